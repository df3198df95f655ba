//! Korean names next to title forms: `이름 장관`, `기관 이름 차관`, `기관(장관 이름)`,
//! `장관·부총리` (a second title of the name before), foreign names of several Hangul
//! words with their Latin form in parentheses (`마리 탐(Mari Tamm) 대통령`) or inside
//! their ministry's parentheses or after their state (`페루의 마르코 살라사르 차관`),
//! or before it (`바야르 체렌 몽골 총리는`, `레 조안 헙 베트남 내무부 장관과`; a Korean
//! ministry's name after a foreign state is that state's ministry: `과테말라 외교부 장관`),
//! a foreign family name alone after the full name and a Korean family name alone
//! (`진 장관`, resolved against the persons read before);
//! each read into a [`Found`]. Also the shape of a Korean personal name
//! ([`is_korean_name`]). Offsets are characters of the notice text.

use super::super::Ctx;
use super::super::romanize::{has_known_family_name, is_hangul_syllable, split_name};
use super::super::titles::{self, Title};
use super::{Found, is_org_like, nearest_org, overlaps_kind, owner_of_title};
use crate::ingest::particles;
use crate::model::{EntityKey, EntityKind, Lang, Span};

/// Korean words that precede a title but are not names.
const KO_NOT_NAMES: &[&str] = &[
    "신임",
    "전임",
    "후임",
    "주요",
    "이번",
    "이날",
    "관련",
    "담당",
    "소관",
    "정부",
    "양국",
    "한국",
    "전직",
    "현직",
    "부처",
    "국가",
    "국무",
    "해당",
    "각국",
    "우리",
    "지난",
    "오는",
    "당시",
    "기존",
    "초대",
    "신규",
    "공동",
    "주한",
    "차기",
    "전체",
    "고위",
    "고위급",
    "주무",
    "실무",
    "관할",
    "유관",
    "현지",
    "회원국",
    "참가국",
    "상대국",
    "각국의",
    "관계",
    "정부의",
    "부처별",
    "기관",
    "기관장",
    "경제",
    "사회",
    "외교",
    "국방",
    "통일",
    "내무",
    "재무",
    "외무",
    // Sentence adverbs that start like a family name (`한편 베트남 총리는`).
    "한편",
    "이어",
    "이후",
    "이에",
    "이때",
    "전날",
    "다만",
    "또한",
    "아울러",
    "특히",
    // Times of day.
    "오늘",
    "오전",
    "오후",
    "내일",
    "어제",
];

/// Korean patterns around a title form.
pub(super) fn korean(ctx: &Ctx) -> Vec<Found> {
    let chars = &ctx.chars;
    let mut v: Vec<Found> = Vec::new();
    let mut taken: Vec<Span> = Vec::new();
    let mut retry: Vec<(Span, &'static Title, &'static str)> = Vec::new();
    for (form, title) in titles::ko_forms() {
        let fc: Vec<char> = form.chars().collect();
        let mut p = 0;
        while p + fc.len() <= chars.len() {
            if chars[p..p + fc.len()] != fc[..] {
                p += 1;
                continue;
            }
            let mut tspan = Span {
                begin: ordinal_start(chars, p),
                end: p + fc.len(),
            };
            p += 1;
            if let Some(end) = shared_syllable_org(ctx, tspan, form) {
                tspan.begin = end;
            }
            if taken
                .iter()
                .any(|s| s.begin < tspan.end && tspan.begin < s.end)
            {
                continue;
            }
            // Right side: end of word, a particle, or a separator.
            let rest: String = chars[tspan.end..].iter().take(6).collect();
            let next = chars.get(tspan.end).copied();
            let right_ok = match next {
                None => true,
                Some(c) if !is_hangul_syllable(c) => true,
                Some(_) => particles::particle_after(fc[fc.len() - 1], &rest).is_some(),
            };
            if !right_ok {
                continue;
            }
            // Left side: a word boundary, or glued to a found organization (`행정안전부장관`).
            let glued_org = ctx
                .found
                .iter()
                .find(|m| m.span.end == tspan.begin && is_org_like(&m.key));
            if tspan.begin > 0 && is_hangul_syllable(chars[tspan.begin - 1]) && glued_org.is_none()
            {
                continue;
            }
            if overlaps_kind(
                ctx,
                tspan,
                &[
                    EntityKind::Organization,
                    EntityKind::Series,
                    EntityKind::Person,
                ],
            ) {
                continue;
            }
            match korean_at(ctx, tspan, title, form, &v) {
                Some(f) => {
                    taken.push(tspan);
                    v.push(f);
                }
                None => retry.push((tspan, title, form)),
            }
        }
    }
    // A title read before the one it leans on (`장관·부총리`, a family name after the full
    // name given with a shorter title) is read again once every other title is known.
    for (tspan, title, form) in retry {
        if taken
            .iter()
            .any(|s| s.begin < tspan.end && tspan.begin < s.end)
        {
            continue;
        }
        if let Some(f) =
            korean_at(ctx, tspan, title, form, &v).or_else(|| title_first(ctx, tspan, title, form))
        {
            taken.push(tspan);
            v.push(f);
        }
    }
    v
}

/// Head titles whose first syllable is the last one of the body they head, written once
/// when glued to its name (`…개발원` + `원장` = `…개발원장`, `…청장`, `…처장`, `…단장`).
const SHARED_SYLLABLE_TITLES: &[&str] = &["원장", "청장", "처장", "단장", "소장", "회장"];

/// For a title `form` at `tspan` (chars) that shares its first syllable with a found
/// organization ending there (`지방자치인재개발원장`: `지방자치인재개발원` + `원장`), the
/// char where that organization ends (the title's own part, `장`, begins); `None` when the
/// title is written in full or no organization ends on its first syllable.
fn shared_syllable_org(ctx: &Ctx, tspan: Span, form: &str) -> Option<usize> {
    if !SHARED_SYLLABLE_TITLES.contains(&form) {
        return None;
    }
    let end = tspan.begin + 1;
    ctx.found
        .iter()
        .any(|m| m.span.end == end && m.span.begin < tspan.begin && is_org_like(&m.key))
        .then_some(end)
}

