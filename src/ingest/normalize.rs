//! Text normalisation: the one place that decides what the stored text is. Every offset
//! the pipeline produces refers to the output of [`normalize`].
//!
//! Steps, in order: Unicode NFC (some editors emit decomposed Hangul, which would not
//! match the gazetteer); full-width ASCII forms (U+FF01–U+FF5E) to ASCII; ideographic
//! space, no-break space and other Unicode spaces to a plain space; typographic quotes to
//! ASCII (`‘ ’ ‛ ′` → `'`, `“ ” ‟ ″` → `"`); zero-width space, byte-order mark and
//! bidirectional controls ([`is_bidi_control`]) dropped; CRLF/CR to LF; vertical tab, form feed and
//! the Unicode line/paragraph separators to LF; other control characters (NUL, escape,
//! DEL, C1 controls: binary residue or UTF-16 read as UTF-8) dropped; runs of spaces and tabs
//! collapsed to one space, spaces at line ends dropped; three or more line breaks
//! collapsed to a paragraph break; leading and trailing whitespace trimmed; an en dash or
//! Unicode hyphen between two letters to `-` (`e–government` is `e-government`).

use unicode_normalization::UnicodeNormalization;

/// Normalises `text` as described in the module documentation.
pub fn normalize(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.nfc() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            '\t' | '\u{00A0}' | '\u{3000}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => {
                ' '
            }
            '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}' => '\n',
            '\u{200B}' | '\u{FEFF}' => continue,
            c if is_bidi_control(c) => continue,
            c if c.is_control() && c != '\n' => continue,
            c => c,
        };
        out.push(c);
    }
    let mut result = String::with_capacity(out.len());
    let mut blank_run = 0;
    for line in out.split('\n') {
        let mut collapsed = String::with_capacity(line.len());
        let mut prev_space = false;
        for c in line.trim().chars() {
            if c == ' ' {
                if !prev_space {
                    collapsed.push(' ');
                }
                prev_space = true;
            } else {
                collapsed.push(c);
                prev_space = false;
            }
        }
        if collapsed.is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        result.push_str(&collapsed);
        result.push('\n');
    }
    hyphens_in_words(result.trim())
}

/// `true` for the Unicode bidirectional formatting characters: the embeddings and
/// overrides U+202A–U+202E (LRE, RLE, PDF, LRO, RLO), the isolates U+2066–U+2069 (LRI,
/// RLI, FSI, PDI) and the marks U+200E, U+200F, U+061C (LRM, RLM, ALM). They are
/// invisible, carry no meaning in Korean or English text, and can disguise what a reader
/// sees (an RLO reverses the display of what follows), so the stored text drops them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// An en dash or a Unicode hyphen written between two letters (`e–government`) is a
/// hyphen: the word is the same word as `e-government`. Em dashes are left alone (they
/// set off phrases, even unspaced).
fn hyphens_in_words(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let dash = matches!(c, '\u{2010}' | '\u{2011}' | '\u{2013}');
            let between = i > 0
                && chars[i - 1].is_alphabetic()
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            if dash && between { '-' } else { c }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_table() {
        let decomposed: String = "한국".nfd().collect();
        let cases: &[(&str, &str)] = &[
            (&decomposed, "한국"),
            ("ＯＥＣＤ　회의", "OECD 회의"),
            ("\u{2018}18년 \u{201C}quoted\u{201D}", "'18년 \"quoted\""),
            ("a\u{00A0}b", "a b"),
            ("a  \t b", "a b"),
            ("  line one  \r\nline two\r\n", "line one\nline two"),
            ("p1\n\n\n\np2", "p1\n\np2"),
            ("zero\u{200B}width", "zerowidth"),
            ("abc\u{202E}fed\u{202C} 끝", "abcfed 끝"),
            (
                "\u{2067}서울\u{2069}에서 \u{202A}Seoul\u{202C}",
                "서울에서 Seoul",
            ),
            ("a\u{200E}b\u{200F}c\u{061C}d\u{202B}e\u{202D}f", "abcdef"),
            ("a\0b\u{1}\u{7f}\u{1b}c\u{9c}", "abc"),
            ("K\0o\0r\0", "Kor"),
            ("p1\u{0C}p2\u{2028}p3", "p1\np2\np3"),
            ("e\u{2013}government", "e-government"),
            ("Korea\u{2011}EU", "Korea-EU"),
            (
                "2016\u{2013}2018 and A \u{2013} B",
                "2016\u{2013}2018 and A \u{2013} B",
            ),
            ("word\u{2014}word", "word\u{2014}word"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), *want, "{input:?}");
        }
    }

    #[test]
    fn normalize_is_idempotent() {
        let once = normalize("  Ａ  ‘b’\r\n\r\n\r\nc  ");
        assert_eq!(normalize(&once), once);
    }
}
