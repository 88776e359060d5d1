//! Navigation over the cast: go to definition (the first full reference), find references
//! (every mention), prepareRename and rename (a name word across the member's mentions).
//! The analysis answers in byte spans; this file only converts.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{Location, Position, PrepareRenameResponse, TextEdit, Uri, WorkspaceEdit};

use super::convert;
use super::server::Analysis;
use crate::text::PositionEncoding;

fn offset(analysis: &Analysis, position: Position, encoding: PositionEncoding) -> usize {
    convert::offset(&analysis.rope, position, encoding)
}

pub fn definition(analysis: &Analysis, uri: &Uri, position: Position, encoding: PositionEncoding) -> Option<Location> {
    let span = analysis.checked.facts.cast.definition_at(offset(analysis, position, encoding))?;
    Some(Location::new(uri.clone(), convert::range(&analysis.rope, span, encoding)))
}

pub fn references(analysis: &Analysis, uri: &Uri, position: Position, encoding: PositionEncoding) -> Vec<Location> {
    let spans = analysis.checked.facts.cast.references_at(offset(analysis, position, encoding));
    spans.into_iter().map(|span| Location::new(uri.clone(), convert::range(&analysis.rope, span, encoding))).collect()
}

pub fn prepare_rename(
    analysis: &Analysis,
    position: Position,
    encoding: PositionEncoding,
) -> Option<PrepareRenameResponse> {
    let word = analysis.checked.facts.cast.rename_target_at(offset(analysis, position, encoding))?;
    Some(PrepareRenameResponse::RangeWithPlaceholder {
        range: convert::range(&analysis.rope, word.span, encoding),
        placeholder: word.text.clone(),
    })
}

pub fn rename(
    analysis: &Analysis,
    uri: &Uri,
    position: Position,
    new_name: &str,
    encoding: PositionEncoding,
) -> Option<WorkspaceEdit> {
    let edits = analysis.checked.facts.cast.rename_edits(offset(analysis, position, encoding), new_name)?;
    let edits: Vec<TextEdit> = edits
        .into_iter()
        .map(|(span, text)| TextEdit { range: convert::range(&analysis.rope, span, encoding), new_text: text })
        .collect();
    #[allow(clippy::mutable_key_type)] // Uri's hash does not change.
    let changes = HashMap::from([(uri.clone(), edits)]);
    Some(WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() })
}
