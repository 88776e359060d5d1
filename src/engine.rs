//! The pipeline: draft -> prose -> facts -> findings. Shared by the CLI and the server.

use crate::analysis::Facts;
use crate::rules::local::LocalFindings;
use crate::rules::{Confidence, Context, Finding, RULES};
use crate::settings::Settings;
use crate::text::{Language, Prose};

/// A checked draft: what was read and what was found.
#[derive(Debug, Default)]
pub struct Checked {
    pub prose: Prose,
    pub facts: Facts,
    /// Sorted by position, then code.
    pub findings: Vec<Finding>,
    /// The paragraph-local rules' findings per paragraph, for the next analysis to reuse.
    pub local: LocalFindings,
}

/// A draft checked once (the command line, the browser): nothing is kept for a next
/// analysis. The server checks with [`check_draft_reusing`] from the first version on.
pub fn check_draft(draft: &str, language: Language, settings: &Settings) -> Checked {
    let _span = tracing::debug_span!("analysis", bytes = draft.len(), reusing = false).entered();
    let prose = Prose::new(draft, language);
    let local = LocalFindings::gather(&prose, &[], None, settings);
    let facts = Facts::gather(&prose, settings);
    check_facts(draft, language, prose, facts, local, settings)
}

/// [`check_draft`] for a new version of a draft checked before (`previous`): paragraphs
/// the edit left alone keep their tokens and sentences (see `Prose::new_reusing`), the
/// findings of the paragraph-local rules (see `rules::local`) and their name mentions (see
/// `analysis::cast::reuse`); with no `previous`, a first analysis that keeps what the next
/// one reuses. The result is the same as `check_draft`'s; only the cost differs.
pub fn check_draft_reusing(
    previous: Option<&Checked>,
    draft: &str,
    language: Language,
    settings: &Settings,
) -> Checked {
    let _span = tracing::debug_span!("analysis", bytes = draft.len(), reusing = previous.is_some()).entered();
    let (prose, origins) = match previous {
        Some(previous) => Prose::new_reusing_traced(&previous.prose, draft, language),
        None => (Prose::new(draft, language), Vec::new()),
    };
    let local = LocalFindings::gather(&prose, &origins, previous.map(|previous| &previous.local), settings);
    let facts = Facts::gather_reusing(previous.map(|previous| &previous.facts), &prose, settings);
    check_facts(draft, language, prose, facts, local, settings)
}

/// The rules over what was read, then suppressions.
fn check_facts(
    draft: &str,
    language: Language,
    prose: Prose,
    facts: Facts,
    local: LocalFindings,
    settings: &Settings,
) -> Checked {
    let context = Context { draft, prose: &prose, facts: &facts, settings };
    let mut findings = Vec::new();
    for rule in RULES {
        let Some(severity) = settings.severity_for(rule.id(), rule.default_severity) else { continue };
        let found = match local.rule(rule.code()) {
            Some(local_rule) => local.findings_of(local_rule, &context),
            None => (rule.check)(&context),
        };
        for mut finding in found {
            finding.severity = match finding.confidence {
                Confidence::High => severity,
                Confidence::Low => severity.lowered(),
            };
            findings.push(finding);
        }
    }
    // Suppression comments hide findings, so they apply after every rule has run.
    let about_suppressions = crate::rules::suppressions::apply(draft, language, &mut findings, settings);
    findings.extend(about_suppressions);
    findings.sort_by_key(|finding| (finding.span.start, finding.span.end, finding.code));
    Checked { prose, facts, findings, local }
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
        let facts = Facts::gather(&prose, &settings);
        let context = Context { draft, prose: &prose, facts: &facts, settings: &settings };
        let mut seen = Vec::new();
        for rule in RULES {
            for finding in (rule.check)(&context) {
                assert_eq!(finding.code, rule.id(), "{}", finding.message);
                seen.push(finding.code);
            }
        }
        let checked = check_draft(draft, Language::Markdown, &settings);
        assert!(checked.findings.iter().any(|finding| finding.code == crate::rules::RuleId::SuppressionUnknown));
        assert!(seen.len() >= 3, "{seen:?}");
    }
}

/// The paragraph-local rules through the engine: what a paragraph finds alone, and what
/// an edit reuses.
#[cfg(test)]
mod local_tests {
    use super::*;
    use crate::rules::Finding;
    use crate::rules::local::{LOCAL_RULES, moved};
    use crate::vocabulary::{Level, RuleId};
    use std::sync::Arc;

    /// A paragraph's neighbours never change what the local rules find in it: each
    /// paragraph checked alone finds the same as inside the draft.
    #[test]
    fn paragraphs_read_nothing_of_their_neighbours() {
        // Each paragraph's start or end is a trap for a rule that looks one token too far.
        let draft = "It cost 5 Corp.\n\n., and then. de Blasio spoke.\n\nWait.\n\n.. it ended. de\n\nVan der Berg left.\n\nThe 90-minute\n\nheader ended. through it (and [so";
        let settings = Settings::default();
        let whole = check_draft(draft, Language::PlainText, &settings);
        let local_codes: Vec<RuleId> = LOCAL_RULES.iter().map(|local| local.rule.id()).collect();
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
        let first = check_draft(draft, Language::PlainText, &settings);
        let edited = draft.replace("council", "councils");
        let second = check_draft_reusing(Some(&first), &edited, Language::PlainText, &settings);
        let shared = |a: &Checked, b: &Checked, index: usize| {
            Arc::ptr_eq(&a.local.by_paragraph[index], &b.local.by_paragraph[index])
        };
        assert!(!shared(&first, &second, 0) && shared(&first, &second, 1) && shared(&first, &second, 2));
        assert_eq!(second.findings, check_draft(&edited, Language::PlainText, &settings).findings);
        // The same text under other settings is checked again, and the rule that is off is gone.
        let mut quieter = Settings::default();
        quieter.rules.insert("garbled.punctuation".into(), Level::Off);
        let third = check_draft_reusing(Some(&second), &edited, Language::PlainText, &quieter);
        assert!(!shared(&second, &third, 2));
        assert!(third.findings.iter().all(|finding| finding.code.as_str() != "garbled.punctuation"));
        assert_eq!(third.findings, check_draft(&edited, Language::PlainText, &quieter).findings);
    }
}
