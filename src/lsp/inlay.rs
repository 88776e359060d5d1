//! Speakers inline as LSP inlay hints: `ide::inlay` decides the hints in byte offsets; this
//! file places them in the requested range and writes them in the negotiated encoding.

use std::sync::Arc;

use ropey::Rope;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;

use super::convert;
use super::server::{Analysis, Shared};
use crate::ide::inlay::{SpeakerHint, fingerprint, speaker_hints_in};
use crate::text::{ByteSpan, PositionEncoding};

impl Shared {
    /// `textDocument/inlayHint`: the speakers of the quotations in the range, unless the
    /// `hints.speakers` setting turns them off.
    pub(super) async fn inlay_hints(self: &Arc<Self>, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let uri = params.text_document.uri;
        let Some(analysis) = self.current_analysis(&uri).await else {
            return Err(Error::invalid_params(format!("document not open: {}", uri.as_str())));
        };
        if !self.configuration.settings_for(&uri).hints.speakers {
            return Ok(Some(Vec::new()));
        }
        let encoding = self.encoding();
        let requested = convert::span(&analysis.rope, params.range, encoding);
        let hints = speaker_hints_in(&analysis.checked, &analysis.draft, requested);
        Ok(Some(inlay_hints(&uri, &analysis.rope, &hints, requested, encoding)))
    }

    /// After a new analysis is published: when the speakers it shows differ from the last
    /// ones (an attribution or the cast changed), asks the client to request its inlay
    /// hints again (`workspace/inlayHint/refresh`), if it takes inlay hints and that request.
    pub(super) fn refresh_speaker_hints(&self, uri: &Uri, analysis: &Analysis) {
        let support = self.support();
        if !(support.inlay_hints && support.inlay_refresh) {
            return;
        }
        let enabled = self.configuration.settings_for(uri).hints.speakers;
        let shown = if enabled { fingerprint(&analysis.checked, &analysis.draft) } else { 0 };
        let changed = {
            let mut documents = self.documents();
            let Some(open) = documents.get_mut(uri) else { return };
            let changed = open.speaker_hints.is_some_and(|before| before != shown);
            open.speaker_hints = Some(shown);
            changed
        };
        if changed {
            self.refresh_inlay_hints();
        }
    }

    /// Asks the client to request its inlay hints again, if it takes that request.
    pub(super) fn refresh_inlay_hints(&self) {
        let support = self.support();
        if !(support.inlay_hints && support.inlay_refresh) {
            return;
        }
        let client = self.client.clone();
        tokio::spawn(async move {
            if let Err(error) = client.inlay_hint_refresh().await {
                tracing::info!(%error, "workspace/inlayHint/refresh failed");
            }
        });
    }
}

/// The hints inside `requested` (its ends included), as LSP inlay hints. The label is one
/// part: the speaker, whose tooltip describes the member and whose location is the
/// member's introduction, so hovering shows the member and clicking goes to them.
pub fn inlay_hints(
    uri: &Uri,
    rope: &Rope,
    hints: &[SpeakerHint],
    requested: ByteSpan,
    encoding: PositionEncoding,
) -> Vec<InlayHint> {
    (hints.iter())
        .filter(|hint| requested.start <= hint.offset && hint.offset <= requested.end)
        .map(|hint| {
            let part = InlayHintLabelPart {
                value: format!("— {}", hint.label),
                tooltip: Some(InlayHintLabelPartTooltip::MarkupContent(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: hint.tooltip.clone(),
                })),
                location: hint
                    .introduction
                    .map(|intro| Location::new(uri.clone(), convert::range(rope, intro, encoding))),
                command: None,
            };
            InlayHint {
                position: convert::position(rope, hint.offset, encoding),
                label: InlayHintLabel::LabelParts(vec![part]),
                kind: None,
                text_edits: None,
                tooltip: None,
                padding_left: Some(true),
                padding_right: None,
                data: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_outside_the_range_are_left_out_and_positions_are_in_the_encoding() {
        let draft = "é \"Oui,\" dit-il.\n\"Non,\" Ruiz said.";
        let rope = Rope::from_str(draft);
        let uri: Uri = "file:///desk/draft.txt".parse().unwrap();
        let first = draft.find(",\"").unwrap() + 2;
        let second = draft.rfind(",\"").unwrap() + 2;
        let hint = |offset, label: &str, introduction| SpeakerHint {
            offset,
            label: label.to_string(),
            tooltip: "**Ana Ruiz**".to_string(),
            introduction,
        };
        let hints = [hint(first, "no speaker", None), hint(second, "Ruiz", Some(ByteSpan::new(first - 1, first)))];
        let all = inlay_hints(&uri, &rope, &hints, ByteSpan::new(0, draft.len()), PositionEncoding::Utf16);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].position, Position::new(0, 8), "é is one UTF-16 unit");
        let utf8 = inlay_hints(&uri, &rope, &hints, ByteSpan::new(0, first), PositionEncoding::Utf8);
        assert_eq!(utf8.len(), 1);
        assert_eq!(utf8[0].position, Position::new(0, 9), "é is two UTF-8 bytes");
        let InlayHintLabel::LabelParts(parts) = &all[1].label else { panic!("label parts") };
        assert_eq!(parts[0].value, "— Ruiz");
        assert_eq!(parts[0].location.as_ref().map(|l| l.range.start), Some(Position::new(0, 7)));
        let second_line =
            inlay_hints(&uri, &rope, &hints, ByteSpan::new(first + 1, draft.len()), PositionEncoding::Utf16);
        assert_eq!(second_line.len(), 1);
    }
}
