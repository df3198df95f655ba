//! English names next to titles: `Title Name`, `Title of Org Name`, `Name, Title of Org`
//! (and further titles joined by `and`: `X, Chair of A and Chief Executive of B`),
//! `Mr. Name`, each read into a [`Found`] with the title's organization or state, a rank
//! word (`Executive President`) or a free-text office (`Minister for Open Roads`) and its
//! foreign owner. Offsets are characters of the notice text.

use super::super::bodies::en_body_slug;
use super::super::romanize::canonical_korean_name;
use super::super::titles::{self, Title};
use super::super::{Ctx, Out, re};
use super::resolve::resolve_person;
use super::{
    EN_KOREAN_FAMILY, Found, is_org_like, ministry_from_word, nearest_org, overlaps_kind,
    owner_of_title, state_from_demonym, strip_full_stop,
};
use crate::ingest::dates::is_calendar_word;
use crate::ingest::gazetteer::Match;
use crate::model::{EntityKey, EntityKind, Lang, Span};
use regex::Regex;
use std::sync::LazyLock;

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

/// Common capitalised words that never start or continue an English name (month and
/// weekday names too: [`is_calendar_word`]).
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

/// A name of one to four capitalised words (an initial `J.` too); a word may begin with
/// an accented capital (`Ćirić`, `Šimonis`).
const EN_NAME: &str =
    r"\p{Lu}[\p{L}'?.-]*[\p{L}?](?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'?-]*[\p{L}?])){0,3}";

static TITLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = titles::en_alternation();
    re(&format!(
        r"\b(?:(?P<mod>[A-Z][a-z]+)\s+)??(?P<title>{alt}|Vice\s+[A-Z][a-z]+\s+Minister)\b"
    ))
});

static NAME_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = titles::en_alternation();
    re(&format!(
        r"(?P<name>{EN_NAME}),\s+(?:the\s+|[A-Z][a-z]+(?:'s|’s)\s+)?(?P<title>{alt})\b(?:\s+(?P<prep>of|for|at)\s+(?P<rest>(?:the\s+)?[A-Za-z][\w&'.-]*(?:\s+(?:and\s+|&\s+|of\s+|for\s+|on\s+)?[A-Z][\w&'.-]*)*))?"
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

/// A portfolio after a title, by its preposition: ` of the Interior`, ` for Development of
/// Information Technologies and Communications` (`of`/`for` inside it too), then the name.
static OF_PORTFOLIO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ (?P<prep>of|for) (?P<the>the )?(?P<words>\p{Lu}[\w-]*(?:(?: and| &| of| for)? \p{Lu}[\w-]*)+)",
    )
});

/// Words that join the words of a portfolio: a portfolio never ends on one.
const PORTFOLIO_JOINS: &[&str] = &["and", "&", "of", "for"];

/// Head nouns that close a ministry's portfolio (`… Bureaucratic Reform`, `… Home
/// Affairs`): the capitalised words after one are the holder's name.
const PORTFOLIO_HEADS: &[&str] = &[
    "Reform",
    "Affairs",
    "Administration",
    "Development",
    "Safety",
    "Interior",
    "Technology",
    "Technologies",
    "Communications",
    "Communication",
    "Informatics",
    "Innovation",
    "Transformation",
    "Digitalization",
    "Digitalisation",
    "Economy",
    "Finance",
    "Justice",
    "Health",
    "Education",
    "Planning",
    "Security",
    "Defence",
    "Defense",
    "Trade",
    "Industry",
    "Labour",
    "Labor",
    "Welfare",
    "Governance",
    "Services",
    "Environment",
    "Energy",
    "Agriculture",
    "Transport",
];

/// Whether the first `n` of the capitalised `words` after `Minister of` form a portfolio
/// by its head noun ([`PORTFOLIO_HEADS`]) and the two to four words after it can be a
/// name (none a common word: [`EN_NOT_NAMES`]).
fn ends_portfolio(words: &[&str], n: usize) -> bool {
    // The name ends where a joining word goes on (`… Soto of Peru`).
    let name: Vec<&str> = words[n..]
        .iter()
        .copied()
        .take_while(|w| !PORTFOLIO_JOINS.contains(w))
        .collect();
    PORTFOLIO_HEADS.contains(&words[n - 1])
        && (2..=4).contains(&name.len())
        && name
            .iter()
            .all(|w| !EN_NOT_NAMES.contains(w) && !PORTFOLIO_HEADS.contains(w) && *w != "and")
}

/// The state named with a possessive right before the title at char `title_begin`
/// (`Peru's Minister of …`, `Peru’s`): its key, or `None` when no country mention ends
/// there.
fn state_possessive(ctx: &Ctx, title_begin: usize) -> Option<EntityKey> {
    let end = title_begin.checked_sub(3)?;
    let mark: String = ctx.chars[end..title_begin].iter().collect();
    if mark != "'s " && mark != "’s " {
        return None;
    }
    ctx.found
        .iter()
        .find(|m| m.span.end == end && m.key.kind == EntityKind::Country)
        .map(|m| m.key.clone())
}

