//! Faults survived (issue 6): the real `noticegraph serve` on a RocksDB directory is killed
//! with SIGKILL while clients post a batch of notices (the dev corpus, read at run time);
//! after a restart on the same directory every notice's named graph is either complete —
//! exactly the quads the pipeline makes for it ([`load::notice_quads`]) — or absent, and
//! posting the batch again completes it; and 32 readers never see part of a notice's graph
//! while another client ingests.

use crate::support::{agent, free_port, serve_binary, sparql_json, try_send};
use noticegraph::ingest::{Gazetteer, MAX_NOTICE_BYTES, MediaType};
use noticegraph::load;
use noticegraph::rdf::iri::Iris;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const TOKEN: &str = "fault-test-token";

/// Starts `noticegraph serve` on `store` at `port` with the test's token and waits until
/// `/health` answers ([`serve_binary`]).
fn start(store: &Path, port: u16) -> Child {
    serve_binary(
        port,
        &["--store", store.to_str().unwrap(), "--token", TOKEN],
    )
}

/// Posts every one of `files` to `/notices` from 4 client threads, counting in `posted`
/// each one the server acknowledged; a thread stops when its connection fails (the server
/// gone). Panics on any other answer than a success.
fn post_all(origin: &str, files: &[PathBuf], posted: &AtomicUsize) {
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                let client = agent();
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(path) = files.get(i) else { break };
                    let body = std::fs::read(path).unwrap();
                    let answer = try_send(
                        &client,
                        "POST",
                        &format!("{origin}/notices"),
                        &[
                            ("authorization", &format!("Bearer {TOKEN}")),
                            ("content-type", "text/plain; charset=utf-8"),
                        ],
                        body,
                    );
                    match answer {
                        Ok(a) if a.status == 201 || a.status == 200 => {
                            posted.fetch_add(1, Ordering::SeqCst);
                        }
                        Ok(a) => panic!("{}: {} {}", path.display(), a.status, a.body),
                        // the server was killed: this client stops
                        Err(_) => break,
                    }
                }
            });
        }
    });
}

/// The number of quads in named graph `graph`, by SPARQL.
fn quads_in(origin: &str, graph: &str) -> usize {
    let json = sparql_json(
        origin,
        &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"),
    );
    json["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// What each of `files` must put in the store of a server at `origin`: the named graph of
/// the notice and the number of quads the pipeline makes for it ([`load::notice_quads`]).
fn expected_graphs(origin: &str, files: &[PathBuf]) -> Vec<(String, usize)> {
    let iris = Iris::new(&format!("{origin}/")).unwrap();
    let gaz = Gazetteer::builtin();
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).unwrap();
            let (summary, quads) = load::notice_quads(
                &iris,
                gaz,
                &bytes,
                MediaType::from_path(path),
                MAX_NOTICE_BYTES,
            )
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (summary.graph, quads.len())
        })
        .collect()
}

