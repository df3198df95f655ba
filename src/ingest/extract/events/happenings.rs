//! Unnamed happenings found by their verbs (source (4) of the events module): signings
//! and visits (one per sentence and kind), ceremonies, launches of a named plan, foundings
//! of a body and meals hosted by a named person. Each gets a descriptive name from the
//! notice's own entities (README conventions); signings are named in [`super::signings`],
//! visits in [`super::meetings`].

use super::meetings::visit_name;
use super::signings::{ko_document_name, signing_name, whole_object};
use super::{Placed, group, overlaps_placed, person_label, plain_event};
use crate::ingest::extract::{Ctx, Out, entity_with, re};
use crate::model::{EntityKey, EntityKind, EventKind, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

/// A Korean signing: a document noun, then its signing verb (`체결`, `서명`, `채택`,
/// `맺다`) right after it (`…협약(MOU)을 체결`, `…협약을 맺었다`), or after an object or subject particle and up to three words of time or place
/// (`…협약을 연내 체결하기로`, `…협약이 지난주 부산에서 체결되었다`).
static SIGN_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<obj>[가-힣A-Za-z0-9()·\s-]{0,20}?(?:양해각서|업무협약|협약|의향서|선언문|선언|헌장|협정|MOU|MoU))(?:\S*(?:을|를|이|가)\s+(?:[^\s.,]{1,8}\s+){1,3}?|\S*\s*(?:을|를)?\s*)(?:체결|서명|채택|맺)",
    )
});

static VISIT_KO: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:방한|방문)(?:하|했|한|을|하여|해|하였|할| 시| 때| 중| 당시)"));

static SIGN_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:signed|signs|sign|inked|signing of|to sign|adopted|adopts|to adopt)\b[^.]{0,40}?\b(?P<obj>(?:an?|the)\s+)?(?P<o>(?:[A-Z][\w-]*\s+)*(?:memorandum of understanding|Memorandum of Understanding|MOU|MoU|MoC|[Ll]etter of [Ii]ntent|LOI|[Dd]eclaration|[Aa]greement|Communique|[Cc]harter)(?:\s*\([A-Za-z]+\))?(?:\s+(?:on|for)\s+(?:[A-Z][\w-]*(?:\s+(?:(?:in the|of the|of|and|the|for)\s+)*[A-Z][\w-]*)*|[\w-]+))?)",
    )
});

static VISIT_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:visited|visits|will visit|(?:paid|pays|will pay|made) an? (?:official |state |working |courtesy )?visit to|visit to)\b",
    )
});

/// `the ROK-EU Digital Partnership, signed on …`: the agreement before the verb.
static SIGN_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<obj>(?:[Tt]he|[Aa]n?)\s+)(?P<o>(?:[A-Z][\w-]*\s+)*(?:Memorandum of Understanding|MOU|MoU|MoC|Letter of Intent|Declaration|Agreement|Partnership|Charter)(?:\s*\([A-Za-z]+\))?(?:\s+(?:on|for)\s+[A-Z][\w-]*(?:\s+(?:(?:in the|of the|of|and|the|for)\s+)*[A-Z][\w-]*)*)?),?\s+signed\b",
    )
});

/// `A memorandum of understanding on … was signed … by X and Y`: a lowercase document
/// noun (an article before it) as the subject of a passive signing verb, its parties
/// allowed after it (`an MOU between A and B was signed`), an adverb allowed between
/// (`was formally signed`).
static SIGN_PASSIVE_LOWER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<obj>(?:[Tt]he|[Aa]n?)\s+)(?P<o>(?:[\w-]+\s+){0,3}?(?:memorandum of understanding|MOU|MoU|MoC|letter of intent|declaration|agreement|charter)(?:\s*\([A-Za-z]+\))?(?:\s+(?:on|for)\s+[\w-]+(?:\s+[\w-]+){0,5}?)?)(?:\s+between\s+[^.;]{3,120}?)?\s+(?:was|were|has been|have been|had been|is|are|will be|is to be|is expected to be)\s+(?:\w+ly\s+)?signed\b",
    )
});

