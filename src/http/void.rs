//! `GET /.well-known/void`: a description of the service's data in the W3C Vocabulary of
//! Interlinked Datasets (VoID, <https://www.w3.org/TR/void/>, the well-known location of
//! §7.2, RFC 8615). The document `{base}.well-known/void` is a `void:DatasetDescription`
//! whose primary topic, `{base}.well-known/void#dataset`, is the whole store: its
//! statistics (§4.6), SPARQL endpoint, `void:uriSpace` (`{base}id/`), vocabularies and
//! example resources, a class partition and a property partition with their counts, and
//! one `void:subset` per named graph.
//!
//! A subset is described under its graph's own IRI (`{base}graph/notice/{id}`,
//! `{base}graph/gazetteer`, `{base}graph/ontology`), so a client can take it straight into
//! `GRAPH <…>` or `/store?graph=…`; a notice graph's subset names its notice as
//! `void:rootResource`.
//!
//! The numbers come from four aggregate SELECTs (`queries/void_*.rq`) through the
//! [`Store`] trait, so they are right for any backend. They are computed at most once per
//! version of the data ([`Store::generation`], which every write changes) and kept in the
//! [`VoidCache`]: requests that arrive while the description is being computed wait for
//! that one computation and share its outcome. The computation has the query timeout
//! (`query_timeout`, for the four queries together): past it, `503` with a message, and
//! the timeout is remembered for that version for [`VOID_TIMEOUT_REMEMBERED`].
//! Dataset counts are over the RDF merge of all graphs (a triple stored in two graphs
//! counts once, as in the union default graph's meaning); a subset counts its own graph.
//! `void:entities` of the dataset counts the resources it is about: the distinct subject
//! IRIs in the `void:uriSpace` without a fragment, i.e. the things (`{base}id/{kind}/{slug}`)
//! and the notices (`{base}id/notice/{id}`), each dereferenceable to its own document. What
//! is minted as a fragment of a notice IRI — NIF mentions and the text context at
//! `#char=B,E`, ranking results, quantities, quotations — is part of its notice's
//! description and no entity of its own. A class partition's `void:entities` is the
//! number of the class's instances, whatever their IRIs (`nif:Phrase` counts the mentions).
//!
//! The answer is negotiated ([`negotiate`]) among the RDF formats of
//! [`graph_offers`] (Turtle by default; N-Triples, JSON-LD, RDF/XML, TriG, N-Quads);
//! `format=` overrides `Accept`; every answer carries `Vary: Accept`.

use super::error::AppError;
use super::negotiate::{format_param, graph_offers, negotiate, requested};
use super::queries;
use crate::rdf::iri::Iris;
use crate::rdf::vocab::{self, dct, foaf};
use crate::state::{AppState, blocking};
use crate::store::{Solution, Store, StoreError};
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::rdf::vocab::void::NS as VOID;

/// The `/.well-known/void` route.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/.well-known/void", get(void_document))
        .layer(axum::middleware::map_response(super::vary_accept))
}

/// `GET /.well-known/void[?format=…]`: the VoID description in the negotiated RDF format.
/// Errors: 400 for an unknown `format=`, 406 when no offered format is acceptable, 500
/// when the store fails.
async fn void_document(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let pairs = super::sparql::parse_form(raw.unwrap_or_default().as_bytes(), "the query string")?;
    let accept = requested(&headers, format_param(&pairs)?)?;
    let offers = graph_offers();
    let format =
        negotiate(&accept, &offers).ok_or_else(|| AppError::not_acceptable_named(&offers))?;
    let worker = state.clone();
    let asked = Instant::now();
    // a task of its own: a client that goes away does not stop a computation others wait for
    let triples =
        match tokio::spawn(async move { worker.void_cache.get(&worker, asked).await }).await {
            Ok(triples) => triples?,
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        };
    let body = super::serialize_graph(&triples, format, &[("void", VOID), ("foaf", foaf::NS)])?;
    Ok(([(header::CONTENT_TYPE, format.media_type())], body).into_response())
}

/// The VoID description of the last version of the data it was computed for (see the
/// module documentation). One per [`crate::state::App`]; starts empty.
#[derive(Default)]
pub struct VoidCache(tokio::sync::Mutex<Option<Computed>>);

/// How long a timed-out VoID computation is remembered for the same version of the data:
/// requests in that time get the timeout at once, so a client asking in a loop cannot
/// keep a core busy recomputing a description that cannot finish.
pub const VOID_TIMEOUT_REMEMBERED: Duration = Duration::from_secs(60);

/// One computation of the description.
struct Computed {
    /// The [`Store::generation`] read before it started.
    generation: u64,
    /// When it ended.
    finished: Instant,
    /// The description, or the timeout it ran past.
    outcome: Result<Arc<Vec<Triple>>, Duration>,
}

