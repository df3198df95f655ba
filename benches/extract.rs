//! Extraction throughput on one thread: the whole ingest pipeline
//! ([`noticegraph::ingest::process`]: read, normalise, detect, extract, resolve) over every
//! notice of the dev corpus (`../shared/corpus/dev`, read at run time), with the built-in
//! gazetteer loaded beforehand. Two measurements of the same pass: bytes per second
//! (`Throughput::Bytes`) and notices per second (`Throughput::Elements`); the time per
//! notice is the pass time divided by the number of notices. Run with
//! `cargo bench --bench extract`; figures in BENCHMARKS.md.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use noticegraph::ingest::{Gazetteer, MediaType, process};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// Every `*.txt` notice of the dev corpus, sorted by name. Panics with a clear message
/// when the corpus is missing.
fn dev_notices() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "the benchmark needs the shared corpus at {}: {e}",
            dir.display()
        )
    });
    let mut notices: Vec<(String, Vec<u8>)> = entries
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), bytes)
        })
        .collect();
    notices.sort();
    assert!(!notices.is_empty(), "no *.txt notices in {}", dir.display());
    notices
}

/// One pass of the pipeline over `notices`; returns the number of mentions (so the work
/// cannot be optimised away).
fn pass(notices: &[(String, Vec<u8>)], gazetteer: &Gazetteer) -> usize {
    notices
        .iter()
        .map(|(name, bytes)| {
            process(black_box(bytes), MediaType::Text, gazetteer)
                .unwrap_or_else(|e| panic!("{name}: {e}"))
                .mentions
                .len()
        })
        .sum()
}

fn extract(c: &mut Criterion) {
    let notices = dev_notices();
    let gazetteer = Gazetteer::builtin();
    let bytes: u64 = notices.iter().map(|(_, b)| b.len() as u64).sum();
    eprintln!(
        "dev corpus: {} notices, {bytes} bytes, {} mentions per pass",
        notices.len(),
        pass(&notices, gazetteer)
    );
    let mut group = c.benchmark_group("extract");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(15));
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("dev_corpus_bytes", |b| b.iter(|| pass(&notices, gazetteer)));
    group.throughput(Throughput::Elements(notices.len() as u64));
    group.bench_function("dev_corpus_notices", |b| {
        b.iter(|| pass(&notices, gazetteer))
    });
    group.finish();
    long_notice(c, gazetteer);
}

/// About 200 KB of English written for the benchmark, as one run without any sentence
/// break and as normal sentences: extraction time must grow linearly with the text.
fn long_notice(c: &mut Criterion, gazetteer: &Gazetteer) {
    let clause = "Minister Kim Min-su of the Ministry of the Interior and Safety said the \
                  OECD E-Leaders Meeting 2018 in Seoul was a success and that the second \
                  meeting next year will be held in Busan after last year's forum";
    let header = "title: Long notice\ndate: 2020-01-01\nlang: en\n\n";
    let mut group = c.benchmark_group("long_notice");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    for (name, joint) in [("no_stops_200k", " and "), ("sentences_200k", ". ")] {
        let n = 200_000 / (clause.len() + joint.len());
        let text = format!("{header}{}", vec![clause; n].join(joint)).into_bytes();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                process(black_box(&text), MediaType::Text, gazetteer)
                    .expect("long notice")
                    .mentions
                    .len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
