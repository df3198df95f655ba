//! Officials and their posts: a title next to a name (`Minister Hong Yun-sik`, `Chung Yoon
//! Kee, Director General of …`, `홍윤식 장관`, `행정자치부(장관 홍윤식)`, `앙헬 구리아 OECD
//! 사무총장`, `케르스티 칼률라이드(Kersti Kaljulaid) 대통령`), the organization (or state)
//! of the title — stated next to it, else the nearest preceding organization in the
//! sentence — and the post that title and organization make (the gazetteer's post when
//! it has one, else a minted `post/{slug of "Title of Org"}`).
//!
//! This module owns the [`extract`] entry point, which joins the names found in each
//! language to persons and posts, the helpers its submodules share (the owner of a
//! title, demonyms, a label's full stop) and the later mentions of a found name. Each
//! submodule has one job:
//! - [`english`]: names next to English titles (`Title Name`, `Name, Title of Org`,
//!   `Mr. Name`, titles chained by `and`);
//! - [`korean`]: names next to Korean title forms (`이름 장관`, `기관(장관 이름)`, foreign
//!   names in Hangul with their Latin form);
//! - [`resolve`]: a name to a person key (gazetteer, romanization, small slips);
//! - [`posts`]: a title and an owner to a post (gazetteer or minted), offices written
//!   as free words, Korean office words, group and foreign minister posts, one post per
//!   office.
//!
//! Persons known to the gazetteer keep their key; unknown English names are slugged as
//! written (Korean-order names normalised: `Kim Boo Kyum` → `Kim Boo-kyum`); unknown
//! Korean names are romanized ([`super::romanize::romanize_name`]), and a romanization
//! that is a gazetteer person's alias resolves to that person. The key of an unknown
//! Korean person is canonical, whichever spelling the text used: the family name's one
//! customary spelling and the given name in Revised Romanization
//! ([`super::romanize::canonical_korean_name`]: `Park Ji-sung`, `박지성` →
//! `person/park-ji-seong`); labels keep the text's spelling. Later occurrences of a
//! found name (full, or the family name after a title) become mentions too
//! ([`repeat_mentions`]). A free-text office (`X, Minister for Open Roads`) is qualified
//! by its foreign owner written before it in the sentence (`the French delegation …` →
//! `Minister for Open Roads (France)`); Korean offices stay unqualified; a state office
//! of a foreign minister belongs to the ministry's state.

mod english;
mod korean;
mod posts;
mod resolve;

use super::romanize::is_hangul_syllable;
use super::titles::{self, Title};
use super::{Ctx, Out, entity_with};
use crate::model::{EntityKey, EntityKind, Lang, Span};
use english::{english, untitled_korean_names};
use korean::korean;
use posts::{
    foreign_minister_posts, foreign_ministry, group_posts_en, holderless_posts_ko, korean_offices,
    mint_office, one_post_per_office, resolve_post,
};
use resolve::resolve_person;

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

/// Romanized Korean family names that mark a Korean-order English name.
const EN_KOREAN_FAMILY: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
    "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon",
    "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo",
    "Min", "Ryu", "Na", "Jin", "Chin", "Ji", "Maeng", "Yu", "Rhee", "Byun", "Hyun",
];

/// `true` if the English person name at `name` (chars) may be read: it is outside
/// title case, or in title case begins with a gazetteer person, to which it is then cut
/// (`Minister Kim Boo-kyum Attends Opening`: only the known name is a name there).
fn name_outside_title_case(ctx: &Ctx, name: &mut Span) -> bool {
    if !ctx.in_title_case(*name) {
        return true;
    }
    let known = ctx.found.iter().find(|m| {
        m.key.kind == EntityKind::Person && m.span.begin == name.begin && m.span.end <= name.end
    });
    match known {
        Some(m) => {
            *name = m.span;
            true
        }
        None => false,
    }
}

