//! Oxigraph embedded in the process: RocksDB on disk (`--store DIR`) or in memory (tests).
//! The on-disk store needs the `rocksdb` cargo feature (on by default); a build without it
//! (the fuzz targets, which would otherwise build RocksDB's C++ under a sanitizer) has the
//! in-memory store only.
//!
//! Shaped around three guarantees the [`Store`] trait promises:
//! - a notice graph is replaced in **one** Oxigraph transaction, so readers never see half
//!   a notice and a crash leaves the old or the new graph;
//! - every query sees the union of all named graphs as its default graph (unless the query
//!   names its own dataset with `FROM`), as a set of triples: a fact several notices state
//!   counts once. The union is kept merged at write time in one hidden graph
//!   ([`super::merge`]), which every write updates in its own transaction and no query sees
//!   as a named graph (spareval is patched for this and for `FROM` lists:
//!   `vendor/README.md`), and `SERVICE` goes
//!   through the store's [`ServicePolicy`] ([`super::federation`]): off unless endpoints
//!   are allowed, and then only to them (this crate builds Oxigraph without its
//!   `http-client` feature, so the policy's handler is the only way out to another host);
//! - a query or update is cancelled through a [`CancellationToken`] when it runs past its
//!   timeout (spareval is patched to check the token in every operator, ORDER BY's sort
//!   included: `vendor/README.md`), and [`EmbeddedStore::cancel_all`] stops every running
//!   one (at shutdown);
//! - no query can overflow a stack: SPARQL is parsed and evaluated on a SPARQL thread with
//!   a [`SPARQL_STACK`] stack (long-lived, [`super::threads`]), and a query whose text nests brackets deeper than
//!   [`MAX_QUERY_NESTING`] or whose algebra is deeper than [`MAX_QUERY_DEPTH`] is refused
//!   before it is evaluated (the recursive parser, optimizer and evaluator need stack in
//!   proportion to them), and so is one with more triple patterns than the store's limit
//!   ([`EmbeddedStore::with_max_triple_patterns`], `--max-triple-patterns`, default
//!   [`DEFAULT_MAX_TRIPLE_PATTERNS`]: the optimizer's time, which no timeout cuts short,
//!   grows fast with them);
//! - a bounded number of public queries and updates run at once (`--sparql-threads`,
//!   [`EmbeddedStore::with_sparql_threads`], each on one of the store's SPARQL threads): a
//!   query or update past them waits for one to end, and gives up with a timeout when its
//!   own deadline comes first, so many concurrent requests cannot start unbounded work.

use super::federation::{ServicePolicy, ServiceRefused, each_service};
use super::merge;
use super::threads::SparqlThreads;
use super::{ProtocolDataset, QueryForm, QueryResponse, ResultFormat, Solution, Store, StoreError};
use oxigraph::io::RdfFormat;
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, QuadRef, Triple,
};
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolutionIter, QueryTripleIter,
    SparqlEvaluator,
};
use oxigraph::store::StorageError;
use spargebra::algebra::{
    AggregateExpression, Expression, GraphPattern, OrderExpression, PropertyPathExpression,
};
use spargebra::{GraphUpdateOperation, SparqlParser};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// The embedded Oxigraph store. Cloning is cheap and shares the same database.
#[derive(Clone)]
pub struct EmbeddedStore {
    inner: oxigraph::store::Store,
    /// Held by every [`Store::replace_graph`], so that its check "is the graph absent?"
    /// and the write that follows it see no other write in between. Shared by clones; a
    /// RocksDB directory is opened read-write by one process only (its `LOCK` file).
    writer: Arc<Mutex<()>>,
    /// Which `SERVICE` endpoints queries and updates may call (none by default).
    services: Arc<ServicePolicy>,
    /// The cancellation tokens of the queries and updates running now, by a serial number.
    running: Arc<Mutex<Running>>,
    /// [`Store::generation`]: bumped after every committed write. Shared by clones.
    generation: Arc<AtomicU64>,
    /// Most solutions one evaluation may hold in memory at once (`--max-query-rows`).
    max_rows: u64,
    /// Largest serialized answer of a public query in bytes (`--max-answer-bytes`).
    max_answer_bytes: u64,
    /// Most triple patterns a query or update may have ([`DEFAULT_MAX_TRIPLE_PATTERNS`]).
    max_triple_patterns: usize,
    /// The SPARQL threads that may run at once ([`default_sparql_threads`]).
    slots: Arc<Slots>,
    /// The threads public queries and updates run on, as many as `slots` lets run.
    threads: Arc<SparqlThreads>,
}

/// See `EmbeddedStore::running`.
#[derive(Default)]
struct Running {
    next: u64,
    tokens: HashMap<u64, CancellationToken>,
}

/// A query or update registered in `EmbeddedStore::running` until dropped.
struct RunningGuard<'a> {
    running: &'a Mutex<Running>,
    id: u64,
}

impl Drop for RunningGuard<'_> {
    fn drop(&mut self) {
        lock(self.running).tokens.remove(&self.id);
    }
}

/// Locks `mutex`, taking a poisoned one over (what it guards stays consistent).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl EmbeddedStore {
    /// Opens (or creates) a RocksDB-backed store in the directory `path`.
    ///
    /// Errors: [`StoreError::Storage`] naming the directory when RocksDB cannot open it
    /// (missing permissions, another process holding its lock, corruption), and always in
    /// a build without the `rocksdb` feature.
    #[cfg(feature = "rocksdb")]
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        // RocksDB creates the last folder only; `--store var/store` on a fresh clone needs
        // `var/` too.
        std::fs::create_dir_all(path).map_err(|e| {
            StoreError::Storage(format!(
                "cannot create store folder {}: {e}",
                path.display()
            ))
        })?;
        let inner = oxigraph::store::Store::open(path).map_err(|e| {
            StoreError::Storage(format!("cannot open store at {}: {e}", path.display()))
        })?;
        // a store written before the merged default graph existed gets it now
        merge::build_if_missing(&inner).map_err(|e| {
            StoreError::Storage(format!(
                "cannot build the merged default graph of the store at {}: {e}",
                path.display()
            ))
        })?;
        Ok(EmbeddedStore {
            inner,
            writer: Arc::default(),
            services: Arc::default(),
            running: Arc::default(),
            generation: Arc::default(),
            max_rows: crate::config::DEFAULT_MAX_QUERY_ROWS,
            max_answer_bytes: crate::config::DEFAULT_MAX_ANSWER_BYTES,
            max_triple_patterns: DEFAULT_MAX_TRIPLE_PATTERNS,
            slots: Arc::new(Slots::new(default_sparql_threads())),
            threads: Arc::new(SparqlThreads::new(
                default_sparql_threads(),
                "sparql-public",
            )),
        })
    }

    /// Always fails: this build has no on-disk store (the `rocksdb` feature is off);
    /// [`Self::in_memory`] works.
    ///
    /// Errors: [`StoreError::Storage`] naming the directory and the missing feature.
    #[cfg(not(feature = "rocksdb"))]
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        Err(StoreError::Storage(format!(
            "cannot open store at {}: this build has no on-disk store (feature `rocksdb`); \
             use the in-memory store",
            path.as_ref().display()
        )))
    }

    /// A fresh, empty in-memory store (tests, throw-away runs).
    pub fn in_memory() -> Self {
        EmbeddedStore {
            // Oxigraph's in-memory storage allocates nothing that can fail here.
            inner: oxigraph::store::Store::new().expect("in-memory store"),
            writer: Arc::default(),
            services: Arc::default(),
            running: Arc::default(),
            generation: Arc::default(),
            max_rows: crate::config::DEFAULT_MAX_QUERY_ROWS,
            max_answer_bytes: crate::config::DEFAULT_MAX_ANSWER_BYTES,
            max_triple_patterns: DEFAULT_MAX_TRIPLE_PATTERNS,
            slots: Arc::new(Slots::new(default_sparql_threads())),
            threads: Arc::new(SparqlThreads::new(
                default_sparql_threads(),
                "sparql-public",
            )),
        }
    }

    /// The same store, with `SERVICE` calls governed by `policy` (`--service-allow`);
    /// the default policy refuses every `SERVICE`.
    pub fn with_service_policy(mut self, policy: ServicePolicy) -> Self {
        self.services = Arc::new(policy);
        self
    }

    /// The same store, with each query and update holding at most `rows` solutions in
    /// memory at once (`--max-query-rows`; at least 1): ORDER BY buffers, join and MINUS
    /// build sides, GROUP BY groups and DISTINCT sets count. Past it the evaluation stops
    /// with [`StoreError::TooManyRows`].
    pub fn with_row_limit(mut self, rows: u64) -> Self {
        self.max_rows = rows.max(1);
        self
    }

    /// The same store, stopping a public query ([`Store::query_in`]) whose serialized
    /// answer passes `bytes` (`--max-answer-bytes`; at least 1) with
    /// [`StoreError::AnswerTooLarge`]: the body is built in memory before it is sent.
    pub fn with_answer_limit(mut self, bytes: u64) -> Self {
        self.max_answer_bytes = bytes.max(1);
        self
    }

    /// The same store, refusing queries and updates with more than `max` triple patterns
    /// (`--max-triple-patterns`; see [`DEFAULT_MAX_TRIPLE_PATTERNS`]). `max` 0 refuses
    /// every query that has a triple pattern.
    pub fn with_max_triple_patterns(mut self, max: usize) -> Self {
        self.max_triple_patterns = max;
        self
    }

    /// The same store, running at most `threads` (at least 1) public SPARQL queries and
    /// updates ([`Store::query_in`], [`Store::update`]) at once (`--sparql-threads`;
    /// default [`default_sparql_threads`]), on as many threads of its own, all started with
    /// the first such query. The service's own queries do not count against it: they run on
    /// the pool every store of the process shares ([`SparqlThreads::shared`], four threads
    /// per core), waiting there when all its threads are busy; those without a timeout are
    /// never cancelled (but by [`Self::cancel_all`]). Clones made before share the old
    /// limit, clones made after the new one.
    pub fn with_sparql_threads(mut self, threads: usize) -> Self {
        self.slots = Arc::new(Slots::new(threads.max(1)));
        self.threads = Arc::new(SparqlThreads::new(threads, "sparql-public"));
        self
    }

    /// The underlying Oxigraph store, for callers that need an API the trait lacks. It
    /// holds the merged default graph ([`merge::MERGED_GRAPH`]) beside the data: reads see
    /// it as one more named graph, and writes made here bypass its upkeep (use the
    /// [`Store`] methods to write).
    pub fn oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    /// How many queries and updates are being evaluated now (a query past its timeout
    /// counts until its evaluation has really stopped).
    pub fn running_queries(&self) -> usize {
        lock(&self.running).tokens.len()
    }

    /// Cancels every query and update running now (they end with a timeout error); for
    /// shutdown, so that no runaway query keeps the process alive.
    pub fn cancel_all(&self) {
        for token in lock(&self.running).tokens.values() {
            token.cancel();
        }
        // the ones waiting for a SPARQL thread give up now
        self.slots.freed.notify_all();
    }

    /// Registers `token` in `self.running` until the guard is dropped.
    fn register(&self, token: &CancellationToken) -> RunningGuard<'_> {
        let mut running = lock(&self.running);
        let id = running.next;
        running.next += 1;
        running.tokens.insert(id, token.clone());
        RunningGuard {
            running: &self.running,
            id,
        }
    }

    /// Evaluates `query` with `collect` on a SPARQL thread ([`on_sparql_thread`]),
    /// cancelled after `timeout` when one is given (else only by [`Self::cancel_all`]).
    fn evaluate<T: Send>(
        &self,
        query: &str,
        timeout: Option<Duration>,
        collect: impl FnOnce(QueryResults<'static>) -> Result<T, StoreError> + Send,
    ) -> Result<T, StoreError> {
        let start = Instant::now();
        let token = CancellationToken::with_row_limit(self.max_rows);
        let _running = self.register(&token);
        let services = self.services.timeout();
        let deadline = start + timeout.map_or(services, |t| t.min(services));
        let cancelled = token.clone();
        let run = || {
            let token = token.clone();
            collect(self.evaluate_in(query, &ProtocolDataset::default(), None, token, deadline)?)
        };
        let cancel_at = timeout.map(|t| start + t);
        let result = self.on_sparql_thread(Queue::Own, deadline, &cancelled, cancel_at, run);
        result.map_err(|e| match (cause(&cancelled, self.max_rows), timeout) {
            (Some(cause), _) => cause,
            (None, Some(t)) if cancelled.is_cancelled() || matches!(e, StoreError::Timeout(_)) => {
                StoreError::Timeout(t)
            }
            (None, _) => e,
        })
    }

    /// Evaluates a SELECT `query` (cancelled after `timeout` when given) and collects its
    /// solutions.
    fn collect_solutions(
        &self,
        query: &str,
        timeout: Option<Duration>,
    ) -> Result<Vec<Solution>, StoreError> {
        self.evaluate(query, timeout, |results| match results {
            QueryResults::Solutions(solutions) => solutions
                .map(|s| {
                    let s = s.map_err(evaluation)?;
                    Ok(s.iter()
                        .map(|(v, t)| (v.as_str().to_string(), t.clone()))
                        .collect())
                })
                .collect(),
            _ => Err(StoreError::Evaluation(format!(
                "expected a SELECT query, got: {query}"
            ))),
        })
    }

    /// Marks a committed write ([`Store::generation`]).
    fn bump(&self) {
        self.generation.fetch_add(1, Ordering::Release);
    }

    /// A SPARQL evaluator with the store's `SERVICE` handler: remote calls end by
    /// `deadline` and none starts once `token` is cancelled.
    fn evaluator(&self, deadline: Instant, token: &CancellationToken) -> SparqlEvaluator {
        SparqlEvaluator::new()
            .with_default_service_handler(self.services.handler(deadline, token.clone()))
            .with_cancellation_token(token.clone())
    }

    /// Parses `query` and binds it to the current snapshot with the project's settings:
    /// the protocol's `dataset` when it is not empty (it replaces the query's own `FROM` /
    /// `FROM NAMED`), else the union default graph when the query names no dataset;
    /// relative IRIs against `base_iri`; `SERVICE` as the [`ServicePolicy`] allows, its
    /// calls ending by `deadline`; `token` for cancellation. Run it on a SPARQL thread:
    /// parsing and evaluation recurse.
    fn evaluate_in(
        &self,
        query: &str,
        dataset: &ProtocolDataset,
        base_iri: Option<&str>,
        token: CancellationToken,
        deadline: Instant,
    ) -> Result<QueryResults<'static>, StoreError> {
        check_text(query)?;
        let mut parser = SparqlParser::new();
        let mut evaluator = self.evaluator(deadline, &token);
        if let Some(base) = base_iri {
            let bad_base =
                |e: &dyn std::fmt::Display| StoreError::Syntax(format!("bad base IRI {base}: {e}"));
            parser = parser.with_base_iri(base).map_err(|e| bad_base(&e))?;
            evaluator = evaluator.with_base_iri(base).map_err(|e| bad_base(&e))?;
        }
        let mut parsed = parser
            .parse_query(query)
            .map_err(|e| StoreError::Syntax(super::syntax::sparql(query, &e.to_string())))?;
        check_depth(&parsed, self.max_triple_patterns)?;
        if query_names_merged(&parsed) || names_merged(dataset) {
            return Err(StoreError::DatasetConflict(format!(
                "<{}> is the store's merged default graph: leave out FROM and \
                 default-graph-uri to query it, it is the default graph of every query that \
                 names no dataset",
                merge::MERGED_GRAPH
            )));
        }
        check_query_services(&mut parsed, &self.services)?;
        let mut prepared = evaluator.for_query(parsed);
        if !dataset.is_empty() {
            let spec = prepared.dataset_mut();
            spec.set_default_graph(
                dataset
                    .default_graphs
                    .iter()
                    .map(|g| GraphName::from(g.clone()))
                    .collect(),
            );
            spec.set_available_named_graphs(
                dataset
                    .named_graphs
                    .iter()
                    .map(|g| NamedOrBlankNode::from(g.clone()))
                    .collect(),
            );
        } else if prepared.dataset().is_default_dataset() {
            // the union of all graphs, as kept merged at write time (`merge`)
            prepared
                .dataset_mut()
                .set_default_graph(vec![merge::merged_graph_node().into()]);
        }
        prepared
            .dataset_mut()
            .set_hidden_named_graph(merge::merged_graph_node());
        prepared.on_store(&self.inner).execute().map_err(evaluation)
    }

    /// Whether `graph` exists: the default graph always does; a named graph once created
    /// (even empty, by the Graph Store Protocol or `CREATE GRAPH`) or holding quads.
    ///
    /// Errors: [`StoreError::Storage`].
    fn graph_exists(&self, graph: &GraphName) -> Result<bool, StoreError> {
        match graph {
            GraphName::DefaultGraph => Ok(true),
            g if merge::is_merged(g.as_ref()) => Ok(false),
            GraphName::NamedNode(g) => self.inner.contains_named_graph(g).map_err(storage),
            GraphName::BlankNode(g) => self.inner.contains_named_graph(g).map_err(storage),
        }
    }

    /// Writes `triples` into `graph` in one transaction, after clearing it when `replace`
    /// (Graph Store PUT) or not (POST); a named graph is created even when `triples` is
    /// empty. `true` when the named graph did not exist before. Past `deadline` (checked
    /// every [`WRITE_CHECK_EVERY`] triples) it stops uncommitted: nothing is written.
    ///
    /// Errors: [`StoreError::Storage`], [`StoreError::Timeout`] (with a zero duration: the
    /// caller knows its timeout).
    fn write_graph(
        &self,
        graph: &GraphName,
        triples: &[Triple],
        replace: bool,
        deadline: Instant,
    ) -> Result<bool, StoreError> {
        refuse_merged(graph)?;
        let _writer = self.lock_writer_by(deadline)?;
        let created = !self.graph_exists(graph)?;
        let mut transaction = self.inner.start_transaction().map_err(storage)?;
        let mut replaced = Vec::new();
        if replace {
            replaced = merge::triples_of(&transaction, graph.as_ref()).map_err(storage)?;
            transaction.clear_graph(graph.as_ref()).map_err(storage)?;
        }
        match graph {
            GraphName::DefaultGraph => {}
            GraphName::NamedNode(g) => transaction.insert_named_graph(g.as_ref()),
            GraphName::BlankNode(g) => transaction.insert_named_graph(g.as_ref()),
        }
        for (i, triple) in triples.iter().enumerate() {
            // dropping the transaction uncommitted applies nothing of it
            if i % WRITE_CHECK_EVERY == 0 && Instant::now() >= deadline {
                return Err(StoreError::Timeout(Duration::ZERO));
            }
            transaction.insert(triple.as_ref().in_graph(graph.as_ref()));
        }
        // the triples added join the merged default graph; those replaced leave it unless
        // another graph holds them
        let changed = if replace {
            merge::changed(replaced, triples)
        } else {
            triples.to_vec()
        };
        let past = || Instant::now() >= deadline;
        if !merge::reconcile(&mut transaction, changed, &past).map_err(storage)? {
            return Err(StoreError::Timeout(Duration::ZERO));
        }
        transaction.commit().map_err(storage)?;
        self.bump();
        Ok(created)
    }

    /// Takes the writer lock (see `writer`). A panic of an earlier holder leaves no partial
    /// write behind (each write is one transaction), so a poisoned lock is taken over.
    fn lock_writer(&self) -> Result<std::sync::MutexGuard<'_, ()>, StoreError> {
        Ok(self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner))
    }

    /// Takes the writer lock as [`Self::lock_writer`] does, giving up at `deadline`: a
    /// write queued behind a long one ends with its own timeout instead of running late.
    ///
    /// Errors: [`StoreError::Timeout`] with a zero duration (the caller knows its timeout).
    fn lock_writer_by(
        &self,
        deadline: Instant,
    ) -> Result<std::sync::MutexGuard<'_, ()>, StoreError> {
        loop {
            match self.writer.try_lock() {
                Ok(guard) => return Ok(guard),
                Err(std::sync::TryLockError::Poisoned(e)) => return Ok(e.into_inner()),
                Err(std::sync::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(2));
                }
                Err(std::sync::TryLockError::WouldBlock) => {
                    return Err(StoreError::Timeout(Duration::ZERO));
                }
            }
        }
    }

    /// `true` when the named graph `graph` holds no quad.
    ///
    /// Errors: [`StoreError::Storage`].
    fn graph_is_absent(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        let mut quads =
            self.inner
                .quads_for_pattern(None, None, None, Some(GraphNameRef::from(graph)));
        match quads.next() {
            None => Ok(true),
            Some(quad) => quad.map(|_| false).map_err(storage),
        }
    }

    /// Writes `quads` into a graph known to be empty, and their triples into the merged
    /// default graph ([`merge`]: adding quads can only add to it), with
    /// [`oxigraph::store::Store::extend`]:
    /// one RocksDB write batch, applied atomically (all quads or none, also across a crash,
    /// through the write-ahead log). Unlike a readable transaction it keeps no index of its
    /// writes, which is most of the cost of a large notice. Callers hold `self.writer`.
    ///
    /// Errors: [`StoreError::Storage`].
    fn insert_new_graph(&self, quads: &[Quad]) -> Result<(), StoreError> {
        let copies = merge::merged_copies(quads.iter().map(QuadRef::from));
        self.inner
            .extend(quads.iter().chain(&copies).map(QuadRef::from))
            .map_err(storage)
    }
}

