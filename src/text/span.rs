//! Byte spans into a document's text. Every finding, token and sentence is located by one.

use std::ops::Range;

/// A half-open byte range `[start, end)` into a document's UTF-8 text.
///
/// Spans are what the analysis speaks in; only `src/lsp` turns them into editor positions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    pub fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// Whether two spans share at least one byte (or touch, when either is empty).
    pub fn overlaps(self, other: ByteSpan) -> bool {
        self.start < other.end && other.start < self.end
            || (self.is_empty() || other.is_empty()) && self.start <= other.end && other.start <= self.end
    }

    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(self, other: ByteSpan) -> ByteSpan {
        ByteSpan::new(self.start.min(other.start), self.end.max(other.end))
    }
}
