//! Extraction, gazetteer and ontology → quads, in the RDF shape the common brief and
//! DESIGN.md §Vocabulary fix (pages and tests read exactly that shape).
//!
//! Three producers, one per kind of named graph:
//! - [`notice_quads`]: everything one notice says, in `{base}graph/notice/{id}`, so that
//!   replacing that one graph re-ingests the notice idempotently;
//! - [`gazetteer_quads`]: the background facts of every gazetteer entity, in
//!   `{base}graph/gazetteer`;
//! - [`ontology_quads`]: `ontology/noticegraph.ttl`, in `{base}graph/ontology`.
//!
//! The mapping is pure and total: an extraction value that cannot be written as the RDF
//! it promises (a span past the end of the text, a score that is not a decimal) is left
//! out with a warning instead of producing an invalid literal or IRI. Output quads are
//! deduplicated and in a deterministic order.

use crate::ingest::Gazetteer;
use crate::ingest::gazetteer::GazetteerRecord;
use crate::model::{
    DateValue, Entity, EntityKey, EntityKind, Event, EventKind, EventStatus, Extraction, Label,
    Precision, Span,
};
use crate::rdf::iri::Iris;
use crate::rdf::vocab::{self, dct, itsrdf, ng, nif, org, owl, prov, schema, sem, skos};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{
    BlankNode, GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
};
use std::collections::{BTreeSet, HashSet};

/// The ontology (`ontology/noticegraph.ttl`), compiled in so the service always serves the
/// version it was built with.
pub const ONTOLOGY_TTL: &str = include_str!("../../ontology/noticegraph.ttl");

/// Why a mapping failed.
#[derive(Debug, thiserror::Error)]
pub enum MappingError {
    /// The compiled-in ontology is not valid Turtle (the parser's message, with position).
    #[error("ontology/noticegraph.ttl does not parse: {0}")]
    Ontology(String),
}

/// Collects quads of one graph, dropping duplicates and keeping first-seen order.
///
/// The quads are held once: duplicates are dropped in [`Quads::finish`] with a set of
/// references into the list, not by a second owned copy of every quad (a long notice has
/// hundreds of thousands of quads).
struct Quads {
    graph: GraphName,
    out: Vec<Quad>,
}

impl Quads {
    fn new(graph: &NamedNode) -> Quads {
        Quads {
            graph: graph.clone().into(),
            out: Vec::new(),
        }
    }

    fn add(
        &mut self,
        subject: impl Into<NamedOrBlankNode>,
        predicate: NamedNodeRef<'_>,
        object: impl Into<Term>,
    ) {
        self.out
            .push(Quad::new(subject, predicate, object, self.graph.clone()));
    }

    /// The quads added, each once, in the order they were first added.
    fn finish(mut self) -> Vec<Quad> {
        let mut seen = HashSet::with_capacity(self.out.len());
        let first: Vec<bool> = self.out.iter().map(|q| seen.insert(q)).collect();
        drop(seen);
        let mut keep = first.into_iter();
        self.out.retain(|_| keep.next().unwrap_or(false));
        self.out
    }
}

/// A literal tagged with `lang` (lowercased); a plain string, with a warning, when the tag
/// is not valid BCP 47.
fn tagged(text: &str, lang: &str) -> Literal {
    Literal::new_language_tagged_literal(text, lang).unwrap_or_else(|e| {
        tracing::warn!(text, lang, error = %e, "invalid language tag; writing a plain string");
        Literal::new_simple_literal(text)
    })
}

fn label_literal(label: &Label) -> Literal {
    tagged(&label.text, &label.lang)
}

/// A date at its precision: `xsd:gYear`, `xsd:gYearMonth` or `xsd:date`.
pub fn date_literal(date: DateValue) -> Literal {
    let datatype = match date {
        DateValue::Year(_) => xsd::G_YEAR,
        DateValue::YearMonth(..) => xsd::G_YEAR_MONTH,
        DateValue::Date(..) => xsd::DATE,
    };
    Literal::new_typed_literal(date.iso(), datatype)
}

fn non_negative(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::NON_NEGATIVE_INTEGER)
}

/// `true` when `s` is in the lexical space of `xsd:decimal` (`-1.50`, `4820`, `.5`).
fn is_decimal(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    !(int.is_empty() && frac.is_empty()) && all_digits(int) && all_digits(frac)
}

/// An `xsd:decimal` literal, or `None` (with a warning naming `what`) when `s` is not one.
fn decimal(s: &str, what: &str) -> Option<Literal> {
    if is_decimal(s) {
        Some(Literal::new_typed_literal(s, xsd::DECIMAL))
    } else {
        tracing::warn!(value = s, what, "not an xsd:decimal; left out");
        None
    }
}

