//! What the HTTP integration tests share: starting the service on a loopback port, and
//! the client side (ureq): sending a request, the answer as the tests read it, SPARQL
//! results.

use noticegraph::config::Config;
use noticegraph::http::long_uri::LongUriListener;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::load;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::{App, AppState};
use noticegraph::store::{EmbeddedStore, RemoteAuth, RemoteEndpoints, RemoteStore, Store};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Which store the HTTP tests run on: `NOTICEGRAPH_TEST_STORE=remote` → each test store is
/// a [`RemoteStore`] on an `oxigraph serve` of its own (see [`remote_store`]); unset or
/// `embedded` → an in-memory [`EmbeddedStore`]. `./dev test` runs the HTTP tests both ways.
/// Panics on another value.
pub fn remote_backend() -> bool {
    match std::env::var("NOTICEGRAPH_TEST_STORE").as_deref() {
        Ok("remote") => true,
        Ok("embedded") | Err(_) => false,
        Ok(other) => panic!("NOTICEGRAPH_TEST_STORE={other}: expected remote or embedded"),
    }
}

/// An empty store on the backend of [`remote_backend`].
pub fn empty_store() -> Arc<dyn Store> {
    if remote_backend() {
        Arc::new(remote_store().0)
    } else {
        Arc::new(EmbeddedStore::in_memory())
    }
}

/// The Oxigraph server executable of the remote tests: `NOTICEGRAPH_OXIGRAPH`, which
/// `./dev test` sets to the `oxigraph` it installs from PyPI. Panics, saying how to get
/// one, when it is unset.
pub fn oxigraph_executable() -> String {
    std::env::var("NOTICEGRAPH_OXIGRAPH").unwrap_or_else(|_| {
        panic!(
            "the remote-store tests need Oxigraph's server: run them with ./dev test, which \
             installs it from PyPI, or set NOTICEGRAPH_OXIGRAPH to an `oxigraph` executable \
             (pip install oxigraph)"
        )
    })
}

/// A running `oxigraph serve` on a loopback port. It is killed when this value drops, and
/// in any case within a second of the test process's end (a watchdog shell waits on the
/// test process: a test server usually lives as long as the process and is never dropped).
pub struct OxigraphServer {
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
    /// The port it listens on.
    pub port: u16,
    child: std::process::Child,
}

impl Drop for OxigraphServer {
    fn drop(&mut self) {
        self.kill();
    }
}

impl OxigraphServer {
    /// Starts `oxigraph serve` in memory (as a deployment would, without
    /// `--union-default-graph`: the store asks for the union per query) on a free port,
    /// with `extra` arguments (e.g. `--location DIR`), and waits until it answers. Panics
    /// when it does not within 20 s.
    pub fn start(extra: &[&str]) -> OxigraphServer {
        let port = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap().port()
        };
        OxigraphServer::start_on(port, extra)
    }

    /// [`OxigraphServer::start`] on `port`.
    pub fn start_on(port: u16, extra: &[&str]) -> OxigraphServer {
        let bind = format!("127.0.0.1:{port}");
        let child = std::process::Command::new(oxigraph_executable())
            .args(["serve", "--bind", &bind])
            .args(extra)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start oxigraph serve");
        // the watchdog: the server ends when this test process does (a thread reaps it)
        let mut watchdog = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "while kill -0 {} 2>/dev/null && kill -0 {server} 2>/dev/null; do sleep 1; done; \
                 kill {server} 2>/dev/null",
                std::process::id(),
                server = child.id()
            ))
            .stdin(std::process::Stdio::null())
            .spawn()
            .expect("start the watchdog of oxigraph serve");
        std::thread::spawn(move || watchdog.wait());
        let server = OxigraphServer {
            origin: format!("http://{bind}"),
            port,
            child,
        };
        let ready = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while std::net::TcpStream::connect(&bind).is_err() {
            assert!(
                std::time::Instant::now() < ready,
                "oxigraph serve did not listen on {bind} within 20 s"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        server
    }

    /// Kills the server at once (SIGKILL) and waits for it to end.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// A [`RemoteStore`] on this server.
    pub fn store(&self) -> RemoteStore {
        RemoteStore::new(
            RemoteEndpoints::under(&self.origin).unwrap(),
            RemoteAuth::None,
            std::time::Duration::from_secs(60),
        )
    }
}

