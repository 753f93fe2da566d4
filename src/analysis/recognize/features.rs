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
    /// the word's number among the distinct spellings of its document ([`DocContext`]): the
    /// word-only features ([`word_features`]) are the same for every token of one number
    pub word: u32,
    spelling: Spelling,
    /// 0 none, else 1 + label-position code of a gazetteer phrase covering the token
    gaz: u64,
    demonym: bool,
    /// 0 when not capitalised, else 1 + 4 × given-name bucket + surname bucket (census lists);
    /// a function of the word's lower case and shape, so word-only features may use it
    person: u64,
    title_before: bool,
    /// [`doc_flags`] of a capitalised word (0 otherwise)
    doc: u64,
    /// Capitalised, next to another capitalised word
    in_run: bool,
    /// Starts with a capital letter
    pub(super) cap: bool,
    /// Has no capital letter (`said`, `,`, `1,000`)
    pub(super) no_capital: bool,
    /// In a run of two or more capitalised words: the lower-case hashes of the run's first and
    /// last word and the token's position in it (1 first, 2 inside, 3 last); zeros otherwise
    run_first: u64,
    run_last: u64,
    run_pos: u64,
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

/// Document-level context bits of a capitalised word: some occurrence in the document ...
pub mod doc_flags {
    /// ... follows a title cue (`President`, `Mr.`)
    pub const TITLE: u64 = 1;
    /// ... follows a capitalised census given name (`Eva Tremila`)
    pub const GIVEN_BEFORE: u64 = 2;
    /// ... follows a place preposition (`in`, `near`)
    pub const LOC_PREP: u64 = 4;
    /// ... is followed by an organisation head word (`Ministry`, `Inc`)
    pub const ORG_HEAD_AFTER: u64 = 8;
    /// ... follows a lower-case word (so it is capitalised mid-sentence)
    pub const MID_SENTENCE: u64 = 16;
    /// ... follows `the`
    pub const THE_BEFORE: u64 = 32;
    /// ... stands in a run of two or more capitalised words (`European Commission`)
    pub const IN_RUN: u64 = 64;
    /// The flags above IN_RUN, each a feature of its own.
    pub const SINGLE: [u64; 6] = [
        TITLE,
        GIVEN_BEFORE,
        LOC_PREP,
        ORG_HEAD_AFTER,
        MID_SENTENCE,
        THE_BEFORE,
    ];
    /// ... is in a run of capitalised words ending in an organisation head (`Swebus Group`)
    pub const RUN_ORG: u64 = 128;
    /// ... is in a run of capitalised words ending in a place head (`Maniema Province`)
    pub const RUN_LOC: u64 = 256;
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Per-document facts used by the features: each token's word number, the facts of every
/// distinct word, among them what the contexts of a capitalised word's occurrences say
/// ([`doc_flags`]) and whether the word is also written in lower case.
pub struct DocContext {
    /// by token: the number of its word among the document's distinct spellings
    numbers: Vec<u32>,
    /// by word number
    words: Vec<WordFacts>,
    /// the folded words one after another ([`WordFacts::folded`])
    folded: String,
}

impl DocContext {
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        use doc_flags::*;
        let mut ids: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
        let mut words: Vec<WordFacts> = Vec::new();
        let (mut folded, mut scratch) = (String::new(), Scratch::default());
        let numbers: Vec<u32> = tokens
            .iter()
            .map(|t| {
                let w = t.text(text);
                *ids.entry(w).or_insert_with(|| {
                    words.push(WordFacts::of(w, &mut folded, &mut scratch));
                    words.len() as u32 - 1
                })
            })
            .collect();
        let mut lower_forms = rustc_hash::FxHashSet::default();
        let mut flags: rustc_hash::FxHashMap<u64, u64> = rustc_hash::FxHashMap::default();
        let word = |j: usize| {
            tokens
                .get(j)
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| (t.text(text), &words[numbers[j] as usize]))
        };
        let mut run: Vec<u64> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                run.clear();
                continue;
            }
            let w = t.text(text);
            let Some(c) = w.chars().next() else { continue };
            if c.is_lowercase() {
                lower_forms.insert(hash_bytes(1, w.as_bytes()));
                run.clear();
                continue;
            }
            if !c.is_uppercase() {
                run.clear();
                continue;
            }
            let mut f = 0;
            let prev = i.checked_sub(1).and_then(word);
            let next = word(i + 1);
            if let Some((p, pc)) = prev {
                if p.chars().next().is_some_and(char::is_lowercase) {
                    f |= MID_SENTENCE;
                    if p == "the" {
                        f |= THE_BEFORE;
                    }
                    if pc.has(WordFacts::LOC_PREP) {
                        f |= LOC_PREP;
                    }
                } else if starts_upper(p) {
                    f |= IN_RUN;
                    if pc.has(WordFacts::PER_TITLE) {
                        f |= TITLE;
                    }
                    if pc.has(WordFacts::GIVEN) {
                        f |= GIVEN_BEFORE;
                    }
                }
            }
            let next = next.filter(|(n, _)| starts_upper(n));
            if let Some((_, nc)) = next {
                f |= IN_RUN;
                if nc.has(WordFacts::ORG_HEAD) {
                    f |= ORG_HEAD_AFTER;
                }
            }
            let wc = &words[numbers[i] as usize];
            let h = wc.spelling.lower;
            run.push(h);
            if next.is_none() {
                // the run ends here: its last word may be a head
                if run.len() >= 2 && c.is_alphabetic() {
                    let head = if wc.has(WordFacts::ORG_HEAD) {
                        RUN_ORG
                    } else if wc.has(WordFacts::LOC_HEAD) {
                        RUN_LOC
                    } else {
                        0
                    };
                    if head != 0 {
                        for &r in &run[..run.len() - 1] {
                            *flags.entry(r).or_default() |= head;
                        }
                        f |= head;
                    }
                }
                run.clear();
            }
            if f != 0 {
                *flags.entry(h).or_default() |= f;
            }
        }
        for w in words.iter_mut().filter(|w| w.cap) {
            w.lower_elsewhere = lower_forms.contains(&w.spelling.lower);
            w.doc = flags.get(&w.spelling.lower).copied().unwrap_or(0);
        }
        DocContext {
            numbers,
            words,
            folded,
        }
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

