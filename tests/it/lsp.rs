//! The server over stdio, end to end, with the real binary.

use serde_json::json;

use crate::support::lsp_client::{LspClient, codes};

const URI: &str = "file:///tmp/copydesk-draft.txt";

#[test]
fn lifecycle_open_change_code_action_close_shutdown() {
    let mut client = LspClient::start();
    let response = client.initialize(json!({}));
    let capabilities = &response["result"]["capabilities"];
    assert_eq!(capabilities["positionEncoding"], "utf-16");
    assert_eq!(capabilities["textDocumentSync"]["change"], 2, "incremental sync");

    // languageId "text" (Neovim) is plain text.
    client.open(URI, "text", 1, "Talks ended. through a commitment, and we must and must act.\n");
    let diagnostics = client.diagnostics(URI, Some(1));
    assert_eq!(codes(&diagnostics), ["garbled.sentence-break", "garbled.repeated-word"]);
    assert_eq!(diagnostics[0]["source"], "copydesk");
    assert_eq!(diagnostics[0]["severity"], 2);
    assert_eq!(
        diagnostics[0]["range"],
        json!({ "start": { "line": 0, "character": 6 }, "end": { "line": 0, "character": 20 } })
    );

    // Replace "must and must" with "must": only the sentence break remains.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": URI, "version": 2 },
            "contentChanges": [{ "range": { "start": { "line": 0, "character": 42 }, "end": { "line": 0, "character": 55 } }, "text": "must" }]
        }),
    );
    let diagnostics = client.diagnostics(URI, Some(2));
    assert_eq!(codes(&diagnostics), ["garbled.sentence-break"]);

    let response = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": URI },
            "range": diagnostics[0]["range"],
            "context": { "diagnostics": diagnostics }
        }),
    );
    let actions = response["result"].as_array().expect("actions");
    // The rule's own fix comes first and is preferred; the others teach copydesk (config.rs).
    let preferred: Vec<&serde_json::Value> = actions.iter().filter(|action| action["isPreferred"] == true).collect();
    assert_eq!(preferred.len(), 1, "{actions:#?}");
    assert_eq!(actions[0]["isPreferred"], true);
    assert_eq!(actions[0]["kind"], "quickfix");
    let edits = &actions[0]["edit"]["changes"][URI];
    assert_eq!(
        edits,
        &json!([{ "range": { "start": { "line": 0, "character": 11 }, "end": { "line": 0, "character": 13 } }, "newText": " " }])
    );

    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 8 } }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.contains("garbled.sentence-break"), "{hover}");

    client.notify("textDocument/didClose", json!({ "textDocument": { "uri": URI } }));
    // An analysis already under way may publish before the close's empty list.
    let cleared = client.diagnostics_until(URI, None, |d| d.is_empty());
    assert!(cleared.is_empty());
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn utf8_is_negotiated_when_offered_and_columns_follow_it() {
    let mut client = LspClient::start();
    let response = client.initialize(json!({ "general": { "positionEncodings": ["utf-8", "utf-16"] } }));
    assert_eq!(response["result"]["capabilities"]["positionEncoding"], "utf-8");
    client.open(URI, "plaintext", 1, "😀 Zoë said the the rest.");
    let diagnostics = client.diagnostics(URI, Some(1));
    assert_eq!(codes(&diagnostics), ["garbled.repeated-word"]);
    // "😀 Zoë said " is 4 + 1 + 4 + 1 + 4 + 1 = 15 bytes.
    assert_eq!(diagnostics[0]["range"]["start"], json!({ "line": 0, "character": 15 }));
}

#[test]
fn utf16_columns_count_emoji_as_two_units() {
    let mut client = LspClient::start();
    client.initialize(json!({ "general": { "positionEncodings": ["utf-16"] } }));
    client.open(URI, "markdown", 1, "# 😀 Title\r\n\r\n北京 😀 said the the rest.\r\n");
    let diagnostics = client.diagnostics(URI, Some(1));
    assert_eq!(codes(&diagnostics), ["garbled.repeated-word"]);
    // Line 2: "北京 😀 said " is 2 + 1 + 2 + 1 + 4 + 1 = 11 UTF-16 units.
    assert_eq!(diagnostics[0]["range"]["start"], json!({ "line": 2, "character": 11 }));
}

#[test]
fn requests_for_unopened_documents_get_errors_and_the_server_survives() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    let response = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": "file:///nope.txt" }, "position": { "line": 0, "character": 0 } }),
    );
    assert!(response.get("error").is_some(), "{response}");
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": "file:///nope.txt", "version": 2 }, "contentChanges": [{ "text": "x" }] }),
    );
    client.open(URI, "plaintext", 1, "The the end.");
    assert_eq!(codes(&client.diagnostics(URI, Some(1))), ["garbled.repeated-word"]);
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn a_burst_of_edits_ends_with_the_diagnostics_of_the_final_text() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    client.open(URI, "plaintext", 1, "");
    let mut text = String::new();
    // Type "The the end. " one character at a time, 20 times over.
    let sentence = "The the end. ";
    let mut version = 1;
    for _ in 0..20 {
        for character in sentence.chars() {
            version += 1;
            let line_length = text.encode_utf16().count();
            client.notify(
                "textDocument/didChange",
                json!({
                    "textDocument": { "uri": URI, "version": version },
                    "contentChanges": [{ "range": { "start": { "line": 0, "character": line_length }, "end": { "line": 0, "character": line_length } }, "text": character.to_string() }]
                }),
            );
            text.push(character);
        }
    }
    let final_diagnostics = client.diagnostics(URI, Some(version));
    assert_eq!(final_diagnostics.len(), 20);
    // Every publication came in increasing version order.
    let versions: Vec<i64> = client
        .backlog
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .filter_map(|m| m["params"]["version"].as_i64())
        .collect();
    assert!(versions.windows(2).all(|pair| pair[0] < pair[1]), "{versions:?}");
}

/// A version analysed again with the same findings (new settings that change nothing it
/// shows) is not published again: the client already shows them.
#[test]
fn the_same_findings_for_the_same_version_are_published_once() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    client.open(URI, "plaintext", 1, "We must and must win.\n");
    assert_eq!(codes(&client.diagnostics(URI, Some(1))), ["garbled.repeated-word"]);
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "copydesk": { "hints": { "speakers": false } } } }),
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": URI, "version": 2 }, "contentChanges": [{ "text": "We must and must win!\n" }] }),
    );
    assert_eq!(codes(&client.diagnostics(URI, Some(2))), ["garbled.repeated-word"]);
    let again = client
        .backlog
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == json!(1))
        .count();
    assert_eq!(again, 0, "version 1 published again with the same findings: {:#?}", client.backlog);
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn a_version_that_goes_back_restarts_the_order_instead_of_silencing_the_document() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    client.open(URI, "plaintext", 10, "Fine copy.");
    assert!(client.diagnostics(URI, Some(10)).is_empty());
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": URI, "version": 3 }, "contentChanges": [{ "text": "The the end." }] }),
    );
    assert_eq!(codes(&client.diagnostics(URI, Some(3))), ["garbled.repeated-word"]);
}
