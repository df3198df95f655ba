//! Validated configuration, built from the CLI flags (`cli` in the binary) and their
//! `NOTICEGRAPH_*` environment fallbacks. Limits are named values with defaults.

use std::path::PathBuf;
use std::time::Duration;

/// Default bind address of `serve`.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
/// Default request body limit in bytes (notices, SPARQL POST bodies).
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;
/// Default SPARQL query timeout.
pub const DEFAULT_QUERY_TIMEOUT: Duration = Duration::from_secs(30);
/// Default maximum number of rows listed on an HTML page.
pub const DEFAULT_PAGE_ROWS: usize = 200;

/// The service configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// RocksDB directory; `None` = in-memory store (tests).
    pub store: Option<PathBuf>,
    /// Base IRI of every minted IRI (ends in `/`).
    pub base_iri: String,
    /// Bearer token for writes; `None` = writes are off.
    pub token: Option<String>,
    /// Request body limit in bytes.
    pub body_limit: usize,
    /// SPARQL query timeout.
    pub query_timeout: Duration,
    /// Maximum rows on an HTML page.
    pub page_rows: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            store: None,
            base_iri: crate::rdf::iri::DEFAULT_BASE.to_string(),
            token: None,
            body_limit: DEFAULT_BODY_LIMIT,
            query_timeout: DEFAULT_QUERY_TIMEOUT,
            page_rows: DEFAULT_PAGE_ROWS,
        }
    }
}
