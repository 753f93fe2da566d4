//! newsls: find, normalise and link the people, organisations, places and dates of a news corpus.
//!
//! The core (`text`, `analysis`, `corpus`, `export`) knows nothing of LSP or the terminal;
//! `lsp` and `cli` are thin adapters on top of it.

pub mod analysis;
pub mod cli;
pub mod corpus;
pub mod export;
pub mod lsp;
pub mod text;
