//! The W3C SPARQL 1.1 Protocol and Graph Store Protocol conformance suites
//! (`../shared/w3c/sparql/sparql11/{protocol,graph-store-protocol}`), run request by
//! request over real HTTP against noticegraph's server (axum on a loopback port, in-memory
//! store, a write token), as the manifests describe them: each `ht:Request` is sent with its
//! method, path (`/sparql/` → `/sparql`, `/gsp` → `/store`), headers and body (encoded in
//! its `cnt:characterEncoding`), redirects not followed, and its `ht:resp` checked: status
//! (class or exact code), result format (`boolean`, `tabular`, `RDF`), the ASK answer, the
//! response graph up to isomorphism, and `$LOCATION$` carried to later requests. The bearer
//! token goes only with requests that write (updates, Graph Store `PUT`/`POST`/`DELETE`),
//! so every read is anonymous, as the public's are. A `tabular` answer must parse as
//! solutions (not a boolean); an RDF answer must parse (RDFa in XHTML is refused: no
//! parser here). The test `head_non_existing_direct`, which the direct-identification
//! manifest defines without listing, runs as an extra named check.
//!
//! Before each test the store is emptied (`DROP ALL`) and the test's `ut:graphData` put in
//! named graphs through the Graph Store Protocol; within a test, state carries over from
//! request to request. (The graph-store tests assume a fresh store each: their first `PUT`
//! expects `201 Created` for a graph an earlier test made.)
//!
//! The same runner measures another server: `NOTICEGRAPH_W3C_ENDPOINT=http://host:port`
//! with `NOTICEGRAPH_W3C_PATHS=/query,/update,/store` (Oxigraph server's paths) runs the
//! ignored test `w3c_suites_against_another_server`, which prints its pass count
//! (`cargo test --test it w3c_suites_against -- --ignored --nocapture`).

use crate::support::{Answer, agent, try_send};
use noticegraph::config::Config;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::App;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::dataset::CanonicalizationAlgorithm;
use oxigraph::model::{Graph, NamedNode, NamedOrBlankNode, Term, TermRef, Triple};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

const MF: &str = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
const HT: &str = "http://www.w3.org/2011/http#";
const CNT: &str = "http://www.w3.org/2011/content#";
const UT: &str = "http://www.w3.org/2009/sparql/tests/test-update#";
const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";

/// The token the test server accepts for writes.
const TOKEN: &str = "w3c-suite-token";

/// Tests of these manifests that noticegraph is known to fail, with the reason (the
/// closing note of issue 4 lists them). Empty: every test must pass.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

/// Where the suites live: `../shared/w3c` beside the checkout (the workspace layout of
/// README, "Tests"). A checkout without it fails here with what to do, not deep in a parser.
fn suite_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/w3c/sparql/sparql11");
    assert!(
        dir.join("protocol/manifest.ttl").is_file(),
        "the W3C suites are missing: {} has no protocol/manifest.ttl. These tests read the \
         W3C SPARQL 1.1 test suites from ../shared/w3c beside this checkout (see README, \
         Tests); put the shared folder there (or a symlink to it) to run them",
        dir.display()
    );
    dir
}

// ---------------------------------------------------------------- manifests

/// One `ht:Request` of a test and what its response must be.
#[derive(Debug, Clone)]
struct Request {
    method: String,
    /// As in the manifest (`/sparql/?query=…`, `/gsp?graph=…`).
    path: String,
    headers: Vec<(String, String)>,
    /// `(text, character encoding)`.
    body: Option<(String, String)>,
    expect: Expect,
}

#[derive(Debug, Clone, Default)]
struct Expect {
    /// Local names in `hts:` (`StatusCode2xx`, `OK`, `Created`, …); any may match.
    statuses: Vec<String>,
    /// `boolean`, `tabular` or `RDF`.
    format: Option<String>,
    boolean: Option<bool>,
    /// Expected `Content-Type` and body of an RDF answer (compared as graphs).
    content_type: Option<String>,
    body: Option<String>,
    /// The template variable the `Location` header fills (`$LOCATION$`).
    location_var: Option<String>,
}

