//! The SPARQL 1.1 Protocol endpoint (<https://www.w3.org/TR/sparql11-protocol/>):
//! queries by `GET /sparql?query=…`, `POST /sparql` as a form (`application/x-www-form-urlencoded`,
//! `query=…`) or directly (`application/sparql-query`); updates by `POST` only, as a form
//! (`update=…`) or directly (`application/sparql-update`), with `Authorization: Bearer
//! <token>` ([`super::auth`]; writes are off without a configured token). Results are
//! serialized in the format [`negotiate`](super::negotiate::negotiate) picks from `Accept`;
//! every answer carries `Vary: Accept`. Without a query the endpoint describes itself with
//! the SPARQL Service Description vocabulary. A browser (`Accept` preferring `text/html`)
//! gets the HTML query page of [`super::query_page`] instead, with the results of its
//! query, if any, as a table.
//!
//! `default-graph-uri` / `named-graph-uri` (queries) and `using-graph-uri` /
//! `using-named-graph-uri` (updates) may each be repeated; they replace the request's own
//! `FROM` / `USING` (an update with `USING` or `WITH` and protocol graphs is a 400). A query
//! with neither sees the union of all graphs as its default graph (DESIGN.md §IRIs and
//! graphs); an update without them writes the store's own default graph.
//!
//! `format=` (in the URL or the form; not part of the protocol, for people typing URLs)
//! overrides `Accept`: a short name (`json`, `xml`, `csv`, `tsv`, `ttl`, `nt`, `nq`, `trig`,
//! `jsonld`, `rdf`) or a media type ([`negotiate::format_accept`](super::negotiate::format_accept)).
//! A name of the other family (`format=ttl` for a SELECT, `format=csv` for a CONSTRUCT) is
//! a 406 listing the names that fit; an unknown name is a 400 listing them all.

use super::error::AppError;
use super::negotiate::{graph_offers, negotiate, result_offers};
use super::query_page;
use crate::model::Lang;
use crate::state::{AppState, blocking};
use crate::store::{ProtocolDataset, QueryForm, ResultFormat, StoreError};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use oxigraph::model::vocab::rdf;
use oxigraph::model::{BlankNode, NamedNode, Triple};

use crate::rdf::vocab::sd::NS as SD;

/// How long past `query_timeout` the endpoint waits for the store's own cancellation
/// before answering 503 itself.
pub(crate) const TIMEOUT_GRACE: std::time::Duration = std::time::Duration::from_millis(500);

/// Media types accepted as `POST` bodies.
const FORM: &str = "application/x-www-form-urlencoded";
const SPARQL_QUERY: &str = "application/sparql-query";
const SPARQL_UPDATE: &str = "application/sparql-update";

/// The `/sparql` routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sparql", get(get_sparql).post(post_sparql))
        .layer(axum::middleware::map_response(super::vary_accept))
}

/// The methods `/sparql` answers (the `Allow` of its `405`s).
pub const SPARQL_METHODS: &str = "GET, HEAD, POST";

async fn get_sparql(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let params = Params::read(parse_form(
        raw.unwrap_or_default().as_bytes(),
        "the query string",
    )?)?;
    if !params.updates.is_empty() {
        let mut refused = AppError::MethodNotAllowed(
            "SPARQL Update needs POST (a form with update=… or an application/sparql-update body)"
                .into(),
        )
        .into_response();
        // RFC 9110 §15.5.6: a 405 lists the methods the resource supports
        refused
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static(SPARQL_METHODS));
        return Ok(refused);
    }
    query(state, &headers, params).await
}

