//! Settings in the server: the editor's settings, each document's project file, and where
//! teaching actions edit it.
//!
//! - Editor settings arrive as initializationOptions and in workspace/didChangeConfiguration
//!   (section `copydesk`); when a client sends `null` there, or after `initialized`, they
//!   are pulled with workspace/configuration in the background: nothing ever waits on it,
//!   since some clients never answer.
//! - Each document's project file is the nearest `.copydesk.toml` above it (for a document
//!   with no path, above the first workspace folder). An open project file's buffer wins
//!   over the disk, so edits apply before they are saved. The project wins over the editor
//!   where both speak (see [`SettingsLayer::resolve`]).
//! - What teaching actions offer is `ide::actions`'s; this file says which project file
//!   they edit (its buffer when open) and whether the client can create one.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use serde_json::Value;
use tower_lsp_server::ls_types::*;

use crate::config::{self, ConfigProblem, ProjectConfig, SettingsLayer};
use crate::ide;
use crate::settings::Settings;

/// What the client can do, as far as settings and edits go.
#[derive(Clone, Copy, Debug, Default)]
struct ClientSupport {
    pull_configuration: bool,
    watch_files: bool,
    document_changes: bool,
    create_files: bool,
}

/// A project file the editor has open: its buffer, not the disk, is the truth.
struct OpenProjectFile {
    uri: Uri,
    version: i32,
    text: String,
    config: Arc<ProjectConfig>,
}

#[derive(Default)]
struct State {
    editor: SettingsLayer,
    workspace_roots: Vec<PathBuf>,
    support: ClientSupport,
    open_project_files: HashMap<PathBuf, OpenProjectFile>,
    /// Project files read from disk, with the modification time and length they had.
    from_disk: HashMap<PathBuf, (Option<SystemTime>, u64, Arc<ProjectConfig>)>,
    /// Settings resolved from the editor's layer and a project file (or none), shared by
    /// every analysis under them. Cleared when the editor's settings change; an entry
    /// whose project file was read again (a new `ProjectConfig`) is dropped.
    resolved: Vec<(Option<Arc<ProjectConfig>>, Arc<Settings>)>,
}

impl State {
    fn set_editor(&mut self, layer: SettingsLayer) {
        self.editor = layer;
        self.resolved.clear();
    }
}

#[derive(Default)]
pub struct Configuration {
    state: Mutex<State>,
}

/// The path of a `file:` URI.
fn file_path(uri: &Uri) -> Option<PathBuf> {
    let is_file = uri.scheme().as_str().eq_ignore_ascii_case("file");
    is_file.then(|| uri.to_file_path().map(|path| path.into_owned())).flatten()
}

/// The path of a document that is a project file (by name), or `None`. The server asks
/// once, when the document opens.
pub fn project_file_path(uri: &Uri) -> Option<PathBuf> {
    file_path(uri).filter(|path| config::is_project_file(path))
}

/// The project file a document's teaching actions edit, and how the editor knows it.
pub struct EditTarget {
    pub project_file: ide::ProjectFile,
    pub uri: Uri,
    /// The version of the editor's buffer, when the file is open.
    pub version: Option<i32>,
}

fn log_problems(source: &str, problems: &[ConfigProblem]) {
    for problem in problems {
        tracing::warn!(source, key = problem.key.as_str(), "settings problem, ignored: {}", problem.message);
    }
}

impl Configuration {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Reads what `initialize` says: client support, workspace folders, initial settings.
    pub fn initialize(&self, params: &InitializeParams) {
        let workspace = params.capabilities.workspace.as_ref();
        let workspace_edit = workspace.and_then(|w| w.workspace_edit.as_ref());
        let support = ClientSupport {
            pull_configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
            watch_files: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
            document_changes: workspace_edit.and_then(|e| e.document_changes).unwrap_or(false),
            create_files: workspace_edit
                .and_then(|e| e.resource_operations.as_ref())
                .is_some_and(|operations| operations.contains(&ResourceOperationKind::Create)),
        };
        #[allow(deprecated)] // rootUri is the only root some clients send.
        let mut roots: Vec<PathBuf> =
            params.workspace_folders.iter().flatten().filter_map(|folder| file_path(&folder.uri)).collect();
        #[allow(deprecated)]
        if roots.is_empty()
            && let Some(root) = params.root_uri.as_ref().and_then(file_path)
        {
            roots.push(root);
        }
        let mut state = self.state();
        state.support = support;
        state.workspace_roots = roots;
        if let Some(options) = &params.initialization_options {
            let (layer, problems) = config::read::read_json(options);
            log_problems("initializationOptions", &problems);
            state.set_editor(layer);
        }
        tracing::info!(?support, roots = state.workspace_roots.len(), "settings support");
    }

