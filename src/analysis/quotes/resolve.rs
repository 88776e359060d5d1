//! Resolving speakers: "he" to the nearest named person before it, "Zinichev" to the fuller
//! "Minister Yevgeny Zinichev" that introduced him, "the official" to the unnamed official
//! of an earlier attribution.
//!
//! This is the quote analysis's own, deliberately small resolver: a person mention is a
//! capitalised name sequence with a title, or two to four capitalised words that are not
//! an organisation or a place, or a single name already seen speaking.

use std::collections::HashMap;
use std::ops::Range;

use super::cues::{Reader, SpeakerKind};
use super::lexicon;
use super::{Attribution, Quote, ReportedSpeech};
use crate::text::{ByteSpan, Prose, TokenKind};

/// How many paragraphs back a pronoun may find its person.
const PRONOUN_REACH_PARAGRAPHS: usize = 3;

pub(super) const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "president",
    "minister",
    "senator",
    "sen",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "chancellor",
    "prime",
    "secretary",
    "sir",
    "lady",
    "lord",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "chief",
    "deputy",
    "director",
    "chairman",
    "chairwoman",
    "speaker",
    "general",
    "gen",
    "captain",
    "capt",
    "officer",
    "detective",
    "rev",
    "reverend",
    "father",
    "sister",
    "bishop",
    "cardinal",
    "ambassador",
    "commissioner",
    "inspector",
    "sheriff",
    "coach",
    "premier",
    "vice",
    "lieutenant",
    "colonel",
    "sergeant",
    "councillor",
    "councilman",
    "councilwoman",
    "attorney",
];

/// Words that make a capitalised sequence an organisation, a place or a date, not a person.
pub(super) const NOT_A_PERSON: &[&str] = &[
    "ministry",
    "committee",
    "department",
    "university",
    "council",
    "house",
    "street",
    "inc",
    "corp",
    "co",
    "group",
    "party",
    "times",
    "news",
    "service",
    "association",
    "institute",
    "court",
    "company",
    "bank",
    "union",
    "republic",
    "states",
    "kingdom",
    "nations",
    "office",
    "agency",
    "center",
    "centre",
    "airport",
    "station",
    "river",
    "city",
    "county",
    "police",
    "army",
    "force",
    "hospital",
    "school",
    "college",
    "club",
    "team",
    "church",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "commission",
    "organization",
    "organisation",
    "foundation",
    "museum",
    "national",
    "international",
    "federal",
    "royal",
    "world",
    "cup",
    "league",
    "day",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "when",
    "after",
    "before",
    "while",
    "this",
    "that",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "its",
    "his",
    "her",
    "their",
    "our",
    "if",
    "as",
    "for",
    "with",
    "by",
    "from",
    "of",
    "to",
    "new",
    "north",
    "south",
    "east",
    "west",
    "central",
    "administration",
    "government",
    "brigade",
    "state",
    "fire",
    "guard",
    "services",
    "ministry",
    "embassy",
    "club",
    "airlines",
    "airways",
    "university",
    "lab",
    "laboratory",
    "journal",
    "magazine",
    "press",
    "media",
    "network",
    "channel",
    "board",
    "authority",
    "forces",
    "ltd",
    "llc",
];

fn is_capitalised_word(prose: &Prose, index: usize) -> bool {
    prose.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word)
        && prose.token_text(index).starts_with(char::is_uppercase)
}

/// Runs of capitalised words outside quotations, each as a token range.
fn capitalised_runs(prose: &Prose, quoted: &[bool]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut index = 0;
    while index < prose.tokens.len() {
        if quoted[index] || !is_capitalised_word(prose, index) {
            index += 1;
            continue;
        }
        let start = index;
        index += 1;
        while index < prose.tokens.len() && !quoted[index] {
            let token = &prose.tokens[index];
            let glued_period = token.kind == TokenKind::Punct
                && prose.token_text(index) == "."
                && !token.space_before
                && is_capitalised_word(prose, index + 1)
                && prose.token_text(index - 1).len() <= 3;
            if (is_capitalised_word(prose, index) && token.space_before && !token.newline_before) || glued_period {
                index += 1;
            } else {
                break;
            }
        }
        runs.push(start..index);
    }
    runs
}

