//! `quote.unattributed`: a full-sentence quotation with no speaker.

use crate::analysis::cast::{MemberId, MemberKind};
use crate::analysis::quotes::QuoteForm;
use crate::rules::Scope;
use crate::rules::{Context, Finding, Rule, RuleDoc, RuleId, Severity};
use crate::text::ByteSpan;
use crate::text::structure::{self, Part};

pub const RULE: Rule = Rule {
    id: RuleId::QuoteUnattributed,
    default_severity: Severity::Warning,
    summary: "A full-sentence quotation with no speaker.",
    doc: RuleDoc {
        what: "Reports a quotation of a sentence or more (it opens like a sentence and has four words or more) whose speaker cannot be found: no cue verb (said, told, added, according to, …) with a speaker in its own sentence, none in the sentence before or after it in the same paragraph, no person who is the subject of the sentence before it (a name, or a \"he\" or \"she\" for someone the story has named), no attributed quotation in the paragraph before it when it is a paragraph of pure quotation, and no pull-quote credit (\"— Name, role\") on its own line or right after it. A speaker is always someone the draft names or an unnamed source, never a word that happens to stand near the cue; a long appositive between the speaker and the cue (\"…,\" Dana Marchetti, the mayor of Port Elm, a town of 4,000 that relies on the pier, said) does not lose the speaker. A quotation never closed is left to `quote.unbalanced`. Partial quotations, scare quotes, titles and slogans in title case (\"The Crown\", \"Ruiz Gets It Done\"), texts cited by their year (a poster's \"No to the new road\" (2005)), written words the sentence introduces as such (a sign that read, \"…\"; headlines like \"…\") and quotations in a headline (a title-case line, or the short one-sentence line that opens the draft) need no speaker of their own.",
        why: "A newsroom's first rule: every quotation has a source. A quotation whose attribution was cut in an edit leaves the reader unable to judge it.",
        example: "\"We will rebuild the bridge by spring.\" Work starts next week.",
        fix: "Say who said it: \"We will rebuild the bridge by spring,\" Mayor Ana Ruiz said.",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let text = context.prose.text.as_str();
    let mut candidates: Option<Vec<Candidate>> = None;
    context
        .facts
        .quotes
        .quotes
        .iter()
        .filter(|q| q.depth == 0 && q.form == QuoteForm::Full && q.attribution.is_none())
        // A quotation never closed swallows its own attribution; `quote.unbalanced` says so.
        .filter(|q| q.close_mark.is_some())
        // A title or slogan in title case ("Ruiz Gets It Done") names something; a headline
        // quotes its story, which attributes the words.
        .filter(|q| !structure::reads_as_title(q.content.slice(text)) && !in_headline(context, q.span))
        // "“No to the new road” (2005)": a poster, a slogan or a text cited by its year.
        .filter(|q| !cited_by_year(&text[q.span.end..]))
        // "a sign that read, “…”", "headlines like “…”": written words, not speech.
        .filter(|q| !introduced_as_text(context, q.span))
        .map(|quote| {
            let words: String = quote.content.slice(text).split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            let finding = Finding::of(
                RuleId::QuoteUnattributed,
                quote.span,
                format!("No speaker found for the quotation \"{words}…\": who said it?"),
            );
            let candidates = candidates.get_or_insert_with(|| candidate_speakers(context));
            match nearest(candidates, quote.span) {
                Some(candidate) => finding.with_related(
                    candidate.name,
                    format!("Nearest candidate speaker: {}", context.facts.cast.members[candidate.member].canonical),
                ),
                None => finding,
            }
        })
        .collect()
}

/// Whether a span lies in a paragraph the draft's structure reads as a headline, or in
/// the line that opens a longer draft when it is one sentence short enough to be its
/// headline ("'We are in shock': A town mourns.").
fn in_headline(context: &Context, span: ByteSpan) -> bool {
    let prose = context.prose;
    let Some(index) = prose.sentence_at(span.start).map(|sentence| prose.sentences[sentence].paragraph) else {
        return false;
    };
    let Some(paragraph) = prose.paragraphs.get(index) else { return false };
    let opening_line = index == 0 && prose.paragraphs.len() > 1 && paragraph.sentences.len() == 1 && {
        let line = paragraph.span.slice(&prose.text).trim();
        !line.contains('\n') && line.split_whitespace().count() <= HEADLINE_WORDS
    };
    paragraph.structure.part == Part::Headline || opening_line
}

/// Words naming written text that introduce a quotation of it: "headlines like “…”",
/// "the line “…”", "a banner: “…”".
const TEXT_NOUNS: &[&str] = &[
    "headline",
    "headlines",
    "line",
    "lines",
    "slogan",
    "slogans",
    "sign",
    "signs",
    "motto",
    "caption",
    "banner",
    "banners",
    "placard",
    "placards",
    "inscription",
    "sticker",
    "stickers",
    "poster",
    "posters",
    "hashtag",
];

/// Verbs that quote written words: "a sign that read, “…”", "a piece headlined “…”".
const TEXT_VERBS: &[&str] = &["read", "reads", "reading", "titled", "entitled", "headlined", "captioned"];

/// How many words before a quotation may stand between it and the text noun that
/// introduces it ("a headline in the Post on the harbour's budget: “…”").
const TEXT_NOUN_REACH: usize = 12;

/// Whether the words before the quotation, in its sentence, introduce it as written text:
/// a verb of reading or titling right before it, or a word for a headline, a sign or a
/// slogan a few words before.
fn introduced_as_text(context: &Context, quote: ByteSpan) -> bool {
    let prose = context.prose;
    let Some(sentence) = prose.sentence_at(quote.start) else { return false };
    let first = prose.sentences[sentence].tokens.start;
    let end = prose.token_at_or_after(quote.start);
    let words: Vec<String> = prose.tokens[first..end.max(first)]
        .iter()
        .rev()
        .filter(|token| token.kind == crate::text::TokenKind::Word)
        .take(TEXT_NOUN_REACH)
        .map(|token| token.text(&prose.text).to_lowercase())
        .collect();
    words.first().is_some_and(|last| TEXT_VERBS.contains(&last.as_str()))
        || words.iter().any(|word| TEXT_NOUNS.contains(&word.as_str()))
}

/// A headline has at most this many words.
const HEADLINE_WORDS: usize = 20;

/// Whether the text right after a quotation opens a parenthesis that gives a year.
fn cited_by_year(after: &str) -> bool {
    let Some(inside) = after.trim_start_matches([' ', '\u{a0}']).strip_prefix('(') else { return false };
    let inside = inside.split(')').next().unwrap_or_default();
    inside.len() <= 60
        && inside
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() == 4 && run.parse::<u32>().is_ok_and(|year| (1500..=2100).contains(&year)))
}

