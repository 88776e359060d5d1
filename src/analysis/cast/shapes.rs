//! Names that break the usual shapes, so the garbled rules do not trip on them: products
//! and projects the draft always writes in lowercase ("npm"), and party-state designations
//! ("R-Texas", "D-Calif.").

use crate::analysis::fast_hash::FastMap as HashMap;

use super::Cast;
use crate::analysis::fast_hash::FastSet;
use crate::text::abbreviations::abbreviation_kind;

/// A word shaped like a product name, not an English word: letters without a vowel
/// ("npm", "pnpm"), or letters and digits ("k8s", "x86").
pub(super) fn product_shape(word: &str) -> bool {
    product_shape_bytes(word.as_bytes())
}

fn product_shape_bytes(word: &[u8]) -> bool {
    if word.len() > 12 {
        return false;
    }
    let (mut letters, mut digits, mut vowels) = (0, 0, 0);
    for &byte in word {
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
/// lowercase words and their counts) and never capitalises (`capitalised`: the
/// capitalised words that lowercase to a product's shape, lowercased, see
/// [`capitalised_product`]).
pub(super) fn lowercase_names(products: &HashMap<&str, usize>, capitalised: impl Fn(&str) -> bool) -> FastSet<String> {
    // Written capitalised somewhere ("Npm"): an ordinary capitalised name after all.
    products
        .iter()
        .filter(|&(name, count)| *count >= 2 && !capitalised(name))
        .map(|(name, _)| name.to_string())
        .collect()
}

/// `found` with the lowercase form of `word` when `word` is capitalised and could be a
/// product's name written with a capital ("Npm" for "npm"). A product's shape has ASCII
/// letters, digits and hyphens only, so only such a word can equal one but for case.
pub(super) fn capitalised_product<R>(word: &str, found: impl FnOnce(&str) -> R) -> Option<R> {
    if word.len() > 12 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // Most capitalised words fail the shape within a few letters.
    crate::text::tokens::with_lowercase(word, |lower| product_shape_bytes(lower.as_bytes()).then(|| found(lower)))
}

/// "Orlando-based", "Koch-backed", "Spanish-language": a name made a modifier by a
/// lowercase word after a hyphen names the part before it ("Orlando"). `None` for
/// names whose every part is capitalised ("Mar-a-Lago", "Ocasio-Cortez").
pub(super) fn modifier_stem(word: &str) -> Option<&str> {
    // The first hyphen after which only lowercase words follow ("Medicare-for-all").
    let hyphen = word.char_indices().filter(|&(_, c)| c == '-').map(|(i, _)| i).find(|&i| {
        let rest = &word[i + 1..];
        rest.bytes().filter(u8::is_ascii_lowercase).count() >= 3
            && rest.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !rest.starts_with('-')
    })?;
    let stem = &word[..hyphen];
    stem.starts_with(char::is_uppercase).then_some(stem)
}

/// "T-shirts", "X-rays", "U-turn": one capital letter and a lowercase word make a common
/// noun, not a name.
pub(super) fn is_lettered_noun(word: &str) -> bool {
    modifier_stem(word).is_some_and(|stem| stem.chars().count() == 1)
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
        assert_eq!(modifier_stem("Orlando-based"), Some("Orlando"));
        assert_eq!(modifier_stem("Islamic State-linked"), Some("Islamic State"));
        assert_eq!(modifier_stem("Medicare-for-all"), Some("Medicare"));
        assert_eq!(modifier_stem("Mar-a-Lago"), None);
        assert_eq!(modifier_stem("Ocasio-Cortez"), None);
        assert_eq!(modifier_stem("al-Assad"), None);
        assert!(is_lettered_noun("T-shirts") && !is_lettered_noun("Tampa-based"));
        assert_eq!(capitalised_product("Npm", str::to_string).as_deref(), Some("npm"));
        assert_eq!(capitalised_product("K8S", str::to_string).as_deref(), Some("k8s"));
        assert!(capitalised_product("npm", str::to_string).is_none());
        assert!(capitalised_product("Nobody", str::to_string).is_none());
        assert!(capitalised_product("Ñpm", str::to_string).is_none());
    }

    /// A product name used twice in lowercase is one of the draft's lowercase names until
    /// the draft capitalises it somewhere; read afresh or carried over edits alike.
    #[test]
    fn lowercase_names_are_those_never_capitalised() {
        use crate::settings::Settings;
        use crate::text::{Language, Prose};
        let versions = [
            "Install it with npm. Then npm runs k8s.\n\nThe team uses k8s daily.",
            "Install it with npm. Then npm runs k8s.\n\nThe team uses K8s daily.",
            "Install it with npm. Then npm runs k8s.\n\nNpm and K8s daily.",
            "Install it with npm. Then npm runs k8s.\n\nThe team uses k8s daily.",
        ];
        let expected: [&[&str]; 4] = [&["k8s", "npm"], &["npm"], &[], &["k8s", "npm"]];
        let settings = Settings::default();
        let mut memo = crate::analysis::cast::Memo::default();
        for (version, expected) in versions.iter().zip(expected) {
            let prose = Prose::new(version, Language::PlainText);
            let fresh = Cast::gather(&prose, &settings, &mut Default::default());
            let carried = Cast::gather(&prose, &settings, &mut memo);
            for cast in [&fresh, &carried] {
                let mut names: Vec<&str> = cast.lowercase_names.iter().map(String::as_str).collect();
                names.sort();
                assert_eq!(names, expected, "{version}");
            }
        }
    }
}
