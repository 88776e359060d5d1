//! `garbled.repeated-word`: "the the", and the translated doubling "must and must".

use crate::rules::Scope;
use crate::rules::local::ParagraphContext;
use crate::rules::spelling::dictionary::is_comparable;
use crate::rules::{Confidence, Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::lexicon::words::{MONTHS, WEEKDAYS};
use crate::text::{ByteSpan, Token, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::GarbledRepeatedWord,
    default_severity: Severity::Warning,
    summary: "A word repeated by mistake, or doubled with \"and\" by a translation.",
    doc: RuleDoc {
        what: "Finds a word written twice in a row (\"the the\", \"is is\") and a modal, an auxiliary or an adjective joined to itself by \"and\" (\"must and must\", \"clear and clear\"), a doubling machine translation produces from Chinese and other languages. Legitimate doublings stay quiet: \"had had\", \"that that\", \"what it is is\", \"came in in 1979\", \"more and more\", \"again and again\", \"bigger and bigger\", \"years and years\", a verb repeated for emphasis (\"talked and talked\", \"lie and lie\"), two phrases that share a noun (\"birth and birth rates\"), names such as \"Walla Walla\", and repetitions set off by commas (\"very, very\").",
        why: "A doubled word is the commonest slip in fast copy; the \"X and X\" doubling marks a machine translation nobody edited.",
        example: "\"...something that we must and must do well\"",
        fix: "Keep one: \"something that we must do well\".",
    },
    scope: Scope::Paragraph { each: check_paragraph, then: Some(lower_quoted) },
};

/// Words whose immediate doubling is grammatical or idiomatic.
const DOUBLES_ALLOWED: &[&str] = &[
    "had", "that", "do", "her", "ha", "haha", "bye", "boo", "tut", "tsk", "knock", "yada", "blah", "bla", "chop",
    "hip", "ho", "la", "na", "no", "tom", "dum", "pom", "rah", "hush", "so", "wait", "aye",
];

/// The copula, doubled where a clause in "what" ends and its verb follows ("What it is is
/// a plan", "All she was was tired").
const COPULAS: &[&str] = &["is", "was"];

/// Words that open the subject clause of such a sentence.
const CLAUSE_OPENERS: &[&str] = &["what", "whatever", "all", "where", "why", "how"];

/// How far back, in words, such a clause may open.
const CLAUSE_WORDS: usize = 8;

/// Particles doubled where a phrasal verb meets a preposition of time ("came in in 1979",
/// "signed on on Monday").
const PARTICLES: &[&str] = &["in", "on"];

/// Modals and auxiliaries: doubled through "and" ("must and must", "will and will"), the
/// translation's garble. Other words doubled so are a verb repeated for emphasis
/// ("laughed and laughed"), unless the word is an adjective (`is_comparable`).
const AUXILIARIES: &[&str] = &[
    "must", "can", "could", "shall", "should", "will", "would", "may", "might", "need", "ought", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "does", "did",
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

/// "What it is is a plan": the first copula ends a subject clause that "what" (or "all",
/// "where" ...) opened a few words back, with no punctuation between.
fn closes_a_clause_in_what(text: &str, tokens: &[Token], sentence_start: usize, index: usize) -> bool {
    if !COPULAS.contains(&lower(&tokens[index], text).as_str()) {
        return false;
    }
    // The clause has a subject between its opener and the copula: "who was was" has none.
    tokens[sentence_start..index]
        .iter()
        .rev()
        .take_while(|token| token.kind == TokenKind::Word)
        .take(CLAUSE_WORDS)
        .skip(1)
        .any(|token| CLAUSE_OPENERS.contains(&lower(token, text).as_str()))
}

/// "came in in 1979", "signed on on Monday": a particle after a word, doubled by the
/// preposition of a year or a date (a number, a weekday or a month follows).
fn is_particle_before_a_preposition(text: &str, tokens: &[Token], index: usize, end: usize) -> bool {
    let after_a_word = index.checked_sub(1).is_some_and(|before| {
        tokens[before].kind == TokenKind::Word && !FUNCTION_WORDS.contains(&lower(&tokens[before], text).as_str())
    });
    let date_follows = tokens.get(index + 2).filter(|_| index + 2 < end).is_some_and(|next| {
        next.kind == TokenKind::Number || (next.kind == TokenKind::Word && is_day_or_month(&lower(next, text)))
    });
    PARTICLES.contains(&lower(&tokens[index], text).as_str()) && after_a_word && date_follows
}

/// A weekday or a month, written out or cut as news copy cuts them ("Nov", "Sept", "Tues").
fn is_day_or_month(word: &str) -> bool {
    WEEKDAYS
        .iter()
        .chain(MONTHS)
        .any(|name| *name == word || (word.len() >= 3 && word.len() < name.len() && name.starts_with(word)))
}

fn looks_like_name_pair(first: &str, second: &str, sentence_start: bool) -> bool {
    let capital = |word: &str| word.starts_with(char::is_uppercase);
    capital(second) && (capital(first) && !sentence_start)
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
    for sentence in paragraph.sentences {
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
                && !closes_a_clause_in_what(text, tokens, range.start, index)
                && !is_particle_before_a_preposition(text, tokens, index, range.end)
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
                let garble = AUXILIARIES.contains(&word.as_str()) || is_comparable(&word);
                let idiomatic = !garble
                    || AND_PAIRS_ALLOWED.contains(&word.as_str())
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
    fn a_doubled_copula_is_a_slip_unless_a_clause_in_what_ends_there() {
        assert_eq!(flagged(CODE, "The plan is is ready. It was was late."), ["is is", "was was"]);
        for draft in [
            "What the council wants is is a new bridge.",
            "All the report was was a list of names.",
            "Where the money went is is unclear.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
        // A comma ends the clause: "what" before it opens none that ends at "is is".
        assert_eq!(flagged(CODE, "Whatever happens, the answer is is no."), ["is is"]);
        // A relative clause has no subject of its own before the copula.
        assert_eq!(
            flagged(CODE, "A man who was was arrested. The plan, which is is new, failed."),
            ["was was", "is is"]
        );
    }

    #[test]
    fn a_verb_repeated_for_emphasis_is_english_a_repeated_auxiliary_or_adjective_is_not() {
        for draft in [
            "She laughed and laughed until the lights went out.",
            "He can look you in the eye and lie and lie.",
            "The senator kept talking and talking without notes.",
            "Records of birth and birth certificates were lost.",
            "Growth, inflation and inflation expectations fell.",
            "They split the seats three and three.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
        assert_eq!(
            flagged(CODE, "Officials will and will act. The rules should and should apply. It is clear and clear."),
            ["will and will", "should and should", "clear and clear"]
        );
    }

    #[test]
    fn a_particle_doubled_by_a_preposition_of_time_is_english() {
        for draft in [
            "The family moved in in 1979.",
            "Voters signed on on Monday.",
            "They checked in in March.",
            "The crews are relying on on Nov. 8.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
        assert_eq!(flagged(CODE, "The talks ended in in the capital. She lives in in Denver."), ["in in", "in in"]);
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
