//! `garbled.unfinished`: a paragraph of body copy whose last sentence stops without its
//! closing punctuation, after sentences that had theirs.

use crate::rules::Scope;
use crate::rules::local::ParagraphContext;
use crate::rules::spelling::dictionary;
use crate::rules::{Confidence, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::structure::{self, Part};
use crate::text::{ByteSpan, Token, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::GarbledUnfinished,
    default_severity: Severity::Warning,
    summary: "A paragraph whose last sentence stops without a period, after sentences that end with one.",
    doc: RuleDoc {
        what: "Reads each paragraph of body copy that holds two sentences or more, the ones before the last closed by a period, question mark or exclamation mark, and reports the last one when it stops on a word or a number with no closing punctuation: the sentence was cut off by an edit, or its period lost. Headlines, bylines, captions, credit and social-media lines, labels and list items are left alone (they are not sentences), and so is a last sentence in another language, a web address, a handle or a hashtag, and a paragraph that ends inside an open quotation or bracket (`quote.unbalanced` and `garbled.unbalanced` speak for those).",
        why: "A sentence without its period is where a cut, a paste or a machine's re-segmentation left the copy: the reader cannot tell whether words are missing, and a printed paragraph that stops mid-air reads as an error.",
        example: "Doctors said most had injuries from falling debris, while some suffered from hypothermia after hours on the roofs of their houses",
        fix: "Check that nothing is missing from the sentence, then end it with a period.",
    },
    scope: Scope::Paragraph { each: check_paragraph, then: None },
};

/// Marks that close a sentence, and the closing quotation marks and brackets that may
/// follow them.
const FINAL: &[&str] = &[".", "!", "?", "…"];
const AFTER_FINAL: &[&str] = &["”", "\"", "’", "'", ")", "]", "»"];

/// Whether the sentence of `tokens` ends as a sentence does: a final mark, perhaps inside
/// a closing quotation mark or bracket ("… he said.", "… “No.”", "(… in 2019.)").
fn closed(tokens: &[Token], text: &str) -> bool {
    tokens
        .iter()
        .rev()
        .map(|token| token.text(text))
        .find(|mark| !AFTER_FINAL.contains(mark))
        .is_some_and(|mark| FINAL.contains(&mark) || mark.ends_with('.'))
}

/// Where the paragraph's text ends, masked markup and whitespace left out.
fn chunk_end(text: &str) -> usize {
    text.trim_end_matches(|c: char| c.is_whitespace() || c == '\0').len()
}

/// A line that is a list item: "- ", "* ", "• ", "1. ", "2) ", "a) ".
fn is_list_item(paragraph: &str) -> bool {
    let line = paragraph.trim_start();
    if line.starts_with(['-', '*', '•', '–', '—', '·', '>']) {
        return true;
    }
    let label: String = line.chars().take_while(|c| c.is_alphanumeric()).collect();
    let rest = &line[label.len()..];
    (1..=3).contains(&label.chars().count())
        && (label.chars().all(|c| c.is_ascii_digit()) || label.chars().count() == 1)
        && (rest.starts_with(". ") || rest.starts_with(") "))
}

/// Whether the paragraph leaves a quotation mark or a bracket open: the finding would be
/// another rule's.
fn leaves_open(tokens: &[Token], text: &str) -> bool {
    let (mut straight, mut curly, mut brackets) = (0usize, 0isize, 0isize);
    for token in tokens.iter().filter(|t| t.kind == TokenKind::Punct) {
        match token.text(text) {
            "\"" => straight += 1,
            "“" => curly += 1,
            "”" => curly -= 1,
            "(" | "[" => brackets += 1,
            ")" | "]" => brackets -= 1,
            _ => {}
        }
    }
    straight % 2 == 1 || curly > 0 || brackets > 0
}

/// Whether most words of the sentence are not English words: a sentence in another
/// language, which keeps its own punctuation (or none, as a quoted original often has).
fn reads_as_foreign(tokens: &[Token], text: &str) -> bool {
    let words: Vec<&str> = tokens.iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.text(text)).collect();
    let unknown = words.iter().filter(|w| w.starts_with(char::is_lowercase) && !dictionary::is_known(None, w)).count();
    unknown * 3 >= words.len()
}

/// "… a real disgrace.” ― Ana Ruiz": a dash after the last closing mark credits the
/// words before it, as a pull quote's or a reader's line does. An initial's period
/// ("― Ana M. Ruiz") is part of the name, not a closing mark.
fn ends_on_a_credit(text: &str) -> bool {
    let mut end = text.len();
    let tail = loop {
        let Some(at) = text[..end].rfind(['.', '!', '?', '”', '"', '…']) else { break &text[..end] };
        let mut before = text[..at].chars().rev();
        let initial = text[at..].starts_with('.')
            && matches!((before.next(), before.next()), (Some(letter), Some(' ')) if letter.is_uppercase());
        if !initial {
            break &text[at..];
        }
        end = at;
    };
    let tail = tail.trim_start_matches(['.', '!', '?', '”', '"', '…']);
    tail.trim_start().starts_with(['―', '—', '–', '-', '~'])
}

