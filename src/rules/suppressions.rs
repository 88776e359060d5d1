//! Suppression comments: a reporter silences one finding without losing the rest.
//!
//! Markdown (invisible when rendered):
//!   `<!-- copydesk-disable-next-line name.variant -->`
//!   `<!-- copydesk-disable garbled -->` ... `<!-- copydesk-enable -->`
//! Plain text: the same words on a line of their own starting with `%%`:
//!   `%% copydesk-disable-next-line name.variant`
//!
//! Codes are rule codes or families, separated by spaces or commas; none means every rule.
//! Text after ` -- ` is a reason and is ignored. "Next line" is the next line that is not
//! blank. A `disable` without a matching `enable` lasts to the end of the draft.
//!
//! Suppressions depend on every other rule's findings, so the engine applies them after
//! all rules ran and reports unknown and unused ones under the two rules below.

use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser};
use regex::Regex;

use super::{Family, Finding, Rule, RuleDoc, RuleId, Severity};
use crate::settings::Settings;
use crate::text::markup::{DIRECTIVE_PREFIX, PLAIN_TEXT_DIRECTIVE_MARK, is_plain_text_directive};
use crate::text::{ByteSpan, Language};

pub const UNUSED: Rule = Rule {
    id: RuleId::SuppressionUnused,
    default_severity: Severity::Hint,
    summary: "A suppression comment that hides nothing.",
    doc: RuleDoc {
        what: "Reports a `copydesk-disable-next-line` or `copydesk-disable` comment (or one code in it) that hid no finding, and a `copydesk-enable` with nothing to enable.",
        why: "A stale suppression outlives the problem it was written for and would silently hide the next real one on that line.",
        example: "`<!-- copydesk-disable-next-line garbled.repeated-word -->` above a line with no repeated word.",
        fix: "Delete the comment, or the code that no longer applies.",
    },
    scope: crate::rules::Scope::Document(reported_by_the_engine),
};

pub const UNKNOWN: Rule = Rule {
    id: RuleId::SuppressionUnknown,
    default_severity: Severity::Hint,
    summary: "A suppression comment that names no rule or family.",
    doc: RuleDoc {
        what: "Reports a code in a suppression comment that is neither a rule code nor a family (`copydesk rules` lists them).",
        why: "A misspelt code suppresses nothing: the finding it was meant to hide still shows, and the comment misleads the next editor.",
        example: "`<!-- copydesk-disable-next-line garbled.repeated-words -->` (the rule is `garbled.repeated-word`).",
        fix: "Correct the code, or delete it.",
    },
    scope: crate::rules::Scope::Document(reported_by_the_engine),
};

/// The registry's entry for a suppression rule gives it a code, documentation and a
/// configurable severity; its findings come from [`apply`], which needs the other rules'
/// findings first.
fn reported_by_the_engine(_: &super::Context) -> Vec<Finding> {
    Vec::new()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DirectiveKind {
    DisableNextLine,
    Disable,
    Enable,
}

impl DirectiveKind {
    const ALL: [DirectiveKind; 3] = [DirectiveKind::DisableNextLine, DirectiveKind::Disable, DirectiveKind::Enable];

    /// The directive's word after [`DIRECTIVE_PREFIX`].
    fn word(self) -> &'static str {
        match self {
            DirectiveKind::DisableNextLine => "disable-next-line",
            DirectiveKind::Disable => "disable",
            DirectiveKind::Enable => "enable",
        }
    }

    fn from_word(word: &str) -> Option<DirectiveKind> {
        DirectiveKind::ALL.into_iter().find(|kind| kind.word() == word)
    }
}

/// The comment that hides `code`'s findings on the next line, without indent or line
/// break: an HTML comment in Markdown (invisible when rendered), a mark line in plain text.
pub fn disable_next_line_comment(language: Language, code: &str) -> String {
    let word = DirectiveKind::DisableNextLine.word();
    match language {
        Language::Markdown => format!("<!-- {DIRECTIVE_PREFIX}{word} {code} -->"),
        Language::PlainText => format!("{PLAIN_TEXT_DIRECTIVE_MARK} {DIRECTIVE_PREFIX}{word} {code}"),
    }
}

#[derive(Clone, Debug)]
struct Directive {
    kind: DirectiveKind,
    /// The whole comment (Markdown) or line (plain text).
    span: ByteSpan,
    /// The codes it names, with their spans. Empty means every rule.
    codes: Vec<(String, ByteSpan)>,
}

/// Where one directive (or one of its codes) hides findings.
struct Scope {
    span: ByteSpan,
    code: Option<String>,
    directive: usize,
    /// Index into the directive's codes; `None` when it names none.
    code_index: Option<usize>,
    used: bool,
}

/// `<!-- copydesk-<word> codes -->`, the words alternated (longest first, so that
/// `disable-next-line` is not read as `disable`).
static MARKDOWN_DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = DirectiveKind::ALL.iter().map(|kind| kind.word()).collect();
    let pattern = format!(r"<!--\s*{}({})(\s[^>]*?)?\s*-->", regex::escape(DIRECTIVE_PREFIX), words.join("|"));
    Regex::new(&pattern).expect("valid regex")
});

