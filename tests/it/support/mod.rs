//! Shared helpers for the end-to-end tests.

pub mod invariants;
pub mod lsp_client;

use std::path::PathBuf;

pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_copydesk"))
}

/// A fresh, empty directory for one test: `<tmp>/copydesk-<name>-<pid>`. Names must be
/// unique across the test crate, since tests run in parallel.
pub fn temp_dir(name: &str) -> PathBuf {
    let directory = std::env::temp_dir().join(format!("copydesk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(&directory).expect("temp dir");
    directory
}

pub fn repository_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// ../shared/corpus/wikinews-2019/articles beside the repository (or COPYDESK_CORPUS), if present.
pub fn corpus_articles() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("COPYDESK_CORPUS").map(PathBuf::from),
        Some(repository_root().join("../shared/corpus/wikinews-2019/articles")),
    ];
    candidates.into_iter().flatten().find(|path| path.is_dir())
}

/// ../shared/seed, if present.
pub fn seed_story() -> Option<PathBuf> {
    let path = repository_root().join("../shared/seed/000_0ba6b506c059018b.txt");
    path.is_file().then_some(path)
}
