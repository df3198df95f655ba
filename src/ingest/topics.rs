//! Which gazetteer topic matches name a topic the notice is about, and which are passing
//! uses of the words inside something else.
//!
//! A gazetteer topic (`digital government`, `ICT`, `cyber security`) is reported only
//! where the notice uses it as a subject in its own right. A match is left out when it is
//! - **part of a longer proper name** (English): a capitalised word follows it
//!   (`Digital Government Innovation Plan`), or a capitalised word precedes it
//!   (`Korea Digital Economy`), or it follows `of`/`for`/`and`/`&` after a capitalised
//!   word (`Ministry of Science and ICT`, `Secretary of Digital Government`);
//! - **a modifier of a noun** (English): a lowercase content word or a hyphenated suffix
//!   follows it (`ICT leader`, `national cyber security system`, `ICT-based`);
//! - **the first half of a Korean compound**: Hangul that is no particle is glued to it
//!   (`디지털 정부혁신`, `정보화마을`);
//! - **inside a longer mention** the rules found (a post, an organization, an event, a
//!   quoted theme), see [`drop_inside`];
//! - **a near-synonym of a preferred topic** the notice also names (gazetteer flag
//!   `yields_to`, e.g. `digital government` → `e-government`).
//!
//! The first three rules do not apply to a topic the notice names three times or more
//! (it is then one of the notice's subjects however it is used). Matches of other kinds
//! pass unchanged, except a city the notice names only inside an event's name
//! ([`drop_inside`]). Offsets are characters of the notice text.

use super::gazetteer::{Gazetteer, Match};
use super::particles;
use crate::model::{DateValue, EntityKind, Lang, Mention};

/// Lowercase English words after which a topic is still a head noun, not a modifier:
/// conjunctions, prepositions, auxiliaries and a few common verbs and adverbs.
const FUNCTION_WORDS: &[&str] = &[
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "as",
    "into",
    "through",
    "across",
    "among",
    "between",
    "about",
    "over",
    "under",
    "such",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "that",
    "which",
    "who",
    "where",
    "when",
    "while",
    "than",
    "then",
    "so",
    "also",
    "not",
    "including",
    "like",
    "via",
    "etc",
    "based",
    "led",
    "driven",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "its",
    "their",
    "remains",
    "continues",
    "becomes",
    "plays",
    "makes",
    "making",
    "increasingly",
    "already",
    "still",
    "together",
    "itself",
    "more",
    "now",
];

/// A topic the notice names this many times or more is one of its subjects: every use
/// counts, modifiers and compounds included (`e-government cooperation`).
const CENTRAL_MENTIONS: usize = 3;

/// Connectors inside multi-word proper names (`Ministry of Science and ICT`).
const NAME_CONNECTORS: &[&str] = &["of", "for", "and", "&"];

/// Drops the topic matches that are passing uses (module doc: proper-name part, noun
/// modifier, Korean compound, near-synonym). `text` is the notice text the matches index
/// (in characters), `lang` the notice language.
pub fn filter_passing(text: &str, lang: Lang, matches: Vec<Match>, gaz: &Gazetteer) -> Vec<Match> {
    let chars: Vec<char> = text.chars().collect();
    let count = |m: &Match| matches.iter().filter(|o| o.key == m.key).count();
    let central: Vec<bool> = matches
        .iter()
        .map(|m| count(m) >= CENTRAL_MENTIONS)
        .collect();
    let kept: Vec<Match> = matches
        .iter()
        .zip(central)
        .filter(|(m, central)| {
            m.key.kind != EntityKind::Topic || *central || !passing_use(&chars, lang, m)
        })
        .map(|(m, _)| m.clone())
        .collect();
    let present: Vec<_> = kept.iter().map(|m| m.key.clone()).collect();
    kept.into_iter()
        .filter(|m| {
            m.key.kind != EntityKind::Topic
                || gaz
                    .record(&m.key)
                    .and_then(|r| r.yields_to.as_ref())
                    .is_none_or(|preferred| !present.contains(preferred))
        })
        .collect()
}

