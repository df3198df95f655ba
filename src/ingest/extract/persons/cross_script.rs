//! One key per foreign person whether a notice writes the name in Hangul (`실비아
//! 콘스타인`) or in Latin letters (`Sylvia Constaín`).
//!
//! Korean notices transcribe a foreign name by its sound; English notices keep its
//! spelling. The two meet on a consonant skeleton ([`foreign_person_slug`]), computed
//! from the Revised Romanization of the Hangul ([`romanize_word`]) or from the Latin name
//! folded to ASCII, word by word (spaces split words, hyphens do not: `Jean-Claude` =
//! `장클로드`):
//! - consonants by the class of sound both scripts give them: `k g q c`(before a, o, u
//!   and consonants) `ck` → `k`; `s`, `c` before `e i y`, `sh`, `sch` → `s`; `j z ch ts
//!   tz` → `j` (Korean `ㅈ ㅊ`); `t d th` → `t`; `p b f v ph` → `p`; `l r` → `l`; `m`;
//!   `n`; `x` → `ks`; `h`, `w`, `y` and vowels are dropped, and repeated classes written
//!   once (Korean `ll`, `tt`; Latin `ll`, `ck`), also across `eu`, the vowel Korean
//!   inserts between consonants (`카를로스` `kareullos` = `Carlos` → `kls`);
//! - a word-initial vowel, `y` or `w` (after a silent `h`) is kept as written (`Eliud` =
//!   `엘리우드` → `elt`), and a word-final `a` (→ `a`, also before a silent `h`:
//!   `Abdullah` = `압둘라`) or `o`/`u` (→ `o`) too, which
//!   Korean writes faithfully, so `Maria` and `Mario` stay apart; a final `e`, `i`, `eo`
//!   or the vowel `eu` that Korean adds after a final consonant (`드` → `deu`) are not
//!   kept.
//!
//! The words' skeletons joined by `-` are the slug (`Sylvia Constaín` = `실비아 콘스타인`
//! → `person/slpa-knstn`; `Belete Molla` = `벨레테 몰라` → `person/plt-mla`). A skeleton
//! has no vowel but at a word's edge, so it never equals the Revised-Romanization key of a
//! Korean person (`hong-yun-sik`), which is kept for every name judged Korean. Limits:
//! letters read differently by the name's own language (Spanish `j` as 후, French silent
//! final consonants, English `ch` as ㅋ) give two keys; names that differ only in inner
//! vowels (`Molla`, `Mulla`) meet.

use super::super::romanize::{is_hangul_syllable, romanize_word};
use crate::rdf::iri::slugify;

/// The cross-script slug of a foreign person's name written in Hangul or Latin letters
/// (see the module docs). `None` when no word yields a skeleton (empty, digits only).
pub(crate) fn foreign_person_slug(name: &str) -> Option<String> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            if w.chars().any(is_hangul_syllable) {
                romanize_word(w)
            } else {
                slugify(w)
            }
        })
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .map(|w| word_skeleton(&w))
        .filter(|s| !s.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join("-"))
}

/// The skeleton of one lowercase ASCII word.
fn word_skeleton(word: &str) -> String {
    let w = word.strip_suffix("eu").unwrap_or(word);
    // A silent `h` after a final `a` (`Abdullah` = `압둘라`, `Sarah` = `사라`).
    let w = match w.strip_suffix('h') {
        Some(s) if s.len() > 1 && s.ends_with('a') => s,
        _ => w,
    };
    let w = w.trim_start_matches('h');
    let cs: Vec<char> = w.chars().collect();
    let mut out = String::new();
    if let Some(&c) = cs.first()
        && "aeiouyw".contains(c)
    {
        out.push(c);
    }
    let mut last: Option<char> = None;
    let mut i = 0;
    while i < cs.len() {
        let next = cs.get(i + 1).copied();
        // `eu`, the vowel Korean puts between consonants (`카를로스` `kareullos`), keeps
        // the consonants around it one cluster, as the Latin spelling has them.
        if (cs[i], next) == ('e', Some('u')) && i > 0 {
            i += 2;
            continue;
        }
        let (class, used) = match (cs[i], next) {
            ('s', Some('c')) if cs.get(i + 2) == Some(&'h') => (Some('s'), 3),
            ('c', Some('h')) => (Some('j'), 2),
            ('s', Some('h')) => (Some('s'), 2),
            ('t', Some('h')) => (Some('t'), 2),
            ('p', Some('h')) => (Some('p'), 2),
            ('t', Some('s' | 'z')) => (Some('j'), 2),
            ('c', Some('e' | 'i' | 'y')) => (Some('s'), 1),
            ('x', _) => {
                push_class(&mut out, &mut last, 'k');
                (Some('s'), 1)
            }
            (c, _) => (consonant_class(c), 1),
        };
        match class {
            Some(k) => push_class(&mut out, &mut last, k),
            None => last = None,
        }
        i += used;
    }
    match cs.last() {
        Some('a') if cs.len() > 1 => out.push('a'),
        Some('o' | 'u') if cs.len() > 1 && cs[cs.len() - 2] != 'e' => out.push('o'),
        _ => {}
    }
    out
}

