//! Extra read-only queries over the corpus used by the views (LSP, CLI).
