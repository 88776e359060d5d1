//! `garbled.unbalanced`: brackets never closed or never opened, and a bracketed insertion
//! that opens a sentence outside any quotation.

use crate::rules::Scope;
use crate::rules::local::ParagraphContext;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};
use crate::text::{ByteSpan, Token, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::GarbledUnbalanced,
    default_severity: Severity::Warning,
    summary: "A bracket never closed or never opened, or a bracketed insertion that starts a sentence outside a quotation.",
    doc: RuleDoc {
        what: "Pairs (), [] and {} within each paragraph and reports a bracket left open or a closing bracket with no opening one (list markers such as \"a)\" and emoticons are skipped). Also reports a sentence that opens with a bracketed insertion outside any quotation, followed by a new capitalised clause (\"[Maintaining a good relationship] It is...\"): editors bracket their words inside quotations, so outside one the quotation marks were probably lost.",
        why: "Unbalanced brackets are cut-and-paste damage. A bracketed insertion outside quotation marks means a quotation lost its marks, so the reader cannot tell who speaks.",
        example: "\"[Maintaining a good relationship between China and the US] It is a question of the century...\"",
        fix: "Close or remove the bracket; for an insertion, restore the quotation marks around the speech it belongs to, or rewrite the sentence.",
    },
    scope: Scope::Paragraph { each: check_paragraph, then: Some(check_insertions) },
};

fn opening_for(closing: &str) -> &'static str {
    match closing {
        ")" => "(",
        "]" => "[",
        _ => "{",
    }
}

/// Whether a closing parenthesis is a list marker ("a)", "2)", "iv)") or an emoticon (":)").
fn is_marker_or_emoticon(text: &str, tokens: &[Token], index: usize, first: usize) -> bool {
    if index == first {
        return false;
    }
    let before = &tokens[index - 1];
    let emoticon = before.kind == TokenKind::Punct && matches!(before.text(text), ":" | ";" | "=" | "8");
    let label = before.text(text);
    let looks_like_label = match before.kind {
        TokenKind::Number => label.len() <= 2,
        TokenKind::Word => {
            label.chars().count() == 1 || label.len() <= 4 && label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
        }
        _ => false,
    };
    let marker = looks_like_label && (index - 1 == first || before.space_before || before.newline_before);
    emoticon || marker
}

fn check_paragraph(context: &ParagraphContext, findings: &mut Vec<Finding>) {
    let (text, tokens, paragraph) = (context.text, context.tokens, context.paragraph);
    if super::is_style_sheet(paragraph.text) {
        return;
    }
    let mut open: Vec<usize> = Vec::new();
    for index in paragraph.tokens.clone() {
        let token = &tokens[index];
        if token.kind != TokenKind::Punct {
            continue;
        }
        match token.text(text) {
            "(" | "[" | "{" => open.push(index),
            closing @ (")" | "]" | "}") => {
                let wanted = opening_for(closing);
                if let Some(position) = open.iter().rposition(|&i| tokens[i].text(text) == wanted) {
                    open.truncate(position);
                } else if let Some(&innermost) = open.last()
                    && !is_marker_or_emoticon(text, tokens, index, paragraph.tokens.start)
                {
                    // "(0617 UTC}": one pair with the wrong closing mark, reported once.
                    open.pop();
                    let opening = tokens[innermost].text(text);
                    findings.push(Finding::of(
                        RuleId::GarbledUnbalanced,
                        ByteSpan::new(tokens[innermost].span.start, token.span.end),
                        format!("\"{opening}\" is closed by \"{closing}\": the brackets do not match."),
                    ));
                } else if !is_marker_or_emoticon(text, tokens, index, paragraph.tokens.start) {
                    findings.push(Finding::of(
                        RuleId::GarbledUnbalanced,
                        token.span,
                        format!("\"{closing}\" closes a bracket that was never opened."),
                    ));
                }
            }
            _ => {}
        }
    }
    for index in open {
        let token = &tokens[index];
        findings.push(Finding::of(
            RuleId::GarbledUnbalanced,
            token.span,
            format!("\"{}\" opens a bracket that is never closed in this paragraph.", token.text(text)),
        ));
    }
}

/// A bracketed insertion that opens a sentence outside any quotation, then a new clause.
fn check_insertions(context: &Context, findings: &mut Vec<Finding>) {
    let prose = context.prose;
    let text = prose.text.as_str();
    let tokens = &prose.tokens;
    for sentence in &prose.sentences {
        let first = sentence.tokens.start;
        if !tokens[first].is_punct(text, '[') {
            continue;
        }
        if context.facts.quotes.contains(tokens[first].span.start) {
            continue;
        }
        let Some(close) = (first + 1..sentence.tokens.end).find(|&i| tokens[i].is_punct(text, ']')) else { continue };
        let clause_follows = tokens.get(close + 1).filter(|_| close + 1 < sentence.tokens.end).is_some_and(|next| {
            next.kind == TokenKind::Word
                && next.text(text).starts_with(char::is_uppercase)
                && next.space_before
                // "...the ban. [Reuters]" closing a line: a source's credit, and the next
                // line is the next item.
                && !next.newline_before
        });
        if clause_follows && close > first + 1 {
            let span = ByteSpan::new(tokens[first].span.start, tokens[close].span.end);
            findings.push(Finding::of(RuleId::GarbledUnbalanced,
                span,
                "A bracketed insertion opens this sentence outside any quotation, and a new clause follows it: were the quotation marks lost?",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;

    const CODE: &str = "garbled.unbalanced";

    #[test]
    fn flags_unclosed_and_unopened_brackets() {
        assert_eq!(flagged(CODE, "The senator (a Democrat said no. Then it ended."), ["("]);
        assert_eq!(flagged(CODE, "It ended. Then] it went on."), ["]"]);
        assert_eq!(flagged(CODE, "It started at 3 a.m. local time {1000 UTC) Monday."), ["{1000 UTC)"]);
    }

    #[test]
    fn flags_a_bracketed_insertion_outside_quotes() {
        let draft =
            "Xi spoke. [Maintaining a good relationship between China and the US] It is a question of the century.";
        assert_eq!(flagged(CODE, draft), ["[Maintaining a good relationship between China and the US]"]);
    }

    #[test]
    fn a_credit_closing_a_line_is_no_insertion() {
        let draft = "VOTERS HEAD TO THE POLLS Turnout was high in the east. [Reuters]\nRAIN DELAYS THE COUNT Officials said counting would resume. [AP]\nMore news follows.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        let style = "The interview ran long.\n\n.card {\n  width:100%;\n\n}.";
        assert_eq!(flagged(CODE, style), Vec::<String>::new());
    }

    #[test]
    fn balanced_markers_and_quoted_insertions_stay_quiet() {
        for draft in [
            "The senator (D-Mass.) objected [sic] loudly.",
            "Choose a) tea or b) coffee :)",
            "\"[The plan] Will save lives,\" she said.",
            "He said \"[Trump] is wrong\" today.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
