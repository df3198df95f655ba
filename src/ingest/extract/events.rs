//! Events and their roles.
//!
//! Four sources, in this order: (1) editions of a known series with a year or an ordinal
//! next to it (`OECD E-Leaders Meeting 2018`, `2018년 … 이-리더스 미팅`, `제3회 디지털-5
//! 장관회의`), or in Korean dated by the clause (`2016년 11월 부산 «…»`) →
//! `event/{series}-{year}` / `event/{3rd}-{series}`, the same key in both languages
//! (an ordinal edition whose date is known is keyed by its year at the end, see below);
//! (2) anaphora after a series was named (`last year's meeting`, `작년에는 … 개최`,
//! `제2회 회의`) → the edition of that series; (3) named events (capitalised names ending
//! in an event noun; Korean names quoted, after an ordinal, or starting with a known
//! place, a Latin token or a bilateral `한-X`, and nouns before a held `간담회`) →
//! `event/{slug of the English name}`; (4) unnamed happenings with descriptive names from
//! the notice's own entities (README conventions): signings (named by their parties, or
//! in Korean by the document), visits, meetings of two officials, foundings, hosted
//! meals, launches, ceremonies. Visits and meetings a notice reports or counts several of
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

use super::identity::{edition_number, identity_key};
use super::romanize::romanize_word;
use super::{Ctx, Out, entity_with, push_unique, re};
use crate::ingest::gazetteer::Match;
use crate::model::{DateValue, EntityKey, EntityKind, Event, EventKind, EventStatus, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
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
    named_ko(ctx, out, &mut placed);
    happenings(ctx, out, &mut placed);
    meetings(ctx, out, &mut placed);
    meetings_ko(ctx, out, &mut placed);
    launches(ctx, out, &mut placed);
    foundings(ctx, out, &mut placed);
    hosted_meals(ctx, out, &mut placed);
    held_ko(ctx, out, &mut placed);
    ceremonies(ctx, out, &mut placed);
    placed.sort_by_key(|p| p.span.begin);
    roles(ctx, out, &placed);
    qualify_repeated(ctx, out, &mut placed);
    identities(ctx, out, &mut placed);
    editions(out);
    for p in &placed {
        out.mention(p.span, ctx.slice(p.span), p.key.clone());
    }
}

/// In a counted series (not a survey), `this year's Summit` and `the third Summit` of one
/// notice are one edition: when a notice names ordinal editions of a series, its edition
/// named by the notice's own year merges into the latest of them (the highest number),
/// under the ordinal name (the gold convention names counted series by ordinal). In a survey series (named by
/// year) it goes the other way: an ordinal edition merges into the one year edition.
fn year_into_ordinal(ctx: &Ctx, out: &mut Out, placed: &mut [Placed]) {
    let Some(year) = ctx.year() else { return };
    let ordinal = |label: &str| {
        label
            .split(' ')
            .next()
            .is_some_and(|w| w.len() > 2 && w[..w.len() - 2].chars().all(|c| c.is_ascii_digit()))
    };
    let year_suffix = format!(" {year}");
    let mut series: Vec<EntityKey> = Vec::new();
    for ev in out.events() {
        if let Some(s) = &ev.series {
            push_unique(&mut series, s.clone());
        }
    }
    for s in series {
        let of_series: Vec<(EntityKey, String)> = out
            .events()
            .iter()
            .filter(|e| e.series.as_ref() == Some(&s))
            .filter_map(|e| Some((e.entity.key.clone(), e.entity.label(Lang::En)?.to_string())))
            .collect();
        if ctx
            .gaz
            .record(&s)
            .is_some_and(|r| r.event_kind == Some(EventKind::SurveyEdition))
        {
            // A survey is named by year: `the first survey` of a notice that names one
            // edition by its year is that edition.
            let years: Vec<&EntityKey> = of_series
                .iter()
                .filter(|(_, l)| !ordinal(l))
                .map(|(k, _)| k)
                .collect();
            if let [target] = years.as_slice() {
                let target = (*target).clone();
                for (k, _) in of_series.iter().filter(|(_, l)| ordinal(l)) {
                    out.remove_event(k);
                    for p in placed.iter_mut().filter(|p| &p.key == k) {
                        p.key = target.clone();
                    }
                }
            }
            continue;
        }
        // With several ordinal editions named (`the 1st … in 2014, the 2nd … in 2015,
        // this year's 3rd`), this year's is the latest one.
        let number = |label: &str| -> u32 {
            label
                .split(' ')
                .next()
                .and_then(|w| w.get(..w.len().saturating_sub(2)))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        let Some((target, _)) = of_series
            .iter()
            .filter(|(_, l)| ordinal(l))
            .max_by_key(|(_, l)| number(l))
        else {
            continue;
        };
        let target = target.clone();
        for (k, label) in &of_series {
            if !label.ends_with(&year_suffix) || ordinal(label) {
                continue;
            }
            if let Some(mut ev) = out.remove_event(k) {
                ev.entity.key = target.clone();
                ev.entity.labels.clear();
                out.add_event(ev);
            }
            for p in placed.iter_mut().filter(|p| &p.key == k) {
                p.key = target.clone();
            }
        }
    }
}

/// Marks survey editions of a year before the notice's year as only cited
/// ([`EventStatus::Cited`]): a notice names a past edition for the rank it gave, it does
/// not report it as a happening. The latest edition of a series the title or the lead
/// sentence names is what the notice is about, so it stays reported.
pub(crate) fn mark_cited(ctx: &Ctx, out: &mut Out) {
    let Some(year) = ctx.year() else { return };
    let mut lead: Vec<EntityKey> = ctx
        .sentences
        .first()
        .map(|s| ctx.found_in(*s, &[EntityKind::Series]))
        .unwrap_or_default()
        .into_iter()
        .map(|m| m.key.clone())
        .collect();
    if let Some(title) = &ctx.notice.title {
        lead.extend(
            ctx.gaz
                .find(title, ctx.lang(), ctx.date())
                .into_iter()
                .filter(|m| m.key.kind == EntityKind::Series)
                .map(|m| m.key),
        );
    }
    let latest = |series: &EntityKey, out: &Out| {
        out.events()
            .iter()
            .filter(|e| e.series.as_ref() == Some(series))
            .filter_map(|e| e.start.map(|s| s.year()))
            .max()
    };
    let cited: Vec<EntityKey> = out
        .events()
        .iter()
        .filter(|ev| ev.kind == EventKind::SurveyEdition)
        .filter(|ev| {
            let Some(y) = ev.start.map(|s| s.year()) else {
                return false;
            };
            let about = ev
                .series
                .as_ref()
                .is_some_and(|s| lead.contains(s) && latest(s, out) == Some(y));
            y < year && !about
        })
        .map(|ev| ev.entity.key.clone())
        .collect();
    for key in cited {
        if let Some(ev) = out.event_mut(&key) {
            ev.status = EventStatus::Cited;
        }
    }
}

/// The ordinal suffix of `n` (`1st`, `2nd`, `3rd`, `11th`).
pub(crate) fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// English ordinal words.
const ORDINAL_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// What an edition is identified by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edition {
    Year(i32),
    Ordinal(u32),
}

/// Builds (or merges) the edition event of `series`; returns its key.
pub(crate) fn edition_event(
    ctx: &Ctx,
    out: &mut Out,
    series: &EntityKey,
    edition: Edition,
) -> EntityKey {
    let en = ctx.label(out, series, Lang::En);
    let ko = ctx.label(out, series, Lang::Ko);
    let (slug, label_en, label_ko) = match edition {
        Edition::Year(y) => (
            format!("{}-{y}", series.slug),
            en.map(|l| format!("{l} {y}")),
            ko.map(|l| format!("{y}년 {l}")),
        ),
        Edition::Ordinal(n) => (
            format!("{}-{}", ordinal(n), series.slug),
            en.map(|l| format!("{} {l}", ordinal(n))),
            ko.map(|l| format!("제{n}회 {l}")),
        ),
    };
    let key = EntityKey::new(EntityKind::Event, slug);
    let record = ctx.gaz.record(series);
    let kind = record.and_then(|r| r.event_kind).unwrap_or_default();
    let organizer: Vec<EntityKey> = ctx
        .gaz
        .get(series)
        .and_then(|e| e.part_of.clone())
        .into_iter()
        .collect();
    let (start, status) = match edition {
        Edition::Year(y) => (
            Some(DateValue::Year(y)),
            if ctx.year().is_some_and(|ny| y > ny) {
                EventStatus::Planned
            } else {
                EventStatus::Held
            },
        ),
        Edition::Ordinal(_) => (None, EventStatus::Held),
    };
    out.add_event(Event {
        entity: entity_with(key.clone(), label_en.as_deref(), label_ko.as_deref()),
        kind,
        status,
        start,
        end: None,
        location: Vec::new(),
        organizer,
        attendee: Vec::new(),
        series: Some(series.clone()),
        edition: None,
        about: Vec::new(),
        named: true,
    });
    key
}

static EDITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?P<y4>(?:19|20)\d{2})년?|'(?P<y2>\d{2})년|(?P<rel>[Tt]his|[Ll]ast|[Nn]ext) year's|(?P<korel>올해|작년|지난해|내년|금년)(?:의)?|제\s?(?P<kord>\d+)\s?[차회]|(?P<ord>\d+)(?:st|nd|rd|th)|(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?:\s+edition\s+of)?(?:\s+the)?$",
    )
});

/// Reads a year or ordinal written just before char `pos` (after skipping quotes,
/// brackets, organization names, `the` and `edition of`: `the 2022 edition of the …`);
/// returns it and where it starts.
fn edition_before(ctx: &Ctx, pos: usize, floor: usize) -> Option<(Edition, usize)> {
    let mut j = pos;
    loop {
        while j > floor && matches!(ctx.chars[j - 1], ' ' | '「' | '"' | '\'' | '『' | '(') {
            j -= 1;
        }
        match ctx.found_ending_at(j, EntityKind::Organization) {
            Some(m) => j = m.span.begin,
            None => break,
        }
    }
    let left: String = ctx.chars[floor.max(j.saturating_sub(24))..j]
        .iter()
        .collect();
    let caps = EDITION_BEFORE.captures(&left)?;
    let whole = caps.get(0)?;
    let begin = j - left[whole.start()..].chars().count();
    let year = |y: i32| Some((Edition::Year(y), begin));
    if let Some(y) = caps.name("y4") {
        return year(y.as_str().parse().ok()?);
    }
    if let Some(y) = caps.name("y2") {
        return year(2000 + y.as_str().parse::<i32>().ok()?);
    }
    let ny = ctx.year();
    if let Some(r) = caps.name("rel").or(caps.name("korel")) {
        let delta = match r.as_str().to_lowercase().as_str() {
            "last" | "작년" | "지난해" => -1,
            "next" | "내년" => 1,
            _ => 0,
        };
        return year(ny? + delta);
    }
    let n: u32 = match caps.name("kord").or(caps.name("ord")) {
        Some(n) => n.as_str().parse().ok()?,
        None => {
            let w = caps.name("word")?.as_str();
            ORDINAL_WORDS.iter().position(|x| *x == w)? as u32 + 1
        }
    };
    Some((Edition::Ordinal(n), begin))
}

static YEAR_AFTER_SERIES: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:(?P<y4>(?:19|20)\d{2})\b|'(?P<y2>\d{2})\b)"));

/// (1) Series matches with a year or ordinal next to them.
fn series_editions(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let series: Vec<(Span, EntityKey)> = ctx
        .found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Series)
        .map(|m| (m.span, m.key.clone()))
        .collect();
    // `« 제3회 <fair> 글로벌 포럼 2016 »`: a series named at the start of a longer quoted
    // name is part of another event's name (a named event of its own, see (3b)).
    let quoted: Vec<Span> = if ctx.lang() == Lang::Ko {
        ctx.find_all(&KO_QUOTED)
            .into_iter()
            .filter_map(|c| c[1])
            .collect()
    } else {
        Vec::new()
    };
    for (span, key) in series {
        if quoted
            .iter()
            .any(|q| q.begin <= span.begin && q.end > span.end && ctx.chars[span.end] == ' ')
        {
            continue;
        }
        let sentence = ctx.sentence_of(span.begin);
        let tail: String = ctx.chars[span.end..sentence.end.max(span.end)]
            .iter()
            .take(8)
            .collect();
        let mut found = None;
        if let Some(c) = YEAR_AFTER_SERIES.captures(&tail) {
            let y = c
                .name("y4")
                .and_then(|y| y.as_str().parse().ok())
                .or_else(|| {
                    c.name("y2")
                        .and_then(|y| y.as_str().parse::<i32>().ok())
                        .map(|y| 2000 + y)
                });
            if let (Some(y), Some(m)) = (y, c.get(0)) {
                found = Some((
                    Edition::Year(y),
                    span.begin,
                    span.end + tail[..m.end()].chars().count(),
                ));
            }
        }
        if found.is_none()
            && let Some((ed, b)) = edition_before(ctx, span.begin, sentence.begin)
        {
            found = Some((ed, b, span.end));
        }
        // `'탈린 디지털 서밋'(10.15.~10.16.)`, `the X Summit on October 15`: the year of
        // the date right after it.
        if found.is_none()
            && let Some(d) = ctx.dates.iter().find(|d| {
                d.span.begin >= span.end
                    && d.span.begin <= span.end + 4
                    && ctx
                        .slice(Span {
                            begin: span.end,
                            end: d.span.begin,
                        })
                        .trim_matches(|c: char| {
                            c == ' ' || c == '(' || c == '\'' || c == '"' || c == '」'
                        })
                        .trim()
                        .trim_start_matches("on")
                        .is_empty()
            })
        {
            found = Some((Edition::Year(d.value.year()), span.begin, span.end));
        }
        // `2016년 12월 7-9일 파리에서 열리는 «…»`: in Korean, the year of the last date
        // before it in its clause.
        if found.is_none()
            && ctx.lang() == Lang::Ko
            && let Some(d) = ctx.dates.iter().rfind(|d| {
                d.span.end <= span.begin
                    && d.span.begin >= sentence.begin
                    && span.begin - d.span.end <= 60
                    && !ctx
                        .slice(Span {
                            begin: d.span.end,
                            end: span.begin,
                        })
                        .contains([',', '.', '·'])
            })
        {
            found = Some((Edition::Year(d.value.year()), span.begin, span.end));
        }
        let Some((edition, b, e)) = found else {
            continue;
        };
        if let Edition::Year(y) = edition
            && !(1950..=2100).contains(&y)
        {
            continue;
        }
        let ev = edition_event(ctx, out, &key, edition);
        let year = match edition {
            Edition::Year(y) => Some(y),
            Edition::Ordinal(_) => None,
        };
        placed.push(Placed {
            span: Span { begin: b, end: e },
            key: ev,
            year,
        });
    }
}

/// The last series mentioned before `pos` whose events are surveys (`survey`) or not.
fn series_before(ctx: &Ctx, pos: usize, survey: bool) -> Option<EntityKey> {
    // `found` is sorted by begin, and a mention ending by `pos` begins by `pos`: only
    // that prefix is searched, from its end.
    let prefix = ctx.found.partition_point(|m| m.span.begin <= pos);
    ctx.found[..prefix]
        .iter()
        .filter(|m| m.key.kind == EntityKind::Series && m.span.end <= pos)
        .rfind(|m| {
            let is_survey = ctx
                .gaz
                .record(&m.key)
                .and_then(|r| r.event_kind)
                .is_some_and(|k| k == EventKind::SurveyEdition);
            is_survey == survey
        })
        .map(|m| m.key.clone())
}

static ANAPHORA_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<when>(?i:this|last|next) year's|(?:the )?(?:(?P<y>(?:19|20)\d{2})|(?P<ord>\d+)(?:st|nd|rd|th)|(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)))\s+(?P<noun>[Mm]eeting|[Ss]ummit|[Ff]orum|[Cc]onference|[Ss]urvey|[Ee]dition)\b",
    )
});
static ANAPHORA_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<when>작년|지난해|올해|금년|내년|'(?P<y>\d{2})년|(?P<y4>(?:19|20)\d{2})년|제\s?(?P<ord>\d+)\s?[회차])(?:에는|에|의|도|은|는)?\s*(?P<noun>회의|미팅|포럼|총회|평가|개최)?",
    )
});

/// After a Korean time word: an adnominal verb of holding in the same clause followed by
/// a name ending in an event noun (`… 개최된 <이름> 회의`); `first` is the name's first word.
static KO_NAMED_AFTER_HELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[^,.]*?(?:열린|열리는|열릴|개최된|개최되는|개최될)\s+(?P<first>[^\s,.]+)(?:\s+[^\s,.]+){0,3}?\s*(?:회의|포럼|총회|세미나|서밋|미팅|박람회|회담|대회)",
    )
});

/// (2) `last year's meeting`, `the third Summit`, `작년에는 … 개최`, `제2회 회의`,
/// `'18년 회의` after a series was named.
fn anaphora(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let ny = ctx.year();
    let pattern = if ctx.lang() == Lang::Ko {
        &ANAPHORA_KO
    } else {
        &ANAPHORA_EN
    };
    for caps in ctx.find_all(pattern) {
        let (Some(whole), Some(when)) = (caps[0], caps[1]) else {
            continue;
        };
        if placed
            .iter()
            .any(|p| p.span.begin < whole.end && whole.begin < p.span.end)
        {
            continue;
        }
        let sentence = ctx.sentence_of(whole.begin);
        let g = |name: &str| group(pattern, &caps, name);
        let noun = g("noun");
        let noun_text = noun.map(|n| ctx.slice(n).to_lowercase());
        let survey = noun_text
            .as_deref()
            .is_some_and(|n| n == "survey" || n == "평가");
        let Some(series) = series_before(ctx, whole.begin, survey) else {
            continue;
        };
        // Korean time words need an event noun or a verb of holding in the sentence.
        let sentence_text = ctx.slice(sentence);
        if ctx.lang() == Lang::Ko
            && noun.is_none()
            && !(sentence_text.contains("개최") || sentence_text.contains("열렸"))
        {
            continue;
        }
        // `제1회 회의는 2014년 런던에서`: a bare year in the clause of an edition
        // just named is that edition's date, not another edition.
        if ctx.lang() == Lang::Ko
            && noun.is_none()
            && placed.iter().any(|p| {
                p.span.end <= whole.begin
                    && p.span.begin >= sentence.begin
                    && !ctx
                        .slice(Span {
                            begin: p.span.end,
                            end: whole.begin,
                        })
                        .contains([',', '.'])
                    && out
                        .events()
                        .iter()
                        .any(|e| e.entity.key == p.key && e.series.as_ref() == Some(&series))
            })
        {
            continue;
        }
        // `2016년 파리에서 개최된 <이름> 회의`: a bare year heading a clause that names
        // the event it dates is that event's year, not an edition of the last series.
        if ctx.lang() == Lang::Ko
            && noun.is_none()
            && let Some(c) = KO_NAMED_AFTER_HELD.captures(&ctx.slice(Span {
                begin: when.end,
                end: sentence.end,
            }))
            && c.name("first")
                .is_some_and(|f| !["이번", "동", "해당", "그", "이", "같은"].contains(&f.as_str()))
        {
            continue;
        }
        // A sentence naming a series itself is handled by (1).
        if ctx
            .found_in(sentence, &[EntityKind::Series])
            .iter()
            .any(|m| m.key == series && !(m.span.end <= whole.begin && ctx.lang() == Lang::Ko))
        {
            continue;
        }
        let when_text = ctx.slice(when);
        let edition = if let Some(n) = g("ord") {
            match ctx.slice(n).parse() {
                Ok(n) => Edition::Ordinal(n),
                Err(_) => continue,
            }
        } else if let Some(w) = g("word") {
            match ORDINAL_WORDS.iter().position(|x| *x == ctx.slice(w)) {
                Some(i) => Edition::Ordinal(i as u32 + 1),
                None => continue,
            }
        } else if let Some(y) = g("y").or(g("y4")) {
            let y: i32 = ctx.slice(y).parse().unwrap_or(0);
            Edition::Year(if y < 100 { 2000 + y } else { y })
        } else {
            let Some(ny) = ny else { continue };
            let w = when_text.to_lowercase();
            let delta = if w.starts_with("last") || w == "작년" || w == "지난해" {
                -1
            } else if w.starts_with("next") || w == "내년" {
                1
            } else {
                0
            };
            Edition::Year(ny + delta)
        };
        if let Edition::Year(y) = edition
            && !(1950..=2100).contains(&y)
        {
            continue;
        }
        let key = edition_event(ctx, out, &series, edition);
        let end = noun.map_or(when.end, |n| n.end);
        let span = if ctx.lang() == Lang::Ko {
            when
        } else {
            Span {
                begin: when.begin,
                end,
            }
        };
        placed.push(Placed {
            span,
            key,
            year: match edition {
                Edition::Year(y) => Some(y),
                Edition::Ordinal(_) => None,
            },
        });
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

/// The kind an event noun names.
fn kind_of(noun: &str) -> EventKind {
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

static MEETING_OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let ords = ORDINAL_WORDS.join("|");
    re(&format!(
        r"(?i:\b({ords}|\d+(?:st|nd|rd|th)))\s+(?:meeting|session)\s+of\s+(?:the\s+)?"
    ))
});

/// (3a') A counted meeting of a named body (`the first meeting of the Data Council`):
/// the event `First meeting of the <body>`, named by the body's label.
fn meeting_of_body(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    for caps in ctx.find_all(&MEETING_OF_BODY) {
        let (Some(whole), Some(ord)) = (caps[0], caps[1]) else {
            continue;
        };
        let Some(body) = ctx
            .found
            .iter()
            .find(|m| m.span.begin == whole.end && m.key.kind == EntityKind::Organization)
        else {
            continue;
        };
        let Some(body_label) = ctx.label(out, &body.key, Lang::En) else {
            continue;
        };
        let span = Span {
            begin: ord.begin,
            end: body.span.end,
        };
        if overlaps_placed(placed, span) {
            continue;
        }
        let mut ord_text = ctx.slice(ord).to_lowercase();
        if let Some(first) = ord_text.get(..1) {
            ord_text = format!("{}{}", first.to_uppercase(), &ord_text[1..]);
        }
        let label = format!("{ord_text} meeting of the {body_label}");
        let key = EntityKey::new(EntityKind::Event, slugify(&label));
        let mut ev = plain_event(key.clone(), EventKind::Meeting, Some(&label), None);
        ev.organizer.push(body.key.clone());
        out.add_event(ev);
        placed.push(Placed {
            span,
            key,
            year: None,
        });
    }
}

static NAMED_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\b|\s)(?P<name>(?:\d+(?:st|nd|rd|th) )?(?:(?:[A-Z0-9][\w&'-]*|e-[A-Z][\w-]*)(?:\.\d+)? ){1,6}(?P<noun>Meeting|Forum|Seminar|Workshop|Conference|Summit|Fair|Symposium|Roundtable|Dialogue|Expo|Festival|Olympics|Days|Week|Ceremony|Course|Programme|Program)(?: (?:on|of|for) (?:the )?[\w-]+(?: [A-Z][\w-]*)*(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)* and [A-Z][\w-]*)?)?(?: (?:19|20)\d{2})?)\b",
    )
});
static AFTER_ACRONYM: LazyLock<Regex> = LazyLock::new(|| re(r"\([A-Z][A-Za-z0-9+&-]*\)\s$"));
static HAS_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:19|20)\d{2}\b"));

