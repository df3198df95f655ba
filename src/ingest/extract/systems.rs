//! Named systems, plans and strategies the gazetteer does not know, found by the shape
//! of their names: topics of the notice.
//!
//! Korean: a noun phrase of one to three words whose last word ends in a system word
//! (`시스템`, `프레임워크`, `포털`/`포탈`, `플랫폼`, `마스터플랜`): `교통정보시스템`,
//! `전자정부 표준 프레임워크`, `공공데이터 포탈`. The phrase starts after punctuation, a word
//! with a particle or ending (`희망하는`), or a determiner (`이번`, `새로운`); a single
//! glued word needs at least three syllables before the system word (`전자시스템` is no
//! name). An acronym in parentheses right after it belongs to it (`…관리시스템(CAMS)`).
//!
//! English: a capitalised name ending in a plan or system word (`National Digital
//! Strategy`, `OECD Economic Outlook`, `… Policy Framework`, `… Initiative`, `… Data
//! Sharing Platform`, `… Portal`, `… System`) not followed by another
//! capitalised word; and a lowercase noun phrase of two or three words ending in `system`
//! (`national cyber security system`), not after `the`/`its`/`new`.
//!
//! The label is the phrase as written (Korean label for Korean text, English label for
//! English text); the key is the slug of the English text or of the romanized Korean.

use super::romanize::romanize_word;
use super::{Ctx, Out, entity_with, re};
use crate::ingest::particles;
use crate::model::{EntityKey, EntityKind, Lang, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

/// Korean words that end a system's name.
const KO_SYSTEM_WORDS: &[&str] = &[
    "시스템",
    "프레임워크",
    "포털",
    "포탈",
    "플랫폼",
    "마스터플랜",
];

/// Korean determiners and general words a name does not start with (demonstratives
/// `이`, `그`, `저` and `동`/`본` "the said, this" included: `이 플랫폼` names nothing).
pub(super) const KO_NOT_NAME_START: &[&str] = &[
    "이",
    "그",
    "저",
    "동",
    "본",
    "이번",
    "우리",
    "해당",
    "각",
    "기존",
    "새로운",
    "새",
    "주요",
    "관련",
    "다양한",
    "여러",
    "각국",
    "국내",
    "해외",
    "등",
];

/// A Korean word ending in a system word, with an optional acronym after it.
static KO_SYSTEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[가-힣A-Za-z]*(?:시스템|프레임워크|포털|포탈|플랫폼|마스터플랜)(?:\([A-Z][A-Za-z0-9-]{1,10}\))?",
    )
});

/// An English capitalised name ending in a plan word; group 1 is the name.
static EN_PLAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b((?:[A-Z][\w-]*\s){1,5}(?:Framework|Strategy|Initiative|Plan|Outlook|Agenda|Platform|Portal|System))\b(\s+[A-Z])?",
    )
});

/// An English lowercase noun phrase ending in `system`; group 1 is the phrase.
static EN_SYSTEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[,;:(]\s*|\d\)\s*|\b(?:and|or|a|an|of|for|on|with|to|in)\s)((?:[A-Za-z][\w-]*\s){2,3}system)\b",
    )
});

/// English words a name or phrase does not start with.
const EN_NOT_START: &[&str] = &[
    "The",
    "the",
    "This",
    "this",
    "These",
    "Its",
    "its",
    "Their",
    "their",
    "Our",
    "our",
    "new",
    "New",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "By",
    "With",
    "and",
    "or",
    "various",
    "each",
    "government",
    "e-government",
];

/// Capitalised words a plan's name does not start with (`New` may: `New York …`).
const EN_NOT_NAME_START: &[&str] = &[
    "The", "This", "These", "Its", "Their", "Our", "A", "An", "In", "On", "At", "For", "By", "With",
];

/// Finds named systems and plans; adds topics, mentions and found mentions.
pub(crate) fn extract(ctx: &mut Ctx, out: &mut Out) {
    let found: Vec<(Span, String, Option<String>)> = match ctx.lang() {
        Lang::Ko => korean(ctx),
        Lang::En => english(ctx),
    };
    add_topics(ctx, out, found);
}

