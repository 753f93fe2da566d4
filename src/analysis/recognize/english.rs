//! Span repairs after English tagging: compounds split by the tokenizer (`Jalal-Abad`,
//! `RFE/RL`), lower-case descriptors at a name's end (`Osh region` → `Osh`), and title-case
//! headline words that are not names (`Kyrgyz President Won't Back Down`), regnal numbers
//! (`Henry VIII`), people beside kinship words (`Bakiev's brother, Janysh`), firms named after
//! people (`Pirelli SpA`) and companies (`Samsung Electronics`), a sentence's first word
//! joined by `and` to a name (`Apple and Intel`), events and laws (`BellSouth Classic`, `Trades
//! Disputes Act`) and the venues of sports fixtures (`KANSAS CITY AT DETROIT`).

use rustc_hash::FxHashSet as HashSet;

use crate::analysis::dictionaries::{self, Cue};
use crate::analysis::tokenize::{Sentence, Token, TokenFinder, TokenKind};
use crate::analysis::{Label, NameMention};

/// A word token starting with a capital letter.
pub(super) fn is_cap_word(t: &Token, text: &str) -> bool {
    t.kind == TokenKind::Word && t.text(text).chars().next().is_some_and(char::is_uppercase)
}

fn lookup(surface: &str) -> Option<Label> {
    dictionaries::places()
        .lookup(surface)
        .map(|x| x.1)
        .or_else(|| dictionaries::known_label(surface))
}

pub fn repair(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    if names.is_empty() {
        return;
    }
    let finder = TokenFinder::new(tokens);
    let by_start = |cp: usize| finder.starting_at(cp);
    let by_end = |cp: usize| finder.ending_at(cp);
    // mentions start and end on token boundaries: slice through the tokens' byte offsets
    let slice = |a: usize, b: usize| -> String {
        match (by_start(a), by_end(b)) {
            (Some(i), Some(j)) if i <= j => {
                text[tokens[i].byte_start..tokens[j].byte_end].to_string()
            }
            _ => String::new(),
        }
    };
    // 1. trailing lower-case descriptors
    for m in names.iter_mut() {
        let (Some(a), Some(mut b)) = (by_start(m.start), by_end(m.end)) else {
            continue;
        };
        while b > a
            && tokens[b].kind == TokenKind::Word
            && tokens[b]
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            // a person's name keeps a hyphenated lower-case syllable (`Kim In-so`), and a
            // MISC name its compound, as CoNLL-2003 writes it (`British-based`)
            let hyphenated =
                tokens[b].glued && tokens[b - 1].glued && tokens[b - 1].text(text) == "-";
            if hyphenated && (m.label == Label::Per && b >= a + 2 || m.label == Label::Misc) {
                break;
            }
            // nor a word's part after an apostrophe (`Nuku'alofa`, `Beit She'an`)
            if tokens[b].glued && tokens[b - 1].glued && tokens[b - 1].text(text) == "'" {
                break;
            }
            b -= 1;
        }
        // nor the hyphen of a compound it was cut from (`Brazilian-born`)
        while b > a && !tokens[b].text(text).chars().any(char::is_alphanumeric) {
            b -= 1;
        }
        m.end = tokens[b].end;
    }
    // 2. compounds: `X-Y` and `X/Y` written without spaces
    let mut merged: Vec<NameMention> = Vec::with_capacity(names.len());
    for m in names.drain(..) {
        if let Some(prev) = merged.last_mut() {
            if let (Some(pe), Some(ms)) = (by_end(prev.end), by_start(m.start)) {
                if ms == pe + 2
                    && tokens[pe + 1].glued
                    && tokens[ms].glued
                    && matches!(tokens[pe + 1].text(text), "/" | "-")
                {
                    let combined = slice(prev.start, m.end);
                    let slash = tokens[pe + 1].text(text) == "/";
                    let label = lookup(&combined).or(if slash {
                        Some(if prev.label == Label::Org || m.label == Label::Org {
                            Label::Org
                        } else {
                            prev.label
                        })
                    } else if prev.label == m.label {
                        Some(m.label)
                    } else {
                        None
                    });
                    if let Some(l) = label {
                        prev.end = m.end;
                        prev.label = l;
                        continue;
                    }
                }
            }
        }
        merged.push(m);
    }
    // a tagged half with an untagged capitalised half
    for m in merged.iter_mut() {
        let (Some(a), Some(b)) = (by_start(m.start), by_end(m.end)) else {
            continue;
        };
        if a >= 2
            && tokens[a].glued
            && tokens[a - 1].glued
            && matches!(tokens[a - 1].text(text), "-" | "/")
            && is_cap_word(&tokens[a - 2], text)
        {
            let combined = slice(tokens[a - 2].start, m.end);
            if let Some(l) = lookup(&combined) {
                m.start = tokens[a - 2].start;
                m.label = l;
            }
        }
        if b + 2 < tokens.len()
            && tokens[b + 1].glued
            && tokens[b + 2].glued
            && matches!(tokens[b + 1].text(text), "-" | "/")
            && is_cap_word(&tokens[b + 2], text)
        {
            let combined = text[tokens[a].byte_start..tokens[b + 2].byte_end].to_string();
            // `RFE/RL`: two acronyms joined by a slash are one name
            let acronyms = tokens[b + 1].text(text) == "/"
                && [tokens[b].text(text), tokens[b + 2].text(text)]
                    .iter()
                    .all(|w| w.len() >= 2 && !w.chars().any(char::is_lowercase));
            if let Some(l) = lookup(&combined).or(acronyms.then_some(m.label)) {
                m.end = tokens[b + 2].end;
                m.label = l;
            }
        }
    }
    merged.dedup_by(|b, a| b.start < a.end);
    // 2a. a place's compound before a name (`Hanoi-based Vingroup`, `Brazilian-born Ronaldo`)
    // is a name of its own, MISC as CoNLL-2003 writes it; the name after it is what the
    // compound says it is
    let mut i = 0;
    while i < merged.len() {
        let m = merged[i].clone();
        i += 1;
        let (Some(a), Some(b)) = (by_start(m.start), by_end(m.end)) else {
            continue;
        };
        let Some(k) = (a + 2..b).find(|&k| {
            tokens[k].glued
                && tokens[k - 1].glued
                && tokens[k - 1].text(text) == "-"
                && COMPOUND_SUFFIXES.contains(&tokens[k].text(text))
                && is_cap_word(&tokens[k + 1], text)
        }) else {
            continue;
        };
        let rest = &text[tokens[k + 1].byte_start..tokens[b].byte_end];
        let label = match tokens[k].text(text) {
            // a people, a language or a faith (`Iraqi`, `Arabic`, `Catholic`)
            _ if dictionaries::demonym(rest).is_some()
                || !rest.contains(' ') && rest.ends_with("ic") =>
            {
                Label::Misc
            }
            "born" | "bred" => Label::Per,
            "led" if m.label != Label::Misc => m.label,
            _ => Label::Org,
        };
        // what comes before the compound keeps its reading (`Erin Purcell | of`)
        let mut head = k - 2;
        while head > a && !is_cap_word(&tokens[head - 1], text) {
            head -= 1;
        }
        let parts = [
            (head > a).then(|| (tokens[a].start, tokens[head - 1].end, m.label)),
            Some((tokens[k - 2].start, tokens[k].end, Label::Misc)),
            Some((tokens[k + 1].start, m.end, label)),
        ];
        merged.remove(i - 1);
        i -= 1;
        for (start, end, label) in parts.into_iter().flatten() {
            merged.insert(
                i,
                NameMention {
                    start,
                    end,
                    label,
                    ..m
                },
            );
            i += 1;
        }
    }
    // 2b. two names joined by `or` are two names (`Ford or General Motors`); a person's name
    // the model cut in two, with nothing but a space between the halves, is one name (`Pham |
    // Nhat Vuong`: CoNLL-2003 never writes two people side by side)
    let mut i = 0;
    while i < merged.len() {
        let m = merged[i].clone();
        if let (Some(a), Some(b)) = (by_start(m.start), by_end(m.end)) {
            if m.label != Label::Misc {
                if let Some(k) = (a + 1..b).find(|&k| tokens[k].text(text) == "or") {
                    merged[i].end = tokens[k - 1].end;
                    merged.insert(
                        i + 1,
                        NameMention {
                            start: tokens[k + 1].start,
                            ..m
                        },
                    );
                    continue;
                }
            }
            // (never through a common word: a title-case headline read as people)
            let joined = merged.get(i + 1).is_some_and(|next| {
                m.label == Label::Per
                    && next.label == Label::Per
                    && by_start(next.start) == Some(b + 1)
                    && &text[tokens[b].byte_end..tokens[b + 1].byte_start] == " "
                    && by_end(next.end).is_some_and(|e| {
                        (a..=e).all(|k| {
                            !dictionaries::is_en_common(&tokens[k].text(text).to_lowercase())
                        })
                    })
            });
            if joined {
                let next = merged.remove(i + 1);
                merged[i].end = next.end;
                merged[i].score = m.score.min(next.score);
                continue;
            }
        }
        i += 1;
    }
    // 3. title-case headlines: drop words written in lower case elsewhere in the article, or
    // common words of the language (`Won't Back Down`, `'Resigns'`, `Deadly Protests`)
    // words written in lower case, gathered when a title-case line first needs them
    let mut lower: Option<HashSet<&str>> = None;
    let mut line_of: Vec<(usize, usize, bool)> = Vec::new(); // (start, end, title-case)
    let mut cp = 0;
    for line in text.split_inclusive('\n') {
        let n = line.chars().count();
        line_of.push((cp, cp + n, is_title_case_line(line)));
        cp += n;
    }
    merged.retain_mut(|m| {
        let k = line_of.partition_point(|&(_, b, _)| b <= m.start);
        let Some(&(_, _, title)) = line_of.get(k) else {
            return true;
        };
        if !title {
            return true;
        }
        let surface = slice(m.start, m.end);
        if lookup(&surface).is_some() || dictionaries::demonym(&surface).is_some() {
            return true;
        }
        let lower = lower.get_or_insert_with(|| {
            tokens
                .iter()
                .map(|t| t.text(text))
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .collect()
        });
        let ws: Vec<&str> = surface.split(' ').collect();
        // each word in lower case: is it written so in the article, or a common word of the
        // language and not a frequent census name (`Bush`, `Will`)?
        let facts: Vec<(bool, bool)> = ws
            .iter()
            .map(|w| {
                let l = w.to_lowercase();
                let (given, surname) = dictionaries::person_name_of_key(&l);
                let in_language = dictionaries::is_en_common(&l)
                    && !(1..=2).contains(&given)
                    && !(1..=2).contains(&surname);
                (lower.contains(l.as_str()), in_language)
            })
            .collect();
        // half the words written in lower case in the article, or every word a common one
        let seen = facts.iter().filter(|f| f.0).count();
        let all_common = facts.iter().all(|f| f.0 || f.1);
        let keep = seen * 2 < ws.len().max(1) && !all_common;
        // a person's name that runs on into the headline's words ends before the first
        // capitalised common one (`Maev Aieazev | Says Talks In Astana Will Continue`)
        let long_person = m.label == Label::Per && ws.len() >= 4;
        let cut = (1..ws.len()).filter(|_| long_person).find(|&k| {
            (facts[k].0 || facts[k].1) && ws[k].chars().next().is_some_and(char::is_uppercase)
        });
        if let Some(k) = cut.filter(|_| keep && !surface.contains("  ")) {
            m.end = m.start + ws[..k].join(" ").chars().count();
        }
        keep
    });
    *names = merged;
}

