//! Organizations the gazetteer does not know, found by the shape of their names, and
//! foreign bodies written with a Korean body's name.
//!
//! English: a capitalised multi-word name whose head is an organization noun (`Ministry`,
//! `Agency`, `Institute`, `Bureau`, …), with `of`/`for`/`and`/`&` inside (`Ministry of
//! Communications and Informatization of Belarus` → label `Ministry of Communications and
//! Informatization (Belarus)`, the country put in parentheses as the gold convention does).
//! A name never crosses a line break or a sentence end, stops before `and <title>`, and
//! ends at a country after `of`. A foreign owner written before the name (`Peru's …`,
//! `Peruvian …`) or, for a generic state-body name (`National …`, `Ministry …`,
//! `Department …`), the nearest foreign country or demonym in the sentence qualifies it
//! (`National Authority for Civil Service (Peru)`); an unqualified unit (`… Bureau`,
//! `… Division`, `… Team`) in a Korean context carries its ministry (the nearest before
//! it, else the publisher). A Korean gazetteer body after a foreign possessive or demonym
//! is that country's body (`Prime Minister's Office (Peru)`): the gazetteer match is
//! superseded. A name made of the last words (two or more) of a body found earlier in
//! the notice names that body again (`the Cooperation Delegation` after `the Korea-EU
//! Cooperation Delegation`); `… Public Administration` and `… Public Service` are fields,
//! never bodies. A date never continues a name (`… Division on May 23`). A foreign body
//! whose name is a Korean gazetteer body's but for a plural -s is keyed on the Korean
//! body's spelling, as the Korean notice keys it. In both languages, a gazetteer body
//! named by a short form after another organization's possessive (`the World Bank's
//! GovTech team`, `세계은행의 GovTech 팀`) is that organization's unit.
//! Korean: one word (particle stripped) of at least three syllables ending in an
//! organization suffix (`부`, `처`, `청`, `위원회`, `협의회`, `원`, `공단`, `공사`, `센터`,
//! `재단`, `협회`, `대학교`; a council's `…협의회` of six syllables or after a bilateral
//! prefix word), not a common noun; a foreign country written right before it
//! qualifies it (`뉴질랜드 내무부`), a bilateral prefix word starts it (`한-베트남
//! 디지털협력위원회`, a joint body); `담당관실` units count, venues (`프레스센터`) do not. A
//! unit in parentheses after its body (`안전행정부(교육훈련과)`) is that body's unit.
//! Names already matched by the gazetteer are left alone. A modifier word before a Korean
//! name (`대통령직속 정부혁신위원회`) and lexicon words between a bilateral prefix word and
//! the name (`한-베트남 전자정부 협력위원회`) belong to it. Keys: a body of no foreign
//! country whose words are all in the body lexicon gets the language-neutral key of
//! [`super::bodies::ko_home_body_slug`] in both languages (`Digital Transformation
//! Council` and `디지털전환협의회` meet); else the slug of the English name, or of the
//! romanized Korean name.

use super::romanize::{is_hangul_syllable, romanize_word};
use super::{Ctx, Out, entity_with, re};
use crate::ingest::gazetteer::Match;
use crate::ingest::particles;
use crate::model::{EntityKey, EntityKind, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

/// English organization head nouns.
const EN_HEADS: &str = "Ministry|Presidency|Agency|Service|Office|Committee|Commission|Council|Institute|Center|Centre|Bank|Organization|Organisation|Association|Foundation|University|Bureau|Department|Division|Group|Authority|Administration|Secretariat|Corporation|Academy|Archives|Delegation|Alliance|Network|Partnership|Union|Board|Consortium|Federation|Coalition";

/// English event nouns: a name with one of them before its head names an event.
const EVENT_NOUNS: &[&str] = &[
    "Meeting",
    "Forum",
    "Seminar",
    "Workshop",
    "Conference",
    "Summit",
    "Symposium",
    "Dialogue",
    "Course",
];

/// Korean organization suffixes, longest first.
const KO_SUFFIXES: &[&str] = &[
    "담당관실",
    "대학교",
    "위원회",
    "협의회",
    "사무처",
    "공단",
    "공사",
    "센터",
    "재단",
    "협회",
    "연구원",
    "진흥원",
    "관리원",
    "개발원",
    "부",
    "처",
    "청",
    "원",
];

/// Korean words ending in an organization suffix that are not organizations.
const KO_COMMON: &[&str] = &[
    "정부",
    "행정부",
    "중앙정부",
    "지방정부",
    "내부",
    "외부",
    "일부",
    "전부",
    "세부",
    "간부",
    "여부",
    "본부",
    "공무원",
    "구성원",
    "연구원",
    "직원",
    "회원",
    "위원",
    "지원",
    "차원",
    "자원",
    "인원",
    "복원",
    "동원",
    "요원",
    "교원",
    "사원",
    "기원",
    "회원국",
    "요청",
    "신청",
    "초청",
    "경청",
    "출처",
    "연락처",
    "거래처",
    "대처",
    "수요처",
    "전문위원",
    "상담원",
    "조사원",
    "대사관",
    "정부부처",
    "관계부처",
    "각부처",
    "협력센터",
];

/// Short common nouns that end compounds but never a body's name (`협력요청` a request
/// for cooperation, `사회부처` social ministries in general, `위안부`): a word ending in one
/// is no organization.
const KO_COMMON_HEADS: &[&str] = &[
    "요청",
    "신청",
    "초청",
    "경청",
    "부처",
    "위안부",
    // A kind of government (`디지털정부`, `전자정부`, `지방정부`), not a ministry (`…부`).
    "정부",
    // Venues named after what they host (`서울 프레스센터`), not bodies.
    "프레스센터",
    "컨벤션센터",
];

/// Suffixes of a ministry's units (`교육훈련과` a division, `정보화기획실` an office),
/// read as a unit only inside parentheses after the ministry: `안전행정부(교육훈련과)`.
const KO_UNIT_SUFFIXES: &[char] = &['과', '국', '실', '팀', '단'];

/// `Ministry(Unit)`: a unit of a found body written in parentheses after it
/// (`안전행정부(교육훈련과)`) is an organization of its own, part of that body, labelled
/// `<body> <unit>`.
static KO_PAREN_UNIT: LazyLock<Regex> = LazyLock::new(|| re(r"\(([가-힣]{3,12})\)"));

/// Finds unknown organizations; adds entities, mentions and found mentions.
pub(crate) fn extract(ctx: &mut Ctx, out: &mut Out) {
    match ctx.lang() {
        Lang::En => {
            foreign_uses_of_korean_bodies(ctx, out);
            units_of_possessors(ctx, out);
            english(ctx, out);
        }
        Lang::Ko => {
            foreign_uses_of_korean_bodies(ctx, out);
            units_of_possessors(ctx, out);
            korean_units(ctx, out);
            korean(ctx, out);
        }
    }
}

/// A capitalised word of an English name (`Self-Government`, `e-Government`).
const EN_TOK: &str = r"(?:[A-Z][\w&'.-]*|e-[A-Z][\w-]*)";

static EN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let tok = EN_TOK;
    re(&format!(
        r"\b(?P<name>(?:{tok}[ \t]+(?:(?:and|&|of|for|on)[ \t]+)?){{0,5}}(?P<head>{EN_HEADS})(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{tok}(?:[ \t]+(?:(?:and|&|of|for|on)[ \t]+)?{tok})*)?)\b"
    ))
});

