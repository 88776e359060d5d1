//! Facts about a document that several rules share: who is named, who is quoted.
//!
//! Computed once per analysis from the prose; read by the rules and the editor features
//! (`ide`).
//! The cast comes first, quotations second (a speaker is a cast member or an unnamed
//! source); then each member learns the quotations attributed to it.

pub mod cast;
pub mod facts;
pub(crate) mod fast_hash;
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

/// What the analysis keeps from one analysis of a document for the next: the cast's
/// part and the quote analysis's (part of the engine's memo, `engine::Memo`).
#[derive(Clone, Debug, Default)]
pub struct Memo {
    cast: cast::Memo,
    quotes: quotes::Memo,
}

impl Facts {
    /// The facts of `prose`, reusing what `memo` kept of the last analysis of the same
    /// document (and keeping what the next reuses). The same result as with a fresh memo.
    pub fn gather(prose: &Prose, settings: &Settings, memo: &mut Memo) -> Self {
        let mut cast = tracing::debug_span!("cast").in_scope(|| Cast::gather(prose, settings, &mut memo.cast));
        let quotes = tracing::debug_span!("quotes").in_scope(|| Quotes::gather(prose, &cast, &mut memo.quotes));
        cast.attach_quotations(quotes.by_member());
        let stated = tracing::debug_span!("stated").in_scope(|| MemberFacts::gather(prose, &cast, &quotes));
        Facts { cast, quotes, stated }
    }
}
