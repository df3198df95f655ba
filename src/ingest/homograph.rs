//! Korean country names that are also common words (`수단` means, `오만` fifty
//! thousand, `인도` delivery, `가나` as in 가나다). Their gazetteer entries carry the flag
//! [`FLAG`]; a Hangul match of such an entry stands for the country only with country
//! context:
//!
//! - a country noun right after it (`수단 정부`, `인도 총리`, `오만 대사관`) or the
//!   particle `과의`/`와의` (`인도와의 협력`);
//! - a pair with Korea or another country (`한-인도`, `인도·한국`);
//! - a list with another country (`수단, 이집트`, `케냐와 수단`);
//! - a world region right before it (`아프리카 수단`, `중동의 오만`), or a glued place
//!   prefix (`주인도`).
//!
//! A counter or unit right after it (`오만 명`, `오만 원`) always rejects it; anything
//! else (`수단을 활용해`, `인도 방안`) is the common word.

use super::gazetteer::Match;
use crate::model::Span;

/// The gazetteer flag of an entity whose Korean label is also a common Korean word.
pub const FLAG: &str = "homograph_ko";

/// Nouns that, right after a country name, make it one (`정부`, `총리`).
const COUNTRY_NOUNS: &[&str] = &[
    "정부",
    "대사",
    "대통령",
    "총리",
    "수상",
    "국왕",
    "측",
    "국민",
    "외교",
    "외무",
    "정상",
    "대표단",
    "대표",
    "의회",
    "공화국",
    "왕국",
    "수도",
    "내무",
    "장관",
    "국적",
    "현지",
];

/// Counters and units that make a preceding `오만` a number (`오만 명`).
const COUNTERS: &[&str] = &[
    "명", "원", "건", "개", "달러", "톤", "가구", "여 명", "여명", "곳", "대", "회", "표", "km",
    "킬로", "마리", "권", "편", "번",
];

/// World regions that, right before a name, make it a country (`아프리카 수단`).
const REGIONS: &[&str] = &[
    "아프리카",
    "중동",
    "아시아",
    "걸프",
    "아라비아",
    "코카서스",
    "카프카스",
    "남미",
    "중남미",
    "아랍",
    "유럽",
    "서남아",
    "남아시아",
];

/// Characters (and words) that may stand between two countries of a list or a pair.
const LIST_GLUE: &[&str] = &[
    ",",
    "·",
    "、",
    "/",
    "-",
    "–",
    " ",
    "및",
    "와",
    "과",
    "그리고",
];

/// `true` if the match `m` of a homograph country in `chars` (the searched text, spans in
/// chars) has country context; `countries` are the spans of the other country matches in
/// the text (homographs excluded).
pub fn country_context(chars: &[char], m: &Match, countries: &[Span]) -> bool {
    let after: String = chars[m.span.end..].iter().take(12).collect();
    let before: String = {
        let start = m.span.begin.saturating_sub(12);
        chars[start..m.span.begin].iter().collect()
    };
    if followed_by_counter(&after) {
        return false;
    }
    followed_by_country_noun(&after)
        || pair_with_korea(&before, &after)
        || listed_with(chars, m.span, countries)
        || after_region(&before)
        || before
            .chars()
            .next_back()
            .is_some_and(super::particles::is_hangul)
}

/// `오만 명`, `오만원이`: a counter (after optional spaces) that ends the word or takes a
/// particle (`대표단` is no counter `대`).
fn followed_by_counter(after: &str) -> bool {
    let rest = after.trim_start();
    COUNTERS.iter().any(|c| {
        rest.strip_prefix(c).is_some_and(|tail| {
            tail.chars()
                .next()
                .is_none_or(|n| !super::particles::is_hangul(n) || COUNTER_PARTICLES.contains(&n))
        })
    })
}

/// First syllables of what may follow a counter (`명이`, `원을`, `명씩`, `여 명`).
const COUNTER_PARTICLES: &[char] = &[
    '이', '을', '를', '의', '에', '가', '은', '는', '도', '씩', '과', '와', '으', '로', '만', '여',
    '당',
];