/// The hashes of a word's spelling the features are made of: its lower case, exact form,
/// shapes and affixes.
#[derive(Debug, Clone, Copy, Default)]
struct Spelling {
    lower: u64,
    exact: u64,
    shape: u64,
    short_shape: u64,
    pre3: u64,
    suf2: u64,
    suf3: u64,
    suf4: u64,
}

/// What the features need to know about a word that depends on its spelling and the document
/// alone: worked out once per distinct word of a document ([`DocContext`]).
#[derive(Debug, Clone, Copy)]
struct WordFacts {
    /// the folded word, as a byte range of [`DocContext::folded`]
    folded: (usize, usize),
    spelling: Spelling,
    cap: bool,
    letters: bool,
    has_lower: bool,
    has_upper: bool,
    demonym: bool,
    person: u64,
    /// starts with a letter and is a person's title cue (`President`)
    title: bool,
    /// capitalised, and the first word of some gazetteer place
    starts_place: bool,
    /// the cue classes of the word ([`WordFacts::LOC_PREP`] ...)
    cues: u8,
    /// capitalised, and written in lower case elsewhere in the document
    lower_elsewhere: bool,
    /// the [`doc_flags`] of a capitalised word
    doc: u64,
}

/// Scratch buffers for [`WordFacts::of`].
#[derive(Debug, Default)]
struct Scratch {
    lower: String,
    long: String,
    short: String,
    key: String,
}

impl WordFacts {
    /// a place preposition (`in`)
    const LOC_PREP: u8 = 1;
    /// a person's title (`President`)
    const PER_TITLE: u8 = 2;
    /// a frequent census given name
    const GIVEN: u8 = 4;
    /// an organisation's head word (`Ministry`)
    const ORG_HEAD: u8 = 8;
    /// a place's head word (`Province`)
    const LOC_HEAD: u8 = 16;

