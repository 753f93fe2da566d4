//! tower-lsp-server glue: protocol handlers that update the state synchronously and run the
//! views off the protocol thread.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::lsp_types::notification::Notification;
use tower_lsp_server::lsp_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::state::{self, uri_to_path, ClientCaps, Config, Open, Shared};
use super::views::{self, Ctx};
use super::{tokens, workspace};
use crate::corpus::{Corpus, CorpusOptions, Doc};
use crate::text::{LineIndex, PositionEncoding};

/// `newsls/status`: `{"state": "indexing"|"ready", "articles": N, "entities": N}`.
pub enum StatusNotification {}

impl Notification for StatusNotification {
    type Params = Value;
    const METHOD: &'static str = "newsls/status";
}

pub const DEBOUNCE: Duration = Duration::from_millis(150);
/// Buffers whose analysis (with linking and findings) took at most this long are analysed
/// again before semantic tokens are answered after an edit; longer ones are answered at once
/// from their previous marks moved through the edits, and refreshed after the debounced
/// analysis. Small enough that a keystroke stays within 5 ms (issue 3's p99 for a 200 KB
/// article), large enough that a typical article is always coloured from its current text.
pub const SYNC_ANALYSIS: Duration = Duration::from_millis(3);
/// A buffer never analysed yet is analysed before answering tokens when it is at most this big.
pub const SYNC_ANALYSIS_BYTES: usize = 512 * 1024;
pub const COMMANDS: [&str; 2] = ["newsls.exportCorpus", "newsls.reindex"];

#[derive(Clone)]
pub struct Backend {
    pub client: Client,
    pub shared: Arc<Shared>,
}

fn internal(msg: impl Into<String>) -> Error {
    Error {
        code: ErrorCode::InternalError,
        message: msg.into().into(),
        data: None,
    }
}

fn invalid(msg: impl Into<String>) -> Error {
    Error {
        code: ErrorCode::InvalidParams,
        message: msg.into().into(),
        data: None,
    }
}

/// Run blocking work off the protocol thread; a panic becomes an error response.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    match tokio::task::spawn_blocking(move || std::panic::catch_unwind(AssertUnwindSafe(f))).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(p)) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            tracing::error!("request failed: {msg}");
            Err(internal(format!("newsls internal error: {msg}")))
        }
        Err(e) => Err(internal(format!("newsls internal error: {e}"))),
    }
}

