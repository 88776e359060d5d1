//! The command line against what real disks and shells hand it: empty, huge, UTF-16 and
//! unreadable files, FIFOs, devices, dangling links, stdin and stdout closed early. Each
//! problem gets a clear message and exit status 2, the other files are still checked, and
//! nothing is ever written to the user's files. (cli.rs covers missing, Latin-1 and binary
//! files and symlink loops.)

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

use crate::support::{binary, temp_dir};

/// Runs copydesk with stdin closed, failing the test instead of hanging on a blocked read.
fn run(command: &mut Command) -> Output {
    let mut child =
        command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("run copydesk");
    let (mut stdout, mut stderr) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("copydesk hung: {command:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: out_reader.join().unwrap(), stderr: err_reader.join().unwrap() }
}

fn check(paths: &[&Path]) -> Output {
    run(Command::new(binary()).args(["check", "--format", "json"]).args(paths))
}

fn json_paths(output: &Output) -> Vec<String> {
    let findings: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&output.stdout)));
    findings.as_array().expect("array").iter().map(|f| f["path"].as_str().unwrap().to_string()).collect()
}

fn stderr(output: &Output) -> String {
    let text = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!text.contains("panicked"), "copydesk panicked: {text}");
    text
}

#[test]
fn empty_and_blank_files_have_no_findings_and_exit_0() {
    let directory = temp_dir("cli-abuse-empty");
    std::fs::write(directory.join("empty.txt"), "").unwrap();
    std::fs::write(directory.join("empty.md"), "").unwrap();
    std::fs::write(directory.join("blank.md"), "\n\r\n   \t\n").unwrap();
    let output = check(&[&directory]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(json_paths(&output).is_empty());
    let human = run(Command::new(binary()).args(["check"]).arg(&directory));
    assert_eq!(human.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&human.stdout).contains("No findings in 3 files"),
        "{}",
        String::from_utf8_lossy(&human.stdout)
    );
}