/// The RDF classes of an entity of `kind` (events also get their `ng:` kind class from
/// [`event_class`]).
fn kind_classes(kind: EntityKind, government: bool) -> Vec<NamedNodeRef<'static>> {
    match kind {
        EntityKind::Organization if government => vec![
            schema::ORGANIZATION,
            schema::GOVERNMENT_ORGANIZATION,
            org::ORGANIZATION,
        ],
        EntityKind::Organization => vec![schema::ORGANIZATION, org::ORGANIZATION],
        EntityKind::Country => vec![schema::COUNTRY],
        EntityKind::City => vec![schema::CITY],
        EntityKind::Region | EntityKind::Venue => vec![schema::PLACE],
        EntityKind::Person => vec![schema::PERSON],
        EntityKind::Post => vec![org::POST],
        EntityKind::Event => vec![schema::EVENT, sem::EVENT],
        EntityKind::Series => vec![ng::EVENT_SERIES],
        EntityKind::Topic => vec![skos::CONCEPT],
    }
}

/// The `ng:` subclass of `schema:Event` for an event kind.
pub fn event_class(kind: EventKind) -> NamedNodeRef<'static> {
    match kind {
        EventKind::Meeting => ng::MEETING,
        EventKind::Forum => ng::FORUM,
        EventKind::Seminar => ng::SEMINAR,
        EventKind::Signing => ng::SIGNING,
        EventKind::Visit => ng::VISIT,
        EventKind::Training => ng::TRAINING,
        EventKind::SurveyEdition => ng::SURVEY_EDITION,
        EventKind::Other => ng::OTHER_EVENT,
    }
}

/// The property linking an entity of `kind` to its [`Entity::part_of`]: the containing
/// place, the parent organization, the organization of a post, the organizer of a series.
pub fn part_of_property(kind: EntityKind) -> Option<NamedNodeRef<'static>> {
    match kind {
        EntityKind::Country | EntityKind::City | EntityKind::Region | EntityKind::Venue => {
            Some(schema::CONTAINED_IN_PLACE)
        }
        EntityKind::Organization => Some(org::SUB_ORGANIZATION_OF),
        EntityKind::Post => Some(org::POST_IN),
        EntityKind::Series => Some(schema::ORGANIZER),
        EntityKind::Person | EntityKind::Event | EntityKind::Topic => None,
    }
}

/// Types, labels, alternative labels, `owl:sameAs` and the `part_of` link of an entity.
fn describe_entity(q: &mut Quads, iris: &Iris, e: &Entity) {
    let s = iris.entity(&e.key);
    for class in kind_classes(e.key.kind, e.government) {
        q.add(s.clone(), rdf::TYPE, class);
    }
    for label in &e.labels {
        q.add(s.clone(), rdfs::LABEL, label_literal(label));
    }
    for label in &e.alt_labels {
        q.add(s.clone(), skos::ALT_LABEL, label_literal(label));
    }
    if let Some(qid) = &e.wikidata {
        match vocab::wd(qid) {
            Some(wd) => q.add(s.clone(), owl::SAME_AS, wd),
            None => tracing::warn!(entity = %e.key, qid, "not a Wikidata id; left out"),
        }
    }
    if let (Some(parent), Some(p)) = (&e.part_of, part_of_property(e.key.kind)) {
        q.add(s, p, iris.entity(parent));
    }
}

fn describe_event(q: &mut Quads, iris: &Iris, ev: &Event) {
    describe_entity(q, iris, &ev.entity);
    let s = iris.entity(&ev.entity.key);
    q.add(s.clone(), rdf::TYPE, schema::EVENT);
    q.add(s.clone(), rdf::TYPE, sem::EVENT);
    q.add(s.clone(), rdf::TYPE, event_class(ev.kind));
    let status = match ev.status {
        EventStatus::Planned => ng::PLANNED,
        EventStatus::Held | EventStatus::Cited => ng::HELD,
    };
    q.add(s.clone(), ng::EVENT_STATUS, status);
    if let Some(start) = ev.start {
        q.add(s.clone(), schema::START_DATE, date_literal(start));
    }
    if let Some(end) = ev.end {
        q.add(s.clone(), schema::END_DATE, date_literal(end));
    }
    for (property, keys) in [
        (schema::LOCATION, &ev.location),
        (schema::ORGANIZER, &ev.organizer),
        (schema::ATTENDEE, &ev.attendee),
        (schema::ABOUT, &ev.about),
    ] {
        for key in keys {
            q.add(s.clone(), property, iris.entity(key));
        }
    }
    if let Some(n) = ev.edition {
        q.add(s.clone(), ng::EDITION_NUMBER, Literal::from(i64::from(n)));
    }
    if let Some(series) = &ev.series {
        q.add(s, schema::SUPER_EVENT, iris.entity(series));
    }
}

/// `true` when `span` is a non-empty range inside a text of `len` characters.
fn span_ok(span: Span, len: usize) -> bool {
    span.begin < span.end && span.end <= len
}

