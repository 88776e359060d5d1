//! The settings schema: every key the project file and the editor may set, said once,
//! in the order the reader lists them when a key is unknown.
//!
//! The reader takes its lists of known keys from here; the `copydesk init` starter,
//! the key table in docs/configuration.md and the VS Code extension's settings are
//! checked against it by tests/it/schema.rs, which fails when they drift.

use crate::vocabulary::Level;

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
    /// One of a few strings; "" is the same as unset.
    Choice(&'static [&'static str]),
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
            Shape::Choice(choices) => quoted(choices),
            Shape::Date => "a date, `\"YYYY-MM-DD\"`".to_string(),
            Shape::Bool => "`true`, `false`".to_string(),
        }
    }
}

fn quoted(words: &[&str]) -> String {
    words.iter().map(|word| format!("`\"{word}\"`")).collect::<Vec<_>>().join(", ")
}

/// One settings key.
#[derive(Debug)]
pub struct Key {
    /// Dotted path from the root: `names`, `style.us_abbreviation`.
    pub path: &'static str,
    pub shape: Shape,
    /// What unset means.
    pub default: &'static str,
    pub summary: &'static str,
    /// Whether editors offer it (`ignore` only concerns `copydesk check`).
    pub in_editor: bool,
}

impl Key {
    /// The table the key sits in ("" for the root) and its own name.
    pub fn section_and_name(&self) -> (&'static str, &'static str) {
        self.path.rsplit_once('.').unwrap_or(("", self.path))
    }
}

pub const US_ABBREVIATIONS: &[&str] = &["U.S.", "US"];
pub const DIALECTS: &[&str] = &["en-US", "en-GB"];

pub static KEYS: &[Key] = &[
    Key {
        path: "rules",
        shape: Shape::Levels,
        default: "every rule at its default severity",
        summary: "Levels by rule code or family; a code beats its family.",
        in_editor: true,
    },
    Key {
        path: "names",
        shape: Shape::Names,
        default: "none",
        summary: "Names the desk spells its own way, with the other forms it accepts.",
        in_editor: true,
    },
    Key {
        path: "style.us_abbreviation",
        shape: Shape::Choice(US_ABBREVIATIONS),
        default: "follow each draft",
        summary: "How the house abbreviates United States.",
        in_editor: true,
    },
    Key {
        path: "phrases.extra",
        shape: Shape::StringTable,
        default: "none",
        summary: "More tortured phrases: phrase = plain wording.",
        in_editor: true,
    },
    Key {
        path: "phrases.allow",
        shape: Shape::Strings,
        default: "none",
        summary: "Phrases never reported as tortured.",
        in_editor: true,
    },
    Key {
        path: "ignore",
        shape: Shape::Strings,
        default: "none",
        summary: "Paths `copydesk check` skips when it walks a directory (gitignore-like globs).",
        in_editor: false,
    },
    Key {
        path: "memory",
        shape: Shape::Strings,
        default: "the workspace's drafts only",
        summary: "Archive files whose casts join the newsroom's memory (globs relative to the project file): names in a draft are checked against them.",
        in_editor: false,
    },
    Key {
        path: "words",
        shape: Shape::Strings,
        default: "none",
        summary: "Words the spelling check accepts: the desk's own terms.",
        in_editor: true,
    },
    Key {
        path: "spelling.dialect",
        shape: Shape::Choice(DIALECTS),
        default: "either",
        summary: "Which English the spelling check expects.",
        in_editor: true,
    },
    Key {
        path: "fact.date",
        shape: Shape::Date,
        default: "the draft's own year or front-matter `date`",
        summary: "The day the stories are dated, for `fact.weekday` when a draft gives no year.",
        in_editor: true,
    },
    Key {
        path: "hints.speakers",
        shape: Shape::Bool,
        default: "`true`",
        summary: "Show each quotation's speaker after its closing mark (editor inlay hints, the web page).",
        in_editor: true,
    },
];

/// The names a table may hold: its keys, and the tables below it ("" is the root).
pub fn names_in(section: &str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for key in KEYS {
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
    for key in KEYS {
        let editor = if key.in_editor { "" } else { " Project file only." };
        table.push_str(&format!(
            "| `{}` | {} | {} | {}{editor} |\n",
            key.path,
            key.shape.describe(),
            key.default,
            key.summary
        ));
    }
    table
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
    }
}