#[test]
fn a_batch_killed_midway_leaves_whole_notices_and_completes_when_posted_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let port = free_port();
    let origin = format!("http://127.0.0.1:{port}");
    let files = crate::corpus::dev_notices();
    assert!(files.len() >= 20, "{} dev notices", files.len());

    // what each notice's graph must hold: the pipeline's own quads for it
    let expected = expected_graphs(&origin, &files);

    // kill the server with SIGKILL once a third of the batch is stored, requests in flight
    let mut server = start(&store, port);
    let posted = Arc::new(AtomicUsize::new(0));
    let killer = {
        let posted = Arc::clone(&posted);
        let third = files.len() / 3;
        std::thread::spawn(move || {
            let started = Instant::now();
            while posted.load(Ordering::SeqCst) < third
                && started.elapsed() < Duration::from_secs(300)
            {
                std::thread::sleep(Duration::from_millis(5));
            }
            server.kill().unwrap(); // SIGKILL on Unix
            server.wait().unwrap();
        })
    };
    post_all(&origin, &files, &posted);
    killer.join().unwrap();
    let stored_before = posted.load(Ordering::SeqCst);
    assert!(
        stored_before < files.len(),
        "the server was killed after the whole batch"
    );

    // restart on the same directory: each notice whole or absent
    let mut server = start(&store, port);
    let mut whole = 0;
    let mut torn = Vec::new();
    for (graph, quads) in &expected {
        match quads_in(&origin, graph) {
            0 => {}
            n if n == *quads => whole += 1,
            n => torn.push(format!("{graph}: {n} of {quads} quads")),
        }
    }
    assert!(
        torn.is_empty(),
        "torn notices after SIGKILL:\n{}",
        torn.join("\n")
    );
    assert!(
        whole >= stored_before,
        "{whole} whole graphs, {stored_before} acknowledged"
    );

    // the batch posted again completes the store
    let again = AtomicUsize::new(0);
    post_all(&origin, &files, &again);
    assert_eq!(again.load(Ordering::SeqCst), files.len());
    for (graph, quads) in &expected {
        assert_eq!(quads_in(&origin, graph), *quads, "{graph}");
    }
    server.kill().unwrap();
    server.wait().unwrap();
}

/// 32 clients query the notices' graphs while another client posts the stored batch twice
/// over (each post replaces a notice's graph in one transaction): every query answers 200
/// and every count a reader sees of a notice's graph is the whole graph — never a part of
/// it, never none.
#[test]
fn readers_never_see_part_of_a_notice_while_another_client_ingests() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let port = free_port();
    let origin = format!("http://127.0.0.1:{port}");
    let files: Vec<PathBuf> = crate::corpus::dev_notices().into_iter().take(8).collect();
    let expected = expected_graphs(&origin, &files);
    let mut server = start(&store, port);
    // every notice stored once before the readers start: from then on a reader must see
    // each graph whole, while the writer replaces it again and again
    let first = AtomicUsize::new(0);
    post_all(&origin, &files, &first);
    assert_eq!(first.load(Ordering::SeqCst), files.len());
    let done = std::sync::atomic::AtomicBool::new(false);
    let reads = AtomicUsize::new(0);
    let problems = std::sync::Mutex::new(Vec::<String>::new());
    std::thread::scope(|scope| {
        for reader in 0..32 {
            let (origin, expected, done, reads, problems) =
                (&origin, &expected, &done, &reads, &problems);
            scope.spawn(move || {
                let client = agent();
                let mut i = reader;
                while !done.load(Ordering::SeqCst) {
                    let (graph, quads) = &expected[i % expected.len()];
                    i += 1;
                    let query = format!(
                        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
                    );
                    let url = format!("{origin}/sparql?query={}", crate::support::encode(&query));
                    let accept = [("accept", "application/sparql-results+json")];
                    match try_send(&client, "GET", &url, &accept, Vec::new()) {
                        Ok(a) if a.status == 200 => {
                            let n: usize = a.json()["results"]["bindings"][0]["n"]["value"]
                                .as_str()
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(usize::MAX);
                            if n != *quads {
                                problems
                                    .lock()
                                    .unwrap()
                                    .push(format!("{graph}: {n} of {quads} quads"));
                            }
                            reads.fetch_add(1, Ordering::SeqCst);
                        }
                        Ok(a) => problems
                            .lock()
                            .unwrap()
                            .push(format!("{}: {}", a.status, a.body)),
                        Err(e) => problems.lock().unwrap().push(e),
                    }
                }
            });
        }
        // the writer: the batch twice, one notice after another
        let posted = AtomicUsize::new(0);
        for _ in 0..2 {
            post_all(&origin, &files, &posted);
        }
        done.store(true, Ordering::SeqCst);
        assert_eq!(posted.load(Ordering::SeqCst), 2 * files.len());
    });
    server.kill().unwrap();
    server.wait().unwrap();
    let problems = problems.into_inner().unwrap();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        reads.load(Ordering::SeqCst) > 100,
        "{} reads",
        reads.load(Ordering::SeqCst)
    );
}
