//! What a rule reports: a span, a stable code, a severity, a message and fixes.

use serde::Serialize;

use crate::text::ByteSpan;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// One step less severe (a hint stays a hint).
    pub fn lowered(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            Severity::Warning => Severity::Info,
            Severity::Info | Severity::Hint => Severity::Hint,
        }
    }

    pub fn parse(value: &str) -> Option<Severity> {
        match value.to_ascii_lowercase().as_str() {
            "hint" => Some(Severity::Hint),
            "info" | "information" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

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

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub span: ByteSpan,
    /// `family.name`, stamped by the registry from the rule that reported it.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub fixes: Vec<Fix>,
    #[serde(skip)]
    pub confidence: Confidence,
}

impl Finding {
    /// A finding as a rule reports it; the registry fills in code and severity.
    pub fn new(span: ByteSpan, message: impl Into<String>) -> Self {
        Finding {
            span,
            code: "",
            severity: Severity::Warning,
            message: message.into(),
            fixes: Vec::new(),
            confidence: Confidence::High,
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

    /// Whether this finding's family is `family` ("name" for "name.variant").
    pub fn family(&self) -> &'static str {
        self.code.split('.').next().unwrap_or(self.code)
    }
}
