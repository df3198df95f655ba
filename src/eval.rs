//! `noticegraph eval DIR`: the extraction pipeline scored against the gold annotations of
//! a corpus directory such as `../shared/corpus/dev` (format in its README, "Gold format").
//!
//! Every `NAME.txt` with a `NAME.txt.gold.tsv` beside it is run through
//! [`ingest::process`]; the [`Extraction`](crate::model::Extraction) is turned into
//! predicted items ([`Predictions::from_extraction`]) and matched against the gold lines.
//! A notice that fails to ingest (an error or a panic) is listed in the report and its gold
//! lines count as missed; it never stops the run. A malformed gold file does stop it
//! ([`EvalError::Gold`]): a score over a misread gold file would be meaningless.
//!
//! # Matching rule (the same for every file; no per-file tuning)
//! Each gold line is matched by at most one prediction and each prediction matches at most
//! one gold line (a maximum one-to-one matching, so line order does not matter).
//! Names are compared after [`normalize_name`]: NFC, lowercase, accents folded,
//! apostrophes removed, other punctuation turned into spaces, the word `the` dropped,
//! spaces collapsed.
//! - **Named types** (Organization, Country, City, Region, Event, Person, Role, Topic): a
//!   prediction of type T matches a gold line of type T when its English name equals the
//!   gold English name, or one of the `; `-joined forms of it (list-like Topic lines), or
//!   when one of its Korean labels (preferred or alternative) equals the gold Korean cell
//!   or one of its `; `-joined forms.
//! - **Date**: the ISO value of the prediction (`2018`, `2016-11-10`, or a period
//!   `2016-11-10/2016-11-11`) equals the gold date without its parenthesised note. A
//!   predicted period that equals no gold `Date` line is scored as its two endpoints
//!   (the gold writes a period of days as one line per endpoint); duplicates are dropped.
//! - **Quantity**: every number in the predicted value (as a multiset; separators removed,
//!   see [`normalize::numbers`]) appears among the numbers of the gold English phrase
//!   (digits, or the words `zero`–`twenty`).
//! - **Events** (the event score): a predicted event matches a gold `event` line by the
//!   named-type rule, the Korean forms being those of the `Event` entity line of the same
//!   name, if the gold file has one. Of matched events whose gold date cell holds a date,
//!   the report gives the share whose predicted `start[/end]` equals it.
//! - **Event roles**: for each matched event pair, the gold place, organizer and
//!   participants lists are matched one-to-one against the event's `location`,
//!   `organizer` and `attendee` entities by the named-type rule (any type; a gold item's
//!   Korean forms are those of the entity line with its English name), after dropping a
//!   trailing parenthesised note (`Shim Bo-kyun (head)`). Place items are split further
//!   at `, ` (`Busan, Republic of Korea` is two items). Counted as P/R/F1 over items.
//!
//! Predictions: entities by [`EntityKind::gold_type`](crate::model::EntityKind::gold_type)
//! (posts are `Role`; series and venues are not items), named by their `en` label or else their `ko`
//! label; events as `Event` items; dates deduplicated by value; quantities by value;
//! rankings as `Quantity` items whose numbers are the rank and the score (the gold writes
//! rankings and scores as `Quantity` lines).
//! Scores are micro-averaged over files: per type, over all entity types, per language
//! (the header's `lang:`, else the detected language), and Wikidata link accuracy (of
//! matched gold entities carrying a QID, the share whose prediction has that id).

pub mod gold;
pub mod normalize;
pub mod score;

use std::collections::BTreeMap;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::ingest::{self, Gazetteer, MediaType};
use crate::model::Lang;

pub use gold::{GOLD_TYPES, Gold, GoldDate, GoldEntity, GoldEvent, read_gold};
pub use normalize::{normalize_name, quantity_matches};
pub use score::{
    Counts, DateAgreement, FileScore, LinkCounts, Predictions, RoleAgreement, RoleName,
};

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or directory could not be read.
    #[error("cannot read {}: {error}", path.display())]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error (in the message, and not also a `source()`, so that an
        /// error chain does not print it twice).
        error: std::io::Error,
    },
    /// A gold file breaks the gold format.
    #[error("{}:{line}: {message} (line: {content:?})", path.display())]
    Gold {
        /// The gold file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
        /// The offending line.
        content: String,
    },
    /// The directory holds no `*.txt` with a `*.txt.gold.tsv` beside it.
    #[error("no gold-annotated notices (NAME.txt with NAME.txt.gold.tsv) in {}", .0.display())]
    NoNotices(PathBuf),
}

