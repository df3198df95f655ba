//! Quantities stated in notice text: counts of people and things, money, percentages.
//!
//! Recognised (English and Korean in either notice, since each quotes the other):
//! - counts: `4,820 public officials`, `about 60 experts`, `34 OECD member countries`,
//!   `six leading digital governments` (spelled-out numbers of two and more, composed
//!   with `hundred`/`thousand`/`million` and `and`: `two hundred officials`, `one hundred
//!   and twenty experts`, `forty-five countries`), `150 UN Member States` (unit
//!   `countries`), `4,820명`,
//!   `60여 명`, `3만 2천 명`, `5개국`;
//! - money: `USD 4 million`, `$2 million`, `KRW 1.5 billion`, `2 million dollars`,
//!   `1조 5,000억 원`, `400만 달러`;
//! - percentages: `30%`, `3.5 percent`, `30퍼센트`.
//!
//! The value is a plain decimal string (`32000`, `1500000000000`, `3.5`), the unit
//! `persons` for people (`명`, officials, experts …), `USD`/`KRW`/`EUR`/`GBP`/`JPY` for
//! money, `percent`, `countries` for `개국`, or else the counted noun as written. Years,
//! dates, ranks (`1st`, `1위` — the ranking extractor reads those), ordinals (`제3회`),
//! spans of time (`10 years`, `최근 10년간`) and bare numbers without a unit are not
//! quantities; the length of an event or programme is (`5-day course`, `three-year
//! program`, `two days of talks`, `5일간`, unit `days`/`weeks`/`months`/`years`). A
//! breakdown in parentheses right after a figure is part of it (`USD 4 million (USD 2
//! million from each)`: one figure). People counted with the number of countries they come from are one figure (`13 officials
//! from 12 countries`, `12개국 정책관리자 13명`: value 13, unit `persons`).
//!
//! A figure stated as an approximation (`about 50`, `약 50`, `50여 개국`, `50명 가량`) or a
//! bound (`more than 50`, `over 50`, `50개국 이상`; `up to 50`, `최대 50명`) keeps its value
//! and carries a [`Precision`].

use super::char_offsets;
use crate::model::{Lang, Precision, Quantity, Span};
use regex::{Captures, Regex};
use std::sync::LazyLock;

const NUM: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
const QUALIFIER: &str = r"about|around|approximately|some|over|more than|nearly|almost|up to|a total of|total of|at least|roughly|only";
/// English cardinal words from zero to twenty, indexed by their value. Quantities read
/// "two" and up as counts ("one" and "zero" are too often not counts); the eval reads them
/// all.
pub const NUMBER_WORDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// English tens words from thirty to ninety and their values (`more than thirty
/// countries`); quantities and the eval read them as numbers.
pub const TENS_WORDS: [(&str, u32); 7] = [
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Which rule a regex implements.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// Currency before the number: `USD 4 million`.
    MoneyPrefix,
    /// Currency word after the number: `2 million dollars`.
    MoneySuffix,
    /// `30%`, `3.5 percent`.
    Percent,
    /// `about 60 experts`.
    Counted,
    /// `3만 2천 명`, `1조 5,000억 원`, `5개국`.
    Korean,
    /// The length of an event or programme: `5-day course`, `three-year program`, `two
    /// days of talks`, `5일간`. Group 3, when present, is trailing context that is not
    /// part of the anchor.
    Duration,
}

/// English multiplier words that compose with the number words before them (`two
/// hundred`, `three thousand`).
const SCALE_WORDS: [(&str, f64); 3] = [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6)];

/// A spelled-out English number as a regex: number words joined by spaces or hyphens,
/// with scale words and `and` after a scale (`one hundred and twenty`, `forty-five`,
/// `two hundred`). [`english_number`] checks and values it.
fn spelled_pattern() -> String {
    let tens: Vec<&str> = TENS_WORDS.iter().map(|(w, _)| *w).collect();
    let scales: Vec<&str> = SCALE_WORDS.iter().map(|(w, _)| *w).collect();
    let first = [NUMBER_WORDS[1..].join("|"), tens.join("|")].join("|");
    let next = [first.clone(), scales.join("|")].join("|");
    format!(r"(?i:(?:{first})(?:(?:\s+and\s+|\s+|-)(?:{next})(?-u:\b))*)")
}

fn re(pattern: &str) -> Regex {
    let words = spelled_pattern();
    // ASCII word boundaries: a Unicode `\b` makes the lazy DFA give up on non-ASCII
    // text and fall back to a much slower engine.
    let pattern = pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace("{NUM}", NUM)
        .replace("{Q}", QUALIFIER)
        .replace("{WORDS}", &words);
    match Regex::new(&pattern) {
        Ok(r) => r,
        Err(e) => panic!("invalid quantity pattern {pattern}: {e}"),
    }
}

