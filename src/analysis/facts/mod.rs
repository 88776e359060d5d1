//! What the story states about its people: ages, titles, party and state labels, each
//! with the words that state it (issue 25). Read from the cast through its public API
//! (members, mentions and their titles) and the prose's tokens; read by the `fact.*` rules,
//! the hover and `copydesk cast`.
//!
//! A statement the words themselves mark as not current (a "former" title, an age "then",
//! a label inside a quotation) is kept with its hedge, so it is shown but never compared.
//! A member whose sentences report a change (an age "turned", an office "elected", a party
//! "switched") is listed in `changes`: the rules leave that kind of fact alone for them.

mod affiliation;
mod age;
mod reading;
mod title;

pub use affiliation::{Party, same_state};
pub use title::Office;

use crate::analysis::cast::{Cast, MemberId, MemberKind};
use crate::analysis::quotes::Quotes;
use crate::text::lines::LineIndex;
use crate::text::{ByteSpan, Prose};
use reading::Reading;
use serde::Serialize;

/// One fact about a member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fact {
    Age(u16),
    Title(Office),
    Party(Party),
    /// The state of a party-state designation as written, without its period ("Ore").
    State(String),
}

/// The kinds of fact, as the rules and the changes name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactKind {
    Age,
    Title,
    Affiliation,
}

impl Fact {
    /// What kind of fact it is, as `copydesk cast --format json` names it.
    pub fn label(&self) -> &'static str {
        match self {
            Fact::Age(_) => "age",
            Fact::Title(_) => "title",
            Fact::Party(_) => "party",
            Fact::State(_) => "state",
        }
    }

    /// The value alone: "54", "senator", "Democrat", "Ore".
    pub fn value(&self) -> String {
        match self {
            Fact::Age(age) => age.to_string(),
            Fact::Title(office) => office.as_str().to_string(),
            Fact::Party(party) => party.as_str().to_string(),
            Fact::State(state) => state.clone(),
        }
    }

    pub fn kind(&self) -> FactKind {
        match self {
            Fact::Age(_) => FactKind::Age,
            Fact::Title(_) => FactKind::Title,
            Fact::Party(_) | Fact::State(_) => FactKind::Affiliation,
        }
    }

    /// The fact as a reader names it: "54", "senator", "Democrat", "state Ore".
    pub fn describe(&self) -> String {
        match self {
            Fact::Age(age) => format!("age {age}"),
            Fact::Title(office) => office.as_str().to_string(),
            Fact::Party(party) => party.as_str().to_string(),
            Fact::State(state) => format!("state {state}"),
        }
    }
}

/// One stated fact as the who's-who and the hover show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FactEntry {
    /// "age", "title", "party" or "state".
    pub fact: &'static str,
    pub value: String,
    /// Line of the words that state it (1-based).
    pub line: usize,
    /// The words as written.
    pub text: String,
    /// "past" or "quoted" when the statement is not the member's current fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<&'static str>,
}

impl FactEntry {
    /// "age 54 (line 3, “54”)", with "former" or "in a quotation" when hedged.
    pub fn describe(&self) -> String {
        let hedge = match self.hedge {
            Some("past") => ", past",
            Some(_) => ", in a quotation",
            None => "",
        };
        let value = match self.fact {
            "age" | "state" => format!("{} {}", self.fact, self.value),
            _ => self.value.clone(),
        };
        format!("{value} (line {}, \u{201c}{}\u{201d}{hedge})", self.line, self.text)
    }
}

/// Why a statement is not the member's current fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hedge {
    /// "former Sen.", "Ruiz, then 30,", "in 1990, Ruiz, 24,".
    Past,
    /// Inside a quotation: the speaker's words, not the paper's.
    Quoted,
}

/// A fact as the draft states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stated {
    pub member: MemberId,
    pub fact: Fact,
    /// The words that state it ("54", "56-year-old", "Sen.", "D-Ore").
    pub span: ByteSpan,
    pub hedge: Option<Hedge>,
}

/// Every fact the draft states about its people, in document order.
#[derive(Clone, Debug, Default)]
pub struct MemberFacts {
    pub stated: Vec<Stated>,
    /// Members whose story reports a change of a kind of fact ("turned 55", "was elected",
    /// "switched parties").
    pub changes: Vec<(MemberId, FactKind)>,
}

impl MemberFacts {
    pub fn gather(prose: &Prose, cast: &Cast, quotes: &Quotes) -> Self {
        let reading = Reading::new(prose, cast);
        let mut facts = MemberFacts::default();
        for (index, mention) in cast.mentions.iter().enumerate() {
            // "Gov. Terry Branstad of Iowa, a Republican,": what follows the place is the
            // person's.
            if let Some(person) =
                index.checked_sub(1).and_then(|previous| of_place(&reading, &cast.mentions[previous], mention))
            {
                age::after_or_before(&reading, mention, person, &mut facts.stated);
                affiliation::around(&reading, mention, person, &mut facts.stated);
                continue;
            }
            let person = if cast.kind_of(mention.member) == MemberKind::Person {
                title::of_mention(&reading, mention, &mut facts.stated);
                mention.member
            } else if let Some(person) = affiliation::labelled_person(cast, mention) {
                // "Republican Ana Ruiz" read as one name: the label and the person apart.
                affiliation::leading_label(&reading, mention, person, &mut facts.stated);
                person
            } else {
                continue;
            };
            age::after_or_before(&reading, mention, person, &mut facts.stated);
            affiliation::around(&reading, mention, person, &mut facts.stated);
        }
        age::sentence_subjects(&reading, &mut facts.stated);
        for stated in &mut facts.stated {
            if stated.hedge.is_none() && quotes.quotes.iter().any(|quote| quote.content.contains(stated.span.start)) {
                stated.hedge = Some(Hedge::Quoted);
            }
        }
        facts.stated.sort_by_key(|stated| (stated.span.start, stated.span.end));
        facts.stated.dedup();
        facts.changes = reading.changes(&facts.stated);
        facts
    }

    /// The facts stated about `member`, in document order.
    pub fn of(&self, member: MemberId) -> impl Iterator<Item = &Stated> {
        self.stated.iter().filter(move |stated| stated.member == member)
    }

    /// The facts stated about `member`, for the who's-who and the hover.
    pub fn entries(&self, member: MemberId, draft: &str, lines: &LineIndex) -> Vec<FactEntry> {
        self.of(member)
            .map(|stated| FactEntry {
                fact: stated.fact.label(),
                value: stated.fact.value(),
                line: lines.line_number(stated.span.start),
                text: stated.span.slice(draft).to_string(),
                hedge: stated.hedge.map(|hedge| match hedge {
                    Hedge::Past => "past",
                    Hedge::Quoted => "quoted",
                }),
            })
            .collect()
    }

    /// Whether the story reports that `member`'s `kind` of fact changed.
    pub fn changed(&self, member: MemberId, kind: FactKind) -> bool {
        self.changes.contains(&(member, kind))
    }
}

/// The person named by `previous` when `mention` follows it as its place: "Branstad of
/// Iowa", "Ruiz from Oregon".
fn of_place(
    reading: &Reading,
    previous: &crate::analysis::cast::Mention,
    mention: &crate::analysis::cast::Mention,
) -> Option<MemberId> {
    let (preposition, _) = reading.before(mention.span)?;
    let joined = reading.is_one_of(preposition, &["of", "from"])
        && preposition > 0
        && reading.span(preposition - 1).end == previous.span.end
        && reading.cast.kind_of(previous.member) == MemberKind::Person;
    joined.then_some(previous.member)
}

#[cfg(test)]
mod tests;
