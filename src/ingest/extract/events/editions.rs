//! Editions of known series (sources (1) and (2) of the events module): a series named
//! with a year or an ordinal next to it (`OECD E-Leaders Meeting 2018`, `제3회 디지털-5
//! 장관회의`, `the 2022 edition of the …`), or in Korean dated by its clause; anaphora
//! naming an edition of the series named last (`last year's meeting`, `작년에는 … 개최`)
//! or of the counted series of a numbered edition named before (`the next conference`,
//! `다음 회의`);
//! the merging of a year edition into the ordinal one of the same notice; and, once the
//! rankings are known, which past survey editions a notice only cites.
//!
//! Edition events are keyed `event/{series}-{year}` or `event/{3rd}-{series}`, the same in
//! both languages, with labels built from the series' labels ([`edition_event`]).

use super::named::KO_QUOTED;
use super::{Placed, group};
use crate::ingest::extract::{Ctx, Out, entity_with, push_unique, re};
use crate::model::{DateValue, EntityKey, EntityKind, Event, EventKind, EventStatus, Lang, Span};
use regex::Regex;
use std::sync::LazyLock;

/// In a counted series (not a survey), `this year's Summit` and `the third Summit` of one
/// notice are one edition: when a notice names ordinal editions of a series, its edition
/// named by the notice's own year merges into the latest of them (the highest number),
/// under the ordinal name (the gold convention names counted series by ordinal). In a survey series (named by
/// year) it goes the other way: an ordinal edition merges into the one year edition.
pub(super) fn year_into_ordinal(ctx: &Ctx, out: &mut Out, placed: &mut [Placed]) {
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
                .find(title, ctx.lang(), ctx.era())
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
pub(super) const ORDINAL_WORDS: &[&str] = &[
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
pub(super) fn series_editions(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
        if found.is_none()
            && let Some(y) = en_hosted_year(ctx, span)
        {
            found = Some((Edition::Year(y), span.begin, span.end));
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

/// An English verb of hosting right before a series named as its object (`Korea will host
/// the`, `agreed to host the`, `hosted the`).
static EN_HOST_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:(?:co-)?host(?:s|ed|ing)?|hold(?:s|ing)?|held)\s+(?:the\s+)?$"));

/// An English verb of holding right after a series named as its subject (`… will be held`,
/// `… took place`, `… is to be held`, `… will take place`).
static EN_HELD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:(?:will|is to|is set to|is scheduled to|was|has been|will be)\s+)?(?:be\s+)?(?:held|hosted|take place|took place|takes place|open(?:s|ed)?)\b",
    )
});

/// A word before a date that makes it no date of a happening (`since 2005`, `until 2020`,
/// `by 2030`).
static EN_NOT_WHEN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:since|until|till|by|through)\s+(?:the\s+)?$"));