static RULES: LazyLock<Vec<(Regex, Rule)>> = LazyLock::new(|| {
    vec![
        (
            re(
                r"(?:(?i:{Q})\s)?(USD|US\$|\$|KRW|₩|EUR|€|GBP|£|JPY|¥)\s?({NUM})(?:\s?(thousand|million|billion|trillion|bn)\b)?",
            ),
            Rule::MoneyPrefix,
        ),
        (
            re(
                r"(?:(?i:{Q})\s)?({NUM})\s?(thousand|million|billion|trillion)?\s?(US dollars|dollars|won|euros|yen|pounds)\b",
            ),
            Rule::MoneySuffix,
        ),
        (
            re(r"(?:(?i:{Q})\s)?({NUM})\s?(%|percent\b|per cent\b|퍼센트)"),
            Rule::Percent,
        ),
        (
            re(
                r"(?:((?i:{Q}))\s)?({NUM}|(?i:{WORDS}))\s(?:(thousand|million|billion)\s)?((?:[A-Za-z][A-Za-z-]*\s){0,2}?)([a-z][a-z-]*s|people|staff|personnel|Member States)\b",
            ),
            Rule::Counted,
        ),
        (
            re(
                r"(?:(약|총|모두|최대|최소|연간|무려)\s?)?((?:(?:{NUM})\s?(?:[천백][조억만]?|[조억만])\s?)*(?:{NUM})(?:\s?(?:[천백][조억만]?|[조억만]))?)\s?(여\s?)?(명|개국|개사|개\s?기관|개소|개\s[가-힣]+|개|곳|건|원|달러|유로|엔)",
            ),
            Rule::Korean,
        ),
        (
            re(r"\b({NUM}|(?i:{WORDS}))-(day|week|month|year)(?:-long)?(\s[a-z])"),
            Rule::Duration,
        ),
        (
            re(r"\b({NUM}|(?i:{WORDS}))\s(days|weeks)(\sof\s[a-z])"),
            Rule::Duration,
        ),
        (re(r"({NUM})\s?(일)간"), Rule::Duration),
    ]
});

/// Nouns counting people: their unit is `persons`.
const PERSON_NOUNS: &[&str] = &[
    "people",
    "persons",
    "officials",
    "experts",
    "participants",
    "delegates",
    "students",
    "trainees",
    "leaders",
    "ministers",
    "journalists",
    "staff",
    "personnel",
    "employees",
    "servants",
    "representatives",
    "specialists",
    "professionals",
    "researchers",
    "attendees",
    "visitors",
    "guests",
    "speakers",
    "executives",
    "diplomats",
    "officers",
    "alumni",
    "graduates",
];

/// Counted nouns that make a duration or a rank, not a quantity.
const NOT_COUNTED: &[&str] = &[
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "decades", "is",
    "was", "has", "as", "its", "this", "his", "us", "thus", "plus", "yes", "less", "unless",
    "across", "process", "access", "address", "business", "progress", "success",
];

/// `true` for a bare four-digit number in 1900–2099 (`2018 brings`, `2019 results`):
/// a year, not a count.
fn is_year_like(s: &str) -> bool {
    s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y))
}

/// Words after `N개` that qualify the number instead of naming what is counted.
const NOT_A_NOUN: &[&str] = &[
    "이상", "이하", "미만", "초과", "정도", "가량", "남짓", "내외", "씩", "중", "등", "안팎",
];

/// Parses an ASCII number with thousands separators (`4,820`, `1.5`) or a spelled-out
/// English number of two or more (see [`english_number`]).
fn parse_num(s: &str) -> Option<f64> {
    if s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return english_number(s).filter(|v| *v >= 2.0);
    }
    s.replace(',', "").parse().ok()
}

/// The value of a spelled-out English number, words separated by spaces or hyphens:
/// `Two hundred` → 200, `one hundred and twenty` → 120, `three thousand five hundred` →
/// 3500, `forty-five` → 45. `None` for an unknown word or an `and` not right after a
/// scale word (`twenty and thirty`).
pub fn english_number(s: &str) -> Option<f64> {
    let (mut total, mut section) = (0.0, 0.0);
    let mut after_scale = false;
    for word in s.split(|c: char| c.is_whitespace() || c == '-') {
        let word = word.to_ascii_lowercase();
        if word.is_empty() {
            continue;
        }
        if word == "and" {
            if !after_scale {
                return None;
            }
            continue;
        }
        after_scale = false;
        if let Some(i) = NUMBER_WORDS.iter().position(|w| *w == word) {
            section += i as f64;
        } else if let Some((_, v)) = TENS_WORDS.iter().find(|(w, _)| *w == word) {
            section += f64::from(*v);
        } else if let Some((_, m)) = SCALE_WORDS.iter().find(|(w, _)| *w == word) {
            after_scale = true;
            let base = if section == 0.0 { 1.0 } else { section };
            if *m < 1e3 {
                section = base * m;
            } else {
                total += base * m;
                section = 0.0;
            }
        } else {
            return None;
        }
    }
    Some(total + section)
}

fn multiplier(word: Option<&str>) -> f64 {
    match word.map(str::to_ascii_lowercase).as_deref() {
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion" | "bn") => 1e9,
        Some("trillion") => 1e12,
        _ => 1.0,
    }
}

fn currency(symbol: &str) -> &'static str {
    match symbol {
        "USD" | "US$" | "$" | "dollars" | "US dollars" | "달러" => "USD",
        "KRW" | "₩" | "won" | "원" => "KRW",
        "EUR" | "€" | "euros" | "유로" => "EUR",
        "GBP" | "£" | "pounds" => "GBP",
        _ => "JPY",
    }
}

