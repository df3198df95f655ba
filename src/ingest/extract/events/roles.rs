//! The roles of placed events: dates, places, organizers, attendees, topics and status,
//! read from the event's stretch of its sentence (from the previous event mention, or the
//! sentence start, to the next one). English places follow `in`/`at` and belong to the
//! nearest event word before them; Korean places and dates belong to the event of their
//! clause ([`super::clauses`]); venues come from [`super::venues`]. Also the participants
//! of survey editions from the rankings.

use super::Placed;
use super::clauses::{
    discussed_stretch, en_clause, en_role_clause, en_verb_clause, ko_owner, ko_place_mention,
    ko_places, ko_role_clause, ko_subject, ko_verb_clause,
};
use super::venues::{Venue, venues};
use crate::ingest::dates::{add_days, embargoed_report, in_year};
use crate::ingest::extract::identity::joint_body_sides;
use crate::ingest::extract::{Ctx, Out, push_unique, re};
use crate::ingest::gazetteer::Match;
use crate::model::{
    DateMention, DateValue, EntityKey, EntityKind, Event, EventKind, EventStatus, Lang, Span,
};
use regex::Regex;
use std::sync::LazyLock;

/// Words of an English clause that put its event in the future: the future tense, a
/// schedule, or an agreement, decision or intention to do it (`agreed to sign`).
static FUTURE_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:will|to be held|upcoming|plans? to|planning to|is to|are to|scheduled|(?:agreed|agrees?|decided|decides?|intends?|promised|pledged) to|(?:is|are) (?:expected|set) to)\b",
    )
});

/// The Korean counterpart of [`FUTURE_EN`]: a plan or schedule, a present tense of a
/// verb of holding, or an agreement or decision to do it (`서명하기로 합의`).
static FUTURE_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"예정|개최한다|할 계획|열린다|개최할|참석한다|연다|갖는다|체결한다|방문한다|기로\s?(?:합의|했|하였|결정|약속)",
    )
});

/// The words before a host's name (`hosted by the`, `organized by`, `co-hosted by`,
/// `jointly organized by`), also before a country whose government hosts (`hosted by the
/// government of X`).
static HOST_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?i:(?:co-|jointly\s+)?(?:hosted|organi[sz]ed|convened|sponsored)|held) by\s+(?:the\s+)?(?:government of\s+(?:the\s+)?)?$",
    )
});

/// An English verb whose subject hosts the event it governs (`will host the`, `held a`),
/// chairing included (`will chair the`: the chair's body runs the meeting).
static HOST_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:will (?:co-)?host|(?:co-)?hosts|(?:co-)?hosted|will hold|holds|held|(?:co-)?organi[sz]ed|will (?:co-)?organi[sz]e|convened|will chair|chairs|chaired)\s+(?:the|a|an|its|this|[A-Z0-9])",
    )
});

/// Words of attending (`attended`, `participated`, `join`, `took part`, `참석`, `합류`): the persons, bodies
/// and countries of a stretch with one attend its event.
static ATTEND: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)attend|particip|joined|\bjoin\b|delegat|brought together|\bt(?:ook|ake|akes|aking) part\b|참석|참가|참여|합류|함께\s?(?:했|하였|한)",
    )
});

/// A word naming a happening in an English notice: a place after `in`/`at` belongs to
/// the nearest such word before it.
static EVENT_NOUN_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:meeting|summit|forum|seminar|conference|workshop|session|ceremony|course|training|visit|fair|festival|council|dialogue|roundtable|talks|expo|exhibition|luncheon|dinner|signing|olympics)s?\b",
    )
});

/// An active Korean verb of holding or running an event (`개최한`, `진행한다`, `주관하는`);
/// presiding (`주재한다`) and the active forms of `열다` (`연다`, `열었다`, `열고`,
/// `열기로`) too; passive forms
/// (`개최된`, `열린`) do not make the subject the organizer.
static KO_HOST_ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:개최|주최|주관|진행|실시|운영)(?:하|한|했|할|합|해)|주재(?:하|한|했|할|합|해)|연다|열었|열고|열기로|열겠",
    )
});

/// Words that date the release of a survey or index edition (`was launched on 25 June`,
/// `released today`, `18일 공개된`, `UN이 발표한`): only then is a day or month in its
/// stretch the edition's date; otherwise (a ministry announcing a rank on the day) the
/// edition keeps its year.
static SURVEY_RELEASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:launch(?:ed|es)?|releas(?:ed|es|e)|publish(?:ed|es)?|unveil(?:ed|s)?|issued)\b|(?:공개|발간|출간)(?:되|됐|된|했|한|하였)|발표(?:한|된)\s",
    )
});

/// An active Korean verb an embedded subject runs an event with, between that subject and
/// the event (`UN이 2년마다 실시하는 「…」`): the body that governs the sentence before it
/// (`행정안전부는 …`) is then not the event's organizer.
static KO_EMBEDDED_HOST: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:개최|주최|주관|진행|실시|운영|발표|시행)(?:하는|한|해\s?온|하여\s?온)\s*\S{0,3}$")
});

/// Words introducing members of a group (`including`, `such as`).
static INCLUDING: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:including|such as|among them)\b"));

/// A Korean count of countries with a footnote mark (`12개국*`): the footnote line
/// (`* A, B, C`) lists them.
/// A reporting verb and the `that` opening what it reports (`said on March 2 that`,
/// `announced that`, `told reporters on Monday that`): a date before the `that` dates the
/// report, not the events the reported clause names.
static EN_REPORT_THAT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:said|says|announced|announces|stated|noted|revealed|reported|explained|added|disclosed|confirmed|told\s+\w+)\b[^.;]{0,60}?\bthat\b",
    )
});

static KO_COUNTRIES_NOTE: LazyLock<Regex> = LazyLock::new(|| re(r"\d+\s?개국\s?\*"));

/// Words joining a co-host to the host before it (`hosted by A and B`, `A와 B가 공동 주최`),
/// after the first host's bracketed acronym if it has one (`A (AB) and B`, `A(AB)과 B`;
/// from an acronym found as a mention of its own, the bracket that closes it).
static JOINED_HOST: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\s?\([^()]{1,20}\)|\))?(?:,\s*|,?\s+and\s+(?:the\s+)?|\s*(?:와|과|및)\s*|\s*,\s*)$")
});

/// Spans (in chars) of the English hosting verbs ([`HOST_VERB`]) of the whole text, in
/// order; empty for Korean. Found once per notice: [`roles`] looks up each event's stretch
/// in it instead of searching the whole text again per event.
fn host_verbs(ctx: &Ctx) -> Vec<Span> {
    if ctx.lang() != Lang::En {
        return Vec::new();
    }
    spans_of(ctx, &HOST_VERB)
}

/// The most chars between an edition's name and a yearless date after it that is the
/// edition's (`2019 … 회의가 11월 5일`, `Meeting 2019 was held in Seoul on November 5`).
const EDITION_DATE_GAP: usize = 40;

/// The notice's date mentions as read for the placed event `p`: when `p` is an edition
/// named with its year (`2019 OECD …`, not `the meeting`; not a survey's, whose year is
/// no date), a date right after its name that
/// states no year (at most [`EDITION_DATE_GAP`] chars on, no comma, semicolon or other
/// sentence between) is placed in that year ([`in_year`]); the others stay as they are.
fn edition_dates(ctx: &Ctx, p: &Placed, kind: EventKind) -> Vec<DateMention> {
    let year = p
        .year
        .filter(|y| kind != EventKind::SurveyEdition && ctx.slice(p.span).contains(&y.to_string()));
    ctx.dates
        .iter()
        .map(|d| {
            year.filter(|_| right_after(ctx, p.span, d.span))
                .and_then(|y| in_year(d, y))
                .unwrap_or_else(|| d.clone())
        })
        .collect()
}

/// `true` if `date` (chars) follows `name` within [`EDITION_DATE_GAP`] chars of the same
/// sentence, with no comma or semicolon between.
fn right_after(ctx: &Ctx, name: Span, date: Span) -> bool {
    if date.begin < name.end || date.begin - name.end > EDITION_DATE_GAP {
        return false;
    }
    let gap = ctx.slice(Span {
        begin: name.end,
        end: date.begin,
    });
    !gap.contains([',', ';', '\n']) && ctx.sentence_of(name.begin) == ctx.sentence_of(date.begin)
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

/// The stretch of its sentence that a placed event's roles are read from.
struct Stretch {
    /// The event's sentence (chars).
    sentence: Span,
    /// From the event mention before it (or its clause's start, or the sentence start)
    /// to the next one (or the sentence end), kept to the event's clause; the event's own
    /// words when it is discussed (chars).
    seg: Span,
    /// The event's own words when it is talked about or prepared for
    /// ([`discussed_stretch`]).
    discussed: Option<Span>,
    /// The text of `seg`.
    text: String,
}

/// What [`roles`] reads once per notice: the venues and their spans, the English hosting
/// verbs ([`host_verbs`]) and event nouns ([`EVENT_NOUN_EN`]).
struct Cues {
    venues: Vec<Venue>,
    venue_spans: Vec<Span>,
    host_verbs: Vec<Span>,
    event_nouns: Vec<Span>,
}

/// The places and organizers read for one event, in the order found.
#[derive(Default)]
struct Found {
    locations: Vec<EntityKey>,
    organizers: Vec<EntityKey>,
}

/// Assigns dates, places, organizers, attendees, topics and status to placed events.
pub(super) fn roles(ctx: &Ctx, out: &mut Out, placed: &[Placed]) {
    let venues = venues(ctx, out);
    let cues = Cues {
        venue_spans: venues.iter().map(|v| v.span).collect(),
        venues,
        host_verbs: host_verbs(ctx),
        event_nouns: spans_of(ctx, &EVENT_NOUN_EN),
    };
    for (i, p) in placed.iter().enumerate() {
        let st = stretch(ctx, placed, i);
        let Some(mut ev) = out.event_mut(&p.key).map(|e| e.clone()) else {
            continue;
        };
        set_dates(ctx, placed, p, &st, &mut ev);
        let in_seg = ctx.found_in(st.seg, &[]);
        let found = places_and_organizers(ctx, placed, p, &st, &cues, &in_seg);
        add_locations(ctx, &mut ev, found.locations);
        for k in found.organizers {
            push_unique(&mut ev.organizer, k);
        }
        add_attending(ctx, p, &st, &cues.event_nouns, &in_seg, &mut ev);
        add_meeting_parties(ctx, p, &in_seg, &mut ev);
        signing_place(out, &placed[..i], p, &st, &mut ev);
        add_listed_attendees(ctx, p, &st, &in_seg, &mut ev);
        same_occasion(ctx, out, &placed[..i], &st, &mut ev);
        for m in in_seg.iter().filter(|m| m.key.kind == EntityKind::Topic) {
            push_unique(&mut ev.about, m.key.clone());
        }
        ev.status = status(ctx, p, &st, &ev);
        if let Some(e) = out.event_mut(&p.key) {
            *e = ev;
        }
    }
    unplaced_attending(ctx, out, placed);
}

/// A verb (or the noun of those who do it) of attending, said of people (`attended`,
/// `participated`, `took part`, `participants`, `참석했다`, `참가할`, `참여하여`; not the
/// Korean nouns `참여국`, `참석자`): the cue of an
/// attending clause that names no event ([`unplaced_attending`]). Narrower than
/// [`ATTEND`]: `delegation` or `join` alone (`sent a delegation to X`, `join efforts`)
/// attend nothing.
static ATTEND_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:attend(?:ed|s|ing)?|particip(?:ated|ates|ating|ants?)|t(?:ook|ake|akes|aking) part)\b|(?:참석|참가|참여)(?:했|하였|한다|할|하여|해|하고|하며|합니|하는)",
    )
});

/// Words of what a series habitually does (`매년`, `격년제로`, `개최하고 있다`, `every
/// year`, `since 2005`): a sentence with them tells who usually attends, not who
/// attended the event reported.
static HABITUAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:하고|되고|해\s?오고)\s?있|매년|격년|해마다|\b(?:every|each)\s+(?:year|two years)\b|\bannually\b|\bsince\b",
    )
});

/// An English word right after a word of attending that gives it an object (`attended
/// the dinner`, `took part in a workshop`, `joined OECD`): attending something the
/// clause names, not the event the notice reports.
static EN_ATTEND_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[a-z]*\s+(?:(?:in|at|on)\s+)?(?:(?:the|a|an|its|this|their|his|her)\b|[A-Z0-9])")
});