/// One test of a manifest.
#[derive(Debug, Clone)]
struct TestCase {
    name: String,
    /// `mf:requires` local names (GSP features).
    requires: Vec<String>,
    /// `(data file, graph IRI)` to load before the test.
    graph_data: Vec<(PathBuf, String)>,
    requests: Vec<Request>,
}

/// Reads a manifest and the manifests it includes (`mf:include`), tests in order.
fn read_manifest(path: &Path) -> Vec<TestCase> {
    let text = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let base = format!("file://{}", path.canonicalize().unwrap().display());
    let graph: Graph = RdfParser::from_format(RdfFormat::Turtle)
        .with_base_iri(&base)
        .unwrap()
        .for_slice(&text)
        .map(|q| Triple::from(q.unwrap_or_else(|e| panic!("{}: {e}", path.display()))))
        .collect();
    let m = Manifest { graph: &graph };
    let root = NamedNode::new(&base).unwrap();
    let mut tests = Vec::new();
    for included in m.list_of(&root.clone().into(), &format!("{MF}include")) {
        let file = iri_to_path(&included);
        tests.extend(read_manifest(&file));
    }
    for entry in m.list_of(&root.into(), &format!("{MF}entries")) {
        tests.push(m.test(&entry));
    }
    tests
}

/// The test `iri` that the manifest at `path` defines without listing it in `mf:entries`
/// (so [`read_manifest`] never sees it).
fn read_unlisted(path: &Path, iri: &str) -> TestCase {
    let text = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let base = format!("file://{}", path.canonicalize().unwrap().display());
    let graph: Graph = RdfParser::from_format(RdfFormat::Turtle)
        .with_base_iri(&base)
        .unwrap()
        .for_slice(&text)
        .map(|q| Triple::from(q.unwrap_or_else(|e| panic!("{}: {e}", path.display()))))
        .collect();
    let m = Manifest { graph: &graph };
    let node = Term::from(NamedNode::new(iri).unwrap());
    assert!(
        m.object(&node, &format!("{MF}action")).is_some(),
        "{} defines no test {iri}",
        path.display()
    );
    m.test(&node)
}

/// The graph-store test the direct-identification manifest defines but does not list:
/// `HEAD` on a graph that does not exist is a `404`.
const HEAD_NON_EXISTING_DIRECT: &str = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/\
     http-rdf-update/manifest#head_non_existing_direct";

fn iri_to_path(term: &Term) -> PathBuf {
    match term {
        Term::NamedNode(n) => PathBuf::from(n.as_str().trim_start_matches("file://")),
        other => panic!("not a file IRI: {other}"),
    }
}

/// Look-ups in a parsed manifest.
struct Manifest<'a> {
    graph: &'a Graph,
}

