//! Officials and their posts: a title next to a name (`Minister Hong Yun-sik`, `Chung Yoon
//! Kee, Director General of …`, `홍윤식 장관`, `행정자치부(장관 홍윤식)`, `앙헬 구리아 OECD
//! 사무총장`, `케르스티 칼률라이드(Kersti Kaljulaid) 대통령`), the organization (or state)
//! of the title — stated next to it, else the nearest preceding organization in the
//! sentence — and the post that title and organization make (the gazetteer's post when
//! it has one, else a minted `post/{slug of "Title of Org"}`).
//!
//! Persons known to the gazetteer keep their key; unknown English names are slugged as
//! written (Korean-order names normalised: `Kim Boo Kyum` → `Kim Boo-kyum`); unknown
//! Korean names are romanized ([`super::romanize::romanize_name`]), and a romanization
//! that is a gazetteer person's alias resolves to that person. Later occurrences of a
//! found name (full, or the family name after a title) become mentions too. A Latin name
//! that misses a gazetteer person by small slips (`Plac?`, `Kang Kyung-wah`) or by a
//! middle name resolves to that person ([`fuzzy_person`]). A free-text office
//! (`X, Minister for Open Roads`) is qualified by its foreign owner written before it in
//! the sentence (`the French delegation …` → `Minister for Open Roads (France)`); Korean
//! offices stay unqualified. A Korean office written as one word after a name (`안행부
//! 김승호 인사실장`, `고광완 서기관`, `플라세 국가개혁 담당장관`) makes a post labelled from the
//! Korean text ([`korean_offices`]); a foreign name of several words in parentheses after
//! its ministry (`…부(코리 우도비츠키 장관·부총리)`) is read whole, and a state office of a
//! foreign minister belongs to the ministry's state.
//!
//! English also: titles joined by `and` after a name are all that person's posts (`X,
//! Chair of A and Chief Executive of B`); a foreign minister's post written with its
//! portfolio and state, held or not (`the Minister of Roads of Estonia`), is `Minister of
//! Roads (Estonia)`, part of the ministry `Ministry of Roads (Estonia)`, as is the
//! ministry of a foreign minister's free-text office; officials named as a group by a
//! plural title (`Chief Information Officers of OECD member states`) are a post.
//!
//! Last, a free-worded office of a country that a person holds (no organization) is keyed
//! by title, country and person (`post/minister-fr-{person}`), so that notices wording
//! it differently, in either language, name one post ([`one_post_per_office`]).

use super::romanize::{
    has_known_family_name, is_hangul_syllable, romanize_name, romanize_word, split_name,
};
use super::titles::{self, Title};
use super::{Ctx, Out, entity_with, re};
use crate::ingest::particles;
use crate::model::{EntityKey, EntityKind, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

/// A person found next to a title, before resolution.
struct Found {
    /// The name as written.
    name: Span,
    /// The Latin form given in parentheses after a Hangul name, if any.
    latin: Option<String>,
    /// The title as written.
    title_span: Span,
    title: &'static Title,
    /// The organization or state of the title, if found.
    org: Option<EntityKey>,
    /// The Korean title form written (for the post's Korean label).
    title_ko: Option<&'static str>,
    /// A free-text office (`Minister for Government Reform`) when no organization fits.
    office: Option<String>,
    /// The foreign body or state that owns the free-text office, if written nearby.
    office_owner: Option<EntityKey>,
    /// A rank word before the title (`Executive` President): the office is `<rank>
    /// <title> of <org>`.
    rank: Option<String>,
    /// The post, when the gazetteer matched the whole office (`Minister of the Interior`).
    post: Option<EntityKey>,
    /// A further title of a name read before, joined by `and` (`X, Chair of A and Chief
    /// Executive of B`): another post of the same person.
    chained: bool,
}

/// Every kind but Person: a name token may not overlap these.
const NOT_PERSON: [EntityKind; 8] = [
    EntityKind::Organization,
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Region,
    EntityKind::Post,
    EntityKind::Event,
    EntityKind::Series,
    EntityKind::Topic,
];

/// Korean words that precede a title but are not names.
const KO_NOT_NAMES: &[&str] = &[
    "신임",
    "전임",
    "후임",
    "주요",
    "이번",
    "이날",
    "관련",
    "담당",
    "소관",
    "정부",
    "양국",
    "한국",
    "전직",
    "현직",
    "부처",
    "국가",
    "국무",
    "해당",
    "각국",
    "우리",
    "지난",
    "오는",
    "당시",
    "기존",
    "초대",
    "신규",
    "공동",
    "주한",
    "차기",
    "전체",
    "고위",
    "유관",
    "현지",
    "회원국",
    "참가국",
    "상대국",
    "각국의",
    "관계",
    "정부의",
    "부처별",
    "기관",
    "기관장",
    "경제",
    "사회",
    "외교",
    "국방",
    "통일",
    "내무",
    "재무",
    "외무",
    // Sentence adverbs that start like a family name (`한편 베트남 총리는`).
    "한편",
    "이어",
    "이후",
    "이에",
    "이때",
    "전날",
    "다만",
    "또한",
    "아울러",
    "특히",
];

/// Common capitalised words that never start or continue an English name.
const EN_NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "And",
    "Of",
    "For",
    "To",
    "With",
    "By",
    "As",
    "From",
    "This",
    "That",
    "These",
    "His",
    "Her",
    "Their",
    "It",
    "During",
    "After",
    "Before",
    "Since",
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
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Korea",
    "Korean",
    "OECD",
    "UN",
    "EU",
    "Government",
    "Ministry",
    "Minister",
    "President",
    "Director",
    "General",
    "Office",
    "Agency",
    "Service",
];

/// Rank words that make another office of a title (`Executive President`, `Senior
/// Director`), not a state's head.
const RANK_WORDS: &[&str] = &["Executive", "Senior", "Acting", "Managing", "Associate"];

/// Romanized Korean family names that mark a Korean-order English name.
const EN_KOREAN_FAMILY: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
    "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon",
    "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo",
    "Min", "Ryu", "Na", "Jin", "Chin", "Ji", "Maeng", "Yu", "Rhee", "Byun", "Hyun",
];

