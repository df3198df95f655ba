//! The example gallery of the query page (`GET /sparql` in a browser): a small manifest of
//! SPARQL queries kept as `.rq` files in `examples/` (compiled in with `include_str!`, so
//! each can be read and tried as it is), each named by an id whose Korean and English
//! title and description are Fluent messages (`example-<id>-title`,
//! `example-<id>-description` in `locales/*/query.ftl`).
//!
//! Every example comes in two versions, `<id>.en.rq` and `<id>.ko.rq`: the same question,
//! with comments in that language and labels in that language first (`COALESCE` of the
//! `rdfs:label` in the page's language, then the other one's), so a Korean reader gets
//! Korean names wherever the graph has them. The page shows the version of its language.
//!
//! The files hold query bodies only; [`Example::query`] prepends the `PREFIX` lines of the
//! vocabularies the body uses, taken from [`PREFIXES`] (the same list Turtle output uses),
//! so no second prefix list exists. `tests/it/query_page.rs` runs both versions of every
//! example against the sample notices and asserts that each returns at least one row, and
//! that the Korean versions show Hangul labels.

use crate::model::Lang;
use crate::rdf::vocab::PREFIXES;

/// One example query of the gallery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// Its id: kebab-case, the stem of its `.rq` file and of its Fluent message ids.
    pub id: &'static str,
    /// The English version's body (English comments, English labels first), without
    /// `PREFIX` lines.
    pub body_en: &'static str,
    /// The Korean version's body (Korean comments, Korean labels first), without `PREFIX`
    /// lines.
    pub body_ko: &'static str,
}

impl Example {
    /// The body of the version in `lang`, without `PREFIX` lines.
    pub fn body(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.body_ko,
            Lang::En => self.body_en,
        }
    }

    /// The whole query in `lang`: the `PREFIX` lines of every prefix in [`PREFIXES`] that
    /// the body uses (as `name:`), in that list's order, then the body.
    pub fn query(&self, lang: Lang) -> String {
        prefixed(self.body(lang))
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
        body_en: include_str!("examples/hosts.en.rq"),
        body_ko: include_str!("examples/hosts.ko.rq"),
    },
    Example {
        id: "by-year",
        body_en: include_str!("examples/by-year.en.rq"),
        body_ko: include_str!("examples/by-year.ko.rq"),
    },
    Example {
        id: "rankings",
        body_en: include_str!("examples/rankings.en.rq"),
        body_ko: include_str!("examples/rankings.ko.rq"),
    },
    Example {
        id: "officials",
        body_en: include_str!("examples/officials.en.rq"),
        body_ko: include_str!("examples/officials.ko.rq"),
    },
    Example {
        id: "bilingual",
        body_en: include_str!("examples/bilingual.en.rq"),
        body_ko: include_str!("examples/bilingual.ko.rq"),
    },
    Example {
        id: "attendees",
        body_en: include_str!("examples/attendees.en.rq"),
        body_ko: include_str!("examples/attendees.ko.rq"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_parses_with_its_prefixes() {
        for example in GALLERY {
            for lang in Lang::ALL {
                let query = example.query(lang);
                if let Err(e) = oxigraph::sparql::SparqlEvaluator::new().parse_query(&query) {
                    panic!("{} ({lang}): {e}\n{query}", example.id);
                }
            }
        }
    }

    #[test]
    fn each_version_prefers_its_own_language() {
        let hangul = |s: &str| s.chars().any(|c| ('가'..='힣').contains(&c));
        for example in GALLERY {
            let (ko, en) = (example.body(Lang::Ko), example.body(Lang::En));
            assert_ne!(ko, en, "{}: two versions", example.id);
            // comments in the version's language
            let comments = |body: &str| -> String {
                body.lines()
                    .filter(|l| l.trim_start().starts_with('#'))
                    .collect()
            };
            assert!(hangul(&comments(ko)), "{}: Korean comments", example.id);
            assert!(!hangul(&comments(en)), "{}: English comments", example.id);
            // labels: the version's language first
            let first = |body: &str| {
                let ko_at = body.find(r#"= "ko")"#).unwrap_or(usize::MAX);
                let en_at = body.find(r#"= "en")"#).unwrap_or(usize::MAX);
                if ko_at < en_at { Lang::Ko } else { Lang::En }
            };
            assert_eq!(first(ko), Lang::Ko, "{}: Korean labels first", example.id);
            assert_eq!(first(en), Lang::En, "{}: English labels first", example.id);
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