impl VoidCache {
    /// The description of the store's current version, for a request that came at `asked`:
    /// the cached one when the version has not changed since it was computed; else the
    /// outcome of a computation that ended while the request waited or, for the same
    /// version, less than [`VOID_TIMEOUT_REMEMBERED`] ago (a timeout included); else a new
    /// computation, with `state.config.query_timeout`.
    ///
    /// Errors: [`AppError::Timeout`] past the timeout, the store's errors otherwise.
    pub async fn get(
        &self,
        state: &AppState,
        asked: Instant,
    ) -> Result<Arc<Vec<Triple>>, AppError> {
        let mut slot = self.0.lock().await;
        // read before computing: a write during the computation leaves a stale entry,
        // which the next request recomputes (never a new number on old counts)
        let generation = state.store.generation();
        if let Some(done) = slot.as_ref().filter(|c| c.generation == generation) {
            match &done.outcome {
                Ok(triples) => return Ok(triples.clone()),
                Err(timeout)
                    if done.finished >= asked
                        || done.finished.elapsed() < VOID_TIMEOUT_REMEMBERED =>
                {
                    return Err(AppError::Timeout(*timeout));
                }
                Err(_) => {}
            }
        }
        let timeout = state.config.query_timeout;
        let worker = state.clone();
        let outcome =
            blocking(move || describe(worker.store.as_ref(), &worker.iris, timeout)).await;
        let outcome = match outcome {
            Ok(triples) => Ok(Arc::new(triples)),
            Err(StoreError::Timeout(_)) => Err(timeout),
            Err(e) => return Err(e.into()),
        };
        *slot = Some(Computed {
            generation,
            finished: Instant::now(),
            outcome: outcome.clone(),
        });
        outcome.map_err(AppError::Timeout)
    }
}

/// The vocabularies the data uses (`void:vocabulary`), by namespace.
const VOCABULARIES: &[&str] = &[
    vocab::schema::NS,
    vocab::org::NS,
    vocab::sem::NS,
    vocab::prov::NS,
    vocab::nif::NS,
    vocab::itsrdf::NS,
    vocab::skos::NS,
    vocab::dct::NS,
    vocab::ng::NS,
];

/// Classes whose first instance (in IRI order) is given as a `void:exampleResource`.
const EXAMPLE_CLASSES: &[&str] = &[
    "https://schema.org/NewsArticle",
    "https://schema.org/Event",
    "https://schema.org/Organization",
];

