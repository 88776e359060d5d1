//! The pipeline: draft -> prose -> facts -> findings. Shared by the CLI and the server.

use crate::analysis::Facts;
use crate::rules::{Confidence, Context, Finding, RULES, Scope};
use crate::settings::Settings;
use crate::text::{Language, Prose};

/// A checked draft: what was read and what was found.
#[derive(Debug, Default)]
pub struct Checked {
    pub prose: Prose,
    pub facts: Facts,
    /// Sorted by position, then code.
    pub findings: Vec<Finding>,
}

/// What one analysis of a document keeps for the next analysis of the same document: the
/// one memo of the engine. Each document has its own (the server keeps one per open
/// document; a one-off check makes a fresh one), two memos share nothing, and nothing in
/// the analysis or the rules keeps anything anywhere else. Every part is per paragraph
/// (`text::memo::ParagraphMemo`, found by the paragraph's text) or a document-wide value
/// kept with the input it was computed from (`text::memo::Cutoff`, an early cutoff).
/// Immutable reference data (dictionaries, gazetteer, phrase lexicon) is not here: it is
/// loaded once per process and shared.
#[derive(Clone, Debug, Default)]
pub struct Memo {
    facts: crate::analysis::Memo,
    rules: crate::rules::Memo,
}

/// Loads the spelling dictionaries an analysis under `settings` reads (a no-op once
/// loaded): the one of both dialects, which the cast asks whether a capitalised word is a
/// common word, and the dialect's for the spelling rule when it is on. With
/// [`load_phrase_lexicon`], the reference data that costs milliseconds to load: a caller
/// with threads (the command line, the server) loads them beside the first analysis,
/// which waits only if it asks for one before it is ready.
pub fn load_dictionary(settings: &Settings) {
    crate::dictionary::warm(None);
    let rule = &crate::rules::spelling::unknown_word::RULE;
    if settings.severity_for(rule.id, rule.default_severity).is_some() {
        crate::rules::spelling::warm(settings.spelling.dialect);
    }
}

/// Loads the built-in tortured-phrase lexicon when `settings` use it (see
/// [`load_dictionary`]); a project's own phrases build theirs in the document's memo.
pub fn load_phrase_lexicon(settings: &Settings) {
    let rule = &crate::rules::garbled::tortured_phrase::RULE;
    if settings.severity_for(rule.id, rule.default_severity).is_some()
        && *settings.phrases == crate::settings::PhraseSettings::default()
    {
        let _ = crate::rules::garbled::tortured_phrase::default_lexicon();
    }
}

/// From this size a draft read afresh has its paragraph rules run beside its facts (about
/// 6,000 words: the rules then cost milliseconds, a thread tens of microseconds).
const SIDE_BY_SIDE_BYTES: usize = 32 * 1024;

/// A draft checked once (the command line, the browser): a fresh memo, dropped after.
pub fn check_draft(draft: &str, language: Language, settings: &Settings) -> Checked {
    check_draft_reusing(&mut Memo::default(), None, draft, language, settings)
}

