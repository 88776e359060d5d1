//! Output formats: human (with the source line and the span marked), JSON, and JSON lines
//! (one finding per line, streamed as drafts finish).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use annotate_snippets::{Level, Renderer, Snippet};
use serde::Serialize;

use super::Format;
use crate::rules::{Finding, RULES, Severity};
use crate::text::lines::LineIndex;

pub struct Report {
    pub path: String,
    pub draft: String,
    pub findings: Vec<Finding>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    start: usize,
    end: usize,
    replacement: &'a str,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    title: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

/// Another story that bears on a finding (`name.variant` across stories): 1-based line
/// and column in characters.
#[derive(Serialize)]
struct JsonElsewhere<'a> {
    path: String,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    message: &'a str,
}

fn json_elsewhere(elsewhere: &crate::rules::Elsewhere) -> JsonElsewhere<'_> {
    let place = &elsewhere.place;
    JsonElsewhere {
        path: super::memory::shown(&elsewhere.path),
        line: place.start.line + 1,
        column: place.start.chars + 1,
        end_line: place.end.line + 1,
        end_column: place.end.chars + 1,
        message: &elsewhere.message,
    }
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
    code: &'a str,
    severity: Severity,
    message: &'a str,
    fixes: Vec<JsonFix<'a>>,
    /// Other places in the draft the finding points at; left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<JsonRelated<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    elsewhere: Vec<JsonElsewhere<'a>>,
}

/// A related place (`Finding::related`), located like the finding itself.
#[derive(Serialize)]
struct JsonRelated<'a> {
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    message: &'a str,
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
        Severity::Hint => Level::Help,
    }
}

/// One draft's findings, rendered in the chosen format (on a worker thread), with what the
/// summary and the exit code need to know about them.
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// Findings per severity (indexed by `Severity as usize`).
    pub counts: [usize; 4],
    pub worst: Option<Severity>,
}

pub fn render_report(report: &Report, format: Format, colour: bool) -> Rendered {
    let mut bytes = Vec::new();
    let mut counts = [0usize; 4];
    for finding in &report.findings {
        counts[finding.severity as usize] += 1;
    }
    // Writing into a Vec cannot fail.
    let _ = match format {
        Format::Json => write_json_elements(&mut bytes, report),
        Format::Jsonl => write_json_lines(&mut bytes, report),
        Format::Human => write_human(&mut bytes, report, colour),
    };
    Rendered { bytes, counts, worst: report.findings.iter().map(|finding| finding.severity).max() }
}

/// Writes rendered drafts to stdout as they come, in order, then the closing part (the
/// JSON array's end, the human summary). Holds nothing of a draft once it is written.
pub struct Printer {
    out: std::io::StdoutLock<'static>,
    format: Format,
    files: usize,
    counts: [usize; 4],
    json_elements: usize,
    /// stdout is gone (`copydesk check | head`): stop writing, and tell the caller.
    closed: bool,
}

impl Printer {
    pub fn new(format: Format) -> Self {
        Printer { out: std::io::stdout().lock(), format, files: 0, counts: [0; 4], json_elements: 0, closed: false }
    }

    /// Writes one draft's output; false once stdout is closed.
    pub fn print(&mut self, rendered: &Rendered) -> bool {
        self.files += 1;
        for (total, count) in self.counts.iter_mut().zip(rendered.counts) {
            *total += count;
        }
        if self.closed || rendered.bytes.is_empty() {
            return !self.closed;
        }
        let separator: &[u8] = match (self.format, self.json_elements) {
            (Format::Json, 0) => b"[\n",
            (Format::Json, _) => b",\n",
            _ => b"",
        };
        self.json_elements += 1;
        let result = self.out.write_all(separator).and_then(|()| self.out.write_all(&rendered.bytes));
        // Lines stream to a pipeline as drafts finish; the other formats are read whole.
        let result = if self.format == Format::Jsonl { result.and_then(|()| self.out.flush()) } else { result };
        self.closed = result.is_err();
        !self.closed
    }