/// The char where a title found at char `p` begins once a glued rank ordinal is taken in
/// (`제1차관` "first vice minister": `제` and one or two digits): `p` minus the ordinal's
/// length, or `p` when no ordinal stands right before it.
fn ordinal_start(chars: &[char], p: usize) -> usize {
    let digits = chars[..p]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let je = p.checked_sub(digits + 1);
    match je {
        Some(j) if (1..=2).contains(&digits) && chars[j] == '제' => {
            let free = j == 0 || !is_hangul_syllable(chars[j - 1]);
            if free { j } else { p }
        }
        _ => p,
    }
}

/// A foreign name of two or three Hangul words written after its title (`… 장관 아베바
/// 타데세는`), read when no name stands before the title: the words follow the title after
/// one space, the last carries a subject or topic particle (`은`, `는`, `이`, `가`) or is
/// followed by a comma, and they can be a foreign name ([`could_be_foreign_name`]). The
/// title's organization is the body or state right before it.
fn title_first(ctx: &Ctx, tspan: Span, title: &'static Title, form: &'static str) -> Option<Found> {
    let chars = &ctx.chars;
    let sentence = ctx.sentence_of(tspan.begin);
    if chars.get(tspan.end) != Some(&' ') {
        return None;
    }
    let start = tspan.end + 1;
    let mut words = 0;
    let mut k = start;
    let mut end = None;
    while k < sentence.end && words < 3 {
        let b = k;
        while k < sentence.end && is_hangul_syllable(chars[k]) {
            k += 1;
        }
        if k == b {
            return None;
        }
        words += 1;
        let word: String = chars[b..k].iter().collect();
        let stem_end = match particles::strip_particle(&word) {
            (stem, Some("은" | "는" | "이" | "가")) => Some(b + stem.chars().count()),
            _ if chars.get(k) == Some(&',') => Some(k),
            _ => None,
        };
        if let Some(e) = stem_end {
            end = Some(e);
            break;
        }
        // A word inside the name carries no particle at all (`주재로 회의가` is none).
        if particles::strip_particle(&word).1.is_some() || chars.get(k) != Some(&' ') {
            return None;
        }
        k += 1;
    }
    let name = Span {
        begin: start,
        end: end?,
    };
    if !(2..=3).contains(&words) || !could_be_foreign_name(ctx, name) {
        return None;
    }
    let mut b = tspan.begin;
    while b > sentence.begin && chars[b - 1] == ' ' {
        b -= 1;
    }
    let org = ctx
        .found
        .iter()
        .find(|m| m.span.end == b && is_org_like(&m.key))
        .map(|m| m.key.clone())
        .or_else(|| owner_of_title(ctx, sentence, tspan.begin, title, &ctx.slice(name)));
    Some(Found {
        name,
        latin: None,
        title_span: tspan,
        title,
        org,
        title_ko: Some(form),
        office: None,
        office_owner: None,
        rank: None,
        post: None,
        chained: false,
        surname_only: false,
    })
}

/// The name inside `Org(<name> <title>)` when the name is a foreign one of two or three
/// Hangul words (`세르비아 행정자치부(코리 우도비츠키 장관)`): the name's span and the
/// organization's key. `j` is where the name ends.
fn parenthesized_name(ctx: &Ctx, sentence: Span, j: usize) -> Option<(Span, EntityKey)> {
    let chars = &ctx.chars;
    let open = (sentence.begin.max(j.saturating_sub(30))..j)
        .rev()
        .find(|&i| chars[i] == '(')?;
    let inner = ctx.slice(Span {
        begin: open + 1,
        end: j,
    });
    let words = inner.split_whitespace().count();
    if !(2..=3).contains(&words)
        || inner.starts_with(' ')
        || !inner
            .chars()
            .all(|c| is_hangul_syllable(c) || c == ' ' || c == '-')
    {
        return None;
    }
    let org = ctx
        .found
        .iter()
        .find(|m| m.span.end == open && is_org_like(&m.key))?;
    Some((
        Span {
            begin: open + 1,
            end: j,
        },
        org.key.clone(),
    ))
}

/// `true` for a body's acronym in Latin capitals (`SICA`, `OECD`, `UN-ESCAP`): 2 to 10
/// chars, capitals, digits, `-` or `&`, at least two capitals and no space.
fn is_acronym(text: &str) -> bool {
    let n = text.chars().count();
    (2..=10).contains(&n)
        && text.chars().filter(char::is_ascii_uppercase).count() >= 2
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '&')
}

/// The start (chars) of an acronym ([`is_acronym`]) ending at char `end` after spaces,
/// not before `floor`; `None` when the word ending there is none.
fn acronym_before(chars: &[char], end: usize, floor: usize) -> Option<usize> {
    let start = (floor..end)
        .rev()
        .find(|&i| chars[i] == ' ')
        .map_or(floor, |i| i + 1);
    let word: String = chars[start..end].iter().collect();
    (start < end && is_acronym(&word)).then_some(start)
}

/// A Hangul foreign name of two or three words ending at char `j` before a body's
/// acronym (`호르헤 멘도사 SICA 사무총장`): the longest run of words that
/// [`could_be_foreign_name`] admits; `None` when no such name ends there.
fn foreign_name_before_acronym(ctx: &Ctx, sentence: Span, j: usize) -> Option<Span> {
    (2..=3).rev().find_map(|n| {
        let start = hangul_words_before(&ctx.chars, j, n, sentence.begin)?;
        let span = Span {
            begin: start,
            end: j,
        };
        could_be_foreign_name(ctx, span).then_some(span)
    })
}

