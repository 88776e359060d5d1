//! The words of each paragraph the dictionary does not know: the costly half of the
//! spelling check, per paragraph and remembered by the paragraph's text.
//!
//! A paragraph's tokens depend only on its own masked text (see `text::reuse`), so the
//! words it leaves unknown do too: after a keystroke only the edited paragraph is looked
//! up again. What depends on the whole draft (its names, how often a word recurs,
//! quotations) is decided later, by the rule, over these few candidates.

use rustc_hash::FxHashMap as HashMap;
use std::sync::{Arc, Mutex};

use super::dictionary::{is_acronym_or_number, is_known, is_listed_phrase, is_slip_of_a_word};
use super::terms;
use crate::settings::Dialect;
use crate::text::memo::{Cutoff, ParagraphMemo, WordMemo};
use crate::text::{ByteSpan, Prose, Token, TokenKind};

/// A word of the draft the dictionary does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownWord {
    pub span: ByteSpan,
    /// In a paragraph of English prose, where a word may be weighed as a slip (see
    /// [`is_slip`]); not in one that is mostly unknown words.
    pub in_prose: bool,
}

/// What the spelling check reads of one paragraph: its unknown words, as offsets from the
/// paragraph's start with whether the paragraph reads as English prose, and each distinct
/// word's term key (its hash, see [`terms::key_hash`]) with the word's length in bytes.
#[derive(Debug)]
struct ParagraphWords {
    unknown: Box<[(u32, u32, bool)]>,
    term_keys: Box<[(u64, u32)]>,
    /// The last answer worked out from this paragraph for a draft-wide question, with the
    /// question's fingerprint (see [`DraftWords::answers`]).
    answer: Mutex<Option<(u64, Box<[u32]>)>>,
}

type Remembered = Arc<ParagraphWords>;

/// The words of a draft the spelling check reads: the unknown ones, and every paragraph's
/// term keys.
pub struct DraftWords {
    pub unknown: Vec<UnknownWord>,
    paragraphs: Vec<Remembered>,
}

impl DraftWords {
    /// Each paragraph's answer to `question`, passed to `take` in paragraph order: the one
    /// remembered with the paragraph's words when the paragraph was last asked the same
    /// question, else `find(paragraph index, its term keys)` (its distinct term-key hashes
    /// with their words' lengths: a word is a term's neighbour only if its key hashes like
    /// one). `question` fingerprints
    /// whatever the answer depends on besides the paragraph's text, so after a keystroke
    /// only the edited paragraph is worked out again.
    pub fn answers(
        &self,
        question: u64,
        mut find: impl FnMut(usize, &[(u64, u32)]) -> Box<[u32]>,
        mut take: impl FnMut(&[u32]),
    ) {
        for (index, words) in self.paragraphs.iter().enumerate() {
            let mut answer = words.answer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match &*answer {
                Some((asked, found)) if *asked == question => take(found),
                _ => {
                    let found = find(index, &words.term_keys);
                    take(&found);
                    *answer = Some((question, found));
                }
            }
        }
    }
}

/// A paragraph where more than half of twelve words or more are unknown is not English
/// prose (a table, a transliteration, noise); its words are not weighed as slips.
const NOT_PROSE_MIN_WORDS: usize = 12;

/// What the spelling check keeps between analyses of a document, one part per dialect
/// setting (see [`slot`]): each paragraph's words by its text, and the slips weighed.
#[derive(Clone, Default)]
pub struct Memo {
    paragraphs: [ParagraphMemo<Remembered>; 3],
    slips: [WordMemo<String, bool>; 3],
    /// The draft's own terms with their one-letter neighbours.
    pub(super) terms: Cutoff<Vec<String>, Arc<super::unknown_word::TermNeighbours>>,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let paragraphs: Vec<usize> = self.paragraphs.iter().map(ParagraphMemo::len).collect();
        f.debug_struct("Memo").field("paragraphs", &paragraphs).finish_non_exhaustive()
    }
}

