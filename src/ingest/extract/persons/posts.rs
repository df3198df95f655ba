//! Posts: the post a title and its organization or state make ([`resolve_post`]: the
//! gazetteer's, else minted), offices written as free words ([`mint_office`]), and the
//! posts found without the title rules of [`super::english`] and [`super::korean`]:
//! - a foreign minister's post written with its portfolio and state (`the Minister of
//!   Roads of Estonia` → `Minister of Roads (Estonia)`, part of `Ministry of Roads
//!   (Estonia)`), held or not ([`foreign_minister_posts`]);
//! - officials named as a group by a plural title (`Chief Information Officers of OECD
//!   member states`, [`group_posts_en`]);
//! - a Korean office written as one word after a name (`안행부 김승호 인사실장`, `고광완
//!   서기관`, `플라세 국가개혁 담당장관`, [`korean_offices`]), labelled from the Korean
//!   text, and Korean posts named without a holder (`영국 내각사무처 장관`,
//!   [`holderless_posts_ko`]);
//! - last, a free-worded office of a country that a person holds (no organization),
//!   keyed by title, country and person (`post/minister-fr-{person}`), so that notices
//!   wording it differently, in either language, name one post ([`one_post_per_office`]).

use super::super::bodies::post_slug;
use super::super::orgs::{mark_foreign_body, neutral_key};
use super::super::romanize::{is_hangul_syllable, romanize_word};
use super::super::titles::{self, Title};
use super::super::{Ctx, Out, entity_with, re};
use super::korean::is_korean_name;
use super::resolve::resolve_person;
use super::{is_org_like, strip_full_stop};
use crate::ingest::particles;
use crate::model::{EntityKey, EntityKind, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

/// The post of `title` in `org`: the gazetteer's post with that title and organization,
/// else a minted one (`post/{slug("Title of Org")}`, labels in both languages where the
/// organization has them, part of the organization).
pub(super) fn resolve_post(
    ctx: &Ctx,
    out: &mut Out,
    title: &Title,
    title_ko: Option<&str>,
    org: &EntityKey,
) -> Option<EntityKey> {
    let known = ctx.gaz.entities().iter().find(|e| {
        e.key.kind == EntityKind::Post
            && e.part_of.as_ref() == Some(org)
            && ctx.gaz.record(&e.key).is_some_and(|r| {
                r.title_en.as_deref() == Some(title.en)
                    || r.title_ko.as_deref().is_some_and(|k| title.ko.contains(&k))
            })
    });
    if let Some(e) = known {
        out.add_entity(e.clone());
        return Some(e.key.clone());
    }
    let org_en = ctx.label(out, org, Lang::En);
    let org_ko = ctx.label(out, org, Lang::Ko);
    let is_state = org.kind == EntityKind::Country;
    let en = org_en.map(|o| titles::post_label_en(title, &o, is_state));
    let ko = org_ko.map(|o| titles::post_label_ko(title_ko.unwrap_or(title.ko[0]), &o));
    let slug = match (&en, &ko) {
        _ if is_keyed_foreign_body(out, org) => post_slug(&slugify(title.en), &org.slug),
        (Some(en), _) => slugify(en),
        (None, Some(ko)) => slugify(&romanize_word(ko)),
        _ => return None,
    };
    let key = EntityKey::new(EntityKind::Post, slug);
    let mut e = entity_with(key.clone(), en.as_deref(), ko.as_deref());
    e.part_of = Some(org.clone());
    out.add_entity(e);
    Some(key)
}

/// `true` if `org` is a foreign body minted with a language-neutral key
/// ([`super::super::bodies`], recorded by [`mark_foreign_body`]).
pub(super) fn is_keyed_foreign_body(out: &Out, org: &EntityKey) -> bool {
    org.kind == EntityKind::Organization && out.is_keyed_body(org)
}

/// A post named by free text (`Minister for Government Reform and Simplification`).
pub(super) fn mint_office(out: &mut Out, office: &str) -> EntityKey {
    let office = strip_full_stop(office);
    let key = EntityKey::new(EntityKind::Post, slugify(office));
    out.add_entity(entity_with(key.clone(), Some(office), None));
    key
}

/// One post per (title, country) per person across notices and languages: a post
/// minted from a notice's free words (no gazetteer post, no organization: `Minister for
/// Government Reform (France)`, `프랑스 … 담당 국무장관`) that a person holds, whose title
/// ([`titles::TITLES`]: the English label starts with it, the Korean one ends with it,
/// `국무장관` → Minister) and country (named in its label) are known, is keyed
/// `post/{title}-{country}-{person}` (`minister-fr-jean-vincent-place`), however the
/// notice words the office. Its labels stay as written.
pub(super) fn one_post_per_office(ctx: &mut Ctx, out: &mut Out) {
    let holdings: Vec<(EntityKey, EntityKey)> = out
        .holdings
        .iter()
        .map(|h| (h.person.clone(), h.post.clone()))
        .collect();
    for (person, post) in holdings {
        if ctx.gaz.get(&post).is_some() {
            continue;
        }
        let Some(key) = office_key(ctx, out, &person, &post) else {
            continue;
        };
        if key == post
            || out
                .holdings
                .iter()
                .any(|h| h.post == key && h.person != person)
        {
            continue;
        }
        out.rekey(&post, &key);
        for m in ctx.found.iter_mut().filter(|m| m.key == post) {
            m.key = key.clone();
        }
    }
}

/// The `post/{title}-{country}-{person}` key of [`one_post_per_office`], if the title
/// and the country of `post` are known and it has no organization.
fn office_key(ctx: &Ctx, out: &Out, person: &EntityKey, post: &EntityKey) -> Option<EntityKey> {
    let e = out.entity(post)?;
    let en = e.label(Lang::En);
    let ko = e.label(Lang::Ko);
    let title = titles::TITLES.iter().find(|t| {
        en.is_some_and(|l| {
            l.starts_with(t.en) && !l[t.en.len()..].starts_with(char::is_alphanumeric)
        }) || ko.is_some_and(|l| t.ko.iter().any(|k| l.ends_with(k)))
    })?;
    // A post of a known organization has a key from its title and organization
    // already (`resolve_post`, the same in both languages).
    if e.part_of.is_some() {
        return None;
    }
    let scope = [en, ko].into_iter().flatten().find_map(|l| {
        ctx.gaz
            .find(l, ctx.lang(), ctx.era())
            .into_iter()
            .find(|m| m.key.kind == EntityKind::Country)
            .map(|m| m.key)
    })?;
    Some(EntityKey::new(
        EntityKind::Post,
        format!("{}-{}-{}", slugify(title.en), scope.slug, person.slug),
    ))
}

/// Officials as a group, by the plural of a title of several words: `Chief Information
/// Officers`, `Vice Ministers (…) of ASEAN member states`.
static EN_GROUP_POST: LazyLock<Regex> = LazyLock::new(|| {
    let mut plurals: Vec<String> = titles::TITLES
        .iter()
        .filter(|t| t.en.contains(' ') && !t.en.contains('-'))
        .map(|t| format!("{}s", t.en))
        .chain(std::iter::once("Directors General".to_string()))
        .collect();
    plurals.sort_by_key(|p| std::cmp::Reverse(p.len()));
    re(&format!(
        r"\b(?P<title>{})\b(?:\s*\([A-Z]{{2,}}s?\))?(?: of (?:the )?(?P<of>[A-Z][\w-]*(?: [A-Z][\w-]*)*(?: member (?:states|countries|economies)| countries| states)?))?",
        plurals.join("|")
    ))
});

/// A group of officials named by a plural title ([`EN_GROUP_POST`]) is a post of its own,
/// labelled `<Titles>` or, with the body or state they serve written after `of`, `<Titles>
/// of <body …>` as written (`Chief Information Officers of OECD member states`); a phrase
/// after `of` that does not start with a found organization or place is left out.
pub(super) fn group_posts_en(ctx: &mut Ctx, out: &mut Out) {
    for caps in ctx.find_all(&EN_GROUP_POST) {
        let (Some(all), Some(tspan)) = (caps[0], caps[1]) else {
            continue;
        };
        let of = caps[2].filter(|o| {
            ctx.found.iter().any(|m| {
                m.span.begin == o.begin
                    && matches!(
                        m.key.kind,
                        EntityKind::Organization | EntityKind::Country | EntityKind::Region
                    )
            })
        });
        let (label, span) = match of {
            Some(o) => (
                format!("{} of {}", ctx.slice(tspan), ctx.slice(o)),
                Span {
                    begin: tspan.begin,
                    end: all.end,
                },
            ),
            None => (ctx.slice(tspan), tspan),
        };
        if out.mentions_overlap(span, EntityKind::Post) {
            continue;
        }
        let post = mint_office(out, &label);
        out.mention(span, ctx.slice(span), post.clone());
        ctx.add_found(span, post);
    }
}

/// `the Minister of <portfolio> of <country>`: a foreign minister's post written out,
/// with or without a holder.
static EN_FOREIGN_MINISTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<title>(?:Vice[ -]|Deputy |Assistant )?Minister) of (?P<portfolio>(?:the )?[A-Z][\w-]*(?:(?:,? and |, | & | )[A-Z][\w-]*)*) of (?:the )?",
    )
});

