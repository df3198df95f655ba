//! Events and their roles.
//!
//! Four sources, in this order: (1) editions of a known series with a year or an ordinal
//! next to it (`OECD E-Leaders Meeting 2018`, `2018년 … 이-리더스 미팅`, `제3회 디지털-5
//! 장관회의`), or in Korean dated by the clause (`2016년 11월 부산 «…»`) →
//! `event/{series}-{year}` / `event/{3rd}-{series}`, the same key in both languages
//! (an ordinal edition whose date is known is keyed by its year at the end, see below);
//! (2) anaphora after a series was named (`last year's meeting`, `작년에는 … 개최`,
//! `제2회 회의`) → the edition of that series, or after a numbered edition of a series the
//! notice names (`the next conference`, `last year's 4th forum`, `다음 회의`) → that
//! series' edition of the number said or implied (run after (3), whose names it needs); (3) named events (capitalised names ending
//! in an event noun; Korean names quoted, after an ordinal, or starting with a known
//! place, a Latin token or a bilateral `한-X`, and nouns before a held `간담회`; counted
//! meetings of a body, `the first X Committee`; a body's event, `an APEC forum`) →
//! `event/{slug of the English name}`; (4) unnamed happenings with descriptive names from
//! the notice's own entities (README conventions): signings (named by their parties, or
//! in Korean by the document), visits, meetings of two officials or with a body, foundings, hosted
//! meals, launches, ceremonies, training courses a body runs. Visits and meetings a notice reports or counts several of
//! are named with their month (`(March 2017)`).
//!
//! Last, events whose identity across notices is known get a key from it (`identity`
//! module): dated ordinal editions `{series}-{year}`, ordinal named events by a
//! language-neutral series form, signings of a named document by its name.
//!
//! Roles come from the event's stretch of its sentence (from the previous event mention,
//! or the sentence start, to the next one): dates, places (after `in`/`at`, before
//! `에서`), organizers (`hosted by`, `X will host`, `주최`), attendees (sentences saying
//! who attended), topics, and the status (Planned when dated after the notice or worded
//! in the future).
//!
//! This module runs the stages in order ([`extract`]) and holds what they share: the
//! [`Placed`] mentions, the plain event they start from, and the last re-keying stages.
//! Each source has a module of its own: [`editions`] (1, 2), [`named`] (3), [`happenings`],
//! [`meetings`] and [`signings`] (4); [`roles`] assigns the roles, with the Korean clause
//! rules in [`clauses`] and the venues in [`venues`].

mod clauses;
mod editions;
mod happenings;
mod meetings;
mod named;
mod roles;
mod signings;
mod venues;

use crate::ingest::extract::identity::{edition_number, identity_key, series_base};
use crate::ingest::extract::re;
use crate::ingest::extract::{Ctx, Out, entity_with};
use crate::model::{EntityKey, Event, EventKind, EventStatus, Lang, Span};
pub(crate) use editions::{Edition, edition_event, mark_cited, ordinal};
use editions::{anaphora, demonstratives, named_anaphora, series_editions, year_into_ordinal};
use happenings::{ceremonies, foundings, happenings, hosted_meals, launches, trainings};
use meetings::{body_meetings, meetings, meetings_ko, qualify_repeated};
use named::{
    body_events, held_en, held_ko, meeting_of_body, named_en, named_ko, ordinal_body_meetings,
};
use regex::Regex;
pub(crate) use roles::ranked_participants;
use roles::roles;
use std::sync::LazyLock;

/// An event mention placed in the text.
struct Placed {
    span: Span,
    key: EntityKey,
    /// The edition year for series editions (dates of other years do not apply).
    year: Option<i32>,
}

/// Finds events and their roles.
pub(crate) fn extract(ctx: &mut Ctx, out: &mut Out) {
    let mut placed: Vec<Placed> = Vec::new();
    series_editions(ctx, out, &mut placed);
    anaphora(ctx, out, &mut placed);
    year_into_ordinal(ctx, out, &mut placed);
    named_en(ctx, out, &mut placed);
    meeting_of_body(ctx, out, &mut placed);
    ordinal_body_meetings(ctx, out, &mut placed);
    body_events(ctx, out, &mut placed);
    named_ko(ctx, out, &mut placed);
    named_anaphora(ctx, out, &mut placed);
    happenings(ctx, out, &mut placed);
    meetings(ctx, out, &mut placed);
    body_meetings(ctx, out, &mut placed);
    meetings_ko(ctx, out, &mut placed);
    launches(ctx, out, &mut placed);
    foundings(ctx, out, &mut placed);
    hosted_meals(ctx, out, &mut placed);
    held_ko(ctx, out, &mut placed);
    held_en(ctx, out, &mut placed);
    ceremonies(ctx, out, &mut placed);
    trainings(ctx, out, &mut placed);
    demonstratives(ctx, out, &mut placed);
    placed.sort_by_key(|p| p.span.begin);
    roles(ctx, out, &placed);
    one_body_per_lineage(ctx, out);
    qualify_repeated(ctx, out, &mut placed);
    identities(ctx, out, &mut placed);
    editions(out);
    for p in &placed {
        out.mention(p.span, ctx.slice(p.span), p.key.clone());
    }
}

