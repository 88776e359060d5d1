//! The newsroom's memory in the server: a background thread indexes the workspace's
//! drafts and the project file's `memory` archives (`newsroom::scan`), keeps open
//! documents' current casts (their text wins over the disk) and follows
//! `workspace/didChangeWatchedFiles`. Analyses read the memory without waiting for it:
//! whatever is indexed when a draft is analysed is what its cross-story `name.variant`
//! sees, and when the index changes the open documents are analysed again.
//!
//! Also the protocol for it: related information pointing at other stories, the hover's
//! view, `workspace/symbol`, and the watcher registration.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, mpsc};
use std::time::Instant;

use tower_lsp_server::ls_types::*;

use crate::engine::Checked;
use crate::ide::hover::MemoryView;
use crate::newsroom::scan::{self, MemoryGlobs};
use crate::newsroom::{Answers, Memory, StoryCast, Unplaced, add_cross_story_findings};
use crate::rules::Finding;
use crate::settings::Settings;
use crate::text::{Language, PositionEncoding};

/// An open document's cast joins the memory once the writer pauses this long...
const PAUSE: std::time::Duration = std::time::Duration::from_millis(300);
/// ...or this long after the first keystroke not yet taken, whichever comes first: what
/// the other documents read of one being typed in matters when the writer turns to them.
const TYPING: std::time::Duration = std::time::Duration::from_secs(10);

/// Stories inserted per hold of the memory's write lock while scanning: short holds, so
/// an analysis reading the memory never waits long.
const BATCH: usize = 8;

/// What the indexing thread is asked to do.
enum Update {
    /// Read every story under `roots` and the `globs` afresh.
    Scan {
        roots: Vec<PathBuf>,
        globs: Vec<MemoryGlobs>,
        settings: Arc<Settings>,
    },
    /// A file changed or appeared on disk.
    Disk(PathBuf),
    Deleted(PathBuf),
    /// An open document's current cast, and its text to place the members in.
    Open(PathBuf, Unplaced, ropey::Rope),
    /// A document closed: the disk is the truth again.
    Closed(PathBuf),
}

/// Calls back when the memory changed under the open documents (a scan ended, files
/// changed on disk): they are analysed again.
type Changed = Box<dyn Fn() + Send>;

#[derive(Default)]
pub struct Newsroom {
    memory: Arc<RwLock<Memory>>,
    updates: Mutex<Option<mpsc::Sender<Update>>>,
    /// The folders paths are shown relative to (the workspace's).
    roots: Mutex<Vec<PathBuf>>,
    /// Memory keys of open documents, by URI.
    open: Mutex<HashMap<Uri, PathBuf>>,
    /// What the memory answered for each open document's people (see `Answers`).
    answers: Mutex<HashMap<Uri, Answers>>,
}

/// The memory's key for a file: its canonical path, so one file reached by two paths is
/// one story.
fn key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| scan::normalize(path))
}

fn file_path(uri: &Uri) -> Option<PathBuf> {
    let is_file = uri.scheme().as_str().eq_ignore_ascii_case("file");
    is_file.then(|| uri.to_file_path().map(|path| path.into_owned())).flatten()
}

