//! Quotations and quoted themes.
//!
//! A quotation is text in double quotes (the normaliser turns typographic quotes into
//! `"`) in a sentence with a verb of saying (`said`, `stated`, `noted`, `emphasized`,
//! `commented`, `according to`, `밝혔다`, `말했다`, `강조했다`) and of at least three
//! English or two Korean words; its speaker is, in Korean, the person before it in the
//! sentence marked as topic or subject (`X 국장은 "…"고 말했다`), else the nearest person
//! mentioned before it in the sentence, else after it, else the last person mentioned
//! before the sentence.
//!
//! A theme is a quoted phrase introduced as one (`the theme of "…"`, `titled "…"`,
//! `'…'를 의제로`, `'…'라는 주제로`): it becomes a topic (the gazetteer's if it knows the
//! phrase; else a new one slugged from the English text, or from the Latin text given in
//! parentheses, or from the romanized Korean) and a mention; the topic is then found like
//! a gazetteer topic by the event rules.

use super::romanize::romanize_word;
use super::{Ctx, Out, entity_with, re};
use crate::model::{EntityKey, EntityKind, Lang, Quotation, Span};
use crate::rdf::iri::slugify;
use regex::Regex;
use std::sync::LazyLock;

static QUOTE: LazyLock<Regex> = LazyLock::new(|| re(r#""(?P<q>[^"\n]{8,600})""#));
static SAYING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:said|says|stated|noted|emphasi[sz]ed|stressed|added|commented|remarked|explained|according to)\b|밝혔다|말했다|강조했다|전했다|설명했다|언급했다|덧붙였다|라고",
    )
});

/// Finds quotations.
pub(crate) fn extract(ctx: &Ctx, out: &mut Out) {
    for caps in ctx.find_all(&QUOTE) {
        let (Some(whole), Some(q)) = (caps[0], caps[1]) else {
            continue;
        };
        let sentence = ctx.sentence_of(whole.begin);
        let sentence_end = ctx
            .sentences
            .iter()
            .find(|s| s.begin <= whole.end && whole.end <= s.end)
            .map_or(sentence.end, |s| s.end.max(whole.end));
        let around = Span {
            begin: sentence.begin,
            end: sentence_end.max(whole.end),
        };
        let outside = format!(
            "{} {}",
            ctx.slice(Span {
                begin: around.begin,
                end: whole.begin
            }),
            ctx.slice(Span {
                begin: whole.end,
                end: (whole.end + 40)
                    .min(ctx.chars.len())
                    .max(around.end.min(whole.end + 40))
            })
        );
        if !SAYING.is_match(&outside) {
            continue;
        }
        let text = ctx.slice(q);
        if text.split_whitespace().count() < min_words(ctx.lang()) {
            continue;
        }
        let persons: Vec<_> = ctx
            .found
            .iter()
            .filter(|m| m.key.kind == EntityKind::Person)
            .collect();
        let before: Vec<_> = persons
            .iter()
            .filter(|m| m.span.end <= whole.begin && m.span.begin >= around.begin)
            .collect();
        // Korean names the speaker as the topic or subject (`X 국장은 "…"고 말했다`).
        let topic = (ctx.lang() == Lang::Ko)
            .then(|| {
                before
                    .iter()
                    .rev()
                    .find(|m| is_topic(ctx, m.span.end, whole.begin))
            })
            .flatten();
        // A speaker named next to the quotation (`," Anas said`, `아나스 장관은 "…"`) is
        // the speaker: the person of that name, or nobody when the notice names no such
        // person (never someone named elsewhere).
        if topic.is_none()
            && let Some(name) = named_speaker(ctx, around, whole)
        {
            let speaker = person_named(ctx, out, &name, whole.begin);
            out.quotation(Quotation {
                text: trim_quote(&text),
                speaker,
                span: q,
            });
            continue;
        }
        let speaker = topic
            .or_else(|| before.last())
            .map(|m| **m)
            .or_else(|| {
                persons
                    .iter()
                    .find(|m| m.span.begin >= whole.end && m.span.end <= around.end + 60)
                    .copied()
            })
            .or_else(|| {
                persons
                    .iter()
                    .rev()
                    .find(|m| m.span.end <= around.begin)
                    .copied()
            })
            .map(|m| m.key.clone());
        out.quotation(Quotation {
            text: trim_quote(&text),
            speaker,
            span: q,
        });
    }
}

