//! The SPARQL query page over real HTTP (axum on a loopback port, ureq as the client),
//! on the store `serve` seeds: the page a browser gets from `GET /sparql` (Korean and
//! English, the project's prefixes, nothing loaded from another host, a
//! Content-Security-Policy), its results table (escaped), shareable links that reopen it,
//! long queries sent by form POST (no link, a note saying why), query errors shown in the
//! page with the query kept, the protocol answers other clients keep, and both language
//! versions of every example of the gallery returning rows on the sample notices (Hangul
//! labels from the Korean ones).

use crate::support::{Answer, encode};
use noticegraph::config::Config;
use noticegraph::http::examples::GALLERY;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::load;
use noticegraph::model::Lang;
use noticegraph::rdf::iri::Iris;
use noticegraph::rdf::vocab::PREFIXES;
use noticegraph::state::App;
use std::path::Path;
use std::sync::OnceLock;

/// What a browser sends (Firefox's default `Accept`).
const BROWSER: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/// The origin of one server for the whole module, started on first use with the store
/// `serve` builds on a first start (background graphs, then the sample notices).
fn origin() -> &'static str {
    static ORIGIN: OnceLock<String> = OnceLock::new();
    ORIGIN.get_or_init(|| {
        crate::support::serve(|_| {
            let mut config = Config::default();
            if crate::support::remote_backend() {
                // Oxigraph 0.5.13 reads its union default graph as a bag (oxigraph#1919):
                // the gallery's label joins multiply rows, and on a busy machine `officials`
                // took more than the default 30 s there (BENCHMARKS.md, --ox-union)
                config.query_timeout = std::time::Duration::from_secs(120);
            }
            let iris = Iris::new(&config.base_iri).unwrap();
            let store = crate::support::empty_store();
            let gaz = Gazetteer::builtin();
            load::ensure_background(store.as_ref(), &iris, gaz).unwrap();
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/notices");
            load::seed_samples(store.as_ref(), &iris, gaz, &dir).unwrap();
            App {
                config,
                iris,
                store,
                gazetteer: gaz,
                localizer: Localizer::new().unwrap(),
                void_cache: Default::default(),
                metrics: Default::default(),
            }
        })
    })
}

/// `GET {origin}{path}` with these headers.
fn get(path: &str, headers: &[(&str, &str)]) -> Answer {
    crate::support::get(&format!("{}{path}", origin()), headers)
}

/// `POST {origin}{path}` of a form body (`application/x-www-form-urlencoded`) with these
/// headers.
fn post_form(path: &str, body: &str, headers: &[(&str, &str)]) -> Answer {
    let mut all = vec![("content-type", "application/x-www-form-urlencoded")];
    all.extend_from_slice(headers);
    crate::support::send("POST", &format!("{}{path}", origin()), &all, body)
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
    assert_is_a_page(answer);
}

/// Like [`assert_is_the_page`], whatever the status.
fn assert_is_a_page(answer: &Answer) {
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
    // the format names are Korean too, and the gallery holds the Korean versions
    assert!(
        ko.body.contains(">SPARQL 결과(JSON)</option>"),
        "{}",
        ko.body
    );
    assert!(
        en.body.contains(">SPARQL Results in JSON</option>"),
        "{}",
        en.body
    );
    assert!(
        ko.body.contains("# 어느 회의를 누가 주최했나"),
        "{}",
        ko.body
    );
    assert!(!en.body.contains("# 어느 회의를"), "{}", en.body);

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

    // each example of the gallery is such a link, in the page's language
    for lang in Lang::ALL {
        let page = get(&format!("/sparql?lang={lang}"), &[("accept", BROWSER)]);
        for example in GALLERY {
            let link = format!("/sparql?query={}", encode(&example.query(lang)));
            assert!(
                attribute_values(&page.body, "href")
                    .into_iter()
                    .map(unescape)
                    .any(|href| href == link),
                "the {lang} gallery links {}",
                example.id
            );
        }
    }
    let opened = get(
        &format!("/sparql?query={}", encode(&GALLERY[0].query(Lang::Ko))),
        &[("accept", BROWSER)],
    );
    assert_is_the_page(&opened);
    assert!(opened.body.contains("<table>"), "{}", opened.body);
}

/// Whether `text` has a Hangul syllable.
fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('가'..='힣').contains(&c))
}

/// How many literal values of SPARQL JSON `rows` contain Hangul.
fn hangul_values(rows: &[serde_json::Value]) -> usize {
    rows.iter()
        .filter_map(|row| row.as_object())
        .flat_map(|row| row.values())
        .filter(|v| v["type"] == "literal")
        .filter(|v| v["value"].as_str().is_some_and(has_hangul))
        .count()
}

