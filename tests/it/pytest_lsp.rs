//! The protocol tests of tests/lsp, run from `cargo test`: pytest drives the built
//! `copydesk lsp` through pytest-lsp, a real LSP client library (lsprotocol types), with
//! clients that advertise pull diagnostics, inlay hints, related information and lazy
//! code actions, and clients that do not.
//!
//! The client lives in a venv that scripts/setup-lsp-tests.sh makes at
//! target/lsp-tests-venv (.ci/run runs it); `COPYDESK_PYTEST_PYTHON` names another Python
//! that has pytest-lsp. Without one the test is ignored with the reason (build.rs), and
//! under `CI=true` it runs and fails, like the editor tests.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::support::{binary, repository_root};

/// A Python that can import pytest_lsp: the one named, else the project's venv, else
/// python3 on PATH.
fn python_with_pytest_lsp() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("COPYDESK_PYTEST_PYTHON").map(PathBuf::from),
        Some(repository_root().join("target/lsp-tests-venv/bin/python")),
        Some(PathBuf::from("python3")),
    ];
    candidates.into_iter().flatten().find(|python| {
        Command::new(python)
            .args(["-c", "import pytest_lsp"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    })
}

#[test]
#[cfg_attr(copydesk_no_pytest_lsp, ignore = "needs pytest-lsp (scripts/setup-lsp-tests.sh; fails under CI=true)")]
fn the_protocol_tests_pass_through_pytest_lsp() {
    let python = python_with_pytest_lsp().expect("pytest-lsp is not installed: run scripts/setup-lsp-tests.sh");
    let output = Command::new(&python)
        .args(["-m", "pytest", "tests/lsp", "-q", "-p", "no:cacheprovider", "--color=no"])
        .current_dir(repository_root())
        .env("CARGO_BIN_EXE_copydesk", binary())
        .env_remove("COPYDESK_BIN")
        .stdin(Stdio::null())
        .output()
        .expect("run pytest");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Exit 0 only when tests ran and passed (5 is "no tests collected").
    assert!(output.status.success(), "pytest tests/lsp failed ({}):\n{stdout}\n{stderr}", output.status);
    let summary = stdout.lines().rev().find(|line| line.contains(" passed")).unwrap_or_default();
    assert!(summary.contains(" passed") && !summary.contains("failed"), "no passing summary:\n{stdout}");
}
