//! Quotations and their speakers (issue: quotes).
//!
//! Four steps over the prose: the quotation marks are paired ([`marks`]), each quotation is
//! classified (full sentence, partial, title) and linked to a speaker ([`link`]), reported
//! speech without quotation marks is found ([`speech`]), and speakers given as a pronoun,
//! a surname alone or "the official" are resolved to an earlier mention ([`resolve`]).
//! Hover text is in [`present`].

mod cast_view;
pub mod cues;
pub mod lexicon;
mod link;
pub mod marks;
mod resolve;
mod speech;
mod speech_reuse;

use super::Cast;
use crate::text::{ByteSpan, Prose};

pub use cast_view::MemberId;
pub use cues::SpeakerKind;
/// How a quotation found its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// The cue is in the quotation's own sentence: "'…,' Smith said." / "Smith said: '…'".
    SameSentence,
    /// The cue is in the sentence before or after, in the same paragraph.
    AdjacentSentence,
    /// A paragraph of pure quotation right after one by the same speaker.
    ContinuedSpeaker,
    /// A pull-quote credit: a line of its own, "—Name", right after the quotation.
    CreditLine,
}

/// Who a quotation is attributed to, and by what words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker as written: "Smith", "he", "a hospital spokeswoman".
    pub speaker: ByteSpan,
    /// For a pronoun or a shortened name: the named mention it refers to.
    pub resolved: Option<ByteSpan>,
    /// The cast member the quotation is attributed to (`None` for an unnamed source or a
    /// described role the draft does not name).
    pub member: Option<MemberId>,
    /// The cue: "said", "told reporters", "according to".
    pub cue: ByteSpan,
    pub kind: SpeakerKind,
    pub link: Link,
}

impl Attribution {
    /// The speaker as running text names them: a capital that only opens the sentence
    /// ("The ministry said …", "Police said …", "The White House said …") is dropped; a
    /// name keeps its capitals, and so does a "The" that belongs to it ("The Hague", or
    /// any "The" the draft writes mid-sentence).
    pub fn speaker_in_running_text(&self, text: &str, cast: &Cast) -> String {
        // Masked markup is NUL bytes: a space, like the whitespace it stands beside.
        let written = self.speaker.slice(text).replace('\0', " ").split_whitespace().collect::<Vec<_>>().join(" ");
        let first = written.split(' ').next().unwrap_or_default();
        let lists = lexicon::lists_of(first);
        let determiner = lists & (lexicon::NOUN_DETERMINER | lexicon::INDEFINITE_OPENER) != 0;
        let common = determiner || lists & (lexicon::ANONYMOUS_HEAD | lexicon::ROLE_NOUN | lexicon::PRONOUN) != 0;
        let lowercase = match self.kind {
            SpeakerKind::Named => {
                let in_name = self
                    .member
                    .and_then(|member| cast.member(member))
                    .is_some_and(|member| member.canonical.split(' ').next() == Some(first));
                determiner && !in_name && opens_sentence(text, self.speaker.start)
            }
            _ => common && first != "I",
        };
        if !lowercase {
            return written;
        }
        let mut chars = written.chars();
        chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
    }
}

/// Whether `offset` starts a sentence: nothing but whitespace since the last sentence's
/// final mark, the paragraph's start or the draft's.
fn opens_sentence(text: &str, offset: usize) -> bool {
    let before = text.get(..offset).unwrap_or_default().trim_end_matches(|c: char| c.is_whitespace() || c == '\0');
    before.is_empty() || before.ends_with(['.', '!', '?', '…', '\n'])
}

/// What a quotation is, which decides what it owes the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteForm {
    /// A sentence or more of speech: it needs a speaker.
    Full,
    /// A few words inside the writer's sentence, or scare quotes.
    Partial,
    /// A title or name in quotation marks ("The Crown").
    Title,
}

/// A quotation: its span with the marks, its content, and its attribution if one was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub span: ByteSpan,
    pub content: ByteSpan,
    pub attribution: Option<Attribution>,
    /// 0 for a quotation, 1 for a quotation quoted inside it.
    pub depth: usize,
    pub form: QuoteForm,
    pub open_mark: ByteSpan,
    /// `None` when the quotation is never closed.
    pub close_mark: Option<ByteSpan>,
}