/// Second halves of compounds that tell what the name after them is (`Hanoi-based Vingroup`).
const COMPOUND_SUFFIXES: [&str; 11] = [
    "based",
    "owned",
    "backed",
    "controlled",
    "run",
    "funded",
    "listed",
    "registered",
    "led",
    "born",
    "bred",
];

/// Whether a line is written in title case: of its words of more than three letters (words
/// are runs of letters and apostrophes, quotes trimmed), at least three, 80% capitalised, and
/// not all in capitals.
fn is_title_case_line(line: &str) -> bool {
    let (mut words, mut caps, mut some_lower) = (0usize, 0usize, false);
    // the word being read: its first letter, its length so far (quotes inside it counted
    // once a letter follows them), quotes after its last letter, whether it has a lower case
    let mut first: Option<char> = None;
    let (mut len, mut quotes, mut lower) = (0usize, 0usize, false);
    for c in line.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            if first.is_none() {
                first = Some(c);
                len = 1;
            } else {
                len += quotes + 1;
            }
            quotes = 0;
            lower |= c.is_lowercase();
        } else if c == '\'' {
            quotes += usize::from(first.is_some());
        } else {
            if let Some(f) = first.take() {
                if len > 3 {
                    words += 1;
                    caps += usize::from(f.is_uppercase());
                    some_lower |= lower;
                }
            }
            (len, quotes, lower) = (0, 0, false);
        }
    }
    words >= 3 && caps * 10 >= words * 8 && some_lower
}

/// Kinship words a person's name is set beside (`Bakiev's brother, Janysh`).
const KIN: &[&str] = &[
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
    "father",
    "mother",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "grandson",
    "granddaughter",
    "widow",
    "widower",
    "stepson",
    "stepdaughter",
    "brother-in-law",
    "son-in-law",
    "fiancee",
    "fiance",
];

/// Last words of the names of events, competitions and laws, which are MISC whatever the
/// words before them (`Greater Milwaukee Open`, `Venice Film Festival`, `Trades Disputes Act`,
/// `East Asia Summit`).
const MISC_LAST_WORDS: [&str; 20] = [
    "open",
    "summit",
    "classic",
    "cup",
    "stakes",
    "championship",
    "championships",
    "trophy",
    "tournament",
    "olympics",
    "prix",
    "series",
    "rally",
    "marathon",
    "invitational",
    "festival",
    "act",
    "agreement",
    "accord",
    "accords",
];