    /// Takes the `settings` of didChangeConfiguration. Returns whether they should be pulled
    /// instead (the client sent none, as push-less clients do).
    pub fn did_change_configuration(&self, settings: &Value) -> bool {
        let pushed = match settings {
            Value::Object(map) if map.contains_key("copydesk") => Some(&map["copydesk"]),
            Value::Null => None,
            Value::Object(map) if map.is_empty() => None,
            other => Some(other),
        };
        match pushed {
            Some(value) if !value.is_null() => {
                self.set_editor_settings(value, "didChangeConfiguration");
                false
            }
            _ => self.state().support.pull_configuration,
        }
    }

    /// Applies settings pulled with workspace/configuration. `null` (the client has none for
    /// `copydesk`) leaves the current ones alone. Returns whether anything was applied.
    pub fn apply_pulled(&self, value: &Value) -> bool {
        if value.is_null() {
            return false;
        }
        self.set_editor_settings(value, "workspace/configuration");
        true
    }

    fn set_editor_settings(&self, value: &Value, source: &str) {
        let (layer, problems) = config::read::read_json(value);
        log_problems(source, &problems);
        self.state().set_editor(layer);
    }

    pub fn supports_pull(&self) -> bool {
        self.state().support.pull_configuration
    }

    pub fn supports_file_watching(&self) -> bool {
        self.state().support.watch_files
    }

