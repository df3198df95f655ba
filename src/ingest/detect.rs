//! Language detection: Korean or English, or a clear error.
//!
//! Korean notices quote English names (`OECD`, `E-Leaders`) and English notices quote
//! Korean ones, so a statistical detector alone misjudges short or mixed text. The rule
//! is therefore script first: letters are counted by script; a Hangul share of at least
//! 30 % means Korean; Japanese kana, a Han (CJK ideograph) majority or another script's
//! majority mean an unsupported language; a Latin share of at least 60 % is English
//! unless `whatlang` reliably says it is another Latin-script language (French, German…)
//! or the text's function words are mostly those of another European language (short or
//! mixed text where whatlang is not reliable). Languages are reported as BCP 47 primary
//! subtags (ISO 639-1 where there is one: `ja`, `zh`, `fr`).

use super::IngestError;
use super::particles::is_hangul;
use crate::model::Lang;

/// Share of Hangul among letters from which a text is Korean.
pub const HANGUL_SHARE_KO: f64 = 0.30;
/// Share of Latin letters from which a text is checked for being English.
pub const LATIN_SHARE_EN: f64 = 0.60;

/// Letter counts by script.
#[derive(Debug, Default, Clone, Copy)]
struct Scripts {
    hangul: usize,
    latin: usize,
    kana: usize,
    han: usize,
    other: usize,
}

impl Scripts {
    fn count(text: &str) -> Scripts {
        let mut s = Scripts::default();
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            match c {
                c if is_hangul(c) => s.hangul += 1,
                'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => s.latin += 1,
                '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9D}' => {
                    s.kana += 1;
                }
                '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => {
                    s.han += 1;
                }
                _ => s.other += 1,
            }
        }
        s
    }

    fn total(&self) -> usize {
        self.hangul + self.latin + self.kana + self.han + self.other
    }
}

/// The language of a short passage by its script alone (a quotation inside a notice):
/// Korean when Hangul is at least [`HANGUL_SHARE_KO`] of its letters, else English
/// (also for text without letters).
pub fn script_lang(text: &str) -> Lang {
    let s = Scripts::count(text);
    let total = s.total();
    if total > 0 && s.hangul as f64 / total as f64 >= HANGUL_SHARE_KO {
        Lang::Ko
    } else {
        Lang::En
    }
}

/// The BCP 47 primary subtag of a whatlang language: ISO 639-1 where the language has
/// one (`fra` → `fr`, by the `isolang` crate's ISO 639 tables), else whatlang's ISO 639-3
/// code (itself a valid BCP 47 subtag). An individual language that whatlang detects for
/// its macrolanguage takes the macrolanguage's two-letter code ([`MACROLANGUAGE_OF`]:
/// Mandarin `cmn` → `zh`, Iranian Persian `pes` → `fa`).
pub fn bcp47(lang: whatlang::Lang) -> String {
    let code = lang.code();
    MACROLANGUAGE_OF
        .iter()
        .find(|(member, _)| *member == code)
        .map(|(_, macro_code)| *macro_code)
        .or_else(|| isolang::Language::from_639_3(code).and_then(|l| l.to_639_1()))
        .map_or_else(|| code.to_string(), str::to_string)
}

/// Individual languages whatlang detects (ISO 639-3) whose two-letter code is that of
/// their macrolanguage (ISO 639-1 codes only macrolanguages: `zh`, `fa`).
const MACROLANGUAGE_OF: &[(&str, &str)] = &[("cmn", "zh"), ("pes", "fa")];

/// The BCP 47 subtag of `text`'s language as whatlang sees it, or `unknown`.
fn whatlang_code(text: &str) -> String {
    whatlang::detect(text).map_or_else(|| "unknown".to_string(), |i| bcp47(i.lang()))
}