#[test]
fn every_gallery_example_returns_rows_on_the_sample_notices() {
    assert!(GALLERY.len() >= 6);
    for example in GALLERY {
        let mut hangul = Vec::new();
        for lang in Lang::ALL {
            let query = example.query(lang);
            let answer = get(
                &format!("/sparql?query={}", encode(&query)),
                &[("accept", "application/sparql-results+json")],
            );
            assert_eq!(
                answer.status, 200,
                "{} ({lang}): {}",
                example.id, answer.body
            );
            let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
            let rows = json["results"]["bindings"].as_array().unwrap();
            assert!(
                !rows.is_empty(),
                "example {} ({lang}) returns no row on the samples:\n{query}",
                example.id,
            );
            hangul.push((lang, hangul_values(rows), rows.len()));
        }
        // the Korean version names things in Korean where the graph has Korean labels
        // (every sample notice comes in both languages), the English one in English
        let count = |lang| hangul.iter().find(|(l, ..)| *l == lang).unwrap();
        let (ko, en) = (count(Lang::Ko), count(Lang::En));
        assert!(
            ko.1 > 0,
            "example {}: Korean version shows no Hangul",
            example.id
        );
        assert!(
            ko.1 > en.1,
            "example {}: the Korean version shows more Hangul than the English one: {hangul:?}",
            example.id
        );
    }
}

#[test]
fn long_queries_go_by_post_and_say_they_cannot_be_shared() {
    // the page tells its script the limit, and offers a POST button for use without it
    let page = get("/sparql", &[("accept", BROWSER)]);
    assert_is_the_page(&page);
    assert!(
        page.body.contains("data-url-limit=\"8192\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("formmethod=\"post\""), "{}", page.body);

    // about 1000 Hangul characters: 9 bytes each once percent-encoded, past 8 KiB
    let query = format!(
        "# {}\nSELECT ?x WHERE {{ BIND(\"탈린\"@ko AS ?x) }}",
        "가나다라".repeat(250)
    );
    let link = format!("/sparql?query={}", encode(&query));
    assert!(link.len() > 8192);
    let refused = get(&link, &[("accept", BROWSER)]);
    assert_eq!(refused.status, 414, "{}", refused.body);

    for lang in Lang::ALL {
        let answer = post_form(
            &format!("/sparql?lang={lang}"),
            &format!("query={}", encode(&query)),
            &[("accept", BROWSER)],
        );
        assert_is_the_page(&answer);
        assert!(
            answer.body.contains("<td lang=\"ko\">탈린</td>"),
            "{}",
            answer.body
        );
        let html = unescape(&answer.body);
        assert!(html.contains(&format!(">{query}</textarea>")), "query kept");
        assert!(
            !answer.body.contains("id=\"share\""),
            "no link: {}",
            answer.body
        );
        assert!(
            answer.body.contains("id=\"share-too-long\""),
            "{}",
            answer.body
        );
        assert!(answer.body.contains("8192"), "names the limit");
        assert!(
            answer.body.contains("download=\"query.rq\""),
            "{}",
            answer.body
        );
        // every link of the page still fits the limit
        for href in attribute_values(&answer.body, "href") {
            assert!(unescape(href).len() <= 8192, "{href}");
        }
    }
    // a short query sent by POST still gets its link
    let short = "ASK { ?s ?p ?o }";
    let answer = post_form(
        "/sparql",
        &format!("query={}", encode(short)),
        &[("accept", BROWSER)],
    );
    assert_is_the_page(&answer);
    assert!(
        answer
            .body
            .contains(&format!("id=\"share\" href=\"{}\"", share_href(short))),
        "{}",
        answer.body
    );
}

/// A share link as the page's HTML spells it (minijinja escapes `/`).
fn share_href(query: &str) -> String {
    format!("/sparql?query={}", encode(query)).replace('/', "&#x2f;")
}

#[test]
fn query_errors_are_shown_in_the_page_with_the_query_kept() {
    let broken = "SELECT ?x WHERE { ?x <탈린> }";
    for (lang, title) in [
        (Lang::En, "The query failed"),
        (Lang::Ko, "질의를 실행하지 못했습니다"),
    ] {
        let by_get = get(
            &format!("/sparql?lang={lang}&query={}", encode(broken)),
            &[("accept", BROWSER)],
        );
        let by_post = post_form(
            &format!("/sparql?lang={lang}"),
            &format!("query={}", encode(broken)),
            &[("accept", BROWSER)],
        );
        for answer in [by_get, by_post] {
            assert_eq!(answer.status, 400, "{}", answer.body);
            assert_is_a_page(&answer);
            let html = unescape(&answer.body);
            assert!(html.contains(&format!(">{broken}</textarea>")), "{html}");
            let error = html
                .split_once("id=\"query-error\" role=\"alert\">")
                .map(|(_, rest)| rest)
                .unwrap_or_else(|| panic!("a visible error box: {html}"));
            assert!(error.contains(title), "{error}");
            assert!(error.contains("SPARQL syntax error"), "{error}");
            assert!(!answer.body.contains("id=\"results\""));
        }
    }
    // a markup-looking error stays text
    let answer = get(
        &format!(
            "/sparql?query={}",
            encode("SELECT <script>alert(1)</script>")
        ),
        &[("accept", BROWSER)],
    );
    assert_eq!(answer.status, 400);
    assert!(!answer.body.contains("<script>alert"), "{}", answer.body);
    // a page without an error keeps the box hidden, for the script
    let fine = get("/sparql", &[("accept", BROWSER)]);
    assert!(
        fine.body
            .contains("id=\"query-error\" role=\"alert\" hidden")
    );
    // programs keep the plain-text 400
    let plain = get(
        &format!("/sparql?query={}", encode(broken)),
        &[("accept", "application/sparql-results+json")],
    );
    assert_eq!(plain.status, 400);
    assert!(plain.header("content-type").starts_with("text/plain"));
}
