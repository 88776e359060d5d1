//! Reported speech reused across edits. A paragraph's reports are read from its own text,
//! which of its tokens are quoted, the few tokens around it (a cue at a sentence's end looks
//! at the next word) and the cast members named in it. When a paragraph's text, its
//! surroundings and its mentions' members are unchanged, its reports are taken from the
//! previous analysis, moved, instead of being read again. The
//! result is exactly what every paragraph's [`speech::paragraph_speech`] gives, which the tests check.

use std::ops::Range;
use std::sync::Arc;

use super::ReportedSpeech;
use super::cues::Reader;
use super::speech;
use crate::analysis::cast::NamedIn;
use crate::text::paragraph_map::ParagraphMap;
use crate::text::{ByteSpan, Prose, TokenKind};

/// How many tokens on each side of a paragraph its reports may read.
const EDGE_TOKENS: usize = 3;

/// The previous analysis's reports, by paragraph text.
#[derive(Clone, Debug, Default)]
pub struct SpeechCache {
    by_text: Arc<ParagraphMap<Arc<ParagraphSpeech>>>,
}

impl SpeechCache {
    /// How many paragraphs' reports this cache took over from `previous`.
    #[cfg(test)]
    fn kept_from(&self, previous: &SpeechCache) -> usize {
        self.by_text.values().filter(|entry| previous.by_text.values().any(|old| Arc::ptr_eq(entry, old))).count()
    }
}

/// One paragraph's reports, offsets counted from the paragraph's start, and what they were
/// read from beyond the paragraph's text.
#[derive(Debug)]
struct ParagraphSpeech {
    reports: Vec<ReportedSpeech>,
    surroundings: Surroundings,
    /// The paragraph's mentions and their members, as the reports were read.
    named: NamedIn,
}

/// Which tokens of the paragraph and of its edges are quoted, and the edge tokens.
#[derive(Debug)]
struct Surroundings {
    quoted: Vec<bool>,
    edges: Vec<(Box<str>, TokenKind)>,
}

/// The tokens a paragraph's reports may read: its own and `EDGE_TOKENS` on each side.
fn reach(reader: &Reader, tokens: &Range<usize>) -> Range<usize> {
    tokens.start.saturating_sub(EDGE_TOKENS)..(tokens.end + EDGE_TOKENS).min(reader.tokens.len())
}

fn edge_indexes(reader: &Reader, tokens: &Range<usize>) -> impl Iterator<Item = usize> {
    let reach = reach(reader, tokens);
    (reach.start..tokens.start).chain(tokens.end..reach.end)
}

impl Surroundings {
    fn of(reader: &Reader, tokens: &Range<usize>) -> Self {
        let quoted = reader.quoted.get(reach(reader, tokens)).unwrap_or_default().to_vec();
        let edges = edge_indexes(reader, tokens).map(|i| (reader.word(i).into(), reader.tokens[i].kind)).collect();
        Surroundings { quoted, edges }
    }

    fn hold_for(&self, reader: &Reader, tokens: &Range<usize>) -> bool {
        reader.quoted.get(reach(reader, tokens)) == Some(self.quoted.as_slice())
            && edge_indexes(reader, tokens).count() == self.edges.len()
            && edge_indexes(reader, tokens)
                .zip(&self.edges)
                .all(|(i, (word, kind))| reader.word(i) == &**word && reader.tokens[i].kind == *kind)
    }
}

/// A report moved from a paragraph starting at `from` to one starting at `to`. Empty spans
/// (an attribution with no speaker words) are not positions and stay as they are.
fn moved(report: &ReportedSpeech, from: usize, to: usize) -> ReportedSpeech {
    let shift = |span: ByteSpan| {
        if span.is_empty() { span } else { ByteSpan::new(span.start - from + to, span.end - from + to) }
    };
    let mut moved = report.clone();
    moved.attribution.speaker = shift(report.attribution.speaker);
    moved.attribution.resolved = report.attribution.resolved.map(shift);
    moved.attribution.cue = shift(report.attribution.cue);
    moved.content = shift(report.content);
    moved.after_content = report.after_content.map(shift);
    moved.voice = report.voice.map(shift);
    moved.bracket = report.bracket.map(shift);
    moved.spoken_register = report.spoken_register.map(shift);
    moved
}

