//! Foreign phrases English writes with accents and apostrophes, and their typing errors
//! (`charge’ d’affairs` → `chargé d’affaires`). The phrases come from
//! `data/lexicon/en_loan_phrases.tsv` (`scripts/build_loan_phrases.py`).

use std::sync::LazyLock;

use super::tokenize::{Token, TokenKind};
use crate::text::{fold, fold_into, typo_distance_at_most};

const LOAN_PHRASES: &str = include_str!("../../data/lexicon/en_loan_phrases.tsv");

struct Phrase {
    text: &'static str,
    /// Folded letters of the phrase and of each accepted plural form (`coupsdetat`).
    keys: Vec<Vec<char>>,
    /// Folded letters of the first word, to find where a phrase may start.
    first_word: Vec<char>,
}

static PHRASES: LazyLock<Vec<Phrase>> = LazyLock::new(|| {
    LOAN_PHRASES
        .lines()
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let text = cols.next().filter(|t| !t.is_empty())?;
            let mut keys = vec![letters(text)];
            keys.extend(
                cols.next()
                    .unwrap_or("")
                    .split('|')
                    .filter(|p| !p.is_empty())
                    .map(letters),
            );
            let first_word = letters(text.split([' ', '\'', '-']).next().unwrap_or(text));
            Some(Phrase {
                text,
                keys,
                first_word,
            })
        })
        .collect()
});

/// The folded letters of `s`, nothing else (`Chargé d’affaires` → `chargedaffaires`).
fn letters(s: &str) -> Vec<char> {
    fold(s).chars().filter(|c| c.is_alphabetic()).collect()
}

/// For each ASCII lower-case letter, the phrases (indices, in order) whose first word starts
/// with it; `None` when a phrase starts with something else (then every phrase is tried).
static BY_FIRST_LETTER: LazyLock<Option<Vec<Vec<usize>>>> = LazyLock::new(|| {
    let mut by = vec![Vec::new(); 26];
    for (i, p) in PHRASES.iter().enumerate() {
        let c = *p.first_word.first()?;
        if !c.is_ascii_lowercase() {
            return None;
        }
        by[usize::from(c as u8 - b'a')].push(i);
    }
    Some(by)
});

/// [`letters`] of `s` appended to `out`, folding through the buffer `folded`.
fn push_letters(s: &str, folded: &mut String, out: &mut Vec<char>) {
    if s.is_ascii() {
        // folding ASCII lower-cases it (and turns `_` into a space, not a letter)
        out.extend(
            s.bytes()
                .filter(u8::is_ascii_alphabetic)
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        return;
    }
    folded.clear();
    fold_into(s, folded);
    out.extend(folded.chars().filter(|c| c.is_alphabetic()));
}

/// A foreign phrase written with a typing error, and how to write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseTypo {
    pub start: usize,
    pub end: usize,
    pub suggestion: String,
}

/// Typing errors in the foreign phrases of an English text. A phrase written without its
/// accents (`charge d'affaires`) or in a plural form is not an error.
pub fn misspelt_phrases(text: &str, tokens: &[Token]) -> Vec<PhraseTypo> {
    let phrases = &*PHRASES;
    let all: Vec<usize> = (0..phrases.len()).collect();
    let mut out: Vec<PhraseTypo> = Vec::new();
    let (mut folded, mut first) = (String::new(), Vec::new());
    // the words that begin no phrase, even with a typing error (most words, asked about once)
    let mut no_start: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        i += 1;
        if t.kind != TokenKind::Word || no_start.contains(t.text(text)) {
            continue;
        }
        first.clear();
        push_letters(t.text(text), &mut folded, &mut first);
        let Some(&c0) = first.first() else { continue };
        // only the phrases whose first word starts with the same letter can match
        let candidates = match &*BY_FIRST_LETTER {
            Some(by) if c0.is_ascii_lowercase() => &by[usize::from(c0 as u8 - b'a')],
            Some(_) if !c0.is_ascii() => &all,
            Some(_) => continue,
            None => &all,
        };
        let starts = |p: &Phrase| {
            p.first_word[0] == c0
                && p.first_word.len().abs_diff(first.len()) <= 1
                && typo_distance_at_most(&p.first_word, &first, 1).is_some()
        };
        if !candidates.iter().any(|&k| starts(&phrases[k])) {
            no_start.insert(t.text(text));
            continue;
        }
        for p in candidates.iter().map(|&k| &phrases[k]) {
            if !starts(p) {
                continue;
            }
            if let Some(found) = match_at(text, tokens, i - 1, p) {
                i = tokens.partition_point(|x| x.start < found.end);
                out.push(found);
                break;
            }
        }
    }
    out
}

