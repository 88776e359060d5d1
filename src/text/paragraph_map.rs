//! Maps from a paragraph's text to what was read from it, for the caches that carry an
//! analysis's per-paragraph work over to the next one.
//!
//! Each paragraph's text is hashed once per analysis, when the prose is built (a paragraph
//! copied from the previous analysis keeps its hash), and every cache looks paragraphs up
//! by that hash, comparing texts only for the entry found. Keyed by the text itself, each
//! of the half-dozen caches hashed the whole draft again on every keystroke.

use std::hash::{BuildHasher, BuildHasherDefault};
use std::sync::{Arc, Mutex};

use rustc_hash::{FxHashMap, FxHasher};

/// The hash of a paragraph's text, as `Paragraph::text_hash` holds it.
pub fn text_hash(text: &str) -> u64 {
    BuildHasherDefault::<FxHasher>::default().hash_one(text)
}

/// Whether `key` holds `text`: at once when `text` is the key's own allocation.
pub fn same_text(key: &Arc<str>, text: &str) -> bool {
    std::ptr::eq(key.as_ptr(), text.as_ptr()) && key.len() == text.len() || **key == *text
}

/// Paragraph text -> `V`, looked up by the paragraph's precomputed hash.
#[derive(Debug)]
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

    /// The entry for the paragraph `text` whose hash is `hash`, with its shared key. When
    /// `text` is the key itself (a paragraph's shared text, `Paragraph::text`, which the
    /// caches take as their keys), the texts are not compared.
    pub fn get(&self, hash: u64, text: &str) -> Option<(&Arc<str>, &V)> {
        self.by_hash.get(&hash)?.iter().find(|(key, _)| same_text(key, text)).map(|(key, value)| (key, value))
    }

    /// Adds an entry unless the text has one (repeated paragraphs share the first).
    pub fn insert_new(&mut self, hash: u64, key: impl FnOnce() -> Arc<str>, text: &str, value: impl FnOnce() -> V) {
        let entries = self.by_hash.entry(hash).or_default();
        if !entries.iter().any(|(existing, _)| same_text(existing, text)) {
            entries.push((key(), value()));
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

/// Entries a process-wide memory keeps before it is cleared and starts again: far more
/// paragraphs than any draft has.
const MEMORY_CAPACITY: usize = 20_000;

/// What `read(paragraph index)` gives for each paragraph of `prose`, in order, taken from
/// `memory` (a process-wide memory of paragraphs by their text) for the paragraphs it has,
/// and remembered there for the others. One lock finds every paragraph remembered (after an
/// edit, all but one or two); the lock is not held while reading; a full memory is cleared
/// and starts again.
pub fn remembered_or_read<V: Clone>(
    memory: &Mutex<ParagraphMap<V>>,
    prose: &crate::text::Prose,
    mut read: impl FnMut(usize) -> V,
) -> Vec<V> {
    let lock = || memory.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let found: Vec<Option<V>> = {
        let memory = lock();
        prose.paragraphs.iter().map(|p| memory.get(p.text_hash, &p.text).map(|(_, value)| value.clone())).collect()
    };
    found
        .into_iter()
        .zip(&prose.paragraphs)
        .enumerate()
        .map(|(index, (found, paragraph))| {
            found.unwrap_or_else(|| {
                let value = read(index);
                let mut memory = lock();
                if memory.len() >= MEMORY_CAPACITY {
                    memory.clear();
                }
                memory.insert_new(
                    paragraph.text_hash,
                    || Arc::clone(&paragraph.text),
                    &paragraph.text,
                    || value.clone(),
                );
                value
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_found_by_hash_and_text() {
        let mut map = ParagraphMap::default();
        map.insert_new(text_hash("one"), || Arc::from("one"), "one", || 1);
        map.insert_new(text_hash("one"), || Arc::from("one"), "one", || 2);
        // Two texts under one hash (a collision) stay apart.
        map.insert_new(7, || Arc::from("a"), "a", || 3);
        map.insert_new(7, || Arc::from("b"), "b", || 4);
        assert_eq!(map.get(text_hash("one"), "one").map(|(_, v)| *v), Some(1));
        assert_eq!((map.get(7, "a").map(|(_, v)| *v), map.get(7, "b").map(|(_, v)| *v)), (Some(3), Some(4)));
        assert!(map.get(7, "c").is_none() && map.get(text_hash("two"), "two").is_none());
        assert_eq!((map.values().count(), map.len()), (3, 3));
        map.clear();
        assert!(map.is_empty() && map.get(7, "a").is_none());
    }
}
