//! Named events (source (3) of the events module): English capitalised names ending in an
//! event noun (`Korea-Estonia Joint Seminar on e-Government`) and counted meetings of a
//! body (`the first meeting of the …`); Korean names quoted, after an ordinal, starting
//! with a known place, a Latin token or a bilateral `한-X`, and plain nouns before a held
//! event noun (`정책조율 간담회 개최`). Short and full names of one event in a notice
//! merge into one event.
//!
//! Keys come from the English name (`event/{slug}`), else the romanized Korean name.

use super::editions::{Edition, ORDINAL_WORDS, edition_event, ordinal};
use super::{Placed, group, kind_of, overlaps_placed, plain_event};
use crate::ingest::extract::romanize::romanize_word;
use crate::ingest::extract::{Ctx, Out, entity_with, push_unique, re};
use crate::model::{EntityKey, EntityKind, Event, EventKind, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

static MEETING_OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let ords = ORDINAL_WORDS.join("|");
    re(&format!(
        r"(?i:\b({ords}|\d+(?:st|nd|rd|th)))\s+(?:meeting|session)\s+of\s+(?:the\s+)?"
    ))
});

/// (3a') A counted meeting of a named body (`the first meeting of the Data Council`):
/// the event `First meeting of the <body>`, named by the body's label.
pub(super) fn meeting_of_body(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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

/// `the first `, `the 3rd ` right before a body's name (`the first Korea-X Joint
/// Committee`): the ordinal counts the body's meetings.
static ORDINAL_BEFORE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let ords = ORDINAL_WORDS.join("|");
    re(&format!(
        r"(?i:\bthe\s+(?P<ord>{ords}|\d+(?:st|nd|rd|th))\s+)$"
    ))
});

/// A body that meets in counted sessions: a committee, council or commission.
static SESSION_BODY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i:\b(?:committee|council|commission))$"));

/// (3a'') A counted meeting written as the body's name after an ordinal (`will hold the
/// first Korea-X Digital Government Joint Committee`): the event `First meeting of the
/// <body>`, as [`meeting_of_body`] names it, so that it meets the Korean `제1차 …
/// 공동위원회` under one key (see `identity`).
pub(super) fn ordinal_body_meetings(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    for body in ctx
        .found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Organization)
    {
        if !SESSION_BODY.is_match(&ctx.slice(body.span)) {
            continue;
        }
        let lead = ctx.slice(Span {
            begin: body.span.begin.saturating_sub(20),
            end: body.span.begin,
        });
        let Some(ord) = ORDINAL_BEFORE_BODY
            .captures(&lead)
            .and_then(|c| c.name("ord"))
        else {
            continue;
        };
        let Some(body_label) = ctx.label(out, &body.key, Lang::En) else {
            continue;
        };
        let span = Span {
            begin: body.span.begin - lead[ord.start()..].chars().count(),
            end: body.span.end,
        };
        if overlaps_placed(placed, span) {
            continue;
        }
        let ord_text = ord.as_str().to_lowercase();
        let mut cs = ord_text.chars();
        let ord_text: String = cs
            .next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
        let label = format!("{ord_text} meeting of the {body_label}");
        let key = EntityKey::new(EntityKind::Event, slugify(&label));
        if out.events().iter().any(|e| e.entity.key == key) {
            continue;
        }
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

/// A lowercase event noun right after a body's name (and its bracketed acronym), in
/// English: `an APEC forum`, `the OECD (…) meeting`.
static EN_BODY_EVENT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s\([A-Za-z0-9+&-]{2,12}\))?\s(?P<noun>forum|conference|summit|workshop|seminar|symposium|general assembly)\b",
    )
});

/// Korean: an event noun right after a body's name (and its bracketed acronym), before a
/// particle (`…(APEC) 포럼에`, `… 총회를`).
static KO_BODY_EVENT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\([A-Za-z0-9+&-]{2,12}\))?\s?(?P<noun>포럼|총회|세미나|워크숍|심포지엄|컨퍼런스|콘퍼런스)(?:에|을|를|이|가|은|는|의)",
    )
});

/// English words before a body's name that make the phrase an indefinite or definite
/// reference to one event of it (`an APEC forum`, `the UN summit`).
static EN_EVENT_ARTICLE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:an?|the)\s+$"));

