//! Facts about a document that several rules share: who is named, who is quoted.
//!
//! Computed once per analysis from the prose; read by the rules and the editor features
//! (`ide`).
//! The cast comes first, quotations second (a speaker is a cast member or an unnamed
//! source); then each member learns the quotations attributed to it.

pub mod cast;
pub mod facts;
mod fast_hash;
pub mod name_words;
pub mod quotes;
pub mod reference;

use crate::settings::Settings;
use crate::text::Prose;

pub use cast::Cast;
pub use facts::MemberFacts;
pub use quotes::Quotes;

/// Document-wide facts.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub cast: Cast,
    pub quotes: Quotes,
    /// What the draft states about its people: ages, titles, party and state labels.
    pub stated: MemberFacts,
}

impl Facts {
    /// The facts of a draft analysed once: nothing is kept for a next analysis.
    pub fn gather(prose: &Prose, settings: &Settings) -> Self {
        let cast = Cast::gather(prose, settings);
        let quotes = Quotes::gather(prose, &cast);
        Self::attached(prose, cast, quotes)
    }

    /// `gather` for a draft a next analysis will follow: the cast and the quotations reuse
    /// what `previous` kept of unchanged paragraphs (and keep their own for the next
    /// edit). Same result as `gather`.
    pub fn gather_reusing(previous: Option<&Facts>, prose: &Prose, settings: &Settings) -> Self {
        let cast = Cast::gather_reusing(previous.map(|facts| &facts.cast), prose, settings);
        let quotes = Quotes::gather_reusing(previous.map(|facts| &facts.quotes), prose, &cast);
        Self::attached(prose, cast, quotes)
    }

    fn attached(prose: &Prose, mut cast: Cast, quotes: Quotes) -> Self {
        cast.attach_quotations(quotes.by_member());
        let stated = MemberFacts::gather(prose, &cast, &quotes);
        Facts { cast, quotes, stated }
    }
}
