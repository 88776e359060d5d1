//! Tolerant reading of settings, from TOML (the project file) or JSON (the editor).
//!
//! Serde's `deny_unknown_fields` would reject a whole file for one typo, so the value tree
//! is walked by hand instead: every key is read on its own, a bad one becomes a
//! [`ConfigProblem`] with the byte span of the key or value at fault, and every good one
//! still applies.

use std::collections::BTreeMap;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::layer::SettingsLayer;
use super::schema::{self, Reading};
use crate::rules::{RULES, is_rule_or_family};
use crate::settings::{Dialect, KnownName};
use crate::text::ByteSpan;
use crate::vocabulary::{Level, RuleId};

/// What kind of mistake a problem is: the file does not parse, a key means nothing, or a
/// value has the wrong shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Syntax,
    UnknownKey,
    InvalidValue,
}

/// One thing wrong in a settings source. The span is into the project file's text; editor
/// settings (JSON) have none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    pub kind: ProblemKind,
    pub span: Option<ByteSpan>,
    /// Where in the settings: `rules.garbled.x`, `names[2].aliases`, `style`.
    pub key: String,
    pub message: String,
}

/// A settings value with its source span, whatever format it came from.
#[derive(Clone, Debug)]
struct Node {
    span: Option<ByteSpan>,
    value: NodeValue,
}

#[derive(Clone, Debug)]
enum NodeValue {
    String(String),
    Bool(bool),
    /// Numbers, dates and nulls: never valid anywhere in the settings, kept for messages.
    Other(&'static str),
    Array(Vec<Node>),
    Table(Vec<(Key, Node)>),
}

#[derive(Clone, Debug)]
struct Key {
    name: String,
    span: Option<ByteSpan>,
}

impl NodeValue {
    fn describe(&self) -> &'static str {
        match self {
            NodeValue::String(_) => "a string",
            NodeValue::Bool(_) => "a boolean",
            NodeValue::Other(kind) => kind,
            NodeValue::Array(_) => "an array",
            NodeValue::Table(_) => "a table",
        }
    }
}

fn span_of<T>(spanned: &Spanned<T>) -> Option<ByteSpan> {
    let range = spanned.span();
    Some(ByteSpan::new(range.start, range.end))
}

fn node_from_toml(value: &Spanned<DeValue<'_>>) -> Node {
    let node_value = match value.get_ref() {
        DeValue::String(text) => NodeValue::String(text.to_string()),
        DeValue::Boolean(flag) => NodeValue::Bool(*flag),
        DeValue::Integer(_) | DeValue::Float(_) => NodeValue::Other("a number"),
        DeValue::Datetime(_) => NodeValue::Other("a date"),
        DeValue::Array(items) => NodeValue::Array(items.iter().map(node_from_toml).collect()),
        DeValue::Table(table) => table_from_toml(table),
    };
    Node { span: span_of(value), value: node_value }
}

fn table_from_toml(table: &DeTable<'_>) -> NodeValue {
    let mut entries: Vec<(Key, Node)> = table
        .iter()
        .map(|(key, value)| (Key { name: key.get_ref().to_string(), span: span_of(key) }, node_from_toml(value)))
        .collect();
    // The map is ordered by key; problems read better in file order.
    entries.sort_by_key(|(key, _)| key.span.map_or(0, |span| span.start));
    NodeValue::Table(entries)
}

fn node_from_json(value: &serde_json::Value) -> Node {
    use serde_json::Value;
    let node_value = match value {
        Value::String(text) => NodeValue::String(text.clone()),
        Value::Bool(flag) => NodeValue::Bool(*flag),
        Value::Number(_) => NodeValue::Other("a number"),
        Value::Null => NodeValue::Other("null"),
        Value::Array(items) => NodeValue::Array(items.iter().map(node_from_json).collect()),
        Value::Object(map) => NodeValue::Table(
            map.iter().map(|(key, value)| (Key { name: key.clone(), span: None }, node_from_json(value))).collect(),
        ),
    };
    Node { span: None, value: node_value }
}

