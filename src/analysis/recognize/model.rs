//! An averaged-perceptron tagger (greedy, left to right, BIO over PER/ORG/LOC/MISC) and its
//! compact binary weight file.

use rustc_hash::FxHashMap;

use super::features::{
    history_features, joint_features, neighbour, neighbour_features, place_features,
    tag_word_features, word_features, Neighbour, Place, TokenInfo, NTAGS, TAGS,
};

const MAGIC: &[u8; 4] = b"NLSP";
const VERSION: u32 = 1;

/// Feature weights: hash → one weight per tag.
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub weights: FxHashMap<u64, [f32; NTAGS]>,
}

/// The model as the tagger reads it: the weights quantised to `i16` (as the model file holds
/// them) in one array, found through an open-addressing table of slots small enough to stay in
/// cache, since most features looked up are not in the model.
#[derive(Debug, Clone)]
pub struct Tagger {
    /// `check << index_bits | (index in entries + 1)`, 0 when empty, where the check is made
    /// of the key's high bits; a key's first slot is its low bits (the keys are well-mixed
    /// hashes), then the next ones. Four bytes a slot keep the table in cache.
    slots: Vec<u32>,
    entries: Vec<Entry>,
    mask: usize,
    index_bits: u32,
    /// what one unit of a quantised weight is worth
    scale: f32,
    /// the scores of [`history_features`], by previous tag and the one before
    history: Box<[[Scores; NTAGS]; NTAGS]>,
    /// the scores of [`neighbour_features`] at the edge of a sentence, by [`Neighbour`]
    edge: [Scores; 4],
}

/// Scores of some features, one per tag, in quantised units.
type Scores = [i32; NTAGS];

#[derive(Debug, Clone, Copy)]
struct Entry {
    key: u64,
    w: [i16; NTAGS],
}

/// Scores of the features that depend on one word alone, for the words of one document by
/// their number ([`TokenInfo::word`]): the word's own ([`word_features`]) and those it gives
/// the tokens around it ([`neighbour_features`]).
#[derive(Debug, Default)]
pub struct WordScores(Vec<Option<WordSums>>);

#[derive(Debug, Clone, Copy)]
struct WordSums {
    own: Scores,
    /// by [`Neighbour`]: what the word gives the token it stands there from
    near: [Scores; 4],
    /// [`tag_word_features`] after an `O`
    after_o: Scores,
    /// [`place_features`] at [`Place::default`]
    placed: Scores,
}

/// Whether `tag` may follow `prev` (an `I-X` only after `B-X` or `I-X`).
pub fn allowed(prev: usize, tag: usize) -> bool {
    if tag == 0 || tag % 2 == 1 {
        return true;
    }
    prev == tag || prev == tag - 1
}

impl Model {
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
        let (scale, records) = parse(b)?;
        let mut weights = FxHashMap::with_capacity_and_hasher(records.len(), Default::default());
        for (key, q) in records {
            weights.insert(key, q.map(|x| f32::from(x) * scale));
        }
        Ok(Model { weights })
    }
}

/// A feature's key and quantised weights, as a model file holds them.
type Record = (u64, [i16; NTAGS]);

/// The scale and the records of a model file.
fn parse(b: &[u8]) -> Result<(f32, Vec<Record>), String> {
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
    let records = b[20..]
        .chunks_exact(rec)
        .map(|r| {
            let key = u64::from_le_bytes(r[..8].try_into().expect("8 bytes"));
            let mut w = [0i16; NTAGS];
            for (k, x) in w.iter_mut().enumerate() {
                *x = i16::from_le_bytes([r[8 + 2 * k], r[9 + 2 * k]]);
            }
            (key, w)
        })
        .collect();
    Ok((scale, records))
}

impl Default for Tagger {
    fn default() -> Self {
        Tagger::from_records(1.0, Vec::new())
    }
}

impl Tagger {
    /// Read a model file.
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, String> {
        let (scale, records) = parse(b)?;
        if records.len() > 1 << 24 {
            return Err("a model of more than 2^24 features".into());
        }
        Ok(Tagger::from_records(scale, records))
    }

    /// The tagger of a trained model, quantised as its file would be.
    pub fn of_model(model: &Model) -> Tagger {
        Tagger::from_bytes(&model.to_bytes()).unwrap_or_default()
    }

