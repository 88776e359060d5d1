//! Markup masking: which bytes of a draft are prose, and where its paragraphs are.
//!
//! Analysis runs over a *masked* copy of the text with exactly the same byte length, so
//! every offset found in it is an offset into the original. Bytes that are not prose
//! (Markdown syntax, code, link targets, HTML, front matter) become NUL, which the tokenizer
//! skips: neither a word, nor punctuation, nor a space. Line breaks are kept.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::document::Language;
use super::span::ByteSpan;

/// The byte that replaces masked-out text.
pub const MASK: u8 = 0;

/// The byte that fills inline code (`` `like this` ``): it stands in the sentence like a
/// word, so "`path`, `line`" keeps a word before each comma.
pub const CODE_MASK: u8 = 0x1A;

/// A draft's prose: the masked text and its paragraphs in document order.
#[derive(Clone, Debug, Default)]
pub struct MaskedText {
    pub text: String,
    pub paragraphs: Vec<ByteSpan>,
}

pub fn mask(text: &str, language: Language) -> MaskedText {
    match language {
        Language::PlainText => MaskedText { text: mask_plain_directives(text), paragraphs: plain_paragraphs(text) },
        Language::Markdown => mask_markdown(text),
    }
}

/// What starts a plain-text directive line. Plain text has no comments, so this mark at the
/// start of a line, followed by a directive word, stands in for one. The directive words
/// and comment forms are `rules::suppressions`'s; the masker only needs to recognise the line.
pub const PLAIN_TEXT_DIRECTIVE_MARK: &str = "%%";

/// What every directive word starts with (`copydesk-disable-next-line`).
pub const DIRECTIVE_PREFIX: &str = "copydesk-";

/// Whether a plain-text line is a copydesk directive (`%% copydesk-disable-next-line ...`).
/// Such lines are not prose.
pub fn is_plain_text_directive(line: &str) -> bool {
    line.trim_start()
        .strip_prefix(PLAIN_TEXT_DIRECTIVE_MARK)
        .is_some_and(|rest| rest.trim_start().starts_with(DIRECTIVE_PREFIX))
}

/// Plain text is all prose except directive lines, which are masked like Markdown comments.
fn mask_plain_directives(text: &str) -> String {
    if !text.contains(PLAIN_TEXT_DIRECTIVE_MARK) {
        return text.to_string();
    }
    let mut masked = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if is_plain_text_directive(content) {
            masked.extend(std::iter::repeat_n(MASK as char, content.len()));
            masked.push_str(&line[content.len()..]);
        } else {
            masked.push_str(line);
        }
    }
    masked
}

/// `text.split_inclusive(['\n', '\r'])`, found byte by byte: both marks are ASCII, so
/// every piece ends on a character boundary, and a draft is read without decoding it.
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr2(b'\n', b'\r', rest.as_bytes()).map_or(rest.len(), |index| index + 1);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// Plain text: paragraphs are separated by blank lines (lines of only whitespace), except in
/// a block written a paragraph to a line, as copy pasted from the web or exported from an
/// editorial system often is: there every line is a paragraph ([`one_paragraph_per_line`]).
fn plain_paragraphs(text: &str) -> Vec<ByteSpan> {
    let mut paragraphs = Vec::new();
    // The lines of the block being read, each as the span of its content.
    let mut block: Vec<ByteSpan> = Vec::new();
    let mut line_start = 0;
    for line in lines_inclusive(text) {
        // "\r\n" arrives as "…\r" then "\n": the lone "\n" is an empty tail, not a blank line.
        let is_crlf_tail = line == "\n" && text[..line_start].ends_with('\r');
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if !is_crlf_tail {
                push_block(text, &mut block, &mut paragraphs);
            }
        } else {
            let leading = content.len() - content.trim_start().len();
            block.push(ByteSpan::new(line_start + leading, line_start + content.trim_end().len()));
        }
        line_start += line.len();
    }
    push_block(text, &mut block, &mut paragraphs);
    paragraphs
}

/// Ends the block of `lines`: one paragraph, or, written a paragraph to a line, a paragraph
/// for each line that ends one.
fn push_block(text: &str, lines: &mut Vec<ByteSpan>, paragraphs: &mut Vec<ByteSpan>) {
    let Some(&first) = lines.first() else { return };
    let per_line = one_paragraph_per_line(text, lines);
    let mut start = first.start;
    for pair in lines.windows(2) {
        let (line, next) = (pair[0], pair[1]);
        if per_line && ends_paragraph(&text[start..line.end], &text[next.range()]) {
            paragraphs.push(ByteSpan::new(start, line.end));
            start = next.start;
        }
    }
    if let Some(last) = lines.last() {
        paragraphs.push(ByteSpan::new(start, last.end));
    }
    lines.clear();
}

