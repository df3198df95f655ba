//! Revised Romanization of Korean (문화관광부 고시 제2000-8호), for the two uses the
//! extractor has: Korean personal names (`홍윤식` → `Hong Yun-sik`: the customary spelling
//! of the family name, then the given name syllable by syllable, hyphenated, as the
//! standard allows for names) and slugs of Korean-only organization or topic names
//! (`romanize_word`: syllables joined with the liaison and ㄹㄹ rules only, enough for a
//! stable, readable slug).
//!
//! Hangul syllables are decomposed arithmetically (Unicode §3.12: `S = 0xAC00 + (L*21 +
//! V)*28 + T`), so no table of 11,172 syllables is needed. Characters that are not Hangul
//! syllables pass through unchanged. Family names and their customary spellings are data:
//! `data/names/korean_family_names.tsv`, compiled in and parsed once.

use std::sync::LazyLock;

/// Initial consonants (choseong) in Unicode order, romanized.
const INITIALS: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];

/// Vowels (jungseong) in Unicode order, romanized.
const MEDIALS: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];

/// Final consonants (jongseong) in Unicode order (index 0: none), romanized as they sound
/// at the end of a syllable.
const FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];

/// For a final consonant followed by a vowel-initial syllable (liaison), the initial it
/// becomes (`한국어` → `han-gu-geo`); `None` when it stays where it is (ㅇ, none).
const FINAL_AS_INITIAL: [Option<&str>; 28] = [
    None,
    Some("g"),
    Some("kk"),
    Some("ks"),
    Some("n"),
    Some("nj"),
    Some("n"),
    Some("d"),
    Some("r"),
    Some("lg"),
    Some("lm"),
    Some("lb"),
    Some("ls"),
    Some("lt"),
    Some("lp"),
    Some("r"),
    Some("m"),
    Some("b"),
    Some("ps"),
    Some("s"),
    Some("ss"),
    None,
    Some("j"),
    Some("ch"),
    Some("k"),
    Some("t"),
    Some("p"),
    Some(""),
];

/// The family-name tables of `data/names/korean_family_names.tsv` (kinds `family`,
/// `compound`, `variant`, `marker`; order kept), parsed once.
struct FamilyNames {
    /// Customary romanizations of one-syllable family names, which differ from plain RR
    /// (`이` is Lee, not I): (Hangul, spelling). Family names not listed are romanized by
    /// RR.
    single: Vec<(&'static str, &'static str)>,
    /// Two-syllable family names and their customary spellings: (Hangul, spelling).
    compound: Vec<(&'static str, &'static str)>,
    /// Other romanizations of family names (McCune–Reischauer, older customary and RR
    /// spellings) → the Hangul family name, whose one canonical spelling is in `single`
    /// (`Yi`, `Rhee` → 이 → `Lee`; `Jeong`, `Chung` → 정 → `Jung`): (spelling, Hangul).
    variants: Vec<(&'static str, &'static str)>,
    /// Romanized family names that mark a Korean-order English name (`Kim Boo-kyum`).
    markers: Vec<&'static str>,
}

/// The family-name data file, compiled in.
const FAMILY_NAMES_TSV: &str = include_str!("../../../data/names/korean_family_names.tsv");

/// The family-name tables, parsed from [`FAMILY_NAMES_TSV`] on first use.
static FAMILY: LazyLock<FamilyNames> =
    LazyLock::new(|| match parse_family_names(FAMILY_NAMES_TSV) {
        Ok(f) => f,
        Err(e) => panic!("data/names/korean_family_names.tsv: {e}"),
    });

/// Parses the family-name file (tab-separated `kind` and one or two fields; blank lines
/// and `#` comments skipped). Errors name the 1-based line of a row with an unknown kind
/// or the wrong number of fields.
fn parse_family_names(tsv: &'static str) -> Result<FamilyNames, String> {
    let mut f = FamilyNames {
        single: Vec::new(),
        compound: Vec::new(),
        variants: Vec::new(),
        markers: Vec::new(),
    };
    for (i, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').map(str::trim).collect();
        match cols.as_slice() {
            ["family", h, r] => f.single.push((h, r)),
            ["compound", h, r] => f.compound.push((h, r)),
            ["variant", r, h] => f.variants.push((r, h)),
            ["marker", r] => f.markers.push(r),
            _ => return Err(format!("line {}: unexpected row {line:?}", i + 1)),
        }
    }
    Ok(f)
}

