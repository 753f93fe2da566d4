//! Compiled dictionaries shipped in `data/` (see each folder's SOURCE.md): places in English
//! and Vietnamese, nationality adjectives, cue words, known names learned from the training
//! corpus, and Vietnamese multi-syllable words. Loaded once, lazily; keys are folded.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use crate::analysis::Label;
use crate::text::{fold, has_vietnamese_diacritics, vietnamese_key};

const PLACES: &str = include_str!("../../data/gazetteer/places.tsv");
const DEMONYMS: &str = include_str!("../../data/gazetteer/demonyms.tsv");
const CUES: &str = include_str!("../../data/gazetteer/cues.tsv");
const NAMES: &str = include_str!("../../data/model/names.tsv");
const PERSON_NAMES: &str = include_str!("../../data/gazetteer/person_names.tsv");
const VI_WORDS: &str = include_str!("../../data/lexicon/vi_words.tsv");
const EN_COMMON: &str = include_str!("../../data/lexicon/en_common.tsv");
const HANVIET: &str = include_str!("../../data/gazetteer/hanviet.tsv");

/// Folded name → (id, label, weight) of known places.
pub struct Places {
    by_key: HashMap<String, (&'static str, Label, f32)>,
    /// Entries written with Vietnamese diacritics, by [`vietnamese_key`]: a name written with
    /// them is looked up here, so that diacritics keep apart what folding would join
    /// (`Nhà_Trắng`, the White House, is not `Nha_Trang`, the city).
    by_vi_key: HashMap<String, (&'static str, Label, f32)>,
    /// Keys of the first word of every entry: phrases starting elsewhere need no look-up.
    first_words: HashSet<String>,
    /// Every key cut before one of its spaces: a phrase key not in here is continued by no
    /// entry, so longer phrases need no look-up.
    proper_prefixes: HashSet<String>,
    /// Longest entry in words, to bound phrase look-ups.
    pub max_words: usize,
}

impl Places {
    /// The gazetteer id of a name (`Nga` → `russia`), if it names a known place.
    pub fn lookup_id(&self, surface: &str) -> Option<&'static str> {
        self.lookup(surface).map(|x| x.0)
    }

    /// The entry a name is written as: by its folded key, or, when it is written with
    /// Vietnamese diacritics, by those diacritics too.
    pub fn lookup(&self, surface: &str) -> Option<(&'static str, Label, f32)> {
        if has_vietnamese_diacritics(surface) {
            return self.by_vi_key.get(&vietnamese_key(surface)).copied();
        }
        if !surface.is_ascii() {
            // a Vietnamese name whose accents Latin scripts share (`Séc`)
            if let Some(&e) = self.by_vi_key.get(&vietnamese_key(surface)) {
                return Some(e);
            }
        }
        self.lookup_key(&key(surface))
    }

    /// The entry of a phrase already turned into its folded [`key`] (diacritics gone, so
    /// not the Vietnamese look-up of [`Places::lookup`]).
    pub fn lookup_key(&self, phrase_key: &str) -> Option<(&'static str, Label, f32)> {
        self.by_key.get(phrase_key).copied()
    }

    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    /// Whether some entry starts with the word whose key is `word_key`.
    pub fn starts_with_word(&self, word_key: &str) -> bool {
        self.first_words.contains(word_key)
    }

    /// Whether some entry's key is `phrase_key`, a space, and more.
    pub fn continues(&self, phrase_key: &str) -> bool {
        self.proper_prefixes.contains(phrase_key)
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }
}

/// The dictionary key of a phrase: folded, punctuation-free, single spaces.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        // folding ASCII lower-cases it and turns `_` into a space: done while splitting
        push_ascii_key_words(&mut out, s, true);
        return out;
    }
    push_key_words(&mut out, &fold(s));
    out
}

/// Continue the key in `out` with the words of `folded` (already folded): the key of a
/// phrase is its words' folded forms pushed one after the other, so phrase keys grow word by
/// word without building the phrase.
pub fn push_key_words(out: &mut String, folded: &str) {
    if folded.is_ascii() {
        return push_ascii_key_words(out, folded, false);
    }
    for w in folded
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w.trim_matches(|c: char| !c.is_alphanumeric()));
    }
}