/// (3a) English named events.
fn named_en(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    let first_new = placed.len();
    for caps in ctx.find_all(&NAMED_EN) {
        let (Some(mut span), Some(noun)) = (caps[1], caps[2]) else {
            continue;
        };
        // Drop leading function words.
        loop {
            let text = ctx.slice(span);
            let first = text.split(' ').next().unwrap_or("");
            if [
                "The", "A", "An", "At", "In", "On", "During", "As", "This", "Its", "With", "After",
            ]
            .contains(&first)
            {
                span.begin += first.chars().count() + 1;
            } else {
                break;
            }
        }
        let text = ctx.slice(span);
        if text.split_whitespace().count() < 2 || overlaps_placed(placed, span) {
            continue;
        }
        // `… Partnership (OGP) Global Summit`: words after a bracketed acronym end a
        // longer name, they are no event of their own.
        let before: String = ctx.chars[span.begin.saturating_sub(12)..span.begin]
            .iter()
            .collect();
        if AFTER_ACRONYM.is_match(&before) {
            continue;
        }
        // A series or organization name (with words before it) is not a new event.
        if ctx.found.iter().any(|m| {
            matches!(m.key.kind, EntityKind::Series | EntityKind::Organization)
                && m.span.begin < noun.end
                && m.span.end >= noun.end
        }) {
            continue;
        }
        // A yearly happening named without its year (`Korea Digital Days`, `Data Week`)
        // is the edition of the notice's year (README: `<series> <year>`).
        let noun_text = ctx.slice(noun);
        // `PyeongChang Winter Olympics`: the Games are named `<City> <year> <Season>
        // Olympics`, the year of the notice when none is written.
        let text = match (ctx.year(), text.strip_suffix(" Winter Olympics")) {
            (Some(y), Some(city)) if !city.contains(' ') => format!("{city} {y} Winter Olympics"),
            _ => match (ctx.year(), text.strip_suffix(" Summer Olympics")) {
                (Some(y), Some(city)) if !city.contains(' ') => {
                    format!("{city} {y} Summer Olympics")
                }
                _ => text,
            },
        };
        let text = match ctx.year() {
            Some(y)
                if ["Days", "Week", "Festival", "Expo"].contains(&noun_text.as_str())
                    && !HAS_YEAR.is_match(&text) =>
            {
                format!("{text} {y}")
            }
            _ => text,
        };
        let key = EntityKey::new(EntityKind::Event, slugify(&text));
        out.add_event(plain_event(
            key.clone(),
            kind_of(&noun_text),
            Some(&text),
            None,
        ));
        placed.push(Placed {
            span,
            key,
            year: None,
        });
    }
    merge_name_variants(out, placed, first_new);
}

/// Merges short and full names of one event in a notice (`the Data Policy Course`,
/// `Korea Data Policy Course`, `2021 Data Policy Course`): a name whose words, without a
/// leading year, end a longer name found in the same notice is that event. The merged
/// name is the longest one, with the year in front if any form has it.
fn merge_name_variants(out: &mut Out, placed: &mut [Placed], first_new: usize) {
    let split_year = |label: &str| -> (Option<String>, String) {
        match label.split_once(' ') {
            Some((y, rest))
                if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) && !rest.is_empty() =>
            {
                (Some(y.to_string()), rest.to_string())
            }
            _ => (None, label.to_string()),
        }
    };
    let mut keys: Vec<EntityKey> = Vec::new();
    for p in &placed[first_new..] {
        push_unique(&mut keys, p.key.clone());
    }
    let mut names: Vec<(EntityKey, Option<String>, String)> = keys
        .iter()
        .filter_map(|k| {
            let label = out.entity(k)?.label(Lang::En)?.to_string();
            let (y, body) = split_year(&label);
            Some((k.clone(), y, body))
        })
        .collect();
    names.sort_by_key(|(_, _, body)| std::cmp::Reverse(body.split(' ').count()));
    let mut absorbed: Vec<usize> = Vec::new();
    for i in 0..names.len() {
        if absorbed.contains(&i) {
            continue;
        }
        let (_, long_year, long_body) = names[i].clone();
        let mut group = vec![i];
        for (j, (_, _, body)) in names.iter().enumerate().skip(i + 1) {
            let suffix = format!(" {body}");
            if !absorbed.contains(&j) && (long_body.ends_with(&suffix) || long_body == *body) {
                group.push(j);
            }
        }
        if group.len() < 2 {
            continue;
        }
        let year = long_year.or_else(|| group.iter().find_map(|&j| names[j].1.clone()));
        let label = match &year {
            Some(y) => format!("{y} {long_body}"),
            None => long_body.clone(),
        };
        let key = EntityKey::new(EntityKind::Event, slugify(&label));
        let mut merged: Option<Event> = None;
        for &j in &group {
            absorbed.push(j);
            if let Some(mut ev) = out.remove_event(&names[j].0) {
                if merged.is_none() {
                    ev.entity = entity_with(key.clone(), Some(&label), None);
                    merged = Some(ev);
                }
            }
            for p in placed.iter_mut().filter(|p| p.key == names[j].0) {
                p.key = key.clone();
            }
        }
        if let Some(ev) = merged {
            out.add_event(ev);
        }
    }
}

/// Korean event nouns.
const KO_EVENT_NOUNS: &str = "정상회의|장관회의|간담회|회의|미팅|포럼|세미나|워크숍|컨퍼런스|콘퍼런스|서밋|총회|박람회|설명회|토론회|라운드테이블|연수|교육과정|과정|행사|대회|개소식|기념식|체험마당|올림픽";

/// (3b) Korean named events: quoted names ending in an event noun, and noun phrases that
/// start with a known name or a Latin token (`D5 전문가 토론회`).
fn named_ko(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::Ko {
        return;
    }
    let first_new = placed.len();
    named_ko_found(ctx, out, placed);
    merge_ko_short_names(out, placed, first_new);
}

/// A Korean event named again without its year or prefix (`세계기자대회` after `2018
/// 세계기자대회`) is the event named in full: the short name's event merges into it.
fn merge_ko_short_names(out: &mut Out, placed: &mut [Placed], first_new: usize) {
    let mut keys: Vec<EntityKey> = Vec::new();
    for p in &placed[first_new..] {
        push_unique(&mut keys, p.key.clone());
    }
    let labels: Vec<(EntityKey, String)> = keys
        .iter()
        .filter_map(|k| Some((k.clone(), out.entity(k)?.label(Lang::Ko)?.to_string())))
        .collect();
    for (short_key, short) in &labels {
        let Some((long_key, _)) = labels.iter().find(|(k, long)| {
            k != short_key && long.len() > short.len() && long.ends_with(&format!(" {short}"))
        }) else {
            continue;
        };
        if out.remove_event(short_key).is_some() {
            for p in placed.iter_mut().filter(|p| p.key == *short_key) {
                p.key = long_key.clone();
            }
        }
    }
}

/// A quoted Korean event name (`「…포럼」`, `« … 포럼 2016 »`), with its Latin gloss.
static KO_QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r#"[「『"'«] ?(?P<name>[^」』"'«»\n]{{2,40}}?(?:{KO_EVENT_NOUNS})(?: (?:19|20)\d{{2}})?)(?:\((?P<latin>[A-Za-z][^)]*)\))? ?[」』"'»]"#
    ))
});
static KO_NAME_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?P<name>(?:제[ \t]?\d+[ \t]?[회차][ \t]*)?(?:[A-Za-z0-9가-힣·-]+[ \t]){{1,3}}[A-Za-z0-9가-힣-]*?(?:{KO_EVENT_NOUNS}))"
    ))
});
static ORDINAL_SERIES: LazyLock<Regex> = LazyLock::new(|| re(r"^제\s?(\d+)\s?[회차]\s*(.+)$"));

/// The Korean named events of [`named_ko`], before short names are merged.
fn named_ko_found(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    ordinal_quoted(ctx, out, placed);
    for caps in ctx.find_all(&KO_QUOTED) {
        let Some(span) = caps[1] else { continue };
        let name = ctx.slice(span);
        // `「…서밋(OGP Global Summit)」`: a gloss naming a known series is an edition of
        // it, found by (1).
        if caps[2].is_some_and(|l| {
            ctx.gaz
                .lookup(&ctx.slice(l), Some(EntityKind::Series), ctx.date())
                .is_some()
        }) {
            continue;
        }
        // `제3회 Digital-5 장관회의`: an ordinal edition of a known series.
        if let Some(c) = ORDINAL_SERIES.captures(&name)
            && let (Some(n), Some(rest)) = (c.get(1), c.get(2))
            && let Some(series) =
                ctx.gaz
                    .lookup(rest.as_str(), Some(EntityKind::Series), ctx.date())
            && let Ok(n) = n.as_str().parse()
        {
            let key = edition_event(ctx, out, &series.key.clone(), Edition::Ordinal(n));
            if !overlaps_placed(placed, span) {
                placed.push(Placed {
                    span,
                    key,
                    year: None,
                });
            }
            continue;
        }
        add_named(ctx, out, placed, span, caps[2].map(|l| ctx.slice(l)));
    }
    for span in super::ko_compounds::solid_event_names(ctx) {
        add_named(ctx, out, placed, span, None);
    }
    for caps in ctx.find_all(&KO_NAME_PHRASE) {
        let Some(span) = caps[1] else { continue };
        // `… 총리가 평창 올림픽`: a match rejected as a whole may hold a name that starts
        // at a later word.
        let starts = std::iter::once(span.begin).chain(
            (span.begin..span.end)
                .filter(|&i| ctx.chars[i] == ' ' || ctx.chars[i] == '\t')
                .map(|i| i + 1),
        );
        for begin in starts {
            let sub = Span {
                begin,
                end: span.end,
            };
            if ko_phrase_is_name(ctx, sub) {
                add_named(ctx, out, placed, sub, None);
                break;
            }
        }
    }
}

/// `제 3회` / `제2차` at the start of a Korean name.
static KO_ORDINAL_PREFIX: LazyLock<Regex> = LazyLock::new(|| re(r"^제[ \t]?\d+[ \t]?[회차][ \t]*"));

/// A bilateral prefix (`한-불`, `한·중`, `한-프랑스`): Korea and a partner.
static KO_BILATERAL: LazyLock<Regex> = LazyLock::new(|| re(r"^한[-·][가-힣A-Za-z]"));

/// Whether an unquoted Korean noun phrase ending in an event noun (`span`) is an event
/// name: after an optional ordinal (`제 1회`), it starts with a known place or body (a
/// genitive `의` may follow it: `한국의 … 연수`), a Latin token (`D5 …`) or a bilateral
/// prefix (`한-불 …`); no other word carries a particle; and it is no series name
/// (series are editions, found by (1)).
fn ko_phrase_is_name(ctx: &Ctx, span: Span) -> bool {
    let text = ctx.slice(span);
    let prefix = KO_ORDINAL_PREFIX
        .find(&text)
        .map_or(0, |m| text[..m.end()].chars().count());
    let body_begin = span.begin + prefix;
    if body_begin >= span.end {
        return false;
    }
    let body = ctx.slice(Span {
        begin: body_begin,
        end: span.end,
    });
    let toks: Vec<&str> = body.split([' ', '\t']).collect();
    let known = ctx.found.iter().find(|m| {
        m.span.begin == body_begin
            && matches!(
                m.key.kind,
                EntityKind::City | EntityKind::Country | EntityKind::Organization
            )
    });
    let first = ctx.chars[body_begin];
    let latin_first = first.is_ascii_alphabetic()
        && toks[0]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    let bilateral = KO_BILATERAL.is_match(toks[0]);
    if !(known.is_some() || latin_first || bilateral) || (prefix == 0 && text.starts_with('제')) {
        return false;
    }
    if prefix > 0 && toks.len() < 2 {
        return false;
    }
    let particle_inside = toks[..toks.len() - 1].iter().enumerate().any(|(i, t)| {
        let (_, particle) = crate::ingest::particles::strip_particle(t);
        let genitive_of_known = i == 0
            && particle == Some("의")
            && known.is_some_and(|m| m.span.end + 1 == body_begin + t.chars().count());
        particle.is_some() && !genitive_of_known
    });
    if particle_inside {
        return false;
    }
    !ctx.found.iter().any(|m| {
        m.key.kind == EntityKind::Series && m.span.begin < span.end && span.begin < m.span.end
    })
}

/// `제 3회 «구 드 프랑스(Goût de France)» 행사`, `제2회 'ASEAN+3 협력(ACCSM+3)' 회의`:
/// an ordinal before a quoted name, maybe followed by an event noun.
static KO_ORDINAL_QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r#"제 ?(?P<n>\d+) ?[회차] ?[「『"'«] ?(?P<q>[^」』"'«»\n]{{2,60}}?) ?[」』"'»](?: ?(?P<noun>{KO_EVENT_NOUNS}))?"#
    ))
});

/// The English head noun for a Korean event noun written after a quoted name.
fn event_noun_en(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "회의" | "미팅" | "총회" | "장관회의" => "Meeting",
        "포럼" => "Forum",
        "세미나" => "Seminar",
        "워크숍" => "Workshop",
        "컨퍼런스" | "콘퍼런스" => "Conference",
        "정상회의" | "서밋" => "Summit",
        "박람회" => "Fair",
        _ => return None,
    })
}

/// Events named by an ordinal and a quoted name ([`KO_ORDINAL_QUOTED`]). The Korean label
/// is the ordinal, the quoted name and a specific event noun after it (a generic `행사`,
/// "event", is left out); the English label is the ordinal and the Latin gloss in the
/// name's last brackets, with the English event noun (`3rd Goût de France`, `2nd
/// ACCSM+3 Meeting`). A quoted known series is an edition of it.
fn ordinal_quoted(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let pat = &*KO_ORDINAL_QUOTED;
    for caps in ctx.find_all(pat) {
        let (Some(whole), Some(n), Some(q)) =
            (caps[0], group(pat, &caps, "n"), group(pat, &caps, "q"))
        else {
            continue;
        };
        if overlaps_placed(placed, whole) {
            continue;
        }
        let Ok(n) = ctx.slice(n).parse::<u32>() else {
            continue;
        };
        let noun = group(pat, &caps, "noun").map(|s| (s, ctx.slice(s)));
        let name = ctx.slice(q);
        let (bare, gloss) = match name.strip_suffix(')').and_then(|x| x.rsplit_once('(')) {
            Some((bare, gloss)) if gloss.starts_with(|c: char| c.is_ascii_alphabetic()) => {
                (bare.trim().to_string(), Some(gloss.trim().to_string()))
            }
            _ => (name.clone(), None),
        };
        if let Some(series) = [Some(&bare), gloss.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|x| ctx.gaz.lookup(x, Some(EntityKind::Series), ctx.date()))
        {
            let key = edition_event(ctx, out, &series.key.clone(), Edition::Ordinal(n));
            placed.push(Placed {
                span: whole,
                key,
                year: None,
            });
            continue;
        }
        let specific = noun.as_ref().filter(|(_, t)| t != "행사");
        let span = Span {
            begin: whole.begin,
            end: match (&specific, &noun) {
                (Some((s, _)), _) => s.end,
                (None, Some((s, _))) => s.begin,
                (None, None) => whole.end,
            },
        };
        let ko = ctx.slice(span).trim_end().to_string();
        let en = gloss.map(
            |g| match specific.as_ref().and_then(|(_, t)| event_noun_en(t)) {
                Some(head) if !g.ends_with(head) => format!("{} {g} {head}", ordinal(n)),
                _ => format!("{} {g}", ordinal(n)),
            },
        );
        let slug = match &en {
            Some(e) => slugify(e),
            None => slugify(&romanize_word(&ko)),
        };
        if slug.is_empty() {
            continue;
        }
        let kind = kind_of(specific.map_or(bare.as_str(), |(_, t)| t.as_str()));
        let key = EntityKey::new(EntityKind::Event, slug);
        out.add_event(plain_event(key.clone(), kind, en.as_deref(), Some(&ko)));
        placed.push(Placed {
            span: Span {
                begin: span.begin,
                end: span.begin + ko.chars().count(),
            },
            key,
            year: None,
        });
    }
}

/// Adds a Korean named event (key from the Latin name given, else the romanized name).
fn add_named(
    ctx: &Ctx,
    out: &mut Out,
    placed: &mut Vec<Placed>,
    span: Span,
    latin: Option<String>,
) {
    let name = ctx.slice(span);
    let slug = match &latin {
        Some(l) => slugify(l),
        None => slugify(&romanize_word(&name)),
    };
    let is_series = ctx.found.iter().any(|m| {
        m.key.kind == EntityKind::Series && m.span.begin <= span.begin && m.span.end >= span.end
    });
    if slug.is_empty() || is_series || overlaps_placed(placed, span) {
        return;
    }
    let key = EntityKey::new(EntityKind::Event, slug);
    out.add_event(plain_event(
        key.clone(),
        kind_of(&name),
        latin.as_deref(),
        Some(&name),
    ));
    placed.push(Placed {
        span,
        key,
        year: None,
    });
}

static SIGN_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<obj>[가-힣A-Za-z0-9()·\s-]{0,20}?(?:양해각서|업무협약|협약|의향서|선언문|선언|헌장|협정|MOU|MoU))\S*\s*(?:을|를)?\s*(?:체결|서명|채택)",
    )
});
static VISIT_KO: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:방한|방문)(?:하|했|한|을|하여|해|하였|할| 시| 때| 중| 당시)"));
static SIGN_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:signed|signs|sign|inked|signing of|to sign|adopted|adopts|to adopt)\b[^.]{0,40}?\b(?P<obj>(?:an?|the)\s+)?(?P<o>(?:[A-Z][\w-]*\s+)*(?:memorandum of understanding|Memorandum of Understanding|MOU|MoU|MoC|[Ll]etter of [Ii]ntent|LOI|[Dd]eclaration|[Aa]greement|Communique|[Cc]harter)(?:\s*\([A-Za-z]+\))?(?:\s+(?:on|for)\s+(?:[A-Z][\w-]*(?:\s+(?:(?:in the|of the|of|and|the|for)\s+)*[A-Z][\w-]*)*|[\w-]+))?)",
    )
});
static VISIT_EN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:visited|visits|will visit|paid a visit to|visit to)\b"));
/// `the ROK-EU Digital Partnership, signed on …`: the agreement before the verb.
static SIGN_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<obj>(?:[Tt]he|[Aa]n?)\s+)(?P<o>(?:[A-Z][\w-]*\s+)*(?:Memorandum of Understanding|MOU|MoU|MoC|Letter of Intent|Declaration|Agreement|Partnership|Charter)(?:\s*\([A-Za-z]+\))?(?:\s+(?:on|for)\s+[A-Z][\w-]*(?:\s+(?:(?:in the|of the|of|and|the|for)\s+)*[A-Z][\w-]*)*)?),?\s+signed\b",
    )
});

