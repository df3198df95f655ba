//! Korean event names written as one solid compound, without spaces
//! (`부산데이터협력포럼이`, `지방행정혁신회의를`): a Hangul word whose particle-stripped
//! stem has at least four syllables before a forum or meeting noun (`포럼`, `회의`,
//! `협의회`, `심포지엄`). Generic meetings (`관계부처회의`, `화상회의`, `정상회의`) are not
//! names: their stem ends in a word for the participants or the format.

use super::Ctx;
use super::re;
use crate::ingest::particles;
use crate::model::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A solid Hangul word (at least six syllables) that may end in a particle.
static KO_SOLID_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"[가-힣]{6,}"));

/// The event nouns a solid compound name ends in, longest first.
const HEADS: &[&str] = &["심포지엄", "협의회", "포럼", "회의"];

/// Stem endings of generic meetings (who meets or how), not names.
const GENERIC_STEM_ENDS: &[&str] = &[
    "부처",
    "장관",
    "차관",
    "실무",
    "정례",
    "고위",
    "확대",
    "관계",
    "화상",
    "영상",
    "정상",
    "국무",
    "대책",
    "전문가",
    "간부",
    "기관장",
    "실국장",
    "비상",
    "긴급",
    "점검",
    "위원",
];

/// The spans (chars, particle excluded) of solid compound event names in the text of
/// `ctx` that no gazetteer match covers.
pub(crate) fn solid_event_names(ctx: &Ctx) -> Vec<Span> {
    let mut out = Vec::new();
    for caps in ctx.find_all(&KO_SOLID_WORD) {
        let Some(word) = caps[0] else { continue };
        let text = ctx.slice(word);
        let Some(stem_len) = name_len(&text) else {
            continue;
        };
        let span = Span {
            begin: word.begin,
            end: word.begin + stem_len,
        };
        let covered = ctx
            .found
            .iter()
            .any(|m| m.span.begin <= span.begin && span.end <= m.span.end);
        if !covered {
            out.push(span);
        }
    }
    out
}

/// The length in chars of the name in the solid word `word` (its particle stripped),
/// when it is a compound event name; `None` otherwise.
fn name_len(word: &str) -> Option<usize> {
    // `…회의` ends in `의`, which is also a particle: the bare word is tried first.
    let bare = HEADS
        .iter()
        .find(|h| word.ends_with(**h))
        .map(|h| (word, h));
    let (stem, head) = bare.or_else(|| {
        let (stem, _) = particles::strip_particle(word);
        HEADS
            .iter()
            .find(|h| stem.ends_with(**h))
            .map(|h| (stem, h))
    })?;
    let modifier = &stem[..stem.len() - head.len()];
    let generic = GENERIC_STEM_ENDS.iter().any(|g| modifier.ends_with(g));
    (modifier.chars().count() >= 4 && !generic).then(|| stem.chars().count())
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[&KO_SOLID_WORD];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::run;
    use crate::model::Lang;

    #[test]
    fn compound_names_become_events() {
        // Sentences written for this test.
        let x = run("ko", "정부는 지난달 부산데이터협력포럼을 열었다.");
        assert_eq!(x.event_labels(Lang::Ko, None), ["부산데이터협력포럼"]);
        let x = run("ko", "정부는 관계부처회의를 열었다.");
        assert_eq!(x.event_labels(Lang::Ko, None), Vec::<&str>::new());
    }

    #[test]
    fn compound_names_are_read_with_their_particle_stripped() {
        // Words written for this test.
        for (word, want) in [
            ("서울디지털혁신포럼이", Some(9)),
            ("전자정부협력포럼도", Some(8)),
            ("전자정부추진회의를", Some(8)),
            ("국가정보화전략회의를", Some(9)),
            ("아시아전자정부협력포럼", Some(11)),
            ("관계부처회의를", None),
            ("지방행정혁신회의", Some(8)),
            ("긴급대책회의", None),
            ("부산광역시청사", None),
        ] {
            assert_eq!(name_len(word), want, "{word}");
        }
    }
}
