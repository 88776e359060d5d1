//! The browser binding (feature `wasm`): the engine for a web page, through wasm-bindgen.
//!
//! Only strings cross the boundary: options come in as JSON and results go out as JSON,
//! which web/src/copydesk.ts parses into typed objects. That keeps the binding to one
//! crate (wasm-bindgen) and the shapes in one place on each side. Offsets that go out or
//! come in count UTF-16 code units, as JavaScript strings and browser editors index text;
//! inside, the engine speaks byte spans as everywhere else.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::config::SettingsLayer;
use crate::config::read::{read_json, read_toml};
use crate::engine::{Checked, Memo, check_draft_reusing};
use crate::ide::inlay::speaker_hints;
use crate::ide::outline::{OutlineItem, OutlineKind, outline};
use crate::rules::{Finding, Severity};
use crate::settings::Settings;
use crate::text::{ByteSpan, Language};

/// What a page passes with a draft.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Options {
    /// Read the draft as Markdown (else plain text).
    markdown: bool,
    /// Editor settings, the shape VS Code sends under `copydesk` (docs/configuration.md).
    settings: serde_json::Value,
    /// The text of a `.copydesk.toml`; its keys win over `settings`, as in the editor.
    project_file: Option<String>,
}

thread_local! {
    /// The engine's memo for the page's one document (the browser runs one thread).
    static PAGE_MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::default();
}

/// A draft checked in the page: its findings, and what hover and the cast read.
#[wasm_bindgen]
pub struct Analysis {
    draft: String,
    checked: Checked,
    offsets: Utf16Offsets,
    settings_problems: Vec<String>,
    /// The `hints.speakers` setting: show each quotation's speaker.
    speaker_hints: bool,
}

#[wasm_bindgen]
impl Analysis {
    /// Checks `draft` with `options_json` (see `Options`); bad options or settings never
    /// fail the check: they are reported by [`Analysis::settings_problems_json`].
    #[wasm_bindgen(constructor)]
    pub fn new(draft: String, options_json: &str) -> Analysis {
        let (options, mut settings_problems) = match serde_json::from_str::<Options>(options_json) {
            Ok(options) => (options, Vec::new()),
            Err(error) => (Options::default(), vec![format!("options: {error}")]),
        };
        let settings = resolve_settings(&options, &mut settings_problems);
        let language = if options.markdown { Language::Markdown } else { Language::PlainText };
        // The page analyses one draft, edit after edit: its memo is kept between analyses.
        let checked =
            PAGE_MEMO.with(|memo| check_draft_reusing(&mut memo.borrow_mut(), None, &draft, language, &settings));
        let offsets = Utf16Offsets::new(&draft);
        Analysis { draft, checked, offsets, settings_problems, speaker_hints: settings.hints.speakers }
    }

    /// The findings as a JSON array of [`JsFinding`].
    #[wasm_bindgen(js_name = findingsJson)]
    pub fn findings_json(&self) -> String {
        let findings: Vec<JsFinding> = self.checked.findings.iter().map(|f| self.js_finding(f)).collect();
        to_json(&findings)
    }

    /// The hover at a UTF-16 offset as JSON: `{from, to, markdown}`, or `null`.
    #[wasm_bindgen(js_name = hoverJson)]
    pub fn hover_json(&self, utf16_offset: u32) -> String {
        let offset = self.offsets.to_byte(&self.draft, utf16_offset as usize);
        let hover = crate::ide::hover::hover_at(&self.checked, &self.draft, offset).map(|(span, markdown)| JsHover {
            from: self.offsets.to_utf16(span.start),
            to: self.offsets.to_utf16(span.end),
            markdown,
        });
        to_json(&hover)
    }

    /// The cast: people, organisations and places with their mentions, then quotations, as
    /// a JSON array of [`JsOutlineItem`].
    #[wasm_bindgen(js_name = castJson)]
    pub fn cast_json(&self) -> String {
        let items: Vec<JsOutlineItem> =
            outline(&self.draft, &self.checked.facts).iter().map(|item| self.js_outline_item(item)).collect();
        to_json(&items)
    }

