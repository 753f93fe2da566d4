//! Repairs of capitalised runs the English tagger cuts or joins wrongly, seen on current news
//! (the model learnt 1996 newswire):
//! - a person's title is no part of their name, also when the title began before the name
//!   (`Chief [Executive Tim Cook]`, `[Senator JD Vance]` read as a body) or was read as a
//!   person of its own (`[President] [Joe Biden]`), but a title of rank is (`Sheikh
//!   Mohammed`);
//! - a given name left out just before a person's name belongs to it (`Fed Chair [Jerome]
//!   Powell`), and so does the lower-case syllable of a hyphenated given name (`Lee
//!   Jae-yong`);
//! - one capitalised word left out between two names of a run that ends in a body's head word
//!   makes one body of the run (`[Ho Chi] Minh [Stock Exchange]`);
//! - two bodies joined by `and` are two names (`Hanoi University of Science and Technology and
//!   Harvard University`, `LG Electronics and Foxconn`);
//! - a name ending in a word only a company's name ends in is a company (`Samsung
//!   Electronics`);
//! - a storm is no person (`Typhoon Yagi`);
//! - a "miscellaneous" name ending in a body's head word is a body (`ISEAS-Yusof Ishak
//!   Institute`);
//! - a Vietnamese person's name written without diacritics is a person (`Le Hong Hiep`);
//! - a body, an office and its holder written in one capitalised run are a body and a person,
//!   however the tagger cut the run (`[Senate Majority Leader] Chuck [Schumer]`).

use super::boundaries::{OFFICES, OFFICE_WORDS};
use super::english::{is_cap_word, COMPANY_HEADS};
use crate::analysis::dictionaries::{self, Cue};
use crate::analysis::tokenize::{Token, TokenKind};
use crate::analysis::{Label, NameMention};

/// Titles only a person holds: a body's name never starts with one.
const PERSON_ONLY_TITLES: [&str; 11] = [
    "senator",
    "sen",
    "rep",
    "congressman",
    "congresswoman",
    "mr",
    "mrs",
    "ms",
    "dr",
    "minister",
    "spokesman",
];

/// Titles of rank written as part of the name, as CoNLL annotates them (`Prince Charles`,
/// `King Hassan`, `Pope John Paul`), and a `Mr` that the tagger keeps only in nicknames
/// (`Mr Clean`): left as the tagger read them.
const TITLES_OF_RANK: [&str; 20] = [
    "king",
    "queen",
    "prince",
    "princess",
    "sultan",
    "emir",
    "emperor",
    "empress",
    "pope",
    "sheikh",
    "lord",
    "lady",
    "sir",
    "dame",
    "mr",
    "mrs",
    "ms",
    "miss",
    "inspector",
    "shah",
];

/// Days and months: capitalised words between names that are no part of them.
const CALENDAR_WORDS: [&str; 19] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "today",
];

/// The token range of each name (`None` when it does not fall on token boundaries): one walk
/// over the tokens when the names come in text order, as they do here.
fn token_spans(tokens: &[Token], names: &[NameMention]) -> Vec<Option<(usize, usize)>> {
    let mut i = 0;
    names
        .iter()
        .map(|m| {
            if i > 0 && tokens[i - 1].start >= m.start {
                i = tokens.partition_point(|t| t.start < m.start);
            }
            while i < tokens.len() && tokens[i].start < m.start {
                i += 1;
            }
            if tokens.get(i)?.start != m.start {
                return None;
            }
            let mut j = i;
            while j < tokens.len() && tokens[j].end < m.end {
                j += 1;
            }
            (tokens.get(j)?.end == m.end).then_some((i, j + 1))
        })
        .collect()
}

fn surface<'t>(text: &'t str, tokens: &[Token], a: usize, b: usize) -> &'t str {
    &text[tokens[a].byte_start..tokens[b - 1].byte_end]
}

fn head_of_body(text: &str, t: &Token) -> bool {
    dictionaries::is_cue("en", t.text(text), Cue::OrgHead)
}

/// Repair the runs of `names` (sorted, not overlapping) in place; see the module's head.
pub fn repair(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    offices_in_runs(text, tokens, names);
    titles_before_people(text, tokens, names);
    titles_read_alone(text, tokens, names);
    given_names_left_out(text, tokens, names);
    hyphenated_given_names(text, tokens, names);
    broken_bodies(text, tokens, names);
    bodies_joined_by_and(text, tokens, names);
    storms(text, tokens, names);
    labels_by_shape(text, tokens, names);
}

