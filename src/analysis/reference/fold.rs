//! The reference tables' folding: the builder (scripts/build_reference_data.py) keys each
//! name by its text and its ASCII folding, so "Gdańsk" and "Gdansk" find one entry; the
//! folding is `text::fold`'s, from the same table of letters.

/// `name` with accented letters folded to ASCII and typographic apostrophes straightened,
/// or `None` when that changes nothing.
pub(super) fn ascii_fold(name: &str) -> Option<String> {
    match crate::text::fold::fold(name) {
        std::borrow::Cow::Owned(folded) if folded != name => Some(folded),
        _ => None,
    }
}
