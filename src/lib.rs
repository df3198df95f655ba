//! noticegraph: government news notices (Korean or English) → an event knowledge graph in
//! Oxigraph, served as SPARQL, linked data and Korean/English HTML summaries.
//!
//! Data flows one way: [`ingest`] (text → [`model::Extraction`]) → [`rdf`] (extraction →
//! quads) → [`store`] (named graphs in Oxigraph) → [`http`] (SPARQL, linked data, pages).
//! Lower layers never import axum. See `../shared/DESIGN.md` for the contract.

pub mod cli;
pub mod config;
pub mod eval;
pub mod http;
pub mod ingest;
pub mod l10n;
pub mod load;
pub mod model;
pub mod rdf;
pub mod state;
pub mod store;
pub mod synth;
pub mod web;

pub use http::app;
