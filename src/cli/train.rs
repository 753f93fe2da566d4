//! `newsls train` (hidden): train the English name model from brat corpora.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::analysis::recognize::train::{read_corpus, train};
use crate::analysis::recognize::{features::TAGS, tag_with_model};
use crate::analysis::tokenize::{sentences, tokenize};
use crate::analysis::Label;
use crate::corpus::annotations::{parse_ann, AnnKind};

pub fn run(
    epochs: usize,
    prune: f32,
    out: &Path,
    names_out: Option<&Path>,
    dev: Option<&Path>,
    corpora: &[PathBuf],
) -> i32 {
    let mut names: HashMap<(String, Label), usize> = HashMap::new();
    let mut examples = Vec::new();
    for c in corpora {
        match read_corpus(c, &mut names) {
            Ok(mut e) => examples.append(&mut e),
            Err(e) => {
                eprintln!("newsls: {}: {e}", c.display());
                return 2;
            }
        }
    }
    eprintln!("{} sentences, {} tags", examples.len(), TAGS.len());
    let model = train(&examples, epochs, prune, |m| eprintln!("{m}"));
    let bytes = model.to_bytes();
    eprintln!("{} features, {} bytes", model.weights.len(), bytes.len());
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("newsls: {}: {e}", out.display());
        return 2;
    }
    if let Some(p) = names_out {
        let mut rows: Vec<(&String, &Label, &usize)> = names
            .iter()
            .filter(|(_, &n)| n >= 2)
            .map(|((s, l), n)| (s, l, n))
            .collect();
        rows.sort();
        let mut s = String::new();
        for (name, label, n) in rows {
            s.push_str(&format!("{name}\t{}\t{n}\n", label.as_str()));
        }
        if let Err(e) = std::fs::write(p, s) {
            eprintln!("newsls: {}: {e}", p.display());
            return 2;
        }
    }
    if let Some(dev) = dev {
        let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
        let Ok(entries) = std::fs::read_dir(dev) else {
            return 2;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&p) else {
                continue;
            };
            let gold =
                parse_ann(&std::fs::read_to_string(p.with_extension("ann")).unwrap_or_default());
            let toks = tokenize(&text);
            let sents = sentences(&text, &toks);
            let pred = tag_with_model(&model, &text, &toks, &sents);
            let g: std::collections::HashSet<(usize, usize, Label)> = gold
                .annotations
                .iter()
                .filter_map(|a| match a.kind {
                    AnnKind::Label(l) if matches!(l, Label::Per | Label::Org | Label::Loc) => {
                        Some((a.start, a.end, l))
                    }
                    _ => None,
                })
                .collect();
            let s: std::collections::HashSet<(usize, usize, Label)> = pred
                .iter()
                .filter(|m| matches!(m.label, Label::Per | Label::Org | Label::Loc))
                .map(|m| (m.start, m.end, m.label))
                .collect();
            tp += g.intersection(&s).count();
            np += s.len();
            ng += g.len();
        }
        eprintln!(
            "dev PER/ORG/LOC strict F1 (model only): {:.4} (P {:.4} R {:.4})",
            2.0 * tp as f64 / (np + ng).max(1) as f64,
            tp as f64 / np.max(1) as f64,
            tp as f64 / ng.max(1) as f64
        );
    }
    0
}