/// The `on …`/`for …` phrase after the document noun of an English signing's object.
static SIGN_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:memorandum of understanding|Memorandum of Understanding|MOU|MoU|MoC|[Ll]etter of [Ii]ntent|LOI|[Dd]eclaration|[Aa]greement|Communique|[Cc]harter)(?:\s*\([A-Za-z]+\))?(?P<tail>\s+(?:on|for)\s+\S.*)$",
    )
});
/// What may follow a whole object phrase: punctuation, the end, or a word that starts
/// another part of the sentence (`… on cybersecurity with Estonia`, `… in Seoul`).
static OBJECT_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s*$|\s*[,.;:)(]|\s+(?:with|between|among|at|in|on|during|and|to|by|from|as|under|which|that|last|this|next|today|yesterday|while|when|after|before|for|of the|in the|regarding|concerning|covering|including|involving|about|across|within|through|following|signed|was|were|is|are|will)\b)",
    )
});

/// The object of an English signing verb without an `on …`/`for …` phrase the pattern
/// cut short (`the MOU on expanding` of `… on expanding cooperation in …`): the object
/// ends at its document noun unless the phrase ends cleanly where the match does.
fn whole_object(ctx: &Ctx, o: Span) -> Span {
    let obj = ctx.slice(o);
    let Some(tail) = SIGN_TAIL.captures(&obj).and_then(|c| c.name("tail")) else {
        return o;
    };
    let rest: String = ctx.chars[o.end..(o.end + 20).min(ctx.chars.len())]
        .iter()
        .collect();
    if OBJECT_END.is_match(&rest) {
        return o;
    }
    Span {
        begin: o.begin,
        end: o.begin + obj[..tail.start()].chars().count(),
    }
}

/// (4) Unnamed signings and visits, one per sentence and kind.
fn happenings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let (sign, visit) = if ctx.lang() == Lang::Ko {
        (&SIGN_KO, &VISIT_KO)
    } else {
        (&SIGN_EN, &VISIT_EN)
    };
    let mut pats = vec![(sign, EventKind::Signing)];
    if ctx.lang() == Lang::En {
        pats.push((&SIGN_PASSIVE, EventKind::Signing));
    }
    pats.push((visit, EventKind::Visit));
    let mut n = 0;
    let mut done: Vec<(Span, EventKind)> = Vec::new();
    for (pat, kind) in pats {
        for caps in ctx.find_all(pat) {
            let Some(whole) = caps[0] else { continue };
            let sentence = ctx.sentence_of(whole.begin);
            if done.iter().any(|(s, k)| *s == sentence && *k == kind) {
                continue;
            }
            // An English object phrase ends cleanly, else at its document noun.
            let mut caps = caps;
            if kind == EventKind::Signing && ctx.lang() == Lang::En {
                if let Some(o) = caps.get_mut(2).and_then(|c| c.as_mut()) {
                    *o = whole_object(ctx, *o);
                }
            }
            // A named event of the same kind in the sentence covers it.
            if out.events().iter().any(|e| {
                e.kind == kind
                    && placed.iter().any(|p| {
                        p.key == e.entity.key
                            && p.span.begin >= sentence.begin
                            && p.span.end <= sentence.end
                    })
            }) {
                continue;
            }
            done.push((sentence, kind));
            let mut label = describe(ctx, sentence, kind, &caps);
            let mut visit: Option<(Vec<EntityKey>, EntityKey)> = None;
            let canonical = match kind {
                EventKind::Signing => signing_name(ctx, sentence, whole, &caps),
                // A visit is reported only with its named visitors.
                _ => match visit_name(ctx, out, sentence, whole) {
                    Some(v) => {
                        if let Some(ko) = v.ko {
                            label = ko;
                        }
                        visit = Some((v.visitors, v.destination));
                        Some(v.name)
                    }
                    None => continue,
                },
            };
            // A canonical name is the same in every notice and language: it is the key.
            let key = match &canonical {
                // A visit named again in another sentence may be another visit (`지난 5월
                // 방한 시`): a key of its own until the dates say (`qualify_repeated`).
                Some(name) if kind == EventKind::Visit => {
                    let mut slug = slugify(name);
                    let mut k = 1;
                    while out.events().iter().any(|e| e.entity.key.slug == slug) {
                        k += 1;
                        slug = format!("{}-{k}", slugify(name));
                    }
                    EntityKey::new(EntityKind::Event, slug)
                }
                Some(name) => EntityKey::new(EntityKind::Event, slugify(name)),
                None => {
                    n += 1;
                    EntityKey::new(EntityKind::Event, format!("{}-{n}", ctx.notice.id))
                }
            };
            let (en, ko) = match ctx.lang() {
                Lang::En => (Some(canonical.as_deref().unwrap_or(&label)), None),
                Lang::Ko => (canonical.as_deref(), Some(label.as_str())),
            };
            let mut ev = plain_event(key.clone(), kind, en, ko);
            // A visit's visitors attend it; the place visited is where it is.
            if let Some((visitors, destination)) = visit {
                ev.attendee = visitors;
                ev.location.push(destination);
            }
            // Letters of intent, declarations, charters and partnerships are documents
            // with names of their own (the gold gives them an Event line); memoranda and
            // agreements are named by their parties only.
            ev.named = kind == EventKind::Signing
                && [canonical.as_deref(), Some(label.as_str())]
                    .into_iter()
                    .flatten()
                    .any(|c| {
                        [
                            "Letter of Intent",
                            "Declaration",
                            "Partnership",
                            "Charter",
                            "선언",
                            "헌장",
                            "의향서",
                        ]
                        .iter()
                        .any(|d| c.contains(d))
                    });
            out.add_event(ev);
            placed.push(Placed {
                span: whole,
                key,
                year: None,
            });
        }
    }
}

static CEREMONY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?i:(?P<kind>opening|launching|launch|inauguration|inaugural|completion|signing) ceremony) (?:of|for) (?:the )?[‘'“]?(?P<x>(?:[A-Z][\w'-]*|e-[A-Z]?[\w-]*)(?: (?:(?:and|of|for|the) )*(?:[A-Z][\w'-]*|e-[A-Z]?[\w-]*))*)",
    )
});

/// (4d) `the opening ceremony of the ‘X’`: an unnamed event `Opening ceremony of the X`
/// (also launching, inauguration and completion ceremonies). X is quoted or a run of
/// capitalised words (with `and`, `of`, `for`, `on`, `e-` words inside).
fn ceremonies(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    for caps in ctx.find_all(&CEREMONY) {
        let (Some(kind), Some(x), Some(whole)) = (
            group(&CEREMONY, &caps, "kind"),
            group(&CEREMONY, &caps, "x"),
            caps[0],
        ) else {
            continue;
        };
        let name = ctx.slice(x);
        if name.split(' ').count() < 2 || overlaps_placed(placed, whole) {
            continue;
        }
        let mut kind = ctx.slice(kind).to_lowercase();
        if let Some(first) = kind.get(..1) {
            kind = format!("{}{}", first.to_uppercase(), &kind[1..]);
        }
        let label = format!("{kind} ceremony of the {name}");
        let key = EntityKey::new(EntityKind::Event, slugify(&label));
        if out.events().iter().any(|e| e.entity.key == key) {
            continue;
        }
        let mut ev = plain_event(key.clone(), EventKind::Other, Some(&label), None);
        ev.named = false;
        out.add_event(ev);
        placed.push(Placed {
            span: whole,
            key,
            year: None,
        });
    }
}

const LAUNCHED_THING: &str =
    r"(?P<x>(?:[A-Z][\w'-]*\s+){1,6}(?:Initiative|Strategy|Plan|Program|Programme|Vision|Policy))";
static LAUNCH_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{LAUNCHED_THING}(?:\s*\([A-Za-z]+\))?,?\s+(?:which |that )?(?:was |were |has been |had been )?(?P<verb>unveiled|announced|launched)\b"
    ))
});
static LAUNCH_ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<verb>unveiled|announced|launched)\s+(?:the\s+|its\s+|their\s+|an?\s+[\w-]+\s+(?:[\w-]+\s+)?(?:called|named|dubbed),?\s+){LAUNCHED_THING}"
    ))
});

/// Korean verbs of founding a body, with the noun the Korean label uses.
static KO_FOUNDED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?P<noun>창설|출범|설립|발족)(?:하|했|한|되|된|됐|시키|시켰|을|를|\s)"));

/// English words of founding a body, passive or participle (`was founded`, `, established
/// in`): the body is named before them.
static EN_FOUNDED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:was|were|has been|had been)\s+(?:founded|established|created|set up)|,\s*(?:founded|established|created)\s+(?:in|by|on))\b",
    )
});

/// (4e) The founding of a body: `X는 … 창설했다`, `X가 출범했다`, `X was founded in
/// 2014` → `Founding of X` (`X 창설` in Korean). X is the first organization (or series:
/// the body whose meetings they are, its `part_of`) before the verb in its sentence, in
/// Korean marked as subject, topic or object.
fn foundings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let ko = ctx.lang() == Lang::Ko;
    let pat: &Regex = if ko { &KO_FOUNDED } else { &EN_FOUNDED };
    for caps in ctx.find_all(pat) {
        let Some(verb) = caps[0] else { continue };
        let sentence = ctx.sentence_of(verb.begin);
        let before = ctx.found_in(
            Span {
                begin: sentence.begin,
                end: verb.begin,
            },
            &[EntityKind::Organization, EntityKind::Series],
        );
        let subject = if ko {
            before.iter().find(|m| {
                m.particle
                    .as_deref()
                    .is_some_and(|p| ["은", "는", "이", "가", "을", "를"].contains(&p))
            })
        } else {
            before
                .last()
                .filter(|m| verb.begin.saturating_sub(m.span.end) <= 40)
        };
        let Some(subject) = subject else { continue };
        let body = match subject.key.kind {
            EntityKind::Series => match ctx.gaz.get(&subject.key).and_then(|e| e.part_of.clone()) {
                Some(org) if org.kind == EntityKind::Organization => org,
                _ => continue,
            },
            _ => subject.key.clone(),
        };
        let Some(en_name) = ctx.label(out, &body, Lang::En) else {
            continue;
        };
        // `the Agency for …`, `the National …`, but `Digital-5`, `OECD`.
        let the = if en_name.split(' ').next().is_some_and(|w| {
            [
                "Ministry",
                "Agency",
                "Department",
                "Office",
                "Council",
                "Committee",
                "Commission",
                "National",
                "International",
                "World",
                "United",
                "European",
            ]
            .contains(&w)
        }) {
            "the "
        } else {
            ""
        };
        let en = format!("Founding of {the}{en_name}");
        let ko_label = match (ko, ctx.label(out, &body, Lang::Ko)) {
            (true, Some(name)) => {
                let noun = group(pat, &caps, "noun").map_or(String::new(), |n| ctx.slice(n));
                Some(format!("{name} {noun}"))
            }
            _ => None,
        };
        let key = EntityKey::new(EntityKind::Event, slugify(&en));
        if out.events().iter().any(|e| e.entity.key == key) || overlaps_placed(placed, verb) {
            continue;
        }
        if ctx.gaz.get(&body).is_some() {
            out.add_entity(
                ctx.gaz
                    .get(&body)
                    .cloned()
                    .unwrap_or_else(|| entity_with(body.clone(), Some(&en_name), None)),
            );
        }
        let mut ev = plain_event(
            key.clone(),
            EventKind::Other,
            Some(&en),
            ko_label.as_deref(),
        );
        ev.named = false;
        out.add_event(ev);
        placed.push(Placed {
            span: verb,
            key,
            year: None,
        });
    }
}

/// `외국 기자들을 위한 오찬을 주재`: a meal (`오찬`, `만찬`, `조찬`) hosted for guests.
static KO_MEAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?P<guests>(?:[가-힣]+ ){0,2}[가-힣]+?)(?:들)?(?:을|를) 위한 )?(?P<meal>오찬|만찬|조찬)(?: 간담회)?(?:을|를)? ?(?:주재|주최|개최|베풀)",
    )
});

/// `hosted a luncheon for foreign journalists`.
static EN_MEAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:hosted|hosts|will host|gave|gives|will give)\s+(?:a|an)\s+(?P<meal>luncheon|lunch|dinner|breakfast)\b(?:\s+for\s+(?:the\s+|some\s+|about\s+|\d+\s+)*(?P<guests>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?:\s+(?:at|in|on|from|who|to)\b|[,.]))?",
    )
});

/// Korean words for guests of a hosted meal, and their English.
const KO_GUESTS: &[(&str, &str)] = &[
    ("외국 기자", "foreign journalists"),
    ("외신 기자", "foreign correspondents"),
    ("기자", "journalists"),
    ("주한 외교단", "the diplomatic corps in Korea"),
    ("주한 대사", "ambassadors to Korea"),
    ("대표단", "the delegation"),
    ("참가자", "participants"),
    ("참석자", "participants"),
    ("연수생", "trainees"),
    ("유학생", "international students"),
    ("장관", "ministers"),
];

/// (4f) A meal hosted by a named person: `A 장관은 … 외국 기자들을 위한 오찬을 주재`,
/// `A hosted a luncheon for foreign journalists` → `Luncheon hosted by Minister A for
/// foreign journalists` (README conventions; the host's title from the post the notice
/// gives them, the guests in English where the words are known). The host is the last
/// person named before the words in the sentence.
fn hosted_meals(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let ko = ctx.lang() == Lang::Ko;
    let pat: &Regex = if ko { &KO_MEAL } else { &EN_MEAL };
    for caps in ctx.find_all(pat) {
        let (Some(whole), Some(meal)) = (caps[0], group(pat, &caps, "meal")) else {
            continue;
        };
        let sentence = ctx.sentence_of(whole.begin);
        // (The guests' words may reach back over the host's name: search up to the meal.)
        let hosts = ctx.found_in(
            Span {
                begin: sentence.begin,
                end: meal
                    .begin
                    .min(group(pat, &caps, "guests").map_or(meal.begin, |g| g.end)),
            },
            &[EntityKind::Person],
        );
        let Some(host) = hosts.last() else { continue };
        let Some(name) = person_label(ctx, out, &host.key) else {
            continue;
        };
        // The host's title: from a post the notice gives them, else a known post written
        // right next to the name (`강경화 외교장관`, `Foreign Minister Kang`).
        let adjacent = ctx.found.iter().filter(|m| {
            m.key.kind == EntityKind::Post
                && (m.span.begin >= host.span.end && m.span.begin <= host.span.end + 1
                    || m.span.end <= host.span.begin && m.span.end + 1 >= host.span.begin)
        });
        let title = out
            .posts_of(&host.key)
            .into_iter()
            .chain(adjacent.map(|m| &m.key))
            .find_map(|p| ctx.gaz.record(p).and_then(|r| r.title_en.clone()))
            .map(|t| format!("{t} "))
            .unwrap_or_default();
        let meal_text = ctx.slice(meal).to_lowercase();
        let meal_en = match meal_text.as_str() {
            "오찬" | "luncheon" | "lunch" => "Luncheon",
            "만찬" | "dinner" => "Dinner",
            _ => "Breakfast",
        };
        // Korean guests: the longest known words ending the phrase (`…명의 외국 기자`).
        let guests = group(pat, &caps, "guests").map(|g| ctx.slice(g));
        let known_guests = guests.as_ref().and_then(|g| {
            KO_GUESTS
                .iter()
                .filter(|(k, _)| g == k || g.ends_with(&format!(" {k}")))
                .max_by_key(|(k, _)| k.len())
        });
        let guests_en = match (ko, &guests) {
            (true, _) => known_guests.map(|(_, e)| (*e).to_string()),
            (false, Some(g)) => Some(g.clone()),
            _ => None,
        };
        let guests = if ko {
            known_guests.map(|(k, _)| (*k).to_string())
        } else {
            guests
        };
        let en = match guests_en {
            Some(g) => format!("{meal_en} hosted by {title}{name} for {g}"),
            None => format!("{meal_en} hosted by {title}{name}"),
        };
        let ko_label = if ko {
            let host_ko = ctx.label(out, &host.key, Lang::Ko).unwrap_or_default();
            Some(match &guests {
                Some(g) => format!("{host_ko} 주재 {g} {}", ctx.slice(meal)),
                None => format!("{host_ko} 주재 {}", ctx.slice(meal)),
            })
        } else {
            None
        };
        let key = EntityKey::new(EntityKind::Event, slugify(&en));
        if out.events().iter().any(|e| e.entity.key == key) || overlaps_placed(placed, meal) {
            continue;
        }
        let mut ev = plain_event(
            key.clone(),
            EventKind::Other,
            Some(&en),
            ko_label.as_deref(),
        );
        ev.named = false;
        ev.organizer.push(host.key.clone());
        out.add_event(ev);
        placed.push(Placed {
            span: meal,
            key,
            year: None,
        });
    }
}

/// A Korean event noun followed by a verb of holding (`간담회 개최`, `회의를 열었다`,
/// `세미나를 가졌다`).
static KO_HELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<noun>간담회|협의회|설명회|토론회|회의|포럼|세미나|워크숍)(?:을|를|가|이)?\s?(?:개최|열었|열린|열렸|연다|열어|가졌|갖)",
    )
});

/// Words that point at an event or say when or how often it is held, rather than name it
/// (`이번 회의`, `각 급별 회의`, `매년 회의`).
const KO_DETERMINERS: &[&str] = &[
    "이번",
    "금번",
    "동",
    "각",
    "이",
    "그",
    "본",
    "해당",
    "올해",
    "작년",
    "내년",
    "지난",
    "다음",
    "관련",
    "등",
    "및",
    "또는",
    "첫",
    "두",
    "세",
    "여러",
    "모든",
    "매년",
    "매월",
    "매달",
    "매주",
    "격년",
    "이날",
    "오늘",
    "내일",
    "어제",
    "최근",
    "처음",
    "함께",
    "직접",
    "다시",
    "또",
    "또한",
    "현재",
    "향후",
    "앞으로",
    "잇따라",
    "수시로",
    "별도",
];

/// (3c) Korean events named by the plain nouns before an event noun that is held
/// (`… 등 정책조율 간담회 개최`): up to two nouns before it (no particle, number, date,
/// determiner, person, post or verb form), at least one. The name is Korean only.
fn held_ko(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::Ko {
        return;
    }
    for caps in ctx.find_all(&KO_HELD) {
        let Some(noun) = group(&KO_HELD, &caps, "noun") else {
            continue;
        };
        // The word the noun ends (`실무회의`) and up to two plain words before it.
        let mut begin = noun.begin;
        while begin > 0 && !ctx.chars[begin - 1].is_whitespace() {
            begin -= 1;
        }
        let mut words = 0;
        loop {
            if begin < 2 || ctx.chars[begin - 1] != ' ' || words == 2 {
                break;
            }
            let mut b = begin - 1;
            while b > 0 && !ctx.chars[b - 1].is_whitespace() {
                b -= 1;
            }
            let word = ctx.slice(Span {
                begin: b,
                end: begin - 1,
            });
            let plain = !word.is_empty()
                && word.chars().all(|c| ('가'..='힣').contains(&c))
                && crate::ingest::particles::strip_particle(&word).1.is_none()
                && !KO_DETERMINERS.contains(&word.as_str())
                && !word.ends_with([
                    '은', '는', '인', '한', '된', '할', '될', '던', '고', '며', '서', '여', '아',
                    '어', '해', '게',
                ])
                && !ctx.found.iter().any(|m| {
                    m.span.begin < begin - 1
                        && b < m.span.end
                        && matches!(m.key.kind, EntityKind::Person | EntityKind::Post)
                });
            if !plain {
                break;
            }
            begin = b;
            words += 1;
        }
        let span = Span {
            begin,
            end: noun.end,
        };
        if words == 0 || overlaps_placed(placed, span) {
            continue;
        }
        add_named(ctx, out, placed, span, None);
    }
}

/// (4c) Launches, unveilings and announcements of a named initiative, strategy, plan or
/// programme (`X, which was announced in May`, `launched a program called X`,
/// `X unveiled by …`): an unnamed event `Launch|Unveiling|Announcement of the X`, and X
/// itself is a topic of the notice (not an event).
fn launches(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    for pat in [&LAUNCH_PASSIVE, &LAUNCH_ACTIVE] {
        for caps in ctx.find_all(pat) {
            let (Some(mut x), Some(verb)) = (group(pat, &caps, "x"), group(pat, &caps, "verb"))
            else {
                continue;
            };
            // `Korea's Digital … Plan`: the owner's possessive is not part of the name.
            let text = ctx.slice(x);
            if let Some((first, rest)) = text.split_once(' ')
                && (first.ends_with("'s") || first.ends_with("’s") || first == "The")
                && rest.contains(' ')
            {
                x.begin += first.chars().count() + 1;
            }
            let name = ctx.slice(x);
            let noun = match ctx.slice(verb).as_str() {
                "unveiled" => "Unveiling",
                "announced" => "Announcement",
                _ => "Launch",
            };
            // The thing is a topic, not an event of its own.
            let thing_key = EntityKey::new(EntityKind::Event, slugify(&name));
            if out.remove_event(&thing_key).is_some() {
                placed.retain(|p| p.key != thing_key);
            }
            let topic = EntityKey::new(EntityKind::Topic, slugify(&name));
            out.add_entity(entity_with(topic.clone(), Some(&name), None));
            out.mention(x, name.clone(), topic);
            let label = format!("{noun} of the {name}");
            let key = EntityKey::new(EntityKind::Event, slugify(&label));
            if out.events().iter().any(|e| e.entity.key == key) {
                continue;
            }
            let mut ev = plain_event(key.clone(), EventKind::Other, Some(&label), None);
            ev.named = false;
            out.add_event(ev);
            placed.push(Placed {
                span: verb,
                key,
                year: None,
            });
        }
    }
}

