//! Meetings and visits of named persons: `A met with B`, `A와 B는 회담했다` → `Meeting of A
//! and B`, `A and B … in their summit` → `Summit of A and B`; the canonical name of a visit
//! (`Visit of A to B`) with its visitors and destination, or of a body's delegation
//! (`delegation_visit`, keyed from the body and the place visited); and the `(Month Year)` that
//! tells apart several visits or meetings of one notice (README conventions).

use super::{Placed, person_label, plain_event};
use crate::ingest::extract::{Ctx, Out, entity_with, push_unique, re};
use crate::ingest::gazetteer::Match;
use crate::model::{DateValue, EntityKey, EntityKind, Event, EventKind, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

/// An English verb of meeting: `met (with)`, `will meet`, `held talks with`, `will hold a
/// video conference this Thursday with`.
static MET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:met|meets|will meet|talked|will talk|(?:had|held|will hold|holds) (?:a |an )?(?P<bi>bilateral )?(?:meeting|talks|meetings|video conference|videoconference|virtual meeting)(?: (?:this|next|on) [A-Z][a-z]+day)?) with\b|\bmet\b",
    )
});

/// What may stand between an English visitor and the verb: an appositive naming the
/// visitor's post (`, Minister of X of Y,`) and the start of a verb phrase (`paid an
/// official`).
static EN_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^,\s[^,;.]{1,120},\s*(?:paid an? (?:official |state |working |courtesy )?)?$")
});

/// An official, state or working visit (`paid an official visit to`, `공식 방문`).
static OFFICIAL_VISIT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:official|state|working) visit|공식\s?방문"));

/// What may stand between an English visitor and `met` when the two verbs share the
/// subject: A's own first verb phrase, joined by `and` (`A paid an official visit to X in
/// Paris on March 3, and met B`).
static EN_FIRST_VERB_AND: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:also\s+)?(?:paid|made|visited|attended|arrived|travell?ed|went|delivered|gave|toured|signed|opened)\b[^;]{0,160}?,?\s+and\s+(?:also\s+)?$",
    )
});

static THEIR_SUMMIT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:in|at|during) their (?:summit|summit talks|meeting)\b"));

/// (4b) Unnamed meetings of two named persons (README conventions): `A met (with) B`,
/// `A had a bilateral meeting with B` → `Meeting of A and B` / `Bilateral meeting of A and
/// B`; `A and B … in their summit` → `Summit of A and B`. A is the person written last
/// before the verb (within a short gap), B the first person after it.
pub(super) fn meetings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
        let key = happening_key(&name, &parties);
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
        // A short gap, an appositive naming A's post (`A, Minister of X, held talks`), or
        // A's first verb phrase joined by `and` (`A paid a visit to X, and met B`).
        let appositive = EN_APPOSITIVE.is_match(&gap) || EN_FIRST_VERB_AND.is_match(&gap);
        if !appositive && (gap.chars().count() > 20 || gap.contains(',')) {
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

/// The key of a meeting or summit of `parties` named `name` (`Meeting of A and B`): the
/// name's head (`Meeting`, `Summit`) and the parties' person keys, not their written
/// names, so that `Kim Sung-ryul` and `김성렬` (one person key) name one meeting
/// (`event/meeting-of-angel-gurria-and-kim-seong-ryeol`). The parties are taken in the
/// order of their keys, not of the text: `A met B` and `B와 A는 회담했다` are one meeting.
/// Only the head's last word (its noun) is kept: an adjective the other language leaves out
/// (`Bilateral meeting`, `Video meeting`) does not split one meeting into two keys.
fn happening_key(name: &str, parties: &[EntityKey]) -> EntityKey {
    let head = name.split(" of ").next().unwrap_or(name);
    let head = head.split_whitespace().next_back().unwrap_or(head);
    let mut who: Vec<&str> = parties.iter().map(|k| k.slug.as_str()).collect();
    who.sort_unstable();
    EntityKey::new(
        EntityKind::Event,
        slugify(&format!("{head} of {}", who.join(" and "))),
    )
}

/// `met (with) the`, `held talks with the`: a meeting with the body named right after.
static MET_BODY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:met|meets|will meet|(?:had|held|will hold|holds) (?:a |an )?(?:meeting|talks|meetings) with)\s+(?:with\s+)?(?:the\s+)?$",
    )
});

