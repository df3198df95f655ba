//! Locale formats from ICU4X and its compiled CLDR data (shipped inside the `icu_*_data`
//! crates: nothing is downloaded at build or run time): dates at their own precision,
//! numbers with grouping, cardinal and ordinal plural categories, and `and` lists.
//!
//! One [`Formats`] per language is built with the [`super::Localizer`]; it backs
//! `Localizer::date`, `number`, `ordinal`, `plural` and `list`, and the Fluent functions
//! `DATE`, `PLURAL` and `LIST`. [`Grouping`] is the same decimal formatter in the shape the
//! Fluent bundle's number formatter hook wants (memoized per bundle language).
//!
//! English lists use CLDR's `en-001` (international English) patterns, `A, B and C`
//! without a serial comma, as the notices and the issue write them (`en`, i.e. US English,
//! would give `A, B, and C`). Dates use `en` (US): `April 4, 2017`.

use crate::model::{DateValue, Lang};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{D, M, MD, Y, YM, YMD};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::{Locale, locale};
use icu_plurals::{PluralCategory, PluralRules};

/// Why a language's formatters could not be built: ICU4X has no compiled data for it (a
/// build defect, caught by the tests).
#[derive(Debug, thiserror::Error)]
#[error("ICU4X {what} data for {lang}: {reason}")]
pub struct FormatsError {
    /// Language whose data is missing.
    pub lang: Lang,
    /// Which formatter (`dates`, `numbers`, `plurals`, `lists`).
    pub what: &'static str,
    /// ICU4X's message.
    pub reason: String,
}

/// Plural rule type: counting (`1 event`, `2 events`) or ranking (`1st`, `2nd`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralKind {
    /// Cardinal numbers.
    Cardinal,
    /// Ordinal numbers.
    Ordinal,
}

/// A date without some of its fields, as the second end of a range that shares them
/// ([`Formats::date_part`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    /// Month and day (`November 10`, `11월 10일`).
    MonthDay,
    /// Day of the month (`11`, `11일`).
    Day,
    /// Month (`March`, `3월`).
    Month,
}

/// The ICU4X formatters of one language.
pub struct Formats {
    lang: Lang,
    day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    month_day: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    day_of_month: FixedCalendarDateTimeFormatter<Gregorian, D>,
    month_alone: FixedCalendarDateTimeFormatter<Gregorian, M>,
    decimal: DecimalFormatter,
    cardinal: PluralRules,
    ordinal: PluralRules,
    and: ListFormatter,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Formats")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// The ICU locale of `lang` for dates, numbers and plurals.
fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::Ko => locale!("ko"),
        Lang::En => locale!("en"),
    }
}

/// The ICU locale of `lang` for lists (`en-001`: no serial comma, see the module docs).
fn list_locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::Ko => locale!("ko"),
        Lang::En => locale!("en-001"),
    }
}

impl Formats {
    /// Builds the formatters of `lang` from compiled data. Errors: [`FormatsError`] when
    /// a formatter's data is missing.
    pub fn new(lang: Lang) -> Result<Formats, FormatsError> {
        let loc = locale_of(lang);
        let err = |what: &'static str| {
            move |e: &dyn std::fmt::Display| FormatsError {
                lang,
                what,
                reason: e.to_string(),
            }
        };
        let dates = err("dates");
        Ok(Formats {
            lang,
            day: FixedCalendarDateTimeFormatter::try_new((&loc).into(), YMD::long())
                .map_err(|e| dates(&e))?,
            month: FixedCalendarDateTimeFormatter::try_new((&loc).into(), YM::long())
                .map_err(|e| dates(&e))?,
            year: FixedCalendarDateTimeFormatter::try_new((&loc).into(), Y::long())
                .map_err(|e| dates(&e))?,
            month_day: FixedCalendarDateTimeFormatter::try_new((&loc).into(), MD::long())
                .map_err(|e| dates(&e))?,
            day_of_month: FixedCalendarDateTimeFormatter::try_new((&loc).into(), D::long())
                .map_err(|e| dates(&e))?,
            month_alone: FixedCalendarDateTimeFormatter::try_new((&loc).into(), M::long())
                .map_err(|e| dates(&e))?,
            decimal: grouping_formatter(&loc).map_err(|e| err("numbers")(&e))?,
            cardinal: PluralRules::try_new_cardinal((&loc).into())
                .map_err(|e| err("plurals")(&e))?,
            ordinal: PluralRules::try_new_ordinal((&loc).into()).map_err(|e| err("plurals")(&e))?,
            and: ListFormatter::try_new_and(
                (&list_locale_of(lang)).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .map_err(|e| err("lists")(&e))?,
        })
    }

