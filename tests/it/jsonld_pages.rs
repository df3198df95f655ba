//! The schema.org JSON-LD every page embeds, and its RDF alternates, checked against the
//! graph behind the real server (`support::serve`). The store holds the HTTP fixtures
//! (`tests/fixtures/*.trig`, our own wording) with their base IRI moved to the server's
//! origin, so every kind of page (event, series, organization, country, city, person,
//! post, topic, notice, home) has known facts to compare with.
//!
//! The JSON-LD is read twice: as JSON (its `@type` and key values, in Korean and English)
//! and as RDF with oxigraph's JSON-LD parser. The pages' `@context` is
//! `"https://schema.org"`, which cannot be fetched here (no network), so the parser gets a
//! local stand-in for it through its document loader ([`SCHEMA_CONTEXT`]): `@vocab` is
//! `https://schema.org/` (the namespace our RDF uses, so the triples join it) and `url`
//! and `sameAs` take IRIs, as in schema.org's own context. Every triple must then use a
//! schema.org term we allow ([`DOMAINS`]), with a subject of a type in the term's domain
//! and an object of a type in its range ([`RANGES`]), and every statement about one of
//! our things must be backed by the graph ([`graph_path`]).

use crate::support::{Answer, agent, encode, serve, try_send, values};
use noticegraph::config::Config;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::App;
use oxigraph::io::{JsonLdProfile, JsonLdProfileSet, LoadedDocument, RdfFormat, RdfParser};
use oxigraph::model::{Literal, NamedOrBlankNode, Quad, Term, Triple};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The fixtures' base IRI, replaced by the server's origin.
const FIXTURE_BASE: &str = "http://127.0.0.1:8080/";

/// One more statement of the kind extraction makes: a ranking result (a fragment of its
/// notice's IRI, with no page of its own) about a topic. The topic's JSON-LD leaves it out.
const RANKING_ABOUT_TOPIC: &str = "<http://127.0.0.1:8080/graph/notice/survey-news> {
  <http://127.0.0.1:8080/id/notice/survey-news#ranking-3>
    <https://schema.org/about> <http://127.0.0.1:8080/id/topic/digital-government> .
}";

/// The local stand-in for `https://schema.org`'s JSON-LD context (see the module docs).
const SCHEMA_CONTEXT: &str = r#"{"@context": {
  "@vocab": "https://schema.org/",
  "url": {"@type": "@id"},
  "sameAs": {"@type": "@id"}
}}"#;

const SCHEMA: &str = "https://schema.org/";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// The schema.org terms a page may use, each with its domain (the types a subject may
/// have, with subtypes, see [`supertypes`]), as schema.org defines them.
const DOMAINS: &[(&str, &[&str])] = &[
    ("name", &["Thing"]),
    ("alternateName", &["Thing"]),
    ("url", &["Thing"]),
    ("sameAs", &["Thing"]),
    ("subjectOf", &["Thing"]),
    ("headline", &["CreativeWork"]),
    ("datePublished", &["CreativeWork"]),
    ("inLanguage", &["CreativeWork", "Event"]),
    ("publisher", &["CreativeWork"]),
    ("about", &["CreativeWork", "Event"]),
    ("mentions", &["CreativeWork"]),
    ("isBasedOn", &["CreativeWork"]),
    ("isPartOf", &["CreativeWork"]),
    ("mainEntity", &["CreativeWork"]),
    ("startDate", &["Event"]),
    ("endDate", &["Event"]),
    ("location", &["Event"]),
    ("organizer", &["Event"]),
    ("attendee", &["Event"]),
    ("superEvent", &["Event"]),
    ("subEvent", &["Event"]),
    ("eventStatus", &["Event"]),
    ("containedInPlace", &["Place"]),
    ("containsPlace", &["Place"]),
    ("parentOrganization", &["Organization"]),
    ("subOrganization", &["Organization"]),
    ("employee", &["Organization"]),
    ("foundingDate", &["Organization"]),
    ("dissolutionDate", &["Organization"]),
    ("jobTitle", &["Person"]),
    ("worksFor", &["Person"]),
    ("itemListElement", &["ItemList"]),
];