/// The English name of a person found in the notice (gazetteer or notice entity).
fn person_label(ctx: &Ctx, out: &Out, key: &EntityKey) -> Option<String> {
    ctx.label(out, key, Lang::En)
}

static MET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:met|meets|will meet|(?:had|held|will hold|holds) (?:a |an )?(?P<bi>bilateral )?(?:meeting|talks|meetings)) with\b|\bmet\b",
    )
});
static THEIR_SUMMIT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:in|at|during) their (?:summit|summit talks|meeting)\b"));

/// (4b) Unnamed meetings of two named persons (README conventions): `A met (with) B`,
/// `A had a bilateral meeting with B` → `Meeting of A and B` / `Bilateral meeting of A and
/// B`; `A and B … in their summit` → `Summit of A and B`. A is the person written last
/// before the verb (within a short gap), B the first person after it.
fn meetings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    let mut done: Vec<Span> = Vec::new();
    // The persons who meet attend the meeting.
    let add = |out: &mut Out,
               placed: &mut Vec<Placed>,
               name: String,
               span: Span,
               parties: Vec<EntityKey>| {
        let key = EntityKey::new(EntityKind::Event, slugify(&name));
        if out.events().iter().any(|e| e.entity.key == key) {
            return;
        }
        let mut ev = plain_event(key.clone(), EventKind::Meeting, Some(&name), None);
        ev.named = false;
        ev.attendee = parties;
        out.add_event(ev);
        placed.push(Placed {
            span,
            key,
            year: None,
        });
    };
    for caps in ctx.find_all(&MET) {
        let Some(verb) = caps[0] else { continue };
        let sentence = ctx.sentence_of(verb.begin);
        if done.contains(&sentence) {
            continue;
        }
        let before = ctx.found_in(
            Span {
                begin: sentence.begin,
                end: verb.begin,
            },
            &[EntityKind::Person],
        );
        let Some(a) = before.last() else { continue };
        let gap = ctx.slice(Span {
            begin: a.span.end,
            end: verb.begin,
        });
        if gap.chars().count() > 20 || gap.contains(',') {
            continue;
        }
        let after = ctx.found_in(
            Span {
                begin: verb.end,
                end: sentence.end.min(verb.end + 90),
            },
            &[EntityKind::Person],
        );
        let Some(b) = after.first() else { continue };
        let parties = vec![a.key.clone(), b.key.clone()];
        let (Some(a), Some(b)) = (
            person_label(ctx, out, &a.key),
            person_label(ctx, out, &b.key),
        ) else {
            continue;
        };
        if a == b {
            continue;
        }
        done.push(sentence);
        let head = if caps[1].is_some() {
            "Bilateral meeting"
        } else {
            "Meeting"
        };
        add(out, placed, format!("{head} of {a} and {b}"), verb, parties);
    }
    for caps in ctx.find_all(&THEIR_SUMMIT) {
        let Some(at) = caps[0] else { continue };
        let sentence = ctx.sentence_of(at.begin);
        let persons = ctx.found_in(
            Span {
                begin: sentence.begin,
                end: at.begin,
            },
            &[EntityKind::Person],
        );
        let mut names: Vec<String> = Vec::new();
        let mut parties: Vec<EntityKey> = Vec::new();
        for m in &persons {
            if let Some(n) = person_label(ctx, out, &m.key) {
                push_unique(&mut names, n);
                push_unique(&mut parties, m.key.clone());
            }
        }
        if names.len() != 2 || parties.len() != 2 {
            continue;
        }
        let noun = if ctx.slice(at).contains("summit") {
            "Summit"
        } else {
            "Meeting"
        };
        add(
            out,
            placed,
            format!("{noun} of {} and {}", names[0], names[1]),
            at,
            parties,
        );
    }
}

/// The short name of a country as the first or second party of a bilateral agreement
/// (`Korea`, `Belarus`, `Czech` for the Czech Republic).
fn party_name(ctx: &Ctx, key: &EntityKey) -> Option<String> {
    if key.slug == "kr" {
        return Some("Korea".to_string());
    }
    let en = ctx.gaz.get(key)?.label(Lang::En)?.to_string();
    Some(en.strip_suffix(" Republic").unwrap_or(&en).to_string())
}

/// The foreign country a bilateral happening in `sentence` is with: the first country
/// (or body qualified `(Country)`, like `Ministry of the Interior (Serbia)`) named after
/// `pos`, else the last one before it, else the foreign country the notice names most.
fn counterpart(ctx: &Ctx, sentence: Span, pos: usize) -> Option<EntityKey> {
    let country_of = |m: &super::Match| -> Option<EntityKey> {
        match m.key.kind {
            EntityKind::Country => Some(m.key.clone()),
            EntityKind::Organization | EntityKind::Post => {
                let label = ctx.gaz.get(&m.key)?.label(Lang::En)?;
                let inner = label.strip_suffix(')')?.rsplit_once(" (")?.1;
                ctx.gaz
                    .lookup(inner, Some(EntityKind::Country), ctx.date())
                    .map(|e| e.key.clone())
            }
            _ => None,
        }
    };
    let foreign: Vec<(Span, EntityKey)> = ctx
        .found_in(sentence, &[])
        .into_iter()
        .filter_map(|m| country_of(m).map(|k| (m.span, k)))
        .filter(|(_, k)| k.slug != "kr")
        .collect();
    if let Some((_, k)) = foreign
        .iter()
        .find(|(s, _)| s.begin >= pos)
        .or_else(|| foreign.iter().rfind(|(s, _)| s.end <= pos))
    {
        return Some(k.clone());
    }
    let mut counts: Vec<(EntityKey, usize)> = Vec::new();
    for m in &ctx.found {
        if let Some(k) = country_of(m).filter(|k| k.slug != "kr") {
            match counts.iter_mut().find(|(x, _)| *x == k) {
                Some((_, n)) => *n += 1,
                None => counts.push((k, 1)),
            }
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    let mut top = counts.into_iter().filter(|(_, n)| *n == best);
    match (top.next(), top.next()) {
        (Some((k, _)), None) => Some(k),
        _ => None,
    }
}

static LEADING_ARTICLE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?i:an?|the)\s+"));
static MOU_ABBR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)memorandum of understanding\s*\((MOU)\)"));
static MOU_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"memorandum of understanding|Memorandum of Understanding(?:\s*\(MOU\))?$")
});
static LOI_ABBR: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(letter of intent)\s*\(LOI\)"));
static NAMED_PARTIES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<a>[A-Z][\w]*)\s?[-–]\s?(?P<b>[A-Z][\w ]*?\s+(?:Partnership|MOU|MoU|Agreement|Declaration))",
    )
});
static MULTILATERAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:three|four|five|six|seven|eight|nine|ten|\d+) (?:countries|nations|member states)\b|\d+\s?개국|각국",
    )
});

/// The canonical English name of a reported bilateral signing (README "Agreements"):
/// `Signing of the Korea-<counterpart> <agreement>[ for Cooperation][ on <theme>]`, the
/// counterpart being the other country the sentence names (the first after the verb,
/// else the last before it). An agreement named with its parties (`ROK-EU Digital
/// Partnership`) keeps them, `ROK` written out. `None` when no counterpart is named.
fn signing_name(ctx: &Ctx, sentence: Span, whole: Span, caps: &[Option<Span>]) -> Option<String> {
    let (agreement, theme) = match ctx.lang() {
        Lang::En => {
            let obj = ctx.slice(caps.get(2).copied().flatten()?);
            let obj = LEADING_ARTICLE.replace(obj.trim(), "").to_string();
            let obj = MOU_ABBR.replace(&obj, "$1").to_string();
            let obj = MOU_WORDS.replace(&obj, "MOU").to_string();
            let obj = LOI_ABBR.replace(&obj, "$1").to_string();
            if let Some(c) = NAMED_PARTIES.captures(&obj) {
                let a = if &c["a"] == "ROK" {
                    "Republic of Korea"
                } else {
                    &c["a"]
                };
                let rest = &obj[c.name("b")?.start()..];
                return Some(format!("Signing of the {a}-{rest}"));
            }
            (obj, None)
        }
        Lang::Ko => {
            let obj = ctx.slice(caps.get(1).copied().flatten()?);
            let noun = [
                ("양해각서", "MOU"),
                ("업무협약", "MOU"),
                ("MOU", "MOU"),
                ("MoU", "MoU"),
                ("의향서", "Letter of Intent"),
                ("선언", "Declaration"),
                ("헌장", "Charter"),
                ("협정", "Agreement"),
                ("협약", "Agreement"),
            ]
            .iter()
            .find(|(k, _)| obj.contains(k))
            .map(|(_, e)| *e)?;
            let cooperation = if obj.contains("협력") {
                " for Cooperation"
            } else {
                ""
            };
            let obj_span = caps.get(1).copied().flatten()?;
            let theme = ctx
                .found_in(obj_span, &[EntityKind::Topic])
                .first()
                .and_then(|m| ctx.gaz.get(&m.key))
                .and_then(|e| e.label(Lang::En))
                .map(str::to_string)
                .or_else(|| {
                    // A field written before the agreement (`전자정부 분야 협력에 관한`).
                    obj.split_whitespace()
                        .map(|w| crate::ingest::particles::strip_particle(w).0)
                        .find_map(|w| {
                            ctx.gaz
                                .lookup(w, Some(EntityKind::Topic), ctx.date())
                                .and_then(|e| e.label(Lang::En))
                                .map(str::to_string)
                        })
                });
            (format!("{noun}{cooperation}"), theme)
        }
    };
    // An agreement for cooperation with no field stated is in the notice's main field.
    let theme = match theme {
        None if agreement.ends_with("for Cooperation") => main_topic(ctx),
        t => t,
    };
    // A declaration or communiqué of several countries is no bilateral agreement.
    let text = ctx.slice(sentence);
    if MULTILATERAL.is_match(&text) {
        return None;
    }
    let counterpart = counterpart(ctx, sentence, whole.begin)?;
    let party = party_name(ctx, &counterpart)?;
    let theme = theme.map(|t| format!(" on {t}")).unwrap_or_default();
    Some(format!("Signing of the Korea-{party} {agreement}{theme}"))
}

/// The field a notice is about: the topic it names most, at least three times (ties
/// give none).
fn main_topic(ctx: &Ctx) -> Option<String> {
    let mut counts: Vec<(&EntityKey, usize)> = Vec::new();
    for m in ctx.found.iter().filter(|m| m.key.kind == EntityKind::Topic) {
        match counts.iter_mut().find(|(k, _)| **k == m.key) {
            Some((_, n)) => *n += 1,
            None => counts.push((&m.key, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().filter(|n| *n >= 3)?;
    let mut top = counts.iter().filter(|(_, n)| *n == best);
    match (top.next(), top.next()) {
        (Some((k, _)), None) => ctx.gaz.get(k)?.label(Lang::En).map(str::to_string),
        _ => None,
    }
}

static LED_BY: LazyLock<Regex> = LazyLock::new(|| re(r"(?:headed|led) by\b"));
/// The words between two persons joined as one party (`A 대통령과 B`, `A, B`, `A 및 B`).
static KO_JOINED: LazyLock<Regex> = LazyLock::new(|| re(r"(?:와|과|및|,)\s*$"));

/// Korean words for two officials meeting: `면담`, `회담`, `접견`, `회동`, `만나다`.
static KO_MEET: LazyLock<Regex> = LazyLock::new(|| re(r"면담|회담|접견|회동|만나|만났|만남"));

/// (4b, Korean) Meetings of two named persons: `A는 … B 장관과 면담을 가졌다`, `A와 B는
/// 회담했다`, `A는 B를 접견했다` → `Meeting of A and B` (README conventions), the two
/// persons named last before the verb in its sentence; the second stands close before the
/// verb; a `정상회담` is a `Summit of A and B`. Labelled `A·B 면담` (with the verb's noun)
/// in Korean.
fn meetings_ko(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::Ko {
        return;
    }
    let mut done: Vec<Span> = Vec::new();
    for caps in ctx.find_all(&KO_MEET) {
        let Some(verb) = caps[0] else { continue };
        let sentence = ctx.sentence_of(verb.begin);
        if done.contains(&sentence) {
            continue;
        }
        let mut persons: Vec<&super::Match> = Vec::new();
        for m in ctx.found_in(
            Span {
                begin: sentence.begin,
                end: verb.begin,
            },
            &[EntityKind::Person],
        ) {
            if !persons.iter().any(|p| p.key == m.key) {
                persons.push(m);
            }
        }
        let [a, b] = persons.as_slice() else { continue };
        let gap = ctx.slice(Span {
            begin: b.span.end,
            end: verb.begin,
        });
        if gap.chars().count() > 25 || gap.contains(',') {
            continue;
        }
        let (Some(a_en), Some(b_en)) = (
            person_label(ctx, out, &a.key),
            person_label(ctx, out, &b.key),
        ) else {
            continue;
        };
        // `정상회담`: a meeting of heads of state or government is a summit.
        let summit = ctx.slice(Span {
            begin: verb.begin.saturating_sub(2),
            end: verb.begin,
        }) == "정상";
        let ko = match (
            ctx.label(out, &a.key, Lang::Ko),
            ctx.label(out, &b.key, Lang::Ko),
        ) {
            (Some(x), Some(y)) => {
                let noun = match ctx.slice(verb).as_str() {
                    "만나" | "만났" | "만남" => "만남".to_string(),
                    v if summit => format!("정상{v}"),
                    v => v.to_string(),
                };
                Some(format!("{x}·{y} {noun}"))
            }
            _ => None,
        };
        done.push(sentence);
        let head = if summit { "Summit" } else { "Meeting" };
        let en = format!("{head} of {a_en} and {b_en}");
        let mut slug = slugify(&en);
        let mut n = 1;
        while out.events().iter().any(|e| e.entity.key.slug == slug) {
            n += 1;
            slug = format!("{}-{n}", slugify(&en));
        }
        let key = EntityKey::new(EntityKind::Event, slug);
        let mut ev = plain_event(key.clone(), EventKind::Meeting, Some(&en), ko.as_deref());
        ev.named = false;
        // The two who meet attend the meeting.
        ev.attendee = vec![a.key.clone(), b.key.clone()];
        out.add_event(ev);
        placed.push(Placed {
            span: verb,
            key,
            year: None,
        });
    }
}

/// A meeting or visit counted as one of several (`4번째 만남`, `두 번째 방한`, `their
/// third meeting`, `second visit`).
static COUNTED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\d+|두|세|네|다섯)\s?번째\s?(?:만남|면담|회담|방한|방문)|(?i:\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th))\s+(?:meeting|visit)\b)",
    )
});

/// Month names for `(Month Year)` qualifiers.
const MONTHS: [&str; 12] = [
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

/// A notice that reports several visits or meetings on different dates names each with
/// its date (README conventions: `Visit of A to B (March 2017)`, `Meeting of A and B (May
/// 2016)`): the English label gets `(Month Year)` (or `(Year)`), and the key follows it.
/// A notice that counts them (`4번째 만남`, `their third meeting`, `second visit`) says
/// there were others, so its visits and meetings are dated too. One visit or meeting, or
/// several in one month, keep the plain name otherwise.
fn qualify_repeated(ctx: &Ctx, out: &mut Out, placed: &mut [Placed]) {
    let is_happening = |e: &Event| {
        !e.named
            && matches!(e.kind, EventKind::Visit | EventKind::Meeting)
            && e.entity
                .label(Lang::En)
                .is_some_and(|l| l.starts_with("Visit of ") || l.starts_with("Meeting of "))
    };
    let when = |d: DateValue| match d {
        DateValue::Year(y) => format!("{y}"),
        DateValue::YearMonth(y, m) | DateValue::Date(y, m, _) => {
            format!("{} {y}", MONTHS[(m as usize).clamp(1, 12) - 1])
        }
    };
    // Happenings of one name told in several sentences: those without a date of their
    // own, or in the same month, are one happening.
    let named_alike: Vec<(EntityKey, String, Option<String>)> = out
        .events()
        .iter()
        .filter(|e| is_happening(e))
        .filter_map(|e| {
            Some((
                e.entity.key.clone(),
                e.entity.label(Lang::En)?.to_string(),
                e.start.map(when),
            ))
        })
        .collect();
    for (i, (key, label, w)) in named_alike.iter().enumerate() {
        let keeper = named_alike[..i].iter().find(|(k, l, kw)| {
            l == label
                && out.events().iter().any(|e| &e.entity.key == k)
                && (w.is_none() || kw.is_none() || kw == w)
        });
        let Some((keeper, _, _)) = keeper else {
            continue;
        };
        if let Some(mut ev) = out.remove_event(key) {
            ev.entity.key = keeper.clone();
            out.add_event(ev);
            for p in placed.iter_mut().filter(|p| &p.key == key) {
                p.key = keeper.clone();
            }
        }
    }
    let dated: Vec<(EntityKey, String, String)> = out
        .events()
        .iter()
        .filter(|e| is_happening(e))
        .filter_map(|e| {
            Some((
                e.entity.key.clone(),
                e.entity.label(Lang::En)?.to_string(),
                when(e.start?),
            ))
        })
        .collect();
    let mut distinct: Vec<&str> = Vec::new();
    for (_, _, w) in &dated {
        push_unique(&mut distinct, w.as_str());
    }
    if distinct.is_empty() || distinct.len() < 2 && !COUNTED_MEETING.is_match(ctx.text()) {
        return;
    }
    for (key, label, w) in &dated {
        let Some(mut ev) = out.remove_event(key) else {
            continue;
        };
        let label = format!("{label} ({w})");
        let new_key = EntityKey::new(EntityKind::Event, slugify(&label));
        let ko = ev.entity.label(Lang::Ko).map(str::to_string);
        ev.entity = entity_with(new_key.clone(), Some(&label), ko.as_deref());
        out.add_event(ev);
        for p in placed.iter_mut().filter(|p| &p.key == key) {
            p.key = new_key.clone();
        }
    }
}

/// Re-keys events whose identity across notices is known (see [`identity_key`]):
/// dated ordinal editions by year, ordinal named events by a language-neutral series
/// form, signings by their named document. Two editions of different numbers never
/// meet under one key (one of their dates would be wrong); events of one key merge.
fn identities(ctx: &Ctx, out: &mut Out, placed: &mut [Placed]) {
    let proposals: Vec<(EntityKey, EntityKey, Option<u32>)> = out
        .events()
        .iter()
        .filter_map(|ev| {
            let new = identity_key(ctx, ev)?;
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

/// A visit as [`visit_name`] finds it: its names, its visitors and where they went.
struct VisitName {
    /// `Visit of <A>[ and <B>] to <country>`.
    name: String,
    /// `A·B 방한`, `A 일본 방문`, when every visitor has a Korean label.
    ko: Option<String>,
    /// The persons named as visiting, in text order.
    visitors: Vec<EntityKey>,
    /// The country visited.
    destination: EntityKey,
}

/// The canonical English name of a visit (README conventions): `Visit of <A>[ and <B>]
/// to <country>`. The visitors are the persons named as the subject, right before the
/// verb (a person introduced by `headed by`/`led by` leads a delegation, not a visit of
/// their own); the destination is the country right after the verb (`visited Korea`,
/// `한국을 방문`), or Korea for `방한`. `None` without a named visitor or a destination.
fn visit_name(ctx: &Ctx, out: &Out, sentence: Span, verb: Span) -> Option<VisitName> {
    let persons: Vec<&super::Match> = ctx
        .found_in(
            Span {
                begin: sentence.begin,
                end: verb.begin,
            },
            &[EntityKind::Person],
        )
        .into_iter()
        .filter(|m| {
            let before = ctx.slice(Span {
                begin: m.span.begin.saturating_sub(60).max(sentence.begin),
                end: m.span.begin,
            });
            !LED_BY.is_match(&before)
        })
        .collect();
    // In Korean the visitors are the last person before the verb and those joined to it
    // (`A 대통령과 B 총리가 방한`); the subject may stand further from the verb (a title
    // and a date between).
    let persons = match ctx.lang() {
        Lang::En => persons,
        Lang::Ko => {
            let mut chain: Vec<&super::Match> = Vec::new();
            for m in persons.iter().rev() {
                // `칼률라이드(Kaljulaid)`: the same person written twice.
                if chain.last().is_some_and(|next| next.key == m.key) {
                    if let Some(last) = chain.last_mut() {
                        *last = m;
                    }
                    continue;
                }
                let joined = chain.last().is_none_or(|next| {
                    let gap = ctx.slice(Span {
                        begin: m.span.end,
                        end: next.span.begin,
                    });
                    gap.chars().count() <= 30 && KO_JOINED.is_match(&gap)
                });
                if !joined {
                    break;
                }
                chain.push(m);
            }
            chain.reverse();
            chain
        }
    };
    let last = persons.last()?;
    let gap = ctx.slice(Span {
        begin: last.span.end,
        end: verb.begin,
    });
    let max_gap = if ctx.lang() == Lang::Ko { 70 } else { 24 };
    if gap.chars().count() > max_gap || gap.contains(',') && ctx.lang() == Lang::En && gap.len() > 2
    {
        return None;
    }
    let verb_text = ctx.slice(verb);
    let destination = if verb_text.starts_with("방한") {
        Some(EntityKey::new(EntityKind::Country, "kr"))
    } else {
        let countries = ctx.found_in(sentence, &[EntityKind::Country]);
        match ctx.lang() {
            Lang::En => countries
                .iter()
                .find(|m| m.span.begin >= verb.end && m.span.begin <= verb.end + 6)
                .map(|m| m.key.clone()),
            Lang::Ko => countries
                .iter()
                .rfind(|m| m.span.end <= verb.begin && m.span.end + 3 >= verb.begin)
                .map(|m| m.key.clone()),
        }
    }?;
    let place = ctx.gaz.get(&destination)?.label(Lang::En)?.to_string();
    let place = if place.starts_with("Republic")
        || place.starts_with("United")
        || place.starts_with("Czech")
    {
        format!("the {place}")
    } else {
        place
    };
    let mut names: Vec<String> = Vec::new();
    let mut names_ko: Vec<String> = Vec::new();
    let mut visitors: Vec<EntityKey> = Vec::new();
    for m in &persons {
        if let Some(n) = ctx.label(out, &m.key, Lang::En) {
            push_unique(&mut visitors, m.key.clone());
            push_unique(&mut names, n);
            if let Some(k) = ctx.label(out, &m.key, Lang::Ko) {
                push_unique(&mut names_ko, k);
            }
        }
    }
    if names.is_empty() {
        return None;
    }
    // In Korean: `A·B 방한`, `A 일본 방문`.
    let ko = (names_ko.len() == names.len()).then(|| {
        let who = names_ko.join("·");
        if destination.slug == "kr" {
            Some(format!("{who} 방한"))
        } else {
            ctx.label(out, &destination, Lang::Ko)
                .map(|d| format!("{who} {d} 방문"))
        }
    });
    Some(VisitName {
        name: format!("Visit of {} to {place}", names.join(" and ")),
        ko: ko.flatten(),
        visitors,
        destination,
    })
}

/// The name of the document in the Korean object of a signing verb: the words before the
/// document noun back to the last word that ends a clause (a connective `및`/`등`/`또는`,
/// or a word ending in a case particle or an adnominal ending, like `등을`, `담은`,
/// `포함한`), so
/// `D5 결과 등을 담은 부산선언문` names `부산선언문`, while `전자정부 분야 협력에 관한
/// 협력의향서` stays whole (`에 관한` links the field to the document).
fn ko_document_name(obj: &str) -> String {
    let toks: Vec<&str> = obj.split_whitespace().collect();
    let ends_clause = |t: &str| {
        if ["및", "등", "또는", "그리고"].contains(&t) {
            return true;
        }
        let (stem, particle) = crate::ingest::particles::strip_particle(t);
        if particle.is_some_and(|p| !["에", "의", "에서"].contains(&p)) && !stem.is_empty() {
            return true;
        }
        // One syllable and a particle or adnominal ending (`등을`, `것을`, `담은`), or a
        // verb's adnominal form (`포함한`, `규정된`), but not the postpositions that link
        // a field to the document (`협력에 관한`, `교류를 위한`).
        let chars: Vec<char> = t.chars().collect();
        (chars.len() == 2 && ['을', '를', '은', '는'].contains(&chars[1]))
            || (chars.len() >= 2
                && t.ends_with(['한', '된', '은', '는'])
                && !["관한", "대한", "위한", "의한", "통한", "향한"].contains(&t))
    };
    let start = toks[..toks.len().saturating_sub(1)]
        .iter()
        .rposition(|t| ends_clause(t))
        .map_or(0, |i| i + 1);
    toks[start..].join(" ")
}

/// A descriptive label for an unnamed happening, in the notice language.
fn describe(ctx: &Ctx, sentence: Span, kind: EventKind, caps: &[Option<Span>]) -> String {
    let ko = ctx.lang() == Lang::Ko;
    match kind {
        EventKind::Signing => {
            let obj = caps
                .get(if ko { 1 } else { 2 })
                .copied()
                .flatten()
                .map(|s| ctx.slice(s).trim().to_string())
                .unwrap_or_default();
            if ko {
                format!("{} 체결", ko_document_name(&obj))
            } else {
                format!("Signing of the {obj}")
            }
        }
        _ => {
            let who = ctx
                .found_in(
                    sentence,
                    &[
                        EntityKind::Person,
                        EntityKind::Organization,
                        EntityKind::Country,
                    ],
                )
                .first()
                .map(|m| m.surface.clone())
                .unwrap_or_default();
            if ko {
                format!("{who} 방문").trim().to_string()
            } else {
                format!("Visit of {who}")
            }
        }
    }
}

static FUTURE_EN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:will|to be held|upcoming|plans? to|is to|are to|scheduled)\b"));
static FUTURE_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(r"예정|개최한다|할 계획|열린다|개최할|참석한다|연다|갖는다|체결한다|방문한다")
});
static HOST_BY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:hosted|organi[sz]ed|held|convened|co-hosted) by\s+(?:the\s+)?$"));
static HOST_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:will host|hosts|hosted|will hold|holds|held|organi[sz]ed|will organi[sz]e|convened)\s+(?:the|a|an|its|this|[A-Z0-9])",
    )
});
static ATTEND: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)attend|particip|joined|delegat|참석|참가|참여"));
/// A word naming a happening in an English notice: a place after `in`/`at` belongs to
/// the nearest such word before it.
static EVENT_NOUN_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:meeting|summit|forum|seminar|conference|workshop|session|ceremony|course|training|visit|fair|festival|council|dialogue|roundtable|talks|expo|exhibition|luncheon|dinner|signing|olympics)s?\b",
    )
});
/// An active Korean verb of holding or running an event (`개최한`, `진행한다`, `주관하는`);
/// passive forms (`개최된`, `열린`) do not make the subject the organizer.
static KO_HOST_ACTIVE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:개최|주최|주관|진행|실시|운영)(?:하|한|했|할|합|해)"));
/// Words introducing members of a group (`including`, `such as`).
static INCLUDING: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:including|such as|among them)\b"));
/// A Korean count of countries with a footnote mark (`12개국*`): the footnote line
/// (`* A, B, C`) lists them.
static KO_COUNTRIES_NOTE: LazyLock<Regex> = LazyLock::new(|| re(r"\d+\s?개국\s?\*"));
/// Words joining a co-host to the host before it (`hosted by A and B`, `A와 B가 공동 주최`).
static JOINED_HOST: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:,\s*|,?\s+and\s+(?:the\s+)?|\s*(?:와|과|및)\s*|\s*,\s*)$"));

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
struct Venue {
    span: Span,
    key: EntityKey,
    /// The city stated with it (`the X Hotel in Busan`, `부산 X호텔`), if any.
    city: Option<EntityKey>,
}