    /// Each quotation's speaker, to show after its closing mark, as a JSON array of
    /// [`JsSpeaker`] (empty when the `hints.speakers` setting is off): the same hints an
    /// editor shows inline (`ide::inlay`).
    #[wasm_bindgen(js_name = speakersJson)]
    pub fn speakers_json(&self) -> String {
        let hints = if self.speaker_hints { speaker_hints(&self.checked, &self.draft) } else { Vec::new() };
        let speakers: Vec<JsSpeaker> = hints
            .into_iter()
            .map(|hint| JsSpeaker {
                at: self.offsets.to_utf16(hint.offset),
                label: hint.label,
                markdown: hint.tooltip,
                introduction: hint.introduction.map(|span| {
                    let (from, to) = self.offsets.span_to_utf16(span);
                    JsSpan { from, to }
                }),
            })
            .collect();
        to_json(&speakers)
    }

    /// What was wrong in the options or settings, as a JSON array of messages.
    #[wasm_bindgen(js_name = settingsProblemsJson)]
    pub fn settings_problems_json(&self) -> String {
        to_json(&self.settings_problems)
    }
}

/// Every rule with its documentation, as JSON: `[{code, severity, markdown}]`.
#[wasm_bindgen(js_name = rulesJson)]
pub fn rules_json() -> String {
    let rules: Vec<JsRule> = crate::rules::RULES
        .iter()
        .map(|rule| JsRule { code: rule.code(), severity: rule.default_severity, markdown: rule.doc_markdown() })
        .collect();
    to_json(&rules)
}

fn resolve_settings(options: &Options, problems: &mut Vec<String>) -> Settings {
    let (editor, editor_problems) = read_json(&options.settings);
    problems.extend(editor_problems.iter().map(|p| format!("settings: {}: {}", p.key, p.message)));
    let project: Option<SettingsLayer> = options.project_file.as_deref().map(|text| {
        let (layer, project_problems) = read_toml(text);
        problems.extend(project_problems.iter().map(|p| format!(".copydesk.toml: {}", p.message)));
        layer
    });
    SettingsLayer::resolve(&editor, project.as_ref())
}

fn to_json(value: &impl Serialize) -> String {
    // Plain structs of strings and numbers always serialise; "null" keeps the page going.
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_string())
}

#[derive(Serialize)]
struct JsEdit<'a> {
    from: usize,
    to: usize,
    insert: &'a str,
}

#[derive(Serialize)]
struct JsFix<'a> {
    title: &'a str,
    edits: Vec<JsEdit<'a>>,
}

/// A finding for the page: UTF-16 offsets (`from`, `to`), the rule and its doc.
#[derive(Serialize)]
struct JsFinding<'a> {
    from: usize,
    to: usize,
    code: &'a str,
    severity: Severity,
    message: &'a str,
    fixes: Vec<JsFix<'a>>,
}

#[derive(Serialize)]
struct JsHover {
    from: usize,
    to: usize,
    markdown: String,
}

#[derive(Serialize)]
struct JsSpan {
    from: usize,
    to: usize,
}

/// A quotation's speaker: where it goes (`at`, right after the closing mark), the label,
/// the member's description in Markdown, and the member's introduction, if any.
#[derive(Serialize)]
struct JsSpeaker {
    at: usize,
    label: String,
    markdown: String,
    introduction: Option<JsSpan>,
}

#[derive(Serialize)]
struct JsRule {
    code: &'static str,
    severity: Severity,
    markdown: String,
}

#[derive(Serialize)]
struct JsOutlineItem {
    name: String,
    detail: Option<String>,
    kind: &'static str,
    from: usize,
    to: usize,
    children: Vec<JsOutlineItem>,
}

