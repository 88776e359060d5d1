//! Names that break the usual shapes, so the garbled rules do not trip on them: products
//! and projects the draft always writes in lowercase ("npm"), and party-state designations
//! ("R-Texas", "D-Calif.").

use super::Cast;
use crate::analysis::fast_hash::FastSet;
use crate::text::Prose;
use crate::text::abbreviations::abbreviation_kind;

/// A word shaped like a product name, not an English word: letters without a vowel
/// ("npm", "pnpm"), or letters and digits ("k8s", "x86").
fn product_shape(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let vowels = word.chars().filter(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')).count();
    word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && letters >= 2
        && (vowels == 0 || (digits > 0 && letters > 0))
}

/// Lowercase product names the draft uses at least twice and never capitalises.
pub(super) fn lowercase_names(prose: &Prose) -> FastSet<String> {
    let text = prose.text.as_str();
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut capitalised: FastSet<String> = FastSet::default();
    for token in prose.tokens.iter().filter(|t| t.is_word()) {
        let word = token.text(text);
        if product_shape(word) {
            *counts.entry(word).or_default() += 1;
        } else if word.starts_with(char::is_uppercase) {
            capitalised.insert(word.to_lowercase());
        }
    }
    counts
        .into_iter()
        .filter(|(word, count)| *count >= 2 && !capitalised.contains(*word))
        .map(|(w, _)| w.to_string())
        .collect()
}

/// A party-state designation: "R-Texas", "D-Calif", "I-Vt" (the period is its own token).
pub fn is_designation(word: &str) -> bool {
    let Some((party, state)) = word.split_once('-') else { return false };
    matches!(party, "D" | "R" | "I")
        && state.starts_with(char::is_uppercase)
        && state.chars().all(|c| c.is_alphabetic() || c == '.')
        && (abbreviation_kind(state).is_some() || state.chars().count() >= 2)
}

impl Cast {
    /// Whether `word` is a name the draft always writes in lowercase ("npm"): it may start
    /// a sentence in lowercase.
    pub fn is_lowercase_name(&self, word: &str) -> bool {
        self.lowercase_names.contains(word)
    }

    /// Whether `word` is a party-state designation ("R-Texas", "D-Calif"): its period may
    /// take a comma ("D-Calif.,").
    pub fn is_designation(&self, word: &str) -> bool {
        is_designation(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(product_shape("npm") && product_shape("k8s") && !product_shape("through") && !product_shape("12"));
        assert!(is_designation("R-Texas") && is_designation("D-Calif") && !is_designation("Ocasio-Cortez"));
    }
}
