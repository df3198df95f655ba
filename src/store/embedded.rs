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
//!   counts once (spareval is patched for this: `vendor/README.md`), and `SERVICE` goes
//!   through the store's [`ServicePolicy`] ([`super::federation`]): off unless endpoints
//!   are allowed, and then only to them (this crate builds Oxigraph without its
//!   `http-client` feature, so the policy's handler is the only way out to another host);
//! - a query is cancelled through a [`CancellationToken`] when it runs past its timeout.

use super::federation::{ServicePolicy, ServiceRefused};
use super::{ProtocolDataset, QueryForm, QueryResponse, ResultFormat, Solution, Store, StoreError};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, QuadRef, Triple,
};
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolutionIter, QueryTripleIter,
    SparqlEvaluator,
};
use oxigraph::store::StorageError;
use std::path::Path;
use std::sync::{Arc, Mutex, mpsc};
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
        Ok(EmbeddedStore {
            inner,
            writer: Arc::default(),
            services: Arc::default(),
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
        }
    }

    /// The same store, with `SERVICE` calls governed by `policy` (`--service-allow`);
    /// the default policy refuses every `SERVICE`.
    pub fn with_service_policy(mut self, policy: ServicePolicy) -> Self {
        self.services = Arc::new(policy);
        self
    }

    /// The underlying Oxigraph store, for callers that need an API the trait lacks.
    pub fn oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    /// Parses `query` and binds it to the current snapshot with the project's settings:
    /// union default graph (when the query names no dataset), `SERVICE` as the
    /// [`ServicePolicy`] allows, and `token` for cancellation.
    fn evaluate(
        &self,
        query: &str,
        token: CancellationToken,
    ) -> Result<QueryResults<'static>, StoreError> {
        let deadline = Instant::now() + self.services.timeout();
        self.evaluate_in(query, &ProtocolDataset::default(), None, token, deadline)
    }

    /// A SPARQL evaluator with the store's `SERVICE` handler: remote calls end by
    /// `deadline` and none starts once `token` is cancelled.
    fn evaluator(&self, deadline: Instant, token: &CancellationToken) -> SparqlEvaluator {
        SparqlEvaluator::new()
            .with_default_service_handler(self.services.handler(deadline, token.clone()))
    }

    /// As [`Self::evaluate`], over the protocol's `dataset` when it is not empty (it
    /// replaces the query's own `FROM` / `FROM NAMED`), relative IRIs against `base_iri`;
    /// `SERVICE` calls end by `deadline`.
    fn evaluate_in(
        &self,
        query: &str,
        dataset: &ProtocolDataset,
        base_iri: Option<&str>,
        token: CancellationToken,
        deadline: Instant,
    ) -> Result<QueryResults<'static>, StoreError> {
        check_nesting(query)?;
        let mut evaluator = self.evaluator(deadline, &token);
        if let Some(base) = base_iri {
            evaluator = evaluator
                .with_base_iri(base)
                .map_err(|e| StoreError::Syntax(format!("bad base IRI {base}: {e}")))?;
        }
        let mut prepared = evaluator
            .with_cancellation_token(token)
            .parse_query(query)
            .map_err(|e| StoreError::Syntax(e.to_string()))?;
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
            prepared.dataset_mut().set_default_graph_as_union();
        }
        prepared.on_store(&self.inner).execute().map_err(evaluation)
    }

    /// Whether `graph` exists: the default graph always does; a named graph once created
    /// (even empty, by the Graph Store Protocol or `CREATE GRAPH`) or holding quads.
    ///
    /// Errors: [`StoreError::Storage`].
    fn graph_exists(&self, graph: &GraphName) -> Result<bool, StoreError> {
        match graph {
            GraphName::DefaultGraph => Ok(true),
            GraphName::NamedNode(g) => self.inner.contains_named_graph(g).map_err(storage),
            GraphName::BlankNode(g) => self.inner.contains_named_graph(g).map_err(storage),
        }
    }

    /// Writes `triples` into `graph` in one transaction, after clearing it when `replace`
    /// (Graph Store PUT) or not (POST); a named graph is created even when `triples` is
    /// empty. `true` when the named graph did not exist before.
    ///
    /// Errors: [`StoreError::Storage`].
    fn write_graph(
        &self,
        graph: &GraphName,
        triples: &[Triple],
        replace: bool,
    ) -> Result<bool, StoreError> {
        let _writer = self.lock_writer()?;
        let created = !self.graph_exists(graph)?;
        let mut transaction = self.inner.start_transaction().map_err(storage)?;
        if replace {
            transaction.clear_graph(graph.as_ref()).map_err(storage)?;
        }
        match graph {
            GraphName::DefaultGraph => {}
            GraphName::NamedNode(g) => transaction.insert_named_graph(g.as_ref()),
            GraphName::BlankNode(g) => transaction.insert_named_graph(g.as_ref()),
        }
        for triple in triples {
            transaction.insert(triple.as_ref().in_graph(graph.as_ref()));
        }
        transaction.commit().map_err(storage)?;
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

    /// Writes `quads` into a graph known to be empty, with [`oxigraph::store::Store::extend`]:
    /// one RocksDB write batch, applied atomically (all quads or none, also across a crash,
    /// through the write-ahead log). Unlike a readable transaction it keeps no index of its
    /// writes, which is most of the cost of a large notice. Callers hold `self.writer`.
    ///
    /// Errors: [`StoreError::Storage`].
    fn insert_new_graph(&self, quads: &[Quad]) -> Result<(), StoreError> {
        self.inner
            .extend(quads.iter().map(QuadRef::from))
            .map_err(storage)
    }
}

