//! Date expressions in notice text, absolute and relative to the notice date.
//!
//! Recognised (after normalisation, so quotes are ASCII):
//! - absolute: `2017.04.04`, `2017. 4. 4.`, `2025. 3. 14.(금)`, `2017-04-04`,
//!   `April 4, 2017`, `4 April 2017`, `March 2017`, `2017년 4월 4일`, `2017년 4월`,
//!   `2017년`, `2014년도`, `'18년`, `'16`, and bare years in a date-like context;
//! - relative to the notice date (`reference`): `3월 24일`, `24일`, `12.6.(목)`,
//!   `9.21일`, `11(일)`, `March 24`, `24 March`, `last November`, `작년`, `지난해`, `올해`, `금년`,
//!   `내년`, `올 2월`, `지난달`, `이번 달`, `다음 달`, `오늘`, `어제`, `내일`,
//!   `last year`, `this year`, `next year`, `last month`, `this month`, `next month`,
//!   `today`, `yesterday`, `tomorrow`, `this morning`/`afternoon`/`evening`, `in November`,
//!   `this November`, `in early/mid/late November`. A day or month without a year is
//!   placed by a relative-year word next to it (`지난해 11월`, `내년 5월`, `March 24 last
//!   year`: that year, whatever the verb), else by the tense of its clause (`지난` → on or
//!   before the notice date; `했다`, `held` → on or before it, or at most
//!   [`PAST_REPORT_DAYS`] after it for a month and day, [`EMBARGO_DAYS`] for a day
//!   alone (releases dated early); `오는`, `예정`, `열린다`,
//!   `will` → on or after; else the nearest);
//! - ranges (one mention with an `end`): `2013~2015년`, `from 2014 to 2020`,
//!   `September 27 to October 2, 2018`, `10-11 November 2016`, `11월 10일~11일`,
//!   `11.9.~11.11.`, `9.19~23`, `6월 5일부터 7일까지`.
//!
//! An invalid day (`2017년 2월 30일`) gives at most its month, never a shifted date. A
//! date whose year falls outside 1–9999 (`내년` in a notice dated 9999-12-31) is
//! dropped, never written with a five-digit or zero year.
//!
//! A bare four-digit number is a year only in 1900–2099, not glued to other digits, and
//! in a date-like context: after `in`, `since`, `by`, `until`, `of`, `from`, `to`,
//! `during`, `year` …, after a capitalised name (`Survey 2020`), in parentheses, or in a
//! list with another year (`in 2010, 2012 and 2014`). So `4,820`, `1,000 people` and
//! `3.5%` are never dates. Expressions that need a reference the notice lacks (a day
//! without month when the notice date has no month) are skipped, not guessed.

use super::char_offsets;
use crate::model::{DateMention, DateValue, Lang, Span};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// A candidate: byte range, start value, optional end.
type Candidate = (usize, usize, DateValue, Option<DateValue>);

const MONTHS: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
/// English month names, January first (labels such as `(March 2017)`, and the words that
/// end a name before a date).
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English weekday names, Monday first.
pub(crate) const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whether `word` is an English month (also abbreviated: `Jan.`, `Sept.`) or weekday name.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    const ABBREVIATED: [&str; 12] = [
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];
    MONTH_NAMES.contains(&word) || WEEKDAY_NAMES.contains(&word) || ABBREVIATED.contains(&word)
}

const WEEKDAY: &str = r"(?:\s?\([월화수목금토일]\))?";

fn re(pattern: &str) -> Regex {
    let pattern = pattern.replace("{M}", MONTHS).replace("{W}", WEEKDAY);
    match Regex::new(&pattern) {
        Ok(r) => r,
        Err(e) => panic!("invalid date pattern {pattern}: {e}"),
    }
}

/// Which rule a regex implements.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// y, m, d (numeric).
    Ymd,
    /// y년 m월 d일.
    KoYmd,
    /// y년 m월.
    KoYm,
    /// y년 / y년도.
    KoY,
    /// 'yy년 or 'yy.
    ShortYear,
    /// y~y년, y년~y년.
    KoYearRange,
    /// y년 m월~m월.
    KoMonthRange,
    /// m월 d일~(m월)? d일.
    KoDayRange,
    /// y년 m월 d(일)?~(m월)? d일.
    KoYmdRange,
    /// d일~d일, d~d일 (month of the reference).
    KoDdRange,
    /// m월 d일.
    KoMd,
    /// 올 m월 / m월.
    KoM,
    /// d일 / d(요일).
    KoD,
    /// m.d.~(m.)?d.
    DotRange,
    /// m.d.(요일) / m.d일 / m.d.
    DotMd,
    /// Month d, y.
    EnMdy,
    /// d Month y.
    EnDmy,
    /// Month y.
    EnMy,
    /// Month d – (Month)? d, (y)?.
    EnRange,
    /// d–d Month (y)?.
    EnDayRange,
    /// Month d.
    EnMd,
    /// d Month (no year: `on 5 November`).
    EnDm,
    /// last/this/next Month.
    EnRelMonth,
    /// `September last year`, `in February this year`.
    EnMonthRelYear,
    /// from y to y, y–y, between y and y.
    YearRange,
    /// Relative words (작년, last year …).
    Relative,
    /// A weekday of the previous, this or next week (`지난주 화요일`, `last Tuesday`).
    Weekday,
}

static RULES: LazyLock<Vec<(Regex, Rule)>> = LazyLock::new(|| {
    vec![
        (
            re(r"(\d{4})\s?[.-]\s?(\d{1,2})\s?[.-]\s?(\d{1,2})\.?{W}"),
            Rule::Ymd,
        ),
        (re(r"(\d{4})\s?/\s?(\d{1,2})\s?/\s?(\d{1,2}){W}"), Rule::Ymd),
        (re(r"(\d{4})년\s?(\d{1,2})월\s?(\d{1,2})일{W}"), Rule::KoYmd),
        (re(r"(\d{4})년\s?(\d{1,2})월"), Rule::KoYm),
        (re(r"(\d{4})년도?"), Rule::KoY),
        (re(r"'(\d{2})(?:년도?)?"), Rule::ShortYear),
        (re(r"(\d{4})년?\s?[~∼-]\s?(\d{4})년"), Rule::KoYearRange),
        (
            re(r"(\d{4})년\s?(\d{1,2})월\s?[~∼-]\s?(\d{1,2})월"),
            Rule::KoMonthRange,
        ),
        (
            re(r"(\d{1,2})월\s?(\d{1,2})일?{W}\s?[~∼-]\s?(?:(\d{1,2})월\s?)?(\d{1,2})일{W}"),
            Rule::KoDayRange,
        ),
        (
            re(r"(\d{1,2})월\s?(\d{1,2})일{W}\s?부터\s?(?:(\d{1,2})월\s?)?(\d{1,2})일{W}\s?까지"),
            Rule::KoDayRange,
        ),
        (
            re(
                r"(\d{4})년\s?(\d{1,2})월\s?(\d{1,2})일?{W}\s?[~∼-]\s?(?:(\d{1,2})월\s?)?(\d{1,2})일{W}",
            ),
            Rule::KoYmdRange,
        ),
        (
            re(
                r"(\d{4})년\s?(\d{1,2})월\s?(\d{1,2})일{W}\s?부터\s?(?:(\d{1,2})월\s?)?(\d{1,2})일{W}\s?까지",
            ),
            Rule::KoYmdRange,
        ),
        (
            re(
                r"(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?{W}\s?[~∼]\s?(?:(\d{1,2})\.\s?)?(\d{1,2})\.?{W}",
            ),
            Rule::KoYmdRange,
        ),
        (
            re(r"(\d{1,2})일?{W}\s?[~∼-]\s?(\d{1,2})일{W}"),
            Rule::KoDdRange,
        ),
        (re(r"(\d{1,2})월\s?(\d{1,2})일{W}"), Rule::KoMd),
        (re(r"(올\s?)?(\d{1,2})월"), Rule::KoM),
        (re(r"(\d{1,2})(?:일{W}|\s?\([월화수목금토일]\))"), Rule::KoD),
        (
            re(r"(\d{1,2})\.\s?(\d{1,2})\.?{W}\s?[~∼]\s?(?:(\d{1,2})\.\s?)?(\d{1,2})\.?{W}"),
            Rule::DotRange,
        ),
        (
            re(r"(\d{1,2})\.\s?(\d{1,2})(?:\.?\s?\([월화수목금토일]\)|\.?일|\.)"),
            Rule::DotMd,
        ),
        (
            re(r"{M}\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})"),
            Rule::EnMdy,
        ),
        (
            re(r"(\d{1,2})(?:st|nd|rd|th)?\s{M},?\s(\d{4})"),
            Rule::EnDmy,
        ),
        (re(r"{M},?\s(\d{4})"), Rule::EnMy),
        (
            re(
                r"{M}\s(\d{1,2})(?:st|nd|rd|th)?\s?(?:-|–|to|until|through|and)\s?(?:{M}\s)?(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}))?",
            ),
            Rule::EnRange,
        ),
        (
            re(
                r"(\d{1,2})(?:st|nd|rd|th)?\s?(?:-|–|to|\sand\s)\s?(\d{1,2})(?:st|nd|rd|th)?\s{M}(?:,?\s(\d{4}))?",
            ),
            Rule::EnDayRange,
        ),
        (re(r"{M}\s(\d{1,2})(?:st|nd|rd|th)?"), Rule::EnMd),
        (re(r"\b(\d{1,2})(?:st|nd|rd|th)?\s{M}\b"), Rule::EnDm),
        (
            re(r"{M}\s(?:of\s)?(?i:(last|this|next))\syear\b"),
            Rule::EnMonthRelYear,
        ),
        (
            re(r"(?i:(last|this|next|early|late|mid|in|in early|in mid|in late)[\s-]){M}"),
            Rule::EnRelMonth,
        ),
        (
            re(r"(?:(?i:from)\s)?(\d{4})\s?(?:-|–|~|to|through)\s?(\d{4})"),
            Rule::YearRange,
        ),
        (re(r"(?i:between)\s(\d{4})\sand\s(\d{4})"), Rule::YearRange),
        (
            re(
                r"작년|지난해|지난 해|올해|금년|내년|지난달|지난 달|이번 달|이달|다음 달|다음달|오늘|어제|내일|(?i:last year|this year|next year|the previous year|last month|this month|next month|today|yesterday|tomorrow|this morning|this afternoon|this evening|tonight)",
            ),
            Rule::Relative,
        ),
        (
            re(
                r"(지난\s?주|이번\s?주|다음\s?주)\s?([월화수목금토일])요일|(?i:\b(last|this|next)\s(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
            ),
            Rule::Weekday,
        ),
    ]
});

