use std::path::Path;

use super::*;
use crate::engine::check_draft;
use crate::settings::KnownName;

fn story(text: &str) -> StoryCast {
    StoryCast::read(text, Language::PlainText, &Settings::default())
}

fn memory_of(stories: &[(&str, &str)]) -> Memory {
    let mut memory = Memory::default();
    for (path, text) in stories {
        assert!(memory.insert(Path::new(path), story(text)));
    }
    memory
}

/// The words cross-story findings mark in `draft`, with their fixes' replacements.
fn flagged(memory: &Memory, draft: &str, settings: &Settings) -> Vec<(String, String)> {
    let checked = check_draft(draft, Language::PlainText, settings);
    cross_story_findings(&checked, draft, Language::PlainText, settings, memory, Some(Path::new("draft.md")))
        .iter()
        .map(|finding| (finding.span.slice(draft).to_string(), finding.fixes[0].edits[0].replacement.clone()))
        .collect()
}

const YESTERDAY: &str = "Mayor Anna Kowalski opened the bridge on Monday. \"It took ten years,\" Kowalski said. The council's treasurer, Priya Ashbury, said the cost was fair.";

#[test]
fn a_slip_of_a_person_other_stories_name_is_reported_with_the_story() {
    let memory = memory_of(&[("archive/monday.md", YESTERDAY)]);
    let draft = "Mayor Anna Kowalsky said the bridge would close for repairs. Kowalsky blamed the frost.";
    assert_eq!(
        flagged(&memory, draft, &Settings::default()),
        [("Kowalsky".to_string(), "Kowalski".to_string()), ("Kowalsky".to_string(), "Kowalski".to_string())]
    );
    let checked = check_draft(draft, Language::PlainText, &Settings::default());
    let findings = cross_story_findings(&checked, draft, Language::PlainText, &Settings::default(), &memory, None);
    let finding = &findings[0];
    assert_eq!(finding.code, RuleId::NameVariant);
    assert!(finding.message.contains("\"Kowalsky\" is spelt \"Kowalski\" in another story"), "{}", finding.message);
    assert_eq!(finding.elsewhere.len(), 1);
    let elsewhere = &finding.elsewhere[0];
    assert_eq!(elsewhere.path, Path::new("archive/monday.md"));
    // "Anna Kowalski" after "Mayor ", on the first line.
    assert_eq!((elsewhere.place.start.line, elsewhere.place.start.chars, elsewhere.place.end.chars), (0, 6, 19));
    // A first name slipped, the surname the same.
    let draft = "Priya Ashberry, the treasurer, said the bill was paid. Ashberry left early.";
    assert_eq!(flagged(&memory, draft, &Settings::default())[0], ("Ashberry".to_string(), "Ashbury".to_string()));
}

#[test]
fn different_people_and_known_spellings_stay_quiet() {
    let memory = memory_of(&[
        ("a.md", "Senator Mark Smith spoke on Tuesday. Smith said the vote was close."),
        ("b.md", "Coach Jon Stewart resigned. Stewart said he was tired."),
        ("c.md", YESTERDAY),
        ("d.md", "Alan Stephenson, a councillor, said the vote was close. Stephenson left."),
    ]);
    for draft in [
        // Two common given names are two people.
        "Senator Mary Smith spoke on Tuesday. Smith said the vote was close.",
        "Coach John Stewart resigned. Stewart said he was tired.",
        // The same name, spelt the same.
        "Mayor Anna Kowalski said the bridge would close. Kowalski blamed the frost.",
        // A different surname altogether.
        "Mayor Anna Kowalczyk said the bridge would close. Kowalczyk blamed the frost.",
        // Two letters that sound alike: a slip within a draft, not across stories.
        "Alan Stevenson, a councillor, said the budget was fair. Stevenson left early.",
    ] {
        assert_eq!(flagged(&memory, draft, &Settings::default()), Vec::<(String, String)>::new(), "{draft}");
    }
    // Another story also writes the draft's spelling: a person of that name exists.
    let memory = memory_of(&[
        ("a.md", YESTERDAY),
        ("b.md", "Anna Kowalsky, a nurse, said the clinic was full. Kowalsky works nights."),
    ]);
    let draft = "Mayor Anna Kowalsky said the bridge would close. Kowalsky blamed the frost.";
    assert_eq!(flagged(&memory, draft, &Settings::default()), Vec::<(String, String)>::new());
    // Near two people: not a slip of either.
    let memory = memory_of(&[
        ("a.md", YESTERDAY),
        (
            "b.md",
            "Judge Anna Kowalsko, who sits in Gdansk, said she would rule on Friday. Kowalsko declined to say more.",
        ),
    ]);
    assert_eq!(flagged(&memory, draft, &Settings::default()), Vec::<(String, String)>::new());
}

