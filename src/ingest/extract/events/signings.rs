//! The names of signings: the canonical English name of a bilateral signing (`Signing of
//! the Korea-<counterpart> <agreement>[ on <theme>]`, README "Agreements"), the counterpart
//! country and its short name, the whole English object of a signing verb, and the
//! document named by a Korean object (`… 등을 담은 부산선언문` → `부산선언문`).

use crate::ingest::extract::{Ctx, re};
use crate::ingest::gazetteer::Match;
use crate::model::{EntityKey, EntityKind, Lang, Span};
use regex::Regex;
use std::sync::LazyLock;

/// The `on …`/`for …` phrase after the document noun of an English signing's object.
static SIGN_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:memorandum of understanding|Memorandum of Understanding|MOU|MoU|MoC|[Ll]etter of [Ii]ntent|LOI|[Dd]eclaration|[Aa]greement|Communique|[Cc]harter)(?:\s*\([A-Za-z]+\))?(?P<tail>\s+(?:on|for)\s+\S.*)$",
    )
});

/// What may follow a whole object phrase: punctuation, the end, or a word that starts
/// another part of the sentence (`… on cybersecurity with Estonia`, `… in Seoul`).
static OBJECT_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s*$|\s*[,.;:)(]|\s+(?:with|between|among|at|in|on|during|and|to|by|from|as|under|which|that|last|this|next|today|yesterday|while|when|after|before|for|of the|in the|regarding|concerning|covering|including|involving|about|across|within|through|following|signed|was|were|is|are|will)\b)",
    )
});

/// The object of an English signing verb without an `on …`/`for …` phrase the pattern
/// cut short (`the MOU on expanding` of `… on expanding cooperation in …`): the object
/// ends at its document noun unless the phrase ends cleanly where the match does.
pub(super) fn whole_object(ctx: &Ctx, o: Span) -> Span {
    let obj = ctx.slice(o);
    let Some(tail) = SIGN_TAIL.captures(&obj).and_then(|c| c.name("tail")) else {
        return o;
    };
    let rest: String = ctx.chars[o.end..(o.end + 20).min(ctx.chars.len())]
        .iter()
        .collect();
    if OBJECT_END.is_match(&rest) {
        return o;
    }
    Span {
        begin: o.begin,
        end: o.begin + obj[..tail.start()].chars().count(),
    }
}

/// The short name of a country as the first or second party of a bilateral agreement
/// (`Korea`, `Belarus`, `Czech` for the Czech Republic).
fn party_name(ctx: &Ctx, key: &EntityKey) -> Option<String> {
    if key.slug == "kr" {
        return Some("Korea".to_string());
    }
    let en = ctx.gaz.get(key)?.label(Lang::En)?.to_string();
    Some(en.strip_suffix(" Republic").unwrap_or(&en).to_string())
}

/// The foreign country a bilateral happening in `sentence` is with: the first country
/// (or body qualified `(Country)`, like `Ministry of the Interior (Serbia)`) named after
/// `pos`, else the last one before it, else the foreign country the notice names most.
fn counterpart(ctx: &Ctx, sentence: Span, pos: usize) -> Option<EntityKey> {
    let country_of = |m: &Match| -> Option<EntityKey> {
        match m.key.kind {
            EntityKind::Country => Some(m.key.clone()),
            EntityKind::Organization | EntityKind::Post => {
                let label = ctx.gaz.get(&m.key)?.label(Lang::En)?;
                let inner = label.strip_suffix(')')?.rsplit_once(" (")?.1;
                ctx.gaz
                    .lookup(inner, Some(EntityKind::Country), ctx.era())
                    .map(|e| e.key.clone())
            }
            _ => None,
        }
    };
    let foreign: Vec<(Span, EntityKey)> = ctx
        .found_in(sentence, &[])
        .into_iter()
        .filter_map(|m| country_of(m).map(|k| (m.span, k)))
        .filter(|(_, k)| k.slug != "kr")
        .collect();
    if let Some((_, k)) = foreign
        .iter()
        .find(|(s, _)| s.begin >= pos)
        .or_else(|| foreign.iter().rfind(|(s, _)| s.end <= pos))
    {
        return Some(k.clone());
    }
    let mut counts: Vec<(EntityKey, usize)> = Vec::new();
    for m in &ctx.found {
        if let Some(k) = country_of(m).filter(|k| k.slug != "kr") {
            match counts.iter_mut().find(|(x, _)| *x == k) {
                Some((_, n)) => *n += 1,
                None => counts.push((k, 1)),
            }
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    let mut top = counts.into_iter().filter(|(_, n)| *n == best);
    match (top.next(), top.next()) {
        (Some((k, _)), None) => Some(k),
        _ => None,
    }
}

static LEADING_ARTICLE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?i:an?|the)\s+"));

static MOU_ABBR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)memorandum of understanding\s*\((MOU)\)"));

