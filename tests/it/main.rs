//! noticegraph's integration tests: one test binary (`it`, crates.io style), one module per
//! area: the real corpus, bad input, the store on disk, the real `noticegraph` executable,
//! the HTTP service driven in-process (on a fixture and on the seeded samples), `POST
//! /notices` over real HTTP, SHACL shapes, the RDF mapping of hand-written extractions,
//! every golden graph (one comparator), the W3C SPARQL Protocol and Graph Store Protocol
//! suites over real HTTP, and what keeps the public endpoint safe (URL limit, CORS,
//! `SERVICE` allow-list, plain-text errors), the SPARQL query page browsers get, and IRIs
//! over HTTP (Hangul graph paths, ASCII `Location`s, protocol details), and the Graph
//! Store and linked data (JSON-LD bodies, VoID caching, write timeouts, Hangul slugs), the
//! pages in headless Chromium, every page of the dev corpus's things, and the schema.org
//! JSON-LD and RDF alternates of every kind of page, and the server killed in the middle of a
//! batch of posts.

mod bad_input;
mod browser;
mod chrome;
// The executable's tests and the store's need the on-disk store (`--store`, RocksDB).
#[cfg(feature = "rocksdb")]
mod cli;
mod corpus;
mod every_page;
// SIGKILL of the real server on its on-disk store in the middle of a batch.
#[cfg(feature = "rocksdb")]
mod faults;
mod golden;
mod http;
mod identity;
mod iris;
mod jsonld_pages;
mod lineage;
mod linked_data;
mod mapping;
mod notices;
mod query_page;
// The remote store on a real `oxigraph serve`: it goes away and comes back.
mod remote;
mod safety;
mod search;
mod seed;
mod shapes;
#[cfg(feature = "rocksdb")]
mod store;
mod support;
mod void;
mod w3c;