fn encoding_kind(enc: PositionEncoding) -> PositionEncodingKind {
    match enc {
        PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

/// The encoding to use: UTF-8 when offered, else UTF-16 (UTF-32 only when it is all there is).
pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> PositionEncoding {
    let Some(o) = offered else {
        return PositionEncoding::Utf16;
    };
    if o.contains(&PositionEncodingKind::UTF8) {
        PositionEncoding::Utf8
    } else if o.contains(&PositionEncodingKind::UTF16) || o.is_empty() {
        PositionEncoding::Utf16
    } else if o.contains(&PositionEncodingKind::UTF32) {
        PositionEncoding::Utf32
    } else {
        PositionEncoding::Utf16
    }
}

fn is_article_path(p: &Path) -> bool {
    !matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("ann" | "tsv" | "toml")
    )
}

/// Apply one content change to a buffer; returns the shift `(start, old_end, new_len)`.
pub fn apply_change(
    o: &mut Open,
    enc: PositionEncoding,
    change: &TextDocumentContentChangeEvent,
) -> (usize, usize, usize) {
    match change.range {
        Some(r) => {
            let mut a = o
                .lines
                .offset(&o.text, r.start.line, r.start.character, enc);
            let mut b = o.lines.offset(&o.text, r.end.line, r.end.character, enc);
            if b < a {
                std::mem::swap(&mut a, &mut b);
            }
            let ba = o.lines.byte_of(&o.text, a);
            let bb = o.lines.byte_of(&o.text, b);
            o.text.replace_range(ba..bb, &change.text);
            o.lines = LineIndex::new(&o.text);
            (a, b, change.text.chars().count())
        }
        None => {
            // a full replacement: the shift is what differs between old and new text
            let old = std::mem::take(&mut o.text);
            let new = change.text.clone();
            let prefix_b = old
                .bytes()
                .zip(new.bytes())
                .take_while(|(x, y)| x == y)
                .count();
            let mut prefix_b = prefix_b;
            while !old.is_char_boundary(prefix_b) || !new.is_char_boundary(prefix_b) {
                prefix_b -= 1;
            }
            let max_s = old.len().min(new.len()) - prefix_b;
            let mut suffix_b = old
                .bytes()
                .rev()
                .zip(new.bytes().rev())
                .take(max_s)
                .take_while(|(x, y)| x == y)
                .count();
            while !old.is_char_boundary(old.len() - suffix_b)
                || !new.is_char_boundary(new.len() - suffix_b)
            {
                suffix_b -= 1;
            }
            let start = old[..prefix_b].chars().count();
            let old_end = start + old[prefix_b..old.len() - suffix_b].chars().count();
            let new_len = new[prefix_b..new.len() - suffix_b].chars().count();
            o.text = new;
            o.lines = LineIndex::new(&o.text);
            (start, old_end, new_len)
        }
    }
}

impl Backend {
    pub fn new(client: Client) -> Self {
        Backend {
            client,
            shared: Arc::new(Shared::new()),
        }
    }

    async fn log(&self, level: tracing::Level, msg: String) {
        match level {
            tracing::Level::ERROR => tracing::error!("{msg}"),
            tracing::Level::WARN => tracing::warn!("{msg}"),
            tracing::Level::INFO => tracing::info!("{msg}"),
            _ => tracing::debug!("{msg}"),
        }
        let max = self.shared.ed().config.log_level;
        if level <= max {
            let typ = match level {
                tracing::Level::ERROR => MessageType::ERROR,
                tracing::Level::WARN => MessageType::WARNING,
                tracing::Level::INFO => MessageType::INFO,
                _ => MessageType::LOG,
            };
            self.client.log_message(typ, msg).await;
        }
    }

    /// Run `f` on a document once the corpus holds its current buffer. None: not an article
    /// the server knows.
    async fn with_doc<T: Send + 'static>(
        &self,
        uri: &Uri,
        f: impl FnOnce(&Corpus, &Ctx, &Doc) -> T + Send + 'static,
    ) -> Result<Option<T>> {
        let path = uri_to_path(uri);
        let shared = self.shared.clone();
        blocking(move || {
            for _ in 0..4 {
                shared.refresh(&path);
                let idx = shared.read();
                let (ctx, fresh) = {
                    let ed = shared.ed();
                    (Ctx::from_editor(&ed), state::is_fresh(&idx, &ed, &path))
                };
                if fresh {
                    let doc = idx.corpus.doc_by_path(&path)?;
                    return Some(f(&idx.corpus, &ctx, doc));
                }
            }
            None
        })
        .await
    }

    async fn with_corpus<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Corpus, &Ctx) -> T + Send + 'static,
    ) -> Result<T> {
        let shared = self.shared.clone();
        blocking(move || {
            shared.refresh_all();
            let idx = shared.read();
            let ctx = Ctx::from_editor(&shared.ed());
            f(&idx.corpus, &ctx)
        })
        .await
    }

    /// Semantic tokens of an open buffer from its marks, mapped through the edits since its
    /// last analysis: a keystroke never waits for a slow analysis (small articles are brought
    /// up to date first, so their answer is exact). Closed articles are read from the corpus.
    async fn semantic(
        &self,
        uri: &Uri,
        range: Option<Range>,
    ) -> Result<Option<Vec<SemanticToken>>> {
        let path = uri_to_path(uri);
        let open = self.shared.ed().open.get(&path).is_some_and(|o| !o.is_ann);
        if !open {
            return self
                .with_doc(uri, move |_, ctx, doc| {
                    let (a, b) = match range {
                        Some(r) => (
                            state::offset(doc, r.start, ctx.enc),
                            state::offset(doc, r.end, ctx.enc),
                        ),
                        None => (0, usize::MAX),
                    };
                    tokens::tokens(doc, ctx.enc, a.min(b), a.max(b))
                })
                .await;
        }
        let shared = self.shared.clone();
        blocking(move || semantic_now(&shared, &path, range)).await
    }

    async fn status(&self, state: &str) {
        let (articles, entities) = {
            let idx = self.shared.read();
            (idx.corpus.len(), idx.corpus.entities().len())
        };
        self.client
            .send_notification::<StatusNotification>(
                json!({"state": state, "articles": articles, "entities": entities}),
            )
            .await;
    }

    /// Debounced analysis and diagnostics after an edit of `path`.
    fn schedule(&self, path: PathBuf) {
        let gen = {
            let mut ed = self.shared.ed();
            let g = ed.generation.entry(path.clone()).or_default();
            *g += 1;
            *g
        };
        let this = self.clone();
        tokio::spawn(async move {
            tokio::time::sleep(DEBOUNCE).await;
            if this.shared.ed().generation.get(&path) != Some(&gen) {
                return;
            }
            let shared = this.shared.clone();
            let p = path.clone();
            if blocking(move || shared.refresh(&p)).await.is_err() {
                return;
            }
            this.publish_open().await;
            let stale = {
                let mut ed = this.shared.ed();
                let refresh_ok = ed.caps.tokens_refresh;
                ed.open
                    .get_mut(&path)
                    .is_some_and(|o| std::mem::take(&mut o.tokens_stale))
                    && refresh_ok
            };
            if stale {
                let _ = this.client.semantic_tokens_refresh().await;
            }
            this.status("ready").await;
        });
    }

    /// Publish the diagnostics of every open article whose analysis is current and changed.
    pub async fn publish_open(&self) {
        let shared = self.shared.clone();
        let batch = blocking(move || {
            let idx = shared.read();
            let ed = shared.ed();
            let ctx = Ctx::from_editor(&ed);
            let mut out = Vec::new();
            for (path, o) in &ed.open {
                if o.is_ann || !state::is_fresh(&idx, &ed, path) {
                    continue;
                }
                let Some(doc) = idx.corpus.doc_by_path(path) else {
                    continue;
                };
                let diags = views::diagnostics(&idx.corpus, &ctx, doc);
                out.push((path.clone(), o.uri.clone(), o.version, diags));
            }
            out
        })
        .await
        .unwrap_or_default();
        for (path, uri, version, diags) in batch {
            let fp = fingerprint(&diags);
            {
                let mut ed = self.shared.ed();
                match ed.open.get(&path) {
                    Some(o) if o.version == version => {}
                    _ => continue, // stale: a newer version is on its way
                }
                if ed.published.get(&path) == Some(&(Some(version), fp)) {
                    continue;
                }
                ed.published.insert(path.clone(), (Some(version), fp));
            }
            self.client
                .publish_diagnostics(uri, diags, Some(version))
                .await;
        }
    }

    /// Index every article of the workspace folders (in parallel, with progress).
    pub async fn index_workspace(&self) {
        let (roots, include, exclude, dct, progress_ok) = {
            let ed = self.shared.ed();
            (
                ed.roots.clone(),
                ed.config.include.clone(),
                ed.config.exclude.clone(),
                ed.config.dct,
                ed.caps.work_done_progress,
            )
        };
        self.status("indexing").await;
        let token = NumberOrString::String(format!("newsls-index-{}", rand_suffix()));
        let progress = progress_ok
            && self
                .client
                .send_request::<request::WorkDoneProgressCreate>(WorkDoneProgressCreateParams {
                    token: token.clone(),
                })
                .await
                .is_ok();
        if progress {
            self.progress(
                &token,
                WorkDoneProgress::Begin(WorkDoneProgressBegin {
                    title: "newsls: indexing articles".into(),
                    cancellable: Some(false),
                    message: Some("scanning".into()),
                    percentage: Some(0),
                }),
            )
            .await;
        }
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(usize, usize)>();
        let roots2 = roots.clone();
        let started = std::time::Instant::now();
        let job = tokio::task::spawn_blocking(move || {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                let scan = workspace::scan(&roots2, &include, &exclude);
                tracing::info!(
                    "found {} articles in {:.2} s",
                    scan.articles.len(),
                    started.elapsed().as_secs_f64()
                );
                let _ = tx.send((0, scan.articles.len()));
                let report = |d: usize, t: usize| {
                    let _ = tx.send((d, t));
                };
                workspace::build(&roots2, &scan, CorpusOptions { dct }, &report)
            }))
        });
        while let Some((done, total)) = rx.recv().await {
            if progress {
                let pct = (done * 100).checked_div(total).unwrap_or(100) as u32;
                self.progress(
                    &token,
                    WorkDoneProgress::Report(WorkDoneProgressReport {
                        cancellable: Some(false),
                        message: Some(format!("{done}/{total} files")),
                        percentage: Some(pct),
                    }),
                )
                .await;
            }
        }
        let corpus = match job.await {
            Ok(Ok(c)) => Some(c),
            _ => {
                self.log(tracing::Level::ERROR, "indexing failed".into())
                    .await;
                None
            }
        };
        tracing::info!(
            "read and analysed the articles in {:.2} s",
            started.elapsed().as_secs_f64()
        );
        if let Some(corpus) = corpus {
            let shared = self.shared.clone();
            let _ = blocking(move || {
                let mut idx = shared.write();
                let mut corpus = corpus;
                // the new corpus is linked once, after the open buffers are in (refresh_all)
                corpus.suspend_linking();
                corpus.link_all();
                // open buffers keep their (shifted) annotations
                let open: Vec<PathBuf> = shared.ed().open.keys().cloned().collect();
                for p in &open {
                    if let Some(old) = idx.corpus.doc_by_path(p) {
                        if corpus.doc_by_path(p).is_none() {
                            corpus.add_documents(vec![crate::corpus::DocInput {
                                path: p.clone(),
                                text: old.text.clone(),
                                ann: None,
                            }]);
                        }
                        corpus.set_annotations(p, Some(&state::ann_content(old)));
                    }
                }
                idx.corpus = corpus;
                idx.analyzed.clear();
                idx.indexed_once = true;
                drop(idx);
                shared.refresh_all();
                tracing::info!(
                    "linked the corpus; indexed in {:.2} s",
                    started.elapsed().as_secs_f64()
                );
            })
            .await;
        }
        let n = self.shared.read().corpus.len();
        if progress {
            self.progress(
                &token,
                WorkDoneProgress::End(WorkDoneProgressEnd {
                    message: Some(format!("{n} articles")),
                }),
            )
            .await;
        }
        self.log(
            tracing::Level::INFO,
            format!("indexed {n} articles in {} folder(s)", roots.len()),
        )
        .await;
        self.publish_open().await;
        self.status("ready").await;
        // what the editor asked for while indexing is stale now: have it ask again
        let client = self.client.clone();
        tokio::spawn(async move {
            let _ = client.semantic_tokens_refresh().await;
            let _ = client.inlay_hint_refresh().await;
        });
    }

    async fn progress(&self, token: &NumberOrString, v: WorkDoneProgress) {
        self.client
            .send_notification::<notification::Progress>(ProgressParams {
                token: token.clone(),
                value: ProgressParamsValue::WorkDone(v),
            })
            .await;
    }

    /// Apply watched-file events to the index, one file at a time.
    async fn files_changed(&self, events: Vec<FileEvent>) {
        let shared = self.shared.clone();
        let res = blocking(move || {
            let mut idx = shared.write();
            let (roots, open, cfg) = {
                let ed = shared.ed();
                (
                    ed.roots.clone(),
                    ed.open
                        .keys()
                        .cloned()
                        .collect::<std::collections::HashSet<_>>(),
                    ed.config.clone(),
                )
            };
            for ev in events {
                let raw = uri_to_path(&ev.uri);
                // a deleted file cannot be canonicalised: canonicalise its folder
                let path = std::fs::canonicalize(&raw).unwrap_or_else(|_| {
                    raw.parent()
                        .and_then(|p| std::fs::canonicalize(p).ok())
                        .map(|p| p.join(raw.file_name().unwrap_or_default()))
                        .unwrap_or(raw.clone())
                });
                if !roots.iter().any(|r| path.starts_with(r)) {
                    continue;
                }
                let deleted = ev.typ == FileChangeType::DELETED || !path.exists();
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or("")
                    .to_string();
                let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
                if name == "corpus.tsv" {
                    let c = if deleted {
                        None
                    } else {
                        workspace::read_inside(&roots, &path)
                    };
                    idx.corpus.set_corpus_tsv(&folder, c.as_deref());
                } else if name == "newsls.toml" {
                    let c = if deleted {
                        None
                    } else {
                        workspace::read_inside(&roots, &path)
                    };
                    if let Err(e) = idx.corpus.set_folder_config(&folder, c.as_deref()) {
                        tracing::warn!("{}: {e}", path.display());
                    }
                    // membership may change: add and remove only the differences
                    let scan = workspace::scan(&roots, &cfg.include, &cfg.exclude);
                    let now: std::collections::HashSet<PathBuf> =
                        scan.articles.iter().cloned().collect();
                    let have = state::paths_of(&idx);
                    for p in have.difference(&now) {
                        if !open.contains(p) {
                            idx.corpus.remove(p);
                        }
                    }
                    let add: Vec<_> = now
                        .difference(&have)
                        .filter_map(|p| workspace::read_article(&roots, p))
                        .collect();
                    if !add.is_empty() {
                        idx.corpus.add_documents(add);
                    }
                } else if name.ends_with(".ann") {
                    if open.contains(&path) {
                        continue; // the buffer wins
                    }
                    let article = path.with_extension("txt");
                    let c = if deleted {
                        None
                    } else {
                        workspace::read_inside(&roots, &path)
                    };
                    idx.corpus.set_annotations(&article, c.as_deref());
                } else if name.ends_with(".txt") {
                    if open.contains(&path) {
                        continue;
                    }
                    if deleted {
                        idx.corpus.remove(&path);
                    } else if let Some(input) = workspace::read_article(&roots, &path) {
                        let rel_ok = roots.iter().filter(|r| path.starts_with(r)).any(|r| {
                            workspace::Filter::new(&cfg.include, &cfg.exclude)
                                .accepts(path.strip_prefix(r).unwrap_or(&path))
                        });
                        if !rel_ok {
                            continue;
                        }
                        if idx.corpus.doc_by_path(&path).is_some() {
                            idx.corpus.set_text(&path, input.text);
                        } else {
                            idx.corpus.add_documents(vec![input]);
                        }
                    } else {
                        // unreadable now (binary, invalid UTF-8): drop it
                        idx.corpus.remove(&path);
                    }
                }
            }
            drop(idx);
            shared.refresh_all();
        })
        .await;
        if let Err(e) = res {
            self.log(
                tracing::Level::ERROR,
                format!("watched files: {}", e.message),
            )
            .await;
        }
        self.publish_open().await;
        self.status("ready").await;
    }

    async fn export(&self, args: Vec<Value>) -> Result<Option<Value>> {
        let arg = args.into_iter().next().ok_or_else(|| {
            invalid("newsls.exportCorpus needs one argument {\"format\", \"out\"}")
        })?;
        let format = arg
            .get("format")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let out = arg
            .get("out")
            .and_then(Value::as_str)
            .map(PathBuf::from)
            .ok_or_else(|| invalid("`out` (an absolute folder) is required"))?;
        if !matches!(format.as_str(), "brat" | "conll" | "jsonl") {
            return Err(invalid(format!(
                "unknown format {format:?} (brat, conll or jsonl)"
            )));
        }
        if !out.is_absolute() {
            return Err(invalid("`out` must be an absolute path"));
        }
        let res = self
            .with_corpus(move |corpus, _| export_corpus(corpus, &format, &out))
            .await?;
        res.map(Some)
            .map_err(|e| internal(format!("export failed: {e}")))
    }
}

