//! The pieces the engine's memo is made of (see `engine::Memo`): what one analysis of a
//! document keeps for the next analysis of the same document. Nothing here is
//! process-wide: each document's memo is owned by whoever analyses it (the server's
//! document, a test, a benchmark), and two memos share nothing.
//!
//! - [`ParagraphMemo`]: paragraph text -> what was read from it. After each analysis it
//!   holds exactly the draft's paragraphs, so it never grows past the draft.
//! - [`Cutoff`]: one value with the input it was computed from; asked with the same input
//!   it answers without computing (an early cutoff for a document-wide step).
//! - [`WordMemo`]: word -> answer, keeping the words asked in the last two analyses.

use std::hash::Hash;

use rustc_hash::FxHashMap;

use super::Prose;
use super::paragraph_map::ParagraphMap;

/// Paragraph text -> `V`, found by the paragraph's precomputed hash and shared text (see
/// `paragraph_map`).
#[derive(Clone, Debug)]
pub struct ParagraphMemo<V> {
    by_text: ParagraphMap<V>,
}

impl<V> Default for ParagraphMemo<V> {
    fn default() -> Self {
        ParagraphMemo { by_text: ParagraphMap::default() }
    }
}

impl<V: Clone> ParagraphMemo<V> {
    /// Each paragraph's value, in order: the remembered one when `valid` accepts it, else
    /// `read(paragraph index)`. Afterwards the memo holds the values of `prose`'s
    /// paragraphs only (a repeated paragraph shares the first copy's).
    pub fn values_where(
        &mut self,
        prose: &Prose,
        mut valid: impl FnMut(&V) -> bool,
        mut read: impl FnMut(usize) -> V,
    ) -> Vec<V> {
        let mut next = ParagraphMap::with_capacity(prose.paragraphs.len());
        let values = prose
            .paragraphs
            .iter()
            .enumerate()
            .map(|(index, paragraph)| {
                let value = match self.by_text.get(paragraph).or_else(|| next.get(paragraph)) {
                    Some(value) if valid(value) => value.clone(),
                    _ => read(index),
                };
                next.insert_new(paragraph, || value.clone());
                value
            })
            .collect();
        self.by_text = next;
        values
    }

    /// [`values_where`](Self::values_where) for values that depend on the text alone.
    pub fn values(&mut self, prose: &Prose, read: impl FnMut(usize) -> V) -> Vec<V> {
        self.values_where(prose, |_| true, read)
    }

    /// The value kept for `paragraph`'s text.
    pub fn get(&self, paragraph: &super::Paragraph) -> Option<&V> {
        self.by_text.get(paragraph)
    }

    /// How many paragraphs the memo holds.
    pub fn len(&self) -> usize {
        self.by_text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_text.is_empty()
    }
}

/// The last value computed, with its input.
#[derive(Clone, Debug)]
pub struct Cutoff<K, V> {
    last: Option<(K, V)>,
}

impl<K, V> Default for Cutoff<K, V> {
    fn default() -> Self {
        Cutoff { last: None }
    }
}

impl<K: PartialEq, V: Clone> Cutoff<K, V> {
    /// The value for `input`: the last one when its input equals `input` (`same` may
    /// answer faster, e.g. by comparing pointers first), else `compute(&input)`, kept.
    pub fn get_or(&mut self, input: K, same: impl Fn(&K, &K) -> bool, compute: impl FnOnce(&K) -> V) -> V {
        if let Some((last, value)) = &self.last
            && same(last, &input)
        {
            return value.clone();
        }
        let value = compute(&input);
        self.last = Some((input, value.clone()));
        value
    }
}

/// Word -> answer. Entries live while they are asked: an entry asked in neither this
/// analysis nor the last is forgotten ([`next_analysis`](Self::next_analysis)).
#[derive(Clone, Debug)]
pub struct WordMemo<K, V> {
    current: FxHashMap<K, V>,
    last: FxHashMap<K, V>,
}

impl<K, V> Default for WordMemo<K, V> {
    fn default() -> Self {
        WordMemo { current: FxHashMap::default(), last: FxHashMap::default() }
    }
}

impl<K: Hash + Eq, V: Clone> WordMemo<K, V> {
    /// The answer for `key`, remembered or `compute`d.
    pub fn get_or<Q>(&mut self, key: &Q, compute: impl FnOnce(&Q) -> V) -> V
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        if let Some(value) = self.current.get(key) {
            return value.clone();
        }
        let value = match self.last.remove(key) {
            Some(value) => value,
            None => compute(key),
        };
        self.current.insert(key.to_owned(), value.clone());
        value
    }

    /// Starts the next analysis: what the last one did not ask is forgotten.
    pub fn next_analysis(&mut self) {
        self.last = std::mem::take(&mut self.current);
    }

    pub fn len(&self) -> usize {
        self.current.len() + self.last.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    #[test]
    fn a_paragraph_memo_reads_new_paragraphs_only_and_holds_the_current_draft() {
        let mut memo = ParagraphMemo::default();
        let mut reads = Vec::new();
        let first = Prose::new("One.\n\nTwo.\n\nOne.", Language::PlainText);
        let values = memo.values(&first, |index| {
            reads.push(index);
            first.paragraphs[index].text.len() * 10 + index
        });
        assert_eq!((values, reads.clone(), memo.len()), (vec![40, 41, 40], vec![0, 1], 2));
        reads.clear();
        let second = Prose::new("Two.\n\nThree.", Language::PlainText);
        let values = memo.values(&second, |index| {
            reads.push(index);
            index
        });
        assert_eq!((values, reads, memo.len()), (vec![41, 1], vec![1], 2));
        // A value the caller no longer accepts is read again.
        let values = memo.values_where(&second, |&value| value != 41, |index| index + 100);
        assert_eq!(values, vec![100, 1]);
    }

    #[test]
    fn a_cutoff_computes_only_for_a_new_input() {
        let mut cutoff = Cutoff::default();
        let mut computed = 0;
        for input in [1, 1, 2, 2, 1] {
            cutoff.get_or(input, PartialEq::eq, |input| {
                computed += 1;
                input * 2
            });
        }
        assert_eq!(computed, 3);
    }

    #[test]
    fn a_word_memo_forgets_what_two_analyses_did_not_ask() {
        let mut memo: WordMemo<String, usize> = WordMemo::default();
        assert_eq!(memo.get_or("one", str::len), 3);
        memo.get_or("three", str::len);
        memo.next_analysis();
        assert_eq!(memo.get_or("one", |_| 0), 3, "asked in the last analysis: remembered");
        memo.next_analysis();
        assert_eq!(memo.get_or("three", |_| 0), 0, "asked in neither: forgotten");
        assert_eq!(memo.len(), 2);
    }
}
