//! The SPARQL 1.1 Graph Store HTTP Protocol (<https://www.w3.org/TR/sparql11-http-rdf-update/>)
//! at `/store`. A graph is named indirectly (`/store?graph=<IRI>`, `/store?default`) or
//! directly (`/store/<path>` names the graph `{base}store/<path>`, the request's own IRI).
//!
//! - `GET` / `HEAD`: the graph in the RDF format `Accept` picks (Turtle by default), `404`
//!   for a named graph the store lacks; `GET /store` alone: the whole dataset (TriG or
//!   N-Quads).
//! - `PUT`: replaces the graph (`201 Created` when new, else `204`); `POST`: adds to it
//!   (RDF merge; `multipart/form-data` parts are each added); `POST /store` alone creates a
//!   new graph and answers `201` with its IRI in `Location`; `DELETE`: removes it (`204`,
//!   or `404`).
//!
//! Reads are public; writes need `Authorization: Bearer <token>` ([`super::auth`]). Bodies
//! are parsed by their `Content-Type` (Turtle, N-Triples, RDF/XML, JSON-LD; `415`
//! otherwise), relative IRIs against the graph's IRI; RDF that does not parse is a `400`
//! and changes nothing. The graph parameter is percent-decoded once (`%2531` names a graph
//! whose IRI holds `%31`). A direct graph's path is taken in its IRI form
//! ([`crate::rdf::uri::normalize_path`]): `/store/한국`, `/store/%ED%95%9C%EA%B5%AD` and
//! `/store/%ed%95%9c%ea%b5%ad` all name `<{base}store/한국>`, the graph
//! `?graph={base}store/한국` names, and so does `?graph={base}store/%ED%95%9C%EA%B5%AD`
//! (a `graph=` IRI under `{base}store/` is taken in the same form). `Location` is ASCII
//! ([`crate::rdf::uri::to_uri`]).
//!
//! JSON-LD bodies are read as one graph: their default graph's triples go into the graph
//! the request names, and a document that puts triples in a named graph of its own
//! (`"@id"` beside `"@graph"`) is refused with `400` (a Graph Store body is one graph).
//!
//! A write (parsing its body and storing the triples) has the update timeout
//! (`query_timeout`), counted once the body is received: past it, `503` with a message,
//! and nothing is written.

use super::error::AppError;
use super::negotiate::{graph_offers, negotiate};
use super::sparql::parse_form;
use crate::state::{AppState, blocking};
use crate::store::StoreError;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Triple};
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The `/store` routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/store", any(graph_store))
        .route("/store/{*path}", any(graph_store))
}

/// What a Graph Store request names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    /// One graph (the default graph or a named one).
    Graph(GraphName),
    /// The endpoint itself (`/store` without `graph` or `default`).
    Endpoint,
}

/// Reads the target of a request. Errors: [`AppError::BadRequest`] for `graph` with
/// `default`, a `graph` that is not an absolute IRI, or parameters on a direct IRI.
fn target(state: &AppState, uri: &Uri) -> Result<Target, AppError> {
    let params = parse_form(uri.query().unwrap_or("").as_bytes(), "the query string")?;
    let default = params.iter().any(|(k, _)| k == "default");
    let graphs: Vec<&String> = params
        .iter()
        .filter(|(k, _)| k == "graph")
        .map(|(_, v)| v)
        .collect();
    if uri.path() != "/store" {
        if default || !graphs.is_empty() {
            return Err(AppError::BadRequest(
                "a graph named by its own URL (/store/…) takes no graph= or default parameter"
                    .into(),
            ));
        }
        // raw and percent-encoded spellings of one path name one graph (RFC 3987 §5.3.2.3)
        let path = crate::rdf::uri::normalize_path(uri.path());
        let iri = format!("{}{}", state.iris.base(), path.trim_start_matches('/'));
        return NamedNode::new(&iri)
            .map(|g| Target::Graph(g.into()))
            .map_err(|e| AppError::BadRequest(format!("{iri} is not an IRI: {e}")));
    }
    match (default, graphs.as_slice()) {
        (true, []) => Ok(Target::Graph(GraphName::DefaultGraph)),
        (false, [graph]) => NamedNode::new(own_graph(state, graph))
            .map(|g| Target::Graph(g.into()))
            .map_err(|e| {
                AppError::BadRequest(format!("graph={graph:?} is not an absolute IRI: {e}"))
            }),
        (false, []) => Ok(Target::Endpoint),
        _ => Err(AppError::BadRequest(
            "name one graph: either default or a single graph=<IRI>".into(),
        )),
    }
}

