//! Benchmark inputs: the repository's own fixture drafts, repeated to a word count.
//!
//! Shared by the criterion benches and tests/it/scaling.rs (included with `#[path]`), so
//! the scaling test measures the same kind of text the benches report.

// Each includer uses a subset of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use copydesk::text::Language;

/// The fixture drafts of one language, concatenated as paragraphs: one repeatable unit.
pub fn fixture_unit(repository_root: &Path, language: Language) -> String {
    let mut paths = Vec::new();
    collect_drafts(&repository_root.join("fixtures"), &mut paths);
    paths.sort();
    let wanted: &[&str] = match language {
        // Plain text is valid Markdown, so the Markdown unit reads every draft.
        Language::Markdown => &["md", "txt"],
        Language::PlainText => &["txt"],
    };
    let mut unit = String::new();
    for path in paths {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !wanted.contains(&extension) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        // Front matter is valid only at the top of a document: drop it from repeated units.
        let text = strip_front_matter(&text);
        unit.push_str(text.trim_end());
        unit.push_str("\n\n");
    }
    unit
}

fn strip_front_matter(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---\n")
    {
        return &rest[end + 5..];
    }
    text
}

fn collect_drafts(directory: &Path, paths: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(directory) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_drafts(&path, paths);
        } else if path.extension().is_some_and(|e| e == "md" || e == "txt")
            && !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with(char::is_uppercase))
        {
            // Upper-case names (PROVENANCE.md, README.md) are notes about fixtures, not drafts.
            paths.push(path);
        }
    }
}

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// `unit` repeated until the text holds at least `words` whitespace-separated words.
pub fn repeat_to_words(unit: &str, words: usize) -> String {
    let unit_words = word_count(unit).max(1);
    let copies = words.div_ceil(unit_words).max(1);
    unit.repeat(copies)
}

/// A draft of about `words` words in `language`, built from the fixtures.
pub fn draft_of_words(repository_root: &Path, language: Language, words: usize) -> String {
    repeat_to_words(&fixture_unit(repository_root, language), words)
}