/// Finds persons and posts; adds entities, mentions, holdings and found mentions.
pub(crate) fn extract(ctx: &mut Ctx, out: &mut Out) {
    if ctx.lang() == Lang::En {
        foreign_minister_posts(ctx, out);
    }
    let mut found = english(ctx);
    found.retain_mut(|f| name_outside_title_case(ctx, &mut f.name));
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
    } else {
        untitled_korean_names(ctx, out, &mut persons);
    }
    repeat_mentions(ctx, out);
    if ctx.lang() == Lang::Ko {
        holderless_posts_ko(ctx, out);
    } else {
        group_posts_en(ctx, out);
    }
    one_post_per_office(ctx, out);
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

/// Titles of a ministry's head or deputy: used bare (`Minister Kim`, `김 장관은`), they
/// are the post of the ministry the paragraph is about.
const MINISTERIAL_TITLES: &[&str] = &["Minister", "Vice Minister"];

/// [`nearest_org`], else — for a bare ministerial title ([`MINISTERIAL_TITLES`]) — the
/// ministry of the paragraph ([`paragraph_ministry`]). `pos` is a char offset.
fn owner_of_title(ctx: &Ctx, sentence: Span, pos: usize, title: &Title) -> Option<EntityKey> {
    nearest_org(ctx, sentence, pos, title.of_state).or_else(|| {
        MINISTERIAL_TITLES
            .contains(&title.en)
            .then(|| paragraph_ministry(ctx, pos))
            .flatten()
    })
}

/// The nearest ministry (an organization keyed `ministry-…`) named before `pos` (a char
/// offset) in the same paragraph (text after the last blank line), if any.
fn paragraph_ministry(ctx: &Ctx, pos: usize) -> Option<EntityKey> {
    let chars = &ctx.chars;
    let start = (1..pos.min(chars.len()))
        .rev()
        .find(|&i| chars[i] == '\n' && chars[i - 1] == '\n')
        .unwrap_or(0);
    ctx.found_in(
        Span {
            begin: start,
            end: pos,
        },
        &[EntityKind::Organization],
    )
    .iter()
    .rev()
    .find(|m| m.key.slug.starts_with("ministry-"))
    .map(|m| m.key.clone())
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

/// Every pattern of the submodules, for the test that compiles them all.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static std::sync::LazyLock<regex::Regex>> {
    [english::PATTERNS, posts::PATTERNS].concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::run;

    #[test]
    fn title_case_headlines_give_no_new_person_names() {
        // A headline written for this test: `Attends Closing` is no part of a name.
        let x = run(
            "en",
            "Minister Park Min-ho Attends Closing Session Of Data Expo\n\nThe minister spoke.",
        );
        let persons: Vec<&str> = x
            .entities
            .iter()
            .filter(|e| e.key.kind == EntityKind::Person)
            .map(|e| e.key.slug.as_str())
            .collect();
        assert_eq!(persons, Vec::<&str>::new());
        let x = run("en", "Minister Park Min-ho attends the closing session.");
        assert!(x.entities.iter().any(|e| e.key.slug == "park-min-ho"));
    }

    /// A bare ministerial title takes the ministry named before it in the paragraph,
    /// in both languages; not one of another paragraph.
    #[test]
    fn bare_minister_title_is_the_paragraph_ministry() {
        for (lang, text, holds) in [
            (
                "en",
                "The Ministry of the Interior opened a centre. Minister Kim Boo-kyum welcomed them.",
                true,
            ),
            (
                "ko",
                "행정자치부는 센터를 열었다. 김부겸 장관은 손님을 맞았다.",
                true,
            ),
            (
                "ko",
                "행정자치부는 센터를 열었다.\n\n김부겸 장관은 손님을 맞았다.",
                false,
            ),
        ] {
            let got = run(lang, text);
            let found = got
                .holdings
                .iter()
                .any(|h| h.post.to_string() == "post/minister-of-the-interior");
            assert_eq!(found, holds, "{text}: {:#?}", got.holdings);
        }
    }

    /// (language, text, person key, post key or "") — one case per line.
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
                "person/kim-bu-gyeom",
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
}
