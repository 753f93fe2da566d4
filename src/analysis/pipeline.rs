//! One document through the whole analysis: tokens, sentences, furniture, names and dates.

use chrono::NaiveDate;

use super::boilerplate::furniture_lines;
use super::tokenize::{sentences, tokenize};
use super::{dates, phrases, recognize, segment, DocAnalysis};
use crate::text::{detect_lang, Lang};

/// Analyse one document. `lang` and `dct` come from the corpus metadata when known;
/// otherwise the language is detected and the date inferred from the text.
pub fn analyze(text: &str, lang: Option<Lang>, dct: Option<NaiveDate>) -> DocAnalysis {
    let lang = lang.unwrap_or_else(|| detect_lang(text));
    // raw Vietnamese is read through its word-segmented copy, which has the same offsets
    let segmented = (lang == Lang::Vi && segment::is_raw(text)).then(|| segment::segment(text));
    let text = segmented.as_deref().unwrap_or(text);
    let tokens = tokenize(text);
    let sents = sentences(text, &tokens);
    let furniture = furniture_lines(text);
    // with no DCT the date module resolves against dates in the text itself
    let (mut found, dct_used) = dates::find_dates_and_dct(text, lang, dct);
    // furniture lines and dates are sorted and disjoint: overlap tests are binary searches
    let overlaps = |spans: &[(usize, usize)], s: usize, e: usize| {
        let i = spans.partition_point(|&(_, b)| b <= s);
        spans.get(i).is_some_and(|&(a, _)| a < e)
    };
    let outside = |s: usize, e: usize| !overlaps(&furniture, s, e);
    let mut names = recognize::recognize(text, &tokens, &sents, lang);
    names.retain(|m| outside(m.start, m.end));
    found.retain(|d| outside(d.start, d.end));
    // a date wins over a name on the same characters (`April`, `Friday`)
    let date_spans: Vec<(usize, usize)> = found.iter().map(|d| (d.start, d.end)).collect();
    names.retain(|n| !overlaps(&date_spans, n.start, n.end));
    let misspelt_phrases = match lang {
        Lang::En => phrases::misspelt_phrases(text, &tokens),
        Lang::Vi => Vec::new(),
    };
    DocAnalysis {
        lang,
        tokens,
        sentences: sents,
        names,
        dates: found,
        dct: dct_used,
        furniture,
        misspelt_phrases,
    }
}