impl Manifest<'_> {
    fn objects(&self, subject: &Term, predicate: &str) -> Vec<Term> {
        let Some(subject) = as_subject(subject) else {
            return Vec::new();
        };
        self.graph
            .objects_for_subject_predicate(&subject, &NamedNode::new_unchecked(predicate))
            .map(TermRef::into_owned)
            .collect()
    }

    fn object(&self, subject: &Term, predicate: &str) -> Option<Term> {
        self.objects(subject, predicate).into_iter().next()
    }

    fn string(&self, subject: &Term, predicate: &str) -> Option<String> {
        match self.object(subject, predicate)? {
            Term::Literal(l) => Some(l.value().to_string()),
            Term::NamedNode(n) => Some(n.as_str().to_string()),
            _ => None,
        }
    }

    /// The members of the RDF list that `subject predicate` points to.
    fn list_of(&self, subject: &Term, predicate: &str) -> Vec<Term> {
        let mut out = Vec::new();
        let mut node = self.object(subject, predicate);
        while let Some(n) = node {
            if matches!(&n, Term::NamedNode(x) if x.as_str() == format!("{RDF}nil")) {
                break;
            }
            out.extend(self.object(&n, &format!("{RDF}first")));
            node = self.object(&n, &format!("{RDF}rest"));
        }
        out
    }

    fn test(&self, entry: &Term) -> TestCase {
        let name = self
            .string(entry, &format!("{MF}name"))
            .unwrap_or_else(|| entry.to_string());
        let requires = self
            .objects(entry, &format!("{MF}requires"))
            .iter()
            .map(local_name)
            .collect();
        let graph_data = self
            .objects(entry, &format!("{UT}graphData"))
            .iter()
            .map(|d| {
                let file = iri_to_path(&self.object(d, &format!("{UT}graph")).unwrap());
                let label = self.string(d, &format!("{RDFS}label")).unwrap();
                (file, label)
            })
            .collect();
        let action = self.object(entry, &format!("{MF}action")).unwrap();
        let requests = self
            .list_of(&action, &format!("{HT}requests"))
            .iter()
            .map(|r| self.request(r))
            .collect();
        TestCase {
            name,
            requires,
            graph_data,
            requests,
        }
    }

    fn headers(&self, node: &Term) -> Vec<(String, String)> {
        self.list_of(node, &format!("{HT}headers"))
            .iter()
            .map(|h| {
                (
                    self.string(h, &format!("{HT}fieldName")).unwrap(),
                    self.string(h, &format!("{HT}fieldValue")).unwrap(),
                )
            })
            .collect()
    }

    fn body(&self, node: &Term) -> Option<(String, String)> {
        let body = self.object(node, &format!("{HT}body"))?;
        Some((
            self.string(&body, &format!("{CNT}chars"))?,
            self.string(&body, &format!("{CNT}characterEncoding"))
                .unwrap_or_else(|| "UTF-8".into()),
        ))
    }

    fn request(&self, node: &Term) -> Request {
        let resp = self.object(node, &format!("{HT}resp")).unwrap();
        let response_headers = self.headers(&resp);
        let expect = Expect {
            statuses: self
                .objects(&resp, &format!("{MF}expectedStatus"))
                .iter()
                .map(local_name)
                .collect(),
            format: self.string(&resp, &format!("{MF}expectedFormat")),
            boolean: self
                .string(&resp, &format!("{MF}expectedBoolean"))
                .map(|b| b == "true"),
            content_type: response_headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.clone()),
            body: self.body(&resp).map(|(text, _)| text),
            location_var: self.string(&resp, &format!("{MF}expectedLocation")),
        };
        Request {
            method: self.string(node, &format!("{HT}methodName")).unwrap(),
            path: self.string(node, &format!("{HT}absolutePath")).unwrap(),
            headers: self.headers(node),
            body: self.body(node),
            expect,
        }
    }
}

fn as_subject(term: &Term) -> Option<NamedOrBlankNode> {
    match term {
        Term::NamedNode(n) => Some(n.clone().into()),
        Term::BlankNode(b) => Some(b.clone().into()),
        _ => None,
    }
}

fn local_name(term: &Term) -> String {
    let s = match term {
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    };
    s.rsplit(['#', '/']).next().unwrap_or_default().to_string()
}

// ---------------------------------------------------------------- the server under test

/// Where the suites' paths go on the server under test.
#[derive(Debug, Clone)]
struct Target {
    /// `http://host:port`, no trailing slash.
    origin: String,
    query_path: String,
    update_path: String,
    store_path: String,
    /// Sent as `Authorization: Bearer` with the requests that write ([`writes`]) when set;
    /// reads go anonymously, as the public's do.
    token: Option<String>,
}

/// Starts noticegraph's router on a loopback port in a background runtime (the server
/// lives as long as the test process) with an empty in-memory store and `token` for writes
/// (none: writes off).
fn start_noticegraph(token: Option<&str>) -> Target {
    let origin = crate::support::serve(|origin| {
        let config = Config {
            base_iri: format!("{origin}/"),
            token: token.map(str::to_string),
            ..Config::default()
        };
        App {
            iris: Iris::new(&config.base_iri).unwrap(),
            config,
            store: crate::support::empty_store(),
            gazetteer: Box::leak(Box::new(Gazetteer::default())),
            localizer: Localizer::new().unwrap(),
            void_cache: Default::default(),
            metrics: Default::default(),
        }
    });
    Target {
        origin,
        query_path: "/sparql".into(),
        update_path: "/sparql".into(),
        store_path: "/store".into(),
        token: token.map(str::to_string),
    }
}