/// A name ending in an event's, a competition's or a law's word is MISC (the tagger reads
/// `BellSouth Classic` as a firm): two words at least, so that a club or a person of one word
/// stays what it is.
pub fn events_and_laws(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let finder = TokenFinder::new(tokens);
    for m in names.iter_mut().filter(|m| m.label != Label::Misc) {
        let Some((a, b)) = finder.span(m.start, m.end) else {
            continue;
        };
        let last = tokens[b].text(text);
        if b > a
            && is_cap_word(&tokens[b], text)
            && MISC_LAST_WORDS.contains(&last.to_lowercase().as_str())
        {
            m.label = Label::Misc;
        }
    }
}

/// A portfolio before a title is part of the title, no name (`Interior Minister Horst
/// Seehofer`, `Health Minister …`): a one-word mention right before a title word, written as
/// a common English word or making a title with it (`Interior Minister` is one), no place and
/// no nationality. A body's own name keeps its mention
/// (`Bundesbank President`, `Kremlin spokesman`).
pub fn portfolios_before_titles(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let finder = TokenFinder::new(tokens);
    names.retain(|m| {
        let Some((a, b)) = finder.span(m.start, m.end) else {
            return true;
        };
        let Some(next) = tokens
            .get(b + 1)
            .filter(|t| is_cap_word(t, text) && !t.glued)
        else {
            return true;
        };
        let word = tokens[a].text(text);
        !(a == b
            && m.label != Label::Per
            && dictionaries::is_cue("en", next.text(text), dictionaries::Cue::PerTitle)
            && (dictionaries::is_en_common(&word.to_lowercase())
                || dictionaries::is_cue(
                    "en",
                    &text[tokens[a].byte_start..next.byte_end],
                    dictionaries::Cue::PerTitle,
                ))
            && lookup(word).is_none_or(|l| l != Label::Loc)
            && dictionaries::demonym(word).is_none())
    });
}

/// The legal-form words that end a firm's name (`Pirelli SpA`, `LM Ericsson AB`).
const FIRM_SUFFIXES: [&str; 24] = [
    "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "SpA", "S.p.A.", "AG",
    "GmbH", "SA", "S.A.", "NV", "N.V.", "BV", "AB", "ASA", "Oyj", "LLC", "Bhd", "Tbk",
];

/// Words that end the name of a company and of nothing else: a person, a place or a MISC name
/// of two words or more that ends in one is a company (`Samsung Electronics`, `LG Display`).
pub(super) const COMPANY_HEADS: [&str; 21] = [
    "Electronics",
    "Display",
    "Semiconductor",
    "Semiconductors",
    "Technology",
    "Technologies",
    "Motors",
    "Airlines",
    "Airways",
    "Holdings",
    "Industries",
    "Corp",
    "Inc",
    "Ltd",
    "Pharmaceuticals",
    "Telecom",
    "Telecommunications",
    "Communications",
    "Networks",
    "Petroleum",
    "Logistics",
];

/// A capitalised word opening a sentence and joined by `and` or `or` to a name is a name of
/// the same kind (`Apple and Intel have also expanded`), unless it is a common word, a cue
/// (`President and Chief Executive`) or written in lower case elsewhere in the article.
pub fn first_words_joined_to_names(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    names: &mut Vec<NameMention>,
) {
    let mut found = Vec::new();
    let mut k = 0;
    for s in sentences {
        let Some(a) = (s.first..s.end).find(|&i| tokens[i].kind == TokenKind::Word) else {
            continue;
        };
        if a + 2 >= s.end || !matches!(tokens[a + 1].text(text), "and" | "or") {
            continue;
        }
        let word = &tokens[a];
        while k < names.len() && names[k].end <= word.start {
            k += 1;
        }
        let Some(next) = names.get(k).filter(|n| n.start == tokens[a + 2].start) else {
            continue;
        };
        let w = word.text(text);
        let lower = w.to_lowercase();
        let joins = is_cap_word(word, text)
            && w.chars().count() >= 3
            && next.label != Label::Misc
            && !dictionaries::is_en_common(&lower)
            && ![Cue::PerTitle, Cue::OrgHead, Cue::LocHead, Cue::LocPrep]
                .into_iter()
                .any(|c| dictionaries::is_cue("en", w, c))
            && !text.contains(&format!(" {lower} "));
        if joins {
            found.push(NameMention {
                start: word.start,
                end: word.end,
                label: next.label,
                score: next.score.min(0.6),
            });
        }
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|m| m.start);
    }
}

/// A legal form or a word only a company's name ends in.
fn is_firm_end(w: &str) -> bool {
    FIRM_SUFFIXES.contains(&w) || COMPANY_HEADS.contains(&w)
}

/// Firms named after people: a name followed by a legal form is a firm's (`Pirelli SpA`
/// tagged `Pirelli` PER), and a word of a firm's name read alone as a person elsewhere in the
/// article is that firm (`Ericsson said` after `LM Ericsson AB`, `Samsung` after `Samsung
/// Electronics`).
pub fn firms_by_legal_form(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let finder = TokenFinder::new(tokens);
    // a firm's name the model began late takes the capitalised words before it (`VinFast |
    // Auto Ltd`), up to a lower-case word or another name
    for k in 0..names.len() {
        let Some((mut a, b)) = finder.span(names[k].start, names[k].end) else {
            continue;
        };
        if names[k].label != Label::Org || !FIRM_SUFFIXES.contains(&tokens[b].text(text)) {
            continue;
        }
        let floor = if k > 0 { names[k - 1].end } else { 0 };
        while a >= 2
            && tokens[a - 1].start >= floor
            && is_cap_word(&tokens[a - 1], text)
            && tokens[a - 2].kind == TokenKind::Word
            && tokens[a - 2]
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && !dictionaries::is_en_common(&tokens[a - 1].text(text).to_lowercase())
        {
            a -= 1;
        }
        names[k].start = tokens[a].start;
    }
    let mut firm_words: Vec<&str> = Vec::new();
    for k in 0..names.len() {
        let Some(b) = finder.ending_at(names[k].end) else {
            continue;
        };
        let a = finder.starting_at(names[k].start).unwrap_or(b);
        let next = tokens.get(b + 1).filter(|t| {
            FIRM_SUFFIXES.contains(&t.text(text))
                && names.get(k + 1).is_none_or(|n| n.start >= t.end)
        });
        if let Some(suffix) = next.filter(|_| names[k].label == Label::Per) {
            names[k].end = suffix.end;
            names[k].label = Label::Org;
        } else if !(names[k].label == Label::Org && is_firm_end(tokens[b].text(text))) {
            continue;
        }
        firm_words.extend(
            tokens[a..=b]
                .iter()
                .map(|t| t.text(text))
                .filter(|w| !is_firm_end(w) && w.chars().count() >= 3),
        );
    }
    if firm_words.is_empty() {
        return;
    }
    for m in names.iter_mut().filter(|m| m.label == Label::Per) {
        let Some((a, b)) = finder.span(m.start, m.end) else {
            continue;
        };
        if a == b && firm_words.contains(&tokens[a].text(text)) {
            m.label = Label::Org;
        }
    }
}