/// [`push_key_words`] of ASCII text, byte by byte; `fold` also lower-cases it and reads `_`
/// as a space, as folding would.
fn push_ascii_key_words(out: &mut String, s: &str, fold: bool) {
    // the ASCII characters `char::is_whitespace` accepts
    let space =
        |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') || (fold && b == b'_');
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if space(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !space(bytes[i]) {
            i += 1;
        }
        let word = &bytes[start..i];
        if !out.is_empty() {
            out.push(' ');
        }
        let Some(a) = word.iter().position(u8::is_ascii_alphanumeric) else {
            continue;
        };
        let b = word
            .iter()
            .rposition(u8::is_ascii_alphanumeric)
            .unwrap_or(a);
        // ASCII bytes: `start + a ..= start + b` falls on character boundaries of `s`
        let from = out.len();
        out.push_str(&s[start + a..=start + b]);
        if fold {
            out[from..].make_ascii_lowercase();
        }
    }
}

static PLACES_MAP: LazyLock<Places> = LazyLock::new(|| {
    let mut by_key: HashMap<String, (&'static str, Label, f32)> = HashMap::default();
    let mut by_vi_key: HashMap<String, (&'static str, Label, f32)> = HashMap::default();
    let mut with_vi_diacritics = Vec::new();
    let mut max_words = 1;
    for line in PLACES.lines() {
        let cols: Vec<&'static str> = line.split('\t').collect();
        if cols.len() < 4 {
            continue;
        }
        let label = Label::parse(cols[1]).unwrap_or(Label::Loc);
        let weight: f32 = cols.get(4).and_then(|w| w.parse().ok()).unwrap_or(1.0);
        let k = key(cols[3]);
        if k.is_empty() {
            continue;
        }
        max_words = max_words.max(k.split(' ').count());
        if has_vietnamese_diacritics(cols[3]) || cols[2] == "vi" && !cols[3].is_ascii() {
            // folded, it takes a key no other place has (below): `Nhà_Trắng` leaves
            // `nha trang` to the city; `Séc` (Czechia) leaves `SEC` alone
            with_vi_diacritics.push((k, (cols[0], label, weight)));
            let e = by_vi_key
                .entry(vietnamese_key(cols[3]))
                .or_insert((cols[0], label, weight));
            if weight > e.2 {
                *e = (cols[0], label, weight);
            }
            continue;
        }
        let e = by_key.entry(k).or_insert((cols[0], label, weight));
        if weight > e.2 {
            *e = (cols[0], label, weight);
        }
    }
    for (k, entry) in with_vi_diacritics {
        // a short word folds into another language's words (`Mỹ` → `my`, `Séc` → `sec`):
        // only its written form names the place
        if !k.contains(' ') && k.chars().count() <= 3 {
            continue;
        }
        let e = by_key.entry(k).or_insert(entry);
        if e.0 == entry.0 && entry.2 > e.2 {
            *e = entry;
        }
    }
    let first_words = by_key
        .keys()
        .filter_map(|k| k.split(' ').next())
        .map(str::to_string)
        .collect();
    let proper_prefixes = by_key
        .keys()
        .flat_map(|k| k.match_indices(' ').map(|(i, _)| k[..i].to_string()))
        .collect();
    Places {
        by_key,
        by_vi_key,
        first_words,
        proper_prefixes,
        max_words,
    }
});

pub fn places() -> &'static Places {
    &PLACES_MAP
}

static DEMONYM_MAP: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    DEMONYMS
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, id)| (key(a), id.trim()))
        .collect()
});

/// Nationality adjectives (`Kyrgyz` → `kyrgyzstan`).
pub fn demonym(surface: &str) -> Option<&'static str> {
    demonym_of_key(&key(surface))
}

/// [`demonym`] of a word already turned into its [`key`].
pub fn demonym_of_key(word_key: &str) -> Option<&'static str> {
    DEMONYM_MAP.get(word_key).copied()
}

static NATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| DEMONYM_MAP.values().copied().collect());

/// Is this gazetteer id a nation (a place with a nationality adjective: `england`, `france`),
/// rather than a city or region?
pub fn is_nation(id: &str) -> bool {
    NATIONS.contains(id)
}

/// Kinds of cue words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    PerTitle,
    PerPronoun,
    OrgHead,
    LocHead,
    LocPrep,
    /// Vietnamese: the head noun of a place, kept in its span (`phường`, `sân_bay`, `quán`).
    PlaceHead,
    /// Vietnamese: a body that is a place when someone is at it (`Bệnh_viện`, `Trung_tâm`).
    Facility,
    /// Vietnamese: a lower-case word that continues a body's name (`dịch_tễ`, `trung_ương`).
    OrgBody,
    /// Vietnamese: a capitalised word of news that is no name (`Covid`, `PCR`, `F1`).
    NotName,
}

/// Cue words per language (`en`, `vi`), keyed by folded word.
type CueMap = HashMap<String, Vec<Cue>>;