/// The ranges of the terms whose values are typed nodes (others are text, dates, URLs or
/// any `Thing`). `organizer` and `attendee` also take an `AdministrativeArea` (a
/// `Country`, a `City`): the graph records a country or a city hosting or taking part
/// (through its government); schema.org's expected types are `Organization` and
/// `Person`, and it allows other types where they fit.
const RANGES: &[(&str, &[&str])] = &[
    ("location", &["Place"]),
    (
        "organizer",
        &["Organization", "Person", "AdministrativeArea"],
    ),
    (
        "attendee",
        &["Organization", "Person", "AdministrativeArea"],
    ),
    ("superEvent", &["Event"]),
    ("subEvent", &["Event"]),
    ("subjectOf", &["CreativeWork", "Event"]),
    ("containedInPlace", &["Place"]),
    ("containsPlace", &["Place"]),
    ("parentOrganization", &["Organization"]),
    ("subOrganization", &["Organization"]),
    ("employee", &["Person"]),
    ("worksFor", &["Organization"]),
    ("jobTitle", &["DefinedTerm"]),
    ("publisher", &["Organization", "Person"]),
    ("isPartOf", &["CreativeWork"]),
];

/// The schema.org types a page may use, each with its supertypes up to `Thing`.
fn supertypes(t: &str) -> &'static [&'static str] {
    match t {
        "Thing" => &["Thing"],
        "Organization" => &["Organization", "Thing"],
        "Person" => &["Person", "Thing"],
        "Place" => &["Place", "Thing"],
        "AdministrativeArea" => &["AdministrativeArea", "Place", "Thing"],
        "Country" => &["Country", "AdministrativeArea", "Place", "Thing"],
        "City" => &["City", "AdministrativeArea", "Place", "Thing"],
        "Event" => &["Event", "Thing"],
        "EventSeries" => &["EventSeries", "Event", "Series", "Intangible", "Thing"],
        "DefinedTerm" => &["DefinedTerm", "Intangible", "Thing"],
        "NewsArticle" => &["NewsArticle", "Article", "CreativeWork", "Thing"],
        "WebPage" => &["WebPage", "CreativeWork", "Thing"],
        "SearchResultsPage" => &["SearchResultsPage", "WebPage", "CreativeWork", "Thing"],
        "WebSite" => &["WebSite", "CreativeWork", "Thing"],
        "ItemList" => &["ItemList", "Intangible", "Thing"],
        other => panic!("schema:{other} is not a type the pages may use"),
    }
}

/// The graph pattern (a SPARQL property path) that backs a JSON-LD statement about one
/// of our things; `None` for terms checked otherwise (`url`, `@type`).
fn graph_path(term: &str) -> Option<&'static str> {
    Some(match term {
        "name" => "rdfs:label|schema:headline",
        "alternateName" => "rdfs:label|skos:altLabel",
        "headline" => "schema:headline",
        "datePublished" => "schema:datePublished",
        "inLanguage" => "schema:inLanguage",
        "startDate" => "schema:startDate",
        "endDate" => "schema:endDate",
        "sameAs" => "owl:sameAs",
        "subjectOf" => "^schema:mentions",
        "publisher" => "schema:publisher",
        // a notice is about the events it reports (the graph: `schema:mentions`)
        "about" => "schema:about|schema:mentions",
        "mentions" => "schema:mentions",
        "isBasedOn" => "dct:source",
        "location" => "schema:location",
        "organizer" => "schema:organizer",
        "attendee" => "schema:attendee",
        "superEvent" => "schema:superEvent",
        "subEvent" => "^schema:superEvent",
        "eventStatus" => "ng:eventStatus",
        "containedInPlace" => "schema:containedInPlace",
        "containsPlace" => "^schema:containedInPlace",
        "parentOrganization" => "org:subOrganizationOf",
        "subOrganization" => "^org:subOrganizationOf",
        "employee" => "^org:postIn/^org:holds",
        "jobTitle" => "org:holds",
        "worksFor" => "org:holds/org:postIn",
        _ => return None,
    })
}

/// The terms whose values are labels, in the page's language unless tagged.
const NAMES: &[&str] = &["name", "alternateName", "headline"];

const PREFIXES: &str = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX ng: <https://w3id.org/noticegraph/ns#>
";

/// The pages checked (their path after `/{lang}/`) and the schema.org type of their
/// main node.
const PAGES: &[(&str, &str)] = &[
    ("", "WebPage"),
    ("event/oecd-e-leaders-meeting-2018", "Event"),
    ("event/oecd-e-leaders-meeting-2017", "Event"),
    ("event/oecd-confirms-2018-host", "Event"),
    ("event/global-e-services-survey-2020", "Event"),
    ("series/oecd-e-leaders-meeting", "EventSeries"),
    ("org/oecd", "Organization"),
    ("org/ministry-of-the-interior", "Organization"),
    ("country/kr", "Country"),
    ("country/ee", "Country"),
    ("city/tallinn", "City"),
    ("person/hong-yun-sik", "Person"),
    ("person/angel-gurria", "Person"),
    ("post/minister-of-the-interior", "DefinedTerm"),
    ("topic/digital-government", "DefinedTerm"),
    ("topic/script-probe", "DefinedTerm"),
    ("notices/mois-2017-e-leaders", "NewsArticle"),
    ("notices/survey-news", "NewsArticle"),
];