async fn post_sparql(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> Result<Response, AppError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let mut parts = content_type.split(';');
    let mime = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset_ok = parts.all(|p| match p.split_once('=') {
        Some((k, v)) if k.trim().eq_ignore_ascii_case("charset") => {
            let v = v.trim().trim_matches('"');
            v.eq_ignore_ascii_case("utf-8") || v.eq_ignore_ascii_case("utf8")
        }
        _ => true,
    });
    let unsupported = || AppError::UnsupportedMediaType {
        got: content_type.clone(),
        supported: vec![
            format!("{FORM} (query=… or update=…)"),
            format!("{SPARQL_QUERY}; charset=utf-8"),
            format!("{SPARQL_UPDATE}; charset=utf-8"),
        ],
    };
    if !charset_ok {
        return Err(unsupported());
    }
    let url_params = || {
        parse_form(
            raw.as_deref().unwrap_or_default().as_bytes(),
            "the query string",
        )
    };
    match mime.as_str() {
        FORM => {
            let mut params = Params::read(parse_form(&body, "the form body")?)?;
            // protocol graphs may also travel in the URL
            params.merge_dataset(Params::read(url_params()?)?);
            match (params.queries.len(), params.updates.len()) {
                (0, 1) => {
                    let update = params.updates.pop().unwrap_or_default();
                    run_update(state, &headers, update, params.using).await
                }
                (_, 0) => query(state, &headers, params).await,
                (0, n) => Err(AppError::BadRequest(format!(
                    "exactly one update parameter is allowed, got {n}"
                ))),
                _ => Err(AppError::BadRequest(
                    "a request carries a query or an update, not both".into(),
                )),
            }
        }
        SPARQL_QUERY => {
            let text = body_text(&body)?;
            let mut params = Params::read(url_params()?)?;
            if !params.queries.is_empty() || !params.updates.is_empty() {
                return Err(AppError::BadRequest(
                    "a direct POST carries the query in the body, not in a query= parameter".into(),
                ));
            }
            params.queries.push(text);
            query(state, &headers, params).await
        }
        SPARQL_UPDATE => {
            let text = body_text(&body)?;
            let params = Params::read(url_params()?)?;
            if !params.queries.is_empty() || !params.updates.is_empty() {
                return Err(AppError::BadRequest(
                    "a direct POST carries the update in the body, not in an update= parameter"
                        .into(),
                ));
            }
            run_update(state, &headers, text, params.using).await
        }
        _ => Err(unsupported()),
    }
}

/// The body of a direct POST as text. Errors: [`AppError::NotUtf8`].
fn body_text(body: &[u8]) -> Result<String, AppError> {
    std::str::from_utf8(body)
        .map(str::to_string)
        .map_err(|_| AppError::NotUtf8("the request body".into()))
}

/// The protocol parameters of one request.
#[derive(Debug, Default)]
struct Params {
    queries: Vec<String>,
    updates: Vec<String>,
    /// `default-graph-uri` / `named-graph-uri`.
    dataset: ProtocolDataset,
    /// `using-graph-uri` / `using-named-graph-uri`.
    using: ProtocolDataset,
    /// `format` (noticegraph's own, overriding `Accept`).
    formats: Vec<String>,
    /// `lang=ko` / `lang=en`: the language of the query page (browsers only).
    lang: Option<Lang>,
}

impl Params {
    /// Sorts `(name, value)` pairs into [`Params`]; unknown names are ignored, as the
    /// protocol allows. Errors: [`AppError::BadRequest`] for a graph parameter that is not
    /// an absolute IRI.
    fn read(pairs: Vec<(String, String)>) -> Result<Params, AppError> {
        let mut params = Params::default();
        for (key, value) in pairs {
            let iri = |value: &str| {
                NamedNode::new(value).map_err(|e| {
                    AppError::BadRequest(format!("{key}={value:?} is not an absolute IRI: {e}"))
                })
            };
            match key.as_str() {
                "query" => params.queries.push(value),
                "update" => params.updates.push(value),
                "default-graph-uri" => params.dataset.default_graphs.push(iri(&value)?),
                "named-graph-uri" => params.dataset.named_graphs.push(iri(&value)?),
                "using-graph-uri" => params.using.default_graphs.push(iri(&value)?),
                "using-named-graph-uri" => params.using.named_graphs.push(iri(&value)?),
                "format" => params.formats.push(value),
                "lang" => params.lang = Lang::from_tag(&value),
                _ => {}
            }
        }
        Ok(params)
    }

