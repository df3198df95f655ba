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
/// One row when the store knows `?this` at all.
pub const EXISTS: &str = include_str!("queries/exists.rq");
/// CONSTRUCT of the linked-data description of `?this`.
pub const DESCRIBE: &str = include_str!("queries/describe.rq");

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
        for template in [RELATIONS, LITERALS, MENTIONS, EXISTS, DESCRIBE] {
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
        ] {
            if let Err(e) = oxigraph::sparql::SparqlEvaluator::new().parse_query(&q) {
                panic!("{e}\n{q}");
            }
        }
    }
}
