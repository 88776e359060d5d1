//! The cast as people read it: the hover text for a name and the who's-who table that
//! `copydesk cast` prints.

use serde::Serialize;

use crate::analysis::Facts;
use crate::analysis::cast::{Cast, MemberId, Variant};
use crate::rules::name::variant::worth_reporting;
use crate::text::ByteSpan;
use crate::text::lines::LineIndex;

/// One member of the cast as the who's-who shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CastEntry {
    /// "person", "organisation", "place" or "name".
    pub kind: &'static str,
    /// The full name in its established spelling ("Dana Marchetti").
    pub name: String,
    /// Roles and descriptors, in order of first use ("the mayor of Port Elm").
    pub roles: Vec<String>,
    /// Line of the first mention (1-based).
    pub first_line: usize,
    pub mentions: usize,
    /// Other forms the draft uses for the member ("Marchetti", "Mayor Marchetti").
    pub short_forms: Vec<String>,
    /// Spellings that stray from the established one ("Marcheti").
    pub variants: Vec<String>,
    /// The quotations attributed to the member, shortened.
    pub quotations: Vec<String>,
}

/// A quotation's words on one line, at most 80 characters.
fn shortened(text: &str) -> String {
    let content = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = content.chars().take(80).collect();
    if short.len() < content.len() { format!("{short}…") } else { short }
}

/// The who's-who entry of one member.
fn entry(cast: &Cast, draft: &str, member_id: MemberId, facts: &Facts, lines: &LineIndex) -> Option<CastEntry> {
    let member = cast.member(member_id)?;
    let first = cast.mention(*member.mentions.first()?)?;
    // Only the spellings the checker reports: a cast entry never lists one it stays quiet on.
    let strays: Vec<&Variant> = cast
        .variants
        .iter()
        .filter(|v| cast.mentions[v.mention].member == member_id && worth_reporting(cast, v, None))
        .collect();
    let mut short_forms: Vec<String> = Vec::new();
    for &m in &member.mentions {
        let core = cast.mentions[m].core_text();
        let strayed = strays.iter().any(|v| v.mention == m);
        if !strayed && !core.is_empty() && core != member.canonical && !short_forms.contains(&core) {
            short_forms.push(core);
        }
    }
    let variants: Vec<String> = strays.iter().map(|v| v.written.clone()).collect();
    let quotations = member
        .quotations
        .iter()
        .filter_map(|&q| facts.quotes.quotes.get(q))
        .map(|quote| shortened(quote.content.slice(draft)))
        .collect();
    Some(CastEntry {
        kind: member.kind.as_str(),
        name: member.canonical.clone(),
        roles: member.descriptors.clone(),
        first_line: lines.line_number(first.span.start),
        mentions: member.mentions.len(),
        short_forms,
        variants,
        quotations,
    })
}

/// The draft's who's-who: people, organisations and places (names of unknown kind
/// last), each in order of first mention.
pub fn who_is_who(cast: &Cast, draft: &str, facts: &Facts) -> Vec<CastEntry> {
    let lines = LineIndex::new(draft);
    let mut order: Vec<MemberId> =
        (0..cast.members.len()).map(MemberId::new).filter(|&m| !cast.members[m].mentions.is_empty()).collect();
    order.sort_by_key(|&m| (cast.members[m].kind.rank(), cast.members[m].mentions.first().copied()));
    order.into_iter().filter_map(|m| entry(cast, draft, m, facts, &lines)).collect()
}