/// Head words that only a body's name ends in (`Association` and `League` also end names of
/// events and competitions, which are MISC).
const BODY_ONLY_HEADS: [&str; 12] = [
    "Institute",
    "University",
    "College",
    "Foundation",
    "Agency",
    "Ministry",
    "Council",
    "Commission",
    "Corporation",
    "Company",
    "Authority",
    "Academy",
];

/// Words that end a company's name where a name joined to it by `and` begins (`LG Electronics
/// and Foxconn`; not `Communications and` in `Ministry of Information and Communications`).
const COMPANY_ENDS: [&str; 8] = [
    "Corp",
    "Inc",
    "Ltd",
    "Electronics",
    "Holdings",
    "Motors",
    "Airlines",
    "Display",
];

/// The points of the compass that name a region before a nationality (`Southeast Asian`).
const COMPASS_WORDS: [&str; 9] = [
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
];

/// Labels a name's words make plain, whatever the tagger read:
/// - a name of two words or more ending in a word only a company's name ends in is a
///   company ([`COMPANY_HEADS`]);
/// - a region's people read as a person are MISC (`Southeast Asian`);
/// - a MISC name of two words or more ending in a head word only a body's name ends in is a
///   body (`ISEAS-Yusof Ishak Institute`);
/// - a name of three or four capitalised words, the first a common Vietnamese surname and the
///   others Vietnamese syllables, written without diacritics as English news writes them
///   (`Le Hong Hiep`, `Nguyen Thi Kim Ngan`), is a person, not a body or a place (`Ho Chi
///   Minh City` ends in no Vietnamese syllable).
fn labels_by_shape(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let spans = token_spans(tokens, names);
    for (m, span) in names.iter_mut().zip(spans) {
        let Some((a, b)) = span else {
            continue;
        };
        if m.label != Label::Org
            && b - a >= 2
            && COMPANY_HEADS.contains(&tokens[b - 1].text(text))
            && is_cap_word(&tokens[a], text)
        {
            m.label = Label::Org;
            continue;
        }
        if m.label == Label::Per {
            // a region's people are no person (`Southeast Asian leaders`)
            if b - a == 2
                && COMPASS_WORDS.contains(&tokens[a].text(text))
                && dictionaries::demonym(tokens[a + 1].text(text)).is_some()
            {
                m.label = Label::Misc;
            }
            continue;
        }
        if m.label == Label::Misc
            && b - a >= 2
            && BODY_ONLY_HEADS.contains(&tokens[b - 1].text(text))
            && is_cap_word(&tokens[a], text)
        {
            m.label = Label::Org;
            continue;
        }
        if !(3..=4).contains(&(b - a)) || !(a..b).all(|i| is_cap_word(&tokens[i], text)) {
            continue;
        }
        let syllables = tokens[a..b].iter().all(|t| {
            let w = t.text(text);
            w.chars().count() <= 7 && dictionaries::is_unaccented_vi_syllable(w)
        });
        if syllables
            && dictionaries::is_vi_surname(&crate::text::fold(tokens[a].text(text)))
            && dictionaries::places()
                .lookup(surface(text, tokens, a, b))
                .is_none()
        {
            m.label = Label::Per;
        }
    }
}

/// The end of the capitalised run that starts at token `a`: capitalised words, and a hyphen
/// glued between two of them (`Secretary-General`).
fn run_end(text: &str, tokens: &[Token], a: usize) -> usize {
    let mut r = a;
    while r < tokens.len() {
        if is_cap_word(&tokens[r], text) {
            r += 1;
        } else if r > a
            && tokens[r].text(text) == "-"
            && tokens[r].glued
            && tokens
                .get(r + 1)
                .is_some_and(|n| n.glued && is_cap_word(n, text))
        {
            r += 2;
        } else if r > a
            && tokens[r].text(text) == "of"
            && matches!(tokens[r - 1].text(text), "Secretary" | "Minister")
            && tokens.get(r + 1).is_some_and(|n| is_cap_word(n, text))
        {
            // an office named for its field (`Secretary of State`)
            r += 2;
        } else {
            break;
        }
    }
    r
}

