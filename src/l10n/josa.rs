//! Korean particles (조사, josa) whose form depends on the sound that ends the word before
//! them: `은/는`, `이/가`, `을/를`, `과/와`, `으로/로`, … The first form follows a final
//! consonant (받침), the second a vowel; `으로` also takes `로` after ㄹ (`서울로`).
//!
//! The final sound is read from how the word is *said*, because labels mix scripts:
//! - a Hangul syllable: its final consonant (jongseong);
//! - digits: the Korean reading of the number (`2018` → 이천십팔 → 팔, ㄹ; `10` → 십, ㅂ;
//!   `1000` → 천; `10000` → 만), decimals read digit by digit;
//! - a run of capital Latin letters: spelled out (`OECD` → 디, vowel; `UN` → 엔, ㄴ;
//!   `L`, `R` → ㄹ; `M` → ㅁ), except the few acronyms said as words (`APEC` → 에이펙);
//! - another Latin word: a transliteration heuristic on its ending (`Leaders` → 스, vowel;
//!   `Tallinn` → ㄴ; `Seoul` → ㄹ; `-ng` → ㅇ; `-m` → ㅁ; `-k` → ㄱ; `-p` → ㅂ);
//! - closing quotes and guillemets (`»`, `》`) and a trailing parenthesis
//!   (`경제협력개발기구(OECD)`) are skipped: the particle follows the
//!   word before it, as Korean style guides read it.
//!
//! When nothing can be read (punctuation only, other scripts) both forms are written, the
//! usual fallback in Korean text: `은(는)`.

/// The final sound of a word, as far as particle choice cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coda {
    /// The word ends in a vowel (`는`, `가`, `를`, `와`, `로`).
    Vowel,
    /// The word ends in ㄹ (`은`, `이`, `을`, `과`, but `로`).
    Rieul,
    /// The word ends in any other consonant (`은`, `이`, `을`, `과`, `으로`).
    Consonant,
}

/// Particle pairs: (form after a consonant, form after a vowel). `으로`-type pairs also
/// take the vowel form after ㄹ.
const PAIRS: &[(&str, &str)] = &[
    ("은", "는"),
    ("이", "가"),
    ("을", "를"),
    ("과", "와"),
    ("으로", "로"),
    ("으로서", "로서"),
    ("으로써", "로써"),
    ("이나", "나"),
    ("이랑", "랑"),
    ("이며", "며"),
    ("이다", "다"),
    ("이라고", "라고"),
    ("이든", "든"),
    ("아", "야"),
    ("이여", "여"),
];

/// The final sound of `word`, or `None` when it cannot be read (see the module doc).
pub fn coda(word: &str) -> Option<Coda> {
    let word = strip_trailing(word);
    let last = word.chars().next_back()?;
    if ('\u{AC00}'..='\u{D7A3}').contains(&last) {
        return Some(match (last as u32 - 0xAC00) % 28 {
            0 => Coda::Vowel,
            8 => Coda::Rieul,
            _ => Coda::Consonant,
        });
    }
    if last.is_ascii_digit() {
        return number_coda(word);
    }
    if last.is_ascii_alphabetic() {
        let start = word
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphabetic())
            .last()
            .map_or(0, |(i, _)| i);
        let run = &word[start..];
        return Some(if let Some(coda) = acronym_word(run) {
            coda
        } else if run.bytes().all(|b| b.is_ascii_uppercase()) {
            letter_coda(last)
        } else {
            english_coda(&run.to_ascii_lowercase())
        });
    }
    None
}

/// Drops trailing blanks, closing quotes and a trailing parenthesised part.
fn strip_trailing(word: &str) -> &str {
    let mut w = word.trim_end();
    loop {
        let before = w;
        w = w.trim_end_matches([
            '"', '\'', '’', '”', '」', '』', '»', '›', '》', '〉', '.', ' ', '\u{a0}',
        ]);
        if let Some(inner) = w.strip_suffix(')') {
            if let Some(open) = inner.rfind('(') {
                if !inner[..open].trim().is_empty() {
                    w = inner[..open].trim_end();
                }
            }
        }
        if w == before {
            return w;
        }
    }
}