/// A head noun and its complement at the start of a text (`Ministry of Public
/// Administration and Local Self-Government`): the name a head noun written first
/// governs ([`first_head`]).
static EN_HEADED: LazyLock<Regex> = LazyLock::new(|| {
    let tok = EN_TOK;
    re(&format!(
        r"^(?:{EN_HEADS})[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{tok}(?:[ \t]+(?:(?:and|&|of|for|on)[ \t]+)?{tok})*\b"
    ))
});

/// The first head noun of a candidate name at `span` whose `of`/`for`/`on` complement
/// runs past the candidate's end (to its end for `Ministry`), as (head span, name end)
/// in chars: in `Serbia's Ministry of Public Administration and Local Self-Government`
/// the name's head is `Ministry`, not the `Administration` inside its complement (which
/// [`EN_NAME`], greedy over the words before a head, picks). `None` when no such head
/// comes before `head`.
fn first_head(ctx: &Ctx, span: Span, head: Span) -> Option<(Span, usize)> {
    let sentence_end = ctx.sentence_of(span.begin).end.max(span.end);
    let mut at = span.begin;
    for word in ctx
        .slice(Span {
            begin: span.begin,
            end: head.begin,
        })
        .split(' ')
    {
        let len = word.chars().count();
        if EN_HEADS.split('|').any(|h| h == word) {
            let rest = ctx.slice(Span {
                begin: at,
                end: sentence_end,
            });
            if let Some(m) = EN_HEADED.find(&rest) {
                let end = at + rest[..m.end()].chars().count();
                // `Division of Public Administration` ends in the field it names (no
                // body, see `english`); a ministry's portfolio, or a complement that
                // runs past the field (`… and Local Self-Government`), makes a name.
                if end > span.end || end == span.end && word == "Ministry" {
                    return Some((
                        Span {
                            begin: at,
                            end: at + len,
                        },
                        end,
                    ));
                }
            }
        }
        at += len + 1;
    }
    None
}

/// `true` for a bilateral arrangement named like a body: a `Partnership` whose name
/// pairs two parties with a hyphen (`Korea-Chile Data Partnership`).
fn bilateral_partnership(name: &str) -> bool {
    name.ends_with("Partnership")
        && name.split(' ').any(|w| {
            w.split_once('-').is_some_and(|(a, b)| {
                a.starts_with(|c: char| c.is_ascii_uppercase())
                    && b.starts_with(|c: char| c.is_ascii_uppercase())
            })
        })
}

/// `true` if the span starts inside a title of several words (`Director General`): the
/// word before the span and the span's first words spell the title (span in chars).
fn splits_a_title(ctx: &Ctx, span: Span) -> bool {
    let before = ctx.slice(Span {
        begin: span.begin.saturating_sub(40),
        end: span.begin,
    });
    let Some(prev) = before
        .strip_suffix(' ')
        .and_then(|b| b.split([' ', '(', '\n']).next_back())
        .filter(|w| !w.is_empty())
    else {
        return false;
    };
    let joined = format!("{prev} {}", ctx.slice(span));
    super::titles::TITLES.iter().any(|t| {
        std::iter::once(t.en)
            .chain(t.en_variants.iter().copied())
            .any(|title| title.contains(' ') && joined.starts_with(&format!("{title} ")))
    })
}