/// The value of a Korean number with myriad units: `3만 2천` → 32000,
/// `1조 5,000억` → 1500000000000.
fn korean_number(s: &str) -> Option<f64> {
    static PART: LazyLock<Regex> = LazyLock::new(|| re(r"({NUM})\s?([천백])?([조억만])?"));
    let (mut total, mut section) = (0.0, 0.0);
    for c in PART.captures_iter(s) {
        let small = match c.get(2).map(|m| m.as_str()) {
            Some("천") => 1000.0,
            Some("백") => 100.0,
            _ => 1.0,
        };
        let n = parse_num(&c[1])? * small;
        let big = match c.get(3).map(|m| m.as_str()) {
            Some("만") => 1e4,
            Some("억") => 1e8,
            Some("조") => 1e12,
            _ => 0.0,
        };
        if big > 0.0 {
            total += (section + n) * big;
            section = 0.0;
        } else {
            section += n;
        }
    }
    Some(total + section)
}

/// The unit for `N개 <noun>`: `국가`/`국` → `countries`, `기관` → `institutions`,
/// otherwise the noun itself (particle stripped).
fn counted_korean_noun(noun: &str) -> String {
    match noun {
        "국가" | "국" | "나라" => "countries".to_string(),
        "기관" => "institutions".to_string(),
        "도시" => "cities".to_string(),
        "기업" | "회사" => "companies".to_string(),
        other => other.to_string(),
    }
}

/// The greatest figure an `f64` holds to the unit (2^53, about nine quadrillion): larger
/// stated figures (`KRW 999999999999999999999 trillion`) would be rounded.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// Whether `v` is a figure [`format_value`] writes exactly: finite and not above
/// [`MAX_EXACT`]. Larger figures are refused rather than rounded to a wrong number.
fn is_exact(v: f64) -> bool {
    v.is_finite() && v.abs() <= MAX_EXACT
}

/// A plain decimal string: `32000`, `3.5`.
fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// (value, unit) for one match, or `None` to reject it.
fn resolve(rule: Rule, c: &Captures<'_>) -> Option<(f64, String)> {
    Some(match rule {
        Rule::MoneyPrefix => (
            parse_num(&c[2])? * multiplier(c.get(3).map(|m| m.as_str())),
            currency(&c[1]).to_string(),
        ),
        Rule::MoneySuffix => (
            parse_num(&c[1])? * multiplier(c.get(2).map(|m| m.as_str())),
            currency(&c[3]).to_string(),
        ),
        Rule::Percent => (parse_num(&c[1])?, "percent".to_string()),
        Rule::Counted => {
            let noun = &c[5];
            if NOT_COUNTED.contains(&noun) || noun.len() < 3 || is_year_like(&c[2]) {
                return None;
            }
            let unit = if PERSON_NOUNS.contains(&noun) {
                "persons".to_string()
            } else if noun == "Member States" {
                "countries".to_string()
            } else {
                noun.to_string()
            };
            (
                parse_num(&c[2])? * multiplier(c.get(3).map(|m| m.as_str())),
                unit,
            )
        }
        Rule::Duration => {
            let unit = match &c[2] {
                "일" | "day" | "days" => "days",
                "week" | "weeks" => "weeks",
                "month" => "months",
                _ => "years",
            };
            (parse_num(&c[1])?, unit.to_string())
        }
        Rule::Korean => {
            let unit = match c[4].replace(' ', "").as_str() {
                "명" => "persons",
                "개국" => "countries",
                "개사" => "companies",
                "개기관" => "institutions",
                "개소" | "곳" => "places",
                "개" => "items",
                other if other.starts_with('개') => {
                    let noun = super::particles::strip_particle(&other['개'.len_utf8()..]).0;
                    return Some((korean_number(&c[2])?, counted_korean_noun(noun)));
                }
                "건" => "cases",
                other => currency(other),
            };
            (korean_number(&c[2])?, unit.to_string())
        }
    })
}

/// Leading English words (lowercase) and Korean words that make a figure a bound or an
/// approximation.
const LEAD_PRECISION: &[(&str, Precision)] = &[
    ("more than ", Precision::AtLeast),
    ("over ", Precision::AtLeast),
    ("at least ", Precision::AtLeast),
    ("최소", Precision::AtLeast),
    ("up to ", Precision::AtMost),
    ("최대", Precision::AtMost),
    ("about ", Precision::Approximate),
    ("around ", Precision::Approximate),
    ("approximately ", Precision::Approximate),
    ("some ", Precision::Approximate),
    ("nearly ", Precision::Approximate),
    ("almost ", Precision::Approximate),
    ("roughly ", Precision::Approximate),
    ("약", Precision::Approximate),
];

/// Korean words right after a figure that make it a bound or an approximation
/// (`50개국 이상`, `30명 가량`).
const TRAIL_PRECISION: &[(&str, Precision)] = &[
    ("이상", Precision::AtLeast),
    ("초과", Precision::AtLeast),
    ("넘는", Precision::AtLeast),
    ("이하", Precision::AtMost),
    ("미만", Precision::AtMost),
    ("가량", Precision::Approximate),
    ("정도", Precision::Approximate),
    ("남짓", Precision::Approximate),
    ("내외", Precision::Approximate),
    ("안팎", Precision::Approximate),
];

