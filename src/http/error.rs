//! The HTTP tier's one error type. Every handler returns `Result<_, AppError>`, and
//! [`AppError`]'s `IntoResponse` maps each case to its status code in one `match`
//! (STYLE.md rule 3): client mistakes get a short `text/plain` message naming what was
//! wrong; server faults (5xx) are logged with their details and answered generically.

use crate::ingest::IngestError;
use crate::load::LoadError;
use crate::store::{QueryForm, StoreError};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The SPARQL query does not parse (the parser's message).
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    /// The query is well formed but cannot be evaluated (a type error, a `SERVICE`
    /// endpoint that failed).
    #[error("SPARQL evaluation error: {0}")]
    Evaluation(String),
    /// Nothing in `Accept` can be produced; carries the types that can.
    #[error("none of the acceptable media types can be produced; offered: {}", .offered.join(", "))]
    NotAcceptable {
        /// The media types this resource is available in.
        offered: Vec<String>,
    },
    /// The request body's `Content-Type` is not one this route reads.
    #[error("unsupported Content-Type {got:?}; supported: {}", .supported.join(", "))]
    UnsupportedMediaType {
        /// The `Content-Type` received (empty when absent).
        got: String,
        /// The types the route reads.
        supported: Vec<String>,
    },
    /// The body is larger than `config.body_limit`.
    #[error(
        "request body too large: the limit is {limit} bytes, set by --body-limit (NOTICEGRAPH_BODY_LIMIT)"
    )]
    TooLarge {
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The request target (path and query string) is longer than `config.url_limit`; the
    /// message names the limit and says how to send a long query instead (RFC 9110
    /// §15.5.15, 414 URI Too Long).
    #[error(
        "request URI too long: {length} bytes, the limit (url_limit) is {limit} bytes; send a \
         long SPARQL query by POST instead, as a form (application/x-www-form-urlencoded, \
         query=…) or as the body itself (Content-Type: application/sparql-query)"
    )]
    UriTooLong {
        /// The length of the request target in bytes.
        length: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// A request parameter or body is not valid UTF-8 (which part).
    #[error("{0} is not valid UTF-8")]
    NotUtf8(String),
    /// Any other malformed request (missing or repeated parameter, unknown file extension).
    #[error("{0}")]
    BadRequest(String),
    /// The operation exists but is not allowed here (SPARQL Update on the read-only
    /// endpoint, a `SERVICE` call outside `--service-allow`).
    #[error("{0}")]
    Forbidden(String),
    /// A write without valid credentials (what was missing or wrong); answered 401 with
    /// `WWW-Authenticate: Bearer` (RFC 6750 §3).
    #[error("{0}")]
    Unauthorized(String),
    /// The request is well formed but its content cannot be processed: a notice that is
    /// empty or in a language other than Korean and English (what was wrong); answered 422.
    #[error("{0}")]
    Unprocessable(String),
    /// The route exists but not for this method (what to use instead).
    #[error("{0}")]
    MethodNotAllowed(String),
    /// Nothing is known about the requested resource (which one).
    #[error("not found: {0}")]
    NotFound(String),
    /// The query ran past the configured timeout (`--query-timeout`) and was cancelled.
    #[error("query cancelled: it ran past the timeout of {0:?} set by --query-timeout")]
    Timeout(Duration),
    /// A Graph Store write (parsing and storing its body) ran past the timeout and was
    /// stopped; nothing of it was written. Answered 503.
    #[error(
        "write cancelled: parsing and storing the graph ran past the timeout of {0:?} set by \
         --query-timeout; nothing was written. Send a smaller graph, or split it over several \
         POSTs"
    )]
    WriteTimeout(Duration),
    /// The store failed (details are logged, not sent).
    #[error("storage error: {0}")]
    Storage(String),
    /// A request handler panicked (the panic's message; logged, not sent). Answered 500 by
    /// the router's panic layer ([`super::answer_a_panic`]).
    #[error("a request handler panicked: {0}")]
    Panic(String),
    /// A page could not be rendered (details are logged, not sent).
    #[error("rendering error: {0}")]
    Render(String),
    /// The remote SPARQL store did not answer one of the service's own requests within
    /// `--store-timeout` (the duration carried); the message names the flag. Answered 503.
    #[error(
        "the SPARQL store behind this service did not answer within {0:?}, the limit set by \
         --store-timeout; try again later"
    )]
    StoreTimeout(Duration),
    /// The remote SPARQL store cannot be reached now (details are logged; the client gets
    /// a message to retry and `Retry-After`). Answered 503.
    #[error("the SPARQL store is unavailable: {0}")]
    StoreUnavailable(String),
    /// The remote SPARQL store answered with an error of its own or an answer that does
    /// not parse (details are logged, not sent). Answered 502 Bad Gateway.
    #[error("the SPARQL store failed: {0}")]
    BadGateway(String),
}