/// (3d) An event of a body named by the body and an event noun (`will join an
/// Asia-Pacific Economic Cooperation (APEC) forum`, `아시아태평양경제협력체(APEC) 포럼에
/// 참가`): the event `<body> Forum` (English label from the body's English name, Korean
/// from its Korean one, so both languages meet on one key), organized by the body.
pub(super) fn body_events(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    let ko = ctx.lang() == Lang::Ko;
    let noun_re: &Regex = if ko {
        &KO_BODY_EVENT_NOUN
    } else {
        &EN_BODY_EVENT_NOUN
    };
    for body in ctx
        .found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Organization)
    {
        let after = ctx.slice(Span {
            begin: body.span.end,
            end: (body.span.end + 30).min(ctx.chars.len()),
        });
        let Some(c) = noun_re.captures(&after) else {
            continue;
        };
        let Some(noun) = c.name("noun") else { continue };
        if !ko {
            let lead = ctx.slice(Span {
                begin: body.span.begin.saturating_sub(4),
                end: body.span.begin,
            });
            if !EN_EVENT_ARTICLE.is_match(&lead) {
                continue;
            }
        }
        let span = Span {
            begin: body.span.begin,
            end: body.span.end + after[..noun.end()].chars().count(),
        };
        if overlaps_placed(placed, span) {
            continue;
        }
        let kind = kind_of(noun.as_str());
        let en_noun = if ko {
            match event_noun_en(noun.as_str()) {
                Some(n) => n.to_string(),
                None => match noun.as_str() {
                    "총회" => "General Assembly".to_string(),
                    "심포지엄" => "Symposium".to_string(),
                    _ => continue,
                },
            }
        } else {
            noun.as_str()
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next()
                        .map(|f| f.to_uppercase().chain(cs).collect::<String>())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let Some(body_en) = ctx.label(out, &body.key, Lang::En) else {
            continue;
        };
        let en = format!("{body_en} {en_noun}");
        // The Korean label keeps the notice's own name of the body (`OECD 포럼`).
        let ko_label = ko.then(|| format!("{} {}", ctx.slice(body.span), noun.as_str()));
        let key = EntityKey::new(EntityKind::Event, slugify(&en));
        if !out.events().iter().any(|e| e.entity.key == key) {
            let mut ev = plain_event(key.clone(), kind, Some(&en), ko_label.as_deref());
            ev.named = false;
            ev.organizer.push(body.key.clone());
            out.add_event(ev);
        }
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
pub(super) fn named_en(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
        let up_to_noun = ctx.slice(Span {
            begin: span.begin,
            end: noun.end,
        });
        out.add_event(plain_event(
            key.clone(),
            kind_of(&up_to_noun),
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
pub(super) fn named_ko(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
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
pub(super) static KO_QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r#"[「『"'«] ?(?P<name>[^」』"'«»\n]{{2,40}}?(?:{KO_EVENT_NOUNS})(?: (?:19|20)\d{{2}})?)(?:\((?P<latin>[A-Za-z][^)]*)\))? ?[」』"'»]"#
    ))
});

static KO_NAME_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?P<name>(?:제[ \t]?\d+[ \t]?[회차][ \t]*)?(?:[A-Za-z0-9가-힣·-]+[ \t]){{1,3}}[A-Za-z0-9가-힣-]*?(?:{KO_EVENT_NOUNS}))"
    ))
});

/// A Korean name after an ordinal (`제4차 <지역> <분야> 협력포럼`, `제1차 한-X <분야>
/// 공동위원회`): up to four words before a word ending in an event noun, a committee or a
/// council (an ordinal committee or council is its meeting).
static KO_ORDINAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?P<name>제[ \t]?\d+[ \t]?[회차][ \t]*(?:[A-Za-z0-9가-힣·-]+[ \t]){{0,4}}[A-Za-z0-9가-힣-]*?(?:{KO_EVENT_NOUNS}|공동위원회|위원회|협의회))"
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
                .lookup(&ctx.slice(l), Some(EntityKind::Series), ctx.era())
                .is_some()
        }) {
            continue;
        }
        // `제3회 Digital-5 장관회의`: an ordinal edition of a known series.
        if let Some(c) = ORDINAL_SERIES.captures(&name)
            && let (Some(n), Some(rest)) = (c.get(1), c.get(2))
            && let Some(series) = ctx
                .gaz
                .lookup(rest.as_str(), Some(EntityKind::Series), ctx.era())
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
    ordinal_names(ctx, out, placed);
    for span in crate::ingest::extract::ko_compounds::solid_event_names(ctx) {
        if !standing_body(ctx, span) {
            add_named(ctx, out, placed, span, None);
        }
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

/// A Korean council or committee named and not met (`한-X 공공행정협의회를 통해`).
static KO_BODY_NAME: LazyLock<Regex> = LazyLock::new(|| re(r"(?:협의회|위원회)$"));

/// What follows a body's name when it stands for its meeting: `회의`, or a verb of
/// holding after an optional particle (`…협의회를 개최했다`, `…협의회가 열렸다`).
static KO_BODY_MET_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:을|를|이|가|는|은)?\s?(?:공동\s?)?(?:회의|개최|열|가졌|갖)"));

