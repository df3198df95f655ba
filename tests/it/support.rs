//! What the HTTP integration tests share: starting the service on a loopback port.

use noticegraph::http::long_uri::LongUriListener;
use noticegraph::state::{App, AppState};
use std::sync::Arc;

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