/// every paragraph's [`speech::paragraph_speech`], taking each paragraph whose reports cannot have changed from
/// `previous`; and the cache for the next analysis.
pub fn reported_speech_reusing(
    prose: &Prose,
    reader: &Reader,
    previous: Option<&SpeechCache>,
) -> (Vec<ReportedSpeech>, SpeechCache) {
    let mut reports = Vec::new();
    let mut next: ParagraphMap<Arc<ParagraphSpeech>> = ParagraphMap::with_capacity(prose.paragraphs.len());
    for (index, paragraph) in prose.paragraphs.iter().enumerate() {
        let start = paragraph.span.start;
        let kept = previous.and_then(|cache| cache.by_text.get(paragraph)).filter(|entry| {
            entry.surroundings.hold_for(reader, &paragraph.tokens)
                && reader.cast.still_named(&entry.named, paragraph.span)
        });
        match kept {
            Some(entry) => {
                reports.extend(entry.reports.iter().map(|report| moved(report, 0, start)));
                next.insert_new(paragraph, || Arc::clone(entry));
            }
            None => {
                let found = speech::paragraph_speech(prose, reader, index);
                next.insert_new(paragraph, || {
                    let relative = found.iter().map(|report| moved(report, start, 0)).collect();
                    let surroundings = Surroundings::of(reader, &paragraph.tokens);
                    let named = reader.cast.named_in(paragraph.span);
                    Arc::new(ParagraphSpeech { reports: relative, surroundings, named })
                });
                reports.extend(found);
            }
        }
    }
    (reports, SpeechCache { by_text: Arc::new(next) })
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Facts, Memo};
    use crate::settings::Settings;
    use crate::text::{Language, Prose};

    /// `text` analysed after the memo's last draft (`prose`, replaced by `text`'s), and
    /// afresh.
    fn reused_and_fresh(memo: &mut Memo, prose: &mut Prose, text: &str, settings: &Settings) -> (Facts, Facts) {
        *prose = Prose::new_reusing(prose, text, Language::PlainText);
        let reused = Facts::gather(prose, settings, memo);
        (reused, Facts::gather(prose, settings, &mut Memo::default()))
    }

    /// Edits that change a paragraph, its neighbours' quotation marks, its edge words and
    /// the cast: every reused analysis reports the speech a fresh one does.
    #[test]
    fn reused_reports_are_the_fresh_reports() {
        let base = "The mayor said the city will rebuild the pier this year.\n\n\"We will not back down,\" Dana Marchetti said. She added that the port would reopen.\n\nOfficials said the plan was sound, and a spokesman said it would cost more.\n\nThe budget, the mayor said, is tight. [The pier] will reopen, she said.\n\nIt is done, he said";
        let edits: &[(&str, &str)] = &[
            ("this year", "next year"),
            ("\"We will", "We will"),
            ("back down,\"", "back down,"),
            ("reopen.\n\nOfficials", "reopen. Officials"),
            ("Dana Marchetti", "Dana Marchetty"),
            ("It is done, he said", "It is done, he said."),
            ("The mayor said", "\"The mayor said"),
            ("sound,", "sound, \""),
        ];
        let settings = Settings::default();
        let mut memo = Memo::default();
        let mut prose = Prose::new(base, Language::PlainText);
        let mut previous = Facts::gather(&prose, &settings, &mut memo);
        let mut text = base.to_string();
        let mut kept = Vec::new();
        for (from, to) in edits {
            text = text.replacen(from, to, 1);
            let before = memo.quotes.speech.clone().unwrap_or_default();
            let (reused, fresh) = reused_and_fresh(&mut memo, &mut prose, &text, &settings);
            assert_eq!(reused.quotes.reports, fresh.quotes.reports, "after {from:?} -> {to:?}");
            kept.push(memo.quotes.speech.as_ref().map_or(0, |now| now.kept_from(&before)));
            previous = reused;
        }
        assert!(previous.quotes.reports.len() >= 3, "{:?}", previous.quotes.reports);
        // An edit outside every name keeps the other paragraphs; so does one inside a name
        // that leaves the other paragraphs' mentions in the same members.
        assert!(kept[0] >= 3 && kept[4] >= 3, "{kept:?}");
    }

    /// A paragraph repeated in the draft may name a different member each time ("Ford
    /// said" after Gerald Ford, then after James Ford): the reports kept for its text are
    /// reused only where they name the same members.
    #[test]
    fn a_repeated_paragraph_keeps_each_copy_s_speaker() {
        // Both copies have the same words around them, so only their members tell them apart.
        let base = "President Gerald Ford spoke on Monday.\n\nFord said the plan was sound.\n\nThe meeting went on. James Ford, a mechanic, spoke on Monday.\n\nFord said the plan was sound.\n\nThe meeting went on.";
        let settings = Settings::default();
        let mut memo = Memo::default();
        let mut prose = Prose::new(base, Language::PlainText);
        let previous = Facts::gather(&prose, &settings, &mut memo);
        let speakers = |reports: &[crate::analysis::quotes::ReportedSpeech]| {
            reports.iter().map(|report| report.attribution.member).collect::<Vec<_>>()
        };
        let fresh_speakers = speakers(&previous.quotes.reports);
        assert!(fresh_speakers.len() == 2 && fresh_speakers[0] != fresh_speakers[1], "{fresh_speakers:?}");
        let (reused, fresh) = reused_and_fresh(&mut memo, &mut prose, &format!("{base} And on."), &settings);
        assert_eq!(reused.quotes.reports, fresh.quotes.reports);
    }
}