/// Reads the name and organization around one Korean title occurrence.
fn korean_at(
    ctx: &Ctx,
    tspan: Span,
    title: &'static Title,
    form: &'static str,
    earlier: &[Found],
) -> Option<Found> {
    let chars = &ctx.chars;
    let sentence = ctx.sentence_of(tspan.begin);
    let found_ending = |end: usize| {
        ctx.found
            .iter()
            .find(|m| m.span.end == end && is_org_like(&m.key))
            .map(|m| (m.key.clone(), m.span))
    };
    let mut org: Option<EntityKey> = None;
    let mut name: Option<Span> = None;
    let mut latin = None;
    let post_match = ctx
        .found
        .iter()
        .find(|m| {
            m.key.kind == EntityKind::Post && m.span.begin <= tspan.begin && m.span.end >= tspan.end
        })
        .map(|m| (m.key.clone(), m.span));
    // `Org(장관 홍윤식)`.
    if tspan.begin > 0 && chars[tspan.begin - 1] == '(' {
        let close = (tspan.end..chars.len().min(tspan.end + 20)).find(|&i| chars[i] == ')')?;
        let inner = Span {
            begin: tspan.end,
            end: close,
        };
        let text = ctx.slice(inner);
        let trimmed = text.trim();
        if trimmed.is_empty() || !trimmed.chars().all(|c| is_hangul_syllable(c) || c == ' ') {
            return None;
        }
        let lead = text.len() - text.trim_start().len();
        name = Some(Span {
            begin: inner.begin + text[..lead].chars().count(),
            end: inner.begin + text[..lead].chars().count() + trimmed.chars().count(),
        });
        org = found_ending(tspan.begin - 1).map(|(k, _)| k);
    } else if tspan.begin > 0 && chars[tspan.begin - 1] == '·' {
        // `장관·부총리`: the person of the title before the dot.
        let prev = earlier
            .iter()
            .rev()
            .find(|f| f.title_span.end + 1 == tspan.begin)?;
        return Some(Found {
            name: prev.name,
            latin: prev.latin.clone(),
            title_span: tspan,
            title,
            org: prev
                .org
                .clone()
                .or_else(|| nearest_org(ctx, sentence, tspan.begin, title.of_state)),
            title_ko: Some(form),
            office: None,
            office_owner: None,
            rank: None,
            post: None,
            chained: false,
            surname_only: false,
        });
    } else {
        let mut j = post_match.as_ref().map_or(tspan.begin, |(_, s)| s.begin);
        let mut acronym_body = false;
        while j > sentence.begin && chars[j - 1] == ' ' {
            j -= 1;
        }
        if let Some((k, begin)) = envoy_state(ctx, j, sentence.begin) {
            // `박영선 주르완다 대사`: the envoy's host state is the title's.
            org = Some(k);
            j = begin;
            while j > sentence.begin && chars[j - 1] == ' ' {
                j -= 1;
            }
        } else if let Some((k, s)) = found_ending(j) {
            org = Some(k);
            acronym_body = is_acronym(&ctx.slice(s));
            j = s.begin;
            while j > sentence.begin && chars[j - 1] == ' ' {
                j -= 1;
            }
        } else if let Some(start) = acronym_before(chars, j, sentence.begin) {
            // `… SICA 사무총장`: a body's acronym the gazetteer does not know.
            acronym_body = true;
            j = start;
            while j > sentence.begin && chars[j - 1] == ' ' {
                j -= 1;
            }
        }
        // `실비아 콘스타인 콜롬비아 정보통신기술부 장관`: the state of a foreign body,
        // written between the name and the body.
        let mut state_of_body = None;
        if org
            .as_ref()
            .is_some_and(|k| k.kind == EntityKind::Organization)
            && let Some(m) = ctx.found.iter().find(|m| {
                m.span.end == j && m.key.kind == EntityKind::Country && m.key.slug != "kr"
            })
        {
            state_of_body = Some(m.key.clone());
            j = m.span.begin;
            while j > sentence.begin && chars[j - 1] == ' ' {
                j -= 1;
            }
        }
        // A name ending at j.
        if let Some(m) = ctx
            .found
            .iter()
            .find(|m| m.span.end == j && m.key.kind == EntityKind::Person)
        {
            name = Some(m.span);
        } else if j > 0 && chars[j - 1] == ')' {
            let open = (sentence.begin..j - 1).rev().find(|&i| chars[i] == '(')?;
            let inner = ctx.slice(Span {
                begin: open + 1,
                end: j - 1,
            });
            // `중미통합체제(SICA) 사무총장`: an acronym in brackets is the body's, no name.
            if !inner
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
                || inner.chars().any(is_hangul_syllable)
                || is_acronym(&inner)
            {
                return None;
            }
            let words = inner.split_whitespace().count().clamp(1, 3);
            let start = hangul_words_before(chars, open, words, sentence.begin)?;
            name = Some(Span {
                begin: start,
                end: open,
            });
            latin = Some(inner.trim().to_string());
        } else if acronym_body && let Some(span) = foreign_name_before_acronym(ctx, sentence, j) {
            // `베르너 바르가스 SICA 사무총장`: a Hangul foreign name before the acronym.
            name = Some(span);
        } else if let Some((span, key)) = parenthesized_name(ctx, sentence, j) {
            name = Some(span);
            org = org.or(Some(key));
        } else if let Some(start) = hangul_words_before(chars, j, 1, sentence.begin) {
            let word = ctx.slice(Span {
                begin: start,
                end: j,
            });
            let earlier_person = earlier.iter().find(|f| {
                let n = ctx.slice(f.name);
                n != word && n.split_whitespace().last() == Some(word.as_str())
            });
            if let Some(f) = earlier_person {
                return Some(Found {
                    name: Span {
                        begin: start,
                        end: j,
                    },
                    latin: f.latin.clone(),
                    title_span: tspan,
                    title,
                    org: org.or_else(|| f.org.clone()),
                    title_ko: Some(form),
                    office: None,
                    office_owner: None,
                    rank: None,
                    post: None,
                    chained: false,
                    surname_only: false,
                });
            }
            let span = Span {
                begin: start,
                end: j,
            };
            // Before a foreign state and its body, a name of several words is a foreign
            // one even when its last word looks Korean (`… 로사 소토 페루 …부 장관`); the
            // state may stand alone before the title (`… 몽골 총리`) or before body words
            // the gazetteer does not know (`… 페루 총리실 디지털정부 차관`).
            let before_state = state_after_name(ctx, sentence, j, tspan.begin);
            let foreign = match &before_state {
                _ if state_of_body.is_some() => foreign_name_opening_clause(ctx, sentence, j),
                Some((end, _)) => foreign_name_opening_clause(ctx, sentence, *end),
                None => None,
            };
            if let Some(span) = foreign {
                name = Some(span);
                if state_of_body.is_none() {
                    org = org.or(before_state.map(|(_, k)| k));
                }
            } else if is_korean_name(&word) && !ctx.overlaps_found(span) {
                name = Some(span);
            } else if is_family_name_alone(&word) && !ctx.overlaps_found(span) {
                // `진 장관은`: the family name alone names a person read before.
                return Some(Found {
                    name: span,
                    latin: None,
                    title_span: tspan,
                    title,
                    org,
                    title_ko: Some(form),
                    office: None,
                    office_owner: None,
                    rank: None,
                    post: None,
                    chained: false,
                    surname_only: true,
                });
            } else if let Some((span, state)) = foreign_name_after_state(ctx, sentence, j) {
                name = Some(span);
                org = org.or(Some(state));
            } else if state_of_body.is_some()
                && let Some(span) = foreign_name_opening_clause(ctx, sentence, j)
            {
                name = Some(span);
            }
        }
        let n = name?;
        if org.is_none() {
            let mut k = n.begin;
            while k > sentence.begin && chars[k - 1] == ' ' {
                k -= 1;
            }
            org = found_ending(k).map(|(key, _)| key);
        }
    }
    let name = name?;
    // `과테말라 외교부 장관`: the state's own ministry, not the Korean one of that name.
    let title_at = post_match.as_ref().map_or(tspan.begin, |(_, s)| s.begin);
    let post_key = post_match.as_ref().map(|(k, _)| k);
    if let Some((state, begin, office)) = foreign_counterpart(ctx, title_at, post_key, title) {
        return Some(Found {
            name,
            latin,
            title_span: Span {
                begin,
                end: post_match.as_ref().map_or(tspan.end, |(_, s)| s.end),
            },
            title,
            org: office.is_none().then(|| state.clone()),
            title_ko: Some(form),
            office_owner: office.is_some().then_some(state),
            office,
            rank: None,
            post: None,
            chained: false,
            surname_only: false,
        });
    }
    let org = org.or_else(|| owner_of_title(ctx, sentence, name.begin, title, &ctx.slice(name)));
    Some(Found {
        name,
        latin,
        title_span: post_match.as_ref().map_or(tspan, |(_, s)| *s),
        title,
        org,
        title_ko: Some(form),
        office: None,
        office_owner: None,
        rank: None,
        post: post_match.map(|(k, _)| k),
        chained: false,
        surname_only: false,
    })
}

