//! Date recognition and TIMEX3 normalisation for English and Vietnamese
//! (word-segmented with `_` or raw, syllables separated by spaces).
//!
//! One pass: an Aho-Corasick prefilter finds the word-initial trigger words
//! and digits, a small token parser reads the expression forward from each
//! trigger, and the values are resolved afterwards against the document
//! creation date or, without one, the latest explicit full date before.

mod en;
mod tok;
mod value;
mod vi;

#[cfg(test)]
mod tests;

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use chrono::{Datelike, NaiveDate};

use crate::analysis::DateMention;
use crate::text::Lang;

use tok::{is_word_char, Toks};
pub(crate) use value::Expr;

/// Find the date expressions of `text`, sorted by start and non-overlapping.
pub fn find_dates(text: &str, lang: Lang, dct: Option<NaiveDate>) -> Vec<DateMention> {
    find_dates_and_dct(text, lang, dct).0
}

/// The document's creation date guessed from the text: the latest explicit
/// full date (day, month and year) it contains.
pub fn infer_dct(text: &str, lang: Lang) -> Option<NaiveDate> {
    infer_from(lang, &scan(text, lang))
}

/// [`find_dates`] with `dct`, and the document's date: `dct`, else [`infer_dct`] (one scan of
/// the text for both).
pub fn find_dates_and_dct(
    text: &str,
    lang: Lang,
    dct: Option<NaiveDate>,
) -> (Vec<DateMention>, Option<NaiveDate>) {
    let raw = scan(text, lang);
    let inferred = if dct.is_none() {
        infer_from(lang, &raw)
    } else {
        None
    };
    (finish(text, lang, dct, inferred, raw), dct.or(inferred))
}

/// [`infer_dct`] from the expressions found by [`scan`].
fn infer_from(lang: Lang, raw: &[Raw]) -> Option<NaiveDate> {
    let order = doc_order(lang, raw);
    raw.iter()
        .filter_map(|r| value::resolve(r, None, order).full)
        .max()
}

/// A recognised expression before value resolution (byte offsets).
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    /// Tense hint (a `will`, `planned` … before it): weekdays and months
    /// without a year then look forward.
    pub future: bool,
}

/// Words that can start an English date expression (`ago`, `earlier`
/// are read backwards), separated by spaces.
const EN_TRIGGERS: &str = "jan feb mar apr may jun jul aug sep sept oct nov dec january february \
    march april june july august september october november december monday tuesday wednesday \
    thursday friday saturday sunday today tonight yesterday tomorrow now currently this last next \
    the early late mid earlier later ago spring summer fall autumn winter first second third \
    fourth fiscal christmas new halloween thanksgiving independence present previous coming past \
    future year nineteen";

/// Syllables that can start a Vietnamese date expression.
const VI_TRIGGERS: &str =
    "hôm tối sáng chiều trưa đêm khuya ngày tuần tháng năm quý cách hiện bây \
    lúc thứ chủ đầu cuối giữa tương dạo thời thập rạng";

static PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let mut pats: Vec<String> = Vec::new();
    for w in EN_TRIGGERS
        .split_whitespace()
        .chain(VI_TRIGGERS.split_whitespace())
    {
        pats.push(w.to_string());
        // Aho-Corasick folds ASCII case only: add the capitalised form of
        // words that start with a non-ASCII letter.
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            if !c.is_ascii() {
                let cap: String = c.to_uppercase().chain(cs).collect();
                pats.push(cap);
            }
        }
    }
    for d in 0..10 {
        pats.push(d.to_string());
    }
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&pats)
        .expect("valid patterns")
});

/// Is `pos` the start of a word (not inside a word, not right after `_`)?
fn word_start(text: &str, pos: usize) -> bool {
    match text[..pos].chars().next_back() {
        None => true,
        Some(c) => !(is_word_char(c) || c == '_'),
    }
}

