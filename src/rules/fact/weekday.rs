//! `fact.weekday`: a weekday and a date that disagree in one phrase ("Monday, March 3,
//! 2020": that day was a Tuesday).
//!
//! The weekday is computed with the days-from-civil formula (proleptic Gregorian calendar):
//! a few lines of arithmetic, so no date crate joins the engine (or its wasm build).

use crate::rules::Scope;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};
use crate::text::lexicon::words::{MONTHS, WEEKDAYS};
use crate::text::tokens::capitalised;
use crate::text::{ByteSpan, Language, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::FactWeekday,
    default_severity: Severity::Warning,
    summary: "A weekday and a date disagree (\"Monday, March 3, 2020\" was a Tuesday).",
    doc: RuleDoc {
        what: "Reports a weekday written with a date (\"Monday, March 3, 2020\", \"Tues., Jan. 7\", \"Friday 3 April 2020\") when that date falls on another day. The year comes from the phrase, else from the front matter's `date` (the occurrence of the date nearest to it), else from the `fact.date` setting; without a year the rule stays quiet.",
        why: "One of the two is wrong, and readers plan by both. AP style gives a date without its weekday (\"March 3\"), which avoids the contradiction altogether.",
        example: "\"The hearing is set for Monday, March 3, 2020.\" (March 3, 2020 was a Tuesday.)",
        fix: "Check which is right, and correct the weekday or the date, or drop the weekday (AP style). No quick fix: only the reporter knows which is right.",
    },
    scope: Scope::Document(check),
};

const WEEKDAY_ABBREVIATIONS: &[(&str, usize)] = &[
    ("mon", 0),
    ("tue", 1),
    ("tues", 1),
    ("wed", 2),
    ("thu", 3),
    ("thur", 3),
    ("thurs", 3),
    ("fri", 4),
    ("sat", 5),
    ("sun", 6),
];

