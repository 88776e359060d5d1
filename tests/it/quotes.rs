//! Quotations end to end: hover and the outline over the real server, and the seed story's
//! quote findings.

use serde_json::{Value, json};

use copydesk::analysis::quotes::SpeakerKind;
use copydesk::engine::check_draft;
use copydesk::rules::{Family, Severity};
use copydesk::settings::Settings;
use copydesk::text::{ByteSpan, Language};

use crate::support::lsp_client::{LspClient, codes};
use crate::support::{required_corpus, required_seed};

const URI: &str = "file:///tmp/copydesk-quotes.txt";

const STORY: &str = "Mayor Ana Ruiz toured the bridge.\n\n\"We will reopen it by spring,\" she said.\n\n\"The crews worked through the night,\" said Tom Baker, a county spokesman.\n\n\"Nobody was hurt.\" The river fell.\n";

#[test]
fn hover_on_a_quotation_names_its_speaker_cue_and_introduction() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    client.open(URI, "plaintext", 1, STORY);
    let diagnostics = client.diagnostics(URI, Some(1));
    assert_eq!(codes(&diagnostics), ["quote.unattributed"], "only the last quotation has no speaker");
    assert_eq!(diagnostics[0]["range"]["start"], json!({ "line": 6, "character": 0 }));

    // Line 2: "We will reopen it by spring," she said.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 2, "character": 5 } }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.contains("**Said by:** she (pronoun), that is **Mayor Ana Ruiz**"), "{text}");
    assert!(text.contains("**Cue:** “said”"), "{text}");
    assert!(text.contains("**Speaker introduced:** line 1"), "{text}");
    assert_eq!(hover["result"]["range"]["start"], json!({ "line": 2, "character": 0 }));

    // The unattributed quotation says so, with the rule's documentation.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 6, "character": 3 } }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.contains("No speaker found") && text.contains("quote.unattributed"), "{text}");
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn the_outline_lists_each_quotation_under_its_speaker() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    let story = format!("{STORY}\n\"The bridge is safe,\" Ruiz said.\n");
    client.open(URI, "plaintext", 1, &story);
    client.diagnostics(URI, Some(1));
    let response = client.request("textDocument/documentSymbol", json!({ "textDocument": { "uri": URI } }));
    let symbols = response["result"].as_array().expect("symbols");
    let group = |name: &str| -> &Value {
        symbols.iter().find(|s| s["name"] == name).unwrap_or_else(|| panic!("no {name} in {symbols:#?}"))
    };
    let ruiz = group("Mayor Ana Ruiz");
    let quotations: Vec<&str> =
        ruiz["children"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(quotations, ["“We will reopen it by spring,”", "“The bridge is safe,”"]);
    assert_eq!(ruiz["children"][0]["kind"], 15, "a quotation is a String symbol");
    assert_eq!(ruiz["children"][0]["detail"], "said");
    let baker = group("Tom Baker");
    assert_eq!(baker["children"].as_array().unwrap().len(), 1);
    let nobody = group("(no speaker)");
    assert_eq!(nobody["children"][0]["name"], "“Nobody was hurt.”");
    // Every child lies inside its parent.
    for symbol in symbols {
        for child in symbol["children"].as_array().unwrap() {
            let (parent, inner) = (&symbol["range"], &child["range"]);
            let before = |a: &Value, b: &Value| {
                (a["line"].as_u64(), a["character"].as_u64()) <= (b["line"].as_u64(), b["character"].as_u64())
            };
            assert!(before(&parent["start"], &inner["start"]) && before(&inner["end"], &parent["end"]), "{symbol:#}");
        }
    }
    assert_eq!(client.shutdown(), Some(0));
}

/// The seed story: its lost quotation marks are flagged `quote.*`, and its anonymous
/// official is marked as such.
#[test]
#[cfg_attr(copydesk_no_seed, ignore = "needs ../shared/seed (fails under CI=true)")]
fn the_seed_story_flags_speech_that_lost_its_marks_and_the_anonymous_official() {
    let path = required_seed();
    let draft = std::fs::read_to_string(path).unwrap();
    let checked = check_draft(&draft, Language::PlainText, &Settings::default());
    let quote_findings = |needle: &str| {
        let start = draft.find(needle).unwrap_or_else(|| panic!("{needle} not in seed"));
        let span = ByteSpan::new(start, start + needle.len());
        checked
            .findings
            .iter()
            .filter(move |f| f.family() == Family::Quote && f.span.overlaps(span))
            .map(|f| (f.code.as_str(), f.severity))
            .collect::<Vec<_>>()
    };
    for needle in [
        "areas where our interests converge",
        "whether we should have a good relationship",
        "something that we must and must do well",
        "It is highly likely that leadership level commitment",
    ] {
        assert!(!quote_findings(needle).is_empty(), "{needle} not flagged quote.*");
    }
    for needle in [
        "areas where our interests converge",
        "whether we should have a good relationship",
        "something that we must and must do well",
    ] {
        assert!(quote_findings(needle).contains(&("quote.unmarked", Severity::Warning)), "{needle}");
    }
    assert!(quote_findings("[Maintaining a good relationship").contains(&("quote.unmarked", Severity::Warning)));
    let anonymous = quote_findings("A senior Biden administration official said");
    assert!(anonymous.contains(&("quote.anonymous-source", Severity::Info)), "{anonymous:?}");
}

