//! Names that break the usual shapes, so the garbled rules do not trip on them: products
//! and projects the draft always writes in lowercase ("npm"), and party-state designations
//! ("R-Texas", "D-Calif.").

use crate::analysis::fast_hash::FastMap as HashMap;

use super::Cast;
use crate::analysis::fast_hash::FastSet;
use crate::text::Prose;
use crate::text::abbreviations::abbreviation_kind;

/// A word shaped like a product name, not an English word: letters without a vowel
/// ("npm", "pnpm"), or letters and digits ("k8s", "x86").
pub(super) fn product_shape(word: &str) -> bool {
    if word.len() > 12 {
        return false;
    }
    let (mut letters, mut digits, mut vowels) = (0, 0, 0);
    for byte in word.bytes() {
        match byte {
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => {
                letters += 1;
                vowels += 1;
            }
            b'a'..=b'z' => letters += 1,
            b'0'..=b'9' => digits += 1,
            b'-' => {}
            _ => return false,
        }
        // Most words have a vowel and no digit: give up on them early.
        if vowels > 0 && digits == 0 && letters > 3 {
            return false;
        }
    }
    letters >= 2 && (vowels == 0 || digits > 0)
}

/// Lowercase product names the draft uses at least twice (`products`: the product-shaped
/// lowercase words and their counts) and never capitalises.
pub(super) fn lowercase_names(prose: &Prose, products: &HashMap<&str, usize>) -> FastSet<String> {
    let mut names: Vec<&str> = products.iter().filter(|(_, count)| **count >= 2).map(|(word, _)| *word).collect();
    if names.is_empty() {
        return FastSet::default();
    }
    // Written capitalised somewhere ("Npm"): an ordinary capitalised name after all.
    let text = prose.text.as_str();
    for token in prose.tokens.iter().filter(|t| t.is_word()) {
        let word = token.text(text);
        if word.starts_with(char::is_uppercase) {
            names.retain(|name| !name.eq_ignore_ascii_case(word));
        }
    }
    names.into_iter().map(str::to_string).collect()
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
