//! Event identity across notices and languages: one key per real-world event.
//!
//! Extraction names an event from one notice's words; two notices (or a Korean and an
//! English one) may name the same event differently. After roles are known (dates above
//! all), [`identity_key`] gives an event a key built from what identifies it rather than
//! from how the notice words it:
//! - an ordinal edition of a known series (`3rd <series>`, `제3회 <series>`) whose date
//!   is known is the edition of that year, `{series}-{year}` (the ordinal stays in the
//!   labels);
//! - an ordinal named event of a series the gazetteer does not know (`1st Korea-France
//!   Joint Seminar on e-Government`, `제1회 한-불 전자정부 세미나`) is keyed by a
//!   language-neutral series form ([`series_form_en`], [`series_form_ko`]) and its year,
//!   or its ordinal when undated; so is a named event without an ordinal, by the year
//!   in its name or of its date (`Global Digital Government Forum 2021`, `2021 세계
//!   디지털정부 포럼`; `Seminar on cloud computing` held in 2018, `클라우드 컴퓨팅
//!   세미나` of that year); a form of event head nouns alone (`Joint workshop` →
//!   `workshop`) tells nothing and keys nothing;
//! - a signing of a named document (`the Busan Declaration`, `부산선언문`) is keyed by the
//!   document's English name and its year, so that notices reporting it meet; unnamed
//!   signings keep their per-notice keys.
//!
//! A series form is the name's English words in the order a Korean name puts them:
//! Korean noun phrases are head-final, so the Korean words are translated one by one
//! ([`KO_NAME_WORDS`]) and kept in their order, and an English name is put in head-final
//! order: its country pair and series owner (an acronym such as `OECD`) first, then each
//! `HEAD on|of|for|in COMPLEMENT` turned into `COMPLEMENT HEAD`, list commas, `and`,
//! `joint` and articles dropped (`OECD World Forum on Statistics, Knowledge and Policy`
//! → `oecd-statistics-knowledge-policy-world-forum`). The key is readable, and the two
//! languages meet when the Korean name follows that order.
//!
//! Limits: each notice is keyed alone, so no sorted comparison can repair an order
//! mismatch afterwards. Names whose two languages order words freely still get two keys:
//! premodifiers other than the pair and owner stay beside the head in English (`Global
//! Forum on X` → `x-global-forum`) while a Korean name may put them first (`글로벌 X
//! 포럼` → `global-x-forum`); coordinated words keep each language's order (`X and Y`
//! vs `Y·X`); a Korean word outside the word list keeps the per-notice key.

use super::{Ctx, re};
use crate::model::{EntityKey, EntityKind, Event, EventKind, Lang};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

/// The lexicon of event and document name words (`data/lexicon/name_words.tsv`).
const NAME_WORDS_TSV: &str = include_str!("../../../data/lexicon/name_words.tsv");

/// Korean words of event and document names with their English forms: the name-word
/// lexicon (`ko TAB en`, `#` comments), then the Korean words of government body names
/// with their English name forms ([`super::bodies::ko_name_words`]), a Korean word in
/// both read as the name-word lexicon writes it. Compounds are split into these by
/// longest match (`전자정부세미나` → `e-Government Seminar`).
static KO_NAME_WORDS: LazyLock<Vec<(&'static str, String)>> = LazyLock::new(|| {
    let mut words: Vec<(&'static str, String)> = NAME_WORDS_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(ko, en)| (ko, en.to_string()))
        .collect();
    for (ko, en) in super::bodies::ko_name_words() {
        if !words.iter().any(|(k, _)| *k == ko) {
            words.push((ko, en));
        }
    }
    words
});

/// One-syllable Korean abbreviations of countries in bilateral names (`한-불`, `한·미`),
/// with their ISO 3166-1 codes (the gazetteer's country slugs). Only the unambiguous ones.
const KO_COUNTRY_ABBR: &[(&str, &str)] = &[
    ("한", "kr"),
    ("미", "us"),
    ("중", "cn"),
    ("일", "jp"),
    ("불", "fr"),
    ("독", "de"),
    ("영", "gb"),
    ("러", "ru"),
    ("호", "au"),
    ("캐", "ca"),
    ("몽", "mn"),
    ("베", "vn"),
    ("태", "th"),
    ("싱", "sg"),
    ("멕", "mx"),
];

/// English words left out of a series form: joint-ness, articles, `and` of lists and
/// prepositions do not tell one event from another (`Joint Seminar on X` = `X 세미나`).
const FORM_STOPWORDS: &[&str] = &["joint", "on", "of", "the", "for", "and", "in", "a", "an"];

/// English words that render one Korean word in event names, as the one the series form
/// keeps: `세계` and `국제` are written `World`, `Global` or `International` (`세계 …
/// 포럼` = `Global … Forum`, `국제포럼` = `Global Forum`); `장관회의` is a `Ministerial
/// Meeting` or a `Ministers' Conference` (`회의` is both a meeting and a conference); a
/// training programme is a `Training`, a `Course` or a `Training Course` (`연수`,
/// `연수과정`), one head repeated once.
const FORM_SYNONYMS: &[(&str, &str)] = &[
    ("training", "course"),
    ("global", "world"),
    ("international", "world"),
    ("ministers'", "ministerial"),
    ("ministers", "ministerial"),
    ("minister's", "ministerial"),
    ("conference", "meeting"),
];

/// English prepositions joining an event name's head to its complement (`Forum on X`,
/// `Meeting of X`, `Workshop for X`, `Seminar in X`), which Korean puts before the head.
const HEAD_PREPOSITIONS: &[&str] = &["on", "of", "for", "in"];

/// English head nouns of event names; a series form needs one.
const EVENT_HEADS: &[&str] = &[
    "meeting",
    "seminar",
    "forum",
    "workshop",
    "conference",
    "symposium",
    "summit",
    "dialogue",
    "roundtable",
    "committee",
    "council",
    "fair",
    "course",
    "assembly",
];

/// Generic document words: a signed document named only by them is unnamed.
const GENERIC_DOCUMENT_WORDS: &[&str] = &[
    "memorandum",
    "understanding",
    "mou",
    "agreement",
    "letter",
    "intent",
    "loi",
    "declaration",
    "charter",
    "statement",
    "communique",
    "communiqué",
    "joint",
    "partnership",
    "cooperation",
];

/// `1st `, `23rd `, `First ` at the start of an English name.
static EN_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?P<n>\d+)(?:st|nd|rd|th)|(?P<w>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)))\s+",
    )
});
/// `제1회 `, `제 3차 ` at the start of a Korean name.
static KO_ORDINAL: LazyLock<Regex> = LazyLock::new(|| re(r"^제\s?(?P<n>\d+)\s?[회차]\s*"));
/// A year written in a name (`2016`, `2016년`).
static NAME_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:19|20)\d{2}(?:년)?$"));
/// `Signing of (the) X` / `X 체결|서명|채택` labels of signings.
static SIGNING_EN: LazyLock<Regex> = LazyLock::new(|| re(r"^Signing of (?:the )?(?P<doc>.+)$"));
static SIGNING_KO: LazyLock<Regex> = LazyLock::new(|| re(r"^(?P<doc>.+?)\s*(?:체결|서명|채택)$"));

