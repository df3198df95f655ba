//! The SHACL shapes (`ontology/shapes.ttl`) against what the pipeline really writes: every
//! dev-corpus notice goes through the CLI's write path (`load::ingest_file` into an
//! in-memory store holding the gazetteer and ontology graphs), and each notice graph, with
//! the ontology and the gazetteer facts it reaches beside it, is validated by a real SHACL
//! engine, pySHACL
//! (`tests/shacl/validate.py`, run with `python3` or `$NOTICEGRAPH_PYTHON`). A second test
//! breaks a conforming graph on purpose and expects violations, so the first cannot pass
//! vacuously. The whole gazetteer graph is validated once, on its own: putting all of it
//! beside each notice would validate its thousand entities once per notice.
//!
//! pySHACL missing is a failure, never a skip: `./dev setup` installs the pinned version.
//! Corpus text is read at run time; nothing from it is copied here.

use noticegraph::ingest::{Gazetteer, MAX_NOTICE_BYTES};
use noticegraph::load;
use noticegraph::rdf::iri::Iris;
use noticegraph::store::EmbeddedStore;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, Term, Triple};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const BASE: &str = "http://example.org/";
/// The pySHACL version `./dev setup` installs.
const PYSHACL: &str = "pyshacl==0.30.1";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `*.txt` notice of `../shared/corpus/dev`, sorted. Panics if the corpus is missing.
fn dev_notices() -> Vec<PathBuf> {
    let dir = root().join("../shared/corpus/dev");
    assert!(
        dir.is_dir(),
        "corpus directory {} is missing: the SHACL test needs the shared corpus",
        dir.display()
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no *.txt notices in {}", dir.display());
    files
}

/// The outcome of one pySHACL run: exit status 0 (all conform) or 1 (some violate) and
/// its standard output (one `CONFORMS`/`VIOLATES` line per file, then the report).
struct Validation {
    conforms: bool,
    report: String,
}

/// Validates each N-Triples file against `ontology/shapes.ttl`. Panics with instructions
/// when Python or pySHACL is missing or the engine fails.
fn validate(files: &[PathBuf]) -> Validation {
    let python = std::env::var("NOTICEGRAPH_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&python)
        .arg(root().join("tests/shacl/validate.py"))
        .arg(root().join("ontology/shapes.ttl"))
        .args(files)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {python} for SHACL validation ({e}): install Python 3 and `pip install {PYSHACL}` (./dev setup does)")
        });
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => Validation {
            conforms: true,
            report: stdout,
        },
        Some(1) => Validation {
            conforms: false,
            report: stdout,
        },
        _ => panic!(
            "SHACL engine failed ({}): is pySHACL installed? `pip install {PYSHACL}` \
             (./dev setup does)\nstderr:\n{stderr}\nstdout:\n{stdout}",
            out.status
        ),
    }
}

/// Stores the background graphs and `notices`; returns the notice graphs' IRIs (one per
/// file, in order).
fn ingest(store: &EmbeddedStore, iris: &Iris, notices: Vec<PathBuf>) -> Vec<(PathBuf, NamedNode)> {
    let gaz = Gazetteer::builtin();
    load::ensure_background(store, iris, gaz).expect("background graphs");
    notices
        .into_iter()
        .map(|path| {
            let summary = load::ingest_file(store, iris, gaz, &path, MAX_NOTICE_BYTES)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let graph = NamedNode::new(summary.graph).expect("graph IRI");
            (path, graph)
        })
        .collect()
}

/// The triples of the named graphs `graphs`, merged.
fn triples(store: &EmbeddedStore, graphs: &[&NamedNode]) -> Vec<Triple> {
    let mut out = Vec::new();
    for graph in graphs {
        for quad in store.oxigraph().quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(graph.as_ref())),
        ) {
            let quad = quad.expect("store read");
            out.push(Triple::new(quad.subject, quad.predicate, quad.object));
        }
    }
    out
}

fn write_ntriples(path: &Path, triples: &[Triple]) {
    let mut writer = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    for t in triples {
        writer.serialize_triple(t).expect("serialize");
    }
    std::fs::write(path, writer.finish().expect("finish")).expect("write data graph");
}

/// A notice graph's validation input: its triples, the ontology, and the gazetteer triples
/// about every node the notice reaches through the gazetteer (transitively, so that
/// `sh:class` checks on a post's organization or a city's country find their types).
fn notice_data(store: &EmbeddedStore, iris: &Iris, graph: &NamedNode) -> Vec<Triple> {
    let mut out = triples(store, &[graph, &iris.ontology_graph()]);
    let mut by_subject: HashMap<Term, Vec<Triple>> = HashMap::new();
    for t in triples(store, &[&iris.gazetteer_graph()]) {
        by_subject
            .entry(t.subject.clone().into())
            .or_default()
            .push(t);
    }
    let mut reached: HashSet<Term> = HashSet::new();
    let mut frontier: Vec<Term> = out
        .iter()
        .flat_map(|t| [t.subject.clone().into(), t.object.clone()])
        .collect();
    while let Some(node) = frontier.pop() {
        if !reached.insert(node.clone()) {
            continue;
        }
        for t in by_subject.get(&node).into_iter().flatten() {
            frontier.push(t.object.clone());
            out.push(t.clone());
        }
    }
    out
}

