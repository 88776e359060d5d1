//! `garbled.repeated-word`: "the the", and the translated doubling "must and must".

use crate::rules::local::{self, LocalRule, ParagraphContext};
use crate::rules::{Confidence, Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::{ByteSpan, Token, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::GarbledRepeatedWord,
    default_severity: Severity::Warning,
    summary: "A word repeated by mistake, or doubled with \"and\" by a translation.",
    doc: RuleDoc {
        what: "Finds a word written twice in a row (\"the the\") and a word joined to itself by \"and\" (\"must and must\", \"clear and clear\"), a doubling machine translation produces from Chinese and other languages. Legitimate doublings stay quiet: \"had had\", \"that that\", \"more and more\", \"again and again\", \"bigger and bigger\", \"years and years\", names such as \"Walla Walla\", and repetitions set off by commas (\"very, very\").",
        why: "A doubled word is the commonest slip in fast copy; the \"X and X\" doubling marks a machine translation nobody edited.",
        example: "\"...something that we must and must do well\"",
        fix: "Keep one: \"something that we must do well\".",
    },
    check,
};

/// Words whose immediate doubling is grammatical or idiomatic.
const DOUBLES_ALLOWED: &[&str] = &[
    "had", "that", "is", "do", "her", "ha", "haha", "bye", "boo", "tut", "tsk", "knock", "yada", "blah", "bla", "chop",
    "hip", "ho", "la", "na", "no", "tom", "dum", "pom", "rah", "hush", "so", "wait", "aye",
];

/// Words that idiomatically pair with themselves through "and".
const AND_PAIRS_ALLOWED: &[&str] = &[
    "more", "less", "again", "over", "on", "round", "around", "through", "by", "out", "up", "down", "back", "ever",
    "far", "little", "few", "many", "much", "so", "time", "away", "along", "now", "then", "one", "two", "round", "in",
    "side", "head", "neck", "hand", "arm", "toe", "heel", "tit", "tat", "day", "night", "year", "hour", "mile", "inch",
    "step", "bit",
];

/// Function words: "annoys you and you don't" is two clauses, not a doubling.
const FUNCTION_WORDS: &[&str] = &[
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "this", "that", "these", "those",
    "the", "a", "an", "to", "of", "in", "for", "with", "at", "as", "if", "or", "but", "not", "there", "here", "who",
    "which", "what", "when", "where", "why", "how", "then",
];

fn lower(token: &Token, text: &str) -> String {
    token.text(text).to_lowercase()
}

/// `a.to_lowercase() == b.to_lowercase()`, without allocating: this runs at every word of
/// the draft, and words with a curly apostrophe ("year’s") are not ASCII.
fn same_ignoring_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    // A capital sigma lowercases by its place in the word ("ς" at the end), which only
    // `str::to_lowercase` knows; every other character lowercases on its own.
    if a.contains('Σ') || b.contains('Σ') {
        return a.to_lowercase() == b.to_lowercase();
    }
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// `same_ignoring_case(word, "and")`: only the ASCII letters a, n and d lowercase to
/// them, so it is three bytes, compared at once.
fn is_and(word: &str) -> bool {
    word.len() == 3 && word.eq_ignore_ascii_case("and")
}

fn looks_like_name_pair(first: &str, second: &str, sentence_start: bool) -> bool {
    let capital = |word: &str| word.starts_with(char::is_uppercase);
    capital(second) && (capital(first) && !sentence_start)
}

/// Paragraph-local within each sentence; whether a repetition is quoted (and so perhaps the
/// speaker's own) is the document step.
pub const LOCAL: LocalRule = LocalRule { rule: &RULE, paragraph: check_paragraph, document: lower_quoted };

fn check(context: &Context) -> Vec<Finding> {
    local::check_every_paragraph(context, check_paragraph, lower_quoted)
}

/// In a direct quotation a repetition may be the speaker's own: it is reported with less
/// confidence. Repetitions are the findings of two words ("the the"); "X and X" doublings
/// have three and stay as they are.
fn lower_quoted(context: &Context, findings: &mut Vec<Finding>) {
    for finding in findings {
        let is_repetition = finding.span.slice(&context.prose.text).split_whitespace().count() == 2;
        if is_repetition && context.facts.quotes.contains(finding.span.start) {
            finding.confidence = Confidence::Low;
        }
    }
}

fn check_paragraph(paragraph: &ParagraphContext, findings: &mut Vec<Finding>) {
    let (text, tokens) = (paragraph.text, paragraph.tokens);
    for sentence in &paragraph.prose.sentences[paragraph.paragraph.sentences.clone()] {
        let range = sentence.tokens.clone();
        for index in range.clone() {
            let first = &tokens[index];
            if first.kind != TokenKind::Word {
                continue;
            }
            let first_text = first.text(text);
            let sentence_start =
                index == range.start || (index == range.start + 1 && tokens[range.start].kind == TokenKind::Punct);
            // "the the"
            if let Some(second) = tokens.get(index + 1).filter(|_| index + 1 < range.end)
                && second.kind == TokenKind::Word
                && second.space_before
                && !second.newline_before
                && same_ignoring_case(first_text, second.text(text))
                && !DOUBLES_ALLOWED.contains(&lower(first, text).as_str())
                && !looks_like_name_pair(first_text, second.text(text), sentence_start)
            {
                let span = ByteSpan::new(first.span.start, second.span.end);
                findings.push(
                    Finding::of(RuleId::GarbledRepeatedWord, span, format!("\"{}\" is repeated.", second.text(text)))
                        .with_fix(Fix::replace(format!("Keep one \"{first_text}\""), span, first_text)),
                );
                continue;
            }
            // "must and must"
            if index + 2 < range.end
                && tokens[index + 1].kind == TokenKind::Word
                && is_and(tokens[index + 1].text(text))
                && tokens[index + 2].kind == TokenKind::Word
                && tokens[index + 1].space_before
                && tokens[index + 2].space_before
            {
                let second = &tokens[index + 2];
                let word = lower(first, text);
                // "air quality and quality of life": the second word starts a new phrase.
                let new_phrase_follows = tokens.get(index + 3).filter(|_| index + 3 < range.end).is_some_and(|next| {
                    matches!(next.text(text), "of" | "’s" | "'s")
                        || next.kind == TokenKind::Punct && next.text(text) == "’"
                });
                let idiomatic = AND_PAIRS_ALLOWED.contains(&word.as_str())
                    || FUNCTION_WORDS.contains(&word.as_str())
                    || new_phrase_follows
                    || word.ends_with("er")
                    || word.ends_with('s')
                    || word.chars().any(|c| c.is_ascii_digit())
                    || first_text.starts_with(char::is_uppercase) && second.text(text).starts_with(char::is_uppercase);
                if word == lower(second, text) && !idiomatic {
                    let span = ByteSpan::new(first.span.start, second.span.end);
                    findings.push(
                        Finding::of(
                            RuleId::GarbledRepeatedWord,
                            span,
                            format!(
                                "\"{first_text} and {}\" doubles the word, as a machine translation does.",
                                second.text(text)
                            ),
                        )
                        .with_fix(Fix::replace(
                            format!("Keep one \"{first_text}\""),
                            span,
                            first_text,
                        )),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged};

    const CODE: &str = "garbled.repeated-word";

    #[test]
    fn flags_doubled_words() {
        assert_eq!(flagged(CODE, "The the talks ended in the the capital."), ["The the", "the the"]);
        assert_eq!(
            flagged(CODE, "It is something that we must and must do well, and it is clear and clear."),
            ["must and must", "clear and clear"]
        );
    }

    #[test]
    fn the_fix_keeps_one() {
        assert_eq!(fixed(CODE, "we must and must do well in the the end"), "we must do well in the end");
    }

    #[test]
    fn legitimate_doublings_stay_quiet() {
        for draft in [
            "He had had enough. She said that that was fine. What it is is a plan.",
            "Prices rose more and more, again and again, bigger and bigger, for years and years.",
            "He said it was \"very, very\" hard. They went to Walla Walla and Baden-Baden.",
            "It was over and over, on and on.",
            "Johnson and Johnson sold shares.",
            "If a boss annoys you and you don't agree, say so. It hurts air quality and quality of life.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
