//! Localization: one Fluent bundle per supported language (`ko`, `en`), built once at
//! start-up from the FTL files compiled in with `include_str!`, and the Korean particle
//! function [`josa`].
//!
//! Shaped after www.rust-lang.org's `i18n.rs`: FTL files hold text only (never HTML),
//! message ids are kebab-case and grouped by page (`home-…`, `notice-…`, `event-…`), shared
//! terms live in `terms.ftl`, and both languages define the same ids (a test checks it).
//! Isolation marks are off (pages are HTML, where they would only show as noise). A message
//! missing in Korean falls back to English, and the returned [`Text`] says so, so pages can
//! mark it with `lang="en"`; the fallback is logged as a warning.
//!
//! Bundles are the concurrent flavour (`fluent_bundle::concurrent`) so one [`Localizer`]
//! is shared by every request thread.
//!
//! Locale formats come from ICU4X's compiled CLDR data ([`formats`]), never from tables
//! of our own: [`Localizer::date`], [`Localizer::number`], [`Localizer::ordinal`],
//! [`Localizer::plural`] and [`Localizer::list`]. Inside messages:
//! - a number argument (`{ $count }`) is shown with the locale's grouping (`4,820`); write
//!   `NUMBER($n, useGrouping: "false")` for digits as they are (pass years as dates or
//!   strings, not numbers);
//! - `PLURAL($n)` and `PLURAL($n, type: "ordinal")` give ICU's plural category, for
//!   selectors: `{ PLURAL($count) -> [one] … *[other] … }` (a bare `{ $count -> … }`
//!   selects with Fluent's own CLDR rules, `intl_pluralrules`, which agree for ko/en);
//! - `ORDINAL($n)` → `1st`, `22nd` / `1위`, `22위` (ICU's ordinal category picks the
//!   `number-ordinal` message variant);
//! - `DATE($date)` with an ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string → the date at its
//!   precision; `LIST($a, $b, …)` → an `and` list;
//! - `JOSA($word, "은/는")` → the word with the right particle form ([`josa::attach`]).

pub mod article;
pub mod formats;
pub mod josa;