/// The app on an in-memory store holding both fixtures and [`RANKING_ABOUT_TOPIC`], IRIs
/// under `origin/`.
fn fixture_app(origin: &str) -> App {
    let base = format!("{origin}/");
    let config = Config {
        base_iri: base.clone(),
        ..Config::default()
    };
    let texts: Vec<String> = [
        include_str!("../fixtures/e-leaders-2018.trig"),
        include_str!("../fixtures/rankings.trig"),
        RANKING_ABOUT_TOPIC,
    ]
    .iter()
    .map(|fixture| fixture.replace(FIXTURE_BASE, &base))
    .collect();
    let store = crate::support::store_of(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    App {
        iris: Iris::new(&config.base_iri).unwrap(),
        config,
        store,
        gazetteer: Box::leak(Box::new(Gazetteer::default())),
        localizer: Localizer::new().unwrap(),
        void_cache: Default::default(),
        metrics: Default::default(),
    }
}

/// The app `serve` builds on a first start, with IRIs under `origin/`: the background
/// graphs (ontology, gazetteer) and the sample notices of `data/notices` through the real
/// pipeline. Panics when a sample does not ingest.
fn seeded_app(origin: &str) -> App {
    let config = Config {
        base_iri: format!("{origin}/"),
        ..Config::default()
    };
    let store = crate::support::seeded_store(&config);
    crate::support::app_on(config, store)
}

/// The origin of the one server these tests share.
fn origin() -> &'static str {
    static ORIGIN: OnceLock<String> = OnceLock::new();
    ORIGIN.get_or_init(|| serve(fixture_app))
}

/// `GET {origin}{path}` of the fixture server ([`fetch_at`]).
fn fetch(path: &str) -> Answer {
    fetch_at(origin(), path)
}

/// `GET {origin}{path}`, panicking when no answer comes.
fn fetch_at(origin: &str, path: &str) -> Answer {
    try_send(&agent(), "GET", &format!("{origin}{path}"), &[], Vec::new())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The HTML page `/{lang}/{page}`, which must answer `200`.
fn html(lang: &str, page: &str) -> String {
    let answer = fetch(&format!("/{lang}/{page}"));
    assert_eq!(answer.status, 200, "/{lang}/{page}: {}", answer.body);
    answer.body
}

/// The text of the page's `<script type="application/ld+json">` element, up to the first
/// `</script>` (where a browser ends it).
fn script(html: &str) -> &str {
    let open = r#"<script type="application/ld+json">"#;
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("no JSON-LD: {html}"))
        + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    &html[start..end]
}

/// The page's JSON-LD as JSON. Panics when it does not parse.
fn json_ld(lang: &str, page: &str) -> Value {
    let html = html(lang, page);
    let text = script(&html);
    serde_json::from_str(text).unwrap_or_else(|e| panic!("/{lang}/{page}: {e}\n{text}"))
}

/// The page's JSON-LD as RDF, `https://schema.org` resolved to [`SCHEMA_CONTEXT`].
fn triples(json: &str) -> Vec<Triple> {
    RdfParser::from_format(RdfFormat::JsonLd {
        profile: JsonLdProfileSet::empty(),
    })
    .for_slice(json.as_bytes())
    .with_document_loader(|url| {
        if url.trim_end_matches('/') != "https://schema.org" {
            return Err(format!("no network in tests: {url}").into());
        }
        Ok(LoadedDocument {
            url: url.to_string(),
            content: SCHEMA_CONTEXT.as_bytes().to_vec(),
            format: RdfFormat::JsonLd {
                profile: JsonLdProfile::Context.into(),
            },
        })
    })
    .map(|q| q.map(Triple::from))
    .collect::<Result<_, _>>()
    .unwrap_or_else(|e| panic!("{e}\n{json}"))
}

/// Every IRI of the graph behind `origin` (subjects and objects).
fn graph_iris(origin: &str) -> BTreeSet<String> {
    values(
        origin,
        "SELECT DISTINCT ?v WHERE { { ?v ?p ?o } UNION { ?s ?p ?v } FILTER(isIRI(?v)) }",
    )
    .into_iter()
    .collect()
}

/// `true` when the graph behind `origin` answers `ASK { pattern }` (with [`PREFIXES`])
/// with yes.
fn ask(origin: &str, pattern: &str) -> bool {
    let query = format!("{PREFIXES}ASK {{ {pattern} }}");
    let answer = fetch_at(origin, &format!("/sparql?query={}", encode(&query)));
    assert_eq!(answer.status, 200, "{query}\n{}", answer.body);
    answer.json()["boolean"]
        .as_bool()
        .unwrap_or_else(|| panic!("{query}: {}", answer.body))
}