/// Finds the directives of a draft, in order.
fn parse(draft: &str, language: Language) -> Vec<Directive> {
    match language {
        Language::Markdown => parse_markdown(draft),
        Language::PlainText => parse_plain_text(draft),
    }
}

fn parse_markdown(draft: &str) -> Vec<Directive> {
    if !draft.contains(DIRECTIVE_PREFIX) {
        return Vec::new();
    }
    // Only real HTML comments count: one shown in a code block is an example, not a directive.
    let html: Vec<std::ops::Range<usize>> = Parser::new_ext(draft, Options::ENABLE_YAML_STYLE_METADATA_BLOCKS)
        .into_offset_iter()
        .filter(|(event, _)| matches!(event, Event::Html(_) | Event::InlineHtml(_)))
        .map(|(_, range)| range)
        .collect();
    MARKDOWN_DIRECTIVE
        .captures_iter(draft)
        .filter_map(|captures| {
            let whole = captures.get(0)?;
            if !html.iter().any(|range| range.contains(&whole.start())) {
                return None;
            }
            let kind = DirectiveKind::from_word(captures.get(1)?.as_str())?;
            let codes = captures.get(2).map_or_else(Vec::new, |rest| codes_in(rest.as_str(), rest.start()));
            Some(Directive { kind, span: ByteSpan::new(whole.start(), whole.end()), codes })
        })
        .collect()
}

fn parse_plain_text(draft: &str) -> Vec<Directive> {
    if !draft.contains(PLAIN_TEXT_DIRECTIVE_MARK) {
        return Vec::new();
    }
    let mut directives = Vec::new();
    let mut line_start = 0;
    for line in draft.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if is_plain_text_directive(content) {
            let after_marks = content.trim_start().trim_start_matches(PLAIN_TEXT_DIRECTIVE_MARK).trim_start();
            let word_start = line_start + content.len() - after_marks.len();
            let word_length = after_marks.find(char::is_whitespace).unwrap_or(after_marks.len());
            let word = after_marks[..word_length].strip_prefix(DIRECTIVE_PREFIX).unwrap_or("");
            if let Some(kind) = DirectiveKind::from_word(word) {
                let rest = &after_marks[word_length..];
                let codes = codes_in(rest, word_start + word_length);
                let start = line_start + content.len() - content.trim_start().len();
                directives.push(Directive {
                    kind,
                    span: ByteSpan::new(start, line_start + content.trim_end().len()),
                    codes,
                });
            }
        }
        line_start += line.len();
    }
    directives
}

/// The codes in the text after a directive word (`offset` is where that text starts in
/// the draft), up to a ` -- reason`.
fn codes_in(text: &str, offset: usize) -> Vec<(String, ByteSpan)> {
    let list_end = text.find(" --").map_or(text.len(), |index| index);
    let mut codes = Vec::new();
    let mut position = 0;
    for piece in text[..list_end].split(|c: char| c.is_whitespace() || c == ',') {
        let start = position;
        position += piece.len() + 1;
        if !piece.is_empty() {
            codes.push((piece.to_string(), ByteSpan::new(offset + start, offset + start + piece.len())));
        }
    }
    codes
}

/// The span of the first non-blank line after `offset`'s line.
fn next_line_after(draft: &str, offset: usize) -> Option<ByteSpan> {
    let mut line_start = offset + draft.get(offset..)?.find('\n')? + 1;
    while line_start < draft.len() {
        let rest = &draft[line_start..];
        let line_length = rest.find('\n').unwrap_or(rest.len());
        let line = &rest[..line_length];
        if !line.trim().is_empty() {
            return Some(ByteSpan::new(line_start, line_start + line.trim_end_matches('\r').len()));
        }
        line_start += line_length + 1;
    }
    None
}

/// The rules' codes: every `RuleId` but the project file's (`config.*`). The registry's
/// test holds them equal to `RULES`, so this file needs no registry (which lists it).
fn rule_ids() -> impl Iterator<Item = RuleId> {
    RuleId::ALL.iter().copied().filter(|id| id.family() != Family::Config)
}

fn is_known(code: &str) -> bool {
    rule_ids().any(|id| id.is_selected_by(code))
}

/// Whether the settings turn off everything `code` names: a suppression of a rule that is
/// off is not unused, only idle (other readers of the draft may have it on).
fn is_turned_off(code: &str, settings: &Settings) -> bool {
    // A level turns a rule off whatever its default severity.
    let mut named = rule_ids().filter(|id| id.is_selected_by(code)).peekable();
    named.peek().is_some() && named.all(|id| settings.severity_for(id, Severity::Hint).is_none())
}

fn matches(code: Option<&str>, finding: &Finding) -> bool {
    code.is_none_or(|code| finding.code.is_selected_by(code))
}

