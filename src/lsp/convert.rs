//! The only place that turns analysis results into LSP types, and LSP positions into
//! offsets. Everything in here is in the negotiated position encoding.

use std::collections::HashMap;

use ropey::Rope;
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, DocumentSymbol,
    Location, NumberOrString, Position, Range, SymbolKind, TextEdit, Uri, WorkspaceEdit,
};

use crate::ide::outline::{OutlineItem, OutlineKind};
use crate::rules::{Edit, Finding, RuleId, Severity};
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

/// How one client is sent diagnostics: where the document is, in which position encoding,
/// and whether it takes related information.
#[derive(Clone, Copy)]
pub struct DiagnosticStyle<'a> {
    pub uri: &'a Uri,
    pub encoding: PositionEncoding,
    pub related_information: bool,
}

/// A finding as a diagnostic: its code links to the rule's documentation, its related
/// places become `relatedInformation` (when the client takes it), and the tags that apply
/// are set.
pub fn diagnostic(rope: &Rope, finding: &Finding, style: DiagnosticStyle) -> Diagnostic {
    let related_information = style.related_information.then(|| {
        let here = finding.related.iter().map(|place| DiagnosticRelatedInformation {
            location: Location::new(style.uri.clone(), range(rope, place.span, style.encoding)),
            message: place.message.clone(),
        });
        let elsewhere = super::newsroom::related(finding, style.encoding).unwrap_or_default();
        here.chain(elsewhere).collect::<Vec<_>>()
    });
    let related_information = related_information.filter(|places| !places.is_empty());
    Diagnostic {
        range: range(rope, finding.span, style.encoding),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.code.to_string())),
        code_description: crate::rules::doc_url(finding.code).parse().ok().map(|href| CodeDescription { href }),
        source: Some("copydesk".to_string()),
        message: finding.message.clone(),
        related_information,
        tags: tags(finding.code),
        ..Diagnostic::default()
    }
}

/// `Unnecessary` for a suppression comment that suppresses nothing: editors fade it, as
/// they fade unused code. No other finding is text to delete as it stands (a repeated
/// word's span covers both copies, and fading both would say "delete both").
fn tags(code: RuleId) -> Option<Vec<DiagnosticTag>> {
    (code == RuleId::SuppressionUnused).then(|| vec![DiagnosticTag::UNNECESSARY])
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