/// The office in the capitalised run `tokens[a..r]` after its first word, followed by one to
/// four words of its holder's name: the office's words (`Majority Leader`,
/// `Secretary-General`) as a token range.
fn office_in_run(text: &str, tokens: &[Token], a: usize, r: usize) -> Option<(usize, usize)> {
    let office = |k: usize| {
        let w = tokens[k].text(text);
        OFFICES.contains(&w)
            || w == "CEO"
            || (w == "Executive" && tokens[k - 1].text(text) == "Chief")
    };
    let k = (a + 1..r).find(|&k| office(k))?;
    let mut first = k;
    while first > a && OFFICE_WORDS.contains(&tokens[first - 1].text(text)) {
        first -= 1;
    }
    // `Secretary-General`: a hyphen and a word glued to the office
    let mut end = k + 1;
    while end + 1 < r && tokens[end].text(text) == "-" && tokens[end].glued {
        end += 2;
    }
    // `Secretary of State`, `Minister of Foreign Affairs`: the field's common words
    if end + 1 < r && tokens[end].text(text) == "of" {
        end += 2;
        while end < r && {
            let w = tokens[end].text(text);
            dictionaries::is_en_common(&w.to_lowercase()) && !dictionaries::is_given_name(w)
        } {
            end += 1;
        }
    }
    r.checked_sub(end).filter(|n| (1..=4).contains(n))?;
    // names, not a title-case headline's words (`Senate Leader Says Deal Is Dead`): only the
    // first of two or more may be a common word (`To Lam`)
    let holder_words = (end..r).all(|i| {
        let w = tokens[i].text(text);
        let name = (i == end && r - end >= 2)
            || dictionaries::is_given_name(w)
            || !dictionaries::is_en_common(&w.to_lowercase());
        tokens[i].glued || (is_cap_word(&tokens[i], text) && name)
    });
    (first > a && holder_words && !head_of_body(text, &tokens[r - 1])).then_some((first, end))
}

/// A body's name, an office and the holder's name in one capitalised run (`Senate Majority
/// Leader Chuck Schumer`, `Communist Party General Secretary Nguyen Phu Trong`, `Nvidia Chief
/// Executive Jensen Huang`) are a body and a person, when the tagger read the run's start as
/// a body or a place but cut the rest otherwise (`[Senate Majority Leader] Chuck [Schumer]`),
/// or read the whole run as a person.
fn offices_in_runs(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let spans = token_spans(tokens, names);
    let mut out: Vec<NameMention> = Vec::with_capacity(names.len());
    let mut j = 0;
    while j < names.len() {
        let m = &names[j];
        j += 1;
        let Some((a, b)) = spans[j - 1].filter(|_| m.label != Label::Misc) else {
            out.push(m.clone());
            continue;
        };
        let r = run_end(text, tokens, a);
        // the names after it in the run, which must end with it
        let later = spans[j..]
            .iter()
            .take_while(|s| s.is_some_and(|(a2, _)| a2 < r))
            .count();
        let inside = spans[j..j + later]
            .iter()
            .all(|s| s.is_some_and(|(_, b2)| b2 <= r));
        // the name runs into the office, or ends before it and the holder is misread; a
        // person's name holds the office (`[Nvidia Chief Executive Jensen Huang]`)
        let misread = |first: usize, end: usize| {
            (b > first && (m.label != Label::Per || b > end))
                || (b == first
                    && m.label != Label::Per
                    && !(later == 1 && spans[j] == Some((end, r)) && names[j].label == Label::Per))
        };
        let office = office_in_run(text, tokens, a, r).filter(|&(f, e)| misread(f, e));
        let Some((first, end)) = office.filter(|_| inside) else {
            out.push(m.clone());
            continue;
        };
        let body = surface(text, tokens, a, first);
        out.push(NameMention {
            end: tokens[first - 1].end,
            label: match dictionaries::places().lookup(body) {
                Some((_, known, _)) => known,
                None if dictionaries::demonym(body).is_some() => Label::Misc,
                None if m.label == Label::Per => Label::Org,
                None => m.label,
            },
            ..m.clone()
        });
        out.push(NameMention {
            start: tokens[end].start,
            end: tokens[r - 1].end,
            label: Label::Per,
            ..m.clone()
        });
        j += later;
    }
    *names = out;
}

/// Words a storm's name is written after (`Typhoon Yagi`, `tropical storm Alberto`).
const STORM_WORDS: [&str; 5] = ["typhoon", "hurricane", "cyclone", "storm", "supertyphoon"];

/// A storm is no person: a "person" named after a storm word, or starting with one, is MISC,
/// named without the word, as Vietnamese writes it (`Typhoon Yagi`, `bão Yagi` → `Yagi`).
fn storms(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let spans = token_spans(tokens, names);
    let storm = |t: &Token| {
        let w = t.text(text);
        STORM_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))
    };
    for (m, span) in names.iter_mut().zip(spans) {
        let Some((a, b)) = span.filter(|_| matches!(m.label, Label::Per | Label::Misc)) else {
            continue;
        };
        if storm(&tokens[a]) && b > a + 1 && is_cap_word(&tokens[a + 1], text) {
            m.start = tokens[a + 1].start;
            m.label = Label::Misc;
        } else if m.label == Label::Per && a > 0 && storm(&tokens[a - 1]) {
            m.label = Label::Misc;
        }
    }
}

