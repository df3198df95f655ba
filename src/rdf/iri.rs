//! Minting and parsing the project's IRIs (DESIGN.md §IRIs and graphs):
//! things at `{base}id/{kind}/{slug}`, notices at `{base}id/notice/{id}`, named graphs at
//! `{base}graph/notice/{id}`, `{base}graph/gazetteer` and `{base}graph/ontology`.
//! This and [`vocab`](super::vocab) are the only places IRIs are spelled.

use crate::model::{EntityKey, EntityKind};
use oxigraph::model::NamedNode;

/// The default base IRI (`--base-iri`).
pub const DEFAULT_BASE: &str = "http://127.0.0.1:8080/";

/// The base IRI was not an absolute http(s) IRI ending in `/`.
#[derive(Debug, thiserror::Error)]
#[error("invalid base IRI {iri:?}: {reason}")]
pub struct BaseIriError {
    /// The IRI given.
    pub iri: String,
    /// What is wrong with it.
    pub reason: String,
}

/// The IRI minter for one base IRI. Cheap to clone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Iris {
    base: String,
}

impl Iris {
    /// A minter for `base`, which must be an absolute `http`/`https` IRI; a missing trailing
    /// `/` is added. Errors: [`BaseIriError`].
    pub fn new(base: &str) -> Result<Iris, BaseIriError> {
        let mut base = base.trim().to_string();
        if !base.ends_with('/') {
            base.push('/');
        }
        let err = |reason: &str| BaseIriError {
            iri: base.clone(),
            reason: reason.to_string(),
        };
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(err("must start with http:// or https://"));
        }
        NamedNode::new(base.as_str()).map_err(|e| err(&e.to_string()))?;
        Ok(Iris { base })
    }

    /// The base IRI, always ending in `/`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// `{base}id/{kind}/{slug}`.
    pub fn entity(&self, key: &EntityKey) -> NamedNode {
        NamedNode::new_unchecked(format!(
            "{}id/{}/{}",
            self.base,
            key.kind.segment(),
            key.slug
        ))
    }

    /// `{base}id/notice/{id}`.
    pub fn notice(&self, id: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}id/notice/{id}", self.base))
    }

    /// The NIF context of a notice: `{base}id/notice/{id}#char=0,{len}` (RFC 5147, `len`
    /// in characters).
    pub fn notice_context(&self, id: &str, len: usize) -> NamedNode {
        self.notice_fragment(id, 0, len)
    }

    /// A NIF phrase of a notice: `{base}id/notice/{id}#char={begin},{end}` (characters).
    pub fn notice_fragment(&self, id: &str, begin: usize, end: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}id/notice/{id}#char={begin},{end}", self.base))
    }

    /// A node for a notice-local statement such as a ranking result or a quantity:
    /// `{base}id/notice/{id}#{local}` (`local` must be IRI-safe ASCII).
    pub fn notice_local(&self, id: &str, local: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}id/notice/{id}#{local}", self.base))
    }

    /// The named graph of a notice: `{base}graph/notice/{id}`.
    pub fn notice_graph(&self, id: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}graph/notice/{id}", self.base))
    }

    /// The gazetteer and background-facts graph: `{base}graph/gazetteer`.
    pub fn gazetteer_graph(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}graph/gazetteer", self.base))
    }

    /// The ontology graph: `{base}graph/ontology`.
    pub fn ontology_graph(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}graph/ontology", self.base))
    }

    /// The namespace of every thing and notice IRI, `{base}id/` (VoID `void:uriSpace`).
    pub fn id_space(&self) -> String {
        format!("{}id/", self.base)
    }

    /// The prefix of every notice graph IRI, `{base}graph/notice/`.
    pub fn notice_graph_prefix(&self) -> String {
        format!("{}graph/notice/", self.base)
    }

    /// The notice id of a notice graph IRI minted by [`Iris::notice_graph`]; `None` for any
    /// other IRI.
    pub fn parse_notice_graph(&self, iri: &str) -> Option<String> {
        let id = iri
            .strip_prefix(&self.base)?
            .strip_prefix("graph/notice/")?;
        (is_slug(id)).then(|| id.to_string())
    }

    /// The SPARQL endpoint: `{base}sparql`.
    pub fn sparql_endpoint(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}sparql", self.base))
    }

    /// The VoID description document: `{base}.well-known/void` (VoID §7.2).
    pub fn void_document(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}.well-known/void", self.base))
    }

    /// The dataset the VoID document describes (the whole store):
    /// `{base}.well-known/void#dataset`.
    pub fn void_dataset(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}.well-known/void#dataset", self.base))
    }

    /// Where this deployment serves the `ng:` ontology: `{base}ns` (the namespace itself
    /// is on w3id.org, which redirects there).
    pub fn ontology_document(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}ns", self.base))
    }

    /// The key of an entity IRI minted by [`Iris::entity`]; `None` for any other IRI.
    pub fn parse_entity(&self, iri: &str) -> Option<EntityKey> {
        let rest = iri.strip_prefix(&self.base)?.strip_prefix("id/")?;
        let (kind, slug) = rest.split_once('/')?;
        let kind = EntityKind::from_segment(kind)?;
        (is_slug(slug)).then(|| EntityKey::new(kind, slug))
    }

    /// The id of a notice IRI minted by [`Iris::notice`]; `None` for any other IRI.
    pub fn parse_notice(&self, iri: &str) -> Option<String> {
        let id = iri.strip_prefix(&self.base)?.strip_prefix("id/notice/")?;
        (is_slug(id)).then(|| id.to_string())
    }
}

/// `true` when `s` is a non-empty run of ASCII lowercase letters, digits and `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A slug from a Latin-script name: ASCII-folded (`Gurría` → `gurria`), lowercased, every
/// run of other characters turned into one `-`, no leading or trailing `-`. Hangul and
/// other non-Latin letters are dropped, so callers slug the English (or romanized) name.
/// Returns an empty string when nothing Latin is left.
pub fn slugify(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    let mut dash = false;
    for c in name.nfd() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else if unicode_normalization::char::is_combining_mark(c) || c == '\'' || c == '’' {
            // accents and apostrophes vanish: Gurría → gurria, Korea's → koreas
        } else {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_cases() {
        for (input, want) in [
            ("OECD E-Leaders Meeting 2018", "oecd-e-leaders-meeting-2018"),
            ("Angel Gurría", "angel-gurria"),
            ("Hong Yun-sik", "hong-yun-sik"),
            ("Côte d'Ivoire", "cote-divoire"),
            ("  --Tallinn--  ", "tallinn"),
            ("탈린", ""),
        ] {
            assert_eq!(slugify(input), want, "{input}");
        }
    }

    #[test]
    fn entity_iris_round_trip() {
        let iris = Iris::new("http://example.org/base").unwrap();
        let key = EntityKey::new(EntityKind::Country, "kr");
        let iri = iris.entity(&key);
        assert_eq!(iri.as_str(), "http://example.org/base/id/country/kr");
        assert_eq!(iris.parse_entity(iri.as_str()), Some(key));
        assert_eq!(
            iris.parse_entity("http://example.org/base/id/nope/kr"),
            None
        );
        assert!(Iris::new("ftp://x/").is_err());
    }
}