/// How exact the figure at bytes `b..e` of `text` is: a leading qualifier in the anchor
/// (`more than 50`, `약 50명`), `여` right after its number (`50여 개국`), or a Korean
/// qualifier right after it (`50개국 이상`, `50명 가량`); else [`Precision::Exact`].
fn precision(text: &str, b: usize, e: usize) -> Precision {
    let anchor = text[b..e].to_lowercase();
    if let Some((_, p)) = LEAD_PRECISION.iter().find(|(w, _)| anchor.starts_with(w)) {
        return *p;
    }
    let digit_then_yeo = anchor
        .char_indices()
        .any(|(i, c)| c.is_ascii_digit() && anchor[i + 1..].trim_start().starts_with('여'));
    if digit_then_yeo {
        return Precision::Approximate;
    }
    let after = text[e..].trim_start();
    TRAIL_PRECISION
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map_or(Precision::Exact, |(_, p)| *p)
}

/// `true` when a small count (two or three) follows a definite article (`the two
/// countries`, `the three ministries`): it refers back to parties the text has named.
fn anaphoric(text: &str, b: usize, value: f64) -> bool {
    let before = text[..b].trim_end();
    (value == 2.0 || value == 3.0)
        && before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// Finds the quantities `text` states, in text order, without overlaps (the longest
/// expression wins). Spans are in characters of `text`; `description` is the anchor with,
/// for Korean counts, the word before it (`전문가 60여 명`). `lang` is kept for
/// language-specific rules; both languages' patterns run on every text. A small count after
/// `the` (`the two countries`) is left out, and a figure (value and unit) stated again is
/// kept once.
pub fn find_quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let _ = lang;
    // (begin byte, end byte, value, unit, rule)
    let mut candidates: Vec<(usize, usize, f64, String, Rule)> = Vec::new();
    for (regex, rule) in RULES.iter() {
        for c in regex.captures_iter(text) {
            let m = c.get(0).expect("group 0");
            let (b, mut e) = (m.start(), m.end());
            if !boundary_ok(text, b, e) {
                continue;
            }
            if let Some(tail) = c.get(3).filter(|_| matches!(rule, Rule::Duration)) {
                e = tail.start();
            }
            let mut unit_override = None;
            if matches!(rule, Rule::Korean)
                && let Some(last) = text[b..e].rsplit(' ').next()
            {
                if text[..e - last.len()].ends_with("개 ")
                    && NOT_A_NOUN.contains(&super::particles::strip_particle(last).0)
                {
                    // `2000개 이상`: a qualifier, not the counted noun.
                    e -= last.len() + 1;
                    unit_override = Some("items".to_string());
                } else if let (_, Some(p)) = super::particles::strip_particle(last) {
                    // `4개 국가의`: the counted noun's particle is not part of it.
                    e -= p.len();
                }
            }
            if let Some((value, unit)) = resolve(*rule, &c).filter(|(v, _)| is_exact(*v)) {
                let unit = unit_override.unwrap_or(unit);
                candidates.push((b, e, value, unit, *rule));
            }
        }
    }
    candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let char_at = char_offsets(text);
    let mut out = Vec::new();
    let mut taken_until = 0;
    let mut stated: Vec<(String, String)> = Vec::new();
    // The end of a breakdown in parentheses after the last figure kept.
    let mut kept_until: Option<usize> = None;
    for (b, e, value, unit, rule) in candidates {
        if b < taken_until {
            continue;
        }
        taken_until = e;
        // `USD 4 million (USD 2 million from each)`: a breakdown in parentheses right
        // after a figure is part of that figure, not a figure of its own.
        if kept_until.is_some_and(|k| b < k) {
            continue;
        }
        // `the two countries`, `both sides`: the parties already named, not a figure.
        if anaphoric(text, b, value) {
            continue;
        }
        // The same figure stated again (`12 officials` … `a total of 12 officials`).
        let figure = (format_value(value), unit.clone());
        if stated.contains(&figure) {
            continue;
        }
        stated.push(figure);
        let anchor = text[b..e].to_string();
        let description = match rule {
            Rule::Korean => match previous_word(text, b) {
                Some(w) => format!("{w} {anchor}"),
                None => anchor.clone(),
            },
            _ => anchor.clone(),
        };
        // The parenthesis right after this figure, up to its `)`.
        kept_until = text[e..]
            .strip_prefix('(')
            .or_else(|| text[e..].strip_prefix(" ("))
            .and_then(|rest| rest.find(')'))
            .map(|close| e + close + 2);
        out.push(Quantity {
            span: Span {
                begin: char_at[b],
                end: char_at[e],
            },
            precision: precision(text, b, e),
            anchor,
            value: format_value(value),
            unit,
            description,
        });
    }
    merge_people_from_countries(text, out)
}

/// The words between a count of countries and a count of people in one noun phrase
/// (`12개국 고위급 정책관리자 13명`, `46개국 63명`, `(13개국, 100여명)`).
static KO_COUNTRIES_THEN_PEOPLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[\s*,]*(?:[가-힣]+\s+){0,3}$"));

/// Whether the Korean words between a count of countries and a count of people
/// (`gap`, matched by [`KO_COUNTRIES_THEN_PEOPLE`]) keep them in one noun phrase: the
/// country count takes no particle (`3개국을 방문해 25명`: two clauses) and no word
/// between closes a constituent or a clause ([`closes_constituent`], [`is_verb_form`]:
/// `5개국과 협력하여 30명`).
fn is_noun_phrase_gap(gap: &str) -> bool {
    let glued = gap.starts_with(|c: char| !c.is_whitespace() && c != '*' && c != ',');
    !glued
        && gap
            .split([' ', '\t', '\n', ',', '*'])
            .filter(|w| !w.is_empty())
            .all(|w| !closes_constituent(w) && !is_verb_form(w))
}