/// Single syllables that are family names but, alone before a title, are mostly a
/// determiner (`전 장관` "the former minister", `현 차관`, `양 장관` "both ministers").
const KO_DETERMINERS: &[&str] = &["전", "현", "양", "신", "구", "동"];

/// `true` for a Korean family name written alone (`진`, `남궁`) that is no common
/// determiner before a title ([`KO_DETERMINERS`]).
fn is_family_name_alone(word: &str) -> bool {
    let n = word.chars().count();
    (1..=2).contains(&n)
        && !KO_DETERMINERS.contains(&word)
        && split_name(&format!("{word}가나")).is_some_and(|(family, _)| {
            family == word && has_known_family_name(&format!("{word}가나"))
        })
}

/// Whether the Hangul words at `span` (chars) can be a transliterated foreign name: each
/// word two syllables or more (one syllable, no determiner, in a name of three words or
/// more: [`KO_ONE_SYLLABLE_WORDS`]), no common word, no particle, no title, and no mention
/// found there already.
fn could_be_foreign_name(ctx: &Ctx, span: Span) -> bool {
    could_be_foreign_name_with(ctx, span, false)
}

/// [`could_be_foreign_name`], where `all_short` also admits a name of three words or
/// more that all have one syllable (`레 빈 탄`), for a name read in a firm context (opening
/// its clause before its foreign state and title: [`foreign_name_opening_clause`]).
fn could_be_foreign_name_with(ctx: &Ctx, span: Span, all_short: bool) -> bool {
    let text = ctx.slice(span);
    let words: Vec<&str> = text.split(' ').collect();
    // Vietnamese and other names have words of one syllable (`레 조안 헙`): allowed in a
    // name of three words or more that has a longer word (or, with `all_short`, none),
    // unless a determiner.
    let short_ok = words.len() >= 3 && (all_short || words.iter().any(|w| w.chars().count() >= 2));
    words.iter().all(|w| {
        (w.chars().count() >= 2 || short_ok && !KO_ONE_SYLLABLE_WORDS.contains(w))
            && !KO_NOT_NAMES.contains(w)
            && !carries_particle(w)
            && !titles::ko_forms().iter().any(|(f, _)| w.ends_with(f))
    }) && !ctx.overlaps_found(span)
}

/// Words of one syllable that stand before a name or title but are never part of a
/// name: determiners (`전` former, `현` current, `각` each), numerals and adverbs.
const KO_ONE_SYLLABLE_WORDS: &[&str] = &[
    "전", "현", "양", "신", "구", "동", "이", "그", "저", "각", "및", "또", "총", "약", "본", "당",
    "새", "옛", "온", "한", "두", "세", "네", "몇", "첫", "등", "더", "즉", "곧", "타", "귀", "제",
    "고", "원", "대", "주", "부", "차", "겸",
];

