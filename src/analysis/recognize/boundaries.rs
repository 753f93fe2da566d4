//! Name boundaries the English tagger gets wrong, repaired with the gazetteer:
//! - `X of <Country>`: a person or a club followed by its country is two names (`Eitel of
//!   Germany`, `Olympiakos of Greece`), while a body, a firm or a place whose last word takes
//!   `of` keeps it (`Bank of Japan`, `Power Corp of Canada`, `Republic of Ireland`);
//! - a name never crosses a bracket (`The Oval ( London`);
//! - an office is no part of a name: a body's name, the office and its holder are two names
//!   (`Federal Reserve Governor Lawrence Lindsey`, `Security Council President`);
//! - a person `of` a firm, and a body's person, are two names (`Erin Purcell of Reagan
//!   Communications`, `Agriculture Department 's Drazek`);
//! - two names run together end at a country when what comes before it is named alone
//!   elsewhere in the article (`Lebed Chechnya plan` where `Lebed` is named, `OSCE Chechnya
//!   mission`);
//! - a place's first word left outside the span joins it when the whole is a known place
//!   (`the United States` tagged `States`);
//! - a place before an event's name the tagger did not read as an event is part of that
//!   event, not a place (`U.S. Amateur Championship` tagged `U.S.` + PER); when the event is
//!   tagged MISC the place stays a place, as in CoNLL (`Atlanta Olympics`).

use rustc_hash::FxHashSet as HashSet;

use super::english::is_cap_word;
use crate::analysis::dictionaries::{self, Cue};
use crate::analysis::tokenize::{Token, TokenFinder};
use crate::analysis::{Label, NameMention};

/// Last words of an event's name (`U.S. Open`, `Amateur Championship`).
const EVENT_WORDS: [&str; 15] = [
    "championship",
    "championships",
    "open",
    "cup",
    "games",
    "trophy",
    "classic",
    "masters",
    "prix",
    "tournament",
    "invitational",
    "olympics",
    "marathon",
    "rally",
    "series",
];

/// The gazetteer id of `tokens[a..b]` when they name a country.
fn nation(text: &str, tokens: &[Token], a: usize, b: usize) -> Option<&'static str> {
    if a >= b {
        return None;
    }
    let surface = &text[tokens[a].byte_start..tokens[b - 1].byte_end];
    dictionaries::places()
        .lookup(surface)
        .filter(|&(id, label, _)| label == Label::Loc && dictionaries::is_nation(id))
        .map(|x| x.0)
}

/// Is `tokens[a..b]` a country's name written alone, no nationality (`Chechen`) and no part of
/// a compound or a currency (`U.S.-based`, `US$`)?
fn country_alone(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let surface = &text[tokens[a].byte_start..tokens[b - 1].byte_end];
    !surface.ends_with('-')
        && tokens
            .get(b)
            .is_none_or(|t| !(t.glued && t.text(text).starts_with(['-', '$'])))
        && dictionaries::demonym(surface).is_none()
        && nation(text, tokens, a, b).is_some()
}

/// Does a name whose last word is `last` take `of` (`Bank of`, `Republic of`, `Gulf of`)?
fn takes_of(last: &str) -> bool {
    dictionaries::is_cue("en", last, Cue::OrgHead) || dictionaries::is_cue("en", last, Cue::LocHead)
}