static CUE_MAPS: LazyLock<(CueMap, CueMap)> = LazyLock::new(|| {
    let (mut en, mut vi) = (CueMap::default(), CueMap::default());
    for line in CUES.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            continue;
        }
        let cue = match cols[1] {
            "per_title" => Cue::PerTitle,
            "per_pronoun" => Cue::PerPronoun,
            "org_head" => Cue::OrgHead,
            "loc_head" => Cue::LocHead,
            "loc_prep" => Cue::LocPrep,
            _ => continue,
        };
        let m = if cols[0] == "vi" { &mut vi } else { &mut en };
        m.entry(key(cols[2])).or_default().push(cue);
    }
    (en, vi)
});

/// Whether a Vietnamese word (any case) is of the word class `kind` ([`Cue::PlaceHead`],
/// [`Cue::Facility`], [`Cue::OrgBody`], [`Cue::NotName`]).
pub fn is_vi_class(word: &str, kind: Cue) -> bool {
    vi_cues(word) & kind.bit() != 0
}

impl Cue {
    /// The cue's bit in a set of cues ([`vi_cues`]).
    pub const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// The Vietnamese cues and word classes of each word, keyed by its lower-case form as written
/// (both tone placements are rows of the table) and, for the cue kinds matched without
/// diacritics, by its folded form too: (the bits of the rows as written, the bits of the
/// folded keys).
static VI_CUE_SETS: LazyLock<HashMap<String, (u16, u16)>> = LazyLock::new(|| {
    let mut m: HashMap<String, (u16, u16)> = HashMap::default();
    for line in CUES.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 || cols[0] != "vi" {
            continue;
        }
        let (cue, folded) = match cols[1] {
            "per_title" => (Cue::PerTitle, true),
            "per_pronoun" => (Cue::PerPronoun, true),
            "org_head" => (Cue::OrgHead, true),
            "loc_head" => (Cue::LocHead, true),
            "loc_prep" => (Cue::LocPrep, true),
            "place_head" => (Cue::PlaceHead, false),
            "facility" => (Cue::Facility, false),
            "org_body" => (Cue::OrgBody, false),
            "not_name" => (Cue::NotName, false),
            _ => continue,
        };
        m.entry(cols[2].to_lowercase()).or_default().0 |= cue.bit();
        if folded {
            m.entry(fold(cols[2])).or_default().1 |= cue.bit();
        }
    }
    m
});

thread_local! {
    static LOWER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Every Vietnamese cue and word class of `word`, as a set of [`Cue::bit`]s: one look-up per
/// word where a recogniser asks many questions of it. A word written without diacritics
/// also has the cues it would have with them (`Bo` → `Bộ`).
pub fn vi_cues(word: &str) -> u16 {
    let (as_written, folded) = vi_cue_sets(word);
    as_written | folded
}

/// [`vi_cues`] of the rows written exactly as `word` (any case): `Phong` is no `Phòng`.
pub fn vi_cues_as_written(word: &str) -> u16 {
    vi_cue_sets(word).0
}

fn vi_cue_sets(word: &str) -> (u16, u16) {
    if !word.chars().next().is_some_and(char::is_alphanumeric) {
        return (0, 0);
    }
    LOWER.with(|buf| {
        let mut buf = buf.borrow_mut();
        buf.clear();
        if word.is_ascii() {
            buf.push_str(word);
            buf.make_ascii_lowercase();
        } else if word.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)) {
            // decomposed input (a letter, then its marks) is composed first
            use unicode_normalization::UnicodeNormalization;
            buf.extend(word.nfc().flat_map(char::to_lowercase));
        } else {
            buf.extend(word.chars().flat_map(char::to_lowercase));
        }
        VI_CUE_SETS.get(buf.as_str()).copied().unwrap_or_default()
    })
}

/// Whether `word` is a cue of `kind` in language `lang` (`en`, `vi`).
pub fn is_cue(lang: &str, word: &str, kind: Cue) -> bool {
    if !word.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    is_cue_key(lang, &key(word), kind)
}

/// [`is_cue`] of a word already turned into its [`key`], known to start with a letter.
pub fn is_cue_key(lang: &str, word_key: &str, kind: Cue) -> bool {
    let m = if lang == "vi" {
        &CUE_MAPS.1
    } else {
        &CUE_MAPS.0
    };
    m.get(word_key).is_some_and(|v| v.contains(&kind))
}

static HANVIET_MAP: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    HANVIET
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(pinyin, readings)| (pinyin, readings.split(' ').collect()))
        .collect()
});