use crate::model::{DateValue, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use formats::{DatePart, Formats, FormatsError, PluralKind};
use std::collections::HashMap;
use std::sync::Arc;

/// One FTL file, in both languages: (name, English source, Korean source).
type FtlFile = (&'static str, &'static str, &'static str);

/// Every FTL file. Add a file here and under both `locales/en` and `locales/ko`.
const FILES: &[FtlFile] = &[
    (
        "terms.ftl",
        include_str!("locales/en/terms.ftl"),
        include_str!("locales/ko/terms.ftl"),
    ),
    (
        "common.ftl",
        include_str!("locales/en/common.ftl"),
        include_str!("locales/ko/common.ftl"),
    ),
    (
        "formats.ftl",
        include_str!("locales/en/formats.ftl"),
        include_str!("locales/ko/formats.ftl"),
    ),
    (
        "home.ftl",
        include_str!("locales/en/home.ftl"),
        include_str!("locales/ko/home.ftl"),
    ),
    (
        "notice.ftl",
        include_str!("locales/en/notice.ftl"),
        include_str!("locales/ko/notice.ftl"),
    ),
    (
        "entity.ftl",
        include_str!("locales/en/entity.ftl"),
        include_str!("locales/ko/entity.ftl"),
    ),
    (
        "query.ftl",
        include_str!("locales/en/query.ftl"),
        include_str!("locales/ko/query.ftl"),
    ),
    (
        "search.ftl",
        include_str!("locales/en/search.ftl"),
        include_str!("locales/ko/search.ftl"),
    ),
];

/// Why the bundles could not be built (a broken FTL file compiled into the binary).
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    /// An FTL file does not parse.
    #[error("{lang}/{file} does not parse: {errors}")]
    Parse {
        /// Language of the file.
        lang: Lang,
        /// File name.
        file: &'static str,
        /// The parser's messages.
        errors: String,
    },
    /// A message or term is defined twice, or a function is registered twice.
    #[error("{lang}/{file}: {errors}")]
    Bundle {
        /// Language of the bundle.
        lang: Lang,
        /// File name (or `functions`).
        file: &'static str,
        /// What Fluent reported.
        errors: String,
    },
    /// ICU4X has no compiled data for a language's formats.
    #[error(transparent)]
    Formats(#[from] FormatsError),
}

/// A formatted message and the language it is actually in (English when a Korean message
/// was missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The formatted text (plain text, to be escaped by the template).
    pub text: String,
    /// The language of `text`.
    pub lang: Lang,
}

/// The Fluent bundles for `ko` and `en`. Build once (see [`Localizer::new`]) and share.
pub struct Localizer {
    ko: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
    ko_formats: Arc<Formats>,
    en_formats: Arc<Formats>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

impl Localizer {
    /// Builds both bundles from the compiled-in FTL files, the ICU4X formatters, and
    /// registers the Fluent functions (see the module docs). Errors: [`L10nError`] when a
    /// file does not parse or defines an id twice, or ICU4X data is missing (build defects,
    /// caught by the tests).
    pub fn new() -> Result<Localizer, L10nError> {
        let pick = |lang: Lang| -> Vec<(&'static str, &'static str)> {
            FILES
                .iter()
                .map(|(name, en, ko)| (*name, if lang == Lang::Ko { *ko } else { *en }))
                .collect()
        };
        Localizer::from_sources(&pick(Lang::En), &pick(Lang::Ko))
    }

    /// Bundles from given FTL sources, `(file name, text)` per language (tests use it to
    /// check the fallback with deliberately incomplete files).
    fn from_sources(
        en: &[(&'static str, &'static str)],
        ko: &[(&'static str, &'static str)],
    ) -> Result<Localizer, L10nError> {
        let ko_formats = Arc::new(Formats::new(Lang::Ko)?);
        let en_formats = Arc::new(Formats::new(Lang::En)?);
        Ok(Localizer {
            ko: bundle(Lang::Ko, ko, &ko_formats)?,
            en: bundle(Lang::En, en, &en_formats)?,
            ko_formats,
            en_formats,
        })
    }

    fn formats(&self, lang: Lang) -> &Formats {
        match lang {
            Lang::Ko => &self.ko_formats,
            Lang::En => &self.en_formats,
        }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Ko => &self.ko,
            Lang::En => &self.en,
        }
    }

    /// Formats message `id` in `lang` with `args`. A message missing in Korean is taken
    /// from English (logged as a warning, and [`Text::lang`] says `en`); a message missing
    /// everywhere yields its id (logged as an error). Formatting errors (a missing
    /// argument) are logged and the partial text returned.
    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Text {
        let mut used = lang;
        let mut message = self.bundle(lang).get_message(id);
        if message.is_none() && lang != Lang::En {
            tracing::warn!(id, %lang, "message missing, falling back to English");
            used = Lang::En;
            message = self.en.get_message(id);
        }
        let Some(pattern) = message.and_then(|m| m.value()) else {
            tracing::error!(id, %lang, "message missing in every language");
            return Text {
                text: id.to_string(),
                lang: used,
            };
        };
        let mut errors = Vec::new();
        let text = self
            .bundle(used)
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            tracing::warn!(id, %lang, ?errors, "message formatted with errors");
        }
        Text { text, lang: used }
    }

    /// [`Localizer::format`]'s text only, for labels and headings.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None).text
    }

    /// [`Localizer::format`]'s text with arguments.
    pub fn text_with(&self, lang: Lang, id: &str, args: &FluentArgs) -> String {
        self.format(lang, id, Some(args)).text
    }

    /// A date in the locale's form at its own precision, by ICU4X (field sets `YMD`,
    /// `YM`, `Y`): `2017년 3월 24일` / `March 24, 2017`, `2017년 3월` / `March 2017`,
    /// `2018년` / `2018`.
    pub fn date(&self, lang: Lang, date: &DateValue) -> String {
        self.formats(lang).date(date)
    }

    /// The dates from `start` to `end` as one phrase (message `date-range`), the fields
    /// both ends share written once, as ICU4X 2 has no date-interval formatter:
    /// `from November 10 to 11, 2016` / `2016년 11월 10일부터 11일까지` (same month), `from
    /// November 30 to December 2, 2016` (same year), `from March to May 2017` / `2017년
    /// 3월부터 5월까지` (months of one year), and both ends in full otherwise (other years
    /// or precisions). `start` alone when both are the same date.
    pub fn date_range(&self, lang: Lang, start: &DateValue, end: &DateValue) -> String {
        if start == end {
            return self.date(lang, start);
        }
        let f = self.formats(lang);
        let shared = match (*start, *end) {
            (DateValue::Date(y, m, _), DateValue::Date(y2, m2, _)) if y == y2 && m == m2 => {
                Some((y, "day", DatePart::MonthDay, DatePart::Day))
            }
            (DateValue::Date(y, ..), DateValue::Date(y2, ..)) if y == y2 => {
                Some((y, "day", DatePart::MonthDay, DatePart::MonthDay))
            }
            (DateValue::YearMonth(y, _), DateValue::YearMonth(y2, _)) if y == y2 => {
                Some((y, "month", DatePart::Month, DatePart::Month))
            }
            _ => None,
        };
        let parts = shared.and_then(|(y, precision, first, second)| {
            Some((
                y,
                precision,
                f.date_part(start, first)?,
                f.date_part(end, second)?,
            ))
        });
        let mut args = FluentArgs::new();
        match parts {
            Some((y, precision, first, second)) => {
                args.set("shared", "yes");
                args.set("precision", precision);
                args.set("year", f.date(&DateValue::Year(y)));
                args.set("start", first);
                args.set("end", second);
            }
            None => {
                args.set("shared", "no");
                args.set("start", f.date(start));
                args.set("end", f.date(end));
            }
        }
        self.text_with(lang, "date-range", &args)
    }

    /// A list joined the locale's way by ICU4X: `A`, `A and B`, `A, B and C` /
    /// `A 및 B`, `A, B 및 C`. Empty for an empty list.
    pub fn list(&self, lang: Lang, items: &[String]) -> String {
        self.formats(lang).list(items)
    }

    /// `n` with the locale's digit grouping: `4,820` (for `4,820명` / `4,820 officials`).
    pub fn number(&self, lang: Lang, n: i64) -> String {
        self.formats(lang).number(&n.into())
    }

    /// `n` as an ordinal: `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st` / `1위`, `2위`. ICU4X's
    /// ordinal plural category of `n` selects the variant of the `number-ordinal` message
    /// (`$category`, `$n`), so the suffixes are text in the FTL files.
    pub fn ordinal(&self, lang: Lang, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set(
            "category",
            self.formats(lang).plural(&n.into(), PluralKind::Ordinal),
        );
        args.set("n", n);
        self.text_with(lang, "number-ordinal", &args)
    }

    /// ICU4X's plural category of `n` (`one`, `two`, `few`, `other`, …): what a
    /// `{ $n -> [one] … *[other] … }` selector or `PLURAL($n)` picks.
    pub fn plural(&self, lang: Lang, n: i64, kind: PluralKind) -> &'static str {
        self.formats(lang).plural(&n.into(), kind)
    }

    /// The message ids (and `-term` ids) defined by the FTL files of `lang`, for parity
    /// checks.
    pub fn ids(lang: Lang) -> std::collections::BTreeSet<String> {
        FILES
            .iter()
            .flat_map(|(_, en, ko)| {
                let source = match lang {
                    Lang::Ko => *ko,
                    Lang::En => *en,
                };
                source.lines().filter_map(|line| {
                    let (id, _) = line.split_once('=')?;
                    let id = id.trim_end();
                    let body = id.strip_prefix('-').unwrap_or(id);
                    let is_id = !body.is_empty()
                        && body.starts_with(|c: char| c.is_ascii_alphabetic())
                        && body
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    is_id.then(|| id.to_string())
                })
            })
            .collect()
    }
}