/// The span of the named group `name` in `caps` (captures of `pattern` from
/// `Ctx::find_all`).
pub(crate) fn group(pattern: &regex::Regex, caps: &[Option<Span>], name: &str) -> Option<Span> {
    pattern
        .capture_names()
        .position(|n| n == Some(name))
        .and_then(|i| caps.get(i).copied().flatten())
}

/// A conference of ministers (`… Ministers' Conference`, `… Ministerial Conference`,
/// `… 장관 컨퍼런스`): a meeting of officials, not a seminar.
static MINISTERIAL_CONFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i:\bminist(?:ers?'?|erial)\s+conference|장관(?:급)?\s?(?:컨퍼런스|콘퍼런스))$")
});

/// The kind an event noun names; `noun` may be the name up to its noun (`Asia-Pacific
/// Ministers' Conference`), whose words before the noun can make a conference a meeting
/// ([`MINISTERIAL_CONFERENCE`]).
fn kind_of(noun: &str) -> EventKind {
    if MINISTERIAL_CONFERENCE.is_match(noun) {
        return EventKind::Meeting;
    }
    let n = noun.to_lowercase();
    let has = |xs: &[&str]| xs.iter().any(|x| n.ends_with(x));
    if has(&[
        "seminar",
        "workshop",
        "conference",
        "symposium",
        "세미나",
        "워크숍",
        "컨퍼런스",
        "콘퍼런스",
        "토론회",
        "설명회",
    ]) {
        EventKind::Seminar
    } else if has(&[
        "forum",
        "summit",
        "fair",
        "expo",
        "festival",
        "olympics",
        "days",
        "week",
        "포럼",
        "서밋",
        "정상회의",
        "박람회",
        "마당",
        "올림픽",
        "축제",
    ]) {
        EventKind::Forum
    } else if has(&[
        "course",
        "program",
        "programme",
        "training",
        "연수",
        "과정",
        "교육",
    ]) {
        EventKind::Training
    } else if has(&["ceremony", "행사", "개소식", "기념식"]) {
        EventKind::Other
    } else {
        EventKind::Meeting
    }
}

/// A plain event with a kind and labels, no roles yet.
fn plain_event(key: EntityKey, kind: EventKind, en: Option<&str>, ko: Option<&str>) -> Event {
    Event {
        entity: entity_with(key, en, ko),
        kind,
        status: EventStatus::Held,
        start: None,
        end: None,
        location: Vec::new(),
        organizer: Vec::new(),
        attendee: Vec::new(),
        series: None,
        edition: None,
        about: Vec::new(),
        named: true,
    }
}

/// `true` if `span` overlaps a placed event.
fn overlaps_placed(placed: &[Placed], span: Span) -> bool {
    placed
        .iter()
        .any(|p| p.span.begin < span.end && span.begin < p.span.end)
}

/// The English name of a person found in the notice (gazetteer or notice entity).
fn person_label(ctx: &Ctx, out: &Out, key: &EntityKey) -> Option<String> {
    ctx.label(out, key, Lang::En)
}

/// Re-keys events whose identity across notices is known (see [`identity_key`]):
/// dated ordinal editions by year, ordinal named events by a language-neutral series
/// form, signings by their named document. Two editions of different numbers never
/// meet under one key (one of their dates would be wrong); events of one key merge.
fn identities(ctx: &Ctx, out: &mut Out, placed: &mut [Placed]) {
    let bases: Vec<String> = out
        .events()
        .iter()
        .filter_map(|ev| series_base(ctx, ev))
        .collect();
    let proposals: Vec<(EntityKey, EntityKey, Option<u32>)> = out
        .events()
        .iter()
        .filter_map(|ev| {
            let new = identity_key(ctx, ev, &bases)?;
            Some((ev.entity.key.clone(), new, edition_number(ev)))
        })
        .collect();
    for (old, new, n) in &proposals {
        let clash = proposals
            .iter()
            .any(|(o, k, m)| k == new && o != old && m != n)
            || out
                .events()
                .iter()
                .any(|e| &e.entity.key == new && edition_number(e).is_some_and(|m| Some(m) != *n));
        if clash {
            continue;
        }
        if let Some(mut ev) = out.remove_event(old) {
            ev.entity.key = new.clone();
            out.add_event(ev);
        }
        for p in placed.iter_mut().filter(|p| &p.key == old) {
            p.key = new.clone();
        }
    }
}