fn english(ctx: &mut Ctx, out: &mut Out) {
    let found: Vec<_> = ctx.find_all(&EN_NAME);
    for caps in found {
        let (Some(mut span), Some(mut head)) = (caps[1], caps[2]) else {
            continue;
        };
        if let Some((first, end)) = first_head(ctx, span, head) {
            head = first;
            span.end = end;
        }
        if ctx.in_title_case(span) || bilateral_partnership(&ctx.slice(span)) {
            continue;
        }
        // Leading function words and a trailing `of`/`and` are not part of the name.
        loop {
            let text = ctx.slice(span);
            let first = text.split(' ').next().unwrap_or("");
            if [
                "The", "A", "An", "At", "In", "On", "By", "From", "With", "and", "of", "for", "on",
                "&",
            ]
            .contains(&first)
                || (text.contains(' ') && first.ends_with(['.', ',']))
            {
                span.begin += first.chars().count() + 1;
            } else {
                break;
            }
        }
        // `Estonia's National Data Agency`: the owner's possessive is not part of the
        // name (it qualifies it, see `prefix_owner`).
        if let Some(m) = ctx.found.iter().find(|m| {
            m.key.kind == EntityKind::Country
                && m.span.begin >= span.begin
                && m.span.end + 3 <= head.begin
                && matches!(
                    ctx.slice(Span {
                        begin: m.span.end,
                        end: m.span.end + 3
                    })
                    .as_str(),
                    "'s " | "’s "
                )
        }) {
            span.begin = m.span.end + 3;
        }
        // `Estonian Agency for …`: a foreign demonym before the name qualifies it.
        let first = ctx.slice(span).split(' ').next().unwrap_or("").to_string();
        let first_end = span.begin + first.chars().count();
        if first_end < head.begin
            && !ctx.overlaps_found(Span {
                begin: span.begin,
                end: first_end,
            })
            && super::persons::state_from_demonym(ctx, &first).is_some_and(|k| k.slug != "kr")
        {
            span.begin = first_end + 1;
        }
        // `Director General for X Bureau` cut to `General for X Bureau` by the word limit:
        // the words name a post, not a body.
        if splits_a_title(ctx, span) {
            continue;
        }
        // `Director General of X Bureau`: the title is not part of the name.
        let text = ctx.slice(span);
        if let Some(i) = text.find(" of ")
            && super::titles::TITLES.iter().any(|t| {
                text[..i].ends_with(t.en) || t.en_variants.iter().any(|v| text[..i].ends_with(v))
            })
        {
            span.begin += text[..i + 4].chars().count();
        }
        // A name ends at a sentence end, before `and <title>` (`… Affairs and Chief
        // Information Officer`), and after a country that follows `of` (`… of Uzbekistan
        // Dmitry Lee`: a person's name follows).
        let text = ctx.slice(span);
        if let Some(cut) = name_end(&text) {
            span.end = span.begin + text[..cut].chars().count();
        }
        // `McKinsey Global Institute and Boston Consulting Group`: a list of bodies ends
        // the name before `and` and a known body; the head is then this name's last word.
        if let Some(cut) = end_before_known_body(ctx, span) {
            span.end = cut;
            let last = ctx.slice(span).rsplit(' ').next().unwrap_or("").to_string();
            if head.begin < span.end || !EN_HEADS.split('|').any(|h| h == last) {
                continue;
            }
            head = Span {
                begin: span.end - last.chars().count(),
                end: span.end,
            };
        }
        if let Some(m) = ctx.found.iter().find(|m| {
            m.key.kind == EntityKind::Country
                && m.span.begin > head.end
                && m.span.end < span.end
                && m.span.begin >= span.begin
        }) {
            span.end = m.span.end;
        }
        // `… Cooperation Forum on Public Administration` names an event, not a body.
        let before_head = ctx.slice(Span {
            begin: span.begin,
            end: head.begin,
        });
        if before_head.split(' ').any(|w| EVENT_NOUNS.contains(&w)) {
            continue;
        }
        // A capitalised word right after the head continues the name (`Public
        // Administration Cooperation Delegation`): this head is not the name's head.
        if head.end == span.end
            && ctx.chars.get(span.end) == Some(&' ')
            && ctx
                .chars
                .get(span.end + 1)
                .is_some_and(|c| c.is_uppercase())
        {
            continue;
        }
        if span.begin >= head.begin && head.end == span.end || span.end <= head.begin {
            continue; // the head noun alone
        }
        // `… Area of Public Administration`, `Strategies for Public Service`: the fields
        // of public administration and public service, not bodies headed `Administration`
        // or `Service`.
        if ["Administration", "Service"].contains(&ctx.slice(head).as_str())
            && ctx
                .slice(Span {
                    begin: span.begin,
                    end: head.begin,
                })
                .ends_with("Public ")
        {
            continue;
        }
        // `the Public Administration Cooperation Delegation` after `the Korea-EU Public
        // Administration Cooperation Delegation`: the same body, named short.
        if let Some(key) = shortened_name_of(ctx, out, span) {
            out.mention(span, ctx.slice(span), key.clone());
            ctx.add_found(span, key);
            continue;
        }
        // Known names: a gazetteer organization covering the head, or the whole span
        // inside any match.
        let covered = ctx.found.iter().any(|m| {
            (m.span.begin <= span.begin && m.span.end >= span.end)
                || (matches!(
                    m.key.kind,
                    EntityKind::Organization | EntityKind::Series | EntityKind::Post
                ) && m.span.begin <= head.begin
                    && m.span.end >= head.end)
        });
        if covered {
            continue;
        }
        // `… of Belarus` → `… (Belarus)`; `of the Republic of Korea` qualifies a known body.
        let mut label = canonical_korea_prefix(&ctx.slice(span));
        // `Republic of Korea – EU Council`: a country joined by a dash starts the name.
        let before: String = ctx.chars[span.begin.saturating_sub(3)..span.begin]
            .iter()
            .collect();
        let dash = before.trim_end().chars().next_back();
        if matches!(dash, Some('-' | '–')) {
            let dash_at =
                span.begin - (before.chars().count() - before.trim_end().chars().count()) - 1;
            let stem_end = ctx.chars[..dash_at]
                .iter()
                .rposition(|c| *c != ' ')
                .map_or(0, |i| i + 1);
            if let Some(c) = ctx
                .found
                .iter()
                .find(|m| m.key.kind == EntityKind::Country && m.span.end == stem_end)
                && let Some(country) = ctx.label(out, &c.key, Lang::En)
            {
                label = format!("{country}-{label}");
            }
        }
        if let Some(m) = ctx.found.iter().find(|m| {
            m.key.kind == EntityKind::Country && m.span.end == span.end && m.span.begin > head.end
        }) {
            let before = ctx.slice(Span {
                begin: span.begin,
                end: m.span.begin,
            });
            if let Some(stem) = before
                .trim_end()
                .strip_suffix(" of")
                .or(before.trim_end().strip_suffix(" of the"))
            {
                let country = ctx
                    .label(out, &m.key, Lang::En)
                    .unwrap_or_else(|| m.surface.clone());
                label = format!("{} ({country})", stem.trim_end());
            }
        }
        if !label.ends_with(')') {
            let head_text = ctx.slice(head);
            if let Some(q) = foreign_owner(ctx, out, span, &label)
                .or_else(|| unit_owner(ctx, out, &head_text, span))
            {
                label = format!("{label} ({q})");
            }
        }
        // `Serbia's Ministry of …` whose qualified label is a gazetteer body's: that body.
        if label.ends_with(')')
            && let Some(e) = ctx
                .gaz
                .lookup(&label, Some(EntityKind::Organization), ctx.era())
                .cloned()
        {
            let key = e.key.clone();
            out.add_entity(e);
            out.mention(span, ctx.slice(span), key.clone());
            ctx.add_found(span, key);
            continue;
        }
        let neutral = neutral_key(ctx, &label);
        // A body of no foreign country named in lexicon words: Korea's, keyed as its
        // Korean name is (`Digital Transformation Council`, `디지털전환협의회`).
        let home = (!label.ends_with(')'))
            .then(|| home_key(ctx, &label))
            .flatten();
        let key = match (&neutral, home) {
            (Some((slug, _)), _) => EntityKey::new(EntityKind::Organization, slug.clone()),
            (None, Some(slug)) => EntityKey::new(EntityKind::Organization, slug),
            (None, None) => {
                EntityKey::new(EntityKind::Organization, slugify(&key_label(ctx, &label)))
            }
        };
        if key.slug.is_empty() {
            continue;
        }
        let mut e = entity_with(key.clone(), Some(&label), None);
        if neutral.is_some() {
            mark_foreign_body(out, &mut e);
        }
        out.add_entity(e);
        out.mention(span, ctx.slice(span), key.clone());
        ctx.add_found(span, key);
    }
}

