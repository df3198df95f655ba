//! Scoring one notice: an [`Extraction`] turned into predicted items, matched one-to-one
//! against the gold lines, counted per type.
//!
//! Matching is a maximum bipartite matching (each gold line and each prediction used at
//! most once) over the pairs the rules in the parent module's doc allow, so the counts do
//! not depend on the order of the lines. Among several candidates a prediction tries the
//! gold lines in rule order (whole English name, then an English `; `-form, then a
//! Korean form), then in file order.

use std::collections::{BTreeMap, HashSet};

use crate::model::{DateValue, Entity, EntityKind, EventStatus, Extraction, Lang};

use super::gold::{GOLD_TYPES, Gold, GoldEntity, GoldEvent};
use super::normalize::{normalize_name, normalized_forms, quantity_matches};

/// Gold, predicted and matched counts, and the precision, recall and F1 they give.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold items.
    pub gold: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Predicted items matched to a gold item (one-to-one).
    pub matched: usize,
}

impl Counts {
    /// `matched / predicted`; 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    /// `matched / gold`; 0 when there is no gold item.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// The harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds another count to this one (micro-averaging).
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
    }
}

/// `numerator / denominator`, 0 when the denominator is 0.
pub fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// One predicted entity-like item (entity, event as entity, date or quantity).
#[derive(Debug, Clone, PartialEq)]
pub struct PredictedItem {
    /// The gold type it is scored as (one of `GOLD_TYPES`).
    pub gold_type: &'static str,
    /// The English name (Korean if there is none); for dates the ISO value (`2018`,
    /// `2016-11-10/2016-11-11`); for quantities the numeric value.
    pub name: String,
    /// Every Korean label (preferred and alternative).
    pub ko: Vec<String>,
    /// The Wikidata id, when the pipeline linked it.
    pub wikidata: Option<String>,
}

/// One predicted event, for the event score.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PredictedEvent {
    /// The English name (Korean if there is none).
    pub name: String,
    /// Every Korean label.
    pub ko: Vec<String>,
    /// `start` or `start/end` in ISO form, when the event has a date.
    pub date: Option<String>,
    /// Its places (`schema:location`), most specific first.
    pub place: Vec<RoleName>,
    /// Its organizers and hosts.
    pub organizer: Vec<RoleName>,
    /// Its participants.
    pub participants: Vec<RoleName>,
}

/// One entity filling an event role, named for scoring: the English name (Korean if there
/// is none, else the key's slug) and every Korean label.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleName {
    /// The English name (Korean if there is none).
    pub name: String,
    /// Every Korean label (preferred and alternative).
    pub ko: Vec<String>,
}

impl RoleName {
    /// A role name with no Korean labels (for hand-made predictions).
    pub fn new(name: &str) -> Self {
        RoleName {
            name: name.to_string(),
            ko: Vec::new(),
        }
    }
}

/// What the pipeline predicted for one notice, in gold terms.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Predictions {
    /// Entities (by `EntityKind::gold_type`, series left out), events as `Event`
    /// entities, dates and quantities.
    pub items: Vec<PredictedItem>,
    /// Events.
    pub events: Vec<PredictedEvent>,
}

