//! The settings schema (src/config/schema.rs) against every copy of it: the reader, the
//! `copydesk init` starter, the key table in docs/configuration.md and the VS Code
//! extension's settings. `UPDATE_SCHEMA=1 cargo test --test it schema` rewrites the docs
//! table from the schema; review the diff.

use copydesk::config::read::read_toml;
use copydesk::config::schema::{KEYS, Key, Shape, markdown_table};
use copydesk::config::{STARTER, SettingsLayer};
use copydesk::vocabulary::Level;
use serde_json::Value;

use crate::support::repository_root;

/// A value of the key's shape that changes something, as TOML.
fn example_value(shape: Shape) -> String {
    match shape {
        Shape::Levels => "{ quote = \"info\" }".to_string(),
        Shape::Names => "[\"Xi Jinping\", { name = \"Lula\", aliases = [\"Luiz Inácio Lula da Silva\"] }]".to_string(),
        Shape::Strings => "[\"archive\"]".to_string(),
        Shape::StringTable => "{ \"bosom malignancy\" = \"breast cancer\" }".to_string(),
        Shape::Choice(choices) => format!("\"{}\"", choices[0]),
        Shape::Date => "\"2020-03-05\"".to_string(),
        Shape::Bool => "false".to_string(),
    }
}

fn as_toml(key: &Key) -> String {
    let (section, name) = key.section_and_name();
    let value = example_value(key.shape);
    if section.is_empty() { format!("{name} = {value}\n") } else { format!("[{section}]\n{name} = {value}\n") }
}

#[test]
fn the_reader_reads_every_schema_key() {
    for key in KEYS {
        let text = as_toml(key);
        let (layer, problems) = read_toml(&text);
        assert!(problems.is_empty(), "{text}: {problems:?}");
        assert_ne!(layer, SettingsLayer::default(), "{text} changes nothing");
    }
    let (_, problems) = read_toml("[style]\nunknown = 1\n");
    assert_eq!(problems[0].message, "unknown key `unknown`; expected one of: us_abbreviation");
}

/// The starter's keys, as dotted paths, whether commented out or not. Tables whose keys
/// the user chooses (`[rules]`, `[phrases.extra]`) count as their own key.
fn starter_keys() -> Vec<String> {
    let mut keys = Vec::new();
    let mut section = String::new();
    for line in STARTER.lines() {
        let line = line.trim();
        if let Some(header) = line.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')) {
            section = header.to_string();
            if KEYS.iter().any(|key| key.path == header) {
                keys.push(header.to_string());
            }
            continue;
        }
        let uncommented = line.trim_start_matches('#').trim_start();
        let Some((name, _)) = uncommented.split_once(" = ") else { continue };
        if name.contains(' ') || name.starts_with('"') || ["rules", "phrases.extra"].contains(&section.as_str()) {
            continue;
        }
        keys.push(if section.is_empty() { name.to_string() } else { format!("{section}.{name}") });
    }
    keys
}

#[test]
fn the_starter_shows_every_schema_key_and_no_other() {
    let mut expected: Vec<&str> = KEYS.iter().map(|key| key.path).collect();
    let mut found = starter_keys();
    expected.sort_unstable();
    found.sort();
    assert_eq!(found, expected);
}

#[test]
fn the_docs_key_table_is_the_schema() {
    let path = repository_root().join("docs/configuration.md");
    let docs = std::fs::read_to_string(&path).expect("docs/configuration.md");
    let start = docs.find("<!-- settings-table:start").expect("the start marker");
    let after_start = start + docs[start..].find("-->\n").expect("the start marker's end") + 4;
    let end = docs.find("<!-- settings-table:end -->").expect("the end marker");
    let table = markdown_table();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, format!("{}{table}{}", &docs[..after_start], &docs[end..])).expect("write the docs");
        return;
    }
    assert_eq!(&docs[after_start..end], table, "UPDATE_SCHEMA=1 cargo test --test it schema rewrites it");
}

fn vscode_properties() -> serde_json::Map<String, Value> {
    let text = std::fs::read_to_string(repository_root().join("editors/vscode/package.json")).expect("package.json");
    let package: Value = serde_json::from_str(&text).expect("package.json is JSON");
    package["contributes"]["configuration"]["properties"].as_object().expect("properties").clone()
}

#[test]
fn the_vscode_settings_are_the_schemas_editor_keys() {
    let properties = vscode_properties();
    let mut offered: Vec<&str> = properties
        .keys()
        .filter_map(|name| name.strip_prefix("copydesk."))
        .filter(|name| !name.starts_with("server.") && !name.starts_with("trace."))
        .collect();
    let mut expected: Vec<&str> = KEYS.iter().filter(|key| key.in_editor).map(|key| key.path).collect();
    offered.sort_unstable();
    expected.sort_unstable();
    assert_eq!(offered, expected);

    for key in KEYS.iter().filter(|key| key.in_editor) {
        let property = &properties[&format!("copydesk.{}", key.path)];
        let (kind, enumerated): (&str, Option<Vec<&str>>) = match key.shape {
            Shape::Levels => ("object", None),
            Shape::Names | Shape::Strings => ("array", None),
            Shape::StringTable => ("object", None),
            Shape::Choice(choices) => ("string", Some(std::iter::once("").chain(choices.iter().copied()).collect())),
            Shape::Date => ("string", None),
            Shape::Bool => ("boolean", None),
        };
        assert_eq!(property["type"], kind, "{}", key.path);
        if let Some(enumerated) = enumerated {
            assert_eq!(property["enum"], serde_json::json!(enumerated), "{}", key.path);
        }
        if key.shape == Shape::Levels {
            let mut levels: Vec<&str> = property["additionalProperties"]["enum"]
                .as_array()
                .expect("a level enum")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let mut words = Level::WORDS.to_vec();
            levels.sort_unstable();
            words.sort_unstable();
            assert_eq!(levels, words, "the levels VS Code offers");
        }
    }
}

/// The extension's list of the keys it sends (editors/vscode/src/settings.ts).
#[test]
fn the_vscode_extension_sends_the_schemas_editor_keys() {
    let source =
        std::fs::read_to_string(repository_root().join("editors/vscode/src/settings.ts")).expect("settings.ts");
    let list = source.split("export const SERVER_KEYS = [").nth(1).and_then(|rest| rest.split(']').next());
    let mut sent: Vec<&str> = list
        .expect("SERVER_KEYS")
        .split(',')
        .map(|item| item.trim().trim_matches('\''))
        .filter(|k| !k.is_empty())
        .collect();
    let mut expected: Vec<&str> = KEYS.iter().filter(|key| key.in_editor).map(|key| key.path).collect();
    sent.sort_unstable();
    expected.sort_unstable();
    assert_eq!(sent, expected);
}
