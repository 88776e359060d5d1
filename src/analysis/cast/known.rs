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
