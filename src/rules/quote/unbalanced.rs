//! `quote.unbalanced`: a quotation mark never closed, a closing mark that closes nothing,
//! or a mark written in the other one's shape.

use crate::rules::Scope;
use crate::rules::{Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};

pub const RULE: Rule = Rule {
    id: RuleId::QuoteUnbalanced,
    default_severity: Severity::Warning,
    summary: "A quotation opened and never closed, a closing quotation mark that closes nothing, or a mark shaped like the other one.",
    doc: RuleDoc {
        what: "Pairs double quotation marks (straight, curly, low-9 and guillemets) within each paragraph, and reports an opening mark left open or a curly closing mark with nothing open. A paragraph that opens a quotation without closing it is fine when the next paragraph opens with a quotation mark: that is the newsroom convention for a quotation running over several paragraphs. Single marks are only judged as quotation marks when they pair up, because the same characters are apostrophes (\"don't\", \"Ireland’s\", \"’90s\"). A quotation closed with a mark of the opening shape (“abhorrent“, ‘never‘: an opening mark glued to the end of the quoted words, with no word after it) is closed: it is one finding, with the fix that writes the closing mark. So is a quotation taken up mid-sentence that opens with a closing mark before its ellipsis (” … the ferry has sailed,”): one finding, with the fix that writes the opening mark.",
        why: "A lost quotation mark blurs where the speaker's words end and the reporter's begin.",
        example: "\"We will rebuild the bridge, Mayor Ana Ruiz said.",
        fix: "Close the quotation where the speaker's words end, or remove the stray mark.",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let quotes = &context.facts.quotes;
    let mut findings: Vec<Finding> = quotes
        .quotes
        .iter()
        .filter(|q| q.close_mark.is_none())
        .map(|q| {
            Finding::of(
                RuleId::QuoteUnbalanced,
                q.open_mark,
                "This quotation mark opens a quotation that is never closed.",
            )
        })
        .collect();
    findings.extend(quotes.stray_closings.iter().map(|&mark| {
        Finding::of(RuleId::QuoteUnbalanced, mark, "This quotation mark closes a quotation that was never opened.")
    }));
    findings.extend(quotes.misshapen.iter().map(|&(mark, written)| {
        let message = if matches!(written, '“' | '‘') {
            format!("This mark opens the quotation but has the shape of a closing mark: write {written}.")
        } else {
            format!("This mark closes the quotation but has the shape of an opening mark: write {written}.")
        };
        Finding::of(RuleId::QuoteUnbalanced, mark, message).with_fix(Fix::replace(
            format!("Write {written}"),
            mark,
            written.to_string(),
        ))
    }));
    findings.sort_by_key(|finding| finding.span.start);
    findings
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;

    const CODE: &str = "quote.unbalanced";

    #[test]
    fn flags_unclosed_and_unopened_marks() {
        assert_eq!(flagged(CODE, "\"We will rebuild, Ruiz said.\n\nWork starts soon."), ["\""]);
        assert_eq!(flagged(CODE, "“We will rebuild, Ruiz said."), ["“"]);
        assert_eq!(flagged(CODE, "We will rebuild,” Ruiz said."), ["”"]);
    }

    #[test]
    fn a_closing_mark_shaped_like_an_opening_one_is_one_finding_with_its_fix() {
        let draft = "Ruiz called the plan “abhorrent“ in a post.";
        assert_eq!(flagged(CODE, draft), ["“"]);
        assert_eq!(crate::rules::testing::fixed(CODE, draft), "Ruiz called the plan “abhorrent” in a post.");
    }

    #[test]
    fn an_opening_mark_shaped_like_a_closing_one_is_one_finding_with_its_fix() {
        let draft = "The paper was blunt. ” … the ferry has already sailed,” it wrote.";
        assert_eq!(flagged(CODE, draft), ["”"]);
        assert_eq!(
            crate::rules::testing::fixed(CODE, draft),
            "The paper was blunt. “ … the ferry has already sailed,” it wrote."
        );
    }

    #[test]
    fn multi_paragraph_quotes_apostrophes_and_nesting_stay_quiet() {
        for draft in [
            "\"We will rebuild.\n\n\"And we will do it by spring,\" Ruiz said.",
            "Ireland’s ’90s boom didn't last; the birds' nests and rock 'n' roll stayed.",
            "“He told me ‘never again,’ and left,” she said.",
            "'We won,' he said.",
            "A 12\" pipe burst.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
