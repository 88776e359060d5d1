//! Names over the LSP: hover, document symbols, definition, references, rename; and the
//! names analysis on the seed story.

use serde_json::{Value, json};

use crate::support::lsp_client::{LspClient, codes};
use crate::support::required_seed;

const URI: &str = "file:///tmp/copydesk-names.txt";

/// The UTF-16 position of the `nth` occurrence of `needle` (single-line drafts only need
/// the column; multi-line ones count lines).
fn position_of(text: &str, needle: &str, nth: usize) -> Value {
    let offset = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle} #{nth}")).0;
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let column = before.rsplit('\n').next().unwrap_or("").encode_utf16().count();
    json!({ "line": line, "character": column })
}

fn hover_text(client: &mut LspClient, text: &str, needle: &str, nth: usize) -> String {
    let response = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": position_of(text, needle, nth) }),
    );
    response["result"]["contents"]["value"].as_str().unwrap_or_default().to_string()
}

const DRAFT: &str = "President Biden called Xi Jinping on Friday.\nJohn Thornton, chairman of Barrick Gold Corp., met officials in Beijing.\nThornton said Joe Biden wanted talks, and Biden’s aides agreed with Xi.\n";

#[test]
fn hover_symbols_and_navigation_over_the_protocol() {
    let mut client = LspClient::start();
    let response = client.initialize(json!({}));
    let capabilities = &response["result"]["capabilities"];
    assert_eq!(capabilities["definitionProvider"], true);
    assert_eq!(capabilities["referencesProvider"], true);
    assert_eq!(capabilities["renameProvider"]["prepareProvider"], true);
    client.open(URI, "plaintext", 1, DRAFT);
    let diagnostics = client.diagnostics(URI, Some(1));
    assert_eq!(codes(&diagnostics), ["name.first-reference"]);

    let thornton = hover_text(&mut client, DRAFT, "Thornton said", 0);
    assert!(thornton.contains("**John Thornton** · person") && thornton.contains("Barrick Gold Corp."), "{thornton}");
    let xi = hover_text(&mut client, DRAFT, "Xi.", 0);
    assert!(xi.contains("**Xi Jinping**"), "{xi}");

    let symbols = client.request("textDocument/documentSymbol", json!({ "textDocument": { "uri": URI } }));
    let names: Vec<&str> =
        symbols["result"].as_array().expect("symbols").iter().filter_map(|s| s["name"].as_str()).collect();
    for expected in ["Joe Biden", "Xi Jinping", "John Thornton", "Barrick Gold Corp.", "Beijing"] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }

    // Definition from "Biden’s" goes to the first full reference, "Joe Biden".
    let definition = client.request(
        "textDocument/definition",
        json!({ "textDocument": { "uri": URI }, "position": position_of(DRAFT, "Biden’s", 0) }),
    );
    assert_eq!(definition["result"]["range"]["start"], position_of(DRAFT, "Joe Biden", 0), "{definition}");

    let references = client.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": URI }, "position": position_of(DRAFT, "Biden", 0), "context": { "includeDeclaration": true } }),
    );
    assert_eq!(references["result"].as_array().map(Vec::len), Some(3), "{references}");

    let prepared = client.request(
        "textDocument/prepareRename",
        json!({ "textDocument": { "uri": URI }, "position": position_of(DRAFT, "Biden’s", 0) }),
    );
    assert_eq!(prepared["result"]["placeholder"], "Biden", "{prepared}");
    let renamed = client.request(
        "textDocument/rename",
        json!({ "textDocument": { "uri": URI }, "position": position_of(DRAFT, "Biden’s", 0), "newName": "Bidden" }),
    );
    let edits = renamed["result"]["changes"][URI].as_array().expect("edits").clone();
    assert_eq!(edits.len(), 3, "{renamed}");
    assert!(edits.iter().all(|e| e["newText"] == "Bidden"));

    // Nothing to rename on a plain word: an error, and the server survives.
    let refused = client.request(
        "textDocument/rename",
        json!({ "textDocument": { "uri": URI }, "position": position_of(DRAFT, "called", 0), "newName": "x" }),
    );
    assert!(refused.get("error").is_some(), "{refused}");
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
#[cfg_attr(copydesk_no_seed, ignore = "needs ../shared/seed (fails under CI=true)")]
fn the_seed_story_names() {
    let path = required_seed();
    let text = std::fs::read_to_string(path).expect("seed");
    let mut client = LspClient::start();
    client.initialize(json!({}));
    client.open(URI, "plaintext", 1, &text);
    let diagnostics = client.diagnostics(URI, Some(1));
    let named: Vec<(String, String)> = diagnostics
        .iter()
        .filter(|d| d["code"].as_str().is_some_and(|c| c.starts_with("name.") || c == "garbled.possessive"))
        .map(|d| {
            let start = &d["range"]["start"];
            let line = text.lines().nth(start["line"].as_u64().unwrap() as usize).unwrap_or("");
            let from: String =
                line.encode_utf16().skip(start["character"].as_u64().unwrap() as usize).map(|_| ' ').collect();
            let column = line.encode_utf16().count() - from.len();
            let rest = String::from_utf16_lossy(&line.encode_utf16().skip(column).collect::<Vec<u16>>());
            (d["code"].as_str().unwrap().to_string(), rest.chars().take(15).collect())
        })
        .collect();
    // "Joe Bidens’ frustration": one finding, the possessive's (not also name.variant's).
    assert!(named.iter().any(|(code, at)| code == "garbled.possessive" && at.starts_with("Bidens")), "{named:?}");
    assert!(!named.iter().any(|(code, _)| code == "name.variant"), "{named:?}");
    assert!(
        named.iter().any(|(code, at)| code == "name.first-reference" && at.starts_with("President Biden")),
        "{named:?}"
    );
    for quiet in ["John Thornton", "Meng Wanzhou", "Washington DC"] {
        assert!(!named.iter().any(|(_, at)| at.starts_with(quiet)), "{quiet}: {named:?}");
    }
    let thornton = hover_text(&mut client, &text, "Thornton", 0);
    assert!(thornton.contains("Barrick Gold Corp."), "{thornton}");
    let meng = hover_text(&mut client, &text, "Meng Wanzhou", 0);
    assert!(meng.contains("Huawei"), "{meng}");
    let later_xi = hover_text(&mut client, &text, "Xi may not attend", 0);
    assert!(later_xi.contains("Xi Jinping"), "{later_xi}");
    assert_eq!(client.shutdown(), Some(0));
}

