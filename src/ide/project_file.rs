//! The diagnostics of an open project file (`.copydesk.toml`): its problems, located.

use crate::config::{self, ProblemKind};
use crate::rules::{Finding, RuleId, Severity};

/// The problems of a project file's text, as findings so they travel the same road as a
/// draft's.
pub fn findings(text: &str) -> Vec<Finding> {
    let (_, problems) = config::read::read_toml(text);
    problems
        .into_iter()
        .map(|problem| {
            let (code, severity) = match problem.kind {
                ProblemKind::Syntax => (RuleId::ConfigSyntax, Severity::Error),
                ProblemKind::UnknownKey => (RuleId::ConfigUnknownKey, Severity::Warning),
                ProblemKind::InvalidValue => (RuleId::ConfigInvalidValue, Severity::Warning),
            };
            let mut finding = Finding::of(code, problem.span.unwrap_or_default(), problem.message);
            finding.severity = severity;
            finding
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_file_problems_become_located_findings() {
        let text = "[style]\nfirst_refrence = true\n";
        let findings = findings(text);
        assert_eq!(findings.len(), 1);
        assert_eq!((findings[0].code, findings[0].span.slice(text)), (RuleId::ConfigUnknownKey, "first_refrence"));
        assert_eq!(super::findings("[style\n")[0].code, RuleId::ConfigSyntax);
    }
}
