//! The settings schema: every key the project file and the editor may set, said once,
//! in the order the reader lists them when a key is unknown.
//!
//! The reader takes its lists of known keys from here; the `copydesk init` starter,
//! the key table in docs/configuration.md and the VS Code extension's settings are
//! checked against it by tests/it/schema.rs, which fails when they drift.

use std::collections::BTreeMap;

use super::layer::SettingsLayer;
use crate::vocabulary::Level;

/// How the reader (`read`) takes a key's value into a [`SettingsLayer`]: a new key of a
/// kind below is its entry in [`KEYS`] and its field.
#[derive(Clone, Copy, Debug)]
pub enum Reading {
    /// Levels by rule code or family (`[rules]`).
    Levels,
    /// Names, each a string or `{ name, aliases }`.
    Names,
    /// Non-empty strings, added to a list of the layer.
    Strings(fn(&mut SettingsLayer) -> &mut Vec<String>),
    /// Globs, each checked, added to a list of the layer.
    Globs(fn(&mut SettingsLayer) -> &mut Vec<String>),
    /// A table of non-empty strings to non-empty strings, added to the layer's.
    StringTable(fn(&mut SettingsLayer) -> &mut BTreeMap<String, String>),
    /// `style.us_abbreviation`: one of `US_ABBREVIATIONS`, or "" for unset.
    UsAbbreviation,
    /// `spelling.dialect`: a dialect tag in any case, or "" for unset.
    Dialect,
    /// `fact.date`: "YYYY-MM-DD", or "" for unset.
    Date,
    /// `true` or `false`, set on the layer.
    Bool(fn(&mut SettingsLayer) -> &mut Option<bool>),
    /// Not the server's: the editor extension reads it.
    ClientOnly,
}

/// What a key's value looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A table of rule code or family -> level.
    Levels,
    /// An array of names, each a string or `{ name, aliases }`.
    Names,
    /// An array of strings.
    Strings,
    /// A table of string -> string.
    StringTable,
    /// One of a few strings, each with what it means; "" is the same as unset.
    Choice(&'static [(&'static str, &'static str)]),
    /// Any string; "" is the same as unset.
    Text,
    /// A calendar date, "YYYY-MM-DD"; "" is the same as unset.
    Date,
    /// `true` or `false`.
    Bool,
}

impl Shape {
    /// The shape as the docs write it.
    pub fn describe(self) -> String {
        match self {
            Shape::Levels => format!("table: code or family = {}", quoted(Level::WORDS)),
            Shape::Names => "array of names or { name, aliases }".to_string(),
            Shape::Strings => "array of strings".to_string(),
            Shape::StringTable => "table of strings".to_string(),
            Shape::Choice(choices) => {
                let values: Vec<&str> =
                    choices.iter().map(|(value, _)| *value).filter(|value| !value.is_empty()).collect();
                quoted(&values)
            }
            Shape::Text => "a string".to_string(),
            Shape::Date => "a date, `\"YYYY-MM-DD\"`".to_string(),
            Shape::Bool => "`true`, `false`".to_string(),
        }
    }
}

fn quoted(words: &[&str]) -> String {
    words.iter().map(|word| format!("`\"{word}\"`")).collect::<Vec<_>>().join(", ")
}

/// Where a key is set and who reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Places {
    /// The project file and the editor (section `copydesk`); the server reads it.
    Everywhere,
    /// The project file only (`ignore` concerns `copydesk check` alone).
    ProjectFile,
    /// The VS Code extension only, with its VS Code scope; the server never sees it.
    Client(&'static str),
}

/// One settings key.
#[derive(Debug)]
pub struct Key {
    /// Dotted path from the root: `names`, `style.us_abbreviation`.
    pub path: &'static str,
    pub shape: Shape,
    /// What unset means.
    pub default: &'static str,
    /// What the key does, in Markdown: the docs table, the VS Code setting's description.
    pub description: &'static str,
    pub places: Places,
    pub read: Reading,
}

