//! A name to a person: the gazetteer's person by any written or derived form (the
//! Korean name, the English name as written and normalised, the romanized Korean name),
//! else one whose Latin name the text misses by small slips or a middle name
//! ([`fuzzy_person`]), else the Korean family name alone of a foreign person found
//! before, else a new person keyed by the English or romanized name.

use super::super::romanize::{
    canonical_korean_name, family_of_romanized, given_name_meets, is_hangul_syllable,
    romanize_name, romanize_word, split_name,
};
use super::super::{Ctx, Out, entity_with};
use super::EN_KOREAN_FAMILY;
use super::cross_script::foreign_person_slug;
use crate::model::{EntityKey, EntityKind, Lang};
use crate::rdf::iri::slugify;

/// Normalises an English name: Korean order with separate given-name syllables
/// (`Kim Boo Kyum` → `Kim Boo-kyum`), a capitalised family name written last (`Young
/// CHIN` → `Chin Young`).
pub(super) fn normalize_en_name(name: &str) -> String {
    // `Chin, Young` (family name, comma, given name) reads as `Chin Young`.
    let name = name.replace(',', " ");
    let toks: Vec<&str> = name.split_whitespace().collect();
    let cap = |s: &str| {
        let lower = s.to_lowercase();
        let mut cs = lower.chars();
        cs.next()
            .map(|f| f.to_uppercase().chain(cs).collect::<String>())
            .unwrap_or_default()
    };
    let all_caps = |s: &str| s.chars().count() > 1 && s.chars().all(|c| c.is_uppercase());
    if toks.len() == 2 && all_caps(toks[1]) && !all_caps(toks[0]) {
        return format!("{} {}", cap(toks[1]), toks[0]);
    }
    if toks.len() == 3 && EN_KOREAN_FAMILY.contains(&toks[0]) && !toks[1].contains('-') {
        return format!("{} {}-{}", toks[0], toks[1], toks[2].to_lowercase());
    }
    toks.join(" ")
}

/// Resolves a person from a Korean and/or English name; adds the entity to `out`.
pub(super) fn resolve_person(
    ctx: &Ctx,
    out: &mut Out,
    ko: Option<&str>,
    en: Option<&str>,
) -> Option<EntityKey> {
    let en_norm = en.map(normalize_en_name);
    let romanized = ko.and_then(romanize_name);
    // The key of a Korean person is canonical ([`canonical_korean_name`]): the Hangul
    // name's romanization, or an English-written Korean name brought to that form, so
    // that every spelling of one name meets (`Park Ji-sung` ↔ 박지성 `park-ji-seong`);
    // the label keeps the spelling the text used.
    let canonical = en_norm
        .as_deref()
        .and_then(canonical_korean_name)
        .or_else(|| romanized.clone());
    let on = ctx.date();
    let known = [
        ko,
        en,
        en_norm.as_deref(),
        romanized.as_deref(),
        canonical.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find_map(|s| ctx.gaz.lookup(s, Some(EntityKind::Person), on))
    .cloned();
    let known = known.or_else(|| {
        [en, en_norm.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|s| fuzzy_person(ctx, s))
    });
    // `Han Chang-seob` when the notice or the gazetteer has 한창섭: the one person whose
    // Hangul name the Latin one spells in a common variant.
    let known = known.or_else(|| {
        let en = en_norm.as_deref().filter(|_| ko.is_none())?;
        let persons = out.entities.iter().chain(ctx.gaz.entities());
        hangul_person_spelled(en, persons).cloned()
    });
    if let Some(mut e) = known {
        if let Some(ko) = ko
            && e.label(Lang::Ko).is_none_or(|l| l != ko)
        {
            e.alt_labels.push(crate::model::Label::new(ko, Lang::Ko));
        }
        let key = e.key.clone();
        out.add_entity(e);
        return Some(key);
    }
    // `구리아 사무총장` after `앙헬 구리아`: the family name alone of a foreign person
    // already found (a name written given name first, in several words) is that person,
    // not a Korean name of its own.
    if let Some(ko) = ko
        && en.is_none()
        && let Some(e) = out.entities.iter().find(|e| {
            e.key.kind == EntityKind::Person
                && e.labels.iter().chain(&e.alt_labels).any(|l| {
                    Lang::from_tag(&l.lang) == Some(Lang::Ko)
                        && l.text.split_whitespace().count() >= 2
                        && l.text.split_whitespace().last() == Some(ko)
                })
        })
    {
        return Some(e.key.clone());
    }
    let foreign = foreign_name(en_norm.as_deref(), ko, canonical.as_deref());
    let en_label = en_norm.or(romanized);
    let slug = match (&canonical, &en_label, ko) {
        _ if foreign.is_some() => foreign.unwrap_or_default(),
        (Some(c), _, _) => slugify(c),
        (None, Some(l), _) => slugify(l),
        (None, None, Some(k)) => slugify(&romanize_word(k)),
        (None, None, None) => String::new(),
    };
    if slug.is_empty() {
        return None;
    }
    let key = EntityKey::new(EntityKind::Person, slug);
    out.add_entity(entity_with(key.clone(), en_label.as_deref(), ko));
    Some(key)
}

/// The one person among `persons` with a Korean label that the Latin Korean name `en`
/// (`Family Given-name`, a known family name in any spelling: `Han Chang-seob`, `Rhee
/// Sung-min`) spells in common variants ([`given_name_meets`]: 한창섭, 이성민). `None`
/// when no person or two different ones (`Kim Sung-min` with both 김성민 and 김승민) do.
fn hangul_person_spelled<'a>(
    en: &str,
    persons: impl Iterator<Item = &'a crate::model::Entity>,
) -> Option<&'a crate::model::Entity> {
    let [family, given] = en.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    let family = family_of_romanized(family)?;
    let mut found: Option<&crate::model::Entity> = None;
    for e in persons.filter(|e| e.key.kind == EntityKind::Person) {
        let spelled = e.labels.iter().chain(&e.alt_labels).any(|l| {
            Lang::from_tag(&l.lang) == Some(Lang::Ko)
                && split_name(&l.text)
                    .is_some_and(|(f, g)| f == family && given_name_meets(given, &g))
        });
        match found {
            _ if !spelled => {}
            Some(f) if f.key != e.key => return None,
            _ => found = Some(e),
        }
    }
    found
}

