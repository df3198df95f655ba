//! Where the graph lives. [`Store`] is the trait every backend implements (DESIGN.md
//! §Scale-out); [`embedded::EmbeddedStore`] is Oxigraph in-process (RocksDB on disk, or in
//! memory for tests), [`remote::RemoteStore`] any SPARQL 1.1 server spoken to over HTTP. Every query sees the union of all named graphs as its default graph.
//!
//! All methods are synchronous and may block: callers in async code go through
//! `state::blocking`.

pub mod embedded;
pub mod federation;
pub mod merge;
pub mod remote;
pub mod syntax;
mod threads;

use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphName, NamedNode, Quad, Term, Triple};
use oxigraph::sparql::results::QueryResultsFormat;
use std::collections::BTreeMap;

pub use embedded::EmbeddedStore;
pub use federation::ServicePolicy;
pub use remote::{RemoteAuth, RemoteEndpoints, RemoteStore};

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

/// A dataset that a SPARQL Protocol request gives beside its query or update
/// (<https://www.w3.org/TR/sparql11-protocol/#dataset>): `default-graph-uri` /
/// `named-graph-uri` for a query, `using-graph-uri` / `using-named-graph-uri` for an update,
/// each possibly repeated. Empty = none given (the query's own `FROM`, else the union
/// default graph; the update's own `USING` / `WITH`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProtocolDataset {
    /// The graphs whose RDF merge is the default graph.
    pub default_graphs: Vec<NamedNode>,
    /// The named graphs the request may use (`GRAPH`).
    pub named_graphs: Vec<NamedNode>,
}

impl ProtocolDataset {
    /// `true` when the request gave neither default nor named graphs.
    pub fn is_empty(&self) -> bool {
        self.default_graphs.is_empty() && self.named_graphs.is_empty()
    }
}