/// Semantic tokens of an open buffer now (see `Backend::semantic`). Blocking.
pub fn semantic_now(
    shared: &Shared,
    path: &Path,
    range: Option<Range>,
) -> Option<Vec<SemanticToken>> {
    let need_refresh = {
        let ed = shared.ed();
        let o = ed.open.get(path)?;
        if o.marks_valid {
            !o.shifts.is_empty() && o.analysis_time <= SYNC_ANALYSIS
        } else {
            o.text.len() <= SYNC_ANALYSIS_BYTES
        }
    };
    if need_refresh {
        shared.refresh(path);
    }
    let mut ed = shared.ed();
    let enc = ed.encoding;
    let o = ed.open.get_mut(path)?;
    if !o.marks_valid {
        // a large article not analysed yet: nothing to show until its analysis lands
        o.tokens_stale = true;
        return Some(Vec::new());
    }
    let marks = tokens::shift_marks(&o.marks, &o.shifts);
    o.tokens_stale = !o.shifts.is_empty();
    let (a, b) = match range {
        Some(r) => (
            o.lines
                .offset(&o.text, r.start.line, r.start.character, enc),
            o.lines.offset(&o.text, r.end.line, r.end.character, enc),
        ),
        None => (0, usize::MAX),
    };
    Some(tokens::encode(
        &marks,
        &o.text,
        &o.lines,
        enc,
        a.min(b),
        a.max(b),
    ))
}

