//! The words every layer shares: how severe a finding is, what a rule is set to, and which
//! rule spoke. It imports nothing from the crate, so settings, analysis, rules, config, the
//! server and the CLI can all depend on it without depending on each other.

use std::fmt;

use serde::Serialize;

/// How much a finding asks of the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Info,
    Warning,
    Error,
}

impl Severity {
    pub const ALL: [Severity; 4] = [Severity::Hint, Severity::Info, Severity::Warning, Severity::Error];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// One step less severe (a hint stays a hint).
    pub fn lowered(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            Severity::Warning => Severity::Info,
            Severity::Info | Severity::Hint => Severity::Hint,
        }
    }

    pub fn parse(value: &str) -> Option<Severity> {
        match value.to_ascii_lowercase().as_str() {
            "hint" => Some(Severity::Hint),
            "info" | "information" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// What a rule, a family or a threshold is set to: off, on (the rule's own default
/// severity), or a given severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    Off,
    On,
    At(Severity),
}

impl Level {
    /// The words a level is written with, in settings and on the command line.
    pub const WORDS: &[&str] = &["on", "off", "hint", "info", "warning", "error"];

    /// "on", "off" (or "none"), or a severity; any case.
    pub fn parse(text: &str) -> Option<Level> {
        match text.trim().to_ascii_lowercase().as_str() {
            "on" => Some(Level::On),
            "off" | "none" => Some(Level::Off),
            other => Severity::parse(other).map(Level::At),
        }
    }

    /// The severity this level reports at, given the rule's default; `None` when off.
    pub fn severity(self, default: Severity) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::On => Some(default),
            Level::At(severity) => Some(severity),
        }
    }
}

/// A rule's family: the part of its code before the dot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    Garbled,
    Quote,
    Name,
    Spelling,
    /// Facts a story states twice and differently (ages, titles, labels, dates, counts).
    Fact,
    Suppression,
    /// Problems in the project file itself.
    Config,
}

impl Family {
    pub const ALL: [Family; 7] = [
        Family::Garbled,
        Family::Quote,
        Family::Name,
        Family::Spelling,
        Family::Fact,
        Family::Suppression,
        Family::Config,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Family::Garbled => "garbled",
            Family::Quote => "quote",
            Family::Name => "name",
            Family::Spelling => "spelling",
            Family::Fact => "fact",
            Family::Suppression => "suppression",
            Family::Config => "config",
        }
    }

    pub fn parse(text: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|family| family.as_str() == text)
    }
}

macro_rules! rule_ids {
    ($($variant:ident => $family:ident, $code:literal;)*) => {
        /// Which rule reported a finding. The code (`family.name`) is what users see,
        /// configure and suppress: never reuse or rename one.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuleId {
            $($variant,)*
        }

        impl RuleId {
            pub const ALL: &[RuleId] = &[$(RuleId::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $code,)*
                }
            }

            pub fn family(self) -> Family {
                match self {
                    $(RuleId::$variant => Family::$family,)*
                }
            }
        }
    };
}

rule_ids! {
    GarbledSentenceBreak => Garbled, "garbled.sentence-break";
    GarbledPunctuation => Garbled, "garbled.punctuation";
    GarbledRepeatedWord => Garbled, "garbled.repeated-word";
    GarbledPossessive => Garbled, "garbled.possessive";
    GarbledTorturedPhrase => Garbled, "garbled.tortured-phrase";
    GarbledUnbalanced => Garbled, "garbled.unbalanced";
    GarbledUnfinished => Garbled, "garbled.unfinished";
    QuoteUnattributed => Quote, "quote.unattributed";
    QuoteUnmarked => Quote, "quote.unmarked";
    QuoteAnonymousSource => Quote, "quote.anonymous-source";
    QuoteUnbalanced => Quote, "quote.unbalanced";
    NameVariant => Name, "name.variant";
    NameFirstReference => Name, "name.first-reference";
    NameTruncated => Name, "name.truncated";
    NameStyle => Name, "name.style";
    SpellingUnknownWord => Spelling, "spelling.unknown-word";
    FactAge => Fact, "fact.age";
    FactTitle => Fact, "fact.title";
    FactAffiliation => Fact, "fact.affiliation";
    FactWeekday => Fact, "fact.weekday";
    FactCount => Fact, "fact.count";
    SuppressionUnused => Suppression, "suppression.unused";
    SuppressionUnknown => Suppression, "suppression.unknown";
    ConfigSyntax => Config, "config.syntax";
    ConfigUnknownKey => Config, "config.unknown-key";
    ConfigInvalidValue => Config, "config.invalid-value";
}

impl RuleId {
    pub fn parse(code: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|id| id.as_str() == code)
    }

    /// Whether `selector` (a code, or a family's name) picks this rule.
    pub fn is_selected_by(self, selector: &str) -> bool {
        self.as_str() == selector || self.family().as_str() == selector
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Ordered by code, so findings at one position sort as their codes read.
impl Ord for RuleId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl AsRef<str> for RuleId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_and_name_their_family() {
        for id in RuleId::ALL {
            assert_eq!(RuleId::parse(id.as_str()), Some(*id));
            let (family, _) = id.as_str().split_once('.').expect("family.name");
            assert_eq!(Family::parse(family), Some(id.family()));
            assert!(id.is_selected_by(family) && id.is_selected_by(id.as_str()));
        }
        assert_eq!(RuleId::parse("garbled"), None);
    }

    #[test]
    fn levels_read_as_settings_write_them() {
        assert_eq!(Level::parse(" On "), Some(Level::On));
        assert_eq!(Level::parse("none"), Some(Level::Off));
        assert_eq!(Level::parse("warn"), Some(Level::At(Severity::Warning)));
        assert_eq!(Level::parse("loud"), None);
        assert_eq!(Level::On.severity(Severity::Info), Some(Severity::Info));
        assert_eq!(Level::At(Severity::Error).severity(Severity::Info), Some(Severity::Error));
        assert_eq!(Level::Off.severity(Severity::Info), None);
    }
}