    fn has(&self, cue: u8) -> bool {
        self.cues & cue != 0
    }

    /// The facts of `w` from its spelling alone (the document's are filled in later); its
    /// folded form is pushed onto `folded`.
    fn of(w: &str, folded: &mut String, scratch: &mut Scratch) -> WordFacts {
        let Scratch {
            lower,
            long,
            short,
            key,
        } = scratch;
        let start = folded.len();
        fold_into(w, folded);
        let folded_range = (start, folded.len());
        let folded = &folded[start..];
        lower.clear();
        if w.is_ascii() {
            lower.push_str(w);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(w.chars().flat_map(char::to_lowercase));
        }
        shapes(w, long, short);
        let first = w.chars().next();
        let cap = first.is_some_and(char::is_uppercase);
        key.clear();
        dictionaries::push_key_words(key, folded);
        let mut cues = 0;
        for (cue, bit) in [
            (Cue::LocPrep, Self::LOC_PREP),
            (Cue::PerTitle, Self::PER_TITLE),
            (Cue::OrgHead, Self::ORG_HEAD),
            (Cue::LocHead, Self::LOC_HEAD),
        ] {
            if dictionaries::is_cue_key("en", key, cue) {
                cues |= bit;
            }
        }
        let (given, surname) = dictionaries::person_name_of_key(key);
        if (1..=2).contains(&given) {
            cues |= Self::GIVEN;
        }
        WordFacts {
            folded: folded_range,
            spelling: Spelling {
                lower: hash_bytes(1, lower.as_bytes()),
                exact: hash_bytes(2, w.as_bytes()),
                shape: hash_bytes(3, long.as_bytes()),
                short_shape: hash_bytes(4, short.as_bytes()),
                pre3: affix(5, lower, 3, true),
                suf2: affix(6, lower, 2, false),
                suf3: affix(7, lower, 3, false),
                suf4: affix(8, lower, 4, false),
            },
            cap,
            letters: w.chars().any(char::is_alphabetic),
            has_lower: w.chars().any(char::is_lowercase),
            has_upper: w.chars().any(char::is_uppercase),
            demonym: cap && dictionaries::demonym_of_key(key).is_some(),
            person: if cap {
                1 + 4 * u64::from(given) + u64::from(surname)
            } else {
                0
            },
            title: first.is_some_and(char::is_alphabetic) && cues & Self::PER_TITLE != 0,
            starts_place: cap && dictionaries::places().starts_with_word(key),
            cues,
            lower_elsewhere: false,
            doc: 0,
        }
    }
}

/// Compute the per-token facts of one sentence: the tokens `sentence` of the document's
/// `tokens`, which `ctx` was made of.
pub fn token_infos(
    text: &str,
    tokens: &[Token],
    sentence: std::ops::Range<usize>,
    ctx: &DocContext,
    out: &mut Vec<TokenInfo>,
) {
    out.clear();
    let ids = &ctx.numbers[sentence.clone()];
    let tokens = &tokens[sentence];
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let facts: Vec<&WordFacts> = ids.iter().map(|&n| &ctx.words[n as usize]).collect();
    let caps_sentence = {
        let n = facts.iter().filter(|f| f.letters).count();
        let caps = facts.iter().filter(|f| f.letters && !f.has_lower).count();
        n >= 2 && caps * 10 >= n * 8
    };
    let folded: Vec<&str> = facts
        .iter()
        .map(|f| &ctx.folded[f.folded.0..f.folded.1])
        .collect();
    let starts_place: Vec<bool> = facts.iter().map(|f| f.starts_place).collect();
    let gaz = gazetteer_tags(tokens, &words, &folded, &starts_place);
    for (i, f) in facts.iter().enumerate() {
        out.push(TokenInfo {
            word: ids[i],
            spelling: f.spelling,
            gaz: gaz[i],
            demonym: f.demonym,
            person: f.person,
            title_before: f.cap && i > 0 && facts[i - 1].title,
            lower_elsewhere: f.lower_elsewhere,
            doc: f.doc,
            cap: f.cap,
            no_capital: !f.has_upper,
            in_run: f.cap
                && ((i > 0 && facts[i - 1].cap) || facts.get(i + 1).is_some_and(|n| n.cap)),
            first: i == 0 || (i == 1 && !facts[0].letters),
            caps_sentence,
            ..TokenInfo::default()
        });
    }
    // a hyphen written between two capitalised words joins them (`Jalal-Abad`)
    let joins: Vec<bool> = (0..tokens.len())
        .map(|i| {
            i > 0
                && i + 1 < tokens.len()
                && words[i] == "-"
                && tokens[i].glued
                && tokens[i + 1].glued
                && out[i - 1].cap
                && out[i + 1].cap
        })
        .collect();
    mark_runs(out, &joins);
}

