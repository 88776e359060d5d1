//! Line numbers for people: 1-based lines and columns (in characters) of byte offsets.
//!
//! Lines break where LSP breaks them (`\n`, `\r\n`, a lone `\r`), so a line number in a
//! message, a hover or the CLI is the line the editor shows.

use std::ops::Range;

/// A table of line starts, built once per draft; each lookup is a binary search.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // Line breaks are a few bytes in a hundred: found with a vectorised search.
        for index in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            let is_break = bytes[index] == b'\n' || bytes.get(index + 1) != Some(&b'\n');
            if is_break {
                starts.push(index + 1);
            }
        }
        LineIndex { starts }
    }

    /// The 0-based line that holds `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset).saturating_sub(1)
    }

    /// The 1-based line that holds `offset`.
    pub fn line_number(&self, offset: usize) -> usize {
        self.line_index(offset) + 1
    }

    /// 1-based line and column; the column counts characters.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_index(offset);
        let start = self.starts[line];
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let column = text.get(start..end.max(start)).map_or(0, |s| s.chars().count());
        (line + 1, column + 1)
    }

    /// The byte range of a 0-based line, without its terminator.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts.get(line).copied().unwrap_or(text.len()).min(text.len());
        let end = self.starts.get(line + 1).copied().unwrap_or(text.len()).min(text.len());
        let content = text[start..end].trim_end_matches(['\n', '\r']);
        start..start + content.len()
    }
}

/// A place in a text in every unit a reader of it may want: the 0-based line, and the
/// column in characters, UTF-8 bytes and UTF-16 code units. Kept for a text no longer held
/// (another story of the newsroom's memory).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Point {
    pub line: u32,
    pub chars: u32,
    pub utf8: u32,
    pub utf16: u32,
}

/// A span of a text as two [`Point`]s.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Place {
    pub start: Point,
    pub end: Point,
}

impl LineIndex {
    /// The [`Point`] of a byte offset of `text` (clamped to a character boundary).
    pub fn point(&self, text: &str, offset: usize) -> Point {
        let line = self.line_index(offset);
        let start = self.starts[line].min(text.len());
        let mut end = offset.min(text.len()).max(start);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = text.get(start..end).unwrap_or_default();
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Point {
            line: count(line),
            chars: count(before.chars().count()),
            utf8: count(before.len()),
            utf16: count(before.encode_utf16().count()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_as_lsp_breaks_them_and_columns_count_characters() {
        let text = "one\r\ntwo\rthré😀e\nfour";
        let lines = LineIndex::new(text);
        assert_eq!(lines.line_column(text, 0), (1, 1));
        assert_eq!(lines.line_column(text, text.find("two").unwrap()), (2, 1));
        assert_eq!(lines.line_column(text, text.find("e\nfour").unwrap()), (3, 6));
        assert_eq!(lines.line_number(text.len()), 4);
        assert_eq!(&text[lines.line_range(text, 0)], "one");
        assert_eq!(&text[lines.line_range(text, 2)], "thré😀e");
        // Inside a character: that character's column.
        assert_eq!(lines.line_column(text, text.find('😀').unwrap() + 2), (3, 5));
    }
}
