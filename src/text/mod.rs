//! The document and what it is made of: rope and versions, position encodings, markup
//! masking, tokens, paragraphs and sentences.

pub mod abbreviations;
pub mod document;
pub mod fold;
pub mod lexicon;
pub mod lines;
mod lookup;
pub mod markup;
pub mod memo;
pub mod paragraph_map;
pub mod position;
mod reuse;
pub mod sentences;
pub mod span;
pub mod structure;
pub mod tokens;

use std::ops::Range;
use std::sync::Arc;

pub use document::{Document, Language, TextChange};
pub use position::{LineColumn, PositionEncoding};
pub use span::ByteSpan;
pub use tokens::{Token, TokenKind};

/// A paragraph: its span and the ranges of its tokens and sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: ByteSpan,
    pub tokens: Range<usize>,
    pub sentences: Range<usize>,
    /// The hash of the paragraph's (masked) text, by which the caches of per-paragraph
    /// work find it (see [`paragraph_map`]).
    pub text_hash: u64,
    /// The paragraph's (masked) text, shared: the caches of per-paragraph work keep it as
    /// their key, and the next version's paragraph takes it over when an edit leaves the
    /// paragraph alone, so a cache that finds this very allocation need not compare texts.
    pub text: Arc<str>,
    /// What the paragraph is in the draft's structure (headline, byline, body copy...)
    /// and the dateline or speaker label opening it: decided once, from its text.
    pub structure: structure::Structure,
}

/// A sentence: its span, its tokens and the paragraph it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: ByteSpan,
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

/// A draft read as prose: masked text, paragraphs, tokens and sentences.
///
/// `text` has the same length as the draft; markup and code are masked out (see
/// [`markup`]), so slicing it with any span gives the prose as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prose {
    pub text: String,
    pub language: Language,
    pub paragraphs: Vec<Paragraph>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Where each block of the text starts in `tokens` and `sentences`, for lookups by
    /// offset.
    blocks: lookup::Blocks,
}

/// Room for the tokens and sentences of `draft`. A long draft's token list is its largest
/// buffer, and one that outgrows its room is copied into one twice as large, so the room
/// is what the previous version of the draft had, plus what the edit added (a token for
/// every two bytes at most); for a first reading, a token for every four bytes and a sentence for every forty (news copy has about five and fifty).
fn room_for(draft: &str, previous: Option<&Prose>) -> (usize, usize) {
    match previous {
        Some(previous) => {
            let added = draft.len().saturating_sub(previous.text.len());
            (previous.tokens.len() + added / 2 + 16, previous.sentences.len() + added / 8 + 4)
        }
        None => (draft.len() / 4, draft.len() / 40),
    }
}

impl Prose {
    pub fn new(draft: &str, language: Language) -> Self {
        Self::build(draft, language, None, &mut Vec::new())
    }

    /// The same as [`Prose::new`], reusing the tokens and sentences of every paragraph
    /// whose masked text `previous` already read: after an edit, only the paragraphs it
    /// touched are tokenized and segmented again (see [`reuse`]).
    pub fn new_reusing(previous: &Prose, draft: &str, language: Language) -> Self {
        Self::new_reusing_traced(previous, draft, language).0
    }

    /// [`Prose::new_reusing`], with where each paragraph came from: for paragraph `i`, the
    /// index in `previous` of the paragraph it was copied from, or `None` if it was read
    /// afresh. Whatever was derived from a copied paragraph alone can be reused with it.
    pub fn new_reusing_traced(previous: &Prose, draft: &str, language: Language) -> (Self, Vec<Option<usize>>) {
        let mut origins = Vec::new();
        let previous = Some(previous).filter(|previous| previous.language == language);
        let prose = Self::build(draft, language, previous, &mut origins);
        (prose, origins)
    }

    fn build(draft: &str, language: Language, previous: Option<&Prose>, origins: &mut Vec<Option<usize>>) -> Self {
        let masked = markup::mask(draft, language);
        let reusable = previous.map(reuse::PreviousParagraphs::new);
        let (token_room, sentence_room) = room_for(draft, previous);
        let mut tokens = Vec::with_capacity(token_room);
        let mut sentences = Vec::with_capacity(sentence_room);
        let mut paragraphs = Vec::with_capacity(masked.paragraphs.len());
        let mut sentence_ranges = Vec::new();
        for span in masked.paragraphs {
            let paragraph_text = masked.text.get(span.range()).unwrap_or_default();
            let text_hash = paragraph_map::text_hash(paragraph_text);
            if let Some(reusable) = &reusable
                && let Some(origin) = reusable.copy_paragraph(
                    &masked.text,
                    (span, text_hash),
                    &mut tokens,
                    &mut sentences,
                    &mut paragraphs,
                )
            {
                origins.push(Some(origin));
                continue;
            }
            let first_token = tokens.len();
            tokens::tokenize(&masked.text, span, &mut tokens);
            let token_range = first_token..tokens.len();
            if token_range.is_empty() {
                continue;
            }
            sentence_ranges.clear();
            sentences::split_sentences(&masked.text, &tokens, token_range.clone(), &mut sentence_ranges);
            let first_sentence = sentences.len();
            for range in &sentence_ranges {
                let span = ByteSpan::new(tokens[range.start].span.start, tokens[range.end - 1].span.end);
                sentences.push(Sentence { span, tokens: range.clone(), paragraph: paragraphs.len() });
            }
            paragraphs.push(Paragraph {
                span,
                tokens: token_range,
                sentences: first_sentence..sentences.len(),
                text_hash,
                text: Arc::from(paragraph_text),
                structure: structure::read(paragraph_text),
            });
            origins.push(None);
        }
        Prose { text: masked.text, language, paragraphs, tokens, sentences, blocks: lookup::Blocks::default() }
    }

