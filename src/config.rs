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
/// Default limit of the solutions one SPARQL evaluation may hold in memory at once
/// (`--max-query-rows`): ORDER BY buffers, join and MINUS build sides, GROUP BY groups,
/// DISTINCT sets. A held solution costs about 100–300 bytes (a vector of encoded terms, plus
/// hash-table overhead), so one query stays under roughly 0.1–0.3 GB, while the largest
/// sensible query here — sorting or grouping every triple of a store of a few hundred
/// thousand quads — still fits.
pub const DEFAULT_MAX_QUERY_ROWS: u64 = 1_000_000;
/// Default largest serialized answer of a SPARQL query in bytes (`--max-answer-bytes`,
/// 128 MiB): an answer is built in memory before it is sent, and rows that stream out
/// (a cross product with no ORDER BY) are not held, so the row limit does not see them.
pub const DEFAULT_MAX_ANSWER_BYTES: u64 = 128 * 1024 * 1024;
/// Default maximum number of rows listed on an HTML page.
pub const DEFAULT_PAGE_ROWS: usize = 200;
/// Default limit of a request target (path and query string) in bytes: longer ones get
/// 414 URI Too Long. 8 KiB is what common proxies and servers accept; a longer SPARQL
/// query belongs in a POST body.
pub const DEFAULT_URL_LIMIT: usize = 8 * 1024;
/// The largest `url_limit` that has an effect: hyper, under axum, refuses a request target
/// longer than this (`u16::MAX - 1` bytes) itself, before our limit is checked (its 414
/// still carries our message: [`crate::http::long_uri`]).
pub const MAX_URL_LIMIT: usize = u16::MAX as usize - 1;
/// Most SPARQL threads `--sparql-threads` may ask for. The store starts all of them with
/// its first public query, each with a 256 MiB stack of reserved address space
/// ([`crate::store::embedded::SPARQL_STACK`]): a mistyped count (`100000`) would reserve
/// terabytes and hit the system's thread limit at that first query. 1024 is far past what
/// helps (queries beyond the cores mostly wait on the disk or a `SERVICE` call).
pub const MAX_SPARQL_THREADS: usize = 1024;
/// Default of the most triple patterns a SPARQL query or update may have
/// ([`crate::store::embedded::DEFAULT_MAX_TRIPLE_PATTERNS`], which explains the limit).
pub const DEFAULT_MAX_TRIPLE_PATTERNS: usize = crate::store::embedded::DEFAULT_MAX_TRIPLE_PATTERNS;

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
    /// Longest request target (path and query string) in bytes; longer ones get 414.
    pub url_limit: usize,
    /// Most triple patterns a SPARQL query or update may have (more: `400`). The store
    /// enforces it ([`crate::store::EmbeddedStore::with_max_triple_patterns`]).
    pub max_triple_patterns: usize,
    /// Most SPARQL Protocol queries and updates evaluating at once; more wait (within their
    /// timeout). The store enforces it ([`crate::store::EmbeddedStore::with_sparql_threads`]).
    /// The service's own queries (pages, linked data, VoID) are not counted here: they run
    /// on one pool shared by the whole process, four threads per core, and wait for a free
    /// thread of it when all are busy; those without a timeout (pages) are never cancelled.
    pub sparql_threads: usize,
    /// IRIs of the endpoints a SPARQL `SERVICE` may call (exact, after normalization); empty = federation off.
    /// The store enforces them ([`crate::store::ServicePolicy`]); kept here for the service
    /// description and the log.
    pub service_allow: Vec<String>,
    /// Most solutions one SPARQL evaluation may hold in memory at once; the store enforces
    /// it (`EmbeddedStore::with_row_limit`), past it the query fails with 400.
    pub max_query_rows: u64,
    /// Largest serialized answer of a SPARQL query in bytes; the store enforces it
    /// (`EmbeddedStore::with_answer_limit`), past it the query fails with 400.
    pub max_answer_bytes: u64,
    /// The day pages word tenses against: an event announced as planned whose date is
    /// over by then reads as past (`was to take place`, `열릴 예정이었던`). `None` (the
    /// service) = the system clock's UTC date; tests set a fixed day.
    pub today: Option<crate::model::DateValue>,
}

impl Config {
    /// [`Config::today`] when set, else today's UTC date by the system clock (a clock
    /// before 1970 reads as 1970-01-01).
    pub fn today(&self) -> crate::model::DateValue {
        self.today.unwrap_or_else(|| {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            crate::model::DateValue::from_unix_days((secs / 86_400) as i64)
        })
    }
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
            url_limit: DEFAULT_URL_LIMIT,
            max_triple_patterns: DEFAULT_MAX_TRIPLE_PATTERNS,
            sparql_threads: crate::store::embedded::default_sparql_threads(),
            service_allow: Vec::new(),
            max_query_rows: DEFAULT_MAX_QUERY_ROWS,
            max_answer_bytes: DEFAULT_MAX_ANSWER_BYTES,
            today: None,
        }
    }
}
