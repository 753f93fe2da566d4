//! `newsls annotate`: export brat, CoNLL or JSON Lines.

use std::io::Write;
use std::path::PathBuf;

use super::load::{find_articles, load};
use super::ExportFormat;
use crate::corpus::annotations::write_atomically;
use crate::corpus::CorpusOptions;
use crate::export;

pub fn run(
    format: ExportFormat,
    out: Option<PathBuf>,
    dct: Option<chrono::NaiveDate>,
    paths: &[PathBuf],
) -> i32 {
    let mut errors = 0;
    let found = find_articles(paths, &mut errors);
    let (corpus, loaded) = load(found, CorpusOptions { dct }, &mut errors);
    let mut combined = String::new();
    for f in &loaded {
        let Some(doc) = corpus.doc_by_path(&f.path) else {
            continue;
        };
        match format {
            ExportFormat::Brat => {
                let content = export::brat(&corpus, doc);
                match &out {
                    Some(dir) => {
                        let target = dir.join(f.relative.with_extension("ann"));
                        if let Some(parent) = target.parent() {
                            if let Err(e) = std::fs::create_dir_all(parent) {
                                eprintln!("newsls: {}: {e}", parent.display());
                                errors += 1;
                                continue;
                            }
                        }
                        if let Err(e) = write_atomically(&target, &content) {
                            eprintln!("newsls: {}: {e}", target.display());
                            errors += 1;
                        }
                    }
                    None => {
                        combined.push_str(&format!("# {}\n", f.relative.display()));
                        combined.push_str(&content);
                    }
                }
            }
            ExportFormat::Conll => {
                combined.push_str(&export::conll(doc, &f.relative.display().to_string()))
            }
            ExportFormat::Jsonl => combined.push_str(&export::jsonl(
                &corpus,
                doc,
                &f.relative.display().to_string(),
            )),
        }
    }
    if !combined.is_empty() {
        match (&out, format) {
            (Some(dir), ExportFormat::Conll | ExportFormat::Jsonl) => {
                let name = if format == ExportFormat::Conll {
                    "corpus.conll"
                } else {
                    "corpus.jsonl"
                };
                let target = dir.join(name);
                if let Err(e) =
                    std::fs::create_dir_all(dir).and_then(|_| write_atomically(&target, &combined))
                {
                    eprintln!("newsls: {}: {e}", target.display());
                    errors += 1;
                }
            }
            _ => {
                let mut stdout = std::io::stdout().lock();
                if stdout.write_all(combined.as_bytes()).is_err() {
                    return 2;
                }
            }
        }
    }
    if errors > 0 {
        2
    } else {
        0
    }
}