/// Lines no hard wrap makes: a wrapping editor breaks lines well before this many characters.
const LONGER_THAN_ANY_WRAP: usize = 120;

/// Whether the line ends a sentence, after any closing marks.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', '»']).ends_with(['.', '!', '?', ':', '…'])
}

/// Whether a block of several lines is written a paragraph to a line rather than wrapped:
/// a line longer than any wrapping width, or every line but the last ending a sentence (a
/// wrapped paragraph breaks its lines mid-sentence). One line is one paragraph either way.
fn one_paragraph_per_line(text: &str, lines: &[ByteSpan]) -> bool {
    let Some((_, before_last)) = lines.split_last() else { return false };
    if before_last.is_empty() {
        return false;
    }
    let long = lines.iter().any(|line| text[line.range()].chars().count() > LONGER_THAN_ANY_WRAP);
    long || before_last.iter().all(|line| ends_sentence(&text[line.range()]))
}

/// Whether a paragraph written so far as `paragraph` ends at its line's end, before `next`:
/// the next line opens a new sentence (a headline ends without a period), and no quotation
/// is left open unless the next line reopens it (a quotation continued over paragraphs).
fn ends_paragraph(paragraph: &str, next: &str) -> bool {
    let opens = next.starts_with(|c: char| {
        c.is_uppercase() || c.is_ascii_digit() || opens_quotation(c) || matches!(c, '—' | '–' | '―' | '-')
    });
    if !opens {
        return false;
    }
    // Reopened with a mark of the same style: a straight quotation inside which curly
    // marks quote someone else does not go on at a curly mark.
    let straight_open = paragraph.matches('"').count() % 2 == 1;
    let curly_open = paragraph.matches('“').count() > paragraph.matches('”').count();
    (!straight_open || next.starts_with('"')) && (!curly_open || next.starts_with('“'))
}

/// A mark that can open a quotation at a line's start.
fn opens_quotation(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '„' | '«' | '‹')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    Mask,
    Prose,
    Code,
}

