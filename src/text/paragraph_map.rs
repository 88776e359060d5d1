//! Maps from a paragraph's text to what was read from it, for the caches that carry an
//! analysis's per-paragraph work over to the next one.
//!
//! Each paragraph's text is hashed once per analysis, when the prose is built (a paragraph
//! copied from the previous analysis keeps its hash and its shared text), and every cache
//! looks paragraphs up by that hash and keys them by the shared text (`Paragraph::text`),
//! so the entry found is confirmed by comparing pointers, and texts only when the
//! allocations differ. Keyed by the text itself, each of the half-dozen caches hashed and
//! compared the whole draft again on every keystroke.

use std::hash::{BuildHasher, BuildHasherDefault};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};

use super::Paragraph;
#[cfg(test)]
use super::Prose;

/// The hash of a paragraph's text, as `Paragraph::text_hash` holds it.
pub fn text_hash(text: &str) -> u64 {
    BuildHasherDefault::<FxHasher>::default().hash_one(text)
}

/// Whether `key` holds `text`: at once when `text` is the key's own allocation.
pub fn same_text(key: &Arc<str>, text: &str) -> bool {
    std::ptr::eq(key.as_ptr(), text.as_ptr()) && key.len() == text.len() || **key == *text
}

/// Paragraph text -> `V`, looked up by the paragraph's precomputed hash.
#[derive(Clone, Debug)]
pub struct ParagraphMap<V> {
    /// Hash -> the entries with that hash (nearly always one).
    by_hash: FxHashMap<u64, Vec<(Arc<str>, V)>>,
    len: usize,
}

impl<V> Default for ParagraphMap<V> {
    fn default() -> Self {
        ParagraphMap { by_hash: FxHashMap::default(), len: 0 }
    }
}

impl<V> ParagraphMap<V> {
    pub fn with_capacity(capacity: usize) -> Self {
        ParagraphMap { by_hash: FxHashMap::with_capacity_and_hasher(capacity, Default::default()), len: 0 }
    }

    /// The entry for `paragraph`'s text.
    pub fn get(&self, paragraph: &Paragraph) -> Option<&V> {
        self.get_text(paragraph.text_hash, &paragraph.text)
    }

    /// Adds an entry for `paragraph`'s text, keyed by its shared text, unless the text has
    /// one (repeated paragraphs share the first).
    pub fn insert_new(&mut self, paragraph: &Paragraph, value: impl FnOnce() -> V) {
        self.insert_text(paragraph.text_hash, &paragraph.text, value);
    }

    fn get_text(&self, hash: u64, text: &Arc<str>) -> Option<&V> {
        self.by_hash.get(&hash)?.iter().find(|(key, _)| same_text(key, text)).map(|(_, value)| value)
    }

    fn insert_text(&mut self, hash: u64, text: &Arc<str>, value: impl FnOnce() -> V) {
        let entries = self.by_hash.entry(hash).or_default();
        if !entries.iter().any(|(existing, _)| same_text(existing, text)) {
            entries.push((Arc::clone(text), value()));
            self.len += 1;
        }
    }

    /// How many paragraphs have an entry.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn clear(&mut self) {
        self.by_hash.clear();
        self.len = 0;
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.by_hash.values().flatten().map(|(_, value)| value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_found_by_hash_and_text() {
        let text = |text: &str| Arc::<str>::from(text);
        let mut map = ParagraphMap::default();
        map.insert_text(text_hash("one"), &text("one"), || 1);
        map.insert_text(text_hash("one"), &text("one"), || 2);
        // Two texts under one hash (a collision) stay apart.
        map.insert_text(7, &text("a"), || 3);
        map.insert_text(7, &text("b"), || 4);
        assert_eq!(map.get_text(text_hash("one"), &text("one")), Some(&1));
        assert_eq!((map.get_text(7, &text("a")), map.get_text(7, &text("b"))), (Some(&3), Some(&4)));
        assert!(map.get_text(7, &text("c")).is_none() && map.get_text(text_hash("two"), &text("two")).is_none());
        assert_eq!((map.values().count(), map.len()), (3, 3));
        map.clear();
        assert!(map.is_empty() && map.get_text(7, &text("a")).is_none());
    }

    /// A paragraph's own shared text finds its entry; so does an equal text elsewhere.
    #[test]
    fn paragraphs_find_entries_by_their_shared_text() {
        let prose = Prose::new("One.\n\nTwo.\n\nOne.", crate::text::Language::PlainText);
        let mut map = ParagraphMap::default();
        map.insert_new(&prose.paragraphs[0], || "first");
        map.insert_new(&prose.paragraphs[2], || "repeated");
        assert_eq!(map.get(&prose.paragraphs[0]), Some(&"first"));
        assert_eq!(map.get(&prose.paragraphs[2]), Some(&"first"));
        assert_eq!((map.get(&prose.paragraphs[1]), map.len()), (None, 1));
    }
}
