//! The HTTP tier: one router per file ([`sparql`] with its browser page [`query_page`] and
//! example gallery [`examples`], [`gsp`] for the Graph Store Protocol,
//! [`notices`] for `POST /notices`, [`resource`] for linked data, [`pages`] for localized
//! HTML, [`search`] for `/search`, [`void`] for the VoID description, [`ontology`] for the `ng:` vocabulary), one
//! error type ([`error::AppError`]) and one content-negotiation
//! function ([`negotiate::negotiate`]). [`app`] builds the same `Router` for the binary and
//! for the tests (axum's `examples/testing` shape).
//!
//! The body limit is tower-http's `RequestBodyLimitLayer` with `config.body_limit`; its
//! bare 413 answers are rewritten by one middleware so the message names the limit.
//!
//! Around every route, outermost first (the body and URL limits innermost):
//! - **metrics** ([`metrics::record`]): every request counted and timed by route template
//!   and status, for `GET /metrics`;
//! - **CORS** ([`cors`]): any origin may read — `GET`/`HEAD` everything, `POST` SPARQL
//!   queries — and browsers get their preflight answered; cross-origin *writes* from
//!   browsers are not enabled (see [`cors`] for why);
//! - **plain-text errors** ([`plain_text_errors`]): an error answer that axum or a layer
//!   made without a body (405 from a method router, a bare 4xx) gets a `text/plain`
//!   message, and every error carries `X-Content-Type-Options: nosniff`, so no error is
//!   ever HTML that echoes the request; unknown routes reach [`no_route`], a plain 404 (a
//!   browser gets the localized not-found page);
//! - **the URL limit** ([`limit_the_url`]): a request target longer than
//!   `config.url_limit` is answered 414 before routing, with a hint to POST the query.
//!   Past 65,534 bytes hyper refuses the request before any layer runs; the connections
//!   of [`long_uri::LongUriListener`] give that refusal the same message;
//! - **panics** ([`answer_a_panic`], tower-http's `CatchPanicLayer`): a handler that panics
//!   (a bug) is answered `500` with the generic message, the panic logged; without it hyper
//!   would drop the connection with no answer at all.

pub mod auth;
pub mod error;
pub mod examples;
pub mod gsp;
pub mod long_uri;
pub mod metrics;
pub mod negotiate;
pub mod notices;
pub mod ontology;
pub mod pages;
pub mod queries;
pub mod query_page;
pub mod resource;
pub mod search;
pub mod sparql;
pub mod void;

use crate::model::Lang;
use crate::state::AppState;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use error::AppError;
use oxigraph::io::RdfFormat;
use oxigraph::model::Triple;
use sha2::Digest;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;

/// How long a browser may cache a CORS preflight answer.
pub const CORS_MAX_AGE: Duration = Duration::from_secs(60 * 60);

/// The whole service's router: `/sparql`, `/store`, `/notices`, `/id/…`, `/data/…`,
/// `/.well-known/void`, `/ns` (the ontology), the pages, `/health` and `/metrics`
/// ([`metrics`], which counts and times every request); anything else is a
/// plain-text 404, or for a browser the localized not-found page ([`no_route`]).
pub fn app(state: AppState) -> Router {
    let limit = state.config.body_limit;
    Router::new()
        .merge(sparql::router())
        .merge(gsp::router())
        .merge(notices::router())
        .merge(resource::router())
        .merge(void::router())
        .merge(ontology::router())
        .merge(pages::router())
        .merge(search::router())
        .merge(query_page::router())
        .merge(metrics::router())
        .route("/health", get(health))
        .fallback(no_route)
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(limit))
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            name_the_body_limit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limit_the_url,
        ))
        .layer(CatchPanicLayer::custom(answer_a_panic))
        .layer(axum::middleware::from_fn(plain_text_errors))
        .layer(cors())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::record,
        ))
        .with_state(state)
}

/// The CORS policy (<https://fetch.spec.whatwg.org/#http-cors-protocol>): reads are open
/// to every origin, browser writes across origins are not.
///
/// - `Access-Control-Allow-Origin: *` for `GET`, `HEAD` and `POST` (a SPARQL query by
///   `POST`, form or `application/sparql-query`, is a read), with `Accept`,
///   `Accept-Language` and `Content-Type` as request headers; a preflight `OPTIONS` is
///   answered here, for any route, and may be cached for [`CORS_MAX_AGE`].
/// - Exposed to scripts: `Location` (the `303` of `/id/…`, the `201` of a write),
///   `Content-Type` and `Vary`.
/// - Credentials are never allowed (no `Access-Control-Allow-Credentials`): no cookie is
///   a credential (the pages' `lang` cookie only remembers the page language), the Fetch standard forbids credentials with the `*` origin, and
///   writes need a bearer token, which a browser never sends on its own. `Authorization`,
///   `PUT` and `DELETE` are not listed either, so a cross-origin page cannot make a write
///   pass its preflight even with a token; writes are for server-side clients (curl, the
///   CLI, other services), which CORS does not concern.
pub fn cors() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(AllowOrigin::any())
        .allow_methods([Method::GET, Method::HEAD, Method::POST])
        .allow_headers([
            header::ACCEPT,
            header::ACCEPT_LANGUAGE,
            header::CONTENT_TYPE,
        ])
        .expose_headers([header::LOCATION, header::CONTENT_TYPE, header::VARY])
        .max_age(CORS_MAX_AGE)
}