    pub fn finish(mut self) {
        if self.closed {
            return;
        }
        let result = match self.format {
            Format::Json if self.json_elements == 0 => writeln!(self.out, "[]"),
            Format::Json => writeln!(self.out, "\n]"),
            Format::Jsonl => Ok(()),
            Format::Human => write_summary(&mut self.out, self.counts, self.files),
        };
        // A closed pipe (`copydesk check | head`) is not an error worth a panic.
        let _ = result.and_then(|()| self.out.flush());
    }
}

fn json_findings<'r>(report: &'r Report) -> impl Iterator<Item = JsonFinding<'r>> {
    let lines = LineIndex::new(&report.draft);
    report.findings.iter().map(move |finding| {
        let (line, column) = lines.line_column(&report.draft, finding.span.start);
        let (end_line, end_column) = lines.line_column(&report.draft, finding.span.end);
        JsonFinding {
            path: &report.path,
            line,
            column,
            end_line,
            end_column,
            start: finding.span.start,
            end: finding.span.end,
            code: finding.code.as_str(),
            severity: finding.severity,
            message: &finding.message,
            fixes: finding
                .fixes
                .iter()
                .map(|fix| JsonFix {
                    title: &fix.title,
                    edits: fix
                        .edits
                        .iter()
                        .map(|e| JsonEdit { start: e.span.start, end: e.span.end, replacement: &e.replacement })
                        .collect(),
                })
                .collect(),
            related: (finding.related.iter())
                .map(|place| {
                    let (line, column) = lines.line_column(&report.draft, place.span.start);
                    JsonRelated { line, column, start: place.span.start, end: place.span.end, message: &place.message }
                })
                .collect(),
            elsewhere: finding.elsewhere.iter().map(json_elsewhere).collect(),
        }
    })
}

/// The draft's findings as elements of the pretty-printed JSON array (`--format json`):
/// each indented one level, separated by commas; the [`Printer`] writes the brackets.
fn write_json_elements(out: &mut Vec<u8>, report: &Report) -> std::io::Result<()> {
    for (index, finding) in json_findings(report).enumerate() {
        if index > 0 {
            out.extend_from_slice(b",\n");
        }
        let element = serde_json::to_string_pretty(&finding)?;
        // JSON strings hold no raw line breaks, so indenting every line is safe.
        for (line_number, line) in element.lines().enumerate() {
            if line_number > 0 {
                out.push(b'\n');
            }
            out.extend_from_slice(b"  ");
            out.extend_from_slice(line.as_bytes());
        }
    }
    Ok(())
}

/// One compact JSON object per finding, one per line (`--format jsonl`).
fn write_json_lines(out: &mut Vec<u8>, report: &Report) -> std::io::Result<()> {
    for finding in json_findings(report) {
        serde_json::to_writer(&mut *out, &finding)?;
        out.push(b'\n');
    }
    Ok(())
}

/// At most `LONG_LINE` bytes of context on each side of a span, on char boundaries.
const LONG_LINE: usize = 240;

fn clip_window(text: &str, line: std::ops::Range<usize>, start: usize, end: usize) -> std::ops::Range<usize> {
    if line.len() <= 4 * LONG_LINE {
        return line;
    }
    let mut window_start = start.saturating_sub(LONG_LINE).max(line.start);
    while !text.is_char_boundary(window_start) {
        window_start -= 1;
    }
    let mut window_end = (end.min(line.end) + LONG_LINE).min(line.end);
    while !text.is_char_boundary(window_end) {
        window_end += 1;
    }
    window_start..window_end
}

