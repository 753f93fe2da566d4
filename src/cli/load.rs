//! Loading the articles named on the command line into a corpus.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::corpus::{Corpus, CorpusOptions, DocInput};
use crate::text::decode_utf8;

/// An article found under a PATH argument.
pub struct Found {
    pub path: PathBuf,
    /// The path relative to the PATH argument it was found under (for output layout).
    pub relative: PathBuf,
}

/// Every `*.txt` under `paths` (files are taken as given), honouring `.gitignore`/`.ignore`.
/// Errors (missing paths) are printed and counted.
pub fn find_articles(paths: &[PathBuf], errors: &mut usize) -> Vec<Found> {
    let mut out = Vec::new();
    for root in paths {
        if root.is_file() {
            out.push(Found {
                path: root.clone(),
                relative: PathBuf::from(root.file_name().unwrap_or_default()),
            });
            continue;
        }
        if !root.is_dir() {
            eprintln!("newsls: {}: no such file or folder", root.display());
            *errors += 1;
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .hidden(true)
            .git_ignore(true)
            .git_exclude(true)
            .ignore(true)
            .require_git(false)
            .sort_by_file_path(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let p = e.path();
                    if e.file_type().is_some_and(|t| t.is_file())
                        && p.extension().is_some_and(|x| x == "txt")
                    {
                        let relative = p
                            .strip_prefix(root)
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|_| p.to_path_buf());
                        out.push(Found {
                            path: p.to_path_buf(),
                            relative,
                        });
                    }
                }
                Err(e) => {
                    eprintln!("newsls: {e}");
                    *errors += 1;
                }
            }
        }
    }
    out
}

/// Read the articles (skipping unreadable ones with a one-line error), their `.ann`, and the
/// `corpus.tsv` / `newsls.toml` of their folders, into a linked corpus. Returns the corpus and
/// the articles that were loaded.
pub fn load(found: Vec<Found>, options: CorpusOptions, errors: &mut usize) -> (Corpus, Vec<Found>) {
    let mut corpus = Corpus::new(options);
    let mut folders: Vec<PathBuf> = found
        .iter()
        .filter_map(|f| f.path.parent().map(Path::to_path_buf))
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        // newsls.toml applies below its folder: look in the folder and its ancestors
        for dir in folder.ancestors() {
            let toml = dir.join("newsls.toml");
            if let Ok(c) = std::fs::read_to_string(&toml) {
                if let Err(e) = corpus.set_folder_config(dir, Some(&c)) {
                    eprintln!("newsls: {}: {e}", toml.display());
                    *errors += 1;
                }
            }
        }
        if let Ok(c) = std::fs::read_to_string(folder.join("corpus.tsv")) {
            corpus.set_corpus_tsv(folder, Some(&c));
        }
    }
    let mut inputs = Vec::new();
    let mut loaded = Vec::new();
    for f in found {
        let bytes = match std::fs::read(&f.path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("newsls: {}: {e}", f.path.display());
                *errors += 1;
                continue;
            }
        };
        let text = match decode_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("newsls: {}: {e}; skipped", f.path.display());
                *errors += 1;
                continue;
            }
        };
        let ann_path = f.path.with_extension("ann");
        let ann = match std::fs::read(&ann_path) {
            Ok(b) => match decode_utf8(b) {
                Ok(s) => Some(s),
                Err(e) => {
                    eprintln!(
                        "newsls: {}: {e}; human annotations ignored",
                        ann_path.display()
                    );
                    *errors += 1;
                    None
                }
            },
            Err(_) => None,
        };
        inputs.push(DocInput {
            path: f.path.clone(),
            text: Arc::from(text),
            ann,
        });
        loaded.push(f);
    }
    corpus.add_documents(inputs);
    for (_, doc) in corpus.docs() {
        for e in &doc.annotations.errors {
            eprintln!(
                "newsls: {}:{}: malformed annotation: {}; predictions are used meanwhile",
                doc.path.with_extension("ann").display(),
                e.line,
                e.message
            );
        }
    }
    (corpus, loaded)
}