/// Adds the countries and regions named inside a gazetteer topic's words (`한반도` in
/// `한반도 비핵화`, `Korean Peninsula` in `denuclearization of the Korean Peninsula`): the
/// longest match hid them, but the notice names the place all the same, and the place
/// stays when the topic itself gives way to a longer name ([`drop_inside`]). Cities stay
/// hidden, as inside other names. `lang` and `on` are the notice's language and date;
/// returns `matches` with the places added, in text order.
pub fn places_inside_topics(
    matches: Vec<Match>,
    gaz: &Gazetteer,
    lang: Lang,
    on: Option<DateValue>,
) -> Vec<Match> {
    let mut nested: Vec<Match> = Vec::new();
    for m in matches.iter().filter(|m| m.key.kind == EntityKind::Topic) {
        // The words without their last, then without their first character: the topic
        // itself matches neither, and a place at either end survives in one of them.
        let chars: Vec<char> = m.surface.chars().collect();
        if chars.len() < 2 {
            continue;
        }
        for skip in [0, 1] {
            let part: String = chars[skip..chars.len() - 1 + skip].iter().collect();
            for mut place in gaz.find(&part, lang, on) {
                if !matches!(place.key.kind, EntityKind::Country | EntityKind::Region) {
                    continue;
                }
                place.span.begin += m.span.begin + skip;
                place.span.end += m.span.begin + skip;
                if !nested.iter().any(|n| n.span == place.span) {
                    nested.push(place);
                }
            }
        }
    }
    let mut all = matches;
    all.extend(nested);
    all.sort_by_key(|m| (m.span.begin, m.span.end));
    all
}

/// Drops the topic matches that lie inside a longer mention of another entity or event
/// found by the rules (`mentions`): the topic words are then part of that name (`digital
/// innovation` inside the theme `Leading Digital Innovation`). A city named only inside
/// an event's name (`Pyeongchang` in `the Pyeongchang Winter Olympics`) is dropped too.
pub fn drop_inside(matches: Vec<Match>, mentions: &[Mention]) -> Vec<Match> {
    let inside = |m: &Match| {
        mentions.iter().any(|o| {
            o.entity != m.key
                && (m.key.kind == EntityKind::Topic
                    || o.entity.kind == EntityKind::Event
                    || (m.key.kind == EntityKind::City && o.entity.kind == EntityKind::Topic))
                && o.span.begin <= m.span.begin
                && m.span.end <= o.span.end
                && o.span.end - o.span.begin > m.span.end - m.span.begin
        })
    };
    let cities_elsewhere: Vec<_> = matches
        .iter()
        .filter(|m| m.key.kind == EntityKind::City && !inside(m))
        .map(|m| m.key.clone())
        .collect();
    matches
        .into_iter()
        .filter(|m| {
            if m.key.kind == EntityKind::City {
                return cities_elsewhere.contains(&m.key);
            }
            m.key.kind != EntityKind::Topic
                || !mentions.iter().any(|o| {
                    o.entity != m.key
                        && o.span.begin <= m.span.begin
                        && m.span.end <= o.span.end
                        && o.span.end - o.span.begin > m.span.end - m.span.begin
                })
        })
        .collect()
}

/// `true` if the topic match `m` is a passing use (module doc).
fn passing_use(chars: &[char], lang: Lang, m: &Match) -> bool {
    let (b, e) = (m.span.begin.min(chars.len()), m.span.end.min(chars.len()));
    let after = chars.get(e).copied();
    if m.particle.is_none()
        && after.is_some_and(particles::is_hangul)
        && chars
            .get(e.wrapping_sub(1))
            .is_some_and(|c| particles::is_hangul(*c))
    {
        return true;
    }
    if lang != Lang::En || !chars[b..e].iter().any(char::is_ascii_alphabetic) {
        return false;
    }
    if after == Some('-') && chars.get(e + 1).is_some_and(|c| c.is_alphabetic()) {
        return true;
    }
    if let Some(next) = word_after(chars, e) {
        if starts_upper(&next) {
            return true;
        }
        let lower = next.to_lowercase();
        if next.chars().all(|c| c.is_lowercase() || c == '-')
            && !FUNCTION_WORDS.contains(&lower.as_str())
        {
            return true;
        }
    }
    let before = words_before(chars, b, 2);
    match before.as_slice() {
        [(w, _), ..] if w.ends_with("'s") || w.ends_with("’s") => false,
        [(w, initial), ..] if starts_upper(w) && !initial => true,
        [(w, _), (w2, _), ..] => NAME_CONNECTORS.contains(&w.as_str()) && starts_upper(w2),
        _ => false,
    }
}