/// English ordinal words, for [`EN_ORDINAL`].
const ORDINAL_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// The cross-notice key of `ev`, when its identity is known better than by its notice's
/// wording (see the module docs); `None` keeps its key.
///
/// `bases` are the series bases of the notice's events ([`series_base`]), in order: an
/// event named only by an ordinal and a head noun (`제1차 포럼`, `the 3rd forum`) is an
/// edition of the last of them ending in that head noun.
pub(crate) fn identity_key(ctx: &Ctx, ev: &Event, bases: &[String]) -> Option<EntityKey> {
    let year = ev.start.map(|d| d.year());
    let slug = if ev.kind == EventKind::Signing {
        // A signing named by its parties (`Korea-X MOU`) has its key already, but the
        // same parties sign again over the years: the year (of the signing, else of the
        // notice reporting it) keeps two signings apart.
        // A memorandum or agreement (not a document with a name of its own) is known by
        // its parties and year: its descriptive words (`on e-government`, `for
        // Cooperation`) differ between the languages of one signing.
        if !ev.entity.key.slug.starts_with(ctx.notice.id.as_str()) {
            let slug = &ev.entity.key.slug;
            let core = if ev.named {
                slug.clone()
            } else {
                party_core(slug)
            };
            let new = party_signing_slug(&core, year.or(ctx.year())).unwrap_or(core);
            return (&new != slug).then(|| EntityKey::new(EntityKind::Event, new));
        }
        signing_slug(ctx, ev, year)?
    } else if let Some(series) = &ev.series {
        ordinal_prefix(ev.entity.label(Lang::En)?)?;
        format!("{}-{}", series.slug, year?)
    } else if ev.named {
        let (n, form, name_year) = match named_series_form(ctx, ev) {
            Some((n, form, y)) => (n, known_series_by_form(ctx, &form).unwrap_or(form), y),
            None => {
                let (n, head) = bare_ordinal(ev)?;
                let base = bases.iter().rev().find(|b| b.ends_with(&head))?;
                (Some(n), base.clone(), None)
            }
        };
        match (year.or(name_year), n) {
            (Some(y), _) => format!("{form}-{y}"),
            (None, Some(n)) => format!("{}-{form}", super::events::ordinal(n)),
            (None, None) => return None,
        }
    } else {
        return None;
    };
    let key = EntityKey::new(EntityKind::Event, slug);
    (key != ev.entity.key).then_some(key)
}

/// The series an event belongs to, as the base of its cross-notice key: its gazetteer
/// series, else the series form of its name ([`named_series_form`]), itself the
/// gazetteer series whose labels have that form ([`known_series_by_form`]).
pub(crate) fn series_base(ctx: &Ctx, ev: &Event) -> Option<String> {
    if let Some(series) = &ev.series {
        return Some(series.slug.clone());
    }
    if !ev.named {
        return None;
    }
    let (_, form, _) = named_series_form(ctx, ev)?;
    Some(known_series_by_form(ctx, &form).unwrap_or(form))
}

/// The gazetteer series (its slug) one of whose English or Korean labels has the series
/// form `form` (`제2차 정부3.0 국제포럼` → `government-3-0-world-forum` = the form of
/// `Government 3.0 Global Forum`).
fn known_series_by_form(ctx: &Ctx, form: &str) -> Option<String> {
    ctx.gaz
        .series_forms(|| all_series_forms(ctx))
        .iter()
        .find(|(f, _)| f == form)
        .map(|(_, slug)| slug.clone())
}

/// The (series form, slug) of every English and Korean label of every gazetteer series,
/// in gazetteer order (cached by [`crate::ingest::Gazetteer::series_forms`]).
fn all_series_forms(ctx: &Ctx) -> Vec<(String, String)> {
    let mut forms = Vec::new();
    for e in ctx
        .gaz
        .entities()
        .iter()
        .filter(|e| e.key.kind == EntityKind::Series)
    {
        for l in e.labels.iter().chain(&e.alt_labels) {
            let f = match l.lang.as_str() {
                "en" => series_form_en(ctx, &l.text),
                "ko" => series_form_ko(ctx, &l.text),
                _ => None,
            };
            if let Some((f, _)) = f {
                forms.push((f, e.key.slug.clone()));
            }
        }
    }
    forms
}

/// An event named only by an ordinal and an event head noun (`제1차 포럼`, `3rd forum`,
/// `the Second Meeting`): the ordinal and the head noun's English form (`forum`).
fn bare_ordinal(ev: &Event) -> Option<(u32, String)> {
    if let Some((n, rest)) = ev.entity.label(Lang::En).and_then(ordinal_prefix) {
        let head = rest.trim().to_lowercase();
        return EVENT_HEADS.contains(&head.as_str()).then_some((n, head));
    }
    let (n, rest) = ev.entity.label(Lang::Ko).and_then(ko_ordinal_prefix)?;
    let (_, en) = KO_NAME_WORDS.iter().find(|(ko, _)| *ko == rest.trim())?;
    let head = en.to_lowercase();
    EVENT_HEADS.contains(&head.as_str()).then_some((n, head))
}

/// The edition number written in `ev`'s English (`3rd …`) or Korean (`제3회 …`) label,
/// if any: two editions of different numbers are never merged into one key.
pub(crate) fn edition_number(ev: &Event) -> Option<u32> {
    let en = ev.entity.label(Lang::En).and_then(ordinal_prefix);
    let ko = ev.entity.label(Lang::Ko).and_then(ko_ordinal_prefix);
    en.or(ko).map(|(n, _)| n)
}

/// `1st Korea-France Seminar` → `(1, "Korea-France Seminar")`.
fn ordinal_prefix(label: &str) -> Option<(u32, &str)> {
    let c = EN_ORDINAL.captures(label)?;
    let n = match (c.name("n"), c.name("w")) {
        (Some(n), _) => n.as_str().parse().ok()?,
        (None, Some(w)) => {
            let w = w.as_str().to_lowercase();
            ORDINAL_WORDS.iter().position(|x| *x == w)? as u32 + 1
        }
        _ => return None,
    };
    Some((n, &label[c.get(0)?.end()..]))
}

/// `제 1회 한-불 세미나` → `(1, "한-불 세미나")`.
fn ko_ordinal_prefix(label: &str) -> Option<(u32, &str)> {
    let c = KO_ORDINAL.captures(label)?;
    let n = c.name("n")?.as_str().parse().ok()?;
    Some((n, &label[c.get(0)?.end()..]))
}

