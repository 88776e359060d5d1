//! House style: the project file `.copydesk.toml` and editor settings, read into
//! [`Settings`](crate::settings::Settings).
//!
//! - [`read`]: tolerant reading of TOML and JSON, with problems located by byte span;
//! - [`layer`]: one source's settings and the project-over-editor merge;
//! - [`edit`]: comment-preserving edits for the server's "teach copydesk" actions;
//! - this file: finding and loading the project file, `ignore` globs, the starter file.
//!
//! Reading the disk happens here and in the callers, never in text/analysis/rules.

pub mod edit;
pub mod layer;
pub mod read;
pub mod schema;

use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

pub use layer::SettingsLayer;
pub use read::{ConfigProblem, ProblemKind};

use crate::text::lines::LineIndex;

/// The project file's name.
pub const FILE_NAME: &str = ".copydesk.toml";

/// Whether a path names a project file.
pub fn is_project_file(path: &Path) -> bool {
    path.file_name().is_some_and(|name| name == FILE_NAME)
}

/// The nearest `.copydesk.toml` in `start` (a directory, or a file whose directory is
/// used) or one of its ancestors.
pub fn find_project_file(start: &Path) -> Option<PathBuf> {
    let directory = if start.is_dir() { start } else { start.parent()? };
    directory.ancestors().map(|dir| dir.join(FILE_NAME)).find(|candidate| candidate.is_file())
}

/// A project file as read: its settings and what was wrong in it.
#[derive(Clone, Debug)]
pub struct ProjectConfig {
    pub path: PathBuf,
    pub layer: SettingsLayer,
    pub problems: Vec<ConfigProblem>,
    /// `ignore` globs, relative to the file's directory.
    pub ignore: IgnoreGlobs,
}

impl ProjectConfig {
    /// Reads a project file's text (from disk or from an editor buffer).
    pub fn from_text(path: &Path, text: &str) -> Self {
        let (layer, problems) = read::read_toml(text);
        let ignore = IgnoreGlobs::new(path.parent().unwrap_or(Path::new("")), &layer.ignore);
        ProjectConfig { path: path.to_path_buf(), layer, problems, ignore }
    }

    /// Reads a project file from disk; an error says why it cannot be read at all.
    pub fn load(path: &Path) -> Result<Self, String> {
        let bytes = std::fs::read(path).map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
        let text = String::from_utf8(bytes).map_err(|_| format!("{}: is not UTF-8 text", path.display()))?;
        Ok(Self::from_text(path, &text))
    }
}

/// Editor settings (JSON) as the server reads them, alone: no project file on top.
pub fn settings_from_json(value: &serde_json::Value) -> (crate::settings::Settings, Vec<ConfigProblem>) {
    let (layer, problems) = read::read_json(value);
    (SettingsLayer::resolve(&layer, None), problems)
}

/// A problem as `path:line:column: message` (1-based line and column, in characters).
pub fn describe_problem(path: &Path, text: &str, problem: &ConfigProblem) -> String {
    match problem.span {
        Some(span) => {
            let (line, column) = LineIndex::new(text).line_column(text, span.start);
            format!("{}:{line}:{column}: {}", path.display(), problem.message)
        }
        None => format!("{}: {}", path.display(), problem.message),
    }
}

/// `ignore` globs, gitignore-like: a pattern without a slash matches a file or directory
/// name at any depth (`*.txt`, `archive`); one with a slash is anchored at the project
/// file's directory (`drafts/old/**`); a match on a directory covers everything in it.
#[derive(Clone, Debug)]
pub struct IgnoreGlobs {
    base: PathBuf,
    set: Option<GlobSet>,
}

impl IgnoreGlobs {
    pub fn new(base: &Path, patterns: &[String]) -> Self {
        let mut builder = GlobSetBuilder::new();
        let mut any = false;
        for pattern in patterns {
            let trimmed = pattern.trim().trim_start_matches("./").trim_start_matches('/').trim_end_matches('/');
            if trimmed.is_empty() {
                continue;
            }
            let anchored = if trimmed.contains('/') { trimmed.to_string() } else { format!("**/{trimmed}") };
            for glob in [anchored.clone(), format!("{anchored}/**")] {
                // Invalid globs were reported when the file was read.
                if let Ok(glob) = GlobBuilder::new(&glob).literal_separator(true).build() {
                    builder.add(glob);
                    any = true;
                }
            }
        }
        IgnoreGlobs { base: base.to_path_buf(), set: any.then(|| builder.build().ok()).flatten() }
    }