    /// `date` at its own precision: `2017년 4월 4일` / `April 4, 2017`, `2017년 4월` /
    /// `April 2017`, `2017년` / `2017` (ICU field sets `YMD`, `YM`, `Y`, long). A day or
    /// month outside the Gregorian calendar (not made by [`DateValue::parse_iso`]) is
    /// shown in ISO form.
    pub fn date(&self, date: &DateValue) -> String {
        let day = |y: i32, m: u32, d: u32| {
            Date::try_new_gregorian(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
        };
        let text = match *date {
            DateValue::Date(y, m, d) => day(y, m, d).map(|v| self.day.format(&v).to_string()),
            DateValue::YearMonth(y, m) => day(y, m, 1).map(|v| self.month.format(&v).to_string()),
            DateValue::Year(y) => day(y, 1, 1).map(|v| self.year.format(&v).to_string()),
        };
        text.unwrap_or_else(|| date.iso())
    }

    /// Part of `date` without the fields a date range shares with its other end (ICU
    /// field sets `MD`, `D`, `M`, long): [`DatePart::MonthDay`] `11월 10일` / `November
    /// 10`, [`DatePart::Day`] `11일` / `11`, [`DatePart::Month`] `3월` / `March`. `None`
    /// when `date` lacks the fields the part needs or is not a Gregorian date.
    pub fn date_part(&self, date: &DateValue, part: DatePart) -> Option<String> {
        let day = |y: i32, m: u32, d: u32| {
            Date::try_new_gregorian(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
        };
        match (*date, part) {
            (DateValue::Date(y, m, d), DatePart::MonthDay) => {
                day(y, m, d).map(|v| self.month_day.format(&v).to_string())
            }
            (DateValue::Date(y, m, d), DatePart::Day) => {
                day(y, m, d).map(|v| self.day_of_month.format(&v).to_string())
            }
            (DateValue::Date(y, m, _) | DateValue::YearMonth(y, m), DatePart::Month) => {
                day(y, m, 1).map(|v| self.month_alone.format(&v).to_string())
            }
            _ => None,
        }
    }

    /// `n` with the locale's digit grouping (`4,820`, `-1,000.5`).
    pub fn number(&self, n: &Decimal) -> String {
        self.decimal.format(n).to_string()
    }

    /// The CLDR plural category of `n` as Fluent writes it (`zero`, `one`, `two`, `few`,
    /// `many`, `other`): English cardinals `1` → `one`, else `other`; English ordinals
    /// `1`/`21` → `one`, `2`/`22` → `two`, `3`/`23` → `few`, `11`–`13` → `other`; Korean
    /// has only `other`.
    pub fn plural(&self, n: &Decimal, kind: PluralKind) -> &'static str {
        let rules = match kind {
            PluralKind::Cardinal => &self.cardinal,
            PluralKind::Ordinal => &self.ordinal,
        };
        category_name(rules.category_for(n))
    }

    /// `items` joined as an `and` list: `Korea, France and Estonia`,
    /// `한국, 프랑스 및 에스토니아`; one item as itself, none as the empty string.
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.and
            .format_to_string(items.iter().map(|item| item.as_ref()))
    }
}

/// Fluent's name of a plural category.
fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The decimal formatter of `loc` (default options: grouping on).
fn grouping_formatter(loc: &Locale) -> Result<DecimalFormatter, icu_provider::DataError> {
    DecimalFormatter::try_new(loc.into(), Default::default())
}

/// Parses a Fluent or Rust number's text (`4820`, `-3.50`) as an ICU decimal; `None`
/// for anything else (`NaN`, `inf`).
pub fn decimal(text: &str) -> Option<Decimal> {
    Decimal::try_from_str(text).ok()
}

/// A decimal formatter memoized per Fluent bundle language, for the bundle's number
/// formatter hook ([`format_fluent_number`]).
pub struct Grouping(DecimalFormatter);

impl intl_memoizer::Memoizable for Grouping {
    type Args = ();
    type Error = String;

    fn construct(
        lang: unic_langid::LanguageIdentifier,
        _args: Self::Args,
    ) -> Result<Self, Self::Error> {
        let loc: Locale = lang.to_string().parse().map_err(|e| format!("{e:?}"))?;
        grouping_formatter(&loc)
            .map(Grouping)
            .map_err(|e| e.to_string())
    }
}

/// The Fluent bundle's number formatter hook: a number placed in a message (`{ $count }`)
/// shown with the bundle language's grouping (`4,820`). `None` (Fluent's plain digits) for
/// strings, for numbers marked `useGrouping: "false"` (`NUMBER($n, useGrouping: "false")`)
/// and if the formatter cannot be built.
pub fn format_fluent_number<M: fluent_bundle::memoizer::MemoizerKind>(
    value: &fluent_bundle::FluentValue<'_>,
    memoizer: &M,
) -> Option<String> {
    let fluent_bundle::FluentValue::Number(n) = value else {
        return None;
    };
    if !n.options.use_grouping {
        return None;
    }
    let d = decimal(&n.as_string())?;
    memoizer
        .with_try_get_threadsafe::<Grouping, _, _>((), |g| g.0.format(&d).to_string())
        .ok()
}