/// Whether the Korean name at `span` (chars) is that of a standing council or committee
/// ([`KO_BODY_NAME`]), an organization, rather than one of its meetings: a meeting is
/// written `… 회의` or held (`…협의회를 개최했다`, [`KO_BODY_MET_AFTER`]); a counted
/// one (`제3차 …협의회`) is found by [`ordinal_names`].
fn standing_body(ctx: &Ctx, span: Span) -> bool {
    let after = ctx.slice(Span {
        begin: span.end,
        end: (span.end + 12).min(ctx.chars.len()),
    });
    KO_BODY_NAME.is_match(&ctx.slice(span)) && !KO_BODY_MET_AFTER.is_match(&after)
}

/// Korean names after an ordinal ([`KO_ORDINAL_NAME`]) taken whole, whatever their first
/// word (`제4차 <지역> 전자정부 협력포럼`): no word before the last carries a particle,
/// and at least one word follows the ordinal. Before the solid compounds, so that a
/// compound (`…협력포럼`) does not cut the name. A bare noun after the ordinal (`제3차
/// 회의`) after a numbered edition with that noun is left to `named_anaphora`.
fn ordinal_names(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    for caps in ctx.find_all(&KO_ORDINAL_NAME) {
        let Some(span) = caps[1] else { continue };
        let text = ctx.slice(span);
        let Some(prefix) = KO_ORDINAL_PREFIX.find(&text) else {
            continue;
        };
        let toks: Vec<&str> = text[prefix.end()..].split([' ', '\t']).collect();
        if toks.iter().all(|t| t.is_empty()) {
            continue;
        }
        let particle_inside = toks[..toks.len() - 1]
            .iter()
            .any(|t| crate::ingest::particles::strip_particle(t).1.is_some());
        // `제3차 회의` after `제2차 <X> 회의`: an edition of that series, named by
        // anaphora (`named_anaphora`).
        if toks.len() == 1
            && super::editions::numbered_referent(ctx, out, placed, span.begin, toks[0]).is_some()
        {
            continue;
        }
        if !particle_inside {
            add_named(ctx, out, placed, span, None);
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
            .find_map(|x| ctx.gaz.lookup(x, Some(EntityKind::Series), ctx.era()))
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

/// The English name and key slug of a Korean event name (`name`) with its Latin name if
/// given: the Latin name, else the romanized one; after an ordinal (`제5회 …`) the key is
/// `{5th}-{…}` as for an English name (`5th-open-roads-forum`), and a Latin name without
/// its own ordinal gets it (`제5회 …(Open Roads Forum)` → `5th Open Roads Forum`).
fn ordinal_key(name: &str, latin: Option<String>) -> (Option<String>, String) {
    let ordinal_at = KO_ORDINAL_PREFIX.find(name).and_then(|m| {
        let n: u32 = m
            .as_str()
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .ok()?;
        Some((n, &name[m.end()..]))
    });
    let Some((n, rest)) = ordinal_at else {
        let slug = match &latin {
            Some(l) => slugify(l),
            None => slugify(&romanize_word(name)),
        };
        return (latin, slug);
    };
    let latin = latin.map(|l| {
        if l.starts_with(|c: char| c.is_ascii_digit()) || l.to_lowercase().starts_with("the ") {
            l
        } else {
            format!("{} {l}", ordinal(n))
        }
    });
    let slug = match &latin {
        Some(l) => slugify(l),
        None => slugify(&format!("{} {}", ordinal(n), romanize_word(rest))),
    };
    (latin, slug)
}

/// Adds a Korean named event (key from the Latin name given, else the romanized name;
/// [`ordinal_key`]).
fn add_named(
    ctx: &Ctx,
    out: &mut Out,
    placed: &mut Vec<Placed>,
    span: Span,
    latin: Option<String>,
) {
    let name = ctx.slice(span);
    let (latin, slug) = ordinal_key(&name, latin);
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

/// A Korean event noun followed by a verb of holding (`간담회 개최`, `회의를 열었다`,
/// `세미나를 가졌다`, `세미나를 공동 개최`).
static KO_HELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<noun>간담회|협의회|설명회|토론회|회의|포럼|세미나|워크숍|(?:연수|교육)[ \t]?과정|연수)(?:을|를|가|이)?\s?(?:공동\s?)?(?P<verb>개최|열었|열린|열렸|연다|열어|가졌|갖|실시|운영|진행)",
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
    "지난달",
    "지난해",
    "이달",
    "다음",
    "다음달",
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
/// (`… 등 정책조율 간담회 개최`), or a course that is run (`전자정부 연수를 실시`,
/// `… 연수과정을 운영`, `… 교육 과정을 운영`): up to two nouns before it (no particle, number, date,
/// determiner, person, post or verb form), at least one. The name is Korean only.
pub(super) fn held_ko(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::Ko {
        return;
    }
    for caps in ctx.find_all(&KO_HELD) {
        let Some(noun) = group(&KO_HELD, &caps, "noun") else {
            continue;
        };
        // Courses are also run (`연수를 실시했다`, `연수과정을 운영했다`); meetings only held.
        let run = group(&KO_HELD, &caps, "verb")
            .is_some_and(|v| ["실시", "운영", "진행"].contains(&ctx.slice(v).as_str()));
        if run && !ctx.slice(noun).ends_with(['수', '정']) {
            continue;
        }
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
        if (words == 0 && !glued_name(ctx, noun, begin)) || overlaps_placed(placed, span) {
            continue;
        }
        add_named(ctx, out, placed, span, None);
    }
}

/// An English verb of holding with an unnamed event as its object (`will hold a seminar
/// on cloud computing`, `agreed to host a joint workshop on open data`, `organized a
/// training course on data analysis`): the event noun, an optional modifier before it
/// and the lower-case topic words after `on`/`about`.
static HELD_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:hold|holds|held|holding|host|hosts|hosted|hosting|organi[sz]e|organi[sz]es|organi[sz]ed|organi[sz]ing|run|runs|ran|running|convene|convenes|convened|convening)\s+an?\s+(?P<name>(?P<modifier>(?:joint|bilateral|high-level|working-level|regional|international|annual|virtual|online|one-day|two-day|three-day)\s+)?(?P<noun>seminar|workshop|forum|conference|meeting|symposium|roundtable|dialogue|training course|course)(?:\s+(?:on|about)\s+(?P<topic>[a-z][\w-]*(?: [a-z][\w-]*){0,3}))?)",
    )
});

