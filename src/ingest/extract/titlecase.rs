//! Title-case text: headlines and phrases written with Every Word Capitalised
//! (`Delegates Toured The Smart City Center`, `Opening Ceremony Of World Congress`,
//! `According To The Plan`). There capitalisation is no sign of a name, so the extractors
//! that find unknown names by their capitals skip such spans (gazetteer matches stay).
//!
//! Two shapes are title case:
//! - a run of at least three capitalised words, one of which (not the first) is a
//!   capitalised function word (`To`, `The`, `Of`): names write these in lowercase
//!   (`Ministry of the Interior`);
//! - a whole sentence of at least four words, at least 75 % of them capitalised, with a
//!   capitalised function word after its first word.

use crate::model::Span;

/// English function words that names write in lowercase inside (`of`, `the`).
const FUNCTION_WORDS: &[&str] = &[
    "The", "Of", "To", "For", "And", "In", "On", "At", "With", "By", "From", "Into", "Upon", "A",
    "An", "As", "Over", "Under", "About", "After", "Before",
];

/// A word of a sentence: its span (chars) and whether it is capitalised.
struct Word {
    span: Span,
    capital: bool,
    function: bool,
    /// Punctuation (`,`, `:`, `;`) right after the word breaks a run.
    breaks_after: bool,
}

/// The words of `chars[sentence]` (letters, digits, `-`, `'`, `.` inside).
fn words(chars: &[char], sentence: Span) -> Vec<Word> {
    let mut out = Vec::new();
    let mut i = sentence.begin;
    while i < sentence.end {
        if !chars[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let b = i;
        while i < sentence.end
            && (chars[i].is_alphanumeric() || matches!(chars[i], '-' | '\'' | '’'))
        {
            i += 1;
        }
        let text: String = chars[b..i].iter().collect();
        out.push(Word {
            span: Span { begin: b, end: i },
            capital: chars[b].is_uppercase() || chars[b].is_ascii_digit(),
            function: FUNCTION_WORDS.contains(&text.as_str()),
            breaks_after: chars
                .get(i)
                .is_some_and(|c| matches!(c, ',' | ':' | ';' | '(' | ')')),
        });
    }
    out
}

/// The title-case spans (chars) of the text `chars` split into `sentences`, in order.
pub(crate) fn title_case_spans(chars: &[char], sentences: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for &sentence in sentences {
        let ws = words(chars, sentence);
        if whole_sentence(&ws) {
            out.push(sentence);
            continue;
        }
        out.extend(runs(&ws));
    }
    out
}

/// `true` if the sentence of `ws` is written in title case.
fn whole_sentence(ws: &[Word]) -> bool {
    let capitals = ws.iter().filter(|w| w.capital).count();
    ws.len() >= 4 && capitals * 4 >= ws.len() * 3 && ws[1..].iter().any(|w| w.function)
}

/// Runs of capitalised words with a capitalised function word after their first word.
fn runs(ws: &[Word]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !ws[i].capital {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < ws.len() && ws[j].capital && !ws[j - 1].breaks_after {
            j += 1;
        }
        let run = &ws[i..j];
        if run.len() >= 3 && run[1..].iter().any(|w| w.function) {
            out.push(Span {
                begin: run[0].span.begin,
                end: run[run.len() - 1].span.end,
            });
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let all = Span {
            begin: 0,
            end: chars.len(),
        };
        title_case_spans(&chars, &[all])
            .into_iter()
            .map(|s| chars[s.begin..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn headlines_and_title_case_phrases_are_found() {
        // Sentences written for this test.
        assert_eq!(
            spans("Upon Arrival, Delegates Toured The Smart City Center."),
            ["Upon Arrival, Delegates Toured The Smart City Center."]
        );
        assert_eq!(
            spans("Vice Minister Attends Closing Session Of Data Expo"),
            ["Vice Minister Attends Closing Session Of Data Expo"]
        );
        assert_eq!(
            spans("As Set Out In The Roadmap, the agency will open data."),
            ["As Set Out In The Roadmap"]
        );
    }

    #[test]
    fn names_with_lowercase_function_words_are_not_title_case() {
        for text in [
            "The Ministry of the Interior and Safety met the Smart Cities Network in Seoul.",
            "Delegates of the Global Digital Trust Alliance visited Busan.",
            "The OECD and Korea signed a plan.",
        ] {
            assert_eq!(spans(text), Vec::<String>::new(), "{text}");
        }
    }
}