/// Sends a request of the suites to `target` through `agent` (its pooled connections),
/// with the bearer token added when the request writes ([`writes`]).
fn send(
    agent: &ureq::Agent,
    target: &Target,
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: Vec<u8>,
) -> Result<Answer, String> {
    let mut all: Vec<(&str, &str)> = headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let bearer = target.token.as_ref().map(|token| format!("Bearer {token}"));
    if let Some(bearer) = &bearer
        && writes(target, method, url, headers, &body)
    {
        all.push(("authorization", bearer));
    }
    try_send(agent, method, url, &all, body)
}

/// Whether a request writes, so carries the token: a Graph Store `PUT`, `DELETE` or `POST`,
/// or a SPARQL update (an `application/sparql-update` body, an `update=` form or query
/// parameter, `using-graph-uri`; an update sent by `GET` too, so that its refusal is about
/// the method, not the token). Everything else is a read and is sent without a token.
fn writes(
    target: &Target,
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> bool {
    let path = url
        .strip_prefix(&target.origin)
        .unwrap_or(url)
        .split('?')
        .next()
        .unwrap_or("");
    let to_store =
        path == target.store_path || path.starts_with(&format!("{}/", target.store_path));
    let typed_update = headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case("content-type") && v.contains("application/sparql-update")
    });
    let query = url.split_once('?').map_or("", |(_, q)| q);
    let update_param = query
        .split('&')
        .any(|p| p.starts_with("update=") || p.starts_with("using-"));
    match method {
        "PUT" | "DELETE" => true,
        "POST" if to_store => true,
        _ => typed_update || body.starts_with(b"update=") || update_param,
    }
}

/// Whether a request of the protocol suite is an update (which Oxigraph server takes on
/// another path than queries).
fn is_update(request: &Request) -> bool {
    let typed_update = request.headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case("content-type") && v.contains("application/sparql-update")
    });
    let body_update = request
        .body
        .as_ref()
        .is_some_and(|(text, _)| text.starts_with("update="));
    typed_update
        || body_update
        || request.path.contains("update=")
        || request.path.contains("using-graph-uri")
        || request.path.contains("using-named-graph-uri")
}

/// The URL the manifest path `path` maps to on `target`.
fn url_for(target: &Target, request: &Request, path: &str) -> String {
    let mapped = if let Some(rest) = path.strip_prefix("/sparql/") {
        let endpoint = if is_update(request) {
            &target.update_path
        } else {
            &target.query_path
        };
        format!("{endpoint}{rest}")
    } else if let Some(rest) = path.strip_prefix("/gsp") {
        format!("{}{rest}", target.store_path)
    } else {
        path.to_string()
    };
    format!("{}{mapped}", target.origin)
}

/// Encodes `text` in `encoding` (`UTF-8` or `UTF-16`, big-endian with a byte-order mark as
/// the W3C's runners do).
fn encode(text: &str, encoding: &str) -> Vec<u8> {
    if encoding.eq_ignore_ascii_case("UTF-16") {
        let mut out = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            out.extend(unit.to_be_bytes());
        }
        out
    } else {
        text.as_bytes().to_vec()
    }
}

// ---------------------------------------------------------------- checks

fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn status_matches(expected: &str, status: u16) -> bool {
    match expected {
        "StatusCode2xx" => (200..300).contains(&status),
        "StatusCode3xx" => (300..400).contains(&status),
        "StatusCode4xx" => (400..500).contains(&status),
        "StatusCode5xx" => (500..600).contains(&status),
        "OK" => status == 200,
        "Created" => status == 201,
        "NoContent" => status == 204,
        "NotFound" => status == 404,
        other => other
            .strip_prefix("StatusCode")
            .and_then(|c| c.parse().ok())
            .is_some_and(|c: u16| c == status),
    }
}

fn results_format(media: &str) -> Option<QueryResultsFormat> {
    match media {
        "application/sparql-results+json" | "application/json" => Some(QueryResultsFormat::Json),
        "application/sparql-results+xml" | "application/xml" => Some(QueryResultsFormat::Xml),
        "text/csv" => Some(QueryResultsFormat::Csv),
        "text/tab-separated-values" => Some(QueryResultsFormat::Tsv),
        _ => None,
    }
}

