//! The key a term of the draft is counted under: uses of one term are counted together
//! whatever their case, possessive or plural "s" ("orca", "Orcas", "orca's").

use std::borrow::Cow;
use std::hash::{BuildHasher, BuildHasherDefault};

use crate::text::tokens::lowercase;
use crate::text::tokens::with_lowercase;

/// Uses of one term are counted together whatever their case, possessive or plural "s"
/// ("orca", "Orcas", "orca's").
pub fn term_key(word: &str) -> Cow<'_, str> {
    let stem = without_possessive(word);
    // Nearly every word is already lowercase ASCII: its key is a slice of it.
    let lower = lowercase(stem);
    match &lower {
        Cow::Borrowed(stem) => Cow::Borrowed(singular(stem)),
        Cow::Owned(stem) if singular(stem).len() < stem.len() => Cow::Owned(singular(stem).to_string()),
        Cow::Owned(_) => lower,
    }
}

/// A lowercase word without a plural "s" (kept when fewer than three letters remain).
fn singular(lower: &str) -> &str {
    match lower.strip_suffix('s') {
        Some(singular) if singular.chars().count() >= 3 => singular,
        _ => lower,
    }
}

/// Calls `judge` with `term_key(word)`, without allocating for a short ASCII word: asked
/// of every word of the draft.
pub fn with_term_key<R>(word: &str, judge: impl FnOnce(&str) -> R) -> R {
    with_lowercase(without_possessive(word), |lower| judge(singular(lower)))
}

/// "Obama’s" as "Obama": a possessive is its name's, and a slip is its stem's.
pub fn without_possessive(word: &str) -> &str {
    ["'s", "’s", "ʼs"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .filter(|stem| !stem.is_empty())
        .unwrap_or(word)
}

/// The hash of `word`'s term key, computed without allocating for an ASCII word.
pub fn key_hash(word: &str) -> u64 {
    with_term_key(word, hash)
}

/// The hash terms and their neighbours are compared by.
pub fn hash(key: &str) -> u64 {
    BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The allocation-free key is the key.
    #[test]
    fn term_keys_without_allocating_are_the_term_keys() {
        for word in [
            "orca",
            "Orcas",
            "orca's",
            "ORCA’s",
            "Gdańsk",
            "bus",
            "Bus",
            "is",
            "café's",
            "Ⅻs",
            "",
            "Supercalifragilisticexpialidociouslys",
        ] {
            assert_eq!(with_term_key(word, str::to_string), term_key(word), "{word}");
            assert_eq!(key_hash(word), hash(&term_key(word)), "{word}");
        }
        assert_eq!(term_key("Orcas"), "orca");
    }
}