/// (4) Unnamed signings and visits, one per sentence and kind.
pub(super) fn happenings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let (sign, visit) = if ctx.lang() == Lang::Ko {
        (&SIGN_KO, &VISIT_KO)
    } else {
        (&SIGN_EN, &VISIT_EN)
    };
    let mut pats = vec![(sign, EventKind::Signing)];
    if ctx.lang() == Lang::En {
        pats.push((&SIGN_PASSIVE, EventKind::Signing));
        pats.push((&SIGN_PASSIVE_LOWER, EventKind::Signing));
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
            let mut visit: Option<(Vec<EntityKey>, EntityKey, Option<EntityKey>)> = None;
            let mut visit_slug = None;
            let canonical = match kind {
                EventKind::Signing => signing_name(ctx, sentence, whole, &caps),
                // A visit is reported only with its named visitors (persons, or a
                // body's delegation).
                _ => match visit_name(ctx, out, sentence, whole) {
                    Some(v) => {
                        visit_slug = v.slug;
                        if let Some(ko) = v.ko {
                            label = ko;
                        }
                        visit = Some((v.visitors, v.destination, v.city));
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
                    let base = visit_slug.unwrap_or_else(|| slugify(name));
                    let mut slug = base.clone();
                    let mut k = 1;
                    while out.events().iter().any(|e| e.entity.key.slug == slug) {
                        k += 1;
                        slug = format!("{base}-{k}");
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
                Lang::Ko => (
                    canonical.as_deref().filter(|c| !c.is_empty()),
                    Some(label.as_str()),
                ),
            };
            let mut ev = plain_event(key.clone(), kind, en, ko);
            // A visit's visitors attend it; the place visited is where it is.
            if let Some((visitors, destination, city)) = visit {
                ev.attendee = visitors;
                ev.location.extend(city);
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
pub(super) fn ceremonies(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
pub(super) fn foundings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
pub(super) fn hosted_meals(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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

/// (4c) Launches, unveilings and announcements of a named initiative, strategy, plan or
/// programme (`X, which was announced in May`, `launched a program called X`,
/// `X unveiled by …`): an unnamed event `Launch|Unveiling|Announcement of the X`, and X
/// itself is a topic of the notice (not an event).
pub(super) fn launches(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
            ev.organizer = launchers(ctx, verb);
            out.add_event(ev);
            placed.push(Placed {
                span: verb,
                key,
                year: None,
            });
        }
    }
}

/// `by (the) [title]` between a verb of launching and who launched
/// (`unveiled by President A`).
static LAUNCHED_BY: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s+by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}$"));

/// What may stand between who launches and the verb (`A has launched`, `A jointly
/// launched`).
static LAUNCHER_GAP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:(?:has|have|had|jointly|together|also)\s+)*$"));

/// Words joining two who launch together (`A and B`, `A and the B`, `A, B`).
static LAUNCHERS_JOINED: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\s?\([^()]{1,20}\))?(?:,\s*|,?\s+and\s+(?:the\s+)?)$"));

/// Who launched, unveiled or announced, from around the verb at `verb` (chars): the
/// agent after `by` (`unveiled by President A`), else the subject right before the verb
/// with those joined to it (`A and the B launched …`): persons, bodies, countries.
fn launchers(ctx: &Ctx, verb: Span) -> Vec<EntityKey> {
    let sentence = ctx.sentence_of(verb.begin);
    let kinds = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Country,
    ];
    let after = ctx.found_in(
        Span {
            begin: verb.end,
            end: sentence.end.min(verb.end + 40),
        },
        &kinds,
    );
    if let Some(agent) = after.iter().find(|m| {
        LAUNCHED_BY.is_match(&ctx.slice(Span {
            begin: verb.end,
            end: m.span.begin,
        }))
    }) {
        return vec![agent.key.clone()];
    }
    let before = ctx.found_in(
        Span {
            begin: sentence.begin,
            end: verb.begin,
        },
        &kinds,
    );
    let mut out: Vec<EntityKey> = Vec::new();
    let mut end = verb.begin;
    let mut gap_ok: &Regex = &LAUNCHER_GAP;
    for m in before.iter().rev() {
        if m.span.end > end {
            continue; // inside the mention already taken
        }
        let gap = ctx.slice(Span {
            begin: m.span.end,
            end,
        });
        if !gap_ok.is_match(&gap) {
            break;
        }
        out.push(m.key.clone());
        end = m.span.begin;
        gap_ok = &LAUNCHERS_JOINED;
    }
    out.reverse();
    out
}

/// `held an e-government training course`, `ran a two-week training programme`, `will run a
/// public HR management training course`: a course the subject runs, named by up to four
/// lowercase words or acronyms (`HR`, `ICT`) before the course noun.
static EN_TRAINING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:held|hosted|ran|conducted|organi[sz]ed|offered|provided|will (?:hold|host|run|conduct|organi[sz]e|offer|provide))\s+(?:a|an)\s+(?P<name>(?:(?:[a-z][\w-]*|[A-Z]{2,}s?)\s+){0,4}?(?:training course|training program(?:me)?|training|course))\b",
    )
});