/// The edition number (if any), series form and year (if any) written in the name of a
/// named event (`3rd …`, `제3회 …`, `… Forum 2021`, `2021 … 포럼`, `Seminar on cloud
/// computing`): from its English label, else its Korean one.
fn named_series_form(ctx: &Ctx, ev: &Event) -> Option<(Option<u32>, String, Option<i32>)> {
    if let Some(en) = ev.entity.label(Lang::En) {
        let Some((n, rest)) = ordinal_prefix(en) else {
            let (form, year) = series_form_en(ctx, en)?;
            return Some((None, form, year));
        };
        // `First meeting of the X Council`: the body's counted meetings are its editions,
        // keyed as the Korean `제1차 X 협의회`.
        let rest = session_body_en(rest).unwrap_or(rest);
        // Another `First meeting of …` is a meeting, not a series name.
        let first = rest.split(' ').next()?;
        if !first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || EVENT_HEADS.contains(&first.to_lowercase().as_str())
        {
            return None;
        }
        let (form, year) = series_form_en(ctx, rest)?;
        return Some((Some(n), form, year));
    }
    let ko = ev.entity.label(Lang::Ko)?;
    let Some((n, rest)) = ko_ordinal_prefix(ko) else {
        let (form, year) = series_form_ko(ctx, ko)?;
        return Some((None, form, year));
    };
    let rest = session_body_ko(rest).unwrap_or(rest);
    // A series the gazetteer knows outranks a word-by-word form of the name.
    let (form, year) = series_of_series(ctx, rest).or_else(|| series_form_ko(ctx, rest))?;
    Some((Some(n), form, year))
}

/// The body's name in `meeting of the <body>` / `session of the <body>` when the body
/// meets in counted sessions (its name ends in `Committee`, `Council`, `Commission`).
fn session_body_en(rest: &str) -> Option<&str> {
    let body = [
        "meeting of the ",
        "session of the ",
        "meeting of ",
        "session of ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))?;
    let last = body.rsplit(' ').next()?.to_lowercase();
    ["committee", "council", "commission"]
        .contains(&last.as_str())
        .then_some(body)
}

/// The body's name in `<body> 회의` when the body is a committee or council
/// (`…위원회 회의`, `…협의회 회의`): its meetings are its editions.
fn session_body_ko(rest: &str) -> Option<&str> {
    let body = rest.strip_suffix("회의")?.trim_end();
    (body.ends_with("위원회") || body.ends_with("협의회")).then_some(body)
}

/// The two sides of a joint committee or council whose meeting `ev` is, from the pair
/// opening the body's name (`First meeting of the Korea-Peru Digital Government Joint
/// Committee`, `제1차 한-페루 디지털정부 공동위원회`): each side a country, region or
/// organization of the gazetteer (`Korea-EU`), in Korean also a one-syllable country
/// abbreviation (`한`). Empty for any other event.
pub(crate) fn joint_body_sides(ctx: &Ctx, ev: &Event) -> Vec<EntityKey> {
    let (name, ko) = match (ev.entity.label(Lang::En), ev.entity.label(Lang::Ko)) {
        (Some(en), _) => {
            let rest = ordinal_prefix(en).map_or(en, |(_, r)| r);
            (session_body_en(rest).unwrap_or(rest), false)
        }
        (None, Some(k)) => {
            let rest = ko_ordinal_prefix(k).map_or(k, |(_, r)| r);
            (session_body_ko(rest).unwrap_or(rest), true)
        }
        _ => return Vec::new(),
    };
    let joint = if ko {
        name.ends_with("위원회") || name.ends_with("협의회")
    } else {
        let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
        ["committee", "council", "commission"].contains(&last.as_str())
    };
    if !joint {
        return Vec::new();
    }
    let toks: Vec<&str> = name.split_whitespace().collect();
    (1..=toks.len().min(4))
        .rev()
        .find_map(|n| {
            let joined = toks[..n].join(" ");
            let (a, b) = joined.split_once(['-', '·', '–'])?;
            Some(vec![
                side_key(ctx, a.trim(), ko)?,
                side_key(ctx, b.trim(), ko)?,
            ])
        })
        .unwrap_or_default()
}

/// The entity one side of a joint body's name stands for: a country, region or
/// organization the gazetteer knows by that name, or in Korean a one-syllable country
/// abbreviation ([`KO_COUNTRY_ABBR`]).
fn side_key(ctx: &Ctx, part: &str, ko: bool) -> Option<EntityKey> {
    if ko && let Some((_, code)) = KO_COUNTRY_ABBR.iter().find(|(k, _)| *k == part) {
        return Some(EntityKey::new(EntityKind::Country, *code));
    }
    [
        EntityKind::Country,
        EntityKind::Region,
        EntityKind::Organization,
    ]
    .into_iter()
    .find_map(|k| ctx.gaz.lookup(part, Some(k), ctx.era()))
    .map(|e| e.key.clone())
}

/// A Korean name joining two known series, `<series A> <the rest of series B>` (`<fair>
/// 글로벌 포럼` = the Global Forum held at the fair): the series B its name has when one
/// word of series A is left out, as its slug, and the year written in the name. Only
/// when series A is named in it.
fn series_of_series(ctx: &Ctx, name: &str) -> Option<(String, Option<i32>)> {
    let mut year = None;
    let toks: Vec<&str> = name
        .split_whitespace()
        .filter(|t| {
            let y = NAME_YEAR.is_match(t);
            if y {
                year = t[..4].parse().ok();
            }
            !y
        })
        .collect();
    let inner = ctx
        .gaz
        .find(&toks.join(" "), Lang::Ko, ctx.era())
        .into_iter()
        .find(|m| m.key.kind == EntityKind::Series)?;
    (0..toks.len()).find_map(|i| {
        let mut rest = toks.clone();
        rest.remove(i);
        let outer = ctx
            .gaz
            .lookup(&rest.join(" "), Some(EntityKind::Series), ctx.era())?;
        (outer.key != inner.key).then(|| (outer.key.slug.clone(), year))
    })
}

/// The language-neutral form of an English series name without its ordinal, and the
/// year written in it: `Korea-France Joint Seminar on e-Government` →
/// `korea-france-e-government-seminar`, `OECD World Forum on Statistics, Knowledge and
/// Policy` → `oecd-statistics-knowledge-policy-world-forum`. Words are put in Korean
/// (head-final) order: a leading country pair and series owners (acronyms) first, then
/// the name with each `HEAD on|of|for|in COMPLEMENT` turned into `COMPLEMENT HEAD`
/// ([`head_final`]). `None` without an event head noun.
pub(crate) fn series_form_en(ctx: &Ctx, name: &str) -> Option<(String, Option<i32>)> {
    let mut owners: Vec<String> = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut pair = None;
    let mut year = None;
    let toks: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let mut skip = 0;
    if let Some((n, p)) = en_pair(ctx, &toks) {
        pair = Some(p);
        skip = n;
    }
    for &tok in &toks[skip..] {
        if NAME_YEAR.is_match(tok) {
            year = tok[..4].parse().ok();
            continue;
        }
        if words.is_empty() && is_acronym(tok) {
            owners.push(tok.to_lowercase());
            continue;
        }
        words.push(tok.to_lowercase());
    }
    owners.extend(head_final(&words));
    Some((series_form(pair, owners)?, year))
}

/// The bilateral pair opening an English name's tokens `toks` and how many tokens it
/// takes: a partner may be several words (`Korea-Central Asia`), the longest one the
/// gazetteer knows wins ([`country_pair`]).
fn en_pair(ctx: &Ctx, toks: &[&str]) -> Option<(usize, String)> {
    (1..=toks.len().min(3))
        .rev()
        .find_map(|n| country_pair(ctx, &toks[..n].join(" "), false).map(|p| (n, p)))
}

/// Whether an English name token is an acronym (`OECD`, `UN`, `G20`): two or more
/// characters, ASCII capitals and digits only, at least one capital.
fn is_acronym(tok: &str) -> bool {
    tok.chars().count() >= 2
        && tok.chars().any(|c| c.is_ascii_uppercase())
        && tok
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Puts lower-cased English name words in head-final order: at the first preposition of
/// [`HEAD_PREPOSITIONS`], `HEAD prep COMPLEMENT` becomes `COMPLEMENT HEAD`, the
/// complement reordered the same way (`workshop on skills for data` → `data skills
/// workshop`); the preposition is dropped. Words without a preposition keep their order.
fn head_final(words: &[String]) -> Vec<String> {
    match words
        .iter()
        .position(|w| HEAD_PREPOSITIONS.contains(&w.as_str()))
    {
        Some(i) => {
            let mut out = head_final(&words[i + 1..]);
            out.extend_from_slice(&words[..i]);
            out
        }
        None => words.to_vec(),
    }
}

/// The language-neutral form of a Korean series name without its ordinal (`한-불
/// 전자정부 세미나` → `korea-france-e-government-seminar`), when every word is known: a
/// bilateral country pair first, then words of [`KO_NAME_WORDS`] (compounds split by
/// longest match), Latin words and numbers, in the name's (head-final) order.
pub(crate) fn series_form_ko(ctx: &Ctx, name: &str) -> Option<(String, Option<i32>)> {
    let mut words: Vec<String> = Vec::new();
    let mut pair = None;
    let mut year = None;
    for (i, tok) in name.split_whitespace().enumerate() {
        if NAME_YEAR.is_match(tok) {
            year = tok[..4].parse().ok();
            continue;
        }
        if i == 0
            && let Some(p) = country_pair(ctx, tok, true)
        {
            pair = Some(p);
            continue;
        }
        words.extend(ko_word_en(ctx, tok)?);
    }
    Some((series_form(pair, words)?, year))
}

/// The English words of one Korean token: Latin words and numbers as they are (also
/// inside it: `정부3.0` → `Government`, `3.0`), else its split into [`KO_NAME_WORDS`] or
/// known places and regions (`부산선언문` → `Busan`, `Declaration`); `None` when some part
/// is unknown.
fn ko_word_en(ctx: &Ctx, tok: &str) -> Option<Vec<String>> {
    if tok
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '+')
    {
        return Some(vec![tok.to_lowercase()]);
    }
    let chars: Vec<char> = tok.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // A middle dot or hyphen joins two words (`아시아·태평양`).
        if matches!(chars[i], '·' | '-') {
            i += 1;
            continue;
        }
        // A Latin or numeric run inside the token (`정부3.0`) is a word as written.
        if chars[i].is_ascii_alphanumeric() {
            let j = (i..chars.len())
                .find(|&j| !(chars[j].is_ascii_alphanumeric() || chars[j] == '.'))
                .unwrap_or(chars.len());
            out.push(chars[i..j].iter().collect::<String>().to_lowercase());
            i = j;
            continue;
        }
        let mut found = None;
        for j in (i + 1..=chars.len()).rev() {
            let part: String = chars[i..j].iter().collect();
            if let Some((_, en)) = KO_NAME_WORDS.iter().find(|(ko, _)| *ko == part) {
                found = Some((j, en.to_string()));
                break;
            }
            if j - i >= 2
                && let Some(e) = [EntityKind::City, EntityKind::Country, EntityKind::Region]
                    .into_iter()
                    .find_map(|k| ctx.gaz.lookup(&part, Some(k), ctx.era()))
                && let Some(en) = e.label(Lang::En)
            {
                found = Some((j, en.to_string()));
                break;
            }
        }
        let (j, en) = found?;
        out.extend(en.split(' ').map(str::to_lowercase));
        i = j;
    }
    Some(out)
}