/// One scored notice.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    /// The notice's file name (`001_en_….txt`).
    pub file: String,
    /// The header's `lang:`, else the detected language; `None` if neither is known.
    pub lang: Option<Lang>,
    /// Why ingestion failed, if it did (then every gold line counts as missed).
    pub error: Option<String>,
    /// Its score.
    pub score: FileScore,
}

/// The result of [`evaluate_dir`]: one [`FileReport`] per notice, in file-name order,
/// and micro-averaged totals computed from them.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalReport {
    /// The directory evaluated.
    pub dir: PathBuf,
    /// Per-notice results.
    pub files: Vec<FileReport>,
}

impl EvalReport {
    /// Counts per gold type, summed over files, in [`GOLD_TYPES`] order.
    pub fn by_type(&self) -> Vec<(&'static str, Counts)> {
        GOLD_TYPES
            .iter()
            .map(|t| {
                let mut total = Counts::default();
                for f in &self.files {
                    total.add(f.score.by_type.get(t).copied().unwrap_or_default());
                }
                (*t, total)
            })
            .collect()
    }

    /// Entity counts over all types and files (micro average).
    pub fn entities(&self) -> Counts {
        let mut total = Counts::default();
        for f in &self.files {
            total.add(f.score.entities());
        }
        total
    }

    /// Entity counts per language tag (`en`, `ko`, `unknown`).
    pub fn by_lang(&self) -> BTreeMap<String, Counts> {
        self.per_lang(|f| f.score.entities())
    }

    /// Event-line counts per language tag (`en`, `ko`, `unknown`).
    pub fn events_by_lang(&self) -> BTreeMap<String, Counts> {
        self.per_lang(|f| f.score.events)
    }

    /// Wikidata linking per language tag (`en`, `ko`, `unknown`).
    pub fn wikidata_by_lang(&self) -> BTreeMap<String, LinkCounts> {
        let mut out: BTreeMap<String, LinkCounts> = BTreeMap::new();
        for f in &self.files {
            let tag = f.lang.map_or("unknown", Lang::tag).to_string();
            let acc = out.entry(tag).or_default();
            acc.linked += f.score.wikidata.linked;
            acc.correct += f.score.wikidata.correct;
        }
        out
    }

    /// Sums `counts` of each file per language tag.
    fn per_lang(&self, counts: impl Fn(&FileReport) -> Counts) -> BTreeMap<String, Counts> {
        let mut out: BTreeMap<String, Counts> = BTreeMap::new();
        for f in &self.files {
            let tag = f.lang.map_or("unknown", Lang::tag).to_string();
            out.entry(tag).or_default().add(counts(f));
        }
        out
    }

    /// Wikidata linking over all files.
    pub fn wikidata(&self) -> LinkCounts {
        self.files
            .iter()
            .fold(LinkCounts::default(), |acc, f| LinkCounts {
                linked: acc.linked + f.score.wikidata.linked,
                correct: acc.correct + f.score.wikidata.correct,
            })
    }

    /// Event-line counts over all files.
    pub fn events(&self) -> Counts {
        let mut total = Counts::default();
        for f in &self.files {
            total.add(f.score.events);
        }
        total
    }

    /// Event date agreement over all files.
    pub fn event_dates(&self) -> DateAgreement {
        self.files
            .iter()
            .fold(DateAgreement::default(), |acc, f| DateAgreement {
                dated: acc.dated + f.score.event_dates.dated,
                agree: acc.agree + f.score.event_dates.agree,
            })
    }

    /// Event role agreement (place, organizer, participants) over all files.
    pub fn event_roles(&self) -> RoleAgreement {
        let mut total = RoleAgreement::default();
        for f in &self.files {
            total.add(f.score.event_roles);
        }
        total
    }

    /// The notices that failed to ingest: (file, error).
    pub fn failed(&self) -> Vec<(&str, &str)> {
        self.files
            .iter()
            .filter_map(|f| f.error.as_deref().map(|e| (f.file.as_str(), e)))
            .collect()
    }

