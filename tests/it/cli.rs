//! The real `noticegraph` binary on a temporary RocksDB directory: `ingest` (batch with a
//! bad file, idempotence), `query` (CSV, stdin, syntax errors) and `export`.
//!
//! Notices here are written for these tests; no corpus text.

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// An English notice with the corpus header block, invented for this test.
const GOOD_NOTICE: &str = "title: Korea to host the Example Forum 2030\n\
date: 2029-11-05\n\
source: https://news.example.org/notices/42\n\
lang: en\n\
\n\
The Republic of Korea will host the Example Forum 2030 in Busan, the Ministry said on \
Tuesday. Delegations from France and Estonia are expected to attend.\n";

fn noticegraph(store: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_noticegraph"));
    cmd.args(args)
        .env("NOTICEGRAPH_STORE", store)
        .env("NOTICEGRAPH_BASE_IRI", "http://example.org/")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    cmd
}

fn run(store: &Path, args: &[&str]) -> Output {
    noticegraph(store, args).output().expect("run noticegraph")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A folder with one good notice and one file that is not UTF-8.
fn notices(dir: &Path) -> std::path::PathBuf {
    let folder = dir.join("notices");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("good.txt"), GOOD_NOTICE).unwrap();
    std::fs::write(folder.join("bad.txt"), b"\xff\xfe not utf-8 \xc3\x28").unwrap();
    folder
}

