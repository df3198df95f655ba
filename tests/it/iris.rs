//! IRIs over real HTTP, and the review-4a protocol fixes: Graph Store direct graph paths in
//! raw Hangul and percent-encoded (either hex case) name one graph, `Location` headers are
//! ASCII (a Hangul host in punycode), a declared language other than Korean or English is
//! a `422`, the service description names formats by their W3C IRIs, `Accept` with quoted
//! parameters and JSON-LD profiles, `405` with `Allow`, and `Vary: Accept` on `413`/`414`.
//! Requests whose target must go out byte for byte (raw UTF-8) are written on a TCP socket.

use crate::support::{Answer, encode, values};
use noticegraph::config::Config;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::App;
use std::io::{Read, Write};

const TOKEN: &str = "iris-test-token";

/// A server on a loopback port with the test token; `base` is the base IRI (`None`: the
/// server's own origin). Returns the origin `http://127.0.0.1:port`.
pub(crate) fn start(base: Option<&str>, configure: impl FnOnce(Config) -> Config) -> String {
    crate::support::serve(|origin| {
        let config = configure(Config {
            base_iri: base.map_or(format!("{origin}/"), str::to_string),
            token: Some(TOKEN.into()),
            ..Config::default()
        });
        App {
            iris: Iris::new(&config.base_iri).unwrap(),
            config,
            store: crate::support::empty_store(),
            gazetteer: Gazetteer::builtin(),
            localizer: Localizer::new().unwrap(),
            void_cache: Default::default(),
            metrics: Default::default(),
        }
    })
}

/// Sends `method target` (the request target's bytes exactly as given, raw UTF-8 allowed)
/// to `origin` over HTTP/1.1 with `headers` and `body`, and reads the whole answer.
pub(crate) fn send(
    origin: &str,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Answer {
    let address = origin.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    let mut request =
        format!("{method} {target} HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
    let mut bytes = request.into_bytes();
    bytes.extend_from_slice(body);
    stream.write_all(&bytes).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("an answer with a header block");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
    {
        body = unchunk(&body);
    }
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
        bytes: body,
    }
}

/// The payload of a chunked body.
fn unchunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = body.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&body[..end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[end + 2 + size + 2..];
    }
    out
}

pub(crate) fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

fn put_turtle(origin: &str, target: &str, turtle: &str) -> Answer {
    let auth = bearer();
    send(
        origin,
        "PUT",
        target,
        &[("content-type", "text/turtle"), ("authorization", &auth)],
        turtle.as_bytes(),
    )
}

#[test]
fn direct_graph_paths_in_hangul_and_percent_encoded_name_one_graph() {
    let origin = start(None, |c| c);
    let hangul = format!("{origin}/store/한국");
    // raw UTF-8 on the wire, then upper- and lowercase escapes: one graph
    let first = put_turtle(
        &origin,
        "/store/한국",
        "<http://e.org/s> <http://e.org/p> 1 .",
    );
    assert_eq!(first.status, 201, "{}", first.body);
    let upper = put_turtle(
        &origin,
        "/store/%ED%95%9C%EA%B5%AD",
        "<http://e.org/s> <http://e.org/p> 2 .",
    );
    assert_eq!(
        upper.status, 204,
        "the same graph, replaced: {}",
        upper.body
    );
    let auth = bearer();
    let lower = send(
        &origin,
        "POST",
        "/store/%ed%95%9c%ea%b5%ad",
        &[("content-type", "text/turtle"), ("authorization", &auth)],
        b"<http://e.org/s> <http://e.org/p> 3 .",
    );
    assert_eq!(lower.status, 204, "{}", lower.body);
    assert_eq!(
        values(
            &origin,
            "SELECT DISTINCT ?v WHERE { GRAPH ?v { ?s ?p ?o } }"
        ),
        vec![hangul.clone()],
        "one graph, named in its IRI form"
    );
    assert_eq!(
        values(&origin, "SELECT ?v WHERE { GRAPH ?g { ?s ?p ?v } }"),
        vec!["2", "3"]
    );
    // the indirect name of the same graph, and every direct spelling, read it
    for target in [
        format!("/store?graph={}", encode(&hangul)),
        "/store/한국".to_string(),
        "/store/%ED%95%9C%EA%B5%AD".to_string(),
        "/store/%ed%95%9c%ea%b5%ad".to_string(),
    ] {
        let answer = send(
            &origin,
            "GET",
            &target,
            &[("accept", "application/n-triples")],
            b"",
        );
        assert_eq!(answer.status, 200, "{target}: {}", answer.body);
        assert!(answer.body.contains("\"3\""), "{target}: {}", answer.body);
    }
    // reserved escapes stay escapes (uppercased), unreserved ones are decoded
    assert_eq!(
        put_turtle(
            &origin,
            "/store/a%2fb%7e",
            "<http://e.org/s> <http://e.org/p> 4 ."
        )
        .status,
        201
    );
    assert_eq!(
        send(
            &origin,
            "GET",
            "/store/a%2Fb~",
            &[("accept", "text/turtle")],
            b""
        )
        .status,
        200
    );
    assert!(
        values(&origin, "SELECT ?v WHERE { GRAPH ?v { ?s ?p 4 } }")
            == vec![format!("{origin}/store/a%2Fb~")]
    );
    // DELETE by another spelling removes it
    let deleted = send(
        &origin,
        "DELETE",
        "/store/%ED%95%9C%EA%B5%AD",
        &[("authorization", &auth)],
        b"",
    );
    assert_eq!(deleted.status, 204);
    assert_eq!(send(&origin, "HEAD", "/store/한국", &[], b"").status, 404);
}

