//! Syntax error messages people can act on, for malformed SPARQL (queries and updates) and
//! malformed RDF bodies (Turtle, N-Triples, … sent to the Graph Store).
//!
//! The parsers report errors in their own terms: the SPARQL parser (spargebra, a `peg`
//! grammar) says `error at 1:28: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9'
//! | …]`, the furthest position it reached and every token or character class it could
//! have taken there. [`sparql`] turns that into plain text: where (line and column, both
//! from 1, the column in characters), what the parser expected (its keywords and
//! punctuation, without character classes, at most [`MAX_EXPECTED`] of them), what it
//! found there, and the line itself with a caret under the position. Two messages get an
//! explanation of their own: an undeclared prefix (named, with the `PREFIX` line to add)
//! and an IRI that is not valid (quoted). [`rdf`] does the same for the RDF parsers, which
//! give a location and a message.

use oxigraph::io::RdfFormat;
use regex::Regex;
use std::sync::LazyLock;

/// How many expected tokens a message lists before it says how many more there are.
pub const MAX_EXPECTED: usize = 8;

/// spargebra's syntax errors: `error at LINE:COLUMN: expected WHAT` (`peg`'s format).
static PEG_ERROR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)^error at (\d+):(\d+): expected (.*)$").expect("PEG_ERROR is valid")
});

/// The message for a SPARQL text `text` that the parser refused with `message`. Messages
/// not in `peg`'s form (a shared blank node, a bad base IRI) are returned as they are.
pub fn sparql(text: &str, message: &str) -> String {
    let Some(caps) = PEG_ERROR.captures(message) else {
        return message.to_string();
    };
    let (Ok(line), Ok(column)) = (caps[1].parse::<usize>(), caps[2].parse::<usize>()) else {
        return message.to_string();
    };
    let tokens = split_expected(&caps[3]);
    let before = text_before(text, line, column);
    let what = if tokens.iter().any(|t| t == "Prefix not found") {
        match last_prefix(before) {
            Some(prefix) => format!(
                "the prefix {prefix}: is not declared; add PREFIX {prefix}: <namespace IRI> \
                 before the query"
            ),
            None => "a prefix is not declared; add a PREFIX line for it".to_string(),
        }
    } else if tokens.iter().any(|t| t == "IRI parsing failed") {
        match last_iri(before) {
            Some(iri) => format!(
                "{iri} is not a valid IRI (no spaces, quotes or braces; an absolute IRI \
                 needs a scheme such as http:)"
            ),
            None => "an IRI is not valid".to_string(),
        }
    } else {
        let mut what = format!(
            "expected {}, found {}",
            expected_list(&tokens),
            found_at(text, line, column)
        );
        // the parser may stop past an undeclared prefix without naming it
        if let Some(prefix) = last_prefix(before).filter(|p| !declares(text, p)) {
            what.push_str(&format!(
                " (the prefix {prefix}: is not declared; add PREFIX {prefix}: <namespace IRI>)"
            ));
        }
        what
    };
    format!(
        "at line {line}, column {column}: {what}\n{}",
        excerpt(text, line, column)
    )
}

/// The message for RDF in `format` (`text`, as sent) that its parser refused with `error`:
/// `Turtle syntax error at line L, column C: …` and the line with a caret when the parser
/// gives a location, else the parser's message alone.
pub fn rdf(text: &[u8], format: RdfFormat, error: &oxigraph::io::RdfSyntaxError) -> String {
    let message = error.to_string();
    let Some(location) = error.location() else {
        return format!("{} syntax error: {message}", format.name());
    };
    let (line, column) = (
        location.start.line as usize + 1,
        location.start.column as usize + 1,
    );
    // the parser's own "Parser error at line … column …: " prefix says where, as we do
    let message = match message.strip_prefix("Parser error ") {
        Some(rest) => rest.split_once(": ").map_or(rest, |(_, m)| m).to_string(),
        None => message,
    };
    let text = String::from_utf8_lossy(text);
    format!(
        "{} syntax error at line {line}, column {column}: {message}\n{}",
        format.name(),
        excerpt(&text, line, column)
    )
}

