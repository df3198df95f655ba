//! Extraction, gazetteer and ontology → quads.
