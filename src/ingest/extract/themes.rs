//! Topics a notice lists as the subjects of a meeting, a course or a cooperation: in
//! English the noun phrases after a cue that announces them, in Korean the items of a
//! list closed by `등` (`A, B, C 등을 논의`). Also an event's stated theme (`under the
//! theme "…"`, `the theme of the forum is …`, `'…'라는 주제로`, `…를 주제로`): a topic
//! that the event's roles then take as what it is about.
//!
//! English cues: a subject noun followed by `such as`/`including`/`like`/`namely` (`issues such
//! as …`, `themes including …`, `sectors, such as …`), `in the area(s)/field(s)/
//! sector(s)/domain(s) of …`, and `focus(es/ed/ing) on …`. The list runs to the end of
//! the clause: a sentence stop, `;`, `:`, a quote mark, or a clause word (`while`,
//! `which`, `as well as`, `and how/to/the …`).
//!
//! The list is split on commas outside parentheses. With a serial comma (`A, B, and C`)
//! each piece is an item and the last loses its `and`/`or`; without one (`A, B and C`)
//! the last piece is split once more at its last `and`/`or`. A single piece is one item
//! (`trust and transparency` is one subject). Parenthesised acronyms are dropped from
//! the label (`High Performance Computing (HPC)`).
//!
//! An item is kept when it is a noun phrase of two to nine words (one word only if the
//! gazetteer knows it as a topic), does not end in a preposition or an article (`the
//! theme of` before a quoted title), does not start like a clause (`how`, `to`, a gerund
//! `conducting …`), is no generic word (`best practices`, `cooperation`), and names no
//! place, body, person, post or event (`Korea's …` is left to the other rules). The label
//! is the item as written; the key is the slug of the English text.
//!
//! Korean: a list of at least two comma-separated pieces ending in ` 등` before a particle
//! or a space. The first piece keeps only its last plain words (up to three, as in
//! [`super::systems`]: no particle, no ending, no determiner: `회의에서는 X` gives `X`);
//! the other pieces are items as written. An item has two to five words (one if the
//! gazetteer knows it), no quote mark, and no generic head (`사례`, `방안`, `현황`). A list
//! is no list of subjects, and is skipped whole, when a piece has a word ending in a case
//! particle or a verb ending (`사업을 펼치는 등`: the `등` closes a clause), or (in both
//! languages) when an item names a place, body, person, post or event. The label is the Korean item as written, parentheses
//! included (`X(English name)`); the key is the slug of its romanization.

use super::systems::{KO_NOT_NAME_START, add_topics};
use super::{Ctx, Out, re};
use crate::ingest::particles;
use crate::model::{EntityKind, Lang, Span};
use regex::Regex;
use std::sync::LazyLock;

/// A cue that announces a list of subjects; the list starts at the end of the match.
static EN_LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:issues|topics|themes|subjects|areas|fields|sectors|matters|domains|priorities),?\s+(?:such\s+as|including|like|namely)|in\s+the\s+(?:areas?|fields?|sectors?|domains?)\s+of|focus(?:es|ed|ing)?\s+on)\s+",
    )
});

/// An English cue that announces an event's theme; the theme starts at the end of the
/// match: `under the theme of`, `on the theme`, `themed`, `the theme of the forum is`.
static EN_THEME_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:under|on|with|around)\s+the\s+(?:main\s+)?(?:theme|motto)(?:\s+of)?|themed|the\s+(?:main\s+)?theme\s+(?:of\s+(?:the|this|this\s+year's|this\s+year’s)\s+[\w-]+\s+)?(?:is|was|will\s+be))\s+",
    )
});