impl Analysis {
    fn js_finding<'a>(&self, finding: &'a Finding) -> JsFinding<'a> {
        let (from, to) = self.offsets.span_to_utf16(finding.span);
        let fixes = finding
            .fixes
            .iter()
            .map(|fix| JsFix {
                title: &fix.title,
                edits: fix
                    .edits
                    .iter()
                    .map(|edit| {
                        let (from, to) = self.offsets.span_to_utf16(edit.span);
                        JsEdit { from, to, insert: &edit.replacement }
                    })
                    .collect(),
            })
            .collect();
        JsFinding {
            from,
            to,
            code: finding.code.as_str(),
            severity: finding.severity,
            message: &finding.message,
            fixes,
        }
    }

    fn js_outline_item(&self, item: &OutlineItem) -> JsOutlineItem {
        let (from, to) = self.offsets.span_to_utf16(item.span);
        JsOutlineItem {
            name: item.name.clone(),
            detail: item.detail.clone(),
            kind: outline_kind_name(item.kind),
            from,
            to,
            children: item.children.iter().map(|child| self.js_outline_item(child)).collect(),
        }
    }
}

fn outline_kind_name(kind: OutlineKind) -> &'static str {
    match kind {
        OutlineKind::Person => "person",
        OutlineKind::Organisation => "organisation",
        OutlineKind::Place => "place",
        OutlineKind::Member => "member",
        OutlineKind::Mention => "mention",
        OutlineKind::Quotation => "quotation",
        OutlineKind::QuotedTerm => "quoted-term",
        OutlineKind::Group => "group",
    }
}

/// Byte offsets of a draft to and from UTF-16 offsets. An ASCII draft needs no table.
struct Utf16Offsets {
    /// For each byte offset 0..=len, the UTF-16 offset of the character boundary at or
    /// after it; empty when the draft is ASCII (the two offsets agree).
    table: Vec<u32>,
}

impl Utf16Offsets {
    fn new(draft: &str) -> Self {
        if draft.is_ascii() {
            return Utf16Offsets { table: Vec::new() };
        }
        let mut table = Vec::with_capacity(draft.len() + 1);
        let mut units = 0u32;
        for character in draft.chars() {
            table.push(units);
            units += character.len_utf16() as u32;
            // A byte inside a character maps to the boundary after it, so the table only grows.
            table.extend(std::iter::repeat_n(units, character.len_utf8() - 1));
        }
        table.push(units);
        Utf16Offsets { table }
    }

    fn to_utf16(&self, byte: usize) -> usize {
        if self.table.is_empty() {
            return byte;
        }
        self.table[byte.min(self.table.len() - 1)] as usize
    }

    fn span_to_utf16(&self, span: ByteSpan) -> (usize, usize) {
        (self.to_utf16(span.start), self.to_utf16(span.end))
    }

