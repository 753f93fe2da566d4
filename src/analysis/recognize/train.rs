//! Training the averaged perceptron on brat corpora (`newsls train`). Not on any hot path.

use std::collections::HashMap;
use std::path::Path;

use rustc_hash::FxHashMap;

use super::features::{features, token_infos, DocContext, TokenInfo, NTAGS};
use super::model::{best_allowed, Model};
use crate::analysis::tokenize::{sentences, tokenize};
use crate::analysis::Label;
use crate::corpus::annotations::{parse_ann, AnnKind};

/// One training sentence: token facts and gold tags.
pub struct Example {
    pub infos: Vec<TokenInfo>,
    pub tags: Vec<usize>,
}

fn label_base(l: Label) -> Option<usize> {
    match l {
        Label::Per => Some(1),
        Label::Org => Some(3),
        Label::Loc => Some(5),
        Label::Misc => Some(7),
        Label::Date => None,
    }
}

/// The `*.txt` files of a folder (not below it), in name order.
pub fn txt_files(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    Ok(entries)
}

/// Read every `NAME.txt` + `NAME.ann` of `dir` into examples; also count gold names.
pub fn read_corpus(
    dir: &Path,
    names: &mut HashMap<(String, Label), usize>,
) -> std::io::Result<Vec<Example>> {
    let mut out = Vec::new();
    for p in txt_files(dir)? {
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        let ann = std::fs::read_to_string(p.with_extension("ann")).unwrap_or_default();
        let ann = parse_ann(&ann);
        let tokens = tokenize(&text);
        let sents = sentences(&text, &tokens);
        let ctx = DocContext::new(&text, &tokens);
        let mut tags = vec![0usize; tokens.len()];
        let chars: Vec<char> = text.chars().collect();
        for a in &ann.annotations {
            let AnnKind::Label(l) = a.kind else { continue };
            let Some(base) = label_base(l) else { continue };
            if a.end <= chars.len() {
                let s: String = chars[a.start..a.end].iter().collect();
                *names.entry((s, l)).or_default() += 1;
            }
            let mut first = true;
            for (i, t) in tokens.iter().enumerate() {
                if t.start >= a.start && t.end <= a.end {
                    tags[i] = if first { base } else { base + 1 };
                    first = false;
                }
            }
        }
        let mut infos = Vec::new();
        for s in &sents {
            token_infos(&text, &tokens, s.first..s.end, &ctx, &mut infos);
            out.push(Example {
                infos: infos.clone(),
                tags: tags[s.first..s.end].to_vec(),
            });
        }
    }
    Ok(out)
}

struct Averaged {
    w: FxHashMap<u64, [f32; NTAGS]>,
    total: FxHashMap<u64, [f64; NTAGS]>,
    stamp: FxHashMap<u64, [u64; NTAGS]>,
    t: u64,
}

impl Averaged {
    fn update(&mut self, f: u64, tag: usize, delta: f32) {
        let w = self.w.entry(f).or_insert([0.0; NTAGS]);
        let tot = self.total.entry(f).or_insert([0.0; NTAGS]);
        let st = self.stamp.entry(f).or_insert([0; NTAGS]);
        tot[tag] += (self.t - st[tag]) as f64 * f64::from(w[tag]);
        st[tag] = self.t;
        w[tag] += delta;
    }

    fn average(&self, prune: f32) -> Model {
        let mut weights = FxHashMap::default();
        for (f, w) in &self.w {
            let tot = &self.total[f];
            let st = &self.stamp[f];
            let mut avg = [0f32; NTAGS];
            for k in 0..NTAGS {
                let t = tot[k] + (self.t - st[k]) as f64 * f64::from(w[k]);
                avg[k] = (t / self.t.max(1) as f64) as f32;
            }
            if avg.iter().any(|x| x.abs() >= prune) {
                weights.insert(*f, avg);
            }
        }
        Model { weights }
    }
}

/// Train for `epochs` passes (shuffled deterministically; `shuffle` 0 is the shipped model's
/// order, others give other orders, to tell a feature's effect from the order's), prune tiny
/// averaged weights.
pub fn train(
    examples: &[Example],
    epochs: usize,
    prune: f32,
    shuffle: u64,
    mut log: impl FnMut(&str),
) -> Model {
    let mut m = Averaged {
        w: FxHashMap::default(),
        total: FxHashMap::default(),
        stamp: FxHashMap::default(),
        t: 0,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = 0x2545_F491_4F6C_DD1Du64 ^ shuffle.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut feats = Vec::with_capacity(40);
    for epoch in 0..epochs {
        // Fisher-Yates with xorshift
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let (mut right, mut total) = (0usize, 0usize);
        for &ei in &order {
            let ex = &examples[ei];
            let (mut prev, mut prev2) = (0usize, 0usize);
            for i in 0..ex.infos.len() {
                m.t += 1;
                features(&ex.infos, i, prev, prev2, &mut feats);
                let mut s = [0f32; NTAGS];
                for f in &feats {
                    if let Some(w) = m.w.get(f) {
                        for k in 0..NTAGS {
                            s[k] += w[k];
                        }
                    }
                }
                let (guess, _) = best_allowed(&s, prev);
                let gold = ex.tags[i];
                if guess != gold {
                    for &f in &feats {
                        m.update(f, gold, 1.0);
                        m.update(f, guess, -1.0);
                    }
                } else {
                    right += 1;
                }
                total += 1;
                prev2 = prev;
                prev = guess;
            }
        }
        log(&format!(
            "epoch {}: token accuracy {:.4}",
            epoch + 1,
            right as f64 / total.max(1) as f64
        ));
    }
    m.average(prune)
}