/// The answer to a request whose handler panicked: [`AppError::Panic`], a `500` whose
/// message says only that the server failed; the panic's message goes to the log.
pub fn answer_a_panic(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    AppError::Panic(message.to_string()).into_response()
}

/// Answers [`AppError::UriTooLong`] (414) to a request whose target (path and query
/// string, as sent) is longer than `config.url_limit` bytes, before any route runs.
async fn limit_the_url(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let length = target_length(request.uri());
    let limit = state.config.url_limit;
    if length > limit {
        let mut response = AppError::UriTooLong { length, limit }.into_response();
        vary_on_accept(&mut response);
        return response;
    }
    next.run(request).await
}

/// The length in bytes of the request target of `uri` (path and query; an absolute-form
/// target counts its scheme and authority too).
fn target_length(uri: &Uri) -> usize {
    let path_and_query = uri.path_and_query().map_or(0, |pq| pq.as_str().len());
    let origin = match (uri.scheme_str(), uri.authority()) {
        (Some(scheme), Some(authority)) => scheme.len() + 3 + authority.as_str().len(),
        _ => 0,
    };
    origin + path_and_query
}

/// Gives every error answer (4xx, 5xx) a body that is plain text: an answer without a
/// `Content-Type` (axum's `405` of a method router, a bare status from a layer) gets a
/// `text/plain; charset=utf-8` message that names the status (and, for 405, the method
/// refused); answers with a type keep it. All get `X-Content-Type-Options: nosniff`.
async fn plain_text_errors(request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let mut response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    if !response.headers().contains_key(header::CONTENT_TYPE) {
        let reason = status.canonical_reason().unwrap_or("error");
        let reason = reason.to_lowercase();
        let message = if status == StatusCode::METHOD_NOT_ALLOWED {
            // axum adds `Allow` after this layer has run
            format!(
                "{} {reason}: {method} is not allowed here; the Allow header lists the methods \
                 that are\n",
                status.as_u16()
            )
        } else {
            format!("{} {reason}\n", status.as_u16())
        };
        let (mut parts, _) = response.into_parts();
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        parts.headers.remove(header::CONTENT_LENGTH);
        response = Response::from_parts(parts, axum::body::Body::from(message));
    }
    // a browser must not guess HTML in a plain-text message
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// The fallback of unknown routes: a plain-text `404` naming the path (the path only, as
/// text, never inside HTML). A browser asking for HTML ([`pages::wants_html`]) gets the
/// localized not-found page instead ([`pages::or_not_found`]): in Korean or English when
/// the path starts with `/ko/` or `/en/`, else in the request's language, with the path's
/// last segment (percent-decoded) offered as a search.
async fn no_route(State(state): State<AppState>, headers: HeaderMap, uri: Uri) -> Response {
    let path = uri.path();
    let lang = match path.trim_start_matches('/').split('/').next() {
        Some("ko") => Some(Lang::Ko),
        Some("en") => Some(Lang::En),
        _ => None,
    };
    let last = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or("");
    let missing = percent_encoding::percent_decode_str(last).decode_utf8_lossy();
    let error = AppError::NotFound(format!("no resource at {path}"));
    pages::or_not_found(state, &headers, lang, &missing, Err(error)).await
}

/// `GET /health`: `200 ok` while the process serves requests.
async fn health() -> &'static str {
    "ok"
}

/// Replaces any `413` (from tower-http's limit layer or a body extractor hitting it) by
/// [`AppError::TooLarge`], whose message names the configured limit, with
/// `Connection: close`: the rest of the body is never read, so the server closes the
/// connection after the answer (hyper does, silently), and the header tells the client not
/// to send another request on it.
async fn name_the_body_limit(State(state): State<AppState>, response: Response) -> Response {
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let mut response = AppError::TooLarge {
            limit: state.config.body_limit,
        }
        .into_response();
        vary_on_accept(&mut response);
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        response
    } else {
        response
    }
}

