//! Korean particles (josa, 조사): recognising and stripping them from the end of a word.
//!
//! Korean writes case and topic markers glued to the noun (`한국은`, `탈린에서`,
//! `OECD의`), so a surface form found in text must be separated from its particle before
//! it can be looked up, and the search box must strip it too (`한국은` finds 한국). Without
//! a dictionary this is guesswork, so the rules are conservative: the stem must keep at
//! least two characters, and a particle whose form depends on the final consonant of the
//! stem (은/는, 이/가, 을/를, 과/와, 으로/로) is only stripped when it fits the stem
//! (`베트남은`, `프랑스는`, not `한국는`).

/// Particles and particle sequences, longest first so that the longest one wins.
/// Each entry says which stems it may follow (see [`Attach`]).
const PARTICLES: &[(&str, Attach)] = &[
    ("에서부터", Attach::Any),
    ("으로부터", Attach::Consonant),
    ("으로서는", Attach::Consonant),
    ("에서는", Attach::Any),
    ("에서의", Attach::Any),
    ("에서도", Attach::Any),
    ("에게는", Attach::Any),
    ("으로는", Attach::Consonant),
    ("으로의", Attach::Consonant),
    ("으로서", Attach::Consonant),
    ("으로써", Attach::Consonant),
    ("까지는", Attach::Any),
    ("부터는", Attach::Any),
    ("로부터", Attach::VowelOrRieul),
    ("이라는", Attach::Consonant),
    ("에서", Attach::Any),
    ("에게", Attach::Any),
    ("께서", Attach::Any),
    ("까지", Attach::Any),
    ("부터", Attach::Any),
    ("으로", Attach::Consonant),
    ("에는", Attach::Any),
    ("에도", Attach::Any),
    ("에의", Attach::Any),
    ("와의", Attach::Vowel),
    ("과의", Attach::Consonant),
    ("와는", Attach::Vowel),
    ("과는", Attach::Consonant),
    ("로는", Attach::VowelOrRieul),
    ("로의", Attach::VowelOrRieul),
    ("로서", Attach::VowelOrRieul),
    ("로써", Attach::VowelOrRieul),
    ("이나", Attach::Consonant),
    ("이며", Attach::Consonant),
    ("이고", Attach::Consonant),
    ("이다", Attach::Consonant),
    ("라는", Attach::Vowel),
    ("처럼", Attach::Any),
    ("보다", Attach::Any),
    ("마다", Attach::Any),
    ("조차", Attach::Any),
    ("은", Attach::Consonant),
    ("는", Attach::Vowel),
    ("이", Attach::Consonant),
    ("가", Attach::Vowel),
    ("을", Attach::Consonant),
    ("를", Attach::Vowel),
    ("의", Attach::Any),
    ("에", Attach::Any),
    ("와", Attach::Vowel),
    ("과", Attach::Consonant),
    ("로", Attach::VowelOrRieul),
    ("도", Attach::Any),
    ("만", Attach::Any),
    ("나", Attach::Vowel),
    ("서", Attach::Any),
    ("께", Attach::Any),
];

/// Which stems a particle may follow, by the stem's last syllable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attach {
    /// Any stem.
    Any,
    /// A stem ending in a consonant (batchim): 은, 이, 을, 과, 으로.
    Consonant,
    /// A stem ending in a vowel: 는, 가, 를, 와.
    Vowel,
    /// A stem ending in a vowel or in ㄹ: 로.
    VowelOrRieul,
}

/// What the last character of a stem ends in, for particle agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Final {
    /// A Hangul syllable without final consonant.
    Vowel,
    /// A Hangul syllable with final ㄹ.
    Rieul,
    /// A Hangul syllable with another final consonant.
    Consonant,
    /// Not a Hangul syllable (Latin acronym, digit): either form is seen in practice
    /// (`OECD는`, `OECD의`, `UN은`), so anything goes.
    Unknown,
}

fn final_of(c: char) -> Final {
    let code = c as u32;
    if !(0xAC00..=0xD7A3).contains(&code) {
        return Final::Unknown;
    }
    match (code - 0xAC00) % 28 {
        0 => Final::Vowel,
        8 => Final::Rieul,
        _ => Final::Consonant,
    }
}

impl Attach {
    fn fits(self, last: char) -> bool {
        match (self, final_of(last)) {
            (Attach::Any, _) | (_, Final::Unknown) => true,
            (Attach::Consonant, f) => matches!(f, Final::Consonant | Final::Rieul),
            (Attach::Vowel, f) => f == Final::Vowel,
            (Attach::VowelOrRieul, f) => matches!(f, Final::Vowel | Final::Rieul),
        }
    }
}

/// `true` for a precomposed Hangul syllable (U+AC00–U+D7A3).
pub fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// `true` for any Hangul letter: syllables, conjoining jamo (U+1100–U+11FF) and
/// compatibility jamo (U+3130–U+318F).
pub fn is_hangul(c: char) -> bool {
    is_hangul_syllable(c)
        || ('\u{1100}'..='\u{11FF}').contains(&c)
        || ('\u{3130}'..='\u{318F}').contains(&c)
}