/// The year of an English edition of the series named at `span` (chars) with no year in
/// its name, when the series is hosted or held in its clause (`Korea will host the X in
/// Seoul in October next year`, `the X will be held in Busan in 2019`,
/// [`EN_HOST_BEFORE`], [`EN_HELD_AFTER`]): the year of the first date after the name in
/// its clause ([`super::clauses::en_verb_clause`]) not after `since`, `until`, `by`
/// ([`EN_NOT_WHEN`]). `None` in Korean, where the clause's date before the name serves.
fn en_hosted_year(ctx: &Ctx, span: Span) -> Option<i32> {
    if ctx.lang() != Lang::En {
        return None;
    }
    let sentence = ctx.sentence_of(span.begin);
    let before = ctx.slice(Span {
        begin: span.begin.saturating_sub(30).max(sentence.begin),
        end: span.begin,
    });
    let after = ctx.slice(Span {
        begin: span.end,
        end: (span.end + 40).min(sentence.end).max(span.end),
    });
    if !EN_HOST_BEFORE.is_match(&before) && !EN_HELD_AFTER.is_match(&after) {
        return None;
    }
    let clause = super::clauses::en_verb_clause(ctx, sentence, span.begin);
    ctx.dates
        .iter()
        .filter(|d| d.span.begin >= span.end && d.span.end <= clause.end)
        .find(|d| {
            let lead = ctx.slice(Span {
                begin: d.span.begin.saturating_sub(12).max(span.end),
                end: d.span.begin,
            });
            !EN_NOT_WHEN.is_match(&lead)
        })
        .map(|d| d.value.year())
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

/// Korean event nouns that name the event just named: after a demonstrative (`이 회의`,
/// [`DEMONSTRATIVE_KO`]) or opening a sentence with a topic or place particle (`회의에는
/// … 참석했다`, `포럼에서는 …`, [`sentence_opening_nouns`]).
const KO_REFERRING_NOUNS: &[&str] = &[
    "회의",
    "미팅",
    "포럼",
    "총회",
    "세미나",
    "워크숍",
    "설명회",
    "행사",
    "회담",
    "과정",
    "연수",
    "라운드테이블",
    "심포지엄",
    "정상회의",
    "장관회의",
    "컨퍼런스",
    "콘퍼런스",
];

/// A demonstrative naming an event just named (Korean): `이 회의`, `이번 포럼`, `동
/// 회의`, `해당 세미나` (nouns of [`KO_REFERRING_NOUNS`]).
static DEMONSTRATIVE_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|[\s(])(?P<d>이번\s?|이\s|동\s|해당\s)(?P<noun>{})",
        KO_REFERRING_NOUNS.join("|")
    ))
});

/// A demonstrative naming an event just named (English): `this meeting`, `the forum`.
static DEMONSTRATIVE_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<d>[Tt]his|[Tt]he)\s+(?P<noun>meeting|forum|summit|conference|seminar|workshop|briefing|course|roundtable|round\s+table|symposium|dialogue)\b",
    )
});

/// `개최`, with the agreement noun it may modify (group 1: `개최 협정`, an agreement to
/// host, whose clause is about a signing; its year and place are no edition's).
static KO_HELD_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"개최(\s?(?:협정|협약|계약|양해각서|합의서|MOU))?"));

/// Whether `text` has `개최` as a verb of holding ([`KO_HELD_WORD`] without an
/// agreement noun after it).
fn ko_holding_word(text: &str) -> bool {
    KO_HELD_WORD.captures_iter(text).any(|c| c.get(1).is_none())
}

/// Words of a series' history (`처음 시작`, `first held`, `since`): a demonstrative in a
/// clause with them speaks of the series, not of the edition just named.
static SERIES_HISTORY: LazyLock<Regex> =
    LazyLock::new(|| re(r"처음|최초|부터|\b(?:first|since|began|launched)\b"));

/// After a Korean time word: an adnominal verb of holding in the same clause followed by
/// a name ending in an event noun (`… 개최된 <이름> 회의`); `first` is the name's first word.
static KO_NAMED_AFTER_HELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[^,.]*?(?:열린|열리는|열릴|개최된|개최되는|개최될)\s+(?P<first>[^\s,.]+)(?:\s+[^\s,.]+){0,3}?\s*(?:회의|포럼|총회|세미나|서밋|미팅|박람회|회담|대회)",
    )
});

