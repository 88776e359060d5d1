//! House style end to end: project files, editor settings, suppressions and the actions
//! that teach copydesk, over the CLI and the server.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Value, json};

use crate::support::lsp_client::{LspClient, codes};
use crate::support::{binary, temp_dir};

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn run_in(directory: &Path, args: &[&str]) -> Output {
    Command::new(binary()).args(args).current_dir(directory).output().expect("run copydesk")
}

const STUTTER: &str = "We must and must win.\n";

// ---- CLI ----

#[test]
fn check_reads_the_nearest_project_file_or_the_one_given_with_config() {
    let directory = temp_dir("config-cli-discovery");
    std::fs::create_dir_all(directory.join("desk/metro")).unwrap();
    std::fs::write(directory.join("desk/metro/story.txt"), STUTTER).unwrap();
    let story = directory.join("desk/metro/story.txt");
    assert_eq!(run_in(&directory, &["check", story.to_str().unwrap()]).status.code(), Some(1));

    // Found by walking up from the draft.
    std::fs::write(directory.join("desk/.copydesk.toml"), "[rules]\n\"garbled.repeated-word\" = \"off\"\n").unwrap();
    assert_eq!(run_in(&directory, &["check", story.to_str().unwrap()]).status.code(), Some(0));

    // --config replaces discovery.
    let strict = directory.join("strict.toml");
    std::fs::write(&strict, "[rules]\ngarbled = \"error\"\n").unwrap();
    let output = run_in(
        &directory,
        &["check", "--format", "json", "--config", strict.to_str().unwrap(), story.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(1));
    let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(findings[0]["severity"], "error");

    let missing = run_in(&directory, &["check", "--config", "nope.toml", story.to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nope.toml"));
}

#[test]
fn a_known_name_in_the_project_file_silences_name_variant() {
    let directory = temp_dir("config-cli-known-name");
    let story = directory.join("story.txt");
    std::fs::write(
        &story,
        "Police chief Anna Kowalski said the inquiry would take weeks. Kowalski told reporters the force needed more officers.\n\nCritics said Kowalsky had promised the same last year.\n",
    )
    .unwrap();
    let codes_of = |output: Output| -> Vec<String> {
        let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
        findings.as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_string()).collect()
    };
    let before = codes_of(run_in(&directory, &["check", "--format", "json", story.to_str().unwrap()]));
    assert!(before.contains(&"name.variant".to_string()), "{before:?}");
    // The newsroom spells this second person "Kowalsky": a known name, not a slip.
    std::fs::write(directory.join(".copydesk.toml"), "names = [\"Kowalsky\"]\n").unwrap();
    let after = codes_of(run_in(&directory, &["check", "--format", "json", story.to_str().unwrap()]));
    assert!(!after.contains(&"name.variant".to_string()), "{after:?}");
}

#[test]
fn a_malformed_project_file_warns_with_line_and_column_and_the_rest_applies() {
    let directory = temp_dir("config-cli-malformed");
    std::fs::write(
        directory.join(".copydesk.toml"),
        "[style]\nus_abreviation = \"US\"\n\n[rules]\n\"garbled.repeated-word\" = \"off\"\n",
    )
    .unwrap();
    std::fs::write(directory.join("story.txt"), STUTTER).unwrap();
    let output = run_in(&directory, &["check", "story.txt"]);
    assert_eq!(output.status.code(), Some(0), "the rule is still off");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(".copydesk.toml:2:1: unknown key `us_abreviation`; did you mean `us_abbreviation`?"),
        "{stderr}"
    );
}

#[test]
fn ignore_globs_skip_walked_files_but_not_named_ones() {
    let directory = temp_dir("config-cli-ignore");
    std::fs::create_dir_all(directory.join("archive/2019")).unwrap();
    std::fs::write(directory.join(".copydesk.toml"), "ignore = [\"archive\", \"*.wip.txt\"]\n").unwrap();
    std::fs::write(directory.join("archive/2019/old.txt"), STUTTER).unwrap();
    std::fs::write(directory.join("today.wip.txt"), STUTTER).unwrap();
    std::fs::write(directory.join("today.txt"), STUTTER).unwrap();
    let output = run_in(&directory, &["check", "--format", "json", "."]);
    let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let paths: Vec<&str> = findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(paths[0].ends_with("today.txt"));
    let named = run_in(&directory, &["check", "archive/2019/old.txt"]);
    assert_eq!(named.status.code(), Some(1), "a path named on the command line is checked");
}

#[test]
fn init_writes_a_valid_starter_and_never_overwrites() {
    let directory = temp_dir("config-cli-init");
    let output = run_in(&directory, &["init"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let written = std::fs::read_to_string(directory.join(".copydesk.toml")).unwrap();
    assert!(written.starts_with("# copydesk project settings"));
    let (layer, problems) = copydesk::config::read::read_toml(&written);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(layer.rules.is_empty(), "every rule at its default: {:?}", layer.rules);

    // The starter is used as it stands: no warnings, defaults in force.
    std::fs::write(directory.join("story.txt"), STUTTER).unwrap();
    let check = run_in(&directory, &["check", "story.txt"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(check.stderr.is_empty(), "{}", String::from_utf8_lossy(&check.stderr));

    std::fs::write(directory.join(".copydesk.toml"), "# mine\n").unwrap();
    let again = run_in(&directory, &["init"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(directory.join(".copydesk.toml")).unwrap(), "# mine\n");

    let elsewhere = directory.join("desk");
    std::fs::create_dir_all(&elsewhere).unwrap();
    assert_eq!(run_in(&directory, &["init", "desk"]).status.code(), Some(0));
    assert!(elsewhere.join(".copydesk.toml").is_file());
}

// ---- Server ----

fn initialize_with(client: &mut LspClient, capabilities: Value, options: Value, root: Option<&Path>) -> Value {
    let folders = root.map(|root| json!([{ "uri": uri(root), "name": "news" }]));
    let response = client.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "capabilities": capabilities, "initializationOptions": options, "workspaceFolders": folders }),
    );
    client.notify("initialized", json!({}));
    response
}

fn severities(diagnostics: &[Value]) -> Vec<(String, i64)> {
    diagnostics
        .iter()
        .map(|d| (d["code"].as_str().unwrap_or_default().to_string(), d["severity"].as_i64().unwrap_or_default()))
        .collect()
}

fn pair(code: &str, severity: i64) -> (String, i64) {
    (code.to_string(), severity)
}

#[test]
fn project_severity_overrides_are_published_and_win_over_the_editor() {
    let directory = temp_dir("config-lsp-severity");
    std::fs::create_dir_all(directory.join("desk")).unwrap();
    std::fs::write(directory.join("desk/.copydesk.toml"), "[rules]\n\"garbled.repeated-word\" = \"error\"\n").unwrap();
    let mut client = LspClient::start();
    let editor = json!({ "rules": { "garbled.repeated-word": "info", "garbled.sentence-break": "hint" }, "style": { "us_abbreviation": "" } });
    initialize_with(&mut client, json!({}), editor, None);
    let text = "Talks ended. through a commitment, and we must and must act.\n";

    let in_project = uri(&directory.join("desk/story.txt"));
    client.open(&in_project, "plaintext", 1, text);
    assert_eq!(
        severities(&client.diagnostics(&in_project, Some(1))),
        [pair("garbled.sentence-break", 4), pair("garbled.repeated-word", 1)]
    );

    let outside = uri(&directory.join("story.txt"));
    client.open(&outside, "plaintext", 1, text);
    assert_eq!(
        severities(&client.diagnostics(&outside, Some(1))),
        [pair("garbled.sentence-break", 4), pair("garbled.repeated-word", 3)]
    );
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn did_change_configuration_republishes_every_open_document() {
    let directory = temp_dir("config-lsp-settings");
    let mut client = LspClient::start();
    initialize_with(&mut client, json!({ "workspace": { "configuration": true } }), Value::Null, None);
    let documents = [uri(&directory.join("a.txt")), uri(&directory.join("b.md"))];
    for (document, language) in documents.iter().zip(["plaintext", "markdown"]) {
        client.open(document, language, 1, STUTTER);
        assert_eq!(severities(&client.diagnostics(document, Some(1))), [pair("garbled.repeated-word", 2)]);
    }

    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "copydesk": { "rules": { "garbled.repeated-word": "off" } } } }),
    );
    for document in &documents {
        assert!(client.diagnostics_until(document, Some(1), <[Value]>::is_empty).is_empty(), "{document}");
    }
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "copydesk": { "rules": { "garbled": "error" } } } }),
    );
    for document in &documents {
        let diagnostics = client.diagnostics_until(document, Some(1), |d| !d.is_empty());
        assert_eq!(severities(&diagnostics), [pair("garbled.repeated-word", 1)]);
    }
    // A client that sends no settings is asked for them; its `null` answer keeps them:
    // the next version of each draft is checked with them. (Its findings unchanged, a
    // version analysed again is not published again.)
    client.notify("workspace/didChangeConfiguration", json!({ "settings": null }));
    client.wait_for(|m| m["method"] == "workspace/configuration");
    for document in &documents {
        client.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": document, "version": 2 }, "contentChanges": [{ "text": STUTTER }] }),
        );
        assert_eq!(severities(&client.diagnostics(document, Some(2))), [pair("garbled.repeated-word", 1)]);
    }
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn a_malformed_project_file_gets_a_diagnostic_at_the_bad_key_and_the_server_keeps_working() {
    let directory = temp_dir("config-lsp-malformed");
    let config_text = "[style]\nus_abreviation = \"US\"\n\n[rules]\n\"garbled.repeated-word\" = \"error\"\n";
    std::fs::write(directory.join(".copydesk.toml"), config_text).unwrap();
    let config_uri = uri(&directory.join(".copydesk.toml"));
    let draft_uri = uri(&directory.join("story.txt"));
    let mut client = LspClient::start();
    initialize_with(&mut client, json!({}), Value::Null, None);

    client.open(&config_uri, "toml", 1, config_text);
    let diagnostics = client.diagnostics(&config_uri, Some(1));
    assert_eq!(severities(&diagnostics), [pair("config.unknown-key", 2)]);
    assert_eq!(
        diagnostics[0]["range"],
        json!({ "start": { "line": 1, "character": 0 }, "end": { "line": 1, "character": 14 } })
    );
    assert!(diagnostics[0]["message"].as_str().unwrap().contains("did you mean `us_abbreviation`"));

    // The rest of the file applies.
    client.open(&draft_uri, "plaintext", 1, STUTTER);
    assert_eq!(severities(&client.diagnostics(&draft_uri, Some(1))), [pair("garbled.repeated-word", 1)]);

    // Unsaved edits to the open project file apply at once, even a broken one.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": config_uri, "version": 2 }, "contentChanges": [{ "text": "[rules\n\"garbled.repeated-word\" = \"off\"\n" }] }),
    );
    let diagnostics = client.diagnostics(&config_uri, Some(2));
    assert!(severities(&diagnostics).contains(&pair("config.syntax", 1)), "{diagnostics:#?}");
    // The draft is published again (an analysis already under way, or the newsroom's
    // memory indexing the folder, may publish it first with the earlier settings).
    let severity_is = |level: i64| move |d: &[Value]| severities(d) == [pair("garbled.repeated-word", level)];
    let republished = client.diagnostics_until(&draft_uri, Some(1), severity_is(2));
    assert_eq!(severities(&republished), [pair("garbled.repeated-word", 2)]);

    // Closing it goes back to the disk's version.
    client.notify("textDocument/didClose", json!({ "textDocument": { "uri": config_uri } }));
    let republished = client.diagnostics_until(&draft_uri, Some(1), severity_is(1));
    assert_eq!(severities(&republished), [pair("garbled.repeated-word", 1)]);
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": draft_uri }, "position": { "line": 0, "character": 4 } }),
    );
    assert!(hover.get("error").is_none(), "{hover}");
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn a_suppression_comment_hides_exactly_one_finding() {
    let directory = temp_dir("config-lsp-suppression");
    let document = uri(&directory.join("story.md"));
    let mut client = LspClient::start();
    initialize_with(&mut client, json!({}), Value::Null, None);
    let text = "We must and must win.\n\n<!-- copydesk-disable-next-line garbled.repeated-word -->\nWe must and must win.\n\nWe must and must win.\n";
    client.open(&document, "markdown", 1, text);
    let diagnostics = client.diagnostics(&document, Some(1));
    assert_eq!(codes(&diagnostics), ["garbled.repeated-word", "garbled.repeated-word"]);
    let lines: Vec<i64> = diagnostics.iter().map(|d| d["range"]["start"]["line"].as_i64().unwrap()).collect();
    assert_eq!(lines, [0, 5]);
}

