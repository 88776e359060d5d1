//! `copydesk check`: find drafts, read them safely, check them on every core, report in
//! order, choose the exit code.
//!
//! copydesk never writes to a user's files: this module only reads.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::sync::Arc;

use super::output::{Printer, Rendered, Report, colour_wanted, render_report};
use super::project::ProjectFiles;
use super::{Format, parallel};
use crate::engine::check_draft;
use crate::newsroom::add_cross_story_findings;
use crate::rules::{Finding, Severity, spelling};
use crate::settings::{Dialect, Settings};
use crate::text::Language;
use crate::vocabulary::Level;

pub struct CheckOptions {
    pub paths: Vec<PathBuf>,
    pub format: Format,
    /// The lowest severity that fails the run; off never fails.
    pub fail_on: Level,
    pub stdin_markdown: bool,
    /// A project file to use instead of the nearest `.copydesk.toml` above each draft.
    pub config: Option<PathBuf>,
    /// Drafts checked at once; `None`: one per core.
    pub jobs: Option<usize>,
    /// Each draft on its own: no newsroom's memory across them.
    pub no_memory: bool,
}

const DRAFT_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// A draft found on disk, or stdin.
enum Source {
    File(PathBuf),
    Stdin,
}

/// Expands directories into the drafts inside them, in a stable order, without following a
/// symlink loop, skipping what the project's `ignore` globs name (a path named on the
/// command line is always checked). Problems (missing paths, unreadable directories) are
/// returned, not fatal.
fn collect_sources(paths: &[PathBuf], projects: &mut ProjectFiles, problems: &mut Vec<String>) -> Vec<Source> {
    let mut sources = Vec::new();
    let mut visited_directories = HashSet::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Err(error) => problems.push(format!("{}: {}", path.display(), describe_io_error(&error))),
            Ok(metadata) if metadata.is_dir() => {
                walk_directory(path, &mut visited_directories, &mut sources, projects, problems)
            }
            Ok(_) => sources.push(Source::File(path.clone())),
        }
    }
    sources
}

fn walk_directory(
    directory: &Path,
    visited: &mut HashSet<PathBuf>,
    sources: &mut Vec<Source>,
    projects: &mut ProjectFiles,
    problems: &mut Vec<String>,
) {
    let Ok(canonical) = std::fs::canonicalize(directory) else {
        problems.push(format!("{}: cannot resolve directory", directory.display()));
        return;
    };
    if !visited.insert(canonical) {
        return; // Already walked: a symlink loop or a repeated argument.
    }
    let entries = match std::fs::read_dir(directory) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push(format!("{}: {}", directory.display(), describe_io_error(&error)));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let Ok(metadata) = std::fs::metadata(&path) else { continue }; // Dangling symlink.
        if projects.is_ignored(&path) {
            continue;
        }
        if metadata.is_dir() {
            walk_directory(&path, visited, sources, projects, problems);
        } else if metadata.is_file()
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| DRAFT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            sources.push(Source::File(path));
        }
    }
}

fn describe_io_error(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

/// The largest draft read. A long feature is 50 KB and a novel 1 MB; anything past this is
/// a log, a dump or a mistake, and reading it would take memory and minutes for nothing.
pub const MAX_DRAFT_BYTES: u64 = 10 * 1024 * 1024;

fn too_large(bytes: u64) -> String {
    format!(
        "is larger than {} MiB ({:.1} MiB), too large for a draft; skipped",
        MAX_DRAFT_BYTES >> 20,
        bytes as f64 / 1048576.0
    )
}

/// Reads at most [`MAX_DRAFT_BYTES`] (plus one, to tell that there was more) from `input`:
/// a file named explicitly may be a pipe or a device that never ends.
fn read_bounded(input: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input.take(MAX_DRAFT_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|error| describe_io_error(&error))?;
    // Refuse a large regular file before reading it.
    if let Ok(metadata) = file.metadata()
        && metadata.is_file()
        && metadata.len() > MAX_DRAFT_BYTES
    {
        return Err(too_large(metadata.len()));
    }
    read_bounded(file).map_err(|error| describe_io_error(&error))
}

/// Reads a draft as UTF-8 text, or says why it cannot be checked.
fn read_draft(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.len() as u64 > MAX_DRAFT_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("is UTF-16 text; save it as UTF-8 to check it; skipped".to_string());
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("looks like a binary file, not a draft; skipped".to_string());
    }
    String::from_utf8(bytes).map_err(|error| {
        format!("is not UTF-8 text (invalid byte at offset {}); skipped", error.utf8_error().valid_up_to())
    })
}

/// Spelling findings carry no fixes (suggestions cost tens of milliseconds a word, which an
/// editor must not wait for); a report on the command line can afford them for the slips
/// it warns about. Words only worth a look (info and below: foreign words, terms) go
/// without, and so does anything past a few hundred slips, which is not English prose.
/// The words are shared among `threads` threads: cores the other drafts leave idle (one
/// long draft checked alone).
fn suggest_spellings(findings: &mut [Finding], draft: &str, dialect: Option<Dialect>, threads: usize) {
    const MAX_WORDS: usize = 200;
    let mut slips: Vec<&mut Finding> = findings
        .iter_mut()
        .filter(|finding| spelling::is_spelling(finding) && finding.severity >= Severity::Warning)
        .take(MAX_WORDS)
        .collect();
    let suggest = |slips: &mut [&mut Finding]| {
        for finding in slips {
            finding.fixes = spelling::suggestion_fixes(finding, draft, dialect);
        }
    };
    // Below a few words a thread costs more than it saves.
    let threads = threads.clamp(1, slips.len() / 4 + 1);
    if threads == 1 {
        return suggest(&mut slips);
    }
    let chunk = slips.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let mut chunks = slips.chunks_mut(chunk);
        let first = chunks.next();
        for rest in chunks {
            scope.spawn(|| suggest(rest));
        }
        if let Some(first) = first {
            suggest(first);
        }
    });
}

