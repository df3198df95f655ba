//! A remote SPARQL 1.1 server as the store (DESIGN.md §Scale-out): `oxigraph serve`,
//! Fuseki, GraphDB, Virtuoso, Neptune… spoken to over HTTP with the
//! [SPARQL 1.1 Protocol](https://www.w3.org/TR/sparql11-protocol/) (query and update
//! operations) and the [Graph Store Protocol](https://www.w3.org/TR/sparql11-http-rdf-update/)
//! (`GET`, `HEAD`, `POST`, `DELETE` of a graph). `noticegraph serve --store-url URL` uses it;
//! the HTTP tier keeps no state of its own, so several replicas may share one server.
//!
//! The HTTP client (ureq) is built without TLS: only `http://` addresses are accepted
//! ([`check_url`] refuses `https://` when the flags are read), and the credentials
//! ([`RemoteAuth`]) travel in clear text. Keep the server on a private network, or reach it
//! through a proxy on this machine's loopback that speaks TLS to the server.
//!
//! What the [`Store`] trait promises, and how it holds here:
//! - **A notice graph is replaced atomically**: one SPARQL Update request
//!   (`DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`), which the protocol asks a
//!   server to apply as one unit ("each request SHOULD be treated atomically", SPARQL 1.1
//!   Update §2.2); `oxigraph serve` runs it in one transaction. Graph Store `PUT` goes the
//!   same way (Oxigraph's own `PUT` clears then loads, which a reader could see half done).
//! - **A query's default graph is the union of the named graphs** unless it names its own
//!   dataset: asked for with Oxigraph's [`UNION_PARAMETER`]; a server without it must be set
//!   up to present that union (Fuseki's `tdb2:unionDefaultGraph`, Virtuoso by default).
//!   [`RemoteStore::check`] finds out whether it holds. An update's `WHERE` reads the
//!   server's stored default graph, as on the embedded store (do not start Oxigraph with
//!   `--union-default-graph`: it then refuses updates with `USING`). The protocol's dataset
//!   parameters (`default-graph-uri`, `named-graph-uri`, `using-graph-uri`,
//!   `using-named-graph-uri`) are passed on.
//! - **Queries are checked here first**, as on the embedded store: parsed (syntax errors with
//!   the line and a caret), nesting, depth and triple-pattern limits, and `SERVICE` — which the
//!   remote server, not this process, would call — refused unless `--service-allow` names the
//!   endpoint (`SILENT` and variable endpoints included). Answers are read as SPARQL JSON
//!   results or N-Triples and written again in the format the client chose, with the
//!   project's prefixes, within `--max-answer-bytes`. The remote server's own limits stand in
//!   for `--max-query-rows`.
//! - **Timeouts** end the HTTP request: [`StoreError::StoreTimeout`] past `--store-timeout`
//!   (the store's own reads and writes), [`StoreError::Timeout`] past the caller's
//!   (`--query-timeout`); each message names its flag. The server may finish the work it had
//!   started (an update that timed out here may still be applied there).
//! - **A server that cannot be reached** (refused connection, reset, DNS) is
//!   [`StoreError::Unavailable`], answered 503 with `Retry-After`; one that answers with a 5xx
//!   or an unexpected answer is [`StoreError::Remote`], answered 502. The next request tries
//!   again: nothing is cached across a failure.
//! - [`Store::generation`] counts the writes made through this process, and also changes
//!   every [`GENERATION_PERIOD`]: writes by other replicas show in cached values (VoID) after
//!   that long at most.

use super::embedded::{self, Capped};
use super::federation::{ServicePolicy, ServiceRefused, each_service};
use super::threads::SparqlThreads;
use super::{ProtocolDataset, QueryForm, QueryResponse, ResultFormat, Solution, Store, StoreError};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad, Term, Triple};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, QueryResultsSerializer, ReaderQueryResultsParserOutput,
};
use spargebra::SparqlParser;
use spargebra::algebra::GraphPattern;
use spargebra::term::NamedNodePattern;
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How often [`Store::generation`] of a remote store changes without a write of its own, so
/// that values cached under it (VoID) show other replicas' writes after this long at most.
pub const GENERATION_PERIOD: Duration = Duration::from_secs(30);

/// The request parameter that asks the server to evaluate a query over the union of its
/// named graphs as the default graph: Oxigraph's (`oxigraph serve`); other servers ignore
/// it and must be set up to present that union themselves (Fuseki's
/// `tdb2:unionDefaultGraph`, Virtuoso's default). Sent only with a query that names no
/// dataset of its own (`FROM`, or the protocol's `default-graph-uri` / `named-graph-uri`).
pub const UNION_PARAMETER: &str = "union-default-graph";

/// The largest answer the store's own reads (pages, VoID, dumps excepted) take from the
/// server: 256 MiB. Past it the read fails with [`StoreError::AnswerTooLarge`].
const OWN_ANSWER_LIMIT: u64 = 256 << 20;

/// The three addresses of a remote SPARQL server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteEndpoints {
    /// SPARQL 1.1 Protocol query operation (`POST`, `application/sparql-query`).
    pub query: String,
    /// SPARQL 1.1 Protocol update operation (`POST`, `application/sparql-update`).
    pub update: String,
    /// Graph Store Protocol service (indirect graph identification: `?graph=IRI`,
    /// `?default`).
    pub graph_store: String,
}

impl RemoteEndpoints {
    /// The endpoints under `base` in `oxigraph serve`'s layout: `{base}/query`,
    /// `{base}/update`, `{base}/store` (a final `/` of `base` is dropped). Fuseki's dataset
    /// `http://host:3030/ds` has the same query and update paths; its Graph Store is
    /// `{base}/data`, given with `--store-graph-url`.
    ///
    /// Errors: `base` is not an absolute `http://` URL (the reason; see [`check_url`]).
    pub fn under(base: &str) -> Result<RemoteEndpoints, String> {
        let base = base.trim_end_matches('/');
        check_url(base)?;
        Ok(RemoteEndpoints {
            query: format!("{base}/query"),
            update: format!("{base}/update"),
            graph_store: format!("{base}/store"),
        })
    }
}

/// Checks that `url` is an absolute `http://` URL with a host, without a query or
/// fragment. `https://` is refused here, before anything is sent: the HTTP client (ureq)
/// is built without a TLS stack, so such a URL could only fail on the first request.
///
/// Errors: what is wrong, naming `url`; for `https://`, how to reach such a server.
pub fn check_url(url: &str) -> Result<(), String> {
    check_url_as_is(url).map_err(|m| redact_url(&m).into_owned())
}

/// [`check_url`] before the password of `url` is hidden in the message.
fn check_url_as_is(url: &str) -> Result<(), String> {
    let iri = oxiri::Iri::parse(url).map_err(|e| format!("{url} is not a URL: {e}"))?;
    if iri.scheme().eq_ignore_ascii_case("https") {
        return Err(format!(
            "{url}: https:// is not supported: this build has no TLS for the remote store \
             (its HTTP client is built without it). Use http:// on a private network \
             (credentials then travel in clear text), or run a proxy that speaks TLS to the \
             server (stunnel, nginx) on this machine and give its http://127.0.0.1 address"
        ));
    }
    if iri.scheme() != "http" {
        return Err(format!("{url}: only http:// URLs are supported"));
    }
    if iri.authority().is_none_or(str::is_empty) {
        return Err(format!("{url}: the URL has no host"));
    }
    if iri.query().is_some() || iri.fragment().is_some() {
        return Err(format!(
            "{url}: the URL must not have a ?query or #fragment"
        ));
    }
    Ok(())
}