fn check_paragraph(context: &ParagraphContext, findings: &mut Vec<Finding>) {
    let (text, tokens, sentences) = (context.text, context.tokens, context.sentences);
    let [.., previous, last] = sentences else { return };
    let body = match structure::read(text).part {
        Part::Body => true,
        // A short line without closing punctuation reads as a headline; one that holds a
        // whole sentence of prose before its last (five words or more, fifteen in all,
        // not in title case) is body copy that lost its period.
        Part::Headline => {
            let words =
                |range: std::ops::Range<usize>| tokens[range].iter().filter(|t| t.kind == TokenKind::Word).count();
            let all: Vec<&str> = text.split_whitespace().collect();
            words(previous.tokens.clone()) >= 5
                && words(0..tokens.len()) >= 15
                && !structure::reads_as_title(&all.join(" "))
        }
        _ => false,
    };
    if !body || is_list_item(text) || super::is_style_sheet(text) {
        return;
    }
    let last_tokens = &tokens[last.tokens.clone()];
    let Some(end) = last_tokens.last() else { return };
    let words = last_tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    if !matches!(end.kind, TokenKind::Word | TokenKind::Number) || words < 4 {
        return;
    }
    // The chunk the paragraph ends on: a plain word or number, never an address, a
    // handle, a hashtag or a code ("example.com/news", "@desk", "#vote").
    let chunk = &text[..chunk_end(text)];
    let chunk = chunk.rsplit(char::is_whitespace).next().unwrap_or(chunk);
    if !chunk.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')) {
        return;
    }
    if ends_on_a_credit(&text[..chunk_end(text)]) {
        return;
    }
    if !closed(&tokens[previous.tokens.clone()], text)
        || leaves_open(tokens, text)
        || reads_as_foreign(last_tokens, text)
    {
        return;
    }
    let at = ByteSpan::new(end.span.end, end.span.end);
    let word = ByteSpan::new(end.span.start, end.span.end);
    findings.push(
        Finding::of(
            RuleId::GarbledUnfinished,
            word,
            format!(
                "This paragraph stops after \"{}\" without a period: check that the sentence is whole, then close it.",
                word.slice(text)
            ),
        )
        .with_confidence(Confidence::High)
        .with_fix(Fix::replace("End the sentence with a period", at, ".".to_string())),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged};

    const CODE: &str = "garbled.unfinished";

    #[test]
    fn a_last_sentence_without_its_period_is_reported_and_closed() {
        let draft = "The river fell two metres overnight. Crews said most roads would open by the weekend";
        assert_eq!(flagged(CODE, draft), ["weekend"]);
        assert_eq!(
            fixed(CODE, draft),
            "The river fell two metres overnight. Crews said most roads would open by the weekend."
        );
        // After a question or a quotation closed by its own mark, and ending on a number.
        assert_eq!(
            flagged(CODE, "Will the old dam hold this time? It was built in 1931 and last repaired in 1998"),
            ["1998"]
        );
        assert_eq!(
            flagged(
                CODE,
                "\"We will rebuild,\" she said. \"Not this year, and not with this budget.\" Officials met with the mayor"
            ),
            ["mayor"]
        );
        // Every paragraph is read on its own.
        let two = "The storm passed over the valley overnight. Power returned to most homes in the valley by Sunday\n\nThe school reopened on Monday. Classes resumed.";
        assert_eq!(flagged(CODE, two), ["Sunday"]);
    }

    #[test]
    fn lines_that_are_not_sentences_stay_quiet() {
        for draft in [
            // One sentence: a headline, a line of furniture, a label.
            "Flood waters recede in the north as rescuers search for the missing",
            "By Priya Raman and Tom Fell",
            // List items keep no periods.
            "- Schools will reopen on Monday. Buses run to the usual times",
            "1. The vote is on Thursday. Polls open at seven in the morning",
            // Closed paragraphs, with quotation marks and brackets after the period.
            "The board met. \"It was a long night,\" Ruiz said.",
            "The board met. (The vote was close.)",
            "The board met. She asked: \"Who pays?\"",
            // An address, a handle or a hashtag at the end.
            "The board met. The full report is online at example.org/reports/flood",
            "The board met. Follow the coverage on the desk account @riverdesk",
            // A quotation or bracket still open: other rules report it.
            "The board met. \"We will go on until every road is open",
            "The board met. (Members said they would return on Friday",
            // A quotation credited after a dash.
            "“He never answers the question he is asked. He talks about himself.” ― Maria Elena Ortiz",
            "“Fear. I am afraid the vote will go the wrong way. If he wins, our town is in trouble.” ― Tomas J. Okafor",
            // Too short to say a sentence was cut.
            "The board met. Tuesday too",
            // A quoted original in another language.
            "The ruling was read aloud. La decisión del tribunal es definitiva y no admite recurso alguno",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn positions_hold_with_accents_emoji_and_crlf() {
        let draft =
            "Café owners on the square met the mayor. Rain 🌧 kept the terrace of Łódź closed all week\r\n\r\nNext.";
        assert_eq!(flagged(CODE, draft), ["week"]);
        assert_eq!(
            fixed(CODE, draft),
            "Café owners on the square met the mayor. Rain 🌧 kept the terrace of Łódź closed all week.\r\n\r\nNext."
        );
    }
}
