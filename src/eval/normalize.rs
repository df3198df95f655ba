//! How names and numbers are compared when predictions are scored against gold lines.
//!
//! Names: Unicode NFC, lowercase, accents folded (`Gurría` = `Gurria`), apostrophes
//! removed (`Korea's` = `Koreas`), every other character that is not a letter or a digit
//! becomes a space (`E-Leaders` = `E Leaders`, `경제협력개발기구(OECD)` =
//! `경제협력개발기구 OECD`), the word `the` dropped, runs of spaces collapsed. Hangul is
//! left intact (decomposed input is recomposed, so `한국` in NFD equals `한국` in NFC).
//!
//! Numbers: a digit run with `,` or `_` thousands separators and an optional decimal part,
//! or an English cardinal word from `zero` to `twenty`, multiplied when a scale word
//! follows (`4 million` = `4000000`); compared as plain decimals
//! without separators, leading zeros or trailing fractional zeros (`4,820` = `4820`,
//! `0.9010` = `0.901`, `three` = `3`).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Apostrophes and quote marks that join a word rather than separate words.
const APOSTROPHES: [char; 4] = ['\'', '\u{2019}', '\u{2018}', '`'];

use crate::ingest::quantities::{NUMBER_WORDS, TENS_WORDS};

/// Normalises a name for comparison (rules in the module doc). Returns the words joined
/// by single spaces; an input of only punctuation gives the empty string.
pub fn normalize_name(name: &str) -> String {
    // Decompose to strip combining accents, then recompose so Hangul jamo form syllables.
    let folded: String = name
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .nfc()
        .flat_map(char::to_lowercase)
        .filter(|c| !APOSTROPHES.contains(c))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded
        .split_whitespace()
        .filter(|word| *word != "the")
        .collect::<Vec<_>>()
        .join(" ")
}

/// The normalised forms of a cell that may join several forms with `; `: the whole cell
/// first, then each form. Empty forms are left out.
pub fn normalized_forms(cell: &str) -> Vec<String> {
    let mut forms = vec![normalize_name(cell)];
    if cell.contains(super::gold::LIST_SEPARATOR) {
        forms.extend(cell.split(super::gold::LIST_SEPARATOR).map(normalize_name));
    }
    forms.retain(|f| !f.is_empty());
    forms.dedup();
    forms
}

/// Scale words that multiply the number before them (`4 million` = `4000000`), with the
/// number of zeros they add.
const SCALE_WORDS: [(&str, usize); 4] = [
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// Every number in `text`, in order, as normalised decimal strings (rules in the module
/// doc); a number followed by `thousand`, `million`, `billion` or `trillion` is scaled.
/// `"Korea ranked 3rd in 2016"` → `["3", "2016"]`; `"USD 4 million"` → `["4000000"]`.
pub fn numbers(text: &str) -> Vec<String> {
    enum Token {
        Number(String),
        Word(String),
    }
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        if chars[i].is_ascii_digit() {
            while i < chars.len() {
                let d = chars[i];
                let separator_before_digit = (d == ',' || d == '_' || d == '.')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if d.is_ascii_digit() || separator_before_digit {
                    i += 1;
                } else {
                    break;
                }
            }
            let raw: String = chars[start..i].iter().collect();
            tokens.push(Token::Number(normalize_number(&raw)));
        } else if chars[i].is_alphabetic() {
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let word = chars[start..i].iter().collect::<String>().to_lowercase();
            let tens = TENS_WORDS.iter().find(|(w, _)| *w == word).map(|(_, v)| *v);
            match NUMBER_WORDS.iter().position(|w| *w == word) {
                Some(value) => tokens.push(Token::Number(value.to_string())),
                None => match tens {
                    Some(value) => tokens.push(Token::Number(value.to_string())),
                    None => tokens.push(Token::Word(word)),
                },
            }
        } else {
            i += 1;
        }
    }
    let mut found = Vec::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        if let Token::Number(number) = token {
            let zeros = match tokens.peek() {
                Some(Token::Word(word)) => SCALE_WORDS
                    .iter()
                    .find(|(scale, _)| scale == word)
                    .map(|(_, zeros)| *zeros),
                _ => None,
            };
            found.push(match zeros {
                Some(zeros) => {
                    tokens.next();
                    scale(&number, zeros)
                }
                None => number,
            });
        }
    }
    found
}

/// A normalised decimal times 10^`zeros`, normalised (`scale("1.5", 6)` = `"1500000"`).
fn scale(number: &str, zeros: usize) -> String {
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    let shifted: String = frac
        .chars()
        .chain(std::iter::repeat('0'))
        .take(zeros)
        .collect();
    let rest: String = frac.chars().skip(zeros).collect();
    normalize_number(&format!("{int}{shifted}.{rest}"))
}