/// The phrase `p` written with one typing error (two in a long phrase) from token `i` on.
fn match_at(text: &str, tokens: &[Token], i: usize, p: &Phrase) -> Option<PhraseTypo> {
    let longest = p.keys.iter().map(Vec::len).max().unwrap_or(0);
    let mut key: Vec<char> = Vec::new();
    let mut folded = String::new();
    let mut best: Option<(usize, usize)> = None; // (distance, last token)
    for j in i..tokens.len() {
        let t = tokens[j];
        // the phrase stays on one line, its words separated by little more than a space
        if j > i {
            let gap = &text[tokens[j - 1].byte_end..t.byte_start];
            if gap.contains('\n') || gap.chars().count() > 2 {
                break;
            }
        }
        if t.kind == TokenKind::Number {
            break;
        }
        push_letters(t.text(text), &mut folded, &mut key);
        if key.len() > longest + 1 {
            break;
        }
        if t.kind != TokenKind::Word {
            continue;
        }
        // distances past 2 are never accepted: they all count as 3
        let d = p
            .keys
            .iter()
            .map(|k| typo_distance_at_most(k, &key, 2).unwrap_or(3))
            .min()
            .unwrap_or(usize::MAX);
        if d == 0 {
            return None; // written right (perhaps without accents)
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, j));
        }
    }
    let (d, j) = best?;
    let allowed = if p.keys[0].len() >= 12 { 2 } else { 1 };
    if d > allowed {
        return None;
    }
    let start = tokens[i].start;
    let end = tokens[j].end;
    let written = &text[tokens[i].byte_start..tokens[j].byte_end];
    let mut suggestion = p.text.to_string();
    if written.contains('’') {
        suggestion = suggestion.replace('\'', "’");
    }
    if written.chars().next().is_some_and(char::is_uppercase) {
        let mut cs = suggestion.chars();
        suggestion = cs
            .next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
    }
    Some(PhraseTypo {
        start,
        end,
        suggestion,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokenize::tokenize;

    fn typos(text: &str) -> Vec<(String, String)> {
        let toks = tokenize(text);
        misspelt_phrases(text, &toks)
            .into_iter()
            .map(|p| {
                let s: String = text.chars().skip(p.start).take(p.end - p.start).collect();
                (s, p.suggestion)
            })
            .collect()
    }

    #[test]
    fn a_misspelt_loan_phrase_is_found() {
        assert_eq!(
            typos("the U.S. Embassy's charge’ d’affairs had met with her"),
            vec![(
                "charge’ d’affairs".to_string(),
                "chargé d’affaires".to_string()
            )]
        );
        assert_eq!(
            typos("after the Coup d'etatt in May"),
            vec![("Coup d'etatt".to_string(), "Coup d'état".to_string())]
        );
    }

    #[test]
    fn right_spellings_plurals_and_plain_words_are_not() {
        for ok in [
            "the chargé d’affaires met",
            "the charge d'affaires met",
            "two coups d'état in a year",
            "the status quo holds",
            "charges of abuse of power",
            "a coup attempt",
            "the cause of the crash",
        ] {
            assert_eq!(typos(ok), vec![], "{ok}");
        }
    }
}
