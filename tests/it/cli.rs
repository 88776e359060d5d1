//! The command line, end to end: exit codes, JSON shape, errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::support::{binary, repository_root, temp_dir};

fn run(args: &[&str]) -> Output {
    Command::new(binary()).args(args).current_dir(repository_root()).output().expect("run copydesk")
}

#[test]
fn the_example_draft_has_findings_and_exits_1() {
    let output = run(&["check", "fixtures/example.md"]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("garbled.sentence-break"), "{stdout}");
    assert!(stdout.contains("fixtures/example.md:"), "{stdout}");
}

#[test]
fn json_output_has_the_documented_shape() {
    let output = run(&["check", "--format", "json", "fixtures/example.md"]);
    let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let first = &findings.as_array().expect("array")[0];
    for key in
        ["path", "line", "column", "end_line", "end_column", "start", "end", "code", "severity", "message", "fixes"]
    {
        assert!(first.get(key).is_some(), "missing {key}: {first}");
    }
    assert!(first["line"].as_u64().unwrap() >= 1 && first["column"].as_u64().unwrap() >= 1);
}

#[test]
fn json_findings_carry_their_related_places() {
    let directory = temp_dir("test-related");
    let draft = directory.join("variant.txt");
    std::fs::write(&draft, "Anna Kowalski spoke first.\nKowalski said the plan was sound.\nKowalsky added more.\n")
        .unwrap();
    for format in ["json", "jsonl"] {
        let output = run(&["check", "--format", format, draft.to_str().unwrap()]);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let findings: Vec<Value> = match format {
            "json" => serde_json::from_str(&stdout).expect("JSON"),
            _ => stdout.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect(),
        };
        let variant = findings.iter().find(|f| f["code"] == "name.variant").expect("a name.variant finding");
        let related = variant["related"].as_array().expect("related places");
        let places: Vec<(u64, u64, &str)> = related
            .iter()
            .map(|place| {
                (place["line"].as_u64().unwrap(), place["column"].as_u64().unwrap(), place["message"].as_str().unwrap())
            })
            .collect();
        assert_eq!(places, [(1, 1, "Introduced here as “Anna Kowalski”"), (2, 1, "Spelt “Kowalski” here")], "{format}");
        // Left out, never empty, when a finding points nowhere else.
        assert!(findings.iter().all(|f| f.get("related").is_none_or(|r| !r.as_array().unwrap().is_empty())));
    }
}

#[test]
fn clean_text_exits_0_and_fail_on_raises_the_bar() {
    let directory = temp_dir("test-clean");
    let clean = directory.join("clean.txt");
    std::fs::write(&clean, "The council met on Tuesday. It approved the budget.\n").unwrap();
    assert_eq!(run(&["check", clean.to_str().unwrap()]).status.code(), Some(0));
    let garbled = directory.join("garbled.txt");
    std::fs::write(&garbled, "The council met. on Tuesday.\n").unwrap();
    assert_eq!(run(&["check", garbled.to_str().unwrap()]).status.code(), Some(1));
    assert_eq!(run(&["check", "--fail-on", "error", garbled.to_str().unwrap()]).status.code(), Some(0));
}