/// Why a store operation failed. Each variant carries the offending input or cause.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The query text does not parse: where, what the parser expected and found, and the
    /// line with a caret ([`syntax::sparql`]); or a limit it is past.
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
    /// A request of a remote store ([`remote::RemoteStore`]) of its own (a read for a page,
    /// the write of a notice) got no answer within the store's limit (`--store-timeout`,
    /// the duration carried): the message names the flag.
    #[error(
        "the SPARQL store did not answer within {0:?}, the limit set by --store-timeout \
         (NOTICEGRAPH_STORE_TIMEOUT)"
    )]
    StoreTimeout(std::time::Duration),
    /// The evaluation held more solutions in memory at once than the store's row limit
    /// (`--max-query-rows`, the number carried) and was stopped: the message names the
    /// limit and the flag.
    #[error(
        "query stopped: it held more than {0} solutions in memory at once (ORDER BY, GROUP \
         BY, DISTINCT, join and MINUS buffers, GROUP_CONCAT and DISTINCT aggregate values and \
         CONSTRUCT's duplicate set count), the limit set by --max-query-rows \
         (NOTICEGRAPH_MAX_QUERY_ROWS); add a LIMIT or narrow the patterns"
    )]
    TooManyRows(u64),
    /// The serialized answer grew past the store's answer limit (`--max-answer-bytes`, the
    /// number carried) and was stopped: the message names the limit and the flag.
    #[error(
        "query stopped: its answer grew past {0} bytes, the limit set by --max-answer-bytes \
         (NOTICEGRAPH_MAX_ANSWER_BYTES); page through the results with LIMIT and OFFSET, or \
         narrow the patterns"
    )]
    AnswerTooLarge(u64),
    /// The request's own dataset clashes with the protocol's (`using-graph-uri` with an
    /// update that says `USING` or `WITH`): the message names both.
    #[error("{0}")]
    DatasetConflict(String),
    /// RDF sent to be stored does not parse (the parser's message).
    #[error("the RDF does not parse: {0}")]
    BadRdf(String),
    /// A `SERVICE` call that the store's [`ServicePolicy`] refuses (federation off, or the
    /// endpoint outside the allow-list): the message names the allow-list or the flag.
    #[error("{0}")]
    ServiceRefused(String),
    /// The storage itself failed (I/O, RocksDB, corruption).
    #[error("storage error: {0}")]
    Storage(String),
    /// A remote store ([`remote::RemoteStore`]) cannot be reached now (connection refused
    /// or reset, unknown host, or it answered 503): which server and why. Worth a retry.
    #[error("{0}")]
    Unavailable(String),
    /// A remote store answered with an error of its own or with something that is not the
    /// answer asked for (a 5xx, refused credentials, an answer that does not parse): the
    /// status and the start of its message.
    #[error("{0}")]
    Remote(String),
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
        choose: &(dyn Fn(QueryForm) -> Option<ResultFormat> + Sync),
    ) -> Result<QueryResponse, StoreError> {
        self.query_in(query, &ProtocolDataset::default(), None, timeout, choose)
    }

    /// As [`Store::query`], over `dataset` when it is not empty: its default graphs (their
    /// merge) replace the query's `FROM` and the union default graph, its named graphs the
    /// query's `FROM NAMED` (SPARQL 1.1 Protocol §2.1.4). A graph the store lacks is empty.
    /// Relative IRIs in the query resolve against `base_iri` (the endpoint's IRI) when the
    /// query has no `BASE`.
    fn query_in(
        &self,
        query: &str,
        dataset: &ProtocolDataset,
        base_iri: Option<&str>,
        timeout: std::time::Duration,
        choose: &(dyn Fn(QueryForm) -> Option<ResultFormat> + Sync),
    ) -> Result<QueryResponse, StoreError>;

    /// Runs a SPARQL 1.1 Update (<https://www.w3.org/TR/sparql11-update/>) in one
    /// transaction, relative IRIs resolved against `base_iri`, with `using` (when not
    /// empty) as the dataset of every `DELETE`/`INSERT … WHERE`, cancelled (and nothing of
    /// it applied) after `timeout`.
    ///
    /// Errors: [`StoreError::Syntax`] (the parser's message), [`StoreError::DatasetConflict`]
    /// when `using` is given and an operation has its own `USING` or `WITH`,
    /// [`StoreError::Timeout`], [`StoreError::Evaluation`], [`StoreError::Storage`].
    fn update(
        &self,
        update: &str,
        using: &ProtocolDataset,
        base_iri: Option<&str>,
        timeout: std::time::Duration,
    ) -> Result<(), StoreError>;

    /// How many queries and updates are being evaluated now (0 when the store cannot tell).
    fn running_queries(&self) -> usize {
        0
    }

    /// Cancels every query and update running now (at shutdown); nothing by default.
    fn cancel_all(&self) {}

    /// The triples of `graph` (the default graph or a named one), `None` when a named graph
    /// does not exist (the default graph always exists, maybe empty). Graph Store Protocol GET.
    fn graph_triples(&self, graph: &GraphName) -> Result<Option<Vec<Triple>>, StoreError>;

    /// Replaces the content of `graph` by `triples` in one transaction (Graph Store
    /// Protocol PUT); `true` when a named graph was created by it. Past `deadline` the
    /// write stops with [`StoreError::Timeout`] and nothing of it is applied.
    fn put_graph(
        &self,
        graph: &GraphName,
        triples: &[Triple],
        deadline: std::time::Instant,
    ) -> Result<bool, StoreError>;

    /// Adds `triples` to `graph` in one transaction (Graph Store Protocol POST: an RDF
    /// merge, so blank nodes stay apart from the graph's own); `true` when a named graph
    /// was created by it. Past `deadline`: as [`Store::put_graph`].
    fn add_to_graph(
        &self,
        graph: &GraphName,
        triples: &[Triple],
        deadline: std::time::Instant,
    ) -> Result<bool, StoreError>;

    /// Removes `graph` (a named graph: its triples and the graph; the default graph: its
    /// triples). `false` when a named graph did not exist (Graph Store Protocol DELETE → 404).
    fn delete_graph(&self, graph: &GraphName) -> Result<bool, StoreError>;

    /// Evaluates a SELECT query and collects its solutions (for pages and tools).
    fn select(&self, query: &str) -> Result<Vec<Solution>, StoreError>;

    /// As [`Store::select`], cancelled after `timeout` ([`StoreError::Timeout`]).
    fn select_within(
        &self,
        query: &str,
        timeout: std::time::Duration,
    ) -> Result<Vec<Solution>, StoreError>;

    /// The store's version: a number that every committed write (notice ingest, SPARQL
    /// Update, Graph Store write, graph replacement or removal) changes, after the write is
    /// visible to readers. Equal numbers mean equal data, so a value computed from the
    /// data (the VoID description) can be cached under it.
    fn generation(&self) -> u64;

    /// Evaluates a CONSTRUCT or DESCRIBE query and collects its triples.
    fn construct(&self, query: &str) -> Result<Vec<Triple>, StoreError>;

    /// Writes every quad of the store in `format` (a quad format: N-Quads or TriG).
    fn dump(&self, format: RdfFormat, out: &mut dyn std::io::Write) -> Result<(), StoreError>;
}