/// Reads a project file. A syntax error is reported where the parser found it, and whatever
/// the parser recovered around it is still read.
pub fn read_toml(text: &str) -> (SettingsLayer, Vec<ConfigProblem>) {
    let (root, errors) = DeTable::parse_recoverable(text);
    let mut reader = Reader::default();
    for error in errors {
        let span = error.span().map(|range| ByteSpan::new(range.start.min(text.len()), range.end.min(text.len())));
        reader.problem(ProblemKind::Syntax, span, "", format!("TOML syntax error: {}", error.message()));
    }
    let root = Node { span: span_of(&root), value: table_from_toml(root.get_ref()) };
    reader.read_root(&root);
    reader.finish()
}

/// Reads editor settings (initializationOptions, or `settings` of didChangeConfiguration).
/// `null` is no settings; an object whose only key is `copydesk` is unwrapped, since some
/// clients send the whole section map.
pub fn read_json(value: &serde_json::Value) -> (SettingsLayer, Vec<ConfigProblem>) {
    let mut value = value;
    if let Some(object) = value.as_object()
        && object.len() == 1
        && let Some(inner) = object.get("copydesk")
    {
        value = inner;
    }
    let mut reader = Reader::default();
    if !value.is_null() {
        reader.read_root(&node_from_json(value));
    }
    reader.finish()
}

const NAME_KEYS: &[&str] = &["name", "aliases"];

#[derive(Default)]
struct Reader {
    layer: SettingsLayer,
    problems: Vec<ConfigProblem>,
}

impl Reader {
    fn finish(mut self) -> (SettingsLayer, Vec<ConfigProblem>) {
        self.problems.sort_by_key(|problem| problem.span.map_or(0, |span| span.start));
        (self.layer, self.problems)
    }

    fn problem(&mut self, kind: ProblemKind, span: Option<ByteSpan>, key: &str, message: String) {
        self.problems.push(ConfigProblem { kind, span, key: key.to_string(), message });
    }

    /// A key the schema does not know in `section` ("" for the root).
    fn unknown_key(&mut self, key: &Key, path: &str, section: &str) {
        self.unknown_key_of(key, path, &schema::names_in(section));
    }

    fn unknown_key_of(&mut self, key: &Key, path: &str, expected: &[&str]) {
        let suggestion = closest(&key.name, expected).map(|s| format!("did you mean `{s}`? ")).unwrap_or_default();
        self.problem(
            ProblemKind::UnknownKey,
            key.span,
            path,
            format!("unknown key `{}`; {suggestion}expected one of: {}", key.name, expected.join(", ")),
        );
    }

    fn wrong_type(&mut self, node: &Node, path: &str, expected: &str) {
        self.problem(
            ProblemKind::InvalidValue,
            node.span,
            path,
            format!("`{path}` must be {expected}, not {}", node.value.describe()),
        );
    }

