//! Speakers inline: after each quotation's closing mark, who said it as the cast knows
//! them ("Ruiz", "unnamed official", "no speaker"), in byte offsets and plain data. The
//! server turns these into LSP inlay hints (`lsp::inlay`), the web page into widgets.

use crate::analysis::Facts;
use crate::analysis::cast::{MemberId, MemberKind};
use crate::analysis::quotes::{Attribution, Quote, SpeakerKind};
use crate::engine::Checked;
use crate::text::ByteSpan;

/// One speaker hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerHint {
    /// Where the hint goes: right after the quotation's closing mark.
    pub offset: usize,
    /// The speaker as the cast knows them: "Ruiz", "unnamed official", "no speaker".
    pub label: String,
    /// Markdown shown when the hint is hovered: the member, or what is known of the speaker.
    pub tooltip: String,
    /// The cast member's introduction (its first full mention), where clicking the hint
    /// leads; `None` for a speaker outside the cast.
    pub introduction: Option<ByteSpan>,
}

/// The speaker hints of a draft in document order: one per quotation of speech (attributed,
/// or a sentence or more whose speaker is missing) that is closed. Titles and terms in
/// quotation marks ("The Crown", "safe zone") get none: nobody speaks them.
pub fn speaker_hints(checked: &Checked, draft: &str) -> Vec<SpeakerHint> {
    speaker_hints_in(checked, draft, ByteSpan::new(0, draft.len()))
}

/// The speaker hints whose offset lies in `range` (ends included). A member's description
/// is written once however many of its quotations are in range.
pub fn speaker_hints_in(checked: &Checked, draft: &str, range: ByteSpan) -> Vec<SpeakerHint> {
    let facts = &checked.facts;
    let mut described: Vec<Described> = Vec::new();
    speeches(checked, draft)
        .filter(|quote| quote.close_mark.is_some_and(|mark| range.start <= mark.end && mark.end <= range.end))
        .filter_map(|quote| hint(quote, draft, facts, &mut described))
        .collect()
}

/// What the hints say, without describing anyone: a client is told to refresh when this
/// changes (a speaker changed, or a quotation gained or lost one), not when text moves.
pub fn fingerprint(checked: &Checked, draft: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for quote in speeches(checked, draft).filter(|quote| quote.close_mark.is_some()) {
        label(quote, draft, &checked.facts).hash(&mut hasher);
    }
    hasher.finish()
}

/// The top-level quotations of speech, in document order.
fn speeches<'c>(checked: &'c Checked, draft: &'c str) -> impl Iterator<Item = &'c Quote> {
    (checked.facts.quotes.quotes.iter())
        .filter(move |quote| quote.depth == 0 && super::outline::is_speech(quote, draft))
}

/// A member already described for this request: its introduction and description.
type Described = (MemberId, Option<ByteSpan>, String);

/// The label of a quotation's hint, and the cast member it names, if any.
fn label(quote: &Quote, draft: &str, facts: &Facts) -> (String, Option<MemberId>) {
    let Some(attribution) = &quote.attribution else { return ("no speaker".to_string(), None) };
    let cast = &facts.cast;
    if let Some(member_id) = attribution.member
        && let Some(member) = cast.member(member_id)
    {
        let label = match member.kind {
            MemberKind::Person => member.surname.clone().unwrap_or_else(|| member.canonical.clone()),
            _ => member.canonical.clone(),
        };
        return (label, Some(member_id));
    }
    let written = attribution.speaker_in_running_text(draft, cast);
    let label = match attribution.kind {
        SpeakerKind::Anonymous => format!("unnamed {}", without_article(&written)),
        _ => written,
    };
    (if label.trim().is_empty() { "unknown speaker".to_string() } else { label }, None)
}

fn hint(quote: &Quote, draft: &str, facts: &Facts, described: &mut Vec<Described>) -> Option<SpeakerHint> {
    let offset = quote.close_mark?.end;
    let (label, member) = label(quote, draft, facts);
    let Some(attribution) = &quote.attribution else {
        let tooltip = "**No speaker found** for this quotation: who said it?".to_string();
        return Some(SpeakerHint { offset, label, tooltip, introduction: None });
    };
    let cast = &facts.cast;
    if let Some(member_id) = member {
        if let Some((_, introduction, tooltip)) = described.iter().find(|(known, _, _)| *known == member_id) {
            return Some(SpeakerHint { offset, label, tooltip: tooltip.clone(), introduction: *introduction });
        }
        let introduction = cast.introduction(member_id);
        let canonical = cast.member(member_id).map(|member| member.canonical.as_str()).unwrap_or_default();
        let tooltip = introduction
            .and_then(|intro| crate::ide::who_is_who::member_at(cast, draft, intro.start, facts))
            .map_or_else(|| format!("**{canonical}**"), |(_, text)| text);
        described.push((member_id, introduction, tooltip.clone()));
        return Some(SpeakerHint { offset, label, tooltip, introduction });
    }
    let written = attribution.speaker_in_running_text(draft, cast);
    let what = match attribution.kind {
        SpeakerKind::Anonymous => "an unnamed source",
        SpeakerKind::Role => "a described role the draft does not name",
        SpeakerKind::Pronoun => "a pronoun the draft does not tie to anyone it names",
        SpeakerKind::Named => "a name outside the cast",
    };
    let tooltip = tooltip_outside_cast(attribution, &written, what, draft);
    Some(SpeakerHint { offset, label, tooltip, introduction: None })
}

