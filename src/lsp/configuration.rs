//! Settings in the server, and the code actions that teach copydesk house style.
//!
//! - Editor settings arrive as initializationOptions and in workspace/didChangeConfiguration
//!   (section `copydesk`); when a client sends `null` there, or after `initialized`, they
//!   are pulled with workspace/configuration in the background: nothing ever waits on it,
//!   since some clients never answer.
//! - Each document's project file is the nearest `.copydesk.toml` above it (for a document
//!   with no path, above the first workspace folder). An open project file's buffer wins
//!   over the disk, so edits apply before they are saved. The project wins over the editor
//!   where both speak (see [`SettingsLayer::resolve`]).
//! - An open project file gets diagnostics for its problems instead of prose findings.
//! - Teaching actions edit only through WorkspaceEdits the editor applies; the server
//!   never writes a file.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use ropey::Rope;
use serde_json::Value;
use tower_lsp_server::ls_types::*;

use super::convert;
use crate::config::edit::{self, EditError};
use crate::config::{self, ConfigProblem, ProblemKind, ProjectConfig, SettingsLayer};
use crate::engine::Checked;
use crate::rules::{Family, Finding, RuleId, Severity};
use crate::settings::Settings;
use crate::text::{ByteSpan, Language, PositionEncoding, Prose};

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