/// Finds persons and posts; adds entities, mentions, holdings and found mentions.
pub(crate) fn extract(ctx: &mut Ctx, out: &mut Out) {
    if ctx.lang() == Lang::En {
        foreign_minister_posts(ctx, out);
    }
    let mut found = english(ctx);
    found.extend(korean(ctx));
    found.sort_by_key(|f| f.name.begin);
    let mut persons: Vec<(EntityKey, Span)> = Vec::new();
    // (name, title) spans read so far.
    let mut titles_read: Vec<(Span, Span)> = Vec::new();
    for f in found {
        // The same name read again: only a second title of it (`장관·부총리`) adds a post.
        let again = persons
            .iter()
            .find(|(_, s)| *s == f.name)
            .map(|(k, _)| k.clone());
        if again.is_some()
            && titles_read
                .iter()
                .any(|(n, t)| *n == f.name && *t == f.title_span)
            || again.is_some() && f.title_ko.is_none() && !f.chained
        {
            continue;
        }
        titles_read.push((f.name, f.title_span));
        let written = ctx.slice(f.name);
        let hangul = written.chars().any(is_hangul_syllable);
        let (ko, en) = if hangul {
            (Some(written.as_str()), f.latin.as_deref())
        } else {
            (None, Some(written.as_str()))
        };
        // `우도비츠키 부총리` after `코리 우도비츠키`: the family name alone names the person
        // found before.
        let earlier = persons
            .iter()
            .find(|(_, s)| {
                let full = ctx.slice(*s);
                full != written && full.ends_with(&format!(" {written}"))
            })
            .map(|(k, _)| k.clone());
        let Some(person) = again
            .clone()
            .or(earlier)
            .or_else(|| resolve_person(ctx, out, ko, en))
        else {
            continue;
        };
        // A state's office (`부총리`) held by the head of a foreign ministry belongs to the
        // ministry's state.
        let f = match &f.org {
            Some(org)
                if ctx.lang() == Lang::Ko
                    && f.title.of_state
                    && f.rank.is_none()
                    && org.kind == EntityKind::Organization =>
            {
                let org = state_of_org(ctx, out, org).or_else(|| ctx.home_country());
                Found { org, ..f }
            }
            _ => f,
        };
        if again.is_none() {
            out.mention(f.name, written.clone(), person.clone());
            ctx.add_found(f.name, person.clone());
            persons.push((person.clone(), f.name));
        }
        let post = match (&f.org, &f.office) {
            _ if f.post.is_some() => f.post.clone(),
            (Some(org), _) if f.rank.is_some() => {
                let rank = f.rank.as_deref().unwrap_or_default();
                ctx.label(out, org, Lang::En).map(|o| {
                    mint_office(
                        out,
                        &format!("{rank} {}", titles::post_label_en(f.title, &o, false)),
                    )
                })
            }
            (Some(org), _) => resolve_post(ctx, out, f.title, f.title_ko, org),
            (None, Some(office)) => {
                // A known post written inside the free-text office (`Minister of the
                // Interior` in `Czech Deputy Minister of the Interior`) is not the post.
                let inside: Vec<(Span, EntityKey)> = ctx
                    .found
                    .iter()
                    .filter(|m| {
                        m.key.kind == EntityKind::Post
                            && m.span.begin >= f.title_span.begin
                            && m.span.end <= f.title_span.end
                    })
                    .map(|m| (m.span, m.key.clone()))
                    .collect();
                for (span, key) in inside {
                    out.supersede(span, key);
                }
                let owner = f
                    .office_owner
                    .as_ref()
                    .and_then(|k| ctx.label(out, k, Lang::En));
                let label = match &owner {
                    Some(o) => format!("{office} ({o})"),
                    None => office.clone(),
                };
                let post = mint_office(out, &label);
                // `Czech Deputy Minister of the Interior` → `Ministry of the Interior
                // (Czech Republic)`, the post's body.
                if ctx.lang() == Lang::En
                    && let Some(o) = owner.as_deref()
                    && f.office_owner
                        .as_ref()
                        .is_some_and(|k| k.kind == EntityKind::Country)
                    && let Some(ministry) = foreign_ministry(out, office, o)
                {
                    let mut e = entity_with(post.clone(), Some(&label), None);
                    e.part_of = Some(ministry);
                    out.add_entity(e);
                }
                Some(post)
            }
            (None, None) => None,
        };
        if let Some(post) = post {
            out.mention(f.title_span, ctx.slice(f.title_span), post.clone());
            out.holding(person, post);
        }
    }
    if ctx.lang() == Lang::Ko {
        korean_offices(ctx, out, &mut persons);
    }
    repeat_mentions(ctx, out);
    if ctx.lang() == Lang::Ko {
        holderless_posts_ko(ctx, out);
    } else {
        group_posts_en(ctx, out);
    }
    one_post_per_office(ctx, out);
}

/// One post per (title, country) per person across notices and languages: a post
/// minted from a notice's free words (no gazetteer post, no organization: `Minister for
/// Government Reform (France)`, `프랑스 … 담당 국무장관`) that a person holds, whose title
/// ([`titles::TITLES`]: the English label starts with it, the Korean one ends with it,
/// `국무장관` → Minister) and country (named in its label) are known, is keyed
/// `post/{title}-{country}-{person}` (`minister-fr-jean-vincent-place`), however the
/// notice words the office. Its labels stay as written.
fn one_post_per_office(ctx: &mut Ctx, out: &mut Out) {
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
            .find(l, ctx.lang(), ctx.date())
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
fn group_posts_en(ctx: &mut Ctx, out: &mut Out) {
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

/// The state a foreign body belongs to: its gazetteer `part_of` when that is a country,
/// else the country its English label names in parentheses (`Ministry of … (Serbia)`).
fn state_of_org(ctx: &Ctx, out: &Out, org: &EntityKey) -> Option<EntityKey> {
    if let Some(parent) = ctx.gaz.get(org).and_then(|e| e.part_of.clone())
        && parent.kind == EntityKind::Country
    {
        return Some(parent);
    }
    let label = ctx.label(out, org, Lang::En)?;
    let inner = label.strip_suffix(')')?.rsplit_once('(')?.1;
    ctx.gaz
        .lookup(inner, Some(EntityKind::Country), None)
        .map(|e| e.key.clone())
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
fn korean_offices(ctx: &mut Ctx, out: &mut Out, persons: &mut Vec<(EntityKey, Span)>) {
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
        let org = (phrase_begin == office.begin)
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
            .flatten();
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

/// Korean posts named without a holder (`뉴질랜드 내무부 장관, 영국 내각사무처 장관`): a
/// found public body followed by a title form makes the post (a role of the notice even
/// when no person is named).
fn holderless_posts_ko(ctx: &mut Ctx, out: &mut Out) {
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
        if let Some(post) = resolve_post(ctx, out, title, Some(form), &m.key) {
            out.mention(span, ctx.slice(span), post.clone());
            ctx.add_found(span, post);
        }
    }
}

const EN_NAME: &str = r"[A-Z][\p{L}'?.-]*[\p{L}?](?:\s+(?:[A-Z]\.|[A-Z][\p{L}'?-]*[\p{L}?])){0,3}";
static TITLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = titles::en_alternation();
    re(&format!(
        r"\b(?:(?P<mod>[A-Z][a-z]+)\s+)??(?P<title>{alt}|Vice\s+[A-Z][a-z]+\s+Minister)\b"
    ))
});
static NAME_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = titles::en_alternation();
    re(&format!(
        r"(?P<name>{EN_NAME}),\s+(?:the\s+)?(?P<title>{alt})\b(?:\s+(?P<prep>of|for|at)\s+(?P<rest>(?:the\s+)?[A-Za-z][\w&'.-]*(?:\s+(?:and\s+|&\s+|of\s+|for\s+|on\s+)?[A-Z][\w&'.-]*)*))?"
    ))
});
static HONORIFIC: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"\b(?:Mr|Ms|Mrs|Dr)\.\s+(?P<name>{EN_NAME})")));
static NAME_AFTER_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let family = EN_KOREAN_FAMILY.join("|");
    re(&format!(
        r"^\s+(?:H\.E\.\s+)?(?P<name>(?:{family}),\s[A-Z][a-z]+(?:-[a-z]+)?\b|{EN_NAME})"
    ))
});
static OF_PORTFOLIO: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ of (?P<the>the )?(?P<words>[A-Z][\w-]*(?: [A-Z][\w-]*)+)"));

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
fn foreign_minister_posts(ctx: &mut Ctx, out: &mut Out) {
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
        let Some(ministry) = foreign_ministry(out, &format!("Minister of {portfolio}"), &state)
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
        let post = EntityKey::new(EntityKind::Post, slugify(&label));
        let mut e = entity_with(post.clone(), Some(&label), None);
        e.part_of = Some(ministry);
        out.add_entity(e);
        out.mention(span, ctx.slice(span), post.clone());
        ctx.add_found(span, post);
    }
}

/// The ministry of a foreign minister's office written `<…>Minister of <portfolio>`:
/// `Ministry of <portfolio> (<state>)`, added to `out`. `None` for other offices
/// (`Minister for Open Roads` names a portfolio, not a ministry).
fn foreign_ministry(out: &mut Out, office: &str, state: &str) -> Option<EntityKey> {
    let (_, portfolio) = office.split_once("Minister of ")?;
    let label = format!("Ministry of {portfolio} ({state})");
    let key = EntityKey::new(EntityKind::Organization, slugify(&label));
    let mut e = entity_with(key.clone(), Some(&label), None);
    e.government = true;
    out.add_entity(e);
    Some(key)
}

