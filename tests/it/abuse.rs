//! Protocol abuse over stdio, against the real binary: what buggy editors, plugins and
//! scripts send. Every case ends in a correct error response or a logged warning, and the
//! server keeps serving until `exit`.

use std::time::Duration;

use serde_json::{Value, json};

use crate::support::lsp_client::{LspClient, codes};

const URI: &str = "file:///tmp/copydesk-abuse.txt";

fn framed(body: &[u8]) -> Vec<u8> {
    let mut message = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    message.extend_from_slice(body);
    message
}

fn log_path(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("copydesk-abuse-{name}-{}.log", std::process::id()))
}

fn error_code(response: &Value) -> i64 {
    response["error"]["code"].as_i64().unwrap_or_else(|| panic!("not an error response: {response}"))
}

/// The server is alive and answering: a request that needs an open document gets a result.
fn assert_serving(client: &mut LspClient) {
    assert!(client.is_running(), "the server died");
    client.open("file:///tmp/copydesk-alive.txt", "plaintext", 1, "We must and must act.");
    assert_eq!(codes(&client.diagnostics("file:///tmp/copydesk-alive.txt", Some(1))), ["garbled.repeated-word"]);
    let response = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": "file:///tmp/copydesk-alive.txt" }, "position": { "line": 0, "character": 9 } }),
    );
    assert!(
        response["result"]["contents"]["value"].as_str().is_some_and(|text| text.contains("repeated")),
        "{response}"
    );
}

