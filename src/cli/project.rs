//! `copydesk check`'s view of project files: `--config`, or the nearest `.copydesk.toml`
//! above each draft, read once each; and `copydesk init`.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use crate::config::{self, ProjectConfig, SettingsLayer};
use crate::settings::Settings;

/// Finds and reads project files, caching by directory. Problems in a project file are
/// warnings (printed once per file): the rest of the file still applies.
pub struct ProjectFiles {
    explicit: Option<Arc<ProjectConfig>>,
    by_directory: HashMap<PathBuf, Option<Arc<ProjectConfig>>>,
    by_path: HashMap<PathBuf, Option<Arc<ProjectConfig>>>,
    warned: HashSet<PathBuf>,
    /// Resolved settings by governing project file (`None`: no project file).
    settings: HashMap<Option<PathBuf>, Arc<Settings>>,
    /// Project files that exist but cannot be read: reported like unreadable drafts.
    pub problems: Vec<String>,
}

impl ProjectFiles {
    /// With `--config PATH`, that file is used for every draft and no other is looked for;
    /// it must be readable.
    pub fn new(explicit: Option<&Path>) -> Result<Self, String> {
        let explicit = match explicit {
            Some(path) => Some(Arc::new(ProjectConfig::load(path)?)),
            None => None,
        };
        let mut files = ProjectFiles {
            explicit,
            by_directory: HashMap::new(),
            by_path: HashMap::new(),
            warned: HashSet::new(),
            settings: HashMap::new(),
            problems: Vec::new(),
        };
        if let Some(explicit) = files.explicit.clone() {
            files.warn_once(&explicit);
        }
        Ok(files)
    }

    /// The project file that governs `path` (a draft or a directory), if any.
    pub fn for_path(&mut self, path: &Path) -> Option<Arc<ProjectConfig>> {
        if let Some(explicit) = &self.explicit {
            return Some(Arc::clone(explicit));
        }
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let directory = if absolute.is_dir() { absolute } else { absolute.parent()?.to_path_buf() };
        if let Some(cached) = self.by_directory.get(&directory) {
            return cached.clone();
        }
        let found = config::find_project_file(&directory).and_then(|file| self.load(&file));
        self.by_directory.insert(directory, found.clone());
        found
    }

    fn load(&mut self, file: &Path) -> Option<Arc<ProjectConfig>> {
        if let Some(cached) = self.by_path.get(file) {
            return cached.clone();
        }
        let loaded = match ProjectConfig::load(file) {
            Ok(config) => {
                let config = Arc::new(config);
                self.warn_once(&config);
                Some(config)
            }
            Err(problem) => {
                self.problems.push(problem);
                None
            }
        };
        self.by_path.insert(file.to_path_buf(), loaded.clone());
        loaded
    }

    fn warn_once(&mut self, config: &ProjectConfig) {
        if config.problems.is_empty() || !self.warned.insert(config.path.clone()) {
            return;
        }
        let text = std::fs::read_to_string(&config.path).unwrap_or_default();
        for problem in &config.problems {
            eprintln!("copydesk: warning: {}", config::describe_problem(&config.path, &text, problem));
        }
    }

    /// The settings for a draft at `path` (or stdin, read from the current directory),
    /// resolved once per project file and shared by every draft under it.
    pub fn shared_settings_for(&mut self, path: &Path) -> Arc<Settings> {
        let project = self.for_path(path);
        let key = project.as_ref().map(|config| config.path.clone());
        if let Some(settings) = self.settings.get(&key) {
            return Arc::clone(settings);
        }
        let settings =
            Arc::new(SettingsLayer::resolve(&SettingsLayer::default(), project.as_ref().map(|config| &config.layer)));
        self.settings.insert(key, Arc::clone(&settings));
        settings
    }

    /// Whether the governing project file's `ignore` globs skip `path`.
    pub fn is_ignored(&mut self, path: &Path) -> bool {
        self.for_path(path).is_some_and(|config| config.ignore.is_ignored(path))
    }
}

/// `copydesk init [DIRECTORY]`: writes the starter `.copydesk.toml`. Never overwrites.
pub fn run_init(directory: &Path) -> ExitCode {
    let path = directory.join(config::FILE_NAME);
    // create_new: refuses atomically if the file appeared in the meantime.
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path);
    let mut file = match file {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("copydesk: {} already exists; not overwriting it (edit it, or delete it first)", path.display());
            return ExitCode::from(2);
        }
        Err(error) => {
            eprintln!("copydesk: cannot create {}: {error}", path.display());
            return ExitCode::from(2);
        }
    };
    if let Err(error) = file.write_all(config::STARTER.as_bytes()) {
        eprintln!("copydesk: cannot write {}: {error}", path.display());
        return ExitCode::from(2);
    }
    eprintln!("copydesk: wrote {}", path.display());
    ExitCode::SUCCESS
}