/// (4g) An unlabelled English training course a body runs (`The ministry held an
/// e-government training course for …`): an event of kind training named by its words
/// (`E-government training course`), organized by the last organization or country
/// named before the verb in its sentence. Trainees' countries are found with the roles.
pub(super) fn trainings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    for caps in ctx.find_all(&EN_TRAINING) {
        let (Some(whole), Some(name)) = (caps[0], group(&EN_TRAINING, &caps, "name")) else {
            continue;
        };
        if overlaps_placed(placed, name) {
            continue;
        }
        let words = ctx.slice(name);
        let mut chars = words.chars();
        let label: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        let key = EntityKey::new(EntityKind::Event, slugify(&label));
        if out.events().iter().any(|e| e.entity.key == key) {
            continue;
        }
        let sentence = ctx.sentence_of(whole.begin);
        let host = ctx
            .found_in(
                Span {
                    begin: sentence.begin,
                    end: whole.begin,
                },
                &[EntityKind::Organization, EntityKind::Country],
            )
            .last()
            .map(|m| m.key.clone());
        let mut ev = plain_event(key.clone(), EventKind::Training, Some(&label), None);
        ev.named = false;
        ev.organizer.extend(host);
        out.add_event(ev);
        placed.push(Placed {
            span: name,
            key,
            year: None,
        });
    }
}