static BARE_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{4})"));

/// Digits or words in a date mention that state its year (`2019`, `'19`, `지난해 11월`,
/// `올 2월`, `March last year`); a mention without them had its year guessed.
static YEAR_STATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\d{4}|'\d{2}|^올|작년|지난\s?해|올해|금년|내년|(?i:last year|this year|next year|previous year)",
    )
});

/// Every regex of this module outside [`RULES`], for the test that compiles them all.
#[cfg(test)]
static PATTERNS: &[&LazyLock<Regex>] = &[&BARE_YEAR, &YEAR_STATED];

/// The mention `d` placed in `year` when its text states a month but no year (`11월
/// 5일`, `November 5`, `11.5.`: the year was only guessed from the notice date and the
/// tense), with its end moved by as many years; `None` when the text states a year, when
/// it states no month (`3일`: a day of the notice's month), when it is already in `year`,
/// or when the day does not exist in `year` (29 February).
pub(crate) fn in_year(d: &DateMention, year: i32) -> Option<DateMention> {
    let shift = year - d.value.year();
    let month_stated = d.anchor.contains('월')
        || d.anchor.contains(['.', '/'])
        || d.anchor.chars().any(|c| c.is_ascii_alphabetic());
    if shift == 0 || !month_stated || YEAR_STATED.is_match(&d.anchor) {
        return None;
    }
    Some(DateMention {
        value: shift_years(d.value, shift)?,
        end: match d.end {
            Some(e) => Some(shift_years(e, shift)?),
            None => None,
        },
        ..d.clone()
    })
}

/// `v` moved by `shift` years, or `None` when that day does not exist or the year falls
/// outside 1–9999.
fn shift_years(v: DateValue, shift: i32) -> Option<DateValue> {
    let y = v
        .year()
        .checked_add(shift)
        .filter(|y| (1..=9999).contains(y))?;
    match v {
        DateValue::Year(_) => Some(DateValue::Year(y)),
        DateValue::YearMonth(_, m) => Some(DateValue::YearMonth(y, m)),
        DateValue::Date(_, m, d) => date(y, m, d),
    }
}

/// Parses an English month name or abbreviation.
fn month_number(name: &str) -> Option<u32> {
    let name = name.trim_end_matches('.');
    let m = match name.get(..3)? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// A valid `Date(y, m, d)`, or `None`.
fn date(y: i32, m: u32, d: u32) -> Option<DateValue> {
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
        .then_some(DateValue::Date(y, m, d))
}

/// A valid `YearMonth(y, m)`, or `None`.
fn year_month(y: i32, m: u32) -> Option<DateValue> {
    (1..=12).contains(&m).then_some(DateValue::YearMonth(y, m))
}

/// A plausible year (1900–2099).
fn year(y: i32) -> Option<DateValue> {
    (1900..=2099).contains(&y).then_some(DateValue::Year(y))
}

fn shift_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let total = y * 12 + (m as i32 - 1) + delta;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

fn shift_days(y: i32, m: u32, d: u32, delta: i32) -> Option<DateValue> {
    let (mut y, mut m, mut d) = (y, m, d as i32 + delta);
    while d < 1 {
        (y, m) = shift_months(y, m, -1);
        d += days_in_month(y, m) as i32;
    }
    while d > days_in_month(y, m) as i32 {
        d -= days_in_month(y, m) as i32;
        (y, m) = shift_months(y, m, 1);
    }
    date(y, m, d as u32)
}

/// The notice date's parts: year, and month/day when known.
struct Reference {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

impl Reference {
    fn new(d: DateValue) -> Reference {
        match d {
            DateValue::Year(y) => Reference {
                year: y,
                month: None,
                day: None,
            },
            DateValue::YearMonth(y, m) => Reference {
                year: y,
                month: Some(m),
                day: None,
            },
            DateValue::Date(y, m, d) => Reference {
                year: y,
                month: Some(m),
                day: Some(d),
            },
        }
    }
}

/// How many days after the notice date a day reported in the past tense may fall and
/// still be read in the notice's year (or month): 7.
///
/// Releases are often dated before the day they describe: an embargoed release is sent
/// out a day or a few days ahead, written in the past tense (`11일 … 개최했다` in a
/// release of the 10th), and a weekly release reports the events of its week. A week
/// covers both; a past-tense day further ahead (weeks or months) is read as the previous
/// year's (or month's). Months without a day are not shifted (a month is only `Past`
/// when it is the notice's month or before it).
pub const EMBARGO_DAYS: i64 = 7;

/// How many days after the notice date a month and day said without a year
/// (`5월 20일`, `May 20`) may fall in a past-tense sentence and still be read in the
/// notice's year: 31.
///
/// The other reading is the same day of the previous year, almost a year before the
/// notice. Notices give the year (or `지난해`, `last year`) of a date in another year, so
/// a yearless day is the notice's year unless that puts it clearly after the notice: a
/// past-tense day up to a month ahead is a release dated early (embargoed or weekly
/// releases, a header date typed a few days off), not an event of eleven months before.
/// Further ahead (`7월 20일 … 개최했다` in a release of May) the previous year's day is
/// kept: a month's error is no longer a plausible typo or embargo. A day without a month
/// (`20일`) keeps the narrower [`EMBARGO_DAYS`]: its other reading is only the previous
/// month.
pub const PAST_REPORT_DAYS: i64 = 31;

/// Which way from the notice date a date without a year points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    /// On or before the notice date, or at most [`EMBARGO_DAYS`] after it (a
    /// past-tense verb, `held`).
    Past,
    /// Strictly on or before the notice date (`지난 11일`, `지난 3월`): the word says it
    /// is past.
    Previous,
    /// On or after the notice date (`오는`, `예정`, `열린다`, `will`).
    Future,
    /// No cue: the nearest such date.
    Nearest,
    /// Said with a relative-year word, whatever the verb: the notice's year plus this
    /// offset (`올해 3월`, `this year on May 6`: 0; `지난해 11월`, `작년`, `March 24 last
    /// year`: −1; `내년 5월`, `next year in May`: +1).
    InYear(i32),
}

/// The day `n` days after the day `v` (`None` when `v` is not a day): for a stated
/// duration (`5월 12일부터 이틀간` → the 13th).
pub(crate) fn add_days(v: DateValue, n: u32) -> Option<DateValue> {
    let DateValue::Date(y, m, d) = v else {
        return None;
    };
    shift_days(y, m, d, i32::try_from(n).ok()?)
}

/// Korean weekday syllables (`월요일` …), Monday first as [`WEEKDAY_NAMES`].
const KO_WEEKDAYS: [&str; 7] = ["월", "화", "수", "목", "금", "토", "일"];

/// The day a weekday word names from the reference day `r`: `지난주`/`이번주`/`다음주`
/// X요일 is X of the week (Monday to Sunday) before, of or after the reference's;
/// `last`/`next` X is the nearest X strictly before/after the reference, `this` X the
/// one of its week. `None` without a full reference day.
fn weekday_of(r: &Reference, week: &str, day: &str) -> Option<DateValue> {
    let (m, d) = (r.month?, r.day?);
    let target = KO_WEEKDAYS.iter().position(|ko| *ko == day).or_else(|| {
        WEEKDAY_NAMES
            .iter()
            .position(|en| en.eq_ignore_ascii_case(day))
    })? as i64;
    let today = day_number(r.year, m, d);
    // 2022-10-17 was a Monday.
    let weekday = (today - day_number(2022, 10, 17)).rem_euclid(7);
    let monday = today - weekday;
    let delta = match week {
        "지난주" => monday - 7 + target - today,
        "이번주" | "this" => monday + target - today,
        "다음주" => monday + 7 + target - today,
        "last" => -((weekday - target - 1).rem_euclid(7) + 1),
        "next" => (target - weekday - 1).rem_euclid(7) + 1,
        _ => return None,
    };
    shift_days(r.year, m, d, i32::try_from(delta).ok()?)
}

/// The day number of `y-m-d` (days since 0000-03-01 in the proleptic Gregorian
/// calendar); any `d`, so `2월 30일` still compares.
fn day_number(y: i32, m: u32, d: u32) -> i64 {
    let (y, m) = if m <= 2 {
        (y as i64 - 1, m as i64 + 9)
    } else {
        (y as i64, m as i64 - 3)
    };
    let era_days = y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400);
    era_days + (153 * m + 2) / 5 + d as i64 - 1
}

/// The year of month `m` (day `d`, when given) said without a year, read from the
/// reference in the direction `tense` implies: the latest such date on or before it
/// (`Previous`; `Past` also allows [`PAST_REPORT_DAYS`] after it when both days are known),
/// the earliest on or after it (`Future`), or the nearest (`Nearest`, which keeps the
/// reference year on a tie); `InYear` gives the reference year plus its offset. A
/// reference without a month gives its year (plus the `InYear` offset).
fn year_for(r: &Reference, m: u32, d: Option<u32>, tense: Tense) -> i32 {
    if let Tense::InYear(offset) = tense {
        return r.year + offset;
    }
    let Some(rm) = r.month else {
        return r.year;
    };
    let years = [r.year - 1, r.year, r.year + 1];
    if let (Tense::Past, Some(d), Some(rd)) = (tense, d, r.day) {
        let reference = day_number(r.year, rm, rd) + PAST_REPORT_DAYS;
        let pick = years
            .iter()
            .rev()
            .find(|y| day_number(**y, m, d) <= reference);
        return pick.copied().unwrap_or(r.year);
    }
    // Compare days only when both sides have one.
    let (d, rd) = match (d, r.day) {
        (Some(d), Some(rd)) => (d as i32, rd as i32),
        _ => (0, 0),
    };
    let key = |y: i32| (y * 12 + m as i32) * 32 + d;
    let reference = (r.year * 12 + rm as i32) * 32 + rd;
    let pick = match tense {
        Tense::Past | Tense::Previous => years.iter().rev().find(|y| key(**y) <= reference),
        Tense::Future => years.iter().find(|y| key(**y) >= reference),
        Tense::InYear(_) => Some(&r.year),
        Tense::Nearest => years
            .iter()
            .min_by_key(|y| ((key(**y) - reference).abs(), (**y - r.year).abs())),
    };
    pick.copied().unwrap_or(r.year)
}