/// The language-neutral key of a foreign body labelled `<name> (<Country>)` or
/// `<Country> <name>` ([`super::bodies`]) and the country's key, when the country is a
/// foreign one and the name is made of lexicon words. `None` otherwise (the label keys
/// the body).
pub(crate) fn neutral_key(ctx: &Ctx, label: &str) -> Option<(String, EntityKey)> {
    let foreign = |name: &str| {
        ctx.gaz
            .lookup(name, Some(EntityKind::Country), None)
            .filter(|e| e.key.slug != "kr")
    };
    let (stem, country) = match label.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((stem, qualifier)) => (stem, foreign(qualifier)?),
        // `Rwanda Information Society Authority`: the country starts the name.
        None => label
            .match_indices(' ')
            .take(3)
            .find_map(|(b, _)| foreign(&label[..b]).map(|e| (&label[b + 1..], e)))?,
    };
    let name = country.label(Lang::En)?;
    let slug = super::bodies::en_body_slug(stem, &slugify(name))?;
    Some((slug, country.key.clone()))
}

/// Marks a foreign body minted with a language-neutral key as a government body and
/// records its key in `out`, so that its posts are keyed from it
/// ([`super::bodies::post_slug`]).
pub(crate) fn mark_foreign_body(out: &mut Out, e: &mut crate::model::Entity) {
    e.government = true;
    out.mark_keyed_body(&e.key);
}

/// The name a minted body is keyed on: `label` itself, except for a foreign body
/// (`<name> (<qualifier>)`) whose name is a Korean gazetteer body's English name but for
/// a plural -s (`Ministry of Information and Communications (Kenya)`, the Korean
/// `Ministry of Information and Communication`): Korean notices write such a body with
/// the Korean body's name (`케냐 정보통신부`) and key it on that body's English name, so
/// the English notice keys it on the same spelling and both name one body.
fn key_label(ctx: &Ctx, label: &str) -> String {
    let Some((stem, qualifier)) = label.rsplit_once(" (") else {
        return label.to_string();
    };
    let folded = fold_plurals(stem);
    ctx.gaz
        .entities()
        .iter()
        .filter(|e| korean_body(ctx, &e.key))
        .filter_map(|e| e.label(Lang::En))
        .find(|l| *l != stem && fold_plurals(l) == folded)
        .map_or_else(|| label.to_string(), |l| format!("{l} ({qualifier}"))
}