/// Clauses that speak of attending without naming what is attended (`Leaders from
/// thirty countries, including A and B, took part.`, `A, B 등 30여 개국 대표가
/// 참석했다`, `…, and ministers from A and B are expected to join.`): the persons,
/// bodies and countries of such a clause attend the event its sentence places, if it
/// places exactly one, else the notice's one event placed before the clause (survey
/// editions aside). A clause is a role clause ([`en_role_clause`], [`ko_role_clause`])
/// with no placed event and no series or event named (`X 회의는 A, B 등이 참석하는 …`
/// tells of the series) nor habitual words ([`HABITUAL`]), whose attending word has no object of its own
/// ([`ATTEND_VERB`], [`EN_ATTEND_OBJECT`]; in Korean no `…에` before it).
fn unplaced_attending(ctx: &Ctx, out: &mut Out, placed: &[Placed]) {
    for sentence in ctx.sentences.clone() {
        for clause in role_clauses(ctx, sentence) {
            if placed
                .iter()
                .any(|p| p.span.begin < clause.end && clause.begin < p.span.end)
                || !ctx
                    .found_in(clause, &[EntityKind::Series, EntityKind::Event])
                    .is_empty()
                || HABITUAL.is_match(&ctx.slice(sentence))
                || !attends_unnamed(ctx, clause)
            {
                continue;
            }
            let Some(key) = unplaced_referent(out, placed, sentence, clause) else {
                continue;
            };
            let found = ctx.found_in(clause, &[]);
            let Some(ev) = out.event_mut(&key) else {
                continue;
            };
            for m in outermost(&found) {
                if attendee_of_unplaced(ctx, m)
                    && !ev.location.contains(&m.key)
                    && !ev.organizer.contains(&m.key)
                {
                    push_unique(&mut ev.attendee, m.key.clone());
                }
            }
        }
    }
}

/// The role clauses of `sentence` (chars), in order ([`en_role_clause`],
/// [`ko_role_clause`]).
fn role_clauses(ctx: &Ctx, sentence: Span) -> Vec<Span> {
    let mut clauses = Vec::new();
    let mut at = sentence.begin;
    while at < sentence.end {
        let c = match ctx.lang() {
            Lang::En => en_role_clause(ctx, sentence, at),
            Lang::Ko => ko_role_clause(ctx, sentence, at),
        };
        if c.end <= at {
            at += 1;
            continue;
        }
        clauses.push(Span {
            begin: c.begin.max(at),
            end: c.end,
        });
        at = c.end;
    }
    clauses
}

/// Whether `clause` (chars) has a word of attending ([`ATTEND_VERB`]) with no object of its
/// own: in English no [`EN_ATTEND_OBJECT`] after it, in Korean no `에` just before it
/// (`만찬에 참석`).
fn attends_unnamed(ctx: &Ctx, clause: Span) -> bool {
    let text = ctx.slice(clause);
    ATTEND_VERB.find_iter(&text).any(|w| match ctx.lang() {
        Lang::En => !EN_ATTEND_OBJECT.is_match(&text[w.end()..]),
        Lang::Ko => {
            let before: String = text[..w.start()].chars().rev().take(4).collect();
            !before.contains('에')
        }
    })
}

/// The event an attending clause without an event of its own speaks of (see
/// [`unplaced_attending`]): the one event placed in `sentence`, else the one placed in the
/// notice before `clause`; survey editions never.
fn unplaced_referent(
    out: &Out,
    placed: &[Placed],
    sentence: Span,
    clause: Span,
) -> Option<EntityKey> {
    let only = |within: &dyn Fn(&Placed) -> bool| -> Option<Option<EntityKey>> {
        let mut keys: Vec<&EntityKey> = Vec::new();
        for p in placed.iter().filter(|p| within(p)) {
            let survey = out
                .events()
                .iter()
                .any(|e| e.entity.key == p.key && e.kind == EventKind::SurveyEdition);
            if !survey && !keys.contains(&&p.key) {
                keys.push(&p.key);
            }
        }
        match keys.as_slice() {
            [] => None,
            [k] => Some(Some((*k).clone())),
            _ => Some(None),
        }
    };
    let in_sentence = |p: &Placed| p.span.begin >= sentence.begin && p.span.end <= sentence.end;
    match only(&in_sentence) {
        Some(found) => found,
        None => only(&|p: &Placed| p.span.end <= clause.begin).flatten(),
    }
}

/// Whether the mention `m` of an attending clause attends: a person, body or country
/// that is not a place the clause states (`in X`, `at X`, `X에서` where something
/// happens) nor what is attended (`X 포럼에 참가`, [`ko_attended`]).
fn attendee_of_unplaced(ctx: &Ctx, m: &Match) -> bool {
    if !matches!(
        m.key.kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    ) {
        return false;
    }
    match ctx.lang() {
        Lang::Ko => !ko_place_mention(ctx, m) && !ko_attended(ctx, m),
        Lang::En => {
            let before = ctx.slice(Span {
                begin: m.span.begin.saturating_sub(4),
                end: m.span.begin,
            });
            !(before.ends_with(" in ") || before.ends_with(" at "))
        }
    }
}

/// A sentence that opens by pointing back at the participants or the occasion of the
/// sentence before (`The two ministers …`, `Both sides …`, `During the talks, …`, `두
/// 장관은 …`, `양측은 …`, `이 자리에서 …`), or names that occasion later on (`… is to be
/// signed at the meeting`).
static OCCASION_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:The|the) two (?:ministers|vice ministers|sides|countries|leaders|officials|ministries|heads|delegations|parties|agencies|governments)|Both (?:sides|ministers|countries|parties|leaders|delegations)|They|(?:During|At|After) the (?:meeting|talks|visit|forum|event|ceremony|session)|On (?:this|the same) occasion|두 (?:장관|차관|정상|기관|나라|부처|대표|대표단|사람)(?:은|는|이|가)|양측(?:은|이)|양국(?:은|이)|양 (?:기관|부처|국)(?:은|이)|이 자리에서|그 자리에서|(?:회담|면담|회의|방문)(?:에서|\s?중에?))|\b(?:at|during) (?:the|this) (?:meeting|talks|video conference|videoconference|session)\b",
    )
});

/// An event of a sentence that points back at the sentence before ([`OCCASION_BACK`]:
/// `The two ministers signed an MOU` after `A met B in Jakarta on May 15`) happens on
/// that occasion: without a date or place of its own it takes the start, end and places
/// of the last event placed in the sentence before (`before`: the events placed before
/// it, in order). A planned occasion lends its date too (`will meet … on May 4. An MOU
/// is to be signed at the meeting`); nothing is taken from a cited event or one with no
/// date.
fn same_occasion(ctx: &Ctx, out: &Out, before: &[Placed], st: &Stretch, ev: &mut Event) {
    if ev.start.is_some() || !OCCASION_BACK.is_match(&ctx.slice(st.sentence)) {
        return;
    }
    let Some(prev_sentence) = ctx
        .sentences
        .iter()
        .rev()
        .find(|s| s.end <= st.sentence.begin)
    else {
        return;
    };
    let Some(occasion) = before
        .iter()
        .rev()
        .filter(|q| q.span.begin >= prev_sentence.begin && q.span.end <= prev_sentence.end)
        .find_map(|q| out.events().iter().find(|e| e.entity.key == q.key))
        .filter(|e| e.start.is_some() && e.status != EventStatus::Cited)
    else {
        return;
    };
    ev.start = occasion.start;
    ev.end = occasion.end;
    if ev.location.is_empty() {
        ev.location = occasion.location.clone();
    }
}

/// The stretch of its sentence that the roles of `placed[i]` are read from.
fn stretch(ctx: &Ctx, placed: &[Placed], i: usize) -> Stretch {
    let p = &placed[i];
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
    // The event's own clause; when the event before lies in an earlier clause, the
    // stretch opens at this clause's start (`…, while Director Kim attended the
    // Meeting`: Kim is this meeting's).
    let clause = match ctx.lang() {
        Lang::En => en_role_clause(ctx, sentence, p.span.begin),
        Lang::Ko => ko_role_clause(ctx, sentence, p.span.begin),
    };
    let seg = match prev_end {
        Some(e) if e <= clause.begin => Span {
            begin: clause.begin,
            ..seg
        },
        _ => seg,
    };
    let seg = within_clause(seg, clause, p.span);
    // An event talked about or prepared for (`met … to discuss the Forum next year`)
    // keeps to its own words: the clause's date, place and status are the meeting's.
    let discussed = discussed_stretch(ctx, seg, p.span);
    let seg = discussed.unwrap_or(seg);
    Stretch {
        sentence,
        seg,
        discussed,
        text: ctx.slice(seg),
    }
}

/// Sets the start and end of `ev` (placed at `p`) from the dates of its stretch: in
/// Korean those of its clause ([`ko_owner`]), in English those of its stretch and clause;
/// of an edition only those of its year ([`edition_dates`]); a more precise date replaces
/// a year.
fn set_dates(ctx: &Ctx, placed: &[Placed], p: &Placed, st: &Stretch, ev: &mut Event) {
    let (sentence, seg, discussed) = (st.sentence, st.seg, st.discussed);
    let ko = ctx.lang() == Lang::Ko;
    let date_spans: Vec<Span> = ctx
        .dates
        .iter()
        .filter(|d| d.span.begin >= sentence.begin && d.span.end <= sentence.end)
        .map(|d| d.span)
        .collect();
    // A day or month without a year in an edition's stretch is in the edition's year
    // (`2019 … 회의가 11월 5일 열렸다`, `the Meeting 2019 … on November 5`).
    let in_edition = edition_dates(ctx, p, ev.kind);
    // A Korean date belongs to the event of its clause (`2016년 5월 서울, 2016년
    // 11월 부산 «포럼»`: only November is the forum's).
    let dates: Vec<_> = in_edition
        .iter()
        .filter(|d| {
            if ko && discussed.is_none() {
                d.span.begin >= sentence.begin
                    && d.span.end <= sentence.end
                    && ko_owner(ctx, placed, sentence, d.span, &date_spans) == Some(&p.key)
            } else {
                d.span.begin >= seg.begin && d.span.end <= seg.end
            }
        })
        .filter(|d| p.year.is_none_or(|y| d.value.year() == y))
        .filter(|d| {
            ev.kind != EventKind::SurveyEdition
                || matches!(d.value, DateValue::Year(_))
                || SURVEY_RELEASE.is_match(&st.text)
        })
        .collect();
    let dates = if ko {
        dates
    } else {
        en_clause_dates(ctx, sentence, p.span, dates)
    };
    // A Korean happening placed at its verb (`… 2월에 … 방한하였을 때`) is dated
    // before the verb: without a date in its stretch, the last one before it in the
    // sentence.
    let dates = if dates.is_empty() && ko && !ev.named && discussed.is_none() {
        ctx.dates
            .iter()
            .rfind(|d| d.span.begin >= sentence.begin && d.span.end <= p.span.begin)
            .into_iter()
            .collect()
    } else {
        dates
    };
    let first = first_date(&dates);
    if let Some(d) = first.and_then(|i| dates.get(i)) {
        let precise = |v: &DateValue| !matches!(v, DateValue::Year(_));
        if ev.start.is_none() || (precise(&d.value) && !ev.start.is_some_and(|s| precise(&s))) {
            ev.start = Some(d.value);
            ev.end = d.end.or_else(|| {
                dates
                    .get(first.unwrap_or(0) + 1)
                    .filter(|d2| {
                        let gap = ctx.slice(Span {
                            begin: d.span.end,
                            end: d2.span.begin.max(d.span.end),
                        });
                        gap.trim().chars().count() <= 3
                            && (gap.contains('~')
                                || gap.contains('-')
                                || gap.contains("to")
                                || gap.contains('–')
                                || gap.contains("부터"))
                    })
                    .map(|d2| d2.value)
                    .or_else(|| stated_duration_end(ctx, d))
            });
        }
    }
}

/// A duration stated right after a start day (`5월 12일부터 이틀간`, `사흘 동안`, `3일간`,
/// `May 12 for two days`).
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:부터\s*)?(?:(?P<ko>이틀|사흘|나흘|닷새|엿새|이레)|(?P<n>\d{1,2})\s?일)\s*(?:간|동안)|^,?\s*for (?P<en>two|three|four|five|six|seven|\d{1,2}) days\b",
    )
});

/// The last day of an event starting at the day mention `d` when a duration follows it
/// ([`DURATION`]): `n` days from the start, the start counted.
fn stated_duration_end(ctx: &Ctx, d: &DateMention) -> Option<DateValue> {
    let after = ctx.slice(Span {
        begin: d.span.end,
        end: (d.span.end + 20).min(ctx.chars.len()),
    });
    let caps = DURATION.captures(&after)?;
    const KO: [&str; 6] = ["이틀", "사흘", "나흘", "닷새", "엿새", "이레"];
    const EN: [&str; 6] = ["two", "three", "four", "five", "six", "seven"];
    let n: u32 = if let Some(k) = caps.name("ko") {
        KO.iter().position(|w| *w == k.as_str())? as u32 + 2
    } else if let Some(n) = caps.name("n").or(caps.name("en")) {
        match EN.iter().position(|w| *w == n.as_str()) {
            Some(i) => i as u32 + 2,
            None => n.as_str().parse().ok()?,
        }
    } else {
        return None;
    };
    (2..=31)
        .contains(&n)
        .then(|| add_days(d.value, n - 1))
        .flatten()
}

/// The places and organizers of the event placed at `p`: its venues ([`venue_places`]),
/// the places and hosts its stretch names ([`mention_role`]), the subjects of English
/// hosting verbs ([`host_verb_subjects`]) and co-hosts named before it.
fn places_and_organizers(
    ctx: &Ctx,
    placed: &[Placed],
    p: &Placed,
    st: &Stretch,
    cues: &Cues,
    in_seg: &[&Match],
) -> Found {
    let mut found = Found::default();
    venue_places(ctx, placed, p, st, cues, &mut found);
    for m in in_seg {
        mention_role(ctx, p, st, cues, in_seg, m, &mut found);
    }
    host_verb_subjects(ctx, p, st, cues, in_seg, &mut found);
    co_hosts_before(ctx, in_seg, p.span, &mut found.organizers);
    found
}