/// On real news, every quotation's speaker is someone the draft names (a cast member) or
/// an unnamed source or described body ("a senior official", "the ministry"): never a
/// pronoun left pointing at nobody, and never a word that happens to stand near the cue.
#[test]
#[cfg_attr(copydesk_no_corpus, ignore = "needs ../shared/corpus/wikinews-2019 (fails under CI=true)")]
fn every_speaker_in_the_clean_corpus_is_a_cast_member_or_an_unnamed_source() {
    let articles = required_corpus();
    let mut paths: Vec<_> = std::fs::read_dir(&articles).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let (mut attributed, mut strays) = (0usize, Vec::new());
    for path in &paths {
        let Ok(draft) = std::fs::read_to_string(path) else { continue };
        let checked = check_draft(&draft, Language::PlainText, &Settings::default());
        let outline = copydesk::ide::outline::outline(&draft, &checked.facts);
        for quote in checked.facts.quotes.quotes.iter().filter(|q| q.depth == 0) {
            let Some(attribution) = &quote.attribution else { continue };
            attributed += 1;
            // A capitalised head makes a speaker `Named`: an unnamed one is a common noun
            // phrase, an "it" or "they" for a body or group the cast does not list ("the
            // researchers … They reported"), or the "you" an interview addresses.
            let pronoun = attribution.speaker.slice(&draft).to_lowercase();
            let group = attribution.kind == SpeakerKind::Pronoun && matches!(pronoun.as_str(), "it" | "they" | "you");
            let unnamed = matches!(attribution.kind, SpeakerKind::Anonymous | SpeakerKind::Role) || group;
            let member = attribution.member.and_then(|m| checked.facts.cast.member(m));
            // The outline lists the quotation under its speaker.
            let listed = outline.iter().any(|item| item.children.iter().any(|child| child.span == quote.span));
            if !(unnamed || member.is_some()) || !listed {
                strays.push(format!(
                    "{}: «{}» ({:?}) for «{}»",
                    path.file_name().unwrap().to_string_lossy(),
                    attribution.speaker.slice(&draft),
                    attribution.kind,
                    quote.content.slice(&draft).chars().take(50).collect::<String>()
                ));
            }
        }
    }
    println!("{attributed} attributed quotations, {} speakers outside the cast:", strays.len());
    for stray in &strays {
        println!("  {stray}");
    }
    assert!(attributed > 100, "too few attributed quotations: {attributed}");
    assert!(strays.is_empty(), "speakers that are neither cast members nor unnamed sources: {strays:#?}");
}

/// fixtures/quote/speakers.txt: each quotation goes to the cast member who said it, across
/// a long appositive, a pronoun, a cue with "later" beside it, a pronoun subject and a
/// dash credit, and the outline groups them under those members.
#[test]
fn the_speakers_fixture_attributes_every_quotation_to_its_cast_member() {
    let path = crate::support::repository_root().join("fixtures/quote/speakers.txt");
    let draft = std::fs::read_to_string(path).unwrap();
    let checked = check_draft(&draft, Language::PlainText, &Settings::default());
    let cast = &checked.facts.cast;
    let speakers: Vec<(String, String)> = checked
        .facts
        .quotes
        .quotes
        .iter()
        .filter(|q| q.depth == 0)
        .map(|q| {
            let content: String = q.content.slice(&draft).split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            let member = q
                .attribution
                .as_ref()
                .and_then(|a| a.member)
                .map_or("-".to_string(), |m| cast.members[m].canonical.clone());
            (content, member)
        })
        .collect();
    let expected = [
        ("Nobody asked the", "-"),
        ("We cannot lose", "Dana Marchetti"),
        ("The repairs start", "Dana Marchetti"),
        ("and the fees", "Dana Marchetti"),
        ("sound", "Tom Okafor"),
        ("I needed a", "Mara Lind"),
        ("A town without", "Sunita Rao"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(c, m)| (c.to_string(), m.to_string())).collect();
    assert_eq!(speakers, expected);
    let outline = copydesk::ide::outline::outline(&draft, &checked.facts);
    let quoted = |name: &str| {
        outline
            .iter()
            .filter(|item| item.children.iter().any(|c| c.kind == copydesk::ide::outline::OutlineKind::Quotation))
            .filter(|item| item.name.contains(name))
            .map(|item| item.children.len())
            .collect::<Vec<_>>()
    };
    assert_eq!(quoted("Marchetti"), [3], "one group of three quotations for Dana Marchetti");
}
