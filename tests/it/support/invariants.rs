//! The invariants the fuzz targets and the deterministic property tests check, in one place
//! so both check exactly the same thing. This file is also compiled into the fuzz crate
//! (fuzz/fuzz_targets/*.rs include it by path), so it uses only `copydesk` and std.
//!
//! Each check returns `Err(description)` instead of panicking on a broken invariant, so the
//! callers decide how to fail (a fuzz target panics, a property test reports the input).

use copydesk::engine::{check_draft, check_draft_reusing};
use copydesk::settings::Settings;
use copydesk::text::position::{offset_of, position_of};
use copydesk::text::{Document, Language, LineColumn, PositionEncoding, TextChange};

pub const LANGUAGES: [Language; 2] = [Language::PlainText, Language::Markdown];
pub const ENCODINGS: [PositionEncoding; 2] = [PositionEncoding::Utf8, PositionEncoding::Utf16];

fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// Analyses `draft` and checks what every consumer of a finding relies on: spans on char
/// boundaries inside the text, fixes that edit only inside their finding's span, hover and
/// outline that do not panic, and positions that convert back to the same offsets.
pub fn check_analysis(draft: &str, language: Language) -> Result<(), String> {
    let checked = check_draft(draft, language, &Settings::default());
    if checked.prose.text.len() != draft.len() {
        return Err(format!("masked prose has {} bytes, draft {}", checked.prose.text.len(), draft.len()));
    }
    for sentence in &checked.prose.sentences {
        if !on_boundaries(draft, sentence.span.start, sentence.span.end) {
            return Err(format!("sentence span {:?} not on char boundaries", sentence.span));
        }
    }
    let rope = ropey::Rope::from_str(draft);
    for finding in &checked.findings {
        let span = finding.span;
        if !on_boundaries(draft, span.start, span.end) {
            return Err(format!(
                "{} span {span:?} not on char boundaries of a {}-byte draft",
                finding.code,
                draft.len()
            ));
        }
        if finding.message.is_empty() {
            return Err(format!("finding at {span:?} without a message"));
        }
        for related in &finding.related {
            if !on_boundaries(draft, related.span.start, related.span.end) || related.message.is_empty() {
                return Err(format!(
                    "{} related place {:?} not on char boundaries or without a message",
                    finding.code, related.span
                ));
            }
        }
        for fix in &finding.fixes {
            let mut edits: Vec<_> = fix.edits.iter().map(|edit| edit.span).collect();
            edits.sort();
            for edit in &edits {
                if edit.start < span.start || edit.end > span.end || !on_boundaries(draft, edit.start, edit.end) {
                    return Err(format!(
                        "{} fix {:?} edits {edit:?} outside its span {span:?}",
                        finding.code, fix.title
                    ));
                }
            }
            if edits.windows(2).any(|pair| pair[0].end > pair[1].start) {
                return Err(format!("{} fix {:?} has overlapping edits {edits:?}", finding.code, fix.title));
            }
            let fixed = fix.apply(draft);
            let suffix = draft.len() - span.end;
            if !fixed.starts_with(&draft[..span.start]) || fixed.len() < suffix || !fixed.ends_with(&draft[span.end..])
            {
                return Err(format!("{} fix {:?} changed text outside {span:?}", finding.code, fix.title));
            }
        }
        // What the server sends: both ends survive a round trip through LSP positions,
        // except the middle of a "\r\n", which no position can name.
        for offset in [span.start, span.end] {
            let splits_crlf = draft[..offset].ends_with('\r') && draft[offset..].starts_with('\n');
            for encoding in ENCODINGS {
                let back = offset_of(&rope, position_of(&rope, offset, encoding), encoding);
                if back != offset && !splits_crlf {
                    return Err(format!(
                        "{} offset {offset} comes back from a {encoding:?} position as {back}",
                        finding.code
                    ));
                }
            }
        }
        let _ = copydesk::ide::hover::hover_at(&checked, draft, span.start);
    }
    for offset in [0, draft.len() / 2, draft.len()] {
        let _ = copydesk::ide::hover::hover_at(&checked, draft, offset);
    }
    let _ = copydesk::ide::outline::outline(draft, &checked.facts);
    Ok(())
}

/// One `didChange` content change as raw numbers, resolved against the text at the time it
/// is applied (see [`EditScript::resolve`]).
#[derive(Clone, Debug)]
pub struct RawChange {
    pub start_line: u8,
    pub start_column: u8,
    pub end_line: u8,
    pub end_column: u8,
    pub text: String,
}

/// A document opened with `initial` and edited by `changes`, one `didChange` each (or all
/// in a single `didChange` when `batched`).
#[derive(Clone, Debug)]
pub struct EditScript {
    pub initial: String,
    pub encoding: PositionEncoding,
    pub language: Language,
    pub batched: bool,
    pub changes: Vec<RawChange>,
}

/// A raw line of 255 means "far past the end", 254 means "no range: replace everything".
const FAR: u8 = 255;
const WHOLE: u8 = 254;