/// Adds to `roles` the Korean places of the event's clause ([`ko_places`]) and its
/// venues: in Korean those of the event's clause, in English those after `at`/`in` that
/// belong to the event ([`place_is_local`]); a venue brings its city.
fn venue_places(
    ctx: &Ctx,
    placed: &[Placed],
    p: &Placed,
    st: &Stretch,
    cues: &Cues,
    roles: &mut Found,
) {
    let (sentence, seg, discussed) = (st.sentence, st.seg, st.discussed);
    let ko = ctx.lang() == Lang::Ko;
    if ko && discussed.is_none() {
        ko_places(ctx, placed, sentence, &p.key, &mut roles.locations);
    }
    // Venues: in Korean those of the event's clause, in English those after `at`/`in`
    // that belong to the event (`place_is_local`).
    for v in cues.venues.iter().filter(|v| {
        if ko && discussed.is_none() {
            v.span.begin >= sentence.begin
                && v.span.end <= sentence.end
                && ko_owner(ctx, placed, sentence, v.span, &cues.venue_spans) == Some(&p.key)
        } else if ko {
            v.span.begin >= seg.begin && v.span.end <= seg.end
        } else {
            v.span.begin >= seg.begin
                && v.span.end <= seg.end
                && place_is_local(ctx, &cues.event_nouns, seg, p.span, v.span)
        }
    }) {
        push_unique(&mut roles.locations, v.key.clone());
        if let Some(c) = &v.city {
            push_unique(&mut roles.locations, c.clone());
        }
    }
}

/// Adds to `roles` what the mention `m` of the event's stretch is: in Korean a host
/// (`X에서 주최`, an active subject of a hosting verb); in English a host (`hosted by X`,
/// a co-host joined to one) or a place after `in`/`at` that belongs to the event.
fn mention_role(
    ctx: &Ctx,
    p: &Placed,
    st: &Stretch,
    cues: &Cues,
    in_seg: &[&Match],
    m: &Match,
    roles: &mut Found,
) {
    let seg = st.seg;
    let place = matches!(
        m.key.kind,
        EntityKind::City | EntityKind::Country | EntityKind::Region
    );
    let before: String = ctx.chars[seg.begin.max(m.span.begin.saturating_sub(40))..m.span.begin]
        .iter()
        .collect();
    let after: String = ctx.chars[m.span.end..(m.span.end + 12).min(ctx.chars.len())]
        .iter()
        .collect();
    // `X 정부가 주최한`: a country's government stands for the country.
    let government = ctx.lang() == Lang::Ko && m.key.kind == EntityKind::Country;
    let (after, own_particle) = match after.trim_start().strip_prefix("정부") {
        Some(rest) if government => (rest.to_string(), None),
        _ => (after.clone(), m.particle.as_deref()),
    };
    // A mention found by a rule may carry no particle: read `이`/`가` glued after it.
    let particle = match own_particle {
        Some(p) => p,
        None if after.starts_with('이') => "이",
        None if after.starts_with('가') => "가",
        None => "",
    };
    if ctx.lang() == Lang::Ko {
        let rest = after.trim_start_matches(particle).trim_start();
        if (particle.starts_with("에서") || particle.is_empty() && after.starts_with("에서"))
            && (rest.starts_with("주최") || rest.starts_with("주관"))
        {
            push_unique(&mut roles.organizers, m.key.clone());
        } else if matches!(particle, "이" | "가")
            && KO_HOSTED_BY_SUBJECT.is_match(rest)
            && (m.span.end <= p.span.begin || KO_HOSTED_FINITE.is_match(rest))
            && m.key.kind != EntityKind::Region
        {
            // `부산시가 주최한 «…»`, `A가 공동 주관하는`: a city or person hosts too; a
            // finite verb after the event (`이번 회의는 X이 주최했으며`) names its host.
            push_unique(&mut roles.organizers, m.key.clone());
        } else if place && ko_place_mention(ctx, m) {
            // Placed by `ko_places`.
        } else if ko_subject(ctx, m)
            && matches!(m.key.kind, EntityKind::Organization | EntityKind::Country)
            && m.span.end <= p.span.begin
            && KO_HOST_ACTIVE.is_match(&st.text)
            && !ko_embedded_host(ctx, in_seg, m, p.span)
        {
            push_unique(&mut roles.organizers, m.key.clone());
        }
    } else {
        let b = before.trim_end();
        if HOST_BY.is_match(&before) || joined_host(ctx, in_seg, &roles.organizers, m) {
            let host = possessed_body(in_seg, m, &after).unwrap_or(&m.key);
            push_unique(&mut roles.organizers, host.clone());
        } else if place && !place_is_local(ctx, &cues.event_nouns, seg, p.span, m.span) {
            // A place of another event of the stretch.
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
                    .any(|x| roles.locations.contains(&x.key) && x.span.end + 2 == m.span.begin)
            {
                return;
            }
            push_unique(&mut roles.locations, m.key.clone());
        }
    }
}

/// Whether another body or country stands as the subject of an adnominal hosting verb
/// between the Korean subject `m` and the event at `event` (`행정안전부는 UN이 실시하는
/// 「… 평가」에서`, see [`KO_EMBEDDED_HOST`]): that nearer subject runs the event, `m` only
/// reports on it.
fn ko_embedded_host(ctx: &Ctx, in_seg: &[&Match], m: &Match, event: Span) -> bool {
    in_seg.iter().any(|x| {
        x.key != m.key
            && x.span.begin >= m.span.end
            && x.span.end <= event.begin
            && matches!(x.key.kind, EntityKind::Organization | EntityKind::Country)
            && ko_subject(ctx, x)
            && KO_EMBEDDED_HOST.is_match(&ctx.slice(Span {
                begin: x.span.end,
                end: event.begin,
            }))
    })
}

/// Adds to `roles` the subjects of the English hosting verbs between the event's stretch
/// start and the event (`the Ministry of X … held`: the body, not its state; a hosting
/// country is also a place).
fn host_verb_subjects(
    ctx: &Ctx,
    p: &Placed,
    st: &Stretch,
    cues: &Cues,
    in_seg: &[&Match],
    roles: &mut Found,
) {
    let seg = st.seg;
    for &v in starting_within(&cues.host_verbs, seg.begin, p.span.begin) {
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
        // A country inside a body's name (`the Korea-Vietnam … Committee will
        // hold`) is part of the subject, not the subject.
        let before: Vec<_> = outermost(in_seg)
            .into_iter()
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
            push_unique(&mut roles.organizers, s.key.clone());
            if s.key.kind == EntityKind::Country && ctx.slice(v).contains("host") {
                push_unique(&mut roles.locations, s.key.clone());
            }
        }
    }
}

/// Adds `locations` to the event's places, most specific first, each city bringing its
/// country; a visit's places are all sorted so (its destination came first).
fn add_locations(ctx: &Ctx, ev: &mut Event, mut locations: Vec<EntityKey>) {
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
    // A survey edition is published, not held: the places its sentence names (`X is a
    // leader in Y, ranking 5th in the Survey`) are the ranked country's.
    if ev.kind == EventKind::SurveyEdition {
        locations.clear();
    }
    for k in locations {
        push_unique(&mut ev.location, k);
    }
    // A visit's destination came first: a city named for it goes before.
    if ev.kind == EventKind::Visit {
        ev.location.sort_by_key(rank);
    }
}

/// The most chars between an English attending word and the happening word it governs
/// (`join the roundtable`, `attended a luncheon`).
const ATTEND_OBJECT_GAP: usize = 16;

/// Whether the stretch `st` of the event placed at `p` speaks of attending it: some
/// attending word ([`ATTEND`]) of the stretch does not govern another happening named
/// before the event (`join the roundtable, which … at the Meeting`: the roundtable's,
/// not the Meeting's; `attended the dinner of the Forum` stays the Forum's). `nouns`
/// are the chars spans of the English happening words of the text, in order.
fn attends_here(ctx: &Ctx, p: &Placed, st: &Stretch, nouns: &[Span]) -> bool {
    let mut words = ATTEND.find_iter(&st.text).peekable();
    if ctx.lang() != Lang::En {
        return words.peek().is_some();
    }
    words.any(|w| {
        let end = st.seg.begin + st.text[..w.end()].chars().count();
        let Some(noun) = nouns.iter().find(|n| n.begin >= end) else {
            return true;
        };
        let elsewhere = noun.begin <= end + ATTEND_OBJECT_GAP
            && noun.end <= p.span.begin
            && !ctx
                .slice(Span {
                    begin: noun.end,
                    end: p.span.begin,
                })
                .starts_with(" of");
        !elsewhere
    })
}

/// Adds as attendees the persons, bodies and countries of a stretch that speaks of
/// attending (not of a survey edition), other than its places, its organizers and (in
/// Korean) what is attended later (`…에 참가`, [`ko_attended`]).
fn add_attending(
    ctx: &Ctx,
    p: &Placed,
    st: &Stretch,
    nouns: &[Span],
    in_seg: &[&Match],
    ev: &mut Event,
) {
    let ko = ctx.lang() == Lang::Ko;
    let relative = relative_clause_after(ctx, st, p.span);
    if attends_here(ctx, p, st, nouns) && ev.kind != EventKind::SurveyEdition {
        for m in in_seg.iter().filter(|m| m.span.begin < relative) {
            if matches!(
                m.key.kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            ) && !ev.location.contains(&m.key)
                && !ev.organizer.contains(&m.key)
                && (!ko || !ko_attended(ctx, m))
            {
                push_unique(&mut ev.attendee, m.key.clone());
            }
        }
    }
}

/// An English relative clause after an event mention (`…, which was proposed by X`,
/// `…, where …`, `…, who …`): it tells of the event or of others, not who attends.
static EN_RELATIVE: LazyLock<Regex> = LazyLock::new(|| re(r",\s+(?:which|where|who|whose)\b"));

/// Where (chars) an English relative clause ([`EN_RELATIVE`]) after the event mention
/// `event` begins in the stretch `st`; the stretch end when there is none, when it speaks
/// of attending (`…, which was attended by X`), and always in Korean.
fn relative_clause_after(ctx: &Ctx, st: &Stretch, event: Span) -> usize {
    if ctx.lang() != Lang::En || event.end >= st.seg.end {
        return st.seg.end;
    }
    let rest = ctx.slice(Span {
        begin: event.end,
        end: st.seg.end,
    });
    match EN_RELATIVE.find(&rest) {
        Some(m) if !ATTEND.is_match(&rest[m.start()..]) => {
            event.end + rest[..m.start()].chars().count()
        }
        _ => st.seg.end,
    }
}

/// Adds the parties of a meeting: the two sides of a joint committee or council it is a
/// meeting of ([`joint_body_sides`]), and in Korean the partner it is held with (`X와
/// 회의를 열었다`, [`ko_partner`]) with the subject who holds it (`A는 X와 …`).
fn add_meeting_parties(ctx: &Ctx, p: &Placed, in_seg: &[&Match], ev: &mut Event) {
    if ev.kind != EventKind::Meeting {
        return;
    }
    // A side is a participant also where the meeting is held (`… met in Seoul`).
    for k in joint_body_sides(ctx, ev) {
        if !ev.organizer.contains(&k) {
            push_unique(&mut ev.attendee, k);
        }
    }
    if ctx.lang() != Lang::Ko {
        return;
    }
    let partners: Vec<&&Match> = in_seg
        .iter()
        .filter(|m| ko_partner(ctx, m, p.span))
        .collect();
    let subjects = in_seg.iter().filter(|m| {
        !partners.is_empty()
            && m.span.end <= p.span.begin
            && ko_subject(ctx, m)
            && matches!(
                m.key.kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            )
    });
    for m in partners.iter().copied().chain(subjects) {
        if !ev.location.contains(&m.key) {
            push_unique(&mut ev.attendee, m.key.clone());
        }
    }
}

/// `At the forum, the two ministries signed …`: a signing without a place of its own
/// takes the place of the happening placed `before` it in its sentence, unless the
/// signing has a date of its own other than the happening's (`will hold the committee
/// next month and sign an agreement next year`: a later step, no place stated).
fn signing_place(out: &Out, before: &[Placed], p: &Placed, st: &Stretch, ev: &mut Event) {
    if ev.kind == EventKind::Signing && ev.location.is_empty() {
        if let Some(host) = before
            .iter()
            .rev()
            .filter(|q| q.span.begin >= st.sentence.begin && q.key != p.key)
            .find_map(|q| out.events().iter().find(|e| e.entity.key == q.key))
            .filter(|h| ev.start.is_none() || h.start.is_none() || h.start == ev.start)
        {
            ev.location = host.location.clone();
        }
    }
}