/// English patterns: `Title Name`, `Title of Org Name`, `Name, Title of Org`, `Mr. Name`.
fn english(ctx: &Ctx) -> Vec<Found> {
    let mut v = Vec::new();
    for caps in ctx.find_all(&TITLE_BEFORE) {
        let (Some(tspan), modifier) = (caps[2], caps[1]) else {
            continue;
        };
        if overlaps_kind(ctx, tspan, &[EntityKind::Organization, EntityKind::Series]) {
            continue;
        }
        let title_text = ctx.slice(tspan);
        let (title, mid) = match titles::by_en(&title_text) {
            Some(t) => (t, None),
            None => {
                let mid = title_text.split_whitespace().nth(1).map(str::to_string);
                (
                    titles::by_en("Vice Minister").unwrap_or(&titles::TITLES[0]),
                    mid,
                )
            }
        };
        // `Title of Org Name`: the organization right after the title.
        let mut pos = tspan.end;
        let mut org = None;
        let post_match = ctx
            .found
            .iter()
            .find(|m| {
                m.key.kind == EntityKind::Post
                    && m.span.begin <= tspan.begin
                    && m.span.end >= tspan.end
            })
            .map(|m| (m.key.clone(), m.span));
        if let Some((_, s)) = &post_match {
            pos = s.end;
        }
        let rest: String = ctx.chars[pos..].iter().take(80).collect();
        if let Some(p) = ["of the ", "for the ", "of ", "for "].iter().find_map(|p| {
            rest.strip_prefix(' ')
                .and_then(|r| r.strip_prefix(p))
                .map(|_| p)
        }) {
            let start = pos + 1 + p.chars().count();
            if let Some(m) = ctx
                .found
                .iter()
                .find(|m| m.span.begin == start && is_org_like(&m.key))
            {
                org = Some(m.key.clone());
                pos = m.span.end;
            }
        }
        // `Czech Deputy Minister of the Interior X`: a foreign official whose ministry is
        // named by its portfolio after the title (the portfolio of a known ministry).
        let mut office = None;
        let mut office_owner_key = None;
        if org.is_none()
            && post_match.is_none()
            && let Some(state) = modifier
                .and_then(|m| state_from_demonym(ctx, &ctx.slice(m)))
                .filter(|k| k.slug != "kr")
            && let Some(c) = OF_PORTFOLIO.captures(&rest)
        {
            let words: Vec<&str> = c["words"].split(' ').collect();
            let the = if c.name("the").is_some() { "the " } else { "" };
            if let Some(n) = (1..words.len().saturating_sub(1))
                .rev()
                .find(|&n| ministry_from_word(ctx, &words[..n].join(" ")).is_some())
            {
                let portfolio = words[..n].join(" ");
                office = Some(format!("{} of {the}{portfolio}", title.en));
                office_owner_key = Some(state);
                pos += format!(" of {the}{portfolio}").chars().count();
            }
        }
        let tail: String = ctx.chars[pos..].iter().take(120).collect();
        let Some(nc) = NAME_AFTER_TITLE.captures(&tail) else {
            continue;
        };
        let Some(nm) = nc.name("name") else { continue };
        let b = pos + tail[..nm.start()].chars().count();
        let Some(name) = trim_name(
            ctx,
            Span {
                begin: b,
                end: b + nm.as_str().chars().count(),
            },
        ) else {
            continue;
        };
        let sentence = ctx.sentence_of(tspan.begin);
        // `Executive President X`: a rank word makes another office (of a body, not a
        // state), named `<Rank> <Title> of <body>`.
        let rank = modifier
            .map(|m| ctx.slice(m))
            .filter(|m| RANK_WORDS.contains(&m.as_str()) && post_match.is_none());
        let of_state = title.of_state && rank.is_none();
        let org = org
            .or_else(|| mid.as_deref().and_then(|m| ministry_from_word(ctx, m)))
            .or_else(|| modifier.and_then(|m| state_from_demonym(ctx, &ctx.slice(m))))
            .or_else(|| nearest_org(ctx, sentence, tspan.begin, of_state));
        let title_span = match modifier {
            _ if post_match.is_some() => post_match.as_ref().map_or(tspan, |(_, s)| *s),
            Some(m) if org.is_some() && state_from_demonym(ctx, &ctx.slice(m)).is_some() => Span {
                begin: m.begin,
                end: tspan.end,
            },
            _ => Span {
                begin: tspan.begin,
                end: pos,
            },
        };
        let title_span = match (&rank, &org) {
            _ if office.is_some() => Span {
                begin: modifier.map_or(tspan.begin, |m| m.begin),
                end: pos,
            },
            (Some(_), Some(o)) if o.kind == EntityKind::Organization => Span {
                begin: modifier.map_or(title_span.begin, |m| m.begin),
                end: title_span.end,
            },
            (Some(_), _) => continue,
            _ => title_span,
        };
        v.push(Found {
            name,
            latin: None,
            title_span,
            title,
            org: if office.is_some() { None } else { org },
            title_ko: None,
            office,
            office_owner: office_owner_key,
            rank,
            post: post_match.map(|(k, _)| k),
            chained: false,
        });
    }
    for caps in ctx.find_all(&NAME_TITLE) {
        let (Some(nspan), Some(tspan)) = (caps[1], caps[2]) else {
            continue;
        };
        let Some(name) = trim_name(ctx, nspan) else {
            continue;
        };
        if name.end != nspan.end || ctx.slice(name).split_whitespace().count() < 2 {
            continue;
        }
        let Some(title) = titles::by_en(&ctx.slice(tspan)) else {
            continue;
        };
        let sentence = ctx.sentence_of(tspan.begin);
        let mut piece = Some((tspan, title, caps[3], caps[4]));
        let mut chained = false;
        while let Some((tspan, title, prep, rest)) = piece.take() {
            let mut org = None;
            let mut office = None;
            let mut office_owner_key = None;
            let mut end = tspan.end;
            if let Some(rest) = rest.map(|r| without_full_stop(ctx, r)) {
                let in_rest: Vec<_> = ctx
                    .found
                    .iter()
                    .filter(|m| m.span.begin >= rest.begin && m.span.end <= rest.end + 1)
                    .filter(|m| is_org_like(&m.key))
                    .collect();
                let government_of = in_rest.first().filter(|m| {
                    m.key.kind == EntityKind::Country
                        && ctx
                            .slice(Span {
                                begin: rest.begin,
                                end: m.span.begin,
                            })
                            .ends_with("Government of ")
                });
                if let (Some(m), Some(prep)) = (government_of, prep) {
                    // `… Officer for the Government of Peru`: an office of that state's
                    // government, named as written with the state's own name.
                    let state = ctx
                        .gaz
                        .get(&m.key)
                        .and_then(|e| e.label(Lang::En))
                        .map_or_else(|| m.surface.clone(), str::to_string);
                    office = Some(format!(
                        "{} {} the Government of {state}",
                        title.en,
                        ctx.slice(prep)
                    ));
                    end = m.span.end;
                } else if let Some(m) = in_rest.first() {
                    org = Some(m.key.clone());
                    end = m.span.end;
                } else if let Some(prep) = prep {
                    let phrase = ctx.slice(rest);
                    office = Some(format!("{} {} {phrase}", title.en, ctx.slice(prep)));
                    office_owner_key = office_owner(ctx, sentence, name.begin);
                    end = rest.end;
                }
            }
            if org.is_none() && office.is_none() {
                org = nearest_org(ctx, sentence, name.begin, title.of_state);
            }
            v.push(Found {
                name,
                latin: None,
                title_span: Span {
                    begin: tspan.begin,
                    end,
                },
                title,
                org,
                title_ko: None,
                office,
                office_owner: office_owner_key,
                rank: None,
                post: None,
                chained,
            });
            piece = chained_title(ctx, end);
            chained = true;
        }
    }
    for caps in ctx.find_all(&HONORIFIC) {
        if let Some(n) = caps[1].and_then(|n| trim_name(ctx, n)) {
            v.push(Found {
                name: n,
                latin: None,
                title_span: n,
                title: &titles::TITLES[0],
                org: None,
                title_ko: None,
                office: None,
                office_owner: None,
                rank: None,
                post: None,
                chained: false,
            });
            // A bare honorific gives no post: mark by an empty title span equal to the name.
            if let Some(last) = v.last_mut() {
                last.org = None;
            }
        }
    }
    v
}