/// How many triples a Graph Store write inserts between two looks at its deadline.
pub const WRITE_CHECK_EVERY: usize = 1024;

/// The stack of the threads that parse and evaluate SPARQL: address space, reserved
/// up front and backed by memory only as deep recursion touches it. With the limits below
/// a query needs a small part of it; the rest is a margin against what they miss.
pub const SPARQL_STACK: usize = 256 << 20;

/// Deepest bracket nesting (`(`, `{`, `[`) the text of a query or update may have, checked
/// before the recursive parser runs (it recurses per level). Brackets in string literals,
/// IRIs and comments do not count.
pub const MAX_QUERY_NESTING: usize = 256;

/// Most `BIND`s the text of a query or update may have, counted before the parser runs
/// ([`check_text`]). spargebra's parser checks each `BIND` of a group against every one
/// before it (the variable must not be in scope yet), in time that grows with the square
/// of their number and cannot be cancelled: 60,000 chained `BIND`s kept a SPARQL thread
/// busy for about 25 s after the client had its 503. Real queries have a handful; a group
/// of more than [`MAX_QUERY_DEPTH`] is refused after parsing anyway (as too deep), so this
/// bound only makes the refusal come before that cost. Every `bind` outside strings and
/// comments counts, whatever its case and whatever is around it (`?binding` too, and in an
/// IRI, which [`check_text`] may also read as code): a keyword cannot hide from the count.
pub const MAX_QUERY_BINDS: usize = 1000;

/// Deepest algebra a query or update may have: nested operators (`UNION`, `OPTIONAL`,
/// `MINUS`, `FILTER`, `BIND`, groups, sub-queries), operators of expressions (`||`, `+`,
/// `<`, function calls) and of property paths (`/`, `|`), where a chain such as
/// `a || b || c` is as deep as it is long; a basic graph pattern counts as deep as it has
/// triple patterns (the optimizer makes them a chain of joins). The parser builds such
/// chains without recursing; the optimizer and evaluator recurse through them.
///
/// A constant, not a flag: with [`MAX_QUERY_NESTING`] it is what keeps a query's recursion
/// within [`SPARQL_STACK`] (stack safety, not a matter of cost), so raising it would need a
/// bigger stack and lowering it buys nothing; 256 levels are far past any real query.
pub const MAX_QUERY_DEPTH: usize = 256;

/// Default of the most triple patterns a query or update may have, all groups together (a
/// property path of steps `a/b/c` is one per step): `--max-triple-patterns`,
/// [`EmbeddedStore::with_max_triple_patterns`]. Oxigraph's optimizer orders the joins of a
/// query's triple patterns in time that grows with a high power of their number (seconds
/// for a hundred identical patterns in a debug build) and cannot be cancelled; real
/// queries stay far below this.
pub const DEFAULT_MAX_TRIPLE_PATTERNS: usize = 64;

/// Default of the SPARQL threads that run at once (`--sparql-threads`): four per core the
/// system reports (a query also waits on the disk and on `SERVICE` calls), at least 4 and
/// at most [`crate::config::MAX_SPARQL_THREADS`].
pub fn default_sparql_threads() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    (4 * cores).clamp(4, crate::config::MAX_SPARQL_THREADS)
}

/// Who asks for a SPARQL thread ([`EmbeddedStore::on_sparql_thread`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Queue {
    /// A query or update sent over the SPARQL Protocol or the query page: waits for one
    /// of the store's [`Slots`].
    Public,
    /// One of the service's own fixed queries (pages, `/id/`, `/data/`, VoID): no slot.
    Own,
}

/// A counting semaphore: the SPARQL threads that may still start.
struct Slots {
    free: Mutex<usize>,
    /// Notified when a slot is freed, and by [`EmbeddedStore::cancel_all`].
    freed: Condvar,
}

/// A taken slot of [`Slots`], given back when dropped.
struct Slot<'a>(&'a Slots);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        *lock(&self.0.free) += 1;
        self.0.freed.notify_one();
    }
}

impl Slots {
    fn new(n: usize) -> Slots {
        Slots {
            free: Mutex::new(n),
            freed: Condvar::new(),
        }
    }

    /// Takes a slot, waiting for one to be freed until `deadline`; `None` at the deadline
    /// or once `token` is cancelled.
    fn take(&self, deadline: Instant, token: &CancellationToken) -> Option<Slot<'_>> {
        let mut free = lock(&self.free);
        loop {
            if token.is_cancelled() {
                return None;
            }
            if *free > 0 {
                *free -= 1;
                return Some(Slot(self));
            }
            let left = deadline.checked_duration_since(Instant::now())?;
            if left.is_zero() {
                return None;
            }
            free = self
                .freed
                .wait_timeout(free, left)
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .0;
        }
    }
}

impl EmbeddedStore {
    /// Runs `f` on a SPARQL thread (a [`SPARQL_STACK`] stack, kept from one query to the
    /// next: [`SparqlThreads`]) and waits for it; a panic in `f` resumes in the caller.
    /// Everything of a query that recurses (parsing, the algebra's checks, evaluation,
    /// dropping its trees) happens inside `f`. When `queue` is [`Queue::Public`], `f` waits
    /// for one of the store's slots ([`Self::with_sparql_threads`]) and runs on the
    /// store's own threads; the service's own fixed queries ([`Queue::Own`]) take no slot
    /// and run on the threads every store shares ([`SparqlThreads::shared`]), so anonymous
    /// queries holding every slot cannot starve pages and linked data. With `cancel_at`,
    /// `token` is cancelled at that instant if `f` has not ended (the call then waits for
    /// `f` to stop).
    ///
    /// Errors: [`StoreError::Timeout`] (with a zero duration, for the caller to fill in)
    /// when no slot is free by `deadline` or `token` is cancelled while waiting;
    /// [`StoreError::Storage`] when the threads cannot start; else what `f` returns.
    fn on_sparql_thread<T: Send>(
        &self,
        queue: Queue,
        deadline: Instant,
        token: &CancellationToken,
        cancel_at: Option<Instant>,
        f: impl FnOnce() -> Result<T, StoreError> + Send,
    ) -> Result<T, StoreError> {
        let cancel = cancel_at.map(|at| (at, token));
        match queue {
            Queue::Public => {
                let _slot = self
                    .slots
                    .take(deadline, token)
                    .ok_or(StoreError::Timeout(Duration::ZERO))?;
                self.threads.run(cancel, f)
            }
            Queue::Own => SparqlThreads::shared().run(cancel, f),
        }
    }
}

/// Where the SPARQL lexer may be, for [`check_text`]. `u8` fields are a quote (`'` or
/// `"`); `Long`'s second one counts the quotes in a row that may end the string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lex {
    Code,
    /// After `\` in code (a prefixed name's escape, `ex:a\'b`).
    CodeEscape,
    Iri,
    Comment,
    /// One quote seen in code: a string starts (two may be an empty string, three a long one).
    Open1(u8),
    Open2(u8),
    Short(u8),
    ShortEscape(u8),
    Long(u8, u8),
    LongEscape(u8),
}

impl Lex {
    /// The states after byte `b`, each with its change of bracket depth. `<` in code is
    /// ambiguous (an IRI or "less than"), so both follow.
    fn step(self, b: u8, next: &mut impl FnMut(Lex, isize)) {
        use Lex::*;
        match self {
            Code => match b {
                b'<' => {
                    next(Code, 0);
                    next(Iri, 0);
                }
                b'#' => next(Comment, 0),
                b'\\' => next(CodeEscape, 0),
                b'"' | b'\'' => next(Open1(b), 0),
                b'(' | b'{' | b'[' => next(Code, 1),
                b')' | b'}' | b']' => next(Code, -1),
                _ => next(Code, 0),
            },
            CodeEscape => next(Code, 0),
            // IRIREF: no spaces or controls, none of <>"{}|^`\
            Iri => match b {
                b'>' => next(Code, 0),
                0..=0x20 | b'<' | b'"' | b'{' | b'}' | b'|' | b'^' | b'`' | b'\\' => {}
                _ => next(Iri, 0),
            },
            Comment => next(
                if b == b'\n' || b == b'\r' {
                    Code
                } else {
                    Comment
                },
                0,
            ),
            Open1(q) if b == q => next(Open2(q), 0),
            Open1(q) => Short(q).step(b, next),
            Open2(q) if b == q => next(Long(q, 0), 0),
            // two quotes were an empty string
            Open2(_) => Code.step(b, next),
            Short(q) => match b {
                _ if b == q => next(Code, 0),
                b'\\' => next(ShortEscape(q), 0),
                // a short string cannot span lines: resume as code (the parser refuses it)
                b'\n' | b'\r' => next(Code, 0),
                _ => next(Short(q), 0),
            },
            ShortEscape(q) => next(Short(q), 0),
            Long(q, 2) if b == q => next(Code, 0),
            Long(q, n) if b == q => next(Long(q, n + 1), 0),
            Long(q, _) if b == b'\\' => next(LongEscape(q), 0),
            Long(q, _) | LongEscape(q) => next(Long(q, 0), 0),
        }
    }
}

