//! `newsls check`: a linter-style report of findings, then a summary of the entities.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use super::load::{find_articles, load};
use super::{FailOn, ReportFormat};
use crate::analysis::Label;
use crate::corpus::{CorpusOptions, Severity};
use crate::text::PositionEncoding;

pub fn run(
    format: ReportFormat,
    fail_on: Option<FailOn>,
    dct: Option<chrono::NaiveDate>,
    paths: &[PathBuf],
) -> i32 {
    let mut errors = 0;
    let found = find_articles(paths, &mut errors);
    let progress = (std::io::stderr().is_terminal() && found.len() > 200).then(|| {
        let pb = indicatif::ProgressBar::new(found.len() as u64);
        pb.set_message("reading articles");
        pb
    });
    let (corpus, loaded) = load(found, CorpusOptions { dct }, &mut errors);
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    let mut out = std::io::stdout().lock();
    let mut worst: Option<Severity> = None;
    let mut count = 0usize;
    for f in &loaded {
        let Some(doc) = corpus.doc_by_path(&f.path) else {
            continue;
        };
        let name = f.path.display().to_string();
        for fd in &doc.findings {
            count += 1;
            worst = worst.max(Some(fd.severity));
            // columns: 1-based, in characters (code points)
            let (line, col) = doc
                .lines
                .position(&doc.text, fd.start, PositionEncoding::Utf32);
            let line_out = match format {
                ReportFormat::Text => {
                    let sugg = match &fd.suggestion {
                        Some(s) if s.is_empty() => " (delete it)".to_string(),
                        Some(s) => format!(" (suggestion: `{s}`)"),
                        None => String::new(),
                    };
                    format!("{}:{}:{}: {}[{}] {}{}", name, line + 1, col + 1, fd.severity.as_str(), fd.code.as_str(), fd.message, sugg)
                }
                ReportFormat::Json => serde_json::json!({
                    "file": name, "start": fd.start, "end": fd.end, "line": line + 1, "col": col + 1,
                    "severity": fd.severity.as_str(), "code": fd.code.as_str(), "message": fd.message,
                    "suggestion": fd.suggestion,
                })
                .to_string(),
            };
            if writeln!(out, "{line_out}").is_err() {
                return 2;
            }
        }
    }
    // summary: entities per kind, and the entities found in more than one article
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    let mut shared = Vec::new();
    for e in corpus.entities() {
        *per_kind.entry(e.label.describe()).or_default() += 1;
        let mut docs: Vec<usize> = e.mentions.iter().map(|m| m.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        if docs.len() > 1 && e.label != Label::Date {
            shared.push((e, docs.len()));
        }
    }
    shared.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(b.0.mentions.len().cmp(&a.0.mentions.len()))
            .then(a.0.id.cmp(&b.0.id))
    });
    let dates: usize = corpus
        .docs()
        .map(|(_, d)| d.mentions.iter().filter(|m| m.label == Label::Date).count())
        .sum();
    let summary = match format {
        ReportFormat::Text => {
            let mut s = format!(
                "\n{} article(s), {} finding(s)\nentities: ",
                loaded.len(),
                count
            );
            s.push_str(
                &per_kind
                    .iter()
                    .map(|(k, n)| format!("{n} {k}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            s.push_str(&format!("; {dates} date mention(s)\n"));
            if !shared.is_empty() {
                s.push_str("in more than one article:\n");
                for (e, n) in &shared {
                    s.push_str(&format!(
                        "  {} ({}) {} — {} articles, {} mentions\n",
                        e.canonical,
                        e.label.as_str(),
                        e.id,
                        n,
                        e.mentions.len()
                    ));
                }
            }
            s
        }
        ReportFormat::Json => {
            let obj = serde_json::json!({
                "summary": {
                    "articles": loaded.len(), "findings": count, "entities": per_kind, "dates": dates,
                    "shared": shared.iter().map(|(e, n)| serde_json::json!({"id": e.id, "name": e.canonical, "label": e.label.as_str(), "articles": n, "mentions": e.mentions.len()})).collect::<Vec<_>>(),
                }
            });
            format!("{obj}\n")
        }
    };
    if write!(out, "{summary}").is_err() {
        return 2;
    }
    if errors > 0 {
        return 2;
    }
    match (fail_on, worst) {
        (Some(FailOn::Warning), Some(_)) => 1,
        (Some(FailOn::Error), Some(Severity::Error)) => 1,
        _ => 0,
    }
}