/// Repair the boundaries of `names` (sorted, not overlapping) in place.
pub fn repair(text: &str, tokens: &[Token], names: &mut Vec<NameMention>) {
    if names.is_empty() {
        return;
    }
    let finder = TokenFinder::new(tokens);
    // token ranges of every name
    let mut spans: Vec<(usize, usize, NameMention)> = Vec::with_capacity(names.len());
    for m in names.drain(..) {
        match finder.span(m.start, m.end) {
            Some((a, b)) => spans.push((a, b + 1, m)),
            None => spans.push((usize::MAX, usize::MAX, m)),
        }
    }
    // every name's text, to tell names run together from one name
    let surfaces: HashSet<&str> = spans
        .iter()
        .filter(|x| x.0 != usize::MAX)
        .map(|&(a, b, _)| &text[tokens[a].byte_start..tokens[b - 1].byte_end])
        .collect();
    let mut out: Vec<(usize, usize, NameMention)> = Vec::with_capacity(spans.len());
    for (a, b, m) in spans {
        if a == usize::MAX {
            out.push((a, b, m));
            continue;
        }
        for (x, y, piece) in split(text, tokens, a, b, m) {
            match run_together(text, tokens, x, y, &piece, &surfaces) {
                Some(k) => {
                    let left = NameMention {
                        end: tokens[k - 1].end,
                        ..piece.clone()
                    };
                    let right = NameMention {
                        start: tokens[k].start,
                        label: Label::Loc,
                        ..piece
                    };
                    out.push((x, k, left));
                    out.push((k, y, right));
                }
                None => out.push((x, y, piece)),
            }
        }
    }
    // a place's first word left outside
    let covered_before = |out: &[(usize, usize, NameMention)], k: usize, i: usize| {
        k > 0 && out[k - 1].1 > i && out[k - 1].0 != usize::MAX
    };
    for k in 0..out.len() {
        let (a, b) = (out[k].0, out[k].1);
        if a == usize::MAX || a == 0 || out[k].2.label != Label::Loc {
            continue;
        }
        let prev = &tokens[a - 1];
        let article = prev.text(text).eq_ignore_ascii_case("the");
        if article || !is_cap_word(prev, text) || covered_before(&out, k, a - 1) {
            continue;
        }
        let surface = &text[prev.byte_start..tokens[b - 1].byte_end];
        if let Some((_, Label::Loc, _)) = dictionaries::places().lookup(surface) {
            out[k].0 = a - 1;
            out[k].2.start = prev.start;
        }
    }
    // a place before an event's name
    let mut k = 0;
    while k < out.len() {
        let (a, b) = (out[k].0, out[k].1);
        if a == usize::MAX || out[k].2.label != Label::Loc {
            k += 1;
            continue;
        }
        // the capitalised words after the place, which may be the next name
        let mut e = b;
        while e < tokens.len() && is_cap_word(&tokens[e], text) && !tokens[e].glued {
            e += 1;
        }
        let next_is_run = out.get(k + 1).is_none_or(|n| {
            n.0 == usize::MAX || n.0 >= e || (n.0 == b && n.1 == e && n.2.label != Label::Misc)
        });
        let event = e > b
            && next_is_run
            && EVENT_WORDS.contains(&tokens[e - 1].text(text).to_lowercase().as_str());
        if event {
            if out.get(k + 1).is_some_and(|n| n.0 == b) {
                out.remove(k + 1);
            }
            out[k].1 = e;
            out[k].2.end = tokens[e - 1].end;
            out[k].2.label = Label::Misc;
        }
        k += 1;
    }
    // a country's name alone is no nationality or event: a place (`The U.S. 30-year
    // benchmark`); read as a body it stays one, which tells the linker of a national team
    for x in out.iter_mut() {
        if x.0 != usize::MAX
            && matches!(x.2.label, Label::Org | Label::Misc)
            && nation(text, tokens, x.0, x.1).is_some()
            && x.2.label == Label::Org
            || x.0 != usize::MAX
                && x.2.label == Label::Misc
                && country_alone(text, tokens, x.0, x.1)
        {
            x.2.label = Label::Loc;
        }
    }
    // a country or a nationality before a body's name is part of it (`U.S. State Department`,
    // `U.S. Embassy`, `Kyrgyz Foreign Ministry`, as the guidelines and mostly CoNLL read them)
    let mut k = 0;
    while k < out.len() {
        let (a, b) = (out[k].0, out[k].1);
        let country = a != usize::MAX
            && (out[k].2.label == Label::Loc && nation(text, tokens, a, b).is_some()
                || out[k].2.label == Label::Misc
                    && dictionaries::demonym(&text[tokens[a].byte_start..tokens[b - 1].byte_end])
                        .is_some());
        if !country || tokens.get(b).is_none_or(|t| t.glued) {
            k += 1;
            continue;
        }
        let body_end =
            |e: usize| e > b && dictionaries::is_cue("en", tokens[e - 1].text(text), Cue::OrgHead);
        match out.get(k + 1) {
            Some(n) if n.0 == b && n.2.label == Label::Org && body_end(n.1) => {
                let (e, end) = (n.1, n.2.end);
                out.remove(k + 1);
                out[k].1 = e;
                out[k].2.end = end;
                out[k].2.label = Label::Org;
            }
            next => {
                // the body's words untagged: capitalised words up to the next name
                let mut e = b;
                while e < tokens.len()
                    && is_cap_word(&tokens[e], text)
                    && !tokens[e].glued
                    && next.is_none_or(|n| n.0 == usize::MAX || n.0 > e)
                {
                    e += 1;
                }
                if body_end(e) {
                    out[k].1 = e;
                    out[k].2.end = tokens[e - 1].end;
                    out[k].2.label = Label::Org;
                }
            }
        }
        k += 1;
    }
    *names = out.into_iter().map(|x| x.2).collect();
}

