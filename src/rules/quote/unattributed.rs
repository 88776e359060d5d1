//! `quote.unattributed`: a full-sentence quotation with no speaker.

use crate::analysis::cast::MemberKind;
use crate::analysis::quotes::QuoteForm;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};
use crate::text::ByteSpan;

pub const RULE: Rule = Rule {
    id: RuleId::QuoteUnattributed,
    default_severity: Severity::Warning,
    summary: "A full-sentence quotation with no speaker.",
    doc: RuleDoc {
        what: "Reports a quotation of a sentence or more (it opens like a sentence and has four words or more) whose speaker cannot be found: no cue verb (said, told, added, according to, …) with a speaker in its own sentence, none in the sentence before or after it in the same paragraph, no person who is the subject of the sentence before it (a name, or a \"he\" or \"she\" for someone the story has named), no attributed quotation in the paragraph before it when it is a paragraph of pure quotation, and no pull-quote credit (\"— Name, role\") on its own line or right after it. A speaker is always someone the draft names or an unnamed source, never a word that happens to stand near the cue; a long appositive between the speaker and the cue (\"…,\" Dana Marchetti, the mayor of Port Elm, a town of 4,000 that relies on the pier, said) does not lose the speaker. A quotation never closed is left to `quote.unbalanced`. Partial quotations, scare quotes and titles in quotation marks (\"The Crown\") need no speaker of their own.",
        why: "A newsroom's first rule: every quotation has a source. A quotation whose attribution was cut in an edit leaves the reader unable to judge it.",
        example: "\"We will rebuild the bridge by spring.\" Work starts next week.",
        fix: "Say who said it: \"We will rebuild the bridge by spring,\" Mayor Ana Ruiz said.",
    },
    check,
};

fn check(context: &Context) -> Vec<Finding> {
    let text = context.prose.text.as_str();
    context
        .facts
        .quotes
        .quotes
        .iter()
        .filter(|q| q.depth == 0 && q.form == QuoteForm::Full && q.attribution.is_none())
        // A quotation never closed swallows its own attribution; `quote.unbalanced` says so.
        .filter(|q| q.close_mark.is_some())
        .map(|quote| {
            let words: String = quote.content.slice(text).split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            let finding = Finding::of(
                RuleId::QuoteUnattributed,
                quote.span,
                format!("No speaker found for the quotation \"{words}…\": who said it?"),
            );
            match nearest_candidate(context, quote.span) {
                Some((span, name)) => finding.with_related(span, format!("Nearest candidate speaker: {name}")),
                None => finding,
            }
        })
        .collect()
}

/// The mention nearest the quotation, outside any quotation, of someone who could have
/// said it: a person, or a member the draft has speak elsewhere ("the ministry said").
/// Its span and the member's name. Ties go to the mention before the quotation, which a
/// reader has already met.
fn nearest_candidate(context: &Context, quote: ByteSpan) -> Option<(ByteSpan, String)> {
    let cast = &context.facts.cast;
    let quotes = &context.facts.quotes;
    cast.mentions
        .iter()
        .filter(|mention| !mention.span.overlaps(quote) && !quotes.contains(mention.span.start))
        .filter_map(|mention| {
            let member = cast.member(mention.member)?;
            let could_speak = member.kind == MemberKind::Person || member.speaks;
            could_speak.then_some((mention, member))
        })
        .min_by_key(|(mention, _)| {
            let before = mention.span.end <= quote.start;
            let distance =
                if before { quote.start - mention.span.end } else { mention.span.start.saturating_sub(quote.end) };
            (distance, !before)
        })
        .map(|(mention, member)| (mention.name, member.canonical.clone()))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{flagged, related};

    const CODE: &str = "quote.unattributed";

    #[test]
    fn flags_a_full_quotation_without_a_speaker() {
        assert_eq!(
            flagged(CODE, "The bridge fell. \"We will rebuild it by spring.\" Work starts soon."),
            ["\"We will rebuild it by spring.\""]
        );
        // A paragraph of pure quotation with no attributed quotation before it.
        assert_eq!(
            flagged(CODE, "The river rose.\n\n“Nobody saw the water coming over the wall.”"),
            ["“Nobody saw the water coming over the wall.”"]
        );
    }

    #[test]
    fn points_at_the_nearest_candidate_speaker() {
        let draft = "Mayor Ana Ruiz toured the pier on Monday. Tom Baker, her deputy, stayed home.\n\n\"We will rebuild it by spring.\" Work starts soon. The Daily Post reported it.";
        let (_, places) = &related(CODE, draft)[0];
        assert_eq!(places, &[("Tom Baker".to_string(), "Nearest candidate speaker: Tom Baker".to_string())]);
        let (_, places) = &related(CODE, "The bridge fell. \"We will rebuild it by spring.\" Work starts soon.")[0];
        assert!(places.is_empty(), "nobody to point at: {places:?}");
    }

    #[test]
    fn attributed_partial_and_title_quotations_stay_quiet() {
        for draft in [
            "\"We will rebuild it by spring,\" Mayor Ana Ruiz said.",
            "\"We will rebuild it by spring,\" said Ruiz, a Democrat.",
            "Ruiz said: \"We will rebuild it by spring.\"",
            "Ruiz spoke on Monday. \"We will rebuild it by spring.\"",
            "Ruiz described the offer as \"generous\" and left.",
            "She watched \"The Crown\" on Sunday.",
            "The \"new normal\" is here.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