fn tooltip_outside_cast(attribution: &Attribution, written: &str, what: &str, draft: &str) -> String {
    let cue = crate::ide::quotation::excerpt(draft, attribution.cue);
    format!("**Said by:** {written} ({what})\n\n**Cue:** “{cue}”")
}

/// "an official" -> "official", "the sources" -> "sources"; anything else unchanged.
fn without_article(text: &str) -> &str {
    for article in ["a ", "an ", "the ", "A ", "An ", "The "] {
        if let Some(rest) = text.strip_prefix(article) {
            return rest;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::check_draft;
    use crate::settings::Settings;
    use crate::text::Language;

    fn hints_of(draft: &str) -> Vec<(String, String)> {
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        speaker_hints(&checked, draft)
            .into_iter()
            .map(|hint| (draft[..hint.offset].chars().rev().take(6).collect::<String>(), hint.label))
            .map(|(before, label)| (before.chars().rev().collect(), label))
            .collect()
    }

    #[test]
    fn each_quotation_of_speech_gets_its_speaker_after_the_closing_mark() {
        let draft = "Mayor Ana Ruiz toured the pier. \"We will rebuild it,\" Ruiz said.\n\n\"The money is not there yet,\" an official said.\n\nThe river rose. \"Nobody saw the water coming over the wall.\"\n\nShe watched \"The Crown\" on Sunday.";
        assert_eq!(
            hints_of(draft),
            [
                ("d it,\"".to_string(), "Ruiz".to_string()),
                (" yet,\"".to_string(), "unnamed official".to_string()),
                ("wall.\"".to_string(), "no speaker".to_string()),
            ]
        );
    }

    #[test]
    fn a_member_hint_leads_to_the_introduction_and_describes_the_member() {
        let draft = "Mayor Ana Ruiz toured the pier. \"We will rebuild it,\" she said.";
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        let hints = speaker_hints(&checked, draft);
        assert_eq!(hints.len(), 1);
        let hint = &hints[0];
        assert_eq!(hint.label, "Ruiz");
        assert_eq!(hint.introduction.map(|span| span.slice(draft)), Some("Ana Ruiz"));
        assert!(hint.tooltip.starts_with("**Ana Ruiz** · person"), "{}", hint.tooltip);
        assert_eq!(&draft[hint.offset - 1..hint.offset], "\"");
    }

    #[test]
    fn a_range_keeps_its_hints_and_the_fingerprint_follows_the_speakers_not_the_offsets() {
        let draft = "Mayor Ana Ruiz spoke. \"We will rebuild it,\" Ruiz said.\n\n\"It will take a year,\" Ruiz added.";
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        let second_paragraph = ByteSpan::new(draft.find("\n\n").unwrap(), draft.len());
        let hints = speaker_hints_in(&checked, draft, second_paragraph);
        assert_eq!(hints.iter().map(|hint| hint.label.as_str()).collect::<Vec<_>>(), ["Ruiz"]);
        assert_eq!(hints[0], speaker_hints(&checked, draft)[1]);
        let moved = format!("Intro.\n\n{draft}");
        let moved_checked = check_draft(&moved, Language::PlainText, &Settings::default());
        assert_eq!(fingerprint(&checked, draft), fingerprint(&moved_checked, &moved));
        let other = draft.replace("Ruiz added", "an aide added");
        let other_checked = check_draft(&other, Language::PlainText, &Settings::default());
        assert_ne!(fingerprint(&checked, draft), fingerprint(&other_checked, &other));
    }

    #[test]
    fn odd_input_never_panics_and_hints_sit_on_char_boundaries() {
        for draft in crate::analysis::quotes::odd_drafts() {
            for language in [Language::PlainText, Language::Markdown] {
                let checked = check_draft(&draft, language, &Settings::default());
                for hint in speaker_hints(&checked, &draft) {
                    assert!(draft.is_char_boundary(hint.offset) && !hint.label.is_empty(), "{draft:?}");
                }
            }
        }
    }
}
