//! Every token's lowercase text and its roles in the lexicon (`text::lexicon`), computed
//! once per analysis: the quote analysis asks "is this word a cue verb / a clause boundary
//! / a title …" many times for the same token, so each answer is one bit of the token's
//! roles, read from one lowercase copy of all token text in a single buffer.

use std::sync::Arc;

use crate::text::paragraph_map::ParagraphMap;

use crate::text::{Prose, Token, TokenKind};

pub use crate::text::lexicon::{
    ANONYMOUS_HEAD, BETWEEN_SPEAKER_AND_CUE, CLAUSE_BOUNDARY, CONNECTIVE, CUE_BARE_FORM, CUE_VERB, INDEFINITE_OPENER,
    IRREGULAR_PAST, LISTENER_CUE, NOUN_DETERMINER, PERSON_TITLE, PRONOUN, ROLE, ROLE_NOUN, Roles as WordList,
    SUBJECT_PRONOUN, TIME_ADVERB, TIME_OPENER, TIME_WORD, is_person_subject, is_singular_subject, roles_of as lists_of,
    roles_of_lowercase as lists_of_lowercase,
};

/// Every token's lowercase text (exactly `str::to_lowercase`) and its lists.
#[derive(Default)]
pub struct Lowered {
    text: String,
    /// Token `i`'s lowercase text is `text[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
    lists: Vec<WordList>,
}

/// One paragraph's part of a `Lowered`, its offsets counted from the paragraph's first
/// token: it depends only on the paragraph's text, so the next analysis reuses it.
#[derive(Debug, Default)]
struct LoweredParagraph {
    lowered: Lowered,
}

impl std::fmt::Debug for Lowered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lowered").field("tokens", &self.lists.len()).finish()
    }
}

/// Each paragraph's lowercase tokens by the paragraph's (masked) text.
#[derive(Clone, Debug, Default)]
pub struct LoweredCache {
    by_text: Arc<ParagraphMap<Arc<LoweredParagraph>>>,
}