/// `text` with the password of every URL in it hidden: `http://user:secret@host/` becomes
/// `http://user:***@host/` (RFC 3986 §3.2.1 userinfo; RFC 3986 §7.5 advises against showing
/// it). For every URL the store shows — in logs, warnings and error messages — since a
/// `--store-url` may carry its credentials. A user name alone is kept; text without
/// `://` is returned as it is.
pub fn redact_url(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("://") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("://") {
        let (before, after) = rest.split_at(start + 3);
        out.push_str(before);
        // the authority ends at the path, query or fragment (or where the URL ends in text)
        let end = after
            .find(|c: char| matches!(c, '/' | '?' | '#') || c.is_whitespace())
            .unwrap_or(after.len());
        let authority = &after[..end];
        match authority.rfind('@').and_then(|at| {
            let userinfo = &authority[..at];
            userinfo.find(':').map(|colon| (colon, at))
        }) {
            Some((colon, at)) => {
                out.push_str(&authority[..=colon]);
                out.push_str("***");
                out.push_str(&authority[at..]);
            }
            None => out.push_str(authority),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// How the store proves who it is to the server: the value of every request's
/// `Authorization` header.
#[derive(Clone, PartialEq, Eq)]
pub enum RemoteAuth {
    /// No `Authorization` header.
    None,
    /// HTTP Basic (RFC 7617): user and password.
    Basic {
        /// The user name (no `:`).
        user: String,
        /// The password.
        password: String,
    },
    /// A bearer token (RFC 6750).
    Bearer(String),
}

impl std::fmt::Debug for RemoteAuth {
    /// Never prints a secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RemoteAuth::None => f.write_str("None"),
            RemoteAuth::Basic { user, .. } => write!(f, "Basic({user}, ***)"),
            RemoteAuth::Bearer(_) => f.write_str("Bearer(***)"),
        }
    }
}

impl RemoteAuth {
    /// The `Authorization` header value, `None` for [`RemoteAuth::None`].
    fn header(&self) -> Option<String> {
        use base64::Engine as _;
        match self {
            RemoteAuth::None => None,
            RemoteAuth::Basic { user, password } => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            )),
            RemoteAuth::Bearer(token) => Some(format!("Bearer {token}")),
        }
    }
}

/// A remote SPARQL 1.1 server as the store. Cloning is cheap and shares the connection
/// pool, the write counter and the count of running requests.
#[derive(Clone)]
pub struct RemoteStore {
    endpoints: Arc<RemoteEndpoints>,
    agent: ureq::Agent,
    /// The `Authorization` header value, if any.
    authorization: Option<Arc<str>>,
    /// Which `SERVICE` endpoints queries may name (none by default).
    services: Arc<ServicePolicy>,
    /// Most triple patterns a query or update may have (`--max-triple-patterns`).
    max_triple_patterns: usize,
    /// Largest answer of a SPARQL Protocol query in bytes (`--max-answer-bytes`).
    max_answer_bytes: u64,
    /// Upper bound of the store's own requests (reads for pages, writes of notices).
    timeout: Duration,
    /// Writes made through this store.
    writes: Arc<AtomicU64>,
    /// Requests to the server in flight.
    running: Arc<AtomicUsize>,
    /// When the store was made (for [`GENERATION_PERIOD`]).
    started: Instant,
}

/// How long one request to the server may take, and whose limit that is: the error of a
/// request past it names the flag that set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Within {
    /// The store's own limit (`--store-timeout`): reads for pages, writes of notices. Past
    /// it: [`StoreError::StoreTimeout`].
    Store(Duration),
    /// The caller's timeout (`--query-timeout` of a SPARQL Protocol query or update, a
    /// Graph Store write's budget). Past it: [`StoreError::Timeout`].
    Caller(Duration),
}

impl Within {
    /// The time allowed.
    fn duration(self) -> Duration {
        match self {
            Within::Store(t) | Within::Caller(t) => t,
        }
    }

    /// The error of a request that ran past it.
    fn expired(self) -> StoreError {
        match self {
            Within::Store(t) => StoreError::StoreTimeout(t),
            Within::Caller(t) => StoreError::Timeout(t),
        }
    }
}

/// A request counted in [`RemoteStore::running`] until dropped.
struct Running<'a>(&'a AtomicUsize);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A request body and its media type.
struct Body<'a> {
    content_type: &'a str,
    bytes: Vec<u8>,
}