/// (4b, bodies) An English meeting with a body (`The ministry met the International
/// Telecommunication Union …`): where no meeting of two persons was found at the verb, an
/// organization named right after it ([`MET_BODY`]) is met. Named `Meeting of A and B` when
/// the subject A is a body or person named before the verb in its clause, else `Meeting
/// with B`; both take part.
pub(super) fn body_meetings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    let parties = [EntityKind::Person, EntityKind::Organization];
    for b in ctx.found_in(
        Span {
            begin: 0,
            end: ctx.chars.len(),
        },
        &[EntityKind::Organization],
    ) {
        let sentence = ctx.sentence_of(b.span.begin);
        let lead = ctx.slice(Span {
            begin: sentence.begin.max(b.span.begin.saturating_sub(40)),
            end: b.span.begin,
        });
        let Some(verb) = MET_BODY.find(&lead) else {
            continue;
        };
        let verb_begin = b.span.begin - lead[verb.start()..].chars().count();
        if placed.iter().any(|p| {
            p.span.begin >= sentence.begin
                && p.span.end <= sentence.end
                && p.span.begin >= verb_begin.saturating_sub(1)
                && p.span.begin <= b.span.end
        }) {
            continue;
        }
        let before = ctx.found_in(
            Span {
                begin: sentence.begin,
                end: verb_begin,
            },
            &parties,
        );
        let a = before.last().filter(|a| {
            let gap = ctx.slice(Span {
                begin: a.span.end,
                end: verb_begin,
            });
            gap.chars().count() <= 20 && !gap.contains(',')
        });
        let Some(b_label) = ctx.label(out, &b.key, Lang::En) else {
            continue;
        };
        let the = |l: &str| {
            if l.starts_with("the ") || b.key.kind == EntityKind::Person {
                l.to_string()
            } else {
                format!("the {l}")
            }
        };
        let a_label = a.and_then(|a| ctx.label(out, &a.key, Lang::En));
        let name = match &a_label {
            Some(al) => format!("Meeting of {} and {}", the(al), the(&b_label)),
            None => format!("Meeting with {}", the(&b_label)),
        };
        let key = EntityKey::new(EntityKind::Event, slugify(&name));
        if out.events().iter().any(|e| e.entity.key == key) {
            continue;
        }
        let mut ev = plain_event(key.clone(), EventKind::Meeting, Some(&name), None);
        ev.named = false;
        ev.attendee = a
            .iter()
            .map(|a| a.key.clone())
            .chain([b.key.clone()])
            .collect();
        out.add_event(ev);
        placed.push(Placed {
            span: Span {
                begin: verb_begin,
                end: b.span.begin,
            },
            key,
            year: None,
        });
    }
}

static LED_BY: LazyLock<Regex> = LazyLock::new(|| re(r"(?:headed|led) by\b"));

/// English: the words before a body's name that make it a delegation's sender (`A
/// delegation from Vietnam's `, `a delegation of the `); the owner's possessive or
/// demonym is left out of the body's name by the organization rules.
static EN_DELEGATION_FROM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bdelegations?\s+(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)?\s+)?$")
});

/// Korean: a delegation noun right after a body's name (`… 정보통신부 대표단은`).
static KO_DELEGATION: LazyLock<Regex> = LazyLock::new(|| re(r"^\s?(?:대표단|사절단|방문단)"));

/// The words between two persons joined as one party (`A 대통령과 B`, `A, B`, `A 및 B`).
static KO_JOINED: LazyLock<Regex> = LazyLock::new(|| re(r"(?:와|과|및|,)\s*$"));

/// Korean words for two officials meeting: `면담`, `회담`, `접견`, `회동`, `만나다`.
static KO_MEET: LazyLock<Regex> = LazyLock::new(|| re(r"면담|회담|접견|회동|만나|만났|만남"));