/// English words around a quotation that name its speaker with a verb of saying:
/// after it `," Anas said`, `," Minister Jeon added`, `," said Anas`; group `n1`/`n2` is
/// the name with any title.
static EN_SPEAKER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[,.]?\s*(?:(?P<n1>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|explained|remarked|commented)\b|(?:said|says|added|noted|stated)\s+(?P<n2>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*))",
    )
});

/// English words before a quotation that name its speaker: `Anas said, "…"`, `Minister
/// Jeon stressed: "…"`.
static EN_SPEAKER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<n>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|explained|remarked)[,:]?\s*$",
    )
});

/// Korean words right before a quotation that name its speaker as topic or subject
/// (`아나스 장관은 "…"`): up to three words before the particle.
static KO_SPEAKER_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?P<n>[가-힣]+(?:\s+[가-힣]+){0,2})(?:은|는|이|가)\s*$"));

/// Title and function words that are not part of a speaker's name.
const NOT_NAME_WORDS: &[&str] = &[
    "The",
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "Minister",
    "Vice",
    "Deputy",
    "Prime",
    "Director",
    "General",
    "Director-General",
    "Ambassador",
    "Secretary",
    "Secretary-General",
    "President",
    "Chairman",
    "Chair",
    "Commissioner",
    "Administrator",
    "Governor",
    "Mayor",
    "He",
    "She",
    "They",
    "We",
    "It",
    "I",
    "장관",
    "차관",
    "대사",
    "국장",
    "과장",
    "실장",
    "청장",
    "차장",
    "원장",
    "회장",
    "위원장",
    "총장",
    "사무총장",
    "대통령",
    "총리",
    "부총리",
    "시장",
    "지사",
    "대표",
    "협력관",
    "단장",
];

/// The name (its words, titles left out) of a speaker the sentence `around` names next to
/// the quotation at `whole` ([`EN_SPEAKER_AFTER`], [`EN_SPEAKER_BEFORE`],
/// [`KO_SPEAKER_BEFORE`]); `None` when no name is written there (`he said`, `the
/// minister said`, no particle).
fn named_speaker(ctx: &Ctx, around: Span, whole: Span) -> Option<Vec<String>> {
    let before = ctx.slice(Span {
        begin: around.begin,
        end: whole.begin,
    });
    let after = ctx.slice(Span {
        begin: whole.end,
        end: (whole.end + 60).min(ctx.chars.len()),
    });
    let written = match ctx.lang() {
        Lang::En => EN_SPEAKER_AFTER
            .captures(&after)
            .and_then(|c| {
                c.name("n1")
                    .or(c.name("n2"))
                    .map(|m| m.as_str().to_string())
            })
            .or_else(|| {
                EN_SPEAKER_BEFORE
                    .captures(&before)
                    .map(|c| c["n"].to_string())
            }),
        Lang::Ko => KO_SPEAKER_BEFORE.captures(&before).and_then(|c| {
            // The name is the word before the title (`아나스 장관`), or the last word.
            let words: Vec<&str> = c["n"].split_whitespace().collect();
            let name = words.iter().rev().find(|w| !NOT_NAME_WORDS.contains(w))?;
            Some(name.to_string())
        }),
    }?;
    let words: Vec<String> = written
        .split_whitespace()
        .filter(|w| !NOT_NAME_WORDS.contains(w))
        .map(str::to_string)
        .collect();
    (!words.is_empty()).then_some(words)
}

/// The person the notice names with all of `name`'s words (a Korean one-syllable word is
/// a family name: the Korean label starts with it), the last one named before `pos`
/// first; `None` when no person has that name.
fn person_named(ctx: &Ctx, out: &Out, name: &[String], pos: usize) -> Option<EntityKey> {
    let has_name = |key: &EntityKey| {
        let en = ctx.label(out, key, Lang::En).unwrap_or_default();
        let ko = ctx.label(out, key, Lang::Ko).unwrap_or_default();
        name.iter().all(|w| {
            if w.chars().all(|c| ('가'..='힣').contains(&c)) {
                if w.chars().count() == 1 {
                    ko.starts_with(w.as_str())
                } else {
                    ko.contains(w.as_str())
                }
            } else {
                en.split(' ').any(|x| x.eq_ignore_ascii_case(w))
            }
        })
    };
    let persons: Vec<_> = ctx
        .found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Person)
        .collect();
    persons
        .iter()
        .rev()
        .filter(|m| m.span.end <= pos)
        .chain(persons.iter().filter(|m| m.span.end > pos))
        .find(|m| has_name(&m.key))
        .map(|m| m.key.clone())
}