impl Newsroom {
    fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
        mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Memory> {
        self.memory.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn send(&self, update: Update) {
        if let Some(updates) = Self::lock(&self.updates).as_ref() {
            let _ = updates.send(update);
        }
    }

    /// Starts the indexing thread and its first scan of `roots` (the workspace's folders)
    /// and `globs` (the project files' `memory`).
    pub fn start(&self, roots: Vec<PathBuf>, globs: Vec<MemoryGlobs>, settings: Arc<Settings>, changed: Changed) {
        let (sender, receiver) = mpsc::channel();
        let memory = Arc::clone(&self.memory);
        let started = std::thread::Builder::new().name("copydesk-newsroom".to_string()).spawn(move || {
            Indexer { memory, settings: Arc::default(), roots: Vec::new(), globs: Vec::new(), open: HashSet::new() }
                .run(&receiver, &changed)
        });
        if let Err(error) = started {
            tracing::error!(%error, "cannot start the newsroom memory; names are checked within each draft only");
            return;
        }
        *Self::lock(&self.roots) = roots.iter().map(|root| key(root)).collect();
        let _ = sender.send(Update::Scan { roots, globs, settings });
        *Self::lock(&self.updates) = Some(sender);
    }

    /// The watcher for the memory's files: drafts anywhere in the workspace, and the
    /// archives' globs.
    pub fn registration(globs: &[String]) -> Registration {
        let mut watchers: Vec<FileSystemWatcher> = scan::DRAFT_EXTENSIONS
            .iter()
            .map(|extension| FileSystemWatcher {
                glob_pattern: GlobPattern::String(format!("**/*.{extension}")),
                kind: None,
            })
            .collect();
        watchers.extend(
            globs.iter().map(|glob| FileSystemWatcher { glob_pattern: GlobPattern::String(glob.clone()), kind: None }),
        );
        Registration {
            id: "copydesk-newsroom".to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions { watchers }).ok(),
        }
    }

    /// Files changed on disk (`workspace/didChangeWatchedFiles`); a changed project file
    /// reads the memory afresh (see `project_file_changed`).
    pub fn files_changed(&self, changes: &[FileEvent], configuration: &super::configuration::Configuration) {
        let mut project_file = false;
        for change in changes {
            let Some(path) = file_path(&change.uri) else { continue };
            if crate::config::is_project_file(&path) {
                project_file = true;
                continue;
            }
            self.send(if change.typ == FileChangeType::DELETED { Update::Deleted(path) } else { Update::Disk(path) });
        }
        if project_file {
            project_file_changed(self, configuration);
        }
    }

    /// After an analysis of an open document: adds the cross-story findings the memory
    /// holds now (never waiting for the index), and hands the document's current cast to
    /// the memory.
    pub fn after_analysis(
        &self,
        uri: &Uri,
        checked: &mut Checked,
        (draft, rope): (&str, &ropey::Rope),
        language: Language,
        settings: &Settings,
    ) {
        let own = {
            let mut open = Self::lock(&self.open);
            match open.get(uri) {
                Some(own) => Some(own.clone()),
                None => {
                    let own = file_path(uri).map(|path| key(&path));
                    if let Some(own) = &own {
                        open.insert(uri.clone(), own.clone());
                    }
                    own
                }
            }
        };
        let started = Instant::now();
        let mut answers = Self::lock(&self.answers).remove(uri).unwrap_or_default();
        let added = {
            let memory = self.read();
            add_cross_story_findings(checked, draft, language, settings, &memory, own.as_deref(), &mut answers)
        };
        Self::lock(&self.answers).insert(uri.clone(), answers);
        if let Some(own) = own {
            self.send(Update::Open(own, StoryCast::unplaced(&checked.facts.cast), rope.clone()));
        }
        tracing::debug!(added, elapsed_us = started.elapsed().as_micros() as u64, "newsroom memory: draft checked");
    }

    /// A document closed: its story is read from the disk again.
    pub fn closed(&self, uri: &Uri) {
        Self::lock(&self.answers).remove(uri);
        if let Some(own) = Self::lock(&self.open).remove(uri) {
            self.send(Update::Closed(own));
        }
    }

    /// Runs `work` with the memory as the hover reads it for the document at `uri`.
    pub fn with_view<T>(&self, uri: &Uri, work: impl FnOnce(MemoryView) -> T) -> T {
        let own = Self::lock(&self.open).get(uri).cloned();
        let roots = Self::lock(&self.roots).clone();
        let root = own.as_ref().and_then(|own| roots.iter().find(|root| own.starts_with(root))).or(roots.first());
        let memory = self.read();
        work(MemoryView { memory: &memory, own: own.as_deref(), root: root.map(PathBuf::as_path) })
    }

