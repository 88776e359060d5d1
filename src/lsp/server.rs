//! The server's state and handlers.
//!
//! Ordering contract: tower-lsp-server runs up to four messages at once, notifications
//! included. Every handler that changes a document does so synchronously, under a std
//! Mutex that is never held across an `.await`, before its first `.await`. Analyses run off
//! the reactor, at most one per document at a time (newer edits coalesce into one rerun),
//! and a result is published only if its version is still the document's current one and
//! newer than the last one published.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use ropey::Rope;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::capabilities::ClientSupport;
use super::configuration::{self, Configuration};
use super::newsroom::Newsroom;
use super::worker::AnalysisWorker;
use super::{actions, convert};
use crate::engine::{Checked, Memo, check_draft_reusing};
use crate::ide;
use crate::rules::spelling;
use crate::settings::Settings;
use crate::text::{ByteSpan, Document, Language, PositionEncoding, TextChange};

/// One analysis of one version of a document.
pub struct Analysis {
    pub version: i32,
    /// The settings generation it was made with (see `Shared::settings_generation`).
    pub generation: u64,
    pub rope: Rope,
    pub draft: String,
    pub checked: Checked,
}

pub(super) struct OpenDocument {
    pub(super) document: Document,
    /// The document's path when it is a project file (decided when it opens): it gets
    /// diagnostics about its settings instead of prose findings, and no teaching actions.
    project_file: Option<PathBuf>,
    /// An analysis task is running for this document.
    analysis_running: bool,
    /// An edit arrived while the analysis ran: run again when it ends.
    rerun_requested: bool,
    /// (version, settings generation) of the last publication.
    published_version: Option<(i32, u64)>,
    pub(super) latest: Option<Arc<Analysis>>,
    /// What the client was last shown of the speaker hints (`inlay::fingerprint`).
    pub(super) speaker_hints: Option<u64>,
    /// What the document's analyses keep for the next (the engine's memo): the analysis
    /// thread locks it while it analyses; nothing else reads it.
    memo: Arc<std::sync::Mutex<Memo>>,
}

impl OpenDocument {
    /// The last analysis, for the next one to reuse. Once the document has moved past its
    /// version nothing else can use it (hovers and actions want the current version), so
    /// it is handed over rather than shared: the analysis thread can then free its facts
    /// before building the next analysis, instead of holding two at once.
    fn reusable(&mut self) -> Option<Arc<Analysis>> {
        match &self.latest {
            Some(latest) if latest.version != self.document.version() => self.latest.take(),
            _ => self.latest.clone(),
        }
    }

    /// An analysis of the document is running or about to.
    pub(super) fn is_analysing(&self) -> bool {
        self.analysis_running
    }

    /// What an analysis of the current version needs, taken under the documents lock.
    fn snapshot(&self, previous: Option<Arc<Analysis>>) -> Snapshot {
        Snapshot {
            version: self.document.version(),
            rope: self.document.rope().clone(),
            language: self.document.language(),
            is_project_file: self.project_file.is_some(),
            previous,
            memo: Arc::clone(&self.memo),
        }
    }
}

/// One version of a document, to analyse off the documents lock.
struct Snapshot {
    version: i32,
    rope: Rope,
    language: Language,
    is_project_file: bool,
    /// An earlier analysis of the document, whose unchanged paragraphs' tokens and
    /// sentences can be reused.
    previous: Option<Arc<Analysis>>,
    memo: Arc<std::sync::Mutex<Memo>>,
}

