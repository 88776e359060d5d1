//! Arbitrary bytes, read as UTF-8 (lossily), analysed as plain text and as Markdown.
//! Invariants: see tests/it/support/invariants.rs (`check_analysis`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)] // Each target uses part of the shared checks.
#[path = "../../tests/it/support/invariants.rs"]
mod invariants;

fuzz_target!(|bytes: &[u8]| {
    let draft = String::from_utf8_lossy(bytes);
    for language in invariants::LANGUAGES {
        if let Err(problem) = invariants::check_analysis(&draft, language) {
            panic!("{language:?}: {problem}\ndraft: {draft:?}");
        }
    }
});
