//! Reader for the gold annotation files (`<notice>.txt.gold.tsv`), exactly as the
//! "Gold format" section of `../shared/corpus/README.md` specifies them.
//!
//! One line per item, cells split on TAB only (no quoting); `entity` lines have 5 cells,
//! `event` lines 6. Anything else — another first cell, another cell count, an unknown
//! entity type, an empty name, a malformed QID or date — is an [`EvalError::Gold`] that
//! names the file and the 1-based line, so a broken gold file is fixed rather than
//! silently scored as zero.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::EvalError;

/// The ten entity types of the gold format, in the order reports list them.
pub const GOLD_TYPES: [&str; 10] = [
    "Organization",
    "Country",
    "City",
    "Region",
    "Event",
    "Person",
    "Role",
    "Date",
    "Quantity",
    "Topic",
];

/// The separator of list cells and of joined forms (`; `).
pub const LIST_SEPARATOR: &str = "; ";

/// A gold file: its entity lines and its event lines, in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gold {
    /// `entity` lines.
    pub entities: Vec<GoldEntity>,
    /// `event` lines.
    pub events: Vec<GoldEvent>,
}

/// One `entity` line.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldEntity {
    /// 1-based line number in the gold file.
    pub line: usize,
    /// One of [`GOLD_TYPES`].
    pub gold_type: &'static str,
    /// The canonical English name (for `Date` lines a date cell, for `Quantity` lines an
    /// English phrase). Never empty.
    pub name: String,
    /// The Korean name cell, possibly several surface forms joined with `; `; may be empty.
    pub name_ko: String,
    /// The Wikidata QID (`Q884`), when given.
    pub qid: Option<String>,
}

/// One `event` line.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldEvent {
    /// 1-based line number in the gold file.
    pub line: usize,
    /// The event name. Never empty.
    pub name: String,
    /// The date cell, parsed.
    pub date: GoldDate,
    /// Places, `; `-separated in the file.
    pub place: Vec<String>,
    /// Organizers / hosts.
    pub organizer: Vec<String>,
    /// Participants.
    pub participants: Vec<String>,
}

/// A gold date cell: `DATE [" (" note ")"]`, or a note alone, or empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoldDate {
    /// The ISO part without the note: `2018`, `2016-11-10`, `1950s` or a period
    /// `2016-11-10/2016-11-11`. `None` when the cell is empty or only a note.
    pub value: Option<String>,
    /// The parenthesised note, without the parentheses.
    pub note: Option<String>,
}

/// The date-cell syntax given in the corpus README (groups: start, end, note).
static DATE_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}0s)(?:/(\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}0s))?)?(?: ?\((.*)\))?$",
    )
    .expect("valid date-cell regex")
});

/// A Wikidata item id.
static QID: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^Q\d+$").expect("valid QID regex"));

impl GoldDate {
    /// Parses a date cell. Returns `None` when the cell does not follow the syntax.
    pub fn parse(cell: &str) -> Option<GoldDate> {
        let caps = DATE_CELL.captures(cell)?;
        let value = caps.get(1).map(|start| match caps.get(2) {
            Some(end) => format!("{}/{}", start.as_str(), end.as_str()),
            None => start.as_str().to_string(),
        });
        let note = caps.get(3).map(|n| n.as_str().to_string());
        Some(GoldDate { value, note })
    }
}

/// Reads and parses one gold file.
///
/// Errors: [`EvalError::Io`] when the file cannot be read (or is not UTF-8),
/// [`EvalError::Gold`] with the 1-based line for a line that breaks the format.
pub fn read_gold(path: &Path) -> Result<Gold, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|error| EvalError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    parse_gold(&text, path)
}