/// Finds the venues of the text and adds them as [`EntityKind::Venue`] entities (with
/// their city as containing place) and mentions. A name that is (or holds) a known
/// organization is skipped: `Center` heads many bodies' names.
fn venues(ctx: &Ctx, out: &mut Out) -> Vec<Venue> {
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
        let (slug, en) = match &complex {
            Some((_, en)) => (slugify(en), Some(en.as_str())),
            None => (slug, None),
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

/// Spans (in chars) of the English hosting verbs ([`HOST_VERB`]) of the whole text, in
/// order; empty for Korean. Found once per notice: [`roles`] looks up each event's stretch
/// in it instead of searching the whole text again per event.
fn host_verbs(ctx: &Ctx) -> Vec<Span> {
    if ctx.lang() != Lang::En {
        return Vec::new();
    }
    spans_of(ctx, &HOST_VERB)
}

/// Spans (in chars) of the matches of `re` in the whole text, in order.
fn spans_of(ctx: &Ctx, re: &Regex) -> Vec<Span> {
    ctx.find_all(re)
        .into_iter()
        .filter_map(|caps| caps[0])
        .collect()
}

/// The spans of `spans` (ordered by `begin`) that begin in `first..=last` (chars).
fn starting_within(spans: &[Span], first: usize, last: usize) -> &[Span] {
    let from = spans.partition_point(|s| s.begin < first);
    let to = spans.partition_point(|s| s.begin <= last).max(from);
    &spans[from..to]
}

/// Assigns dates, places, organizers, attendees, topics and status to placed events.
fn roles(ctx: &Ctx, out: &mut Out, placed: &[Placed]) {
    let venues = venues(ctx, out);
    let venue_spans: Vec<Span> = venues.iter().map(|v| v.span).collect();
    let host_verbs = host_verbs(ctx);
    let event_nouns = spans_of(ctx, &EVENT_NOUN_EN);
    for (i, p) in placed.iter().enumerate() {
        let sentence = ctx.sentence_of(p.span.begin);
        let prev_end = placed[..i]
            .iter()
            .rev()
            .find(|q| q.span.end <= p.span.begin && q.span.begin >= sentence.begin)
            .map(|q| q.span.end);
        let next_begin = placed[i + 1..]
            .iter()
            .find(|q| q.span.begin >= p.span.end && q.span.begin < sentence.end)
            .map(|q| q.span.begin);
        let seg = Span {
            begin: if prev_end.is_some() {
                p.span.begin
            } else {
                sentence.begin
            },
            end: next_begin.unwrap_or(sentence.end),
        };
        let seg_text = ctx.slice(seg);
        let mut ev = match out.event_mut(&p.key) {
            Some(e) => e.clone(),
            None => continue,
        };
        // Dates.
        let ko = ctx.lang() == Lang::Ko;
        let date_spans: Vec<Span> = ctx
            .dates
            .iter()
            .filter(|d| d.span.begin >= sentence.begin && d.span.end <= sentence.end)
            .map(|d| d.span)
            .collect();
        // A Korean date belongs to the event of its clause (`2016년 5월 서울, 2016년
        // 11월 부산 «포럼»`: only November is the forum's).
        let dates: Vec<_> = ctx
            .dates
            .iter()
            .filter(|d| {
                if ko {
                    d.span.begin >= sentence.begin
                        && d.span.end <= sentence.end
                        && ko_owner(ctx, placed, sentence, d.span, &date_spans) == Some(&p.key)
                } else {
                    d.span.begin >= seg.begin && d.span.end <= seg.end
                }
            })
            .filter(|d| p.year.is_none_or(|y| d.value.year() == y))
            .collect();
        // A Korean happening placed at its verb (`… 2월에 … 방한하였을 때`) is dated
        // before the verb: without a date in its stretch, the last one before it in the
        // sentence.
        let dates = if dates.is_empty() && ko && !ev.named {
            ctx.dates
                .iter()
                .rfind(|d| d.span.begin >= sentence.begin && d.span.end <= p.span.begin)
                .into_iter()
                .collect()
        } else {
            dates
        };
        if let Some(d) = dates.first() {
            let precise = |v: &DateValue| !matches!(v, DateValue::Year(_));
            if ev.start.is_none() || (precise(&d.value) && !ev.start.is_some_and(|s| precise(&s))) {
                ev.start = Some(d.value);
                ev.end = d.end.or_else(|| {
                    dates
                        .get(1)
                        .filter(|d2| {
                            let gap = ctx.slice(Span {
                                begin: d.span.end,
                                end: d2.span.begin.max(d.span.end),
                            });
                            gap.trim().chars().count() <= 3
                                && (gap.contains('~')
                                    || gap.contains('-')
                                    || gap.contains("to")
                                    || gap.contains('–'))
                        })
                        .map(|d2| d2.value)
                });
            }
        }
        // Places, organizers, attendees, topics.
        let in_seg = ctx.found_in(seg, &[]);
        let mut locations = Vec::new();
        let mut organizers = Vec::new();
        if ko {
            ko_places(ctx, placed, sentence, &p.key, &mut locations);
        }
        // Venues: in Korean those of the event's clause, in English those after `at`/`in`
        // that belong to the event (`place_is_local`).
        for v in venues.iter().filter(|v| {
            if ko {
                v.span.begin >= sentence.begin
                    && v.span.end <= sentence.end
                    && ko_owner(ctx, placed, sentence, v.span, &venue_spans) == Some(&p.key)
            } else {
                v.span.begin >= seg.begin
                    && v.span.end <= seg.end
                    && place_is_local(ctx, &event_nouns, seg, p.span, v.span)
            }
        }) {
            push_unique(&mut locations, v.key.clone());
            if let Some(c) = &v.city {
                push_unique(&mut locations, c.clone());
            }
        }
        for m in &in_seg {
            let place = matches!(
                m.key.kind,
                EntityKind::City | EntityKind::Country | EntityKind::Region
            );
            let before: String = ctx.chars
                [seg.begin.max(m.span.begin.saturating_sub(24))..m.span.begin]
                .iter()
                .collect();
            let after: String = ctx.chars[m.span.end..(m.span.end + 8).min(ctx.chars.len())]
                .iter()
                .collect();
            let particle = m.particle.as_deref().unwrap_or("");
            if ctx.lang() == Lang::Ko {
                let rest = after.trim_start_matches(particle).trim_start();
                if (particle.starts_with("에서")
                    || particle.is_empty() && after.starts_with("에서"))
                    && (rest.starts_with("주최") || rest.starts_with("주관"))
                {
                    push_unique(&mut organizers, m.key.clone());
                } else if place && ko_place_mention(ctx, m) {
                    // Placed by `ko_places`.
                } else if ko_subject(ctx, m)
                    && matches!(m.key.kind, EntityKind::Organization | EntityKind::Country)
                    && m.span.end <= p.span.begin
                    && KO_HOST_ACTIVE.is_match(&seg_text)
                {
                    push_unique(&mut organizers, m.key.clone());
                }
            } else {
                let b = before.trim_end();
                if HOST_BY.is_match(&before) || joined_host(ctx, &in_seg, &organizers, m) {
                    push_unique(&mut organizers, m.key.clone());
                } else if place && !place_is_local(ctx, &event_nouns, seg, p.span, m.span) {
                    continue;
                } else if place
                    && (b.ends_with(" in")
                        || b.ends_with(" at")
                        || b == "in"
                        || b == "at"
                        || b.ends_with(" in the")
                        || b.ends_with(','))
                {
                    if b.ends_with(',')
                        && !in_seg
                            .iter()
                            .any(|x| locations.contains(&x.key) && x.span.end + 2 == m.span.begin)
                    {
                        continue;
                    }
                    push_unique(&mut locations, m.key.clone());
                }
            }
        }
        {
            for &v in starting_within(&host_verbs, seg.begin, p.span.begin) {
                if v.end > seg.end.max(p.span.end) {
                    continue;
                }
                let pre = ctx.slice(Span {
                    begin: v.begin.saturating_sub(6),
                    end: v.begin,
                });
                if pre.ends_with("was ") || pre.ends_with("were ") || pre.ends_with("been ") {
                    continue;
                }
                let before: Vec<_> = in_seg
                    .iter()
                    .filter(|m| {
                        m.span.end <= v.begin
                            && matches!(m.key.kind, EntityKind::Organization | EntityKind::Country)
                    })
                    .collect();
                // `the Ministry of X of the Republic of Korea … held`: the body, not its state.
                let subj = before.last().map(|last| {
                    let qualifies = before.iter().rev().nth(1).is_some_and(|prev| {
                        let gap = ctx.slice(Span {
                            begin: prev.span.end,
                            end: last.span.begin,
                        });
                        prev.key.kind == EntityKind::Organization
                            && last.key.kind == EntityKind::Country
                            && (gap == " of " || gap == " of the ")
                    });
                    if qualifies {
                        before[before.len() - 2]
                    } else {
                        *last
                    }
                });
                if let Some(s) = subj {
                    push_unique(&mut organizers, s.key.clone());
                    if s.key.kind == EntityKind::Country && ctx.slice(v).contains("host") {
                        push_unique(&mut locations, s.key.clone());
                    }
                }
            }
        }
        co_hosts_before(ctx, &in_seg, p.span, &mut organizers);
        // Most specific place first; a city brings its country.
        let rank = |k: &EntityKey| match k.kind {
            EntityKind::Venue => 0,
            EntityKind::City => 1,
            EntityKind::Region => 2,
            _ => 3,
        };
        let cities: Vec<EntityKey> = locations
            .iter()
            .filter(|k| k.kind == EntityKind::City)
            .cloned()
            .collect();
        for c in cities {
            if let Some(country) = ctx.gaz.get(&c).and_then(|e| e.part_of.clone()) {
                push_unique(&mut locations, country);
            }
        }
        locations.sort_by_key(rank);
        for k in locations {
            push_unique(&mut ev.location, k);
        }
        // A visit's destination came first: a city named for it goes before.
        if ev.kind == EventKind::Visit {
            ev.location.sort_by_key(rank);
        }
        for k in organizers {
            push_unique(&mut ev.organizer, k);
        }
        if ATTEND.is_match(&seg_text) && ev.kind != EventKind::SurveyEdition {
            for m in &in_seg {
                if matches!(
                    m.key.kind,
                    EntityKind::Person | EntityKind::Organization | EntityKind::Country
                ) && !ev.location.contains(&m.key)
                    && !ev.organizer.contains(&m.key)
                {
                    push_unique(&mut ev.attendee, m.key.clone());
                }
            }
        }
        // `At the forum, the two ministries signed …`: a signing without a place of its
        // own takes the place of the happening named before it in its sentence.
        if ev.kind == EventKind::Signing && ev.location.is_empty() {
            if let Some(host) = placed[..i]
                .iter()
                .rev()
                .filter(|q| q.span.begin >= sentence.begin && q.key != p.key)
                .find_map(|q| out.events().iter().find(|e| e.entity.key == q.key))
            {
                ev.location = host.location.clone();
            }
        }
        if ctx.lang() == Lang::Ko {
            for k in footnote_countries(ctx, sentence) {
                if !ev.location.contains(&k) {
                    push_unique(&mut ev.attendee, k);
                }
            }
        }
        if ev.kind == EventKind::Signing {
            for k in signing_parties(ctx, &in_seg, p.span) {
                if !ev.location.contains(&k) {
                    push_unique(&mut ev.attendee, k);
                }
            }
        }
        // A course's organizers run it; they do not take it.
        if ev.kind == EventKind::Training {
            let organizers = ev.organizer.clone();
            ev.attendee.retain(|k| !organizers.contains(k));
        }
        for m in in_seg.iter().filter(|m| m.key.kind == EntityKind::Topic) {
            push_unique(&mut ev.about, m.key.clone());
        }
        // Status.
        let later = match (ev.start, ctx.date()) {
            (Some(s), Some(n)) => {
                date_key(s) > date_key(n) && !(matches!(s, DateValue::Year(y) if y == n.year()))
            }
            _ => false,
        };
        let future = match ctx.lang() {
            Lang::En => FUTURE_EN.is_match(&seg_text),
            Lang::Ko => FUTURE_KO.is_match(&seg_text),
        };
        let past_year = matches!((ev.start, ctx.year()), (Some(s), Some(y)) if s.year() < y);
        ev.status = if later || (future && !past_year) {
            EventStatus::Planned
        } else {
            EventStatus::Held
        };
        if let Some(e) = out.event_mut(&p.key) {
            *e = ev;
        }
    }
}

/// The entities a survey or index edition ranks take part in it: each ranking's entity
/// becomes an attendee of its edition event (the gold lists ranked countries as the
/// edition's participants). Runs after the rankings are found.
pub(crate) fn ranked_participants(out: &mut Out) {
    let pairs: Vec<(EntityKey, EntityKey)> = out
        .rankings
        .iter()
        .map(|r| (r.edition.clone(), r.ranked.clone()))
        .collect();
    for (edition, ranked) in pairs {
        if let Some(ev) = out.event_mut(&edition) {
            push_unique(&mut ev.attendee, ranked);
        }
    }
}

/// Whether a place mentioned at `place` (English) belongs to the event mentioned at
/// `event`, both within `seg`: the nearest word naming a happening
/// ([`EVENT_NOUN_EN`]) before the place must be part of the event's mention; with no such
/// word before it, the place belongs to the event (`In Busan, … the Summit`); so does a
/// place of a group of happenings that includes the event (`meetings in Lima, including
/// the Seminar`). `nouns` are the spans of [`EVENT_NOUN_EN`] in the whole text, in order
/// (found once per notice by [`roles`]).
fn place_is_local(ctx: &Ctx, nouns: &[Span], seg: Span, event: Span, place: Span) -> bool {
    let nearest = starting_within(nouns, seg.begin, place.begin)
        .iter()
        .filter(|n| n.end <= place.begin)
        .max_by_key(|n| n.begin);
    match nearest {
        Some(n) if n.begin < event.end && n.end > event.begin => true,
        // `9 meetings in Lima, including the Seminar`: the group holds the event.
        Some(_) if place.end <= event.begin => {
            let between = ctx.slice(Span {
                begin: place.end,
                end: event.begin,
            });
            INCLUDING.is_match(&between)
        }
        Some(_) => false,
        None => true,
    }
}

/// An adnominal Korean verb of holding (`열린`, `개최된`, `개최하는`): the place or date
/// before it belongs to the event named after it.
static KO_HELD_ADNOMINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:열린|열리는|열릴|개최된|개최되는|개최될|개최한|개최하는|개최할|진행된|진행되는|진행될)\s",
    )
});
/// A finite or linking Korean verb of holding (`열렸다`, `개최됐다`, `개최되며`): the place
/// or date before it belongs to the event named before it (the clause subject).
static KO_HELD_FINITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:열렸|열린다|열리며|열려|열립|개최됐|개최되었|개최되며|개최돼|개최된다|개최됩|개최했|개최하였|개최한다|개최하며|진행됐|진행되었|진행된다)",
    )
});
/// A Korean clause ending that links two clauses (`…했으며`, `…였고`, `…지만`).
static KO_CLAUSE_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:며|했고|였고|됐고|되고|지만|는데)[ ,]"));

