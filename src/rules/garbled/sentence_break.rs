//! `garbled.sentence-break`: a sentence cut in two mid-clause ("...and ended. through a
//! commitment...").

use crate::rules::Scope;
use crate::rules::local::ParagraphContext;
use crate::rules::spelling::candidates::is_slip;
use crate::rules::spelling::dictionary::is_known;
use crate::rules::{Confidence, Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::abbreviations::{abbreviation_kind, is_name_particle};
use crate::text::{ByteSpan, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::GarbledSentenceBreak,
    default_severity: Severity::Warning,
    summary: "A period cuts a sentence in two: the next word goes on in lowercase.",
    doc: RuleDoc {
        what: "Finds a period followed by a word in lowercase, where the word before the period is not an abbreviation (Corp., U.S., p.m.), an initial or a number, and the lowercase word is not a name particle (de Blasio, van der Berg) nor a name written in lowercase: an address or handle (\"pic.twitter.com\"), a word with digits (\"x264\"), a product the draft keeps writing so (\"npm\"), or a word no dictionary knows and that is no slip of one (\"ffmpeg\", \"wget\"). Inside a quotation the cut may be the speaker's or the post's own: it is reported one level lower.",
        why: "Machine translation and careless edits leave stray periods mid-clause. Readers stumble, and a spell checker's \"capitalise\" fix makes it worse.",
        example: "\"...than the rhetoric declared last year and ended. through a commitment to maintain...\"",
        fix: "Join the two halves by removing the period: \"and ended through a commitment\". Then reread the clause: the translation around it is often broken too.",
    },
    scope: Scope::Paragraph { each: check_paragraph, then: Some(drop_lowercase_names) },
};

/// "npm said ...": a product the draft always writes in lowercase may start a sentence.
/// In a quotation (a post, a transcript) the cut is the speaker's: one level lower.
fn drop_lowercase_names(context: &Context, findings: &mut Vec<Finding>) {
    let text = context.prose.text.as_str();
    findings.retain(|finding| {
        let word_after = finding.span.slice(text).rsplit(' ').next().unwrap_or("");
        !context.facts.cast.is_lowercase_name(word_after)
    });
    for finding in findings {
        if context.facts.quotes.contains(finding.span.start) {
            finding.confidence = Confidence::Low;
        }
    }
}

/// A word written in lowercase that names something rather than going on with the
/// sentence: an address or handle ("pic.twitter.com", "user_name"), letters with digits
/// ("x264"), or a word that no dictionary knows and that is no slip of a common word
/// ("ffmpeg", "wget"; "goverment" is a slip, and so still a cut sentence).
fn is_lowercase_name(word: &str) -> bool {
    word.contains(['.', '_', '/', '@'])
        || word.contains(|c: char| c.is_ascii_digit())
        || (!is_known(None, word) && !is_slip(None, word))
}

fn check_paragraph(paragraph: &ParagraphContext, findings: &mut Vec<Finding>) {
    let (text, tokens, first) = (paragraph.text, paragraph.tokens, paragraph.paragraph.tokens.start);
    for index in first + 1..tokens.len().saturating_sub(1) {
        let (before, period, after) = (&tokens[index - 1], &tokens[index], &tokens[index + 1]);
        if !period.is_punct(text, '.') || period.space_before || !after.space_before || after.newline_before {
            continue;
        }
        // "on March 28. and that …": a number closing a phrase cuts the sentence too; one
        // that opens the paragraph or follows a mark is a list's or a reference's ("1. the",
        // "No. 4. in").
        let number_after_word = before.kind == TokenKind::Number
            && index >= first + 2
            && tokens[index - 2].kind == TokenKind::Word
            && before.space_before
            && before.text(text).chars().all(|c| c.is_ascii_digit());
        if !(before.kind == TokenKind::Word || number_after_word) || after.kind != TokenKind::Word {
            continue;
        }
        let word_before = before.text(text);
        let word_after = after.text(text);
        let ends_a_run_of_periods = index >= first + 2 && tokens[index - 2].is_punct(text, '.') && !before.space_before;
        // "ESBL-E. coli": an initial after a hyphen.
        let last_part = word_before.rsplit('-').next().unwrap_or(word_before);
        if (!number_after_word && (word_before.chars().count() < 2 || last_part.chars().count() < 2))
            || word_before.contains('.')
            || abbreviation_kind(word_before).is_some()
            || ends_a_run_of_periods
        {
            continue;
        }
        let mut letters = word_after.chars().filter(|c| c.is_alphabetic());
        let starts_lowercase = word_after.chars().next().is_some_and(char::is_lowercase);
        // "iPhone", "eBay": brands that start in lowercase on purpose.
        let has_inner_capital = letters.by_ref().skip(1).any(char::is_uppercase);
        let particle_before_name = is_name_particle(word_after)
            && tokens.get(index + 2).is_some_and(|t| t.text(text).starts_with(char::is_uppercase));
        if !starts_lowercase
            || has_inner_capital
            || is_lowercase_name(word_after)
            || particle_before_name
            || word_after.contains("-") && word_after.chars().any(char::is_uppercase)
        {
            continue;
        }
        let span = ByteSpan::new(before.span.start, after.span.end);
        let join = Fix::replace(
            format!("Join the sentence: \"{word_before} {word_after}\""),
            ByteSpan::new(period.span.start, after.span.start),
            " ",
        );
        findings.push(
            Finding::of(
                RuleId::GarbledSentenceBreak,
                span,
                format!(
                    "A period cuts this sentence in two: \"{word_after}\" goes on in lowercase after \"{word_before}.\""
                ),
            )
            .with_fix(join),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged};

    const CODE: &str = "garbled.sentence-break";

    #[test]
    fn flags_periods_cutting_a_clause() {
        let draft = "Beijing offered a hopeful tone and ended. through a commitment to talks between leaders. from China and the Ministry of Affairs. foreigners citing Xi. It held the vote. after which it left.";
        assert_eq!(flagged(CODE, draft), ["ended. through", "leaders. from", "Affairs. foreigners", "vote. after"]);
        assert_eq!(
            flagged(CODE, "The council will vote on March 28. and that the review would be out by then."),
            ["28. and"]
        );
    }

    #[test]
    fn list_and_reference_numbers_are_no_cut() {
        for draft in
            ["1. the council votes first.", "See No. 4. in the annex for the rest.", "He signed at 5.30 a.m. and left."]
        {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn the_fix_joins_without_capitalising() {
        assert_eq!(fixed(CODE, "It ended. through a commitment."), "It ended through a commitment.");
    }

    #[test]
    fn abbreviations_initials_particles_and_brands_stay_quiet() {
        for draft in [
            "John Thornton, chairman of Barrick Gold Corp. and a Goldman Sachs Group Inc. veteran, spoke.",
            "It starts at 6 p.m. on Friday and runs until 9 a.m. tomorrow.",
            "Foods, e.g. rice and beans, etc. were sent; approx. ten tonnes.",
            "The mayor left. de Blasio had said so earlier.",
            "Sales rose. iPhone demand was strong.",
            "See section No. five of the act, Smith vs. the state.",
            "He lives in Washington, D.C. and works in the U.S. capital.",
            "Robert F. Kennedy Jr. was there.",
            "Znak.com claims so.",
            "Wait... what happened?",
            "The likeliest route for ESBL-E. coli is direct.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn a_name_written_in_lowercase_may_open_a_sentence() {
        for draft in [
            "The clip was posted online. pic.twitter.com/AbC123 shows the crowd.",
            "Encoders differ. x264 is the default one.",
            "The video was converted. ffmpeg handled the rest.",
            "Files were fetched. wget ran overnight.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
        // A word of the dictionary, or a slip of one, goes on with the sentence.
        assert_eq!(flagged(CODE, "The vote ended. goverment officials left."), ["ended. goverment"]);
        assert_eq!(flagged(CODE, "The vote ended. meanwhile officials left."), ["ended. meanwhile"]);
    }

    #[test]
    fn a_cut_inside_a_quotation_is_one_level_lower() {
        let draft = "She posted: \"The speech was great. well done to the team.\" The vote ended. meanwhile it rained.";
        let checked = crate::rules::testing::findings(draft, crate::text::Language::PlainText, &Default::default());
        let severities: Vec<_> =
            checked.iter().filter(|f| f.code.as_str() == CODE).map(|f| f.severity.as_str()).collect();
        assert_eq!(severities, ["info", "warning"]);
    }

    #[test]
    fn lines_and_paragraphs_are_boundaries() {
        assert_eq!(flagged(CODE, "It ended.\n\nthrough the night"), Vec::<String>::new());
        assert_eq!(flagged(CODE, "first item.\nsecond item."), Vec::<String>::new());
    }
}