    /// Adds the graph parameters of `other` (the URL's, for a form POST), and its `lang`
    /// when the form has none.
    fn merge_dataset(&mut self, other: Params) {
        self.lang = self.lang.or(other.lang);
        self.dataset
            .default_graphs
            .extend(other.dataset.default_graphs);
        self.dataset.named_graphs.extend(other.dataset.named_graphs);
        self.using.default_graphs.extend(other.using.default_graphs);
        self.using.named_graphs.extend(other.using.named_graphs);
        self.formats.extend(other.formats);
    }
}

/// Runs a SPARQL Update for an authorized client: `204 No Content` when it is applied.
/// Relative IRIs in it resolve against the endpoint's IRI. Past `query_timeout` the store
/// cancels it (nothing of it is applied) and the client gets a 503.
async fn run_update(
    state: AppState,
    headers: &HeaderMap,
    update: String,
    using: ProtocolDataset,
) -> Result<Response, AppError> {
    super::auth::authorize_write(&state, headers, "SPARQL Update")?;
    let base = format!("{}sparql", state.iris.base());
    let store = state.store.clone();
    let timeout = state.config.query_timeout;
    blocking(move || store.update(&update, &using, Some(&base), timeout)).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Runs the one query of `params` over their dataset, or describes the service when there
/// is none; a browser (see [`query_page::wants_html`]) gets the query page instead.
async fn query(
    state: AppState,
    headers: &HeaderMap,
    mut params: Params,
) -> Result<Response, AppError> {
    let format = match params.formats.as_slice() {
        [] => None,
        [one] => Some(one.as_str()),
        _ => {
            return Err(AppError::BadRequest(
                "the format parameter may be given once".into(),
            ));
        }
    };
    let accept = super::negotiate::requested(headers, format)?;
    let query = match params.queries.len() {
        0 => None,
        1 => params.queries.pop(),
        n => {
            return Err(AppError::BadRequest(format!(
                "exactly one query parameter is allowed, got {n}"
            )));
        }
    };
    if query_page::wants_html(&accept) {
        return query_page::answer(state, headers, query, params.dataset, params.lang).await;
    }
    let Some(query) = query else {
        return service_description(&state, &accept);
    };
    let dataset = params.dataset;
    let base = format!("{}sparql", state.iris.base());
    let timeout = state.config.query_timeout;
    let store = state.store.clone();
    let run = blocking(move || {
        let choose = |form: QueryForm| match form {
            QueryForm::Select | QueryForm::Ask => {
                negotiate(&accept, &result_offers()).map(ResultFormat::Results)
            }
            QueryForm::Graph => negotiate(&accept, &graph_offers()).map(ResultFormat::Graph),
        };
        store.query_in(&query, &dataset, Some(&base), timeout, &choose)
    });
    // The store cancels a query past its timeout, but only where its evaluator checks the
    // token; the client gets its 503 on time regardless (plus a grace period for
    // serialization), while the store winds the query down.
    let response = tokio::time::timeout(timeout + TIMEOUT_GRACE, run)
        .await
        .map_err(|_| AppError::Timeout(timeout))?
        .map_err(|e| match e {
            // name the format= values that would do, beside the media types
            StoreError::NotAcceptable(QueryForm::Select | QueryForm::Ask) => {
                AppError::not_acceptable_named(&result_offers())
            }
            StoreError::NotAcceptable(QueryForm::Graph) => {
                AppError::not_acceptable_named(&graph_offers())
            }
            other => AppError::from(other),
        })?;
    let media = match response.format {
        ResultFormat::Results(f) => f.media_type(),
        ResultFormat::Graph(f) => f.media_type(),
    };
    Ok(([(header::CONTENT_TYPE, media)], response.body).into_response())
}

/// A SPARQL Service Description of this endpoint (<https://www.w3.org/TR/sparql11-service-description/>):
/// endpoint, supported language, result formats and the union default graph, in the RDF
/// format `Accept` asks for (Turtle by default).
fn service_description(state: &AppState, accept: &str) -> Result<Response, AppError> {
    let offers = graph_offers();
    let format =
        negotiate(accept, &offers).ok_or_else(|| AppError::not_acceptable_named(&offers))?;
    let sd = |local: &str| NamedNode::new_unchecked(format!("{SD}{local}"));
    let service = BlankNode::default();
    let endpoint = NamedNode::new(format!("{}sparql", state.iris.base()))
        .map_err(|e| AppError::Render(e.to_string()))?;
    let mut triples = vec![
        Triple::new(service.clone(), rdf::TYPE, sd("Service")),
        Triple::new(service.clone(), sd("endpoint"), endpoint),
        Triple::new(
            service.clone(),
            sd("supportedLanguage"),
            sd("SPARQL11Query"),
        ),
        Triple::new(service.clone(), sd("feature"), sd("UnionDefaultGraph")),
    ];
    if !state.config.service_allow.is_empty() {
        // SERVICE works, to the endpoints of `--service-allow` only
        triples.push(Triple::new(
            service.clone(),
            sd("feature"),
            sd("BasicFederatedQuery"),
        ));
    }
    if state.config.token.is_some() {
        triples.push(Triple::new(
            service.clone(),
            sd("supportedLanguage"),
            sd("SPARQL11Update"),
        ));
    }
    for iri in FORMAT_IRIS {
        triples.push(Triple::new(
            service.clone(),
            sd("resultFormat"),
            NamedNode::new_unchecked(iri),
        ));
    }
    let body = super::serialize_graph(&triples, format, &[("sd", SD)])?;
    Ok(([(header::CONTENT_TYPE, format.media_type())], body).into_response())
}

/// The `sd:resultFormat`s of the service description: the IRIs <https://www.w3.org/ns/formats/>
/// defines for the results and graph formats the endpoint answers in, spelled here because
/// Oxigraph's `RdfFormat::iri` gives JSON-LD an IRI that page does not define.
pub const FORMAT_IRIS: [&str; 10] = [
    "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "http://www.w3.org/ns/formats/Turtle",
    "http://www.w3.org/ns/formats/N-Triples",
    "http://www.w3.org/ns/formats/JSON-LD",
    "http://www.w3.org/ns/formats/RDF_XML",
    "http://www.w3.org/ns/formats/N-Quads",
    "http://www.w3.org/ns/formats/TriG",
];

/// Parses `application/x-www-form-urlencoded` bytes (a form body or a URL query string)
/// into `(name, value)` pairs in order: `+` is a space, `%XX` a byte, and the decoded bytes
/// must be UTF-8. `what` names the part for the error ([`AppError::NotUtf8`]).
pub fn parse_form(bytes: &[u8], what: &str) -> Result<Vec<(String, String)>, AppError> {
    let decode = |part: &[u8]| -> Result<String, AppError> {
        let plus_as_space: Vec<u8> = part
            .iter()
            .map(|&b| if b == b'+' { b' ' } else { b })
            .collect();
        let decoded: Vec<u8> = percent_encoding::percent_decode(&plus_as_space).collect();
        String::from_utf8(decoded).map_err(|_| AppError::NotUtf8(what.to_string()))
    };
    bytes
        .split(|&b| b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = match pair.iter().position(|&b| b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &b""[..]),
            };
            Ok((decode(name)?, decode(value)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_form_cases() {
        let p = parse_form(b"query=SELECT+*+WHERE+%7B%3Fs+%3Fp+%3Fo%7D&x", "q").unwrap();
        assert_eq!(
            p,
            vec![
                ("query".to_string(), "SELECT * WHERE {?s ?p ?o}".to_string()),
                ("x".to_string(), String::new())
            ]
        );
        let p = parse_form("query=%ED%83%88%EB%A6%B0&&a=b%3Dc".as_bytes(), "q").unwrap();
        assert_eq!(p[0].1, "탈린");
        assert_eq!(p[1], ("a".to_string(), "b=c".to_string()));
        assert!(matches!(
            parse_form(b"query=%FF%FE", "the form body"),
            Err(AppError::NotUtf8(w)) if w == "the form body"
        ));
        assert!(parse_form(b"", "q").unwrap().is_empty());
    }
}