/// A bilateral pair written as one token (`Korea-France`, `한-불`, `한·프랑스`, `Korea-Africa`,
/// `한-중앙아시아`), as `korea-{partner}` style slugs of the two sides (`kr` is `korea`):
/// each side a country or a region of the gazetteer, named by its English label, so the
/// two languages meet on it.
pub(crate) fn country_pair(ctx: &Ctx, tok: &str, ko: bool) -> Option<String> {
    let (a, b) = tok.split_once(['-', '·', '–'])?;
    let code = |part: &str| -> Option<String> {
        let abbr = ko
            .then(|| KO_COUNTRY_ABBR.iter().find(|(k, _)| *k == part))
            .flatten()
            .map(|(_, c)| EntityKey::new(EntityKind::Country, *c));
        let key = abbr.or_else(|| {
            [EntityKind::Country, EntityKind::Region]
                .into_iter()
                .find_map(|k| ctx.gaz.lookup(part, Some(k), ctx.era()))
                .map(|e| e.key.clone())
        })?;
        Some(match key.slug.as_str() {
            "kr" => "korea".to_string(),
            _ => slugify(ctx.gaz.get(&key)?.label(Lang::En)?),
        })
    };
    Some(format!("{}-{}", code(a)?, code(b)?))
}

/// The words of a name that count in its form: stopwords left out ([`FORM_STOPWORDS`]),
/// synonyms as one word ([`FORM_SYNONYMS`]); order kept.
fn form_words(words: Vec<String>) -> impl Iterator<Item = String> {
    words
        .into_iter()
        .filter(|w| !FORM_STOPWORDS.contains(&w.as_str()))
        .map(
            |w| match FORM_SYNONYMS.iter().find(|(from, _)| *from == w) {
                Some((_, to)) => to.to_string(),
                None => w,
            },
        )
}