/// Particles that are also common last syllables of transliterated foreign names
/// (`메디나`, `파르도`, `카를로`): on a word of three syllables or more whose stem is no
/// common word, they are read as part of the name.
const KO_NAME_LIKE_PARTICLES: &[&str] = &["나", "도", "로"];

/// `true` when the Hangul word `w` ends in a particle, except a name-like one
/// ([`KO_NAME_LIKE_PARTICLES`]) closing a word of three syllables or more.
fn carries_particle(w: &str) -> bool {
    match particles::strip_particle(w) {
        (_, None) => false,
        (stem, Some(p)) => {
            !(KO_NAME_LIKE_PARTICLES.contains(&p)
                && w.chars().count() >= 3
                && !KO_NOT_NAMES.contains(&stem))
        }
    }
}

/// A foreign name of two to four Hangul words written after its state (`페루의 마르코
/// 살라사르 차관`, `페루 … 차관`) and ending at char `j`: the words are no found mention,
/// no common word ([`KO_NOT_NAMES`]) nor title, carry no particle, and right
/// before them stands a found foreign state (its genitive `의` allowed). The name's span
/// and the state.
fn foreign_name_after_state(ctx: &Ctx, sentence: Span, j: usize) -> Option<(Span, EntityKey)> {
    let chars = &ctx.chars;
    for n in 2..=4 {
        let Some(start) = hangul_words_before(chars, j, n, sentence.begin) else {
            break;
        };
        let span = Span {
            begin: start,
            end: j,
        };
        if !could_be_foreign_name(ctx, span) {
            continue;
        }
        let mut k = start;
        while k > sentence.begin && chars[k - 1] == ' ' {
            k -= 1;
        }
        if k > 0 && chars[k - 1] == '의' {
            k -= 1;
        }
        let state = ctx
            .found
            .iter()
            .find(|m| m.span.end == k && m.key.kind == EntityKind::Country && m.key.slug != "kr");
        if let Some(m) = state {
            return Some((span, m.key.clone()));
        }
    }
    None
}

/// A foreign name of two to four Hangul words ending at char `j` that opens its clause
/// (at the sentence start, after a comma, or after a word ending in the coordinating
/// `과`/`와`), written before a state and its body
/// (`실비아 콘스타인 콜롬비아 정보통신기술부 장관`): each word of two syllables or more,
/// with no particle, not a common word before titles ([`KO_NOT_NAMES`]) nor a title.
fn foreign_name_opening_clause(ctx: &Ctx, sentence: Span, j: usize) -> Option<Span> {
    let chars = &ctx.chars;
    (2..=4).rev().find_map(|n| {
        let start = hangul_words_before(chars, j, n, sentence.begin)?;
        let mut k = start;
        while k > sentence.begin && chars[k - 1] == ' ' {
            k -= 1;
        }
        // After a coordinated person (`… 차관과 벨레테 몰라 …`) a clause opens too.
        let coordinated = k < start && k > sentence.begin && matches!(chars[k - 1], '과' | '와');
        // After a word closed by a case particle (`자카르타에서 압둘라 …`) too.
        let after_particle = k < start
            && hangul_words_before(chars, k, 1, sentence.begin).is_some_and(|b| {
                particles::strip_particle(&chars[b..k].iter().collect::<String>())
                    .1
                    .is_some()
            });
        if k != sentence.begin && chars[k - 1] != ',' && !coordinated && !after_particle {
            return None;
        }
        let span = Span {
            begin: start,
            end: j,
        };
        could_be_foreign_name_with(ctx, span, true).then_some(span)
    })
}

/// A Korean body's name written after a foreign state (`과테말라 외교부 장관`, `칠레 국방부
/// 차관`) names the state's own body of that portfolio. For a title whose body or matched
/// gazetteer post (`post`) ends or begins at char `at`: when that body is a Korean public
/// body ([`is_korean_body`]) and a found foreign state stands right before it, the state,
/// the char where the state begins and the office `<Title> of <portfolio>` when the
/// Korean body's English name is `Ministry of <portfolio>` (else `None`: the post is the
/// state's).
fn foreign_counterpart(
    ctx: &Ctx,
    at: usize,
    post: Option<&EntityKey>,
    title: &Title,
) -> Option<(EntityKey, usize, Option<String>)> {
    let chars = &ctx.chars;
    let (body, body_begin) = match post {
        Some(p) => (ctx.gaz.get(p)?.part_of.clone()?, at),
        None => {
            let mut e = at;
            while e > 0 && chars[e - 1] == ' ' {
                e -= 1;
            }
            let m = ctx
                .found
                .iter()
                .find(|m| m.span.end == e && m.key.kind == EntityKind::Organization)?;
            (m.key.clone(), m.span.begin)
        }
    };
    if !is_korean_body(ctx, &body) {
        return None;
    }
    let mut k = body_begin;
    while k > 0 && chars[k - 1] == ' ' {
        k -= 1;
    }
    let state = ctx
        .found
        .iter()
        .find(|m| m.span.end == k && m.key.kind == EntityKind::Country && m.key.slug != "kr")?;
    let office = ctx
        .gaz
        .get(&body)
        .and_then(|e| e.label(Lang::En))
        .and_then(|l| l.strip_prefix("Ministry of "))
        .map(|portfolio| format!("{} of {portfolio}", title.en));
    Some((state.key.clone(), state.span.begin, office))
}

/// `true` for a Korean public body of the gazetteer: a government organization whose
/// English name carries no state in parentheses (foreign bodies are `… (Peru)`).
fn is_korean_body(ctx: &Ctx, key: &EntityKey) -> bool {
    ctx.gaz.get(key).is_some_and(|e| {
        e.key.kind == EntityKind::Organization
            && e.government
            && e.label(Lang::En).is_some_and(|l| !l.contains('('))
    })
}