/// The fewest words a quotation has: a Korean word (eojeol) carries its particles and
/// endings, so two make a statement (`"성과가 크다"`); English needs three.
fn min_words(lang: Lang) -> usize {
    match lang {
        Lang::Ko => 2,
        Lang::En => 3,
    }
}

/// Topic and subject particles that mark the speaker of a Korean quotation.
const KO_TOPIC_PARTICLES: &[&str] = &["은", "는", "이", "가"];

/// `true` if the Korean word at char `name_end` (right after a person's name: the rest
/// of the name's word, `은` of `홍길동은`, else the title or office after it, `김철수
/// 국제협력관은`) ends with a topic or subject particle ([`KO_TOPIC_PARTICLES`]); `limit`
/// bounds the text read.
fn is_topic(ctx: &Ctx, name_end: usize, limit: usize) -> bool {
    let rest = ctx.slice(Span {
        begin: name_end,
        end: limit,
    });
    let glued = !rest.starts_with(char::is_whitespace);
    let Some(word) = rest.split_whitespace().next() else {
        return false;
    };
    let word = word.trim_end_matches(',');
    KO_TOPIC_PARTICLES.iter().any(|p| {
        word.strip_suffix(p)
            .is_some_and(|stem| glued || !stem.is_empty())
    })
}

/// The quoted text without surrounding space and without the commas and periods that
/// close the quoting sentence inside the quotes (`Korea will lead,` → `Korea will lead`).
fn trim_quote(text: &str) -> String {
    text.trim()
        .trim_end_matches([',', '.'])
        .trim_end()
        .to_string()
}

static THEME_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?P<kw>the\s+theme\s+of|theme|themes|titled|entitled|under\s+the\s+(?:theme|title|slogan)\s+of)\s*:?\s*"(?P<t>[^"\n]{3,120})""#,
    )
});
static THEME_KO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"['"「](?P<t>[^'"」\n]{2,60}?)(?:\((?P<latin>[A-Za-z][^)]*)\))?['"」](?:를|을|이라는|라는|이란|란)?\s*(?P<kw>의제|주제|테마|슬로건)"#,
    )
});

/// Finds quoted themes and adds them as topics (entities, mentions, found mentions).
pub(crate) fn extract_topics(ctx: &mut Ctx, out: &mut Out) {
    // Capture indices: (theme text, Latin gloss, keyword).
    let (pattern, (ti, li, ki)) = if ctx.lang() == Lang::Ko {
        (&THEME_KO, (1, Some(2), 3))
    } else {
        (&THEME_EN, (2, None, 1))
    };
    for caps in ctx.find_all(pattern) {
        let Some(t) = caps[ti] else { continue };
        // Only a theme, agenda or slogan is marked `(theme)`; a titled policy is not.
        let is_theme = caps[ki].is_some_and(|k| !ctx.slice(k).to_lowercase().contains("title"));
        let raw = ctx.slice(t);
        let text = raw
            .trim()
            .trim_end_matches([',', '.', ';', ':'])
            .trim()
            .to_string();
        if text.is_empty() {
            continue;
        }
        let latin_span = li.and_then(|i| caps[i]);
        let latin = latin_span.map(|l| ctx.slice(l));
        // The mention covers the Latin gloss in parentheses too.
        let span = Span {
            begin: t.begin,
            end: latin_span.map_or(t.begin + text.chars().count(), |l| l.end + 1),
        };
        let known = [Some(text.as_str()), latin.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|s| ctx.gaz.lookup(s, Some(EntityKind::Topic), None))
            .cloned();
        let key = match known {
            Some(e) => {
                let k = e.key.clone();
                out.add_entity(e);
                k
            }
            None => {
                // The gold convention marks a theme that is no known topic `(theme)`.
                let (en_label, ko_label, slug) = match ctx.lang() {
                    Lang::En => (Some(theme_label(&text, is_theme)), None, slugify(&text)),
                    Lang::Ko => match &latin {
                        Some(l) => (
                            Some(theme_label(l, is_theme)),
                            Some(text.clone()),
                            slugify(l),
                        ),
                        None => (None, Some(text.clone()), slugify(&romanize_word(&text))),
                    },
                };
                if slug.is_empty() {
                    continue;
                }
                let k = EntityKey::new(EntityKind::Topic, slug);
                out.add_entity(entity_with(
                    k.clone(),
                    en_label.as_deref(),
                    ko_label.as_deref(),
                ));
                k
            }
        };
        // Known topics inside the quoted theme are part of its name: the theme's
        // mention is kept over them (see `ingest::topics::drop_inside`).
        let covered = ctx.found.iter().any(|m| {
            m.span.begin < span.end
                && span.begin < m.span.end
                && (m.span.begin < span.begin || m.span.end > span.end || m.key == key)
        });
        if !covered {
            out.mention(span, ctx.slice(span), key.clone());
            ctx.add_found(span, key);
        }
    }
}