/// Splits a trailing Korean particle off `word`: `"한국은"` → `("한국", Some("은"))`,
/// `"탈린에서"` → `("탈린", Some("에서"))`, `"OECD의"` → `("OECD", Some("의"))`.
///
/// The longest particle that fits is taken, provided at least two characters remain and
/// the particle agrees with the stem's final consonant. Words that merely end in a
/// particle-like syllable keep it when the stem would be too short (`대만`, `인도`,
/// `회의`) or the form does not agree (`한국가`). Without a dictionary some compounds are
/// still split (`교육훈련과`); callers that know their vocabulary should use
/// [`strip_particle_known`]. A word with no particle is returned whole with `None`.
pub fn strip_particle(word: &str) -> (&str, Option<&str>) {
    for (particle, attach) in PARTICLES {
        if let Some(stem) = word.strip_suffix(particle) {
            let Some(last) = stem.chars().last() else {
                continue;
            };
            if stem.chars().count() >= 2 && attach.fits(last) {
                return (stem, Some(&word[stem.len()..]));
            }
        }
    }
    (word, None)
}

/// Like [`strip_particle`], but consults `known` (e.g. a gazetteer lookup): a word that is
/// known as a whole is never split, and a candidate stem that is known wins over the
/// agreement rules (`known("교육훈련과")` keeps the department name whole).
pub fn strip_particle_known(word: &str, known: impl Fn(&str) -> bool) -> (&str, Option<&str>) {
    if known(word) {
        return (word, None);
    }
    for (particle, _) in PARTICLES {
        if let Some(stem) = word.strip_suffix(particle)
            && !stem.is_empty()
            && known(stem)
        {
            return (stem, Some(&word[stem.len()..]));
        }
    }
    strip_particle(word)
}

/// The particle (or particle sequence) at the start of `rest`, if `rest` begins with one
/// that may follow a stem ending in `last`, and no other Hangul follows it. Used after a
/// gazetteer match: in `한국에서는 …` the text after `한국` is `에서는 …`, whose
/// particle is `에서는`. Returns the particle, a prefix of `rest`.
pub fn particle_after(last: char, rest: &str) -> Option<&str> {
    let run_end = rest
        .char_indices()
        .find(|(_, c)| !is_hangul(*c))
        .map_or(rest.len(), |(i, _)| i);
    let run = &rest[..run_end];
    if run.is_empty() {
        return None;
    }
    PARTICLES
        .iter()
        .find(|(p, attach)| run == *p && attach.fits(last))
        .map(|(p, _)| &rest[..p.len()])
}

/// Nouns that commonly follow a place or organisation name without a space
/// (`한국정부`, `프랑스대사관`, `OECD회원국`): a gazetteer match may be followed by one of
/// these instead of a particle. The list is short on purpose.
pub const NOUN_SUFFIXES: &[&str] = &[
    "정부",
    "대사관",
    "대사",
    "대표단",
    "대표",
    "회원국",
    "측",
    "형",
    "국민",
    "대통령",
    "총리",
    "장관",
    "사무총장",
    "사무국",
    "정상",
    "방문",
    "주재",
    "간",
    "내",
    "등",
];

/// Prefixes that may be glued before a place name (`주한`, as in `주한프랑스대사관`;
/// `주`, as in `주프랑스대사관`).
pub const PLACE_PREFIXES: &[&str] = &["주한", "주", "재", "駐"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_particle_table() {
        // word, stem, particle
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("한국은", "한국", Some("은")),
            ("한국이", "한국", Some("이")),
            ("프랑스는", "프랑스", Some("는")),
            ("프랑스가", "프랑스", Some("가")),
            ("탈린에서", "탈린", Some("에서")),
            ("탈린에서는", "탈린", Some("에서는")),
            ("서울로", "서울", Some("로")),
            ("부산으로", "부산", Some("으로")),
            ("OECD의", "OECD", Some("의")),
            ("UN은", "UN", Some("은")),
            ("영국과", "영국", Some("과")),
            ("프랑스와", "프랑스", Some("와")),
            ("대만", "대만", None),
            ("인도", "인도", None),
            ("회의", "회의", None),
            ("한국가", "한국가", None),
            ("한국는", "한국는", None),
            ("한국", "한국", None),
            ("Korea", "Korea", None),
            ("", "", None),
        ];
        for (word, stem, particle) in cases {
            assert_eq!(strip_particle(word), (*stem, *particle), "word {word:?}");
        }
    }

    #[test]
    fn strip_particle_known_keeps_known_words() {
        let known = |w: &str| matches!(w, "교육훈련과" | "인도" | "몬테네그로");
        assert_eq!(
            strip_particle_known("교육훈련과", known),
            ("교육훈련과", None)
        );
        assert_eq!(strip_particle_known("인도는", known), ("인도", Some("는")));
        assert_eq!(
            strip_particle_known("몬테네그로", known),
            ("몬테네그로", None)
        );
        assert_eq!(strip_particle_known("한국은", known), ("한국", Some("은")));
    }

    #[test]
    fn particle_after_table() {
        let cases: &[(char, &str, Option<&str>)] = &[
            ('국', "은 …", Some("은")),
            ('국', "에서는 회의", Some("에서는")),
            ('국', "의", Some("의")),
            ('국', "는", None),
            ('스', "는, 그리고", Some("는")),
            ('D', "는", Some("는")),
            ('국', "정부", None),
            ('국', " 정부", None),
            ('국', "", None),
        ];
        for (last, rest, want) in cases {
            assert_eq!(particle_after(*last, rest), *want, "{last} + {rest:?}");
        }
    }
}
