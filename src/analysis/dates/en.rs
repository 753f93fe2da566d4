//! English date expressions.

use chrono::{NaiveDate, Weekday};

use super::tok::{Tok, Toks};
use super::value::{Expr, Rel, Unit, YearSpec};
use super::{DocCtx, Raw};

pub(crate) fn month_word(t: &Tok) -> Option<(u32, bool)> {
    if !t.is_cap() || t.s.len() > 9 || !t.s.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 48];
    let m = match t.lower(&mut buf) {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    };
    Some(m)
}

pub(crate) fn weekday_word(t: &Tok) -> Option<Weekday> {
    if !t.is_cap() || !t.s.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 48];
    Some(match t.lower(&mut buf) {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn season_word(t: &Tok) -> Option<&'static str> {
    let mut buf = [0u8; 48];
    Some(match t.lower(&mut buf) {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// A day of the month: `7`, `07`, `7th`.
pub(crate) fn day_num(t: &Tok) -> Option<u32> {
    let s = t.s;
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let suffix = &s[digits..];
    if !suffix.is_empty()
        && !["st", "nd", "rd", "th"]
            .iter()
            .any(|x| suffix.eq_ignore_ascii_case(x))
    {
        return None;
    }
    let d: u32 = s[..digits].parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

pub(crate) fn year_num(t: &Tok) -> Option<i32> {
    if t.s.len() != 4 || !t.is_digits() {
        return None;
    }
    let y: i32 = t.s.parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

fn unit_word(t: &Tok) -> Option<(Unit, bool)> {
    let mut buf = [0u8; 48];
    Some(match t.lower(&mut buf) {
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" => (Unit::Year, false),
        "years" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        _ => return None,
    })
}

fn number_word(t: &Tok) -> Option<i32> {
    if let Some(n) = t.num() {
        return Some(n as i32);
    }
    let mut buf = [0u8; 48];
    Some(match t.lower(&mut buf) {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "fifty" => 50,
        "hundred" => 100,
        _ => return None,
    })
}

fn is_vague_quantity(t: &Tok) -> bool {
    t.any(&["several", "few", "many", "some", "couple"])
}

/// `Month [.] [day [, year]] | Month [,] year | Month` at token `i`.
/// `bare_ok`: a month alone is accepted.
fn from_month(t: &mut Toks, i: usize, bare_ok: bool) -> Option<(usize, Expr)> {
    let (m, abbrev) = month_word(&t.at(i)?)?;
    let mut j = i + 1;
    let mut dotted = false;
    if abbrev && t.is(j, ".") && t.tight(j) {
        j += 1;
        dotted = true;
    }
    if let Some(tj) = t.at(j) {
        if let Some(d) = day_num(&tj) {
            // Not a clock time or a decimal: `May 5:30`, `Jan 1.5`.
            let bad_next = t.tight(j + 1)
                && t.any(j + 1, &[":", ".", "/"])
                && t.at(j + 2).is_some_and(|x| x.is_digits() && x.tight);
            if !bad_next && d <= super::value::days_in_month(2000, m) {
                let mut k = j + 1;
                if t.is(k, ",") {
                    k += 1;
                }
                if let Some(y) = t.at(k).as_ref().and_then(year_num) {
                    if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                        return Some((k, Expr::Full(date)));
                    }
                }
                return Some((j, Expr::MonthDay { m, d }));
            }
        }
        let mut k = j;
        if t.is(k, ",") || t.is(k, "of") {
            k += 1;
        }
        if let Some(y) = t.at(k).as_ref().and_then(year_num) {
            if !t.tight(k + 1) || !t.is(k + 1, "s") {
                return Some((k, Expr::MonthYear { y, m }));
            }
        }
    }
    if abbrev && !dotted {
        return None;
    }
    let last = if dotted { i + 1 } else { i };
    if m == 5 && !bare_ok {
        // `May` alone is a month only after a preposition.
        let p = t.prev()?;
        if !p.any(&[
            "in", "since", "until", "till", "by", "of", "through", "during", "before", "after",
            "from", "to", "between", "and", "early", "late", "mid",
        ]) {
            return None;
        }
    }
    Some((
        last,
        Expr::Month {
            m,
            rel: Rel::Nearest,
        },
    ))
}

/// A weekday, optionally with a date or a part of day.
fn from_weekday(t: &mut Toks, i: usize) -> Option<(usize, Expr)> {
    let wd = weekday_word(&t.at(i)?)?;
    let mut j = i + 1;
    if t.is(j, ",") {
        j += 1;
    }
    if t.at(j).as_ref().and_then(month_word).is_some() {
        if let Some((k, e)) = from_month(t, j, true) {
            if matches!(e, Expr::Full(_) | Expr::MonthDay { .. }) {
                return Some((k, e));
            }
        }
    }
    if t.any(i + 1, &["morning", "afternoon", "evening", "night"]) {
        return Some((
            i + 1,
            Expr::Weekday {
                wd,
                rel: Rel::Nearest,
            },
        ));
    }
    Some((
        i,
        Expr::Weekday {
            wd,
            rel: Rel::Nearest,
        },
    ))
}

/// `week`, `month`, `spring`, `Friday`, `May` … after `this`/`last`/`next`.
fn after_rel(t: &mut Toks, i: usize, dir: i32) -> Option<(usize, Expr)> {
    let ti = t.at(i)?;
    let rel = match dir {
        0 => Rel::This,
        d if d < 0 => Rel::Last,
        _ => Rel::Next,
    };
    if let Some(wd) = weekday_word(&ti) {
        return Some((i, Expr::Weekday { wd, rel }));
    }
    if let Some((m, abbrev)) = month_word(&ti) {
        if !abbrev {
            return Some((i, Expr::Month { m, rel }));
        }
    }
    if let Some(s) = season_word(&ti) {
        return Some((
            i,
            Expr::Season {
                s,
                y: YearSpec::Off(dir),
            },
        ));
    }
    if ti.is("weekend") {
        return Some((i, Expr::Weekend(dir)));
    }
    if dir == 0 && ti.any(&["morning", "afternoon", "evening"]) {
        return Some((
            i,
            Expr::Off {
                unit: Unit::Day,
                n: 0,
            },
        ));
    }
    if dir < 0 && ti.is("night") {
        return Some((
            i,
            Expr::Off {
                unit: Unit::Day,
                n: -1,
            },
        ));
    }
    if let Some((unit, plural)) = unit_word(&ti) {
        if plural || unit == Unit::Day {
            return None;
        }
        return Some((i, Expr::Off { unit, n: dir }));
    }
    None
}

fn ordinal_quarter(t: &mut Toks, i: usize) -> Option<(usize, u32)> {
    let q = match () {
        _ if t.is(i, "first") => 1,
        _ if t.is(i, "second") => 2,
        _ if t.is(i, "third") => 3,
        _ if t.is(i, "fourth") => 4,
        _ => return None,
    };
    let mut j = i + 1;
    if t.is(j, "-") && t.tight(j) {
        j += 1;
    }
    if t.is(j, "quarter") {
        Some((j, q))
    } else {
        None
    }
}

/// `of 1990`, `of this year`, `of last year` after a quarter or season.
fn of_year(t: &mut Toks, i: usize) -> Option<(usize, YearSpec)> {
    if !t.is(i, "of") {
        return None;
    }
    if let Some(y) = t.at(i + 1).as_ref().and_then(year_num) {
        return Some((i + 1, YearSpec::Abs(y)));
    }
    let dir = match () {
        _ if t.is(i + 1, "this") => 0,
        _ if t.is(i + 1, "last") => -1,
        _ if t.is(i + 1, "next") => 1,
        _ => return None,
    };
    if t.is(i + 2, "year") {
        Some((i + 2, YearSpec::Off(dir)))
    } else {
        None
    }
}

fn decade_tok(t: &Tok) -> Option<i32> {
    let s = t.s;
    if s.len() == 5
        && s.ends_with('s')
        && s[..4].bytes().all(|b| b.is_ascii_digit())
        && s.as_bytes()[3] == b'0'
    {
        let y: i32 = s[..4].parse().ok()?;
        if (1000..=2999).contains(&y) {
            return Some(y / 10);
        }
    }
    None
}

/// Inner expression after `early`, `late`, `mid`, `the end of` …
fn inner(t: &mut Toks, i: usize) -> Option<(usize, Expr)> {
    let ti = t.at(i)?;
    if month_word(&ti).is_some() {
        return from_month(t, i, true);
    }
    if weekday_word(&ti).is_some() {
        return from_weekday(t, i);
    }
    if let Some(y) = year_num(&ti) {
        return Some((i, Expr::Year(y)));
    }
    if let Some(d) = decade_tok(&ti) {
        return Some((i, Expr::Decade(d)));
    }
    let dir = match () {
        _ if ti.is("this") => 0,
        _ if ti.is("last") => -1,
        _ if ti.is("next") => 1,
        _ if ti.is("the") => {
            if let Some(d) = t.at(i + 1).as_ref().and_then(decade_tok) {
                return Some((i + 1, Expr::Decade(d)));
            }
            if t.any(i + 1, &["year", "month", "week", "quarter"]) {
                let unit = unit_word(&t.at(i + 1)?)?.0;
                return Some((i + 1, Expr::Off { unit, n: 0 }));
            }
            return None;
        }
        _ => return None,
    };
    after_rel(t, i + 1, dir)
}

fn future_hint(text: &str, pos: usize) -> bool {
    let window = super::sentence_before(text, pos, 100, &['.', ';', '?', '!']);
    window.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "will"
                | "Will"
                | "ll"
                | "shall"
                | "scheduled"
                | "plan"
                | "plans"
                | "planned"
                | "planning"
                | "expected"
                | "expects"
                | "due"
                | "upcoming"
        )
    })
}

fn mk(t: &mut Toks, last: usize, expr: Expr) -> Option<Raw> {
    let start = t.start();
    let end = t.end_of(last);
    let future = expr.reads_tense() && future_hint(t.text, start);
    Some(Raw {
        start,
        end,
        expr,
        future,
    })
}

const COUNT_NOUNS: &[&str] = &[
    "people",
    "troops",
    "men",
    "women",
    "shares",
    "tons",
    "miles",
    "kilometers",
    "km",
    "feet",
    "meters",
    "dollars",
    "points",
    "cars",
    "units",
    "workers",
    "jobs",
    "votes",
    "pounds",
    "barrels",
    "acres",
    "hours",
    "employees",
    "children",
    "soldiers",
    "students",
    "members",
    "companies",
    "homes",
    "houses",
    "copies",
    "persons",
    "cases",
    "deaths",
    "rooms",
    "beds",
];

/// A bare year `1990`, rejecting amounts and parts of numbers.
fn bare_year(t: &mut Toks) -> Option<(usize, Expr)> {
    let t0 = t.at(0)?;
    let y = year_num(&t0)?;
    if let Some(p) = t.prev() {
        if p.any(&["$", "£", "€", "#", "no", "No", "number", "+", "-"]) && p.end == t0.start {
            return None;
        }
        if p.any(&["$", "£", "€", "#"]) {
            return None;
        }
        if (p.s == "," || p.s == "." || p.s == ":") && p.end == t0.start {
            return None;
        }
    }
    if t.tight(1)
        && t.any(1, &[",", ".", ":", "%"])
        && t.at(2).is_some_and(|x| x.tight && x.is_digits())
    {
        return None;
    }
    if t.is(1, "%")
        || (t.tight(1)
            && t.any(1, &["-", "/"])
            && t.at(2).is_some_and(|x| x.tight && x.is_digits()))
    {
        return None;
    }
    if t.any(1, COUNT_NOUNS) {
        return None;
    }
    Some((0, Expr::Year(y)))
}

/// Numeric forms that do not depend on the language: ISO dates, numeric
/// dates with a four-digit year, years.
pub(crate) fn numeric(t: &mut Toks, day_first_dots: bool) -> Option<(usize, Expr)> {
    let t0 = t.at(0)?;
    if !t0.s.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    // ISO 2010-04-07, 2010/04/07
    if t0.s.len() == 4 && t0.is_digits() {
        for sep in ["-", "/"] {
            if t.is(1, sep) && t.tight(1) && t.tight(2) && t.is(3, sep) && t.tight(3) && t.tight(4)
            {
                let (a, b, c) = (t.at(2)?, t.at(4)?, t0);
                if let (Some(m), Some(d), Some(y)) = (a.num(), b.num(), year_num(&c)) {
                    if a.s.len() <= 2 && b.s.len() <= 2 {
                        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                            return Some((4, Expr::Full(date)));
                        }
                    }
                }
            }
        }
    }
    // a/b/yyyy, a-b-yyyy, a.b.yyyy
    if t0.is_digits() && t0.s.len() <= 2 {
        for sep in ["/", "-", "."] {
            if sep == "." && !day_first_dots {
                continue;
            }
            if t.is(1, sep) && t.tight(1) && t.tight(2) && t.is(3, sep) && t.tight(3) && t.tight(4)
            {
                let (b, c) = (t.at(2)?, t.at(4)?);
                if b.is_digits() && b.s.len() <= 2 {
                    if let (Some(a), Some(b), Some(y)) = (t0.num(), b.num(), year_num(&c)) {
                        let ok = NaiveDate::from_ymd_opt(y, a, b).is_some()
                            || NaiveDate::from_ymd_opt(y, b, a).is_some();
                        if ok && !(t.tight(5) && t.any(5, &[sep, "/", "-"])) {
                            return Some((4, Expr::Numeric { a, b, y }));
                        }
                    }
                }
            }
        }
    }
    if let Some(d) = decade_tok(&t0) {
        return Some((0, Expr::Decade(d)));
    }
    bare_year(t)
}

pub(crate) fn parse_numeric_only(t: &mut Toks) -> Option<Raw> {
    let (last, e) = numeric(t, true)?;
    if matches!(e, Expr::Year(_)) {
        // Vietnamese: a number before a noun is a quantity (`2000 người`).
        let noun = t.at(last + 1).is_some_and(|x| {
            x.s.chars().next().is_some_and(char::is_lowercase)
                && !x.any(&["và", "đến", "tới", "hoặc", "trở", "hay"])
        });
        // and a number after a noun is its number (`bệnh_nhân 1034`), not a year
        let after_noun = t.prev().is_some_and(|p| {
            p.s.chars().next().is_some_and(char::is_alphabetic)
                && !p.any(&[
                    "từ", "đến", "tới", "vào", "trong", "và", "hoặc", "sau", "trước", "đầu",
                    "cuối", "giữa", "mùa", "hè", "xuân", "thu", "đông",
                ])
        });
        if noun || after_noun {
            return None;
        }
    }
    mk(t, last, e)
}

/// The English parser: an expression that starts at token 0.
pub(crate) fn parse(t: &mut Toks, ctx: &mut DocCtx) -> Option<Raw> {
    let t0 = t.at(0)?;
    if t0.joined {
        return None;
    }
    if t0.s.as_bytes()[0].is_ascii_digit() {
        return parse_digits(t);
    }
    if month_word(&t0).is_some() {
        let (last, e) = from_month(t, 0, false)?;
        return mk(t, last, e);
    }
    if weekday_word(&t0).is_some() {
        let (last, e) = from_weekday(t, 0)?;
        return mk(t, last, e);
    }
    let mut buf = [0u8; 48];
    let w = t0.lower(&mut buf);
    let day = |n| Expr::Off { unit: Unit::Day, n };
    match w {
        "today" | "tonight" => mk(t, 0, day(0)),
        "yesterday" | "tomorrow" => {
            let n = if w == "yesterday" { -1 } else { 1 };
            let last = if t.any(1, &["morning", "afternoon", "evening", "night"]) {
                1
            } else {
                0
            };
            mk(t, last, day(n))
        }
        "now" | "currently" => mk(t, 0, Expr::Ref("PRESENT_REF")),
        "present" => {
            let p = t.prev()?;
            if p.is("at") {
                mk(t, 0, Expr::Ref("PRESENT_REF"))
            } else {
                None
            }
        }
        "future" => {
            let p = t.prev()?;
            if p.is("in") && !t.any(1, &["of"]) {
                mk(t, 0, Expr::Ref("FUTURE_REF"))
            } else {
                None
            }
        }
        "this" | "last" | "next" => {
            let mut dir = match w {
                "this" => 0,
                "last" => -1,
                _ => 1,
            };
            let mut i = 1;
            if w == "this" && t.any(1, &["past", "coming"]) {
                if t.is(1, "coming") {
                    dir = 1;
                }
                i = 2;
                // `this past spring` is this year's spring.
                if let Some(s) = t.at(2).as_ref().and_then(season_word) {
                    return mk(
                        t,
                        2,
                        Expr::Season {
                            s,
                            y: YearSpec::Off(0),
                        },
                    );
                }
            }
            if w == "this"
                && t.any(1, &["point", "moment", "time"])
                && t.prev().is_some_and(|p| p.is("at"))
            {
                return mk(t, 1, Expr::Ref("PRESENT_REF"));
            }
            let (last, e) = after_rel(t, i, dir)?;
            mk(t, last, e)
        }
        "the" => parse_the(t),
        "early" | "late" | "mid" => {
            let mut i = 1;
            if t.is(1, "-") && t.tight(1) {
                i = 2;
            }
            let (last, e) = inner(t, i)?;
            mk(t, last, e)
        }
        "earlier" | "later" => {
            if w == "earlier" && ctx.quarter_doc(t.text) {
                // `a year earlier` in a quarterly report
                let y = super::tok::prev_tok(t.text, t0.start)?;
                if y.is("year") {
                    let a = super::tok::prev_tok(t.text, y.start)?;
                    if a.any(&["a", "one"]) {
                        let end = t0.end;
                        return Some(Raw {
                            start: a.start,
                            end,
                            expr: Expr::LastQuarter { back: 1 },
                            future: false,
                        });
                    }
                }
            }
            if t.any(1, &["today", "yesterday", "tonight"]) {
                let n = if t.is(1, "yesterday") { -1 } else { 0 };
                return mk(t, 1, day(n));
            }
            if t.is(1, "this") && t.any(2, &["week", "month", "year"]) {
                let unit = unit_word(&t.at(2)?)?.0;
                mk(t, 2, Expr::Off { unit, n: 0 })
            } else {
                None
            }
        }
        "first" | "second" | "third" | "fourth" => {
            let (j, q) = ordinal_quarter(t, 0)?;
            let (last, y) = of_year(t, j + 1).unwrap_or((j, YearSpec::Off(0)));
            mk(t, last, Expr::Quarter { q, y })
        }
        "fiscal" => {
            let y = year_num(&t.at(1)?)?;
            mk(t, 1, Expr::Year(y))
        }
        "spring" | "summer" | "fall" | "autumn" | "winter" => {
            let s = season_word(&t0)?;
            let mut j = 1;
            if t.is(1, "of") {
                j = 2;
            }
            let y = year_num(&t.at(j)?)?;
            mk(
                t,
                j,
                Expr::Season {
                    s,
                    y: YearSpec::Abs(y),
                },
            )
        }
        "christmas" => {
            if !t0.is_cap() {
                return None;
            }
            if t.is(1, "eve") {
                mk(t, 1, Expr::Holiday { m: 12, d: 24 })
            } else if t.is(1, "day") {
                mk(t, 1, Expr::Holiday { m: 12, d: 25 })
            } else {
                mk(t, 0, Expr::Holiday { m: 12, d: 25 })
            }
        }
        "new" => {
            // New Year's Day / Eve
            if t0.is_cap() && t.is(1, "year") && t.is(2, "'") && t.is(3, "s") {
                if t.is(4, "day") {
                    return mk(t, 4, Expr::Holiday { m: 1, d: 1 });
                }
                if t.is(4, "eve") {
                    return mk(t, 4, Expr::Holiday { m: 12, d: 31 });
                }
            }
            None
        }
        "halloween" => mk(t, 0, Expr::Holiday { m: 10, d: 31 }),
        "independence" => {
            if t0.is_cap() && t.is(1, "day") && t.at(1).is_some_and(|x| x.is_cap()) {
                mk(t, 1, Expr::Holiday { m: 7, d: 4 })
            } else {
                None
            }
        }
        "ago" => parse_ago_back(t, ctx),
        "year" => {
            // year-end, year-earlier, year-ago
            if !(t.is(1, "-") && t.tight(1) && t.tight(2)) {
                return None;
            }
            if t.is(2, "end") {
                let back = i32::from(t.prev().is_some_and(|p| p.is("since")));
                return mk(t, 2, Expr::YearEnd { back });
            }
            if t.any(2, &["earlier", "ago"]) && ctx.quarter_doc(t.text) {
                return mk(t, 2, Expr::LastQuarter { back: 1 });
            }
            None
        }
        "thanksgiving" => {
            if !t0.is_cap() {
                return None;
            }
            let last = if t.is(1, "day") { 1 } else { 0 };
            mk(t, last, Expr::Thanksgiving)
        }
        "nineteen" => {
            let (last, y) = spelled_year(t, 0)?;
            mk(t, last, Expr::Year(y))
        }
        _ => None,
    }
}

fn parse_the(t: &mut Toks) -> Option<Raw> {
    let t1 = t.at(1)?;
    let mut buf = [0u8; 48];
    let w1 = t1.lower(&mut buf);
    let known = matches!(
        w1,
        "past" | "future" | "near" | "moment" | "present" | "early" | "late" | "mid" | "next"
    ) || matches!(
        w1,
        "following" | "previous" | "prior" | "day" | "beginning" | "start" | "end" | "middle"
    ) || matches!(
        w1,
        "last" | "weekend" | "fiscal" | "first" | "second" | "third" | "fourth" | "spring"
    ) || matches!(
        w1,
        "summer" | "fall" | "autumn" | "winter" | "quarter" | "latest" | "comparable" | "year"
    );
    if !known && !t1.s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if t1.is("past") {
        if t.at(2).as_ref().and_then(unit_word).is_some()
            || t.at(2)
                .is_some_and(|x| x.is_digits() || number_word(&x).is_some())
        {
            return None;
        }
        return mk(t, 1, Expr::Ref("PAST_REF"));
    }
    if t1.is("future") {
        return mk(t, 1, Expr::Ref("FUTURE_REF"));
    }
    if t1.is("near") && t.is(2, "future") {
        return mk(t, 2, Expr::Ref("FUTURE_REF"));
    }
    if t1.any(&["moment", "present"]) {
        if t.prev().is_some_and(|p| p.is("at")) {
            return mk(t, 1, Expr::Ref("PRESENT_REF"));
        }
        return None;
    }
    if let Some(d) = decade_tok(&t1) {
        return mk(t, 1, Expr::Decade(d));
    }
    if t1.any(&["early", "late", "mid"]) {
        let mut i = 2;
        if t.is(2, "-") && t.tight(2) {
            i = 3;
        }
        if let Some(d) = t.at(i).as_ref().and_then(decade_tok) {
            return mk(t, i, Expr::Decade(d));
        }
        return None;
    }
    if t1.any(&["next", "following"]) && t.is(2, "day") {
        return mk(
            t,
            2,
            Expr::Off {
                unit: Unit::Day,
                n: 1,
            },
        );
    }
    if t1.any(&["previous", "prior"]) {
        if t.is(2, "day") {
            return mk(
                t,
                2,
                Expr::Off {
                    unit: Unit::Day,
                    n: -1,
                },
            );
        }
        let t2 = t.at(2)?;
        if let Some(wd) = weekday_word(&t2) {
            return mk(t, 2, Expr::Weekday { wd, rel: Rel::Last });
        }
        if t2.any(&["week", "month", "year"]) {
            let unit = unit_word(&t2)?.0;
            return mk(t, 2, Expr::Off { unit, n: -1 });
        }
        return None;
    }
    if t1.is("day") && t.is(2, "before") {
        if t.is(3, "yesterday") {
            return mk(
                t,
                3,
                Expr::Off {
                    unit: Unit::Day,
                    n: -2,
                },
            );
        }
        return None;
    }
    if t1.is("day") && t.is(2, "after") && t.is(3, "tomorrow") {
        return mk(
            t,
            3,
            Expr::Off {
                unit: Unit::Day,
                n: 2,
            },
        );
    }
    if t1.any(&["beginning", "start", "end", "middle"]) && t.is(2, "of") {
        let (last, e) = inner(t, 3)?;
        return mk(t, last, e);
    }
    if t1.is("last") && t.is(2, "week") {
        return mk(
            t,
            2,
            Expr::Off {
                unit: Unit::Week,
                n: -1,
            },
        );
    }
    if t1.is("weekend") {
        return mk(t, 1, Expr::Weekend(0));
    }
    if t1.is("quarter") || (t1.is("latest") && t.is(2, "quarter")) {
        let j = if t1.is("quarter") { 1 } else { 2 };
        if t.any(j + 1, &["of", "-"]) {
            return None;
        }
        return mk(t, j, Expr::LastQuarter { back: 0 });
    }
    {
        // the [comparable] year-ago/year-earlier quarter/period
        let i = if t1.is("comparable") { 2 } else { 1 };
        if t.is(i, "year")
            && t.is(i + 1, "-")
            && t.any(i + 2, &["ago", "earlier"])
            && t.any(i + 3, &["quarter", "period"])
        {
            return mk(t, i + 3, Expr::LastQuarter { back: 1 });
        }
    }
    // the [fiscal] [1988] third quarter [of 1990]
    let mut i = 1;
    if t.is(i, "fiscal") {
        i += 1;
    }
    let mut ys = None;
    if let Some(y) = t.at(i).as_ref().and_then(year_num) {
        ys = Some(YearSpec::Abs(y));
        i += 1;
    }
    if let Some((j, q)) = ordinal_quarter(t, i) {
        let (last, y) = match of_year(t, j + 1) {
            Some((l, y)) => (l, y),
            None => (j, ys.unwrap_or(YearSpec::Off(0))),
        };
        return mk(t, last, Expr::Quarter { q, y });
    }
    if ys.is_some() {
        return None;
    }
    if let Some(s) = season_word(&t1) {
        if let Some((last, y)) = of_year(t, 2) {
            return mk(t, last, Expr::Season { s, y });
        }
        if t.is(2, "of") && t.is(3, "nineteen") {
            let (last, y) = spelled_year(t, 3)?;
            return mk(
                t,
                last,
                Expr::Season {
                    s,
                    y: YearSpec::Abs(y),
                },
            );
        }
    }
    None
}

/// `nineteen seventy-nine`, `nineteen ninety four` at token `i`.
fn spelled_year(t: &mut Toks, i: usize) -> Option<(usize, i32)> {
    if !t.is(i, "nineteen") {
        return None;
    }
    let tens = [
        "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let tw = t.at(i + 1)?;
    let k = tens.iter().position(|w| tw.is(w))? as i32 + 1;
    let mut y = 1900 + 10 * k;
    let mut last = i + 1;
    let mut j = i + 2;
    if t.is(j, "-") && t.tight(j) {
        j += 1;
    }
    let ones = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    if k > 1 {
        if let Some(tn) = t.at(j) {
            if let Some(o) = ones.iter().position(|w| tn.is(w)) {
                y += o as i32 + 1;
                last = j;
            }
        }
    }
    Some((last, y))
}

/// `three years ago`: read back from `ago`.
fn parse_ago_back(t: &mut Toks, ctx: &mut DocCtx) -> Option<Raw> {
    let ago = t.at(0)?;
    let unit_t = super::tok::prev_tok(t.text, ago.start)?;
    let (unit, _) = unit_word(&unit_t)?;
    let num_t = super::tok::prev_tok(t.text, unit_t.start)?;
    let (start, expr) = if let Some(n) = number_word(&num_t) {
        // `a few days ago`
        if num_t.is("a") {
            if let Some(p) = super::tok::prev_tok(t.text, num_t.start) {
                if p.is("few") || p.is("couple") {
                    return None;
                }
            }
        }
        if n == 1 && unit == Unit::Year && ctx.quarter_doc(t.text) {
            (num_t.start, Expr::LastQuarter { back: 1 })
        } else {
            (num_t.start, Expr::Off { unit, n: -n })
        }
    } else if is_vague_quantity(&num_t) {
        let mut s = num_t.start;
        if let Some(p) = super::tok::prev_tok(t.text, num_t.start) {
            if p.is("a") {
                s = p.start;
            }
        }
        (s, Expr::VagueAgo)
    } else {
        return None;
    };
    if unit == Unit::Quarter {
        return None;
    }
    Some(Raw {
        start,
        end: ago.end,
        expr,
        future: false,
    })
}

fn parse_digits(t: &mut Toks) -> Option<Raw> {
    if let Some((last, e)) = numeric(t, false) {
        // `1990s` and years are also fine; a full numeric date wins.
        return mk(t, last, e);
    }
    let t0 = t.at(0)?;
    // 7 April [2010]
    if let Some(d) = day_num(&t0) {
        let mut j = 1;
        if t.is(1, "of") {
            j = 2;
        }
        if let Some((m, abbrev)) = t.at(j).as_ref().and_then(month_word) {
            let mut k = j + 1;
            if abbrev && t.is(k, ".") && t.tight(k) {
                k += 1;
            }
            if let Some(y) = t.at(k).as_ref().and_then(year_num) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    return mk(t, k, Expr::Full(date));
                }
            }
            if d <= super::value::days_in_month(2000, m) {
                return mk(
                    t,
                    if abbrev && k > j + 1 { j + 1 } else { j },
                    Expr::MonthDay { m, d },
                );
            }
        }
    }
    // the second day of `April 24 and 25`
    if let Some(d) = day_num(&t0) {
        let prev = super::tok::prev_tok(t.text, t0.start);
        if let Some(conj) = prev.filter(|p| p.any(&["and", "to", "through", "-", "or"])) {
            if let Some(d1) =
                super::tok::prev_tok(t.text, conj.start).filter(|x| day_num(x).is_some())
            {
                if let Some((m, _)) = super::tok::prev_tok(t.text, d1.start)
                    .as_ref()
                    .and_then(month_word)
                {
                    let first = day_num(&d1).unwrap_or(31);
                    let unit_after = t.any(1, &["%", "percent", "per"])
                        || t.at(1).as_ref().and_then(unit_word).is_some();
                    if d > first && d <= super::value::days_in_month(2000, m) && !unit_after {
                        return mk(t, 0, Expr::MonthDay { m, d });
                    }
                }
            }
        }
    }
    // N units ago
    if let Some(n) = t0.num() {
        if let Some((unit, _)) = t.at(1).as_ref().and_then(unit_word) {
            if t.is(2, "ago") && unit != Unit::Quarter {
                return mk(
                    t,
                    2,
                    Expr::Off {
                        unit,
                        n: -(n as i32),
                    },
                );
            }
        }
    }
    None
}