impl Lowered {
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        // Room for the tokens' own text (a paragraph's, when a paragraph is lowered), not
        // the whole draft's.
        let covered = tokens.first().zip(tokens.last()).map_or(0, |(first, last)| last.span.end - first.span.start);
        let mut lowered = Lowered {
            text: String::with_capacity(covered),
            starts: Vec::with_capacity(tokens.len() + 1),
            lists: Vec::with_capacity(tokens.len()),
        };
        lowered.push_tokens(text, tokens);
        lowered.starts.push(lowered.text.len());
        lowered
    }

    /// `new` for the whole prose, taking each paragraph unchanged since `previous` from it;
    /// and the cache for the next analysis.
    pub fn new_reusing(prose: &Prose, previous: Option<&LoweredCache>) -> (Self, LoweredCache) {
        let (text, tokens) = (prose.text.as_str(), prose.tokens.as_slice());
        let mut lowered = Lowered {
            text: String::with_capacity(text.len()),
            starts: Vec::with_capacity(tokens.len() + 1),
            lists: Vec::with_capacity(tokens.len()),
        };
        let mut next: ParagraphMap<Arc<LoweredParagraph>> = ParagraphMap::with_capacity(prose.paragraphs.len());
        let mut token = 0;
        for paragraph in &prose.paragraphs {
            let Some(own) = tokens.get(paragraph.tokens.clone()) else { continue };
            lowered.push_tokens(text, tokens.get(token..paragraph.tokens.start).unwrap_or_default());
            let reused = previous
                .and_then(|cache| cache.by_text.get(paragraph))
                .filter(|part| part.lowered.lists.len() == own.len());
            let part = match reused {
                Some(part) => Arc::clone(part),
                None => Arc::new(LoweredParagraph { lowered: Lowered::new(text, own) }),
            };
            lowered.append(&part.lowered);
            next.insert_new(paragraph, || part);
            token = paragraph.tokens.end;
        }
        lowered.push_tokens(text, tokens.get(token..).unwrap_or_default());
        lowered.starts.push(lowered.text.len());
        (lowered, LoweredCache { by_text: Arc::new(next) })
    }

    /// Appends the lowercase text and lists of `tokens`.
    fn push_tokens(&mut self, text: &str, tokens: &[Token]) {
        if tokens.is_empty() {
            return;
        }
        let offset = self.text.len();
        let mut bytes = Vec::with_capacity(tokens.last().map_or(0, |last| last.span.end) - tokens[0].span.start);
        for token in tokens {
            let word = token.text(text);
            let start = bytes.len();
            self.starts.push(offset + start);
            if word.is_ascii() {
                bytes.extend_from_slice(word.as_bytes());
                bytes[start..].make_ascii_lowercase();
            } else {
                bytes.extend_from_slice(word.to_lowercase().as_bytes());
            }
            // Punctuation is one symbol and numbers start with a digit: no list has such a word.
            self.lists.push(match token.kind {
                TokenKind::Punct | TokenKind::Number => 0,
                _ => crate::text::lexicon::roles_of_lowercase_bytes(&bytes[start..]),
            });
        }
        // Every byte pushed came from a `str` (ASCII or `to_lowercase`), so this is UTF-8.
        self.text.push_str(std::str::from_utf8(&bytes).unwrap_or_default());
    }

    /// Appends a paragraph's part (built by `new`, so with its closing start).
    fn append(&mut self, part: &Lowered) {
        let offset = self.text.len();
        self.text.push_str(&part.text);
        let starts = part.starts.split_last().map_or(&[][..], |(_, starts)| starts);
        self.starts.extend(starts.iter().map(|start| start + offset));
        self.lists.extend_from_slice(&part.lists);
    }

    /// Token `index`'s lowercase text; empty past the last token.
    pub fn text(&self, index: usize) -> &str {
        match (self.starts.get(index), self.starts.get(index + 1)) {
            (Some(&start), Some(&end)) => self.text.get(start..end).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether token `index` is in any of `lists`; false past the last token.
    pub fn is(&self, index: usize, lists: WordList) -> bool {
        self.lists.get(index).is_some_and(|bits| bits & lists != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Language, Prose};

    /// Every token's lowercase text and lists, as one comparable list.
    fn listed(lowered: &Lowered, tokens: usize) -> Vec<(String, WordList)> {
        (0..=tokens).map(|i| (lowered.text(i).to_string(), lowered.lists.get(i).copied().unwrap_or(0))).collect()
    }

    /// A paragraph's part holds that paragraph, not room for the whole draft: every part
    /// lives until the paragraph changes.
    #[test]
    fn a_paragraph_lowered_alone_takes_the_paragraph_s_room() {
        let draft = format!("{}Ana Ruiz SAID so.", "A long paragraph of words. ".repeat(200) + "\n\n");
        let prose = Prose::new(&draft, Language::PlainText);
        let last = prose.paragraphs.last().map(|p| p.tokens.clone()).unwrap_or_default();
        let lowered = Lowered::new(&prose.text, &prose.tokens[last]);
        assert_eq!(lowered.text, "ana ruiz said so.".replace(' ', ""));
        assert!(lowered.text.capacity() < 100, "{}", lowered.text.capacity());
    }

    #[test]
    fn lowercase_tokens_reused_after_edits_are_the_fresh_ones() {
        let before = "SAID the Minister.\n\n\"We will,\" Ana Ruiz told reporters.\n\nİstanbul ÉTÉ stated.";
        let prose = Prose::new(before, Language::PlainText);
        let (_, cache) = Lowered::new_reusing(&prose, None);
        for after in [
            "SAID the Minister.\n\n\"We will,\" Ana Ruiz told reporters.\n\nİstanbul ÉTÉ stated again.",
            "New lead.\n\nSAID the Minister.\n\n\"We will,\" Ana Ruiz told reporters.\n\nİstanbul ÉTÉ stated.",
            "SAID the Minister.\n\nİstanbul ÉTÉ stated.",
            "",
        ] {
            let prose = Prose::new_reusing(&prose, after, Language::PlainText);
            let (reused, _) = Lowered::new_reusing(&prose, Some(&cache));
            let fresh = Lowered::new(&prose.text, &prose.tokens);
            assert_eq!(listed(&reused, prose.tokens.len()), listed(&fresh, prose.tokens.len()), "{after}");
        }
    }

    #[test]
    fn lowercase_text_and_lists_match_the_word_lists() {
        let prose =
            Prose::new("Smith SAID the Official, according to İstanbul’s \u{212A} police.", Language::PlainText);
        let lowered = Lowered::new(&prose.text, &prose.tokens);
        for (index, token) in prose.tokens.iter().enumerate() {
            let expected = token.text(&prose.text).to_lowercase();
            assert_eq!(lowered.text(index), expected);
            let roles = lists_of_lowercase(&expected);
            assert!(roles == 0 || lowered.is(index, roles), "{expected}");
            assert!(!lowered.is(index, !roles), "{expected}");
        }
        assert_eq!(lowered.text(prose.tokens.len()), "");
        assert!(!lowered.is(prose.tokens.len(), CUE_VERB));
        assert_eq!(lists_of("spoke") & (CUE_VERB | IRREGULAR_PAST), CUE_VERB | IRREGULAR_PAST);
        assert_eq!(lists_of("Kelvin-length-word-beyond-every-list"), 0);
    }
}
