//! Edits to a project file's text that keep its comments and layout (`toml_edit`).
//!
//! These return new text; they never write. The server turns the difference into a
//! WorkspaceEdit that the editor applies.

use toml_edit::{Array, DocumentMut, Item, Table, Value};

use crate::text::ByteSpan;

/// Why an edit could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError(pub String);

impl std::fmt::Display for EditError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

fn parse(text: &str) -> Result<DocumentMut, EditError> {
    text.parse::<DocumentMut>()
        .map_err(|error| EditError(format!("the project file does not parse: {}", error.message())))
}

/// Appends `name` to `names`, unless the file already knows it (as a name or an alias).
/// `Ok(None)` means there is nothing to do.
pub fn add_known_name(text: &str, name: &str) -> Result<Option<String>, EditError> {
    let name = name.trim();
    let mut document = parse(text)?;
    let root = document.as_table_mut();
    match root.get_mut("names") {
        None => {
            root.insert("names", Item::Value(Value::Array(Array::from_iter([name]))));
        }
        Some(Item::Value(Value::Array(names))) => {
            let known = names.iter().any(|entry| match entry {
                Value::String(known) => known.value() == name,
                Value::InlineTable(table) => {
                    table.get("name").and_then(Value::as_str) == Some(name)
                        || table
                            .get("aliases")
                            .and_then(Value::as_array)
                            .is_some_and(|aliases| aliases.iter().any(|a| a.as_str() == Some(name)))
                }
                _ => false,
            });
            if known {
                return Ok(None);
            }
            push_like_the_others(names, Value::from(name));
        }
        Some(Item::ArrayOfTables(tables)) => {
            let known = tables.iter().any(|table| {
                table.get("name").and_then(Item::as_str) == Some(name)
                    || table
                        .get("aliases")
                        .and_then(Item::as_array)
                        .is_some_and(|aliases| aliases.iter().any(|a| a.as_str() == Some(name)))
            });
            if known {
                return Ok(None);
            }
            let mut table = Table::new();
            table.insert("name", toml_edit::value(name));
            tables.push(table);
        }
        Some(_) => return Err(EditError("`names` is not an array".to_string())),
    }
    Ok(Some(document.to_string()))
}

/// Appends `word` to the top-level `words` list (the spelling check's accepted words),
/// creating it if needed. `Ok(None)` when the list already has it.
pub fn add_word(text: &str, word: &str) -> Result<Option<String>, EditError> {
    let word = word.trim();
    let mut document = parse(text)?;
    let root = document.as_table_mut();
    match root.get_mut("words") {
        None => {
            root.insert("words", Item::Value(Value::Array(Array::from_iter([word]))));
        }
        Some(Item::Value(Value::Array(words))) => {
            if words.iter().any(|entry| entry.as_str() == Some(word)) {
                return Ok(None);
            }
            push_like_the_others(words, Value::from(word));
        }
        Some(_) => return Err(EditError("`words` is not an array".to_string())),
    }
    Ok(Some(document.to_string()))
}

/// Sets `[rules] "code" = level`, creating the table if needed. `Ok(None)` when it already is.
pub fn set_rule_level(text: &str, code: &str, level: &str) -> Result<Option<String>, EditError> {
    let mut document = parse(text)?;
    let root = document.as_table_mut();
    if !root.contains_key("rules") {
        let mut rules = Table::new();
        rules.set_implicit(false);
        root.insert("rules", Item::Table(rules));
    }
    let Some(rules) = root.get_mut("rules").and_then(Item::as_table_like_mut) else {
        return Err(EditError("`rules` is not a table".to_string()));
    };
    // A code written as an unquoted dotted key lives in a sub-table named after its family.
    if let Some((family, name)) = code.split_once('.')
        && let Some(family_table) = rules.get_mut(family).and_then(Item::as_table_like_mut)
        && family_table.contains_key(name)
    {
        if family_table.get(name).and_then(Item::as_str) == Some(level) {
            return Ok(None);
        }
        family_table.insert(name, toml_edit::value(level));
        return Ok(Some(document.to_string()));
    }
    if rules.get(code).and_then(Item::as_str) == Some(level) {
        return Ok(None);
    }
    rules.insert(code, toml_edit::value(level));
    Ok(Some(document.to_string()))
}