fn scan(text: &str, lang: Lang) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    let mut next_free = 0usize;
    let mut ctx = DocCtx::default();
    for m in PREFILTER.find_iter(text) {
        let pos = m.start();
        if pos < next_free || !text.is_char_boundary(pos) || !word_start(text, pos) {
            continue;
        }
        // Trigger words must be whole words (digits start numbers).
        if !text.as_bytes()[pos].is_ascii_digit() {
            if let Some(c) = text[m.end()..].chars().next() {
                if is_word_char(c) {
                    continue;
                }
            }
        }
        let mut toks = Toks::new(text, pos);
        let got = match lang {
            Lang::En => en::parse(&mut toks, &mut ctx),
            Lang::Vi => vi::parse(&mut toks).or_else(|| en::parse_numeric_only(&mut toks)),
        };
        if let Some(r) = got {
            if r.start < next_free || r.end <= r.start || r.end > text.len() {
                continue;
            }
            // A span must end on a word boundary as written (no `_` join).
            if text[r.end..].starts_with('_') {
                continue;
            }
            next_free = r.end;
            out.push(r);
        }
    }
    out
}

/// Facts about the whole document, computed when first needed.
#[derive(Default)]
pub(crate) struct DocCtx {
    quarter: Option<bool>,
}

impl DocCtx {
    /// Financial reporting: relative years mean year-ago quarters.
    pub fn quarter_doc(&mut self, text: &str) -> bool {
        *self.quarter.get_or_insert_with(|| text.contains("quarter"))
    }
}

/// Day-first (true) or month-first (false) for the document's numeric dates,
/// when one of them settles it.
fn numeric_order(raw: &[Raw]) -> Option<bool> {
    for r in raw {
        if let Expr::Numeric { a, b, .. } = r.expr {
            if a > 12 && b <= 12 {
                return Some(true);
            }
            if b > 12 && a <= 12 {
                return Some(false);
            }
        }
    }
    None
}

fn doc_order(lang: Lang, raw: &[Raw]) -> Option<bool> {
    if lang == Lang::Vi {
        Some(true)
    } else {
        numeric_order(raw)
    }
}

/// Values for the expressions found: relative ones resolve against `dct`; without one, against
/// the latest full date written before them, or before the first, against `inferred` (the
/// document's date as the text gives it).
fn finish(
    text: &str,
    lang: Lang,
    dct: Option<NaiveDate>,
    inferred: Option<NaiveDate>,
    raw: Vec<Raw>,
) -> Vec<DateMention> {
    let order = doc_order(lang, &raw);
    let mut out = Vec::with_capacity(raw.len());
    let mut last_full: Option<NaiveDate> = None;
    // Byte -> code point offsets, walking forward once.
    let mut byte_pos = 0usize;
    let mut char_pos = 0usize;
    let mut to_char = |b: usize| -> usize {
        if b >= byte_pos {
            char_pos += text[byte_pos..b].chars().count();
        } else {
            char_pos -= text[b..byte_pos].chars().count();
        }
        byte_pos = b;
        char_pos
    };
    for r in raw {
        let start = to_char(r.start);
        let end = to_char(r.end);
        let anchor_src = dct.or(last_full).or(inferred);
        let res = value::resolve(&r, anchor_src, order);
        if let Some(full) = res.full {
            last_full = Some(full);
        }
        out.push(DateMention {
            start,
            end,
            value: res.value,
            anchor: if res.relative { anchor_src } else { None },
            ambiguous_with: res.ambiguous_with,
        });
    }
    out
}

/// Year chosen for a month (and day) given without one: the anchor's year,
/// unless the month is far ahead of it (then last year's) or far behind it
/// (then next year's). News mostly looks back.
/// The part of the sentence before byte `pos`, at most `max` bytes back: what follows the last
/// of `stops` in that window (the tense of a weekday or a day is read there).
pub(crate) fn sentence_before<'t>(
    text: &'t str,
    pos: usize,
    max: usize,
    stops: &[char],
) -> &'t str {
    let mut lo = pos.saturating_sub(max);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &text[lo..pos];
    match window.rfind(stops) {
        Some(k) => &window[k + 1..],
        None => window,
    }
}

pub(crate) fn nearest_year(anchor: NaiveDate, m: u32, _d: u32, future: bool) -> i32 {
    let y = anchor.year();
    let diff = m as i32 - anchor.month() as i32;
    if diff > 5 {
        y - 1
    } else if diff < -8 || (future && diff < -2) {
        y + 1
    } else {
        y
    }
}
