//! The pages as a reader gets them: the real server on the sample notices of
//! `data/notices/` (plus one topic whose label is a `<script>` element), loaded in headless
//! Chromium ([`crate::chrome`]). For the Korean and English pages of an event, a person
//! and a notice it checks what the browser renders (`<html lang>`, title, heading, the
//! summary sentence), that every link on the page that stays on this server answers (a
//! `303` to a page that answers too), that the JSON-LD parses, and that loading logged no
//! console error, exception, CSP violation or failed load. A hostile label must show as
//! text and open no dialog.
//!
//! Screenshots of every page go to `target/screenshots/{lang}-{kind}.png` for people to
//! look at. Chromium must be installed (`./dev setup` installs Debian's `chromium`): when
//! it is missing these tests fail and say how to install it.

use crate::chrome::{Browser, Visit};
use crate::support::{agent, try_send};
use noticegraph::config::Config;
use noticegraph::state::App;
use noticegraph::store::Store;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Quad};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A label that would run as script if a page did not escape it, and would end the JSON-LD
/// `<script>` block early if that were not escaped either.
const HOSTILE: &str = "<script>alert(1)</script>";

/// The topic carrying [`HOSTILE`] as its label in both languages (Turtle, relative to the
/// base IRI), in a graph of its own.
const HOSTILE_TOPIC: &str = r#"
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<id/topic/script-probe> a skos:Concept ;
    rdfs:label "<script>alert(1)</script>"@en, "<script>alert(1)</script>"@ko .
"#;

/// The origin of the one server these tests share, started on first use: the background
/// graphs, the sample notices through the real pipeline, and the hostile topic.
fn origin() -> &'static str {
    static ORIGIN: OnceLock<String> = OnceLock::new();
    ORIGIN.get_or_init(|| crate::support::serve(seeded))
}

/// The app `serve` builds on a first start, with `origin/` as base IRI, plus
/// [`HOSTILE_TOPIC`].
fn seeded(origin: &str) -> App {
    let config = Config {
        base_iri: format!("{origin}/"),
        ..Config::default()
    };
    let store = crate::support::seeded_store(&config);
    add_hostile_topic(store.as_ref(), &config.base_iri);
    crate::support::app_on(config, store)
}

/// Stores [`HOSTILE_TOPIC`] under `base` in the graph `{base}graph/test/hostile`.
fn add_hostile_topic(store: &dyn Store, base: &str) {
    let graph = NamedNode::new(format!("{base}graph/test/hostile")).unwrap();
    let quads: Vec<_> = RdfParser::from_format(RdfFormat::Turtle)
        .with_base_iri(base)
        .unwrap()
        .for_slice(HOSTILE_TOPIC.as_bytes())
        .map(|q| {
            let q = q.unwrap();
            Quad::new(q.subject, q.predicate, q.object, graph.clone())
        })
        .collect();
    store.replace_graph(&graph, &quads).unwrap();
}

/// `target/screenshots/{name}.png` of the package (not of `CARGO_TARGET_DIR`: the folder
/// people open).
fn screenshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/screenshots")
        .join(format!("{name}.png"))
}

