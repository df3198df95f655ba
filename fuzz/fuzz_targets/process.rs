//! Fuzz target: the whole ingest pipeline ([`noticegraph::ingest::process`]) and the RDF
//! mapping on arbitrary bytes, read as each media type (text, HTML, JSON) with the
//! built-in gazetteer. Any panic is a bug: bad input must give an `IngestError` or a sound
//! extraction whose spans lie inside the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use noticegraph::ingest::{Gazetteer, MediaType, process};
use noticegraph::rdf::iri::Iris;
use noticegraph::rdf::mapping;
use std::sync::LazyLock;

static IRIS: LazyLock<Iris> =
    LazyLock::new(|| Iris::new("http://example.org/").expect("valid base IRI"));

fuzz_target!(|data: &[u8]| {
    let gazetteer = Gazetteer::builtin();
    for media in [MediaType::Text, MediaType::Html, MediaType::Json] {
        if let Ok(x) = process(data, media, gazetteer) {
            let len = x.notice.text.chars().count();
            for m in &x.mentions {
                assert!(
                    m.span.begin < m.span.end && m.span.end <= len,
                    "{m:?} outside {len}"
                );
            }
            let quads = mapping::notice_quads(&x, &IRIS);
            assert!(!quads.is_empty());
        }
    }
});
