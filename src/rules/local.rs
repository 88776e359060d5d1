//! Paragraph-local rules and the reuse of their findings across edits.
//!
//! Some rules find everything inside one paragraph and read nothing outside it: not the
//! text or tokens of other paragraphs, not document-wide facts. Their findings for a
//! paragraph depend only on the paragraph's masked text (which fixes its tokens and
//! sentences, see `text::reuse`) and on the settings they read, so after an edit a
//! paragraph whose text is unchanged keeps its findings, shifted, instead of being checked
//! again. A rule that also needs a document-wide fact (whether a span is quoted) splits:
//! the paragraph part is cached, and a `document` step over its findings runs every time.
//!
//! Each rule's own `check` is the same composition over every paragraph, so tests and
//! callers that run a rule by itself get exactly what the engine reports.

use std::sync::Arc;

use super::{Context, Finding, Rule, garbled};
use crate::settings::{PhraseSettings, Settings};
use crate::text::{ByteSpan, Paragraph, Prose, Token};

/// What a paragraph-local rule may read: one paragraph. `text` and `tokens` end where the
/// paragraph ends, so nothing after it can be read by mistake; nothing before it may be.
pub struct ParagraphContext<'a> {
    /// The masked text up to the end of this paragraph.
    pub text: &'a str,
    /// The prose's tokens up to the end of this paragraph (indices as in the prose).
    pub tokens: &'a [Token],
    pub prose: &'a Prose,
    pub paragraph: &'a Paragraph,
    pub settings: &'a Settings,
}

pub struct LocalRule {
    pub rule: &'static Rule,
    /// The rule's findings inside one paragraph.
    pub paragraph: fn(&ParagraphContext, &mut Vec<Finding>),
    /// A step over all of the rule's findings with the whole document in view.
    pub document: fn(&Context, &mut Vec<Finding>),
}

/// The rules whose findings are cached per paragraph. A rule belongs here only if its
/// paragraph part reads nothing document-wide.
pub static LOCAL_RULES: &[LocalRule] = &[
    garbled::sentence_break::LOCAL,
    garbled::punctuation::LOCAL,
    garbled::repeated_word::LOCAL,
    garbled::tortured_phrase::LOCAL,
    garbled::unbalanced::LOCAL,
];

/// For rules with no document-wide step.
pub fn no_document_step(_: &Context, _: &mut Vec<Finding>) {}

fn paragraph_context<'a>(prose: &'a Prose, paragraph: &'a Paragraph, settings: &'a Settings) -> ParagraphContext<'a> {
    ParagraphContext {
        text: prose.text.get(..paragraph.span.end).unwrap_or(""),
        tokens: prose.tokens.get(..paragraph.tokens.end).unwrap_or(&[]),
        prose,
        paragraph,
        settings,
    }
}

/// A local rule run over every paragraph, then its document step: the rule's `check`.
pub fn check_every_paragraph(
    context: &Context,
    paragraph_part: fn(&ParagraphContext, &mut Vec<Finding>),
    document_part: fn(&Context, &mut Vec<Finding>),
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for paragraph in &context.prose.paragraphs {
        paragraph_part(&paragraph_context(context.prose, paragraph, context.settings), &mut findings);
    }
    document_part(context, &mut findings);
    findings
}

/// Which local rules are on (bit `i` for `LOCAL_RULES[i]`).
fn enabled_rules(settings: &Settings) -> u64 {
    LOCAL_RULES.iter().enumerate().fold(0, |mask, (index, local)| {
        let on = settings.severity_for(local.rule.id(), local.rule.default_severity).is_some();
        if on { mask | 1 << index } else { mask }
    })
}

/// The local rules' findings, paragraph by paragraph, each with the rule's code and with
/// spans relative to its paragraph's start, so an unchanged paragraph's entry is shared
/// as is by the next analysis.
#[derive(Debug, Default)]
pub struct LocalFindings {
    enabled: u64,
    /// The only settings the local rules read besides which of them are on.
    phrases: Arc<PhraseSettings>,
    pub(crate) by_paragraph: Vec<Arc<Vec<Finding>>>,
}

impl LocalFindings {
    /// Checks every paragraph of `prose`, reusing `previous`'s findings for a paragraph
    /// copied from it (`origins[i]`: the previous index of paragraph `i`, see
    /// `Prose::new_reusing_traced`) when the settings they were found with are the same.
    pub fn gather(
        prose: &Prose,
        origins: &[Option<usize>],
        previous: Option<&LocalFindings>,
        settings: &Settings,
    ) -> Self {
        let enabled = enabled_rules(settings);
        let previous = previous.filter(|previous| previous.enabled == enabled && previous.phrases == settings.phrases);
        let by_paragraph = prose
            .paragraphs
            .iter()
            .enumerate()
            .map(|(index, paragraph)| {
                let reused = previous
                    .zip(origins.get(index).copied().flatten())
                    .and_then(|(previous, origin)| previous.by_paragraph.get(origin).map(Arc::clone));
                reused.unwrap_or_else(|| Arc::new(check_paragraph(prose, paragraph, settings, enabled)))
            })
            .collect();
        LocalFindings { enabled, phrases: Arc::clone(&settings.phrases), by_paragraph }
    }

    /// The local rule for `code`, if it is one and ran.
    pub fn rule(&self, code: &str) -> Option<&'static LocalRule> {
        LOCAL_RULES
            .iter()
            .enumerate()
            .find(|(index, local)| local.rule.code() == code && self.enabled & 1 << index != 0)
            .map(|(_, local)| local)
    }

    /// A local rule's findings over the whole draft: the cached paragraph findings at
    /// their place in the draft, then the rule's document step.
    pub fn findings_of(&self, local: &LocalRule, context: &Context) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (paragraph, found) in context.prose.paragraphs.iter().zip(&self.by_paragraph) {
            let base = paragraph.span.start;
            let of_rule = found.iter().filter(|finding| finding.code == local.rule.id);
            findings.extend(of_rule.map(|finding| moved(finding, |offset| offset + base)));
        }
        (local.document)(context, &mut findings);
        findings
    }
}

/// Every enabled local rule over one paragraph; spans relative to the paragraph.
fn check_paragraph(prose: &Prose, paragraph: &Paragraph, settings: &Settings, enabled: u64) -> Vec<Finding> {
    let context = paragraph_context(prose, paragraph, settings);
    let mut findings = Vec::new();
    let mut found = Vec::new();
    for (index, local) in LOCAL_RULES.iter().enumerate() {
        if enabled & 1 << index == 0 {
            continue;
        }
        (local.paragraph)(&context, &mut found);
        let base = paragraph.span.start;
        findings.extend(found.drain(..).map(|finding| shifted(finding, |offset| offset.saturating_sub(base))));
    }
    findings
}

/// A copy of `finding` with every offset (its span, its fixes' edits, its related places)
/// mapped.
pub(crate) fn moved(finding: &Finding, map: impl Fn(usize) -> usize) -> Finding {
    shifted(finding.clone(), map)
}

/// `finding` itself with every offset mapped: a paragraph's fresh findings are moved, not
/// copied.
fn shifted(mut finding: Finding, map: impl Fn(usize) -> usize) -> Finding {
    let span = |span: ByteSpan| ByteSpan::new(map(span.start), map(span.end));
    finding.span = span(finding.span);
    for edit in finding.fixes.iter_mut().flat_map(|fix| fix.edits.iter_mut()) {
        edit.span = span(edit.span);
    }
    for related in &mut finding.related {
        related.span = span(related.span);
    }
    finding
}
