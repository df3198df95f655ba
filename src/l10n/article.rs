//! The English definite article before a name placed in a sentence: `took part in the
//! 1st Korea-France Joint Seminar`, `hosted by the Republic of Korea`, `by the OECD`, but `by APEC`,
//! `in Estonia`, `Hong Yun-sik took part`.
//!
//! English puts `the` before a name that is a common-noun phrase (its head noun is a word
//! like `Meeting`, `Survey`, `Ministry`, `Government`), before a name that starts with an
//! ordinal (`1st …`, `Second …`), and before the country names built on a common noun
//! (`Republic of Korea`, `United Kingdom`, `Netherlands`, `Russian Federation`); never
//! before a person's name, a post, an acronym alone (`APEC`, `G20`, `APEC 2018`; an initialism
//! read letter by letter does: `the OECD`, `the UN`), a plain
//! place name (`Estonia`, `Seoul`), a lowercase common noun (`digital government`) or a
//! name that already has its article. The rule is for names in running text only: a label
//! standing alone (a heading, a list entry, a fact value) takes no article.

use crate::model::EntityKind;

/// Head nouns that make a name a common-noun phrase (compared in lower case): events and
/// their series, surveys and indexes, bodies and offices.
const COMMON_HEADS: &[&str] = &[
    // gatherings
    "meeting",
    "meetings",
    "seminar",
    "forum",
    "conference",
    "summit",
    "workshop",
    "symposium",
    "session",
    "congress",
    "dialogue",
    "roundtable",
    "expo",
    "exhibition",
    "fair",
    "festival",
    "week",
    "games",
    "ceremony",
    "convention",
    "talks",
    "consultation",
    "visit",
    "mission",
    "training",
    "course",
    "hackathon",
    "competition",
    "challenge",
    "awards",
    "award",
    "prize",
    // occasions named by what happens (`the Signing of …`, `the Launch of …`)
    "signing",
    "launch",
    "opening",
    "founding",
    "establishment",
    "inauguration",
    "adoption",
    "announcement",
    "release",
    "publication",
    // surveys, indexes, agreements
    "survey",
    "index",
    "report",
    "ranking",
    "rankings",
    "assessment",
    "review",
    "declaration",
    "agreement",
    "memorandum",
    "treaty",
    "charter",
    "initiative",
    "programme",
    "program",
    "project",
    "strategy",
    "plan",
    // bodies
    "ministry",
    "government",
    "agency",
    "office",
    "bureau",
    "department",
    "council",
    "committee",
    "commission",
    "assembly",
    "parliament",
    "board",
    "authority",
    "secretariat",
    "organisation",
    "organization",
    "association",
    "institute",
    "foundation",
    "fund",
    "bank",
    "union",
    "nations",
    "alliance",
    "network",
    "partnership",
    "group",
    "centre",
    "center",
    "service",
    "court",
];

/// First words of country names that take `the` (`Republic of Korea`, `United States`).
const COUNTRY_FIRST: &[&str] = &[
    "republic",
    "kingdom",
    "united",
    "federation",
    "federated",
    "commonwealth",
    "state",
    "islamic",
    "democratic",
    "people's",
    "sultanate",
    "principality",
    "grand",
];

/// Last words of country names that take `the` (`Czech Republic`, `Russian Federation`,
/// `Solomon Islands`, `United Arab Emirates`).
const COUNTRY_LAST: &[&str] = &[
    "republic",
    "kingdom",
    "federation",
    "islands",
    "emirates",
    "states",
];

/// Country names that are plural or historically take `the` though built on no common noun.
const COUNTRY_WHOLE: &[&str] = &[
    "netherlands",
    "philippines",
    "bahamas",
    "gambia",
    "maldives",
    "seychelles",
    "comoros",
];

/// Organizations known by an initialism read letter by letter, which English writes with
/// `the` (`the OECD`, `the UN`, `the EU`); an acronym read as a word takes none (`NATO`,
/// `UNESCO`, `APEC`).
const INITIALISMS_WITH_THE: &[&str] = &[
    "OECD", "UN", "EU", "IMF", "WTO", "WHO", "ILO", "IAEA", "UNDP", "UNEP", "ITU", "OSCE", "ADB",
    "AIIB", "IDB", "WEF", "UNDESA", "DESA",
];

/// Prepositions that end the head of a name (`Ministry` of `Ministry of the Interior`).
const PREPOSITIONS: &[&str] = &["of", "for", "on", "in", "at", "to", "about", "against"];

/// `true` when English puts `the` before `name` (a label of a thing of `kind`) in running
/// text. See the module docs for the rule.
pub fn takes_the(name: &str, kind: EntityKind) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if first.eq_ignore_ascii_case("the")
        || !first.starts_with(|c: char| c.is_ascii_alphanumeric())
        || first.starts_with(|c: char| c.is_ascii_lowercase())
    {
        return false;
    }
    match kind {
        EntityKind::Person | EntityKind::Post => false,
        EntityKind::Country => country_takes_the(&words),
        EntityKind::Organization if words.len() == 1 => INITIALISMS_WITH_THE.contains(first),
        _ => starts_with_ordinal(first) || has_common_head(&words),
    }
}

