//! Orchestration of one write path: bytes → [`ingest::process`] → [`mapping`] →
//! [`Store::replace_graph`]. Shared by the CLI (`ingest`, `serve` seeding samples) and the
//! HTTP `POST /notices` handler, so both store exactly the same graph for the same notice.
//!
//! Every write replaces whole named graphs (one notice, the gazetteer, the ontology) in one
//! store transaction: re-ingesting is idempotent and a failure never leaves half a notice.
//! Synchronous (Oxigraph and the pipeline are); async callers go through
//! `state::blocking`.

use crate::ingest::{self, Gazetteer, IngestError, MediaType};
use crate::model::Lang;
use crate::rdf::iri::Iris;
use crate::rdf::mapping::{self, MappingError};
use crate::store::{Store, StoreError};
use oxigraph::model::{NamedNode, Quad};
use std::path::{Path, PathBuf};

/// File extensions a folder walk picks up as notices (explicitly named files are read
/// whatever their extension). Gold annotations (`*.gold.tsv`) and READMEs are skipped.
pub const NOTICE_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "xhtml", "json"];

/// Why loading failed. Each variant carries the offending input.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The notice could not be read or is not in a supported language.
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// The store refused the write.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The ontology could not be mapped.
    #[error(transparent)]
    Mapping(#[from] MappingError),
    /// Batch mode met a notice it has written already (the same notice IRI: the same
    /// source URL, or the same text without one): it keeps the first, and says so, where
    /// `ingest --store` would replace the first by this one.
    #[error(
        "the same notice as {first} ({iri}: same source URL, or same text): batch mode writes \
         each notice once and keeps the first; remove one of the two files"
    )]
    DuplicateNotice {
        /// The notice IRI.
        iri: String,
        /// The file of the batch that gave it first.
        first: PathBuf,
    },
    /// A file or folder could not be read.
    #[error("cannot read {path}: {error}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error (in the message, so not also a `source` that a report would
        /// print a second time).
        error: std::io::Error,
    },
}

/// What storing one notice produced.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IngestSummary {
    /// The notice id (`{base}id/notice/{id}`).
    pub id: String,
    /// The notice IRI.
    pub iri: String,
    /// The named graph the notice was stored in.
    pub graph: String,
    /// The detected language.
    #[serde(serialize_with = "lang_tag")]
    pub lang: Lang,
    /// The headline, when the notice has one.
    pub title: Option<String>,
    /// Distinct entities (not events) extracted.
    pub entities: usize,
    /// Events extracted.
    pub events: usize,
    /// Mentions (NIF phrases) of entities and events.
    pub mentions: usize,
    /// Quads written to the notice graph.
    pub quads: usize,
    /// Problems met while reading that did not stop the notice (see
    /// [`crate::model::Extraction::warnings`]).
    pub warnings: Vec<String>,
}

fn lang_tag<S: serde::Serializer>(lang: &Lang, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(lang.tag())
}

/// The result of loading one file of a batch: batches never stop at a bad file.
#[derive(Debug)]
pub struct IngestOutcome {
    /// The file.
    pub path: PathBuf,
    /// What storing it produced, or why it failed.
    pub result: Result<IngestSummary, LoadError>,
}

/// Runs the pipeline on one notice and replaces its named graph with the result.
///
/// `bytes` is the raw notice, `media` says how to read it, `max_bytes` is the largest
/// notice accepted (bytes; [`ingest::MAX_NOTICE_BYTES`] by default). The publisher header
/// is linked to a gazetteer organization when one has it as a label or alias. Errors:
/// [`LoadError::Ingest`] (unreadable, unsupported or too large notice; nothing is
/// written), [`LoadError::Store`].
pub fn ingest_notice(
    store: &dyn Store,
    iris: &Iris,
    gaz: &Gazetteer,
    bytes: &[u8],
    media: MediaType,
    max_bytes: usize,
) -> Result<IngestSummary, LoadError> {
    let (summary, quads) = notice_quads(iris, gaz, bytes, media, max_bytes)?;
    let graph = NamedNode::new_unchecked(summary.graph.clone());
    store.replace_graph(&graph, &quads)?;
    tracing::debug!(notice = %summary.id, quads = quads.len(), "notice stored");
    Ok(summary)
}