/// Adds topics found by a rule: each `(span, label, alternative label)` (span in chars of
/// the notice text, label in the notice language) becomes the gazetteer topic of that
/// label, else a new topic slugged from the English label or the romanized Korean one,
/// with a mention and a found mention. A candidate is skipped where it overlaps a found
/// event, series or post, or lies inside a topic already found.
pub(super) fn add_topics(ctx: &mut Ctx, out: &mut Out, found: Vec<(Span, String, Option<String>)>) {
    for (span, label, alt) in found {
        if ctx.found.iter().any(|m| {
            m.span.begin < span.end
                && span.begin < m.span.end
                && matches!(
                    m.key.kind,
                    EntityKind::Event | EntityKind::Series | EntityKind::Post
                )
        }) || ctx.found.iter().any(|m| {
            m.key.kind == EntityKind::Topic && m.span.begin <= span.begin && span.end <= m.span.end
        }) {
            continue;
        }
        let known = ctx
            .gaz
            .lookup(&label, Some(EntityKind::Topic), None)
            .cloned();
        let key = match known {
            Some(e) => {
                let k = e.key.clone();
                out.add_entity(e);
                k
            }
            None => {
                let (en, ko, slug) = match ctx.lang() {
                    Lang::En => (Some(label.as_str()), None, slugify(&label)),
                    Lang::Ko => (None, Some(label.as_str()), slugify(&romanize_word(&label))),
                };
                if slug.is_empty() {
                    continue;
                }
                let k = EntityKey::new(EntityKind::Topic, slug);
                let mut e = entity_with(k.clone(), en, ko);
                if let Some(alt) = &alt {
                    e.alt_labels
                        .push(crate::model::Label::new(alt.as_str(), ctx.lang()));
                }
                out.add_entity(e);
                k
            }
        };
        out.mention(span, ctx.slice(span), key.clone());
        ctx.add_found(span, key);
    }
}

/// Korean system names: (span, label, label with the acronym).
fn korean(ctx: &Ctx) -> Vec<(Span, String, Option<String>)> {
    let mut v = Vec::new();
    for caps in ctx.find_all(&KO_SYSTEM) {
        let Some(m) = caps[0] else { continue };
        let text = ctx.slice(m);
        // The name must end the word (a particle may follow).
        let after = ctx.chars.get(m.end).copied();
        if after.is_some_and(particles::is_hangul_syllable) {
            let rest: String = ctx.chars[m.end..].iter().take(6).collect();
            let last = ctx.chars[m.end - 1];
            if particles::particle_after(last, &rest).is_none() {
                continue;
            }
        }
        if m.begin > 0 && ctx.chars[m.begin - 1].is_alphanumeric() {
            continue;
        }
        let (bare, acronym) = match text.split_once('(') {
            Some((b, _)) => (b.to_string(), Some(text.clone())),
            None => (text.clone(), None),
        };
        let head = KO_SYSTEM_WORDS
            .iter()
            .find(|w| bare.ends_with(*w))
            .copied()
            .unwrap_or_default();
        let glued = bare.chars().count() - head.chars().count();
        // Words before it, up to two, each plain (no particle or ending).
        let mut begin = m.begin;
        let mut words = 0;
        while words < 2 && begin > 1 && ctx.chars[begin - 1] == ' ' {
            let end = begin - 1;
            let mut b = end;
            while b > 0 && (ctx.chars[b - 1].is_alphanumeric() || ctx.chars[b - 1] == '-') {
                b -= 1;
            }
            if b == end {
                break;
            }
            let word = ctx.slice(Span { begin: b, end });
            if KO_NOT_NAME_START.contains(&word.as_str())
                || word.chars().all(|c| c.is_ascii_digit())
                || (word.chars().any(particles::is_hangul_syllable)
                    && particles::strip_particle(&word).1.is_some())
                || word.ends_with(['한', '된', '는', '적'])
            {
                break;
            }
            begin = b;
            words += 1;
        }
        if words == 0 && glued < 3 {
            continue;
        }
        let lead = ctx.slice(Span {
            begin,
            end: m.begin,
        });
        let label = format!("{lead}{bare}");
        let alt = acronym.map(|a| format!("{lead}{a}"));
        v.push((Span { begin, end: m.end }, label, alt));
    }
    v
}