/// The part of a capitalised run that names a person, if any.
fn person_in_run(prose: &Prose, reader: &Reader, run: &Range<usize>, sentence_starts: &[bool]) -> Option<Range<usize>> {
    // Runs are short; their words are walked again rather than collected (one run per
    // capitalised word of the draft, so no allocation here).
    let words_from = |from: usize| (from..run.end).filter(|&i| prose.tokens[i].kind == TokenKind::Word);
    let mut start = words_from(run.start).next()?;
    // "The", "In", … at a sentence start are not part of a name.
    if sentence_starts[start] && reader.is_in(start, lexicon::NOT_A_PERSON) {
        start = words_from(start + 1).next()?;
    }
    let words = || words_from(start);
    if words().any(|i| reader.is_in(i, lexicon::NOT_A_PERSON)) {
        return None;
    }
    let titled = reader.is_in(start, lexicon::TITLE) && words().any(|i| !reader.is_in(i, lexicon::TITLE));
    let all_capitals = words().all(|i| prose.token_text(i).chars().all(|c| !c.is_lowercase()));
    let name_like = (2..=4).contains(&words().count()) && !all_capitals;
    (titled || name_like).then_some(start..run.end)
}

enum Slot {
    Quote(usize),
    Report(usize),
}

pub fn resolve_speakers(prose: &Prose, reader: &Reader, quotes: &mut [Quote], reports: &mut [ReportedSpeech]) {
    let quoted = reader.quoted;
    let mut sentence_starts = vec![false; prose.tokens.len()];
    for sentence in &prose.sentences {
        if let Some(flag) = sentence_starts.get_mut(sentence.tokens.start) {
            *flag = true;
        }
    }
    let runs = capitalised_runs(prose, quoted);
    let mut persons: Vec<ByteSpan> = runs
        .iter()
        .filter_map(|run| person_in_run(prose, reader, run, &sentence_starts))
        .map(|r| reader.span(&r))
        .collect();
    // Named speakers are people (or bodies) the reader has met: a pronoun may point back to them.
    let named_speakers = quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref())
        .chain(reports.iter().map(|r| &r.attribution))
        .filter(|a| {
            let name = a.speaker.slice(&prose.text);
            a.kind == SpeakerKind::Named
                && !name.chars().all(|c| !c.is_lowercase())
                && !name.split_whitespace().any(|w| lexicon::lists_of(w) & lexicon::NOT_A_PERSON != 0)
        })
        .map(|a| a.speaker);
    persons.extend(named_speakers.collect::<Vec<_>>());
    persons.sort();
    persons.dedup();

    let mut slots: Vec<(usize, Slot)> = Vec::new();
    for (index, quote) in quotes.iter().enumerate() {
        if let Some(attribution) = &quote.attribution {
            slots.push((attribution.speaker.start, Slot::Quote(index)));
        }
    }
    for (index, report) in reports.iter().enumerate() {
        slots.push((report.attribution.speaker.start, Slot::Report(index)));
    }
    slots.sort_by_key(|(position, _)| *position);
    let surnames = SurnameIntroductions::new(&prose.text, &persons, quotes, reports);
    // The latest unnamed speaker seen so far for each head noun.
    let mut unnamed: HashMap<String, ByteSpan> = HashMap::new();
    for (_, slot) in slots {
        let attribution: &mut Attribution = match slot {
            Slot::Quote(index) => quotes[index].attribution.as_mut().expect("slot has an attribution"),
            Slot::Report(index) => &mut reports[index].attribution,
        };
        resolve_one(prose, &persons, &surnames, &mut unnamed, attribution);
    }
}

/// For each surname a speaker is given by alone ("Zinichev said"), the first person
/// mention longer than it that ends with it ("Minister Yevgeny Zinichev"), found in one
/// pass over the mentions instead of one pass per speaker.
struct SurnameIntroductions<'a> {
    /// Speaker text to the index in `persons` of its first longer mention ending with it.
    first_mention: HashMap<&'a str, Option<usize>>,
}

