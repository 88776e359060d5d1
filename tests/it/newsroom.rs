//! The newsroom's memory end to end: `copydesk check` and `copydesk cast` over several
//! stories, and the server over stdio with a workspace and an archive in two folders.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Value, json};

use crate::support::lsp_client::LspClient;
use crate::support::{binary, temp_dir};

const MONDAY: &str = "# Bridge opens\n\nMayor Anna Kowalski opened the bridge on Monday. \"It took ten years,\" Kowalski said.\nThe treasurer, Priya Ashbury, said the cost was fair.\n";
const TUESDAY: &str = "# Bridge closes\n\nMayor Anna Kowalsky said the bridge would close for repairs. Kowalsky blamed the frost.\nPriya Ashbury, the treasurer, said repairs would cost less.\n";

/// A newsroom: `desk/tuesday.md` (the draft), `archive/2019/monday.md` and a project
/// file whose `memory` names the archive.
fn newsroom(name: &str) -> PathBuf {
    let root = temp_dir(name);
    std::fs::create_dir_all(root.join("desk")).unwrap();
    std::fs::create_dir_all(root.join("archive/2019")).unwrap();
    std::fs::write(root.join("archive/2019/monday.md"), MONDAY).unwrap();
    std::fs::write(root.join("desk/tuesday.md"), TUESDAY).unwrap();
    std::fs::write(root.join(".copydesk.toml"), "memory = [\"archive/**/*.md\"]\n").unwrap();
    std::fs::canonicalize(root).unwrap()
}

