//! Settings that shape the analysis: rule levels, house style, known names, phrase lists.
//!
//! Pure data with serde: the same keys come from `.copydesk.toml` and from the editor
//! (section `copydesk`). Reading files is not done here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::rules::Severity;

/// What a rule or family is set to: off, or a severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    Off,
    Hint,
    Info,
    Warning,
    Error,
}

impl RuleLevel {
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Off => None,
            RuleLevel::Hint => Some(Severity::Hint),
            RuleLevel::Info => Some(Severity::Info),
            RuleLevel::Warning => Some(Severity::Warning),
            RuleLevel::Error => Some(Severity::Error),
        }
    }

    pub fn from_severity(severity: Severity) -> RuleLevel {
        match severity {
            Severity::Hint => RuleLevel::Hint,
            Severity::Info => RuleLevel::Info,
            Severity::Warning => RuleLevel::Warning,
            Severity::Error => RuleLevel::Error,
        }
    }
}

/// A name the newsroom spells its own way, with the other forms it accepts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum KnownName {
    Plain(String),
    WithAliases {
        name: String,
        #[serde(default)]
        aliases: Vec<String>,
    },
}

impl KnownName {
    pub fn name(&self) -> &str {
        match self {
            KnownName::Plain(name) | KnownName::WithAliases { name, .. } => name,
        }
    }

    pub fn aliases(&self) -> &[String] {
        match self {
            KnownName::Plain(_) => &[],
            KnownName::WithAliases { aliases, .. } => aliases,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StyleSettings {
    /// "U.S." or "US"; unset follows the draft's own majority.
    pub us_abbreviation: Option<String>,
    /// Whether `name.first-reference` findings are wanted.
    pub first_reference: bool,
}

impl Default for StyleSettings {
    fn default() -> Self {
        StyleSettings { us_abbreviation: None, first_reference: true }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PhraseSettings {
    /// More tortured phrases: phrase -> plain wording.
    pub extra: BTreeMap<String, String>,
    /// Phrases never reported as tortured.
    pub allow: Vec<String>,
}

/// Which English the spelling check expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dialect {
    #[serde(rename = "en-US")]
    EnUs,
    /// British spelling with "-ise" (SCOWL's en_GB-ise); "-ize" forms are accepted too.
    #[serde(rename = "en-GB")]
    EnGb,
}

impl Dialect {
    pub const ALL: [Dialect; 2] = [Dialect::EnUs, Dialect::EnGb];

    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::EnUs => "en-US",
            Dialect::EnGb => "en-GB",
        }
    }

    /// "en-US", "en_GB", "en-gb": the tag in any case, with a hyphen or an underscore.
    pub fn parse(text: &str) -> Option<Dialect> {
        let tag = text.trim().replace('_', "-");
        Dialect::ALL.into_iter().find(|dialect| dialect.as_str().eq_ignore_ascii_case(&tag))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SpellingSettings {
    /// The English a draft must keep to; unset accepts American and British spellings alike.
    pub dialect: Option<Dialect>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Rule code (`garbled.tortured-phrase`) or family (`quote`) -> level.
    pub rules: BTreeMap<String, RuleLevel>,
    pub names: Vec<KnownName>,
    pub style: StyleSettings,
    pub phrases: PhraseSettings,
    /// Globs of paths `copydesk check` skips.
    pub ignore: Vec<String>,
    /// Words the spelling check accepts: the project's own terms.
    pub words: Vec<String>,
    pub spelling: SpellingSettings,
}

impl Settings {
    /// The severity a rule reports at, or `None` when it is off. A code beats its family.
    pub fn severity_for(&self, code: &str, default: Severity) -> Option<Severity> {
        let family = code.split('.').next().unwrap_or(code);
        match self.rules.get(code).or_else(|| self.rules.get(family)) {
            Some(level) => level.severity(),
            None => Some(default),
        }
    }
}
