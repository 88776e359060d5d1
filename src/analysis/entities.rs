//! Entities and their mentions: people, organisations, places (issue: names and entities).

use crate::settings::Settings;
use crate::text::{ByteSpan, Prose};

/// The entities a draft names. (Filled in by the names analysis.)
#[derive(Clone, Debug, Default)]
pub struct Entities {}

impl Entities {
    pub fn gather(_draft: &str, _prose: &Prose, _settings: &Settings) -> Self {
        Entities {}
    }

    /// The index of the entity one of whose mentions covers `offset`.
    pub fn entity_at(&self, _offset: usize) -> Option<usize> {
        None
    }

    /// A short Markdown description of the entity mentioned at `offset`, for hover.
    pub fn describe_at(&self, _draft: &str, _offset: usize, _facts: &super::Facts) -> Option<(ByteSpan, String)> {
        None
    }

    /// Outline items for the entities.
    pub fn outline(&self, _draft: &str, _facts: &super::Facts) -> Vec<super::outline::OutlineItem> {
        Vec::new()
    }
}
