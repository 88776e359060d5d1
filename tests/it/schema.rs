//! The settings schema (src/config/schema.rs) against every copy of it: the reader, the
//! `copydesk init` starter, the key table in docs/configuration.md and the VS Code
//! extension's settings and key lists. `UPDATE_SCHEMA=1 cargo test --test it schema` rewrites
//! the docs table, package.json's settings and settings.ts's key lists from the schema;
//! review the diff.

use copydesk::config::read::read_toml;
use copydesk::config::schema::{
    KEYS, Key, Shape, markdown_table, typescript_key_lists, vscode_properties, vscode_property,
};
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
        Shape::Choice(choices) => {
            format!("\"{}\"", choices.iter().map(|(value, _)| *value).find(|v| !v.is_empty()).unwrap_or(""))
        }
        Shape::Text => "\"copydesk\"".to_string(),
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
    for key in KEYS.iter().filter(|key| key.in_project_file()) {
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
    let mut expected: Vec<&str> = KEYS.iter().filter(|key| key.in_project_file()).map(|key| key.path).collect();
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

/// `text` with the part between the marker lines `start` and `end` replaced by `generated`
/// under `UPDATE_SCHEMA=1`; otherwise a failure naming the command when it differs.
fn generated_part(path: &std::path::Path, start: &str, end: &str, generated: &str) {
    let text = std::fs::read_to_string(path).expect("a generated file");
    let from = text.find(start).expect("the start marker");
    let from = from + text[from..].find('\n').expect("the start marker's line") + 1;
    let to = text.find(end).expect("the end marker");
    let to = text[..to].rfind('\n').map_or(to, |newline| newline + 1);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, format!("{}{generated}{}", &text[..from], &text[to..])).expect("write it");
        return;
    }
    assert_eq!(
        &text[from..to],
        generated,
        "{}: UPDATE_SCHEMA=1 cargo test --test it schema rewrites it",
        path.display()
    );
}

/// The range of the JSON object that opens at `open` (a `{`), strings read as strings.
fn object_at(text: &str, open: usize) -> std::ops::Range<usize> {
    let (mut depth, mut in_string, mut escaped) = (0, false, false);
    for (index, c) in text[open..].char_indices() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') | (false, _, '"') => in_string = !in_string,
            (false, _, '{') => depth += 1,
            (false, _, '}') => {
                depth -= 1;
                if depth == 0 {
                    return open..open + index + 1;
                }
            }
            _ => {}
        }
    }
    panic!("an unclosed object")
}

/// The extension's settings are the schema's: every key with its type, values, default,
/// scope and description (`copydesk.<path>`), generated by `vscode_properties`.
#[test]
fn the_vscode_settings_are_the_schema() {
    let path = repository_root().join("editors/vscode/package.json");
    let text = std::fs::read_to_string(&path).expect("package.json");
    let marker = "\"properties\": {";
    let open = text.find(marker).expect("contributes.configuration.properties") + marker.len() - 1;
    let range = object_at(&text, open);
    let indent = " ".repeat(text[..open].rsplit('\n').next().map_or(0, |line| line.len() - line.trim_start().len()));
    let entries: Vec<String> = vscode_properties()
        .iter()
        .map(|(name, property)| {
            let pretty = serde_json::to_string_pretty(property).expect("JSON").replace('\n', &format!("\n{indent}  "));
            format!("{indent}  \"{name}\": {pretty}")
        })
        .collect();
    let generated = format!("{{\n{}\n{indent}}}", entries.join(",\n"));
    let package: Value = serde_json::from_str(&text).expect("package.json is JSON");
    let written = &package["contributes"]["configuration"]["properties"];
    let expected: Value = serde_json::from_str(&generated).expect("generated JSON");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, format!("{}{generated}{}", &text[..range.start], &text[range.end..])).expect("write it");
        return;
    }
    assert_eq!(*written, expected, "UPDATE_SCHEMA=1 cargo test --test it schema rewrites package.json's settings");
}

/// The extension's lists of the keys it sends and keeps (editors/vscode/src/settings.ts).
#[test]
fn the_vscode_extensions_key_lists_are_the_schemas() {
    generated_part(
        &repository_root().join("editors/vscode/src/settings.ts"),
        "// settings-keys:start",
        "// settings-keys:end",
        &typescript_key_lists(),
    );
}

/// What each of VS Code's settings sends is what the reader reads.
#[test]
fn every_vscode_setting_the_server_reads_is_read() {
    for key in KEYS.iter().filter(|key| key.in_editor()) {
        let property = vscode_property(key);
        let default = &property["default"];
        let (_, problems) = copydesk::config::settings_from_json(
            &serde_json::json!({ key.path.split('.').next().unwrap(): nested(key.path, default.clone()) }),
        );
        assert!(problems.is_empty(), "{}: {problems:?}", key.path);
        let levels: Option<Vec<&str>> = property["additionalProperties"]["enum"]
            .as_array()
            .map(|words| words.iter().filter_map(Value::as_str).collect());
        if key.shape == Shape::Levels {
            assert_eq!(levels.as_deref(), Some(Level::WORDS), "the levels VS Code offers");
        }
    }
}

/// `value` under the dotted `path` below its first part ("a.b" -> { "b": value }).
fn nested(path: &str, value: Value) -> Value {
    let parts: Vec<&str> = path.split('.').skip(1).collect();
    parts.into_iter().rev().fold(value, |inner, part| serde_json::json!({ part: inner }))
}