static MOU_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"memorandum of understanding|Memorandum of Understanding(?:\s*\(MOU\))?$")
});

static LOI_ABBR: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(letter of intent)\s*\(LOI\)"));

static NAMED_PARTIES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<a>[A-Z][\w]*)\s?[-–]\s?(?P<b>[A-Z][\w ]*?\s+(?:Partnership|MOU|MoU|Agreement|Declaration))",
    )
});

static MULTILATERAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:three|four|five|six|seven|eight|nine|ten|\d+) (?:countries|nations|member states)\b|\d+\s?개국|각국",
    )
});

/// The canonical English name of a reported bilateral signing (README "Agreements"):
/// `Signing of the Korea-<counterpart> <agreement>[ for Cooperation][ on <theme>]`, the
/// counterpart being the other country the sentence names (the first after the verb,
/// else the last before it). An agreement named with its parties (`ROK-EU Digital
/// Partnership`) keeps them, `ROK` written out. `None` when no counterpart is named.
pub(super) fn signing_name(
    ctx: &Ctx,
    sentence: Span,
    whole: Span,
    caps: &[Option<Span>],
) -> Option<String> {
    let (agreement, theme) = match ctx.lang() {
        Lang::En => {
            let obj = ctx.slice(caps.get(2).copied().flatten()?);
            let obj = LEADING_ARTICLE.replace(obj.trim(), "").to_string();
            let obj = MOU_ABBR.replace(&obj, "$1").to_string();
            let obj = MOU_WORDS.replace(&obj, "MOU").to_string();
            let obj = LOI_ABBR.replace(&obj, "$1").to_string();
            if let Some(c) = NAMED_PARTIES.captures(&obj) {
                let a = if &c["a"] == "ROK" {
                    "Republic of Korea"
                } else {
                    &c["a"]
                };
                let rest = &obj[c.name("b")?.start()..];
                return Some(format!("Signing of the {a}-{rest}"));
            }
            (obj, None)
        }
        Lang::Ko => {
            let obj = ctx.slice(caps.get(1).copied().flatten()?);
            let noun = [
                ("양해각서", "MOU"),
                ("업무협약", "MOU"),
                ("MOU", "MOU"),
                ("MoU", "MoU"),
                ("의향서", "Letter of Intent"),
                ("선언", "Declaration"),
                ("헌장", "Charter"),
                ("협정", "Agreement"),
                ("협약", "Agreement"),
            ]
            .iter()
            .find(|(k, _)| obj.contains(k))
            .map(|(_, e)| *e)?;
            let cooperation = if obj.contains("협력") {
                " for Cooperation"
            } else {
                ""
            };
            let obj_span = caps.get(1).copied().flatten()?;
            let theme = ctx
                .found_in(obj_span, &[EntityKind::Topic])
                .first()
                .and_then(|m| ctx.gaz.get(&m.key))
                .and_then(|e| e.label(Lang::En))
                .map(str::to_string)
                .or_else(|| {
                    // A field written before the agreement (`전자정부 분야 협력에 관한`).
                    obj.split_whitespace()
                        .map(|w| crate::ingest::particles::strip_particle(w).0)
                        .find_map(|w| {
                            ctx.gaz
                                .lookup(w, Some(EntityKind::Topic), ctx.era())
                                .and_then(|e| e.label(Lang::En))
                                .map(str::to_string)
                        })
                });
            (format!("{noun}{cooperation}"), theme)
        }
    };
    // An agreement for cooperation with no field stated is in the notice's main field.
    let theme = match theme {
        None if agreement.ends_with("for Cooperation") => main_topic(ctx),
        t => t,
    };
    // A declaration or communiqué of several countries is no bilateral agreement.
    let text = ctx.slice(sentence);
    if MULTILATERAL.is_match(&text) {
        return None;
    }
    let counterpart = counterpart(ctx, sentence, whole.begin)?;
    let party = party_name(ctx, &counterpart)?;
    let theme = theme.map(|t| format!(" on {t}")).unwrap_or_default();
    Some(format!("Signing of the Korea-{party} {agreement}{theme}"))
}

