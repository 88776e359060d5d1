//! `fact.count`: a stated count against the list of names that follows it in the sentence
//! ("three candidates, Ruiz and Park,").

use crate::analysis::name_words::is_lowercase_particle;
use crate::rules::Scope;
use crate::rules::finding::Related;
use crate::rules::local::ParagraphContext;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};
use crate::text::{ByteSpan, Token, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::FactCount,
    default_severity: Severity::Warning,
    summary: "A count disagrees with the list that follows it (\"three candidates, Ruiz and Park\").",
    doc: RuleDoc {
        what: "Reports a count of people or things (\"three candidates\", \"4 states\") followed in the same sentence by a list of names introduced by a colon, comma, dash or parenthesis, when the list names another number of items: \"three candidates, Ruiz and Park,\". Only complete lists of capitalised names joined by \"and\" or \"or\" are counted; a list that is not closed by punctuation, that says \"including\" or \"such as\", that goes on later in the sentence (\"along with\", \"as well as\"), that follows a span of time (\"for two weeks, Ruiz and Park ...\"), or that sits inside a quotation is not.",
        why: "A count that does not match its list means a name was dropped or the number is wrong: either way the reader is told two things.",
        example: "\"The board interviewed three candidates, Ruiz and Park, on Monday.\"",
        fix: "Add the missing name or correct the count. No quick fix: only the reporter knows which is right.",
    },
    scope: Scope::Paragraph { each: check_paragraph, then: Some(drop_quoted_and_word) },
};

/// Counts written as words, from two.
const COUNT_WORDS: &[&str] = crate::text::lexicon::CARDINALS.split_at(12).0.split_at(1).1;

/// Nouns of time and measure: "for three days, Ruiz and Park ..." counts days, not names.
const MEASURES: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "nights",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "times",
    "percent",
    "points",
    "miles",
    "kilometres",
    "kilometers",
    "games",
    "rounds",
    "innings",
    "votes",
    "dollars",
    "weekends",
    "seasons",
    "terms",
    "sessions",
];

/// Plurals without an -s.
const PLURALS: &[&str] = &["people", "men", "women", "children", "police", "staff", "crew"];

/// Words before a count that make it a span or an amount, not a group with its members.
const BEFORE_SPAN: &[&str] = &[
    "for", "after", "over", "during", "within", "than", "about", "nearly", "almost", "around", "past", "last", "next",
    "only", "just", "every", "of", "to",
];

/// Words after a closed list that say it goes on: "Ohio and Florida, where ..., along with
/// Iowa and Nevada".
const LIST_GOES_ON: &[&str] = &["along", "plus", "besides", "others", "other", "well", "among"];

/// What closes a list of names: the sentence's own punctuation.
const CLOSERS: &[&str] = &[",", ".", ")", "—", "–", ";", ":", "!", "?", "\"", "\u{201d}"];

/// One paragraph's tokens and the text they index (its own offsets).
#[derive(Clone, Copy)]
struct Words<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl<'a> Words<'a> {
    fn text(self, index: usize) -> &'a str {
        self.tokens.get(index).map_or("", |token| token.text(self.text))
    }

    fn is_capitalised_word(self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word)
            && self.text(index).starts_with(char::is_uppercase)
    }
}

/// The count at token `index`: a word ("three") or digits (2 to 20).
fn count_at(words: Words, index: usize) -> Option<usize> {
    let word = words.text(index);
    if let Some(position) = COUNT_WORDS.iter().position(|count| count.eq_ignore_ascii_case(word)) {
        return Some(position + 2);
    }
    let number = words.tokens.get(index)?.kind == TokenKind::Number;
    word.parse().ok().filter(|count| number && (2..=20).contains(count))
}

/// The index after a name item starting at `index` ("Ana Ruiz", "Sen. Park", "Ana de
/// Souza", "Procter & Gamble"), at most six tokens; `None` when it is not one.
fn item_end(words: Words, index: usize, end: usize) -> Option<usize> {
    if !words.is_capitalised_word(index) {
        return None;
    }
    let mut at = index + 1;
    while at < end && at < index + 6 {
        let text = words.text(at);
        let attached = words.tokens.get(at).is_some_and(|t| !t.space_before);
        let name_word =
            words.is_capitalised_word(at) || (is_lowercase_particle(text) && words.is_capitalised_word(at + 1));
        let period = text == "." && attached && words.is_capitalised_word(at + 1);
        if name_word || period || text == "&" {
            at += 1;
        } else {
            break;
        }
    }
    Some(at)
}

/// The items of a list of names from `start` to its closing punctuation: their count and
/// the index of the last item's end; `None` unless the list is whole (closed, joined by
/// one "and" or "or" before its last item).
fn list_at(words: Words, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut items = 0;
    let mut at = start;
    let mut joined = false;
    loop {
        at = item_end(words, at, end)?;
        items += 1;
        let text = words.text(at);
        if joined {
            return (at >= end || CLOSERS.contains(&text)).then_some((items, at));
        }
        if matches!(text, "," | ";") {
            at += 1;
        }
        if matches!(words.text(at), "and" | "or") {
            joined = true;
            at += 1;
        } else if at >= end || !matches!(words.text(at - 1), "," | ";") {
            return None;
        }
    }
}

