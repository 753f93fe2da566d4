//! Datelines: the place (and region or country) a wire report is filed from, at the start of
//! a line and followed by its date (`NEW YORK 1996-08-31`, `BIRMINGHAM , England 1996-08-31`,
//! `SAN JOSE, Calif. 1996-08-30`, `LONDON, Aug 30 (Reuters) -`). Such a name is a place,
//! whatever the report is about: in a baseball report `NEW YORK` elsewhere names a team, but
//! not on the dateline.

use crate::analysis::tokenize::{Token, TokenKind};
use crate::analysis::{Label, NameMention};

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn starts_with_any(word: &str, prefixes: &[&str]) -> bool {
    let w = word.to_ascii_lowercase();
    w.len() >= 3 && prefixes.iter().any(|p| w.starts_with(p))
}

fn is_month(t: &Token, text: &str) -> bool {
    t.kind == TokenKind::Word && starts_with_any(t.text(text), &MONTHS)
}

/// Does a date start at token `i` of `line`, and where does it end?
/// `1996-08-31`, `31 August`, `Aug 30`, `Aug. 30`.
fn date_at(line: &[Token], i: usize, text: &str) -> Option<usize> {
    let t = line.get(i)?;
    let num = |k: usize, max: usize| {
        line.get(k)
            .is_some_and(|x| x.kind == TokenKind::Number && x.text(text).len() <= max)
    };
    if t.kind == TokenKind::Number && t.text(text).len() == 4 {
        // 1996-08-31, 1996/08/31
        let sep = line.get(i + 1)?;
        if sep.glued && matches!(sep.text(text), "-" | "/" | ".") {
            let mut k = i + 1;
            while k < line.len() && line[k].glued {
                k += 1;
            }
            return Some(k);
        }
        return None;
    }
    if num(i, 2) && line.get(i + 1).is_some_and(|m| is_month(m, text)) {
        return Some(i + 2);
    }
    if is_month(t, text) {
        let mut k = i + 1;
        if line.get(k).is_some_and(|x| x.glued && x.text(text) == ".") {
            k += 1;
        }
        if num(k, 2) {
            return Some(k + 1);
        }
    }
    None
}

/// May the rest of a dateline follow a date ending at token `k`: nothing, or a news agency
/// in brackets and the story (`(Reuters) - ...`).
fn dateline_end(line: &[Token], k: usize, text: &str) -> bool {
    match line.get(k) {
        None => true,
        Some(t) => t.text(text) == "(",
    }
}

/// The place names of the dateline starting `line` (the tokens of one line), as token ranges.
fn dateline_places(line: &[Token], text: &str) -> Vec<(usize, usize)> {
    let mut places = Vec::new();
    let mut i = 0;
    while i < line.len() {
        // one place: capitalised words, with glued `.` and `-` (`ST. LOUIS`, `Calif.`)
        let first = i;
        while i < line.len() {
            let t = &line[i];
            let cap_word = t.kind == TokenKind::Word
                && t.text(text).chars().next().is_some_and(char::is_uppercase);
            let joiner = t.glued
                && i > first
                && matches!(t.text(text), "." | "-")
                && line
                    .get(i + 1)
                    .is_none_or(|n| n.glued || t.text(text) == ".");
            if (cap_word && !(i > first && date_at(line, i, text).is_some())) || joiner {
                i += 1;
            } else {
                break;
            }
        }
        if i == first || i - first > 6 {
            return Vec::new();
        }
        // a weekday or a month is not a place (`SATURDAY , AUGUST 31 SCHEDULE`)
        let w = line[first].text(text);
        if starts_with_any(w, &DAYS) && w.len() <= 9 || is_month(&line[first], text) {
            return Vec::new();
        }
        places.push((first, i));
        match line.get(i).map(|t| t.text(text)) {
            Some(",") => {
                i += 1;
                if let Some(k) = date_at(line, i, text) {
                    return if dateline_end(line, k, text) {
                        places
                    } else {
                        Vec::new()
                    };
                }
            }
            Some(_) => {
                return match date_at(line, i, text) {
                    Some(k) if dateline_end(line, k, text) => places,
                    _ => Vec::new(),
                };
            }
            None => return Vec::new(),
        }
        if places.len() > 3 {
            return Vec::new();
        }
    }
    Vec::new()
}