fn mask_markdown(text: &str) -> MaskedText {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut keep = vec![Keep::Mask; text.len()];
    let mut paragraphs: Vec<ByteSpan> = Vec::new();
    // Text inside these is not prose even though the parser reports it as text.
    let mut non_prose_depth = 0usize;
    // The innermost open block that holds prose, and the span of prose seen in it so far.
    let mut open_blocks: Vec<Option<ByteSpan>> = Vec::new();

    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock => non_prose_depth += 1,
                Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell => open_blocks.push(None),
                _ => {}
            },
            Event::End(tag_end) => match tag_end {
                TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock => {
                    non_prose_depth = non_prose_depth.saturating_sub(1)
                }
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell => {
                    if let Some(Some(span)) = open_blocks.pop() {
                        paragraphs.push(span);
                    }
                }
                _ => {}
            },
            Event::Text(_) | Event::Code(_) | Event::SoftBreak | Event::HardBreak if non_prose_depth == 0 => {
                let range = range.start.min(text.len())..range.end.min(text.len());
                let fill = match event {
                    Event::Text(_) => Some(Keep::Prose),
                    Event::Code(_) => Some(Keep::Code),
                    _ => None,
                };
                if let Some(fill) = fill {
                    keep[range.clone()].iter_mut().for_each(|k| *k = fill);
                }
                if let Some(block) = open_blocks.last_mut() {
                    let span = ByteSpan::new(range.start, range.end);
                    *block = Some(block.map_or(span, |b| b.cover(span)));
                }
            }
            _ => {}
        }
    }

    let masked: Vec<u8> = text
        .bytes()
        .zip(&keep)
        .map(|(byte, &kept)| match kept {
            Keep::Prose => byte,
            _ if byte == b'\n' || byte == b'\r' => byte,
            Keep::Code => CODE_MASK,
            Keep::Mask => MASK,
        })
        .collect();
    paragraphs.sort_by_key(|span| span.start);
    // Nested blocks (a list inside a list item) can overlap their parent: keep them apart.
    let mut disjoint: Vec<ByteSpan> = Vec::with_capacity(paragraphs.len());
    for span in paragraphs {
        match disjoint.last_mut() {
            Some(last) if span.start < last.end => last.end = last.end.max(span.end),
            _ => disjoint.push(span),
        }
    }
    // Replacing whole UTF-8 characters (never parts: parser ranges lie on char boundaries)
    // by NUL keeps the text valid UTF-8; fall back to a lossy copy if that ever fails.
    let text = String::from_utf8(masked).unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
    MaskedText { text, paragraphs: disjoint }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose_words(masked: &MaskedText) -> String {
        masked.text.replace('\0', " ").replace('\u{1A}', "#").split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn lines_split_as_split_inclusive_does() {
        for text in ["", "a", "a\n", "a\r\nb\rc\n\nd", "\n\n", "é\nü\r"] {
            assert_eq!(
                lines_inclusive(text).collect::<Vec<_>>(),
                text.split_inclusive(['\n', '\r']).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn markdown_masks_code_html_links_and_front_matter() {
        let draft = "---\ntitle: Draft\n---\n\n# Biden and Xi\n\nThe *call* ran `90 minutes` per [Reuters](https://example.com/a.b).\n\n```\nnot. prose\n```\n\n<!-- copydesk-disable -->\n\n- first item\n- second item\n";
        let masked = mask(draft, Language::Markdown);
        assert_eq!(masked.text.len(), draft.len());
        assert_eq!(prose_words(&masked), "Biden and Xi The call ran ############ per Reuters . first item second item");
        let paragraphs: Vec<&str> = masked.paragraphs.iter().map(|p| p.slice(draft)).collect();
        assert_eq!(
            paragraphs,
            [
                "Biden and Xi",
                "The *call* ran `90 minutes` per [Reuters](https://example.com/a.b).",
                "first item",
                "second item"
            ]
        );
    }

    #[test]
    fn plain_text_written_a_paragraph_to_a_line_has_a_paragraph_per_line() {
        let paragraphs = |draft: &str| -> Vec<String> {
            mask(draft, Language::PlainText).paragraphs.iter().map(|p| p.slice(draft).to_string()).collect()
        };
        // Every line ends a sentence: one paragraph a line, with any line ending.
        let draft = "Voters lined up early.\r\n“It was worth it,” said Ana Ruiz.\r\nPolls close at eight.";
        assert_eq!(
            paragraphs(draft),
            ["Voters lined up early.", "“It was worth it,” said Ana Ruiz.", "Polls close at eight."]
        );
        // A headline over a line longer than any wrap.
        let long = format!("Council votes on budget\nThe council {} at noon.", "met again and again ".repeat(8));
        assert_eq!(paragraphs(&long).len(), 2);
        // A quotation left open goes on over the line unless the next line reopens it; a
        // line ending mid-sentence goes on.
        let open = format!("{}\n\"It was late.\nSo said Ruiz.\"\nThe end of a \nsentence.", "word ".repeat(30));
        assert_eq!(
            paragraphs(&open),
            [&"word ".repeat(30)[..149], "\"It was late.\nSo said Ruiz.\"", "The end of a \nsentence."]
        );
        // A wrapped paragraph stays one paragraph, and blank lines still separate.
        let wrapped = "The council met on Monday and\nvoted to close the library.\n\nIt opens again in May.";
        assert_eq!(
            paragraphs(wrapped),
            ["The council met on Monday and\nvoted to close the library.", "It opens again in May."]
        );
    }

    #[test]
    fn plain_text_directive_lines_are_masked_and_keep_their_length() {
        let draft = "One.\r\n  %% copydesk-disable-next-line garbled\r\nThe the end.\n%% a note\n";
        let masked = mask(draft, Language::PlainText);
        assert_eq!(masked.text.len(), draft.len());
        assert_eq!(prose_words(&masked), "One. The the end. %% a note");
    }

    #[test]
    fn plain_text_paragraphs_split_on_blank_lines_with_any_line_ending() {
        let draft = "Title\r\n\r\nOne line\r\nsame paragraph.\r\n  \r\nNext and\rlast";
        let masked = mask(draft, Language::PlainText);
        let paragraphs: Vec<&str> = masked.paragraphs.iter().map(|p| p.slice(draft)).collect();
        assert_eq!(paragraphs, ["Title", "One line\r\nsame paragraph.", "Next and\rlast"]);
    }
}