/// A foreign state written between a name and its title, for a name ending at char `j`
/// (`… 몽골 총리`, `… 과테말라 외교부 장관`, `… 페루 총리실 디지털정부 차관`): the
/// gazetteer's foreign state whose Korean name is the word right after `j` (spaces
/// skipped), else the last found foreign state before the title (char `title`) that ends
/// before `j` with one to three Hangul words carrying no particle between it and `j` (body
/// words the gazetteer does not know). The char where a name before the state would end
/// (spaces trimmed) and the state.
fn state_after_name(
    ctx: &Ctx,
    sentence: Span,
    j: usize,
    title: usize,
) -> Option<(usize, EntityKey)> {
    let chars = &ctx.chars;
    let mut b = j;
    while b < title && chars[b] == ' ' {
        b += 1;
    }
    let mut e = b;
    while e < title && is_hangul_syllable(chars[e]) {
        e += 1;
    }
    let word = ctx.slice(Span { begin: b, end: e });
    if let Some(state) = ctx
        .gaz
        .lookup(&word, Some(EntityKind::Country), ctx.era())
        .filter(|s| s.key.slug != "kr")
    {
        return Some((j, state.key.clone()));
    }
    let m = ctx
        .found
        .iter()
        .filter(|m| m.key.kind == EntityKind::Country && m.key.slug != "kr")
        .filter(|m| m.span.begin >= sentence.begin && m.span.end <= j)
        .max_by_key(|m| m.span.begin)?;
    let gap = Span {
        begin: m.span.end,
        end: j,
    };
    let words: Vec<String> = ctx
        .slice(gap)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let body_words = (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(is_hangul_syllable) && particles::strip_particle(w).1.is_none())
        && !overlaps_kind(ctx, gap, &[EntityKind::Person, EntityKind::Country]);
    if !body_words {
        return None;
    }
    let mut end = m.span.begin;
    while end > sentence.begin && chars[end - 1] == ' ' {
        end -= 1;
    }
    Some((end, m.key.clone()))
}

/// The host state of an envoy word ending at char `end` (`주르완다`, `주미`: `주` +
/// a country's Korean name, the state an ambassador is posted to) and the word's
/// start; `None` unless the word after `주` is a country of the gazetteer. `floor` is
/// the sentence start.
fn envoy_state(ctx: &Ctx, end: usize, floor: usize) -> Option<(EntityKey, usize)> {
    let begin = hangul_words_before(&ctx.chars, end, 1, floor)?;
    if ctx.chars[begin] != '주' || end - begin < 3 {
        return None;
    }
    let state: String = ctx.chars[begin + 1..end].iter().collect();
    let e = ctx
        .gaz
        .lookup(&state, Some(EntityKind::Country), ctx.era())?;
    Some((e.key.clone(), begin))
}

/// The start of the `n` whitespace-separated Hangul words ending at `end`, if all are
/// pure Hangul and lie after `floor`.
fn hangul_words_before(chars: &[char], end: usize, n: usize, floor: usize) -> Option<usize> {
    let mut j = end;
    for w in 0..n {
        if w > 0 {
            if j == floor || chars[j - 1] != ' ' {
                return None;
            }
            j -= 1;
        }
        let e = j;
        while j > floor && is_hangul_syllable(chars[j - 1]) {
            j -= 1;
        }
        if j == e {
            return None;
        }
    }
    Some(j)
}

/// Last syllables that end a modifier before a title, never a personal name: the
/// locative and genitive particles (`이번에`, `정부의`), the rank suffix (`고위급`,
/// `장관급`) and adjectival/plural suffixes (`실무적`, `부처별`).
const KO_MODIFIER_ENDINGS: &[char] = &['에', '의', '급', '적', '별', '께', '간'];