/// Last words of the names of bodies (`Sri Lanka Air Force`, `Central Bank`).
const BODY_LAST_WORDS: [&str; 22] = [
    "Force",
    "Army",
    "Navy",
    "Police",
    "Ministry",
    "Council",
    "Commission",
    "Party",
    "Government",
    "Parliament",
    "Assembly",
    "Agency",
    "Authority",
    "Committee",
    "Department",
    "Office",
    "University",
    "Association",
    "Institute",
    "Bureau",
    "Board",
    "Bank",
];

/// Bodies named with a place: a place's name that ends in a body's word is the body (`Sri
/// Lanka Air Force`; not `West Bank`), and a body's name that ends in one, then `of` and a
/// place, runs on through the place (`Central Bank of Sri Lanka`, `Ministry of Defence` as
/// CoNLL-2003 writes them; a firm or a club `of` a place stays apart: `Benfica of Portugal`).
pub fn bodies_named_for_places(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let finder = TokenFinder::new(tokens);
    let word = |i: usize| word_at(text, tokens, i);
    let mut i = 0;
    while i < names.len() {
        let Some((a, b)) = finder.span(names[i].start, names[i].end) else {
            i += 1;
            continue;
        };
        let last = word(b);
        if names[i].label == Label::Loc
            && b > a
            && BODY_LAST_WORDS.contains(&last)
            && last != "Bank"
        {
            names[i].label = Label::Org;
        }
        let joins = names[i].label == Label::Org
            && (BODY_LAST_WORDS.contains(&last)
                || matches!(last, "Union" | "Organisation" | "Organization"))
            && word(b + 1) == "of"
            && names.get(i + 1).is_some_and(|n| {
                n.label == Label::Loc && finder.starting_at(n.start) == Some(b + 2)
            });
        if joins {
            let next = names.remove(i + 1);
            names[i].end = next.end;
        }
        i += 1;
    }
}

/// The text of token `i`, or nothing past the end.
fn word_at<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    tokens.get(i).map_or("", |t| t.text(text))
}

/// Two people joined by a hyphen (`the Trump-Kim summit`) are two people when each half is a
/// word of another person's mention in the article (`Trump`, `Kim Jong Un`); a double-barrelled
/// or hyphenated name whose halves never stand alone stays one (`Zeta-Jones`, `Jean-Claude`).
pub fn people_joined_by_hyphen(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let finder = TokenFinder::new(tokens);
    let spans: Vec<Option<(usize, usize)>> =
        names.iter().map(|m| finder.span(m.start, m.end)).collect();
    // words of people's mentions that hold no hyphen
    let mut alone: HashSet<&str> = HashSet::default();
    for (m, span) in names.iter().zip(&spans) {
        if let Some((a, b)) = span.filter(|_| m.label == Label::Per) {
            if !(a..=b).any(|k| tokens[k].text(text) == "-") {
                alone.extend((a..=b).map(|k| tokens[k].text(text)));
            }
        }
    }
    // one pass: every hyphen whose halves both stand alone splits its mention
    let mut out: Vec<NameMention> = Vec::with_capacity(names.len());
    for (m, span) in names.drain(..).zip(spans) {
        let Some((a, b)) = span.filter(|_| m.label == Label::Per) else {
            out.push(m);
            continue;
        };
        let alone_run = |x: usize, y: usize| (x..=y).all(|k| alone.contains(tokens[k].text(text)));
        let mut from = a;
        for k in a + 1..b {
            if tokens[k].text(text) == "-"
                && from < k
                && tokens[k].glued
                && tokens[k + 1].glued
                && alone_run(from, k - 1)
                && (k + 1..=b)
                    .take_while(|&x| tokens[x].text(text) != "-")
                    .all(|x| alone.contains(tokens[x].text(text)))
            {
                out.push(NameMention {
                    start: tokens[from].start,
                    end: tokens[k - 1].end,
                    ..m.clone()
                });
                from = k + 1;
            }
        }
        out.push(NameMention {
            start: tokens[from].start,
            ..m
        });
    }
    *names = out;
}

/// An acronym nothing read as a name, joined by `and`, `or` or a comma to a body, is a body
/// too (`Ford and GM`, `Shares of GM and Ford`).
pub fn acronyms_beside_bodies(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let finder = TokenFinder::new(tokens);
    let word = |i: usize| word_at(text, tokens, i);
    let mut found: Vec<usize> = Vec::new();
    for m in names.iter().filter(|m| m.label == Label::Org) {
        let Some((a, b)) = finder.span(m.start, m.end) else {
            continue;
        };
        let joined = |w: &str| matches!(w, "and" | "or" | ",");
        if joined(word(b + 1)) {
            found.push(b + 2);
        }
        if a >= 2 && joined(word(a - 1)) {
            found.push(a - 2);
        }
    }
    let mut added = false;
    for k in found {
        let w = word(k);
        let acronym = (2..=5).contains(&w.len())
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && !dictionaries::is_en_common(&w.to_ascii_lowercase())
            // not part of a longer name, nor of a line in capitals
            && tokens.get(k + 1).is_none_or(|t| !is_cap_word(t, text))
            && (k == 0 || !tokens[k - 1].text(text).bytes().all(|c| c.is_ascii_uppercase()))
            && !names
                .iter()
                .any(|n| n.start < tokens[k].end && tokens[k].start < n.end);
        if acronym {
            names.push(NameMention {
                start: tokens[k].start,
                end: tokens[k].end,
                label: Label::Org,
                score: 0.7,
            });
            added = true;
        }
    }
    if added {
        names.sort_by_key(|m| m.start);
        names.dedup_by(|b, a| b.start == a.start);
    }
}

/// Common nouns of places that follow or introduce a place's name.
const PLACE_HEAD_NOUNS: [&str; 27] = [
    "province",
    "district",
    "commune",
    "village",
    "hamlet",
    "county",
    "prefecture",
    "township",
    "municipality",
    "island",
    "river",
    "port",
    "airport",
    "region",
    "town",
    "city",
    "station",
    "bridge",
    "ward",
    "border",
    "hotel",
    "hospital",
    "prison",
    "stadium",
    "mosque",
    "temple",
    "pagoda",
];

/// Last words of the names of geographic features and facilities (`Ha Long Bay`).
const GEO_LAST_WORDS: [&str; 20] = [
    "Bay",
    "River",
    "Island",
    "Islands",
    "Lake",
    "Mountain",
    "Mountains",
    "Valley",
    "Delta",
    "Strait",
    "Sea",
    "Gulf",
    "Peninsula",
    "Province",
    "District",
    "Airport",
    "Station",
    "Bridge",
    "Beach",
    "Plateau",
];