/// The VoID description of everything `store` holds, with IRIs minted by `iris`.
///
/// Runs four aggregate SELECTs (totals, classes, properties, named graphs), all within
/// `timeout`. Errors: the store's ([`StoreError`]), [`StoreError::Timeout`] with `timeout`
/// past it; a count that is not an integer is reported as [`StoreError::Evaluation`].
pub fn describe(
    store: &dyn Store,
    iris: &Iris,
    timeout: Duration,
) -> Result<Vec<Triple>, StoreError> {
    let space = iris.id_space();
    let ends = Instant::now() + timeout;
    let select = |query: &str| within(store, query, ends, timeout);
    let totals = select(&queries::in_space(queries::VOID_TOTALS, &space))?;
    let classes = select(&queries::in_space(queries::VOID_CLASSES, &space))?;
    let properties = select(&queries::in_space(queries::VOID_PROPERTIES, &space))?;
    let graphs = select(&queries::in_space(queries::VOID_GRAPHS, &space))?;

    let v = |local: &str| NamedNode::new_unchecked(format!("{VOID}{local}"));
    // terms outside `vocab`'s `terms!` lists (those must have ontology labels), spelled
    // from their namespaces like the service description's `sd:` terms
    let dct_title = NamedNode::new_unchecked(format!("{}title", dct::NS));
    let mut out = Vec::new();
    let doc = iris.void_document();
    let dataset = iris.void_dataset();
    out.push(Triple::new(doc.clone(), rdf::TYPE, v("DatasetDescription")));
    out.push(Triple::new(
        doc.clone(),
        dct_title.clone(),
        Literal::new_language_tagged_literal_unchecked("VoID description of noticegraph", "en"),
    ));
    out.push(Triple::new(
        doc,
        NamedNode::new_unchecked(format!("{}primaryTopic", foaf::NS)),
        dataset.clone(),
    ));

    out.push(Triple::new(dataset.clone(), rdf::TYPE, v("Dataset")));
    out.push(Triple::new(
        dataset.clone(),
        dct_title.clone(),
        Literal::new_simple_literal("noticegraph"),
    ));
    out.push(Triple::new(
        dataset.clone(),
        NamedNode::new_unchecked(format!("{}description", dct::NS)),
        Literal::new_language_tagged_literal_unchecked(
            "Events, organizations, people, places and rankings extracted from government \
             news notices in Korean and English, one named graph per notice.",
            "en",
        ),
    ));
    out.push(Triple::new(
        dataset.clone(),
        v("sparqlEndpoint"),
        iris.sparql_endpoint(),
    ));
    out.push(Triple::new(
        dataset.clone(),
        v("uriSpace"),
        Literal::new_simple_literal(space.as_str()),
    ));
    for ns in VOCABULARIES {
        out.push(Triple::new(
            dataset.clone(),
            v("vocabulary"),
            NamedNode::new_unchecked(*ns),
        ));
    }

    let total = totals.first();
    for (var, property) in [
        ("triples", "triples"),
        ("entities", "entities"),
        ("subjects", "distinctSubjects"),
        ("objects", "distinctObjects"),
    ] {
        let n = total.map(|row| count(row, var)).transpose()?.unwrap_or(0);
        out.push(Triple::new(dataset.clone(), v(property), integer(n)));
    }
    out.push(Triple::new(
        dataset.clone(),
        v("classes"),
        integer(classes.len() as u64),
    ));
    out.push(Triple::new(
        dataset.clone(),
        v("properties"),
        integer(properties.len() as u64),
    ));

    for row in &classes {
        let Some(Term::NamedNode(class)) = row.get("class") else {
            continue;
        };
        let example = match row.get("example") {
            Some(Term::Literal(l)) if l.value().starts_with(&space) => {
                NamedNode::new(l.value()).ok()
            }
            _ => None,
        };
        if let Some(example) = example.filter(|_| EXAMPLE_CLASSES.contains(&class.as_str())) {
            out.push(Triple::new(dataset.clone(), v("exampleResource"), example));
        }
        let part = BlankNode::default();
        out.push(Triple::new(
            dataset.clone(),
            v("classPartition"),
            part.clone(),
        ));
        out.push(Triple::new(part.clone(), v("class"), class.clone()));
        out.push(Triple::new(
            part,
            v("entities"),
            integer(count(row, "entities")?),
        ));
    }

    for row in &properties {
        let Some(Term::NamedNode(property)) = row.get("p") else {
            continue;
        };
        let part = BlankNode::default();
        out.push(Triple::new(
            dataset.clone(),
            v("propertyPartition"),
            part.clone(),
        ));
        out.push(Triple::new(part.clone(), v("property"), property.clone()));
        for (var, name) in [
            ("triples", "triples"),
            ("subjects", "distinctSubjects"),
            ("objects", "distinctObjects"),
        ] {
            out.push(Triple::new(
                part.clone(),
                v(name),
                integer(count(row, var)?),
            ));
        }
    }

    for row in &graphs {
        let subset: NamedOrBlankNode = match row.get("g") {
            Some(Term::NamedNode(g)) => g.clone().into(),
            Some(Term::BlankNode(b)) => b.clone().into(),
            _ => continue,
        };
        out.push(Triple::new(dataset.clone(), v("subset"), subset.clone()));
        out.push(Triple::new(subset.clone(), rdf::TYPE, v("Dataset")));
        out.push(Triple::new(
            subset.clone(),
            v("triples"),
            integer(count(row, "triples")?),
        ));
        out.push(Triple::new(
            subset.clone(),
            v("distinctSubjects"),
            integer(count(row, "subjects")?),
        ));
        if let NamedOrBlankNode::NamedNode(g) = &subset {
            if let Some(id) = iris.parse_notice_graph(g.as_str()) {
                out.push(Triple::new(
                    subset.clone(),
                    v("rootResource"),
                    iris.notice(&id),
                ));
            }
        }
    }
    Ok(out)
}

/// [`Store::select_within`] with what is left of a `timeout` that `ends` then.
/// Errors: the store's; [`StoreError::Timeout`] (with `timeout`) once it has ended.
fn within(
    store: &dyn Store,
    query: &str,
    ends: Instant,
    timeout: Duration,
) -> Result<Vec<Solution>, StoreError> {
    let left = ends.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Err(StoreError::Timeout(timeout));
    }
    store.select_within(query, left).map_err(|e| match e {
        StoreError::Timeout(_) => StoreError::Timeout(timeout),
        e => e,
    })
}

/// The integer bound to `var` in `row` (0 when unbound, as `COUNT` never is).
fn count(row: &Solution, var: &str) -> Result<u64, StoreError> {
    match row.get(var) {
        None => Ok(0),
        Some(Term::Literal(l)) => l
            .value()
            .parse()
            .map_err(|_| StoreError::Evaluation(format!("?{var} is not a count: {}", l.value()))),
        Some(other) => Err(StoreError::Evaluation(format!(
            "?{var} is not a count: {other}"
        ))),
    }
}

/// An `xsd:integer` literal.
fn integer(n: u64) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
}
