//! Ranking results in survey editions: `ranking 1st in 2010, 2012 and 2014 and 3rd in
//! 2016`, `In 2016, Korea was the third`, `Denmark (1st in 2018 …), Korea (3rd)`,
//! `'10년, '12년, '14년에는 1위, '16년에는 3위`, `덴마크(… 1위), 한국(3위)`.
//!
//! A sentence qualifies when it names a survey series (a series whose `event_kind` is
//! `survey`) or follows one. Each stated (rank, year) pair gives one edition event
//! (`event/{series}-{year}`, kind SurveyEdition, organizer = the series' organization)
//! and one [`Ranking`] of the ranked entity: the country written right before a
//! parenthesised rank, else the nearest country before the rank in the sentence, else
//! the nearest one earlier in the text, else the notice's home country.

use super::events::{Edition, edition_event, group};
use super::{Ctx, Out, re};
use crate::model::{EntityKey, EntityKind, EventKind, Lang, Ranking, Span};
use regex::Regex;
use std::sync::LazyLock;

/// English ordinal words, 1-based.
const WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Parses `3rd`, `third`, `top` → 3, 3, 1.
fn rank_of(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    if s == "top" {
        return Some(1);
    }
    if let Some(i) = WORDS.iter().position(|w| *w == s) {
        return Some(i as u32 + 1);
    }
    s.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

static YEARS: LazyLock<Regex> =
    LazyLock::new(|| re(r"'(\d{2})|(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)"));

/// Years in a list (`2010, 2012 and 2014`, `'10년, '12년`), in order.
fn years_in(s: &str) -> Vec<i32> {
    YEARS
        .captures_iter(s)
        .filter_map(|c| {
            c.get(1)
                .and_then(|m| m.as_str().parse::<i32>().ok().map(|v| 2000 + v))
                .or_else(|| c.get(2).and_then(|m| m.as_str().parse().ok()))
        })
        .collect()
}

const ORD: &str =
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top";
static EN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<ord>{ORD})\b[^.;()]{{0,60}}?\bin\s+(?P<years>(?:19|20)\d{{2}}(?:\s*(?:,|and|, and)\s*(?:19|20)\d{{2}})*)"
    ))
});
static EN_YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b[Ii]n\s+(?P<years>(?:19|20)\d{{2}}),?\s+[^.;]{{0,40}}?\b(?:the\s+)?(?P<ord>{ORD})\b"
    ))
});
static EN_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\((?P<ord>{ORD})\b(?:[^)]*?\b(?P<years>(?:19|20)\d{{2}})\b)?[^)]*\)"
    ))
});
static EN_RANKED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:rank(?:s|ed|ing)?|placed|came)\s+(?:the\s+)?(?P<ord>{ORD})\b"
    ))
});
static KO_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<years>(?:(?:'\d{2}|(?:19|20)\d{2})년\s*,?\s*)+)(?:에는|에|엔|도)?\s*(?:세계\s*)?(?P<ord>\d+)\s?위",
    )
});
static KO_PAREN: LazyLock<Regex> = LazyLock::new(|| re(r"\((?:[^()]*?\s?)?(?P<ord>\d+)\s?위\)"));

/// `3회(2010, 2012, 2014)에 걸쳐 … 평가에서 1위`: a bracketed list of years before a
/// Korean rank.
static KO_YEARS_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\((?P<years>(?:19|20)\d{2}(?:\s*[,·]\s*(?:19|20)\d{2})+)\)[^.()]{0,40}?(?P<ord>\d+)\s?위")
});

/// `ranked first three times (2010, 2012 and 2014)`: a bracketed list of years after an
/// English rank.
static EN_YEARS_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<ord>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top)\b[^.;()]{0,60}?\((?P<years>(?:19|20)\d{2}(?:\s*(?:,|and|, and)\s*(?:19|20)\d{2})+)\)",
    )
});