/// [`check_draft`] for a document analysed before with `memo`: paragraphs the edit left
/// alone keep what was read from them (their tokens and sentences from `previous`, the
/// prose of the document's last analysis; the rest from the memo), and the document-wide
/// steps run again only when what they read changed. The result is `check_draft`'s; only
/// the cost differs.
pub fn check_draft_reusing(
    memo: &mut Memo,
    previous: Option<&Prose>,
    draft: &str,
    language: Language,
    settings: &Settings,
) -> Checked {
    let _span = tracing::debug_span!("analysis", bytes = draft.len(), reusing = previous.is_some()).entered();
    // Each stage has a span of its own (`RUST_LOG=copydesk=debug` prints its duration when
    // it closes; `=trace` adds each rule): docs/performance.md reads them per keystroke.
    let prose = tracing::debug_span!("prose").in_scope(|| match previous {
        Some(previous) => Prose::new_reusing(previous, draft, language),
        None => Prose::new(draft, language),
    });
    // The facts and the paragraph rules read the prose and nothing of each other, each with
    // its own part of the memo. The facts go first: besides the small reference tables they
    // need only the dictionary of both dialects (the cast's common words), so a caller that
    // loads the phrase lexicon and the dictionaries beside the analysis
    // ([`load_phrase_lexicon`], [`load_dictionary`]) has them ready when the rules ask. A long draft read afresh (opened, or checked on the command line) runs
    // the paragraph rules, and the spelling rule's look-ups of each paragraph's words, on a
    // second thread meanwhile.
    let paragraph_rules = |rules_memo: &mut crate::rules::Memo| {
        tracing::debug_span!("paragraph_rules")
            .in_scope(|| crate::rules::local::paragraph_findings(RULES, rules_memo, &prose, settings))
    };
    let (facts, paragraph_findings) =
        if previous.is_none() && draft.len() >= SIDE_BY_SIDE_BYTES && cfg!(not(target_arch = "wasm32")) {
            let (facts_memo, rules_memo) = (&mut memo.facts, &mut memo.rules);
            std::thread::scope(|scope| {
                let beside =
                    std::thread::Builder::new().name("copydesk-paragraphs".to_string()).spawn_scoped(scope, || {
                        let found = paragraph_rules(rules_memo);
                        // The spelling rule's dictionary look-ups are per paragraph too.
                        crate::rules::spelling::read_ahead(rules_memo, &prose, settings);
                        found
                    });
                let facts = Facts::gather(&prose, settings, facts_memo);
                match beside {
                    Ok(beside) => match beside.join() {
                        Ok(found) => (facts, found),
                        Err(panic) => std::panic::resume_unwind(panic),
                    },
                    // No second thread: the paragraph rules run here, this once without the
                    // document's memo (the next analysis reads every paragraph again).
                    Err(_) => (facts, paragraph_rules(&mut crate::rules::Memo::default())),
                }
            })
        } else {
            let facts = Facts::gather(&prose, settings, &mut memo.facts);
            (facts, paragraph_rules(&mut memo.rules))
        };
    let rules_span = tracing::debug_span!("rules").entered();
    let context = Context { draft, prose: &prose, facts: &facts, settings, memo: &memo.rules };
    let mut paragraph_findings = paragraph_findings.into_iter().peekable();
    let mut findings = Vec::new();
    for rule in RULES {
        let Some(severity) = settings.severity_for(rule.id(), rule.default_severity) else { continue };
        let found = match rule.scope {
            Scope::Paragraph { then, .. } => {
                let mut found = paragraph_findings
                    .next_if(|(of, _)| std::ptr::eq(*of, *rule))
                    .map(|(_, found)| found)
                    .unwrap_or_default();
                if let Some(then) = then {
                    then(&context, &mut found);
                }
                found
            }
            Scope::Document(check) => {
                tracing::trace_span!("rule", code = rule.id().as_str()).in_scope(|| check(&context))
            }
        };
        for mut finding in found {
            finding.severity = match finding.confidence {
                Confidence::High => severity,
                Confidence::Low => severity.lowered(),
            };
            findings.push(finding);
        }
    }
    drop(rules_span);
    // Suppression comments hide findings, so they apply after every rule has run.
    let about_suppressions = crate::rules::suppressions::apply(draft, language, &mut findings, settings);
    findings.extend(about_suppressions);
    findings.sort_by_key(|finding| (finding.span.start, finding.span.end, finding.code));
    Checked { prose, facts, findings }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding names its rule from the moment it is made: each rule's own check returns
    /// findings already carrying its code (the engine's stamp changes nothing).
    #[test]
    fn rules_name_their_own_findings() {
        let draft = "The the council met. \"We will win, he said.\nIt was a bosom peril for the the towne.\n\n<!-- copydesk-disable-next-line garbled.nothing -->\nFine.\n";
        let settings = Settings::default();
        let prose = Prose::new(draft, Language::Markdown);
        let facts = Facts::gather(&prose, &settings, &mut Default::default());
        let memo = Default::default();
        let context = Context { draft, prose: &prose, facts: &facts, settings: &settings, memo: &memo };
        let mut seen = Vec::new();
        for rule in RULES {
            for finding in rule.check(&context) {
                assert_eq!(finding.code, rule.id(), "{}", finding.message);
                seen.push(finding.code);
            }
        }
        let checked = check_draft(draft, Language::Markdown, &settings);
        assert!(checked.findings.iter().any(|finding| finding.code == crate::rules::RuleId::SuppressionUnknown));
        assert!(seen.len() >= 3, "{seen:?}");
    }
}