/// The month of day `d` said without a month: the reference month, or the month before
/// (`Previous`, or `Past` more than [`EMBARGO_DAYS`] after the reference day) or after
/// (`Future`, `d` before it); `InYear` keeps the reference month.
fn month_for(r: &Reference, d: u32, tense: Tense) -> Option<(i32, u32)> {
    let rm = r.month?;
    let delta = match (tense, r.day) {
        (Tense::Previous, Some(rd)) if d > rd => -1,
        (Tense::Past, Some(rd)) if i64::from(d) > i64::from(rd) + EMBARGO_DAYS => -1,
        (Tense::Future, Some(rd)) if d < rd => 1,
        _ => 0,
    };
    Some(shift_months(r.year, rm, delta))
}

/// `true` for the syllable of a past-tense stem (final ㅆ: 했, 었, 됐, 렸), except 있
/// (`있다` is present).
fn past_syllable(c: char) -> bool {
    let code = c as u32;
    (0xAC00..=0xD7A3).contains(&code) && (code - 0xAC00) % 28 == 20 && c != '있'
}

/// The tense of the Korean clause after a date (bytes `text[e..]` up to the sentence's
/// end): the first predicate decides; `예정`/`계획` before it mean the future. A word in
/// plain `-다` is a predicate only at the end of the sentence ([`ends_sentence`]), so a
/// place name in `-다` (`르완다 정부와`) says nothing of the tense.
fn korean_tense(after: &str) -> Tense {
    let mut words = after.split_whitespace().peekable();
    while let Some(raw) = words.next() {
        let word = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        if word.contains("예정") || word.contains("계획") {
            return Tense::Future;
        }
        if word.chars().any(past_syllable) {
            return Tense::Past;
        }
        let last = words.peek().is_none() || ends_sentence(&raw[word.len()..]);
        let stem = word
            .strip_suffix("다고")
            .or_else(|| word.strip_suffix("다며"))
            .or_else(|| word.strip_suffix("다는"))
            .or_else(|| word.strip_suffix('다').filter(|_| last));
        if let Some(stem) = stem.filter(|s| !s.is_empty()) {
            // Present `-ㄴ다`/`-는다` announces what is planned (`열린다`, `연다`).
            let last = stem.chars().next_back().map_or(0, |c| c as u32);
            let present = stem.ends_with('는')
                || ((0xAC00..=0xD7A3).contains(&last) && (last - 0xAC00) % 28 == 4);
            return if present {
                Tense::Future
            } else {
                Tense::Nearest
            };
        }
    }
    Tense::Nearest
}

/// Whether the punctuation `trail` right after a word ends its sentence (`.`, `!`, `?`,
/// a closing quote): a word in `-다` is a finite verb only there (`연다.`, `열린다"`);
/// before another word it is a noun (`르완다 정부와`, `캐나다 대표단이`).
fn ends_sentence(trail: &str) -> bool {
    trail.contains(['.', '!', '?', '"', '\'', '”', '’'])
}

/// English words that put a clause in the past.
const PAST_EN: &[&str] = &[
    "held",
    "was",
    "were",
    "signed",
    "met",
    "hosted",
    "attended",
    "opened",
    "visited",
    "announced",
    "said",
    "took",
    "adopted",
    "launched",
    "agreed",
    "discussed",
    "concluded",
    "closed",
    "gave",
    "made",
    "received",
    "had",
    "won",
    "ended",
    "began",
    "started",
    "did",
    "welcomed",
    "presented",
    "delivered",
    "organized",
    "organised",
    "participated",
];
/// English words that put a clause in the future.
const FUTURE_EN: &[&str] = &[
    "will",
    "shall",
    "upcoming",
    "scheduled",
    "expected",
    "planned",
    "forthcoming",
    "to",
];

/// The tense of the English sentence around a date at bytes `b..e`: the tense cue word
/// nearest to the date decides (`to` only in `to be`).
fn english_tense(before: &str, after: &str) -> Tense {
    let cue = |words: &[&str], i: usize| -> Option<Tense> {
        let w = words[i]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if w == "to" {
            let next = words.get(i + 1).map(|n| n.to_lowercase());
            return (next.as_deref() == Some("be")).then_some(Tense::Future);
        }
        if FUTURE_EN.contains(&w.as_str()) {
            Some(Tense::Future)
        } else if PAST_EN.contains(&w.as_str()) {
            // `to be held`, `will be held`: the future cue comes first.
            let prev = i.checked_sub(1).map(|p| words[p].to_lowercase());
            (!matches!(prev.as_deref(), Some("be" | "been"))).then_some(Tense::Past)
        } else {
            None
        }
    };
    let before: Vec<&str> = before.split_whitespace().collect();
    let after: Vec<&str> = after.split_whitespace().collect();
    // The verb usually comes before the date (`held … on May 6`): it wins a tie.
    for distance in 0..before.len().max(after.len()) {
        if distance < before.len() {
            if let Some(t) = cue(&before, before.len() - 1 - distance) {
                return t;
            }
        }
        if distance < after.len() {
            if let Some(t) = cue(&after, distance) {
                return t;
            }
        }
    }
    Tense::Nearest
}

/// Korean words naming a year relative to the notice's, with their offset.
const KO_YEAR_WORDS: &[(&str, i32)] = &[
    ("지난해", -1),
    ("지난 해", -1),
    ("작년", -1),
    ("전년", -1),
    ("올해", 0),
    ("금년", 0),
    ("내년", 1),
    ("다음 해", 1),
    ("명년", 1),
];
/// English phrases naming a year relative to the notice's, with their offset.
const EN_YEAR_WORDS: &[(&str, i32)] = &[
    ("last year", -1),
    ("the previous year", -1),
    ("this year", 0),
    ("next year", 1),
];

/// The year offset a relative-year word right before a date says (`지난해 11월`,
/// `올해는 5.6.`, `내년에는 3월`, `last year in November`, `this year on May 6`): the
/// text `before` the date, trimmed, ends with the word, a Korean topic/locative particle
/// (`는`, `에`, `에는`, `의`) or one English word (`in`, `on`, `from`) may follow it.
fn year_word_before(before: &str) -> Option<i32> {
    let korean = ["에는", "는", "에", "의"]
        .iter()
        .find_map(|p| before.strip_suffix(p))
        .unwrap_or(before);
    if let Some(&(_, offset)) = KO_YEAR_WORDS.iter().find(|(w, _)| korean.ends_with(w)) {
        return Some(offset);
    }
    let lower = before.to_lowercase();
    let without_word = lower
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .trim_end_matches([' ', ',']);
    EN_YEAR_WORDS
        .iter()
        .find(|(w, _)| lower.ends_with(w) || without_word.ends_with(w))
        .map(|&(_, offset)| offset)
}

/// The year offset an English relative-year phrase right after a date says (`on March
/// 24 last year`, `November 3, next year`).
fn year_word_after(after: &str) -> Option<i32> {
    let after = after.trim_start_matches([' ', ',']).to_lowercase();
    EN_YEAR_WORDS
        .iter()
        .find(|(w, _)| {
            after.starts_with(w)
                && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '\'')
        })
        .map(|&(_, offset)| offset)
}

/// The tense the text implies for the date at bytes `b..e` of `text`: `지난`/`오는`
/// right before it, else the verb of its clause (Korean: the first predicate after it;
/// English: the nearest tense word in its sentence).
fn tense_at(text: &str, b: usize, e: usize) -> Tense {
    // Only a bounded stretch around the date is read, so the work per date does not grow
    // with the notice (a long notice without stops was quadratic).
    let before = tail(&text[..b], TENSE_WINDOW).trim_end();
    let near_after = head(&text[e..], TENSE_WINDOW);
    let (year_before, year_after) = (
        tail(before, YEAR_WORD_BYTES),
        head(near_after, YEAR_WORD_BYTES),
    );
    if let Some(offset) = year_word_before(year_before).or_else(|| year_word_after(year_after)) {
        return Tense::InYear(offset);
    }
    if before.ends_with("지난") {
        return Tense::Previous;
    }
    if before.ends_with("오는") {
        return Tense::Future;
    }
    let window_start = b - tail(&text[..b], TENSE_WINDOW).len();
    let start = text[window_start..b]
        .rfind(['\n', '!', '?'])
        .into_iter()
        .chain(text[window_start..b].rfind(". ").map(|i| i + 1))
        .max()
        .map_or(window_start, |i| window_start + i + 1);
    let end = near_after
        .find(['\n', '!', '?'])
        .into_iter()
        .chain(near_after.find(". "))
        .min()
        .map_or(e + near_after.len(), |i| e + i);
    let after = &text[e..end];
    if after
        .chars()
        .any(super::extract::romanize::is_hangul_syllable)
    {
        korean_tense(after)
    } else {
        english_tense(&text[start.min(b)..b], after)
    }
}

/// How many bytes `tense_at` reads on each side of a date for its sentence (a sentence
/// longer than that is read this far from the date).
const TENSE_WINDOW: usize = 2_000;
/// How many bytes next to a date can hold a relative-year phrase (`the previous year, `,
/// `지난해에는 `), with room for spaces and particles.
const YEAR_WORD_BYTES: usize = 48;