/// Romanized Korean family names that mark a Korean-order English name (`Kim`, `Rhee`,
/// `Chin`: the `marker` rows of the family-name file).
pub(crate) fn family_markers() -> &'static [&'static str] {
    &FAMILY.markers
}

/// The (initial, medial, final) jamo indices of a precomposed Hangul syllable, or `None`
/// for any other character.
fn decompose(c: char) -> Option<(usize, usize, usize)> {
    let code = c as u32;
    if !(0xAC00..=0xD7A3).contains(&code) {
        return None;
    }
    let s = (code - 0xAC00) as usize;
    Some((s / (21 * 28), (s % (21 * 28)) / 28, s % 28))
}

/// `true` for a precomposed Hangul syllable (가–힣).
pub fn is_hangul_syllable(c: char) -> bool {
    decompose(c).is_some()
}

/// One syllable in RR, alone (`식` → `sik`, `렬` → `ryeol`); other characters unchanged.
pub fn romanize_syllable(c: char) -> String {
    match decompose(c) {
        Some((l, v, t)) => format!("{}{}{}", INITIALS[l], MEDIALS[v], FINALS[t]),
        None => c.to_string(),
    }
}

/// A Korean word or phrase in RR, lowercase: syllables joined, a final consonant moving to
/// a following vowel-initial syllable (`한국어` → `hangugeo`), ㄹ+ㄹ as `ll` (`설립` →
/// `seollip`). Spaces and non-Hangul characters are kept.
pub fn romanize_word(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let Some((l, v, t)) = decompose(c) else {
            out.push(c);
            continue;
        };
        let prev = i.checked_sub(1).and_then(|p| decompose(chars[p]));
        let next = chars.get(i + 1).and_then(|&n| decompose(n));
        // The initial: taken over by the previous final in liaison, `l` after ㄹ.
        let initial = match prev {
            Some((_, _, pt)) if l == 11 && FINAL_AS_INITIAL[pt].is_some() => "",
            Some((_, _, 8)) if l == 5 => "l",
            _ => INITIALS[l],
        };
        out.push_str(initial);
        out.push_str(MEDIALS[v]);
        let final_ = match next {
            Some((11, _, _)) => FINAL_AS_INITIAL[t].unwrap_or(FINALS[t]),
            _ => FINALS[t],
        };
        out.push_str(final_);
    }
    out
}

