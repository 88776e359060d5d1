//! The memory's files: which stories it reads (the drafts under the workspace's folders,
//! and the files the project file's `memory` globs name) and how it reads them. The only
//! I/O of the newsroom's memory; it only reads.
//!
//! A file the memory cannot use is skipped with one log line: unreadable, not UTF-8,
//! binary, over [`MAX_STORY_BYTES`], reached again through a symlink loop, or outside the
//! workspace through a link.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// The largest story the memory reads.
pub const MAX_STORY_BYTES: u64 = 5 * 1024 * 1024;

/// The drafts a folder holds: the extensions `copydesk check` reads.
pub const DRAFT_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// The most files one scan lists (the memory's own bound, see `Memory::MAX_STORIES`).
const MAX_FILES: usize = super::Memory::MAX_STORIES;

/// Whether a path names a draft by its extension.
pub fn is_draft(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| DRAFT_EXTENSIONS.contains(&extension.to_ascii_lowercase().as_str()))
}

/// Logs why a file is left out of the memory: one line per file.
pub fn log_skipped(path: &Path, reason: &str) {
    tracing::warn!(path = %path.display(), reason, "newsroom memory: file skipped");
}

/// Reads a story as UTF-8 text, or says why the memory cannot use it.
pub fn read_story(path: &Path) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|error| format!("unreadable: {error}"))?;
    let metadata = file.metadata().map_err(|error| format!("unreadable: {error}"))?;
    if !metadata.is_file() {
        return Err("not a regular file".to_string());
    }
    if metadata.len() > MAX_STORY_BYTES {
        return Err(format!("larger than {} MiB", MAX_STORY_BYTES >> 20));
    }
    let mut bytes = Vec::new();
    file.take(MAX_STORY_BYTES + 1).read_to_end(&mut bytes).map_err(|error| format!("unreadable: {error}"))?;
    text_of(bytes)
}

/// A story's bytes as text, or why they are not one.
pub fn text_of(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.len() as u64 > MAX_STORY_BYTES {
        return Err(format!("larger than {} MiB", MAX_STORY_BYTES >> 20));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("UTF-16 text, not UTF-8".to_string());
    }
    if bytes.iter().take(8192).any(|&byte| byte == 0) {
        return Err("binary".to_string());
    }
    String::from_utf8(bytes).map_err(|error| format!("not UTF-8 (at byte {})", error.utf8_error().valid_up_to()))
}

/// A path made absolute and `.`/`..` resolved by its words (no disk access).
pub fn normalize(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut normal = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

/// The project file's `memory` globs: files relative to the project file's folder.
#[derive(Clone, Debug, Default)]
pub struct MemoryGlobs {
    /// Where each pattern's walk starts (its part before the first wildcard).
    starts: Vec<PathBuf>,
    set: Option<GlobSet>,
}

impl MemoryGlobs {
    pub fn new(base: &Path, patterns: &[String]) -> Self {
        let mut builder = GlobSetBuilder::new();
        let mut starts = Vec::new();
        for pattern in patterns {
            let pattern = pattern.trim();
            if pattern.is_empty() {
                continue;
            }
            let whole = normalize(&base.join(pattern));
            let Some(text) = whole.to_str() else { continue };
            // Invalid globs were reported when the project file was read.
            let Ok(glob) = GlobBuilder::new(text).literal_separator(true).build() else { continue };
            builder.add(glob);
            let literal: PathBuf = whole
                .components()
                .take_while(|part| !part.as_os_str().to_string_lossy().contains(['*', '?', '[', '{']))
                .collect();
            starts.push(literal);
        }
        MemoryGlobs { starts, set: builder.build().ok().filter(|set| !set.is_empty()) }
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_none()
    }

    /// Whether the globs name `path`.
    pub fn matches(&self, path: &Path) -> bool {
        self.set.as_ref().is_some_and(|set| set.is_match(normalize(path)))
    }
}

/// Lists the memory's stories: every draft under `roots` (the workspace's folders) and
/// every file `globs` name, each once, in a stable order. Links are followed only to
/// places inside one of `roots` or a glob's folder; a folder reached twice (a symlink
/// loop) is walked once. `ignored` leaves paths out (the project's `ignore` globs);
/// `skipped` hears each file left out and why.
pub fn story_files(
    roots: &[PathBuf],
    globs: &MemoryGlobs,
    ignored: &dyn Fn(&Path) -> bool,
    skipped: &mut dyn FnMut(&Path, &str),
) -> Vec<PathBuf> {
    let allowed: Vec<PathBuf> =
        roots.iter().chain(&globs.starts).filter_map(|root| std::fs::canonicalize(root).ok()).collect();
    let mut walk = Walk { allowed, visited: HashSet::new(), seen_files: HashSet::new(), files: Vec::new(), skipped };
    for root in roots {
        walk.directory(root, &|path| is_draft(path), ignored);
    }
    if !globs.is_empty() {
        for start in &globs.starts {
            if start.is_dir() {
                walk.directory(start, &|path| globs.matches(path), ignored);
            } else if start.is_file() && globs.matches(start) {
                walk.file(start);
            }
        }
    }
    walk.files
}

struct Walk<'s> {
    /// Canonical folders a link may lead into.
    allowed: Vec<PathBuf>,
    visited: HashSet<PathBuf>,
    seen_files: HashSet<PathBuf>,
    files: Vec<PathBuf>,
    skipped: &'s mut dyn FnMut(&Path, &str),
}