/// Give the names of every dateline the label LOC, adding those the tagger missed.
pub fn label_datelines(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    for i in 1..=tokens.len() {
        let new_line =
            i == tokens.len() || text[tokens[i - 1].byte_end..tokens[i].byte_start].contains('\n');
        if !new_line {
            continue;
        }
        let line = &tokens[line_start..i];
        // a dateline is short: places, a date, perhaps an agency and the story's start
        if line.first().is_some_and(|t| t.kind == TokenKind::Word) {
            for (a, b) in dateline_places(&line[..line.len().min(24)], text) {
                found.push((line[a].start, line[b - 1].end));
            }
        }
        line_start = i;
    }
    if found.is_empty() {
        return;
    }
    // the place of the dateline read as a person elsewhere in the article is the place
    // (`TAVILDARA , Tajikistan …` then `Tavildara` in the story)
    // names start and end on token boundaries: their bytes come from the tokens
    let slice = |a: usize, b: usize| -> &str {
        let first = tokens.partition_point(|t| t.start < a);
        let last = tokens.partition_point(|t| t.end < b);
        match (tokens.get(first), tokens.get(last)) {
            (Some(x), Some(y)) if x.start == a && y.end == b => {
                text.get(x.byte_start..y.byte_end).unwrap_or("")
            }
            _ => "",
        }
    };
    let places: rustc_hash::FxHashSet<String> = found
        .iter()
        .map(|&(a, b)| crate::text::fold(slice(a, b)))
        .collect();
    for m in names.iter_mut() {
        if m.label == Label::Per && places.contains(&crate::text::fold(slice(m.start, m.end))) {
            m.label = Label::Loc;
        }
    }
    // `found` is in text order and its spans are disjoint: overlaps by binary search
    names.retain(|m| {
        let i = found.partition_point(|&(_, b)| b <= m.start);
        found.get(i).is_none_or(|&(a, _)| a >= m.end)
    });
    names.extend(found.into_iter().map(|(start, end)| NameMention {
        start,
        end,
        label: Label::Loc,
        score: 1.0,
    }));
    names.sort_by_key(|m| (m.start, m.end));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokenize::tokenize;

    fn places(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let mut names = Vec::new();
        label_datelines(text, &tokens, &mut names);
        names
            .iter()
            .map(|m| text.chars().skip(m.start).take(m.end - m.start).collect())
            .collect()
    }

    #[test]
    fn datelines_name_places() {
        assert_eq!(places("Title .\nNEW YORK 1996-08-31\nText ."), ["NEW YORK"]);
        assert_eq!(
            places("Title\nBIRMINGHAM , England 1996-08-31\nEngland won ."),
            ["BIRMINGHAM", "England"]
        );
        assert_eq!(
            places("SAN JOSE, Calif. 1996-08-30\nx"),
            ["SAN JOSE", "Calif."]
        );
        assert_eq!(places("ST. LOUIS 1996-08-30\nx"), ["ST. LOUIS"]);
        assert_eq!(
            places("LONDON, Aug 30 (Reuters) - Shares rose."),
            ["LONDON"]
        );
        // not datelines: a schedule heading, a byline, a sentence
        assert!(places("SATURDAY , AUGUST 31 SCHEDULE\nx").is_empty());
        assert!(places("David Jones\nMILAN 1996-08-30").len() == 1);
        assert!(places("Shares rose on Aug 30 in London .").is_empty());
        assert!(places("Boston 2 Chicago 1\n").is_empty());
    }

    #[test]
    fn the_dateline_place_read_as_a_person_in_the_story_is_the_place() {
        let text = "Troops take town .\nTAVILDARA , Tajikistan 1996-08-30\nTroops entered Tavildara on Friday .";
        let tokens = tokenize(text);
        let at = text.chars().count() - "Tavildara on Friday .".chars().count();
        let mut names = vec![NameMention {
            start: at,
            end: at + "Tavildara".len(),
            label: Label::Per,
            score: 0.7,
        }];
        label_datelines(text, &tokens, &mut names);
        let story = names.iter().find(|m| m.start == at).expect("kept");
        assert_eq!(story.label, Label::Loc);
    }
}