/// A `graph=` IRI in the form a direct request names it: an IRI under `{base}store/`
/// (written with the base in its IRI or its ASCII form) gets its path after the base in
/// IRI form ([`crate::rdf::uri::normalize_path`]), so `?graph={base}store/한국`,
/// `?graph={base}store/%ED%95%9C%EA%B5%AD` and `/store/한국` name one graph. Other IRIs
/// are kept as they are.
fn own_graph(state: &AppState, graph: &str) -> String {
    let base = state.iris.base();
    let ascii_base = crate::rdf::uri::to_uri(base);
    for prefix in [base.to_string(), ascii_base] {
        if let Some(rest) = graph.strip_prefix(&format!("{prefix}store/")) {
            let rest = crate::rdf::uri::normalize_path(rest);
            return format!("{base}store/{rest}");
        }
    }
    graph.to_string()
}

/// Every method of `/store` and `/store/…`.
async fn graph_store(State(state): State<AppState>, request: Request) -> Response {
    let method = request.method().clone();
    let answer = match target(&state, request.uri()) {
        Err(e) => refuse(request, e).await,
        Ok(target) => match method {
            Method::GET | Method::HEAD => read(state, request.headers(), target).await,
            Method::PUT | Method::POST | Method::DELETE => write(state, request, target).await,
            _ => {
                let refusal = AppError::MethodNotAllowed(format!(
                    "{method} is not a Graph Store Protocol method: use GET, HEAD, PUT, POST or \
                     DELETE"
                ));
                refuse(request, refusal).await
            }
        },
    };
    let mut response = answer.unwrap_or_else(IntoResponse::into_response);
    if response.status() == StatusCode::METHOD_NOT_ALLOWED {
        response.headers_mut().insert(
            header::ALLOW,
            HeaderValue::from_static("GET, HEAD, PUT, POST, DELETE"),
        );
    }
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept"));
    response
}

/// Answers `error` to a request whose body has not been read, after reading that body to
/// its end and dropping it (at most `config.body_limit` bytes: the limit layer stops the
/// read there), so that the connection stays fit for the client's next request.
///
/// Why: hyper drains an unread body only when it has already arrived whole; otherwise it
/// closes the connection after the answer, and says nothing (no `Connection: close`), so a
/// client that pools connections (ureq, curl) sends its next request on a socket the
/// server is closing and reads no answer ("Peer disconnected"). Whether the body is there
/// when the handler answers is a race, lost under load. When the body cannot be read to
/// its end (over the limit, a broken stream), the answer says `Connection: close`, so the
/// client does not reuse the connection; it is then an `Ok` holding the error answer.
async fn refuse(request: Request, error: AppError) -> Result<Response, AppError> {
    if axum::body::to_bytes(request.into_body(), usize::MAX)
        .await
        .is_ok()
    {
        return Err(error);
    }
    let mut response = error.into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    Ok(response)
}

/// `GET` / `HEAD` (axum drops the body of a `HEAD` answer).
async fn read(state: AppState, headers: &HeaderMap, target: Target) -> Result<Response, AppError> {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let store = state.store.clone();
    let graph = match target {
        Target::Endpoint => {
            let offers = [
                (RdfFormat::TriG.media_type(), RdfFormat::TriG),
                (RdfFormat::NQuads.media_type(), RdfFormat::NQuads),
            ];
            let format =
                negotiate(&accept, &offers).ok_or_else(|| AppError::not_acceptable(&offers))?;
            let body = blocking(move || {
                let mut out = Vec::new();
                store.dump(format, &mut out).map(|()| out)
            })
            .await?;
            return Ok(([(header::CONTENT_TYPE, format.media_type())], body).into_response());
        }
        Target::Graph(graph) => graph,
    };
    let offers = graph_offers();
    let format = negotiate(&accept, &offers).ok_or_else(|| AppError::not_acceptable(&offers))?;
    let shown = graph.to_string();
    let triples = blocking(move || store.graph_triples(&graph))
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no graph {shown} in the store")))?;
    let body = super::serialize_graph(&triples, format, &[])?;
    Ok(([(header::CONTENT_TYPE, format.media_type())], body).into_response())
}