/// Abbreviations whose full stop is their own, not the sentence's (`Inc.`, `U.S.`).
const ABBREVIATED: &[&str] = &["Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "St", "Dept"];

/// `text` without the sentence's punctuation at its end (`… East Asia.` → `… East Asia`);
/// the full stop of an abbreviation (`Inc.`, `U.S.`) stays.
fn strip_full_stop(text: &str) -> &str {
    let trimmed = text.trim_end();
    let Some(head) = trimmed.strip_suffix(['.', ',', ';', ':']) else {
        return trimmed;
    };
    let last = head.rsplit([' ', '(']).next().unwrap_or(head);
    if trimmed.ends_with('.') && (last.contains('.') || ABBREVIATED.contains(&last)) {
        return trimmed;
    }
    head.trim_end()
}

/// A span without the sentence's punctuation at its end ([`strip_full_stop`]).
fn without_full_stop(ctx: &Ctx, span: Span) -> Span {
    let text = ctx.slice(span);
    let kept = strip_full_stop(&text).chars().count();
    Span {
        begin: span.begin,
        end: span.begin + kept.max(1).min(span.end - span.begin),
    }
}

/// A further title after the office that ends at `pos`: `and` (after at most two
/// lowercase words that end the office, `Chair of the Forum meeting and …`), then a title
/// and its `of`/`for`/`at` phrase, as in the `Name, Title of Org` pattern.
static EN_CHAINED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?: [a-z][\w-]*){{0,2}},? and (?:the )?(?P<title>{})\b(?:\s+(?P<prep>of|for|at)\s+(?P<rest>(?:the\s+)?[A-Za-z][\w&'.-]*(?:\s+(?:and\s+|&\s+|of\s+|for\s+|on\s+)?[A-Z][\w&'.-]*)*))?",
        titles::en_alternation()
    ))
});

/// The next title of a chain (`…, Chair of A and Chief Executive of B`) after the office
/// ending at `pos`, as (title span, title, preposition, phrase) in characters.
fn chained_title(
    ctx: &Ctx,
    pos: usize,
) -> Option<(Span, &'static Title, Option<Span>, Option<Span>)> {
    let tail: String = ctx.chars[pos.min(ctx.chars.len())..]
        .iter()
        .take(200)
        .collect();
    let c = EN_CHAINED_TITLE.captures(&tail)?;
    let at = |m: regex::Match| Span {
        begin: pos + tail[..m.start()].chars().count(),
        end: pos + tail[..m.end()].chars().count(),
    };
    let t = c.name("title")?;
    let title = titles::by_en(t.as_str())?;
    Some((at(t), title, c.name("prep").map(at), c.name("rest").map(at)))
}

/// The foreign body or state that owns a free-text office held by a person named at
/// `pos`: the nearest organization, country or demonym before `pos` in `sentence` (`the
/// French delegation, composed of X, Minister for …` → `France`; `the World Bank staff
/// including X, Vice President for …` → `World Bank`). `None` when
/// the nearest one is Korean (Korean posts are unqualified) or none is written.
fn office_owner(ctx: &Ctx, sentence: Span, pos: usize) -> Option<EntityKey> {
    let mut best: Option<(usize, EntityKey)> = None;
    for m in ctx.found_in(sentence, &[EntityKind::Organization, EntityKind::Country]) {
        if m.span.end <= pos && best.as_ref().is_none_or(|(e, _)| m.span.end > *e) {
            best = Some((m.span.end, m.key.clone()));
        }
    }
    let mut i = sentence.begin;
    while i < pos.min(ctx.chars.len()) {
        if ctx.chars[i].is_uppercase() && (i == 0 || !ctx.chars[i - 1].is_alphanumeric()) {
            let b = i;
            while i < ctx.chars.len() && ctx.chars[i].is_alphabetic() {
                i += 1;
            }
            let word = ctx.slice(Span { begin: b, end: i });
            if !ctx.overlaps_found(Span { begin: b, end: i })
                && let Some(k) = state_from_demonym(ctx, &word)
                && best.as_ref().is_none_or(|(e, _)| i > *e)
            {
                best = Some((i, k));
            }
        } else {
            i += 1;
        }
    }
    let (_, key) = best?;
    let korean = key.slug == "kr"
        || ctx.gaz.get(&key).is_some_and(|e| {
            e.key.kind == EntityKind::Organization
                && e.government
                && e.label(Lang::En).is_some_and(|l| !l.contains('('))
        });
    (!korean).then_some(key)
}

/// Trims a candidate English name to its name-like tokens: stops before a stop word or a
/// token that is part of a found organization/place; needs ≥ 2 tokens.
fn trim_name(ctx: &Ctx, span: Span) -> Option<Span> {
    let text = ctx.slice(span);
    let mut end = span.begin;
    let mut count = 0;
    let mut offset = 0;
    for tok in text.split(' ') {
        let b = span.begin + offset;
        let e = b + tok.chars().count();
        offset += tok.chars().count() + 1;
        let bare = tok.trim_end_matches(['.', ',', '\'']);
        let tspan = Span { begin: b, end: e };
        if tok.is_empty() || EN_NOT_NAMES.contains(&bare) || overlaps_kind(ctx, tspan, &NOT_PERSON)
        {
            break;
        }
        end = e;
        count += 1;
    }
    (count >= 2).then_some(Span {
        begin: span.begin,
        end,
    })
}

/// Korean patterns around a title form.
fn korean(ctx: &Ctx) -> Vec<Found> {
    let chars = &ctx.chars;
    let mut v: Vec<Found> = Vec::new();
    let mut taken: Vec<Span> = Vec::new();
    let mut retry: Vec<(Span, &'static Title, &'static str)> = Vec::new();
    for (form, title) in titles::ko_forms() {
        let fc: Vec<char> = form.chars().collect();
        let mut p = 0;
        while p + fc.len() <= chars.len() {
            if chars[p..p + fc.len()] != fc[..] {
                p += 1;
                continue;
            }
            let tspan = Span {
                begin: p,
                end: p + fc.len(),
            };
            p += 1;
            if taken
                .iter()
                .any(|s| s.begin < tspan.end && tspan.begin < s.end)
            {
                continue;
            }
            // Right side: end of word, a particle, or a separator.
            let rest: String = chars[tspan.end..].iter().take(6).collect();
            let next = chars.get(tspan.end).copied();
            let right_ok = match next {
                None => true,
                Some(c) if !is_hangul_syllable(c) => true,
                Some(_) => particles::particle_after(fc[fc.len() - 1], &rest).is_some(),
            };
            if !right_ok {
                continue;
            }
            // Left side: a word boundary, or glued to a found organization (`행정안전부장관`).
            let glued_org = ctx
                .found
                .iter()
                .find(|m| m.span.end == tspan.begin && is_org_like(&m.key));
            if tspan.begin > 0 && is_hangul_syllable(chars[tspan.begin - 1]) && glued_org.is_none()
            {
                continue;
            }
            if overlaps_kind(
                ctx,
                tspan,
                &[
                    EntityKind::Organization,
                    EntityKind::Series,
                    EntityKind::Person,
                ],
            ) {
                continue;
            }
            match korean_at(ctx, tspan, title, form, &v) {
                Some(f) => {
                    taken.push(tspan);
                    v.push(f);
                }
                None => retry.push((tspan, title, form)),
            }
        }
    }
    // A title read before the one it leans on (`장관·부총리`, a family name after the full
    // name given with a shorter title) is read again once every other title is known.
    for (tspan, title, form) in retry {
        if taken
            .iter()
            .any(|s| s.begin < tspan.end && tspan.begin < s.end)
        {
            continue;
        }
        if let Some(f) = korean_at(ctx, tspan, title, form, &v) {
            taken.push(tspan);
            v.push(f);
        }
    }
    v
}

