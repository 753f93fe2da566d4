//! Server state: the editor's open buffers (`Editor`, behind a short-lived mutex) and the
//! analysed corpus (`Index`, behind a read-write lock, written only by `refresh`).
//!
//! Lock order: `index` before `editor`; never the other way round. The editor lock is held
//! only for copies and small edits, never for analysis.

use std::collections::{HashMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use serde_json::Value;
use tower_lsp_server::lsp_types::{Position, Range, SemanticToken, Uri};
use tower_lsp_server::UriExt;

use crate::corpus::{Corpus, CorpusOptions, Doc};
use crate::text::{LineIndex, PositionEncoding};

/// Settings from `initializationOptions` and `workspace/didChangeConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// `None`: entity diagnostics off.
    pub entity_severity: Option<EntitySeverity>,
    pub inlay_hints: bool,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub log_level: tracing::Level,
    pub dct: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntitySeverity {
    Hint,
    Information,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            entity_severity: Some(EntitySeverity::Hint),
            inlay_hints: true,
            include: Vec::new(),
            exclude: Vec::new(),
            log_level: tracing::Level::INFO,
            dct: None,
        }
    }
}

impl Config {
    /// Apply a settings object (`{"diagnostics": {...}, ...}`, or wrapped in `{"newsls": ...}`
    /// or `{"settings": {"newsls": ...}}`). Unknown or ill-typed fields are ignored.
    pub fn apply(&mut self, v: &Value) {
        let mut v = v;
        for key in ["settings", "newsls"] {
            if let Some(inner) = v.get(key) {
                v = inner;
            }
        }
        if !v.is_object() {
            return;
        }
        if let Some(s) = v.pointer("/diagnostics/entities").and_then(Value::as_str) {
            self.entity_severity = match s {
                "off" => None,
                "information" | "info" => Some(EntitySeverity::Information),
                _ => Some(EntitySeverity::Hint),
            };
        }
        if let Some(b) = v.pointer("/inlayHints/enabled").and_then(Value::as_bool) {
            self.inlay_hints = b;
        }
        let strings = |x: &Value| {
            x.as_array().map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect::<Vec<_>>()
            })
        };
        if let Some(l) = v.get("include").and_then(strings) {
            self.include = l;
        }
        if let Some(l) = v.get("exclude").and_then(strings) {
            self.exclude = l;
        }
        if let Some(s) = v.get("logLevel").and_then(Value::as_str) {
            self.log_level = match s.to_ascii_lowercase().as_str() {
                "error" => tracing::Level::ERROR,
                "warn" | "warning" => tracing::Level::WARN,
                "debug" => tracing::Level::DEBUG,
                "trace" => tracing::Level::TRACE,
                _ => tracing::Level::INFO,
            };
        }
        if let Some(d) = v.get("dct") {
            self.dct = d.as_str().and_then(crate::corpus::config::parse_date);
        }
    }
}

/// What the client can do (from `initialize`).
#[derive(Debug, Clone, Default)]
pub struct ClientCaps {
    pub work_done_progress: bool,
    pub dynamic_watchers: bool,
    pub document_changes: bool,
    pub create_files: bool,
    pub multiline_tokens: bool,
    pub related_information: bool,
    pub tokens_refresh: bool,
}

/// An open buffer.
#[derive(Debug)]
pub struct Open {
    pub uri: Uri,
    pub version: i32,
    /// Server-side revision (unique across opens and edits): what `Index::analyzed` records.
    pub rev: u64,
    pub text: String,
    pub lines: LineIndex,
    /// Edits since the text the corpus holds: `(start, old_end, new_len)` in code points.
    pub shifts: Vec<(usize, usize, usize)>,
    /// A `.ann` buffer (annotations of the article beside it), not an article.
    pub is_ann: bool,
    /// Token marks of the text the corpus holds for this buffer (valid once it holds one);
    /// mapped through `shifts` they answer semantic tokens without waiting for analysis.
    pub marks: Arc<Vec<Mark>>,
    pub marks_valid: bool,
    /// How long the last analysis of this buffer took (analysis, linking and findings).
    pub analysis_time: Duration,
    /// Tokens were answered from shifted marks: ask the client to refresh after analysis.
    pub tokens_stale: bool,
}

impl Open {
    pub fn new(uri: Uri, version: i32, rev: u64, text: String, is_ann: bool) -> Open {
        let lines = LineIndex::new(&text);
        Open {
            uri,
            version,
            rev,
            text,
            lines,
            shifts: Vec::new(),
            is_ann,
            marks: Arc::new(Vec::new()),
            marks_valid: false,
            analysis_time: Duration::ZERO,
            tokens_stale: false,
        }
    }
}

/// A mention as a semantic token: code-point span, token type and modifier bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub ty: u32,
    pub mods: u32,
}

