//! `GET /ns`: the `ng:` ontology (`ontology/noticegraph.ttl`, compiled in) as RDF and as a
//! readable bilingual HTML page.
//!
//! The namespace, `https://w3id.org/noticegraph/ns#` (DESIGN.md §Vocabulary), is on
//! w3id.org, a permanent-identifier redirector: the service cannot answer at that IRI, so
//! it serves the ontology at a path of its own, `{base}ns`, which is where a w3id.org
//! redirect for the namespace points. A term's IRI `…/ns#Meeting` then lands on the
//! term's entry of the page (`/ns#Meeting`, the fragment being its local name).
//!
//! Negotiated ([`negotiate`]) among Turtle (the default, for `*/*`; the file as written,
//! comments included), N-Triples, JSON-LD, RDF/XML and HTML (`text/html`,
//! `application/xhtml+xml`); `format=` (`ttl`, `nt`, `jsonld`, `rdf`, `html`, or a media
//! type) overrides `Accept`; every answer carries `Vary: Accept`. The HTML lists classes,
//! object properties, datatype properties, individuals and the reused terms the ontology
//! labels, each with its English and Korean label and comment, through the template
//! engine's escaping (`web/templates/ontology.html`).

use super::error::AppError;
use super::negotiate::{JSON_LD, format_param, negotiate, requested};
use crate::rdf::mapping::ONTOLOGY_TTL;
use crate::rdf::vocab::{self, owl};
use crate::state::AppState;
use crate::web::{self, OntologyPage, Ref, TermEntry, TermSection};
use axum::Router;
use axum::extract::RawQuery;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{NamedNodeRef, NamedOrBlankNode, Term, Triple};

/// The `/ns` route.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/ns", get(ontology))
        .layer(axum::middleware::map_response(super::vary_accept))
}

/// What `/ns` can answer with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Html,
    Rdf(RdfFormat),
}

/// The offers of `/ns`, default (Turtle) first.
fn offers() -> Vec<(&'static str, Target)> {
    let mut offers: Vec<_> = [
        RdfFormat::Turtle,
        RdfFormat::NTriples,
        JSON_LD,
        RdfFormat::RdfXml,
    ]
    .into_iter()
    .map(|f| (f.media_type(), Target::Rdf(f)))
    .collect();
    offers.push(("text/html", Target::Html));
    offers.push(("application/xhtml+xml", Target::Html));
    offers.push(("application/x-turtle", Target::Rdf(RdfFormat::Turtle)));
    offers.push(("text/plain", Target::Rdf(RdfFormat::NTriples)));
    offers.push(("application/json", Target::Rdf(JSON_LD)));
    offers
}

/// `GET /ns[?format=…]`. Errors: 400 for an unknown `format=`, 406 when nothing offered
/// is acceptable, 500 if the compiled-in ontology does not parse (a unit test makes sure
/// it does).
async fn ontology(headers: HeaderMap, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let pairs = super::sparql::parse_form(raw.unwrap_or_default().as_bytes(), "the query string")?;
    let accept = requested(&headers, format_param(&pairs)?)?;
    let offers = offers();
    let target =
        negotiate(&accept, &offers).ok_or_else(|| AppError::not_acceptable_named(&offers))?;
    match target {
        Target::Rdf(RdfFormat::Turtle) => Ok((
            [(header::CONTENT_TYPE, RdfFormat::Turtle.media_type())],
            ONTOLOGY_TTL,
        )
            .into_response()),
        Target::Rdf(format) => {
            let body = super::serialize_graph(&triples()?, format, &[])?;
            Ok(([(header::CONTENT_TYPE, format.media_type())], body).into_response())
        }
        Target::Html => Ok(super::html_page(web::render_ontology(&page(&triples()?))?)),
    }
}

/// The ontology's triples, in the file's order. Errors: [`AppError::Render`] when the
/// compiled-in Turtle does not parse.
fn triples() -> Result<Vec<Triple>, AppError> {
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(ONTOLOGY_TTL)
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()
        .map_err(|e| AppError::Render(format!("ontology/noticegraph.ttl does not parse: {e}")))
}