impl Key {
    /// The table the key sits in ("" for the root) and its own name.
    pub fn section_and_name(&self) -> (&'static str, &'static str) {
        self.path.rsplit_once('.').unwrap_or(("", self.path))
    }

    /// Whether editors offer it to the server.
    pub fn in_editor(&self) -> bool {
        self.places == Places::Everywhere
    }

    /// Whether the project file and the server's reader know it.
    pub fn in_project_file(&self) -> bool {
        !matches!(self.places, Places::Client(_))
    }
}

pub const US_ABBREVIATIONS: &[&str] = &["U.S.", "US"];
pub const DIALECTS: &[&str] = &["en-US", "en-GB"];

/// Every key, in the order the reader lists them when a key is unknown. A new key is one
/// entry here (with how it is read) and its field in `layer` and `settings`; its row in
/// docs/configuration.md, its VS Code setting and the extension's key lists are generated
/// from it (`UPDATE_SCHEMA=1 cargo test --test it schema`) and tested against it.
pub static KEYS: &[Key] = &[
    Key {
        path: "rules",
        shape: Shape::Levels,
        default: "every rule at its default severity",
        description: "Severity per rule code (e.g. `\"garbled.tortured-phrase\"`) or per rule family (e.g. `\"quote\"`): one of `on` (the rule's default), `off`, `error`, `warning`, `info`, `hint`. A rule code overrides its family.",
        places: Places::Everywhere,
        read: Reading::Levels,
    },
    Key {
        path: "names",
        shape: Shape::Names,
        default: "none",
        description: "Names the newsroom spells its own way, either as plain strings or as `{ \"name\": ..., \"aliases\": [...] }`. Variants of these names are reported as inconsistent.",
        places: Places::Everywhere,
        read: Reading::Names,
    },
    Key {
        path: "style.us_abbreviation",
        shape: Shape::Choice(&[
            ("", "Follow the majority form used in the draft."),
            ("U.S.", "Always \"U.S.\" (with periods)."),
            ("US", "Always \"US\" (without periods)."),
        ]),
        default: "follow each draft",
        description: "House style for the abbreviation of United States. Empty means: follow the form the draft uses most.",
        places: Places::Everywhere,
        read: Reading::UsAbbreviation,
    },
    Key {
        path: "phrases.extra",
        shape: Shape::StringTable,
        default: "none",
        description: "Extra tortured phrases to report, mapped to the plain phrase to suggest instead (e.g. `\"bosom peril\": \"breast cancer\"`).",
        places: Places::Everywhere,
        read: Reading::StringTable(|layer| &mut layer.phrases_extra),
    },
    Key {
        path: "phrases.allow",
        shape: Shape::Strings,
        default: "none",
        description: "Phrases that are never reported as tortured.",
        places: Places::Everywhere,
        read: Reading::Strings(|layer| &mut layer.phrases_allow),
    },
    Key {
        path: "ignore",
        shape: Shape::Strings,
        default: "none",
        description: "Paths `copydesk check` skips when it walks a directory (gitignore-like globs).",
        places: Places::ProjectFile,
        read: Reading::Globs(|layer| &mut layer.ignore),
    },
    Key {
        path: "memory",
        shape: Shape::Strings,
        default: "the workspace's drafts only",
        description: "Archive files whose casts join the newsroom's memory (globs relative to the project file): names in a draft are checked against them.",
        places: Places::ProjectFile,
        read: Reading::Globs(|layer| &mut layer.memory),
    },
    Key {
        path: "words",
        shape: Shape::Strings,
        default: "none",
        description: "Words the spelling check accepts: the desk's own terms (a lowercase entry matches any capitalisation). The draft's names need no entry.",
        places: Places::Everywhere,
        read: Reading::Strings(|layer| &mut layer.words),
    },
    Key {
        path: "spelling.dialect",
        shape: Shape::Choice(&[
            ("", "Accept American and British spellings alike."),
            ("en-US", "American spelling (SCOWL en_US)."),
            ("en-GB", "British spelling (SCOWL en_GB-ise; Oxford -ize accepted too)."),
        ]),
        default: "either",
        description: "The English the spelling check expects. Empty means: either.",
        places: Places::Everywhere,
        read: Reading::Dialect,
    },
    Key {
        path: "fact.date",
        shape: Shape::Date,
        default: "the draft's own year or front-matter `date`",
        description: "The day the stories are dated (`YYYY-MM-DD`), for `fact.weekday` when a draft gives neither a year nor a front-matter `date`. Empty means: unset.",
        places: Places::Everywhere,
        read: Reading::Date,
    },
    Key {
        path: "server.path",
        shape: Shape::Text,
        default: "`copydesk` from `PATH`",
        description: "Path to the `copydesk` binary, for the generic extension (a platform-specific extension uses the server it bundles). `~` is expanded and relative paths are resolved against the first workspace folder. Leave empty to use `copydesk` from `PATH`. The server is started as `<path> lsp`.",
        places: Places::Client("machine-overridable"),
        read: Reading::ClientOnly,
    },
    Key {
        path: "trace.server",
        shape: Shape::Choice(&[("off", ""), ("messages", ""), ("verbose", "")]),
        default: "`\"off\"`",
        description: "Traces the communication between VS Code and the copydesk language server (shown in the \"copydesk\" output channel).",
        places: Places::Client("window"),
        read: Reading::ClientOnly,
    },
    Key {
        path: "hints.speakers",
        shape: Shape::Bool,
        default: "`true`",
        description: "Show each quotation's speaker after its closing mark (editor inlay hints, the web page).",
        places: Places::Everywhere,
        read: Reading::Bool(|layer| &mut layer.speaker_hints),
    },
];

