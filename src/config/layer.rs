//! One source of settings (the project file, or the editor) as read, with what it left
//! unsaid, and the merge of the two into the [`Settings`] the engine uses.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::settings::{
    Dialect, FactSettings, HintSettings, KnownName, PhraseSettings, Settings, SpellingSettings, StyleSettings,
};
use crate::vocabulary::Level;

/// Settings from one source. Unlike [`Settings`], it knows which keys the source set, so the
/// project file can win over the editor only where both speak.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SettingsLayer {
    /// Code or family -> level.
    pub rules: BTreeMap<String, Level>,
    pub names: Vec<KnownName>,
    pub us_abbreviation: Option<String>,
    pub phrases_extra: BTreeMap<String, String>,
    pub phrases_allow: Vec<String>,
    pub ignore: Vec<String>,
    /// `memory`: globs of archive files for the newsroom's memory (project file only).
    pub memory: Vec<String>,
    pub words: Vec<String>,
    pub dialect: Option<Dialect>,
    /// `fact.date`, checked as "YYYY-MM-DD".
    pub date: Option<String>,
    /// `hints.speakers`.
    pub speaker_hints: Option<bool>,
}

impl SettingsLayer {
    /// The settings in force: the editor's, with the project's on top.
    ///
    /// Rule levels and extra phrases merge key by key (the project's entry wins); names,
    /// allowed phrases and ignore globs are the union of both lists (a name the project
    /// lists keeps the project's aliases), accepted words too; each style choice and the
    /// spelling dialect, the stories' date and the hints come from the project if it sets them, else from the editor, else
    /// the default.
    pub fn resolve(editor: &SettingsLayer, project: Option<&SettingsLayer>) -> Settings {
        let empty = SettingsLayer::default();
        let project = project.unwrap_or(&empty);

        let mut rules = editor.rules.clone();
        rules.extend(project.rules.iter().map(|(code, level)| (code.clone(), *level)));

        let mut names = project.names.clone();
        for name in &editor.names {
            if !names.iter().any(|known| known.name() == name.name()) {
                names.push(name.clone());
            }
        }

        let mut extra = editor.phrases_extra.clone();
        extra.extend(project.phrases_extra.iter().map(|(phrase, plain)| (phrase.clone(), plain.clone())));

        Settings {
            rules,
            names,
            style: StyleSettings {
                us_abbreviation: project.us_abbreviation.clone().or_else(|| editor.us_abbreviation.clone()),
            },
            phrases: Arc::new(PhraseSettings { extra, allow: union(&project.phrases_allow, &editor.phrases_allow) }),
            words: union(&project.words, &editor.words),
            spelling: SpellingSettings { dialect: project.dialect.or(editor.dialect) },
            fact: FactSettings { date: project.date.clone().or_else(|| editor.date.clone()) },
            hints: HintSettings {
                speakers: project.speaker_hints.or(editor.speaker_hints).unwrap_or(HintSettings::default().speakers),
            },
        }
    }
}

fn union(first: &[String], second: &[String]) -> Vec<String> {
    let mut all = first.to_vec();
    for item in second {
        if !all.contains(item) {
            all.push(item.clone());
        }
    }
    all
}
