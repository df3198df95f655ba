//! The Graph Store and linked data over real HTTP (servers from [`crate::iris::start`]): JSON-LD
//! bodies on the Graph Store, the VoID description computed once per version of the data
//! and bounded by the timeout, Graph Store writes bounded by the timeout, Hangul slugs
//! under `/id/` and `/data/` in raw and percent-encoded forms, `Location`s under a base IRI
//! with a path, `application/xml` for graph results, and the pages' Content-Security-Policy.

use crate::iris::{bearer, send, start};
use crate::support::{Answer, encode, values};
use noticegraph::config::Config;
use std::time::Duration;

/// Runs a SPARQL Update with the token; panics unless it answers 204.
fn update(origin: &str, text: &str) {
    let auth = bearer();
    let answer = send(
        origin,
        "POST",
        "/sparql",
        &[
            ("content-type", "application/sparql-update"),
            ("authorization", &auth),
        ],
        text.as_bytes(),
    );
    assert_eq!(answer.status, 204, "{text}: {}", answer.body);
}

/// A Graph Store write of `body` in `content_type` with the token.
fn write(origin: &str, method: &str, target: &str, content_type: &str, body: &str) -> Answer {
    let auth = bearer();
    send(
        origin,
        method,
        target,
        &[("content-type", content_type), ("authorization", &auth)],
        body.as_bytes(),
    )
}

/// `GET target` with `accept`.
fn get(origin: &str, target: &str, accept: &str) -> Answer {
    send(origin, "GET", target, &[("accept", accept)], b"")
}

