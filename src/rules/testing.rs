//! The one helper every rule test goes through: a draft in, findings or fixed text out.
//! It runs the rules over the analysis here, in the rules layer, as the engine does but
//! without suppression comments and without reuse, so a rule's tests never reach up to the
//! engine (tests/it/layers.rs).

use crate::analysis::Facts;
use crate::rules::{Confidence, Context, Finding, RULES};
use crate::settings::Settings;
use crate::text::{Language, Prose};

/// Every rule's findings in `draft` under `settings`, with the severities the engine
/// gives them, sorted by position then code.
pub fn findings(draft: &str, language: Language, settings: &Settings) -> Vec<Finding> {
    let prose = Prose::new(draft, language);
    let facts = Facts::gather(&prose, settings, &mut Default::default());
    let memo = Default::default();
    let context = Context { draft, prose: &prose, facts: &facts, settings, memo: &memo };
    let mut findings = Vec::new();
    for rule in RULES {
        let Some(severity) = settings.severity_for(rule.id(), rule.default_severity) else { continue };
        for mut finding in rule.check(&context) {
            finding.severity = match finding.confidence {
                Confidence::High => severity,
                Confidence::Low => severity.lowered(),
            };
            findings.push(finding);
        }
    }
    findings.sort_by_key(|finding| (finding.span.start, finding.span.end, finding.code));
    findings
}

/// The text each finding of `code` covers, in order.
pub fn flagged(code: &str, draft: &str) -> Vec<String> {
    flagged_with(code, draft, &Settings::default())
}

/// `flagged` under the given settings (known names, house style, rule levels).
pub fn flagged_with(code: &str, draft: &str, settings: &Settings) -> Vec<String> {
    findings(draft, Language::PlainText, settings)
        .iter()
        .filter(|finding| finding.code.as_str() == code)
        .map(|finding| finding.span.slice(draft).to_string())
        .collect()
}

/// The draft after applying the first fix of every finding of `code`, one at a time from
/// the end so earlier spans stay valid.
pub fn fixed(code: &str, draft: &str) -> String {
    let found = findings(draft, Language::PlainText, &Settings::default());
    let mut findings: Vec<_> = found.iter().filter(|f| f.code.as_str() == code && !f.fixes.is_empty()).collect();
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
    findings(draft, Language::PlainText, &Settings::default())
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
