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

pub fn check_draft(draft: &str, language: Language, settings: &Settings) -> Checked {
    check_draft_reusing(None, draft, language, settings)
}

/// [`check_draft`] for a new version of a draft checked before (`previous`): paragraphs
/// the edit left alone keep their tokens and sentences (see `Prose::new_reusing`), the
/// findings of the paragraph-local rules (see `rules::local`) and their name mentions (see
/// `analysis::cast::reuse`). The result is the same as `check_draft`'s; only the cost differs.
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