impl Memo {
    /// [`is_slip`], remembered: only the words that are neither names nor terms of the
    /// draft are weighed, each once while the draft keeps it.
    pub fn is_slip(&mut self, dialect: Option<Dialect>, word: &str) -> bool {
        self.slips[slot(dialect)].get_or(word, |word| is_slip(dialect, word))
    }
}

fn slot(dialect: Option<Dialect>) -> usize {
    match dialect {
        Some(Dialect::EnUs) => 0,
        Some(Dialect::EnGb) => 1,
        None => 2,
    }
}

/// Reads every paragraph of `prose` into the memo without weighing anything else, so the
/// rule's [`read`] finds each paragraph's words remembered: for a caller with a spare
/// thread (the engine, beside the facts of a long draft read afresh).
pub fn read_ahead(prose: &Prose, dialect: Option<Dialect>, memo: &mut Memo) {
    let mut verdicts = HashMap::default();
    memo.paragraphs[slot(dialect)].values(prose, |index| {
        let paragraph = &prose.paragraphs[index];
        let tokens = prose.tokens.get(paragraph.tokens.clone()).unwrap_or_default();
        read_paragraph(&prose.text, (paragraph.span.start, tokens), dialect, &mut verdicts)
    });
}

/// The words of `prose` the `dialect` dictionary does not know, in order.
pub fn unknown_words(prose: &Prose, dialect: Option<Dialect>, memo: &mut Memo) -> Vec<UnknownWord> {
    read(prose, dialect, memo).unknown
}

/// The unknown words of `prose` and its paragraphs' term keys (asked through
/// [`DraftWords::answers`], in the order of `prose.paragraphs`), each paragraph remembered
/// by its text.
pub fn read(prose: &Prose, dialect: Option<Dialect>, memo: &mut Memo) -> DraftWords {
    let mut verdicts = HashMap::default();
    memo.slips[slot(dialect)].next_analysis();
    let found = memo.paragraphs[slot(dialect)].values(prose, |index| {
        let paragraph = &prose.paragraphs[index];
        let tokens = prose.tokens.get(paragraph.tokens.clone()).unwrap_or_default();
        read_paragraph(&prose.text, (paragraph.span.start, tokens), dialect, &mut verdicts)
    });
    let mut words = DraftWords { unknown: Vec::new(), paragraphs: Vec::with_capacity(found.len()) };
    for (paragraph, remembered) in prose.paragraphs.iter().zip(found) {
        let start = paragraph.span.start;
        words.unknown.extend(remembered.unknown.iter().map(|&(from, to, in_prose)| UnknownWord {
            span: ByteSpan::new(start + from as usize, start + to as usize),
            in_prose,
        }));
        words.paragraphs.push(remembered);
    }
    words
}

/// One paragraph starting at `start` and made of `tokens`, read.
fn read_paragraph<'a>(
    text: &'a str,
    (start, tokens): (usize, &'a [Token]),
    dialect: Option<Dialect>,
    verdicts: &mut HashMap<&'a str, bool>,
) -> Remembered {
    let unknown = paragraph_unknown_words(text, tokens, dialect, verdicts);
    let word_count = tokens.iter().filter(|token| token.is_word()).count();
    let prose_like = word_count < NOT_PROSE_MIN_WORDS || unknown.len() * 2 <= word_count;
    let unknown =
        unknown.iter().map(|span| ((span.start - start) as u32, (span.end - start) as u32, prose_like)).collect();
    let mut term_keys: Vec<(u64, u32)> = tokens
        .iter()
        .filter(|token| token.is_word())
        .map(|token| (terms::key_hash(token.text(text)), token.span.len() as u32))
        .collect();
    term_keys.sort_unstable();
    term_keys.dedup();
    Arc::new(ParagraphWords { unknown, term_keys: term_keys.into(), answer: Mutex::default() })
}

