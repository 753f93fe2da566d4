//! Vietnamese date expressions, word-segmented (`hôm_nay`) or raw (`hôm nay`).

use chrono::{NaiveDate, Weekday};

use super::en::year_num;
use super::tok::Toks;
use super::value::{Expr, Rel, Unit, YearSpec};
use super::Raw;

fn mk(t: &mut Toks, last: usize, expr: Expr) -> Option<Raw> {
    mk_from(t, 0, last, expr)
}

/// The expression of tokens `first..=last`: the head noun before a calendar date (`ngày`,
/// `hôm`, a part of the day) stays outside the span, as a preposition does (`ngày 11/4` gives
/// `11/4`).
fn mk_from(t: &mut Toks, first: usize, last: usize, expr: Expr) -> Option<Raw> {
    let start = t.at(first)?.start;
    let end = t.end_of(last);
    let future = expr.reads_tense() && future_hint(t.text, start);
    Some(Raw {
        start,
        end,
        expr,
        future,
    })
}

/// Whether the sentence before byte `pos` speaks of the future (`sẽ`, `sắp`, `dự_kiến`,
/// `kế_hoạch`), so that a bare weekday or day means the coming one (`Thủ_tướng sẽ thăm
/// Hải_Phòng vào Chủ_nhật`), as English does with `will`.
fn future_hint(text: &str, pos: usize) -> bool {
    let window = super::sentence_before(text, pos, 160, &['.', ';', '?', '!', '\n']);
    let mut prev = "";
    for syl in window.split(|c: char| !super::tok::is_word_char(c)) {
        if syl.is_empty() {
            continue;
        }
        let hint = match syl {
            "sẽ" | "Sẽ" => true,
            "kiến" => prev == "dự" || prev == "Dự",
            "hoạch" => prev == "kế" || prev == "Kế",
            _ => matches!(prev, "sắp" | "Sắp") && syl != "xếp",
        };
        if hint {
            return true;
        }
        prev = syl;
    }
    matches!(prev, "sắp" | "Sắp")
}

/// A calendar day after a head noun at token `i - 1` (`ngày`, `hôm`, `sáng`, or `sáng ngày`).
fn day_after_head(t: &mut Toks, i: usize) -> Option<Raw> {
    let i = if t.is(i, "ngày") { i + 1 } else { i };
    let (last, e) = day_expr(t, i)?;
    mk_from(t, i, last, e)
}

fn unit_at(t: &mut Toks, i: usize) -> Option<Unit> {
    let ti = t.at(i)?;
    Some(match () {
        _ if ti.is("ngày") || ti.is("hôm") => Unit::Day,
        _ if ti.is("tuần") => Unit::Week,
        _ if ti.is("tháng") => Unit::Month,
        _ if ti.is("quý") => Unit::Quarter,
        _ if ti.is("năm") => Unit::Year,
        _ if ti.is("thập") && t.is(i + 1, "kỷ") => Unit::Decade,
        _ => return None,
    })
}

fn number_at(t: &mut Toks, i: usize) -> Option<i32> {
    let ti = t.at(i)?;
    if let Some(n) = ti.num() {
        return Some(n as i32);
    }
    let words: [(&str, i32); 10] = [
        ("một", 1),
        ("hai", 2),
        ("ba", 3),
        ("bốn", 4),
        ("năm", 5),
        ("sáu", 6),
        ("bảy", 7),
        ("tám", 8),
        ("chín", 9),
        ("mười", 10),
    ];
    words.iter().find(|(w, _)| ti.is(w)).map(|(_, n)| *n)
}

