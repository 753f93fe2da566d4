//! Token features for the sequence model, as 64-bit hashes (no strings built per feature).

use crate::analysis::dictionaries::{self, Cue};
use crate::analysis::tokenize::{Token, TokenKind};
use crate::analysis::Label;
use crate::text::fold_into;

/// The tags of the BIO scheme over PER, ORG, LOC, MISC.
pub const TAGS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];
pub const NTAGS: usize = TAGS.len();

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over bytes, seeded.
pub fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Combine a template number with one or two hashes.
#[inline]
pub fn mix(template: u64, a: u64, b: u64) -> u64 {
    let mut h = template.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ a;
    h = h.rotate_left(27).wrapping_mul(0xff51_afd7_ed55_8ccd) ^ b;
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 29)
}

/// What the features need to know about one token.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    lower: u64,
    exact: u64,
    shape: u64,
    short_shape: u64,
    pre3: u64,
    suf2: u64,
    suf3: u64,
    suf4: u64,
    /// 0 none, else 1 + label-position code of a gazetteer phrase covering the token
    gaz: u64,
    demonym: bool,
    title_before: bool,
    /// Capitalised here, but written in lower case elsewhere in the document.
    lower_elsewhere: bool,
    first: bool,
    caps_sentence: bool,
}

const BOUNDARY: u64 = 0x5151_5151;

/// The long shape (runs capped at 3) and short shape (runs collapsed) of a word, written into
/// the given buffers.
fn shapes(w: &str, long: &mut String, short: &mut String) {
    long.clear();
    short.clear();
    let mut last = ' ';
    let mut run = 0;
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c == '_' {
            '_'
        } else if c.is_alphabetic() {
            'x'
        } else {
            c
        };
        if k == last {
            run += 1;
        } else {
            run = 1;
            short.push(k);
        }
        if run <= 3 {
            long.push(k);
        }
        last = k;
    }
}

/// Per-document facts used by the features: which lower-cased words occur in lower case.
pub struct DocContext {
    lower_forms: rustc_hash::FxHashSet<u64>,
}

impl DocContext {
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        let mut lower_forms = rustc_hash::FxHashSet::default();
        for t in tokens {
            let w = t.text(text);
            if t.kind == TokenKind::Word && w.chars().next().is_some_and(char::is_lowercase) {
                lower_forms.insert(hash_bytes(1, w.as_bytes()));
            }
        }
        DocContext { lower_forms }
    }
}

/// The hash of the first or last `n` characters of a lower-cased word (a marker when shorter).
fn affix(seed: u64, lower: &str, n: usize, prefix: bool) -> u64 {
    let short = || hash_bytes(seed, b"_short_");
    if lower.is_ascii() {
        let b = lower.as_bytes();
        if b.len() < n {
            return short();
        }
        return hash_bytes(seed, if prefix { &b[..n] } else { &b[b.len() - n..] });
    }
    // byte offsets of the character boundaries that cut `n` characters off either end
    let cut = if prefix {
        // character boundaries, the end included: the n-th is the end of the first n chars
        lower
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(lower.len()))
            .nth(n)
    } else {
        lower.char_indices().rev().nth(n - 1).map(|(b, _)| b)
    };
    match cut {
        Some(b) if prefix => hash_bytes(seed, &lower.as_bytes()[..b]),
        Some(b) => hash_bytes(seed, &lower.as_bytes()[b..]),
        None => short(),
    }
}