/// A Korean theme: quoted before `(이)라는 주제로` / `를 주제로` / `을 테마로` (group `q`),
/// quoted after `주제는` (group `a`), or up to three plain words before `을/를 주제로`
/// (group `w`).
static KO_THEME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"['‘“"「](?P<q>[^'’”"」\n]{2,60})['’”"」]\s?(?:이라는|라는|을|를|의)?\s?(?:주제|테마)(?:로|하에|\s?아래)|(?:주제|테마)(?:는|은)\s?['‘“"「](?P<a>[^'’”"」\n]{2,60})['’”"」]|(?:^|\s)(?P<w>[^\s,.'"‘’“”]+(?:\s[^\s,.'"‘’“”]+){0,2})(?:을|를)\s?(?:주제|테마)로"#,
    )
});

/// Where a clause goes on after the list (the list ends at the start of the match).
static EN_LIST_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i),?\s+(?:while|which|who|where|whereas|as\s+well\s+as|in\s+order\s+to)\b|,?\s+and\s+(?:how|what|why|to|the|its|their|his|her|also|will|was|were|is|are)\b",
    )
});

/// First words of a piece that is a clause, not a subject.
const EN_CLAUSE_START: &[&str] = &[
    "how", "what", "why", "when", "where", "whether", "to", "ways", "it", "they", "we",
];

/// Last words that leave an item unfinished (`the theme of` before a quote).
const EN_DANGLING: &[&str] = &[
    "of", "for", "in", "on", "to", "with", "and", "or", "the", "a", "an", "by", "as",
];

/// Items too general to be a subject of their own.
const EN_GENERIC: &[&str] = &[
    "best practices",
    "best practice",
    "good practices",
    "cooperation",
    "issues",
    "other issues",
    "various issues",
    "other areas",
    "policies",
    "experiences",
    "others",
    "so forth",
    "public administration",
    "public sector",
    "administration",
    "so on",
    "the like",
];

/// A Korean list closed by `등`; group 1 is the list before ` 등`.
static KO_LIST_ETC: LazyLock<Regex> =
    LazyLock::new(|| re(r"([^\n.]*?,[^\n.]*?) 등(?:[을를의에이과와도]|\s)"));

/// Generic Korean heads an item does not end in (examples, plans, status, results).
const KO_GENERIC_HEADS: &[&str] = &["사례", "방안", "현황", "계획", "결과", "성과", "경험"];

/// Last syllables of a Korean word that carries a case particle or a verb ending.
const KO_CLAUSE_ENDS: &[char] = &['을', '를', '은', '는', '며', '면', '다', '한', '된'];

/// Kinds of found mentions an item must not overlap.
const NAMED_KINDS: &[EntityKind] = &[
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Region,
    EntityKind::Organization,
    EntityKind::Person,
    EntityKind::Post,
    EntityKind::Event,
    EntityKind::Series,
];

/// Longest item kept, in words.
const MAX_ITEM_WORDS: usize = 9;

/// Finds listed subjects (English notices only); adds topics, mentions and found mentions.
pub(crate) fn extract(ctx: &mut Ctx, out: &mut Out) {
    let mut found = match ctx.lang() {
        Lang::En => english(ctx),
        Lang::Ko => korean(ctx),
    };
    found.extend(match ctx.lang() {
        Lang::En => english_themes(ctx),
        Lang::Ko => korean_themes(ctx),
    });
    add_topics(ctx, out, found);
}

/// Most words of an unquoted English theme (`under the theme of open data`).
const MAX_BARE_THEME_WORDS: usize = 6;

/// English themes after a cue ([`EN_THEME_CUE`]): the quoted title that follows
/// (`under the theme "Open Cities"`, trailing `,`/`.` inside the quotes dropped), else the
/// noun phrase up to the clause's end as a listed subject would be read (at most
/// [`MAX_BARE_THEME_WORDS`] words). Returns (span in chars, label, no alternative).
fn english_themes(ctx: &Ctx) -> Vec<(Span, String, Option<String>)> {
    let mut found = Vec::new();
    for caps in ctx.find_all(&EN_THEME_CUE) {
        let Some(cue) = caps[0] else { continue };
        if let Some(q) = quoted_at(ctx, cue.end) {
            let label = ctx.slice(q);
            if label.split_whitespace().count() <= MAX_ITEM_WORDS + 3 {
                found.push((q, label, None));
            }
            continue;
        }
        let list = list_span(ctx, cue.end);
        let Some(item) = comma_pieces(ctx, list).into_iter().next() else {
            continue;
        };
        if let Some(label) = item_label(ctx, item)
            && label.split_whitespace().count() <= MAX_BARE_THEME_WORDS
        {
            found.push((item, label, None));
        }
    }
    found
}

