//! Fixtures: drafts under fixtures/, each with its expected findings in a `.expected` file
//! beside it (one line per finding: `line:column severity code «covered text»`).
//! Run with UPDATE_EXPECT=1 to rewrite the expectations, then review the diff.

use std::path::{Path, PathBuf};

use copydesk::engine::check_draft;
use copydesk::settings::Settings;
use copydesk::text::Language;
use copydesk::text::lines::LineIndex;

use crate::support::{repository_root, required_seed};

fn drafts(directory: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(directory) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            drafts(&path, found);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "txt")) {
            found.push(path);
        }
    }
}

/// The findings of a draft, rendered one per line.
pub fn render_findings(draft: &str, language: Language) -> String {
    let checked = check_draft(draft, language, &Settings::default());
    let lines = LineIndex::new(draft);
    let mut rendered = String::new();
    for finding in &checked.findings {
        let (line, column) = lines.line_column(draft, finding.span.start);
        let covered = finding.span.slice(draft).replace('\n', "⏎");
        rendered.push_str(&format!("{line}:{column} {} {} «{covered}»\n", finding.severity.as_str(), finding.code));
    }
    rendered
}

#[test]
fn every_fixture_matches_its_expected_findings() {
    let mut paths = Vec::new();
    drafts(&repository_root().join("fixtures"), &mut paths);
    assert!(!paths.is_empty(), "no fixtures");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut mismatches = Vec::new();
    for path in paths {
        let draft = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let actual = render_findings(&draft, Language::from_path(&path));
        let expected_path = path.with_extension(format!("{}.expected", path.extension().unwrap().to_string_lossy()));
        if update {
            std::fs::write(&expected_path, &actual).expect("write expectation");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            mismatches.push(format!("{}\n--- expected\n{expected}--- actual\n{actual}", path.display()));
        }
    }
    assert!(mismatches.is_empty(), "fixtures differ (UPDATE_EXPECT=1 rewrites):\n{}", mismatches.join("\n"));
}

/// The seed story: what must be flagged, and what must not.
#[test]
#[cfg_attr(copydesk_no_seed, ignore = "needs ../shared/seed (fails under CI=true)")]
fn the_seed_story_is_flagged_where_it_is_garbled_and_only_there() {
    let path = required_seed();
    let draft = std::fs::read_to_string(path).unwrap();
    let checked = check_draft(&draft, Language::PlainText, &Settings::default());
    let covered = |needle: &str| {
        let start = draft.find(needle).unwrap_or_else(|| panic!("{needle} not in seed"));
        let span = copydesk::text::ByteSpan::new(start, start + needle.len());
        checked
            .findings
            .iter()
            .filter(move |f| f.span.overlaps(span))
            .map(|f| (f.code.as_str(), f.severity))
            .collect::<Vec<_>>()
    };
    for needle in [
        "ended. through",
        "leaders. from",
        "Affairs. foreigners",
        "conversations. .",
        "must and must",
        "Joe Bidens’",
        "90-minute header",
        "Telecom Marathon",
    ] {
        assert!(covered(needle).iter().any(|(code, _)| code.starts_with("garbled.")), "{needle} not flagged");
    }
    for needle in ["Barrick Gold Corp. and", "Group Inc. veteran", "Huawei Technologies Co. Washington"] {
        let warnings: Vec<_> =
            covered(needle).into_iter().filter(|(_, s)| *s >= copydesk::rules::Severity::Warning).collect();
        assert!(warnings.is_empty(), "{needle}: {warnings:?}");
    }
}