/// A count and its list disagree within each sentence of one paragraph. The finding's
/// message is written by [`drop_quoted_and_word`], from the draft as written: the paragraph
/// step sees the masked text, so it keeps the counted words' span and the list's number
/// as the finding's one related place.
fn check_paragraph(paragraph: &ParagraphContext, findings: &mut Vec<Finding>) {
    let words = Words { text: paragraph.text, tokens: paragraph.tokens };
    for sentence in paragraph.sentences {
        let range = sentence.tokens.clone();
        for index in range.clone() {
            let Some(count) = count_at(words, index) else { continue };
            if index > range.start && BEFORE_SPAN.iter().any(|word| words.text(index - 1).eq_ignore_ascii_case(word)) {
                continue;
            }
            // One or two lowercase words, the last a plural noun: "candidates", "other candidates".
            let noun = (index + 1..=index + 2).take_while(|&at| at < range.end).find(|&at| {
                let word = words.text(at);
                let plural = (word.ends_with('s') && !word.ends_with("ss")) || PLURALS.contains(&word);
                plural && word.len() > 2 && word.starts_with(|c: char| c.is_ascii_lowercase())
            });
            let Some(noun) = noun else { continue };
            if (index + 1..noun).any(|at| !words.text(at).starts_with(|c: char| c.is_ascii_lowercase()))
                || MEASURES.contains(&words.text(noun))
            {
                continue;
            }
            let opener = words.text(noun + 1);
            if !matches!(opener, ":" | "," | "—" | "–" | "(") {
                continue;
            }
            let Some((items, last)) = list_at(words, noun + 2, range.end) else { continue };
            let closer = words.text(last);
            if opener == "(" && closer != ")" {
                continue;
            }
            if (last..range.end).any(|at| LIST_GOES_ON.contains(&words.text(at))) {
                continue;
            }
            if items == count {
                continue;
            }
            let span = ByteSpan::new(words.tokens[index].span.start, words.tokens[last - 1].span.end);
            let counted = ByteSpan::new(words.tokens[index].span.start, words.tokens[noun].span.end);
            let names =
                COUNT_WORDS.get(items.wrapping_sub(2)).map_or_else(|| items.to_string(), |word| word.to_string());
            let mut finding = Finding::of(RuleId::FactCount, span, String::new());
            finding.related.push(Related { span: counted, message: names });
            findings.push(finding);
        }
    }
}

/// The document step: a list inside a quotation is the speaker's, not the story's count;
/// the others get their message.
fn drop_quoted_and_word(context: &Context, findings: &mut Vec<Finding>) {
    let quotations = &context.facts.quotes.quotes;
    findings.retain(|finding| !quotations.iter().any(|quote| quote.content.contains(finding.span.start)));
    for finding in findings {
        let Some(Related { span: counted, message: names }) = finding.related.pop() else { continue };
        finding.message = format!(
            "\u{201c}{}\u{201d} but the list names {names}: add the missing name or correct the count.",
            counted.slice(context.draft)
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;

    const CODE: &str = "fact.count";

    #[test]
    fn a_count_that_its_list_does_not_match_is_flagged() {
        let draft = "The board interviewed three candidates, Ines Ruiz and Paul Park, on Monday.";
        assert_eq!(flagged(CODE, draft), ["three candidates, Ines Ruiz and Paul Park"]);
        let draft = "The council heard two residents (Ana Ruiz, Tom Voss and Lee Park) before the vote.";
        assert_eq!(flagged(CODE, draft), ["two residents (Ana Ruiz, Tom Voss and Lee Park"]);
        let draft = "In two states, Virginia, Georgia and Ohio, turnout rose.";
        assert_eq!(flagged(CODE, draft), ["two states, Virginia, Georgia and Ohio"]);
        let draft = "She named four finalists: Ruiz, Park and Voss.";
        assert_eq!(flagged(CODE, draft), ["four finalists: Ruiz, Park and Voss"]);
    }

    #[test]
    fn matching_lists_open_lists_and_spans_of_time_stay_quiet() {
        for draft in [
            "The board interviewed three candidates: Ines Ruiz, Paul Park and Omar Voss.",
            "The board interviewed three candidates, including Ines Ruiz and Paul Park.",
            "For three days, Ruiz and Park argued over the budget.",
            "The ads run in nine states: Ohio and Florida, where they aired before, along with Iowa and Nevada.",
            "The two senators, Ruiz and Park, voted no.",
            "Three candidates, Ruiz and Park among them, spoke.",
            "Three candidates spoke, Ruiz and Park said.",
            "\"Three candidates, Ruiz and Park, were enough,\" she said.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