/// One draft to check and the settings that govern it (shared by every draft under the
/// same project file).
struct Job {
    source: Source,
    settings: Arc<Settings>,
}

/// The drafts checked, remembered for each other (see `super::memory`).
type Shared = Option<Arc<crate::newsroom::Memory>>;

/// Reads one draft and checks it: the rendered findings, or why it could not be checked.
fn check_job(
    job: &Job,
    options: &CheckOptions,
    memory: &Shared,
    colour: bool,
    spare_threads: usize,
) -> Result<Rendered, String> {
    let (display_path, language, bytes) = match &job.source {
        Source::Stdin => {
            let bytes = read_bounded(std::io::stdin().lock())
                .map_err(|error| format!("<stdin>: {}", describe_io_error(&error)))?;
            let language = if options.stdin_markdown { Language::Markdown } else { Language::PlainText };
            ("<stdin>".to_string(), language, bytes)
        }
        Source::File(path) => {
            let bytes = read_file(path).map_err(|reason| format!("{}: {reason}", path.display()))?;
            (path.display().to_string(), Language::from_path(path), bytes)
        }
    };
    let draft = read_draft(bytes).map_err(|reason| format!("{display_path}: {reason}"))?;
    let mut checked = check_draft(&draft, language, &job.settings);
    if let Some(memory) = memory {
        let own = match &job.source {
            Source::File(path) => Some(super::memory::key(path)),
            Source::Stdin => None,
        };
        let answers = &mut Default::default();
        add_cross_story_findings(&mut checked, &draft, language, &job.settings, memory, own.as_deref(), answers);
    }
    let mut findings = checked.findings;
    // An archive run (jsonl) wants throughput: a suggestion costs more than checking the
    // draft, so spelling findings there go without.
    if options.format != Format::Jsonl {
        suggest_spellings(&mut findings, &draft, job.settings.spelling.dialect, spare_threads);
    }
    Ok(render_report(&Report { path: display_path, draft, findings }, options.format, colour))
}

/// Starts loading the dictionary and the phrase lexicon the first draft's settings need,
/// each on a thread of its own, while the first analysis reads the draft and gathers its
/// facts (a draft with other settings loads what it needs when it asks). The threads are
/// not joined: an analysis that asks first waits for the load under way, and the process
/// may end before a load it never needed.
fn load_reference_data(jobs: &[Job]) {
    let Some(job) = jobs.first() else { return };
    type Load = fn(&Settings);
    let loads: [(&str, Load); 2] = [
        ("copydesk-dictionary", crate::engine::load_dictionary),
        ("copydesk-phrases", crate::engine::load_phrase_lexicon),
    ];
    for (name, load) in loads {
        let settings = Arc::clone(&job.settings);
        // A thread that cannot start leaves the load to the first analysis that asks.
        let _ = std::thread::Builder::new().name(name.to_string()).spawn(move || load(&settings));
    }
}

/// Checks every draft on every core; output keeps the order of the drafts and streams as
/// they finish (see [`super::parallel`]).
pub fn run_check(options: &CheckOptions) -> ExitCode {
    let mut projects = match ProjectFiles::new(options.config.as_deref()) {
        Ok(projects) => projects,
        Err(problem) => {
            eprintln!("copydesk: {problem}");
            return ExitCode::from(2);
        }
    };
    let mut problems = Vec::new();
    let jobs: Vec<Job> = collect_sources(&options.paths, &mut projects, &mut problems)
        .into_iter()
        .map(|source| {
            let settings = match &source {
                Source::Stdin => projects.shared_settings_for(Path::new(".")),
                Source::File(path) => projects.shared_settings_for(path),
            };
            Job { source, settings }
        })
        .collect();
    load_reference_data(&jobs);
    let threads = options.jobs.unwrap_or_else(parallel::thread_count);
    let files: Vec<PathBuf> = jobs
        .iter()
        .filter_map(|job| match &job.source {
            Source::File(path) => Some(path.clone()),
            Source::Stdin => None,
        })
        .collect();
    let memory = if options.no_memory {
        None
    } else {
        super::memory::build(&files, &mut projects, threads, false).map(Arc::new)
    };
    let colour = options.format == Format::Human && colour_wanted();
    let threshold = options.fail_on.severity(Severity::Warning);
    let mut printer = Printer::new(options.format);
    let mut failing = false;
    // Threads per draft when there are fewer drafts than threads.
    let spare_threads = (threads / jobs.len().max(1)).max(1);
    let work = |job: &Job| check_job(job, options, &memory, colour, spare_threads);
    parallel::map_in_order(&jobs, threads, work, |outcome| match outcome {
        Ok(rendered) => {
            failing |= threshold.is_some_and(|threshold| rendered.worst.is_some_and(|worst| worst >= threshold));
            printer.print(&rendered)
        }
        Err(problem) => {
            problems.push(problem);
            true
        }
    });
    printer.finish();
    problems.append(&mut projects.problems);
    for problem in &problems {
        eprintln!("copydesk: {problem}");
    }
    if !problems.is_empty() {
        ExitCode::from(2)
    } else if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