    /// The whole report as JSON, for tools: totals (with precision, recall and F1 as
    /// numbers in 0..=1), per-type and per-language counts, Wikidata and event-date
    /// shares, failures, and per-file counts with missed and spurious items.
    pub fn to_json(&self) -> Value {
        let files: Vec<Value> = self
            .files
            .iter()
            .map(|f| {
                let pairs = |items: &[(&str, String)]| -> Vec<Value> {
                    items
                        .iter()
                        .map(|(t, n)| json!({"type": t, "name": n}))
                        .collect()
                };
                json!({
                    "file": f.file,
                    "lang": f.lang.map(Lang::tag),
                    "error": f.error,
                    "entities": counts_json(f.score.entities()),
                    "types": f.score.by_type.iter()
                        .map(|(t, c)| ((*t).to_string(), counts_json(*c)))
                        .collect::<serde_json::Map<_, _>>(),
                    "events": counts_json(f.score.events),
                    "missed": pairs(&f.score.missed),
                    "spurious": pairs(&f.score.spurious),
                    "missed_events": f.score.missed_events,
                    "spurious_events": f.score.spurious_events,
                    "event_roles": roles_json(f.score.event_roles),
                    "role_errors": f.score.role_errors,
                })
            })
            .collect();
        let wikidata = self.wikidata();
        let dates = self.event_dates();
        json!({
            "dir": self.dir.display().to_string(),
            "notices": self.files.len(),
            "failed": self.failed().iter()
                .map(|(file, error)| json!({"file": file, "error": error}))
                .collect::<Vec<_>>(),
            "types": self.by_type().into_iter()
                .map(|(t, c)| (t.to_string(), counts_json(c)))
                .collect::<serde_json::Map<_, _>>(),
            "entities": counts_json(self.entities()),
            "languages": self.by_lang().into_iter()
                .map(|(l, c)| (l, counts_json(c)))
                .collect::<serde_json::Map<_, _>>(),
            "wikidata": {
                "linked": wikidata.linked,
                "correct": wikidata.correct,
                "accuracy": score::ratio(wikidata.correct, wikidata.linked),
            },
            "events": counts_json(self.events()),
            "events_by_language": self.events_by_lang().into_iter()
                .map(|(l, c)| (l, counts_json(c)))
                .collect::<serde_json::Map<_, _>>(),
            "wikidata_by_language": self.wikidata_by_lang().into_iter()
                .map(|(l, w)| (l, json!({
                    "linked": w.linked,
                    "correct": w.correct,
                    "accuracy": score::ratio(w.correct, w.linked),
                })))
                .collect::<serde_json::Map<_, _>>(),
            "event_dates": {
                "dated": dates.dated,
                "agree": dates.agree,
                "share": score::ratio(dates.agree, dates.dated),
            },
            "event_roles": roles_json(self.event_roles()),
            "files": files,
        })
    }
}

fn roles_json(r: RoleAgreement) -> Value {
    json!({
        "place": counts_json(r.place),
        "organizer": counts_json(r.organizer),
        "participants": counts_json(r.participants),
    })
}

fn counts_json(c: Counts) -> Value {
    json!({
        "gold": c.gold,
        "predicted": c.predicted,
        "matched": c.matched,
        "precision": c.precision(),
        "recall": c.recall(),
        "f1": c.f1(),
    })
}

/// A score to three decimals, or `-` when its denominator is zero.
fn share(numerator: usize, denominator: usize) -> String {
    if denominator == 0 {
        "-".to_string()
    } else {
        format!("{:.3}", score::ratio(numerator, denominator))
    }
}

fn counts_row(f: &mut fmt::Formatter<'_>, label: &str, c: Counts) -> fmt::Result {
    let f1 = if c.gold + c.predicted == 0 {
        "-".to_string()
    } else {
        format!("{:.3}", c.f1())
    };
    writeln!(
        f,
        "{label:<14} {:>6} {:>9} {:>7} {:>6} {:>6} {:>6}",
        c.gold,
        c.predicted,
        c.matched,
        share(c.matched, c.predicted),
        share(c.matched, c.gold),
        f1
    )
}

