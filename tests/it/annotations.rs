//! Annotated rule fixtures: what a user sees, asserted in full for every rule.
//!
//! Each rule `family.name` has a draft at `tests/rules/<family>/<name>.md` (or `.txt`).
//! Below a draft line, each finding that starts on it is written out in full:
//!
//! ```text
//! The council met on Tuesday. the mayor said the budget was balanced.
//!                           ^^^^^^ warning garbled.sentence-break: <message>
//!                           => fix "<title>": The council met on Tuesday the mayor said ...
//! ```
//!
//! - `^` lines: carets under the flagged characters (characters, not bytes), then severity,
//!   code and the whole message. A span that runs onto later lines is marked from its
//!   start to the end of its first line and says where it ends:
//!   `^^^^ (to line +2, column 14) ...`, the line counted in draft lines below and the column
//!   in characters before the end. An empty span is one caret and `(empty)`.
//! - `=>` lines: one per fix, its title and the draft lines it changes, as they read after
//!   the fix (several lines go on the `=>` lines below it; `(no change)` and
//!   `(lines removed)` say so).
//! - `//` lines: notes for the reader (which cases fire, which must stay quiet).
//!
//! Lines that start (after spaces) with `^`, `=>` or `//` are stripped before the draft is
//! checked, with default settings. The test renders the findings back into the fixture and
//! compares the whole text. `UPDATE_ANNOTATIONS=1 cargo test --test it annotations`
//! rewrites every fixture's annotations (and the README rules table) from the current
//! output; review the diff.

use std::path::{Path, PathBuf};

use copydesk::engine::check_draft;
use copydesk::rules::{Finding, RULES};
use copydesk::settings::Settings;
use copydesk::text::Language;

use crate::support::repository_root;

const BLESS_VARIABLE: &str = "UPDATE_ANNOTATIONS";

fn blessing() -> bool {
    std::env::var_os(BLESS_VARIABLE).is_some()
}

/// Writes beside `path` and renames, so that a test reading it meanwhile sees either version.
fn write_whole(path: &Path, text: &str) {
    let partial = path.with_extension("blessing");
    std::fs::write(&partial, text).and_then(|()| std::fs::rename(&partial, path)).expect("rewrite while blessing");
}

fn fixtures_root() -> PathBuf {
    repository_root().join("tests/rules")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Draft,
    Annotation,
    Note,
}

fn line_kind(line: &str) -> LineKind {
    let trimmed = line.trim_start_matches(' ');
    if trimmed.starts_with("//") {
        LineKind::Note
    } else if trimmed.starts_with('^') || trimmed.starts_with("=>") {
        LineKind::Annotation
    } else {
        LineKind::Draft
    }
}

/// A fixture read apart: the draft, and the notes that stand before each draft line
/// (index `lines`, one past the last, holds the notes at the end).
struct Fixture {
    draft: String,
    notes_before: Vec<Vec<String>>,
}

impl Fixture {
    fn parse(text: &str) -> Fixture {
        let mut draft = String::new();
        let mut notes_before = vec![Vec::new()];
        for line in text.split_inclusive('\n') {
            match line_kind(line) {
                LineKind::Draft => {
                    draft.push_str(line);
                    notes_before.push(Vec::new());
                }
                LineKind::Note => notes_before.last_mut().expect("one entry").push(line.to_string()),
                LineKind::Annotation => {}
            }
        }
        Fixture { draft, notes_before }
    }
}

/// One draft line: where it starts and its text without the line break.
struct DraftLine<'a> {
    start: usize,
    text: &'a str,
}

fn draft_lines(draft: &str) -> Vec<DraftLine<'_>> {
    let mut start = 0;
    let mut lines = Vec::new();
    for line in draft.split_inclusive('\n') {
        lines.push(DraftLine { start, text: line.trim_end_matches('\n') });
        start += line.len();
    }
    lines
}

/// The index of the line holding byte `offset` (the last line for the end of the draft).
fn line_of(lines: &[DraftLine], offset: usize) -> usize {
    lines.partition_point(|line| line.start <= offset).saturating_sub(1)
}

fn columns(draft: &str, from: usize, to: usize) -> usize {
    draft.get(from..to).map_or(0, |text| text.chars().count())
}

