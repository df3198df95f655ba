//! Which event a Korean place, date or venue belongs to: the event of its clause, read
//! from the verbs of holding around it (`X에서 열린 <event>`, `<event>이 X에서 열렸다`),
//! commas and linking endings (`…했으며`); and which Korean mentions state a place
//! (`X에서`, `X 소재`) or a clause subject (은/는/이/가). Also the English clause of an
//! offset (`, and`, `;`, `, but`, `, while`), which English dates keep to.

use super::Placed;
use crate::ingest::extract::{Ctx, push_unique, re};
use crate::ingest::gazetteer::Match;
use crate::model::{EntityKey, EntityKind, Span};
use regex::Regex;
use std::sync::LazyLock;

/// An adnominal Korean verb of holding (`열린`, `개최된`, `개최하는`): the place or date
/// before it belongs to the event named after it.
static KO_HELD_ADNOMINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:열린|열리는|열릴|개최된|개최되는|개최될|개최한|개최하는|개최할|진행된|진행되는|진행될)\s",
    )
});

/// A finite or linking Korean verb of holding (`열렸다`, `개최됐다`, `개최되며`, and the
/// adnominal form before `예정`/`계획`, `열릴 예정이다`): the place or date before it
/// belongs to the event named before it (the clause subject).
static KO_HELD_FINITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:열릴|개최될|개최할|진행될)\s?(?:예정|계획)|열렸|열린다|열리며|열려|열립|개최됐|개최되었|개최되며|개최돼|개최된다|개최됩|개최했|개최하였|개최한다|개최하며|진행됐|진행되었|진행된다)",
    )
});

/// A Korean clause ending that links two clauses (`…했으며`, `…였고`, `…지만`).
static KO_CLAUSE_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:며|했고|였고|됐고|되고|지만|는데)[ ,]"));

/// A Korean ending that closes a clause's own verb (`…했으며`, `…열었고`, `…지만`):
/// [`KO_CLAUSE_END`] with `-고` after any past-tense stem syllable
/// ([`ss_final_syllables`]). Only for tense: what the next clause says (`열렸고,
/// 참가자들은 …을 논의했다`) may still be about the event of the first.
static KO_VERB_CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:며|[{}]고|되고|지만|는데)[ ,]",
        ss_final_syllables()
    ))
});

/// Every Hangul syllable with the final consonant ㅆ (했, 였, 었, 았, 됐, 렸, 졌, 있 …):
/// the stem syllable before a linking `-고` that ends a past-tense (or `있-`) clause.
fn ss_final_syllables() -> String {
    (0xAC00u32..=0xD7A3)
        .filter(|c| (c - 0xAC00) % 28 == 20)
        .filter_map(char::from_u32)
        .collect()
}

/// Where an English clause ends and the next begins: `, and`, `, but`, `, while`,
/// `, whereas`, a semicolon, and a comma before a pronoun subject with a finite verb
/// (`, it will host`).
static EN_CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:,\s+(?:and|but|while|whereas)\b|;|,\s+(?:it|they|he|she|we)\s+(?:will|would|was|were|is|are|has|have|had)\b)",
    )
});

/// `X에서` read as where people come from, not where something happens: `X에서 온
/// 공무원` (officials who came from X), `X에서 파견된`, `X에서 초청된`, `X에서 방한한`.
static KO_FROM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^에서\s*(?:온|오는|올|왔|파견(?:된|되어|돼|한)|초청(?:된|되어|돼|한)|방한(?:한|하는|할|했))",
    )
});

/// A candidate break between two English clauses that carry roles: `;`, `while`,
/// `whereas`, `, but`, and `and` (a break only when it joins two clauses that each have
/// a finite verb and the second its own subject, see [`en_role_clause`]).
static EN_ROLE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| re(r";|,?\s+(?:while|whereas)\b|,\s+but\b|,?\s+and\b"));

/// An English finite verb (or its auxiliary): `will`, `was`, `has`, a past form in `-ed`
/// (lower case: not a name such as `United`), and frequent irregular pasts.
static EN_FINITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:will|would|was|were|is|are|has|have|had|can|could|shall|should|may|might|did|does|said|met|held|took|made|gave|came|won|went|led|sent|spoke|[a-z]{2,}ed)\b",
    )
});