/// Whether a Korean place mention states where something happens: `X에서`, `X 소재`,
/// `X에서 개최`, `X 개최`, or `X(Y)에서` (a place with its country or city in brackets,
/// either of the two).
fn ko_place_mention(ctx: &Ctx, m: &Match) -> bool {
    let particle = m.particle.as_deref().unwrap_or("");
    if particle.starts_with("에서") {
        return true;
    }
    let after: String = ctx.chars[m.span.end..(m.span.end + 24).min(ctx.chars.len())]
        .iter()
        .collect();
    let after = after.trim_start();
    if after.starts_with("에서") || after.starts_with("개최") || after.starts_with("소재") {
        return true;
    }
    // `탈린(에스토니아)에서` and the bracketed place itself.
    let bracket_then_at = |s: &str| {
        s.split_once(')')
            .is_some_and(|(inside, rest)| !inside.contains(['(', '\n']) && rest.starts_with("에서"))
    };
    if let Some(inner) = after.strip_prefix('(') {
        return bracket_then_at(inner);
    }
    m.span.begin > 0 && ctx.chars[m.span.begin - 1] == '(' && bracket_then_at(after)
}

/// Pushes onto `locations` the Korean places of `sentence` ([`ko_place_mention`]) whose
/// clause states the event `key` ([`ko_owner`]); a place written right before one
/// (`에스토니아 탈린에서`) comes along.
fn ko_places(
    ctx: &Ctx,
    placed: &[Placed],
    sentence: Span,
    key: &EntityKey,
    locations: &mut Vec<EntityKey>,
) {
    let is_place = |m: &Match| {
        matches!(
            m.key.kind,
            EntityKind::City | EntityKind::Country | EntityKind::Region
        )
    };
    let in_sentence = ctx.found_in(sentence, &[]);
    let places: Vec<&Match> = in_sentence
        .iter()
        .copied()
        .filter(|m| is_place(m))
        .collect();
    let spans: Vec<Span> = places.iter().map(|m| m.span).collect();
    for m in places.iter().filter(|m| ko_place_mention(ctx, m)) {
        let after: String = ctx.chars[m.span.end..(m.span.end + 8).min(ctx.chars.len())]
            .iter()
            .collect();
        let rest = after
            .trim_start_matches(m.particle.as_deref().unwrap_or(""))
            .trim_start_matches("에서")
            .trim_start();
        // `X에서 주최`: X runs it (an organizer, see `roles`).
        if rest.starts_with("주최") || rest.starts_with("주관") {
            continue;
        }
        if ko_owner(ctx, placed, sentence, m.span, &spans) != Some(key) {
            continue;
        }
        if let Some(prev) = places.iter().rev().find(|x| x.span.end + 1 == m.span.begin) {
            push_unique(locations, prev.key.clone());
        }
        push_unique(locations, m.key.clone());
    }
}

/// Which placed event a Korean date or place at `span` in `sentence` belongs to:
/// - inside an event's mention, that event;
/// - before an adnominal verb of holding (`X에서 열린 <event>`), the next event;
/// - before a finite one (`<event>이 X에서 열렸다`), the event before it;
/// - else the event of its clause (clauses end at a comma that does not join two places,
///   and at linking endings such as `…했으며`), the next one first;
/// - with no event in its clause (`10월 15일, 탈린에서 열린 …`), the next event in the
///   sentence if no other item of `others` (the spans of the sentence's items of the
///   same kind) lies between them, else the one before on the same terms.
fn ko_owner<'a>(
    ctx: &Ctx,
    placed: &'a [Placed],
    sentence: Span,
    span: Span,
    others: &[Span],
) -> Option<&'a EntityKey> {
    let evs: Vec<&Placed> = placed
        .iter()
        .filter(|q| q.span.begin >= sentence.begin && q.span.end <= sentence.end)
        .collect();
    if let Some(q) = evs
        .iter()
        .find(|q| q.span.begin <= span.begin && span.end <= q.span.end)
    {
        return Some(&q.key);
    }
    let next = evs.iter().find(|q| q.span.begin >= span.end);
    let prev = evs.iter().rev().find(|q| q.span.end <= span.begin);
    let after: String = ctx.chars[span.end..(span.end + 24).min(sentence.end)]
        .iter()
        .collect();
    // Past a bracket (`탈린(에스토니아)에서`) and the particle to the verb.
    let mut verb = after.as_str();
    if let Some((_, rest)) = verb.strip_prefix('(').and_then(|r| r.split_once(')')) {
        verb = rest;
    }
    let verb = verb.strip_prefix(')').unwrap_or(verb);
    let verb = verb
        .strip_prefix("에서")
        .or_else(|| verb.strip_prefix('에'))
        .unwrap_or(verb)
        .trim_start();
    if KO_HELD_FINITE.is_match(verb) {
        return prev.map(|q| &q.key);
    }
    if KO_HELD_ADNOMINAL.is_match(verb) {
        return next.map(|q| &q.key);
    }
    let breaks = ko_clause_breaks(ctx, sentence);
    let clause_begin = breaks
        .iter()
        .copied()
        .filter(|&b| b <= span.begin)
        .max()
        .unwrap_or(sentence.begin);
    let clause_end = breaks
        .iter()
        .copied()
        .filter(|&b| b >= span.end)
        .min()
        .unwrap_or(sentence.end);
    if let Some(q) = next.filter(|q| q.span.begin < clause_end) {
        return Some(&q.key);
    }
    if let Some(q) = prev.filter(|q| q.span.end > clause_begin) {
        return Some(&q.key);
    }
    let clear = |from: usize, to: usize| {
        !others
            .iter()
            .any(|o| *o != span && o.begin >= from && o.end <= to)
    };
    next.filter(|q| clear(span.end, q.span.begin))
        .or(prev.filter(|q| clear(q.span.end, span.begin)))
        .map(|q| &q.key)
}

/// Char offsets in `sentence` where a Korean clause ends: a comma (unless it joins two
/// places of a list, `서울, 부산`) and a linking ending ([`KO_CLAUSE_END`]).
fn ko_clause_breaks(ctx: &Ctx, sentence: Span) -> Vec<usize> {
    let text = ctx.slice(sentence);
    let places: Vec<Span> = ctx
        .found_in(
            sentence,
            &[EntityKind::City, EntityKind::Country, EntityKind::Region],
        )
        .iter()
        .map(|m| m.span)
        .collect();
    let mut breaks = Vec::new();
    for (i, c) in text.chars().enumerate() {
        if c != ',' {
            continue;
        }
        let at = sentence.begin + i;
        let list = places.iter().any(|a| a.end == at)
            && places
                .iter()
                .any(|b| b.begin == at + 1 || b.begin == at + 2);
        if !list {
            breaks.push(at);
        }
    }
    for m in KO_CLAUSE_END.find_iter(&text) {
        breaks.push(sentence.begin + text[..m.end()].chars().count());
    }
    breaks
}

/// Whether a Korean mention is a clause subject: it takes 은/는/이/가, directly or after
/// a parenthesis (`행정안전부(장관 김부겸)는`).
fn ko_subject(ctx: &Ctx, m: &Match) -> bool {
    let subject = |p: &str| ["은", "는", "이", "가"].iter().any(|x| p.starts_with(x));
    if subject(m.particle.as_deref().unwrap_or("")) {
        return true;
    }
    let after: String = ctx.chars[m.span.end..(m.span.end + 30).min(ctx.chars.len())]
        .iter()
        .collect();
    after.starts_with('(')
        && after
            .split_once(')')
            .is_some_and(|(inside, rest)| !inside.contains('\n') && subject(rest))
}

/// The countries of the footnote line (`* A, B, C`) that a Korean count of countries with
/// a footnote mark (`12개국*`) in `sentence` refers to: the first line after the mark that
/// starts with `*`.
fn footnote_countries(ctx: &Ctx, sentence: Span) -> Vec<EntityKey> {
    let text = ctx.slice(sentence);
    let Some(mark) = KO_COUNTRIES_NOTE.find(&text) else {
        return Vec::new();
    };
    let from = sentence.begin + text[..mark.end()].chars().count();
    let chars = &ctx.chars;
    let Some(nl) = (from..chars.len()).find(|&i| chars[i] == '\n') else {
        return Vec::new();
    };
    let start = (nl + 1..chars.len())
        .find(|&i| !chars[i].is_whitespace())
        .filter(|&i| chars[i] == '*');
    let Some(start) = start else {
        return Vec::new();
    };
    let end = (start..chars.len())
        .find(|&i| chars[i] == '\n')
        .unwrap_or(chars.len());
    ctx.found_in(Span { begin: start, end }, &[EntityKind::Country])
        .iter()
        .map(|m| m.key.clone())
        .collect()
}

/// Co-hosts named before the host, in a subject before the event mention (`Korea and
/// Japan held …`, `행정자치부와 OECD가 공동 주최한 …`): a mention joined by a
/// conjunction ([`JOINED_HOST`]) to the next mention, an organizer, organizes too.
fn co_hosts_before(ctx: &Ctx, in_seg: &[&Match], event: Span, organizers: &mut Vec<EntityKey>) {
    for pair in in_seg.windows(2).rev() {
        let (a, b) = (pair[0], pair[1]);
        if b.span.end > event.begin
            || !organizers.contains(&b.key)
            || !matches!(
                a.key.kind,
                EntityKind::Organization | EntityKind::Country | EntityKind::Person
            )
        {
            continue;
        }
        let gap = ctx.slice(Span {
            begin: a.span.end,
            end: b.span.begin.max(a.span.end),
        });
        if JOINED_HOST.is_match(&gap) {
            push_unique(organizers, a.key.clone());
        }
    }
}

/// The parties of a signing stated in its clause `in_seg`: bodies, countries and persons
/// before the signing mention `event` (the subject; a country qualifying a body, `the
/// Ministry of X of Korea`, is not a party of its own) and, after it, the other party
/// (`with Belarus`); in Korean the subject (은/는/이/가) and the partner (와/과) of its
/// clause.
fn signing_parties(ctx: &Ctx, in_seg: &[&Match], event: Span) -> Vec<EntityKey> {
    let mut parties = Vec::new();
    for m in in_seg {
        if !matches!(
            m.key.kind,
            EntityKind::Organization | EntityKind::Country | EntityKind::Person
        ) {
            continue;
        }
        let before: String = ctx.chars[m.span.begin.saturating_sub(10)..m.span.begin]
            .iter()
            .collect();
        let party = match ctx.lang() {
            Lang::En => {
                let b = before.trim_end();
                if m.span.end <= event.begin {
                    !(b.ends_with(" of") || b.ends_with(" of the") || b.ends_with(" with"))
                } else {
                    b.ends_with(" with") || b.ends_with(" with the")
                }
            }
            Lang::Ko => {
                let particle = m.particle.as_deref().unwrap_or("");
                particle.starts_with('와') || particle.starts_with('과') || ko_subject(ctx, m)
            }
        };
        if party {
            push_unique(&mut parties, m.key.clone());
        }
    }
    parties
}

/// Whether `m` is a co-host: the mention just before it in `in_seg` is already an
/// organizer and only a conjunction (`and`, `,`, `와`, `및`) stands between them.
fn joined_host(ctx: &Ctx, in_seg: &[&Match], organizers: &[EntityKey], m: &Match) -> bool {
    if !matches!(
        m.key.kind,
        EntityKind::Organization | EntityKind::Country | EntityKind::Person
    ) {
        return false;
    }
    let Some(prev) = in_seg.iter().rev().find(|x| x.span.end <= m.span.begin) else {
        return false;
    };
    let gap = ctx.slice(Span {
        begin: prev.span.end,
        end: m.span.begin,
    });
    organizers.contains(&prev.key) && JOINED_HOST.is_match(&gap)
}

/// A sortable `(year, month, day)`; a year alone sorts as its first day.
fn date_key(d: DateValue) -> (i32, u32, u32) {
    match d {
        DateValue::Year(y) => (y, 1, 1),
        DateValue::YearMonth(y, m) => (y, m, 1),
        DateValue::Date(y, m, d) => (y, m, d),
    }
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &EDITION_BEFORE,
    &YEAR_AFTER_SERIES,
    &ANAPHORA_EN,
    &ANAPHORA_KO,
    &MEETING_OF_BODY,
    &NAMED_EN,
    &AFTER_ACRONYM,
    &HAS_YEAR,
    &KO_QUOTED,
    &KO_NAME_PHRASE,
    &ORDINAL_SERIES,
    &SIGN_KO,
    &VISIT_KO,
    &SIGN_EN,
    &VISIT_EN,
    &SIGN_PASSIVE,
    &SIGN_TAIL,
    &OBJECT_END,
    &CEREMONY,
    &LAUNCH_PASSIVE,
    &LAUNCH_ACTIVE,
    &MET,
    &THEIR_SUMMIT,
    &LEADING_ARTICLE,
    &MOU_ABBR,
    &MOU_WORDS,
    &LOI_ABBR,
    &NAMED_PARTIES,
    &MULTILATERAL,
    &LED_BY,
    &FUTURE_EN,
    &FUTURE_KO,
    &HOST_BY,
    &HOST_VERB,
    &ATTEND,
    &EVENT_NOUN_EN,
    &KO_HOST_ACTIVE,
    &JOINED_HOST,
    &INCLUDING,
    &KO_COUNTRIES_NOTE,
    &KO_ORDINAL_PREFIX,
    &KO_BILATERAL,
    &KO_ORDINAL_QUOTED,
    &KO_FOUNDED,
    &EN_FOUNDED,
    &KO_MEAL,
    &EN_MEAL,
    &KO_HELD,
    &KO_JOINED,
    &KO_MEET,
    &COUNTED_MEETING,
    &KO_HELD_ADNOMINAL,
    &KO_HELD_FINITE,
    &KO_CLAUSE_END,
    &KO_NAMED_AFTER_HELD,
    &VENUE_EN,
    &VENUE_KO,
];

#[cfg(test)]
mod tests {
    use super::super::test_support::{run, run_with_dates};
    use super::*;