/// Where the title at the start of a person's name `tokens[a..b]` ends, when it is one:
/// the title may begin up to two words before the name (`Chief` of `Chief Executive`); at
/// least one capitalised word stays after it.
fn title_end(text: &str, tokens: &[Token], a: usize, b: usize, free_from: usize) -> Option<usize> {
    let mut best = None;
    for c in a + 1..b {
        for s in a.saturating_sub(2).max(free_from)..=a {
            let words =
                (s..c).all(|i| is_cap_word(&tokens[i], text) || tokens[i].text(text) == ".");
            let title = surface(text, tokens, s, c);
            if !words || !title.starts_with(char::is_alphabetic) {
                continue;
            }
            let key = dictionaries::key(title);
            let rank = key
                .rsplit(' ')
                .next()
                .is_some_and(|w| TITLES_OF_RANK.contains(&w));
            if !rank && dictionaries::is_cue_key("en", &key, Cue::PerTitle) {
                best = Some(c);
                break;
            }
        }
    }
    let c = best?;
    // the title's `.` (`Sen.`) is no part of the name
    let c = (c..b).find(|&i| tokens[i].text(text) != ".")?;
    (c..b)
        .all(|i| is_cap_word(&tokens[i], text) || tokens[i].glued)
        .then_some(c)
}

/// A title at the start of a person's name is dropped (not a title of rank); a "body" whose name starts with a
/// title only a person holds is that person.
fn titles_before_people(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let spans = token_spans(tokens, names);
    let mut free_from = 0;
    for (m, span) in names.iter_mut().zip(spans) {
        let Some((a, b)) = span else { continue };
        let person = match m.label {
            Label::Per => true,
            Label::Org => {
                PERSON_ONLY_TITLES.contains(&dictionaries::key(tokens[a].text(text)).as_str())
                    && !head_of_body(text, &tokens[b - 1])
            }
            _ => false,
        };
        if person {
            if let Some(c) = title_end(text, tokens, a, b, free_from) {
                m.start = tokens[c].start;
                m.label = Label::Per;
            }
        }
        free_from = b;
    }
}

/// A title the tagger read as a person of its own, right before a person's name: a title of
/// rank joins the name, as CoNLL writes it (`[Sheikh] [Mohammed bin Abdulrahman Al Thani]`,
/// `[King] [Abdullah]`); any other title is no name (`[President] [Joe Biden]`).
fn titles_read_alone(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let spans = token_spans(tokens, names);
    let mut out: Vec<NameMention> = Vec::with_capacity(names.len());
    let mut j = 0;
    while j < names.len() {
        let m = names[j].clone();
        j += 1;
        let title = spans[j - 1].filter(|&(a, b)| {
            b == a + 1
                && m.label == Label::Per
                && names.get(j).is_some_and(|n| n.label == Label::Per)
                && spans
                    .get(j)
                    .copied()
                    .flatten()
                    .is_some_and(|(a2, _)| a2 == b)
                && dictionaries::is_cue("en", tokens[a].text(text), Cue::PerTitle)
        });
        let Some((a, _)) = title else {
            out.push(m);
            continue;
        };
        if TITLES_OF_RANK.contains(&dictionaries::key(tokens[a].text(text)).as_str()) {
            out.push(NameMention {
                start: m.start,
                ..names[j].clone()
            });
            j += 1;
        }
    }
    *names = out;
}

/// A capitalised given name written just before a person's name, outside every name, joins
/// it (`Jerome` in `Fed Chair Jerome Powell`); not a title, nor at a sentence's start a
/// common word (`Will Powell resign?`).
fn given_names_left_out(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let spans = token_spans(tokens, names);
    let mut free_from = 0;
    for (m, span) in names.iter_mut().zip(spans) {
        let Some((a, b)) = span else { continue };
        if m.label == Label::Per && a > free_from && !tokens[a].glued {
            let w = &tokens[a - 1];
            let word = w.text(text);
            let after_word = a >= 2 && tokens[a - 2].kind == TokenKind::Word;
            let joins = is_cap_word(w, text)
                && dictionaries::is_given_name(word)
                && !dictionaries::is_cue("en", word, Cue::PerTitle)
                && {
                    let lower = word.to_lowercase();
                    !CALENDAR_WORDS.contains(&lower.as_str())
                        && (after_word || !dictionaries::is_en_common(&lower))
                };
            if joins {
                m.start = w.start;
            }
        }
        free_from = b;
    }
}

