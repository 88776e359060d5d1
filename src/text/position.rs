//! Conversions between byte offsets and (line, column) positions in a negotiated encoding.
//!
//! LSP counts columns in UTF-16 code units unless the client and server agree on UTF-8.
//! Lines end at `\n`, `\r\n` or a lone `\r` (ropey's `cr_lines`), nothing else.
//! Every conversion clamps: a column past the end of its line lands before the line
//! terminator, a line past the end of the document lands at its end, and a column inside a
//! surrogate pair lands at the start of the character it splits. Nothing here panics.

use ropey::Rope;

/// How columns are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PositionEncoding {
    /// Bytes of UTF-8.
    Utf8,
    /// UTF-16 code units: the LSP default.
    #[default]
    Utf16,
}

/// A zero-based line and column, the column counted in some [`PositionEncoding`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineColumn {
    pub line: u32,
    pub column: u32,
}

impl LineColumn {
    pub const fn new(line: u32, column: u32) -> Self {
        Self { line, column }
    }
}

/// Char index of the end of a line's content, before its terminator (`\n`, `\r\n`, `\r`).
fn line_content_end_char(rope: &Rope, line_index: usize) -> usize {
    let line_start = rope.line_to_char(line_index);
    let line = rope.line(line_index);
    let mut length = line.len_chars();
    if length > 0 && line.char(length - 1) == '\n' {
        length -= 1;
    }
    if length > 0 && line.char(length - 1) == '\r' {
        length -= 1;
    }
    line_start + length
}

/// The byte offset of a position, clamped into the document.
pub fn offset_of(rope: &Rope, position: LineColumn, encoding: PositionEncoding) -> usize {
    let line_index = position.line as usize;
    if line_index >= rope.len_lines() {
        return rope.len_bytes();
    }
    let line_start_char = rope.line_to_char(line_index);
    let line_end_char = line_content_end_char(rope, line_index);
    let column = position.column as usize;
    let char_index = match encoding {
        PositionEncoding::Utf8 => {
            let line_start_byte = rope.char_to_byte(line_start_char);
            let line_end_byte = rope.char_to_byte(line_end_char);
            let wanted = (line_start_byte + column).min(line_end_byte);
            // A byte inside a multi-byte character maps to that character's start.
            rope.byte_to_char(wanted)
        }
        PositionEncoding::Utf16 => {
            let line_start_units = rope.char_to_utf16_cu(line_start_char);
            let line_end_units = rope.char_to_utf16_cu(line_end_char);
            let wanted = (line_start_units + column).min(line_end_units);
            // ropey maps a unit inside a surrogate pair to the char containing it.
            rope.utf16_cu_to_char(wanted)
        }
    };
    rope.char_to_byte(char_index.clamp(line_start_char, line_end_char))
}

/// The position of a byte offset. An offset past the end, or inside a character, is
/// clamped to the end or to that character's start.
pub fn position_of(rope: &Rope, offset: usize, encoding: PositionEncoding) -> LineColumn {
    let offset = offset.min(rope.len_bytes());
    let char_index = rope.byte_to_char(offset);
    let line_index = rope.char_to_line(char_index);
    let line_start_char = rope.line_to_char(line_index);
    let column = match encoding {
        PositionEncoding::Utf8 => rope.char_to_byte(char_index) - rope.char_to_byte(line_start_char),
        PositionEncoding::Utf16 => rope.char_to_utf16_cu(char_index) - rope.char_to_utf16_cu(line_start_char),
    };
    LineColumn::new(line_index as u32, column as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip_all(text: &str, encoding: PositionEncoding) {
        let rope = Rope::from_str(text);
        for (offset, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let position = position_of(&rope, offset, encoding);
            let back = offset_of(&rope, position, encoding);
            // The only offsets that do not round-trip are the `\n` of a `\r\n`, which is
            // not a position a client can name: it clamps to before the `\r`.
            if !(text[..offset].ends_with('\r') && text[offset..].starts_with('\n')) {
                assert_eq!(back, offset, "{text:?} at {offset} ({position:?})");
            }
        }
    }

    #[test]
    fn utf16_columns_count_surrogate_pairs_as_two() {
        let rope = Rope::from_str("a😀b");
        assert_eq!(position_of(&rope, 5, PositionEncoding::Utf16), LineColumn::new(0, 3));
        assert_eq!(position_of(&rope, 5, PositionEncoding::Utf8), LineColumn::new(0, 5));
        assert_eq!(offset_of(&rope, LineColumn::new(0, 3), PositionEncoding::Utf16), 5);
        // Inside the surrogate pair: the emoji's start.
        assert_eq!(offset_of(&rope, LineColumn::new(0, 2), PositionEncoding::Utf16), 1);
        // Inside the emoji's UTF-8 bytes: its start too.
        assert_eq!(offset_of(&rope, LineColumn::new(0, 3), PositionEncoding::Utf8), 1);
    }

    #[test]
    fn cjk_accents_and_combining_marks() {
        let text = "北京 José e\u{301}clair 😀👍🏽\nnext";
        round_trip_all(text, PositionEncoding::Utf16);
        round_trip_all(text, PositionEncoding::Utf8);
        let rope = Rope::from_str(text);
        // "北京 " is 3 UTF-16 units, 7 bytes.
        assert_eq!(position_of(&rope, 7, PositionEncoding::Utf16), LineColumn::new(0, 3));
    }

    #[test]
    fn crlf_lone_cr_and_missing_final_newline() {
        let text = "one\r\ntwo\rthree\nfour";
        let rope = Rope::from_str(text);
        assert_eq!(rope.len_lines(), 4);
        assert_eq!(offset_of(&rope, LineColumn::new(1, 0), PositionEncoding::Utf16), 5);
        assert_eq!(offset_of(&rope, LineColumn::new(2, 0), PositionEncoding::Utf16), 9);
        // A column past the end of "one" clamps before "\r\n", never between them.
        assert_eq!(offset_of(&rope, LineColumn::new(0, 99), PositionEncoding::Utf16), 3);
        assert_eq!(offset_of(&rope, LineColumn::new(3, 99), PositionEncoding::Utf8), text.len());
        round_trip_all(text, PositionEncoding::Utf16);
    }

    #[test]
    fn positions_past_the_end_clamp() {
        let rope = Rope::from_str("short\n");
        assert_eq!(offset_of(&rope, LineColumn::new(7, 3), PositionEncoding::Utf16), 6);
        assert_eq!(position_of(&rope, 600, PositionEncoding::Utf16), LineColumn::new(1, 0));
        let empty = Rope::from_str("");
        assert_eq!(offset_of(&empty, LineColumn::new(0, 5), PositionEncoding::Utf16), 0);
        assert_eq!(position_of(&empty, 0, PositionEncoding::Utf8), LineColumn::new(0, 0));
    }

    #[test]
    fn unicode_line_separators_are_not_line_breaks() {
        let rope = Rope::from_str("a\u{2028}b\u{85}c\u{c}d\n");
        assert_eq!(rope.len_lines(), 2);
    }
}
