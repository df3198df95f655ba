//! The remote store on a real `oxigraph serve` (issue 6, DESIGN.md §Scale-out): a server
//! that goes away in the middle of a request is answered 503 with a message and
//! `Retry-After` (not a crash, not a hang), every request meanwhile too, and everything
//! works again, data intact, once it is back; and the real `noticegraph serve --store-url`
//! seeds, serves pages and answers SPARQL from the remote server, and `ingest`, `query` and
//! `export` work on it; two replicas share one server; credentials go with every request.

use crate::support::{
    OxigraphServer, agent, encode, free_port, get, numbered_quads, send, serve_binary, try_send,
};
use noticegraph::config::Config;
use noticegraph::store::{RemoteAuth, RemoteEndpoints, RemoteStore, Store, StoreError};
use oxigraph::model::GraphName;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// `GET {origin}/sparql?query=…` as CSV.
fn csv(origin: &str, query: &str) -> crate::support::Answer {
    get(
        &format!("{origin}/sparql?query={}", encode(query)),
        &[("accept", "text/csv")],
    )
}

/// Asserts that `answer` is the 503 of an unreachable store: a plain-text message that
/// says so and when to retry, and `Retry-After`.
fn assert_unavailable(answer: &crate::support::Answer, what: &str) {
    assert_eq!(answer.status, 503, "{what}: {}", answer.body);
    assert!(
        answer.body.contains("cannot be reached") && answer.body.contains("try again"),
        "{what}: {}",
        answer.body
    );
    assert_eq!(answer.header("retry-after"), "5", "{what}");
}

/// The server killed (SIGKILL) while a long query runs on it: that query's client gets 503
/// with a message at once; a query, a page and a write meanwhile get 503 too and the
/// service stays up; once the server is back on the same port and data, the same requests
/// answer 200 and the data written before is all there.
#[test]
fn a_store_that_goes_away_mid_request_is_503_and_recovers() {
    let data = tempfile::tempdir().unwrap();
    let location = data.path().to_str().unwrap().to_string();
    let mut oxigraph = OxigraphServer::start(&["--location", &location]);
    let port = oxigraph.port;
    let store = oxigraph.store();
    let (graph, quads) = numbered_quads("http://e.test", "numbers", 300);
    store.replace_graph(&graph, &quads).unwrap();
    let origin = crate::support::serve(|origin| {
        let config = Config {
            base_iri: format!("{origin}/"),
            token: Some("secret".into()),
            query_timeout: Duration::from_secs(120),
            ..Config::default()
        };
        crate::support::app_on(config, Arc::new(store) as Arc<dyn Store>)
    });
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://e.test/p> ?o }";
    assert_eq!(csv(&origin, count).body.replace("\r\n", "\n"), "n\n300\n");

    // a cross product of 300³ rows: seconds of work for the server
    let long = {
        let origin = origin.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let answer = csv(
                &origin,
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            );
            (answer, started.elapsed())
        })
    };
    std::thread::sleep(Duration::from_millis(700));
    assert!(!long.is_finished(), "the long query ended before the kill");
    oxigraph.kill();
    let (answer, took) = long.join().unwrap();
    assert_unavailable(&answer, "the query in flight");
    assert!(took < Duration::from_secs(60), "the answer took {took:?}");

    // while it is down: queries, pages, writes and linked data all say so
    assert_unavailable(&csv(&origin, count), "a query while down");
    let page = get(
        &format!("{origin}/en/search?q=seoul"),
        &[("accept", "text/html")],
    );
    assert_eq!(page.status, 503, "a page while down: {}", page.body);
    let put = send(
        "PUT",
        &format!("{origin}/store?graph={}", encode("http://e.test/graph/new")),
        &[
            ("content-type", "text/turtle"),
            ("authorization", "Bearer secret"),
        ],
        b"<http://e.test/a> <http://e.test/p> 1 .".to_vec(),
    );
    assert_unavailable(&put, "a Graph Store write while down");
    assert_eq!(get(&format!("{origin}/health"), &[]).status, 200);

    // back on the same port and data
    let _back = OxigraphServer::start_on(port, &["--location", &location]);
    assert_eq!(
        csv(&origin, count).body.replace("\r\n", "\n"),
        "n\n300\n",
        "the data written before the failure"
    );
    let put = send(
        "PUT",
        &format!("{origin}/store?graph={}", encode("http://e.test/graph/new")),
        &[
            ("content-type", "text/turtle"),
            ("authorization", "Bearer secret"),
        ],
        b"<http://e.test/a> <http://e.test/p> 1 .".to_vec(),
    );
    assert_eq!(put.status, 201, "{}", put.body);
    assert_eq!(csv(&origin, count).body.replace("\r\n", "\n"), "n\n301\n");
}