/// English patterns: `Title Name`, `Title of Org Name`, `Name, Title of Org`, `Mr. Name`.
pub(super) fn english(ctx: &Ctx) -> Vec<Found> {
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
                .or_else(|| state_possessive(ctx, tspan.begin))
                .filter(|k| k.slug != "kr")
            && let Some(c) = OF_PORTFOLIO.captures(&rest)
        {
            let words: Vec<&str> = c["words"].split(' ').collect();
            let the = if c.name("the").is_some() { "the " } else { "" };
            let prep = &c["prep"];
            let cuts = || {
                (1..words.len().saturating_sub(1))
                    .rev()
                    .filter(|&n| !PORTFOLIO_JOINS.contains(&words[n - 1]))
            };
            let known = cuts().find(|&n| {
                let portfolio = words[..n].join(" ");
                ministry_from_word(ctx, &portfolio).is_some()
                    || en_body_slug(&format!("Ministry {prep} {portfolio}"), &state.slug).is_some()
            });
            // A head noun after a known ministry's words still belongs to the portfolio
            // (`… Development of Digital Services Name`): the longer cut wins.
            let by_head = cuts().find(|&n| ends_portfolio(&words, n));
            if let Some(n) = known.max(by_head) {
                let portfolio = words[..n].join(" ");
                office = Some(format!("{} {prep} {the}{portfolio}", title.en));
                office_owner_key = Some(state);
                pos += format!(" {prep} {the}{portfolio}").chars().count();
            }
        }
        let tail: String = ctx.chars[pos..].iter().take(120).collect();
        let Some(nc) = NAME_AFTER_TITLE.captures(&tail) else {
            continue;
        };
        let Some(nm) = nc.name("name") else { continue };
        let b = pos + tail[..nm.start()].chars().count();
        let written = Span {
            begin: b,
            end: b + nm.as_str().chars().count(),
        };
        // `Minister Chin`: a family name alone, resolved against the persons read before.
        let (name, surname_only) = match trim_name(ctx, written) {
            Some(n) => (n, false),
            None => match family_name_alone(ctx, written) {
                Some(n) => (n, true),
                None => continue,
            },
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
            .or_else(|| match rank {
                None => owner_of_title(ctx, sentence, tspan.begin, title, &ctx.slice(name)),
                Some(_) => nearest_org(ctx, sentence, tspan.begin, of_state),
            });
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
            surname_only,
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
                    end = rest.end;
                    office_owner_key = match body_at(ctx, rest.end) {
                        Some(m) => {
                            end = m.span.end;
                            Some(m.key.clone())
                        }
                        None => office_owner(ctx, sentence, tspan.begin),
                    };
                }
            }
            if org.is_none() && office.is_none() {
                org = owner_of_title(ctx, sentence, name.begin, title, &ctx.slice(name));
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
                surname_only: false,
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
                surname_only: false,
            });
            // A bare honorific gives no post: mark by an empty title span equal to the name.
            if let Some(last) = v.last_mut() {
                last.org = None;
            }
        }
    }
    v
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

/// `at` and a body after an office (` at Peru's Presidency of the Council of Ministers`,
/// ` at the Agency`, a possessive state allowed before the body's name).
static AT_BODY: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,? at (?:the )?(?:[A-Z][\w.-]*(?:'s|’s) )?$"));

/// The body found right after the office ending at `pos` (chars) and `at`
/// ([`AT_BODY`]): the body the office is in (`Vice Minister of Digital Government at
/// Peru's Presidency of …`). `None` if no found organization follows so.
fn body_at<'c>(ctx: &'c Ctx, pos: usize) -> Option<&'c Match> {
    ctx.found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Organization && m.span.begin > pos)
        .find(|m| {
            m.span.begin <= pos + 40
                && AT_BODY.is_match(&ctx.slice(Span {
                    begin: pos,
                    end: m.span.begin,
                }))
        })
}

