//! The merged default graph of the embedded store: every triple of every graph, once, kept
//! at write time in one hidden named graph, [`MERGED_GRAPH`].
//!
//! noticegraph's SPARQL default graph is the union of all graphs as a set (DESIGN.md §IRIs
//! and graphs; SPARQL 1.1 Query §13.1, an RDF merge). Read at query time, that union costs
//! Oxigraph two RocksDB iterators per triple pattern (the default graph's index, then the
//! named graphs'), returns each copy of a triple that several notices state, and needs a
//! hash set to drop the copies: 1.6–3× a plain graph's cost per data access
//! (BENCHMARKS.md). Kept merged in one graph, each pattern is one prefix scan of that
//! graph, as fast as Oxigraph's own default graph.
//!
//! The invariant every write keeps, in the same transaction as the write itself: a triple
//! is in [`MERGED_GRAPH`] exactly when some other graph of the store (a named graph or the
//! store's own default graph) holds it. Writers call [`reconcile`] with every triple they
//! may have added or removed; [`rebuild`] recomputes the whole graph (`CLEAR ALL`,
//! templates with a variable graph whose triple pattern fixes no term, stores written
//! before this graph existed).
//!
//! Queries read it as their default graph and never see it as a named graph
//! (`QueryDatasetSpecification::set_hidden_named_graph`, a patch of the vendored
//! spareval: vendor/README.md); the store's own listings, dumps and counts leave it out,
//! and writes that name it are refused ([`names_merged_graph`]), and so are queries and
//! updates naming it in their dataset.

use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, Quad, QuadRef, Triple};
use oxigraph::store::{StorageError, Transaction};
use std::collections::HashSet;

/// IRI of the hidden graph holding the merged default graph. A URN, not under the base
/// IRI: it names no data, and it must not change when `--base-iri` does.
pub const MERGED_GRAPH: &str = "urn:x-noticegraph:merged-default-graph";

/// [`MERGED_GRAPH`] as a named node.
pub fn merged_graph() -> NamedNodeRef<'static> {
    NamedNodeRef::new_unchecked(MERGED_GRAPH)
}

/// [`MERGED_GRAPH`] as an owned named node.
pub fn merged_graph_node() -> NamedNode {
    merged_graph().into_owned()
}

/// `true` when `graph` is [`MERGED_GRAPH`].
pub fn is_merged(graph: GraphNameRef<'_>) -> bool {
    matches!(graph, GraphNameRef::NamedNode(g) if g == merged_graph())
}

/// Whether the update `update` writes [`MERGED_GRAPH`] by name or reads it as its `USING`
/// dataset or in a `GRAPH` of its `WHERE`: a graph of `INSERT DATA` / `DELETE DATA`, of a
/// `DELETE` / `INSERT` template (`WITH` included), of `USING` or `GRAPH`, the source of
/// `COPY` / `ADD` / `MOVE`, the target of `LOAD`, `CLEAR`, `CREATE` or `DROP`. Such an
/// update is refused: the graph is the store's to keep. A template whose graph is a
/// variable cannot be checked before it runs; what it writes there is undone by the
/// [`reconcile`] (of the triples matching the template) or [`rebuild`] such an update ends
/// with.
pub fn names_merged_graph(update: &spargebra::Update) -> bool {
    use spargebra::GraphUpdateOperation as Op;
    use spargebra::algebra::GraphTarget;
    use spargebra::term::{GraphName, GraphNamePattern};
    let merged = merged_graph();
    let graph = |g: &GraphName| matches!(g, GraphName::NamedNode(n) if n.as_ref() == merged);
    let pattern =
        |g: &GraphNamePattern| matches!(g, GraphNamePattern::NamedNode(n) if n.as_ref() == merged);
    update.operations.iter().any(|operation| match operation {
        Op::InsertData { data } => data.iter().any(|q| graph(&q.graph_name)),
        Op::DeleteData { data } => data.iter().any(|q| graph(&q.graph_name)),
        Op::DeleteInsert {
            delete,
            insert,
            using,
            pattern: matched,
        } => {
            delete.iter().any(|q| pattern(&q.graph_name))
                || insert.iter().any(|q| pattern(&q.graph_name))
                || using.as_ref().is_some_and(|d| {
                    d.default.iter().any(|n| n.as_ref() == merged)
                        || d.named.iter().flatten().any(|n| n.as_ref() == merged)
                })
                || reads_by_name(matched)
        }
        Op::Load { destination, .. } => graph(destination),
        Op::Clear { graph: target, .. } | Op::Drop { graph: target, .. } => {
            matches!(target, GraphTarget::NamedNode(n) if n.as_ref() == merged)
        }
        Op::Create { graph: g, .. } => g.as_ref() == merged,
    })
}

