//! Names spelt once: a capitalised word that the draft writes nowhere else, one slip from a
//! well-known place, people or organisation of the reference data ("Nigreia" for
//! "Nigeria", "Reutres" for "Reuters"), and not itself a name the data knows, is that name
//! misspelt. The draft offers no second spelling to compare with, so the data does.

use std::sync::LazyLock;

use super::similarity::{Slip, slip, slip_keys_of};
use crate::analysis::fast_hash::FastMap;
use crate::analysis::name_words as vocab;
use crate::analysis::reference;

/// The well-known names by their slip keys (one-edit neighbourhoods and spelling-family
/// form): a word's candidates are the names sharing a key with it.
static INDEX: LazyLock<FastMap<u64, Vec<&'static str>>> = LazyLock::new(|| {
    let mut index: FastMap<u64, Vec<&'static str>> = FastMap::default();
    for name in reference::well_known_names() {
        for key in slip_keys_of(name) {
            let names = index.entry(key).or_default();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    index
});

/// Whether the reference data knows `word` as a name of any kind: a place, a people, an
/// organisation, a given name or a region.
pub fn is_known_name(word: &str) -> bool {
    reference::place(word).is_some()
        || reference::is_demonym(word)
        || reference::is_organisation(word)
        || reference::given_name(word).is_some()
        || vocab::is_region(word)
        || vocab::is_people_of_a_place(word)
}

/// The well-known name `word` is a slip of, when there is exactly one and `word` is a
/// capitalised word of four letters or more that the data does not know itself. A stray
/// plural ("Nigerias") counts only when `possessive` ("Nigerias’ oil"): a plural noun
/// otherwise.
pub fn well_known_slip(word: &str, possessive: bool) -> Option<(&'static str, Slip)> {
    let mut letters = word.chars();
    let capitalised = letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase);
    if !capitalised || word.chars().count() < 4 || is_known_name(word) {
        return None;
    }
    let mut found: Vec<(&'static str, Slip)> = Vec::new();
    for key in slip_keys_of(word) {
        for &name in INDEX.get(&key).into_iter().flatten() {
            let accepted = match slip(word, name) {
                Some(slip @ (Slip::OneEdit | Slip::Family)) => Some(slip),
                Some(Slip::StrayPlural) if possessive && word.len() > name.len() => Some(Slip::StrayPlural),
                _ => None,
            };
            if let Some(slip) = accepted
                && !found.iter().any(|(other, _)| *other == name)
            {
                found.push((name, slip));
            }
        }
    }
    // "Nigerias’": the stray plural of a possessive wins over the one-edit neighbours
    // ("Nigerians"); otherwise two names one slip away leave no fix to offer.
    if let Some(&plural) = found.iter().find(|(_, slip)| *slip == Slip::StrayPlural) {
        return Some(plural);
    }
    match found.as_slice() {
        [only] => Some(*only),
        // "Germayn" (Germany, German), "Russiaa" (Russia, Russian): two letters swapped
        // or one doubled is the likelier slip of the one name it keeps the letters of.
        _ => {
            let mut likely = found.iter().filter(|(name, _)| keeps_the_letters(word, name));
            match (likely.next(), likely.next()) {
                (Some(&only), None) => Some(only),
                _ => None,
            }
        }
    }
}

/// `written` is `name` with two neighbouring letters swapped or one letter doubled.
fn keeps_the_letters(written: &str, name: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (written.chars().collect(), name.chars().collect());
    if a.len() == b.len() {
        let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return matches!(differ.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i]);
    }
    a.len() == b.len() + 1 && (1..a.len()).any(|i| a[i] == a[i - 1] && a[..i] == b[..i] && a[i + 1..] == b[i..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_of_a_well_known_name_is_found_with_its_fix() {
        assert_eq!(well_known_slip("Nigreia", false), Some(("Nigeria", Slip::OneEdit)));
        assert_eq!(well_known_slip("Reutres", false), Some(("Reuters", Slip::OneEdit)));
        assert_eq!(well_known_slip("Mozambqiue", false), Some(("Mozambique", Slip::OneEdit)));
        // "Kenyat" is one slip from "Kenya" and from "Kenyan": no fix to offer.
        assert_eq!(well_known_slip("Kenyat", false), None);
        // "Kenyna" too, but it keeps the letters of "Kenyan", two of them swapped.
        assert_eq!(well_known_slip("Kenyna", false).map(|(name, _)| name), Some("Kenyan"));
        assert_eq!(well_known_slip("Nigerias", true).map(|(name, _)| name), Some("Nigeria"));
        assert_ne!(well_known_slip("Nigerias", false).map(|(name, _)| name), Some("Nigeria"));
        // One slip from two names: a swap or a doubled letter keeps one name's letters.
        assert_eq!(well_known_slip("Germayn", false).map(|(name, _)| name), Some("Germany"));
        assert_eq!(well_known_slip("Russiaa", false).map(|(name, _)| name), Some("Russia"));
    }

    #[test]
    fn known_names_and_ambiguous_slips_are_left_alone() {
        // Real places, peoples and given names are never slips of another.
        for word in ["Austria", "Iraq", "Kenyan", "Marcia", "Reuters", "Niger"] {
            assert_eq!(well_known_slip(word, false), None, "{word}");
        }
        // Lowercase words and acronyms are not names spelt once.
        assert_eq!(well_known_slip("nigreia", false), None);
        assert_eq!(well_known_slip("NIGREIA", false), None);
    }
}