/// The notice id of the sample notice in `lang` about Korea hosting the 2018 meeting, as
/// the store has it (ids are minted from the notice's text).
fn sample_notice(lang: &str) -> String {
    let query = format!(
        "PREFIX schema: <https://schema.org/>
         SELECT ?v WHERE {{
           ?v a schema:NewsArticle ; schema:inLanguage ?l ; schema:about|schema:mentions ?e .
           FILTER(STR(?l) = \"{lang}\" && STRENDS(STR(?e), \"/id/event/oecd-e-leaders-meeting-2018\"))
         }}"
    );
    let notices = crate::support::values(origin(), &query);
    let iri = notices
        .first()
        .unwrap_or_else(|| panic!("no sample notice in {lang} about the 2018 meeting"));
    iri.rsplit('/').next().unwrap().to_string()
}

/// Checks what every page must satisfy: it loaded in `lang` with a title, no console
/// error or dialog, JSON-LD that parses, and links on this server that answer.
fn check_page(visit: &Visit, lang: &str) {
    let url = &visit.url;
    assert_eq!(visit.lang, lang, "{url}: <html lang>");
    assert!(!visit.title.trim().is_empty(), "{url}: no title");
    assert!(
        visit.errors.is_empty(),
        "{url}: the browser logged errors:\n{}",
        visit.errors.join("\n")
    );
    assert!(
        visit.dialogs.is_empty(),
        "{url}: dialogs {:?}",
        visit.dialogs
    );
    assert!(!visit.json_ld.is_empty(), "{url}: no JSON-LD");
    for block in &visit.json_ld {
        let value: serde_json::Value = serde_json::from_str(block)
            .unwrap_or_else(|e| panic!("{url}: JSON-LD does not parse ({e}): {block}"));
        assert_eq!(value["@context"], "https://schema.org", "{url}: {block}");
    }
    // no IRI, no unfilled Fluent placeable or JavaScript hole, no Unicode isolation mark
    for text in [
        "http://",
        "https://",
        "undefined",
        "{$",
        "\u{2068}",
        "\u{2069}",
    ] {
        assert!(
            !visit.text.contains(text),
            "{url}: {text:?} in\n{}",
            visit.text
        );
    }
    check_links(visit);
}

/// Follows every link of `visit` that stays on the server (`a` and `link` elements,
/// fragment dropped, each once): it must answer `200`, or `303` to a `Location` that
/// answers `200`.
fn check_links(visit: &Visit) {
    let origin = origin();
    let links: BTreeSet<&str> = visit
        .links
        .iter()
        .filter(|l| l.starts_with(&format!("{origin}/")))
        .map(|l| l.split('#').next().unwrap())
        .collect();
    assert!(links.len() >= 3, "{}: links {:?}", visit.url, visit.links);
    let client = agent();
    for link in links {
        let answer = try_send(&client, "GET", link, &[("accept", "text/html")], Vec::new())
            .unwrap_or_else(|e| panic!("{}: link {e}", visit.url));
        let status = match answer.status {
            303 => {
                let location = answer.first("location").expect("303 has a Location");
                let target = if location.starts_with('/') {
                    format!("{origin}{location}")
                } else {
                    location.to_string()
                };
                try_send(
                    &client,
                    "GET",
                    &target,
                    &[("accept", "text/html")],
                    Vec::new(),
                )
                .unwrap_or_else(|e| panic!("{}: link {link} -> {e}", visit.url))
                .status
            }
            status => status,
        };
        assert_eq!(status, 200, "{}: link {link}", visit.url);
    }
}

/// The Korean and English pages of an event, a person and a notice, as a reader sees them
/// (see the module's doc); screenshots of each.
#[test]
fn pages_of_an_event_a_person_and_a_notice_in_a_real_browser() {
    let origin = origin();
    let mut browser = Browser::start();
    struct Case {
        lang: &'static str,
        kind: &'static str,
        path: String,
        /// Text the rendered page must show.
        shows: Vec<&'static str>,
    }
    let cases = [
        Case {
            lang: "ko",
            kind: "event",
            path: "/ko/event/oecd-e-leaders-meeting-2018".into(),
            shows: vec!["2018", "OECD"],
        },
        Case {
            lang: "en",
            kind: "event",
            path: "/en/event/oecd-e-leaders-meeting-2018".into(),
            shows: vec!["E-Leaders Meeting 2018", "Korea"],
        },
        Case {
            lang: "ko",
            kind: "person",
            path: "/ko/person/hong-yun-sik".into(),
            shows: vec!["홍윤식"],
        },
        Case {
            lang: "en",
            kind: "person",
            path: "/en/person/hong-yun-sik".into(),
            shows: vec!["Hong Yun-sik"],
        },
        Case {
            lang: "ko",
            kind: "notice",
            path: format!("/ko/notices/{}", sample_notice("ko")),
            shows: vec!["2018", "OECD"],
        },
        Case {
            lang: "en",
            kind: "notice",
            path: format!("/en/notices/{}", sample_notice("en")),
            shows: vec![
                "Korea to host the OECD E-Leaders Meeting in 2018",
                "April 4, 2017",
            ],
        },
    ];
    for case in &cases {
        let visit = browser.visit(&format!("{origin}{}", case.path));
        browser.screenshot(
            &visit,
            &screenshot_path(&format!("{}-{}", case.lang, case.kind)),
        );
        check_page(&visit, case.lang);
        let h1 = visit.h1.as_deref().unwrap_or_default();
        assert!(!h1.trim().is_empty(), "{}: no heading", case.path);
        assert!(
            visit.title.contains(h1.trim()),
            "{}: title {:?}, heading {h1:?}",
            case.path,
            visit.title
        );
        for text in &case.shows {
            assert!(
                visit.text.contains(text),
                "{}: {text:?} not shown in\n{}",
                case.path,
                visit.text
            );
        }
        let summary = visit.summary.as_deref().unwrap_or_default();
        assert!(
            !summary.trim().is_empty(),
            "{}: no summary sentence",
            case.path
        );
    }
}

/// The topic labelled [`HOSTILE`] shows the label as text in both languages: no dialog
/// opens, nothing is blocked by the CSP (an injected script would be), and the JSON-LD
/// block still parses with the label as its name.
#[test]
fn a_script_label_is_shown_as_text_in_a_real_browser() {
    let origin = origin();
    let mut browser = Browser::start();
    for lang in ["ko", "en"] {
        let visit = browser.visit(&format!("{origin}/{lang}/topic/script-probe"));
        browser.screenshot(&visit, &screenshot_path(&format!("{lang}-hostile-topic")));
        check_page(&visit, lang);
        assert_eq!(visit.h1.as_deref(), Some(HOSTILE), "{visit:?}");
        assert!(visit.text.contains(HOSTILE), "{}", visit.text);
        let json_ld: serde_json::Value = serde_json::from_str(&visit.json_ld[0]).unwrap();
        // a plain string, or a value object with `@language` on the other language's page
        let name = &json_ld["name"];
        let name = name.as_str().or_else(|| name["@value"].as_str());
        assert_eq!(name, Some(HOSTILE), "{json_ld}");
    }
}

/// The driver itself sees what these tests look for, so that a quiet page means a clean
/// one: a page whose CSP blocks its inline script logs an error, an `alert` opens a
/// dialog (dismissed, so the page still loads), and a thrown error is caught.
#[test]
fn the_browser_driver_reports_errors_and_dialogs() {
    let mut browser = Browser::start();
    let blocked = browser.visit(
        "data:text/html,<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\
         <p>blocked</p><script>document.title='ran'</script>",
    );
    assert!(!blocked.errors.is_empty(), "no CSP error seen: {blocked:?}");
    assert_ne!(blocked.title, "ran");
    let alert = browser.visit("data:text/html,<p>alert</p><script>alert('hi')</script>");
    assert_eq!(alert.dialogs, ["hi"], "{alert:?}");
    let thrown = browser.visit("data:text/html,<script>throw new Error('boom')</script>");
    assert!(
        thrown.errors.iter().any(|e| e.contains("boom")),
        "{thrown:?}"
    );
    assert_eq!(alert.text.trim(), "alert");
}

/// The Korean search page for a name with a particle (`에스토니아는`) as a reader sees it:
/// the count line and Estonia first among the results, linked to its page, which loads
/// without a console error too; the hostile label's topic, searched, shows as text.
#[test]
fn the_search_page_in_a_real_browser() {
    let origin = origin();
    let mut browser = Browser::start();
    let q = crate::support::encode("에스토니아는");
    let visit = browser.visit(&format!("{origin}/ko/search?q={q}"));
    browser.screenshot(&visit, &screenshot_path("ko-search"));
    check_page(&visit, "ko");
    assert_eq!(visit.h1.as_deref(), Some("찾기"), "{visit:?}");
    assert!(
        visit.text.contains("“에스토니아는”에 대한 결과"),
        "{}",
        visit.text
    );
    // the first result, as the server wrote it, is Estonia; the browser has that link
    let html = try_send(&agent(), "GET", &visit.url, &[], Vec::new())
        .unwrap()
        .body
        .replace("&#x2f;", "/");
    let list = &html[html.find(r#"<ol class="search-results">"#).expect(&html)..];
    let first = list.split("<li><a href=\"").nth(1).expect(list);
    let first = &first[..first.find('"').unwrap()];
    assert_eq!(first, "/ko/country/ee", "{list}");
    let url = format!("{origin}{first}");
    assert!(visit.links.contains(&url), "{:?}", visit.links);
    // it answers 200 (`check_page` followed it) and loads cleanly in the browser
    let result = browser.visit(&url);
    assert_eq!(result.lang, "ko", "{result:?}");
    assert!(result.errors.is_empty(), "{url}: {:?}", result.errors);
    assert!(result.dialogs.is_empty(), "{url}: {:?}", result.dialogs);
    assert!(
        result
            .h1
            .as_deref()
            .unwrap_or_default()
            .contains("에스토니아"),
        "{result:?}"
    );
    // a query that is markup shows as text, and finds the topic labelled with it
    let visit = browser.visit(&format!(
        "{origin}/en/search?q={}",
        crate::support::encode(HOSTILE)
    ));
    check_page(&visit, "en");
    assert!(
        visit.text.contains(&format!("for “{HOSTILE}”")),
        "{}",
        visit.text
    );
    assert!(
        visit
            .links
            .contains(&format!("{origin}/en/topic/script-probe")),
        "{:?}",
        visit.links
    );
}
