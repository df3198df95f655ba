//! Shared application state for the HTTP tier: the store, the IRI minter, the gazetteer,
//! the localizer and the configured limits. `AppState` is an `Arc`, cheap to clone into
//! every handler. [`blocking`] runs synchronous work (Oxigraph, the pipeline) off the async
//! runtime, keeping the current tracing span.

use crate::config::Config;
use crate::ingest::Gazetteer;
use crate::l10n::Localizer;
use crate::rdf::iri::Iris;
use crate::store::Store;
use std::sync::Arc;

/// Everything a request handler needs.
pub struct App {
    /// Validated configuration.
    pub config: Config,
    /// The IRI minter for `config.base_iri`.
    pub iris: Iris,
    /// The graph store.
    pub store: Arc<dyn Store>,
    /// The gazetteer used to ingest notices.
    pub gazetteer: &'static Gazetteer,
    /// Fluent bundles for `ko` and `en`, built once.
    pub localizer: Localizer,
    /// The VoID description, computed once per version of the store (start with
    /// `VoidCache::default()`).
    pub void_cache: crate::http::void::VoidCache,
    /// The Prometheus metrics of `GET /metrics` (start with `Metrics::default()`).
    pub metrics: crate::http::metrics::Metrics,
}

/// The state handed to axum handlers.
#[derive(Clone)]
pub struct AppState(pub Arc<App>);

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
}

/// Runs `f` on tokio's blocking pool inside the caller's tracing span and waits for it.
/// A panic inside `f` is resumed in the caller: in a handler, the router's panic layer
/// ([`crate::http::app`], tower-http's `CatchPanicLayer`) then answers 500 and logs it,
/// never silently.
pub async fn blocking<T, F>(f: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let span = tracing::Span::current();
    match tokio::task::spawn_blocking(move || span.in_scope(f)).await {
        Ok(v) => v,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