/// A demonstrative event mention (`이 회의는 … 열린다`, `the meeting will be held in …`)
/// names the last event placed before it in its sentence or the one before that its
/// noun names ([`referent`]; demonstratives placed before it count), of the kind
/// its noun names (`행사` any kind but a survey edition): the mention is placed as that
/// event, so that its clause's date, place and participants are that event's. Skipped
/// when it overlaps a placed mention or its clause tells the series' history
/// ([`SERIES_HISTORY`]). Runs after every other placement.
pub(super) fn demonstratives(ctx: &Ctx, out: &Out, placed: &mut Vec<Placed>) {
    let pattern = if ctx.lang() == Lang::Ko {
        &DEMONSTRATIVE_KO
    } else {
        &DEMONSTRATIVE_EN
    };
    let mut mentions: Vec<(Span, String)> = ctx
        .find_all(pattern)
        .into_iter()
        .filter_map(|caps| {
            let d = group(pattern, &caps, "d")?;
            let noun = group(pattern, &caps, "noun")?;
            Some((
                Span {
                    begin: d.begin,
                    end: noun.end,
                },
                ctx.slice(noun),
            ))
        })
        .collect();
    mentions.extend(sentence_opening_nouns(ctx));
    mentions.sort_by_key(|(span, _)| span.begin);
    for (span, noun) in mentions {
        if placed
            .iter()
            .any(|p| p.span.begin < span.end && span.begin < p.span.end)
        {
            continue;
        }
        let sentence = ctx.sentence_of(span.begin);
        let rest = ctx.slice(Span {
            begin: span.end,
            end: sentence.end,
        });
        let clause = rest.split([',', ';']).next().unwrap_or("");
        if SERIES_HISTORY.is_match(clause) {
            continue;
        }
        let from = ctx
            .sentences
            .iter()
            .rfind(|s| s.end <= sentence.begin)
            .map_or(sentence.begin, |s| s.begin);
        // Placed at once: a later demonstrative may name the event through this one
        // (`… Roundtable. … join the roundtable, … . The roundtable will …`).
        if let Some(r) = referent(out, placed, from, span, noun.as_str()) {
            let (key, year) = (r.key.clone(), r.year);
            placed.push(Placed { span, key, year });
        }
    }
}

/// Particles after a sentence-opening event noun ([`KO_REFERRING_NOUNS`]).
const KO_OPENING_PARTICLES: &[&str] = &["에는", "에서는", "에서", "에", "는", "은"];

/// The (span, noun) of each Korean sentence that opens with a bare event noun and a
/// particle (`회의에는 …`): the noun's span (chars).
fn sentence_opening_nouns(ctx: &Ctx) -> Vec<(Span, String)> {
    if ctx.lang() != Lang::Ko {
        return Vec::new();
    }
    ctx.sentences
        .iter()
        .filter_map(|s| {
            let text = ctx.slice(*s);
            let noun = KO_REFERRING_NOUNS.iter().find(|n| {
                text.strip_prefix(*n).is_some_and(|rest| {
                    KO_OPENING_PARTICLES
                        .iter()
                        .any(|p| rest.strip_prefix(p).is_some_and(|r| r.starts_with(' ')))
                })
            })?;
            Some((
                Span {
                    begin: s.begin,
                    end: s.begin + noun.chars().count(),
                },
                noun.to_string(),
            ))
        })
        .collect()
}

/// The placed event a demonstrative at `span` with `noun` names, among those placed
/// between char `from` and the demonstrative: the last one whose label holds the noun
/// ([`named_by`]: `the roundtable` after a `… Roundtable` and a `… Meeting`), else the
/// last one if its kind fits the noun ([`noun_fits`]).
fn referent<'a>(
    out: &Out,
    placed: &'a [Placed],
    from: usize,
    span: Span,
    noun: &str,
) -> Option<&'a Placed> {
    let event = |p: &Placed| out.events().iter().find(|e| e.entity.key == p.key);
    let fits = |p: &&Placed| event(p).is_some_and(|e| noun_fits(noun, e.kind));
    let labelled = |p: &&Placed| fits(p) && event(p).is_some_and(|e| named_by(e, noun));
    let window = || {
        placed
            .iter()
            .filter(|p| p.span.begin >= from && p.span.end <= span.begin)
    };
    window()
        .filter(labelled)
        .max_by_key(|p| p.span.end)
        .or_else(|| window().max_by_key(|p| p.span.end).filter(fits))
}

/// Whether a label of `ev` holds the event noun `noun` (case and spaces aside:
/// `Ministerial Roundtable` for `round table`).
fn named_by(ev: &crate::model::Event, noun: &str) -> bool {
    let squeeze = |t: &str| t.to_lowercase().replace(char::is_whitespace, "");
    let noun = squeeze(noun);
    [Lang::En, Lang::Ko]
        .iter()
        .filter_map(|l| ev.entity.label(*l))
        .any(|l| squeeze(l).contains(&noun))
}