#[test]
fn malformed_json_and_bad_content_length_headers_are_skipped_and_the_server_keeps_serving() {
    let log = log_path("malformed");
    let mut client = LspClient::start_logging_to(&log);
    client.initialize(json!({}));

    // A body that is not JSON, and JSON that is not JSON-RPC: ignored with a warning.
    client.send_raw(&framed(b"{\"jsonrpc\": \"2.0\", \"method\": "));
    client.send_raw(&framed(b"[1, 2, 3]"));
    // A request whose id is readable but whose shape is wrong: an error for that id.
    client.send_raw(&framed(br#"{"jsonrpc":"2.0","id":41,"method":7}"#));
    let response = client.wait_for(|m| m["id"] == 41);
    assert_eq!(error_code(&response), -32600, "{response}");
    // Headers: a non-numeric length, an absurd one, garbage lines, no length at all.
    client.send_raw(b"Content-Length: eleven\r\n\r\n{\"x\": 1}");
    client.send_raw(b"Content-Length: 99999999999999999999\r\n\r\n{}");
    client.send_raw(b"this is not a header\r\n\r\n");
    client.send_raw(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}");
    // A length too short: the cut message is lost, the next one is read.
    let request = br#"{"jsonrpc":"2.0","id":42,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nope"},"position":{"line":0,"character":0}}}"#;
    let mut short = format!("Content-Length: {}\r\n\r\n", request.len() - 10).into_bytes();
    short.extend_from_slice(request);
    client.send_raw(&short);
    // Spellings tower-lsp-server alone rejects: a lower-case header name, another charset.
    let request = br#"{"jsonrpc":"2.0","id":43,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nope"},"position":{"line":0,"character":0}}}"#;
    let mut lower_case = format!(
        "content-length: {}\r\ncontent-type: application/vscode-jsonrpc; charset=latin1\r\n\r\n",
        request.len()
    )
    .into_bytes();
    lower_case.extend_from_slice(request);
    client.send_raw(&lower_case);
    let response = client.wait_for(|m| m["id"] == 43);
    assert_eq!(error_code(&response), -32602, "hover on an unopened document: {response}");
    // A length too long by a few bytes swallows the start of the next header; both are read.
    let request = br#"{"jsonrpc":"2.0","id":44,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///nope"}}}"#;
    let mut long = format!("Content-Length: {}\r\n\r\n", request.len() + 6).into_bytes();
    long.extend_from_slice(request);
    client.send_raw(&long);
    client.send_raw(&framed(br#"{"jsonrpc":"2.0","id":45,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///nope"}}}"#));
    assert_eq!(error_code(&client.wait_for(|m| m["id"] == 44)), -32602);
    assert_eq!(error_code(&client.wait_for(|m| m["id"] == 45)), -32602);

    assert_serving(&mut client);
    // Nothing above was answered with an id it did not have.
    assert!(client.backlog.iter().all(|m| m["id"] != 42), "{:#?}", client.backlog);
    assert_eq!(client.shutdown(), Some(0));
    let log = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(log.contains("ignored a malformed message"), "{log}");
    assert!(log.contains("skipped a malformed message"), "{log}");
}

#[test]
fn unknown_methods_and_notifications_and_bad_params() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    assert_eq!(error_code(&client.request("copydesk/frobnicate", json!({}))), -32601);
    assert_eq!(
        error_code(&client.request("textDocument/semanticTokens/full", json!({ "textDocument": { "uri": URI } }))),
        -32601
    );
    client.notify("workspace/didRenameFiles", json!({ "files": [] }));
    client.notify("$/unknownNotification", json!({ "anything": [1, 2] }));
    client.notify("$/cancelRequest", json!({ "id": 999 }));
    client.notify("$/setTrace", json!({ "value": "verbose" }));
    // Known methods with parameters of the wrong shape.
    assert_eq!(error_code(&client.request("textDocument/hover", json!({ "textDocument": { "uri": URI } }))), -32602);
    assert_eq!(error_code(&client.request("textDocument/codeAction", json!([1, 2]))), -32602);
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": URI } }));
    client.notify("textDocument/didChange", json!({ "contentChanges": "nonsense" }));
    assert_serving(&mut client);
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn requests_before_initialize_and_after_shutdown_get_errors() {
    let mut client = LspClient::start();
    let early = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(error_code(&early), -32002, "server not initialized");
    // Not published: the document was never opened as far as the server is concerned.
    client.open(URI, "plaintext", 1, "The the early bird.");
    assert_eq!(error_code(&client.request("shutdown", Value::Null)), -32002);

    let response = client.initialize(json!({}));
    assert!(response["result"]["capabilities"].is_object(), "{response}");
    assert_eq!(
        error_code(&client.request("initialize", json!({ "processId": null, "capabilities": {} }))),
        -32600,
        "second initialize"
    );
    assert_serving(&mut client);

    assert!(client.request("shutdown", Value::Null).get("error").is_none());
    let late = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(error_code(&late), -32600, "after shutdown: {late}");
    assert_eq!(error_code(&client.request("shutdown", Value::Null)), -32600, "second shutdown");
    client.open("file:///tmp/copydesk-late.txt", "plaintext", 1, "The the late bird.");
    client.notify("exit", Value::Null);
    client.close_stdin();
    assert_eq!(client.wait_exit(), Some(0));
    let late_diagnostics = client.backlog.iter().any(|m| m["params"]["uri"] == "file:///tmp/copydesk-late.txt");
    assert!(!late_diagnostics, "diagnostics after shutdown: {:#?}", client.backlog);
}

#[test]
fn every_request_about_an_unopened_document_is_an_error_and_notifications_are_ignored() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    let nope = json!({ "uri": "file:///never-opened.txt" });
    let range = json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 5 } });
    let code_action = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": nope, "range": range, "context": { "diagnostics": [] } }),
    );
    assert_eq!(error_code(&code_action), -32602);
    assert_eq!(error_code(&client.request("textDocument/documentSymbol", json!({ "textDocument": nope }))), -32602);
    client.notify("textDocument/didChange", json!({ "textDocument": { "uri": "file:///never-opened.txt", "version": 9 }, "contentChanges": [{ "range": range, "text": "x" }] }));
    client.notify("textDocument/didClose", json!({ "textDocument": nope }));
    client.notify("textDocument/didSave", json!({ "textDocument": nope }));
    // Closing twice, and changing after close.
    client.open(URI, "plaintext", 1, "The the end.");
    client.diagnostics(URI, Some(1));
    client.notify("textDocument/didClose", json!({ "textDocument": { "uri": URI } }));
    client.notify("textDocument/didClose", json!({ "textDocument": { "uri": URI } }));
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": URI, "version": 2 }, "contentChanges": [{ "text": "x" }] }),
    );
    assert_eq!(
        error_code(&client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 0 } })
        )),
        -32602
    );
    assert_serving(&mut client);
    assert_eq!(client.shutdown(), Some(0));
}

