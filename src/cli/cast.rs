//! `copydesk cast FILE`: the draft's who's-who (people, organisations, places) as a table
//! or JSON, for checking names against the reporter's notes before a story runs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Format;
use super::project::ProjectFiles;
use crate::analysis::cast::MemberId;
use crate::analysis::facts::FactEntry;
use crate::engine::{Checked, check_draft};
use crate::ide::who_is_who::{CastEntry, who_is_who};
use crate::text::Language;
use crate::text::lines::LineIndex;

/// Prints the cast of the draft at `paths[0]` (`-` for stdin, read as plain text), or for
/// several drafts or a folder, the merged cast of every story.
pub fn run_cast(paths: &[PathBuf], format: Format, config: Option<&Path>) -> ExitCode {
    let mut projects = match ProjectFiles::new(config) {
        Ok(projects) => projects,
        Err(problem) => {
            eprintln!("copydesk: {problem}");
            return ExitCode::from(2);
        }
    };
    let path = match paths {
        [path] if !path.is_dir() => path.as_path(),
        _ => return run_merged_cast(paths, format, projects),
    };
    let from_stdin = path == Path::new("-");
    let read = if from_stdin { std::io::read_to_string(std::io::stdin()) } else { std::fs::read_to_string(path) };
    let draft = match read {
        Ok(draft) => draft,
        Err(error) => {
            eprintln!("copydesk: {}: {error}", path.display());
            return ExitCode::from(2);
        }
    };
    let settings = projects.shared_settings_for(if from_stdin { Path::new(".") } else { path });
    let language = if from_stdin { Language::PlainText } else { Language::from_path(path) };
    let checked = check_draft(&draft, language, &settings);
    let entries = who_is_who(&checked.facts.cast, &draft, &checked.facts);
    let facts = stated_facts(&checked, &draft, &entries);
    let mut stdout = std::io::stdout().lock();
    let written = match format {
        Format::Json => {
            let entries: Vec<serde_json::Value> = entries.iter().zip(&facts).map(|(e, f)| with_facts(e, f)).collect();
            serde_json::to_writer_pretty(&mut stdout, &entries)
                .map_err(std::io::Error::other)
                .and_then(|()| writeln!(stdout))
        }
        Format::Jsonl => entries.iter().zip(&facts).try_for_each(|(entry, facts)| {
            serde_json::to_writer(&mut stdout, &with_facts(entry, facts))
                .map_err(std::io::Error::other)
                .and_then(|()| writeln!(stdout))
        }),
        Format::Human => write_table(&mut stdout, &entries, &facts),
    };
    for problem in &projects.problems {
        eprintln!("copydesk: {problem}");
    }
    match written.and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("copydesk: {error}");
            ExitCode::from(2)
        }
    }
}

/// The merged cast of several drafts or folders.
fn run_merged_cast(paths: &[PathBuf], format: Format, mut projects: ProjectFiles) -> ExitCode {
    let missing: Vec<&PathBuf> = paths.iter().filter(|path| !path.exists()).collect();
    for path in &missing {
        eprintln!("copydesk: {}: no such file or directory", path.display());
    }
    let drafts = super::memory::drafts_in(paths, &mut projects);
    let memory =
        super::memory::build(&drafts, &mut projects, super::parallel::thread_count(), true).unwrap_or_default();
    let mut stdout = std::io::stdout().lock();
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut stdout, &super::memory::merged_json(&memory))
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(stdout)),
        Format::Jsonl => super::memory::merged_json(&memory).iter().try_for_each(|entry| {
            serde_json::to_writer(&mut stdout, entry).map_err(std::io::Error::other).and_then(|()| writeln!(stdout))
        }),
        Format::Human => super::memory::write_merged(&mut stdout, &memory),
    };
    for problem in &projects.problems {
        eprintln!("copydesk: {problem}");
    }
    match written.and_then(|()| stdout.flush()) {
        Ok(()) if missing.is_empty() => ExitCode::SUCCESS,
        Ok(()) => ExitCode::from(2),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("copydesk: {error}");
            ExitCode::from(2)
        }
    }
}

/// The facts stated about each entry's member (ages, titles, party and state labels): the
/// member of that name whose first mention is on the entry's line.
fn stated_facts(checked: &Checked, draft: &str, entries: &[CastEntry]) -> Vec<Vec<FactEntry>> {
    let cast = &checked.facts.cast;
    let lines = LineIndex::new(draft);
    entries
        .iter()
        .map(|entry| {
            let member = cast.members.iter().position(|member| {
                member.canonical == entry.name
                    && member.mentions.first().is_some_and(|&first| {
                        cast.mention(first).is_some_and(|m| lines.line_number(m.span.start) == entry.first_line)
                    })
            });
            member.map_or_else(Vec::new, |m| checked.facts.stated.entries(MemberId::new(m), draft, &lines))
        })
        .collect()
}

/// A who's-who entry as JSON with its `facts`.
fn with_facts(entry: &CastEntry, facts: &[FactEntry]) -> serde_json::Value {
    let mut value = serde_json::to_value(entry).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.insert("facts".into(), serde_json::to_value(facts).unwrap_or_default());
    }
    value
}

/// One line per member: kind, name, first line, mentions, then roles, other forms,
/// variants, stated facts and quotations indented below it.
fn write_table(out: &mut impl Write, entries: &[CastEntry], facts: &[Vec<FactEntry>]) -> std::io::Result<()> {
    if entries.is_empty() {
        return writeln!(out, "No names found.");
    }
    let name_width = entries.iter().map(|e| e.name.chars().count()).max().unwrap_or(4).clamp(4, 40);
    writeln!(out, "{:<12}  {:<name_width$}  {:>5}  {:>8}", "KIND", "NAME", "LINE", "MENTIONS")?;
    for (entry, facts) in entries.iter().zip(facts) {
        writeln!(
            out,
            "{:<12}  {:<name_width$}  {:>5}  {:>8}",
            entry.kind, entry.name, entry.first_line, entry.mentions
        )?;
        let details = [
            ("role", entry.roles.join("; ")),
            ("also written", entry.short_forms.join(", ")),
            ("variants", entry.variants.join(", ")),
        ];
        for (label, value) in details {
            if !value.is_empty() {
                writeln!(out, "{:<12}  {label}: {value}", "")?;
            }
        }
        if !facts.is_empty() {
            let facts: Vec<String> = facts.iter().map(FactEntry::describe).collect();
            writeln!(out, "{:<12}  facts: {}", "", facts.join("; "))?;
        }
        for quotation in &entry.quotations {
            writeln!(out, "{:<12}  quoted: “{quotation}”", "")?;
        }
    }
    Ok(())
}