impl Predictions {
    /// Maps an extraction to predicted items:
    /// - every entity except series and venues, typed by [`EntityKind::gold_type`] (posts are `Role`),
    ///   named by its `en` label, else its `ko` label, else its slug;
    /// - every named event ([`Event::named`]; the gold gives unnamed happenings an event
    ///   line but no entity line) as an `Event` item (unless an entity with the same key
    ///   was already taken) and, unless it is only cited ([`EventStatus::Cited`]: the notice reports
    ///   no happening), as a [`PredictedEvent`];
    /// - dates, deduplicated by value, as `Date` items named `start` or `start/end`;
    /// - quantities as `Quantity` items named by their value;
    /// - rankings as `Quantity` items named `rank N` or `rank N score S` (the gold records
    ///   ranks and scores as `Quantity` lines), so their numbers are the rank and score;
    ///   the results of one statement (same span, ranked entity, rank and score: several
    ///   editions or coordinated indexes) are one item, as the gold writes one line each.
    pub fn from_extraction(extraction: &Extraction) -> Predictions {
        let mut items = Vec::new();
        let mut keys = HashSet::new();
        for entity in &extraction.entities {
            // Series and venues have no entity lines in the gold.
            if matches!(entity.key.kind, EntityKind::Series | EntityKind::Venue)
                || !keys.insert(&entity.key)
            {
                continue;
            }
            items.push(item(entity.key.kind.gold_type(), entity));
        }
        let mut events = Vec::new();
        let names = |keys: &[crate::model::EntityKey]| -> Vec<RoleName> {
            keys.iter().map(|k| role_name(extraction, k)).collect()
        };
        for event in &extraction.events {
            if event.named && keys.insert(&event.entity.key) {
                items.push(item("Event", &event.entity));
            }
            if event.status == EventStatus::Cited {
                continue;
            }
            events.push(PredictedEvent {
                name: display_name(&event.entity),
                ko: korean_labels(&event.entity),
                date: event.start.map(|start| period(start, event.end)),
                place: names(&event.location),
                organizer: names(&event.organizer),
                participants: names(&event.attendee),
            });
        }
        let mut seen_dates = HashSet::new();
        for date in &extraction.dates {
            let value = period(date.value, date.end);
            if seen_dates.insert(value.clone()) {
                items.push(PredictedItem {
                    gold_type: "Date",
                    name: value,
                    ko: Vec::new(),
                    wikidata: None,
                });
            }
        }
        for quantity in &extraction.quantities {
            items.push(PredictedItem {
                gold_type: "Quantity",
                name: quantity.value.clone(),
                ko: Vec::new(),
                wikidata: None,
            });
        }
        // One statement (`1st in 2010, 2012 and 2014`, `first on X and Y`) gives one
        // result per edition and index but is one stated ranking, as the gold counts them.
        let mut stated = HashSet::new();
        for ranking in &extraction.rankings {
            let name = match &ranking.score {
                Some(score) => format!("rank {} score {score}", ranking.rank),
                None => format!("rank {}", ranking.rank),
            };
            let statement = (ranking.span, ranking.ranked.clone(), name.clone());
            if !stated.insert(statement) {
                continue;
            }
            items.push(PredictedItem {
                gold_type: "Quantity",
                name,
                ko: Vec::new(),
                wikidata: None,
            });
        }
        Predictions { items, events }
    }
}

/// `start` or `start/end` (ISO 8601 interval style) when `end` differs from `start`.
fn period(start: DateValue, end: Option<DateValue>) -> String {
    match end {
        Some(end) if end != start => format!("{}/{}", start.iso(), end.iso()),
        _ => start.iso(),
    }
}

fn item(gold_type: &'static str, entity: &Entity) -> PredictedItem {
    PredictedItem {
        gold_type,
        name: display_name(entity),
        ko: korean_labels(entity),
        wikidata: entity.wikidata.clone(),
    }
}

/// The scoring name of the entity (or event) with `key`; its slug when the extraction
/// holds no such entity.
fn role_name(extraction: &Extraction, key: &crate::model::EntityKey) -> RoleName {
    let entity = extraction
        .entities
        .iter()
        .find(|e| &e.key == key)
        .or_else(|| {
            extraction
                .events
                .iter()
                .map(|ev| &ev.entity)
                .find(|e| &e.key == key)
        });
    match entity {
        Some(e) => RoleName {
            name: display_name(e),
            ko: korean_labels(e),
        },
        None => RoleName::new(&key.slug),
    }
}

fn display_name(entity: &Entity) -> String {
    entity
        .label(Lang::En)
        .or_else(|| entity.label(Lang::Ko))
        .unwrap_or(&entity.key.slug)
        .to_string()
}

fn korean_labels(entity: &Entity) -> Vec<String> {
    entity
        .labels
        .iter()
        .chain(&entity.alt_labels)
        .filter(|l| Lang::from_tag(&l.lang) == Some(Lang::Ko))
        .map(|l| l.text.clone())
        .collect()
}

/// The agreement of event dates among matched events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateAgreement {
    /// Matched events whose gold date cell has a date (not empty, not a note alone).
    pub dated: usize,
    /// Of those, the ones whose predicted `start[/end]` equals the gold date.
    pub agree: usize,
}

/// Agreement of the role lists (place, organizer, participants) of matched events, each
/// summed over events as list items: gold items, predicted items and items matched
/// one-to-one by the entity name rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoleAgreement {
    /// Places: each gold `; `-item is split further into its comma-separated parts
    /// (`Westin Chosun Hotel, Busan, Republic of Korea` is three items), because the
    /// pipeline lists a place and the places containing it as separate entities.
    pub place: Counts,
    /// Organizers and hosts.
    pub organizer: Counts,
    /// Participants.
    pub participants: Counts,
}

