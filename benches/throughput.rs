//! Analysis throughput: `newsls::analysis::analyze` on generated news text, in MB/s.
//! English at 1 MB and 4 MB (one document each, to show that the time is linear in the size),
//! and word-segmented Vietnamese at 1 MB.
//!
//! `cargo bench --bench throughput`. The 1 MB English text is also written to
//! `target/bench-corpus-en.txt` so that `scripts/bench_spacy.py` measures spaCy on the same text
//! (`scripts/bench.sh` runs both).

mod support;

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use newsls::analysis::analyze;
use newsls::text::Lang;

const MB: usize = 1024 * 1024;

fn throughput(c: &mut Criterion) {
    let dct = NaiveDate::from_ymd_opt(2010, 4, 8);
    let en1 = support::english_text(MB, 7);
    let corpus_file = support::target_dir().join("bench-corpus-en.txt");
    if let Err(e) = std::fs::write(&corpus_file, &en1) {
        eprintln!("could not write {}: {e}", corpus_file.display());
    } else {
        eprintln!("wrote {} ({} bytes)", corpus_file.display(), en1.len());
    }
    let en4 = support::english_text(4 * MB, 7);
    let vi1 = support::vietnamese_text(MB, 7);
    // the same Vietnamese written raw (syllables apart): segmented before analysis
    let vi1_raw = vi1.replace('_', " ");

    // one plain timing of each, printed as MB/s (criterion prints its own figures too)
    for (label, text, lang) in [
        ("en 1MB", &en1, Lang::En),
        ("en 4MB", &en4, Lang::En),
        ("vi 1MB", &vi1, Lang::Vi),
        ("vi raw 1MB", &vi1_raw, Lang::Vi),
    ] {
        let t = Instant::now();
        let a = analyze(text, Some(lang), dct);
        let s = t.elapsed().as_secs_f64();
        eprintln!(
            "[{label}] {:.2} MB/s ({} bytes in {:.3} s; {} tokens, {} names, {} dates)",
            text.len() as f64 / MB as f64 / s,
            text.len(),
            s,
            a.tokens.len(),
            a.names.len(),
            a.dates.len()
        );
    }

    if std::env::var_os("NEWSLS_BENCH_BREAKDOWN").is_some() {
        breakdown("en 1MB", &en1, Lang::En);
        breakdown("en 4MB", &en4, Lang::En);
    }

    // ten samples at least: about 10 s for 1 MB, 45 s for 4 MB at the time of writing
    let mut g = c.benchmark_group("analyze");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (label, text, lang) in [
        ("en/1MB", &en1, Lang::En),
        ("en/4MB", &en4, Lang::En),
        ("vi/1MB", &vi1, Lang::Vi),
        ("vi-raw/1MB", &vi1_raw, Lang::Vi),
    ] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(label), text, |b, t| {
            b.iter(|| analyze(t, Some(lang), dct))
        });
    }
    g.finish();
}

/// Where the time of `analyze` goes, stage by stage (`NEWSLS_BENCH_BREAKDOWN=1`).
fn breakdown(label: &str, text: &str, lang: Lang) {
    use newsls::analysis::{boilerplate, dates, recognize, tokenize};
    let dct = NaiveDate::from_ymd_opt(2010, 4, 8);
    let t = Instant::now();
    let toks = tokenize::tokenize(text);
    let t_tok = t.elapsed();
    let t = Instant::now();
    let sents = tokenize::sentences(text, &toks);
    let t_sent = t.elapsed();
    let t = Instant::now();
    let _ = boilerplate::furniture_lines(text);
    let t_furn = t.elapsed();
    let t = Instant::now();
    let _ = newsls::text::detect_lang(text);
    let t_lang = t.elapsed();
    let t = Instant::now();
    let names = recognize::recognize(text, &toks, &sents, lang);
    let t_names = t.elapsed();
    let t = Instant::now();
    let found = dates::find_dates(text, lang, dct);
    let t_dates = t.elapsed();
    let t = Instant::now();
    let _ = dates::infer_dct(text, lang);
    let t_infer = t.elapsed();
    eprintln!(
        "[{label}] tokenize {t_tok:?}, sentences {t_sent:?} ({}), furniture {t_furn:?}, \
         detect_lang {t_lang:?}, names {t_names:?} ({}), dates {t_dates:?} ({}), infer_dct {t_infer:?}",
        sents.len(),
        names.len(),
        found.len()
    );
}

criterion_group!(benches, throughput);
criterion_main!(benches);
