//! Reuse across edits: a paragraph's tokens and sentences depend only on its own masked
//! text (tokenizing starts afresh at each paragraph, and segmentation never looks past
//! the paragraph's tokens), so a paragraph an edit did not touch can be copied from the
//! previous analysis, its offsets shifted, instead of being read again.
//!
//! Whole-document work (markup masking, facts, rules) is still done on every analysis;
//! `Prose::new_reusing` gives exactly what `Prose::new` gives, which the tests check.

use rustc_hash::FxHashMap as HashMap;

use super::{ByteSpan, Paragraph, Prose, Sentence, Token};

/// The previous analysis's paragraphs, found by the hash of their masked text.
pub(super) struct PreviousParagraphs<'p> {
    prose: &'p Prose,
    by_hash: HashMap<u64, usize>,
}

impl<'p> PreviousParagraphs<'p> {
    pub(super) fn new(prose: &'p Prose) -> Self {
        let mut by_hash = HashMap::with_capacity_and_hasher(prose.paragraphs.len(), Default::default());
        for (index, paragraph) in prose.paragraphs.iter().enumerate() {
            // Repeated paragraphs read the same: any copy will do. Two texts with one hash
            // keep the first; the other is read afresh.
            by_hash.entry(paragraph.text_hash).or_insert(index);
        }
        PreviousParagraphs { prose, by_hash }
    }

    /// Appends the paragraph at `span` of `text` (its text hashing to `text_hash`) from the
    /// previous analysis, if it read the same masked text, and returns its index there;
    /// `None` if the paragraph must be read afresh.
    pub(super) fn copy_paragraph(
        &self,
        text: &str,
        (span, text_hash): (ByteSpan, u64),
        tokens: &mut Vec<Token>,
        sentences: &mut Vec<Sentence>,
        paragraphs: &mut Vec<Paragraph>,
    ) -> Option<usize> {
        let &index = self.by_hash.get(&text_hash)?;
        let old = &self.prose.paragraphs[index];
        if text.get(span.range())? != &*old.text {
            return None;
        }
        let shift = |offset: usize| offset - old.span.start + span.start;
        let first_token = tokens.len();
        tokens.extend(
            self.prose.tokens[old.tokens.clone()]
                .iter()
                .map(|token| Token { span: ByteSpan::new(shift(token.span.start), shift(token.span.end)), ..*token }),
        );
        let first_sentence = sentences.len();
        let paragraph_index = paragraphs.len();
        sentences.extend(self.prose.sentences[old.sentences.clone()].iter().map(|sentence| Sentence {
            span: ByteSpan::new(shift(sentence.span.start), shift(sentence.span.end)),
            tokens: sentence.tokens.start - old.tokens.start + first_token
                ..sentence.tokens.end - old.tokens.start + first_token,
            paragraph: paragraph_index,
        }));
        paragraphs.push(Paragraph {
            span,
            tokens: first_token..tokens.len(),
            sentences: first_sentence..sentences.len(),
            text_hash,
            text: std::sync::Arc::clone(&old.text),
            structure: old.structure,
        });
        Some(index)
    }
}

#[cfg(test)]
mod tests {
    use crate::text::{Language, Prose};

    /// Edits of every kind, applied one after another: each reused reading must equal a
    /// fresh one, field by field.
    #[test]
    fn reusing_paragraphs_gives_exactly_the_fresh_reading() {
        let base = "# Talks resume\n\nPresident Biden called Xi Jinping on Friday. The U.S. side said so.\n\n\"We will win,\" she said. Dr. Smith agreed.\n\nIt cost $3.25 million, or 1.5 percent.\n\nThe the end. See https://example.com/a.b for more.\n\n```\ncode. block\n```\n\n- item one\n- item two\n";
        let edits: &[(&str, &str)] = &[
            ("Friday", "Fridays"),                                           // a keystroke inside a word
            ("agreed.", "agreed.\n\nA pasted paragraph. Another sentence."), // a paste
            ("percent.\n\nThe the", "percent. The the"),                     // a deletion across a paragraph break
            ("# Talks resume\n\n", ""),                                      // the first paragraph removed
            ("item two", "item two\n\nPresident Biden called Xi Jinping on Friday. The U.S. side said so."), // a duplicate
            ("```\ncode. block\n```", "code. block"), // Markdown structure changed
            ("", ""),                                 // no change at all
        ];
        for language in [Language::Markdown, Language::PlainText] {
            let mut draft = base.to_string();
            let mut previous = Prose::new(&draft, language);
            for (from, to) in edits {
                draft = draft.replacen(from, to, 1);
                let reused = Prose::new_reusing(&previous, &draft, language);
                let fresh = Prose::new(&draft, language);
                assert_eq!(reused, fresh, "{language:?} after replacing {from:?} with {to:?}");
                previous = reused;
            }
            // Across languages nothing is reused, and the result is still the fresh one.
            let other = if language == Language::Markdown { Language::PlainText } else { Language::Markdown };
            assert_eq!(Prose::new_reusing(&previous, &draft, other), Prose::new(&draft, other));
        }
    }

    /// A keystroke, a deletion and a new paragraph at many places in real drafts.
    #[test]
    fn edits_anywhere_in_the_fixture_drafts_read_as_fresh() {
        let drafts = [
            (include_str!("../../fixtures/example.md"), Language::Markdown),
            (include_str!("../../fixtures/garbled/garbled.txt"), Language::PlainText),
            (include_str!("../../fixtures/garbled/clean-traps.txt"), Language::PlainText),
        ];
        for (draft, language) in drafts {
            let previous = Prose::new(draft, language);
            let boundaries: Vec<usize> = (0..=draft.len()).filter(|&i| draft.is_char_boundary(i)).step_by(23).collect();
            for &at in &boundaries {
                let next = (at + 1..=draft.len()).find(|&i| draft.is_char_boundary(i)).unwrap_or(at);
                for edited in [
                    format!("{}s{}", &draft[..at], &draft[at..]),
                    format!("{}{}", &draft[..at], &draft[next..]),
                    format!("{}\n\nNew paragraph. Dr. Smith said so.\n\n{}", &draft[..at], &draft[at..]),
                ] {
                    assert_eq!(
                        Prose::new_reusing(&previous, &edited, language),
                        Prose::new(&edited, language),
                        "{edited:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn reuse_over_odd_input_never_panics_and_matches() {
        let drafts = ["", ".", "a.\r\n\r\n.b", "“", "😀. 😀\n\n😀. 😀", "\n\n\n", "A. B.\n\nA. B.\n\nC"];
        for language in [Language::PlainText, Language::Markdown] {
            for before in drafts {
                let previous = Prose::new(before, language);
                for after in drafts {
                    assert_eq!(
                        Prose::new_reusing(&previous, after, language),
                        Prose::new(after, language),
                        "{before:?} -> {after:?}"
                    );
                }
            }
        }
    }
}