/// The word right after `pos` when only one space (no line break, no punctuation)
/// separates them.
fn word_after(chars: &[char], pos: usize) -> Option<String> {
    if chars.get(pos) != Some(&' ') {
        return None;
    }
    let word: String = chars[pos + 1..]
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '-' || **c == '&')
        .collect();
    (!word.is_empty()).then_some(word)
}

/// Up to `n` words before `pos`, nearest first, each with whether it starts a sentence,
/// read while single spaces separate them (punctuation or a line break stops).
fn words_before(chars: &[char], pos: usize, n: usize) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut i = pos;
    while out.len() < n && i > 0 && chars[i - 1] == ' ' {
        let end = i - 1;
        let mut start = end;
        while start > 0 && (chars[start - 1].is_alphanumeric() || "-&'’".contains(chars[start - 1]))
        {
            start -= 1;
        }
        if start == end {
            break;
        }
        let word: String = chars[start..end].iter().collect();
        let mut k = start;
        while k > 0 && chars[k - 1] == ' ' {
            k -= 1;
        }
        let initial = k == 0 || matches!(chars[k - 1], '.' | '!' | '?' | '\n' | '"' | '“');
        out.push((word, initial));
        if start == 0 || chars[start - 1] != ' ' {
            break;
        }
        i = start;
    }
    out
}