/// Finds rankings; adds edition events, their mentions and the rankings.
pub(crate) fn extract(ctx: &Ctx, out: &mut Out) {
    let pats: Vec<(&Regex, bool)> = match ctx.lang() {
        Lang::En => vec![
            (&EN_YEARS_PAREN, false),
            (&EN_PAREN, true),
            (&EN_LIST, false),
            (&EN_YEAR_FIRST, false),
            (&EN_RANKED, false),
        ],
        Lang::Ko => vec![
            (&KO_YEARS_PAREN, false),
            (&KO_PAREN, true),
            (&KO_LIST, false),
        ],
    };
    let mut seen: Vec<Span> = Vec::new();
    for (pat, paren) in pats {
        for caps in ctx.find_all(pat) {
            let (Some(whole), Some(o)) = (caps[0], group(pat, &caps, "ord")) else {
                continue;
            };
            if seen.iter().any(|s| s.begin <= o.begin && o.end <= s.end) {
                continue;
            }
            let Some(rank) = rank_of(&ctx.slice(o)) else {
                continue;
            };
            let sentence = ctx.sentence_of(whole.begin);
            let Some(series) = survey_series(ctx, sentence) else {
                continue;
            };
            let mut years = group(pat, &caps, "years")
                .map(|y| years_in(&ctx.slice(y)))
                .unwrap_or_default();
            if years.is_empty() {
                years.extend(sentence_year(ctx, out, &series, sentence));
            }
            // A parenthesised rank belongs to the name right before it, or to nothing.
            let ranked = if paren {
                country_ending_at(ctx, whole.begin)
            } else {
                nearest_country(ctx, sentence, o.begin)
            };
            seen.push(whole);
            let Some(ranked) = ranked else { continue };
            for y in years {
                let edition = edition_event(ctx, out, &series, Edition::Year(y));
                if let Some(ev) = out.event_mut(&edition) {
                    ev.kind = EventKind::SurveyEdition;
                }
                out.ranking(Ranking {
                    ranked: ranked.clone(),
                    rank,
                    score: None,
                    edition,
                    span: Span {
                        begin: whole.begin,
                        end: whole.end,
                    },
                });
            }
        }
    }
}

/// The survey series named in `sentence`, else the last one named before it, else the
/// one survey series of an organization named in the sentence next to a survey word.
fn survey_series(ctx: &Ctx, sentence: Span) -> Option<EntityKey> {
    let is_survey = |k: &EntityKey| {
        ctx.gaz
            .record(k)
            .and_then(|r| r.event_kind)
            .is_some_and(|e| e == EventKind::SurveyEdition)
    };
    let named = ctx
        .found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Series && is_survey(&m.key))
        .rfind(|m| m.span.begin < sentence.end)
        .map(|m| m.key.clone());
    if named.is_some() {
        return named;
    }
    // `국제연합(UN) 전자정부 평가`: the survey word next to an organization whose survey
    // series the gazetteer knows (exactly one).
    let text = ctx.slice(sentence).to_lowercase();
    if !(text.contains("평가") || text.contains("survey")) {
        return None;
    }
    let orgs: Vec<EntityKey> = ctx
        .found_in(sentence, &[EntityKind::Organization])
        .iter()
        .map(|m| m.key.clone())
        .collect();
    let mut series = ctx.gaz.entities().iter().filter(|e| {
        e.key.kind == EntityKind::Series
            && is_survey(&e.key)
            && e.part_of.as_ref().is_some_and(|o| orgs.contains(o))
    });
    match (series.next(), series.next()) {
        (Some(e), None) => Some(e.key.clone()),
        _ => None,
    }
}

/// The edition year a sentence talks about: the one year it names, else the edition of
/// `series` the notice named last before it (`the index` after `the 2019 … Index`),
/// else the notice year.
fn sentence_year(ctx: &Ctx, out: &Out, series: &EntityKey, sentence: Span) -> Option<i32> {
    let text = ctx.slice(sentence);
    let ys = years_in(&text);
    if ys.len() == 1 {
        return ys.first().copied();
    }
    let named = out
        .events()
        .iter()
        .filter(|e| e.series.as_ref() == Some(series))
        .filter_map(|e| e.start.map(|s| s.year()))
        .filter(|y| ctx.year().is_none_or(|ny| *y <= ny))
        .max();
    named.or_else(|| ctx.year())
}

/// The country whose mention ends right before `pos` (`Korea (3rd)`, `한국(3위)`).
fn country_ending_at(ctx: &Ctx, pos: usize) -> Option<EntityKey> {
    let mut j = pos;
    while j > 0 && ctx.chars[j - 1] == ' ' {
        j -= 1;
    }
    ctx.found
        .iter()
        .find(|m| m.span.end == j && m.key.kind == EntityKind::Country)
        .map(|m| m.key.clone())
}

/// The nearest country before `pos` in the sentence, else earlier in the text, else the
/// home country.
fn nearest_country(ctx: &Ctx, sentence: Span, pos: usize) -> Option<EntityKey> {
    let before: Vec<_> = ctx
        .found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Country && m.span.end <= pos)
        .collect();
    before
        .iter()
        .rev()
        .find(|m| m.span.begin >= sentence.begin)
        .or_else(|| before.last())
        .map(|m| m.key.clone())
        .or_else(|| ctx.home_country())
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &YEARS,
    &KO_YEARS_PAREN,
    &EN_YEARS_PAREN,
    &EN_LIST,
    &EN_YEAR_FIRST,
    &EN_PAREN,
    &EN_RANKED,
    &KO_LIST,
    &KO_PAREN,
];

