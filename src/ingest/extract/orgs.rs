//! Organizations the gazetteer does not know, found by the shape of their names.
//!
//! English: a capitalised multi-word name whose head is an organization noun (`Ministry`,
//! `Agency`, `Institute`, `Bureau`, …), with `of`/`for`/`and`/`&` inside (`Ministry of
//! Communications and Informatization of Belarus` → label `Ministry of Communications and
//! Informatization (Belarus)`, the country put in parentheses as the gold convention does).
//! Korean: one word (particle stripped) of at least three syllables ending in an
//! organization suffix (`부`, `처`, `청`, `위원회`, `원`, `공단`, `공사`, `센터`, `재단`,
//! `협회`, `대학교`), not a common noun; a foreign country written right before it
//! qualifies it (`뉴질랜드 내무부`). Names already matched by the gazetteer are left
//! alone. Keys: the slug of the English name, or of the romanized Korean name.

use super::romanize::{is_hangul_syllable, romanize_word};
use super::{Ctx, Out, entity_with, re};
use crate::ingest::particles;
use crate::model::{EntityKey, EntityKind, Lang, Span};
use crate::rdf::iri::slugify;

/// English organization head nouns.
const EN_HEADS: &str = "Ministry|Agency|Service|Office|Committee|Commission|Council|Institute|Center|Centre|Bank|Organization|Organisation|Association|Foundation|University|Bureau|Department|Division|Group|Authority|Administration|Secretariat|Corporation|Academy|Archives";

/// Korean organization suffixes, longest first.
const KO_SUFFIXES: &[&str] = &[
    "대학교",
    "위원회",
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

/// Finds unknown organizations; adds entities, mentions and found mentions.
pub(crate) fn extract(ctx: &mut Ctx, out: &mut Out) {
    match ctx.lang() {
        Lang::En => english(ctx, out),
        Lang::Ko => korean(ctx, out),
    }
}

fn english(ctx: &mut Ctx, out: &mut Out) {
    let tok = r"(?:[A-Z][\w&'.-]*|e-[A-Z][\w-]*)";
    let pat = re(&format!(
        r"\b(?P<name>(?:{tok}\s+(?:(?:and|&|of|for|on)\s+)?){{0,5}}(?P<head>{EN_HEADS})(?:\s+(?:of|for|on)\s+(?:the\s+)?{tok}(?:\s+(?:(?:and|&|of|for|on)\s+)?{tok})*)?)\b"
    ));
    let found: Vec<_> = ctx.find_all(&pat);
    for caps in found {
        let (Some(mut span), Some(head)) = (caps[1], caps[2]) else {
            continue;
        };
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
        // `Director General of X Bureau`: the title is not part of the name.
        let text = ctx.slice(span);
        if let Some(i) = text.find(" of ")
            && super::titles::TITLES.iter().any(|t| {
                text[..i].ends_with(t.en) || t.en_variants.iter().any(|v| text[..i].ends_with(v))
            })
        {
            span.begin += text[..i + 4].chars().count();
        }
        if span.begin >= head.begin && head.end == span.end {
            continue; // the head noun alone
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
        let mut label = ctx.slice(span);
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
        let key = EntityKey::new(EntityKind::Organization, slugify(&label));
        if key.slug.is_empty() {
            continue;
        }
        out.add_entity(entity_with(key.clone(), Some(&label), None));
        out.mention(span, ctx.slice(span), key.clone());
        ctx.add_found(span, key);
    }
}

fn korean(ctx: &mut Ctx, out: &mut Out) {
    let word = re(r"[가-힣]{3,}");
    let found: Vec<_> = ctx.find_all(&word);
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
        let min = if *suffix == "처" || *suffix == "원" {
            4
        } else {
            3
        };
        if n < min
            || KO_COMMON
                .iter()
                .any(|c| stem.ends_with(c) && (stem == *c || c.chars().count() >= 3))
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
        let (label_ko, full_span, slug) = match &country {
            Some((k, s)) => (
                format!("{} {stem}", ctx.slice(*s)),
                Span {
                    begin: s.begin,
                    end: span.end,
                },
                format!("{}-{}", slugify(&romanize_word(&stem)), k.slug),
            ),
            None => (stem.clone(), span, slugify(&romanize_word(&stem))),
        };
        let key = EntityKey::new(EntityKind::Organization, slug);
        out.add_entity(entity_with(key.clone(), None, Some(&label_ko)));
        out.mention(full_span, ctx.slice(full_span), key.clone());
        ctx.add_found(span, key);
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::run;

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
                "Experts from the Korea Local Research & Development Institute spoke.",
                vec!["korea-local-research-development-institute"],
            ),
            (
                "ko",
                "한국지역정보개발원과 국가기록원은 자료를 냈다.",
                vec!["gukgagirogwon", "hangukjiyeokjeongbogaebarwon"],
            ),
            ("ko", "공무원과 정부 관계자, 여러 부처가 참석했다.", vec![]),
            (
                "ko",
                "에스토니아 경제통신부 장관이 왔다.",
                vec!["gyeongjetongsinbu-ee"],
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
}
