//! The SPARQL query page over real HTTP (axum on a loopback port, ureq as the client),
//! on the store `serve` seeds: the page a browser gets from `GET /sparql` (Korean and
//! English, the project's prefixes, nothing loaded from another host, a
//! Content-Security-Policy), its results table (escaped), shareable links that reopen it,
//! the protocol answers other clients keep, and every example of the gallery returning at
//! least one row on the sample notices.

use noticegraph::config::Config;
use noticegraph::http::examples::GALLERY;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::load;
use noticegraph::rdf::iri::Iris;
use noticegraph::rdf::vocab::PREFIXES;
use noticegraph::state::App;
use noticegraph::store::{EmbeddedStore, Store};
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// What a browser sends (Firefox's default `Accept`).
const BROWSER: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/// The origin of one server for the whole module, started on first use with the store
/// `serve` builds on a first start (background graphs, then the sample notices).
fn origin() -> &'static str {
    static ORIGIN: OnceLock<String> = OnceLock::new();
    ORIGIN.get_or_init(|| {
        crate::support::serve(|_| {
            let config = Config::default();
            let iris = Iris::new(&config.base_iri).unwrap();
            let store = EmbeddedStore::in_memory();
            let gaz = Gazetteer::builtin();
            load::ensure_background(&store, &iris, gaz).unwrap();
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/notices");
            load::seed_samples(&store, &iris, gaz, &dir).unwrap();
            App {
                config,
                iris,
                store: Arc::new(store) as Arc<dyn Store>,
                gazetteer: gaz,
                localizer: Localizer::new().unwrap(),
                void_cache: Default::default(),
            }
        })
    })
}