/// The pipeline on one notice without a store: its summary and the quads of its named
/// graph (`summary.graph`), exactly what [`ingest_notice`] stores. Warnings are in the
/// summary (`summary.warnings`), for the caller to report once, where it reports (the
/// `ingest` command on standard error, `serve` in its log); here they are only traced at
/// debug level.
/// Errors: [`LoadError::Ingest`] (unreadable, unsupported or too large notice).
pub fn notice_quads(
    iris: &Iris,
    gaz: &Gazetteer,
    bytes: &[u8],
    media: MediaType,
    max_bytes: usize,
) -> Result<(IngestSummary, Vec<Quad>), LoadError> {
    let x = ingest::process_within(bytes, media, gaz, max_bytes)?;
    let publisher = x.notice.publisher.as_deref().and_then(|p| {
        mapping::find_publisher(p, &x.entities)
            .or_else(|| mapping::find_publisher(p, gaz.entities()))
    });
    let quads = mapping::notice_quads_with_publisher(&x, iris, publisher.map(|e| &e.key));
    let graph = iris.notice_graph(&x.notice.id);
    for w in &x.warnings {
        tracing::debug!(notice = %x.notice.id, "{w}");
    }
    let title = x.notice.headline();
    let summary = IngestSummary {
        iri: iris.notice(&x.notice.id).into_string(),
        graph: graph.into_string(),
        id: x.notice.id,
        lang: x.notice.lang,
        title,
        entities: x.entities.len(),
        events: x.events.len(),
        mentions: x.mentions.len(),
        quads: quads.len(),
        warnings: x.warnings,
    };
    Ok((summary, quads))
}

/// The quads of the background graphs (ontology, gazetteer) that [`ensure_background`]
/// stores, in that order. Errors: [`LoadError::Mapping`] (the compiled-in ontology does
/// not parse).
pub fn background_quads(iris: &Iris, gaz: &Gazetteer) -> Result<Vec<Quad>, LoadError> {
    let mut quads = mapping::ontology_quads(iris)?;
    quads.extend(mapping::gazetteer_quads(gaz, iris));
    Ok(quads)
}

/// Runs the pipeline on each of `files` (each at most `max_bytes` bytes) on `jobs` threads
/// (at least one, at most one per file) without a store, handing each notice's outcome and
/// quads to `sink` in the order of `files` (whatever order the threads finish in), so that
/// the output of a batch is the same on every run. Never stops at a bad file: its outcome
/// carries the error and no quads. A notice met again (its IRI already handed on, from an
/// earlier file) is handed on as [`LoadError::DuplicateNotice`] with no quads, so that a
/// notice's graph is written once (memory: one IRI per notice). A `sink` error (a full
/// disk, a closed pipe) stops the batch early (the threads end after the notice they are
/// on) and is returned.
///
/// Memory stays bounded: no file is started [`REORDER_WINDOW_PER_JOB`] × `jobs` or more
/// places after the oldest one not yet handed on, so one slow notice holds the others back
/// instead of letting their quads pile up while they wait for their turn.
pub fn quads_of_files<E>(
    iris: &Iris,
    gaz: &Gazetteer,
    files: &[PathBuf],
    max_bytes: usize,
    jobs: usize,
    sink: &mut dyn FnMut(IngestOutcome, Vec<Quad>) -> Result<(), E>,
) -> Result<(), E> {
    let jobs = jobs.min(files.len()).max(1);
    let process = |path: &PathBuf| {
        let read = std::fs::read(path).map_err(|error| LoadError::Io {
            path: path.clone(),
            error,
        });
        let (result, quads) = match read.and_then(|bytes| {
            notice_quads(iris, gaz, &bytes, MediaType::from_path(path), max_bytes)
        }) {
            Ok((summary, quads)) => (Ok(summary), quads),
            Err(e) => (Err(e), Vec::new()),
        };
        let outcome = IngestOutcome {
            path: path.clone(),
            result,
        };
        (outcome, quads)
    };
    let mut written = std::collections::HashMap::<String, PathBuf>::new();
    in_order(
        files,
        jobs,
        REORDER_WINDOW_PER_JOB.saturating_mul(jobs),
        &process,
        &mut |(mut outcome, mut quads)| {
            if let Ok(summary) = &outcome.result {
                match written.entry(summary.iri.clone()) {
                    std::collections::hash_map::Entry::Occupied(first) => {
                        outcome.result = Err(LoadError::DuplicateNotice {
                            iri: summary.iri.clone(),
                            first: first.get().clone(),
                        });
                        quads = Vec::new();
                    }
                    std::collections::hash_map::Entry::Vacant(entry) => {
                        entry.insert(outcome.path.clone());
                    }
                }
            }
            sink(outcome, quads)
        },
    )
}

