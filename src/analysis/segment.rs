//! Word segmentation of raw Vietnamese (syllables separated by spaces: `Tổng thống Kurmanbek
//! Bakiev`), so that the rest of the engine reads it as it reads word-segmented text
//! (`Tổng_thống Kurmanbek_Bakiev`).
//!
//! The segmented copy differs from the text only where a space inside a word becomes `_`:
//! one byte for one byte, so every offset (bytes and code points) is the same in both, and
//! what the engine finds in the copy is reported on the text as written.
//!
//! - Common words: forward longest match against the Vietnamese lexicon, on syllables whose
//!   last one is in lower case (`Tổng thống`, `Hiệp ước An ninh Tập thể`, `Tổng Bí thư`).
//! - Names: a run of capitalised syllables is one word (`Kurmanbek Bakiev`,
//!   `Nguyễn Minh Triết`), except that a known place at its start is a word of its own
//!   (`Mỹ | Barack Obama`, `Nhật Bản | Katsuya Okada`, `Hồ Chí Minh | Lê Hoàng Quân`; a
//!   place of one syllable only when it is a country or a province: `Antony Blinken`), and a
//!   title or common word opening it stays apart (`Ông | Nguyễn Văn An`).

use unicode_normalization::{is_nfc, UnicodeNormalization};

use super::dictionaries::{self, Cue};

/// Longest lexicon word tried, in syllables.
const MAX_WORD: usize = 4;

/// One syllable: a run of letters (hyphen-joined parts included) between spaces, without the
/// punctuation written against it.
#[derive(Debug, Clone, Copy)]
struct Syllable {
    start: usize,
    end: usize,
    /// Separated from the previous syllable by exactly one space and nothing else (so the
    /// two may be joined).
    joins_previous: bool,
    capitalised: bool,
    /// Followed by punctuation: no word goes on past it.
    last_of_phrase: bool,
}

/// Whether `text` is Vietnamese written without word segmentation: fewer than one word in
/// fifty carries a `_` (word-segmented news has one in four or more).
pub fn is_raw(text: &str) -> bool {
    let (mut words, mut joined) = (0usize, 0usize);
    for w in text.split_whitespace().take(5_000) {
        if w.chars().any(char::is_alphabetic) {
            words += 1;
            joined += usize::from(w.contains('_'));
        }
    }
    words > 0 && joined * 50 < words
}

/// The word-segmented copy of a raw Vietnamese `text` (same length, `_` for each space
/// inside a word).
pub fn segment(text: &str) -> String {
    let syllables = syllables(text);
    let mut bytes = text.as_bytes().to_vec();
    let mut i = 0;
    while i < syllables.len() {
        let n = word_at(text, &syllables, i);
        for s in &syllables[i + 1..i + n] {
            // the single space before each joined syllable
            bytes[s.start - 1] = b'_';
        }
        i += n;
    }
    // only ASCII spaces were replaced by an ASCII `_`: still UTF-8
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

fn syllables(text: &str) -> Vec<Syllable> {
    let is_letter =
        |c: char| c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c);
    let mut out: Vec<Syllable> = Vec::new();
    // where the previous syllable ended, when only one space and nothing else followed it
    let mut open_end: Option<usize> = None;
    let mut pos = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let start = pos;
        pos += chunk.len();
        let body = chunk.trim_end_matches(char::is_whitespace);
        let previous_end = open_end.take();
        // the letters of the chunk, between leading and trailing punctuation (`"Hà`, `Nội,`)
        let (Some(a), Some((b, last))) = (
            body.find(is_letter),
            body.char_indices().rev().find(|&(_, c)| is_letter(c)),
        ) else {
            continue;
        };
        let core = &body[a..b + last.len_utf8()];
        let (prefix, suffix) = (&body[..a], &body[b + last.len_utf8()..]);
        let punct = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
        if !core.chars().all(|c| is_letter(c) || c == '-') || !punct(prefix) || !punct(suffix) {
            continue;
        }
        let core_start = start + a;
        out.push(Syllable {
            start: core_start,
            end: core_start + core.len(),
            joins_previous: prefix.is_empty() && previous_end.is_some_and(|e| e + 1 == core_start),
            capitalised: core.chars().next().is_some_and(char::is_uppercase),
            last_of_phrase: !suffix.is_empty(),
        });
        if suffix.is_empty() && &chunk[body.len()..] == " " {
            open_end = Some(core_start + core.len());
        }
    }
    out
}

