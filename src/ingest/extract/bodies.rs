//! One key per foreign government body across notices and languages.
//!
//! A Korean notice writes a foreign ministry with Korean words (`에티오피아 혁신기술부`), an
//! English one with English words (`Ethiopia's Ministry of Innovation and Technology`,
//! `the Ministry of Innovation and Technology of Ethiopia`); each used to be keyed on its
//! own words. The key made here is built from what the name means, not from how it is
//! written: the body's country, its kind (ministry, agency, commission, institute) and the
//! set of its subject concepts, read with a small lexicon of government vocabulary
//! (`data/lexicon/body_words.tsv`: `정보`/`information`, `통신`/`communications`,
//! `ICT` = information + communication + technology, `부`/`ministry`, `청`/`agency`,
//! `authority`, …).
//!
//! - Korean: the name's last morpheme is its kind (`부`, `처`, `청`, `위원회`, `원`); the rest
//!   is split into lexicon words by longest match (`정보통신기술` → 정보 · 통신 · 기술).
//! - English: the kind is the head noun, first before `of`/`for` (`Ministry of X and Y`) or
//!   last (`X Y Authority`); the other words are read by longest match (`Information
//!   Society` is one concept), skipping `of`, `for`, `and`, `the`, `&`.
//!
//! The concepts are written in the lexicon's order, so the key does not depend on the
//! order of the words: `ministry-of-{a}-{b}-and-{c}-{country}` for a ministry,
//! `{a}-and-{b}-{kind}-{country}` for other kinds, `{country}` being the slug of the
//! country's English label (`ministry-of-innovation-and-technology-ethiopia`,
//! `information-society-agency-rwanda`). A name with any word outside the lexicon gets no
//! key ([`None`]): the caller keeps its per-language key, as two names that share only
//! some words must not meet. Labels stay as each notice writes them.
//!
//! Korean bodies the gazetteer does not know (`대통령직속 정부혁신위원회`, `Presidential
//! Committee on Government Innovation`) are keyed the same way without a country, Korea
//! being implied: `{pair}-{concepts}-{kind}`, a bilateral pair (`korea-mongolia`) first
//! for a joint body ([`ko_home_body_slug`], [`en_home_body_slug`]). Bodies the gazetteer
//! knows keep its keys (callers never reach here for them).

use std::sync::LazyLock;

/// One lexicon line: its type, concepts, Korean and English forms.
struct Word {
    /// `true` for a kind (head noun), `false` for a subject word.
    kind: bool,
    /// `true` for a modifier (`national`, `digital`): written before the other
    /// concepts, outside their `and` list.
    modifier: bool,
    /// The concepts the word stands for (several for `ICT`).
    concepts: Vec<&'static str>,
    /// Korean forms.
    ko: Vec<&'static str>,
    /// English forms, lowercase, as sequences of words.
    en: Vec<Vec<&'static str>>,
}

/// The lexicon file, compiled in.
const LEXICON_TSV: &str = include_str!("../../../data/lexicon/body_words.tsv");

/// The lexicon, in file order (the order concepts are written in keys).
static LEXICON: LazyLock<Vec<Word>> = LazyLock::new(|| parse_lexicon(LEXICON_TSV));

/// Reads the lexicon: `type TAB concept(s) TAB ko forms TAB en forms`, `#` comments.
/// Malformed lines are skipped (the unit tests check that none is).
fn parse_lexicon(tsv: &'static str) -> Vec<Word> {
    let forms = |s: &'static str| -> Vec<&'static str> {
        s.split('|')
            .filter(|f| !f.is_empty() && *f != "-")
            .collect()
    };
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let [kind, concept, ko, en] = cols[..] else {
                return None;
            };
            Some(Word {
                kind: kind == "kind",
                modifier: kind == "modifier",
                concepts: concept.split('+').collect(),
                ko: forms(ko),
                en: forms(en)
                    .into_iter()
                    .map(|f| f.split(' ').collect())
                    .collect(),
            })
        })
        .collect()
}