/// Words that end the topic of an unnamed English event (`a seminar on data for
/// officials`: the topic is `data`).
const EN_TOPIC_END: &[&str] = &[
    "for", "in", "at", "with", "from", "to", "by", "on", "next", "this", "last", "and", "or",
    "that", "which", "as", "during", "between", "among", "every", "each",
];

/// (3d) English unnamed events held, hosted, organized or run (`will hold a seminar on
/// cloud computing`, [`HELD_EN`]), with a topic after `on`/`about` or a modifier before
/// the noun (`a joint workshop`): a descriptive English name (`Seminar on cloud
/// computing`, `Joint workshop`), as Korean events named by their nouns get theirs
/// ([`held_ko`]). A bare `a meeting` names nothing.
pub(super) fn held_en(ctx: &Ctx, out: &mut Out, placed: &mut Vec<Placed>) {
    if ctx.lang() != Lang::En {
        return;
    }
    for caps in ctx.find_all(&HELD_EN) {
        let (Some(name), Some(noun)) = (
            group(&HELD_EN, &caps, "name"),
            group(&HELD_EN, &caps, "noun"),
        ) else {
            continue;
        };
        let modifier = group(&HELD_EN, &caps, "modifier");
        // The topic ends before the first word of EN_TOPIC_END; the name ends with it.
        let mut end = noun.end;
        if let Some(t) = group(&HELD_EN, &caps, "topic") {
            let mut at = t.begin;
            for w in ctx.slice(t).split(' ') {
                if w.is_empty() || EN_TOPIC_END.contains(&w) {
                    break;
                }
                end = at + w.chars().count();
                at = end + 1;
            }
        }
        if modifier.is_none() && end == noun.end {
            continue;
        }
        let span = Span {
            begin: name.begin,
            end,
        };
        let mut label = ctx.slice(span);
        if let Some(first) = label.get(..1) {
            label = format!("{}{}", first.to_uppercase(), &label[1..]);
        }
        if overlaps_placed(placed, span) {
            continue;
        }
        let key = EntityKey::new(EntityKind::Event, slugify(&label));
        if out.events().iter().any(|e| e.entity.key == key) {
            continue;
        }
        out.add_event(plain_event(
            key.clone(),
            kind_of(&ctx.slice(noun)),
            Some(&label),
            None,
        ));
        placed.push(Placed {
            span,
            key,
            year: None,
        });
    }
}