/// Builds the bundle of one language, with its number formatter and functions.
fn bundle(
    lang: Lang,
    sources: &[(&'static str, &'static str)],
    formats: &Arc<Formats>,
) -> Result<FluentBundle<FluentResource>, L10nError> {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::Ko => unic_langid::langid!("ko"),
        Lang::En => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formats::format_fluent_number));
    for &(file, source) in sources {
        let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
            L10nError::Parse {
                lang,
                file,
                errors: format!("{errors:?}"),
            }
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| L10nError::Bundle {
                lang,
                file,
                errors: format!("{errors:?}"),
            })?;
    }
    let ordinals = ordinal_patterns(&bundle);
    let function_error = |e: fluent_bundle::FluentError| L10nError::Bundle {
        lang,
        file: "functions",
        errors: e.to_string(),
    };
    bundle.add_builtins().map_err(function_error)?;
    let f = Arc::clone(formats);
    bundle
        .add_function("JOSA", move |positional, _named| {
            match (text(&f, positional.first()), text(&f, positional.get(1))) {
                (Some(word), Some(pair)) => FluentValue::from(josa::attach(&word, &pair)),
                (Some(word), None) => FluentValue::from(word),
                _ => FluentValue::Error,
            }
        })
        .map_err(function_error)?;
    let f = Arc::clone(formats);
    bundle
        .add_function("PLURAL", move |positional, named| {
            let kind = match named.get("type") {
                Some(FluentValue::String(t)) if t == "ordinal" => PluralKind::Ordinal,
                _ => PluralKind::Cardinal,
            };
            match number(positional.first()) {
                Some(n) => FluentValue::from(f.plural(&n, kind)),
                None => FluentValue::Error,
            }
        })
        .map_err(function_error)?;
    let f = Arc::clone(formats);
    bundle
        .add_function("ORDINAL", move |positional, _named| {
            let Some(n) = number(positional.first()) else {
                return FluentValue::Error;
            };
            let digits = f.number(&n);
            match ordinals.get(f.plural(&n, PluralKind::Ordinal)) {
                Some((before, after)) => FluentValue::from(format!("{before}{digits}{after}")),
                None => FluentValue::from(digits),
            }
        })
        .map_err(function_error)?;
    let f = Arc::clone(formats);
    bundle
        .add_function("DATE", move |positional, _named| {
            let date = match positional.first() {
                Some(FluentValue::String(s)) => DateValue::parse_iso(s),
                Some(FluentValue::Number(n)) => DateValue::parse_iso(&n.as_string()),
                _ => None,
            };
            date.map_or(FluentValue::Error, |d| FluentValue::from(f.date(&d)))
        })
        .map_err(function_error)?;
    let f = Arc::clone(formats);
    bundle
        .add_function("LIST", move |positional, _named| {
            let items: Vec<String> = positional
                .iter()
                .filter_map(|v| text(&f, Some(v)))
                .collect();
            FluentValue::from(f.list(&items))
        })
        .map_err(function_error)?;
    Ok(bundle)
}