fn change(uri: &str, version: i64, start: (u32, u32), end: (u32, u32), text: &str) -> Value {
    json!({
        "textDocument": { "uri": uri, "version": version },
        "contentChanges": [{
            "range": { "start": { "line": start.0, "character": start.1 }, "end": { "line": end.0, "character": end.1 } },
            "text": text
        }]
    })
}

#[test]
fn out_of_range_positions_and_positions_inside_a_surrogate_pair_are_clamped() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    client.open(URI, "plaintext", 1, "We said 😀 end.\nSecond line.");
    assert!(client.diagnostics(URI, Some(1)).is_empty());
    for (line, character) in [(0, 9), (0, 400), (7, 0), (u32::MAX, u32::MAX), (1, u32::MAX)] {
        let hover = client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": URI }, "position": { "line": line, "character": character } }),
        );
        assert!(hover.get("error").is_none(), "({line}, {character}): {hover}");
        let range = json!({ "start": { "line": line, "character": character }, "end": { "line": 0, "character": 0 } });
        let actions = client.request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": URI }, "range": range, "context": { "diagnostics": [] } }),
        );
        assert!(actions["result"].is_array(), "({line}, {character}): {actions}");
    }
    // "We said " is 8 UTF-16 units; the emoji takes units 8 and 9. A range starting at 9
    // (inside the pair) starts at the emoji; ending at 11 takes "😀 ". The result is
    // "We said the the end.", whose repetition starts at column 8.
    client.notify("textDocument/didChange", change(URI, 2, (0, 9), (0, 11), "the the "));
    let diagnostics = client.diagnostics(URI, Some(2));
    assert_eq!(codes(&diagnostics), ["garbled.repeated-word"]);
    assert_eq!(diagnostics[0]["range"]["start"], json!({ "line": 0, "character": 8 }));
    // A range far past the end appends; a reversed range is read as its mirror.
    client.notify("textDocument/didChange", change(URI, 3, (90, 0), (99, 9), "\nAnd and more."));
    client.notify("textDocument/didChange", change(URI, 4, (1, 12), (1, 0), "Second line"));
    let diagnostics = client.diagnostics(URI, Some(4));
    let fresh = "file:///tmp/copydesk-abuse-fresh.txt";
    client.open(fresh, "plaintext", 1, "We said the the end.\nSecond line.\nAnd and more.");
    assert_eq!(diagnostics, client.diagnostics(fresh, Some(1)));
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn a_five_megabyte_document_is_analysed_and_the_server_stays_responsive() {
    let mut client = LspClient::start();
    // Debug builds on a shared machine: give the big analysis room.
    client.timeout = Duration::from_secs(180);
    client.initialize(json!({}));
    let paragraph = "Ministers from Norway and Portugal met in Lisbon on Tuesday for talks on fishing quotas. \
                     The agenda was narrow, and both sides hoped to meet again before summer.\n\n";
    let mut text = paragraph.repeat(5 * 1024 * 1024 / paragraph.len() + 1);
    text.push_str("It ended. through a commitment.\n");
    assert!(text.len() > 5 * 1024 * 1024);
    client.open(URI, "plaintext", 1, &text);
    // Only the garbled family is asserted: the clean paragraphs must stay clean of it
    // whatever other families later learn to say about them.
    let garbled = |diagnostics: Vec<Value>| -> Vec<Value> {
        diagnostics
            .into_iter()
            .filter(|d| d["code"].as_str().is_some_and(|code| code.starts_with("garbled.")))
            .collect()
    };
    let diagnostics = garbled(client.diagnostics(URI, Some(1)));
    assert_eq!(codes(&diagnostics), ["garbled.sentence-break"]);
    let last_line = text.lines().count() as u32 - 1;
    assert_eq!(diagnostics[0]["range"]["start"]["line"], last_line);
    // An edit at the end of the big document is applied and re-analysed.
    client.notify("textDocument/didChange", change(URI, 2, (last_line, 7), (last_line, 10), ". T"));
    assert!(garbled(client.diagnostics(URI, Some(2))).is_empty());
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 3 } }),
    );
    assert!(hover.get("error").is_none(), "{hover}");
    assert_eq!(client.shutdown(), Some(0));
}