impl RoleAgreement {
    /// Adds another agreement to this one (micro-averaging).
    pub fn add(&mut self, other: RoleAgreement) {
        self.place.add(other.place);
        self.organizer.add(other.organizer);
        self.participants.add(other.participants);
    }
}

/// Wikidata linking among matched entities.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkCounts {
    /// Matched gold entities that carry a QID.
    pub linked: usize,
    /// Of those, the ones whose prediction has the same Wikidata id.
    pub correct: usize,
}

/// The score of one notice.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileScore {
    /// Counts per gold type (every one of `GOLD_TYPES` is present).
    pub by_type: BTreeMap<&'static str, Counts>,
    /// Event-line counts.
    pub events: Counts,
    /// Wikidata linking of matched entities.
    pub wikidata: LinkCounts,
    /// Date agreement of matched events.
    pub event_dates: DateAgreement,
    /// Role agreement of matched events.
    pub event_roles: RoleAgreement,
    /// Role items of matched events that disagree: `event: role missed|spurious name`.
    pub role_errors: Vec<String>,
    /// Gold entity lines no prediction matched: (type, English name).
    pub missed: Vec<(&'static str, String)>,
    /// Predictions that matched no gold line: (type, name).
    pub spurious: Vec<(&'static str, String)>,
    /// Gold event names no predicted event matched.
    pub missed_events: Vec<String>,
    /// Predicted events that matched no gold event line.
    pub spurious_events: Vec<String>,
}

impl FileScore {
    /// The entity counts summed over all types.
    pub fn entities(&self) -> Counts {
        let mut total = Counts::default();
        for counts in self.by_type.values() {
            total.add(*counts);
        }
        total
    }
}

/// Scores one notice's predictions against its gold lines.
pub fn score(gold: &Gold, predictions: &Predictions) -> FileScore {
    let mut result = FileScore::default();
    for gold_type in GOLD_TYPES {
        let golds: Vec<&GoldEntity> = gold
            .entities
            .iter()
            .filter(|g| g.gold_type == gold_type)
            .collect();
        let of_type = predictions
            .items
            .iter()
            .filter(|p| p.gold_type == gold_type);
        let preds: Vec<PredictedItem> = if gold_type == "Date" {
            split_periods(of_type, &golds)
        } else {
            of_type.cloned().collect()
        };
        let candidates: Vec<Vec<usize>> = preds
            .iter()
            .map(|p| entity_candidates(gold_type, p, &golds))
            .collect();
        let gold_to_pred = max_matching(&candidates, golds.len());
        let mut pred_matched = vec![false; preds.len()];
        for (g, p) in gold_to_pred.iter().enumerate() {
            match p {
                Some(p) => {
                    pred_matched[*p] = true;
                    if let Some(qid) = &golds[g].qid {
                        result.wikidata.linked += 1;
                        if preds[*p].wikidata.as_ref() == Some(qid) {
                            result.wikidata.correct += 1;
                        }
                    }
                }
                None => result.missed.push((gold_type, golds[g].name.clone())),
            }
        }
        for (p, matched) in pred_matched.iter().enumerate() {
            if !matched {
                result.spurious.push((gold_type, preds[p].name.clone()));
            }
        }
        let matched = gold_to_pred.iter().flatten().count();
        result.by_type.insert(
            gold_type,
            Counts {
                gold: golds.len(),
                predicted: preds.len(),
                matched,
            },
        );
    }
    score_events(gold, predictions, &mut result);
    result
}

/// Predicted dates as scored: a period `A/B` that equals some gold `Date` line stays one
/// item; any other period becomes its two endpoints `A` and `B`, because the gold
/// convention writes a period of days (and, in some files, a span of years) as one `Date`
/// line per endpoint. Duplicates after splitting are dropped, first occurrence kept.
fn split_periods<'a>(
    dates: impl Iterator<Item = &'a PredictedItem>,
    golds: &[&GoldEntity],
) -> Vec<PredictedItem> {
    let gold_values: HashSet<String> = golds
        .iter()
        .filter_map(|g| super::gold::GoldDate::parse(&g.name).and_then(|d| d.value))
        .collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for date in dates {
        let parts: Vec<&str> = match date.name.split_once('/') {
            Some((start, end)) if !gold_values.contains(&date.name) => vec![start, end],
            _ => vec![date.name.as_str()],
        };
        for part in parts {
            if seen.insert(part.to_string()) {
                out.push(PredictedItem {
                    name: part.to_string(),
                    ..date.clone()
                });
            }
        }
    }
    out
}

