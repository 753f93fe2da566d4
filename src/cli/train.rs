//! `newsls train` (hidden): train the English name model from brat corpora.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::analysis::recognize::train::{read_corpus, train, txt_files};
use crate::analysis::recognize::{features::TAGS, tag_with_model};
use crate::analysis::tokenize::{sentences, tokenize};
use crate::analysis::Label;
use crate::corpus::annotations::{parse_ann, AnnKind};

pub fn run(
    epochs: usize,
    prune: f32,
    seed: u64,
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
    let model = train(&examples, epochs, prune, seed, |m| eprintln!("{m}"));
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
        let tagger = crate::analysis::recognize::model::Tagger::of_model(&model);
        let Some(report) = dev_report(&tagger, dev, &names) else {
            return 2;
        };
        eprint!("{report}");
    }
    0
}

/// Strict counts (true positives, predicted, gold) of PER, ORG, LOC mentions.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    np: usize,
    ng: usize,
}

impl Counts {
    fn show(&self) -> String {
        format!(
            "F1 {:.4} (P {:.4} R {:.4}; {} gold)",
            2.0 * self.tp as f64 / (self.np + self.ng).max(1) as f64,
            self.tp as f64 / self.np.max(1) as f64,
            self.tp as f64 / self.ng.max(1) as f64,
            self.ng
        )
    }
}

/// Model-only strict F1 on a brat corpus: overall, per label, and over the names whose
/// surface the training corpora never annotate (what generalisation is about).
fn dev_report(
    model: &crate::analysis::recognize::model::Tagger,
    dev: &Path,
    train_names: &HashMap<(String, Label), usize>,
) -> Option<String> {
    type Span = (usize, usize, Label);
    let seen: HashSet<&str> = train_names.keys().map(|(s, _)| s.as_str()).collect();
    let labels = [Label::Per, Label::Org, Label::Loc];
    // [all, PER, ORG, LOC] × [every name, unseen names]
    let mut counts = [[Counts::default(); 2]; 4];
    for p in txt_files(dev).ok()? {
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        let gold = parse_ann(&std::fs::read_to_string(p.with_extension("ann")).unwrap_or_default());
        let toks = tokenize(&text);
        let sents = sentences(&text, &toks);
        let pred = tag_with_model(model, &text, &toks, &sents);
        let g: HashSet<Span> = gold
            .annotations
            .iter()
            .filter_map(|a| match a.kind {
                AnnKind::Label(l) if labels.contains(&l) => Some((a.start, a.end, l)),
                _ => None,
            })
            .collect();
        let s: HashSet<Span> = pred
            .iter()
            .filter(|m| labels.contains(&m.label))
            .map(|m| (m.start, m.end, m.label))
            .collect();
        let chars: Vec<char> = text.chars().collect();
        let unseen = |&(a, b, _): &Span| {
            b <= chars.len() && !seen.contains(chars[a..b].iter().collect::<String>().as_str())
        };
        let mut add = |x: &Span, f: fn(&mut Counts)| {
            let li = 1 + labels.iter().position(|l| *l == x.2).unwrap_or(0);
            for u in [false, true] {
                if !u || unseen(x) {
                    f(&mut counts[0][usize::from(u)]);
                    f(&mut counts[li][usize::from(u)]);
                }
            }
        };
        for x in &g {
            add(x, |c| c.ng += 1);
            if s.contains(x) {
                add(x, |c| c.tp += 1);
            }
        }
        for x in &s {
            add(x, |c| c.np += 1);
        }
    }
    let mut out = format!(
        "dev PER/ORG/LOC strict F1 (model only): {}\n  unseen in training: {}\n",
        counts[0][0].show(),
        counts[0][1].show()
    );
    for (k, l) in labels.iter().enumerate() {
        out.push_str(&format!(
            "  {}: {}; unseen: {}\n",
            l.as_str(),
            counts[k + 1][0].show(),
            counts[k + 1][1].show()
        ));
    }
    Some(out)
}