/// Where a person's or a body's name `tokens[a..b]` runs into a country: the country's first
/// token, when the words before it are a name of the article on their own.
fn run_together(
    text: &str,
    tokens: &[Token],
    a: usize,
    b: usize,
    m: &NameMention,
    surfaces: &HashSet<&str>,
) -> Option<usize> {
    if !matches!(m.label, Label::Per | Label::Org) || b < a + 2 {
        return None;
    }
    (a + 1..b).find(|&k| {
        !tokens[k].glued
            && is_cap_word(&tokens[k], text)
            && surfaces.contains(&text[tokens[a].byte_start..tokens[k - 1].byte_end])
            && nation(text, tokens, k, b).is_some()
    })
}

/// Offices a name is written before, as in `Federal Reserve Governor Lawrence Lindsey`: the
/// body's name, the office, the holder's name.
pub(super) const OFFICES: [&str; 20] = [
    "Governor",
    "Leader",
    "Speaker",
    "Whip",
    "Chair",
    "Cardinal",
    "Archbishop",
    "President",
    "Chairman",
    "Chairwoman",
    "Director",
    "Secretary",
    "Minister",
    "Spokesman",
    "Spokeswoman",
    "Commissioner",
    "Premier",
    "Ambassador",
    "Mayor",
    "Chancellor",
];

/// Words that make one office of the next (`Press Secretary`, `Foreign Minister`).
pub(super) const OFFICE_WORDS: [&str; 26] = [
    "Press",
    "Majority",
    "Minority",
    "Foreign",
    "Prime",
    "Vice",
    "Deputy",
    "Executive",
    "Managing",
    "Finance",
    "Defence",
    "Defense",
    "Interior",
    "Trade",
    "Economy",
    "Justice",
    "Health",
    "Education",
    "Agriculture",
    "Energy",
    "Labour",
    "Labor",
    "General",
    "Assistant",
    "Acting",
    "Chief",
];

/// The office inside a name `tokens[a..b]` (`Governor`, `Press Secretary`), as the range of
/// its words, when the name is a body's or a place's name, the office, and maybe its
/// holder's name (`Security Council President`, `Federal Reserve Governor Lawrence Lindsey`,
/// `White House Press Secretary Mike McCurry`), or an office and its holder (`Foreign Minister
/// Yevgeny Primakov`). The words before the office must end in a body's or a place's head
/// word, or be a known place or body, or an acronym.
fn office_inside(text: &str, tokens: &[Token], a: usize, b: usize) -> Option<(usize, usize)> {
    let k = (a + 1..b).find(|&k| OFFICES.contains(&tokens[k].text(text)))?;
    let mut first = k;
    while first > a && OFFICE_WORDS.contains(&tokens[first - 1].text(text)) {
        first -= 1;
    }
    // the holder's name, if any, is capitalised words
    let holder = (k + 1..b).all(|i| is_cap_word(&tokens[i], text));
    if !holder || (a..first).any(|i| !is_cap_word(&tokens[i], text) && !tokens[i].glued) {
        return None;
    }
    if first == a {
        return (k + 1 < b).then_some((first, k + 1));
    }
    let before = &text[tokens[a].byte_start..tokens[first - 1].byte_end];
    let last = tokens[first - 1].text(text);
    let acronym = first == a + 1
        && last.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !last.chars().any(char::is_lowercase);
    let body = takes_of(last)
        || acronym
        || dictionaries::places().lookup(before).is_some()
        || dictionaries::known_label(before).is_some_and(|l| l != Label::Per);
    body.then_some((first, k + 1))
}