/// The last `max` bytes of `s`, or fewer so as to start on a character boundary.
fn tail(s: &str, max: usize) -> &str {
    let mut i = s.len().saturating_sub(max);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The first `max` bytes of `s`, or fewer so as to end on a character boundary.
fn head(s: &str, max: usize) -> &str {
    let mut i = max.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// Whether the day `value` is an embargoed report: a day at most [`PAST_REPORT_DAYS`]
/// after the notice date `notice` (both days), which the date mention at `span`
/// (characters of `text`) states in the past tense (`11일 … 개최했다`, `held on June 11`
/// in a release of the 10th). Such an event is reported as held, though its day is after
/// the notice's. (A day alone past tense is never read more than [`EMBARGO_DAYS`] ahead.)
pub(crate) fn embargoed_report(
    text: &str,
    span: Span,
    value: DateValue,
    notice: Option<DateValue>,
) -> bool {
    let (DateValue::Date(y, m, d), Some(DateValue::Date(ny, nm, nd))) = (value, notice) else {
        return false;
    };
    let ahead = day_number(y, m, d) - day_number(ny, nm, nd);
    if !(1..=PAST_REPORT_DAYS).contains(&ahead) {
        return false;
    }
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    let (b, e) = (byte(span.begin), byte(span.end));
    b < e && tense_at(text, b, e) == Tense::Past
}

fn num(c: &Captures<'_>, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

/// A day-precision date, or for a day the month lacks (`2월 30일`) the month alone: an
/// invalid day never shifts into another month.
fn date_or_month(y: i32, m: u32, d: u32) -> Option<DateValue> {
    date(y, m, d).or_else(|| year_month(y, m))
}

/// Resolves one rule's captures to (start, end), or `None` to reject the match. A date
/// without a year is placed by `tense` (see [`year_for`]).
fn resolve(
    rule: Rule,
    c: &Captures<'_>,
    r: Option<&Reference>,
    tense: Tense,
) -> Option<(DateValue, Option<DateValue>)> {
    let ry = r.map(|r| r.year);
    let rm = r.and_then(|r| r.month);
    let yf = |m: u32, d: Option<u32>| r.map(|r| year_for(r, m, d, tense));
    Some(match rule {
        Rule::Ymd | Rule::KoYmd => (
            date_or_month(num(c, 1)? as i32, num(c, 2)?, num(c, 3)?)?,
            None,
        ),
        Rule::KoYm => (year_month(num(c, 1)? as i32, num(c, 2)?)?, None),
        Rule::KoY => (year(num(c, 1)? as i32)?, None),
        Rule::ShortYear => {
            let yy = num(c, 1)? as i32;
            (year(if yy <= 69 { 2000 + yy } else { 1900 + yy })?, None)
        }
        Rule::KoYearRange | Rule::YearRange => {
            let (a, b) = (year(num(c, 1)? as i32)?, year(num(c, 2)? as i32)?);
            if b <= a {
                return None;
            }
            (a, Some(b))
        }
        Rule::KoMonthRange => {
            let y = num(c, 1)? as i32;
            let (a, b) = (num(c, 2)?, num(c, 3)?);
            (year_month(y, a)?, Some(year_month(y, b)?))
        }
        Rule::KoDayRange | Rule::DotRange => {
            let m1 = num(c, 1)?;
            let y = yf(m1, num(c, 2))?;
            let m2 = num(c, 3).unwrap_or(m1);
            let y2 = if m2 < m1 { y + 1 } else { y };
            (date(y, m1, num(c, 2)?)?, Some(date(y2, m2, num(c, 4)?)?))
        }
        Rule::KoYmdRange => {
            let y = num(c, 1)? as i32;
            let m1 = num(c, 2)?;
            let m2 = num(c, 4).unwrap_or(m1);
            (date(y, m1, num(c, 3)?)?, Some(date(y, m2, num(c, 5)?)?))
        }
        Rule::KoDdRange => {
            let (a, b) = (num(c, 1)?, num(c, 2)?);
            if b <= a {
                return None;
            }
            let (y, m) = month_for(r?, a, tense)?;
            (date(y, m, a)?, Some(date(y, m, b)?))
        }
        Rule::KoMd => {
            let (m, d) = (num(c, 1)?, num(c, 2)?);
            (date_or_month(yf(m, Some(d))?, m, d)?, None)
        }
        Rule::DotMd => {
            let (m, d) = (num(c, 1)?, num(c, 2)?);
            (date(yf(m, Some(d))?, m, d)?, None)
        }
        Rule::KoM => {
            let m = num(c, 2)?;
            let y = if c.get(1).is_some() {
                ry?
            } else {
                yf(m, None)?
            };
            (year_month(y, m)?, None)
        }
        Rule::KoD => {
            let d = num(c, 1)?;
            let (y, m) = month_for(r?, d, tense)?;
            (date(y, m, d)?, None)
        }
        Rule::EnMdy => (
            date_or_month(num(c, 3)? as i32, month_number(&c[1])?, num(c, 2)?)?,
            None,
        ),
        Rule::EnDmy => (
            date_or_month(num(c, 3)? as i32, month_number(&c[2])?, num(c, 1)?)?,
            None,
        ),
        Rule::EnMy => (year_month(num(c, 2)? as i32, month_number(&c[1])?)?, None),
        Rule::EnRange => {
            let m1 = month_number(&c[1])?;
            let m2 = c
                .get(3)
                .and_then(|m| month_number(m.as_str()))
                .unwrap_or(m1);
            let (y1, y2) = match num(c, 5) {
                Some(y) => (if m2 < m1 { y as i32 - 1 } else { y as i32 }, y as i32),
                None => {
                    let y1 = yf(m1, num(c, 2))?;
                    (y1, if m2 < m1 { y1 + 1 } else { y1 })
                }
            };
            (date(y1, m1, num(c, 2)?)?, Some(date(y2, m2, num(c, 4)?)?))
        }
        Rule::EnDayRange => {
            let m = month_number(&c[3])?;
            let (a, b) = (num(c, 1)?, num(c, 2)?);
            let y = match num(c, 4) {
                Some(y) => y as i32,
                None => yf(m, Some(a))?,
            };
            if b <= a {
                return None;
            }
            (date(y, m, a)?, Some(date(y, m, b)?))
        }
        Rule::EnMd => {
            let (m, d) = (month_number(&c[1])?, num(c, 2)?);
            (date_or_month(yf(m, Some(d))?, m, d)?, None)
        }
        Rule::EnDm => {
            let (m, d) = (month_number(&c[2])?, num(c, 1)?);
            (date_or_month(yf(m, Some(d))?, m, d)?, None)
        }
        Rule::EnMonthRelYear => {
            let m = month_number(&c[1])?;
            let y = ry?;
            let y = match c[2].to_ascii_lowercase().as_str() {
                "last" => y - 1,
                "next" => y + 1,
                _ => y,
            };
            (year_month(y, m)?, None)
        }
        Rule::EnRelMonth => {
            let which = c[1].to_ascii_lowercase();
            let m = month_number(&c[2])?;
            let y = ry?;
            let y = match which.as_str() {
                "last" => {
                    if rm.is_some_and(|rm| m < rm) {
                        y
                    } else {
                        y - 1
                    }
                }
                "next" => {
                    if rm.is_some_and(|rm| m > rm) {
                        y
                    } else {
                        y + 1
                    }
                }
                _ => yf(m, None)?,
            };
            (year_month(y, m)?, None)
        }
        Rule::Relative => {
            let r = r?;
            let word = c[0].to_lowercase();
            let y = r.year;
            let value = match word.as_str() {
                "작년" | "지난해" | "지난 해" | "last year" | "the previous year" => {
                    DateValue::Year(y - 1)
                }
                "올해" | "금년" | "this year" => DateValue::Year(y),
                "내년" | "next year" => DateValue::Year(y + 1),
                "지난달" | "지난 달" | "last month" => {
                    let (y, m) = shift_months(y, r.month?, -1);
                    DateValue::YearMonth(y, m)
                }
                "이번 달" | "이달" | "this month" => DateValue::YearMonth(y, r.month?),
                "다음 달" | "다음달" | "next month" => {
                    let (y, m) = shift_months(y, r.month?, 1);
                    DateValue::YearMonth(y, m)
                }
                "어제" | "yesterday" => shift_days(y, r.month?, r.day?, -1)?,
                "내일" | "tomorrow" => shift_days(y, r.month?, r.day?, 1)?,
                _ => date(y, r.month?, r.day?)?,
            };
            (value, None)
        }
        Rule::Weekday => {
            let r = r?;
            let (week, day) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                (Some(w), Some(d), _, _) => (w.as_str().replace(' ', ""), d.as_str().to_string()),
                (_, _, Some(w), Some(d)) => (w.as_str().to_lowercase(), d.as_str().to_lowercase()),
                _ => return None,
            };
            (weekday_of(r, &week, &day)?, None)
        }
    })
}

/// Whether the month word ending at byte `e` is part of a name or of a longer date
/// (`November Square`, `in November 20`, `in November, 2017`): a capitalised word or a
/// number follows it.
fn names_month_word(text: &str, e: usize) -> bool {
    let after = &text[e..];
    let next = |a: &str| a.strip_prefix(' ').and_then(|a| a.chars().next());
    next(after).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || after
            .strip_prefix(',')
            .and_then(next)
            .is_some_and(|c| c.is_ascii_digit())
}

/// Whether `anchor` names a month in English without a day or year (`in November`,
/// `last March`): such a month adds nothing to a day of that month the notice states.
fn english_month_only(anchor: &str) -> bool {
    !anchor.contains(|c: char| c.is_ascii_digit())
        && anchor
            .rsplit([' ', '-'])
            .next()
            .is_some_and(|w| month_number(w).is_some())
}

/// The anchor's bytes without a leading `in ` or a trailing `까지`, which only frame
/// the date (`in November`, `6월 5일부터 7일까지`).
fn trim_anchor(text: &str, b: usize, e: usize) -> (usize, usize) {
    let s = &text[b..e];
    let b = if s.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("in ")) && s.len() > 3 {
        b + 3
    } else {
        b
    };
    let e = if text[b..e].ends_with("까지") {
        e - "까지".len()
    } else {
        e
    };
    (b, e)
}

/// Words after which a bare four-digit number is a year.
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "of", "from", "to", "through", "during", "before",
    "after", "year", "years", "early", "late", "mid", "end", "the", "and", "between", "for", "as",
    "fiscal", "circa", "around", "spring", "summer", "autumn", "fall", "winter",
];

/// Whether the bare number at `text[b..e]` reads as a year.
fn bare_year_context(text: &str, b: usize, e: usize) -> bool {
    let before = text[..b].trim_end_matches(' ');
    let after = &text[e..];
    if text[..b].ends_with('(') && after.starts_with(')') {
        return true;
    }
    let prev: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let prev = prev.trim_end_matches('-');
    if prev.is_empty() {
        return false;
    }
    if YEAR_CONTEXT.contains(&prev.to_lowercase().as_str()) {
        return true;
    }
    // An edition name: `Survey 2020`, `Meeting 2018`, `UNGA 2019`.
    prev.chars().next().is_some_and(char::is_uppercase) && prev.chars().all(char::is_alphanumeric)
}

/// Whether `value` has a year that an `xsd:date` writes in four digits (1–9999): a
/// relative date read from an extreme notice date (`내년` in a notice of 9999-12-31)
/// falls outside and is dropped rather than written as year 10000 or 0.
fn writable(value: DateValue) -> bool {
    (1..=9999).contains(&value.year())
}