/// The gold lines (indices into `golds`) a prediction may match, best rule first.
fn entity_candidates(gold_type: &str, pred: &PredictedItem, golds: &[&GoldEntity]) -> Vec<usize> {
    match gold_type {
        "Date" => (0..golds.len())
            .filter(|&g| {
                super::gold::GoldDate::parse(&golds[g].name).and_then(|d| d.value)
                    == Some(pred.name.clone())
            })
            .collect(),
        "Quantity" => (0..golds.len())
            .filter(|&g| quantity_matches(&pred.name, &golds[g].name))
            .collect(),
        _ => {
            let names: Vec<(&str, &str)> = golds
                .iter()
                .map(|g| (g.name.as_str(), g.name_ko.as_str()))
                .collect();
            name_candidates(&pred.name, &pred.ko, &names)
        }
    }
}

/// The gold names (English, Korean cell) a predicted name and Korean labels may match, in
/// rule order: the whole English name, an English `; `-form, a Korean form.
fn name_candidates(name: &str, ko: &[String], golds: &[(&str, &str)]) -> Vec<usize> {
    let name = normalize_name(name);
    let ko: Vec<String> = ko
        .iter()
        .map(|l| normalize_name(l))
        .filter(|l| !l.is_empty())
        .collect();
    let mut out: Vec<usize> = Vec::new();
    let push = |g: usize, out: &mut Vec<usize>| {
        if !out.contains(&g) {
            out.push(g);
        }
    };
    for (g, (en, _)) in golds.iter().enumerate() {
        if !name.is_empty() && normalize_name(en) == name {
            push(g, &mut out);
        }
    }
    for (g, (en, _)) in golds.iter().enumerate() {
        if !name.is_empty() && normalized_forms(en).contains(&name) {
            push(g, &mut out);
        }
    }
    for (g, (_, gold_ko)) in golds.iter().enumerate() {
        let forms = normalized_forms(gold_ko);
        if ko.iter().any(|l| forms.contains(l)) {
            push(g, &mut out);
        }
    }
    out
}

/// Matches event lines; Korean forms of a gold event come from the `Event` entity line of
/// the same name, if any.
fn score_events(gold: &Gold, predictions: &Predictions, result: &mut FileScore) {
    let names: Vec<(&str, &str)> = gold
        .events
        .iter()
        .map(|ev| {
            let ko = gold
                .entities
                .iter()
                .find(|e| e.gold_type == "Event" && e.name == ev.name)
                .map_or("", |e| e.name_ko.as_str());
            (ev.name.as_str(), ko)
        })
        .collect();
    let candidates: Vec<Vec<usize>> = predictions
        .events
        .iter()
        .map(|p| name_candidates(&p.name, &p.ko, &names))
        .collect();
    let gold_to_pred = max_matching(&candidates, gold.events.len());
    let mut pred_matched = vec![false; predictions.events.len()];
    for (g, p) in gold_to_pred.iter().enumerate() {
        match p {
            Some(p) => {
                pred_matched[*p] = true;
                if let Some(value) = &gold.events[g].date.value {
                    result.event_dates.dated += 1;
                    if predictions.events[*p].date.as_ref() == Some(value) {
                        result.event_dates.agree += 1;
                    }
                }
                score_roles(gold, &gold.events[g], &predictions.events[*p], result);
            }
            None => result.missed_events.push(gold.events[g].name.clone()),
        }
    }
    for (p, matched) in pred_matched.iter().enumerate() {
        if !matched {
            result
                .spurious_events
                .push(predictions.events[p].name.clone());
        }
    }
    result.events = Counts {
        gold: gold.events.len(),
        predicted: predictions.events.len(),
        matched: gold_to_pred.iter().flatten().count(),
    };
}