/// Removes the findings the draft's suppression comments hide, and returns findings about
/// the comments themselves (unknown codes, suppressions that hid nothing).
pub fn apply(draft: &str, language: Language, findings: &mut Vec<Finding>, settings: &Settings) -> Vec<Finding> {
    let directives = parse(draft, language);
    if directives.is_empty() {
        return Vec::new();
    }
    let Scopes { mut scopes, mut reports, .. } = scopes_of(draft, &directives);
    hide_covered(findings, &mut scopes);
    report_unused(&directives, &scopes, settings, &mut reports);
    reports
        .into_iter()
        .filter_map(|(rule, mut finding)| {
            finding.severity = settings.severity_for(rule.id(), rule.default_severity)?;
            Some(finding)
        })
        .collect()
}

/// A finding about a suppression comment, with the rule it is reported under.
type Report = (&'static Rule, Finding);

/// Where the directives hide findings, and what is wrong with them so far.
#[derive(Default)]
struct Scopes {
    scopes: Vec<Scope>,
    reports: Vec<Report>,
    /// `disable` regions not yet closed: (directive, code index, start).
    open: Vec<(usize, Option<usize>, usize)>,
}

impl Scopes {
    fn push(&mut self, directives: &[Directive], directive: usize, code_index: Option<usize>, span: ByteSpan) {
        let code = code_index.map(|i| directives[directive].codes[i].0.clone());
        self.scopes.push(Scope { span, code, directive, code_index, used: false });
    }

    /// An `enable` ends the open regions it names (every one when it names none).
    fn close_regions(&mut self, directives: &[Directive], enable: &Directive) {
        let closes = |region: &(usize, Option<usize>, usize)| {
            enable.codes.is_empty()
                || region
                    .1
                    .is_some_and(|i| enable.codes.iter().any(|(code, _)| *code == directives[region.0].codes[i].0))
        };
        let (closed, still_open): (Vec<_>, Vec<_>) = self.open.drain(..).partition(closes);
        self.open = still_open;
        if closed.is_empty() {
            let message = "nothing to enable: no matching `copydesk-disable` is in force here";
            self.reports.push((&UNUSED, Finding::of(RuleId::SuppressionUnused, enable.span, message)));
        }
        for (opener, code_index, start) in closed {
            self.push(directives, opener, code_index, ByteSpan::new(start, enable.span.start));
        }
    }
}

/// The scopes of every directive, in order, with reports of unknown codes and of
/// directives that can cover nothing.
fn scopes_of(draft: &str, directives: &[Directive]) -> Scopes {
    let mut scopes = Scopes::default();
    for (index, directive) in directives.iter().enumerate() {
        for (code, span) in directive.codes.iter().filter(|(code, _)| !is_known(code)) {
            let message = format!("`{code}` is not a rule or family; `copydesk rules` lists them");
            scopes.reports.push((&UNKNOWN, Finding::of(RuleId::SuppressionUnknown, *span, message)));
        }
        let known: Vec<Option<usize>> = if directive.codes.is_empty() {
            vec![None]
        } else {
            (0..directive.codes.len()).filter(|&i| is_known(&directive.codes[i].0)).map(Some).collect()
        };
        match directive.kind {
            DirectiveKind::DisableNextLine => match next_line_after(draft, directive.span.end) {
                Some(line) => known.into_iter().for_each(|code_index| scopes.push(directives, index, code_index, line)),
                None => scopes.reports.push((
                    &UNUSED,
                    Finding::of(RuleId::SuppressionUnused, directive.span, "no line follows this suppression"),
                )),
            },
            DirectiveKind::Disable => {
                scopes.open.extend(known.into_iter().map(|code_index| (index, code_index, directive.span.end)))
            }
            DirectiveKind::Enable => scopes.close_regions(directives, directive),
        }
    }
    // A `disable` without a matching `enable` lasts to the end of the draft.
    for (opener, code_index, start) in std::mem::take(&mut scopes.open) {
        scopes.push(directives, opener, code_index, ByteSpan::new(start, draft.len()));
    }
    scopes
}

/// Removes the findings a scope covers, marking that scope used.
fn hide_covered(findings: &mut Vec<Finding>, scopes: &mut [Scope]) {
    findings.retain(|finding| {
        let covering = scopes
            .iter_mut()
            .find(|scope| scope.span.contains(finding.span.start) && matches(scope.code.as_deref(), finding));
        match covering {
            Some(scope) => {
                scope.used = true;
                false
            }
            None => true,
        }
    });
}

/// Reports each scope that hid nothing, unless the settings turned its rules off.
fn report_unused(directives: &[Directive], scopes: &[Scope], settings: &Settings, reports: &mut Vec<Report>) {
    for scope in scopes.iter().filter(|scope| !scope.used) {
        if scope.code.as_deref().is_some_and(|code| is_turned_off(code, settings)) {
            continue;
        }
        let directive = &directives[scope.directive];
        let (span, message) = match scope.code_index {
            Some(i) => (directive.codes[i].1, format!("no `{}` finding here to suppress", directive.codes[i].0)),
            None => (directive.span, "no finding here to suppress".to_string()),
        };
        // A region closed by an enable appears once per closing; report it once.
        if !reports.iter().any(|(rule, finding)| rule.code() == UNUSED.code() && finding.span == span) {
            reports.push((&UNUSED, Finding::of(RuleId::SuppressionUnused, span, message)));
        }
    }
}
