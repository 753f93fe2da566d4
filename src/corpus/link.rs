//! Cross-document, cross-language linking: which name mentions refer to one entity.
//!
//! Mentions are grouped by a *name key* (folded: case, diacritics, `_`/space, hyphens, dots,
//! possessives) normalised for transliteration (`Bakiyev` = `Bakiev`, `Akayev` = `Akaev`), then
//! joined: gazetteer names in both languages (`Nga` = Russia), an acronym and its long form,
//! `Long Form ( ACR )` in the text, a surname or first name with the one full name that carries
//! it (in the same article first, else the only one in the corpus), and a rare spelling with a
//! much better attested one at edit distance one (`Bishkev` → `Bishkek`).

use rustc_hash::{FxHashMap, FxHashSet};

use crate::analysis::dictionaries::{self, Cue};
use crate::analysis::Label;
use crate::text::fold;

/// One name mention to link.
#[derive(Debug, Clone)]
pub struct LinkInput<'a> {
    pub doc: usize,
    pub label: Label,
    pub surface: &'a str,
    /// An id a human gave (`ENTITY:<id>` in a `.ann`): authoritative.
    pub fixed_id: Option<&'a str>,
    /// A gazetteer id for the surface, when it names a known place.
    pub gazetteer_id: Option<&'a str>,
    /// Index (in the input) of a mention this one is a parenthesised alias of (`Long ( ACR )`).
    pub alias_of: Option<usize>,
    /// The surface is a known name in its own right (dictionary): never a typo of another.
    pub known: bool,
    /// The label is a guess (no evidence): the mention may join a name of another kind.
    pub tentative: bool,
    /// A reading context that changes what a name refers to: in a sports report a country or
    /// city names its team (`cricket`). Mentions in different namespaces never join.
    pub namespace: Option<&'a str>,
}

/// The result: a cluster per input mention, and per cluster its id, label and canonical name.
#[derive(Debug, Clone, Default)]
pub struct Linking {
    pub cluster_of: Vec<usize>,
    pub clusters: Vec<Cluster>,
}

#[derive(Debug, Clone)]
pub struct Cluster {
    pub id: String,
    pub label: Label,
    pub canonical: String,
    /// Input indices of its mentions.
    pub members: Vec<usize>,
}

/// The folded key of a name: lower case, no diacritics, `_`/`-`/`.` dropped or spaced, no
/// possessive, single spaces.
pub fn name_key(surface: &str) -> String {
    let f = fold(surface);
    let f = f.strip_suffix("'s").unwrap_or(&f);
    let mut out = String::with_capacity(f.len());
    let mut space = false;
    for c in f.chars() {
        match c {
            '-' | '.' | '\'' => {}
            c if c.is_alphanumeric() => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
            _ => space = true,
        }
    }
    out
}

/// The part of a place's mention that names it: a Vietnamese head noun kept in the span
/// (`thành_phố Osh`, `sân_bay Manas`, `quán bar Buddha`) is left out, so the place links with
/// its bare name in any language; a numbered unit (`quận 7`) keeps its head.
pub fn place_name(surface: &str, label: Label) -> &str {
    if label != Label::Loc {
        return surface;
    }
    // a facility's head names another thing than the rest (`Bệnh_viện Bạch_Mai`)
    let is_head = |w: &str| {
        dictionaries::is_vi_class(w, Cue::PlaceHead) && !dictionaries::is_vi_class(w, Cue::Facility)
    };
    let mut rest = surface;
    // `quán bar Buddha`: every head word goes
    while let Some((head, tail)) = rest.split_once(' ') {
        let next = tail.split(' ').next().unwrap_or("");
        let named = next.chars().next().is_some_and(char::is_uppercase) || is_head(next);
        if !(is_head(head) && named) {
            break;
        }
        rest = tail;
    }
    rest
}