/// A foreign minister's post named with its portfolio and state (`the Minister of
/// Roads, Rail and Ports of the Republic of Estonia`, `Vice Minister of Open Data of
/// Peru`): the post `<Title> of <portfolio> (<state>)`,
/// part of the ministry `Ministry of <portfolio> (<state>)`, the country's name in
/// parentheses as for other foreign bodies. The post is mentioned over the whole phrase;
/// the ministry, not written as such, is an entity without a mention. A Korean post the
/// gazetteer matched inside the phrase (`Minister of the Interior` in `Minister of the
/// Interior and Digital Affairs of France`) is superseded. Korean
/// posts (`… of the Republic of Korea`) are left to the gazetteer.
pub(super) fn foreign_minister_posts(ctx: &mut Ctx, out: &mut Out) {
    for caps in ctx.find_all(&EN_FOREIGN_MINISTER) {
        let (Some(all), Some(tspan), Some(pspan)) = (caps[0], caps[1], caps[2]) else {
            continue;
        };
        let Some(country) = ctx
            .found
            .iter()
            .find(|m| m.key.kind == EntityKind::Country && m.span.begin == all.end)
            .map(|m| (m.key.clone(), m.span))
        else {
            continue;
        };
        if country.0.slug == "kr" {
            continue;
        }
        let Some(title) = titles::by_en(&ctx.slice(tspan).replace('-', " ")).or_else(|| {
            ctx.slice(tspan)
                .starts_with("Vice")
                .then(|| titles::by_en("Vice Minister"))
                .flatten()
        }) else {
            continue;
        };
        let Some(state) = ctx.label(out, &country.0, Lang::En) else {
            continue;
        };
        let span = Span {
            begin: tspan.begin,
            end: country.1.end,
        };
        let portfolio = ctx.slice(pspan);
        let label = format!("{} of {portfolio} ({state})", title.en);
        let Some(ministry) =
            foreign_ministry(ctx, out, &format!("Minister of {portfolio}"), &state)
        else {
            continue;
        };
        let inside: Vec<(Span, EntityKey)> = ctx
            .found
            .iter()
            .filter(|m| {
                m.key.kind == EntityKind::Post
                    && m.span.begin >= span.begin
                    && m.span.end <= span.end
            })
            .map(|m| (m.span, m.key.clone()))
            .collect();
        for (s, key) in inside {
            ctx.found.retain(|m| !(m.span == s && m.key == key));
            out.supersede(s, key);
        }
        let slug = if is_keyed_foreign_body(out, &ministry) {
            post_slug(&slugify(title.en), &ministry.slug)
        } else {
            slugify(&label)
        };
        let post = EntityKey::new(EntityKind::Post, slug);
        let mut e = entity_with(post.clone(), Some(&label), None);
        e.part_of = Some(ministry);
        out.add_entity(e);
        out.mention(span, ctx.slice(span), post.clone());
        ctx.add_found(span, post);
    }
}

