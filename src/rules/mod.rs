//! Rules: facts in, findings out. One module per family, one file per rule, one registry.
//!
//! Nothing here does I/O or knows about LSP.

pub mod fact;
pub mod finding;
pub mod garbled;
pub mod local;
pub mod name;
pub mod quote;
pub mod registry;
pub mod spelling;
pub mod suppressions;
#[cfg(test)]
pub mod testing;

pub use crate::vocabulary::{Family, RuleId, Severity};
pub use finding::{Confidence, Edit, Elsewhere, Finding, Fix};
pub use registry::{RULES, is_rule_or_family, rule_by_code, rule_by_id};

use crate::analysis::Facts;
use crate::settings::Settings;
use crate::text::Prose;

/// Everything a rule may look at.
pub struct Context<'a> {
    /// The draft as written.
    pub draft: &'a str,
    /// The draft read as prose (masked text, paragraphs, tokens, sentences).
    pub prose: &'a Prose,
    /// Document-wide facts: cast, quotations.
    pub facts: &'a Facts,
    pub settings: &'a Settings,
}

/// A rule's documentation, in the fixed sections that `copydesk rules` and hovers show.
#[derive(Debug)]
pub struct RuleDoc {
    pub what: &'static str,
    pub why: &'static str,
    pub example: &'static str,
    pub fix: &'static str,
}

#[derive(Debug)]
pub struct Rule {
    /// Its stable code (`family.name`): what users see, configure and suppress. Never
    /// reuse or rename one.
    pub id: RuleId,
    pub default_severity: Severity,
    /// One line for listings.
    pub summary: &'static str,
    pub doc: RuleDoc,
    pub check: fn(&Context) -> Vec<Finding>,
}

impl Rule {
    /// The rule's typed code. Every registered code is a [`RuleId`] (the registry's test
    /// checks it).
    pub fn id(&self) -> RuleId {
        self.id
    }

    /// The rule's code as users write it (`family.name`).
    pub fn code(&self) -> &'static str {
        self.id.as_str()
    }

    pub fn family(&self) -> Family {
        self.id().family()
    }

    /// Where the rule's documentation lives online: its section of docs/rules.md.
    pub fn doc_url(&self) -> String {
        doc_url(self.id)
    }

    /// The rule's documentation as Markdown (for `copydesk rules` and hover).
    pub fn doc_markdown(&self) -> String {
        let RuleDoc { what, why, example, fix } = &self.doc;
        format!(
            "**{}** ({}): {}\n\n**What it does.** {what}\n\n**Why it matters.** {why}\n\n**Example.** {example}\n\n**Fix.** {fix}",
            self.code(),
            self.default_severity.as_str(),
            self.summary
        )
    }
}

/// The online home of the documentation: the docs/ folder of the project's repository on
/// its main branch. Every link to a rule's documentation starts here (docs/rules.md says
/// how the links are made); change it only together with the repository's address.
pub const DOCS_BASE: &str = "https://github.com/copydesk/copydesk/blob/main/docs/";

/// The documentation link of a code: `{DOCS_BASE}rules.md#{code}` for a rule of the
/// registry (docs/rules.md gives each rule an anchor named after its code, stable as the
/// code is); the settings problems of a project file (`config.*`) link to the section of
/// docs/configuration.md that explains them.
pub fn doc_url(code: RuleId) -> String {
    match code.family() {
        Family::Config => format!("{DOCS_BASE}configuration.md#mistakes-in-settings"),
        _ => format!("{DOCS_BASE}rules.md#{}", code.as_str()),
    }
}
