//! Indexing and linking a generated 10,000-article corpus (2–3 KB articles, one in ten in
//! word-segmented Vietnamese, sharing a pool of 3,000 people written with variants: surname
//! alone, `-ev`/`-yev` transliterations), on 2 threads (a rayon pool of 2).
//!
//! `cargo bench --bench linking`. Prints, timed by hand:
//! * `analysis`: `analyze` of every article in parallel (what `add_documents` does first);
//! * `index`: `Corpus::add_documents` of all 10,000 articles (analysis + linking + findings),
//!   and the linking share (index minus analysis);
//! * `relink`: `Corpus::set_text` of one article in the full corpus (one analysis, then
//!   linking and findings over the whole corpus): what an edit costs.
//!
//! `NEWSLS_BENCH_WRITE=DIR` also writes the articles to `DIR/NN/NNNNN.txt` (the paths the bench
//! gives them), for timing the server's start-up on the same corpus with `rpc_probe.py startup`.
//!
//! When one indexing takes under 10 s, criterion also measures `linking/index-10k` and
//! `linking/relink-10k` (ten samples each); slower runs are reported from the hand timings
//! only, to keep the bench within a couple of minutes.

mod support;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode};
use newsls::corpus::{Corpus, CorpusOptions, DocInput};
use rayon::prelude::*;

const ARTICLES: usize = 10_000;
const POOL: usize = 3_000;
const THREADS: usize = 2;

fn inputs(texts: &[Arc<str>]) -> Vec<DocInput> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| DocInput {
            path: PathBuf::from(format!("/bench/corpus/{:02}/{i:05}.txt", i % 50)),
            text: t.clone(),
            ann: None,
        })
        .collect()
}

fn linking(c: &mut Criterion) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(THREADS)
        .build()
        .expect("a rayon pool");
    let t = Instant::now();
    let texts: Vec<Arc<str>> = support::articles(ARTICLES, POOL, 11)
        .into_iter()
        .map(Arc::from)
        .collect();
    let mb = texts.iter().map(|t| t.len()).sum::<usize>() as f64 / 1e6;
    eprintln!(
        "generated {} articles, {mb:.1} MB, in {:.2} s",
        texts.len(),
        t.elapsed().as_secs_f64()
    );

    if let Some(dir) = std::env::var_os("NEWSLS_BENCH_WRITE") {
        let dir = PathBuf::from(dir);
        for (input, text) in inputs(&texts).iter().zip(&texts) {
            let rel = input
                .path
                .strip_prefix("/bench/corpus")
                .expect("bench paths");
            let file = dir.join(rel);
            std::fs::create_dir_all(file.parent().expect("a folder"))
                .and_then(|_| std::fs::write(&file, text.as_bytes()))
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
        }
        eprintln!("wrote the articles under {}", dir.display());
    }

    let t = Instant::now();
    let names: usize = pool.install(|| {
        texts
            .par_iter()
            .map(|t| newsls::analysis::analyze(t, None, None).names.len())
            .sum()
    });
    let analysis = t.elapsed().as_secs_f64();
    eprintln!(
        "analysis/10k on {THREADS} threads: {analysis:.2} s ({:.2} MB/s; {names} names)",
        mb / analysis
    );

    let t = Instant::now();
    let mut corpus = Corpus::new(CorpusOptions::default());
    pool.install(|| corpus.add_documents(inputs(&texts)));
    let index = t.elapsed().as_secs_f64();
    let mentions: usize = corpus.docs().map(|(_, d)| d.mentions.len()).sum();
    let findings: usize = corpus.docs().map(|(_, d)| d.findings.len()).sum();
    eprintln!(
        "index/10k on {THREADS} threads: {index:.2} s ({:.2} MB/s, {:.0} articles/s), of which \
         linking and findings about {:.2} s; {mentions} mentions, {} entities, {findings} findings",
        mb / index,
        ARTICLES as f64 / index,
        (index - analysis).max(0.0),
        corpus.entities().len(),
    );

    let path = PathBuf::from("/bench/corpus/00/00000.txt");
    let t = Instant::now();
    pool.install(|| corpus.set_text(&path, texts[1].clone()));
    let relink = t.elapsed().as_secs_f64();
    eprintln!("relink/10k (set_text of one article) on {THREADS} threads: {relink:.3} s");

    if index > 10.0 {
        eprintln!("indexing takes over 10 s: criterion repetitions skipped");
        return;
    }
    let mut g = c.benchmark_group("linking");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    g.bench_function("index-10k", |b| {
        b.iter_batched(
            || inputs(&texts),
            |inp| {
                let mut fresh = Corpus::new(CorpusOptions::default());
                pool.install(|| fresh.add_documents(inp));
                fresh
            },
            BatchSize::PerIteration,
        )
    });
    let mut k = 0usize;
    g.bench_function("relink-10k", |b| {
        b.iter(|| {
            k += 1;
            let text = texts[k % texts.len()].clone();
            pool.install(|| corpus.set_text(&path, text))
        })
    });
    g.finish();
}

criterion_group!(benches, linking);
criterion_main!(benches);