#[test]
fn utf16_and_byte_order_marked_files() {
    let directory = temp_dir("cli-abuse-encodings");
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain("The the end.\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    std::fs::write(directory.join("utf16.txt"), utf16).unwrap();
    std::fs::write(directory.join("bom.txt"), "\u{feff}The the end.\n").unwrap();
    let output = check(&[&directory.join("utf16.txt"), &directory.join("bom.txt")]);
    assert_eq!(output.status.code(), Some(2));
    let messages = stderr(&output);
    assert!(messages.contains("utf16.txt: is UTF-16 text"), "{messages}");
    assert_eq!(json_paths(&output).len(), 1, "the UTF-8 file with a byte order mark is still checked");
}

#[test]
fn a_fifty_megabyte_file_is_refused_with_a_clear_message_and_the_others_are_checked() {
    let directory = temp_dir("cli-abuse-huge");
    let huge = directory.join("huge.txt");
    let line = "Ministers met in Lisbon on Tuesday for talks on fishing quotas.\n";
    let mut file = std::io::BufWriter::new(std::fs::File::create(&huge).unwrap());
    for _ in 0..(50 * 1024 * 1024 / line.len() + 1) {
        file.write_all(line.as_bytes()).unwrap();
    }
    drop(file);
    let good = directory.join("good.txt");
    std::fs::write(&good, "We must and must act.\n").unwrap();
    let started = Instant::now();
    let output = check(&[&huge, &good]);
    assert_eq!(output.status.code(), Some(2));
    let messages = stderr(&output);
    assert!(
        messages.contains("huge.txt: is larger than 10 MiB (50.0 MiB), too large for a draft; skipped"),
        "{messages}"
    );
    assert_eq!(json_paths(&output), [good.display().to_string()]);
    assert!(started.elapsed() < Duration::from_secs(30), "refusing took {:?}", started.elapsed());
}

#[cfg(unix)]
#[test]
fn fifos_devices_and_dangling_links_neither_hang_nor_stop_the_run() {
    let directory = temp_dir("cli-abuse-special");
    let fifo = directory.join("pipe.txt");
    let status = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(status.success());
    std::os::unix::fs::symlink(directory.join("gone.md"), directory.join("dangling.md")).unwrap();
    std::fs::write(directory.join("good.md"), "It ended. through talks.\n").unwrap();
    // Walking a directory reads regular files only: the FIFO would block forever.
    let output = check(&[&directory]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(json_paths(&output).len(), 1);
    // Named explicitly, an endless device is read only up to the draft limit.
    let output = check(&[Path::new("/dev/zero"), &directory.join("good.md"), &directory.join("dangling.md")]);
    assert_eq!(output.status.code(), Some(2));
    let messages = stderr(&output);
    assert!(messages.contains("/dev/zero: is larger than 10 MiB"), "{messages}");
    assert!(messages.contains("dangling.md: no such file"), "{messages}");
    assert_eq!(json_paths(&output).len(), 1);
}

/// `command` run as an unprivileged user when the tests run as root (who can read
/// anything, through setpriv: build.rs marks the test ignored when that is unavailable),
/// or as is otherwise.
#[cfg(unix)]
fn unprivileged(program: &Path) -> Command {
    let is_root =
        Command::new("id").arg("-u").output().ok().is_some_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !is_root {
        return Command::new(program);
    }
    let mut command = Command::new("setpriv");
    command.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(program);
    command
}

#[cfg(unix)]
#[test]
#[cfg_attr(copydesk_no_unprivileged_user, ignore = "needs a non-root user or setpriv (fails under CI=true)")]
fn unreadable_files_and_directories_are_reported_and_the_rest_checked() {
    use std::os::unix::fs::PermissionsExt;
    let directory = temp_dir("cli-abuse-unreadable");
    std::fs::set_permissions(&directory, std::fs::Permissions::from_mode(0o755)).unwrap();
    let secret = directory.join("secret.txt");
    std::fs::write(&secret, "The the end.\n").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    let locked = directory.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("inside.txt"), "The the end.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let good = directory.join("good.txt");
    std::fs::write(&good, "We must and must act.\n").unwrap();
    std::fs::set_permissions(&good, std::fs::Permissions::from_mode(0o644)).unwrap();
    // A copy of the binary the unprivileged user can reach, whatever the build directory's rights.
    let program = directory.join("copydesk");
    std::fs::copy(binary(), &program).unwrap();
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    let output = run(unprivileged(&program).args(["check", "--format", "json"]).arg(&secret).arg(&locked).arg(&good));
    let messages = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{messages}");
    assert!(messages.contains("secret.txt: permission denied"), "{messages}");
    assert!(messages.contains("locked: permission denied"), "{messages}");
    assert_eq!(json_paths(&output), [good.display().to_string()]);
}

#[test]
fn stdin_closed_at_once_is_an_empty_draft_and_stdout_closed_early_is_not_a_crash() {
    let output = run(Command::new(binary()).args(["check", "--format", "json", "-"]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(json_paths(&output).is_empty());

    // A reader that goes away (`copydesk check … | head -1`): no panic, the same exit code.
    let directory = temp_dir("cli-abuse-stdout");
    let draft = directory.join("many.txt");
    std::fs::write(&draft, "We must and must act. It ended. through talks.\n".repeat(2000)).unwrap();
    let mut child = Command::new(binary())
        .arg("check")
        .arg(&draft)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
}

/// Length, modification time, permissions and content of every file under `directory`.
fn snapshot(directory: &Path) -> BTreeMap<PathBuf, (u64, SystemTime, u32, Vec<u8>)> {
    let mut files = BTreeMap::new();
    let mut pending = vec![directory.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).unwrap().flatten() {
            let metadata = std::fs::symlink_metadata(entry.path()).unwrap();
            if metadata.is_dir() {
                pending.push(entry.path());
            } else if metadata.is_file() {
                #[cfg(unix)]
                let mode = std::os::unix::fs::PermissionsExt::mode(&metadata.permissions());
                #[cfg(not(unix))]
                let mode = 0;
                files.insert(
                    entry.path(),
                    (metadata.len(), metadata.modified().unwrap(), mode, std::fs::read(entry.path()).unwrap()),
                );
            }
        }
    }
    files
}

#[test]
fn checking_never_writes_to_the_users_files() {
    let directory = temp_dir("cli-abuse-untouched");
    std::fs::create_dir_all(directory.join("desk")).unwrap();
    std::fs::write(directory.join("desk/story.md"), "# Talks\n\nIt ended. through talks, and we must and must act ,\n")
        .unwrap();
    std::fs::write(directory.join("story.txt"), "The the end.\r\n").unwrap();
    let read_only = directory.join("read-only.txt");
    std::fs::write(&read_only, "Arrests were reported.. Police,, said\n").unwrap();
    let mut permissions = std::fs::metadata(&read_only).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&read_only, permissions).unwrap();
    let before = snapshot(&directory);
    for format in ["human", "json"] {
        let output =
            run(Command::new(binary()).args(["check", "--format", format]).arg(&directory).current_dir(&directory));
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    }
    assert_eq!(snapshot(&directory), before, "copydesk changed or created a file");
}