fn parse_graph(body: &[u8], media: &str, base: &str) -> Result<Graph, String> {
    let format = RdfFormat::from_media_type(media)
        .ok_or_else(|| format!("{media:?} is not an RDF format"))?;
    RdfParser::from_format(format)
        .with_base_iri(base)
        .map_err(|e| e.to_string())?
        .for_slice(body)
        .map(|q| {
            q.map(Triple::from)
                .map_err(|e| format!("unparsable {media}: {e}"))
        })
        .collect()
}

fn isomorphic(mut a: Graph, mut b: Graph) -> bool {
    a.canonicalize(CanonicalizationAlgorithm::Unstable);
    b.canonicalize(CanonicalizationAlgorithm::Unstable);
    a == b
}

/// Checks one answer against what the manifest expects; the reason when it does not match.
fn check(expect: &Expect, answer: &Answer, base: &str) -> Result<(), String> {
    if !expect.statuses.is_empty()
        && !expect
            .statuses
            .iter()
            .any(|s| status_matches(s, answer.status))
    {
        return Err(format!(
            "status {} where {} was expected ({})",
            answer.status,
            expect.statuses.join(" or "),
            answer.body.trim()
        ));
    }
    let content_type = answer.header("content-type");
    let media = media_type(&content_type);
    match expect.format.as_deref() {
        Some("boolean") => {
            let format = results_format(&media)
                .filter(|f| matches!(f, QueryResultsFormat::Json | QueryResultsFormat::Xml))
                .ok_or_else(|| format!("boolean answer in {media:?}"))?;
            let parsed = QueryResultsParser::from_format(format)
                .for_slice(&answer.bytes)
                .map_err(|e| format!("unparsable boolean: {e}"))?;
            let SliceQueryResultsParserOutput::Boolean(value) = parsed else {
                return Err("solutions where a boolean was expected".into());
            };
            if let Some(expected) = expect.boolean
                && value != expected
            {
                return Err(format!("ASK answered {value}, expected {expected}"));
            }
        }
        Some("tabular") => {
            let format =
                results_format(&media).ok_or_else(|| format!("tabular answer in {media:?}"))?;
            let parsed = QueryResultsParser::from_format(format)
                .for_slice(&answer.bytes)
                .map_err(|e| format!("unparsable results: {e}"))?;
            // tabular: solutions (a table, possibly empty), not an ASK's boolean
            let SliceQueryResultsParserOutput::Solutions(solutions) = parsed else {
                return Err("a boolean where a table of solutions was expected".into());
            };
            for solution in solutions {
                solution.map_err(|e| format!("unparsable results: {e}"))?;
            }
        }
        Some("RDF") => {
            // The manifests' requests accept RDF/XML, Turtle, N-Triples and also XHTML
            // (RDFa). RDFa is not parsed here (Oxigraph has no RDFa parser), so an RDF
            // answer in XHTML could not be checked: it is refused explicitly rather than
            // passed unparsed. noticegraph never answers RDF in XHTML.
            if media == "application/xhtml+xml" {
                return Err("RDF answered in application/xhtml+xml (RDFa): this runner \
                     cannot parse RDFa, so it does not accept it as RDF"
                    .into());
            }
            if !matches!(
                media.as_str(),
                "application/rdf+xml" | "text/turtle" | "application/n-triples"
            ) {
                return Err(format!("RDF answer in {media:?}"));
            }
            parse_graph(&answer.bytes, &media, base)?;
        }
        _ => {}
    }
    if let Some(expected_type) = &expect.content_type
        && media != media_type(expected_type)
    {
        return Err(format!(
            "Content-Type {content_type:?}, expected {expected_type:?}"
        ));
    }
    if let Some(expected_body) = &expect.body {
        let expected_media = expect
            .content_type
            .as_deref()
            .map_or("text/turtle".to_string(), media_type);
        let want = parse_graph(expected_body.as_bytes(), &expected_media, base)?;
        let got = parse_graph(&answer.bytes, &media, base)?;
        if !isomorphic(want.clone(), got.clone()) {
            return Err(format!("graph differs: got\n{got}\nexpected\n{want}"));
        }
    }
    if expect.location_var.is_some() && answer.first("location").is_none() {
        return Err("no Location header".into());
    }
    Ok(())
}