/// Whether a Korean place mention states where something happens: `X에서`, `X 소재`,
/// `X에서 개최`, `X 개최`, or `X(Y)에서` (a place with its country or city in brackets,
/// either of the two).
pub(super) fn ko_place_mention(ctx: &Ctx, m: &Match) -> bool {
    let particle = m.particle.as_deref().unwrap_or("");
    let after: String = ctx.chars[m.span.end..(m.span.end + 24).min(ctx.chars.len())]
        .iter()
        .collect();
    let after = after.trim_start();
    if KO_FROM.is_match(after) {
        return false;
    }
    if particle.starts_with("에서") {
        return true;
    }
    if after.starts_with("에서") || after.starts_with("개최") || after.starts_with("소재") {
        return true;
    }
    // `탈린(에스토니아)에서` and the bracketed place itself.
    let bracket_then_at = |s: &str| {
        s.split_once(')')
            .is_some_and(|(inside, rest)| !inside.contains(['(', '\n']) && rest.starts_with("에서"))
    };
    if let Some(inner) = after.strip_prefix('(') {
        return bracket_then_at(inner);
    }
    m.span.begin > 0 && ctx.chars[m.span.begin - 1] == '(' && bracket_then_at(after)
}

/// Pushes onto `locations` the Korean places of `sentence` ([`ko_place_mention`]) whose
/// clause states the event `key` ([`ko_owner`]); a place written right before one
/// (`에스토니아 탈린에서`) comes along.
pub(super) fn ko_places(
    ctx: &Ctx,
    placed: &[Placed],
    sentence: Span,
    key: &EntityKey,
    locations: &mut Vec<EntityKey>,
) {
    let is_place = |m: &Match| {
        matches!(
            m.key.kind,
            EntityKind::City | EntityKind::Country | EntityKind::Region
        )
    };
    let in_sentence = ctx.found_in(sentence, &[]);
    let places: Vec<&Match> = in_sentence
        .iter()
        .copied()
        .filter(|m| is_place(m))
        .collect();
    let spans: Vec<Span> = places.iter().map(|m| m.span).collect();
    for m in places.iter().filter(|m| ko_place_mention(ctx, m)) {
        let after: String = ctx.chars[m.span.end..(m.span.end + 8).min(ctx.chars.len())]
            .iter()
            .collect();
        let rest = after
            .trim_start_matches(m.particle.as_deref().unwrap_or(""))
            .trim_start_matches("에서")
            .trim_start();
        // `X에서 주최`: X runs it (an organizer, see `roles`).
        if rest.starts_with("주최") || rest.starts_with("주관") {
            continue;
        }
        if ko_owner(ctx, placed, sentence, m.span, &spans) != Some(key) {
            continue;
        }
        if let Some(prev) = places.iter().rev().find(|x| x.span.end + 1 == m.span.begin) {
            push_unique(locations, prev.key.clone());
        }
        push_unique(locations, m.key.clone());
    }
}

