//! A document opened and then edited by arbitrary LSP range edits, in UTF-8 or UTF-16
//! columns. Invariants: see tests/it/support/invariants.rs (`check_edit_script`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)] // Each target uses part of the shared checks.
#[path = "../../tests/it/support/invariants.rs"]
mod invariants;

fuzz_target!(|bytes: &[u8]| {
    let script = invariants::EditScript::decode(bytes);
    if let Err(problem) = invariants::check_edit_script(&script) {
        panic!("{problem}\nscript: {script:?}");
    }
});