    /// The byte offset of the character boundary at or after `utf16` (an offset inside a
    /// surrogate pair moves past the pair), clamped to the draft.
    fn to_byte(&self, draft: &str, utf16: usize) -> usize {
        if self.table.is_empty() {
            return utf16.min(draft.len());
        }
        let mut byte = self.table.partition_point(|&units| (units as usize) < utf16).min(draft.len());
        while !draft.is_char_boundary(byte) {
            byte += 1;
        }
        byte
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(draft: &str, options: &str) -> serde_json::Value {
        serde_json::from_str(&Analysis::new(draft.to_string(), options).findings_json()).unwrap()
    }

    #[test]
    fn offsets_count_utf16_units_across_accents_and_astral_characters() {
        let draft = "é😀a";
        let offsets = Utf16Offsets::new(draft);
        assert_eq!([0, 2, 6, 7].map(|byte| offsets.to_utf16(byte)), [0, 1, 3, 4]);
        assert_eq!([0, 1, 2, 3, 4].map(|units| offsets.to_byte(draft, units)), [0, 2, 6, 6, 7]);
        assert_eq!(offsets.to_byte(draft, 99), 7);
        let ascii = Utf16Offsets::new("plain");
        assert_eq!((ascii.to_utf16(3), ascii.to_byte("plain", 9)), (3, 5));
    }

    #[test]
    fn a_finding_after_an_emoji_is_placed_in_utf16_units_with_its_fix() {
        let draft = "😀 The council must must vote.";
        let found = findings(draft, "{}");
        let repeated = found.as_array().unwrap().iter().find(|f| f["code"] == "garbled.repeated-word").unwrap();
        let (from, to) = (repeated["from"].as_u64().unwrap() as usize, repeated["to"].as_u64().unwrap() as usize);
        let utf16: Vec<u16> = draft.encode_utf16().collect();
        assert_eq!(String::from_utf16(&utf16[from..to]).unwrap(), "must must");
        let edit = &repeated["fixes"][0]["edits"][0];
        let (edit_from, edit_to) = (edit["from"].as_u64().unwrap() as usize, edit["to"].as_u64().unwrap() as usize);
        let mut fixed = utf16[..edit_from].to_vec();
        fixed.extend(edit["insert"].as_str().unwrap().encode_utf16());
        fixed.extend(&utf16[edit_to..]);
        assert_eq!(String::from_utf16(&fixed).unwrap(), "😀 The council must vote.");
    }

    #[test]
    fn settings_and_project_file_apply_and_bad_options_are_reported_not_fatal() {
        let draft = "The council must must vote.";
        let off_in_settings = r#"{"settings": {"rules": {"garbled.repeated-word": "off"}}}"#;
        assert_eq!(findings(draft, off_in_settings), serde_json::json!([]));
        let on_in_project = r#"{"settings": {"rules": {"garbled": "off"}},
            "projectFile": "[rules]\ngarbled = \"error\"\n"}"#;
        assert_eq!(findings(draft, on_in_project)[0]["severity"], "error");
        let broken = Analysis::new(draft.to_string(), "{not json");
        assert!(broken.settings_problems_json().contains("options:"));
        let still_checked: serde_json::Value = serde_json::from_str(&broken.findings_json()).unwrap();
        assert_eq!(still_checked[0]["code"], "garbled.repeated-word");
    }

    #[test]
    fn speakers_sit_after_the_closing_mark_in_utf16_units_and_the_setting_hides_them() {
        let draft = "😀 Mayor Ana Ruiz spoke. “We will rebuild,” Ruiz said.";
        let speakers: serde_json::Value =
            serde_json::from_str(&Analysis::new(draft.to_string(), "{}").speakers_json()).unwrap();
        let utf16: Vec<u16> = draft.encode_utf16().collect();
        let at = speakers[0]["at"].as_u64().unwrap() as usize;
        assert_eq!(String::from_utf16(&utf16[..at]).unwrap(), "😀 Mayor Ana Ruiz spoke. “We will rebuild,”");
        assert_eq!(speakers[0]["label"], "Ruiz");
        let intro = &speakers[0]["introduction"];
        let (from, to) = (intro["from"].as_u64().unwrap() as usize, intro["to"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&utf16[from..to]).unwrap(), "Ana Ruiz");
        let off = Analysis::new(draft.to_string(), r#"{"projectFile": "[hints]\nspeakers = false\n"}"#);
        assert_eq!(off.speakers_json(), "[]");
    }

    #[test]
    fn hover_and_cast_speak_utf16_offsets() {
        let draft = "“Go,” said Ana María Ruiz. Later Ruiz left. It ended. through talks.";
        let analysis = Analysis::new(draft.to_string(), "{}");
        let utf16: Vec<u16> = draft.encode_utf16().collect();
        let at = draft[..draft.find("ended").unwrap()].encode_utf16().count() as u32;
        let hover: serde_json::Value = serde_json::from_str(&analysis.hover_json(at)).unwrap();
        let (from, to) = (hover["from"].as_u64().unwrap() as usize, hover["to"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&utf16[from..to]).unwrap(), "ended. through");
        assert!(hover["markdown"].as_str().unwrap().contains("garbled.sentence-break"));
        let cast: serde_json::Value = serde_json::from_str(&analysis.cast_json()).unwrap();
        let person = cast.as_array().unwrap().iter().find(|item| item["kind"] == "person").unwrap();
        assert_eq!(person["name"], "Ana María Ruiz");
        assert_eq!(person["children"].as_array().unwrap().len(), 2);
        assert_eq!(analysis.hover_json(u32::MAX), "null");
    }
}