/// Which placed event a Korean date or place at `span` in `sentence` belongs to:
/// - inside an event's mention, that event;
/// - before an adnominal verb of holding (`X에서 열린 <event>`), the next event;
/// - before a finite one (`<event>이 X에서 열렸다`), the event before it;
/// - else the event of its clause (clauses end at a comma that does not join two places,
///   and at linking endings such as `…했으며`), the next one first;
/// - with no event in its clause (`10월 15일, 탈린에서 열린 …`), the next event in the
///   sentence if no other item of `others` (the spans of the sentence's items of the
///   same kind) lies between them, else the one before on the same terms.
pub(super) fn ko_owner<'a>(
    ctx: &Ctx,
    placed: &'a [Placed],
    sentence: Span,
    span: Span,
    others: &[Span],
) -> Option<&'a EntityKey> {
    let evs: Vec<&Placed> = placed
        .iter()
        .filter(|q| q.span.begin >= sentence.begin && q.span.end <= sentence.end)
        .collect();
    if let Some(q) = evs
        .iter()
        .find(|q| q.span.begin <= span.begin && span.end <= q.span.end)
    {
        return Some(&q.key);
    }
    let next = evs.iter().find(|q| q.span.begin >= span.end);
    let prev = evs.iter().rev().find(|q| q.span.end <= span.begin);
    let after: String = ctx.chars[span.end..(span.end + 24).min(sentence.end)]
        .iter()
        .collect();
    // Past a bracket (`탈린(에스토니아)에서`) and the particle to the verb.
    let mut verb = after.as_str();
    if let Some((_, rest)) = verb.strip_prefix('(').and_then(|r| r.split_once(')')) {
        verb = rest;
    }
    let verb = verb.strip_prefix(')').unwrap_or(verb);
    let verb = verb
        .strip_prefix("에서")
        .or_else(|| verb.strip_prefix('에'))
        .unwrap_or(verb)
        .trim_start();
    if KO_HELD_FINITE.is_match(verb) {
        return prev.map(|q| &q.key);
    }
    if KO_HELD_ADNOMINAL.is_match(verb) {
        return next.map(|q| &q.key);
    }
    let breaks = ko_clause_breaks(ctx, sentence);
    let clause_begin = breaks
        .iter()
        .copied()
        .filter(|&b| b <= span.begin)
        .max()
        .unwrap_or(sentence.begin);
    let clause_end = breaks
        .iter()
        .copied()
        .filter(|&b| b >= span.end)
        .min()
        .unwrap_or(sentence.end);
    if let Some(q) = next.filter(|q| q.span.begin < clause_end) {
        return Some(&q.key);
    }
    if let Some(q) = prev.filter(|q| q.span.end > clause_begin) {
        return Some(&q.key);
    }
    let clear = |from: usize, to: usize| {
        !others
            .iter()
            .any(|o| *o != span && o.begin >= from && o.end <= to)
    };
    next.filter(|q| clear(span.end, q.span.begin))
        .or(prev.filter(|q| clear(q.span.end, span.begin)))
        .map(|q| &q.key)
}

/// Char offsets in `sentence` where a Korean clause ends: a comma (unless it joins two
/// places of a list, `서울, 부산`) and a linking ending ([`KO_CLAUSE_END`]).
fn ko_clause_breaks(ctx: &Ctx, sentence: Span) -> Vec<usize> {
    let text = ctx.slice(sentence);
    let places: Vec<Span> = ctx
        .found_in(
            sentence,
            &[EntityKind::City, EntityKind::Country, EntityKind::Region],
        )
        .iter()
        .map(|m| m.span)
        .collect();
    let mut breaks = Vec::new();
    for (i, c) in text.chars().enumerate() {
        if c != ',' {
            continue;
        }
        let at = sentence.begin + i;
        let list = places.iter().any(|a| a.end == at)
            && places
                .iter()
                .any(|b| b.begin == at + 1 || b.begin == at + 2);
        if !list {
            breaks.push(at);
        }
    }
    for m in KO_CLAUSE_END.find_iter(&text) {
        breaks.push(sentence.begin + text[..m.end()].chars().count());
    }
    breaks
}

/// The English clause of `sentence` (chars) holding the char offset `at`: from the last
/// clause break ([`EN_CLAUSE_BREAK`]) before `at` to the first one after it.
pub(super) fn en_clause(ctx: &Ctx, sentence: Span, at: usize) -> Span {
    let text = ctx.slice(sentence);
    let mut clause = sentence;
    for m in EN_CLAUSE_BREAK.find_iter(&text) {
        let begin = sentence.begin + text[..m.start()].chars().count();
        let end = sentence.begin + text[..m.end()].chars().count();
        if end <= at {
            clause.begin = end;
        } else if begin >= at {
            clause.end = begin;
            break;
        }
    }
    clause
}

/// Where an English clause that gives the tense of what it holds ends: an
/// [`EN_CLAUSE_BREAK`], or `and` before a second verb of the same subject in the future
/// (`met X on May 2, and will join Y`: the meeting's tense is `met`).
static EN_VERB_CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:,\s+(?:and|but|while|whereas)\b|;|,\s+(?:it|they|he|she|we)\s+(?:will|would|was|were|is|are|has|have|had)\b|,?\s+and\s+(?:will|plans? to|is to|are to|is set to|are set to)\b)",
    )
});