const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The weekday of a date, 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
pub fn weekday(year: i64, month: u32, day: u32) -> usize {
    (days_from_civil(year, month, day) + 3).rem_euclid(7) as usize
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "2020-03-05" (anything after the day is ignored: a time, a zone).
pub fn parse_iso_date(text: &str) -> Option<(i64, u32, u32)> {
    let text = text.trim().trim_matches(['"', '\'']);
    let year: i64 = text.get(0..4)?.parse().ok()?;
    let month: u32 = text.get(5..7)?.parse().ok()?;
    let day: u32 = text.get(8..10)?.parse().ok()?;
    let separators = text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    (separators && (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
        .then_some((year, month, day))
}

/// The `date` of a Markdown draft's YAML front matter.
fn front_matter_date(draft: &str) -> Option<(i64, u32, u32)> {
    let mut lines = draft.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    lines
        .take_while(|line| !matches!(line.trim_end(), "---" | "..."))
        .find_map(|line| line.strip_prefix("date:").and_then(parse_iso_date))
}

/// The token index after an optional period attached to token `index`'s word.
fn after_abbreviation(context: &Context, index: usize) -> usize {
    let tokens = &context.prose.tokens;
    if tokens.get(index + 1).is_some_and(|t| !t.space_before && t.span.slice(&context.prose.text) == ".") {
        index + 2
    } else {
        index + 1
    }
}

/// A capitalised word of a weekday's or its abbreviation's length and first letter (the
/// test below holds every one to it): most words are passed over without comparing them.
fn could_be_a_weekday(word: &str) -> bool {
    (3..=9).contains(&word.len()) && matches!(word.as_bytes().first(), Some(b'M' | b'T' | b'W' | b'F' | b'S'))
}

/// The weekday (0 = Monday) of a capitalised weekday word at `index`, and the next index.
fn weekday_at(context: &Context, index: usize) -> Option<(usize, usize)> {
    let word = context.prose.token_text(index);
    if !could_be_a_weekday(word) {
        return None;
    }
    // (Compared without a lowercase copy: most capitalised words are no weekday.)
    if let Some(day) = WEEKDAYS.iter().position(|name| name.eq_ignore_ascii_case(word)) {
        return Some((day, index + 1));
    }
    let (_, day) = WEEKDAY_ABBREVIATIONS.iter().find(|(name, _)| name.eq_ignore_ascii_case(word))?;
    let next = after_abbreviation(context, index);
    (next == index + 2).then_some((*day, next))
}

/// The month (1-12) of a capitalised month word at `index`, and the next index.
fn month_at(context: &Context, index: usize) -> Option<(u32, usize)> {
    let word = context.prose.token_text(index);
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    if let Some(month) = MONTHS.iter().position(|name| name.eq_ignore_ascii_case(word)) {
        return Some((month as u32 + 1, index + 1));
    }
    let (_, month) = MONTH_ABBREVIATIONS.iter().find(|(name, _)| name.eq_ignore_ascii_case(word))?;
    let next = after_abbreviation(context, index);
    (next == index + 2).then_some((*month, next))
}

/// A day of the month ("3", "3rd") at `index`.
fn day_at(context: &Context, index: usize) -> Option<u32> {
    let token = context.prose.tokens.get(index)?;
    if token.kind != TokenKind::Number {
        return None;
    }
    let word = context.prose.token_text(index);
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if !matches!(&word[digits..], "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    word[..digits].parse().ok().filter(|day| (1..=31).contains(day))
}

/// A four-digit year at `index`.
fn year_at(context: &Context, index: usize) -> Option<i64> {
    let word = context.prose.token_text(index);
    let number = context.prose.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Number);
    (number && word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok()).flatten()
}

/// A date phrase after a weekday: "March 3, 2020", "Jan. 7", "3 March 2020", "March 3":
/// month, day, year if written, and the index of its last token.
fn date_after(context: &Context, start: usize) -> Option<(u32, u32, Option<i64>, usize)> {
    let at = if context.prose.token_text(start) == "," { start + 1 } else { start };
    let (month, day, last) = if let Some((month, next)) = month_at(context, at) {
        (month, day_at(context, next)?, next)
    } else {
        let day = day_at(context, at)?;
        let (month, next) = month_at(context, at + 1)?;
        (month, day, next - 1)
    };
    let comma = context.prose.token_text(last + 1) == ",";
    let year_index = if comma { last + 2 } else { last + 1 };
    match year_at(context, year_index) {
        Some(year) => Some((month, day, Some(year), year_index)),
        None => Some((month, day, None, last)),
    }
}

/// The year of a date written without one: its occurrence nearest the reference date.
fn nearest_year(reference: (i64, u32, u32), month: u32, day: u32) -> i64 {
    let (year, reference_month, reference_day) = reference;
    let anchor = days_from_civil(year, reference_month, reference_day);
    (year - 1..=year + 1)
        .filter(|&candidate| day <= days_in_month(candidate, month))
        .min_by_key(|&candidate| (days_from_civil(candidate, month, day) - anchor).abs())
        .unwrap_or(year)
}

fn check(context: &Context) -> Vec<Finding> {
    let prose = context.prose;
    let reference = (prose.language == Language::Markdown)
        .then(|| front_matter_date(context.draft))
        .flatten()
        .or_else(|| context.settings.fact.date.as_deref().and_then(parse_iso_date));
    let mut findings = Vec::new();
    let mut index = 0;
    while index < prose.tokens.len() {
        let Some((written_day, next)) = weekday_at(context, index) else {
            index += 1;
            continue;
        };
        let Some((month, day, year, last)) = date_after(context, next) else {
            index = next;
            continue;
        };
        let year = year.or_else(|| reference.map(|reference| nearest_year(reference, month, day)));
        if let Some(year) = year
            && (1583..=9999).contains(&year)
            && day <= days_in_month(year, month)
        {
            let actual = weekday(year, month, day);
            if actual != written_day {
                let span = ByteSpan::new(prose.tokens[index].span.start, prose.tokens[last].span.end);
                let name = |day: usize| capitalised(WEEKDAYS[day]);
                let month_name = capitalised(MONTHS[month as usize - 1]);
                findings.push(Finding::of(
                    RuleId::FactWeekday,
                    span,
                    format!(
                        "{month_name} {day}, {year} was a {}, not a {}: check the date. AP style gives the date without the weekday.",
                        name(actual),
                        name(written_day)
                    ),
                ));
            }
        }
        index = last + 1;
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{flagged, flagged_with};
    use crate::settings::Settings;

    const CODE: &str = "fact.weekday";

    #[test]
    fn every_weekday_and_abbreviation_passes_the_quick_test() {
        let names = WEEKDAYS.iter().chain(WEEKDAY_ABBREVIATIONS.iter().map(|(name, _)| name));
        for name in names {
            assert!(could_be_a_weekday(&capitalised(name)), "{name}");
            assert!(could_be_a_weekday(&name.to_uppercase()), "{name}");
        }
        assert!(!could_be_a_weekday("Kowalski") && !could_be_a_weekday("Mo") && !could_be_a_weekday("Mississippi"));
    }

    #[test]
    fn the_calendar_is_right() {
        assert_eq!(weekday(1970, 1, 1), 3);
        assert_eq!(weekday(2020, 3, 3), 1);
        assert_eq!(weekday(2000, 2, 29), 1);
        assert_eq!(weekday(1600, 1, 1), 5);
        assert_eq!(nearest_year((2020, 1, 2), 12, 30), 2019);
        assert_eq!(nearest_year((2019, 12, 30), 1, 6), 2020);
        assert_eq!(parse_iso_date("2019-02-29"), None);
        assert_eq!(parse_iso_date("\"2020-02-29T10:00\""), Some((2020, 2, 29)));
    }

    #[test]
    fn a_weekday_that_disagrees_with_its_dated_year_is_flagged() {
        let draft = "The hearing is set for Monday, March 3, 2020, in Salem.";
        assert_eq!(flagged(CODE, draft), ["Monday, March 3, 2020"]);
        assert_eq!(flagged(CODE, "Polls open Wed., Nov. 3, 2022."), ["Wed., Nov. 3, 2022"]);
        assert_eq!(flagged(CODE, "It closed on Thursday 3 April 2020."), ["Thursday 3 April 2020"]);
    }

    #[test]
    fn right_weekdays_and_years_nobody_gave_stay_quiet() {
        for draft in [
            "The hearing is set for Tuesday, March 3, 2020, in Salem.",
            "The hearing is set for Monday, March 3, in Salem.",
            "The hearing was on Monday. March 3, 2020 was a busy day.",
            "Polls open Tuesday, Nov. 8, 2022.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn the_year_comes_from_the_front_matter_or_the_setting() {
        let draft = "---\ntitle: Hearing\ndate: 2020-02-20\n---\n\nThe hearing is set for Monday, March 3.\n";
        let checked = crate::rules::testing::findings(draft, Language::Markdown, &Settings::default());
        let found: Vec<&str> =
            checked.iter().filter(|f| f.code.as_str() == CODE).map(|f| f.span.slice(draft)).collect();
        assert_eq!(found, ["Monday, March 3"]);
        let mut settings = Settings::default();
        settings.fact.date = Some("2020-02-20".into());
        assert_eq!(flagged_with(CODE, "The hearing is set for Monday, March 3.", &settings), ["Monday, March 3"]);
        settings.fact.date = Some("2025-02-20".into());
        assert_eq!(flagged_with(CODE, "The hearing is set for Monday, March 3.", &settings), Vec::<String>::new());
    }
}
