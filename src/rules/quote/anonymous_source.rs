//! `quote.anonymous-source`: speech attributed to someone the reader cannot identify.

use crate::rules::Scope;
use std::collections::BTreeMap;

use crate::analysis::quotes::SpeakerKind;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};
use crate::text::ByteSpan;

pub const RULE: Rule = Rule {
    id: RuleId::QuoteAnonymousSource,
    default_severity: Severity::Info,
    summary: "Speech attributed to an unnamed source.",
    doc: RuleDoc {
        what: "Marks every attribution, of a quotation or of reported speech, whose speaker is unnamed: an indefinite or bare plural person noun (\"a senior administration official\", \"sources\", \"two diplomats\", \"one councillor who asked not to be named\"), any role with an indefinite article or a number and no name (\"a Democratic senator\", \"several lawmakers\"), a speaker the sentence says asked not to be named (\"speaking on condition of anonymity\"), or \"the official\" referring back to such a speaker. Named people, pronouns and institutions (\"the ministry\", \"a hospital spokeswoman\" speaking for it, \"a lawyer for the family\") are not marked.",
        why: "Anonymous sources are sometimes necessary, but each one is a decision an editor signs off on: the reader must take the claim on the publication's word.",
        example: "A senior Biden administration official said the idea arose out of frustration.",
        fix: "Name the source, or say why they cannot be named (\"who was not authorised to speak publicly\").",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let quotes = &context.facts.quotes;
    let text = context.prose.text.as_str();
    let attributions = quotes
        .quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref())
        .chain(quotes.reports.iter().map(|r| &r.attribution));
    let mut findings: Vec<Finding> = Vec::new();
    let mut marked = MarkedSpans::default();
    for attribution in attributions.filter(|a| a.kind == SpeakerKind::Anonymous) {
        let span = attribution.speaker.cover(attribution.cue);
        if marked.overlaps(span) {
            continue;
        }
        marked.insert(span);
        findings.push(Finding::of(
            RuleId::QuoteAnonymousSource,
            span,
            format!("\"{}\" is an unnamed source.", attribution.speaker.slice(text)),
        ));
    }
    findings
}

/// The spans already marked, which never overlap one another: a new span is checked
/// against its neighbours by start instead of against every finding so far.
#[derive(Default)]
struct MarkedSpans {
    /// Start to end of every non-empty span.
    by_start: BTreeMap<usize, usize>,
    /// Empty spans overlap what merely touches them: checked one by one (rare).
    empty: Vec<ByteSpan>,
}

impl MarkedSpans {
    fn overlaps(&self, span: ByteSpan) -> bool {
        if self.empty.iter().any(|e| e.overlaps(span)) {
            return true;
        }
        // Marked non-empty spans are disjoint, so sorted by start they are sorted by end
        // too: only the last one starting at or before `span` ends may reach into it.
        let reach = if span.is_empty() { span.end } else { span.end - 1 };
        self.by_start.range(..=reach).next_back().is_some_and(|(&start, &end)| span.overlaps(ByteSpan::new(start, end)))
    }

    fn insert(&mut self, span: ByteSpan) {
        if span.is_empty() {
            self.empty.push(span);
        } else {
            self.by_start.insert(span.start, span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;

    const CODE: &str = "quote.anonymous-source";

    #[test]
    fn marks_unnamed_speakers() {
        assert_eq!(
            flagged(CODE, "A senior administration official said the talks stalled."),
            ["A senior administration official said"]
        );
        assert_eq!(
            flagged(CODE, "\"It is over,\" a diplomat said, speaking on condition of anonymity."),
            ["a diplomat said"]
        );
        assert_eq!(
            flagged(
                CODE,
                "Sources said the deal was close. A senior official said talks went on. The official said the talks ended."
            ),
            ["Sources said", "A senior official said", "The official said"]
        );
        assert_eq!(
            flagged(CODE, "Residents said on the radio that the lanes were rushed through."),
            ["Residents said"]
        );
    }

    #[test]
    fn any_role_without_a_name_is_unnamed() {
        assert_eq!(flagged(CODE, "\"The pier is finished,\" a councillor said."), ["a councillor said"]);
        assert_eq!(flagged(CODE, "Two senators said the vote would slip."), ["Two senators said"]);
        // A relative clause between the speaker and the cue, with no commas.
        assert_eq!(
            flagged(CODE, "\"It is money poured into the sea,\" one councillor who asked not to be named said."),
            ["one councillor who asked not to be named said"]
        );
        // Spokespeople and counsel speak for someone the draft names.
        for draft in [
            "\"We will appeal,\" a lawyer for the Osei family said.",
            "\"We will appeal,\" a spokeswoman said.",
            // The name before the appositive speaks, not the role after it.
            "Dana Ruiz, a professor at Harwick University, said the study was flawed.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn speech_still_to_come_and_topics_are_no_sourcing() {
        for draft in [
            "Residents can comment on the final design at a public meeting on Feb. 9.",
            "Officials will announce the winners of the design contest next week.",
            "Neighbours spoke about their fears of more traffic at the meeting.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn named_speakers_and_institutions_are_not_marked() {
        for draft in [
            "Minister Ana Ruiz said the talks stalled.",
            "The ministry said the talks stalled.",
            "\"It is over,\" she said.",
            "The official, Ana Ruiz, said it ended.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
