//! Facts about a document that several rules share: who is named, who is quoted.

use crate::settings::Settings;
use crate::text::Prose;

/// Document-wide facts. Computed once per analysis, read by rules, LSP hover and symbols.
#[derive(Clone, Debug, Default)]
pub struct Facts {}

impl Facts {
    pub fn gather(_draft: &str, _prose: &Prose, _settings: &Settings) -> Self {
        Facts {}
    }
}
