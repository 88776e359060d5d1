//! The `fact` family end to end: `copydesk cast` prints the facts each member is given, and
//! `copydesk check` reports the disagreements (issue 25).

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

/// Runs the binary with `args`, the draft on stdin; its stdout.
fn run(args: &[&str], draft: &str) -> String {
    let mut child = Command::new(crate::support::binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run copydesk");
    child.stdin.take().expect("stdin").write_all(draft.as_bytes()).expect("write the draft");
    let output = child.wait_with_output().expect("copydesk ends");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const DRAFT: &str = "Sen. Ana Ruiz (D-Ore.) opened the hearing on Monday.\n\nRuiz, 54, said the bill would pass. Rep. Ruiz left at noon.\n";

#[test]
fn the_cast_lists_each_members_facts_with_their_lines() {
    let cast: Value = serde_json::from_str(&run(&["cast", "--format", "json", "-"], DRAFT)).expect("json");
    let ruiz = cast.as_array().expect("a list").iter().find(|e| e["name"] == "Ana Ruiz").expect("Ana Ruiz");
    let facts: Vec<(String, String, u64)> = ruiz["facts"]
        .as_array()
        .expect("facts")
        .iter()
        .map(|f| {
            (
                f["fact"].as_str().unwrap_or("").into(),
                f["value"].as_str().unwrap_or("").into(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let expected = [
        ("title", "senator", 1),
        ("party", "Democrat", 1),
        ("state", "Ore", 1),
        ("age", "54", 3),
        ("title", "representative", 3),
    ];
    assert_eq!(facts, expected.map(|(a, b, c)| (a.to_string(), b.to_string(), c)));
    assert_eq!(ruiz["facts"][0]["text"], json!("Sen."));

    let table = run(&["cast", "-"], DRAFT);
    assert!(table.contains("facts: senator (line 1, “Sen.”); Democrat (line 1, “D-Ore”)"), "{table}");
}

#[test]
fn check_reports_the_disagreement_at_the_later_statement() {
    let findings = run(&["check", "--format", "jsonl", "--fail-on", "never", "-"], DRAFT);
    let facts: Vec<Value> = findings
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|finding| finding["code"].as_str().is_some_and(|code| code.starts_with("fact.")))
        .collect();
    assert_eq!(facts.len(), 1, "{findings}");
    assert_eq!(facts[0]["code"], "fact.title");
    assert!(facts[0]["message"].as_str().is_some_and(|m| m.contains("“Rep.” here but “Sen.” on line 1")), "{findings}");
}