/// The organization among `candidates` that a notice's `publisher` header names: an
/// [`EntityKind::Organization`] whose label or alternative label equals it, ignoring case
/// and surrounding white space; failing that, equals the header's part before its first
/// `,` or `(`, as a body followed by its state is written (`Ministry of the Interior,
/// Republic of Korea`, `Ministry of Foreign Affairs (Korea)`). `None` when no
/// organization matches.
pub fn find_publisher<'a>(
    publisher: &str,
    candidates: impl IntoIterator<Item = &'a Entity>,
) -> Option<&'a Entity> {
    let orgs: Vec<&Entity> = candidates
        .into_iter()
        .filter(|e| e.key.kind == EntityKind::Organization)
        .collect();
    let named = |wanted: &str| {
        let wanted = wanted.trim().to_lowercase();
        (!wanted.is_empty())
            .then(|| {
                orgs.iter().copied().find(|e| {
                    e.labels
                        .iter()
                        .chain(&e.alt_labels)
                        .any(|l| l.text.trim().to_lowercase() == wanted)
                })
            })
            .flatten()
    };
    named(publisher).or_else(|| {
        let head = publisher.split([',', '(']).next()?;
        (head.len() < publisher.len())
            .then(|| named(head))
            .flatten()
    })
}

/// The quads of one notice, all in its graph `{base}graph/notice/{id}` (shape: the common
/// brief §RDF shape). The publisher is linked as an IRI when it names an organization among
/// `x.entities` (see [`find_publisher`]), else written as a string; use
/// [`notice_quads_with_publisher`] to resolve it against the gazetteer too.
///
/// Offsets (`nif:beginIndex`/`nif:endIndex`, the `#char=` fragments) are in characters of
/// `x.notice.text`. Mentions, rankings and quotations whose span lies outside the text are
/// left out with a warning.
pub fn notice_quads(x: &Extraction, iris: &Iris) -> Vec<Quad> {
    let publisher = x
        .notice
        .publisher
        .as_deref()
        .and_then(|p| find_publisher(p, &x.entities))
        .map(|e| e.key.clone());
    notice_quads_with_publisher(x, iris, publisher.as_ref())
}

