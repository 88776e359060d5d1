//! The deterministic part of the fuzzing: the fuzz targets' invariants
//! (support/invariants.rs) over the committed seeds in fuzz/seeds/ (including every crash
//! the fuzzers found) and over a few hundred drafts and edit scripts built from a fixed
//! seed out of the pieces that break text code: line-ending mixes, surrogate pairs,
//! combining marks, quotes, Markdown syntax, abbreviations, NUL. Fast in debug builds; the
//! long runs are `cargo fuzz` (see docs/reliability.md).

use std::path::PathBuf;

use copydesk::text::{Language, PositionEncoding};

use crate::support::invariants::{EditScript, LANGUAGES, RawChange, check_analysis, check_edit_script};
use crate::support::repository_root;

const PIECES: &[&str] = &[
    "The",
    "the ",
    "the",
    " ",
    "  ",
    "talks",
    "ended",
    ". ",
    ".",
    "..",
    "...",
    "…",
    ",",
    " ,",
    ";",
    ":",
    "!",
    "?",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "😀",
    "👍🏽",
    "é",
    "e\u{301}",
    "北京",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "(",
    ")",
    "[",
    "]",
    "# ",
    "*",
    "**",
    "`",
    "```\n",
    "- ",
    "> ",
    "1. ",
    "<b>",
    "U.S.",
    "Dr.",
    "Inc.,",
    "Jr.",
    "https://example.com/a.b",
    "a@b.org",
    "\0",
    "and and ",
    "must and must ",
    "Bidens’",
    "said",
    "Smith",
    "3.5",
    "—",
    "\u{2028}",
    "\u{feff}",
    "|",
    "---\n",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }

    fn byte(&mut self) -> u8 {
        // Mostly small numbers (lines and columns that land in a short document).
        if self.next(8) == 0 { self.next(256) as u8 } else { self.next(24) as u8 }
    }

    fn draft(&mut self, max_pieces: usize) -> String {
        (0..self.next(max_pieces + 1)).map(|_| PIECES[self.next(PIECES.len())]).collect()
    }
}

fn seeds(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let directory = repository_root().join("fuzz/seeds").join(target);
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(&directory).expect("fuzz/seeds").filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths.into_iter().map(|path| (path.clone(), std::fs::read(&path).unwrap())).collect()
}

#[test]
fn the_fuzz_seeds_and_past_crashes_hold_the_invariants() {
    let analyse = seeds("analyse");
    let edits = seeds("edits");
    assert!(!analyse.is_empty() && !edits.is_empty(), "no seeds under fuzz/seeds");
    for (path, bytes) in analyse {
        let draft = String::from_utf8_lossy(&bytes);
        for language in LANGUAGES {
            if let Err(problem) = check_analysis(&draft, language) {
                panic!("{} as {language:?}: {problem}", path.display());
            }
        }
    }
    for (path, bytes) in edits {
        if let Err(problem) = check_edit_script(&EditScript::decode(&bytes)) {
            panic!("{}: {problem}", path.display());
        }
    }
}

#[test]
fn generated_drafts_hold_the_analysis_invariants() {
    let mut generator = Lcg(0x00c0_ffee);
    for case in 0..300 {
        let draft = generator.draft(40);
        for language in LANGUAGES {
            if let Err(problem) = check_analysis(&draft, language) {
                panic!("case {case} as {language:?}: {problem}\ndraft: {draft:?}");
            }
        }
    }
}

#[test]
fn generated_edit_scripts_match_the_reference_and_a_fresh_open() {
    let mut generator = Lcg(0x5eed_1e55);
    for case in 0..300 {
        let changes = (0..generator.next(12))
            .map(|_| RawChange {
                // 254 now and then: a change without a range (the whole text).
                start_line: if generator.next(25) == 0 { 254 } else { generator.byte() },
                start_column: generator.byte(),
                end_line: generator.byte(),
                end_column: generator.byte(),
                text: generator.draft(4),
            })
            .collect();
        let script = EditScript {
            initial: generator.draft(20),
            encoding: if generator.next(2) == 0 { PositionEncoding::Utf16 } else { PositionEncoding::Utf8 },
            language: if generator.next(2) == 0 { Language::PlainText } else { Language::Markdown },
            batched: generator.next(4) == 0,
            changes,
        };
        if let Err(problem) = check_edit_script(&script) {
            panic!("case {case}: {problem}\nscript: {script:?}");
        }
    }
}