/// A short Markdown description of the member mentioned at `offset`, for hover: what
/// kind of thing it is, its full name, role, first mention, mention count, variants seen
/// and the quotations attributed to it.
pub fn member_at(cast: &Cast, draft: &str, offset: usize, facts: &Facts) -> Option<(ByteSpan, String)> {
    let mention = &cast.mentions[cast.mention_at(offset)?];
    let member_id = mention.member;
    let member = cast.member(member_id)?;
    let lines = LineIndex::new(draft);
    let entry = entry(cast, draft, member_id, facts, &lines)?;
    let mut text = vec![format!("**{}** · {}", entry.name, entry.kind)];
    if !entry.roles.is_empty() {
        text.push(format!("- Role: {}", entry.roles.join("; ")));
    }
    let first = &cast.mentions[member.mentions[0]];
    let mut line = format!(
        "- {} mention{}; first on line {} (“{}”)",
        entry.mentions,
        if entry.mentions == 1 { "" } else { "s" },
        entry.first_line,
        first.span.slice(draft)
    );
    if let Some(full) = member.first_full.map(|m| &cast.mentions[m])
        && full.span != first.span
    {
        line.push_str(&format!("; full name first on line {}", lines.line_number(full.span.start)));
    }
    text.push(line);
    if !entry.short_forms.is_empty() {
        text.push(format!("- Also written: {}", entry.short_forms.join(", ")));
    }
    let strays: Vec<String> = cast
        .variants
        .iter()
        .filter(|v| cast.mentions[v.mention].member == member_id && worth_reporting(cast, v, None))
        .map(|v| format!("“{}” (line {})", v.written, lines.line_number(v.span.start)))
        .collect();
    if !strays.is_empty() {
        text.push(format!("- ⚠ Variants seen: {}", strays.join(", ")));
    }
    let quotes: Vec<String> = member
        .quotations
        .iter()
        .filter_map(|&q| facts.quotes.quotes.get(q))
        .map(|quote| {
            format!("  - “{}” (line {})", shortened(quote.content.slice(draft)), lines.line_number(quote.span.start))
        })
        .collect();
    if !quotes.is_empty() {
        text.push(format!("- Quoted {} time{}:", quotes.len(), if quotes.len() == 1 { "" } else { "s" }));
        text.extend(quotes);
    }
    Some((mention.span, text.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use crate::text::{Language, Prose};

    fn describe(draft: &str, needle: &str, nth: usize) -> String {
        let prose = Prose::new(draft, Language::PlainText);
        let facts = Facts::gather(&prose, &Settings::default(), &mut Default::default());
        let offset = draft.match_indices(needle).nth(nth).unwrap().0;
        member_at(&facts.cast, draft, offset, &facts).map(|(_, text)| text).unwrap_or_default()
    }

    /// The hover and the who's-who list only the spellings the checker reports: a word of
    /// a team's name one slip from a country ("Cubs", "Cuba") is no variant of anything.
    #[test]
    fn only_reported_spellings_are_listed_as_variants() {
        let draft = "Fans of the Chicago Cubs cheered on Sunday.";
        let prose = Prose::new(draft, Language::PlainText);
        let facts = Facts::gather(&prose, &Settings::default(), &mut Default::default());
        let entries = who_is_who(&facts.cast, draft, &facts);
        let cubs = entries.iter().find(|e| e.name == "Chicago Cubs").expect("the team is a member");
        assert!(cubs.variants.is_empty(), "{:?}", cubs.variants);
        assert!(!describe(draft, "Chicago", 0).contains("Variants"));
        // A slip the checker reports is listed.
        let draft = "Anna Kowalski spoke first. Kowalski said the plan was sound. Kowalsky added that it would pass.";
        assert!(describe(draft, "Anna", 0).contains("“Kowalsky” (line 1)"), "{}", describe(draft, "Anna", 0));
    }

    #[test]
    fn hover_shows_role_mentions_and_quotes() {
        let draft = "Meng Wanzhou, the chief financial officer of Huawei Technologies Co. Washington objected. \"We are innocent,\" Meng said.";
        let text = describe(draft, "Meng said", 0);
        assert!(text.contains("**Meng Wanzhou** · person"), "{text}");
        assert!(text.contains("Huawei Technologies Co."), "{text}");
        assert!(text.contains("2 mentions"), "{text}");

        // A quotation attributed to "Meng" (found by the quote analysis) is listed under the member.
        let prose = Prose::new(draft, Language::PlainText);
        let facts = Facts::gather(&prose, &Settings::default(), &mut Default::default());
        let attribution = facts.quotes.quotes[0].attribution.as_ref().expect("the quote analysis attributes it");
        assert_eq!(attribution.speaker.slice(draft), "Meng");
        let (_, text) = member_at(&facts.cast, draft, 0, &facts).expect("hover");
        assert!(text.contains("Quoted 1 time") && text.contains("We are innocent"), "{text}");
    }
}
