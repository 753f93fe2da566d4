//! An averaged-perceptron tagger (greedy, left to right, BIO over PER/ORG/LOC/MISC) and its
//! compact binary weight file.

use rustc_hash::FxHashMap;

use super::features::{context_features, word_features, TokenInfo, NTAGS, TAGS};

const MAGIC: &[u8; 4] = b"NLSP";
const VERSION: u32 = 1;

/// Feature weights: hash → one weight per tag.
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub weights: FxHashMap<u64, [f32; NTAGS]>,
}

/// Scores of the word-only features of the words of one document, by the word's facts.
#[derive(Debug, Default)]
pub struct WordScores(FxHashMap<[u64; 7], [f32; NTAGS]>);

/// Whether `tag` may follow `prev` (an `I-X` only after `B-X` or `I-X`).
pub fn allowed(prev: usize, tag: usize) -> bool {
    if tag == 0 || tag % 2 == 1 {
        return true;
    }
    prev == tag || prev == tag - 1
}

impl Model {
    /// Scores of every tag for one feature set.
    pub fn scores(&self, feats: &[u64]) -> [f32; NTAGS] {
        let mut s = [0f32; NTAGS];
        self.add_scores(feats, &mut s);
        s
    }

    /// Add the weights of `feats`, in order, to the scores `s`.
    fn add_scores(&self, feats: &[u64], s: &mut [f32; NTAGS]) {
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for k in 0..NTAGS {
                    s[k] += w[k];
                }
            }
        }
    }

    /// Tag a sentence; returns (tag, margin) per token. `memo` keeps the scores of the
    /// word-only features per word; one memo serves a whole document.
    pub fn tag(&self, infos: &[TokenInfo], memo: &mut WordScores) -> Vec<(usize, f32)> {
        let mut out = Vec::with_capacity(infos.len());
        let mut feats = Vec::with_capacity(40);
        let (mut prev, mut prev2) = (0usize, 0usize);
        for i in 0..infos.len() {
            // the word's features come first: their sum is the start of every score
            let mut s = *memo.0.entry(infos[i].word_facts()).or_insert_with(|| {
                feats.clear();
                word_features(&infos[i], &mut feats);
                self.scores(&feats)
            });
            feats.clear();
            context_features(infos, i, prev, prev2, &mut feats);
            self.add_scores(&feats, &mut s);
            let (best, margin) = best_allowed(&s, prev);
            out.push((best, margin));
            prev2 = prev;
            prev = best;
        }
        out
    }

    /// Serialise: magic, version, tag count, scale, count, then (key, i16 × tags) sorted.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .weights
            .values()
            .flat_map(|w| w.iter())
            .fold(0f32, |m, &x| m.max(x.abs()))
            .max(1e-6);
        let scale = max / f32::from(i16::MAX);
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort();
        let mut out = Vec::with_capacity(20 + keys.len() * (8 + 2 * NTAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(NTAGS as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            out.extend_from_slice(&k.to_le_bytes());
            for &w in &self.weights[k] {
                let q = (w / scale)
                    .round()
                    .clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16;
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        let u32_at = |o: usize| {
            b.get(o..o + 4)
                .map(|x| u32::from_le_bytes(x.try_into().expect("4 bytes")))
        };
        if b.len() < 20 || &b[..4] != MAGIC {
            return Err("not a newsls model file".into());
        }
        if u32_at(4) != Some(VERSION) || u32_at(8) != Some(NTAGS as u32) {
            return Err("model file of another version".into());
        }
        let scale = f32::from_le_bytes(b[12..16].try_into().expect("4 bytes"));
        let n = u32_at(16).unwrap_or(0) as usize;
        let rec = 8 + 2 * NTAGS;
        if b.len() != 20 + n * rec {
            return Err("truncated model file".into());
        }
        let mut weights = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for r in b[20..].chunks_exact(rec) {
            let key = u64::from_le_bytes(r[..8].try_into().expect("8 bytes"));
            let mut w = [0f32; NTAGS];
            for (k, x) in w.iter_mut().enumerate() {
                *x = f32::from(i16::from_le_bytes([r[8 + 2 * k], r[9 + 2 * k]])) * scale;
            }
            weights.insert(key, w);
        }
        Ok(Model { weights })
    }
}

/// The best tag allowed after `prev`, with its margin over the runner-up.
pub fn best_allowed(s: &[f32; NTAGS], prev: usize) -> (usize, f32) {
    let mut best = 0;
    let mut second = f32::NEG_INFINITY;
    for k in 1..NTAGS {
        if !allowed(prev, k) {
            continue;
        }
        if s[k] > s[best] {
            second = second.max(s[best]);
            best = k;
        } else {
            second = second.max(s[k]);
        }
    }
    if best != 0 {
        second = second.max(s[0]);
    }
    (best, s[best] - second)
}

/// The label index (1 PER, 2 ORG, 3 LOC, 4 MISC) of a tag; 0 for O.
pub fn tag_label(tag: usize) -> usize {
    tag.div_ceil(2)
}

pub fn tag_name(tag: usize) -> &'static str {
    TAGS[tag]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip() {
        let mut m = Model::default();
        m.weights
            .insert(42, [0.5, -1.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, -0.25]);
        let b = m.to_bytes();
        let back = Model::from_bytes(&b).unwrap();
        let w = back.weights[&42];
        assert!((w[3] - 2.0).abs() < 1e-3 && (w[8] + 0.25).abs() < 1e-3);
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_err());
    }

    #[test]
    fn constraint() {
        assert!(
            allowed(1, 2) && allowed(2, 2) && !allowed(0, 2) && !allowed(3, 2) && allowed(5, 1)
        );
    }
}