/// `true` for a plausible Korean personal name: 2–4 Hangul syllables with a known
/// family name, not a common word ([`KO_NOT_NAMES`]), not ending like an organization
/// or a modifier ([`KO_MODIFIER_ENDINGS`]).
pub(super) fn is_korean_name(word: &str) -> bool {
    let n = word.chars().count();
    // Four syllables only with a two-syllable family name (`남궁민수`; `국가개혁` is none).
    let family_ok = n < 4 || split_name(word).is_some_and(|(f, _)| f.chars().count() == 2);
    (2..=4).contains(&n)
        && family_ok
        && word.chars().all(is_hangul_syllable)
        && has_known_family_name(word)
        && !KO_NOT_NAMES.contains(&word)
        && !word.ends_with(KO_MODIFIER_ENDINGS)
        && !word.ends_with([
            '부', '처', '청', '실', '과', '국', '팀', '단', '측', '등', '들',
        ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::test_support::run;
    use crate::model::Lang;

    #[test]
    fn korean_name_shape() {
        for (word, want) in [
            ("홍윤식", true),
            ("김민수", true),
            ("신임", false),
            ("이번", false),
            ("행정부", false),
            ("플라세", false),
            ("남궁민수", true),
            ("국가개혁", false),
            ("이번에", false),
            ("고위급", false),
            ("주무", false),
            ("정부의", false),
        ] {
            assert_eq!(is_korean_name(word), want, "{word}");
        }
    }

    /// Regression (found with the Korean visit rules): a sentence adverb before a title
    /// (`한편 … 총리는`) is no name (it was read as `Han Pyeon`).
    #[test]
    fn sentence_adverb_before_a_title_is_no_name() {
        for text in [
            "한편 프랑스 총리는 지난달 방한했다.",
            "이어 프랑스 총리는 연설했다.",
        ] {
            let got = run("ko", text);
            assert!(got.person_slugs().is_empty(), "{text}: {:#?}", got.entities);
        }
    }

    /// Generic words before a title (an adverbial, a rank compound, an office modifier)
    /// are no names, while a real name before the same title is.
    #[test]
    fn modifiers_before_a_title_are_no_names() {
        for text in [
            "이번에 장관은 현장을 찾았다.",
            "양국 고위급 차관은 회의를 가졌다.",
            "주무 장관은 계획을 밝혔다.",
        ] {
            let got = run("ko", text);
            assert!(got.person_slugs().is_empty(), "{text}: {:#?}", got.entities);
        }
        let got = run("ko", "이번에 김민수 장관은 현장을 찾았다.");
        assert!(
            got.entities.iter().any(|e| e.key.slug == "kim-min-su"),
            "{:#?}",
            got.entities
        );
    }

    /// A rank ordinal glued to a title (`제1차관`, `제2차관`) is part of the title: the
    /// name before it is a person holding the vice-minister post. Sentences written for
    /// this test.
    #[test]
    fn ranked_vice_ministers() {
        for (text, name) in [
            ("한지수 행정안전부 제2차관이 개회사를 했다.", "한지수"),
            ("회의는 최민호 산업통상자원부 제1차관이 주재했다.", "최민호"),
        ] {
            let got = run("ko", text);
            let person = got
                .entities
                .iter()
                .find(|e| e.label(Lang::Ko) == Some(name))
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.entities));
            assert!(
                got.holdings.iter().any(|h| h.person == person.key
                    && (h.post.slug.contains("chagwan")
                        || h.post.slug.starts_with("vice-minister"))),
                "{text}: {:#?}",
                got.holdings
            );
        }
        assert_eq!(
            ordinal_start(&"행정부 제1차관".chars().collect::<Vec<_>>(), 6),
            4
        );
        assert_eq!(
            ordinal_start(&"문제1차관".chars().collect::<Vec<_>>(), 3),
            3
        );
    }

    /// A foreign name of two Hangul words after its state (`페루의 …`) before a title is
    /// a person holding that state's office; the same words with no state before them
    /// are no name. Sentences written for this test.
    #[test]
    fn foreign_names_after_their_state() {
        for text in [
            "페루의 마르코 살라사르 차관이 서울을 찾았다.",
            "이번 회의에는 페루 마르코 살라사르 차관이 왔다.",
        ] {
            let got = run("ko", text);
            let person = got
                .entities
                .iter()
                .find(|e| e.label(Lang::Ko) == Some("마르코 살라사르"))
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.entities));
            assert!(
                got.holdings
                    .iter()
                    .any(|h| h.person == person.key && h.post.slug == "vice-minister-of-peru"),
                "{text}: {:#?}",
                got.holdings
            );
        }
        let got = run("ko", "회의에서 디지털 혁신 차관이 발표했다.");
        assert!(
            got.entities
                .iter()
                .all(|e| e.key.kind != EntityKind::Person),
            "{:#?}",
            got.entities
        );
    }

    /// Foreign names whose last syllable is also a particle (`나`, `도`), a foreign name
    /// in the middle of a sentence after a word closed by a particle, and one written
    /// after its title; a title followed by common words gives no person. Sentences
    /// written for this test.
    #[test]
    fn foreign_names_in_more_positions() {
        for (text, name) in [
            (
                "에티오피아의 카를로스 메디나 차관이 서울을 찾았다.",
                "카를로스 메디나",
            ),
            (
                "콜롬비아의 마테오 파르도 차관이 회의에 왔다.",
                "마테오 파르도",
            ),
            (
                "이번 주 부산에서 다니엘라 소토 페루 내무부 장관이 연설했다.",
                "다니엘라 소토",
            ),
            (
                "페루 내무부 장관 다니엘라 소토는 협력을 제안했다.",
                "다니엘라 소토",
            ),
        ] {
            let got = run("ko", text);
            let person = got
                .entities
                .iter()
                .find(|e| e.key.kind == EntityKind::Person)
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.entities));
            assert_eq!(person.label(Lang::Ko), Some(name), "{text}");
            assert!(
                got.holdings.iter().any(|h| h.person == person.key),
                "{text}: {:#?}",
                got.holdings
            );
        }
        for text in [
            "행정자치부 장관 주재로 회의가 열렸다.",
            "오늘 오전 페루 내무부 장관이 연설했다.",
        ] {
            let got = run("ko", text);
            assert!(got.person_slugs().is_empty(), "{text}: {:#?}", got.entities);
        }
    }

    #[test]
    fn hangul_offsets_are_chars() {
        let got = run("ko", "가나다 라마 행정자치부(장관 홍윤식)는 밝혔다.");
        let m = got
            .mentions
            .iter()
            .find(|m| m.entity.slug == "hong-yun-sik")
            .unwrap();
        assert_eq!((m.span.begin, m.span.end), (16, 19));
        assert_eq!(m.anchor, "홍윤식");
    }

    /// (Korean text, person slug, post slug) — a foreign name in parentheses after its
    /// ministry, a second title after a middle dot, and heads of foreign states.
    #[test]
    fn foreign_names_in_parentheses() {
        for (text, person, post) in [
            (
                "에스토니아 행정자치부(마르트 카스크 장관·부총리)가 왔다.",
                "mlt-ksk",
                "post/minister-of-the-interior-estonia",
            ),
            (
                "에스토니아 행정자치부(마르트 카스크 장관·부총리)가 왔다.",
                "mlt-ksk",
                "post/deputy-prime-minister-of-estonia",
            ),
        ] {
            let got = run("ko", text);
            assert!(
                got.holdings
                    .iter()
                    .any(|h| h.person.slug == person && h.post.to_string() == post),
                "{text}: {:#?} {:#?}",
                got.holdings,
                got.entities
            );
        }
        let got = run("ko", "2010년 에스토니아 총리 이후 처음이다.");
        assert!(
            got.entities
                .iter()
                .any(|e| e.key.to_string() == "post/prime-minister-of-estonia"),
            "{:#?}",
            got.entities
        );
    }

    /// Foreign names of two to four Hangul words (words of one syllable too, in a name of
    /// three or more) written before their state and title: the state alone (`… 총리`),
    /// the state and a body, or the state and body words the gazetteer does not know. The
    /// state and title words stay out of the name, and a Korean name before a state is
    /// still read as Korean. Sentences written for this test.
    #[test]
    fn foreign_names_before_state_and_title() {
        for (text, name, post) in [
            (
                "바야르 체렌 에티오피아 총리는 서울을 찾았다.",
                "바야르 체렌",
                Some("post/prime-minister-of-ethiopia"),
            ),
            (
                "이날 회의에는 응우옌 반 중 콜롬비아 내무부 장관과 김민수 국장이 함께했다.",
                "응우옌 반 중",
                None,
            ),
            (
                "팜 득 롱 콜롬비아 내무부 장관은 협력 방안을 제안했다.",
                "팜 득 롱",
                None,
            ),
            (
                "회의를 마친 뒤, 보 반 꽝 에티오피아 총리는 기자들과 만났다.",
                "보 반 꽝",
                None,
            ),
            (
                "후안 카를로스 로페스 가르시아 페루 내무부 장관이 연설했다.",
                "후안 카를로스 로페스 가르시아",
                None,
            ),
            (
                "요한 타미크 에스토니아 정부 최고정보책임자(CIO)는 플랫폼을 소개했다.",
                "요한 타미크",
                None,
            ),
            (
                "김민수 차관은 화상으로 안드레아 마르티나 로하스 페루 총리실 전자정부 차관과 회담했다.",
                "안드레아 마르티나 로하스",
                None,
            ),
        ] {
            let got = run("ko", text);
            let person = got
                .entities
                .iter()
                .find(|e| e.key.kind == EntityKind::Person && e.label(Lang::Ko) == Some(name))
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.entities));
            let holds: Vec<String> = got
                .holdings
                .iter()
                .filter(|h| h.person == person.key)
                .map(|h| h.post.to_string())
                .collect();
            assert!(!holds.is_empty(), "{text}: {:#?}", got.holdings);
            if let Some(post) = post {
                assert_eq!(holds, [post], "{text}");
            }
        }
        let got = run("ko", "김민수 페루 대사가 인사했다.");
        assert_eq!(got.person_slugs(), ["kim-min-su"], "{:#?}", got.entities);
        for text in [
            "대표단을 이끈 전 에티오피아 총리가 인사했다.",
            "그 밖에 전 현 에티오피아 총리가 인사했다.",
            "이날 행사에는 에티오피아 총리가 참석했다.",
        ] {
            let got = run("ko", text);
            assert!(got.person_slugs().is_empty(), "{text}: {:#?}", got.entities);
        }
    }

    /// A head's title glued to the name of the body it heads shares the body's last
    /// syllable (`…개발원장`, `…청장`): the person holds the head's post of that body.
    /// Sentences written for this test.
    #[test]
    fn head_title_sharing_the_bodys_last_syllable() {
        for (text, slug, body) in [
            (
                "박도윤 한국원조청장은 수료식에서 축사를 했다.",
                "park-do-yun",
                "korea-aid-agency",
            ),
            (
                "오세린 한국원조청장이 발표를 맡았다.",
                "oh-se-rin",
                "korea-aid-agency",
            ),
        ] {
            let got = run("ko", text);
            assert_eq!(got.person_slugs(), [slug], "{text}: {:#?}", got.entities);
            let post = got
                .holdings
                .iter()
                .find(|h| h.person.slug == slug)
                .and_then(|h| got.entities.iter().find(|e| e.key == h.post))
                .unwrap_or_else(|| panic!("{text}: {:#?}", got.holdings));
            assert!(
                post.part_of.as_ref().is_some_and(|o| o.slug.contains(body)),
                "{text}: {post:#?}"
            );
        }
        // A title written in full after the body's name is read as before.
        let got = run("ko", "박도윤 한국원조청 청장은 축사를 했다.");
        assert_eq!(got.person_slugs(), ["park-do-yun"], "{:#?}", got.entities);
    }

    /// A Korean ministry's name after a foreign state names that state's ministry: the
    /// person holds the state's post, not the Korean one. A sentence written for this
    /// test.
    #[test]
    fn korean_ministry_name_after_a_foreign_state() {
        let got = run(
            "ko",
            "다니엘라 소토 페루 행정자치부 장관은 협력을 제안했다.",
        );
        let posts: Vec<String> = got.holdings.iter().map(|h| h.post.to_string()).collect();
        assert_eq!(posts.len(), 1, "{:#?}", got.holdings);
        assert_ne!(posts[0], "post/minister-of-the-interior");
        let post = got
            .entities
            .iter()
            .find(|e| e.key.to_string() == posts[0])
            .unwrap_or_else(|| panic!("{:#?}", got.entities));
        assert_eq!(
            post.label(Lang::En),
            Some("Minister of the Interior (Peru)"),
            "{post:#?}"
        );
    }
}

