//! Mentions reused across edits: a paragraph's mentions depend only on its masked text and
//! on which of its sentence-initial words the draft writes in lowercase elsewhere. The
//! memo keeps each paragraph's mentions (offsets from the paragraph's start) with the
//! questions they depended on; a paragraph whose text is unchanged and whose questions get
//! the same answers takes its mentions from the cache, shifted, instead of being read again.
//! The result is exactly what `mentions::extract` gives, which the tests check.

use std::sync::Arc;

use super::lowercase_counts::LowercaseCounts;
use super::mentions::{self, LowercaseWords, Mention};
use crate::analysis::fast_hash::FastSet;
use crate::text::memo::ParagraphMemo;
use crate::text::{ByteSpan, Prose};

/// One paragraph's mentions, relative to its start, and the questions they depended on.
#[derive(Debug)]
struct Entry {
    mentions: Vec<Mention>,
    asked: Vec<(String, bool)>,
}

/// Each paragraph's mentions by its text, and the draft's lowercase words, kept in the
/// document's memo.
#[derive(Clone, Debug, Default)]
pub struct MentionCache {
    by_text: ParagraphMemo<Arc<Entry>>,
    /// The draft's lowercase words.
    lowercase: Option<Arc<LowercaseCounts>>,
    /// How many mentions the analysis read: room for the next one's.
    mentions_read: usize,
}

/// A copy of `mention` moved from a paragraph starting at `from` to one starting at `to`.
fn moved(mention: &Mention, from: usize, to: usize, paragraph: usize) -> Mention {
    let shift = |span: ByteSpan| ByteSpan::new(span.start - from + to, span.end - from + to);
    let mut moved = mention.clone();
    moved.span = shift(mention.span);
    moved.name = shift(mention.name);
    for word in &mut moved.words {
        word.span = shift(word.span);
    }
    moved.paragraph = paragraph;
    moved
}

/// All mentions of the draft, each paragraph's taken from `cache` when its questions get
/// the same answers, and read otherwise; the cache then holds the draft's.
pub fn extract_reusing(prose: &Prose, cache: &mut MentionCache) -> (Vec<Mention>, FastSet<String>) {
    let counts = match &cache.lowercase {
        Some(counts) => counts.updated(prose),
        None => LowercaseCounts::new(prose),
    };
    let lowercase_words = LowercaseWords::counted(&counts);
    let entries = cache.by_text.values_where(
        prose,
        |entry| lowercase_words.agrees(&entry.asked),
        |index| {
            let start = prose.paragraphs[index].span.start;
            let found = mentions::extract_paragraph(prose, index, &lowercase_words);
            let asked = lowercase_words.take_asked();
            Arc::new(Entry { mentions: found.iter().map(|m| moved(m, start, 0, 0)).collect(), asked })
        },
    );
    let mut mentions = Vec::with_capacity(cache.mentions_read);
    for (index, (paragraph, entry)) in prose.paragraphs.iter().zip(&entries).enumerate() {
        mentions.extend(entry.mentions.iter().map(|m| moved(m, 0, paragraph.span.start, index)));
    }
    mentions::link_acronyms(&mut mentions, &prose.text);
    let lowercase_names = lowercase_words.lowercase_names();
    drop(lowercase_words);
    (cache.lowercase, cache.mentions_read) = (Some(Arc::new(counts)), mentions.len());
    (mentions, lowercase_names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    #[test]
    fn reused_mentions_are_the_fresh_mentions() {
        let before =
            "President Biden called.\n\nBilateral talks resumed. Joe Biden spoke to Xi Jinping.\n\nThe WHO agreed.";
        let prose = Prose::new(before, Language::PlainText);
        let mut cache = MentionCache::default();
        extract_reusing(&prose, &mut cache);
        for after in [
            "President Biden called on Monday.\n\nBilateral talks resumed. Joe Biden spoke to Xi Jinping.\n\nThe WHO agreed.",
            "Intro.\n\nPresident Biden called.\n\nBilateral talks resumed. Joe Biden spoke to Xi Jinping.\n\nThe WHO agreed.",
            "President Biden called, and bilateral ties grew.\n\nBilateral talks resumed. Joe Biden spoke to Xi Jinping.\n\nThe WHO agreed.",
            "",
        ] {
            let prose = Prose::new_reusing(&prose, after, Language::PlainText);
            let (reused, _) = extract_reusing(&prose, &mut cache.clone());
            assert_eq!(reused, mentions::extract(&prose), "{after}");
        }
    }

    #[test]
    fn a_cast_gathered_after_edits_is_the_fresh_cast() {
        use crate::analysis::cast::Cast;
        use crate::settings::Settings;
        let settings = Settings::default();
        let draft = include_str!("../../../fixtures/name/cast.txt");
        let prose = Prose::new(draft, Language::PlainText);
        let mut memo = crate::analysis::cast::Memo::default();
        Cast::gather(&prose, &settings, &mut memo);
        let summary = |cast: &Cast| {
            let members: Vec<(String, usize)> =
                cast.members.iter().map(|m| (m.canonical.clone(), m.mentions.len())).collect();
            let variants: Vec<(ByteSpan, String)> =
                cast.variants.iter().map(|v| (v.span, v.established.clone())).collect();
            (cast.mentions.clone(), members, variants)
        };
        for at in (0..draft.len()).step_by(97).filter(|&at| draft.is_char_boundary(at)) {
            let edited = format!("{} Kowalski {}", &draft[..at], &draft[at..]);
            let prose = Prose::new_reusing(&prose, &edited, Language::PlainText);
            let reused = Cast::gather(&prose, &settings, &mut memo.clone());
            let fresh = Cast::gather(&prose, &settings, &mut Default::default());
            assert_eq!(summary(&reused), summary(&fresh), "edit at {at}");
        }
    }
}
