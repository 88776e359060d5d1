//! Reading tokens around a mention, inside its sentence, and the sentences that report a
//! change in a member's facts.

use std::cell::RefCell;
use std::ops::Range;

use super::{Fact, FactKind, Stated};
use crate::analysis::cast::{Cast, MemberId};
use crate::analysis::fast_hash::FastSet;
use crate::text::{ByteSpan, Prose, TokenKind, lexicon};

pub(super) struct Reading<'a> {
    pub prose: &'a Prose,
    pub cast: &'a Cast,
    /// Per sentence, the kinds of change it reports (`CHANGES_READ` set once read; the words
    /// are the lexicon's `AGE_CHANGES`, `TITLE_CHANGES`, `AFFILIATION_CHANGES`, `PARTY_WORDS`): a
    /// member's sentences are read for each fact stated of them, and a sentence names many.
    changes_said: RefCell<Vec<u8>>,
}

/// The sentence says someone turned an age or had a birthday.
const AGE_CHANGED: u8 = 1;
/// The sentence holds a word of the lexicon's `TITLE_CHANGES`.
const TITLE_CHANGED: u8 = 1 << 1;
/// The sentence holds a word of the lexicon's `AFFILIATION_CHANGES` and one of `PARTY_WORDS`.
const AFFILIATION_CHANGED: u8 = 1 << 2;
/// The sentence was read.
const CHANGES_READ: u8 = 1 << 7;

impl<'a> Reading<'a> {
    pub fn new(prose: &'a Prose, cast: &'a Cast) -> Self {
        Reading { prose, cast, changes_said: RefCell::new(Vec::new()) }
    }

    /// The kinds of change the sentence holding `offset` reports, read once per sentence.
    fn changes_said_at(&self, offset: usize) -> u8 {
        let Some(sentence) = self.prose.sentence_at(offset) else { return 0 };
        let mut said = self.changes_said.borrow_mut();
        if said.len() < self.prose.sentences.len() {
            said.resize(self.prose.sentences.len(), 0);
        }
        if said[sentence] & CHANGES_READ == 0 {
            // One pass over the sentence, one look-up a word.
            let mut marks = CHANGES_READ;
            let (mut affiliation_change, mut party) = (false, false);
            for index in self.prose.sentences[sentence].tokens.clone() {
                if !self.is_word(index) {
                    continue;
                }
                let word = self.word(index);
                let roles = lexicon::roles_of(word);
                if (roles & lexicon::AGE_CHANGE != 0 && self.is_number(index + 1))
                    || word.eq_ignore_ascii_case("birthday")
                {
                    marks |= AGE_CHANGED;
                }
                if roles & lexicon::TITLE_CHANGE != 0 {
                    marks |= TITLE_CHANGED;
                }
                affiliation_change |= roles & lexicon::AFFILIATION_CHANGE != 0;
                party |= roles & lexicon::PARTY_WORD != 0;
            }
            if affiliation_change && party {
                marks |= AFFILIATION_CHANGED;
            }
            said[sentence] = marks;
        }
        said[sentence]
    }

    /// The text of token `index` ("" past the end).
    pub fn word(&self, index: usize) -> &'a str {
        self.prose.token_text(index)
    }

    pub fn is_number(&self, index: usize) -> bool {
        self.prose.tokens.get(index).is_some_and(|token| token.kind == TokenKind::Number)
    }

    pub fn is_word(&self, index: usize) -> bool {
        self.prose.tokens.get(index).is_some_and(|token| token.kind == TokenKind::Word)
    }

    /// Whether token `index` is one of `words`, compared without case.
    pub fn is_one_of(&self, index: usize, words: &[&str]) -> bool {
        let word = self.word(index);
        words.iter().any(|candidate| candidate.eq_ignore_ascii_case(word))
    }

    /// The token range of the sentence holding `offset`.
    pub fn sentence_tokens(&self, offset: usize) -> Option<Range<usize>> {
        self.prose.sentence_at(offset).map(|sentence| self.prose.sentences[sentence].tokens.clone())
    }

    /// The first token after `span` in its sentence.
    pub fn after(&self, span: ByteSpan) -> Option<(usize, Range<usize>)> {
        let sentence = self.sentence_tokens(span.start)?;
        let index = self.prose.token_at_or_after(span.end);
        (sentence.contains(&index)).then_some((index, sentence))
    }

    /// The last token before `span` in its sentence.
    pub fn before(&self, span: ByteSpan) -> Option<(usize, Range<usize>)> {
        let sentence = self.sentence_tokens(span.start)?;
        let index = self.prose.token_at_or_after(span.start).checked_sub(1)?;
        (sentence.contains(&index)).then_some((index, sentence))
    }

    pub fn span(&self, index: usize) -> ByteSpan {
        self.prose.tokens.get(index).map_or(ByteSpan::new(0, 0), |token| token.span)
    }

    /// Members whose sentences report a change of a kind of fact they have stated.
    pub fn changes(&self, stated: &[Stated]) -> Vec<(MemberId, FactKind)> {
        let turned = self.ages_turned();
        let mut changes: Vec<(MemberId, FactKind)> = Vec::new();
        // The members whose every sentence was read for a kind: each once, however many
        // facts they have.
        let mut read: FastSet<(MemberId, FactKind)> = FastSet::default();
        for fact in stated {
            let kind = fact.fact.kind();
            let key = (fact.member, kind);
            if changes.contains(&key) {
                continue;
            }
            let wanted = match kind {
                FactKind::Age => AGE_CHANGED,
                FactKind::Title => TITLE_CHANGED,
                FactKind::Affiliation => AFFILIATION_CHANGED,
            };
            let says = |offset: usize| self.changes_said_at(offset) & wanted != 0;
            // The age it turned, the statement's own sentence, and every sentence naming
            // the member.
            let said = matches!(fact.fact, Fact::Age(age) if turned.contains(&age))
                || says(fact.span.start)
                || (read.insert(key)
                    && self.cast.member(fact.member).is_some_and(|member| {
                        member.mentions.iter().any(|&mention| says(self.cast.mentions[mention].span.start))
                    }));
            if said {
                changes.push(key);
            }
        }
        changes
    }

    /// The ages anyone in the draft "turned" or "turns" ("she turned 55 in May").
    fn ages_turned(&self) -> Vec<u16> {
        let text = self.prose.text.as_bytes();
        // Every word of the lexicon's `AGE_CHANGES` starts with "t" and has four to seven letters: most
        // tokens are passed over on their length and first letter, without slicing them.
        let could_be = |token: &crate::text::Token| {
            token.kind == TokenKind::Word
                && (4..=7).contains(&token.span.len())
                && matches!(text.get(token.span.start), Some(b't' | b'T'))
        };
        (0..self.prose.tokens.len())
            .filter(|&index| could_be(&self.prose.tokens[index]) && self.is_one_of(index, lexicon::words::AGE_CHANGES))
            .filter_map(|index| self.word(index + 1).parse().ok())
            .collect()
    }
}