/// The English label of a quoted theme that is no known topic: `<theme> (theme)`, or the
/// text alone for a titled policy or programme (`is_theme` false).
fn theme_label(text: &str, is_theme: bool) -> String {
    if is_theme {
        format!("{text} (theme)")
    } else {
        text.to_string()
    }
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &QUOTE,
    &SAYING,
    &THEME_EN,
    &THEME_KO,
    &EN_SPEAKER_AFTER,
    &EN_SPEAKER_BEFORE,
    &KO_SPEAKER_BEFORE,
];

#[cfg(test)]
mod tests {
    use super::super::test_support::run;
    use super::*;

    #[test]
    fn quotation_with_speaker() {
        for (lang, text, speaker) in [
            (
                "en",
                "Minister Hong Yun-sik said, \"We will keep sharing our experience with partners.\"",
                Some("hong-yun-sik"),
            ),
            (
                "ko",
                "홍윤식 장관은 \"협력을 계속 넓혀 나가겠다\"라고 밝혔다.",
                Some("hong-yun-sik"),
            ),
            (
                "en",
                "The motto \"small steps every day\" was printed.",
                None,
            ),
            // The speaker after the quote (a family name and title naming a person read
            // before), not the last person named before the sentence.
            (
                "ko",
                "박민호 주페루 대사는 김하늘 국장과 만났다. \"협력을 계속 넓혀 나가겠다\"라고 박 대사는 말했다.",
                Some("park-min-ho"),
            ),
        ] {
            let got = run(lang, text);
            match speaker {
                Some(s) => {
                    let q = got.quotations.first().unwrap_or_else(|| panic!("{text}"));
                    assert_eq!(
                        q.speaker.as_ref().map(|k| k.slug.as_str()),
                        Some(s),
                        "{text}"
                    );
                    assert!(!q.text.contains('"'), "{text}");
                }
                None => assert!(got.quotations.is_empty(), "{text}"),
            }
        }
    }

    /// (lang, text, speaker) — a short Korean quotation of two words is one (`"…"고
    /// 밝혔다`), and its speaker is the person marked as topic or subject before it, not
    /// a nearer person named with another particle. Sentences written for this test.
    #[test]
    fn korean_quotations_and_their_topic_speaker() {
        for (lang, text, speaker) in [
            (
                "ko",
                "행정자치부 김하늘 협력관은 \"결과가 기대된다\"고 밝혔다.",
                "kim-ha-neul",
            ),
            (
                "en",
                "\"We expect good results,\" said Kim Ha-neul, Director General for Cooperation.",
                "kim-ha-neul",
            ),
            (
                "ko",
                "홍윤식 장관은 김하늘 국장과 함께 \"협력이 더 커지길 바란다\"고 말했다.",
                "hong-yun-sik",
            ),
        ] {
            let got = run(lang, text);
            let q = got
                .quotations
                .first()
                .unwrap_or_else(|| panic!("{text}: {got:#?}"));
            assert_eq!(
                q.speaker.as_ref().map(|k| k.slug.as_str()),
                Some(speaker),
                "{text}"
            );
        }
        // Two English words are no statement.
        let got = run("en", "Kim Ha-neul said \"very good\" twice.");
        assert!(got.quotations.is_empty(), "{:#?}", got.quotations);
    }

