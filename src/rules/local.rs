//! Paragraph rules (`Scope::Paragraph`): what they may read, and their findings kept per
//! paragraph in the engine's memo.
//!
//! A paragraph rule is handed one paragraph and nothing else ([`ParagraphContext`]): its
//! text, tokens and sentences, with offsets counted from the paragraph's start, so "reads
//! only its paragraph" is what the type offers, not a promise. Its findings for a
//! paragraph therefore depend only on the paragraph's text and on the settings, and an
//! unchanged paragraph keeps them (moved to where the paragraph now starts) instead of
//! being checked again. A rule that also needs a document-wide fact (whether a span is
//! quoted) gives its `then` step, which runs over all of its findings every time.

use std::ops::Range;
use std::sync::Arc;

use super::{Context, Finding, Memo, Rule, Scope};
use crate::settings::{PhraseSettings, Settings};
use crate::text::memo::ParagraphMemo;
use crate::text::{ByteSpan, Paragraph, Prose, Sentence, Token};

/// Where a paragraph rule's paragraph is, in its own offsets: it starts at 0, its tokens
/// are `0..tokens.len()`, its sentences `0..sentences.len()`.
pub struct ParagraphPlace<'a> {
    pub span: ByteSpan,
    pub tokens: Range<usize>,
    pub sentences: Range<usize>,
    /// The paragraph's masked text.
    pub text: &'a str,
}

/// What a paragraph rule may read: one paragraph, offsets from its start.
pub struct ParagraphContext<'a> {
    /// The paragraph's masked text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Its sentences; their token ranges index `tokens`.
    pub sentences: &'a [Sentence],
    pub paragraph: &'a ParagraphPlace<'a>,
    pub settings: &'a Settings,
    /// What rules keep between analyses (a custom phrase lexicon), never a document fact.
    pub memo: &'a Memo,
}

/// One paragraph of `prose` as a paragraph rule sees it: its tokens and sentences moved
/// to offsets from its start.
struct Alone<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    place: ParagraphPlace<'a>,
}

impl<'a> Alone<'a> {
    fn new(prose: &'a Prose, paragraph: &Paragraph) -> Self {
        let base = paragraph.span.start;
        let first = paragraph.tokens.start;
        let shift = |span: ByteSpan| ByteSpan::new(span.start - base, span.end - base);
        let tokens = prose.tokens.get(paragraph.tokens.clone()).unwrap_or(&[]);
        let sentences = prose.sentences.get(paragraph.sentences.clone()).unwrap_or(&[]);
        let text = prose.text.get(paragraph.span.range()).unwrap_or("");
        Alone {
            text,
            place: ParagraphPlace {
                span: ByteSpan::new(0, text.len()),
                tokens: 0..tokens.len(),
                sentences: 0..sentences.len(),
                text,
            },
            tokens: tokens.iter().map(|token| Token { span: shift(token.span), ..*token }).collect(),
            sentences: sentences
                .iter()
                .map(|sentence| Sentence {
                    span: shift(sentence.span),
                    tokens: sentence.tokens.start - first..sentence.tokens.end - first,
                    paragraph: 0,
                })
                .collect(),
        }
    }

