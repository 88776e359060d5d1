//! The only place that turns analysis results into LSP types, and LSP positions into
//! offsets. Everything in here is in the negotiated position encoding.

use std::collections::HashMap;

use ropey::Rope;
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticSeverity, DocumentSymbol, NumberOrString, Position, Range, SymbolKind, TextEdit, Uri,
    WorkspaceEdit,
};

use crate::ide::outline::{OutlineItem, OutlineKind};
use crate::rules::{Edit, Finding, Severity};
use crate::text::position::{offset_of, position_of};
use crate::text::{ByteSpan, LineColumn, PositionEncoding};

pub fn position(rope: &Rope, offset: usize, encoding: PositionEncoding) -> Position {
    let LineColumn { line, column } = position_of(rope, offset, encoding);
    Position::new(line, column)
}

pub fn range(rope: &Rope, span: ByteSpan, encoding: PositionEncoding) -> Range {
    Range::new(position(rope, span.start, encoding), position(rope, span.end, encoding))
}

pub fn offset(rope: &Rope, position: Position, encoding: PositionEncoding) -> usize {
    offset_of(rope, LineColumn::new(position.line, position.character), encoding)
}

pub fn span(rope: &Rope, range: Range, encoding: PositionEncoding) -> ByteSpan {
    let start = offset(rope, range.start, encoding);
    let end = offset(rope, range.end, encoding);
    ByteSpan::new(start.min(end), start.max(end))
}

pub fn line_column(position: Position) -> LineColumn {
    LineColumn::new(position.line, position.character)
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

pub fn diagnostic(rope: &Rope, finding: &Finding, encoding: PositionEncoding) -> Diagnostic {
    Diagnostic {
        range: range(rope, finding.span, encoding),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.code.to_string())),
        source: Some("copydesk".to_string()),
        message: finding.message.clone(),
        related_information: super::newsroom::related(finding, encoding),
        ..Diagnostic::default()
    }
}

fn symbol_kind(kind: OutlineKind) -> SymbolKind {
    match kind {
        OutlineKind::Person => SymbolKind::CONSTRUCTOR,
        OutlineKind::Organisation => SymbolKind::CLASS,
        OutlineKind::Place => SymbolKind::NAMESPACE,
        OutlineKind::Member => SymbolKind::OBJECT,
        OutlineKind::Mention => SymbolKind::FIELD,
        OutlineKind::Quotation => SymbolKind::STRING,
        OutlineKind::QuotedTerm => SymbolKind::KEY,
        OutlineKind::Group => SymbolKind::PACKAGE,
    }
}

#[allow(deprecated)] // DocumentSymbol::deprecated must be spelled out.
pub fn document_symbol(rope: &Rope, item: &OutlineItem, encoding: PositionEncoding) -> DocumentSymbol {
    let full = range(rope, item.span.cover(item.selection), encoding);
    DocumentSymbol {
        name: if item.name.trim().is_empty() { "(unnamed)".to_string() } else { item.name.clone() },
        detail: item.detail.clone(),
        kind: symbol_kind(item.kind),
        tags: None,
        deprecated: None,
        range: full,
        selection_range: range(rope, item.selection, encoding),
        children: (!item.children.is_empty())
            .then(|| item.children.iter().map(|child| document_symbol(rope, child, encoding)).collect()),
    }
}

pub fn text_edits(rope: &Rope, edits: Vec<Edit>, encoding: PositionEncoding) -> Vec<TextEdit> {
    (edits.into_iter())
        .map(|edit| TextEdit { range: range(rope, edit.span, encoding), new_text: edit.replacement })
        .collect()
}

/// Edits to one document, as a WorkspaceEdit without versions.
pub fn plain_changes(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    #[allow(clippy::mutable_key_type)] // Uri's hash does not change.
    let changes = HashMap::from([(uri.clone(), edits)]);
    WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() }
}
