//! The SPARQL texts the pages and the linked-data documents run, kept as `.rq` files in
//! `queries/` (compiled in with `include_str!`) so they can be read and tried on the
//! endpoint as they are. Each is prefixed with the `PREFIX` lines of
//! [`vocab::sparql_prologue`](crate::rdf::vocab::sparql_prologue).
//!
//! Placeholders: `%THIS%` (one IRI), `%VALUES%` (a list of IRIs) and `%LIMIT%` (a row
//! count). IRIs are written from [`NamedNode`]s, which only hold IRIs that passed
//! validation (no `>`, spaces or quotes), so a placeholder can never inject SPARQL.

use oxigraph::model::NamedNode;

/// Links of `?this` to other things, by role (`location`, `organizes`, …).
pub const RELATIONS: &str = include_str!("queries/relations.rq");
/// Literal facts of `?this`, by role (`label`, `start`, `headline`, …).
pub const LITERALS: &str = include_str!("queries/literals.rq");
/// Labels, headlines, dates and places of the things in `%VALUES%`.
pub const BRIEFS: &str = include_str!("queries/briefs.rq");
/// The newest notices (`%LIMIT%`).
pub const NOTICES: &str = include_str!("queries/notices.rq");
/// The latest events (`%LIMIT%`).
pub const EVENTS: &str = include_str!("queries/events.rq");
/// A notice's text and the mentions in it.
pub const MENTIONS: &str = include_str!("queries/mentions.rq");
/// Ranking results of `?this` (rank, survey edition, series, index, joint, score).
pub const RANKINGS: &str = include_str!("queries/rankings.rq");
/// Ranking results on the index `?this` (survey edition, ranked thing, rank, joint, score).
pub const RANKINGS_ON: &str = include_str!("queries/rankings_on.rq");
/// Ranking results of the survey edition `?this` (ranked thing, index, rank, joint, score).
pub const RANKINGS_IN: &str = include_str!("queries/rankings_in.rq");
/// Quantities a notice `?this` states, or that are about a thing `?this` (value, unit,
/// description, bounds, approximation, what it is about).
pub const QUANTITIES: &str = include_str!("queries/quantities.rq");
/// People holding posts in the organization `?this`, with their posts.
pub const OFFICIALS: &str = include_str!("queries/officials.rq");
/// The facts stated in one notice's graph (`%THIS%` is the notice graph), by role.
pub const NOTICE_FACTS: &str = include_str!("queries/notice_facts.rq");
/// Things whose labels, aliases or headlines contain every word of a search (see [`searching`]).
pub const SEARCH: &str = include_str!("queries/search.rq");
/// One row when the store knows `?this` at all.
pub const EXISTS: &str = include_str!("queries/exists.rq");
/// CONSTRUCT of the linked-data description of `?this`.
pub const DESCRIBE: &str = include_str!("queries/describe.rq");

/// VoID totals: triples, distinct subjects and objects, entities in `%ID_SPACE%`.
pub const VOID_TOTALS: &str = include_str!("queries/void_totals.rq");
/// VoID class partitions: instances of each class, and one of them.
pub const VOID_CLASSES: &str = include_str!("queries/void_classes.rq");
/// VoID property partitions: triples, distinct subjects and objects of each property.
pub const VOID_PROPERTIES: &str = include_str!("queries/void_properties.rq");
/// VoID subsets: triples and distinct subjects of each named graph.
pub const VOID_GRAPHS: &str = include_str!("queries/void_graphs.rq");

/// `template` with the prefixes prepended and `%ID_SPACE%` set to `space` (an IRI prefix,
/// written as the content of a string literal: `\` and `"` are escaped, though a validated
/// base IRI holds neither).
pub fn in_space(template: &str, space: &str) -> String {
    let escaped = space.replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        "{}{}",
        crate::rdf::vocab::sparql_prologue(),
        template.replace("%ID_SPACE%", &escaped)
    )
}

/// `template` with the prefixes prepended and `%THIS%` set to `this`.
pub fn about(template: &str, this: &NamedNode) -> String {
    format!(
        "{}{}",
        crate::rdf::vocab::sparql_prologue(),
        template.replace("%THIS%", &this.to_string())
    )
}

/// `template` with the prefixes prepended and `%VALUES%` set to `things`.
pub fn for_values(template: &str, things: &[NamedNode]) -> String {
    let values: Vec<String> = things.iter().map(ToString::to_string).collect();
    format!(
        "{}{}",
        crate::rdf::vocab::sparql_prologue(),
        template.replace("%VALUES%", &values.join(" "))
    )
}