/// The paragraph rules through the engine: what a paragraph finds alone, and what
/// an edit reuses.
#[cfg(test)]
mod local_tests {
    use super::*;
    use crate::rules::Finding;
    use crate::rules::local::moved;
    use crate::vocabulary::{Level, RuleId};
    use std::sync::Arc;

    fn paragraph_rules() -> Vec<RuleId> {
        RULES.iter().filter(|rule| matches!(rule.scope, Scope::Paragraph { .. })).map(|rule| rule.id()).collect()
    }

    /// A paragraph's neighbours never change what the local rules find in it: each
    /// paragraph checked alone finds the same as inside the draft.
    #[test]
    fn paragraphs_read_nothing_of_their_neighbours() {
        // Each paragraph's start or end is a trap for a rule that looks one token too far.
        let draft = "It cost 5 Corp.\n\n., and then. de Blasio spoke.\n\nWait.\n\n.. it ended. de\n\nVan der Berg left.\n\nThe 90-minute\n\nheader ended. through it (and [so\n\nThe port reopened on Monday morning after repairs. Ships queued in the bay all day";
        let settings = Settings::default();
        let whole = check_draft(draft, Language::PlainText, &settings);
        let local_codes = paragraph_rules();
        assert_eq!(local_codes.len(), 7);
        let mut expected = Vec::new();
        for paragraph in &whole.prose.paragraphs {
            let alone = &draft[paragraph.span.range()];
            for finding in check_draft(alone, Language::PlainText, &settings).findings {
                if local_codes.contains(&finding.code) {
                    expected.push((finding.code, moved(&finding, |offset| offset + paragraph.span.start)));
                }
            }
        }
        let found: Vec<(RuleId, Finding)> = whole
            .findings
            .iter()
            .filter(|finding| local_codes.contains(&finding.code))
            .map(|finding| (finding.code, finding.clone()))
            .collect();
        assert_eq!(found, expected);
        assert!(found.len() >= 5, "{found:?}");
    }

    #[test]
    fn unchanged_paragraphs_share_their_findings_and_settings_changes_recheck() {
        let draft = "The the council met.\n\nIt ended. through the night.\n\nThey left ,,\n";
        let settings = Settings::default();
        let mut memo = Memo::default();
        let first = check_draft_reusing(&mut memo, None, draft, Language::PlainText, &settings);
        let kept = |memo: &Memo, checked: &Checked| -> Vec<Option<Arc<Vec<Finding>>>> {
            checked.prose.paragraphs.iter().map(|paragraph| memo.rules.paragraph_findings_of(paragraph)).collect()
        };
        let before = kept(&memo, &first);
        let edited = draft.replace("council", "councils");
        let second = check_draft_reusing(&mut memo, Some(&first.prose), &edited, Language::PlainText, &settings);
        let after = kept(&memo, &second);
        let shared = |a: &[Option<Arc<Vec<Finding>>>], b: &[Option<Arc<Vec<Finding>>>], index: usize| matches!((&a[index], &b[index]), (Some(a), Some(b)) if Arc::ptr_eq(a, b));
        assert!(!shared(&before, &after, 0) && shared(&before, &after, 1) && shared(&before, &after, 2));
        assert_eq!(second.findings, check_draft(&edited, Language::PlainText, &settings).findings);
        // The same text under other settings is checked again, and the rule that is off is gone.
        let mut quieter = Settings::default();
        quieter.rules.insert("garbled.punctuation".into(), Level::Off);
        let third = check_draft_reusing(&mut memo, Some(&second.prose), &edited, Language::PlainText, &quieter);
        assert!(!shared(&after, &kept(&memo, &third), 2));
        assert!(third.findings.iter().all(|finding| finding.code.as_str() != "garbled.punctuation"));
        assert_eq!(third.findings, check_draft(&edited, Language::PlainText, &quieter).findings);
    }
}