/// The words between a count of people and the count of countries they come from
/// (`40 officials from 9 countries`, `63 journalists from about 46 countries`).
static EN_PEOPLE_FROM_COUNTRIES: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s+from\s+(?:(?i:{Q})\s+)?$"));

/// One figure, not two: people counted together with the number of countries they come
/// from (`13 officials from 12 countries`, `중남미 4개국 장관 6명`) are one quantity, the
/// count of people, whose anchor and description span both numbers.
fn merge_people_from_countries(text: &str, found: Vec<Quantity>) -> Vec<Quantity> {
    let chars: Vec<char> = text.chars().collect();
    let between = |a: &Quantity, b: &Quantity| -> String {
        chars[a.span.end.min(b.span.begin)..b.span.begin]
            .iter()
            .collect()
    };
    let mut out: Vec<Quantity> = Vec::new();
    for q in found {
        if let Some(prev) = out.last() {
            let gap = between(prev, &q);
            let joined = (prev.unit == "countries"
                && q.unit == "persons"
                && KO_COUNTRIES_THEN_PEOPLE.is_match(&gap)
                && is_noun_phrase_gap(&gap))
                || (prev.unit == "persons"
                    && q.unit == "countries"
                    && EN_PEOPLE_FROM_COUNTRIES.is_match(&gap));
            if joined {
                let prev = out.pop().expect("last quantity");
                let span = Span {
                    begin: prev.span.begin,
                    end: q.span.end,
                };
                let anchor: String = chars[span.begin..span.end].iter().collect();
                // The word before the first count stays in front (`개도국 12개국 …`).
                let description = match prev.description.strip_suffix(&prev.anchor) {
                    Some(lead) => format!("{lead}{anchor}"),
                    None => anchor.clone(),
                };
                let people = if prev.unit == "persons" { prev } else { q };
                out.push(Quantity {
                    span,
                    anchor,
                    description,
                    ..people
                });
                continue;
            }
        }
        out.push(q);
    }
    out
}

/// Particles that close a clause constituent (topic, subject, object, adverbial,
/// coordination): a word ending in one (`내년에는`, `달러와`, `정부는`) is not part of the
/// noun phrase of the count after it. The genitive `의` is not among them.
const CLAUSE_PARTICLES: &[&str] = &[
    "은",
    "는",
    "가",
    "을",
    "를",
    "에",
    "에는",
    "에도",
    "에서",
    "에서는",
    "에서도",
    "와",
    "과",
    "도",
    "으로",
    "로",
    "으로는",
    "로는",
    "까지",
    "부터",
    "에게",
    "께서",
    "와는",
    "과는",
];

/// Nouns ending in `이` that is no subject particle (`어린이 30명`, `길이 5`): a word
/// ending in `이` otherwise closes a subject (`한국이 65개국`).
const NOUNS_IN_I: &[&str] = &["어린이", "놀이", "길이", "높이", "넓이", "깊이", "먹이"];

/// Whether the Hangul `word` ends in a particle that closes a clause constituent
/// ([`CLAUSE_PARTICLES`], or the subject particle `이` outside [`NOUNS_IN_I`]).
fn closes_constituent(word: &str) -> bool {
    match super::particles::strip_particle(word) {
        (_, Some("이")) => !NOUNS_IN_I.contains(&word),
        (_, Some(p)) => CLAUSE_PARTICLES.contains(&p),
        _ => false,
    }
}

/// Words that never describe the figure after them: coordinators and determiners (`등
/// 120여 명`, `및 30명`, `외 20명`).
const NOT_DESCRIPTIONS: &[&str] = &[
    "등",
    "및",
    "또는",
    "혹은",
    "그리고",
    "외",
    "총",
    "약",
    "각",
    "이",
    "그",
    "저",
    "중",
    "모두",
];

/// Verb endings that close a clause (`열어 25명`, `초청하여 30명`, `참석해서 40명`): a
/// verb form, not a noun describing the figure after it.
const VERB_ENDINGS: &[&str] = &[
    "하여",
    "하고",
    "하며",
    "해서",
    "하면",
    "되어",
    "되고",
    "되며",
    "어서",
    "아서",
    "으며",
    "으면",
    "면서",
    "지만",
    "는데",
    "도록",
    "고자",
    "려고",
    "했고",
    "했으며",
    "였고",
    "였으며",
];

/// Whether the Hangul `word` is a clause-closing verb form: it ends in one of
/// [`VERB_ENDINGS`], is a two-syllable verb in `-어`/`-아` (`열어`, `받아`), or a
/// `하다` verb in `-해` of three syllables or more (`참석해`; `피해` stays a noun).
fn is_verb_form(word: &str) -> bool {
    let syllables = word.chars().count();
    VERB_ENDINGS.iter().any(|e| word.ends_with(e) && word != *e)
        || (syllables == 2 && (word.ends_with('어') || word.ends_with('아')))
        || (syllables >= 3 && word.ends_with('해'))
}