pub(super) struct Shared {
    pub(super) client: Client,
    encoding: RwLock<PositionEncoding>,
    pub(super) configuration: Configuration,
    /// What the client can do (pull diagnostics, inlay hints, lazy edits...).
    support: RwLock<ClientSupport>,
    /// Bumped whenever settings change, so the same version analysed again under new
    /// settings is newer than what was published.
    pub(super) settings_generation: AtomicU64,
    documents: Mutex<HashMap<Uri, OpenDocument>>,
    /// Counts the analyses that ended (published, dropped as stale, or failed): a pull
    /// request waits on it for its document's analysis.
    pub(super) analysed: tokio::sync::watch::Sender<u64>,
    /// Serialises publications so versions reach the client in order.
    publish_lock: tokio::sync::Mutex<()>,
    /// The one thread analyses run on.
    worker: AnalysisWorker,
    /// The other stories' casts (see `newsroom`).
    newsroom: Newsroom,
}

pub struct Backend {
    shared: Arc<Shared>,
}

impl Backend {
    pub fn new(client: Client) -> Self {
        Backend {
            shared: Arc::new(Shared {
                client,
                encoding: RwLock::new(PositionEncoding::Utf16),
                configuration: Configuration::default(),
                support: RwLock::new(ClientSupport::default()),
                settings_generation: AtomicU64::new(0),
                analysed: tokio::sync::watch::Sender::new(0),
                documents: Mutex::new(HashMap::new()),
                publish_lock: tokio::sync::Mutex::new(()),
                worker: AnalysisWorker::start(),
                newsroom: Newsroom::default(),
            }),
        }
    }
}

impl Shared {
    pub(super) fn documents(&self) -> MutexGuard<'_, HashMap<Uri, OpenDocument>> {
        // A panic while holding the lock leaves the map usable: recover it.
        self.documents.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn encoding(&self) -> PositionEncoding {
        *self.encoding.read().unwrap_or_else(|p| p.into_inner())
    }

    pub(super) fn support(&self) -> ClientSupport {
        *self.support.read().unwrap_or_else(|p| p.into_inner())
    }

