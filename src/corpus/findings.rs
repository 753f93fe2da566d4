//! What an editor of the corpus must fix: variant spellings, broken word segmentation,
//! page furniture and ambiguous numeric dates (and human annotations that no longer fit).

use serde::Serialize;

/// The kind of a finding; `as_str` is its machine-readable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingCode {
    Variant,
    Segmentation,
    Boilerplate,
    DateAmbiguous,
    AnnotationConflict,
    AnnotationError,
}

impl FindingCode {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingCode::Variant => "variant",
            FindingCode::Segmentation => "segmentation",
            FindingCode::Boilerplate => "boilerplate",
            FindingCode::DateAmbiguous => "date-ambiguous",
            FindingCode::AnnotationConflict => "annotation-conflict",
            FindingCode::AnnotationError => "annotation-error",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A place in another (or the same) article that explains a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    pub doc: usize,
    pub start: usize,
    pub end: usize,
    pub message: String,
}

/// One finding in one article; offsets are code points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// The replacement text for `start..end` (empty: delete), when there is one.
    pub suggestion: Option<String>,
    pub related: Vec<Related>,
}