/// The Korean reading of a trailing number: its last non-zero digit, or the place word
/// its trailing zeros make (십, 백, 천, 만, 억, 조, 경).
fn number_coda(word: &str) -> Option<Coda> {
    let digits: String = word
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let digits = digits.trim_start_matches('.');
    if let Some((_, fraction)) = digits.split_once('.') {
        // decimals are read digit by digit: 0.5 → 영점오
        return fraction.chars().next_back().map(digit_coda);
    }
    let zeros = digits.chars().rev().take_while(|c| *c == '0').count();
    if zeros == digits.len() {
        return Some(Coda::Consonant); // 영
    }
    if zeros == 0 {
        return digits.chars().next_back().map(digit_coda);
    }
    Some(match zeros {
        1 => Coda::Consonant,      // 십
        2 => Coda::Consonant,      // 백
        3..=7 => Coda::Consonant,  // 천, 만
        8..=11 => Coda::Consonant, // 억
        12..=15 => Coda::Vowel,    // 조
        _ => Coda::Consonant,      // 경
    })
}

/// 영 일 이 삼 사 오 육 칠 팔 구.
fn digit_coda(d: char) -> Coda {
    match d {
        '1' | '7' | '8' => Coda::Rieul,
        '0' | '3' | '6' => Coda::Consonant,
        _ => Coda::Vowel,
    }
}

/// Acronyms said as words rather than letter by letter (APEC → 에이펙), with their final
/// sound. Every other capital run is spelled out ([`letter_coda`]).
const ACRONYM_WORDS: &[(&str, Coda)] = &[
    ("APEC", Coda::Consonant),  // 에이펙
    ("ASEAN", Coda::Consonant), // 아세안
    ("ASEM", Coda::Consonant),  // 아셈
    ("OPEC", Coda::Consonant),  // 오펙
    ("UNESCO", Coda::Vowel),    // 유네스코
    ("UNICEF", Coda::Vowel),    // 유니세프
    ("NATO", Coda::Vowel),      // 나토
    ("KOICA", Coda::Vowel),     // 코이카
    ("KOTRA", Coda::Vowel),     // 코트라
    ("NASA", Coda::Vowel),      // 나사
    ("COVID", Coda::Vowel),     // 코비드
];

/// The final sound of an acronym said as a word ([`ACRONYM_WORDS`]), if `run` is one.
fn acronym_word(run: &str) -> Option<Coda> {
    ACRONYM_WORDS
        .iter()
        .find(|(word, _)| *word == run)
        .map(|(_, coda)| *coda)
}

/// How a capital letter is spelled out in Korean: 엘 and 알 end in ㄹ, 엠 in ㅁ, 엔 in ㄴ;
/// every other letter's name ends in a vowel (에이, 비, 씨, 디, 에스, 에프, 제트 …).
fn letter_coda(c: char) -> Coda {
    match c.to_ascii_uppercase() {
        'L' | 'R' => Coda::Rieul,
        'M' | 'N' => Coda::Consonant,
        _ => Coda::Vowel,
    }
}

/// English words ending in `b` whose usual Korean spelling closes with ㅂ (웹, 랩, 클럽, 펍,
/// 잡, 탭), against the rule that a final voiced stop takes 으 (`Hub` → 허브).
const CLOSED_B: &[&str] = &["web", "lab", "club", "pub", "job", "tab"];

/// A transliteration heuristic for an English word (lowercase): how its Korean loanword
/// spelling usually ends (외래어 표기법). A final nasal stays a final consonant (`Forum` →
/// 포럼, `Union` → 유니온, `Meeting` → 미팅), as does a silent-`e` nasal (`Zone` → 존,
/// `Programme` → 프로그램); `l` gives ㄹ (`Seoul` → 서울, `Table` → 테이블); a final
/// `t` or `k` after a single short vowel closes the syllable (`Summit` → 서밋, `Check` →
/// 체크 but `Black` → 블랙), while after a long vowel or another consonant it gets its
/// own vowel (`Street` → 스트리트, `Smart` → 스마트, `Desk` → 데스크, `Week` → 위크); a
/// final `p` after any vowel closes it (`Workshop` → 워크숍, `Group` → 그룹) but `oop`
/// (`Loop` → 루프); a final `b` takes 으 (`Hub` → 허브) but in [`CLOSED_B`] (`Web` →
/// 웹). Everything else ends in a vowel (`Leaders` → 리더스).
fn english_coda(w: &str) -> Coda {
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let tail: Vec<char> = w.chars().rev().take(4).collect();
    let at = |i: usize| tail.get(i).copied();
    if w.ends_with("ng") || w.ends_with('m') || w.ends_with('n') {
        return Coda::Consonant;
    }
    if w.ends_with("me") || w.ends_with("ne") {
        return Coda::Consonant;
    }
    if w.ends_with('l') || w.ends_with("le") {
        return Coda::Rieul;
    }
    if w.ends_with("ck") {
        return Coda::Consonant;
    }
    match at(0) {
        // a final `p` after a vowel closes the syllable, after a long vowel too (`Group`
        // → 그룹, `Keep` → 킵, `Step` → 스텝), but not `oop` (`Loop` → 루프); after a
        // consonant it gets its own vowel (`Camp` → 캠프)
        Some('p') => {
            let oop = at(1) == Some('o') && at(2) == Some('o');
            if at(1).is_some_and(is_vowel) && !oop {
                Coda::Consonant
            } else {
                Coda::Vowel
            }
        }
        // a final voiced `b` gets its own vowel (`Hub` → 허브, `Bulb` → 벌브), but for a
        // few loanwords long written with a final ㅂ (`Web` → 웹, `Club` → 클럽)
        Some('b') => {
            if CLOSED_B.contains(&w) {
                Coda::Consonant
            } else {
                Coda::Vowel
            }
        }
        // a stop after exactly one vowel letter, itself after a consonant (or at the
        // start): a short, closed syllable
        Some('k' | 't') => {
            let short = at(1).is_some_and(is_vowel) && !at(2).is_some_and(is_vowel);
            // `oo` is short before k and p (`Book` → 북, `Loop` → 루프 is the exception)
            let book = at(1) == Some('o') && at(2) == Some('o') && at(0) == Some('k');
            if short || book {
                Coda::Consonant
            } else {
                Coda::Vowel
            }
        }
        _ => Coda::Vowel,
    }
}