/// `template` (`queries/search.rq`) with the prefixes prepended for the query `words`
/// (lowercased, non-empty): `%TERM%` is the words joined by one space, `%FIRST%` the
/// longest word (the most selective: every name is scanned for it), `%OTHERS%` one
/// `FILTER EXISTS` per other word, which some label, alias or headline of the same thing
/// must contain, `%WHOLE%` is `whole` (the same words before their particles were
/// taken off) joined by a space, ranked like `%TERM%`, `%LANG%` is `lang` (the page's language tag, whose names come first
/// among equally good ones) and `%LIMIT%` is `limit`. Every word is written as a SPARQL string
/// literal (escaped by [`Literal`](oxigraph::model::Literal)'s N-Triples form), so no
/// query can inject SPARQL.
pub fn searching(
    template: &str,
    words: &[String],
    whole: &[String],
    lang: &str,
    limit: usize,
) -> String {
    let literal = |s: &str| oxigraph::model::Literal::new_simple_literal(s).to_string();
    let first = words
        .iter()
        .enumerate()
        .max_by_key(|(i, w)| (w.chars().count(), std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i);
    let others: Vec<String> = words
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != first)
        .map(|(_, w)| {
            format!(
                "FILTER EXISTS {{ {{ ?thing rdfs:label ?other }} UNION {{ ?thing skos:altLabel ?other }} \
                 UNION {{ ?thing schema:headline ?other }} \
                 FILTER(isLiteral(?other) && CONTAINS(LCASE(STR(?other)), {})) }}",
                literal(w)
            )
        })
        .collect();
    let fills = [
        ("%LIMIT%", limit.to_string()),
        ("%LANG%", literal(lang)),
        ("%OTHERS%", others.join("\n  ")),
        (
            "%FIRST%",
            literal(words.get(first).map_or("", String::as_str)),
        ),
        ("%TERM%", literal(&words.join(" "))),
        ("%WHOLE%", literal(&whole.join(" "))),
    ];
    format!(
        "{}{}",
        crate::rdf::vocab::sparql_prologue(),
        fill(template, &fills)
    )
}

/// `template` with each placeholder of `fills` replaced by its value in one pass, so a
/// value that holds a placeholder's name is never replaced again.
fn fill(template: &str, fills: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match fills.iter().find(|(name, _)| rest.starts_with(name)) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &rest[name.len()..];
            }
            None => {
                out.push('%');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `template` with the prefixes prepended and `%LIMIT%` set to `limit`.
pub fn limited(template: &str, limit: usize) -> String {
    format!(
        "{}{}",
        crate::rdf::vocab::sparql_prologue(),
        template.replace("%LIMIT%", &limit.to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_parses_once_filled() {
        let this = NamedNode::new("http://example.org/id/org/oecd").unwrap();
        for template in [
            RELATIONS,
            LITERALS,
            MENTIONS,
            EXISTS,
            DESCRIBE,
            RANKINGS,
            RANKINGS_ON,
            RANKINGS_IN,
            QUANTITIES,
            OFFICIALS,
            NOTICE_FACTS,
        ] {
            let q = about(template, &this);
            assert!(!q.contains('%'), "{q}");
            if let Err(e) = oxigraph::sparql::SparqlEvaluator::new().parse_query(&q) {
                panic!("{e}\n{q}");
            }
        }
        for q in [
            for_values(BRIEFS, std::slice::from_ref(&this)),
            for_values(BRIEFS, &[]),
            limited(NOTICES, 5),
            limited(EVENTS, 5),
            searching(
                SEARCH,
                &["a\"} %LIMIT% \\ 한국".to_string()],
                &["a\"} %TERM% \\ 한국은".to_string()],
                "ko",
                5,
            ),
            searching(
                SEARCH,
                &["oecd".into(), "%OTHERS%\"}".into(), "회의".into()],
                &["oecd".into(), "%WHOLE%\"}".into(), "회의를".into()],
                "en",
                5,
            ),
            in_space(VOID_TOTALS, "http://example.org/id/"),
            in_space(VOID_CLASSES, "http://example.org/id/"),
            in_space(VOID_PROPERTIES, "http://example.org/id/"),
            in_space(VOID_GRAPHS, "http://example.org/id/"),
        ] {
            if let Err(e) = oxigraph::sparql::SparqlEvaluator::new().parse_query(&q) {
                panic!("{e}\n{q}");
            }
        }
    }
}