/// Parses the text of a gold file; `path` is only used in error messages.
///
/// The final newline is optional; a `\r` before a newline is tolerated. Every other line
/// (blank ones included) must be a valid `entity` or `event` line.
pub fn parse_gold(text: &str, path: &Path) -> Result<Gold, EvalError> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let mut gold = Gold::default();
    if body.is_empty() {
        return Ok(gold);
    }
    for (index, raw) in body.split('\n').enumerate() {
        let line = index + 1;
        let content = raw.strip_suffix('\r').unwrap_or(raw);
        let err = |message: String| EvalError::Gold {
            path: path.to_path_buf(),
            line,
            message,
            content: content.to_string(),
        };
        let cells: Vec<&str> = content.split('\t').collect();
        match (cells[0], cells.len()) {
            ("entity", 5) => gold.entities.push(entity_line(line, &cells).map_err(err)?),
            ("event", 6) => gold.events.push(event_line(line, &cells).map_err(err)?),
            ("entity", n) => return Err(err(format!("entity line has {n} cells, expected 5"))),
            ("event", n) => return Err(err(format!("event line has {n} cells, expected 6"))),
            (first, _) => {
                return Err(err(format!(
                    "first cell {first:?} is neither \"entity\" nor \"event\""
                )));
            }
        }
    }
    Ok(gold)
}

/// Builds an entity from its 5 cells, or says what is wrong.
fn entity_line(line: usize, cells: &[&str]) -> Result<GoldEntity, String> {
    let gold_type = GOLD_TYPES
        .iter()
        .copied()
        .find(|t| *t == cells[1])
        .ok_or_else(|| format!("unknown entity type {:?}", cells[1]))?;
    let name = cells[2];
    if name.is_empty() {
        return Err("empty English name".to_string());
    }
    if gold_type == "Date" && GoldDate::parse(name).and_then(|d| d.value).is_none() {
        return Err(format!("Date entity {name:?} is not a date"));
    }
    let qid = match cells[4] {
        "" => None,
        q if QID.is_match(q) => Some(q.to_string()),
        q => return Err(format!("malformed Wikidata QID {q:?}")),
    };
    Ok(GoldEntity {
        line,
        gold_type,
        name: name.to_string(),
        name_ko: cells[3].to_string(),
        qid,
    })
}

