//! The outline of a draft (LSP document symbols, without LSP types): cast members with their
//! mentions, quotations under their speakers.

use super::Facts;
use crate::text::ByteSpan;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutlineKind {
    Person,
    Organisation,
    Place,
    Member,
    Mention,
    Quotation,
    Group,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineItem {
    pub name: String,
    pub detail: Option<String>,
    pub kind: OutlineKind,
    /// The whole extent of the item.
    pub span: ByteSpan,
    /// The part to select when the item is picked (a name, a quotation's opening).
    pub selection: ByteSpan,
    pub children: Vec<OutlineItem>,
}

/// The outline: member items (from the names analysis) then quotation items (from the
/// quote analysis).
pub fn outline(draft: &str, facts: &Facts) -> Vec<OutlineItem> {
    let mut items = facts.cast.outline(draft, facts);
    items.extend(facts.quotes.outline(draft, facts));
    items
}
