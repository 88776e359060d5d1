//! Quotations and their speakers (issue: quotes).

use super::Entities;
use crate::text::{ByteSpan, Prose};

/// Who a quotation is attributed to, and by what words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker as written: "Smith", "he", "a hospital spokeswoman".
    pub speaker: ByteSpan,
    /// For a pronoun or a shortened name: the named mention it refers to.
    pub resolved: Option<ByteSpan>,
    /// The cue: "said", "told reporters", "according to".
    pub cue: ByteSpan,
}

/// A quotation: its span with the marks, its content, and its attribution if one was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub span: ByteSpan,
    pub content: ByteSpan,
    pub attribution: Option<Attribution>,
}

/// The quotations of a draft, in document order. (Filled in by the quote analysis.)
#[derive(Clone, Debug, Default)]
pub struct Quotes {
    pub quotes: Vec<Quote>,
}

impl Quotes {
    pub fn gather(_draft: &str, _prose: &Prose, _entities: &Entities) -> Self {
        Quotes::default()
    }

    /// A short Markdown description of the quotation at `offset`, for hover.
    pub fn describe_at(&self, _draft: &str, _offset: usize, _facts: &super::Facts) -> Option<(ByteSpan, String)> {
        None
    }

    /// Outline items for the quotes.
    pub fn outline(&self, _draft: &str, _facts: &super::Facts) -> Vec<super::outline::OutlineItem> {
        Vec::new()
    }
}