#[test]
fn graph_store_reads_json_ld_bodies_into_the_named_graph() {
    let origin = start(None, |c| c);
    let target = format!("/store?graph={}", encode("http://ex.org/jl"));
    for content_type in ["application/ld+json", "application/ld+json; charset=utf-8"] {
        let put = write(
            &origin,
            "PUT",
            &target,
            content_type,
            r#"{"@id": "http://a/s", "http://a/p": "x"}"#,
        );
        assert!(
            [201, 204].contains(&put.status),
            "{content_type}: {}",
            put.body
        );
    }
    let post = write(
        &origin,
        "POST",
        &target,
        "application/ld+json",
        r#"{"@graph": [{"@id": "http://a/t", "http://a/p": "y"}]}"#,
    );
    assert_eq!(post.status, 204, "{}", post.body);
    let graph = get(&origin, &target, "application/n-triples");
    assert_eq!(graph.status, 200);
    assert!(
        graph.body.contains(r#"<http://a/s> <http://a/p> "x" ."#),
        "{}",
        graph.body
    );
    assert!(
        graph.body.contains(r#"<http://a/t> <http://a/p> "y" ."#),
        "{}",
        graph.body
    );

    // a document that names a graph of its own is refused, and changes nothing
    let named = write(
        &origin,
        "POST",
        &target,
        "application/ld+json",
        r#"{"@id": "http://a/g", "@graph": [{"@id": "http://a/u", "http://a/p": "z"}]}"#,
    );
    assert_eq!(named.status, 400, "{}", named.body);
    assert!(named.body.contains("<http://a/g>"), "{}", named.body);
    assert!(named.body.contains("one graph"), "{}", named.body);
    assert!(
        !get(&origin, &target, "application/n-triples")
            .body
            .contains("http://a/u")
    );
    // TriG is still no Graph Store body
    let trig = write(&origin, "PUT", &target, "application/trig", "");
    assert_eq!(trig.status, 415, "{}", trig.body);
    // a body nested deeper than the parser can recurse is a 400, not a crash
    let deep = format!(
        "{}1{}",
        r#"{"http://a/p":"#.repeat(5_000),
        "}".repeat(5_000)
    );
    let refused = write(&origin, "PUT", &target, "application/ld+json", &deep);
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(refused.body.contains("deeper than 64"), "{}", refused.body);
    assert_eq!(get(&origin, "/health", "text/plain").status, 200);
}

#[test]
fn void_is_computed_once_per_version_of_the_data() {
    let origin = start(None, |c| c);
    let void = || get(&origin, "/.well-known/void", "application/n-triples");
    let first = void();
    assert_eq!(first.status, 200, "{}", first.body);
    // the same version gives the same document, blank nodes included
    assert_eq!(void().body, first.body);
    // concurrent requests share one computation
    let bodies: Vec<Answer> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4).map(|_| scope.spawn(void)).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for answer in &bodies {
        assert_eq!(answer.status, 200);
        assert_eq!(answer.body, first.body);
    }
    // each kind of write makes a new version with new counts
    let count = |body: &str| -> String {
        let dataset = format!("<{origin}/.well-known/void#dataset>");
        body.lines()
            .find(|l| l.starts_with(&dataset) && l.contains("rdfs.org/ns/void#triples>"))
            .unwrap_or_else(|| panic!("no void:triples in {body}"))
            .to_string()
    };
    let mut last = count(&first.body);
    let mut changed = |step: &str| {
        let now = void();
        assert_eq!(now.status, 200);
        let triples = count(&now.body);
        assert_ne!(triples, last, "{step} left the VoID counts as they were");
        last = triples;
    };
    let put = write(
        &origin,
        "PUT",
        "/store/void-test",
        "text/turtle",
        "<http://a/s> <http://a/p> 1, 2 .",
    );
    assert_eq!(put.status, 201, "{}", put.body);
    changed("a Graph Store PUT");
    update(
        &origin,
        "INSERT DATA { GRAPH <http://a/g> { <http://a/s> <http://a/p> 3 } }",
    );
    changed("a SPARQL Update");
    let delete = send(
        &origin,
        "DELETE",
        "/store/void-test",
        &[("authorization", &bearer())],
        b"",
    );
    assert_eq!(delete.status, 204);
    changed("a Graph Store DELETE");
}

#[test]
fn void_past_the_timeout_is_503() {
    let origin = start(None, |c| Config {
        query_timeout: Duration::from_nanos(1),
        ..c
    });
    let answer = get(&origin, "/.well-known/void", "text/turtle");
    assert_eq!(answer.status, 503, "{}", answer.body);
    assert!(answer.body.contains("timeout"), "{}", answer.body);
}

#[test]
fn graph_store_writes_past_the_timeout_are_503_and_write_nothing() {
    let origin = start(None, |c| Config {
        query_timeout: Duration::from_nanos(1),
        ..c
    });
    let turtle = "<http://a/s> <http://a/p> ((((1)))) .";
    for method in ["PUT", "POST"] {
        let answer = write(&origin, method, "/store/slow", "text/turtle", turtle);
        assert_eq!(answer.status, 503, "{method}: {}", answer.body);
        assert!(
            answer.body.contains("nothing was written"),
            "{}",
            answer.body
        );
    }
    assert_eq!(get(&origin, "/store/slow", "text/turtle").status, 404);
}

#[test]
fn hangul_slugs_resolve_in_raw_and_encoded_forms() {
    let origin = start(None, |c| c);
    // one resource written as an IRI, one written percent-encoded
    update(
        &origin,
        &format!(
            "INSERT DATA {{ GRAPH <http://a/g> {{ <{origin}/id/topic/한국어> <http://a/p> 1 . \
             <{origin}/id/topic/%EB%B6%80%EC%82%B0> <http://a/p> 2 }} }}"
        ),
    );
    let korean = "%ED%95%9C%EA%B5%AD%EC%96%B4";
    for slug in ["한국어", korean, &korean.to_lowercase()] {
        let id = get(&origin, &format!("/id/topic/{slug}"), "text/turtle");
        assert_eq!(id.status, 303, "{slug}: {}", id.body);
        assert_eq!(
            id.header("location"),
            format!("{origin}/data/topic/{korean}.ttl"),
            "{slug}"
        );
        let data = get(&origin, &format!("/data/topic/{slug}.ttl"), "*/*");
        assert_eq!(data.status, 200, "{slug}: {}", data.body);
        assert!(data.body.contains("한국어"), "{slug}: {}", data.body);
    }
    let busan = "%EB%B6%80%EC%82%B0";
    for slug in ["부산", busan, &busan.to_lowercase()] {
        let id = get(&origin, &format!("/id/topic/{slug}"), "text/turtle");
        assert_eq!(id.status, 303, "{slug}: {}", id.body);
        let data = get(&origin, &format!("/data/topic/{slug}.nt"), "*/*");
        assert_eq!(data.status, 200, "{slug}: {}", data.body);
        assert!(data.body.contains(&format!("<{origin}/id/topic/{busan}>")));
    }
    assert_eq!(get(&origin, "/id/topic/없음", "text/turtle").status, 404);

    // a graph= IRI under {base}store/ is one graph in raw and encoded forms
    let put = write(
        &origin,
        "PUT",
        "/store/한국",
        "text/turtle",
        "<http://a/s> <http://a/p> 1 .",
    );
    assert_eq!(put.status, 201, "{}", put.body);
    for iri in [
        format!("{origin}/store/한국"),
        format!("{origin}/store/%ED%95%9C%EA%B5%AD"),
        format!("{origin}/store/%ed%95%9c%ea%b5%ad"),
    ] {
        let target = format!("/store?graph={}", encode(&iri));
        assert_eq!(get(&origin, &target, "text/turtle").status, 200, "{iri}");
    }
    assert_eq!(
        values(
            &origin,
            "SELECT ?v WHERE { GRAPH ?v { <http://a/s> <http://a/p> 1 } }"
        ),
        [format!("{origin}/store/한국")]
    );
}

#[test]
fn redirects_keep_the_path_of_the_base_iri() {
    for (base, ascii) in [
        (
            "http://한국.example/공공/",
            "http://xn--3e0b707e.example/%EA%B3%B5%EA%B3%B5/",
        ),
        ("http://example.org/pub/", "http://example.org/pub/"),
    ] {
        let origin = start(Some(base), |c| c);
        update(
            &origin,
            &format!(
                "INSERT DATA {{ GRAPH <http://a/g> {{ <{base}id/event/forum-2031> <http://a/p> 1 }} }}"
            ),
        );
        let data = get(&origin, "/id/event/forum-2031", "text/turtle");
        assert_eq!(data.status, 303, "{}", data.body);
        assert_eq!(
            data.header("location"),
            format!("{ascii}data/event/forum-2031.ttl")
        );
        let page = get(&origin, "/id/event/forum-2031", "text/html");
        assert_eq!(
            page.header("location"),
            format!("{ascii}en/event/forum-2031")
        );
        let home = send(&origin, "GET", "/", &[("accept-language", "ko")], b"");
        assert_eq!(home.status, 303);
        assert_eq!(home.header("location"), format!("{ascii}ko/"));
    }
}

#[test]
fn xml_clients_get_rdf_xml_for_graphs_and_sparql_xml_for_solutions() {
    let origin = start(None, |c| c);
    let construct = format!(
        "/sparql?query={}",
        encode("CONSTRUCT { <http://a/s> <http://a/p> 1 } WHERE {}")
    );
    let select = format!("/sparql?query={}", encode("SELECT * WHERE {}"));
    for accept in ["application/xml", "text/xml"] {
        let graph = get(&origin, &construct, accept);
        assert_eq!(graph.status, 200, "{accept}: {}", graph.body);
        assert_eq!(
            graph.header("content-type"),
            "application/rdf+xml",
            "{accept}"
        );
        let solutions = get(&origin, &select, accept);
        assert_eq!(solutions.status, 200, "{accept}: {}", solutions.body);
        assert_eq!(
            solutions.header("content-type"),
            "application/sparql-results+xml",
            "{accept}"
        );
    }
}

#[test]
fn html_pages_send_a_strict_content_security_policy() {
    let origin = start(None, |c| c);
    update(
        &origin,
        &format!(
            "INSERT DATA {{ GRAPH <http://a/g> {{ <{origin}/id/topic/open-data> \
             <http://www.w3.org/2000/01/rdf-schema#label> \"open data\"@en, \"공공데이터\"@ko }} }}"
        ),
    );
    for target in [
        "/en/",
        "/ko/",
        "/ns",
        "/en/topic/open-data",
        "/ko/topic/open-data",
    ] {
        let page = get(&origin, target, "text/html");
        assert_eq!(page.status, 200, "{target}: {}", page.body);
        assert!(
            page.header("content-type").starts_with("text/html"),
            "{target}"
        );
        let csp = page.header("content-security-policy");
        assert!(
            csp.starts_with("default-src 'none'; style-src 'sha256-"),
            "{target}: {csp}"
        );
        assert!(!csp.contains("unsafe"), "{target}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{target}: {csp}");
        // the inline style sheet is the one allowed by hash
        let style = page
            .body
            .split("<style>")
            .nth(1)
            .unwrap()
            .split("</style>")
            .next()
            .unwrap();
        let hash = sha256_base64(style);
        assert!(csp.contains(&format!("'sha256-{hash}'")), "{target}: {csp}");
    }
}

/// The base64 SHA-256 of `text`, as a CSP hash source spells it.
fn sha256_base64(text: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()))
}

#[test]
fn deeply_nested_turtle_is_stopped_at_the_timeout() {
    let timeout = Duration::from_millis(500);
    let origin = start(None, |c| Config {
        query_timeout: timeout,
        ..c
    });
    let depth = 100_000;
    let turtle = format!(
        "<http://a/s> <http://a/p> {}1{} .",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    let started = std::time::Instant::now();
    let answer = write(&origin, "PUT", "/store/nested", "text/turtle", &turtle);
    let took = started.elapsed();
    assert_eq!(answer.status, 503, "{}", answer.body);
    // about the timeout (a generous bound: debug builds on a shared machine)
    assert!(
        took < timeout + Duration::from_secs(10),
        "answered after {took:?}"
    );
    assert_eq!(get(&origin, "/store/nested", "text/turtle").status, 404);
}