/// The ministry of a foreign minister's office written `<…>Minister of <portfolio>`:
/// `Ministry of <portfolio> (<state>)`, added to `out`; an office written `<…>Minister for
/// <portfolio>` only when its ministry is one the bodies key across languages (`Minister
/// for Development of Information Technologies and Communications`). `None` for other
/// offices (`Minister for Open Roads` names a portfolio, not a ministry).
pub(super) fn foreign_ministry(
    ctx: &Ctx,
    out: &mut Out,
    office: &str,
    state: &str,
) -> Option<EntityKey> {
    let (label, neutral) = match office.split_once("Minister of ") {
        Some((_, portfolio)) => {
            let label = format!("Ministry of {portfolio} ({state})");
            let neutral = neutral_key(ctx, &label);
            (label, neutral)
        }
        None => {
            let (_, portfolio) = office.split_once("Minister for ")?;
            let label = format!("Ministry for {portfolio} ({state})");
            let neutral = Some(neutral_key(ctx, &label)?);
            (label, neutral)
        }
    };
    let key = EntityKey::new(
        EntityKind::Organization,
        neutral
            .as_ref()
            .map_or_else(|| slugify(&label), |(s, _)| s.clone()),
    );
    let mut e = entity_with(key.clone(), Some(&label), None);
    e.government = true;
    if neutral.is_some() {
        mark_foreign_body(out, &mut e);
    }
    out.add_entity(e);
    Some(key)
}

/// Korean office words that are no title of [`titles::TITLES`] but name a post when
/// written after a person's name: director-level offices (`다자외교조정관`,
/// `행정선진화기획관`), aides and spokespersons, and civil-service grades (`서기관`).
const KO_OFFICE_SUFFIXES: &[&str] = &[
    "조정관",
    "기획관",
    "정책관",
    "심의관",
    "담당관",
    "협력관",
    "비서관",
    "보좌관",
    "대변인",
    "서기관",
    "사무관",
    "주무관",
    "수석",
];

/// Civil-service grades among [`KO_OFFICE_SUFFIXES`]: a rank, not a post. Written after
/// a name with no body, a grade makes no post (one `서기관` post would join every
/// ministry's officials); with a body, the post is that body's (`<body> 서기관`).
const KO_GRADES: &[&str] = &["서기관", "사무관", "주무관"];

/// Compounds ending in a title form that name a place or market, not an office.
const KO_NOT_OFFICES: &[&str] = &["회의장", "행사장", "시장", "공장", "현장"];