    /// How this client is sent diagnostics of `uri`.
    pub(super) fn diagnostic_style<'u>(&self, uri: &'u Uri) -> convert::DiagnosticStyle<'u> {
        convert::DiagnosticStyle {
            uri,
            encoding: self.encoding(),
            related_information: self.support().related_information,
        }
    }

    /// Analyses one version of a document with the settings in force for it. A project
    /// file gets its own problems instead of prose findings. Also returns what is left of
    /// the previous analysis, for the worker to free once the result is on its way.
    fn analyse(&self, uri: &Uri, snapshot: Snapshot) -> (Analysis, Option<Previous>) {
        let generation = self.settings_generation.load(Ordering::SeqCst);
        let Snapshot { version, rope, language, is_project_file, previous, memo } = snapshot;
        if is_project_file {
            let draft = rope.to_string();
            let checked = Checked { findings: ide::project_file::findings(&draft), ..Checked::default() };
            return (Analysis { version, generation, rope, draft, checked }, previous.map(Previous::Shared));
        }
        let settings = self.configuration.settings_for(uri);
        let mut memo = memo.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (mut analysis, previous) = analyse(version, generation, rope, language, &settings, previous, &mut memo);
        let text = (analysis.draft.as_str(), &analysis.rope);
        self.newsroom.after_analysis(uri, &mut analysis.checked, text, language, &settings);
        (analysis, previous)
    }

    /// Settings changed: every open document is analysed again and republished.
    fn settings_changed(self: &Arc<Self>) {
        self.settings_generation.fetch_add(1, Ordering::SeqCst);
        let uris: Vec<Uri> = self.documents().keys().cloned().collect();
        for uri in uris {
            self.schedule_analysis(uri);
        }
        // A pulling client asks again, and its requests wait for the new analyses; so
        // does a client showing speakers (the setting may have turned them on or off).
        self.refresh_pulled_diagnostics();
        self.refresh_inlay_hints();
    }

    /// Pulls the `copydesk` section with workspace/configuration, in the background: the
    /// server never waits on it, since some clients never answer.
    fn pull_settings(self: &Arc<Self>) {
        let shared = Arc::clone(self);
        tokio::spawn(async move {
            let item = ConfigurationItem { scope_uri: None, section: Some("copydesk".to_string()) };
            match shared.client.configuration(vec![item]).await {
                Ok(values) => {
                    if values.first().is_some_and(|value| shared.configuration.apply_pulled(value)) {
                        shared.settings_changed();
                    }
                }
                Err(error) => tracing::info!(%error, "workspace/configuration failed; keeping the current settings"),
            }
        });
    }

    /// Starts an analysis of `uri` unless one is running, in which case it reruns after.
    pub(super) fn schedule_analysis(self: &Arc<Self>, uri: Uri) {
        {
            let mut documents = self.documents();
            let Some(open) = documents.get_mut(&uri) else { return };
            if open.analysis_running {
                open.rerun_requested = true;
                return;
            }
            open.analysis_running = true;
            open.rerun_requested = false;
        }
        let shared = Arc::clone(self);
        tokio::spawn(async move { shared.analysis_loop(uri).await });
    }

    async fn analysis_loop(self: Arc<Self>, uri: Uri) {
        loop {
            let snapshot = {
                let mut documents = self.documents();
                let Some(open) = documents.get_mut(&uri) else { return };
                open.rerun_requested = false;
                let previous = open.reusable();
                open.snapshot(previous)
            };
            let version = snapshot.version;
            let (shared, analysed_uri) = (Arc::clone(&self), uri.clone());
            let analysis = self.worker.run_then_drop(move || shared.analyse(&analysed_uri, snapshot)).await;
            match analysis {
                Ok(analysis) => self.publish(&uri, Arc::new(analysis)).await,
                Err(error) => {
                    tracing::error!(%error, uri = uri.as_str(), version, "analysis failed; the server keeps running");
                    self.analysed.send_modify(|count| *count += 1);
                }
            }
            let mut documents = self.documents();
            let Some(open) = documents.get_mut(&uri) else { return };
            if !open.rerun_requested {
                open.analysis_running = false;
                return;
            }
        }
    }

    async fn publish(&self, uri: &Uri, analysis: Arc<Analysis>) {
        let _in_order = self.publish_lock.lock().await;
        let _wake_pulls = WakeOnDrop(&self.analysed);
        let unchanged = {
            let mut documents = self.documents();
            let Some(open) = documents.get_mut(uri) else { return };
            let is_current = open.document.version() == analysis.version;
            let is_newer =
                open.published_version.is_none_or(|published| (analysis.version, analysis.generation) > published);
            if !is_current || !is_newer {
                tracing::debug!(uri = uri.as_str(), version = analysis.version, "dropping a stale analysis");
                // Not shown, but the closest base for the next analysis to reuse.
                if open.latest.as_ref().is_none_or(|latest| latest.version < analysis.version) {
                    open.latest = Some(analysis);
                }
                return;
            }
            // The same version analysed again (new settings, the newsroom's memory) with
            // the same findings: the client already shows them.
            let unchanged = open.published_version.is_some_and(|(version, _)| version == analysis.version)
                && open.latest.as_ref().is_some_and(|latest| {
                    latest.version == analysis.version && latest.checked.findings == analysis.checked.findings
                });
            open.published_version = Some((analysis.version, analysis.generation));
            open.latest = Some(Arc::clone(&analysis));
            unchanged
        };
        self.refresh_speaker_hints(uri, &analysis);
        if self.support().pull_diagnostics {
            // The client pulls (`pull`): it is never pushed to.
            return;
        }
        if unchanged {
            tracing::debug!(uri = uri.as_str(), version = analysis.version, "findings unchanged; not published again");
            return;
        }
        let style = self.diagnostic_style(uri);
        let diagnostics =
            analysis.checked.findings.iter().map(|f| convert::diagnostic(&analysis.rope, f, style)).collect();
        self.client.publish_diagnostics(uri.clone(), diagnostics, Some(analysis.version)).await;
    }

    /// The analysis of the document's current version: the published one if it is
    /// current, otherwise a fresh one.
    pub(super) async fn current_analysis(self: &Arc<Self>, uri: &Uri) -> Option<Arc<Analysis>> {
        let snapshot = {
            let documents = self.documents();
            let open = documents.get(uri)?;
            if let Some(latest) = &open.latest
                && latest.version == open.document.version()
                && latest.generation == self.settings_generation.load(Ordering::SeqCst)
            {
                return Some(Arc::clone(latest));
            }
            open.snapshot(open.latest.clone())
        };
        let (shared, analysed_uri) = (Arc::clone(self), uri.clone());
        match self.worker.run_then_drop(move || shared.analyse(&analysed_uri, snapshot)).await {
            Ok(analysis) => Some(Arc::new(analysis)),
            Err(error) => {
                tracing::error!(%error, "analysis failed");
                None
            }
        }
    }
}

