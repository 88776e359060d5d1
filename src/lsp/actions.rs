//! Code actions: `ide::actions` decides what to offer; this file turns its plain edits into
//! CodeActions and WorkspaceEdits for the requesting document and its project file.

use ropey::Rope;
use tower_lsp_server::ls_types::*;

use super::configuration::EditTarget;
use super::convert;
use crate::ide::{Action, ActionEdit, ProjectFile};
use crate::rules::Finding;
use crate::text::PositionEncoding;

/// Where the actions of one request apply.
pub struct Context<'a> {
    pub uri: &'a Uri,
    pub rope: &'a Rope,
    pub findings: &'a [Finding],
    pub encoding: PositionEncoding,
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
            let edit = workspace_edit(action.edit, context, project_rope.as_ref())?;
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: action.title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![convert::diagnostic(context.rope, finding, context.encoding)]),
                edit: Some(edit),
                is_preferred: Some(action.preferred),
                ..CodeAction::default()
            }))
        })
        .collect()
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