/// The part of a name key that names its bearer: a company without a legal form at its end
/// (`fpt corp` → `fpt`, `apple inc` → `apple`) and without the Vietnamese word for its kind
/// at its start (`tap doan vingroup` → `vingroup`, `cong ty co phan fpt` → `fpt`), a person
/// without a generation (`ferdinand marcos jr` → `ferdinand marcos`), so that it links with
/// its bare name in any language. A key that is nothing else stays whole.
pub fn name_core(key: &str) -> &str {
    const KINDS: [&str; 3] = ["tap doan ", "cong ty co phan ", "cong ty "];
    const FORMS: [&str; 8] = [
        " corp",
        " corporation",
        " inc",
        " ltd",
        " plc",
        " llc",
        " jr",
        " sr",
    ];
    let mut core = key;
    if let Some(rest) = KINDS.iter().find_map(|k| core.strip_prefix(k)) {
        core = rest;
    }
    if let Some(rest) = FORMS.iter().find_map(|f| core.strip_suffix(f)) {
        core = rest;
    }
    if core.is_empty() {
        key
    } else {
        core
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Transliteration-insensitive form of a name key: `y` between vowels dropped
/// (`bakiyev` → `bakiev`, `akayev` → `akaev`, `sherniyazov` → `sherniazov`), doubled
/// consonants single (`zelenskyy` → `zelensky`), `kh` kept, and a word's final `iy` written
/// `y` (`zelenskiy` → `zelensky`, `dmitriy` → `dmitry`).
pub fn translit_key(key: &str) -> String {
    let b = key.as_bytes();
    let mut out = String::with_capacity(key.len());
    for (i, &c) in b.iter().enumerate() {
        let prev = if i > 0 { b[i - 1] } else { b' ' };
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        if c == b'y' && is_vowel(prev) && is_vowel(next) {
            continue;
        }
        if c.is_ascii_alphabetic() && !is_vowel(c) && c == prev {
            continue;
        }
        out.push(c as char);
    }
    // non-ASCII letters survive as they are
    if !key.is_ascii() {
        return key.to_string();
    }
    if out.contains("iy") {
        // each word's final `iy`: the `i` goes
        let bytes = out.as_bytes();
        let drop: Vec<usize> = (0..bytes.len().saturating_sub(1))
            .filter(|&i| {
                let word_end = bytes.get(i + 2).is_none_or(|&c| c == b' ');
                let word_start = out[..i].rfind(' ').map_or(0, |s| s + 1);
                bytes[i] == b'i' && bytes[i + 1] == b'y' && word_end && i - word_start >= 3
            })
            .collect();
        for &i in drop.iter().rev() {
            out.remove(i);
        }
    }
    out
}

/// The team sport a report is about, when it is one: there a country or a city names its
/// team (`England` beat Pakistan by five wickets → the England cricket team; `đội_tuyển
/// Việt_Nam` in a word-segmented Vietnamese report). Individual
/// sports (golf, athletics, tennis singles) keep places as places.
pub fn team_sport(text: &str) -> Option<&'static str> {
    if let Some(sport) = sport_slug(text) {
        return Some(sport);
    }
    const SPORTS: &[(&str, &[&str])] = &[
        (
            "football",
            &[
                "soccer",
                "football",
                "goalkeeper",
                "striker",
                "midfielder",
                "penalty",
                "goals",
                "equaliser",
                "equalizer",
                "qualifier",
                "halftime",
                // word-segmented Vietnamese
                "bóng_đá",
                "đội_tuyển",
                "tiền_đạo",
                "tiền_vệ",
                "hậu_vệ",
                "thủ_môn",
                "cầu_thủ",
                "ghi_bàn",
                "bàn_thắng",
                "phạt_đền",
            ],
        ),
        (
            "cricket",
            &[
                "cricket", "wicket", "wickets", "innings", "batsman", "bowler", "overs", "test",
            ],
        ),
        (
            "rugby",
            &["rugby", "tries", "scrum", "fly-half", "conversion"],
        ),
        (
            "baseball",
            &[
                "baseball", "pitcher", "homer", "inning", "rbi", "bullpen", "major", "runs",
            ],
        ),
        ("basketball", &["basketball", "nba", "rebounds", "assists"]),
        ("hockey", &["hockey", "nhl", "puck"]),
        // team tennis: `Davis Cup`, `Fed Cup` (word pairs, counted below)
        ("fedcup", &[]),
    ];
    let mut counts = [0usize; 7];
    // which sport words occur (a bit per word of the sport's list)
    let mut distinct = [0u32; 7];
    // the word before, when it is `davis` or `fed`
    let mut prev: Option<bool> = None;
    let mut buf = [0u8; 16];
    for w in text
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '_')
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        if w.len() > buf.len() {
            prev = None;
            continue;
        }
        let lw = &mut buf[..w.len()];
        lw.copy_from_slice(w.as_bytes());
        lw.make_ascii_lowercase();
        let lw = &*lw;
        for (k, (_, words)) in SPORTS.iter().enumerate() {
            if let Some(i) = words.iter().position(|x| x.as_bytes() == lw) {
                counts[k] += 1;
                distinct[k] |= 1 << i;
            }
        }
        if let (b"cup", Some(fed)) = (lw, prev) {
            counts[6] += 1;
            distinct[6] |= 1 << usize::from(fed);
        }
        prev = match lw {
            b"davis" => Some(false),
            b"fed" => Some(true),
            _ => None,
        };
    }
    // enough sport words, and more than one word of the sport (`qualifier` alone is tennis as
    // much as football); team tennis needs its cup named twice
    let (k, &n) = counts
        .iter()
        .enumerate()
        .filter(|&(k, _)| k == 6 || distinct[k].count_ones() >= 2)
        .max_by_key(|&(k, n)| (*n, std::cmp::Reverse(k)))?;
    let enough = if k == 6 { n >= 2 } else { n >= 3 };
    enough.then_some(SPORTS[k].0)
}

/// The sport a wire report names in its slug, the head of its first line before ` - `
/// (`SOCCER - ENGLAND BEAT MOLDOVA`, `Rugby union - results`), when it is a team sport.
fn sport_slug(text: &str) -> Option<&'static str> {
    let first = text.trim_start().lines().next()?;
    let (slug, _) = first.split_once(" - ")?;
    let slug = slug.trim().to_ascii_lowercase();
    let sport = match slug.as_str() {
        "soccer" | "football" => "football",
        "cricket" => "cricket",
        "rugby" | "rugby union" | "rugby league" => "rugby",
        "baseball" => "baseball",
        "basketball" => "basketball",
        "hockey" | "ice hockey" | "nhl ice hockey" => "hockey",
        _ => return None,
    };
    Some(sport)
}

/// A lower-case ASCII id with words joined by `_`.
pub fn slug(name: &str) -> String {
    let f = fold(name);
    let mut out = String::new();
    let mut sep = false;
    for c in f.chars() {
        if c.is_ascii_alphanumeric() {
            if sep && !out.is_empty() {
                out.push('_');
            }
            sep = false;
            out.push(c);
        } else {
            sep = true;
        }
    }
    if out.is_empty() {
        "entity".to_string()
    } else {
        out
    }
}

struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// Person vs. everything else: a person never joins a place or organisation.
fn class(label: Label) -> u8 {
    u8::from(label != Label::Per)
}