/// Deepest bracket nesting (`(`, `{`, `[`) a query may have. Oxigraph's parser and
/// evaluator recurse once per level, and a few thousand levels overflow a thread's stack,
/// which aborts the whole process; real queries stay far below this.
pub const MAX_QUERY_NESTING: usize = 256;

/// Refuses a query nested deeper than [`MAX_QUERY_NESTING`] before the recursive parser
/// sees it. Brackets inside string literals and IRIs do not count.
fn check_nesting(query: &str) -> Result<(), StoreError> {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut quote: Option<char> = None;
    let mut chars = query.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '<') => {
                // an IRI (or a comparison): skip to its end on this line
                let rest = chars.clone().take_while(|&c| c != '>' && c != '\n');
                if chars.clone().nth(rest.count()) == Some('>') {
                    for c in chars.by_ref() {
                        if c == '>' {
                            break;
                        }
                    }
                }
            }
            (None, '(' | '{' | '[') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (None, ')' | '}' | ']') => depth = depth.saturating_sub(1),
            (None, '#') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    if deepest > MAX_QUERY_NESTING {
        return Err(StoreError::Syntax(format!(
            "query nested {deepest} levels deep; at most {MAX_QUERY_NESTING} are accepted"
        )));
    }
    Ok(())
}

/// Cancels a [`CancellationToken`] when its timeout passes, unless dropped before.
///
/// A helper thread waits on a channel with a timeout: dropping the guard closes the channel
/// and the thread ends at once, so no sleeping thread outlives a fast query.
struct Deadline {
    token: CancellationToken,
    _stop: mpsc::Sender<()>,
}

impl Deadline {
    fn start(timeout: Duration) -> Deadline {
        let token = CancellationToken::new();
        let (stop, wait) = mpsc::channel::<()>();
        let to_cancel = token.clone();
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(timeout) {
                to_cancel.cancel();
            }
        });
        Deadline { token, _stop: stop }
    }
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

fn io(e: std::io::Error) -> StoreError {
    StoreError::Storage(format!("cannot write results: {e}"))
}