/// Applies LSP text edits (ASCII text, so UTF-16 columns are bytes) to `text`.
fn apply_edits(text: &str, edits: &[Value]) -> String {
    let offset = |position: &Value| {
        let line = position["line"].as_u64().unwrap() as usize;
        let character = position["character"].as_u64().unwrap() as usize;
        let line_start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        line_start + character
    };
    let mut edits: Vec<&Value> = edits.iter().collect();
    edits.sort_by_key(|edit| std::cmp::Reverse(offset(&edit["range"]["start"])));
    let mut result = text.to_string();
    for edit in edits {
        result.replace_range(
            offset(&edit["range"]["start"])..offset(&edit["range"]["end"]),
            edit["newText"].as_str().unwrap(),
        );
    }
    result
}

fn code_actions(client: &mut LspClient, document: &str, diagnostic: &Value) -> Vec<Value> {
    let response = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": document }, "range": diagnostic["range"], "context": { "diagnostics": [diagnostic] } }),
    );
    response["result"].as_array().cloned().unwrap_or_default()
}

fn action<'a>(actions: &'a [Value], title: &str) -> &'a Value {
    actions
        .iter()
        .find(|action| action["title"] == title)
        .unwrap_or_else(|| panic!("no action {title:?} in {actions:#?}"))
}

