//! The corpus: every article's analysis plus human annotations, linked into entities.
//! Updated one document at a time; knows nothing of LSP or the terminal.

pub mod annotations;
pub mod config;
mod findings;
mod index;
pub mod link;
pub mod queries;
mod sino;
mod variants;

pub use findings::{Finding, FindingCode, Related, Severity};
pub use index::{
    Corpus, CorpusOptions, DctSource, Doc, DocId, DocInput, Entity, Mention, MentionRef,
};
