//! Rule-based extraction beyond the gazetteer: officials and their posts, events with
//! their roles (series editions, survey editions, named and unnamed happenings),
//! organizations the gazetteer does not know, ranking results, quotations and quoted
//! themes and listed subjects, in Korean and English notices.
//!
//! Input: the normalised notice, the gazetteer matches (`Gazetteer::find`), the resolved
//! dates. Output: [`Extracted`]. Every rule is generic over notices of the same kinds
//! (press releases about meetings, forums, signings, visits, trainings and rankings); no
//! rule knows a particular notice. Offsets are Unicode characters of [`Notice::text`].
//!
//! The stages share one [`Ctx`]: the text as chars, sentences, and the list of *found*
//! entity mentions, which starts as the gazetteer matches and grows as stages find
//! organizations and persons, so that later stages (event roles, quotation speakers) see
//! them. Keys are built only from English or romanized names and gazetteer keys, so the
//! English and the Korean version of a notice name the same things with the same keys.

mod bodies;
mod events;
mod identity;
mod ko_compounds;
mod orgs;
mod persons;
mod quotations;
mod rankings;
pub mod romanize;
mod systems;
mod themes;
mod titlecase;
mod titles;

use super::gazetteer::{Gazetteer, Match};
use crate::model::{
    DateMention, DateValue, Entity, EntityKey, EntityKind, Event, Holding, Label, Lang, Mention,
    Notice, Quotation, Ranking, Span,
};
use regex::Regex;
use std::cell::OnceCell;
use std::collections::HashSet;

/// Everything found beyond the gazetteer matches: new entities (persons, posts, unknown
/// organizations and topics found by rules, and gazetteer entities that only rules
/// reached, e.g. a person found by romanizing a Korean name), events, extra mentions,
/// holdings, rankings, quotations. Entities and events are deduplicated by key; mentions
/// are in text order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// New or rule-reached entities (not events), one per key.
    pub entities: Vec<Entity>,
    /// Events, one per key, with their roles.
    pub events: Vec<Event>,
    /// Mentions of the entities and events above (gazetteer matches are not repeated).
    pub mentions: Vec<Mention>,
    /// Who holds which post.
    pub holdings: Vec<Holding>,
    /// Ranking results.
    pub rankings: Vec<Ranking>,
    /// Quotations.
    pub quotations: Vec<Quotation>,
    /// Gazetteer matches the rules replaced by another entity (a Korean body's name used
    /// for a foreign body: `Peru's Prime Minister's Office`); the assembler drops them.
    pub superseded: Vec<(Span, EntityKey)>,
}

/// The date a notice's names are read in: `notice_date` when known, else the latest year
/// among the `dates` its text writes (end of a period included), as a year; `None` when
/// neither is known.
pub fn era_date(notice_date: Option<DateValue>, dates: &[DateMention]) -> Option<DateValue> {
    notice_date.or_else(|| {
        dates
            .iter()
            .flat_map(|d| std::iter::once(d.value).chain(d.end))
            .map(|v| v.year())
            .max()
            .map(DateValue::Year)
    })
}

/// Runs every extraction rule on `notice`.
///
/// `matches` are the gazetteer matches of the notice text (any order), `dates` the dates
/// found in it, resolved against the notice date. Never fails: what the rules cannot
/// read is left out.
pub fn extract(
    notice: &Notice,
    matches: &[Match],
    dates: &[DateMention],
    gazetteer: &Gazetteer,
) -> Extracted {
    let mut ctx = Ctx::new(notice, matches, dates, gazetteer);
    let mut out = Out::default();
    orgs::extract(&mut ctx, &mut out);
    persons::extract(&mut ctx, &mut out);
    quotations::extract_topics(&mut ctx, &mut out);
    systems::extract(&mut ctx, &mut out);
    themes::extract(&mut ctx, &mut out);
    events::extract(&mut ctx, &mut out);
    rankings::extract(&ctx, &mut out);
    events::ranked_participants(&mut out);
    events::mark_cited(&ctx, &mut out);
    quotations::extract(&ctx, &mut out);
    organizers_in_series_names(&ctx, &mut out);
    persons::derived_labels_to_alternatives(&ctx, &mut out);
    out.finish()
}