fn acronym(key: &str) -> Option<String> {
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "de" | "la"))
        .collect();
    if words.len() < 2 {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// The deletion neighbourhood at distance one of a key, found by hashing: each deletion is the
/// key without the bytes `cut` (an empty cut: the key itself).
#[derive(Default)]
pub(super) struct Deletions {
    /// Polynomial hashes of the key's prefixes, and the powers of the base.
    prefix: Vec<u64>,
    power: Vec<u64>,
}

impl Deletions {
    const BASE: u64 = 0x0000_0100_0000_01b3;

    /// Calls `f` with the cut, the length and a hash of each deletion of `key`: the key itself
    /// first, then the key without its first, second, … character. Equal strings hash alike,
    /// whichever key they come from; different ones rarely do (see [`same_deletion`]).
    pub(super) fn for_each(&mut self, key: &str, mut f: impl FnMut((usize, usize), usize, u64)) {
        let b = key.as_bytes();
        self.prefix.clear();
        self.prefix.push(0);
        for &x in b {
            let h = *self.prefix.last().unwrap_or(&0);
            self.prefix
                .push(h.wrapping_mul(Self::BASE).wrapping_add(u64::from(x) + 1));
        }
        while self.power.len() <= b.len() {
            let p = self.power.last().map_or(1, |p| p.wrapping_mul(Self::BASE));
            self.power.push(p);
        }
        let whole = self.prefix[b.len()];
        f((0, 0), b.len(), whole);
        for (i, c) in key.char_indices() {
            let end = i + c.len_utf8();
            let tail = self.power[b.len() - end];
            // hash(b[..i] ++ b[end..]) = prefix[i]·B^|tail| + (whole − prefix[end]·B^|tail|)
            let h = whole.wrapping_add(
                self.prefix[i]
                    .wrapping_sub(self.prefix[end])
                    .wrapping_mul(tail),
            );
            f((i, end), b.len() - (end - i), h);
        }
    }
}

/// Whether `a` without its bytes `cut_a` is `b` without its bytes `cut_b`.
fn same_deletion(a: &str, cut_a: (usize, usize), b: &str, cut_b: (usize, usize)) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() - (cut_a.1 - cut_a.0) == b.len() - (cut_b.1 - cut_b.0)
        && a[..cut_a.0]
            .iter()
            .chain(&a[cut_a.1..])
            .eq(b[..cut_b.0].iter().chain(&b[cut_b.1..]))
}

/// A key's deletion in the index: the mention that stands for the key, the cut, and the next
/// entry of its bucket.
struct DeletionEntry {
    mention: usize,
    key: usize,
    cut: (usize, usize),
    next: usize,
}

/// Distinct strings, each numbered in order of first appearance, so that the joining steps
/// hash and compare integers rather than strings.
#[derive(Default)]
struct Interner {
    ids: FxHashMap<String, usize>,
    texts: Vec<String>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> usize {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.texts.len();
        self.ids.insert(s.to_string(), id);
        self.texts.push(s.to_string());
        id
    }

    fn id(&self, s: &str) -> Option<usize> {
        self.ids.get(s).copied()
    }

    fn text(&self, id: usize) -> &str {
        &self.texts[id]
    }

    fn len(&self) -> usize {
        self.texts.len()
    }
}

/// How many distinct full names carry a name part (only one or more matters).
#[derive(Clone, Copy, PartialEq)]
enum Carriers {
    One(usize),
    Several,
}

impl Carriers {
    fn add(slot: &mut Option<Carriers>, full: usize) {
        *slot = match *slot {
            None => Some(Carriers::One(full)),
            Some(Carriers::One(f)) if f == full => Some(Carriers::One(f)),
            Some(_) => Some(Carriers::Several),
        };
    }

    fn only(self) -> Option<usize> {
        match self {
            Carriers::One(f) => Some(f),
            Carriers::Several => None,
        }
    }
}

/// A spelling of a cluster's mentions (the surface without a possessive), with what the
/// choice of a canonical name looks at.
struct Spelling<'a> {
    text: &'a str,
    words: usize,
    ascii: usize,
}