/// [`notice_quads`] with the publisher already resolved: `publisher` is the organization
/// the notice's `publisher` header names (`None`: written as a string literal, if any).
pub fn notice_quads_with_publisher(
    x: &Extraction,
    iris: &Iris,
    publisher: Option<&EntityKey>,
) -> Vec<Quad> {
    let notice = &x.notice;
    let id = notice.id.as_str();
    let lang = notice.lang.tag();
    let mut q = Quads::new(&iris.notice_graph(id));
    let n = iris.notice(id);

    q.add(n.clone(), rdf::TYPE, schema::NEWS_ARTICLE);
    q.add(n.clone(), rdf::TYPE, prov::ENTITY);
    if let Some(headline) = notice.headline() {
        q.add(n.clone(), schema::HEADLINE, tagged(&headline, lang));
    }
    if let Some(date) = notice.date {
        q.add(n.clone(), schema::DATE_PUBLISHED, date_literal(date));
    }
    q.add(
        n.clone(),
        schema::IN_LANGUAGE,
        Literal::new_simple_literal(lang),
    );
    match (publisher, &notice.publisher) {
        (Some(key), _) => q.add(n.clone(), schema::PUBLISHER, iris.entity(key)),
        (None, Some(name)) => q.add(
            n.clone(),
            schema::PUBLISHER,
            Literal::new_simple_literal(name),
        ),
        (None, None) => {}
    }
    if let Some(source) = &notice.source {
        match NamedNode::new(source.as_str()) {
            Ok(url) => q.add(n.clone(), dct::SOURCE, url),
            Err(_) => q.add(n.clone(), dct::SOURCE, Literal::new_simple_literal(source)),
        }
    }

    // schema:mentions: every entity and event the notice yields, sorted for stable output
    let mentioned: BTreeSet<&EntityKey> = x
        .entities
        .iter()
        .map(|e| &e.key)
        .chain(x.events.iter().map(|e| &e.entity.key))
        .chain(x.mentions.iter().map(|m| &m.entity))
        .collect();
    for key in mentioned {
        q.add(n.clone(), schema::MENTIONS, iris.entity(key));
    }

    // the text and the mentions in it (NIF, RFC 5147 character offsets)
    let len = notice.text.chars().count();
    let ctx = iris.notice_context(id, len);
    q.add(n.clone(), ng::CONTEXT, ctx.clone());
    q.add(ctx.clone(), rdf::TYPE, nif::CONTEXT);
    q.add(ctx.clone(), nif::IS_STRING, tagged(&notice.text, lang));
    q.add(ctx.clone(), nif::BEGIN_INDEX, non_negative(0));
    q.add(ctx.clone(), nif::END_INDEX, non_negative(len));
    for m in &x.mentions {
        if !span_ok(m.span, len) {
            tracing::warn!(notice = id, ?m.span, len, "mention outside the text; left out");
            continue;
        }
        let phrase = iris.notice_fragment(id, m.span.begin, m.span.end);
        q.add(phrase.clone(), rdf::TYPE, nif::PHRASE);
        q.add(phrase.clone(), nif::BEGIN_INDEX, non_negative(m.span.begin));
        q.add(phrase.clone(), nif::END_INDEX, non_negative(m.span.end));
        q.add(
            phrase.clone(),
            nif::ANCHOR_OF,
            Literal::new_simple_literal(&m.anchor),
        );
        q.add(phrase.clone(), nif::REFERENCE_CONTEXT, ctx.clone());
        q.add(phrase, itsrdf::TA_IDENT_REF, iris.entity(&m.entity));
    }

    for e in &x.entities {
        describe_entity(&mut q, iris, e);
    }
    for ev in &x.events {
        describe_event(&mut q, iris, ev);
    }
    for h in &x.holdings {
        q.add(iris.entity(&h.person), org::HOLDS, iris.entity(&h.post));
    }

    for (i, r) in x.rankings.iter().enumerate() {
        let node = iris.notice_local(id, &format!("ranking-{}", i + 1));
        q.add(node.clone(), rdf::TYPE, ng::RANKING_RESULT);
        q.add(node.clone(), ng::RANKED_ENTITY, iris.entity(&r.ranked));
        q.add(node.clone(), ng::RANK, Literal::from(i64::from(r.rank)));
        if let Some(score) = r.score.as_deref().and_then(|s| decimal(s, "ranking score")) {
            q.add(node.clone(), ng::SCORE, score);
        }
        q.add(node.clone(), ng::IN_RANKING, iris.entity(&r.edition));
        if r.joint {
            q.add(node.clone(), ng::JOINT_RANK, Literal::from(true));
        }
        // The index or dimension ranked on (a topic): DESIGN.md's entity → topic link.
        if let Some(index) = &r.index {
            q.add(node.clone(), schema::ABOUT, iris.entity(index));
        }
        q.add(node, prov::WAS_DERIVED_FROM, n.clone());
    }

    for (i, quantity) in x.quantities.iter().enumerate() {
        let node = iris.notice_local(id, &format!("quantity-{}", i + 1));
        q.add(n.clone(), ng::STATES_QUANTITY, node.clone());
        q.add(node.clone(), rdf::TYPE, schema::QUANTITATIVE_VALUE);
        if let Some(value) = decimal(&quantity.value, "quantity value") {
            q.add(node.clone(), schema::VALUE, value.clone());
            // A bound keeps its value and says which bound it is; an approximation is
            // flagged.
            match quantity.precision {
                Precision::Exact => {}
                Precision::Approximate => q.add(
                    node.clone(),
                    ng::APPROXIMATE,
                    Literal::new_typed_literal("true", xsd::BOOLEAN),
                ),
                Precision::AtLeast => q.add(node.clone(), schema::MIN_VALUE, value),
                Precision::AtMost => q.add(node.clone(), schema::MAX_VALUE, value),
            }
        }
        if !quantity.unit.is_empty() {
            q.add(
                node.clone(),
                schema::UNIT_TEXT,
                Literal::new_simple_literal(&quantity.unit),
            );
        }
        if !quantity.description.is_empty() {
            q.add(
                node,
                schema::DESCRIPTION,
                tagged(&quantity.description, lang),
            );
        }
    }

    for (i, quote) in x.quotations.iter().enumerate() {
        let node = iris.notice_local(id, &format!("quote-{}", i + 1));
        q.add(node.clone(), rdf::TYPE, schema::QUOTATION);
        // Tagged with the quote's own language (a Korean notice may quote English).
        let quote_lang = crate::ingest::detect::script_lang(&quote.text).tag();
        q.add(node.clone(), schema::TEXT, tagged(&quote.text, quote_lang));
        if let Some(speaker) = &quote.speaker {
            q.add(
                node.clone(),
                schema::SPOKEN_BY_CHARACTER,
                iris.entity(speaker),
            );
        }
        q.add(node, schema::IS_PART_OF, n.clone());
    }

    for d in &x.dates {
        q.add(n.clone(), ng::MENTIONS_DATE, date_literal(d.value));
        if let Some(end) = d.end {
            q.add(n.clone(), ng::MENTIONS_DATE, date_literal(end));
        }
    }
    q.finish()
}

