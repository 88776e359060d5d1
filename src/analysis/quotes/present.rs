//! What an editor sees of the quotations: hover text and the outline (quotations under
//! their speakers).

use super::super::Facts;
use super::super::outline::{OutlineItem, OutlineKind};
use super::{Attribution, Link, Quote, QuoteForm, Quotes, SpeakerKind};
use crate::text::ByteSpan;
use crate::text::lines::LineIndex;

const EXCERPT_CHARS: usize = 60;

/// Text of a span with masked bytes and runs of whitespace collapsed, cut to `limit` chars.
fn excerpt(draft: &str, span: ByteSpan, limit: usize) -> String {
    let collapsed = span.slice(draft).replace('\0', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= limit {
        return collapsed;
    }
    let cut: String = collapsed.chars().take(limit).collect();
    format!("{}…", cut.trim_end())
}

/// The name the speaker goes by: the resolved mention, else the speaker as written.
fn speaker_name(draft: &str, attribution: &Attribution) -> String {
    excerpt(draft, attribution.resolved.unwrap_or(attribution.speaker), EXCERPT_CHARS)
}

/// Where the speaker is first introduced: the first place the draft writes the resolved
/// name (or the speaker as written).
fn introduction(draft: &str, attribution: &Attribution) -> ByteSpan {
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

pub fn describe_at(quotes: &Quotes, draft: &str, offset: usize, facts: &Facts) -> Option<(ByteSpan, String)> {
    let quote = quotes.quote_at(offset)?;
    let outer = if quote.depth > 0 { quotes.enclosing(quote) } else { None };
    let mut lines =
        vec![format!("**{}**: “{}”", capitalise(form_name(quote.form)), excerpt(draft, quote.content, EXCERPT_CHARS))];
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
    let written = excerpt(draft, attribution.speaker, EXCERPT_CHARS);
    let mut said_by = format!("**Said by:** {written} ({})", attribution.kind.describe());
    if let Some(resolved) = attribution.resolved {
        said_by.push_str(&format!(", that is **{}**", excerpt(draft, resolved, EXCERPT_CHARS)));
    }
    lines.push(said_by);
    // The names analysis knows the member behind the speaker's mention, if it found one.
    let anchor = attribution.resolved.unwrap_or(attribution.speaker);
    if facts.cast.member_at(anchor.start).is_some()
        && let Some((_, member)) = facts.cast.describe_at(draft, anchor.start, facts)
        && let Some(first_line) = member.lines().find(|line| !line.trim().is_empty())
    {
        lines.push(format!("**Member:** {}", first_line.trim()));
    }
    lines.push(format!(
        "**Cue:** “{}”, {}",
        excerpt(draft, attribution.cue, EXCERPT_CHARS),
        link_name(attribution.link)
    ));
    let introduced = introduction(draft, attribution);
    lines.push(format!(
        "**Speaker introduced:** line {}: “{}”",
        LineIndex::new(draft).line_number(introduced.start),
        excerpt(draft, introduced, EXCERPT_CHARS)
    ));
    lines
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// The key that gathers a speaker's quotations: the resolved or written name, folded.
fn speaker_key(draft: &str, attribution: &Attribution) -> String {
    speaker_name(draft, attribution).to_lowercase()
}

pub fn outline(quotes: &Quotes, draft: &str, _facts: &Facts) -> Vec<OutlineItem> {
    let mut groups: Vec<(String, OutlineItem)> = Vec::new();
    for quote in quotes.quotes.iter().filter(|q| q.depth == 0) {
        let child = OutlineItem {
            name: format!("“{}”", excerpt(draft, quote.content, EXCERPT_CHARS)),
            detail: quote.attribution.as_ref().map(|a| excerpt(draft, a.cue, EXCERPT_CHARS)),
            kind: OutlineKind::Quotation,
            span: quote.span,
            selection: quote.open_mark,
            children: Vec::new(),
        };
        let (key, name, kind, selection) = match &quote.attribution {
            Some(attribution) => {
                let kind = match attribution.kind {
                    SpeakerKind::Named | SpeakerKind::Pronoun => OutlineKind::Person,
                    SpeakerKind::Role | SpeakerKind::Anonymous => OutlineKind::Group,
                };
                (speaker_key(draft, attribution), speaker_name(draft, attribution), kind, attribution.speaker)
            }
            None => (String::new(), "(no speaker)".to_string(), OutlineKind::Group, quote.open_mark),
        };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, group)) => {
                group.span = group.span.cover(child.span);
                group.children.push(child);
            }
            None => {
                let span = child.span.cover(selection);
                groups.push((
                    key,
                    OutlineItem {
                        name,
                        detail: Some("quoted".to_string()),
                        kind,
                        span,
                        selection,
                        children: vec![child],
                    },
                ));
            }
        }
    }
    groups
        .into_iter()
        .map(|(_, mut group)| {
            let count = group.children.len();
            group.detail = Some(if count == 1 { "1 quotation".to_string() } else { format!("{count} quotations") });
            group
        })
        .collect()
}