impl EditScript {
    /// Reads a script from arbitrary bytes (what the fuzzer hands over):
    /// `flags, initial length, initial bytes, then per change: 4 position bytes, length, text`.
    /// Text is decoded lossily; a short input just ends the script.
    pub fn decode(bytes: &[u8]) -> EditScript {
        let mut input = bytes.iter().copied();
        let flags = input.next().unwrap_or(0);
        let take_text = |input: &mut dyn Iterator<Item = u8>| {
            let length = input.next().unwrap_or(0) as usize;
            let raw: Vec<u8> = input.take(length).collect();
            String::from_utf8_lossy(&raw).into_owned()
        };
        let initial = take_text(&mut input);
        let mut changes = Vec::new();
        while let (Some(start_line), Some(start_column), Some(end_line), Some(end_column)) =
            (input.next(), input.next(), input.next(), input.next())
        {
            let text = take_text(&mut input);
            changes.push(RawChange { start_line, start_column, end_line, end_column, text });
        }
        EditScript {
            initial,
            encoding: if flags & 1 == 0 { PositionEncoding::Utf16 } else { PositionEncoding::Utf8 },
            language: if flags & 2 == 0 { Language::PlainText } else { Language::Markdown },
            batched: flags & 4 != 0,
            changes,
        }
    }

    /// The LSP change a raw change stands for in `text`: lines are taken modulo the line
    /// count plus one (so most land in the document and some just past it), 255 means far
    /// past the end, and a start line of 254 means a whole-document replacement.
    fn resolve(change: &RawChange, text: &str) -> TextChange {
        if change.start_line == WHOLE {
            return TextChange { range: None, text: change.text.clone() };
        }
        let lines = reference_lines(text).len() as u32;
        let line = |raw: u8| if raw == FAR { u32::MAX } else { u32::from(raw) % (lines + 1) };
        let column = |raw: u8| if raw == FAR { u32::MAX } else { u32::from(raw) };
        TextChange {
            range: Some((
                LineColumn::new(line(change.start_line), column(change.start_column)),
                LineColumn::new(line(change.end_line), column(change.end_column)),
            )),
            text: change.text.clone(),
        }
    }
}

/// Lines as (content start, content end) byte offsets, split on `\n`, `\r\n` and lone `\r`:
/// a plain re-statement of the LSP rules, independent of the rope.
fn reference_lines(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'\n' => {
                lines.push((start, index));
                start = index + 1;
            }
            b'\r' => {
                lines.push((start, index));
                if bytes.get(index + 1) == Some(&b'\n') {
                    index += 1;
                }
                start = index + 1;
            }
            _ => {}
        }
        index += 1;
    }
    lines.push((start, bytes.len()));
    lines
}

/// The byte offset an LSP position names in `text`, by the book: a line past the end is
/// the end of the text, a column past the line's end is the line's end, a column inside a
/// character (a UTF-8 continuation byte or the second half of a surrogate pair) is that
/// character's start.
pub fn reference_offset(text: &str, position: LineColumn, encoding: PositionEncoding) -> usize {
    let lines = reference_lines(text);
    let Some(&(start, end)) = lines.get(position.line as usize) else { return text.len() };
    let mut counted = 0u64;
    for (index, character) in text[start..end].char_indices() {
        let width = match encoding {
            PositionEncoding::Utf8 => character.len_utf8(),
            PositionEncoding::Utf16 => character.len_utf16(),
        } as u64;
        if counted + width > u64::from(position.column) {
            return start + index;
        }
        counted += width;
    }
    end
}

fn reference_apply(text: &mut String, change: &TextChange, encoding: PositionEncoding) {
    match change.range {
        None => *text = change.text.clone(),
        Some((start, end)) => {
            let start = reference_offset(text, start, encoding);
            let end = reference_offset(text, end, encoding);
            text.replace_range(start.min(end)..start.max(end), &change.text);
        }
    }
}

/// Applies the script to a [`Document`] and to a plain `String` by the reference rules,
/// and checks that they agree after every `didChange`, that the version is the last one
/// sent, and that the edited document analyses exactly like the final text opened fresh.
pub fn check_edit_script(script: &EditScript) -> Result<(), String> {
    let mut document = Document::new(&script.initial, 1, script.language);
    let mut expected = script.initial.clone();
    let mut version = 1;
    // As the server does: each version analysed reusing the previous analysis.
    let settings = Settings::default();
    let mut memo = copydesk::engine::Memo::default();
    let mut analysis = check_draft_reusing(&mut memo, None, &document.text(), script.language, &settings);
    if script.batched {
        let mut resolved = Vec::new();
        for change in &script.changes {
            // Each change of a batch is resolved against the text its predecessors left.
            let text_change = EditScript::resolve(change, &expected);
            reference_apply(&mut expected, &text_change, script.encoding);
            resolved.push(text_change);
        }
        version += 1;
        document.apply_changes(&resolved, script.encoding, version);
        if document.text() != expected {
            return Err(format!("batched edits: document {:?} != reference {expected:?}", document.text()));
        }
        analysis = check_draft_reusing(&mut memo, Some(&analysis.prose), &document.text(), script.language, &settings);
    } else {
        for (index, change) in script.changes.iter().enumerate() {
            let text_change = EditScript::resolve(change, &expected);
            reference_apply(&mut expected, &text_change, script.encoding);
            version += 1;
            document.apply_changes(std::slice::from_ref(&text_change), script.encoding, version);
            if document.text() != expected {
                return Err(format!(
                    "after edit {index} ({text_change:?}): document {:?} != reference {expected:?}",
                    document.text()
                ));
            }
            analysis =
                check_draft_reusing(&mut memo, Some(&analysis.prose), &document.text(), script.language, &settings);
        }
    }
    if document.version() != version {
        return Err(format!("version {} after edits, expected {version}", document.version()));
    }
    let fresh_document = Document::new(&expected, version, script.language);
    let fresh = check_draft(&fresh_document.text(), script.language, &settings).findings;
    if analysis.findings != fresh {
        return Err("the edited document, analysed edit by edit, differs from the final text opened fresh".to_string());
    }
    check_analysis(&expected, script.language)
}
