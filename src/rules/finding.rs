//! What a rule reports: a span, a stable code, a severity, a message and fixes.

use serde::Serialize;

use crate::text::ByteSpan;
pub use crate::vocabulary::{Family, RuleId, Severity};

/// Replace the text of `span` with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub span: ByteSpan,
    pub replacement: String,
}

/// A quick fix: a title for the menu and the edits that make it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn replace(title: impl Into<String>, span: ByteSpan, replacement: impl Into<String>) -> Self {
        Fix { title: title.into(), edits: vec![Edit { span, replacement: replacement.into() }] }
    }

    /// Applies the fix to `text`. Edits are applied back to front so spans stay valid;
    /// an edit that does not lie on char boundaries inside the text is skipped.
    pub fn apply(&self, text: &str) -> String {
        let mut edits: Vec<&Edit> = self.edits.iter().collect();
        edits.sort_by_key(|edit| std::cmp::Reverse(edit.span.start));
        let mut result = text.to_string();
        for edit in edits {
            let range = edit.span.range();
            if range.end <= result.len() && result.is_char_boundary(range.start) && result.is_char_boundary(range.end) {
                result.replace_range(range, &edit.replacement);
            }
        }
        result
    }
}

/// How sure a rule is. A finding the rule is less sure of (a repetition inside a direct
/// quotation may be the speaker's own) is reported one severity lower.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Confidence {
    #[default]
    High,
    Low,
}

/// Another place in the same draft a finding points at: the other spellings of a name,
/// its introduction, the nearest candidate speaker of a quotation. Editors show them
/// beside the finding (LSP `relatedInformation`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Related {
    pub span: ByteSpan,
    pub message: String,
}

/// Where another story bears on a finding (the newsroom's memory): a file, a place in
/// it and what is there ("\"Anna Kowalski\" in this story").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Elsewhere {
    pub path: std::path::PathBuf,
    pub place: crate::text::lines::Place,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub span: ByteSpan,
    /// The rule that reported it, from the moment the finding is made.
    pub code: RuleId,
    pub severity: Severity,
    pub message: String,
    pub fixes: Vec<Fix>,
    /// Other places in the draft the finding points at, in document order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    #[serde(skip)]
    pub confidence: Confidence,
    /// Other stories that bear on it: cross-story `name.variant` points at the stories
    /// that spell the name otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub elsewhere: Vec<Elsewhere>,
}

impl Finding {
    /// A finding of rule `code`; the engine sets its severity from the settings.
    pub fn of(code: RuleId, span: ByteSpan, message: impl Into<String>) -> Self {
        Finding {
            span,
            code,
            severity: Severity::Warning,
            message: message.into(),
            fixes: Vec::new(),
            related: Vec::new(),
            confidence: Confidence::High,
            elsewhere: Vec::new(),
        }
    }

    pub fn with_confidence(mut self, confidence: Confidence) -> Self {
        self.confidence = confidence;
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }

    /// Points the finding at another place in the draft.
    pub fn with_related(mut self, span: ByteSpan, message: impl Into<String>) -> Self {
        self.related.push(Related { span, message: message.into() });
        self
    }

    pub fn family(&self) -> Family {
        self.code.family()
    }
}
