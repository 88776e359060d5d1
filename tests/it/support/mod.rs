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

/// The clean corpus, for a test that needs it: that test carries
/// `#[cfg_attr(copydesk_no_corpus, ignore = ...)]` (build.rs decides), so this fails only
/// under `CI=true` or when the corpus went away after the build.
pub fn required_corpus() -> PathBuf {
    corpus_articles().expect("../shared/corpus/wikinews-2019/articles (or COPYDESK_CORPUS) is missing")
}

/// The seed story, for a test that needs it (`#[cfg_attr(copydesk_no_seed, ignore = ...)]`).
pub fn required_seed() -> PathBuf {
    seed_story().expect("../shared/seed/000_0ba6b506c059018b.txt is missing")
}

/// ../shared/seed, if present.
pub fn seed_story() -> Option<PathBuf> {
    let path = repository_root().join("../shared/seed/000_0ba6b506c059018b.txt");
    path.is_file().then_some(path)
}
