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
//! is shared by every request thread. Fluent functions: `JOSA($word, "은/는")` → the word
//! with the right particle form ([`josa::attach`]).

pub mod josa;

use crate::model::{DateValue, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

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
        "dates.ftl",
        include_str!("locales/en/dates.ftl"),
        include_str!("locales/ko/dates.ftl"),
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
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

impl Localizer {
    /// Builds both bundles from the compiled-in FTL files and registers the `JOSA`
    /// function. Errors: [`L10nError`] when a file does not parse or defines an id twice
    /// (a build defect, caught by the tests).
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
        Ok(Localizer {
            ko: bundle(Lang::Ko, ko)?,
            en: bundle(Lang::En, en)?,
        })
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

    /// A date in the locale's form at its own precision (`2017년 3월 24일`,
    /// `March 24, 2017`; `2018년` / `2018`; `2017년 3월` / `March 2017`), through the
    /// `date-full`, `date-year-month` and `date-year` messages.
    pub fn date(&self, lang: Lang, date: &DateValue) -> String {
        let mut args = FluentArgs::new();
        let id = match *date {
            DateValue::Year(y) => {
                args.set("year", y);
                "date-year"
            }
            DateValue::YearMonth(y, m) => {
                args.set("year", y);
                args.set("month", m);
                "date-year-month"
            }
            DateValue::Date(y, m, d) => {
                args.set("year", y);
                args.set("month", m);
                args.set("day", d);
                "date-full"
            }
        };
        self.text_with(lang, id, &args)
    }

    /// A list joined the locale's way: `A`, `A and B`, `A, B and C` (`A과 B`, `A, B와 C`
    /// in Korean, with the particle chosen by [`josa`]). Empty for an empty list.
    pub fn list(&self, lang: Lang, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [head @ .., last] => {
                let mut args = FluentArgs::new();
                args.set("head", head.join(", "));
                args.set("last", last.clone());
                self.text_with(lang, "list-and", &args)
            }
        }
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

/// Builds the bundle of one language.
fn bundle(
    lang: Lang,
    sources: &[(&'static str, &'static str)],
) -> Result<FluentBundle<FluentResource>, L10nError> {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::Ko => unic_langid::langid!("ko"),
        Lang::En => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
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
    bundle
        .add_function("JOSA", |positional, _named| {
            let text = |v: Option<&FluentValue<'_>>| match v {
                Some(FluentValue::String(s)) => Some(s.to_string()),
                Some(FluentValue::Number(n)) => Some(n.as_string().into_owned()),
                _ => None,
            };
            match (text(positional.first()), text(positional.get(1))) {
                (Some(word), Some(pair)) => FluentValue::from(josa::attach(&word, &pair)),
                (Some(word), None) => FluentValue::from(word),
                _ => FluentValue::Error,
            }
        })
        .map_err(|e| L10nError::Bundle {
            lang,
            file: "functions",
            errors: e.to_string(),
        })?;
    Ok(bundle)
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

    #[test]
    fn dates_in_both_locales() {
        let l10n = Localizer::new().unwrap();
        for (date, ko, en) in [
            (
                DateValue::Date(2017, 3, 24),
                "2017년 3월 24일",
                "March 24, 2017",
            ),
            (
                DateValue::YearMonth(2017, 12),
                "2017년 12월",
                "December 2017",
            ),
            (DateValue::Year(2018), "2018년", "2018"),
        ] {
            assert_eq!(l10n.date(Lang::Ko, &date), ko);
            assert_eq!(l10n.date(Lang::En, &date), en);
        }
    }

    #[test]
    fn lists_and_particles_in_messages() {
        let l10n = Localizer::new().unwrap();
        let items = ["대한민국".to_string(), "경제협력개발기구".to_string()];
        assert_eq!(l10n.list(Lang::Ko, &items), "대한민국과 경제협력개발기구");
        let items = [
            "Korea".to_string(),
            "OECD".to_string(),
            "Estonia".to_string(),
        ];
        assert_eq!(l10n.list(Lang::En, &items), "Korea, OECD and Estonia");
        assert_eq!(l10n.list(Lang::En, &[]), "");
        let mut args = FluentArgs::new();
        args.set("name", "OECD");
        args.set("events", 1);
        let text = l10n.text_with(Lang::Ko, "topic-summary", &args);
        assert!(text.starts_with("OECD를 "), "{text}");
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