/// The names a table may hold: its keys, and the tables below it ("" is the root).
pub fn names_in(section: &str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for key in KEYS.iter().filter(|key| key.in_project_file()) {
        let name = match key.path.strip_prefix(section) {
            Some(rest) if section.is_empty() => rest,
            Some(rest) => match rest.strip_prefix('.') {
                Some(rest) => rest,
                None => continue,
            },
            None => continue,
        };
        let first = name.split('.').next().unwrap_or(name);
        if !names.contains(&first) {
            names.push(first);
        }
    }
    names
}

/// The key table of docs/configuration.md.
pub fn markdown_table() -> String {
    let mut table = String::from("| Key | Value | Unset | What it does |\n| --- | --- | --- | --- |\n");
    for key in KEYS.iter().filter(|key| key.in_project_file()) {
        let editor = if key.in_editor() { "" } else { " Project file only." };
        table.push_str(&format!(
            "| `{}` | {} | {} | {}{editor} |\n",
            key.path,
            key.shape.describe(),
            key.default,
            key.description
        ));
    }
    table
}

/// The VS Code setting of a key (`contributes.configuration.properties["copydesk.<path>"]`).
pub fn vscode_property(key: &Key) -> serde_json::Value {
    use serde_json::json;
    let mut property = match key.shape {
        Shape::Levels => json!({
            "type": "object",
            "default": {},
            "additionalProperties": { "type": "string", "enum": Level::WORDS }
        }),
        Shape::Names => json!({
            "type": "array",
            "default": [],
            "items": { "anyOf": [
                { "type": "string", "description": "A name spelled exactly this way." },
                {
                    "type": "object",
                    "properties": {
                        "name": { "type": "string", "description": "The house spelling of the name." },
                        "aliases": {
                            "type": "array",
                            "items": { "type": "string" },
                            "description": "Other accepted forms of the name (e.g. a surname used on later references)."
                        }
                    },
                    "required": ["name"],
                    "additionalProperties": false
                }
            ] }
        }),
        Shape::Strings => json!({ "type": "array", "default": [], "items": { "type": "string" } }),
        Shape::StringTable => json!({ "type": "object", "default": {}, "additionalProperties": { "type": "string" } }),
        Shape::Choice(choices) => {
            let values: Vec<&str> = choices.iter().map(|(value, _)| *value).collect();
            let mut property = json!({ "type": "string", "enum": values, "default": values[0] });
            if choices.iter().all(|(_, meaning)| !meaning.is_empty()) {
                let meanings: Vec<&str> = choices.iter().map(|(_, meaning)| *meaning).collect();
                property["enumDescriptions"] = json!(meanings);
            }
            property
        }
        Shape::Text => json!({ "type": "string", "default": "" }),
        Shape::Date => json!({ "type": "string", "default": "", "pattern": "^(\\d{4}-\\d{2}-\\d{2})?$" }),
        Shape::Bool => json!({ "type": "boolean", "default": key.default.contains("true") }),
    };
    let (scope, description) = match key.places {
        Places::Client(scope) => (scope, key.description.to_string()),
        _ => {
            let (section, name) = key.section_and_name();
            let toml = if matches!(key.shape, Shape::Levels | Shape::StringTable) {
                format!("[{}]", key.path)
            } else {
                format!("{}{name}", if section.is_empty() { String::new() } else { format!("{section}.") })
            };
            ("resource", format!("{} Mirrors `{toml}` in `.copydesk.toml`.", key.description))
        }
    };
    property["scope"] = json!(scope);
    property["markdownDescription"] = json!(description);
    property
}