/// Every `@id` in a JSON-LD value.
fn ids(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("@id", Value::String(id)) => out.push(id.clone()),
                    _ => ids(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| ids(v, out)),
        _ => {}
    }
}

/// The local name of a schema.org IRI; panics for any other IRI.
fn schema_term(iri: &str) -> &str {
    iri.strip_prefix(SCHEMA)
        .unwrap_or_else(|| panic!("{iri} is not a schema.org term"))
}

/// The page URL of `iri`, one of the things of the server at `origin`, in `lang`.
fn page_url(origin: &str, iri: &str, lang: &str) -> String {
    let rest = iri
        .strip_prefix(&format!("{origin}/id/"))
        .unwrap_or_else(|| panic!("{iri} is not ours"));
    let rest = rest.replacen("notice/", "notices/", 1);
    format!("{origin}/{lang}/{rest}")
}

/// The checks the JSON-LD (`json`) of the page at `path` (in `lang`) of the server at
/// `origin` passes as RDF: allowed terms and types, domains and ranges, `@id`s among the graph's
/// IRIs (`iris`), statements backed by the graph, `url`s of pages. Returns the problems.
fn check_rdf(
    origin: &str,
    iris: &BTreeSet<String>,
    lang: &str,
    path: &str,
    json: &str,
) -> Vec<String> {
    let triples = triples(json);
    let mut problems = Vec::new();
    let mut types: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for t in &triples {
        if t.predicate.as_str() == RDF_TYPE {
            let Term::NamedNode(class) = &t.object else {
                panic!("{t}");
            };
            let class = schema_term(class.as_str()).to_string();
            supertypes(&class);
            types.entry(t.subject.to_string()).or_default().push(class);
        }
    }
    let is_a = |node: &str, allowed: &[&str]| {
        types.get(node).is_none_or(|ts| {
            ts.iter()
                .any(|t| supertypes(t).iter().any(|s| allowed.contains(s)))
        })
    };
    for t in &triples {
        if t.predicate.as_str() == RDF_TYPE {
            continue;
        }
        let term = schema_term(t.predicate.as_str());
        let Some((_, domain)) = DOMAINS.iter().find(|(name, _)| *name == term) else {
            problems.push(format!("{path}: schema:{term} is not an allowed term: {t}"));
            continue;
        };
        if !is_a(&t.subject.to_string(), domain) {
            problems.push(format!(
                "{path}: {t}: subject outside the domain {domain:?}"
            ));
        }
        if let Some((_, range)) = RANGES.iter().find(|(name, _)| *name == term) {
            if !is_a(&t.object.to_string(), range) {
                problems.push(format!("{path}: {t}: object outside the range {range:?}"));
            }
        }
        let NamedOrBlankNode::NamedNode(subject) = &t.subject else {
            continue; // a blank node: the home page's lists, a publisher known by name
        };
        if term == "url" {
            if t.object.to_string() != format!("<{}>", page_url(origin, subject.as_str(), lang)) {
                problems.push(format!("{path}: {t}: not the thing's {lang} page"));
            }
            continue;
        }
        let Some(backing) = graph_path(term) else {
            continue;
        };
        let pattern = match &t.object {
            Term::Literal(l) => {
                // a name in the page's language is a plain string; one in the other
                // language carries its tag: either way the graph's label has that language
                let language = match l.language() {
                    Some(tag) => format!("LANGMATCHES(LANG(?v), \"{tag}\")"),
                    None if NAMES.contains(&term) => {
                        format!("(LANG(?v) = \"\" || LANGMATCHES(LANG(?v), \"{lang}\"))")
                    }
                    None => "true".to_string(),
                };
                format!(
                    "{subject} {backing} ?v FILTER(STR(?v) = {} && {language})",
                    Literal::new_simple_literal(l.value())
                )
            }
            Term::NamedNode(n) if term == "eventStatus" => {
                assert_eq!(n.as_str(), "https://schema.org/EventScheduled", "{t}");
                format!("{subject} {backing} ?status")
            }
            object => format!("{subject} {backing} {object}"),
        };
        if !ask(origin, &pattern) {
            problems.push(format!("{path}: not in the graph: {t}"));
        }
    }
    let mut all = Vec::new();
    ids(&serde_json::from_str(json).unwrap(), &mut all);
    for id in all {
        if !iris.contains(&id) && id != "https://schema.org/EventScheduled" {
            problems.push(format!("{path}: @id {id} is not an IRI of the graph"));
        }
    }
    problems
}