/// A series named with its organizer's name in it (`UN E-Government Survey`, `유엔 전자정부
/// 평가`, `OECD E-Leaders Meeting`) mentions the organizer too: the organizer (the
/// series' `part_of` organization) is added with a mention at the words that name it.
/// Likewise a post of the notice written with its body's name (`행자부 장관`,
/// `Secretary-General of the OECD`) mentions that body.
fn organizers_in_series_names(ctx: &Ctx, out: &mut Out) {
    let named: Vec<&Match> = ctx
        .found
        .iter()
        .filter(|m| matches!(m.key.kind, EntityKind::Series | EntityKind::Post))
        .filter(|m| !out.superseded.contains(&(m.span, m.key.clone())))
        .collect();
    for m in named {
        let Some(org) = ctx
            .gaz
            .get(&m.key)
            .and_then(|e| e.part_of.clone())
            .filter(|k| k.kind == EntityKind::Organization)
        else {
            continue;
        };
        let Some(org_entity) = ctx.gaz.get(&org) else {
            continue;
        };
        let hit = org_entity
            .labels
            .iter()
            .chain(&org_entity.alt_labels)
            .find_map(|l| word_in(&m.surface, &l.text).map(|b| (b, l.text.clone())));
        if let Some((b, name)) = hit {
            let begin = m.span.begin + m.surface[..b].chars().count();
            let span = Span {
                begin,
                end: begin + name.chars().count(),
            };
            out.add_entity(org_entity.clone());
            out.mention(span, name, org.clone());
        } else if names_its_ministry(&m.surface, org_entity) {
            // The words name the ministry, but not as written: an entity, no mention.
            out.add_entity(org_entity.clone());
        }
    }
}

/// `true` if a post written as `<…>Minister of <portfolio>` names its ministry, `Ministry
/// of <portfolio>` (`Minister of the Interior and Safety` → `Ministry of the Interior and
/// Safety`).
fn names_its_ministry(surface: &str, ministry: &Entity) -> bool {
    ministry
        .label(Lang::En)
        .and_then(|l| l.strip_prefix("Ministry "))
        .is_some_and(|portfolio| word_in(surface, &format!("Minister {portfolio}")).is_some())
}