/// `SELECT (COUNT(*) AS ?n)` of `pattern` as a number, through `query --format csv`.
fn count(store: &Path, pattern: &str) -> usize {
    let out = run(
        store,
        &[
            "query",
            "--format",
            "csv",
            &format!("SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("n"), "{csv}");
    lines.next().unwrap().trim().parse().unwrap()
}

#[test]
fn ingest_reports_the_bad_file_keeps_the_good_one_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let folder = notices(dir.path());
    let out = run(&store, &["ingest", folder.to_str().unwrap()]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout: {stdout}\nstderr: {stderr}"
    );
    assert!(stderr.contains("bad.txt"), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(!stderr.contains("good.txt"), "{stderr}");
    assert!(
        stdout.contains("ingested 1 notices (1 failed) in "),
        "{stdout}"
    );
    let notices = count(
        &store,
        "?n a <https://schema.org/NewsArticle> ; <https://schema.org/inLanguage> \"en\"",
    );
    assert_eq!(notices, 1);
}

#[test]
fn ingest_warns_about_an_invalid_header_date_naming_file_and_value() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let file = dir.path().join("odd-date.txt");
    std::fs::write(&file, GOOD_NOTICE.replace("2029-11-05", "2029-13-45")).unwrap();
    let out = run(&store, &["ingest", file.to_str().unwrap()]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "stdout: {stdout}\nstderr: {stderr}");
    let warning = stderr
        .lines()
        .find(|l| l.starts_with("warning: ") && l.contains("odd-date.txt"))
        .unwrap_or_else(|| panic!("no warning in {stderr}"));
    assert!(
        warning.contains("invalid header date \"2029-13-45\""),
        "{warning}"
    );
    // once: not also as a log line (review: every warning was printed twice)
    assert_eq!(stderr.matches("2029-13-45").count(), 1, "{stderr}");
    assert!(stdout.contains("ingested 1 notices (0 failed)"), "{stdout}");
}

#[test]
fn ingesting_twice_leaves_the_same_quads() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let file = dir.path().join("good.txt");
    std::fs::write(&file, GOOD_NOTICE).unwrap();
    let file = file.to_str().unwrap();
    let out = run(&store, &["ingest", file]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let first = count(&store, "GRAPH ?g { ?s ?p ?o }");
    let out = run(&store, &["ingest", file]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(count(&store, "GRAPH ?g { ?s ?p ?o }"), first);
    assert!(first > 0);
}

#[test]
fn query_csv_and_export_nquads_agree() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let folder = notices(dir.path());
    let good = folder.join("good.txt");
    let out = run(&store, &["ingest", good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = run(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "SELECT ?h WHERE { ?n <https://schema.org/headline> ?h }",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "h\r\nKorea to host the Example Forum 2030\r\n"
    );

    let quads = count(&store, "GRAPH ?g { ?s ?p ?o }");
    let output = dir.path().join("dump.nq");
    let out = run(
        &store,
        &[
            "export",
            "--format",
            "nquads",
            "--output",
            output.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let dump = std::fs::read_to_string(&output).unwrap();
    assert_eq!(dump.lines().count(), quads);
    assert!(
        dump.contains("<http://example.org/graph/notice/"),
        "no notice graph"
    );
    assert!(
        dump.contains("<http://example.org/graph/ontology>"),
        "no ontology graph"
    );
}

#[test]
fn query_reads_stdin_and_reports_syntax_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let mut child = noticegraph(&store, &["query", "--format", "tsv", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(b"SELECT ?x WHERE { VALUES ?x { \"a\" \"b\" } }")
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "?x\n\"a\"\n\"b\"\n");

    let out = run(&store, &["query", "--format", "csv", "SELECT ?x WHERE {"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("does not parse"),
        "{}",
        text(&out.stderr)
    );
}

/// A reader that stops early (`noticegraph query … | head -1`, `export … | head -1`) ends
/// the output quietly:
/// exit 0 and nothing on standard error, not a broken-pipe error or a panic.
#[test]
fn output_to_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let values = (1..=50)
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    // 50³ rows, far more than a pipe buffer holds
    let query = format!(
        "SELECT ?a ?b ?c WHERE {{ VALUES ?a {{ {values} }} VALUES ?b {{ {values} }} \
         VALUES ?c {{ {values} }} }}"
    );
    let first = first_line_then_close(&store, &["query", "--format", "csv", &query]);
    assert_eq!(first.trim_end(), "a,b,c");

    // `export … | head -1`: the store with the gazetteer graph dumps far more than a pipe
    // buffer holds
    let good = notices(dir.path()).join("good.txt");
    let out = run(&store, &["ingest", good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let first = first_line_then_close(&store, &["export", "--format", "nquads"]);
    assert!(first.ends_with(" .\n"), "{first}");
}

/// Runs `noticegraph args`, reads the first line of its output and closes the pipe (as
/// `| head -1` does); asserts that the command then exits 0 with nothing on standard
/// error. Returns the line.
fn first_line_then_close(store: &Path, args: &[&str]) -> String {
    read_until_then_close(store, args, |_| true)
}

/// Runs `noticegraph args`, reads its output up to the first line for which `enough`
/// holds and closes the pipe; asserts that the command then exits 0 with nothing on
/// standard error. Returns that line.
fn read_until_then_close(store: &Path, args: &[&str], enough: impl Fn(&str) -> bool) -> String {
    use std::io::{BufRead, BufReader};
    let mut child = noticegraph(store, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        let read = reader.read_line(&mut line).unwrap();
        assert!(
            read > 0,
            "{args:?}: the output ended before the line looked for"
        );
        if enough(&line) {
            break;
        }
    }
    // the reader is gone now
    drop(reader);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "{args:?}");
    line
}

#[test]
fn export_trig_of_an_empty_store_is_empty_and_bad_flags_fail() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let out = run(&store, &["export", "--format", "trig"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).trim().is_empty(), "{}", text(&out.stdout));
    let out = run(&store, &["export", "--format", "turtle"]);
    assert_eq!(out.status.code(), Some(2), "clap rejects unknown values");
}

/// The quads of N-Quads `bytes` in order, as N-Quads lines with every blank node written
/// `_:b` (only the ontology's RDF lists have blank nodes; a store may label them anew).
fn nquads_lines(bytes: &[u8]) -> Vec<String> {
    oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
        .for_slice(bytes)
        .map(|q| {
            let q = q.expect("valid N-Quads");
            let blank = |t: String| {
                if t.starts_with("_:") {
                    "_:b".to_string()
                } else {
                    t
                }
            };
            format!(
                "{} {} {} {}",
                blank(q.subject.to_string()),
                q.predicate,
                blank(q.object.to_string()),
                q.graph_name
            )
        })
        .collect()
}

/// [`nquads_lines`] of the file at `path`, as a set, with `xsd:nonNegativeInteger` read as
/// `xsd:integer`: Oxigraph's store gives the NIF offsets back as `xsd:integer` (same value).
fn nquads_set(path: &Path) -> std::collections::BTreeSet<String> {
    nquads_lines(&std::fs::read(path).unwrap())
        .into_iter()
        .map(|l| {
            l.replace(
                "^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>",
                "^^<http://www.w3.org/2001/XMLSchema#integer>",
            )
        })
        .collect()
}

/// Batch mode: `ingest --output FILE` writes, without a store, exactly the quads that
/// `ingest` stores (background graphs included), reports the bad file, keeps the good
/// one, exits 1, and leaves no `.partial` file behind.
#[test]
fn ingest_output_writes_the_quads_a_store_would_hold() {
    let dir = tempfile::tempdir().unwrap();
    let folder = notices(dir.path());
    let output = dir.path().join("batch.nq");
    let unused = dir.path().join("no-store");
    let out = run(
        &unused,
        &[
            "ingest",
            "--output",
            output.to_str().unwrap(),
            folder.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("written 1 notices (1 failed)"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("bad.txt"),
        "{}",
        text(&out.stderr)
    );
    assert!(!unused.exists(), "batch mode opened a store");
    assert!(!dir.path().join("batch.nq.partial").exists());
    let batch = nquads_set(&output);

    // the same folder through a store, then exported
    let store = dir.path().join("store");
    let out = run(&store, &["ingest", folder.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let dump = dir.path().join("dump.nq");
    let out = run(
        &store,
        &[
            "export",
            "--format",
            "nquads",
            "--output",
            dump.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stored = nquads_set(&dump);
    assert!(
        batch
            .iter()
            .any(|q| q.contains("<http://example.org/graph/gazetteer>"))
    );
    assert!(
        batch
            .iter()
            .any(|q| q.contains("<http://example.org/graph/notice/"))
    );
    let only_batch: Vec<_> = batch.difference(&stored).collect();
    let only_stored: Vec<_> = stored.difference(&batch).collect();
    assert!(
        only_batch.is_empty() && only_stored.is_empty(),
        "only in the batch output: {only_batch:#?}\nonly in the store: {only_stored:#?}"
    );
}

/// The batch output of the dev corpus is the same bytes on every run, whatever the number
/// of threads: notices are written in file order, and the ontology's blank nodes have
/// stable labels (review of `ingest --output`: they were random, so two runs differed).
#[test]
fn ingest_output_is_the_same_bytes_on_every_run_and_any_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    assert!(corpus.is_dir(), "{} is missing", corpus.display());
    let mut files = Vec::new();
    let mut bytes = Vec::new();
    for jobs in ["1", "3"] {
        let output = dir.path().join(format!("dev-{jobs}.nq"));
        let out = run(
            &dir.path().join("no-store"),
            &[
                "ingest",
                "--jobs",
                jobs,
                "--output",
                output.to_str().unwrap(),
                corpus.to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        bytes.push(std::fs::read(&output).unwrap());
        files.push(nquads_lines(bytes.last().unwrap()));
    }
    assert!(files[0].len() > 10_000, "{} quads", files[0].len());
    assert!(files[0] == files[1], "the outputs differ");
    assert!(bytes[0] == bytes[1], "the outputs differ in their bytes");
    // `--output -`: the same quads on standard output, which holds nothing else
    let out = run(
        &dir.path().join("no-store"),
        &["ingest", "--output", "-", corpus.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("written "),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout == bytes[0], "standard output differs");
}

/// `ingest --output` to a FIFO (as to `/dev/null` or another device) writes into it and
/// leaves it a FIFO: no `FILE.partial` beside it, no rename over it.
#[test]
fn ingest_output_to_a_fifo_writes_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let fifo = dir.path().join("quads.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo failed");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let out = run(
        &dir.path().join("no-store"),
        &[
            "ingest",
            "--output",
            fifo.to_str().unwrap(),
            corpus.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let read = nquads_lines(&reader.join().unwrap());
    assert!(read.len() > 10_000, "{} quads through the FIFO", read.len());
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced: {kind:?}");
    let mut partial = fifo.into_os_string();
    partial.push(".partial");
    assert!(!Path::new(&partial).exists(), "a .partial file was left");
}

/// A notice whose header date is invalid: the pipeline warns about it (on standard error
/// through the log, as soon as it is read), which tells whether a batch reached it.
fn odd_date_notice() -> String {
    GOOD_NOTICE
        .replace("2029-11-05", "2029-13-45")
        .replace("notices/42", "notices/odd-date")
}

/// A folder of `n` good notices (distinct sources, so distinct graphs) and, sorted last,
/// one with an invalid header date.
fn notices_then_odd_date(dir: &Path, n: usize) -> std::path::PathBuf {
    let folder = dir.join("many");
    std::fs::create_dir_all(&folder).unwrap();
    for i in 0..n {
        std::fs::write(
            folder.join(format!("n{i:03}.txt")),
            GOOD_NOTICE.replace("notices/42", &format!("notices/{i}")),
        )
        .unwrap();
    }
    std::fs::write(folder.join("zz-odd-date.txt"), odd_date_notice()).unwrap();
    folder
}

/// Review of `ingest --output`: a folder as the destination ran the whole batch and then
/// failed at the final rename. A folder, a missing parent folder and a parent that is a
/// file are refused at once, before any notice is read, and leave nothing behind.
#[test]
fn ingest_output_refuses_a_folder_or_a_missing_parent_before_reading_notices() {
    let dir = tempfile::tempdir().unwrap();
    let folder = notices_then_odd_date(dir.path(), 1);
    let existing = dir.path().join("existing");
    std::fs::create_dir(&existing).unwrap();
    let file = dir.path().join("file.txt");
    std::fs::write(&file, "not a folder").unwrap();
    let linked = dir.path().join("link-to-folder");
    std::os::unix::fs::symlink(&existing, &linked).unwrap();
    for (output, says) in [
        (existing.clone(), "existing is a folder"),
        (linked, "(the target of the link "),
        (dir.path().join("missing/out.nq"), "missing does not exist"),
        (file.join("out.nq"), "file.txt is not a folder"),
    ] {
        let out = run(
            &dir.path().join("no-store"),
            &[
                "ingest",
                "--output",
                output.to_str().unwrap(),
                folder.to_str().unwrap(),
            ],
        );
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{output:?}: {stderr}");
        assert!(stderr.contains(says), "{output:?}: {stderr}");
        assert!(stderr.contains("--output"), "{output:?}: {stderr}");
        assert!(
            !stderr.contains("invalid header date"),
            "{output:?}: notices were read before the refusal: {stderr}"
        );
    }
    let mut left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(left, ["existing", "file.txt", "link-to-folder", "many"]);
    assert_eq!(std::fs::read_dir(&existing).unwrap().count(), 0);
}

/// Review of `ingest --output`: a write error in the middle of the batch (here the file
/// size limit, `prlimit --fsize`, standing in for a full disk) left `FILE.partial`
/// behind. It is removed, the error names the file, and the old `FILE` is kept.
#[test]
fn ingest_output_write_error_removes_the_partial_file_and_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    // the background graphs alone: a batch of no notice
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let background = dir.path().join("background.nq");
    let out = run(
        &dir.path().join("no-store"),
        &[
            "ingest",
            "--output",
            background.to_str().unwrap(),
            empty.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // room for the background graphs and a little more: the limit is met among the notices
    let limit = std::fs::metadata(&background).unwrap().len() + 20_000;
    let output = dir.path().join("batch.nq");
    std::fs::write(&output, "the old batch\n").unwrap();
    // SIGXFSZ ignored, so that the write fails with EFBIG (as ENOSPC on a full disk)
    // instead of killing the process
    let out = Command::new("sh")
        .args([
            "-c",
            "trap '' XFSZ; exec prlimit --fsize=\"$0\" -- \"$@\"",
            &limit.to_string(),
            env!("CARGO_BIN_EXE_noticegraph"),
            "ingest",
            "--jobs",
            "2",
            "--output",
            output.to_str().unwrap(),
            corpus.to_str().unwrap(),
        ])
        .env("NOTICEGRAPH_STORE", dir.path().join("no-store"))
        .env("NOTICEGRAPH_BASE_IRI", "http://example.org/")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .expect("run sh, prlimit and noticegraph");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("error: writing {}", output.display())),
        "{stderr}"
    );
    assert!(stderr.contains("too large"), "not the size limit: {stderr}");
    assert!(
        !dir.path().join("batch.nq.partial").exists(),
        "the partial file was left: {stderr}"
    );
    assert_eq!(std::fs::read_to_string(&output).unwrap(), "the old batch\n");
}

/// Review of `ingest --output`: `ingest --output - | head -1` ended with a broken-pipe
/// error and exit 1. Like `export`, it ends quietly (exit 0, nothing on standard error),
/// whether the reader goes away among the background graphs or among the notices, and
/// it stops early: the last notice (which would log a warning) is never read.
#[test]
fn ingest_output_to_a_closed_pipe_ends_quietly_and_stops_early() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("no-store");
    // far more notices after the first than the reorder window (8 with one thread) and
    // the pipe's buffer hold
    let folder = notices_then_odd_date(dir.path(), 60);
    let folder = folder.to_str().unwrap();
    let first = first_line_then_close(&store, &["ingest", "--output", "-", folder]);
    assert!(first.ends_with(" .\n"), "{first}");
    let notice = read_until_then_close(
        &store,
        &["ingest", "--jobs", "1", "--output", "-", folder],
        |line| line.contains("<http://example.org/graph/notice/"),
    );
    assert!(notice.ends_with(" .\n"), "{notice}");
    assert!(!store.exists(), "batch mode opened a store");
}

/// Review of `ingest --output`: a symbolic link was replaced by a regular file. The batch
/// is written through the link (as a shell's `>` does): its target is replaced, or
/// created when missing, and the link is kept.
#[test]
fn ingest_output_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("good");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("good.txt"), GOOD_NOTICE).unwrap();
    let real = dir.path().join("real");
    std::fs::create_dir(&real).unwrap();
    std::fs::write(real.join("out.nq"), "the old batch\n").unwrap();
    // relative links, resolved from the folder that holds them; the second dangles
    for (link, target) in [("link.nq", "real/out.nq"), ("dangling.nq", "real/new.nq")] {
        let link = dir.path().join(link);
        std::os::unix::fs::symlink(target, &link).unwrap();
        let out = run(
            &dir.path().join("no-store"),
            &[
                "ingest",
                "--output",
                link.to_str().unwrap(),
                folder.to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "{link:?}: {}", text(&out.stderr));
        let kind = std::fs::symlink_metadata(&link).unwrap().file_type();
        assert!(kind.is_symlink(), "{link:?} was replaced: {kind:?}");
        assert_eq!(std::fs::read_link(&link).unwrap(), Path::new(target));
        let written = std::fs::read_to_string(dir.path().join(target)).unwrap();
        assert!(
            written.contains("<http://example.org/graph/notice/"),
            "{target}: {written:.200}"
        );
    }
    let mut left: Vec<_> = std::fs::read_dir(&real)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(left, ["new.nq", "out.nq"], "a partial file was left");
    assert!(!dir.path().join("link.nq.partial").exists());
}