    fn event<'a>(got: &'a super::super::Extracted, slug: &str) -> &'a Event {
        got.events
            .iter()
            .find(|e| e.entity.key.slug == slug)
            .unwrap_or_else(|| panic!("no event/{slug} in {:#?}", got.events))
    }

    /// (text, edition slug, cited?) — notice dated 2017-04-01: past survey editions named
    /// for a rank are only cited, unless the lead sentence is about the series and the
    /// edition is its latest.
    #[test]
    fn past_survey_editions_are_cited() {
        for (text, slug, cited) in [
            (
                "Officials met in Seoul. Korea ranked 1st in the UN E-Government Survey 2014 and 3rd in 2016.",
                "un-e-government-survey-2014",
                true,
            ),
            (
                "Officials met in Seoul. Korea ranked 1st in the UN E-Government Survey 2014 and 3rd in 2016.",
                "un-e-government-survey-2016",
                true,
            ),
            (
                "Korea leads the UN E-Government Survey\nThe ministry said Korea ranked 1st in the 2016 UN E-Government Survey.",
                "un-e-government-survey-2016",
                false,
            ),
            (
                "Korea leads the UN E-Government Survey\nKorea ranked 4th in the 2014 UN E-Government Survey and 1st in the 2016 UN E-Government Survey.",
                "un-e-government-survey-2014",
                true,
            ),
            (
                "Officials met in Seoul. Korea ranked 2nd in the UN E-Government Survey 2017.",
                "un-e-government-survey-2017",
                false,
            ),
        ] {
            let got = run("en", text);
            let ev = event(&got, slug);
            assert_eq!(ev.status == EventStatus::Cited, cited, "{slug}: {text}");
        }
    }

    /// (lang, text, edition slug, attendee slugs) — the entities an edition ranks
    /// take part in it.
    #[test]
    fn ranked_entities_attend_their_edition() {
        for (lang, text, slug, want) in [
            (
                "en",
                "Delegates came from Japan (1st in 2016 UN E-Government Survey), Estonia (4th) and France (9th).",
                "un-e-government-survey-2016",
                vec!["jp", "ee", "fr"],
            ),
            (
                "ko",
                "회의에는 일본(UN 전자정부 평가 2위), 프랑스(6위) 대표가 왔다.",
                "un-e-government-survey-2017",
                vec!["jp", "fr"],
            ),
        ] {
            let got = run(lang, text);
            let ev = event(&got, slug);
            for w in want {
                assert!(
                    ev.attendee.iter().any(|k| k.slug == w),
                    "{w} in {:?}: {text}",
                    ev.attendee
                );
            }
        }
    }

    /// (lang, text, English name) — bilateral signings get the canonical name.
    #[test]
    fn signing_names() {
        for (lang, text, want) in [
            (
                "en",
                "Last week officials inked a memorandum of understanding (MOU) on e-Government with Estonia.",
                "Signing of the Korea-Estonia MOU on e-Government",
            ),
            (
                "en",
                "Next month Denmark plans to sign with Korea a Memorandum of Understanding on Cooperation in the Field of Data.",
                "Signing of the Korea-Denmark Memorandum of Understanding on Cooperation in the Field of Data",
            ),
            (
                "en",
                "The ROK-EU Data Partnership, signed last year, guides the work.",
                "Signing of the Republic of Korea-EU Data Partnership",
            ),
            (
                "ko",
                "한국은 서울에서 프랑스와 데이터 기반 정부 업무협약(MOU)을 체결했다.",
                "Signing of the Korea-France MOU on data-driven government",
            ),
            (
                "ko",
                "두 장관은 일본을 방문하여 데이터 기반 정부 분야 협력에 관한 의향서를 체결했다.",
                "Signing of the Korea-Japan Letter of Intent for Cooperation on data-driven government",
            ),
            (
                "en",
                "Data-driven government was the theme. Korea and Japan signed a Letter of Intent for Cooperation. Data-driven government needs data-driven government skills.",
                "Signing of the Korea-Japan Letter of Intent for Cooperation on data-driven government",
            ),
            (
                "en",
                "Korea and Japan signed a Letter of Intent for Cooperation in Tokyo.",
                "Signing of the Korea-Japan Letter of Intent for Cooperation",
            ),
        ] {
            let got = run(lang, text);
            let names = got.event_labels(Lang::En, Some(EventKind::Signing));
            assert_eq!(names, [want], "{text}");
            let ev = got
                .events
                .iter()
                .find(|e| e.kind == EventKind::Signing)
                .unwrap();
            assert_eq!(ev.entity.key.slug, slugify(want), "{text}");
            let named = want.contains("Letter of Intent") || want.contains("Partnership");
            assert_eq!(ev.named, named, "{text}");
        }
        // Several countries: no bilateral name.
        let got = run(
            "en",
            "The five countries will sign the Tallinn Declaration on data in Tallinn.",
        );
        let ev = got
            .events
            .iter()
            .find(|e| e.kind == EventKind::Signing)
            .unwrap();
        assert_eq!(
            ev.entity.label(Lang::En),
            Some("Signing of the Tallinn Declaration on data")
        );
    }

    /// (lang, text, visit name or none) — visits are named by their visitors and
    /// destination; without a named visitor there is no visit event.
    #[test]
    fn visit_names() {
        for (lang, text, want) in [
            (
                "en",
                "In May Angel Gurría visited Korea for two days of talks.",
                Some("Visit of Angel Gurría to the Republic of Korea"),
            ),
            (
                "en",
                "Secretary-General Angel Gurría and Hong Yun-sik visited Japan last spring.",
                Some("Visit of Angel Gurría and Hong Yun-sik to Japan"),
            ),
            (
                "ko",
                "앙헬 구리아 사무총장이 지난달 방한했다.",
                Some("Visit of Angel Gurría to the Republic of Korea"),
            ),
            (
                "en",
                "A delegation headed by Hong Yun-sik visited Denmark in June.",
                None,
            ),
            ("en", "The ministry visited France in June.", None),
            (
                "ko",
                "앙헬 구리아 OECD 사무총장이 지난 3월 서울에서 열린 회의 참석을 위해 사흘 일정으로 방한했다.",
                Some("Visit of Angel Gurría to the Republic of Korea"),
            ),
            (
                "ko",
                "앙헬 구리아(Angel Gurría) 사무총장과 홍윤식 장관이 일본을 방문했다.",
                Some("Visit of Angel Gurría and Hong Yun-sik to Japan"),
            ),
            (
                "ko",
                "홍윤식 장관은 지난 5월 앙헬 구리아 사무총장 방한 시 논의를 이어갔다.",
                Some("Visit of Angel Gurría to the Republic of Korea"),
            ),
            ("ko", "대표단이 프랑스를 방문했다.", None),
        ] {
            let got = run(lang, text);
            let names = got.event_labels(Lang::En, Some(EventKind::Visit));
            assert_eq!(names, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
        // Korean labels name the visitors and the destination.
        for (text, want) in [
            (
                "앙헬 구리아 사무총장이 지난달 방한했다.",
                "앙헬 구리아 방한",
            ),
            (
                "앙헬 구리아 사무총장과 홍윤식 장관이 일본을 방문했다.",
                "앙헬 구리아·홍윤식 일본 방문",
            ),
        ] {
            let got = run("ko", text);
            let names = got.event_labels(Lang::Ko, None);
            assert_eq!(names, [want], "{text}");
        }
    }

    /// Meetings of two named persons get the descriptive name of the README conventions.
    #[test]
    fn meeting_names() {
        for (text, want) in [
            (
                "On Friday Angel Gurría met with Hong Yun-sik in Paris.",
                Some("Meeting of Angel Gurría and Hong Yun-sik"),
            ),
            (
                "Minister Hong Yun-sik had a bilateral meeting with Estonian President Mari Tamm.",
                Some("Bilateral meeting of Hong Yun-sik and Mari Tamm"),
            ),
            (
                "Hong Yun-sik and Angel Gurría agreed on a plan in their summit last year.",
                Some("Summit of Hong Yun-sik and Angel Gurría"),
            ),
            ("The delegation met with officials of the ministry.", None),
        ] {
            let got = run("en", text);
            let names = got.event_labels(Lang::En, Some(EventKind::Meeting));
            assert_eq!(names, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }

    /// (Korean text, meeting name or none) — meetings of two named persons in Korean.
    #[test]
    fn korean_meeting_names() {
        for (text, want) in [
            (
                "홍윤식 장관은 지난 2일 앙헬 구리아 사무총장과 면담을 가졌다.",
                Some((
                    "Meeting of Hong Yun-sik and Angel Gurría",
                    "홍윤식·앙헬 구리아 면담",
                )),
            ),
            (
                "홍윤식 장관과 앙헬 구리아 사무총장은 파리에서 회담했다.",
                Some((
                    "Meeting of Hong Yun-sik and Angel Gurría",
                    "홍윤식·앙헬 구리아 회담",
                )),
            ),
            (
                "앙헬 구리아 사무총장은 홍윤식 장관을 만나 협력을 논의했다.",
                Some((
                    "Meeting of Angel Gurría and Hong Yun-sik",
                    "앙헬 구리아·홍윤식 만남",
                )),
            ),
            (
                "홍윤식 장관은 앙헬 구리아 사무총장과 정상회담을 했다.",
                Some((
                    "Summit of Hong Yun-sik and Angel Gurría",
                    "홍윤식·앙헬 구리아 정상회담",
                )),
            ),
            ("홍윤식 장관은 각국 대표단을 접견했다.", None),
        ] {
            let got = run("ko", text);
            let names: Vec<(&str, &str)> = got
                .events
                .iter()
                .filter(|e| e.kind == EventKind::Meeting)
                .filter_map(|e| Some((e.entity.label(Lang::En)?, e.entity.label(Lang::Ko)?)))
                .collect();
            assert_eq!(names, want.into_iter().collect::<Vec<_>>(), "{text}");
            assert!(got.events.iter().all(|e| !e.named), "{text}");
        }
    }

    /// A Korean visit is dated before its verb, also past another event named between.
    #[test]
    fn korean_visit_dated_before_its_verb() {
        let got = run_with_dates(
            "ko",
            "앙헬 구리아 사무총장이 2월에 부산 올림픽 개최를 계기로 방한했다.",
            &[("2월", DateValue::YearMonth(2017, 2))],
        );
        let visit = got
            .events
            .iter()
            .find(|e| e.kind == EventKind::Visit)
            .unwrap_or_else(|| panic!("no visit: {:#?}", got.events));
        assert_eq!(visit.start, Some(DateValue::YearMonth(2017, 2)));
    }

    /// (lang, text, dates, names) — visits and meetings get `(Month Year)` when the notice
    /// reports several on different dates, or counts them (`세 번째 만남`, `third
    /// meeting`); one of them keeps the plain name.
    #[test]
    fn repeated_visits_and_meetings_are_dated() {
        for (lang, text, dates, want) in [
            (
                "ko",
                "앙헬 구리아 사무총장이 2017년 3월 방한했다. 홍윤식 장관은 지난해 6월 앙헬 구리아 사무총장 방한 시 협력을 논의했다.",
                vec![
                    ("2017년 3월", DateValue::YearMonth(2017, 3)),
                    ("지난해 6월", DateValue::YearMonth(2016, 6)),
                ],
                vec![
                    "Visit of Angel Gurría to the Republic of Korea (March 2017)",
                    "Visit of Angel Gurría to the Republic of Korea (June 2016)",
                ],
            ),
            (
                "ko",
                "앙헬 구리아 사무총장은 3월 2일 홍윤식 장관과 면담했다. 이번이 세 번째 만남이다.",
                vec![("3월 2일", DateValue::Date(2017, 3, 2))],
                vec!["Meeting of Angel Gurría and Hong Yun-sik (March 2017)"],
            ),
            (
                "en",
                "Angel Gurría met with Hong Yun-sik in Paris on May 2. It was their third meeting.",
                vec![("May 2", DateValue::Date(2017, 5, 2))],
                vec!["Meeting of Angel Gurría and Hong Yun-sik (May 2017)"],
            ),
            (
                "ko",
                "앙헬 구리아 사무총장이 2017년 3월 방한했다. 구리아 사무총장은 방한 중 강연도 했다.",
                vec![("2017년 3월", DateValue::YearMonth(2017, 3))],
                vec!["Visit of Angel Gurría to the Republic of Korea"],
            ),
        ] {
            let got = run_with_dates(lang, text, &dates);
            let names = got.event_labels(Lang::En, None);
            assert_eq!(names, want, "{text}");
        }
    }

    /// (lang, text, founding name or none) — the founding of a named body.
    #[test]
    fn founding_names() {
        for (lang, text, want) in [
            (
                "ko",
                "경제협력개발기구는 1961년 여러 나라가 주도해 창설했다.",
                Some(("Founding of OECD", Some("경제협력개발기구 창설"))),
            ),
            (
                "ko",
                "지난해 국제연합이 출범한 뒤 협력이 늘었다.",
                Some(("Founding of the United Nations", Some("국제연합 출범"))),
            ),
            (
                "en",
                "The OECD was founded in 1961 by twenty countries.",
                Some(("Founding of OECD", None)),
            ),
            ("ko", "정부는 새 위원회를 출범시켰다.", None),
            ("en", "The committee was founded in 1990.", None),
        ] {
            let got = run(lang, text);
            let names: Vec<(&str, Option<&str>)> = got
                .events
                .iter()
                .filter_map(|e| Some((e.entity.label(Lang::En)?, e.entity.label(Lang::Ko))))
                .collect();
            assert_eq!(names, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }

    /// (lang, text, meal name) — meals hosted by a named person, with the host's title
    /// and the guests.
    #[test]
    fn hosted_meal_names() {
        for (lang, text, want) in [
            (
                "ko",
                "홍윤식 행정자치부 장관은 20개국 외국 기자들을 위한 오찬을 주재했다.",
                "Luncheon hosted by Minister Hong Yun-sik for foreign journalists",
            ),
            (
                "ko",
                "앙헬 구리아 사무총장은 회의 참가자들을 위한 만찬을 베풀었다.",
                "Dinner hosted by Angel Gurría for participants",
            ),
            (
                "ko",
                "홍윤식 장관은 참가자들을 위한 만찬을 주재했다.",
                "Dinner hosted by Hong Yun-sik for participants",
            ),
            (
                "ko",
                "앙헬 구리아 사무총장은 서울에서 오찬을 주최했다.",
                "Luncheon hosted by Angel Gurría",
            ),
            (
                "en",
                "Minister of the Interior Hong Yun-sik hosted a luncheon for foreign journalists at the ministry.",
                "Luncheon hosted by Minister Hong Yun-sik for foreign journalists",
            ),
        ] {
            let got = run(lang, text);
            let names = got.event_labels(Lang::En, None);
            assert_eq!(names, [want], "{text}");
        }
    }

    /// (text, event name or none) — Korean events named by the nouns before an event
    /// noun that is held; pointing words, particles and verb forms name nothing.
    #[test]
    fn korean_held_event_names() {
        for (text, want) in [
            (
                "각 부처 실무자가 모여 정책조율 간담회를 열었다.",
                Some("정책조율 간담회"),
            ),
            (
                "세 기관은 지난 2일 데이터 협력 실무 회의를 개최했다.",
                Some("협력 실무 회의"),
            ),
            ("장관은 이번 회의를 개최했다.", None),
            ("두 나라는 매년 회의를 연다.", None),
            ("정부는 회의를 열었다.", None),
        ] {
            let got = run("ko", text);
            let names = got.event_labels(Lang::Ko, None);
            assert_eq!(names, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }

    /// (text, launch event name, topic slug) — launches, unveilings and announcements of
    /// a named plan are unnamed events, and the plan is a topic.
    #[test]
    fn launch_names() {
        for (text, want, topic) in [
            (
                "The Smart Farm Growth Plan, which was announced in May, sets goals.",
                "Announcement of the Smart Farm Growth Plan",
                "smart-farm-growth-plan",
            ),
            (
                "In 2019 the two banks launched a new scheme called, Rural Data Access Program (RDAP), for farmers.",
                "Launch of the Rural Data Access Program",
                "rural-data-access-program",
            ),
            (
                "Officials cited the Harbour Data Initiative unveiled by the mayor last year.",
                "Unveiling of the Harbour Data Initiative",
                "harbour-data-initiative",
            ),
            (
                "Japan's Green Data Strategy was announced in June.",
                "Announcement of the Green Data Strategy",
                "green-data-strategy",
            ),
        ] {
            let got = run("en", text);
            let names = got.event_labels(Lang::En, None);
            assert_eq!(names, [want], "{text}");
            assert!(got.events.iter().all(|e| !e.named), "{text}");
            assert!(
                got.entities
                    .iter()
                    .any(|e| e.key == EntityKey::new(EntityKind::Topic, topic)),
                "{text}"
            );
        }
    }

    /// (text, event name) — ceremonies and yearly happenings named without a year (the
    /// test notice is dated 2017).
    #[test]
    fn ceremonies_and_yearly_happenings() {
        for (text, want) in [
            (
                "The mayor held the opening ceremony of the ‘Riverside Open Data Hub’ in May.",
                "Opening ceremony of the Riverside Open Data Hub",
            ),
            (
                "Guests joined the inauguration ceremony for the Harbour e-Learning and Skills Centre on Monday.",
                "Inauguration ceremony of the Harbour e-Learning and Skills Centre",
            ),
            (
                "The ministry hosted the Open Data Days in Lyon.",
                "Open Data Days 2017",
            ),
            (
                "The ministry hosted the Open Data Days 2015 in Lyon.",
                "Open Data Days 2015",
            ),
            (
                "Leaders met during the Sapporo Winter Olympics in February.",
                "Sapporo 2017 Winter Olympics",
            ),
        ] {
            let got = run("en", text);
            let names = got.event_labels(Lang::En, None);
            assert_eq!(names, [want], "{text}");
        }
    }

    /// Words after a bracketed acronym end a longer name: no event of their own.
    #[test]
    fn no_event_from_a_name_tail_after_an_acronym() {
        let got = run(
            "en",
            "She spoke at the Civic Data Network (CDN) Global Summit in Oslo.",
        );
        let names: Vec<Option<&str>> = got
            .events
            .iter()
            .map(|e| e.entity.label(Lang::En))
            .collect();
        assert!(!names.contains(&Some("Global Summit")), "{names:?}");
    }

    /// `the first survey` in a notice naming one survey edition by year is that edition.
    #[test]
    fn survey_ordinal_is_the_year_edition() {
        let got = run(
            "en",
            "Korea ranked 2nd in the UN E-Government Survey 2017. Ninety states joined the first survey.",
        );
        let names: Vec<Option<&str>> = got
            .events
            .iter()
            .map(|e| e.entity.label(Lang::En))
            .collect();
        assert_eq!(names, [Some("UN E-Government Survey 2017")]);
    }

    /// A Korean event named again without its year is the event named in full.
    #[test]
    fn korean_short_names_merge() {
        let got = run(
            "ko",
            "장관은 '2017 세계농업박람회(World Farming Expo 2017)'에 참석했다. '세계농업박람회'는 매년 열린다.",
        );
        let names: Vec<Option<&str>> = got
            .events
            .iter()
            .map(|e| e.entity.label(Lang::En))
            .collect();
        assert_eq!(names, [Some("World Farming Expo 2017")]);
    }

    /// (text, Korean label, English label) — Korean event names: an ordinal before a
    /// bilateral name, a name found after words that start no name, a genitive after a
    /// known place, guillemets with a year, an ordinal before a quoted name with a Latin
    /// gloss (a generic `행사` after it is left out, a specific noun kept).
    #[test]
    fn korean_named_event_forms() {
        for (text, ko, en) in [
            (
                "두 장관은 제 2회 한-덴 데이터 세미나에 참석했다.",
                "제 2회 한-덴 데이터 세미나",
                None,
            ),
            (
                "총리는 지난달 총리가 부산 올림픽 준비를 살폈다.",
                "부산 올림픽",
                None,
            ),
            (
                "장관은 한국의 공공데이터 공유 초청연수를 열었다.",
                "한국의 공공데이터 공유 초청연수",
                None,
            ),
            (
                "시장은 « 부산 스마트 행정 포럼 2017 »에 참석했다.",
                "부산 스마트 행정 포럼 2017",
                None,
            ),
            (
                "양국은 제4회 «맛있는 세상(Taste of the World)» 행사를 함께 열었다.",
                "제4회 «맛있는 세상(Taste of the World)»",
                Some("4th Taste of the World"),
            ),
            (
                "국장은 제5회 '북극 행정협력(ARC)' 회의에 참석했다.",
                "제5회 '북극 행정협력(ARC)' 회의",
                Some("5th ARC Meeting"),
            ),
        ] {
            let got = run("ko", text);
            let names: Vec<(Option<&str>, Option<&str>)> = got
                .events
                .iter()
                .map(|e| (e.entity.label(Lang::Ko), e.entity.label(Lang::En)))
                .collect();
            assert_eq!(names, [(Some(ko), en)], "{text}");
        }
    }

    /// (text, edition slugs) — Korean series editions: a series that starts a longer
    /// quoted name is no edition; the year of a date before the series in its clause
    /// names the edition, also for a quoted Korean name with a series as its gloss.
    #[test]
    fn korean_series_editions_in_context() {
        for (text, dates, slugs) in [
            (
                "장관은 « 제2회 OECD 이-리더스 미팅 청년 포럼 »에 참석했다.",
                vec![],
                vec![],
            ),
            (
                "차관은 2015년 10월 서울에서 열린 OECD 이-리더스 미팅에 참석했다.",
                vec![("2015년 10월", DateValue::YearMonth(2015, 10))],
                vec!["oecd-e-leaders-meeting-2015"],
            ),
            (
                "장관은 2016년 5월 탈린에서 열리는 「디지털 지도자 회의(E-Leaders Meeting)」에 간다.",
                vec![("2016년 5월", DateValue::YearMonth(2016, 5))],
                vec!["oecd-e-leaders-meeting-2016"],
            ),
        ] {
            let got = run_with_dates("ko", text, &dates);
            let got: Vec<&str> = got
                .events
                .iter()
                .filter(|e| e.series.is_some())
                .map(|e| e.entity.key.slug.as_str())
                .collect();
            assert_eq!(got, slugs, "{text}");
        }
    }

    /// Past ordinal editions dated in their own clause are those editions (no year
    /// editions beside them); this year's meeting is the latest ordinal edition.
    #[test]
    fn korean_ordinal_editions_with_years() {
        let got = run(
            "ko",
            "정부는 제3회 OECD 이-리더스 미팅을 연다. OECD 이-리더스 미팅의 제1회 회의는 2015년 탈린에서, 제2회 회의는 2016년 서울에서 개최됐다. 올해 회의에는 30개국이 참석한다.",
        );
        let mut slugs: Vec<&str> = got
            .events
            .iter()
            .map(|e| e.entity.key.slug.as_str())
            .collect();
        slugs.sort_unstable();
        assert_eq!(
            slugs,
            [
                "1st-oecd-e-leaders-meeting",
                "2nd-oecd-e-leaders-meeting",
                "oecd-e-leaders-meeting-2017"
            ]
        );
        // This year's edition is the 3rd: keyed by its year, the ordinal in its label.
        let third = event(&got, "oecd-e-leaders-meeting-2017");
        assert_eq!(
            third.entity.label(Lang::Ko),
            Some("제3회 OECD 이-리더스 미팅")
        );
    }

    /// (lang, text, label) — the label of a signing names the document, not the clause
    /// before it; a declaration is adopted as well as signed, and is named.
    #[test]
    fn signed_document_names() {
        for (lang, text, want) in [
            (
                "ko",
                "5개국 장관은 데이터 공유, 협력 확대 등을 담은 탈린선언문을 채택할 예정이다.",
                "탈린선언문 체결",
            ),
            (
                "ko",
                "각국 대표는 개방 원칙을 담은 데이터 헌장에 서명했다.",
                "데이터 헌장 체결",
            ),
            (
                "ko",
                "두 기관은 인력 교류 등을 포함한 협력의향서에 서명했다.",
                "협력의향서 체결",
            ),
            (
                "ko",
                "두 장관은 각국 협력 및 데이터 분야 협력에 관한 의향서를 체결했다.",
                "데이터 분야 협력에 관한 의향서 체결",
            ),
            (
                "en",
                "The five countries adopted the Tallinn Declaration on data in May.",
                "Signing of the Tallinn Declaration on data",
            ),
        ] {
            let got = run(lang, text);
            let ev = got
                .events
                .iter()
                .find(|e| e.kind == EventKind::Signing)
                .unwrap_or_else(|| panic!("no signing in {text}"));
            let lang = if lang == "ko" { Lang::Ko } else { Lang::En };
            assert_eq!(ev.entity.label(lang), Some(want), "{text}");
            assert!(ev.named, "{text}");
        }
    }

    /// (lang, text, English event label, attendees, organizers, locations) — the persons
    /// a visit or meeting is built from attend it, the place visited is its location
    /// (never an attendee), and the host of a meal organizes it.
    #[test]
    fn participants_of_visits_meetings_and_meals() {
        let gurria = "person/angel-gurria";
        let hong = "person/hong-yun-sik";
        for (lang, text, label, attendees, organizers, locations) in [
            (
                "en",
                "Last week Angel Gurría visited France to open a small office.",
                "Visit of Angel Gurría to France",
                vec![gurria],
                vec![],
                vec!["country/fr"],
            ),
            (
                "en",
                "Hong Yun-sik and Angel Gurría visited Denmark for a study tour.",
                "Visit of Hong Yun-sik and Angel Gurría to Denmark",
                vec![hong, gurria],
                vec![],
                vec!["country/dk"],
            ),
            (
                "en",
                "Angel Gurría visited Korea with a delegation and spoke in Seoul.",
                "Visit of Angel Gurría to the Republic of Korea",
                vec![gurria],
                vec![],
                vec!["city/seoul", "country/kr"],
            ),
            (
                "ko",
                "앙헬 구리아 사무총장이 대표단과 함께 방한하여 토론에 참석했다.",
                "Visit of Angel Gurría to the Republic of Korea",
                vec![gurria],
                vec![],
                vec!["country/kr"],
            ),
            (
                "ko",
                "홍윤식 장관과 앙헬 구리아 사무총장이 덴마크를 방문했다.",
                "Visit of Hong Yun-sik and Angel Gurría to Denmark",
                vec![hong, gurria],
                vec![],
                vec!["country/dk"],
            ),
            (
                "en",
                "On Monday Hong Yun-sik met with Angel Gurría to talk about open data.",
                "Meeting of Hong Yun-sik and Angel Gurría",
                vec![hong, gurria],
                vec![],
                vec![],
            ),
            (
                "en",
                "Angel Gurría held a bilateral meeting with Hong Yun-sik before noon.",
                "Bilateral meeting of Angel Gurría and Hong Yun-sik",
                vec![gurria, hong],
                vec![],
                vec![],
            ),
            (
                "en",
                "Hong Yun-sik and Angel Gurría drew up a road map in their meeting.",
                "Meeting of Hong Yun-sik and Angel Gurría",
                vec![hong, gurria],
                vec![],
                vec![],
            ),
            (
                "ko",
                "앙헬 구리아 사무총장은 어제 홍윤식 장관을 접견했다.",
                "Meeting of Angel Gurría and Hong Yun-sik",
                vec![gurria, hong],
                vec![],
                vec![],
            ),
            (
                "ko",
                "홍윤식 장관은 앙헬 구리아 사무총장과 회담을 갖고 방안을 논의했다.",
                "Meeting of Hong Yun-sik and Angel Gurría",
                vec![hong, gurria],
                vec![],
                vec![],
            ),
            (
                "en",
                "Hong Yun-sik hosted a dinner for visiting trainees at the ministry.",
                "Dinner hosted by Hong Yun-sik for visiting trainees",
                vec![],
                vec![hong],
                vec![],
            ),
            (
                "ko",
                "앙헬 구리아 사무총장은 연수생들을 위한 조찬을 주최했다.",
                "Breakfast hosted by Angel Gurría for trainees",
                vec![],
                vec![gurria],
                vec![],
            ),
        ] {
            let got = run(lang, text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.label(Lang::En) == Some(label))
                .unwrap_or_else(|| panic!("no {label:?} in {text}: {:#?}", got.events));
            let keys = |v: &[EntityKey]| v.iter().map(|k| k.to_string()).collect::<Vec<_>>();
            assert_eq!(keys(&ev.attendee), attendees, "attendees: {text}");
            assert_eq!(keys(&ev.organizer), organizers, "organizers: {text}");
            assert_eq!(keys(&ev.location), locations, "locations: {text}");
        }
    }

    /// (lang, text, event label, role, keys it must hold, keys it must not hold) — roles
    /// come from the clause that states the event: a place stated for another happening
    /// in the same sentence stays out, a co-host joined by `and` organizes too, a body
    /// that runs a course organizes it and does not attend it, and a body attending a
    /// meeting held (passive) elsewhere does not organize it.
    #[test]
    fn starting_within_picks_spans_by_begin() {
        let sp = |begin, end| Span { begin, end };
        let spans = [sp(0, 4), sp(10, 14), sp(20, 30), sp(40, 41)];
        // (first, last, expected begins)
        let cases: &[(usize, usize, &[usize])] = &[
            (0, 100, &[0, 10, 20, 40]),
            (5, 20, &[10, 20]),
            (11, 19, &[]),
            (20, 20, &[20]),
            (50, 60, &[]),
            (30, 10, &[]),
        ];
        for (first, last, want) in cases {
            let got: Vec<usize> = starting_within(&spans, *first, *last)
                .iter()
                .map(|s| s.begin)
                .collect();
            assert_eq!(&got, want, "{first}..={last}");
        }
    }

    #[test]
    fn host_verbs_only_in_english() {
        let en = "The agency hosted a forum. Later it organized a fair.";
        let ko = "행정안전부는 포럼을 개최하였다.";
        for (lang, text, found) in [(Lang::En, en, true), (Lang::Ko, ko, false)] {
            let notice = crate::model::Notice {
                id: "n".into(),
                title: None,
                date: None,
                source: None,
                publisher: None,
                lang,
                text: text.into(),
            };
            let ctx = Ctx::new(&notice, &[], &[], crate::ingest::Gazetteer::builtin());
            let verbs = host_verbs(&ctx);
            assert_eq!(!verbs.is_empty(), found, "{lang}: {verbs:?}");
            assert!(verbs.windows(2).all(|w| w[0].begin < w[1].begin), "{lang}");
        }
    }

    #[test]
    fn roles_stay_with_their_event() {
        let moi = "org/ministry-of-the-interior";
        for (lang, text, label, role, has, lacks) in [
            (
                "en",
                "Officials went to a preparatory meeting held in Tallinn, Estonia in May to ready the OECD E-Leaders Meeting 2019, to be held in Seoul.",
                "OECD E-Leaders Meeting 2019",
                "location",
                vec!["city/seoul"],
                vec!["city/tallinn", "country/ee"],
            ),
            (
                "en",
                "The OECD E-Leaders Meeting 2019 will be held in Seoul in October.",
                "OECD E-Leaders Meeting 2019",
                "location",
                vec!["city/seoul"],
                vec![],
            ),
            (
                "en",
                "The OECD E-Leaders Meeting 2019 was co-hosted by the OECD and the Ministry of the Interior.",
                "OECD E-Leaders Meeting 2019",
                "organizer",
                vec!["org/oecd", moi],
                vec![],
            ),
            (
                "en",
                "The delegation hosted 5 meetings in Tallinn, Estonia, including the OECD E-Leaders Meeting 2019.",
                "OECD E-Leaders Meeting 2019",
                "location",
                vec!["city/tallinn", "country/ee"],
                vec![],
            ),
            (
                "ko",
                "행정자치부(장관 홍윤식)는 개도국 3개국* 공무원을 초청하여 제3회 OECD 이-리더스 미팅을 진행한다.\n* 일본, 페루, 덴마크\n",
                "3rd OECD E-Leaders Meeting",
                "organizer",
                vec![moi],
                vec![],
            ),
            (
                "ko",
                "행정자치부(장관 홍윤식)는 개도국 3개국* 공무원을 초청하여 제3회 OECD 이-리더스 미팅을 진행한다.\n* 일본, 페루, 덴마크\n",
                "3rd OECD E-Leaders Meeting",
                "attendee",
                vec!["country/jp", "country/pe", "country/dk"],
                vec![moi],
            ),
            (
                "ko",
                "행정자치부와 OECD가 공동 주최하는 제3회 OECD 이-리더스 미팅이 서울에서 열린다.",
                "3rd OECD E-Leaders Meeting",
                "organizer",
                vec![moi, "org/oecd"],
                vec![],
            ),
            (
                "en",
                "Last week the Ministry of the Interior of the Republic of Korea signed an MOU on e-Government with Estonia.",
                "Signing of the Korea-Estonia MOU on e-Government",
                "attendee",
                vec![moi, "country/ee"],
                vec!["country/kr"],
            ),
            (
                "ko",
                "행정자치부는 프랑스와 데이터 기반 정부 업무협약(MOU)을 체결했다.",
                "Signing of the Korea-France MOU on data-driven government",
                "attendee",
                vec![moi, "country/fr"],
                vec![],
            ),
            (
                "en",
                "At the OECD E-Leaders Meeting 2019 in Seoul, Korea and Japan signed a Letter of Intent for Cooperation.",
                "Signing of the Korea-Japan Letter of Intent for Cooperation",
                "location",
                vec!["city/seoul"],
                vec![],
            ),
            (
                "ko",
                "행정자치부는 10월 1일 에스토니아에서 개최된 제3회 OECD 이-리더스 미팅에 참석했다.",
                "3rd OECD E-Leaders Meeting",
                "organizer",
                vec![],
                vec![moi],
            ),
        ] {
            let got = run(lang, text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.label(Lang::En) == Some(label))
                .unwrap_or_else(|| panic!("no {label:?} in {text}: {:#?}", got.events));
            let keys: Vec<String> = match role {
                "location" => &ev.location,
                "organizer" => &ev.organizer,
                _ => &ev.attendee,
            }
            .iter()
            .map(|k| k.to_string())
            .collect();
            for k in has {
                assert!(
                    keys.iter().any(|x| x == k),
                    "{role} lacks {k} ({keys:?}): {text}"
                );
            }
            for k in lacks {
                assert!(
                    !keys.iter().any(|x| x == k),
                    "{role} has {k} ({keys:?}): {text}"
                );
            }
        }
    }

    /// (text, event label, places it has, places it lacks) — a Korean place belongs to
    /// the event of the clause stating it: `X에서 열린 <event>` to the next event,
    /// `<event>이 X에서 열렸다` to the one before, `X 소재`, `X(Y)에서`.
    #[test]
    fn korean_places_stay_in_their_clause() {
        for (text, label, has, lacks) in [
            (
                "행정자치부는 에스토니아에서 개최된 제3회 OECD 이-리더스 미팅에 이어 부산에서 열린 제2회 공공데이터 글로벌 포럼에도 참석했다.",
                "3rd OECD E-Leaders Meeting",
                vec!["country/ee"],
                vec!["city/busan", "country/kr"],
            ),
            (
                "행정자치부는 에스토니아에서 개최된 제3회 OECD 이-리더스 미팅에 이어 부산에서 열린 제2회 공공데이터 글로벌 포럼에도 참석했다.",
                "2nd Open Data Global Forum",
                vec!["city/busan", "country/kr"],
                vec!["country/ee"],
            ),
            (
                "제3회 OECD 이-리더스 미팅이 탈린에서 열렸으며, 제2회 공공데이터 글로벌 포럼은 서울에서 개최됐다.",
                "3rd OECD E-Leaders Meeting",
                vec!["city/tallinn", "country/ee"],
                vec!["city/seoul"],
            ),
            (
                "제3회 OECD 이-리더스 미팅이 탈린에서 열렸으며, 제2회 공공데이터 글로벌 포럼은 서울에서 개최됐다.",
                "2nd Open Data Global Forum",
                vec!["city/seoul"],
                vec!["city/tallinn", "country/ee"],
            ),
            (
                "제3회 OECD 이-리더스 미팅은 탈린(에스토니아)에서 진행된다.",
                "3rd OECD E-Leaders Meeting",
                vec!["city/tallinn", "country/ee"],
                vec![],
            ),
            (
                "제2회 공공데이터 글로벌 포럼은 부산 소재 전시장에서 개최된다.",
                "2nd Open Data Global Forum",
                vec!["city/busan"],
                vec![],
            ),
        ] {
            let got = run("ko", text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.label(Lang::En) == Some(label))
                .unwrap_or_else(|| panic!("no {label:?} in {text}: {:#?}", got.events));
            let keys: Vec<String> = ev.location.iter().map(|k| k.to_string()).collect();
            for k in has {
                assert!(keys.iter().any(|x| x == k), "lacks {k} ({keys:?}): {text}");
            }
            for k in lacks {
                assert!(!keys.iter().any(|x| x == k), "has {k} ({keys:?}): {text}");
            }
        }
    }

    /// A Korean date belongs to the event of its clause: of dates listed with their
    /// places, only the one written next to the event; a bare year heading a clause that
    /// names another event does not make an edition of the series named before.
    #[test]
    fn korean_dates_stay_in_their_clause() {
        let text =
            "두 기관은 2016년 4월 파리, 2016년 10월 서울 제2회 공공데이터 글로벌 포럼에서 만났다.";
        let got = run_with_dates(
            "ko",
            text,
            &[
                ("2016년 4월", DateValue::YearMonth(2016, 4)),
                ("2016년 10월", DateValue::YearMonth(2016, 10)),
            ],
        );
        let ev = got
            .events
            .iter()
            .find(|e| {
                e.series
                    .as_ref()
                    .is_some_and(|k| k.slug == "open-data-global-forum")
            })
            .unwrap_or_else(|| panic!("no forum edition: {:#?}", got.events));
        assert_eq!(ev.start, Some(DateValue::YearMonth(2016, 10)), "{text}");
        let text = "제2회 공공데이터 글로벌 포럼에 참석했다. 두 장관은 2016년 프랑스에서 개최된 열린정부 회의에 대해 논의했다.";
        let got = run("ko", text);
        assert!(
            got.events
                .iter()
                .all(|e| e.entity.key.slug != "open-data-global-forum-2016"),
            "{text}"
        );
        let ev = event(&got, "2nd-open-data-global-forum");
        assert!(ev.location.is_empty(), "{:?}: {text}", ev.location);
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

    /// (lang, text, label) — an English object phrase is never cut inside: it ends where
    /// the sentence goes on, else at the document noun.
    #[test]
    fn signing_objects_end_cleanly() {
        for (lang, text, want) in [
            (
                "en",
                "The two bodies signed a memorandum of understanding (MoU) on widening staff exchanges in the region.",
                "Signing of the memorandum of understanding (MoU)",
            ),
            (
                "en",
                "The bureau signed a memorandum of understanding on sharing good practices.",
                "Signing of the memorandum of understanding",
            ),
            (
                "en",
                "The bureau signed an agreement on procurement with the OECD.",
                "Signing of the agreement on procurement",
            ),
            (
                "en",
                "The bureau signed an agreement on procurement, the ministry said.",
                "Signing of the agreement on procurement",
            ),
            (
                "en",
                "The bureau signed the MOU on e-Government regarding joint studies.",
                "Signing of the MOU on e-Government",
            ),
            (
                "en",
                "The bureau signed an agreement for training.",
                "Signing of the agreement for training",
            ),
            (
                "en",
                "The bureau signed the Charter for Open Map Data in Busan.",
                "Signing of the Charter for Open Map Data",
            ),
            (
                "ko",
                "두 기관은 지도 데이터 교류 확대에 관한 업무협약을 체결했다.",
                "지도 데이터 교류 확대에 관한 업무협약 체결",
            ),
        ] {
            let got = run(lang, text);
            let ev = got
                .events
                .iter()
                .find(|e| e.kind == EventKind::Signing)
                .unwrap_or_else(|| panic!("no signing in {text}"));
            let lang = if lang == "ko" { Lang::Ko } else { Lang::En };
            assert_eq!(ev.entity.label(lang), Some(want), "{text}");
        }
    }

    /// A Korean event name does not run across a line break (a list item before it).
    #[test]
    fn korean_names_stay_on_one_line() {
        let got = run("ko", "참가국\n프랑스\n전자정부 연수 과정이 열렸다.");
        let names: Vec<String> = got
            .events
            .iter()
            .filter_map(|e| e.entity.label(Lang::Ko).map(str::to_string))
            .collect();
        assert!(names.iter().all(|n| !n.contains('\n')), "{names:?}");
    }

    /// Short and full names of one event in a notice are one event.
    #[test]
    fn name_variants_merge() {
        let got = run(
            "en",
            "The ministry opened the 2030 Data Policy Online Course. The Korea Data Policy Online Course runs for a week. The Data Policy Online Course ends in May.",
        );
        let names = got.event_labels(Lang::En, None);
        assert_eq!(names, ["2030 Korea Data Policy Online Course"]);
        // Different events stay apart.
        let got = run(
            "en",
            "The Blue Water Forum met in May. The Green Energy Forum met in June.",
        );
        assert_eq!(got.events.len(), 2, "{:#?}", got.events);
    }

    #[test]
    fn ordinals() {
        for (n, want) in [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (22, "22nd"),
        ] {
            assert_eq!(ordinal(n), want);
        }
    }

    /// (lang, text, event slug) — series editions get the same key in both languages.
    #[test]
    fn series_edition_keys() {
        for (lang, text, slug) in [
            (
                "en",
                "Officials will gather for the OECD E-Leaders Meeting 2018 soon.",
                "oecd-e-leaders-meeting-2018",
            ),
            (
                "ko",
                "정부는 「2018년 OECD 이-리더스 미팅」을 준비한다.",
                "oecd-e-leaders-meeting-2018",
            ),
            (
                "ko",
                "2018년 경제협력개발기구 이-리더스 미팅이 열린다.",
                "oecd-e-leaders-meeting-2018",
            ),
            (
                "en",
                "Scores in the 2016 UN E-Government Survey were high.",
                "un-e-government-survey-2016",
            ),
            (
                "en",
                "The 3rd Digital-5 Ministerial Meeting opens in Busan.",
                "3rd-digital-5-ministerial-meeting",
            ),
            (
                "ko",
                "제3회 디지털-5 장관회의가 부산에서 열린다.",
                "3rd-digital-5-ministerial-meeting",
            ),
            (
                "en",
                "This year's OECD E-Leaders Meeting drew many.",
                "oecd-e-leaders-meeting-2017",
            ),
        ] {
            let got = run(lang, text);
            let ev = event(&got, slug);
            assert!(ev.series.is_some(), "{text}");
        }
    }

    #[test]
    fn edition_labels_both_languages() {
        let got = run("en", "Plans for the OECD E-Leaders Meeting 2019 are set.");
        let ev = event(&got, "oecd-e-leaders-meeting-2019");
        assert_eq!(
            ev.entity.label(Lang::En),
            Some("OECD E-Leaders Meeting 2019")
        );
        assert_eq!(
            ev.entity.label(Lang::Ko),
            Some("2019년 OECD 이-리더스 미팅")
        );
        assert_eq!(
            ev.organizer,
            [EntityKey::new(EntityKind::Organization, "oecd")]
        );
        assert_eq!(ev.status, EventStatus::Planned);
        assert_eq!(ev.kind, EventKind::Meeting);
    }

    /// `the 2019 edition of the …` names the 2019 edition; `this year's Meeting` and
    /// `the 5th Meeting` of one notice are one edition, labelled by ordinal, keyed by year.
    #[test]
    fn edition_phrases() {
        let got = run(
            "en",
            "Korea hosts the 2019 edition of the OECD E-Leaders Meeting in Seoul.",
        );
        event(&got, "oecd-e-leaders-meeting-2019");
        let got = run(
            "en",
            "Korea will host the 5th OECD E-Leaders Meeting. This year's E-Leaders Meeting opens in May.",
        );
        let editions: Vec<&str> = got
            .events
            .iter()
            .filter(|e| e.series.is_some())
            .map(|e| e.entity.key.slug.as_str())
            .collect();
        assert_eq!(
            editions,
            ["oecd-e-leaders-meeting-2017"],
            "{:#?}",
            got.events
        );
        assert_eq!(
            event(&got, "oecd-e-leaders-meeting-2017")
                .entity
                .label(Lang::En),
            Some("5th OECD E-Leaders Meeting")
        );
    }

    #[test]
    fn anaphora_last_year_with_place() {
        for (lang, text) in [
            (
                "en",
                "The OECD E-Leaders Meeting is held yearly. Last year's meeting held in Tallinn, Estonia was lively.",
            ),
            (
                "ko",
                "OECD 이-리더스 미팅은 매년 열린다. 작년에는 에스토니아 탈린에서 개최되었다.",
            ),
        ] {
            let got = run(lang, text);
            let ev = event(&got, "oecd-e-leaders-meeting-2016");
            assert_eq!(
                ev.location,
                [
                    EntityKey::new(EntityKind::City, "tallinn"),
                    EntityKey::new(EntityKind::Country, "ee")
                ],
                "{text}"
            );
            assert_eq!(ev.status, EventStatus::Held, "{text}");
        }
    }

    #[test]
    fn host_country_is_organizer_and_place() {
        let got = run(
            "en",
            "The ministry said Korea will host OECD E-Leaders Meeting 2018 in spring.",
        );
        let ev = event(&got, "oecd-e-leaders-meeting-2018");
        let kr = EntityKey::new(EntityKind::Country, "kr");
        assert!(ev.organizer.contains(&kr), "{ev:#?}");
        assert!(ev.location.contains(&kr), "{ev:#?}");
        assert_eq!(ev.status, EventStatus::Planned);
    }

    /// (lang, text, dates, expected status) — planned vs held.
    #[test]
    fn planned_or_held() {
        for (lang, text, date, want) in [
            (
                "en",
                "The Blue River Forum on water will be held in Seoul on May 2.",
                ("May 2", DateValue::Date(2017, 5, 2)),
                EventStatus::Planned,
            ),
            (
                "en",
                "The Blue River Forum on water took place in Seoul on March 2.",
                ("March 2", DateValue::Date(2017, 3, 2)),
                EventStatus::Held,
            ),
            (
                "ko",
                "정부는 5월 2일 서울에서 「푸른강 포럼」을 개최할 예정이다.",
                ("5월 2일", DateValue::Date(2017, 5, 2)),
                EventStatus::Planned,
            ),
            (
                "ko",
                "정부는 3월 2일 서울에서 「푸른강 포럼」을 열었다.",
                ("3월 2일", DateValue::Date(2017, 3, 2)),
                EventStatus::Held,
            ),
        ] {
            let got = run_with_dates(lang, text, &[date]);
            let ev = got
                .events
                .iter()
                .find(|e| e.kind == EventKind::Forum)
                .unwrap_or_else(|| panic!("no forum in {text}: {:#?}", got.events));
            assert_eq!(ev.status, want, "{text}");
            assert_eq!(ev.start, Some(date.1), "{text}");
            assert_eq!(
                ev.location.first(),
                Some(&EntityKey::new(EntityKind::City, "seoul")),
                "{text}"
            );
        }
    }

    #[test]
    fn named_english_event_key_and_kind() {
        let got = run(
            "en",
            "On Monday the ministry held the 2nd Korea-Estonia Joint Seminar on e-Government in Tallinn.",
        );
        let ev = event(&got, "2nd-korea-estonia-e-government-seminar");
        assert_eq!(ev.kind, EventKind::Seminar);
        assert_eq!(
            ev.location.first(),
            Some(&EntityKey::new(EntityKind::City, "tallinn"))
        );
    }

    /// (sentence, event label) — names starting with `e-`, list tails in names, and a
    /// forum named after a body's head noun.
    #[test]
    fn named_english_event_shapes() {
        for (text, label) in [
            (
                "Officials met at the Korea-Chile e-Government Seminar in Seoul.",
                "Korea-Chile e-Government Seminar",
            ),
            (
                "The 2nd World Forum on Data, Trust and Society opened.",
                "2nd World Forum on Data, Trust and Society",
            ),
            (
                "They held the Korea-Chile Forum on Public Administration in Seoul.",
                "Korea-Chile Forum on Public Administration",
            ),
        ] {
            let got = run("en", text);
            assert!(
                got.events
                    .iter()
                    .any(|e| e.entity.label(Lang::En) == Some(label)),
                "{text}: {:#?}",
                got.events
            );
            assert!(
                !got.entities
                    .iter()
                    .any(|e| e.key.kind == EntityKind::Organization),
                "{text}"
            );
        }
    }

    #[test]
    fn counted_meeting_of_a_body() {
        let got = run(
            "en",
            "Ministers attended the second meeting of the OECD in Tallinn.",
        );
        let ev = event(&got, "second-meeting-of-the-oecd");
        assert_eq!(
            ev.entity.label(Lang::En),
            Some("Second meeting of the OECD")
        );
    }

    #[test]
    fn signing_is_an_unnamed_event() {
        let got = run(
            "en",
            "The two ministries signed a memorandum of understanding (MOU) on e-Government in Seoul.",
        );
        let ev = got
            .events
            .iter()
            .find(|e| e.kind == EventKind::Signing)
            .unwrap();
        assert_eq!(ev.entity.key.slug, "t1-1");
        assert!(
            ev.entity
                .label(Lang::En)
                .unwrap()
                .starts_with("Signing of the memorandum")
        );
        let got = run("ko", "양국은 서울에서 전자정부 업무협약(MOU)을 체결했다.");
        let ev = got
            .events
            .iter()
            .find(|e| e.kind == EventKind::Signing)
            .unwrap();
        assert!(
            ev.entity.label(Lang::Ko).unwrap().ends_with("체결"),
            "{ev:#?}"
        );
    }
}