/// Seconds a client is asked to wait (`Retry-After`) when the remote store is unavailable.
pub const STORE_RETRY_AFTER_SECS: u32 = 5;

impl AppError {
    /// A 406 for a query of `form`, listing what `offers` would produce.
    pub fn not_acceptable<T>(offers: &[(&str, T)]) -> AppError {
        AppError::NotAcceptable {
            offered: super::negotiate::offered_types(offers),
        }
    }

    /// A 406 for a route that also takes `format=`: the `format=` names that `offers` can
    /// produce, then their media types.
    pub fn not_acceptable_named<T>(offers: &[(&str, T)]) -> AppError {
        let mut offered = super::negotiate::offered_names(offers);
        offered.extend(super::negotiate::offered_types(offers));
        AppError::NotAcceptable { offered }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        match e {
            StoreError::Syntax(m) => AppError::Syntax(m),
            StoreError::Evaluation(m) => AppError::Evaluation(m),
            StoreError::NotAcceptable(form) => match form {
                QueryForm::Select | QueryForm::Ask => {
                    AppError::not_acceptable(&super::negotiate::result_offers())
                }
                QueryForm::Graph => AppError::not_acceptable(&super::negotiate::graph_offers()),
            },
            StoreError::Timeout(t) => AppError::Timeout(t),
            StoreError::StoreTimeout(t) => AppError::StoreTimeout(t),
            StoreError::DatasetConflict(m) => AppError::BadRequest(m),
            StoreError::BadRdf(m) => AppError::BadRequest(format!("the RDF does not parse: {m}")),
            StoreError::ServiceRefused(m) => AppError::Forbidden(m),
            // deterministic for this query and data: the client must change the query
            // (a retry, which a 503 invites, would fail again)
            e @ (StoreError::TooManyRows(_) | StoreError::AnswerTooLarge(_)) => {
                AppError::BadRequest(e.to_string())
            }
            StoreError::Storage(m) => AppError::Storage(m),
            StoreError::Unavailable(m) => AppError::StoreUnavailable(m),
            StoreError::Remote(m) => AppError::BadGateway(m),
        }
    }
}

/// A notice that could not be stored (`POST /notices`): not UTF-8 → 400, malformed JSON
/// notice → 400, empty or unsupported language → 422, too large → 413, store and
/// mapping failures → 500 (logged).
impl From<LoadError> for AppError {
    fn from(e: LoadError) -> AppError {
        match e {
            LoadError::Ingest(e) => match e {
                IngestError::NotUtf8(offset) => AppError::NotUtf8(format!(
                    "the notice (first invalid byte at offset {offset}; send UTF-8)"
                )),
                IngestError::Empty => AppError::Unprocessable(
                    "notice has no text: the body is empty, blank, or only a header block".into(),
                ),
                e @ IngestError::UnsupportedLanguage { .. } => {
                    AppError::Unprocessable(e.to_string())
                }
                e @ IngestError::Json(_) => AppError::BadRequest(e.to_string()),
                IngestError::TooLarge { limit, .. } => AppError::TooLarge { limit },
            },
            LoadError::Store(e) => e.into(),
            // batch mode only; POST /notices replaces a notice it meets again
            e @ (LoadError::Mapping(_)
            | LoadError::Io { .. }
            | LoadError::DuplicateNotice { .. }) => AppError::Storage(e.to_string()),
        }
    }
}

