//! The outline of a draft (document symbols, without LSP types): cast members with their
//! mentions, then quotations under their speakers.

use crate::analysis::Facts;
use crate::analysis::cast::{Cast, Member, MemberKind};
use crate::analysis::quotes::{Attribution, Quote, QuoteForm, Quotes, SpeakerKind};
use crate::ide::quotation::excerpt;
use crate::text::ByteSpan;
use crate::text::lines::LineIndex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutlineKind {
    Person,
    Organisation,
    Place,
    Member,
    Mention,
    Quotation,
    /// Words in quotation marks nobody is said to speak: a title ("The Crown") or a term
    /// held at a distance ("so-called "safe zone"").
    QuotedTerm,
    Group,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineItem {
    pub name: String,
    pub detail: Option<String>,
    pub kind: OutlineKind,
    /// The whole extent of the item.
    pub span: ByteSpan,
    /// The part to select when the item is picked (a name, a quotation's opening).
    pub selection: ByteSpan,
    pub children: Vec<OutlineItem>,
}

/// The outline: the cast's members, then the quotations grouped by speaker, then the
/// quoted terms and titles.
pub fn outline(draft: &str, facts: &Facts) -> Vec<OutlineItem> {
    let mut items = cast_items(&facts.cast, draft);
    items.extend(quotation_items(&facts.quotes, &facts.cast, draft));
    items.extend(quoted_terms(&facts.quotes, draft));
    items
}

/// A quotation of this many words or fewer that nobody is said to speak is a term held at
/// a distance ("sex tape", "carried interest"), not speech whose speaker is missing.
const TERM_WORDS: usize = 3;

/// Whether a top-level quotation is speech: attributed, a sentence of speech whose speaker
/// is missing (`quote.unattributed`), or more words of speech than a term. A title, or a
/// term in quotation marks that nobody is said to speak, is a quoted term.
pub(crate) fn is_speech(quote: &Quote, draft: &str) -> bool {
    quote.attribution.is_some()
        || quote.form == QuoteForm::Full
        || (quote.form == QuoteForm::Partial && quote.content.slice(draft).split_whitespace().nth(TERM_WORDS).is_some())
}

/// One group of the quoted terms and titles, in order, if there are any.
fn quoted_terms(quotes: &Quotes, draft: &str) -> Option<OutlineItem> {
    let children: Vec<OutlineItem> = quotes
        .quotes
        .iter()
        .filter(|q| q.depth == 0 && !is_speech(q, draft))
        .map(|quote| OutlineItem { kind: OutlineKind::QuotedTerm, detail: None, ..quotation_item(quote, draft) })
        .collect();
    let span = children.first()?.span.cover(children.last()?.span);
    let count = children.len();
    Some(OutlineItem {
        name: "(quoted terms and titles)".to_string(),
        detail: Some(if count == 1 { "1 term".to_string() } else { format!("{count} terms") }),
        kind: OutlineKind::Group,
        span,
        selection: children[0].selection,
        children,
    })
}

/// People, organisations and places in order of first mention, each with its mentions.
fn cast_items(cast: &Cast, draft: &str) -> Vec<OutlineItem> {
    let lines = LineIndex::new(draft);
    let mut items: Vec<(usize, OutlineItem)> =
        cast.members.iter().filter_map(|member| member_item(cast, member, draft, &lines)).collect();
    items.sort_by_key(|(start, _)| *start);
    items.into_iter().map(|(_, item)| item).collect()
}

/// A member's item, spanning its first to its last mention, with where its first mention
/// starts; none for a name of unknown kind or a member never mentioned.
fn member_item(cast: &Cast, member: &Member, draft: &str, lines: &LineIndex) -> Option<(usize, OutlineItem)> {
    let kind = match member.kind {
        MemberKind::Person => OutlineKind::Person,
        MemberKind::Organisation => OutlineKind::Organisation,
        MemberKind::Place => OutlineKind::Place,
        MemberKind::Group | MemberKind::Event | MemberKind::Work | MemberKind::Other => return None,
    };
    let first = &cast.mentions[*member.mentions.first()?];
    let children: Vec<OutlineItem> = member
        .mentions
        .iter()
        .map(|&m| {
            let mention = &cast.mentions[m];
            OutlineItem {
                name: mention.span.slice(draft).to_string(),
                detail: Some(format!("line {}", lines.line_number(mention.span.start))),
                kind: OutlineKind::Mention,
                span: mention.span,
                selection: mention.name,
                children: Vec::new(),
            }
        })
        .collect();
    let last = member.mentions.last().map_or(first.span, |&m| cast.mentions[m].span);
    let detail = std::iter::once(member.kind.as_str().to_string())
        .chain(member.descriptors.first().cloned())
        .collect::<Vec<_>>()
        .join(" · ");
    let item = OutlineItem {
        name: member.canonical.clone(),
        detail: Some(detail),
        kind,
        span: first.span.cover(last),
        selection: first.name,
        children,
    };
    Some((first.span.start, item))
}

/// One group per speaker in order of first quotation, its outermost quotations under it.
fn quotation_items(quotes: &Quotes, cast: &Cast, draft: &str) -> Vec<OutlineItem> {
    let mut groups: Vec<(String, OutlineItem)> = Vec::new();
    for quote in quotes.quotes.iter().filter(|q| q.depth == 0 && is_speech(q, draft)) {
        let child = quotation_item(quote, draft);
        let key = quote.attribution.as_ref().map_or_else(String::new, |a| speaker_key(draft, a, cast));
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, group)) => {
                group.span = group.span.cover(child.span);
                group.children.push(child);
            }
            None => groups.push((key, speaker_group(quote, cast, draft, child))),
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

fn quotation_item(quote: &Quote, draft: &str) -> OutlineItem {
    OutlineItem {
        name: format!("“{}”", excerpt(draft, quote.content)),
        detail: quote.attribution.as_ref().map(|a| excerpt(draft, a.cue)),
        kind: OutlineKind::Quotation,
        span: quote.span,
        selection: quote.open_mark,
        children: Vec::new(),
    }
}

/// The group a speaker's first quotation opens, selecting the speaker as written.
fn speaker_group(quote: &Quote, cast: &Cast, draft: &str, first: OutlineItem) -> OutlineItem {
    let (name, kind, selection) = match &quote.attribution {
        Some(attribution) => {
            let kind = match attribution.kind {
                SpeakerKind::Named | SpeakerKind::Pronoun => OutlineKind::Person,
                SpeakerKind::Role | SpeakerKind::Anonymous => OutlineKind::Group,
            };
            (speaker_name(draft, attribution, cast), kind, attribution.speaker)
        }
        None => ("(no speaker)".to_string(), OutlineKind::Group, quote.open_mark),
    };
    OutlineItem {
        name,
        detail: Some("quoted".to_string()),
        kind,
        span: first.span.cover(selection),
        selection,
        children: vec![first],
    }
}

/// The name the speaker goes by: the resolved mention, else the speaker as written.
fn speaker_name(draft: &str, attribution: &Attribution, cast: &Cast) -> String {
    match attribution.resolved {
        Some(resolved) => excerpt(draft, resolved),
        None => attribution.speaker_in_running_text(draft, cast),
    }
}

/// The key that gathers a speaker's quotations: the cast member, else the resolved or
/// written name, folded.
fn speaker_key(draft: &str, attribution: &Attribution, cast: &Cast) -> String {
    match attribution.member {
        Some(member) => format!("member {}", member.index()),
        None => speaker_name(draft, attribution, cast).to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::check_draft;
    use crate::settings::Settings;
    use crate::text::Language;

    fn outline_of(draft: &str) -> Vec<OutlineItem> {
        outline(draft, &check_draft(draft, Language::PlainText, &Settings::default()).facts)
    }

    #[test]
    fn cast_items_list_kinds_with_mentions() {
        let draft = "John Thornton, chairman of Barrick Gold Corp., met officials in Beijing. Thornton said Barrick Gold Corp. would stay.";
        let items = cast_items(&check_draft(draft, Language::PlainText, &Settings::default()).facts.cast, draft);
        let names: Vec<(&str, OutlineKind, usize)> =
            items.iter().map(|i| (i.name.as_str(), i.kind, i.children.len())).collect();
        assert_eq!(
            names,
            [
                ("John Thornton", OutlineKind::Person, 2),
                ("Barrick Gold Corp.", OutlineKind::Organisation, 2),
                ("Beijing", OutlineKind::Place, 1)
            ]
        );
    }

    #[test]
    fn titles_and_scare_quotes_are_quoted_terms_not_speech() {
        let items = outline_of(
            "Mayor Ana Ruiz watched \"The Crown\" on Sunday. The so-called \"safe zone\" was empty. \"We will rebuild,\" Ruiz said.\n\nThe river rose.\n\n\"Nobody saw the water coming over the wall.\"",
        );
        let groups: Vec<(&str, Vec<(&str, OutlineKind)>)> = items
            .iter()
            .filter(|item| {
                item.kind == OutlineKind::Group || item.children.iter().any(|c| c.kind == OutlineKind::Quotation)
            })
            .map(|item| (item.name.as_str(), item.children.iter().map(|c| (c.name.as_str(), c.kind)).collect()))
            .collect();
        assert_eq!(
            groups,
            [
                ("Mayor Ana Ruiz", vec![("“We will rebuild,”", OutlineKind::Quotation)]),
                ("(no speaker)", vec![("“Nobody saw the water coming over the wall.”", OutlineKind::Quotation)]),
                (
                    "(quoted terms and titles)",
                    vec![("“The Crown”", OutlineKind::QuotedTerm), ("“safe zone”", OutlineKind::QuotedTerm)]
                ),
            ]
        );
    }

    #[test]
    fn quotations_group_under_their_speaker_after_the_cast() {
        let draft = "Mayor Ana Ruiz toured the pier. \"We will rebuild it,\" she said. \"It will take a year,\" Ruiz added.\n\n\"The money is there,\" said Tom Baker, a county spokesman.\n\nThe word \"rebuild\" is on every sign.";
        let items = outline_of(draft);
        let groups: Vec<(&str, OutlineKind, Option<&str>, usize)> = items
            .iter()
            .filter(|item| item.children.iter().all(|child| child.kind == OutlineKind::Quotation))
            .map(|item| (item.name.as_str(), item.kind, item.detail.as_deref(), item.children.len()))
            .collect();
        assert_eq!(
            groups,
            [
                ("Mayor Ana Ruiz", OutlineKind::Person, Some("2 quotations"), 2),
                ("Tom Baker", OutlineKind::Person, Some("1 quotation"), 1),
            ]
        );
        // "The word "rebuild"": a quoted term, not speech.
        let terms = items.iter().find(|item| item.name == "(quoted terms and titles)").expect("the terms");
        assert_eq!(terms.children.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["“rebuild”"]);
        assert_eq!(items[0].name, "Ana Ruiz");
        let ruiz = items.iter().rfind(|item| item.name == "Mayor Ana Ruiz").expect("Ruiz's quotations");
        let quotation = &ruiz.children[1];
        assert_eq!((quotation.name.as_str(), quotation.detail.as_deref()), ("“It will take a year,”", Some("added")));
    }

    /// Awkward fragments in every order (marks at edges, cues with nothing around them,
    /// masked Markdown): the outline never panics and every item is a real slice.
    #[test]
    fn odd_input_never_panics() {
        for draft in crate::analysis::quotes::odd_drafts() {
            for language in [Language::PlainText, Language::Markdown] {
                let checked = check_draft(&draft, language, &Settings::default());
                for item in outline(&draft, &checked.facts) {
                    assert!(draft.get(item.span.range()).is_some(), "{draft:?}");
                    assert!(item.children.iter().all(|child| draft.get(child.span.range()).is_some()), "{draft:?}");
                }
            }
        }
    }
}