/// The `^` line for a finding that starts on line `index`.
fn caret_line(draft: &str, lines: &[DraftLine], index: usize, finding: &Finding) -> String {
    let line = &lines[index];
    let (start, end) = (finding.span.start, finding.span.end);
    let indent = columns(draft, line.start, start);
    let last_line = if end > start { line_of(lines, end - 1) } else { index };
    let (carets, extent) = if end == start {
        (1, "(empty) ".to_string())
    } else if last_line == index {
        (columns(draft, start, end), String::new())
    } else {
        let to_line_end = columns(draft, start, line.start + line.text.len()).max(1);
        let column = columns(draft, lines[last_line].start, end);
        (to_line_end, format!("(to line +{}, column {column}) ", last_line - index))
    };
    format!(
        "{}{} {extent}{} {}: {}",
        " ".repeat(indent),
        "^".repeat(carets),
        finding.severity.as_str(),
        finding.code,
        finding.message.replace('\n', "⏎")
    )
}

/// The draft lines a change touched, as they read after it.
fn changed_lines<'a>(before: &str, after: &'a str) -> Vec<&'a str> {
    let old: Vec<&str> = before.split('\n').collect();
    let new: Vec<&str> = after.split('\n').collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old.iter().rev().zip(new.iter().rev()).take(room).take_while(|(a, b)| a == b).count();
    new[prefix..new.len() - suffix].to_vec()
}

/// The `=>` lines of a finding: each fix and the lines it leaves.
fn fix_lines(draft: &str, indent: usize, finding: &Finding) -> Vec<String> {
    let pad = " ".repeat(indent);
    let mut rendered = Vec::new();
    for fix in &finding.fixes {
        let fixed = fix.apply(draft);
        let head = format!("{pad}=> fix \"{}\":", fix.title);
        match changed_lines(draft, &fixed).as_slice() {
            [] if fixed == draft => rendered.push(format!("{head} (no change)")),
            [] => rendered.push(format!("{head} (lines removed)")),
            [line] => rendered.push(format!("{head} {line}")),
            several => {
                rendered.push(head);
                rendered.extend(several.iter().map(|line| format!("{pad}=>   {line}")));
            }
        }
    }
    rendered
}

/// The fixture as it should read: notes, draft lines and, below each, its findings.
fn render(fixture: &Fixture, findings: &[Finding]) -> String {
    let draft = fixture.draft.as_str();
    let lines = draft_lines(draft);
    let mut annotations: Vec<Vec<String>> = vec![Vec::new(); lines.len().max(1)];
    for finding in findings {
        let index = line_of(&lines, finding.span.start);
        let indent = columns(draft, lines.get(index).map_or(0, |line| line.start), finding.span.start);
        let below = &mut annotations[index];
        if lines.is_empty() {
            below.push(format!("^ {}: {}", finding.code, finding.message));
            continue;
        }
        below.push(caret_line(draft, &lines, index, finding));
        below.extend(fix_lines(draft, indent, finding));
    }
    let mut rendered = String::new();
    for (index, line) in lines.iter().enumerate() {
        rendered.extend(fixture.notes_before[index].iter().map(String::as_str));
        rendered.push_str(line.text);
        rendered.push('\n');
        for annotation in &annotations[index] {
            rendered.push_str(annotation);
            rendered.push('\n');
        }
    }
    rendered.extend(fixture.notes_before[lines.len()].iter().map(String::as_str));
    if lines.is_empty() {
        // Nothing can be flagged in an empty draft; if something is, show it rather than drop it.
        rendered.extend(annotations[0].iter().map(|annotation| format!("{annotation}\n")));
    }
    rendered
}

/// A line diff (longest common subsequence) with two lines of context around changes.
fn line_diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let mut common = vec![vec![0usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] =
                if old[i] == new[j] { common[i + 1][j + 1] + 1 } else { common[i + 1][j].max(common[i][j + 1]) };
        }
    }
    let mut rows: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            rows.push((' ', old[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < old.len() && (j == new.len() || common[i + 1][j] >= common[i][j + 1]) {
            rows.push(('-', old[i]));
            i += 1;
        } else {
            rows.push(('+', new[j]));
            j += 1;
        }
    }
    let near_change = |at: usize| rows[at.saturating_sub(2)..(at + 3).min(rows.len())].iter().any(|(m, _)| *m != ' ');
    let mut diff = String::new();
    for (at, (mark, text)) in rows.iter().enumerate() {
        if near_change(at) {
            diff.push_str(&format!("{mark} {text}\n"));
        } else if at > 0 && near_change(at - 1) {
            diff.push_str("  ...\n");
        }
    }
    diff
}

fn sorted_entries(directory: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(directory) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    paths.sort();
    paths
}

/// Everything at `tests/rules/<family>/<entry>`: fixtures, and anything misplaced there.
fn family_entries() -> Vec<PathBuf> {
    sorted_entries(&fixtures_root()).iter().flat_map(|family| sorted_entries(family)).collect()
}

fn is_fixture(path: &Path) -> bool {
    path.is_file() && matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "txt"))
}