/// Whether an event of `kind` can be named by the event noun `noun` of a demonstrative:
/// the kind the noun names ([`super::kind_of`]); any kind but a survey edition for the
/// generic `행사`; a forum or seminar too for the generic Korean `회의`,
/// which also names summits and conferences (`이번 회의` of a `… 정상회의`).
fn noun_fits(noun: &str, kind: EventKind) -> bool {
    if kind == EventKind::SurveyEdition {
        return false;
    }
    match noun {
        "행사" => true,
        "회의" => matches!(
            kind,
            EventKind::Meeting | EventKind::Forum | EventKind::Seminar
        ),
        _ => kind == super::kind_of(noun),
    }
}

/// (2) `last year's meeting`, `the third Summit`, `작년에는 … 개최`, `제2회 회의`,
/// `'18년 회의` after a series was named.
pub(super) fn anaphora(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
            && !(ko_holding_word(&sentence_text) || sentence_text.contains("열렸"))
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

/// An edition named by anaphora after a named event of a counted series (not one of the
/// gazetteer, see [`anaphora`]), English: `the next conference`, `last year's 4th forum`,
/// `the third forum`. A lowercase noun: a capitalised one is a name.
static NAMED_ANAPHORA_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<when>(?i:the\s+next|next\s+year's|last\s+year's|this\s+year's|the))\s+(?:(?P<ord>\d+)(?:st|nd|rd|th)\s+|(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?(?P<noun>meeting|forum|summit|conference|seminar|workshop|symposium|dialogue)\b",
    )
});

/// Korean: `다음 회의`, `차기 포럼`, and a bare noun after an ordinal, `제3차 회의` (other
/// ordinal Korean editions are names, found by `named_ko`).
static NAMED_ANAPHORA_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<when>다음|차기|제\s?(?P<ord>\d+)\s?[회차])\s?(?P<noun>회의|포럼|총회|컨퍼런스|콘퍼런스|세미나|대회|장관회의|대화)",
    )
});

/// `3rd `, `Third `, `제3회 `, `제 2차 ` at the start of a label; the number and the
/// Korean counter (`회`/`차`), for [`renumbered`].
static LABEL_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\d+(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|제\s?\d+\s?(?P<counter>[회차]))\s+",
    )
});

/// `label` (of an edition numbered in its name) with its number replaced by `n`: `3rd
/// Asia Forum` → `4th Asia Forum`, `제2차 아시아 회의` → `제3차 아시아 회의`. `None` when
/// the label starts with no number.
fn renumbered(label: &str, n: u32) -> Option<String> {
    let c = LABEL_ORDINAL.captures(label)?;
    let rest = &label[c.get(0)?.end()..];
    Some(match c.name("counter") {
        Some(k) => format!("제{n}{} {rest}", k.as_str()),
        None => format!("{} {rest}", ordinal(n)),
    })
}

/// The edition number an anaphor states or implies: its own ordinal, else one more than
/// its referent's (`the next …`, `next year's …`) or one less (`last year's …`), else
/// (`this year's …`, `the …` with no ordinal) none.
fn anaphor_number(
    ctx: &Ctx,
    pattern: &Regex,
    caps: &[Option<Span>],
    of: Option<u32>,
) -> Option<u32> {
    let g = |name: &str| group(pattern, caps, name);
    if let Some(n) = g("ord") {
        return ctx.slice(n).parse().ok();
    }
    if let Some(w) = g("word") {
        return ORDINAL_WORDS
            .iter()
            .position(|x| *x == ctx.slice(w))
            .map(|i| i as u32 + 1);
    }
    let when = ctx.slice(g("when")?).to_lowercase();
    if when.contains("next") || when == "다음" || when == "차기" {
        of.map(|n| n + 1)
    } else if when.starts_with("last") {
        of.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0)
    } else {
        None
    }
}

/// The year an English anaphor's time word gives (`last year's`: the notice's year
/// before), if any.
fn anaphor_year(ctx: &Ctx, when: &str) -> Option<i32> {
    let w = when.to_lowercase();
    let ny = ctx.year()?;
    if w.starts_with("last year") {
        Some(ny - 1)
    } else if w.starts_with("next year") {
        Some(ny + 1)
    } else if w.starts_with("this year") {
        Some(ny)
    } else {
        None
    }
}