/// The field a notice is about: the topic it names most, at least three times (ties
/// give none).
fn main_topic(ctx: &Ctx) -> Option<String> {
    let mut counts: Vec<(&EntityKey, usize)> = Vec::new();
    for m in ctx.found.iter().filter(|m| m.key.kind == EntityKind::Topic) {
        match counts.iter_mut().find(|(k, _)| **k == m.key) {
            Some((_, n)) => *n += 1,
            None => counts.push((&m.key, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().filter(|n| *n >= 3)?;
    let mut top = counts.iter().filter(|(_, n)| *n == best);
    match (top.next(), top.next()) {
        (Some((k, _)), None) => ctx.gaz.get(k)?.label(Lang::En).map(str::to_string),
        _ => None,
    }
}

/// The name of the document in the Korean object of a signing verb: the words before the
/// document noun back to the last word that ends a clause (a connective `및`/`등`/`또는`,
/// or a word ending in a case particle or an adnominal ending, like `등을`, `담은`,
/// `포함한`), so
/// `D5 결과 등을 담은 부산선언문` names `부산선언문`, while `전자정부 분야 협력에 관한
/// 협력의향서` stays whole (`에 관한` links the field to the document).
pub(super) fn ko_document_name(obj: &str) -> String {
    let toks: Vec<&str> = obj.split_whitespace().collect();
    let ends_clause = |t: &str| {
        if ["및", "등", "또는", "그리고"].contains(&t) {
            return true;
        }
        let (stem, particle) = crate::ingest::particles::strip_particle(t);
        if particle.is_some_and(|p| !["에", "의", "에서"].contains(&p)) && !stem.is_empty() {
            return true;
        }
        // One syllable and a particle or adnominal ending (`등을`, `것을`, `담은`), or a
        // verb's adnominal form (`포함한`, `규정된`), but not the postpositions that link
        // a field to the document (`협력에 관한`, `교류를 위한`).
        let chars: Vec<char> = t.chars().collect();
        (chars.len() == 2 && ['을', '를', '은', '는'].contains(&chars[1]))
            || (chars.len() >= 2
                && t.ends_with(['한', '된', '은', '는'])
                && !["관한", "대한", "위한", "의한", "통한", "향한"].contains(&t))
    };
    let start = toks[..toks.len().saturating_sub(1)]
        .iter()
        .rposition(|t| ends_clause(t))
        .map_or(0, |i| i + 1);
    toks[start..].join(" ")
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &SIGN_TAIL,
    &OBJECT_END,
    &LEADING_ARTICLE,
    &MOU_ABBR,
    &MOU_WORDS,
    &LOI_ABBR,
    &NAMED_PARTIES,
    &MULTILATERAL,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::run;
    use crate::model::EventKind;
    use crate::rdf::iri::slugify;

    /// (lang, text, English name) — bilateral signings get the canonical name.
    #[test]
    fn signing_names() {
        for (lang, text, want) in [
            (
                "en",
                "Last week officials inked a memorandum of understanding (MOU) on e-Government with Estonia.",
                "Signing of the Korea-Estonia MOU on e-Government",
            ),
            (
                "en",
                "Next month Denmark plans to sign with Korea a Memorandum of Understanding on Cooperation in the Field of Data.",
                "Signing of the Korea-Denmark Memorandum of Understanding on Cooperation in the Field of Data",
            ),
            (
                "en",
                "The ROK-EU Data Partnership, signed last year, guides the work.",
                "Signing of the Republic of Korea-EU Data Partnership",
            ),
            (
                "ko",
                "한국은 서울에서 프랑스와 데이터 기반 정부 업무협약(MOU)을 체결했다.",
                "Signing of the Korea-France MOU on data-driven government",
            ),
            (
                "ko",
                "두 장관은 일본을 방문하여 데이터 기반 정부 분야 협력에 관한 의향서를 체결했다.",
                "Signing of the Korea-Japan Letter of Intent for Cooperation on data-driven government",
            ),
            (
                "en",
                "Data-driven government was the theme. Korea and Japan signed a Letter of Intent for Cooperation. Data-driven government needs data-driven government skills.",
                "Signing of the Korea-Japan Letter of Intent for Cooperation on data-driven government",
            ),
            (
                "en",
                "Korea and Japan signed a Letter of Intent for Cooperation in Tokyo.",
                "Signing of the Korea-Japan Letter of Intent for Cooperation",
            ),
        ] {
            let got = run(lang, text);
            let names = got.event_labels(Lang::En, Some(EventKind::Signing));
            assert_eq!(names, [want], "{text}");
            let ev = got
                .events
                .iter()
                .find(|e| e.kind == EventKind::Signing)
                .unwrap();
            // Named by its parties, keyed with the year (of the test notice, 2017); a
            // memorandum or agreement by its parties and noun only.
            let named = want.contains("Letter of Intent") || want.contains("Partnership");
            let core = if named {
                slugify(want)
            } else {
                let cut = want.find(" on ").unwrap_or(want.len());
                slugify(&want[..cut]).replace("memorandum-of-understanding", "mou")
            };
            assert_eq!(ev.entity.key.slug, format!("{core}-2017"), "{text}");
            assert_eq!(ev.named, named, "{text}");
        }
        // Several countries: no bilateral name.
        let got = run(
            "en",
            "The five countries will sign the Tallinn Declaration on data in Tallinn.",
        );
        let ev = got
            .events
            .iter()
            .find(|e| e.kind == EventKind::Signing)
            .unwrap();
        assert_eq!(
            ev.entity.label(Lang::En),
            Some("Signing of the Tallinn Declaration on data")
        );
    }

    /// (lang, text, label) — the label of a signing names the document, not the clause
    /// before it; a declaration is adopted as well as signed, and is named.
    #[test]
    fn signed_document_names() {
        for (lang, text, want) in [
            (
                "ko",
                "5개국 장관은 데이터 공유, 협력 확대 등을 담은 탈린선언문을 채택할 예정이다.",
                "탈린선언문 체결",
            ),
            (
                "ko",
                "각국 대표는 개방 원칙을 담은 데이터 헌장에 서명했다.",
                "데이터 헌장 체결",
            ),
            (
                "ko",
                "두 기관은 인력 교류 등을 포함한 협력의향서에 서명했다.",
                "협력의향서 체결",
            ),
            (
                "ko",
                "두 장관은 각국 협력 및 데이터 분야 협력에 관한 의향서를 체결했다.",
                "데이터 분야 협력에 관한 의향서 체결",
            ),
            (
                "en",
                "The five countries adopted the Tallinn Declaration on data in May.",
                "Signing of the Tallinn Declaration on data",
            ),
        ] {
            let got = run(lang, text);
            let ev = got.event_of_kind(EventKind::Signing, || format!("no signing in {text}"));
            let lang = if lang == "ko" { Lang::Ko } else { Lang::En };
            assert_eq!(ev.entity.label(lang), Some(want), "{text}");
            assert!(ev.named, "{text}");
        }
    }

    /// (lang, text, label) — an English object phrase is never cut inside: it ends where
    /// the sentence goes on, else at the document noun.
    #[test]
    fn signing_objects_end_cleanly() {
        for (lang, text, want) in [
            (
                "en",
                "The two bodies signed a memorandum of understanding (MoU) on widening staff exchanges in the region.",
                "Signing of the memorandum of understanding (MoU)",
            ),
            (
                "en",
                "The bureau signed a memorandum of understanding on sharing good practices.",
                "Signing of the memorandum of understanding",
            ),
            (
                "en",
                "The bureau signed an agreement on procurement with the OECD.",
                "Signing of the agreement on procurement",
            ),
            (
                "en",
                "The bureau signed an agreement on procurement, the ministry said.",
                "Signing of the agreement on procurement",
            ),
            (
                "en",
                "The bureau signed the MOU on e-Government regarding joint studies.",
                "Signing of the MOU on e-Government",
            ),
            (
                "en",
                "The bureau signed an agreement for training.",
                "Signing of the agreement for training",
            ),
            (
                "en",
                "The bureau signed the Charter for Open Map Data in Busan.",
                "Signing of the Charter for Open Map Data",
            ),
            (
                "ko",
                "두 기관은 지도 데이터 교류 확대에 관한 업무협약을 체결했다.",
                "지도 데이터 교류 확대에 관한 업무협약 체결",
            ),
        ] {
            let got = run(lang, text);
            let ev = got.event_of_kind(EventKind::Signing, || format!("no signing in {text}"));
            let lang = if lang == "ko" { Lang::Ko } else { Lang::En };
            assert_eq!(ev.entity.label(lang), Some(want), "{text}");
        }
    }
}