/// Whether `pattern` has a `GRAPH <urn:x-noticegraph:merged-default-graph>` anywhere in it
/// (`COPY` and `ADD` of that graph become one): the graph is no named graph of any query,
/// so such a pattern would read it as empty, and `COPY` would empty its target. Call it
/// after the update's depth check ([`super::federation::each_pattern`]).
fn reads_by_name(pattern: &spargebra::algebra::GraphPattern) -> bool {
    use spargebra::algebra::GraphPattern;
    use spargebra::term::NamedNodePattern;
    let merged = merged_graph();
    let mut found = false;
    let mut pattern = pattern.clone();
    super::federation::each_pattern(&mut pattern, &mut |node: &mut GraphPattern| {
        if let GraphPattern::Graph {
            name: NamedNodePattern::NamedNode(n),
            ..
        } = node
        {
            found |= n.as_ref() == merged;
        }
    });
    found
}

/// The copies in [`MERGED_GRAPH`] of the triples of `quads` (those of other graphs), for a
/// write that only adds quads: adding a triple to a graph can only add it to the merge.
pub fn merged_copies<'a>(quads: impl IntoIterator<Item = QuadRef<'a>>) -> Vec<Quad> {
    let merged = merged_graph();
    let mut seen = HashSet::new();
    quads
        .into_iter()
        .filter(|q| !is_merged(q.graph_name))
        .map(|q| {
            Triple::new(
                q.subject.into_owned(),
                q.predicate.into_owned(),
                q.object.into_owned(),
            )
        })
        .filter(|t| seen.insert(t.clone()))
        .map(|t| t.in_graph(merged))
        .collect()
}

/// The triples of the graph `graph` as `transaction` sees them (its own writes included).
///
/// Errors: the storage's.
pub fn triples_of(
    transaction: &Transaction<'_>,
    graph: GraphNameRef<'_>,
) -> Result<Vec<Triple>, StorageError> {
    transaction
        .quads_for_pattern(None, None, None, Some(graph))
        .map(|q| q.map(Triple::from))
        .collect()
}

/// Makes [`MERGED_GRAPH`] right for each of `candidates` after a write in `transaction`:
/// the triple's copy is added when some other graph holds it and it is missing, removed
/// when none does and it is there. Pass every triple the write may have added or removed
/// ([`changed`] gives them for a replaced graph); others are left as they are. Cost: two
/// index look-ups per candidate. `stop` is asked every [`CHECK_EVERY`] candidates; when it
/// says so, the work ends with `Ok(false)` and the caller drops the transaction.
///
/// Errors: the storage's.
pub fn reconcile(
    transaction: &mut Transaction<'_>,
    candidates: impl IntoIterator<Item = Triple>,
    stop: &dyn Fn() -> bool,
) -> Result<bool, StorageError> {
    let merged = merged_graph();
    let mut seen = HashSet::new();
    for (i, triple) in candidates.into_iter().enumerate() {
        if i % CHECK_EVERY == 0 && stop() {
            return Ok(false);
        }
        if !seen.insert(triple.clone()) {
            continue;
        }
        let copy = triple.as_ref().in_graph(merged);
        let held = held_elsewhere(transaction, &triple)?;
        if held != transaction.contains(copy)? {
            if held {
                transaction.insert(copy);
            } else {
                transaction.remove(copy);
            }
        }
    }
    Ok(true)
}

/// How many triples [`reconcile`] and [`rebuild`] look at between two calls of `stop`.
pub const CHECK_EVERY: usize = 1024;

/// The triples in one of `before` and `after` but not the other: what replacing a graph
/// holding `before` by `after` may change in the merge.
pub fn changed(before: Vec<Triple>, after: &[Triple]) -> Vec<Triple> {
    let old: HashSet<Triple> = before.into_iter().collect();
    let new: HashSet<&Triple> = after.iter().collect();
    let mut out: Vec<Triple> = old.iter().filter(|t| !new.contains(t)).cloned().collect();
    out.extend(new.into_iter().filter(|t| !old.contains(*t)).cloned());
    out
}