/// The last event placed before char `pos` whose label in the notice's language has
/// the anaphor's `noun` and starts with an edition number, with that number.
pub(super) fn numbered_referent<'a>(
    ctx: &Ctx,
    out: &'a Out,
    placed: &[Placed],
    pos: usize,
    noun: &str,
) -> Option<(&'a Event, u32)> {
    placed
        .iter()
        .filter(|p| p.span.end <= pos)
        .max_by_key(|p| p.span.end)
        .and_then(|p| out.events().iter().find(|e| e.entity.key == p.key))
        .filter(|e| e.named && e.kind != EventKind::SurveyEdition)
        .and_then(|e| {
            let label = e.entity.label(ctx.lang())?;
            let n = crate::ingest::extract::identity::edition_number(e)?;
            label.to_lowercase().contains(noun).then_some((e, n))
        })
}

/// (2') An edition of a counted series the notice names (`3rd Asia-Pacific … Conference`,
/// `제2차 … 장관회의`) named again by anaphora ([`NAMED_ANAPHORA_EN`],
/// [`NAMED_ANAPHORA_KO`]): `the next conference` is the edition numbered one more,
/// `last year's 4th forum` the 4th, dated the year before the notice. The mention is
/// placed as that edition (the referent itself when the number is the same), named and
/// keyed like it with the number changed; its clause gives its date, place and status.
pub(super) fn named_anaphora(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let pattern: &Regex = if ctx.lang() == Lang::Ko {
        &NAMED_ANAPHORA_KO
    } else {
        &NAMED_ANAPHORA_EN
    };
    for caps in ctx.find_all(pattern) {
        let (Some(whole), Some(when), Some(noun)) = (
            caps[0],
            group(pattern, &caps, "when"),
            group(pattern, &caps, "noun"),
        ) else {
            continue;
        };
        if super::overlaps_placed(placed, whole) {
            continue;
        }
        let noun_text = ctx.slice(noun).to_lowercase();
        let Some((referent, of)) = numbered_referent(ctx, out, placed, whole.begin, &noun_text)
            .map(|(e, n)| (e.clone(), n))
        else {
            continue;
        };
        let Some(n) = anaphor_number(ctx, pattern, &caps, Some(of)) else {
            continue;
        };
        let when_text = ctx.slice(when);
        let year = anaphor_year(ctx, &when_text);
        let key = if n == of {
            referent.entity.key.clone()
        } else {
            let Some(ev) = renumbered_edition(ctx, &referent, n, year) else {
                continue;
            };
            let key = ev.entity.key.clone();
            // Added at once: a later anaphor (`The first dialogue … The third dialogue
            // …`) may number from this one.
            out.add_event(ev);
            key
        };
        placed.push(Placed {
            span: whole,
            key,
            year,
        });
    }
}

/// The edition numbered `n` of the series `referent` is an edition of: its labels and
/// key renumbered ([`renumbered`]), its kind and series, dated `year` when the anaphor
/// gives one (planned when that is after the notice's year).
fn renumbered_edition(ctx: &Ctx, referent: &Event, n: u32, year: Option<i32>) -> Option<Event> {
    let en = referent
        .entity
        .label(Lang::En)
        .and_then(|l| renumbered(l, n));
    let ko = referent
        .entity
        .label(Lang::Ko)
        .and_then(|l| renumbered(l, n));
    if en.is_none() && ko.is_none() {
        return None;
    }
    let slug = &referent.entity.key.slug;
    let old = crate::ingest::extract::identity::edition_number(referent).map(ordinal)?;
    let slug = match slug.strip_prefix(&format!("{old}-")) {
        Some(rest) => format!("{}-{rest}", ordinal(n)),
        None => format!("{}-{slug}", ordinal(n)),
    };
    let planned = matches!((year, ctx.year()), (Some(y), Some(ny)) if y > ny);
    Some(Event {
        entity: entity_with(
            EntityKey::new(EntityKind::Event, slug),
            en.as_deref(),
            ko.as_deref(),
        ),
        kind: referent.kind,
        status: if planned {
            EventStatus::Planned
        } else {
            EventStatus::Held
        },
        start: year.map(DateValue::Year),
        end: None,
        location: Vec::new(),
        organizer: Vec::new(),
        attendee: Vec::new(),
        series: referent.series.clone(),
        edition: None,
        about: Vec::new(),
        named: true,
    })
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &NAMED_ANAPHORA_EN,
    &NAMED_ANAPHORA_KO,
    &LABEL_ORDINAL,
    &EDITION_BEFORE,
    &YEAR_AFTER_SERIES,
    &ANAPHORA_EN,
    &ANAPHORA_KO,
    &KO_NAMED_AFTER_HELD,
    &DEMONSTRATIVE_KO,
    &DEMONSTRATIVE_EN,
    &SERIES_HISTORY,
    &KO_HELD_WORD,
    &EN_HOST_BEFORE,
    &EN_HELD_AFTER,
    &EN_NOT_WHEN,
];