/// Adds the attendees listed apart: a Korean footnote's countries, a signing's parties,
/// a course's trainee countries (its organizers never take it).
fn add_listed_attendees(ctx: &Ctx, p: &Placed, st: &Stretch, in_seg: &[&Match], ev: &mut Event) {
    let ko = ctx.lang() == Lang::Ko;
    if ctx.lang() == Lang::Ko && st.discussed.is_none() {
        for k in footnote_countries(ctx, st.sentence) {
            if !ev.location.contains(&k) {
                push_unique(&mut ev.attendee, k);
            }
        }
    }
    if ev.kind == EventKind::Signing && ko {
        for k in ko_topic_parties(ctx, st.sentence, p.span) {
            if !ev.location.contains(&k) {
                push_unique(&mut ev.attendee, k);
            }
        }
    }
    if ev.kind == EventKind::Signing {
        for k in signing_parties(ctx, in_seg, p.span) {
            if !ev.location.contains(&k) {
                push_unique(&mut ev.attendee, k);
            }
        }
    }
    // A course's trainees come from the countries its stretch names other than
    // where it is held (`for officials from X`, `X 공무원을 대상으로`).
    if ev.kind == EventKind::Training {
        for m in in_seg.iter().filter(|m| m.key.kind == EntityKind::Country) {
            let placed_there = ev.location.contains(&m.key) || ko && ko_place_mention(ctx, m);
            if !placed_there {
                push_unique(&mut ev.attendee, m.key.clone());
            }
        }
    }
    // A course without a named organizer is run by the body its sentence opens with
    // (`The Ministry … announced that the … Course will begin`, `…부는 … 과정이 …고
    // 밝혔다`): notices of the genre announce their own courses.
    if ev.kind == EventKind::Training
        && ev.organizer.is_empty()
        && let Some(body) = announcing_body(ctx, st.sentence, p.span)
    {
        ev.organizer.push(body);
    }
    // A course's organizers run it; they do not take it.
    if ev.kind == EventKind::Training {
        let organizers = ev.organizer.clone();
        ev.attendee.retain(|k| !organizers.contains(k));
    }
}

/// The status of `ev` (placed at `p`): planned when it starts after the notice date (an
/// embargoed report aside) or its clause speaks of the future (and it is not dated in a
/// past year), or it is discussed without a date; else held.
fn status(ctx: &Ctx, p: &Placed, st: &Stretch, ev: &Event) -> EventStatus {
    let (sentence, seg, discussed) = (st.sentence, st.seg, st.discussed);
    // A day just after the notice date reported in the past tense is held
    // (an embargoed release: `dates::embargoed_report`).
    let embargoed = |s: DateValue| {
        ctx.dates.iter().any(|d| {
            d.value == s
                && d.span.begin >= sentence.begin
                && d.span.end <= sentence.end
                && embargoed_report(&ctx.notice.text, d.span, s, ctx.date())
        })
    };
    let later = match (ev.start, ctx.date()) {
        (Some(s), Some(n)) => {
            date_key(s) > date_key(n)
                && !(matches!(s, DateValue::Year(y) if y == n.year()))
                && !embargoed(s)
        }
        _ => false,
    };
    // An event's tense is its own clause's verb (`…회의를 열었고, …할 예정이다`, `met …,
    // and will join …`: the meeting was held).
    let future = match ctx.lang() {
        Lang::En => {
            let own = en_verb_clause(ctx, sentence, p.span.begin);
            FUTURE_EN.is_match(&ctx.slice(within_clause(seg, own, p.span)))
        }
        Lang::Ko => {
            let own = ko_verb_clause(ctx, sentence, p.span.begin);
            FUTURE_KO.is_match(&ctx.slice(within_clause(seg, own, p.span)))
        }
    };
    let past_year = matches!((ev.start, ctx.year()), (Some(s), Some(y)) if s.year() < y);
    // A happening being discussed or prepared for is yet to come unless dated.
    let future = future || discussed.is_some() && ev.start.is_none();
    if later || (future && !past_year) {
        EventStatus::Planned
    } else {
        EventStatus::Held
    }
}

/// The mentions of `found` that no other mention of it contains (a country named inside
/// a body's name, `Korea-Vietnam … Committee`, goes), in their order.
fn outermost<'a>(found: &[&'a Match]) -> Vec<&'a Match> {
    let inside = |m: &Match, o: &Match| {
        o.span.begin <= m.span.begin
            && m.span.end <= o.span.end
            && (o.span.end - o.span.begin) > (m.span.end - m.span.begin)
    };
    found
        .iter()
        .copied()
        .filter(|m| !found.iter().any(|o| inside(m, o)))
        .collect()
}

/// An event's stretch `seg` narrowed to its `clause` (chars), never so far that it loses
/// the event mention `event` itself.
fn within_clause(seg: Span, clause: Span, event: Span) -> Span {
    Span {
        begin: seg.begin.max(clause.begin).min(event.begin),
        end: seg.end.min(clause.end).max(event.end),
    }
}

/// The English dates of an event (at `event`, chars) among `dates` (those of its stretch,
/// in order): those of the event's own clause ([`en_clause`]) if any, else those after
/// its clause begins (`Last year …, and next year it will host the forum`: last year is
/// not the forum's). Dates of a report that the event's clause is reported in (`said on
/// March 2 that it will host the forum from June 8`, [`EN_REPORT_THAT`]) are not the
/// event's.
fn en_clause_dates<'a>(
    ctx: &Ctx,
    sentence: Span,
    event: Span,
    dates: Vec<&'a DateMention>,
) -> Vec<&'a DateMention> {
    let reported_from = reported_clause_begin(ctx, sentence, event.begin);
    let dates: Vec<&DateMention> = dates
        .into_iter()
        .filter(|d| d.span.begin >= reported_from)
        .collect();
    let clause = en_clause(ctx, sentence, event.begin);
    let own: Vec<&DateMention> = dates
        .iter()
        .copied()
        .filter(|d| d.span.begin >= clause.begin && d.span.end <= clause.end)
        .collect();
    if !own.is_empty() {
        return own;
    }
    dates
        .into_iter()
        .filter(|d| d.span.begin >= clause.begin)
        .collect()
}

/// Where the reported clause holding `at` begins (chars, just after the `that` of the
/// last [`EN_REPORT_THAT`] before `at` in `sentence`), or the sentence's start.
fn reported_clause_begin(ctx: &Ctx, sentence: Span, at: usize) -> usize {
    let text = ctx.slice(sentence);
    EN_REPORT_THAT
        .find_iter(&text)
        .map(|m| sentence.begin + text[..m.end()].chars().count())
        .take_while(|&end| end <= at)
        .last()
        .unwrap_or(sentence.begin)
}

/// The index in `dates` of the event's start: the first date, unless it is a bare year or
/// month and a later date inside it is more precise (`the Meeting 2018 … on October 15,
/// 2018`: the day wins over the name's year; `다음 달 17일부터`: the day wins over `다음
/// 달`).
fn first_date(dates: &[&DateMention]) -> Option<usize> {
    let first = dates.first()?;
    let inside = |d: &DateValue| match (first.value, *d) {
        (DateValue::Year(y), DateValue::YearMonth(y2, _) | DateValue::Date(y2, _, _)) => y == y2,
        (DateValue::YearMonth(y, m), DateValue::Date(y2, m2, _)) => y == y2 && m == m2,
        _ => false,
    };
    let day = dates
        .iter()
        .position(|d| matches!(d.value, DateValue::Date(..)) && inside(&d.value));
    day.or_else(|| dates.iter().position(|d| inside(&d.value)))
        .or(Some(0))
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

/// `hosted by Kazakhstan's Ministry of …`: when a place `m` is the possessor of a body
/// whose mention begins right after its `'s`, that body (not the place) is meant. `after`
/// is the text right after `m`.
fn possessed_body<'m>(in_seg: &[&'m Match], m: &Match, after: &str) -> Option<&'m EntityKey> {
    if !matches!(
        m.key.kind,
        EntityKind::Country | EntityKind::Region | EntityKind::City
    ) {
        return None;
    }
    let rest = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))?;
    let body_begin = m.span.end + (after.chars().count() - rest.chars().count());
    in_seg
        .iter()
        .find(|o| o.key.kind == EntityKind::Organization && o.span.begin == body_begin)
        .map(|o| &o.key)
}

/// What a Korean mention is attended as, not who attends (`X 포럼에 참가`, `X(AB)에
/// 참석`): the body or its event after the mention, before `에` and a verb of attending
/// (after the mention's bracketed acronym, or the bracket closing it).
static KO_ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s?\([^()]{1,20}\)|\))?\s?(?:[가-힣A-Za-z]{0,8}(?:포럼|회의|총회|세미나|워크숍|행사|서밋))?에\s?(?:참가|참석|참여)",
    )
});

/// Whether the Korean mention `m` is what is attended ([`KO_ATTENDED`]) rather than an
/// attendee.
fn ko_attended(ctx: &Ctx, m: &Match) -> bool {
    let end = (m.span.end + 30).min(ctx.chars.len());
    KO_ATTENDED.is_match(&ctx.slice(Span {
        begin: m.span.end,
        end,
    }))
}

/// Whether the Korean mention `m` is the partner of the meeting mentioned at `event`
/// (chars): a body, country or person before it with `와`/`과` (`X와 협력 회의를 열었다`).
fn ko_partner(ctx: &Ctx, m: &Match, event: Span) -> bool {
    let particle = m.particle.as_deref().unwrap_or("");
    let after = ctx.slice(Span {
        begin: m.span.end,
        end: (m.span.end + 24).min(event.begin.max(m.span.end)),
    });
    matches!(
        m.key.kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    ) && m.span.end <= event.begin
        && (particle == "와" || particle == "과" || KO_WITH_AFTER.is_match(&after))
}

/// `와`/`과` after a mention's bracketed acronym or closing bracket (`X(AB)와`).
static KO_WITH_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\s?\([^()]{1,20}\)|\))(?:와|과)\s"));

/// `간의`/`사이에` after the second of two parties (`A와 B 간의 협약`).
static KO_BETWEEN_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\s?\([^()]{1,20}\))?\s?(?:간|사이)(?:의|에|에서)?\s"));

/// Co-hosts named before the host, in a subject before the event mention (`Korea and
/// Japan held …`, `행정자치부와 OECD가 공동 주최한 …`): a mention joined by a
/// conjunction ([`JOINED_HOST`]) to the next mention, an organizer, organizes too.
fn co_hosts_before(ctx: &Ctx, in_seg: &[&Match], event: Span, organizers: &mut Vec<EntityKey>) {
    // A place inside a body's name (`Korea` in `Korea … Agency`) stands between no hosts.
    let outer = outermost(in_seg);
    for pair in outer.windows(2).rev() {
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

/// The body that opens `sentence` (chars) as its subject before the event mention
/// `event`: the first person, body or country mention of the sentence, when it is an
/// organization and (in English) only an article or nothing comes before it, (in
/// Korean) it takes `은`/`는`/`이`/`가`.
fn announcing_body(ctx: &Ctx, sentence: Span, event: Span) -> Option<EntityKey> {
    let before = ctx.found_in(
        Span {
            begin: sentence.begin,
            end: event.begin,
        },
        &[
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Country,
        ],
    );
    let first = *outermost(&before).first()?;
    if first.key.kind != EntityKind::Organization {
        return None;
    }
    let lead = ctx.slice(Span {
        begin: sentence.begin,
        end: first.span.begin,
    });
    let lead = lead.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opens = match ctx.lang() {
        Lang::En => matches!(lead.trim(), "" | "The" | "the"),
        Lang::Ko => ko_subject(ctx, first) && lead.trim().is_empty(),
    };
    opens.then(|| first.key.clone())
}

/// The topic of a Korean sentence and those joined to it (`A와 B는 …`, `A 장관과 B
/// 장관은 …`), written before the signing at `event` (chars) in `sentence`: the parties
/// of the sentence's main verb, also when another happening is named between them and
/// the signing (`A와 B는 지난 5월 C 방한 시 … 협력의향서를 체결했다`). Empty when no
/// mention before `event` takes `은`/`는`.
fn ko_topic_parties(ctx: &Ctx, sentence: Span, event: Span) -> Vec<EntityKey> {
    let before = ctx.found_in(
        Span {
            begin: sentence.begin,
            end: event.begin,
        },
        &[
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Country,
        ],
    );
    let mut joined = Vec::new();
    for m in outermost(&before) {
        let particle = ko_title_particle(ctx, m).or_else(|| ko_particle(ctx, m));
        match particle.as_deref() {
            Some("와" | "과") => push_unique(&mut joined, m.key.clone()),
            Some("은" | "는") => {
                push_unique(&mut joined, m.key.clone());
                return joined;
            }
            _ => joined.clear(),
        }
    }
    Vec::new()
}

/// A Korean verb of hosting right after its subject (`주최한`, `공동 주관하는`, `공동으로
/// 주최하고`).
static KO_HOSTED_BY_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:공동(?:으로)?\s?)?(?:주최|주관)(?:한|하는|할|하며|하고|했|하였)"));

/// A finite or linking Korean verb of hosting (`주최했다`, `주최했으며`, `주관하였다`,
/// `주최하고`): its subject
/// hosts the event the sentence is about, also when named after the event (`이번 회의는
/// X이 주최했으며`).
static KO_HOSTED_FINITE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:공동(?:으로)?\s?)?(?:주최|주관)(?:했|하였|하며|하고)"));

/// A Korean person's title word with its particle (`홍길동 장관과`, `… 사무총장은`).
static KO_TITLE_PARTICLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ [가-힣]{1,6}?(?P<p>은|는|이|가|와|과)[ ,]"));