/// The lexicon key of syllables `i..i + n`: lower case, NFC, joined by `_`.
fn lexicon_key(text: &str, syl: &[Syllable], i: usize, n: usize) -> String {
    let mut key = String::new();
    for (k, s) in syl[i..i + n].iter().enumerate() {
        if k > 0 {
            key.push('_');
        }
        key.push_str(&text[s.start..s.end].to_lowercase());
    }
    if is_nfc(&key) {
        key
    } else {
        key.nfc().collect()
    }
}

fn phrase(text: &str, syl: &[Syllable], i: usize, n: usize) -> String {
    let mut out = String::new();
    for (k, s) in syl[i..i + n].iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(&text[s.start..s.end]);
    }
    out
}

/// How many syllables may be joined from `i` on (no gap, no punctuation between them).
fn joinable(syl: &[Syllable], i: usize) -> usize {
    let mut n = 1;
    while i + n < syl.len() && syl[i + n].joins_previous && !syl[i + n - 1].last_of_phrase {
        n += 1;
    }
    n
}

/// Is syllables `i..i + n` a common word (its last syllable in lower case)?
fn is_common_word(text: &str, syl: &[Syllable], i: usize, n: usize) -> bool {
    !syl[i + n - 1].capitalised && dictionaries::is_vi_common(&lexicon_key(text, syl, i, n))
}

/// The longest common word starting at `i`.
fn common_word_at(text: &str, syl: &[Syllable], i: usize) -> Option<usize> {
    let max = joinable(syl, i).min(MAX_WORD);
    (2..=max).rev().find(|&n| is_common_word(text, syl, i, n))
}

/// The common word starting at `i`, chosen with the word after it: the pair covering the most
/// syllables wins, and on a tie the shorter first word when a word of two syllables or more
/// follows it (`Hiện | tình_hình`, not
/// `Hiện_tình | hình`). `None` when no word of two syllables or more starts at `i`.
fn common_word_in_pair(text: &str, syl: &[Syllable], i: usize) -> Option<usize> {
    let reach = joinable(syl, i);
    let longest = common_word_at(text, syl, i)?;
    // syllables covered by the word of `n` syllables and the longest common word after it
    let covered = |n: usize| {
        // the end of the phrase counts as a word of one syllable
        let next = if n < reach {
            common_word_at(text, syl, i + n).unwrap_or(1)
        } else {
            1
        };
        (n + next, next)
    };
    let mut best = (covered(longest).0, longest);
    for n in (1..longest).rev() {
        if n == 1 || is_common_word(text, syl, i, n) {
            let (c, next) = covered(n);
            if c > best.0 || (c == best.0 && next >= 2) {
                best = (c, n);
            }
        }
    }
    (best.1 >= 2).then_some(best.1)
}

/// The longest known place starting at `i` within the next `max` syllables.
fn place_at(text: &str, syl: &[Syllable], i: usize, max: usize) -> Option<usize> {
    let places = dictionaries::places();
    (1..=max.min(MAX_WORD)).rev().find(|&n| {
        places
            .lookup(&phrase(text, syl, i, n))
            .is_some_and(|p| p.1 == super::Label::Loc)
    })
}

/// The gazetteer weight from which a place is a country or a province.
const MAJOR_PLACE: f32 = 7.0;

/// The gazetteer weight of the place of one syllable `i` (0 when it is none).
fn place_weight(text: &str, syl: &[Syllable], i: usize) -> f32 {
    dictionaries::places()
        .lookup(&text[syl[i].start..syl[i].end])
        .map_or(0.0, |p| p.2)
}