/// The quads of one gazetteer entity: types, labels, alternative labels, `owl:sameAs`,
/// its `part_of` link, `ng:iso3166Code` (countries, upper case) and, from its record,
/// `ng:validFrom` / `ng:validUntil` / `ng:succeededBy` for renamed bodies, with the
/// renaming as an `org:ChangeEvent` ([`describe_renaming`]) and `prov:specializationOf`
/// the entity that stands for the body across its names; that entity lists each name
/// with its period ([`describe_lineage`]).
fn describe_gazetteer_entity(
    q: &mut Quads,
    iris: &Iris,
    g: &Gazetteer,
    e: &Entity,
    record: Option<&GazetteerRecord>,
) {
    describe_entity(q, iris, e);
    let s = iris.entity(&e.key);
    if let Some(code) = &e.iso_code {
        q.add(
            s.clone(),
            ng::ISO3166_CODE,
            Literal::new_simple_literal(code.to_ascii_uppercase()),
        );
    }
    let Some(r) = record else {
        return;
    };
    if let Some(from) = r.from {
        q.add(s.clone(), ng::VALID_FROM, date_literal(from));
    }
    if let Some(until) = r.until {
        q.add(s.clone(), ng::VALID_UNTIL, date_literal(until));
    }
    if let Some(next) = &r.succeeded_by {
        q.add(s.clone(), ng::SUCCEEDED_BY, iris.entity(next));
    }
    if let Some(lineage) = &r.lineage {
        q.add(s.clone(), prov::SPECIALIZATION_OF, iris.entity(lineage));
        describe_renaming(q, iris, g, e, r);
    }
    if r.is_lineage {
        describe_lineage(q, iris, g, e);
    }
}

/// The renaming that ended the period `e` of a body, when its successor is a period of
/// the same body: an `org:ChangeEvent` at `<lineage IRI>#renaming-<YYYY-MM>` with
/// `org:originalOrganization` (`e`), `org:resultingOrganization` (the successor) and
/// `dct:date` (the month of `until`), linked back by `org:changedBy` and
/// `org:resultedFrom`.
fn describe_renaming(q: &mut Quads, iris: &Iris, g: &Gazetteer, e: &Entity, r: &GazetteerRecord) {
    let (Some(next), Some(lineage)) = (&r.succeeded_by, &r.lineage) else {
        return;
    };
    if g.record(next).and_then(|n| n.lineage.as_ref()) != Some(lineage) {
        return;
    }
    let when = r.until.or_else(|| g.record(next).and_then(|n| n.from));
    let fragment = when.map_or_else(
        || format!("renaming-to-{}", next.slug),
        |w| format!("renaming-{}", w.iso()),
    );
    let change = NamedNode::new_unchecked(format!("{}#{fragment}", iris.entity(lineage).as_str()));
    let (old, new) = (iris.entity(&e.key), iris.entity(next));
    q.add(change.clone(), rdf::TYPE, org::CHANGE_EVENT);
    q.add(change.clone(), org::ORIGINAL_ORGANIZATION, old.clone());
    q.add(change.clone(), org::RESULTING_ORGANIZATION, new.clone());
    if let Some(d) = when {
        q.add(change.clone(), dct::DATE, date_literal(d));
    }
    q.add(old, org::CHANGED_BY, change.clone());
    q.add(new, org::RESULTED_FROM, change);
}

/// The names of the body `lineage` stands for, each with its period, as `skos:altLabel`s
/// in both languages (`행정자치부 (1998-02–2008-02)`, `Ministry of the Interior and Safety
/// (2017-07–)`); a period without dates is the bare name.
fn describe_lineage(q: &mut Quads, iris: &Iris, g: &Gazetteer, lineage: &Entity) {
    let s = iris.entity(&lineage.key);
    for (period, r) in g.periods_of(&lineage.key) {
        let span = match (r.from, r.until) {
            (None, None) => String::new(),
            (from, until) => format!(
                " ({}–{})",
                from.map(|d| d.iso()).unwrap_or_default(),
                until.map(|d| d.iso()).unwrap_or_default()
            ),
        };
        for label in &period.labels {
            let named = Label {
                text: format!("{}{span}", label.text),
                lang: label.lang.clone(),
            };
            q.add(s.clone(), skos::ALT_LABEL, label_literal(&named));
        }
    }
}

/// Every gazetteer entity with its background facts, in `{base}graph/gazetteer` (shape:
/// the common brief §Gazetteer graph). Deterministic: entities in gazetteer order.
pub fn gazetteer_quads(g: &Gazetteer, iris: &Iris) -> Vec<Quad> {
    let mut q = Quads::new(&iris.gazetteer_graph());
    for e in g.entities() {
        describe_gazetteer_entity(&mut q, iris, g, e, g.record(&e.key));
    }
    q.finish()
}