/// Hangul words, with the middle dots that join words of one office name.
static KO_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"[가-힣][가-힣∙·]*"));

/// The stem of a Korean word if it is an office word: a compound ending in a title form
/// (`인사실장`, `담당장관`, `국무장관`, not the bare `장관` the title rules read) or a word
/// ending in an office suffix (`다자외교조정관`, `서기관`).
fn office_word(word: &str) -> Option<&str> {
    let (stem, _) = particles::strip_particle(word);
    // `국장이`: a particle may also be glued to a two-syllable stem.
    let stem = if stem == word {
        titles::ko_forms()
            .into_iter()
            .map(|(f, _)| f)
            .chain(KO_OFFICE_SUFFIXES.iter().copied())
            .find_map(|f| {
                let i = word.rfind(f)?;
                let end = i + f.len();
                let rest = &word[end..];
                let last = f.chars().last()?;
                (rest.is_empty() || particles::particle_after(last, rest) == Some(rest))
                    .then_some(&word[..end])
            })
            .unwrap_or(stem)
    } else {
        stem
    };
    if KO_NOT_OFFICES.iter().any(|n| stem.ends_with(n)) {
        return None;
    }
    let suffix = KO_OFFICE_SUFFIXES.iter().any(|s| stem.ends_with(s));
    let compound = titles::ko_forms()
        .iter()
        .any(|(f, _)| stem.ends_with(f) && stem.chars().count() > f.chars().count());
    (suffix || compound).then_some(stem)
}

/// Posts written as one office word after a person's name (module doc): `안행부 김승호
/// 인사실장` (body, name, office), `행정관리담당관실 고광완 서기관`, `장-뱅상 플라세 국가개혁
/// 담당장관` (name, words naming the office). The post is minted from the Korean text (no
/// English name can be derived): labelled `<body> <office>` with the office as written
/// (and the body as written) as alternatives, or the office phrase as written. A person
/// who already holds a post is not given another by a bare office word.
pub(super) fn korean_offices(ctx: &mut Ctx, out: &mut Out, persons: &mut Vec<(EntityKey, Span)>) {
    let words: Vec<Span> = ctx
        .find_all(&KO_WORD)
        .into_iter()
        .filter_map(|c| c[0])
        .collect();
    for (i, w) in words.iter().enumerate() {
        let raw = ctx.slice(*w);
        let Some(stem) = office_word(&raw) else {
            continue;
        };
        let stem = stem.to_string();
        let office = Span {
            begin: w.begin,
            end: w.begin + stem.chars().count(),
        };
        if ctx.overlaps_found(office) || out.mentions_overlap(office, EntityKind::Post) {
            continue;
        }
        let person_ending = |end: usize| {
            ctx.found
                .iter()
                .find(|m| m.key.kind == EntityKind::Person && m.span.end == end)
                .map(|m| (m.key.clone(), m.span))
        };
        // `[Org] Name Office`: the word right before names the holder.
        let prev = i
            .checked_sub(1)
            .map(|p| words[p])
            .filter(|p| p.end + 1 == w.begin);
        let mut holder: Option<(Option<EntityKey>, Span)> = None;
        let mut phrase_begin = office.begin;
        if let Some((k, s)) = prev.and_then(|p| person_ending(p.end)) {
            holder = Some((Some(k), s));
        }
        if holder.is_none() {
            // `Name[(Latin)] words… Office`: up to four plain words between name and office.
            let mut j = i;
            for _ in 0..5 {
                let mut b = words[j].begin;
                if b > 0 && ctx.chars[b - 1] == ' ' {
                    b -= 1;
                }
                if b > 0
                    && ctx.chars[b - 1] == ')'
                    && let Some(open) = (b.saturating_sub(40)..b - 1)
                        .rev()
                        .find(|&k| ctx.chars[k] == '(')
                {
                    b = open;
                }
                if let Some((k, s)) = person_ending(b) {
                    holder = Some((Some(k), s));
                    phrase_begin = words[j].begin;
                    break;
                }
                let Some(before) = j.checked_sub(1).map(|p| words[p]) else {
                    break;
                };
                let text = ctx.slice(before);
                // Words of an office: no particle, no other name, no title of its own.
                let plain = before.end + 1 == words[j].begin
                    && ctx.chars[before.end] == ' '
                    && particles::strip_particle(&text).1.is_none()
                    && !is_korean_name(&text)
                    && !titles::ko_forms().iter().any(|(f, _)| text.ends_with(f));
                if !plain {
                    break;
                }
                j -= 1;
            }
        }
        if holder.is_none()
            && let Some(p) = prev
            && is_korean_name(&ctx.slice(p))
            && !ctx.overlaps_found(p)
        {
            holder = Some((None, p));
            phrase_begin = office.begin;
        }
        // `Name Body Office` (`김민재 행정안전부 디지털정부협력국장`): the body between the
        // name and an office glued into one word.
        let mut body_between = None;
        if holder.is_none()
            && let Some((body, name)) = name_before_body(ctx, office.begin)
        {
            holder = Some((None, name));
            phrase_begin = office.begin;
            body_between = Some(body);
        }
        let Some((known, name)) = holder else {
            continue;
        };
        let person = match known {
            Some(k) => k,
            None => {
                let written = ctx.slice(name);
                // The family name of a person named in full before (`구리아` after `앙헬 구리아`).
                let earlier = ctx
                    .found
                    .iter()
                    .find(|m| {
                        m.key.kind == EntityKind::Person
                            && m.surface.ends_with(&format!(" {written}"))
                    })
                    .map(|m| m.key.clone());
                let Some(k) = earlier.or_else(|| resolve_person(ctx, out, Some(&written), None))
                else {
                    continue;
                };
                out.mention(name, written, k.clone());
                ctx.add_found(name, k.clone());
                persons.push((k.clone(), name));
                k
            }
        };
        // The body right before the name, when the office follows the name directly.
        let org = body_between.or_else(|| {
            (phrase_begin == office.begin)
                .then(|| {
                    let mut k = name.begin;
                    if k > 0 && ctx.chars[k - 1] == ' ' {
                        k -= 1;
                    }
                    ctx.found
                        .iter()
                        .find(|m| m.span.end == k && is_org_like(&m.key))
                        .map(|m| (m.key.clone(), m.span))
                })
                .flatten()
        });
        if org.is_none()
            && phrase_begin == office.begin
            && out.holdings.iter().any(|h| h.person == person)
        {
            continue;
        }
        let phrase = ctx.slice(Span {
            begin: phrase_begin,
            end: office.end,
        });
        if org.is_none() && KO_GRADES.contains(&phrase.as_str()) {
            continue;
        }
        let (label, mut alts, part_of, span) = match &org {
            Some((k, s)) => {
                let written = format!("{} {phrase}", ctx.slice(*s));
                let label = ctx
                    .label(out, k, Lang::Ko)
                    .map_or(written.clone(), |o| format!("{o} {phrase}"));
                (
                    label,
                    vec![written, phrase.clone()],
                    Some(k.clone()),
                    office,
                )
            }
            None => (
                phrase.clone(),
                Vec::new(),
                None,
                Span {
                    begin: phrase_begin,
                    end: office.end,
                },
            ),
        };
        alts.retain(|a| *a != label);
        let key = EntityKey::new(EntityKind::Post, slugify(&romanize_word(&label)));
        let mut e = entity_with(key.clone(), None, Some(&label));
        for a in alts {
            e.alt_labels.push(crate::model::Label::new(a, Lang::Ko));
        }
        e.part_of = part_of;
        out.add_entity(e);
        out.mention(span, ctx.slice(span), key.clone());
        ctx.add_found(span, key.clone());
        out.holding(person, key);
    }
}

