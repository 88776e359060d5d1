//! Quick-fix safety: for every finding of every registered rule in fixtures/, the seed
//! story and ../shared/corpus, each fix edits only inside the finding's span, and
//! re-analysing the fixed text no longer reports that finding. A fix that mangles a
//! sentence is worse than none.

use std::path::{Path, PathBuf};

use copydesk::engine::check_draft;
use copydesk::rules::{Finding, Fix};
use copydesk::settings::Settings;
use copydesk::text::{ByteSpan, Language};

use crate::support::{repository_root, required_corpus, seed_story};

fn drafts_under(directory: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(directory) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            drafts_under(&path, found);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "txt")) {
            found.push(path);
        }
    }
}

/// What is wrong with one fix, if anything.
fn fix_problem(draft: &str, language: Language, finding: &Finding, fix: &Fix) -> Option<String> {
    let span = finding.span;
    if let Some(edit) = fix.edits.iter().find(|edit| edit.span.start < span.start || edit.span.end > span.end) {
        return Some(format!("edits {:?} outside the finding's span {span:?}", edit.span));
    }
    let fixed = fix.apply(draft);
    let grown = fixed.len() as isize - draft.len() as isize;
    let fixed_end = (span.end as isize + grown).max(span.start as isize) as usize;
    if !fixed.starts_with(&draft[..span.start]) || !fixed.ends_with(&draft[span.end..]) || fixed_end > fixed.len() {
        return Some("changed text outside the finding's span".to_string());
    }
    // The same problem, still there: a finding of the same rule on what the fix wrote.
    let fixed_region = ByteSpan::new(span.start, fixed_end);
    let after = check_draft(&fixed, language, &Settings::default());
    let remaining =
        after.findings.iter().find(|other| other.code == finding.code && other.span.overlaps(fixed_region))?;
    Some(format!(
        "still reported after the fix: «{}» became «{}», then {} «{}»",
        span.slice(draft),
        fixed_region.slice(&fixed),
        remaining.message,
        remaining.span.slice(&fixed)
    ))
}

fn check_drafts(paths: &[PathBuf], language_of: impl Fn(&Path) -> Language, problems: &mut Vec<String>) -> usize {
    let mut fixes_checked = 0;
    for path in paths {
        let Ok(draft) = std::fs::read_to_string(path) else { continue };
        let language = language_of(path);
        let checked = check_draft(&draft, language, &Settings::default());
        for finding in &checked.findings {
            for fix in &finding.fixes {
                fixes_checked += 1;
                if let Some(problem) = fix_problem(&draft, language, finding, fix) {
                    let name = path.file_name().unwrap_or_default().to_string_lossy();
                    problems.push(format!(
                        "{name}: {} «{}» fix {:?}: {problem}",
                        finding.code,
                        finding.span.slice(&draft),
                        fix.title
                    ));
                }
            }
        }
    }
    fixes_checked
}

#[test]
fn every_fix_in_the_fixtures_and_the_seed_story_is_safe_and_resolves_its_finding() {
    let mut paths = Vec::new();
    drafts_under(&repository_root().join("fixtures"), &mut paths);
    paths.extend(seed_story());
    let mut problems = Vec::new();
    let checked = check_drafts(&paths, Language::from_path, &mut problems);
    assert!(checked > 0, "no fixes in the fixtures: nothing was checked");
    assert!(problems.is_empty(), "{} unsafe fixes:\n{}", problems.len(), problems.join("\n"));
}

#[test]
#[cfg_attr(copydesk_no_corpus, ignore = "needs ../shared/corpus/wikinews-2019 (fails under CI=true)")]
fn every_fix_in_the_clean_corpus_is_safe_and_resolves_its_finding() {
    let articles = required_corpus();
    // The corpus articles are plain text whatever their extension.
    let mut all: Vec<PathBuf> =
        std::fs::read_dir(&articles).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    all.sort();
    let mut problems = Vec::new();
    let checked = check_drafts(&all, |_| Language::PlainText, &mut problems);
    println!("{checked} fixes checked in {} articles", all.len());
    assert!(problems.is_empty(), "{} unsafe fixes:\n{}", problems.len(), problems.join("\n"));
}