/// (4b, Korean) Meetings of two named persons: `A는 … B 장관과 면담을 가졌다`, `A와 B는
/// 회담했다`, `A는 B를 접견했다` → `Meeting of A and B` (README conventions), the two
/// persons named last before the verb in its sentence; the second stands close before the
/// verb; a `정상회담` is a `Summit of A and B`. Labelled `A·B 면담` (with the verb's noun)
/// in Korean.
pub(super) fn meetings_ko(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
        let mut persons: Vec<&Match> = Vec::new();
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
        // A foreign party written only in Hangul has no English label: the meeting is
        // then named in Korean only (its key is the parties' keys all the same).
        let en_names = (
            person_label(ctx, out, &a.key),
            person_label(ctx, out, &b.key),
        );
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
        let head = if summit { "Summit" } else { "Meeting" };
        let en = match en_names {
            (Some(a_en), Some(b_en)) => Some(format!("{head} of {a_en} and {b_en}")),
            _ if ko.is_some() => None,
            _ => continue,
        };
        done.push(sentence);
        let base = happening_key(head, &[a.key.clone(), b.key.clone()]).slug;
        let mut slug = base.clone();
        let mut n = 1;
        while out.events().iter().any(|e| e.entity.key.slug == slug) {
            n += 1;
            slug = format!("{base}-{n}");
        }
        let key = EntityKey::new(EntityKind::Event, slug);
        let mut ev = plain_event(
            key.clone(),
            EventKind::Meeting,
            en.as_deref(),
            ko.as_deref(),
        );
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

/// A notice that reports several visits or meetings on different dates names each with
/// its date (README conventions: `Visit of A to B (March 2017)`, `Meeting of A and B (May
/// 2016)`): the English label gets `(Month Year)` (or `(Year)`), and the key follows it.
/// A notice that counts them (`4번째 만남`, `their third meeting`, `second visit`) says
/// there were others, so its visits and meetings are dated too. One visit or meeting, or
/// several in one month, keep the plain name otherwise.
pub(super) fn qualify_repeated(ctx: &Ctx, out: &mut Out, placed: &mut [Placed]) {
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
            format!(
                "{} {y}",
                crate::ingest::dates::MONTH_NAMES[(m as usize).clamp(1, 12) - 1]
            )
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
        let new_key = EntityKey::new(EntityKind::Event, format!("{}-{}", key.slug, slugify(w)));
        let ko = ev.entity.label(Lang::Ko).map(str::to_string);
        ev.entity = entity_with(new_key.clone(), Some(&label), ko.as_deref());
        out.add_event(ev);
        for p in placed.iter_mut().filter(|p| &p.key == key) {
            p.key = new_key.clone();
        }
    }
}

/// A visit as [`visit_name`] finds it: its names, its visitors and where they went.
pub(super) struct VisitName {
    /// `Visit of <A>[ and <B>] to <country>`; empty for a delegation's visit reported in
    /// Korean without English names (see [`delegation_visit`]).
    pub(super) name: String,
    /// `A·B 방한`, `A 일본 방문`, when every visitor has a Korean label.
    pub(super) ko: Option<String>,
    /// The persons named as visiting, in text order.
    pub(super) visitors: Vec<EntityKey>,
    /// The country visited.
    pub(super) destination: EntityKey,
    /// The city visited, when the visit is placed by its city (or venue) rather than
    /// by a country.
    pub(super) city: Option<EntityKey>,
    /// The key slug of a delegation's visit, made from the keys of the visiting body
    /// and the place visited (the labels differ between languages); `None` for a visit
    /// of persons, keyed by its name.
    pub(super) slug: Option<String>,
}