/// Serializes solutions, checking `token` before each row: Oxigraph checks cancellation
/// while it evaluates, but a cross join that streams rows would otherwise run (and write)
/// until its end.
fn serialize_solutions(
    solutions: QuerySolutionIter<'_>,
    format: oxigraph::sparql::results::QueryResultsFormat,
    token: &CancellationToken,
) -> Result<Vec<u8>, StoreError> {
    let mut out = QueryResultsSerializer::from_format(format)
        .serialize_solutions_to_writer(Vec::new(), solutions.variables().to_vec())
        .map_err(io)?;
    for solution in solutions {
        if token.is_cancelled() {
            return Err(StoreError::Timeout(Duration::ZERO));
        }
        out.serialize(&solution.map_err(evaluation)?).map_err(io)?;
    }
    out.finish().map_err(io)
}

/// Serializes triples, checking `token` before each one (see [`serialize_solutions`]).
fn serialize_triples(
    triples: QueryTripleIter<'_>,
    format: RdfFormat,
    token: &CancellationToken,
) -> Result<Vec<u8>, StoreError> {
    let mut out = RdfSerializer::from_format(format).for_writer(Vec::new());
    for triple in triples {
        if token.is_cancelled() {
            return Err(StoreError::Timeout(Duration::ZERO));
        }
        out.serialize_triple(&triple.map_err(evaluation)?)
            .map_err(io)?;
    }
    out.finish().map_err(io)
}