/// Whether `word` is a typing slip of a common dictionary word (hundreds of dictionary
/// lookups: [`Memo::is_slip`] remembers the answers). A compound is a slip when one of its
/// unknown parts is ("knife-weilding").
pub fn is_slip(dialect: Option<Dialect>, word: &str) -> bool {
    word.split(['-', '‐'])
        .filter(|part| !part.is_empty() && (part.len() == word.len() || !is_known(dialect, part)))
        .any(|part| is_slip_of_a_word(dialect, part))
}

/// The words of one paragraph the dictionary does not know. `verdicts` remembers each
/// distinct word's answer across the paragraphs read together (a first reading reads them
/// all, and a draft repeats its words: a dictionary lookup costs far more than a hash).
fn paragraph_unknown_words<'a>(
    text: &'a str,
    tokens: &'a [Token],
    dialect: Option<Dialect>,
    verdicts: &mut HashMap<&'a str, bool>,
) -> Vec<ByteSpan> {
    let mut unknown = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        let word = token.text(text);
        let previous = index.checked_sub(1).map(|previous| &tokens[previous]);
        let next = tokens.get(index + 1);
        if token.kind == TokenKind::Word
            && !is_handle_or_hashtag(text, token, previous)
            && !is_cut_by_an_editors_bracket(text, token, previous, next)
            && *verdicts.entry(word).or_insert_with(|| is_spelling_question(word) && !is_known(dialect, word))
            && !is_in_a_listed_phrase(text, tokens, index)
            && !is_split_at_a_line_break(text, tokens, index, dialect)
        {
            unknown.push(token.span);
        }
    }
    unknown
}

/// The longest phrase [`is_listed_phrase`] holds, in words.
const PHRASE_WORDS: usize = 4;

/// "in vitro", "a fait accompli", "persona non grata": the word at `index` is one of a run
/// of words (spaces only between them) that English borrowed whole.
fn is_in_a_listed_phrase(text: &str, tokens: &[Token], index: usize) -> bool {
    let joined = |at: usize| tokens[at].is_word() && tokens[at].space_before;
    let mut first = index;
    while first > 0 && index - first + 1 < PHRASE_WORDS && joined(first) && tokens[first - 1].is_word() {
        first -= 1;
    }
    let mut last = index;
    while last + 1 < tokens.len() && last - index + 1 < PHRASE_WORDS && joined(last + 1) {
        last += 1;
    }
    (first..=index).any(|start| {
        (index.max(start + 1)..=last.min(start + PHRASE_WORDS - 1)).any(|end| {
            let words: Vec<&str> = tokens[start..=end].iter().map(|token| token.text(text)).collect();
            is_listed_phrase(&words.join(" "))
        })
    })
}

/// "delib- erately": a word the layout cut with a hyphen at a line's end, its halves
/// apart, which the dictionary knows written whole ("deliberately").
fn is_split_at_a_line_break(text: &str, tokens: &[Token], index: usize, dialect: Option<Dialect>) -> bool {
    let cut_after = |first: usize| {
        let (Some(hyphen), Some(second)) = (tokens.get(first + 1), tokens.get(first + 2)) else { return false };
        tokens[first].is_word()
            && hyphen.is_punct(text, '-')
            && !hyphen.space_before
            && second.is_word()
            && second.space_before
            && is_known(dialect, &format!("{}{}", tokens[first].text(text), second.text(text)))
    };
    cut_after(index) || index.checked_sub(2).is_some_and(cut_after)
}

/// "[e]xtremely", "con[c]essions": part of a word an editor completed in brackets.
fn is_cut_by_an_editors_bracket(text: &str, token: &Token, previous: Option<&Token>, next: Option<&Token>) -> bool {
    previous.is_some_and(|previous| !token.space_before && previous.is_punct(text, ']'))
        || next.is_some_and(|next| !next.space_before && next.is_punct(text, '['))
}