/// One name finding: the code, the exact text flagged, the message and the draft after its fix.
struct Expected {
    code: &'static str,
    flagged: &'static str,
    message: &'static str,
    fixed: &'static str,
}

/// Every `name.*` and `garbled.possessive` finding of `draft`, as (code, flagged, message, fixed).
fn name_findings(draft: &str) -> Vec<(String, String, String, String)> {
    use copydesk::engine::check_draft;
    use copydesk::settings::Settings;
    use copydesk::text::Language;
    check_draft(draft, Language::PlainText, &Settings::default())
        .findings
        .iter()
        .filter(|f| f.family().as_str() == "name" || f.code.as_str() == "garbled.possessive")
        .map(|f| {
            let fixed = f.fixes.first().map(|fix| fix.apply(draft)).unwrap_or_default();
            (f.code.to_string(), f.span.slice(draft).to_string(), f.message.clone(), fixed)
        })
        .collect()
}

fn assert_finds(draft: &str, expected: Expected) {
    let found = name_findings(draft);
    let wanted = (
        expected.code.to_string(),
        expected.flagged.to_string(),
        expected.message.to_string(),
        expected.fixed.to_string(),
    );
    assert_eq!(found, [wanted], "{draft}");
}

/// Name slips that pass a reader unnoticed: each is one finding, with its fix.
#[test]
fn unnoticed_name_slips_are_found_once_each() {
    assert_finds(
        "The push was led by Maria Kowalski. Kowalsky said the plan would work.",
        Expected {
            code: "name.variant",
            flagged: "Kowalsky",
            message: "\"Kowalsky\" is spelt \"Kowalski\" elsewhere in the draft (a common spelling slip): check the name.",
            fixed: "The push was led by Maria Kowalski. Kowalski said the plan would work.",
        },
    );
    assert_finds(
        "The mayor of Port Elm, Dana Marchetti, opened the meeting. Marcheti said the budget was tight.",
        Expected {
            code: "name.variant",
            flagged: "Marcheti",
            message: "\"Marcheti\" is spelt \"Marchetti\" elsewhere in the draft (one letter differs): check the name.",
            fixed: "The mayor of Port Elm, Dana Marchetti, opened the meeting. Marchetti said the budget was tight.",
        },
    );
    assert_finds(
        "The company's founder, Priya Ashbury, spoke first. Ashberry said sales had doubled.",
        Expected {
            code: "name.variant",
            flagged: "Ashberry",
            message: "\"Ashberry\" is spelt \"Ashbury\" elsewhere in the draft (a common spelling slip): check the name.",
            fixed: "The company's founder, Priya Ashbury, spoke first. Ashbury said sales had doubled.",
        },
    );
    assert_finds(
        "Elke Brandt chairs the committee. On Tuesday, Ellke Brandt said the vote would wait.",
        Expected {
            code: "name.variant",
            flagged: "Ellke",
            message: "\"Ellke\" is spelt \"Elke\" elsewhere in the draft (one letter differs): check the first name.",
            fixed: "Elke Brandt chairs the committee. On Tuesday, Elke Brandt said the vote would wait.",
        },
    );
    assert_finds(
        "Flooding hit Mozambique on Monday. Roads were cut and bridges fell. Aid reached Mozambqiue by Thursday.",
        Expected {
            code: "name.variant",
            flagged: "Mozambqiue",
            message: "\"Mozambqiue\" is spelt \"Mozambique\" elsewhere in the draft (one letter differs): check the name.",
            fixed: "Flooding hit Mozambique on Monday. Roads were cut and bridges fell. Aid reached Mozambique by Thursday.",
        },
    );
    assert_finds(
        "Reuters reported the deal. The figures were confirmed to Reuetrs by the ministry.",
        Expected {
            code: "name.variant",
            flagged: "Reuetrs",
            message: "\"Reuetrs\" is spelt \"Reuters\" elsewhere in the draft (one letter differs): check the name.",
            fixed: "Reuters reported the deal. The figures were confirmed to Reuters by the ministry.",
        },
    );
}