/// The number of syllables of the word starting at syllable `i`.
fn word_at(text: &str, syl: &[Syllable], i: usize) -> usize {
    if let Some(n) = common_word_in_pair(text, syl, i) {
        return n;
    }
    if !syl[i].capitalised {
        return 1;
    }
    // the run of capitalised syllables, up to a common word starting inside it
    let reach = joinable(syl, i);
    let mut run = 1;
    while run < reach && syl[i + run].capitalised && common_word_at(text, syl, i + run).is_none() {
        run += 1;
    }
    if run == 1 {
        return 1;
    }
    let first = &text[syl[i].start..syl[i].end];
    // a title, pronoun or common word opening the run stays apart (`Ông`, `Theo`); matched
    // as the word is written (`Trương` is a surname, not `Trường`; `Phong` no `Phòng`)
    let cue_bits = [
        Cue::PerTitle,
        Cue::PerPronoun,
        Cue::LocPrep,
        Cue::LocHead,
        Cue::OrgHead,
    ]
    .iter()
    .fold(0, |bits, c| bits | c.bit());
    let cue = dictionaries::vi_cues_as_written(first) & cue_bits != 0;
    // a place of one syllable splits a longer run only when it is a country or a province
    // (`Mỹ | Barack Obama`): a town's name is often a person's (`Antony Blinken`, `Ito Naoki`)
    if let Some(n) = place_at(text, syl, i, run)
        .filter(|&n| n >= 2 || n == run || place_weight(text, syl, i) >= MAJOR_PLACE)
    {
        return n;
    }
    let opens_sentence = i == 0 || !syl[i].joins_previous || syl[i - 1].last_of_phrase;
    if cue || (opens_sentence && dictionaries::is_vi_common(&first.to_lowercase())) {
        return 1;
    }
    // a known place further in the run starts a word of its own
    (1..run)
        .find(|&k| place_at(text, syl, i + k, run - k).is_some_and(|n| n >= 2))
        .unwrap_or(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_vietnamese_is_segmented_in_place() {
        let cases = [
            (
                "Tổng thống Kurmanbek Bakiev rời Bishkek .",
                "Tổng_thống Kurmanbek_Bakiev rời Bishkek .",
            ),
            (
                "Hiệp ước An ninh Tập thể ( CSTO ) họp tại Hà Nội .",
                "Hiệp_ước An_ninh Tập_thể ( CSTO ) họp tại Hà_Nội .",
            ),
            (
                "Tổng thống Mỹ Barack Obama gặp Bộ trưởng Ngoại giao Nhật Bản Katsuya Okada.",
                "Tổng_thống Mỹ Barack_Obama gặp Bộ_trưởng Ngoại_giao Nhật_Bản Katsuya_Okada.",
            ),
            (
                "Ông Nguyễn Văn An, Giám đốc Sở Y tế Hà Nội, nói hôm qua.",
                "Ông Nguyễn_Văn_An, Giám_đốc Sở Y_tế Hà_Nội, nói hôm_qua.",
            ),
            // a town's name opening a person's name (`Antony`, `Itō`) and a surname written
            // like a cue without its diacritics (`Trương`/`Trường`, `Phong`/`Phòng`)
            (
                "Ngoại trưởng Mỹ Antony Blinken gặp bà Trương Mỹ Lan và Đại sứ Ito Naoki ở cầu Phong Châu .",
                "Ngoại_trưởng Mỹ Antony_Blinken gặp bà Trương_Mỹ_Lan và Đại_sứ Ito_Naoki ở cầu Phong_Châu .",
            ),
            // the word after decides between two readings
            (
                "\" Hiện tình hình xung quanh vẫn căng thẳng .",
                "\" Hiện tình_hình xung_quanh vẫn căng_thẳng .",
            ),
        ];
        for (raw, want) in cases {
            assert!(is_raw(raw));
            let got = segment(raw);
            assert_eq!(got, want);
            assert_eq!(got.len(), raw.len());
        }
        // already segmented text is not raw
        assert!(!is_raw("Tổng_thống Kurmanbek_Bakiev rời Bishkek hôm_qua ."));
    }

    #[test]
    fn never_joins_across_punctuation_or_line_ends() {
        assert_eq!(segment("Hà\nNội"), "Hà\nNội");
        assert_eq!(segment("tổng , thống"), "tổng , thống");
        assert_eq!(segment("tổng  thống"), "tổng  thống");
    }
}