/// `PUT`, `POST`, `DELETE`, for a client with the token. Every answer given before the
/// body is read goes through [`refuse`].
async fn write(state: AppState, request: Request, target: Target) -> Result<Response, AppError> {
    let what = "Writing to the graph store";
    if let Err(refusal) = super::auth::authorize_write(&state, request.headers(), what) {
        return refuse(request, refusal).await;
    }
    let method = request.method().clone();
    let (graph, new_graph) = match (&method, target) {
        (_, Target::Graph(graph)) => (graph, false),
        (&Method::POST, Target::Endpoint) => match new_graph_iri(&state) {
            Ok(iri) => (GraphName::from(iri), true),
            Err(e) => return refuse(request, e).await,
        },
        _ => {
            let refusal = AppError::BadRequest(format!(
                "{method} /store needs the graph: ?graph=<IRI>, ?default, or /store/<path>"
            ));
            return refuse(request, refusal).await;
        }
    };
    let store = state.store.clone();
    if method == Method::DELETE {
        // a DELETE body means nothing here: read and drop it (as [`refuse`] does), so the
        // connection stays usable; one that cannot be read is ignored, as it always was
        let _ = axum::body::to_bytes(request.into_body(), usize::MAX).await;
        let shown = graph.to_string();
        let existed = blocking(move || store.delete_graph(&graph)).await?;
        return if existed {
            Ok(StatusCode::NO_CONTENT.into_response())
        } else {
            Err(AppError::NotFound(format!("no graph {shown} in the store")))
        };
    }
    if let Err(unsupported) = body_format_of(&request) {
        return refuse(request, unsupported).await;
    }
    let base = match &graph {
        GraphName::NamedNode(g) => g.as_str().to_string(),
        _ => format!("{}store", state.iris.base()),
    };
    let documents = read_rdf(&state, request).await?;
    // the timeout counts from here: parsing and storing, not the upload
    let budget = Budget::start(state.config.query_timeout);
    let replace = method == Method::PUT;
    let written = graph.clone();
    let created = blocking(move || {
        let triples = parse_documents(&documents, &base, budget)?;
        if replace {
            store.put_graph(&written, &triples, budget.ends)
        } else {
            store.add_to_graph(&written, &triples, budget.ends)
        }
        .map_err(|e| budget.error(e))
    })
    .await?;
    match (new_graph, &graph) {
        (true, GraphName::NamedNode(iri)) => Ok((
            StatusCode::CREATED,
            [(header::LOCATION, crate::rdf::uri::to_uri(iri.as_str()))],
        )
            .into_response()),
        _ if created => Ok(StatusCode::CREATED.into_response()),
        _ => Ok(StatusCode::NO_CONTENT.into_response()),
    }
}

/// A fresh graph IRI under `{base}store/` for `POST /store`: 16 hex digits of a hash of
/// the time and a process counter, so two creations never share one.
fn new_graph_iri(state: &AppState) -> Result<NamedNode, AppError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let digest = Sha256::digest(format!("{nanos}-{n}-{}", std::process::id()));
    let id: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    NamedNode::new(format!("{}store/{id}", state.iris.base()))
        .map_err(|e| AppError::Render(format!("graph IRI: {e}")))
}

/// The RDF formats a Graph Store body may be in (media types as Oxigraph spells them).
fn body_formats() -> Vec<String> {
    [
        RdfFormat::Turtle,
        RdfFormat::NTriples,
        RdfFormat::RdfXml,
        super::negotiate::JSON_LD,
    ]
    .iter()
    .map(|f| f.media_type().to_string())
    .collect()
}

/// The format of a Graph Store body named by a `Content-Type` value: a triple format, or
/// JSON-LD (which Oxigraph counts among the dataset formats, as a document may name graphs;
/// [`parse_triples`] takes its default graph only). Errors: 415 listing [`body_formats`].
fn triple_format(content_type: &str) -> Result<RdfFormat, AppError> {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    RdfFormat::from_media_type(&media)
        .filter(|f| !f.supports_datasets() || matches!(f, RdfFormat::JsonLd { .. }))
        .ok_or_else(|| AppError::UnsupportedMediaType {
            got: content_type.to_string(),
            supported: body_formats(),
        })
}

/// Checks the `Content-Type` of a write before its body is read: `multipart/form-data` or
/// one of [`body_formats`]. Errors: 415, as [`triple_format`].
fn body_format_of(request: &Request) -> Result<(), AppError> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        return Ok(());
    }
    triple_format(content_type).map(|_| ())
}

/// How many statements the parser reads between two looks at the write's deadline.
const PARSE_CHECK_EVERY: usize = 1024;

/// The time a Graph Store write may take to parse and store its body: the update timeout
/// (`query_timeout`), from when the body has been received.
#[derive(Debug, Clone, Copy)]
struct Budget {
    /// When the write must be done.
    ends: Instant,
    /// The timeout, for the message.
    timeout: Duration,
}

impl Budget {
    /// A budget of `timeout` from now.
    fn start(timeout: Duration) -> Budget {
        Budget {
            ends: Instant::now() + timeout,
            timeout,
        }
    }

    /// [`AppError::WriteTimeout`] once the budget is spent.
    fn check(&self) -> Result<(), AppError> {
        if Instant::now() >= self.ends {
            Err(AppError::WriteTimeout(self.timeout))
        } else {
            Ok(())
        }
    }

    /// The answer for a store error: a timeout is this write's.
    fn error(&self, e: StoreError) -> AppError {
        match e {
            StoreError::Timeout(_) => AppError::WriteTimeout(self.timeout),
            e => e.into(),
        }
    }
}