/// For each token, a code for the gazetteer phrase covering it (longest match, capitalised).
/// `folded` holds the words folded, `starts_place` whether each alone begins a place; phrase
/// keys are grown word by word.
/// Organisations (ORG rows) are passed over: the shipped model learnt place hits only, and an
/// unseen code on `United Nations` or `Federal Reserve` splits names it reads well without one.
/// A hyphenated name written without spaces (`Jalal-Abad`, `Chester-le-Street`) is one word of
/// the gazetteer's keys: its tokens are joined before the look-up.
fn gazetteer_tags(
    tokens: &[Token],
    words: &[&str],
    folded: &[&str],
    starts_place: &[bool],
) -> Vec<u64> {
    let mut phrase = String::new();
    let phrase = &mut phrase;
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
        // the first word, with what a hyphen glues to it
        let mut first_end = i + 1;
        while first_end + 1 < words.len()
            && words[first_end] == "-"
            && tokens[first_end].glued
            && tokens[first_end + 1].glued
            && tokens[first_end + 1].kind == TokenKind::Word
        {
            first_end += 2;
        }
        if first_end == i + 1 {
            if !starts_place[i] {
                i += 1;
                continue;
            }
            dictionaries::push_key_words(phrase, folded[i]);
        } else {
            let joined: String = folded[i..first_end].concat();
            dictionaries::push_key_words(phrase, &joined);
        }
        if !places.starts_with_word(phrase) {
            i += 1;
            continue;
        }
        // phrases are matched over word tokens, skipping nothing
        let first_len = first_end - i;
        let max = places.max_words.min(6).min(words.len() - first_end + 1);
        key_ends.clear();
        key_ends.push(phrase.len());
        // once no entry continues the phrase, only words that add nothing to its key (a lone
        // `_`) can still give a match
        let mut open = true;
        for f in &folded[first_end..first_end + max - 1] {
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
                // tokens: the (joined) first word, then one per further word
                matched = first_len + len - 1;
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

/// Fill the run facts of [`TokenInfo`] for runs of two or more capitalised words.
/// `joins` marks the tokens that join the capitalised words on either side into one run.
fn mark_runs(out: &mut [TokenInfo], joins: &[bool]) {
    let mut i = 0;
    while i < out.len() {
        if !out[i].cap {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < out.len() && (out[j].cap || joins[j]) {
            j += 1;
        }
        if j - i >= 2 {
            let (first, last) = (out[i].spelling.lower, out[j - 1].spelling.lower);
            for (k, t) in out[i..j].iter_mut().enumerate() {
                t.run_first = first;
                t.run_last = last;
                t.run_pos = if k == 0 {
                    1
                } else if i + k == j - 1 {
                    3
                } else {
                    2
                };
            }
        }
        i = j;
    }
}

/// The feature hashes of token `i` given the two previous tags: [`word_features`], then
/// [`context_features`].
pub fn features(infos: &[TokenInfo], i: usize, prev: usize, prev2: usize, out: &mut Vec<u64>) {
    out.clear();
    word_features(&infos[i], out);
    context_features(infos, i, prev, prev2, out);
}

/// The features that depend only on the token's word (its [`TokenInfo::word`]); they
/// come first in every feature list.
pub fn word_features(t: &TokenInfo, out: &mut Vec<u64>) {
    out.push(mix(0, 0, 0));
    out.push(mix(1, t.spelling.lower, 0));
    out.push(mix(2, t.spelling.shape, 0));
    out.push(mix(3, t.spelling.short_shape, 0));
    out.push(mix(4, t.spelling.pre3, 0));
    out.push(mix(5, t.spelling.suf3, 0));
    out.push(mix(6, t.spelling.suf2, 0));
    out.push(mix(7, t.spelling.suf4, 0));
    out.push(mix(27, t.spelling.exact, 0));
    out.push(mix(23, u64::from(t.demonym), t.spelling.short_shape));
    if t.person > 1 {
        out.push(mix(34, t.person, t.spelling.short_shape));
    }
}

/// Where a neighbour stands from the token whose features it gives ([`neighbour_features`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Neighbour {
    Prev,
    Next,
    Prev2,
    Next2,
}

impl Neighbour {
    pub const ALL: [Neighbour; 4] = [
        Neighbour::Prev,
        Neighbour::Next,
        Neighbour::Prev2,
        Neighbour::Next2,
    ];
}

/// The features that a token's neighbour at `at` gives it from the neighbour's word alone
/// (`None`: the sentence's edge). They depend on the neighbour's [`TokenInfo::word`] only, so
/// a tagger may keep their scores per word.
pub fn neighbour_features(n: Option<&TokenInfo>, at: Neighbour, out: &mut Vec<u64>) {
    let lower = n.map_or(BOUNDARY, |x| x.spelling.lower);
    let shape = n.map_or(BOUNDARY, |x| x.spelling.shape);
    match at {
        Neighbour::Prev => out.extend_from_slice(&[mix(8, lower, 0), mix(29, shape, 0)]),
        Neighbour::Next => out.extend_from_slice(&[mix(9, lower, 0), mix(30, shape, 0)]),
        Neighbour::Prev2 => out.push(mix(10, lower, 0)),
        Neighbour::Next2 => out.push(mix(11, lower, 0)),
    }
}

/// The features of the two previous tags alone.
pub fn history_features(prev: usize, prev2: usize, out: &mut Vec<u64>) {
    out.extend_from_slice(&[mix(16, prev as u64, 0), mix(17, prev as u64, prev2 as u64)]);
}

/// The features of token `i` that look at its neighbours, its position and the previous
/// tags (appended to `out`): [`neighbour_features`] of the four neighbours,
/// [`history_features`], [`tag_word_features`], [`place_features`], then [`joint_features`].
pub fn context_features(
    infos: &[TokenInfo],
    i: usize,
    prev: usize,
    prev2: usize,
    out: &mut Vec<u64>,
) {
    for at in Neighbour::ALL {
        neighbour_features(neighbour(infos, i, at), at, out);
    }
    history_features(prev, prev2, out);
    tag_word_features(prev, &infos[i], out);
    place_features(&infos[i], Place::of(&infos[i]), out);
    joint_features(infos, i, out);
}

/// The features of the previous tag with the token's word.
pub fn tag_word_features(prev: usize, t: &TokenInfo, out: &mut Vec<u64>) {
    let p = prev as u64;
    out.extend_from_slice(&[mix(18, p, t.spelling.lower), mix(19, p, t.spelling.shape)]);
}

/// Where a token stands, as far as [`place_features`] tell: most tokens stand at no such
/// place ([`Place::default`]), and then those features depend on the word alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Place {
    /// first word of its sentence
    pub first: bool,
    /// after a title (`Mr.`)
    pub title_before: bool,
    /// in a sentence written in capitals
    pub caps_sentence: bool,
}

impl Place {
    pub fn of(t: &TokenInfo) -> Place {
        Place {
            first: t.first,
            title_before: t.title_before,
            caps_sentence: t.caps_sentence,
        }
    }
}

/// The features of the token's word with its [`Place`].
pub fn place_features(t: &TokenInfo, at: Place, out: &mut Vec<u64>) {
    let shape = t.spelling.short_shape;
    out.extend_from_slice(&[
        mix(24, u64::from(at.first), shape),
        mix(
            25,
            u64::from(t.lower_elsewhere) * 2 + u64::from(at.first),
            shape,
        ),
        mix(26, u64::from(at.caps_sentence), t.spelling.lower),
        mix(28, u64::from(at.title_before), shape),
        mix(33, u64::from(at.caps_sentence), shape),
    ]);
}

/// The token's neighbour at `at` in its sentence.
#[inline]
pub fn neighbour(infos: &[TokenInfo], i: usize, at: Neighbour) -> Option<&TokenInfo> {
    match at {
        Neighbour::Prev => i.checked_sub(1).and_then(|j| infos.get(j)),
        Neighbour::Next => infos.get(i + 1),
        Neighbour::Prev2 => i.checked_sub(2).and_then(|j| infos.get(j)),
        Neighbour::Next2 => infos.get(i + 2),
    }
}

/// The features of token `i` that join it with its neighbours, or that depend on the
/// gazetteer and the rest of the document.
pub fn joint_features(infos: &[TokenInfo], i: usize, out: &mut Vec<u64>) {
    let t = &infos[i];
    let (p1, n1) = (
        neighbour(infos, i, Neighbour::Prev),
        neighbour(infos, i, Neighbour::Next),
    );
    let lower = |x: Option<&TokenInfo>| x.map_or(BOUNDARY, |x| x.spelling.lower);
    let shape = |x: Option<&TokenInfo>| x.map_or(BOUNDARY, |x| x.spelling.shape);
    out.extend_from_slice(&[
        mix(12, shape(p1), t.spelling.shape),
        mix(13, t.spelling.shape, shape(n1)),
        mix(14, lower(p1), t.spelling.lower),
        mix(15, t.spelling.lower, lower(n1)),
        mix(20, t.gaz, 0),
        mix(21, p1.map_or(0, |x| x.gaz), t.gaz),
        mix(22, n1.map_or(0, |x| x.gaz), t.gaz),
        mix(
            31,
            n1.map_or(BOUNDARY, |x| x.spelling.suf3),
            t.spelling.short_shape,
        ),
        mix(
            32,
            p1.map_or(BOUNDARY, |x| x.spelling.suf3),
            t.spelling.short_shape,
        ),
    ]);
    // the capitalised run the token is in: its first and last words (`Career Horizons Inc`)
    if t.run_pos != 0 {
        if t.run_pos != 3 {
            out.push(mix(52, t.run_last, t.run_pos));
        }
        if t.run_pos != 1 {
            out.push(mix(53, t.run_first, t.run_pos));
        }
    }
    // the word's other occurrences in the document, and whether a gazetteer place covers it
    // here (a place is often the first word of another kind of name: `Colorado` in `Colorado
    // Health Facilities Authority`)
    let g = 1 + u64::from(t.gaz != 0);
    if t.doc != 0 {
        for (k, &f) in doc_flags::SINGLE.iter().enumerate() {
            if t.doc & f != 0 {
                out.push(mix(40 + k as u64, t.spelling.short_shape, g));
            }
        }
        let heads = t.doc & (doc_flags::RUN_ORG | doc_flags::RUN_LOC);
        if heads != 0 {
            out.push(mix(57, heads, t.run_pos * 4 + g));
        }
        if t.doc & doc_flags::IN_RUN != 0 {
            // alone here, in a longer name elsewhere (`Commission` after `European Commission`)
            out.push(mix(47, u64::from(t.in_run) + 2 * g, t.spelling.short_shape));
        }
    }
    // census given names and surnames next to each other (`John Smith`, `Smith Jones`)
    let person = |x: Option<&TokenInfo>| x.map_or(0, |x| x.person);
    let (before, after) = (person(p1), person(n1));
    if t.person > 1 || before > 1 {
        out.push(mix(35, before, t.person));
    }
    if t.person > 1 || after > 1 {
        out.push(mix(36, t.person, after));
    }
}