/// `name` with `the ` before it when [`takes_the`] says so, else as it is.
pub fn with_the(name: &str, kind: EntityKind) -> String {
    if takes_the(name, kind) {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

/// `text` (an English sentence) with a leading `the ` written `The `; anything else as it is.
pub fn capitalize_the(text: &str) -> String {
    match text.strip_prefix("the ") {
        Some(rest) => format!("The {rest}"),
        None => text.to_string(),
    }
}

fn lower(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .to_lowercase()
}

fn country_takes_the(words: &[&str]) -> bool {
    let first = lower(words[0]);
    let last = lower(words[words.len() - 1]);
    COUNTRY_FIRST.contains(&first.as_str())
        || (words.len() > 1 && COUNTRY_LAST.contains(&last.as_str()))
        || (words.len() == 1 && COUNTRY_WHOLE.contains(&first.as_str()))
}

/// `1st`, `22nd`, `3rd`, `12th`, `First` … `Tenth`.
fn starts_with_ordinal(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    let w = lower(word);
    let digits = w.trim_start_matches(|c: char| c.is_ascii_digit());
    (digits.len() < w.len() && ["st", "nd", "rd", "th"].contains(&digits))
        || WORDS.contains(&w.as_str())
}

/// Whether the head noun of `words` (the last word before a preposition, else the last
/// word that is not a year, a number or a roman numeral) is a common noun of
/// [`COMMON_HEADS`].
fn has_common_head(words: &[&str]) -> bool {
    // a bracketed gloss is not the head: `Cabinet Office (United Kingdom)`
    let words = match words.iter().position(|w| w.starts_with('(')) {
        Some(0) | None => words,
        Some(i) => &words[..i],
    };
    let before_prep = words
        .iter()
        .skip(1)
        .position(|w| PREPOSITIONS.contains(w))
        .map_or(words.len(), |i| i + 1);
    let head = words[..before_prep]
        .iter()
        .rev()
        .find(|w| !is_number_like(w));
    head.is_some_and(|w| COMMON_HEADS.contains(&lower(w).as_str()))
}

/// A year, a number or a roman numeral (`2018`, `5`, `II`, `(2)`).
fn is_number_like(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    !w.is_empty()
        && (w.chars().all(|c| c.is_ascii_digit())
            || w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn article_table() {
        for (name, kind, want) in [
            (
                "1st Korea-France Joint Seminar on e-Government",
                Event,
                true,
            ),
            ("OECD E-Leaders Meeting 2018", Event, true),
            ("OECD E-Leaders Meeting", Series, true),
            ("UN E-Government Survey 2020", Event, true),
            ("UN E-Government Survey", Series, true),
            ("Global E-Services Survey", Series, true),
            ("Second Digital Nations Summit", Event, true),
            ("Asia Open Data Hackathon", Event, true),
            ("Seoul Forum II", Event, true),
            ("E-Government Development Index", Topic, true),
            ("Republic of Korea", Country, true),
            ("United Kingdom", Country, true),
            ("Czech Republic", Country, true),
            ("Russian Federation", Country, true),
            ("Netherlands", Country, true),
            ("Ministry of the Interior", Organization, true),
            ("Seoul Metropolitan Government", Organization, true),
            (
                "Organisation for Economic Co-operation and Development",
                Organization,
                true,
            ),
            ("COEX Convention Center", Venue, true),
            ("United Nations", Organization, true),
            ("European Union", Organization, true),
            ("World Bank", Organization, true),
            ("Signing of the Sample Letter of Intent", Event, true),
            ("Launch of a Sample Programme", Event, true),
            ("Cabinet Office (Sampleland)", Organization, true),
            ("Sample Office (2011–2015)", Organization, true),
            ("OECD", Organization, true),
            ("UN", Organization, true),
            ("NATO", Organization, false),
            ("UNESCO", Organization, false),
            ("G20", Event, false),
            ("APEC 2018", Event, false),
            ("Digital-5", Organization, false),
            ("Estonia", Country, false),
            ("Korea", Country, false),
            ("Tallinn", City, false),
            ("Hong Yun-sik", Person, false),
            ("Minister of the Interior", Post, false),
            ("digital government", Topic, false),
            ("The Hague Forum", Event, false),
            ("OECD confirms the 2018 host", Event, false),
            ("2020 세계 전자서비스 평가", Event, false),
            ("", Event, false),
        ] {
            assert_eq!(takes_the(name, kind), want, "{name} ({kind:?})");
        }
    }

    #[test]
    fn with_the_and_a_capital_at_the_start_of_a_sentence() {
        assert_eq!(
            with_the("Republic of Korea", Country),
            "the Republic of Korea"
        );
        assert_eq!(with_the("OECD", Organization), "the OECD");
        assert_eq!(with_the("APEC", Organization), "APEC");
        assert_eq!(
            capitalize_the("the Republic of Korea is a country."),
            "The Republic of Korea is a country."
        );
        assert_eq!(
            capitalize_the("OECD is an organization."),
            "OECD is an organization."
        );
        assert_eq!(capitalize_the("theory"), "theory");
    }
}