/// Words between a place's name and its head noun (`Dong Dang railway station`).
const PLACE_HEAD_MODIFIERS: [&str; 6] = [
    "railway",
    "train",
    "bus",
    "international",
    "border",
    "river",
];

/// Names around the words that say they are places, and storms.
/// * A person or a body followed by a place's head noun, or after `the <head> of`, is a place:
///   `Phuc Khanh commune`, `Dong Dang railway station`, `the hamlet of Lang Nu` (names of
///   Vietnamese or Chinese places written without their accents read like people's).
/// * A name after `Typhoon`, `Hurricane`, `Cyclone` or `Storm`, or opening with it, is MISC.
/// * A short capitalised function word in mid-sentence right before a person is the
///   person's (`Communist Party chief To Lam`, `Do Muoi`).
///
/// Run before the document's label consistency, which spreads what is found here.
pub fn places_storms_and_particles(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let finder = TokenFinder::new(tokens);
    let mut storms: Vec<&str> = Vec::new();
    let mut places: Vec<&str> = Vec::new();
    let word = |i: usize| word_at(text, tokens, i);
    let storm = |w: &str| matches!(w, "Typhoon" | "Hurricane" | "Cyclone" | "Storm" | "typhoon");
    for m in names.iter_mut() {
        let Some((a, b)) = finder.span(m.start, m.end) else {
            continue;
        };
        if storm(word(a)) && b > a || a > 0 && storm(word(a - 1)) {
            m.label = Label::Misc;
            let first = if storm(word(a)) { a + 1 } else { a };
            storms.push(&text[tokens[first].byte_start..tokens[b].byte_end]);
            continue;
        }
        if m.label == Label::Per && b > a && GEO_LAST_WORDS.contains(&word(b)) {
            // `Ha Long Bay`
            m.label = Label::Loc;
            continue;
        }
        if matches!(m.label, Label::Per | Label::Org) {
            let mut k = b + 1;
            if PLACE_HEAD_MODIFIERS.contains(&word(k)) && PLACE_HEAD_NOUNS.contains(&word(k + 1)) {
                k += 1;
            }
            let head_after = PLACE_HEAD_NOUNS.contains(&word(k));
            let of_head = a >= 3
                && word(a - 1) == "of"
                && PLACE_HEAD_NOUNS.contains(&word(a - 2))
                && word(a - 3).eq_ignore_ascii_case("the");
            if head_after || of_head {
                m.label = Label::Loc;
                places.push(&text[tokens[a].byte_start..tokens[b].byte_end]);
                continue;
            }
        }
        if m.label == Label::Per && a >= 2 {
            let w = word(a - 1);
            let particle = is_cap_word(&tokens[a - 1], text)
                && (2..=3).contains(&w.len())
                && dictionaries::is_en_common(&w.to_ascii_lowercase())
                && !matches!(
                    w,
                    "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Gen" | "Col" | "Rev" | "St"
                )
                && tokens[a - 2].kind == TokenKind::Word
                && word(a - 2).chars().next().is_some_and(char::is_lowercase)
                && tokens[a - 1].text(text).is_ascii();
            if particle {
                m.start = tokens[a - 1].start;
            }
        }
    }
    // the storm's name alone is the storm too (`Yagi`), and the place's name alone the place
    // (`Lang Nu`)
    if !storms.is_empty() || !places.is_empty() {
        for m in names.iter_mut() {
            if let Some((a, b)) = finder.span(m.start, m.end) {
                let surface = &text[tokens[a].byte_start..tokens[b].byte_end];
                if storms.contains(&surface) {
                    m.label = Label::Misc;
                } else if places.contains(&surface) && matches!(m.label, Label::Per | Label::Org) {
                    m.label = Label::Loc;
                }
            }
        }
    }
    // a word read as a place of its own before a place named by its feature: one place
    // (`Ha | Long Bay`)
    let mut i = 1;
    while i < names.len() {
        let (p, m) = (&names[i - 1], &names[i]);
        let joined = p.label == Label::Loc
            && m.label == Label::Loc
            && finder.span(p.start, p.end).is_some_and(|(a, b)| {
                a == b
                    && finder.span(m.start, m.end).is_some_and(|(c, d)| {
                        c == b + 1
                            && d > c
                            && GEO_LAST_WORDS.contains(&word(d))
                            && &text[tokens[b].byte_end..tokens[c].byte_start] == " "
                    })
            });
        if joined {
            names[i - 1].end = names[i].end;
            names.remove(i);
        } else {
            i += 1;
        }
    }
}

/// An acronym in brackets right after a long form (`U.S. Securities and Exchange Commission
/// (SEC)`) names what the long form names: it takes the long form's label when its letters are
/// the long form's initials, in order, ending on the last (the model alone read `SEC` as a
/// place).
pub fn acronyms_after_long_forms(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let finder = TokenFinder::new(tokens);
    for k in 1..names.len() {
        let Some((a, b)) = finder.span(names[k].start, names[k].end) else {
            continue;
        };
        let acronym = tokens[a].text(text);
        if a != b
            || a < 2
            || !(2..=6).contains(&acronym.len())
            || !acronym.bytes().all(|c| c.is_ascii_uppercase() || c == b'&')
            || tokens[a - 1].text(text) != "("
            || tokens.get(a + 1).is_none_or(|t| t.text(text) != ")")
        {
            continue;
        }
        let Some((la, lb)) = finder.span(names[k - 1].start, names[k - 1].end) else {
            continue;
        };
        if lb + 2 != a || la == lb {
            continue;
        }
        let initials: Vec<u8> = tokens[la..=lb]
            .iter()
            .filter_map(|t| t.text(text).bytes().next())
            .filter(u8::is_ascii_uppercase)
            .collect();
        let letters: Vec<u8> = acronym.bytes().filter(u8::is_ascii_uppercase).collect();
        let mut rest = initials.iter();
        let in_order = letters.iter().all(|c| rest.any(|i| i == c));
        // (a long form read as a place or a body; an acronym read as MISC stays so)
        let kinds =
            matches!(names[k - 1].label, Label::Org | Label::Loc) && names[k].label != Label::Misc;
        if kinds && in_order && letters.last() == initials.last() {
            names[k].label = names[k - 1].label;
        }
    }
}

/// A fixture line of a sports page, `KANSAS CITY AT DETROIT`: the home team's name after `AT`
/// names the place the game is played in, as CoNLL-2003 reads it (a team elsewhere in the
/// same article).
pub fn fixture_venues(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let finder = TokenFinder::new(tokens);
    for k in 1..names.len() {
        let (away, home) = (&names[k - 1], &names[k]);
        if away.label != Label::Org || !matches!(home.label, Label::Org | Label::Loc) {
            continue;
        }
        let (Some((a, a_end)), Some((h, h_end))) = (
            finder.span(away.start, away.end),
            finder.span(home.start, home.end),
        ) else {
            continue;
        };
        let line_edge = |i: Option<usize>, before: bool| {
            i.and_then(|i| tokens.get(i)).is_none_or(|t| {
                let (x, y) = if before {
                    (t.byte_end, tokens[a].byte_start)
                } else {
                    (tokens[h_end].byte_end, t.byte_start)
                };
                text[x..y].contains('\n')
            })
        };
        if h == a_end + 2
            && tokens[a_end + 1].text(text) == "AT"
            && line_edge(a.checked_sub(1), true)
            && line_edge(Some(h_end + 1), false)
        {
            names[k].label = Label::Loc;
        }
    }
}