    /// A tagger of at most 2^24 records (a slot holds the index of its entry and check bits).
    fn from_records(scale: f32, records: Vec<Record>) -> Tagger {
        let index_bits = u64::BITS - (records.len() as u64).leading_zeros();
        // at most 3 in 8 slots taken, so that a missing key's probe is short
        let len = (records.len() * 8 / 3 + 1).next_power_of_two().max(16);
        let mask = len - 1;
        let mut slots = vec![0u32; len];
        let mut entries = Vec::with_capacity(records.len());
        for (key, w) in records {
            let mut at = key as usize & mask;
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            entries.push(Entry { key, w });
            slots[at] = Self::check(key, index_bits) << index_bits | entries.len() as u32;
        }
        let mut tagger = Tagger {
            slots,
            entries,
            mask,
            index_bits,
            scale,
            history: Box::new([[[0; NTAGS]; NTAGS]; NTAGS]),
            edge: [[0; NTAGS]; 4],
        };
        let mut feats = Vec::new();
        for prev in 0..NTAGS {
            for prev2 in 0..NTAGS {
                feats.clear();
                history_features(prev, prev2, &mut feats);
                tagger.history[prev][prev2] = tagger.scores(&feats);
            }
        }
        for (k, at) in Neighbour::ALL.into_iter().enumerate() {
            feats.clear();
            neighbour_features(None, at, &mut feats);
            tagger.edge[k] = tagger.scores(&feats);
        }
        tagger
    }

    /// The check bits of a key in its slot.
    #[inline]
    fn check(key: u64, index_bits: u32) -> u32 {
        (key >> (32 + index_bits)) as u32
    }