impl<'a> SurnameIntroductions<'a> {
    fn new(text: &'a str, persons: &[ByteSpan], quotes: &[Quote], reports: &[ReportedSpeech]) -> Self {
        let mut first_mention: HashMap<&'a str, Option<usize>> = HashMap::new();
        let attributions =
            quotes.iter().filter_map(|q| q.attribution.as_ref()).chain(reports.iter().map(|r| &r.attribution));
        for attribution in attributions.filter(|a| a.kind == SpeakerKind::Named) {
            let speaker_text = attribution.speaker.slice(text);
            if is_single_surname(speaker_text) {
                first_mention.insert(speaker_text, None);
            }
        }
        if first_mention.is_empty() {
            return SurnameIntroductions { first_mention };
        }
        // A mention ends with a speaker's text only where that text starts: try each
        // length a speaker has, and look the mention's tail of that length up.
        let mut lengths: Vec<usize> = first_mention.keys().map(|key| key.len()).collect();
        lengths.sort_unstable();
        lengths.dedup();
        for (index, person) in persons.iter().enumerate() {
            let mention = person.slice(text);
            for &length in lengths.iter().take_while(|&&length| length < mention.len()) {
                let Some(tail) = mention.get(mention.len() - length..) else { continue };
                if let Some(first @ None) = first_mention.get_mut(tail) {
                    *first = Some(index);
                }
            }
        }
        SurnameIntroductions { first_mention }
    }

    /// The first mention in `persons` that is longer than `speaker`, ends with its text and
    /// starts before it.
    fn introduction(&self, text: &str, persons: &[ByteSpan], speaker: ByteSpan) -> Option<ByteSpan> {
        let speaker_text = speaker.slice(text);
        if !is_single_surname(speaker_text) {
            return persons
                .iter()
                .find(|p| p.start < speaker.start && p.len() > speaker.len() && p.slice(text).ends_with(speaker_text))
                .copied();
        }
        // Mentions are sorted by start: when the first one that fits starts too late, so
        // do all the others.
        let first = persons[(*self.first_mention.get(speaker_text)?)?];
        (first.start < speaker.start).then_some(first)
    }
}

/// A speaker text that is one word with no space around it (the indexed case).
fn is_single_surname(speaker_text: &str) -> bool {
    !speaker_text.is_empty() && !speaker_text.contains(char::is_whitespace)
}

fn resolve_one(
    prose: &Prose,
    persons: &[ByteSpan],
    surnames: &SurnameIntroductions,
    unnamed: &mut HashMap<String, ByteSpan>,
    attribution: &mut Attribution,
) {
    let text = prose.text.as_str();
    let speaker_text = attribution.speaker.slice(text);
    let words: Vec<&str> = speaker_text.split_whitespace().collect();
    let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    match attribution.kind {
        SpeakerKind::Pronoun if matches!(head.as_str(), "he" | "she" | "him" | "her") => {
            let paragraph_of = |offset: usize| prose.paragraphs.partition_point(|p| p.span.end < offset);
            let here = paragraph_of(attribution.speaker.start);
            // Mentions starting after the pronoun cannot end before it; walking back from
            // the pronoun, the paragraph distance only grows, so the walk stops at the
            // first mention out of reach.
            let before = &persons[..persons.partition_point(|p| p.start <= attribution.speaker.start)];
            attribution.resolved = before
                .iter()
                .rev()
                .take_while(|p| here - paragraph_of(p.start).min(here) <= PRONOUN_REACH_PARAGRAPHS)
                .find(|p| p.end <= attribution.speaker.start)
                .copied();
        }
        SpeakerKind::Named if words.len() == 1 => {
            // A surname alone: the first fuller mention ending with it introduced the speaker.
            attribution.resolved = surnames.introduction(text, persons, attribution.speaker);
        }
        SpeakerKind::Anonymous => {
            unnamed.insert(head, attribution.speaker);
        }
        SpeakerKind::Role
            if Reader::is_anonymous_head(&head) && words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) =>
        {
            // "The official said" after "a senior official said": still nobody named.
            if let Some(earlier) = unnamed.get(&head) {
                attribution.kind = SpeakerKind::Anonymous;
                attribution.resolved = Some(*earlier);
            }
        }
        _ => {}
    }
}