/// The English clause of `sentence` (chars) holding the char offset `at` whose verb gives
/// the tense of what it holds: from the start of the last [`EN_VERB_CLAUSE_BREAK`] before
/// `at` (its words, `and will`, belong to the clause after it) to the first one after it.
pub(super) fn en_verb_clause(ctx: &Ctx, sentence: Span, at: usize) -> Span {
    let text = ctx.slice(sentence);
    let mut clause = sentence;
    for m in EN_VERB_CLAUSE_BREAK.find_iter(&text) {
        let begin = sentence.begin + text[..m.start()].chars().count();
        let end = sentence.begin + text[..m.end()].chars().count();
        if end <= at {
            clause.begin = begin;
        } else if begin >= at {
            clause.end = begin;
            break;
        }
    }
    clause
}

/// The English clause of `sentence` (chars) holding the char offset `at`, for roles
/// (who attends, who hosts): clauses end at `;`, `while`, `whereas` and `, but`
/// ([`EN_ROLE_BREAK`]), and at `and` only when it joins two clauses rather than two
/// names (`A will attend the forum, while B attended the summit`, `A hosted the forum
/// and B attended it`; not `A, Director of X, and B will attend`): the stretch before
/// `and` (from the last break) has a finite verb ([`EN_FINITE`]), and so has the rest of
/// the sentence after it, with a subject before that verb (`and signed …` shares the
/// subject and stays one clause). Returns the whole sentence when no break applies.
pub(super) fn en_role_clause(ctx: &Ctx, sentence: Span, at: usize) -> Span {
    let text = ctx.slice(sentence);
    let chars = |b: usize| sentence.begin + text[..b].chars().count();
    let mut clause = sentence;
    let mut last = 0;
    for m in EN_ROLE_BREAK.find_iter(&text) {
        let (begin, end) = (chars(m.start()), chars(m.end()));
        // `and` inside a name (`Ministry of Science and ICT`) joins nothing.
        if m.as_str().trim_start_matches(',').trim() == "and"
            && (ctx.overlaps_found(Span { begin, end })
                || !joins_clauses(&text[last..m.start()], &text[m.end()..]))
        {
            continue;
        }
        last = m.end();
        if end <= at {
            clause.begin = end;
        } else if begin >= at {
            clause.end = begin;
            break;
        }
    }
    clause
}

/// The Korean clause of `sentence` (chars) holding the char offset `at`, for roles: from
/// the last linking ending ([`KO_CLAUSE_END`], `…할 예정이며,`, `…했고`) before `at` to
/// the first one after it. Commas do not end it: they list names (`A, B, C가 참석한`).
pub(super) fn ko_role_clause(ctx: &Ctx, sentence: Span, at: usize) -> Span {
    clause_between(ctx, sentence, at, &KO_CLAUSE_END)
}

/// The Korean clause of `sentence` (chars) holding the char offset `at` whose verb gives
/// the tense of what it holds: from the last [`KO_VERB_CLAUSE_END`] before `at` to the
/// first one after it (`…회의를 열었고, 3월에는 …에 참가할 예정이다`: the meeting's clause
/// ends at `열었고`).
pub(super) fn ko_verb_clause(ctx: &Ctx, sentence: Span, at: usize) -> Span {
    clause_between(ctx, sentence, at, &KO_VERB_CLAUSE_END)
}

/// The part of `sentence` (chars) holding the char offset `at` between the clause endings
/// `ends` matches: from the end of the last match ending at or before `at` to the end of
/// the first one after it (the whole sentence when there is none).
fn clause_between(ctx: &Ctx, sentence: Span, at: usize, ends: &Regex) -> Span {
    let text = ctx.slice(sentence);
    let mut clause = sentence;
    for m in ends.find_iter(&text) {
        let end = sentence.begin + text[..m.end()].chars().count();
        if end <= at {
            clause.begin = end;
        } else {
            clause.end = end;
            break;
        }
    }
    clause
}