/// The name inside `Org(<name> <title>)` when the name is a foreign one of two or three
/// Hangul words (`세르비아 행정자치부(코리 우도비츠키 장관)`): the name's span and the
/// organization's key. `j` is where the name ends.
fn parenthesized_name(ctx: &Ctx, sentence: Span, j: usize) -> Option<(Span, EntityKey)> {
    let chars = &ctx.chars;
    let open = (sentence.begin.max(j.saturating_sub(30))..j)
        .rev()
        .find(|&i| chars[i] == '(')?;
    let inner = ctx.slice(Span {
        begin: open + 1,
        end: j,
    });
    let words = inner.split_whitespace().count();
    if !(2..=3).contains(&words)
        || inner.starts_with(' ')
        || !inner
            .chars()
            .all(|c| is_hangul_syllable(c) || c == ' ' || c == '-')
    {
        return None;
    }
    let org = ctx
        .found
        .iter()
        .find(|m| m.span.end == open && is_org_like(&m.key))?;
    Some((
        Span {
            begin: open + 1,
            end: j,
        },
        org.key.clone(),
    ))
}

/// Reads the name and organization around one Korean title occurrence.
fn korean_at(
    ctx: &Ctx,
    tspan: Span,
    title: &'static Title,
    form: &'static str,
    earlier: &[Found],
) -> Option<Found> {
    let chars = &ctx.chars;
    let sentence = ctx.sentence_of(tspan.begin);
    let found_ending = |end: usize| {
        ctx.found
            .iter()
            .find(|m| m.span.end == end && is_org_like(&m.key))
            .map(|m| (m.key.clone(), m.span))
    };
    let mut org: Option<EntityKey> = None;
    let mut name: Option<Span> = None;
    let mut latin = None;
    let post_match = ctx
        .found
        .iter()
        .find(|m| {
            m.key.kind == EntityKind::Post && m.span.begin <= tspan.begin && m.span.end >= tspan.end
        })
        .map(|m| (m.key.clone(), m.span));
    // `Org(장관 홍윤식)`.
    if tspan.begin > 0 && chars[tspan.begin - 1] == '(' {
        let close = (tspan.end..chars.len().min(tspan.end + 20)).find(|&i| chars[i] == ')')?;
        let inner = Span {
            begin: tspan.end,
            end: close,
        };
        let text = ctx.slice(inner);
        let trimmed = text.trim();
        if trimmed.is_empty() || !trimmed.chars().all(|c| is_hangul_syllable(c) || c == ' ') {
            return None;
        }
        let lead = text.len() - text.trim_start().len();
        name = Some(Span {
            begin: inner.begin + text[..lead].chars().count(),
            end: inner.begin + text[..lead].chars().count() + trimmed.chars().count(),
        });
        org = found_ending(tspan.begin - 1).map(|(k, _)| k);
    } else if tspan.begin > 0 && chars[tspan.begin - 1] == '·' {
        // `장관·부총리`: the person of the title before the dot.
        let prev = earlier
            .iter()
            .rev()
            .find(|f| f.title_span.end + 1 == tspan.begin)?;
        return Some(Found {
            name: prev.name,
            latin: prev.latin.clone(),
            title_span: tspan,
            title,
            org: prev
                .org
                .clone()
                .or_else(|| nearest_org(ctx, sentence, tspan.begin, title.of_state)),
            title_ko: Some(form),
            office: None,
            office_owner: None,
            rank: None,
            post: None,
            chained: false,
        });
    } else {
        let mut j = post_match.as_ref().map_or(tspan.begin, |(_, s)| s.begin);
        while j > sentence.begin && chars[j - 1] == ' ' {
            j -= 1;
        }
        if let Some((k, s)) = found_ending(j) {
            org = Some(k);
            j = s.begin;
            while j > sentence.begin && chars[j - 1] == ' ' {
                j -= 1;
            }
        }
        // A name ending at j.
        if let Some(m) = ctx
            .found
            .iter()
            .find(|m| m.span.end == j && m.key.kind == EntityKind::Person)
        {
            name = Some(m.span);
        } else if j > 0 && chars[j - 1] == ')' {
            let open = (sentence.begin..j - 1).rev().find(|&i| chars[i] == '(')?;
            let inner = ctx.slice(Span {
                begin: open + 1,
                end: j - 1,
            });
            if !inner
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
                || inner.chars().any(is_hangul_syllable)
            {
                return None;
            }
            let words = inner.split_whitespace().count().clamp(1, 3);
            let start = hangul_words_before(chars, open, words, sentence.begin)?;
            name = Some(Span {
                begin: start,
                end: open,
            });
            latin = Some(inner.trim().to_string());
        } else if let Some((span, key)) = parenthesized_name(ctx, sentence, j) {
            name = Some(span);
            org = org.or(Some(key));
        } else if let Some(start) = hangul_words_before(chars, j, 1, sentence.begin) {
            let word = ctx.slice(Span {
                begin: start,
                end: j,
            });
            let earlier_person = earlier.iter().find(|f| {
                let n = ctx.slice(f.name);
                n != word && n.split_whitespace().last() == Some(word.as_str())
            });
            if let Some(f) = earlier_person {
                return Some(Found {
                    name: Span {
                        begin: start,
                        end: j,
                    },
                    latin: f.latin.clone(),
                    title_span: tspan,
                    title,
                    org: org.or_else(|| f.org.clone()),
                    title_ko: Some(form),
                    office: None,
                    office_owner: None,
                    rank: None,
                    post: None,
                    chained: false,
                });
            }
            if is_korean_name(&word)
                && !ctx.overlaps_found(Span {
                    begin: start,
                    end: j,
                })
            {
                name = Some(Span {
                    begin: start,
                    end: j,
                });
            }
        }
        let n = name?;
        if org.is_none() {
            let mut k = n.begin;
            while k > sentence.begin && chars[k - 1] == ' ' {
                k -= 1;
            }
            org = found_ending(k).map(|(key, _)| key);
        }
    }
    let name = name?;
    let org = org.or_else(|| nearest_org(ctx, sentence, name.begin, title.of_state));
    Some(Found {
        name,
        latin,
        title_span: post_match.as_ref().map_or(tspan, |(_, s)| *s),
        title,
        org,
        title_ko: Some(form),
        office: None,
        office_owner: None,
        rank: None,
        post: post_match.map(|(k, _)| k),
        chained: false,
    })
}

/// The start of the `n` whitespace-separated Hangul words ending at `end`, if all are
/// pure Hangul and lie after `floor`.
fn hangul_words_before(chars: &[char], end: usize, n: usize, floor: usize) -> Option<usize> {
    let mut j = end;
    for w in 0..n {
        if w > 0 {
            if j == floor || chars[j - 1] != ' ' {
                return None;
            }
            j -= 1;
        }
        let e = j;
        while j > floor && is_hangul_syllable(chars[j - 1]) {
            j -= 1;
        }
        if j == e {
            return None;
        }
    }
    Some(j)
}

/// `true` for a plausible Korean personal name: 2–4 Hangul syllables with a known
/// family name, not a common word, not ending like an organization.
pub(crate) fn is_korean_name(word: &str) -> bool {
    let n = word.chars().count();
    // Four syllables only with a two-syllable family name (`남궁민수`; `국가개혁` is none).
    let family_ok = n < 4 || split_name(word).is_some_and(|(f, _)| f.chars().count() == 2);
    (2..=4).contains(&n)
        && family_ok
        && word.chars().all(is_hangul_syllable)
        && has_known_family_name(word)
        && !KO_NOT_NAMES.contains(&word)
        && !word.ends_with([
            '부', '처', '청', '실', '과', '국', '팀', '단', '측', '등', '들',
        ])
}

/// `true` for keys that can own a post: organizations and states.
fn is_org_like(key: &EntityKey) -> bool {
    matches!(key.kind, EntityKind::Organization | EntityKind::Country)
}