/// An empty [`RemoteStore`] on a fresh in-memory `oxigraph serve`, and the server (leaked
/// by callers that keep the store for the whole process: the watchdog ends it).
pub fn remote_store() -> (RemoteStore, &'static OxigraphServer) {
    let server: &'static OxigraphServer = Box::leak(Box::new(OxigraphServer::start(&[])));
    (server.store(), server)
}

/// The store (on the backend of [`remote_backend`]) `serve` builds on a first start, with IRIs under `config`'s base:
/// the background graphs (ontology, gazetteer) and the sample notices of `data/notices`
/// through the real pipeline. Panics when there are no samples or one does not ingest.
pub fn seeded_store(config: &Config) -> Arc<dyn Store> {
    let iris = Iris::new(&config.base_iri).unwrap();
    let store = empty_store();
    let gaz = Gazetteer::builtin();
    load::ensure_background(store.as_ref(), &iris, gaz).unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/notices");
    let outcomes = load::seed_samples(store.as_ref(), &iris, gaz, &dir).unwrap();
    assert!(outcomes.len() >= 2, "sample notices in {}", dir.display());
    for outcome in &outcomes {
        assert!(
            outcome.result.is_ok(),
            "{}: {:?}",
            outcome.path.display(),
            outcome.result
        );
    }
    store
}

/// A store (on the backend of [`remote_backend`]) holding `fixtures` (TriG documents whose quads all live in named
/// graphs), one `replace_graph` per named graph. Panics on a fixture that does not parse.
pub fn store_of(fixtures: &[&str]) -> Arc<dyn Store> {
    let store = empty_store();
    let mut graphs: BTreeMap<String, (NamedNode, Vec<Quad>)> = BTreeMap::new();
    let quads = fixtures
        .iter()
        .flat_map(|f| RdfParser::from_format(RdfFormat::TriG).for_slice(f.as_bytes()));
    for quad in quads {
        let quad = quad.expect("fixture parses");
        let GraphName::NamedNode(g) = &quad.graph_name else {
            panic!("fixture quads live in named graphs: {quad}");
        };
        graphs
            .entry(g.as_str().to_string())
            .or_insert_with(|| (g.clone(), Vec::new()))
            .1
            .push(quad);
    }
    for (graph, quads) in graphs.values() {
        store.replace_graph(graph, quads).expect("load fixture");
    }
    store
}

/// The app on `store` with `config` (its IRIs under `config.base_iri`), the built-in
/// gazetteer and the Fluent messages, as `serve` makes it.
pub fn app_on(config: Config, store: Arc<dyn Store>) -> App {
    App {
        iris: Iris::new(&config.base_iri).unwrap(),
        config,
        store,
        gazetteer: Gazetteer::builtin(),
        localizer: Localizer::new().unwrap(),
        void_cache: Default::default(),
        metrics: Default::default(),
    }
}

/// Starts noticegraph's router (`noticegraph::app`), on a [`LongUriListener`] as the
/// binary does, on a free loopback port of 127.0.0.1,
/// in a Tokio runtime of its own on a background thread (two workers; the server lives as
/// long as the test process), serving the [`App`] that `build` makes from the server's
/// origin (`http://127.0.0.1:port`, no final `/`: a base IRI is `{origin}/`).
/// Returns that origin. Panics when no port can be bound (a broken test set-up).
pub fn serve(build: impl FnOnce(&str) -> App) -> String {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let state = AppState(Arc::new(build(&origin)));
    // as the binary serves: hyper's own 414 (past 65,534 bytes) gets our message too
    let listener = LongUriListener::new(listener, state.config.url_limit);
    std::thread::spawn(move || {
        runtime.block_on(async move {
            axum::serve(listener, noticegraph::app(state))
                .await
                .unwrap();
        })
    });
    origin
}

/// An HTTP answer as the tests read it.
pub struct Answer {
    pub status: u16,
    /// `(lowercased name, value)`, in the order the server sent them.
    pub headers: Vec<(String, String)>,
    /// The body as text (UTF-8, invalid sequences replaced); empty for a `HEAD`.
    pub body: String,
    /// The body's bytes as sent.
    pub bytes: Vec<u8>,
}

