//! The HTTP tier: one router per file ([`sparql`], [`resource`] for linked data, [`pages`]
//! for localized HTML, [`void`] for the VoID description, [`ontology`] for the `ng:`
//! vocabulary), one error type ([`error::AppError`]) and one content-negotiation
//! function ([`negotiate::negotiate`]). [`app`] builds the same `Router` for the binary and
//! for the tests (axum's `examples/testing` shape).
//!
//! The body limit is tower-http's `RequestBodyLimitLayer` with `config.body_limit`; its
//! bare 413 answers are rewritten by one middleware so the message names the limit.

pub mod auth;
pub mod error;
pub mod gsp;
pub mod negotiate;
pub mod ontology;
pub mod pages;
pub mod queries;
pub mod resource;
pub mod sparql;
pub mod void;

use crate::state::AppState;
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use error::AppError;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Triple;
use tower_http::limit::RequestBodyLimitLayer;

/// The whole service's router: `/sparql`, `/store`, `/id/…`, `/data/…`, `/.well-known/void`,
/// `/ns` (the ontology), the pages and `/health`.
pub fn app(state: AppState) -> Router {
    let limit = state.config.body_limit;
    Router::new()
        .merge(sparql::router())
        .merge(gsp::router())
        .merge(resource::router())
        .merge(void::router())
        .merge(ontology::router())
        .merge(pages::router())
        .route("/health", get(health))
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(limit))
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            name_the_body_limit,
        ))
        .with_state(state)
}

/// `GET /health`: `200 ok` while the process serves requests.
async fn health() -> &'static str {
    "ok"
}

/// Replaces any `413` (from tower-http's limit layer or a body extractor hitting it) by
/// [`AppError::TooLarge`], whose message names the configured limit.
async fn name_the_body_limit(State(state): State<AppState>, response: Response) -> Response {
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::TooLarge {
            limit: state.config.body_limit,
        }
        .into_response()
    } else {
        response
    }
}

/// Adds `Vary: Accept` to every answer of a content-negotiated route (errors included: a
/// 406 depends on `Accept` too). Routers add it with `axum::middleware::map_response`.
pub(crate) async fn vary_accept(mut response: Response) -> Response {
    response.headers_mut().append(
        axum::http::header::VARY,
        axum::http::HeaderValue::from_static("accept"),
    );
    response
}

/// Serializes `triples` in `format` with the given `(prefix, namespace)` pairs (used by
/// Turtle, TriG, RDF/XML; ignored by the line formats).
pub(crate) fn serialize_graph(
    triples: &[Triple],
    format: RdfFormat,
    prefixes: &[(&str, &str)],
) -> Result<Vec<u8>, AppError> {
    let mut serializer = RdfSerializer::from_format(format);
    for (prefix, namespace) in prefixes {
        serializer = serializer
            .with_prefix(*prefix, *namespace)
            .map_err(|e| AppError::Render(format!("bad prefix {prefix}: {e}")))?;
    }
    let mut out = serializer.for_writer(Vec::new());
    for triple in triples {
        out.serialize_triple(triple)
            .map_err(|e| AppError::Render(format!("cannot serialize: {e}")))?;
    }
    out.finish()
        .map_err(|e| AppError::Render(format!("cannot serialize: {e}")))
}