#[cfg(test)]
mod tests {
    use super::super::event;
    use super::*;
    use crate::ingest::extract::test_support::{run, run_dated, run_with_dates};

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

    /// (lang, text, dates, event, start, place) — a demonstrative (`이 회의는`, `the
    /// meeting`) names the event just named: its clause's date and place are that
    /// event's; one telling the series' history (`처음`, `first`) does not.
    #[test]
    fn demonstratives_name_the_event_just_named() {
        let day = DateValue::Date(2017, 10, 8);
        for (lang, text, dates, slug, start, place) in [
            (
                "ko",
                "정부는 2017년 OECD 이-리더스 미팅에 대표단을 보낼 계획이며, 이 회의는 10월 8일 에스토니아 탈린에서 열린다.",
                vec![("2017년", DateValue::Year(2017)), ("10월 8일", day)],
                "oecd-e-leaders-meeting-2017",
                Some(day),
                Some("city/tallinn"),
            ),
            (
                "en",
                "The ministry will send a delegation to the OECD E-Leaders Meeting 2017. The meeting will be held in Tallinn on October 8.",
                vec![("October 8", day)],
                "oecd-e-leaders-meeting-2017",
                Some(day),
                Some("city/tallinn"),
            ),
            (
                "ko",
                "정부는 2017년 OECD 이-리더스 미팅에 대표단을 보낸다. 이 회의는 10월 8일 처음 시작되었다.",
                vec![("2017년", DateValue::Year(2017)), ("10월 8일", day)],
                "oecd-e-leaders-meeting-2017",
                Some(DateValue::Year(2017)),
                None,
            ),
        ] {
            let got = run_with_dates(lang, text, &dates);
            let ev = event(&got, slug);
            assert_eq!(ev.start, start, "{text} {:#?}", got.events);
            if let Some(k) = place {
                assert!(
                    ev.location.iter().any(|l| l.to_string() == k),
                    "{:?}: {text}",
                    ev.location
                );
            }
        }
    }