/// Finds the dates `text` mentions, resolved against `reference` (the notice date), in
/// text order and without overlaps (the longest expression wins). Spans are in characters
/// of `text`. A relative-year word just before the finer date it places is not a
/// mention of its own (`지난해 11월` is one date, 11월 of last year). `lang` restricts
/// nothing (Korean notices quote English dates and vice versa) but is kept for
/// language-specific rules.
pub fn find_dates(text: &str, lang: Lang, reference: Option<DateValue>) -> Vec<DateMention> {
    let _ = lang;
    let r = reference.map(Reference::new);
    let mut candidates: Vec<Candidate> = Vec::new();
    for (regex, rule) in RULES.iter() {
        for c in regex.captures_iter(text) {
            let m = c.get(0).expect("group 0");
            let (b, e) = (m.start(), m.end());
            if !outer_boundary_ok(text, b, e)
                || (matches!(rule, Rule::KoD | Rule::KoMd) && is_duration(&text[e..]))
            {
                continue;
            }
            // A bare year range needs date-like context too (`from 2014 to 2020`),
            // so that `1900-2000 people` stays a number range.
            if matches!(rule, Rule::YearRange)
                && !m.as_str().starts_with(char::is_alphabetic)
                && !bare_year_context(text, b, b + 4)
            {
                continue;
            }
            if matches!(rule, Rule::EnRelMonth) && names_month_word(text, e) {
                continue;
            }
            let tense = tense_at(text, b, e);
            if let Some((start, end)) = resolve(*rule, &c, r.as_ref(), tense) {
                let (b, e) = trim_anchor(text, b, e);
                candidates.push((b, e, start, end));
            }
        }
    }
    bare_years(text, &mut candidates);
    candidates.retain(|c| writable(c.2) && c.3.is_none_or(writable));
    candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let char_at = char_offsets(text);
    let mut out: Vec<DateMention> = Vec::new();
    let mut taken_until = 0;
    let days: Vec<(i32, u32)> = candidates
        .iter()
        .flat_map(|c| [Some(c.2), c.3])
        .filter_map(|v| match v {
            Some(DateValue::Date(y, m, _)) => Some((y, m)),
            _ => None,
        })
        .collect();
    for (b, e, value, end) in candidates {
        if b < taken_until {
            continue;
        }
        if let DateValue::YearMonth(y, m) = value {
            if end.is_none() && days.contains(&(y, m)) && english_month_only(&text[b..e]) {
                continue;
            }
        }
        taken_until = e;
        out.push(DateMention {
            span: Span {
                begin: char_at[b],
                end: char_at[e],
            },
            anchor: text[b..e].to_string(),
            value,
            end,
        });
    }
    drop_relative_years_before_finer(text, out)
}

/// Drops the years that a finer date of the same year stated in the notice makes
/// redundant, where the year is no date of its own:
/// - a year naming an event's edition: a bare year with a capitalised name word written
///   right before it (`Summit 2018`, `E-Leaders 2016`) or a capitalised or Hangul name
///   word right after it (`2018 UN e-Government Survey`, `2018 세계기자대회`), or a
///   possessive `this year's` (`this year's summit`): in `the Summit 2018 … on October
///   15-16` the year is part of the name and the day is the date;
/// - a year said just before the finer date it introduces (`this year from November 10
///   to 11`, `올해는 3.4(일)~11(일)간`).
///
/// `in 2018` before a lowercase word stays a date, and so does an edition's year with no
/// finer date in its year (`will host the Meeting 2018`), which is then the event's date.
/// Spans are characters of `text`, as in [`find_dates`].
pub fn drop_edition_years(text: &str, dates: Vec<DateMention>) -> Vec<DateMention> {
    let finer = |v: &DateValue| !matches!(v, DateValue::Year(_));
    let finer_years: Vec<i32> = dates
        .iter()
        .flat_map(|d| [Some(d.value), d.end])
        .flatten()
        .filter(finer)
        .map(|v| v.year())
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let keep: Vec<bool> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let DateValue::Year(y) = d.value else {
                return true;
            };
            if d.end.is_some() || !finer_years.contains(&y) {
                return true;
            }
            let bare = d.anchor.len() == 4 && d.anchor.bytes().all(|b| b.is_ascii_digit());
            let after: String = chars[d.span.end.min(chars.len())..]
                .iter()
                .take(2)
                .collect();
            let possessive = after == "'s" || after == "’s";
            let introduces = introduces_finer(&chars, d, dates.get(i + 1));
            !((bare && names_edition(&chars, d.span)) || possessive || introduces)
        })
        .collect();
    dates
        .into_iter()
        .zip(keep)
        .filter_map(|(d, k)| k.then_some(d))
        .collect()
}

/// Whether the year mention `d` is said just before the finer date `next` of the same
/// year that it introduces: at most 6 characters apart (`chars` is the text), with no
/// `.`, `,`, `;` or line break between (`올해는 5.6.`, `this year from May 6`).
fn introduces_finer(chars: &[char], d: &DateMention, next: Option<&DateMention>) -> bool {
    next.is_some_and(|n| {
        !matches!(n.value, DateValue::Year(_))
            && n.value.year() == d.value.year()
            && n.span.begin >= d.span.end
            && n.span.begin - d.span.end <= 6
            && !chars[d.span.end..n.span.begin]
                .iter()
                .any(|c| matches!(c, '.' | ',' | ';' | '\n'))
    })
}

/// Drops a relative-year word (`지난해`, `올해`, `내년`, `last year` …) said just before
/// the finer date it places (`지난해 11월`, `올해는 5.6.`, `this year on May 6`; see
/// [`introduces_finer`]): the finer date, placed in that year, says all of it, and a
/// year of its own would stand between the date and the event it dates.
fn drop_relative_years_before_finer(text: &str, dates: Vec<DateMention>) -> Vec<DateMention> {
    let chars: Vec<char> = text.chars().collect();
    let relative = |anchor: &str| {
        let anchor = anchor.to_lowercase();
        KO_YEAR_WORDS
            .iter()
            .chain(EN_YEAR_WORDS)
            .any(|(w, _)| *w == anchor)
    };
    let keep: Vec<bool> = (0..dates.len())
        .map(|i| {
            let d = &dates[i];
            !(matches!(d.value, DateValue::Year(_))
                && d.end.is_none()
                && relative(&d.anchor)
                && introduces_finer(&chars, d, dates.get(i + 1)))
        })
        .collect();
    dates
        .into_iter()
        .zip(keep)
        .filter_map(|(d, k)| k.then_some(d))
        .collect()
}

/// Whether the bare year at `span` is glued to a name (rules in [`drop_edition_years`]).
fn names_edition(chars: &[char], span: Span) -> bool {
    let word_char = |c: &char| c.is_alphanumeric() || *c == '-';
    let before_end = span.begin.saturating_sub(1);
    let before_ok = span.begin > 0 && chars[before_end] == ' ';
    let prev: String = if before_ok {
        let start = chars[..before_end]
            .iter()
            .rposition(|c| !word_char(c))
            .map_or(0, |i| i + 1);
        chars[start..before_end].iter().collect()
    } else {
        String::new()
    };
    let named_before = prev.chars().next().is_some_and(char::is_uppercase)
        && !YEAR_CONTEXT.contains(&prev.to_lowercase().as_str());
    let next = chars
        .get(span.end + 1)
        .filter(|_| chars.get(span.end) == Some(&' '));
    let named_after =
        next.is_some_and(|c| c.is_uppercase() || super::extract::romanize::is_hangul_syllable(*c));
    named_before || named_after
}

/// Bare years: in context, or in a list with a year that is (`2010, 2012 and 2014`).
fn bare_years(text: &str, candidates: &mut Vec<Candidate>) {
    let mut found: Vec<(usize, usize, i32, bool)> = Vec::new();
    for m in BARE_YEAR.find_iter(text) {
        let (b, e) = (m.start(), m.end());
        let Ok(y) = m.as_str().parse::<i32>() else {
            continue;
        };
        if year(y).is_none() || !outer_boundary_ok(text, b, e) || counted_after(&text[e..]) {
            continue;
        }
        found.push((b, e, y, bare_year_context(text, b, e)));
    }
    // Propagate along lists: neighbours joined by `, `, ` and `, `, and `, `·`.
    let joined = |gap: &str| {
        matches!(
            gap.trim(),
            "," | "and" | ", and" | "·" | "or" | ", or" | "및" | "、"
        )
    };
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..found.len() {
            if found[i].3 {
                continue;
            }
            let left = i > 0 && found[i - 1].3 && joined(&text[found[i - 1].1..found[i].0]);
            let right =
                i + 1 < found.len() && found[i + 1].3 && joined(&text[found[i].1..found[i + 1].0]);
            if left || right {
                found[i].3 = true;
                changed = true;
            }
        }
    }
    for (b, e, y, ok) in found {
        if ok {
            candidates.push((b, e, DateValue::Year(y), None));
        }
    }
}

/// `true` if what follows a day or month expression makes it a duration (`5일간`,
/// `3일 동안`): `5일간` is five days, not the fifth.
fn is_duration(after: &str) -> bool {
    after.starts_with('간') || after.starts_with(" 동안") || after.starts_with("동안")
}