/// `name` lowercased with a plural -s dropped from every word of four letters or more
/// (`Communications` and `Communication` fold alike).
fn fold_plurals(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let w = w.to_lowercase();
            match w.strip_suffix('s') {
                Some(stem) if w.len() >= 4 && !stem.ends_with('s') => stem.to_string(),
                _ => w,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a candidate name at `span` ends when it runs into a list of bodies: before the
/// first ` and ` or ` & ` that a known organization follows. `None` if none does.
fn end_before_known_body(ctx: &Ctx, span: Span) -> Option<usize> {
    let text = ctx.slice(span);
    [" and ", " & "]
        .iter()
        .flat_map(|sep| text.match_indices(sep).map(move |(i, _)| (i, sep.len())))
        .filter_map(|(i, n)| {
            let at = span.begin + text[..i].chars().count();
            let next = at + n;
            ctx.found
                .iter()
                .any(|m| m.key.kind == EntityKind::Organization && m.span.begin == next)
                .then_some(at)
        })
        .min()
}

/// The organization found earlier in the notice whose name ends with the words at `span`
/// (two words at least): `Cooperation Delegation` after `Korea-EU Cooperation Delegation`
/// names that body again.
fn shortened_name_of(ctx: &Ctx, out: &Out, span: Span) -> Option<EntityKey> {
    let short = ctx.slice(span);
    if short.split_whitespace().count() < 2 {
        return None;
    }
    let tail = format!(" {short}");
    let tail_dash = format!("-{short}");
    ctx.found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Organization && m.span.end <= span.begin)
        .find(|m| {
            [m.surface.clone()]
                .into_iter()
                .chain(ctx.label(out, &m.key, Lang::En))
                .any(|l| l.ends_with(&tail) || l.ends_with(&tail_dash))
        })
        .map(|m| m.key.clone())
}

/// `ROK-EU …` → `Republic of Korea-EU …`: the country's canonical name in a compound name
/// (the gold convention never writes `ROK`).
pub(crate) fn canonical_korea_prefix(name: &str) -> String {
    match name.strip_prefix("ROK-").or(name.strip_prefix("ROK–")) {
        Some(rest) => format!("Republic of Korea-{rest}"),
        None => name.to_string(),
    }
}

/// Where a date begins inside a candidate name (byte offset in `text`): at ` on `, ` in `
/// or ` of ` followed by a month or weekday name (`… Division on May 23`).
fn date_in_name(text: &str) -> Option<usize> {
    [" on ", " in ", " of ", " for "]
        .iter()
        .flat_map(|sep| text.match_indices(sep).map(move |(i, _)| (i, sep.len())))
        .filter(|&(i, n)| {
            let next = text[i + n..].split(' ').next().unwrap_or("");
            crate::ingest::dates::is_calendar_word(next)
        })
        .map(|(i, _)| i)
        .min()
}

/// Where a name ends inside a matched candidate (byte offset in `text`): before a
/// sentence end (`. `), before a date (`on May …`, see [`date_in_name`]) or before
/// `and`/`&` followed by an official title.
fn name_end(text: &str) -> Option<usize> {
    let mut cut = match (text.find(". "), date_in_name(text)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    for sep in [" and ", " & "] {
        for (i, _) in text.match_indices(sep) {
            let rest = &text[i + sep.len()..];
            let titled = super::titles::TITLES.iter().any(|t| {
                std::iter::once(t.en)
                    .chain(t.en_variants.iter().copied())
                    .any(|f| rest.starts_with(f))
            });
            if titled {
                cut = Some(cut.map_or(i, |c| c.min(i)));
            }
        }
    }
    cut
}

/// The foreign country that owns a body named at `span`, as its English label: written
/// as a possessive or a demonym right before the name (`Peru's National Authority`,
/// `Peruvian Prime Minister's Office`), or — for a generic state-body name (`National
/// …`, `Ministry …`, `Department …`) — the nearest foreign country or demonym in the
/// same sentence. `None` for Korea or when no country is written.
fn foreign_owner(ctx: &Ctx, out: &Out, span: Span, label: &str) -> Option<String> {
    if label.contains("Korea") {
        return None;
    }
    if let Some(k) = prefix_owner(ctx, span) {
        return ctx.label(out, &k, Lang::En);
    }
    let generic = ["National ", "Ministry ", "Department "]
        .iter()
        .any(|p| label.starts_with(p));
    if !generic {
        return None;
    }
    words_around(ctx, ctx.sentence_of(span.begin))
        .iter()
        .filter(|(b, e, _)| *e <= span.begin || *b >= span.end)
        .filter_map(|(b, e, w)| {
            let k = demonym_or_country(ctx, *b, *e, w)?;
            let dist = if *e <= span.begin {
                span.begin - e
            } else {
                b - span.end
            };
            Some((dist, k))
        })
        .min_by_key(|(d, _)| *d)
        .and_then(|(_, k)| ctx.label(out, &k, Lang::En))
}

/// A foreign country written right before `span` as a possessive (`Peru's`) or a
/// demonym (`Peruvian`).
fn prefix_owner(ctx: &Ctx, span: Span) -> Option<EntityKey> {
    let before: String = ctx.chars[span.begin.saturating_sub(3)..span.begin]
        .iter()
        .collect();
    if before.ends_with("'s ") || before.ends_with("’s ") {
        return ctx
            .found
            .iter()
            .find(|m| {
                m.span.end + 3 == span.begin
                    && m.key.kind == EntityKind::Country
                    && m.key.slug != "kr"
            })
            .map(|m| m.key.clone());
    }
    words_around(ctx, ctx.sentence_of(span.begin))
        .into_iter()
        .find(|(_, e, _)| *e + 1 == span.begin)
        .and_then(|(b, e, w)| demonym_or_country(ctx, b, e, &w))
}

/// The capitalised words of a sentence: (begin, end, text).
fn words_around(ctx: &Ctx, sentence: Span) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut i = sentence.begin;
    while i < sentence.end.min(ctx.chars.len()) {
        if ctx.chars[i].is_uppercase() && (i == 0 || !ctx.chars[i - 1].is_alphanumeric()) {
            let b = i;
            while i < ctx.chars.len() && (ctx.chars[i].is_alphabetic() || ctx.chars[i] == '-') {
                i += 1;
            }
            out.push((b, i, ctx.slice(Span { begin: b, end: i })));
        } else {
            i += 1;
        }
    }
    out
}

/// The foreign country a capitalised word names or derives from (`Peru`, `Peruvian`),
/// not Korea.
fn demonym_or_country(ctx: &Ctx, b: usize, e: usize, word: &str) -> Option<EntityKey> {
    let found = ctx
        .found
        .iter()
        .find(|m| m.span.begin <= b && e <= m.span.end)
        .map(|m| m.key.clone());
    match found {
        Some(k) if k.kind == EntityKind::Country => Some(k),
        Some(_) => None,
        None => super::persons::state_from_demonym(ctx, word),
    }
    .filter(|k| k.slug != "kr")
}

/// The ministry that owns an unqualified unit (`… Bureau`, `… Division`, `… Team`) in a
/// Korean context: the nearest Korean ministry before it in the text, else the
/// publisher's. Its English label, or `None`.
fn unit_owner(ctx: &Ctx, out: &Out, head: &str, span: Span) -> Option<String> {
    if !["Bureau", "Division", "Team"].contains(&head) {
        return None;
    }
    let is_ministry = |k: &EntityKey| {
        korean_body(ctx, k)
            && ctx
                .label(out, k, Lang::En)
                .is_some_and(|l| l.starts_with("Ministry"))
    };
    let before = ctx
        .found
        .iter()
        .rev()
        .find(|m| m.span.end <= span.begin && is_ministry(&m.key))
        .map(|m| m.key.clone());
    let publisher = || {
        let p = ctx.notice.publisher.as_deref()?;
        let name = p.split([',', '(']).next()?.trim();
        ctx.gaz
            .lookup(name, Some(EntityKind::Organization), ctx.era())
            .map(|e| e.key.clone())
            .filter(is_ministry)
    };
    before
        .or_else(publisher)
        .and_then(|k| ctx.label(out, &k, Lang::En))
}

/// `true` for a public body of the gazetteer with an unqualified name: a Korean body
/// (foreign bodies carry their country in parentheses).
fn korean_body(ctx: &Ctx, k: &EntityKey) -> bool {
    k.kind == EntityKind::Organization
        && ctx
            .gaz
            .get(k)
            .is_some_and(|e| e.government && e.label(Lang::En).is_some_and(|l| !l.contains('(')))
}

/// Korean bodies of the gazetteer named for a foreign body (`Peruvian Prime Minister's
/// Office`, `Israel's Prime Minister's Office`, `이스라엘 국무총리실`): the match is
/// superseded by a minted `<label> (<Country>)` organization.
fn foreign_uses_of_korean_bodies(ctx: &mut Ctx, out: &mut Out) {
    let korean: Vec<_> = ctx
        .found
        .iter()
        .filter(|m| korean_body(ctx, &m.key))
        .cloned()
        .collect();
    for m in korean {
        let owner = if ctx.lang() == Lang::Ko {
            // `이스라엘 국무총리실`: a foreign country written right before the body.
            ctx.found
                .iter()
                .find(|c| {
                    c.key.kind == EntityKind::Country
                        && c.key.slug != "kr"
                        && (c.span.end == m.span.begin || c.span.end + 1 == m.span.begin)
                })
                .map(|c| (c.key.clone(), Some(c.span)))
        } else if m.surface.chars().any(|c| c.is_ascii_alphabetic()) {
            prefix_owner(ctx, m.span).map(|k| (k, None))
        } else {
            None
        };
        let Some((country_key, country_span)) = owner else {
            continue;
        };
        let (Some(label), Some(country)) = (
            ctx.label(out, &m.key, Lang::En),
            ctx.label(out, &country_key, Lang::En),
        ) else {
            continue;
        };
        let label = format!("{label} ({country})");
        let ko = country_span.map(|c| {
            ctx.slice(Span {
                begin: c.begin,
                end: m.span.end,
            })
        });
        let neutral = neutral_key(ctx, &label);
        let key = EntityKey::new(
            EntityKind::Organization,
            neutral
                .as_ref()
                .map_or_else(|| slugify(&label), |(s, _)| s.clone()),
        );
        out.supersede(m.span, m.key.clone());
        ctx.found.retain(|f| !(f.span == m.span && f.key == m.key));
        let mut e = entity_with(key.clone(), Some(&label), ko.as_deref());
        if neutral.is_some() {
            mark_foreign_body(out, &mut e);
        }
        out.add_entity(e);
        out.mention(m.span, m.surface.clone(), key.clone());
        ctx.add_found(m.span, key);
    }
}

/// The organization written as a possessive right before `span`: `<org>'s ` (`’s`) in
/// English, `<org>의 ` in Korean. `None` when none is.
fn possessor_before(ctx: &Ctx, span: Span) -> Option<Match> {
    let before = ctx.slice(Span {
        begin: span.begin.saturating_sub(3),
        end: span.begin,
    });
    let gap = if before.ends_with("'s ") || before.ends_with("’s ") {
        3
    } else if before.ends_with("의 ") && ctx.lang() == Lang::Ko {
        2
    } else {
        return None;
    };
    ctx.found_ending_at(span.begin - gap, EntityKind::Organization)
        .cloned()
}

/// `true` if the gazetteer body `body` is `owner` or a unit of it (by `part_of`, up the
/// chain).
fn belongs_to(ctx: &Ctx, body: &EntityKey, owner: &EntityKey) -> bool {
    let mut at = Some(body.clone());
    for _ in 0..8 {
        let Some(k) = at else { return false };
        if &k == owner {
            return true;
        }
        at = ctx.gaz.get(&k).and_then(|e| e.part_of.clone());
    }
    false
}

/// A gazetteer body named by a short form (an alias, not its label: `GovTech`) after the
/// possessive of another organization (`the World Bank's GovTech team`, `세계은행의
/// GovTech 팀`) is that organization's unit, not the gazetteer body: the match is
/// superseded by a minted `<surface> (<owner>)` organization, part of the owner.
fn units_of_possessors(ctx: &mut Ctx, out: &mut Out) {
    let shorts: Vec<Match> = ctx
        .found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Organization)
        .filter(|m| {
            ctx.gaz
                .get(&m.key)
                .is_some_and(|e| !e.labels.iter().any(|l| l.text == m.surface))
        })
        .cloned()
        .collect();
    for m in shorts {
        let Some(owner) = possessor_before(ctx, m.span) else {
            continue;
        };
        if belongs_to(ctx, &m.key, &owner.key) || belongs_to(ctx, &owner.key, &m.key) {
            continue;
        }
        let Some(owner_en) = ctx.label(out, &owner.key, Lang::En) else {
            continue;
        };
        let label = format!("{} ({owner_en})", m.surface);
        let ko = (ctx.lang() == Lang::Ko)
            .then(|| ctx.label(out, &owner.key, Lang::Ko))
            .flatten()
            .map(|o| format!("{o} {}", m.surface));
        let key = EntityKey::new(EntityKind::Organization, slugify(&label));
        let mut e = entity_with(key.clone(), Some(&label), ko.as_deref());
        e.part_of = Some(owner.key.clone());
        out.supersede(m.span, m.key.clone());
        ctx.found.retain(|f| !(f.span == m.span && f.key == m.key));
        out.add_entity(e);
        out.mention(m.span, m.surface.clone(), key.clone());
        ctx.add_found(m.span, key);
    }
}