/// The span (chars) inside a quoted title opening at char `at` (`"…"`, `“…”`, `‘…’`,
/// `'…'`), without trailing `,`/`.` and spaces; `None` when no quote opens there or it
/// does not close on its line within 80 chars.
fn quoted_at(ctx: &Ctx, at: usize) -> Option<Span> {
    let open = *ctx.chars.get(at)?;
    let close: &[char] = match open {
        '"' => &['"'],
        '“' => &['”', '"'],
        '‘' => &['’', '\''],
        '\'' => &['\''],
        _ => return None,
    };
    let begin = at + 1;
    let len = ctx.chars[begin..]
        .iter()
        .take(80)
        .position(|c| close.contains(c) || *c == '\n')?;
    if !close.contains(&ctx.chars[begin + len]) {
        return None;
    }
    let mut end = begin + len;
    while end > begin && matches!(ctx.chars[end - 1], ',' | '.' | ' ') {
        end -= 1;
    }
    (end > begin).then_some(Span { begin, end })
}

/// Korean themes ([`KO_THEME`]): a quoted title as written (`'열린 도시'라는 주제로`,
/// `주제는 '…'`), else the plain words before `을/를 주제로` (no digits, no particle or
/// ending: `11월 전자 정부를 주제로` gives `전자 정부`). Returns (span in chars, label, no
/// alternative).
fn korean_themes(ctx: &Ctx) -> Vec<(Span, String, Option<String>)> {
    let mut found = Vec::new();
    for caps in ctx.find_all(&KO_THEME) {
        let group = |name: &str| super::events::group(&KO_THEME, &caps, name);
        if let Some(q) = group("q").or_else(|| group("a")) {
            let q = trim(ctx, q);
            found.push((q, ctx.slice(q), None));
        } else if let Some(w) = group("w") {
            let w = korean_theme_words(ctx, w);
            let label = ctx.slice(w);
            if w.begin < w.end && ctx.found_in(w, NAMED_KINDS).is_empty() {
                found.push((w, label, None));
            }
        }
    }
    found
}

/// The last words of `words` (chars) that may name a theme: plain Korean words
/// ([`korean_plain_word`]) without digits, counted back from the end.
fn korean_theme_words(ctx: &Ctx, words: Span) -> Span {
    let mut begin = words.end;
    for w in ctx.slice(words).rsplit(' ') {
        if !korean_plain_word(w) || w.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        begin -= w.chars().count();
        if begin > words.begin {
            begin -= 1;
        }
    }
    trim(
        ctx,
        Span {
            begin: begin.max(words.begin),
            end: words.end,
        },
    )
}

/// English listed subjects: (item span, label, no alternative).
fn english(ctx: &Ctx) -> Vec<(Span, String, Option<String>)> {
    let mut found = Vec::new();
    for caps in ctx.find_all(&EN_LIST_CUE) {
        let Some(cue) = caps[0] else { continue };
        let list = list_span(ctx, cue.end);
        let items = split_items(ctx, list);
        if items.iter().any(|i| overlaps_named(ctx, *i)) {
            continue;
        }
        for item in items {
            if let Some(label) = item_label(ctx, item) {
                found.push((item, label, None));
            }
        }
    }
    found
}