    /// (lang, text, label, slug, status, year, place) — an edition of a counted series the
    /// notice names, named again by anaphora: `the next conference` / `다음 회의` is the
    /// next number, `last year's 1st conference` the one named, dated the year before.
    /// Notice dated 2017-04-01; sentences written for this test.
    #[test]
    fn anaphora_names_editions_of_a_named_series() {
        use crate::ingest::extract::test_support::run_dated;
        for (lang, text, label, slug, status, year, place) in [
            (
                "en",
                "Korea hosted the 2nd Asia Open Map Conference in Busan on March 3. The next conference will take place in Tallinn in 2019.",
                "3rd Asia Open Map Conference",
                "asia-open-map-meeting-2019",
                EventStatus::Planned,
                2019,
                "tallinn",
            ),
            (
                "en",
                "Korea will host the 2nd Asia Open Map Conference in Busan in May. Last year's 1st conference took place in Tallinn.",
                "1st Asia Open Map Conference",
                "asia-open-map-meeting-2016",
                EventStatus::Held,
                2016,
                "tallinn",
            ),
            (
                "ko",
                "행정자치부는 3월 3일 부산에서 제2차 아시아 지도 회의를 개최했다. 다음 회의는 2019년 탈린에서 열린다.",
                "제3차 아시아 지도 회의",
                "",
                EventStatus::Planned,
                2019,
                "tallinn",
            ),
            (
                "en",
                "Korea hosted the 2nd Asia Open Map Conference in Busan on March 3. The first conference was held in Tallinn in 2015. The third conference will take place in Tallinn in 2019.",
                "3rd Asia Open Map Conference",
                "asia-open-map-meeting-2019",
                EventStatus::Planned,
                2019,
                "tallinn",
            ),
            (
                "ko",
                "행정자치부는 3월 3일 부산에서 제2차 아시아 지도 회의를 개최했다. 제1차 회의는 2015년 탈린에서 열렸다. 제3차 회의는 2019년 탈린에서 열릴 예정이다.",
                "제3차 아시아 지도 회의",
                "",
                EventStatus::Planned,
                2019,
                "tallinn",
            ),
        ] {
            let got = run_dated(lang, DateValue::Date(2017, 4, 1), text);
            let l = if lang == "ko" { Lang::Ko } else { Lang::En };
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.label(l) == Some(label))
                .unwrap_or_else(|| panic!("no {label} in {:#?}", got.events));
            if !slug.is_empty() {
                assert_eq!(ev.entity.key.slug, slug, "{text}");
            }
            assert_eq!(ev.status, status, "{text}");
            assert_eq!(ev.start.map(|d| d.year()), Some(year), "{text}");
            assert!(
                ev.location.iter().any(|k| k.slug == place),
                "{text}: {:?}",
                ev.location
            );
        }
    }

    /// `the conference` without a number or `next` is no new edition (demonstratives
    /// name the one just named); nor is `the next meeting` without a numbered event.
    #[test]
    fn anaphora_without_a_number_adds_no_edition() {
        for (lang, text) in [
            (
                "en",
                "Korea hosted the 2nd Asia Open Map Conference in Busan. The conference drew 300 people.",
            ),
            ("en", "The two sides will hold the next meeting in Tallinn."),
            ("ko", "양측은 다음 회의를 탈린에서 열기로 했다."),
        ] {
            let got = run(lang, text);
            assert!(
                got.events.len() <= 1,
                "{text}: {:#?}",
                got.event_labels(Lang::En, None)
            );
        }
    }

    /// (lang, text) — a known series named with no year, hosted or held in its clause
    /// with a date after it (`Korea will host the X in Seoul in October next year`), is
    /// the planned edition of that date's year, keyed like `X 2018`; sentences written
    /// for this test.
    #[test]
    fn hosted_series_without_a_year_is_the_dated_edition() {
        let day = DateValue::Date(2017, 11, 20);
        for (lang, text) in [
            (
                "en",
                "Korea will host the OECD E-Leaders Meeting in Seoul in October next year.",
            ),
            (
                "en",
                "The ministry said on November 20 that Korea will host the OECD E-Leaders Meeting in Seoul in October 2018.",
            ),
            (
                "en",
                "The OECD E-Leaders Meeting will be held in Seoul in October 2018.",
            ),
            (
                "ko",
                "행정자치부는 내년 10월 서울에서 OECD 이-리더스 미팅을 개최한다고 20일 밝혔다.",
            ),
        ] {
            let got = run_dated(lang, day, text);
            let ev = event(&got, "oecd-e-leaders-meeting-2018");
            assert_eq!(ev.status, EventStatus::Planned, "{text}\n{ev:#?}");
            assert_eq!(
                ev.start,
                Some(DateValue::YearMonth(2018, 10)),
                "{text}\n{ev:#?}"
            );
            assert!(
                ev.location.iter().any(|k| k.slug == "seoul"),
                "{text}\n{ev:#?}"
            );
        }
        // A year after `since` dates no edition.
        let got = run_dated(
            "en",
            day,
            "Korea has hosted the OECD E-Leaders Meeting since 2005.",
        );
        assert!(got.events.is_empty(), "{:#?}", got.events);
    }
}