/// `true` if the word starts with an uppercase letter (`Plan`, `ICT`).
fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GAZ: &str = "topic\te-government\te-government\t전자정부\t\t\t\t\n\
topic\tdigital-government\tdigital government\t디지털 정부\t\t\t\tyields_to=topic/e-government\n\
topic\tict\tinformation and communication technology\t정보통신기술\tICT\t\t\t\n\
topic\tcyber-security\tcyber security\t사이버보안\t\t\t\t\n\
topic\tinformatization\tnational informatization\t국가정보화\t정보화\t\t\t\n";

    fn kept(lang: Lang, text: &str) -> Vec<String> {
        let gaz = Gazetteer::parse(&[("t.tsv", GAZ)]).expect("test gazetteer");
        let matches = gaz.find(text, lang, None);
        filter_passing(text, lang, matches, &gaz)
            .into_iter()
            .map(|m| m.key.slug)
            .collect()
    }

    /// (lang, sentence, topic slugs kept) — one case a line.
    #[test]
    fn passing_uses_are_dropped() {
        for (lang, text, want) in [
            (
                Lang::En,
                "The talks were about cyber security and trade.",
                vec!["cyber-security"],
            ),
            (
                Lang::En,
                "They toured the national cyber security system of the city.",
                vec![],
            ),
            (
                Lang::En,
                "The country is a rising ICT leader in its region.",
                vec![],
            ),
            (Lang::En, "Firms presented ICT-based services.", vec![]),
            (
                Lang::En,
                "The Ministry of Science and ICT sent a team.",
                vec![],
            ),
            (
                Lang::En,
                "She unveiled the Digital Government Action Plan yesterday.",
                vec![],
            ),
            (Lang::En, "Investment in ICT is growing.", vec!["ict"]),
            (
                Lang::En,
                "They admired Korea's cyber security and its record.",
                vec!["cyber-security"],
            ),
            (
                Lang::En,
                "An ICT fund, an ICT school and an ICT park were opened.",
                vec!["ict", "ict", "ict"],
            ),
            (
                Lang::En,
                "Digital government is spreading.",
                vec!["digital-government"],
            ),
            (
                Lang::En,
                "Both e-government and digital government were discussed.",
                vec!["e-government"],
            ),
            (Lang::Ko, "두 나라는 디지털 정부혁신 사례를 나눴다.", vec![]),
            (Lang::Ko, "정보화마을 사례를 발표했다.", vec![]),
            (
                Lang::Ko,
                "두 나라는 사이버보안을 논의했다.",
                vec!["cyber-security"],
            ),
        ] {
            let got = kept(lang, text);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn topics_inside_longer_mentions_are_dropped() {
        let gaz = Gazetteer::parse(&[("t.tsv", GAZ)]).expect("test gazetteer");
        let text = "The theme was Leading Cyber Security Together.";
        let matches = gaz.find(text, Lang::En, None);
        assert_eq!(matches.len(), 1);
        let theme = Mention {
            span: crate::model::Span { begin: 14, end: 45 },
            anchor: "Leading Cyber Security Together".to_string(),
            entity: crate::model::EntityKey::new(EntityKind::Topic, "leading"),
        };
        assert!(drop_inside(matches.clone(), std::slice::from_ref(&theme)).is_empty());
        assert_eq!(drop_inside(matches, &[]).len(), 1);
    }

    /// A city only inside a named initiative (a topic) is dropped.
    #[test]
    fn cities_inside_topic_names() {
        let gaz =
            Gazetteer::parse(&[("t.tsv", "city\tbled\tBled\t\t\t\t\t\n")]).expect("test gazetteer");
        let text = "They praised the Bled Water Initiative.";
        let matches = gaz.find(text, Lang::En, None);
        let initiative = Mention {
            span: crate::model::Span { begin: 17, end: 38 },
            anchor: "Bled Water Initiative".to_string(),
            entity: crate::model::EntityKey::new(EntityKind::Topic, "bled-water-initiative"),
        };
        assert_eq!(drop_inside(matches.clone(), &[]).len(), 1);
        assert!(drop_inside(matches, &[initiative]).is_empty());
    }

    /// (text, slugs) — places inside a topic's words are named too; cities stay hidden.
    #[test]
    fn places_inside_topic_words() {
        let gaz = Gazetteer::parse(&[(
            "t.tsv",
            "region\tbaltic\tBaltic Sea Region\t발트해 지역\t\t\t\t\n\
             city\tbled\tBled\t블레드\t\t\t\t\n\
             topic\tbaltic-clean-up\tclean-up of the Baltic Sea Region\t발트해 지역 정화\t\t\t\t\n\
             topic\tbled-water\tBled water rules\t\t\t\t\t\n",
        )])
        .expect("test gazetteer");
        for (lang, text, want) in [
            (
                Lang::En,
                "Talks on the clean-up of the Baltic Sea Region went on.",
                vec!["baltic-clean-up", "baltic"],
            ),
            (
                Lang::Ko,
                "발트해 지역 정화를 논의했다.",
                vec!["baltic-clean-up", "baltic"],
            ),
            (
                Lang::En,
                "Talks on Bled water rules went on.",
                vec!["bled-water"],
            ),
        ] {
            let mut got: Vec<String> =
                places_inside_topics(gaz.find(text, lang, None), &gaz, lang, None)
                    .into_iter()
                    .map(|m| m.key.slug)
                    .collect();
            got.sort();
            let mut want = want;
            want.sort();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A city only inside an event's name is dropped; named elsewhere too, it stays.
    #[test]
    fn cities_inside_event_names() {
        let gaz =
            Gazetteer::parse(&[("t.tsv", "city\tbled\tBled\t\t\t\t\t\n")]).expect("test gazetteer");
        for (text, event_span, kept) in [
            ("The Bled Lake Games opened.", (4, 20), 0),
            ("The Bled Lake Games opened in Bled.", (4, 20), 2),
        ] {
            let matches = gaz.find(text, Lang::En, None);
            let games = Mention {
                span: crate::model::Span {
                    begin: event_span.0,
                    end: event_span.1,
                },
                anchor: "Bled Lake Games".to_string(),
                entity: crate::model::EntityKey::new(EntityKind::Event, "bled-lake-games"),
            };
            assert_eq!(drop_inside(matches, &[games]).len(), kept, "{text}");
        }
    }
}