fn all_fixtures() -> Vec<PathBuf> {
    family_entries().into_iter().filter(|path| is_fixture(path)).collect()
}

fn checked_fixture(path: &Path) -> (String, Fixture, Vec<Finding>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let fixture = Fixture::parse(&text);
    let findings = check_draft(&fixture.draft, Language::from_path(path), &Settings::default()).findings;
    (text, fixture, findings)
}

#[test]
fn every_fixture_matches_its_annotations() {
    let paths = all_fixtures();
    assert!(!paths.is_empty(), "no annotated fixtures under {}", fixtures_root().display());
    let mut mismatches = Vec::new();
    for path in paths {
        let (text, fixture, findings) = checked_fixture(&path);
        let rendered = render(&fixture, &findings);
        if rendered == text {
            continue;
        }
        if blessing() {
            write_whole(&path, &rendered);
        } else {
            let name = path.strip_prefix(repository_root()).unwrap_or(&path).display().to_string();
            mismatches.push(format!("{name} (- fixture, + actual):\n{}", line_diff(&text, &rendered)));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} fixture(s) differ from what copydesk reports ({BLESS_VARIABLE}=1 cargo test --test it annotations rewrites them):\n\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

/// Whether a paragraph (lines between blank lines) of the draft has words and no finding of `code`.
fn has_quiet_paragraph(draft: &str, findings: &[Finding], code: &str) -> bool {
    let mut start = 0;
    for paragraph in draft.split("\n\n") {
        let end = start + paragraph.len();
        let flagged = findings.iter().any(|f| f.code.as_str() == code && f.span.start < end && f.span.end > start);
        if !flagged && paragraph.chars().filter(|c| c.is_alphabetic()).count() > 20 {
            return true;
        }
        start = end + 2;
    }
    false
}

#[test]
fn every_rule_has_a_fixture_where_it_fires_and_one_where_it_stays_quiet() {
    let mut problems = Vec::new();
    for rule in RULES {
        let (family, name) = rule.code().split_once('.').expect("family.name");
        let candidates =
            ["md", "txt"].map(|extension| fixtures_root().join(family).join(format!("{name}.{extension}")));
        let Some(path) = candidates.iter().find(|path| path.is_file()) else {
            problems.push(format!("{}: no fixture at tests/rules/{family}/{name}.md or .txt", rule.code()));
            continue;
        };
        let (_, fixture, findings) = checked_fixture(path);
        if !findings.iter().any(|finding| finding.code == rule.id) {
            problems.push(format!("{}: its fixture has no case where it fires", rule.code()));
        }
        if !has_quiet_paragraph(&fixture.draft, &findings, rule.code()) {
            problems.push(format!("{}: its fixture has no paragraph where it must stay quiet", rule.code()));
        }
    }
    for path in family_entries() {
        let relative = path.strip_prefix(fixtures_root()).unwrap_or(&path).with_extension("");
        let code = relative.to_string_lossy().replace(std::path::MAIN_SEPARATOR, ".");
        if !is_fixture(&path) || copydesk::rules::rule_by_code(&code).is_none() {
            problems.push(format!("{}: not a .md or .txt fixture named after a registry rule", path.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn multi_byte_characters_and_multi_line_spans_render_as_documented() {
    use copydesk::rules::{Fix, RuleId, Severity};
    use copydesk::text::ByteSpan;
    let draft = "Zoë’s café «x»\nsecond line\nthird\n";
    let finding = |start: usize, end: usize| Finding {
        severity: Severity::Warning,
        ..Finding::of(RuleId::GarbledPunctuation, ByteSpan::new(start, end), "m")
    };
    let cafe = draft.find("café").unwrap();
    let one_line = finding(cafe, cafe + "café".len()).with_fix(Fix::replace(
        "Plain",
        ByteSpan::new(cafe, cafe + "café".len()),
        "cafe",
    ));
    let second = draft.find("line").unwrap();
    let across = finding(second, draft.find("ird").unwrap());
    let fixture = Fixture::parse(draft);
    let rendered = render(&fixture, &[one_line, across]);
    let expected = "Zoë’s café «x»\n      ^^^^ warning garbled.punctuation: m\n      => fix \"Plain\": Zoë’s cafe «x»\n\
                    second line\n       ^^^^ (to line +1, column 2) warning garbled.punctuation: m\nthird\n";
    assert_eq!(rendered, expected);
    assert_eq!(Fixture::parse(&rendered).draft, draft, "annotations are stripped again");
}

/// The README's rules table, as the registry says it should read.
fn rules_table() -> String {
    let mut table = String::from("| code | default | what |\n|---|---|---|\n");
    for rule in RULES {
        let summary = rule.summary.replace('|', "\\|");
        table.push_str(&format!("| `{}` | {} | {summary} |\n", rule.code(), rule.default_severity.as_str()));
    }
    table
}

/// The byte range of the first table in the README's "Rules" section.
fn readme_rules_table(readme: &str) -> Option<std::ops::Range<usize>> {
    let section = readme.find("\n## Rules\n")? + 1;
    let mut start = None;
    let mut offset = section;
    for line in readme[section..].split_inclusive('\n') {
        if line.starts_with("## ") && offset > section {
            break;
        }
        match (line.starts_with('|'), start) {
            (true, None) => start = Some(offset),
            (false, Some(start)) => return Some(start..offset),
            _ => {}
        }
        offset += line.len();
    }
    start.map(|start| start..offset)
}

#[test]
fn the_readme_rules_table_lists_the_registry() {
    let path = repository_root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let range = readme_rules_table(&readme).expect("README.md has a table under \"## Rules\"");
    let expected = rules_table();
    if readme[range.clone()] == expected {
        return;
    }
    if blessing() {
        let mut updated = readme.clone();
        updated.replace_range(range, &expected);
        write_whole(&path, &updated);
        return;
    }
    panic!(
        "README.md's rules table differs from the registry (- README, + registry; {BLESS_VARIABLE}=1 cargo test --test it annotations rewrites it):\n{}",
        line_diff(&readme[range], &expected)
    );
}

/// docs/rules.md, as the registry says it should read: every rule's documentation under an
/// anchor named after its code, which editors link each diagnostic to.
fn rules_doc() -> String {
    let mut doc = String::from(
        "# Rules\n\n\
         Every rule copydesk reports, with the documentation `copydesk rules` prints and the editor's\n\
         hover shows. Generated from the registry (`src/rules/registry.rs`) by\n\
         `UPDATE_ANNOTATIONS=1 cargo test --test it annotations`: edit the rules, not this file.\n\n\
         ## Links to a rule\n\n\
         Each rule below has an anchor named after its code, and a code is never renamed or reused,\n\
         so a link to a rule stays good: `docs/rules.md#<code>`, e.g. `docs/rules.md#garbled.repeated-word`.\n\
         The language server links every diagnostic to its rule this way (LSP `codeDescription`), at\n\
         the repository's address (`DOCS_BASE` in `src/rules/mod.rs`):\n\
         `https://github.com/copydesk/copydesk/blob/main/docs/rules.md#<code>`. Problems in a project\n\
         file (`config.*`) link to \"Mistakes in settings\" in [configuration.md](configuration.md).\n",
    );
    for rule in RULES {
        let copydesk::rules::RuleDoc { what, why, example, fix } = &rule.doc;
        doc.push_str(&format!(
            "\n<a id=\"{code}\"></a>\n\n## `{code}`\n\n{summary} Default: {severity}.\n\n**What it does.** {what}\n\n**Why it matters.** {why}\n\n**Example.** {example}\n\n**Fix.** {fix}\n",
            code = rule.code(),
            summary = rule.summary,
            severity = rule.default_severity.as_str(),
        ));
    }
    doc
}

#[test]
fn the_rules_doc_is_the_registry() {
    let path = repository_root().join("docs/rules.md");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    let expected = rules_doc();
    if current == expected {
        return;
    }
    if blessing() {
        write_whole(&path, &expected);
        return;
    }
    panic!(
        "docs/rules.md differs from the registry (- docs, + registry; {BLESS_VARIABLE}=1 cargo test --test it annotations rewrites it):\n{}",
        line_diff(&current, &expected)
    );
}

/// Every rule's documentation link leads to its section of docs/rules.md.
#[test]
fn every_rule_links_to_its_section_of_the_rules_doc() {
    let doc = rules_doc();
    for rule in RULES {
        let url = rule.doc_url();
        let anchor = url.strip_prefix(&format!("{}rules.md#", copydesk::rules::DOCS_BASE)).expect("a rules.md link");
        assert!(doc.contains(&format!("<a id=\"{anchor}\"></a>")), "{url}");
    }
    let config = copydesk::rules::doc_url(copydesk::rules::RuleId::ConfigSyntax);
    let configuration = std::fs::read_to_string(repository_root().join("docs/configuration.md")).unwrap();
    assert!(
        config.ends_with("configuration.md#mistakes-in-settings")
            && configuration.contains("\n## Mistakes in settings\n")
    );
}