    /// Whether `path` (a file or directory under the base) is ignored.
    pub fn is_ignored(&self, path: &Path) -> bool {
        let Some(set) = &self.set else { return false };
        let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let (base, path) = (absolute(&self.base), absolute(path));
        path.strip_prefix(&base).is_ok_and(|relative| set.is_match(relative))
    }
}

/// What `copydesk init` writes: every key, commented, and valid as it stands.
pub const STARTER: &str = r#"# copydesk project settings. copydesk reads the nearest .copydesk.toml above a draft.
# Every key is optional; see docs/configuration.md for the full reference.

# Names the desk spells its own way. A name here is never reported as a variant of
# another; aliases are accepted forms of the same person or place.
names = [
    # "Xi Jinping",
    # { name = "Lula", aliases = ["Luiz Inácio Lula da Silva"] },
]

# Words the spelling check accepts: the desk's own terms. Names the draft introduces
# are accepted without being listed here.
words = [
    # "geocoding",
]

# Paths `copydesk check` skips when it walks a directory (gitignore-like globs,
# relative to this file).
ignore = [
    # "archive/**",
    # "*.draft.txt",
]

# Archive files whose casts join the newsroom's memory (globs relative to this file):
# a name a draft spells otherwise than earlier stories is reported as `name.variant`.
# The workspace's drafts are always in the memory.
memory = [
    # "archive/**/*.md",
]

# Rule levels by code or by family: "off", "hint", "info", "warning", "error" or "on"
# (the rule's default). A code beats its family. `copydesk rules` lists them.
[rules]
# "garbled.tortured-phrase" = "off"
# quote = "info"

[style]
# How the house abbreviates United States: "U.S." or "US". Unset follows each draft.
# us_abbreviation = "U.S."

[spelling]
# Which English the spelling check expects: "en-US" or "en-GB" (-ise; -ize accepted
# too). Unset accepts American and British spellings alike.
# dialect = "en-GB"

[fact]
# The day the stories are dated, for `fact.weekday` when a draft gives neither a year
# nor a front-matter `date`.
# date = "2020-03-05"

[hints]
# Show each quotation's speaker after its closing mark in editors that show inlay
# hints, and on the web page.
# speakers = false

[phrases]
# Phrases never reported as tortured.
allow = [
    # "big data",
]

# More tortured phrases: "the phrase" = "the plain wording it garbles".
[phrases.extra]
# "bosom malignancy" = "breast cancer"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_file_is_valid_and_means_the_defaults() {
        let (layer, problems) = read::read_toml(STARTER);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            SettingsLayer::resolve(&SettingsLayer::default(), Some(&layer)),
            crate::settings::Settings::default()
        );
        // The teaching edits work on it.
        let edited = edit::add_known_name(STARTER, "Wanzhou").unwrap().unwrap();
        assert_eq!(read::read_toml(&edited).0.names.len(), 1);
        assert!(edited.contains("# { name = \"Lula\""), "comments survive");
        let edited = edit::add_word(STARTER, "geocoder").unwrap().unwrap();
        assert_eq!(read::read_toml(&edited).0.words, ["geocoder"]);
        assert!(edited.contains("# \"geocoding\","), "comments survive");
    }

    #[test]
    fn the_nearest_project_file_is_found_walking_up() {
        let root = std::env::temp_dir().join(format!("copydesk-config-find-{}", std::process::id()));
        let nested = root.join("desk/metro");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(root.join(FILE_NAME), "").unwrap();
        assert_eq!(find_project_file(&nested.join("story.md")), Some(root.join(FILE_NAME)));
        std::fs::write(root.join("desk").join(FILE_NAME), "").unwrap();
        assert_eq!(find_project_file(&nested), Some(root.join("desk").join(FILE_NAME)));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn ignore_globs_are_gitignore_like() {
        let base = Path::new("/news");
        let globs =
            IgnoreGlobs::new(base, &["archive".to_string(), "drafts/old/**".to_string(), "*.draft.txt".to_string()]);
        assert!(globs.is_ignored(Path::new("/news/archive/2019/a.md")));
        assert!(globs.is_ignored(Path::new("/news/desk/archive")));
        assert!(globs.is_ignored(Path::new("/news/drafts/old/b.md")));
        assert!(globs.is_ignored(Path::new("/news/x/y.draft.txt")));
        assert!(!globs.is_ignored(Path::new("/news/drafts/new/b.md")));
        assert!(!globs.is_ignored(Path::new("/news/archive.md")));
        assert!(!globs.is_ignored(Path::new("/elsewhere/archive/a.md")));
    }

    #[test]
    fn problems_are_described_with_line_and_column() {
        let text = "names = []\n[style]\nfirst_refrence = true\n";
        let config = ProjectConfig::from_text(Path::new("/p/.copydesk.toml"), text);
        let described = describe_problem(&config.path, text, &config.problems[0]);
        assert!(described.starts_with("/p/.copydesk.toml:3:1: unknown key `first_refrence`"), "{described}");
    }
}