#[test]
fn teaching_actions_edit_the_project_file_and_the_line_through_workspace_edits() {
    let directory = temp_dir("config-lsp-teach");
    let config_text = "# Metro desk house style.\nnames = [\"Xi Jinping\"]\n\n[rules]\n# quotes are checked by hand\nquote = \"info\"\n";
    std::fs::write(directory.join(".copydesk.toml"), config_text).unwrap();
    let config_uri = uri(&directory.join(".copydesk.toml"));
    let document = uri(&directory.join("story.txt"));
    let mut client = LspClient::start();
    initialize_with(&mut client, json!({}), Value::Null, None);
    client.open(&document, "plaintext", 1, STUTTER);
    let diagnostics = client.diagnostics(&document, Some(1));
    let actions = code_actions(&mut client, &document, &diagnostics[0]);

    let in_project = action(&actions, "Disable garbled.repeated-word in this project");
    let edits = in_project["edit"]["changes"][&config_uri].as_array().expect("an edit of the project file");
    assert_eq!(
        apply_edits(config_text, edits),
        "# Metro desk house style.\nnames = [\"Xi Jinping\"]\n\n[rules]\n# quotes are checked by hand\nquote = \"info\"\n\"garbled.repeated-word\" = \"off\"\n"
    );
    assert_eq!(
        std::fs::read_to_string(directory.join(".copydesk.toml")).unwrap(),
        config_text,
        "the server never writes"
    );

    let on_line = action(&actions, "Disable garbled.repeated-word on this line");
    let edits = on_line["edit"]["changes"][&document].as_array().expect("an edit of the draft");
    let suppressed = apply_edits(STUTTER, edits);
    assert_eq!(suppressed, "%% copydesk-disable-next-line garbled.repeated-word\nWe must and must win.\n");
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": document, "version": 2 }, "contentChanges": [{ "text": suppressed }] }),
    );
    assert!(client.diagnostics(&document, Some(2)).is_empty(), "the comment hides the finding and is used");
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn without_a_project_file_a_teaching_action_creates_one_in_the_workspace_folder() {
    let directory = temp_dir("config-lsp-teach-new");
    std::fs::create_dir_all(directory.join("desk")).unwrap();
    let document = uri(&directory.join("desk/story.txt"));
    let config_uri = uri(&directory.join(".copydesk.toml"));
    let capabilities = json!({ "workspace": { "workspaceEdit": { "documentChanges": true, "resourceOperations": ["create", "rename", "delete"] } } });
    let mut client = LspClient::start();
    initialize_with(&mut client, capabilities, Value::Null, Some(&directory));
    client.open(&document, "plaintext", 1, "Statements released after the 90-minute header were similar.\n");
    let diagnostics = client.diagnostics(&document, Some(1));
    assert_eq!(codes(&diagnostics), ["garbled.tortured-phrase"]);
    let actions = code_actions(&mut client, &document, &diagnostics[0]);

    let allow = action(&actions, "Allow '90-minute header' in this project");
    let operations = allow["edit"]["documentChanges"].as_array().expect("document changes");
    assert_eq!(operations[0]["kind"], "create");
    assert_eq!(operations[0]["uri"], config_uri.as_str());
    assert_eq!(operations[1]["textDocument"]["uri"], config_uri.as_str());
    let created = operations[1]["edits"][0]["newText"].as_str().unwrap();
    assert!(created.starts_with("# copydesk project settings"), "the commented starter: {created}");
    let (layer, problems) = copydesk::config::read::read_toml(created);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(layer.phrases_allow, ["90-minute header"]);
    assert!(!directory.join(".copydesk.toml").exists(), "the server never writes");
    assert_eq!(client.shutdown(), Some(0));
}

