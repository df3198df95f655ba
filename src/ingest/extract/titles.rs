//! Titles of officials, English ↔ Korean (`Minister` ↔ `장관`), and the post names built
//! from a title and an organization (`Minister of the Interior`, `행정자치부 장관`).
//!
//! One table serves both directions so that an English and a Korean notice naming the
//! same office mint the same post key (the key is built from the English form).

/// An official title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Title {
    /// English form, as used in post labels (`Vice Minister`).
    pub en: &'static str,
    /// Korean forms; the first is used in labels.
    pub ko: &'static [&'static str],
    /// Other English spellings recognised in text.
    pub en_variants: &'static [&'static str],
    /// The office belongs to a state rather than an organization (President, Prime
    /// Minister): without an organization nearby, a country is looked for.
    pub of_state: bool,
}

/// Every known title. Longer forms come before the forms they contain, so scanning in
/// this order finds `Vice Minister` before `Minister`.
pub const TITLES: &[Title] = &[
    t("Deputy Prime Minister", &["부총리"], &[], true),
    t("Prime Minister", &["국무총리", "총리"], &["Premier"], true),
    t(
        "Vice President",
        &["부통령", "부총재", "부회장"],
        &[],
        false,
    ),
    t("President", &["대통령", "총재", "회장"], &[], true),
    t(
        "Deputy Minister",
        &["차관보"],
        &["Assistant Minister"],
        false,
    ),
    t("Vice Minister", &["차관"], &["Vice-Minister"], false),
    // A Cabinet Secretary (Kenya and others) heads a ministry: a minister (`장관` in Korean).
    t("Minister", &["장관"], &["Cabinet Secretary"], false),
    t(
        "Deputy Secretary-General",
        &["사무차장"],
        &["Deputy Secretary General"],
        false,
    ),
    t(
        "Secretary-General",
        &["사무총장"],
        &["Secretary General"],
        false,
    ),
    t("Ambassador", &["대사"], &[], true),
    t(
        "Director General",
        &["국장"],
        &["Director-General", "Director general"],
        false,
    ),
    t("Director", &["과장", "실장"], &[], false),
    t("Deputy Mayor", &["부시장"], &[], false),
    t("Mayor", &["시장"], &[], false),
    t("Governor", &["도지사", "지사"], &[], false),
    t(
        "Chairperson",
        &["위원장", "의장"],
        &["Chairman", "Chairwoman", "Chair"],
        false,
    ),
    t("Commissioner", &["청장"], &["Administrator"], false),
    t("Head", &["원장", "처장", "단장", "본부장"], &[], false),
    t(
        "Chief Information Officer",
        &["CIO", "최고정보책임자"],
        &["CIO"],
        false,
    ),
    t(
        "Chief Executive",
        &["최고경영자"],
        &["Chief Executive Officer"],
        false,
    ),
];

const fn t(
    en: &'static str,
    ko: &'static [&'static str],
    en_variants: &'static [&'static str],
    of_state: bool,
) -> Title {
    Title {
        en,
        ko,
        en_variants,
        of_state,
    }
}

/// The title whose English form or variant is `s` (case-sensitive on the first letter).
pub fn by_en(s: &str) -> Option<&'static Title> {
    TITLES
        .iter()
        .find(|t| t.en == s || t.en_variants.contains(&s))
}

/// Every Korean title form, longest first (for scanning).
pub fn ko_forms() -> Vec<(&'static str, &'static Title)> {
    let mut v: Vec<(&str, &Title)> = TITLES
        .iter()
        .flat_map(|t| t.ko.iter().map(move |k| (*k, t)))
        .filter(|(k, _)| k.chars().any(super::romanize::is_hangul_syllable))
        .collect();
    v.sort_by_key(|(k, _)| std::cmp::Reverse(k.chars().count()));
    v
}

/// Every English title form, longest first, as a regex alternation.
pub fn en_alternation() -> String {
    let mut v: Vec<&str> = TITLES
        .iter()
        .flat_map(|t| std::iter::once(t.en).chain(t.en_variants.iter().copied()))
        .collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v.dedup();
    v.iter()
        .map(|s| regex::escape(s))
        .collect::<Vec<_>>()
        .join("|")
}