// ---------------------------------------------------------------- running

/// Empties the store (`DROP ALL`: no graph left, not even an empty one) and loads
/// `graph_data` into named graphs (Graph Store Protocol PUT).
fn prepare(agent: &ureq::Agent, target: &Target, test: &TestCase) -> Result<(), String> {
    let update_url = format!("{}{}", target.origin, target.update_path);
    let headers = [(
        "content-type".to_string(),
        "application/sparql-update".to_string(),
    )];
    let answer = send(
        agent,
        target,
        "POST",
        &update_url,
        &headers,
        b"DROP ALL".to_vec(),
    )?;
    if !(200..300).contains(&answer.status) {
        return Err(format!("DROP ALL answered {}", answer.status));
    }
    for (file, graph) in &test.graph_data {
        let data = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let url = format!(
            "{}{}?graph={}",
            target.origin,
            target.store_path,
            percent_encoding::utf8_percent_encode(graph, percent_encoding::NON_ALPHANUMERIC)
        );
        let headers = [(
            "content-type".to_string(),
            "application/n-triples".to_string(),
        )];
        let answer = send(agent, target, "PUT", &url, &headers, data)?;
        if !(200..300).contains(&answer.status) {
            return Err(format!("loading {graph} answered {}", answer.status));
        }
    }
    Ok(())
}

/// Runs one test's requests in order; the first failure's description.
fn run_test(agent: &ureq::Agent, target: &Target, test: &TestCase) -> Result<(), String> {
    prepare(agent, target, test)?;
    let mut vars: Vec<(String, String)> = Vec::new();
    for (i, request) in test.requests.iter().enumerate() {
        let fill = |s: &str| {
            vars.iter()
                .fold(s.to_string(), |acc, (name, value)| acc.replace(name, value))
        };
        let path = fill(&request.path);
        let url = url_for(target, request, &path);
        let body = request
            .body
            .as_ref()
            .map(|(text, encoding)| encode(&fill(text), encoding))
            .unwrap_or_default();
        let answer = send(agent, target, &request.method, &url, &request.headers, body)
            .map_err(|e| format!("request {}: {e}", i + 1))?;
        check(&request.expect, &answer, &url)
            .map_err(|e| format!("request {} ({} {path}): {e}", i + 1, request.method))?;
        if let (Some(var), Some(location)) =
            (&request.expect.location_var, answer.first("location"))
        {
            let absolute = if location.starts_with('/') {
                format!("{}{location}", target.origin)
            } else {
                location.to_string()
            };
            vars.push((var.clone(), absolute));
        }
    }
    Ok(())
}

/// Every test of both suites against `target`: `(name, outcome)` in manifest order.
fn run_suites(target: &Target) -> Vec<(String, Result<(), String>)> {
    let agent = agent();
    let dir = suite_dir();
    let mut outcomes = Vec::new();
    for test in read_manifest(&dir.join("protocol/manifest.ttl")) {
        let outcome = run_test(&agent, target, &test);
        outcomes.push((format!("protocol: {}", test.name), outcome));
    }
    for test in read_manifest(&dir.join("graph-store-protocol/manifest.ttl")) {
        let outcome = run_test(&agent, target, &test);
        let features = test.requires.join(", ");
        outcomes.push((format!("gsp ({features}): {}", test.name), outcome));
    }
    outcomes
}

fn report(outcomes: &[(String, Result<(), String>)]) -> usize {
    let passed = outcomes.iter().filter(|(_, o)| o.is_ok()).count();
    for (name, outcome) in outcomes {
        match outcome {
            Ok(()) => eprintln!("PASS {name}"),
            Err(why) => eprintln!("FAIL {name}: {why}"),
        }
    }
    eprintln!(
        "{passed}/{} W3C protocol and graph-store tests pass",
        outcomes.len()
    );
    passed
}