/// `수단 정부`, `인도 총리`, `인도와의`: a country noun (after at most one space), or the
/// particle `과의`/`와의`.
fn followed_by_country_noun(after: &str) -> bool {
    if after.starts_with("과의") || after.starts_with("와의") {
        return true;
    }
    let rest = after.strip_prefix(' ').unwrap_or(after);
    COUNTRY_NOUNS.iter().any(|n| rest.starts_with(n))
}

/// `한-인도`, `한·인도`, `인도-한국`, `한국·인도`: a pair with Korea.
fn pair_with_korea(before: &str, after: &str) -> bool {
    let glued = |s: &str| ['-', '–', '·'].iter().any(|&c| s.starts_with(c));
    let before_pair = ['-', '–', '·']
        .iter()
        .any(|&c| before.ends_with(&format!("한{c}")) || before.ends_with(&format!("한국{c}")));
    let after_pair = glued(after) && {
        let rest: String = after.chars().skip(1).collect();
        rest.starts_with('한')
    };
    before_pair || after_pair
}

/// `true` if another country's span is separated from `span` only by list glue
/// (`,`, `·`, `및`, `와`, spaces), on either side.
fn listed_with(chars: &[char], span: Span, countries: &[Span]) -> bool {
    countries.iter().any(|c| {
        let gap = if c.end <= span.begin {
            (c.end, span.begin)
        } else if c.begin >= span.end {
            (span.end, c.begin)
        } else {
            return false;
        };
        gap.1 - gap.0 <= 6 && is_glue(&chars[gap.0..gap.1].iter().collect::<String>())
    })
}

/// `true` if `gap` is made only of list glue (and not empty).
fn is_glue(gap: &str) -> bool {
    let mut rest = gap;
    while !rest.is_empty() {
        match LIST_GLUE.iter().find(|g| rest.starts_with(**g)) {
            Some(g) => rest = &rest[g.len()..],
            None => return false,
        }
    }
    !gap.is_empty()
}

/// `아프리카 수단`, `중동의 오만`: a world region (optionally with `의`) right before.
fn after_region(before: &str) -> bool {
    let b = before.trim_end();
    let b = b.strip_suffix('의').unwrap_or(b).trim_end();
    before.ends_with(' ') && REGIONS.iter().any(|r| b.ends_with(r))
}

#[cfg(test)]
mod tests {
    use crate::ingest::gazetteer::Gazetteer;
    use crate::model::{EntityKind, Lang};

    /// The countries found in `text` (slugs, in text order).
    fn countries(text: &str) -> Vec<String> {
        Gazetteer::builtin()
            .find(text, Lang::Ko, None)
            .into_iter()
            .filter(|m| m.key.kind == EntityKind::Country)
            .map(|m| m.key.slug)
            .collect()
    }

    #[test]
    fn common_words_are_not_countries() {
        // Sentences written for this test.
        for text in [
            "다양한 수단을 활용해 주민 의견을 모은다.",
            "오만 명이 넘는 시민이 행사에 참여했다.",
            "예산 오만 원을 지원한다.",
            "오만명씩 참여했다.",
            "기술 이전과 인도 방안을 함께 논의했다.",
            "인도적 지원을 확대하기로 했다.",
            "가나다 순으로 정렬한 명단",
        ] {
            assert_eq!(countries(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn country_context_keeps_the_country() {
        // Sentences written for this test.
        let cases = [
            ("수단 정부 대표단이 서울을 찾았다.", vec!["sd"]),
            ("인도 총리가 회의에 참석했다.", vec!["in"]),
            ("한-인도 전자정부 협력 회의", vec!["in"]),
            ("인도와의 디지털 협력을 논의했다.", vec!["in"]),
            (
                "이집트, 수단, 케냐 대표가 참석했다.",
                vec!["eg", "sd", "ke"],
            ),
            ("중동의 오만은 전자정부를 추진 중이다.", vec!["om"]),
            ("서아프리카 가나 대표단", vec!["gh"]),
        ];
        for (text, want) in cases {
            assert_eq!(countries(text), want, "{text}");
        }
    }

    #[test]
    fn english_names_are_not_affected() {
        let found = Gazetteer::builtin().find("India and Oman signed a plan.", Lang::En, None);
        let slugs: Vec<_> = found.iter().map(|m| m.key.slug.as_str()).collect();
        assert_eq!(slugs, ["in", "om"]);
    }
}
