//! `garbled.punctuation`: doubled or stray punctuation ("conversations. .", ",,", "word ,").

use crate::analysis::cast::is_designation;
use crate::rules::Scope;
use crate::rules::local::ParagraphContext;
use crate::rules::{Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::abbreviations::abbreviation_kind;
use crate::text::{ByteSpan, Token, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::GarbledPunctuation,
    default_severity: Severity::Warning,
    summary: "Doubled or stray punctuation.",
    doc: RuleDoc {
        what: "Finds a comma, period, semicolon or colon doubled (\"..\", \",,\", \"conversations. .\"), two of them in a row (\", .\"), a space before a comma, period or semicolon, and a paragraph that opens with one. Ellipses (\"...\", \"…\", \". . .\") and abbreviations before a comma (\"Inc.,\") are fine.",
        why: "Leftovers of cut-and-paste and machine translation. They look careless in print and on screen.",
        example: "\"...to engage in serious or substantive conversations. .\"",
        fix: "Delete the extra mark or the space before it.",
    },
    scope: Scope::Paragraph { each: check_paragraph, then: None },
};

const MARKS: [&str; 4] = [",", ".", ";", ":"];

fn is_mark(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && MARKS.contains(&token.text(text))
}

/// Whether the period at `index` belongs to an ellipsis ("...", ". . .").
fn in_ellipsis(text: &str, tokens: &[Token], index: usize, first: usize, last: usize) -> bool {
    let is_period = |i: usize| (first..last).contains(&i) && tokens[i].is_punct(text, '.');
    if !is_period(index) {
        return false;
    }
    let mut run_start = index;
    while run_start > first && is_period(run_start - 1) && !tokens[run_start].newline_before {
        run_start -= 1;
    }
    let mut run_end = index;
    while is_period(run_end + 1) && !tokens[run_end + 1].newline_before {
        run_end += 1;
    }
    run_end - run_start >= 2
}

/// "Uh.. your plan": two periods for an ellipsis, as informal posts write one, with the
/// sentence going on in lowercase after them.
fn is_two_dot_ellipsis(text: &str, tokens: &[Token], index: usize, last: usize) -> bool {
    tokens[index].is_punct(text, '.')
        && tokens[index - 1].is_punct(text, '.')
        && !tokens[index].space_before
        && tokens.get(index + 1).filter(|_| index + 1 < last).is_some_and(|next| {
            next.kind == TokenKind::Word && next.space_before && next.text(text).starts_with(char::is_lowercase)
        })
}

/// "- make Mexico pay for it;." closing a paragraph: an archive that ends every paragraph
/// with a period added it after a list item's semicolon or a lead-in's colon.
fn is_archive_closing_period(text: &str, tokens: &[Token], index: usize, last: usize) -> bool {
    index + 1 == last
        && tokens[index].is_punct(text, '.')
        && !tokens[index].space_before
        && (tokens[index - 1].is_punct(text, ';') || tokens[index - 1].is_punct(text, ':'))
}

fn check_paragraph(paragraph: &ParagraphContext, findings: &mut Vec<Finding>) {
    let (text, tokens) = (paragraph.text, paragraph.tokens);
    let (first, last) = (paragraph.paragraph.tokens.start, paragraph.paragraph.tokens.end);
    if first == last || super::is_style_sheet(paragraph.paragraph.text) {
        return;
    }
    // A paragraph that opens with a stray mark.
    if is_mark(text, &tokens[first]) && !in_ellipsis(text, tokens, first, first, last) {
        // The fix takes the spaces after the mark too, but never a line break or masked
        // markup (deleting up to the next token would join lines or eat "**"), and the
        // finding covers exactly what the fix deletes.
        let mark_end = tokens[first].span.end;
        let spaces = text[mark_end..].len() - text[mark_end..].trim_start_matches([' ', '\t']).len();
        let span = ByteSpan::new(tokens[first].span.start, mark_end + spaces);
        findings.push(
            Finding::of(
                RuleId::GarbledPunctuation,
                span,
                format!("Stray \"{}\" at the start of the paragraph.", tokens[first].text(text)),
            )
            .with_fix(Fix::replace("Delete the stray mark", span, "")),
        );
    }
    let mut index = first + 1;
    while index < last {
        let (before, token) = (&tokens[index - 1], &tokens[index]);
        if !is_mark(text, token) || in_ellipsis(text, tokens, index, first, last) || token.newline_before {
            index += 1;
            continue;
        }
        let mark = token.text(text);
        if is_mark(text, before)
            && !in_ellipsis(text, tokens, index - 1, first, last)
            && !is_two_dot_ellipsis(text, tokens, index, last)
            && !is_archive_closing_period(text, tokens, index, last)
        {
            let previous_mark = before.text(text);
            // "Inc.," "U.S.;": an abbreviation's period may take a comma after it.
            let abbreviation_period = previous_mark == "."
                && mark != "."
                && !token.space_before
                && index >= first + 2
                && tokens[index - 2].kind == TokenKind::Word
                && !before.space_before
                && (abbreviation_kind(tokens[index - 2].text(text)).is_some()
                    || tokens[index - 2].text(text).contains('.')
                    // "Rep. Tom Hale, D-Calif., disagreed": a party-state designation.
                    || is_designation(tokens[index - 2].text(text)));
            if !abbreviation_period {
                let span = ByteSpan::new(before.span.start, token.span.end);
                let message = if previous_mark == mark {
                    format!("Doubled \"{mark}\".")
                } else {
                    format!("Two punctuation marks in a row: \"{}\".", span.slice(text))
                };
                let mut finding = Finding::of(RuleId::GarbledPunctuation, span, message);
                if previous_mark == mark || previous_mark != "." && mark == "." {
                    // Keep the last mark: ",," -> ",", "said, ." -> "said."
                    finding = finding.with_fix(Fix::replace(format!("Keep a single \"{mark}\""), span, mark));
                }
                findings.push(finding);
                index += 1;
                continue;
            }
        }
        let space_before_mark = token.space_before
            && matches!(mark, "," | "." | ";")
            && matches!(before.kind, TokenKind::Word | TokenKind::Number)
            // ".5", " .com": a period that starts a number or an address.
            && !text[token.span.end..].starts_with(|c: char| c.is_alphanumeric());
        if space_before_mark {
            let span = ByteSpan::new(before.span.end, token.span.end);
            findings.push(
                Finding::of(RuleId::GarbledPunctuation, span, format!("Space before \"{mark}\"."))
                    .with_fix(Fix::replace("Remove the space", span, mark)),
            );
        }
        index += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged};

    const CODE: &str = "garbled.punctuation";

    #[test]
    fn flags_doubled_and_stray_marks() {
        assert_eq!(flagged(CODE, "They avoid substantive conversations. ."), [". ."]);
        assert_eq!(flagged(CODE, "Arrests were reported.. Police,, said"), ["..", ",,"]);
        assert_eq!(flagged(CODE, "He said , then left ."), [" ,", " ."]);
        assert_eq!(flagged(CODE, ". The talks resumed."), [". "]);
        assert_eq!(flagged(CODE, "It ended, . Then"), [", ."]);
    }

    #[test]
    fn fixes_keep_one_mark() {
        assert_eq!(fixed(CODE, "They avoid conversations. ."), "They avoid conversations.");
        assert_eq!(fixed(CODE, "Police,, said , then"), "Police, said, then");
        assert_eq!(fixed(CODE, ";  The talks resumed."), "The talks resumed.");
    }

    /// Found by fuzzing: the stray-mark fix deleted up to the next token, across a line
    /// break and masked Markdown, outside the finding's span.
    #[test]
    fn a_stray_mark_fix_stays_on_its_line_and_inside_its_span() {
        use crate::settings::Settings;
        use crate::text::Language;
        for (draft, language, expected) in [
            ("# Port talks\n;\nMinisters met.\n", Language::Markdown, "# Port talks\n\nMinisters met.\n"),
            (". **Ministers** met.", Language::Markdown, "**Ministers** met."),
            (".\nThe talks resumed.", Language::PlainText, "\nThe talks resumed."),
        ] {
            let checked = crate::rules::testing::findings(draft, language, &Settings::default());
            let finding =
                checked.iter().find(|f| f.code.as_str() == CODE).unwrap_or_else(|| panic!("{draft:?} not flagged"));
            let fix = &finding.fixes[0];
            assert!(
                fix.edits.iter().all(|edit| finding.span.start <= edit.span.start && edit.span.end <= finding.span.end),
                "{draft:?}"
            );
            assert_eq!(fix.apply(draft), expected);
        }
    }

    #[test]
    fn archive_formats_stay_quiet() {
        for draft in [
            // A two-dot ellipsis in a post, the sentence going on in lowercase.
            "She wrote: \"Well.. that plan will not work.\"",
            // List items and a lead-in, each closed with a period by the archive.
            "His reasons:.\n\n- the wall;.\n\n- the trade deals;.",
            // A style sheet the archive kept.
            "The interview ran long.\n\n.card {\n  width:100%;\n  padding-top:20px;\n}.\n\n}.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
        // Doubled before a capital, or a semicolon before a period inside a paragraph: slips.
        assert_eq!(flagged(CODE, "It was late.. The vote; . Then it ended;. Later."), ["..", "; .", ";."]);
    }

    #[test]
    fn ellipses_abbreviations_and_decimals_stay_quiet() {
        for draft in [
            "It is a question … Establishing ties. Wait... what? And . . . then.",
            "Barrick Gold Corp., Apple Inc.; the U.S., and Washington, D.C., agreed.",
            "Growth was .5 percent at 3:30 p.m.",
            "...and so it began.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
