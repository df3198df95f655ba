//! `GET /metrics`: the service's Prometheus metrics (DESIGN.md §HTTP surface), in the
//! OpenMetrics text format (<https://prometheus.io/docs/specs/om/open_metrics_spec/>),
//! written by `prometheus-client`, the Prometheus project's Rust client.
//!
//! What is measured, per process (each `serve` replica has its own; Prometheus sums them):
//! - `noticegraph_http_requests_total{method, route, status}`: answered requests;
//! - `noticegraph_http_request_duration_seconds{method, route}`: time from the request to
//!   the answer's head (a streamed body may take longer), a histogram with buckets from
//!   1 ms to about 33 s;
//! - `noticegraph_http_requests_in_flight`: requests being answered now.
//!
//! `route` is the route's template as the router knows it (`/{lang}/{kind}/{slug}`, never
//! the path itself), and `unmatched` for paths no route has, so that the number of series
//! stays bounded whatever clients ask; `method` is one of the standard methods or `other`.

use super::error::AppError;
use crate::state::AppState;
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::time::Instant;

/// The `Content-Type` of the answer: the OpenMetrics text format, which Prometheus asks for
/// and reads.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// The labels of a request's series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

/// The labels of a route's latency series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

/// The buckets of the latency histogram: 1 ms × 2^0…2^15 (1 ms to 32.8 s).
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 16))
}

/// The service's metrics and the registry that writes them; one per [`crate::state::App`]
/// (`Metrics::default()`).
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    in_flight: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        let in_flight = Gauge::default();
        let mut registry = Registry::default();
        registry.register(
            "noticegraph_http_requests",
            "HTTP requests answered, by method, route template and status",
            requests.clone(),
        );
        registry.register(
            "noticegraph_http_request_duration_seconds",
            "Time to answer an HTTP request (to the answer's head), by method and route template",
            latency.clone(),
        );
        registry.register(
            "noticegraph_http_requests_in_flight",
            "HTTP requests being answered now",
            in_flight.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            in_flight,
        }
    }
}

impl Metrics {
    /// Every metric in the OpenMetrics text format, ending with `# EOF`.
    ///
    /// # Errors
    /// The encoder's (a formatting error, which writing to a `String` never gives).
    pub fn encode(&self) -> Result<String, std::fmt::Error> {
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry)?;
        Ok(text)
    }
}

/// The `/metrics` route.
pub fn router() -> Router<AppState> {
    Router::new().route("/metrics", get(metrics))
}

/// `GET /metrics`: [`Metrics::encode`] as [`CONTENT_TYPE`].
async fn metrics(State(state): State<AppState>) -> Result<Response, AppError> {
    let text = state
        .metrics
        .encode()
        .map_err(|e| AppError::Render(format!("writing the metrics: {e}")))?;
    let mut response = text.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    Ok(response)
}

/// The method as a label: a standard method's name, else `other` (bounded series).
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        _ => "other",
    }
}

/// Lowers the in-flight gauge when the request ends, answered or not (a client that goes
/// away drops the future).
struct InFlight(Gauge);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// The middleware that counts and times every request ([`crate::http::app`] puts it
/// outside every other layer, so the status counted is the one the client gets).
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = method_label(request.method());
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |m| m.as_str().to_string());
    let metrics = &state.metrics;
    metrics.in_flight.inc();
    let _in_flight = InFlight(metrics.in_flight.clone());
    let start = Instant::now();
    let response = next.run(request).await;
    metrics
        .latency
        .get_or_create(&RouteLabels {
            method,
            route: route.clone(),
        })
        .observe(start.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Before any request only the gauge has a sample (a family without series is not
    /// written); the text ends with `# EOF`, as OpenMetrics requires.
    #[test]
    fn a_fresh_registry_writes_the_gauge_and_the_end_marker() {
        let text = Metrics::default().encode().unwrap();
        assert!(
            text.contains("# TYPE noticegraph_http_requests_in_flight gauge")
                && text.contains("noticegraph_http_requests_in_flight 0"),
            "{text}"
        );
        assert!(!text.contains("noticegraph_http_requests_total"), "{text}");
        assert!(text.ends_with("# EOF\n"), "{text}");
    }

    /// The families' names and types once a series exists; the latency buckets run from
    /// 1 ms up to 32.768 s, then `+Inf`.
    #[test]
    fn families_are_named_and_typed() {
        let m = Metrics::default();
        let route = RouteLabels {
            method: "GET",
            route: "/health".into(),
        };
        m.latency.get_or_create(&route).observe(0.004);
        m.requests
            .get_or_create(&RequestLabels {
                method: "GET",
                route: "/health".into(),
                status: 200,
            })
            .inc();
        let text = m.encode().unwrap();
        for needle in [
            "# TYPE noticegraph_http_requests counter",
            "# TYPE noticegraph_http_request_duration_seconds histogram",
            r#"noticegraph_http_request_duration_seconds_bucket{le="0.004",method="GET",route="/health"} 1"#,
            r#"noticegraph_http_request_duration_seconds_bucket{le="0.002",method="GET",route="/health"} 0"#,
            r#"{le="32.768",method="GET",route="/health"} 1"#,
            r#"{le="+Inf",method="GET",route="/health"} 1"#,
        ] {
            assert!(text.contains(needle), "lacks {needle}: {text}");
        }
    }

    #[test]
    fn methods_outside_the_standard_set_share_one_label() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(
            method_label(&Method::from_bytes(b"PROPFIND").unwrap()),
            "other"
        );
    }
}