    /// The entries of a table, or a problem.
    fn table<'n>(&mut self, node: &'n Node, path: &str) -> Option<&'n [(Key, Node)]> {
        match &node.value {
            NodeValue::Table(entries) => Some(entries),
            _ => {
                self.wrong_type(node, path, "a table");
                None
            }
        }
    }

    fn string<'n>(&mut self, node: &'n Node, path: &str) -> Option<&'n str> {
        match &node.value {
            NodeValue::String(text) => Some(text),
            _ => {
                self.wrong_type(node, path, "a string");
                None
            }
        }
    }

    /// The non-empty strings of an array; anything else in it is a problem.
    fn strings(&mut self, node: &Node, path: &str) -> Vec<String> {
        let NodeValue::Array(items) = &node.value else {
            self.wrong_type(node, path, "an array of strings");
            return Vec::new();
        };
        let mut strings = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{index}]");
            if let Some(text) = self.string(item, &item_path) {
                match text.trim() {
                    "" => self.problem(
                        ProblemKind::InvalidValue,
                        item.span,
                        &item_path,
                        format!("`{item_path}` is empty"),
                    ),
                    trimmed => strings.push(trimmed.to_string()),
                }
            }
        }
        strings
    }

    fn read_root(&mut self, root: &Node) {
        self.read_section(root, "");
    }

    /// A table of the schema ("" for the root): each entry is a key of `schema::KEYS`, a
    /// table of them, or unknown.
    fn read_section(&mut self, node: &Node, section: &str) {
        let Some(entries) = self.table(node, if section.is_empty() { "settings" } else { section }) else { return };
        for (key, value) in entries {
            let path = if section.is_empty() { key.name.clone() } else { format!("{section}.{}", key.name) };
            if let Some(known) = schema::KEYS.iter().find(|known| known.path == path && known.in_project_file()) {
                self.read_key(known, value);
            } else if path == "style.first_reference" {
                self.read_first_reference(key, value);
            } else if !schema::names_in(&path).is_empty() {
                self.read_section(value, &path);
            } else {
                self.unknown_key(key, &path, section);
            }
        }
    }

    /// One key's value, as its schema entry says to read it.
    fn read_key(&mut self, known: &schema::Key, value: &Node) {
        let path = known.path;
        match known.read {
            Reading::Levels => self.read_rules(value, path, ""),
            Reading::Names => self.read_names(value),
            Reading::Strings(field) => {
                let strings = self.strings(value, path);
                field(&mut self.layer).extend(strings);
            }
            Reading::Globs(field) => {
                let patterns = self.globs(value, path);
                field(&mut self.layer).extend(patterns);
            }
            Reading::StringTable(field) => {
                let Some(entries) = self.table(value, path) else { return };
                let mut table = BTreeMap::new();
                for (phrase, plain) in entries {
                    let entry_path = format!("{path}.{}", phrase.name);
                    let Some(plain) = self.string(plain, &entry_path) else { continue };
                    if phrase.name.trim().is_empty() || plain.trim().is_empty() {
                        self.problem(
                            ProblemKind::InvalidValue,
                            phrase.span,
                            &entry_path,
                            "a tortured phrase and its plain wording must both be non-empty".to_string(),
                        );
                        continue;
                    }
                    table.insert(phrase.name.trim().to_string(), plain.trim().to_string());
                }
                field(&mut self.layer).extend(table);
            }
            Reading::UsAbbreviation => self.read_us_abbreviation(value),
            Reading::Dialect => self.read_dialect(value),
            Reading::Date => self.read_date(value),
            Reading::Bool(field) => match value.value {
                NodeValue::Bool(flag) => *field(&mut self.layer) = Some(flag),
                _ => self.wrong_type(value, path, "true or false"),
            },
            Reading::ClientOnly => {}
        }
    }

    fn read_us_abbreviation(&mut self, value: &Node) {
        let Some(text) = self.string(value, "style.us_abbreviation") else { return };
        match text.trim() {
            // The editor sends "" for "follow the draft": the same as not set.
            "" => {}
            form if schema::US_ABBREVIATIONS.contains(&form) => self.layer.us_abbreviation = Some(form.to_string()),
            other => self.problem(
                ProblemKind::InvalidValue,
                value.span,
                "style.us_abbreviation",
                format!("`style.us_abbreviation` is `{other}`; use \"U.S.\", \"US\", or \"\" to follow the draft"),
            ),
        }
    }

    fn read_dialect(&mut self, value: &Node) {
        let Some(text) = self.string(value, "spelling.dialect") else { return };
        match Dialect::parse(text) {
            Some(dialect) => self.layer.dialect = Some(dialect),
            // The editor sends "" for "either": the same as not set.
            None if text.trim().is_empty() => {}
            None => self.problem(
                ProblemKind::InvalidValue,
                value.span,
                "spelling.dialect",
                format!("`spelling.dialect` is `{}`; use \"en-US\" or \"en-GB\"", text.trim()),
            ),
        }
    }

    fn read_date(&mut self, value: &Node) {
        let Some(text) = self.string(value, "fact.date") else { return };
        match crate::rules::fact::weekday::parse_iso_date(text) {
            Some(_) => self.layer.date = Some(text.trim().to_string()),
            // The editor sends "" for "unset".
            None if text.trim().is_empty() => {}
            None => self.problem(
                ProblemKind::InvalidValue,
                value.span,
                "fact.date",
                format!("`fact.date` is `{}`; write a date as \"YYYY-MM-DD\"", text.trim()),
            ),
        }
    }

    /// An array of globs; an invalid one is reported and left out.
    fn globs(&mut self, value: &Node, key: &str) -> Vec<String> {
        let mut valid = Vec::new();
        for pattern in self.strings(value, key) {
            match globset::Glob::new(&pattern) {
                Ok(_) => valid.push(pattern),
                Err(error) => self.problem(
                    ProblemKind::InvalidValue,
                    value.span,
                    key,
                    format!("`{pattern}` is not a valid glob: {}", error.kind()),
                ),
            }
        }
        valid
    }

    /// `[rules]`: code or family -> level. An unquoted dotted key (`garbled.repeated-word =
    /// "off"`) arrives as nested tables; `prefix` puts the code back together.
    fn read_rules(&mut self, node: &Node, path: &str, prefix: &str) {
        let Some(entries) = self.table(node, path) else { return };
        for (key, value) in entries {
            let code =
                if prefix.is_empty() { key.name.trim().to_string() } else { format!("{prefix}.{}", key.name.trim()) };
            let entry_path = format!("rules.{code}");
            if let NodeValue::Table(_) = value.value {
                self.read_rules(value, &entry_path, &code);
                continue;
            }
            if !is_rule_or_family(&code) {
                let mut known: Vec<&str> = RULES.iter().map(|rule| rule.family().as_str()).collect();
                known.dedup();
                let all: Vec<&str> = known.iter().copied().chain(RULES.iter().map(|rule| rule.code())).collect();
                let suggestion = closest(&code, &all).map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default();
                self.problem(
                    ProblemKind::UnknownKey,
                    key.span,
                    &entry_path,
                    format!("no rule or family is called `{code}`{suggestion}; `copydesk rules` lists them"),
                );
                continue;
            }
            let level = match &value.value {
                NodeValue::String(text) => Level::parse(text),
                NodeValue::Bool(flag) => Some(if *flag { Level::On } else { Level::Off }),
                _ => None,
            };
            let Some(level) = level else {
                let shown = match &value.value {
                    NodeValue::String(text) => format!("`{text}`"),
                    other => other.describe().to_string(),
                };
                self.problem(
                    ProblemKind::InvalidValue,
                    value.span,
                    &entry_path,
                    format!("`{code}` is set to {shown}; use one of: {}", Level::WORDS.join(", ")),
                );
                continue;
            };
            self.layer.rules.insert(code, level);
        }
    }

    fn read_names(&mut self, node: &Node) {
        let NodeValue::Array(items) = &node.value else {
            self.wrong_type(node, "names", "an array of names");
            return;
        };
        for (index, item) in items.iter().enumerate() {
            let path = format!("names[{index}]");
            match &item.value {
                NodeValue::String(name) if !name.trim().is_empty() => {
                    self.layer.names.push(KnownName::Plain(name.trim().to_string()))
                }
                NodeValue::Table(entries) => {
                    let mut name = None;
                    let mut aliases = Vec::new();
                    for (key, value) in entries {
                        match key.name.as_str() {
                            "name" => {
                                name =
                                    self.string(value, &format!("{path}.name")).map(str::trim).filter(|n| !n.is_empty())
                            }
                            "aliases" => aliases = self.strings(value, &format!("{path}.aliases")),
                            _ => self.unknown_key_of(key, &format!("{path}.{}", key.name), NAME_KEYS),
                        }
                    }
                    match name {
                        Some(name) => self.layer.names.push(KnownName::WithAliases { name: name.to_string(), aliases }),
                        None => self.problem(
                            ProblemKind::InvalidValue,
                            item.span,
                            &path,
                            format!("`{path}` needs a non-empty `name`: {{ name = \"Lula\", aliases = [\"Luiz Inácio Lula da Silva\"] }}"),
                        ),
                    }
                }
                _ => self.wrong_type(item, &path, "a non-empty name or { name = \"...\", aliases = [...] }"),
            }
        }
    }

    /// The old switch for `name.first-reference`: still obeyed, as that rule's level, unless
    /// `[rules]` sets the rule itself.
    fn read_first_reference(&mut self, key: &Key, value: &Node) {
        let NodeValue::Bool(flag) = value.value else {
            return self.wrong_type(value, "style.first_reference", "true or false");
        };
        let code = RuleId::NameFirstReference.as_str();
        self.layer.rules.entry(code.to_string()).or_insert(if flag { Level::On } else { Level::Off });
        let replacement = if flag { "on" } else { "off" };
        self.problem(
            ProblemKind::UnknownKey,
            key.span,
            "style.first_reference",
            format!("`style.first_reference` is deprecated; write `\"{code}\" = \"{replacement}\"` under [rules]"),
        );
    }
}