    /// `workspace/symbol`: the members of every story whose name contains `query`.
    #[allow(deprecated)] // SymbolInformation::deprecated must be spelled out.
    pub fn symbols(&self, query: &str, encoding: PositionEncoding) -> Vec<SymbolInformation> {
        const LIMIT: usize = 500;
        let roots = Self::lock(&self.roots).clone();
        let memory = self.read();
        memory
            .search(query, LIMIT)
            .into_iter()
            .filter_map(|found| {
                let uri = Uri::from_file_path(found.path)?;
                let shown = roots
                    .iter()
                    .find_map(|root| found.path.strip_prefix(root).ok())
                    .unwrap_or(found.path)
                    .display()
                    .to_string();
                Some(SymbolInformation {
                    name: found.name.to_string(),
                    kind: symbol_kind(found.kind),
                    tags: None,
                    deprecated: None,
                    location: Location::new(uri, range(&found.place, encoding)),
                    container_name: Some(shown),
                })
            })
            .collect()
    }
}

/// Starts the memory for the workspace's folders and their project files' `memory` globs;
/// returns the globs as absolute patterns, for the file watcher.
pub fn start(
    newsroom: &Newsroom,
    configuration: &super::configuration::Configuration,
    changed: Changed,
) -> Vec<String> {
    let (roots, globs, patterns, settings) = sources(configuration);
    newsroom.start(roots, globs, settings, changed);
    patterns
}

/// A project file changed on disk: its `memory` globs may have, so the memory is read
/// afresh (open documents keep their editor's text).
pub fn project_file_changed(newsroom: &Newsroom, configuration: &super::configuration::Configuration) {
    let (roots, globs, _, settings) = sources(configuration);
    newsroom.send(Update::Scan { roots, globs, settings });
}

/// The workspace's folders, their project files' `memory` globs (compiled, and as
/// absolute patterns for the watcher) and the settings stories are read with.
fn sources(
    configuration: &super::configuration::Configuration,
) -> (Vec<PathBuf>, Vec<MemoryGlobs>, Vec<String>, Arc<Settings>) {
    let roots = configuration.workspace_roots();
    let mut globs = Vec::new();
    let mut patterns = Vec::new();
    let mut bases = HashSet::new();
    for root in &roots {
        let Some((base, memory)) = configuration.memory_globs_for(root) else { continue };
        if !bases.insert(base.clone()) {
            continue;
        }
        patterns.extend(memory.iter().map(|pattern| scan::normalize(&base.join(pattern)).display().to_string()));
        globs.push(MemoryGlobs::new(&base, &memory));
    }
    let settings = match roots.first().and_then(|root| Uri::from_file_path(root.join("draft.md"))) {
        Some(uri) => configuration.settings_for(&uri),
        None => Arc::default(),
    };
    (roots, globs, patterns, settings)
}

fn symbol_kind(kind: crate::analysis::cast::MemberKind) -> SymbolKind {
    use crate::analysis::cast::MemberKind;
    // As the outline shows the members (`convert::document_symbol`).
    match kind {
        MemberKind::Person => SymbolKind::CONSTRUCTOR,
        MemberKind::Organisation => SymbolKind::CLASS,
        MemberKind::Place => SymbolKind::NAMESPACE,
        MemberKind::Group => SymbolKind::PACKAGE,
        _ => SymbolKind::OBJECT,
    }
}

fn range(place: &crate::text::lines::Place, encoding: PositionEncoding) -> Range {
    let column = |point: &crate::text::lines::Point| match encoding {
        PositionEncoding::Utf8 => point.utf8,
        PositionEncoding::Utf16 => point.utf16,
    };
    Range::new(Position::new(place.start.line, column(&place.start)), Position::new(place.end.line, column(&place.end)))
}