/// A tiny deterministic generator, so the burst is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }
}

/// The UTF-16 line and column of a byte offset (lines end at `\n` only in this test).
fn utf16_position(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    (line as u32, before[line_start..].encode_utf16().count() as u32)
}

#[test]
fn a_burst_of_a_thousand_edits_ends_with_the_diagnostics_of_the_final_text_in_version_order() {
    let mut client = LspClient::start();
    client.timeout = Duration::from_secs(60);
    client.initialize(json!({}));
    let mut text = String::from("The talks ended. through a commitment.\nWe must and must act.\n");
    client.open(URI, "plaintext", 1, &text);
    let pieces = ["the ", "the", " ", ". ", "é", "😀", "北京", "\n", ",", "and and ", "\"", "(", "Officials said "];
    let mut generator = Lcg(20_191_129);
    let mut version = 1;
    for _ in 0..1000 {
        version += 1;
        let boundaries: Vec<usize> = text.char_indices().map(|(index, _)| index).chain([text.len()]).collect();
        let mut start = boundaries[generator.next(boundaries.len())];
        let mut end = boundaries[generator.next(boundaries.len())];
        if start > end {
            std::mem::swap(&mut start, &mut end);
        }
        // Mostly typing and small deletions, like an editor; sometimes a larger cut.
        if generator.next(4) != 0 {
            end =
                boundaries.iter().copied().filter(|&b| b >= start).take(generator.next(3) + 1).last().unwrap_or(start);
        }
        let inserted = if generator.next(3) == 0 { "" } else { pieces[generator.next(pieces.len())] };
        let (start_position, end_position) = (utf16_position(&text, start), utf16_position(&text, end));
        text.replace_range(start..end, inserted);
        client.notify("textDocument/didChange", change(URI, version, start_position, end_position, inserted));
    }
    let final_diagnostics = client.diagnostics(URI, Some(version));
    let fresh = "file:///tmp/copydesk-abuse-burst-fresh.txt";
    client.open(fresh, "plaintext", 1, &text);
    assert_eq!(final_diagnostics, client.diagnostics(fresh, Some(1)), "final text: {text:?}");
    let versions: Vec<i64> = client
        .backlog
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == URI)
        .filter_map(|m| m["params"]["version"].as_i64())
        .collect();
    assert!(versions.windows(2).all(|pair| pair[0] < pair[1]), "out of order: {versions:?}");
    assert!(versions.iter().all(|&v| v < version), "published after the final version: {versions:?}");
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn exit_without_shutdown_exits_1_and_a_closed_stdin_ends_the_server() {
    let mut client = LspClient::start();
    client.initialize(json!({}));
    client.open(URI, "plaintext", 1, "The the end.");
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit(), Some(1));

    // A client that dies: stdin closes in the middle of a message.
    let mut client = LspClient::start();
    client.initialize(json!({}));
    client.send_raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\":");
    client.close_stdin();
    assert_eq!(client.wait_exit(), Some(1));

    // Exit before initialize is still an exit.
    let mut client = LspClient::start();
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit(), Some(1));
}