/// Appends a consonant class unless the previous letter had the same class.
fn push_class(out: &mut String, last: &mut Option<char>, class: char) {
    if *last != Some(class) {
        out.push(class);
    }
    *last = Some(class);
}

/// The class of a single consonant letter; `None` for vowels, `h`, `w`, `y`.
fn consonant_class(c: char) -> Option<char> {
    Some(match c {
        'k' | 'g' | 'q' | 'c' => 'k',
        's' => 's',
        'j' | 'z' => 'j',
        't' | 'd' => 't',
        'p' | 'b' | 'f' | 'v' => 'p',
        'l' | 'r' => 'l',
        'm' => 'm',
        'n' => 'n',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Officials' names as Korean notices write them and as English ones do.
    #[test]
    fn hangul_and_latin_names_meet() {
        let pairs = [
            ("실비아 콘스타인", "Sylvia Constaín", "slpa-knstn"),
            ("벨레테 몰라", "Belete Molla", "plt-mla"),
            ("엘리우드 오왈로", "Eliud Owalo", "elt-olo"),
            (
                "토마스 헨드릭 일베스",
                "Toomas Hendrik Ilves",
                "tms-entlk-ilps",
            ),
            (
                "크리스탈리나 게오르기에바",
                "Kristalina Georgieva",
                "klstlna-klkpa",
            ),
            ("아미나 모하메드", "Amina Mohammed", "amna-mmt"),
            ("미아 모틀리", "Mia Mottley", "ma-mtl"),
            (
                "압둘라 아즈와르 아나스",
                "Abdullah Azwar Anas",
                "aptla-ajl-ans",
            ),
            ("라자루스 차크웨라", "Lazarus Chakwera", "ljls-jkla"),
            ("테드로스 아드하놈", "Tedros Adhanom", "ttls-atnm"),
            ("파울라 잉가비레", "Paula Ingabire", "pla-inkpl"),
            ("기타나스 나우세다", "Gitanas Nausėda", "ktns-nsta"),
            ("클라우스", "Klaus", "kls"),
            ("카를로스 에레라", "Carlos Herrera", "kls-ella"),
        ];
        for (ko, en, _) in pairs {
            assert_eq!(
                foreign_person_slug(ko),
                foreign_person_slug(en),
                "{ko} / {en}"
            );
        }
        for (ko, _, slug) in pairs {
            assert_eq!(foreign_person_slug(ko).as_deref(), Some(slug), "{ko}");
        }
    }

    /// The person slugs of a notice in `lang`.
    fn persons(lang: &str, text: &str) -> Vec<String> {
        crate::ingest::extract::test_support::run(lang, text)
            .person_slugs()
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn foreign_persons_are_keyed_by_skeleton_in_both_languages() {
        let cases = [
            (
                "en",
                "Kenyan Cabinet Secretary Paula Ingabire opened the session.",
            ),
            (
                "en",
                "Paula Ingabire, Kenya's Cabinet Secretary, opened the session.",
            ),
            (
                "ko",
                "파울라 잉가비레 케냐 정보통신기술부 장관은 개회사를 했다.",
            ),
        ];
        for (lang, text) in cases {
            assert_eq!(persons(lang, text), ["pla-inkpl"], "{text}");
        }
    }

    #[test]
    fn korean_persons_keep_their_romanized_keys() {
        let cases = [
            ("ko", "홍길동 차관은 개회사를 했다."),
            ("en", "Vice Minister Hong Gil-dong opened the session."),
        ];
        for (lang, text) in cases {
            assert_eq!(persons(lang, text), ["hong-gil-dong"], "{text}");
        }
    }

    #[test]
    fn near_misses_stay_apart() {
        let pairs = [
            ("Maria Lopez", "Mario Lopez"),
            ("Eliud Owalo", "Eliud Owino"),
            ("Belete Molla", "Belete Mekonnen"),
            ("Sylvia Constaín", "Silvio Costa"),
            ("Ilves", "Alves"),
            ("Paula Ingabire", "Paul Ingabire"),
            ("실비아 콘스타인", "실비오 콘스탄티노"),
            ("벨레테 몰라", "벨레테 몰로"),
        ];
        for (a, b) in pairs {
            assert_ne!(foreign_person_slug(a), foreign_person_slug(b), "{a} / {b}");
        }
    }

    #[test]
    fn skeletons_are_not_korean_romanizations() {
        assert_eq!(foreign_person_slug("").as_deref(), None);
        assert_eq!(foreign_person_slug("Xavier").as_deref(), Some("kspl"));
        let s = foreign_person_slug("Constaín").unwrap_or_default();
        assert!(!s.contains(['e', 'i']), "{s}");
    }
}