struct Answer {
    status: u16,
    headers: ureq::http::HeaderMap,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// `GET {origin}{path}` with these headers.
fn get(path: &str, headers: &[(&str, &str)]) -> Answer {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    let mut request = agent.get(format!("{}{path}", origin()));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut response = request.call().unwrap_or_else(|e| panic!("GET {path}: {e}"));
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.body_mut().read_to_string().unwrap(),
    }
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Undoes the HTML escaping minijinja applies to text and attribute values.
fn unescape(html: &str) -> String {
    html.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The values of every `attribute="…"` in `html`.
fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!("{attribute}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// The page is HTML, loads nothing from another host and says so in its
/// Content-Security-Policy.
fn assert_is_the_page(answer: &Answer) {
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(
        answer.header("content-type").starts_with("text/html"),
        "{}",
        answer.header("content-type")
    );
    let csp = answer.header("content-security-policy");
    assert!(csp.contains("default-src 'self'"), "CSP: {csp:?}");
    assert!(answer.body.contains("<textarea"), "{}", answer.body);
    for attribute in ["src", "href", "action"] {
        for value in attribute_values(&answer.body, attribute) {
            let value = unescape(value);
            assert!(
                value.starts_with('/') && !value.starts_with("//"),
                "{attribute}={value:?} points to this host only"
            );
        }
    }
    assert!(!answer.body.contains("<style"), "no inline style");
    assert!(
        !answer.body.contains("<script>"),
        "no inline script: {}",
        answer.body
    );
}

/// The editor of a page opened without a query holds every project prefix.
fn assert_prefixes_are_filled_in(answer: &Answer) {
    let html = unescape(&answer.body);
    let editor = html
        .split_once("<textarea")
        .and_then(|(_, rest)| rest.split_once("</textarea>"))
        .map(|(editor, _)| editor)
        .unwrap_or_else(|| panic!("an editor: {html}"));
    for (prefix, namespace) in PREFIXES {
        assert!(
            editor.contains(&format!("PREFIX {prefix}: <{namespace}>")),
            "PREFIX {prefix} pre-filled: {editor}"
        );
    }
}

#[test]
fn browsers_get_the_query_page_in_english_and_korean() {
    let en = get(
        "/sparql",
        &[("accept", BROWSER), ("accept-language", "en-US,en;q=0.9")],
    );
    assert_is_the_page(&en);
    assert_prefixes_are_filled_in(&en);
    assert!(en.body.contains("<html lang=\"en\">"), "{}", en.body);
    assert!(en.body.contains("Example queries"));
    assert!(en.body.contains("Who hosted which meeting"));
    assert!(en.header("vary").to_ascii_lowercase().contains("accept"));

    let ko = get(
        "/sparql",
        &[("accept", BROWSER), ("accept-language", "ko-KR,ko;q=0.9")],
    );
    assert_is_the_page(&ko);
    assert_prefixes_are_filled_in(&ko);
    assert!(ko.body.contains("<html lang=\"ko\">"), "{}", ko.body);
    assert!(ko.body.contains("예제 질의"));
    assert!(ko.body.contains("어느 회의를 누가 주최했나"));

    // the lang= switch overrides Accept-Language, and the page links to its twin
    assert!(
        en.body.contains("href=\"&#x2f;sparql?lang=ko\""),
        "{}",
        en.body
    );
    let switched = get(
        "/sparql?lang=ko",
        &[("accept", BROWSER), ("accept-language", "en")],
    );
    assert_is_the_page(&switched);
    assert!(switched.body.contains("<html lang=\"ko\">"));

    // its assets are served here
    let css = get("/assets/query.css", &[]);
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").starts_with("text/css"));
    let js = get("/assets/query.js", &[]);
    assert_eq!(js.status, 200);
    assert!(js.header("content-type").starts_with("text/javascript"));
}

#[test]
fn other_clients_keep_the_protocol_answers() {
    // no query: the service description, Turtle by default
    for accept in ["*/*", "text/turtle", ""] {
        let sd = get("/sparql", &[("accept", accept)]);
        assert_eq!(sd.status, 200, "Accept {accept:?}: {}", sd.body);
        assert!(
            sd.header("content-type").starts_with("text/turtle"),
            "Accept {accept:?}: {}",
            sd.header("content-type")
        );
        assert!(sd.body.contains("sd:Service"), "{}", sd.body);
    }
    // a query: results in the negotiated format
    let path = format!("/sparql?query={}", encode("ASK { ?s ?p ?o }"));
    for (accept, media) in [
        ("*/*", "application/sparql-results+json"),
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
        ),
        ("text/csv", "text/csv"),
        ("application/xml", "application/sparql-results+xml"),
    ] {
        let answer = get(&path, &[("accept", accept)]);
        assert_eq!(answer.status, 200, "{}", answer.body);
        assert!(
            answer.header("content-type").starts_with(media),
            "Accept {accept:?}: {}",
            answer.header("content-type")
        );
    }
}

#[test]
fn results_table_escapes_what_it_shows() {
    let query = "SELECT ?x ?y WHERE { BIND(\"<script>alert(1)</script>\" AS ?x) \
                 BIND(\"탈린\"@ko AS ?y) }";
    let answer = get(
        &format!("/sparql?query={}", encode(query)),
        &[("accept", BROWSER)],
    );
    assert_is_the_page(&answer);
    assert!(!answer.body.contains("<script>alert(1)"), "{}", answer.body);
    assert!(
        answer
            .body
            .contains("<td>&lt;script&gt;alert(1)&lt;&#x2f;script&gt;</td>"),
        "{}",
        answer.body
    );
    assert!(
        answer.body.contains("<td lang=\"ko\">탈린</td>"),
        "{}",
        answer.body
    );
    assert!(
        answer.body.contains("<th>x</th><th>y</th>"),
        "{}",
        answer.body
    );
}

#[test]
fn shared_links_reopen_the_page_with_the_query_and_its_results() {
    let query = "PREFIX schema: <https://schema.org/>\nSELECT ?event WHERE { ?event a schema:Event }\nORDER BY ?event";
    let first = get(
        &format!("/sparql?query={}", encode(query)),
        &[("accept", BROWSER), ("accept-language", "en")],
    );
    assert_is_the_page(&first);
    let share = first
        .body
        .split_once("id=\"share\"")
        .and_then(|(_, rest)| attribute_values(rest, "href").first().map(|h| unescape(h)))
        .unwrap_or_else(|| panic!("a shareable link: {}", first.body));
    assert_eq!(share, format!("/sparql?query={}", encode(query)));

    // a browser opening the link gets the page with the query in the editor and a table
    let again = get(&share, &[("accept", BROWSER)]);
    assert_is_the_page(&again);
    let html = unescape(&again.body);
    assert!(html.contains(&format!(">{query}</textarea>")), "{html}");
    assert!(
        again
            .body
            .contains("<a href=\"&#x2f;id&#x2f;event&#x2f;oecd-e-leaders-meeting-2018\">"),
        "results link things of this service: {}",
        again.body
    );
    // the same link is a plain protocol request for a program
    let json = get(&share, &[("accept", "application/sparql-results+json")]);
    assert_eq!(json.status, 200);
    assert!(json.body.contains("oecd-e-leaders-meeting-2018"));

    // each example of the gallery is such a link
    let page = get("/sparql", &[("accept", BROWSER)]);
    for example in GALLERY {
        let link = format!("/sparql?query={}", encode(&example.query()));
        assert!(
            attribute_values(&page.body, "href")
                .into_iter()
                .map(unescape)
                .any(|href| href == link),
            "the gallery links {}",
            example.id
        );
    }
    let opened = get(
        &format!("/sparql?query={}", encode(&GALLERY[0].query())),
        &[("accept", BROWSER)],
    );
    assert_is_the_page(&opened);
    assert!(opened.body.contains("<table>"), "{}", opened.body);
}

#[test]
fn every_gallery_example_returns_rows_on_the_sample_notices() {
    assert!(GALLERY.len() >= 6);
    for example in GALLERY {
        let answer = get(
            &format!("/sparql?query={}", encode(&example.query())),
            &[("accept", "application/sparql-results+json")],
        );
        assert_eq!(answer.status, 200, "{}: {}", example.id, answer.body);
        let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        let rows = json["results"]["bindings"].as_array().unwrap();
        assert!(
            !rows.is_empty(),
            "example {} returns no row on the samples:\n{}",
            example.id,
            example.query()
        );
    }
}