/// Speech reported without quotation marks: "The mayor said we will not back down."
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportedSpeech {
    pub attribution: Attribution,
    /// The speech, without the attribution clause or the final punctuation.
    pub content: ByteSpan,
    /// The comma or final mark that follows the speech, if any (kept in a fix).
    pub after_content: Option<ByteSpan>,
    /// The attribution follows the speech ("…, the mayor said").
    pub trailing: bool,
    /// The first word in the speaker's own voice ("we", "our", "I") outside quotation marks.
    pub voice: Option<ByteSpan>,
    /// An editor's bracketed insertion that opens the speech: "[The plan] will…".
    pub bracket: Option<ByteSpan>,
    /// A word of the spoken register ("really", "frankly") in speech reported after it.
    pub spoken_register: Option<ByteSpan>,
}

/// What the quote analysis keeps from one analysis of a document for the next (part of
/// the engine's memo): each paragraph's lowercase tokens and its reported speech.
#[derive(Clone, Debug, Default)]
pub struct Memo {
    lowered: Option<lexicon::LoweredCache>,
    speech: Option<speech_reuse::SpeechCache>,
}

/// The quotations of a draft, in document order.
#[derive(Clone, Debug, Default)]
pub struct Quotes {
    pub quotes: Vec<Quote>,
    /// Speech attributed by a cue verb but not marked as a quotation.
    pub reports: Vec<ReportedSpeech>,
    /// Closing marks that close nothing.
    pub stray_closings: Vec<ByteSpan>,
    /// Closing marks written as opening marks, with the mark they stand for.
    pub misshapen: Vec<(ByteSpan, char)>,
    /// Whether the draft writes curly double quotation marks (fixes follow its style).
    pub curly: bool,
}

impl Quotes {
    /// The quotations of `prose`. `memo` holds what the last analysis of the same document
    /// kept: each unchanged paragraph's lowercase tokens, and its reported speech when the
    /// cast kept its members; the result is the same as with a fresh memo.
    pub fn gather(prose: &Prose, cast: &Cast, memo: &mut Memo) -> Self {
        let (lowered, lowered_cache) = lexicon::Lowered::new_reusing(prose, memo.lowered.as_ref());
        memo.lowered = Some(lowered_cache);
        let paragraphs: Vec<ByteSpan> = prose.paragraphs.iter().map(|p| p.span).collect();
        let scan = marks::scan(&prose.text, &paragraphs);
        let mut quotes = link::quotes_from_marks(prose, &scan);
        let quoted = link::quoted_tokens(prose, &quotes);
        let anonymity = cues::AnonymityNotes::new(prose);
        let cast = cast_view::CastView::new(cast);
        let reader = cues::Reader {
            cast: &cast,
            text: &prose.text,
            tokens: &prose.tokens,
            quoted: &quoted,
            lowered: &lowered,
            anonymity: &anonymity,
        };
        link::attribute(prose, &reader, &mut quotes);
        let (mut reports, speech_cache) = speech_reuse::reported_speech_reusing(prose, &reader, memo.speech.as_ref());
        memo.speech = Some(speech_cache);
        resolve::resolve_speakers(prose, &cast, &mut quotes, &mut reports, &|span| reader.is_quoted_at(span.start));
        let curly = prose.text.contains('“') || prose.text.contains('”');
        Quotes { quotes, reports, stray_closings: scan.stray_closings, misshapen: scan.misshapen, curly }
    }

    /// Each quotation attributed to a cast member, as (member, index into `quotes`), in
    /// document order: what the cast lists as a member's "quotations attributed".
    pub fn by_member(&self) -> impl Iterator<Item = (MemberId, usize)> + '_ {
        self.quotes.iter().enumerate().filter_map(|(index, q)| Some((q.attribution.as_ref()?.member?, index)))
    }

    /// The quotation (outermost first, then nested) whose span contains `offset`.
    pub fn quote_at(&self, offset: usize) -> Option<&Quote> {
        self.quotes.iter().filter(|q| q.span.contains(offset)).max_by_key(|q| q.depth)
    }

    /// Whether `offset` lies inside any quotation. A binary search: rules ask this per
    /// finding, so it must not scan every quotation.
    pub fn contains(&self, offset: usize) -> bool {
        let after = self.quotes.partition_point(|q| q.span.start <= offset);
        // Nested quotations follow the quotation they sit in: walk back to the outermost.
        self.quotes[..after].iter().rev().find(|q| q.depth == 0).is_some_and(|q| q.span.contains(offset))
    }

    /// The quotation a nested quotation sits in.
    pub fn enclosing(&self, quote: &Quote) -> Option<&Quote> {
        self.quotes
            .iter()
            .find(|q| q.depth == 0 && q.span.start <= quote.span.start && quote.span.end <= q.span.end && q != &quote)
    }
}