/// Joins a series form: the country pair, then `words` in their order (already
/// head-final), stopwords left out and synonyms one word ([`FORM_SYNONYMS`]), a word
/// repeated right after itself once. `None`
/// without an event head noun, or with nothing but head nouns and no country pair.
fn series_form(pair: Option<String>, words: Vec<String>) -> Option<String> {
    let words: Vec<String> = form_words(words).fold(Vec::new(), |mut acc: Vec<String>, w| {
        // `training course` → `course course` → `course`.
        if acc.last() != Some(&w) {
            acc.push(w);
        }
        acc
    });
    if !words.iter().any(|w| EVENT_HEADS.contains(&w.as_str())) {
        return None;
    }
    // `Joint workshop` → `workshop`: head nouns alone name no series.
    if pair.is_none() && words.iter().all(|w| EVENT_HEADS.contains(&w.as_str())) {
        return None;
    }
    let all: Vec<String> = pair.into_iter().chain(words).collect();
    let slug = slugify(&all.join(" "));
    (!slug.is_empty()).then_some(slug)
}

/// Head words of survey and index names (English, lower case) with the one a survey
/// form keeps: a ranking, survey, assessment or evaluation (`평가`, `순위`) is one
/// `ranking`, so that the Korean and English names of one survey meet; an index (`지수`)
/// stays an `index`.
const SURVEY_HEADS: &[(&str, &str)] = &[
    ("ranking", "ranking"),
    ("rankings", "ranking"),
    ("survey", "ranking"),
    ("assessment", "ranking"),
    ("evaluation", "ranking"),
    ("index", "index"),
];

/// The language-neutral slug of the name of a survey or index series the gazetteer does
/// not know (`Global Smart Government Ranking`, `세계 스마트정부 평가` → both
/// `world-smart-government-ranking`), without its year: the name's English words in
/// head-final order as for event series (see the module docs), its head a word of
/// [`SURVEY_HEADS`]. `None` when the head is missing, nothing but the head is left, or
/// (Korean) some word is outside the name-word lexicon.
pub(crate) fn survey_series_form(ctx: &Ctx, name: &str, lang: Lang) -> Option<String> {
    let words: Vec<String> = match lang {
        Lang::En => head_final(
            &name
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|t| !t.is_empty() && !NAME_YEAR.is_match(t))
                .map(str::to_lowercase)
                .collect::<Vec<_>>(),
        ),
        Lang::Ko => {
            let mut words = Vec::new();
            for tok in name.split_whitespace().filter(|t| !NAME_YEAR.is_match(t)) {
                words.extend(ko_word_en(ctx, tok)?.into_iter().map(|w| w.to_lowercase()));
            }
            words
        }
    };
    let mut words: Vec<String> = form_words(words).collect();
    let (_, head) = SURVEY_HEADS
        .iter()
        .find(|(h, _)| words.last().is_some_and(|w| w == h))?;
    words.pop();
    if words.is_empty() {
        return None;
    }
    words.push(head.to_string());
    let slug = slugify(&words.join(" "));
    (!slug.is_empty()).then_some(slug)
}

/// The key slug of a signing named by its parties (`korea-chile-mou`) with its `year`
/// appended (`korea-chile-mou-2019`); `None` when the year is unknown or already ends
/// the slug.
fn party_signing_slug(slug: &str, year: Option<i32>) -> Option<String> {
    let year = year?;
    let ends_with_year = slug
        .rsplit('-')
        .next()
        .is_some_and(|last| last.len() == 4 && last.bytes().all(|b| b.is_ascii_digit()));
    (!ends_with_year).then(|| format!("{slug}-{year}"))
}

/// The slug of a signing named by its parties cut after its document noun, a memorandum
/// written `mou` (`signing-of-the-korea-chile-memorandum-of-understanding-on-data` →
/// `signing-of-the-korea-chile-mou`); unchanged without a memorandum or agreement noun.
fn party_core(slug: &str) -> String {
    let toks: Vec<&str> = slug.split('-').collect();
    for (i, t) in toks.iter().enumerate().skip(3) {
        let memorandum = *t == "memorandum"
            && toks.get(i + 1) == Some(&"of")
            && toks.get(i + 2) == Some(&"understanding");
        if memorandum || matches!(*t, "mou" | "moc" | "agreement") {
            let noun = if memorandum { "mou" } else { t };
            let mut core: Vec<&str> = toks[..i].to_vec();
            core.push(noun);
            return core.join("-");
        }
    }
    slug.to_string()
}

/// The key slug of a signing of a named document: `signing-of-the-{document}[-{year}]`,
/// the document's English name taken from the English label or translated from the
/// Korean one. `None` for documents named only by generic words (`the MoU`).
fn signing_slug(ctx: &Ctx, ev: &Event, year: Option<i32>) -> Option<String> {
    let doc = match ev.entity.label(Lang::En) {
        Some(en) => {
            let doc = SIGNING_EN.captures(en)?.name("doc")?.as_str().to_string();
            let named = doc.split_whitespace().any(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && !GENERIC_DOCUMENT_WORDS.contains(&w.to_lowercase().as_str())
            });
            if !named {
                return None;
            }
            doc
        }
        None => {
            let ko = ev.entity.label(Lang::Ko)?;
            let doc = SIGNING_KO.captures(ko)?.name("doc")?.as_str().to_string();
            // Words of the clause before the name (`회의에서`) carry a particle.
            let toks: Vec<&str> = doc.split_whitespace().collect();
            let start = toks
                .iter()
                .rposition(|t| crate::ingest::particles::strip_particle(t).1.is_some())
                .map_or(0, |i| i + 1);
            let words: Vec<String> = toks[start..]
                .iter()
                .map(|t| match country_pair(ctx, t, true) {
                    Some(pair) => Some(vec![pair]),
                    None => ko_word_en(ctx, t),
                })
                .collect::<Option<Vec<_>>>()?
                .concat();
            if words
                .iter()
                .all(|w| GENERIC_DOCUMENT_WORDS.contains(&w.as_str()))
            {
                return None;
            }
            words.join(" ")
        }
    };
    let base = format!("signing-of-the-{}", slugify(&doc));
    Some(match year {
        Some(y) => format!("{base}-{y}"),
        None => base,
    })
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &EN_ORDINAL,
    &KO_ORDINAL,
    &NAME_YEAR,
    &SIGNING_EN,
    &SIGNING_KO,
];

#[cfg(test)]
mod tests {
    use super::super::test_support::{run, run_with_dates};
    use crate::model::{DateValue, EntityKind, EventKind, Lang};

    fn slugs(got: &super::super::Extracted) -> Vec<&str> {
        got.events
            .iter()
            .map(|e| e.entity.key.slug.as_str())
            .collect()
    }