/// Gives the `413` and `414` answers, made before (or instead of) the route's own answer,
/// the `Vary: Accept` the negotiated routes send, so a cache keys them as it keys every
/// other answer of those URLs (once: an answer that has it keeps one).
fn vary_on_accept(response: &mut Response) {
    let has_it = response
        .headers()
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case("accept"));
    if !has_it {
        response
            .headers_mut()
            .append(header::VARY, HeaderValue::from_static("accept"));
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

/// The Content-Security-Policy of an HTML page of `body` (entity, notice, home and
/// ontology pages; the query page has its own, [`query_page::CSP`]): nothing may load or
/// run but the page's own inline `<style>` elements, allowed by their SHA-256 hashes (CSP
/// Level 3 §8.4); links and the twin-language page are plain navigation, which CSP does
/// not restrict. The embedded `<script type="application/ld+json">` is a data block, never
/// run, so no `script-src` is needed for it.
pub(crate) fn page_csp(body: &str) -> String {
    let mut styles = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("<style>") {
        let after = &rest[start + "<style>".len()..];
        let Some(end) = after.find("</style>") else {
            break;
        };
        styles.push(format!(
            "'sha256-{}'",
            base64(&sha2::Sha256::digest(&after.as_bytes()[..end]))
        ));
        rest = &after[end..];
    }
    let style = if styles.is_empty() {
        "'none'".to_string()
    } else {
        styles.join(" ")
    };
    format!(
        "default-src 'none'; style-src {style}; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// `bytes` in base64 with padding (RFC 4648 §4), for a CSP hash source.
fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// An HTML page answer: `body` with `Content-Type: text/html`, its [`page_csp`] and
/// `X-Content-Type-Options: nosniff`.
pub(crate) fn html_page(body: String) -> Response {
    let csp = page_csp(&body);
    let mut response = axum::response::Html(body).into_response();
    if let Ok(csp) = HeaderValue::from_str(&csp) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// Serializes `triples` in `format` with the project's prefixes
/// ([`crate::rdf::vocab::PREFIXES`]) and the `extra` `(prefix, namespace)` pairs of this
/// document (used by Turtle, TriG, RDF/XML; ignored by the line formats and JSON-LD).
pub(crate) fn serialize_graph(
    triples: &[Triple],
    format: RdfFormat,
    extra: &[(&str, &str)],
) -> Result<Vec<u8>, AppError> {
    let serializer =
        crate::rdf::vocab::prefixed_serializer(format, extra).map_err(AppError::Render)?;
    let mut out = serializer.for_writer(Vec::new());
    for triple in triples {
        out.serialize_triple(triple)
            .map_err(|e| AppError::Render(format!("cannot serialize: {e}")))?;
    }
    out.finish()
        .map_err(|e| AppError::Render(format!("cannot serialize: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A handler that panics, inside [`crate::state::blocking`] or not, is answered 500 in
    /// plain text without the panic's message, and the service goes on answering (review:
    /// the comment of `blocking` promised a 500 that no layer gave: hyper dropped the
    /// connection).
    #[tokio::test]
    async fn a_panicking_handler_is_answered_500() {
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        async fn direct() -> &'static str {
            panic!("secret detail")
        }
        let app = Router::new()
            .route("/direct", get(direct))
            .route(
                "/blocking",
                get(|| async {
                    crate::state::blocking(|| -> &'static str { panic!("secret detail") }).await
                }),
            )
            .route("/fine", get(|| async { "ok" }))
            .layer(CatchPanicLayer::custom(answer_a_panic))
            .layer(axum::middleware::from_fn(plain_text_errors));
        for path in ["/direct", "/blocking"] {
            let request = Request::builder().uri(path).body(axum::body::Body::empty());
            let response = app.clone().oneshot(request.unwrap()).await.unwrap();
            assert_eq!(
                response.status(),
                StatusCode::INTERNAL_SERVER_ERROR,
                "{path}"
            );
            assert_eq!(
                response.headers()[header::CONTENT_TYPE],
                "text/plain; charset=utf-8"
            );
            let body = response.into_body().collect().await.unwrap().to_bytes();
            let body = String::from_utf8_lossy(&body);
            assert!(
                body.contains("internal server error") && !body.contains("secret"),
                "{path}: {body}"
            );
        }
        let request = Request::builder()
            .uri("/fine")
            .body(axum::body::Body::empty());
        let response = app.oneshot(request.unwrap()).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
    }

    #[test]
    fn page_csp_allows_the_inline_styles_by_hash_and_nothing_else() {
        let body = "<html><head><style>b{}</style><style>i{}</style></head></html>";
        let csp = page_csp(body);
        let hash = |css: &str| base64(&sha2::Sha256::digest(css.as_bytes()));
        assert!(csp.starts_with("default-src 'none'; "), "{csp}");
        assert!(
            csp.contains(&format!(
                "style-src 'sha256-{}' 'sha256-{}';",
                hash("b{}"),
                hash("i{}")
            )),
            "{csp}"
        );
        assert!(!csp.contains("unsafe"), "{csp}");
        assert!(page_csp("<p>no style</p>").contains("style-src 'none'"));
    }
}