impl Answer {
    /// Every value of header `name` (lowercase), joined by `, `; empty when there is none.
    pub fn header(&self, name: &str) -> String {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The first value of header `name` (lowercase), if there is one.
    pub fn first(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON. Panics with the body when it is not JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// A client that hands back every status as an answer (no error for a 4xx or 5xx),
/// follows no redirect and sends any method (`PROPFIND`, …) as given. An agent pools its
/// connections: requests sent through one reuse them, as a real client's do.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .allow_non_standard_methods(true)
        .build()
        .into()
}

/// Sends `method url` with `headers` and `body` through `agent` and reads the whole answer
/// (up to 64 MiB of body; none for `HEAD`). Errors: the request that failed and why
/// (no connection, a broken answer), as text.
pub fn try_send(
    agent: &ureq::Agent,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: impl Into<Vec<u8>>,
) -> Result<Answer, String> {
    let mut request = ureq::http::Request::builder().method(method).uri(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request
        .body(body.into())
        .map_err(|e| format!("{method} {url}: bad request: {e}"))?;
    let mut response = agent
        .run(request)
        .map_err(|e| format!("{method} {url}: {e}"))?;
    let headers = response
        .headers()
        .iter()
        .map(|(n, v)| {
            let value = String::from_utf8_lossy(v.as_bytes()).into_owned();
            (n.as_str().to_ascii_lowercase(), value)
        })
        .collect();
    let bytes = if method == "HEAD" {
        Vec::new()
    } else {
        response
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_vec()
            .map_err(|e| format!("{method} {url}: reading the body: {e}"))?
    };
    Ok(Answer {
        status: response.status().as_u16(),
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes,
    })
}

/// [`try_send`] on a new connection (a new [`agent`]). Panics when no answer comes.
pub fn send(method: &str, url: &str, headers: &[(&str, &str)], body: impl Into<Vec<u8>>) -> Answer {
    try_send(&agent(), method, url, headers, body).unwrap_or_else(|e| panic!("{e}"))
}

/// `GET url` with `headers`, as [`send`].
pub fn get(url: &str, headers: &[(&str, &str)]) -> Answer {
    send("GET", url, headers, Vec::new())
}

/// `s` percent-encoded for a query string or a path segment (every byte but ASCII letters
/// and digits).
pub fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// The SPARQL JSON results of `query`, asked anonymously by `GET {origin}/sparql`.
/// Panics unless the answer is a `200` in JSON.
pub fn sparql_json(origin: &str, query: &str) -> serde_json::Value {
    let answer = get(
        &format!("{origin}/sparql?query={}", encode(query)),
        &[("accept", "application/sparql-results+json")],
    );
    assert_eq!(answer.status, 200, "{query}\n{}", answer.body);
    answer.json()
}

/// The values of `?v` in the results of `query` (as [`sparql_json`]), sorted.
pub fn values(origin: &str, query: &str) -> Vec<String> {
    let mut values: Vec<String> = sparql_json(origin, query)["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["v"]["value"].as_str().unwrap().to_string())
        .collect();
    values.sort();
    values
}

/// A free loopback port (bound, then released for a server to take).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts the real executable, `noticegraph serve ARGS`, bound to 127.0.0.1:`port` with
/// the base IRI `http://127.0.0.1:port/`, its output discarded, and waits (up to 120 s)
/// until `/health` answers 200. Returns the process, for the caller to kill. Panics when it
/// does not come up.
pub fn serve_binary(port: u16, args: &[&str]) -> std::process::Child {
    let origin = format!("http://127.0.0.1:{port}");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_noticegraph"))
        .arg("serve")
        .args(args)
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .args(["--base-iri", &format!("{origin}/")])
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start noticegraph serve");
    let client = agent();
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(120) {
        if try_send(&client, "GET", &format!("{origin}/health"), &[], Vec::new())
            .is_ok_and(|a| a.status == 200)
        {
            return child;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("noticegraph serve {args:?} did not answer /health within 120 s");
}

/// The graph `{base}/graph/{name}` and its `n` triples `<{base}/s{i}> <{base}/p> i`
/// (i in 0..n): data for queries that count or multiply it.
pub fn numbered_quads(base: &str, name: &str, n: i32) -> (NamedNode, Vec<Quad>) {
    let graph = NamedNode::new_unchecked(format!("{base}/graph/{name}"));
    let quads = (0..n)
        .map(|i| {
            Quad::new(
                NamedNode::new_unchecked(format!("{base}/s{i}")),
                NamedNode::new_unchecked(format!("{base}/p")),
                oxigraph::model::Literal::from(i),
                graph.clone(),
            )
        })
        .collect();
    (graph, quads)
}
