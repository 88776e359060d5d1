//! `fact.affiliation`: one person with two party or state labels ("D-Ore." ... "R-Ore.").

use super::{report, written};
use crate::analysis::facts::{Fact, FactKind, same_state};
use crate::rules::Scope;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};

pub const RULE: Rule = Rule {
    id: RuleId::FactAffiliation,
    default_severity: Severity::Warning,
    summary: "One person carries two party or state labels (\"D-Ore.\" ... \"R-Ore.\").",
    doc: RuleDoc {
        what: "Reports a party or state label that disagrees with the label the draft gave the same person earlier: party-state designations (\"(D-Ore.)\", \", R-Texas,\", \"(R)\"), a party before the name (\"Democratic Sen. Ruiz\", \"Republican Ana Ruiz\") or in an appositive (\"Ruiz, a Democrat,\"). \"Ore.\" and \"Oregon\", \"N.Y.\" and \"New York\" are one state. A label after \"former\" or \"ex-\", one inside a quotation, and the labels of someone whose sentences report a change (\"switched parties\", \"left the party\", \"caucuses with\") are not compared.",
        why: "A flipped party label or a senator from two states is a factual error that readers of political copy notice at once.",
        example: "\"Sen. Ana Ruiz (D-Ore.) spoke. ... Ruiz, R-Ore., said the bill would pass.\"",
        fix: "Check the label and correct the wrong one. No quick fix: only the reporter knows which is right.",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let agree = |a: &Fact, b: &Fact| match (a, b) {
        (Fact::Party(x), Fact::Party(y)) => Some(x == y),
        (Fact::State(x), Fact::State(y)) => Some(same_state(x, y)),
        _ => None,
    };
    report(context, RuleId::FactAffiliation, FactKind::Affiliation, agree, |name, first, later, line| {
        let what = |fact: &Fact| match fact {
            Fact::Party(party) => party.as_str().to_string(),
            Fact::State(state) => format!("from {state}"),
            other => other.describe(),
        };
        format!(
            "{name} is {} here (\u{201c}{}\u{201d}) but {} on line {line} (\u{201c}{}\u{201d}): check which label is right.",
            what(&later.fact),
            written(context, later),
            what(&first.fact),
            written(context, first)
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;

    const CODE: &str = "fact.affiliation";

    #[test]
    fn two_labels_for_one_person_are_flagged() {
        let draft = "Sen. Harriet Okonkwo (D-Ore.) spoke first.\n\nOkonkwo, R-Ore., said the vote would wait.";
        assert_eq!(flagged(CODE, draft), ["R-Ore"]);
        let draft = "Rep. Dale Whitcombe (R-Texas) objected. Whitcombe (R-Okla.) later relented.";
        assert_eq!(flagged(CODE, draft), ["R-Okla"]);
        let draft = "Lena Farrow, a Democrat, won the seat. Republican Lena Farrow thanked voters.";
        assert_eq!(flagged(CODE, draft), ["Republican"]);
    }

    #[test]
    fn one_label_spellings_former_labels_and_switches_stay_quiet() {
        for draft in [
            "Sen. Harriet Okonkwo (D-Ore.) spoke. Democratic Sen. Okonkwo voted no.",
            "Sen. Harriet Okonkwo (D-Ore.) spoke. Okonkwo (D-Oregon) voted no.",
            "Rep. Ada Quist (D-N.Y.) spoke. Quist, D-New York, voted no.",
            "Sen. Harriet Okonkwo (D-Ore.) spoke. She praised former Republican Okonkwo's stand.",
            "Sen. Harriet Okonkwo (D-Ore.) spoke. Republican Okonkwo switched parties in 2019.",
            "Sen. Harriet Okonkwo (D-Ore.) spoke. \"Republican Okonkwo would have voted yes,\" an aide joked.",
            "Sen. Harriet Okonkwo (D-Ore.) and Sen. Paul Brandt (R-Idaho) spoke.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