/// The particle after the title word that follows the Korean person mention `m`
/// ([`KO_TITLE_PARTICLE`]), if any; `None` for other mentions.
fn ko_title_particle(ctx: &Ctx, m: &Match) -> Option<String> {
    if m.key.kind != EntityKind::Person {
        return None;
    }
    let after = ctx.slice(Span {
        begin: m.span.end,
        end: (m.span.end + 10).min(ctx.chars.len()),
    });
    KO_TITLE_PARTICLE
        .captures(&after)
        .and_then(|c| c.name("p"))
        .map(|p| p.as_str().to_string())
}

/// The Korean particle glued to the mention `m`: the gazetteer's, else (for a mention a
/// rule found, which carries none) the particle the text has right after it (`베트남
/// 내무부와` → `와`, [`crate::ingest::particles::particle_after`]). `None` when no
/// particle follows.
fn ko_particle(ctx: &Ctx, m: &Match) -> Option<String> {
    if m.particle.is_some() {
        return m.particle.clone();
    }
    let last = *ctx.chars.get(m.span.end.checked_sub(1)?)?;
    let rest = ctx.slice(Span {
        begin: m.span.end,
        end: (m.span.end + 6).min(ctx.chars.len()),
    });
    crate::ingest::particles::particle_after(last, &rest).map(str::to_string)
}

/// `signed by (the) [title words]` right before a signer (`signed by Minister A`), a
/// date or place allowed between the verb and `by` (`was signed yesterday in Seoul by`).
static SIGNED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bsigned\s+(?:[^.;,]{0,30}?\s)?by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$")
});

/// The parties of a signing stated in its clause `in_seg`: bodies, countries and persons
/// before the signing mention `event` (the subject; a country qualifying a body, `the
/// Ministry of X of Korea`, is not a party of its own) and, after it, the other party
/// (`with Belarus`, `an MOU between A and B`; a body its state possesses, `with
/// Vietnam's Ministry of …`, [`possessed_body`]) or the signers (`signed by A and B`,
/// [`SIGNED_BY`]); in Korean the subject (은/는/이/가) and the partner (와/과) of its
/// clause, the particle read after a mention a rule found ([`ko_particle`]).
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
                let lead: String = ctx.chars[m.span.begin.saturating_sub(40)..m.span.begin]
                    .iter()
                    .collect();
                let after = ctx.slice(Span {
                    begin: m.span.end,
                    end: (m.span.end + 4).min(ctx.chars.len()),
                });
                let l = lead.trim_end();
                let partner = l.ends_with(" with")
                    || l.ends_with(" with the")
                    || l.ends_with(" between")
                    || l.ends_with(" between the");
                let joined = joined_host(ctx, in_seg, &parties, m);
                // `with Vietnam's Ministry of …`, `between A and Kenya's Ministry of …`: the
                // body the partner possesses signs, not its state.
                if (partner || joined)
                    && let Some(body) = possessed_body(in_seg, m, &after)
                {
                    push_unique(&mut parties, body.clone());
                    continue;
                }
                if SIGNED_BY.is_match(&lead) || joined {
                    true
                } else if m.span.end <= event.begin {
                    !(b.ends_with(" of") || b.ends_with(" of the") || b.ends_with(" with"))
                } else {
                    partner
                }
            }
            Lang::Ko => {
                // `홍길동 장관과`, `홍길동 장관은`: a person's particle follows the post.
                let particle = ko_title_particle(ctx, m)
                    .or_else(|| ko_particle(ctx, m))
                    .unwrap_or_default();
                let particle = particle.as_str();
                let after = ctx.slice(Span {
                    begin: m.span.end,
                    end: (m.span.end + 24).min(ctx.chars.len()),
                });
                particle.starts_with('와')
                    || particle.starts_with('과')
                    || ["은", "는", "이", "가"].contains(&particle)
                    || ko_subject(ctx, m)
                    || KO_WITH_AFTER.is_match(&after)
                    || KO_BETWEEN_AFTER.is_match(&after)
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
    &SURVEY_RELEASE,
    &KO_EMBEDDED_HOST,
    &FUTURE_EN,
    &FUTURE_KO,
    &KO_BETWEEN_AFTER,
    &KO_ATTENDED,
    &KO_WITH_AFTER,
    &SIGNED_BY,
    &KO_TITLE_PARTICLE,
    &KO_HOSTED_BY_SUBJECT,
    &KO_HOSTED_FINITE,
    &DURATION,
    &HOST_BY,
    &HOST_VERB,
    &ATTEND,
    &EVENT_NOUN_EN,
    &KO_HOST_ACTIVE,
    &JOINED_HOST,
    &INCLUDING,
    &KO_COUNTRIES_NOTE,
    &EN_REPORT_THAT,
    &OCCASION_BACK,
    &EN_ATTEND_OBJECT,
    &EN_RELATIVE,
    &ATTEND_VERB,
    &HABITUAL,
];

#[cfg(test)]
mod tests {
    use super::super::event;
    use super::*;
    use crate::ingest::extract::test_support::{run, run_dated, run_with_dates};

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

    /// A survey edition reported on a day keeps its year (a ministry announcing a rank is
    /// no release of the survey); a day the text gives for the survey's launch or
    /// release dates it. Sentences written for this test.
    #[test]
    fn survey_edition_dated_only_by_its_release() {
        let day = DateValue::Date(2016, 9, 18);
        for (lang, text, anchor, want) in [
            (
                "en",
                "The Ministry of the Interior announced on September 18 that Japan ranked 2nd in the UN E-Government Survey 2016.",
                "September 18",
                DateValue::Year(2016),
            ),
            (
                "ko",
                "행정자치부는 일본이 2016년 UN 전자정부 평가에서 2위를 차지했다고 18일 밝혔다.",
                "18일",
                DateValue::Year(2016),
            ),
            (
                "en",
                "The UN E-Government Survey 2016 was launched on September 18, and Japan ranked 2nd.",
                "September 18",
                day,
            ),
            (
                "ko",
                "18일 공개된 2016년 UN 전자정부 평가에서 일본은 2위를 차지했다.",
                "18일",
                day,
            ),
        ] {
            let got = run_with_dates(lang, text, &[(anchor, day)]);
            let ev = event(&got, "un-e-government-survey-2016");
            assert_eq!(ev.start, Some(want), "{text}");
        }
    }

    /// The body that reports on a survey run by another (`A는 B가 실시하는 «평가»에서 …
    /// 밝혔다`) does not organize it; the body running it does. Sentences written for this
    /// test.
    #[test]
    fn reporting_body_is_no_organizer_of_a_survey_run_by_another() {
        let got = run(
            "ko",
            "행정자치부는 국제연합이 격년으로 실시하는 2016년 UN 전자정부 평가에서 일본이 2위에 올랐다고 밝혔다.",
        );
        let ev = event(&got, "un-e-government-survey-2016");
        let org: Vec<&str> = ev.organizer.iter().map(|k| k.slug.as_str()).collect();
        assert!(org.contains(&"united-nations"), "{org:?}");
        assert!(!org.contains(&"ministry-of-the-interior"), "{org:?}");
        // a body that runs the event itself still organizes it
        let got = run(
            "ko",
            "행정자치부는 5월 3일 부산에서 제2회 해양안전 포럼을 개최한다.",
        );
        assert!(
            got.events.iter().any(|e| e
                .organizer
                .iter()
                .any(|k| k.slug == "ministry-of-the-interior")),
            "{:#?}",
            got.events
        );
    }

    /// A Korean visit is dated before its verb, also past another event named between.
    #[test]
    fn korean_visit_dated_before_its_verb() {
        let got = run_with_dates(
            "ko",
            "앙헬 구리아 사무총장이 2월에 부산 올림픽 개최를 계기로 방한했다.",
            &[("2월", DateValue::YearMonth(2017, 2))],
        );
        let visit = got.event_of_kind(EventKind::Visit, || format!("no visit: {:#?}", got.events));
        assert_eq!(visit.start, Some(DateValue::YearMonth(2017, 2)));
    }

    /// `starting_within` picks by `begin` within the inclusive bounds, like a filter.
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

