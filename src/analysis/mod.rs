//! Facts about a document that several rules share: who is named, who is quoted.
//!
//! Computed once per analysis from the prose; read by the rules and the editor features
//! (`ide`).
//! The cast comes first, quotations second (a speaker is a cast member or an unnamed
//! source); then each member learns the quotations attributed to it.

pub mod cast;
mod fast_hash;
pub mod quotes;
pub mod reference;
pub mod vocabulary;

use crate::settings::Settings;
use crate::text::Prose;

pub use cast::Cast;
pub use quotes::Quotes;

/// Document-wide facts.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub cast: Cast,
    pub quotes: Quotes,
}

impl Facts {
    pub fn gather(prose: &Prose, settings: &Settings) -> Self {
        let cast = Cast::gather(prose, settings);
        Self::with_cast(None, cast, prose)
    }

    /// `gather` after an edit: the cast reuses the mentions of unchanged paragraphs of
    /// `previous` (and keeps its own for the next edit). Same result as `gather`.
    pub fn gather_reusing(previous: Option<&Facts>, prose: &Prose, settings: &Settings) -> Self {
        let cast = Cast::gather_reusing(previous.map(|facts| &facts.cast), prose, settings);
        Self::with_cast(previous.map(|facts| &facts.quotes), cast, prose)
    }

    fn with_cast(previous: Option<&Quotes>, mut cast: Cast, prose: &Prose) -> Self {
        let quotes = Quotes::gather_reusing(previous, prose, &cast);
        cast.attach_quotations(&quotes);
        Facts { cast, quotes }
    }
}