/// Write the corpus in `format` to `out`; `{"files": N, "out": "..."}`.
pub fn export_corpus(corpus: &Corpus, format: &str, out: &Path) -> std::io::Result<Value> {
    use crate::corpus::annotations::write_atomically;
    std::fs::create_dir_all(out)?;
    let mut files = 0usize;
    match format {
        "brat" => {
            for (_, d) in corpus.docs() {
                let stem = d
                    .path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                write_atomically(&out.join(format!("{stem}.txt")), &d.text)?;
                write_atomically(
                    &out.join(format!("{stem}.ann")),
                    &crate::export::brat(corpus, d),
                )?;
                files += 2;
            }
        }
        "conll" => {
            let mut s = String::new();
            for (_, d) in corpus.docs() {
                s.push_str(&crate::export::conll(d, &d.file_name()));
            }
            write_atomically(&out.join("corpus.conll"), &s)?;
            files += 1;
        }
        _ => {
            let mut s = String::new();
            for (_, d) in corpus.docs() {
                s.push_str(&crate::export::jsonl(corpus, d, &d.file_name()));
            }
            write_atomically(&out.join("corpus.jsonl"), &s)?;
            files += 1;
        }
    }
    Ok(json!({"files": files, "out": out.display().to_string()}))
}

fn fingerprint(d: &[Diagnostic]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(d).unwrap_or_default().hash(&mut h);
    h.finish()
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let caps = &params.capabilities;
        let enc = negotiate(
            caps.general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let client_caps = ClientCaps {
            work_done_progress: caps
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false),
            dynamic_watchers: caps
                .workspace
                .as_ref()
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
            // resource operations only exist inside documentChanges (Neovim offers them without the flag)
            document_changes: caps
                .workspace
                .as_ref()
                .and_then(|w| w.workspace_edit.as_ref())
                .is_some_and(|w| {
                    w.document_changes.unwrap_or(false)
                        || w.resource_operations
                            .as_ref()
                            .is_some_and(|r| !r.is_empty())
                }),
            create_files: caps
                .workspace
                .as_ref()
                .and_then(|w| w.workspace_edit.as_ref())
                .and_then(|w| w.resource_operations.as_ref())
                .is_some_and(|r| r.contains(&ResourceOperationKind::Create)),
            multiline_tokens: caps
                .text_document
                .as_ref()
                .and_then(|t| t.semantic_tokens.as_ref())
                .and_then(|s| s.multiline_token_support)
                .unwrap_or(false),
            related_information: true,
            tokens_refresh: caps
                .workspace
                .as_ref()
                .and_then(|w| w.semantic_tokens.as_ref())
                .and_then(|s| s.refresh_support)
                .unwrap_or(false),
        };
        let mut folders: Vec<PathBuf> = params
            .workspace_folders
            .as_ref()
            .map(|f| f.iter().map(|f| uri_to_path(&f.uri)).collect())
            .unwrap_or_default();
        #[allow(deprecated)]
        if folders.is_empty() {
            if let Some(u) = &params.root_uri {
                folders.push(uri_to_path(u));
            }
        }
        let roots: Vec<PathBuf> = folders
            .into_iter()
            .filter_map(|f| std::fs::canonicalize(f).ok())
            .filter(|f| f.is_dir())
            .collect();
        let mut config = Config::default();
        if let Some(o) = &params.initialization_options {
            config.apply(o);
        }
        {
            let mut ed = self.shared.ed();
            ed.encoding = enc;
            ed.caps = client_caps;
            ed.roots = roots;
            ed.config = config.clone();
        }
        if config.dct.is_some() {
            self.shared.write().corpus = Corpus::new(CorpusOptions { dct: config.dct });
        }
        let annotate = CodeActionKind::new("refactor.rewrite.annotate");
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "newsls".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding_kind(enc)),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        will_save: None,
                        will_save_wait_until: None,
                        save: None,
                    },
                )),
                semantic_tokens_provider: Some(
                    SemanticTokensServerCapabilities::SemanticTokensOptions(
                        SemanticTokensOptions {
                            work_done_progress_options: Default::default(),
                            legend: tokens::legend(),
                            range: Some(true),
                            full: Some(SemanticTokensFullOptions::Delta { delta: Some(true) }),
                        },
                    ),
                ),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                declaration_provider: Some(DeclarationCapability::Simple(true)),
                references_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Right(RenameOptions {
                    prepare_provider: Some(true),
                    work_done_progress_options: Default::default(),
                })),
                document_symbol_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                inlay_hint_provider: Some(OneOf::Left(true)),
                completion_provider: Some(CompletionOptions {
                    resolve_provider: Some(false),
                    trigger_characters: None,
                    ..Default::default()
                }),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, annotate]),
                        resolve_provider: Some(false),
                        work_done_progress_options: Default::default(),
                    },
                )),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: COMMANDS.iter().map(|s| s.to_string()).collect(),
                    work_done_progress_options: Default::default(),
                }),
                ..Default::default()
            },
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let (dynamic, roots) = {
            let mut ed = self.shared.ed();
            ed.initialized = true;
            (ed.caps.dynamic_watchers, ed.roots.len())
        };
        let this = self.clone();
        tokio::spawn(async move {
            if dynamic {
                let watchers: Vec<FileSystemWatcher> =
                    ["**/*.txt", "**/*.ann", "**/corpus.tsv", "**/newsls.toml"]
                        .iter()
                        .map(|g| FileSystemWatcher {
                            glob_pattern: GlobPattern::String(g.to_string()),
                            kind: None,
                        })
                        .collect();
                let reg = Registration {
                    id: "newsls-watchers".into(),
                    method: "workspace/didChangeWatchedFiles".into(),
                    register_options: serde_json::to_value(
                        DidChangeWatchedFilesRegistrationOptions { watchers },
                    )
                    .ok(),
                };
                if let Err(e) = this.client.register_capability(vec![reg]).await {
                    tracing::warn!("file watchers not registered: {}", e.message);
                }
            }
            if roots > 0 {
                this.index_workspace().await;
            } else {
                this.log(
                    tracing::Level::INFO,
                    "no workspace folder: single-file mode".into(),
                )
                .await;
                this.status("ready").await;
            }
        });
    }

    async fn shutdown(&self) -> Result<()> {
        self.shared.ed().shutdown = true;
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let td = params.text_document;
        let path = uri_to_path(&td.uri);
        {
            let mut ed = self.shared.ed();
            let is_ann = !is_article_path(&path) && path.extension().is_some_and(|e| e == "ann");
            if !is_article_path(&path) && !is_ann {
                return;
            }
            // the corpus must take this text even if the same version number was seen before
            let rev = ed.bump_rev();
            ed.open.insert(
                path.clone(),
                Open::new(td.uri, td.version, rev, td.text, is_ann),
            );
            ed.tokens.remove(&path);
            ed.published.remove(&path);
        }
        self.schedule(path);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let path = uri_to_path(&params.text_document.uri);
        {
            let mut ed = self.shared.ed();
            let enc = ed.encoding;
            let rev = ed.bump_rev();
            let Some(o) = ed.open.get_mut(&path) else {
                drop(ed);
                tracing::warn!(
                    "didChange for a document that is not open: {}",
                    params.text_document.uri.as_str()
                );
                return;
            };
            for ch in &params.content_changes {
                let shift = apply_change(o, enc, ch);
                o.shifts.push(shift);
            }
            if params.text_document.version < o.version {
                tracing::warn!(
                    "didChange version went back from {} to {}",
                    o.version,
                    params.text_document.version
                );
            }
            o.version = params.text_document.version;
            o.rev = rev;
        }
        self.schedule(path);
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let path = uri_to_path(&params.text_document.uri);
        let (removed, in_ws, roots) = {
            let mut ed = self.shared.ed();
            let removed = ed.open.remove(&path);
            ed.tokens.remove(&path);
            ed.published.remove(&path);
            ed.generation.remove(&path);
            (removed, state::in_workspace(&ed, &path), ed.roots.clone())
        };
        let Some(o) = removed else { return };
        let shared = self.shared.clone();
        let p = path.clone();
        let _ = blocking(move || {
            let mut idx = shared.write();
            if shared.ed().open.contains_key(&p) {
                return; // opened again meanwhile: the buffer wins
            }
            idx.analyzed.remove(&p);
            if o.is_ann {
                let c = if in_ws {
                    workspace::read_inside(&roots, &p)
                } else {
                    None
                };
                idx.corpus
                    .set_annotations(&p.with_extension("txt"), c.as_deref());
            } else if in_ws && p.extension().is_some_and(|e| e == "txt") {
                match workspace::read_article(&roots, &p) {
                    Some(input) => {
                        idx.corpus.set_text(&p, input.text);
                    }
                    None => idx.corpus.remove(&p),
                }
            } else {
                idx.corpus.remove(&p);
            }
        })
        .await;
        self.client
            .publish_diagnostics(o.uri, Vec::new(), None)
            .await;
        self.publish_open().await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let (old, new) = {
            let mut ed = self.shared.ed();
            let old = ed.config.clone();
            ed.config.apply(&params.settings);
            (old, ed.config.clone())
        };
        if old.dct != new.dct {
            let shared = self.shared.clone();
            let dct = new.dct;
            let _ = blocking(move || {
                shared.write().corpus.set_options(CorpusOptions { dct });
            })
            .await;
        }
        if old.include != new.include || old.exclude != new.exclude {
            let this = self.clone();
            tokio::spawn(async move { this.index_workspace().await });
        }
        if old.inlay_hints != new.inlay_hints {
            let c = self.client.clone();
            tokio::spawn(async move {
                let _ = c.inlay_hint_refresh().await;
            });
        }
        self.publish_open().await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let this = self.clone();
        tokio::spawn(async move { this.files_changed(params.changes).await });
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let path = uri_to_path(&params.text_document.uri);
        let Some(data) = self.semantic(&params.text_document.uri, None).await? else {
            return Ok(None);
        };
        let mut ed = self.shared.ed();
        ed.next_result_id += 1;
        let id = ed.next_result_id.to_string();
        ed.tokens.insert(path, (id.clone(), data.clone()));
        Ok(Some(SemanticTokensResult::Tokens(SemanticTokens {
            result_id: Some(id),
            data,
        })))
    }

    async fn semantic_tokens_full_delta(
        &self,
        params: SemanticTokensDeltaParams,
    ) -> Result<Option<SemanticTokensFullDeltaResult>> {
        let path = uri_to_path(&params.text_document.uri);
        let Some(data) = self.semantic(&params.text_document.uri, None).await? else {
            return Ok(None);
        };
        let mut ed = self.shared.ed();
        let prev = ed
            .tokens
            .get(&path)
            .filter(|(id, _)| *id == params.previous_result_id)
            .map(|(_, t)| tokens::delta(t, &data));
        ed.next_result_id += 1;
        let id = ed.next_result_id.to_string();
        ed.tokens.insert(path, (id.clone(), data.clone()));
        Ok(Some(match prev {
            Some(edits) => SemanticTokensFullDeltaResult::TokensDelta(SemanticTokensDelta {
                result_id: Some(id),
                edits,
            }),
            None => SemanticTokensFullDeltaResult::Tokens(SemanticTokens {
                result_id: Some(id),
                data,
            }),
        }))
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let r = self
            .semantic(&params.text_document.uri, Some(params.range))
            .await?;
        Ok(r.map(|data| {
            SemanticTokensRangeResult::Tokens(SemanticTokens {
                result_id: None,
                data,
            })
        }))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params.position;
        let r = self
            .with_doc(
                &params.text_document_position_params.text_document.uri,
                move |c, ctx, doc| views::hover(c, ctx, doc, state::offset(doc, p, ctx.enc)),
            )
            .await?;
        Ok(r.flatten())
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params.position;
        let r = self
            .with_doc(
                &params.text_document_position_params.text_document.uri,
                move |c, ctx, doc| views::definition(c, ctx, doc, state::offset(doc, p, ctx.enc)),
            )
            .await?;
        Ok(r.flatten().map(GotoDefinitionResponse::Scalar))
    }

    async fn goto_declaration(
        &self,
        params: request::GotoDeclarationParams,
    ) -> Result<Option<request::GotoDeclarationResponse>> {
        let p = params.text_document_position_params.position;
        let r = self
            .with_doc(
                &params.text_document_position_params.text_document.uri,
                move |c, ctx, doc| views::definition(c, ctx, doc, state::offset(doc, p, ctx.enc)),
            )
            .await?;
        Ok(r.flatten().map(GotoDefinitionResponse::Scalar))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position.position;
        let incl = params.context.include_declaration;
        let r = self
            .with_doc(
                &params.text_document_position.text_document.uri,
                move |c, ctx, doc| {
                    views::references(c, ctx, doc, state::offset(doc, p, ctx.enc), incl)
                },
            )
            .await?;
        Ok(r)
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let p = params.text_document_position_params.position;
        let r = self
            .with_doc(
                &params.text_document_position_params.text_document.uri,
                move |c, ctx, doc| views::highlights(c, ctx, doc, state::offset(doc, p, ctx.enc)),
            )
            .await?;
        Ok(r)
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let p = params.position;
        let r = self
            .with_doc(&params.text_document.uri, move |_, ctx, doc| {
                views::prepare_rename(ctx, doc, state::offset(doc, p, ctx.enc))
            })
            .await?;
        Ok(r.flatten())
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let p = params.text_document_position.position;
        let new_name = params.new_name.clone();
        if new_name.trim().is_empty() || new_name.contains(['\n', '\r', '\t']) {
            return Err(invalid("the new name must be one non-empty line"));
        }
        let r = self
            .with_doc(
                &params.text_document_position.text_document.uri,
                move |c, ctx, doc| {
                    views::rename(c, ctx, doc, state::offset(doc, p, ctx.enc), &new_name)
                },
            )
            .await?;
        Ok(r.flatten())
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let r = self
            .with_doc(&params.text_document.uri, views::document_symbols)
            .await?;
        Ok(r.map(DocumentSymbolResponse::Nested))
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<OneOf<Vec<SymbolInformation>, Vec<WorkspaceSymbol>>>> {
        let q = params.query;
        let r = self
            .with_corpus(move |c, ctx| views::workspace_symbols(c, ctx, &q))
            .await?;
        Ok(Some(OneOf::Left(r)))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let range = params.range;
        let r = self
            .with_doc(&params.text_document.uri, move |_, ctx, doc| {
                let a = state::offset(doc, range.start, ctx.enc);
                let b = state::offset(doc, range.end, ctx.enc);
                views::inlay_hints(ctx, doc, a.min(b), a.max(b))
            })
            .await?;
        Ok(r)
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let p = params.text_document_position.position;
        let r = self
            .with_doc(
                &params.text_document_position.text_document.uri,
                move |c, ctx, doc| views::completion(c, ctx, doc, state::offset(doc, p, ctx.enc)),
            )
            .await?;
        Ok(r.map(|items| {
            CompletionResponse::List(CompletionList {
                is_incomplete: true,
                items,
            })
        }))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let range = params.range;
        let only = params.context.only.clone();
        let r = self
            .with_doc(&params.text_document.uri, move |c, ctx, doc| {
                let a = state::offset(doc, range.start, ctx.enc);
                let b = state::offset(doc, range.end, ctx.enc);
                views::code_actions(c, ctx, doc, a.min(b), a.max(b))
            })
            .await?;
        Ok(r.map(|actions| {
            actions
                .into_iter()
                .filter(|a| match (&only, a) {
                    (Some(only), CodeActionOrCommand::CodeAction(ca)) => {
                        ca.kind.as_ref().is_some_and(|k| {
                            only.iter().any(|o| {
                                k.as_str() == o.as_str()
                                    || k.as_str().starts_with(&format!("{}.", o.as_str()))
                            })
                        })
                    }
                    _ => true,
                })
                .collect()
        }))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        match params.command.as_str() {
            "newsls.exportCorpus" => self.export(params.arguments).await,
            "newsls.reindex" => {
                self.index_workspace().await;
                let n = self.shared.read().corpus.len();
                Ok(Some(json!({"articles": n})))
            }
            other => Err(invalid(format!("unknown command {other}"))),
        }
    }
}

/// Paths of open buffers (for tests).
pub fn open_paths(shared: &Shared) -> HashMap<PathBuf, i32> {
    shared
        .ed()
        .open
        .iter()
        .map(|(p, o)| (p.clone(), o.version))
        .collect()
}