/// The Korean words of the lexicon with the English form event and document names
/// give them (`혁신` → `innovation`, `위원회` → `committee`): each Korean form of two
/// syllables or more (one-syllable kinds such as `부` or `청` end too many other words)
/// with the word's first English form, else its concept. Read by `identity` so that a
/// word is translated the same in body and event names.
pub(crate) fn ko_name_words() -> Vec<(&'static str, String)> {
    LEXICON
        .iter()
        .flat_map(|w| {
            let en =
                w.en.first()
                    .map_or_else(|| w.concepts.join(" "), |f| f.join(" "));
            w.ko.iter()
                .filter(|ko| ko.chars().count() > 1)
                .map(move |ko| (*ko, en.clone()))
        })
        .collect()
}

/// English words that join a name's words and mean nothing of its remit.
const EN_JOINERS: &[&str] = &["of", "for", "and", "the", "&", "on"];

/// The neutral key (a slug) of a foreign body written in Korean without its country:
/// `stem` is the name (`혁신기술부`, particles stripped), `country` the slug of the
/// country's English label (`ethiopia`). `None` unless the name ends in a kind and the
/// rest is made of lexicon words only.
pub(crate) fn ko_body_slug(stem: &str, country: &str) -> Option<String> {
    let (kind, concepts) = ko_parts(stem)?;
    key_slug(kind, &concepts, country)
}

/// The neutral key (a slug) of a foreign body written in English without its country
/// (`Ministry of Innovation and Technology`, `Information Society Authority`); `country`
/// as for [`ko_body_slug`]. `None` unless the head is a kind and every other word is a
/// lexicon word or a joiner (`of`, `and`, …).
pub(crate) fn en_body_slug(name: &str, country: &str) -> Option<String> {
    let (kind, concepts) = en_parts(name)?;
    key_slug(kind, &concepts, country)
}

/// The neutral key (a slug) of a Korean body the gazetteer does not know, written in
/// Korean (`대통령직속 정부혁신위원회`, `디지털전환협의회`; spaces ignored, particles
/// stripped, a bilateral pair word left out): `pair` is the slug of a bilateral pair
/// opening the name (`korea-mongolia`, see `identity::country_pair`). Korea is implied,
/// so the key has no country: `{pair}-{concepts}-{kind}`
/// (`presidential-government-innovation-commission`). `None` unless the name ends in a
/// kind and the rest is made of lexicon words only.
pub(crate) fn ko_home_body_slug(name: &str, pair: Option<&str>) -> Option<String> {
    let (kind, concepts) = ko_parts(name)?;
    home_slug(kind, &concepts, pair)
}

/// The neutral key of a Korean body the gazetteer does not know, written in English
/// (`Presidential Committee on Government Innovation`, `Digital Transformation
/// Council`; a bilateral pair word left out and given as `pair`): the key
/// [`ko_home_body_slug`] gives its Korean name. `None` unless the head is a kind and
/// every other word is a lexicon word or a joiner.
pub(crate) fn en_home_body_slug(name: &str, pair: Option<&str>) -> Option<String> {
    let (kind, concepts) = en_parts(name)?;
    home_slug(kind, &concepts, pair)
}

/// Whether the Korean word `word` is made of subject and modifier words of the
/// lexicon only (`전자정부`, `공공행정`), with no kind.
pub(crate) fn ko_subject_words(word: &str) -> bool {
    !word.is_empty() && ko_subject_split(word).is_some()
}

/// The lexicon's subject and modifier words that make up the Korean word `word`, by
/// longest match from its start; `None` if some part is not one.
fn ko_subject_split(word: &str) -> Option<Vec<&'static Word>> {
    let mut rest = word;
    let mut words = Vec::new();
    while !rest.is_empty() {
        let (w, f) = LEXICON
            .iter()
            .filter(|w| !w.kind)
            .flat_map(|w| w.ko.iter().map(move |f| (w, *f)))
            .filter(|(_, f)| rest.starts_with(f))
            .max_by_key(|(_, f)| f.len())?;
        words.push(w);
        rest = &rest[f.len()..];
    }
    Some(words)
}