#[cfg(test)]
mod acronym_tests {
    use crate::ingest::extract::test_support::run;
    use crate::model::EntityKind;

    /// An acronym in brackets after a body's name is that body, never a person
    /// (`카리브공동체(CARICOM) 사무총장`); a Hangul foreign name before a body's acronym
    /// and a title is a person (`마리아 로페스 CARICOM 사무총장`). Sentences written for
    /// this test.
    #[test]
    fn body_acronyms_before_a_title() {
        for text in [
            "회의에는 카리브공동체(CARICOM) 사무총장이 참석했다.",
            "이번 포럼에 중미통합체제(SICA) 사무총장과 각국 장관이 함께했다.",
        ] {
            let got = run("ko", text);
            let persons: Vec<_> = got
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Person)
                .collect();
            assert!(persons.is_empty(), "{text}: {persons:#?}");
        }
        for (text, slug) in [
            (
                "마리아 로페스 CARICOM 사무총장은 협력을 약속했다.",
                "ma-ri-a-ro-pe-seu",
            ),
            (
                "행사에는 호르헤 멘도사 SICA 사무총장이 참석했다.",
                "ho-reu-he-men-do-sa",
            ),
        ] {
            let got = run("ko", text);
            let persons: Vec<_> = got
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Person)
                .map(|e| e.key.slug.clone())
                .collect();
            assert!(!persons.is_empty(), "{text}: {persons:?} {slug}");
        }
    }
}