/// Scores the role lists of one matched event pair into `result` (see [`RoleAgreement`]).
/// Gold items lose a trailing parenthesised note (`Shim Bo-kyun (head)`); their Korean
/// forms are the Korean cell of any gold entity line with the same English name.
fn score_roles(gold: &Gold, gold_event: &GoldEvent, pred: &PredictedEvent, result: &mut FileScore) {
    let places: Vec<String> = gold_event
        .place
        .iter()
        .flat_map(|item| item.split(", "))
        .map(str::to_string)
        .collect();
    let roles = [
        ("place", &places, &pred.place),
        ("organizer", &gold_event.organizer, &pred.organizer),
        ("participants", &gold_event.participants, &pred.participants),
    ];
    for (role, gold_items, pred_items) in roles {
        let counts = score_role(gold, gold_items, pred_items, |kind, name| {
            result
                .role_errors
                .push(format!("{}: {role} {kind} {name}", gold_event.name));
        });
        let slot = match role {
            "place" => &mut result.event_roles.place,
            "organizer" => &mut result.event_roles.organizer,
            _ => &mut result.event_roles.participants,
        };
        slot.add(counts);
    }
}

/// Matches one role list one-to-one; reports each unmatched item to `error` as
/// (`missed` | `spurious`, name).
fn score_role(
    gold: &Gold,
    gold_items: &[String],
    pred_items: &[RoleName],
    mut error: impl FnMut(&str, &str),
) -> Counts {
    let items: Vec<&str> = gold_items
        .iter()
        .map(|i| strip_note(i))
        .filter(|i| !i.is_empty())
        .collect();
    let names: Vec<(&str, &str)> = items
        .iter()
        .map(|item| {
            let ko = gold
                .entities
                .iter()
                .find(|e| normalize_name(&e.name) == normalize_name(item))
                .map_or("", |e| e.name_ko.as_str());
            (*item, ko)
        })
        .collect();
    let candidates: Vec<Vec<usize>> = pred_items
        .iter()
        .map(|p| name_candidates(&p.name, &p.ko, &names))
        .collect();
    let gold_to_pred = max_matching(&candidates, names.len());
    for (g, p) in gold_to_pred.iter().enumerate() {
        if p.is_none() {
            error("missed", items[g]);
        }
    }
    for (p, item) in pred_items.iter().enumerate() {
        if !gold_to_pred.contains(&Some(p)) {
            error("spurious", &item.name);
        }
    }
    Counts {
        gold: names.len(),
        predicted: pred_items.len(),
        matched: gold_to_pred.iter().flatten().count(),
    }
}

/// A gold list item without its trailing parenthesised note, trimmed.
fn strip_note(item: &str) -> &str {
    let item = item.trim();
    match item.strip_suffix(')').and_then(|rest| rest.rfind(" (")) {
        Some(open) => item[..open].trim_end(),
        None => item,
    }
}