impl From<minijinja::Error> for AppError {
    fn from(e: minijinja::Error) -> AppError {
        AppError::Render(format!("{e:#}"))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match &self {
            AppError::Syntax(_)
            | AppError::Evaluation(_)
            | AppError::NotUtf8(_)
            | AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::NotAcceptable { .. } => StatusCode::NOT_ACCEPTABLE,
            AppError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::UriTooLong { .. } => StatusCode::URI_TOO_LONG,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Timeout(_) | AppError::WriteTimeout(_) | AppError::StoreTimeout(_) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Storage(_) | AppError::Render(_) | AppError::Panic(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
            AppError::StoreUnavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::BadGateway(_) => StatusCode::BAD_GATEWAY,
        };
        let message = if let AppError::StoreUnavailable(_) = &self {
            tracing::warn!(error = %self, "request failed: store unavailable");
            format!(
                "the SPARQL store behind this service cannot be reached now; try again in \
                 {STORE_RETRY_AFTER_SECS} seconds (details are in the server log)"
            )
        } else if let AppError::BadGateway(_) = &self {
            tracing::error!(error = %self, "request failed: store error");
            "the SPARQL store behind this service answered with an error (details are in the \
             server log)"
                .to_string()
        } else if status.is_server_error() && status != StatusCode::SERVICE_UNAVAILABLE {
            tracing::error!(error = %self, "request failed");
            "internal server error (details are in the server log)".to_string()
        } else {
            tracing::debug!(error = %self, %status, "request refused");
            self.to_string()
        };
        let mut response = (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            message + "\n",
        )
            .into_response();
        // a browser must not guess HTML in a plain-text message that may quote the request
        response.headers_mut().insert(
            header::X_CONTENT_TYPE_OPTIONS,
            header::HeaderValue::from_static("nosniff"),
        );
        if matches!(self, AppError::StoreUnavailable(_)) {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                header::HeaderValue::from(STORE_RETRY_AFTER_SECS),
            );
        }
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"noticegraph\""),
            );
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes() {
        for (error, status) in [
            (AppError::Syntax("x".into()), 400),
            (AppError::NotAcceptable { offered: vec![] }, 406),
            (
                AppError::UnsupportedMediaType {
                    got: "image/png".into(),
                    supported: vec![],
                },
                415,
            ),
            (AppError::TooLarge { limit: 3 }, 413),
            (
                AppError::UriTooLong {
                    length: 9,
                    limit: 8,
                },
                414,
            ),
            (AppError::NotUtf8("body".into()), 400),
            (AppError::Unprocessable("empty".into()), 422),
            (AppError::Forbidden("no".into()), 403),
            (AppError::Unauthorized("no".into()), 401),
            (AppError::MethodNotAllowed("no".into()), 405),
            (AppError::NotFound("x".into()), 404),
            (AppError::Timeout(Duration::from_secs(1)), 503),
            (AppError::StoreUnavailable("x".into()), 503),
            (AppError::BadGateway("x".into()), 502),
            (AppError::Storage("disk on fire".into()), 500),
        ] {
            assert_eq!(error.into_response().status().as_u16(), status);
        }
    }

    #[test]
    fn notice_errors_status_codes() {
        let unsupported = IngestError::UnsupportedLanguage {
            detected: "ja".into(),
        };
        for (error, status) in [
            (IngestError::NotUtf8(3), 400),
            (IngestError::Json("missing field `text`".into()), 400),
            (IngestError::Empty, 422),
            (unsupported, 422),
            (IngestError::TooLarge { size: 9, limit: 3 }, 413),
        ] {
            let app = AppError::from(LoadError::Ingest(error));
            assert_eq!(app.into_response().status().as_u16(), status);
        }
        let storage = AppError::from(LoadError::Store(StoreError::Storage("disk".into())));
        assert_eq!(storage.into_response().status().as_u16(), 500);
    }

    #[tokio::test]
    async fn storage_details_are_not_sent() {
        use http_body_util::BodyExt;
        let response = AppError::Storage("secret path /var/db".into()).into_response();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        assert!(!String::from_utf8_lossy(&body).contains("secret"));
    }

    /// Each timeout is a 503 whose message names the flag that sets it: a remote store's
    /// own requests `--store-timeout`, not the internal name `query_timeout` (review of the
    /// remote store).
    #[tokio::test]
    async fn timeouts_name_their_flag() {
        use http_body_util::BodyExt;
        let second = Duration::from_secs(1);
        for (error, flag) in [
            (
                AppError::from(StoreError::Timeout(second)),
                "--query-timeout",
            ),
            (AppError::WriteTimeout(second), "--query-timeout"),
            (
                AppError::from(StoreError::StoreTimeout(second)),
                "--store-timeout",
            ),
        ] {
            let response = error.into_response();
            assert_eq!(response.status(), 503);
            let body = response.into_body().collect().await.unwrap().to_bytes();
            let body = String::from_utf8_lossy(&body);
            assert!(
                body.contains(flag) && !body.contains("query_timeout"),
                "{flag}: {body}"
            );
        }
    }

    /// The remote store's failures: the client gets a message without the store's address
    /// (it may be internal), and the 503 says when to retry.
    #[test]
    fn store_failures_hide_the_store_and_say_when_to_retry() {
        let response = AppError::StoreUnavailable(
            "the SPARQL store at http://10.0.0.5:7878/query: refused".into(),
        )
        .into_response();
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers()[header::RETRY_AFTER], "5");
        let response = AppError::BadGateway("http://10.0.0.5:7878 said 500".into()).into_response();
        assert_eq!(response.status(), 502);
        assert!(response.headers().get(header::RETRY_AFTER).is_none());
    }
}
