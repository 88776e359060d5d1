//! Where a suppression comment goes so that it covers a finding's line. The comment's
//! syntax is `rules::suppressions`'s; this file only places it.

use crate::rules::suppressions::disable_next_line_comment;
use crate::rules::{Edit, Finding};
use crate::text::{ByteSpan, Language, Prose};

/// The insertion that makes a `disable-next-line` comment cover the finding's line. In
/// Markdown the comment must stay invisible and must not split the block it sits in:
/// inside a paragraph it goes at the end of the previous line (inline HTML); at the start
/// of a block, on a line of its own above. In plain text it is a line of its own above.
pub fn insertion(draft: &str, prose: &Prose, finding: &Finding) -> Edit {
    let start = finding.span.start.min(draft.len());
    let line_start = draft[..start].rfind('\n').map_or(0, |index| index + 1);
    let line = &draft[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let indent = &line[..line.len() - line.trim_start().len()];
    let line_break = if line.ends_with('\r') { "\r\n" } else { "\n" };
    let comment = disable_next_line_comment(prose.language, finding.code.as_str());
    let insert = |offset: usize, replacement: String| Edit { span: ByteSpan::new(offset, offset), replacement };
    if prose.language == Language::Markdown
        && let Some(previous_end) = end_of_previous_prose_line(draft, prose, line_start)
    {
        return insert(previous_end, format!(" {comment}"));
    }
    insert(line_start, format!("{indent}{comment}{line_break}"))
}

/// The end of the line before `line_start` (trailing blanks aside), when that line is
/// prose of a paragraph the comment can join without changing how it renders.
fn end_of_previous_prose_line(draft: &str, prose: &Prose, line_start: usize) -> Option<usize> {
    if line_start == 0 {
        return None;
    }
    let previous = draft[..line_start - 1].trim_end_matches('\r');
    let previous_end = previous.trim_end().len();
    let previous_is_prose = previous_end > 0
        && !previous[previous.rfind('\n').map_or(0, |i| i + 1)..].trim().is_empty()
        && prose
            .paragraphs
            .iter()
            .any(|paragraph| paragraph.span.start < previous_end && previous_end <= paragraph.span.end);
    previous_is_prose.then_some(previous_end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::check_draft;
    use crate::settings::Settings;

    fn insert_for(draft: &str, language: Language) -> String {
        let checked = check_draft(draft, language, &Settings::default());
        let finding = checked.findings.iter().find(|f| f.code.as_str() == "garbled.repeated-word").expect("a finding");
        let edit = insertion(draft, &checked.prose, finding);
        let mut edited = draft.to_string();
        edited.replace_range(edit.span.range(), &edit.replacement);
        // The inserted comment hides the finding and nothing else changes.
        let after = check_draft(&edited, language, &Settings::default());
        assert!(
            after.findings.iter().all(|f| f.code.as_str() != "garbled.repeated-word"),
            "{edited:?}: {:?}",
            after.findings
        );
        edited
    }

    #[test]
    fn a_line_suppression_is_inserted_where_it_stays_invisible() {
        let comment = "copydesk-disable-next-line garbled.repeated-word";
        let cases = [
            ("Intro.\n\nThe the end.\n", Language::Markdown, format!("Intro.\n\n<!-- {comment} -->\nThe the end.\n")),
            (
                "First line\nand the the end.\n",
                Language::Markdown,
                format!("First line <!-- {comment} -->\nand the the end.\n"),
            ),
            (
                "```\ncode\n```\nThe the end.\r\n",
                Language::Markdown,
                format!("```\ncode\n```\n<!-- {comment} -->\r\nThe the end.\r\n"),
            ),
            ("Intro.\n  The the end.\n", Language::PlainText, format!("Intro.\n  %% {comment}\n  The the end.\n")),
        ];
        for (draft, language, expected) in cases {
            assert_eq!(insert_for(draft, language), expected, "{draft:?}");
        }
    }
}