/// The ontology ([`ONTOLOGY_TTL`]) as quads in `{base}graph/ontology`, in file order.
///
/// Its blank nodes (the cells of the `owl:oneOf` list) get labels derived from the
/// ontology's content, `ontology-{h}-{n}`: `{h}`, the first 16 hex digits of the SHA-256
/// of [`ONTOLOGY_TTL`], and `{n}`, the node's rank of first appearance from 1. So the same
/// build writes the same bytes on every run (`ingest --output`). They stay blank nodes,
/// not skolem IRIs: OWL 2 DL reads a list only through blank nodes.
///
/// Errors: [`MappingError::Ontology`] when the Turtle does not parse (a unit test makes
/// sure the shipped file does).
pub fn ontology_quads(iris: &Iris) -> Result<Vec<Quad>, MappingError> {
    use sha2::Digest;
    use std::collections::HashMap;
    use std::fmt::Write;
    let mut hash = String::with_capacity(16);
    for byte in &sha2::Sha256::digest(ONTOLOGY_TTL.as_bytes())[..8] {
        let _ = write!(hash, "{byte:02x}");
    }
    let mut labels: HashMap<BlankNode, BlankNode> = HashMap::new();
    let mut stable = |node: BlankNode| {
        let n = labels.len() + 1;
        labels
            .entry(node)
            .or_insert_with(|| BlankNode::new_unchecked(format!("ontology-{hash}-{n}")))
            .clone()
    };
    RdfParser::from_format(RdfFormat::Turtle)
        .with_default_graph(iris.ontology_graph())
        .for_slice(ONTOLOGY_TTL)
        .map(|quad| {
            let mut quad = quad.map_err(|e| MappingError::Ontology(e.to_string()))?;
            if let NamedOrBlankNode::BlankNode(node) = quad.subject {
                quad.subject = stable(node).into();
            }
            if let Term::BlankNode(node) = quad.object {
                quad.object = stable(node).into();
            }
            Ok(quad)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use oxigraph::model::TermRef;

    const BASE: &str = "http://example.org/ng/";

    #[test]
    fn quads_drop_duplicates_in_first_seen_order() {
        let graph = NamedNode::new("http://example.org/g").unwrap();
        let node = |n: &str| NamedNode::new(format!("http://example.org/{n}")).unwrap();
        let mut q = Quads::new(&graph);
        for (s, o) in [("a", "x"), ("b", "y"), ("a", "x"), ("c", "z"), ("b", "y")] {
            q.add(node(s), rdf::TYPE, node(o));
        }
        let got: Vec<String> = q
            .finish()
            .iter()
            .map(|quad| quad.subject.to_string())
            .collect();
        assert_eq!(
            got,
            [
                "<http://example.org/a>",
                "<http://example.org/b>",
                "<http://example.org/c>"
            ]
        );
    }

    fn iris() -> Iris {
        Iris::new(BASE).unwrap()
    }

    fn key(kind: EntityKind, slug: &str) -> EntityKey {
        EntityKey::new(kind, slug)
    }

    fn entity(kind: EntityKind, slug: &str, en: &str, ko: &str) -> Entity {
        let mut e = Entity::new(key(kind, slug));
        e.labels = vec![Label::new(en, Lang::En), Label::new(ko, Lang::Ko)];
        e
    }

    #[test]
    fn the_publisher_header_names_an_organization_alone_or_with_its_state() {
        let moi = entity(
            EntityKind::Organization,
            "ministry-of-the-interior",
            "Ministry of the Interior",
            "행정자치부",
        );
        let kr = entity(EntityKind::Country, "kr", "Republic of Korea", "대한민국");
        let found = |header: &str| find_publisher(header, [&kr, &moi]).map(|e| e.key.slug.clone());
        for (header, want) in [
            ("Ministry of the Interior", Some("ministry-of-the-interior")),
            (
                "ministry of the interior ",
                Some("ministry-of-the-interior"),
            ),
            ("행정자치부", Some("ministry-of-the-interior")),
            (
                "Ministry of the Interior, Republic of Korea",
                Some("ministry-of-the-interior"),
            ),
            (
                "Ministry of the Interior (Korea)",
                Some("ministry-of-the-interior"),
            ),
            ("행정자치부(대한민국)", Some("ministry-of-the-interior")),
            // a country is not a publisher, and a header's tail alone names none
            ("Republic of Korea", None),
            ("Press office, Ministry of the Interior", None),
            (", ", None),
            ("", None),
        ] {
            assert_eq!(found(header).as_deref(), want, "{header:?}");
        }
    }

    #[test]
    fn decimals() {
        for (s, ok) in [
            ("4820", true),
            ("0.9010", true),
            ("-1.5", true),
            ("+.5", true),
            ("5.", true),
            ("", false),
            (".", false),
            ("1,200", false),
            ("1e3", false),
            ("--1", false),
        ] {
            assert_eq!(is_decimal(s), ok, "{s:?}");
        }
    }

    #[test]
    fn dates_are_typed_by_precision() {
        for (d, lexical, datatype) in [
            (DateValue::Year(2018), "2018", xsd::G_YEAR),
            (DateValue::YearMonth(2017, 3), "2017-03", xsd::G_YEAR_MONTH),
            (DateValue::Date(2017, 3, 24), "2017-03-24", xsd::DATE),
        ] {
            let l = date_literal(d);
            assert_eq!((l.value(), l.datatype()), (lexical, datatype));
        }
    }

    #[test]
    fn gazetteer_entity_with_record() {
        let iris = iris();
        let mut old = entity(
            EntityKind::Organization,
            "ministry-of-old-examples",
            "Ministry of Old Examples",
            "구예시부",
        );
        old.government = true;
        old.alt_labels = vec![Label::new("MOE", Lang::En)];
        old.wikidata = Some("Q1".into());
        let record = GazetteerRecord {
            from: Some(DateValue::YearMonth(2014, 11)),
            until: Some(DateValue::YearMonth(2017, 7)),
            succeeded_by: Some(key(EntityKind::Organization, "ministry-of-examples")),
            ..GazetteerRecord::default()
        };
        let mut country = entity(EntityKind::Country, "kr", "Republic of Korea", "대한민국");
        country.iso_code = Some("kr".into());
        let mut q = Quads::new(&iris.gazetteer_graph());
        let g = Gazetteer::default();
        describe_gazetteer_entity(&mut q, &iris, &g, &old, Some(&record));
        describe_gazetteer_entity(&mut q, &iris, &g, &country, None);
        // No blank nodes here: sorted N-Quads lines are canonical.
        let mut lines: Vec<String> = q.finish().iter().map(|q| format!("{q} .")).collect();
        lines.sort();
        let s = format!("<{BASE}id/org/ministry-of-old-examples>");
        let g = format!("<{BASE}graph/gazetteer>");
        for want in [
            format!(
                "{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/GovernmentOrganization> {g} ."
            ),
            format!(
                "{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization> {g} ."
            ),
            format!("{s} <http://www.w3.org/2004/02/skos/core#altLabel> \"MOE\"@en {g} ."),
            format!(
                "{s} <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1> {g} ."
            ),
            format!(
                "{s} <https://w3id.org/noticegraph/ns#validFrom> \"2014-11\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> {g} ."
            ),
            format!(
                "{s} <https://w3id.org/noticegraph/ns#validUntil> \"2017-07\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> {g} ."
            ),
            format!(
                "{s} <https://w3id.org/noticegraph/ns#succeededBy> <{BASE}id/org/ministry-of-examples> {g} ."
            ),
            format!(
                "<{BASE}id/country/kr> <https://w3id.org/noticegraph/ns#iso3166Code> \"KR\" {g} ."
            ),
        ] {
            assert!(
                lines.contains(&want),
                "missing {want}\nin:\n{}",
                lines.join("\n")
            );
        }
        assert_eq!(lines.len(), 14, "{}", lines.join("\n"));
    }

    /// Runs on the built-in gazetteer (the `pipeline` branch); the stub here has none.
    #[test]
    fn builtin_gazetteer_maps_korea_with_iso_code_and_wikidata() {
        let iris = iris();
        let quads = gazetteer_quads(Gazetteer::builtin(), &iris);
        let kr = iris.entity(&key(EntityKind::Country, "kr"));
        let has = |p: NamedNodeRef<'_>, o: Term| {
            quads
                .iter()
                .any(|q| q.subject == kr.clone().into() && q.predicate == p && q.object == o)
        };
        assert!(has(
            ng::ISO3166_CODE,
            Literal::new_simple_literal("KR").into()
        ));
        assert!(has(owl::SAME_AS, vocab::wd("Q884").unwrap().into()));
        assert!(has(rdf::TYPE, schema::COUNTRY.into_owned().into()));
        let graph: GraphName = iris.gazetteer_graph().into();
        assert!(quads.iter().all(|q| q.graph_name == graph));
    }

    /// A renamed body: each period points to the one body by `prov:specializationOf`,
    /// the body lists every name with its period, and each renaming is an
    /// `org:ChangeEvent` between two periods.
    #[test]
    fn renamed_body_periods_point_to_the_body() {
        let iris = iris();
        let quads = gazetteer_quads(Gazetteer::builtin(), &iris);
        let lineage = key(
            EntityKind::Organization,
            "ministry-of-the-interior-and-safety-and-its-predecessors",
        );
        let body = iris.entity(&lineage);
        let has = |s: &NamedNode, p: NamedNodeRef<'_>, o: Term| {
            quads
                .iter()
                .any(|q| q.subject == s.clone().into() && q.predicate == p && q.object == o)
        };
        let periods = [
            "ministry-of-government-administration-and-home-affairs",
            "ministry-of-public-administration-and-security",
            "ministry-of-security-and-public-administration",
            "ministry-of-the-interior",
            "ministry-of-the-interior-and-safety",
        ];
        for slug in periods {
            let period = iris.entity(&key(EntityKind::Organization, slug));
            assert!(
                has(&period, prov::SPECIALIZATION_OF, body.clone().into()),
                "{slug}"
            );
        }
        assert!(has(&body, rdf::TYPE, org::ORGANIZATION.into_owned().into()));
        for (text, lang) in [
            ("행정자치부 (1998-02–2008-02)", "ko"),
            ("행정자치부 (2014-11–2017-07)", "ko"),
            ("Ministry of the Interior and Safety (2017-07–)", "en"),
        ] {
            assert!(
                has(&body, skos::ALT_LABEL, tagged(text, lang).into()),
                "{text}"
            );
        }
        let change = NamedNode::new_unchecked(format!("{}#renaming-2008-02", body.as_str()));
        let first = iris.entity(&key(EntityKind::Organization, periods[0]));
        let second = iris.entity(&key(EntityKind::Organization, periods[1]));
        assert!(has(
            &change,
            rdf::TYPE,
            org::CHANGE_EVENT.into_owned().into()
        ));
        assert!(has(
            &change,
            org::ORIGINAL_ORGANIZATION,
            first.clone().into()
        ));
        assert!(has(
            &change,
            org::RESULTING_ORGANIZATION,
            second.clone().into()
        ));
        assert!(has(&first, org::CHANGED_BY, change.clone().into()));
        assert!(has(&second, org::RESULTED_FROM, change.clone().into()));
        // The body's own labels are never matched in text.
        let found = Gazetteer::builtin().find(
            "Ministry of the Interior and Safety and its predecessors",
            crate::model::Lang::En,
            None,
        );
        assert!(found.iter().all(|m| m.key != lineage), "{found:?}");
    }

    /// Review of `ingest --output`: two batch runs over the same input differed because
    /// the `owl:oneOf` list's blank nodes got random labels on every parse.
    #[test]
    fn ontology_blank_nodes_have_the_same_labels_on_every_call() {
        let first = ontology_quads(&iris()).unwrap();
        assert_eq!(first, ontology_quads(&iris()).unwrap());
        let blank: BTreeSet<String> = first
            .iter()
            .flat_map(|q| [q.subject.to_string(), q.object.to_string()])
            .filter(|t| t.starts_with("_:"))
            .collect();
        // the two cells of `owl:oneOf ( ng:Planned ng:Held )`
        assert_eq!(blank.len(), 2, "{blank:?}");
        for label in &blank {
            assert!(
                label.starts_with("_:ontology-") && label.len() == "_:ontology-".len() + 18,
                "{label}"
            );
        }
    }

    #[test]
    fn ontology_parses_into_the_ontology_graph() {
        let iris = iris();
        let quads = ontology_quads(&iris).unwrap();
        let graph: GraphName = iris.ontology_graph().into();
        assert!(!quads.is_empty());
        assert!(quads.iter().all(|q| q.graph_name == graph));
    }

    /// STYLE rule 7: every vocabulary term is declared in `ontology/noticegraph.ttl` with
    /// an English and a Korean label; every `ng:` term also has comments in both.
    #[test]
    fn every_vocabulary_term_is_labelled_in_the_ontology() {
        let quads = ontology_quads(&iris()).unwrap();
        let langs_of = |term: NamedNodeRef<'_>, property: NamedNodeRef<'_>| -> BTreeSet<String> {
            quads
                .iter()
                .filter(|q| q.subject == term.into_owned().into() && q.predicate == property)
                .filter_map(|q| match q.object.as_ref() {
                    TermRef::Literal(l) => l.language().map(str::to_string),
                    _ => None,
                })
                .collect()
        };
        let both: BTreeSet<String> = ["en".to_string(), "ko".to_string()].into();
        let mut problems = Vec::new();
        for term in vocab::labelled_terms() {
            if langs_of(term, rdfs::LABEL) != both {
                problems.push(format!("{term}: rdfs:label not in exactly en and ko"));
            }
        }
        for &term in ng::ALL {
            if langs_of(term, rdfs::COMMENT) != both {
                problems.push(format!("{term}: rdfs:comment not in exactly en and ko"));
            }
            let declared = quads
                .iter()
                .any(|q| q.subject == term.into_owned().into() && q.predicate == rdf::TYPE);
            if !declared {
                problems.push(format!("{term}: no rdf:type"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The reverse check: the ontology declares no `ng:` term that vocab.rs lacks (a typo
    /// in either file would otherwise go unnoticed).
    #[test]
    fn ontology_declares_no_unknown_ng_terms() {
        let quads = ontology_quads(&iris()).unwrap();
        let known: HashSet<&str> = ng::ALL.iter().map(|t| t.as_str()).collect();
        for q in &quads {
            let terms = [Some(q.subject.to_string()), Some(q.object.to_string())];
            for t in terms.into_iter().flatten() {
                let t = t.trim_start_matches('<').trim_end_matches('>');
                if t.starts_with(ng::NS) {
                    assert!(known.contains(t), "ontology uses {t}, unknown to vocab::ng");
                }
            }
        }
    }
}