/// A plain-text report: the per-type table (type | gold | predicted | matched | P | R |
/// F1), the entity total, per-language lines, Wikidata accuracy, the events line, the
/// event date and role agreement lines and the notices that failed to ingest. The
/// alternate form (`{:#}`) adds, per notice, the gold items missed, the predictions that
/// matched nothing and the disagreeing role items of matched events.
impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let failed = self.failed();
        writeln!(
            f,
            "noticegraph eval: {} notices in {} ({} ingested, {} failed)",
            self.files.len(),
            self.dir.display(),
            self.files.len() - failed.len(),
            failed.len()
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<14} {:>6} {:>9} {:>7} {:>6} {:>6} {:>6}",
            "type", "gold", "predicted", "matched", "P", "R", "F1"
        )?;
        for (t, c) in self.by_type() {
            counts_row(f, t, c)?;
        }
        counts_row(f, "all entities", self.entities())?;
        writeln!(f)?;
        for (lang, c) in self.by_lang() {
            counts_row(f, &format!("entities ({lang})"), c)?;
        }
        counts_row(f, "events", self.events())?;
        for (lang, c) in self.events_by_lang() {
            counts_row(f, &format!("events ({lang})"), c)?;
        }
        writeln!(f)?;
        let wikidata = self.wikidata();
        writeln!(
            f,
            "Wikidata links: {}/{} correct ({}) of matched gold entities with a QID",
            wikidata.correct,
            wikidata.linked,
            share(wikidata.correct, wikidata.linked)
        )?;
        for (lang, w) in self.wikidata_by_lang() {
            writeln!(
                f,
                "  ({lang}) {}/{} correct ({})",
                w.correct,
                w.linked,
                share(w.correct, w.linked)
            )?;
        }
        let dates = self.event_dates();
        writeln!(
            f,
            "Event dates: {}/{} agree ({}) among matched events with a gold date",
            dates.agree,
            dates.dated,
            share(dates.agree, dates.dated)
        )?;
        let roles = self.event_roles();
        for (label, c) in [
            ("places", roles.place),
            ("organizers", roles.organizer),
            ("participants", roles.participants),
        ] {
            writeln!(
                f,
                "Event {label}: {}/{}/{} P/R/F1 ({} gold, {} predicted, {} matched items of matched events)",
                share(c.matched, c.predicted),
                share(c.matched, c.gold),
                if c.gold + c.predicted == 0 {
                    "-".to_string()
                } else {
                    format!("{:.3}", c.f1())
                },
                c.gold,
                c.predicted,
                c.matched
            )?;
        }
        if failed.is_empty() {
            writeln!(f, "Failed to ingest: none")?;
        } else {
            writeln!(f, "Failed to ingest ({}):", failed.len())?;
            for (file, error) in &failed {
                writeln!(f, "  {file}: {error}")?;
            }
        }
        if f.alternate() {
            for file in &self.files {
                let s = &file.score;
                writeln!(f)?;
                let c = s.entities();
                writeln!(
                    f,
                    "== {} [{}] entities {}/{}/{} events {}/{}/{}",
                    file.file,
                    file.lang.map_or("?", Lang::tag),
                    c.gold,
                    c.predicted,
                    c.matched,
                    s.events.gold,
                    s.events.predicted,
                    s.events.matched
                )?;
                for (t, name) in &s.missed {
                    writeln!(f, "  missed   {t:<12} {name}")?;
                }
                for (t, name) in &s.spurious {
                    writeln!(f, "  spurious {t:<12} {name}")?;
                }
                for name in &s.missed_events {
                    writeln!(f, "  missed   {:<12} {name}", "event")?;
                }
                for name in &s.spurious_events {
                    writeln!(f, "  spurious {:<12} {name}", "event")?;
                }
                for line in &s.role_errors {
                    writeln!(f, "  role     {line}")?;
                }
            }
        }
        Ok(())
    }
}

/// The value of `key:` in a corpus header block (the lines before the first blank line),
/// trimmed. `None` when the text has no such header line.
pub fn header_field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines()
        .take_while(|line| !line.trim().is_empty())
        .find_map(|line| {
            let (k, v) = line.split_once(':')?;
            (k.trim().eq_ignore_ascii_case(key)).then(|| v.trim())
        })
}