/// The cross-script key ([`foreign_person_slug`]) of a name judged foreign: a Latin
/// name `en` that is no Korean name (no canonical Korean form, no Korean family name
/// first or last: `Eliud Owalo`, not `Ko Ki-dong` nor `Jong-in Yun`), else a Hangul name
/// `ko` that is no Korean name's shape (several words or over five syllables: `실비아
/// 콘스타인`). The Latin name is keyed when both are written. `None` for Korean names
/// (their key stays the canonical romanization).
fn foreign_name(en: Option<&str>, ko: Option<&str>, canonical: Option<&str>) -> Option<String> {
    if canonical.is_some() {
        return None;
    }
    match (en, ko) {
        (Some(en), _) => {
            let toks: Vec<&str> = en.split_whitespace().collect();
            let korean = [toks.first(), toks.last()]
                .into_iter()
                .flatten()
                .any(|t| EN_KOREAN_FAMILY.contains(&t.trim_end_matches(',')));
            (!korean && toks.len() >= 2)
                .then(|| foreign_person_slug(en))
                .flatten()
        }
        (None, Some(ko)) if ko.chars().any(is_hangul_syllable) && romanize_name(ko).is_none() => {
            foreign_person_slug(ko)
        }
        _ => None,
    }
}

/// A gazetteer person whose Latin name is `name` written with small slips: each token
/// compared letter by letter, accents folded, `?` in the text standing for any one lost
/// letter (`Plac?`), at most one edit (substitution, insertion, deletion, or swap of two
/// neighbours) per six letters on names of at least eight letters (`Kang Kyung-wah`); or
/// `name` without its middle names (`Shavkat Miromonovic Mirziyoyev`). Only a unique
/// best candidate is returned.
fn fuzzy_person(ctx: &Ctx, name: &str) -> Option<crate::model::Entity> {
    let toks: Vec<&str> = name.split_whitespace().collect();
    let mut forms = vec![fold_name(name)];
    if toks.len() >= 3 {
        forms.push(fold_name(&format!("{} {}", toks[0], toks[toks.len() - 1])));
    }
    let mut best: Option<(usize, &crate::model::Entity)> = None;
    let mut tie = false;
    for e in ctx
        .gaz
        .entities()
        .iter()
        .filter(|e| e.key.kind == EntityKind::Person)
    {
        for label in e.labels.iter().chain(&e.alt_labels) {
            if label.text.chars().any(is_hangul_syllable) {
                continue;
            }
            let target = fold_name(&label.text);
            let letters = target.chars().filter(|c| c.is_alphabetic()).count();
            for form in &forms {
                if form.split(' ').count() != target.split(' ').count() {
                    continue;
                }
                let d = edit_distance(form, &target);
                let allowed = if letters >= 8 { letters / 6 } else { 0 };
                if d > allowed {
                    continue;
                }
                match best {
                    Some((bd, be)) if bd < d || (bd == d && be.key == e.key) => {}
                    Some((bd, _)) if bd == d => tie = true,
                    _ => {
                        best = Some((d, e));
                        tie = false;
                    }
                }
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(_, e)| e.clone())
}

/// Lowercase, accents folded, hyphens and spaces kept, other punctuation but `?` dropped.
fn fold_name(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '?'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one
/// substring); `?` in `a` matches any character of `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1] && a[i - 1] != '?');
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::run;

    #[test]
    fn english_names_normalise() {
        for (input, want) in [
            ("Kim Boo Kyum", "Kim Boo-kyum"),
            ("Young CHIN", "Chin Young"),
            ("Angel Gurria", "Angel Gurria"),
            ("Lee In-jae", "Lee In-jae"),
            ("Chung Yoon Kee", "Chung Yoon-kee"),
        ] {
            assert_eq!(normalize_en_name(input), want, "{input}");
        }
    }

    /// (text name, gazetteer name, distance) — one case a line.
    #[test]
    fn name_edit_distance() {
        for (a, b, d) in [
            ("kang min-wah", "kang min-wha", 1),
            ("plac?", "placé", 0),
            ("plac?", "plate", 1),
            ("john smith", "john smith", 0),
            ("jon smyth", "john smith", 2),
        ] {
            assert_eq!(edit_distance(&fold_name(a), &fold_name(b)), d, "{a} / {b}");
        }
    }

    /// Regression (found with the Korean visit rules): a foreign person's family name
    /// alone, after their full Korean name, was read as a new Korean name (`구리아` →
    /// `Koo Ri-a`).
    #[test]
    fn foreign_family_name_alone_is_the_person_found() {
        let got = run(
            "ko",
            "앙헬 구리아 사무총장이 방한했다. 구리아 사무총장은 강연도 했다.",
        );
        let persons = got.person_slugs();
        assert_eq!(persons, ["angel-gurria"]);
    }

    /// A Korean name in a variant spelling is the person of the Hangul name the notice
    /// gives; written alone it is keyed by its RR form, so both languages' notices meet.
    #[test]
    fn variant_spellings_are_one_korean_person() {
        for (lang, text) in [
            ("ko", "한창섭 차관은 개회사를 했다."),
            ("en", "Vice Minister Han Chang-seob opened the session."),
            ("en", "Vice Minister Han Chang-sub opened the session."),
            ("en", "Vice Minister Han Chang-seop opened the session."),
        ] {
            assert_eq!(run(lang, text).person_slugs(), ["han-chang-seop"], "{text}");
        }
        let persons = [hangul_person("김성민"), hangul_person("김성미")];
        let spelled =
            |en: &str| hangul_person_spelled(en, persons.iter()).map(|p| p.key.slug.clone());
        assert_eq!(spelled("Kim Sung-min").as_deref(), Some("kim-seong-min"));
        assert_eq!(spelled("Gim Seong-min").as_deref(), Some("kim-seong-min"));
        assert_eq!(spelled("Kim Song-min"), None);
        assert_eq!(spelled("Lee Sung-min"), None);
    }

    /// A person known by a Hangul name only, keyed by its romanization.
    fn hangul_person(h: &str) -> crate::model::Entity {
        let slug = slugify(&romanize_name(h).unwrap_or_default());
        let mut e = crate::model::Entity::new(EntityKey::new(EntityKind::Person, slug));
        e.labels.push(crate::model::Label::new(h, Lang::Ko));
        e
    }

    /// Two Hangul persons a Latin spelling could both stand for: neither is chosen.
    #[test]
    fn ambiguous_spellings_choose_nobody() {
        let persons = [hangul_person("김성민"), hangul_person("김승민")];
        assert!(hangul_person_spelled("Kim Sung-min", persons.iter()).is_none());
        // `seung` and `seong` share a skeleton: both stay candidates.
        assert!(hangul_person_spelled("Kim Seung-min", persons.iter()).is_none());
    }

    #[test]
    fn romanized_alias_resolves_to_known_person() {
        // 윤영희 romanizes to Yoon Yeong-hui, an alias of the test gazetteer's person.
        let got = run("ko", "윤영희 장관은 회의를 열었다.");
        assert!(
            got.mentions
                .iter()
                .any(|m| m.entity.slug == "yoon-young-hee"),
            "{got:#?}"
        );
    }

    /// An unknown Korean person has the Korean label as written and the romanized name
    /// as an English label: an alternative one in a Korean notice (see
    /// `derived_labels_to_alternatives`).
    #[test]
    fn unknown_korean_person_gets_both_labels() {
        let got = run("ko", "행정자치부 고광완 국장이 발표했다.");
        let e = got
            .entities
            .iter()
            .find(|e| e.key.slug == "ko-gwang-wan")
            .unwrap();
        assert!(
            e.alt_labels
                .iter()
                .any(|l| l.text == "Ko Gwang-wan" && l.lang == "en"),
            "{e:#?}"
        );
        assert_eq!(e.label(Lang::Ko), Some("고광완"));
    }
}