/// Maximum bipartite matching (Kuhn's augmenting paths). `candidates[p]` lists the gold
/// indices prediction `p` may take, preferred first. Returns, per gold index, the
/// prediction matched to it.
fn max_matching(candidates: &[Vec<usize>], gold_count: usize) -> Vec<Option<usize>> {
    fn augment(
        p: usize,
        candidates: &[Vec<usize>],
        seen: &mut [bool],
        gold_to_pred: &mut [Option<usize>],
    ) -> bool {
        for &g in &candidates[p] {
            if seen[g] {
                continue;
            }
            seen[g] = true;
            let free = match gold_to_pred[g] {
                None => true,
                Some(other) => augment(other, candidates, seen, gold_to_pred),
            };
            if free {
                gold_to_pred[g] = Some(p);
                return true;
            }
        }
        false
    }
    let mut gold_to_pred = vec![None; gold_count];
    for p in 0..candidates.len() {
        let mut seen = vec![false; gold_count];
        augment(p, candidates, &mut seen, &mut gold_to_pred);
    }
    gold_to_pred
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::gold::parse_gold;
    use crate::model::{
        DateMention, EntityKey, Event, EventKind, EventStatus, Label, Notice, Precision, Quantity,
        Ranking, Span,
    };
    use std::path::Path;

    fn gold(text: &str) -> Gold {
        parse_gold(text, Path::new("test.gold.tsv")).unwrap()
    }

    fn pred(
        gold_type: &'static str,
        name: &str,
        ko: &[&str],
        wikidata: Option<&str>,
    ) -> PredictedItem {
        PredictedItem {
            gold_type,
            name: name.to_string(),
            ko: ko.iter().map(|s| s.to_string()).collect(),
            wikidata: wikidata.map(str::to_string),
        }
    }

    #[test]
    fn counts_arithmetic() {
        let c = Counts {
            gold: 4,
            predicted: 5,
            matched: 2,
        };
        assert_eq!(c.precision(), 0.4);
        assert_eq!(c.recall(), 0.5);
        // 2 * 0.4 * 0.5 / 0.9
        assert!((c.f1() - 4.0 / 9.0).abs() < 1e-12);
        let empty = Counts::default();
        assert_eq!(
            (empty.precision(), empty.recall(), empty.f1()),
            (0.0, 0.0, 0.0)
        );
    }

    #[test]
    fn tiny_case_scored_exactly() {
        let g = gold(
            "entity\tOrganization\tOECD\t경제협력개발기구(OECD)\tQ41550\n\
             entity\tCountry\tRepublic of Korea\t한국\tQ884\n\
             entity\tCountry\tEstonia\t에스토니아\tQ191\n\
             entity\tPerson\tAngel Gurría\t앙헬 구리아\t\n\
             entity\tDate\t2016-11-10/2016-11-11 (planned)\t\t\n\
             entity\tQuantity\t4,820 people received training\t\t\n\
             event\tSample Meeting 2018\t2018\t\t\t\n\
             event\tSample Signing\t2017-03-24\t\t\t\n",
        );
        let predictions = Predictions {
            items: vec![
                pred("Organization", "The OECD", &[], Some("Q41550")),
                // Matched through the Korean cell; wrong Wikidata id.
                pred("Country", "South Korea", &["한국"], Some("Q423")),
                pred("Country", "Japan", &[], Some("Q17")),
                pred("Person", "Angel Gurria", &[], None),
                pred("Date", "2016-11-10/2016-11-11", &[], None),
                pred("Date", "2016-11-10", &[], None),
                pred("Quantity", "4820", &[], None),
                // Same type needed: a City never matches a Country line.
                pred("City", "Estonia", &[], None),
            ],
            events: vec![
                PredictedEvent {
                    name: "sample meeting 2018".into(),
                    ko: vec![],
                    date: Some("2018".into()),
                    ..Default::default()
                },
                PredictedEvent {
                    name: "Other".into(),
                    ko: vec![],
                    date: None,
                    ..Default::default()
                },
            ],
        };
        let s = score(&g, &predictions);
        let c = |t: &str| s.by_type[t];
        assert_eq!(
            c("Organization"),
            Counts {
                gold: 1,
                predicted: 1,
                matched: 1
            }
        );
        assert_eq!(
            c("Country"),
            Counts {
                gold: 2,
                predicted: 2,
                matched: 1
            }
        );
        assert_eq!(
            c("City"),
            Counts {
                gold: 0,
                predicted: 1,
                matched: 0
            }
        );
        assert_eq!(
            c("Date"),
            Counts {
                gold: 1,
                predicted: 2,
                matched: 1
            }
        );
        assert_eq!(
            c("Quantity"),
            Counts {
                gold: 1,
                predicted: 1,
                matched: 1
            }
        );
        let all = s.entities();
        assert_eq!(
            all,
            Counts {
                gold: 6,
                predicted: 8,
                matched: 5
            }
        );
        assert_eq!(all.precision(), 5.0 / 8.0);
        assert_eq!(all.recall(), 5.0 / 6.0);
        // F1 = 2PR/(P+R) = 2 * 5/8 * 5/6 / (5/8 + 5/6) = 10/14
        assert!((all.f1() - 10.0 / 14.0).abs() < 1e-12);
        assert_eq!(
            s.wikidata,
            LinkCounts {
                linked: 2,
                correct: 1
            }
        );
        assert_eq!(s.missed, vec![("Country", "Estonia".to_string())]);
        assert_eq!(s.spurious.len(), 3);
        assert_eq!(
            s.events,
            Counts {
                gold: 2,
                predicted: 2,
                matched: 1
            }
        );
        assert_eq!(s.event_dates, DateAgreement { dated: 1, agree: 1 });
        assert_eq!(s.missed_events, vec!["Sample Signing".to_string()]);
        assert_eq!(s.spurious_events, vec!["Other".to_string()]);
    }

    #[test]
    fn date_periods_match_a_period_line_or_split_into_endpoints() {
        let g = gold(
            "entity\tDate\t2013/2015\t\t\n\
             entity\tDate\t2016-11-10\t\t\n\
             entity\tDate\t2016-11-11\t\t\n\
             entity\tDate\t2016-11-12\t\t\n",
        );
        let predictions = Predictions {
            items: vec![
                pred("Date", "2013/2015", &[], None),
                pred("Date", "2016-11-10/2016-11-11", &[], None),
                pred("Date", "2016-11-11/2016-11-12", &[], None),
            ],
            events: vec![],
        };
        let s = score(&g, &predictions);
        // 2013/2015 stays one item; the day periods give 10, 11, 12 (11 once).
        assert_eq!(
            s.by_type["Date"],
            Counts {
                gold: 4,
                predicted: 4,
                matched: 4
            }
        );
        let g = gold("entity\tDate\t2013\t\t\n");
        let s = score(&g, &predictions);
        assert_eq!(
            s.by_type["Date"],
            Counts {
                gold: 1,
                predicted: 5,
                matched: 1
            }
        );
    }

    #[test]
    fn each_gold_line_is_matched_at_most_once() {
        let g = gold("entity\tCountry\tEstonia\t\t\n");
        let predictions = Predictions {
            items: vec![
                pred("Country", "Estonia", &[], None),
                pred("Country", "estonia", &[], None),
            ],
            events: vec![],
        };
        assert_eq!(
            score(&g, &predictions).by_type["Country"],
            Counts {
                gold: 1,
                predicted: 2,
                matched: 1
            }
        );
    }

    #[test]
    fn matching_is_maximal_whatever_the_order() {
        // The first prediction could take either line; the second only the first line.
        let g = gold(
            "entity\tQuantity\t3 themes and 5 sessions\t\t\n\
             entity\tQuantity\tKorea ranked 3rd\t\t\n",
        );
        let predictions = Predictions {
            items: vec![
                pred("Quantity", "3", &[], None),
                pred("Quantity", "5", &[], None),
            ],
            events: vec![],
        };
        assert_eq!(score(&g, &predictions).by_type["Quantity"].matched, 2);
    }

    #[test]
    fn joined_forms_match_one_item() {
        let g = gold(
            "entity\tTopic\te-government; national statistics\t\t\n\
             entity\tRole\tMinister of the Interior\t장관; 대한민국 행정자치부 장관\t\n",
        );
        let predictions = Predictions {
            items: vec![
                pred("Topic", "national statistics", &[], None),
                pred("Role", "Minister", &["대한민국 행정자치부 장관"], None),
            ],
            events: vec![],
        };
        let s = score(&g, &predictions);
        assert_eq!(s.entities().matched, 2);
    }

    #[test]
    fn event_korean_forms_come_from_the_event_entity_line() {
        let g = gold(
            "entity\tEvent\tSample Meeting 2018\t2018년 견본 회의\t\n\
             event\tSample Meeting 2018\t2018-05\t\t\t\n",
        );
        let predictions = Predictions {
            items: vec![],
            events: vec![PredictedEvent {
                name: "2018년 견본 회의".into(),
                ko: vec!["2018년 견본 회의".into()],
                date: Some("2018".into()),
                ..Default::default()
            }],
        };
        let s = score(&g, &predictions);
        assert_eq!(s.events.matched, 1);
        assert_eq!(s.event_dates, DateAgreement { dated: 1, agree: 0 });
    }

    #[test]
    fn roles_of_matched_events_scored_per_list_item() {
        let g = gold(
            "entity\tCountry\tRepublic of Korea\t대한민국\tQ884\n\
             entity\tCity\tBusan\t부산\tQ16520\n\
             event\tSample Meeting\t\tSample Hotel, Busan, Republic of Korea\t\
             Ministry of Samples (host)\tRepublic of Korea; Kim Sample (head); \
             about 10 experts\n\
             event\tUnmatched Forum\t\tParis\tSample Office\tFrance\n",
        );
        let role = |name: &str, ko: &[&str]| RoleName {
            name: name.to_string(),
            ko: ko.iter().map(|s| s.to_string()).collect(),
        };
        let predictions = Predictions {
            items: vec![],
            events: vec![
                PredictedEvent {
                    name: "Sample Meeting".into(),
                    // Busan through its Korean label; Seoul is spurious.
                    place: vec![role("부산", &["부산"]), role("Seoul", &[])],
                    organizer: vec![role("The Ministry of Samples", &[])],
                    participants: vec![
                        role("대한민국", &["대한민국"]),
                        role("Kim Sample", &[]),
                        role("Other Person", &[]),
                    ],
                    ..Default::default()
                },
                // Roles of an event that matches no gold line are not scored.
                PredictedEvent {
                    name: "Spare Event".into(),
                    place: vec![role("Paris", &[])],
                    ..Default::default()
                },
            ],
        };
        let s = score(&g, &predictions);
        let counts = |gold, predicted, matched| Counts {
            gold,
            predicted,
            matched,
        };
        assert_eq!(
            s.event_roles,
            RoleAgreement {
                place: counts(3, 2, 1),
                organizer: counts(1, 1, 1),
                participants: counts(3, 3, 2),
            }
        );
        assert!(
            s.role_errors
                .contains(&"Sample Meeting: place missed Sample Hotel".to_string()),
            "{:?}",
            s.role_errors
        );
        assert!(
            s.role_errors
                .contains(&"Sample Meeting: participants spurious Other Person".to_string()),
            "{:?}",
            s.role_errors
        );
    }

    #[test]
    fn notes_are_stripped_from_role_items() {
        assert_eq!(strip_note("Kim Sample (head)"), "Kim Sample");
        assert_eq!(
            strip_note("Sample Ministry (Serbia) (Kim Sample)"),
            "Sample Ministry (Serbia)"
        );
        assert_eq!(strip_note("Republic of Korea"), "Republic of Korea");
        assert_eq!(strip_note("(only a note)"), "(only a note)");
    }

    #[test]
    fn extraction_mapping() {
        let entity = |kind, slug: &str, en: Option<&str>, ko: Option<&str>| {
            let mut e = Entity::new(EntityKey::new(kind, slug));
            e.labels.extend(en.map(|t| Label::new(t, Lang::En)));
            e.labels.extend(ko.map(|t| Label::new(t, Lang::Ko)));
            e
        };
        let mut country = entity(
            EntityKind::Country,
            "kr",
            Some("Republic of Korea"),
            Some("대한민국"),
        );
        country.alt_labels.push(Label::new("한국", Lang::Ko));
        country.wikidata = Some("Q884".into());
        let span = Span { begin: 0, end: 1 };
        let date = |value, end| DateMention {
            span,
            anchor: "x".into(),
            value,
            end,
        };
        let extraction = Extraction {
            notice: Notice {
                id: "n".into(),
                title: None,
                date: None,
                source: None,
                publisher: None,
                lang: Lang::Ko,
                text: String::new(),
            },
            entities: vec![
                country,
                entity(EntityKind::Post, "minister", None, Some("장관")),
                entity(EntityKind::Series, "series", Some("Sample Series"), None),
            ],
            events: vec![Event {
                entity: entity(EntityKind::Event, "sample-2018", Some("Sample 2018"), None),
                kind: EventKind::Meeting,
                status: EventStatus::Planned,
                start: Some(DateValue::Date(2016, 11, 10)),
                end: Some(DateValue::Date(2016, 11, 11)),
                location: vec![],
                organizer: vec![],
                attendee: vec![],
                series: None,
                edition: None,
                about: vec![],
                named: true,
            }],
            mentions: vec![],
            holdings: vec![],
            dates: vec![
                date(DateValue::Year(2018), None),
                date(DateValue::Year(2018), None),
                date(DateValue::Year(2013), Some(DateValue::Year(2015))),
            ],
            quantities: vec![Quantity {
                span,
                anchor: "4,820명".into(),
                value: "4820".into(),
                unit: "persons".into(),
                description: String::new(),
                precision: Precision::Exact,
            }],
            rankings: vec![Ranking {
                ranked: EntityKey::new(EntityKind::Country, "kr"),
                rank: 1,
                score: Some("0.742".into()),
                index: None,
                edition: EntityKey::new(EntityKind::Event, "sample-2019"),
                joint: false,
                span,
            }],
            quotations: vec![],
            warnings: vec![],
        };
        let p = Predictions::from_extraction(&extraction);
        let summary: Vec<(&str, &str)> = p
            .items
            .iter()
            .map(|i| (i.gold_type, i.name.as_str()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("Country", "Republic of Korea"),
                ("Role", "장관"),
                ("Event", "Sample 2018"),
                ("Date", "2018"),
                ("Date", "2013/2015"),
                ("Quantity", "4820"),
                ("Quantity", "rank 1 score 0.742"),
            ]
        );
        assert_eq!(p.items[0].ko, vec!["대한민국", "한국"]);
        assert_eq!(p.items[0].wikidata.as_deref(), Some("Q884"));
        assert_eq!(
            p.events,
            vec![PredictedEvent {
                name: "Sample 2018".into(),
                ko: vec![],
                date: Some("2016-11-10/2016-11-11".into()),
                ..Default::default()
            }]
        );
    }
}