/// The Sino-Vietnamese readings (folded, a final `y` after a consonant written `i`) of the
/// characters read as the toneless pinyin syllable `pinyin` (`xi` → `tap`, `tay`, `hi` …);
/// `None` when it is no pinyin syllable.
pub fn hanviet_readings(pinyin: &str) -> Option<&'static [&'static str]> {
    HANVIET_MAP.get(pinyin).map(Vec::as_slice)
}

static KNOWN_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    NAMES
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
});

/// Names seen (twice or more) in the training corpus, exactly as written.
pub fn known_names() -> &'static HashSet<String> {
    &KNOWN_NAMES
}

/// Given names and surnames (US Census 1990): folded name → (given-name bucket, surname
/// bucket), 0 when not on that list, else 1 common … 3 rare.
static PERSON_NAME_MAP: LazyLock<HashMap<String, (u8, u8)>> = LazyLock::new(|| {
    let mut m: HashMap<String, (u8, u8)> = HashMap::default();
    for line in PERSON_NAMES.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(name), Some(kind), Some(b)) = (
            cols.first(),
            cols.get(1),
            cols.get(2).and_then(|b| b.parse::<u8>().ok()),
        ) else {
            continue;
        };
        let e = m.entry(key(name)).or_default();
        match *kind {
            "first" => e.0 = b,
            "last" => e.1 = b,
            _ => {}
        }
    }
    m
});

/// Whether a word is a census given name (any frequency bucket), read in lower case.
pub fn is_given_name(word: &str) -> bool {
    (1..=3).contains(&person_name_of_key(&word.to_lowercase()).0)
}

/// The (given-name, surname) frequency buckets of a word already turned into its [`key`]:
/// 0 when the census lists do not have it, else 1 (common) to 3 (rare).
pub fn person_name_of_key(word_key: &str) -> (u8, u8) {
    PERSON_NAME_MAP.get(word_key).copied().unwrap_or_default()
}

static EN_COMMON_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    EN_COMMON
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|w| !w.is_empty())
        .collect()
});

/// Whether a lower-case word is a common English word (written in lower case in the training
/// corpus, far more often than in a name: `won`, `deadly`); a plural or third-person `-s` is
/// read off (`resigns`).
pub fn is_en_common(lower: &str) -> bool {
    let words = &*EN_COMMON_WORDS;
    words.contains(lower) || lower.strip_suffix('s').is_some_and(|w| words.contains(w))
}

static VI_LEXICON: LazyLock<HashSet<String>> = LazyLock::new(|| {
    VI_WORDS
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|w| w.contains(['_', ' ']))
        .map(fold)
        .collect()
});

static VI_COMMON: LazyLock<HashSet<String>> = LazyLock::new(|| {
    VI_WORDS
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(|w| w.to_lowercase())
        .collect()
});

/// Whether a word (any case; `_` joins syllables) is a common Vietnamese word, written in
/// lower case in the lexicon (so not a name).
pub fn is_vi_common(word: &str) -> bool {
    VI_COMMON.contains(&word.to_lowercase())
}

static VI_SYLLABLES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    VI_WORDS
        .lines()
        .filter_map(|l| l.split('\t').next())
        .flat_map(|w| w.split(['_', ' ']))
        .filter(|s| !s.is_empty())
        .map(vietnamese_key)
        .collect()
});

/// Common Vietnamese surnames, folded (`nguyen`, `tran`).
const VI_SURNAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "trinh", "truong", "mai", "doan", "lam", "cao", "luong",
    "ha", "ta", "to", "chu", "thai", "quach", "luu", "kieu", "van", "tong", "phung", "lai",
    "khong", "mac", "la", "than", "kim", "ninh", "khuc", "hua", "dam", "tu", "cu", "nghiem",
    "khuong", "quan", "han", "tang", "lo", "thach", "doan", "vuong", "khuu", "hau", "kha", "bach",
    "trieu", "diep", "giang", "luc", "ton", "ong", "ung", "vi", "lam", "nong",
];

/// Whether a folded syllable is a common Vietnamese surname (`nguyen`, `le`).
pub fn is_vi_surname(folded: &str) -> bool {
    VI_SURNAMES.contains(&folded)
}

static VI_SYLLABLES_UNACCENTED: LazyLock<HashSet<String>> =
    LazyLock::new(|| VI_SYLLABLE_LIST.iter().map(|s| fold(s)).collect());

/// Whether a word is a Vietnamese syllable written without its diacritics, as English news
/// writes Vietnamese names (`Hiep` for `Hiệp`), in any case.
pub fn is_unaccented_vi_syllable(word: &str) -> bool {
    VI_SYLLABLES_UNACCENTED.contains(&fold(word))
}

