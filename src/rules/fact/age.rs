//! `fact.age`: one person given two ages ("Ana Ruiz, 54," ... "the 56-year-old senator").

use super::report;
use crate::analysis::facts::{Fact, FactKind};
use crate::rules::Scope;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};

pub const RULE: Rule = Rule {
    id: RuleId::FactAge,
    default_severity: Severity::Warning,
    summary: "One person is given two ages (\"Ruiz, 54,\" ... \"the 56-year-old\").",
    doc: RuleDoc {
        what: "Reports an age that differs from the age the draft gave the same person earlier: \"Ana Ruiz, 54,\", \"Ruiz (54)\", \"54-year-old Ana Ruiz\", \"Ruiz, a 54-year-old teacher,\", or \"The 54-year-old ...\" (at the start of a sentence, or before a title or role with no one named or speaking first: \"On Monday the 54-year-old senator ...\") right after a sentence that names one person. An age the story sets in the past (\"Ruiz, then 30,\", \"In 1990, Ruiz, 24,\", \"as a 19-year-old\"), one inside a quotation, and the ages of someone who \"turned\" an age in the story are not compared.",
        why: "Two ages for one person means one of them is wrong, and a reader who notices stops trusting the rest of the story.",
        example: "\"Ana Ruiz, 54, spoke. ... The 56-year-old senator left.\"",
        fix: "Check the age against the notes and correct the wrong one, or say that time passed (\"turned 55 in May\"). No quick fix: only the reporter knows which is right.",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let agree = |a: &Fact, b: &Fact| match (a, b) {
        (Fact::Age(x), Fact::Age(y)) => Some(x == y),
        _ => None,
    };
    report(context, RuleId::FactAge, FactKind::Age, agree, |name, first, later, line| {
        let age = |fact: &Fact| if let Fact::Age(age) = fact { *age } else { 0 };
        format!(
            "{name} is {} here but {} on line {line}: check which age is right.",
            age(&later.fact),
            age(&first.fact)
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;

    const CODE: &str = "fact.age";

    #[test]
    fn two_ages_for_one_person_are_flagged() {
        let draft = "Marta Lindqvist, 47, runs the bakery on Elm Street. She opened it in spring.\n\nLindqvist said the rent doubled. The 49-year-old baker plans to move.";
        assert_eq!(flagged(CODE, draft), ["49-year-old"]);
        let draft = "Teodor Brandt (62) chairs the board. Brandt, 64, said the vote would wait.";
        assert_eq!(flagged(CODE, draft), ["64"]);
        let draft = "Police said 31-year-old Kenji Morrow was released. Morrow, 33, declined to comment.";
        assert_eq!(flagged(CODE, draft), ["33"]);
        let draft =
            "Sen. Ana Ruiz, 54, toured the plant.\n\nRuiz met the workers. On Monday the 56-year-old senator left.";
        assert_eq!(flagged(CODE, draft), ["56-year-old"]);
    }

    #[test]
    fn one_age_past_ages_and_birthdays_stay_quiet() {
        for draft in [
            "Marta Lindqvist, 47, runs the bakery. The 47-year-old baker plans to move.",
            "Marta Lindqvist, 47, runs the bakery. In 1999, Lindqvist, 22, opened her first shop.",
            "Marta Lindqvist, 47, runs the bakery. At 19, Lindqvist baked bread at night.",
            "Marta Lindqvist, who was 30 when she opened the bakery, is 47 now. Lindqvist, 47, plans to move.",
            "Marta Lindqvist, 47, runs the bakery. Lindqvist, then 22, opened her first shop.",
            "Marta Lindqvist, 47, runs the bakery. As a 19-year-old Lindqvist baked at night.",
            "Marta Lindqvist, 47, runs the bakery. She turned 48 on Sunday. The 48-year-old baker celebrated.",
            "Marta Lindqvist, 47, and Omar Lindqvist, 51, run the bakery.",
            "Marta Lindqvist, 47, runs the bakery. \"Lindqvist, 50, is my idol,\" a customer joked.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
