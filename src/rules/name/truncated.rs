//! `name.truncated`: a hyphenated or multi-part surname cut short ("Ocasio said" after
//! "Alexandria Ocasio-Cortez").

use crate::analysis::cast::Join;
use crate::rules::Scope;
use crate::rules::{Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::tokens::capitalised;

pub const RULE: Rule = Rule {
    id: RuleId::NameTruncated,
    default_severity: Severity::Info,
    summary: "A multi-part surname is shortened (\"Ocasio\" for \"Ocasio-Cortez\").",
    doc: RuleDoc {
        what: "Reports a mention that uses one part of a person's hyphenated surname (\"Ocasio\", \"Cortez\" for \"Ocasio-Cortez\"), or drops the particles of a particle surname (\"Berg\" for \"van der Berg\"), when the draft names the person in full.",
        why: "The surname is the whole of it: half a hyphenated name reads as someone else, and it is inconsistent with the rest of the story.",
        example: "\"Alexandria Ocasio-Cortez spoke ... Ocasio said\".",
        fix: "Use the full surname (quick fix).",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let cast = &context.facts.cast;
    let text = context.prose.text.as_str();
    let mut findings = Vec::new();
    for mention in &cast.mentions {
        if !matches!(mention.link, Join::HyphenPart | Join::ParticleDropped) {
            continue;
        }
        let Some(surname) = cast.member(mention.member).and_then(|e| e.surname.clone()) else { continue };
        let Some(word) = mention.words.last() else { continue };
        // "Van der Berg" at the start of a sentence keeps its capital.
        let sentence_start = context
            .prose
            .sentence_at(word.span.start)
            .is_some_and(|s| context.prose.sentences[s].span.start == word.span.start);
        let replacement = if sentence_start { capitalised(&surname) } else { surname.clone() };
        findings.push(
            Finding::of(
                RuleId::NameTruncated,
                word.span,
                format!("\"{}\" shortens the surname \"{surname}\" used for this person.", word.span.slice(text)),
            )
            .with_fix(Fix::replace(format!("Write \"{replacement}\""), word.span, replacement.clone())),
        );
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged};

    const CODE: &str = "name.truncated";

    #[test]
    fn flags_a_part_of_a_multi_part_surname() {
        let draft = "Rep. Alexandria Ocasio-Cortez spoke on Monday. Ocasio said the bill would pass.";
        assert_eq!(flagged(CODE, draft), ["Ocasio"]);
        assert_eq!(fixed(CODE, draft), draft.replace("Ocasio said", "Ocasio-Cortez said"));
        let draft = "Vincent van der Berg, the coach, spoke. Later Berg said he would stay.";
        assert_eq!(flagged(CODE, draft), ["Berg"]);
        assert_eq!(fixed(CODE, draft), draft.replace("Later Berg", "Later van der Berg"));
    }

    #[test]
    fn the_full_surname_and_other_people_stay_quiet() {
        for draft in [
            "Rep. Alexandria Ocasio-Cortez spoke. Ocasio-Cortez said so.",
            "Vincent van der Berg spoke. Van der Berg said so.",
            "Bashar al-Assad spoke. Assad's forces advanced.",
            "Maria Cortez met Alexandria Ocasio-Cortez. Cortez said yes.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
