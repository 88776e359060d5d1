//! The document an editor holds open: its text as a rope, its version and its language.

use ropey::Rope;

use super::position::{LineColumn, PositionEncoding, offset_of};

/// How the text is marked up. Anything that is not Markdown is read as plain text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    Markdown,
    #[default]
    PlainText,
}

impl Language {
    /// From an LSP languageId. Editors disagree (`text`, `plaintext`, `txt`...): every
    /// unknown id means plain text.
    pub fn from_language_id(language_id: &str) -> Self {
        match language_id.to_ascii_lowercase().as_str() {
            "markdown" | "md" | "mdx" | "quarto" | "rmd" => Language::Markdown,
            _ => Language::PlainText,
        }
    }

    /// From a file name, for the command line.
    pub fn from_path(path: &std::path::Path) -> Self {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd") => Language::Markdown,
            _ => Language::PlainText,
        }
    }
}

/// One change of a `didChange`: a range (in the negotiated encoding) and its new text, or,
/// with no range, the whole new text.
#[derive(Clone, Debug)]
pub struct TextChange {
    pub range: Option<(LineColumn, LineColumn)>,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Document {
    rope: Rope,
    version: i32,
    language: Language,
}

impl Document {
    pub fn new(text: &str, version: i32, language: Language) -> Self {
        Self { rope: Rope::from_str(text), version, language }
    }

    pub fn rope(&self) -> &Rope {
        &self.rope
    }

    pub fn version(&self) -> i32 {
        self.version
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn text(&self) -> String {
        self.rope.to_string()
    }

    /// Applies the changes of one edit in order, then takes the new version.
    /// Ranges are clamped into the document; a reversed range is read as its mirror.
    pub fn apply_changes(&mut self, changes: &[TextChange], encoding: PositionEncoding, version: i32) {
        for change in changes {
            match change.range {
                None => self.rope = Rope::from_str(&change.text),
                Some((start, end)) => {
                    let start_byte = offset_of(&self.rope, start, encoding);
                    let end_byte = offset_of(&self.rope, end, encoding);
                    let (start_byte, end_byte) = (start_byte.min(end_byte), start_byte.max(end_byte));
                    let start_char = self.rope.byte_to_char(start_byte);
                    let end_char = self.rope.byte_to_char(end_byte);
                    self.rope.remove(start_char..end_char);
                    self.rope.insert(start_char, &change.text);
                }
            }
        }
        self.version = version;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::position::position_of;

    fn change(rope: &Rope, start: usize, end: usize, text: &str, encoding: PositionEncoding) -> TextChange {
        TextChange {
            range: Some((position_of(rope, start, encoding), position_of(rope, end, encoding))),
            text: text.to_string(),
        }
    }

    #[test]
    fn incremental_edits_equal_reopening_the_final_text() {
        for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16] {
            let mut expected = String::from("Meng 😀 Wanzhou,\r\nthe chief\rfinancial officer.\n北京");
            let mut document = Document::new(&expected, 1, Language::PlainText);
            // (start, end, replacement) as byte offsets into the text at that moment.
            let edits: &[(usize, usize, &str)] =
                &[(5, 9, "🎉"), (0, 0, "é"), (12, 30, "x\r\ny"), (expected.len() - 3, expected.len() - 3, "!")];
            for (version, (start, end, replacement)) in edits.iter().enumerate() {
                let start = (*start).min(expected.len());
                let end = (*end).min(expected.len());
                // Keep the test's own edit on char boundaries.
                let start = (0..=start).rev().find(|&i| expected.is_char_boundary(i)).unwrap();
                let end = (end..=expected.len()).find(|&i| expected.is_char_boundary(i)).unwrap();
                let end =
                    if expected[..end].ends_with('\r') && expected[end..].starts_with('\n') { end + 1 } else { end };
                let text_change = change(document.rope(), start, end, replacement, encoding);
                expected.replace_range(start..end, replacement);
                document.apply_changes(&[text_change], encoding, version as i32 + 2);
                assert_eq!(document.text(), expected, "{encoding:?} edit {version}");
            }
        }
    }

    #[test]
    fn full_replacement_and_out_of_range_edits_never_panic() {
        let mut document = Document::new("abc", 1, Language::Markdown);
        let far = LineColumn::new(40, 40);
        document.apply_changes(
            &[
                TextChange { range: Some((far, far)), text: "!".into() },
                TextChange { range: Some((LineColumn::new(0, 2), LineColumn::new(0, 0))), text: "".into() },
            ],
            PositionEncoding::Utf16,
            2,
        );
        assert_eq!(document.text(), "c!");
        document.apply_changes(&[TextChange { range: None, text: "new".into() }], PositionEncoding::Utf16, 3);
        assert_eq!((document.text().as_str(), document.version()), ("new", 3));
    }

    #[test]
    fn any_unknown_language_id_is_plain_text() {
        assert_eq!(Language::from_language_id("text"), Language::PlainText);
        assert_eq!(Language::from_language_id("plaintext"), Language::PlainText);
        assert_eq!(Language::from_language_id("whatever"), Language::PlainText);
        assert_eq!(Language::from_language_id("markdown"), Language::Markdown);
    }
}