/// Whether a graph other than [`MERGED_GRAPH`] holds `triple`, as `transaction` sees the
/// store: one look-up of the `spog` index.
///
/// Errors: the storage's.
fn held_elsewhere(transaction: &Transaction<'_>, triple: &Triple) -> Result<bool, StorageError> {
    for quad in transaction.quads_for_pattern(
        Some(triple.subject.as_ref()),
        Some(triple.predicate.as_ref()),
        Some(triple.object.as_ref()),
        None,
    ) {
        if !is_merged(quad?.graph_name.as_ref()) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Recomputes [`MERGED_GRAPH`] from every other graph, in `transaction`: adds the triples
/// it misses and removes those no other graph holds. Time: one look-up per quad of the
/// store; memory: the differences only. For writes whose reach is not known in advance
/// (`CLEAR ALL`, `DROP NAMED`, an update template with a variable graph and no fixed term)
/// and for stores written before the graph existed.
///
/// Errors: the storage's.
pub fn rebuild(
    transaction: &mut Transaction<'_>,
    stop: &dyn Fn() -> bool,
) -> Result<bool, StorageError> {
    let merged = merged_graph();
    let mut missing = HashSet::new();
    for (i, quad) in transaction.iter().enumerate() {
        if i % CHECK_EVERY == 0 && stop() {
            return Ok(false);
        }
        let quad = quad?;
        if is_merged(quad.graph_name.as_ref()) {
            continue;
        }
        let triple = Triple::from(quad);
        if !transaction.contains(triple.as_ref().in_graph(merged))? {
            missing.insert(triple);
        }
    }
    let mut stale = Vec::new();
    let copies = transaction.quads_for_pattern(None, None, None, Some(merged.into()));
    for (i, quad) in copies.enumerate() {
        if i % CHECK_EVERY == 0 && stop() {
            return Ok(false);
        }
        let triple = Triple::from(quad?);
        if !held_elsewhere(transaction, &triple)? {
            stale.push(triple);
        }
    }
    for triple in &missing {
        transaction.insert(triple.as_ref().in_graph(merged));
    }
    for triple in &stale {
        transaction.remove(triple.as_ref().in_graph(merged));
    }
    Ok(true)
}

/// Builds [`MERGED_GRAPH`] in `store` when it is missing: a store that holds quads but no
/// merged graph was written before noticegraph kept one (or loaded by another tool). One
/// transaction: a crash leaves the store as it was, and the next open builds it again.
/// Nothing to do on an empty store or one whose merged graph exists.
///
/// Errors: the storage's.
pub fn build_if_missing(store: &oxigraph::store::Store) -> Result<bool, StorageError> {
    let has_merged = store
        .quads_for_pattern(None, None, None, Some(merged_graph().into()))
        .next()
        .transpose()?
        .is_some();
    if has_merged || store.is_empty()? {
        return Ok(false);
    }
    let mut transaction = store.start_transaction()?;
    rebuild(&mut transaction, &|| false)?;
    transaction.commit()?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal};

    fn ex(local: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("http://example.org/{local}"))
    }

    fn triple(s: &str, o: &str) -> Triple {
        Triple::new(ex(s), ex("p"), Literal::from(o))
    }

    /// The merged graph as it should be: the distinct triples of every other graph.
    fn expected(store: &oxigraph::store::Store) -> HashSet<Triple> {
        store
            .iter()
            .map(Result::unwrap)
            .filter(|q| !is_merged(q.graph_name.as_ref()))
            .map(Triple::from)
            .collect()
    }

    fn merged(store: &oxigraph::store::Store) -> HashSet<Triple> {
        store
            .quads_for_pattern(None, None, None, Some(merged_graph().into()))
            .map(|q| Triple::from(q.unwrap()))
            .collect()
    }

    #[test]
    fn reconcile_keeps_a_triple_while_some_graph_holds_it() {
        let store = oxigraph::store::Store::new().unwrap();
        let shared = triple("a", "shared");
        let own = triple("b", "own");
        let mut tx = store.start_transaction().unwrap();
        tx.insert(shared.as_ref().in_graph(ex("g1").as_ref()));
        tx.insert(shared.as_ref().in_graph(ex("g2").as_ref()));
        tx.insert(own.as_ref().in_graph(ex("g1").as_ref()));
        reconcile(&mut tx, [shared.clone(), own.clone()], &|| false).unwrap();
        tx.commit().unwrap();
        assert_eq!(merged(&store), expected(&store));
        assert_eq!(merged(&store).len(), 2);

        // g1 goes: the shared triple stays (g2 holds it), the own one leaves
        let mut tx = store.start_transaction().unwrap();
        let before = triples_of(&tx, ex("g1").as_ref().into()).unwrap();
        tx.remove_named_graph(ex("g1").as_ref()).unwrap();
        reconcile(&mut tx, before, &|| false).unwrap();
        tx.commit().unwrap();
        assert_eq!(merged(&store), HashSet::from([shared.clone()]));

        // the default graph counts as a graph of the merge too
        let mut tx = store.start_transaction().unwrap();
        tx.insert(own.as_ref().in_graph(GraphName::DefaultGraph.as_ref()));
        tx.remove(shared.as_ref().in_graph(ex("g2").as_ref()));
        reconcile(&mut tx, [own.clone(), shared], &|| false).unwrap();
        tx.commit().unwrap();
        assert_eq!(merged(&store), HashSet::from([own]));
        assert_eq!(merged(&store), expected(&store));
    }

    #[test]
    fn build_if_missing_builds_once_and_only_when_needed() {
        let store = oxigraph::store::Store::new().unwrap();
        assert!(
            !build_if_missing(&store).unwrap(),
            "an empty store needs none"
        );
        for (i, g) in ["g1", "g2", "g3"].iter().enumerate() {
            for j in 0..=i {
                store
                    .insert(
                        triple("s", &j.to_string())
                            .as_ref()
                            .in_graph(ex(g).as_ref()),
                    )
                    .unwrap();
            }
        }
        assert!(build_if_missing(&store).unwrap());
        assert_eq!(merged(&store), expected(&store));
        assert_eq!(merged(&store).len(), 3);
        assert!(!build_if_missing(&store).unwrap(), "built already");
    }

    #[test]
    fn merged_copies_are_distinct_and_skip_the_merged_graph() {
        let t = triple("a", "x");
        let quads = [
            t.as_ref().in_graph(ex("g1").as_ref()).into_owned(),
            t.as_ref().in_graph(ex("g2").as_ref()).into_owned(),
            triple("b", "y")
                .as_ref()
                .in_graph(merged_graph())
                .into_owned(),
        ];
        let copies = merged_copies(quads.iter().map(Quad::as_ref));
        assert_eq!(copies, vec![t.in_graph(merged_graph())]);
    }

    #[test]
    fn updates_writing_the_graph_are_told_from_those_mentioning_it() {
        let names = |update: &str| {
            names_merged_graph(&spargebra::SparqlParser::new().parse_update(update).unwrap())
        };
        let m = format!("<{MERGED_GRAPH}>");
        for writes in [
            format!("INSERT DATA {{ GRAPH {m} {{ <a:b> <a:c> <a:d> }} }}"),
            format!("DELETE DATA {{ GRAPH {m} {{ <a:b> <a:c> <a:d> }} }}"),
            format!("WITH {m} INSERT {{ <a:b> <a:c> ?o }} WHERE {{ ?s ?p ?o }}"),
            format!("INSERT {{ <a:b> <a:c> ?o }} USING {m} WHERE {{ ?s ?p ?o }}"),
            format!("CLEAR GRAPH {m}"),
            format!("DROP SILENT GRAPH {m}"),
            format!("CREATE GRAPH {m}"),
            format!("COPY <a:g> TO {m}"),
            format!("COPY {m} TO <a:g>"),
            format!("ADD {m} TO DEFAULT"),
            format!("MOVE {m} TO <a:g>"),
            format!(
                "INSERT {{ <a:b> <a:c> ?o }} WHERE {{ {{ ?x ?y ?z }} UNION {{ FILTER NOT EXISTS {{ GRAPH {m} {{ ?s ?p ?o }} }} }} }}"
            ),
        ] {
            assert!(names(&writes), "{writes}");
        }
        for mentions in [
            format!("INSERT DATA {{ <a:b> <a:c> {m} }}"),
            format!("INSERT DATA {{ <a:b> <a:c> \"see {m}\" }}"),
            format!(
                "INSERT {{ GRAPH ?g {{ <a:b> <a:c> 1 }} }} WHERE {{ GRAPH ?g {{}} FILTER(?g != {m}) }}"
            ),
            "INSERT DATA { <a:b> <a:c> <a:d> }".to_string(),
        ] {
            assert!(!names(&mentions), "{mentions}");
        }
    }

    #[test]
    fn changed_is_the_symmetric_difference() {
        let (a, b, c) = (triple("a", "1"), triple("b", "2"), triple("c", "3"));
        let mut diff = changed(vec![a.clone(), b.clone()], &[b, c.clone()]);
        diff.sort_by_key(|t| t.to_string());
        assert_eq!(diff, vec![a, c]);
    }
}