/// The foreign body or state that owns a free-text office whose title begins at `pos`
/// (chars): the nearest organization, country or demonym before `pos` in `sentence`, the
/// holder's name between (`X, Colombia's Minister of …` → `Colombia`; `the
/// French delegation, composed of X, Minister for …` → `France`; `the World Bank staff
/// including X, Vice President for …` → `World Bank`). `None` when
/// the nearest one is Korean (Korean posts are unqualified) or none is written.
pub(super) fn office_owner(ctx: &Ctx, sentence: Span, pos: usize) -> Option<EntityKey> {
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
        if tok.is_empty()
            || EN_NOT_NAMES.contains(&bare)
            || is_calendar_word(bare)
            || overlaps_kind(ctx, tspan, &NOT_PERSON)
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

/// A family name written alone after a title (`Minister Chin.`): the first word of
/// `span` when it is the only capitalised word there, not a common word
/// ([`EN_NOT_NAMES`]) nor part of a found non-person mention. Its span in chars.
fn family_name_alone(ctx: &Ctx, span: Span) -> Option<Span> {
    let text = ctx.slice(span);
    let word = text.split(' ').next()?;
    let bare = word.trim_end_matches(['.', ',', '\'']);
    let end = span.begin + bare.chars().count();
    let next = ctx.chars.get(end).copied();
    let one_word = next.is_none_or(|c| !c.is_alphanumeric() && c != '-')
        && !text[word.len()..]
            .trim_start()
            .starts_with(char::is_uppercase);
    let w = Span {
        begin: span.begin,
        end,
    };
    (one_word
        && bare.chars().count() >= 2
        && bare.chars().skip(1).all(char::is_lowercase)
        && !EN_NOT_NAMES.contains(&bare)
        && !is_calendar_word(bare)
        && !overlaps_kind(ctx, w, &NOT_PERSON))
    .then_some(w)
}

/// A Latin name shaped like a romanized Korean one: a capitalised family name and a
/// hyphenated two-syllable given name (`Lee Young-hee`).
static ROMANIZED_KOREAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[A-Z][a-z]{0,6} [A-Z][a-z]{0,6}-[a-z]{1,6}\b"));

/// Korean names written in Latin letters with no title (`Lee Young-hee attended.`): a
/// name of [`ROMANIZED_KOREAN`] shape whose family name is a known Korean one
/// ([`canonical_korean_name`]) is a person, unless it lies inside a found mention, comes
/// after `the` or before another capitalised word (`the Kim Dae-jung Library`), or is
/// glued to other letters or a hyphen. Adds the persons, their mentions and found
/// mentions; `persons` gets (key, name span in chars).
pub(super) fn untitled_korean_names(
    ctx: &mut Ctx,
    out: &mut Out,
    persons: &mut Vec<(EntityKey, Span)>,
) {
    for c in ctx.find_all(&ROMANIZED_KOREAN) {
        let Some(span) = c[0] else { continue };
        let name = ctx.slice(span);
        let chars = &ctx.chars;
        let before: String = chars[span.begin.saturating_sub(4)..span.begin]
            .iter()
            .collect();
        let after: String = chars[span.end..].iter().take(2).collect();
        let glued = chars.get(span.end).is_some_and(|c| *c == '-')
            || span.begin > 0 && chars[span.begin - 1] == '-';
        let org_follows =
            after.starts_with(' ') && after.chars().nth(1).is_some_and(char::is_uppercase);
        if glued
            || org_follows
            || before.to_lowercase().ends_with("the ")
            || canonical_korean_name(&name).is_none()
            || ctx.overlaps_found(span)
        {
            continue;
        }
        let Some(key) = resolve_person(ctx, out, None, Some(&name)) else {
            continue;
        };
        out.mention(span, name, key.clone());
        ctx.add_found(span, key.clone());
        persons.push((key, span));
    }
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &AT_BODY,
    &TITLE_BEFORE,
    &NAME_TITLE,
    &HONORIFIC,
    &NAME_AFTER_TITLE,
    &OF_PORTFOLIO,
    &EN_CHAINED_TITLE,
    &ROMANIZED_KOREAN,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::run;

    /// A romanized Korean name with no title is a person; not inside an organization's
    /// name nor a Western name with a hyphen.
    /// `Name, <Country>'s Title of …`: a possessive state before the title still makes
    /// the name a titled person, accented letters included.
    #[test]
    fn name_with_possessive_title_is_a_person() {
        let got = run(
            "en",
            "Inés Castaño, Peru's Minister of Digital Affairs, arrived on Monday.",
        );
        let persons = got.person_slugs();
        assert_eq!(persons, ["ins-kstno"]);
    }

    #[test]
    fn untitled_korean_names_are_persons() {
        let got = run("en", "Lee Young-hee attended the forum in Seoul.");
        let persons = got.person_slugs();
        assert_eq!(persons, ["lee-yeong-hui"]);
        for text in [
            "Visitors toured the Kim Dae-jung Library.",
            "Kim Dae-jung Peace Center opened.",
            "Anna Smith-Jones attended.",
        ] {
            let got = run("en", text);
            assert!(
                got.entities
                    .iter()
                    .all(|e| e.key.kind != EntityKind::Person),
                "{text}: {:#?}",
                got.entities
            );
        }
    }

    /// (text, posts of the person) — titles joined by `and` after a name are all the
    /// person's posts; sentences written for this test.
    /// A foreign minister named after a portfolio the gazetteer does not know: the
    /// portfolio ends at its head noun and the words after it are the name, one person
    /// with the Hangul form of the name. Sentences written for this test.
    #[test]
    fn name_after_an_unknown_portfolio() {
        let got = run(
            "en",
            "Peruvian Minister of Rural Water Reform Daniela Rosa Soto arrived in Seoul.",
        );
        let ko = run(
            "ko",
            "다니엘라 로사 소토 페루 농촌수자원개혁부 장관이 서울에 왔다.",
        );
        let key = ko
            .entities
            .iter()
            .find(|e| e.key.kind == EntityKind::Person)
            .map(|e| e.key.clone())
            .unwrap_or_else(|| panic!("{:#?}", ko.entities));
        let person = got
            .entities
            .iter()
            .find(|e| e.key == key)
            .unwrap_or_else(|| panic!("{key}: {:#?}", got.entities));
        assert_eq!(person.label(Lang::En), Some("Daniela Rosa Soto"));
        assert!(
            got.holdings.iter().any(|h| h.person == key),
            "{:#?}",
            got.holdings
        );
    }

    /// `Country's Minister of Portfolio Name` names the person, with a post of that
    /// country's ministry, as `Peruvian Minister of … Name` does. Sentences written for
    /// this test.
    #[test]
    fn name_after_a_countrys_minister_of_portfolio() {
        for text in [
            "The minister held talks with Peru's Minister of Rural Water Reform Daniela Rosa Soto in Lima on May 3.",
            "The vice minister met Peru's Minister of Digital Technologies Aziz Karim Nodirov in Lima on June 2.",
        ] {
            let got = run("en", text);
            let person = got
                .entities
                .iter()
                .find(|e| e.key.kind == EntityKind::Person)
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.entities));
            let held = got.holdings.iter().find(|h| h.person == person.key);
            assert!(
                held.is_some_and(|h| {
                    let post = h.post.to_string();
                    post.contains("peru")
                }),
                "{text}: {:#?}",
                got.holdings
            );
        }
    }

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
                    "post/chief-information-officer-ee-ma-lnt",
                    "post/director-of-the-testing-agency",
                ],
            ),
        ] {
            let got = run("en", text);
            let mut posts: Vec<String> = got
                .holdings
                .iter()
                .filter(|h| h.person.slug == "ma-lnt")
                .map(|h| format!("post/{}", h.post.slug))
                .collect();
            posts.sort();
            assert_eq!(posts, want, "{text}: {:#?}", got.holdings);
        }
    }

    /// A portfolio after `for` with `of` inside it (`Minister for Development of …`)
    /// ends at its head noun and the words after it are the name; names whose first
    /// letter is accented are names; `Name, Title of …` stays a person. Sentences
    /// written for this test.
    #[test]
    fn names_after_long_portfolios_and_accented_capitals() {
        let got = run(
            "en",
            "Peruvian Minister for Development of Digital Technologies and Communications Daniela Rosa Soto arrived.",
        );
        assert_eq!(got.person_slugs(), ["tnla-lsa-sto"], "{:#?}", got.entities);
        let labels: Vec<&str> = got
            .holdings
            .iter()
            .filter_map(|h| got.entities.iter().find(|e| e.key == h.post))
            .filter_map(|e| e.label(Lang::En))
            .collect();
        assert_eq!(
            labels,
            ["Minister for Development of Digital Technologies and Communications (Peru)"]
        );
        for (text, slug) in [
            ("Minister Dragana Ćirić attended the forum.", "tlkna-slk"),
            (
                "The delegation was led by Minister Kori Udovički.",
                "kl-utpk",
            ),
            (
                "Nodir Karimov, Deputy Minister of Digital Technologies of Peru, spoke.",
                "ntl-klmp",
            ),
        ] {
            let got = run("en", text);
            assert_eq!(got.person_slugs(), [slug], "{text}: {:#?}", got.entities);
        }
    }

    /// An office `at` a body (a possessive state allowed before it) is a post of that
    /// body; sentences written for this test.
    #[test]
    fn offices_at_a_body_are_its_posts() {
        let got = run(
            "en",
            "The vice minister met Ana Ruiz, Vice Minister of Open Data at Peru's Presidency \
             of the Council of Ministers.",
        );
        let body = EntityKey::new(
            EntityKind::Organization,
            "presidency-of-the-council-of-ministers-peru",
        );
        let [h] = &got.holdings[..] else {
            panic!("{:#?}", got.holdings);
        };
        let post = got.entities.iter().find(|e| e.key == h.post);
        assert_eq!(
            post.and_then(|e| e.part_of.clone()),
            Some(body),
            "{:#?}",
            got.entities
        );
        assert_eq!(
            post.and_then(|e| e.label(Lang::En)),
            Some("Vice Minister of Open Data, Presidency of the Council of Ministers (Peru)")
        );
    }
}