/// The byte offset of `word` in `text` as a whole word (no letter or digit glued to it).
fn word_in(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(b, _)| b).find(|&b| {
        let before = text[..b].chars().next_back();
        let after = text[b + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The shared state of one extraction run.
pub(crate) struct Ctx<'a> {
    /// The notice.
    pub notice: &'a Notice,
    /// The gazetteer.
    pub gaz: &'a Gazetteer,
    /// The dates found in the text.
    pub dates: &'a [DateMention],
    /// The text as chars (offsets index into it).
    pub chars: Vec<char>,
    /// Char offset of every byte offset that is a char boundary.
    b2c: Vec<usize>,
    /// Sentences, in order.
    pub sentences: Vec<Span>,
    /// Entity mentions found so far (gazetteer matches, then rule-found ones), sorted by
    /// `(begin, end)`. Mentions may be removed in place (the order stays); new ones go
    /// through [`Ctx::add_found`].
    pub found: Vec<Match>,
    /// Title-case spans of an English notice (headlines, `According To The Plan`), in
    /// order (see [`titlecase`]); empty for Korean notices.
    pub title_case: Vec<Span>,
    /// An upper bound of the length in chars of every mention in `found` (kept by
    /// [`Ctx::new`] and [`Ctx::add_found`]): a mention ending at or after `pos` begins
    /// at `pos - found_max_len` or later, so look-ups need not scan all of `found`.
    found_max_len: usize,
    /// The surveys the notice names, computed once by `rankings` (whose look-ups over
    /// every earlier sentence made long notices quadratic without it).
    pub surveys: OnceCell<rankings::Surveys>,
}

impl<'a> Ctx<'a> {
    fn new(
        notice: &'a Notice,
        matches: &[Match],
        dates: &'a [DateMention],
        gaz: &'a Gazetteer,
    ) -> Self {
        let text = notice.text.as_str();
        let b2c = super::char_offsets(text);
        let chars: Vec<char> = text.chars().collect();
        let sentences = split_sentences(&chars);
        let title_case = if notice.lang == Lang::En {
            titlecase::title_case_spans(&chars, &sentences)
        } else {
            Vec::new()
        };
        let mut found = matches.to_vec();
        found.sort_by_key(|m| (m.span.begin, m.span.end));
        let found_max_len = found.iter().map(|m| span_len(m.span)).max().unwrap_or(0);
        Ctx {
            notice,
            gaz,
            dates,
            chars,
            b2c,
            sentences,
            found,
            title_case,
            found_max_len,
            surveys: OnceCell::new(),
        }
    }

    /// `true` if `span` (chars) overlaps a title-case span, where capitals are no sign
    /// of a name.
    pub fn in_title_case(&self, span: Span) -> bool {
        self.title_case
            .iter()
            .any(|t| t.begin < span.end && span.begin < t.end)
    }

    /// The notice text.
    pub fn text(&self) -> &str {
        &self.notice.text
    }

    /// The text of a span (empty when the span is empty or reversed).
    pub fn slice(&self, span: Span) -> String {
        let end = span.end.min(self.chars.len());
        self.chars[span.begin.min(end)..end].iter().collect()
    }

    /// The notice language.
    pub fn lang(&self) -> Lang {
        self.notice.lang
    }

    /// The notice date.
    pub fn date(&self) -> Option<DateValue> {
        self.notice.date
    }

    /// The date the notice's names are read in: the notice date, else the latest year its
    /// text writes ([`era_date`]). Gazetteer look-ups use it, so that a renamed body's
    /// name in an undated notice is the body of the years the text talks about.
    pub fn era(&self) -> Option<DateValue> {
        era_date(self.notice.date, self.dates)
    }

    /// The notice year, if the date is known.
    pub fn year(&self) -> Option<i32> {
        self.notice.date.map(|d| d.year())
    }

    /// Regex matches over the whole text as `(char span, captures as char spans)`.
    pub fn find_all(&self, re: &Regex) -> Vec<Vec<Option<Span>>> {
        re.captures_iter(self.text())
            .map(|caps| {
                caps.iter()
                    .map(|g| {
                        g.map(|g| Span {
                            begin: self.b2c[g.start()],
                            end: self.b2c[g.end()],
                        })
                    })
                    .collect()
            })
            .collect()
    }

    /// The sentence containing char `pos` (the last one if past the end).
    pub fn sentence_of(&self, pos: usize) -> Span {
        // Sentences are in order and disjoint, so their ends increase.
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences
            .get(i)
            .or_else(|| self.sentences.last())
            .copied()
            .unwrap_or(Span { begin: 0, end: 0 })
    }

    /// Found mentions inside `span`, in text order, of the given kinds (all if empty).
    pub fn found_in(&self, span: Span, kinds: &[EntityKind]) -> Vec<&Match> {
        // `found` is sorted by begin: only mentions beginning in the span can lie in it.
        let from = self.found.partition_point(|m| m.span.begin < span.begin);
        let to = self.found.partition_point(|m| m.span.begin <= span.end);
        self.found[from..to.max(from)]
            .iter()
            .filter(|m| m.span.begin >= span.begin && m.span.end <= span.end)
            .filter(|m| kinds.is_empty() || kinds.contains(&m.key.kind))
            .collect()
    }

    /// `true` if a found mention overlaps `span`.
    pub fn overlaps_found(&self, span: Span) -> bool {
        self.found_reaching(span.begin, span.end)
            .iter()
            .any(|m| m.span.begin < span.end && span.begin < m.span.end)
    }

    /// The first found mention (in `found` order) of `kind` that ends at char `end`.
    pub fn found_ending_at(&self, end: usize, kind: EntityKind) -> Option<&Match> {
        self.found_reaching(end, end.saturating_add(1))
            .iter()
            .find(|m| m.span.end == end && m.key.kind == kind)
    }

    /// The run of `found` (sorted by begin) that holds every mention which begins before
    /// char `before` and may end after char `from` (by `found_max_len`); callers filter
    /// it. A binary search instead of a scan of all mentions.
    fn found_reaching(&self, from: usize, before: usize) -> &[Match] {
        let max = self.found_max_len;
        let lo = self
            .found
            .partition_point(|m| m.span.begin.saturating_add(max) < from);
        let hi = self.found.partition_point(|m| m.span.begin < before);
        &self.found[lo..hi.max(lo)]
    }

    /// Adds rule-found mentions to `found`, keeping it sorted; skips exact duplicates.
    pub fn add_found(&mut self, span: Span, key: EntityKey) {
        // `found` is sorted by (begin, end): the mentions with this span are a run of it,
        // and the new one goes at the end of the run (where a stable sort would put it).
        let at = |m: &Match| (m.span.begin, m.span.end);
        let first = self
            .found
            .partition_point(|m| at(m) < (span.begin, span.end));
        let last = self
            .found
            .partition_point(|m| at(m) <= (span.begin, span.end));
        if self.found[first..last].iter().any(|m| m.key == key) {
            return;
        }
        let surface = self.slice(span);
        self.found_max_len = self.found_max_len.max(span_len(span));
        self.found.insert(
            last,
            Match {
                span,
                surface,
                key,
                particle: None,
            },
        );
    }

    /// A label of `key` in `lang`: from the gazetteer, else from `out`.
    pub fn label(&self, out: &Out, key: &EntityKey, lang: Lang) -> Option<String> {
        self.gaz
            .get(key)
            .and_then(|e| e.label(lang))
            .or_else(|| out.entity(key).and_then(|e| e.label(lang)))
            .map(str::to_string)
    }

    /// The country the notice is about by default: the Republic of Korea for Korean
    /// notices and for English notices that mention Korea; `None` otherwise.
    pub fn home_country(&self) -> Option<EntityKey> {
        let kr = EntityKey::new(EntityKind::Country, "kr");
        let korean = self.lang() == Lang::Ko
            || self.found.iter().any(|m| m.key == kr)
            || self
                .notice
                .publisher
                .as_deref()
                .is_some_and(|p| p.contains("Korea") || p.contains('부'));
        korean.then_some(kr)
    }
}

/// The sentences of `text` as the rules see them (see `split_sentences`), as spans in
/// chars of `text`, in order.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    split_sentences(&chars)
}

/// Splits chars into sentences: at line breaks, and after `.`, `!`, `?` (or `다.`) that
/// are followed by whitespace, except after common abbreviations (`Mr.`, `H.E.`) and
/// single capitals. Bullets (`□`, `○`) start a new sentence. Leading whitespace is
/// excluded from each sentence.
fn split_sentences(chars: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let push = |out: &mut Vec<Span>, b: usize, e: usize| {
        let mut b = b;
        while b < e && chars[b].is_whitespace() {
            b += 1;
        }
        if b < e {
            out.push(Span { begin: b, end: e });
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if (c == '□' || c == '○') && i > start {
            push(&mut out, start, i);
            start = i;
        } else if matches!(c, '.' | '!' | '?')
            && chars.get(i + 1).is_some_and(|n| *n == ' ')
            && !is_abbreviation(chars, i)
            && !in_dotted_date(chars, i)
            && !ends_dotted_date(chars, i)
        {
            push(&mut out, start, i + 1);
            start = i + 1;
        }
        i += 1;
    }
    push(&mut out, start, chars.len());
    out.into_iter().flat_map(|s| split_long(chars, s)).collect()
}

/// Whether the `.` at `i` (chars) separates the parts of a dotted date (`2019. 10. 8.`,
/// `2025. 3. 14.(금)`) rather than ending a sentence: a digit before it and, after the
/// space, a number of one or two digits followed by another `.`.
fn in_dotted_date(chars: &[char], i: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|c| c.is_ascii_digit());
    let dot = |k: usize| chars.get(k) == Some(&'.');
    i > 0 && digit(i - 1) && digit(i + 2) && (dot(i + 3) || digit(i + 3) && dot(i + 4))
}

/// Whether the `.` at `i` (chars) closes a dotted date (`2019. 11. 13. 서울에서`) or the
/// last day of a dotted range (`11. 13.~14. 서울에서`, `2019. 11. 13.~11. 14.`) rather
/// than ending a sentence: the number before it (one or two digits) follows a `~`, or
/// a year, month and day written with dots; the text after the space does not open with
/// a Latin capital.
fn ends_dotted_date(chars: &[char], i: usize) -> bool {
    if chars.get(i + 2).is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let Some(day) = digits_before(chars, i, 1, 2) else {
        return false;
    };
    let before = skip_space_back(chars, day);
    if before > 0 && matches!(chars[before - 1], '~' | '∼') {
        return true;
    }
    // `y. m. d.`: a dot, the month, a dot and a four-digit year before the day.
    let dotted = |end: usize, min: usize, max: usize| -> Option<usize> {
        let end = skip_space_back(chars, end);
        (end > 0 && chars[end - 1] == '.')
            .then(|| digits_before(chars, end - 1, min, max))
            .flatten()
    };
    dotted(day, 1, 2)
        .and_then(|month| dotted(month, 4, 4))
        .is_some()
}

/// The start (chars) of the run of `min` to `max` ASCII digits that ends right before
/// `end`, if there is one (a shorter or longer run is none).
fn digits_before(chars: &[char], end: usize, min: usize, max: usize) -> Option<usize> {
    let mut b = end;
    while b > 0 && chars[b - 1].is_ascii_digit() {
        b -= 1;
    }
    let n = end - b;
    (min..=max).contains(&n).then_some(b)
}

/// `end` (chars) moved back over at most one space.
fn skip_space_back(chars: &[char], end: usize) -> usize {
    if end > 0 && chars[end - 1] == ' ' {
        end - 1
    } else {
        end
    }
}

/// The longest sentence the rules see, in chars. A longer run of text without a sentence
/// break (a notice with no full stops) is cut at whitespace into pieces of at most this
/// length, so that the per-match work of the rules (which look at the sentence around
/// a match) stays bounded and extraction stays linear in the notice length. Real
/// sentences are far shorter, so normal notices are not affected.
pub(crate) const MAX_SENTENCE_CHARS: usize = 2_000;

/// `s` cut at whitespace into pieces of at most [`MAX_SENTENCE_CHARS`] chars (hard cuts
/// when a piece has no whitespace); leading whitespace is excluded from each piece.
fn split_long(chars: &[char], s: Span) -> Vec<Span> {
    if s.end - s.begin <= MAX_SENTENCE_CHARS {
        return vec![s];
    }
    let mut out = Vec::new();
    let mut b = s.begin;
    while s.end - b > MAX_SENTENCE_CHARS {
        let limit = b + MAX_SENTENCE_CHARS;
        let cut = (b + 1..limit)
            .rev()
            .find(|&i| chars[i].is_whitespace())
            .unwrap_or(limit);
        let mut e = cut;
        while e > b && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if e > b {
            out.push(Span { begin: b, end: e });
        }
        b = cut;
        while b < s.end && chars[b].is_whitespace() {
            b += 1;
        }
    }
    if b < s.end {
        out.push(Span {
            begin: b,
            end: s.end,
        });
    }
    out
}

/// `true` if the `.` at `i` ends an abbreviation (`Mr.`, `Dr.`, `H.E.`, `No.`, a single
/// capital) rather than a sentence.
fn is_abbreviation(chars: &[char], i: usize) -> bool {
    if chars[i] != '.' {
        return false;
    }
    let mut b = i;
    while b > 0 && (chars[b - 1].is_alphanumeric() || chars[b - 1] == '.') {
        b -= 1;
    }
    let word: String = chars[b..i].iter().collect();
    let single_cap = word.chars().count() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
    single_cap
        || word.contains('.')
        || crate::ingest::dates::is_calendar_word(&format!("{word}."))
        || [
            "Mr", "Ms", "Mrs", "Dr", "No", "St", "Prof", "Jr", "vs", "etc",
        ]
        .contains(&word.as_str())
}

/// The length of `span` in chars (0 when reversed).
fn span_len(span: Span) -> usize {
    span.end.saturating_sub(span.begin)
}

/// Accumulates results, merging by key.
#[derive(Debug, Default)]
pub(crate) struct Out {
    entities: Vec<Entity>,
    events: Vec<Event>,
    mentions: Vec<Mention>,
    /// The mentions of `mentions`, for the duplicate check in [`Out::mention`] (a scan
    /// of all mentions per addition was quadratic on long notices).
    mention_set: HashSet<Mention>,
    holdings: Vec<Holding>,
    rankings: Vec<Ranking>,
    quotations: Vec<Quotation>,
    superseded: Vec<(Span, EntityKey)>,
    /// Foreign bodies minted with a language-neutral key ([`bodies`]), whose posts are
    /// keyed from their key.
    keyed_bodies: Vec<EntityKey>,
}

impl Out {
    /// Records that the body `key` has a language-neutral key ([`bodies`]).
    pub fn mark_keyed_body(&mut self, key: &EntityKey) {
        push_unique(&mut self.keyed_bodies, key.clone());
    }

    /// `true` if the body `key` was minted with a language-neutral key ([`bodies`]).
    pub fn is_keyed_body(&self, key: &EntityKey) -> bool {
        self.keyed_bodies.contains(key)
    }

    /// Marks a gazetteer match as replaced by a rule-found entity.
    pub fn supersede(&mut self, span: Span, key: EntityKey) {
        push_unique(&mut self.superseded, (span, key));
    }

    /// The entity with `key` collected so far.
    pub fn entity(&self, key: &EntityKey) -> Option<&Entity> {
        self.entities.iter().find(|e| &e.key == key).or_else(|| {
            self.events
                .iter()
                .map(|e| &e.entity)
                .find(|e| &e.key == key)
        })
    }

    /// Adds an entity, or merges its labels (first label per language wins, others
    /// become alt labels) and facts into the one already there.
    pub fn add_entity(&mut self, e: Entity) {
        match self.entities.iter_mut().find(|x| x.key == e.key) {
            Some(x) => merge_entity(x, e),
            None => self.entities.push(e),
        }
    }

    /// Adds an event, or merges it into the one with the same key (roles unioned, first
    /// date and status kept unless missing).
    pub fn add_event(&mut self, ev: Event) {
        match self
            .events
            .iter_mut()
            .find(|x| x.entity.key == ev.entity.key)
        {
            Some(x) => {
                merge_entity(&mut x.entity, ev.entity);
                if x.start.is_none() {
                    x.start = ev.start;
                    x.end = ev.end;
                }
                if ev.status == crate::model::EventStatus::Planned {
                    x.status = ev.status;
                }
                if x.series.is_none() {
                    x.series = ev.series;
                }
                if x.edition.is_none() {
                    x.edition = ev.edition;
                }
                x.named |= ev.named;
                for (dst, src) in [
                    (&mut x.location, ev.location),
                    (&mut x.organizer, ev.organizer),
                    (&mut x.attendee, ev.attendee),
                    (&mut x.about, ev.about),
                ] {
                    for k in src {
                        push_unique(dst, k);
                    }
                }
            }
            None => self.events.push(ev),
        }
    }

    /// Removes and returns the event with `key`.
    pub fn remove_event(&mut self, key: &EntityKey) -> Option<Event> {
        let i = self.events.iter().position(|e| &e.entity.key == key)?;
        Some(self.events.remove(i))
    }

    /// The event with `key`, for adding roles.
    pub fn event_mut(&mut self, key: &EntityKey) -> Option<&mut Event> {
        self.events.iter_mut().find(|e| &e.entity.key == key)
    }

    /// Events collected so far.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Adds a mention (exact duplicates are dropped).
    pub fn mention(&mut self, span: Span, anchor: String, entity: EntityKey) {
        let m = Mention {
            span,
            anchor,
            entity,
        };
        if self.mention_set.insert(m.clone()) {
            self.mentions.push(m);
        }
    }

    /// `true` if a mention of an entity of `kind` overlaps `span`.
    pub fn mentions_overlap(&self, span: Span, kind: EntityKind) -> bool {
        self.mentions
            .iter()
            .any(|m| m.entity.kind == kind && m.span.begin < span.end && span.begin < m.span.end)
    }

    /// Adds a holding (duplicates dropped).
    pub fn holding(&mut self, person: EntityKey, post: EntityKey) {
        let h = Holding { person, post };
        if !self.holdings.contains(&h) {
            self.holdings.push(h);
        }
    }

    /// Renames the entity `from` to `to` in entities (merged into `to` when it exists),
    /// holdings and mentions.
    pub fn rekey(&mut self, from: &EntityKey, to: &EntityKey) {
        if let Some(i) = self.entities.iter().position(|e| &e.key == from) {
            let mut e = self.entities.remove(i);
            e.key = to.clone();
            self.add_entity(e);
        }
        let holdings = std::mem::take(&mut self.holdings);
        for mut h in holdings {
            for k in [&mut h.person, &mut h.post] {
                if k == from {
                    *k = to.clone();
                }
            }
            self.holding(h.person, h.post);
        }
        let mentions = std::mem::take(&mut self.mentions);
        // Re-added below: the set must forget them, or every mention but the renamed
        // ones would count as a duplicate and be lost.
        self.mention_set.clear();
        for mut m in mentions {
            if &m.entity == from {
                m.entity = to.clone();
            }
            self.mention(m.span, m.anchor, m.entity);
        }
    }

    /// The posts `person` holds in the notice, in the order found.
    pub fn posts_of(&self, person: &EntityKey) -> Vec<&EntityKey> {
        self.holdings
            .iter()
            .filter(|h| &h.person == person)
            .map(|h| &h.post)
            .collect()
    }

    /// Adds a ranking (duplicates of entity, rank, edition and index dropped).
    pub fn ranking(&mut self, r: Ranking) {
        match self.rankings.iter_mut().find(|x| {
            x.ranked == r.ranked && x.rank == r.rank && x.edition == r.edition && x.index == r.index
        }) {
            // The same result stated twice: keep the score if one statement gives it,
            // and the tie if one statement states it.
            Some(x) => {
                if x.score.is_none() {
                    x.score = r.score;
                }
                x.joint |= r.joint;
            }
            None => self.rankings.push(r),
        }
    }

    /// The rankings added so far, in order, to complete (a score stated apart from
    /// its rank).
    pub fn rankings_mut(&mut self) -> &mut [Ranking] {
        &mut self.rankings
    }

    /// Adds a quotation.
    pub fn quotation(&mut self, q: Quotation) {
        if !self.quotations.iter().any(|x| x.span == q.span) {
            self.quotations.push(q);
        }
    }

    fn finish(mut self) -> Extracted {
        self.mentions.sort_by_key(|m| (m.span.begin, m.span.end));
        Extracted {
            entities: self.entities,
            events: self.events,
            mentions: self.mentions,
            holdings: self.holdings,
            rankings: self.rankings,
            quotations: self.quotations,
            superseded: self.superseded,
        }
    }
}

/// Merges `src` into `dst`: labels per language (new texts become alt labels), missing
/// facts filled in.
fn merge_entity(dst: &mut Entity, src: Entity) {
    for l in src.labels {
        let same_lang = dst.labels.iter().find(|x| x.lang == l.lang);
        match same_lang {
            None => dst.labels.push(l),
            Some(x) if x.text != l.text => {
                if !dst.alt_labels.contains(&l) {
                    dst.alt_labels.push(l);
                }
            }
            Some(_) => {}
        }
    }
    for l in src.alt_labels {
        if !dst.alt_labels.contains(&l) && !dst.labels.contains(&l) {
            dst.alt_labels.push(l);
        }
    }
    dst.wikidata = dst.wikidata.take().or(src.wikidata);
    dst.iso_code = dst.iso_code.take().or(src.iso_code);
    dst.part_of = dst.part_of.take().or(src.part_of);
    dst.government |= src.government;
}

/// Pushes `k` unless already present.
pub(crate) fn push_unique<T: PartialEq>(v: &mut Vec<T>, k: T) {
    if !v.contains(&k) {
        v.push(k);
    }
}

/// A new entity with labels (empty texts skipped).
pub(crate) fn entity_with(key: EntityKey, en: Option<&str>, ko: Option<&str>) -> Entity {
    let mut e = Entity::new(key);
    if let Some(en) = en.filter(|s| !s.trim().is_empty()) {
        e.labels.push(Label::new(en.trim(), Lang::En));
    }
    if let Some(ko) = ko.filter(|s| !s.trim().is_empty()) {
        e.labels.push(Label::new(ko.trim(), Lang::Ko));
    }
    e
}

/// Compiles a built-in pattern; panics when it is invalid. Callers keep the result in a
/// `LazyLock` static, so each pattern compiles once per process rather than on every call
/// (compiling was most of the extraction time, BENCHMARKS.md); the test
/// `every_pattern_compiles` compiles every one of them.
pub(crate) fn re(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(r) => r,
        Err(e) => panic!("invalid built-in pattern {pattern:?}: {e}"),
    }
}