/// Whether `span` (chars) begins inside a word: the character before it is a letter or
/// digit (a bounded pattern may start its match mid-word, `울 정부…` of `서울 정부…`).
fn starts_mid_word(ctx: &Ctx, span: Span) -> bool {
    span.begin > 0
        && ctx
            .chars
            .get(span.begin - 1)
            .is_some_and(|c| c.is_alphanumeric())
        && ctx
            .chars
            .get(span.begin)
            .is_some_and(|c| c.is_alphanumeric())
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
                let cut = caps
                    .get(1)
                    .copied()
                    .flatten()
                    .is_some_and(|s| starts_mid_word(ctx, s));
                let obj = match obj.split_once(char::is_whitespace) {
                    Some((_, rest)) if cut => rest.trim_start().to_string(),
                    _ => obj,
                };
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

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &SIGN_KO,
    &VISIT_KO,
    &SIGN_EN,
    &VISIT_EN,
    &SIGN_PASSIVE,
    &SIGN_PASSIVE_LOWER,
    &CEREMONY,
    &LAUNCH_PASSIVE,
    &LAUNCH_ACTIVE,
    &KO_FOUNDED,
    &EN_FOUNDED,
    &KO_MEAL,
    &EN_MEAL,
    &EN_TRAINING,
    &LAUNCHED_BY,
    &LAUNCHER_GAP,
    &LAUNCHERS_JOINED,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::run;

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

    /// (text, organizers) — who launches or unveils organizes the launch: the subject and
    /// those joined to it, or the agent after `by` (past a title).
    #[test]
    fn launchers_organize_the_launch() {
        for (text, want) in [
            (
                "In 2019 Japan and the World Bank launched a new scheme called, Rural Data Access Program (RDAP), for farmers.",
                vec!["jp", "world-bank"],
            ),
            (
                "Officials cited the Harbour Data Initiative unveiled by President Hong Yun-sik last year.",
                vec!["hong-yun-sik"],
            ),
            ("Japan's Green Data Strategy was announced in June.", vec![]),
        ] {
            let got = run("en", text);
            let ev = &got.events[0];
            let slugs: Vec<&str> = ev.organizer.iter().map(|k| k.slug.as_str()).collect();
            assert_eq!(slugs, want, "{text}");
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

    /// (text, course name) — an English course a body runs, named by the words and
    /// acronyms before the course noun, organized by the body.
    #[test]
    fn training_courses_a_body_runs() {
        for (text, want) in [
            (
                "The Ministry of the Interior will run a national GIS data management training course for 20 officials in May.",
                "National GIS data management training course",
            ),
            (
                "The Ministry of the Interior held an e-government training course for Peru.",
                "E-government training course",
            ),
        ] {
            let got = run("en", text);
            assert_eq!(got.event_labels(Lang::En, None), [want], "{text}");
            let ev = &got.events[0];
            assert_eq!(ev.kind, EventKind::Training, "{text}");
            assert_eq!(ev.organizer[0].slug, "ministry-of-the-interior", "{text}");
        }
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

    /// A Korean document name never starts inside a word the object pattern cut.
    #[test]
    fn korean_signing_label_starts_at_a_word() {
        let got = run(
            "ko",
            "행정자치부는 프랑스와 5일 부산 시청에서 지도 데이터 협력 양해각서를 체결했다.",
        );
        let ev = got.event_of_kind(EventKind::Signing, || {
            format!("no signing: {:#?}", got.events)
        });
        let label = ev.entity.label(Lang::Ko).unwrap_or_default();
        assert!(label.ends_with("지도 데이터 협력 양해각서 체결"), "{label}");
        let first = label.split_whitespace().next().unwrap_or_default();
        assert!(
            ["부산", "시청에서", "지도", "5일"].contains(&first),
            "{label}"
        );
    }

    /// (lang, text) — a passive signing (`An agreement … was signed … by X and Y`,
    /// `…협약이 … 체결되었다`) is a signing, placed where the clause says; in English its
    /// agents after `by` are its parties. Sentences written for this test.
    #[test]
    fn passive_signing_is_a_signing() {
        for (lang, text) in [
            (
                "en",
                "An agreement on map data was formally signed last week in Busan by the Ministry of the Interior and the Government Technology Agency (Singapore).",
            ),
            (
                "ko",
                "행정자치부와 싱가포르 정부기술청 간의 지도 데이터 협약이 지난주 부산에서 체결되었다.",
            ),
        ] {
            let got = run(lang, text);
            let ev = got.event_of_kind(EventKind::Signing, || format!("no signing in {text}"));
            let places: Vec<&str> = ev.location.iter().map(|k| k.slug.as_str()).collect();
            assert!(places.contains(&"busan"), "{text}: {places:?}");
            let parties: Vec<&str> = ev.attendee.iter().map(|k| k.slug.as_str()).collect();
            for want in [
                "ministry-of-the-interior",
                "government-technology-agency-singapore",
            ] {
                assert!(parties.contains(&want), "{text}: {parties:?}");
            }
        }
        // A lowercase document noun is named by its parties in English.
        let got = run(
            "en",
            "A memorandum of understanding on map data was signed in Busan by the Ministry of the Interior and the Government Technology Agency (Singapore).",
        );
        assert_eq!(
            got.event_labels(Lang::En, Some(EventKind::Signing)),
            ["Signing of the Korea-Singapore MOU on map data"]
        );
    }
}