#[cfg(test)]
mod tests {
    use super::super::test_support::run;
    use super::*;

    fn ranks(lang: &str, text: &str) -> Vec<(String, u32, String)> {
        let got = run(lang, text);
        let mut v: Vec<(String, u32, String)> = got
            .rankings
            .iter()
            .map(|r| (r.ranked.slug.clone(), r.rank, r.edition.slug.clone()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn rank_words() {
        for (s, want) in [
            ("1st", 1),
            ("third", 3),
            ("Top", 1),
            ("22nd", 22),
            ("tenth", 10),
        ] {
            assert_eq!(rank_of(s), Some(want), "{s}");
        }
        assert_eq!(years_in("'10년, '12년, 2014년"), [2010, 2012, 2014]);
    }

    /// (lang, text, expected (country, rank, edition) triples, sorted).
    #[test]
    fn ranking_lists() {
        let s = |c: &str, r: u32, e: &str| (c.to_string(), r, e.to_string());
        for (lang, text, want) in [
            (
                "en",
                "Korea did well in the UN E-Government Survey, placing 1st in 2008 and 2010 and 2nd in 2012.",
                vec![
                    s("kr", 1, "un-e-government-survey-2008"),
                    s("kr", 1, "un-e-government-survey-2010"),
                    s("kr", 2, "un-e-government-survey-2012"),
                ],
            ),
            (
                "ko",
                "한국은 UN 전자정부 평가에서 '08년, '10년에는 1위, '12년에는 2위를 했다.",
                vec![
                    s("kr", 1, "un-e-government-survey-2008"),
                    s("kr", 1, "un-e-government-survey-2010"),
                    s("kr", 2, "un-e-government-survey-2012"),
                ],
            ),
            (
                "en",
                "Delegates came from Japan (1st in 2016 UN E-Government Survey), Estonia (4th) and France (9th).",
                vec![
                    s("ee", 4, "un-e-government-survey-2016"),
                    s("fr", 9, "un-e-government-survey-2016"),
                    s("jp", 1, "un-e-government-survey-2016"),
                ],
            ),
            (
                "ko",
                "한국은 네 차례(2008, 2010, 2012, 2014)에 걸쳐 UN 전자정부 평가에서 2위를 했다.",
                vec![
                    s("kr", 2, "un-e-government-survey-2008"),
                    s("kr", 2, "un-e-government-survey-2010"),
                    s("kr", 2, "un-e-government-survey-2012"),
                    s("kr", 2, "un-e-government-survey-2014"),
                ],
            ),
            (
                "en",
                "Japan placed 2nd in the United Nations E-Government Survey three times (2008, 2010 and 2012).",
                vec![
                    s("jp", 2, "un-e-government-survey-2008"),
                    s("jp", 2, "un-e-government-survey-2010"),
                    s("jp", 2, "un-e-government-survey-2012"),
                ],
            ),
            (
                "en",
                "Korea placed 2nd three times (2008, 2010 and 2012) in the UN E-Government Survey.",
                vec![
                    s("kr", 2, "un-e-government-survey-2008"),
                    s("kr", 2, "un-e-government-survey-2010"),
                    s("kr", 2, "un-e-government-survey-2012"),
                ],
            ),
            (
                "ko",
                "회의에는 일본(UN 전자정부 평가 2위), 프랑스(6위) 대표가 왔다.",
                vec![
                    s("fr", 6, "un-e-government-survey-2017"),
                    s("jp", 2, "un-e-government-survey-2017"),
                ],
            ),
        ] {
            assert_eq!(ranks(lang, text), want, "{text}");
        }
    }

    #[test]
    fn edition_from_ranking_is_a_survey_edition_of_the_un() {
        let got = run(
            "en",
            "In the UN E-Government Survey, Korea ranked 2nd in 2014.",
        );
        let ev = got
            .events
            .iter()
            .find(|e| e.entity.key.slug == "un-e-government-survey-2014")
            .unwrap();
        assert_eq!(ev.kind, EventKind::SurveyEdition);
        assert_eq!(
            ev.organizer,
            [EntityKey::new(EntityKind::Organization, "united-nations")]
        );
        assert_eq!(ev.entity.label(Lang::Ko), Some("2014년 UN 전자정부 평가"));
    }
}