/// The expected word closest to a mistyped one, if it is close enough to be the intent.
fn closest<'a>(typed: &str, expected: &[&'a str]) -> Option<&'a str> {
    expected
        .iter()
        .map(|candidate| (strsim::damerau_levenshtein(typed, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 4) && *distance > 0)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::Severity;

    fn problem_at<'t>(text: &'t str, problem: &ConfigProblem) -> &'t str {
        problem.span.expect("span").slice(text)
    }

    #[test]
    fn a_full_file_reads_every_key() {
        let text = r#"
ignore = ["archive/**"]
names = ["Xi Jinping", { name = "Lula", aliases = ["Luiz Inácio Lula da Silva"] }]
words = ["geocoding", "Kubernetes"]

[rules]
"garbled.tortured-phrase" = "off"
garbled = "info"

[style]
us_abbreviation = "U.S."

[phrases]
extra = { "bosom malignancy" = "breast cancer" }
allow = ["big data"]

[spelling]
dialect = "en-GB"
"#;
        let (layer, problems) = read_toml(text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(layer.words, ["geocoding", "Kubernetes"]);
        assert_eq!(layer.dialect, Some(Dialect::EnGb));
        assert_eq!(layer.rules.get("garbled.tortured-phrase"), Some(&Level::Off));
        assert_eq!(layer.rules.get("garbled"), Some(&Level::At(Severity::Info)));
        assert_eq!(layer.names.len(), 2);
        assert_eq!(layer.names[1].aliases(), ["Luiz Inácio Lula da Silva"]);
        assert_eq!(layer.us_abbreviation.as_deref(), Some("U.S."));
        assert_eq!(layer.phrases_extra.get("bosom malignancy").map(String::as_str), Some("breast cancer"));
        assert_eq!(layer.phrases_allow, ["big data"]);
        assert_eq!(layer.ignore, ["archive/**"]);
    }

    #[test]
    fn an_unknown_key_is_reported_at_the_key_and_the_rest_still_applies() {
        let text = "namez = [\"Xi\"]\n[rules]\ngarbled = \"loud\"\n\"garbled.repeated-word\" = \"off\"\n[style]\nus_abreviation = \"US\"\n";
        let (layer, problems) = read_toml(text);
        let found: Vec<(&str, ProblemKind)> = problems.iter().map(|p| (problem_at(text, p), p.kind)).collect();
        assert_eq!(
            found,
            [
                ("namez", ProblemKind::UnknownKey),
                ("\"loud\"", ProblemKind::InvalidValue),
                ("us_abreviation", ProblemKind::UnknownKey)
            ]
        );
        assert!(problems[0].message.contains("did you mean `names`"), "{}", problems[0].message);
        assert!(problems[2].message.contains("did you mean `us_abbreviation`"), "{}", problems[2].message);
        assert_eq!(layer.rules.get("garbled.repeated-word"), Some(&Level::Off));
        assert!(!layer.rules.contains_key("garbled"));
    }

    #[test]
    fn unquoted_dotted_rule_codes_are_put_back_together_and_unknown_codes_reported() {
        let text = "[rules]\ngarbled.repeated-word = \"error\"\ngarbled.repeated-wrd = \"off\"\n";
        let (layer, problems) = read_toml(text);
        assert_eq!(layer.rules.get("garbled.repeated-word"), Some(&Level::At(Severity::Error)));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problem_at(text, &problems[0]), "repeated-wrd");
        assert!(problems[0].message.contains("did you mean `garbled.repeated-word`"), "{}", problems[0].message);
    }

    #[test]
    fn on_means_the_rule_default_and_clears_a_family_override() {
        let (layer, problems) = read_toml("[rules]\ngarbled = \"on\"\n\"garbled.repeated-word\" = true\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(layer.rules.get("garbled"), Some(&Level::On));
        assert_eq!(layer.rules.get("garbled.repeated-word"), Some(&Level::On));
    }

    #[test]
    fn the_old_first_reference_switch_still_works_as_the_rules_level_and_says_so() {
        let text = "[style]\nfirst_reference = false\n";
        let (layer, problems) = read_toml(text);
        assert_eq!(layer.rules.get("name.first-reference"), Some(&Level::Off));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problem_at(text, &problems[0]), "first_reference");
        assert_eq!(
            problems[0].message,
            "`style.first_reference` is deprecated; write `\"name.first-reference\" = \"off\"` under [rules]"
        );
        let text = "[rules]\n\"name.first-reference\" = \"hint\"\n[style]\nfirst_reference = false\n";
        let (layer, _) = read_toml(text);
        assert_eq!(layer.rules.get("name.first-reference"), Some(&Level::At(Severity::Hint)), "[rules] wins");
    }

    #[test]
    fn a_syntax_error_is_located_and_keys_before_it_still_apply() {
        let text = "names = [\"Xi Jinping\"]\n[style\nfirst_reference = false\n";
        let (layer, problems) = read_toml(text);
        assert_eq!(layer.names.len(), 1);
        assert!(
            problems.iter().any(|p| p.kind == ProblemKind::Syntax && p.span.is_some_and(|s| s.start >= 23)),
            "{problems:?}"
        );
    }

    #[test]
    fn bad_values_in_lists_drop_only_themselves() {
        let text = "names = [\"Xi\", 3, \"\", { aliases = [\"x\"] }, { name = \"Lula\", alias = [] }]\nignore = [\"a/[\", \"b/**\"]\nstyle = { us_abbreviation = \"USA\" }\n";
        let (layer, problems) = read_toml(text);
        let names: Vec<&str> = layer.names.iter().map(KnownName::name).collect();
        assert_eq!(names, ["Xi", "Lula"]);
        assert_eq!(layer.ignore, ["b/**"]);
        assert_eq!(layer.us_abbreviation, None);
        let located: Vec<&str> = problems.iter().map(|p| problem_at(text, p)).collect();
        assert_eq!(located, ["3", "\"\"", "{ aliases = [\"x\"] }", "alias", "[\"a/[\", \"b/**\"]", "\"USA\""]);
    }

    #[test]
    fn editor_json_reads_the_same_keys_and_treats_empty_abbreviation_as_unset() {
        let value = serde_json::json!({
            "rules": { "garbled.tortured-phrase": "off" },
            "names": ["Joe Biden", { "name": "Lula", "aliases": [] }],
            "style": { "us_abbreviation": "" },
            "phrases": { "extra": {}, "allow": [] },
            "colour": "red"
        });
        let (layer, problems) = read_json(&value);
        assert_eq!(layer.us_abbreviation, None);
        assert_eq!(layer.names.len(), 2);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].key, "colour");
        let (wrapped, _) = read_json(&serde_json::json!({ "copydesk": { "names": ["Xi"] } }));
        assert_eq!(wrapped.names.len(), 1);
        let (empty, problems) = read_json(&serde_json::Value::Null);
        assert_eq!(empty, SettingsLayer::default());
        assert!(problems.is_empty());
    }

    #[test]
    fn speaker_hints_are_a_boolean() {
        let (layer, problems) = read_toml("[hints]\nspeakers = false\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(layer.speaker_hints, Some(false));
        let text = "[hints]\nspeakers = \"no\"\n";
        let (layer, problems) = read_toml(text);
        assert_eq!(layer.speaker_hints, None);
        assert_eq!(problem_at(text, &problems[0]), "\"no\"");
        let (layer, _) = read_json(&serde_json::json!({ "hints": { "speakers": false } }));
        assert!(!SettingsLayer::resolve(&layer, None).hints.speakers);
        assert!(SettingsLayer::resolve(&SettingsLayer::default(), None).hints.speakers, "on by default");
    }

    #[test]
    fn a_dialect_that_is_not_offered_is_reported_at_the_value() {
        let text = "[spelling]\ndialect = \"en-AU\"\n";
        let (layer, problems) = read_toml(text);
        assert_eq!(layer.dialect, None);
        assert_eq!(problems.len(), 1);
        assert_eq!(problem_at(text, &problems[0]), "\"en-AU\"");
        assert!(problems[0].message.contains("use \"en-US\" or \"en-GB\""), "{}", problems[0].message);
        let (layer, problems) = read_json(&serde_json::json!({ "spelling": { "dialect": "en_gb" }, "words": ["Xi"] }));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!((layer.dialect, layer.words), (Some(Dialect::EnGb), vec!["Xi".to_string()]));
    }

    #[test]
    fn odd_input_never_panics() {
        for text in
            ["", "=", "[", "[[names]]\nname = 1", "rules = 3", "a = \"\u{0}\"", "names = [[[]]]", "\u{feff}names = []"]
        {
            let _ = read_toml(text);
        }
        for value in [serde_json::json!(3), serde_json::json!([]), serde_json::json!({ "rules": [] })] {
            let (_, problems) = read_json(&value);
            assert!(!problems.is_empty());
        }
    }
}