/// Frequent function words of English and of the Latin-script European languages most
/// often mistaken for it, each with its BCP 47 subtag. Words shared with English (`a`,
/// `in`, `on`) are left out of the others.
#[rustfmt::skip]
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    ("en", &["the", "and", "of", "to", "in", "is", "for", "with", "on", "that", "by", "will", "was", "are", "from", "at", "its", "this", "which", "has"]),
    ("fr", &["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "sur", "avec", "aux", "au", "ce", "sont", "par", "pas", "été"]),
    ("es", &["el", "los", "las", "del", "y", "es", "una", "para", "con", "por", "se", "su", "al", "como", "fue", "más", "entre", "sus", "este", "han"]),
    ("pt", &["o", "os", "da", "das", "do", "dos", "e", "uma", "em", "para", "com", "não", "foi", "ao", "pela", "pelo", "são", "mais", "seu", "sua"]),
    ("de", &["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "für", "auf", "dem", "des", "sich", "wird", "im", "auch"]),
    ("it", &["il", "della", "di", "che", "è", "per", "una", "con", "del", "sono", "nel", "alla", "gli", "le", "delle", "dei", "questo", "anche", "ha", "si"]),
    ("nl", &["de", "het", "een", "en", "van", "is", "met", "voor", "niet", "zijn", "op", "dat", "ook", "naar", "wordt", "door", "bij", "om", "deze", "werd"]),
];

/// The language whose function words are the most frequent in `text` when it is not
/// English and has at least 3 such words and twice as many as English; `None` otherwise
/// (English, or too few function words to tell).
fn function_word_language(text: &str) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let count = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    let english = count(FUNCTION_WORDS[0].1);
    let (code, best) = FUNCTION_WORDS[1..]
        .iter()
        .map(|(code, list)| (*code, count(list)))
        .max_by_key(|(_, n)| *n)?;
    (best >= 3 && best >= 2 * english.max(1)).then_some(code)
}

/// Whether `text` has at least 3 English function words and more than of any other
/// language in [`FUNCTION_WORDS`].
pub fn clearly_english(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let count = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    let english = count(FUNCTION_WORDS[0].1);
    english >= 3
        && FUNCTION_WORDS[1..]
            .iter()
            .all(|(_, list)| count(list) < english)
}

/// Detects the language of a (normalised) notice text.
///
/// Errors: [`IngestError::Empty`] for text without any non-whitespace character;
/// [`IngestError::UnsupportedLanguage`] with the detected language as a BCP 47 primary
/// subtag (`ja`, `zh`, `fr`, `ru`, `es`), or `unknown` for text without letters.
pub fn detect(text: &str) -> Result<Lang, IngestError> {
    if text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let s = Scripts::count(text);
    let total = s.total();
    if total == 0 {
        return Err(IngestError::UnsupportedLanguage {
            detected: "unknown".to_string(),
        });
    }
    let share = |n: usize| n as f64 / total as f64;
    if share(s.hangul) >= HANGUL_SHARE_KO {
        return Ok(Lang::Ko);
    }
    if s.kana > 0 && share(s.kana) >= 0.05 {
        return Err(IngestError::UnsupportedLanguage {
            detected: "ja".to_string(),
        });
    }
    if share(s.latin) >= LATIN_SHARE_EN {
        return match whatlang::detect(text) {
            Some(info) if info.is_reliable() && info.lang() != whatlang::Lang::Eng => {
                Err(IngestError::UnsupportedLanguage {
                    detected: bcp47(info.lang()),
                })
            }
            _ => match function_word_language(text) {
                Some(code) => Err(IngestError::UnsupportedLanguage {
                    detected: code.to_string(),
                }),
                None => Ok(Lang::En),
            },
        };
    }
    if s.han > s.latin && s.han >= s.hangul {
        return Err(IngestError::UnsupportedLanguage {
            detected: "zh".to_string(),
        });
    }
    if s.other > s.latin && s.other > s.hangul {
        return Err(IngestError::UnsupportedLanguage {
            detected: whatlang_code(text),
        });
    }
    // Mixed text with some Hangul but under the threshold, mostly Latin: the Hangul
    // share alone decides (a Korean text quoting many English names still has well over
    // 30 % Hangul; below that, the Latin part is the text).
    if s.hangul > 0 && s.hangul >= s.latin {
        Ok(Lang::Ko)
    } else {
        Ok(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quotation's language is its own script's, whatever the notice's.
    #[test]
    fn script_lang_table() {
        for (text, want) in [
            ("Open data is a shared resource", Lang::En),
            ("공공 데이터는 모두의 자원이다", Lang::Ko),
            ("AI 시대에 맞는 정부를 만들겠다", Lang::Ko),
            ("We met the 장관 at noon today", Lang::En),
            ("2018", Lang::En),
        ] {
            assert_eq!(script_lang(text), want, "{text}");
        }
    }

    #[test]
    fn detect_table() {
        // Sentences written for this test.
        let cases: &[(&str, Result<Lang, &str>)] = &[
            (
                "행정 당국은 다음 달 서울에서 국제 회의를 연다고 밝혔다.",
                Ok(Lang::Ko),
            ),
            ("OECD 이-리더스 회의가 내년 한국에서 열린다.", Ok(Lang::Ko)),
            (
                "The ministry said on Monday that the delegates will meet in Seoul next spring \
                 to discuss digital government and open data.",
                Ok(Lang::En),
            ),
            ("Korea hosts OECD meeting", Ok(Lang::En)),
            (
                "The Ministry (행정안전부) will host the meeting in Busan next year.",
                Ok(Lang::En),
            ),
            (
                "来年、ソウルで国際会議が開かれると省は発表した。",
                Err("ja"),
            ),
            ("政府今天宣布明年将在首尔举行国际会议。", Err("zh")),
            (
                "Министерство объявило, что международная встреча пройдет в Сеуле.",
                Err("ru"),
            ),
            (
                "Le ministère a annoncé aujourd'hui que la réunion internationale se tiendra \
                 à Séoul l'année prochaine avec les délégués de nombreux pays.",
                Err("fr"),
            ),
            (
                "La reunión del foro digital fue en Busan con los ministros.",
                Err("es"),
            ),
            (
                "Les délégués ont visité le centre de la ville intelligente.",
                Err("fr"),
            ),
            ("2017. 4. 4. — 1,000", Err("unknown")),
        ];
        for (text, want) in cases {
            let got = detect(text).map_err(|e| match e {
                IngestError::UnsupportedLanguage { detected } => detected,
                other => other.to_string(),
            });
            assert_eq!(got, want.map_err(str::to_string), "{text}");
        }
    }

    #[test]
    fn detect_empty_is_an_error() {
        for text in ["", "   ", "\n\t\n"] {
            assert!(matches!(detect(text), Err(IngestError::Empty)), "{text:?}");
        }
    }

    /// (whatlang language, BCP 47 subtag) — two-letter codes from the ISO 639 tables,
    /// macrolanguage codes for their detected members, and every detected language has a
    /// valid subtag (two letters where ISO 639-1 has one).
    #[test]
    fn bcp47_subtags() {
        use whatlang::Lang as W;
        for (lang, want) in [
            (W::Eng, "en"),
            (W::Kor, "ko"),
            (W::Fra, "fr"),
            (W::Nob, "nb"),
            (W::Cym, "cy"),
            (W::Cmn, "zh"),
            (W::Pes, "fa"),
        ] {
            assert_eq!(bcp47(lang), want, "{lang:?}");
        }
        for lang in W::all() {
            let tag = bcp47(*lang);
            assert!(
                matches!(tag.len(), 2 | 3) && tag.chars().all(|c| c.is_ascii_lowercase()),
                "{lang:?}: {tag}"
            );
        }
    }
}