/// Appends `phrase` to `[phrases] allow`, creating what is missing. `Ok(None)` when it is
/// already allowed.
pub fn allow_phrase(text: &str, phrase: &str) -> Result<Option<String>, EditError> {
    let phrase = phrase.trim();
    let mut document = parse(text)?;
    let root = document.as_table_mut();
    if !root.contains_key("phrases") {
        let mut phrases = Table::new();
        phrases.set_implicit(false);
        root.insert("phrases", Item::Table(phrases));
    }
    let Some(phrases) = root.get_mut("phrases").and_then(Item::as_table_like_mut) else {
        return Err(EditError("`phrases` is not a table".to_string()));
    };
    match phrases.get_mut("allow") {
        None => {
            phrases.insert("allow", Item::Value(Value::Array(Array::from_iter([phrase]))));
        }
        Some(item) => {
            let Some(allow) = item.as_array_mut() else {
                return Err(EditError("`phrases.allow` is not an array".to_string()));
            };
            if allow.iter().any(|entry| entry.as_str().is_some_and(|known| known.eq_ignore_ascii_case(phrase))) {
                return Ok(None);
            }
            push_like_the_others(allow, Value::from(phrase));
        }
    }
    Ok(Some(document.to_string()))
}

/// Pushes a value laid out like the array's last one, so a one-per-line list stays one
/// per line.
fn push_like_the_others(array: &mut Array, mut value: Value) {
    let Some(last) = array.iter().last() else {
        array.push_formatted(value);
        return;
    };
    // The last value's prefix may hold a comment that belongs to the line before it: keep
    // only the line break and indentation.
    let last_prefix = last.decor().prefix().and_then(|prefix| prefix.as_str()).unwrap_or("");
    let Some(line_break) = last_prefix.rfind('\n') else {
        value.decor_mut().set_prefix(" ");
        array.push_formatted(value);
        return;
    };
    let indent = last_prefix[line_break + 1..].to_string();
    // A comment after the last value (`"Xi", # the president`) is the array's trailing text:
    // it stays on that value's line, and the new value starts the next one.
    let trailing = array.trailing().as_str().unwrap_or("").to_string();
    let (comment, closing_indent) = match trailing.rfind('\n') {
        Some(index) => (trailing[..index].to_string(), trailing[index + 1..].to_string()),
        None => (String::new(), String::new()),
    };
    value.decor_mut().set_prefix(format!("{comment}\n{indent}"));
    array.set_trailing(format!("\n{closing_indent}"));
    array.push_formatted(value);
}