/// The English of a Korean portfolio written in lexicon subject and modifier words
/// ([`ko_subject_words`]), each word's first English form capitalised: `디지털정부` →
/// `Digital Government`, `전자정부` → `E-government`. `None` if `word` is empty or not
/// made of such words.
pub(crate) fn ko_subject_en(word: &str) -> Option<String> {
    let words = ko_subject_split(word).filter(|w| !w.is_empty())?;
    let capitalised = |t: &str| {
        let mut cs = t.chars();
        cs.next()
            .map(|c| c.to_uppercase().chain(cs).collect::<String>())
            .unwrap_or_default()
    };
    let en: Vec<String> = words
        .iter()
        .filter_map(|w| w.en.first())
        .flat_map(|f| f.iter().map(|t| capitalised(t)))
        .collect();
    (!en.is_empty()).then(|| en.join(" "))
}

/// Whether the Korean word `word` is a modifier of the lexicon (`대통령직속`).
pub(crate) fn ko_modifier_words(word: &str) -> bool {
    LEXICON.iter().any(|w| w.modifier && w.ko.contains(&word))
}

/// The kind concept and the subject concepts of a Korean body name: its last morpheme
/// is its kind, the rest is split into lexicon words by longest match (spaces ignored).
/// `None` when some part is not in the lexicon.
fn ko_parts(stem: &str) -> Option<(&'static str, Vec<&'static str>)> {
    let stem: String = stem.chars().filter(|c| !c.is_whitespace()).collect();
    let (kind, rest) = LEXICON
        .iter()
        .filter(|w| w.kind)
        .flat_map(|w| w.ko.iter().map(move |f| (w, *f)))
        .filter(|(_, f)| stem.ends_with(f))
        .max_by_key(|(_, f)| f.len())
        .map(|(w, f)| (w, &stem[..stem.len() - f.len()]))?;
    let mut concepts = Vec::new();
    let mut rest = rest;
    while !rest.is_empty() {
        let (w, f) = LEXICON
            .iter()
            .filter(|w| !w.kind)
            .flat_map(|w| w.ko.iter().map(move |f| (w, *f)))
            .filter(|(_, f)| rest.starts_with(f))
            .max_by_key(|(_, f)| f.len())?;
        concepts.extend(w.concepts.iter().copied());
        rest = &rest[f.len()..];
    }
    Some((kind.concepts[0], concepts))
}

/// The kind concept and the subject concepts of an English body name: the kind is the
/// first kind word followed by `of`/`for`/`on` (`Presidential Committee on X`,
/// `Ministry of X`), else the last word (`X Y Authority`); the other words are read by
/// longest match, joiners skipped. `None` when some word is not in the lexicon.
fn en_parts(name: &str) -> Option<(&'static str, Vec<&'static str>)> {
    let lower = name.to_lowercase().replace([',', '’'], " ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let kind_of = |w: &str| {
        LEXICON
            .iter()
            .find(|k| k.kind && k.en.iter().any(|f| f.len() == 1 && f[0] == w))
    };
    let head = words.iter().enumerate().find(|(i, w)| {
        kind_of(w).is_some()
            && words
                .get(i + 1)
                .is_some_and(|next| ["of", "for", "on"].contains(next))
    });
    let (kind, rest): (_, Vec<&str>) = match (head, words.as_slice()) {
        (Some((i, w)), _) => (
            kind_of(w)?,
            words[..i].iter().chain(&words[i + 2..]).copied().collect(),
        ),
        (None, [rest @ .., last]) => (kind_of(last)?, rest.to_vec()),
        (None, []) => return None,
    };
    let mut concepts = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        if EN_JOINERS.contains(&rest[i]) {
            i += 1;
            continue;
        }
        let (w, n) = LEXICON
            .iter()
            .filter(|w| !w.kind)
            .flat_map(|w| w.en.iter().map(move |f| (w, f)))
            .filter(|(_, f)| rest[i..].starts_with(f))
            .map(|(w, f)| (w, f.len()))
            .max_by_key(|(_, n)| *n)?;
        concepts.extend(w.concepts.iter().copied());
        i += n;
    }
    Some((kind.concepts[0], concepts))
}

/// The key of a Korean body of `kind` with `concepts`: `{pair}-{concepts}-{kind}`, the
/// concepts as [`concept_list`] writes them. `None` without concepts.
fn home_slug(kind: &str, concepts: &[&str], pair: Option<&str>) -> Option<String> {
    if concepts.is_empty() {
        return None;
    }
    let list = concept_list(concepts);
    Some(match pair {
        Some(p) => format!("{p}-{list}-{kind}"),
        None => format!("{list}-{kind}"),
    })
}