/// The canonical English name of a visit (README conventions): `Visit of <A>[ and <B>]
/// to <country>`. The visitors are the persons named as the subject, right before the
/// verb (a person introduced by `headed by`/`led by` leads a delegation, not a visit of
/// their own); the destination is the country right after the verb (`visited Korea`,
/// `한국을 방문`), or Korea for `방한`. `None` without a named visitor or a destination.
pub(super) fn visit_name(ctx: &Ctx, out: &Out, sentence: Span, verb: Span) -> Option<VisitName> {
    let named: Vec<&Match> = ctx.found_in(
        Span {
            begin: sentence.begin,
            end: verb.begin,
        },
        &[EntityKind::Person],
    );
    let unled: Vec<&Match> = named
        .iter()
        .copied()
        .filter(|m| {
            let before = ctx.slice(Span {
                begin: m.span.begin.saturating_sub(60).max(sentence.begin),
                end: m.span.begin,
            });
            !LED_BY.is_match(&before)
        })
        .collect();
    // `A delegation led by X … paid an official visit`: an official visit is its
    // leader's when no other person is named (a delegation's plain visit is not).
    let before_verb = ctx.slice(Span {
        begin: verb.begin.saturating_sub(4).max(sentence.begin),
        end: verb.end,
    });
    let official = OFFICIAL_VISIT.is_match(&before_verb);
    let persons = if unled.is_empty() && official {
        named
    } else {
        unled
    };

    // In Korean the visitors are the last person before the verb and those joined to it
    // (`A 대통령과 B 총리가 방한`); the subject may stand further from the verb (a title
    // and a date between).
    let persons = match ctx.lang() {
        Lang::En => persons,
        Lang::Ko => {
            let mut chain: Vec<&Match> = Vec::new();
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
    let Some(last) = persons.last() else {
        return delegation_visit(ctx, out, sentence, verb);
    };
    let gap = ctx.slice(Span {
        begin: last.span.end,
        end: verb.begin,
    });
    // `X, <title of a body>, visited …`: an appositive between the visitor and the verb.
    let appositive = ctx.lang() == Lang::En && EN_APPOSITIVE.is_match(&gap);
    let max_gap = if ctx.lang() == Lang::Ko { 70 } else { 24 };
    if !appositive
        && (gap.chars().count() > max_gap
            || gap.contains(',') && ctx.lang() == Lang::En && gap.len() > 2)
    {
        return None;
    }
    let verb_text = ctx.slice(verb);
    let mut city = None;
    let mut via_body = false;
    let destination = if verb_text.starts_with("방한") {
        Some(EntityKey::new(EntityKind::Country, "kr"))
    } else {
        let countries = ctx.found_in(sentence, &[EntityKind::Country]);
        let country = match ctx.lang() {
            Lang::En => countries
                .iter()
                .find(|m| m.span.begin >= verb.end && m.span.begin <= verb.end + 6)
                .map(|m| m.key.clone()),
            Lang::Ko => countries
                .iter()
                .rfind(|m| m.span.end <= verb.begin && m.span.end + 3 >= verb.begin)
                .map(|m| m.key.clone()),
        };
        country
            .or_else(|| {
                let (c, state) = visited_city(ctx, sentence, verb)?;
                city = Some(c);
                Some(state)
            })
            .or_else(|| {
                via_body = true;
                visited_body_country(ctx, sentence, verb)
            })
    }?;
    // A visit to a body of the visitor's own government is no visit to a country.
    if via_body
        && persons
            .iter()
            .any(|m| home_country(ctx, &m.key).as_ref() == Some(&destination))
    {
        return None;
    }
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
        city,
        slug: None,
    })
}