/// The items of `peg`'s expected list (`one of a, b, [c, d]`, or a single item), split at
/// the commas outside `[…]` and `"…"`.
fn split_expected(list: &str) -> Vec<String> {
    let list = list.strip_prefix("one of ").unwrap_or(list);
    let mut items = Vec::new();
    let (mut depth, mut quoted, mut current) = (0usize, false, String::new());
    let mut chars = list.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' if quoted => {
                current.push(c);
                if let Some(next) = chars.next() {
                    current.push(next);
                }
                continue;
            }
            '[' if !quoted => depth += 1,
            ']' if !quoted => depth = depth.saturating_sub(1),
            ',' if !quoted && depth == 0 => {
                items.push(current.trim().to_string());
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    items.push(current.trim().to_string());
    items.retain(|i| !i.is_empty());
    items
}

/// The expected tokens as a phrase: keywords and punctuation (character classes, which
/// stand for a name or a number, become "a name"), at most [`MAX_EXPECTED`].
fn expected_list(tokens: &[String]) -> String {
    let mut shown: Vec<String> = tokens
        .iter()
        .filter(|t| !t.starts_with('['))
        .map(|t| {
            let bare = t.trim_matches('"');
            format!("`{bare}`")
        })
        .collect();
    if tokens.iter().any(|t| t.starts_with('[')) {
        shown.push("a name".to_string());
    }
    match shown.len() {
        0 => "something else".to_string(),
        1 => shown.remove(0),
        n if n <= MAX_EXPECTED => format!("one of {}", shown.join(", ")),
        n => format!(
            "one of {} (or {} more)",
            shown[..MAX_EXPECTED].join(", "),
            n - MAX_EXPECTED
        ),
    }
}

/// The text of line `line` (from 1) before column `column` (from 1, in characters).
fn text_before(text: &str, line: usize, column: usize) -> &str {
    let Some(content) = text.split('\n').nth(line.saturating_sub(1)) else {
        return "";
    };
    let end = content
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(content.len(), |(i, _)| i);
    &content[..end]
}

/// What the text holds at the position: the word there (up to 20 characters), or "the end
/// of the query".
fn found_at(text: &str, line: usize, column: usize) -> String {
    let before = text_before(text, line, column).len();
    let offset: usize = text
        .split('\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum::<usize>()
        + before;
    let rest = text.get(offset..).unwrap_or("").trim_start();
    if rest.is_empty() {
        return "the end of the query".to_string();
    }
    let word: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace())
        .take(20)
        .collect();
    format!("`{word}`")
}

/// The prefix of the last prefixed name in `before` (`foo` of `?s foo:bar`).
fn last_prefix(before: &str) -> Option<&str> {
    let word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || "{}()[];,^/|".contains(c))
        .next()?;
    let (prefix, _) = word.split_once(':')?;
    (!prefix.starts_with('<') && !prefix.starts_with('"')).then_some(prefix)
}

/// Whether `text` has a `PREFIX prefix:` declaration (keyword in any case).
fn declares(text: &str, prefix: &str) -> bool {
    let mut words = text.split_whitespace();
    while let Some(word) = words.next() {
        if word.eq_ignore_ascii_case("PREFIX")
            && words.next().is_some_and(|p| {
                p.strip_suffix(':').is_some_and(|p| p == prefix)
                    || p.starts_with(&format!("{prefix}:<"))
            })
        {
            return true;
        }
    }
    false
}

/// The last `<…>` in `before`, brackets included.
fn last_iri(before: &str) -> Option<&str> {
    let start = before.rfind('<')?;
    let end = before[start..]
        .find('>')
        .map_or(before.len(), |i| start + i + 1);
    Some(&before[start..end])
}

/// How many characters of the offending line an excerpt shows before the position (and
/// half as many after it); longer lines are cut, marked with `…`.
const EXCERPT_BEFORE: usize = 60;

/// Line `line` (from 1) of `text`, numbered, with a caret under column `column` (from 1,
/// in characters), cut to [`EXCERPT_BEFORE`] characters before the column and half as
/// many after it; tabs are shown as spaces so the caret lines up. Empty when the line
/// does not exist.
fn excerpt(text: &str, line: usize, column: usize) -> String {
    let Some(content) = text.split('\n').nth(line.saturating_sub(1)) else {
        return String::new();
    };
    let chars: Vec<char> = content
        .trim_end_matches('\r')
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(EXCERPT_BEFORE);
    let end = (at + EXCERPT_BEFORE / 2).min(chars.len());
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    let number = line.to_string();
    let pad = " ".repeat(number.len());
    let caret = " ".repeat(at - start + usize::from(start > 0));
    format!("{number} | {shown}\n{pad} | {caret}^\n")
}