/// Articles larger than this are not analysed (logged); the server stays responsive.
pub const MAX_ANALYSED_BYTES: usize = 8 * 1024 * 1024;

/// The editor side of the state.
#[derive(Debug, Default)]
pub struct Editor {
    pub open: HashMap<PathBuf, Open>,
    pub encoding: PositionEncoding,
    pub config: Config,
    pub caps: ClientCaps,
    /// Canonical workspace folders (empty: single-file mode).
    pub roots: Vec<PathBuf>,
    /// Debounce generation per document.
    pub generation: HashMap<PathBuf, u64>,
    /// Last published diagnostics per document (version, fingerprint).
    pub published: HashMap<PathBuf, (Option<i32>, u64)>,
    /// Last semantic tokens per document, for `full/delta`.
    pub tokens: HashMap<PathBuf, (String, Vec<SemanticToken>)>,
    pub next_result_id: u64,
    pub next_rev: u64,
    pub initialized: bool,
    pub shutdown: bool,
}

impl Editor {
    pub fn bump_rev(&mut self) -> u64 {
        self.next_rev += 1;
        self.next_rev
    }
}

/// The analysed corpus and, for open documents, the buffer version it holds.
#[derive(Debug, Default)]
pub struct Index {
    pub corpus: Corpus,
    pub analyzed: HashMap<PathBuf, u64>,
    /// Articles the index holds from disk or buffers (for status).
    pub indexed_once: bool,
}

/// Everything shared between handlers.
#[derive(Debug, Default)]
pub struct Shared {
    pub editor: Mutex<Editor>,
    pub index: RwLock<Index>,
}

impl Shared {
    pub fn new() -> Self {
        Shared {
            editor: Mutex::new(Editor::default()),
            index: RwLock::new(Index {
                corpus: Corpus::new(CorpusOptions::default()),
                ..Default::default()
            }),
        }
    }

    /// The editor state (a poisoned lock is recovered: the state stays usable).
    pub fn ed(&self) -> MutexGuard<'_, Editor> {
        self.editor.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn read(&self) -> RwLockReadGuard<'_, Index> {
        self.index.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn write(&self) -> RwLockWriteGuard<'_, Index> {
        self.index.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Bring the corpus up to date with the open buffer of `path` (if any). Blocking.
    ///
    /// The article is analysed under the read lock (other requests go on meanwhile); only the
    /// cheap steps (annotation shifts, installing the result and re-linking) take the write lock.
    pub fn refresh(&self, path: &Path) {
        let snap = {
            let mut idx = self.write();
            let snap = {
                let mut ed = self.ed();
                match ed.open.get_mut(path) {
                    Some(o)
                        if idx.analyzed.get(path) != Some(&o.rev)
                            && !o.is_ann
                            && o.text.len() <= MAX_ANALYSED_BYTES =>
                    {
                        Some((
                            Arc::<str>::from(o.text.as_str()),
                            o.rev,
                            std::mem::take(&mut o.shifts),
                        ))
                    }
                    _ => None,
                }
            };
            match snap {
                Some((text, rev, shifts)) => {
                    for (s, e, n) in shifts {
                        idx.corpus.shift_annotations(path, s, e, n);
                    }
                    (text, rev)
                }
                // .ann buffers, huge articles, nothing to do: the locked path handles them
                None => return self.refresh_locked(&mut idx, path),
            }
        };
        let (text, rev) = snap;
        let t0 = std::time::Instant::now();
        let prepared = {
            let idx = self.read();
            std::panic::catch_unwind(AssertUnwindSafe(|| idx.corpus.prepare_text(path, text)))
        };
        let mut idx = self.write();
        match prepared {
            Ok(doc) => {
                // a newer version may have been installed meanwhile
                let newer_installed = idx.analyzed.get(path).is_some_and(|&r| r > rev);
                if !newer_installed {
                    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
                        idx.corpus.install(doc);
                    }));
                    if outcome.is_err() {
                        tracing::error!(
                            "linking after {} failed (panic); keeping the previous result",
                            path.display()
                        );
                    }
                    idx.analyzed.insert(path.to_path_buf(), rev);
                }
            }
            Err(_) => {
                tracing::error!(
                    "analysis of {} failed (panic); keeping the previous result",
                    path.display()
                );
                idx.analyzed.insert(path.to_path_buf(), rev);
            }
        }
        let took = t0.elapsed();
        if let Some(o) = self.ed().open.get_mut(path) {
            o.analysis_time = took;
        }
        self.update_marks(&idx);
    }

    /// Bring every open buffer into the corpus. Blocking.
    pub fn refresh_all(&self) {
        let mut idx = self.write();
        let paths: Vec<PathBuf> = self.ed().open.keys().cloned().collect();
        // one relink for all the open buffers
        idx.corpus.suspend_linking();
        for p in paths {
            self.refresh_locked(&mut idx, &p);
        }
        idx.corpus.resume_linking();
        self.update_marks(&idx);
    }

    pub fn refresh_locked(&self, idx: &mut Index, path: &Path) {
        let snap = {
            let mut ed = self.ed();
            match ed.open.get_mut(path) {
                Some(o) if idx.analyzed.get(path) != Some(&o.rev) => Some((
                    Arc::<str>::from(o.text.as_str()),
                    o.rev,
                    std::mem::take(&mut o.shifts),
                    o.is_ann,
                )),
                _ => None,
            }
        };
        let Some((text, version, shifts, is_ann)) = snap else {
            return;
        };
        let t0 = std::time::Instant::now();
        let corpus = &mut idx.corpus;
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
            if !is_ann && text.len() > MAX_ANALYSED_BYTES {
                tracing::warn!(
                    "{} is {} MB: too large to analyse, skipped",
                    path.display(),
                    text.len() / (1024 * 1024)
                );
                corpus.remove(path);
            } else if is_ann {
                let article = path.with_extension("txt");
                corpus.set_annotations(&article, Some(&text));
            } else {
                for (s, e, n) in shifts {
                    corpus.shift_annotations(path, s, e, n);
                }
                corpus.set_text(path, text);
            }
        }));
        if outcome.is_err() {
            tracing::error!(
                "analysis of {} failed (panic); keeping the previous result",
                path.display()
            );
        }
        idx.analyzed.insert(path.to_path_buf(), version);
        let took = t0.elapsed();
        if let Some(o) = self.ed().open.get_mut(path) {
            o.analysis_time = took;
        }
        self.update_marks(idx);
    }

    /// Recompute the token marks of every open article the corpus holds a buffer version of
    /// (a relink can change any document's modifiers).
    pub fn update_marks(&self, idx: &Index) {
        let mut ed = self.ed();
        for (path, o) in ed.open.iter_mut() {
            if o.is_ann {
                continue;
            }
            if !idx.analyzed.contains_key(path) {
                o.marks_valid = false;
                continue;
            }
            o.marks = Arc::new(
                idx.corpus
                    .doc_by_path(path)
                    .map(crate::lsp::tokens::marks)
                    .unwrap_or_default(),
            );
            o.marks_valid = true;
        }
    }
}