/// Tells the requests waiting for an analysis that one ended, however `publish` returns.
struct WakeOnDrop<'a>(&'a tokio::sync::watch::Sender<u64>);

impl Drop for WakeOnDrop<'_> {
    fn drop(&mut self) {
        self.0.send_modify(|count| *count += 1);
    }
}

/// What a new analysis reuses of the previous one (its prose: the tokens and sentences of
/// unchanged paragraphs): all of it while it is shared, or, when this is its only owner,
/// the prose alone.
enum Previous {
    Shared(Arc<Analysis>),
    Owned(Box<Checked>),
}

impl Previous {
    fn new(analysis: Arc<Analysis>) -> Self {
        match Arc::try_unwrap(analysis) {
            Ok(analysis) => Previous::Owned(Box::new(Checked { prose: analysis.checked.prose, ..Checked::default() })),
            Err(shared) => Previous::Shared(shared),
        }
    }

    fn checked(&self) -> &Checked {
        match self {
            Previous::Shared(analysis) => &analysis.checked,
            Previous::Owned(checked) => checked,
        }
    }
}

impl Shared {
    /// Suggestions for the misspelt words in `requested`, keyed by finding index: computed
    /// only when the editor asks, on the analysis thread so the reactor stays free.
    pub(super) async fn spelling_suggestions(
        &self,
        uri: &Uri,
        analysis: &Arc<Analysis>,
        requested: ByteSpan,
    ) -> Vec<(usize, Vec<crate::rules::Fix>)> {
        let wanted = ide::spelling::words_to_suggest(&analysis.checked, requested);
        if wanted.is_empty() {
            return Vec::new();
        }
        let dialect = self.configuration.settings_for(uri).spelling.dialect;
        let analysis = Arc::clone(analysis);
        let work = move || ide::spelling::suggestions(&analysis.checked, &analysis.draft, &wanted, dialect);
        self.worker.run(work).await.unwrap_or_else(|error| {
            tracing::error!(%error, "no spelling suggestions");
            Vec::new()
        })
    }
}

fn analyse(
    version: i32,
    generation: u64,
    rope: Rope,
    language: Language,
    settings: &Settings,
    previous: Option<Arc<Analysis>>,
    memo: &mut Memo,
) -> (Analysis, Option<Previous>) {
    let previous = previous.map(Previous::new);
    let _span = tracing::debug_span!("analyse", version).entered();
    let started = std::time::Instant::now();
    let draft = rope.to_string();
    let previous_prose = previous.as_ref().map(|previous| &previous.checked().prose);
    let checked = check_draft_reusing(memo, previous_prose, &draft, language, settings);
    tracing::debug!(
        version,
        findings = checked.findings.len(),
        elapsed_us = started.elapsed().as_micros() as u64,
        "analysed"
    );
    (Analysis { version, generation, rope, draft, checked }, previous)
}

