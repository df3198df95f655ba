//! A renamed body under all its names: notices (written for this test) from three periods
//! of the Korean interior ministry, each hosting one event, and one event hosted by
//! another body; one SPARQL query through the one IRI of the ministry across its renamings
//! finds the three and only them.

use noticegraph::ingest::{Gazetteer, MAX_NOTICE_BYTES, MediaType};
use noticegraph::load;
use noticegraph::rdf::iri::Iris;
use oxigraph::model::Term;

const NOTICES: &[&str] = &[
    "title: Forum with Peru\ndate: 2019-06-12\nlang: en\n\n\
     The Ministry of the Interior and Safety hosted the 1st Korea-Peru Digital Government Forum in Seoul on June 11, 2019.\n",
    "title: Seminar with Chile\ndate: 2016-05-04\nlang: en\n\n\
     The Ministry of the Interior hosted the 2nd Korea-Chile e-Government Seminar in Seoul on May 3, 2016.\n",
    "title: 몽골과 세미나\ndate: 2011-05-10\nlang: ko\n\n\
     행정안전부는 2011년 5월 9일 서울에서 제1회 한-몽골 전자정부 세미나를 개최했다.\n",
    "title: OECD meeting\ndate: 2019-06-12\nlang: en\n\n\
     The OECD hosted the 1st Public Data Workshop in Paris on June 10, 2019.\n",
];

#[test]
fn events_hosted_under_any_name_through_one_iri() {
    let store = crate::support::empty_store();
    let iris = Iris::new("http://example.org/").unwrap();
    let gaz = Gazetteer::builtin();
    load::ensure_background(store.as_ref(), &iris, gaz).unwrap();
    for text in NOTICES {
        load::ingest_notice(
            store.as_ref(),
            &iris,
            gaz,
            text.as_bytes(),
            MediaType::Text,
            MAX_NOTICE_BYTES,
        )
        .unwrap();
    }
    let rows = store
        .select(
            "PREFIX schema: <https://schema.org/>
             PREFIX prov: <http://www.w3.org/ns/prov#>
             PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
             SELECT DISTINCT ?event ?name WHERE {
               ?event a schema:Event ;
                      schema:organizer ?org .
               ?org prov:specializationOf? <http://example.org/id/org/ministry-of-the-interior-and-safety-and-its-predecessors> ;
                    rdfs:label ?name .
               FILTER(lang(?name) = \"en\")
             } ORDER BY ?event",
        )
        .unwrap();
    let got: Vec<(String, String)> = rows
        .iter()
        .map(|r| match (r.get("event"), r.get("name")) {
            (Some(Term::NamedNode(e)), Some(Term::Literal(n))) => (
                e.as_str().rsplit('/').next().unwrap_or("").to_string(),
                n.value().to_string(),
            ),
            other => panic!("{other:?}"),
        })
        .collect();
    let events: Vec<&str> = got.iter().map(|(e, _)| e.as_str()).collect();
    assert_eq!(events.len(), 3, "{got:?}");
    let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
    for name in [
        "Ministry of the Interior and Safety",
        "Ministry of the Interior",
        "Ministry of Public Administration and Security",
    ] {
        assert!(names.contains(&name), "{name} missing in {got:?}");
    }
    assert!(!events.iter().any(|e| e.contains("workshop")), "{got:?}");
}