/// Compute the per-token facts of one sentence.
pub fn token_infos(
    text: &str,
    tokens: &[Token],
    ctx: &DocContext,
    lang: &str,
    out: &mut Vec<TokenInfo>,
) {
    out.clear();
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let letters: Vec<bool> = words
        .iter()
        .map(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let caps_sentence = {
        let mut n = 0;
        let mut caps = 0;
        for (w, &l) in words.iter().zip(&letters) {
            if l {
                n += 1;
                if !w.chars().any(char::is_lowercase) {
                    caps += 1;
                }
            }
        }
        n >= 2 && caps * 10 >= n * 8
    };
    // every word folded once, in one buffer
    let mut folded_text = String::with_capacity(words.iter().map(|w| w.len()).sum());
    let mut folded_ends = Vec::with_capacity(words.len());
    for w in &words {
        fold_into(w, &mut folded_text);
        folded_ends.push(folded_text.len());
    }
    let folded: Vec<&str> = folded_ends
        .iter()
        .scan(0, |start, &end| {
            let f = &folded_text[*start..end];
            *start = end;
            Some(f)
        })
        .collect();
    let mut word_key = String::new();
    let gaz = gazetteer_tags(&words, &folded, &mut word_key);
    let (mut lower, mut long, mut short) = (String::new(), String::new(), String::new());
    for (i, w) in words.iter().enumerate() {
        lower.clear();
        if w.is_ascii() {
            lower.push_str(w);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(w.chars().flat_map(char::to_lowercase));
        }
        shapes(w, &mut long, &mut short);
        let is_cap = w.chars().next().is_some_and(char::is_uppercase);
        let lower_h = hash_bytes(1, lower.as_bytes());
        let key_of = |j: usize, buf: &mut String| {
            buf.clear();
            dictionaries::push_key_words(buf, folded[j]);
        };
        let demonym = is_cap && {
            key_of(i, &mut word_key);
            dictionaries::demonym_of_key(&word_key).is_some()
        };
        let title_before =
            is_cap && i > 0 && words[i - 1].chars().next().is_some_and(char::is_alphabetic) && {
                key_of(i - 1, &mut word_key);
                dictionaries::is_cue_key(lang, &word_key, Cue::PerTitle)
            };
        out.push(TokenInfo {
            lower: lower_h,
            exact: hash_bytes(2, w.as_bytes()),
            shape: hash_bytes(3, long.as_bytes()),
            short_shape: hash_bytes(4, short.as_bytes()),
            pre3: affix(5, &lower, 3, true),
            suf2: affix(6, &lower, 2, false),
            suf3: affix(7, &lower, 3, false),
            suf4: affix(8, &lower, 4, false),
            gaz: gaz[i],
            demonym,
            title_before,
            lower_elsewhere: is_cap && ctx.lower_forms.contains(&lower_h),
            first: i == 0 || (i == 1 && !letters[0]),
            caps_sentence,
        });
    }
}

/// For each token, a code for the gazetteer phrase covering it (longest match, capitalised).
/// `folded` holds the words folded; phrase keys are grown word by word in `phrase`.
/// Organisations (ORG rows) are passed over: the shipped model learnt place hits only, and an
/// unseen code on `United Nations` or `Federal Reserve` splits names it reads well without one.
fn gazetteer_tags(words: &[&str], folded: &[&str], phrase: &mut String) -> Vec<u64> {
    let places = dictionaries::places();
    let mut out = vec![0u64; words.len()];
    let mut key_ends = Vec::with_capacity(8);
    let mut i = 0;
    while i < words.len() {
        if !words[i].chars().next().is_some_and(char::is_uppercase) {
            i += 1;
            continue;
        }
        let mut matched = 0;
        let mut label_code = 0u64;
        phrase.clear();
        dictionaries::push_key_words(phrase, folded[i]);
        if !places.starts_with_word(phrase) {
            i += 1;
            continue;
        }
        // phrases are matched over word tokens, skipping nothing
        let max = places.max_words.min(6).min(words.len() - i);
        key_ends.clear();
        key_ends.push(phrase.len());
        // once no entry continues the phrase, only words that add nothing to its key (a lone
        // `_`) can still give a match
        let mut open = true;
        for f in &folded[i + 1..i + max] {
            let before = phrase.len();
            open = open && places.continues(phrase);
            dictionaries::push_key_words(phrase, f);
            if !open && phrase.len() != before {
                break;
            }
            key_ends.push(phrase.len());
        }
        for len in (1..=key_ends.len()).rev() {
            if let Some((_, label, weight)) = places
                .lookup_key(&phrase[..key_ends[len - 1]])
                .filter(|x| x.1 != Label::Org)
            {
                matched = len;
                label_code = label as u64 * 4 + if weight >= 5.0 { 2 } else { 1 };
                break;
            }
        }
        if matched > 0 {
            for (k, o) in out[i..i + matched].iter_mut().enumerate() {
                *o = 1 + label_code * 2 + u64::from(k > 0);
            }
            i += matched;
        } else {
            i += 1;
        }
    }
    out
}

impl TokenInfo {
    /// Everything the word-only features ([`word_features`]) are made from.
    pub fn word_facts(&self) -> [u64; 7] {
        [
            self.lower,
            self.shape,
            self.short_shape,
            self.pre3,
            self.suf3,
            self.suf2,
            self.suf4,
        ]
    }
}

/// The feature hashes of token `i` given the two previous tags: [`word_features`], then
/// [`context_features`].
pub fn features(infos: &[TokenInfo], i: usize, prev: usize, prev2: usize, out: &mut Vec<u64>) {
    out.clear();
    word_features(&infos[i], out);
    context_features(infos, i, prev, prev2, out);
}

/// The features that depend only on the token's word (its [`TokenInfo::word_facts`]); they
/// come first in every feature list.
pub fn word_features(t: &TokenInfo, out: &mut Vec<u64>) {
    out.push(mix(0, 0, 0));
    out.push(mix(1, t.lower, 0));
    out.push(mix(2, t.shape, 0));
    out.push(mix(3, t.short_shape, 0));
    out.push(mix(4, t.pre3, 0));
    out.push(mix(5, t.suf3, 0));
    out.push(mix(6, t.suf2, 0));
    out.push(mix(7, t.suf4, 0));
}

/// The features of token `i` that look at its neighbours, its position and the previous
/// tags (appended to `out`).
pub fn context_features(
    infos: &[TokenInfo],
    i: usize,
    prev: usize,
    prev2: usize,
    out: &mut Vec<u64>,
) {
    let t = &infos[i];
    let get =
        |j: isize| -> Option<&TokenInfo> { usize::try_from(j).ok().and_then(|j| infos.get(j)) };
    let ii = i as isize;
    let lower = |j: isize| get(j).map_or(BOUNDARY, |x| x.lower);
    let shape = |j: isize| get(j).map_or(BOUNDARY, |x| x.shape);
    let p = prev as u64;
    let p2 = prev2 as u64;
    out.push(mix(8, lower(ii - 1), 0));
    out.push(mix(9, lower(ii + 1), 0));
    out.push(mix(10, lower(ii - 2), 0));
    out.push(mix(11, lower(ii + 2), 0));
    out.push(mix(12, shape(ii - 1), t.shape));
    out.push(mix(13, t.shape, shape(ii + 1)));
    out.push(mix(14, lower(ii - 1), t.lower));
    out.push(mix(15, t.lower, lower(ii + 1)));
    out.push(mix(16, p, 0));
    out.push(mix(17, p, p2));
    out.push(mix(18, p, t.lower));
    out.push(mix(19, p, t.shape));
    out.push(mix(20, t.gaz, 0));
    out.push(mix(21, get(ii - 1).map_or(0, |x| x.gaz), t.gaz));
    out.push(mix(22, get(ii + 1).map_or(0, |x| x.gaz), t.gaz));
    out.push(mix(23, u64::from(t.demonym), t.short_shape));
    out.push(mix(24, u64::from(t.first), t.short_shape));
    out.push(mix(
        25,
        u64::from(t.lower_elsewhere) * 2 + u64::from(t.first),
        t.short_shape,
    ));
    out.push(mix(26, u64::from(t.caps_sentence), t.lower));
    out.push(mix(27, t.exact, 0));
    out.push(mix(28, u64::from(t.title_before), t.short_shape));
    out.push(mix(29, shape(ii - 1), 0));
    out.push(mix(30, shape(ii + 1), 0));
    out.push(mix(
        31,
        get(ii + 1).map_or(BOUNDARY, |x| x.suf3),
        t.short_shape,
    ));
    out.push(mix(
        32,
        get(ii - 1).map_or(BOUNDARY, |x| x.suf3),
        t.short_shape,
    ));
    out.push(mix(33, u64::from(t.caps_sentence), t.short_shape));
}
