//! Golden graph tests, with one comparator. Each sample notice we wrote
//! (`data/notices/*.txt`, the design notice's facts in our own words, in both languages)
//! runs through the whole pipeline (read → normalise → detect → extract → resolve → RDF),
//! and its notice graph must equal `tests/golden/pipeline/{file stem}.ttl`; the RDF mapping
//! alone of the two extractions written by hand in `mapping.rs` must equal
//! `tests/golden/notice_{en,ko}.ttl`. Graphs are compared after canonicalization
//! (RDFC-style blank-node relabelling, sorted N-Quads); a difference fails with a line
//! diff. After an intended change, `UPDATE_GOLDEN=1 cargo test --test it golden` rewrites
//! the files: review their diff before committing.

use crate::mapping::{english_extraction, iris, korean_extraction};
use noticegraph::ingest::{self, Gazetteer, MediaType};
use noticegraph::model::{EntityKind, Extraction};
use noticegraph::rdf::iri::Iris;
use noticegraph::rdf::mapping;
use noticegraph::rdf::vocab;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::dataset::CanonicalizationAlgorithm;
use oxigraph::model::{Dataset, NamedNode, Quad, TripleRef};
use std::path::{Path, PathBuf};

const BASE: &str = "http://127.0.0.1:8080/";

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/notices");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "sample notices in {}", dir.display());
    files
}

fn canonical_lines(quads: impl IntoIterator<Item = Quad>) -> Vec<String> {
    let mut dataset: Dataset = quads.into_iter().collect();
    dataset.canonicalize(CanonicalizationAlgorithm::Unstable);
    let mut lines: Vec<String> = dataset.iter().map(|q| format!("{q} .")).collect();
    lines.sort();
    lines
}

/// `quads` (one graph) as Turtle with the project prefixes, triples sorted. With
/// `id_base`, also an `id-{segment}` prefix for each kind of entity under that base.
fn to_turtle(quads: &[Quad], id_base: Option<&str>) -> Vec<u8> {
    let mut serializer = RdfSerializer::from_format(RdfFormat::Turtle);
    for (prefix, ns) in vocab::PREFIXES {
        serializer = serializer.with_prefix(*prefix, *ns).unwrap();
    }
    if let Some(base) = id_base {
        for segment in EntityKind::ALL
            .map(EntityKind::segment)
            .into_iter()
            .chain(["notice"])
        {
            serializer = serializer
                .with_prefix(format!("id-{segment}"), format!("{base}id/{segment}/"))
                .unwrap();
        }
    }
    let mut triples: Vec<TripleRef<'_>> = quads.iter().map(|q| q.as_ref().into()).collect();
    triples.sort_by_key(|t| {
        (
            t.subject.to_string(),
            t.predicate.to_string(),
            t.object.to_string(),
        )
    });
    let mut out = serializer.for_writer(Vec::new());
    for t in triples {
        out.serialize_triple(t).unwrap();
    }
    out.finish().unwrap()
}

/// The differences between the golden file `path` and `quads` (all in `graph`), or
/// `None`. `UPDATE_GOLDEN=1` first rewrites the file (see [`to_turtle`] for `id_base`).
fn compare(
    path: &Path,
    graph: &NamedNode,
    quads: &[Quad],
    id_base: Option<&str>,
) -> Option<String> {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, to_turtle(quads, id_base)).unwrap();
    }
    let expected = std::fs::read(path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
    let expected: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
        .with_default_graph(graph.clone())
        .for_slice(&expected)
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (expected, actual) = (
        canonical_lines(expected),
        canonical_lines(quads.iter().cloned()),
    );
    if expected == actual {
        return None;
    }
    let mut diff = format!(
        "{} differs (- expected only, + produced only):\n",
        path.display()
    );
    for l in expected.iter().filter(|l| !actual.contains(l)) {
        diff.push_str(&format!("- {l}\n"));
    }
    for l in actual.iter().filter(|l| !expected.contains(l)) {
        diff.push_str(&format!("+ {l}\n"));
    }
    Some(diff)
}

#[test]
fn sample_notices_give_their_golden_graphs() {
    let iris = Iris::new(BASE).unwrap();
    let mut failures = Vec::new();
    for file in samples() {
        let bytes = std::fs::read(&file).unwrap();
        let x = ingest::process(&bytes, MediaType::Text, Gazetteer::builtin())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let quads = mapping::notice_quads(&x, &iris);
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden/pipeline")
            .join(format!("{stem}.ttl"));
        failures.extend(compare(
            &golden,
            &iris.notice_graph(&x.notice.id),
            &quads,
            None,
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The mapping alone, on the hand-written extraction `x`, against
/// `tests/golden/{name}.ttl`.
fn assert_mapping_golden(name: &str, x: &Extraction) {
    let iris = iris();
    let quads = mapping::notice_quads(x, &iris);
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.ttl"));
    let graph = iris.notice_graph(&x.notice.id);
    if let Some(diff) = compare(&path, &graph, &quads, Some(crate::mapping::BASE)) {
        panic!("{diff}");
    }
}

#[test]
fn english_notice_matches_golden() {
    assert_mapping_golden("notice_en", &english_extraction());
}

#[test]
fn korean_notice_matches_golden() {
    assert_mapping_golden("notice_ko", &korean_extraction());
}
