//! Analysis of one document: tokens, name mentions and dates. Pure functions of the text,
//! its language and its document creation date.

pub mod boilerplate;
pub mod dates;
pub mod dictionaries;
mod phrases;
pub use phrases::PhraseTypo;
mod pipeline;
pub mod recognize;
pub mod segment;
pub mod tokenize;

pub use pipeline::analyze;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::text::Lang;
pub use tokenize::{Sentence, Token};

/// The kind of a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Label {
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "MISC")]
    Misc,
    #[serde(rename = "DATE")]
    Date,
}

impl Label {
    pub const NAMES: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
            Label::Date => "DATE",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        match s {
            "PER" => Some(Label::Per),
            "ORG" => Some(Label::Org),
            "LOC" => Some(Label::Loc),
            "MISC" => Some(Label::Misc),
            "DATE" => Some(Label::Date),
            _ => None,
        }
    }

    /// A human word for the kind.
    pub fn describe(self) -> &'static str {
        match self {
            Label::Per => "person",
            Label::Org => "organization",
            Label::Loc => "location",
            Label::Misc => "misc",
            Label::Date => "date",
        }
    }
}

/// A predicted name mention; offsets are code points, end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NameMention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// Model confidence in 0..=1.
    pub score: f32,
}

/// A date mention with its TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    /// TIMEX3 value: `2010-04-07`, `2010-W14`, `PRESENT_REF`, `XXXX-04-07` …
    pub value: String,
    /// The date the value was resolved against, when it is relative.
    pub anchor: Option<NaiveDate>,
    /// For a numeric date readable two ways: the other reading's value.
    pub ambiguous_with: Option<String>,
}

/// Everything known about one document from its text alone.
#[derive(Debug, Clone, Default)]
pub struct DocAnalysis {
    pub lang: Lang,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub names: Vec<NameMention>,
    pub dates: Vec<DateMention>,
    /// Document creation date used for dates (given, or inferred from the text).
    pub dct: Option<NaiveDate>,
    /// Code-point ranges of page-furniture lines (nothing is annotated there).
    pub furniture: Vec<(usize, usize)>,
    /// Foreign phrases written with a typing error (English only).
    pub misspelt_phrases: Vec<PhraseTypo>,
}