impl RemoteStore {
    /// A store on the server at `endpoints`, authenticating with `auth`; its own requests
    /// (and the writes of notices) end after `timeout`. Nothing is sent yet: see
    /// [`RemoteStore::check`].
    pub fn new(endpoints: RemoteEndpoints, auth: RemoteAuth, timeout: Duration) -> RemoteStore {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            // the server's answers are read as they are; a redirect could lead elsewhere
            .max_redirects(0)
            .timeout_global(Some(timeout))
            .user_agent(concat!("noticegraph/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        RemoteStore {
            endpoints: Arc::new(endpoints),
            agent,
            authorization: auth.header().map(Arc::from),
            services: Arc::new(ServicePolicy::off()),
            max_triple_patterns: embedded::DEFAULT_MAX_TRIPLE_PATTERNS,
            max_answer_bytes: crate::config::DEFAULT_MAX_ANSWER_BYTES,
            timeout,
            writes: Arc::new(AtomicU64::new(0)),
            running: Arc::new(AtomicUsize::new(0)),
            started: Instant::now(),
        }
    }

    /// Lets queries name the `SERVICE` endpoints `policy` allows (the remote server makes
    /// the call).
    pub fn with_service_policy(mut self, policy: ServicePolicy) -> Self {
        self.services = Arc::new(policy);
        self
    }

    /// Sets the most triple patterns a query or update may have (at least 1).
    pub fn with_max_triple_patterns(mut self, max: usize) -> Self {
        self.max_triple_patterns = max.max(1);
        self
    }

    /// Sets the largest serialized answer of a SPARQL Protocol query, in bytes.
    pub fn with_answer_limit(mut self, bytes: u64) -> Self {
        self.max_answer_bytes = bytes;
        self
    }

    /// The endpoints this store talks to.
    pub fn endpoints(&self) -> &RemoteEndpoints {
        &self.endpoints
    }

    /// Asks the server whether it answers and whether its default graph is the union of its
    /// named graphs (one triple of a named graph is looked for in the default graph).
    /// `Ok(None)` when all is well (or the store is empty); `Ok(Some(warning))` when the
    /// default graph is not the union, so that queries without `FROM` would miss the
    /// notices.
    ///
    /// Errors: the server cannot be reached or refuses ([`StoreError::Unavailable`],
    /// [`StoreError::Remote`]).
    pub fn check(&self) -> Result<Option<String>, StoreError> {
        let sample = self.select(
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!isBlank(?s) && !isBlank(?o)) } LIMIT 1",
        )?;
        let Some(row) = sample.first() else {
            return Ok(None);
        };
        let (Some(s), Some(p), Some(o)) = (row.get("s"), row.get("p"), row.get("o")) else {
            return Ok(None);
        };
        let ask = format!("ASK {{ {s} {p} {o} }}");
        let union = self.construct_or_ask(&ask)?;
        Ok((!union).then(|| {
            format!(
                "the default graph of {} is not the union of its named graphs: queries \
                 without FROM will not see the notices (Oxigraph takes the request parameter \
                 {UNION_PARAMETER}; set up other servers to present the union, e.g. Fuseki's \
                 tdb2:unionDefaultGraph true)",
                redact_url(&self.endpoints.query)
            )
        }))
    }

    /// Evaluates an ASK query, `true` or `false`.
    fn construct_or_ask(&self, ask: &str) -> Result<bool, StoreError> {
        let bytes = self.fetch_query(
            ask,
            &ProtocolDataset::default(),
            false,
            QueryForm::Ask,
            self.own(),
            OWN_ANSWER_LIMIT,
        )?;
        match QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_slice(&bytes)
            .map_err(|e| bad_answer(&e))?
        {
            oxigraph::sparql::results::SliceQueryResultsParserOutput::Boolean(b) => Ok(b),
            _ => Err(StoreError::Remote(
                "the server answered solutions to an ASK query".into(),
            )),
        }
    }

    /// The bound of the store's own requests (`--store-timeout`).
    fn own(&self) -> Within {
        Within::Store(self.timeout)
    }

    /// Counts a request as running until the guard drops.
    fn start(&self) -> Running<'_> {
        self.running.fetch_add(1, Ordering::AcqRel);
        Running(&self.running)
    }

    /// Marks a committed write ([`Store::generation`]).
    fn bump(&self) {
        self.writes.fetch_add(1, Ordering::AcqRel);
    }

    /// Sends one request and reads its answer whole (at most `limit` bytes). `Ok` with the
    /// status and body for any status the server gives.
    ///
    /// Errors: past `within`, [`StoreError::StoreTimeout`] or [`StoreError::Timeout`] (as
    /// [`Within::expired`]); [`StoreError::Unavailable`] when the server cannot be reached,
    /// [`StoreError::AnswerTooLarge`] past `limit`.
    fn send(
        &self,
        method: &str,
        url: &str,
        accept: Option<&str>,
        body: Option<Body<'_>>,
        within: Within,
        limit: u64,
    ) -> Result<(u16, Vec<u8>), StoreError> {
        let timeout = within.duration();
        let _running = self.start();
        let mut request = ureq::http::Request::builder().method(method).uri(url);
        if let Some(accept) = accept {
            request = request.header("accept", accept);
        }
        if let Some(auth) = &self.authorization {
            request = request.header("authorization", auth.as_ref());
        }
        let built = |e: ureq::http::Error| {
            StoreError::Remote(redact_url(&format!("cannot build a request to {url}: {e}")).into())
        };
        let sent = match body {
            Some(body) => {
                let request = request
                    .header("content-type", body.content_type)
                    .body(body.bytes)
                    .map_err(built)?;
                let request = self
                    .agent
                    .configure_request(request)
                    .timeout_global(Some(timeout))
                    .build();
                self.agent.run(request)
            }
            None => {
                let request = request.body(()).map_err(built)?;
                let request = self
                    .agent
                    .configure_request(request)
                    .timeout_global(Some(timeout))
                    .build();
                self.agent.run(request)
            }
        };
        let mut response = sent.map_err(|e| transport(e, url, within))?;
        let status = response.status().as_u16();
        let mut bytes = Vec::new();
        response
            .body_mut()
            .with_config()
            .limit(u64::MAX)
            .reader()
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| {
                let e = ureq::Error::from(e);
                transport(e, url, within)
            })?;
        if bytes.len() as u64 > limit {
            return Err(StoreError::AnswerTooLarge(limit));
        }
        Ok((status, bytes))
    }

    /// `POST`s `query` to the query endpoint with `dataset` as protocol parameters, asking
    /// for SPARQL JSON results (`form` SELECT or ASK) or N-Triples (CONSTRUCT, DESCRIBE).
    /// When `own_dataset` is `false` and `dataset` is empty, the query is to see the union
    /// of the named graphs as its default graph: [`UNION_PARAMETER`] asks for it. Returns
    /// the answer's bytes.
    ///
    /// Errors: as [`Self::send`], and the server's refusal ([`refusal`]).
    fn fetch_query(
        &self,
        query: &str,
        dataset: &ProtocolDataset,
        own_dataset: bool,
        form: QueryForm,
        within: Within,
        limit: u64,
    ) -> Result<Vec<u8>, StoreError> {
        let accept = match form {
            QueryForm::Select | QueryForm::Ask => "application/sparql-results+json",
            QueryForm::Graph => "application/n-triples",
        };
        let mut url = with_graphs(
            &self.endpoints.query,
            "default-graph-uri",
            &dataset.default_graphs,
            "named-graph-uri",
            &dataset.named_graphs,
        );
        if dataset.is_empty() && !own_dataset {
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str(UNION_PARAMETER);
        }
        let body = Body {
            content_type: "application/sparql-query; charset=utf-8",
            bytes: query.as_bytes().to_vec(),
        };
        let (status, bytes) = self.send("POST", &url, Some(accept), Some(body), within, limit)?;
        if !(200..300).contains(&status) {
            return Err(refusal(status, &bytes, "query"));
        }
        Ok(bytes)
    }

    /// `POST`s `update` to the update endpoint, `using` as protocol parameters.
    ///
    /// Errors: as [`Self::send`], and the server's refusal ([`refusal`]).
    fn post_update(
        &self,
        update: &str,
        using: &ProtocolDataset,
        within: Within,
    ) -> Result<(), StoreError> {
        let url = with_graphs(
            &self.endpoints.update,
            "using-graph-uri",
            &using.default_graphs,
            "using-named-graph-uri",
            &using.named_graphs,
        );
        let body = Body {
            content_type: "application/sparql-update; charset=utf-8",
            bytes: update.as_bytes().to_vec(),
        };
        let (status, bytes) = self.send("POST", &url, None, Some(body), within, 1 << 20)?;
        if !(200..300).contains(&status) {
            return Err(refusal(status, &bytes, "update"));
        }
        self.bump();
        Ok(())
    }

    /// The Graph Store Protocol address of `graph` (`?graph=IRI` or `?default`).
    fn graph_url(&self, graph: &GraphName) -> Result<String, StoreError> {
        let base = &self.endpoints.graph_store;
        let sep = if base.contains('?') { '&' } else { '?' };
        match graph {
            GraphName::DefaultGraph => Ok(format!("{base}{sep}default")),
            GraphName::NamedNode(g) => Ok(format!("{base}{sep}graph={}", encode(g.as_str()))),
            GraphName::BlankNode(_) => Err(StoreError::Evaluation(
                "a blank node cannot name a graph of a remote store".into(),
            )),
        }
    }

    /// Whether `graph` exists (Graph Store `HEAD`: 404 = absent). The default graph always
    /// does.
    fn graph_exists(&self, graph: &GraphName) -> Result<bool, StoreError> {
        if graph.is_default_graph() {
            return Ok(true);
        }
        let url = self.graph_url(graph)?;
        let (status, bytes) = self.send("HEAD", &url, None, None, self.own(), 0)?;
        match status {
            404 => Ok(false),
            200..300 => Ok(true),
            _ => Err(refusal(status, &bytes, "graph store request")),
        }
    }

    /// Parses a SELECT or ASK answer in SPARQL JSON into solutions (an ASK answer: none).
    fn solutions(bytes: &[u8]) -> Result<Vec<Solution>, StoreError> {
        match QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_slice(bytes)
            .map_err(|e| bad_answer(&e))?
        {
            oxigraph::sparql::results::SliceQueryResultsParserOutput::Solutions(rows) => rows
                .map(|row| {
                    let row = row.map_err(|e| bad_answer(&e))?;
                    Ok(row
                        .iter()
                        .map(|(v, t)| (v.as_str().to_string(), t.clone()))
                        .collect())
                })
                .collect(),
            oxigraph::sparql::results::SliceQueryResultsParserOutput::Boolean(_) => Err(
                StoreError::Evaluation("expected a SELECT query, got an ASK".into()),
            ),
        }
    }

    /// The answer's bytes to one of the store's own queries (no protocol dataset, at most
    /// `OWN_ANSWER_LIMIT`), checked here first, which must be of `form` (`what` names it in
    /// the error).
    ///
    /// Errors: [`StoreError::Evaluation`] for another form; as [`Self::fetch_query`].
    fn fetch_own(
        &self,
        query: &str,
        form: QueryForm,
        what: &str,
        within: Within,
    ) -> Result<Vec<u8>, StoreError> {
        let checked = self.check_query(query, None)?;
        if checked.form != form {
            return Err(StoreError::Evaluation(format!(
                "expected {what} query, got: {query}"
            )));
        }
        self.fetch_query(
            &checked.text,
            &ProtocolDataset::default(),
            checked.own_dataset,
            form,
            within,
            OWN_ANSWER_LIMIT,
        )
    }

    /// Evaluates a SELECT query `within` a bound: parsed and checked here, then sent.
    fn collect(&self, query: &str, within: Within) -> Result<Vec<Solution>, StoreError> {
        let bytes = self.fetch_own(query, QueryForm::Select, "a SELECT", within)?;
        Self::solutions(&bytes)
    }

    /// Parses and checks `query` as the embedded store does (nesting and `BIND`s in the text
    /// first, then depth, triple patterns, `SERVICE`), on a thread with
    /// [`embedded::SPARQL_STACK`]: the parser recurses. Returns its form and the text to send: `query` itself, or, with a
    /// `base_iri`, the parsed query written out again with every IRI absolute.
    fn check_query(&self, query: &str, base_iri: Option<&str>) -> Result<Checked, StoreError> {
        on_parser_thread(|| {
            embedded::check_text(query)?;
            let mut parsed = parser(base_iri)?
                .parse_query(query)
                .map_err(|e| StoreError::Syntax(super::syntax::sparql(query, &e.to_string())))?;
            embedded::check_depth(&parsed, self.max_triple_patterns)?;
            let own_dataset = match &parsed {
                spargebra::Query::Select { dataset, .. }
                | spargebra::Query::Ask { dataset, .. }
                | spargebra::Query::Construct { dataset, .. }
                | spargebra::Query::Describe { dataset, .. } => dataset.is_some(),
            };
            let (form, pattern) = match &mut parsed {
                spargebra::Query::Select { pattern, .. } => (QueryForm::Select, pattern),
                spargebra::Query::Ask { pattern, .. } => (QueryForm::Ask, pattern),
                spargebra::Query::Construct { pattern, .. }
                | spargebra::Query::Describe { pattern, .. } => (QueryForm::Graph, pattern),
            };
            let rewritten = drop_refused_silent(pattern, &self.services);
            check_services(pattern, &self.services)?;
            // the text as it was unless it must change: relative IRIs resolved, or SILENT
            // calls taken out (the parsed query written out again says the same)
            let text = if base_iri.is_some() || rewritten {
                parsed.to_string()
            } else {
                query.to_string()
            };
            Ok(Checked {
                form,
                own_dataset,
                text,
            })
        })
    }

    /// Parses and checks `update` as [`Self::check_query`] does; `using` given and an
    /// operation with its own `USING` or `WITH` is [`StoreError::DatasetConflict`].
    fn check_update(
        &self,
        update: &str,
        using: &ProtocolDataset,
        base_iri: Option<&str>,
    ) -> Result<String, StoreError> {
        on_parser_thread(|| {
            embedded::check_text(update)?;
            let mut parsed = parser(base_iri)?
                .parse_update(update)
                .map_err(|e| StoreError::Syntax(super::syntax::sparql(update, &e.to_string())))?;
            embedded::check_update_depth(&parsed, self.max_triple_patterns)?;
            let mut rewritten = false;
            for operation in &mut parsed.operations {
                if let spargebra::GraphUpdateOperation::Load { source, .. } = operation {
                    // the server would fetch the document itself, as it would make a
                    // SERVICE call: noticegraph sends no update that makes it go out
                    return Err(StoreError::ServiceRefused(format!(
                        "LOAD <{}> is refused: the SPARQL server would fetch it itself; send \
                         the data with the Graph Store Protocol (PUT or POST /store) or \
                         INSERT DATA instead",
                        source.as_str()
                    )));
                }
                if let spargebra::GraphUpdateOperation::DeleteInsert {
                    pattern,
                    using: own,
                    ..
                } = operation
                {
                    rewritten |= drop_refused_silent(pattern, &self.services);
                    check_services(pattern, &self.services)?;
                    if own.is_some() && !using.is_empty() {
                        return Err(StoreError::DatasetConflict(
                            "using-graph-uri / using-named-graph-uri cannot be combined with \
                             an update that has its own USING or WITH"
                                .into(),
                        ));
                    }
                }
            }
            Ok(if base_iri.is_some() || rewritten {
                parsed.to_string()
            } else {
                update.to_string()
            })
        })
    }
}