#[test]
fn w3c_protocol_and_graph_store_suites() {
    let target = start_noticegraph(Some(TOKEN));
    let outcomes = run_suites(&target);
    assert_eq!(
        outcomes.len(),
        34 + 4 + 9,
        "the manifests hold 34 protocol tests and 13 graph-store tests"
    );
    report(&outcomes);
    // the graph-store test the direct manifest defines without listing it, run by name
    let unlisted = read_unlisted(
        &suite_dir().join("graph-store-protocol/manifest-direct.ttl"),
        HEAD_NON_EXISTING_DIRECT,
    );
    assert_eq!(unlisted.requests.len(), 1);
    if let Err(why) = run_test(&agent(), &target, &unlisted) {
        panic!("gsp (extra, unlisted): {}: {why}", unlisted.name);
    }
    let unexpected: Vec<String> = outcomes
        .iter()
        .filter_map(|(name, outcome)| {
            let known = KNOWN_FAILURES.iter().any(|(n, _)| name.ends_with(n));
            match outcome {
                Err(why) if !known => Some(format!("{name}: {why}")),
                Ok(()) if known => Some(format!("{name}: passes but is listed as failing")),
                _ => None,
            }
        })
        .collect();
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}

/// The same suites against another server, for comparison (not part of CI's verdict):
/// `NOTICEGRAPH_W3C_ENDPOINT=http://127.0.0.1:7878 NOTICEGRAPH_W3C_PATHS=/query,/update,/store`.
#[test]
#[ignore = "needs NOTICEGRAPH_W3C_ENDPOINT: a server to compare with"]
fn w3c_suites_against_another_server() {
    let origin = std::env::var("NOTICEGRAPH_W3C_ENDPOINT")
        .expect("NOTICEGRAPH_W3C_ENDPOINT=http://host:port");
    let paths = std::env::var("NOTICEGRAPH_W3C_PATHS").unwrap_or("/query,/update,/store".into());
    let paths: Vec<&str> = paths.split(',').collect();
    assert_eq!(paths.len(), 3, "NOTICEGRAPH_W3C_PATHS=query,update,store");
    let target = Target {
        origin: origin.trim_end_matches('/').to_string(),
        query_path: paths[0].into(),
        update_path: paths[1].into(),
        store_path: paths[2].into(),
        token: std::env::var("NOTICEGRAPH_W3C_TOKEN").ok(),
    };
    let outcomes = run_suites(&target);
    report(&outcomes);
}

/// Parsing the manifests alone: every protocol test has requests with a method, and the
/// graph data files exist (guards the runner against silently running nothing).
#[test]
fn manifests_parse_into_runnable_tests() {
    let dir = suite_dir();
    let protocol = read_manifest(&dir.join("protocol/manifest.ttl"));
    assert_eq!(protocol.len(), 34);
    assert_eq!(
        protocol.iter().map(|t| t.requests.len()).sum::<usize>(),
        39,
        "the protocol manifest's 39 requests"
    );
    for test in &protocol {
        for (file, _) in &test.graph_data {
            assert!(file.exists(), "{}", file.display());
        }
    }
    let gsp = read_manifest(&dir.join("graph-store-protocol/manifest.ttl"));
    assert_eq!(gsp.len(), 13);
    // every GSP test but the default-graph one names the identification it needs
    assert_eq!(gsp.iter().filter(|t| t.requires.is_empty()).count(), 1);
}