    /// (lang, text, date anchor, key) — an ordinal named event of an unknown series gets
    /// the same key from its English and its Korean name: by year when dated, else by
    /// ordinal.
    #[test]
    fn ordinal_named_events_meet_across_languages() {
        let may = DateValue::Date(2016, 5, 3);
        for (lang, text, date, key) in [
            (
                "en",
                "The ministry held the 1st Korea-France Joint Seminar on e-Government in Seoul.",
                None,
                "1st-korea-france-e-government-seminar",
            ),
            (
                "ko",
                "정부는 서울에서 제1회 한-불 전자정부 세미나를 열었다.",
                None,
                "1st-korea-france-e-government-seminar",
            ),
            (
                "en",
                "On May 3, 2016 the ministry held the 1st Korea-France Joint Seminar on e-Government in Seoul.",
                Some("May 3, 2016"),
                "korea-france-e-government-seminar-2016",
            ),
            (
                "ko",
                "정부는 2016년 5월 3일 서울에서 제 1회 한-프랑스 전자정부 세미나를 열었다.",
                Some("2016년 5월 3일"),
                "korea-france-e-government-seminar-2016",
            ),
        ] {
            let dates: Vec<(&str, DateValue)> = date.into_iter().map(|d| (d, may)).collect();
            let got = run_with_dates(lang, text, &dates);
            assert!(slugs(&got).contains(&key), "{text}: {:?}", slugs(&got));
        }
    }

    /// A dated event named by its topic and noun, without ordinal or year in its name, is
    /// keyed by its series form and the year of its date in both languages; head nouns
    /// alone (`a joint workshop`) key nothing. Sentences written for this test.
    #[test]
    fn dated_named_events_meet_by_year() {
        let day = DateValue::Date(2018, 6, 3);
        for (lang, text, date, key) in [
            (
                "en",
                "On June 3, 2018 the ministry held a seminar on cloud computing in Hanoi.",
                "June 3, 2018",
                "cloud-computing-seminar-2018",
            ),
            (
                "ko",
                "정부는 2018년 6월 3일 하노이에서 클라우드 컴퓨팅 세미나를 개최했다.",
                "2018년 6월 3일",
                "cloud-computing-seminar-2018",
            ),
            (
                "en",
                "On June 3, 2018 the ministry held a joint workshop in Hanoi.",
                "June 3, 2018",
                "joint-workshop",
            ),
        ] {
            let got = run_with_dates(lang, text, &[(date, day)]);
            assert!(slugs(&got).contains(&key), "{text}: {:?}", slugs(&got));
        }
    }

    /// A Korean name of a known series in other words (`국제포럼` for `Global Forum`)
    /// meets the series by its form, and an edition named by ordinal and head noun alone
    /// (`제1차 포럼`) is an edition of the series the notice named. Sentences written for
    /// this test.
    #[test]
    fn series_met_by_form_and_bare_ordinals() {
        let got = run_with_dates(
            "ko",
            "정부는 2014년 서울에서 「제2차 공공데이터 국제포럼」을 열었다. 2013년 열린 제1차 포럼에도 많은 나라가 왔다.",
            &[
                ("2014년", DateValue::Year(2014)),
                ("2013년", DateValue::Year(2013)),
            ],
        );
        for key in ["open-data-global-forum-2014", "open-data-global-forum-2013"] {
            assert!(slugs(&got).contains(&key), "{key}: {:?}", slugs(&got));
        }
    }

    /// (English text, Korean text, key) — written in their own words: an English name
    /// put in head-final order (owner and country pair first, `HEAD on X` → `X HEAD`)
    /// meets the Korean name translated word by word in its order.
    #[test]
    fn head_final_forms_meet_across_languages() {
        for (en, ko, key) in [
            (
                "The agency hosted the 2nd Joint Workshop on Public Data in Seoul.",
                "정부는 서울에서 「제2회 공공데이터 워크숍」을 열었다.",
                "2nd-public-data-workshop",
            ),
            (
                "Officials met at the 1st Korea-Japan Forum on Digital Inclusion in Seoul.",
                "공무원들은 서울에서 열린 제1회 한-일 디지털 포용 포럼에 참석했다.",
                "1st-korea-japan-digital-inclusion-forum",
            ),
            (
                "Experts spoke at the 3rd UN Seminar on Government Data in Seoul.",
                "전문가들은 서울에서 열린 제3회 UN 정부 데이터 세미나에서 발표했다.",
                "3rd-un-government-data-seminar",
            ),
            (
                "The ministry will hold the 4th Korea-Africa Digital Government Forum in Seoul.",
                "정부는 서울에서 제4회 한-아프리카 디지털정부 포럼을 연다.",
                "4th-korea-africa-digital-government-forum",
            ),
            (
                "Officials will join the 2nd Korea-Central Asia Data Cooperation Meeting in Seoul.",
                "공무원들은 서울에서 열리는 제2차 한-중앙아시아 데이터 협력회의에 참석한다.",
                "2nd-korea-central-asia-data-cooperation-meeting",
            ),
            (
                "The ministry will host the Global Public Data Forum 2023 in Busan.",
                "정부는 부산에서 「2023 세계 공공데이터 포럼」을 개최한다.",
                "world-public-data-forum-2023",
            ),
            (
                "Ministers attended the 3rd Asia-Pacific e-Government Ministers' Conference in Tokyo.",
                "장관들은 도쿄에서 열린 제3차 아시아·태평양 전자정부 장관회의에 참석했다.",
                "3rd-asia-pacific-e-government-ministerial-meeting",
            ),
            (
                "Ministers attended the 2nd OECD Public Governance Ministerial Meeting in Paris.",
                "장관들은 파리에서 열린 제2차 OECD 공공거버넌스 각료회의에 참석했다.",
                "2nd-oecd-public-governance-ministerial-meeting",
            ),
            (
                "Ministers will attend the 3rd Central Asia e-Government Cooperation Forum in Seoul.",
                "장관들은 서울에서 열리는 제3차 중앙아시아 전자정부 협력포럼에 참석한다.",
                "3rd-central-asia-e-government-cooperation-forum",
            ),
        ] {
            for (lang, text) in [("en", en), ("ko", ko)] {
                let got = run(lang, text);
                assert!(slugs(&got).contains(&key), "{text}: {:?}", slugs(&got));
            }
        }
    }

    /// A training programme is one series whether named a `Training`, a `Course` or a
    /// `Training Course` (`연수`, `연수과정`), and `역량강화` is capacity building: the
    /// four names below, in this test's own words, get one key with the notice's year.
    #[test]
    fn training_courses_meet_across_languages() {
        let date = crate::model::DateValue::Date(2019, 3, 4);
        let key = "asia-public-data-capacity-building-course-2019";
        for (lang, text) in [
            (
                "en",
                "Thirty officials will join the Asia Public Data Capacity Building Course next month.",
            ),
            (
                "en",
                "Thirty officials will join the Asia Public Data Capacity Building Training Course next month.",
            ),
            (
                "ko",
                "공무원 30명이 다음 달 「아시아 공공데이터 역량강화 연수」에 참가한다.",
            ),
            (
                "ko",
                "공무원 30명이 다음 달 「아시아 공공데이터 역량강화 연수과정」에 참가한다.",
            ),
        ] {
            let got = crate::ingest::extract::test_support::run_dated(lang, date, text);
            assert!(slugs(&got).contains(&key), "{text}: {:?}", slugs(&got));
        }
    }