/// Link the mentions of a whole corpus.
pub fn link(inputs: &[LinkInput<'_>]) -> Linking {
    let n = inputs.len();
    // per mention: its key, namespace and spelling as numbers; keys and spellings are computed
    // once per distinct surface (a corpus repeats its names)
    let mut keys = Interner::default();
    let mut spelling_ids: FxHashMap<&str, usize> = FxHashMap::default();
    let mut spellings: Vec<Spelling<'_>> = Vec::new();
    let mut by_surface: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    let mut namespaces: FxHashMap<&str, usize> = FxHashMap::default();
    namespaces.insert("", 0);
    let mut key = Vec::with_capacity(n);
    let mut spelling = Vec::with_capacity(n);
    // the class (person or not) and namespace together: mentions of different groups never join
    let mut group = Vec::with_capacity(n);
    for m in inputs {
        let (k, s) = *by_surface.entry(m.surface).or_insert_with(|| {
            let k = keys.intern(&translit_key(name_core(&name_key(m.surface))));
            let text = m.surface.trim_end_matches("'s").trim_end_matches("’s");
            let s = *spelling_ids.entry(text).or_insert_with(|| {
                spellings.push(Spelling {
                    text,
                    words: text.split([' ', '_']).count(),
                    ascii: text.chars().filter(|c| c.is_ascii()).count(),
                });
                spellings.len() - 1
            });
            (k, s)
        });
        key.push(k);
        spelling.push(s);
        let ns = match m.namespace {
            None | Some("") => 0,
            Some(ns) => {
                let next = namespaces.len();
                *namespaces.entry(ns).or_insert(next)
            }
        };
        group.push(ns << 1 | usize::from(class(m.label)));
    }
    drop(by_surface);
    drop(spelling_ids);
    let group_of = |class: u8, g: usize| (g & !1) | usize::from(class);
    let mut dsu = Dsu((0..n).collect());

    // 1. same class and key; same human id; same gazetteer id
    let mut by_key: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    let mut by_fixed: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_gaz: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    for (i, m) in inputs.iter().enumerate() {
        if keys.text(key[i]).is_empty() {
            continue;
        }
        if let Some(id) = m.fixed_id {
            if let Some(&j) = by_fixed.get(id) {
                dsu.union(i, j);
            } else {
                by_fixed.insert(id, i);
            }
            continue; // a human id is final: no key-based joining
        }
        let k = (group[i], key[i]);
        if let Some(&j) = by_key.get(&k) {
            dsu.union(i, j);
        } else {
            by_key.insert(k, i);
        }
        if let Some(g) = m.gazetteer_id {
            let k = (g, m.namespace.unwrap_or(""));
            if let Some(&j) = by_gaz.get(&k) {
                dsu.union(i, j);
            } else {
                by_gaz.insert(k, i);
            }
        }
    }
    // a guessed label yields to a confident one of another class on the same key (`Intel`
    // guessed a person in a Vietnamese article, a company in an English one), unless its
    // own class has a confident mention of the key too
    let mut confident: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for (i, m) in inputs.iter().enumerate() {
        if !m.tentative && m.fixed_id.is_none() && !keys.text(key[i]).is_empty() {
            confident.entry((group[i], key[i])).or_insert(i);
        }
    }
    for (i, m) in inputs.iter().enumerate() {
        if !m.tentative || m.fixed_id.is_some() || confident.contains_key(&(group[i], key[i])) {
            continue;
        }
        let other = group_of(1 - class(m.label), group[i]);
        if let Some(&j) = confident.get(&(other, key[i])) {
            dsu.union(i, j);
        }
    }
    drop(confident);

    // keys that differ only by where words break (`Kim Yo-jong`, `Kim Yo Jong`; `Hai Phong`,
    // `Haiphong`), one class at a time
    let mut by_joined_key: FxHashMap<(usize, String), usize> = FxHashMap::default();
    let mut seen_keys: FxHashSet<(usize, usize)> = FxHashSet::default();
    for (i, m) in inputs.iter().enumerate() {
        let text = keys.text(key[i]);
        if m.fixed_id.is_some() || text.is_empty() {
            continue;
        }
        // one look-up per distinct key of a class (step 1 joined the rest)
        if !seen_keys.insert((group[i], key[i])) {
            continue;
        }
        let joined: String = text.split(' ').collect();
        match by_joined_key.entry((group[i], joined)) {
            std::collections::hash_map::Entry::Occupied(e) => dsu.union(i, *e.get()),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
        }
    }
    drop(by_joined_key);

    // a human id that matches a key joins the mentions with that key
    for (i, m) in inputs.iter().enumerate() {
        if let Some(id) = m.fixed_id {
            if let Some(&j) = by_gaz.get(&(id, "")) {
                dsu.union(i, j);
            }
        }
    }

    // 2. parenthesised aliases
    for (i, m) in inputs.iter().enumerate() {
        if let Some(j) = m.alias_of {
            // a place glossed by letters (`Hà_Nội ( TTXVN )`, a dateline and its agency) and
            // letters the gazetteer knows keep apart
            if j < n
                && group[j] == group[i]
                && m.fixed_id.is_none()
                && inputs[j].label != Label::Loc
                && m.gazetteer_id.is_none()
            {
                dsu.union(i, j);
            }
        }
    }

    // 3. acronyms: `CSTO` with `Collective Security Treaty Organization`
    // An acronym stands for one long form: the one written in the most articles that also
    // write the acronym (else the only one in the corpus). Initials alone do not join two
    // long forms (`SC`: Security Council, Supreme Court, Sydney City).
    let mut long_forms: FxHashMap<usize, Vec<usize>> = FxHashMap::default(); // acronym rep → long-form mentions
                                                                             // the acronym of each key (when it is a key too), computed once
    let mut acronym_of: Vec<Option<Option<usize>>> = vec![None; keys.len()];
    for (i, m) in inputs.iter().enumerate() {
        if m.label == Label::Per || m.fixed_id.is_some() {
            continue;
        }
        let acr = *acronym_of[key[i]].get_or_insert_with(|| {
            acronym(keys.text(key[i]))
                .filter(|a| a.len() >= 2)
                .and_then(|a| keys.id(&a))
        });
        if let Some(acr) = acr {
            if m.surface.chars().filter(|c| c.is_uppercase()).count() >= 2 {
                if let Some(&j) = by_key.get(&(group_of(1, group[i]), acr)) {
                    if inputs[j].surface.chars().all(|c| !c.is_lowercase()) {
                        long_forms.entry(j).or_default().push(i);
                    }
                }
            }
        }
    }
    if !long_forms.is_empty() {
        // the documents of each acronym (all mentions with the acronym's key)
        let mut acr_docs: FxHashMap<usize, FxHashSet<usize>> = long_forms
            .keys()
            .map(|&j| (j, FxHashSet::default()))
            .collect();
        for (i, m) in inputs.iter().enumerate() {
            if m.label == Label::Per || m.fixed_id.is_some() {
                continue;
            }
            if let Some(&j) = by_key.get(&(group_of(1, group[i]), key[i])) {
                if let Some(d) = acr_docs.get_mut(&j) {
                    d.insert(m.doc);
                }
            }
        }
        for (j, longs) in &long_forms {
            let docs = &acr_docs[j];
            // per long key: articles shared with the acronym, mentions
            let mut score: FxHashMap<usize, (FxHashSet<usize>, usize)> = FxHashMap::default();
            for &i in longs {
                let e = score.entry(key[i]).or_default();
                if docs.contains(&inputs[i].doc) {
                    e.0.insert(inputs[i].doc);
                }
                e.1 += 1;
            }
            let best = score
                .iter()
                .map(|(&k, (d, c))| (d.len(), *c, keys.text(k), k))
                .max()
                .filter(|&(shared, _, _, _)| shared > 0 || score.len() == 1);
            if let Some((_, _, _, k)) = best {
                for &i in longs {
                    if key[i] == k {
                        dsu.union(i, *j);
                    }
                }
            }
        }
    }

    // 4. partial person names: a single word with the one full name carrying it (two letters
    // are enough: Chinese surnames come first, `Xi` of `Xi Jinping`)
    // part → the distinct full names carrying it (corpus-wide, and per document), and per full
    // name one representative mention; parts are numbered with the keys (a part that is a key
    // is looked up by it)
    let single_word: Vec<bool> = keys.texts.iter().map(|k| !k.contains(' ')).collect();
    let mut parts_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    let mut rep_of_full: FxHashMap<usize, usize> = FxHashMap::default();
    let mut fulls_by_part: FxHashMap<usize, Option<Carriers>> = FxHashMap::default();
    let mut fulls_by_part_doc: FxHashMap<(usize, usize), Option<Carriers>> = FxHashMap::default();
    // the first mention of a full name carrying the part in a document
    let mut first_in_doc: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for (i, m) in inputs.iter().enumerate() {
        if m.label != Label::Per || single_word[key[i]] {
            continue;
        }
        let full = key[i];
        rep_of_full.entry(full).or_insert(i);
        let parts = parts_of.entry(full).or_insert_with(|| {
            let text = keys.text(full).to_string();
            text.split(' ')
                .filter(|p| p.len() >= 2)
                .map(|p| keys.intern(p))
                .collect()
        });
        for &part in parts.iter() {
            Carriers::add(fulls_by_part.entry(part).or_default(), full);
            Carriers::add(fulls_by_part_doc.entry((part, m.doc)).or_default(), full);
            first_in_doc.entry((part, m.doc)).or_insert(i);
        }
    }
    drop(parts_of);
    for (i, m) in inputs.iter().enumerate() {
        if m.label != Label::Per || !single_word[key[i]] || m.fixed_id.is_some() {
            continue;
        }
        let part = key[i];
        let pick = match fulls_by_part_doc.get(&(part, m.doc)) {
            Some(here) => match here.and_then(Carriers::only) {
                Some(full) => Some(rep_of_full[&full]),
                // several people of the article carry it: the one it named first, as news
                // writes the others in full (`Kim` after `Kim Jong Un`, then `Kim Yong Chol`)
                None => first_in_doc.get(&(part, m.doc)).copied().filter(|&j| j < i),
            },
            None => fulls_by_part
                .get(&part)
                .and_then(|all| all.and_then(Carriers::only))
                .map(|full| rep_of_full[&full]),
        };
        if let Some(j) = pick {
            dsu.union(i, j);
        }
    }

    // 4b. a Chinese name in pinyin and in its Sino-Vietnamese reading (`Xi Jinping`,
    // `Tập_Cận_Bình`)
    for (a, b) in super::sino::reading_pairs(inputs) {
        dsu.union(a, b);
    }

    // 5. rare spellings one edit away from a much better attested one
    let mut root_count = vec![0usize; n];
    // the groups holding a person's full name: a single word of one is a part of that name
    // (`Lindsay` of `Lindsay Davenport`), no spelling of another name (`Lindsey`)
    let mut has_full_name = vec![false; n];
    for i in 0..n {
        let r = dsu.find(i);
        root_count[r] += 1;
        has_full_name[r] |= inputs[i].label == Label::Per && !single_word[key[i]];
    }
    let key_chars: Vec<usize> = keys.texts.iter().map(|k| k.chars().count()).collect();
    // the deletion index: (group, length, hash of a deletion) → a chain of the first mention of
    // each distinct (group, key) that has that deletion, in mention order
    let mut deletions = Deletions::default();
    let mut buckets: FxHashMap<(usize, usize, u64), (usize, usize)> = FxHashMap::default();
    let mut entries: Vec<DeletionEntry> = Vec::new();
    let mut seen: FxHashSet<(usize, usize)> = FxHashSet::default();
    for i in 0..n {
        if key_chars[key[i]] < 5 || !seen.insert((group[i], key[i])) {
            continue;
        }
        deletions.for_each(keys.text(key[i]), |cut, len, hash| {
            let e = entries.len();
            entries.push(DeletionEntry {
                mention: i,
                key: key[i],
                cut,
                next: usize::MAX,
            });
            match buckets.entry((group[i], len, hash)) {
                std::collections::hash_map::Entry::Occupied(mut b) => {
                    let (_, last) = b.get_mut();
                    entries[*last].next = e;
                    *last = e;
                }
                std::collections::hash_map::Entry::Vacant(b) => {
                    b.insert((e, e));
                }
            }
        });
    }
    drop(seen);
    // one representative per distinct key: its mentions were joined in step 1
    let mut done: FxHashSet<(usize, usize, bool)> = FxHashSet::default();
    let mut candidates: Vec<usize> = Vec::new();
    for (i, m) in inputs.iter().enumerate() {
        if key_chars[key[i]] < 6
            || m.fixed_id.is_some()
            || m.known
            || m.gazetteer_id.is_some()
            || !done.insert((group[i], key[i], m.tentative))
        {
            continue;
        }
        let ri = dsu.find(i);
        if single_word[key[i]] && has_full_name[ri] {
            continue;
        }
        let ci = root_count[ri];
        let classes: &[u8] = if m.tentative {
            &[0, 1]
        } else if class(m.label) == 0 {
            &[0]
        } else {
            &[1]
        };
        // the mentions sharing a deletion, in the order of the deletions, then the classes
        candidates.clear();
        let text = keys.text(key[i]);
        deletions.for_each(text, |cut, len, hash| {
            for &c in classes {
                let Some(&(first, _)) = buckets.get(&(group_of(c, group[i]), len, hash)) else {
                    continue;
                };
                let mut e = first;
                while let Some(entry) = entries.get(e) {
                    if same_deletion(keys.text(entry.key), entry.cut, text, cut) {
                        candidates.push(entry.mention);
                    }
                    e = entry.next;
                }
            }
        });
        let mut best: Option<(usize, usize)> = None;
        for &j in &candidates {
            let rj = dsu.find(j);
            if rj == ri || key[j] == key[i] {
                continue;
            }
            let cj = root_count[rj];
            if cj >= 2 * ci.max(1) && cj >= 2 && best.is_none_or(|(_, c)| cj > c) {
                best = Some((j, cj));
            }
        }
        if let Some((j, _)) = best {
            dsu.union(i, j);
            let r = dsu.find(i);
            let total = ci + root_count[dsu.find(j)].max(1);
            root_count[r] = total;
        }
    }

    // clusters
    let mut cluster_of = vec![usize::MAX; n];
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut cluster_of_root = vec![usize::MAX; n];
    for i in 0..n {
        let r = dsu.find(i);
        if cluster_of_root[r] == usize::MAX {
            clusters.push(Cluster {
                id: String::new(),
                label: inputs[i].label,
                canonical: String::new(),
                members: Vec::new(),
            });
            cluster_of_root[r] = clusters.len() - 1;
        }
        let c = cluster_of_root[r];
        cluster_of[i] = c;
        clusters[c].members.push(i);
    }
    let mut used: FxHashMap<String, usize> = FxHashMap::default();
    // mentions per spelling of the cluster at hand (reset after each cluster)
    let mut spelling_count = vec![0usize; spellings.len()];
    let mut cluster_spellings: Vec<usize> = Vec::new();
    for c in &mut clusters {
        // label: majority; canonical: the most frequent of the longest spellings
        let mut labels: Vec<(Label, usize)> = Vec::new();
        let mut fixed: Option<&str> = None;
        let mut gaz: Option<&str> = None;
        for &i in &c.members {
            let weight = if inputs[i].tentative { 1 } else { 100 };
            match labels.iter_mut().find(|(l, _)| *l == inputs[i].label) {
                Some((_, k)) => *k += weight,
                None => labels.push((inputs[i].label, weight)),
            }
            let s = spelling[i];
            if spelling_count[s] == 0 {
                cluster_spellings.push(s);
            }
            spelling_count[s] += 1;
            fixed = fixed.or(inputs[i].fixed_id);
            gaz = gaz.or(inputs[i].gazetteer_id);
        }
        c.label = labels
            .into_iter()
            .max_by_key(|&(l, k)| (k, std::cmp::Reverse(l)))
            .map_or(Label::Misc, |x| x.0);
        let best = cluster_spellings
            .iter()
            .map(|&s| (&spellings[s], spelling_count[s]))
            .max_by_key(|(s, k)| (s.words, *k, s.ascii, std::cmp::Reverse(s.text)))
            .map_or("", |x| x.0.text);
        for &s in &cluster_spellings {
            spelling_count[s] = 0;
        }
        cluster_spellings.clear();
        c.canonical = best.replace('_', " ");
        let base = fixed
            .map(str::to_string)
            .or_else(|| gaz.map(str::to_string))
            .unwrap_or_else(|| slug(&translit_key(&name_key(best))));
        let count = used.entry(base.clone()).or_default();
        *count += 1;
        c.id = if *count == 1 || fixed.is_some() {
            base
        } else {
            format!("{base}_{count}")
        };
    }
    Linking {
        cluster_of,
        clusters,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_share_a_key() {
        for (a, b) in [
            ("bakiyev", "bakiev"),
            ("akayev", "akaev"),
            ("volodymyr zelenskiy", "volodymyr zelensky"),
            ("zelenskyy", "zelensky"),
            ("dmitriy peskov", "dmitry peskov"),
        ] {
            assert_eq!(translit_key(a), translit_key(b), "{a} / {b}");
        }
        // short words keep their `iy`
        assert_eq!(translit_key("li iy"), "li iy");
    }

    #[test]
    fn team_sport_needs_several_words_of_one_sport() {
        assert_eq!(
            team_sport("England beat Pakistan by five wickets in the first test; the batsman hit 90 in his innings."),
            Some("cricket")
        );
        // one word, however often, is not enough: a tennis draw lists many a qualifier
        assert_eq!(
            team_sport("Sampras vs. qualifier. Larsson vs qualifier. Qualifier vs. Volkov."),
            None
        );
        // a surname is not team tennis; the Davis Cup named twice is
        assert_eq!(
            team_sport("Davis said on Monday. Davis added that Davis would run."),
            None
        );
        // a wire report's slug names its sport, however few sport words the story uses
        assert_eq!(
            team_sport("SOCCER - KLINSMANN TO RETIRE .\nBONN 1996-08-31\nGermany could win."),
            Some("football")
        );
        assert_eq!(
            team_sport("RUGBY LEAGUE - WIGAN BEAT BRADFORD .\nWigan won."),
            Some("rugby")
        );
        assert_eq!(team_sport("GOLF - NORMAN LEADS .\nNorman shot 66."), None);
        assert_eq!(
            team_sport("Tối 5/1 , đội_tuyển Việt_Nam thắng Thái_Lan . Tiền_đạo Xuân_Son ghi_bàn ."),
            Some("football")
        );
        assert_eq!(
            team_sport("Đội_tuyển khảo_sát của Bộ Y_tế đến Hà_Nội ."),
            None
        );
        assert_eq!(
            team_sport(
                "Australia lead 2-1 in the Davis Cup tie. The Davis Cup final is in Sweden."
            ),
            Some("fedcup")
        );
    }

    fn m(doc: usize, label: Label, surface: &str) -> LinkInput<'_> {
        LinkInput {
            doc,
            label,
            surface,
            fixed_id: None,
            gazetteer_id: None,
            alias_of: None,
            known: false,
            tentative: false,
            namespace: None,
        }
    }

    fn same(l: &Linking, a: usize, b: usize) -> bool {
        l.cluster_of[a] == l.cluster_of[b]
    }

    #[test]
    fn a_place_links_without_its_head_noun() {
        assert_eq!(name_core(&name_key("FPT Corp")), "fpt");
        assert_eq!(name_core(&name_key("Apple Inc.")), "apple");
        assert_eq!(name_core(&name_key("Tập_đoàn Vingroup")), "vingroup");
        assert_eq!(name_core(&name_key("Công_ty Cổ_phần FPT")), "fpt");
        // `hang` is also a given name (`Hằng`)
        assert_eq!(name_core(&name_key("Hằng Nguyễn")), "hang nguyen");
        assert_eq!(name_core(&name_key("Corp")), "corp");
        assert_eq!(
            name_core(&name_key("Ferdinand_Marcos_Jr.")),
            "ferdinand marcos"
        );
        assert_eq!(name_core(&name_key("Tập_đoàn")), "tap doan");
        assert_eq!(
            name_core(&name_key("Morgan Stanley and Co")),
            "morgan stanley and co"
        );
        assert_eq!(place_name("thành_phố Osh", Label::Loc), "Osh");
        assert_eq!(place_name("quán bar Buddha", Label::Loc), "Buddha");
        assert_eq!(place_name("TP Đà_Nẵng", Label::Loc), "Đà_Nẵng");
        // a numbered unit, a facility and other labels keep their words
        assert_eq!(place_name("quận 7", Label::Loc), "quận 7");
        assert_eq!(
            place_name("Bệnh_viện Bạch_Mai", Label::Loc),
            "Bệnh_viện Bạch_Mai"
        );
        assert_eq!(
            place_name("UBND tỉnh Lâm_Đồng", Label::Org),
            "UBND tỉnh Lâm_Đồng"
        );
        assert_eq!(place_name("New York", Label::Loc), "New York");
    }

    #[test]
    fn joins_variants() {
        let inputs = vec![
            m(0, Label::Per, "Akayev"),
            m(1, Label::Per, "Askar Akaev"),
            m(0, Label::Per, "Krmanbek_Bakiyev"),
            m(1, Label::Per, "Kurmanbek Bakiev"),
            m(1, Label::Per, "Bakiev"),
            m(2, Label::Per, "Bakiev's"),
            m(2, Label::Per, "Kurmanbek Bakiev"),
            m(0, Label::Loc, "Bishkev"),
            m(1, Label::Loc, "Bishkek"),
            m(2, Label::Loc, "Bishkek"),
            m(2, Label::Per, "Janysh"),
            m(1, Label::Loc, "Jalal-Abad"),
            m(2, Label::Loc, "Jalalabad"),
        ];
        let l = link(&inputs);
        assert!(same(&l, 0, 1));
        assert!(same(&l, 2, 3) && same(&l, 3, 4) && same(&l, 4, 5) && same(&l, 5, 6));
        assert!(same(&l, 7, 8) && same(&l, 8, 9));
        assert!(!same(&l, 10, 4));
        assert!(same(&l, 11, 12));
        assert_eq!(l.clusters[l.cluster_of[3]].id, "kurmanbek_bakiev");
        assert_eq!(l.clusters[l.cluster_of[0]].canonical, "Askar Akaev");
    }

    #[test]
    fn acronyms_and_gazetteer() {
        let mut inputs = vec![
            m(0, Label::Org, "Hiệp_ước An_ninh Tập_thể"),
            m(0, Label::Org, "CSTO"),
            m(1, Label::Org, "CSTO"),
            m(0, Label::Loc, "Nga"),
            m(1, Label::Loc, "Russia"),
            m(1, Label::Org, "Collective Security Treaty Organization"),
        ];
        inputs[1].alias_of = Some(0);
        inputs[3].gazetteer_id = Some("russia");
        inputs[4].gazetteer_id = Some("russia");
        let l = link(&inputs);
        assert!(same(&l, 0, 1) && same(&l, 1, 2) && same(&l, 2, 5));
        assert!(same(&l, 3, 4));
        assert_eq!(l.clusters[l.cluster_of[3]].id, "russia");
        // a dateline's place and its agency in brackets are two things
        let mut inputs = vec![
            m(0, Label::Loc, "Hà_Nội"),
            m(0, Label::Org, "TTXVN"),
            m(1, Label::Org, "TTXVN"),
        ];
        inputs[1].alias_of = Some(0);
        inputs[0].gazetteer_id = Some("hanoi");
        inputs[1].gazetteer_id = Some("vietnam_news_agency");
        inputs[2].gazetteer_id = Some("vietnam_news_agency");
        let l = link(&inputs);
        assert!(!same(&l, 0, 1) && same(&l, 1, 2));
    }

    #[test]
    fn an_acronym_joins_one_long_form() {
        let inputs = vec![
            m(0, Label::Org, "Security Council"),
            m(0, Label::Org, "SC"),
            m(1, Label::Org, "Supreme Court"),
            m(2, Label::Org, "Sydney City"),
            m(2, Label::Org, "Supreme Court"),
            m(3, Label::Org, "SC"),
        ];
        let l = link(&inputs);
        // `SC` is the Security Council (written beside it), and joins nothing else
        assert!(same(&l, 0, 1) && same(&l, 1, 5));
        assert!(!same(&l, 1, 2) && !same(&l, 1, 3) && !same(&l, 2, 3));
        assert!(same(&l, 2, 4));
    }

    #[test]
    fn a_first_name_is_no_spelling_of_another_surname() {
        // `Lindsay` is Lindsay Davenport's first name here, one edit from the surname of a
        // better attested Lawrence Lindsey: the two people stay apart
        let inputs = vec![
            m(0, Label::Per, "Lawrence Lindsey"),
            m(0, Label::Per, "Lindsey"),
            m(1, Label::Per, "Lawrence Lindsey"),
            m(1, Label::Per, "Lindsey"),
            m(2, Label::Per, "Lindsay Davenport"),
            m(2, Label::Per, "Lindsay"),
            // a lone misspelt surname still joins
            m(3, Label::Per, "Lindsy"),
        ];
        let l = link(&inputs);
        assert!(same(&l, 0, 3) && same(&l, 4, 5) && same(&l, 6, 1));
        assert!(!same(&l, 0, 4) && !same(&l, 1, 5));
    }

    #[test]
    fn a_chinese_surname_joins_the_full_name() {
        let inputs = vec![
            m(0, Label::Per, "Xi Jinping"),
            m(0, Label::Per, "Xi"),
            m(0, Label::Per, "Li Qiang"),
            m(0, Label::Per, "Li"),
            m(0, Label::Per, "Li Keqiang"),
            // another article: `Wang` before any full name, then two full names
            m(1, Label::Per, "Wang"),
            m(1, Label::Per, "Wang Yi"),
            m(1, Label::Per, "Wang Huning"),
        ];
        let l = link(&inputs);
        assert!(same(&l, 0, 1));
        // two full names carry `Li`: the one the article named first
        assert!(same(&l, 3, 2) && !same(&l, 3, 4));
        // named before either: neither
        assert!(!same(&l, 5, 6) && !same(&l, 5, 7));
    }

    #[test]
    fn keys_that_differ_by_word_breaks_join() {
        let inputs = vec![
            m(0, Label::Per, "Kim_Yo-jong"),
            m(1, Label::Per, "Kim Yo Jong"),
            m(0, Label::Loc, "Hai Phong"),
            m(1, Label::Loc, "Haiphong"),
            m(1, Label::Per, "Haiphong"),
        ];
        let l = link(&inputs);
        assert!(same(&l, 0, 1) && same(&l, 2, 3));
        // one class at a time
        assert!(!same(&l, 3, 4));
    }

    #[test]
    fn a_guessed_label_yields_to_a_confident_one() {
        let guess = |doc, label, surface| LinkInput {
            tentative: true,
            ..m(doc, label, surface)
        };
        let inputs = vec![
            m(0, Label::Org, "Intel"),
            guess(1, Label::Per, "Intel"),
            // a confident person of the same key keeps the guess a person
            m(0, Label::Org, "Marvell"),
            m(2, Label::Per, "Marvell"),
            guess(1, Label::Per, "Marvell"),
        ];
        let l = link(&inputs);
        assert!(same(&l, 0, 1));
        assert_eq!(l.clusters[l.cluster_of[1]].label, Label::Org);
        assert!(same(&l, 3, 4) && !same(&l, 2, 4));
    }

    #[test]
    fn a_chinese_name_in_pinyin_and_in_sino_vietnamese_reading() {
        let inputs = vec![
            m(0, Label::Per, "Xi Jinping"),
            m(1, Label::Per, "Tập_Cận_Bình"),
            m(0, Label::Per, "Wang Yi"),
            m(1, Label::Per, "Vương_Nghị"),
            m(1, Label::Per, "Lê_Duẩn"),
            m(0, Label::Loc, "Guangxi"),
            m(1, Label::Loc, "Quảng_Tây"),
            m(1, Label::Per, "Quảng_Tây"),
        ];
        let l = link(&inputs);
        assert!(same(&l, 0, 1) && same(&l, 2, 3) && same(&l, 5, 6));
        assert!(!same(&l, 2, 4) && !same(&l, 0, 2) && !same(&l, 5, 7));
    }

    #[test]
    fn keeps_different_people_apart() {
        let inputs = vec![
            m(0, Label::Per, "Kurmanbek Bakiev"),
            m(0, Label::Per, "Janysh Bakiev"),
            m(0, Label::Per, "Maxim"),
        ];
        let l = link(&inputs);
        assert!(!same(&l, 0, 1) && !same(&l, 1, 2));
    }
}
