//! Keystroke latency of the language server's hot paths, in process (no JSON-RPC):
//! `didChange` (buffer edit) + bringing the corpus up to date + `semanticTokens/full`, on a
//! 200 KB and a 5 MB article; `references`/`definition` over a generated 10,000-article corpus.
//!
//! `cargo bench --bench lsp_typing` (criterion); `NEWSLS_BENCH_BREAKDOWN=1` also prints where
//! the time of one keystroke goes (analysis, relink, tokens) and p50/p99 over 200 keystrokes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use newsls::corpus::{Corpus, CorpusOptions, DocInput};
use newsls::lsp::server::apply_change;
use newsls::lsp::state::{Open, Shared};
use newsls::lsp::{tokens, views};
use newsls::text::{LineIndex, PositionEncoding};
use tower_lsp_server::lsp_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

const NAMES: [&str; 12] = [
    "Kurmanbek Bakiev",
    "Roza Otunbayeva",
    "Askar Akaev",
    "Bishkek",
    "Osh",
    "Jalal-Abad",
    "Moscow",
    "Reuters",
    "Kremlin",
    "Felix Kulov",
    "Almazbek Atambayev",
    "Kyrgyzstan",
];

/// News-like English text of about `bytes` bytes.
fn article(bytes: usize, seed: usize) -> String {
    let mut s = String::with_capacity(bytes + 200);
    let mut i = seed;
    while s.len() < bytes {
        let a = NAMES[i % NAMES.len()];
        let b = NAMES[(i * 7 + 3) % NAMES.len()];
        s.push_str(&format!(
            "On April {} , {a} met officials in {b} , the agency said . ",
            i % 28 + 1
        ));
        s.push_str(
            "Protesters gathered outside the building as the talks went on late into the night . ",
        );
        if i % 4 == 3 {
            s.push_str("\n\n");
        }
        i += 1;
    }
    s
}

fn open_doc(shared: &Shared, path: &Path, text: String) {
    let mut ed = shared.ed();
    ed.encoding = PositionEncoding::Utf16;
    let rev = ed.bump_rev();
    let uri: Uri = format!("file://{}", path.display()).parse().unwrap();
    ed.open
        .insert(path.to_path_buf(), Open::new(uri, 1, rev, text, false));
}

/// One keystroke: insert a character mid-document, then what `semanticTokens/full` does.
fn keystroke(shared: &Shared, path: &Path, n: u32) -> usize {
    {
        let mut ed = shared.ed();
        let enc = ed.encoding;
        let rev = ed.bump_rev();
        let o = ed.open.get_mut(path).unwrap();
        let line = (o.lines.line_count() / 2) as u32;
        let ch = TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(line, 3), Position::new(line, 3))),
            range_length: None,
            text: if n.is_multiple_of(2) {
                "x".into()
            } else {
                "é".into()
            },
        };
        let shift = apply_change(o, enc, &ch);
        o.shifts.push(shift);
        o.version += 1;
        o.rev = rev;
    }
    newsls::lsp::server::semantic_now(shared, path, None).map_or(0, |t| t.len())
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn breakdown(label: &str, text: &str) {
    let t = Instant::now();
    let a = newsls::analysis::analyze(text, None, None);
    let analyze = t.elapsed();
    let mut c = Corpus::new(CorpusOptions::default());
    let p = PathBuf::from("/bench/a.txt");
    c.add_documents(vec![DocInput {
        path: p.clone(),
        text: Arc::from(text),
        ann: None,
    }]);
    let t = Instant::now();
    c.set_text(&p, Arc::from(text));
    let set_text = t.elapsed();
    let t = Instant::now();
    let doc = c.doc_by_path(&p).unwrap();
    let n = tokens::tokens(doc, PositionEncoding::Utf16, 0, usize::MAX).len();
    let tok = t.elapsed();
    let t = Instant::now();
    let _ = LineIndex::new(text);
    let li = t.elapsed();
    eprintln!("[{label}] analyze {analyze:?} (names {}, dates {}); Corpus::set_text (analyze + relink + findings) {set_text:?}; tokens {tok:?} ({n}); LineIndex::new {li:?}", a.names.len(), a.dates.len());
}

fn typing(c: &mut Criterion) {
    let breakdown_on = std::env::var_os("NEWSLS_BENCH_BREAKDOWN").is_some();
    for (label, bytes) in [("200KB", 200 * 1024), ("5MB", 5 * 1024 * 1024)] {
        let text = article(bytes, 1);
        if breakdown_on {
            breakdown(label, &text);
        }
        let shared = Arc::new(Shared::new());
        let path = PathBuf::from(format!("/bench/typing-{label}.txt"));
        open_doc(&shared, &path, text);
        shared.refresh(&path);
        // the server's debounced analysis, running beside the keystrokes as it does in `serve`
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let bg = {
            let (shared, path, stop) = (shared.clone(), path.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(150));
                    shared.refresh(&path);
                }
            })
        };
        let mut n = 0u32;
        if breakdown_on {
            let mut samples = Vec::new();
            for _ in 0..if bytes > 1_000_000 { 20 } else { 200 } {
                let t = Instant::now();
                keystroke(&shared, &path, n);
                samples.push(t.elapsed());
                n += 1;
            }
            eprintln!(
                "[{label}] didChange + refresh + semanticTokens/full: p50 {:?} p99 {:?}",
                percentile(&mut samples, 0.5),
                percentile(&mut samples, 0.99)
            );
        }
        let mut g = c.benchmark_group("typing");
        g.sample_size(10)
            .measurement_time(Duration::from_secs(if bytes > 1_000_000 { 20 } else { 5 }));
        g.bench_function(format!("didChange+semanticTokens/full {label}"), |b| {
            b.iter(|| {
                n += 1;
                keystroke(&shared, &path, n)
            })
        });
        g.finish();
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let _ = bg.join();
    }
}

fn navigation(c: &mut Criterion) {
    let n_docs: usize = std::env::var("NEWSLS_BENCH_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let t = Instant::now();
    let inputs: Vec<DocInput> = (0..n_docs)
        .map(|i| DocInput {
            path: PathBuf::from(format!("/bench/corpus/{i:05}.txt")),
            text: Arc::from(article(1500, i)),
            ann: None,
        })
        .collect();
    let mut corpus = Corpus::new(CorpusOptions::default());
    corpus.add_documents(inputs);
    eprintln!(
        "[corpus] {n_docs} articles indexed in {:?}, {} entities",
        t.elapsed(),
        corpus.entities().len()
    );
    let ctx = views::Ctx::default();
    let path = PathBuf::from("/bench/corpus/00042.txt");
    let doc = corpus.doc_by_path(&path).unwrap();
    let m = doc
        .mentions
        .iter()
        .find(|m| m.entity.is_some())
        .expect("a name");
    let cp = m.start + 1;
    let mut g = c.benchmark_group("navigation");
    g.sample_size(20);
    g.bench_function(format!("references {n_docs} articles"), |b| {
        b.iter(|| views::references(&corpus, &ctx, doc, cp, true).len())
    });
    g.bench_function(format!("definition {n_docs} articles"), |b| {
        b.iter(|| views::definition(&corpus, &ctx, doc, cp))
    });
    g.finish();
}

criterion_group!(benches, typing, navigation);
criterion_main!(benches);