/// The city a visit went to when no country is named at its verb, and the city's
/// country: the first city or venue in the few words after an English verb (`paid an
/// official visit to the Government Complex Seoul`), the last right before a Korean one
/// (`서울청사를 방문`). A venue stands for its city.
/// A visit of a body's delegation (`A delegation from Vietnam's Ministry of X visited
/// the Y Center in Daejeon`, `베트남 X부 대표단은 대전에 있는 Y센터를 방문했다`): the
/// visitor is the body, the destination the organization, venue, city or country
/// visited (right after the verb in English, right before it in Korean), placed in the
/// nearest city of the sentence on the verb's side (else the destination country). The
/// key is `visit-of-{body}-to-{destination}`, from the two keys, so that both
/// languages meet; the labels are `Visit of <body> to <destination>` (empty in a Korean
/// notice that has no English names for both) and `<body> 대표단 <destination> 방문`. `None` without a delegation of a known body, a destination or a
/// place.
fn delegation_visit(ctx: &Ctx, out: &Out, sentence: Span, verb: Span) -> Option<VisitName> {
    let before = Span {
        begin: sentence.begin,
        end: verb.begin,
    };
    let body = ctx
        .found_in(before, &[EntityKind::Organization])
        .into_iter()
        .find(|m| match ctx.lang() {
            Lang::En => EN_DELEGATION_FROM.is_match(&ctx.slice(Span {
                begin: m.span.begin.saturating_sub(50).max(sentence.begin),
                end: m.span.begin,
            })),
            Lang::Ko => KO_DELEGATION.is_match(&ctx.slice(Span {
                begin: m.span.end,
                end: (m.span.end + 5).min(verb.begin),
            })),
        })?;
    let kinds = [
        EntityKind::Organization,
        EntityKind::Venue,
        EntityKind::City,
        EntityKind::Country,
    ];
    let places = ctx.found_in(sentence, &kinds);
    let dest = match ctx.lang() {
        Lang::En => places
            .iter()
            .find(|m| m.span.begin >= verb.end && m.span.begin <= verb.end + 6),
        Lang::Ko => places
            .iter()
            .rfind(|m| m.span.end <= verb.begin && m.span.end + 3 >= verb.begin),
    }?;
    if dest.key == body.key {
        return None;
    }
    let cities = ctx.found_in(sentence, &[EntityKind::City]);
    let city = match ctx.lang() {
        Lang::En => cities
            .iter()
            .find(|m| m.span.begin >= verb.end && m.span.begin <= verb.end + 80),
        Lang::Ko => cities
            .iter()
            .rfind(|m| m.span.end <= verb.begin && m.span.end + 40 >= verb.begin),
    }
    .map(|m| m.key.clone())
    .or_else(|| (dest.key.kind == EntityKind::City).then(|| dest.key.clone()));
    let country = match &city {
        Some(c) => ctx.gaz.get(c)?.part_of.clone()?,
        None if dest.key.kind == EntityKind::Country => dest.key.clone(),
        None => return None,
    };
    let label = |k: &EntityKey, lang: Lang| ctx.label(out, k, lang);
    let name = match (label(&body.key, Lang::En), label(&dest.key, Lang::En)) {
        (Some(b), Some(d)) => format!("Visit of the {b} to {d}"),
        _ if ctx.lang() == Lang::En => {
            format!(
                "Visit of {} to {}",
                ctx.slice(body.span),
                ctx.slice(dest.span)
            )
        }
        // A Korean notice without English names: no English label (the key is made
        // from the keys).
        _ => String::new(),
    };
    let ko = match (label(&body.key, Lang::Ko), label(&dest.key, Lang::Ko)) {
        (Some(b), Some(d)) => Some(format!("{b} 대표단 {d} 방문")),
        _ => None,
    };
    Some(VisitName {
        name,
        ko,
        visitors: vec![body.key.clone()],
        destination: country,
        city,
        slug: Some(format!("visit-of-{}-to-{}", body.key.slug, dest.key.slug)),
    })
}

fn visited_city(ctx: &Ctx, sentence: Span, verb: Span) -> Option<(EntityKey, EntityKey)> {
    let kinds = [EntityKind::City, EntityKind::Venue];
    let found = ctx.found_in(sentence, &kinds);
    let m = match ctx.lang() {
        Lang::En => found
            .iter()
            .find(|m| m.span.begin >= verb.end && m.span.begin <= verb.end + 40),
        Lang::Ko => found
            .iter()
            .rfind(|m| m.span.end <= verb.begin && m.span.end + 12 >= verb.begin),
    }?;
    let mut key = m.key.clone();
    // A venue's city, then the city's country.
    for _ in 0..2 {
        if key.kind == EntityKind::City {
            let country = ctx.gaz.get(&key)?.part_of.clone()?;
            return (country.kind == EntityKind::Country).then_some((key, country));
        }
        key = ctx.gaz.get(&key)?.part_of.clone()?;
    }
    None
}

/// The country of the body visited (`will visit the Ministry of …`, `…부를 방문해`): the
/// government body named right after an English verb or right before a Korean one.
fn visited_body_country(ctx: &Ctx, sentence: Span, verb: Span) -> Option<EntityKey> {
    let found = ctx.found_in(sentence, &[EntityKind::Organization]);
    let m = match ctx.lang() {
        Lang::En => found
            .iter()
            .find(|m| m.span.begin >= verb.end && m.span.begin <= verb.end + 6),
        Lang::Ko => found
            .iter()
            .rfind(|m| m.span.end <= verb.begin && m.span.end + 3 >= verb.begin),
    }?;
    body_country(ctx, &m.key)
}

