//! `quote.unmarked`: a speaker's own words (first or second person) reported without
//! quotation marks.

use crate::analysis::cast::Cast;
use crate::analysis::quotes::cues::{Person, SpeakerKind, person_of};
use crate::analysis::quotes::{Attribution, ReportedSpeech};
use crate::rules::Scope;
use crate::rules::{Confidence, Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::{ByteSpan, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::QuoteUnmarked,
    default_severity: Severity::Warning,
    summary: "A speaker's own words reported without quotation marks.",
    doc: RuleDoc {
        what: "Finds speech attributed by a cue verb (said, told, according to, …), before it (\"The White House said …\") or after it (\"…, the mayor said.\"), whose words outside quotation marks speak in the first or second person (we, our, I, you): those are the speaker's own words, not the reporter's. Speech that opens with an editor's bracketed insertion (\"[The plan] will save lives, according to the ministry\") is reported too. Speech reported after its cue in the spoken register (\"really\", \"frankly\") is reported with lower confidence. \"told us\", \"our correspondent\" and the writer's own \"I said\" are not speech; nor is a \"me\" in speech told to the writer (\"told me that …\"), a generic \"you\" deep in the speech (\"the limit that you cannot …\"), or speech that already quotes the words that were said (\"we should \"hold everyone to it\"\"). The fix quotes the speech only: a time phrase after the cue (\"said on Friday we will…\") and the attribution stay outside the marks. The message names the speaker as running text does (\"by the ministry\").",
        why: "Machine translation and spinners strip quotation marks: the reader can no longer tell the speaker's words from the reporter's, and \"our interests\" reads as the newspaper's.",
        example: "The White House said Biden and Xi discussed areas where our interests converge.",
        fix: "Put the speech in quotation marks and keep the attribution outside them: The White House said \"Biden and Xi discussed areas where our interests converge.\"",
    },
    scope: Scope::Document(check),
};

/// Which persons the writer's own sentences use (columns, letters, first-person reporting:
/// "I refuse to answer", "our first debate broke the record", "if you listen"): a word of
/// the first or second person in a sentence with no quotation and no reported speech. In
/// such a draft, "told me" or "we need" after a cue is as likely the writer's voice as
/// the speaker's.
fn writer_voice(context: &Context) -> Vec<Person> {
    let text = context.prose.text.as_str();
    let quotes = &context.facts.quotes;
    let mut covered: Vec<ByteSpan> = quotes.quotes.iter().filter(|q| q.depth == 0).map(|q| q.span).collect();
    covered.extend(quotes.reports.iter().map(|r| r.attribution.cue.cover(r.content)));
    covered.sort_by_key(|span| span.start);
    let mut voice = Vec::new();
    let mut next = 0;
    for sentence in &context.prose.sentences {
        // Every person found: nothing more to learn.
        if voice.len() == Person::ALL.len() {
            break;
        }
        while next < covered.len() && covered[next].end <= sentence.span.start {
            next += 1;
        }
        if covered[next..].iter().take_while(|c| c.start < sentence.span.end).any(|c| c.overlaps(sentence.span)) {
            continue;
        }
        for token in context.prose.tokens[sentence.tokens.clone()].iter().filter(|t| t.kind == TokenKind::Word) {
            if let Some(person) = person_of(token.text(text))
                && !voice.contains(&person)
            {
                voice.push(person);
            }
        }
    }
    voice
}

fn check(context: &Context) -> Vec<Finding> {
    let quotes = &context.facts.quotes;
    let text = context.prose.text.as_str();
    let (open, close) = if quotes.curly { ("“", "”") } else { ("\"", "\"") };
    let mut findings = Vec::new();
    let writer = if quotes.reports.iter().any(|r| r.voice.is_some()) { writer_voice(context) } else { Vec::new() };
    for report in &quotes.reports {
        let (reason, confidence) = if let Some(voice) = report.voice {
            if person_of(voice.slice(text)).is_some_and(|person| writer.contains(&person)) {
                continue;
            }
            (format!("speaks in the speaker's own voice (\"{}\")", voice.slice(text)), Confidence::High)
        } else if let Some(bracket) = report.bracket {
            (format!("opens with the bracketed insertion \"{}\"", bracket.slice(text)), Confidence::High)
        } else if let Some(word) = report.spoken_register {
            (format!("keeps the speaker's spoken \"{}\"", word.slice(text)), Confidence::Low)
        } else {
            continue;
        };
        let (span, replacement) = quoted_version(report, text, open, close);
        let by = match speaker_named(&report.attribution, text, &context.facts.cast) {
            Some(speaker) => format!(" by {speaker}"),
            None => String::new(),
        };
        findings.push(
            Finding::of(RuleId::QuoteUnmarked, span, format!("This speech{by} {reason} but has no quotation marks."))
                .with_confidence(confidence)
                .with_fix(Fix::replace("Put the speech in quotation marks", span, replacement)),
        );
    }
    findings
}

/// The speaker as the message names them: a pronoun by the name it stands for ("by Tom
/// Riddick", not "by he"), or not at all when the draft ties it to no one.
fn speaker_named(attribution: &Attribution, text: &str, cast: &Cast) -> Option<String> {
    match (attribution.kind, attribution.resolved) {
        // By the person's full name, not by the form the nearest mention happens to take
        // (a surname, or a slip of it).
        (SpeakerKind::Pronoun, Some(resolved)) => Some(
            cast.member_covering(resolved)
                .and_then(|member| cast.member(member))
                .map(|member| member.canonical.clone())
                .unwrap_or_else(|| {
                    resolved.slice(text).replace('\0', " ").split_whitespace().collect::<Vec<_>>().join(" ")
                }),
        ),
        (SpeakerKind::Pronoun, None) => None,
        _ => Some(attribution.speaker_in_running_text(text, cast)),
    }
}

/// The finding's span (the speech and the mark after it) and its text with quotation marks
/// around the speech; the comma or final period goes inside the closing mark, as news
/// style has it, and the attribution stays outside.
fn quoted_version(report: &ReportedSpeech, text: &str, open: &str, close: &str) -> (ByteSpan, String) {
    let speech = report.content.slice(text);
    match report.after_content {
        Some(after) if after.start >= report.content.end => {
            let span = ByteSpan::new(report.content.start, after.end);
            let between = &text[report.content.end..after.start];
            (span, format!("{open}{speech}{between}{}{close}", after.slice(text)))
        }
        _ => (report.content, format!("{open}{speech}{close}")),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged};
    use crate::settings::Settings;
    use crate::text::Language;

    const CODE: &str = "quote.unmarked";

    fn messages(code: &str, draft: &str) -> Vec<String> {
        let checked = crate::rules::testing::findings(draft, Language::PlainText, &Settings::default());
        checked.iter().filter(|f| f.code.as_str() == code).map(|f| f.message.clone()).collect()
    }

    #[test]
    fn flags_first_person_speech_without_marks() {
        assert_eq!(flagged(CODE, "We will not back down, the mayor said."), ["We will not back down,"]);
        assert_eq!(
            flagged(CODE, "The White House said Biden and Xi discussed areas where our interests converge."),
            ["Biden and Xi discussed areas where our interests converge."]
        );
        assert_eq!(flagged(CODE, "Your vote counts, according to the commission."), ["Your vote counts,"]);
    }

    #[test]
    fn a_capitalised_our_or_my_inside_a_name_or_a_title_is_no_voice() {
        let none = Vec::<String>::new();
        let fund = "The donor said she would give another $2 million to Build Our Harbour, a citizens' fund.";
        assert_eq!(flagged(CODE, fund), none);
        let book = "Ruiz said she is writing a memoir, The Night Desk: My Years at the Courier.";
        assert_eq!(flagged(CODE, book), none);
        // The sentence's own first word, or a lowercase one, is still the speaker's voice.
        assert_eq!(flagged(CODE, "Our harbour will reopen, the mayor said."), ["Our harbour will reopen,"]);
        assert_eq!(flagged(CODE, "The donor said our harbour fund would grow."), ["our harbour fund would grow."]);
    }

    #[test]
    fn the_fix_quotes_the_speech_and_leaves_the_attribution_outside() {
        assert_eq!(fixed(CODE, "We will not back down, the mayor said."), "\"We will not back down,\" the mayor said.");
        assert_eq!(fixed(CODE, "The mayor said we will not back down."), "The mayor said \"we will not back down.\"");
        assert_eq!(
            fixed(CODE, "“Yes,” he said. The mayor said we will not back down."),
            "“Yes,” he said. The mayor said “we will not back down.”"
        );
        assert_eq!(
            fixed(CODE, "\"We must act,\" Smith said, adding that our city cannot wait."),
            "\"We must act,\" Smith said, adding that \"our city cannot wait.\""
        );
    }

    #[test]
    fn the_fix_quotes_the_speech_not_the_time_phrase_before_it() {
        assert_eq!(
            fixed(CODE, "The mayor said on Friday we will not back down."),
            "The mayor said on Friday \"we will not back down.\""
        );
        assert_eq!(
            fixed(CODE, "The mayor said last week that we will not back down."),
            "The mayor said last week that \"we will not back down.\""
        );
        assert_eq!(
            fixed(CODE, "The mayor said Friday we will not back down."),
            "The mayor said Friday \"we will not back down.\""
        );
        assert_eq!(
            fixed(CODE, "The mayor told reporters on Friday morning that we will not back down."),
            "The mayor told reporters on Friday morning that \"we will not back down.\""
        );
    }

    #[test]
    fn the_message_names_the_speaker_as_the_draft_does() {
        let draft = "The ministry said we will not back down.";
        assert_eq!(
            messages(CODE, draft),
            ["This speech by the ministry speaks in the speaker's own voice (\"we\") but has no quotation marks."]
        );
        let draft = "Officials met. The White House said we will not back down.";
        assert_eq!(
            messages(CODE, draft),
            ["This speech by the White House speaks in the speaker's own voice (\"we\") but has no quotation marks."]
        );
        let draft = "Officials met. Ana Ruiz said we will not back down.";
        assert_eq!(
            messages(CODE, draft),
            ["This speech by Ana Ruiz speaks in the speaker's own voice (\"we\") but has no quotation marks."]
        );
        // A pronoun is named by the person it stands for, never "by he".
        let draft = "Tom Riddick has fished the bay for years. We have heard promises before, he said.";
        assert_eq!(
            messages(CODE, draft),
            ["This speech by Tom Riddick speaks in the speaker's own voice (\"We\") but has no quotation marks."]
        );
        // By the full name, even when the nearest mention is a surname.
        let draft = "Tom Riddick has fished the bay for years. Riddick was angry. We have heard promises before, he told the meeting, and we will not wait.";
        assert_eq!(
            messages(CODE, draft),
            ["This speech by Tom Riddick speaks in the speaker's own voice (\"We\") but has no quotation marks."]
        );
        let draft = "We have heard promises before, he said.";
        assert_eq!(
            messages(CODE, draft),
            ["This speech speaks in the speaker's own voice (\"We\") but has no quotation marks."]
        );
    }

    #[test]
    fn a_writer_who_speaks_in_the_first_person_is_not_quoted_without_marks() {
        // A column: the writer's own "I" and "me" make "told me" the writer's voice.
        let column = "I refuse to answer the survey. Ana Ruiz of the bureau told me that the form was required.";
        assert_eq!(flagged(CODE, column), Vec::<String>::new());
        // The writer's plural ("our first debate") makes a reported "we" ambiguous too.
        let letter = "Our first debate broke the record. Ruiz said we should hold more of them.";
        assert_eq!(flagged(CODE, letter), Vec::<String>::new());
        // A reporter who never speaks in the first person still gets the finding; "the
        // US" is a country, not the writer's "us".
        assert_eq!(
            flagged(CODE, "The US council met on Monday. Ruiz said we should hold more of them."),
            ["we should hold more of them."]
        );
    }

    #[test]
    fn a_bracketed_opening_is_speech_that_lost_its_marks() {
        let draft = "[The plan] will save lives, according to the ministry's statement.";
        assert_eq!(flagged(CODE, draft), ["[The plan] will save lives,"]);
    }

    #[test]
    fn reported_speech_in_the_third_person_and_the_house_voice_stay_quiet() {
        for draft in [
            "The mayor said she would not back down.",
            "Three people died, officials said.",
            "\"We will not back down,\" the mayor said.",
            "The mayor said \"we will not back down\" on Monday.",
            "The mayor told us the bridge would reopen.",
            "Ruiz told our correspondent the bridge would reopen.",
            "I said the bridge would reopen, and we asked why.",
            "Officials said the US would send aid.",
            "He said World War I changed the town.",
            // The writer listens: "me" in the speech is the writer.
            "Lena Ortiz of Elm College suggested to me that the harbour workers were harder to replace than I thought.",
            "Three aides told me they believed the mayor wanted the job, which she denied to me on Friday.",
            // A generic "you" deep in the speech.
            "The mayor notes that the right to protest comes with the limit that you cannot block the bridge.",
            // The writer quoted the words that were said and paraphrased the rest.
            "Ruiz said the rule was \"new\" and we should \"hold everyone to it.\"",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