#[test]
fn missing_and_non_utf8_files_are_reported_skipped_and_exit_2() {
    let directory = temp_dir("test-bad");
    let latin1 = directory.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 society.\n").unwrap();
    let good = directory.join("good.txt");
    std::fs::write(&good, "The the end.\n").unwrap();
    let binary_file = directory.join("image.txt");
    std::fs::write(&binary_file, [0u8, 1, 2, 3, 0, 255]).unwrap();
    let output = run(&[
        "check",
        "--format",
        "json",
        "missing.md",
        latin1.to_str().unwrap(),
        binary_file.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("missing.md: no such file"), "{stderr}");
    assert!(stderr.contains("not UTF-8"), "{stderr}");
    assert!(stderr.contains("binary"), "{stderr}");
    // The good file was still checked.
    let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(findings.as_array().unwrap().len(), 1);
}

#[test]
fn directories_recurse_into_drafts_and_survive_symlink_loops() {
    let directory = temp_dir("test-tree");
    std::fs::create_dir_all(directory.join("a/b")).unwrap();
    std::fs::write(directory.join("a/one.md"), "Fine copy.\n").unwrap();
    std::fs::write(directory.join("a/b/two.txt"), "It ended. through.\n").unwrap();
    std::fs::write(directory.join("a/b/ignored.rs"), "fn main() {}\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(directory.join("a"), directory.join("a/b/loop")).unwrap();
    let output = run(&["check", "--format", "json", directory.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let paths: Vec<&str> = findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(paths[0].ends_with("two.txt"));
}

/// `copydesk check` on stdin in `format`: the findings as JSON values, one per line for jsonl.
fn check_stdin(format: &str, draft: &str) -> Vec<Value> {
    let mut child = Command::new(binary())
        .args(["check", "--format", format, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(draft.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    match format {
        "jsonl" => text.lines().map(|line| serde_json::from_str(line).expect("JSON line")).collect(),
        _ => serde_json::from_str::<Value>(&text).expect("JSON").as_array().cloned().unwrap_or_default(),
    }
}

#[test]
fn spelling_suggestions_come_with_json_and_stay_out_of_archive_runs() {
    let draft = "The goverment met on Monday.";
    let json = check_stdin("json", draft);
    assert_eq!(json[0]["code"], "spelling.unknown-word");
    let titles: Vec<&str> =
        json[0]["fixes"].as_array().unwrap().iter().map(|fix| fix["title"].as_str().unwrap()).collect();
    assert!(titles.iter().any(|title| title.contains("government")), "{titles:?}");
    let jsonl = check_stdin("jsonl", draft);
    assert_eq!(jsonl[0]["code"], "spelling.unknown-word");
    assert_eq!(jsonl[0]["fixes"], Value::Array(Vec::new()));
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = Command::new(binary())
        .args(["check", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"We must and must win.").unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(findings[0]["path"], "<stdin>");
    assert_eq!(findings[0]["code"], "garbled.repeated-word");
}

#[test]
fn usage_errors_exit_2_and_rules_lists_every_rule() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let output = run(&["rules", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let rules: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let codes: Vec<&str> = rules.as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"garbled.sentence-break") && codes.contains(&"garbled.tortured-phrase"), "{codes:?}");
}

/// The fixture drafts: many files with findings of every family, in a stable walk order.
fn check_fixtures(format: &str) -> Output {
    run(&["check", "--format", format, "fixtures"])
}

#[test]
fn jsonl_has_one_finding_per_line_in_the_json_shape_and_order() {
    let lines_output = check_fixtures("jsonl");
    assert_eq!(lines_output.status.code(), Some(1));
    let text = String::from_utf8(lines_output.stdout).expect("UTF-8");
    assert!(text.ends_with('\n'), "every line ends with a newline");
    let lines: Vec<Value> = text.lines().map(|line| serde_json::from_str(line).expect("one JSON object")).collect();
    // The same findings, in the same order, as the JSON array, but for spelling
    // suggestions, which an archive run leaves out.
    let mut array: Value = serde_json::from_slice(&check_fixtures("json").stdout).expect("JSON");
    for finding in array.as_array_mut().unwrap() {
        if finding["code"] == "spelling.unknown-word" {
            finding["fixes"] = Value::Array(Vec::new());
        }
    }
    assert_eq!(lines, *array.as_array().unwrap());
    assert!(lines.len() > 20, "{}", lines.len());
    let paths: Vec<&str> = lines.iter().map(|line| line["path"].as_str().unwrap()).collect();
    let mut files: Vec<&str> = paths.clone();
    files.dedup();
    let mut sorted = files.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(files, sorted, "drafts appear once each, in walk order");
    assert!(files.len() >= 5, "{files:?}");
    // Within a draft, findings are in position order.
    for pair in lines.windows(2).filter(|pair| pair[0]["path"] == pair[1]["path"]) {
        assert!(pair[0]["start"].as_u64() <= pair[1]["start"].as_u64(), "{pair:?}");
    }
}

#[test]
fn output_is_identical_across_runs_on_every_core() {
    for format in ["jsonl", "human"] {
        let first = check_fixtures(format);
        for _ in 0..3 {
            let again = check_fixtures(format);
            assert_eq!(again.stdout, first.stdout, "{format}");
            assert_eq!(again.status.code(), first.status.code());
        }
    }
}

#[test]
fn jsonl_exit_codes_follow_the_findings_and_problems() {
    let directory = temp_dir("test-jsonl-exit");
    let clean = directory.join("clean.txt");
    std::fs::write(&clean, "The council met on Tuesday. It approved the budget.\n").unwrap();
    let garbled = directory.join("garbled.txt");
    std::fs::write(&garbled, "We must and must win.\n").unwrap();
    let clean_run = run(&["check", "--format", "jsonl", clean.to_str().unwrap()]);
    assert_eq!((clean_run.status.code(), clean_run.stdout.len()), (Some(0), 0));
    let garbled_run = run(&["check", "--format", "jsonl", clean.to_str().unwrap(), garbled.to_str().unwrap()]);
    assert_eq!(garbled_run.status.code(), Some(1));
    let line: Value = serde_json::from_slice(&garbled_run.stdout).expect("one line");
    assert_eq!(line["code"], "garbled.repeated-word");
    assert_eq!((line["line"].as_u64(), line["column"].as_u64()), (Some(1), Some(4)));
    let with_missing = run(&["check", "--format", "jsonl", "missing.txt", garbled.to_str().unwrap()]);
    assert_eq!(with_missing.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&with_missing.stdout).lines().count(), 1, "the good draft is still checked");
    let never = run(&["check", "--format", "jsonl", "--fail-on", "never", garbled.to_str().unwrap()]);
    assert_eq!(never.status.code(), Some(0));
}

#[test]
fn json_of_no_findings_is_an_empty_array() {
    let directory = temp_dir("test-json-empty");
    let clean = directory.join("clean.txt");
    std::fs::write(&clean, "The council met on Tuesday.\n").unwrap();
    let output = run(&["check", "--format", "json", clean.to_str().unwrap()]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "[]\n");
}