/// Regnal numbers after a sovereign's name (`Henry VIII`, `Elizabeth I`).
const REGNAL: [&str; 20] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX",
];

/// Titles of sovereigns (`King Baudouin I`).
const SOVEREIGNS: [&str; 10] = [
    "King", "Queen", "Emperor", "Empress", "Pope", "Tsar", "Czar", "Sultan", "Shah", "Prince",
];

/// A regnal number after a person's name is part of it (`Henry VIII`, `Pedro I`), even when
/// the tagger read it as a name of its own. A one-letter number (`I`, `V`, `X`) counts only
/// after a one-word name that is a given name or follows a sovereign's title, so that the
/// pronoun stays out (`told Smith I would`).
pub fn regnal_numbers(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    let finder = TokenFinder::new(tokens);
    let mut k = 0;
    while k < names.len() {
        let m = &names[k];
        let Some(b) = finder.ending_at(m.end).map(|b| b + 1) else {
            k += 1;
            continue;
        };
        let sovereign = |a: usize| {
            b == a + 1
                && (a > 0 && SOVEREIGNS.contains(&tokens[a - 1].text(text))
                    || dictionaries::is_given_name(tokens[a].text(text)))
        };
        let number = tokens.get(b).filter(|t| {
            let w = t.text(text);
            !t.glued
                && REGNAL.contains(&w)
                && (w.len() > 1 || finder.starting_at(m.start).is_some_and(sovereign))
        });
        let Some(number) = number.filter(|_| m.label == Label::Per) else {
            k += 1;
            continue;
        };
        let end = number.end;
        // the number read as a name of its own is absorbed
        if names
            .get(k + 1)
            .is_some_and(|n| n.start == number.start && n.end == end)
        {
            names.remove(k + 1);
        }
        if names.get(k + 1).is_none_or(|n| n.start >= end) {
            names[k].end = end;
        }
        k += 1;
    }
}