// ---- Spelling: suggestions and the project's word list ----

const MISSPELT: &str = "The goverment met the geocoder team.\n";

#[test]
fn check_suggests_spellings_and_honours_the_projects_words() {
    let directory = temp_dir("config-cli-spelling");
    let story = directory.join("story.txt");
    std::fs::write(&story, MISSPELT).unwrap();
    let output = run_in(&directory, &["check", "--format", "json", story.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let spelling: Vec<&Value> =
        findings.as_array().unwrap().iter().filter(|f| f["code"] == "spelling.unknown-word").collect();
    let flagged: Vec<&str> = spelling
        .iter()
        .map(|f| &MISSPELT[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize])
        .collect();
    assert_eq!(flagged, ["goverment", "geocoder"]);
    assert_eq!(spelling[0]["severity"], "warning");
    assert_eq!(spelling[0]["fixes"][0]["title"], "Write “government”");
    assert_eq!(spelling[0]["fixes"][0]["edits"][0]["replacement"], "government");
    assert!(spelling[0]["fixes"].as_array().unwrap().len() <= 5);
    let human = run_in(&directory, &["check", story.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&human.stdout).contains("fix: Write “government”"));

    std::fs::write(directory.join(".copydesk.toml"), "words = [\"geocoder\", \"goverment\"]\n").unwrap();
    let output = run_in(&directory, &["check", "--format", "json", story.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
}

#[test]
fn spelling_suggestions_and_the_word_list_are_code_actions() {
    let directory = temp_dir("config-lsp-spelling");
    let config_text = "# Metro desk.\nwords = [\n    \"geocoding\",\n]\n";
    std::fs::write(directory.join(".copydesk.toml"), config_text).unwrap();
    let config_uri = uri(&directory.join(".copydesk.toml"));
    let document = uri(&directory.join("story.txt"));
    let mut client = LspClient::start();
    initialize_with(&mut client, json!({}), Value::Null, None);
    client.open(&document, "plaintext", 1, MISSPELT);
    let diagnostics = client.diagnostics(&document, Some(1));
    assert_eq!(codes(&diagnostics), ["spelling.unknown-word", "spelling.unknown-word"]);
    let actions = code_actions(&mut client, &document, &diagnostics[0]);
    // Suggestions first, the best one preferred; then the teaching actions.
    assert_eq!(actions[0]["title"], "Write “government”", "{actions:#?}");
    assert_eq!(actions[0]["isPreferred"], true);
    let fixed = apply_edits(MISSPELT, actions[0]["edit"]["changes"][&document].as_array().unwrap());
    assert_eq!(fixed, "The government met the geocoder team.\n");
    let suggestions = actions.iter().filter(|a| a["title"].as_str().unwrap().starts_with("Write ")).count();
    assert!((1..=5).contains(&suggestions), "{actions:#?}");

    let add = action(&actions, "Add “goverment” to the project's word list");
    let edits = add["edit"]["changes"][&config_uri].as_array().expect("an edit of the project file");
    assert_eq!(
        apply_edits(config_text, edits),
        "# Metro desk.\nwords = [\n    \"geocoding\",\n    \"goverment\",\n]\n"
    );
    assert_eq!(client.shutdown(), Some(0));
}
