//! Settings that shape the analysis: rule levels, house style, known names, phrase lists.
//!
//! Pure data: the same keys come from `.copydesk.toml` and from the editor (section
//! `copydesk`), read by `config::read` into layers and merged by `config::layer`.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::vocabulary::{Level, RuleId, Severity};

/// A name the newsroom spells its own way, with the other forms it accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KnownName {
    Plain(String),
    WithAliases { name: String, aliases: Vec<String> },
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StyleSettings {
    /// "U.S." or "US"; unset follows the draft's own majority.
    pub us_abbreviation: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhraseSettings {
    /// More tortured phrases: phrase -> plain wording.
    pub extra: BTreeMap<String, String>,
    /// Phrases never reported as tortured.
    pub allow: Vec<String>,
}

/// Which English the spelling check expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dialect {
    EnUs,
    /// British spelling with "-ise" (SCOWL's en_GB-ise); "-ize" forms are accepted too.
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpellingSettings {
    /// The English a draft must keep to; unset accepts American and British spellings alike.
    pub dialect: Option<Dialect>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FactSettings {
    /// The day the stories are dated ("2020-03-05"), for `fact.weekday` when a draft gives
    /// neither a year nor a front-matter `date`.
    pub date: Option<String>,
}

/// What editors show beside the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HintSettings {
    /// Each quotation's speaker after its closing mark (inlay hints); on unless turned off.
    pub speakers: bool,
}

impl Default for HintSettings {
    fn default() -> Self {
        HintSettings { speakers: true }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Rule code (`garbled.tortured-phrase`) or family (`quote`) -> level.
    pub rules: BTreeMap<String, Level>,
    pub names: Vec<KnownName>,
    pub style: StyleSettings,
    /// Shared, so an analysis keeps a handle on the phrases it ran with (to reuse its
    /// findings) without copying them, and the lexicon built from them is found again by
    /// pointer.
    pub phrases: Arc<PhraseSettings>,
    /// Words the spelling check accepts: the project's own terms.
    pub words: Vec<String>,
    pub spelling: SpellingSettings,
    pub fact: FactSettings,
    pub hints: HintSettings,
}

impl Settings {
    /// The severity a rule reports at, or `None` when it is off. A code beats its family;
    /// "on" is the rule's default severity.
    pub fn severity_for(&self, id: RuleId, default: Severity) -> Option<Severity> {
        match self.rules.get(id.as_str()).or_else(|| self.rules.get(id.family().as_str())) {
            Some(level) => level.severity(default),
            None => Some(default),
        }
    }
}
