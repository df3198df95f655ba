//! Venues of events: hotels, halls, centres and government buildings named after
//! `at`/`in` or before `에서` (`the Grand Harbour Hotel`, `정부세종청사`), added as venue
//! entities with their city as containing place. A Korean government complex named by its
//! city is `Government Complex <City>` (in English text too, the city written after it);
//! a Korean name made of venue-lexicon words (`data/lexicon/venue_words.tsv`: hotel
//! brands, building words, government complexes) is keyed by its English name
//! (`롯데호텔` = `Lotte Hotel`), so that both languages meet on one venue.

use super::group;
use crate::ingest::extract::romanize::romanize_word;
use crate::ingest::extract::{Ctx, Out, entity_with, re};
use crate::model::{EntityKey, EntityKind, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

/// An English venue after `at`/`in`: a capitalized name ending in a building word
/// (`at the Harbour View Hotel`, `in the Grand Convention Center`), optionally with a
/// capitalized qualifier after a hyphen (`Government Complex-Sejong`).
static VENUE_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:at|in)\s+(?:the\s+)?(?P<name>(?:[A-Z][A-Za-z'’&.]*\s+){1,5}(?:Hotel|Center|Centre|Hall|Complex|Convention|Palace|Plaza|Tower|Auditorium)(?:\s*-\s*[A-Z][a-z]+)?)\b",
    )
});

/// A Korean venue before `에서`, `소재` or an adnominal: a name ending in 호텔, 센터,
/// 청사 or 컨벤션 (`정부세종청사에서`, `그랜드호텔 소재`).
static VENUE_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<name>[가-힣A-Za-z0-9]{1,16}(?:호텔|컨벤션센터|컨벤션|센터|청사))(?:\s?에서|\s(?:내|소재)|\s?\()",
    )
});

/// A venue named in the text ([`VENUE_EN`], [`VENUE_KO`]) with its entity key.
pub(super) struct Venue {
    pub(super) span: Span,
    pub(super) key: EntityKey,
    /// The city stated with it (`the X Hotel in Busan`, `부산 X호텔`), if any.
    pub(super) city: Option<EntityKey>,
}

/// Finds the venues of the text and adds them as [`EntityKind::Venue`] entities (with
/// their city as containing place) and mentions. A name that is (or holds) a known
/// organization is skipped: `Center` heads many bodies' names.
pub(super) fn venues(ctx: &Ctx, out: &mut Out) -> Vec<Venue> {
    let ko = ctx.lang() == Lang::Ko;
    let pattern = if ko { &VENUE_KO } else { &VENUE_EN };
    let mut found = Vec::new();
    for caps in ctx.find_all(pattern) {
        let Some(span) = group(pattern, &caps, "name") else {
            continue;
        };
        if !ctx.found_in(span, &[EntityKind::Organization]).is_empty() {
            continue;
        }
        let span = if ko { span } else { with_city_after(ctx, span) };
        let name = ctx.slice(span);
        let slug = if ko {
            slugify(&romanize_word(&name))
        } else {
            slugify(&name)
        };
        if slug.is_empty() {
            continue;
        }
        let complex = if ko {
            government_complex(ctx, &name)
        } else {
            None
        };
        let known = if ko && complex.is_none() {
            ko_venue_en(&name)
        } else {
            None
        };
        let (slug, en) = match (&complex, &known) {
            (Some((_, en)), _) | (None, Some(en)) => (slugify(en), Some(en.as_str())),
            (None, None) => (slug, None),
        };
        let key = EntityKey::new(EntityKind::Venue, &slug);
        // The city in a complex's name is its containing place, but not a place the text
        // states for the event.
        let city = venue_city(ctx, span);
        let part_of = city
            .clone()
            .or_else(|| complex.as_ref().map(|(c, _)| c.clone()));
        let mut e = if ko {
            entity_with(key.clone(), en, Some(&name))
        } else {
            entity_with(key.clone(), Some(&name), None)
        };
        e.part_of = part_of;
        out.add_entity(e);
        out.mention(span, name, key.clone());
        found.push(Venue { span, key, city });
    }
    found
}

/// An English government complex's span `span` (chars) with the city written right
/// after it as part of its name (`Government Complex Seoul`, as `정부서울청사` is read);
/// `span` itself otherwise.
fn with_city_after(ctx: &Ctx, span: Span) -> Span {
    if !ctx.slice(span).ends_with("Complex") || ctx.chars.get(span.end) != Some(&' ') {
        return span;
    }
    ctx.found
        .iter()
        .find(|m| m.key.kind == EntityKind::City && m.span.begin == span.end + 1)
        .map_or(span, |m| Span {
            begin: span.begin,
            end: m.span.end,
        })
}

/// The venue-word lexicon (`data/lexicon/venue_words.tsv`): Korean words of venue names
/// with their English forms, longest Korean word first.
static VENUE_WORDS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut words: Vec<(&'static str, &'static str)> =
        include_str!("../../../../data/lexicon/venue_words.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once('\t'))
            .collect();
    words.sort_by_key(|(ko, _)| std::cmp::Reverse(ko.chars().count()));
    words
});

/// The English name of a Korean venue name made only of venue-lexicon words
/// ([`VENUE_WORDS`]), split by longest match (`롯데호텔` → `Lotte Hotel`, `정부중앙청사`
/// → `Central Government Complex`); `None` when some part is not a listed word.
fn ko_venue_en(name: &str) -> Option<String> {
    let mut rest = name;
    let mut out: Vec<&str> = Vec::new();
    while !rest.is_empty() {
        let (ko, en) = VENUE_WORDS.iter().find(|(ko, _)| rest.starts_with(ko))?;
        out.push(en);
        rest = &rest[ko.len()..];
    }
    (!out.is_empty()).then(|| out.join(" "))
}