/// Whether `w` is one syllable of Korean or Chinese written in Latin letters (`yong`, `un`,
/// `yeol`, `wen`, `jeou`), not an English ending (`led`, `based`, `era`, `like`).
fn romanised_syllable(w: &str) -> bool {
    let b = w.as_bytes();
    let vowel = |c: &u8| b"aeiou".contains(c);
    let onset = b
        .iter()
        .take_while(|c| c.is_ascii_lowercase() && !vowel(c))
        .count();
    let nucleus = b[onset..].iter().take_while(|c| vowel(c)).count();
    let coda = &b[onset + nucleus..];
    onset <= 3
        && (1..=3).contains(&nucleus)
        && matches!(
            coda,
            b"" | b"n" | b"ng" | b"l" | b"m" | b"k" | b"p" | b"t" | b"h"
        )
}

/// The lower-case syllable of a hyphenated given name belongs to the person's name (`Lee
/// Jae-yong`, `Moon Jae-in`, `Ban Ki-moon`, `Lai Ching-te`); not an English word glued to a
/// name (`Smith-run`), nor an ending (`Obama-era`).
fn hyphenated_given_names(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let spans = token_spans(tokens, names);
    for (m, span) in names.iter_mut().zip(spans) {
        let Some((a, b)) = span.filter(|_| m.label == Label::Per) else {
            continue;
        };
        let (Some(hyphen), Some(part)) = (tokens.get(b), tokens.get(b + 1)) else {
            continue;
        };
        let before = tokens[b - 1].text(text);
        let w = part.text(text);
        let joins = b - a >= 2
            && hyphen.text(text) == "-"
            && hyphen.glued
            && part.glued
            && part.kind == TokenKind::Word
            && romanised_syllable(w)
            && (w.len() <= 2 || before.len() <= 3 || !dictionaries::is_en_common(w))
            && !tokens
                .get(b + 2)
                .is_some_and(|t| t.glued && t.text(text) == "-");
        if joins {
            m.end = part.end;
        }
    }
}

/// Two names with one capitalised word left out between them, in a run that ends in a body's
/// head word, are one body (`Ho Chi` + `Minh` + `Stock Exchange`).
fn broken_bodies(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let spans = token_spans(tokens, names);
    let mut out: Vec<NameMention> = Vec::with_capacity(names.len());
    let mut last: Option<(usize, usize)> = None;
    for (m, span) in names.drain(..).zip(spans) {
        if let (Some((a1, b1)), Some((a2, b2)), Some(prev)) = (last, span, out.last_mut()) {
            let gap = &tokens[b1];
            let joined = a2 == b1 + 1
                && a1 < b1
                && is_cap_word(gap, text)
                && !gap.glued
                && !tokens[a2].glued
                && !CALENDAR_WORDS.contains(&gap.text(text).to_lowercase().as_str())
                && !dictionaries::is_en_common(&gap.text(text).to_lowercase())
                && matches!(m.label, Label::Org | Label::Misc)
                && head_of_body(text, &tokens[b2 - 1])
                && (a1..b2).all(|i| is_cap_word(&tokens[i], text));
            if joined {
                prev.end = m.end;
                prev.label = Label::Org;
                last = Some((a1, b2));
                continue;
            }
        }
        last = span;
        out.push(m);
    }
    *names = out;
}