/// Relative word after a unit: `nay`/`này` 0, `trước`/`qua`/`ngoái` -1, `sau`/`tới` +1.
fn rel_word(t: &mut Toks, i: usize, unit: Unit) -> Option<i32> {
    let ti = t.at(i)?;
    if ti.any(&["này", "nay"]) {
        return Some(0);
    }
    if ti.any(&["trước", "qua", "rồi"]) || (unit == Unit::Year && ti.is("ngoái")) {
        return Some(-1);
    }
    if ti.any(&["sau", "tới", "kế"]) {
        // `tuần sau đó` (the week after that) is anchored elsewhere.
        if t.is(i + 1, "đó") {
            return None;
        }
        return Some(1);
    }
    None
}

/// `D/M[/Y]`, `D-M[-Y]`, `D.M.Y` at token `i` (day-first). `loose`: after
/// `ngày`, `15 / 3` with spaces is a date too.
fn numeric_dm(t: &mut Toks, i: usize, loose: bool) -> Option<(usize, Expr)> {
    let ti = t.at(i)?;
    let d = ti.num().filter(|_| ti.s.len() <= 2)?;
    // A range of days `15-18/3`: one span, valued by its first day.
    if t.is(i + 1, "-") && t.tight(i + 1) && t.tight(i + 2) && t.tight(i + 3) {
        let d2 = t.at(i + 2)?.num().filter(|x| *x > d && *x <= 31);
        if d2.is_some() && t.is(i + 3, "/") {
            if let Some((last, e)) = numeric_dm(t, i + 2, false) {
                let e = match e {
                    Expr::MonthDay { m, .. } if d >= 1 => Expr::MonthDay { m, d },
                    Expr::Numeric { b, y, .. } if d >= 1 => Expr::Numeric { a: d, b, y },
                    other => other,
                };
                return Some((last, e));
            }
        }
    }
    for sep in ["/", "-", "."] {
        let lo = loose && sep != ".";
        if !(t.is(i + 1, sep) && (lo || (t.tight(i + 1) && t.tight(i + 2)))) {
            continue;
        }
        let tm = t.at(i + 2)?;
        let m = tm.num().filter(|_| tm.s.len() <= 2)?;
        if t.is(i + 3, sep) && (lo || (t.tight(i + 3) && t.tight(i + 4))) {
            let ty = t.at(i + 4)?;
            if let Some(y) = year_num(&ty) {
                NaiveDate::from_ymd_opt(y, m, d)?;
                if t.tight(i + 5)
                    && t.any(i + 5, &["/", "."])
                    && t.at(i + 6).is_some_and(|x| x.tight && x.is_digits())
                {
                    return None;
                }
                return Some((i + 4, Expr::Numeric { a: d, b: m, y }));
            }
            return None;
        }
        // `2-1` with no year and no `ngày` is a score or a range, not the 2nd of January
        if sep == "." || (sep == "-" && !loose) {
            return None;
        }
        if !(1..=12).contains(&m) || d == 0 || d > super::value::days_in_month(2000, m) {
            return None;
        }
        // Not part of a longer number, a score or a fraction-like token run.
        if t.tight(i + 3)
            && t.at(i + 3)
                .is_some_and(|x| x.is_digits() || x.s == "/" || x.s == ".")
        {
            return None;
        }
        return Some((i + 2, Expr::MonthDay { m, d }));
    }
    None
}

/// `tháng 4`, `tháng 4 năm 2010`, `tháng 4/2010` with `tháng` at `i`.
fn month_expr(t: &mut Toks, i: usize) -> Option<(usize, Expr)> {
    let tm = t.at(i + 1)?;
    let m = tm
        .num()
        .filter(|m| (1..=12).contains(m) && tm.s.len() <= 2)?;
    if t.any(i + 2, &["/", "-"]) && t.tight(i + 2) && t.tight(i + 3) {
        if let Some(y) = t.at(i + 3).as_ref().and_then(year_num) {
            return Some((i + 3, Expr::MonthYear { y, m }));
        }
        return None;
    }
    if t.is(i + 2, "năm") {
        if let Some(y) = t.at(i + 3).as_ref().and_then(year_num) {
            return Some((i + 3, Expr::MonthYear { y, m }));
        }
        if let Some(years) = rel_word(t, i + 3, Unit::Year) {
            return Some((i + 3, Expr::MonthOfYear { m, years }));
        }
    }
    Some((
        i + 1,
        Expr::Month {
            m,
            rel: Rel::Nearest,
        },
    ))
}