/// `iri` as `prefix:local` with the first namespace of [`vocab::PREFIXES`] it is in, else
/// the IRI itself.
fn compact(iri: &str) -> String {
    vocab::PREFIXES
        .iter()
        .find_map(|(prefix, ns)| {
            iri.strip_prefix(ns)
                .filter(|local| !local.is_empty())
                .map(|local| format!("{prefix}:{local}"))
        })
        .unwrap_or_else(|| iri.to_string())
}

/// A link target: an `ng:` term links to its entry on the page, anything else to its IRI.
fn reference(term: &Term) -> Ref {
    match term {
        Term::NamedNode(n) => Ref {
            text: compact(n.as_str()),
            href: Some(match n.as_str().strip_prefix(vocab::ng::NS) {
                Some(local) if !local.is_empty() => format!("#{local}"),
                _ => n.as_str().to_string(),
            }),
        },
        other => Ref {
            text: other.to_string(),
            href: None,
        },
    }
}

/// The values of `predicate` on `subject`.
fn objects<'a>(
    triples: &'a [Triple],
    subject: &'a NamedOrBlankNode,
    predicate: NamedNodeRef<'a>,
) -> impl Iterator<Item = &'a Term> + 'a {
    triples
        .iter()
        .filter(move |t| &t.subject == subject && t.predicate == predicate)
        .map(|t| &t.object)
}

/// The literal value of `predicate` on `subject` in language `lang` (tag compared
/// case-insensitively).
fn text_in(
    triples: &[Triple],
    subject: &NamedOrBlankNode,
    predicate: NamedNodeRef<'_>,
    lang: &str,
) -> Option<String> {
    objects(triples, subject, predicate).find_map(|o| match o {
        Term::Literal(l) if l.language().is_some_and(|t| t.eq_ignore_ascii_case(lang)) => {
            Some(l.value().to_string())
        }
        _ => None,
    })
}

/// The page's view-model: `ng:` terms grouped by their `rdf:type`, then the reused terms
/// the ontology labels, each group in the file's order.
fn page(triples: &[Triple]) -> OntologyPage {
    let ontology: NamedOrBlankNode = vocab::ng::ONTOLOGY.into_owned().into();
    let mut subjects: Vec<&NamedOrBlankNode> = Vec::new();
    for t in triples {
        if matches!(t.subject, NamedOrBlankNode::NamedNode(_))
            && t.subject != ontology
            && !subjects.contains(&&t.subject)
        {
            subjects.push(&t.subject);
        }
    }
    let is_a = |s: &NamedOrBlankNode, class: NamedNodeRef<'_>| {
        objects(triples, s, rdf::TYPE)
            .any(|o| matches!(o, Term::NamedNode(n) if n.as_ref() == class))
    };
    let groups: [(&str, &str, &str, Option<NamedNodeRef<'_>>); 5] = [
        ("classes", "Classes", "클래스", Some(owl::CLASS)),
        (
            "object-properties",
            "Object properties",
            "객체 속성",
            Some(owl::OBJECT_PROPERTY),
        ),
        (
            "datatype-properties",
            "Datatype properties",
            "데이터 속성",
            Some(owl::DATATYPE_PROPERTY),
        ),
        (
            "individuals",
            "Individuals",
            "개체",
            Some(owl::NAMED_INDIVIDUAL),
        ),
        (
            "reused",
            "Labels of reused terms",
            "재사용 용어의 이름",
            None,
        ),
    ];
    let own = |s: &NamedOrBlankNode| s.to_string().starts_with(&format!("<{}", vocab::ng::NS));
    let mut sections = Vec::new();
    for (id, title_en, title_ko, class) in groups {
        let terms: Vec<TermEntry> = subjects
            .iter()
            .filter(|s| match class {
                Some(class) => own(s) && is_a(s, class),
                None => !own(s),
            })
            .filter_map(|s| entry(triples, s))
            .collect();
        if !terms.is_empty() {
            sections.push(TermSection {
                id: id.to_string(),
                title_en: title_en.to_string(),
                title_ko: title_ko.to_string(),
                terms,
            });
        }
    }
    let formats = [
        ("Turtle", "ttl", RdfFormat::Turtle),
        ("N-Triples", "nt", RdfFormat::NTriples),
        ("JSON-LD", "jsonld", JSON_LD),
        ("RDF/XML", "rdf", RdfFormat::RdfXml),
    ]
    .into_iter()
    .map(|(name, short, f)| {
        (
            name.to_string(),
            format!("/ns?format={short}"),
            f.media_type().to_string(),
        )
    })
    .collect();
    OntologyPage {
        namespace: vocab::ng::NS.to_string(),
        title_en: text_in(triples, &ontology, rdfs::LABEL, "en")
            .unwrap_or_else(|| "noticegraph ontology".to_string()),
        title_ko: text_in(triples, &ontology, rdfs::LABEL, "ko"),
        comment_en: text_in(triples, &ontology, rdfs::COMMENT, "en"),
        comment_ko: text_in(triples, &ontology, rdfs::COMMENT, "ko"),
        version: objects(triples, &ontology, owl::VERSION_INFO).find_map(|o| match o {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        }),
        formats,
        sections,
    }
}

