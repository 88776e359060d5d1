//! The one helper every rule test goes through: a draft in, findings or fixed text out.

use crate::engine::check_draft;
use crate::settings::Settings;
use crate::text::Language;

/// The text each finding of `code` covers, in order.
pub fn flagged(code: &str, draft: &str) -> Vec<String> {
    flagged_with(code, draft, &Settings::default())
}

/// `flagged` under the given settings (known names, house style, rule levels).
pub fn flagged_with(code: &str, draft: &str, settings: &Settings) -> Vec<String> {
    check_draft(draft, Language::PlainText, settings)
        .findings
        .iter()
        .filter(|finding| finding.code.as_str() == code)
        .map(|finding| finding.span.slice(draft).to_string())
        .collect()
}

/// The draft after applying the first fix of every finding of `code`, one at a time from
/// the end so earlier spans stay valid.
pub fn fixed(code: &str, draft: &str) -> String {
    let checked = check_draft(draft, Language::PlainText, &Settings::default());
    let mut findings: Vec<_> =
        checked.findings.iter().filter(|f| f.code.as_str() == code && !f.fixes.is_empty()).collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.span.start));
    let mut text = draft.to_string();
    for finding in findings {
        text = finding.fixes[0].apply(&text);
    }
    text
}

/// For each finding of `code`: the text it covers, and each related place as
/// (the text there, the message).
pub fn related(code: &str, draft: &str) -> Vec<(String, Vec<(String, String)>)> {
    check_draft(draft, Language::PlainText, &Settings::default())
        .findings
        .iter()
        .filter(|finding| finding.code.as_str() == code)
        .map(|finding| {
            let places = finding
                .related
                .iter()
                .map(|place| (place.span.slice(draft).to_string(), place.message.clone()))
                .collect();
            (finding.span.slice(draft).to_string(), places)
        })
        .collect()
}