/// `true` if `span` overlaps a found mention of one of `kinds`.
fn overlaps_kind(ctx: &Ctx, span: Span, kinds: &[EntityKind]) -> bool {
    ctx.found
        .iter()
        .any(|m| kinds.contains(&m.key.kind) && m.span.begin < span.end && span.begin < m.span.end)
}

/// The nearest organization before `pos` in `sentence` (for state titles, the nearest
/// country first), else (English only) the nearest one after it.
fn nearest_org(ctx: &Ctx, sentence: Span, pos: usize, of_state: bool) -> Option<EntityKey> {
    let kinds: &[EntityKind] = if of_state {
        &[EntityKind::Country]
    } else {
        &[EntityKind::Organization]
    };
    let inside = ctx.found_in(sentence, kinds);
    // Korean writes the owner before the title (`행정자치부 장관`): a body after it belongs
    // to another clause.
    let after_ok = ctx.lang() == Lang::En;
    inside
        .iter()
        .rev()
        .find(|m| m.span.end <= pos)
        .or_else(|| inside.iter().find(|m| after_ok && m.span.begin >= pos))
        .map(|m| m.key.clone())
        .or_else(|| if of_state { ctx.home_country() } else { None })
}

/// `Interior` (in `Vice Interior Minister`) → the ministry named after it.
fn ministry_from_word(ctx: &Ctx, word: &str) -> Option<EntityKey> {
    [
        format!("Ministry of the {word}"),
        format!("Ministry of {word}"),
        format!("Ministry for {word}"),
    ]
    .iter()
    .find_map(|s| {
        ctx.gaz
            .lookup(s, Some(EntityKind::Organization), ctx.date())
    })
    .map(|e| e.key.clone())
}

/// Demonyms that do not derive from the country name by a suffix, with the country's
/// ISO 3166-1 alpha-2 code (the country slug).
const IRREGULAR_DEMONYMS: &[(&str, &str)] = &[
    ("French", "fr"),
    ("Dutch", "nl"),
    ("Czech", "cz"),
    ("Swiss", "ch"),
    ("Greek", "gr"),
    ("British", "gb"),
    ("Danish", "dk"),
    ("Swedish", "se"),
    ("Finnish", "fi"),
    ("Norwegian", "no"),
    ("Spanish", "es"),
    ("Polish", "pl"),
    ("Irish", "ie"),
    ("Thai", "th"),
    ("Filipino", "ph"),
    ("Icelandic", "is"),
    ("Kyrgyz", "kg"),
    ("Uzbek", "uz"),
    ("Kazakh", "kz"),
    ("Tajik", "tj"),
    ("Turkish", "tr"),
    ("Lao", "la"),
    ("Maldivian", "mv"),
    ("Belarusian", "by"),
    ("Emirati", "ae"),
    ("Saudi", "sa"),
];

/// `Estonian` → the country whose label or alias it is, or whose name it derives from
/// (`French` and other irregular demonyms from a table).
pub(crate) fn state_from_demonym(ctx: &Ctx, word: &str) -> Option<EntityKey> {
    if let Some((_, code)) = IRREGULAR_DEMONYMS.iter().find(|(d, _)| *d == word) {
        let key = EntityKey::new(EntityKind::Country, *code);
        if ctx.gaz.get(&key).is_some() {
            return Some(key);
        }
    }
    let mut cands = vec![word.to_string()];
    for suffix in ["vian", "ian", "an", "ese", "ish", "i", "n"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            cands.push(stem.to_string());
            cands.push(format!("{stem}a"));
            cands.push(format!("{stem}ia"));
        }
    }
    cands
        .iter()
        .filter(|c| c.len() >= 3)
        .find_map(|c| ctx.gaz.lookup(c, Some(EntityKind::Country), None))
        .map(|e| e.key.clone())
}

/// Normalises an English name: Korean order with separate given-name syllables
/// (`Kim Boo Kyum` → `Kim Boo-kyum`), a capitalised family name written last (`Young
/// CHIN` → `Chin Young`).
pub(crate) fn normalize_en_name(name: &str) -> String {
    // `Chin, Young` (family name, comma, given name) reads as `Chin Young`.
    let name = name.replace(',', " ");
    let toks: Vec<&str> = name.split_whitespace().collect();
    let cap = |s: &str| {
        let lower = s.to_lowercase();
        let mut cs = lower.chars();
        cs.next()
            .map(|f| f.to_uppercase().chain(cs).collect::<String>())
            .unwrap_or_default()
    };
    let all_caps = |s: &str| s.chars().count() > 1 && s.chars().all(|c| c.is_uppercase());
    if toks.len() == 2 && all_caps(toks[1]) && !all_caps(toks[0]) {
        return format!("{} {}", cap(toks[1]), toks[0]);
    }
    if toks.len() == 3 && EN_KOREAN_FAMILY.contains(&toks[0]) && !toks[1].contains('-') {
        return format!("{} {}-{}", toks[0], toks[1], toks[2].to_lowercase());
    }
    toks.join(" ")
}

/// Resolves a person from a Korean and/or English name; adds the entity to `out`.
fn resolve_person(
    ctx: &Ctx,
    out: &mut Out,
    ko: Option<&str>,
    en: Option<&str>,
) -> Option<EntityKey> {
    let en_norm = en.map(normalize_en_name);
    let romanized = ko.and_then(romanize_name);
    let on = ctx.date();
    let known = [ko, en, en_norm.as_deref(), romanized.as_deref()]
        .into_iter()
        .flatten()
        .find_map(|s| ctx.gaz.lookup(s, Some(EntityKind::Person), on))
        .cloned();
    let known = known.or_else(|| {
        [en, en_norm.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|s| fuzzy_person(ctx, s))
    });
    if let Some(mut e) = known {
        if let Some(ko) = ko
            && e.label(Lang::Ko).is_none_or(|l| l != ko)
        {
            e.alt_labels.push(crate::model::Label::new(ko, Lang::Ko));
        }
        let key = e.key.clone();
        out.add_entity(e);
        return Some(key);
    }
    // `구리아 사무총장` after `앙헬 구리아`: the family name alone of a foreign person
    // already found (a name written given name first, in several words) is that person,
    // not a Korean name of its own.
    if let Some(ko) = ko
        && en.is_none()
        && let Some(e) = out.entities.iter().find(|e| {
            e.key.kind == EntityKind::Person
                && e.labels.iter().chain(&e.alt_labels).any(|l| {
                    Lang::from_tag(&l.lang) == Some(Lang::Ko)
                        && l.text.split_whitespace().count() >= 2
                        && l.text.split_whitespace().last() == Some(ko)
                })
        })
    {
        return Some(e.key.clone());
    }
    let en_label = en_norm.or(romanized);
    let slug = match (&en_label, ko) {
        (Some(l), _) => slugify(l),
        (None, Some(k)) => slugify(&romanize_word(k)),
        (None, None) => String::new(),
    };
    if slug.is_empty() {
        return None;
    }
    let key = EntityKey::new(EntityKind::Person, slug);
    out.add_entity(entity_with(key.clone(), en_label.as_deref(), ko));
    Some(key)
}