/// The Hangul word right before byte `b` (separated by one space), if it is a bare noun
/// phrase part: no sentence punctuation, not closed by a clause particle
/// ([`closes_constituent`]: `내년에는 1조 원`, `3억 달러와 50억원`, `한국이 65개국` give no word), not a
/// coordinator or determiner ([`NOT_DESCRIPTIONS`]: `등 120여 명`) and not a verb form
/// ([`is_verb_form`]: `열어 25명`).
fn previous_word(text: &str, b: usize) -> Option<&str> {
    let before = text[..b].strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    (!word.is_empty()
        && !closes_constituent(word)
        && word.chars().all(super::particles::is_hangul)
        && !NOT_DESCRIPTIONS.contains(&word)
        && !is_verb_form(word))
    .then_some(word)
}

/// Whether the number starting at byte `b` is part of a name, not a figure: glued to a
/// word by a hyphen (`COVID-19`, `G-20`) or a version number after a capitalised word
/// (`Web 2.0`, `Industry 4.0`: one digit, `.`, one digit). Numbers glued to letters
/// (`G20`, `H1N1`) are refused by [`boundary_ok`] itself.
fn is_part_of_name(text: &str, b: usize) -> bool {
    let head = &text[..b];
    if let Some(word) = head.strip_suffix('-') {
        return word
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphabetic());
    }
    let version = {
        let d: Vec<char> = text[b..].chars().take(4).collect();
        d.len() >= 3
            && d[0].is_ascii_digit()
            && d[1] == '.'
            && d[2].is_ascii_digit()
            && d.get(3).is_none_or(|c| !c.is_ascii_digit())
    };
    let word = head
        .strip_suffix(' ')
        .and_then(|h| h.rsplit(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or("");
    version && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// Rejects numbers glued to other digits or letters (`A380`, `12,3456`), ordinals
/// (`제3회`), ranks (`1위`) and numbers inside dates (`2017.4.4`).
fn boundary_ok(text: &str, b: usize, e: usize) -> bool {
    let before = text[..b].chars().next_back();
    let after = text[e..].chars().next();
    if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == ',' || c == '제') {
        return false;
    }
    if text[..b].ends_with("No. ") || is_part_of_name(text, b) {
        return false;
    }
    let last = text[..e].chars().next_back();
    if last.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    // `60명에서` is fine; `5개국어` (languages) or `3개월` (months) is not a count.
    !(text[..e].ends_with('개') && after.is_some_and(|c| c == '월'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, values found) — anaphoric counts and repeated figures, one case a line.
    #[test]
    fn anaphora_and_repeats() {
        for (text, want) in [
            ("The two countries agreed on a plan.", vec![]),
            ("Both sides met; the three ministries signed.", vec![]),
            ("Two countries joined the group.", vec!["2"]),
            (
                "It trained 40 officials; the 40 officials left.",
                vec!["40"],
            ),
            ("It trained 40 officials from 9 countries.", vec!["40"]),
            (
                "It trained 40 officials; 9 countries sent them.",
                vec!["40", "9"],
            ),
        ] {
            let got: Vec<String> = find_quantities(text, Lang::En)
                .into_iter()
                .map(|q| q.value)
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn quantities_table() {
        // Sentences written for this test: text, anchor, value, unit.
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "So far 3,150 civil servants have visited.",
                "3,150 civil servants",
                "3150",
                "persons",
            ),
            (
                "It invited about 45 experts.",
                "about 45 experts",
                "45",
                "persons",
            ),
            (
                "Delegates of 21 member countries came.",
                "21 member countries",
                "21",
                "countries",
            ),
            (
                "Seven leading digital governments met.",
                "Seven leading digital governments",
                "7",
                "governments",
            ),
            (
                "a budget of USD 3 million in total",
                "USD 3 million",
                "3000000",
                "USD",
            ),
            (
                "a grant of $1.5 million was",
                "$1.5 million",
                "1500000",
                "USD",
            ),
            (
                "costs KRW 2 billion a year",
                "KRW 2 billion",
                "2000000000",
                "KRW",
            ),
            (
                "about 7 million dollars",
                "about 7 million dollars",
                "7000000",
                "USD",
            ),
            ("rose by 12.5% last", "12.5%", "12.5", "percent"),
            ("rose by 40 percent last", "40 percent", "40", "percent"),
            ("연수생 1,230명이 참여했다", "1,230명", "1230", "persons"),
            ("전문가 50여 명이 참석한다", "50여 명", "50", "persons"),
            (
                "모두 4만 5천 명이 방문했다",
                "모두 4만 5천 명",
                "45000",
                "persons",
            ),
            (
                "총 2조 3,000억 원 규모",
                "총 2조 3,000억 원",
                "2300000000000",
                "KRW",
            ),
            ("300만 달러를 지원", "300만 달러", "3000000", "USD"),
            ("중남미 7개국 장관", "7개국", "7", "countries"),
            ("선도하는 4개 국가의 장관", "4개 국가", "4", "countries"),
            ("모두 9개 기관이 참여", "모두 9개 기관", "9", "institutions"),
            ("부스 300개 이상이 열렸다", "300개", "300", "items"),
            ("참여율 25% 증가", "25%", "25", "percent"),
            ("The 5-day course starts soon.", "5-day", "5", "days"),
            ("It was a three-year program.", "three-year", "3", "years"),
            (
                "After two days of talks they left.",
                "two days",
                "2",
                "days",
            ),
            ("과정은 5일간 진행된다.", "5일간", "5", "days"),
            (
                "개도국 9개국 공무원 11명을 초청했다.",
                "9개국 공무원 11명",
                "11",
                "persons",
            ),
            (
                "전 세계 30개국 40명의 기자들",
                "30개국 40명",
                "40",
                "persons",
            ),
            (
                "회의(7개국, 80여명)가 열렸다.",
                "7개국, 80여명",
                "80",
                "persons",
            ),
            (
                "We hosted 25 officials from 8 countries.",
                "25 officials from 8 countries",
                "25",
                "persons",
            ),
            (
                "Two hundred officials took part.",
                "Two hundred officials",
                "200",
                "persons",
            ),
            (
                "It trained one hundred and twenty officials.",
                "one hundred and twenty officials",
                "120",
                "persons",
            ),
            (
                "Three thousand five hundred visitors came.",
                "Three thousand five hundred visitors",
                "3500",
                "persons",
            ),
            (
                "Some forty-five countries joined.",
                "Some forty-five countries",
                "45",
                "countries",
            ),
            (
                "Some forty countries sent ministers.",
                "Some forty countries",
                "40",
                "countries",
            ),
            (
                "The study covered all 150 UN Member States this year.",
                "150 UN Member States",
                "150",
                "countries",
            ),
        ];
        for (text, anchor, value, unit) in cases {
            let q = find_quantities(text, Lang::En);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(
                (
                    q[0].anchor.as_str(),
                    q[0].value.as_str(),
                    q[0].unit.as_str()
                ),
                (*anchor, *value, *unit),
                "{text}"
            );
        }
    }

    #[test]
    fn non_quantities_are_skipped() {
        for text in [
            "Korea ranked 1st in 2018 and 3rd in 2020.",
            "한국은 1위를 차지했다",
            "제3회 회의가 열렸다",
            "over the past 10 years",
            "최근 10년간 추진했다",
            "in 2019 the office opened",
            "2017.4.4 발표",
            "the score was 0.9010",
            "a one-day event",
            "3개월 과정",
            "2019 brings new plans",
            "the 2020 results show",
        ] {
            assert_eq!(find_quantities(text, Lang::En), vec![], "{text}");
        }
    }

    /// Figures too large to hold exactly are refused, not rounded; large figures within
    /// range keep their exact value; sentences written for this test, in both languages.
    #[test]
    fn huge_figures_are_refused_not_rounded() {
        for (text, lang) in [
            ("It costs KRW 999999999999999999999 trillion.", Lang::En),
            ("It costs 99999999999999999999 dollars.", Lang::En),
            ("사업비는 99999999999999조 원이다", Lang::Ko),
            ("참가자는 99999999999999999999명이다", Lang::Ko),
        ] {
            assert_eq!(find_quantities(text, lang), vec![], "{text}");
        }
        for (text, lang, want) in [
            ("It costs KRW 1.23 trillion.", Lang::En, "1230000000000"),
            ("It costs USD 4.5 billion.", Lang::En, "4500000000"),
            ("사업비는 8000조 원이다", Lang::Ko, "8000000000000000"),
        ] {
            let got: Vec<String> = find_quantities(text, lang)
                .into_iter()
                .map(|q| q.value)
                .collect();
            assert_eq!(got, [want], "{text}");
        }
    }

    /// (text, values) — a breakdown in parentheses is part of the figure before it;
    /// sentences written for this test.
    #[test]
    fn breakdowns_in_parentheses() {
        for (text, want) in [
            (
                "a fund of USD 6 million (USD 3 million from each side)",
                vec!["6000000"],
            ),
            ("8명(남 4명, 여 4명)이 참석했다", vec!["8"]),
            (
                "USD 6 million in total, and later (USD 3 million) more",
                vec!["6000000", "3000000"],
            ),
        ] {
            let got: Vec<String> = find_quantities(text, Lang::En)
                .into_iter()
                .map(|q| q.value)
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A word closed by a topic, adverbial or coordinating particle is not part of the
    /// description; a bare noun is; sentences written for this test.
    #[test]
    fn korean_description_stops_at_clause_particles() {
        for (text, want) in [
            ("정부는 다음 달에는 2조 3,000억 원을 쓴다", "2조 3,000억 원"),
            ("사업에 2억 달러와 30억원이 든다", "30억원"),
            ("올해도 공무원 40명이 온다", "공무원 40명"),
            ("행사에 전문가 70여 명이 모였다", "전문가 70여 명"),
            ("공무원, 교수 등 80여 명이 왔다", "80여 명"),
            ("설명회를 열어 35명에게 알렸다", "35명"),
            ("기관을 초청하여 12명이 참석했다", "12명"),
            ("전문가를 모아 15명이 논의했다", "15명"),
            ("태풍 피해 30건이 접수됐다", "피해 30건"),
        ] {
            let got: Vec<String> = find_quantities(text, Lang::Ko)
                .into_iter()
                .map(|q| q.description)
                .collect();
            assert!(got.iter().any(|d| d == want), "{text}: {got:?}");
            assert!(
                got.iter()
                    .all(|d| !d.contains("달에는") && !d.contains("달러와 ")),
                "{text}: {got:?}"
            );
        }
    }

    /// A number that is part of a name is no figure; sentences written for this test.
    #[test]
    fn numbers_in_names_are_no_quantities() {
        for (text, lang, want) in [
            (
                "Talks on H5N1 and COVID-19 measures went on.",
                Lang::En,
                vec![],
            ),
            ("The G20 members and G-7 leaders met.", Lang::En, vec![]),
            (
                "A forum on Industry 4.0 topics and Web 2.0 tools.",
                Lang::En,
                vec![],
            ),
            ("COVID-19 대응 사례 3건을 소개했다", Lang::Ko, vec!["3"]),
            (
                "The survey covered 2.5 million people.",
                Lang::En,
                vec!["2500000"],
            ),
            ("It trained 10-15 officials.", Lang::En, vec!["15"]),
        ] {
            let got: Vec<String> = find_quantities(text, lang)
                .into_iter()
                .map(|q| q.value)
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A subject before a Korean count is no part of its description (`이`/`가`);
    /// a noun ending in `이` is; sentences written for this test.
    #[test]
    fn korean_description_starts_after_a_subject() {
        for (text, want) in [
            ("일본이 40개국 중 7위였다", "40개국"),
            ("칠레가 12개국 가운데 2위였다", "12개국"),
            ("행사에 어린이 300명이 왔다", "어린이 300명"),
        ] {
            let got: Vec<String> = find_quantities(text, Lang::Ko)
                .into_iter()
                .map(|q| q.description)
                .collect();
            assert_eq!(got, [want], "{text}");
        }
    }

    #[test]
    fn korean_description_and_char_span() {
        let text = "올해 회의에는 전문가 50여 명이 참석한다";
        let q = &find_quantities(text, Lang::Ko)[0];
        assert_eq!(q.description, "전문가 50여 명");
        let anchor: String = text
            .chars()
            .skip(q.span.begin)
            .take(q.span.end - q.span.begin)
            .collect();
        assert_eq!(anchor, q.anchor);
        assert_eq!((q.span.begin, q.span.end), (12, 17));
    }

    /// (text, value, precision) — approximations and bounds keep their value; sentences
    /// written for this test.
    #[test]
    fn precision_table() {
        use Precision::*;
        for (text, value, want) in [
            ("It trained 25 officials.", "25", Exact),
            ("It drew more than 40 countries.", "40", AtLeast),
            ("It drew over 40 countries.", "40", AtLeast),
            ("It invited about 40 experts.", "40", Approximate),
            ("It offers up to 40 places.", "40", AtMost),
            ("전문가 30여 명이 왔다", "30", Approximate),
            ("약 30개국이 참여했다", "30", Approximate),
            ("30개국 이상이 참여했다", "30", AtLeast),
            ("부스 300개 이상이 열렸다", "300", AtLeast),
            ("연수생 30명 가량이 왔다", "30", Approximate),
            ("최대 30명을 뽑는다", "30", AtMost),
        ] {
            let q = find_quantities(text, Lang::En);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(
                (q[0].value.as_str(), q[0].precision),
                (value, want),
                "{text}"
            );
        }
    }

    #[test]
    fn english_number_table() {
        let cases: &[(&str, Option<f64>)] = &[
            ("Twenty", Some(20.0)),
            ("Two hundred", Some(200.0)),
            ("one hundred and twenty", Some(120.0)),
            ("three thousand", Some(3000.0)),
            ("two million five hundred thousand", Some(2_500_000.0)),
            ("ninety-nine", Some(99.0)),
            ("twenty and thirty", None),
            ("two dozen", None),
        ];
        for (s, want) in cases {
            assert_eq!(english_number(s), *want, "{s}");
        }
    }

    #[test]
    fn korean_number_table() {
        let cases: &[(&str, f64)] = &[
            ("3만 2천", 32000.0),
            ("1조 5,000억", 1.5e12),
            ("4,820", 4820.0),
            ("2억5천만", 250_000_000.0),
            ("1.5억", 150_000_000.0),
        ];
        for (s, want) in cases {
            assert_eq!(korean_number(s), Some(*want), "{s}");
        }
        assert_eq!(format_value(1.5e12), "1500000000000");
        assert_eq!(format_value(3.5), "3.5");
    }

    /// (text, descriptions) — a count of countries and a count of people in two clauses
    /// are two figures, and no description starts with a particle, a coordinator or a
    /// verb form; in one noun phrase they stay one figure. Sentences written for this
    /// test.
    #[test]
    fn descriptions_start_with_no_particle_or_verb_ending() {
        for (text, want) in [
            (
                "아시아 3개국을 방문해 25명을 만났다",
                vec!["아시아 3개국", "25명"],
            ),
            ("5개국과 협력하여 30명을 교육했다", vec!["5개국", "30명"]),
            ("5개국에서 열어 25명이 왔다", vec!["5개국", "25명"]),
            ("공무원, 교수 등 120여 명이 왔다", vec!["120여 명"]),
            ("설명회를 열어 25명에게 알렸다", vec!["25명"]),
            (
                "아시아 5개국 공무원 40명이 왔다",
                vec!["아시아 5개국 공무원 40명"],
            ),
        ] {
            let got: Vec<String> = find_quantities(text, Lang::Ko)
                .into_iter()
                .map(|q| q.description)
                .collect();
            assert_eq!(got, want, "{text}");
        }
        // English descriptions are the figure as written.
        let got: Vec<String> = find_quantities("They met and 25 officials came.", Lang::En)
            .into_iter()
            .map(|q| q.description)
            .collect();
        assert_eq!(got, ["25 officials"]);
    }
}
