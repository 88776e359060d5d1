//! The pipeline: draft -> prose -> facts -> findings. Shared by the CLI and the server.

use crate::analysis::Facts;
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
}

pub fn check_draft(draft: &str, language: Language, settings: &Settings) -> Checked {
    check_draft_reusing(None, draft, language, settings)
}

/// [`check_draft`] for a new version of a draft read before (`previous`): paragraphs the
/// edit left alone keep their tokens and sentences (see `Prose::new_reusing`). The result
/// is the same as `check_draft`'s; only the cost differs.
pub fn check_draft_reusing(previous: Option<&Prose>, draft: &str, language: Language, settings: &Settings) -> Checked {
    let _span = tracing::debug_span!("analysis", bytes = draft.len(), reusing = previous.is_some()).entered();
    let prose = match previous {
        Some(previous) => Prose::new_reusing(previous, draft, language),
        None => Prose::new(draft, language),
    };
    let facts = Facts::gather(draft, &prose, settings);
    check_facts(draft, language, prose, facts, settings)
}

/// [`check_draft_reusing`] that also reuses the previous analysis's name mentions of
/// unchanged paragraphs (the server's path: it keeps each document's last `Checked`).
/// The result is the same as `check_draft`'s.
pub fn check_draft_after(previous: Option<&Checked>, draft: &str, language: Language, settings: &Settings) -> Checked {
    let _span = tracing::debug_span!("analysis", bytes = draft.len(), reusing = previous.is_some()).entered();
    let prose = match previous {
        Some(previous) => Prose::new_reusing(&previous.prose, draft, language),
        None => Prose::new(draft, language),
    };
    let facts = Facts::gather_reusing(previous.map(|previous| &previous.facts), draft, &prose, settings);
    check_facts(draft, language, prose, facts, settings)
}

/// The rules over what was read, then suppressions.
fn check_facts(draft: &str, language: Language, prose: Prose, facts: Facts, settings: &Settings) -> Checked {
    let context = Context { draft, prose: &prose, facts: &facts, settings };
    let mut findings = Vec::new();
    for rule in RULES {
        let Some(severity) = settings.severity_for(rule.code, rule.default_severity) else { continue };
        for mut finding in (rule.check)(&context) {
            finding.code = rule.code;
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
    findings.sort_by(|a, b| (a.span.start, a.span.end, a.code).cmp(&(b.span.start, b.span.end, b.code)));
    Checked { prose, facts, findings }
}
