//! The `spelling` family: words the dictionary does not know, minus the draft's names.
//!
//! Checking runs with the other rules; findings carry no suggestions, and
//! [`suggestion_fixes`] computes them when someone asks: the editor's code-action request,
//! or the command line's report (a slip's take well under a millisecond, see
//! `dictionary::suggestions`).

pub mod candidates;
pub mod dictionary;
mod terms;
pub mod unknown_word;

use crate::rules::{Finding, Fix};
use crate::settings::Dialect;

pub use dictionary::warm;

/// Looks up every paragraph's words in the dictionary ahead of the rule (see
/// `candidates::read_ahead`), when the rule is on.
pub fn read_ahead(memo: &mut crate::rules::Memo, prose: &crate::text::Prose, settings: &crate::settings::Settings) {
    if settings.severity_for(unknown_word::RULE.id, unknown_word::RULE.default_severity).is_some() {
        let memo = memo.spelling.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner());
        candidates::read_ahead(prose, settings.spelling.dialect, memo);
    }
}

/// Suggestions offered for one misspelt word.
pub const MAX_SUGGESTIONS: usize = 5;

/// Whether `finding` is a spelling finding, whose fixes come from [`suggestion_fixes`].
pub fn is_spelling(finding: &Finding) -> bool {
    finding.code == unknown_word::RULE.id
}

/// Replacements for the word a spelling finding flags, best first, at most
/// [`MAX_SUGGESTIONS`]; none for any other finding.
pub fn suggestion_fixes(finding: &Finding, draft: &str, dialect: Option<Dialect>) -> Vec<Fix> {
    if !is_spelling(finding) {
        return Vec::new();
    }
    let Some(word) = draft.get(finding.span.range()) else { return Vec::new() };
    dictionary::suggestions(dialect, word, MAX_SUGGESTIONS)
        .into_iter()
        .map(|suggestion| Fix::replace(format!("Write “{suggestion}”"), finding.span, suggestion))
        .collect()
}
