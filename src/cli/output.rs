//! Output formats: human (with the source line and the span marked) and JSON.

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
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
        Severity::Hint => Level::Help,
    }
}

pub fn print_reports(reports: &[Report], format: Format) {
    let mut stdout = std::io::stdout().lock();
    let result = match format {
        Format::Json => write_json(&mut stdout, reports),
        Format::Human => write_human(&mut stdout, reports),
    };
    // A closed pipe (`copydesk check | head`) is not an error worth a panic.
    let _ = result.and_then(|()| stdout.flush());
}

fn write_json(out: &mut impl Write, reports: &[Report]) -> std::io::Result<()> {
    let mut all = Vec::new();
    for report in reports {
        let lines = LineIndex::new(&report.draft);
        for finding in &report.findings {
            let (line, column) = lines.line_column(&report.draft, finding.span.start);
            let (end_line, end_column) = lines.line_column(&report.draft, finding.span.end);
            all.push(JsonFinding {
                path: &report.path,
                line,
                column,
                end_line,
                end_column,
                start: finding.span.start,
                end: finding.span.end,
                code: finding.code,
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
            });
        }
    }
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
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

fn write_human(out: &mut impl Write, reports: &[Report]) -> std::io::Result<()> {
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let renderer = if colour { Renderer::styled() } else { Renderer::plain() };
    let mut counts = [0usize; 4];
    for report in reports {
        let lines = LineIndex::new(&report.draft);
        for finding in &report.findings {
            counts[finding.severity as usize] += 1;
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
            let mut snippet = Snippet::source(source)
                .line_start(line)
                .annotation(level(finding.severity).span(local_start..local_end));
            if !clipped {
                snippet = snippet.origin(&report.path);
            }
            let mut message = level(finding.severity).title(&title).snippet(snippet);
            if let Some(note) = &fix_note {
                message = message.footer(Level::Help.title(note));
            }
            writeln!(out, "{}\n", renderer.render(message))?;
        }
    }
    let total: usize = counts.iter().sum();
    let files = reports.len();
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
    let result = match format {
        Format::Json => {
            let rules: Vec<JsonRule> = RULES
                .iter()
                .map(|r| JsonRule {
                    code: r.code,
                    severity: r.default_severity,
                    summary: r.summary,
                    what: r.doc.what,
                    why: r.doc.why,
                    example: r.doc.example,
                    fix: r.doc.fix,
                })
                .collect();
            serde_json::to_writer_pretty(&mut stdout, &rules)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(stdout))
        }
        Format::Human => RULES.iter().try_for_each(|rule| {
            writeln!(
                stdout,
                "{} ({})\n  {}\n  What it does: {}\n  Why it matters: {}\n  Example: {}\n  Fix: {}\n",
                rule.code,
                rule.default_severity.as_str(),
                rule.summary,
                rule.doc.what,
                rule.doc.why,
                rule.doc.example,
                rule.doc.fix
            )
        }),
    };
    let _ = result;
    ExitCode::SUCCESS
}