/// How many files per thread [`quads_of_files`] may run ahead of the oldest one not yet
/// handed on. Eight keeps every thread busy past a notice a few times slower than the
/// others while holding at most `8 × jobs` notices' quads in memory.
pub const REORDER_WINDOW_PER_JOB: usize = 8;

/// The oldest index not yet handed on, shared by the consumer of [`in_order`] and its
/// threads; [`Turn::STOPPED`] once the consumer has stopped (by a `sink` error or a
/// panic) or a thread panicked.
struct Turn {
    oldest: std::sync::Mutex<usize>,
    moved: std::sync::Condvar,
}

impl Turn {
    const STOPPED: usize = usize::MAX;

    fn lock(&self) -> std::sync::MutexGuard<'_, usize> {
        // the value is a plain counter: a panic elsewhere cannot leave it inconsistent
        self.oldest
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Moves the oldest index on to `oldest`, unless the work has stopped.
    fn advance(&self, oldest: usize) {
        let mut current = self.lock();
        if *current != Self::STOPPED {
            *current = oldest;
            self.moved.notify_all();
        }
    }

    /// Stops the work: every waiting thread wakes up and ends.
    fn stop(&self) {
        *self.lock() = Self::STOPPED;
        self.moved.notify_all();
    }

    /// Waits until item `i` may start (`i < oldest + window`). Returns false when the work
    /// has stopped instead.
    fn wait_for(&self, i: usize, window: usize) -> bool {
        let mut oldest = self.lock();
        while *oldest != Self::STOPPED && i >= oldest.saturating_add(window) {
            oldest = self
                .moved
                .wait(oldest)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        *oldest != Self::STOPPED
    }
}

/// Stops the work when dropped while unwinding (a thread's panic) or always (the
/// consumer's guard), so that no thread waits for a turn that will never come.
struct StopOnDrop<'a> {
    turn: &'a Turn,
    only_when_panicking: bool,
}

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        if !self.only_when_panicking || std::thread::panicking() {
            self.turn.stop();
        }
    }
}

