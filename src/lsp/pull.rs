//! Pull diagnostics (`textDocument/diagnostic`, `workspace/diagnostic`), for clients that
//! advertise `textDocument.diagnostic`; the server then never pushes to them (`publish`
//! returns before `publishDiagnostics`). Clients without it keep push.
//!
//! A pull waits for the analysis of the document's current version and settings (the
//! one the edit scheduled; it schedules one when none is running), so the answer is never
//! of an older text. Each report carries a result id, a hash of the diagnostics as sent:
//! when the client's previous id is the same, the answer is "unchanged".

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;

use super::convert;
use super::server::{Analysis, Shared};

/// The server's side of the negotiation: one identifier, no dependencies between files
/// (a draft's findings read only the draft), and workspace diagnostics for the open drafts.
pub fn capability() -> DiagnosticServerCapabilities {
    DiagnosticServerCapabilities::Options(DiagnosticOptions {
        identifier: Some("copydesk".to_string()),
        inter_file_dependencies: false,
        workspace_diagnostics: true,
        work_done_progress_options: WorkDoneProgressOptions::default(),
    })
}

/// The result id of a list of diagnostics: the same diagnostics, the same id.
pub fn result_id(diagnostics: &[Diagnostic]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(diagnostics).unwrap_or_default().hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// A document's report: "unchanged" when the client already has these diagnostics.
pub fn report(diagnostics: Vec<Diagnostic>, previous: Option<&str>) -> DocumentDiagnosticReportKind {
    let id = result_id(&diagnostics);
    if previous == Some(id.as_str()) {
        DocumentDiagnosticReportKind::Unchanged(UnchangedDocumentDiagnosticReport { result_id: id })
    } else {
        DocumentDiagnosticReportKind::Full(FullDocumentDiagnosticReport { result_id: Some(id), items: diagnostics })
    }
}

impl Shared {
    /// The diagnostics of one analysis, for this client.
    fn diagnostics_of(&self, uri: &Uri, analysis: &Analysis) -> Vec<Diagnostic> {
        let style = self.diagnostic_style(uri);
        analysis.checked.findings.iter().map(|finding| convert::diagnostic(&analysis.rope, finding, style)).collect()
    }

    /// The analysis of the document's current version under the current settings: the
    /// one running or scheduled for it, waited for; if that ends without one (it failed,
    /// or the document moved on and nothing reran), a fresh one. `None` when not open.
    pub(super) async fn analysis_for_pull(self: &Arc<Self>, uri: &Uri) -> Option<Arc<Analysis>> {
        let mut ended = self.analysed.subscribe();
        let mut scheduled = false;
        loop {
            let running = {
                let documents = self.documents();
                let open = documents.get(uri)?;
                let generation = self.settings_generation.load(Ordering::SeqCst);
                if let Some(latest) = &open.latest
                    && latest.version == open.document.version()
                    && latest.generation == generation
                {
                    return Some(Arc::clone(latest));
                }
                open.is_analysing()
            };
            if !running {
                if scheduled {
                    return self.current_analysis(uri).await;
                }
                self.schedule_analysis(uri.clone());
                scheduled = true;
            }
            if ended.changed().await.is_err() {
                return self.current_analysis(uri).await;
            }
        }
    }

    pub(super) async fn pull_document(
        self: &Arc<Self>,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let Some(analysis) = self.analysis_for_pull(&uri).await else {
            return Err(Error::invalid_params(format!("document not open: {}", uri.as_str())));
        };
        let report = match report(self.diagnostics_of(&uri, &analysis), params.previous_result_id.as_deref()) {
            DocumentDiagnosticReportKind::Full(full) => {
                DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                    related_documents: None,
                    full_document_diagnostic_report: full,
                })
            }
            DocumentDiagnosticReportKind::Unchanged(unchanged) => {
                DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                    related_documents: None,
                    unchanged_document_diagnostic_report: unchanged,
                })
            }
        };
        Ok(DocumentDiagnosticReportResult::Report(report))
    }

    /// Every open draft's report, in the order of their URIs.
    pub(super) async fn pull_workspace(
        self: &Arc<Self>,
        params: WorkspaceDiagnosticParams,
    ) -> Result<WorkspaceDiagnosticReportResult> {
        let previous: HashMap<String, String> =
            params.previous_result_ids.into_iter().map(|id| (id.uri.as_str().to_string(), id.value)).collect();
        let mut uris: Vec<Uri> = self.documents().keys().cloned().collect();
        uris.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        let mut items = Vec::new();
        for uri in uris {
            // Closed while the others were analysed: nothing to report.
            let Some(analysis) = self.analysis_for_pull(&uri).await else { continue };
            let version = Some(i64::from(analysis.version));
            let previous = previous.get(uri.as_str()).map(String::as_str);
            items.push(match report(self.diagnostics_of(&uri, &analysis), previous) {
                DocumentDiagnosticReportKind::Full(full) => {
                    WorkspaceDocumentDiagnosticReport::Full(WorkspaceFullDocumentDiagnosticReport {
                        uri,
                        version,
                        full_document_diagnostic_report: full,
                    })
                }
                DocumentDiagnosticReportKind::Unchanged(unchanged) => {
                    WorkspaceDocumentDiagnosticReport::Unchanged(WorkspaceUnchangedDocumentDiagnosticReport {
                        uri,
                        version,
                        unchanged_document_diagnostic_report: unchanged,
                    })
                }
            });
        }
        Ok(WorkspaceDiagnosticReportResult::Report(WorkspaceDiagnosticReport { items }))
    }

    /// Asks a pulling client to pull again (settings changed), when it can be asked.
    pub(super) fn refresh_pulled_diagnostics(&self) {
        let support = self.support();
        if !(support.pull_diagnostics && support.diagnostic_refresh) {
            return;
        }
        let client = self.client.clone();
        tokio::spawn(async move {
            if let Err(error) = client.workspace_diagnostic_refresh().await {
                tracing::info!(%error, "workspace/diagnostic/refresh failed");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_diagnostics_are_unchanged_and_others_are_full() {
        let diagnostic = |message: &str| Diagnostic { message: message.to_string(), ..Diagnostic::default() };
        let first = report(vec![diagnostic("a")], None);
        let DocumentDiagnosticReportKind::Full(full) = &first else { panic!("a full report first") };
        let id = full.result_id.clone().expect("a result id");
        assert!(matches!(
            report(vec![diagnostic("a")], Some(&id)),
            DocumentDiagnosticReportKind::Unchanged(UnchangedDocumentDiagnosticReport { result_id }) if result_id == id
        ));
        assert!(matches!(report(vec![diagnostic("b")], Some(&id)), DocumentDiagnosticReportKind::Full(_)));
        assert_ne!(result_id(&[]), id);
    }
}