/// `quý I`, `quý 3/2024`, `quý III năm 2023`, `quý II năm nay` with `quý` at token `i`: a
/// quarter, of the document's year when none is written.
fn quarter_expr(t: &mut Toks, i: usize) -> Option<(usize, Expr)> {
    let tq = t.at(i + 1)?;
    let q = match tq.s {
        "I" | "1" => 1,
        "II" | "2" => 2,
        "III" | "3" => 3,
        "IV" | "4" => 4,
        _ => return None,
    };
    if t.any(i + 2, &["/", "-"]) && t.tight(i + 2) && t.tight(i + 3) {
        let y = t.at(i + 3).as_ref().and_then(year_num)?;
        return Some((
            i + 3,
            Expr::Quarter {
                q,
                y: YearSpec::Abs(y),
            },
        ));
    }
    if t.is(i + 2, "năm") {
        if let Some(y) = t.at(i + 3).as_ref().and_then(year_num) {
            return Some((
                i + 3,
                Expr::Quarter {
                    q,
                    y: YearSpec::Abs(y),
                },
            ));
        }
        if let Some(n) = rel_word(t, i + 3, Unit::Year) {
            return Some((
                i + 3,
                Expr::Quarter {
                    q,
                    y: YearSpec::Off(n),
                },
            ));
        }
    }
    Some((
        i + 1,
        Expr::Quarter {
            q,
            y: YearSpec::Off(0),
        },
    ))
}

/// `ngày 7 tháng 4 [năm 2010]` with the day number at `i`.
fn day_month_words(t: &mut Toks, i: usize) -> Option<(usize, Expr)> {
    let d = t.at(i)?.num()?;
    if !(1..=31).contains(&d) || !t.is(i + 1, "tháng") {
        return None;
    }
    let (last, e) = month_expr(t, i + 1)?;
    match e {
        Expr::MonthYear { y, m } => Some((last, Expr::Full(NaiveDate::from_ymd_opt(y, m, d)?))),
        Expr::Month { m, .. } if d <= super::value::days_in_month(2000, m) => {
            Some((last, Expr::MonthDay { m, d }))
        }
        _ => None,
    }
}

/// A day expression after `ngày`, a part of day, or alone.
fn day_expr(t: &mut Toks, i: usize) -> Option<(usize, Expr)> {
    if let Some(r) = numeric_dm(t, i, true) {
        return Some(r);
    }
    day_month_words(t, i)
}

fn weekday_at(t: &mut Toks, i: usize) -> Option<(usize, Weekday)> {
    let ti = t.at(i)?;
    if ti.is("chủ") && t.is(i + 1, "nhật") {
        return Some((i + 1, Weekday::Sun));
    }
    if !ti.is("thứ") {
        return None;
    }
    let tw = t.at(i + 1)?;
    let cap = tw.is_cap();
    let wd = match () {
        _ if tw.s == "2" || (cap && tw.is("hai")) => Weekday::Mon,
        _ if tw.s == "3" || (cap && tw.is("ba")) => Weekday::Tue,
        _ if tw.s == "4" || (cap && tw.is("tư")) => Weekday::Wed,
        _ if tw.s == "5" || (cap && tw.is("năm")) => Weekday::Thu,
        _ if tw.s == "6" || (cap && tw.is("sáu")) => Weekday::Fri,
        _ if tw.s == "7" || (cap && tw.is("bảy")) => Weekday::Sat,
        _ => return None,
    };
    Some((i + 1, wd))
}