/// A body's name that goes on with `and` and another body's name is two names: the second
/// is capitalised words ending in a head word, and the first holds the same head word
/// (`University … and Harvard University`; `Guangdong Post and Telecommunications
/// Administration` is one name), or the first ends a company's name ([`COMPANY_ENDS`]: `LG
/// Electronics and Foxconn`, `FPT Corp and Viettel`).
fn bodies_joined_by_and(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let spans = token_spans(tokens, names);
    let mut out: Vec<NameMention> = Vec::with_capacity(names.len());
    for (m, span) in names.drain(..).zip(spans) {
        let Some((a, b)) = span.filter(|_| m.label == Label::Org) else {
            out.push(m);
            continue;
        };
        let has_and = (a + 1..b.saturating_sub(1)).any(|k| tokens[k].text(text) == "and");
        let after_company = |k: usize| {
            tokens[k].text(text) == "and"
                && COMPANY_ENDS.contains(&tokens[k - 1].text(text))
                && (k + 1..b).all(|i| is_cap_word(&tokens[i], text))
        };
        let cut = if has_and && (a + 2..b - 1).any(after_company) {
            (a + 2..b - 1).find(|&k| after_company(k))
        } else if has_and && head_of_body(text, &tokens[b - 1]) {
            // each word's singular key (`Universities` → `university`), worked out once
            let singular: Vec<String> = (a..b)
                .map(|i| {
                    let k = dictionaries::key(tokens[i].text(text));
                    match k.strip_suffix("ies") {
                        Some(stem) => format!("{stem}y"),
                        None => k.strip_suffix('s').map_or(k.clone(), str::to_string),
                    }
                })
                .collect();
            let head = &singular[b - 1 - a];
            (a + 1..b - 1).rev().find(|&k| {
                tokens[k].text(text) == "and"
                    && (k + 1..b).all(|i| is_cap_word(&tokens[i], text))
                    && singular[..k - a].contains(head)
            })
        } else {
            None
        };
        match cut {
            Some(k) => {
                out.push(NameMention {
                    end: tokens[k - 1].end,
                    ..m.clone()
                });
                out.push(NameMention {
                    start: tokens[k + 1].start,
                    ..m
                });
            }
            None => out.push(m),
        }
    }
    *names = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokenize::tokenize;

    /// Mentions of `(surface, label)` in `text`, each after the previous one.
    fn mentions(text: &str, spans: &[(&str, Label)]) -> Vec<NameMention> {
        let mut from = 0;
        spans
            .iter()
            .map(|&(s, label)| {
                let b = from + text[from..].find(s).expect("in the text");
                from = b + s.len();
                super::super::test_support::mention(text, b, s, label)
            })
            .collect()
    }

    fn repaired(text: &str, spans: &[(&str, Label)]) -> Vec<(String, &'static str)> {
        let tokens = tokenize(text);
        let mut names = mentions(text, spans);
        repair(text, &tokens, &mut names);
        names
            .iter()
            .map(|m| {
                let s: String = text.chars().skip(m.start).take(m.end - m.start).collect();
                (s, m.label.as_str())
            })
            .collect()
    }

    #[test]
    fn token_spans_walk_in_order_and_back() {
        let text = "Mr. Le Hong Hiep of Hanoi told AFP.";
        let tokens = tokenize(text);
        let mut names = mentions(text, &[("Le Hong Hiep", Label::Per), ("Hanoi", Label::Loc)]);
        // not on token boundaries, then out of text order
        names.push(mentions(text, &[("old AF", Label::Org)]).remove(0));
        names.push(mentions(text, &[("Hong", Label::Per)]).remove(0));
        let words =
            |s: Option<(usize, usize)>| s.map(|(a, b)| surface(text, &tokens, a, b).to_string());
        let got: Vec<Option<String>> = token_spans(&tokens, &names)
            .into_iter()
            .map(words)
            .collect();
        let want = [Some("Le Hong Hiep"), Some("Hanoi"), None, Some("Hong")];
        assert_eq!(got, want.map(|w| w.map(str::to_string)));
    }

    #[test]
    fn companies_by_their_last_word() {
        let text = "Samsung Electronics, Samsung Display and Apple Inc. met LG Electronics and \
                    Foxconn, FPT Corp and Viettel, and Procter and Gamble.";
        let got = repaired(
            text,
            &[
                ("Samsung Electronics", Label::Per),
                ("Samsung Display", Label::Loc),
                ("Apple Inc", Label::Org),
                ("LG Electronics and Foxconn", Label::Org),
                ("FPT Corp and Viettel", Label::Org),
                ("Procter and Gamble", Label::Org),
            ],
        );
        let want = [
            ("Samsung Electronics", "ORG"),
            ("Samsung Display", "ORG"),
            ("Apple Inc", "ORG"),
            ("LG Electronics", "ORG"),
            ("Foxconn", "ORG"),
            ("FPT Corp", "ORG"),
            ("Viettel", "ORG"),
            ("Procter and Gamble", "ORG"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn titles_read_alone_join_the_name_or_go() {
        let text = "Sheikh Mohammed bin Abdulrahman Al Thani met President Joe Biden and \
                    Sheikh Hasina's son.";
        let got = repaired(
            text,
            &[
                ("Sheikh", Label::Per),
                ("Mohammed bin Abdulrahman Al Thani", Label::Per),
                ("President", Label::Per),
                ("Joe Biden", Label::Per),
                ("Sheikh Hasina", Label::Per),
            ],
        );
        let want = [
            ("Sheikh Mohammed bin Abdulrahman Al Thani", "PER"),
            ("Joe Biden", "PER"),
            ("Sheikh Hasina", "PER"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn a_region_s_people_are_no_person() {
        let text = "Southeast Asian leaders met South Korean officials and Michael East.";
        let got = repaired(
            text,
            &[
                ("Southeast Asian", Label::Per),
                ("South Korean", Label::Misc),
                ("Michael East", Label::Per),
            ],
        );
        let want = [
            ("Southeast Asian", "MISC"),
            ("South Korean", "MISC"),
            ("Michael East", "PER"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn hyphenated_given_names_join_the_name() {
        let text = "Lee Jae-yong met Moon Jae-in, Ban Ki-moon and Lai Ching-te after the \
                    Barack Obama-era talks and a John Smith-run fund; Kim Jong-un-style.";
        let got = repaired(
            text,
            &[
                ("Lee Jae", Label::Per),
                ("Moon Jae", Label::Per),
                ("Ban Ki", Label::Per),
                ("Lai Ching", Label::Per),
                ("Barack Obama", Label::Per),
                ("John Smith", Label::Per),
                ("Kim Jong", Label::Per),
            ],
        );
        let want = [
            ("Lee Jae-yong", "PER"),
            ("Moon Jae-in", "PER"),
            ("Ban Ki-moon", "PER"),
            ("Lai Ching-te", "PER"),
            ("Barack Obama", "PER"),
            ("John Smith", "PER"),
            ("Kim Jong", "PER"),
        ];
        assert_eq!(got, owned(&want));
        for w in ["yong", "un", "in", "yeol", "wen", "jeou", "ih", "moon"] {
            assert!(romanised_syllable(w), "{w}");
        }
        for w in [
            "era", "led", "based", "like", "style", "born", "owned", "", "x",
        ] {
            assert!(!romanised_syllable(w), "{w}");
        }
    }

    fn owned(want: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        want.iter().map(|&(s, l)| (s.to_string(), l)).collect()
    }

    #[test]
    fn titles_are_dropped_from_people() {
        let text = "Apple Inc. Chief Executive Tim Cook met Senator JD Vance, Dr. Ann Lee and \
                    Prince Charles.";
        let got = repaired(
            text,
            &[
                ("Apple Inc.", Label::Org),
                ("Executive Tim Cook", Label::Per),
                ("Senator JD Vance", Label::Org),
                ("Dr. Ann Lee", Label::Per),
                ("Prince Charles", Label::Per),
            ],
        );
        let want = [
            ("Apple Inc.", "ORG"),
            ("Tim Cook", "PER"),
            ("JD Vance", "PER"),
            ("Ann Lee", "PER"),
            ("Prince Charles", "PER"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn bodies_named_after_titles_keep_them() {
        let text = "General Motors and King Abdullah University and Minister Ferry Co said.";
        let spans = [
            ("General Motors", Label::Org),
            ("King Abdullah University", Label::Org),
            ("Minister Ferry Co", Label::Org),
        ];
        let want = [
            ("General Motors", "ORG"),
            ("King Abdullah University", "ORG"),
            ("Minister Ferry Co", "ORG"),
        ];
        assert_eq!(repaired(text, &spans), owned(&want));
    }

    #[test]
    fn a_given_name_left_out_joins_the_person() {
        let text = "Fed Chair Jerome Powell spoke. Will Powell go? Monday Powell left.";
        let got = repaired(
            text,
            &[
                ("Fed", Label::Org),
                ("Powell", Label::Per),
                ("Powell", Label::Per),
                ("Powell", Label::Per),
            ],
        );
        let want = [
            ("Fed", "ORG"),
            ("Jerome Powell", "PER"),
            ("Powell", "PER"),
            ("Powell", "PER"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn one_word_left_out_of_a_body_joins_it() {
        let text = "It rose on the Ho Chi Minh Stock Exchange. Smith Monday Stock Exchange. \
                    REPUBLIKA The Central Court";
        let got = repaired(
            text,
            &[
                ("Ho Chi", Label::Org),
                ("Stock Exchange", Label::Misc),
                ("Smith", Label::Per),
                ("Stock Exchange", Label::Org),
                ("REPUBLIKA", Label::Org),
                ("Central Court", Label::Org),
            ],
        );
        let want = [
            ("Ho Chi Minh Stock Exchange", "ORG"),
            ("Smith", "PER"),
            ("Stock Exchange", "ORG"),
            ("REPUBLIKA", "ORG"),
            ("Central Court", "ORG"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn a_body_an_office_and_its_holder_are_a_body_and_a_person() {
        let text = "Senate Majority Leader Chuck Schumer met Communist Party General Secretary \
                    To Lam and NATO Secretary-General Jens Stoltenberg. Senate Leader Says Deal \
                    Is Dead. Nvidia Chief Executive Jensen Huang";
        let got = repaired(
            text,
            &[
                ("Senate", Label::Org),
                ("Schumer", Label::Misc),
                ("Communist Party General", Label::Org),
                ("To Lam", Label::Per),
                ("NATO", Label::Org),
                ("Jens Stoltenberg", Label::Per),
                ("Senate", Label::Org),
                ("Nvidia Chief Executive Jensen Huang", Label::Per),
            ],
        );
        let want = [
            ("Senate", "ORG"),
            ("Chuck Schumer", "PER"),
            ("Communist Party", "ORG"),
            ("To Lam", "PER"),
            ("NATO", "ORG"),
            ("Jens Stoltenberg", "PER"),
            ("Senate", "ORG"),
            ("Nvidia", "ORG"),
            ("Jensen Huang", "PER"),
        ];
        assert_eq!(got, owned(&want));
        // an office named for its field; a country before it is a place
        let text = "U.S. Secretary of State Antony Blinken met Chinese Minister of Foreign \
                    Affairs Wang Yi and the Secretary of State.";
        let got = repaired(
            text,
            &[
                ("U.S. Secretary of State Antony Blinken", Label::Org),
                ("Chinese Minister of Foreign Affairs Wang Yi", Label::Org),
                ("Secretary of State", Label::Org),
            ],
        );
        let want = [
            ("U.S.", "LOC"),
            ("Antony Blinken", "PER"),
            ("Chinese", "MISC"),
            ("Wang Yi", "PER"),
            ("Secretary of State", "ORG"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn vietnamese_names_without_diacritics_are_people() {
        let text = "Le Hong Hiep of Ho Chi Minh City met Nguyen Thi Kim Ngan at Le Monde and \
                    La Scala Opera";
        let got = repaired(
            text,
            &[
                ("Le Hong Hiep", Label::Org),
                ("Ho Chi Minh City", Label::Loc),
                ("Nguyen Thi Kim Ngan", Label::Misc),
                ("Le Monde", Label::Org),
                ("La Scala Opera", Label::Org),
            ],
        );
        let want = [
            ("Le Hong Hiep", "PER"),
            ("Ho Chi Minh City", "LOC"),
            ("Nguyen Thi Kim Ngan", "PER"),
            ("Le Monde", "ORG"),
            ("La Scala Opera", "ORG"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn a_misc_name_ending_in_a_body_s_head_is_a_body() {
        let text = "He is at the ISEAS-Yusof Ishak Institute, not the Champions League.";
        let got = repaired(
            text,
            &[
                ("ISEAS-Yusof Ishak Institute", Label::Misc),
                ("Champions League", Label::Misc),
            ],
        );
        let want = [
            ("ISEAS-Yusof Ishak Institute", "ORG"),
            ("Champions League", "MISC"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn storms_are_no_people() {
        let text = "Typhoon Yagi hit Hanoi as tropical storm Alberto and Hurricane Katrina did.";
        let got = repaired(
            text,
            &[
                ("Typhoon Yagi", Label::Per),
                ("Hanoi", Label::Loc),
                ("Alberto", Label::Per),
                ("Hurricane Katrina", Label::Misc),
            ],
        );
        let want = [
            ("Yagi", "MISC"),
            ("Hanoi", "LOC"),
            ("Alberto", "MISC"),
            ("Katrina", "MISC"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn two_bodies_joined_by_and_are_two_names() {
        let text = "The Hanoi University of Science and Technology and Harvard University met \
                    the Securities and Exchange Commission and Morgan Stanley and Co Inc. and \
                    the Guangdong Post and Telecommunications Administration";
        let got = repaired(
            text,
            &[
                (
                    "Hanoi University of Science and Technology and Harvard University",
                    Label::Org,
                ),
                ("Securities and Exchange Commission", Label::Org),
                ("Morgan Stanley and Co Inc", Label::Org),
                (
                    "Guangdong Post and Telecommunications Administration",
                    Label::Org,
                ),
            ],
        );
        let want = [
            ("Hanoi University of Science and Technology", "ORG"),
            ("Harvard University", "ORG"),
            ("Securities and Exchange Commission", "ORG"),
            ("Morgan Stanley and Co Inc", "ORG"),
            (
                "Guangdong Post and Telecommunications Administration",
                "ORG",
            ),
        ];
        assert_eq!(got, owned(&want));
    }
}