/// The body and the name of `Name Body Office` where the office word starts at char
/// `office` (`김민재 행정안전부 디지털정부협력국장`): a found public body ends one space
/// before the office, and right before the body stands one Hangul word shaped like a
/// Korean personal name ([`is_korean_name`]) that is no found mention. The body's key and
/// span, and the name's span.
fn name_before_body(ctx: &Ctx, office: usize) -> Option<((EntityKey, Span), Span)> {
    let chars = &ctx.chars;
    if office < 2 || chars[office - 1] != ' ' {
        return None;
    }
    let body = ctx
        .found
        .iter()
        .find(|m| m.span.end == office - 1 && is_org_like(&m.key))?;
    let end = body.span.begin.checked_sub(1)?;
    if chars[end] != ' ' {
        return None;
    }
    let mut begin = end;
    while begin > 0 && is_hangul_syllable(chars[begin - 1]) {
        begin -= 1;
    }
    let name = Span { begin, end };
    let boundary = begin == 0 || !chars[begin - 1].is_alphanumeric();
    (begin < end && boundary && is_korean_name(&ctx.slice(name)) && !ctx.overlaps_found(name))
        .then(|| ((body.key.clone(), body.span), name))
}

/// Korean posts named without a holder (`뉴질랜드 내무부 장관, 영국 내각사무처 장관`): a
/// found public body followed by a title form makes the post (a role of the notice even
/// when no person is named).
pub(super) fn holderless_posts_ko(ctx: &mut Ctx, out: &mut Out) {
    let orgs: Vec<_> = ctx
        .found
        .iter()
        .filter(|m| {
            // A public body (a grouping such as `D5` has no ministers of its own), or a
            // foreign state (its head of state or government: `세르비아 총리`).
            (m.key.kind == EntityKind::Organization
                && ctx.gaz.get(&m.key).is_none_or(|e| e.government))
                || (m.key.kind == EntityKind::Country && m.key.slug != "kr")
        })
        .cloned()
        .collect();
    for m in orgs {
        let mut pos = m.span.end;
        if ctx.chars.get(pos) == Some(&' ') {
            pos += 1;
        }
        // `페루 총리실 디지털정부 차관`: a portfolio in lexicon words between the body and
        // the title (a foreign body's only).
        let portfolio = (m.key.kind == EntityKind::Organization && is_foreign(ctx, out, &m.key))
            .then(|| portfolio_at(ctx, pos))
            .flatten();
        if let Some((_, end)) = &portfolio {
            pos = end + 1;
        }
        let rest: String = ctx.chars[pos.min(ctx.chars.len())..]
            .iter()
            .take(8)
            .collect();
        let Some((form, title)) = titles::ko_forms().into_iter().find(|(f, t)| {
            (m.key.kind != EntityKind::Country || (t.of_state && t.en != "Ambassador"))
                && rest.strip_prefix(f).is_some_and(|after| {
                    after.chars().next().is_none_or(|c| {
                        !is_hangul_syllable(c)
                            || particles::particle_after(f.chars().last().unwrap_or(' '), after)
                                .is_some()
                    })
                })
        }) else {
            continue;
        };
        let span = Span {
            begin: m.span.begin,
            end: pos + form.chars().count(),
        };
        if ctx.found.iter().any(|f| {
            f.key.kind == EntityKind::Post && f.span.begin < span.end && span.begin < f.span.end
        }) || out.mentions_overlap(span, EntityKind::Post)
        {
            continue;
        }
        let post = match portfolio {
            Some((en, end)) => portfolio_post(
                ctx,
                out,
                title,
                &m.key,
                &en,
                Span {
                    begin: m.span.end + 1,
                    end,
                },
            ),
            None => resolve_post(ctx, out, title, Some(form), &m.key),
        };
        if let Some(post) = post {
            out.mention(span, ctx.slice(span), post.clone());
            ctx.add_found(span, post);
        }
    }
}