/// The key of a body of `kind` with `concepts` (any order, repeats allowed) in
/// `country`: concepts in lexicon order, `ministry-of-a-b-and-c-{country}` or
/// `a-b-and-c-{kind}-{country}`. `None` without concepts or country.
fn key_slug(kind: &str, concepts: &[&str], country: &str) -> Option<String> {
    if concepts.is_empty() || country.is_empty() {
        return None;
    }
    let list = concept_list(concepts);
    Some(if kind == "ministry" {
        format!("ministry-of-{list}-{country}")
    } else {
        format!("{list}-{kind}-{country}")
    })
}

/// `concepts` (any order, repeats allowed) written in lexicon order as one slug: the
/// modifiers first, then the nouns as an `and` list (`digital-a-b-and-c`).
fn concept_list(concepts: &[&str]) -> String {
    let ordered = |modifier: bool| -> Vec<String> {
        LEXICON
            .iter()
            .filter(|w| w.modifier == modifier)
            .flat_map(|w| w.concepts.iter())
            .filter(|c| concepts.contains(c))
            .fold(Vec::new(), |mut v: Vec<&str>, c| {
                if !v.contains(c) {
                    v.push(c);
                }
                v
            })
            .iter()
            .map(|c| c.replace(' ', "-"))
            .collect()
    };
    let nouns = match ordered(false).as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}-and-{last}", init.join("-")),
    };
    ordered(true)
        .into_iter()
        .chain((!nouns.is_empty()).then_some(nouns))
        .collect::<Vec<_>>()
        .join("-")
}