    /// The quantised weights of one feature, if the model has it.
    #[inline]
    fn get(&self, key: u64) -> Option<&[i16; NTAGS]> {
        let check = Self::check(key, self.index_bits);
        let mut at = key as usize & self.mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return None;
            }
            if slot >> self.index_bits == check {
                let index = slot & ((1u32 << self.index_bits) - 1);
                let e = &self.entries[index as usize - 1];
                if e.key == key {
                    return Some(&e.w);
                }
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The sum of the weights of `feats`.
    fn scores(&self, feats: &[u64]) -> Scores {
        let mut s = [0; NTAGS];
        self.add_scores(feats, &mut s);
        s
    }

    /// The scores of the features of one word alone.
    fn word_sums(&self, t: &TokenInfo, feats: &mut Vec<u64>) -> WordSums {
        feats.clear();
        word_features(t, feats);
        let own = self.scores(feats);
        let mut near = [[0; NTAGS]; 4];
        for (k, at) in Neighbour::ALL.into_iter().enumerate() {
            feats.clear();
            neighbour_features(Some(t), at, feats);
            near[k] = self.scores(feats);
        }
        feats.clear();
        tag_word_features(0, t, feats);
        let after_o = self.scores(feats);
        feats.clear();
        place_features(t, Place::default(), feats);
        let placed = self.scores(feats);
        WordSums {
            own,
            near,
            after_o,
            placed,
        }
    }

    /// Add the weights of `feats` to the scores `s` (in quantised units).
    fn add_scores(&self, feats: &[u64], s: &mut [i32; NTAGS]) {
        for &f in feats {
            if let Some(w) = self.get(f) {
                for k in 0..NTAGS {
                    s[k] += i32::from(w[k]);
                }
            }
        }
    }

    /// Tag a sentence; returns (tag, margin) per token. `memo` keeps the scores of the
    /// features of one word alone; one memo serves a whole document. The sums are those of
    /// [`super::features::features`], added in another order (integers: the same result).
    pub fn tag(&self, infos: &[TokenInfo], memo: &mut WordScores) -> Vec<(usize, f32)> {
        let mut out = Vec::with_capacity(infos.len());
        let mut feats = Vec::with_capacity(40);
        for t in infos {
            let word = t.word as usize;
            if memo.0.len() <= word {
                memo.0.resize(word + 1, None);
            }
            if memo.0[word].is_none() {
                memo.0[word] = Some(self.word_sums(t, &mut feats));
            }
        }
        let sums = |t: &TokenInfo| memo.0[t.word as usize].as_ref().expect("filled above");
        let (mut prev, mut prev2) = (0usize, 0usize);
        let add = |s: &mut Scores, y: &Scores| {
            for (x, y) in s.iter_mut().zip(y) {
                *x += y;
            }
        };
        for (i, t) in infos.iter().enumerate() {
            if settled_outside(infos, i, prev) {
                out.push((0, 0.0));
                prev2 = 0;
                continue;
            }
            let word = sums(t);
            let mut s = word.own;
            for (k, at) in Neighbour::ALL.into_iter().enumerate() {
                let near = neighbour(infos, i, at).map_or(&self.edge[k], |n| &sums(n).near[k]);
                add(&mut s, near);
            }
            add(&mut s, &self.history[prev][prev2]);
            feats.clear();
            if prev == 0 {
                add(&mut s, &word.after_o);
            } else {
                tag_word_features(prev, t, &mut feats);
            }
            let place = Place::of(t);
            if place == Place::default() {
                add(&mut s, &word.placed);
            } else {
                place_features(t, place, &mut feats);
            }
            joint_features(infos, i, &mut feats);
            self.add_scores(&feats, &mut s);
            let (best, margin) = best_allowed(&s.map(|x| x as f32 * self.scale), prev);
            out.push((best, margin));
            prev2 = prev;
            prev = best;
        }
        out
    }
}

/// Whether token `i` is `O` without scoring it: it has no capital letter, follows an `O`, and
/// neither of the next two tokens is capitalised (`said`, `,`, `1,000`; not `van` in `van der
/// Sar`, nor `neo` in `neo-Nazi`). The English model starts no right name there: on
/// CoNLL-2003 train and dev it started 7 names there, all wrong (`interior`, `2454`).
fn settled_outside(infos: &[TokenInfo], i: usize, prev: usize) -> bool {
    prev == 0 && infos[i].no_capital && !infos[i + 1..].iter().take(2).any(|n| n.cap)
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
    fn tagger_finds_every_weight_and_nothing_else() {
        let mut m = Model::default();
        // keys sharing their low bits (one first slot) and their high bits (one check)
        let keys: Vec<u64> = (0..300u64)
            .map(|i| (i % 7) << 32 | (i / 7) << 40 | 5)
            .chain((1..200).map(|i: u64| i.wrapping_mul(0x9E37_79B9_7F4A_7C15)))
            .collect();
        for (n, &k) in keys.iter().enumerate() {
            let mut w = [0f32; NTAGS];
            w[n % NTAGS] = 1.0 + n as f32;
            m.weights.insert(k, w);
        }
        let t = Tagger::of_model(&m);
        for (n, &k) in keys.iter().enumerate() {
            let w = t.get(k).expect("a key of the model");
            let want = (1.0 + n as f32) / t.scale;
            assert!((f32::from(w[n % NTAGS]) - want).abs() <= 1.0, "{k:#x}");
        }
        for k in [6u64, 7 << 32 | 1 << 40 | 6, 0, u64::MAX, 5 | 1 << 63] {
            assert!(t.get(k).is_none(), "{k:#x}");
        }
        assert!(Tagger::default().get(42).is_none());
    }

    #[test]
    fn tagging_adds_up_every_feature_of_a_token() {
        use crate::analysis::recognize::features::{features, token_infos, DocContext};
        use crate::analysis::tokenize::tokenize;
        // the memoised sums of `tag` against a plain sum of `features` for every token, in a
        // sentence with a title and one in capitals
        for text in [
            "Mr. John Smith of Acme Corp. met Smith in Paris , and John left for Paris .",
            "JOHN SMITH LEAVES ACME CORP. FOR PARIS AFTER TALKS WITH Mr. JONES",
            "Smith said the talks in van der Berg 's house would go on for 2 days .",
        ] {
            let tokens = tokenize(text);
            let ctx = DocContext::new(text, &tokens);
            let mut infos = Vec::new();
            token_infos(text, &tokens, 0..tokens.len(), &ctx, &mut infos);
            let mut m = Model::default();
            let mut feats = Vec::new();
            for i in 0..infos.len() {
                for (prev, prev2) in [(0, 0), (1, 0), (2, 1), (3, 3), (5, 0)] {
                    features(&infos, i, prev, prev2, &mut feats);
                    for &f in &feats {
                        let w = std::array::from_fn(|k| ((f >> (k * 5)) % 21) as f32 - 10.0);
                        m.weights.insert(f, w);
                    }
                }
            }
            let t = Tagger::of_model(&m);
            let got = t.tag(&infos, &mut WordScores::default());
            let (mut prev, mut prev2, mut settled) = (0, 0, 0);
            for (i, &(tag, margin)) in got.iter().enumerate() {
                features(&infos, i, prev, prev2, &mut feats);
                let s = t.scores(&feats).map(|x| x as f32 * t.scale);
                if settled_outside(&infos, i, prev) {
                    assert_eq!(tag, 0, "{text}: token {i}");
                    settled += 1;
                } else {
                    assert_eq!(best_allowed(&s, prev), (tag, margin), "{text}: token {i}");
                }
                prev2 = prev;
                prev = tag;
            }
            assert!(got.iter().any(|&(tag, _)| tag != 0), "{text}");
            assert_eq!(settled > 0, text.starts_with("Smith said"), "{text}");
        }
    }

    #[test]
    fn constraint() {
        assert!(
            allowed(1, 2) && allowed(2, 2) && !allowed(0, 2) && !allowed(3, 2) && allowed(5, 1)
        );
    }
}