/// Korean listed subjects: (item span, label, no alternative).
fn korean(ctx: &Ctx) -> Vec<(Span, String, Option<String>)> {
    let mut found = Vec::new();
    for caps in ctx.find_all(&KO_LIST_ETC) {
        let Some(list) = caps[1] else { continue };
        let mut items = comma_pieces(ctx, list);
        if let Some(first) = items.first_mut() {
            *first = korean_tail(ctx, *first);
        }
        items.retain(|s| s.begin < s.end);
        if items.len() < 2
            || items.iter().any(|i| overlaps_named(ctx, *i))
            || items.iter().any(|i| korean_clause(&ctx.slice(*i)))
        {
            continue;
        }
        for item in items {
            let label = ctx.slice(item);
            if korean_item_ok(ctx, &label) {
                found.push((item, label, None));
            }
        }
    }
    found
}

/// The last plain words of a Korean piece (up to three; module doc), as a span.
fn korean_tail(ctx: &Ctx, piece: Span) -> Span {
    let mut begin = piece.end;
    let mut words = 0;
    while words < 3 && begin > piece.begin {
        let mut b = begin;
        let mut depth = 0usize;
        while b > piece.begin {
            match ctx.chars[b - 1] {
                ')' => depth += 1,
                '(' => depth = depth.saturating_sub(1),
                ' ' if depth == 0 => break,
                _ => {}
            }
            b -= 1;
        }
        let word = without_parentheses(&ctx.slice(Span {
            begin: b,
            end: begin,
        }));
        if !korean_plain_word(&word) {
            break;
        }
        begin = b;
        words += 1;
        while begin > piece.begin && ctx.chars[begin - 1] == ' ' {
            begin -= 1;
        }
    }
    trim(
        ctx,
        Span {
            begin,
            end: piece.end,
        },
    )
}

/// `true` if a Korean word can be part of a name: not empty, no determiner, not a bare
/// number, no particle and no ending (`회의에서는`, `개최되었으며`, `국제적`).
fn korean_plain_word(word: &str) -> bool {
    let particle = word.chars().any(particles::is_hangul_syllable)
        && particles::strip_particle(word).1.is_some();
    !word.is_empty()
        && !KO_NOT_NAME_START.contains(&word)
        && !word.chars().all(|c| c.is_ascii_digit())
        && !word.ends_with(KO_CLAUSE_ENDS)
        && !word.ends_with(['적', '고', '며'])
        && !particle
}

/// `true` if a Korean piece is a clause: a word ends in a case particle or a verb ending
/// (`사업을 펼치는`); its list closes a clause, not a list of subjects.
fn korean_clause(piece: &str) -> bool {
    without_parentheses(piece)
        .split_whitespace()
        .any(|w| w.ends_with(KO_CLAUSE_ENDS))
}

/// `true` if a Korean item is a subject (module doc).
fn korean_item_ok(ctx: &Ctx, label: &str) -> bool {
    let bare = without_parentheses(label);
    let words: Vec<&str> = bare.split_whitespace().collect();
    let known = ctx
        .gaz
        .lookup(&bare, Some(EntityKind::Topic), None)
        .is_some();
    ((2..=5).contains(&words.len()) || (known && words.len() == 1))
        && !label.contains(['"', '\'', '‘', '’', '“', '”', '「', '」'])
        && !KO_GENERIC_HEADS.iter().any(|h| bare.ends_with(h))
        && words
            .first()
            .is_some_and(|w| !KO_NOT_NAME_START.contains(w))
}

/// The list that starts at char `begin`: up to a stop outside parentheses (`.` before a
/// space or the end, `;`, `:`, `!`, `?`, a line break, a quote mark), then cut at the
/// first clause word ([`EN_LIST_END`]).
fn list_span(ctx: &Ctx, begin: usize) -> Span {
    let chars = &ctx.chars;
    let mut depth = 0usize;
    let mut end = begin;
    while end < chars.len() {
        let c = chars[end];
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ';' | ':' | '!' | '?' | '\n' | '"' | '“' | '”' if depth == 0 => break,
            '.' if depth == 0 && chars.get(end + 1).is_none_or(|n| n.is_whitespace()) => break,
            _ => {}
        }
        end += 1;
    }
    let text = ctx.slice(Span { begin, end });
    if let Some(m) = EN_LIST_END.find(&text) {
        end = begin + text[..m.start()].chars().count();
    }
    Span { begin, end }
}