/// A Korean government complex named by its city (`정부<도시>청사`, e.g. `정부세종청사`)
/// with the city's key and the complex's English name (`Government Complex <City>`);
/// `None` when the name is not of that form or the city is unknown.
fn government_complex(ctx: &Ctx, name: &str) -> Option<(EntityKey, String)> {
    let inner = name.strip_prefix("정부")?.strip_suffix("청사")?;
    let city = ctx
        .gaz
        .find(inner, Lang::Ko, None)
        .into_iter()
        .find(|m| m.key.kind == EntityKind::City && m.span.begin == 0)?;
    if city.span.end != inner.chars().count() {
        return None;
    }
    let en = ctx.gaz.get(&city.key)?.label(Lang::En)?;
    Some((city.key, format!("Government Complex {en}")))
}

/// The city stated with a venue at `span`: right after it (`X Hotel in Busan`,
/// `X Hotel, Busan`) or right before it (`부산 X호텔`, `부산 소재 X호텔`).
fn venue_city(ctx: &Ctx, span: Span) -> Option<EntityKey> {
    let sentence = ctx.sentence_of(span.begin);
    ctx.found_in(sentence, &[EntityKind::City])
        .into_iter()
        .find(|m| {
            let gap = if m.span.begin >= span.end {
                ctx.slice(Span {
                    begin: span.end,
                    end: m.span.begin,
                })
            } else if m.span.end <= span.begin {
                ctx.slice(Span {
                    begin: m.span.end,
                    end: span.begin,
                })
            } else {
                return false;
            };
            matches!(gap.trim(), "" | "," | "in" | "소재")
        })
        .map(|m| m.key.clone())
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[&VENUE_EN, &VENUE_KO];

#[cfg(test)]
mod tests {
    use super::super::event;
    use super::*;
    use crate::ingest::extract::test_support::run;

    /// (English text, Korean text, venue slug) — in this test's own words: a hotel of a
    /// well-known brand and a government complex get one key in both languages; a name
    /// with a word outside the venue lexicon keeps its romanized key.
    #[test]
    fn venues_meet_across_languages() {
        for (en, ko, venue) in [
            (
                "The forum was held at the Lotte Hotel in Busan last week.",
                "포럼은 지난주 부산 롯데호텔에서 열렸다.",
                "lotte-hotel",
            ),
            (
                "Delegates had lunch at the Shilla Hotel in Seoul.",
                "대표단은 서울 신라호텔에서 오찬을 했다.",
                "shilla-hotel",
            ),
            (
                "The signing took place at the Central Government Complex in Seoul.",
                "서명식은 서울 정부중앙청사에서 진행됐다.",
                "central-government-complex",
            ),
            (
                "Officials gathered at the Government Complex in Sejong.",
                "공무원들은 세종 정부청사에서 모였다.",
                "government-complex",
            ),
            (
                "Officials gathered at the Government Complex Seoul.",
                "공무원들은 정부서울청사에서 모였다.",
                "government-complex-seoul",
            ),
        ] {
            for (lang, text) in [("en", en), ("ko", ko)] {
                let got = run(lang, text);
                let want = format!("venue/{venue}");
                assert!(
                    got.entities.iter().any(|e| e.key.to_string() == want),
                    "{want}: {text}"
                );
            }
        }
        assert_eq!(ko_venue_en("롯데호텔").as_deref(), Some("Lotte Hotel"));
        assert_eq!(ko_venue_en("그랜드하버호텔"), None);
    }

    /// (lang, text, event label, venue slug, city slug) — a hotel, hall or government
    /// building where an event is held is a venue place of it, most specific first, with
    /// its city as containing place; a venue of another event does not leak.
    #[test]
    fn venues_are_event_places() {
        for (lang, text, label, venue, city) in [
            (
                "en",
                "The OECD E-Leaders Meeting 2019 will be held at the Grand Harbour Hotel in Busan.",
                "OECD E-Leaders Meeting 2019",
                "grand-harbour-hotel",
                Some("city/busan"),
            ),
            (
                "ko",
                "제3회 OECD 이-리더스 미팅이 부산 그랜드하버호텔에서 열린다.",
                "3rd OECD E-Leaders Meeting",
                "geuraendeuhabeohotel",
                Some("city/busan"),
            ),
            (
                "ko",
                "행정자치부는 정부서울청사에서 제3회 OECD 이-리더스 미팅을 진행한다.",
                "3rd OECD E-Leaders Meeting",
                "government-complex-seoul",
                None,
            ),
        ] {
            let got = run(lang, text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.label(Lang::En) == Some(label))
                .unwrap_or_else(|| panic!("no {label:?} in {text}: {:#?}", got.events));
            let first = ev.location.first().map(|k| k.to_string());
            let want = format!("venue/{venue}");
            assert_eq!(first.as_deref(), Some(want.as_str()), "{text}");
            let v = got
                .entities
                .iter()
                .find(|e| e.key.to_string() == want)
                .unwrap_or_else(|| panic!("no {want} entity: {text}"));
            let part_of = v.part_of.as_ref().map(|k| k.to_string());
            assert_eq!(part_of.as_deref(), city.or(Some("city/seoul")), "{text}");
            if let Some(c) = city {
                assert!(ev.location.iter().any(|k| k.to_string() == c), "{text}");
            }
        }
        let text = "Before the OECD E-Leaders Meeting 2019 in Seoul, officials had a dinner at the Riverside Hotel.";
        let got = run("en", text);
        let ev = event(&got, "oecd-e-leaders-meeting-2019");
        assert!(
            ev.location.iter().all(|k| k.kind != EntityKind::Venue),
            "{:?}: {text}",
            ev.location
        );
    }
}