/// Whether the corpus holds the open buffer's current version (or the document is closed).
pub fn is_fresh(idx: &Index, ed: &Editor, path: &Path) -> bool {
    match ed.open.get(path) {
        Some(o) => idx.analyzed.get(path) == Some(&o.rev),
        None => true,
    }
}

/// The path a URI names. Non-file URIs get a stable synthetic path.
pub fn uri_to_path(uri: &Uri) -> PathBuf {
    if uri
        .scheme()
        .is_some_and(|s| s.as_str().eq_ignore_ascii_case("file"))
    {
        if let Some(p) = uri.to_file_path() {
            let p = p.into_owned();
            return std::fs::canonicalize(&p).unwrap_or(p);
        }
    }
    PathBuf::from(format!(
        "/newsls-virtual/{}",
        uri.as_str().replace(['/', ':', '\\'], "_")
    ))
}

/// The URI for a document path: the open buffer's URI, else a file URI.
pub fn path_to_uri(ed: &Editor, path: &Path) -> Option<Uri> {
    if let Some(o) = ed.open.get(path) {
        return Some(o.uri.clone());
    }
    Uri::from_file_path(path)
}

/// Whether `path` lies inside one of the workspace folders (paths are canonical).
pub fn in_workspace(ed: &Editor, path: &Path) -> bool {
    ed.roots.iter().any(|r| path.starts_with(r))
}

/// Code points → LSP position in a document.
pub fn pos(doc: &Doc, cp: usize, enc: PositionEncoding) -> Position {
    let (l, c) = doc.lines.position(&doc.text, cp, enc);
    Position::new(l, c)
}

pub fn range(doc: &Doc, a: usize, b: usize, enc: PositionEncoding) -> Range {
    Range::new(pos(doc, a, enc), pos(doc, b, enc))
}

/// LSP position → code points (clamped to the text).
pub fn offset(doc: &Doc, p: Position, enc: PositionEncoding) -> usize {
    doc.lines.offset(&doc.text, p.line, p.character, enc)
}

/// The `.ann` content for a document's current human annotations (to carry them over).
pub fn ann_content(doc: &Doc) -> String {
    doc.annotations.to_brat()
}

/// Names of the documents with a given set of paths (helper for tests and status).
pub fn paths_of(idx: &Index) -> HashSet<PathBuf> {
    idx.corpus.docs().map(|(_, d)| d.path.clone()).collect()
}
