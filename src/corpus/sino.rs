//! Chinese names in their two spellings: pinyin in English news (`Xi Jinping`, `Guangxi`) and
//! the Sino-Vietnamese reading in Vietnamese news (`Tập_Cận_Bình`, `Quảng_Tây`). Two names are
//! read alike when, syllable by syllable, the Vietnamese syllable is the reading of a character
//! the pinyin syllable spells ([`dictionaries::hanviet_readings`]).

use rustc_hash::{FxHashMap, FxHashSet};

use super::link::{name_key, LinkInput};
use crate::analysis::{dictionaries, Label};
use crate::text::has_vietnamese_diacritics;

/// At most this many syllables in a name (`Ou Yang Zhen Hua` is rare, and long names are
/// costly to cut).
const MAX_SYLLABLES: usize = 4;

/// The ways to cut a name key in pinyin (`xi jinping`) into pinyin syllables, each at most
/// [`MAX_SYLLABLES`] long (`xi jin ping`); none when a word is no pinyin.
pub fn pinyin_syllables(key: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = vec![Vec::new()];
    for word in key.split(' ') {
        let cuts = cut_word(word);
        let mut next = Vec::new();
        for prefix in &out {
            for cut in &cuts {
                if prefix.len() + cut.len() <= MAX_SYLLABLES {
                    next.push(prefix.iter().chain(cut).copied().collect());
                }
            }
        }
        out = next;
        if out.is_empty() {
            break;
        }
    }
    out
}

/// The ways to cut one word into pinyin syllables.
fn cut_word(word: &str) -> Vec<Vec<&str>> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    // ways[i]: the cuts of word[i..]
    let n = word.len();
    let mut ways: Vec<Vec<Vec<&str>>> = vec![Vec::new(); n + 1];
    ways[n].push(Vec::new());
    for i in (0..n).rev() {
        // pinyin syllables are one to six letters (`zhuang`)
        for j in i + 1..=(i + 6).min(n) {
            let syllable = &word[i..j];
            if dictionaries::hanviet_readings(syllable).is_none() {
                continue;
            }
            let tails: Vec<Vec<&str>> = ways[j]
                .iter()
                .filter(|t| t.len() < MAX_SYLLABLES)
                .map(|t| std::iter::once(syllable).chain(t.iter().copied()).collect())
                .collect();
            ways[i].extend(tails);
        }
    }
    std::mem::take(&mut ways[0])
}

/// A Vietnamese syllable as the readings are written: folded, a final `y` after a consonant
/// written `i` (`ly` → `li`).
pub fn reading_form(syllable: &str) -> std::borrow::Cow<'_, str> {
    let b = syllable.as_bytes();
    if b.len() >= 2 && b[b.len() - 1] == b'y' && !b"aeiou".contains(&b[b.len() - 2]) {
        return format!("{}i", &syllable[..syllable.len() - 1]).into();
    }
    syllable.into()
}

/// Whether the Vietnamese syllables `vi` (folded, in [`reading_form`]) read the pinyin
/// syllables `pinyin`, one by one.
pub fn reads_as(pinyin: &[&str], vi: &[&str]) -> bool {
    pinyin.len() == vi.len()
        && pinyin.iter().zip(vi).all(|(p, v)| {
            dictionaries::hanviet_readings(p).is_some_and(|readings| readings.contains(v))
        })
}

/// A Vietnamese spelling that may read a Chinese name: its first mention and syllables.
struct Reading {
    mention: usize,
    syllables: Vec<String>,
}