#[cfg(test)]
pub(crate) mod test_support;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in pattern compiles. The patterns are statics compiled at first use,
    /// and some are reached only by rare notices: an invalid one would panic there.
    #[test]
    fn every_pattern_compiles() {
        for pattern in [
            events::patterns().as_slice(),
            identity::PATTERNS,
            ko_compounds::PATTERNS,
            orgs::PATTERNS,
            persons::patterns().as_slice(),
            quotations::PATTERNS,
            rankings::PATTERNS,
            systems::PATTERNS,
            themes::PATTERNS,
        ]
        .concat()
        {
            std::sync::LazyLock::force(pattern);
        }
    }

    /// Regression (found by `persons_and_posts` after the duplicate-mention hash set of
    /// the long-notice work): renaming one entity dropped every other mention, since
    /// re-adding them found them in the set already.
    #[test]
    fn rekey_keeps_the_other_mentions() {
        let mut out = Out::default();
        let person = EntityKey::new(EntityKind::Person, "ann-lee");
        let old = EntityKey::new(EntityKind::Post, "old");
        let new = EntityKey::new(EntityKind::Post, "new");
        let span = |begin, end| Span { begin, end };
        out.mention(span(0, 7), "Ann Lee".into(), person.clone());
        out.mention(span(9, 12), "Head".into(), old.clone());
        out.rekey(&old, &new);
        let got: Vec<&EntityKey> = out.mentions.iter().map(|m| &m.entity).collect();
        assert_eq!(got, [&person, &new]);
    }

    /// (lang, text, organizer mentioned?) — an organizer named inside a series name.
    #[test]
    fn organizer_in_series_name_is_mentioned() {
        for (lang, text, want) in [
            ("en", "Korea led the UN E-Government Survey again.", true),
            ("ko", "한국은 유엔 전자정부 평가에서 앞섰다.", true),
            ("en", "Korea joined the E-Leaders Meeting.", false),
        ] {
            let got = test_support::run(lang, text);
            let org = if want { "united-nations" } else { "oecd" };
            assert_eq!(
                got.mentions
                    .iter()
                    .any(|m| m.entity == EntityKey::new(EntityKind::Organization, org)),
                want,
                "{text}: {:#?}",
                got.mentions
            );
        }
    }

    /// (lang, text) — a post written with its body's name mentions the body.
    #[test]
    fn body_named_in_a_post_is_mentioned() {
        for (lang, text) in [
            (
                "en",
                "A note from the Secretary-General of the OECD arrived.",
            ),
            ("ko", "OECD 사무총장이 서한을 보냈다."),
        ] {
            let got = test_support::run(lang, text);
            assert!(
                got.mentions
                    .iter()
                    .any(|m| m.entity == EntityKey::new(EntityKind::Organization, "oecd")),
                "{text}: {:#?}",
                got.mentions
            );
        }
    }

    /// (text, ministry an entity?) — a minister's post names its ministry.
    #[test]
    fn ministry_named_by_its_minister() {
        for (text, want) in [
            ("Minister of the Interior Hong Gil-dong spoke first.", true),
            ("The Minister of the Interior will visit Lima.", true),
            ("The Secretary-General of the OECD will visit Lima.", false),
        ] {
            let got = test_support::run("en", text);
            let key = EntityKey::new(EntityKind::Organization, "ministry-of-the-interior");
            assert_eq!(
                got.entities.iter().any(|e| e.key == key),
                want,
                "{text}: {:#?}",
                got.entities
            );
        }
    }

    #[test]
    fn sentences_split_at_stops_and_lines() {
        let text = "Mr. Kim met H.E. Jane Doe. They spoke.\n한국은 좋다. 다음 문장이다.\n회의는 2019. 10. 8.(화) 열린다. 끝이다.\n장관은 2020. 3. 4.~5. 파리에서 열린 회의와 2020. 6. 2. 런던 회의에 갔다. 끝.\nThey met on Feb. 3 in Rome. It rained.";
        let chars: Vec<char> = text.chars().collect();
        let got: Vec<String> = split_sentences(&chars)
            .iter()
            .map(|s| chars[s.begin..s.end].iter().collect())
            .collect();
        assert_eq!(
            got,
            [
                "Mr. Kim met H.E. Jane Doe.",
                "They spoke.",
                "한국은 좋다.",
                "다음 문장이다.",
                "회의는 2019. 10. 8.(화) 열린다.",
                "끝이다.",
                "장관은 2020. 3. 4.~5. 파리에서 열린 회의와 2020. 6. 2. 런던 회의에 갔다.",
                "끝.",
                "They met on Feb. 3 in Rome.",
                "It rained."
            ]
        );
    }

    /// A notice of `text` in `lang` with the given found mentions, for the `Ctx` look-ups.
    fn ctx_with<'a>(notice: &'a Notice, found: &[(usize, usize, EntityKind)]) -> Ctx<'a> {
        let matches: Vec<Match> = found
            .iter()
            .map(|&(begin, end, kind)| Match {
                span: Span { begin, end },
                surface: notice.text.chars().skip(begin).take(end - begin).collect(),
                key: EntityKey::new(kind, format!("k{begin}")),
                particle: None,
            })
            .collect();
        Ctx::new(notice, &matches, &[], Gazetteer::builtin())
    }

    fn notice(text: &str, lang: Lang) -> Notice {
        Notice {
            id: "n".into(),
            title: None,
            date: None,
            source: None,
            publisher: None,
            lang,
            text: text.into(),
        }
    }

    /// `overlaps_found` and `found_ending_at` (binary searches bounded by the longest
    /// mention) agree with a scan of every mention, in both languages, also after a
    /// longer mention is added.
    #[test]
    fn found_look_ups_match_a_full_scan() {
        let cases = [
            (
                "The Ministry of Unification and the City of Busan met in Seoul",
                Lang::En,
            ),
            ("통일부와 부산광역시가 서울에서 만났다", Lang::Ko),
        ];
        for (text, lang) in cases {
            let n = notice(text, lang);
            let org = EntityKind::Organization;
            let mut ctx = ctx_with(&n, &[(4, 26, org), (35, 49, EntityKind::City), (2, 3, org)]);
            ctx.add_found(Span { begin: 0, end: 40 }, EntityKey::new(org, "long"));
            let len = n.text.chars().count();
            for begin in 0..len {
                for end in begin..=len {
                    let span = Span { begin, end };
                    let scan = ctx
                        .found
                        .iter()
                        .any(|m| m.span.begin < end && begin < m.span.end);
                    assert_eq!(ctx.overlaps_found(span), scan, "{text:?} {span:?}");
                }
                let first = ctx
                    .found
                    .iter()
                    .find(|m| m.span.end == begin && m.key.kind == org);
                assert_eq!(ctx.found_ending_at(begin, org), first, "{text:?} {begin}");
            }
        }
    }

    /// A repeated mention (same span, anchor and entity) is kept once, in both languages.
    #[test]
    fn duplicate_mentions_are_kept_once() {
        let mut out = Out::default();
        let key = EntityKey::new(EntityKind::City, "busan");
        for (span, anchor) in [
            (Span { begin: 0, end: 5 }, "Busan"),
            (Span { begin: 7, end: 9 }, "부산"),
        ] {
            out.mention(span, anchor.into(), key.clone());
            out.mention(span, anchor.into(), key.clone());
        }
        out.mention(
            Span { begin: 0, end: 5 },
            "Busan".into(),
            EntityKey::new(EntityKind::City, "b"),
        );
        assert_eq!(out.finish().mentions.len(), 3);
    }
}