/// The entry of one named subject; `None` for a blank node.
fn entry(triples: &[Triple], subject: &NamedOrBlankNode) -> Option<TermEntry> {
    let NamedOrBlankNode::NamedNode(iri) = subject else {
        return None;
    };
    let id = match iri.as_str().strip_prefix(vocab::ng::NS) {
        Some(local) => local.to_string(),
        None => compact(iri.as_str()).replace(':', "-"),
    };
    let mut links = Vec::new();
    for (name, predicate) in [
        ("subclass of · 상위 클래스", rdfs::SUB_CLASS_OF),
        ("domain · 정의역", rdfs::DOMAIN),
        ("range · 치역", rdfs::RANGE),
        ("type · 유형", rdf::TYPE),
    ] {
        let refs: Vec<Ref> = objects(triples, subject, predicate)
            .filter(|o| matches!(o, Term::NamedNode(_)))
            .map(reference)
            .collect();
        if !refs.is_empty() {
            links.push((name.to_string(), refs));
        }
    }
    Some(TermEntry {
        id,
        name: compact(iri.as_str()),
        iri: iri.as_str().to_string(),
        label_en: text_in(triples, subject, rdfs::LABEL, "en"),
        label_ko: text_in(triples, subject, rdfs::LABEL, "ko"),
        comment_en: text_in(triples, subject, rdfs::COMMENT, "en"),
        comment_ko: text_in(triples, subject, rdfs::COMMENT, "ko"),
        links,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_lists_every_ng_term_with_both_labels() {
        let triples = triples().unwrap();
        let page = page(&triples);
        let ids: Vec<&str> = page.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "classes",
                "object-properties",
                "datatype-properties",
                "individuals",
                "reused"
            ]
        );
        let shown: Vec<&TermEntry> = page.sections.iter().flat_map(|s| &s.terms).collect();
        for term in vocab::ng::ALL.iter().filter(|t| **t != vocab::ng::ONTOLOGY) {
            let entry = shown
                .iter()
                .find(|e| e.iri == term.as_str())
                .unwrap_or_else(|| panic!("{term} is not on the page"));
            assert!(
                entry.label_en.is_some() && entry.label_ko.is_some(),
                "{term}"
            );
        }
        let meeting = shown.iter().find(|e| e.id == "Meeting").unwrap();
        assert_eq!(meeting.label_ko.as_deref(), Some("회의"));
        assert_eq!(meeting.links[0].1[0].text, "schema:Event");
        assert_eq!(page.title_ko.as_deref(), Some("noticegraph 온톨로지"));
    }

    #[test]
    fn compact_names() {
        assert_eq!(compact("https://schema.org/Event"), "schema:Event");
        assert_eq!(compact("https://w3id.org/noticegraph/ns#rank"), "ng:rank");
        assert_eq!(compact("http://example.org/x"), "http://example.org/x");
    }
}
