//! Suppression comments, end to end: what `check_draft` hides and what it reports about
//! the comments themselves.

use copydesk::engine::check_draft;
use copydesk::settings::Settings;
use copydesk::text::Language;
use copydesk::vocabulary::Severity;

fn codes_and_text(draft: &str, language: Language) -> Vec<(String, String)> {
    check_draft(draft, language, &Settings::default())
        .findings
        .iter()
        .map(|f| (f.code.to_string(), f.span.slice(draft).to_string()))
        .collect()
}

fn pair(code: &str, text: &str) -> (String, String) {
    (code.to_string(), text.to_string())
}

#[test]
fn disable_next_line_hides_exactly_the_finding_on_the_next_line() {
    let draft = "We must and must win.\n\n<!-- copydesk-disable-next-line garbled.repeated-word -->\nWe must and must win.\n\nWe must and must win.\n";
    assert_eq!(
        codes_and_text(draft, Language::Markdown),
        [pair("garbled.repeated-word", "must and must"), pair("garbled.repeated-word", "must and must")]
    );
    let spans: Vec<usize> =
        check_draft(draft, Language::Markdown, &Settings::default()).findings.iter().map(|f| f.span.start).collect();
    assert_eq!(spans, [3, draft.rfind("must and").unwrap()]);
}

#[test]
fn plain_text_directives_start_with_percent_signs_and_are_not_prose() {
    let draft = "It ended.\n%% copydesk-disable-next-line garbled -- a quoted stutter\nWe must and must win.\nWe must and must win.\n";
    assert_eq!(codes_and_text(draft, Language::PlainText), [pair("garbled.repeated-word", "must and must")]);
    let findings = check_draft(draft, Language::PlainText, &Settings::default()).findings;
    assert!(findings[0].span.start > draft.find("win.\n").unwrap());
}

#[test]
fn a_region_hides_findings_until_enable() {
    let draft = "<!-- copydesk-disable garbled.repeated-word -->\n\nThe the end.\n\nA a start.\n\n<!-- copydesk-enable -->\n\nThe the close.\n";
    assert_eq!(codes_and_text(draft, Language::Markdown), [pair("garbled.repeated-word", "The the")]);
    assert!(
        check_draft(draft, Language::Markdown, &Settings::default()).findings[0].span.start
            > draft.find("enable").unwrap()
    );
}

#[test]
fn unknown_and_unused_suppressions_are_hints_at_the_code() {
    let draft = "<!-- copydesk-disable-next-line garbled.repeated-words, garbled.possessive -->\nThe the end.\n";
    let findings = check_draft(draft, Language::Markdown, &Settings::default()).findings;
    let found: Vec<(&str, &str, Severity)> =
        findings.iter().map(|f| (f.code.as_str(), f.span.slice(draft), f.severity)).collect();
    assert_eq!(
        found,
        [
            ("suppression.unknown", "garbled.repeated-words", Severity::Hint),
            ("suppression.unused", "garbled.possessive", Severity::Hint),
            ("garbled.repeated-word", "The the", Severity::Warning),
        ]
    );
    let stray_enable = "Fine copy.\n\n<!-- copydesk-enable garbled -->\n";
    let found: Vec<&str> = check_draft(stray_enable, Language::Markdown, &Settings::default())
        .findings
        .iter()
        .map(|f| f.code.as_str())
        .collect();
    assert_eq!(found, ["suppression.unused"]);
}

#[test]
fn a_suppression_of_a_rule_turned_off_is_not_reported_unused() {
    let draft = "<!-- copydesk-disable-next-line garbled.repeated-word -->\nThe the end.\n";
    let mut settings = Settings::default();
    settings.rules.insert("garbled.repeated-word".to_string(), copydesk::vocabulary::Level::Off);
    assert!(check_draft(draft, Language::Markdown, &settings).findings.is_empty());
}

#[test]
fn a_comment_inside_code_is_an_example_not_a_directive() {
    let draft = "```\n<!-- copydesk-disable-next-line garbled -->\n```\n\nThe the end.\n\nUse `<!-- copydesk-disable garbled -->` to silence.\n\nA a start.\n";
    let found: Vec<&str> =
        check_draft(draft, Language::Markdown, &Settings::default()).findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(found, ["garbled.repeated-word", "garbled.repeated-word"]);
}

#[test]
fn an_inline_comment_at_a_line_end_covers_the_next_line_of_the_paragraph() {
    let draft = "First line of copy. <!-- copydesk-disable-next-line garbled.repeated-word -->\nThe the end of it.\n";
    assert!(codes_and_text(draft, Language::Markdown).is_empty());
}

#[test]
fn odd_input_never_panics() {
    for draft in [
        "<!-- copydesk-disable",
        "<!-- copydesk-disable -->",
        "%% copydesk-enable",
        "%%copydesk-disable-next-line",
        "<!-- copydesk-enable , , -->é\n",
        "%% copydesk-x y\n",
    ] {
        for language in [Language::Markdown, Language::PlainText] {
            let _ = check_draft(draft, language, &Settings::default());
        }
    }
}