fn not_open(uri: &Uri) -> Error {
    Error::invalid_params(format!("document not open: {}", uri.as_str()))
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offers_utf8 = params
            .capabilities
            .general
            .as_ref()
            .and_then(|general| general.position_encodings.as_ref())
            .is_some_and(|encodings| encodings.contains(&PositionEncodingKind::UTF8));
        let encoding = if offers_utf8 { PositionEncoding::Utf8 } else { PositionEncoding::Utf16 };
        *self.shared.encoding.write().unwrap_or_else(|p| p.into_inner()) = encoding;
        self.shared.configuration.initialize(&params);
        let support = ClientSupport::from_capabilities(&params.capabilities);
        *self.shared.support.write().unwrap_or_else(|p| p.into_inner()) = support;
        tracing::info!(?encoding, ?support, "initialize");
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(if offers_utf8 {
                    PositionEncodingKind::UTF8
                } else {
                    PositionEncodingKind::UTF16
                }),
                text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..TextDocumentSyncOptions::default()
                })),
                code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                    code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                    resolve_provider: support.resolve_edits.then_some(true),
                    ..CodeActionOptions::default()
                })),
                diagnostic_provider: support.pull_diagnostics.then(super::pull::capability),
                inlay_hint_provider: support.inlay_hints.then_some(OneOf::Left(true)),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Right(RenameOptions {
                    prepare_provider: Some(true),
                    work_done_progress_options: Default::default(),
                })),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "copydesk".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        tracing::info!("initialized");
        if self.shared.configuration.supports_pull() {
            self.shared.pull_settings();
        }
        // Parsing the dictionary and building the phrase lexicon take a moment each: do it
        // now, side by side and beside the first analyses, rather than inside the first
        // one (a project file may still ask for another dialect or its own phrases).
        let dialect = self.shared.configuration.editor_dialect();
        let warming = std::thread::Builder::new()
            .name("copydesk-dictionaries".to_string())
            .spawn(move || spelling::warm(dialect));
        if let Err(error) = warming {
            tracing::info!(%error, "the dictionary loads on first use");
        }
        let warming = std::thread::Builder::new()
            .name("copydesk-phrases".to_string())
            .spawn(|| crate::engine::load_phrase_lexicon(&crate::settings::Settings::default()));
        if let Err(error) = warming {
            tracing::info!(%error, "the phrase lexicon loads on first use");
        }
        let memory_globs = super::newsroom::start(&self.shared.newsroom, &self.shared.configuration, {
            let (shared, runtime) = (Arc::clone(&self.shared), tokio::runtime::Handle::current());
            Box::new(move || {
                let shared = Arc::clone(&shared);
                runtime.spawn(async move { shared.settings_changed() });
            })
        });
        if self.shared.configuration.supports_file_watching() {
            let client = self.shared.client.clone();
            let registrations = vec![Configuration::watcher_registration(), Newsroom::registration(&memory_globs)];
            tokio::spawn(async move {
                if let Err(error) = client.register_capability(registrations).await {
                    tracing::info!(%error, "cannot watch project files; changes on disk apply at the next edit");
                }
            });
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        if self.shared.configuration.did_change_configuration(&params.settings) {
            self.shared.pull_settings();
        }
        self.shared.settings_changed();
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        self.shared.newsroom.files_changed(&params.changes, &self.shared.configuration);
        // Project files are re-read by modification time; re-analysing picks changes up.
        self.shared.settings_changed();
    }

    async fn shutdown(&self) -> Result<()> {
        tracing::info!("shutdown");
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let language = Language::from_language_id(&item.language_id);
        let project_file = configuration::project_file_path(&item.uri);
        let open = OpenDocument {
            document: Document::new(&item.text, item.version, language),
            project_file: project_file.clone(),
            analysis_running: false,
            rerun_requested: false,
            published_version: None,
            latest: None,
            speaker_hints: None,
            memo: Arc::default(),
        };
        self.shared.documents().insert(item.uri.clone(), open);
        if let Some(path) = project_file {
            self.shared.configuration.project_file_changed(path, &item.uri, item.version, &item.text);
            self.shared.settings_changed();
        }
        self.shared.schedule_analysis(item.uri);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let encoding = self.shared.encoding();
        let changed_project_file = {
            let mut documents = self.shared.documents();
            let Some(open) = documents.get_mut(&uri) else {
                tracing::warn!(uri = uri.as_str(), "didChange for a document that is not open; ignored");
                return;
            };
            let changes: Vec<TextChange> = params
                .content_changes
                .into_iter()
                .map(|change| TextChange {
                    range: change.range.map(|r| (convert::line_column(r.start), convert::line_column(r.end))),
                    text: change.text,
                })
                .collect();
            let new_version = params.text_document.version;
            if new_version <= open.document.version() {
                // Versions must increase; a client that goes back has reset its numbering.
                // Start the ordering afresh rather than drop every later publication.
                tracing::warn!(
                    uri = uri.as_str(),
                    old = open.document.version(),
                    new = new_version,
                    "didChange version did not increase; restarting version order"
                );
                open.published_version = None;
            }
            open.document.apply_changes(&changes, encoding, new_version);
            (open.project_file.clone()).map(|path| (path, open.document.version(), open.document.text()))
        };
        // The project file's TOML is parsed here, after the documents lock is released.
        if let Some((path, version, text)) = changed_project_file {
            self.shared.configuration.project_file_changed(path, &uri, version, &text);
            self.shared.settings_changed();
        }
        self.shared.schedule_analysis(uri);
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let closed = self.shared.documents().remove(&uri);
        self.shared.newsroom.closed(&uri);
        if let Some(path) = closed.as_ref().and_then(|open| open.project_file.as_ref()) {
            self.shared.configuration.project_file_closed(path);
            self.shared.settings_changed();
        }
        if closed.is_some() && !self.shared.support().pull_diagnostics {
            let _in_order = self.shared.publish_lock.lock().await;
            self.shared.client.publish_diagnostics(uri, Vec::new(), None).await;
        }
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let Some(analysis) = self.shared.current_analysis(&uri).await else { return Err(not_open(&uri)) };
        let encoding = self.shared.encoding();
        let requested = convert::span(&analysis.rope, params.range, encoding);
        // A client that resolves edits gets the costly ones when it chooses them.
        let defer = self.shared.support().resolve_edits;
        let suggestions =
            if defer { Vec::new() } else { self.shared.spelling_suggestions(&uri, &analysis, requested).await };
        let is_project_file = self.shared.documents().get(&uri).is_some_and(|open| open.project_file.is_some());
        // Finding the project file reads the disk: only when there is something to teach about.
        let teach = !is_project_file && analysis.checked.findings.iter().any(|f| f.span.overlaps(requested));
        let edit_target = if teach { self.shared.configuration.edit_target(&uri) } else { None };
        let request = ide::actions::Request {
            checked: &analysis.checked,
            draft: &analysis.draft,
            requested,
            suggestions: &suggestions,
            defer,
            teach,
            project_file: edit_target.as_ref().map(|target| &target.project_file),
        };
        let context = actions::Context {
            uri: &uri,
            rope: &analysis.rope,
            findings: &analysis.checked.findings,
            version: analysis.version,
            encoding,
            related_information: self.shared.support().related_information,
            project_file: edit_target.as_ref(),
            document_changes: self.shared.configuration.supports_document_changes(),
        };
        Ok(Some(actions::code_actions(ide::code_actions(&request), &context)))
    }

    async fn code_action_resolve(&self, action: CodeAction) -> Result<CodeAction> {
        Ok(self.shared.resolve_code_action(action).await)
    }

    async fn diagnostic(&self, params: DocumentDiagnosticParams) -> Result<DocumentDiagnosticReportResult> {
        self.shared.pull_document(params).await
    }

    async fn workspace_diagnostic(&self, params: WorkspaceDiagnosticParams) -> Result<WorkspaceDiagnosticReportResult> {
        self.shared.pull_workspace(params).await
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        self.shared.inlay_hints(params).await
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let uri = params.text_document_position_params.text_document.uri;
        let Some(analysis) = self.shared.current_analysis(&uri).await else { return Err(not_open(&uri)) };
        let encoding = self.shared.encoding();
        let offset = convert::offset(&analysis.rope, params.text_document_position_params.position, encoding);
        let hover = self.shared.newsroom.with_view(&uri, |memory| {
            ide::hover::hover_with_memory(&analysis.checked, &analysis.draft, offset, Some(memory))
        });
        let Some((span, markdown)) = hover else {
            return Ok(None);
        };
        Ok(Some(Hover {
            contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: markdown }),
            range: Some(convert::range(&analysis.rope, span, encoding)),
        }))
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        let Some(analysis) = self.shared.current_analysis(&uri).await else { return Err(not_open(&uri)) };
        let encoding = self.shared.encoding();
        let items = crate::ide::outline::outline(&analysis.draft, &analysis.checked.facts);
        let symbols = items.iter().map(|item| convert::document_symbol(&analysis.rope, item, encoding)).collect();
        Ok(Some(DocumentSymbolResponse::Nested(symbols)))
    }

    async fn symbol(&self, params: WorkspaceSymbolParams) -> Result<Option<WorkspaceSymbolResponse>> {
        let symbols = self.shared.newsroom.symbols(&params.query, self.shared.encoding());
        Ok(Some(WorkspaceSymbolResponse::Flat(symbols)))
    }

    async fn goto_definition(&self, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        let Some(analysis) = self.shared.current_analysis(&at.text_document.uri).await else {
            return Err(not_open(&at.text_document.uri));
        };
        let encoding = self.shared.encoding();
        let span = ide::navigation::definition(
            &analysis.checked.facts,
            convert::offset(&analysis.rope, at.position, encoding),
        );
        let location = span
            .map(|span| Location::new(at.text_document.uri.clone(), convert::range(&analysis.rope, span, encoding)));
        Ok(location.map(GotoDefinitionResponse::Scalar))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let Some(analysis) = self.shared.current_analysis(&at.text_document.uri).await else {
            return Err(not_open(&at.text_document.uri));
        };
        let encoding = self.shared.encoding();
        let spans = ide::navigation::references(
            &analysis.checked.facts,
            convert::offset(&analysis.rope, at.position, encoding),
        );
        let locations = spans
            .into_iter()
            .map(|span| Location::new(at.text_document.uri.clone(), convert::range(&analysis.rope, span, encoding)))
            .collect();
        Ok(Some(locations))
    }

    async fn prepare_rename(&self, params: TextDocumentPositionParams) -> Result<Option<PrepareRenameResponse>> {
        let uri = params.text_document.uri;
        let Some(analysis) = self.shared.current_analysis(&uri).await else { return Err(not_open(&uri)) };
        let encoding = self.shared.encoding();
        let offset = convert::offset(&analysis.rope, params.position, encoding);
        Ok(ide::navigation::rename_target(&analysis.checked.facts, offset).map(|target| {
            PrepareRenameResponse::RangeWithPlaceholder {
                range: convert::range(&analysis.rope, target.span, encoding),
                placeholder: target.text,
            }
        }))
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let at = params.text_document_position;
        let Some(analysis) = self.shared.current_analysis(&at.text_document.uri).await else {
            return Err(not_open(&at.text_document.uri));
        };
        let encoding = self.shared.encoding();
        let offset = convert::offset(&analysis.rope, at.position, encoding);
        match ide::navigation::rename(&analysis.checked.facts, offset, &params.new_name) {
            Some(edits) => {
                let edits = convert::text_edits(&analysis.rope, edits, encoding);
                Ok(Some(convert::plain_changes(&at.text_document.uri, edits)))
            }
            None => Err(Error::invalid_params(
                "nothing to rename here: place the cursor on a name, and give a non-empty new name",
            )),
        }
    }
}