/// A finding's other stories as related information (file URI and range).
pub fn related(finding: &Finding, encoding: PositionEncoding) -> Option<Vec<DiagnosticRelatedInformation>> {
    if finding.elsewhere.is_empty() {
        return None;
    }
    let related: Vec<DiagnosticRelatedInformation> = finding
        .elsewhere
        .iter()
        .filter_map(|other| {
            Some(DiagnosticRelatedInformation {
                location: Location::new(Uri::from_file_path(&other.path)?, range(&other.place, encoding)),
                message: other.message.clone(),
            })
        })
        .collect();
    (!related.is_empty()).then_some(related)
}

/// The indexing thread's state.
struct Indexer {
    memory: Arc<RwLock<Memory>>,
    settings: Arc<Settings>,
    roots: Vec<PathBuf>,
    globs: Vec<MemoryGlobs>,
    /// Open documents: their casts come from the editor, not the disk.
    open: HashSet<PathBuf>,
}

impl Indexer {
    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Memory> {
        self.memory.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn run(mut self, updates: &mpsc::Receiver<Update>, changed: &Changed) {
        while let Ok(first) = updates.recv() {
            // Take everything pending: an open document's latest cast replaces the ones
            // before it, and one re-analysis follows the lot. While the writer types,
            // their casts are taken once they pause (or every `TYPING` at most).
            let mut pending = vec![first];
            let since = Instant::now();
            loop {
                pending.extend(updates.try_iter());
                let typing = pending.iter().all(|update| matches!(update, Update::Open(..)));
                if !typing || since.elapsed() >= TYPING {
                    break;
                }
                match updates.recv_timeout(PAUSE) {
                    Ok(update) => pending.push(update),
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            }
            let mut latest_open: HashMap<PathBuf, usize> = HashMap::new();
            for (index, update) in pending.iter().enumerate() {
                if let Update::Open(path, ..) = update {
                    latest_open.insert(path.clone(), index);
                }
            }
            let mut disk_changed = false;
            for (index, update) in pending.into_iter().enumerate() {
                match update {
                    Update::Scan { roots, globs, settings } => {
                        (self.roots, self.globs, self.settings) = (roots, globs, settings);
                        self.scan();
                        disk_changed = true;
                    }
                    Update::Open(path, unplaced, rope) => {
                        if latest_open.get(&path) == Some(&index) {
                            let cast = unplaced.place(&rope.to_string());
                            self.open.insert(path.clone());
                            self.write().insert(&path, cast);
                        }
                    }
                    Update::Closed(path) => {
                        self.open.remove(&path);
                        self.write().remove(&path);
                        disk_changed |= self.read_from_disk(&path);
                    }
                    Update::Disk(path) => disk_changed |= self.read_from_disk(&key(&path)),
                    Update::Deleted(path) => {
                        let path = key(&path);
                        if !self.open.contains(&path) && self.write_remove(&path) {
                            disk_changed = true;
                        }
                    }
                }
            }
            if disk_changed {
                changed();
            }
        }
    }

    fn write_remove(&self, path: &Path) -> bool {
        let mut memory = self.write();
        let held = memory.contains(path);
        memory.remove(path);
        held
    }

    /// Whether `path` belongs in the memory: a draft under a root, or a glob's file.
    fn belongs(&self, path: &Path) -> bool {
        let under_root = self.roots.iter().any(|root| path.starts_with(key(root))) && scan::is_draft(path);
        under_root || self.globs.iter().any(|globs| globs.matches(path))
    }

    /// Reads one story from the disk (not an open document's); true when the memory changed.
    fn read_from_disk(&self, path: &Path) -> bool {
        if self.open.contains(path) || !self.belongs(path) {
            return false;
        }
        match self.read_story(path) {
            Some(cast) => {
                if !self.write().insert(path, cast) {
                    scan::log_skipped(path, "the memory is full");
                }
                true
            }
            None => self.write_remove(path),
        }
    }

    fn read_story(&self, path: &Path) -> Option<StoryCast> {
        match scan::read_story(path) {
            Ok(text) => Some(StoryCast::read(&text, Language::from_path(path), &self.settings)),
            Err(reason) => {
                scan::log_skipped(path, &reason);
                None
            }
        }
    }

    /// Reads every story afresh: the workspace's drafts, then each glob's files.
    fn scan(&mut self) {
        let (started, cpu) = (Instant::now(), thread_cpu());
        let mut files = scan::story_files(&self.roots, &MemoryGlobs::default(), &|_| false, &mut scan::log_skipped);
        for globs in &self.globs {
            files.extend(scan::story_files(&[], globs, &|_| false, &mut scan::log_skipped));
        }
        let mut seen = HashSet::new();
        let files: Vec<PathBuf> = files.iter().map(|path| key(path)).filter(|path| seen.insert(path.clone())).collect();
        let stale: Vec<PathBuf> = self
            .read_memory()
            .paths()
            .filter(|path| !seen.contains(*path) && !self.open.contains(*path))
            .map(Path::to_path_buf)
            .collect();
        for path in stale {
            self.write().remove(&path);
        }
        let mut batch = Vec::with_capacity(BATCH);
        let mut full = false;
        for path in files.into_iter().filter(|path| !self.open.contains(path)) {
            if let Some(cast) = self.read_story(&path) {
                batch.push((path, cast));
            }
            if batch.len() == BATCH {
                full |= self.insert_batch(&mut batch);
            }
        }
        full |= self.insert_batch(&mut batch);
        if full {
            tracing::warn!(limit = Memory::MAX_STORIES, "newsroom memory: full; later stories left out");
        }
        let stories = self.read_memory().len();
        tracing::info!(
            stories,
            elapsed_ms = started.elapsed().as_millis() as u64,
            cpu_ms = (thread_cpu() - cpu).as_millis() as u64,
            "newsroom memory: indexed"
        );
    }

    fn read_memory(&self) -> std::sync::RwLockReadGuard<'_, Memory> {
        self.memory.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Inserts a batch under one hold of the lock; true when the memory refused one.
    fn insert_batch(&self, batch: &mut Vec<(PathBuf, StoryCast)>) -> bool {
        if batch.is_empty() {
            return false;
        }
        let mut memory = self.write();
        let mut full = false;
        for (path, cast) in batch.drain(..) {
            full |= !memory.insert(&path, cast);
        }
        full
    }
}

/// The calling thread's CPU time: what indexing costs on one core, whatever else the
/// machine runs.
fn thread_cpu() -> std::time::Duration {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    std::time::Duration::new(u64::try_from(now.tv_sec).unwrap_or(0), u32::try_from(now.tv_nsec).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_information_points_at_the_other_story_in_the_negotiated_encoding() {
        use crate::rules::{Elsewhere, RuleId};
        use crate::text::ByteSpan;
        use crate::text::lines::{Place, Point};
        let mut finding = Finding::of(RuleId::NameVariant, ByteSpan::new(0, 3), "m");
        assert!(related(&finding, PositionEncoding::Utf16).is_none());
        let place = Place {
            start: Point { line: 2, chars: 3, utf8: 4, utf16: 3 },
            end: Point { line: 2, chars: 10, utf8: 11, utf16: 10 },
        };
        finding.elsewhere.push(Elsewhere { path: PathBuf::from("/news/a.md"), place, message: "here".into() });
        let utf16 = related(&finding, PositionEncoding::Utf16).unwrap();
        assert_eq!(utf16[0].location.uri.as_str(), "file:///news/a.md");
        assert_eq!(utf16[0].location.range, Range::new(Position::new(2, 3), Position::new(2, 10)));
        let utf8 = related(&finding, PositionEncoding::Utf8).unwrap();
        assert_eq!(utf8[0].location.range, Range::new(Position::new(2, 4), Position::new(2, 11)));
    }
}