/// The keys the extension offers, as VS Code names them, with their settings.
pub fn vscode_properties() -> Vec<(String, serde_json::Value)> {
    KEYS.iter()
        .filter(|key| key.places != Places::ProjectFile)
        .map(|key| (format!("copydesk.{}", key.path), vscode_property(key)))
        .collect()
}

/// The extension's two key lists (editors/vscode/src/settings.ts): what it sends the
/// server, and what only it reads.
pub fn typescript_key_lists() -> String {
    let list = |keys: Vec<&str>| keys.iter().map(|key| format!("  '{key}',\n")).collect::<String>();
    let server = list(KEYS.iter().filter(|key| key.in_editor()).map(|key| key.path).collect());
    let client = list(KEYS.iter().filter(|key| matches!(key.places, Places::Client(_))).map(|key| key.path).collect());
    format!(
        "/** Setting keys relative to the `copydesk` section that the server reads. */\nexport const SERVER_KEYS = [\n{server}] as const;\n\n/** Setting keys relative to the `copydesk` section that only the client uses. */\nexport const CLIENT_ONLY_KEYS = [\n{client}] as const;\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_hold_their_keys_and_the_tables_below() {
        // The order of the reader's "expected one of" lists.
        assert_eq!(
            names_in(""),
            ["rules", "names", "style", "phrases", "ignore", "memory", "words", "spelling", "fact", "hints"]
        );
        assert_eq!(names_in("style"), ["us_abbreviation"]);
        assert_eq!(names_in("phrases"), ["extra", "allow"]);
        assert!(names_in("nothing").is_empty());
    }

    #[test]
    fn the_dialect_choices_are_the_dialects() {
        let dialects: Vec<&str> = crate::settings::Dialect::ALL.iter().map(|dialect| dialect.as_str()).collect();
        assert_eq!(dialects, DIALECTS);
        let choices = |path: &str| match KEYS.iter().find(|key| key.path == path).map(|key| key.shape) {
            Some(Shape::Choice(choices)) => choices.iter().map(|(value, _)| *value).filter(|v| !v.is_empty()).collect(),
            _ => Vec::new(),
        };
        assert_eq!(choices("spelling.dialect"), DIALECTS);
        assert_eq!(choices("style.us_abbreviation"), US_ABBREVIATIONS);
    }
}