    /// (lang, text, speaker) — a speaker named next to the quotation is the speaker when
    /// the notice names that person (by family name too), and nobody when it names no
    /// such person: never the person named last before. Sentences written for this test.
    #[test]
    fn named_speakers_are_never_replaced_by_another_person() {
        for (lang, text, speaker) in [
            (
                "en",
                "Kim Ha-neul briefed the guests. \"We can learn a great deal here,\" Ortega said.",
                None,
            ),
            (
                "ko",
                "김하늘 국장이 설명했다. 오르테가 장관은 \"많은 것을 배울 수 있다\"고 말했다.",
                None,
            ),
            (
                "en",
                "Hong Yun-sik met Kim Ha-neul. \"We will widen our cooperation,\" Minister Hong said.",
                Some("hong-yun-sik"),
            ),
            (
                "ko",
                "홍윤식 장관은 김하늘 국장을 만났다. 홍 장관은 \"협력을 넓히겠다\"고 말했다.",
                Some("hong-yun-sik"),
            ),
        ] {
            let got = run(lang, text);
            let q = got
                .quotations
                .first()
                .unwrap_or_else(|| panic!("{text}: no quotation"));
            assert_eq!(
                q.speaker.as_ref().map(|k| k.slug.as_str()),
                speaker,
                "{text}"
            );
        }
    }

    /// (lang, text, quoted text) — closing commas and periods inside the quotes are
    /// dropped; sentences written for this test.
    #[test]
    fn quotation_text_is_trimmed() {
        for (lang, text, want) in [
            (
                "en",
                "Minister Hong Yun-sik said, \"Our partners will grow with us,\" at the event.",
                "Our partners will grow with us",
            ),
            (
                "ko",
                "홍윤식 장관은 \"협력을 계속 넓혀 나가겠다.\"라고 밝혔다.",
                "협력을 계속 넓혀 나가겠다",
            ),
        ] {
            let got = run(lang, text);
            let q = got.quotations.first().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(q.text, want, "{text}");
        }
    }

    /// (lang, text, topic slug) — quoted themes.
    #[test]
    fn quoted_themes_become_topics() {
        for (lang, text, slug) in [
            (
                "en",
                "Talks ran under the theme of \"data-driven government,\" all day.",
                "data-driven-government",
            ),
            (
                "ko",
                "회의는 '데이터 기반 정부'를 의제로 진행됐다.",
                "data-driven-government",
            ),
            (
                "en",
                "The forum had the theme \"Open Borders for Data\" this time.",
                "open-borders-for-data",
            ),
            (
                "ko",
                "'스마트 행정(Smart Administration)'이라는 주제로 열렸다.",
                "smart-administration",
            ),
            ("ko", "'열린 행정'을 주제로 열렸다.", "yeollin-haengjeong"),
        ] {
            let got = run(lang, text);
            assert!(
                got.entities
                    .iter()
                    .any(|e| e.key.kind == EntityKind::Topic && e.key.slug == slug),
                "{text}: {:#?}",
                got.entities
            );
        }
    }

    /// (lang, text, English label) — an unknown theme is marked `(theme)`, a titled
    /// policy is not.
    #[test]
    fn theme_labels() {
        for (lang, text, label) in [
            (
                "en",
                "The summit had the theme \"Bridges of Trust\" in spring.",
                "Bridges of Trust (theme)",
            ),
            (
                "en",
                "They read a plan titled \"Roads for Everyone\" aloud.",
                "Roads for Everyone",
            ),
            (
                "ko",
                "'푸른 다리(Blue Bridge)'라는 주제로 열렸다.",
                "Blue Bridge (theme)",
            ),
        ] {
            let got = run(lang, text);
            assert!(
                got.entities
                    .iter()
                    .any(|e| e.key.kind == EntityKind::Topic && e.label(Lang::En) == Some(label)),
                "{text}: {:#?}",
                got.entities
            );
        }
    }
}