/// Nouns of a specific kind of event: a compound ending in one (`디지털전환세미나`) names
/// the event on its own, unlike a compound ending in the general `회의` or `연수`.
const KO_SPECIFIC_EVENT_NOUNS: &[&str] =
    &["세미나", "워크숍", "포럼", "토론회", "설명회", "간담회"];

/// `true` if the event noun at `noun` is the end of a word that starts at `begin` with at
/// least two Hangul syllables of its own that are no determiner (`디지털전환세미나`, not
/// `이번세미나`), and the noun names a specific kind of event (char offsets).
fn glued_name(ctx: &Ctx, noun: Span, begin: usize) -> bool {
    let head = ctx.slice(Span {
        begin,
        end: noun.begin,
    });
    KO_SPECIFIC_EVENT_NOUNS.contains(&ctx.slice(noun).as_str())
        && head.chars().count() >= 2
        && head.chars().all(|c| ('가'..='힣').contains(&c))
        && !KO_DETERMINERS
            .iter()
            .any(|d| head.starts_with(d) && d.chars().count() >= 2)
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &KO_ORDINAL_NAME,
    &KO_BODY_NAME,
    &KO_BODY_MET_AFTER,
    &ORDINAL_BEFORE_BODY,
    &SESSION_BODY,
    &EN_BODY_EVENT_NOUN,
    &KO_BODY_EVENT_NOUN,
    &EN_EVENT_ARTICLE,
    &MEETING_OF_BODY,
    &NAMED_EN,
    &AFTER_ACRONYM,
    &HAS_YEAR,
    &KO_QUOTED,
    &KO_NAME_PHRASE,
    &ORDINAL_SERIES,
    &KO_ORDINAL_PREFIX,
    &KO_BILATERAL,
    &KO_ORDINAL_QUOTED,
    &KO_HELD,
    &HELD_EN,
];