/// `true` for a foreign body: a gazetteer organization labelled with its state (`…
/// (Peru)`), or one minted so.
fn is_foreign(ctx: &Ctx, out: &Out, key: &EntityKey) -> bool {
    is_keyed_foreign_body(out, key)
        || ctx
            .label(out, key, Lang::En)
            .is_some_and(|l| l.ends_with(')'))
}

/// The portfolio word at char `pos` (one word of lexicon subject words, followed by a
/// space: `디지털정부 `), as (its English, its end in chars).
fn portfolio_at(ctx: &Ctx, pos: usize) -> Option<(String, usize)> {
    let len = ctx.chars[pos.min(ctx.chars.len())..]
        .iter()
        .take_while(|c| is_hangul_syllable(**c))
        .count();
    let end = pos + len;
    if len < 2 || ctx.chars.get(end) != Some(&' ') {
        return None;
    }
    let word = ctx.slice(Span { begin: pos, end });
    super::super::bodies::ko_subject_en(&word).map(|en| (en, end))
}

/// The post of `title` for a portfolio (`portfolio_en`, written at `at`) in the body
/// `org`: `Vice Minister of Digital Government, Prime Minister's Office (Peru)` / `페루
/// 총리실 디지털정부 차관`, part of `org` (labelled as an office `at` a body is in English,
/// [`super::english`]; without the body when it has no English label), keyed
/// `{title}-of-{portfolio}-{body slug}`.
fn portfolio_post(
    ctx: &Ctx,
    out: &mut Out,
    title: &Title,
    org: &EntityKey,
    portfolio_en: &str,
    at: Span,
) -> Option<EntityKey> {
    let office = format!("{} of {portfolio_en}", title.en);
    let en = match ctx.label(out, org, Lang::En) {
        Some(o) => format!("{office}, {o}"),
        None => office.clone(),
    };
    let ko = ctx
        .label(out, org, Lang::Ko)
        .map(|o| format!("{o} {} {}", ctx.slice(at), title.ko[0]));
    let key = EntityKey::new(EntityKind::Post, slugify(&format!("{office} {}", org.slug)));
    let mut e = entity_with(key.clone(), Some(&en), ko.as_deref());
    e.part_of = Some(org.clone());
    out.add_entity(e);
    Some(key)
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[&KO_WORD, &EN_GROUP_POST, &EN_FOREIGN_MINISTER];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::run;

    /// (Korean text, post slugs) — posts named without a holder.
    #[test]
    fn holderless_korean_posts() {
        for (text, want) in [
            (
                "회의에는 에스토니아 경제통신부 장관이 참석했다.",
                vec!["minister-of-economy-and-communication-estonia"],
            ),
            ("OECD 회원국들이 참석했다.", vec![]),
        ] {
            let got = run("ko", text);
            let posts: Vec<&str> = got
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Post)
                .map(|e| e.key.slug.as_str())
                .collect();
            assert_eq!(posts, want, "{text}");
        }
    }

    /// (text, post, its ministry) — a foreign minister's post written with its portfolio
    /// and state, with or without a holder; sentences written for this test.
    #[test]
    fn foreign_minister_posts_and_their_ministries() {
        for (text, post, ministry) in [
            (
                "Guests include the Minister of Roads, Rail and Ports of Estonia and others.",
                "minister-of-roads-rail-and-ports-estonia",
                "ministry-of-roads-rail-and-ports-estonia",
            ),
            (
                "It was attended by the Vice Minister of Open Data of Peru.",
                "vice-minister-of-open-data-peru",
                "ministry-of-open-data-peru",
            ),
            (
                "The Minister of the Interior and Digital Affairs of France came.",
                "minister-of-the-interior-and-digital-affairs-france",
                "ministry-of-the-interior-and-digital-affairs-france",
            ),
            (
                "A Danish Deputy Minister of the Interior Karl Holm toured the plant.",
                "deputy-minister-of-the-interior-denmark",
                "ministry-of-the-interior-denmark",
            ),
        ] {
            let got = run("en", text);
            let post_key = EntityKey::new(EntityKind::Post, post);
            let e = got.entities.iter().find(|e| e.key == post_key);
            assert_eq!(
                e.and_then(|e| e.part_of.clone()),
                Some(EntityKey::new(EntityKind::Organization, ministry)),
                "{text}: {:#?}",
                got.entities
            );
            assert!(
                got.entities
                    .iter()
                    .all(|e| e.key.slug != "minister-of-the-interior"),
                "{text}"
            );
        }
        // A Korean post stays the gazetteer's; `Minister for …` names no ministry.
        for text in [
            "The Minister of the Interior of the Republic of Korea spoke.",
            "A French team with Anne Petit, Minister for Open Roads, arrived.",
        ] {
            let got = run("en", text);
            assert!(
                !got.entities
                    .iter()
                    .any(
                        |e| e.key.kind == EntityKind::Organization && e.key.slug.ends_with(')')
                            || e.key.slug.starts_with("ministry-of-open")
                            || e.key.slug.ends_with("-republic-of-korea")
                    ),
                "{text}: {:#?}",
                got.entities
            );
        }
    }

    /// (text, group post) — officials named as a group; sentences written for this test.
    #[test]
    fn group_posts() {
        for (text, want) in [
            (
                "Chief Information Officers of OECD member states met in Lima.",
                Some("chief-information-officers-of-oecd-member-states"),
            ),
            (
                "Chief Information Officers (CIOs) of OECD member countries met.",
                Some("chief-information-officers-of-oecd-member-countries"),
            ),
            (
                "Talks with Chief Information Officers from ten states went on.",
                Some("chief-information-officers"),
            ),
            ("Vice Ministers of Many Lands met.", Some("vice-ministers")),
            ("The Vice Minister met them.", None),
        ] {
            let got = run("en", text);
            let posts: Vec<&str> = got
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Post)
                .map(|e| e.key.slug.as_str())
                .collect();
            assert_eq!(posts, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }

    /// (lang, text, label of the post held) — a post label ends before the sentence's
    /// punctuation; an abbreviation keeps its full stop.
    #[test]
    fn post_labels_end_without_a_full_stop() {
        for (lang, text, want) in [
            (
                "en",
                "The OECD staff including Mary K. Stone, Vice President for Coastal Ports.",
                "Vice President for Coastal Ports (OECD)",
            ),
            (
                "en",
                "The panel then heard Jane Roe, Minister for Open Roads.",
                "Minister for Open Roads",
            ),
            (
                "en",
                "The panel then heard Jane Roe, Minister for Open Roads; she left.",
                "Minister for Open Roads",
            ),
            (
                "ko",
                "이 자리에는 행자부 박민호 인사실장.",
                "행정자치부 인사실장",
            ),
        ] {
            let got = run(lang, text);
            let holding = got
                .holdings
                .first()
                .unwrap_or_else(|| panic!("no holding in {text:?}: {got:#?}"));
            let post = got
                .entities
                .iter()
                .find(|e| e.key == holding.post)
                .unwrap_or_else(|| panic!("no post entity in {text:?}"));
            let lang = if lang == "ko" { Lang::Ko } else { Lang::En };
            assert_eq!(post.label(lang), Some(want), "{text}");
        }
    }

    /// (Korean text, person slug, Korean labels of the post held) — office words after a
    /// name, one case a line.
    /// A civil-service grade after a name is the post of the body written before the
    /// name, and no post at all without one: officials of two bodies never share one.
    #[test]
    fn grades_are_posts_of_their_body_only() {
        let got = run("ko", "문의: 김하늘 사무관(02-000-0000)");
        assert!(got.entities.iter().any(|e| e.key.slug == "kim-ha-neul"));
        assert!(got.holdings.is_empty(), "{:#?}", got.holdings);
        let got = run(
            "ko",
            "행정자치부 김하늘 사무관과 경제협력개발기구 박민호 사무관이 만났다.",
        );
        let posts: Vec<String> = got.holdings.iter().map(|h| h.post.to_string()).collect();
        assert_eq!(posts.len(), 2, "{posts:?}");
        assert_ne!(posts[0], posts[1]);
    }

    #[test]
    fn korean_office_words() {
        for (text, person, labels) in [
            (
                "행자부 박민호 인사실장이 발표했다.",
                "park-min-ho",
                vec!["행정자치부 인사실장", "행자부 인사실장", "인사실장"],
            ),
            (
                "행정자치부 최영수 정보화조정관은 말했다.",
                "choi-yeong-su",
                vec!["행정자치부 정보화조정관", "정보화조정관"],
            ),
            (
                "문의: 자료관리담당관실 김하늘 서기관",
                "kim-ha-neul",
                vec!["자료관리담당관실 서기관", "서기관"],
            ),
            (
                "앙헬 구리아 행정혁신 담당장관이 방한했다.",
                "angel-gurria",
                vec!["행정혁신 담당장관"],
            ),
            // Name, body, then the office glued into one word.
            (
                "이정훈 행정자치부 전자정부국장은 계획을 설명했다.",
                "lee-jeong-hun",
                vec!["행정자치부 전자정부국장", "전자정부국장"],
            ),
            (
                "오늘 회의에서 박서연 행정자치부 정보공유과장이 발표했다.",
                "park-seo-yeon",
                vec!["행정자치부 정보공유과장", "정보공유과장"],
            ),
            (
                "앙헬 구리아(Angel Gurria) 프랑스 행정혁신∙간소화 담당 국무장관이 왔다.",
                "angel-gurria",
                vec!["프랑스 행정혁신∙간소화 담당 국무장관"],
            ),
        ] {
            let got = run("ko", text);
            let holding = got
                .holdings
                .iter()
                .find(|h| h.person.slug == person)
                .unwrap_or_else(|| panic!("no holding for {person} in {text}: {got:#?}"));
            let post = got
                .entities
                .iter()
                .find(|e| e.key == holding.post)
                .unwrap_or_else(|| panic!("no post entity in {text}"));
            let got_labels: Vec<&str> = post
                .labels
                .iter()
                .chain(&post.alt_labels)
                .filter(|l| l.lang == "ko")
                .map(|l| l.text.as_str())
                .collect();
            assert_eq!(got_labels, labels, "{text}");
        }
    }

    /// (lang, text) — a free-worded office of a country is one post per (title,
    /// country) and person, however each language words it.
    #[test]
    fn one_post_per_office_in_both_languages() {
        for (lang, text) in [
            (
                "en",
                "A French team with Angel Gurria, Minister for Administrative Innovation, arrived.",
            ),
            (
                "ko",
                "앙헬 구리아(Angel Gurria) 프랑스 행정혁신∙간소화 담당 국무장관이 왔다.",
            ),
        ] {
            let got = run(lang, text);
            let posts: Vec<&str> = got.holdings.iter().map(|h| h.post.slug.as_str()).collect();
            assert_eq!(posts, ["minister-fr-angel-gurria"], "{text}");
        }
        // Without a country in its words, the post keeps the key of its words.
        let got = run("ko", "앙헬 구리아 행정혁신 담당장관이 방한했다.");
        assert_ne!(got.holdings[0].post.slug, "minister-fr-angel-gurria");
    }

    /// A bare office word after a person who holds a post already adds no second post.
    #[test]
    fn bare_office_word_after_a_known_post() {
        let got = run(
            "ko",
            "앙헬 구리아 행정혁신 담당장관이 왔다. 구리아 국무장관은 웃었다.",
        );
        assert_eq!(got.holdings.len(), 1, "{:#?}", got.holdings);
    }

    /// A Korean post of a foreign body with a portfolio in lexicon words between (`페루
    /// … 디지털정부 차관`) is a post of that body, labelled with the portfolio in both
    /// languages; sentences written for this test.
    #[test]
    fn korean_posts_with_a_portfolio() {
        let got = run(
            "ko",
            "회의에는 에스토니아 경제통신부 디지털정부 차관이 참석했다.",
        );
        let post = got
            .entities
            .iter()
            .find(|e| e.key.kind == EntityKind::Post)
            .unwrap_or_else(|| panic!("{:#?}", got.entities));
        assert_eq!(
            post.part_of.as_ref().map(|k| k.slug.as_str()),
            Some("ministry-of-economy-and-communication-estonia")
        );
        assert_eq!(
            post.label(Lang::Ko),
            Some("에스토니아 경제통신부 디지털정부 차관")
        );
        assert!(
            post.label(Lang::En)
                .is_some_and(|l| l.starts_with("Vice Minister of Digital Government")),
            "{post:#?}"
        );
        assert!(
            !got.entities
                .iter()
                .any(|e| e.key.slug.starts_with("dijiteol")),
            "{:#?}",
            got.entities
        );
    }
}
