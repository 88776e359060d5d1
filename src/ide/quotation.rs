//! What an editor sees of a quotation on hover: its form, its speaker, the cue and where the
//! speaker was introduced.

use crate::analysis::Facts;
use crate::analysis::quotes::{Attribution, Link, Quote, QuoteForm, Quotes, SpeakerKind};
use crate::text::ByteSpan;
use crate::text::lines::LineIndex;

const EXCERPT_CHARS: usize = 60;

/// Text of a span with masked bytes and runs of whitespace collapsed, cut to
/// `EXCERPT_CHARS` characters: how the hover and the outline show a quotation, a cue or a
/// speaker.
pub fn excerpt(draft: &str, span: ByteSpan) -> String {
    let collapsed = span.slice(draft).replace('\0', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= EXCERPT_CHARS {
        return collapsed;
    }
    let cut: String = collapsed.chars().take(EXCERPT_CHARS).collect();
    format!("{}…", cut.trim_end())
}

/// Where the speaker is first introduced: the cast member's first full mention (else its
/// first mention), or for a speaker outside the cast the first place the draft writes it.
fn introduction(draft: &str, attribution: &Attribution, facts: &Facts) -> ByteSpan {
    let member = attribution.member.and_then(|member| facts.cast.member(member));
    let first = member.and_then(|m| m.first_full.or_else(|| m.mentions.first().copied()));
    if let Some(mention) = first.and_then(|first| facts.cast.mention(first)) {
        return mention.span;
    }
    let anchor = attribution.resolved.unwrap_or(attribution.speaker);
    let name = anchor.slice(draft);
    if name.trim().is_empty() || attribution.kind == SpeakerKind::Pronoun && attribution.resolved.is_none() {
        return anchor;
    }
    draft.find(name).map_or(anchor, |start| ByteSpan::new(start, start + name.len()))
}

fn form_name(form: QuoteForm) -> &'static str {
    match form {
        QuoteForm::Full => "quotation",
        QuoteForm::Partial => "partial quotation",
        QuoteForm::Title => "title or name in quotation marks",
    }
}

fn link_name(link: Link) -> &'static str {
    match link {
        Link::SameSentence => "in the same sentence",
        Link::AdjacentSentence => "in the adjacent sentence",
        Link::ContinuedSpeaker => "continues the speaker of the previous paragraph",
        Link::CreditLine => "credit line after the quotation",
    }
}

pub fn quotation_at(quotes: &Quotes, draft: &str, offset: usize, facts: &Facts) -> Option<(ByteSpan, String)> {
    let quote = quotes.quote_at(offset)?;
    let outer = if quote.depth > 0 { quotes.enclosing(quote) } else { None };
    let mut lines = vec![format!("**{}**: “{}”", capitalise(form_name(quote.form)), excerpt(draft, quote.content))];
    if let Some(outer) = outer {
        lines.push("Quoted inside another quotation; its speaker is quoting someone else.".to_string());
        lines.extend(attribution_lines(draft, outer, facts));
    } else {
        lines.extend(attribution_lines(draft, quote, facts));
    }
    if quote.close_mark.is_none() {
        lines.push("This quotation is never closed.".to_string());
    }
    Some((quote.span, lines.join("\n\n")))
}