/// Layering, with layers as the reader builds them.
#[cfg(test)]
mod layer_tests {
    use super::layer::SettingsLayer;
    use super::read::{read_json, read_toml};
    use crate::rules::Severity;
    use crate::settings::{KnownName, Settings};
    use crate::vocabulary::RuleId;

    #[test]
    fn the_project_wins_where_both_speak_and_the_editor_fills_the_rest() {
        let (editor, _) = read_json(&serde_json::json!({
            "rules": { "garbled.repeated-word": "error", "garbled.possessive": "off" },
            "names": ["Joe Biden", "Lula"],
            "style": { "us_abbreviation": "US", "first_reference": false },
            "phrases": { "extra": { "a b": "c", "d e": "f" }, "allow": ["x y"] }
        }));
        let (project, problems) = read_toml(
            "names = [{ name = \"Lula\", aliases = [\"Luiz Inácio Lula da Silva\"] }]\n[rules]\n\"garbled.repeated-word\" = \"info\"\n[style]\nus_abbreviation = \"U.S.\"\n[phrases]\nextra = { \"a b\" = \"g\" }\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let settings = SettingsLayer::resolve(&editor, Some(&project));
        assert_eq!(settings.severity_for(RuleId::GarbledRepeatedWord, Severity::Warning), Some(Severity::Info));
        assert_eq!(settings.severity_for(RuleId::GarbledPossessive, Severity::Warning), None);
        let names: Vec<&str> = settings.names.iter().map(KnownName::name).collect();
        assert_eq!(names, ["Lula", "Joe Biden"]);
        assert_eq!(settings.names[0].aliases(), ["Luiz Inácio Lula da Silva"]);
        assert_eq!(settings.style.us_abbreviation.as_deref(), Some("U.S."));
        assert_eq!(
            settings.severity_for(RuleId::NameFirstReference, Severity::Info),
            None,
            "the editor's choice stands where the project is silent"
        );
        assert_eq!(settings.phrases.extra.get("a b").map(String::as_str), Some("g"));
        assert_eq!(settings.phrases.extra.get("d e").map(String::as_str), Some("f"));
        assert_eq!(settings.phrases.allow, ["x y"]);
    }

    #[test]
    fn a_project_on_beats_an_editor_off_for_a_family() {
        let (editor, _) = read_json(&serde_json::json!({ "rules": { "garbled": "off" } }));
        let (project, _) = read_toml("[rules]\ngarbled = \"on\"\n");
        let settings = SettingsLayer::resolve(&editor, Some(&project));
        assert_eq!(settings.severity_for(RuleId::GarbledRepeatedWord, Severity::Warning), Some(Severity::Warning));
        assert_eq!(
            SettingsLayer::resolve(&editor, None).severity_for(RuleId::GarbledRepeatedWord, Severity::Warning),
            None
        );
    }

    #[test]
    fn nothing_set_gives_the_default_settings() {
        assert_eq!(SettingsLayer::resolve(&SettingsLayer::default(), None), Settings::default());
    }
}
