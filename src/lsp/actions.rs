//! Code actions: `ide::actions` decides what to offer; this file turns its plain edits into
//! CodeActions and WorkspaceEdits for the requesting document and its project file.

use ropey::Rope;
use tower_lsp_server::ls_types::*;

use serde::{Deserialize, Serialize};

use super::configuration::EditTarget;
use super::convert;
use crate::ide::{Action, ActionEdit, Deferred, ProjectFile};
use crate::rules::{Finding, Fix};
use crate::text::{ByteSpan, PositionEncoding};

/// Where the actions of one request apply.
pub struct Context<'a> {
    pub uri: &'a Uri,
    pub rope: &'a Rope,
    pub findings: &'a [Finding],
    /// The version of the document the findings are of.
    pub version: i32,
    pub encoding: PositionEncoding,
    /// The client takes related information in diagnostics.
    pub related_information: bool,
    pub project_file: Option<&'a EditTarget>,
    /// The client takes versioned document changes.
    pub document_changes: bool,
}

pub fn code_actions(actions: Vec<Action>, context: &Context) -> Vec<CodeActionOrCommand> {
    let project_rope = match context.project_file.map(|target| &target.project_file) {
        Some(ProjectFile::Existing { text, .. }) => Some(Rope::from_str(text)),
        _ => None,
    };
    actions
        .into_iter()
        .filter_map(|action| {
            let finding = context.findings.get(action.finding)?;
            let (edit, data) = match action.edit {
                ActionEdit::Deferred(deferred) => {
                    (None, Some(ResolveData::new(deferred, action.finding, finding, context)))
                }
                edit => (Some(workspace_edit(edit, context, project_rope.as_ref())?), None),
            };
            let style = convert::DiagnosticStyle {
                uri: context.uri,
                encoding: context.encoding,
                related_information: context.related_information,
            };
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: action.title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![convert::diagnostic(context.rope, finding, style)]),
                edit,
                is_preferred: Some(action.preferred),
                data: data.and_then(|data| serde_json::to_value(data).ok()),
                ..CodeAction::default()
            }))
        })
        .collect()
}

/// What a deferred action carries to `codeAction/resolve`: the document and version it
/// was offered for, and the finding (by index and span, both checked again).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolveData {
    pub uri: String,
    pub version: i32,
    pub finding: usize,
    pub start: usize,
    pub end: usize,
    pub deferred: DeferredKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeferredKind {
    BestSpelling,
}

impl ResolveData {
    fn new(deferred: Deferred, index: usize, finding: &Finding, context: &Context) -> Self {
        ResolveData {
            uri: context.uri.as_str().to_string(),
            version: context.version,
            finding: index,
            start: finding.span.start,
            end: finding.span.end,
            deferred: match deferred {
                Deferred::BestSpelling => DeferredKind::BestSpelling,
            },
        }
    }

    /// The data of an action the client sent back, if it is ours.
    pub fn of(action: &CodeAction) -> Option<Self> {
        serde_json::from_value(action.data.clone()?).ok()
    }

    /// The finding it names, if the findings are still those it was offered for.
    pub fn finding<'f>(&self, findings: &'f [Finding], version: i32) -> Option<&'f Finding> {
        let finding = findings.get(self.finding)?;
        (version == self.version && finding.span == ByteSpan::new(self.start, self.end)).then_some(finding)
    }
}

/// The edit of a deferred action, from the fixes computed for it now (the best first).
pub fn resolved_edit(uri: &Uri, rope: &Rope, fixes: &[Fix], encoding: PositionEncoding) -> Option<WorkspaceEdit> {
    let best = fixes.first()?;
    Some(convert::plain_changes(uri, convert::text_edits(rope, best.edits.clone(), encoding)))
}

fn workspace_edit(edit: ActionEdit, context: &Context, project_rope: Option<&Rope>) -> Option<WorkspaceEdit> {
    match edit {
        ActionEdit::Draft(edits) => {
            Some(convert::plain_changes(context.uri, convert::text_edits(context.rope, edits, context.encoding)))
        }
        ActionEdit::ProjectFile { edit, .. } => {
            let target = context.project_file?;
            let edits = convert::text_edits(project_rope?, vec![edit], context.encoding);
            if !context.document_changes {
                return Some(convert::plain_changes(&target.uri, edits));
            }
            let text_document =
                OptionalVersionedTextDocumentIdentifier { uri: target.uri.clone(), version: target.version };
            let edits = edits.into_iter().map(OneOf::Left).collect();
            Some(WorkspaceEdit {
                document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit { text_document, edits }])),
                ..WorkspaceEdit::default()
            })
        }
        ActionEdit::NewProjectFile { text, .. } => Some(create_file(&context.project_file?.uri, text)),
        ActionEdit::Deferred(_) => None,
    }
}

/// Creates a file (never over an existing one) and fills it.
fn create_file(uri: &Uri, text: String) -> WorkspaceEdit {
    let create = CreateFile {
        uri: uri.clone(),
        options: Some(CreateFileOptions { overwrite: Some(false), ignore_if_exists: Some(false) }),
        annotation_id: None,
    };
    let fill = TextDocumentEdit {
        text_document: OptionalVersionedTextDocumentIdentifier { uri: uri.clone(), version: None },
        edits: vec![OneOf::Left(TextEdit { range: Range::default(), new_text: text })],
    };
    WorkspaceEdit {
        document_changes: Some(DocumentChanges::Operations(vec![
            DocumentChangeOperation::Op(ResourceOp::Create(create)),
            DocumentChangeOperation::Edit(fill),
        ])),
        ..WorkspaceEdit::default()
    }
}

impl super::server::Shared {
    /// `codeAction/resolve`: computes a deferred action's edit now that it was chosen. An
    /// action whose document moved on since the menu opened comes back without an edit
    /// (the client then applies nothing), as does one with nothing to suggest.
    pub(super) async fn resolve_code_action(self: &std::sync::Arc<Self>, mut action: CodeAction) -> CodeAction {
        let Some(data) = ResolveData::of(&action) else { return action };
        let Ok(uri) = data.uri.parse::<Uri>() else { return action };
        let Some(analysis) = self.current_analysis(&uri).await else { return action };
        let Some(finding) = data.finding(&analysis.checked.findings, analysis.version) else {
            tracing::info!(uri = data.uri, "a code action for an older version of the document: nothing to resolve");
            return action;
        };
        let fixes = match data.deferred {
            DeferredKind::BestSpelling => {
                let suggestions = self.spelling_suggestions(&uri, &analysis, finding.span).await;
                suggestions.into_iter().find(|(index, _)| *index == data.finding).map(|(_, fixes)| fixes)
            }
        };
        action.edit = resolved_edit(&uri, &analysis.rope, &fixes.unwrap_or_default(), self.encoding());
        action
    }
}
