//! From extraction to RDF: [`vocab`] spells every vocabulary IRI, [`iri`] mints the
//! project's own IRIs under the configured base, [`mapping`] turns an
//! [`Extraction`](crate::model::Extraction), the gazetteer and the ontology into quads.

pub mod iri;
pub mod mapping;
pub mod uri;
pub mod vocab;
