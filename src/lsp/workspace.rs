//! Finding and reading the articles of the workspace folders (closed files are read from
//! disk; nothing outside the folders is read).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::prelude::*;

use crate::corpus::config::FolderConfig;
use crate::corpus::{Corpus, CorpusOptions, DocInput};
use crate::text::decode_utf8;

/// What a scan of the workspace found.
#[derive(Debug, Default)]
pub struct Scan {
    pub articles: Vec<PathBuf>,
    /// `(folder, content)` of every `corpus.tsv`.
    pub tsv: Vec<(PathBuf, String)>,
    /// `(folder, content)` of every `newsls.toml`.
    pub toml: Vec<(PathBuf, String)>,
}

fn globs(patterns: &[String]) -> Option<GlobSet> {
    if patterns.is_empty() {
        return None;
    }
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        match Glob::new(p) {
            Ok(g) => {
                b.add(g);
            }
            Err(e) => tracing::warn!("ignoring bad glob {p:?}: {e}"),
        }
    }
    b.build().ok()
}

/// Include/exclude filter relative to a root.
#[derive(Debug, Default)]
pub struct Filter {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Filter {
    pub fn new(include: &[String], exclude: &[String]) -> Self {
        Filter {
            include: globs(include),
            exclude: globs(exclude),
        }
    }

    pub fn accepts(&self, rel: &Path) -> bool {
        if let Some(ex) = &self.exclude {
            if ex.is_match(rel) {
                return false;
            }
        }
        match &self.include {
            Some(inc) => inc.is_match(rel),
            None => true,
        }
    }
}

/// Read a small file inside `roots` (None when outside, missing or not UTF-8).
pub fn read_inside(roots: &[PathBuf], path: &Path) -> Option<String> {
    let canon = std::fs::canonicalize(path).ok()?;
    if !roots.iter().any(|r| canon.starts_with(r)) {
        return None;
    }
    let bytes = std::fs::read(&canon).ok()?;
    match decode_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            tracing::warn!("skipping {}: {e}", path.display());
            None
        }
    }
}

/// Walk the folders: every `*.txt` (honouring `.gitignore`/`.ignore`, the settings' and each
/// `newsls.toml`'s include/exclude globs), every `corpus.tsv` and `newsls.toml`.
pub fn scan(roots: &[PathBuf], include: &[String], exclude: &[String]) -> Scan {
    let mut out = Scan::default();
    let settings = Filter::new(include, exclude);
    for root in roots {
        // the walk follows no links: under a canonical root, the path of a plain file is
        // canonical already; only links need resolving (and checking)
        let canonical_root = std::fs::canonicalize(root).is_ok_and(|c| &c == root);
        let walker = ignore::WalkBuilder::new(root)
            .hidden(true)
            .require_git(false)
            .follow_links(false)
            .build();
        let mut txts = Vec::new();
        for entry in walker.flatten() {
            let p = entry.path();
            let Some(kind) = entry.file_type() else {
                continue;
            };
            if !(kind.is_file() || kind.is_symlink()) {
                continue;
            }
            let canon = if kind.is_file() && canonical_root && p.starts_with(root) {
                p.to_path_buf()
            } else {
                let Ok(canon) = std::fs::canonicalize(p) else {
                    continue;
                };
                if !canon.starts_with(root) || !canon.is_file() {
                    tracing::info!("skipping {} (outside the workspace)", p.display());
                    continue;
                }
                canon
            };
            match canon.file_name().and_then(|n| n.to_str()) {
                Some("corpus.tsv") => {
                    if let Some(c) = read_inside(roots, &canon) {
                        out.tsv
                            .push((canon.parent().map(Path::to_path_buf).unwrap_or_default(), c));
                    }
                }
                Some("newsls.toml") => {
                    if let Some(c) = read_inside(roots, &canon) {
                        out.toml
                            .push((canon.parent().map(Path::to_path_buf).unwrap_or_default(), c));
                    }
                }
                Some(n) if n.ends_with(".txt") => {
                    let rel = canon.strip_prefix(root).unwrap_or(&canon).to_path_buf();
                    if settings.accepts(&rel) {
                        txts.push(canon);
                    }
                }
                _ => {}
            }
        }
        // folder configs' own include/exclude
        let folder_filters: Vec<(PathBuf, Filter)> = out
            .toml
            .iter()
            .filter(|(f, _)| f.starts_with(root))
            .filter_map(|(f, c)| {
                FolderConfig::parse(c)
                    .ok()
                    .map(|cfg| (f.clone(), Filter::new(&cfg.include, &cfg.exclude)))
            })
            .collect();
        txts.retain(|p| {
            folder_filters
                .iter()
                .filter(|(f, _)| p.starts_with(f))
                .all(|(f, flt)| flt.accepts(p.strip_prefix(f).unwrap_or(p)))
        });
        out.articles.extend(txts);
    }
    out.articles.sort();
    out.articles.dedup();
    out
}