#[test]
fn every_page_embeds_json_ld_that_the_graph_backs() {
    let iris = graph_iris(origin());
    let mut problems = Vec::new();
    for lang in ["ko", "en"] {
        for (page, schema_type) in PAGES {
            let html = html(lang, page);
            let json = script(&html);
            let value: Value = serde_json::from_str(json)
                .unwrap_or_else(|e| panic!("/{lang}/{page}: {e}\n{json}"));
            assert_eq!(value["@context"], "https://schema.org", "/{lang}/{page}");
            assert_eq!(value["@type"], *schema_type, "/{lang}/{page}: {value}");
            if !page.is_empty() {
                let kind_slug = page.replacen("notices/", "notice/", 1);
                assert_eq!(
                    value["@id"],
                    format!("{}/id/{kind_slug}", origin()),
                    "/{lang}/{page}"
                );
            }
            assert_eq!(
                value["url"],
                format!("{}/{lang}/{page}", origin()),
                "/{lang}/{page}"
            );
            let path = format!("/{lang}/{page}");
            problems.extend(check_rdf(origin(), &iris, lang, &path, json));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A label in another language than the page's, as the JSON-LD gives it.
fn tagged(text: &str, lang: &str) -> Value {
    serde_json::json!({"@value": text, "@language": lang})
}

/// The text of a JSON-LD string or value object; empty for anything else.
fn plain(value: &Value) -> &str {
    value
        .as_str()
        .or_else(|| value["@value"].as_str())
        .unwrap_or_default()
}

/// The label of the hostile topic.
const HOSTILE: &str = "<script>alert(1)</script>";

/// The page path of `iri` (`{origin}/id/{kind}/{slug}`) in `lang`, its slug
/// percent-encoded as a link carries it.
fn page_path(origin: &str, iri: &str, lang: &str) -> String {
    let rest = iri
        .strip_prefix(&format!("{origin}/id/"))
        .unwrap_or_else(|| panic!("{iri} is not ours"));
    let (kind, slug) = rest.split_once('/').unwrap();
    let slug = encode(&percent_encoding::percent_decode_str(slug).decode_utf8_lossy());
    match kind {
        "notice" => format!("/{lang}/notices/{slug}"),
        _ => format!("/{lang}/{kind}/{slug}"),
    }
}

/// What extraction put in the store, not a fixture: every sample notice and every thing
/// it mentions gets Korean and English pages whose JSON-LD the graph backs.
#[test]
fn seeded_pages_json_ld_is_backed_by_the_graph() {
    let origin = serve(seeded_app);
    let iris = graph_iris(&origin);
    let things = values(
        &origin,
        &format!(
            "PREFIX schema: <https://schema.org/>
             SELECT DISTINCT ?v WHERE {{
               {{ ?v a schema:NewsArticle }} UNION {{ ?n a schema:NewsArticle ; schema:mentions ?v }}
               FILTER(STRSTARTS(STR(?v), \"{origin}/id/\"))
             }}"
        ),
    );
    assert!(things.len() > 10, "{things:?}");
    let mut problems = Vec::new();
    for thing in &things {
        for lang in ["ko", "en"] {
            let path = page_path(&origin, thing, lang);
            let answer = fetch_at(&origin, &path);
            assert_eq!(answer.status, 200, "{path}");
            let json = script(&answer.body);
            let value: Value =
                serde_json::from_str(json).unwrap_or_else(|e| panic!("{path}: {e}\n{json}"));
            assert_eq!(value["@id"], thing.as_str(), "{path}");
            problems.extend(check_rdf(&origin, &iris, lang, &path, json));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The `@id`s of the nodes in `value` (an array of nodes, or one), sorted.
fn node_ids(value: &Value) -> Vec<String> {
    let mut out: Vec<String> = match value {
        Value::Array(items) => items
            .iter()
            .filter_map(|i| i["@id"].as_str().map(str::to_string))
            .collect(),
        Value::Object(_) => value["@id"]
            .as_str()
            .map(str::to_string)
            .into_iter()
            .collect(),
        _ => Vec::new(),
    };
    out.sort();
    out
}

/// `{origin}/id/{path}` for each of `paths`, sorted.
fn our(paths: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = paths
        .iter()
        .map(|p| format!("{}/id/{p}", origin()))
        .collect();
    out.sort();
    out
}

/// The node in array `value` with `@id` `{origin}/id/{path}`.
fn find<'a>(value: &'a Value, path: &str) -> &'a Value {
    let id = format!("{}/id/{path}", origin());
    value
        .as_array()
        .and_then(|a| a.iter().find(|n| n["@id"] == id.as_str()))
        .unwrap_or_else(|| panic!("{id} not in {value}"))
}

#[test]
fn event_json_ld_has_its_places_hosts_participants_topics_series_and_notices() {
    let ko = json_ld("ko", "event/oecd-e-leaders-meeting-2018");
    assert_eq!(ko["name"], "2018 OECD 이-리더스 회의");
    assert_eq!(
        ko["alternateName"],
        serde_json::json!([tagged("OECD E-Leaders Meeting 2018", "en")])
    );
    assert_eq!(ko["startDate"], "2018");
    assert_eq!(node_ids(&ko["location"]), our(&["country/kr"]));
    assert_eq!(ko["location"][0]["@type"], "Country");
    assert_eq!(ko["location"][0]["name"], "대한민국");
    assert_eq!(node_ids(&ko["organizer"]), our(&["country/kr"]));
    assert_eq!(node_ids(&ko["attendee"]), our(&["country/ee", "org/oecd"]));
    assert_eq!(find(&ko["attendee"], "org/oecd")["@type"], "Organization");
    assert_eq!(
        find(&ko["attendee"], "org/oecd")["name"],
        "경제협력개발기구"
    );
    assert_eq!(
        node_ids(&ko["about"]),
        our(&["topic/digital-government", "topic/script-probe"])
    );
    assert_eq!(
        node_ids(&ko["superEvent"]),
        our(&["series/oecd-e-leaders-meeting"])
    );
    assert_eq!(ko["superEvent"][0]["@type"], "EventSeries");
    assert_eq!(
        ko["eventStatus"]["@id"],
        "https://schema.org/EventScheduled"
    );
    assert_eq!(
        node_ids(&ko["subjectOf"]),
        our(&["notice/mois-2017-e-leaders"])
    );
    let notice = &ko["subjectOf"][0];
    assert_eq!(notice["@type"], "NewsArticle");
    // an English notice on the Korean page: its headline keeps its language
    assert_eq!(
        notice["headline"],
        tagged("Korea picked to host the 2018 OECD E-Leaders Meeting", "en")
    );
    assert_eq!(notice["datePublished"], "2017-04-04");
    assert_eq!(
        notice["url"],
        format!("{}/ko/notices/mois-2017-e-leaders", origin())
    );

    let en = json_ld("en", "event/oecd-e-leaders-meeting-2018");
    assert_eq!(en["name"], "OECD E-Leaders Meeting 2018");
    assert_eq!(
        en["alternateName"],
        serde_json::json!([tagged("2018 OECD 이-리더스 회의", "ko")])
    );
    assert_eq!(en["location"][0]["name"], "Republic of Korea");
    assert_eq!(
        en["location"][0]["url"],
        format!("{}/en/country/kr", origin())
    );

    // a name known only in the other language keeps its language
    let ko = json_ld("ko", "event/oecd-e-leaders-meeting-2017");
    assert_eq!(ko["name"], tagged("OECD E-Leaders Meeting 2017", "en"));
    assert_eq!(ko["location"][0]["name"], "탈린");
    // a city: with the country it lies in
    let en = json_ld("en", "event/oecd-e-leaders-meeting-2017");
    assert_eq!(en["name"], "OECD E-Leaders Meeting 2017");
    let tallinn = &en["location"][0];
    assert_eq!(tallinn["@type"], "City");
    assert_eq!(tallinn["name"], "Tallinn");
    assert_eq!(node_ids(&tallinn["containedInPlace"]), our(&["country/ee"]));
    assert_eq!(tallinn["containedInPlace"][0]["name"], "Estonia");
    // a person taking part, a day-precision date
    let ko = json_ld("ko", "event/oecd-confirms-2018-host");
    assert_eq!(ko["startDate"], "2017-03-24");
    assert_eq!(node_ids(&ko["attendee"]), our(&["person/angel-gurria"]));
    assert_eq!(ko["attendee"][0]["@type"], "Person");
    assert_eq!(ko["attendee"][0]["name"], "앙헬 구리아");
}

#[test]
fn series_organization_and_person_json_ld() {
    let series = json_ld("en", "series/oecd-e-leaders-meeting");
    assert_eq!(series["name"], "OECD E-Leaders Meeting");
    assert_eq!(
        node_ids(&series["subEvent"]),
        our(&[
            "event/oecd-e-leaders-meeting-2017",
            "event/oecd-e-leaders-meeting-2018"
        ])
    );
    assert_eq!(node_ids(&series["organizer"]), our(&["org/oecd"]));

    let oecd = json_ld("ko", "org/oecd");
    assert_eq!(oecd["name"], "경제협력개발기구");
    let alternate = oecd["alternateName"].as_array().unwrap();
    for name in [
        "OECD",
        "Organisation for Economic Co-operation and Development",
    ] {
        assert!(alternate.contains(&tagged(name, "en")), "{alternate:?}");
    }
    assert_eq!(
        oecd["sameAs"],
        serde_json::json!(["http://www.wikidata.org/entity/Q41550"])
    );
    // what it organized and attended, without an inverse term in schema.org
    assert_eq!(
        node_ids(&oecd["@reverse"]["organizer"]),
        our(&[
            "event/oecd-confirms-2018-host",
            "series/oecd-e-leaders-meeting"
        ])
    );
    assert_eq!(
        node_ids(&oecd["@reverse"]["attendee"]),
        our(&["event/oecd-e-leaders-meeting-2018"])
    );
    // its officials, with their posts
    assert_eq!(node_ids(&oecd["employee"]), our(&["person/angel-gurria"]));
    let official = &oecd["employee"][0];
    assert_eq!(official["@type"], "Person");
    assert_eq!(official["name"], "앙헬 구리아");
    assert_eq!(
        official["jobTitle"]["@id"],
        format!("{}/id/post/oecd-secretary-general", origin())
    );
    assert_eq!(official["jobTitle"]["name"], "OECD 사무총장");

    let person = json_ld("en", "person/hong-yun-sik");
    assert_eq!(person["name"], "Hong Yun-sik");
    assert_eq!(
        person["alternateName"],
        serde_json::json!([tagged("홍윤식", "ko")])
    );
    assert_eq!(
        node_ids(&person["jobTitle"]),
        our(&["post/minister-of-the-interior"])
    );
    assert_eq!(person["jobTitle"][0]["name"], "Minister of the Interior");
    assert_eq!(
        node_ids(&person["worksFor"]),
        our(&["org/ministry-of-the-interior"])
    );
    let gurria = json_ld("ko", "person/angel-gurria");
    assert_eq!(
        node_ids(&gurria["@reverse"]["attendee"]),
        our(&["event/oecd-confirms-2018-host"])
    );
    let post = json_ld("ko", "post/minister-of-the-interior");
    assert_eq!(post["name"], "행정자치부 장관");
    assert_eq!(
        node_ids(&post["@reverse"]["jobTitle"]),
        our(&["person/hong-yun-sik"])
    );
}

#[test]
fn place_and_topic_json_ld() {
    let tallinn = json_ld("ko", "city/tallinn");
    assert_eq!(tallinn["name"], "탈린");
    assert_eq!(node_ids(&tallinn["containedInPlace"]), our(&["country/ee"]));
    assert_eq!(
        tallinn["sameAs"],
        serde_json::json!(["http://www.wikidata.org/entity/Q1770"])
    );
    assert_eq!(
        node_ids(&tallinn["@reverse"]["location"]),
        our(&["event/oecd-e-leaders-meeting-2017"])
    );
    let estonia = json_ld("en", "country/ee");
    assert_eq!(node_ids(&estonia["containsPlace"]), our(&["city/tallinn"]));
    assert_eq!(
        node_ids(&estonia["@reverse"]["organizer"]),
        our(&["event/oecd-e-leaders-meeting-2017"])
    );
    let korea = json_ld("en", "country/kr");
    assert_eq!(korea["name"], "Republic of Korea");
    assert_eq!(
        node_ids(&korea["@reverse"]["location"]),
        our(&["event/oecd-e-leaders-meeting-2018"])
    );
    assert_eq!(
        node_ids(&korea["subjectOf"]),
        our(&["notice/mois-2017-e-leaders", "notice/survey-news"])
    );
    // the event about the topic, not the ranking result (RANKING_ABOUT_TOPIC)
    let topic = json_ld("ko", "topic/digital-government");
    assert_eq!(topic["name"], "디지털 정부");
    assert_eq!(
        node_ids(&topic["@reverse"]["about"]),
        our(&["event/oecd-e-leaders-meeting-2018"])
    );
}

#[test]
fn notice_and_home_json_ld() {
    let en = json_ld("en", "notices/mois-2017-e-leaders");
    assert_eq!(
        en["headline"],
        "Korea picked to host the 2018 OECD E-Leaders Meeting"
    );
    assert_eq!(en["datePublished"], "2017-04-04");
    assert_eq!(en["inLanguage"], "en");
    assert_eq!(
        node_ids(&en["publisher"]),
        our(&["org/ministry-of-the-interior"])
    );
    assert_eq!(en["publisher"][0]["@type"], "Organization");
    assert_eq!(en["publisher"][0]["name"], "Ministry of the Interior");
    assert_eq!(
        node_ids(&en["about"]),
        our(&[
            "event/oecd-confirms-2018-host",
            "event/oecd-e-leaders-meeting-2017",
            "event/oecd-e-leaders-meeting-2018"
        ])
    );
    let mentions = node_ids(&en["mentions"]);
    for thing in our(&["country/kr", "city/tallinn", "person/hong-yun-sik"]) {
        assert!(mentions.contains(&thing), "{mentions:?}");
    }
    assert_eq!(
        en["isBasedOn"]["@id"],
        "http://example.org/notices/e-leaders-2018"
    );
    let ko = json_ld("ko", "notices/survey-news");
    assert_eq!(ko["headline"], "한국, 전자서비스 평가에서 다시 상위권");
    assert_eq!(ko["inLanguage"], "ko");
    assert_eq!(ko["publisher"][0]["name"], "행정자치부");

    let home = json_ld("ko", "");
    assert_eq!(home["inLanguage"], "ko");
    assert_eq!(home["isPartOf"]["@type"], "WebSite");
    let lists = home["mainEntity"].as_array().unwrap();
    assert_eq!(lists.len(), 2, "{home}");
    let notices = node_ids(&lists[0]["itemListElement"]);
    assert_eq!(
        notices,
        our(&[
            "notice/forum-note",
            "notice/mois-2017-e-leaders",
            "notice/survey-news"
        ])
    );
    assert!(
        node_ids(&lists[1]["itemListElement"]).contains(&format!(
            "{}/id/event/oecd-e-leaders-meeting-2018",
            origin()
        )),
        "{home}"
    );
}

/// The `<link rel="alternate" type=… href=…>` of a page with a media type, as
/// `(media type, href)` with the template's escapes undone.
fn alternates(html: &str) -> Vec<(String, String)> {
    let unescape = |s: &str| s.replace("&#x2f;", "/").replace("&amp;", "&");
    html.split("<link ")
        .skip(1)
        .filter_map(|rest| {
            let tag = &rest[..rest.find('>')?];
            let attr = |name: &str| {
                let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
                Some(unescape(&tag[start..start + tag[start..].find('"')?]))
            };
            (attr("rel")? == "alternate").then_some(())?;
            Some((attr("type")?, attr("href")?))
        })
        .collect()
}

#[test]
fn every_page_links_rdf_alternates_that_describe_its_thing() {
    for lang in ["ko", "en"] {
        for (page, _) in PAGES {
            let links = alternates(&html(lang, page));
            assert!(
                links.iter().any(|(t, _)| t == "text/turtle"),
                "/{lang}/{page}: {links:?}"
            );
            if !page.is_empty() {
                let types: BTreeSet<&str> = links.iter().map(|(t, _)| t.as_str()).collect();
                for t in ["text/turtle", "application/ld+json", "application/rdf+xml"] {
                    assert!(types.contains(t), "/{lang}/{page}: {links:?}");
                }
            }
            for (media_type, href) in &links {
                let answer = fetch(href);
                assert_eq!(answer.status, 200, "/{lang}/{page}: {href}");
                assert!(
                    answer
                        .header("content-type")
                        .starts_with(media_type.as_str()),
                    "{href}: {}",
                    answer.header("content-type")
                );
                let format = RdfFormat::from_media_type(media_type).unwrap();
                let quads: Vec<Quad> = RdfParser::from_format(format)
                    .with_base_iri(format!("{}{href}", origin()))
                    .unwrap()
                    .for_slice(&answer.bytes)
                    .collect::<Result<_, _>>()
                    .unwrap_or_else(|e| panic!("{href}: {e}\n{}", answer.body));
                if page.is_empty() {
                    assert!(!quads.is_empty(), "{href}");
                    continue;
                }
                let iri = format!(
                    "{}/id/{}",
                    origin(),
                    page.replacen("notices/", "notice/", 1)
                );
                let own = quads
                    .iter()
                    .filter(|q| matches!(&q.subject, NamedOrBlankNode::NamedNode(s) if s.as_str() == iri))
                    .count();
                assert!(own > 0, "{href}: no triples of {iri}\n{}", answer.body);
            }
        }
    }
}

#[test]
fn a_label_with_a_script_end_tag_stays_inside_the_json_ld() {
    for (page, hostile) in [
        ("topic/script-probe", "/name"),
        ("event/oecd-e-leaders-meeting-2018", "/about"),
    ] {
        for lang in ["ko", "en"] {
            let html = html(lang, page);
            let json = script(&html);
            assert!(!json.contains("</"), "/{lang}/{page}: {json}");
            let value: Value = serde_json::from_str(json).unwrap();
            let found = match value.pointer(hostile) {
                Some(Value::Array(nodes)) => nodes.iter().any(|n| plain(&n["name"]) == HOSTILE),
                Some(v) => plain(v) == HOSTILE,
                None => false,
            };
            assert!(found, "/{lang}/{page}: {value}");
        }
    }
}
