//! `fact.title`: one person with two offices ("Sen. Ruiz" ... "Rep. Ruiz").

use super::{report, written};
use crate::analysis::facts::{Fact, FactKind};
use crate::rules::Scope;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};

pub const RULE: Rule = Rule {
    id: RuleId::FactTitle,
    default_severity: Severity::Warning,
    summary: "One person holds two incompatible titles (\"Sen. Ruiz\" ... \"Rep. Ruiz\").",
    doc: RuleDoc {
        what: "Reports a title before a person's name that names another office than the title the draft gave the same person earlier: senator, representative, speaker, governor, lieutenant governor, mayor, president, vice president, prime minister (\"Sen.\" and \"Senator\" are one office; the Speaker may be a representative). Titles come from the cast's one title list. A title after \"former\", \"then-\" or \"ex-\", one inside a quotation, a president of something (\"Senate President\"), and the titles of someone whose sentences report a change (\"was elected\", \"became\", \"is running for\", \"served as\") are not compared.",
        why: "A representative who becomes \"Sen.\" halfway down the story is a factual error a reader can check, and a correction waiting to happen.",
        example: "\"Sen. Ana Ruiz spoke. ... Rep. Ruiz said the bill would pass.\"",
        fix: "Check the title and correct the wrong one; if the person held both offices, say so (\"former Rep.\", \"was elected to the Senate in 2020\"). No quick fix: only the reporter knows which is right.",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let agree = |a: &Fact, b: &Fact| match (a, b) {
        (Fact::Title(x), Fact::Title(y)) => Some(x.compatible(*y)),
        _ => None,
    };
    report(context, RuleId::FactTitle, FactKind::Title, agree, |name, first, later, line| {
        format!(
            "{name} is \u{201c}{}\u{201d} here but \u{201c}{}\u{201d} on line {line}: one person, two offices; check which is right, or write \u{201c}former\u{201d}.",
            written(context, later),
            written(context, first)
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;

    const CODE: &str = "fact.title";

    #[test]
    fn two_offices_for_one_person_are_flagged() {
        let draft =
            "Sen. Harriet Okonkwo toured the plant on Friday.\n\nWorkers asked Rep. Okonkwo about the pension fund.";
        assert_eq!(flagged(CODE, draft), ["Rep."]);
        let draft = "Gov. Lionel Ashby signed the order. Mayor Ashby said the city would comply.";
        assert_eq!(flagged(CODE, draft), ["Mayor"]);
    }

    #[test]
    fn one_office_former_titles_quotes_and_reported_changes_stay_quiet() {
        for draft in [
            "Sen. Harriet Okonkwo toured the plant. Senator Okonkwo met workers.",
            "Speaker Harriet Okonkwo opened the session. Rep. Okonkwo voted last.",
            "Sen. Harriet Okonkwo toured the plant. She met former Rep. Okonkwo's staff there.",
            "Sen. Harriet Okonkwo toured the plant. In 2010 then-Rep. Okonkwo voted no.",
            "Sen. Harriet Okonkwo toured the plant. In 2010 ex-Gov. Okonkwo had voted no.",
            "Sen. Harriet Okonkwo toured the plant. In 2010 then- Rep. Okonkwo voted no.",
            "Sen. Harriet Okonkwo toured the plant. \"Rep. Okonkwo was my mentor,\" a worker said.",
            "Sen. Harriet Okonkwo toured the plant. Rep. Okonkwo was elected to the Senate in 2020.",
            "Rep. Harriet Okonkwo spoke in 2019. Okonkwo became a senator in 2021, and Sen. Okonkwo spoke again.",
            "Gov. Lionel Ashby signed the order. Senate President Ashby agreed.",
            "Sen. Harriet Okonkwo toured the plant. Dr. Okonkwo studied chemistry.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