/// The particle form for `word` from a pair written `은/는` (either order; a single form
/// such as `는` names its pair too). Returns the pair's fallback `은(는)` when the final
/// sound cannot be read, and `pair` unchanged when it names no known pair.
pub fn particle(word: &str, pair: &str) -> String {
    let wanted: Vec<&str> = pair.split('/').map(str::trim).collect();
    let Some(&(after_consonant, after_vowel)) = PAIRS
        .iter()
        .find(|(c, v)| wanted.iter().any(|w| w == c || w == v))
    else {
        return pair.to_string();
    };
    let ro_type = after_consonant.starts_with("으로");
    match coda(word) {
        Some(Coda::Vowel) => after_vowel.to_string(),
        Some(Coda::Rieul) if ro_type => after_vowel.to_string(),
        Some(_) => after_consonant.to_string(),
        None => format!("{after_consonant}({after_vowel})"),
    }
}

/// `word` followed by the right form of `pair` (`attach("OECD", "은/는")` → `OECD는`).
pub fn attach(word: &str, pair: &str) -> String {
    format!("{word}{}", particle(word, pair))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn josa_table() {
        for (word, pair, want) in [
            ("한국", "은/는", "한국은"),
            ("한국", "이/가", "한국이"),
            ("대한민국", "이/가", "대한민국이"),
            ("OECD", "은/는", "OECD는"),
            ("OECD", "이/가", "OECD가"),
            ("에스토니아", "은/는", "에스토니아는"),
            ("홍윤식", "은/는", "홍윤식은"),
            ("2018년", "은/는", "2018년은"),
            ("UN", "과/와", "UN과"),
            ("UN", "은/는", "UN은"),
            ("서울", "으로/로", "서울로"),
            ("부산", "으로/로", "부산으로"),
            ("파리", "으로/로", "파리로"),
            ("1위", "을/를", "1위를"),
            ("3위", "으로/로", "3위로"),
            ("탈린", "을/를", "탈린을"),
            ("경제협력개발기구", "이/가", "경제협력개발기구가"),
            (
                "경제협력개발기구(OECD)",
                "은/는",
                "경제협력개발기구(OECD)는",
            ),
            ("행정자치부", "와/과", "행정자치부와"),
            ("E-Leaders", "은/는", "E-Leaders는"),
            (
                "OECD E-Leaders Meeting",
                "은/는",
                "OECD E-Leaders Meeting은",
            ),
            ("Tallinn", "은/는", "Tallinn은"),
            ("Seoul", "으로/로", "Seoul로"),
            ("Google", "을/를", "Google을"),
            ("2018", "은/는", "2018은"),
            ("1", "은/는", "1은"),
            ("3", "은/는", "3은"),
            ("2", "은/는", "2는"),
            ("10", "이/가", "10이"),
            ("4,820", "을/를", "4,820을"),
            ("100", "으로/로", "100으로"),
            ("1000", "은/는", "1000은"),
            ("0.5", "이/가", "0.5가"),
            ("7", "으로/로", "7로"),
            ("XML", "으로/로", "XML로"),
            ("HTML", "은/는", "HTML은"),
            ("SNS", "을/를", "SNS를"),
            ("앙헬 구리아", "은/는", "앙헬 구리아는"),
            ("'디지털 5'", "이/가", "'디지털 5'가"),
            ("...", "은/는", "...은(는)"),
            ("한국", "는", "한국은"),
            ("한국", "까지", "한국까지"),
            // more of the notice genre: acronyms, digits read aloud, ranks, editions
            ("OECD", "과/와", "OECD와"),
            ("UN", "으로/로", "UN으로"),
            ("EU", "을/를", "EU를"),
            ("G20", "은/는", "G20은"),
            ("ITU", "이/가", "ITU가"),
            ("APEC", "이/가", "APEC이"),
            ("WEF", "와/과", "WEF와"),
            ("UNDP", "을/를", "UNDP를"),
            ("2018년", "을/를", "2018년을"),
            ("ASEAN", "과/와", "ASEAN과"),
            ("UNESCO", "은/는", "UNESCO는"),
            ("KOICA", "이/가", "KOICA가"),
            ("2020년", "이/가", "2020년이"),
            ("1위", "이다/다", "1위다"),
            ("2위", "으로/로", "2위로"),
            ("10위", "을/를", "10위를"),
            ("제5회", "은/는", "제5회는"),
            ("한국", "이다/다", "한국이다"),
            ("서울", "이다/다", "서울이다"),
            ("부산", "이다/다", "부산이다"),
            ("에스토니아", "이다/다", "에스토니아다"),
            ("OECD", "이다/다", "OECD다"),
            ("서울", "과/와", "서울과"),
            ("서울", "을/를", "서울을"),
            ("인천", "으로/로", "인천으로"),
            ("세종", "으로/로", "세종으로"),
            ("10000", "은/는", "10000은"),
            ("10,000", "이/가", "10,000이"),
            ("20", "으로/로", "20으로"),
            ("30", "이/가", "30이"),
            ("11", "로/으로", "11로"),
            ("12", "이/가", "12가"),
            ("15", "를/을", "15를"),
            ("16", "을/를", "16을"),
            ("100000000", "은/는", "100000000은"),
            ("1000000000000", "은/는", "1000000000000는"),
            ("3.5", "을/를", "3.5를"),
            ("0.83", "이/가", "0.83이"),
            ("2.0", "이/가", "2.0이"),
            ("0.1", "로/으로", "0.1로"),
            ("Summit", "은/는", "Summit은"),
            ("Forum", "이/가", "Forum이"),
            ("Week", "은/는", "Week는"),
            ("Workshop", "을/를", "Workshop을"),
            ("Smart", "와/과", "Smart와"),
            ("Zone", "으로/로", "Zone으로"),
            ("Table", "으로/로", "Table로"),
            ("Web", "이/가", "Web이"),
            ("Group", "은/는", "Group은"),
            ("Digital Nations Group", "이/가", "Digital Nations Group이"),
            ("Hub", "은/는", "Hub는"),
            ("Innovation Hub", "을/를", "Innovation Hub를"),
            ("Step", "으로/로", "Step으로"),
            ("Loop", "이/가", "Loop가"),
            ("Camp", "와/과", "Camp와"),
            ("Bulb", "은/는", "Bulb는"),
            ("Lab", "은/는", "Lab은"),
            ("Club", "이/가", "Club이"),
            ("Keep", "을/를", "Keep을"),
            ("Facebook", "을/를", "Facebook을"),
            ("Desk", "가/이", "Desk가"),
            ("Digital-5", "와/과", "Digital-5와"),
            ("D5", "은/는", "D5는"),
            ("e-Government", "은/는", "e-Government는"),
            ("World Bank", "와/과", "World Bank와"),
            ("\"Seoul\"", "에서", "\"Seoul\"에서"),
            ("행정안전부(MOIS)", "가/이", "행정안전부(MOIS)가"),
            (
                "« 미식 축제(Good Food) »",
                "과/와",
                "« 미식 축제(Good Food) »와",
            ),
            ("《정부혁신》", "을/를", "《정부혁신》을"),
        ] {
            assert_eq!(attach(word, pair), want, "{word} + {pair}");
        }
    }

    #[test]
    fn place_particle_in_usage() {
        // 에서 does not alternate: it follows any word as is.
        assert_eq!(attach("탈린", "에서"), "탈린에서");
        assert_eq!(particle("탈린", "에서"), "에서");
    }
}
