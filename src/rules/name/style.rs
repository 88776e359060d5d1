//! `name.style`: one term written two ways ("US" and "U.S.", "Washington DC" and
//! "Washington, D.C.").

use crate::rules::Scope;
use std::sync::{Arc, Mutex};

use crate::rules::{Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::memo::ParagraphMemo;
use crate::text::{ByteSpan, Prose, Token, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::NameStyle,
    default_severity: Severity::Info,
    summary: "A term is written two ways (\"US\" and \"U.S.\").",
    doc: RuleDoc {
        what: "Finds the abbreviations news copy writes with or without points (US/U.S., UK/U.K., UN/U.N., EU/E.U.) and the forms of Washington, D.C.; when a draft uses two forms of one term, reports the forms other than the preferred one: the house style for US when `style.us_abbreviation` is set, otherwise the draft's own majority (a tie goes to the first form used).",
        why: "Readers take inconsistency for carelessness; a house style exists so a story reads as one voice.",
        example: "\"US troops ... the U.S. Senate\"; \"Washington DC ... Washington, D.C.\".",
        fix: "Write the preferred form (quick fix).",
    },
    scope: Scope::Document(check),
};

/// A term and its forms; each form is matched on word tokens.
struct Term {
    forms: &'static [&'static str],
    /// The setting that fixes the preferred form, if any.
    us: bool,
}

const TERMS: &[Term] = &[
    Term { forms: &["US", "U.S."], us: true },
    Term { forms: &["UK", "U.K."], us: false },
    Term { forms: &["UN", "U.N."], us: false },
    Term { forms: &["EU", "E.U."], us: false },
    Term { forms: &["Washington DC", "Washington, DC", "Washington D.C.", "Washington, D.C."], us: false },
];

/// Where each form of each term occurs: per term, (form index, span), in document order.
/// A paragraph's occurrences depend on its text alone, so each paragraph's are
/// remembered by its text and an edit looks again only at the paragraphs it changed.
fn occurrences(prose: &Prose, memo: &Mutex<ParagraphMemo<Remembered>>) -> Vec<Vec<(usize, ByteSpan)>> {
    let mut found = vec![Vec::new(); TERMS.len()];
    let mut memo = memo.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let remembered = memo.values(prose, |index| paragraph_occurrences(prose, index).into());
    for (paragraph, occurrences) in prose.paragraphs.iter().zip(remembered) {
        let start = paragraph.span.start;
        for &(term, form, from, to) in occurrences.iter() {
            found[usize::from(term)]
                .push((usize::from(form), ByteSpan::new(start + from as usize, start + to as usize)));
        }
    }
    found
}

/// A paragraph's occurrences: (term index, form index, span from the paragraph's start).
pub(crate) type Remembered = Arc<[(u8, u8, u32, u32)]>;

/// The occurrences in paragraph `index`, read from its own tokens only. Every form starts
/// with "U", "E" or "W": the words starting with one of those are found with a vectorised
/// search of the text, not by visiting every token.
fn paragraph_occurrences(prose: &Prose, index: usize) -> Vec<(u8, u8, u32, u32)> {
    let text = prose.text.as_str();
    let paragraph = &prose.paragraphs[index];
    let tokens = prose.tokens.get(paragraph.tokens.clone()).unwrap_or_default();
    let body = text.get(..paragraph.span.end).unwrap_or_default();
    let mut found = Vec::new();
    let [first, second, third] = FIRST_LETTERS;
    let mut at = 0;
    let searched = body.as_bytes().get(paragraph.span.start..).unwrap_or_default();
    for start in memchr::memchr3_iter(first, second, third, searched).map(|offset| paragraph.span.start + offset) {
        at = first_token_from(tokens, at, start);
        let Some(token) = tokens.get(at).filter(|t| t.span.start == start && t.kind == TokenKind::Word) else {
            continue;
        };
        for (term_index, term) in TERMS.iter().enumerate() {
            if !term.forms.iter().any(|form| form.as_bytes().first() == Some(&text.as_bytes()[start])) {
                continue;
            }
            let matches = term_matches(body, tokens, term, at);
            // Uppercase sentences ("HELP US") are not abbreviations. Checked only for a
            // match, so the cost stays proportional to the text.
            if !matches.is_empty() && !is_shouting(prose, token.span.start) {
                let relative = |offset: usize| (offset - paragraph.span.start) as u32;
                found.extend(
                    matches
                        .into_iter()
                        .map(|(form, span)| (term_index as u8, form as u8, relative(span.start), relative(span.end))),
                );
            }
        }
    }
    found
}

/// The first token at or after `from` that starts at `offset` or later (the offsets
/// asked for grow, so each search starts from the last answer).
fn first_token_from(tokens: &[Token], from: usize, offset: usize) -> usize {
    let from = from.min(tokens.len());
    from + tokens[from..].partition_point(|t| t.span.start < offset)
}

/// The first letters of every form of every term.
const FIRST_LETTERS: [u8; 3] = [b'U', b'E', b'W'];

/// The forms of `term` that match at `tokens[index]`, in `text` (which ends where the
/// tokens' paragraph does).
fn term_matches(text: &str, tokens: &[Token], term: &Term, index: usize) -> Vec<(usize, ByteSpan)> {
    let token = &tokens[index];
    let word = token.text(text);
    let period_after = tokens.get(index + 1).is_some_and(|t| t.is_punct(text, '.') && !t.space_before);
    term.forms
        .iter()
        .enumerate()
        .filter_map(|(form_index, form)| {
            let matched = if form.contains(' ') {
                match_phrase(text, token.span, form)
            } else {
                match_abbreviation(word, form, period_after, token.span, tokens.get(index + 1).map(|t| t.span))
            };
            matched.map(|span| (form_index, span))
        })
        .collect()
}