/// English plan names and system phrases: (span, label, no alternative).
fn english(ctx: &Ctx) -> Vec<(Span, String, Option<String>)> {
    let mut v = Vec::new();
    for caps in ctx.find_all(&EN_PLAN) {
        let (Some(name), None) = (caps[1], caps[2]) else {
            continue;
        };
        if ctx.in_title_case(name) {
            continue;
        }
        if let Some(s) = trim_start(ctx, name, 2, EN_NOT_NAME_START) {
            v.push(s);
        }
    }
    for caps in ctx.find_all(&EN_SYSTEM) {
        let Some(phrase) = caps[1] else { continue };
        if let Some(s) = trim_start(ctx, phrase, 3, EN_NOT_START) {
            v.push(s);
        }
    }
    v
}

/// Drops leading words a name does not start with; `None` if fewer than `min` words
/// remain.
fn trim_start(
    ctx: &Ctx,
    span: Span,
    min: usize,
    stop: &[&str],
) -> Option<(Span, String, Option<String>)> {
    let text = ctx.slice(span);
    let mut begin = span.begin;
    let mut rest = text.as_str();
    while let Some((first, tail)) = rest.split_once(' ') {
        if !stop.contains(&first) {
            break;
        }
        begin += first.chars().count() + 1;
        rest = tail;
    }
    (rest.split_whitespace().count() >= min).then(|| {
        (
            Span {
                begin,
                end: span.end,
            },
            rest.to_string(),
            None,
        )
    })
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[&KO_SYSTEM, &EN_PLAN, &EN_SYSTEM];

#[cfg(test)]
mod tests {
    use super::super::test_support::run;
    use crate::model::{EntityKind, Lang};

    /// (lang, text, topic labels found by these rules) — one case a line.
    #[test]
    fn named_systems_and_plans() {
        for (lang, text, want) in [
            (
                "ko",
                "방문지는 도로안내시스템과 기록관이다.",
                vec!["도로안내시스템"],
            ),
            (
                "ko",
                "과제는 행정 표준 프레임워크 도입이다.",
                vec!["행정 표준 프레임워크"],
            ),
            (
                "ko",
                "라오스는 민원 포털, 우편관리시스템(PMS) 구축을 원했다.",
                vec!["민원 포털", "우편관리시스템"],
            ),
            (
                "ko",
                "협약은 교육 마스터플랜 사업을 돕는다.",
                vec!["교육 마스터플랜"],
            ),
            ("ko", "구축을 원하는 전자시스템을 물었다.", vec![]),
            ("ko", "이번 시스템은 새롭다.", vec![]),
            ("ko", "이 플랫폼은 새롭다.", vec![]),
            ("ko", "그 관리시스템은 새롭다.", vec![]),
            (
                "en",
                "They shared the Green Data Strategy with partners.",
                vec!["Green Data Strategy"],
            ),
            ("en", "It backs the Open Roads Plan Review.", vec![]),
            (
                "en",
                "The agency opened the River Data Sharing Platform in May.",
                vec!["River Data Sharing Platform"],
            ),
            ("en", "As Set Out In The Plan, roads will open.", vec![]),
            (
                "en",
                "The New Harbor Initiative began.",
                vec!["New Harbor Initiative"],
            ),
            (
                "en",
                "Topics: open data, and rural broadband registry system.",
                vec!["rural broadband registry system"],
            ),
            ("en", "They praised the e-government system.", vec![]),
        ] {
            let got = run(lang, text);
            let l = if lang == "ko" { Lang::Ko } else { Lang::En };
            let mut labels: Vec<&str> = got
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Topic)
                .filter_map(|e| e.label(l))
                .collect();
            labels.sort();
            let mut want = want;
            want.sort();
            assert_eq!(labels, want, "{text}");
        }
    }
}
