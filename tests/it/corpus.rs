//! The pipeline on the real notices of `../shared/corpus/dev`, read at run time (the
//! corpus is never copied into the project). These tests are the target of the ingest
//! pipeline: every notice ingests, languages are detected, the English and Korean versions
//! of the design notice resolve to the same entities, spans are character offsets, and
//! `eval` runs over the whole directory.
//!
//! If the corpus directory is missing, every test here fails with a message saying so.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use noticegraph::eval;
use noticegraph::ingest::{self, Gazetteer, MediaType};
use noticegraph::model::{Extraction, Lang, Span};

/// `../shared/corpus/dev`, relative to the package root. Panics if it is missing.
fn dev_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    assert!(
        dir.is_dir(),
        "corpus directory {} is missing: these tests need the shared corpus \
         (../shared/corpus/dev next to the package)",
        dir.display()
    );
    dir
}

/// Every `*.txt` notice of the dev split, sorted by name.
pub(crate) fn dev_notices() -> Vec<PathBuf> {
    let dir = dev_dir();
    let mut notices: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    notices.sort();
    assert!(!notices.is_empty(), "no *.txt notices in {}", dir.display());
    notices
}

/// The dev notice whose file name starts with `prefix` (`"001_"`).
fn dev_notice(prefix: &str) -> PathBuf {
    dev_notices()
        .into_iter()
        .find(|p| file_name(p).starts_with(prefix))
        .unwrap_or_else(|| panic!("no dev notice starting with {prefix:?}"))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn ingest_file(path: &Path) -> Result<Extraction, ingest::IngestError> {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    ingest::process(&bytes, MediaType::Text, Gazetteer::builtin())
}

/// The `lang:` of a notice's header block (the lines before the first blank line).
fn header_lang(path: &Path) -> Lang {
    let text = std::fs::read_to_string(path).expect("notice is UTF-8");
    let value = text
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .find_map(|l| l.strip_prefix("lang:"))
        .unwrap_or_else(|| panic!("{} has no lang: header", path.display()));
    Lang::from_tag(value.trim())
        .unwrap_or_else(|| panic!("{}: unsupported lang: {value:?}", path.display()))
}

/// The characters of `text` in `span` (offsets in Unicode scalar values).
fn char_slice(text: &str, span: Span) -> String {
    text.chars()
        .skip(span.begin)
        .take(span.end.saturating_sub(span.begin))
        .collect()
}

#[test]
fn every_dev_gold_file_parses() {
    for notice in dev_notices() {
        let mut gold = notice.clone().into_os_string();
        gold.push(".gold.tsv");
        let gold = PathBuf::from(gold);
        let parsed = eval::read_gold(&gold).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !parsed.entities.is_empty(),
            "{} has no entity lines",
            gold.display()
        );
        let lines = std::fs::read_to_string(&gold)
            .expect("gold file is UTF-8")
            .lines()
            .count();
        assert_eq!(
            parsed.entities.len() + parsed.events.len(),
            lines,
            "{}: every line must become one item",
            gold.display()
        );
    }
}

#[test]
fn every_dev_notice_ingests() {
    let failures: Vec<String> = dev_notices()
        .iter()
        .filter_map(|p| {
            ingest_file(p)
                .err()
                .map(|e| format!("{}: {e}", file_name(p)))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} notices failed to ingest:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn detected_language_matches_header() {
    let mut wrong = Vec::new();
    for path in dev_notices() {
        let expected = header_lang(&path);
        let extraction = ingest_file(&path)
            .unwrap_or_else(|e| panic!("{} failed to ingest: {e}", file_name(&path)));
        if extraction.notice.lang != expected {
            wrong.push(format!(
                "{}: header {expected}, detected {}",
                file_name(&path),
                extraction.notice.lang
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "language mismatches:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn design_notice_english_and_korean_share_entity_keys() {
    const KEYS: [&str; 8] = [
        "event/oecd-e-leaders-meeting-2018",
        "event/oecd-e-leaders-meeting-2016",
        "org/oecd",
        "country/kr",
        "country/ee",
        "city/tallinn",
        "person/hong-yun-sik",
        "person/angel-gurria",
    ];
    let keys_of = |prefix: &str| -> BTreeSet<String> {
        let path = dev_notice(prefix);
        let x = ingest_file(&path)
            .unwrap_or_else(|e| panic!("{} failed to ingest: {e}", file_name(&path)));
        x.entities
            .iter()
            .map(|e| e.key.to_string())
            .chain(x.events.iter().map(|e| e.entity.key.to_string()))
            .collect()
    };
    let (en, ko) = (keys_of("001_"), keys_of("002_"));
    let mut problems = Vec::new();
    for key in KEYS {
        for (which, keys) in [("001 (en)", &en), ("002 (ko)", &ko)] {
            if !keys.contains(key) {
                problems.push(format!("{key} missing from {which}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n001 keys: {en:?}\n002 keys: {ko:?}",
        problems.join("\n")
    );
}

#[test]
fn spans_are_character_offsets_into_the_text() {
    let mut bad = Vec::new();
    for path in dev_notices() {
        let x = ingest_file(&path)
            .unwrap_or_else(|e| panic!("{} failed to ingest: {e}", file_name(&path)));
        let text = &x.notice.text;
        let length = text.chars().count();
        let spans = x
            .mentions
            .iter()
            .map(|m| ("mention", m.span, m.anchor.as_str()))
            .chain(x.dates.iter().map(|d| ("date", d.span, d.anchor.as_str())))
            .chain(
                x.quantities
                    .iter()
                    .map(|q| ("quantity", q.span, q.anchor.as_str())),
            );
        for (what, span, anchor) in spans {
            let found = char_slice(text, span);
            if span.begin >= span.end || span.end > length || found != anchor {
                bad.push(format!(
                    "{}: {what} {}..{} anchor {anchor:?} but text has {found:?} (text length {length} chars)",
                    file_name(&path),
                    span.begin,
                    span.end
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} bad spans:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn eval_over_dev_reports_no_failed_notices() {
    let dir = dev_dir();
    let report = eval::evaluate_dir(&dir, Gazetteer::builtin())
        .unwrap_or_else(|e| panic!("eval over {} failed: {e}", dir.display()));
    // With NOTICEGRAPH_EVAL_DETAILS set, also list each notice's missed and spurious items.
    if std::env::var_os("NOTICEGRAPH_EVAL_DETAILS").is_some() {
        println!("{report:#}");
    } else {
        println!("{report}");
    }
    assert_eq!(report.files.len(), dev_notices().len());
    let failed = report.failed();
    assert!(failed.is_empty(), "notices failed to ingest: {failed:?}");
}