/// A mention of someone who could have said a quotation.
struct Candidate {
    /// The mention's span and its name words.
    span: ByteSpan,
    name: ByteSpan,
    member: MemberId,
}

/// The mentions, outside any quotation and in document order, of someone who could speak:
/// a person, or a member the draft has speak elsewhere ("the ministry said"). Gathered
/// once per draft, when a quotation lacks a speaker.
fn candidate_speakers(context: &Context) -> Vec<Candidate> {
    let cast = &context.facts.cast;
    let quotes = &context.facts.quotes;
    let mut candidates: Vec<Candidate> = (cast.mentions.iter())
        .filter(|mention| !quotes.contains(mention.span.start))
        .filter(|mention| {
            cast.member(mention.member).is_some_and(|member| member.kind == MemberKind::Person || member.speaks)
        })
        .map(|mention| Candidate { span: mention.span, name: mention.name, member: mention.member })
        .collect();
    candidates.sort_by_key(|candidate| candidate.span.start);
    candidates
}

/// The candidate nearest the quotation: the last one ending before it or the first one
/// starting after it, whichever is closer; a tie goes to the one before, which a reader
/// has already met.
fn nearest(candidates: &[Candidate], quote: ByteSpan) -> Option<&Candidate> {
    let after_start = candidates.partition_point(|candidate| candidate.span.start < quote.start);
    let before = candidates[..after_start].iter().rev().find(|candidate| candidate.span.end <= quote.start);
    let after = candidates[after_start..].iter().find(|candidate| candidate.span.start >= quote.end);
    match (before, after) {
        (Some(before), Some(after)) => {
            Some(if after.span.start - quote.end < quote.start - before.span.end { after } else { before })
        }
        (before, after) => before.or(after),
    }
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
        // Capitalised names in speech do not make it a title.
        assert_eq!(
            flagged(CODE, "The bridge fell. \"Port Elm Will Rise Again, and We Will Build It.\" Work starts soon."),
            Vec::<String>::new(),
            "every word capitalised reads as a slogan"
        );
        assert_eq!(
            flagged(CODE, "The bridge fell. \"Port Elm will rise again.\" Work starts soon."),
            ["\"Port Elm will rise again.\""]
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
            // Titles and slogans in title case, after a sentence ends.
            "The network revived two old shows. \"Harbour Nights,\" a drama from 1994, returns in May.",
            "The bus tour ended in Dover. \"Ruiz Gets It Done\" was painted on its side.",
            // Cited by its year: a poster, a slogan.
            "The party's posters grew harsher. \"No to the new road, no to the new port\" (2005) was the first.",
            // Written words the sentence introduces as such.
            "The fishermen marched at noon, behind a banner reading \"Port Elm stands with its fishermen.\"",
            "The Post printed headlines like \"Mayor fails the harbour again.\"",
            "Ruiz shared a column with the line \"Nobody has done more for the pier than she has.\"",
            // The draft's opening line, short, is its headline.
            "\"We are in shock, all of us\": A harbour town mourns its pier\n\nPORT ELM — The pier fell on Monday.",
            // A headline quotes its story.
            "Ruiz Says Pier Will Reopen: \"We Will Rebuild It by Spring\"\n\nMayor Ana Ruiz said on Monday that the pier will reopen.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