/// Whether a document is a project file (by name).
pub fn is_project_file(uri: &Uri) -> bool {
    file_path(uri).is_some_and(|path| config::is_project_file(&path))
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

    /// Notes an open or changed project file's text. Returns false for other documents.
    pub fn project_file_opened_or_changed(&self, uri: &Uri, version: i32, text: &str) -> bool {
        let Some(path) = file_path(uri).filter(|path| config::is_project_file(path)) else { return false };
        let config = Arc::new(ProjectConfig::from_text(&path, text));
        let mut state = self.state();
        if !state.open_project_files.contains_key(&path) {
            log_problems(&path.display().to_string(), &config.problems);
        }
        state
            .open_project_files
            .insert(path, OpenProjectFile { uri: uri.clone(), version, text: text.to_string(), config });
        true
    }

    /// Notes a closed project file: the disk is the truth again. Returns false for other documents.
    pub fn project_file_closed(&self, uri: &Uri) -> bool {
        let Some(path) = file_path(uri).filter(|path| config::is_project_file(path)) else { return false };
        self.state().open_project_files.remove(&path);
        true
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

    /// The text, URI and version (when open) of the project file a document's teaching
    /// actions should edit, or where a new one should be created.
    fn edit_target(&self, uri: &Uri) -> Option<EditTarget> {
        if let Some(path) = self.project_file_for(uri) {
            if let Some(open) = self.state().open_project_files.get(&path) {
                return Some(EditTarget::Existing {
                    uri: open.uri.clone(),
                    text: open.text.clone(),
                    version: Some(open.version),
                });
            }
            let text = std::fs::read_to_string(&path).ok()?;
            return Some(EditTarget::Existing { uri: Uri::from_file_path(&path)?, text, version: None });
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
        Some(EditTarget::New { uri: Uri::from_file_path(directory.join(config::FILE_NAME))? })
    }

    /// A WorkspaceEdit that changes the project file with `change`, or `None` when there is
    /// nothing to change or it cannot be done.
    fn project_edit(
        &self,
        uri: &Uri,
        encoding: PositionEncoding,
        change: impl Fn(&str) -> Result<Option<String>, EditError>,
    ) -> Option<WorkspaceEdit> {
        let document_changes = self.state().support.document_changes;
        match self.edit_target(uri)? {
            EditTarget::Existing { uri, text, version } => {
                let new_text = match change(&text) {
                    Ok(new_text) => new_text?,
                    Err(error) => {
                        tracing::info!(%error, "no project file action");
                        return None;
                    }
                };
                let (span, replacement) = edit::smallest_replacement(&text, &new_text);
                let text_edit =
                    TextEdit { range: convert::range(&Rope::from_str(&text), span, encoding), new_text: replacement };
                Some(if document_changes {
                    let identifier = OptionalVersionedTextDocumentIdentifier { uri, version };
                    WorkspaceEdit {
                        document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                            text_document: identifier,
                            edits: vec![OneOf::Left(text_edit)],
                        }])),
                        ..WorkspaceEdit::default()
                    }
                } else {
                    #[allow(clippy::mutable_key_type)] // Uri's hash does not change.
                    let changes = HashMap::from([(uri, vec![text_edit])]);
                    WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() }
                })
            }
            EditTarget::New { uri } => {
                let text = change(config::STARTER).ok()??;
                let create = CreateFile {
                    uri: uri.clone(),
                    options: Some(CreateFileOptions { overwrite: Some(false), ignore_if_exists: Some(false) }),
                    annotation_id: None,
                };
                let fill = TextDocumentEdit {
                    text_document: OptionalVersionedTextDocumentIdentifier { uri, version: None },
                    edits: vec![OneOf::Left(TextEdit { range: Range::default(), new_text: text })],
                };
                Some(WorkspaceEdit {
                    document_changes: Some(DocumentChanges::Operations(vec![
                        DocumentChangeOperation::Op(ResourceOp::Create(create)),
                        DocumentChangeOperation::Edit(fill),
                    ])),
                    ..WorkspaceEdit::default()
                })
            }
        }
    }

    /// The actions that teach copydesk, for the findings that overlap `requested`.
    pub fn teaching_actions(
        &self,
        uri: &Uri,
        rope: &Rope,
        checked: &Checked,
        draft: &str,
        requested: ByteSpan,
        encoding: PositionEncoding,
    ) -> Vec<CodeActionOrCommand> {
        let mut actions: Vec<CodeAction> = Vec::new();
        let mut offer = |action: CodeAction| {
            if !actions.iter().any(|known| known.title == action.title) {
                actions.push(action);
            }
        };
        for finding in checked.findings.iter().filter(|f| f.span.overlaps(requested)) {
            let diagnostics = Some(vec![convert::diagnostic(rope, finding, encoding)]);
            let action = |title: String, edit: WorkspaceEdit| CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: diagnostics.clone(),
                edit: Some(edit),
                is_preferred: Some(false),
                ..CodeAction::default()
            };
            let flagged = finding.span.slice(draft).trim();
            if finding.family() == Family::Name && looks_like_a_name(flagged) {
                let name = flagged.to_string();
                if let Some(edit) = self.project_edit(uri, encoding, |text| edit::add_known_name(text, &name)) {
                    offer(action(format!("Add '{name}' to project names"), edit));
                }
            }
            if crate::rules::spelling::is_spelling(finding) && !flagged.is_empty() {
                let word = flagged.to_string();
                if let Some(edit) = self.project_edit(uri, encoding, |text| edit::add_word(text, &word)) {
                    offer(action(format!("Add “{word}” to the project's word list"), edit));
                }
            }
            if finding.code == RuleId::GarbledTorturedPhrase && !flagged.is_empty() {
                let phrase = flagged.to_lowercase();
                if let Some(edit) = self.project_edit(uri, encoding, |text| edit::allow_phrase(text, &phrase)) {
                    offer(action(format!("Allow '{phrase}' in this project"), edit));
                }
            }
            // A suppression finding is about a comment: fix the comment, not suppress it.
            if finding.family() == Family::Suppression {
                continue;
            }
            let line_edit = suppression_insertion(draft, &checked.prose, finding);
            #[allow(clippy::mutable_key_type)] // Uri's hash does not change.
            let changes = HashMap::from([(
                uri.clone(),
                vec![TextEdit {
                    range: convert::range(rope, ByteSpan::new(line_edit.0, line_edit.0), encoding),
                    new_text: line_edit.1,
                }],
            )]);
            offer(action(
                format!("Disable {} on this line", finding.code),
                WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() },
            ));
            let code = finding.code;
            if let Some(edit) =
                self.project_edit(uri, encoding, |text| edit::set_rule_level(text, code.as_str(), "off"))
            {
                offer(action(format!("Disable {code} in this project"), edit));
            }
        }
        actions.into_iter().map(CodeActionOrCommand::CodeAction).collect()
    }
}

enum EditTarget {
    Existing { uri: Uri, text: String, version: Option<i32> },
    New { uri: Uri },
}