/// Drafts of awkward fragments in every order (marks at edges, brackets, cues with nothing
/// around them, masked Markdown) for the no-panic tests of the quote analysis and of the
/// features that read it.
#[cfg(test)]
pub(crate) fn odd_drafts() -> Vec<String> {
    let fragments = [
        "\"",
        "“",
        "”",
        "'",
        "’",
        "‘",
        "[",
        "]",
        "(",
        ")",
        ",",
        ":",
        " said",
        "Said ",
        "according to",
        " he",
        "We ",
        "\n\n",
        "**",
        "`x`",
        "—",
        "…",
        ".",
        "Smith",
        "a source",
        "😀",
        "\"\"",
        "''",
        "told us",
        "\r\n",
    ];
    let mut seed = 7u64;
    (0..3000u64)
        .map(|round| {
            let mut draft = String::new();
            for _ in 0..(round % 14 + 1) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                draft.push_str(fragments[(seed >> 33) as usize % fragments.len()]);
            }
            draft
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Quotes;
    use crate::text::{Language, Prose};

    /// A draft of `paragraphs` paragraphs whose quotations, speakers and names are all
    /// different: repeating one fixture would let a search over every earlier quotation or
    /// mention stop early at the previous copy, hiding quadratic work.
    fn distinct_quotes_draft(paragraphs: usize) -> String {
        const SYLLABLES: &[&str] =
            &["ka", "ro", "mi", "tan", "vel", "sor", "bi", "lun", "dre", "po", "zak", "fen", "ul", "gra", "nim", "tes"];
        let mut seed = 42u64;
        let mut name = || {
            let mut word = String::new();
            for _ in 0..3 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                word.push_str(SYLLABLES[(seed >> 33) as usize % SYLLABLES.len()]);
            }
            let mut chars = word.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        };
        let mut draft = String::new();
        for i in 0..paragraphs {
            let (first, last, thing) = (name(), name(), name().to_lowercase());
            draft.push_str(&match i % 6 {
                0 => format!("Minister {first} {last} visited the {thing} plant. \"We will build {thing} number {i} by spring,\" {last} said. \"It matters to us,\" he added.\n\n"),
                1 => format!("\"The {thing} plan {i} is not finished yet.\"\n\nA senior {thing} official said our {thing} budget {i} was cut. The official said the talks ended.\n\n"),
                2 => format!("{first} {last}, a spokeswoman for the {thing} council, told reporters that we would see {thing} {i} soon. She said the \"{thing}\" idea was good.\n\n"),
                3 => format!("\"Nobody saw the {thing} water {i} coming over the wall.\"\n\n\"It was a {thing} disaster,\" said {first} {last}, according to the {thing} ministry.\n\n"),
                4 => format!("We will not back down on {thing} {i}, the mayor {last} said. Sources said the {thing} deal was close.\n\n"),
                _ => format!("\"{first} {thing} number {i} will win this fight,\" {last} said, adding that our {thing} city cannot wait.\n\n"),
            });
        }
        draft
    }

    /// The quote analysis is linear in the number of quotations, speakers and mentions:
    /// 8x the paragraphs (all different) may cost at most 12x the time. Judged as in
    /// tests/it/scaling.rs: the small draft analysed 8 times in a row against the large one
    /// once, fastest of several runs, over independent rounds.
    #[test]
    fn eight_times_the_distinct_quotations_cost_less_than_twelve_times_the_time() {
        use std::time::{Duration, Instant};
        let small = distinct_quotes_draft(120);
        let large = distinct_quotes_draft(960);
        let small_prose = Prose::new(&small, Language::PlainText);
        let large_prose = Prose::new(&large, Language::PlainText);
        let cast = crate::analysis::Cast::default();
        let time = |prose: &Prose, repetitions: usize| {
            let started = Instant::now();
            for _ in 0..repetitions {
                std::hint::black_box(Quotes::gather(prose, &cast, &mut super::Memo::default()));
            }
            started.elapsed()
        };
        let mut ratios = Vec::new();
        for _ in 0..3 {
            let (mut best_small, mut best_large) = (Duration::MAX, Duration::MAX);
            for _ in 0..5 {
                best_small = best_small.min(time(&small_prose, 8));
                best_large = best_large.min(time(&large_prose, 1));
            }
            let ratio = best_large.as_secs_f64() / best_small.as_secs_f64().max(1e-9);
            if ratio < 1.5 {
                return;
            }
            ratios.push(ratio);
        }
        panic!("8x the distinct quotations cost {ratios:?} times 8x the time (allowed: 1.5)");
    }
}
