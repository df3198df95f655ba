//! The HTTP tier: one router per file (SPARQL, linked data, pages), error mapping and
//! content negotiation. [`app`] builds the same `Router` for the binary and for tests.

use crate::state::AppState;
use axum::Router;

/// The whole service's router.
pub fn app(state: AppState) -> Router {
    Router::new().with_state(state)
}