/// A name set beside a kinship word is a person's, even one the tagger never saw
/// (`a search is underway for Bakiev's brother, Janysh`): up to three capitalised words after
/// `brother ,`, none of them in a mention or written in lower case elsewhere in the article.
pub fn people_beside_kin(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    // the words written in lower case, gathered at the first kinship word
    let mut lower: Option<HashSet<&str>> = None;
    let mut added = Vec::new();
    let mut next = 0;
    for (i, t) in tokens.iter().enumerate() {
        if !KIN.contains(&t.text(text)) {
            continue;
        }
        let mut a = i + 1;
        if tokens.get(a).is_some_and(|c| c.text(text) == ",") {
            a += 1;
        }
        let lower = lower.get_or_insert_with(|| {
            tokens
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| t.text(text))
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .collect()
        });
        let mut b = a;
        while b < tokens.len()
            && b < a + 3
            && is_cap_word(&tokens[b], text)
            && !lower.contains(tokens[b].text(text).to_lowercase().as_str())
        {
            b += 1;
        }
        if b == a {
            continue;
        }
        let (start, end) = (tokens[a].start, tokens[b - 1].end);
        while next < names.len() && names[next].end <= start {
            next += 1;
        }
        if names.get(next).is_some_and(|m| m.start < end) {
            continue;
        }
        added.push(NameMention {
            start,
            end,
            label: Label::Per,
            score: 0.7,
        });
    }
    if !added.is_empty() {
        names.extend(added);
        names.sort_by_key(|m| m.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokenize::tokenize;

    #[test]
    fn title_case_lines() {
        for (line, title) in [
            ("Kyrgyz President Won't Back Down\n", true),
            ("Bakiev 'Resigns' As Protests Spread", true),
            ("The president said on Friday that he would stay.", false),
            ("KYRGYZ PRESIDENT FLEES CAPITAL", false),
            ("Two Big Days", false),
            ("'''' Akayev Flees Bishkek''", true),
            ("Akayev flees Bishkek after protests", false),
            ("", false),
        ] {
            assert_eq!(is_title_case_line(line), title, "{line}");
        }
    }

    /// The mention of the first `s` in `text`.
    fn mention_at(text: &str, s: &str, label: Label) -> NameMention {
        super::super::test_support::mention(text, text.find(s).unwrap(), s, label)
    }

    /// The label of each mention.
    fn labels(names: &[NameMention]) -> Vec<&'static str> {
        names.iter().map(|m| m.label.as_str()).collect()
    }

    /// The text of each mention.
    fn surfaces(text: &str, names: &[NameMention]) -> Vec<String> {
        names
            .iter()
            .map(|m| text.chars().skip(m.start).take(m.end - m.start).collect())
            .collect()
    }

    #[test]
    fn a_portfolio_before_a_title_is_no_name() {
        let text = "Interior Minister Horst Seehofer met Health Minister Jens Spahn, \
                    Bundesbank President Jens Weidmann and Russian Foreign Minister Lavrov.";
        let tokens = tokenize(text);
        let mut names = [
            ("Interior", Label::Org),
            ("Horst Seehofer", Label::Per),
            ("Health", Label::Org),
            ("Jens Spahn", Label::Per),
            ("Bundesbank", Label::Org),
            ("Jens Weidmann", Label::Per),
            ("Russian", Label::Misc),
            ("Lavrov", Label::Per),
        ]
        .map(|(s, l)| mention_at(text, s, l))
        .to_vec();
        portfolios_before_titles(text, &tokens, &mut names);
        assert_eq!(
            surfaces(text, &names),
            [
                "Horst Seehofer",
                "Jens Spahn",
                "Bundesbank",
                "Jens Weidmann",
                "Russian",
                "Lavrov"
            ]
        );
    }

    #[test]
    fn a_name_beside_a_kinship_word_is_a_person() {
        let text = "Police seek Bakiev's brother, Janysh. His son Maxim Bakiev fled.";
        let tokens = tokenize(text);
        // the tagger found `Bakiev` and `Maxim Bakiev` only
        let mut names = vec![
            mention_at(text, "Bakiev's", Label::Per),
            mention_at(text, "Maxim Bakiev", Label::Per),
        ];
        names[0].end -= 2;
        people_beside_kin(text, &tokens, &mut names);
        assert_eq!(surfaces(text, &names), ["Bakiev", "Janysh", "Maxim Bakiev"]);
        assert!(names.iter().all(|m| m.label == Label::Per));
    }

    #[test]
    fn events_and_laws_are_misc() {
        let text = "Cook won the BellSouth Classic at the Venice Film Festival under the \
                    Trades Disputes Act and the East Asia Summit, said Ajax and Open Media.";
        let tokens = tokenize(text);
        let mut names: Vec<NameMention> = [
            ("BellSouth Classic", Label::Org),
            ("Venice Film Festival", Label::Org),
            ("Trades Disputes Act", Label::Org),
            ("East Asia Summit", Label::Loc),
            ("Ajax", Label::Org),
            ("Open Media", Label::Org),
        ]
        .iter()
        .map(|&(s, l)| mention_at(text, s, l))
        .collect();
        events_and_laws(text, &tokens, &mut names);
        assert_eq!(
            labels(&names),
            ["MISC", "MISC", "MISC", "MISC", "ORG", "ORG"]
        );
    }

    #[test]
    fn a_firm_named_after_a_person_is_a_firm() {
        let text = "Pirelli said the Pirelli SpA plant in Wuxi would open. LM Ericsson AB \
                    also bid. Ericsson said so, and Smith agreed.";
        let tokens = tokenize(text);
        // the tagger's reading: the firms' names alone as people
        let mut names = vec![
            mention_at(text, "Pirelli", Label::Per),
            mention_at(text, "Pirelli SpA", Label::Per),
            mention_at(text, "Wuxi", Label::Loc),
            mention_at(text, "LM Ericsson AB", Label::Org),
            mention_at(text, "Ericsson said", Label::Per),
            mention_at(text, "Smith", Label::Per),
        ];
        names[1].end -= 4;
        names[4].end -= 5;
        firms_by_legal_form(text, &tokens, &mut names);
        assert_eq!(
            surfaces(text, &names),
            [
                "Pirelli",
                "Pirelli SpA",
                "Wuxi",
                "LM Ericsson AB",
                "Ericsson",
                "Smith"
            ]
        );
        assert_eq!(labels(&names), ["ORG", "ORG", "LOC", "ORG", "ORG", "PER"]);
    }

    #[test]
    fn a_word_of_a_company_read_alone_as_a_person_is_the_company() {
        let text = "Samsung Electronics will invest. Samsung said so.";
        let tokens = tokenize(text);
        let mut names = vec![
            mention_at(text, "Samsung Electronics", Label::Org),
            mention_at(text, "Samsung said", Label::Per),
        ];
        names[1].end -= 5;
        firms_by_legal_form(text, &tokens, &mut names);
        assert_eq!(labels(&names), ["ORG", "ORG"]);
    }

    #[test]
    fn a_person_runs_not_into_a_headline_s_words() {
        let text = "Maev Aieazev Says Talks In Astana Will Continue\n\nThe talks went on.";
        let tokens = tokenize(text);
        let mut names = vec![mention_at(
            text,
            "Maev Aieazev Says Talks In Astana Will Continue",
            Label::Per,
        )];
        repair(text, &tokens, &mut names);
        assert_eq!(surfaces(text, &names), ["Maev Aieazev"]);
    }

    #[test]
    fn compounds_or_and_halves_of_a_person() {
        let text = "said Erin Purcell of Boston-based Reagan Communications, worth more than \
                    Ford or General Motors, to Pham Nhat Vuong and Brazilian-born Spanish fans.";
        let tokens = tokenize(text);
        let mut names = vec![
            mention_at(
                text,
                "Erin Purcell of Boston-based Reagan Communications",
                Label::Per,
            ),
            mention_at(text, "Ford or General Motors", Label::Org),
            mention_at(text, "Pham", Label::Per),
            mention_at(text, "Nhat Vuong", Label::Per),
            mention_at(text, "Brazilian-born Spanish", Label::Misc),
        ];
        repair(text, &tokens, &mut names);
        assert_eq!(
            surfaces(text, &names),
            [
                "Erin Purcell",
                "Boston-based",
                "Reagan Communications",
                "Ford",
                "General Motors",
                "Pham Nhat Vuong",
                "Brazilian-born",
                "Spanish"
            ]
        );
        assert_eq!(
            labels(&names),
            ["PER", "MISC", "ORG", "ORG", "ORG", "PER", "MISC", "MISC"]
        );
    }

    #[test]
    fn places_by_their_head_nouns_storms_and_particles() {
        let text = "Typhoon Yagi hit the hamlet of Lang Nu in Phuc Khanh commune and Ha Long Bay. \
                    Yagi left Lang Nu, party chief To Lam said, near Dong Dang railway station \
                    and the Metropole hotel.";
        let tokens = tokenize(text);
        let at = |s: &str, nth: usize, l: Label| {
            let byte = text.match_indices(s).nth(nth).unwrap().0;
            super::super::test_support::mention(text, byte, s, l)
        };
        let mut names = vec![
            at("Typhoon Yagi", 0, Label::Org),
            at("Lang Nu", 0, Label::Per),
            at("Phuc Khanh", 0, Label::Per),
            at("Ha Long Bay", 0, Label::Per),
            at("Yagi", 1, Label::Per),
            at("Lang Nu", 1, Label::Per),
            at("Lam", 0, Label::Per),
            at("Dong Dang", 0, Label::Per),
            at("Metropole", 0, Label::Org),
        ];
        places_storms_and_particles(text, &tokens, &mut names);
        assert_eq!(
            labels(&names),
            ["MISC", "LOC", "LOC", "LOC", "MISC", "LOC", "PER", "LOC", "LOC"]
        );
        assert_eq!(surfaces(text, &names)[6], "To Lam");
    }

    #[test]
    fn bodies_named_for_places_run_on_through_them() {
        let text = "The Sri Lanka Air Force and the Central Bank of Sri Lanka met Benfica of \
                    Portugal in the West Bank.";
        let tokens = tokenize(text);
        let mut names = vec![
            mention_at(text, "Sri Lanka Air Force", Label::Loc),
            mention_at(text, "Central Bank", Label::Org),
            super::super::test_support::mention(
                text,
                text.match_indices("Sri Lanka").nth(1).unwrap().0,
                "Sri Lanka",
                Label::Loc,
            ),
            mention_at(text, "Benfica", Label::Org),
            mention_at(text, "Portugal", Label::Loc),
            mention_at(text, "West Bank", Label::Loc),
        ];
        bodies_named_for_places(text, &tokens, &mut names);
        assert_eq!(
            surfaces(text, &names),
            [
                "Sri Lanka Air Force",
                "Central Bank of Sri Lanka",
                "Benfica",
                "Portugal",
                "West Bank"
            ]
        );
        assert_eq!(labels(&names), ["ORG", "ORG", "ORG", "LOC", "LOC"]);
    }

    #[test]
    fn two_people_joined_by_a_hyphen_are_two() {
        let text =
            "The Trump-Kim summit. Trump met Kim Jong Un and Catherine Zeta-Jones met Jones.";
        let tokens = tokenize(text);
        let mut names = vec![
            mention_at(text, "Trump-Kim", Label::Per),
            mention_at(text, "Trump met", Label::Per),
            mention_at(text, "Kim Jong Un", Label::Per),
            mention_at(text, "Catherine Zeta-Jones", Label::Per),
            mention_at(text, "Jones.", Label::Per),
        ];
        names[1].end -= 4;
        names[4].end -= 1;
        people_joined_by_hyphen(text, &tokens, &mut names);
        assert_eq!(
            surfaces(text, &names),
            [
                "Trump",
                "Kim",
                "Trump",
                "Kim Jong Un",
                "Catherine Zeta-Jones",
                "Jones"
            ]
        );
        // hyphens side by side make no empty name
        let text = "Trump--Kim-Trump met. Trump and Kim left.";
        let tokens = tokenize(text);
        let mut names = vec![
            mention_at(text, "Trump--Kim-Trump", Label::Per),
            mention_at(text, "Trump and", Label::Per),
            mention_at(text, "Kim left", Label::Per),
        ];
        names[1].end -= 4;
        names[2].end -= 5;
        people_joined_by_hyphen(text, &tokens, &mut names);
        assert!(names.iter().all(|m| m.start < m.end), "{names:?}");
    }

    #[test]
    fn an_acronym_beside_a_body_is_a_body() {
        let text = "Shares of GM and Ford rose, valued above Ford and GM. Ford and CEO Farley.";
        let tokens = tokenize(text);
        let at = |nth: usize| {
            let byte = text.match_indices("Ford").nth(nth).unwrap().0;
            super::super::test_support::mention(text, byte, "Ford", Label::Org)
        };
        let mut names = vec![at(0), at(1), at(2)];
        acronyms_beside_bodies(text, &tokens, &mut names);
        assert_eq!(surfaces(text, &names), ["GM", "Ford", "Ford", "GM", "Ford"]);
    }

    #[test]
    fn an_acronym_after_its_long_form_takes_its_label() {
        let text = "the U.S. Securities and Exchange Commission (SEC) and the Asian Development \
                    Bank (ADB) met Tom Cruise (TC) near the New York Stock Exchange (SEC).";
        let tokens = tokenize(text);
        let mut names = vec![
            mention_at(text, "U.S. Securities and Exchange Commission", Label::Org),
            mention_at(text, "SEC", Label::Loc),
            mention_at(text, "Asian Development Bank", Label::Org),
            mention_at(text, "ADB", Label::Loc),
            mention_at(text, "Tom Cruise", Label::Per),
            mention_at(text, "TC", Label::Org),
            mention_at(text, "New York Stock Exchange", Label::Org),
            super::super::test_support::mention(
                text,
                text.rfind("SEC").unwrap(),
                "SEC",
                Label::Loc,
            ),
        ];
        acronyms_after_long_forms(text, &tokens, &mut names);
        // `TC` after a person stays; the last `SEC` does not spell `New York Stock Exchange`
        assert_eq!(
            labels(&names),
            ["ORG", "ORG", "ORG", "ORG", "PER", "ORG", "ORG", "LOC"]
        );
    }

    #[test]
    fn a_firm_begun_late_takes_the_word_before_it() {
        let text = "The listed entity, Singapore-based VinFast Auto Ltd, has few shares.";
        let tokens = tokenize(text);
        let mut names = vec![
            mention_at(text, "Singapore-based", Label::Misc),
            mention_at(text, "Auto Ltd", Label::Org),
        ];
        firms_by_legal_form(text, &tokens, &mut names);
        assert_eq!(
            surfaces(text, &names),
            ["Singapore-based", "VinFast Auto Ltd"]
        );
    }

    #[test]
    fn a_first_word_joined_to_a_name_is_a_name_of_its_kind() {
        let text = "Apple and Intel have expanded. Officials and Reuters said so. \
                    President and Chief Executive John Smith agreed. Bread and Butter Ltd \
                    failed. Shell and BP rose; shell prices fell.";
        let tokens = tokenize(text);
        let sentences = crate::analysis::tokenize::sentences(text, &tokens);
        let mut names = vec![
            mention_at(text, "Intel", Label::Org),
            mention_at(text, "Reuters", Label::Org),
            mention_at(text, "John Smith", Label::Per),
            mention_at(text, "Butter Ltd", Label::Org),
            mention_at(text, "BP", Label::Org),
        ];
        first_words_joined_to_names(text, &tokens, &sentences, &mut names);
        // `officials`, `president` and `bread` are common words or cues; `shell` is written
        // in lower case in the article
        assert_eq!(
            surfaces(text, &names),
            [
                "Apple",
                "Intel",
                "Reuters",
                "John Smith",
                "Butter Ltd",
                "BP"
            ]
        );
        assert_eq!(labels(&names), ["ORG", "ORG", "ORG", "PER", "ORG", "ORG"]);
    }

    #[test]
    fn the_home_team_of_a_fixture_line_names_the_venue() {
        let text = "SCHEDULE\nKANSAS CITY AT DETROIT\nBALTIMORE AT SEATTLE\n\
                    He said OAKLAND AT BOSTON was sold out.\n";
        let tokens = tokenize(text);
        let mut names: Vec<NameMention> = [
            "KANSAS CITY",
            "DETROIT",
            "BALTIMORE",
            "SEATTLE",
            "OAKLAND",
            "BOSTON",
        ]
        .iter()
        .map(|s| mention_at(text, s, Label::Org))
        .collect();
        fixture_venues(text, &tokens, &mut names);
        assert_eq!(labels(&names), ["ORG", "LOC", "ORG", "LOC", "ORG", "ORG"]);
    }

    #[test]
    fn a_regnal_number_is_part_of_the_name() {
        let text = "Henry VIII wed. Pedro I became emperor. King Baudouin I was born. \
                    They told Smith I would go.";
        let tokens = tokenize(text);
        // the tagger read `VIII` as a name of its own
        let mut names = vec![
            mention_at(text, "Henry", Label::Per),
            mention_at(text, "VIII", Label::Org),
            mention_at(text, "Pedro", Label::Per),
            mention_at(text, "Baudouin", Label::Per),
            mention_at(text, "Smith", Label::Per),
        ];
        regnal_numbers(text, &tokens, &mut names);
        assert_eq!(
            surfaces(text, &names),
            ["Henry VIII", "Pedro I", "Baudouin I", "Smith"]
        );
    }

    #[test]
    fn common_words_of_a_title_case_headline_are_no_names() {
        let text = "Kyrgyz President Bakiev 'Resigns' Amid Deadly Protests\n\n\
                    Bush Says Kyrgyz Leader Must Go\n\nThe president left Bishkek.\n";
        let tokens = tokenize(text);
        let at = |s: &str, label| mention_at(text, s, label);
        // what the tagger reads in such headlines
        let mut names = vec![
            at("Bakiev", Label::Per),
            at("Resigns", Label::Org),
            at("Deadly Protests", Label::Org),
            at("Bush", Label::Per),
            at("Bishkek", Label::Loc),
        ];
        repair(text, &tokens, &mut names);
        // a frequent census name stays a name, even when the corpus writes it in lower case
        assert_eq!(surfaces(text, &names), ["Bakiev", "Bush", "Bishkek"]);
        assert!(dictionaries::is_en_common("resigns") && !dictionaries::is_en_common("bakiev"));
    }
}