/// The compound words whose second syllable is `hiện` (raw text).
const HIEN_BEFORE: &[&str] = &[
    "thực", "thể", "xuất", "phát", "biểu", "hiển", "ẩn", "tái", "trình", "hiện",
];
/// Syllables after `hiện` that make another word.
const HIEN_AFTER: &[&str] = &[
    "đại",
    "tượng",
    "trường",
    "thực",
    "diện",
    "hành",
    "vật",
    "hữu",
    "ra",
    "lên",
    "rõ",
    "hình",
    "thân",
    "trạng",
    "tình",
    "hồn",
    "ảnh",
    "tiền",
    "kim",
    "dịch",
];

pub(crate) fn parse(t: &mut Toks) -> Option<Raw> {
    let t0 = t.at(0)?;
    if t0.joined {
        return None;
    }
    if t0.s.as_bytes()[0].is_ascii_digit() {
        return parse_digits(t);
    }
    let mut buf = [0u8; 48];
    let w = t0.lower(&mut buf);
    let day = |n| Expr::Off { unit: Unit::Day, n };
    match w {
        "hôm" => {
            if t.is(1, "nay") {
                mk(t, 1, day(0))
            } else if t.is(1, "qua") {
                mk(t, 1, day(-1))
            } else if t.is(1, "kia") {
                mk(t, 1, day(-2))
            } else {
                day_after_head(t, 1)
            }
        }
        // `rạng sáng nay` (early this morning)
        "rạng" if t.is(1, "sáng") => {
            let n = match () {
                _ if t.is(2, "nay") => 0,
                _ if t.is(2, "qua") => -1,
                _ if t.is(2, "mai") => 1,
                _ => return None,
            };
            mk(t, 2, day(n))
        }
        "tối" | "sáng" | "chiều" | "trưa" | "đêm" | "khuya" => {
            if t.is(1, "nay") {
                mk(t, 1, day(0))
            } else if t.is(1, "qua") {
                mk(t, 1, day(-1))
            } else if t.is(1, "mai") {
                mk(t, 1, day(1))
            } else if t.is(1, "hôm") && t.any(2, &["nay", "qua"]) {
                let n = if t.is(2, "nay") { 0 } else { -1 };
                mk(t, 2, day(n))
            } else if t.is(1, "ngày") && t.is(2, "mai") {
                mk(t, 2, day(1))
            } else {
                day_after_head(t, 1)
            }
        }
        "ngày" => {
            if t.is(1, "mai") {
                return mk(t, 1, day(1));
            }
            if t.is(1, "kia") {
                return mk(t, 1, day(2));
            }
            if t.is(1, "hôm") && t.any(2, &["nay", "qua"]) {
                let n = if t.is(2, "nay") { 0 } else { -1 };
                return mk(t, 2, day(n));
            }
            day_after_head(t, 1)
        }
        "tuần" | "tháng" | "năm" | "quý" => {
            let unit = unit_at(t, 0)?;
            if let Some(n) = rel_word(t, 1, unit) {
                // `hai tháng qua`, `3 năm trước`: a length of time, not a date
                if t.prev().is_some_and(|p| {
                    p.is_digits()
                        || p.any(&[
                            "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài",
                            "mấy", "nhiều", "các", "những",
                        ])
                }) {
                    return None;
                }
                return mk(t, 1, Expr::Off { unit, n });
            }
            match unit {
                Unit::Month => {
                    let (last, e) = month_expr(t, 0)?;
                    mk(t, last, e)
                }
                Unit::Year => {
                    let y = year_num(&t.at(1)?)?;
                    mk(t, 1, Expr::Year(y))
                }
                Unit::Quarter => {
                    let (last, e) = quarter_expr(t, 0)?;
                    mk(t, last, e)
                }
                _ => None,
            }
        }
        "cách" => {
            if !t.is(1, "đây") {
                return None;
            }
            if t.any(2, &["vài", "mấy", "nhiều"]) && unit_at(t, 3).is_some() {
                return mk(t, 3, Expr::VagueAgo);
            }
            let n = number_at(t, 2)?;
            let unit = unit_at(t, 3)?;
            if unit == Unit::Decade {
                return mk(t, 4, Expr::Off { unit, n: -n });
            }
            mk(t, 3, Expr::Off { unit, n: -n })
        }
        "hiện" => {
            if t.any(1, &["nay", "tại", "giờ", "thời"]) {
                return mk(t, 1, Expr::Ref("PRESENT_REF"));
            }
            // In raw text `hiện đại` is one word; in segmented text
            // `Hiện tình_hình` is `hiện` before another word.
            if t.at(1).is_some_and(|x| !x.joined && x.any(HIEN_AFTER))
                && !t.at(2).is_some_and(|x| x.joined)
            {
                return None;
            }
            if t.at(1).is_some_and(|x| x.joined) {
                return None;
            }
            if let Some(p) = t.prev() {
                if p.end + 1 == t0.start && p.any(HIEN_BEFORE) {
                    return None;
                }
            }
            mk(t, 0, Expr::Ref("PRESENT_REF"))
        }
        "thời" => {
            // `thời_điểm này` (at this point)
            if t.is(1, "điểm") && t.is(2, "này") {
                mk(t, 2, Expr::Ref("PRESENT_REF"))
            } else {
                None
            }
        }
        "thập" => {
            // `thập_niên 1990`, `thập_kỷ 1980` (the 1990s)
            let y = t
                .at(2)
                .filter(|_| t.any(1, &["niên", "kỷ"]))
                .and_then(|x| x.num())
                .filter(|y| (1000..=2999).contains(y) && y % 10 == 0)?;
            mk(t, 2, Expr::Decade(y as i32 / 10))
        }
        "bây" => {
            if t.is(1, "giờ") {
                mk(t, 1, Expr::Ref("PRESENT_REF"))
            } else {
                None
            }
        }
        "lúc" => {
            if t.is(1, "này") {
                mk(t, 1, Expr::Ref("PRESENT_REF"))
            } else {
                None
            }
        }
        "dạo" => {
            if t.is(1, "này") {
                mk(t, 1, Expr::Ref("PRESENT_REF"))
            } else {
                None
            }
        }
        "tương" => {
            if t.is(1, "lai") && t.prev().is_some_and(|p| p.is("trong")) {
                mk(t, 1, Expr::Ref("FUTURE_REF"))
            } else {
                None
            }
        }
        "thứ" | "chủ" => {
            let (j, wd) = weekday_at(t, 0)?;
            // `thứ 2` after a noun is an ordinal (`ca bệnh thứ 2`, `lần thứ 5`); as a weekday
            // it follows a preposition, a part of the day or nothing
            let digit = t.at(1).is_some_and(|x| x.is_digits());
            if digit
                && t.prev().is_some_and(|p| {
                    p.s.chars().next().is_some_and(char::is_alphabetic) && !p.any(DAY_CONTEXT)
                })
            {
                return None;
            }
            // `thứ Sáu ( 15/3 )` / `thứ Sáu ngày 15/3`: the date gives the value.
            let mut k = j + 1;
            if t.is(k, ",") {
                k += 1;
            }
            if t.is(k, "ngày") {
                k += 1;
            }
            if let Some((last, e)) = day_expr(t, k) {
                return mk(t, last, e);
            }
            if t.is(j + 1, "tuần") {
                if let Some(n) = rel_word(t, j + 2, Unit::Week) {
                    return mk(t, j + 2, Expr::WeekdayOfWeek { wd, n });
                }
            }
            // `Chủ_nhật tới` (the coming one), `thứ Hai này` (this week's), `thứ Sáu vừa_qua`
            if t.is(j + 1, "tới") {
                return mk(t, j + 1, Expr::Weekday { wd, rel: Rel::Next });
            }
            if t.is(j + 1, "này") {
                return mk(t, j + 1, Expr::WeekdayOfWeek { wd, n: 0 });
            }
            if t.is(j + 1, "vừa") && t.is(j + 2, "qua") {
                return mk(t, j + 2, Expr::Weekday { wd, rel: Rel::Last });
            }
            mk(
                t,
                j,
                Expr::Weekday {
                    wd,
                    rel: Rel::Nearest,
                },
            )
        }
        "đầu" | "cuối" | "giữa" => {
            if t.is(1, "tuần") && !t.any(2, &["này", "nay", "trước", "qua", "sau", "tới"]) {
                if w == "cuối" {
                    return mk(t, 1, Expr::Weekend(0));
                }
                return None;
            }
            if w == "cuối" && t.is(1, "tuần") {
                let n = rel_word(t, 2, Unit::Week)?;
                return mk(t, 2, Expr::Weekend(n));
            }
            let unit = unit_at(t, 1)?;
            if let Some(n) = rel_word(t, 2, unit) {
                return mk(t, 2, Expr::Off { unit, n });
            }
            match unit {
                Unit::Month => {
                    let (last, e) = month_expr(t, 1)?;
                    mk(t, last, e)
                }
                Unit::Year => {
                    let y = year_num(&t.at(2)?)?;
                    mk(t, 2, Expr::Year(y))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Words after which `22 - 4` with spaces is a date, not a score: the head nouns of a day
/// (`ngày`, `hôm`, parts of the day), temporal prepositions and relative days (`sáng nay
/// 28 - 3`).
const DAY_CONTEXT: &[&str] = &[
    "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "từ", "đến", "tới", "vào",
    "giữa", "nay", "mai", "qua", "trước", "sau",
];

/// Day numbers listed before the calendar date that gives their month (`ngày 19 , 21 và
/// 23 - 8`, `từ 16 đến 25 - 3`): the number at token 0 is a day of that month.
fn listed_day(t: &mut Toks, loose: bool) -> Option<Raw> {
    let d = t.at(0)?.num().filter(|d| (1..=31).contains(d))?;
    let mut i = 1;
    loop {
        if !t.any(i, &[",", "và", "đến", "tới"]) {
            return None;
        }
        i += 1;
        if let Some((_, e)) = numeric_dm(t, i, loose) {
            let m = match e {
                Expr::MonthDay { m, .. } => m,
                Expr::Numeric { b, .. } => b,
                _ => return None,
            };
            if d > super::value::days_in_month(2000, m) {
                return None;
            }
            return mk(t, 0, Expr::MonthDay { m, d });
        }
        t.at(i)?.num().filter(|x| (1..=31).contains(x))?;
        i += 1;
    }
}

fn parse_digits(t: &mut Toks) -> Option<Raw> {
    let prev = t.prev();
    // after a date head, or continuing a list of days (`ngày 24 và 27 - 4`)
    let loose = prev.is_some_and(|p| {
        p.any(DAY_CONTEXT)
            || p.any(&[",", "và"])
                && super::tok::prev_tok(t.text, p.start).is_some_and(|q| {
                    // a day number of its own, not the month of `15 / 3`
                    q.is_digits()
                        && !super::tok::prev_tok(t.text, q.start)
                            .is_some_and(|r| r.any(&["/", "-", "."]))
                })
    });
    if let Some((last, e)) = numeric_dm(t, 0, loose) {
        return mk(t, last, e);
    }
    if loose || prev.is_some_and(|p| p.any(&[",", "và"])) {
        if let Some(r) = listed_day(t, true) {
            return Some(r);
        }
    }
    if let Some((last, e)) = day_month_words(t, 0) {
        return mk(t, last, e);
    }
    // N ngày trước
    if let Some(n) = number_at(t, 0) {
        if let Some(unit) = unit_at(t, 1) {
            let k = if unit == Unit::Decade { 3 } else { 2 };
            if t.is(k, "trước")
                && !t.at(k + 1).is_some_and(|x| x.joined)
                && !t.any(k + 1, &["khi", "đó"])
            {
                return mk(t, k, Expr::Off { unit, n: -n });
            }
        }
    }
    None
}