fn copydesk(directory: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(binary()).args(args).current_dir(directory).output().expect("run copydesk");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Every file under `root` with its length and modification time.
fn snapshot(root: &Path) -> Vec<(PathBuf, u64, SystemTime)> {
    let mut files = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            let Ok(metadata) = std::fs::symlink_metadata(&path) else { continue };
            if metadata.is_dir() {
                folders.push(path);
            } else {
                files.push((path, metadata.len(), metadata.modified().unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn check_reports_a_name_other_stories_spell_otherwise_in_every_format() {
    let root = newsroom("memory-check");
    std::fs::remove_file(root.join(".copydesk.toml")).unwrap();
    // Two drafts on the command line remember each other.
    let (status, out, _) = copydesk(&root, &["check", "desk/tuesday.md", "archive/2019/monday.md"]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("\"Kowalsky\" is spelt \"Kowalski\" in another story"), "{out}");
    assert!(out.contains("note: see archive/2019/monday.md:3:7: \"Anna Kowalski\" in this story"), "{out}");
    let (_, out, _) = copydesk(&root, &["check", "--format", "json", "desk", "archive"]);
    let findings: Vec<Value> = serde_json::from_str(&out).unwrap();
    let across: Vec<&Value> = findings.iter().filter(|f| f["elsewhere"].is_array()).collect();
    assert!(!across.is_empty(), "{out}");
    let tuesday = across.iter().find(|f| f["path"] == "desk/tuesday.md").expect("the draft's finding");
    assert_eq!(tuesday["code"], "name.variant");
    assert_eq!(
        tuesday["elsewhere"][0],
        json!({ "path": "archive/2019/monday.md", "line": 3, "column": 7, "end_line": 3, "end_column": 20, "message": "\"Anna Kowalski\" in this story" })
    );
    assert_eq!(tuesday["fixes"][0]["edits"][0]["replacement"], "Kowalski");
    let (_, out, _) = copydesk(&root, &["check", "--format", "jsonl", "desk/tuesday.md", "archive/2019/monday.md"]);
    let first: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(first["elsewhere"][0]["path"], "archive/2019/monday.md");
    // One draft alone, with no archive named: checked on its own.
    let (_, out, _) = copydesk(&root, &["check", "desk/tuesday.md"]);
    assert!(!out.contains("another story"), "{out}");
    // `--no-memory`: each of several drafts on its own, as for a corpus of unrelated stories.
    let (_, out, _) = copydesk(&root, &["check", "--no-memory", "desk/tuesday.md", "archive/2019/monday.md"]);
    assert!(!out.contains("another story"), "{out}");
}

#[test]
fn the_project_files_memory_joins_a_single_draft_and_bad_files_are_skipped_unwritten() {
    let root = newsroom("memory-archive");
    let archive = root.join("archive/2019");
    std::fs::write(archive.join("binary.md"), b"Anna\0Kowalski\0").unwrap();
    std::fs::write(archive.join("latin1.md"), b"Mayor Anna Kowalsky of Krak\xf3w").unwrap();
    let mut large = String::from("Mayor Anna Kowalsky spoke. ");
    while large.len() <= 5 * 1024 * 1024 {
        large.push_str("The council met again and talked about the bridge for a long time. ");
    }
    std::fs::write(archive.join("large.md"), large).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&archive, archive.join("loop")).unwrap();
    let before = snapshot(&root);
    let (status, out, err) = copydesk(&root, &["check", "desk/tuesday.md"]);
    assert_eq!(status, 1, "{out}{err}");
    assert_eq!(out.matches("in another story").count(), 2, "{out}");
    for (file, reason) in [("binary.md", "binary"), ("latin1.md", "not UTF-8"), ("large.md", "larger than 5 MiB")] {
        let lines: Vec<&str> = err.lines().filter(|line| line.contains(file)).collect();
        assert_eq!(lines.len(), 1, "{file}: {err}");
        assert!(lines[0].contains("newsroom memory: file skipped") && lines[0].contains(reason), "{err}");
    }
    // The merged cast of the folder: each name once, with the stories naming it.
    let (status, out, _) = copydesk(&root, &["cast", "desk", "archive"]);
    assert_eq!(status, 0, "{out}");
    let ashbury = out.lines().position(|line| line.contains("Priya Ashbury")).expect("a merged member");
    assert!(out.lines().nth(ashbury).unwrap().split_whitespace().any(|cell| cell == "2"), "{out}");
    assert!(
        out.lines().nth(ashbury + 1).unwrap().contains("archive/2019/monday.md:4:16, desk/tuesday.md:4:1"),
        "{out}"
    );
    let (_, out, _) = copydesk(&root, &["cast", "--format", "json", "."]);
    let merged: Vec<Value> = serde_json::from_str(&out).unwrap();
    let kowalski = merged.iter().find(|entry| entry["name"] == "Anna Kowalski").expect("Kowalski");
    assert_eq!(kowalski["kind"], "person");
    assert_eq!(kowalski["stories"][0]["path"], "archive/2019/monday.md");
    assert_eq!(snapshot(&root), before, "the memory never writes a file");
    let _ = std::fs::remove_dir_all(&root);
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// Waits until the server publishes diagnostics for `uri` that pass `wanted`.
fn diagnostics_until(client: &mut LspClient, uri: &str, wanted: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    loop {
        let message =
            client.wait_for(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri);
        let diagnostics = message["params"]["diagnostics"].as_array().cloned().unwrap_or_default();
        if wanted(&diagnostics) {
            return diagnostics;
        }
    }
}

fn cross_story(diagnostics: &[Value]) -> Vec<&Value> {
    diagnostics.iter().filter(|d| d["code"] == "name.variant" && d["relatedInformation"].is_array()).collect()
}

#[test]
fn the_server_remembers_the_archive_and_follows_changes_on_disk() {
    let root = newsroom("memory-server");
    let desk = root.join("desk");
    let mut client = LspClient::start();
    let capabilities = json!({
        "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } },
        "textDocument": { "publishDiagnostics": { "relatedInformation": true } }
    });
    let response = client.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(&desk), "capabilities": capabilities,
                "workspaceFolders": [{ "uri": uri(&desk), "name": "desk" }] }),
    );
    assert_eq!(response["result"]["capabilities"]["workspaceSymbolProvider"], true);
    client.notify("initialized", json!({}));
    let registration = client.wait_for(|m| m["method"] == "client/registerCapability");
    let watchers = registration["params"]["registrations"].to_string();
    assert!(watchers.contains("copydesk-newsroom") && watchers.contains("**/*.md"), "{watchers}");
    assert!(watchers.contains("archive/**/*.md"), "{watchers}");

    let draft = uri(&desk.join("tuesday.md"));
    client.open(&draft, "markdown", 1, TUESDAY);
    let diagnostics = diagnostics_until(&mut client, &draft, |d| !cross_story(d).is_empty());
    let found = cross_story(&diagnostics);
    assert_eq!(found.len(), 2, "{diagnostics:#?}");
    assert_eq!(
        found[0]["range"],
        json!({ "start": { "line": 2, "character": 11 }, "end": { "line": 2, "character": 19 } })
    );
    let related = &found[0]["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], uri(&root.join("archive/2019/monday.md")));
    assert_eq!(
        related["location"]["range"],
        json!({ "start": { "line": 2, "character": 6 }, "end": { "line": 2, "character": 19 } })
    );
    assert_eq!(related["message"], "\"Anna Kowalski\" in this story");

    // The hover of a member lists the other stories that name them.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": draft }, "position": { "line": 3, "character": 8 } }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap_or_default().to_string();
    assert!(text.contains("**In 1 other story**") && text.contains("monday.md (line 4)"), "{text}");

    // workspace/symbol finds members across stories: the archive's and the open draft's.
    let symbols = client.request("workspace/symbol", json!({ "query": "ashbury" }));
    let locations: Vec<String> = symbols["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["location"]["uri"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(locations, [uri(&root.join("archive/2019/monday.md")), draft.clone()], "{symbols}");

    // A new story on disk joins the memory once the client says so.
    std::fs::write(
        root.join("archive/2019/wednesday.md"),
        "Governor Tomas Reyes vetoed the bill. Reyes said it cost too much.\n",
    )
    .unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&root.join("archive/2019/wednesday.md")), "type": 1 }] }),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let symbols = client.request("workspace/symbol", json!({ "query": "Reyes" }));
        if symbols["result"].as_array().is_some_and(|found| found.len() == 1) {
            assert_eq!(symbols["result"][0]["name"], "Tomas Reyes");
            break;
        }
        assert!(Instant::now() < deadline, "the new story never joined the memory");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Yesterday's story open in the editor, changed to the draft's spelling and not saved:
    // the editor's text wins over the disk, and the draft's next analysis sees it.
    let monday = uri(&root.join("archive/2019/monday.md"));
    client.open(&monday, "markdown", 1, &MONDAY.replace("Kowalski", "Kowalsky"));
    let mut version = 1;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        version += 1;
        client.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": draft, "version": version },
                    "contentChanges": [{ "range": { "start": { "line": 4, "character": 0 }, "end": { "line": 4, "character": 0 } }, "text": " " }] }),
        );
        if cross_story(&client.diagnostics(&draft, Some(version))).is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "the open story's text never reached the memory");
        std::thread::sleep(Duration::from_millis(100));
    }
    // Closed unsaved: the disk is the truth again, and the finding comes back.
    client.notify("textDocument/didClose", json!({ "textDocument": { "uri": monday } }));
    diagnostics_until(&mut client, &draft, |d| !cross_story(d).is_empty());
    // Yesterday's story corrected on disk to the draft's spelling: the finding goes.
    std::fs::write(root.join("archive/2019/monday.md"), MONDAY.replace("Kowalski", "Kowalsky")).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&root.join("archive/2019/monday.md")), "type": 2 }] }),
    );
    diagnostics_until(&mut client, &draft, |d| cross_story(d).is_empty());
    assert_eq!(client.shutdown(), Some(0));
    let _ = std::fs::remove_dir_all(&root);
}