/// Split one name `tokens[a..b]` at brackets and before `of <Country>`.
fn split(
    text: &str,
    tokens: &[Token],
    a: usize,
    b: usize,
    m: NameMention,
) -> Vec<(usize, usize, NameMention)> {
    let piece = |x: usize, y: usize, label: Label| {
        // never start or end on punctuation
        let (mut x, mut y) = (x, y);
        while x < y && !tokens[x].text(text).chars().any(char::is_alphanumeric) {
            x += 1;
        }
        while y > x && !tokens[y - 1].text(text).chars().any(char::is_alphanumeric) {
            y -= 1;
        }
        (x < y).then(|| {
            (
                x,
                y,
                NameMention {
                    start: tokens[x].start,
                    end: tokens[y - 1].end,
                    label,
                    score: m.score,
                },
            )
        })
    };
    if let Some(p) = (a..b).find(|&i| matches!(tokens[i].text(text), "(" | ")" | "[" | "]")) {
        let mut out: Vec<_> = piece(a, p, m.label).into_iter().collect();
        // what follows the bracket is kept only when it is a known place (`( London`), not
        // a club's town initial (`Mladost ( BJ`) or a gloss (`Hizbollah ( Party`)
        if let Some((x, y, rest)) = piece(p + 1, b, m.label) {
            let surface = &text[tokens[x].byte_start..tokens[y - 1].byte_end];
            if let Some((_, label, _)) = dictionaries::places().lookup(surface) {
                let rest = NameMention { label, ..rest };
                out.extend(split(text, tokens, x, y, rest));
            }
        }
        return out;
    }
    // `X of the <Country>` is a body or a person and its country, never one name (`Dow
    // Chemical Co of the United States`), unless the whole is a place (`Republic of the Congo`)
    let of_the = (a + 1..b.saturating_sub(2)).find(|&i| {
        tokens[i].text(text) == "of" && tokens[i + 1].text(text).eq_ignore_ascii_case("the")
    });
    if let Some(k) = of_the {
        let whole = &text[tokens[a].byte_start..tokens[b - 1].byte_end];
        if nation(text, tokens, k + 2, b).is_some()
            && dictionaries::places().lookup(whole).is_none()
        {
            let left_label = if dictionaries::is_cue("en", tokens[k - 1].text(text), Cue::OrgHead) {
                Label::Org
            } else {
                m.label
            };
            let mut out: Vec<_> = piece(a, k, left_label).into_iter().collect();
            out.extend(piece(k + 2, b, Label::Loc));
            return out;
        }
    }
    if m.label == Label::Misc {
        return vec![(a, b, m)];
    }
    if let Some((x, y)) = office_inside(text, tokens, a, b) {
        // the body (or place, as the tagger or the gazetteer says) before the office, then
        // its holder
        let mut out = Vec::new();
        if x > a {
            let body = &text[tokens[a].byte_start..tokens[x - 1].byte_end];
            let said = if m.label == Label::Loc {
                Label::Loc
            } else {
                Label::Org
            };
            let label = dictionaries::places().lookup(body).map_or(said, |p| p.1);
            out.extend(piece(a, x, label));
        }
        out.extend(piece(y, b, Label::Per));
        return out;
    }
    let of = (a + 1..b.saturating_sub(1)).find(|&i| tokens[i].text(text) == "of");
    if let Some(k) = of {
        if nation(text, tokens, k + 1, b).is_some() {
            let last = tokens[k - 1].text(text);
            let left_label = match m.label {
                Label::Per => Some(Label::Per),
                Label::Org if !takes_of(last) => Some(Label::Org),
                Label::Loc if !takes_of(last) => {
                    let left = &text[tokens[a].byte_start..tokens[k - 1].byte_end];
                    let known = dictionaries::places().lookup(left).map(|x| x.1);
                    known.or(
                        ((k - a) <= 3 && (a..k).all(|i| is_cap_word(&tokens[i], text)))
                            .then_some(Label::Per),
                    )
                }
                _ => None,
            };
            if let Some(l) = left_label {
                let mut out: Vec<_> = piece(a, k, l).into_iter().collect();
                out.extend(piece(k + 1, b, Label::Loc));
                return out;
            }
        } else if m.label == Label::Per && k >= a + 2 && person_before_of(text, tokens, a, k) {
            // `Erin Purcell of Boston-based Reagan Communications`: a person and the body
            // they speak for (an `X-based` before it is neither)
            let mut x = k + 1;
            if let Some(based) = (x..b).find(|&i| tokens[i].text(text) == "based") {
                if based + 1 < b && (x..based).all(|i| tokens[i].glued || i == x) {
                    x = based + 1;
                }
            }
            let mut out: Vec<_> = piece(a, k, Label::Per).into_iter().collect();
            out.extend(piece(x, b, Label::Org));
            return out;
        }
    }
    // `Agriculture Department 's Drazek`, `Rapid 's Michael Konsel`: a body's name, then a
    // person's after the possessive, when the body's name ends in a head word or the person's
    // begins with a given name; many names go on after `'s` (`People 's Daily`, `Queen 's Park
    // Rangers`)
    if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&i| tokens[i].text(text) == "'s") {
        let person = (k + 1..b).all(|i| is_cap_word(&tokens[i], text))
            && !takes_of(tokens[b - 1].text(text))
            && (b - k == 2 && takes_of(tokens[k - 1].text(text))
                || (3..=4).contains(&(b - k))
                    && dictionaries::is_given_name(tokens[k + 1].text(text)));
        if m.label != Label::Per && person {
            let mut out: Vec<_> = piece(a, k, m.label).into_iter().collect();
            out.extend(piece(k + 1, b, Label::Per));
            return out;
        }
    }
    vec![(a, b, m)]
}