fn write_human(out: &mut impl Write, report: &Report, colour: bool) -> std::io::Result<()> {
    let renderer = if colour { Renderer::styled() } else { Renderer::plain() };
    let lines = LineIndex::new(&report.draft);
    for finding in &report.findings {
        let (line, column) = lines.line_column(&report.draft, finding.span.start);
        let line_range = lines.line_range(&report.draft, line - 1);
        // A pathological line (a whole book on one line) is clipped to a window around
        // the span, so rendering stays proportional to the finding, not to the line.
        let window = clip_window(&report.draft, line_range.clone(), finding.span.start, finding.span.end);
        let source = &report.draft[window.clone()];
        // The span may run past this line: mark only the part on it.
        let local_start = finding.span.start - window.start;
        let local_end = (finding.span.end.min(window.end) - window.start).max(local_start);
        let clipped = window != line_range;
        let title = if clipped {
            format!("{}:{line}:{column}: {} [{}]", report.path, finding.message, finding.code)
        } else {
            format!("{} [{}]", finding.message, finding.code)
        };
        let fix_note = finding.fixes.first().map(|fix| format!("fix: {}", fix.title));
        let mut snippet =
            Snippet::source(source).line_start(line).annotation(level(finding.severity).span(local_start..local_end));
        if !clipped {
            snippet = snippet.origin(&report.path);
        }
        let mut message = level(finding.severity).title(&title).snippet(snippet);
        if let Some(note) = &fix_note {
            message = message.footer(Level::Help.title(note));
        }
        let elsewhere: Vec<String> = finding
            .elsewhere
            .iter()
            .map(|other| {
                let other = json_elsewhere(other);
                format!("see {}:{}:{}: {}", other.path, other.line, other.column, other.message)
            })
            .collect();
        for note in &elsewhere {
            message = message.footer(Level::Note.title(note));
        }
        writeln!(out, "{}\n", renderer.render(message))?;
    }
    Ok(())
}

/// Whether human output may use colour: stdout is a terminal and NO_COLOR is unset.
pub fn colour_wanted() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn write_summary(out: &mut impl Write, counts: [usize; 4], files: usize) -> std::io::Result<()> {
    let total: usize = counts.iter().sum();
    if total == 0 {
        writeln!(out, "No findings in {files} file{}.", if files == 1 { "" } else { "s" })
    } else {
        writeln!(
            out,
            "{total} finding{} in {files} file{}: {} error, {} warning, {} info, {} hint.",
            if total == 1 { "" } else { "s" },
            if files == 1 { "" } else { "s" },
            counts[Severity::Error as usize],
            counts[Severity::Warning as usize],
            counts[Severity::Info as usize],
            counts[Severity::Hint as usize],
        )
    }
}

#[derive(Serialize)]
struct JsonRule<'a> {
    code: &'a str,
    severity: Severity,
    summary: &'a str,
    what: &'a str,
    why: &'a str,
    example: &'a str,
    fix: &'a str,
}

pub fn print_rules(format: Format) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let rules = RULES.iter().map(|r| JsonRule {
        code: r.code(),
        severity: r.default_severity,
        summary: r.summary,
        what: r.doc.what,
        why: r.doc.why,
        example: r.doc.example,
        fix: r.doc.fix,
    });
    let result = match format {
        Format::Json => serde_json::to_writer_pretty(&mut stdout, &rules.collect::<Vec<_>>())
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(stdout)),
        Format::Jsonl => rules.into_iter().try_for_each(|rule| {
            serde_json::to_writer(&mut stdout, &rule).map_err(std::io::Error::from).and_then(|()| writeln!(stdout))
        }),
        Format::Human => RULES.iter().try_for_each(|rule| {
            writeln!(
                stdout,
                "{} ({})\n  {}\n  What it does: {}\n  Why it matters: {}\n  Example: {}\n  Fix: {}\n",
                rule.code(),
                rule.default_severity.as_str(),
                rule.summary,
                rule.doc.what,
                rule.doc.why,
                rule.doc.example,
                rule.doc.fix
            )
        }),
    };
    // A reader that stops early (`copydesk rules | head`) is not a failure of the listing.
    if let Err(error) = result {
        tracing::debug!(%error, "the rules listing was not read to the end");
    }
    ExitCode::SUCCESS
}
