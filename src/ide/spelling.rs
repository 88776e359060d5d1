//! Spelling suggestions for a code-action request: which words get them, and the fixes.
//! The "add to the project's word list" action is a teaching action (`actions`).

use crate::engine::Checked;
use crate::rules::{Fix, spelling};
use crate::settings::Dialect;
use crate::text::ByteSpan;

/// Suggestions cost tens of milliseconds a word: a request gets them for at most this many.
pub const MAX_WORDS: usize = 3;

/// The misspelt words (as finding indexes) in `requested` that should get suggestions.
pub fn words_to_suggest(checked: &Checked, requested: ByteSpan) -> Vec<usize> {
    (checked.findings.iter().enumerate())
        .filter(|(_, finding)| finding.span.overlaps(requested) && spelling::is_spelling(finding))
        .map(|(index, _)| index)
        .take(MAX_WORDS)
        .collect()
}

/// The suggestion fixes for the findings at `wanted`, keyed by finding index.
pub fn suggestions(
    checked: &Checked,
    draft: &str,
    wanted: &[usize],
    dialect: Option<Dialect>,
) -> Vec<(usize, Vec<Fix>)> {
    (wanted.iter())
        .filter_map(|&index| Some((index, spelling::suggestion_fixes(checked.findings.get(index)?, draft, dialect))))
        .collect()
}