/// A gazetteer person whose Latin name is `name` written with small slips: each token
/// compared letter by letter, accents folded, `?` in the text standing for any one lost
/// letter (`Plac?`), at most one edit (substitution, insertion, deletion, or swap of two
/// neighbours) per six letters on names of at least eight letters (`Kang Kyung-wah`); or
/// `name` without its middle names (`Shavkat Miromonovic Mirziyoyev`). Only a unique
/// best candidate is returned.
fn fuzzy_person(ctx: &Ctx, name: &str) -> Option<crate::model::Entity> {
    let toks: Vec<&str> = name.split_whitespace().collect();
    let mut forms = vec![fold_name(name)];
    if toks.len() >= 3 {
        forms.push(fold_name(&format!("{} {}", toks[0], toks[toks.len() - 1])));
    }
    let mut best: Option<(usize, &crate::model::Entity)> = None;
    let mut tie = false;
    for e in ctx
        .gaz
        .entities()
        .iter()
        .filter(|e| e.key.kind == EntityKind::Person)
    {
        for label in e.labels.iter().chain(&e.alt_labels) {
            if label.text.chars().any(is_hangul_syllable) {
                continue;
            }
            let target = fold_name(&label.text);
            let letters = target.chars().filter(|c| c.is_alphabetic()).count();
            for form in &forms {
                if form.split(' ').count() != target.split(' ').count() {
                    continue;
                }
                let d = edit_distance(form, &target);
                let allowed = if letters >= 8 { letters / 6 } else { 0 };
                if d > allowed {
                    continue;
                }
                match best {
                    Some((bd, be)) if bd < d || (bd == d && be.key == e.key) => {}
                    Some((bd, _)) if bd == d => tie = true,
                    _ => {
                        best = Some((d, e));
                        tie = false;
                    }
                }
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(_, e)| e.clone())
}

/// Lowercase, accents folded, hyphens and spaces kept, other punctuation but `?` dropped.
fn fold_name(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '?'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one
/// substring); `?` in `a` matches any character of `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1] && a[i - 1] != '?');
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// The post of `title` in `org`: the gazetteer's post with that title and organization,
/// else a minted one (`post/{slug("Title of Org")}`, labels in both languages where the
/// organization has them, part of the organization).
pub(crate) fn resolve_post(
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

/// A post named by free text (`Minister for Government Reform and Simplification`).
fn mint_office(out: &mut Out, office: &str) -> EntityKey {
    let office = strip_full_stop(office);
    let key = EntityKey::new(EntityKind::Post, slugify(office));
    out.add_entity(entity_with(key.clone(), Some(office), None));
    key
}

/// Later occurrences of a found person's name (labels as written) become mentions.
fn repeat_mentions(ctx: &mut Ctx, out: &mut Out) {
    let persons: Vec<(EntityKey, Vec<String>)> = out
        .entities
        .iter()
        .filter(|e| e.key.kind == EntityKind::Person)
        .map(|e| {
            let mut names: Vec<String> = e
                .labels
                .iter()
                .chain(&e.alt_labels)
                .map(|l| l.text.clone())
                .filter(|t| t.chars().count() >= 3)
                .collect();
            names.sort_by_key(|n| std::cmp::Reverse(n.len()));
            (e.key.clone(), names)
        })
        .collect();
    for (key, names) in persons {
        for name in names {
            let nc: Vec<char> = name.chars().collect();
            let mut i = 0;
            while i + nc.len() <= ctx.chars.len() {
                if ctx.chars[i..i + nc.len()] == nc[..] {
                    let span = Span {
                        begin: i,
                        end: i + nc.len(),
                    };
                    let boundary_ok = ctx
                        .chars
                        .get(span.end)
                        .is_none_or(|c| !c.is_alphanumeric() || is_hangul_syllable(*c))
                        && (i == 0 || !ctx.chars[i - 1].is_alphanumeric());
                    if boundary_ok && !ctx.overlaps_found(span) {
                        out.mention(span, name.clone(), key.clone());
                        ctx.add_found(span, key.clone());
                    }
                    i += nc.len();
                } else {
                    i += 1;
                }
            }
        }
    }
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &TITLE_BEFORE,
    &NAME_TITLE,
    &HONORIFIC,
    &NAME_AFTER_TITLE,
    &OF_PORTFOLIO,
    &KO_WORD,
    &EN_GROUP_POST,
    &EN_FOREIGN_MINISTER,
    &EN_CHAINED_TITLE,
];

#[cfg(test)]
mod tests {
    use super::super::test_support::run;
    use super::*;

    /// Regression (found with the Korean visit rules): a sentence adverb before a title
    /// (`한편 … 총리는`) is no name (it was read as `Han Pyeon`).
    #[test]
    fn sentence_adverb_before_a_title_is_no_name() {
        for text in [
            "한편 프랑스 총리는 지난달 방한했다.",
            "이어 프랑스 총리는 연설했다.",
        ] {
            let got = run("ko", text);
            assert!(
                got.entities
                    .iter()
                    .all(|e| e.key.kind != EntityKind::Person),
                "{text}: {:#?}",
                got.entities
            );
        }
    }

    /// Regression (found with the Korean visit rules): a foreign person's family name
    /// alone, after their full Korean name, was read as a new Korean name (`구리아` →
    /// `Koo Ri-a`).
    #[test]
    fn foreign_family_name_alone_is_the_person_found() {
        let got = run(
            "ko",
            "앙헬 구리아 사무총장이 방한했다. 구리아 사무총장은 강연도 했다.",
        );
        let persons: Vec<&str> = got
            .entities
            .iter()
            .filter(|e| e.key.kind == EntityKind::Person)
            .map(|e| e.key.slug.as_str())
            .collect();
        assert_eq!(persons, ["angel-gurria"]);
    }

    #[test]
    fn english_names_normalise() {
        for (input, want) in [
            ("Kim Boo Kyum", "Kim Boo-kyum"),
            ("Young CHIN", "Chin Young"),
            ("Angel Gurria", "Angel Gurria"),
            ("Lee In-jae", "Lee In-jae"),
            ("Chung Yoon Kee", "Chung Yoon-kee"),
        ] {
            assert_eq!(normalize_en_name(input), want, "{input}");
        }
    }

    #[test]
    fn korean_name_shape() {
        for (word, want) in [
            ("홍윤식", true),
            ("김민수", true),
            ("신임", false),
            ("이번", false),
            ("행정부", false),
            ("플라세", false),
            ("남궁민수", true),
            ("국가개혁", false),
        ] {
            assert_eq!(is_korean_name(word), want, "{word}");
        }
    }

    /// (language, text, person key, post key or "") — one case per line.
    /// (text name, gazetteer name, distance) — one case a line.
    #[test]
    fn name_edit_distance() {
        for (a, b, d) in [
            ("kang min-wah", "kang min-wha", 1),
            ("plac?", "placé", 0),
            ("plac?", "plate", 1),
            ("john smith", "john smith", 0),
            ("jon smyth", "john smith", 2),
        ] {
            assert_eq!(edit_distance(&fold_name(a), &fold_name(b)), d, "{a} / {b}");
        }
    }

    /// (Korean text, post slugs) — posts named without a holder.
    #[test]
    fn holderless_korean_posts() {
        for (text, want) in [
            (
                "회의에는 에스토니아 경제통신부 장관이 참석했다.",
                vec!["eseutonia-gyeongjetongsinbu-janggwan"],
            ),
            ("OECD 회원국들이 참석했다.", vec![]),
        ] {
            let got = super::super::test_support::run("ko", text);
            let posts: Vec<&str> = got
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Post)
                .map(|e| e.key.slug.as_str())
                .collect();
            assert_eq!(posts, want, "{text}");
        }
    }

    /// A known post inside a foreign official's office is superseded (not a post of the
    /// notice).
    #[test]
    fn known_post_inside_a_foreign_office_is_superseded() {
        let got = run(
            "en",
            "A Danish Deputy Minister of the Interior Karl Holm toured the plant.",
        );
        assert!(
            got.superseded
                .iter()
                .any(|(_, k)| k.slug == "minister-of-the-interior"),
            "{:?}",
            got.superseded
        );
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

    /// (text, posts of the person) — titles joined by `and` after a name are all the
    /// person's posts; sentences written for this test.
    #[test]
    fn chained_titles() {
        for (text, want) in [
            (
                "Mia Lund, Director of the Testing Agency and Chief Executive of the Road Agency, spoke.",
                vec![
                    "post/chief-executive-of-the-road-agency",
                    "post/director-of-the-testing-agency",
                ],
            ),
            (
                "Mia Lund, Director of the Testing Agency board and Chief Executive of the Road Agency, spoke.",
                vec![
                    "post/chief-executive-of-the-road-agency",
                    "post/director-of-the-testing-agency",
                ],
            ),
            (
                "Mia Lund, Director of the Testing Agency, and the Road Agency spoke.",
                vec!["post/director-of-the-testing-agency"],
            ),
            (
                "Mia Lund, Director of the Testing Agency and Chief Information Officer for the Government of Estonia, spoke.",
                vec![
                    "post/chief-information-officer-ee-mia-lund",
                    "post/director-of-the-testing-agency",
                ],
            ),
        ] {
            let got = run("en", text);
            let mut posts: Vec<String> = got
                .holdings
                .iter()
                .filter(|h| h.person.slug == "mia-lund")
                .map(|h| format!("post/{}", h.post.slug))
                .collect();
            posts.sort();
            assert_eq!(posts, want, "{text}: {:#?}", got.holdings);
        }
    }

    #[test]
    fn persons_and_posts() {
        for (lang, text, person, post) in [
            (
                "en",
                "The Ministry of the Interior (Minister Hong Yun-sik) opened a new office.",
                "person/hong-yun-sik",
                "post/minister-of-the-interior",
            ),
            (
                "en",
                "A letter came from OECD Secretary-General Angel Gurria yesterday.",
                "person/angel-gurria",
                "post/secretary-general-of-the-oecd",
            ),
            (
                "en",
                "Vice Minister Park Ji-min of the Ministry of the Interior gave a talk.",
                "person/park-ji-min",
                "post/vice-minister-of-the-interior",
            ),
            (
                "en",
                "Jane Roe, Director General of the Testing Agency, spoke first.",
                "person/jane-roe",
                "post/director-general-of-the-testing-agency",
            ),
            (
                "en",
                "Minister of the Interior Kim Boo Kyum flew to Tallinn.",
                "person/kim-boo-kyum",
                "post/minister-of-the-interior",
            ),
            (
                "en",
                "A Danish Deputy Minister of the Interior Karl Holm toured the plant.",
                "person/karl-holm",
                "post/deputy-minister-of-the-interior-denmark",
            ),
            (
                "en",
                "Estonian President Mari Tamm greeted the guests.",
                "person/mari-tamm",
                "post/president-of-estonia",
            ),
            (
                "en",
                "The Ministry of the Interior (Minister Hong, Yun-sik) made a plan.",
                "person/hong-yun-sik",
                "post/minister-of-the-interior",
            ),
            (
                "en",
                "The Testing Agency hosted Executive President Jane Roe on Monday.",
                "person/jane-roe",
                "post/executive-president-of-the-testing-agency",
            ),
            (
                "en",
                "A French team with Anne Petit, Minister for Open Roads, arrived.",
                "person/anne-petit",
                "post/minister-fr-anne-petit",
            ),
            (
                "en",
                "The OECD staff including Mary K. Stone, Vice President for Ports, joined.",
                "person/mary-k-stone",
                "post/vice-president-for-ports-oecd",
            ),
            (
                "en",
                "The ministry and Jane Roe, Minister for Open Roads, spoke.",
                "person/jane-roe",
                "post/minister-for-open-roads",
            ),
            (
                "en",
                "Minister Hong Yoon-sick of the Ministry of the Interior spoke.",
                "person/hong-yun-sik",
                "post/minister-of-the-interior",
            ),
            (
                "en",
                "OECD Secretary-General Angel Jose Gurr?a spoke.",
                "person/angel-gurria",
                "post/secretary-general-of-the-oecd",
            ),
            (
                "ko",
                "행정자치부(장관 홍윤식)는 새 계획을 내놓았다.",
                "person/hong-yun-sik",
                "post/minister-of-the-interior",
            ),
            (
                "ko",
                "앙헬 구리아 OECD 사무총장이 답신을 보냈다.",
                "person/angel-gurria",
                "post/secretary-general-of-the-oecd",
            ),
            (
                "ko",
                "김부겸 행정자치부 장관은 회의에 참석했다.",
                "person/kim-bu-gyeom",
                "post/minister-of-the-interior",
            ),
            (
                "ko",
                "행정자치부 박지민 차관이 인사말을 했다.",
                "person/park-ji-min",
                "post/vice-minister-of-the-interior",
            ),
            (
                "ko",
                "오늘 최민호 행정자치부장관은 손님을 맞았다.",
                "person/choi-min-ho",
                "post/minister-of-the-interior",
            ),
            (
                "ko",
                "에스토니아 마리 탐(Mari Tamm) 대통령이 방한했다.",
                "person/mari-tamm",
                "post/president-of-estonia",
            ),
        ] {
            let got = run(lang, text);
            let holding = got
                .holdings
                .iter()
                .find(|h| h.person.to_string() == person)
                .unwrap_or_else(|| panic!("no holding for {person} in {text:?}: {got:#?}"));
            assert_eq!(holding.post.to_string(), post, "{text}");
            let mention = got
                .mentions
                .iter()
                .find(|m| m.entity.to_string() == person)
                .unwrap_or_else(|| panic!("no mention of {person} in {text:?}"));
            let chars: Vec<char> = text.chars().collect();
            let anchor: String = chars[mention.span.begin..mention.span.end].iter().collect();
            assert_eq!(anchor, mention.anchor, "{text}");
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

    #[test]
    fn full_stops_of_sentences_and_abbreviations() {
        for (text, want) in [
            ("Vice President for Ports.", "Vice President for Ports"),
            ("Director for the U.S.", "Director for the U.S."),
            ("Head of Acme Inc.", "Head of Acme Inc."),
            ("Minister for Roads,", "Minister for Roads"),
            ("Minister for Roads", "Minister for Roads"),
        ] {
            assert_eq!(strip_full_stop(text), want, "{text}");
        }
    }

    /// (Korean text, person slug, Korean labels of the post held) — office words after a
    /// name, one case a line.
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

    /// (Korean text, person slug, post slug) — a foreign name in parentheses after its
    /// ministry, a second title after a middle dot, and heads of foreign states.
    #[test]
    fn foreign_names_in_parentheses() {
        for (text, person, post) in [
            (
                "에스토니아 행정자치부(마르트 카스크 장관·부총리)가 왔다.",
                "mareuteu-kaseukeu",
                "post/minister-of-the-interior-estonia",
            ),
            (
                "에스토니아 행정자치부(마르트 카스크 장관·부총리)가 왔다.",
                "mareuteu-kaseukeu",
                "post/deputy-prime-minister-of-estonia",
            ),
        ] {
            let got = run("ko", text);
            assert!(
                got.holdings
                    .iter()
                    .any(|h| h.person.slug == person && h.post.to_string() == post),
                "{text}: {:#?} {:#?}",
                got.holdings,
                got.entities
            );
        }
        let got = run("ko", "2010년 에스토니아 총리 이후 처음이다.");
        assert!(
            got.entities
                .iter()
                .any(|e| e.key.to_string() == "post/prime-minister-of-estonia"),
            "{:#?}",
            got.entities
        );
    }

    #[test]
    fn hangul_offsets_are_chars() {
        let got = run("ko", "가나다 라마 행정자치부(장관 홍윤식)는 밝혔다.");
        let m = got
            .mentions
            .iter()
            .find(|m| m.entity.slug == "hong-yun-sik")
            .unwrap();
        assert_eq!((m.span.begin, m.span.end), (16, 19));
        assert_eq!(m.anchor, "홍윤식");
    }

    #[test]
    fn romanized_alias_resolves_to_known_person() {
        // 윤영희 romanizes to Yoon Yeong-hui, an alias of the test gazetteer's person.
        let got = run("ko", "윤영희 장관은 회의를 열었다.");
        assert!(
            got.mentions
                .iter()
                .any(|m| m.entity.slug == "yoon-young-hee"),
            "{got:#?}"
        );
    }

    #[test]
    fn unknown_korean_person_gets_both_labels() {
        let got = run("ko", "행정자치부 고광완 국장이 발표했다.");
        let e = got
            .entities
            .iter()
            .find(|e| e.key.slug == "ko-gwang-wan")
            .unwrap();
        assert_eq!(e.label(Lang::En), Some("Ko Gwang-wan"));
        assert_eq!(e.label(Lang::Ko), Some("고광완"));
    }
}