#[test]
fn locations_are_ascii_with_a_hangul_host_in_punycode() {
    let origin = start(Some("http://데이터.kr/"), |c| c);
    let auth = bearer();
    let created = send(
        &origin,
        "POST",
        "/store",
        &[("content-type", "text/turtle"), ("authorization", &auth)],
        b"<http://e.org/s> <http://e.org/p> 1 .",
    );
    assert_eq!(created.status, 201, "{}", created.body);
    let location = created.header("location");
    assert!(location.is_ascii(), "{location}");
    assert!(
        location.starts_with("http://xn--2n1bp39av7g.kr/store/"),
        "{location}"
    );
    // the graph itself keeps its IRI form
    let graphs = values(&origin, "SELECT ?v WHERE { GRAPH ?v { ?s ?p 1 } }");
    assert_eq!(graphs.len(), 1);
    assert!(
        graphs[0].starts_with("http://데이터.kr/store/"),
        "{graphs:?}"
    );
    assert_eq!(
        graphs[0].trim_start_matches("http://데이터.kr/"),
        location.trim_start_matches("http://xn--2n1bp39av7g.kr/")
    );
    // direct graphs under a Hangul host: the path's spellings still name one graph
    assert_eq!(
        put_turtle(
            &origin,
            "/store/%ED%95%9C",
            "<http://e.org/s> <http://e.org/p> 2 ."
        )
        .status,
        201
    );
    assert_eq!(
        values(&origin, "SELECT ?v WHERE { GRAPH ?v { ?s ?p 2 } }"),
        vec!["http://데이터.kr/store/한".to_string()]
    );
    let notice = send(
        &origin,
        "POST",
        "/notices",
        &[("content-type", "text/plain"), ("authorization", &auth)],
        "title: Korea to host an example workshop\n\nThe Ministry of the Interior and Safety \
         announced that Korea will host the Example Workshop on Open Data in Busan in June."
            .as_bytes(),
    );
    assert_eq!(notice.status, 201, "{}", notice.body);
    let location = notice.header("location");
    assert!(
        location.starts_with("http://xn--2n1bp39av7g.kr/id/notice/") && location.is_ascii(),
        "{location}"
    );
}

#[test]
fn declared_languages_other_than_korean_and_english_are_422() {
    let origin = start(None, |c| c);
    let auth = bearer();
    let english = "The Ministry of the Interior and Safety announced that Korea will host the \
                   Example Workshop on Open Data in Busan in June, with delegates of Estonia.";
    let cases: [(&str, String, &str); 3] = [
        ("text/plain", format!("lang: fr\n\n{english}\n"), "\"fr\""),
        (
            "text/plain",
            format!("lang: es-MX\n\n{english}\n"),
            "\"es\"",
        ),
        (
            "application/json",
            serde_json::json!({"lang": "de", "text": english}).to_string(),
            "\"de\"",
        ),
    ];
    for (content_type, body, says) in &cases {
        let answer = send(
            &origin,
            "POST",
            "/notices",
            &[("content-type", content_type), ("authorization", &auth)],
            body.as_bytes(),
        );
        assert_eq!(answer.status, 422, "{body}: {}", answer.body);
        assert!(answer.body.contains(says), "{}", answer.body);
    }
    assert!(
        values(&origin, "SELECT ?v WHERE { GRAPH ?v { ?s ?p ?o } }")
            .iter()
            .all(|g| !g.contains("/graph/notice/")),
        "a refused notice was stored"
    );
    // declared English is still read
    let answer = send(
        &origin,
        "POST",
        "/notices",
        &[("content-type", "text/plain"), ("authorization", &auth)],
        format!("lang: en\n\n{english}\n").as_bytes(),
    );
    assert_eq!(answer.status, 201, "{}", answer.body);
}

/// Every format IRI of <https://www.w3.org/ns/formats/> the service description may use.
const W3C_FORMATS: &[&str] = &[
    "JSON-LD",
    "N3",
    "N-Triples",
    "N-Quads",
    "RDF_XML",
    "RDFa",
    "Turtle",
    "TriG",
    "SPARQL_Results_XML",
    "SPARQL_Results_JSON",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
];