/// A number written with digits, `,`/`_` separators and at most one `.` as a plain decimal:
/// separators removed, leading zeros of the integer part and trailing zeros of the
/// fraction dropped (`"4,820"` → `"4820"`, `"0.9010"` → `"0.901"`, `"3.0"` → `"3"`).
/// Only the first `.` is a decimal point; later ones are dropped.
pub fn normalize_number(raw: &str) -> String {
    let digits: String = raw.chars().filter(|c| *c != ',' && *c != '_').collect();
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int.to_string(), frac.replace('.', "")),
        None => (digits, String::new()),
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// Whether a predicted quantity value matches a gold quantity phrase: the value holds at
/// least one number, and every number in it (as a multiset) appears among the numbers of
/// the phrase.
pub fn quantity_matches(predicted_value: &str, gold_phrase: &str) -> bool {
    let wanted = numbers(predicted_value);
    if wanted.is_empty() {
        return false;
    }
    let mut available = numbers(gold_phrase);
    wanted
        .iter()
        .all(|n| match available.iter().position(|a| a == n) {
            Some(found) => {
                available.swap_remove(found);
                true
            }
            None => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let decomposed_hangul: String = "한국".nfd().collect();
        let cases = [
            ("OECD", "oecd"),
            ("The OECD", "oecd"),
            ("Ministry of the Interior", "ministry of interior"),
            ("Theory of the Firm", "theory of firm"),
            ("Angel Gurría", "angel gurria"),
            ("Jüri Ratas", "juri ratas"),
            ("Côte d'Ivoire", "cote divoire"),
            ("Korea’s proposal", "koreas proposal"),
            ("OECD E-Leaders Meeting 2018", "oecd e leaders meeting 2018"),
            ("Digital-5", "digital 5"),
            ("  Republic   of\tKorea ", "republic of korea"),
            ("경제협력개발기구(OECD)", "경제협력개발기구 oecd"),
            ("‘18년", "18년"),
            ("법·제도", "법 제도"),
            (decomposed_hangul.as_str(), "한국"),
            ("...", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_name(input), expected, "{input:?}");
        }
    }

    #[test]
    fn forms_of_a_joined_cell() {
        assert_eq!(
            normalized_forms("장관; 대한민국 행정자치부 장관"),
            vec![
                "장관 대한민국 행정자치부 장관",
                "장관",
                "대한민국 행정자치부 장관"
            ]
        );
        assert_eq!(normalized_forms("탈린"), vec!["탈린"]);
        assert!(normalized_forms("").is_empty());
    }

    #[test]
    fn numbers_in_text() {
        let cases: [(&str, &[&str]); 12] = [
            ("4,820 public officials", &["4820"]),
            ("최근 10년간 4,820명", &["10", "4820"]),
            (
                "Korea ranked 1st in 2010, 2012 and 2014",
                &["1", "2010", "2012", "2014"],
            ),
            ("three discussion themes", &["3"]),
            ("five Digital-5 member countries", &["5", "5"]),
            ("score 0.9010", &["0.901"]),
            ("USD 4 and USD 2 from each", &["4", "2"]),
            ("someone at the station", &[]),
            ("end of sentence 12.", &["12"]),
            (
                "budget of USD 4 million (USD 2 million each)",
                &["4000000", "2000000"],
            ),
            (
                "1.5 billion won and two thousand people",
                &["1500000000", "2000"],
            ),
            ("a million", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(numbers(text), expected, "{text:?}");
        }
    }

    #[test]
    fn number_normalisation() {
        for (raw, expected) in [
            ("4,820", "4820"),
            ("1_000", "1000"),
            ("007", "7"),
            ("0", "0"),
            ("3.0", "3"),
            ("0.9010", "0.901"),
            ("12.50", "12.5"),
        ] {
            assert_eq!(normalize_number(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn quantity_matching() {
        let phrase = "4,820 public officials from abroad received training over the past 10 years";
        assert!(quantity_matches("4820", phrase));
        assert!(quantity_matches("4,820", phrase));
        assert!(quantity_matches("10", phrase));
        assert!(!quantity_matches("482", phrase));
        assert!(!quantity_matches("", phrase));
        assert!(quantity_matches("3", "three discussion themes"));
        assert!(quantity_matches("40", "some forty countries took part"));
        assert!(quantity_matches("3", "Korea ranked 3rd in the survey 2016"));
        // Multiset: a value with two numbers needs both, and a repeated one twice.
        assert!(quantity_matches("4 2", "USD 4 and USD 2 from each"));
        assert!(!quantity_matches("4 4", "USD 4 and USD 2 from each"));
        assert!(quantity_matches("4000000", "budget of USD 4 million"));
        assert!(!quantity_matches("4", "budget of USD 4 million"));
        assert!(quantity_matches("0.9010", "a score of 0.901"));
    }
}