/// A query that passed [`RemoteStore::check_query`].
struct Checked {
    form: QueryForm,
    /// Whether the query names its own dataset (`FROM`, `FROM NAMED`).
    own_dataset: bool,
    /// The text to send.
    text: String,
}

/// A SPARQL parser with `base_iri` for relative IRIs.
///
/// Errors: [`StoreError::Syntax`] when `base_iri` is not an absolute IRI.
fn parser(base_iri: Option<&str>) -> Result<SparqlParser, StoreError> {
    let parser = SparqlParser::new();
    match base_iri {
        Some(base) => parser
            .with_base_iri(base)
            .map_err(|e| StoreError::Syntax(format!("bad base IRI {base}: {e}"))),
        None => Ok(parser),
    }
}

/// Runs `check` on a SPARQL thread ([`embedded::SPARQL_STACK`] of stack, shared with the
/// embedded store's own queries: [`SparqlThreads::shared`]) and waits for it.
///
/// Errors: `check`'s; [`StoreError::Storage`] when no thread can be started or `check`
/// panics (the parser's bug, reported as the store's error rather than ending the request).
fn on_parser_thread<T: Send>(
    check: impl FnOnce() -> Result<T, StoreError> + Send,
) -> Result<T, StoreError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        SparqlThreads::shared().run(None, check)
    }))
    .unwrap_or_else(|_| Err(StoreError::Storage("the SPARQL parser panicked".into())))
}

/// Refuses any `SERVICE` in `pattern` whose endpoint `policy` does not allow by name: on a
/// remote store the server makes the call. Run after [`drop_refused_silent`], which has
/// taken the `SILENT` ones out.
///
/// Errors: [`StoreError::ServiceRefused`], naming the endpoint and the allow-list or flag.
fn check_services(pattern: &mut GraphPattern, policy: &ServicePolicy) -> Result<(), StoreError> {
    let mut refused = None;
    each_service(pattern, &mut |service| {
        let GraphPattern::Service { name, .. } = service else {
            return;
        };
        if refused.is_some() {
            return;
        }
        match name {
            NamedNodePattern::NamedNode(name) if policy.allows(name.as_str()) => {}
            NamedNodePattern::NamedNode(name) => {
                refused = Some(ServiceRefused::new(name, policy.prefixes()).to_string());
            }
            NamedNodePattern::Variable(v) => {
                refused = Some(format!(
                    "SERVICE {v} refused: the endpoint of a SERVICE call must be an IRI that \
                     --service-allow names"
                ));
            }
        }
    });
    refused.map_or(Ok(()), |m| Err(StoreError::ServiceRefused(m)))
}

/// Replaces every `SERVICE SILENT` in `p` whose endpoint `policy` does not allow (a
/// variable endpoint included) by the empty group `{}`: one solution that binds nothing,
/// what the standard makes of a `SILENT` call that fails (SPARQL 1.1 Federated Query §4),
/// as the embedded store answers it. Returns whether anything was replaced. The recursion
/// is bounded by [`embedded::MAX_QUERY_DEPTH`] (checked before).
fn drop_refused_silent(p: &mut GraphPattern, policy: &ServicePolicy) -> bool {
    let mut dropped = false;
    each_service(p, &mut |service| {
        if matches!(service, GraphPattern::Service { name, silent: true, .. } if !allowed(name, policy))
        {
            *service = GraphPattern::Bgp {
                patterns: Vec::new(),
            };
            dropped = true;
        }
    });
    dropped
}