/// The opening of an English clause inserted between a subject and its verb, right
/// after its comma: a participle with its agent (`, co-hosted by`, `, jointly organized
/// by`, `, sponsored by`) or a relative pronoun (`, which is hosted by`, `, who …`).
static EN_INSERTED_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:(?:co-|jointly\s+)?[a-z]+(?:ed|en)|held|run|led)\s+(?:jointly\s+)?by\b|(?:which|who)\b)",
    )
});

/// `before` (the text before an `and`) without the clause inserted after its last
/// comma when that clause is still open at the `and` ([`EN_INSERTED_OPEN`]: `The Forum,
/// co-hosted by A` → `The Forum`): the insertion's participle or relative verb is not
/// the verb of the clause the `and` may end.
fn without_open_insertion(before: &str) -> &str {
    match before.rfind(',') {
        Some(c) if EN_INSERTED_OPEN.is_match(&before[c + 1..]) => &before[..c],
        _ => before,
    }
}

/// Whether `and` between `before` and `after` joins two clauses: both have a finite
/// verb (not one of a clause inserted after a comma and still open, see
/// [`without_open_insertion`]), and the first verb after `and` is not its first word (a
/// subject comes first).
fn joins_clauses(before: &str, after: &str) -> bool {
    if !EN_FINITE.is_match(without_open_insertion(before)) {
        return false;
    }
    EN_FINITE
        .find(after)
        .is_some_and(|v| !after[..v.start()].trim().is_empty())
}

/// Whether a Korean mention is a clause subject: it takes 은/는/이/가, directly or after
/// a parenthesis (`행정안전부(장관 김부겸)는`).
pub(super) fn ko_subject(ctx: &Ctx, m: &Match) -> bool {
    let subject = |p: &str| ["은", "는", "이", "가"].iter().any(|x| p.starts_with(x));
    if subject(m.particle.as_deref().unwrap_or("")) {
        return true;
    }
    let after: String = ctx.chars[m.span.end..(m.span.end + 30).min(ctx.chars.len())]
        .iter()
        .collect();
    after.starts_with('(')
        && after
            .split_once(')')
            .is_some_and(|(inside, rest)| !inside.contains('\n') && subject(rest))
}

/// An English verb whose object is a happening talked about, not held (`to discuss the
/// Forum`, `reviewed the plans for the Summit`), ending right before the event mention.
static EN_DISCUSS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:discuss(?:es|ed|ing)?|review(?:s|ed|ing)?|prepar(?:e|es|ed|ing)(?: for)?|talk(?:s|ed)? about|consult(?:s|ed)? on)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:plans?|preparations?|agenda) (?:for|of)\s+(?:the\s+)?)?$",
    )
});

/// A Korean verb taking the happening before it as its object (`<event>을 논의했다`,
/// `<event> 개최를 협의`, `<event> 준비 상황을 점검`), right after the mention.
static KO_DISCUSS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s?(?:개최\s?(?:계획|방안|준비)?\s?)?(?:(?:준비\s?)?(?:상황|계획|방안)\s?)?(?:을|를|에 대해|에 관해)?\s?(?:논의|협의|검토|점검|준비)",
    )
});

/// A Korean word of a modifier before an event mention that dates it or says it is yet
/// to be held (`내년 열릴`, `10월 개최 예정인`): adnominal verbs of holding.
static KO_OWN_MODIFIER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:열릴|열리는|개최될|개최되는|개최할|개최\s?예정인|예정인|예정된|개최|있을)$")
});