/// Splits a list into item spans (module doc: commas, serial comma, last `and`/`or`).
fn split_items(ctx: &Ctx, list: Span) -> Vec<Span> {
    let mut pieces = comma_pieces(ctx, list);
    let many = pieces.len() > 1;
    let mut last = pieces.pop();
    let serial = last.and_then(|s| strip_conjunction(ctx, s));
    let mut items = pieces;
    match (serial, last.take()) {
        (Some(rest), _) => items.push(rest),
        (None, Some(l)) if many => items.extend(split_last_and(ctx, l)),
        (None, Some(l)) => items.push(l),
        (None, None) => {}
    }
    items.retain(|s| s.begin < s.end);
    items
}

/// The trimmed pieces of a list between commas outside parentheses.
fn comma_pieces(ctx: &Ctx, list: Span) -> Vec<Span> {
    let mut pieces = Vec::new();
    let mut depth = 0usize;
    let mut start = list.begin;
    for i in list.begin..list.end {
        match ctx.chars[i] {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                pieces.push(Span {
                    begin: start,
                    end: i,
                });
                start = i + 1;
            }
            _ => {}
        }
    }
    pieces.push(Span {
        begin: start,
        end: list.end,
    });
    pieces.into_iter().map(|s| trim(ctx, s)).collect()
}

/// The span without leading and trailing whitespace.
fn trim(ctx: &Ctx, span: Span) -> Span {
    let mut s = span;
    while s.begin < s.end && ctx.chars[s.begin].is_whitespace() {
        s.begin += 1;
    }
    while s.end > s.begin && ctx.chars[s.end - 1].is_whitespace() {
        s.end -= 1;
    }
    s
}

/// The rest of a piece that starts with `and `/`or ` (a serial comma before it).
fn strip_conjunction(ctx: &Ctx, piece: Span) -> Option<Span> {
    let text = ctx.slice(piece);
    ["and ", "or "]
        .iter()
        .find(|c| text.starts_with(*c))
        .map(|c| {
            trim(
                ctx,
                Span {
                    begin: piece.begin + c.len(),
                    end: piece.end,
                },
            )
        })
}

/// A last piece split at its last ` and `/` or ` outside parentheses (one span if none).
fn split_last_and(ctx: &Ctx, piece: Span) -> Vec<Span> {
    let text: Vec<char> = ctx.chars[piece.begin..piece.end].to_vec();
    let mut depth = 0usize;
    let mut at = None;
    for i in 0..text.len() {
        match text[i] {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ' ' if depth == 0 => {
                for word in ["and ", "or "] {
                    let w: Vec<char> = word.chars().collect();
                    if text[i + 1..].starts_with(&w) {
                        at = Some((i, w.len() + 1));
                    }
                }
            }
            _ => {}
        }
    }
    match at {
        Some((i, len)) => vec![
            trim(
                ctx,
                Span {
                    begin: piece.begin,
                    end: piece.begin + i,
                },
            ),
            trim(
                ctx,
                Span {
                    begin: piece.begin + i + len,
                    end: piece.end,
                },
            ),
        ],
        None => vec![piece],
    }
}

/// The label of an item (parentheses dropped, spaces collapsed, a leading article
/// dropped), or `None` if the item is no subject (module doc).
fn item_label(ctx: &Ctx, item: Span) -> Option<String> {
    let label = without_parentheses(&ctx.slice(item));
    let label = ["the ", "a ", "an ", "The "]
        .iter()
        .find_map(|a| label.strip_prefix(a))
        .unwrap_or(&label)
        .to_string();
    let words: Vec<&str> = label.split_whitespace().collect();
    let first = *words.first()?;
    let known = ctx
        .gaz
        .lookup(&label, Some(EntityKind::Topic), None)
        .is_some();
    let clause = EN_CLAUSE_START.contains(&first.to_lowercase().as_str())
        || (words.len() > 1 && first.ends_with("ing") && first.starts_with(char::is_lowercase));
    let last = words.last().map_or(String::new(), |w| w.to_lowercase());
    let ok = (words.len() >= 2 || known)
        && !EN_DANGLING.contains(&last.as_str())
        && words.len() <= MAX_ITEM_WORDS
        && !clause
        && !EN_GENERIC.contains(&label.to_lowercase().as_str())
        && !label.contains(['"', '\'', '’', '“', '”'])
        && ctx.found_in(item, NAMED_KINDS).is_empty()
        && !overlaps_named(ctx, item);
    ok.then_some(label)
}