/// "@copydesk", "#MeToo": the mark is a token of its own, right before the word. And
/// ".docx", ".card-bio": a file extension or a style sheet's selector, a period glued to
/// the word after a space or at a paragraph's start.
fn is_handle_or_hashtag(text: &str, token: &Token, previous: Option<&Token>) -> bool {
    previous.is_some_and(|previous| {
        !token.space_before
            && (previous.is_punct(text, '@')
                || previous.is_punct(text, '#')
                || (previous.is_punct(text, '.') && (previous.space_before || previous.span.start == 0)))
    })
}

/// Whether a word token is ordinary prose a dictionary can judge: not an acronym, a
/// number with letters ("5km", "G20"), a domain or abbreviation ("Znak.com", "U.S"), a
/// brand written with inner capitals ("iPhone", "McDonald"), a word of one or two letters
/// (too short to tell a slip from a foreign word), or a word in a script the dictionary
/// does not cover.
fn is_spelling_question(word: &str) -> bool {
    if word.chars().count() < 3
        || is_acronym_or_number(word)
        || word.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '&' | '_'))
        || word.chars().any(|c| c.is_alphabetic() && c as u32 > 0x024F)
    {
        return false;
    }
    word.split(['-', '‐']).all(|part| {
        let inner_capital = part.chars().skip(1).any(char::is_uppercase);
        !inner_capital || is_acronym_or_number(part)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    fn unknown(draft: &str, language: Language) -> Vec<&str> {
        let prose = Prose::new(draft, language);
        unknown_words(&prose, Some(Dialect::EnUs), &mut Memo::default())
            .iter()
            .map(|word| word.span.slice(draft))
            .collect()
    }

    #[test]
    fn only_prose_words_are_looked_up() {
        assert_eq!(
            unknown(".gmobile { width:100%; }\n\nSave it as .docx, not .odtx files.", Language::PlainText),
            Vec::<&str>::new()
        );
        let draft = "Teh NATO run [e]xtremely was 5km, up 3.5% on 2019, said @jdoe_news and #MeToo at https://exampel.com/speling or jdoe@exampel.org; the G20 and iPhone and Znak.com and U.S. goverment too.";
        assert_eq!(unknown(draft, Language::PlainText), ["Teh", "goverment"]);
        let markdown = "The `recieve()` call and [a link](https://exampel.com/recieve) were fine; the speling was not.\n\n```\nrecieve\n```\n";
        assert_eq!(unknown(markdown, Language::Markdown), ["speling"]);
    }

    #[test]
    fn borrowed_phrases_and_words_cut_at_a_line_break_are_words() {
        let draft = "It was a fait accompli, made in vitro, by a persona non grata, sotto voce. \
                     The agency had delib- erately waited for the inter- view.";
        assert_eq!(unknown(draft, Language::PlainText), Vec::<&str>::new());
        // Only the phrase as a whole: "vitro" alone, a cut that joins into no word, and a
        // hyphen with spaces on both sides are still looked at.
        let draft = "The vitro fait was accompli. The delib- eratly wait. A topsy - turvy day.";
        assert_eq!(
            unknown(draft, Language::PlainText),
            ["vitro", "fait", "accompli", "delib", "eratly", "topsy", "turvy"]
        );
    }

    #[test]
    fn a_paragraph_read_again_gives_the_same_words_at_its_new_place() {
        let first = "Nothing wrong here.\n\nThe goverment fell.";
        assert_eq!(unknown(first, Language::PlainText), ["goverment"]);
        let moved = "A new first paragraph.\n\nNothing wrong here.\n\nThe goverment fell.";
        assert_eq!(unknown(moved, Language::PlainText), ["goverment"]);
        assert_eq!(unknown("Qwzxv.\n\nThe goverment fell.", Language::PlainText), ["Qwzxv", "goverment"]);
    }
}