/// Read one article (and the `.ann` beside it). None: unreadable, binary or not UTF-8 (logged).
pub fn read_article(roots: &[PathBuf], path: &Path) -> Option<DocInput> {
    let canon = std::fs::canonicalize(path).ok()?;
    if !roots.iter().any(|r| canon.starts_with(r)) {
        return None;
    }
    let len = std::fs::metadata(&canon).map(|m| m.len()).ok();
    read_resolved(roots, path, canon, len)
}

/// [`read_article`] of a path found by [`scan`]: canonical and inside the folders, so unless
/// it has become a link since, it needs no resolving.
fn read_scanned(roots: &[PathBuf], path: &Path) -> Option<DocInput> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_file() && roots.iter().any(|r| path.starts_with(r)) => {
            read_resolved(roots, path, path.to_path_buf(), Some(m.len()))
        }
        _ => read_article(roots, path),
    }
}

/// Read the article at `canon` (its resolved path, inside the folders; `len` its size when
/// known) and the `.ann` beside it; `path` is the name to log.
fn read_resolved(
    roots: &[PathBuf],
    path: &Path,
    canon: PathBuf,
    len: Option<u64>,
) -> Option<DocInput> {
    if len.is_some_and(|n| n as usize > super::state::MAX_ANALYSED_BYTES) {
        tracing::warn!("skipping {}: too large to analyse", path.display());
        return None;
    }
    let bytes = match std::fs::read(&canon) {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!("cannot read {}: {e}", path.display());
            return None;
        }
    };
    let text = match decode_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            tracing::warn!("skipping {}: {e}", path.display());
            return None;
        }
    };
    let ann_path = canon.with_extension("ann");
    // most articles have no `.ann`: one `lstat` tells, before the path is resolved and checked
    let ann = std::fs::symlink_metadata(&ann_path)
        .ok()
        .and_then(|_| read_inside(roots, &ann_path));
    Some(DocInput {
        path: canon,
        text: Arc::from(text),
        ann,
    })
}

/// Build a corpus from a scan, reporting `(done, total)` files as they are read and analysed.
/// The corpus comes back unlinked: the caller links it once ([`Corpus::link_all`]) when the
/// open buffers are in.
pub fn build(
    roots: &[PathBuf],
    scan: &Scan,
    options: CorpusOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Corpus {
    let mut corpus = Corpus::new(options);
    for (folder, c) in &scan.tsv {
        corpus.set_corpus_tsv(folder, Some(c));
    }
    for (folder, c) in &scan.toml {
        if let Err(e) = corpus.set_folder_config(folder, Some(c)) {
            tracing::warn!("{}/newsls.toml: {e}", folder.display());
        }
    }
    let total = scan.articles.len();
    let done = AtomicUsize::new(0);
    // batches keep the progress moving; linking is left to the caller (once, at the end)
    let batch = (total / 8).max(64);
    for chunk in scan.articles.chunks(batch) {
        let inputs: Vec<DocInput> = chunk
            .par_iter()
            .filter_map(|p| {
                let r = read_scanned(roots, p);
                done.fetch_add(1, Ordering::Relaxed);
                r
            })
            .collect();
        corpus.add_documents_unlinked(inputs);
        progress(done.load(Ordering::Relaxed), total);
    }
    corpus
}
