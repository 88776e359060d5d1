//! Ages: "Ana Ruiz, 54,", "Ruiz (54)", "Ruiz, aged 54,", "Ruiz, a 54-year-old teacher,",
//! "54-year-old Ana Ruiz", and "The 54-year-old ..." opening the sentence after one that
//! names one person.

use std::ops::Range;

use super::reading::Reading;
use super::{Fact, Hedge, Stated};
use crate::analysis::cast::{MemberId, MemberKind, Mention};
use crate::analysis::name_words as vocab;
use crate::text::ByteSpan;

/// Oldest age read as a person's.
const OLDEST: u16 = 115;

/// What may follow a bare age after a name: "Ruiz, 54, said", "Ruiz, 54." , "(54)".
const AFTER_AGE: &[&str] = &[",", ".", ";", ")", "—", "–", ":"];

/// Words that set an age in the past: "Ruiz, then 30,", "at the time", "in 1990".
const PAST: &[&str] = &["then", "when", "time", "ago", "back"];

/// A bare age ("54"): digits only, 1 to [`OLDEST`].
fn bare_age(text: &str) -> Option<u16> {
    let age: u16 = text.parse().ok().filter(|_| text.bytes().all(|b| b.is_ascii_digit()))?;
    (1..=OLDEST).contains(&age).then_some(age)
}

/// The age of "54-year-old" (or "54-years-old").
pub(super) fn year_old(text: &str) -> Option<u16> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text[digits..].to_ascii_lowercase();
    if !matches!(rest.as_str(), "-year-old" | "-years-old") {
        return None;
    }
    bare_age(&text[..digits])
}

/// Whether the sentence sets what it says in the past: "then", "at the time", "when", or a
/// year after "in" ("In 1990, Ruiz, 24, ...").
fn past_sentence(reading: &Reading, sentence: Range<usize>) -> bool {
    sentence.clone().any(|index| {
        (reading.is_word(index) && reading.is_one_of(index, PAST))
            || (reading.is_one_of(index, &["in", "since", "by"])
                && reading.word(index + 1).len() == 4
                && reading.word(index + 1).parse::<u16>().is_ok_and(|year| (1800..2200).contains(&year)))
    })
}

fn push(reading: &Reading, member: MemberId, age: u16, span: ByteSpan, sentence: Range<usize>, out: &mut Vec<Stated>) {
    let hedge = past_sentence(reading, sentence).then_some(Hedge::Past);
    out.push(Stated { member, fact: Fact::Age(age), span, hedge });
}

/// The age written right after or right before a person's mention.
pub(super) fn after_or_before(reading: &Reading, mention: &Mention, member: MemberId, out: &mut Vec<Stated>) {
    if let Some((next, sentence)) = reading.after(mention.span) {
        let comma = reading.word(next) == ",";
        let open = reading.word(next) == "(";
        let mut at = next + 1;
        if comma && reading.is_one_of(at, &["aged", "age"]) {
            at += 1;
        }
        let closes = |index: usize| index >= sentence.end || AFTER_AGE.contains(&reading.word(index));
        if (comma || open)
            && reading.is_number(at)
            && let Some(age) = bare_age(reading.word(at))
            && (if open { reading.word(at + 1) == ")" } else { closes(at + 1) })
        {
            push(reading, member, age, reading.span(at), sentence.clone(), out);
        }
        // "Ruiz, a 54-year-old teacher," / "Ruiz, the 54-year-old mayor,".
        if comma
            && reading.is_one_of(next + 1, &["a", "an", "the"])
            && let Some(age) = year_old(reading.word(next + 2))
        {
            push(reading, member, age, reading.span(next + 2), sentence, out);
        }
    }
    // "54-year-old Ana Ruiz", not "as a 19-year-old, Ruiz" (a past age) nor "a
    // 31-year-old Ruiz volunteer" (the name describes someone else).
    if let Some((previous, sentence)) = reading.before(mention.span)
        && let Some(age) = year_old(reading.word(previous))
        && !mention.possessive
        && !(previous > sentence.start && reading.is_one_of(previous - 1, &["as", "at", "a", "an"]))
    {
        push(reading, member, age, reading.span(previous), sentence, out);
    }
}

/// "The 56-year-old senator left." opening a sentence, or "On Monday the 56-year-old
/// senator left." (a title or role after the age, no one named before it): the one person
/// the sentence before (in the same paragraph or ending the one before) names.
pub(super) fn sentence_subjects(reading: &Reading, out: &mut Vec<Stated>) {
    let prose = reading.prose;
    for (index, sentence) in prose.sentences.iter().enumerate() {
        if index == 0 || sentence.tokens.len() < 3 {
            continue;
        }
        let first = sentence.tokens.start;
        let Some(at) = sentence.tokens.clone().find(|&at| {
            // An age opens with a digit: most tokens are passed over on the next one's
            // first byte.
            reading.word(at + 1).as_bytes().first().is_some_and(u8::is_ascii_digit)
                && reading.is_one_of(at, &["the"])
                && year_old(reading.word(at + 1)).is_some()
                && (at == first || {
                    let next = reading.word(at + 2);
                    vocab::is_title_word(next) || vocab::is_role(&next.to_lowercase())
                })
        }) else {
            continue;
        };
        let named_before = reading.cast.mentions_in(ByteSpan::new(sentence.span.start, reading.span(at).start));
        // "Haddad said the 56-year-old senator ...": someone else speaks of the person.
        let spoken = (first..at).any(|before| reading.is_word(before) && vocab::is_speech_verb(reading.word(before)));
        if spoken || named_before.iter().any(|mention| reading.cast.kind_of(mention.member) != MemberKind::Place) {
            continue;
        }
        let Some(age) = year_old(reading.word(at + 1)) else { continue };
        // News writes a paragraph a sentence: the sentence before may end the paragraph
        // before.
        let before = &prose.sentences[index - 1];
        if before.paragraph + 1 < sentence.paragraph {
            continue;
        }
        let mut people = reading
            .cast
            .mentions_in(before.span)
            .iter()
            .filter(|mention| reading.cast.kind_of(mention.member) == MemberKind::Person)
            .map(|mention| mention.member);
        let Some(person) = people.next() else { continue };
        if people.any(|other| other != person) {
            continue;
        }
        let hedge = past_sentence(reading, sentence.tokens.clone()).then_some(Hedge::Past);
        out.push(Stated { member: person, fact: Fact::Age(age), span: reading.span(at + 1), hedge });
    }
}