/// The slug of the post of `title_slug` (`minister`, `vice-minister`) in a body keyed
/// `body_slug` by this module: `minister-of-innovation-and-technology-ethiopia` for a
/// ministry, `{title}-of-{body}` otherwise.
pub(crate) fn post_slug(title_slug: &str, body_slug: &str) -> String {
    match body_slug.strip_prefix("ministry-of-") {
        Some(rest) if title_slug.ends_with("minister") => format!("{title_slug}-of-{rest}"),
        _ => format!("{title_slug}-of-{body_slug}"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::run;
    use super::*;
    use crate::model::EntityKind;

    /// The slugs of the entities of `kind` a notice in `lang` gives, sorted.
    fn slugs(lang: &str, text: &str, kind: EntityKind) -> Vec<String> {
        let mut v: Vec<String> = run(lang, text)
            .entities
            .iter()
            .filter(|e| e.key.kind == kind)
            .map(|e| e.key.slug.clone())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn foreign_bodies_meet_across_languages() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "ko",
                "행정안전부는 에티오피아 혁신기술부와 협약을 맺었다.",
                "ministry-of-innovation-and-technology-ethiopia",
            ),
            (
                "en",
                "The agreement was made with Ethiopia's Ministry of Innovation and Technology last week.",
                "ministry-of-innovation-and-technology-ethiopia",
            ),
            (
                "en",
                "The agreement was made with the Ministry of Innovation and Technology of Ethiopia last week.",
                "ministry-of-innovation-and-technology-ethiopia",
            ),
            (
                "en",
                "Officials of the Ethiopian Ministry of Innovation and Technology came too.",
                "ministry-of-innovation-and-technology-ethiopia",
            ),
            (
                "ko",
                "르완다 정보사회청 관계자들이 연수에 참여했다.",
                "information-society-agency-rwanda",
            ),
            (
                "en",
                "Staff of the Rwanda Information Society Authority joined the course.",
                "information-society-agency-rwanda",
            ),
        ];
        for (lang, text, want) in cases {
            let got = slugs(lang, text, EntityKind::Organization);
            assert!(got.iter().any(|s| s == want), "{text}: {got:?}");
        }
    }

    /// `발전` is development as `개발` is (`정보기술발전부`), and a later mention of a
    /// foreign body without its country (`… 장관`) keeps the country's key: one IRI in
    /// both languages, no country-less duplicate.
    #[test]
    fn development_bodies_meet_and_keep_their_country() {
        let key = "ministry-of-development-information-and-technology-ethiopia";
        let ko = "행정안전부는 에티오피아 정보기술발전부와 회담했다. 정보기술발전부 차관은 협력을 약속했다.";
        let en = "Officials met Ethiopia's Ministry for Development of Information and Technology on Monday.";
        for (lang, text) in [("ko", ko), ("en", en)] {
            let got = slugs(lang, text, EntityKind::Organization);
            assert!(got.iter().any(|s| s == key), "{text}: {got:?}");
            assert!(
                got.iter().all(|s| !s.starts_with("jeongbo")),
                "{text}: {got:?}"
            );
        }
    }

    /// A Korean and an English notice of one visit, in this module's own words, name
    /// the same foreign person, body and post.
    #[test]
    fn korean_and_english_notices_share_iris() {
        let ko = "아베바 타데세 에티오피아 혁신기술부 장관은 4일 서울을 찾아 차관과 면담했다.";
        let en = "Abeba Tadesse, Ethiopia's Minister of Innovation and Technology, came to \
                  Seoul on June 4. Ethiopian Minister of Innovation and Technology Abeba \
                  Tadesse met the vice minister.";
        for kind in [
            EntityKind::Person,
            EntityKind::Post,
            EntityKind::Organization,
        ] {
            let (k, e) = (slugs("ko", ko, kind), slugs("en", en, kind));
            assert!(!k.is_empty(), "{kind:?}");
            assert_eq!(k, e, "{kind:?}");
        }
    }

    #[test]
    fn foreign_ministers_hold_one_post_across_languages() {
        let ko = "카를로스 에레라 콜롬비아 정보통신기술부 장관은 서울에서 차관을 만났다.";
        let en = [
            "Carlos Herrera, Colombia's Minister of Information and Communications Technologies, met the vice minister in Seoul.",
            "Colombian Minister of Information and Communications Technologies Carlos Herrera met the vice minister in Seoul.",
        ];
        let post = "minister-of-information-communication-and-technology-colombia";
        let body = "ministry-of-information-communication-and-technology-colombia";
        for (lang, text) in std::iter::once(("ko", ko)).chain(en.map(|e| ("en", e))) {
            let x = run(lang, text);
            let holds = x
                .holdings
                .iter()
                .any(|h| h.person.slug == "kls-ella" && h.post.slug == post);
            assert!(holds, "{text}: {:?}", x.holdings);
            let part_of = x
                .entities
                .iter()
                .find(|e| e.key.slug == post)
                .and_then(|e| e.part_of.as_ref())
                .map(|k| k.slug.as_str());
            assert_eq!(part_of, Some(body), "{text}");
        }
    }

    /// Korean bodies the gazetteer does not know meet their English names (sentences in
    /// this module's own words).
    #[test]
    fn unknown_korean_bodies_meet_across_languages() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "대통령직속 정부혁신위원회는 어제 새 계획을 내놓았다.",
                "The Presidential Committee on Government Innovation put out a new plan yesterday.",
                "presidential-government-innovation-commission",
            ),
            (
                "디지털전환협의회가 다음 달 첫 회의를 연다.",
                "The Digital Transformation Council will sit for the first time next month.",
                "digital-transformation-council",
            ),
            (
                "한-페루 공공행정협의회 위원들이 서울에 모였다.",
                "Members of the Korea-Peru Public Administration Council gathered in Seoul.",
                "korea-peru-public-administration-council",
            ),
            (
                "양국은 한-페루 전자정부 협력위원회 설치에 합의했다.",
                "The two sides agreed to set up the Korea-Peru E-Government Cooperation Committee.",
                "korea-peru-e-government-and-cooperation-commission",
            ),
        ];
        for (ko, en, want) in cases {
            for (lang, text) in [("ko", ko), ("en", en)] {
                let got = slugs(lang, text, EntityKind::Organization);
                assert!(got.iter().any(|s| s == want), "{text}: {got:?}");
            }
        }
    }

    #[test]
    fn home_body_keys() {
        assert_eq!(
            ko_home_body_slug("대통령직속정부혁신위원회", None).as_deref(),
            Some("presidential-government-innovation-commission")
        );
        assert_eq!(
            en_home_body_slug("Presidential Committee on Government Innovation", None).as_deref(),
            Some("presidential-government-innovation-commission")
        );
        assert_eq!(
            en_home_body_slug("Public Administration Council", Some("korea-mongolia")).as_deref(),
            Some("korea-mongolia-public-administration-council")
        );
        // A word outside the lexicon keeps the per-language key.
        assert_eq!(ko_home_body_slug("미래비전위원회", None), None);
        assert_eq!(en_home_body_slug("Future Vision Committee", None), None);
        assert!(ko_subject_words("전자정부"));
        assert!(!ko_subject_words("협력위원회"));
        assert!(ko_modifier_words("대통령직속"));
    }

    #[test]
    fn lexicon_lines_are_well_formed() {
        let lines = LEXICON_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(LEXICON.len(), lines);
        assert!(LEXICON.iter().all(|w| !w.ko.is_empty() || !w.en.is_empty()));
    }

    #[test]
    fn korean_and_english_names_meet() {
        // (Korean name, English names, country, key)
        let cases: &[(&str, &[&str], &str, &str)] = &[
            (
                "혁신기술부",
                &[
                    "Ministry of Innovation and Technology",
                    "Ministry of Technology and Innovation",
                ],
                "ethiopia",
                "ministry-of-innovation-and-technology-ethiopia",
            ),
            (
                "정보통신기술부",
                &[
                    "Ministry of Information and Communications Technologies",
                    "Ministry of ICT",
                    "Ministry of Information, Communication and Technology",
                ],
                "colombia",
                "ministry-of-information-communication-and-technology-colombia",
            ),
            (
                "정보사회청",
                &[
                    "Information Society Authority",
                    "Information Society Agency",
                ],
                "rwanda",
                "information-society-agency-rwanda",
            ),
            (
                "내무행정부",
                &["Ministry of the Interior and Administration"],
                "poland",
                "ministry-of-the-interior-and-administration-poland",
            ),
            (
                "디지털개발부",
                &["Ministry of Digital Development"],
                "mongolia",
                "ministry-of-digital-development-mongolia",
            ),
            (
                "교육과학위원회",
                &["Committee on Education and Science"],
                "georgia",
                "education-and-science-commission-georgia",
            ),
        ];
        for (ko, ens, country, key) in cases {
            assert_eq!(ko_body_slug(ko, country).as_deref(), Some(*key), "{ko}");
            for en in *ens {
                assert_eq!(en_body_slug(en, country).as_deref(), Some(*key), "{en}");
            }
        }
    }

    #[test]
    fn names_with_unknown_words_get_no_key() {
        assert_eq!(ko_body_slug("국무총리실", "peru"), None);
        assert_eq!(ko_body_slug("미래창조부", "peru"), None);
        assert_eq!(en_body_slug("Ministry of Roads and Ports", "estonia"), None);
        assert_eq!(en_body_slug("Prime Minister's Office", "peru"), None);
        assert_eq!(en_body_slug("Innovation", "peru"), None);
        assert_eq!(ko_body_slug("부", "peru"), None);
        // Different remits stay apart.
        assert_ne!(
            en_body_slug("Ministry of Information and Communications", "kenya"),
            en_body_slug("Ministry of ICT", "kenya")
        );
    }

    #[test]
    fn posts_of_keyed_bodies() {
        assert_eq!(
            post_slug("minister", "ministry-of-innovation-and-technology-ethiopia"),
            "minister-of-innovation-and-technology-ethiopia"
        );
        assert_eq!(
            post_slug("director-general", "information-society-agency-rwanda"),
            "director-general-of-information-society-agency-rwanda"
        );
    }

    /// Korean portfolios in lexicon words read in English; other words give `None`.
    #[test]
    fn korean_portfolios_in_english() {
        assert_eq!(
            ko_subject_en("디지털정부").as_deref(),
            Some("Digital Government")
        );
        assert_eq!(
            ko_subject_en("정보통신").as_deref(),
            Some("Information Communication")
        );
        assert_eq!(ko_subject_en("회의장"), None);
        assert_eq!(ko_subject_en(""), None);
    }
}