/// Whether the sentence around `offset` is written in capitals.
fn is_shouting(prose: &Prose, offset: usize) -> bool {
    prose.sentence_at(offset).is_some_and(|s| {
        let sentence = prose.sentences[s].span.slice(prose.text.as_str());
        sentence.chars().filter(|c| c.is_alphabetic()).count() > 6 && !sentence.chars().any(char::is_lowercase)
    })
}

/// "US", "US-led" (the "US" part) or "U.S" + "." as one abbreviation.
fn match_abbreviation(
    word: &str,
    form: &str,
    period_after: bool,
    span: ByteSpan,
    next: Option<ByteSpan>,
) -> Option<ByteSpan> {
    match form.strip_suffix('.') {
        Some(dotted) => {
            (word == dotted && period_after).then(|| ByteSpan::new(span.start, next.map_or(span.end, |n| n.end)))
        }
        None => (word == form || word.strip_prefix(form).is_some_and(|rest| rest.starts_with('-')))
            .then(|| ByteSpan::new(span.start, span.start + form.len())),
    }
}

/// "Washington" (the word at `token`) followed by the rest of the form exactly
/// ("Washington, D.C.").
fn match_phrase(text: &str, token: ByteSpan, form: &str) -> Option<ByteSpan> {
    let head = form.split([' ', ',']).next()?;
    if token.slice(text) != head {
        return None;
    }
    let tail = &form[head.len()..];
    let rest = text.get(token.end..)?;
    // "Washington DC" must not be the start of "Washington DCX".
    if !rest.starts_with(tail) || rest[tail.len()..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some(ByteSpan::new(token.start, token.end + tail.len()))
}

fn check(context: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (term, mut found) in TERMS.iter().zip(occurrences(context.prose, &context.memo.style)) {
        // The longest form wins at a place: "Washington, D.C." is not also "Washington DC".
        found.sort_by_key(|(_, span)| (span.start, std::cmp::Reverse(span.end)));
        found.dedup_by_key(|(_, span)| span.start);
        let mut counts = vec![0usize; term.forms.len()];
        for (form, _) in &found {
            counts[*form] += 1;
        }
        if counts.iter().filter(|&&c| c > 0).count() < 2 && !term.us {
            continue;
        }
        let house = if term.us { context.settings.style.us_abbreviation.as_deref() } else { None };
        let preferred = match house.and_then(|h| term.forms.iter().position(|f| *f == h)) {
            Some(index) => index,
            None => {
                if counts.iter().filter(|&&c| c > 0).count() < 2 {
                    continue;
                }
                let first_of = |form: usize| found.iter().position(|(f, _)| *f == form).unwrap_or(usize::MAX);
                (0..term.forms.len()).max_by_key(|&f| (counts[f], std::cmp::Reverse(first_of(f)))).unwrap_or(0)
            }
        };
        let preferred_form = term.forms[preferred];
        let reason = if house.is_some() { "the house style" } else { "the form this draft uses most" };
        for (form, span) in &found {
            if *form == preferred {
                continue;
            }
            findings.push(
                Finding::of(
                    RuleId::NameStyle,
                    *span,
                    format!("\"{}\" is written \"{preferred_form}\" elsewhere ({reason}).", span.slice(context.draft)),
                )
                .with_fix(Fix::replace(format!("Write \"{preferred_form}\""), *span, preferred_form)),
            );
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged, flagged_with};
    use crate::settings::Settings;

    const CODE: &str = "name.style";

    #[test]
    fn the_minority_form_is_flagged() {
        let draft = "US troops left. The US-led talks ended. The U.S. Senate voted.";
        assert_eq!(flagged(CODE, draft), ["U.S."]);
        assert_eq!(fixed(CODE, draft), "US troops left. The US-led talks ended. The US Senate voted.");
        let draft = "Officials in Washington, D.C. agreed. Washington DC said no.";
        assert_eq!(flagged(CODE, draft), ["Washington DC"]);
    }

    #[test]
    fn the_house_style_wins_when_set() {
        let draft = "US troops left. US-led talks ended.";
        let mut settings = Settings::default();
        settings.style.us_abbreviation = Some("U.S.".to_string());
        assert_eq!(flagged_with(CODE, draft, &settings), ["US", "US"]);
    }

    /// Searching on from the last answer finds what bisecting every token finds.
    #[test]
    fn galloping_finds_the_first_token_at_an_offset() {
        let prose = crate::text::Prose::new("A bb ccc. Dddd e, ff ggg.", crate::text::Language::PlainText);
        let mut from = 0;
        for offset in 0..=prose.text.len() + 1 {
            let found = super::first_token_from(&prose.tokens, from, offset);
            assert_eq!(found, prose.token_at_or_after(offset), "{offset}");
            from = found;
        }
    }

    /// The vectorised search knows every form's first letter.
    #[test]
    fn every_form_starts_with_a_searched_letter() {
        for form in super::TERMS.iter().flat_map(|term| term.forms) {
            assert!(super::FIRST_LETTERS.contains(&form.as_bytes()[0]), "{form}");
        }
        let draft = "ÉUS and EU-led talks; US troops; U.S. aid, EUS, (UK) and \"U.K.\" and UK.";
        assert_eq!(flagged(CODE, draft), ["U.S.", "U.K."]);
    }

    #[test]
    fn consistent_drafts_stay_quiet() {
        for draft in [
            "US troops left. US-led talks ended. The US Senate voted.",
            "Washington DC agreed. Washington DC said no.",
            "The U.S. Senate voted, and the U.S. House agreed.",
            "HELP US NOW, THE SIGN SAID. The U.S. agreed.",
            "The UN met. Bus drivers struck.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