    /// (lang, text, key, edition) — a named event records the edition number its name
    /// states; an event named without one records none.
    #[test]
    fn edition_numbers_of_named_events() {
        for (lang, text, key, edition) in [
            (
                "en",
                "The agency hosted the 4th Korea-Japan Workshop on Public Data in Seoul.",
                "4th-korea-japan-public-data-workshop",
                Some(4),
            ),
            (
                "ko",
                "기관은 서울에서 제4회 한-일 공공데이터 워크숍을 열었다.",
                "4th-korea-japan-public-data-workshop",
                Some(4),
            ),
            (
                "en",
                "The agency hosted the Korea-Japan Workshop on Public Data in Seoul.",
                "korea-japan-workshop-on-public-data",
                None,
            ),
        ] {
            let got = run(lang, text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.key.slug == key)
                .unwrap_or_else(|| panic!("{text}: {:?}", slugs(&got)));
            assert_eq!(ev.edition, edition, "{text}");
        }
    }

    /// (words, head-final words) — `HEAD prep COMPLEMENT` → `COMPLEMENT HEAD`, nested
    /// complements reordered too; names without a preposition keep their order.
    #[test]
    fn head_final_reorders_prepositional_complements() {
        for (words, want) in [
            (
                "world forum on statistics knowledge and policy",
                "statistics knowledge and policy world forum",
            ),
            ("seminar on e-government", "e-government seminar"),
            (
                "workshop on skills for open data",
                "open data skills workshop",
            ),
            (
                "digital government conference",
                "digital government conference",
            ),
        ] {
            let words: Vec<String> = words.split(' ').map(String::from).collect();
            assert_eq!(super::head_final(&words).join(" "), want, "{words:?}");
        }
    }

    /// Series owners are acronyms: capitals and digits, at least two characters.
    #[test]
    fn acronyms_are_series_owners() {
        for (tok, want) in [
            ("OECD", true),
            ("G20", true),
            ("UN", true),
            ("World", false),
            ("e-Government", false),
            ("A", false),
            ("2018", false),
        ] {
            assert_eq!(super::is_acronym(tok), want, "{tok}");
        }
    }

    /// A Korean name joining two series (`<fair> 글로벌 포럼`) is the edition of the
    /// series its words name without the fair's own word.
    #[test]
    fn forum_of_a_fair_is_an_edition_of_the_forum() {
        let got = run(
            "ko",
            "정부는 서울에서 「제2회 공공데이터 박람회 글로벌 포럼 2019」를 열었다.",
        );
        assert!(
            slugs(&got).contains(&"open-data-global-forum-2019"),
            "{:?}",
            slugs(&got)
        );
    }

    /// A Korean name with a word outside the lexicon keeps its own key: the ordinal and
    /// the romanized name.
    #[test]
    fn unknown_korean_words_keep_the_name_key() {
        let got = run("ko", "정부는 서울에서 제1회 한-불 미식 세미나를 열었다.");
        assert!(
            slugs(&got).iter().any(|s| s.starts_with("1st-han-bul")),
            "{:?}",
            slugs(&got)
        );
    }