/// Evaluates every gold-annotated notice in `dir` (not recursive) with `gazetteer`.
///
/// Returns the report, whose files are in file-name order. Errors: [`EvalError::Io`] if
/// the directory or a file cannot be read, [`EvalError::Gold`] for a malformed gold file,
/// [`EvalError::NoNotices`] when nothing in `dir` has a gold file. A notice that fails to
/// ingest is recorded in its [`FileReport::error`], not returned as an error.
pub fn evaluate_dir(dir: &Path, gazetteer: &Gazetteer) -> Result<EvalReport, EvalError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| EvalError::Io { path, error }
    };
    let mut notices: Vec<(PathBuf, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let path = entry.map_err(io(dir))?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let mut gold = path.clone().into_os_string();
            gold.push(".gold.tsv");
            let gold = PathBuf::from(gold);
            if gold.is_file() {
                notices.push((path, gold));
            }
        }
    }
    if notices.is_empty() {
        return Err(EvalError::NoNotices(dir.to_path_buf()));
    }
    notices.sort();
    let mut files = Vec::with_capacity(notices.len());
    for (notice_path, gold_path) in notices {
        let gold = read_gold(&gold_path)?;
        let bytes = std::fs::read(&notice_path).map_err(io(&notice_path))?;
        let header_lang = std::str::from_utf8(&bytes)
            .ok()
            .and_then(|text| header_field(text, "lang"))
            .and_then(Lang::from_tag);
        let media = MediaType::from_path(&notice_path);
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            ingest::process(&bytes, media, gazetteer)
        }));
        let (predictions, detected, error) = match outcome {
            Ok(Ok(extraction)) => (
                Predictions::from_extraction(&extraction),
                Some(extraction.notice.lang),
                None,
            ),
            Ok(Err(e)) => (Predictions::default(), None, Some(e.to_string())),
            Err(panic) => (Predictions::default(), None, Some(panic_message(&*panic))),
        };
        files.push(FileReport {
            file: notice_path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            lang: header_lang.or(detected),
            error,
            score: score::score(&gold, &predictions),
        });
    }
    Ok(EvalReport {
        dir: dir.to_path_buf(),
        files,
    })
}

/// The message of a caught panic, prefixed with `panic: `.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string());
    format!("panic: {text}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields() {
        let text = "title: A: B\nlang: ko\n\nlang: en\nbody";
        assert_eq!(header_field(text, "lang"), Some("ko"));
        assert_eq!(header_field(text, "title"), Some("A: B"));
        assert_eq!(header_field(text, "date"), None);
        assert_eq!(header_field("\nlang: en", "lang"), None);
    }

    fn report() -> EvalReport {
        let file = |name: &str, lang, gold, predicted, matched| {
            let mut score = FileScore::default();
            score.by_type.insert(
                "Country",
                Counts {
                    gold,
                    predicted,
                    matched,
                },
            );
            FileReport {
                file: name.to_string(),
                lang,
                error: None,
                score,
            }
        };
        let mut failed = file("c.txt", None, 3, 0, 0);
        failed.error = Some("notice has no text".into());
        EvalReport {
            dir: PathBuf::from("corpus"),
            files: vec![
                file("a.txt", Some(Lang::En), 4, 2, 2),
                file("b.txt", Some(Lang::Ko), 2, 4, 1),
                failed,
            ],
        }
    }

    #[test]
    fn totals_are_micro_averaged() {
        let r = report();
        let total = r.entities();
        assert_eq!(
            total,
            Counts {
                gold: 9,
                predicted: 6,
                matched: 3
            }
        );
        assert_eq!(total.precision(), 0.5);
        assert_eq!(total.recall(), 1.0 / 3.0);
        assert_eq!(r.by_lang()["ko"].gold, 2);
        assert_eq!(r.by_lang()["unknown"].gold, 3);
        assert_eq!(r.failed(), vec![("c.txt", "notice has no text")]);
    }

    #[test]
    fn display_and_json() {
        let r = report();
        let text = r.to_string();
        assert!(
            text.contains("3 notices in corpus (2 ingested, 1 failed)"),
            "{text}"
        );
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().collect::<Vec<_>>()
                    == ["Country", "9", "6", "3", "0.500", "0.333", "0.400"]),
            "{text}"
        );
        assert!(text.contains("c.txt: notice has no text"), "{text}");
        let json = r.to_json();
        assert_eq!(json["entities"]["matched"], 3);
        assert_eq!(json["types"]["Country"]["precision"], 0.5);
        assert_eq!(json["failed"][0]["file"], "c.txt");
        assert!(text.contains("Event participants: -/-/- P/R/F1"), "{text}");
        assert_eq!(json["event_roles"]["participants"]["gold"], 0);
    }

    #[test]
    fn empty_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notice.txt"), "no gold beside it").unwrap();
        let result = evaluate_dir(dir.path(), &Gazetteer::default());
        assert!(matches!(result, Err(EvalError::NoNotices(_))), "{result:?}");
    }
}
