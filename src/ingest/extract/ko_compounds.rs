//! Korean event names written as one solid compound, without spaces
//! (`부산데이터협력포럼이`, `지방행정혁신회의를`): a Hangul word whose particle-stripped
//! stem has at least four syllables before a forum or meeting noun (`포럼`, `회의`,
//! `협의회`, `심포지엄`). Generic meetings (`관계부처회의`, `화상회의`, `정상회의`) are not
//! names: their stem ends in a word for the participants or the format.

use super::Ctx;
use super::re;
use super::romanize::is_hangul_syllable;
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
        // `한-인도네시아 데이터협력회의`: a bilateral prefix word is part of the name.
        let span = Span {
            begin: bilateral_word_before(&ctx.chars, word.begin).unwrap_or(word.begin),
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

/// Where a bilateral prefix word (`한-베트남`, `한·아세안`: Korea, a dash or middle dot,
/// the partner) begins when it stands right before char `begin` of `chars`, one space
/// apart: such a word starts the name of a joint body or meeting (`한-베트남
/// 디지털협력위원회`). `None` when the word before is anything else.
pub(crate) fn bilateral_word_before(chars: &[char], begin: usize) -> Option<usize> {
    if begin < 2 || chars[begin - 1] != ' ' {
        return None;
    }
    let end = begin - 1;
    let start = chars[..end]
        .iter()
        .rposition(|c| c.is_whitespace() || matches!(c, '(' | '「' | '『' | '\'' | '"'))
        .map_or(0, |i| i + 1);
    let word = &chars[start..end];
    let partner = word.get(2..).unwrap_or(&[]);
    (word.len() >= 3
        && word[0] == '한'
        && matches!(word[1], '-' | '–' | '·' | 'ㆍ')
        && partner
            .iter()
            .all(|c| is_hangul_syllable(*c) || c.is_ascii_alphabetic()))
    .then_some(start)
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

    /// (text, begin of the word before char 9 or `None`): only `한` + dash or middle dot +
    /// a partner is a bilateral prefix word.
    #[test]
    fn bilateral_words() {
        for (text, want) in [
            ("한-베트남 위원회", Some(0)),
            ("이번 한·아세안 회의", Some(3)),
            ("이번 한국의 회의", None),
            ("한-  회의", None),
        ] {
            let chars: Vec<char> = text.chars().collect();
            let at = chars.iter().rposition(|c| *c == ' ').unwrap() + 1;
            assert_eq!(bilateral_word_before(&chars, at), want, "{text}");
        }
    }

    #[test]
    fn compound_names_become_events() {
        // Sentences written for this test.
        let x = run("ko", "정부는 지난달 부산데이터협력포럼을 열었다.");
        assert_eq!(x.event_labels(Lang::Ko, None), ["부산데이터협력포럼"]);
        let x = run("ko", "정부는 관계부처회의를 열었다.");
        assert_eq!(x.event_labels(Lang::Ko, None), Vec::<&str>::new());
        // A bilateral prefix word before the compound is part of the name.
        let x = run("ko", "정부는 내일 한-페루 데이터협력회의를 연다.");
        assert_eq!(x.event_labels(Lang::Ko, None), ["한-페루 데이터협력회의"]);
        let x = run("ko", "정부는 내일 한·일 물류협력회의를 연다.");
        assert_eq!(x.event_labels(Lang::Ko, None), ["한·일 물류협력회의"]);
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
