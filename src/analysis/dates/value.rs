//! Date expressions and their TIMEX3 values.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::{nearest_year, Raw};

/// Time units of relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

/// Which occurrence of a weekday, month or season.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    /// The usual news reading: same day or nearest past (future with a hint).
    Nearest,
    /// `last Friday`: strictly before.
    Last,
    /// `next Friday`: strictly after.
    Next,
    /// `this Friday`: in the anchor's week / year.
    This,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearSpec {
    Abs(i32),
    Off(i32),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// An explicit full date.
    Full(NaiveDate),
    /// A numeric date `a/b/y` whose order depends on the language/document.
    Numeric {
        a: u32,
        b: u32,
        y: i32,
    },
    /// `April 7`, `ngày 7/4`: year from the anchor.
    MonthDay {
        m: u32,
        d: u32,
    },
    MonthYear {
        y: i32,
        m: u32,
    },
    Month {
        m: u32,
        rel: Rel,
    },
    /// A month of a year given relative to the anchor's (`tháng 11 năm nay`, `tháng 3 năm
    /// ngoái`).
    MonthOfYear {
        m: u32,
        years: i32,
    },
    Year(i32),
    /// A decade given by its first three digits (`199` for the 1990s).
    Decade(i32),
    /// Relative by whole units: today = (Day, 0), last week = (Week, -1).
    Off {
        unit: Unit,
        n: i32,
    },
    Weekday {
        wd: Weekday,
        rel: Rel,
    },
    /// A weekday of the anchor's week moved by `n` weeks (`thứ Sáu tuần trước`).
    WeekdayOfWeek {
        wd: Weekday,
        n: i32,
    },
    /// A weekend relative to the anchor's week.
    Weekend(i32),
    Quarter {
        q: u32,
        y: YearSpec,
    },
    Season {
        s: &'static str,
        y: YearSpec,
    },
    /// A vague quantity ago (`several days ago`).
    VagueAgo,
    Ref(&'static str),
    /// The last completed quarter before the anchor, `back` years earlier
    /// (`the quarter` = 0, `a year earlier` in a quarterly report = 1).
    LastQuarter {
        back: i32,
    },
    /// The end of the anchor's year, `back` years earlier.
    YearEnd {
        back: i32,
    },
    /// Thanksgiving (US): fourth Thursday of November.
    Thanksgiving,
    /// A fixed-date holiday (month, day), year from the anchor.
    Holiday {
        m: u32,
        d: u32,
    },
}

impl Expr {
    /// Whether the sentence's tense picks the occurrence (a bare weekday, day or month: the
    /// last one, or the coming one when the sentence speaks of the future).
    pub(crate) fn reads_tense(&self) -> bool {
        matches!(
            self,
            Expr::Weekday {
                rel: Rel::Nearest,
                ..
            } | Expr::MonthDay { .. }
                | Expr::Month {
                    rel: Rel::Nearest,
                    ..
                }
        )
    }
}

pub(crate) struct Resolved {
    pub value: String,
    pub relative: bool,
    pub full: Option<NaiveDate>,
    pub ambiguous_with: Option<String>,
}

pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .map_or(28, |d| d.day())
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

fn year_of(y: YearSpec, anchor: Option<NaiveDate>) -> Option<i32> {
    match y {
        YearSpec::Abs(y) => Some(y),
        YearSpec::Off(n) => anchor.map(|a| a.year() + n),
    }
}

fn plain(value: String) -> Resolved {
    Resolved {
        value,
        relative: false,
        full: None,
        ambiguous_with: None,
    }
}

fn rel(value: String) -> Resolved {
    Resolved {
        value,
        relative: true,
        full: None,
        ambiguous_with: None,
    }
}

/// The value of an expression. `day_first`: the document's numeric order
/// when known (always day-first in Vietnamese).
pub(crate) fn resolve(r: &Raw, anchor: Option<NaiveDate>, day_first: Option<bool>) -> Resolved {
    match r.expr.clone() {
        Expr::Full(d) => Resolved {
            value: ymd(d),
            relative: false,
            full: Some(d),
            ambiguous_with: None,
        },
        Expr::Numeric { a, b, y } => {
            let dm = NaiveDate::from_ymd_opt(y, b, a);
            let md = NaiveDate::from_ymd_opt(y, a, b);
            let (main, other) = match day_first {
                Some(true) => (dm.or(md), None),
                Some(false) => (md.or(dm), None),
                None => match (md, dm) {
                    (Some(x), Some(o)) if x != o => (Some(x), Some(o)),
                    (x, o) => (x.or(o), None),
                },
            };
            match main {
                Some(d) => Resolved {
                    value: ymd(d),
                    relative: false,
                    full: Some(d),
                    ambiguous_with: other.map(ymd),
                },
                None => plain(format!("{y:04}")),
            }
        }
        Expr::MonthDay { m, d } => match anchor {
            Some(a) => {
                let y = nearest_year(a, m, d, r.future);
                rel(format!("{y:04}-{m:02}-{d:02}"))
            }
            None => plain(format!("XXXX-{m:02}-{d:02}")),
        },
        Expr::Holiday { m, d } => match anchor {
            Some(a) => {
                let y = nearest_year(a, m, d, r.future);
                rel(format!("{y:04}-{m:02}-{d:02}"))
            }
            None => plain(format!("XXXX-{m:02}-{d:02}")),
        },
        Expr::MonthYear { y, m } => plain(format!("{y:04}-{m:02}")),
        Expr::MonthOfYear { m, years } => match anchor {
            Some(a) => rel(format!("{:04}-{m:02}", a.year() + years)),
            None => plain(format!("XXXX-{m:02}")),
        },
        Expr::Year(y) => plain(format!("{y:04}")),
        Expr::Decade(d) => plain(format!("{d:03}")),
        Expr::Month { m, rel: which } => match anchor {
            Some(a) => {
                let y = match which {
                    Rel::Nearest => nearest_year(a, m, 15, r.future),
                    Rel::This => a.year(),
                    Rel::Last => {
                        if m < a.month() {
                            a.year()
                        } else {
                            a.year() - 1
                        }
                    }
                    Rel::Next => {
                        if m > a.month() {
                            a.year()
                        } else {
                            a.year() + 1
                        }
                    }
                };
                rel(format!("{y:04}-{m:02}"))
            }
            None => plain(format!("XXXX-{m:02}")),
        },
        Expr::Off { unit, n } => {
            let Some(a) = anchor else {
                return plain(
                    match (unit, n.signum()) {
                        (Unit::Day, 0) => "XXXX-XX-XX",
                        (_, 0) => "PRESENT_REF",
                        (_, -1) => "PAST_REF",
                        _ => "FUTURE_REF",
                    }
                    .to_string(),
                );
            };
            let v = match unit {
                Unit::Day => add_days(a, n as i64).map(ymd),
                Unit::Week => add_days(a, 7 * n as i64).map(week),
                Unit::Month => {
                    add_months(a, n).map(|d| format!("{:04}-{:02}", d.year(), d.month()))
                }
                Unit::Quarter => add_months(a, 3 * n)
                    .map(|d| format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1)),
                Unit::Year => Some(format!("{:04}", a.year() + n)),
                Unit::Decade => Some(format!("{:03}", (a.year() + 10 * n) / 10)),
            };
            rel(v.unwrap_or_else(|| "XXXX".to_string()))
        }
        Expr::Weekday { wd, rel: which } => {
            let Some(a) = anchor else {
                return plain(format!("XXXX-WXX-{}", wd.number_from_monday()));
            };
            let cur = a.weekday().num_days_from_monday() as i64;
            let want = wd.num_days_from_monday() as i64;
            let back = (cur - want).rem_euclid(7);
            let fwd = (want - cur).rem_euclid(7);
            let off = match which {
                Rel::Nearest => {
                    if back == 0 {
                        0
                    } else if r.future {
                        fwd
                    } else {
                        -back
                    }
                }
                Rel::Last => {
                    if back == 0 {
                        -7
                    } else {
                        -back
                    }
                }
                Rel::Next => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                Rel::This => want - cur,
            };
            rel(add_days(a, off).map_or_else(|| "XXXX".to_string(), ymd))
        }
        Expr::WeekdayOfWeek { wd, n } => match anchor {
            Some(a) => {
                let off = wd.num_days_from_monday() as i64
                    - a.weekday().num_days_from_monday() as i64
                    + 7 * n as i64;
                rel(add_days(a, off).map_or_else(|| "XXXX".to_string(), ymd))
            }
            None => plain(format!("XXXX-WXX-{}", wd.number_from_monday())),
        },
        Expr::Weekend(n) => match anchor {
            Some(a) => rel(add_days(a, 7 * n as i64)
                .map_or_else(|| "XXXX".to_string(), |d| format!("{}-WE", week(d)))),
            None => plain("XXXX-WXX-WE".to_string()),
        },
        Expr::Quarter { q, y } => match year_of(y, anchor) {
            Some(yy) => {
                let res = format!("{yy:04}-Q{q}");
                if matches!(y, YearSpec::Abs(_)) {
                    plain(res)
                } else {
                    rel(res)
                }
            }
            None => plain(format!("XXXX-Q{q}")),
        },
        Expr::Season { s, y } => match year_of(y, anchor) {
            Some(yy) => {
                let res = format!("{yy:04}-{s}");
                if matches!(y, YearSpec::Abs(_)) {
                    plain(res)
                } else {
                    rel(res)
                }
            }
            None => plain(format!("XXXX-{s}")),
        },
        Expr::LastQuarter { back } => match anchor {
            Some(a) => {
                let q0 = (a.month() as i32 - 1) / 3; // current quarter, 0-based
                let (y, q) = if q0 == 0 {
                    (a.year() - 1, 4)
                } else {
                    (a.year(), q0)
                };
                rel(format!("{:04}-Q{q}", y - back))
            }
            None => plain("XXXX-QX".to_string()),
        },
        Expr::YearEnd { back } => match anchor {
            Some(a) => rel(format!("{:04}-12-31", a.year() - back)),
            None => plain("XXXX-12-31".to_string()),
        },
        Expr::Thanksgiving => match anchor {
            Some(a) => {
                let y = nearest_year(a, 11, 25, r.future);
                let d = NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4);
                rel(d.map_or_else(|| format!("{y:04}-11"), ymd))
            }
            None => plain("XXXX-11".to_string()),
        },
        Expr::VagueAgo => plain("PAST_REF".to_string()),
        Expr::Ref(s) => plain(s.to_string()),
    }
}
