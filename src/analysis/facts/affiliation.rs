//! Party and state labels: "Ruiz (D-Ore.)", "Ruiz, R-Texas,", "Ruiz (R)", "Ruiz, a
//! Democrat,", "Democratic Sen. Ruiz", "Republican Ana Ruiz".

use super::reading::Reading;
use super::{Fact, Hedge, Stated};
use crate::analysis::cast::{Cast, MemberId, MemberKind, Mention};
use crate::text::ByteSpan;

/// A party label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    Democrat,
    Republican,
    Independent,
}

impl Party {
    pub fn as_str(self) -> &'static str {
        match self {
            Party::Democrat => "Democrat",
            Party::Republican => "Republican",
            Party::Independent => "independent",
        }
    }

    /// The party of a designation's letter ("D" in "D-Ore.").
    fn of_letter(letter: &str) -> Option<Party> {
        match letter {
            "D" | "Dem" => Some(Party::Democrat),
            "R" | "Rep" => Some(Party::Republican),
            "I" | "Ind" => Some(Party::Independent),
            _ => None,
        }
    }

    /// The party a word before or after a name says ("Democratic Sen. Ruiz", "Ruiz, a
    /// Republican,").
    fn of_word(word: &str) -> Option<Party> {
        match word {
            "Democrat" | "Democratic" => Some(Party::Democrat),
            "Republican" | "GOP" => Some(Party::Republican),
            _ => None,
        }
    }
}

/// Words before a label that say it is no longer the member's.
const PAST: &[&str] = &["former", "ex", "onetime", "one-time", "lifelong", "then"];

/// Whether two ways of writing a state name the same one: "Ore." and "Oregon", "N.Y."
/// and "New York".
pub fn same_state(a: &str, b: &str) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let initials = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c == '.')
            .filter_map(|word| word.chars().next())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let (x, y) = (squeeze(a), squeeze(b));
    x == y || x.starts_with(&y) || y.starts_with(&x) || initials(a) == y || initials(b) == x
}

/// A party-state designation ("D-Ore", "R-N.Y", "I-Vt") at token `index`, its state
/// running on over capitalised words ("D-New" "Mexico"): the party, the state and the
/// index of its last token.
fn designation(reading: &Reading, index: usize) -> Option<(Party, Option<String>, usize)> {
    let word = reading.word(index);
    if !reading.is_word(index) {
        return None;
    }
    let Some((letter, state)) = word.split_once('-') else {
        return Party::of_letter(word).filter(|_| word.len() == 1).map(|party| (party, None, index));
    };
    let party = Party::of_letter(letter)?;
    if !state.starts_with(|c: char| c.is_ascii_uppercase()) || !state.chars().all(|c| c.is_alphabetic() || c == '.') {
        return None;
    }
    let mut state = state.to_string();
    let mut last = index;
    while reading.is_word(last + 1)
        && reading.word(last + 1).starts_with(|c: char| c.is_uppercase())
        && reading.prose.tokens[last + 1].space_before
    {
        last += 1;
        state.push(' ');
        state.push_str(reading.word(last));
    }
    Some((party, Some(state), last))
}

fn push_designation(
    member: MemberId,
    found: (Party, Option<String>, usize),
    at: usize,
    reading: &Reading,
    out: &mut Vec<Stated>,
) {
    let (party, state, last) = found;
    let span = ByteSpan::new(reading.span(at).start, reading.span(last).end);
    out.push(Stated { member, fact: Fact::Party(party), span, hedge: None });
    if let Some(state) = state {
        out.push(Stated { member, fact: Fact::State(state), span, hedge: None });
    }
}

/// The labels written right after or right before a person's mention.
pub(super) fn around(reading: &Reading, mention: &Mention, member: MemberId, out: &mut Vec<Stated>) {
    if let Some((next, sentence)) = reading.after(mention.span) {
        match reading.word(next) {
            "(" => {
                if let Some(found) = designation(reading, next + 1)
                    && matches!(reading.word(found.2 + 1), ")" | ".")
                {
                    push_designation(member, found, next + 1, reading, out);
                }
            }
            "," => {
                if let Some(found) = designation(reading, next + 1)
                    && found.1.is_some()
                    && (found.2 + 1 >= sentence.end || matches!(reading.word(found.2 + 1), "," | "." | ";" | ")"))
                {
                    push_designation(member, found, next + 1, reading, out);
                } else if reading.is_one_of(next + 1, &["a", "an"])
                    && let Some(party) = Party::of_word(reading.word(next + 2))
                    && reading.word(next + 2) != "Democratic"
                    // "a Republican National Committeeman": a body's name, not a label.
                    && !reading.word(next + 3).starts_with(char::is_uppercase)
                {
                    let span = reading.span(next + 2);
                    out.push(Stated { member, fact: Fact::Party(party), span, hedge: None });
                }
            }
            _ => {}
        }
    }
    // "Republican Sen. Ruiz", "Democrat Ana Ruiz"; not "GOP Baker supporters" nor
    // "Democratic Baker voters", where a bare surname describes someone else.
    if let Some((previous, sentence)) = reading.before(mention.span)
        && let Some(party) = Party::of_word(reading.word(previous))
        && (mention.title.is_some() || mention.is_full_name())
        && !mention.possessive
    {
        let past = previous > sentence.start && reading.is_one_of(previous - 1, PAST);
        out.push(Stated {
            member,
            fact: Fact::Party(party),
            span: reading.span(previous),
            hedge: past.then_some(Hedge::Past),
        });
    }
}

/// The person a mention that opens with a party word names ("Republican Ana Ruiz"), when
/// the cast read the label as part of the name: the person named by the rest.
pub(super) fn labelled_person(cast: &Cast, mention: &Mention) -> Option<MemberId> {
    let (first, rest) = mention.words.split_first()?;
    Party::of_word(&first.text)?;
    let rest: Vec<&str> = rest.iter().map(|word| word.text.as_ref()).collect();
    if rest.len() < 2 || mention.possessive {
        return None;
    }
    let (name, surname) = (rest.join(" "), *rest.last()?);
    let people = || {
        cast.members
            .iter()
            .enumerate()
            .filter(|(_, member)| member.kind == MemberKind::Person && !member.mentions.is_empty())
            .map(|(index, member)| (MemberId::new(index), member))
    };
    if let Some((id, _)) = people().find(|(_, member)| member.canonical == name) {
        return Some(id);
    }
    let mut by_surname = people().filter(|(_, member)| member.surname.as_deref() == Some(surname));
    let (id, _) = by_surname.next()?;
    by_surname.next().is_none().then_some(id)
}

/// The label that opens a mention read as one name ("Republican" in "Republican Ana
/// Ruiz"), stated of `person`.
pub(super) fn leading_label(reading: &Reading, mention: &Mention, person: MemberId, out: &mut Vec<Stated>) {
    let Some(first) = mention.words.first() else { return };
    let Some(party) = Party::of_word(&first.text) else { return };
    let past = reading.before(mention.span).is_some_and(|(previous, _)| reading.is_one_of(previous, PAST));
    out.push(Stated { member: person, fact: Fact::Party(party), span: first.span, hedge: past.then_some(Hedge::Past) });
}