#[test]
fn the_draft_itself_the_settings_and_suppressions_are_respected() {
    let draft = "Mayor Anna Kowalsky said the bridge would close. Kowalsky blamed the frost.";
    // The draft's own story in the memory is not another story.
    let mut memory = memory_of(&[("archive/monday.md", YESTERDAY)]);
    memory.insert(Path::new("draft.md"), story(draft));
    assert_eq!(flagged(&memory, draft, &Settings::default()).len(), 2);
    // The desk's spelling from the settings wins.
    let settings = Settings { names: vec![KnownName::Plain("Anna Kowalsky".to_string())], ..Settings::default() };
    assert!(flagged(&memory, draft, &settings).is_empty());
    // The rule off, or suppressed in the draft.
    let mut off = Settings::default();
    off.rules.insert("name.variant".into(), crate::vocabulary::Level::Off);
    assert!(flagged(&memory, draft, &off).is_empty());
    let suppressed = format!("<!-- copydesk-disable name.variant -->\n{draft}");
    let checked = check_draft(&suppressed, Language::Markdown, &Settings::default());
    let found = cross_story_findings(&checked, &suppressed, Language::Markdown, &Settings::default(), &memory, None);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn answers_are_kept_while_the_memory_is_unchanged() {
    let mut memory = memory_of(&[("archive/monday.md", YESTERDAY)]);
    let draft = "Mayor Anna Kowalsky said the bridge would close. Kowalsky blamed the frost.";
    let checked = check_draft(draft, Language::PlainText, &Settings::default());
    let mut answers = Answers::default();
    let settings = Settings::default();
    let mut found = || {
        cross_story_findings_remembering(&checked, draft, Language::PlainText, &settings, &memory, None, &mut answers)
            .len()
    };
    assert_eq!((found(), found()), (2, 2));
    assert_eq!(answers.by_name.len(), 1);
    // The memory changes under the answers: they are asked again.
    memory.insert(Path::new("b.md"), story("Anna Kowalsky, a nurse, said the clinic was full. Kowalsky works nights."));
    let again =
        cross_story_findings_remembering(&checked, draft, Language::PlainText, &settings, &memory, None, &mut answers);
    assert!(again.is_empty());
}

#[test]
fn stories_are_replaced_and_forgotten_and_names_found() {
    let mut memory = memory_of(&[("a.md", YESTERDAY), ("b.md", "Priya Ashbury, the treasurer, resigned on Friday.")]);
    let naming: Vec<&Path> = memory.stories_naming("Priya Ashbury", None).iter().map(|a| a.path).collect();
    assert_eq!(naming, [Path::new("a.md"), Path::new("b.md")]);
    assert_eq!(memory.stories_naming("Priya Ashbury", Some(Path::new("a.md"))).len(), 1);
    let found: Vec<&str> = memory.search("kowal", 10).iter().map(|a| a.name).collect();
    assert_eq!(found, ["Anna Kowalski"]);
    // Saved again with the same names, moved down a line: only the places change.
    memory.insert(Path::new("a.md"), story(&format!("\n{YESTERDAY}")));
    assert_eq!(memory.stories_naming("Anna Kowalski", None)[0].place.start.line, 1);
    // The story changes on disk: its old names go.
    memory.insert(Path::new("a.md"), story("Governor Tomas Reyes vetoed the bill. Reyes said it cost too much."));
    assert!(memory.search("kowal", 10).is_empty());
    assert_eq!(memory.search("reyes", 10).len(), 1);
    memory.remove(Path::new("a.md"));
    memory.remove(Path::new("nothing.md"));
    assert_eq!(memory.len(), 1);
    assert!(memory.search("reyes", 10).is_empty());
    let merged = memory.merged();
    assert!(
        merged
            .iter()
            .any(|(name, kind, stories)| name == "Priya Ashbury" && *kind == MemberKind::Person && stories.len() == 1)
    );
    // Slots are reused: a story removed and added again leaves no trace behind.
    for _ in 0..3 {
        memory.insert(Path::new("a.md"), story(YESTERDAY));
        memory.remove(Path::new("a.md"));
    }
    assert_eq!(memory.names.iter().filter(|slot| !slot.appearances.is_empty()).count(), memory.by_name.len());
    assert!(memory.by_key.values().all(|list| !list.is_empty()));
}

#[test]
fn odd_stories_give_no_names_and_no_panic() {
    for text in ["", "\u{feff}", "\n\n\n", "’’’ «» Ä", "a\r\nb\rc"] {
        let mut memory = Memory::default();
        memory.insert(Path::new("odd.md"), story(text));
        assert!(memory.search("", 10).is_empty(), "{text:?}");
    }
}
