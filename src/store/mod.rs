//! Where the graph lives. [`Store`] is the trait every backend implements (DESIGN.md
//! §Scale-out); [`embedded::EmbeddedStore`] is Oxigraph in-process (RocksDB on disk, or in
//! memory for tests). Every query sees the union of all named graphs as its default graph.
//!
//! All methods are synchronous and may block: callers in async code go through
//! `state::blocking`.

pub mod embedded;

use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedNode, Quad, Term, Triple};
use oxigraph::sparql::results::QueryResultsFormat;
use std::collections::BTreeMap;

pub use embedded::EmbeddedStore;

/// One row of a SELECT: variable name (without `?`) → bound term. Unbound variables are
/// absent.
pub type Solution = BTreeMap<String, Term>;

/// The form of a parsed SPARQL query, which decides the family of result formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryForm {
    /// SELECT: solutions.
    Select,
    /// ASK: a boolean.
    Ask,
    /// CONSTRUCT or DESCRIBE: a graph.
    Graph,
}

/// The serialization chosen for a query's results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// For SELECT and ASK.
    Results(QueryResultsFormat),
    /// For CONSTRUCT and DESCRIBE.
    Graph(RdfFormat),
}

/// Serialized query results.
#[derive(Debug, Clone)]
pub struct QueryResponse {
    /// The body.
    pub body: Vec<u8>,
    /// The format it is in (its media type goes in `Content-Type`).
    pub format: ResultFormat,
}

/// Why a store operation failed. Each variant carries the offending input or cause.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The query text does not parse (the parser's message).
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    /// No acceptable format for this query form (the caller answers 406).
    #[error("no acceptable result format for a {0:?} query")]
    NotAcceptable(QueryForm),
    /// Evaluation failed (a type error, a disabled SERVICE call, …).
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
    /// The query ran past its timeout and was cancelled.
    #[error("query cancelled after {0:?}")]
    Timeout(std::time::Duration),
    /// The storage itself failed (I/O, RocksDB, corruption).
    #[error("storage error: {0}")]
    Storage(String),
}

/// A graph store. Implementations are cheap to share (`Arc<dyn Store>`).
pub trait Store: Send + Sync + 'static {
    /// Replaces the named graph `graph` by `quads` (whose graph name must be `graph`) in one
    /// transaction: readers see the old graph or the new one, never a mix, and a crash
    /// leaves one of the two.
    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), StoreError>;

    /// Number of quads in the named graph `graph` (0 when absent).
    fn graph_len(&self, graph: &NamedNode) -> Result<usize, StoreError>;

    /// Named graphs whose IRI starts with `prefix`.
    fn graphs_with_prefix(&self, prefix: &str) -> Result<Vec<NamedNode>, StoreError>;

    /// Number of quads in the whole store.
    fn len(&self) -> Result<usize, StoreError>;

    /// `true` when the store holds no quad.
    fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// Parses and evaluates `query` (default graph = union of all graphs, SERVICE off,
    /// cancelled after `timeout`), asks `choose` for a format given the query form, and
    /// serializes the results in it. `choose` returning `None` → [`StoreError::NotAcceptable`].
    fn query(
        &self,
        query: &str,
        timeout: std::time::Duration,
        choose: &dyn Fn(QueryForm) -> Option<ResultFormat>,
    ) -> Result<QueryResponse, StoreError>;

    /// Evaluates a SELECT query and collects its solutions (for pages and tools).
    fn select(&self, query: &str) -> Result<Vec<Solution>, StoreError>;

    /// Evaluates a CONSTRUCT or DESCRIBE query and collects its triples.
    fn construct(&self, query: &str) -> Result<Vec<Triple>, StoreError>;

    /// Writes every quad of the store in `format` (a quad format: N-Quads or TriG).
    fn dump(&self, format: RdfFormat, out: &mut dyn std::io::Write) -> Result<(), StoreError>;
}
