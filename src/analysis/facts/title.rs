//! Titles: the office a mention's title names ("Sen." and "Senator" are one office). The
//! title words are the cast's (`Mention::title`, read with the one title list of
//! `analysis::name_words`); only offices one person cannot hold at once are read.

use super::reading::Reading;
use super::{Fact, Hedge, Stated};
use crate::analysis::cast::Mention;

/// An office one person holds at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Office {
    Senator,
    Representative,
    Speaker,
    Governor,
    LieutenantGovernor,
    Mayor,
    President,
    VicePresident,
    PrimeMinister,
}

/// Words before a title that say it is no longer held ("retired Sen.", "the late Sen.").
const PAST: &[&str] =
    &["former", "ex", "then", "onetime", "one-time", "erstwhile", "previous", "past", "retired", "late"];

impl Office {
    pub fn as_str(self) -> &'static str {
        match self {
            Office::Senator => "senator",
            Office::Representative => "representative",
            Office::Speaker => "speaker",
            Office::Governor => "governor",
            Office::LieutenantGovernor => "lieutenant governor",
            Office::Mayor => "mayor",
            Office::President => "president",
            Office::VicePresident => "vice president",
            Office::PrimeMinister => "prime minister",
        }
    }

    /// The office a title names ("Sen.", "Vice President", "Lt. Gov."), if it is one of
    /// these. Words are compared lowercased, without their periods.
    pub fn of_title(title: &str) -> Option<Office> {
        let words: Vec<String> = title
            .split(|c: char| c.is_whitespace() || c == '-')
            .map(|word| word.trim_end_matches('.').to_lowercase())
            .filter(|word| !word.is_empty())
            .collect();
        let last = words.last()?.as_str();
        let before = |word: &str| words.iter().rev().skip(1).any(|w| w == word);
        let office = match last {
            "sen" | "senator" => Office::Senator,
            "rep" | "representative" | "congressman" | "congresswoman" => Office::Representative,
            "speaker" => Office::Speaker,
            "gov" | "governor" if before("lt") || before("lieutenant") => Office::LieutenantGovernor,
            "gov" | "governor" => Office::Governor,
            "mayor" => Office::Mayor,
            "president" if before("vice") => Office::VicePresident,
            "president" => Office::President,
            "minister" if before("prime") => Office::PrimeMinister,
            _ => return None,
        };
        // "Deputy Mayor", "State Sen.", "Acting Gov.": another office, or one held for now.
        let other_office = words.iter().rev().skip(1).any(|w| {
            matches!(
                w.as_str(),
                "deputy" | "state" | "assistant" | "acting" | "interim" | "associate" | "minority" | "majority"
            )
        });
        (!other_office).then_some(office)
    }

    /// Whether one person may hold both at once: the same office, or the Speaker of the
    /// House who is also a representative.
    pub fn compatible(self, other: Office) -> bool {
        self == other
            || matches!(
                (self, other),
                (Office::Speaker, Office::Representative) | (Office::Representative, Office::Speaker)
            )
    }
}

/// The office of a mention's title, if its title names one.
pub(super) fn of_mention(reading: &Reading, mention: &Mention, out: &mut Vec<Stated>) {
    let Some(title) = mention.title.as_deref() else { return };
    let Some(office) = Office::of_title(title) else { return };
    let title_span = crate::text::ByteSpan::new(mention.span.start, mention.span.start + title.len());
    let lower = title.to_lowercase();
    let mut hedge = PAST.iter().any(|word| lower.split_whitespace().any(|w| w == *word)).then_some(Hedge::Past);
    if let Some((previous, sentence)) = reading.before(mention.span) {
        let word = reading.word(previous);
        // "former Gov.", "former Maryland Gov.", "former U.S. Sen.".
        let mut back = previous;
        while back > sentence.start
            && back + 4 > previous
            && (reading.word(back) == "." || reading.word(back).starts_with(char::is_uppercase))
        {
            back -= 1;
        }
        if reading.is_one_of(back, PAST) || (reading.word(back) == "-" && reading.is_one_of(back.wrapping_sub(1), PAST))
        {
            hedge = Some(Hedge::Past);
        }
        // "Senate President Ruiz", "Russian President Ruiz", "Student Body President": a
        // president of something, said before the title.
        let qualified = word.starts_with(char::is_uppercase)
            && reading.is_word(previous)
            && !reading.is_one_of(previous, &["Democrat", "Democratic", "Republican", "GOP"]);
        if qualified && matches!(office, Office::President | Office::VicePresident | Office::Speaker) {
            return;
        }
    }
    out.push(Stated { member: mention.member, fact: Fact::Title(office), span: title_span, hedge });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_their_office() {
        assert_eq!(Office::of_title("Sen."), Some(Office::Senator));
        assert_eq!(Office::of_title("Senator"), Some(Office::Senator));
        assert_eq!(Office::of_title("Congresswoman"), Some(Office::Representative));
        assert_eq!(Office::of_title("Lt. Gov."), Some(Office::LieutenantGovernor));
        assert_eq!(Office::of_title("Vice President"), Some(Office::VicePresident));
        assert_eq!(Office::of_title("Prime Minister"), Some(Office::PrimeMinister));
        assert_eq!(Office::of_title("Foreign Minister"), None);
        assert_eq!(Office::of_title("Deputy Mayor"), None);
        assert_eq!(Office::of_title("State Sen."), None);
        assert_eq!(Office::of_title("Dr."), None);
        assert!(Office::Speaker.compatible(Office::Representative));
        assert!(!Office::Senator.compatible(Office::Representative));
    }
}