/// Keeps one name of a renamed body among an event's organizers: a series' default
/// organizer (one period of the body, from the gazetteer) gives way to the period the
/// notice names as host (`안전행정부` in 2014 rather than the series' `행정자치부`); of two
/// organizers of one lineage ([`crate::ingest::gazetteer::GazetteerRecord`] `lineage`),
/// the later one (stated in the text) stays.
fn one_body_per_lineage(ctx: &Ctx, out: &mut Out) {
    let keys: Vec<EntityKey> = out.events().iter().map(|e| e.entity.key.clone()).collect();
    let lineage = |k: &EntityKey| ctx.gaz.record(k).and_then(|r| r.lineage.clone());
    for key in keys {
        let Some(ev) = out.event_mut(&key) else {
            continue;
        };
        let organizers = ev.organizer.clone();
        ev.organizer = organizers
            .iter()
            .enumerate()
            .filter(|(i, k)| {
                let Some(l) = lineage(k) else { return true };
                !organizers[i + 1..]
                    .iter()
                    .any(|o| o != *k && lineage(o).as_ref() == Some(&l))
            })
            .map(|(_, k)| k.clone())
            .collect();
    }
}

/// Records on each named event the edition number its label states (`3rd …`, `제3회
/// …`, see [`edition_number`]), once its key is final.
fn editions(out: &mut Out) {
    let numbered: Vec<(EntityKey, u32)> = out
        .events()
        .iter()
        .filter(|ev| ev.named)
        .filter_map(|ev| Some((ev.entity.key.clone(), edition_number(ev)?)))
        .collect();
    for (key, n) in numbered {
        if let Some(ev) = out.event_mut(&key) {
            ev.edition = Some(n);
        }
    }
}

/// Every pattern of the events modules, for the test that compiles them all.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static std::sync::LazyLock<regex::Regex>> {
    [
        editions::PATTERNS,
        named::PATTERNS,
        happenings::PATTERNS,
        meetings::PATTERNS,
        signings::PATTERNS,
        roles::PATTERNS,
        clauses::PATTERNS,
        venues::PATTERNS,
        &[&MINISTERIAL_CONFERENCE],
    ]
    .concat()
}

/// The event keyed `event/{slug}` in `got`; panics, listing the events, without one.
/// A series' default organizer (the gazetteer's `행정자치부`, in force from late 2014)
/// gives way to the body of its lineage the notice names as host (`안전행정부`, in force
/// in October 2014), in both languages; the builtin gazetteer, sentences written for this
/// test.
#[test]
fn series_organizer_gives_way_to_the_named_period_of_its_body() {
    use crate::ingest::{Gazetteer, MediaType, process};
    for text in [
        "title: t\ndate: 2014-10-02\nlang: ko\n\n안전행정부는 10월 1일 서울에서 제2회 정부3.0 글로벌 포럼을 개최했다.\n",
        "title: t\ndate: 2014-10-02\nlang: en\n\nThe Ministry of Security and Public Administration hosted the 2nd Government 3.0 Global Forum in Seoul on October 1.\n",
    ] {
        let x = process(text.as_bytes(), MediaType::Text, Gazetteer::builtin()).expect("process");
        let ev = x
            .events
            .iter()
            .find(|e| {
                e.series
                    .as_ref()
                    .is_some_and(|s| s.slug == "government-3-0-global-forum")
            })
            .unwrap_or_else(|| panic!("no edition: {text}"));
        let organizers: Vec<&str> = ev.organizer.iter().map(|k| k.slug.as_str()).collect();
        assert_eq!(
            organizers,
            ["ministry-of-security-and-public-administration"],
            "{text}"
        );
    }
}

#[cfg(test)]
fn event<'a>(got: &'a crate::ingest::extract::Extracted, slug: &str) -> &'a Event {
    got.events
        .iter()
        .find(|e| e.entity.key.slug == slug)
        .unwrap_or_else(|| panic!("no event/{slug} in {:#?}", got.events))
}