#[cfg(test)]
mod tests {
    use super::super::event;
    use super::*;
    use crate::ingest::extract::test_support::run;

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
            (
                "인사혁신처는 다음 달 공무원을 대상으로 지방행정 연수 과정을 운영한다.",
                Some("지방행정 연수 과정"),
            ),
            (
                "두 기관은 6월 서울에서 스마트도시 세미나를 공동 개최한다.",
                Some("스마트도시 세미나"),
            ),
            (
                "양국은 지난달 데이터협력세미나를 개최했다.",
                Some("데이터협력세미나"),
            ),
            ("정부는 지난달 실무회의를 개최했다.", None),
            ("장관은 이번 회의를 개최했다.", None),
            ("두 나라는 매년 회의를 연다.", None),
            ("정부는 회의를 열었다.", None),
        ] {
            let got = run("ko", text);
            let names = got.event_labels(Lang::Ko, None);
            assert_eq!(names, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }

    /// (text, English event name or none) — unnamed English events held or run, named by
    /// their noun and topic; a bare `a meeting` names nothing. Sentences written for this
    /// test.
    #[test]
    fn english_held_event_names() {
        for (text, want) in [
            (
                "The agency will hold a seminar on cloud computing in Hanoi on August 20.",
                Some("Seminar on cloud computing"),
            ),
            (
                "Both sides agreed to host a joint workshop on open government in Seoul next year.",
                Some("Joint workshop on open government"),
            ),
            (
                "The institute ran a training course on data analysis for 30 officials.",
                Some("Training course on data analysis"),
            ),
            ("The two ministers will hold a meeting soon.", None),
        ] {
            let got = run("en", text);
            let names = got.event_labels(Lang::En, None);
            assert_eq!(names, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }

    /// (lang, text, label) — an event of a body named by the body and an event noun is
    /// one event in both languages, organized by the body.
    #[test]
    fn events_named_by_their_body() {
        for (lang, text, label) in [
            (
                "en",
                "In May the ministry will join a World Bank forum in Lima.",
                "World Bank Forum",
            ),
            (
                "ko",
                "행정자치부는 5월 리마에서 열리는 세계은행 포럼에 참가할 예정이다.",
                "세계은행 포럼",
            ),
        ] {
            let got = run(lang, text);
            let ev = super::super::event(&got, "world-bank-forum");
            let l = if lang == "en" { Lang::En } else { Lang::Ko };
            assert_eq!(ev.entity.label(l), Some(label), "{text}");
            assert_eq!(ev.kind, EventKind::Forum, "{text}");
            assert_eq!(ev.organizer[0].slug, "world-bank", "{text}");
        }
        // A body's name before a noun that is no event noun names no event.
        let got = run("en", "The ministry joined a World Bank programme.");
        assert!(got.events.is_empty(), "{:#?}", got.events);
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
                "장관은 다음 달 제3차 발트 디지털 행정 협력포럼에 참석한다.",
                "제3차 발트 디지털 행정 협력포럼",
                None,
            ),
            (
                "시는 제2차 북유럽 스마트도시협력포럼을 연다.",
                "제2차 북유럽 스마트도시협력포럼",
                None,
            ),
            (
                "양국은 내년 제1차 한-덴 데이터행정 공동위원회를 열 예정이다.",
                "제1차 한-덴 데이터행정 공동위원회",
                None,
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

    /// (lang, text) — an undated ordinal edition of a series no gazetteer knows has one
    /// key in both languages, `5th-…` as for English, with or without a Latin name; the
    /// same edition named twice is one event. Sentences written for this test.
    #[test]
    fn ordinal_editions_share_their_key_across_languages() {
        for (lang, text) in [
            (
                "en",
                "Officials attended the 5th Open Roads Forum in Seoul. The 5th Open Roads Forum ended.",
            ),
            (
                "ko",
                "공무원들이 「제5회 열린도로포럼(Open Roads Forum)」에 참석했다.",
            ),
            (
                "ko",
                "공무원들이 제5회 '열린 도로(Open Roads)' 포럼에 참석했다.",
            ),
        ] {
            let got = run(lang, text);
            let slugs: Vec<&str> = got
                .events
                .iter()
                .map(|e| e.entity.key.slug.as_str())
                .collect();
            assert_eq!(slugs, ["5th-open-roads-forum"], "{text}");
        }
        // Without a Latin name the Korean key is the ordinal and the romanized rest.
        let got = run("ko", "공무원들이 제5회 열린도로포럼에 참석했다.");
        let ev = event(&got, "5th-yeollindoroporeom");
        assert_eq!(ev.entity.label(Lang::Ko), Some("제5회 열린도로포럼"));
        let got = run(
            "ko",
            "공무원들이 「제5회 열린도로포럼(Open Roads Forum)」에 참석했다.",
        );
        let ev = event(&got, "5th-open-roads-forum");
        assert_eq!(ev.entity.label(Lang::En), Some("5th Open Roads Forum"));
    }

    /// (lang, text, kind) — a conference of ministers is a meeting of officials, not a
    /// seminar; another conference stays one. Sentences written for this test.
    #[test]
    fn a_ministers_conference_is_a_meeting() {
        for (lang, text, want) in [
            (
                "en",
                "The 2nd Asia Open Map Ministers' Conference took place in Busan.",
                EventKind::Meeting,
            ),
            (
                "en",
                "Korea hosted the Asia Open Map Ministerial Conference in Busan.",
                EventKind::Meeting,
            ),
            (
                "en",
                "Korea hosted the Asia Open Map Conference in Busan.",
                EventKind::Seminar,
            ),
            (
                "ko",
                "행정자치부는 부산에서 제2차 아시아 지도 장관 컨퍼런스를 개최했다.",
                EventKind::Meeting,
            ),
            (
                "ko",
                "행정자치부는 부산에서 제2차 아시아 지도 컨퍼런스를 개최했다.",
                EventKind::Seminar,
            ),
        ] {
            let got = run(lang, text);
            assert_eq!(got.events.len(), 1, "{text}: {:#?}", got.events);
            assert_eq!(got.events[0].kind, want, "{text}");
        }
    }
}