/// Refuses, before the parser sees it, a query or update whose brackets nest deeper than
/// [`MAX_QUERY_NESTING`] (the parser recurses per level) or that has more than
/// [`MAX_QUERY_BINDS`] `BIND`s (the parser's time grows with their square). Brackets and
/// `bind`s in string literals and comments do not count. `<` may open an IRI or compare,
/// so the check follows every way the text may be read (a small set of lexer states, each
/// with its depth and count) and takes the highest: nothing can hide in something the
/// check reads as an IRI while the parser reads code (so what is in an IRI may count).
///
/// Errors: [`StoreError::Syntax`] naming the limit passed.
pub(super) fn check_text(query: &str) -> Result<(), StoreError> {
    /// A way the text may be read so far: the lexer state, the bracket depth, the `bind`s.
    type Reading = (Lex, usize, usize);
    let bytes = query.as_bytes();
    let mut states: Vec<Reading> = vec![(Lex::Code, 0, 0)];
    let mut following: Vec<Reading> = Vec::new();
    let mut deepest = 0;
    let mut binds = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let bind_here = bytes
            .get(i..i + 4)
            .is_some_and(|word| word.eq_ignore_ascii_case(b"bind"));
        following.clear();
        for &(state, depth, count) in &states {
            // after two quotes (an empty string) the next byte is read as code
            let in_code = matches!(state, Lex::Code | Lex::Open2(_));
            let count = count + usize::from(bind_here && in_code);
            binds = binds.max(count);
            state.step(b, &mut |lex, change| {
                let depth = depth.saturating_add_signed(change);
                deepest = deepest.max(depth);
                match following.iter_mut().find(|(l, _, _)| *l == lex) {
                    Some((_, d, c)) => {
                        *d = (*d).max(depth);
                        *c = (*c).max(count);
                    }
                    None => following.push((lex, depth, count)),
                }
            });
        }
        std::mem::swap(&mut states, &mut following);
        if deepest > MAX_QUERY_NESTING {
            return Err(StoreError::Syntax(format!(
                "query nested more than {MAX_QUERY_NESTING} brackets deep; at most \
                 {MAX_QUERY_NESTING} levels are accepted"
            )));
        }
        if binds > MAX_QUERY_BINDS {
            return Err(StoreError::Syntax(format!(
                "query has more than {MAX_QUERY_BINDS} BINDs; at most {MAX_QUERY_BINDS} are \
                 accepted (every \"bind\" outside strings and comments counts)"
            )));
        }
    }
    Ok(())
}

/// Refuses a parsed query deeper than [`MAX_QUERY_DEPTH`] or with more than
/// `max_patterns` triple patterns (see [`DEFAULT_MAX_TRIPLE_PATTERNS`]).
pub(super) fn check_depth(query: &spargebra::Query, max_patterns: usize) -> Result<(), StoreError> {
    let pattern = match query {
        spargebra::Query::Select { pattern, .. }
        | spargebra::Query::Construct { pattern, .. }
        | spargebra::Query::Describe { pattern, .. }
        | spargebra::Query::Ask { pattern, .. } => pattern,
    };
    let depth = Depth::default();
    let deepest = depth.pattern(pattern, 1);
    depth.refuse(deepest, max_patterns)
}

