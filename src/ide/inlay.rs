//! Speakers inline: after each quotation's closing mark, who said it as the cast knows
//! them ("Ruiz", "unnamed official", "no speaker"), in byte offsets and plain data. The
//! server turns these into LSP inlay hints (`lsp::inlay`), the web page into widgets.

use crate::analysis::Facts;
use crate::analysis::cast::MemberKind;
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
    let facts = &checked.facts;
    (facts.quotes.quotes.iter())
        .filter(|quote| quote.depth == 0 && super::outline::is_speech(quote, draft))
        .filter_map(|quote| hint(quote, draft, facts))
        .collect()
}

/// The labels of `hints` alone, in order: what a client must be told to refresh for.
pub fn fingerprint(hints: &[SpeakerHint]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for hint in hints {
        hint.label.hash(&mut hasher);
        hint.tooltip.hash(&mut hasher);
    }
    hasher.finish()
}

fn hint(quote: &Quote, draft: &str, facts: &Facts) -> Option<SpeakerHint> {
    let offset = quote.close_mark?.end;
    let Some(attribution) = &quote.attribution else {
        return Some(SpeakerHint {
            offset,
            label: "no speaker".to_string(),
            tooltip: "**No speaker found** for this quotation: who said it?".to_string(),
            introduction: None,
        });
    };
    let cast = &facts.cast;
    if let Some(member_id) = attribution.member
        && let Some(member) = cast.member(member_id)
    {
        let label = match member.kind {
            MemberKind::Person => member.surname.clone().unwrap_or_else(|| member.canonical.clone()),
            _ => member.canonical.clone(),
        };
        let introduction = cast.introduction(member_id);
        let tooltip = introduction
            .and_then(|intro| cast.describe_at(draft, intro.start, facts))
            .map_or_else(|| format!("**{}**", member.canonical), |(_, text)| text);
        return Some(SpeakerHint { offset, label, tooltip, introduction });
    }
    let written = attribution.speaker_in_running_text(draft, cast);
    let (label, what) = match attribution.kind {
        SpeakerKind::Anonymous => (format!("unnamed {}", without_article(&written)), "an unnamed source"),
        SpeakerKind::Role => (written.clone(), "a described role the draft does not name"),
        SpeakerKind::Pronoun => (written.clone(), "a pronoun the draft does not tie to anyone it names"),
        SpeakerKind::Named => (written.clone(), "a name outside the cast"),
    };
    let label = if label.trim().is_empty() { "unknown speaker".to_string() } else { label };
    Some(SpeakerHint {
        offset,
        tooltip: tooltip_outside_cast(attribution, &written, what, draft),
        label,
        introduction: None,
    })
}

fn tooltip_outside_cast(attribution: &Attribution, written: &str, what: &str, draft: &str) -> String {
    let cue = crate::analysis::quotes::excerpt(draft, attribution.cue);
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