    /// (lang, text, date anchor, label) — a counted meeting of a joint committee, written
    /// `the first <committee>` or `제1차 <committee>`, is one event in both languages: the
    /// committee's edition of its year.
    #[test]
    fn counted_meetings_of_a_joint_committee_meet_across_languages() {
        let may = DateValue::YearMonth(2018, 5);
        for (lang, text, anchor, label) in [
            (
                "en",
                "The two ministries will hold the first Korea-Peru Digital Government Joint Committee in Lima in May 2018.",
                "May 2018",
                "First meeting of the Korea-Peru Digital Government Joint Committee",
            ),
            (
                "ko",
                "양국은 2018년 5월 리마에서 제1차 한-페루 디지털정부 공동위원회를 개최할 예정이다.",
                "2018년 5월",
                "제1차 한-페루 디지털정부 공동위원회",
            ),
        ] {
            let got = run_with_dates(lang, text, &[(anchor, may)]);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.key.slug == "korea-peru-digital-government-committee-2018")
                .unwrap_or_else(|| panic!("{text}: {:?}", slugs(&got)));
            let lang = if lang == "en" { Lang::En } else { Lang::Ko };
            assert_eq!(ev.entity.label(lang), Some(label));
            assert_eq!(ev.edition, Some(1), "{text}");
            // The committee's two sides take part.
            for side in ["kr", "pe"] {
                assert!(
                    ev.attendee.iter().any(|k| k.slug == side),
                    "{side}: {text}\n{ev:#?}"
                );
            }
        }
    }

    /// (lang, text) — a standing council named without a meeting is an organization, no
    /// event; its meeting held is one.
    #[test]
    fn standing_councils_are_bodies_their_meetings_events() {
        for (lang, text) in [
            (
                "en",
                "The ministry has worked with Peru through the Korea-Peru Public Administration Council.",
            ),
            (
                "ko",
                "행정안전부는 한-페루 공공행정협의회를 통해 페루와 협력해 왔다.",
            ),
        ] {
            let got = run(lang, text);
            assert!(got.events.is_empty(), "{text}: {:#?}", got.events);
            assert!(
                got.entities
                    .iter()
                    .any(|e| e.key.kind == EntityKind::Organization
                        && e.labels
                            .iter()
                            .any(|l| l.text.contains("Council") || l.text.contains("협의회"))),
                "{text}: {:#?}",
                got.entities
            );
        }
        let got = run("ko", "양국은 지난달 한-페루 공공행정협의회를 개최했다.");
        assert_eq!(got.events.len(), 1, "{:#?}", got.events);
    }

    /// Event names translate body words as body names do (one lexicon): `혁신`,
    /// `위원회` and `전자정부` come from the body lexicon; the name lexicon's lines are
    /// well formed and its Korean words unique.
    #[test]
    fn name_words_share_the_body_lexicon() {
        let en = |ko: &str| {
            super::KO_NAME_WORDS
                .iter()
                .find(|(k, _)| *k == ko)
                .map(|(_, e)| e.to_lowercase())
        };
        assert_eq!(en("혁신").as_deref(), Some("innovation"));
        assert_eq!(en("위원회").as_deref(), Some("committee"));
        assert_eq!(en("전자정부").as_deref(), Some("e-government"));
        assert_eq!(en("세미나").as_deref(), Some("seminar"));
        // The name lexicon's own form wins where names write a word otherwise.
        assert_eq!(en("인사").as_deref(), Some("hr"));
        let lines: Vec<&str> = super::NAME_WORDS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        assert!(
            lines.iter().all(|l| l.split('\t').count() == 2),
            "{lines:?}"
        );
        let mut kos: Vec<&str> = super::KO_NAME_WORDS.iter().map(|(k, _)| *k).collect();
        kos.sort_unstable();
        let n = kos.len();
        kos.dedup();
        assert_eq!(kos.len(), n);
    }

    /// A counted meeting of a joint committee whose name has lexicon words between the
    /// pair and the head (`한-페루 전자정부 협력위원회`) is one event in both languages, the
    /// English one written with a lowercase `meeting` after the body's name; the Korean
    /// body is the whole name, keyed as the English one.
    #[test]
    fn joint_committee_meetings_meet_across_languages() {
        let d = DateValue::Date(2019, 7, 9);
        let mut keys = Vec::new();
        for (lang, text, anchor) in [
            (
                "en",
                "The ministry held the 3rd Korea-Peru E-Government Cooperation Committee meeting in Lima on July 9.",
                "July 9",
            ),
            (
                "ko",
                "행정안전부는 7월 9일 리마에서 제3차 한-페루 전자정부 협력위원회 회의를 열었다.",
                "7월 9일",
            ),
        ] {
            let got = run_with_dates(lang, text, &[(anchor, d)]);
            assert_eq!(got.events.len(), 1, "{text}: {:#?}", got.events);
            keys.push(got.events[0].entity.key.slug.clone());
            assert!(
                got.entities
                    .iter()
                    .any(|e| e.key.slug == "korea-peru-e-government-and-cooperation-commission"),
                "{text}"
            );
        }
        assert_eq!(keys[0], keys[1]);
        assert_eq!(
            keys[0],
            "korea-peru-e-government-cooperation-committee-2019"
        );
    }

    /// (lang, text, date anchor) — a dated ordinal edition of a known series is the
    /// edition of its year; the ordinal stays in its label.
    #[test]
    fn dated_ordinal_edition_is_keyed_by_year() {
        let nov = DateValue::Date(2016, 11, 10);
        for (lang, text, anchor, label) in [
            (
                "en",
                "The 3rd Digital-5 Ministerial Meeting opened in Busan on November 10, 2016.",
                "November 10, 2016",
                "3rd Digital-5 Ministerial Meeting",
            ),
            (
                "ko",
                "2016년 11월 10일 부산에서 제3회 디지털-5 장관회의가 열렸다.",
                "2016년 11월 10일",
                "제3회 디지털-5 장관회의",
            ),
        ] {
            let got = run_with_dates(lang, text, &[(anchor, nov)]);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.key.slug == "digital-5-ministerial-meeting-2016")
                .unwrap_or_else(|| panic!("{text}: {:?}", slugs(&got)));
            let lang = if lang == "en" { Lang::En } else { Lang::Ko };
            assert_eq!(ev.entity.label(lang), Some(label));
            assert_eq!(ev.edition, Some(3), "{text}");
        }
    }

    /// (lang, text, key prefix) — a signing of a named document is keyed by the document
    /// in both languages; an unnamed one keeps its per-notice key.
    #[test]
    fn signings_keyed_by_named_document() {
        for (lang, text, key) in [
            (
                "en",
                "The ministers signed the Busan Declaration at the meeting.",
                "signing-of-the-busan-declaration",
            ),
            (
                "ko",
                "장관들은 회의에서 부산선언문을 채택했다.",
                "signing-of-the-busan-declaration",
            ),
            (
                "en",
                "The two ministries signed a memorandum of understanding.",
                "t1-",
            ),
        ] {
            let got = run(lang, text);
            assert!(
                got.events
                    .iter()
                    .any(|e| e.kind == EventKind::Signing && e.entity.key.slug.starts_with(key)),
                "{text}: {:#?}",
                got.events
            );
        }
    }

    /// A signing named by its parties carries its year, of the signing when dated, else of
    /// the notice (2017 in the test notice): the same parties' signings of two years stay
    /// apart.
    #[test]
    fn party_signings_keyed_by_year() {
        use crate::model::DateValue;
        let dated = "The ministry signed a Korea-Chile MOU in Seoul on 3 May 2019.";
        let got = super::super::test_support::run_with_dates(
            "en",
            dated,
            &[("3 May 2019", DateValue::Date(2019, 5, 3))],
        );
        let undated = run("en", "The ministry signed a Korea-Chile MOU in Seoul.");
        let key = |got: &super::super::Extracted| {
            got.events
                .iter()
                .find(|e| e.kind == EventKind::Signing)
                .map(|e| e.entity.key.slug.clone())
        };
        let (a, b) = (key(&got), key(&undated));
        assert!(a.as_deref().is_some_and(|k| k.ends_with("-2019")), "{a:?}");
        assert!(b.as_deref().is_some_and(|k| k.ends_with("-2017")), "{b:?}");
        assert_eq!(
            super::party_signing_slug("korea-chile-mou-2019", Some(2020)),
            None
        );
        assert_eq!(
            super::party_signing_slug("korea-chile-mou", Some(2020)).as_deref(),
            Some("korea-chile-mou-2020")
        );
        assert_eq!(super::party_signing_slug("korea-chile-mou", None), None);
    }

    /// A memorandum signed by the same parties gets one key in both languages, whatever
    /// descriptive words each language's notice gives it.
    #[test]
    fn party_memoranda_meet_across_languages() {
        let en = run_with_dates(
            "en",
            "The ministry signed a memorandum of understanding on e-government with Estonia in Tallinn on 3 May 2019.",
            &[("3 May 2019", DateValue::Date(2019, 5, 3))],
        );
        let ko = run_with_dates(
            "ko",
            "행정자치부는 2019년 5월 3일 탈린에서 에스토니아와 전자정부 협력 양해각서를 체결했다.",
            &[("2019년 5월 3일", DateValue::Date(2019, 5, 3))],
        );
        let key = |got: &super::super::Extracted| {
            got.events
                .iter()
                .find(|e| e.kind == EventKind::Signing)
                .map(|e| e.entity.key.slug.clone())
        };
        assert_eq!(
            key(&en).as_deref(),
            Some("signing-of-the-korea-estonia-mou-2019")
        );
        assert_eq!(key(&en), key(&ko));
        assert_eq!(
            super::party_core("signing-of-the-korea-chile-memorandum-of-understanding-on-data"),
            "signing-of-the-korea-chile-mou"
        );
        assert_eq!(
            super::party_core("signing-of-the-korea-chile-agreement-for-cooperation"),
            "signing-of-the-korea-chile-agreement"
        );
    }
}