/// `true` if what follows a number says it counts something (`2000 people`, `1900명`,
/// `2015%`), so it is not a year.
fn counted_after(after: &str) -> bool {
    let after = after.trim_start_matches(' ');
    const UNITS: &[&str] = &[
        "%",
        "명",
        "개",
        "원",
        "달러",
        "건",
        "회",
        "여",
        "people",
        "persons",
        "officials",
        "participants",
        "experts",
        "delegates",
        "students",
        "members",
        "won",
        "dollars",
        "km",
        "kg",
        "units",
        "cases",
        "times",
        "USD",
        "KRW",
    ];
    UNITS.iter().any(|u| {
        after.starts_with(u)
            && !after[u.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
    })
}

/// A match must not be glued to digits (or a decimal point before it): `12017` and
/// `3.2017` hold no date.
fn outer_boundary_ok(text: &str, b: usize, e: usize) -> bool {
    let before = text[..b].chars().next_back();
    let after = text[e..].chars().next();
    let first = text[b..].chars().next();
    let glued_before = before.is_some_and(|c| c.is_ascii_digit())
        || (first.is_some_and(|c| c.is_ascii_digit())
            && before == Some('.')
            && text[..b - 1].ends_with(|c: char| c.is_ascii_digit()));
    let last = text[..e].chars().next_back();
    let glued_after = last.is_some_and(|c| c.is_ascii_digit())
        && (after.is_some_and(|c| c.is_ascii_digit())
            || (after == Some('.') && text[e + 1..].starts_with(|c: char| c.is_ascii_digit()))
            || (after == Some(',') && text[e + 1..].starts_with(|c: char| c.is_ascii_digit())));
    !glued_before && !glued_after
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateValue::{Date, Year, YearMonth};

    /// (anchor, value, end) of every date found.
    fn found(
        text: &str,
        reference: Option<DateValue>,
    ) -> Vec<(String, DateValue, Option<DateValue>)> {
        find_dates(text, Lang::Ko, reference)
            .into_iter()
            .map(|d| (d.anchor, d.value, d.end))
            .collect()
    }

    #[test]
    fn absolute_dates_table() {
        // Sentences written for this test; no reference date needed.
        let cases: &[(&str, &str, DateValue)] = &[
            ("Posted 2019.05.06 by staff", "2019.05.06", Date(2019, 5, 6)),
            ("게시일 2019. 5. 6. 오전", "2019. 5. 6.", Date(2019, 5, 6)),
            (
                "행사는 2026. 2. 13.(금) 열린다",
                "2026. 2. 13.(금)",
                Date(2026, 2, 13),
            ),
            ("on 2019-05-06 at noon", "2019-05-06", Date(2019, 5, 6)),
            (
                "signed on May 6, 2019 in Lima",
                "May 6, 2019",
                Date(2019, 5, 6),
            ),
            (
                "signed on 6 May 2019 in Lima",
                "6 May 2019",
                Date(2019, 5, 6),
            ),
            (
                "published in June 2019 again",
                "June 2019",
                YearMonth(2019, 6),
            ),
            (
                "2019년 5월 6일 서울에서",
                "2019년 5월 6일",
                Date(2019, 5, 6),
            ),
            ("2019년 5월7일 서울에서", "2019년 5월7일", Date(2019, 5, 7)),
            ("2019년 5월에 열린", "2019년 5월", YearMonth(2019, 5)),
            ("2019년에 열린", "2019년", Year(2019)),
            ("2015년도부터 시행", "2015년도", Year(2015)),
            ("'19년 회의", "'19년", Year(2019)),
            ("since '09 the office", "'09", Year(2009)),
            ("It opened in 2011.", "2011", Year(2011)),
            ("the Forum 2019 closed", "2019", Year(2019)),
            ("its report (2012) said", "2012", Year(2012)),
        ];
        for (text, anchor, value) in cases {
            assert_eq!(
                found(text, None),
                vec![(anchor.to_string(), *value, None)],
                "{text}"
            );
        }
    }

    #[test]
    fn relative_dates_table() {
        let reference = Some(Date(2019, 3, 15));
        let cases: &[(&str, &str, DateValue)] = &[
            ("장관은 2월 20일 방문했다", "2월 20일", Date(2019, 2, 20)),
            ("회의는 12일 열렸다", "12일", Date(2019, 3, 12)),
            // A past-tense day more than EMBARGO_DAYS after the notice date: last month's.
            ("회의는 28일 열렸다", "28일", Date(2019, 2, 28)),
            // Within the window: this month's (an embargoed release).
            ("회의는 21일 열렸다", "21일", Date(2019, 3, 21)),
            ("행사는 3.18.(월) 열린다", "3.18.(월)", Date(2019, 3, 18)),
            ("행사는 4.2(화) 열린다", "4.2(화)", Date(2019, 4, 2)),
            ("회의는 3.19일 열린다", "3.19일", Date(2019, 3, 19)),
            ("회의는 17(일) 열린다", "17(일)", Date(2019, 3, 17)),
            (
                "as of February 20 the total",
                "February 20",
                Date(2019, 2, 20),
            ),
            ("작년 회의에서", "작년", Year(2018)),
            ("지난해 회의에서", "지난해", Year(2018)),
            ("올해 회의에서", "올해", Year(2019)),
            ("금년 회의에서", "금년", Year(2019)),
            ("내년 회의에서", "내년", Year(2020)),
            ("올 5월 회의에서", "올 5월", YearMonth(2019, 5)),
            ("지난달 회의에서", "지난달", YearMonth(2019, 2)),
            // Weekdays of the week before, of or after the notice's (a Friday).
            ("지난주 화요일부터 열린", "지난주 화요일", Date(2019, 3, 5)),
            ("이번 주 수요일에 열린", "이번 주 수요일", Date(2019, 3, 13)),
            ("다음 주 월요일 열린다", "다음 주 월요일", Date(2019, 3, 18)),
            ("opened last Tuesday in", "last Tuesday", Date(2019, 3, 12)),
            ("opens next Monday in", "next Monday", Date(2019, 3, 18)),
            ("이번 달 회의에서", "이번 달", YearMonth(2019, 3)),
            ("오늘 회의에서", "오늘", Date(2019, 3, 15)),
            ("어제 회의에서", "어제", Date(2019, 3, 14)),
            ("at last year's meeting", "last year", Year(2018)),
            (
                "signed in October last year",
                "October last year",
                YearMonth(2018, 10),
            ),
            (
                "held in June this year",
                "June this year",
                YearMonth(2019, 6),
            ),
            ("Next year the forum moves", "Next year", Year(2020)),
            ("this year", "this year", Year(2019)),
            ("since last month", "last month", YearMonth(2019, 2)),
            (
                "He spoke this afternoon.",
                "this afternoon",
                Date(2019, 3, 15),
            ),
            ("today", "today", Date(2019, 3, 15)),
            (
                "met last November in Paris",
                "last November",
                YearMonth(2018, 11),
            ),
            (
                "met last February in Paris",
                "last February",
                YearMonth(2019, 2),
            ),
        ];
        for (text, anchor, value) in cases {
            assert_eq!(
                found(text, reference),
                vec![(anchor.to_string(), *value, None)],
                "{text}"
            );
        }
    }

    #[test]
    fn relative_dates_need_a_reference() {
        for text in ["작년 회의", "21일 열렸다", "last year", "as of February 20"] {
            assert_eq!(found(text, None), vec![], "{text}");
        }
        // A day alone needs the month of the reference.
        assert_eq!(found("21일 열렸다", Some(Year(2019))), vec![]);
        assert_eq!(
            found("작년 회의", Some(YearMonth(2019, 1))),
            vec![("작년".to_string(), Year(2018), None)]
        );
    }

    #[test]
    fn ranges_table() {
        let reference = Some(Date(2018, 9, 1));
        let cases: &[(&str, &str, DateValue, DateValue)] = &[
            ("2013~2015년 사업", "2013~2015년", Year(2013), Year(2015)),
            (
                "2013년~2015년 사업",
                "2013년~2015년",
                Year(2013),
                Year(2015),
            ),
            (
                "from 2014 to 2020 the plan",
                "from 2014 to 2020",
                Year(2014),
                Year(2020),
            ),
            (
                "held September 27 to October 2, 2018 in",
                "September 27 to October 2, 2018",
                Date(2018, 9, 27),
                Date(2018, 10, 2),
            ),
            (
                "held 10-11 November 2016 in",
                "10-11 November 2016",
                Date(2016, 11, 10),
                Date(2016, 11, 11),
            ),
            (
                "met on 8 and 9 March 2016 in",
                "8 and 9 March 2016",
                Date(2016, 3, 8),
                Date(2016, 3, 9),
            ),
            (
                "held in Lyon on Mar. 8-9, 2016.",
                "Mar. 8-9, 2016",
                Date(2016, 3, 8),
                Date(2016, 3, 9),
            ),
            (
                "from November 10 to 11 in",
                "November 10 to 11",
                Date(2018, 11, 10),
                Date(2018, 11, 11),
            ),
            (
                "11월 10일~11일 부산에서",
                "11월 10일~11일",
                Date(2018, 11, 10),
                Date(2018, 11, 11),
            ),
            (
                "기간 11.9.~11.11. 동안",
                "11.9.~11.11.",
                Date(2018, 11, 9),
                Date(2018, 11, 11),
            ),
            (
                "기간 9.19~23 동안",
                "9.19~23",
                Date(2018, 9, 19),
                Date(2018, 9, 23),
            ),
            (
                "2019년 4월 8-10일 방문",
                "2019년 4월 8-10일",
                Date(2019, 4, 8),
                Date(2019, 4, 10),
            ),
            (
                "4월 3-5일 방문",
                "4월 3-5일",
                Date(2018, 4, 3),
                Date(2018, 4, 5),
            ),
            (
                "회의는 12일~14일 열린다",
                "12일~14일",
                Date(2018, 9, 12),
                Date(2018, 9, 14),
            ),
            (
                "between 2011 and 2013 the plan",
                "between 2011 and 2013",
                Year(2011),
                Year(2013),
            ),
            (
                "2016년 5월~6월 조사",
                "2016년 5월~6월",
                YearMonth(2016, 5),
                YearMonth(2016, 6),
            ),
        ];
        for (text, anchor, start, end) in cases {
            assert_eq!(
                found(text, reference),
                vec![(anchor.to_string(), *start, Some(*end))],
                "{text}"
            );
        }
    }

    #[test]
    fn year_lists_and_non_dates() {
        let got = found("ranked first in 2010, 2012 and 2014 and 3rd", None);
        let years: Vec<DateValue> = got.iter().map(|d| d.1).collect();
        assert_eq!(years, vec![Year(2010), Year(2012), Year(2014)]);
        // `and` joins a list, not a range (unless after `between`).
        let got = found("growth for 2019 and 2020", None);
        let years: Vec<_> = got.iter().map(|d| (d.1, d.2)).collect();
        assert_eq!(years, vec![(Year(2019), None), (Year(2020), None)]);
        // Numbers that are not dates.
        for text in [
            "a total of 4,820 officials",
            "1,000 people attended",
            "growth of 3.5% a year",
            "2019명이 참석했다",
            "there were 2015 participants",
            "code 12019 and 2019.5 units",
            "the score 0.9010 and 1.0000",
            "경쟁률 3.5 대 1",
            "총 2000 people",
            "연수는 5일간 진행된다",
            "3일 동안 열린다",
        ] {
            assert_eq!(found(text, Some(Date(2019, 3, 15))), vec![], "{text}");
        }
    }

    /// (text, years kept) — sentences written for this test.
    #[test]
    fn edition_years_give_way_to_finer_dates() {
        for (text, want) in [
            // The edition's year is subsumed by the day in the same year.
            ("The Forum 2019 met on May 6, 2019 in Lima.", vec![]),
            ("Ranked 2nd in 2019 UN survey; met on May 6, 2019.", vec![]),
            ("‘2019 세계포럼’이 2019. 5. 6. 열렸다.", vec![]),
            ("The 2019 Lima Course opened in June 2019.", vec![]),
            // No finer date in that year: the edition's year is the date.
            ("Korea will host the Forum 2019.", vec![2019]),
            ("The Forum 2019 met on May 6, 2018.", vec![2019]),
            // A year said as this year's edition, or just before its finer date.
            ("This year's forum met on May 6, 2019.", vec![]),
            ("It meets this year from May 6 to 7.", vec![]),
            ("올해는 5.6.(월)~7(화) 열린다.", vec![]),
            (
                "It grew this year. The forum met on May 6, 2019.",
                vec![2019],
            ),
            ("It grew this year; the forum met on May 6.", vec![2019]),
            // Not glued to a name: a date of its own.
            ("It opened in 2019 and met on May 6, 2019.", vec![2019]),
            ("In 2019, the Forum met on May 6, 2019.", vec![2019]),
        ] {
            let years: Vec<i32> =
                drop_edition_years(text, find_dates(text, Lang::En, Some(Date(2019, 7, 1))))
                    .into_iter()
                    .filter(|d| matches!(d.value, Year(_)))
                    .map(|d| d.value.year())
                    .collect();
            assert_eq!(years, want, "{text}");
        }
    }

    /// (text, anchor, start, end) for a notice dated 2017-01-05 — sentences written for
    /// this test.
    #[test]
    fn tense_places_dates_without_a_year() {
        let reference = Some(Date(2017, 1, 5));
        let cases: &[(&str, &str, DateValue)] = &[
            // Past: 지난, a past-tense verb, an English past verb; across the new year.
            (
                "지난 12월 20일 회의를 열었다.",
                "12월 20일",
                Date(2016, 12, 20),
            ),
            (
                "12월 20일 협약을 체결했다.",
                "12월 20일",
                Date(2016, 12, 20),
            ),
            (
                "12.20.(화) 토론회가 개최됐다.",
                "12.20.(화)",
                Date(2016, 12, 20),
            ),
            ("11월에 보고서를 냈다.", "11월", YearMonth(2016, 11)),
            ("지난 28일 회의를 열었다.", "28일", Date(2016, 12, 28)),
            (
                "On December 20 the ministry held a forum.",
                "December 20",
                Date(2016, 12, 20),
            ),
            (
                "Delegates met in Rome on December 20 to plan the upcoming summit.",
                "December 20",
                Date(2016, 12, 20),
            ),
            (
                "The pact was signed on December 20.",
                "December 20",
                Date(2016, 12, 20),
            ),
            (
                "The agency opened an office in November.",
                "November",
                YearMonth(2016, 11),
            ),
            // Future: 오는, 예정, present 열린다, will, to be held.
            ("오는 2월 3일 회의를 연다.", "2월 3일", Date(2017, 2, 3)),
            ("2월 3일 포럼이 열린다.", "2월 3일", Date(2017, 2, 3)),
            ("3일 포럼을 개최할 예정이다.", "3일", Date(2017, 2, 3)),
            (
                "The forum will be held on February 3.",
                "February 3",
                Date(2017, 2, 3),
            ),
            (
                "A summit is to be held in mid-March.",
                "mid-March",
                YearMonth(2017, 3),
            ),
            // No cue: the nearest such date.
            ("12월 20일 회의 자료", "12월 20일", Date(2016, 12, 20)),
            ("2월 3일 회의 자료", "2월 3일", Date(2017, 2, 3)),
            ("the December 20 report", "December 20", Date(2016, 12, 20)),
            ("this November", "this November", YearMonth(2016, 11)),
            ("in early March", "early March", YearMonth(2017, 3)),
        ];
        for (text, anchor, value) in cases {
            assert_eq!(
                found(text, reference),
                vec![(anchor.to_string(), *value, None)],
                "{text}"
            );
        }
        // The other way round: a notice of late December and next January.
        let december = Some(Date(2016, 12, 28));
        for (text, anchor, value) in [
            ("1월 10일 회의를 연다.", "1월 10일", Date(2017, 1, 10)),
            (
                "The talks will resume on January 10.",
                "January 10",
                Date(2017, 1, 10),
            ),
            ("next March", "next March", YearMonth(2017, 3)),
            ("last November", "last November", YearMonth(2016, 11)),
        ] {
            assert_eq!(
                found(text, december),
                vec![(anchor.to_string(), value, None)],
                "{text}"
            );
        }
    }

    /// The value found for `anchor` in `text` (other dates in it are ignored).
    fn value_of(text: &str, anchor: &str, reference: DateValue) -> Option<DateValue> {
        found(text, Some(reference))
            .into_iter()
            .find(|(a, _, _)| a == anchor)
            .map(|(_, v, _)| v)
    }

    #[test]
    fn relative_year_words_win_over_tense() {
        // A notice of early March; sentences written for this test.
        let reference = Date(2009, 3, 5);
        let cases: &[(&str, &str, DateValue)] = &[
            // Korean: 지난해/작년 + month is last year's month whatever the verb.
            (
                "지난해 11월 부산에서 열린 총회의 후속 과제를 검토한다.",
                "11월",
                YearMonth(2008, 11),
            ),
            (
                "지난해 11월 부산에서 총회를 열었다.",
                "11월",
                YearMonth(2008, 11),
            ),
            (
                "작년 11월 3일 맺은 협약을 이행할 예정이다.",
                "11월 3일",
                Date(2008, 11, 3),
            ),
            (
                "지난해에는 10월 24일~25일 박람회를 열 계획이었다.",
                "10월 24일~25일",
                Date(2008, 10, 24),
            ),
            // 올해: this year's month, even with a past verb.
            (
                "올해 11월 총회 개최지를 확정했다.",
                "11월",
                YearMonth(2009, 11),
            ),
            ("올해는 2월 9일 회의를 연다.", "2월 9일", Date(2009, 2, 9)),
            // 내년: next year's month, whatever the verb.
            (
                "내년 5월 열릴 회의의 준비를 마쳤다.",
                "5월",
                YearMonth(2010, 5),
            ),
            ("내년 5월 박람회가 열린다.", "5월", YearMonth(2010, 5)),
            // English: last/next + month, and a month with `last year`/`this year`.
            (
                "The council will review the plan it adopted last November.",
                "last November",
                YearMonth(2008, 11),
            ),
            (
                "The council reviewed the plan it adopted last November.",
                "last November",
                YearMonth(2008, 11),
            ),
            (
                "The ministry announced that the fair moves to Busan next March.",
                "next March",
                YearMonth(2010, 3),
            ),
            (
                "The fair will move to Busan next March.",
                "next March",
                YearMonth(2010, 3),
            ),
            (
                "The panel will discuss the report published on November 20 last year.",
                "November 20",
                Date(2008, 11, 20),
            ),
            (
                "This year on May 6 the office opened a branch.",
                "May 6",
                Date(2009, 5, 6),
            ),
            (
                "Last year in October the two agencies will be remembered for a pact signed.",
                "October",
                YearMonth(2008, 10),
            ),
        ];
        for (text, anchor, value) in cases {
            assert_eq!(value_of(text, anchor, reference), Some(*value), "{text}");
        }
        // The year word that places a finer date is no date of its own; alone, it is.
        for (text, want) in [
            ("지난해 11월 총회를 열었다.", vec!["11월"]),
            ("작년에는 3월 24일 열렸다.", vec!["3월 24일"]),
            ("We met last year on May 6.", vec!["May 6"]),
            ("지난해, 11월 총회", vec!["지난해", "11월"]),
            ("지난해 회의에서", vec!["지난해"]),
        ] {
            let anchors: Vec<String> = found(text, Some(reference))
                .into_iter()
                .map(|(a, _, _)| a)
                .collect();
            assert_eq!(anchors, want, "{text}");
        }
    }

    #[test]
    fn past_tense_days_just_after_the_notice_date_stay_in_its_year() {
        // An embargoed release dated the day before (or a few days before) the day it
        // reports in the past tense; sentences written for this test.
        let reference = Date(2015, 6, 10);
        let cases: &[(&str, &str, DateValue)] = &[
            (
                "6월 11일 대전에서 포럼을 개최했다.",
                "6월 11일",
                Date(2015, 6, 11),
            ),
            ("11일 대전에서 포럼을 개최했다.", "11일", Date(2015, 6, 11)),
            (
                "6.17.(수) 양해각서를 체결했다.",
                "6.17.(수)",
                Date(2015, 6, 17),
            ),
            (
                "The ministry hosted a workshop in Daejeon on June 11.",
                "June 11",
                Date(2015, 6, 11),
            ),
            (
                "On June 17 the two agencies signed a pact.",
                "June 17",
                Date(2015, 6, 17),
            ),
            // A month and day up to PAST_REPORT_DAYS (a month) ahead stays in the
            // notice's year: a release dated early, not last year's event.
            (
                "6월 18일 대전에서 포럼을 개최했다.",
                "6월 18일",
                Date(2015, 6, 18),
            ),
            (
                "The ministry hosted a workshop on June 30.",
                "June 30",
                Date(2015, 6, 30),
            ),
            (
                "7월 11일 양해각서를 체결했다.",
                "7월 11일",
                Date(2015, 7, 11),
            ),
            (
                "The two agencies signed a pact on July 11.",
                "July 11",
                Date(2015, 7, 11),
            ),
            // Beyond it: the previous year's day; a day alone keeps the week's window
            // (beyond it, the previous month's).
            (
                "7월 12일 양해각서를 체결했다.",
                "7월 12일",
                Date(2014, 7, 12),
            ),
            (
                "The two agencies signed a pact on July 12.",
                "July 12",
                Date(2014, 7, 12),
            ),
            ("25일 대전에서 포럼을 개최했다.", "25일", Date(2015, 5, 25)),
            // 지난 says the day is past: no window.
            ("지난 11일 회의를 열었다.", "11일", Date(2015, 5, 11)),
            // A month alone is not shifted by the window.
            ("7월 포럼을 개최했다.", "7월", YearMonth(2014, 7)),
        ];
        for (text, anchor, value) in cases {
            assert_eq!(value_of(text, anchor, reference), Some(*value), "{text}");
        }
        // Across the new year: a release of 30 December reporting 2 January.
        let december = Date(2015, 12, 30);
        for (text, anchor, value) in [
            ("1월 2일 협약을 체결했다.", "1월 2일", Date(2016, 1, 2)),
            (
                "On January 2 the two agencies signed a pact.",
                "January 2",
                Date(2016, 1, 2),
            ),
            ("1월 20일 협약을 체결했다.", "1월 20일", Date(2016, 1, 20)),
            ("2월 10일 협약을 체결했다.", "2월 10일", Date(2015, 2, 10)),
        ] {
            assert_eq!(value_of(text, anchor, december), Some(value), "{text}");
        }
    }

    #[test]
    fn embargoed_reports_are_past_days_just_after_the_notice() {
        let notice = Some(Date(2015, 6, 10));
        // (text, anchor, value, embargoed) — sentences written for this test.
        for (text, anchor, value, want) in [
            (
                "11일 대전에서 포럼을 개최했다.",
                "11일",
                Date(2015, 6, 11),
                true,
            ),
            (
                "11일 대전에서 포럼을 개최한다.",
                "11일",
                Date(2015, 6, 11),
                false,
            ),
            // Up to PAST_REPORT_DAYS ahead, a month and day in the past tense is held.
            (
                "6월 20일 포럼을 개최했다.",
                "6월 20일",
                Date(2015, 6, 20),
                true,
            ),
            (
                "The forum was held on July 11.",
                "July 11",
                Date(2015, 7, 11),
                true,
            ),
            (
                "7월 20일 포럼을 개최했다.",
                "7월 20일",
                Date(2015, 7, 20),
                false,
            ),
            (
                "The forum was held on June 12.",
                "June 12",
                Date(2015, 6, 12),
                true,
            ),
            (
                "The forum will be held on June 12.",
                "June 12",
                Date(2015, 6, 12),
                false,
            ),
            (
                "The forum was held on June 10.",
                "June 10",
                Date(2015, 6, 10),
                false,
            ),
        ] {
            let begin = text[..text.find(anchor).unwrap()].chars().count();
            let span = Span {
                begin,
                end: begin + anchor.chars().count(),
            };
            assert_eq!(embargoed_report(text, span, value, notice), want, "{text}");
        }
    }

    #[test]
    fn place_names_in_da_are_no_verbs() {
        // A country or place name ending in 다 before the verb is a noun, not a present
        // `-ㄴ다` verb: the verb at the end of the sentence gives the tense. Sentences
        // written for this test; a release of 10 September.
        let reference = Date(2014, 9, 10);
        for (text, anchor, value) in [
            (
                "9월 3일 캐나다 대표단과 협정을 맺었다.",
                "9월 3일",
                Date(2014, 9, 3),
            ),
            (
                "9월 3일 우간다 정부에 장비를 전달했다.",
                "9월 3일",
                Date(2014, 9, 3),
            ),
            ("25일 바다 정화 행사를 열었다.", "25일", Date(2014, 8, 25)),
            (
                "9월 3일 캐나다 대표단과 회의를 연다.",
                "9월 3일",
                Date(2015, 9, 3),
            ),
            (
                "On September 3 the ministry signed an agreement with Canada.",
                "September 3",
                Date(2014, 9, 3),
            ),
        ] {
            assert_eq!(value_of(text, anchor, reference), Some(value), "{text}");
        }
        // A verb in -다 at the end still decides, with or without a full stop.
        assert_eq!(korean_tense(" 서울에서 포럼을 연다"), Tense::Future);
        assert_eq!(korean_tense(" 캐나다 정부와 포럼을 연다."), Tense::Future);
        assert_eq!(korean_tense(" 캐나다 정부와 포럼을 열었다."), Tense::Past);
        assert_eq!(korean_tense(" 캐나다 정부와"), Tense::Nearest);
    }

    #[test]
    fn years_outside_four_digits_are_never_produced() {
        // A relative date from an extreme notice date is dropped, in both languages.
        let last_day = Some(Date(9999, 12, 31));
        for text in [
            "내년 3월 24일 회의를 연다.",
            "The forum will be held next year.",
        ] {
            let got = found(text, last_day);
            assert!(got.iter().all(|d| d.1.year() <= 9999), "{text}: {got:?}");
        }
        assert_eq!(
            value_of(
                "올해 3월 24일 회의를 열었다.",
                "3월 24일",
                Date(9999, 12, 31)
            ),
            Some(Date(9999, 3, 24))
        );
        let first_day = Some(Date(1, 1, 5));
        for text in ["지난해 회의를 열었다.", "The forum was held last year."] {
            let got = found(text, first_day);
            assert!(got.iter().all(|d| d.1.year() >= 1), "{text}: {got:?}");
        }
    }

    #[test]
    fn long_digit_runs_hold_no_year() {
        // A year is a standalone four-digit number, never the head of a longer run.
        let reference = Some(Date(2021, 8, 30));
        for text in [
            "The fund holds 20100000000000000000 won.",
            "in 20100000000000000000",
            "Survey 20100000000000000000",
            "(20100000000000000000)",
            "in 20100000000000000000 and 2012",
            "예산은 20100000000000000000원이다.",
            "20100000000000000000년",
            "20100000000000000000년 3월",
            "20100000000000000000.3.4",
            "May 4, 20100000000000000000",
            "4 May 20100000000000000000",
            "from 20100000000000000000 to 2020",
        ] {
            let got = found(text, reference);
            assert!(
                got.iter().all(|d| d.1.year() != 2010 && d.1.year() != 2000),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn day_numbers_count_days() {
        assert_eq!(day_number(2016, 3, 1) - day_number(2016, 2, 28), 2);
        assert_eq!(day_number(2015, 3, 1) - day_number(2015, 2, 28), 1);
        assert_eq!(day_number(2016, 1, 2) - day_number(2015, 12, 30), 3);
        assert_eq!(day_number(2001, 1, 1) - day_number(2000, 1, 1), 366);
    }

    #[test]
    fn month_words_in_names_are_no_dates() {
        let reference = Some(Date(2017, 1, 5));
        for text in ["met in November Hall", "in November 2017", "in November 20"] {
            let got = found(text, reference);
            assert!(
                got.iter().all(|d| !d.0.starts_with("in")),
                "{text}: {got:?}"
            );
        }
        assert_eq!(
            found("met in November Hall", reference),
            vec![],
            "a name, not a date"
        );
        // A month that a stated day of it makes redundant.
        let got = found("to be held in November, on November 10", reference);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            found("signed last November, Korea said", reference),
            vec![("last November".to_string(), YearMonth(2016, 11), None)]
        );
    }

    /// An invalid day gives at most its month, once; never a shifted date.
    #[test]
    fn invalid_days_give_the_month_at_most() {
        let reference = Some(Date(2017, 1, 5));
        for (text, want) in [
            ("2017년 2월 30일 회의", vec![YearMonth(2017, 2)]),
            ("on February 30, 2017 the", vec![YearMonth(2017, 2)]),
            ("on 30 February 2017 the", vec![YearMonth(2017, 2)]),
            ("2017.02.30 게시", vec![YearMonth(2017, 2)]),
            ("2월 30일 회의", vec![YearMonth(2017, 2)]),
            ("on February 30 the", vec![YearMonth(2017, 2)]),
            ("2017년 4월 31일 회의", vec![YearMonth(2017, 4)]),
        ] {
            let got: Vec<DateValue> = found(text, reference).into_iter().map(|d| d.1).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn korean_ranges_have_an_end() {
        let reference = Some(Date(2017, 5, 20));
        for (text, anchor, start, end) in [
            (
                "6월 5일부터 7일까지 연다.",
                "6월 5일부터 7일",
                Date(2017, 6, 5),
                Date(2017, 6, 7),
            ),
            (
                "기간 6.5.~6.7. 서울",
                "6.5.~6.7.",
                Date(2017, 6, 5),
                Date(2017, 6, 7),
            ),
            (
                "6월 5일~7일 서울에서",
                "6월 5일~7일",
                Date(2017, 6, 5),
                Date(2017, 6, 7),
            ),
            (
                "행사는 2016. 3. 8.~9. 부산에서",
                "2016. 3. 8.~9.",
                Date(2016, 3, 8),
                Date(2016, 3, 9),
            ),
            (
                "기간 2016.3.30.(수)~4.1.(금) 동안",
                "2016.3.30.(수)~4.1.(금)",
                Date(2016, 3, 30),
                Date(2016, 4, 1),
            ),
            (
                "2017년 6월 5일부터 7월 1일까지 공모",
                "2017년 6월 5일부터 7월 1일",
                Date(2017, 6, 5),
                Date(2017, 7, 1),
            ),
            (
                "지난 12월 30일부터 1월 2일까지 열었다.",
                "12월 30일부터 1월 2일",
                Date(2016, 12, 30),
                Date(2017, 1, 2),
            ),
        ] {
            assert_eq!(
                found(text, reference),
                vec![(anchor.to_string(), start, Some(end))],
                "{text}"
            );
        }
    }

    #[test]
    fn spans_are_in_characters() {
        let text = "행정부는 2019년 5월 6일 회의를 열었다";
        let d = &find_dates(text, Lang::Ko, None)[0];
        assert_eq!((d.span.begin, d.span.end), (5, 16));
        let anchor: String = text.chars().skip(5).take(11).collect();
        assert_eq!(anchor, d.anchor);
    }

    /// (text, reference, anchor, value) — a day before an English month without a year
    /// is placed like `Month day` (`on 5 November`). Sentences written for this test.
    #[test]
    fn english_day_month_without_year() {
        let reference = Some(DateValue::Date(2019, 12, 1));
        for (text, anchor, value) in [
            (
                "The forum took place on 5 November.",
                "5 November",
                DateValue::Date(2019, 11, 5),
            ),
            (
                "It closed on the 12th March.",
                "12th March",
                DateValue::Date(2019, 3, 12),
            ),
        ] {
            let found = find_dates(text, Lang::En, reference);
            assert!(
                found.iter().any(|d| d.anchor == anchor && d.value == value),
                "{text}: {found:?}"
            );
        }
        // A count before a word that only starts like a month is no date.
        let found = find_dates("About 5 Junior staff came.", Lang::En, reference);
        assert!(found.is_empty(), "{found:?}");
    }

    /// (anchor, value, year, placed) — a mention that states a month but no year moves
    /// to the year given; one that states its year, a day alone, or a day the year lacks,
    /// does not.
    #[test]
    fn mentions_placed_in_a_year() {
        let mention = |anchor: &str, value| DateMention {
            span: Span {
                begin: 0,
                end: anchor.chars().count(),
            },
            anchor: anchor.to_string(),
            value,
            end: None,
        };
        for (anchor, value, year, want) in [
            (
                "11월 5일",
                DateValue::Date(2018, 11, 5),
                2019,
                Some(DateValue::Date(2019, 11, 5)),
            ),
            (
                "November 5",
                DateValue::Date(2018, 11, 5),
                2019,
                Some(DateValue::Date(2019, 11, 5)),
            ),
            ("2018년 11월 5일", DateValue::Date(2018, 11, 5), 2019, None),
            ("지난해 11월", DateValue::YearMonth(2018, 11), 2019, None),
            (
                "November 5 last year",
                DateValue::Date(2018, 11, 5),
                2019,
                None,
            ),
            ("2월 29일", DateValue::Date(2020, 2, 29), 2019, None),
            ("3일", DateValue::Date(2017, 4, 3), 2018, None),
            (
                "11.5.",
                DateValue::Date(2018, 11, 5),
                2019,
                Some(DateValue::Date(2019, 11, 5)),
            ),
            ("11월 5일", DateValue::Date(2019, 11, 5), 2019, None),
        ] {
            let got = in_year(&mention(anchor, value), year).map(|d| d.value);
            assert_eq!(got, want, "{anchor}");
        }
    }

    /// Every pattern of this module outside [`RULES`] compiles.
    #[test]
    fn every_pattern_compiles() {
        for p in PATTERNS {
            let _ = p.is_match("");
        }
        assert!(!RULES.is_empty());
    }
}