/// Upper-cases the first letter (`yun-sik` → `Yun-sik`).
fn capitalize(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// Splits a Korean personal name into family name and given name: a listed two-syllable
/// family name when the name has at least four syllables or starts with one, else the
/// first syllable. `None` unless the name is 2–5 Hangul syllables.
pub fn split_name(name: &str) -> Option<(String, String)> {
    let chars: Vec<char> = name.chars().collect();
    if !(2..=5).contains(&chars.len()) || !chars.iter().all(|&c| is_hangul_syllable(c)) {
        return None;
    }
    let two: String = chars.iter().take(2).collect();
    let family_len = if chars.len() >= 4 && FAMILY.compound.iter().any(|(h, _)| *h == two) {
        2
    } else {
        1
    };
    Some((
        chars[..family_len].iter().collect(),
        chars[family_len..].iter().collect(),
    ))
}

/// `true` when the first syllable(s) of `name` are a family name this module knows.
pub fn has_known_family_name(name: &str) -> bool {
    split_name(name).is_some_and(|(family, _)| {
        FAMILY.single.iter().any(|(h, _)| *h == family)
            || FAMILY.compound.iter().any(|(h, _)| *h == family)
    })
}

/// A Korean personal name in the customary romanized form: family name first in its
/// customary spelling, then the given name's syllables in RR, hyphenated, first letter
/// capitalized (`홍윤식` → `Hong Yun-sik`, `이인재` → `Lee In-jae`, `남궁민수` →
/// `Namgung Min-su`). `None` unless the name is 2–5 Hangul syllables.
pub fn romanize_name(name: &str) -> Option<String> {
    let (family, given) = split_name(name)?;
    let family_rom = FAMILY
        .single
        .iter()
        .chain(&FAMILY.compound)
        .find(|(h, _)| *h == family)
        .map(|(_, r)| (*r).to_string())
        .unwrap_or_else(|| capitalize(&family.chars().map(romanize_syllable).collect::<String>()));
    let given_rom: Vec<String> = given.chars().map(romanize_syllable).collect();
    Some(format!("{family_rom} {}", capitalize(&given_rom.join("-"))))
}

/// Customary spellings of given-name syllables → their Revised Romanization, so that an
/// English-written Korean name and the romanization of its Hangul meet
/// (`Kim Yoon-sik` ↔ 김윤식 `Kim Yun-sik`).
///
/// The table follows the popular (passport) conventions, never mapping a spelling that
/// is already the RR of another syllable away from it unless a convention below says so:
/// - `oo` for ㅜ (`yoon` → `yun`, `soon` → `sun`), `ee` for ㅣ/ㅢ (`hee` → `hui`);
/// - `u` for ㅓ after a consonant (`sung` → 성 `seong`, `sun` → 선 `seon`, `hyun` → 현
///   `hyeon`, `hyung` → 형 `hyeong`, `chul` → 철 `cheol`, `ryul` → 렬 `ryeol`, `suk` → 석
///   `seok`, `sub` → 섭 `seop`);
/// - `you`/`yu` for ㅕ before `ng` (`young`, `yung` → 영 `yeong`);
/// - McCune–Reischauer voiceless initials `k`, `p` for ㄱ, ㅂ (`kyung` → `gyeong`).
///
/// `jong` and `yong` are RR for 종 and 용 and stay so (`Yun Jong-in` ↔ 윤종인); `jung`
/// and `young` are the popular spellings of 정 and 영. Deterministic: where a spelling
/// stands for two Hangul syllables the commoner reading in given names wins (`suk` → 석,
/// `sun` → 선, `ryul` → 렬), so 숙, 순 or 률 written `suk`, `sun` or `ryul` does not meet
/// its Hangul form (the popular spellings `sook`, `soon` of the first two do).
const GIVEN_VARIANTS: &[(&str, &str)] = &[
    ("yoon", "yun"),
    ("suk", "seok"),
    ("sung", "seong"),
    ("kil", "gil"),
    ("chul", "cheol"),
    ("chol", "cheol"),
    ("young", "yeong"),
    ("yung", "yeong"),
    ("hee", "hui"),
    ("jung", "jeong"),
    ("kyung", "gyeong"),
    ("kyoung", "gyeong"),
    ("kyeong", "gyeong"),
    ("kyu", "gyu"),
    ("ki", "gi"),
    ("kee", "gi"),
    ("koo", "gu"),
    ("ku", "gu"),
    ("kwang", "gwang"),
    ("kwan", "gwan"),
    ("keun", "geun"),
    ("kun", "geon"),
    ("kook", "guk"),
    ("kuk", "guk"),
    ("soo", "su"),
    ("woo", "u"),
    ("joo", "ju"),
    ("yoo", "yu"),
    ("boo", "bu"),
    ("kyum", "gyeom"),
    ("hyun", "hyeon"),
    ("hyung", "hyeong"),
    ("hyoung", "hyeong"),
    ("hyup", "hyeop"),
    ("myun", "myeon"),
    ("ryul", "ryeol"),
    ("hyuk", "hyeok"),
    ("myung", "myeong"),
    ("myoung", "myeong"),
    ("byung", "byeong"),
    ("byoung", "byeong"),
    ("sub", "seop"),
    ("sup", "seop"),
    ("duk", "deok"),
    ("wook", "uk"),
    ("shik", "sik"),
    ("shin", "sin"),
    ("bum", "beom"),
    ("kab", "gap"),
    ("kap", "gap"),
    ("keum", "geum"),
    ("kum", "geum"),
    ("wha", "hwa"),
    ("kyo", "gyo"),
    ("doo", "du"),
    ("mee", "mi"),
    ("soon", "sun"),
    ("sun", "seon"),
    ("sook", "suk"),
    ("yup", "yeop"),
    ("hoon", "hun"),
    ("joon", "jun"),
    ("choon", "chun"),
    ("koon", "gun"),
    ("shi", "si"),
];

/// Every Hangul syllable's Revised Romanization alone (`섭` → `seop`), to tell an RR
/// syllable from a popular spelling.
static RR_SYLLABLES: LazyLock<std::collections::HashSet<String>> =
    LazyLock::new(|| ('가'..='힣').map(romanize_syllable).collect());

/// A given-name syllable written in Latin letters (lowercase ASCII) brought to its RR
/// reading: the customary spelling's ([`GIVEN_VARIANTS`]), else the syllable itself when
/// it is RR, else the first RR syllable the common variant spellings lead to:
/// [`respell`] (`seob` → `seop`, `shik` → `sik`, `hee` → `hi`), then a McCune–Reischauer
/// voiceless initial voiced (`kap` → `gap`), then `u` read as ㅓ (`sub` → `seop`). As
/// written when none is RR (`Chang-seob` → `Chang-seop`, `Jae-sug` → `Jae-suk`).
pub(crate) fn rr_given_syllable(s: &str) -> String {
    if let Some((_, r)) = GIVEN_VARIANTS.iter().find(|(v, _)| *v == s) {
        return (*r).to_string();
    }
    if RR_SYLLABLES.contains(s) {
        return s.to_string();
    }
    let light = respell(s);
    if let Some((_, r)) = GIVEN_VARIANTS.iter().find(|(v, _)| *v == light) {
        return (*r).to_string();
    }
    let voiced = [("k", "g"), ("p", "b"), ("t", "d")]
        .iter()
        .find_map(|(f, t)| {
            light
                .strip_prefix(f)
                .filter(|rest| !rest.starts_with(['k', 'p', 't', 'h']))
                .map(|rest| format!("{t}{rest}"))
        });
    let eo = |w: &str| {
        w.find('u')
            .filter(|&i| i > 0 && !w[..i].ends_with(['e', 'y', 'o']))
            .map(|i| format!("{}eo{}", &w[..i], &w[i + 1..]))
    };
    let mut tries = vec![light.clone()];
    tries.extend(voiced.clone());
    tries.extend(eo(&light));
    tries.extend(voiced.as_deref().and_then(eo));
    tries
        .into_iter()
        .find(|t| RR_SYLLABLES.contains(t))
        .unwrap_or_else(|| s.to_string())
}

/// The spelling variants of one romanized syllable that never change its sound, undone:
/// `sh` → `s`, `wh` → `hw`, `ee` → `i`, `oo` → `u`, and a final `b`, `d`, `g` (not of
/// `ng`) or `r` written as RR writes it, `p`, `t`, `k`, `l`.
fn respell(s: &str) -> String {
    let mut w = s
        .replace("sh", "s")
        .replace("wh", "hw")
        .replace("ee", "i")
        .replace("oo", "u");
    let last = w.chars().last();
    let fin = match last {
        Some('b') => Some('p'),
        Some('d') => Some('t'),
        Some('g') if !w.ends_with("ng") => Some('k'),
        Some('r') => Some('l'),
        _ => None,
    };
    if let Some(f) = fin
        && w.len() > 1
    {
        w.pop();
        w.push(f);
    }
    w
}

/// The variant-blind skeleton of one romanized syllable (lowercase ASCII, RR or a common
/// spelling), equal for the spellings one Korean syllable is written with: `seong`,
/// `sung` (성); `seop`, `seob`, `sub` (섭); `jeong`, `jung`, `chung` (정); `yeong`,
/// `young` (영); `hui`, `hee` (희). Initial `ch` → `j`, `k` → `g`, `p` → `b`, `t` → `d`,
/// `r` → `l`; vowels `eo`, `eu`, `oo`, `ou` → `u`, `ee`, `ui` → `i`, `oi` → `oe`; a final
/// consonant as in [`respell`]. Coarser than RR (성, 승 and 숭 share `sung`), so it only
/// compares a Latin name with a Hangul one, never keys a person.
pub(crate) fn syllable_skeleton(s: &str) -> String {
    let w = respell(&s.to_ascii_lowercase());
    let (initial, rest) = match w.find(['a', 'e', 'i', 'o', 'u', 'w', 'y']) {
        Some(i) => w.split_at(i),
        None => (w.as_str(), ""),
    };
    let initial = match initial {
        "ch" => "j",
        "k" => "g",
        "p" => "b",
        "t" => "d",
        "r" => "l",
        other => other,
    };
    let rest = rest
        .replace("eo", "u")
        .replace("eu", "u")
        .replace("ou", "u")
        .replace("ui", "i")
        .replace("oi", "oe");
    format!("{initial}{rest}")
}

/// `true` when the Latin `given` name (syllables hyphenated or spaced: `Chang-seob`) is
/// the Hangul given name `hangul` in some common spelling: as many syllables, each with the
/// same [`syllable_skeleton`] as the RR of its Hangul syllable.
pub(crate) fn given_name_meets(given: &str, hangul: &str) -> bool {
    let latin: Vec<&str> = given.split(['-', ' ']).filter(|s| !s.is_empty()).collect();
    let ko: Vec<char> = hangul.chars().collect();
    latin.len() == ko.len()
        && ko.iter().all(|&c| is_hangul_syllable(c))
        && latin
            .iter()
            .zip(&ko)
            .all(|(l, &c)| syllable_skeleton(l) == syllable_skeleton(&romanize_syllable(c)))
}

/// The Hangul family name of a romanized one (canonical spelling or a variant, ASCII
/// case-insensitive), if known.
pub(crate) fn family_of_romanized(family: &str) -> Option<&'static str> {
    FAMILY
        .single
        .iter()
        .chain(&FAMILY.compound)
        .find(|(_, r)| r.eq_ignore_ascii_case(family))
        .map(|(h, _)| *h)
        .or_else(|| {
            FAMILY
                .variants
                .iter()
                .find(|(r, _)| r.eq_ignore_ascii_case(family))
                .map(|(_, h)| *h)
        })
}

