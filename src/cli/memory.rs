//! The newsroom's memory on the command line: `copydesk check` with several drafts (or a
//! project file's `memory` globs) checks each against the others, and `copydesk cast`
//! with several drafts or a folder prints the merged cast. Only reads.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::parallel;
use super::project::ProjectFiles;
use crate::newsroom::scan::{self, MemoryGlobs};
use crate::newsroom::{MAX_POINTERS, Memory, StoryCast};
use crate::settings::Settings;
use crate::text::Language;

/// The key a file has in the memory: its canonical path, so one file reached by two
/// paths is one story.
pub fn key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| scan::normalize(path))
}

/// A memory path as the user wrote paths: relative to the current directory when inside
/// it.
pub fn shown(path: &Path) -> String {
    let current = std::env::current_dir().ok().and_then(|dir| std::fs::canonicalize(dir).ok());
    match current.as_deref().and_then(|current| path.strip_prefix(current).ok()) {
        Some(relative) => relative.display().to_string(),
        None => path.display().to_string(),
    }
}

/// The archive files the project files governing `drafts` name in `memory`.
fn archive_files(drafts: &[PathBuf], projects: &mut ProjectFiles) -> Vec<PathBuf> {
    let mut seen = std::collections::HashSet::new();
    let mut files = Vec::new();
    for draft in drafts {
        let Some(project) = projects.for_path(draft) else { continue };
        if project.layer.memory.is_empty() || !seen.insert(project.path.clone()) {
            continue;
        }
        let base = project.path.parent().unwrap_or(Path::new("."));
        let globs = MemoryGlobs::new(base, &project.layer.memory);
        let ignored = |_: &Path| false;
        files.extend(scan::story_files(&[], &globs, &ignored, &mut |path, reason| scan::log_skipped(path, reason)));
    }
    files
}

/// The memory of `drafts` and of the archives their project files name; `None` when there
/// is nothing to remember beyond a single draft (unless `always`).
pub fn build(drafts: &[PathBuf], projects: &mut ProjectFiles, threads: usize, always: bool) -> Option<Memory> {
    let archive = archive_files(drafts, projects);
    if drafts.len() < 2 && archive.is_empty() && !always {
        return None;
    }
    let jobs: Vec<(PathBuf, Arc<Settings>)> =
        drafts.iter().chain(&archive).map(|path| (path.clone(), projects.shared_settings_for(path))).collect();
    let mut memory = Memory::default();
    let work = |(path, settings): &(PathBuf, Arc<Settings>)| match scan::read_story(path) {
        Ok(text) => Ok((key(path), StoryCast::read(&text, Language::from_path(path), settings))),
        Err(reason) => Err((path.clone(), reason)),
    };
    parallel::map_in_order(&jobs, threads, work, |outcome| {
        match outcome {
            Ok((key, cast)) => {
                if !memory.contains(&key) && !memory.insert(&key, cast) {
                    scan::log_skipped(&key, "the memory is full");
                }
            }
            Err((path, reason)) => scan::log_skipped(&path, &reason),
        }
        true
    });
    Some(memory)
}

/// The merged cast as a table: each name once, the stories naming it (the first few;
/// the JSON lists them all).
pub fn write_merged(out: &mut impl Write, memory: &Memory) -> std::io::Result<()> {
    let merged = memory.merged();
    if merged.is_empty() {
        return writeln!(out, "No names found.");
    }
    let width = merged.iter().map(|(name, _, _)| name.chars().count()).max().unwrap_or(4).clamp(4, 40);
    writeln!(out, "{:<12}  {:<width$}  {:>7}  {:>8}", "KIND", "NAME", "STORIES", "MENTIONS")?;
    for (name, kind, stories) in &merged {
        let mentions: u64 = stories.iter().map(|story| u64::from(story.mentions)).sum();
        writeln!(out, "{:<12}  {:<width$}  {:>7}  {:>8}", kind.as_str(), name, stories.len(), mentions)?;
        let mut places: Vec<String> = stories
            .iter()
            .take(MAX_POINTERS)
            .map(|story| {
                format!("{}:{}:{}", shown(story.path), story.place.start.line + 1, story.place.start.chars + 1)
            })
            .collect();
        if stories.len() > MAX_POINTERS {
            places.push(format!("and {} more", stories.len() - MAX_POINTERS));
        }
        writeln!(out, "{:<12}  in: {}", "", places.join(", "))?;
    }
    Ok(())
}

/// The merged cast as JSON values: `{ kind, name, mentions, stories: [{ path, line, column,
/// mentions }] }`.
pub fn merged_json(memory: &Memory) -> Vec<serde_json::Value> {
    memory
        .merged()
        .iter()
        .map(|(name, kind, stories)| {
            let mentions: u64 = stories.iter().map(|story| u64::from(story.mentions)).sum();
            serde_json::json!({
                "kind": kind.as_str(),
                "name": name,
                "mentions": mentions,
                "stories": stories.iter().map(|story| serde_json::json!({
                    "path": shown(story.path),
                    "line": story.place.start.line + 1,
                    "column": story.place.start.chars + 1,
                    "mentions": story.mentions,
                })).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// The drafts named on the command line: files as given, folders walked for drafts
/// (skipping what the project's `ignore` globs name and links out of the folder).
pub fn drafts_in(paths: &[PathBuf], projects: &mut ProjectFiles) -> Vec<PathBuf> {
    let (folders, files): (Vec<PathBuf>, Vec<PathBuf>) = paths.iter().cloned().partition(|path| path.is_dir());
    let projects = std::cell::RefCell::new(projects);
    let ignored = |path: &Path| projects.borrow_mut().is_ignored(path);
    let mut found = files;
    found.extend(scan::story_files(&folders, &MemoryGlobs::default(), &ignored, &mut |path, reason| {
        scan::log_skipped(path, reason)
    }));
    found
}