#[test]
fn the_service_description_names_formats_by_their_w3c_iris() {
    let origin = start(None, |c| c);
    let answer = send(
        &origin,
        "GET",
        "/sparql",
        &[("accept", "application/n-triples")],
        b"",
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    let formats: Vec<&str> = answer
        .body
        .lines()
        .filter(|l| l.contains("http://www.w3.org/ns/sparql-service-description#resultFormat"))
        .filter_map(|l| {
            l.rsplit_once(" <")
                .map(|(_, o)| o.trim_end_matches(" .").trim_end_matches('>'))
        })
        .collect();
    assert_eq!(formats.len(), 10, "{}", answer.body);
    for iri in &formats {
        let name = iri
            .strip_prefix("http://www.w3.org/ns/formats/")
            .unwrap_or_else(|| panic!("{iri} is not a W3C format IRI"));
        assert!(W3C_FORMATS.contains(&name), "{iri}");
    }
    assert!(formats.contains(&"http://www.w3.org/ns/formats/JSON-LD"));
}

#[test]
fn accept_with_quoted_parameters_profiles_and_malformed_ranges() {
    let origin = start(None, |c| c);
    let select = format!("/sparql?query={}", encode("SELECT * WHERE { ?s ?p ?o }"));
    let construct = format!(
        "/sparql?query={}",
        encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    );
    // (target, Accept, status, media type)
    let cases: &[(&str, &str, u16, &str)] = &[
        (&select, "text/csv; level=\"a,b\"", 200, "text/csv"),
        (
            &select,
            "text/csv; level=\"a;b, c\";q=0.5, text/tab-separated-values;q=0.4",
            200,
            "text/csv",
        ),
        (
            &construct,
            "application/ld+json; profile=\"http://www.w3.org/ns/json-ld#compacted\"",
            200,
            "application/ld+json",
        ),
        (&select, "text/csv;foo", 406, "text/plain"),
        (
            &select,
            "text/csv;foo, text/tab-separated-values",
            200,
            "text/tab-separated-values",
        ),
    ];
    for (target, accept, status, media) in cases {
        let answer = send(&origin, "GET", target, &[("accept", accept)], b"");
        assert_eq!(answer.status, *status, "Accept: {accept}: {}", answer.body);
        assert!(
            answer.header("content-type").starts_with(media),
            "Accept: {accept}: {}",
            answer.header("content-type")
        );
        assert!(
            answer
                .header("vary")
                .to_ascii_lowercase()
                .contains("accept")
        );
    }
}

#[test]
fn updates_by_get_and_other_methods_get_405_with_allow() {
    let origin = start(None, |c| c);
    let auth = bearer();
    let update = format!(
        "/sparql?update={}",
        encode("INSERT DATA { <http://e.org/s> <http://e.org/p> 1 }")
    );
    let answer = send(&origin, "GET", &update, &[("authorization", &auth)], b"");
    assert_eq!(answer.status, 405, "{}", answer.body);
    assert!(
        answer.header("allow").contains("POST"),
        "{:?}",
        answer.headers
    );
    let answer = send(
        &origin,
        "PATCH",
        "/store?default",
        &[("authorization", &auth)],
        b"",
    );
    assert_eq!(answer.status, 405, "{}", answer.body);
    let allow = answer.header("allow");
    for method in ["GET", "HEAD", "PUT", "POST", "DELETE"] {
        assert!(allow.contains(method), "{allow}");
    }
}

/// How many times `Vary` names `Accept`.
fn accept_in_vary(answer: &Answer) -> usize {
    answer
        .header("vary")
        .split(',')
        .filter(|v| v.trim().eq_ignore_ascii_case("accept"))
        .count()
}

#[test]
fn answers_413_and_414_vary_on_accept() {
    let origin = start(None, |c| Config {
        body_limit: 1024,
        url_limit: 512,
        ..c
    });
    let long = format!(
        "/sparql?query={}",
        encode(&format!("ASK {{ {} }}", "?s ?p ?o . ".repeat(100)))
    );
    let answer = send(&origin, "GET", &long, &[("accept", "text/csv")], b"");
    assert_eq!(answer.status, 414, "{}", answer.body);
    assert_eq!(accept_in_vary(&answer), 1, "{:?}", answer.headers);
    let big = format!("ASK {{ {} }}", "?s ?p ?o . ".repeat(200));
    let answer = send(
        &origin,
        "POST",
        "/sparql",
        &[("content-type", "application/sparql-query")],
        big.as_bytes(),
    );
    assert_eq!(answer.status, 413, "{}", answer.body);
    assert_eq!(accept_in_vary(&answer), 1, "{:?}", answer.headers);
}