/// Parses `bytes` in `format`, relative IRIs against `base`, within `budget`.
///
/// A JSON-LD document must keep its triples in its default graph: a named graph in it
/// (`"@graph"` beside an `"@id"`, which names a graph) is refused, as a Graph Store body is
/// one graph and the request names it already.
///
/// Errors: 400 saying it is a syntax error, with the line, column and line text when the
/// parser gives them ([`crate::store::syntax::rdf`]), or naming the graph of a JSON-LD document;
/// [`AppError::WriteTimeout`] once the budget is spent.
fn parse_triples(
    bytes: &[u8],
    format: RdfFormat,
    base: &str,
    budget: Budget,
) -> Result<Vec<Triple>, AppError> {
    if matches!(format, RdfFormat::JsonLd { .. }) && !json_nesting_within(bytes, MAX_JSON_NESTING) {
        return Err(AppError::BadRequest(format!(
            "the JSON-LD body nests objects or arrays deeper than {MAX_JSON_NESTING} levels, \
             more than this service reads (the JSON-LD parser recurses on them)"
        )));
    }
    let parser = RdfParser::from_format(format)
        .with_base_iri(base)
        .map_err(|e| AppError::BadRequest(format!("base IRI {base}: {e}")))?;
    let mut triples = Vec::new();
    for (i, quad) in parser.for_slice(bytes).enumerate() {
        if i % PARSE_CHECK_EVERY == 0 {
            budget.check()?;
        }
        let quad =
            quad.map_err(|e| AppError::BadRequest(crate::store::syntax::rdf(bytes, format, &e)))?;
        if !quad.graph_name.is_default_graph() {
            return Err(AppError::BadRequest(format!(
                "the document puts triples in the graph {}, but a Graph Store body is one \
                 graph, the one the request names: send the triples without a graph (no \
                 \"@graph\" beside an \"@id\"), one request per graph",
                quad.graph_name
            )));
        }
        triples.push(Triple::from(quad));
    }
    Ok(triples)
}

/// The deepest nesting of JSON objects and arrays a JSON-LD body may have: Oxigraph's
/// JSON-LD parser recurses on each level, and a deeper body would overflow the stack of the
/// thread that parses it (an abort of the whole server). Real documents nest a few levels.
const MAX_JSON_NESTING: usize = 64;

/// `true` when no object or array in the JSON text `bytes` is nested deeper than `max`
/// levels (brackets inside strings, escapes included, do not count). It does not check
/// that `bytes` is JSON: the parser does that afterwards.
fn json_nesting_within(bytes: &[u8], max: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > max {
                    return false;
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    true
}

/// A request body to parse: its bytes and their format.
type Document = (Bytes, RdfFormat);

/// The triples of every document, parsed in turn ([`parse_triples`]).
fn parse_documents(
    documents: &[Document],
    base: &str,
    budget: Budget,
) -> Result<Vec<Triple>, AppError> {
    let mut triples = Vec::new();
    for (bytes, format) in documents {
        triples.extend(parse_triples(bytes, *format, base, budget)?);
    }
    Ok(triples)
}

/// The documents of a request body: one RDF document, or every part of a
/// `multipart/form-data` body (each in its own `Content-Type`). Errors: 415 for a format
/// that is not read, 400 for a malformed multipart body.
async fn read_rdf(state: &AppState, request: Request) -> Result<Vec<Document>, AppError> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    if content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        let mut multipart = Multipart::from_request(request, state)
            .await
            .map_err(|e| AppError::BadRequest(format!("bad multipart body: {e}")))?;
        let mut documents = Vec::new();
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|e| AppError::BadRequest(format!("bad multipart body: {e}")))?
        {
            let format = triple_format(field.content_type().unwrap_or(""))?;
            let bytes = field
                .bytes()
                .await
                .map_err(|e| AppError::BadRequest(format!("bad multipart body: {e}")))?;
            documents.push((bytes, format));
        }
        return Ok(documents);
    }
    let format = triple_format(&content_type)?;
    let bytes = Bytes::from_request(request, state)
        .await
        .map_err(|e| AppError::BadRequest(format!("cannot read the body: {e}")))?;
    Ok(vec![(bytes, format)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_nesting_is_counted_outside_strings() {
        assert!(json_nesting_within(br#"{"a": [{"b": 1}]}"#, 3));
        assert!(!json_nesting_within(br#"{"a": [{"b": 1}]}"#, 2));
        assert!(json_nesting_within(br#"{"a": "[[[[{{{{\"]]"}"#, 1));
        let deep = format!("{}1{}", "[".repeat(65), "]".repeat(65));
        assert!(!json_nesting_within(deep.as_bytes(), MAX_JSON_NESTING));
        assert!(json_nesting_within(
            &deep.as_bytes()[1..deep.len() - 1],
            MAX_JSON_NESTING
        ));
    }
}