/// The English post name for a title in an organization or state whose English label is
/// `org`: `Minister` + `Ministry of the Interior` → `Minister of the Interior`;
/// `Secretary-General` + `OECD` → `Secretary-General of the OECD`; `President` +
/// `Estonia` → `President of Estonia`.
pub fn post_label_en(title: &Title, org: &str, is_state: bool) -> String {
    if let Some(rest) = org
        .strip_prefix("Ministry of ")
        .or(org.strip_prefix("Ministry for "))
        && title.en.ends_with("Minister")
    {
        let prep = if org.starts_with("Ministry for ") {
            "for"
        } else {
            "of"
        };
        return format!("{} {prep} {rest}", title.en);
    }
    format!("{} of {}", title.en, with_article(org, is_state))
}

/// `the` before names that take it: for organizations, acronyms and multi-word names
/// (`the OECD`, `the Testing Agency`, not `Google`); for states, names such as `United
/// …` or `Republic of …` (not `Estonia`).
fn with_article(name: &str, is_state: bool) -> String {
    let first = name.split_whitespace().next().unwrap_or("");
    let acronym = first.len() >= 2 && first.chars().all(|c| c.is_ascii_uppercase());
    let common = [
        "United",
        "Republic",
        "Kingdom",
        "Democratic",
        "European",
        "Ministry",
        "Department",
        "Office",
        "Agency",
        "National",
        "Council",
        "Commission",
        "Committee",
        "Organisation",
        "Organization",
        "Institute",
        "Bureau",
        "Division",
        "Netherlands",
        "Philippines",
    ];
    if name.starts_with("the ") || name.starts_with("The ") {
        name.to_string()
    } else if common.contains(&first) || (!is_state && (acronym || name.contains(' '))) {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

/// The Korean post name: `{org} {title}` (`행정자치부 장관`, `OECD 사무총장`).
pub fn post_label_ko(title_ko: &str, org_ko: &str) -> String {
    format!("{org_ko} {title_ko}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_labels() {
        for (title, org, want) in [
            (
                "Minister",
                "Ministry of the Interior",
                "Minister of the Interior",
            ),
            (
                "Vice Minister",
                "Ministry of Foreign Affairs",
                "Vice Minister of Foreign Affairs",
            ),
            ("Secretary-General", "OECD", "Secretary-General of the OECD"),
            ("President", "Estonia", "President of Estonia"),
            (
                "President",
                "Republic of Korea",
                "President of the Republic of Korea",
            ),
            (
                "Minister",
                "Cabinet Office",
                "Minister of the Cabinet Office",
            ),
            ("Head", "Google", "Head of Google"),
            (
                "Director General",
                "National Archives",
                "Director General of the National Archives",
            ),
        ] {
            let t = by_en(title).unwrap();
            let state = ["Estonia", "Republic of Korea"].contains(&org);
            assert_eq!(post_label_en(t, org, state), want, "{title} / {org}");
        }
    }

    #[test]
    fn titles_both_ways() {
        for (en, ko) in [
            ("Minister", "장관"),
            ("Vice Minister", "차관"),
            ("Secretary-General", "사무총장"),
            ("Ambassador", "대사"),
            ("Prime Minister", "총리"),
            ("Director General", "국장"),
            ("Mayor", "시장"),
            ("Chief Executive", "최고경영자"),
            ("Chief Information Officer", "최고정보책임자"),
        ] {
            let by_ko = ko_forms()
                .into_iter()
                .find(|(k, _)| *k == ko)
                .map(|(_, t)| t.en);
            assert_eq!(by_ko, Some(en), "{ko}");
            assert!(by_en(en).unwrap().ko.contains(&ko), "{en}");
        }
        assert_eq!(
            by_en("Secretary General").map(|t| t.en),
            Some("Secretary-General")
        );
        assert_eq!(ko_forms().first().map(|(k, _)| k.chars().count()), Some(7));
    }
}