/// The file name a notice's data graph is written under.
fn data_file(dir: &Path, notice: &Path) -> PathBuf {
    let stem = notice.file_stem().and_then(|s| s.to_str()).unwrap_or("x");
    dir.join(format!("{stem}.nt"))
}

/// Every dev-corpus notice graph, and that of a one-line notice without a header block,
/// conforms.
#[test]
fn every_dev_notice_graph_conforms_to_the_shapes() {
    let store = EmbeddedStore::in_memory();
    let iris = Iris::new(BASE).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // besides the corpus: a notice with no header at all, of one line (no title, no date)
    let bare = dir.path().join("bare.txt");
    std::fs::write(
        &bare,
        "한국과 세르비아가 전자정부 협력 양해각서를 맺었다.\n",
    )
    .unwrap();
    let mut inputs = dev_notices();
    inputs.push(bare);
    let notices = ingest(&store, &iris, inputs);
    let (gazetteer, ontology) = (iris.gazetteer_graph(), iris.ontology_graph());
    let background = dir.path().join("gazetteer.nt");
    write_ntriples(&background, &triples(&store, &[&gazetteer, &ontology]));
    let mut files = vec![background];
    for (path, graph) in &notices {
        let file = data_file(dir.path(), path);
        write_ntriples(&file, &notice_data(&store, &iris, graph));
        files.push(file);
    }
    let result = validate(&files);
    let conforming = result.report.matches("CONFORMS ").count();
    assert!(
        result.conforms && conforming == files.len(),
        "{} of {} graphs (the gazetteer, then each notice) violate ontology/shapes.ttl:\n{}",
        files.len() - conforming,
        files.len(),
        result.report
    );
}

/// The shapes reject graphs that break the contract: the first dev notice's graph without
/// its `schema:inLanguage`, and with one phrase's begin index moved past its end.
#[test]
fn broken_notice_graphs_violate_the_shapes() {
    let store = EmbeddedStore::in_memory();
    let iris = Iris::new(BASE).unwrap();
    let first = dev_notices().into_iter().take(1).collect();
    let notices = ingest(&store, &iris, first);
    let (path, graph) = &notices[0];
    let all = notice_data(&store, &iris, graph);
    let dir = tempfile::tempdir().unwrap();

    let in_language = "https://schema.org/inLanguage";
    let without_language: Vec<Triple> = all
        .iter()
        .filter(|t| t.predicate.as_str() != in_language)
        .cloned()
        .collect();
    assert!(
        without_language.len() < all.len(),
        "no inLanguage to remove"
    );
    let no_lang = dir.path().join("no-language.nt");
    write_ntriples(&no_lang, &without_language);

    // Move one phrase's begin index past its end: begin < end no longer holds.
    let begin = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex";
    let phrase = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase";
    let phrases: HashSet<String> = all
        .iter()
        .filter(|t| t.object.to_string() == format!("<{phrase}>"))
        .map(|t| t.subject.to_string())
        .collect();
    let phrase_begin = all
        .iter()
        .position(|t| t.predicate.as_str() == begin && phrases.contains(&t.subject.to_string()))
        .unwrap_or_else(|| panic!("{}: no phrase with a begin index", path.display()));
    let mut swapped = all.clone();
    let t = &swapped[phrase_begin];
    swapped[phrase_begin] = Triple::new(
        t.subject.clone(),
        t.predicate.clone(),
        oxigraph::model::Literal::new_typed_literal(
            "999999999",
            oxigraph::model::vocab::xsd::NON_NEGATIVE_INTEGER,
        ),
    );
    let bad_span = dir.path().join("bad-span.nt");
    write_ntriples(&bad_span, &swapped);

    let result = validate(&[no_lang.clone(), bad_span.clone()]);
    assert!(!result.conforms, "{}", result.report);
    for file in [&no_lang, &bad_span] {
        assert!(
            result
                .report
                .contains(&format!("VIOLATES {}", file.display())),
            "{} was not rejected:\n{}",
            file.display(),
            result.report
        );
    }
    assert!(
        result.report.contains("schema:inLanguage"),
        "{}",
        result.report
    );
    assert!(
        result.report.contains("LessThanConstraintComponent"),
        "{}",
        result.report
    );
}