#[cfg(test)]
static PATTERNS: &[&LazyLock<Regex>] = &[&PEG_ERROR];

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> String {
        let error = spargebra::SparqlParser::new()
            .parse_query(query)
            .unwrap_err()
            .to_string();
        sparql(query, &error)
    }

    #[test]
    fn every_pattern_compiles() {
        for p in PATTERNS {
            let _ = p.is_match("");
        }
    }

    #[test]
    fn missing_brace() {
        let message = parse("SELECT * WHERE {\n  ?s ?p ?o");
        assert!(
            message.starts_with("at line 2, column 11: expected one of "),
            "{message}"
        );
        assert!(
            message.contains("`}`") && message.contains("`.`"),
            "{message}"
        );
        assert!(message.contains("found the end of the query"), "{message}");
        assert!(
            message.ends_with("2 |   ?s ?p ?o\n  |           ^\n"),
            "{message}"
        );
        assert!(!message.contains("u{"), "no character classes: {message}");
    }

    #[test]
    fn unknown_prefix() {
        let message = parse("SELECT * WHERE { ?s foo:bar ?o }");
        assert!(
            message.starts_with("at line 1, column 28: the prefix foo: is not declared"),
            "{message}"
        );
        assert!(message.contains("PREFIX foo: <"), "{message}");
    }

    #[test]
    fn an_undeclared_prefix_the_parser_does_not_name_is_pointed_out() {
        let update = "INSERT DATA { ex:a ex:b ex:c }";
        let error = spargebra::SparqlParser::new()
            .parse_update(update)
            .unwrap_err()
            .to_string();
        let message = sparql(update, &error);
        assert!(
            message.contains("the prefix ex: is not declared"),
            "{message}"
        );
        assert!(declares("PREFIX ex: <x> ASK {}", "ex"));
        assert!(declares("prefix ex:<x> ASK {}", "ex"));
        assert!(!declares("PREFIX exa: <x> ASK {}", "ex"));
    }

    #[test]
    fn long_lines_are_cut_around_the_position() {
        let text = format!("ASK {{ {} }}", "?s ?p ?o . ".repeat(1000));
        let shown = excerpt(&text, 1, 5000);
        let (first, second) = shown.split_once('\n').unwrap();
        let most = "1 | …".len() + EXCERPT_BEFORE + EXCERPT_BEFORE / 2 + 1;
        assert!(first.chars().count() <= most, "{shown}");
        assert!(
            first.starts_with("1 | …") && first.ends_with('…'),
            "{shown}"
        );
        let caret = second.chars().position(|c| c == '^').unwrap();
        assert_eq!(
            first.chars().nth(caret),
            text.chars().nth(4999),
            "the caret is under column 5000: {shown}"
        );
    }

    #[test]
    fn bad_iri() {
        let message = parse("SELECT * WHERE { <http://ex ample/> ?p ?o }");
        assert!(
            message.contains("<http://ex ample/> is not a valid IRI"),
            "{message}"
        );
    }

    #[test]
    fn found_is_the_word_at_the_position() {
        assert_eq!(found_at("SELECT *\n  FOO bar", 2, 3), "`FOO`");
        assert_eq!(found_at("한국 x\n  가나다라 y", 2, 4), "`나다라`");
        assert_eq!(found_at("ASK {", 1, 6), "the end of the query");
    }

    #[test]
    fn other_messages_are_kept() {
        assert_eq!(
            sparql("x", "The blank node _:b cannot be shared"),
            "The blank node _:b cannot be shared"
        );
    }

    #[test]
    fn expected_lists_are_split_outside_brackets_and_quotes() {
        assert_eq!(
            split_expected(r#"one of ",", "}", [',' | 'a'], ABS"#),
            [r#"",""#, r#""}""#, "[',' | 'a']", "ABS"]
        );
        assert_eq!(split_expected("CONSTRUCT"), ["CONSTRUCT"]);
        let many: Vec<String> = (0..12).map(|i| format!("K{i}")).collect();
        assert!(expected_list(&many).ends_with("(or 4 more)"));
    }

    #[test]
    fn turtle_errors_give_line_column_and_the_line() {
        let text = b"@prefix ex: <http://example.org/> .\nex:a ex:b .\n";
        let error = oxigraph::io::RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(text)
            .find_map(Result::err)
            .unwrap();
        let message = rdf(text, RdfFormat::Turtle, &error);
        assert!(
            message.starts_with("Turtle syntax error at line 2, column 11: "),
            "{message}"
        );
        assert!(!message.contains("Parser error"), "{message}");
        assert!(
            message.ends_with("2 | ex:a ex:b .\n  |           ^\n"),
            "{message}"
        );
    }
}