/// Units written in parentheses after their body (see [`KO_PAREN_UNIT`]).
fn korean_units(ctx: &mut Ctx, out: &mut Out) {
    for caps in ctx.find_all(&KO_PAREN_UNIT) {
        let (Some(whole), Some(unit)) = (caps[0], caps[1]) else {
            continue;
        };
        let name = ctx.slice(unit);
        if !name.ends_with(KO_UNIT_SUFFIXES) || ctx.overlaps_found(unit) {
            continue;
        }
        let Some(parent) = ctx
            .found
            .iter()
            .find(|m| m.span.end == whole.begin && m.key.kind == EntityKind::Organization)
            .cloned()
        else {
            continue;
        };
        let parent_ko = ctx
            .label(out, &parent.key, Lang::Ko)
            .unwrap_or_else(|| parent.surface.clone());
        let key = EntityKey::new(
            EntityKind::Organization,
            format!("{}-{}", slugify(&romanize_word(&name)), parent.key.slug),
        );
        let mut e = entity_with(key.clone(), None, Some(&format!("{parent_ko} {name}")));
        e.alt_labels.push(crate::model::Label::new(name, Lang::Ko));
        e.part_of = Some(parent.key.clone());
        e.government = ctx.gaz.get(&parent.key).is_some_and(|p| p.government);
        out.add_entity(e);
        out.mention(unit, ctx.slice(unit), key.clone());
        ctx.add_found(unit, key);
    }
}

static KO_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"[가-힣]{3,}"));