/// Builds an event from its 6 cells, or says what is wrong.
fn event_line(line: usize, cells: &[&str]) -> Result<GoldEvent, String> {
    if cells[1].is_empty() {
        return Err("empty event name".to_string());
    }
    let date =
        GoldDate::parse(cells[2]).ok_or_else(|| format!("malformed date cell {:?}", cells[2]))?;
    let list = |cell: &str| -> Vec<String> {
        cell.split(LIST_SEPARATOR)
            .filter(|item| !item.is_empty())
            .map(str::to_string)
            .collect()
    };
    Ok(GoldEvent {
        line,
        name: cells[1].to_string(),
        date,
        place: list(cells[3]),
        organizer: list(cells[4]),
        participants: list(cells[5]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Gold, EvalError> {
        parse_gold(text, Path::new("sample.gold.tsv"))
    }

    fn error_line(result: Result<Gold, EvalError>) -> (usize, String) {
        match result {
            Err(EvalError::Gold { line, message, .. }) => (line, message),
            other => panic!("expected a gold error, got {other:?}"),
        }
    }

    #[test]
    fn reads_entity_and_event_lines() {
        let text = "entity\tOrganization\tSample Agency\t견본청\tQ123\n\
                    entity\tDate\t2016-11-10\t10일\t\n\
                    entity\tTopic\tfirst theme; second theme\t\t\n\
                    event\tSample Forum 2016\t2016-11-10/2016-11-11 (planned)\tHall, City; Town\tSample Agency (host)\t\n";
        let gold = parse(text).unwrap();
        assert_eq!(gold.entities.len(), 3);
        let org = &gold.entities[0];
        assert_eq!(
            (
                org.line,
                org.gold_type,
                org.name.as_str(),
                org.name_ko.as_str()
            ),
            (1, "Organization", "Sample Agency", "견본청")
        );
        assert_eq!(org.qid.as_deref(), Some("Q123"));
        assert_eq!(gold.entities[1].qid, None);
        assert_eq!(gold.entities[2].name, "first theme; second theme");
        let event = &gold.events[0];
        assert_eq!(event.line, 4);
        assert_eq!(
            event.date,
            GoldDate {
                value: Some("2016-11-10/2016-11-11".into()),
                note: Some("planned".into())
            }
        );
        assert_eq!(event.place, vec!["Hall, City", "Town"]);
        assert_eq!(event.organizer, vec!["Sample Agency (host)"]);
        assert!(event.participants.is_empty());
    }

    #[test]
    fn final_newline_is_optional() {
        let gold = parse("entity\tCountry\tEstonia\t\tQ191").unwrap();
        assert_eq!(gold.entities.len(), 1);
        assert_eq!(parse("").unwrap(), Gold::default());
    }

    #[test]
    fn four_cell_entity_is_an_error_with_its_line() {
        let text = "entity\tCountry\tEstonia\t\tQ191\nentity\tCity\tTallinn\t탈린\n";
        let (line, message) = error_line(parse(text));
        assert_eq!(line, 2);
        assert!(message.contains("4 cells"), "{message}");
    }

    #[test]
    fn seven_cell_event_is_an_error() {
        let (line, message) = error_line(parse("event\tX\t2018\t\t\t\t\n"));
        assert_eq!(line, 1);
        assert!(message.contains("7 cells"), "{message}");
    }

    #[test]
    fn bad_first_cell_is_an_error_and_names_file_and_line() {
        let text = "entity\tCountry\tEstonia\t\tQ191\nEntity\tCity\tTallinn\t\t\n";
        let result = parse(text);
        let shown = result.as_ref().unwrap_err().to_string();
        assert!(shown.starts_with("sample.gold.tsv:2:"), "{shown}");
        let (line, message) = error_line(result);
        assert_eq!(line, 2);
        assert!(message.contains("\"Entity\""), "{message}");
    }

    #[test]
    fn blank_line_is_an_error() {
        let (line, _) = error_line(parse("entity\tCountry\tEstonia\t\t\n\nevent\tX\t\t\t\t\n"));
        assert_eq!(line, 2);
    }

    #[test]
    fn unknown_type_bad_qid_and_bad_dates_are_errors() {
        for (text, expected) in [
            ("entity\tPlace\tX\t\t\n", "unknown entity type"),
            ("entity\tCountry\tX\t\tP31\n", "QID"),
            ("entity\tDate\tautumn\t\t\n", "not a date"),
            ("entity\tCountry\t\t\t\n", "empty English name"),
            ("event\tX\t2018-3-1\t\t\t\n", "malformed date"),
            ("event\t\t2018\t\t\t\n", "empty event name"),
        ] {
            let (line, message) = error_line(parse(text));
            assert_eq!(line, 1, "{text:?}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn date_cells() {
        let cases: [(&str, Option<&str>, Option<&str>); 8] = [
            ("2018", Some("2018"), None),
            ("2017-03", Some("2017-03"), None),
            ("2017-03-24", Some("2017-03-24"), None),
            ("1950s", Some("1950s"), None),
            ("2013/2015", Some("2013/2015"), None),
            ("2018 (autumn)", Some("2018"), Some("autumn")),
            (
                "(planned; date not stated)",
                None,
                Some("planned; date not stated"),
            ),
            ("", None, None),
        ];
        for (cell, value, note) in cases {
            let date = GoldDate::parse(cell).unwrap_or_else(|| panic!("{cell:?} rejected"));
            assert_eq!(date.value.as_deref(), value, "{cell:?}");
            assert_eq!(date.note.as_deref(), note, "{cell:?}");
        }
        for bad in ["18", "2018-3", "March 2018", "2018/", "2018 autumn"] {
            assert_eq!(GoldDate::parse(bad), None, "{bad:?} accepted");
        }
    }
}