static VI_SYLLABLE_LIST: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = VI_WORDS
        .lines()
        .filter_map(|l| l.split('\t').next())
        .flat_map(|w| w.split(['_', ' ']))
        .filter(|s| !s.is_empty() && s.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// The syllables of the Vietnamese lexicon's words, in lower case, sorted.
pub fn vi_syllables() -> &'static [String] {
    &VI_SYLLABLE_LIST
}

/// Whether `syllable` (any case, either tone placement) is a syllable of a Vietnamese word
/// of the lexicon (`minh`, `hán`), so a spelling written with it is no typing error.
pub fn is_vi_syllable(syllable: &str) -> bool {
    VI_SYLLABLES.contains(&vietnamese_key(syllable))
}

/// Vietnamese multi-syllable words, folded (`phó tổng thống` → `pho tong thong`).
pub fn vi_words() -> &'static HashSet<String> {
    &VI_LEXICON
}

static KNOWN_LABELS: LazyLock<HashMap<String, (Label, usize)>> = LazyLock::new(|| {
    let mut m: HashMap<String, (Label, usize)> = HashMap::default();
    for line in NAMES.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(name), Some(label), Some(n)) = (
            cols.first(),
            cols.get(1).and_then(|l| Label::parse(l)),
            cols.get(2).and_then(|n| n.parse::<usize>().ok()),
        ) else {
            continue;
        };
        let e = m.entry(key(name).replace('-', "")).or_insert((label, n));
        if n > e.1 {
            *e = (label, n);
        }
    }
    m
});

/// The usual label of a name seen in the training corpus (folded match, hyphens ignored).
pub fn known_label(surface: &str) -> Option<Label> {
    KNOWN_LABELS
        .get(&key(surface).replace('-', ""))
        .map(|x| x.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_keys_are_the_folded_keys() {
        // the general path: split on white space, trim what is not a letter or digit
        let push_general = |out: &mut String, folded: &str| {
            for w in folded.split(char::is_whitespace).filter(|w| !w.is_empty()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w.trim_matches(|c: char| !c.is_alphanumeric()));
            }
        };
        let slow = |s: &str| {
            let mut out = String::new();
            push_general(&mut out, &fold(s));
            out
        };
        let odd = [
            "",
            " ",
            "U.S.",
            "  New   York ",
            "St. John's",
            "Jalal-Abad",
            "- -",
            "a_b",
            "_x_",
            "(CSTO)",
            "\u{b}Tab\tand\x0cfeed\r\n",
            "O'Neil  ,",
            "X 3",
            "x__y",
            "'s",
        ];
        for s in odd {
            assert_eq!(key(s), slow(s), "{s:?}");
            let (mut fast, mut general) = (String::from("k"), String::from("k"));
            push_key_words(&mut fast, &fold(s));
            push_general(&mut general, &fold(s));
            assert_eq!(fast, general, "{s:?}");
        }
    }

    #[test]
    fn a_country_s_news_names_share_its_id() {
        let id = |s: &str| places().lookup(s).map(|p| p.0);
        for name in [
            "Democratic Republic of Congo",
            "Democratic Republic of the Congo",
            "DRC",
            "Cộng_hòa Dân_chủ Congo",
        ] {
            assert_eq!(id(name), Some("democratic_republic_of_the_congo"), "{name}");
        }
        assert_eq!(id("Republic of Congo"), Some("republic_of_the_congo"));
        // a short Vietnamese name names its place only as written (`Séc`, not `SEC`)
        assert_eq!(id("Séc"), Some("czech_republic"));
        assert_eq!(id("SEC"), None);
    }

    #[test]
    fn vietnamese_cues_read_any_case_and_decomposed_input() {
        assert!(vi_cues("phường") & Cue::PlaceHead.bit() != 0);
        assert!(vi_cues("Phường") & Cue::PlaceHead.bit() != 0);
        // `phường` written decomposed (letters, then their marks)
        assert!(vi_cues("phu\u{31b}o\u{31b}\u{300}ng") & Cue::PlaceHead.bit() != 0);
        // a village is not a board
        assert_eq!(vi_cues("Ban") & Cue::PlaceHead.bit(), 0);
        assert!(vi_cues("Ban") & Cue::OrgHead.bit() != 0);
        // marks with nothing to compose with are no cue, and no trouble
        assert_eq!(vi_cues("x\u{301}\u{301}"), 0);
        assert_eq!(vi_cues("\u{301}"), 0);
    }
}