fn attribution_lines(draft: &str, quote: &Quote, facts: &Facts) -> Vec<String> {
    let Some(attribution) = &quote.attribution else {
        return vec![match quote.form {
            QuoteForm::Full => "**No speaker found**: who said it?".to_string(),
            _ => "No speaker found (a partial quotation or a title need not have one).".to_string(),
        }];
    };
    let mut lines = Vec::new();
    // A pronoun is shown as the draft writes it ("She continued, …"), so the reader finds
    // the very word the quotation is credited to; other speakers read as running text.
    let written = match attribution.kind {
        SpeakerKind::Pronoun => excerpt(draft, attribution.speaker),
        _ => attribution.speaker_in_running_text(draft, &facts.cast),
    };
    let mut said_by = format!("**Said by:** {written} ({})", attribution.kind.describe());
    if let Some(resolved) = attribution.resolved {
        said_by.push_str(&format!(", that is **{}**", excerpt(draft, resolved)));
    }
    lines.push(said_by);
    // The cast member the quotation is attributed to, as the cast describes them.
    let first_mention = attribution
        .member
        .and_then(|member| facts.cast.member(member))
        .and_then(|member| member.mentions.first())
        .and_then(|&mention| facts.cast.mention(mention));
    if let Some(mention) = first_mention
        && let Some((_, member)) = super::who_is_who::member_at(&facts.cast, draft, mention.span.start, facts)
        && let Some(first_line) = member.lines().find(|line| !line.trim().is_empty())
    {
        lines.push(format!("**Member:** {}", first_line.trim()));
    }
    lines.push(format!("**Cue:** “{}”, {}", excerpt(draft, attribution.cue), link_name(attribution.link)));
    let introduced = introduction(draft, attribution, facts);
    lines.push(format!(
        "**Speaker introduced:** line {}: “{}”",
        LineIndex::new(draft).line_number(introduced.start),
        excerpt(draft, introduced)
    ));
    lines
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::cast::MemberId;
    use crate::engine::check_draft;
    use crate::settings::Settings;
    use crate::text::Language;

    /// Every combination of awkward fragments: marks at edges, brackets, cues with nothing
    /// around them, masked Markdown. Nothing may panic and every span must be a real slice.
    #[test]
    fn odd_input_never_panics() {
        for draft in crate::analysis::quotes::odd_drafts() {
            for language in [Language::PlainText, Language::Markdown] {
                let checked = check_draft(&draft, language, &Settings::default());
                for quote in &checked.facts.quotes.quotes {
                    assert!(
                        draft.get(quote.span.range()).is_some() && draft.get(quote.content.range()).is_some(),
                        "{draft:?}"
                    );
                    let _ = quotation_at(&checked.facts.quotes, &draft, quote.span.start, &checked.facts);
                }
                for finding in checked.findings.iter().filter(|f| f.family() == crate::vocabulary::Family::Quote) {
                    assert!(draft.get(finding.span.range()).is_some(), "{draft:?}");
                    for fix in &finding.fixes {
                        assert!(
                            fix.edits
                                .iter()
                                .all(|e| finding.span.start <= e.span.start && e.span.end <= finding.span.end)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn quotations_carry_the_cast_member_they_are_attributed_to() {
        let draft = "Mayor Ana Ruiz toured the pier on Monday. \"We will rebuild it,\" she said. \"It will take a year,\" Ruiz added.\n\n\"The money is there,\" said Tom Baker, a county spokesman. \"It is over,\" a senior official said.";
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        let cast = &checked.facts.cast;
        let members: Vec<Option<&str>> = checked
            .facts
            .quotes
            .quotes
            .iter()
            .map(|q| q.attribution.as_ref().and_then(|a| a.member).map(|m| cast.members[m].canonical.as_str()))
            .collect();
        assert_eq!(members, [Some("Ana Ruiz"), Some("Ana Ruiz"), Some("Tom Baker"), None]);
        let ruiz = cast.members.iter().find(|m| m.canonical == "Ana Ruiz").expect("Ana Ruiz in the cast");
        assert_eq!(ruiz.quotations, [0, 1]);
        let ruiz_id = cast.members.iter().position(|m| m.canonical == "Ana Ruiz").map(MemberId::new);
        let by_ruiz: Vec<usize> =
            checked.facts.quotes.by_member().filter(|(m, _)| Some(*m) == ruiz_id).map(|(_, q)| q).collect();
        assert_eq!(by_ruiz, [0, 1]);
        // Hover on "It will take a year": said by Ruiz, introduced as the member was.
        let offset = draft.find("It will").expect("quotation");
        let (_, hover) = quotation_at(&checked.facts.quotes, draft, offset, &checked.facts).expect("hover");
        assert!(hover.contains("**Said by:** Ruiz (named), that is **Mayor Ana Ruiz**"), "{hover}");
        assert!(hover.contains("**Speaker introduced:** line 1: “Mayor Ana Ruiz”"), "{hover}");
    }
}
