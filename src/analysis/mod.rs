//! Facts about a document that several rules share: who is named, who is quoted.
//!
//! Computed once per analysis from the prose; read by rules, hover and the outline.
//! Entities come first, quotations second (a speaker resolves to an entity's mention).

pub mod entities;
pub mod outline;
pub mod quotes;
pub mod reference;

use crate::settings::Settings;
use crate::text::Prose;

pub use entities::Entities;
pub use quotes::Quotes;

/// Document-wide facts.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub entities: Entities,
    pub quotes: Quotes,
}

impl Facts {
    pub fn gather(draft: &str, prose: &Prose, settings: &Settings) -> Self {
        let entities = Entities::gather(draft, prose, settings);
        let quotes = Quotes::gather(draft, prose, &entities);
        Facts { entities, quotes }
    }
}
