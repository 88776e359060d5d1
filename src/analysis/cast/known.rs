//! The reference data as the cast asks it: `analysis::reference`'s answers. Its tables
//! are hashed (see `reference::table`), so an answer costs what a memo of answers would,
//! and none is kept.

use crate::analysis::reference::{self, GivenName, Place};

/// `reference::is_organisation`.
pub fn organisation(name: &str) -> bool {
    reference::is_organisation(name)
}

/// `reference::place`.
pub fn place(name: &str) -> Option<Place> {
    reference::place(name)
}

/// `reference::is_demonym`.
pub fn is_demonym(word: &str) -> bool {
    reference::is_demonym(word)
}

/// `reference::given_name`.
pub fn given_name(name: &str) -> Option<GivenName> {
    reference::given_name(name)
}

/// A given name common enough in the reference data to count as evidence of a person.
pub fn is_given_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && given_name(word).is_some_and(|name| name.births >= 2_000)
        && place(word).is_none()
}

/// Whether a name of two words or more could be a person's: its first word could be a
/// given name (one of the reference data, or a word that is no common English word:
/// "Okafor", "Hope"), or its last word, the surname, is no common word ("Mitt Romney").
/// Not "Judicial Watch", "Sports Illustrated", "Founding Fathers".
pub fn could_be_a_persons_name(first: &str, last: &str) -> bool {
    let common = crate::dictionary::is_common_word;
    given_name(first).is_some() || !common(first) || !common(last)
}

/// A country, a first-level subdivision, a region or a country's acronym ("North Korea",
/// "West Virginia", "Crimea", "U.S."): a place whose name is nobody's, unlike a town's
/// ("Thornton" is also a surname).
pub fn is_country_or_region(name: &str) -> bool {
    place(name).is_some_and(|place| place.kind != reference::PlaceKind::City)
        || crate::analysis::name_words::is_region(name)
        || crate::analysis::name_words::is_place_acronym(name)
}
