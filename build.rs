//! Which end-to-end tests can run here (tests/it): the clean corpus and the seed story live
//! in ../shared beside the repository, the unreadable-file test needs an unprivileged
//! user, and the editor tests need Neovim and Emacs (with eglot and markdown-mode). When one is missing the tests that need it are marked `#[ignore]` with the reason,
//! so `cargo test`'s summary counts them as ignored and lists why; under `CI=true` nothing
//! is ignored and the tests fail on what is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CI");
    println!("cargo:rerun-if-env-changed=COPYDESK_CORPUS");
    for name in [
        "copydesk_no_corpus",
        "copydesk_no_seed",
        "copydesk_no_unprivileged_user",
        "copydesk_no_neovim",
        "copydesk_no_emacs",
        "copydesk_no_pytest_lsp",
    ] {
        println!("cargo::rustc-check-cfg=cfg({name})");
    }
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let shared = root.join("../shared");
    // Watch the nearest directory that exists, so data added later is noticed without
    // rerunning this script on every build.
    watch(&shared.join("corpus/wikinews-2019/articles"));
    watch(&shared.join("seed"));
    // An editor installed later changes its folder's modification time: watch where the
    // editors are, or where a package manager would put them (not every folder of PATH,
    // which would rerun this script, and rebuild the crate, whenever one of them changes).
    println!("cargo:rerun-if-env-changed=PATH");
    for program in ["nvim", "emacs"] {
        match path_folders().into_iter().find(|folder| folder.join(program).is_file()) {
            Some(folder) => watch(&folder),
            None => watch(Path::new("/usr/bin")),
        }
    }
    watch(Path::new("/usr/share/emacs/site-lisp/elpa"));
    println!("cargo:rerun-if-env-changed=COPYDESK_PYTEST_PYTHON");
    watch(&root.join("target/lsp-tests-venv/bin"));
    if std::env::var("CI").is_ok_and(|value| value == "true") {
        return;
    }
    // As tests/it/support finds it: COPYDESK_CORPUS, else the one beside the repository.
    let corpus = std::env::var_os("COPYDESK_CORPUS").map(PathBuf::from);
    if !corpus.into_iter().chain([shared.join("corpus/wikinews-2019/articles")]).any(|path| path.is_dir()) {
        println!("cargo:rustc-cfg=copydesk_no_corpus");
    }
    if !shared.join("seed/000_0ba6b506c059018b.txt").is_file() {
        println!("cargo:rustc-cfg=copydesk_no_seed");
    }
    if !unprivileged_user_available() {
        println!("cargo:rustc-cfg=copydesk_no_unprivileged_user");
    }
    if !on_path("nvim") {
        println!("cargo:rustc-cfg=copydesk_no_neovim");
    }
    if !on_path("emacs") || !emacs_has_libraries(&["eglot", "markdown-mode"]) {
        println!("cargo:rustc-cfg=copydesk_no_emacs");
    }
    if !pytest_lsp_available(&root) {
        println!("cargo:rustc-cfg=copydesk_no_pytest_lsp");
    }
}

fn path_folders() -> Vec<PathBuf> {
    std::env::var_os("PATH").map(|path| std::env::split_paths(&path).collect()).unwrap_or_default()
}

fn on_path(program: &str) -> bool {
    path_folders().iter().any(|folder| folder.join(program).is_file())
}

fn emacs_has_libraries(libraries: &[&str]) -> bool {
    let located: Vec<String> = libraries.iter().map(|library| format!("(locate-library \"{library}\")")).collect();
    let program = format!("(progn (package-activate-all) (kill-emacs (if (and {}) 0 1)))", located.join(" "));
    Command::new("emacs")
        .args(["--batch", "--eval", &program])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// A Python that imports pytest_lsp, as tests/it/pytest_lsp.rs looks for one: the one
/// named, the venv scripts/setup-lsp-tests.sh makes, or python3 on PATH.
fn pytest_lsp_available(root: &Path) -> bool {
    let candidates = [
        std::env::var_os("COPYDESK_PYTEST_PYTHON").map(PathBuf::from),
        Some(root.join("target/lsp-tests-venv/bin/python")),
        Some(PathBuf::from("python3")),
    ];
    candidates.into_iter().flatten().any(|python| {
        Command::new(python)
            .args(["-c", "import pytest_lsp"])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    })
}

fn watch(path: &Path) {
    let existing = path.ancestors().find(|ancestor| ancestor.exists()).unwrap_or(path);
    println!("cargo:rerun-if-changed={}", existing.display());
}

/// A user without root's rights: this one, or `nobody` through util-linux's setpriv.
fn unprivileged_user_available() -> bool {
    let is_root =
        Command::new("id").arg("-u").output().is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0");
    !is_root
        || Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "true"])
            .status()
            .is_ok_and(|status| status.success())
}