/// Whether `policy` allows `SERVICE name` (never for a variable).
fn allowed(name: &NamedNodePattern, policy: &ServicePolicy) -> bool {
    matches!(name, NamedNodePattern::NamedNode(n) if policy.allows(n.as_str()))
}

/// `url` with each IRI of `first` as a `first_name=` parameter and of `second` as
/// `second_name=` (percent-encoded).
fn with_graphs(
    url: &str,
    first_name: &str,
    first: &[NamedNode],
    second_name: &str,
    second: &[NamedNode],
) -> String {
    let mut url = url.to_string();
    let params = first
        .iter()
        .map(|g| (first_name, g))
        .chain(second.iter().map(|g| (second_name, g)));
    for (name, graph) in params {
        url.push(if url.contains('?') { '&' } else { '?' });
        url.push_str(name);
        url.push('=');
        url.push_str(&encode(graph.as_str()));
    }
    url
}

/// Percent-encodes `s` for a URL query parameter.
fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// The error of a request that got no answer: past `within`, the timeout that names its
/// flag ([`Within::expired`]); else [`StoreError::Unavailable`] naming `url` (its password
/// hidden: [`redact_url`]) and the cause.
fn transport(e: ureq::Error, url: &str, within: Within) -> StoreError {
    match e {
        ureq::Error::Timeout(_) => within.expired(),
        e => StoreError::Unavailable(
            redact_url(&format!("the SPARQL store at {url} cannot be reached: {e}")).into(),
        ),
    }
}

/// The error for a server's non-2xx answer to an `operation`: 503 →
/// [`StoreError::Unavailable`]; 400 → [`StoreError::Evaluation`] (the server refused what this
/// store accepted: its message); 401/403 → [`StoreError::Remote`] about the credentials;
/// anything else → [`StoreError::Remote`] with the status and the start of the body.
fn refusal(status: u16, body: &[u8], operation: &str) -> StoreError {
    let text = String::from_utf8_lossy(&body[..body.len().min(1024)]);
    let text = text.trim();
    match status {
        503 => StoreError::Unavailable(format!(
            "the SPARQL store answered the {operation} with 503 Service Unavailable: {text}"
        )),
        400 => StoreError::Evaluation(format!("the SPARQL store refused the {operation}: {text}")),
        401 | 403 => StoreError::Remote(format!(
            "the SPARQL store refused the {operation} with {status}: check the credentials \
             (--store-user and --store-password, or --store-token)"
        )),
        _ => StoreError::Remote(format!(
            "the SPARQL store answered the {operation} with {status}: {text}"
        )),
    }
}

/// The error for an answer that does not parse as what was asked for.
fn bad_answer(e: &dyn std::fmt::Display) -> StoreError {
    StoreError::Remote(format!("the SPARQL store's answer does not parse: {e}"))
}

/// Parses N-Triples `bytes` into triples.
///
/// Errors: [`StoreError::Remote`] when they do not parse.
fn triples(bytes: &[u8]) -> Result<Vec<Triple>, StoreError> {
    RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(bytes)
        .map(|q| q.map(Triple::from).map_err(|e| bad_answer(&e)))
        .collect()
}

/// `INSERT DATA { GRAPH <graph> { triples } }` (or into the default graph): the body of
/// one update operation, terms written in their N-Triples form (valid SPARQL).
fn insert_data<'a>(graph: &GraphName, triples: impl Iterator<Item = &'a Triple>) -> String {
    use std::fmt::Write as _;
    let mut text = String::from("INSERT DATA { ");
    if let GraphName::NamedNode(g) = graph {
        let _ = write!(text, "GRAPH {g} {{ ");
    }
    for t in triples {
        let _ = writeln!(text, "{} {} {} .", t.subject, t.predicate, t.object);
    }
    if graph.is_default_graph() {
        text.push('}');
    } else {
        text.push_str("} }");
    }
    text
}

/// The update operation that empties `graph`: `DROP SILENT GRAPH <g>` for a named graph
/// (it no longer exists), `CLEAR SILENT DEFAULT` for the default graph.
fn drop_graph(graph: &GraphName) -> String {
    match graph {
        GraphName::NamedNode(g) => format!("DROP SILENT GRAPH {g}"),
        _ => "CLEAR SILENT DEFAULT".into(),
    }
}

/// Serializes the SPARQL JSON answer `bytes` in `format`, within `max` bytes.
fn reserialize_results(
    bytes: &[u8],
    format: QueryResultsFormat,
    max: u64,
) -> Result<Vec<u8>, StoreError> {
    let mut body = Capped::new(max);
    let result = (|| match QueryResultsParser::from_format(QueryResultsFormat::Json)
        .for_reader(bytes)
        .map_err(|e| bad_answer(&e))?
    {
        ReaderQueryResultsParserOutput::Boolean(b) => QueryResultsSerializer::from_format(format)
            .serialize_boolean_to_writer(&mut body, b)
            .map(drop)
            .map_err(embedded::io),
        ReaderQueryResultsParserOutput::Solutions(rows) => {
            let mut out = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(&mut body, rows.variables().to_vec())
                .map_err(embedded::io)?;
            for row in rows {
                out.serialize(&row.map_err(|e| bad_answer(&e))?)
                    .map_err(embedded::io)?;
            }
            out.finish().map(drop).map_err(embedded::io)
        }
    })();
    body.finish(result)
}

/// Serializes the triples of the N-Triples answer `bytes` in `format` with the project's
/// prefixes, within `max` bytes.
fn reserialize_triples(bytes: &[u8], format: RdfFormat, max: u64) -> Result<Vec<u8>, StoreError> {
    let mut body = Capped::new(max);
    let result = (|| {
        let mut out = crate::rdf::vocab::prefixed_serializer(format, &[])
            .map_err(StoreError::Storage)?
            .for_writer(&mut body);
        for quad in RdfParser::from_format(RdfFormat::NTriples).for_slice(bytes) {
            let triple = Triple::from(quad.map_err(|e| bad_answer(&e))?);
            out.serialize_triple(&triple).map_err(embedded::io)?;
        }
        out.finish().map(drop).map_err(embedded::io)
    })();
    body.finish(result)
}