/// Refuses a parsed update whose `WHERE`s are deeper than [`MAX_QUERY_DEPTH`] or have more
/// than `max_patterns` triple patterns.
pub(super) fn check_update_depth(
    update: &spargebra::Update,
    max_patterns: usize,
) -> Result<(), StoreError> {
    let depth = Depth::default();
    let deepest = update
        .operations
        .iter()
        .map(|operation| match operation {
            GraphUpdateOperation::DeleteInsert { pattern, .. } => depth.pattern(pattern, 1),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    depth.refuse(deepest, max_patterns)
}

/// Refuses a query with a `SERVICE <iri>` that the policy refuses, wherever it is (in a
/// subquery, OPTIONAL, MINUS, or an EXISTS / NOT EXISTS of a FILTER, BIND, ORDER BY,
/// aggregate …), before anything is evaluated. `SERVICE SILENT` (an empty answer when
/// refused, as the standard says) and `SERVICE ?var` (known only when evaluated) are left
/// to the service handler.
///
/// Errors: [`StoreError::ServiceRefused`], naming the allow-list or the flag.
pub(super) fn check_query_services(
    query: &mut spargebra::Query,
    policy: &ServicePolicy,
) -> Result<(), StoreError> {
    match query {
        spargebra::Query::Select { pattern, .. }
        | spargebra::Query::Construct { pattern, .. }
        | spargebra::Query::Describe { pattern, .. }
        | spargebra::Query::Ask { pattern, .. } => check_services(pattern, policy),
    }
}

/// [`check_query_services`] on one pattern. The recursion is bounded by
/// [`MAX_QUERY_DEPTH`] (checked before).
pub(super) fn check_services(
    pattern: &mut GraphPattern,
    policy: &ServicePolicy,
) -> Result<(), StoreError> {
    let mut refused = None;
    each_service(pattern, &mut |service| {
        let GraphPattern::Service {
            name: spargebra::term::NamedNodePattern::NamedNode(name),
            silent: false,
            ..
        } = service
        else {
            return;
        };
        if refused.is_none() && !policy.allows(name.as_str()) {
            refused = Some(ServiceRefused::new(name, policy.prefixes()).to_string());
        }
    });
    refused.map_or(Ok(()), |m| Err(StoreError::ServiceRefused(m)))
}

/// The depth of algebra trees, as [`MAX_QUERY_DEPTH`] counts it, and their triple patterns.
/// Each function returns the deepest level at or below `depth` (the level of its argument),
/// and stops descending past [`MAX_QUERY_DEPTH`]: the recursion is bounded by the limit,
/// not by the tree.
#[derive(Default)]
struct Depth {
    /// Triple patterns (and path patterns) seen so far.
    patterns: std::cell::Cell<usize>,
}

impl Depth {
    /// Refuses a tree whose deepest level is `deepest`, or with more than `max_patterns`
    /// triple patterns; the message names the limit and the flag that sets it.
    fn refuse(&self, deepest: usize, max_patterns: usize) -> Result<(), StoreError> {
        if deepest > MAX_QUERY_DEPTH {
            return Err(StoreError::Syntax(format!(
                "query too deeply nested: its algebra (nested patterns, expression operators, \
                 path steps, triple patterns in one group) is more than {MAX_QUERY_DEPTH} \
                 levels deep; at most {MAX_QUERY_DEPTH} are accepted"
            )));
        }
        let patterns = self.patterns.get();
        if patterns > max_patterns {
            return Err(StoreError::Syntax(format!(
                "query too large: {patterns} triple patterns (property path steps included); \
                 at most {max_patterns} are accepted (the server's --max-triple-patterns)"
            )));
        }
        Ok(())
    }

    fn pattern(&self, p: &GraphPattern, depth: usize) -> usize {
        if depth > MAX_QUERY_DEPTH {
            return depth;
        }
        let below = depth + 1;
        match p {
            GraphPattern::Bgp { patterns } => {
                self.patterns.set(self.patterns.get() + patterns.len());
                depth + patterns.len().min(MAX_QUERY_DEPTH + 1)
            }
            GraphPattern::Path { path, .. } => {
                self.patterns.set(self.patterns.get() + 1);
                self.path(path, below)
            }
            GraphPattern::Join { left, right }
            | GraphPattern::Union { left, right }
            | GraphPattern::Minus { left, right } => {
                self.pattern(left, below).max(self.pattern(right, below))
            }
            GraphPattern::LeftJoin {
                left,
                right,
                expression,
            } => self
                .pattern(left, below)
                .max(self.pattern(right, below))
                .max(expression.as_ref().map_or(depth, |e| self.expr(e, below))),
            GraphPattern::Filter { expr, inner } => {
                self.pattern(inner, below).max(self.expr(expr, below))
            }
            GraphPattern::Extend {
                inner, expression, ..
            } => self.pattern(inner, below).max(self.expr(expression, below)),
            GraphPattern::OrderBy { inner, expression } => expression
                .iter()
                .map(|o| match o {
                    OrderExpression::Asc(e) | OrderExpression::Desc(e) => self.expr(e, below),
                })
                .fold(self.pattern(inner, below), usize::max),
            GraphPattern::Group {
                inner, aggregates, ..
            } => aggregates
                .iter()
                .map(|(_, a)| match a {
                    AggregateExpression::CountSolutions { .. } => depth,
                    AggregateExpression::FunctionCall { expr, .. } => self.expr(expr, below),
                })
                .fold(self.pattern(inner, below), usize::max),
            GraphPattern::Graph { inner, .. }
            | GraphPattern::Project { inner, .. }
            | GraphPattern::Distinct { inner }
            | GraphPattern::Reduced { inner }
            | GraphPattern::Slice { inner, .. }
            | GraphPattern::Service { inner, .. } => self.pattern(inner, below),
            GraphPattern::Values { .. } => depth,
            // `LATERAL` (a spargebra feature noticegraph does not use) is refused whole
            #[allow(unreachable_patterns)]
            _ => MAX_QUERY_DEPTH + 1,
        }
    }

    fn expr(&self, e: &Expression, depth: usize) -> usize {
        if depth > MAX_QUERY_DEPTH {
            return depth;
        }
        let below = depth + 1;
        match e {
            Expression::NamedNode(_)
            | Expression::Literal(_)
            | Expression::Variable(_)
            | Expression::Bound(_) => depth,
            Expression::Or(a, b)
            | Expression::And(a, b)
            | Expression::Equal(a, b)
            | Expression::SameTerm(a, b)
            | Expression::Greater(a, b)
            | Expression::GreaterOrEqual(a, b)
            | Expression::Less(a, b)
            | Expression::LessOrEqual(a, b)
            | Expression::Add(a, b)
            | Expression::Subtract(a, b)
            | Expression::Multiply(a, b)
            | Expression::Divide(a, b) => self.expr(a, below).max(self.expr(b, below)),
            Expression::UnaryPlus(a) | Expression::UnaryMinus(a) | Expression::Not(a) => {
                self.expr(a, below)
            }
            Expression::In(a, items) => items
                .iter()
                .map(|i| self.expr(i, below))
                .fold(self.expr(a, below), usize::max),
            Expression::Exists(p) => self.pattern(p, below),
            Expression::If(a, b, c) => self
                .expr(a, below)
                .max(self.expr(b, below))
                .max(self.expr(c, below)),
            Expression::Coalesce(items) | Expression::FunctionCall(_, items) => items
                .iter()
                .map(|i| self.expr(i, below))
                .fold(depth, usize::max),
        }
    }

    fn path(&self, p: &PropertyPathExpression, depth: usize) -> usize {
        if depth > MAX_QUERY_DEPTH {
            return depth;
        }
        let below = depth + 1;
        match p {
            PropertyPathExpression::NamedNode(_)
            | PropertyPathExpression::NegatedPropertySet(_) => depth,
            PropertyPathExpression::Reverse(a)
            | PropertyPathExpression::ZeroOrMore(a)
            | PropertyPathExpression::OneOrMore(a)
            | PropertyPathExpression::ZeroOrOne(a) => self.path(a, below),
            PropertyPathExpression::Sequence(a, b) | PropertyPathExpression::Alternative(a, b) => {
                self.path(a, below).max(self.path(b, below))
            }
        }
    }
}

/// Why an evaluation under `token` failed, when the token knows better than the error the
/// evaluation returned (a `Cancelled`): it held more than `max_rows` solutions
/// ([`StoreError::TooManyRows`]), or an error raised inside EXISTS failed it (that error).
/// `None` otherwise (a timeout, or the returned error is the cause).
fn cause(token: &CancellationToken, max_rows: u64) -> Option<StoreError> {
    if token.row_limit_exceeded() {
        return Some(StoreError::TooManyRows(max_rows));
    }
    token.take_failure().map(evaluation)
}

fn storage(e: StorageError) -> StoreError {
    StoreError::Storage(e.to_string())
}

fn evaluation(e: QueryEvaluationError) -> StoreError {
    if let Some(refused) = service_refused(&e) {
        return StoreError::ServiceRefused(refused.to_string());
    }
    match e {
        // the timeout is filled in by `query`, which knows it
        QueryEvaluationError::Cancelled => StoreError::Timeout(Duration::ZERO),
        QueryEvaluationError::Dataset(e) => StoreError::Storage(e.to_string()),
        e => StoreError::Evaluation(e.to_string()),
    }
}

/// The [`ServiceRefused`] that caused `e`, if the policy refused a `SERVICE` call.
fn service_refused<'a>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a ServiceRefused> {
    let mut cause = Some(e);
    while let Some(e) = cause {
        if let Some(refused) = e.downcast_ref::<ServiceRefused>() {
            return Some(refused);
        }
        cause = e.source();
    }
    None
}

pub(super) fn io(e: std::io::Error) -> StoreError {
    StoreError::Storage(format!("cannot write results: {e}"))
}

/// Serializes solutions, checking `token` before each row: Oxigraph checks cancellation
/// while it evaluates, but a cross join that streams rows would otherwise run (and write)
/// until its end.
fn serialize_solutions(
    solutions: QuerySolutionIter<'_>,
    format: oxigraph::sparql::results::QueryResultsFormat,
    token: &CancellationToken,
    max_bytes: u64,
) -> Result<Vec<u8>, StoreError> {
    let mut body = Capped::new(max_bytes);
    let result = (|| {
        let mut out = QueryResultsSerializer::from_format(format)
            .serialize_solutions_to_writer(&mut body, solutions.variables().to_vec())
            .map_err(io)?;
        for solution in solutions {
            if token.is_cancelled() {
                return Err(StoreError::Timeout(Duration::ZERO));
            }
            out.serialize(&solution.map_err(evaluation)?).map_err(io)?;
        }
        out.finish().map_err(io).map(drop)
    })();
    body.finish(result)
}

/// Serializes triples with the project's prefixes
/// ([`prefixed_serializer`](crate::rdf::vocab::prefixed_serializer): a CONSTRUCT or
/// DESCRIBE answered in Turtle or TriG writes `schema:Event`), checking `token` before each
/// one (see [`serialize_solutions`]).
fn serialize_triples(
    triples: QueryTripleIter<'_>,
    format: RdfFormat,
    token: &CancellationToken,
    max_bytes: u64,
) -> Result<Vec<u8>, StoreError> {
    let mut body = Capped::new(max_bytes);
    let result = (|| {
        let mut out = crate::rdf::vocab::prefixed_serializer(format, &[])
            .map_err(StoreError::Storage)?
            .for_writer(&mut body);
        for triple in triples {
            if token.is_cancelled() {
                return Err(StoreError::Timeout(Duration::ZERO));
            }
            out.serialize_triple(&triple.map_err(evaluation)?)
                .map_err(io)?;
        }
        out.finish().map_err(io).map(drop)
    })();
    body.finish(result)
}

/// An answer body in memory that refuses to grow past `max` bytes: a write that would
/// pass it fails (and is remembered), so a streaming answer stops at the cap instead of
/// growing until the timeout.
pub(super) struct Capped {
    body: Vec<u8>,
    max: u64,
    over: bool,
}

impl Capped {
    pub(super) fn new(max: u64) -> Capped {
        Capped {
            body: Vec::new(),
            max,
            over: false,
        }
    }

    /// The body when `result` (of the serialization that wrote to it) is `Ok`;
    /// [`StoreError::AnswerTooLarge`] when a write passed the cap, whatever error the
    /// serializer made of it; else `result`'s error.
    pub(super) fn finish(self, result: Result<(), StoreError>) -> Result<Vec<u8>, StoreError> {
        if self.over {
            return Err(StoreError::AnswerTooLarge(self.max));
        }
        result.map(|()| self.body)
    }
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.body.len() as u64 + buf.len() as u64 > self.max {
            self.over = true;
            return Err(std::io::Error::other(format!(
                "the answer passed {} bytes",
                self.max
            )));
        }
        self.body.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Store for EmbeddedStore {
    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), StoreError> {
        // a poisoned lock only means another write panicked; the store itself is intact
        let _writing = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        refuse_merged(&GraphName::NamedNode(graph.clone()))?;
        if !quads.is_empty() && self.graph_is_absent(graph)? {
            self.insert_new_graph(quads)?;
            self.bump();
            return Ok(());
        }
        let mut transaction = self.inner.start_transaction().map_err(storage)?;
        let old = merge::triples_of(&transaction, graph.as_ref().into()).map_err(storage)?;
        if quads.is_empty() {
            transaction
                .remove_named_graph(graph.as_ref())
                .map_err(storage)?;
        } else {
            transaction.clear_graph(graph.as_ref()).map_err(storage)?;
            transaction.extend(quads);
        }
        let new: Vec<Triple> = quads.iter().map(|q| Triple::from(q.clone())).collect();
        merge::reconcile(&mut transaction, merge::changed(old, &new), &|| false)
            .map_err(storage)?;
        transaction.commit().map_err(storage)?;
        self.bump();
        Ok(())
    }

    fn graph_len(&self, graph: &NamedNode) -> Result<usize, StoreError> {
        let mut n = 0;
        for quad in self
            .inner
            .quads_for_pattern(None, None, None, Some(GraphNameRef::from(graph)))
        {
            quad.map_err(storage)?;
            n += 1;
        }
        Ok(n)
    }

    fn graphs_with_prefix(&self, prefix: &str) -> Result<Vec<NamedNode>, StoreError> {
        let mut graphs = Vec::new();
        for graph in self.inner.named_graphs() {
            if let NamedOrBlankNode::NamedNode(g) = graph.map_err(storage)? {
                if g.as_str().starts_with(prefix) && g.as_str() != merge::MERGED_GRAPH {
                    graphs.push(g);
                }
            }
        }
        graphs.sort();
        Ok(graphs)
    }

    fn len(&self) -> Result<usize, StoreError> {
        // the merged default graph is the store's bookkeeping, not quads of its own
        let merged = self.graph_len(&merge::merged_graph_node())?;
        Ok(self.inner.len().map_err(storage)? - merged)
    }

    fn is_empty(&self) -> Result<bool, StoreError> {
        // the merged default graph holds quads exactly when other graphs do: one look
        // instead of counting every quad
        self.inner.is_empty().map_err(storage)
    }

    fn query_in(
        &self,
        query: &str,
        dataset: &ProtocolDataset,
        base_iri: Option<&str>,
        timeout: Duration,
        choose: &(dyn Fn(QueryForm) -> Option<ResultFormat> + Sync),
    ) -> Result<QueryResponse, StoreError> {
        let ends = Instant::now() + timeout;
        let token = &CancellationToken::with_row_limit(self.max_rows);
        let _running = self.register(token);
        let run = || {
            let results = self.evaluate_in(query, dataset, base_iri, token.clone(), ends)?;
            let form = match &results {
                QueryResults::Solutions(_) => QueryForm::Select,
                QueryResults::Boolean(_) => QueryForm::Ask,
                QueryResults::Graph(_) => QueryForm::Graph,
            };
            let format = choose(form).ok_or(StoreError::NotAcceptable(form))?;
            let body = match (results, format) {
                (QueryResults::Solutions(s), ResultFormat::Results(f)) => {
                    serialize_solutions(s, f, token, self.max_answer_bytes)?
                }
                (QueryResults::Boolean(b), ResultFormat::Results(f)) => {
                    QueryResultsSerializer::from_format(f)
                        .serialize_boolean_to_writer(Vec::new(), b)
                        .map_err(io)?
                }
                (QueryResults::Graph(t), ResultFormat::Graph(f)) => {
                    serialize_triples(t, f, token, self.max_answer_bytes)?
                }
                _ => return Err(StoreError::NotAcceptable(form)),
            };
            Ok(QueryResponse { body, format })
        };
        let result = self.on_sparql_thread(Queue::Public, ends, token, Some(ends), run);
        if result.is_err() {
            if let Some(cause) = cause(token, self.max_rows) {
                return Err(cause);
            }
        }
        match result {
            Err(StoreError::Timeout(_)) => Err(StoreError::Timeout(timeout)),
            // an error raised because cancellation cut a data access short is a timeout too
            Err(_) if token.is_cancelled() => Err(StoreError::Timeout(timeout)),
            other => other,
        }
    }

    fn update(
        &self,
        update: &str,
        using: &ProtocolDataset,
        base_iri: Option<&str>,
        timeout: Duration,
    ) -> Result<(), StoreError> {
        let start = Instant::now();
        let token = &CancellationToken::with_row_limit(self.max_rows);
        let _running = self.register(token);
        let ends = start + timeout.min(self.services.timeout());
        let run = || {
            check_text(update)?;
            let mut parser = SparqlParser::new();
            let mut evaluator = self.evaluator(ends, token);
            if let Some(base) = base_iri {
                let bad_base = |e: &dyn std::fmt::Display| {
                    StoreError::Syntax(format!("bad base IRI {base}: {e}"))
                };
                parser = parser.with_base_iri(base).map_err(|e| bad_base(&e))?;
                evaluator = evaluator.with_base_iri(base).map_err(|e| bad_base(&e))?;
            }
            let mut parsed = parser
                .parse_update(update)
                .map_err(|e| StoreError::Syntax(super::syntax::sparql(update, &e.to_string())))?;
            check_update_depth(&parsed, self.max_triple_patterns)?;
            if merge::names_merged_graph(&parsed) || names_merged(using) {
                return Err(merged_refused());
            }
            let reach = UpdateReach::of(&parsed);
            for operation in &mut parsed.operations {
                if let GraphUpdateOperation::DeleteInsert { pattern, .. } = operation {
                    check_services(pattern, &self.services)?;
                }
            }
            let mut prepared = evaluator.for_update(parsed);
            if !using.is_empty() {
                for spec in prepared.using_datasets_mut() {
                    if !spec.is_default_dataset() {
                        return Err(StoreError::DatasetConflict(
                            "using-graph-uri / using-named-graph-uri cannot be combined with an \
                             update that has its own USING or WITH"
                                .into(),
                        ));
                    }
                    spec.set_default_graph(
                        using
                            .default_graphs
                            .iter()
                            .map(|g| GraphName::from(g.clone()))
                            .collect(),
                    );
                    spec.set_available_named_graphs(
                        using
                            .named_graphs
                            .iter()
                            .map(|g| NamedOrBlankNode::from(g.clone()))
                            .collect(),
                    );
                }
            }
            for spec in prepared.using_datasets_mut() {
                spec.set_hidden_named_graph(merge::merged_graph_node());
            }
            // The update runs in a transaction of ours, so that the merged default graph is
            // made right for what it changed before anything is committed.
            let mut transaction = self.inner.start_transaction().map_err(storage)?;
            prepared
                .on_transaction(&mut transaction)
                .execute()
                .map_err(|e| match e {
                    oxigraph::sparql::UpdateEvaluationError::Storage(e) => storage(e),
                    e => match service_refused(&e) {
                        Some(refused) => StoreError::ServiceRefused(refused.to_string()),
                        None => StoreError::Evaluation(e.to_string()),
                    },
                })?;
            // the merge's upkeep obeys the update's timeout too
            let cancelled = || token.is_cancelled();
            let done = match reach {
                UpdateReach::All => merge::rebuild(&mut transaction, &cancelled),
                UpdateReach::Some {
                    graphs,
                    triples,
                    patterns,
                } => {
                    let mut changed = triples;
                    for (s, p, o) in &patterns {
                        // in any graph, the merged one included (what left every other)
                        for quad in transaction.quads_for_pattern(
                            s.as_ref().map(NamedOrBlankNode::as_ref),
                            p.as_ref().map(NamedNode::as_ref),
                            o.as_ref().map(oxigraph::model::Term::as_ref),
                            None,
                        ) {
                            changed.push(Triple::from(quad.map_err(storage)?));
                        }
                    }
                    for graph in &graphs {
                        // before (the store, which no other writer changes while we hold
                        // the writer lock) and after (the transaction)
                        let before = self.graph_triples(graph)?.unwrap_or_default();
                        let after =
                            merge::triples_of(&transaction, graph.as_ref()).map_err(storage)?;
                        changed.extend(merge::changed(before, &after));
                    }
                    merge::reconcile(&mut transaction, changed, &cancelled)
                }
            };
            if !done.map_err(storage)? {
                return Err(StoreError::Timeout(Duration::ZERO));
            }
            transaction.commit().map_err(storage)
        };
        let slot_ends = start + timeout;
        // Writes run one at a time. The writer lock is taken here, before a SPARQL thread:
        // updates waiting for it hold no thread that queries need, and give up at their
        // deadline.
        let _writer = match self.lock_writer_by(slot_ends) {
            Ok(writer) => writer,
            Err(_) => return Err(StoreError::Timeout(timeout)),
        };
        let result = self.on_sparql_thread(Queue::Public, slot_ends, token, Some(slot_ends), run);
        if result.is_err() {
            if let Some(cause) = cause(token, self.max_rows) {
                return Err(cause);
            }
        }
        match result {
            // the transaction is not committed: nothing of the update is applied
            Err(StoreError::Timeout(_)) => Err(StoreError::Timeout(timeout)),
            Err(_) if token.is_cancelled() => Err(StoreError::Timeout(timeout)),
            Ok(()) => {
                self.bump();
                Ok(())
            }
            other => other,
        }
    }

    fn graph_triples(&self, graph: &GraphName) -> Result<Option<Vec<Triple>>, StoreError> {
        if !self.graph_exists(graph)? {
            return Ok(None);
        }
        self.inner
            .quads_for_pattern(None, None, None, Some(graph.as_ref()))
            .map(|q| q.map(Triple::from).map_err(storage))
            .collect::<Result<_, _>>()
            .map(Some)
    }

    fn put_graph(
        &self,
        graph: &GraphName,
        triples: &[Triple],
        deadline: Instant,
    ) -> Result<bool, StoreError> {
        self.write_graph(graph, triples, true, deadline)
    }

    fn add_to_graph(
        &self,
        graph: &GraphName,
        triples: &[Triple],
        deadline: Instant,
    ) -> Result<bool, StoreError> {
        self.write_graph(graph, triples, false, deadline)
    }

    fn delete_graph(&self, graph: &GraphName) -> Result<bool, StoreError> {
        refuse_merged(graph)?;
        let _writer = self.lock_writer()?;
        let existed = self.graph_exists(graph)?;
        let mut transaction = self.inner.start_transaction().map_err(storage)?;
        let old = merge::triples_of(&transaction, graph.as_ref()).map_err(storage)?;
        match graph {
            GraphName::DefaultGraph => transaction.clear_graph(GraphNameRef::DefaultGraph),
            GraphName::NamedNode(g) => transaction.remove_named_graph(g.as_ref()),
            GraphName::BlankNode(g) => transaction.remove_named_graph(g.as_ref()),
        }
        .map_err(storage)?;
        merge::reconcile(&mut transaction, old, &|| false).map_err(storage)?;
        transaction.commit().map_err(storage)?;
        self.bump();
        Ok(existed)
    }

    fn running_queries(&self) -> usize {
        EmbeddedStore::running_queries(self)
    }

    fn cancel_all(&self) {
        EmbeddedStore::cancel_all(self)
    }

    fn select(&self, query: &str) -> Result<Vec<Solution>, StoreError> {
        self.collect_solutions(query, None)
    }

    fn select_within(&self, query: &str, timeout: Duration) -> Result<Vec<Solution>, StoreError> {
        self.collect_solutions(query, Some(timeout))
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    fn construct(&self, query: &str) -> Result<Vec<Triple>, StoreError> {
        self.evaluate(query, None, |results| match results {
            QueryResults::Graph(triples) => triples.map(|t| t.map_err(evaluation)).collect(),
            _ => Err(StoreError::Evaluation(format!(
                "expected a CONSTRUCT or DESCRIBE query, got: {query}"
            ))),
        })
    }

    fn dump(&self, format: RdfFormat, out: &mut dyn std::io::Write) -> Result<(), StoreError> {
        if !format.supports_datasets() {
            return Err(StoreError::Storage(format!(
                "cannot dump a dataset as {format}: a quad format (N-Quads, TriG) is needed"
            )));
        }
        // The project's prefixes (rdf::vocab::PREFIXES) make a TriG dump readable; N-Quads
        // has no prefixes and ignores them.
        let serializer =
            crate::rdf::vocab::prefixed_serializer(format, &[]).map_err(StoreError::Storage)?;
        // every quad but the merged default graph's, which is the store's bookkeeping
        let write_error =
            |e: std::io::Error| StoreError::Storage(format!("cannot write dump: {e}"));
        let mut writer = serializer.for_writer(out);
        for quad in self.inner.iter() {
            let quad = quad.map_err(storage)?;
            if !merge::is_merged(quad.graph_name.as_ref()) {
                writer.serialize_quad(&quad).map_err(write_error)?;
            }
        }
        writer.finish().map_err(write_error)?;
        Ok(())
    }
}

/// What a SPARQL update can change, read from its operations before it runs, for keeping
/// the merged default graph ([`merge`]) right.
enum UpdateReach {
    /// These triples (of `INSERT DATA` without blank nodes, which keep their identity),
    /// whatever changes in these graphs (the store's default graph is
    /// [`GraphName::DefaultGraph`]), and the triples of any graph matching these
    /// patterns (the triple patterns of `DELETE`/`INSERT` templates whose graph is a
    /// variable, each with a fixed subject, predicate or object; `None` is any term).
    Some {
        graphs: std::collections::HashSet<GraphName>,
        triples: Vec<Triple>,
        patterns: Vec<TemplatePattern>,
    },
    /// Any graph: `CLEAR` / `DROP` of `ALL` or `NAMED`, or a `DELETE`/`INSERT` template
    /// whose graph is a variable and whose triple pattern fixes no term.
    All,
}

/// The fixed subject, predicate and object of a template triple pattern (`None` where it
/// has a variable or a blank node, which a template instantiates afresh).
type TemplatePattern = (
    Option<NamedOrBlankNode>,
    Option<NamedNode>,
    Option<oxigraph::model::Term>,
);

impl UpdateReach {
    /// The reach of every operation of `update` together.
    fn of(update: &spargebra::Update) -> UpdateReach {
        use spargebra::algebra::GraphTarget;
        use spargebra::term::GraphNamePattern;
        let own = |g: &spargebra::term::GraphName| match g {
            spargebra::term::GraphName::NamedNode(n) => GraphName::NamedNode(n.clone()),
            spargebra::term::GraphName::DefaultGraph => GraphName::DefaultGraph,
        };
        let mut graphs = std::collections::HashSet::new();
        let mut triples = Vec::new();
        let mut patterns: Vec<TemplatePattern> = Vec::new();
        let pattern =
            |graphs: &mut std::collections::HashSet<GraphName>, g: &GraphNamePattern| match g {
                GraphNamePattern::NamedNode(n) => {
                    graphs.insert(GraphName::NamedNode(n.clone()));
                    true
                }
                GraphNamePattern::DefaultGraph => {
                    graphs.insert(GraphName::DefaultGraph);
                    true
                }
                GraphNamePattern::Variable(_) => false,
            };
        for operation in &update.operations {
            match operation {
                GraphUpdateOperation::InsertData { data } => {
                    for quad in data {
                        let blank = matches!(quad.subject, NamedOrBlankNode::BlankNode(_))
                            || matches!(quad.object, oxigraph::model::Term::BlankNode(_));
                        if blank {
                            // blank nodes get fresh names when stored: compare the graph
                            graphs.insert(own(&quad.graph_name));
                        } else {
                            triples.push(Triple::new(
                                quad.subject.clone(),
                                quad.predicate.clone(),
                                quad.object.clone(),
                            ));
                        }
                    }
                }
                GraphUpdateOperation::DeleteData { data } => {
                    graphs.extend(data.iter().map(|q| own(&q.graph_name)));
                }
                GraphUpdateOperation::DeleteInsert { delete, insert, .. } => {
                    // A template whose graph is a variable may write any graph, but only
                    // triples that match its triple pattern: those are what may change in
                    // the merge (a triple no graph holds any more still has its merged
                    // copy, which matches too). Without a fixed term that is every
                    // triple: the whole merge is checked instead.
                    use spargebra::term::{GroundTermPattern, NamedNodePattern, TermPattern};
                    let predicate = |p: &NamedNodePattern| match p {
                        NamedNodePattern::NamedNode(n) => Some(n.clone()),
                        NamedNodePattern::Variable(_) => None,
                    };
                    for q in delete {
                        if !pattern(&mut graphs, &q.graph_name) {
                            let term = |t: &GroundTermPattern| match t {
                                GroundTermPattern::NamedNode(n) => Some(n.clone().into()),
                                GroundTermPattern::Literal(l) => Some(l.clone().into()),
                                #[allow(unreachable_patterns)]
                                _ => None,
                            };
                            let subject = match &q.subject {
                                GroundTermPattern::NamedNode(n) => Some(n.clone().into()),
                                _ => None,
                            };
                            patterns.push((subject, predicate(&q.predicate), term(&q.object)));
                        }
                    }
                    for q in insert {
                        if !pattern(&mut graphs, &q.graph_name) {
                            let term = |t: &TermPattern| match t {
                                TermPattern::NamedNode(n) => Some(n.clone().into()),
                                TermPattern::Literal(l) => Some(l.clone().into()),
                                _ => None,
                            };
                            let subject = match &q.subject {
                                TermPattern::NamedNode(n) => Some(n.clone().into()),
                                _ => None,
                            };
                            patterns.push((subject, predicate(&q.predicate), term(&q.object)));
                        }
                    }
                    if patterns
                        .iter()
                        .any(|(s, p, o)| s.is_none() && p.is_none() && o.is_none())
                    {
                        return UpdateReach::All;
                    }
                }
                GraphUpdateOperation::Load { destination, .. } => {
                    graphs.insert(own(destination));
                }
                GraphUpdateOperation::Clear { graph, .. }
                | GraphUpdateOperation::Drop { graph, .. } => match graph {
                    GraphTarget::NamedNode(n) => {
                        graphs.insert(GraphName::NamedNode(n.clone()));
                    }
                    GraphTarget::DefaultGraph => {
                        graphs.insert(GraphName::DefaultGraph);
                    }
                    GraphTarget::NamedGraphs | GraphTarget::AllGraphs => return UpdateReach::All,
                },
                GraphUpdateOperation::Create { .. } => {}
            }
        }
        UpdateReach::Some {
            graphs,
            triples,
            patterns,
        }
    }
}

/// Whether a protocol dataset (`default-graph-uri`, `named-graph-uri`, `using-graph-uri`,
/// `using-named-graph-uri`) names the merged default graph, which no request may name: it
/// is read as the default graph when the request names no dataset.
fn names_merged(dataset: &ProtocolDataset) -> bool {
    let merged = merge::merged_graph();
    dataset
        .default_graphs
        .iter()
        .chain(&dataset.named_graphs)
        .any(|g| g.as_ref() == merged)
}

/// Whether the query's own dataset (`FROM`, `FROM NAMED`) names the merged default graph.
fn query_names_merged(query: &spargebra::Query) -> bool {
    let dataset = match query {
        spargebra::Query::Select { dataset, .. }
        | spargebra::Query::Construct { dataset, .. }
        | spargebra::Query::Describe { dataset, .. }
        | spargebra::Query::Ask { dataset, .. } => dataset,
    };
    let merged = merge::merged_graph();
    dataset.as_ref().is_some_and(|d| {
        d.default.iter().any(|g| g.as_ref() == merged)
            || d.named.iter().flatten().any(|g| g.as_ref() == merged)
    })
}

/// Refuses a write to the merged default graph ([`merge::MERGED_GRAPH`]): the store keeps
/// it.
///
/// Errors: [`StoreError::Evaluation`] naming the graph.
fn refuse_merged(graph: &GraphName) -> Result<(), StoreError> {
    if merge::is_merged(graph.as_ref()) {
        return Err(merged_refused());
    }
    Ok(())
}

/// The error of a write naming [`merge::MERGED_GRAPH`].
fn merged_refused() -> StoreError {
    StoreError::Evaluation(format!(
        "<{}> is the store's merged default graph (every triple of every graph, kept by \
         noticegraph): an update may not name it, as a graph to write, a graph to copy, add \
         or move, a USING graph or a GRAPH of its WHERE; a query reads it as its default \
         graph, without naming it",
        merge::MERGED_GRAPH
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::Literal;
    use oxigraph::sparql::results::QueryResultsFormat;

    fn ex(local: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("http://example.org/{local}"))
    }

    fn quads(graph: &NamedNode, n: usize) -> Vec<Quad> {
        (0..n)
            .map(|i| {
                Quad::new(
                    ex(&format!("s{i}")),
                    ex("p"),
                    Literal::from(i as i64),
                    graph.clone(),
                )
            })
            .collect()
    }

    /// `query` answered in CSV; a generous timeout (debug build, tests in parallel on a
    /// loaded machine): tests of timeouts give their own.
    /// `update` run on `store` with no `USING` dataset and no base IRI, within `timeout`.
    fn update_within(
        store: &EmbeddedStore,
        update: &str,
        timeout: Duration,
    ) -> Result<(), StoreError> {
        store.update(update, &ProtocolDataset::default(), None, timeout)
    }

    fn csv(store: &EmbeddedStore, query: &str) -> Result<String, StoreError> {
        let response = store.query(query, Duration::from_secs(120), &|_| {
            Some(ResultFormat::Results(QueryResultsFormat::Csv))
        })?;
        Ok(String::from_utf8(response.body).unwrap())
    }

    #[test]
    #[cfg(feature = "rocksdb")]
    fn replace_graph_is_idempotent_and_persists_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let g = ex("graph/a");
        {
            let store = EmbeddedStore::open(dir.path()).unwrap();
            store.replace_graph(&g, &quads(&g, 5)).unwrap();
            let mut first = Vec::new();
            store.dump(RdfFormat::NQuads, &mut first).unwrap();
            store.replace_graph(&g, &quads(&g, 5)).unwrap();
            let mut second = Vec::new();
            store.dump(RdfFormat::NQuads, &mut second).unwrap();
            assert_eq!(first, second);
            assert_eq!(store.graph_len(&g).unwrap(), 5);
            // a smaller replacement drops the old quads
            store.replace_graph(&g, &quads(&g, 3)).unwrap();
            assert_eq!(store.graph_len(&g).unwrap(), 3);
        }
        let reopened = EmbeddedStore::open(dir.path()).unwrap();
        assert_eq!(reopened.graph_len(&g).unwrap(), 3);
        assert_eq!(reopened.len().unwrap(), 3);
    }

    #[test]
    fn replace_graph_leaves_other_graphs_alone() {
        let store = EmbeddedStore::in_memory();
        let (a, b) = (ex("graph/a"), ex("graph/b"));
        store.replace_graph(&a, &quads(&a, 2)).unwrap();
        store.replace_graph(&b, &quads(&b, 4)).unwrap();
        store.replace_graph(&a, &[]).unwrap();
        assert_eq!(store.graph_len(&a).unwrap(), 0);
        assert_eq!(store.graph_len(&b).unwrap(), 4);
        assert_eq!(
            store
                .graphs_with_prefix("http://example.org/graph/")
                .unwrap(),
            vec![b]
        );
        assert!(
            store
                .graphs_with_prefix("http://other/")
                .unwrap()
                .is_empty()
        );
    }

    /// The merged default graph ([`merge`]) is every triple of every other graph, once:
    /// checked against the store's quads themselves.
    fn assert_merge_right(store: &EmbeddedStore, step: &str) {
        let mut expected = std::collections::HashSet::new();
        let mut merged = std::collections::HashSet::new();
        for quad in store.oxigraph().iter() {
            let quad = quad.unwrap();
            if merge::is_merged(quad.graph_name.as_ref()) {
                merged.insert(Triple::from(quad));
            } else {
                expected.insert(Triple::from(quad));
            }
        }
        assert_eq!(merged, expected, "after {step}");
        let n = csv(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").unwrap();
        assert_eq!(n, format!("n\r\n{}\r\n", expected.len()), "after {step}");
    }

    /// Every kind of write keeps the merged default graph right (ingest's replace, the
    /// Graph Store Protocol, SPARQL updates of every operation), and the graph stays out of
    /// sight: not a named graph of any query, not listed, dumped or counted, not writable.
    #[test]
    fn the_merged_default_graph_follows_every_write_and_stays_hidden() {
        let store = EmbeddedStore::in_memory();
        let none = ProtocolDataset::default();
        let later = || Instant::now() + Duration::from_secs(60);
        let (a, b) = (ex("graph/a"), ex("graph/b"));
        let update = |text: &str| {
            store
                .update(text, &none, None, Duration::from_secs(60))
                .unwrap_or_else(|e| panic!("{text}: {e}"))
        };
        // a holds s0..s2, b s0..s3: s0..s2 are stated twice
        store.replace_graph(&a, &quads(&a, 3)).unwrap();
        assert_merge_right(&store, "a new graph (the batch path)");
        store.replace_graph(&b, &quads(&b, 4)).unwrap();
        store.replace_graph(&b, &quads(&b, 4)).unwrap();
        assert_merge_right(&store, "a replaced graph");
        store.replace_graph(&b, &quads(&b, 1)).unwrap();
        assert_merge_right(&store, "a smaller graph (s1, s2 still in a; s3 gone)");
        store.replace_graph(&a, &[]).unwrap();
        assert_merge_right(&store, "an emptied graph");

        update(
            "INSERT DATA { <http://example.org/x> <http://example.org/p> _:b1 . GRAPH <http://example.org/graph/c> { <http://example.org/s0> <http://example.org/p> 0 } }",
        );
        assert_merge_right(
            &store,
            "INSERT DATA (default graph, blank node, a named graph)",
        );
        update(
            "DELETE DATA { GRAPH <http://example.org/graph/b> { <http://example.org/s0> <http://example.org/p> 0 } }",
        );
        assert_merge_right(&store, "DELETE DATA of a triple another graph holds");
        update("DELETE WHERE { GRAPH <http://example.org/graph/c> { ?s ?p ?o } }");
        assert_merge_right(&store, "DELETE WHERE of its last copy");
        update(
            "INSERT { GRAPH <http://example.org/graph/d> { ?s <http://example.org/q> ?o } } \
             WHERE { ?s <http://example.org/p> ?o }",
        );
        assert_merge_right(&store, "INSERT … WHERE into a named graph");
        update(
            "INSERT { GRAPH ?g { ?s <http://example.org/r> 1 } } WHERE { GRAPH ?g { ?s ?p ?o } }",
        );
        assert_merge_right(&store, "a template with a variable graph");
        update(
            "WITH <http://example.org/graph/d> DELETE { ?s <http://example.org/q> ?o } \
             WHERE { ?s <http://example.org/q> ?o }",
        );
        assert_merge_right(&store, "WITH … DELETE … WHERE");
        let graphs = csv(
            &store,
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g",
        )
        .unwrap();
        assert_eq!(
            graphs, "g\r\nhttp://example.org/graph/d\r\n",
            "the merged graph is no named graph (graph b was emptied by DELETE DATA)"
        );
        update("COPY <http://example.org/graph/d> TO <http://example.org/graph/e>");
        update("MOVE <http://example.org/graph/e> TO DEFAULT");
        assert_merge_right(&store, "COPY and MOVE");
        update("CLEAR DEFAULT");
        assert_merge_right(&store, "CLEAR DEFAULT");

        // the Graph Store Protocol
        let t = |s: &str| Triple::new(ex(s), ex("p"), Literal::from("v"));
        store
            .put_graph(&GraphName::NamedNode(a.clone()), &[t("u"), t("w")], later())
            .unwrap();
        store
            .add_to_graph(&GraphName::DefaultGraph, &[t("u")], later())
            .unwrap();
        store
            .put_graph(&GraphName::NamedNode(a.clone()), &[t("w")], later())
            .unwrap();
        assert_merge_right(&store, "GSP PUT, POST to the default graph, PUT again");
        store.delete_graph(&GraphName::DefaultGraph).unwrap();
        store
            .delete_graph(&GraphName::NamedNode(a.clone()))
            .unwrap();
        assert_merge_right(&store, "GSP DELETE");
        update(
            "INSERT DATA { GRAPH <http://example.org/graph/f> { <http://example.org/s9> <http://example.org/p> 9 } }",
        );
        update("DROP NAMED");
        assert_merge_right(&store, "DROP NAMED");

        // out of sight and not writable
        store.replace_graph(&a, &quads(&a, 2)).unwrap();
        let merged = merge::merged_graph_node();
        let hidden = GraphName::NamedNode(merged.clone());
        assert_eq!(
            store.len().unwrap(),
            2,
            "a's 2 quads, not their merged copies"
        );
        assert!(
            store
                .graphs_with_prefix("")
                .unwrap()
                .iter()
                .all(|g| *g != merged)
        );
        assert_eq!(store.graph_triples(&hidden).unwrap(), None);
        let mut dump = Vec::new();
        store.dump(RdfFormat::NQuads, &mut dump).unwrap();
        assert!(
            !String::from_utf8(dump)
                .unwrap()
                .contains(merge::MERGED_GRAPH)
        );
        let ask = format!("ASK {{ GRAPH <{}> {{ ?s ?p ?o }} }}", merge::MERGED_GRAPH);
        assert_eq!(csv(&store, &ask).unwrap(), "false");
        for refused in [
            store.put_graph(&hidden, &[t("u")], later()).err(),
            store.delete_graph(&hidden).err(),
            store.replace_graph(&merged, &quads(&merged, 1)).err(),
            store
                .update(
                    "PREFIX m: <urn:x-noticegraph:> \
                     INSERT DATA { GRAPH m:merged-default-graph { <a:s> <a:p> <a:o> } }",
                    &none,
                    None,
                    Duration::from_secs(60),
                )
                .err(),
            store
                .update(
                    &format!("DROP GRAPH <{}>", merge::MERGED_GRAPH),
                    &none,
                    None,
                    Duration::from_secs(60),
                )
                .err(),
        ] {
            let error = refused
                .expect("a write to the merged graph is refused")
                .to_string();
            assert!(error.contains("merged default graph"), "{error}");
        }
        assert_merge_right(&store, "the refused writes");
        let from = format!(
            "SELECT * FROM <{}> WHERE {{ ?s ?p ?o }}",
            merge::MERGED_GRAPH
        );
        let error = csv(&store, &from).unwrap_err().to_string();
        assert!(error.contains("merged default graph"), "{error}");
        let using = ProtocolDataset {
            default_graphs: vec![merged.clone()],
            named_graphs: Vec::new(),
        };
        let error = store
            .update(
                "DELETE WHERE { ?s ?p ?o }",
                &using,
                None,
                Duration::from_secs(60),
            )
            .unwrap_err()
            .to_string();
        assert!(error.contains("merged default graph"), "{error}");
    }

    /// A template whose graph is a variable but whose triple pattern fixes a term reaches
    /// only the triples matching that pattern (no check of the whole merged graph, whose
    /// time grows with the store), and the merge stays right, also when the variable names
    /// the merged graph itself; a pattern that fixes no term still checks everything.
    #[test]
    fn variable_graph_templates_reach_their_pattern_only() {
        let reach =
            |update: &str| UpdateReach::of(&SparqlParser::new().parse_update(update).unwrap());
        let tag = "INSERT { GRAPH ?g { ?s <http://example.org/tag> 1 } } \
                   WHERE { GRAPH ?g { ?s ?p ?o } }";
        assert!(
            matches!(reach(tag), UpdateReach::Some { ref patterns, .. } if patterns.len() == 1)
        );
        let all = "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }";
        assert!(matches!(reach(all), UpdateReach::All));

        let store = EmbeddedStore::in_memory();
        let none = ProtocolDataset::default();
        let update = |text: &str| {
            store
                .update(text, &none, None, Duration::from_secs(60))
                .unwrap_or_else(|e| panic!("{text}: {e}"))
        };
        let (a, b) = (ex("graph/a"), ex("graph/b"));
        store.replace_graph(&a, &quads(&a, 3)).unwrap();
        store.replace_graph(&b, &quads(&b, 2)).unwrap();
        update(tag);
        assert_merge_right(&store, "a tag in every graph");
        update(
            "DELETE { GRAPH ?g { ?s <http://example.org/tag> 1 } } \
             WHERE { GRAPH ?g { ?s <http://example.org/tag> 1 } FILTER(?g = <http://example.org/graph/b>) }",
        );
        assert_merge_right(&store, "the tag out of one of two graphs");
        update(
            "DELETE { GRAPH ?g { ?s <http://example.org/tag> ?o } } \
             WHERE { GRAPH ?g { ?s <http://example.org/tag> ?o } }",
        );
        assert_merge_right(&store, "the tag out of every graph");
        let merged = format!("<{}>", merge::MERGED_GRAPH);
        update(&format!(
            "INSERT {{ GRAPH ?g {{ <http://example.org/evil> <http://example.org/tag> 2 }} }} \
             WHERE {{ BIND({merged} AS ?g) }}"
        ));
        assert_merge_right(&store, "a write into the merged graph by a variable");
        update(&format!(
            "DELETE {{ GRAPH ?g {{ ?s <http://example.org/p> ?o }} }} \
             WHERE {{ GRAPH <http://example.org/graph/a> {{ ?s <http://example.org/p> ?o }} BIND({merged} AS ?g) }}"
        ));
        assert_merge_right(&store, "a delete from the merged graph by a variable");
        update(
            "DELETE { GRAPH ?g { <http://example.org/s0> ?p ?o } } \
             INSERT { GRAPH ?g { <http://example.org/s9> ?p ?o } } \
             WHERE { GRAPH ?g { <http://example.org/s0> ?p ?o } }",
        );
        assert_merge_right(&store, "a subject renamed in every graph");
    }

    /// A store written before the merged default graph existed (or by another tool) gets
    /// it when opened, and its union answers at once.
    #[test]
    #[cfg(feature = "rocksdb")]
    fn opening_a_store_without_the_merged_graph_builds_it() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (ex("graph/a"), ex("graph/b"));
        {
            let raw = oxigraph::store::Store::open(dir.path()).unwrap();
            raw.extend(quads(&a, 2).into_iter().chain(quads(&b, 3)))
                .unwrap();
        }
        let store = EmbeddedStore::open(dir.path()).unwrap();
        assert_merge_right(&store, "opening");
        assert_eq!(store.len().unwrap(), 5);
    }

    /// The default graph is the union of the named graphs as a set (an RDF merge): the two
    /// triples graphs a and b share count once, with or without `DISTINCT`, and so do two
    /// `FROM` graphs; `GRAPH ?g` sees each graph's copy. (spareval 0.2.9 counted the shared
    /// triples twice: vendor/README.md.)
    #[test]
    fn default_graph_is_the_union_of_named_graphs() {
        let store = EmbeddedStore::in_memory();
        let (a, b) = (ex("graph/a"), ex("graph/b"));
        store.replace_graph(&a, &quads(&a, 2)).unwrap();
        store.replace_graph(&b, &quads(&b, 3)).unwrap();
        let rows = store
            .select("SELECT ?s WHERE { ?s <http://example.org/p> ?o }")
            .unwrap();
        assert_eq!(rows.len(), 3, "{rows:?}");
        let count = |query: &str| csv(&store, query).unwrap();
        assert_eq!(
            count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
            "n\r\n3\r\n"
        );
        assert_eq!(
            count("SELECT (SUM(?o) AS ?n) WHERE { ?s ?p ?o }"),
            "n\r\n3\r\n",
            "0 + 1 + 2, each value once"
        );
        assert_eq!(
            count(
                "SELECT (COUNT(*) AS ?n) FROM <http://example.org/graph/a> \
                 FROM <http://example.org/graph/b> WHERE { ?s ?p ?o }"
            ),
            "n\r\n3\r\n"
        );
        assert_eq!(
            count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
            "n\r\n5\r\n"
        );
        // FROM still restricts the default graph to what the query names
        assert_eq!(
            count("SELECT (COUNT(*) AS ?n) FROM <http://example.org/graph/a> WHERE { ?s ?p ?o }"),
            "n\r\n2\r\n"
        );
    }

    #[test]
    fn construct_ask_and_formats() {
        let store = EmbeddedStore::in_memory();
        let a = ex("graph/a");
        store.replace_graph(&a, &quads(&a, 2)).unwrap();
        let triples = store
            .construct("CONSTRUCT { ?s a <http://example.org/T> } WHERE { ?s ?p ?o }")
            .unwrap();
        assert_eq!(triples.len(), 2);
        let ask = store
            .query("ASK { ?s ?p 1 }", Duration::from_secs(5), &|form| {
                assert_eq!(form, QueryForm::Ask);
                Some(ResultFormat::Results(QueryResultsFormat::Json))
            })
            .unwrap();
        assert_eq!(
            String::from_utf8(ask.body).unwrap(),
            r#"{"head":{},"boolean":true}"#
        );
        let graph = store
            .query(
                "CONSTRUCT WHERE { ?s ?p 0 }",
                Duration::from_secs(5),
                &|_| Some(ResultFormat::Graph(RdfFormat::NTriples)),
            )
            .unwrap();
        assert_eq!(
            String::from_utf8(graph.body).unwrap(),
            "<http://example.org/s0> <http://example.org/p> \"0\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
        );
        let refused = store.query(
            "SELECT * WHERE { ?s ?p ?o }",
            Duration::from_secs(5),
            &|_| None,
        );
        assert!(matches!(
            refused,
            Err(StoreError::NotAcceptable(QueryForm::Select))
        ));
        let mismatched = store.query("ASK {}", Duration::from_secs(5), &|_| {
            Some(ResultFormat::Graph(RdfFormat::Turtle))
        });
        assert!(matches!(
            mismatched,
            Err(StoreError::NotAcceptable(QueryForm::Ask))
        ));
    }

    #[test]
    fn bad_query_is_a_syntax_error_with_the_parser_message() {
        let store = EmbeddedStore::in_memory();
        match csv(&store, "SELECT ?s WHERE { ?s ?p }") {
            Err(StoreError::Syntax(message)) => assert!(!message.is_empty()),
            other => panic!("expected a syntax error, got {other:?}"),
        }
        assert!(matches!(store.select("SELEKT"), Err(StoreError::Syntax(_))));
    }

    #[test]
    fn service_calls_are_refused() {
        let store = EmbeddedStore::in_memory();
        let result = csv(
            &store,
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        );
        assert!(
            matches!(&result, Err(StoreError::ServiceRefused(m)) if m.contains("federation is off")),
            "{result:?}"
        );
    }

    /// A store of 100 triples (10,000 rows in a cross product of two patterns) that may
    /// hold `rows` solutions at once.
    fn hundred_triples(rows: u64) -> EmbeddedStore {
        let store = EmbeddedStore::in_memory().with_row_limit(rows);
        let g = ex("graph/rows");
        store.replace_graph(&g, &quads(&g, 100)).unwrap();
        store
    }

    /// Operators that hold solutions (ORDER BY, GROUP BY, DISTINCT, join and MINUS build
    /// sides) stop the query once it holds more than its row limit, with an error naming
    /// the limit and the flag; the same queries pass under a larger limit.
    #[test]
    fn queries_holding_too_many_rows_are_stopped() {
        let small = hundred_triples(2_000);
        let large = hundred_triples(20_000);
        for query in [
            "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
            "SELECT ?a ?d (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f } GROUP BY ?a ?d",
            "SELECT DISTINCT ?a ?d { ?a ?b ?c . ?d ?e ?f }",
            "SELECT * { ?a ?b ?c . ?d ?e ?f MINUS { ?a ?b ?c . ?x ?y ?z } }",
            "SELECT * { ?a ?b ?c OPTIONAL { ?d ?e ?f . ?g ?h ?i FILTER(?c = ?i) } } LIMIT 1",
            "SELECT (GROUP_CONCAT(STR(?c)) AS ?x) { ?a ?b ?c . ?d ?e ?f }",
            "SELECT (COUNT(DISTINCT *) AS ?n) { ?a ?b ?c . ?d ?e ?f }",
            "SELECT (SUM(DISTINCT ?c * 1000 + ?f) AS ?n) { ?a ?b ?c . ?d ?e ?f }",
        ] {
            match csv(&small, query) {
                Err(e @ StoreError::TooManyRows(2_000)) => {
                    let m = e.to_string();
                    assert!(m.contains("2000") && m.contains("--max-query-rows"), "{m}");
                }
                other => panic!("{query}: {other:?}"),
            }
            if !query.contains("?g ?h ?i") {
                assert!(csv(&large, query).is_ok(), "{query}");
            }
        }
        // rows are given back when an operator's buffer goes: the store stays usable
        assert!(csv(&small, "SELECT * { ?a ?b ?c } ORDER BY ?c").is_ok());
        // accumulators that keep nothing per value are not charged
        let counted = "SELECT (COUNT(*) AS ?n) (SAMPLE(?c) AS ?s) { ?a ?b ?c . ?d ?e ?f }";
        assert!(csv(&small, counted).is_ok());
    }

    /// CONSTRUCT's set of the triples it already returned counts as held rows.
    #[test]
    fn construct_duplicate_set_counts_against_the_row_limit() {
        let turtle = |store: &EmbeddedStore| {
            store.query(
                "CONSTRUCT { ?a ?b ?f } { ?a ?b ?c . ?d ?e ?f }",
                Duration::from_secs(10),
                &|_| Some(ResultFormat::Graph(RdfFormat::NTriples)),
            )
        };
        let result = turtle(&hundred_triples(2_000));
        assert!(
            matches!(result, Err(StoreError::TooManyRows(2_000))),
            "{result:?}"
        );
        assert!(turtle(&hundred_triples(20_000)).is_ok());
    }

    /// An answer whose serialization passes the answer limit stops with a message naming
    /// the limit and the flag; a smaller one is answered.
    #[test]
    fn answers_past_the_byte_limit_are_stopped() {
        let store = hundred_triples(u64::MAX).with_answer_limit(10_000);
        match csv(&store, "SELECT * { ?a ?b ?c . ?d ?e ?f }") {
            Err(e @ StoreError::AnswerTooLarge(10_000)) => {
                let m = e.to_string();
                assert!(
                    m.contains("10000") && m.contains("--max-answer-bytes"),
                    "{m}"
                );
                assert!(m.contains("LIMIT") && m.contains("OFFSET"), "{m}");
            }
            other => panic!("{other:?}"),
        }
        assert!(csv(&store, "SELECT * { ?a ?b ?c } LIMIT 10").is_ok());
    }

    /// ORDER BY under a LIMIT keeps only about twice the LIMIT (a top-k buffer), so the
    /// common "top k" query runs under a row limit the full sort would pass, and it returns
    /// exactly the first rows of the full sort (ties in input order), OFFSET included.
    #[test]
    fn order_by_with_limit_keeps_the_top_rows_only() {
        let limited = hundred_triples(2_000);
        let unlimited = hundred_triples(u64::MAX);
        let full = csv(
            &unlimited,
            "SELECT ?c ?f { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(?c) ?f",
        )
        .unwrap();
        let full: Vec<&str> = full.lines().collect();
        for (query, skip, take) in [
            (
                "SELECT ?c ?f { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(?c) ?f LIMIT 1",
                0,
                1,
            ),
            (
                "SELECT ?c ?f { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(?c) ?f LIMIT 7 OFFSET 150",
                150,
                7,
            ),
            (
                "SELECT ?c { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c LIMIT 3",
                0,
                3,
            ),
        ] {
            let got = csv(&limited, query).unwrap_or_else(|e| panic!("{query}: {e}"));
            let got: Vec<&str> = got.lines().collect();
            if query.contains("SELECT ?c {") {
                assert_eq!(got, ["c", "0", "0", "0"], "{query}");
                continue;
            }
            let want: Vec<&str> = full[..1]
                .iter()
                .chain(full[1 + skip..1 + skip + take].iter())
                .copied()
                .collect();
            assert_eq!(got, want, "{query}");
        }
    }

    /// ORDER BY over terms of mixed kinds (IRIs, numbers, strings, language strings), whose
    /// comparison is no total order, sorts without a panic, with and without a LIMIT.
    /// A string doubled by `BIND(CONCAT(?x, ?x))` stops growing at the vendored spareval's
    /// `MAX_STRING_BYTES` (4 MiB): past it the value is unbound, and memory stays bounded;
    /// GROUP_CONCAT and REPLACE are bounded the same way.
    #[test]
    fn strings_built_by_functions_are_bounded() {
        let store = hundred_triples(u64::MAX);
        let mut query = format!(
            "SELECT ?n ?b ?g ?r {{ BIND(\"{}\" AS ?x0)",
            "a".repeat(1000)
        );
        for i in 0..13 {
            query += &format!(" BIND(CONCAT(?x{i}, ?x{i}) AS ?x{})", i + 1);
        }
        query += " BIND(STRLEN(?x12) AS ?n) BIND(BOUND(?x13) AS ?b)";
        query += " BIND(REPLACE(?x12, \"\", \"bb\") AS ?r0) BIND(BOUND(?r0) AS ?r)";
        query += " BIND(false AS ?g) }";
        let answer = csv(&store, &query).unwrap();
        assert_eq!(
            answer.lines().nth(1),
            Some("4096000,false,false,false"),
            "{answer}"
        );
        // GROUP_CONCAT of 1,024,000-byte values: 4 fit, 5 do not
        for (rows, bound) in [(4, "true"), (5, "false")] {
            let values: Vec<String> = (0..rows).map(|i| i.to_string()).collect();
            let mut inner = format!(
                "VALUES ?i {{ {} }} BIND(\"{}\" AS ?y0)",
                values.join(" "),
                "a".repeat(1000)
            );
            for i in 0..10 {
                inner += &format!(" BIND(CONCAT(?y{i}, ?y{i}) AS ?y{})", i + 1);
            }
            let query = format!(
                "SELECT (BOUND(?c) AS ?g) {{ {{ SELECT (GROUP_CONCAT(?y10; separator=\"\") AS ?c) \
                 {{ {inner} }} }} }}"
            );
            let answer = csv(&store, &query).unwrap();
            assert_eq!(answer.lines().nth(1), Some(bound), "{rows} rows: {answer}");
        }
    }

    #[test]
    fn order_by_over_mixed_terms_does_not_panic() {
        let store = hundred_triples(u64::MAX);
        let g = ex("graph/mixed");
        let mixed: Vec<Quad> = (0..300)
            .map(|i| {
                let o: oxigraph::model::Term = match i % 4 {
                    0 => ex(&format!("o{i}")).into(),
                    1 => Literal::from(f64::from(i) / 7.0).into(),
                    2 => Literal::new_simple_literal(format!("v{i}")).into(),
                    _ => {
                        Literal::new_language_tagged_literal_unchecked(format!("w{i}"), "ko").into()
                    }
                };
                Quad::new(ex(&format!("m{i}")), ex("q"), o, g.clone())
            })
            .collect();
        store.replace_graph(&g, &mixed).unwrap();
        for query in [
            "SELECT ?o { ?s ?p ?o } ORDER BY ?o",
            "SELECT ?o { ?s ?p ?o } ORDER BY DESC(?o) LIMIT 5",
            "SELECT ?c ?o { ?a ?b ?c . ?s ?p ?o } ORDER BY ?o ?c LIMIT 3",
        ] {
            assert!(csv(&store, query).is_ok(), "{query}");
        }
    }

    /// A refused `SERVICE` inside EXISTS / NOT EXISTS (FILTER, BIND) is refused before
    /// evaluation, as at top level, never read as a match or a non-match.
    #[test]
    fn service_inside_exists_is_refused() {
        let store = hundred_triples(u64::MAX);
        for query in [
            "ASK { FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
            "SELECT * { BIND(EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } AS ?x) }",
            "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { OPTIONAL { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } })",
            "SELECT * { ?s ?p ?o MINUS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
        ] {
            let result = csv(&store, query);
            assert!(
                matches!(&result, Err(StoreError::ServiceRefused(m)) if m.contains("federation is off")),
                "{query}: {result:?}"
            );
        }
    }

    /// An error raised inside EXISTS while evaluating (here a `SERVICE ?var` the policy
    /// refuses once bound) fails the query with that error: not true, not false.
    #[test]
    fn errors_inside_exists_fail_the_query() {
        let store = hundred_triples(u64::MAX);
        for query in [
            "ASK { VALUES ?svc { <http://127.0.0.1:9/sparql> } FILTER EXISTS { SERVICE ?svc { ?s ?p ?o } } }",
            "SELECT * { VALUES ?svc { <http://127.0.0.1:9/sparql> } ?s ?p ?o FILTER NOT EXISTS { SERVICE ?svc { ?s ?p ?o } } }",
        ] {
            let result = csv(&store, query);
            assert!(
                matches!(&result, Err(StoreError::ServiceRefused(_))),
                "{query}: {result:?}"
            );
        }
    }

    /// With an allow-list, a `SERVICE` IRI that only reaches an allowed endpoint by its dot
    /// segments is refused before anything is sent.
    #[test]
    fn service_iris_are_normalized_before_the_allow_list() {
        let policy = ServicePolicy::allow(
            &["http://127.0.0.1:9/sparql".to_string()],
            Duration::from_secs(1),
        )
        .unwrap();
        let store = EmbeddedStore::in_memory().with_service_policy(policy);
        for iri in [
            "http://127.0.0.1:9/sparql/../admin",
            "http://127.0.0.1:9/sparqlfoo?x=1",
        ] {
            let result = csv(
                &store,
                &format!("SELECT * {{ SERVICE <{iri}> {{ ?s ?p ?o }} }}"),
            );
            assert!(
                matches!(&result, Err(StoreError::ServiceRefused(m)) if m.contains("http://127.0.0.1:9/sparql")),
                "{iri}: {result:?}"
            );
        }
    }

    /// A `SERVICE` in an update's `WHERE` goes through the same policy as a query's.
    #[test]
    fn service_calls_in_updates_are_refused() {
        let store = EmbeddedStore::in_memory();
        let result = update_within(
            &store,
            "INSERT { <http://e.test/s> <http://e.test/p> ?o } WHERE { SERVICE <http://evil.test/sparql> { ?s ?p ?o } }",
            Duration::from_secs(5),
        );
        assert!(
            matches!(&result, Err(StoreError::ServiceRefused(_))),
            "{result:?}"
        );
    }

    /// `SERVICE SILENT` turns a refusal into an empty join (SPARQL 1.1 Federated Query §4).
    #[test]
    fn silent_service_refusal_is_an_empty_join() {
        let store = EmbeddedStore::in_memory();
        let csv = csv(
            &store,
            "SELECT * WHERE { SERVICE SILENT <http://evil.test/sparql> { ?s ?p ?o } }",
        )
        .unwrap();
        assert_eq!(csv.lines().count(), 2, "{csv}");
    }

    #[test]
    fn heavy_query_times_out() {
        let store = EmbeddedStore::in_memory();
        let g = ex("graph/big");
        store.replace_graph(&g, &quads(&g, 3000)).unwrap();
        let timeout = Duration::from_millis(1);
        let started = std::time::Instant::now();
        let result = store.query(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }",
            timeout,
            &|_| Some(ResultFormat::Results(QueryResultsFormat::Csv)),
        );
        match result {
            Err(StoreError::Timeout(t)) => assert_eq!(t, timeout),
            other => panic!("expected a timeout, got {other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(20));
    }

    /// Regression: a cross join without aggregate streams rows as fast as it makes them, so
    /// Oxigraph's own cancellation checks never fired and the query wrote results until its
    /// end (found driving `/sparql` with a 1 ms timeout).
    #[test]
    fn streaming_cross_join_times_out() {
        let store = EmbeddedStore::in_memory();
        let g = ex("graph/big");
        store.replace_graph(&g, &quads(&g, 1000)).unwrap();
        let timeout = Duration::from_millis(50);
        let result = store.query(
            "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }",
            timeout,
            &|_| Some(ResultFormat::Results(QueryResultsFormat::Json)),
        );
        assert!(
            matches!(result, Err(StoreError::Timeout(t)) if t == timeout),
            "{:?}",
            result.map(|r| r.body.len())
        );
    }

    /// Regression: 4,000 nested parentheses in an 8 KB GET overflowed the stack of the
    /// thread that parsed the query and aborted the server (found by a newcomer's review).
    #[test]
    fn deeply_nested_query_is_refused_not_a_crash() {
        let store = EmbeddedStore::in_memory();
        let deep = format!(
            "ASK {{ FILTER({}1{}) }}",
            "(".repeat(4000),
            ")".repeat(4000)
        );
        let result = store.select(&deep);
        assert!(
            matches!(&result, Err(StoreError::Syntax(m)) if m.contains("nested")),
            "{result:?}"
        );
        // brackets in strings, IRIs and comments do not count; normal nesting passes
        let fine = format!(
            "SELECT * WHERE {{ BIND(\"{}\" AS ?s) # {}\n FILTER(((1 < 2))) }}",
            "(".repeat(1000),
            "{".repeat(1000)
        );
        assert!(store.select(&fine).is_ok(), "{:?}", store.select(&fine));
    }

    /// The query shapes that overflowed a 2 MB stack and aborted the server (review4a):
    /// long chains the parser builds without brackets, and brackets behind a `<` that
    /// the old check took for an IRI. Each is refused naming the limit, or answered.
    fn crash_shapes() -> Vec<(&'static str, String)> {
        let chain = |item: &str, sep: &str, n: usize| vec![item; n].join(sep);
        vec![
            (
                "unions",
                format!("ASK {{ {} }}", chain("{}", " UNION ", 700)),
            ),
            (
                "or",
                format!("ASK {{ FILTER({}) }}", chain("true", "||", 3000)),
            ),
            (
                "sequence path",
                format!("ASK {{ ?s {} ?o }}", chain("<p:>", "/", 3000)),
            ),
            (
                "alternative path",
                format!("ASK {{ ?s {} ?o }}", chain("<p:>", "|", 3000)),
            ),
            (
                "add",
                format!("ASK {{ BIND({} AS ?x) }}", chain("1", "+", 3000)),
            ),
            (
                "filters",
                format!("ASK {{ {} }}", chain("FILTER(true)", " ", 3000)),
            ),
            (
                "minus",
                format!("ASK {{ {} }}", chain("MINUS {}", " ", 3000)),
            ),
            (
                "optional",
                format!("ASK {{ {} }}", chain("OPTIONAL {}", " ", 3000)),
            ),
            (
                "less than",
                format!(
                    "ASK {{ FILTER(1 < {}1{}) }}",
                    "(".repeat(4000),
                    ")".repeat(4000)
                ),
            ),
            (
                "less than, no spaces",
                format!(
                    "ASK {{ FILTER(1<{}1{}>0) }}",
                    "(".repeat(4000),
                    ")".repeat(4000)
                ),
            ),
            (
                "comment trick",
                format!(
                    "ASK {{ FILTER(1<(#>'''\n{}1{})) }}",
                    "(".repeat(4000),
                    ")".repeat(4000)
                ),
            ),
            (
                "big bgp",
                format!("ASK {{ {} }}", chain("?s <p:> ?o", " . ", 3000)),
            ),
        ]
    }

    /// `n` chained `BIND`s in one group, `BIND(0 AS ?v0) BIND(?v0 AS ?v1) …`.
    fn chained_binds(n: usize) -> String {
        let mut query = String::from("SELECT * WHERE { BIND(0 AS ?v0)");
        for i in 1..n {
            query.push_str(&format!(" BIND(?v{} AS ?v{i})", i - 1));
        }
        query.push_str(" }");
        query
    }

    /// 60,000 chained `BIND`s kept a SPARQL thread busy about 25 s in the parser's
    /// quadratic scope check after the client had its 503 (review of the SPARQL threads):
    /// past [`MAX_QUERY_BINDS`] the text is refused before the parser runs, for queries and
    /// updates, in any case and spacing; `bind`s in strings and comments do not count.
    #[test]
    fn many_binds_are_refused_before_parsing() {
        let store = EmbeddedStore::in_memory();
        for query in [
            chained_binds(60_000),
            chained_binds(MAX_QUERY_BINDS + 1),
            chained_binds(MAX_QUERY_BINDS + 1).replace("BIND", "bInD"),
            chained_binds(MAX_QUERY_BINDS + 1).replace(" BIND", "\"\"BIND"),
        ] {
            match csv(&store, &query) {
                Err(StoreError::Syntax(m)) => assert!(
                    m.contains(&MAX_QUERY_BINDS.to_string()) && m.contains("BIND"),
                    "{m}"
                ),
                other => panic!("{other:?}"),
            }
            let update = format!("INSERT {{ <s:> <p:> ?v0 }} WHERE {}", &query[15..]);
            let result = update_within(&store, &update, Duration::from_secs(5));
            assert!(
                matches!(&result, Err(StoreError::Syntax(m)) if m.contains("BIND")),
                "{result:?}"
            );
        }
        // at the bound the count lets the query through (the depth check then refuses it,
        // naming its own limit)
        match csv(&store, &chained_binds(MAX_QUERY_BINDS)) {
            Err(StoreError::Syntax(m)) => assert!(!m.contains("BIND"), "{m}"),
            other => panic!("{other:?}"),
        }
        // in a string, a long string or a comment, `bind` does not count
        let words = "bind ".repeat(MAX_QUERY_BINDS + 1);
        for query in [
            format!("ASK {{ FILTER(STR(1) != \"{words}\") }}"),
            format!("ASK {{ FILTER(STR(1) != '''{words}''') }}"),
            format!("ASK {{ # {words}\n }}"),
        ] {
            assert!(csv(&store, &query).is_ok(), "{}", &query[..40]);
        }
    }

    #[test]
    fn deep_queries_are_refused_naming_the_limit() {
        let store = EmbeddedStore::in_memory();
        for (name, query) in crash_shapes() {
            match csv(&store, &query) {
                Err(StoreError::Syntax(m)) => assert!(
                    m.contains(&MAX_QUERY_DEPTH.to_string()) && m.contains("nested"),
                    "{name}: {m}"
                ),
                other => panic!("{name}: {other:?}"),
            }
            let update = format!("INSERT {{ <s:> <p:> <o:> }} WHERE {{ {} }}", &query[4..]);
            let result = update_within(&store, &update, Duration::from_secs(5));
            assert!(
                matches!(result, Err(StoreError::Syntax(_))),
                "{name}: {result:?}"
            );
        }
        // within the limits: answered
        let fine = format!("ASK {{ FILTER({}) }}", vec!["true"; 100].join("||"));
        assert!(csv(&store, &fine).unwrap().contains("true"));
    }

    /// A query past its timeout stops evaluating (the count of running queries returns to
    /// 0 soon after the timeout), for an aggregate over a cross product and for ORDER BY,
    /// which drain their input before returning a row.
    #[test]
    fn cancelled_queries_stop_running() {
        let store = EmbeddedStore::in_memory();
        let g = ex("graph/big");
        store.replace_graph(&g, &quads(&g, 400)).unwrap();
        for query in [
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
        ] {
            let started = Instant::now();
            let result = store.query(query, Duration::from_millis(300), &|_| {
                Some(ResultFormat::Results(QueryResultsFormat::Csv))
            });
            assert!(
                matches!(result, Err(StoreError::Timeout(_))),
                "{query}: {:?}",
                result.map(|r| r.body.len())
            );
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{query}: {:?}",
                started.elapsed()
            );
            assert_eq!(store.running_queries(), 0);
        }
    }

    /// Every committed write changes the generation; reads, failed and timed-out writes
    /// do not.
    #[test]
    fn every_committed_write_bumps_the_generation() {
        let store = EmbeddedStore::in_memory();
        let g = ex("graph/gen");
        let later = Instant::now() + Duration::from_secs(60);
        let triple = Triple::new(ex("s"), ex("p"), ex("o"));
        let mut last = store.generation();
        let mut bumped = |store: &EmbeddedStore, step: &str| {
            let now = store.generation();
            assert!(now > last, "{step} did not bump the generation");
            last = now;
        };
        store.replace_graph(&g, &quads(&g, 3)).unwrap();
        bumped(&store, "replace_graph (new graph)");
        store.replace_graph(&g, &quads(&g, 2)).unwrap();
        bumped(&store, "replace_graph (existing graph)");
        let named = GraphName::from(ex("graph/gsp"));
        store
            .put_graph(&named, std::slice::from_ref(&triple), later)
            .unwrap();
        bumped(&store, "put_graph");
        store
            .add_to_graph(&named, std::slice::from_ref(&triple), later)
            .unwrap();
        bumped(&store, "add_to_graph");
        store.delete_graph(&named).unwrap();
        bumped(&store, "delete_graph");
        let none = ProtocolDataset::default();
        store
            .update(
                "INSERT DATA { <http://e/s> <http://e/p> 1 }",
                &none,
                None,
                Duration::from_secs(10),
            )
            .unwrap();
        bumped(&store, "update");

        let before = store.generation();
        store.select("SELECT * WHERE { ?s ?p ?o }").unwrap();
        assert!(
            store
                .update("INSERT DATA {", &none, None, Duration::from_secs(10))
                .is_err()
        );
        let past = Instant::now();
        assert!(matches!(
            store.put_graph(&named, std::slice::from_ref(&triple), past),
            Err(StoreError::Timeout(_))
        ));
        assert_eq!(store.generation(), before);
        assert!(
            store.graph_triples(&named).unwrap().is_none(),
            "a timed-out write wrote"
        );
    }

    /// A SELECT with a timeout is cancelled past it.
    #[test]
    fn select_within_times_out() {
        let store = EmbeddedStore::in_memory();
        let g = ex("graph/big");
        store.replace_graph(&g, &quads(&g, 200)).unwrap();
        let heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        let timeout = Duration::from_millis(20);
        assert!(matches!(
            store.select_within(heavy, timeout),
            Err(StoreError::Timeout(t)) if t == timeout
        ));
        assert_eq!(
            store
                .select_within("SELECT * WHERE {}", Duration::from_secs(10))
                .unwrap()
                .len(),
            1
        );
    }

    /// An update past its timeout is cancelled and applies nothing.
    #[test]
    fn heavy_update_times_out_and_applies_nothing() {
        let store = EmbeddedStore::in_memory();
        let g = ex("graph/big");
        store.replace_graph(&g, &quads(&g, 400)).unwrap();
        let before = store.len().unwrap();
        let result = store.update(
            "INSERT { GRAPH <http://e.test/g> { ?a ?b ?c } } \
             WHERE { GRAPH ?x { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }",
            &ProtocolDataset::default(),
            None,
            Duration::from_millis(300),
        );
        assert!(matches!(result, Err(StoreError::Timeout(_))), "{result:?}");
        assert_eq!(store.len().unwrap(), before);
        assert_eq!(store.running_queries(), 0);
    }

    /// Queries just within the limits are evaluated without overflowing a SPARQL thread's
    /// stack, and the largest body the service accepts (2 MiB) of a chain is parsed,
    /// measured, refused and dropped without overflowing either.
    #[test]
    fn queries_at_the_limits_are_answered_and_huge_chains_refused() {
        let store = EmbeddedStore::in_memory();
        let g = ex("graph/a");
        store.replace_graph(&g, &quads(&g, 3)).unwrap();
        let chain = |item: &str, sep: &str, n: usize| vec![item; n].join(sep);
        let n = MAX_QUERY_DEPTH - 8;
        for query in [
            format!("ASK {{ {} }}", chain("{ FILTER(true) }", " UNION ", n)),
            format!("ASK {{ FILTER({}) }}", chain("false", "||", n)),
            format!("ASK {{ BIND({} AS ?x) }}", chain("1", "+", n)),
            format!(
                "ASK {{ ?s {} ?o }}",
                chain("<http://example.org/p>", "/", DEFAULT_MAX_TRIPLE_PATTERNS)
            ),
            format!(
                "ASK {{ {} }}",
                chain("?s ?p ?o", " . ", DEFAULT_MAX_TRIPLE_PATTERNS)
            ),
            format!(
                "ASK {{ ?s {} ?o }}",
                chain("<http://example.org/p>", "|", n)
            ),
            format!(
                "ASK {{ FILTER({}1{} < 2) }}",
                "(".repeat(MAX_QUERY_NESTING - 4),
                ")".repeat(MAX_QUERY_NESTING - 4)
            ),
            format!(
                "SELECT * WHERE {{ {}?s ?p ?o{} }}",
                "{".repeat(MAX_QUERY_NESTING - 4),
                "}".repeat(MAX_QUERY_NESTING - 4)
            ),
        ] {
            // a generous timeout: debug builds, tests running in parallel on two cores
            let answer = store.query(&query, Duration::from_secs(120), &|_| {
                Some(ResultFormat::Results(QueryResultsFormat::Csv))
            });
            assert!(answer.is_ok(), "{}: {:?}", &query[..80], answer.err());
        }
        // one triple pattern too many, in two groups
        let large = format!(
            "ASK {{ {{ {} }} {{ ?s ?p ?o }} }}",
            chain("?s ?p ?o", " . ", DEFAULT_MAX_TRIPLE_PATTERNS)
        );
        let refused = csv(&store, &large);
        assert!(
            matches!(&refused, Err(StoreError::Syntax(m))
                if m.contains("at most 64") && m.contains("--max-triple-patterns")),
            "{refused:?}"
        );
        // parsing 2 MB of chain takes seconds in a debug build: the generous timeout again,
        // so a loaded machine cannot turn the refusal into a timeout
        let refuse = |query: &str| {
            store.query(query, Duration::from_secs(120), &|_| {
                Some(ResultFormat::Results(QueryResultsFormat::Csv))
            })
        };
        let huge = format!("ASK {{ BIND({} AS ?x) }}", chain("1", "+", 1 << 20));
        assert!(matches!(refuse(&huge), Err(StoreError::Syntax(_))));
        let huge = format!("ASK {{ FILTER({}) }}", chain("true", "||", 1 << 18));
        assert!(matches!(refuse(&huge), Err(StoreError::Syntax(_))));
    }

    /// `with_max_triple_patterns` sets the limit of queries and updates alike, and the
    /// refusal names it and its flag.
    #[test]
    fn the_triple_pattern_limit_is_configurable() {
        let store = EmbeddedStore::in_memory().with_max_triple_patterns(3);
        let g = ex("graph/a");
        store.replace_graph(&g, &quads(&g, 3)).unwrap();
        assert!(csv(&store, "ASK { ?s ?p ?o . ?o ?q ?r . ?r ?t ?u }").is_ok());
        let refused = csv(&store, "ASK { ?s ?p ?o . ?o ?q ?r . ?r ?t ?u . ?u ?v ?w }");
        assert!(
            matches!(&refused, Err(StoreError::Syntax(m))
                if m.contains("4 triple patterns") && m.contains("at most 3")
                    && m.contains("--max-triple-patterns")),
            "{refused:?}"
        );
        let update = "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o . ?o ?q ?r . ?r ?t ?u . ?u ?v ?w }";
        let refused = update_within(&store, update, Duration::from_secs(30));
        assert!(
            matches!(&refused, Err(StoreError::Syntax(m)) if m.contains("at most 3")),
            "{refused:?}"
        );
        assert_eq!(store.len().unwrap(), 3);
    }

    /// The slots count down and up, and a waiter gives up at its deadline or when cancelled.
    #[test]
    fn slots_bound_the_sparql_threads() {
        let slots = Slots::new(2);
        let token = CancellationToken::new();
        let soon = || Instant::now() + Duration::from_millis(50);
        let first = slots.take(soon(), &token).expect("a first slot");
        let _second = slots.take(soon(), &token).expect("a second slot");
        assert!(slots.take(soon(), &token).is_none());
        drop(first);
        assert!(slots.take(soon(), &token).is_some());
        let cancelled = CancellationToken::new();
        cancelled.cancel();
        assert!(slots.take(soon(), &cancelled).is_none());
    }

    /// A query that finds every SPARQL thread busy waits, times out at its own timeout
    /// (not later), and is answered once a thread is free.
    #[test]
    fn a_query_waiting_for_a_thread_obeys_its_timeout() {
        let store = EmbeddedStore::in_memory().with_sparql_threads(1);
        let token = CancellationToken::new();
        let busy = store
            .slots
            .take(Instant::now() + Duration::from_secs(5), &token)
            .expect("the only slot");
        let started = Instant::now();
        let result = store.query("ASK {}", Duration::from_millis(200), &|_| {
            Some(ResultFormat::Results(QueryResultsFormat::Csv))
        });
        assert!(
            matches!(result, Err(StoreError::Timeout(t)) if t == Duration::from_millis(200)),
            "{result:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(5));
        let update = update_within(
            &store,
            "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }",
            Duration::from_millis(200),
        );
        assert!(matches!(update, Err(StoreError::Timeout(_))), "{update:?}");
        assert_eq!(store.len().unwrap(), 0);
        drop(busy);
        assert!(csv(&store, "ASK {}").is_ok());
        assert_eq!(store.running_queries(), 0);
    }

    /// The service's own queries (`select`, `select_within`, `construct`) do not wait for
    /// the public slots: they run on the shared pool (four threads per core), so they
    /// answer at once while public queries hold every slot.
    /// An update queued behind a long write waits for the writer lock without holding a
    /// SPARQL thread, so queries go on, and it gives up at its own deadline.
    #[test]
    fn updates_waiting_for_the_writer_hold_no_thread_and_time_out() {
        let store = EmbeddedStore::in_memory().with_sparql_threads(1);
        let held = store.writer.lock().unwrap();
        let update = update_within(
            &store,
            "INSERT DATA { <a:s> <a:p> 1 }",
            Duration::from_millis(300),
        );
        assert!(matches!(update, Err(StoreError::Timeout(_))), "{update:?}");
        // with the only public thread free, a query is answered meanwhile
        assert_eq!(csv(&store, "ASK {}").unwrap(), "true");
        let gsp = store.put_graph(
            &GraphName::DefaultGraph,
            &[],
            Instant::now() + Duration::from_millis(100),
        );
        assert!(matches!(gsp, Err(StoreError::Timeout(_))), "{gsp:?}");
        drop(held);
        assert!(
            store.is_empty().unwrap(),
            "nothing of the timed-out writes applied"
        );
        store
            .update(
                "INSERT DATA { <a:s> <a:p> 1 }",
                &ProtocolDataset::default(),
                None,
                Duration::from_secs(60),
            )
            .unwrap();
        assert_eq!(store.len().unwrap(), 1);
    }

    #[test]
    fn own_queries_do_not_wait_for_a_slot() {
        let store = EmbeddedStore::in_memory().with_sparql_threads(1);
        let token = CancellationToken::new();
        let _busy = store
            .slots
            .take(Instant::now() + Duration::from_secs(5), &token)
            .expect("the only slot");
        let started = Instant::now();
        assert!(store.select("SELECT * { ?s ?p ?o }").unwrap().is_empty());
        let within = store.select_within("SELECT * { ?s ?p ?o }", Duration::from_millis(200));
        assert!(within.unwrap().is_empty());
        assert!(
            store
                .construct("CONSTRUCT WHERE { ?s ?p ?o }")
                .unwrap()
                .is_empty()
        );
        assert!(started.elapsed() < Duration::from_secs(2));
    }

    #[test]
    #[cfg(feature = "rocksdb")]
    fn open_creates_missing_parent_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("var/nested/store");
        let store = EmbeddedStore::open(&path).unwrap();
        assert!(store.is_empty().unwrap());
    }

    #[test]
    #[cfg(not(feature = "rocksdb"))]
    fn open_without_rocksdb_says_so() {
        let err = EmbeddedStore::open("no/such/store")
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("no on-disk store (feature `rocksdb`)"),
            "{err}"
        );
    }

    #[test]
    fn dump_refuses_triple_formats() {
        let store = EmbeddedStore::in_memory();
        let mut out = Vec::new();
        assert!(store.dump(RdfFormat::Turtle, &mut out).is_err());
        let g = ex("graph/a");
        store.replace_graph(&g, &quads(&g, 1)).unwrap();
        store.dump(RdfFormat::TriG, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("<http://example.org/graph/a>"), "{text}");
    }

    /// A TriG dump declares the project's prefixes and uses them (`schema:Event`, not the
    /// full IRI), and still loads back to the same quads.
    #[test]
    fn trig_dump_uses_the_project_prefixes() {
        let store = EmbeddedStore::in_memory();
        let g = ex("graph/a");
        let quad = Quad::new(
            ex("e1"),
            oxigraph::model::vocab::rdf::TYPE,
            NamedNode::new_unchecked("https://schema.org/Event"),
            g.clone(),
        );
        store
            .replace_graph(&g, std::slice::from_ref(&quad))
            .unwrap();
        let mut out = Vec::new();
        store.dump(RdfFormat::TriG, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("@prefix schema: <https://schema.org/>"),
            "{text}"
        );
        assert!(text.contains("schema:Event"), "{text}");
        let back = EmbeddedStore::in_memory();
        back.oxigraph()
            .load_from_reader(RdfFormat::TriG, text.as_bytes())
            .unwrap();
        assert_eq!(back.len().unwrap(), 1);
        assert!(back.oxigraph().contains(&quad).unwrap());
    }
}