/// A Fluent function argument as text: a string as it is, a number with grouping.
fn text(formats: &Formats, value: Option<&FluentValue<'_>>) -> Option<String> {
    match value {
        Some(FluentValue::String(s)) => Some(s.to_string()),
        Some(FluentValue::Number(n)) => Some(
            formats::decimal(&n.as_string())
                .map_or_else(|| n.as_string().into_owned(), |d| formats.number(&d)),
        ),
        _ => None,
    }
}

/// A Fluent function argument as an ICU decimal (a number, or a string of digits).
fn number(value: Option<&FluentValue<'_>>) -> Option<icu_decimal::input::Decimal> {
    match value {
        Some(FluentValue::Number(n)) => formats::decimal(&n.as_string()),
        Some(FluentValue::String(s)) => formats::decimal(s),
        _ => None,
    }
}

/// Stands for the number while the `number-ordinal` variants are read (a private-use
/// character, never in a message).
const NUMBER_SLOT: &str = "\u{E000}";

/// The text before and after the number in each plural category's variant of the
/// `number-ordinal` message (`("", "st")` for English `one`), for the `ORDINAL` function,
/// which cannot format the bundle's messages itself. Empty when the message is missing.
fn ordinal_patterns(
    bundle: &FluentBundle<FluentResource>,
) -> HashMap<&'static str, (String, String)> {
    let Some(pattern) = bundle.get_message("number-ordinal").and_then(|m| m.value()) else {
        return HashMap::new();
    };
    ["zero", "one", "two", "few", "many", "other"]
        .into_iter()
        .filter_map(|category| {
            let mut args = FluentArgs::new();
            args.set("category", category);
            args.set("n", NUMBER_SLOT);
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            let (before, after) = text.split_once(NUMBER_SLOT)?;
            Some((category, (before.to_string(), after.to_string())))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_both_languages_have_the_same_ids() {
        let l10n = Localizer::new().expect("FTL files build");
        let (ko, en) = (Localizer::ids(Lang::Ko), Localizer::ids(Lang::En));
        assert!(en.len() > 50, "too few ids: {}", en.len());
        let only_en: Vec<_> = en.difference(&ko).collect();
        let only_ko: Vec<_> = ko.difference(&en).collect();
        assert!(
            only_en.is_empty() && only_ko.is_empty(),
            "only en: {only_en:?}, only ko: {only_ko:?}"
        );
        for id in en.iter().filter(|id| !id.starts_with('-')) {
            for lang in Lang::ALL {
                assert!(l10n.bundle(lang).has_message(id), "{lang}: {id}");
            }
        }
    }

    /// A selector whose variants are plural categories (`[one]`, `[two]`, `[few]`,
    /// `[many]`) selects on `PLURAL(…)` (ICU4X's rules), never on a bare number (Fluent's
    /// own rules); ordinal words come from `ORDINAL(…)`.
    #[test]
    fn plural_categories_are_selected_by_the_plural_function() {
        for (name, en, ko) in FILES {
            for (lang, source) in [("en", en), ("ko", ko)] {
                let lines: Vec<&str> = source.lines().collect();
                for (i, line) in lines.iter().enumerate() {
                    let Some(selector) = line.trim_end().strip_suffix("->") else {
                        continue;
                    };
                    let categorical = lines[i + 1..]
                        .iter()
                        .take_while(|l| !l.trim_end().ends_with("->"))
                        .take_while(|l| l.trim() != "}")
                        .any(|l| {
                            ["[one]", "[two]", "[few]", "[many]"]
                                .iter()
                                .any(|c| l.trim_start().trim_start_matches('*').starts_with(c))
                        });
                    let last = selector.rsplit('{').next().unwrap_or("");
                    let by_category = last.contains("PLURAL(") || last.contains("$category");
                    assert!(
                        !categorical || by_category,
                        "{lang}/{name}:{}: {line}",
                        i + 1
                    );
                }
            }
        }
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    /// Formats `source` (one message `m`) in a bundle of `lang` with the project's
    /// functions and number formatter.
    fn format_source(lang: Lang, source: &'static str, args: &FluentArgs) -> String {
        let l10n = Localizer::from_sources(&[("t.ftl", source)], &[("t.ftl", source)]).unwrap();
        l10n.text_with(lang, "m", args)
    }

    /// A figure from value and unit: grouped digits, the unit's word, and the bound or
    /// approximation, in both languages.
    #[test]
    fn figures_are_worded_from_value_unit_and_precision() {
        let l10n = Localizer::new().unwrap();
        for (n, unit, precision, ko, en) in [
            (4820.0, "persons", "exact", "4,820명", "4,820 people"),
            (
                50.0,
                "countries",
                "approximate",
                "약 50개국",
                "about 50 countries",
            ),
            (
                40.0,
                "countries",
                "at-least",
                "40개국 이상",
                "at least 40 countries",
            ),
            (
                3000000.0,
                "USD",
                "at-most",
                "최대 3,000,000달러",
                "up to USD 3,000,000",
            ),
            (12.5, "percent", "exact", "12.5%", "12.5%"),
            (7.0, "none", "exact", "7", "7"),
            (1.0, "places", "exact", "1곳", "1 place"),
            (1.0, "persons", "at-least", "1명 이상", "at least 1 person"),
            (1.0, "countries", "exact", "1개국", "1 country"),
            (2.0, "years", "exact", "2년", "2 years"),
        ] {
            let mut args = FluentArgs::new();
            args.set("n", n);
            args.set("unit", unit);
            args.set("precision", precision);
            assert_eq!(l10n.text_with(Lang::Ko, "quantity", &args), ko);
            assert_eq!(l10n.text_with(Lang::En, "quantity", &args), en);
        }
    }

    /// Date ranges drop what both ends share (year, month) and keep it otherwise, at day
    /// and month precision, in both languages.
    #[test]
    fn date_ranges_write_shared_fields_once() {
        let l10n = Localizer::new().unwrap();
        use DateValue::{Date, Year, YearMonth};
        for (start, end, ko, en) in [
            (
                Date(2016, 11, 10),
                Date(2016, 11, 11),
                "2016년 11월 10일부터 11일까지",
                "from November 10 to 11, 2016",
            ),
            (
                Date(2016, 11, 30),
                Date(2016, 12, 2),
                "2016년 11월 30일부터 12월 2일까지",
                "from November 30 to December 2, 2016",
            ),
            (
                Date(2016, 12, 30),
                Date(2017, 1, 2),
                "2016년 12월 30일부터 2017년 1월 2일까지",
                "from December 30, 2016 to January 2, 2017",
            ),
            (
                YearMonth(2017, 3),
                YearMonth(2017, 5),
                "2017년 3월부터 5월까지",
                "from March to May 2017",
            ),
            (
                YearMonth(2017, 11),
                YearMonth(2018, 2),
                "2017년 11월부터 2018년 2월까지",
                "from November 2017 to February 2018",
            ),
            (
                Year(2017),
                Year(2018),
                "2017년부터 2018년까지",
                "from 2017 to 2018",
            ),
            (
                Date(2016, 11, 10),
                Date(2016, 11, 10),
                "2016년 11월 10일",
                "November 10, 2016",
            ),
        ] {
            assert_eq!(l10n.date_range(Lang::Ko, &start, &end), ko);
            assert_eq!(l10n.date_range(Lang::En, &start, &end), en);
        }
    }

    #[test]
    fn dates_in_both_locales_at_three_precisions() {
        let l10n = Localizer::new().unwrap();
        for (date, ko, en) in [
            (
                DateValue::Date(2017, 4, 4),
                "2017년 4월 4일",
                "April 4, 2017",
            ),
            (
                DateValue::Date(2019, 11, 28),
                "2019년 11월 28일",
                "November 28, 2019",
            ),
            (
                DateValue::YearMonth(2017, 12),
                "2017년 12월",
                "December 2017",
            ),
            (DateValue::YearMonth(2020, 1), "2020년 1월", "January 2020"),
            (DateValue::Year(2018), "2018년", "2018"),
        ] {
            assert_eq!(l10n.date(Lang::Ko, &date), ko);
            assert_eq!(l10n.date(Lang::En, &date), en);
        }
        // Outside the calendar (never made by `parse_iso`): the ISO form, not a panic.
        assert_eq!(
            l10n.date(Lang::En, &DateValue::Date(2019, 2, 30)),
            "2019-02-30"
        );
    }

    #[test]
    fn numbers_have_grouping_in_both_locales() {
        let l10n = Localizer::new().unwrap();
        for (n, text) in [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (4820, "4,820"),
            (1_000_000, "1,000,000"),
            (-12345, "-12,345"),
        ] {
            assert_eq!(l10n.number(Lang::Ko, n), text);
            assert_eq!(l10n.number(Lang::En, n), text);
        }
    }

    #[test]
    fn ordinals_in_both_locales() {
        let l10n = Localizer::new().unwrap();
        for (n, en) in [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (12, "12th"),
            (13, "13th"),
            (21, "21st"),
            (22, "22nd"),
            (23, "23rd"),
            (101, "101st"),
            (111, "111th"),
            (1002, "1,002nd"),
        ] {
            assert_eq!(l10n.ordinal(Lang::En, n), en);
            let ko = l10n.ordinal(Lang::Ko, n);
            assert_eq!(ko, format!("{}위", l10n.number(Lang::Ko, n)));
        }
        assert_eq!(l10n.ordinal(Lang::Ko, 1), "1위");
        assert_eq!(l10n.ordinal(Lang::Ko, 23), "23위");
    }

    #[test]
    fn plural_categories_from_icu() {
        let l10n = Localizer::new().unwrap();
        for (n, cardinal, ordinal) in [
            (0, "other", "other"),
            (1, "one", "one"),
            (2, "other", "two"),
            (3, "other", "few"),
            (4, "other", "other"),
            (11, "other", "other"),
            (12, "other", "other"),
            (13, "other", "other"),
            (21, "other", "one"),
            (22, "other", "two"),
            (23, "other", "few"),
            (101, "other", "one"),
        ] {
            assert_eq!(
                l10n.plural(Lang::En, n, PluralKind::Cardinal),
                cardinal,
                "{n}"
            );
            assert_eq!(
                l10n.plural(Lang::En, n, PluralKind::Ordinal),
                ordinal,
                "{n}"
            );
            // Korean has no plural forms: everything is `other`.
            assert_eq!(l10n.plural(Lang::Ko, n, PluralKind::Cardinal), "other");
            assert_eq!(l10n.plural(Lang::Ko, n, PluralKind::Ordinal), "other");
        }
    }

    #[test]
    fn lists_in_both_locales() {
        let l10n = Localizer::new().unwrap();
        for (items, ko, en) in [
            (&["한국"][..], "한국", "Korea"),
            (
                &["한국", "프랑스"][..],
                "한국 및 프랑스",
                "Korea and France",
            ),
            (
                &["한국", "프랑스", "에스토니아"][..],
                "한국, 프랑스 및 에스토니아",
                "Korea, France and Estonia",
            ),
        ] {
            assert_eq!(l10n.list(Lang::Ko, &strings(items)), ko);
            let english: Vec<String> = strings(items)
                .iter()
                .map(|k| match k.as_str() {
                    "한국" => "Korea",
                    "프랑스" => "France",
                    _ => "Estonia",
                })
                .map(String::from)
                .collect();
            assert_eq!(l10n.list(Lang::En, &english), en);
        }
        assert_eq!(l10n.list(Lang::En, &[]), "");
        assert_eq!(l10n.list(Lang::Ko, &[]), "");
    }

    #[test]
    fn numbers_in_messages_are_grouped_unless_asked_not_to() {
        let mut args = FluentArgs::new();
        args.set("n", 4820);
        for lang in Lang::ALL {
            assert_eq!(format_source(lang, "m = { $n }\n", &args), "4,820");
            assert_eq!(
                format_source(lang, "m = { NUMBER($n, useGrouping: \"false\") }\n", &args),
                "4820"
            );
        }
        assert_eq!(format_source(Lang::Ko, "m = { $n }명\n", &args), "4,820명");
        assert_eq!(
            format_source(Lang::En, "m = { $n } officials\n", &args),
            "4,820 officials"
        );
        // Strings are never touched.
        args.set("n", "4820");
        assert_eq!(format_source(Lang::En, "m = { $n }\n", &args), "4820");
    }

    #[test]
    fn plural_function_selects_by_icu_rules() {
        let source = "m = { PLURAL($n) ->\n    [one] { $n } event\n   *[other] { $n } events\n}\n";
        let ordinal = "m = { PLURAL($n, type: \"ordinal\") ->\n    [one] a\n    [two] b\n    [few] c\n   *[other] d\n}\n";
        for (n, en, rank) in [
            (1, "1 event", "a"),
            (2, "2 events", "b"),
            (1200, "1,200 events", "d"),
            (23, "23 events", "c"),
        ] {
            let mut args = FluentArgs::new();
            args.set("n", n);
            assert_eq!(format_source(Lang::En, source, &args), en);
            assert_eq!(format_source(Lang::En, ordinal, &args), rank);
            assert_eq!(format_source(Lang::Ko, ordinal, &args), "d");
        }
        // ICU's categories and Fluent's own selector (intl_pluralrules) agree.
        let bare = "m = { $n ->\n    [one] a\n   *[other] b\n}\n";
        let icu = "m = { PLURAL($n) ->\n    [one] a\n   *[other] b\n}\n";
        for n in 0..120 {
            let mut args = FluentArgs::new();
            args.set("n", n);
            for lang in Lang::ALL {
                assert_eq!(
                    format_source(lang, bare, &args),
                    format_source(lang, icu, &args)
                );
            }
        }
    }

    #[test]
    fn ordinal_date_and_list_functions_in_messages() {
        let l10n = Localizer::new().unwrap();
        let mut args = FluentArgs::new();
        args.set("rank", 22);
        args.set("date", "2017-04-04");
        args.set("month", "2017-04");
        args.set("a", "Korea");
        args.set("b", "France");
        args.set("c", "Estonia");
        let source =
            "m = { ORDINAL($rank) }; { DATE($date) }; { DATE($month) }; { LIST($a, $b, $c) }\n";
        let en = Localizer::from_sources(
            &[
                ("formats.ftl", include_str!("locales/en/formats.ftl")),
                ("t.ftl", source),
            ],
            &[],
        )
        .unwrap();
        assert_eq!(
            en.text_with(Lang::En, "m", &args),
            "22nd; April 4, 2017; April 2017; Korea, France and Estonia"
        );
        args.set("a", "한국");
        args.set("b", "프랑스");
        args.set("c", "에스토니아");
        let ko = Localizer::from_sources(
            &[],
            &[
                ("formats.ftl", include_str!("locales/ko/formats.ftl")),
                ("t.ftl", source),
            ],
        )
        .unwrap();
        assert_eq!(
            ko.text_with(Lang::Ko, "m", &args),
            "22위; 2017년 4월 4일; 2017년 4월; 한국, 프랑스 및 에스토니아"
        );
        // Particles after formatted numbers: `1위를`, `3위로`, `4,820명이`.
        let josa =
            "m = { JOSA(ORDINAL($rank), \"을/를\") } { JOSA(ORDINAL($third), \"으로/로\") }\n";
        let ko = Localizer::from_sources(
            &[],
            &[
                ("formats.ftl", include_str!("locales/ko/formats.ftl")),
                ("t.ftl", josa),
            ],
        )
        .unwrap();
        let mut args = FluentArgs::new();
        args.set("rank", 1);
        args.set("third", 3);
        assert_eq!(ko.text_with(Lang::Ko, "m", &args), "1위를 3위로");
        // Through the real files too.
        assert_eq!(
            l10n.text_with(Lang::En, "number-ordinal", &{
                let mut a = FluentArgs::new();
                a.set("category", "two");
                a.set("n", 2);
                a
            }),
            "2nd"
        );
    }

    #[test]
    fn particles_in_messages() {
        let l10n = Localizer::new().unwrap();
        let mut args = FluentArgs::new();
        args.set("name", "OECD");
        args.set("events", 1);
        let text = l10n.text_with(Lang::Ko, "topic-summary", &args);
        assert!(text.starts_with("OECD를 "), "{text}");
    }

    #[test]
    fn clauses_of_one_subject_are_joined_the_language_s_way() {
        let l10n = Localizer::new().unwrap();
        let join = |lang: Lang, clauses: &[&str]| {
            let (last, head) = clauses.split_last().unwrap();
            let mut a = FluentArgs::new();
            a.set("serial", if head.len() > 1 { "yes" } else { "no" });
            a.set("head", head.join(&l10n.text(lang, "clause-separator")));
            a.set("last", last.to_string());
            l10n.text_with(lang, "clause-join", &a)
        };
        let en = ["has held a post", "took part in A", "is to take part in B"];
        assert_eq!(
            join(Lang::En, &en[..2]),
            "has held a post and took part in A"
        );
        assert_eq!(
            join(Lang::En, &en),
            "has held a post, took part in A, and is to take part in B"
        );
        let ko = [
            "직을 맡았습니다.",
            "가에 참석했습니다.",
            "나에 참석할 예정입니다.",
        ];
        assert_eq!(
            join(Lang::Ko, &ko),
            "직을 맡았습니다. 가에 참석했습니다. 나에 참석할 예정입니다."
        );
        // the subject is said once, before the first clause
        let mut a = FluentArgs::new();
        a.set("name", "홍길동");
        a.set("has-clauses", "yes");
        a.set("clauses", join(Lang::Ko, &ko[..2]));
        assert_eq!(
            l10n.text_with(Lang::Ko, "person-summary", &a),
            "홍길동은 직을 맡았습니다. 가에 참석했습니다."
        );
        a.set("name", "Jane Roe");
        a.set("clauses", join(Lang::En, &en[1..]));
        assert_eq!(
            l10n.text_with(Lang::En, "person-summary", &a),
            "Jane Roe took part in A and is to take part in B."
        );
    }

    #[test]
    fn missing_korean_message_falls_back_to_english_visibly() {
        let l10n = Localizer::from_sources(
            &[("t.ftl", "greet = Hello\nbye = Goodbye\n")],
            &[("t.ftl", "greet = 안녕하세요\n")],
        )
        .unwrap();
        assert_eq!(
            l10n.format(Lang::Ko, "greet", None),
            Text {
                text: "안녕하세요".into(),
                lang: Lang::Ko
            }
        );
        assert_eq!(
            l10n.format(Lang::Ko, "bye", None),
            Text {
                text: "Goodbye".into(),
                lang: Lang::En
            }
        );
        assert_eq!(l10n.format(Lang::Ko, "nothing", None).text, "nothing");
    }

    #[test]
    fn broken_ftl_is_an_error_naming_the_file() {
        let err = Localizer::from_sources(&[("bad.ftl", "= no id\n")], &[]).unwrap_err();
        assert!(err.to_string().contains("bad.ftl"), "{err}");
    }
}