/// The smallest single replacement that turns `old` into `new`: a span of `old` and the
/// text to put there. Keeps an editor's cursor and undo history where nothing changed.
pub fn smallest_replacement(old: &str, new: &str) -> (ByteSpan, String) {
    let mut prefix = old.bytes().zip(new.bytes()).take_while(|(a, b)| a == b).count();
    while !old.is_char_boundary(prefix) || !new.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let old_rest = &old[prefix..];
    let new_rest = &new[prefix..];
    let mut suffix = old_rest.bytes().rev().zip(new_rest.bytes().rev()).take_while(|(a, b)| a == b).count();
    while !old_rest.is_char_boundary(old_rest.len() - suffix) || !new_rest.is_char_boundary(new_rest.len() - suffix) {
        suffix -= 1;
    }
    (ByteSpan::new(prefix, old.len() - suffix), new_rest[..new_rest.len() - suffix].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::read::read_toml;

    const COMMENTED: &str = "# House style for the metro desk.\nnames = [\n    \"Xi Jinping\", # the president\n    \"Joe Biden\",\n]\n\n[rules]\n# quotes are checked by hand\nquote = \"info\"\n";

    #[test]
    fn adding_a_name_keeps_comments_and_one_per_line_layout() {
        let edited = add_known_name(COMMENTED, "Wanzhou").unwrap().unwrap();
        assert_eq!(
            edited,
            "# House style for the metro desk.\nnames = [\n    \"Xi Jinping\", # the president\n    \"Joe Biden\",\n    \"Wanzhou\",\n]\n\n[rules]\n# quotes are checked by hand\nquote = \"info\"\n"
        );
        assert_eq!(add_known_name(&edited, "Wanzhou").unwrap(), None, "already known");
        let commented_last = "names = [\n  \"Xi Jinping\", # the president\n]\n";
        assert_eq!(
            add_known_name(commented_last, "Lula").unwrap().unwrap(),
            "names = [\n  \"Xi Jinping\", # the president\n  \"Lula\",\n]\n"
        );
    }

    #[test]
    fn adding_a_name_to_an_empty_or_inline_file() {
        assert_eq!(add_known_name("", "Wanzhou").unwrap().unwrap(), "names = [\"Wanzhou\"]\n");
        let edited = add_known_name("names = [\"Xi Jinping\"]\n", "Lula").unwrap().unwrap();
        assert_eq!(edited, "names = [\"Xi Jinping\", \"Lula\"]\n");
        let with_alias = "names = [{ name = \"Lula\", aliases = [\"Luiz Inácio Lula da Silva\"] }]\n";
        assert_eq!(add_known_name(with_alias, "Luiz Inácio Lula da Silva").unwrap(), None);
        let tables = "[[names]]\nname = \"Lula\"\n";
        let edited = add_known_name(tables, "Xi Jinping").unwrap().unwrap();
        assert_eq!(read_toml(&edited).0.names.len(), 2);
        assert!(add_known_name("names = 3\n", "X").is_err());
        assert!(add_known_name("names = [\n", "X").is_err());
    }

    #[test]
    fn disabling_a_rule_adds_a_quoted_key_to_rules() {
        let edited = set_rule_level(COMMENTED, "garbled.tortured-phrase", "off").unwrap().unwrap();
        assert!(edited.ends_with("quote = \"info\"\n\"garbled.tortured-phrase\" = \"off\"\n"), "{edited}");
        assert!(edited.contains("# quotes are checked by hand"));
        let (layer, problems) = read_toml(&edited);
        assert!(problems.iter().all(|p| !p.key.contains("tortured")), "{problems:?}");
        assert_eq!(layer.rules.get("garbled.tortured-phrase"), Some(&crate::vocabulary::Level::Off));
        assert_eq!(set_rule_level(&edited, "garbled.tortured-phrase", "off").unwrap(), None);
        let created = set_rule_level("", "garbled.repeated-word", "off").unwrap().unwrap();
        assert_eq!(created, "[rules]\n\"garbled.repeated-word\" = \"off\"\n");
        let dotted = set_rule_level("[rules]\ngarbled.repeated-word = \"error\"\n", "garbled.repeated-word", "off")
            .unwrap()
            .unwrap();
        assert_eq!(dotted, "[rules]\ngarbled.repeated-word = \"off\"\n");
    }

    #[test]
    fn allowing_a_phrase_creates_or_extends_the_list() {
        let created = allow_phrase("names = []\n", "big data").unwrap().unwrap();
        assert_eq!(read_toml(&created).0.phrases_allow, ["big data"]);
        let extended = allow_phrase(&created, "deep learning").unwrap().unwrap();
        assert_eq!(read_toml(&extended).0.phrases_allow, ["big data", "deep learning"]);
        assert_eq!(allow_phrase(&extended, "Big Data").unwrap(), None);
    }

    #[test]
    fn adding_a_word_creates_or_extends_the_top_level_list() {
        let created = add_word(COMMENTED, "geocoding").unwrap().unwrap();
        assert!(created.contains("quote = \"info\""), "{created}");
        assert_eq!(read_toml(&created).0.words, ["geocoding"]);
        let extended = add_word(&created, "Kubernetes").unwrap().unwrap();
        assert_eq!(read_toml(&extended).0.words, ["geocoding", "Kubernetes"]);
        assert_eq!(add_word(&extended, "geocoding").unwrap(), None);
        assert!(add_word("words = \"x\"\n", "y").is_err());
    }

    #[test]
    fn the_smallest_replacement_touches_only_what_changed() {
        let (span, text) = smallest_replacement("a = [\"é\"]\n", "a = [\"é\", \"ü\"]\n");
        assert_eq!((span, text.as_str()), (ByteSpan::new(9, 9), ", \"ü\""));
        let (span, text) = smallest_replacement("é", "è");
        assert_eq!((span, text.as_str()), (ByteSpan::new(0, 2), "è"));
        assert_eq!(smallest_replacement("same", "same"), (ByteSpan::new(4, 4), String::new()));
    }
}
