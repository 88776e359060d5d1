//! Sentence segmentation over a paragraph's tokens.
//!
//! Built for news copy: abbreviations, initials, initialisms, decimals, ellipses, addresses
//! and closing quotation marks after the period. A period followed by a lowercase word does
//! not end a sentence here: in clean copy that is an abbreviation, in garbled copy it is a
//! sentence cut in two, and `garbled.sentence-break` says so.

use std::ops::Range;

use super::abbreviations::{Abbreviation, abbreviation_kind, is_common_sentence_opener};
use super::tokens::{Token, TokenKind};

fn is_terminal(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(token.text(text), "." | "!" | "?" | "…")
}

fn is_closing_mark(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(token.text(text), "\"" | "”" | "’" | "'" | ")" | "]" | "»" | "›")
}

fn is_opening_mark(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct
        && matches!(token.text(text), "\"" | "“" | "‘" | "'" | "(" | "[" | "«" | "‹" | "—" | "–" | "-")
}

fn starts_uppercase(text: &str, token: &Token) -> bool {
    token.text(text).chars().next().is_some_and(char::is_uppercase)
}

/// Whether the token could open a sentence: a capitalised word, a number, an opening mark.
fn looks_like_sentence_start(text: &str, token: &Token) -> bool {
    match token.kind {
        TokenKind::Word => {
            starts_uppercase(text, token) || !token.text(text).chars().next().is_some_and(char::is_lowercase)
        }
        TokenKind::Number | TokenKind::Code => true,
        TokenKind::Address => false,
        TokenKind::Punct => is_opening_mark(text, token),
    }
}

/// Where the run of terminal marks starting at `index` ends (".", "...", ". . .", "?!").
fn terminal_run_end(text: &str, tokens: &[Token], index: usize) -> usize {
    let mut end = index;
    while let Some(next) = tokens.get(end + 1) {
        let spaced_ellipsis = next.is_punct(text, '.')
            && tokens[end].is_punct(text, '.')
            && next.space_before
            && !next.newline_before
            && (end > index || tokens.get(end + 2).is_some_and(|t| t.is_punct(text, '.')));
        if is_terminal(text, next) && (!next.space_before || spaced_ellipsis) {
            end += 1;
        } else {
            break;
        }
    }
    end
}

/// Whether the period at `period_index` belongs to an abbreviation that continues into
/// the next word, given the word before it. Shared with the sentence-break rule.
pub fn period_continues_sentence(text: &str, tokens: &[Token], period_index: usize) -> bool {
    let Some(previous) = period_index.checked_sub(1).map(|i| &tokens[i]) else { return false };
    let period = &tokens[period_index];
    if period.space_before || previous.kind != TokenKind::Word {
        return false;
    }
    let Some(next) = tokens.get(period_index + 1) else { return false };
    match abbreviation_kind(previous.text(text)) {
        None => false,
        Some(Abbreviation::Title) => true,
        Some(Abbreviation::BeforeNumber) => next.kind == TokenKind::Number,
        Some(Abbreviation::Initial) => {
            next.kind == TokenKind::Word && starts_uppercase(text, next) || !looks_like_sentence_start(text, next)
        }
        Some(Abbreviation::Initialism) => {
            let lowercase_initialism = previous.text(text).starts_with(char::is_lowercase);
            if lowercase_initialism {
                !looks_like_sentence_start(text, next)
            } else {
                // "U.S. Senate" continues; "U.S. The" and "U.S. \"We" start anew.
                let opener_follows = next.kind == TokenKind::Word && is_common_sentence_opener(next.text(text));
                !opener_follows && !is_opening_mark(text, next)
            }
        }
        Some(Abbreviation::Ordinary) => !looks_like_sentence_start(text, next) || next.kind == TokenKind::Number,
    }
}

/// One sentence: the range of its tokens in the document's token list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceTokens {
    pub tokens: Range<usize>,
}

/// Splits a paragraph's tokens (`tokens[range]`) into sentences, appending token ranges.
pub fn split_sentences(text: &str, tokens: &[Token], range: Range<usize>, sentences: &mut Vec<Range<usize>>) {
    let mut start = range.start;
    let mut index = range.start;
    while index < range.end {
        let token = &tokens[index];
        if !is_terminal(text, token) {
            index += 1;
            continue;
        }
        let mut end = terminal_run_end(text, tokens, index).min(range.end - 1);
        let single_period = end == index && token.is_punct(text, '.');
        while end + 1 < range.end && is_closing_mark(text, &tokens[end + 1]) && !tokens[end + 1].space_before {
            end += 1;
        }
        let next = tokens.get(end + 1).filter(|_| end + 1 < range.end);
        let is_boundary = match next {
            None => true,
            Some(next) => {
                looks_like_sentence_start(text, next)
                    && !(single_period && period_continues_sentence(text, tokens, index))
            }
        };
        if is_boundary {
            sentences.push(start..end + 1);
            start = end + 1;
        }
        index = end + 1;
    }
    if start < range.end {
        sentences.push(start..range.end);
    }
}