/// The canonical form of a Korean name written in Latin letters, `Family Given-name`
/// with a known family name (the family-name file's `family` or `variant` rows) and a given name of
/// two hyphenated syllables: the family name's one canonical spelling and each syllable
/// in Revised Romanization by [`rr_given_syllable`] (`Jeong Su-jin` → `Jung Su-jin`, `Park
/// Ji-sung` → `Park Ji-seong`), the form [`romanize_name`] gives the Hangul name. `None`
/// for any other name (`Angel Gurria`, `Lee Smith`).
pub fn canonical_korean_name(name: &str) -> Option<String> {
    let toks: Vec<&str> = name.split_whitespace().collect();
    let [family, given] = toks[..] else {
        return None;
    };
    let hangul = family_of_romanized(family)?;
    let family_rom = FAMILY
        .single
        .iter()
        .chain(&FAMILY.compound)
        .find(|(h, _)| *h == hangul)
        .map(|(_, r)| *r)?;
    let syllables: Vec<String> = given.split('-').map(str::to_ascii_lowercase).collect();
    if syllables.len() != 2
        || syllables
            .iter()
            .any(|s| !(1..=6).contains(&s.len()) || !s.chars().all(|c| c.is_ascii_lowercase()))
    {
        return None;
    }
    let rr: Vec<String> = syllables.iter().map(|s| rr_given_syllable(s)).collect();
    Some(format!("{family_rom} {}", capitalize(&rr.join("-"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each English spelling and the Hangul name meet in one canonical form; distinct
    /// names stay apart.
    #[test]
    fn canonical_names_meet() {
        for (en, hangul) in [
            ("Kim Yoon-sik", "김윤식"),
            ("Kim Yun-sik", "김윤식"),
            ("Hong Kil-dong", "홍길동"),
            ("Hong Gil-dong", "홍길동"),
            ("Park Ji-sung", "박지성"),
            ("Jeong Su-jin", "정수진"),
            ("Chung Su-jin", "정수진"),
            ("Yoo Jae-suk", "유재석"),
            ("Yu Jae-seok", "유재석"),
            ("Yi Young-hee", "이영희"),
            ("Kim Boo-kyum", "김부겸"),
            ("Yun Jong-in", "윤종인"),
            ("Yoon Jong-in", "윤종인"),
            ("Lee Jong-ho", "이종호"),
            ("Park Young-sun", "박영선"),
            ("Park Yeong-seon", "박영선"),
            ("Pak Yong-sun", "박용선"),
            ("Jung Jung-soon", "정정순"),
            ("Kim Hyun-sung", "김현성"),
            ("Kim Sung-ryul", "김성렬"),
            ("Lee Hyung-chul", "이형철"),
            ("Choi Hyup-myun", "최협면"),
        ] {
            assert_eq!(canonical_korean_name(en), romanize_name(hangul), "{en}");
        }
        assert_ne!(
            canonical_korean_name("Kim Yoon-sik"),
            romanize_name("김윤석")
        );
        // 종 and 정 stay apart: `jong` is RR for 종, `jung`/`jeong` write 정.
        assert_ne!(
            canonical_korean_name("Yun Jong-in"),
            romanize_name("윤정인")
        );
        assert_ne!(
            canonical_korean_name("Yun Jung-in"),
            romanize_name("윤종인")
        );
        assert_ne!(
            canonical_korean_name("Ryu Jae-suk"),
            romanize_name("유재석")
        );
        for other in ["Angel Gurria", "Lee Smith", "Kim Jong Un", "Mari Tamm-Kask"] {
            assert_eq!(canonical_korean_name(other), None, "{other}");
        }
    }

    /// Common spellings of one Korean name meet in its RR form; written alone, a
    /// romanized name is brought to RR syllable by syllable.
    #[test]
    fn variant_spellings_meet_in_rr() {
        for (en, hangul) in [
            ("Han Chang-seob", "한창섭"),
            ("Han Chang-seop", "한창섭"),
            ("Han Chang-sub", "한창섭"),
            ("Rhee Sang-shik", "이상식"),
            ("Bak Mi-kyung", "박미경"),
            ("Gim Dong-hoon", "김동훈"),
            ("Choe Jin-seob", "최진섭"),
            ("Sin Hye-jin", "신혜진"),
            ("Gang Tae-hee", "강태희"),
            ("Jo Eun-kab", "조은갑"),
        ] {
            assert_eq!(canonical_korean_name(en), romanize_name(hangul), "{en}");
        }
        for (syllable, rr) in [
            ("seob", "seop"),
            ("shik", "sik"),
            ("dug", "deok"),
            ("min", "min"),
        ] {
            assert_eq!(rr_given_syllable(syllable), rr, "{syllable}");
        }
        // Spellings RR cannot read stay as written.
        assert_eq!(rr_given_syllable("xyz"), "xyz");
    }

    /// The skeleton lets every common spelling of a Hangul given name meet it, and names
    /// differing in a syllable's sound stay apart.
    #[test]
    fn given_names_meet_in_any_common_spelling() {
        for (latin, hangul) in [
            ("Chang-seob", "창섭"),
            ("Chang-sub", "창섭"),
            ("Chang-seop", "창섭"),
            ("Sung-ryul", "성렬"),
            ("Seong-ryeol", "성렬"),
            ("Young-hee", "영희"),
            ("Yeong-hui", "영희"),
            ("Jung-ho", "정호"),
            ("Chung-ho", "정호"),
            ("Kyung-sik", "경식"),
            ("Gyeong-shik", "경식"),
            ("Bong-seok", "봉석"),
            ("Dong-hoon", "동훈"),
            ("Jae-bum", "재범"),
        ] {
            assert!(given_name_meets(latin, hangul), "{latin} / {hangul}");
        }
        for (latin, hangul) in [
            ("Chang-seob", "창식"),
            ("Sung-min", "송민"),
            ("Jung-ho", "종호"),
            ("Young-hee", "영호"),
            ("Chang-seob", "창섭민"),
            ("Dong-hoon", "동현"),
        ] {
            assert!(!given_name_meets(latin, hangul), "{latin} / {hangul}");
        }
    }

    #[test]
    fn romanize_names_table() {
        for (hangul, want) in [
            ("홍윤식", "Hong Yun-sik"),
            ("김부겸", "Kim Bu-gyeom"),
            ("이인재", "Lee In-jae"),
            ("박지민", "Park Ji-min"),
            ("최민호", "Choi Min-ho"),
            ("정다은", "Jung Da-eun"),
            ("강하늘", "Kang Ha-neul"),
            ("조용필", "Cho Yong-pil"),
            ("윤석진", "Yoon Seok-jin"),
            ("장미란", "Jang Mi-ran"),
            ("임정택", "Lim Jeong-taek"),
            ("권영석", "Kwon Yeong-seok"),
            ("고광완", "Ko Gwang-wan"),
            ("신동익", "Shin Dong-ik"),
            ("유정복", "Yoo Jeong-bok"),
            ("맹형규", "Maeng Hyeong-gyu"),
            ("노수빈", "Noh Su-bin"),
            ("성하진", "Sung Ha-jin"),
            ("주예린", "Joo Ye-rin"),
            ("류승범", "Ryu Seung-beom"),
            ("리설주", "Lee Seol-ju"),
            ("남궁민수", "Namgung Min-su"),
            ("진영", "Jin Yeong"),
            ("김성렬", "Kim Seong-ryeol"),
            ("탁민", "Tak Min"),
            ("황보혜정", "Hwangbo Hye-jeong"),
            ("남지현", "Nam Ji-hyeon"),
        ] {
            assert_eq!(romanize_name(hangul).as_deref(), Some(want), "{hangul}");
        }
    }

    #[test]
    fn romanize_name_rejects_non_names() {
        for input in ["홍", "Hong", "홍길동전서울역", "홍 윤식", "ab"] {
            assert_eq!(romanize_name(input), None, "{input}");
        }
    }

    #[test]
    fn romanize_words_table() {
        for (hangul, want) in [
            ("한국어", "hangugeo"),
            ("정보화진흥원", "jeongbohwajinheungwon"),
            ("설립", "seollip"),
            ("데이터 기반 정부", "deiteo giban jeongbu"),
            ("국가기록원", "gukgagirogwon"),
            ("OECD 회의", "OECD hoeui"),
        ] {
            assert_eq!(romanize_word(hangul), want, "{hangul}");
        }
    }

    #[test]
    fn syllables_decompose() {
        for (c, want) in [('가', "ga"), ('힣', "hit"), ('뷁', "bwek"), ('A', "A")] {
            assert_eq!(romanize_syllable(c), want, "{c}");
        }
    }

    /// The family-name file parses, keeps its order and is what the rules rely on; a
    /// malformed row is an error naming its line.
    #[test]
    fn family_name_file() {
        assert_eq!(FAMILY.single.first(), Some(&("김", "Kim")));
        assert!(FAMILY.compound.contains(&("남궁", "Namgung")));
        assert!(FAMILY.variants.contains(&("Rhee", "이")));
        assert!(family_markers().contains(&"Chin"));
        let err = parse_family_names("family\t김\n").err();
        assert_eq!(
            err.as_deref(),
            Some("line 1: unexpected row \"family\\t김\"")
        );
    }
}