/// A short, single-line, capitalised phrase: what a name finding should flag. Anything
/// else (a whole sentence) is not offered as a name.
fn looks_like_a_name(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 80
        && !text.contains(['\n', '\r', '"'])
        && text.chars().next().is_some_and(char::is_uppercase)
}

/// Where and what to insert so that a suppression comment covers the finding's line:
/// `(offset, text)`. In Markdown the comment must stay invisible and must not split the
/// block it sits in: inside a paragraph it goes at the end of the previous line (inline
/// HTML); at the start of a block, on a line of its own above. In plain text it is a
/// `%%` line above.
fn suppression_insertion(draft: &str, prose: &Prose, finding: &Finding) -> (usize, String) {
    let start = finding.span.start.min(draft.len());
    let line_start = draft[..start].rfind('\n').map_or(0, |index| index + 1);
    let line = &draft[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let indent = &line[..line.len() - line.trim_start().len()];
    let line_break = if line.ends_with('\r') { "\r\n" } else { "\n" };
    let code = finding.code;
    if prose.language == Language::PlainText {
        return (line_start, format!("{indent}%% copydesk-disable-next-line {code}{line_break}"));
    }
    if line_start > 0 {
        let previous = draft[..line_start - 1].trim_end_matches('\r');
        let previous_end = previous.trim_end().len();
        let previous_is_prose = previous_end > 0
            && !previous[previous.rfind('\n').map_or(0, |i| i + 1)..].trim().is_empty()
            && prose
                .paragraphs
                .iter()
                .any(|paragraph| paragraph.span.start < previous_end && previous_end <= paragraph.span.end);
        if previous_is_prose {
            return (previous_end, format!(" <!-- copydesk-disable-next-line {code} -->"));
        }
    }
    (line_start, format!("{indent}<!-- copydesk-disable-next-line {code} -->{line_break}"))
}

/// The diagnostics of an open project file, as findings so they travel the same road.
pub fn project_file_findings(text: &str) -> Vec<Finding> {
    let (_, problems) = config::read::read_toml(text);
    problems
        .into_iter()
        .map(|problem| {
            let (code, severity) = match problem.kind {
                ProblemKind::Syntax => (RuleId::ConfigSyntax, Severity::Error),
                ProblemKind::UnknownKey => (RuleId::ConfigUnknownKey, Severity::Warning),
                ProblemKind::InvalidValue => (RuleId::ConfigInvalidValue, Severity::Warning),
            };
            let mut finding = Finding::of(code, problem.span.unwrap_or_default(), problem.message);
            finding.severity = severity;
            finding
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::check_draft;

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
        assert_eq!(first.severity_for(RuleId::GarbledPunctuation, Severity::Warning), None);
        // A different length is a change even within the file system's time resolution.
        std::fs::write(&project, "[rules]\n\"garbled.punctuation\" = \"error\"\n").unwrap();
        let edited = configuration.settings_for(&uri);
        assert_eq!(edited.severity_for(RuleId::GarbledPunctuation, Severity::Warning), Some(Severity::Error));
        assert_eq!(configuration.state().resolved.len(), 1, "the old project file's entry is dropped");
        configuration.apply_pulled(&serde_json::json!({"rules": {"garbled.repeated-word": "hint"}}));
        let with_editor = configuration.settings_for(&uri);
        assert!(!Arc::ptr_eq(&edited, &with_editor));
        assert_eq!(with_editor.severity_for(RuleId::GarbledRepeatedWord, Severity::Warning), Some(Severity::Hint));
        std::fs::remove_dir_all(&directory).unwrap();
    }

    fn insert_for(draft: &str, language: Language) -> String {
        let checked = check_draft(draft, language, &Settings::default());
        let finding = checked.findings.iter().find(|f| f.code == "garbled.repeated-word").expect("a finding");
        let (offset, text) = suppression_insertion(draft, &checked.prose, finding);
        let mut edited = draft.to_string();
        edited.insert_str(offset, &text);
        // The inserted comment hides the finding and nothing else changes.
        let after = check_draft(&edited, language, &Settings::default());
        assert!(after.findings.iter().all(|f| f.code != "garbled.repeated-word"), "{edited:?}: {:?}", after.findings);
        edited
    }

    #[test]
    fn a_line_suppression_is_inserted_where_it_stays_invisible() {
        assert_eq!(
            insert_for("Intro.\n\nThe the end.\n", Language::Markdown),
            "Intro.\n\n<!-- copydesk-disable-next-line garbled.repeated-word -->\nThe the end.\n"
        );
        assert_eq!(
            insert_for("First line\nand the the end.\n", Language::Markdown),
            "First line <!-- copydesk-disable-next-line garbled.repeated-word -->\nand the the end.\n"
        );
        assert_eq!(
            insert_for("```\ncode\n```\nThe the end.\r\n", Language::Markdown),
            "```\ncode\n```\n<!-- copydesk-disable-next-line garbled.repeated-word -->\r\nThe the end.\r\n"
        );
        assert_eq!(
            insert_for("Intro.\n  The the end.\n", Language::PlainText),
            "Intro.\n  %% copydesk-disable-next-line garbled.repeated-word\n  The the end.\n"
        );
    }

    #[test]
    fn project_file_problems_become_located_findings() {
        let text = "[style]\nfirst_refrence = true\n";
        let findings = project_file_findings(text);
        assert_eq!(findings.len(), 1);
        assert_eq!((findings[0].code, findings[0].span.slice(text)), (RuleId::ConfigUnknownKey, "first_refrence"));
        assert_eq!(project_file_findings("[style\n")[0].code, RuleId::ConfigSyntax);
    }

    #[test]
    fn a_name_finding_offers_to_add_the_name_to_the_project_file() {
        let directory = std::env::temp_dir().join(format!("copydesk-teach-name-{}", std::process::id()));
        std::fs::create_dir_all(&directory).unwrap();
        let config_text = "# Metro desk.\nnames = [\n    \"Xi Jinping\", # the president\n]\n";
        std::fs::write(directory.join(config::FILE_NAME), config_text).unwrap();
        let uri = Uri::from_file_path(directory.join("story.txt")).unwrap();
        let draft = "Floods hit Wanzhou on Monday.\n";
        // The names rule is another issue's: a finding of its family stands in for it here.
        let mut finding = Finding::new(ByteSpan::new(11, 18), "a variant of Wanzhow");
        finding.code = RuleId::NameVariant;
        let checked =
            Checked { prose: Prose::new(draft, Language::PlainText), findings: vec![finding], ..Checked::default() };
        let rope = Rope::from_str(draft);
        let configuration = Configuration::default();
        let actions = configuration.teaching_actions(
            &uri,
            &rope,
            &checked,
            draft,
            ByteSpan::new(12, 12),
            PositionEncoding::Utf16,
        );
        let titles: Vec<String> = actions
            .iter()
            .map(|action| match action {
                CodeActionOrCommand::CodeAction(action) => action.title.clone(),
                CodeActionOrCommand::Command(command) => command.title.clone(),
            })
            .collect();
        assert_eq!(
            titles,
            [
                "Add 'Wanzhou' to project names",
                "Disable name.variant on this line",
                "Disable name.variant in this project"
            ]
        );
        let CodeActionOrCommand::CodeAction(add) = &actions[0] else { panic!("a code action") };
        let changes = add.edit.as_ref().and_then(|edit| edit.changes.as_ref()).expect("plain changes");
        let config_uri = Uri::from_file_path(directory.join(config::FILE_NAME)).unwrap();
        let edits = &changes[&config_uri];
        assert_eq!(edits.len(), 1);
        let config_rope = Rope::from_str(config_text);
        let span = convert::span(&config_rope, edits[0].range, PositionEncoding::Utf16);
        let mut edited = config_text.to_string();
        edited.replace_range(span.range(), &edits[0].new_text);
        assert_eq!(edited, "# Metro desk.\nnames = [\n    \"Xi Jinping\", # the president\n    \"Wanzhou\",\n]\n");
        let _ = std::fs::remove_dir_all(&directory);
    }

    #[test]
    fn names_look_like_names() {
        assert!(looks_like_a_name("Wanzhou"));
        assert!(looks_like_a_name("Luiz Inácio Lula da Silva"));
        assert!(!looks_like_a_name("the end"));
        assert!(!looks_like_a_name("A\nB"));
    }
}