/// Pairs of mentions, one spelt in pinyin and one in Sino-Vietnamese reading, that name one
/// person or place: the same kind and reading context, neither fixed by a human nor a known
/// place, and each spelling reads only the other (`Xi Jinping`, `Tập_Cận_Bình`). One pair per
/// pair of distinct spellings.
pub fn reading_pairs(inputs: &[LinkInput<'_>]) -> Vec<(usize, usize)> {
    let candidate = |m: &LinkInput<'_>| {
        matches!(m.label, Label::Per | Label::Loc)
            && m.fixed_id.is_none()
            && m.gazetteer_id.is_none()
    };
    // the Vietnamese spellings, by (kind, context, syllable count, first syllable)
    let mut readings: Vec<Reading> = Vec::new();
    let mut by_start: FxHashMap<(Label, Option<&str>, usize, String), Vec<usize>> =
        FxHashMap::default();
    let mut seen: FxHashSet<(Label, String)> = FxHashSet::default();
    let mut surfaces: FxHashSet<(Label, &str)> = FxHashSet::default();
    for (i, m) in inputs.iter().enumerate() {
        if !candidate(m)
            || !has_vietnamese_diacritics(m.surface)
            || !surfaces.insert((m.label, m.surface))
        {
            continue;
        }
        let key = name_key(m.surface);
        let syllables: Vec<String> = key
            .split(' ')
            .map(|s| reading_form(s).into_owned())
            .collect();
        if !(2..=MAX_SYLLABLES).contains(&syllables.len()) || !seen.insert((m.label, key)) {
            continue;
        }
        by_start
            .entry((m.label, m.namespace, syllables.len(), syllables[0].clone()))
            .or_default()
            .push(readings.len());
        readings.push(Reading {
            mention: i,
            syllables,
        });
    }
    if readings.is_empty() {
        return Vec::new();
    }
    // each pinyin spelling with the one Vietnamese spelling it reads as
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut seen: FxHashSet<(Label, String)> = FxHashSet::default();
    surfaces.clear();
    for (i, m) in inputs.iter().enumerate() {
        if !candidate(m) || !m.surface.is_ascii() || !surfaces.insert((m.label, m.surface)) {
            continue;
        }
        let key = name_key(m.surface);
        if key.split(' ').count() > 2 || !seen.insert((m.label, key.clone())) {
            continue;
        }
        let mut read: FxHashSet<usize> = FxHashSet::default();
        for pinyin in pinyin_syllables(&key).iter().filter(|p| p.len() >= 2) {
            for &first in dictionaries::hanviet_readings(pinyin[0]).unwrap_or(&[]) {
                let start = (m.label, m.namespace, pinyin.len(), first.to_string());
                for &r in by_start.get(&start).map_or(&[][..], Vec::as_slice) {
                    let vi: Vec<&str> = readings[r].syllables.iter().map(String::as_str).collect();
                    if reads_as(pinyin, &vi) {
                        read.insert(r);
                    }
                }
            }
        }
        if read.len() == 1 {
            pairs.push((i, read.into_iter().next().expect("one")));
        }
    }
    // a Vietnamese spelling read by two pinyin spellings joins neither
    let mut readers: FxHashMap<usize, usize> = FxHashMap::default();
    for &(_, r) in &pairs {
        *readers.entry(r).or_default() += 1;
    }
    pairs
        .into_iter()
        .filter(|(_, r)| readers[r] == 1)
        .map(|(i, r)| (i, readings[r].mention))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads(pinyin_key: &str, vi_key: &str) -> bool {
        let vi: Vec<String> = vi_key
            .split(' ')
            .map(|s| reading_form(s).into_owned())
            .collect();
        let vi: Vec<&str> = vi.iter().map(String::as_str).collect();
        pinyin_syllables(pinyin_key)
            .iter()
            .any(|p| reads_as(p, &vi))
    }

    #[test]
    fn chinese_names_in_both_spellings() {
        for (pinyin, vi) in [
            ("xi jinping", "tap can binh"),
            ("li qiang", "ly cuong"),
            ("wang yi", "vuong nghi"),
            ("hu jintao", "ho cam dao"),
            ("mao zedong", "mao trach dong"),
            ("deng xiaoping", "dang tieu binh"),
            ("guangxi", "quang tay"),
            ("kunming", "con minh"),
        ] {
            assert!(reads(pinyin, vi), "{pinyin} / {vi}");
        }
        for (pinyin, vi) in [
            ("xi jinping", "tap can"),
            ("li qiang", "le duan"),
            ("joe biden", "joe biden"),
            ("nguyen phu trong", "nguyen phu trong"),
        ] {
            assert!(!reads(pinyin, vi), "{pinyin} / {vi}");
        }
    }

    #[test]
    fn words_cut_into_pinyin_syllables() {
        assert!(pinyin_syllables("xi jinping").contains(&vec!["xi", "jin", "ping"]));
        // `xian` is one syllable or two
        let cuts = pinyin_syllables("xian");
        assert!(cuts.contains(&vec!["xian"]) && cuts.contains(&vec!["xi", "an"]));
        assert!(pinyin_syllables("biden").is_empty());
        assert!(pinyin_syllables("Xi").is_empty());
    }
}
