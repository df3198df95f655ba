//! The embedded store through the public API, on RocksDB in a temporary directory:
//! whole-graph replacement seen from concurrent readers, the ontology graph through the
//! union default graph, and a dump that loads back.

use noticegraph::load;
use noticegraph::rdf::iri::Iris;
use noticegraph::rdf::mapping;
use noticegraph::store::{EmbeddedStore, Store};
use oxigraph::io::RdfFormat;
use oxigraph::model::{Literal, NamedNode, Quad, Term};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

fn quads(graph: &NamedNode, n: usize) -> Vec<Quad> {
    (0..n)
        .map(|i| {
            Quad::new(
                NamedNode::new_unchecked(format!("http://example.org/s{i}")),
                NamedNode::new_unchecked("http://example.org/p"),
                Literal::from(i as i64),
                graph.clone(),
            )
        })
        .collect()
}

/// Readers counting a graph while it is replaced back and forth between 100 and 300
/// quads must only ever see 100 or 300: never a cleared or half-written graph.
#[test]
fn readers_never_see_half_a_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(EmbeddedStore::open(dir.path()).unwrap());
    let g = NamedNode::new_unchecked("http://example.org/graph/notice/n1");
    let (small, big) = (quads(&g, 100), quads(&g, 300));
    store.replace_graph(&g, &small).unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let (store, done, g) = (store.clone(), done.clone(), g.clone());
        std::thread::spawn(move || {
            let mut seen = Vec::new();
            while !done.load(Ordering::Relaxed) {
                let rows = store
                    .select(&format!(
                        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}",
                        g.as_str()
                    ))
                    .unwrap();
                match rows[0].get("n") {
                    Some(Term::Literal(l)) => seen.push(l.value().parse::<usize>().unwrap()),
                    other => panic!("no count: {other:?}"),
                }
            }
            seen
        })
    };
    for i in 0..40 {
        store
            .replace_graph(&g, if i % 2 == 0 { &big } else { &small })
            .unwrap();
    }
    done.store(true, Ordering::Relaxed);
    let seen = reader.join().unwrap();
    assert!(!seen.is_empty());
    assert!(
        seen.iter().all(|&n| n == 100 || n == 300),
        "a reader saw a partial graph: {seen:?}"
    );
}

/// The ontology graph answers through the union default graph, in both languages.
#[test]
fn ontology_labels_are_queryable_without_graph_clause() {
    let store = EmbeddedStore::in_memory();
    let iris = Iris::new("http://example.org/").unwrap();
    store
        .replace_graph(
            &iris.ontology_graph(),
            &mapping::ontology_quads(&iris).unwrap(),
        )
        .unwrap();
    let rows = store
        .select(
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> \
             SELECT DISTINCT ?label WHERE { <https://w3id.org/noticegraph/ns#Meeting> rdfs:label ?label } \
             ORDER BY ?label",
        )
        .unwrap();
    let labels: Vec<String> = rows
        .iter()
        .map(|r| match r.get("label") {
            Some(Term::Literal(l)) => format!("{}@{}", l.value(), l.language().unwrap_or("")),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(labels, ["meeting@en", "회의@ko"]);
}

/// A dump loads back into an empty store with the same quads; the ontology and the
/// notice graphs survive a reopen of the RocksDB directory.
#[test]
fn dump_round_trips_and_data_survives_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let iris = Iris::new("http://example.org/").unwrap();
    let g = iris.notice_graph("n1");
    let mut dump = Vec::new();
    {
        let store = EmbeddedStore::open(dir.path()).unwrap();
        store
            .replace_graph(
                &iris.ontology_graph(),
                &mapping::ontology_quads(&iris).unwrap(),
            )
            .unwrap();
        store.replace_graph(&g, &quads(&g, 7)).unwrap();
        store.dump(RdfFormat::NQuads, &mut dump).unwrap();
    }
    let reopened = EmbeddedStore::open(dir.path()).unwrap();
    assert_eq!(reopened.graph_len(&g).unwrap(), 7);
    assert_eq!(
        load::notice_graphs(&reopened, &iris).unwrap(),
        vec![g.clone()]
    );
    let copy = EmbeddedStore::in_memory();
    copy.oxigraph()
        .load_from_slice(RdfFormat::NQuads, &dump)
        .unwrap();
    assert_eq!(copy.len().unwrap(), reopened.len().unwrap());
}
