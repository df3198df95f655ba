//! `/.well-known/void`, `/ns` and `format=` over real HTTP: noticegraph's router on a
//! loopback port (as `w3c.rs` starts it) with an in-memory store holding
//! `tests/fixtures/e-leaders-2018.trig`, asked with `ureq`. VoID counts are checked
//! against the same counts asked of `/sparql`.

use crate::support::{Answer, encode};
use noticegraph::config::Config;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::App;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Term, Triple};
use std::sync::OnceLock;

const FIXTURE: &str = include_str!("../fixtures/e-leaders-2018.trig");
const VOID: &str = "http://rdfs.org/ns/void#";

/// The origin of the one test server (started on first use, lives as long as the process).
fn origin() -> &'static str {
    static ORIGIN: OnceLock<String> = OnceLock::new();
    ORIGIN.get_or_init(|| {
        crate::support::serve(|_| {
            // the fixture's IRIs are under the default base; the server keeps that base
            let config = Config::default();
            let store = crate::support::store_of(&[FIXTURE]);
            App {
                iris: Iris::new(&config.base_iri).unwrap(),
                config,
                store,
                gazetteer: Box::leak(Box::new(Gazetteer::default())),
                localizer: Localizer::new().unwrap(),
                void_cache: Default::default(),
                metrics: Default::default(),
            }
        })
    })
}

/// `GET {origin}{path}`, with `Accept: accept` unless `accept` is empty.
fn get(path: &str, accept: &str) -> Answer {
    let headers: &[(&str, &str)] = if accept.is_empty() {
        &[]
    } else {
        &[("accept", accept)]
    };
    crate::support::get(&format!("{}{path}", origin()), headers)
}

/// One integer from a SELECT over `/sparql` (CSV, one column, one row).
fn sparql_count(query: &str) -> u64 {
    let answer = get(&format!("/sparql?query={}&format=csv", encode(query)), "");
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body.lines().nth(1).unwrap().trim().parse().unwrap()
}

fn void_graph() -> Vec<Triple> {
    let answer = get("/.well-known/void", "text/turtle");
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(answer.header("content-type").starts_with("text/turtle"));
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(answer.body.as_bytes())
        .map(|q| Triple::from(q.unwrap()))
        .collect()
}

fn value(triples: &[Triple], subject: &str, property: &str) -> Option<u64> {
    triples.iter().find_map(|t| {
        (t.subject.to_string() == format!("<{subject}>")
            && t.predicate.as_str() == format!("{VOID}{property}"))
        .then(|| match &t.object {
            Term::Literal(l) => l.value().parse().ok(),
            _ => None,
        })
        .flatten()
    })
}