impl Walk<'_> {
    fn directory(&mut self, directory: &Path, wanted: &dyn Fn(&Path) -> bool, ignored: &dyn Fn(&Path) -> bool) {
        let Ok(canonical) = std::fs::canonicalize(directory) else {
            (self.skipped)(directory, "unreadable folder");
            return;
        };
        if !self.visited.insert(canonical) {
            return; // Walked already: a repeated root, or a link to a folder seen.
        }
        let entries = match std::fs::read_dir(directory) {
            Ok(entries) => entries,
            Err(error) => {
                (self.skipped)(directory, &format!("unreadable folder: {error}"));
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
        paths.sort();
        for path in paths {
            if self.files.len() >= MAX_FILES {
                (self.skipped)(&path, "the memory is full");
                return;
            }
            if ignored(&path) || path.file_name().is_some_and(|name| name.to_string_lossy().starts_with('.')) {
                continue;
            }
            let Ok(link) = std::fs::symlink_metadata(&path) else { continue };
            if link.file_type().is_symlink() {
                match std::fs::canonicalize(&path) {
                    Err(_) => {
                        if wanted(&path) {
                            (self.skipped)(&path, "a broken link or a symlink loop");
                        }
                        continue;
                    }
                    Ok(target) if !self.allowed.iter().any(|root| target.starts_with(root)) => {
                        if wanted(&path) || target.is_dir() {
                            (self.skipped)(&path, "outside the workspace through a link");
                        }
                        continue;
                    }
                    Ok(target) if target.is_dir() && self.visited.contains(&target) => {
                        (self.skipped)(&path, "a symlink loop");
                        continue;
                    }
                    Ok(_) => {}
                }
            }
            let Ok(metadata) = std::fs::metadata(&path) else { continue };
            if metadata.is_dir() {
                self.directory(&path, wanted, ignored);
            } else if wanted(&path) {
                self.file(&path);
            }
        }
    }

    fn file(&mut self, path: &Path) {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if self.seen_files.insert(canonical) {
            self.files.push(path.to_path_buf());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temporary(name: &str) -> PathBuf {
        let directory = std::env::temp_dir().join(format!("copydesk-scan-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&directory);
        std::fs::create_dir_all(&directory).unwrap();
        directory
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        assert!(text_of(b"Anna Kowalski spoke.".to_vec()).is_ok());
        assert_eq!(text_of(vec![0xFF, 0xFE, b'a', 0]).unwrap_err(), "UTF-16 text, not UTF-8");
        assert_eq!(text_of(b"a\0b".to_vec()).unwrap_err(), "binary");
        assert!(text_of(vec![b'a', 0xC3]).unwrap_err().starts_with("not UTF-8"));
        assert!(read_story(Path::new("/nonexistent/story.md")).unwrap_err().starts_with("unreadable"));
    }

    #[cfg(unix)]
    #[test]
    fn walks_drafts_and_globs_once_never_out_through_a_link() {
        let outside = temporary("outside");
        std::fs::write(outside.join("secret.md"), "Elsewhere.").unwrap();
        let root = temporary("root");
        std::fs::create_dir_all(root.join("drafts")).unwrap();
        std::fs::create_dir_all(root.join("archive/2019")).unwrap();
        std::fs::write(root.join("drafts/a.md"), "A.").unwrap();
        std::fs::write(root.join("drafts/notes.json"), "{}").unwrap();
        std::fs::write(root.join("archive/2019/b.md"), "B.").unwrap();
        std::os::unix::fs::symlink(&root, root.join("drafts/loop")).unwrap();
        std::os::unix::fs::symlink(outside.join("secret.md"), root.join("drafts/link.md")).unwrap();
        let mut skipped = Vec::new();
        let globs = MemoryGlobs::new(&root, &["archive/**/*.md".to_string()]);
        let files = story_files(&[root.join("drafts")], &globs, &|_| false, &mut |path, reason| {
            skipped.push((path.file_name().unwrap().to_string_lossy().to_string(), reason.to_string()))
        });
        let names: Vec<String> =
            files.iter().map(|path| path.strip_prefix(&root).unwrap().display().to_string()).collect();
        assert_eq!(names, ["drafts/a.md", "archive/2019/b.md"]);
        assert!(
            skipped.contains(&("link.md".to_string(), "outside the workspace through a link".to_string())),
            "{skipped:?}"
        );
        let _ = std::fs::remove_dir_all(&root);
        let _ = std::fs::remove_dir_all(&outside);
    }
}