/// Maps `process` over `items` on `jobs` threads and hands the results to `sink` in the
/// order of `items`. No item is started `window` (at least `jobs`) or more places after
/// the oldest result not yet handed on, so at most `window` results are held at a time.
/// A `sink` error stops the work (each thread ends after the item it is on) and is
/// returned. A panic in `process` stops the work too and is passed on once the other
/// threads have ended (it never leaves them waiting for their turn).
fn in_order<I: Sync, T: Send, E>(
    items: &[I],
    jobs: usize,
    window: usize,
    process: &(dyn Fn(&I) -> T + Sync),
    sink: &mut dyn FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let jobs = jobs.max(1);
    let window = window.max(jobs);
    let next = AtomicUsize::new(0);
    let turn = Turn {
        oldest: std::sync::Mutex::new(0),
        moved: std::sync::Condvar::new(),
    };
    let (tx, rx) = std::sync::mpsc::channel::<(usize, T)>();
    std::thread::scope(|scope| {
        // by any exit of the consumer (a sink error, a panic, a failed spawn), threads
        // waiting for their turn end instead of holding the scope open forever
        let _stop = StopOnDrop {
            turn: &turn,
            only_when_panicking: false,
        };
        // dropped when the consumer returns, so that sending fails from then on
        let rx = rx;
        for _ in 0..jobs {
            let (tx, next, turn) = (tx.clone(), &next, &turn);
            scope.spawn(move || {
                let _stop = StopOnDrop {
                    turn,
                    only_when_panicking: true,
                };
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if !turn.wait_for(i, window) || tx.send((i, process(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut waiting: BTreeMap<usize, T> = BTreeMap::new();
        let mut handed = 0;
        for (i, result) in rx.iter() {
            waiting.insert(i, result);
            let before = handed;
            while let Some(result) = waiting.remove(&handed) {
                sink(result)?;
                handed += 1;
            }
            if handed != before {
                turn.advance(handed);
            }
        }
        Ok(())
    })
}

/// Reads `path` and [`ingest_notice`]s it (at most `max_bytes` bytes), with the media type
/// from its extension. Errors: [`LoadError::Io`] naming the file, else as
/// [`ingest_notice`].
pub fn ingest_file(
    store: &dyn Store,
    iris: &Iris,
    gaz: &Gazetteer,
    path: &Path,
    max_bytes: usize,
) -> Result<IngestSummary, LoadError> {
    let bytes = std::fs::read(path).map_err(|error| LoadError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    ingest_notice(
        store,
        iris,
        gaz,
        &bytes,
        MediaType::from_path(path),
        max_bytes,
    )
}

/// Makes the store hold the current ontology and gazetteer graphs, by replacing both
/// (cheap: a few thousand quads, one transaction each). `serve` and `ingest` call it
/// before they work, so a new build's gazetteer reaches an old store.
///
/// Errors: [`LoadError::Mapping`] (the compiled-in ontology does not parse),
/// [`LoadError::Store`].
pub fn ensure_background(store: &dyn Store, iris: &Iris, gaz: &Gazetteer) -> Result<(), LoadError> {
    let ontology = mapping::ontology_quads(iris)?;
    store.replace_graph(&iris.ontology_graph(), &ontology)?;
    let gazetteer = mapping::gazetteer_quads(gaz, iris);
    store.replace_graph(&iris.gazetteer_graph(), &gazetteer)?;
    tracing::info!(
        ontology = ontology.len(),
        gazetteer = gazetteer.len(),
        "background graphs stored"
    );
    Ok(())
}

/// The notice graphs in the store (`{base}graph/notice/…`), sorted.
pub fn notice_graphs(
    store: &dyn Store,
    iris: &Iris,
) -> Result<Vec<oxigraph::model::NamedNode>, LoadError> {
    Ok(store.graphs_with_prefix(iris.notice_graph("").as_str())?)
}

/// Every notice file under `paths`: files as given, folders walked recursively for
/// [`NOTICE_EXTENSIONS`] (hidden entries skipped), each folder's files sorted by name so
/// batches run in a stable order.
///
/// Errors: [`LoadError::Io`] naming a path that does not exist or a folder that cannot be
/// listed.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
        let io = |error| LoadError::Io {
            path: dir.to_path_buf(),
            error,
        };
        let mut entries = std::fs::read_dir(dir)
            .map_err(io)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(io)?;
        entries.sort();
        for path in entries {
            let hidden = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            if path.is_dir() {
                walk(&path, out)?;
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| NOTICE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|error| LoadError::Io {
            path: path.clone(),
            error,
        })?;
        if meta.is_dir() {
            walk(path, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// Ingests each of `files` (each at most `max_bytes` bytes), calling `progress` after each
/// one; never stops at a bad file (a too large one included).
pub fn ingest_files(
    store: &dyn Store,
    iris: &Iris,
    gaz: &Gazetteer,
    files: &[PathBuf],
    max_bytes: usize,
    progress: &mut dyn FnMut(&IngestOutcome),
) -> Vec<IngestOutcome> {
    files
        .iter()
        .map(|path| {
            let outcome = IngestOutcome {
                path: path.clone(),
                result: ingest_file(store, iris, gaz, path, max_bytes),
            };
            if let Err(e) = &outcome.result {
                tracing::debug!(path = %path.display(), error = %e, "notice not stored");
            }
            progress(&outcome);
            outcome
        })
        .collect()
}

/// Seeds an empty store with the sample notices under `dir`: when the store holds no
/// notice graph yet, every notice file under `dir` is ingested (see [`collect_files`]);
/// otherwise nothing is done and the result is empty. A missing `dir` is not an error
/// (logged): the service runs without samples.
///
/// Errors: [`LoadError::Store`] when the store cannot be listed, [`LoadError::Io`] when
/// `dir` exists but cannot be walked. Per-file failures are in the outcomes.
pub fn seed_samples(
    store: &dyn Store,
    iris: &Iris,
    gaz: &Gazetteer,
    dir: &Path,
) -> Result<Vec<IngestOutcome>, LoadError> {
    if !notice_graphs(store, iris)?.is_empty() {
        return Ok(Vec::new());
    }
    if !dir.is_dir() {
        tracing::warn!(dir = %dir.display(), "no sample notice folder; starting without samples");
        return Ok(Vec::new());
    }
    let files = collect_files(&[dir.to_path_buf()])?;
    Ok(ingest_files(
        store,
        iris,
        gaz,
        &files,
        ingest::MAX_NOTICE_BYTES,
        &mut |_| {},
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::MAX_NOTICE_BYTES as MAX;
    use crate::store::EmbeddedStore;

    /// One slow item holds the others back: no item starts `window` places or more after
    /// it while it runs, and the results still come out in order.
    #[test]
    fn in_order_bounds_how_far_threads_run_ahead() {
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
        let items: Vec<usize> = (0..200).collect();
        let first_done = AtomicBool::new(false);
        let furthest_while_slow = AtomicUsize::new(0);
        let process = |&i: &usize| {
            if i == 0 {
                // long enough for unbounded threads to run through all 200 items
                std::thread::sleep(std::time::Duration::from_millis(300));
                first_done.store(true, Ordering::SeqCst);
            } else if !first_done.load(Ordering::SeqCst) {
                furthest_while_slow.fetch_max(i, Ordering::SeqCst);
            }
            i * 2
        };
        let mut out = Vec::new();
        in_order(&items, 3, 12, &process, &mut |r| -> Result<(), ()> {
            out.push(r);
            Ok(())
        })
        .unwrap();
        assert_eq!(out, (0..200).map(|i| i * 2).collect::<Vec<_>>());
        let furthest = furthest_while_slow.load(Ordering::SeqCst);
        assert!(
            furthest < 12,
            "item {furthest} started while item 0 ran (window 12)"
        );
        assert!(furthest > 0, "no other item ran beside the slow one");
    }

    /// A sink error stops the work and is returned; threads waiting for their turn end.
    #[test]
    fn in_order_stops_at_a_sink_error() {
        let items: Vec<usize> = (0..1000).collect();
        let started = std::sync::atomic::AtomicUsize::new(0);
        let process = |&i: &usize| {
            started.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            i
        };
        let mut handed = 0;
        let result = in_order(&items, 4, 8, &process, &mut |r| {
            handed += 1;
            if r == 5 { Err("disk full") } else { Ok(()) }
        });
        assert_eq!(result, Err("disk full"));
        assert_eq!(handed, 6);
        // the threads never saw an oldest index past 5 (item 5 was never handed on), so
        // with a window of 8 no item past 12 may have started
        let started = started.load(std::sync::atomic::Ordering::SeqCst);
        assert!(
            (6..=13).contains(&started),
            "{started} items started (window 8, the sink failed at item 5)"
        );
    }

    /// A panic in `process` reaches the caller instead of leaving the other threads
    /// waiting for a turn that never comes (the first version of the reorder window hung:
    /// the panicked item never arrived, so the oldest index never moved on).
    #[test]
    fn in_order_passes_a_panic_on_instead_of_hanging() {
        let (done, finished) = std::sync::mpsc::channel();
        // in a thread of its own, so that a hang fails the test instead of blocking it
        std::thread::spawn(move || {
            let items: Vec<usize> = (0..100).collect();
            let process = |&i: &usize| {
                assert!(i != 3, "item 3 is broken");
                i
            };
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                in_order(&items, 2, 4, &process, &mut |_| -> Result<(), ()> {
                    Ok(())
                })
            }));
            let _ = done.send(result.is_err());
        });
        let panicked = finished
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("in_order still runs 30 s after a panic in process");
        assert!(panicked, "the panic in process was lost");
    }

    #[test]
    fn collect_files_walks_folders_for_notice_extensions_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/c")).unwrap();
        for f in [
            "b/2.txt",
            "b/1.html",
            "b/c/3.json",
            "b/notes.md",
            "b/1.txt.gold.tsv",
            "b/.hidden.txt",
            "a.txt",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let explicit = root.join("b/notes.md");
        let files = collect_files(&[root.join("b"), explicit.clone()]).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["b/1.html", "b/2.txt", "b/c/3.json", "b/notes.md"]);
        match collect_files(&[root.join("missing")]) {
            Err(LoadError::Io { path, .. }) => assert_eq!(path, root.join("missing")),
            other => panic!("expected an I/O error, got {other:?}"),
        }
    }

    #[test]
    fn seed_samples_skips_a_missing_folder_and_a_store_with_notices() {
        let store = EmbeddedStore::in_memory();
        let iris = Iris::new("http://example.org/").unwrap();
        let gaz = Gazetteer::default();
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope");
        assert!(
            seed_samples(&store, &iris, &gaz, &missing)
                .unwrap()
                .is_empty()
        );
        // a store that already has a notice graph is not seeded (the bad file would fail)
        let g = iris.notice_graph("n1");
        let q = oxigraph::model::Quad::new(g.clone(), g.clone(), g.clone(), g.clone());
        store.replace_graph(&g, &[q]).unwrap();
        std::fs::write(dir.path().join("bad.txt"), b"\xff\xfe").unwrap();
        assert!(
            seed_samples(&store, &iris, &gaz, dir.path())
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn ensure_background_is_idempotent() {
        let store = EmbeddedStore::in_memory();
        let iris = Iris::new("http://example.org/").unwrap();
        let gaz = Gazetteer::default();
        ensure_background(&store, &iris, &gaz).unwrap();
        let first = store.len().unwrap();
        assert!(store.graph_len(&iris.ontology_graph()).unwrap() > 0);
        ensure_background(&store, &iris, &gaz).unwrap();
        assert_eq!(store.len().unwrap(), first);
    }

    /// Needs the real pipeline (`pipeline` branch): stores a notice written for this test
    /// twice and checks the graph is replaced, not doubled.
    #[test]
    fn ingest_notice_twice_replaces_the_graph() {
        let store = EmbeddedStore::in_memory();
        let iris = Iris::new("http://example.org/").unwrap();
        let gaz = Gazetteer::builtin();
        let text = "title: Korea to host an example forum\ndate: 2029-11-05\n\n\
                    Korea will host the Example Forum 2030 in Busan, the Ministry said today.";
        let first =
            ingest_notice(&store, &iris, gaz, text.as_bytes(), MediaType::Text, MAX).unwrap();
        let len = store.len().unwrap();
        let second =
            ingest_notice(&store, &iris, gaz, text.as_bytes(), MediaType::Text, MAX).unwrap();
        assert_eq!(first, second);
        assert_eq!(store.len().unwrap(), len);
        assert_eq!(first.lang, Lang::En);
        assert_eq!(first.iri, iris.notice(&first.id).as_str());
        assert_eq!(
            store.graph_len(&iris.notice_graph(&first.id)).unwrap(),
            first.quads
        );
        assert!(first.mentions > 0, "{first:?}");
    }

    /// Two files of one batch that are the same notice (the same source URL, different
    /// text): the first is written, the second is an error naming the first.
    #[test]
    fn a_notice_met_twice_in_a_batch_is_written_once() {
        let dir = tempfile::tempdir().unwrap();
        let iris = Iris::new("http://example.org/").unwrap();
        let head = "source: https://example.org/n/1\ndate: 2029-11-05\n\n";
        let files: Vec<PathBuf> = [
            "Korea will host the Example Forum 2030 in Busan.",
            "Korea will host the Example Forum 2030 in Seoul instead.",
            "Japan will host another forum in Osaka.",
        ]
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let path = dir.path().join(format!("{i}.txt"));
            let head = if i == 2 { "date: 2029-11-05\n\n" } else { head };
            std::fs::write(&path, format!("{head}{body}")).unwrap();
            path
        })
        .collect();
        let mut seen = Vec::new();
        quads_of_files(
            &iris,
            Gazetteer::builtin(),
            &files,
            MAX,
            2,
            &mut |outcome, quads| {
                seen.push((outcome, quads.len()));
                Ok::<_, ()>(())
            },
        )
        .unwrap();
        assert!(seen[0].0.result.is_ok() && seen[0].1 > 0, "{:?}", seen[0]);
        match &seen[1].0.result {
            Err(LoadError::DuplicateNotice { first, .. }) => assert_eq!(first, &files[0]),
            other => panic!("{other:?}"),
        }
        assert_eq!(seen[1].1, 0);
        assert!(seen[2].0.result.is_ok() && seen[2].1 > 0, "{:?}", seen[2]);
    }

    #[test]
    fn bad_notice_writes_nothing() {
        let store = EmbeddedStore::in_memory();
        let iris = Iris::new("http://example.org/").unwrap();
        let result = ingest_notice(
            &store,
            &iris,
            &Gazetteer::default(),
            b"\xff\xfe\x00",
            MediaType::Text,
            MAX,
        );
        assert!(
            matches!(result, Err(LoadError::Ingest(IngestError::NotUtf8(_)))),
            "{result:?}"
        );
        assert!(store.is_empty().unwrap());
    }
}