    fn context(&'a self, settings: &'a Settings, memo: &'a Memo) -> ParagraphContext<'a> {
        ParagraphContext {
            text: self.text,
            tokens: &self.tokens,
            sentences: &self.sentences,
            paragraph: &self.place,
            settings,
            memo,
        }
    }
}

/// A paragraph rule run on its own over every paragraph, then its `then` step: what the
/// engine reports for it (`Rule::check`).
pub(super) fn check_every_paragraph(
    context: &Context,
    each: fn(&ParagraphContext, &mut Vec<Finding>),
    then: Option<fn(&Context, &mut Vec<Finding>)>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut found = Vec::new();
    for paragraph in &context.prose.paragraphs {
        let alone = Alone::new(context.prose, paragraph);
        each(&alone.context(context.settings, context.memo), &mut found);
        let base = paragraph.span.start;
        findings.extend(found.drain(..).map(|finding| move_in_place(finding, |offset| offset + base)));
    }
    if let Some(then) = then {
        then(context, &mut findings);
    }
    findings
}

/// What the paragraph rules' findings depend on besides the paragraph: which of them are
/// on, and the phrase settings.
#[derive(Clone, Debug, Default, PartialEq)]
struct Asked {
    enabled: Vec<bool>,
    phrases: Arc<PhraseSettings>,
}

/// The paragraph rules' findings per paragraph text, with spans from the paragraph's
/// start, for the settings they were found under (another setting empties it).
#[derive(Clone, Debug, Default)]
pub(super) struct ParagraphFindings {
    asked: Asked,
    by_text: ParagraphMemo<Arc<Vec<Finding>>>,
}

impl ParagraphFindings {
    pub(super) fn of(&self, paragraph: &Paragraph) -> Option<Arc<Vec<Finding>>> {
        self.by_text.get(paragraph).cloned()
    }
}

fn paragraph_rules(
    rules: &'static [&'static Rule],
) -> impl Iterator<Item = (&'static Rule, fn(&ParagraphContext, &mut Vec<Finding>))> {
    rules.iter().filter_map(|rule| match rule.scope {
        Scope::Paragraph { each, .. } => Some((*rule, each)),
        Scope::Document(_) => None,
    })
}

fn is_on(rule: &Rule, settings: &Settings) -> bool {
    settings.severity_for(rule.id(), rule.default_severity).is_some()
}

/// Every paragraph rule that is on, each paragraph's findings (spans from its start)
/// remembered in `memo` or found, then each rule's findings over the whole draft in
/// registry order, moved into place: rule id -> findings, before the `then` steps. The
/// engine hands over the registry (`rules`), which lists this module's users.
pub(crate) fn paragraph_findings(
    rules: &'static [&'static Rule],
    memo: &mut Memo,
    prose: &Prose,
    settings: &Settings,
) -> Vec<(&'static Rule, Vec<Finding>)> {
    let asked = Asked {
        enabled: paragraph_rules(rules).map(|(rule, _)| is_on(rule, settings)).collect(),
        phrases: Arc::clone(&settings.phrases),
    };
    let mut remembered = std::mem::take(&mut memo.paragraphs);
    if remembered.asked != asked {
        remembered = ParagraphFindings { asked, ..ParagraphFindings::default() };
    }
    let found = remembered.by_text.values(prose, |index| {
        let alone = Alone::new(prose, &prose.paragraphs[index]);
        let context = alone.context(settings, memo);
        let mut findings = Vec::new();
        for (rule, each) in paragraph_rules(rules).filter(|(rule, _)| is_on(rule, settings)) {
            let from = findings.len();
            each(&context, &mut findings);
            debug_assert!(findings[from..].iter().all(|finding| finding.code == rule.id()));
        }
        Arc::new(findings)
    });
    memo.paragraphs = remembered;
    paragraph_rules(rules)
        .filter(|(rule, _)| is_on(rule, settings))
        .map(|(rule, _)| {
            let mut findings = Vec::new();
            for (paragraph, found) in prose.paragraphs.iter().zip(&found) {
                let base = paragraph.span.start;
                let of_rule = found.iter().filter(|finding| finding.code == rule.id);
                findings.extend(of_rule.map(|finding| moved(finding, |offset| offset + base)));
            }
            (rule, findings)
        })
        .collect()
}

/// A copy of `finding` with every offset (its span, its fixes' edits, its related places)
/// mapped.
pub(crate) fn moved(finding: &Finding, map: impl Fn(usize) -> usize) -> Finding {
    move_in_place(finding.clone(), map)
}

/// `finding` itself with every offset mapped.
fn move_in_place(mut finding: Finding, map: impl Fn(usize) -> usize) -> Finding {
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