/// `true` if a found place, body, person, post or event overlaps the item's edge.
fn overlaps_named(ctx: &Ctx, item: Span) -> bool {
    ctx.found.iter().any(|m| {
        NAMED_KINDS.contains(&m.key.kind) && m.span.begin < item.end && item.begin < m.span.end
    })
}

/// The text without parenthesised parts, spaces collapsed.
fn without_parentheses(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every pattern of this module, for the test that compiles them all.
#[cfg(test)]
pub(super) static PATTERNS: &[&LazyLock<Regex>] = &[
    &EN_LIST_CUE,
    &EN_LIST_END,
    &KO_LIST_ETC,
    &EN_THEME_CUE,
    &KO_THEME,
];

#[cfg(test)]
mod tests {
    use super::super::test_support::run;
    use crate::model::{EntityKind, Lang};

    /// The English topic labels found in `text`, sorted.
    fn topics(lang: &str, text: &str) -> Vec<String> {
        let got = run(lang, text);
        let l = if lang == "ko" { Lang::Ko } else { Lang::En };
        let mut labels: Vec<String> = got
            .entities
            .iter()
            .filter(|e| e.key.kind == EntityKind::Topic)
            .filter_map(|e| e.label(l).map(str::to_string))
            .collect();
        labels.sort();
        labels
    }

    /// (text, topic labels) — one case a line.
    #[test]
    fn listed_subjects() {
        for (text, want) in [
            (
                "The talks covered issues such as rural water supply, flood warning networks and waste reduction.",
                vec![
                    "flood warning networks",
                    "rural water supply",
                    "waste reduction",
                ],
            ),
            (
                "They agreed to work together in the areas of marine research, Low Earth Orbit (LEO) satellites and space law, and clean hydrogen.",
                vec![
                    "Low Earth Orbit satellites and space law",
                    "clean hydrogen",
                    "marine research",
                ],
            ),
            (
                "The seminar will focus on public sector ethics.",
                vec!["public sector ethics"],
            ),
            (
                "Delegates raised issues including road safety and how to fund new bridges.",
                vec!["road safety"],
            ),
            (
                "Partners named areas such as training local staff and sharing tools.",
                vec![],
            ),
            (
                "They discussed topics such as best practices, Brazil's tax reform and pension design.",
                vec!["pension design"],
            ),
        ] {
            assert_eq!(topics("en", text), want, "{text}");
        }
    }

    /// (text, topic labels) — Korean lists closed by 등, one case a line.
    #[test]
    fn korean_listed_subjects() {
        for (text, want) in [
            (
                "회의에서는 하천 관리 체계, 도시 홍수 예보, 기후 시대의 물 안보 등을 논의한다.",
                vec!["기후 시대의 물 안보", "도시 홍수 예보", "하천 관리 체계"],
            ),
            (
                "과정은 농촌 개발 정책, 지역 혁신 사례, 청년 창업 지원 등의 강의로 이뤄진다.",
                vec!["농촌 개발 정책", "청년 창업 지원"],
            ),
            ("행사에는 한국, 일본, 중국 등 여러 나라가 참석했다.", vec![]),
            ("위원회는 교육, 복지 등을 다뤘다.", vec![]),
            (
                "양측은 인력 교류, 공동 연구 사업을 펼치는 등 협력했다.",
                vec![],
            ),
        ] {
            assert_eq!(topics("ko", text), want, "{text}");
        }
    }
}