impl Store for EmbeddedStore {
    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), StoreError> {
        // a poisoned lock only means another write panicked; the store itself is intact
        let _writing = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if !quads.is_empty() && self.graph_is_absent(graph)? {
            return self.insert_new_graph(quads);
        }
        let mut transaction = self.inner.start_transaction().map_err(storage)?;
        if quads.is_empty() {
            transaction
                .remove_named_graph(graph.as_ref())
                .map_err(storage)?;
        } else {
            transaction.clear_graph(graph.as_ref()).map_err(storage)?;
            transaction.extend(quads);
        }
        transaction.commit().map_err(storage)
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
                if g.as_str().starts_with(prefix) {
                    graphs.push(g);
                }
            }
        }
        graphs.sort();
        Ok(graphs)
    }

    fn len(&self) -> Result<usize, StoreError> {
        self.inner.len().map_err(storage)
    }

    fn query_in(
        &self,
        query: &str,
        dataset: &ProtocolDataset,
        base_iri: Option<&str>,
        timeout: Duration,
        choose: &dyn Fn(QueryForm) -> Option<ResultFormat>,
    ) -> Result<QueryResponse, StoreError> {
        let ends = Instant::now() + timeout;
        let deadline = Deadline::start(timeout);
        let run = || {
            let results =
                self.evaluate_in(query, dataset, base_iri, deadline.token.clone(), ends)?;
            let form = match &results {
                QueryResults::Solutions(_) => QueryForm::Select,
                QueryResults::Boolean(_) => QueryForm::Ask,
                QueryResults::Graph(_) => QueryForm::Graph,
            };
            let format = choose(form).ok_or(StoreError::NotAcceptable(form))?;
            let body = match (results, format) {
                (QueryResults::Solutions(s), ResultFormat::Results(f)) => {
                    serialize_solutions(s, f, &deadline.token)?
                }
                (QueryResults::Boolean(b), ResultFormat::Results(f)) => {
                    QueryResultsSerializer::from_format(f)
                        .serialize_boolean_to_writer(Vec::new(), b)
                        .map_err(io)?
                }
                (QueryResults::Graph(t), ResultFormat::Graph(f)) => {
                    serialize_triples(t, f, &deadline.token)?
                }
                _ => return Err(StoreError::NotAcceptable(form)),
            };
            Ok(QueryResponse { body, format })
        };
        match run() {
            Err(StoreError::Timeout(_)) => Err(StoreError::Timeout(timeout)),
            // an error raised because cancellation cut a data access short is a timeout too
            Err(_) if deadline.token.is_cancelled() => Err(StoreError::Timeout(timeout)),
            other => other,
        }
    }

    fn update(
        &self,
        update: &str,
        using: &ProtocolDataset,
        base_iri: Option<&str>,
    ) -> Result<(), StoreError> {
        check_nesting(update)?;
        let deadline = Instant::now() + self.services.timeout();
        let mut evaluator = self.evaluator(deadline, &CancellationToken::new());
        if let Some(base) = base_iri {
            evaluator = evaluator
                .with_base_iri(base)
                .map_err(|e| StoreError::Syntax(format!("bad base IRI {base}: {e}")))?;
        }
        let mut prepared = evaluator
            .parse_update(update)
            .map_err(|e| StoreError::Syntax(e.to_string()))?;
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
        let _writer = self.lock_writer()?;
        prepared
            .on_store(&self.inner)
            .execute()
            .map_err(|e| match e {
                oxigraph::sparql::UpdateEvaluationError::Storage(e) => storage(e),
                e => match service_refused(&e) {
                    Some(refused) => StoreError::ServiceRefused(refused.to_string()),
                    None => StoreError::Evaluation(e.to_string()),
                },
            })
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

    fn put_graph(&self, graph: &GraphName, triples: &[Triple]) -> Result<bool, StoreError> {
        self.write_graph(graph, triples, true)
    }

    fn add_to_graph(&self, graph: &GraphName, triples: &[Triple]) -> Result<bool, StoreError> {
        self.write_graph(graph, triples, false)
    }

    fn delete_graph(&self, graph: &GraphName) -> Result<bool, StoreError> {
        let _writer = self.lock_writer()?;
        let existed = self.graph_exists(graph)?;
        let mut transaction = self.inner.start_transaction().map_err(storage)?;
        match graph {
            GraphName::DefaultGraph => transaction.clear_graph(GraphNameRef::DefaultGraph),
            GraphName::NamedNode(g) => transaction.remove_named_graph(g.as_ref()),
            GraphName::BlankNode(g) => transaction.remove_named_graph(g.as_ref()),
        }
        .map_err(storage)?;
        transaction.commit().map_err(storage)?;
        Ok(existed)
    }

    fn select(&self, query: &str) -> Result<Vec<Solution>, StoreError> {
        match self.evaluate(query, CancellationToken::new())? {
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
        }
    }

    fn construct(&self, query: &str) -> Result<Vec<Triple>, StoreError> {
        match self.evaluate(query, CancellationToken::new())? {
            QueryResults::Graph(triples) => triples.map(|t| t.map_err(evaluation)).collect(),
            _ => Err(StoreError::Evaluation(format!(
                "expected a CONSTRUCT or DESCRIBE query, got: {query}"
            ))),
        }
    }

    fn dump(&self, format: RdfFormat, out: &mut dyn std::io::Write) -> Result<(), StoreError> {
        if !format.supports_datasets() {
            return Err(StoreError::Storage(format!(
                "cannot dump a dataset as {format}: a quad format (N-Quads, TriG) is needed"
            )));
        }
        // The project's prefixes (rdf::vocab::PREFIXES) make a TriG dump readable; N-Quads
        // has no prefixes and ignores them.
        let mut serializer = RdfSerializer::from_format(format);
        for (prefix, namespace) in crate::rdf::vocab::PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *namespace)
                .map_err(|e| StoreError::Storage(format!("bad prefix {prefix}: {e}")))?;
        }
        self.inner
            .dump_to_writer(serializer, out)
            .map_err(|e| match e {
                oxigraph::store::SerializerError::Storage(e) => storage(e),
                e => StoreError::Storage(format!("cannot write dump: {e}")),
            })?;
        Ok(())
    }
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

    fn csv(store: &EmbeddedStore, query: &str) -> Result<String, StoreError> {
        let response = store.query(query, Duration::from_secs(10), &|_| {
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

    /// A `SERVICE` in an update's `WHERE` goes through the same policy as a query's.
    #[test]
    fn service_calls_in_updates_are_refused() {
        let store = EmbeddedStore::in_memory();
        let result = store.update(
            "INSERT { <http://e.test/s> <http://e.test/p> ?o } WHERE { SERVICE <http://evil.test/sparql> { ?s ?p ?o } }",
            &ProtocolDataset::default(),
            None,
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
