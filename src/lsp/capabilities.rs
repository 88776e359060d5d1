//! What the client says it can do, read once from `initialize`, for the features that
//! change shape with it: pull or push diagnostics, related information, inlay hints and
//! their refresh, lazily resolved code actions.

use tower_lsp_server::ls_types::ClientCapabilities;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClientSupport {
    /// `textDocument.diagnostic`: the client pulls diagnostics; the server never pushes to it.
    pub pull_diagnostics: bool,
    /// `workspace.diagnostics.refreshSupport`: the client re-pulls when told to.
    pub diagnostic_refresh: bool,
    /// `textDocument.publishDiagnostics.relatedInformation`.
    pub related_information: bool,
    /// `textDocument.inlayHint`.
    pub inlay_hints: bool,
    /// `workspace.inlayHint.refreshSupport`.
    pub inlay_refresh: bool,
    /// `textDocument.codeAction.resolveSupport` lists `edit` and `dataSupport` is set: an
    /// action's edit may be computed when it is chosen.
    pub resolve_edits: bool,
}

impl ClientSupport {
    pub fn from_capabilities(capabilities: &ClientCapabilities) -> Self {
        let document = capabilities.text_document.as_ref();
        let workspace = capabilities.workspace.as_ref();
        let code_action = document.and_then(|d| d.code_action.as_ref());
        ClientSupport {
            pull_diagnostics: document.is_some_and(|d| d.diagnostic.is_some()),
            diagnostic_refresh: workspace
                .and_then(|w| w.diagnostics.as_ref())
                .and_then(|d| d.refresh_support)
                .unwrap_or(false),
            related_information: document
                .and_then(|d| d.publish_diagnostics.as_ref())
                .and_then(|p| p.related_information)
                .unwrap_or(false),
            inlay_hints: document.is_some_and(|d| d.inlay_hint.is_some()),
            inlay_refresh: workspace
                .and_then(|w| w.inlay_hint.as_ref())
                .and_then(|i| i.refresh_support)
                .unwrap_or(false),
            resolve_edits: code_action.and_then(|c| c.data_support).unwrap_or(false)
                && code_action
                    .and_then(|c| c.resolve_support.as_ref())
                    .is_some_and(|resolve| resolve.properties.iter().any(|property| property == "edit")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_advertised_means_push_and_eager_edits() {
        assert_eq!(ClientSupport::from_capabilities(&ClientCapabilities::default()), ClientSupport::default());
    }

    #[test]
    fn reads_every_capability_it_needs() {
        let capabilities: ClientCapabilities = serde_json::from_value(serde_json::json!({
            "textDocument": {
                "diagnostic": { "dynamicRegistration": false },
                "publishDiagnostics": { "relatedInformation": true },
                "inlayHint": {},
                "codeAction": { "dataSupport": true, "resolveSupport": { "properties": ["edit"] } }
            },
            "workspace": { "diagnostics": { "refreshSupport": true }, "inlayHint": { "refreshSupport": true } }
        }))
        .unwrap();
        let support = ClientSupport::from_capabilities(&capabilities);
        assert_eq!(
            support,
            ClientSupport {
                pull_diagnostics: true,
                diagnostic_refresh: true,
                related_information: true,
                inlay_hints: true,
                inlay_refresh: true,
                resolve_edits: true,
            }
        );
        // Resolving something other than the edit does not make edits lazy.
        let capabilities: ClientCapabilities = serde_json::from_value(serde_json::json!({
            "textDocument": { "codeAction": { "dataSupport": true, "resolveSupport": { "properties": ["documentation"] } } }
        }))
        .unwrap();
        assert!(!ClientSupport::from_capabilities(&capabilities).resolve_edits);
    }
}