impl Store for RemoteStore {
    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), StoreError> {
        let name = GraphName::NamedNode(graph.clone());
        let mut update = drop_graph(&name);
        if !quads.is_empty() {
            let triples: Vec<Triple> = quads.iter().map(|q| Triple::from(q.clone())).collect();
            update.push_str(" ;\n");
            update.push_str(&insert_data(&name, triples.iter()));
        }
        self.post_update(&update, &ProtocolDataset::default(), self.own())
    }

    fn graph_len(&self, graph: &NamedNode) -> Result<usize, StoreError> {
        count(self.select(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
        ))?)
    }

    fn graphs_with_prefix(&self, prefix: &str) -> Result<Vec<NamedNode>, StoreError> {
        let prefix = Term::from(oxigraph::model::Literal::new_simple_literal(prefix));
        let rows = self.select(&format!(
            "SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ }} FILTER(isIRI(?g) && STRSTARTS(STR(?g), {prefix})) }}"
        ))?;
        let mut graphs: Vec<NamedNode> = rows
            .into_iter()
            .filter_map(|mut row| match row.remove("g") {
                Some(Term::NamedNode(g)) => Some(g),
                _ => None,
            })
            .collect();
        graphs.sort();
        Ok(graphs)
    }

    /// The quads of the named graphs (with a union default graph, a triple of the default
    /// graph itself cannot be told apart).
    fn len(&self) -> Result<usize, StoreError> {
        count(self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")?)
    }

    fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(!self.construct_or_ask("ASK { GRAPH ?g { ?s ?p ?o } }")?)
    }

    fn query_in(
        &self,
        query: &str,
        dataset: &ProtocolDataset,
        base_iri: Option<&str>,
        timeout: Duration,
        choose: &(dyn Fn(QueryForm) -> Option<ResultFormat> + Sync),
    ) -> Result<QueryResponse, StoreError> {
        let checked = self.check_query(query, base_iri)?;
        let format = choose(checked.form).ok_or(StoreError::NotAcceptable(checked.form))?;
        // the server's answer is read whole before it is written again: allow it a margin
        // over the client's limit, as its JSON is wordier than TSV or CSV
        let limit = self.max_answer_bytes.saturating_mul(4);
        let bytes = self
            .fetch_query(
                &checked.text,
                dataset,
                checked.own_dataset,
                checked.form,
                Within::Caller(timeout),
                limit,
            )
            .map_err(|e| match e {
                StoreError::AnswerTooLarge(_) => StoreError::AnswerTooLarge(self.max_answer_bytes),
                e => e,
            })?;
        let body = match format {
            ResultFormat::Results(f) => reserialize_results(&bytes, f, self.max_answer_bytes)?,
            ResultFormat::Graph(f) => reserialize_triples(&bytes, f, self.max_answer_bytes)?,
        };
        Ok(QueryResponse { body, format })
    }

    fn update(
        &self,
        update: &str,
        using: &ProtocolDataset,
        base_iri: Option<&str>,
        timeout: Duration,
    ) -> Result<(), StoreError> {
        let text = self.check_update(update, using, base_iri)?;
        self.post_update(&text, using, Within::Caller(timeout))
    }

    fn running_queries(&self) -> usize {
        self.running.load(Ordering::Acquire)
    }

    fn graph_triples(&self, graph: &GraphName) -> Result<Option<Vec<Triple>>, StoreError> {
        let url = self.graph_url(graph)?;
        let (status, bytes) = self.send(
            "GET",
            &url,
            Some("application/n-triples"),
            None,
            self.own(),
            OWN_ANSWER_LIMIT,
        )?;
        match status {
            404 if !graph.is_default_graph() => Ok(None),
            // an empty default graph may be "not found" to some servers
            404 => Ok(Some(Vec::new())),
            200..300 => triples(&bytes).map(Some),
            _ => Err(refusal(status, &bytes, "graph store request")),
        }
    }

    fn put_graph(
        &self,
        graph: &GraphName,
        triples: &[Triple],
        deadline: Instant,
    ) -> Result<bool, StoreError> {
        let created = !self.graph_exists(graph)?;
        let mut update = drop_graph(graph);
        if let GraphName::NamedNode(g) = graph {
            update.push_str(&format!(" ;\nCREATE SILENT GRAPH {g}"));
        }
        if !triples.is_empty() {
            update.push_str(" ;\n");
            update.push_str(&insert_data(graph, triples.iter()));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(StoreError::Timeout(Duration::ZERO));
        }
        self.post_update(&update, &ProtocolDataset::default(), Within::Caller(left))?;
        Ok(created)
    }

    fn add_to_graph(
        &self,
        graph: &GraphName,
        triples: &[Triple],
        deadline: Instant,
    ) -> Result<bool, StoreError> {
        let created = !self.graph_exists(graph)?;
        let mut update = String::new();
        if let GraphName::NamedNode(g) = graph {
            update.push_str(&format!("CREATE SILENT GRAPH {g}"));
        }
        if !triples.is_empty() {
            if !update.is_empty() {
                update.push_str(" ;\n");
            }
            update.push_str(&insert_data(graph, triples.iter()));
        }
        if update.is_empty() {
            return Ok(false);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(StoreError::Timeout(Duration::ZERO));
        }
        self.post_update(&update, &ProtocolDataset::default(), Within::Caller(left))?;
        Ok(created)
    }

    fn delete_graph(&self, graph: &GraphName) -> Result<bool, StoreError> {
        if graph.is_default_graph() {
            self.post_update(&drop_graph(graph), &ProtocolDataset::default(), self.own())?;
            return Ok(true);
        }
        let url = self.graph_url(graph)?;
        let (status, bytes) = self.send("DELETE", &url, None, None, self.own(), 1 << 20)?;
        match status {
            404 => Ok(false),
            200..300 => {
                self.bump();
                Ok(true)
            }
            _ => Err(refusal(status, &bytes, "graph store request")),
        }
    }

    fn select(&self, query: &str) -> Result<Vec<Solution>, StoreError> {
        self.collect(query, self.own())
    }

    /// As [`Store::select`] within `timeout` or `--store-timeout`, whichever is shorter;
    /// past it, the error of that one ([`StoreError::Timeout`] or
    /// [`StoreError::StoreTimeout`]).
    fn select_within(&self, query: &str, timeout: Duration) -> Result<Vec<Solution>, StoreError> {
        let within = if timeout < self.timeout {
            Within::Caller(timeout)
        } else {
            self.own()
        };
        self.collect(query, within)
    }

    fn generation(&self) -> u64 {
        let period = self.started.elapsed().as_secs() / GENERATION_PERIOD.as_secs();
        (self.writes.load(Ordering::Acquire) << 32) | (period & 0xffff_ffff)
    }

    fn construct(&self, query: &str) -> Result<Vec<Triple>, StoreError> {
        let bytes = self.fetch_own(
            query,
            QueryForm::Graph,
            "a CONSTRUCT or DESCRIBE",
            self.own(),
        )?;
        triples(&bytes)
    }

    /// Every quad of the named graphs, read with one SELECT streamed from the server.
    fn dump(&self, format: RdfFormat, out: &mut dyn std::io::Write) -> Result<(), StoreError> {
        if !format.supports_datasets() {
            return Err(StoreError::Storage(format!(
                "cannot dump a dataset as {format}: a quad format (N-Quads, TriG) is needed"
            )));
        }
        let bytes = self.fetch_query(
            "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
            &ProtocolDataset::default(),
            false,
            QueryForm::Select,
            self.own(),
            u64::MAX,
        )?;
        let mut writer = crate::rdf::vocab::prefixed_serializer(format, &[])
            .map_err(StoreError::Storage)?
            .for_writer(out);
        for row in Self::solutions(&bytes)? {
            let quad = quad_of(&row).ok_or_else(|| {
                StoreError::Remote(format!(
                    "the SPARQL store answered a row that is no quad: {row:?}"
                ))
            })?;
            writer.serialize_quad(&quad).map_err(embedded::io)?;
        }
        writer.finish().map(drop).map_err(embedded::io)
    }
}

/// The quad of a `?s ?p ?o ?g` row, `None` when a term is missing or misplaced.
fn quad_of(row: &Solution) -> Option<Quad> {
    let subject = match row.get("s")? {
        Term::NamedNode(n) => oxigraph::model::NamedOrBlankNode::from(n.clone()),
        Term::BlankNode(b) => oxigraph::model::NamedOrBlankNode::from(b.clone()),
        _ => return None,
    };
    let Term::NamedNode(predicate) = row.get("p")? else {
        return None;
    };
    let Term::NamedNode(graph) = row.get("g")? else {
        return None;
    };
    Some(Quad::new(
        subject,
        predicate.clone(),
        row.get("o")?.clone(),
        graph.clone(),
    ))
}

