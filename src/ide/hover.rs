//! Hover: the explanation of a place in a draft, without LSP types: who the member named
//! there is, who said the quotation there, and what any finding there means.

use std::path::Path;

use crate::engine::Checked;
use crate::newsroom::{MAX_POINTERS, Memory};
use crate::rules::rule_by_code;
use crate::text::ByteSpan;
use crate::text::lines::LineIndex;

/// Markdown sections explaining `offset`, and the span they are about.
pub fn hover_at(checked: &Checked, draft: &str, offset: usize) -> Option<(ByteSpan, String)> {
    hover_with_memory(checked, draft, offset, None)
}

/// `hover_at`, and for a member, the other stories of the newsroom's memory that name
/// them (`memory`: the memory and the draft's own path, never listed).
pub fn hover_with_memory(
    checked: &Checked,
    draft: &str,
    offset: usize,
    memory: Option<MemoryView>,
) -> Option<(ByteSpan, String)> {
    let facts = &checked.facts;
    let mut sections: Vec<String> = Vec::new();
    let mut span: Option<ByteSpan> = None;
    let mut add = |section: Option<(ByteSpan, String)>| {
        if let Some((section_span, text)) = section {
            span = Some(
                span.map_or(section_span, |s: ByteSpan| if s.len() <= section_span.len() { s } else { section_span }),
            );
            sections.push(text);
        }
    };
    add(super::who_is_who::member_at(&facts.cast, draft, offset, facts));
    add(stated_facts_at(checked, draft, offset));
    if let Some(memory) = memory {
        add(other_stories_at(checked, offset, memory));
    }
    add(super::quotation::quotation_at(&facts.quotes, draft, offset, facts));
    for finding in
        checked.findings.iter().filter(|f| f.span.start <= offset && offset < f.span.end.max(f.span.start + 1))
    {
        let doc = rule_by_code(finding.code).map(|rule| rule.doc_markdown()).unwrap_or_default();
        add(Some((finding.span, format!("**{}**\n\n{doc}", finding.message))));
    }
    Some((span?, sections.join("\n\n---\n\n")))
}

/// The newsroom's memory as a hover reads it: the stories, the draft's own path (left
/// out), and the folder paths are shown relative to.
#[derive(Clone, Copy)]
pub struct MemoryView<'m> {
    pub memory: &'m Memory,
    pub own: Option<&'m Path>,
    pub root: Option<&'m Path>,
}

/// The other stories that name the member named at `offset`, each with the line of its
/// first mention there.
fn other_stories_at(checked: &Checked, offset: usize, view: MemoryView) -> Option<(ByteSpan, String)> {
    let cast = &checked.facts.cast;
    let mention = cast.mention(cast.mention_at(offset)?)?;
    let member = cast.member(mention.member)?;
    let stories = view.memory.stories_naming(&member.canonical, view.own);
    if stories.is_empty() {
        return None;
    }
    let shown = |path: &Path| match view.root.and_then(|root| path.strip_prefix(root).ok()) {
        Some(relative) => relative.display().to_string(),
        None => path.display().to_string(),
    };
    let mut lines: Vec<String> = stories
        .iter()
        .take(MAX_POINTERS * 2)
        .map(|story| format!("- {} (line {})", shown(story.path), story.place.start.line + 1))
        .collect();
    if stories.len() > MAX_POINTERS * 2 {
        lines.push(format!("- and {} more", stories.len() - MAX_POINTERS * 2));
    }
    let count =
        if stories.len() == 1 { "1 other story".to_string() } else { format!("{} other stories", stories.len()) };
    Some((mention.span, format!("**In {count}**\n{}", lines.join("\n"))))
}

/// The facts the draft states about the member named at `offset` (ages, titles, labels),
/// each with the line that states it.
fn stated_facts_at(checked: &Checked, draft: &str, offset: usize) -> Option<(ByteSpan, String)> {
    let cast = &checked.facts.cast;
    let mention = cast.mention(cast.mention_at(offset)?)?;
    let entries = checked.facts.stated.entries(mention.member, draft, &LineIndex::new(draft));
    if entries.is_empty() {
        return None;
    }
    let lines: Vec<String> = entries.iter().map(|entry| format!("- {}", entry.describe())).collect();
    Some((mention.span, format!("**Facts stated**\n{}", lines.join("\n"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::check_draft;
    use crate::settings::Settings;
    use crate::text::Language;

    #[test]
    fn a_finding_explains_itself_with_its_rule_doc() {
        let draft = "It ended. through talks.";
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        let (span, text) = hover_at(&checked, draft, 4).expect("an explanation");
        assert_eq!(span.slice(draft), "ended. through");
        assert!(text.contains("garbled.sentence-break") && text.contains("Why it matters"), "{text}");
        assert!(hover_at(&checked, draft, 20).is_none());
    }

    #[test]
    fn a_member_lists_the_other_stories_that_name_them() {
        use crate::newsroom::StoryCast;
        let mut memory = Memory::default();
        let story = |text: &str| StoryCast::read(text, Language::PlainText, &Settings::default());
        memory.insert(Path::new("/news/archive/monday.md"), story("Mayor Anna Kowalski opened the bridge."));
        memory.insert(Path::new("/news/drafts/today.md"), story("Mayor Anna Kowalski closed the bridge."));
        let draft = "Mayor Anna Kowalski closed the bridge. Kowalski said it was unsafe.";
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        let offset = draft.rfind("Kowalski").expect("a mention");
        let view = MemoryView {
            memory: &memory,
            own: Some(Path::new("/news/drafts/today.md")),
            root: Some(Path::new("/news")),
        };
        let (_, text) = hover_with_memory(&checked, draft, offset, Some(view)).expect("an explanation");
        assert!(text.contains("**In 1 other story**\n- archive/monday.md (line 1)"), "{text}");
        assert!(!text.contains("today.md"), "{text}");
        let (_, plain) = hover_at(&checked, draft, offset).expect("an explanation");
        assert!(!plain.contains("other stor"), "{plain}");
    }

    #[test]
    fn a_member_shows_the_facts_the_draft_states() {
        let draft = "Sen. Ana Ruiz (D-Ore.), who is new, spoke.\n\nRuiz, 54, said the bill would pass.";
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        let offset = draft.rfind("Ruiz").expect("a mention");
        let (_, text) = hover_at(&checked, draft, offset).expect("an explanation");
        assert!(text.contains("**Facts stated**"), "{text}");
        assert!(text.contains("- senator (line 1, “Sen.”)"), "{text}");
        assert!(text.contains("- Democrat (line 1, “D-Ore”)") && text.contains("- state Ore (line 1"), "{text}");
        assert!(text.contains("- age 54 (line 3, “54”)"), "{text}");
    }
}
