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
    /// What rules keep between analyses of this document (see [`Memo`]).
    pub memo: &'a Memo,
}

/// How much of the draft a rule reads.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// One paragraph at a time (`local::ParagraphContext` offers nothing else), so each
    /// paragraph's findings are kept by its text and an edit checks only the paragraphs it
    /// changed. `then`, when given, runs over all of the rule's findings with the whole
    /// document in view (to lower or drop a finding inside a quotation, say).
    Paragraph { each: fn(&local::ParagraphContext, &mut Vec<Finding>), then: Option<fn(&Context, &mut Vec<Finding>)> },
    /// The whole document and its facts.
    Document(fn(&Context) -> Vec<Finding>),
}

/// What the rules keep from one analysis of a document for the next: part of the
/// engine's memo (`engine::Memo`), owned with the document, shared with no other.
/// Reached through `&Context`, so the parts rules fill while checking sit behind locks.
#[derive(Default)]
pub struct Memo {
    /// The paragraph rules' findings per paragraph (filled by the engine before the rules run).
    paragraphs: local::ParagraphFindings,
    /// `name.style`: each paragraph's occurrences of the styled terms.
    pub(crate) style: std::sync::Mutex<crate::text::memo::ParagraphMemo<name::style::Remembered>>,
    /// `spelling.unknown-word`: each paragraph's words, the slips weighed, the draft's terms.
    pub(crate) spelling: std::sync::Mutex<spelling::candidates::Memo>,
    /// `garbled.tortured-phrase`: the lexicon built for the project's phrase settings.
    pub(crate) phrases: std::sync::Mutex<garbled::tortured_phrase::LexiconMemo>,
    /// `name.variant`: each paragraph's capitalised words one slip from a well-known name.
    pub(crate) loose_slips: std::sync::Mutex<crate::analysis::cast::LooseSlipsMemo>,
}

/// A copy of the memo (a benchmark measures an edit from the same memo many times).
impl Clone for Memo {
    fn clone(&self) -> Self {
        fn copy<T: Clone>(lock: &std::sync::Mutex<T>) -> std::sync::Mutex<T> {
            std::sync::Mutex::new(lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone())
        }
        Memo {
            paragraphs: self.paragraphs.clone(),
            style: copy(&self.style),
            spelling: copy(&self.spelling),
            phrases: copy(&self.phrases),
            loose_slips: copy(&self.loose_slips),
        }
    }
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memo").field("paragraphs", &self.paragraphs).finish_non_exhaustive()
    }
}

impl Memo {
    /// The paragraph rules' findings kept for `paragraph`'s text (spans from its start).
    pub fn paragraph_findings_of(&self, paragraph: &crate::text::Paragraph) -> Option<std::sync::Arc<Vec<Finding>>> {
        self.paragraphs.of(paragraph)
    }
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
    pub scope: Scope,
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

    /// The rule's findings in `context`, before severities and suppressions: what the
    /// engine reports for it.
    pub fn check(&self, context: &Context) -> Vec<Finding> {
        match self.scope {
            Scope::Paragraph { each, then } => local::check_every_paragraph(context, each, then),
            Scope::Document(check) => check(context),
        }
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