/// The `?n` of the one row of a COUNT query.
///
/// Errors: [`StoreError::Remote`] when there is no such row or `?n` is not a number.
fn count(rows: Vec<Solution>) -> Result<usize, StoreError> {
    match rows.first().and_then(|r| r.get("n")) {
        Some(Term::Literal(n)) => n
            .value()
            .parse()
            .map_err(|_| StoreError::Remote(format!("the SPARQL store counted {n}"))),
        _ => Err(StoreError::Remote(
            "the SPARQL store answered a COUNT without a count".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> RemoteStore {
        RemoteStore::new(
            RemoteEndpoints::under("http://127.0.0.1:9/").unwrap(),
            RemoteAuth::None,
            Duration::from_secs(1),
        )
    }

    #[test]
    fn endpoints_follow_oxigraphs_layout_and_urls_are_checked() {
        let e = RemoteEndpoints::under("http://10.0.0.5:7878/").unwrap();
        assert_eq!(e.query, "http://10.0.0.5:7878/query");
        assert_eq!(e.update, "http://10.0.0.5:7878/update");
        assert_eq!(e.graph_store, "http://10.0.0.5:7878/store");
        let fuseki = RemoteEndpoints::under("http://h:3030/ds").unwrap();
        assert_eq!(fuseki.query, "http://h:3030/ds/query");
        let https = RemoteEndpoints::under("https://h:3030/ds").unwrap_err();
        assert!(
            https.contains("https://h:3030/ds")
                && https.contains("no TLS")
                && https.contains("proxy"),
            "{https}"
        );
        for bad in [
            "https://h:3030/ds",
            "HTTPS://h/ds",
            "ftp://h/x",
            "h:7878",
            "http://h/x?a=b",
            "http://h/#f",
            "not a url",
        ] {
            assert!(RemoteEndpoints::under(bad).is_err(), "{bad}");
        }
    }

    /// A password in a URL (`http://user:pw@host/`) is hidden wherever the store shows
    /// the URL: one case a line, the URL alone and inside messages.
    #[test]
    fn passwords_in_urls_are_hidden() {
        for (text, shown) in [
            ("http://u:s3cret@h:7878/query", "http://u:***@h:7878/query"),
            ("http://u:s3cret@h", "http://u:***@h"),
            ("http://u:@h/", "http://u:***@h/"),
            (
                "http://u:p:w@h/?x=http://a:b@c",
                "http://u:***@h/?x=http://a:***@c",
            ),
            (
                "at http://u:s3cret@h cannot be reached",
                "at http://u:***@h cannot be reached",
            ),
            (
                "a http://u:1@h/ and http://v:2@g:1/x",
                "a http://u:***@h/ and http://v:***@g:1/x",
            ),
            ("http://user@h/query", "http://user@h/query"),
            ("http://h:7878/query", "http://h:7878/query"),
            ("no url here", "no url here"),
        ] {
            assert_eq!(redact_url(text), shown, "{text}");
        }
        // messages about a URL that is refused hide it too
        for bad in [
            "https://u:s3cret@h/ds",
            "ftp://u:s3cret@h/",
            "http://u:s3cret@h/?q",
        ] {
            let message = check_url(bad).unwrap_err();
            assert!(
                !message.contains("s3cret") && message.contains("u:***@h"),
                "{message}"
            );
        }
        // and so does the error of a server that cannot be reached
        let store = RemoteStore::new(
            RemoteEndpoints::under("http://u:s3cret@127.0.0.1:9").unwrap(),
            RemoteAuth::None,
            Duration::from_secs(1),
        );
        match store.select("SELECT * WHERE { ?s ?p ?o }") {
            Err(StoreError::Unavailable(m)) => {
                assert!(
                    !m.contains("s3cret") && m.contains("u:***@127.0.0.1:9"),
                    "{m}"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn auth_headers_and_no_secret_in_debug() {
        let basic = RemoteAuth::Basic {
            user: "reader".into(),
            password: "s3cret".into(),
        };
        // RFC 7617 §2: base64("reader:s3cret")
        assert_eq!(basic.header().unwrap(), "Basic cmVhZGVyOnMzY3JldA==");
        assert_eq!(
            RemoteAuth::Bearer("tok".into()).header().unwrap(),
            "Bearer tok"
        );
        assert_eq!(RemoteAuth::None.header(), None);
        let shown = format!("{basic:?} {:?}", RemoteAuth::Bearer("tok".into()));
        assert!(
            !shown.contains("s3cret") && !shown.contains("tok)"),
            "{shown}"
        );
    }

    #[test]
    fn insert_data_is_an_update_that_says_the_same_triples() {
        let g = NamedNode::new_unchecked("http://e.test/graph/한글");
        let s = NamedNode::new_unchecked("http://e.test/s");
        let p = NamedNode::new_unchecked("http://e.test/p");
        let objects: Vec<Term> = vec![
            oxigraph::model::Literal::new_simple_literal("a \"quoted\"\nline \\ end").into(),
            oxigraph::model::Literal::new_language_tagged_literal("서울", "ko")
                .unwrap()
                .into(),
            oxigraph::model::Literal::from(42).into(),
            oxigraph::model::BlankNode::new_unchecked("b0").into(),
        ];
        let triples: Vec<Triple> = objects
            .into_iter()
            .map(|o| Triple::new(s.clone(), p.clone(), o))
            .collect();
        for graph in [GraphName::NamedNode(g.clone()), GraphName::DefaultGraph] {
            let text = format!(
                "{} ;\n{}",
                drop_graph(&graph),
                insert_data(&graph, triples.iter())
            );
            let update = SparqlParser::new()
                .parse_update(&text)
                .unwrap_or_else(|e| panic!("{e}: {text}"));
            let spargebra::GraphUpdateOperation::InsertData { data } = &update.operations[1] else {
                panic!("{update}");
            };
            assert_eq!(data.len(), 4, "{text}");
            let literal = data[0].object.to_string();
            assert_eq!(literal, triples[0].object.to_string());
        }
    }

    #[test]
    fn protocol_parameters_are_percent_encoded() {
        let g = NamedNode::new_unchecked("http://e.test/graph/a b?c=d");
        let url = with_graphs(
            "http://h/query",
            "default-graph-uri",
            std::slice::from_ref(&g),
            "named-graph-uri",
            std::slice::from_ref(&g),
        );
        assert_eq!(
            url,
            "http://h/query?default-graph-uri=http%3A%2F%2Fe%2Etest%2Fgraph%2Fa%20b%3Fc%3Dd\
             &named-graph-uri=http%3A%2F%2Fe%2Etest%2Fgraph%2Fa%20b%3Fc%3Dd"
        );
        let store = store();
        assert_eq!(
            store.graph_url(&GraphName::DefaultGraph).unwrap(),
            "http://127.0.0.1:9/store?default"
        );
    }

    #[test]
    fn silent_services_outside_the_allow_list_become_empty_groups() {
        let allowed = "http://127.0.0.1:7878/query";
        let policy = ServicePolicy::allow(&[allowed.to_string()], Duration::from_secs(1)).unwrap();
        let store = store().with_service_policy(policy);
        // refused SILENT ones (an IRI outside the list, a variable, one inside EXISTS) go;
        // the allowed one stays
        let query = format!(
            "SELECT * WHERE {{ SERVICE SILENT <http://elsewhere.test/sparql> {{ ?s ?p ?o }} \
             SERVICE <{allowed}> {{ ?a ?b ?c }} \
             OPTIONAL {{ SERVICE SILENT ?endpoint {{ ?x ?y ?z }} }} \
             FILTER NOT EXISTS {{ SERVICE SILENT <http://other.test/q> {{ ?s ?p 1 }} }} }}"
        );
        let checked = store.check_query(&query, None).unwrap();
        assert!(!checked.text.contains("elsewhere"), "{}", checked.text);
        assert!(!checked.text.contains("other.test"), "{}", checked.text);
        assert!(!checked.text.contains("?endpoint"), "{}", checked.text);
        assert!(checked.text.contains(allowed), "{}", checked.text);
        // without SILENT they are refused, naming the endpoint
        for refused in [
            "SELECT * WHERE { SERVICE <http://elsewhere.test/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
        ] {
            match store.check_query(refused, None) {
                Err(StoreError::ServiceRefused(m)) => assert!(m.contains("SERVICE"), "{m}"),
                other => panic!("{refused}: {:?}", other.map(|c| c.text)),
            }
        }
        // a query that needs no change is sent as it was written
        let plain = "SELECT * WHERE { ?s ?p ?o }  # as written";
        assert_eq!(store.check_query(plain, None).unwrap().text, plain);
    }

    /// `LOAD` would have the server fetch a URL, as a `SERVICE` call would: refused
    /// before anything is sent, whatever the allow-list says.
    #[test]
    fn load_is_refused_before_it_reaches_the_server() {
        let allowed = "http://127.0.0.1:7878/doc";
        let policy = ServicePolicy::allow(&[allowed.to_string()], Duration::from_secs(1)).unwrap();
        let store = store().with_service_policy(policy);
        for update in [
            format!("LOAD <{allowed}>"),
            "INSERT DATA { <a:s> <a:p> 1 } ; LOAD SILENT <http://elsewhere.test/x> INTO GRAPH <a:g>"
                .to_string(),
        ] {
            match store.check_update(&update, &ProtocolDataset::default(), None) {
                Err(StoreError::ServiceRefused(m)) => assert!(m.contains("LOAD <"), "{m}"),
                other => panic!("{update}: {other:?}"),
            }
        }
        assert!(
            store
                .check_update(
                    "INSERT DATA { <a:s> <a:p> 1 }",
                    &ProtocolDataset::default(),
                    None
                )
                .is_ok()
        );
    }

    /// A query or update with more than [`embedded::MAX_QUERY_BINDS`] `BIND`s is refused
    /// here before the parser runs, as on the embedded store (review of the SPARQL threads:
    /// 60,000 of them kept a thread busy for 25 s).
    #[test]
    fn many_binds_are_refused_before_parsing() {
        let store = store();
        let binds = |n: usize| {
            (0..n)
                .map(|i| format!("BIND({i} AS ?v{i}) "))
                .collect::<String>()
        };
        let limit = embedded::MAX_QUERY_BINDS;
        let query = format!("SELECT * WHERE {{ {} }}", binds(60_000));
        let update = format!(
            "INSERT {{ <s:> <p:> ?v0 }} WHERE {{ {} }}",
            binds(limit + 1)
        );
        for refused in [
            store.check_query(&query, None).map(|c| c.text),
            store.check_update(&update, &ProtocolDataset::default(), None),
        ] {
            assert!(
                matches!(&refused, Err(StoreError::Syntax(m))
                    if m.contains(&limit.to_string()) && m.contains("BIND")),
                "{refused:?}"
            );
        }
        // a few are fine
        let few = format!("SELECT * WHERE {{ {} }}", binds(3));
        assert!(store.check_query(&few, None).is_ok());
    }

    #[test]
    fn relative_iris_are_resolved_and_datasets_noticed() {
        let store = store();
        let checked = store
            .check_query(
                "SELECT * FROM <g1> WHERE { <s> ?p ?o }",
                Some("http://h/sparql"),
            )
            .unwrap();
        assert!(checked.own_dataset);
        assert!(checked.text.contains("<http://h/s>"), "{}", checked.text);
        assert!(checked.text.contains("<http://h/g1>"), "{}", checked.text);
        let update = store
            .check_update(
                "INSERT DATA { <s> <p> 1 }",
                &ProtocolDataset::default(),
                Some("http://h/"),
            )
            .unwrap();
        assert!(update.contains("<http://h/s>"), "{update}");
        let using = ProtocolDataset {
            default_graphs: vec![NamedNode::new_unchecked("http://h/g")],
            named_graphs: Vec::new(),
        };
        assert!(matches!(
            store.check_update(
                "WITH <http://h/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                &using,
                None
            ),
            Err(StoreError::DatasetConflict(_))
        ));
        assert!(matches!(
            store.check_query("SELECT * WHERE { ?s ?p }", None),
            Err(StoreError::Syntax(_))
        ));
    }

    #[test]
    fn server_answers_become_the_right_errors() {
        assert!(
            matches!(refusal(503, b"busy", "query"), StoreError::Unavailable(m) if m.contains("busy"))
        );
        assert!(
            matches!(refusal(400, b"bad", "query"), StoreError::Evaluation(m) if m.contains("bad"))
        );
        assert!(
            matches!(refusal(401, b"", "update"), StoreError::Remote(m) if m.contains("--store-user"))
        );
        assert!(
            matches!(refusal(500, b"boom", "query"), StoreError::Remote(m) if m.contains("500") && m.contains("boom"))
        );
    }

    /// A server that takes the connection but never answers: the store's own requests end
    /// after `--store-timeout` with an error naming that flag, a SPARQL Protocol query after
    /// the caller's timeout with [`StoreError::Timeout`] (review: both named the internal
    /// `query_timeout`).
    #[test]
    fn timeouts_name_the_flag_that_set_them() {
        // connections wait in the listen queue, unanswered
        let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", silent.local_addr().unwrap());
        let store = RemoteStore::new(
            RemoteEndpoints::under(&url).unwrap(),
            RemoteAuth::None,
            Duration::from_millis(300),
        );
        let own = store.select("SELECT * WHERE { ?s ?p ?o }").unwrap_err();
        assert!(
            matches!(own, StoreError::StoreTimeout(t) if t == Duration::from_millis(300)),
            "{own:?}"
        );
        assert!(own.to_string().contains("--store-timeout"), "{own}");
        // a shorter caller timeout is the caller's; a longer one is cut to the store's
        let within = store.select_within("SELECT * WHERE { ?s ?p ?o }", Duration::from_millis(100));
        assert!(matches!(within, Err(StoreError::Timeout(_))), "{within:?}");
        let within = store.select_within("SELECT * WHERE { ?s ?p ?o }", Duration::from_secs(60));
        assert!(
            matches!(within, Err(StoreError::StoreTimeout(_))),
            "{within:?}"
        );
        let choose = |_| Some(ResultFormat::Results(QueryResultsFormat::Csv));
        let public = store.query("ASK {}", Duration::from_millis(100), &choose);
        assert!(
            matches!(public, Err(StoreError::Timeout(t)) if t == Duration::from_millis(100)),
            "{:?}",
            public.map(|r| r.body)
        );
    }

    /// Nothing listens on port 9 of the loopback: the store says it cannot be reached.
    #[test]
    fn an_unreachable_server_is_unavailable() {
        match store().select("SELECT * WHERE { ?s ?p ?o }") {
            Err(StoreError::Unavailable(m)) => {
                assert!(m.contains("http://127.0.0.1:9/query"), "{m}")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(store().running_queries(), 0);
    }

    #[test]
    fn answers_are_written_again_in_the_chosen_format() {
        let json = br#"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"https://schema.org/x"}}]}}"#;
        let csv = reserialize_results(json, QueryResultsFormat::Csv, 1 << 20).unwrap();
        assert_eq!(
            String::from_utf8(csv).unwrap(),
            "s\r\nhttps://schema.org/x\r\n"
        );
        assert!(matches!(
            reserialize_results(json, QueryResultsFormat::Csv, 5),
            Err(StoreError::AnswerTooLarge(5))
        ));
        let nt = b"<https://schema.org/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Event> .\n";
        let turtle =
            String::from_utf8(reserialize_triples(nt, RdfFormat::Turtle, 1 << 20).unwrap())
                .unwrap();
        assert!(turtle.contains("schema:Event"), "{turtle}");
        assert!(matches!(
            reserialize_results(b"{", QueryResultsFormat::Csv, 99),
            Err(StoreError::Remote(_))
        ));
    }
}