#[test]
fn possessive_slips_are_one_finding_with_the_right_possessive() {
    assert_finds(
        "Kenya hosted the talks. Kenya's president welcomed the envoys. Later, Kenyas’ foreign minister spoke first.",
        Expected {
            code: "garbled.possessive",
            flagged: "Kenyas’",
            message: "\"Kenyas’\" reads as a plural; the draft names \"Kenya\". Did you mean \"Kenya’s\"?",
            fixed: "Kenya hosted the talks. Kenya's president welcomed the envoys. Later, Kenya’s foreign minister spoke first.",
        },
    );
    assert_finds(
        "Prime Minister Erna Solberg arrived late. Solberg apologised, but Solbergs’ patience was thin.",
        Expected {
            code: "garbled.possessive",
            flagged: "Solbergs’",
            message: "\"Solbergs’\" reads as a plural; the draft names \"Solberg\". Did you mean \"Solberg’s\"?",
            fixed: "Prime Minister Erna Solberg arrived late. Solberg apologised, but Solberg’s patience was thin.",
        },
    );
    assert_finds(
        "Barrick Gold Corp. reported a loss. Shares fell after Barricks' chief executive resigned.",
        Expected {
            code: "garbled.possessive",
            flagged: "Barricks'",
            message: "\"Barricks'\" reads as a plural; the draft names \"Barrick\". Did you mean \"Barrick's\"?",
            fixed: "Barrick Gold Corp. reported a loss. Shares fell after Barrick's chief executive resigned.",
        },
    );
}

#[test]
fn a_bare_surname_before_the_full_name_is_a_first_reference_slip() {
    assert_finds(
        "The budget was tight, Okafor said. Later, James Okafor spoke to reporters.",
        Expected {
            code: "name.first-reference",
            flagged: "Okafor",
            message: "First reference to James Okafor is \"Okafor\"; the full name comes only later (line 1).",
            fixed: "The budget was tight, James Okafor said. Later, James Okafor spoke to reporters.",
        },
    );
}

/// Names the draft introduces as distinct, and real places a letter apart, stay quiet.
#[test]
fn distinct_people_and_real_places_stay_quiet() {
    for draft in [
        "Kamala Harris met Ed Harrison on Monday. Harris said yes; Harrison said no.",
        "Jon Stewart interviewed John Stewart, the director. Stewart laughed.",
        "Austria played Australia in Vienna. Austria won, and Australia flew home.",
        "Iran and Iraq signed a border pact. Officials in Iran welcomed it; Iraq did too.",
        "Gambia and Zambia met in Banjul. Gambia won, and Zambia asked for a rematch.",
        "Mark Smith met Mary Smith at the fair. Mark Smith left first.",
    ] {
        assert_eq!(name_findings(draft), [], "{draft}");
    }
}

/// `copydesk cast` prints the who's-who of the fixture draft with people, places and
/// organisations: kinds, full names, roles, variants and quotations.
#[test]
fn the_cast_command_prints_the_who_s_who() {
    let output = std::process::Command::new(crate::support::binary())
        .args(["cast", "fixtures/name/cast.txt", "--format", "json"])
        .current_dir(crate::support::repository_root())
        .output()
        .expect("run copydesk cast");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let cast: Value = serde_json::from_slice(&output.stdout).expect("json");
    let entries = cast.as_array().expect("a list");
    let find = |name: &str| entries.iter().find(|e| e["name"] == name).unwrap_or_else(|| panic!("{name} in {cast}"));
    let marchetti = find("Dana Marchetti");
    assert_eq!(marchetti["kind"], "person");
    assert_eq!(marchetti["roles"], json!(["The mayor of Port Elm"]));
    assert_eq!(marchetti["first_line"], 1);
    assert_eq!(marchetti["quotations"], json!(["We cannot keep patching the pier,", "Every winter costs us more."]));
    assert_eq!(find("Priya Ashbury")["variants"], json!(["Ashberry"]));
    assert_eq!(find("Mozambique")["kind"], "place");
    assert_eq!(find("Port Elm")["kind"], "place");
    assert_eq!(find("Harbourline Freight Inc.")["kind"], "organisation");
    assert_eq!(find("Solvik ASA")["kind"], "organisation");
    assert_eq!(find("Kamala Harris")["variants"], json!([]));
    assert_eq!(find("Ed Harrison")["variants"], json!([]));

    let table = std::process::Command::new(crate::support::binary())
        .args(["cast", "fixtures/name/cast.txt"])
        .current_dir(crate::support::repository_root())
        .output()
        .expect("run copydesk cast");
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.lines().next().is_some_and(|header| header.starts_with("KIND")), "{table}");
    assert!(table.contains("variants: Ashberry"), "{table}");
}