/// The stretch (chars) an event mention at `event` keeps its roles to when it is the
/// object of a verb of talking or preparing (`met … to discuss the Forum next year`,
/// `… 내년 열릴 <포럼>을 논의했다`): the clause's date, place and status are the
/// meeting's, not the discussed event's. English: the mention to the end of `seg` (its
/// own time words follow it); Korean: the mention with the modifier words before it
/// that are dates or adnominal verbs of holding ([`KO_OWN_MODIFIER`]). `None` when the
/// mention is not such an object.
pub(super) fn discussed_stretch(ctx: &Ctx, seg: Span, event: Span) -> Option<Span> {
    let sentence = ctx.sentence_of(event.begin);
    match ctx.lang() {
        crate::model::Lang::En => {
            let before = ctx.slice(Span {
                begin: sentence.begin.max(event.begin.saturating_sub(60)),
                end: event.begin,
            });
            EN_DISCUSS_BEFORE.is_match(&before).then_some(Span {
                begin: event.begin,
                end: seg.end.max(event.end),
            })
        }
        crate::model::Lang::Ko => {
            let after = ctx.slice(Span {
                begin: event.end,
                end: (event.end + 16).min(sentence.end),
            });
            if !KO_DISCUSS_AFTER.is_match(&after) {
                return None;
            }
            Some(Span {
                begin: ko_modifier_begin(ctx, sentence, event),
                end: event.end,
            })
        }
    }
}

/// Where the Korean modifier before `event` begins (chars): back over whole words that
/// a date mention covers or that are adnominal verbs of holding, at most four.
fn ko_modifier_begin(ctx: &Ctx, sentence: Span, event: Span) -> usize {
    let mut begin = event.begin;
    for _ in 0..4 {
        let end = begin;
        let mut b = end;
        while b > sentence.begin && ctx.chars[b - 1] == ' ' {
            b -= 1;
        }
        let word_end = b;
        while b > sentence.begin && !ctx.chars[b - 1].is_whitespace() {
            b -= 1;
        }
        if b == word_end {
            break;
        }
        let word = Span {
            begin: b,
            end: word_end,
        };
        let dated = ctx
            .dates
            .iter()
            .any(|d| d.span.begin <= word.end && word.begin < d.span.end);
        if !dated && !KO_OWN_MODIFIER.is_match(&ctx.slice(word)) {
            break;
        }
        begin = b;
    }
    begin
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &KO_HELD_ADNOMINAL,
    &KO_HELD_FINITE,
    &KO_CLAUSE_END,
    &KO_VERB_CLAUSE_END,
    &EN_CLAUSE_BREAK,
    &EN_VERB_CLAUSE_BREAK,
    &EN_ROLE_BREAK,
    &EN_FINITE,
    &EN_INSERTED_OPEN,
    &KO_FROM,
    &EN_DISCUSS_BEFORE,
    &KO_DISCUSS_AFTER,
    &KO_OWN_MODIFIER,
];

#[cfg(test)]
mod tests {
    use super::super::event;
    use crate::ingest::extract::test_support::{run, run_with_dates};
    use crate::model::{DateValue, Lang};

    /// (text, event label, places it has, places it lacks) — a Korean place belongs to
    /// the event of the clause stating it: `X에서 열린 <event>` to the next event,
    /// `<event>이 X에서 열렸다` to the one before, `X 소재`, `X(Y)에서`.
    /// An event that is the object of discussing or preparing keeps its own time words
    /// and takes neither the meeting's date and place nor its held status.
    #[test]
    fn discussed_events_keep_their_own_roles() {
        for (lang, text, dates) in [
            (
                "en",
                "Minister Hong Yun-sik met Secretary-General Angel Gurría in Tallinn on 12 March 2017 to discuss the Baltic Digital Partnership Forum next year.",
                vec![
                    ("12 March 2017", DateValue::Date(2017, 3, 12)),
                    ("next year", DateValue::Year(2018)),
                ],
            ),
            (
                "ko",
                "홍윤식 장관은 3월 12일 탈린에서 앙헬 구리아 사무총장을 만나 내년 열릴 한-에스토니아 디지털 파트너십 포럼을 논의했다.",
                vec![
                    ("3월 12일", DateValue::Date(2017, 3, 12)),
                    ("내년", DateValue::Year(2018)),
                ],
            ),
        ] {
            let got = run_with_dates(lang, text, &dates);
            let ev = got
                .events
                .iter()
                .find(|e| e.kind == crate::model::EventKind::Forum)
                .unwrap_or_else(|| panic!("no forum in {:#?}", got.events));
            assert_eq!(ev.start, Some(DateValue::Year(2018)), "{text}");
            assert!(ev.location.is_empty(), "{text}: {:?}", ev.location);
            assert_eq!(ev.status, crate::model::EventStatus::Planned, "{text}");
        }
    }