/// Writes need the configured bearer token: none or another one is a 401 (with
/// `WWW-Authenticate`), and a server started without a token refuses every write (403);
/// reads need no token. Nothing is written by a refused request.
#[test]
fn writes_need_the_token() {
    let agent = agent();
    let with_token = start_noticegraph(Some(TOKEN));
    let anonymous = Target {
        token: None,
        ..with_token.clone()
    };
    let impostor = Target {
        token: Some("not-the-token".into()),
        ..with_token.clone()
    };
    let update = |target: &Target| {
        let headers = [(
            "content-type".to_string(),
            "application/sparql-update".to_string(),
        )];
        let url = format!("{}/sparql", target.origin);
        let body = b"INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }".to_vec();
        send(&agent, target, "POST", &url, &headers, body).unwrap()
    };
    let put = |target: &Target| {
        let headers = [("content-type".to_string(), "text/turtle".to_string())];
        let url = format!("{}/store?graph=http%3A%2F%2Fexample.org%2Fg", target.origin);
        let body = b"<http://example.org/s> <http://example.org/p> 2 .".to_vec();
        send(&agent, target, "PUT", &url, &headers, body).unwrap()
    };
    for target in [&anonymous, &impostor] {
        let answer = update(target);
        assert_eq!(answer.status, 401, "{}", answer.body);
        assert_eq!(put(target).status, 401);
    }
    let ask = |target: &Target| {
        let url = format!("{}/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", target.origin);
        let headers = [(
            "accept".to_string(),
            "application/sparql-results+json".to_string(),
        )];
        let answer = send(&agent, target, "GET", &url, &headers, Vec::new()).unwrap();
        assert_eq!(answer.status, 200);
        answer.body.contains("true")
    };
    assert!(!ask(&anonymous), "a refused write left data behind");
    assert_eq!(update(&with_token).status, 204);
    assert_eq!(put(&with_token).status, 201);
    assert!(ask(&anonymous), "reads need no token");

    let writes_off = start_noticegraph(None);
    let forged = Target {
        token: Some(TOKEN.into()),
        ..writes_off.clone()
    };
    let answer = update(&forged);
    assert_eq!(answer.status, 403);
    assert!(
        answer.body.contains("--token"),
        "the refusal says how to turn writes on"
    );
    assert_eq!(put(&forged).status, 403);
}

/// Reads one answer off a kept-alive connection: its status and header block (lowercased),
/// then its `Content-Length` bytes of body. Panics when the server closes the connection
/// first.
fn read_one_answer(stream: &mut TcpStream) -> (u16, String) {
    let mut head = Vec::new();
    let mut byte = [0u8];
    while !head.ends_with(b"\r\n\r\n") {
        let n = stream.read(&mut byte).unwrap();
        assert_eq!(
            n, 1,
            "the server closed the connection instead of answering"
        );
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).to_ascii_lowercase();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .map_or(0, |v| v.trim().parse().unwrap());
    let mut body = vec![0; length];
    stream.read_exact(&mut body).unwrap();
    (status, head)
}

/// A write refused before its body is read (no token: 401; an RDF type the store does not
/// take: 415; a method it does not know: 405) leaves the connection usable even when the
/// body comes after the request head: the server reads that body before it answers, so
/// the next request on the connection is answered too. (Hyper drains only a body that has
/// already arrived; it closed the connection after the answer otherwise, without saying
/// so, and the next request of a client that pools connections met a closed socket:
/// `writes_need_the_token`'s "Peer disconnected" under load.)
#[test]
fn refused_writes_keep_the_connection_usable() {
    let target = start_noticegraph(Some(TOKEN));
    let address = target.origin.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let body = b"<http://example.org/s> <http://example.org/p> 1 .";
    let auth = format!("authorization: Bearer {TOKEN}\r\n");
    let refusals = [
        ("PUT", "text/turtle", String::new(), 401),
        ("PUT", "image/png", auth.clone(), 415),
        ("PATCH", "text/turtle", auth, 405),
    ];
    for (method, content_type, auth, status) in refusals {
        let head = format!(
            "{method} /store?graph=http%3A%2F%2Fexample.org%2Fg HTTP/1.1\r\nhost: {address}\r\n\
             content-type: {content_type}\r\n{auth}content-length: {}\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        // the body comes late, after the server has seen the head
        std::thread::sleep(Duration::from_millis(200));
        stream.write_all(body).unwrap();
        let (got, head) = read_one_answer(&mut stream);
        assert_eq!(got, status, "{method} {content_type}: {head}");
        assert!(!head.contains("connection: close"), "{head}");
    }
    let health = format!("GET /health HTTP/1.1\r\nhost: {address}\r\n\r\n");
    stream.write_all(health.as_bytes()).unwrap();
    assert_eq!(read_one_answer(&mut stream).0, 200);
}