    /// (lang, text, event label, role, keys it must hold, keys it must not hold) — roles
    /// come from the clause that states the event: a place stated for another happening
    /// in the same sentence stays out, a co-host joined by `and` organizes too, a body
    /// that runs a course organizes it and does not attend it, and a body attending a
    /// meeting held (passive) elsewhere does not organize it.
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
            (
                "en",
                "Park Min-ho will attend the OECD E-Leaders Meeting 2019 in May, while Deputy Director Han Ji-woo attended the 2nd Open Data Global Forum.",
                "OECD E-Leaders Meeting 2019",
                "attendee",
                vec!["person/park-min-ho"],
                vec!["person/han-ji-u"],
            ),
            (
                "en",
                "Park Min-ho will attend the OECD E-Leaders Meeting 2019 in May, while Deputy Director Han Ji-woo attended the 2nd Open Data Global Forum.",
                "2nd Open Data Global Forum",
                "attendee",
                vec!["person/han-ji-u"],
                vec!["person/park-min-ho"],
            ),
            (
                "en",
                "Park Min-ho attended the OECD E-Leaders Meeting 2019; Han Ji-woo joined the 2nd Open Data Global Forum.",
                "OECD E-Leaders Meeting 2019",
                "attendee",
                vec!["person/park-min-ho"],
                vec!["person/han-ji-u"],
            ),
            (
                "en",
                "Park Min-ho attended the OECD E-Leaders Meeting 2019 and Han Ji-woo joined the 2nd Open Data Global Forum.",
                "OECD E-Leaders Meeting 2019",
                "attendee",
                vec!["person/park-min-ho"],
                vec!["person/han-ji-u"],
            ),
            (
                "en",
                "Park Min-ho, a deputy director, and Han Ji-woo will attend the OECD E-Leaders Meeting 2019.",
                "OECD E-Leaders Meeting 2019",
                "attendee",
                vec!["person/park-min-ho", "person/han-ji-u"],
                vec![],
            ),
            (
                "ko",
                "행정자치부는 2018. 5. 9.(수) 부산에서 공공데이터 활용 설명회를 개최한다.",
                "",
                "organizer",
                vec![moi],
                vec![],
            ),
            (
                "en",
                "The Korea-Peru Digital Cooperation Committee will hold the OECD E-Leaders Meeting 2019 in Lima.",
                "OECD E-Leaders Meeting 2019",
                "organizer",
                vec!["org/korea-peru-digital-cooperation-commission"],
                vec!["country/pe"],
            ),
            (
                "ko",
                "박민호 과장은 제3회 OECD 이-리더스 미팅에 참석할 예정이며, 한지우 사무관은 제2회 공공데이터 글로벌 포럼에 참석했다.",
                "3rd OECD E-Leaders Meeting",
                "attendee",
                vec![],
                vec!["person/han-ji-u"],
            ),
            (
                "ko",
                "박민호 과장은 제3회 OECD 이-리더스 미팅에 참석할 예정이며, 한지우 사무관은 제2회 공공데이터 글로벌 포럼에 참석했다.",
                "2nd Open Data Global Forum",
                "attendee",
                vec!["person/han-ji-u"],
                vec!["person/park-min-ho"],
            ),
        ] {
            let got = run(lang, text);
            // An empty label: the notice's one event.
            let ev = got
                .events
                .iter()
                .find(|e| label.is_empty() || e.entity.label(Lang::En) == Some(label))
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

    /// `A and B will co-host the …`: both are organizers, in either tense.
    #[test]
    fn co_host_verbs_name_both_hosts() {
        for text in [
            "The World Bank and the OECD will co-host the Blue River Forum 2018 in Lima.",
            "The OECD and the World Bank co-hosted the Blue River Forum 2018 in Lima.",
            "The World Bank (WB) and the OECD will co-host the Blue River Forum 2018 in Lima.",
            "The Korea Aid Agency (KAA) and the OECD co-hosted the Blue River Forum 2018 in Lima.",
        ] {
            let got = run("en", text);
            let ev = event(&got, "blue-river-forum-2018");
            let first = if text.contains("KAA") {
                "korea-aid-agency"
            } else {
                "world-bank"
            };
            for host in ["oecd", first] {
                let host = EntityKey::new(EntityKind::Organization, host);
                assert!(ev.organizer.contains(&host), "{text}\n{ev:#?}");
            }
        }
    }

    /// `A(AB)과 B는 … 공동 개최`: the subject and the partner it is joined to both host.
    #[test]
    fn korean_co_hosts_after_an_acronym() {
        let got = run(
            "ko",
            "한국원조청(KAA)과 경제협력개발기구는 리마에서 「푸른강 포럼」을 공동 개최할 예정이다.",
        );
        let ev = got
            .events
            .iter()
            .find(|e| e.entity.labels.iter().any(|l| l.text.contains("푸른강")))
            .unwrap_or_else(|| panic!("{:#?}", got.events));
        for host in ["oecd", "korea-aid-agency"] {
            let host = EntityKey::new(EntityKind::Organization, host);
            assert!(ev.organizer.contains(&host), "{ev:#?}");
        }
    }

    /// (lang, text, edition slug) — a survey edition has no place, also when its
    /// sentence names the ranked country's region.
    #[test]
    fn survey_editions_have_no_place() {
        for (lang, text, slug) in [
            (
                "en",
                "Peru is a leader in Africa, ranking 12th in the 2016 UN E-Government Survey.",
                "un-e-government-survey-2016",
            ),
            (
                "ko",
                "페루는 아프리카에서 앞선 나라로, 2016년 UN 전자정부 평가에서 12위를 기록했다.",
                "un-e-government-survey-2016",
            ),
        ] {
            let got = run(lang, text);
            let ev = event(&got, slug);
            assert!(ev.location.is_empty(), "{text}\n{ev:#?}");
        }
    }

    /// (lang, text) — a city that hosts an event is its organizer (`부산시가 주최한
    /// «…»`, `hosted by Busan`).
    #[test]
    fn host_cities_organize() {
        for (lang, text) in [
            (
                "ko",
                "홍윤식 장관은 부산시가 주최한 「푸른강 포럼」에 참석했다.",
            ),
            (
                "en",
                "Hong Yun-sik attended the Blue River Forum hosted by Busan.",
            ),
        ] {
            let got = run(lang, text);
            let ev = got.event_of_kind(EventKind::Forum, || format!("{text}: {:#?}", got.events));
            let busan = EntityKey::new(EntityKind::City, "busan");
            assert!(ev.organizer.contains(&busan), "{text}\n{ev:#?}");
        }
    }

    /// (lang, text, parties) — the parties of a signing take part in it: `signed by A
    /// and B` (after their titles); `A 장관과 B 사무총장은 … 서명했다`, also with another
    /// happening named between them and the signing; a partner before `(…)와`.
    #[test]
    fn signers_take_part_in_the_signing() {
        let persons = vec!["hong-yun-sik", "angel-gurria"];
        for (lang, text, want) in [
            (
                "en",
                "The visit followed the Letter of Intent (LOI) for Data Cooperation signed by Minister Hong Yun-sik and Angel Gurría in Paris last year.",
                persons.clone(),
            ),
            (
                "ko",
                "홍윤식 장관과 앙헬 구리아 사무총장은 파리에서 데이터 협력 양해각서(MOU)에 서명했다.",
                persons.clone(),
            ),
            (
                "ko",
                "홍윤식 장관과 앙헬 구리아 사무총장은 지난 3월 구리아 사무총장 방한 시 나눈 논의에 따라 데이터 협력 의향서를 체결했다.",
                persons.clone(),
            ),
            (
                "ko",
                "행정자치부(홍윤식 장관)는 16일 경제협력개발기구(OECD)와 데이터 협력 양해각서(MOU) 체결식을 가졌다.",
                vec!["ministry-of-the-interior", "oecd"],
            ),
        ] {
            let got = run(lang, text);
            let ev = got.event_of_kind(EventKind::Signing, || format!("{text}: {:#?}", got.events));
            for who in want {
                assert!(
                    ev.attendee.iter().any(|k| k.slug == who),
                    "{who}: {text}\n{ev:#?}"
                );
            }
        }
    }

    /// (lang, text, parties) — the counterparty of a signing takes part in it: a body
    /// its state possesses after `with`, both sides of `between A and B`, a partner
    /// body a rule found before `와`/`과`, both subjects of `A와 B는 … 협약을 맺었다`;
    /// sentences written for this test.
    #[test]
    fn counterparties_take_part_in_the_signing() {
        for (lang, text, want) in [
            (
                "en",
                "The Ministry of the Interior signed a memorandum of understanding on map data with Peru's Ministry of Transport in Lima on May 3, 2016.",
                vec!["ministry-of-the-interior", "ministry-of-transport-peru"],
            ),
            (
                "en",
                "A memorandum of understanding between the Ministry of the Interior and the Ministry of Transport of Peru was signed in Lima.",
                vec!["ministry-of-the-interior", "ministry-of-transport-peru"],
            ),
            (
                "ko",
                "행정자치부는 3일 리마에서 페루 교통부와 지도 데이터 협력 양해각서(MOU)를 체결했다고 밝혔다.",
                vec!["ministry-of-the-interior", "ministry-of-transport-peru"],
            ),
            (
                "ko",
                "행정자치부와 페루 교통부는 3일 리마에서 지도 데이터 협약을 맺었다.",
                vec!["ministry-of-the-interior", "ministry-of-transport-peru"],
            ),
        ] {
            let got = run(lang, text);
            let ev = got.event_of_kind(EventKind::Signing, || format!("{text}: {:#?}", got.events));
            for who in want {
                assert!(
                    ev.attendee.iter().any(|k| k.slug == who),
                    "{who}: {text}\n{ev:#?}"
                );
            }
            assert!(
                !ev.attendee.iter().any(|k| k.slug == "pe"),
                "the state of a signing body is no party of its own: {text}\n{ev:#?}"
            );
        }
    }

    /// `hosted by Peru's Ministry of …`: the ministry hosts, not Peru.
    #[test]
    fn possessed_body_hosts_not_its_country() {
        let got = run(
            "en",
            "The Blue River Forum 2018 will be hosted by Peru's Ministry of Digital Affairs in Lima.",
        );
        let ev = event(&got, "blue-river-forum-2018");
        let pe = EntityKey::new(EntityKind::Country, "pe");
        assert!(!ev.organizer.contains(&pe), "{ev:#?}");
        assert!(
            ev.organizer
                .iter()
                .any(|k| k.kind == EntityKind::Organization),
            "{ev:#?}"
        );
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

    /// (lang, text, dates, expected start, expected status) — a date of an earlier clause
    /// (`…, and`, `…했으며`) is not the event's; one of its own clause is.
    /// (lang, text, date anchor) — a signing in a sentence that points back at the
    /// meeting before (`The two ministers …`, `두 장관은 …`) takes its date and place.
    /// Sentences written for this test (notice of 1 April 2017).
    #[test]
    fn events_of_the_same_occasion_take_its_date_and_place() {
        for (lang, text, anchor) in [
            (
                "en",
                "Minister Hong Yun-sik met Danish Cabinet Secretary Ole Berg in Tallinn on March 15. The two ministers signed a memorandum of understanding on data.",
                "March 15",
            ),
            (
                "ko",
                "홍윤식 장관은 3월 15일 탈린에서 김하늘 국장을 만났다. 두 사람은 데이터 협력 양해각서를 체결했다.",
                "3월 15일",
            ),
        ] {
            let got = run_with_dates(lang, text, &[(anchor, DateValue::Date(2017, 3, 15))]);
            let signing = got.event_of_kind(EventKind::Signing, || format!("no signing: {text}"));
            assert_eq!(signing.start, Some(DateValue::Date(2017, 3, 15)), "{text}");
            assert!(
                signing.location.iter().any(|k| k.slug == "tallinn"),
                "{text}: {:?}",
                signing.location
            );
        }
        // A meeting planned by video lends its date to the signing planned at it.
        for (lang, text, anchor) in [
            (
                "en",
                "Minister Hong Yun-sik will hold a video conference next Monday with Angel Gurría. A memorandum of understanding on data will be signed during the talks.",
                "next Monday",
            ),
            (
                "ko",
                "홍윤식 장관은 다음 주 월요일 영상으로 앙헬 구리아 사무총장과 회담할 예정이다. 이 자리에서 두 기관은 데이터 양해각서를 체결한다.",
                "다음 주 월요일",
            ),
        ] {
            let got = run_with_dates(lang, text, &[(anchor, DateValue::Date(2017, 4, 6))]);
            assert!(
                got.events.iter().any(|e| e.kind == EventKind::Meeting),
                "no meeting: {text}: {:#?}",
                got.events
            );
            let signing = got.event_of_kind(EventKind::Signing, || {
                format!("no signing: {text}: {:#?}", got.events)
            });
            assert_eq!(signing.start, Some(DateValue::Date(2017, 4, 6)), "{text}");
        }
        // A sentence that does not point back keeps its own (missing) date.
        let got = run_with_dates(
            "en",
            "Minister Hong Yun-sik met Danish Cabinet Secretary Ole Berg in Tallinn on March 15. Estonia signed a memorandum of understanding on data.",
            &[("March 15", DateValue::Date(2017, 3, 15))],
        );
        let signing = got.events.iter().find(|e| e.kind == EventKind::Signing);
        assert!(signing.is_none_or(|s| s.start.is_none()), "{signing:?}");
    }

    /// A signing planned for a date of its own in a later clause is a later step, not
    /// part of the meeting before it: it takes no place from it. Sentences written for
    /// this test (notice of 1 April 2017).
    #[test]
    fn a_later_signing_takes_no_place_from_the_meeting_before() {
        for (lang, text, dates) in [
            (
                "ko",
                "양국은 다음 달 탈린에서 제1차 데이터 협력위원회를 열고, 내년 상반기에 세부 협정을 체결할 계획이다.",
                [
                    ("다음 달", DateValue::YearMonth(2017, 5)),
                    ("내년", DateValue::Year(2018)),
                ],
            ),
            (
                "en",
                "The two countries will hold the first Data Cooperation Committee in Tallinn next month, and a detailed agreement is to be signed next year.",
                [
                    ("next month", DateValue::YearMonth(2017, 5)),
                    ("next year", DateValue::Year(2018)),
                ],
            ),
        ] {
            let got = run_with_dates(lang, text, &dates);
            let committee = got
                .events
                .iter()
                .find(|e| e.kind != EventKind::Signing)
                .unwrap_or_else(|| panic!("no committee: {:#?}", got.events));
            assert!(
                committee.location.iter().any(|k| k.slug == "tallinn"),
                "{text}: {:?}",
                committee.location
            );
            for signing in got.events.iter().filter(|e| e.kind == EventKind::Signing) {
                assert!(
                    signing.location.is_empty(),
                    "{text}: {:?}",
                    signing.location
                );
            }
        }
    }

    /// An edition named by its ordinal takes the dotted or English day range of its
    /// sentence (`2018. 5. 9.~10.`, `Sept. 9-10, 2018`, `9 and 10 May 2018`), and so gets
    /// the same year key in both languages. Sentences written for this test.
    #[test]
    fn ordinal_editions_take_their_day_range() {
        use crate::ingest::extract::test_support::run_dated;
        for (lang, text, month) in [
            (
                "ko",
                "김철수 장관은 2018. 5. 9.~10. 칠레 산티아고에서 열린 '제3차 스마트행정 장관회의'에 참석했다.",
                5,
            ),
            (
                "en",
                "Minister Kim Chul-su attended the 3rd Smart Administration Ministerial Meeting held in Santiago, Chile on Sept. 9-10, 2018.",
                9,
            ),
            (
                "en",
                "Minister Kim Chul-su attended the 3rd Smart Administration Ministerial Meeting held in Santiago, Chile on 9 and 10 May 2018.",
                5,
            ),
        ] {
            let got = run_dated(lang, DateValue::Date(2018, 10, 12), text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.key.slug == "smart-administration-ministerial-meeting-2018")
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.events));
            assert_eq!(ev.start, Some(DateValue::Date(2018, month, 9)), "{text}");
            assert_eq!(ev.end, Some(DateValue::Date(2018, month, 10)), "{text}");
        }
    }

    /// Roles read past the event's own sentence or words: a Korean sentence opening with a
    /// bare event noun (`포럼에는 …`) speaks of the event just named; a finite hosting
    /// verb after the event (`이번 포럼은 부산시가 주최했다`) and a capitalised `Hosted by`
    /// name the host; a stated duration (`이틀간`, `for two days`) gives the end day; a day
    /// inside a month mention (`다음 달 17일부터 19일까지`) is the start. Sentences written
    /// for this test (notice of 1 April 2017).
    #[test]
    fn roles_from_anaphora_hosts_and_durations() {
        let day = |d| DateValue::Date(2017, 5, d);
        let forum = |got: &crate::ingest::extract::Extracted| {
            got.events
                .iter()
                .find(|e| e.kind == EventKind::Forum)
                .cloned()
                .unwrap_or_else(|| panic!("no forum: {:#?}", got.events))
        };
        let got = run_with_dates(
            "ko",
            "정부는 5월 12일 서울에서 「푸른강 포럼」을 열었다.\n포럼에는 일본과 페루 공무원이 참석했다.",
            &[("5월 12일", day(12))],
        );
        let slugs: Vec<String> = forum(&got)
            .attendee
            .iter()
            .map(|k| k.slug.clone())
            .collect();
        assert!(
            slugs.contains(&"jp".into()) && slugs.contains(&"pe".into()),
            "{slugs:?}"
        );
        let got = run_with_dates(
            "ko",
            "「푸른강 포럼」이 5월 12일 열렸다. 이번 포럼은 부산시가 주최했으며 일본이 참가했다.",
            &[("5월 12일", day(12))],
        );
        let org: Vec<String> = forum(&got)
            .organizer
            .iter()
            .map(|k| k.slug.clone())
            .collect();
        assert_eq!(org, ["busan"], "{:#?}", forum(&got));
        let got = run(
            "en",
            "Hosted by Busan, the Blue River Forum drew guests from Japan.",
        );
        let org: Vec<String> = forum(&got)
            .organizer
            .iter()
            .map(|k| k.slug.clone())
            .collect();
        assert_eq!(org, ["busan"], "{:#?}", forum(&got));
        for (lang, text, anchor) in [
            (
                "ko",
                "정부는 5월 12일부터 이틀간 서울에서 「푸른강 포럼」을 열었다.",
                "5월 12일",
            ),
            (
                "en",
                "The agency held the Blue River Forum in Seoul on May 12 for two days.",
                "May 12",
            ),
        ] {
            let got = run_with_dates(lang, text, &[(anchor, day(12))]);
            let f = forum(&got);
            assert_eq!((f.start, f.end), (Some(day(12)), Some(day(13))), "{text}");
        }
        let got = run_with_dates(
            "ko",
            "정부는 다음 달 17일부터 19일까지 서울에서 「푸른강 포럼」을 연다.",
            &[
                ("다음 달", DateValue::YearMonth(2017, 5)),
                ("17일", day(17)),
                ("19일", day(19)),
            ],
        );
        let f = forum(&got);
        assert_eq!((f.start, f.end), (Some(day(17)), Some(day(19))), "{f:#?}");
    }

    #[test]
    fn dates_stay_in_their_clause() {
        for (lang, text, dates, start, status) in [
            (
                "en",
                "Last year the agency trained 300 clerks, and next year it will host the Blue River Forum.",
                vec![
                    ("Last year", DateValue::Year(2016)),
                    ("next year", DateValue::Year(2018)),
                ],
                Some(DateValue::Year(2018)),
                EventStatus::Planned,
            ),
            (
                "en",
                "In 2015 the agency opened a lab; the Blue River Forum will follow in Busan.",
                vec![("2015", DateValue::Year(2015))],
                None,
                EventStatus::Planned,
            ),
            (
                "en",
                "On March 2 the agency held the Blue River Forum in Busan, and it drew 90 guests.",
                vec![("March 2", DateValue::Date(2017, 3, 2))],
                Some(DateValue::Date(2017, 3, 2)),
                EventStatus::Held,
            ),
            (
                "en",
                "The agency said on March 2 that it will host the Blue River Forum in Busan on June 8.",
                vec![
                    ("March 2", DateValue::Date(2017, 3, 2)),
                    ("June 8", DateValue::Date(2017, 6, 8)),
                ],
                Some(DateValue::Date(2017, 6, 8)),
                EventStatus::Planned,
            ),
            (
                "en",
                "On March 2, the agency announced that the Blue River Forum would open in Busan on June 8.",
                vec![
                    ("March 2", DateValue::Date(2017, 3, 2)),
                    ("June 8", DateValue::Date(2017, 6, 8)),
                ],
                Some(DateValue::Date(2017, 6, 8)),
                EventStatus::Planned,
            ),
            (
                "ko",
                "작년에는 직원 300명을 교육했으며, 내년에는 「푸른강 포럼」을 개최할 예정이다.",
                vec![
                    ("작년", DateValue::Year(2016)),
                    ("내년", DateValue::Year(2018)),
                ],
                Some(DateValue::Year(2018)),
                EventStatus::Planned,
            ),
        ] {
            let got = run_with_dates(lang, text, &dates);
            let ev = got.event_of_kind(EventKind::Forum, || format!("no forum: {text}"));
            assert_eq!(ev.start, start, "{text}");
            assert_eq!(ev.status, status, "{text}");
        }
    }

    /// (lang, text, dates) — in a sentence of two clauses, each event's status comes from
    /// its own clause's verb: the first forum was held (`열었고`, `held`), the second is
    /// planned (`예정`, `will`). Sentences written for this test (notice of 1 April 2017).
    #[test]
    fn status_comes_from_the_events_own_clause() {
        for (lang, text, dates) in [
            (
                "ko",
                "정부는 3월 2일 「푸른강 포럼」을 열었고, 2018년 5월에는 「회색산 포럼」에 참가할 예정이다.",
                vec![
                    ("3월 2일", DateValue::Date(2017, 3, 2)),
                    ("2018년 5월", DateValue::YearMonth(2018, 5)),
                ],
            ),
            (
                "ko",
                "정부는 3월 2일 「푸른강 포럼」을 가졌고 5월에는 「회색산 포럼」을 개최할 계획이다.",
                vec![
                    ("3월 2일", DateValue::Date(2017, 3, 2)),
                    ("5월", DateValue::YearMonth(2017, 5)),
                ],
            ),
            (
                "en",
                "The agency held the Blue River Forum on March 2, and in May 2018 it will attend the Grey Hill Forum.",
                vec![
                    ("March 2", DateValue::Date(2017, 3, 2)),
                    ("May 2018", DateValue::YearMonth(2018, 5)),
                ],
            ),
        ] {
            let got = run_with_dates(lang, text, &dates);
            let status = |name: &str| {
                got.events
                    .iter()
                    .find(|e| e.entity.labels.iter().any(|l| l.text.contains(name)))
                    .unwrap_or_else(|| panic!("no {name} in {text}: {:#?}", got.events))
                    .status
            };
            let (held, planned) = if lang == "ko" {
                ("푸른강", "회색산")
            } else {
                ("Blue River", "Grey Hill")
            };
            assert_eq!(status(held), EventStatus::Held, "{text}");
            assert_eq!(status(planned), EventStatus::Planned, "{text}");
        }
    }

    /// A day of the year a named edition carries (`Meeting 2018 … on October 15, 2018`)
    /// is its start, not the bare year of its name.
    #[test]
    fn exact_day_beats_the_name_year() {
        let day = DateValue::Date(2018, 10, 15);
        for (lang, text, dates) in [
            (
                "en",
                "The OECD E-Leaders Meeting 2018 took place in Busan on October 15, 2018.",
                vec![("2018", DateValue::Year(2018)), ("October 15, 2018", day)],
            ),
            (
                "ko",
                "2018년 OECD 이-리더스 미팅이 10월 15일 부산에서 열렸다.",
                vec![("2018년", DateValue::Year(2018)), ("10월 15일", day)],
            ),
        ] {
            let got = run_with_dates(lang, text, &dates);
            let ev = event(&got, "oecd-e-leaders-meeting-2018");
            assert_eq!(ev.start, Some(day), "{text}");
        }
    }

    /// (lang, text) — a course a ministry runs is a training event it organizes, with
    /// the trainees' country as attendee.
    #[test]
    fn training_courses_run_by_a_body() {
        // The trainees' country (`X에서 온`, `from X`) is not where the course is held.
        let ministry = EntityKey::new(EntityKind::Organization, "ministry-of-the-interior");
        for (lang, text, country) in [
            (
                "en",
                "The Ministry of the Interior held an e-government training course for 20 officials from Peru.",
                "pe",
            ),
            (
                "en",
                "The Ministry of the Interior conducted a digital skills training programme for civil servants from Japan in June.",
                "jp",
            ),
            (
                "ko",
                "행정자치부는 페루 공무원 20명을 대상으로 전자정부 연수를 실시했다.",
                "pe",
            ),
            (
                "ko",
                "행정자치부는 일본 공무원을 위한 정보보호 연수과정을 운영했다.",
                "jp",
            ),
            (
                "ko",
                "행정자치부는 다음 달 페루에서 온 공무원 15명을 대상으로 정보보호 연수과정을 운영한다.",
                "pe",
            ),
            (
                "en",
                "The Ministry of the Interior will run a data training course for 15 officials who came from Peru.",
                "pe",
            ),
            // A course the body opening the sentence announces is the body's.
            (
                "en",
                "The Ministry of the Interior announced that the 2018 Open Data Online Course will begin on May 3 with the participation of officials from Peru.",
                "pe",
            ),
            (
                "ko",
                "행정자치부는 페루 공무원이 참여하는 「공공데이터 연수과정」이 다음 달 시작된다고 밝혔다.",
                "pe",
            ),
        ] {
            let got = run(lang, text);
            let ev = got.event_of_kind(EventKind::Training, || {
                format!("no training: {text}: {:#?}", got.events)
            });
            assert_eq!(ev.organizer, vec![ministry.clone()], "{text}");
            let c = EntityKey::new(EntityKind::Country, country);
            assert!(!ev.location.contains(&c), "{text}: {:?}", ev.location);
            assert_eq!(ev.attendee, vec![c], "{text}");
        }
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
            // An embargoed release (dated 1 April) reporting 3 April in the past tense.
            (
                "en",
                "The Blue River Forum on water took place in Seoul on April 3.",
                ("April 3", DateValue::Date(2017, 4, 3)),
                EventStatus::Held,
            ),
            (
                "ko",
                "정부는 4월 3일 서울에서 「푸른강 포럼」을 열었다.",
                ("4월 3일", DateValue::Date(2017, 4, 3)),
                EventStatus::Held,
            ),
            // The same day announced in the future tense is planned.
            (
                "ko",
                "정부는 4월 3일 서울에서 「푸른강 포럼」을 연다.",
                ("4월 3일", DateValue::Date(2017, 4, 3)),
                EventStatus::Planned,
            ),
        ] {
            let got = run_with_dates(lang, text, &[date]);
            let ev = got.event_of_kind(EventKind::Forum, || {
                format!("no forum in {text}: {:#?}", got.events)
            });
            assert_eq!(ev.status, want, "{text}");
            assert_eq!(ev.start, Some(date.1), "{text}");
            assert_eq!(
                ev.location.first(),
                Some(&EntityKey::new(EntityKind::City, "seoul")),
                "{text}"
            );
        }
    }

    /// (lang, notice date, text) — a day without year right after an edition named with
    /// its year is in that year, whatever the tense and the notice date say (the notice
    /// here is dated months before the day it reports as past). Sentences written for
    /// this test.
    #[test]
    fn yearless_day_after_a_year_edition_is_in_its_year() {
        for (lang, text) in [
            ("ko", "2019 OECD 이-리더스 미팅이 11월 5일 서울에서 열렸다."),
            (
                "en",
                "The OECD E-Leaders Meeting 2019 was held in Seoul on November 5.",
            ),
            (
                "en",
                "The 2019 OECD E-Leaders Meeting took place in Seoul on 5 November.",
            ),
        ] {
            let got = run_dated(lang, DateValue::Date(2019, 3, 10), text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.key.slug == "oecd-e-leaders-meeting-2019")
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.events));
            assert_eq!(ev.start, Some(DateValue::Date(2019, 11, 5)), "{text}");
        }
        // A date far from the edition's name, or before it, keeps the notice's year: it
        // is another happening's (`as of March 24`, the day a letter came).
        let got = run_dated(
            "en",
            DateValue::Date(2017, 3, 28),
            "Korea will host the OECD E-Leaders Meeting 2018 as the ministry received a letter from the OECD as of March 24.",
        );
        let ev = got
            .events
            .iter()
            .find(|e| e.entity.key.slug == "oecd-e-leaders-meeting-2018")
            .unwrap_or_else(|| panic!("{:#?}", got.events));
        assert_ne!(ev.start, Some(DateValue::Date(2018, 3, 24)));
        // A day alone is a day of the notice's month (here the day of the announcement).
        let got = run_dated(
            "ko",
            DateValue::Date(2018, 5, 3),
            "행정부는 「2019 OECD 이-리더스 미팅」을 서울에서 연다고 3일 밝혔다.",
        );
        let ev = got
            .events
            .iter()
            .find(|e| e.entity.key.slug == "oecd-e-leaders-meeting-2019")
            .unwrap_or_else(|| panic!("{:#?}", got.events));
        assert_ne!(ev.start, Some(DateValue::Date(2019, 5, 3)));
    }

    /// (lang, text, status) — an agreement, decision or intention to sign (`agreed to
    /// sign`, `서명하기로 합의`) is a planned signing; a signing reported done is held.
    /// Sentences written for this test.
    #[test]
    fn an_agreement_to_sign_is_planned() {
        for (lang, text, want) in [
            (
                "en",
                "The two ministries agreed to sign a memorandum of understanding on map data.",
                EventStatus::Planned,
            ),
            (
                "en",
                "The bureau decided to sign an agreement on procurement with the OECD.",
                EventStatus::Planned,
            ),
            (
                "en",
                "The two ministries signed a memorandum of understanding on map data.",
                EventStatus::Held,
            ),
            (
                "ko",
                "양 기관은 지도 데이터 업무협약을 연내 체결하기로 합의했다.",
                EventStatus::Planned,
            ),
            (
                "ko",
                "두 기관은 인력 교류에 관한 양해각서에 서명하기로 했다.",
                EventStatus::Planned,
            ),
            (
                "ko",
                "두 기관은 인력 교류에 관한 양해각서에 서명했다.",
                EventStatus::Held,
            ),
        ] {
            let got = run(lang, text);
            let ev = got.event_of_kind(EventKind::Signing, || format!("no signing in {text}"));
            assert_eq!(ev.status, want, "{text}");
        }
    }

    /// The first forum of the stretch (any kind of forum event).
    fn forum(got: &crate::ingest::extract::Extracted) -> &Event {
        got.events
            .iter()
            .find(|e| e.kind == EventKind::Forum)
            .unwrap_or_else(|| panic!("no forum: {:#?}", got.events))
    }

    /// (lang, text) — the subject of a verb of holding or chairing hosts: a Korean topic
    /// before `연다`/`열었다`/`주재한다`, also in a reported clause; English `will chair`.
    #[test]
    fn holding_and_chairing_subjects_organize() {
        for (lang, text) in [
            (
                "ko",
                "경제협력개발기구는 다음 달 리마에서 「푸른강 포럼」을 연다고 3일 밝혔다.",
            ),
            (
                "ko",
                "경제협력개발기구는 지난주 리마에서 「푸른강 포럼」을 열었다.",
            ),
            (
                "ko",
                "경제협력개발기구는 리마에서 「푸른강 포럼」을 주재한다.",
            ),
            (
                "en",
                "The OECD will chair the Blue River Forum in Lima next month.",
            ),
            (
                "en",
                "The OECD said it will host the Blue River Forum in Lima next month.",
            ),
        ] {
            let got = run(lang, text);
            let ev = forum(&got);
            let oecd = EntityKey::new(EntityKind::Organization, "oecd");
            assert!(ev.organizer.contains(&oecd), "{text}\n{ev:#?}");
        }
    }

    /// (lang, text) — a country whose government hosts organizes (`hosted by the
    /// government of X`, `X 정부가 주최한`).
    #[test]
    fn hosting_governments_organize() {
        for (lang, text) in [
            (
                "en",
                "Hosted by the government of Peru, the Blue River Forum drew many guests to Lima.",
            ),
            (
                "ko",
                "페루 정부가 주최한 「푸른강 포럼」에 많은 손님이 모였다.",
            ),
        ] {
            let got = run(lang, text);
            let ev = forum(&got);
            let pe = EntityKey::new(EntityKind::Country, "pe");
            assert!(ev.organizer.contains(&pe), "{text}\n{ev:#?}");
        }
    }

    /// (lang, text) — those expected to join a forum attend it (`join`, `합류`).
    #[test]
    fn joining_countries_attend() {
        for (lang, text) in [
            (
                "en",
                "Envoys from Japan and France are expected to join the Blue River Forum.",
            ),
            (
                "ko",
                "일본과 프랑스 대표단이 「푸른강 포럼」에 합류할 예정이다.",
            ),
        ] {
            let got = run(lang, text);
            let ev = forum(&got);
            for c in ["jp", "fr"] {
                let c = EntityKey::new(EntityKind::Country, c);
                assert!(ev.attendee.contains(&c), "{text}\n{ev:#?}");
            }
        }
    }

    /// (text, whether Japan attends the Forum) — an English attending word that governs
    /// another happening named before the event (`join the roundtable, which … at the
    /// Forum`) is not the event's; one that governs the event, or a part of it (`the
    /// dinner of the Forum`), is. Korean clauses are cut by `ko_role_clause` instead.
    #[test]
    fn attending_another_happening_is_not_attending_the_event() {
        for (text, attends) in [
            (
                "Envoys from Japan will join the roundtable, which Korea proposed at the Open Data Global Forum 2016 in Paris.",
                false,
            ),
            (
                "Envoys from Japan will join the Open Data Global Forum 2016 in Paris.",
                true,
            ),
            (
                "Envoys from Japan attended the dinner of the Open Data Global Forum 2016 in Paris.",
                true,
            ),
        ] {
            let got = run("en", text);
            let ev = event(&got, "open-data-global-forum-2016");
            let jp = EntityKey::new(EntityKind::Country, "jp");
            assert_eq!(ev.attendee.contains(&jp), attends, "{text}\n{ev:#?}");
        }
    }

    /// The event of `got` whose label in `lang` holds `part`; panics, listing the events,
    /// without one.
    fn labelled<'a>(
        got: &'a crate::ingest::extract::Extracted,
        lang: Lang,
        part: &str,
    ) -> &'a Event {
        got.events
            .iter()
            .find(|e| e.entity.label(lang).is_some_and(|l| l.contains(part)))
            .unwrap_or_else(|| panic!("no event labelled …{part}… in {:#?}", got.events))
    }

    /// The slugs of `keys`.
    fn slugs(keys: &[EntityKey]) -> Vec<&str> {
        keys.iter().map(|k| k.slug.as_str()).collect()
    }

    /// (lang, text, label part, attendee country slugs) — participants said in a sentence
    /// that names no event, or points back at it (`the roundtable`, `이번 포럼`), attend
    /// the event the notice reports; sentences written for this test.
    #[test]
    fn participants_without_the_event_named_attend_the_notice_event() {
        for (lang, text, part, want) in [
            (
                "en",
                "The Ministry of the Interior will host the Coastal Safety Ministerial Roundtable in Busan on May 3. Ministers from Peru, Kenya and Rwanda are expected to join the roundtable, which was first suggested by Japan.",
                "Roundtable",
                vec!["ke", "pe", "rw"],
            ),
            (
                "en",
                "The 2nd Coastal Safety Forum took place in Busan on May 3. Officials from more than twenty countries, including Peru, Kenya and Rwanda, took part.",
                "Forum",
                vec!["ke", "pe", "rw"],
            ),
            (
                "ko",
                "행정자치부는 5월 3일 부산에서 제2회 해양안전 포럼을 개최했다. 페루, 케냐, 르완다 등 20여 개국 대표가 참석했다.",
                "포럼",
                vec!["ke", "pe", "rw"],
            ),
            (
                "ko",
                "행정자치부는 5월 3일 부산에서 제2회 해양안전 포럼을 개최한다. 이번 포럼에는 페루, 케냐, 르완다 장관이 참석할 예정이다.",
                "포럼",
                vec!["ke", "pe", "rw"],
            ),
        ] {
            let got = run(lang, text);
            let l = if lang == "ko" { Lang::Ko } else { Lang::En };
            let ev = labelled(&got, l, part);
            let mut countries: Vec<&str> = ev
                .attendee
                .iter()
                .filter(|k| k.kind == EntityKind::Country)
                .map(|k| k.slug.as_str())
                .collect();
            countries.sort();
            assert_eq!(countries, want, "{text}\n{ev:#?}");
        }
    }

    /// A series' habits and an attending word with its own object give no participants
    /// to the event reported (`… joined the OECD`, `매년 … 참석하는`).
    #[test]
    fn attending_something_else_gives_no_participants() {
        for (lang, text, part) in [
            (
                "en",
                "The 2nd Coastal Safety Forum took place in Busan on May 3. Peru joined the OECD in 2010.",
                "Forum",
            ),
            (
                "ko",
                "행정자치부는 5월 3일 부산에서 제2회 해양안전 포럼을 개최했다. 매년 페루 대표가 참석하고 있다.",
                "포럼",
            ),
        ] {
            let got = run(lang, text);
            let l = if lang == "ko" { Lang::Ko } else { Lang::En };
            let ev = labelled(&got, l, part);
            assert!(
                !ev.attendee.iter().any(|k| k.slug == "pe"),
                "{text}\n{ev:#?}"
            );
        }
    }

    /// (lang, text, label part, organizer slugs) — co-hosts are organizers:
    /// `co-hosted by A and B`, `jointly organized by A and B`, `A와 B가 공동으로 주최한`;
    /// sentences written for this test.
    #[test]
    fn co_hosts_are_organizers() {
        for (lang, text, part) in [
            (
                "en",
                "The 2nd Coastal Safety Forum was held in Busan on May 3, co-hosted by the Ministry of the Interior and the World Bank.",
                "Forum",
            ),
            (
                "en",
                "The 2nd Coastal Safety Forum was jointly organized by the Ministry of the Interior and the World Bank in Busan on May 3.",
                "Forum",
            ),
            (
                "ko",
                "행정자치부와 세계은행이 공동으로 주최한 제2회 해양안전 포럼이 5월 3일 부산에서 열렸다.",
                "포럼",
            ),
        ] {
            let got = run(lang, text);
            let l = if lang == "ko" { Lang::Ko } else { Lang::En };
            let ev = labelled(&got, l, part);
            let org = slugs(&ev.organizer);
            assert!(
                org.contains(&"ministry-of-the-interior") && org.contains(&"world-bank"),
                "{text}\n{ev:#?}"
            );
        }
    }

    /// (lang, text, label part, topic label) — a stated theme is what the event is
    /// about; sentences written for this test.
    #[test]
    fn a_stated_theme_is_what_the_event_is_about() {
        for (lang, text, part, theme) in [
            (
                "en",
                "The 2nd Coastal Safety Forum will be held in Busan on May 3 under the theme \"Safer Shores Together\".",
                "Forum",
                "Safer Shores Together",
            ),
            (
                "en",
                "The 2nd Coastal Safety Forum opened in Busan on May 3. The theme of the forum is \"Safer Shores Together.\"",
                "Forum",
                "Safer Shores Together",
            ),
            (
                "ko",
                "제2회 해양안전 포럼이 '함께 지키는 바다'라는 주제로 5월 3일 부산에서 열린다.",
                "포럼",
                "함께 지키는 바다",
            ),
            (
                "ko",
                "제2회 해양안전 포럼이 5월 3일 연안 재난 대응을 주제로 부산에서 열린다.",
                "포럼",
                "연안 재난 대응",
            ),
        ] {
            let got = run(lang, text);
            let l = if lang == "ko" { Lang::Ko } else { Lang::En };
            let ev = labelled(&got, l, part);
            let labels: Vec<&str> = ev
                .about
                .iter()
                .filter_map(|k| got.entities.iter().find(|e| &e.key == k))
                .filter_map(|e| e.label(l))
                .collect();
            assert!(
                labels.iter().any(|l| l.starts_with(theme)),
                "{text}: {labels:?}\n{ev:#?}"
            );
        }
    }

    /// (lang, text) — the place of a clause about signing an agreement to host an event
    /// (`개최 협정은 … 파리에서 서명될 예정`, `The host agreement is to be signed in Paris`)
    /// is the signing's, not the hosted edition's; sentences written for this test.
    #[test]
    fn a_host_agreement_signing_keeps_its_place() {
        for (lang, text) in [
            (
                "ko",
                "2019년 OECD 이-리더스 미팅이 10월 서울에서 열린다. 개최 협정은 2019년 2월 파리에서 서명될 예정이다.",
            ),
            (
                "en",
                "The OECD E-Leaders Meeting 2019 will be held in Seoul in October. The host agreement is to be signed in Paris in February 2019.",
            ),
        ] {
            let got = run(lang, text);
            let ev = event(&got, "oecd-e-leaders-meeting-2019");
            let places = slugs(&ev.location);
            assert!(places.contains(&"seoul"), "{text}\n{ev:#?}");
            assert!(!places.contains(&"paris"), "{text}\n{ev:#?}");
        }
    }

    /// (lang, text, label part, start, end, status) — an inserted participial or
    /// relative clause between an event's name and its verb (`The X Forum, co-hosted by
    /// A and B, will be held …`, `…, organized by A, took place …`, `…, which is hosted
    /// by A, will open …`, `A와 B가 공동 주최하는 X 포럼이 … 열린다`) leaves the event its
    /// verb's date, place and status, and its hosts organize; sentences written for
    /// this test.
    #[test]
    fn an_inserted_clause_keeps_the_event_with_its_verb() {
        let notice_day = DateValue::Date(2017, 4, 1);
        let (june4, june6) = (DateValue::Date(2017, 6, 4), DateValue::Date(2017, 6, 6));
        let march3 = DateValue::Date(2017, 3, 3);
        for (lang, text, part, start, end, status, hosts) in [
            (
                "en",
                "The 3rd Coastal Safety Forum, co-hosted by the Ministry of the Interior and the World Bank, will be held in Busan from June 4 to 6.",
                "Forum",
                june4,
                Some(june6),
                EventStatus::Planned,
                vec!["ministry-of-the-interior", "world-bank"],
            ),
            (
                "en",
                "The 3rd Coastal Safety Forum, co-hosted by the Ministry of the Interior and the World Bank, will be held in Busan on June 4, 2017.",
                "Forum",
                june4,
                None,
                EventStatus::Planned,
                vec!["ministry-of-the-interior", "world-bank"],
            ),
            (
                "en",
                "The 3rd Coastal Safety Forum, organized by the World Bank, took place in Busan on March 3, 2017.",
                "Forum",
                march3,
                None,
                EventStatus::Held,
                vec!["world-bank"],
            ),
            (
                "en",
                "The 3rd Coastal Safety Forum, which is hosted by the World Bank, will open in Busan on June 4.",
                "Forum",
                june4,
                None,
                EventStatus::Planned,
                vec!["world-bank"],
            ),
            (
                "ko",
                "행정자치부와 세계은행이 공동 주최하는 제3회 해양안전 포럼이 6월 4일 부산에서 열린다.",
                "포럼",
                june4,
                None,
                EventStatus::Planned,
                vec!["ministry-of-the-interior", "world-bank"],
            ),
        ] {
            let got = run_dated(lang, notice_day, text);
            let l = if lang == "ko" { Lang::Ko } else { Lang::En };
            let ev = labelled(&got, l, part);
            assert_eq!(ev.start, Some(start), "{text}\n{ev:#?}");
            if end.is_some() {
                assert_eq!(ev.end, end, "{text}\n{ev:#?}");
            }
            assert_eq!(ev.status, status, "{text}\n{ev:#?}");
            assert!(slugs(&ev.location).contains(&"busan"), "{text}\n{ev:#?}");
            let org = slugs(&ev.organizer);
            for h in hosts {
                assert!(org.contains(&h), "{h}: {text}\n{ev:#?}");
            }
        }
    }
}