    #[test]
    fn korean_places_stay_in_their_clause() {
        for (text, label, has, lacks) in [
            (
                "행정자치부는 에스토니아에서 개최된 제3회 OECD 이-리더스 미팅에 이어 부산에서 열린 제2회 공공데이터 글로벌 포럼에도 참석했다.",
                "3rd OECD E-Leaders Meeting",
                vec!["country/ee"],
                vec!["city/busan", "country/kr"],
            ),
            (
                "행정자치부는 에스토니아에서 개최된 제3회 OECD 이-리더스 미팅에 이어 부산에서 열린 제2회 공공데이터 글로벌 포럼에도 참석했다.",
                "2nd Open Data Global Forum",
                vec!["city/busan", "country/kr"],
                vec!["country/ee"],
            ),
            (
                "제3회 OECD 이-리더스 미팅이 탈린에서 열렸으며, 제2회 공공데이터 글로벌 포럼은 서울에서 개최됐다.",
                "3rd OECD E-Leaders Meeting",
                vec!["city/tallinn", "country/ee"],
                vec!["city/seoul"],
            ),
            (
                "제3회 OECD 이-리더스 미팅이 탈린에서 열렸으며, 제2회 공공데이터 글로벌 포럼은 서울에서 개최됐다.",
                "2nd Open Data Global Forum",
                vec!["city/seoul"],
                vec!["city/tallinn", "country/ee"],
            ),
            (
                "제3회 OECD 이-리더스 미팅은 탈린(에스토니아)에서 진행된다.",
                "3rd OECD E-Leaders Meeting",
                vec!["city/tallinn", "country/ee"],
                vec![],
            ),
            (
                "제2회 공공데이터 글로벌 포럼은 부산 소재 전시장에서 개최된다.",
                "2nd Open Data Global Forum",
                vec!["city/busan"],
                vec![],
            ),
        ] {
            let got = run("ko", text);
            let ev = got
                .events
                .iter()
                .find(|e| e.entity.label(Lang::En) == Some(label))
                .unwrap_or_else(|| panic!("no {label:?} in {text}: {:#?}", got.events));
            let keys: Vec<String> = ev.location.iter().map(|k| k.to_string()).collect();
            for k in has {
                assert!(keys.iter().any(|x| x == k), "lacks {k} ({keys:?}): {text}");
            }
            for k in lacks {
                assert!(!keys.iter().any(|x| x == k), "has {k} ({keys:?}): {text}");
            }
        }
    }

    /// A Korean date belongs to the event of its clause: of dates listed with their
    /// places, only the one written next to the event; a bare year heading a clause that
    /// names another event does not make an edition of the series named before.
    #[test]
    fn korean_dates_stay_in_their_clause() {
        let text =
            "두 기관은 2016년 4월 파리, 2016년 10월 서울 제2회 공공데이터 글로벌 포럼에서 만났다.";
        let got = run_with_dates(
            "ko",
            text,
            &[
                ("2016년 4월", DateValue::YearMonth(2016, 4)),
                ("2016년 10월", DateValue::YearMonth(2016, 10)),
            ],
        );
        let ev = got
            .events
            .iter()
            .find(|e| {
                e.series
                    .as_ref()
                    .is_some_and(|k| k.slug == "open-data-global-forum")
            })
            .unwrap_or_else(|| panic!("no forum edition: {:#?}", got.events));
        assert_eq!(ev.start, Some(DateValue::YearMonth(2016, 10)), "{text}");
        let text = "제2회 공공데이터 글로벌 포럼에 참석했다. 두 장관은 2016년 프랑스에서 개최된 열린정부 회의에 대해 논의했다.";
        let got = run("ko", text);
        assert!(
            got.events
                .iter()
                .all(|e| e.entity.key.slug != "open-data-global-forum-2016"),
            "{text}"
        );
        let ev = event(&got, "2nd-open-data-global-forum");
        assert!(ev.location.is_empty(), "{:?}: {text}", ev.location);
    }
}