#[test]
fn void_counts_match_sparql_counts() {
    let triples = void_graph();
    let dataset = "http://127.0.0.1:8080/.well-known/void#dataset";
    let all = sparql_count(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
    );
    assert!(all > 0);
    assert_eq!(value(&triples, dataset, "triples"), Some(all));
    let subjects = sparql_count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }");
    assert_eq!(value(&triples, dataset, "distinctSubjects"), Some(subjects));
    let classes = sparql_count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }");
    assert_eq!(value(&triples, dataset, "classes"), Some(classes));
    let properties = sparql_count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }");
    assert_eq!(value(&triples, dataset, "properties"), Some(properties));
    // entities: things and notices (subject IRIs under /id/ without a fragment), not the
    // mentions (`#char=B,E`) and other parts minted as fragments of a notice IRI
    let entities = sparql_count(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o \
         FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"http://127.0.0.1:8080/id/\") \
                && !CONTAINS(STR(?s), \"#\")) }",
    );
    assert!(entities > 0);
    assert_eq!(value(&triples, dataset, "entities"), Some(entities));
    let fragments = sparql_count(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o \
         FILTER(STRSTARTS(STR(?s), \"http://127.0.0.1:8080/id/notice/\") \
                && CONTAINS(STR(?s), \"#char=\")) }",
    );
    assert!(fragments > 0, "the fixture has mentions");
    let typed_things = sparql_count(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class \
         FILTER(STRSTARTS(STR(?s), \"http://127.0.0.1:8080/id/\") && !CONTAINS(STR(?s), \"#\")) }",
    );
    assert_eq!(
        entities, typed_things,
        "every entity is a typed thing or notice"
    );
    let body = get("/.well-known/void", "").body;
    assert!(
        body.contains("void:sparqlEndpoint <http://127.0.0.1:8080/sparql>"),
        "{body}"
    );
    assert!(body.contains("\"http://127.0.0.1:8080/id/\""), "{body}");
    assert!(
        body.contains("<https://w3id.org/noticegraph/ns#>"),
        "{body}"
    );
    assert!(body.contains("void:classPartition") && body.contains("void:propertyPartition"));
}

#[test]
fn void_has_one_subset_per_notice_graph_with_its_triples() {
    let triples = void_graph();
    let dataset = "<http://127.0.0.1:8080/.well-known/void#dataset>";
    let subsets: Vec<String> = triples
        .iter()
        .filter(|t| {
            t.subject.to_string() == dataset && t.predicate.as_str() == format!("{VOID}subset")
        })
        .map(|t| match &t.object {
            Term::NamedNode(n) => n.as_str().to_string(),
            other => panic!("{other}"),
        })
        .collect();
    let notice_graphs: Vec<&String> = subsets
        .iter()
        .filter(|g| g.starts_with("http://127.0.0.1:8080/graph/notice/"))
        .collect();
    assert!(!notice_graphs.is_empty(), "{subsets:?}");
    let graph_count = sparql_count(
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
         FILTER(STRSTARTS(STR(?g), \"http://127.0.0.1:8080/graph/notice/\")) }",
    );
    assert_eq!(notice_graphs.len() as u64, graph_count);
    for graph in subsets {
        let n = sparql_count(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        ));
        assert_eq!(value(&triples, &graph, "triples"), Some(n), "{graph}");
    }
}

#[test]
fn void_is_negotiated_with_vary_accept() {
    for (accept, media) in [
        ("", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("application/trig", "application/trig"),
    ] {
        let answer = get("/.well-known/void", accept);
        assert_eq!(answer.status, 200, "{accept}");
        assert!(
            answer.header("content-type").starts_with(media),
            "{accept}: {}",
            answer.header("content-type")
        );
        assert!(
            answer
                .header("vary")
                .to_ascii_lowercase()
                .contains("accept"),
            "{accept}"
        );
    }
    let answer = get("/.well-known/void?format=nt", "text/turtle");
    assert!(
        answer
            .header("content-type")
            .starts_with("application/n-triples")
    );
    let answer = get("/.well-known/void", "image/png");
    assert_eq!(answer.status, 406);
    assert!(
        answer
            .header("vary")
            .to_ascii_lowercase()
            .contains("accept")
    );
}

#[test]
fn ontology_turtle_parses_and_html_lists_both_languages() {
    let answer = get("/ns", "text/turtle");
    assert_eq!(answer.status, 200);
    assert!(
        answer
            .header("vary")
            .to_ascii_lowercase()
            .contains("accept")
    );
    let triples: Vec<Triple> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(answer.body.as_bytes())
        .map(|q| Triple::from(q.unwrap()))
        .collect();
    assert!(triples.len() > 100);
    for (accept, media) in [
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("*/*", "text/turtle"),
    ] {
        let answer = get("/ns", accept);
        assert!(answer.header("content-type").starts_with(media), "{accept}");
    }
    let html = get("/ns", "text/html,application/xhtml+xml,*/*;q=0.8");
    assert!(html.header("content-type").starts_with("text/html"));
    assert!(html.header("vary").to_ascii_lowercase().contains("accept"));
    let body = html.body.replace("&#x2f;", "/");
    assert!(body.contains(r#"id="Meeting""#), "{body}");
    assert!(body.contains("회의") && body.contains("meeting"));
    assert!(
        body.contains(r#"<dd lang="ko">순위. 1이 1위이다.</dd>"#),
        "{body}"
    );
    // nothing from the ontology reaches the HTML unescaped
    assert!(!body.contains("<body>#renaming"));
    let answer = get("/ns?format=html", "text/turtle");
    assert!(answer.header("content-type").starts_with("text/html"));
}

#[test]
fn format_parameter_overrides_accept_and_keeps_families_apart() {
    let select = encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1");
    let construct = encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1");
    for (query, format, status, media) in [
        (&select, "csv", 200, "text/csv"),
        (&select, "tsv", 200, "text/tab-separated-values"),
        (&select, "json", 200, "application/sparql-results+json"),
        (&select, "xml", 200, "application/sparql-results+xml"),
        (&select, "text%2Fcsv", 200, "text/csv"),
        (&select, "ttl", 406, "text/plain"),
        (&select, "jsonld", 406, "text/plain"),
        (&construct, "ttl", 200, "text/turtle"),
        (&construct, "turtle", 200, "text/turtle"),
        (&construct, "nt", 200, "application/n-triples"),
        (&construct, "nq", 200, "application/n-quads"),
        (&construct, "trig", 200, "application/trig"),
        (&construct, "jsonld", 200, "application/ld+json"),
        (&construct, "json", 200, "application/ld+json"),
        (&construct, "rdf", 200, "application/rdf+xml"),
        (&construct, "xml", 200, "application/rdf+xml"),
        (&construct, "csv", 406, "text/plain"),
    ] {
        let answer = get(
            &format!("/sparql?query={query}&format={format}"),
            "application/sparql-results+xml, text/turtle",
        );
        assert_eq!(answer.status, status, "format={format}: {}", answer.body);
        assert!(
            answer.header("content-type").starts_with(media),
            "format={format}: {}",
            answer.header("content-type")
        );
        assert!(
            answer
                .header("vary")
                .to_ascii_lowercase()
                .contains("accept")
        );
        if status == 406 {
            assert!(answer.body.contains("format="), "{}", answer.body);
        }
    }
    let answer = get(&format!("/sparql?query={select}&format=yaml"), "");
    assert_eq!(answer.status, 400);
    for name in ["json", "csv", "ttl", "jsonld", "rdf"] {
        assert!(answer.body.contains(name), "{}", answer.body);
    }
    let answer = get("/ns?format=yaml", "");
    assert_eq!(answer.status, 400);
}

/// Turtle answers are written with the project's prefixes (`schema:`, `rdfs:`, …), not
/// full IRIs everywhere: the linked-data document `/data/…ttl`, a CONSTRUCT answered in
/// Turtle or TriG, a Graph Store read (review of issue 4).
#[test]
fn turtle_answers_use_the_project_prefixes() {
    let construct = encode(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <http://127.0.0.1:8080/id/org/oecd>) }",
    );
    let gazetteer = encode("http://127.0.0.1:8080/graph/gazetteer");
    for (path, accept) in [
        ("/data/org/oecd.ttl".to_string(), ""),
        (format!("/sparql?query={construct}"), "text/turtle"),
        (format!("/sparql?query={construct}"), "application/trig"),
        (format!("/store?graph={gazetteer}"), "text/turtle"),
    ] {
        let answer = get(&path, accept);
        assert_eq!(answer.status, 200, "{path}: {}", answer.body);
        let body = &answer.body;
        for wanted in [
            "@prefix schema: <https://schema.org/> .",
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
            "@prefix ng: <https://w3id.org/noticegraph/ns#> .",
            "schema:Organization",
        ] {
            assert!(body.contains(wanted), "{path} {accept}: {wanted} in {body}");
        }
        assert!(
            !body.contains("<https://schema.org/Organization>"),
            "{path} {accept}: {body}"
        );
        let format = if accept == "application/trig" {
            RdfFormat::TriG
        } else {
            RdfFormat::Turtle
        };
        let parsed = RdfParser::from_format(format)
            .for_slice(body.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        assert!(!parsed.is_empty(), "{path}");
    }
}
