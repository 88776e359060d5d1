//! Resolving speakers through the cast: "Zinichev" to the member first introduced as
//! "Minister Yevgeny Zinichev", "he" to the nearest person a "he" can refer to, and "the
//! official" to the unnamed official of an earlier attribution. Names are recognised by
//! the names analysis only ([`super::cast`]).

use crate::analysis::fast_hash::FastMap as HashMap;

use super::cast_view::CastView;
use super::cues::{Reader, SpeakerKind};
use super::{Attribution, Quote, ReportedSpeech};
use crate::text::lexicon;
use crate::text::tokens::lowercase;
use crate::text::{ByteSpan, Prose};

enum Slot {
    Quote(usize),
    Report(usize),
}

/// `quoted` tells whether a name stands inside a quotation: a pronoun never refers back
/// to one (see [`CastView::antecedent`]).
pub fn resolve_speakers(
    prose: &Prose,
    cast: &CastView,
    quotes: &mut [Quote],
    reports: &mut [ReportedSpeech],
    quoted: &dyn Fn(ByteSpan) -> bool,
) {
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
    // The latest unnamed speaker seen so far for each head noun.
    let mut unnamed: HashMap<String, ByteSpan> = HashMap::default();
    for (_, slot) in slots {
        let attribution: &mut Attribution = match slot {
            Slot::Quote(index) => quotes[index].attribution.as_mut().expect("slot has an attribution"),
            Slot::Report(index) => &mut reports[index].attribution,
        };
        resolve_one(prose, cast, &mut unnamed, attribution, quoted);
    }
}

fn resolve_one(
    prose: &Prose,
    cast: &CastView,
    unnamed: &mut HashMap<String, ByteSpan>,
    attribution: &mut Attribution,
    quoted: &dyn Fn(ByteSpan) -> bool,
) {
    let text = prose.text.as_str();
    let speaker_text = attribution.speaker.slice(text);
    let mut words = speaker_text.split_whitespace();
    let first = words.next();
    let head = lowercase(words.next_back().or(first).unwrap_or_default());
    match attribution.kind {
        SpeakerKind::Pronoun
            if lexicon::roles_of_lowercase(&head) & lexicon::PRONOUN != 0
                && lexicon::is(
                    &head,
                    lexicon::FEMININE_PRONOUN
                        | lexicon::MASCULINE_PRONOUN
                        | lexicon::NEUTER_PRONOUN
                        | lexicon::PLURAL_PRONOUN,
                ) =>
        {
            if let Some((member, mention)) = cast.antecedent(prose, attribution.speaker, &head, quoted) {
                attribution.member = Some(member);
                attribution.resolved = Some(mention);
            }
        }
        SpeakerKind::Named => {
            // A surname or a short form: the member's first full mention introduced them.
            attribution.resolved = attribution
                .member
                .and_then(|member| cast.introduction(member, attribution.speaker.start))
                .filter(|introduced| !introduced.overlaps(attribution.speaker));
        }
        SpeakerKind::Anonymous => {
            unnamed.insert(head.into_owned(), attribution.speaker);
        }
        SpeakerKind::Role
            if Reader::is_anonymous_head(&head) && first.is_some_and(|w| w.eq_ignore_ascii_case("the")) =>
        {
            // "The official said" after "a senior official said": still nobody named.
            if let Some(earlier) = unnamed.get(&*head) {
                attribution.kind = SpeakerKind::Anonymous;
                attribution.resolved = Some(*earlier);
            }
        }
        // "the Dane said", "the manager added": a definite description of someone the
        // draft has just named.
        SpeakerKind::Role
            if attribution.member.is_none()
                && first.is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && speaker_text.split_whitespace().count() <= 4 =>
        {
            let written = speaker_text.split_whitespace().next_back().unwrap_or_default();
            if let Some((member, mention)) = cast.described_person(prose, attribution.speaker, written) {
                attribution.member = Some(member);
                attribution.resolved = Some(mention);
            }
        }
        _ => {}
    }
}