/// Whether `tokens[a..k]` before an `of` are a person's name: capitalised words, none a title
/// (`Mary Queen of Scots` is one name).
fn person_before_of(text: &str, tokens: &[Token], a: usize, k: usize) -> bool {
    (a..k).all(|i| {
        is_cap_word(&tokens[i], text)
            && !dictionaries::is_cue("en", tokens[i].text(text), Cue::PerTitle)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokenize::tokenize;

    fn names_of(text: &str, spans: &[(&str, Label)]) -> Vec<String> {
        let tokens = tokenize(text);
        // each span is searched for after the one before it
        let mut from = 0;
        let mut names: Vec<NameMention> = spans
            .iter()
            .map(|(s, l)| {
                let byte = from + text[from..].find(s).unwrap();
                from = byte + s.len();
                let start = text[..byte].chars().count();
                NameMention {
                    start,
                    end: start + s.chars().count(),
                    label: *l,
                    score: 1.0,
                }
            })
            .collect();
        repair(text, &tokens, &mut names);
        names
            .iter()
            .map(|m| {
                let s: String = text.chars().skip(m.start).take(m.end - m.start).collect();
                format!("{}:{s}", m.label.as_str())
            })
            .collect()
    }

    #[test]
    fn a_person_or_firm_of_a_country_is_two_names() {
        assert_eq!(
            names_of(
                "beat Eitel of Germany 6-3",
                &[("Eitel of Germany", Label::Loc)]
            ),
            ["PER:Eitel", "LOC:Germany"]
        );
        assert_eq!(
            names_of(
                "beat Olympiakos of Greece 2-0",
                &[("Olympiakos of Greece", Label::Org)]
            ),
            ["ORG:Olympiakos", "LOC:Greece"]
        );
        assert_eq!(
            names_of(
                "Power Corp of Canada said",
                &[("Power Corp of Canada", Label::Org)]
            ),
            ["ORG:Power Corp of Canada"]
        );
        assert_eq!(
            names_of("the Bank of Japan said", &[("Bank of Japan", Label::Org)]),
            ["ORG:Bank of Japan"]
        );
        assert_eq!(
            names_of(
                "the Republic of Ireland won",
                &[("Republic of Ireland", Label::Loc)]
            ),
            ["LOC:Republic of Ireland"]
        );
    }

    #[test]
    fn names_run_together_end_at_a_country_named_apart() {
        let text = "Lebed Chechnya plan . Lebed said .";
        assert_eq!(
            names_of(
                text,
                &[("Lebed Chechnya", Label::Per), ("Lebed", Label::Per)]
            ),
            ["PER:Lebed", "LOC:Chechnya", "PER:Lebed"]
        );
        // without `Lebed` alone elsewhere, nothing tells two names from one
        assert_eq!(
            names_of("Lebed Chechnya plan .", &[("Lebed Chechnya", Label::Per)]),
            ["PER:Lebed Chechnya"]
        );
    }

    #[test]
    fn a_country_or_nationality_before_a_body_is_part_of_it() {
        assert_eq!(
            names_of(
                "Today U.S. State Department spokesman",
                &[("U.S.", Label::Loc), ("State Department", Label::Org)]
            ),
            ["ORG:U.S. State Department"]
        );
        assert_eq!(
            names_of("the U.S. Embassy 's charge", &[("U.S.", Label::Loc)]),
            ["ORG:U.S. Embassy"]
        );
        assert_eq!(
            names_of(
                "a Kyrgyz Foreign Ministry official",
                &[("Kyrgyz", Label::Misc), ("Foreign Ministry", Label::Org)]
            ),
            ["ORG:Kyrgyz Foreign Ministry"]
        );
        // not before a person, a place or a word that heads no body
        assert_eq!(
            names_of(
                "U.S. President Bill Clinton",
                &[("U.S.", Label::Loc), ("Bill Clinton", Label::Per)]
            ),
            ["LOC:U.S.", "PER:Bill Clinton"]
        );
    }

    #[test]
    fn a_country_alone_is_a_place_and_of_the_country_is_its_own_name() {
        assert_eq!(
            names_of("The U.S. 30-year bond", &[("U.S.", Label::Misc)]),
            ["LOC:U.S."]
        );
        assert_eq!(
            names_of(
                "The Dow Chemical Co of the United States will",
                &[("Dow Chemical Co of the United States", Label::Misc)]
            ),
            ["ORG:Dow Chemical Co", "LOC:United States"]
        );
    }

    /// Each name, tagged with its label alone in a sentence, against the names repaired.
    fn check_alone(cases: &[(&str, Label, &[&str])]) {
        for &(name, label, want) in cases {
            let text = format!("said {name} on Friday");
            assert_eq!(names_of(&text, &[(name, label)]), want, "{name}");
        }
    }

    #[test]
    fn an_office_parts_a_body_from_its_holder() {
        let cases: [(&str, Label, &[&str]); 6] = [
            (
                "Federal Reserve Governor Lawrence Lindsey",
                Label::Org,
                &["ORG:Federal Reserve", "PER:Lawrence Lindsey"],
            ),
            (
                "Security Council President",
                Label::Org,
                &["ORG:Security Council"],
            ),
            ("Chicago Cardinal", Label::Org, &["LOC:Chicago"]),
            (
                "Foreign Minister Yevgeny Primakov",
                Label::Per,
                &["PER:Yevgeny Primakov"],
            ),
            (
                "IMF Managing Director Michel Camdessus",
                Label::Org,
                &["ORG:IMF", "PER:Michel Camdessus"],
            ),
            // no body before the office: one name (`Grand` ends no body)
            (
                "Grand President Hotel",
                Label::Org,
                &["ORG:Grand President Hotel"],
            ),
        ];
        check_alone(&cases);
    }

    #[test]
    fn a_person_of_a_firm_and_a_body_s_person_are_two_names() {
        let cases: [(&str, Label, &[&str]); 5] = [
            (
                "Erin Purcell of Boston-based Reagan Communications",
                Label::Per,
                &["PER:Erin Purcell", "ORG:Reagan Communications"],
            ),
            (
                "Agriculture Department 's Drazek",
                Label::Org,
                &["ORG:Agriculture Department", "PER:Drazek"],
            ),
            (
                "Rapid 's Michael Konsel",
                Label::Org,
                &["ORG:Rapid", "PER:Michael Konsel"],
            ),
            // names that go on after `'s`, and a title before `of`
            ("People 's Daily", Label::Org, &["ORG:People 's Daily"]),
            (
                "Mary Queen of Scots",
                Label::Per,
                &["PER:Mary Queen of Scots"],
            ),
        ];
        check_alone(&cases);
    }

    #[test]
    fn brackets_end_a_name() {
        assert_eq!(
            names_of(
                "at The Oval ( London ) on",
                &[("The Oval ( London", Label::Loc)]
            ),
            ["LOC:The Oval", "LOC:London"]
        );
    }

    #[test]
    fn a_place_takes_its_first_word_and_an_event_takes_its_place() {
        assert_eq!(
            names_of("of the United States will", &[("States", Label::Loc)]),
            ["LOC:United States"]
        );
        assert_eq!(
            names_of(
                "third successive U.S. Amateur Championship ,",
                &[("U.S.", Label::Loc), ("Amateur Championship", Label::Per)]
            ),
            ["MISC:U.S. Amateur Championship"]
        );
        assert_eq!(
            names_of("won the Hong Kong Open on", &[("Hong Kong", Label::Loc)]),
            ["MISC:Hong Kong Open"]
        );
        // an event the tagger read as one keeps its place apart
        assert_eq!(
            names_of(
                "the Atlanta Olympics .",
                &[("Atlanta", Label::Loc), ("Olympics", Label::Misc)]
            ),
            ["LOC:Atlanta", "MISC:Olympics"]
        );
        // a place followed by another name stays a place
        assert_eq!(
            names_of(
                "in France Jacques Chirac said",
                &[("France", Label::Loc), ("Jacques Chirac", Label::Per)]
            ),
            ["LOC:France", "PER:Jacques Chirac"]
        );
    }
}