fn korean(ctx: &mut Ctx, out: &mut Out) {
    let found: Vec<_> = ctx.find_all(&KO_WORD);
    // Foreign bodies already keyed with their country, by name: a later mention without
    // the country (`X부 장관`) is the same body, never a country-less duplicate.
    let mut foreign: Vec<(String, EntityKey, String)> = Vec::new();
    for caps in found {
        let Some(w) = caps[0] else { continue };
        // Whole eojeol only: no Latin or digits glued before.
        if w.begin > 0
            && ctx.chars[w.begin - 1].is_alphanumeric()
            && !is_hangul_syllable(ctx.chars[w.begin - 1])
        {
            continue;
        }
        let raw = ctx.slice(w);
        let (stem, _) = particles::strip_particle(&raw);
        let stem = stem.to_string();
        let n = stem.chars().count();
        let Some(suffix) = KO_SUFFIXES.iter().find(|s| stem.ends_with(*s)) else {
            continue;
        };
        // `…협의회` is also a consultation meeting (`실무협의회`): a council's name is
        // longer (`공공행정협의회`) or joint (`한-X …협의회`, checked below).
        let joint = super::ko_compounds::bilateral_word_before(&ctx.chars, w.begin).is_some();
        let min = match *suffix {
            "처" | "원" => 4,
            "협의회" if !joint => 6,
            _ => 3,
        };
        if n < min
            || KO_COMMON
                .iter()
                .any(|c| stem.ends_with(c) && (stem == *c || c.chars().count() >= 3))
            || KO_COMMON_HEADS.iter().any(|c| stem.ends_with(c))
        {
            continue;
        }
        let span = Span {
            begin: w.begin,
            end: w.begin + n,
        };
        if ctx.overlaps_found(span) {
            continue;
        }
        // A foreign country right before qualifies the body.
        let country = ctx
            .found
            .iter()
            .find(|m| {
                m.key.kind == EntityKind::Country
                    && m.span.end + 1 == span.begin
                    && m.key.slug != "kr"
            })
            .map(|m| (m.key.clone(), m.span));
        // `한-베트남 디지털협력위원회`: a bilateral prefix word names a joint body, not the
        // partner's own; lexicon words may stand between (`한-베트남 전자정부 협력위원회`).
        let subjects_from = words_before(ctx, span.begin, super::bodies::ko_subject_words);
        let bilateral =
            super::ko_compounds::bilateral_word_before(&ctx.chars, span.begin).or_else(|| {
                (subjects_from < span.begin)
                    .then(|| super::ko_compounds::bilateral_word_before(&ctx.chars, subjects_from))
                    .flatten()
            });
        // A foreign country's body named in lexicon words: its language-neutral key.
        let neutral = match (bilateral, &country) {
            (None, Some((k, _))) => ctx
                .label(out, k, Lang::En)
                .and_then(|c| super::bodies::ko_body_slug(&stem, &slugify(&c))),
            _ => None,
        };
        let known = foreign.iter().find(|(st, _, _)| *st == stem);
        let (label_ko, full_span, slug) = match (bilateral, &country) {
            (Some(b), _) => {
                let full = Span {
                    begin: b,
                    end: span.end,
                };
                let label = ctx.slice(full);
                let slug = home_key(ctx, &label).unwrap_or_else(|| {
                    slugify(
                        &label
                            .split([' ', '-', '–', '·', 'ㆍ'])
                            .map(romanize_word)
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                });
                (label, full, slug)
            }
            (None, Some((k, s))) => (
                format!("{} {stem}", ctx.slice(*s)),
                Span {
                    begin: s.begin,
                    end: span.end,
                },
                neutral
                    .clone()
                    .unwrap_or_else(|| format!("{}-{}", slugify(&romanize_word(&stem)), k.slug)),
            ),
            (None, None) if known.is_some() => {
                let (_, k, label) = known.cloned().expect("checked");
                (label, span, k.slug)
            }
            (None, None) => {
                // `대통령직속 정부혁신위원회`: a modifier word before is part of the name.
                let full = Span {
                    begin: words_before(ctx, span.begin, super::bodies::ko_modifier_words),
                    end: span.end,
                };
                match home_key(ctx, &ctx.slice(full)) {
                    Some(slug) => (ctx.slice(full), full, slug),
                    None => (stem.clone(), span, slugify(&romanize_word(&stem))),
                }
            }
        };
        let key = EntityKey::new(EntityKind::Organization, slug);
        if bilateral.is_none() && country.is_some() {
            foreign.push((stem.clone(), key.clone(), label_ko.clone()));
        }
        let mut e = entity_with(key.clone(), None, Some(&label_ko));
        if neutral.is_some() {
            mark_foreign_body(out, &mut e);
        }
        out.add_entity(e);
        out.mention(full_span, ctx.slice(full_span), key.clone());
        ctx.add_found(span, key);
    }
}

/// Where the run of whole words (space-separated, no particle) right before char
/// `begin` that `accept` takes starts; `begin` itself when the word before is not taken.
fn words_before(ctx: &Ctx, begin: usize, accept: fn(&str) -> bool) -> usize {
    let mut at = begin;
    while at >= 2 && ctx.chars[at - 1] == ' ' {
        let end = at - 1;
        let start = ctx.chars[..end]
            .iter()
            .rposition(|c| c.is_whitespace())
            .map_or(0, |i| i + 1);
        let word: String = ctx.chars[start..end].iter().collect();
        if start == end || !accept(&word) {
            break;
        }
        at = start;
    }
    at
}

/// The language-neutral key of a Korean body the gazetteer does not know, named
/// `name` in either language (`한-몽골 공공행정협의회`, `Korea-Mongolia Public
/// Administration Council`, `대통령직속 정부혁신위원회`), from its lexicon words
/// ([`super::bodies`]) and a bilateral pair opening it (`identity::country_pair`).
/// `None` when a word is not in the lexicon.
fn home_key(ctx: &Ctx, name: &str) -> Option<String> {
    let ko = name.chars().any(is_hangul_syllable);
    let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
    let pair = super::identity::country_pair(ctx, first, ko);
    let name = if pair.is_some() { rest } else { name };
    if ko {
        super::bodies::ko_home_body_slug(name, pair.as_deref())
    } else {
        super::bodies::en_home_body_slug(name, pair.as_deref())
    }
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[&EN_NAME, &EN_HEADED, &KO_WORD, &KO_PAREN_UNIT];

#[cfg(test)]
mod tests {
    use super::super::test_support::run;
    use crate::model::{EntityKind, Lang};

    /// (lang, text, expected org slugs found by rule, sorted).
    #[test]
    fn unknown_organizations() {
        for (lang, text, want) in [
            (
                "en",
                "Staff of the Ministry of Digital Affairs of Estonia met the National Data Agency.",
                vec![
                    "ministry-of-digital-affairs-estonia",
                    "national-data-agency",
                ],
            ),
            (
                "en",
                "The Ministry of the Interior thanked the Ministry.",
                vec![],
            ),
            (
                "en",
                "Members of the Open Water Data Alliance (OWDA) met the Coastal Towns Network.",
                vec!["coastal-towns-network", "open-water-data-alliance"],
            ),
            (
                "en",
                "On Arrival, Guests Visited The New Harbour Data Center.",
                vec![],
            ),
            (
                "en",
                "They signed the Korea-Chile Data Partnership.",
                vec![],
            ),
            (
                "en",
                "Experts from the Korea Local Research & Development Institute spoke.",
                vec!["korea-local-research-development-institute"],
            ),
            (
                "ko",
                "한국지역정보개발원과 국가기록원은 자료를 냈다.",
                vec!["gukgagirogwon", "hangukjiyeokjeongbogaebarwon"],
            ),
            ("ko", "공무원과 정부 관계자, 여러 부처가 참석했다.", vec![]),
            ("ko", "회견은 서울 프레스센터에서 열렸다.", vec![]),
            (
                "ko",
                "행정자치부(교육훈련과)가 맡는다.",
                vec!["gyoyukhunryeongwa-ministry-of-the-interior"],
            ),
            (
                "ko",
                "문의: 기록관리담당관실",
                vec!["girokgwanridamdanggwansil"],
            ),
            ("ko", "경제부처와 교육부처는 지원요청을 검토했다.", vec![]),
            (
                "ko",
                "에스토니아 경제통신부 장관이 왔다.",
                vec!["ministry-of-economy-and-communication-estonia"],
            ),
            (
                "ko",
                "에스토니아 행정자치부 차관이 왔다.",
                vec!["ministry-of-the-interior-estonia"],
            ),
            (
                "en",
                "Staff of the Ministry of Digital Affairs of Estonia Anna Kask spoke.",
                vec!["ministry-of-digital-affairs-estonia"],
            ),
            (
                "en",
                "Officials of Estonia's National Data Agency arrived.",
                vec!["national-data-agency-estonia"],
            ),
            (
                "en",
                "An Estonian Agency for Open Roads team arrived.",
                vec!["agency-for-open-roads-estonia"],
            ),
            (
                "en",
                "The Estonian side and the National Roads Agency met in Tallinn.",
                vec!["national-roads-agency-estonia"],
            ),
            (
                "en",
                "The Department of Roads and Chief Information Officer Anna Kask spoke.",
                vec!["department-of-roads"],
            ),
            (
                "en",
                "A team led by Director General for Road Safety Data Policy Bureau, MOIS, left.",
                vec![],
            ),
            (
                "en",
                "She met the Bureau of Maps.\nThe Bureau of Rivers replied.",
                vec!["bureau-of-maps", "bureau-of-rivers"],
            ),
            (
                "en",
                "The Ministry of the Interior said its Data Policy Bureau met.",
                vec!["data-policy-bureau-ministry-of-the-interior"],
            ),
            (
                "en",
                "An Estonian Ministry of the Interior team came.",
                vec!["ministry-of-the-interior-estonia"],
            ),
            (
                "en",
                "A Peruvian Ministry of the Interior team came.",
                vec!["ministry-of-the-interior-peru"],
            ),
            (
                "en",
                "The ROK-EU Data Council met.",
                vec!["republic-of-korea-eu-data-council"],
            ),
            (
                "en",
                "The Republic of Korea – EU Data Council met.",
                vec!["republic-of-korea-eu-data-council"],
            ),
            (
                "en",
                "The Open Data Cooperation Delegation left.",
                vec!["open-data-cooperation-delegation"],
            ),
            // The field of public administration is no body.
            (
                "en",
                "They agreed on cooperation in the Area of Public Administration.",
                vec![],
            ),
            (
                "en",
                "A report of the Division of Public Administration came.",
                vec![],
            ),
            (
                "en",
                "Talks on Open Channels for Public Service went on.",
                vec![],
            ),
            (
                "en",
                "The Public Procurement Service and the Public Service Agency met.",
                vec!["public-procurement-service", "public-service-agency"],
            ),
            // A body named again by the last words of its name is the same body.
            (
                "en",
                "The Korea-Peru Open Data Cooperation Delegation left. The Open Data Cooperation Delegation met Peru.",
                vec!["korea-peru-open-data-cooperation-delegation"],
            ),
            (
                "en",
                "The Korea Data Agency met. Later the Data Agency replied.",
                vec!["korea-data-agency"],
            ),
            // A bilateral prefix word names a joint body, not the partner's own.
            (
                "ko",
                "한-페루 데이터협력위원회는 회의를 열었다.",
                vec!["korea-peru-cooperation-and-data-commission"],
            ),
            (
                "ko",
                "한·에스토니아 데이터협력위원회가 출범했다.",
                vec!["korea-estonia-cooperation-and-data-commission"],
            ),
            // A short form after another body's possessive is that body's unit.
            (
                "en",
                "Experts of the World Bank's GovTech unit joined the talks.",
                vec!["govtech-world-bank"],
            ),
            (
                "ko",
                "세계은행의 GovTech 팀도 논의에 참여한다.",
                vec!["govtech-world-bank"],
            ),
            ("en", "Singapore's GovTech joined the talks.", vec![]),
            // A date after a name is no part of it.
            (
                "en",
                "The ministry will meet Peru's Data Government Division on May 23.",
                vec!["data-government-division-peru"],
            ),
            (
                "en",
                "It met the Data Integration Bureau on Monday.",
                vec!["data-integration-bureau"],
            ),
            // A foreign body spelt as a Korean body's name but for a plural -s is keyed on
            // the Korean body's spelling, as the Korean notice keys it.
            (
                "en",
                "Kenya's Ministry of Information and Communications hosted it.",
                vec!["ministry-of-information-and-communication-kenya"],
            ),
            (
                "ko",
                "케냐 정보통신부가 행사를 주최했다.",
                vec!["ministry-of-information-and-communication-kenya"],
            ),
            // A list of bodies: the unknown one ends before `and` and a known one.
            (
                "en",
                "Experts from the Tallinn Data Institute and Ministry of the Interior came.",
                vec!["tallinn-data-institute"],
            ),
        ] {
            let got = run(lang, text);
            let mut slugs: Vec<&str> = got
                .entities
                .iter()
                .filter(|e| e.key.kind == crate::model::EntityKind::Organization)
                .map(|e| e.key.slug.as_str())
                .collect();
            slugs.sort();
            assert_eq!(slugs, want, "{text}");
        }
    }

    /// (text, org label) — a body whose head noun comes first keeps its whole complement,
    /// though a head noun stands inside it (`… Public Administration and …`); sentences
    /// written for this test.
    #[test]
    fn head_first_bodies_keep_their_complement() {
        for (text, want) in [
            (
                "Officials met Estonia's Ministry of Public Administration and Rural \
                 Self-Government in Tallinn.",
                "Ministry of Public Administration and Rural Self-Government (Estonia)",
            ),
            (
                "Talks went on with the Danish Agency for Public Service and Regional Renewal.",
                "Agency for Public Service and Regional Renewal (Denmark)",
            ),
            (
                "A team from Peru's Presidency of the Council of Ministers arrived.",
                "Presidency of the Council of Ministers (Peru)",
            ),
        ] {
            let got = run("en", text);
            let labels: Vec<&str> = got
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Organization)
                .filter_map(|e| e.label(Lang::En))
                .collect();
            assert_eq!(labels, vec![want], "{text}");
        }
        // A field after a non-head word is still no body.
        let got = run(
            "en",
            "They shared Strategies for Public Administration widely.",
        );
        assert!(
            !got.entities
                .iter()
                .any(|e| e.key.kind == EntityKind::Organization),
            "{:#?}",
            got.entities
        );
    }

    /// A kind of government written as one word (`디지털정부`, `지방정부`) is no ministry
    /// (`…부`); sentences written for this test.
    #[test]
    fn kinds_of_government_are_no_ministries() {
        for text in [
            "양국은 디지털정부 분야에서 협력하기로 했다.",
            "지방정부 관계자들이 회의에 참석했다.",
        ] {
            let got = run("ko", text);
            assert!(
                !got.entities
                    .iter()
                    .any(|e| e.key.kind == EntityKind::Organization),
                "{text}: {:#?}",
                got.entities
            );
        }
    }
}
