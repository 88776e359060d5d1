//! Finding the token or sentence at a byte offset without bisecting the whole draft.
//!
//! Rules and the quote analysis ask "which token starts here?" thousands of times per
//! analysis. Bisecting 130,000 tokens misses the cache at nearly every step on a long
//! draft; a small table of where each block of the text starts in the token and sentence
//! lists narrows each search to a few neighbouring entries. The table is built the first
//! time it is asked for, so an analysis that never asks pays nothing.

use std::sync::OnceLock;

use super::{Sentence, Token};

/// Bytes of text per block.
const BLOCK: usize = 256;

/// The first token starting, and the first sentence ending, after each block's start.
#[derive(Clone, Debug, Default)]
pub struct Blocks {
    table: OnceLock<Table>,
}

#[derive(Clone, Debug)]
struct Table {
    /// `tokens[b]`: the first token whose start is at or after `b * BLOCK`.
    tokens: Vec<u32>,
    /// `sentences[b]`: the first sentence whose end is after `b * BLOCK`.
    sentences: Vec<u32>,
}

/// Derived from the tokens and sentences: two proses with equal lists are equal.
impl PartialEq for Blocks {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Blocks {}

/// For each block start, how many items lie wholly before it (`before(item, offset)`).
fn firsts<T>(items: &[T], blocks: usize, before: impl Fn(&T, usize) -> bool) -> Vec<u32> {
    let mut firsts = Vec::with_capacity(blocks + 1);
    let mut index = 0;
    for block in 0..=blocks {
        while items.get(index).is_some_and(|item| before(item, block * BLOCK)) {
            index += 1;
        }
        firsts.push(index as u32);
    }
    firsts
}

impl Blocks {
    fn table(&self, text_len: usize, tokens: &[Token], sentences: &[Sentence]) -> &Table {
        self.table.get_or_init(|| {
            let blocks = text_len / BLOCK + 1;
            Table {
                tokens: firsts(tokens, blocks, |token, offset| token.span.start < offset),
                sentences: firsts(sentences, blocks, |sentence, offset| sentence.span.end <= offset),
            }
        })
    }

    /// The range of `firsts` entries that holds the answer for `offset`, clamped to `len`.
    fn window(firsts: &[u32], offset: usize, len: usize) -> (usize, usize) {
        let block = offset / BLOCK;
        let low = firsts.get(block).map_or(len, |&first| first as usize);
        let high = firsts.get(block + 1).map_or(len, |&first| first as usize);
        (low.min(len), high.clamp(low.min(len), len))
    }

    /// The index of the first token starting at or after `offset`.
    pub fn token_at_or_after(&self, text_len: usize, tokens: &[Token], sentences: &[Sentence], offset: usize) -> usize {
        let table = self.table(text_len, tokens, sentences);
        let (low, high) = Self::window(&table.tokens, offset, tokens.len());
        low + tokens[low..high].partition_point(|t| t.span.start < offset)
    }

    /// The index of the first sentence ending after `offset`.
    pub fn first_sentence_ending_after(
        &self,
        text_len: usize,
        tokens: &[Token],
        sentences: &[Sentence],
        offset: usize,
    ) -> usize {
        let table = self.table(text_len, tokens, sentences);
        let (low, high) = Self::window(&table.sentences, offset, sentences.len());
        low + sentences[low..high].partition_point(|s| s.span.end <= offset)
    }
}

#[cfg(test)]
mod tests {
    use crate::text::{Language, Prose};

    /// Every offset of a draft of many blocks (and past its end) finds what bisecting the
    /// whole lists finds.
    #[test]
    fn block_lookups_find_what_bisecting_finds() {
        let draft = format!("{}\n\nÉté 😀 café. Last one", "Word after word, said the mayor. ".repeat(40));
        let prose = Prose::new(&draft, Language::PlainText);
        for offset in 0..draft.len() + 300 {
            assert_eq!(prose.token_at_or_after(offset), prose.tokens.partition_point(|t| t.span.start < offset));
            let index = prose.sentences.partition_point(|s| s.span.end <= offset);
            let expected =
                (index < prose.sentences.len() && prose.sentences[index].span.start <= offset).then_some(index);
            assert_eq!(prose.sentence_at(offset), expected, "{offset}");
        }
        let empty = Prose::new("", Language::PlainText);
        assert_eq!((empty.token_at_or_after(5), empty.sentence_at(0)), (0, None));
    }
}
