//! The example gallery of the query page (`GET /sparql` in a browser): a small manifest of
//! SPARQL queries kept as `.rq` files in `examples/` (compiled in with `include_str!`, so
//! each can be read and tried as it is), each named by an id whose Korean and English
//! title and description are Fluent messages (`example-<id>-title`,
//! `example-<id>-description` in `locales/*/query.ftl`).
//!
//! The files hold query bodies only; [`Example::query`] prepends the `PREFIX` lines of the
//! vocabularies the body uses, taken from [`PREFIXES`] (the same list Turtle output uses),
//! so no second prefix list exists. `tests/it/query_page.rs` runs every example against
//! the sample notices and asserts that each returns at least one row.

use crate::rdf::vocab::PREFIXES;

/// One example query of the gallery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// Its id: kebab-case, the stem of its `.rq` file and of its Fluent message ids.
    pub id: &'static str,
    /// The query body, without `PREFIX` lines.
    pub body: &'static str,
}

impl Example {
    /// The whole query: the `PREFIX` lines of every prefix in [`PREFIXES`] that the body
    /// uses (as `name:`), in that list's order, then the body.
    pub fn query(&self) -> String {
        prefixed(self.body)
    }

    /// The Fluent message id of its title.
    pub fn title_id(&self) -> String {
        format!("example-{}-title", self.id)
    }

    /// The Fluent message id of its description.
    pub fn description_id(&self) -> String {
        format!("example-{}-description", self.id)
    }
}

/// `body` with the `PREFIX` lines of the prefixes of [`PREFIXES`] it uses prepended.
pub fn prefixed(body: &str) -> String {
    let mut query = String::new();
    for (prefix, namespace) in PREFIXES {
        if uses_prefix(body, prefix) {
            query.push_str(&format!("PREFIX {prefix}: <{namespace}>\n"));
        }
    }
    query.push_str(body);
    query
}

/// Whether `prefix:` occurs in `text` as a whole prefix name (not as the end of a longer
/// name: `xsd:` is not found in `myxsd:`).
fn uses_prefix(text: &str, prefix: &str) -> bool {
    let needle = format!("{prefix}:");
    text.match_indices(&needle).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'))
    })
}

/// The gallery, in the order the page shows it.
pub const GALLERY: &[Example] = &[
    Example {
        id: "hosts",
        body: include_str!("examples/hosts.rq"),
    },
    Example {
        id: "by-year",
        body: include_str!("examples/by-year.rq"),
    },
    Example {
        id: "rankings",
        body: include_str!("examples/rankings.rq"),
    },
    Example {
        id: "officials",
        body: include_str!("examples/officials.rq"),
    },
    Example {
        id: "bilingual",
        body: include_str!("examples/bilingual.rq"),
    },
    Example {
        id: "attendees",
        body: include_str!("examples/attendees.rq"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_parses_with_its_prefixes() {
        for example in GALLERY {
            let query = example.query();
            if let Err(e) = oxigraph::sparql::SparqlEvaluator::new().parse_query(&query) {
                panic!("{}: {e}\n{query}", example.id);
            }
        }
    }

    #[test]
    fn only_used_prefixes_are_declared() {
        let q = prefixed("SELECT * { ?s schema:name ?o ; myxsd:x ?y }");
        assert!(
            q.starts_with("PREFIX schema: <https://schema.org/>\nSELECT"),
            "{q}"
        );
        assert!(!q.contains("PREFIX xsd:"), "{q}");
    }
}