/// The real executable on a remote store: `noticegraph serve --store-url` stores the
/// background graphs and the sample notices in the server on its first start, serves
/// their pages, and its SPARQL endpoint counts what the server itself counts.
#[test]
fn serve_on_a_remote_store_seeds_and_serves() {
    let oxigraph = OxigraphServer::start(&[]);
    let port = free_port();
    let origin = format!("http://127.0.0.1:{port}");
    let mut child = serve_binary(port, &["--store-url", &oxigraph.origin]);
    let quads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let ours = csv(&origin, quads);
    let theirs = get(
        &format!("{}/query?query={}", oxigraph.origin, encode(quads)),
        &[("accept", "text/csv")],
    );
    assert_eq!(ours.status, 200, "{}", ours.body);
    assert_eq!(ours.body, theirs.body);
    let n: usize = ours.body.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(n > 1000, "background graphs and samples: {n} quads");
    // a page of an event of the sample notices
    let events = csv(
        &origin,
        "SELECT ?e WHERE { ?e a <https://schema.org/Event> } ORDER BY ?e LIMIT 1",
    );
    let event = events
        .body
        .lines()
        .nth(1)
        .expect("an event")
        .trim()
        .to_string();
    for lang in ["ko", "en"] {
        let see = get(
            &event,
            &[("accept", "text/html"), ("accept-language", lang)],
        );
        assert_eq!(see.status, 303, "{event} in {lang}: {}", see.body);
        let location = see.header("location");
        let page = get(&location, &[("accept", "text/html")]);
        assert_eq!(page.status, 200, "{location}: {}", page.body);
        assert!(
            page.body.contains(&format!("<html lang=\"{lang}\"")),
            "{location}"
        );
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// `noticegraph ARGS` with the store on `store_url`; panics when it fails.
fn cli(store_url: &str, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_noticegraph"))
        .args(args)
        .args(["--store-url", store_url])
        .env("RUST_LOG", "warn")
        .output()
        .expect("run noticegraph");
    assert!(
        output.status.success(),
        "noticegraph {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// `ingest`, `query` and `export` with `--store-url`: the dev notices ingested into the
/// remote server are what the batch mode (`ingest --output`) writes for them, quad for
/// quad once blank nodes are set aside, and `query` counts them.
#[test]
fn ingest_query_and_export_work_on_a_remote_store() {
    let oxigraph = OxigraphServer::start(&[]);
    let notices: Vec<String> = crate::corpus::dev_notices()
        .iter()
        .take(6)
        .map(|p| p.display().to_string())
        .collect();
    let mut ingest = vec!["ingest"];
    ingest.extend(notices.iter().map(String::as_str));
    cli(&oxigraph.origin, &ingest);
    let exported = cli(&oxigraph.origin, &["export", "--format", "nquads"]);
    let dir = tempfile::tempdir().unwrap();
    let batch = dir.path().join("batch.nq");
    let mut offline = vec!["ingest", "--output", batch.to_str().unwrap()];
    offline.extend(notices.iter().map(String::as_str));
    let output = Command::new(env!("CARGO_BIN_EXE_noticegraph"))
        .args(&offline)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let ground = |text: &str| -> std::collections::BTreeSet<String> {
        text.lines()
            .filter(|l| !l.contains("_:") && !l.trim().is_empty())
            .map(|l| {
                // the integer type of a count may differ between writers
                l.replace(
                    "<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>",
                    "<http://www.w3.org/2001/XMLSchema#integer>",
                )
            })
            .collect()
    };
    let stored = ground(&exported);
    let expected = ground(&std::fs::read_to_string(&batch).unwrap());
    assert!(expected.len() > 1000, "{} quads", expected.len());
    assert_eq!(
        stored
            .symmetric_difference(&expected)
            .take(5)
            .collect::<Vec<_>>(),
        Vec::<&String>::new()
    );
    let counted = cli(
        &oxigraph.origin,
        &[
            "query",
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        ],
    );
    let n: usize = counted.lines().nth(1).unwrap().trim().parse().unwrap();
    assert_eq!(n, exported.lines().filter(|l| !l.trim().is_empty()).count());
}

/// Two replicas of the service on one remote server (DESIGN.md §Scale-out: the HTTP tier
/// keeps no state of its own): a notice posted to one is at once a page, a linked-data
/// document and a SPARQL answer on the other.
#[test]
fn replicas_share_one_remote_store() {
    let oxigraph: &'static OxigraphServer = Box::leak(Box::new(OxigraphServer::start(&[])));
    let replica = || {
        crate::support::serve(|_| {
            let config = Config {
                // both replicas mint IRIs under one public base, as behind a load balancer
                base_iri: "http://notices.test/".into(),
                token: Some("secret".into()),
                ..Config::default()
            };
            crate::support::app_on(config, Arc::new(oxigraph.store()) as Arc<dyn Store>)
        })
    };
    let (first, second) = (replica(), replica());
    let notice = "title: Ministers meet in Busan\ndate: 2021-05-04\nlang: en\n\n\
                  The Ministry of the Interior and Safety hosted the 3rd Regional \
                  Data Forum in Busan on May 4, 2021.\n";
    let posted = send(
        "POST",
        &format!("{first}/notices"),
        &[
            ("content-type", "text/plain; charset=utf-8"),
            ("authorization", "Bearer secret"),
        ],
        notice.as_bytes().to_vec(),
    );
    assert_eq!(posted.status, 201, "{}", posted.body);
    let graph = posted.header("location");
    assert!(!graph.is_empty(), "a Location for the notice");
    let events = csv(
        &second,
        "SELECT ?e WHERE { ?e a <https://schema.org/Event> } ORDER BY ?e",
    );
    assert_eq!(events.status, 200, "{}", events.body);
    let event = events.body.lines().nth(1).expect("the posted event").trim();
    assert!(
        event.starts_with("http://notices.test/id/event/"),
        "{event}"
    );
    let path = event.trim_start_matches("http://notices.test");
    let page = get(&format!("{second}/en{}", path.replacen("/id", "", 1)), &[]);
    assert_eq!(page.status, 200, "{path}: {}", page.body);
    assert!(page.body.contains("Busan"), "{}", page.body);
    let data = get(
        &format!("{second}{path}"),
        &[("accept", "application/n-triples")],
    );
    assert_eq!(data.status, 303, "{}", data.body);
}

/// What [`auth_proxy`] saw: requests let through and refused.
#[derive(Default)]
struct ProxyCounts {
    allowed: std::sync::atomic::AtomicUsize,
    refused: std::sync::atomic::AtomicUsize,
}

/// A reverse proxy in front of `upstream` that lets through only requests whose
/// `Authorization` header is `expected` (else 401), as an authenticating front of a
/// production SPARQL server would. Returns its origin and its counts; it lives as long as
/// the test process.
fn auth_proxy(upstream: &str, expected: &str) -> (String, Arc<ProxyCounts>) {
    use axum::extract::{Request, State};
    use axum::response::IntoResponse;
    type Shared = (String, String, Arc<ProxyCounts>);
    async fn forward(
        State(shared): State<Arc<Shared>>,
        request: Request,
    ) -> axum::response::Response {
        let (upstream, expected, counts) = shared.as_ref();
        let sent = request
            .headers()
            .get("authorization")
            .map(|v| v.as_bytes().to_vec());
        if sent.as_deref() != Some(expected.as_bytes()) {
            counts
                .refused
                .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            return (axum::http::StatusCode::UNAUTHORIZED, "credentials, please").into_response();
        }
        counts
            .allowed
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let method = request.method().to_string();
        let url = format!(
            "{upstream}{}",
            request.uri().path_and_query().map_or("/", |p| p.as_str())
        );
        let headers: Vec<(String, String)> = ["content-type", "accept"]
            .iter()
            .filter_map(|n| {
                let v = request.headers().get(*n)?.to_str().ok()?;
                Some((n.to_string(), v.to_string()))
            })
            .collect();
        let body = axum::body::to_bytes(request.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec();
        let answer = tokio::task::spawn_blocking(move || {
            let headers: Vec<(&str, &str)> = headers
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            try_send(&agent(), &method, &url, &headers, body).unwrap()
        })
        .await
        .unwrap();
        let content_type = answer.header("content-type");
        (
            axum::http::StatusCode::from_u16(answer.status).unwrap(),
            [(axum::http::header::CONTENT_TYPE, content_type)],
            answer.bytes,
        )
            .into_response()
    }
    let counts = Arc::new(ProxyCounts::default());
    let shared = Arc::new((upstream.to_string(), expected.to_string(), counts.clone()));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        runtime.block_on(async move {
            let app = axum::Router::new().fallback(forward).with_state(shared);
            axum::serve(listener, app).await.unwrap();
        })
    });
    (origin, counts)
}

/// `--store-user`/`--store-password` and `--store-token`: every kind of request the store
/// makes (query, update, Graph Store HEAD, GET, DELETE) carries the credentials through an
/// authenticating proxy; wrong credentials are a 502 for the client that names no secret,
/// and the store's error says which flags to check.
#[test]
fn credentials_go_with_every_request() {
    let oxigraph: &'static OxigraphServer = Box::leak(Box::new(OxigraphServer::start(&[])));
    let (graph, quads) = numbered_quads("http://e.test", "numbers", 10);
    for (auth, header) in [
        (
            RemoteAuth::Basic {
                user: "reader".into(),
                password: "s3cret".into(),
            },
            "Basic cmVhZGVyOnMzY3JldA==",
        ),
        (RemoteAuth::Bearer("t0ken".into()), "Bearer t0ken"),
    ] {
        let (proxy, counts) = auth_proxy(&oxigraph.origin, header);
        let store = RemoteStore::new(
            RemoteEndpoints::under(&proxy).unwrap(),
            auth,
            Duration::from_secs(30),
        );
        store.replace_graph(&graph, &quads).unwrap();
        assert_eq!(store.graph_len(&graph).unwrap(), 10);
        let g = GraphName::NamedNode(graph.clone());
        assert_eq!(store.graph_triples(&g).unwrap().unwrap().len(), 10);
        let deadline = Instant::now() + Duration::from_secs(30);
        assert!(
            !store.add_to_graph(&g, &[], deadline).unwrap(),
            "HEAD: it exists"
        );
        assert!(store.delete_graph(&g).unwrap());
        assert!(store.is_empty().unwrap());
        assert_eq!(counts.refused.load(std::sync::atomic::Ordering::SeqCst), 0);
        assert!(counts.allowed.load(std::sync::atomic::Ordering::SeqCst) >= 7);
    }

    let (proxy, _) = auth_proxy(&oxigraph.origin, "Bearer right");
    let wrong = RemoteStore::new(
        RemoteEndpoints::under(&proxy).unwrap(),
        RemoteAuth::Bearer("wrong".into()),
        Duration::from_secs(30),
    );
    match wrong.select("SELECT * WHERE { ?s ?p ?o }") {
        Err(StoreError::Remote(m)) => assert!(m.contains("--store-token"), "{m}"),
        other => panic!("{other:?}"),
    }
    let origin = crate::support::serve(|origin| {
        let config = Config {
            base_iri: format!("{origin}/"),
            ..Config::default()
        };
        crate::support::app_on(config, Arc::new(wrong) as Arc<dyn Store>)
    });
    let answer = csv(&origin, "SELECT * WHERE { ?s ?p ?o }");
    assert_eq!(answer.status, 502, "{}", answer.body);
    assert!(!answer.body.contains("wrong"), "{}", answer.body);
}