/// The country of a person's government: that of the body of the post the gazetteer
/// gives them ([`body_country`]), if any.
fn home_country(ctx: &Ctx, person: &EntityKey) -> Option<EntityKey> {
    let post = ctx.gaz.get(person)?.part_of.clone()?;
    let body = ctx.gaz.get(&post)?.part_of.clone()?;
    body_country(ctx, &body)
}

/// The country a government body belongs to: the country its English label is
/// qualified with (`Ministry of … (Serbia)`, the gazetteer's convention for foreign
/// bodies), else Korea; `None` for a body that is not a government's (`gov` flag).
fn body_country(ctx: &Ctx, key: &EntityKey) -> Option<EntityKey> {
    let entity = ctx.gaz.get(key)?;
    if !entity.government {
        return None;
    }
    let label = entity.label(Lang::En)?;
    match label.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((_, inner)) => ctx
            .gaz
            .lookup(inner, Some(EntityKind::Country), ctx.era())
            .map(|e| e.key.clone()),
        None => Some(EntityKey::new(EntityKind::Country, "kr")),
    }
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &MET_BODY,
    &EN_APPOSITIVE,
    &OFFICIAL_VISIT,
    &MET,
    &THEIR_SUMMIT,
    &EN_FIRST_VERB_AND,
    &LED_BY,
    &EN_DELEGATION_FROM,
    &KO_DELEGATION,
    &KO_JOINED,
    &KO_MEET,
    &COUNTED_MEETING,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::{run, run_with_dates};

    /// A meeting is keyed by its parties' person keys: a popular spelling of a Korean
    /// name (`Kim Sung-ryul`) and its Hangul form name one meeting. Sentences written
    /// for this test.
    #[test]
    fn meeting_keys_meet_across_spellings() {
        let key = "meeting-of-angel-gurria-and-kim-seong-ryeol";
        for (lang, text) in [
            (
                "en",
                "Vice Minister Kim Sung-ryul met OECD Secretary-General Angel Gurria in Paris.",
            ),
            (
                "ko",
                "김성렬 차관은 파리에서 앙헬 구리아 OECD 사무총장과 면담했다.",
            ),
        ] {
            let got = run(lang, text);
            let slugs: Vec<&str> = got
                .events
                .iter()
                .map(|e| e.entity.key.slug.as_str())
                .collect();
            assert!(slugs.contains(&key), "{text}: {slugs:?}");
        }
    }

    /// A meeting written `held talks with`, `talked with` or `held a bilateral meeting
    /// with`, the first party followed by an appositive naming their post, and the Korean
    /// `회담했다` with the parties in either order, with a foreign party written only in
    /// Hangul: one key from the parties' person keys. Sentences written for this test.
    #[test]
    fn talks_of_two_ministers_in_both_languages() {
        let key = "meeting-of-lee-jeong-hun-and-tnla-lsa-sto";
        for (lang, text) in [
            (
                "en",
                "Lee Jeong-hun, Minister of the Interior, held talks with Peruvian Minister of Rural Water Reform Daniela Rosa Soto in Lima.",
            ),
            (
                "en",
                "Minister Lee Jeong-hun talked with Peruvian Minister of Rural Water Reform Daniela Rosa Soto in Lima.",
            ),
            (
                "en",
                "Minister Lee Jeong-hun held a bilateral meeting with Peruvian Minister of Rural Water Reform Daniela Rosa Soto.",
            ),
            (
                "ko",
                "이정훈 행정자치부 장관은 리마에서 다니엘라 로사 소토 페루 농촌수자원개혁부 장관과 회담했다.",
            ),
            (
                "ko",
                "다니엘라 로사 소토 페루 농촌수자원개혁부 장관은 리마에서 이정훈 행정자치부 장관과 회담했다.",
            ),
        ] {
            let got = run(lang, text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.key.slug == key)
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.events));
            assert_eq!(ev.kind, EventKind::Meeting, "{text}");
            assert_eq!(ev.attendee.len(), 2, "{text}");
        }
    }

    /// A body's delegation visiting a place is one visit, keyed from the body and the
    /// place in both languages, dated and placed (sentences in this module's own words).
    #[test]
    fn delegation_visits_meet_across_languages() {
        let month = DateValue::YearMonth(2019, 4);
        let mut keys = Vec::new();
        for (lang, text, anchor) in [
            (
                "en",
                "A delegation from Kenya's Ministry of Information and Communications visited the Korea Aid Agency in Busan last month.",
                "last month",
            ),
            (
                "ko",
                "케냐 정보통신부 대표단은 지난달 부산에 있는 한국원조청을 방문했다.",
                "지난달",
            ),
        ] {
            let got = run_with_dates(lang, text, &[(anchor, month)]);
            let visits: Vec<_> = got
                .events
                .iter()
                .filter(|e| e.kind == EventKind::Visit)
                .collect();
            assert_eq!(visits.len(), 1, "{text}: {:#?}", got.events);
            let v = visits[0];
            assert_eq!(v.start, Some(month), "{text}");
            assert!(
                v.location.iter().any(|k| k.slug == "busan"),
                "{text}: {:?}",
                v.location
            );
            assert!(
                v.attendee
                    .iter()
                    .any(|k| k.slug.starts_with("ministry-of-")),
                "{text}: {:?}",
                v.attendee
            );
            // No Korean words in an English label.
            assert!(
                v.entity
                    .labels
                    .iter()
                    .all(|l| l.lang != "en" || !l.text.chars().any(|c| ('가'..='힣').contains(&c))),
                "{:?}",
                v.entity.labels
            );
            keys.push(v.entity.key.slug.clone());
        }
        assert_eq!(keys[0], keys[1]);
        assert!(keys[0].ends_with("-to-korea-aid-agency"), "{}", keys[0]);
        // No body, no delegation visit.
        let got = run("en", "A delegation visited the Korea Aid Agency in Busan.");
        assert!(got.events.is_empty(), "{:#?}", got.events);
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
            (
                "en",
                "A delegation led by Hong Yun-sik, the Minister of the Interior, paid an official visit to Tallinn on Monday.",
                Some("Visit of Hong Yun-sik to Estonia"),
            ),
            (
                "en",
                "Angel Gurría, Secretary-General of the OECD, paid an official visit to Japan.",
                Some("Visit of Angel Gurría to Japan"),
            ),
            (
                "ko",
                "앙헬 구리아 사무총장 일행은 지난달 서울을 공식 방문했다.",
                Some("Visit of Angel Gurría to the Republic of Korea"),
            ),
        ] {
            let got = run(lang, text);
            let names = got.event_labels(Lang::En, Some(EventKind::Visit));
            assert_eq!(names, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
        // A visit placed by its city keeps the city before the country.
        for (lang, text) in [
            (
                "en",
                "Angel Gurría, Secretary-General of the OECD, paid an official visit to Tallinn.",
            ),
            ("ko", "앙헬 구리아 사무총장 일행은 탈린을 공식 방문했다."),
        ] {
            let got = run(lang, text);
            let visit = got
                .events
                .iter()
                .find(|e| e.kind == crate::model::EventKind::Visit);
            let places: Vec<&str> = visit
                .map(|e| e.location.iter().map(|k| k.slug.as_str()).collect())
                .unwrap_or_default();
            assert_eq!(places, ["tallinn", "ee"], "{text}");
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
                "Minister Hong Yun-sik met Danish Cabinet Secretary Ole Berg in Tallinn to discuss the Nordic Data Forum.",
                Some("Meeting of Hong Yun-sik and Ole Berg"),
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
            (
                "Minister Hong Yun-sik paid an official visit to the OECD in Paris on May 2, and met Secretary-General Angel Gurría.",
                Some("Meeting of Hong Yun-sik and Angel Gurría"),
            ),
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
}

#[cfg(test)]
mod body_tests {
    use super::super::event;
    use crate::ingest::extract::test_support::{run, run_with_dates};
    use crate::model::{DateValue, EventStatus, Lang};

    /// `A met the B`: a meeting with the body, both taking part.
    #[test]
    fn meeting_with_a_body() {
        let got = run(
            "en",
            "The Ministry of the Interior met the OECD in Paris to discuss open data.",
        );
        let ev = event(&got, "meeting-of-the-ministry-of-the-interior-and-the-oecd");
        let slugs: Vec<&str> = ev.attendee.iter().map(|k| k.slug.as_str()).collect();
        assert_eq!(slugs, ["ministry-of-the-interior", "oecd"], "{ev:#?}");
        let got = run("en", "The ministry met with the World Bank in May.");
        let ev = event(&got, "meeting-with-the-world-bank");
        assert_eq!(ev.attendee[0].slug, "world-bank");
    }

    /// `met X on …, and will join Y`: the meeting was held, whatever comes next.
    #[test]
    fn meeting_held_before_a_planned_clause() {
        let text =
            "The agency met the OECD on March 2, and will join the Grey Hill Forum in May 2018.";
        let got = run_with_dates(
            "en",
            text,
            &[
                ("March 2", DateValue::Date(2017, 3, 2)),
                ("May 2018", DateValue::YearMonth(2018, 5)),
            ],
        );
        let ev = event(&got, "meeting-with-the-oecd");
        assert_eq!(ev.status, EventStatus::Held, "{ev:#?}");
        assert_eq!(ev.attendee.len(), 1, "{ev:#?}");
        let forum = event(&got, "grey-hill-forum-2018");
        assert_eq!(forum.status, EventStatus::Planned, "{forum:#?}");
    }

    /// `X와 회의를 열었고, … Y 포럼에 참가할 예정이다`: X meets, Y is attended later (not a
    /// participant of the meeting), and the meeting was held.
    #[test]
    fn korean_meeting_partner_not_the_later_forum() {
        let text = "행정자치부는 3월 2일 경제협력개발기구(OECD)와 협력 회의를 열었고, 2018년 3월에는 세계은행 포럼에 참가할 예정이다.";
        let got = run_with_dates(
            "ko",
            text,
            &[
                ("3월 2일", DateValue::Date(2017, 3, 2)),
                ("2018년 3월", DateValue::YearMonth(2018, 3)),
            ],
        );
        let ev = got
            .events
            .iter()
            .find(|e| e.entity.label(Lang::Ko) == Some("협력 회의"))
            .unwrap_or_else(|| panic!("{:#?}", got.events));
        let slugs: Vec<&str> = ev.attendee.iter().map(|k| k.slug.as_str()).collect();
        assert!(slugs.contains(&"oecd"), "{ev:#?}");
        assert!(!slugs.contains(&"world-bank"), "{ev:#?}");
        assert_eq!(ev.status, EventStatus::Held, "{ev:#?}");
    }

    /// (lang, text, visitor, country) — a visit to a government body is a visit to its
    /// country: a body without a country in its name is Korea's, one qualified `(X)` is
    /// X's. Sentences written for this test.
    #[test]
    fn a_visit_to_a_body_is_a_visit_to_its_country() {
        for (lang, text, visitor, country) in [
            (
                "en",
                "Angel Gurría will visit the Ministry of the Interior on May 3 to discuss open data.",
                "angel-gurria",
                "kr",
            ),
            (
                "ko",
                "앙헬 구리아 사무총장이 5월 3일 행정자치부를 방문해 공공데이터 협력을 논의한다.",
                "angel-gurria",
                "kr",
            ),
            (
                "en",
                "Hong Yun-sik visited the Government Technology Agency (Singapore) last week.",
                "hong-yun-sik",
                "sg",
            ),
            (
                "ko",
                "홍윤식 장관은 지난주 싱가포르 정부기술청을 방문했다.",
                "hong-yun-sik",
                "sg",
            ),
        ] {
            let got = run(lang, text);
            let ev = got
                .events
                .iter()
                .find(|e| e.kind == crate::model::EventKind::Visit)
                .unwrap_or_else(|| panic!("no visit in {text}"));
            let visitors: Vec<&str> = ev.attendee.iter().map(|k| k.slug.as_str()).collect();
            assert_eq!(visitors, [visitor], "{text}");
            assert!(
                ev.location.iter().any(|k| k.slug == country),
                "{text}: {:?}",
                ev.location
            );
        }
        // An official visiting a body of their own government makes no visit.
        let got = run("en", "Kim Min-ji visited the Korea Aid Agency on May 3.");
        assert!(
            got.events
                .iter()
                .all(|e| e.kind != crate::model::EventKind::Visit),
            "{:#?}",
            got.events
        );
        // A body of no government (an international organisation) places no visit.
        let got = run("en", "Hong Yun-sik will visit the World Bank on May 3.");
        assert!(
            got.events
                .iter()
                .all(|e| e.kind != crate::model::EventKind::Visit),
            "{:#?}",
            got.events
        );
    }
}