    /// The registration that makes the client report `.copydesk.toml` changes on disk.
    pub fn watcher_registration() -> Registration {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String(format!("**/{}", config::FILE_NAME)),
                kind: None,
            }],
        };
        Registration {
            id: "copydesk-project-files".to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(options).ok(),
        }
    }

    /// Notes an open or changed project file's text. The TOML is parsed before the state
    /// is locked.
    pub fn project_file_changed(&self, path: PathBuf, uri: &Uri, version: i32, text: &str) {
        let config = Arc::new(ProjectConfig::from_text(&path, text));
        let mut state = self.state();
        if !state.open_project_files.contains_key(&path) {
            log_problems(&path.display().to_string(), &config.problems);
        }
        state
            .open_project_files
            .insert(path, OpenProjectFile { uri: uri.clone(), version, text: text.to_string(), config });
    }

    /// Notes a closed project file: the disk is the truth again.
    pub fn project_file_closed(&self, path: &Path) {
        self.state().open_project_files.remove(path);
    }

    /// The workspace's folders.
    pub fn workspace_roots(&self) -> Vec<PathBuf> {
        self.state().workspace_roots.clone()
    }

    /// The `memory` globs of the project file governing `folder`, with the folder they
    /// are relative to (the project file's).
    pub fn memory_globs_for(&self, folder: &Path) -> Option<(PathBuf, Vec<String>)> {
        let uri = Uri::from_file_path(folder.join("draft.md"))?;
        let path = self.project_file_for(&uri)?;
        let config = self.project_config(&path)?;
        let base = path.parent()?.to_path_buf();
        (!config.layer.memory.is_empty()).then(|| (base, config.layer.memory.clone()))
    }

    /// Whether the client takes versioned document changes in a WorkspaceEdit.
    pub fn supports_document_changes(&self) -> bool {
        self.state().support.document_changes
    }

    /// The spelling dialect the editor asks for, before any project file is read: what to
    /// warm the dictionary for at start-up.
    pub fn editor_dialect(&self) -> Option<crate::settings::Dialect> {
        self.state().editor.dialect
    }

    /// The settings for a document: the editor's, under its project file's. Resolved once
    /// per editor settings and project file, then shared.
    pub fn settings_for(&self, uri: &Uri) -> Arc<Settings> {
        let project = self.project_file_for(uri).and_then(|path| self.project_config(&path));
        let same_project = |cached: &Option<Arc<ProjectConfig>>| match (cached, &project) {
            (Some(cached), Some(project)) => Arc::ptr_eq(cached, project),
            (cached, project) => cached.is_none() && project.is_none(),
        };
        let mut state = self.state();
        if let Some((_, settings)) = state.resolved.iter().find(|(cached, _)| same_project(cached)) {
            return Arc::clone(settings);
        }
        let settings = Arc::new(SettingsLayer::resolve(&state.editor, project.as_ref().map(|config| &config.layer)));
        // A project file read again replaced its old config, now held only here.
        state.resolved.retain(|(cached, _)| cached.as_ref().is_none_or(|config| Arc::strong_count(config) > 1));
        state.resolved.push((project, Arc::clone(&settings)));
        settings
    }

    /// Where a document's project file search starts.
    fn search_start(&self, uri: &Uri) -> Option<PathBuf> {
        match file_path(uri) {
            Some(path) => path.parent().map(Path::to_path_buf),
            None => self.state().workspace_roots.first().cloned(),
        }
    }

    /// The nearest project file above a document, open in the editor or on disk. Not
    /// cached: a few `stat`s per analysis cost nothing next to the analysis, and a file
    /// created behind the server's back is found at once.
    fn project_file_for(&self, uri: &Uri) -> Option<PathBuf> {
        let start = self.search_start(uri)?;
        let open: HashSet<PathBuf> = self.state().open_project_files.keys().cloned().collect();
        start
            .ancestors()
            .map(|directory| directory.join(config::FILE_NAME))
            .find(|candidate| open.contains(candidate) || candidate.is_file())
    }

    fn project_config(&self, path: &Path) -> Option<Arc<ProjectConfig>> {
        if let Some(open) = self.state().open_project_files.get(path) {
            return Some(Arc::clone(&open.config));
        }
        let metadata = std::fs::metadata(path).ok()?;
        let stamp = (metadata.modified().ok(), metadata.len());
        if let Some((modified, length, config)) = self.state().from_disk.get(path)
            && (*modified, *length) == stamp
        {
            return Some(Arc::clone(config));
        }
        match ProjectConfig::load(path) {
            Ok(config) => {
                log_problems(&path.display().to_string(), &config.problems);
                let config = Arc::new(config);
                self.state().from_disk.insert(path.to_path_buf(), (stamp.0, stamp.1, Arc::clone(&config)));
                Some(config)
            }
            Err(problem) => {
                tracing::warn!("{problem}; using the editor's settings alone");
                None
            }
        }
    }

    /// The project file a document's teaching actions should edit (its buffer when open),
    /// or where a new one should be created when the client can create files.
    pub fn edit_target(&self, uri: &Uri) -> Option<EditTarget> {
        if let Some(path) = self.project_file_for(uri) {
            if let Some(open) = self.state().open_project_files.get(&path) {
                let project_file = ide::ProjectFile::Existing { path: path.clone(), text: open.text.clone() };
                return Some(EditTarget { project_file, uri: open.uri.clone(), version: Some(open.version) });
            }
            let text = std::fs::read_to_string(&path).ok()?;
            let uri = Uri::from_file_path(&path)?;
            return Some(EditTarget { project_file: ide::ProjectFile::Existing { path, text }, uri, version: None });
        }
        if !self.state().support.create_files {
            return None;
        }
        // A new file goes to the workspace folder that holds the document, else beside it.
        let document = file_path(uri);
        let roots = self.state().workspace_roots.clone();
        let directory = match &document {
            Some(path) => roots
                .iter()
                .find(|root| path.starts_with(root))
                .cloned()
                .or_else(|| path.parent().map(Path::to_path_buf))?,
            None => roots.first()?.clone(),
        };
        let path = directory.join(config::FILE_NAME);
        let uri = Uri::from_file_path(&path)?;
        Some(EditTarget { project_file: ide::ProjectFile::New { path }, uri, version: None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;

    /// Resolved settings are shared until the editor's settings or the project file change.
    #[test]
    fn settings_are_shared_and_follow_project_file_and_editor_changes() {
        let directory = std::env::temp_dir().join(format!("copydesk-shared-settings-{}", std::process::id()));
        std::fs::create_dir_all(&directory).unwrap();
        let project = directory.join(config::FILE_NAME);
        std::fs::write(&project, "[rules]\n\"garbled.punctuation\" = \"off\"\n").unwrap();
        let uri = Uri::from_file_path(directory.join("draft.md")).unwrap();
        let configuration = Configuration::default();
        let first = configuration.settings_for(&uri);
        assert!(Arc::ptr_eq(&first, &configuration.settings_for(&uri)));
        assert_eq!(first.severity_for(crate::rules::RuleId::GarbledPunctuation, Severity::Warning), None);
        // A different length is a change even within the file system's time resolution.
        std::fs::write(&project, "[rules]\n\"garbled.punctuation\" = \"error\"\n").unwrap();
        let edited = configuration.settings_for(&uri);
        assert_eq!(
            edited.severity_for(crate::rules::RuleId::GarbledPunctuation, Severity::Warning),
            Some(Severity::Error)
        );
        assert_eq!(configuration.state().resolved.len(), 1, "the old project file's entry is dropped");
        configuration.apply_pulled(&serde_json::json!({"rules": {"garbled.repeated-word": "hint"}}));
        let with_editor = configuration.settings_for(&uri);
        assert!(!Arc::ptr_eq(&edited, &with_editor));
        assert_eq!(
            with_editor.severity_for(crate::rules::RuleId::GarbledRepeatedWord, Severity::Warning),
            Some(Severity::Hint)
        );
        std::fs::remove_dir_all(&directory).unwrap();
    }
}