    pub fn token_text(&self, index: usize) -> &str {
        self.tokens.get(index).map_or("", |token| token.text(&self.text))
    }

    /// Tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// The sentence that contains a byte offset, if any.
    /// The tokens of sentence `index` after the dateline that opens its paragraph, when it
    /// is the paragraph's first sentence: "PORT ELM, March 3 (Reuters) — The board said …"
    /// starts at "The". Every other sentence's tokens as they are.
    pub fn sentence_body(&self, index: usize) -> Range<usize> {
        let sentence = &self.sentences[index];
        let tokens = sentence.tokens.clone();
        let Some(paragraph) = self.paragraphs.get(sentence.paragraph) else { return tokens };
        match paragraph.structure.opening {
            Some(opening) if opening.kind == structure::OpeningKind::Dateline && paragraph.sentences.start == index => {
                let end = paragraph.span.start + opening.len;
                let skipped = self.tokens[tokens.clone()].partition_point(|token| token.span.start < end);
                (tokens.start + skipped).min(tokens.end)..tokens.end
            }
            _ => tokens,
        }
    }

    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let index = self.blocks.first_sentence_ending_after(self.text.len(), &self.tokens, &self.sentences, offset);
        (index < self.sentences.len() && self.sentences[index].span.start <= offset).then_some(index)
    }

    /// The index of the first token starting at or after `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.blocks.token_at_or_after(self.text.len(), &self.tokens, &self.sentences, offset)
    }

    /// Number of word tokens: the unit of "findings per 10,000 words".
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number).count()
    }
}

#[cfg(test)]
mod segmentation_tests {
    use super::*;

    fn sentences(draft: &str) -> Vec<&str> {
        let prose = Prose::new(draft, Language::PlainText);
        prose.sentences.iter().map(|s| s.span.slice(draft)).collect()
    }

    /// Real-copy traps: each line's ` | ` marks where the sentences must split.
    #[test]
    fn segmentation_survives_real_copy_traps() {
        let cases = [
            "John Thornton, chairman of Barrick Gold Corp. and a Goldman Sachs Group Inc. veteran, spoke.",
            "Meng Wanzhou, the chief financial officer of Huawei Technologies Co. | Washington persists in blaming China.",
            "Robert F. Kennedy Jr. said so. | Dr. Smith and Mrs. Jones agreed.",
            "It cost $3.25 million, or 1.5 percent. | That was high.",
            "He left at 6 p.m. on Friday. | The U.S. Senate voted. | The plan passed in the U.S. | The vote followed.",
            "They met Jan. 5 in Sacramento, Calif. | The talks ended.",
            "\"We will win,\" she said. | \"Nobody doubts it.\" | He agreed.",
            "It is a question … | Establishing the relationship well matters.",
            "Wait... what happened? | Nobody knew! | Really.",
            "See https://example.com/a.b for details. | Write to press@example.org today.",
            "Znak.com claims FSB sources blamed terrorism. | Others disagree.",
            "She joined No. 10 Downing St. in May. | It was brief.",
            "The senator (D-Mass.) objected. | The bill failed.",
            "Washington, D.C. is the capital. | It is small.",
            "Who Blinks First? | Nobody.",
            "The deal includes e.g. gas and oil, i.e. energy. | Fine.",
            "It ended. through a commitment to talks.",
        ];
        for case in cases {
            let draft = case.replace(" | ", " ");
            let expected: Vec<&str> = case.split(" | ").collect();
            assert_eq!(sentences(&draft), expected, "{case}");
        }
    }

    #[test]
    fn paragraphs_bound_sentences_and_markdown_is_masked() {
        let draft = "# Title\n\nFirst para `code. here` ends.\n\nSecond para.\n";
        let prose = Prose::new(draft, Language::Markdown);
        let found: Vec<&str> = prose.sentences.iter().map(|s| s.span.slice(draft)).collect();
        assert_eq!(found, ["Title", "First para `code. here` ends.", "Second para."]);
        assert_eq!(prose.paragraphs.len(), 3);
    }

    #[test]
    fn odd_input_never_panics() {
        for draft in ["", ".", "...", "\u{0}", "a.\r\n\r\n.b", "“", "😀. 😀", "\n\n\n", ". . . . ", "A. B. C."] {
            for language in [Language::PlainText, Language::Markdown] {
                let prose = Prose::new(draft, language);
                for sentence in &prose.sentences {
                    assert!(draft.is_char_boundary(sentence.span.start) && draft.is_char_boundary(sentence.span.end));
                }
            }
        }
    }
}
