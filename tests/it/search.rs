//! `/search?q=` end to end on the fixture store of [`crate::http`] (in-process): the JSON
//! and HTML answers and how they are chosen (`Accept`, the path's language, the `lang`
//! cookie, `Accept-Language`, with `Vary`), Korean particles, several words, the ranking,
//! empty, unmatched and hostile queries, the cap on results, and the search box every page
//! carries.

use crate::http::{Answer, absolute, encode, get, send, send_to};
use axum::http::{StatusCode, header};
use noticegraph::config::Config;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::{App, AppState};
use oxigraph::model::{Literal, NamedNode, Quad};
use std::sync::Arc;

/// `GET /{path}?q={q}` (`q` percent-encoded) with `headers`; the page's `&#x2f;` turned
/// back into `/` for readable assertions.
async fn search(path: &str, q: &str, headers: &[(&str, &str)]) -> Answer {
    let mut answer = send(get(&format!("{path}?q={}", encode(q)), headers)).await;
    answer.body = answer.body.replace("&#x2f;", "/");
    answer
}

/// The JSON answer of `path?q=`.
async fn json(path: &str, q: &str) -> serde_json::Value {
    let answer = search(path, q, &[("accept", "application/json")]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert!(
        answer
            .header(header::CONTENT_TYPE)
            .starts_with("application/json"),
        "{}",
        answer.header(header::CONTENT_TYPE)
    );
    serde_json::from_str(&answer.body).expect("JSON")
}

/// The `(kind, href)` of every result of a JSON answer, in order.
fn kinds_and_hrefs(answer: &serde_json::Value) -> Vec<(String, String)> {
    answer["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["kind"].as_str().unwrap().to_string(),
                h["href"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The result rows of an HTML answer (`<ol class="search-results">`), one string each.
fn rows(html: &str) -> Vec<&str> {
    let Some(start) = html.find(r#"<ol class="search-results">"#) else {
        return Vec::new();
    };
    let list = &html[start..];
    let list = &list[..list.find("</ol>").unwrap()];
    list.split("<li>").skip(1).collect()
}

#[tokio::test]
async fn json_ranks_the_exact_name_first_then_prefixes_by_kind_and_notices_last() {
    let answer = json("/en/search", "OECD").await;
    assert_eq!(answer["term"], "oecd");
    assert_eq!(answer["capped"], false);
    let got = kinds_and_hrefs(&answer);
    let want = [
        // the name is the query
        ("org", "/en/org/oecd"),
        // names starting with the query: events, then other kinds, each by name
        ("event", "/en/event/oecd-confirms-2018-host"),
        ("event", "/en/event/oecd-e-leaders-meeting-2017"),
        ("event", "/en/event/oecd-e-leaders-meeting-2018"),
        ("series", "/en/series/oecd-e-leaders-meeting"),
        ("post", "/en/post/oecd-secretary-general"),
        // a word of the headline starts with it
        ("notice", "/en/notices/mois-2017-e-leaders"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(k, h)| (k.to_string(), h.to_string()))
        .collect();
    assert_eq!(got, want, "{answer}");
    let first = &answer["results"][0];
    assert_eq!(first["iri"], absolute("/id/org/oecd"));
    assert_eq!(first["label"], "OECD");
    assert_eq!(first["rank"], 0);
}

#[tokio::test]
async fn korean_words_lose_their_particles() {
    for (q, iri, href, label) in [
        (
            "에스토니아는",
            "/id/country/ee",
            "/ko/country/ee",
            "에스토니아",
        ),
        ("OECD가", "/id/org/oecd", "/ko/org/oecd", "OECD"),
        ("탈린에서", "/id/city/tallinn", "/ko/city/tallinn", "탈린"),
    ] {
        let answer = json("/ko/search", q).await;
        let first = &answer["results"][0];
        assert_eq!(first["iri"], absolute(iri), "{q}: {answer}");
        assert_eq!(first["href"], href, "{q}");
        assert_eq!(first["label"], label, "{q}");
        assert_eq!(first["lang"], "ko", "{q}");
    }
    // the page shows the thing's own Korean label, not the alias that matched
    let page = search("/ko/search", "OECD가", &[]).await;
    let rows = rows(&page.body);
    assert!(
        rows[0].contains(r#"<a href="/ko/org/oecd">경제협력개발기구</a>"#),
        "{rows:?}"
    );
    assert!(rows[0].contains("기관"), "localized kind: {rows:?}");
}

#[tokio::test]
async fn every_word_must_match_some_name_of_the_thing() {
    let answer = json("/en/search", "meeting 2017").await;
    assert_eq!(
        kinds_and_hrefs(&answer),
        [(
            "event".to_string(),
            "/en/event/oecd-e-leaders-meeting-2017".to_string()
        )],
        "{answer}"
    );
    // the words may match different names (label and alias, English and Korean)
    let answer = json("/en/search", "Republic 한국").await;
    let hrefs: Vec<String> = kinds_and_hrefs(&answer)
        .into_iter()
        .map(|(_, h)| h)
        .collect();
    assert_eq!(hrefs, ["/en/country/kr"], "{answer}");
    let answer = json("/en/search", "Estonia 대한민국").await;
    assert_eq!(answer["results"], serde_json::json!([]), "{answer}");
    // the words apart rank below the query found whole
    let answer = json("/en/search", "E-Leaders 2018").await;
    let ranks: Vec<u64> = answer["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["rank"].as_u64().unwrap())
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{answer}");
    assert!(
        kinds_and_hrefs(&answer).contains(&(
            "notice".to_string(),
            "/en/notices/mois-2017-e-leaders".to_string()
        )),
        "{answer}"
    );
}

#[tokio::test]
async fn accept_chooses_json_or_the_page_and_vary_says_so() {
    let page = search("/en/search", "Tallinn", &[("accept", "text/html")]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.header(header::CONTENT_TYPE).starts_with("text/html"));
    assert_eq!(page.header(header::VARY), "accept");
    assert!(
        page.header(header::CONTENT_SECURITY_POLICY)
            .contains("default-src 'none'")
    );
    // no Accept at all: a browser's page
    let page = search("/en/search", "Tallinn", &[]).await;
    assert!(page.header(header::CONTENT_TYPE).starts_with("text/html"));
    let json = search("/en/search", "Tallinn", &[("accept", "application/json")]).await;
    assert_eq!(json.header(header::VARY), "accept");
    let refused = search("/en/search", "Tallinn", &[("accept", "image/png")]).await;
    assert_eq!(refused.status, StatusCode::NOT_ACCEPTABLE);
    assert_eq!(refused.header(header::VARY), "accept");
    let refused = search("/search", "Tallinn", &[("accept", "image/png")]).await;
    assert_eq!(refused.status, StatusCode::NOT_ACCEPTABLE);
    assert!(refused.header(header::VARY).contains("accept-language"));
}

#[tokio::test]
async fn search_without_a_language_picks_it_as_the_home_page_does() {
    for (headers, lang) in [
        (vec![], "en"),
        (vec![("accept-language", "ko-KR,ko;q=0.9,en;q=0.5")], "ko"),
        (vec![("accept-language", "ko"), ("cookie", "lang=en")], "en"),
        (
            vec![("accept-language", "en-US"), ("cookie", "lang=ko")],
            "ko",
        ),
    ] {
        let page = search("/search", "Tallinn", &headers).await;
        assert_eq!(page.status, StatusCode::OK, "{headers:?}");
        assert!(
            page.body.contains(&format!(r#"<html lang="{lang}">"#)),
            "{headers:?}: {}",
            page.body
        );
        assert!(
            page.body
                .contains(&format!(r#"<a href="/{lang}/city/tallinn">"#)),
            "{headers:?}"
        );
        let vary = page.header(header::VARY).to_ascii_lowercase();
        for name in ["accept", "accept-language", "cookie"] {
            assert!(vary.split(", ").any(|v| v == name), "{vary}");
        }
    }
}

#[tokio::test]
async fn the_page_links_its_twin_with_the_same_query_and_remembers_a_choice() {
    let page = search("/ko/search", "탈린", &[]).await;
    let q = encode("탈린");
    assert!(
        page.body.contains(&format!(
            r#"<link rel="alternate" hreflang="en" href="http://127.0.0.1:8080/en/search?q={q}">"#
        )),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(&format!(r#"href="/en/search?q={q}&amp;lang=en""#)),
        "{}",
        page.body
    );
    assert_eq!(page.header(header::SET_COOKIE), "", "no choice made");
    let chosen = send(get(&format!("/en/search?q={q}&lang=en"), &[])).await;
    assert!(
        chosen.header(header::SET_COOKIE).starts_with("lang=en;"),
        "{:?}",
        chosen.headers
    );
}

#[tokio::test]
async fn the_page_counts_results_in_both_languages_and_marks_other_language_labels() {
    let en = search("/en/search", "Tallinn", &[]).await;
    assert!(en.body.contains("1 result for “Tallinn”"), "{}", en.body);
    let en = search("/en/search", "E-Leaders", &[]).await;
    let n = rows(&en.body).len();
    assert!(n > 1, "{}", en.body);
    assert!(
        en.body.contains(&format!("{n} results for “E-Leaders”")),
        "{}",
        en.body
    );
    let ko = search("/ko/search", "탈린", &[]).await;
    assert!(ko.body.contains("“탈린”에 대한 결과 1건"), "{}", ko.body);
    // the 2017 meeting has only an English label: shown on the Korean page, marked
    let ko = search("/ko/search", "meeting 2017", &[]).await;
    let rows = rows(&ko.body);
    assert_eq!(rows.len(), 1, "{}", ko.body);
    assert!(
        rows[0]
            .contains(r#"<span class="other-lang" lang="en">OECD E-Leaders Meeting 2017</span>"#)
            && rows[0].contains("(en)"),
        "{rows:?}"
    );
    // an event with its date, a notice with its date
    assert!(rows[0].contains("2017년"), "{rows:?}");
    let en = search("/en/search", "picked to host", &[]).await;
    let rows = self::rows(&en.body);
    assert!(
        rows[0].contains("/en/notices/mois-2017-e-leaders") && rows[0].contains("April 4, 2017"),
        "{rows:?}"
    );
}

#[tokio::test]
async fn an_empty_query_shows_the_form_and_a_hint() {
    for (path, hint) in [
        ("/en/search", "Type a name in English or Korean"),
        ("/ko/search", "한국어나 영어로 이름을 입력하세요"),
    ] {
        for uri in [
            path.to_string(),
            format!("{path}?q="),
            format!("{path}?q=%20%20"),
        ] {
            let page = send(get(&uri, &[])).await;
            assert_eq!(page.status, StatusCode::OK, "{uri}");
            assert!(page.body.contains(hint), "{uri}: {}", page.body);
            assert!(page.body.contains(r#"name="q""#), "{uri}");
            assert!(rows(&page.body).is_empty(), "{uri}");
            assert!(!page.body.contains("search-count"), "{uri}");
        }
    }
    let answer = json("/search", "").await;
    assert_eq!(answer["results"], serde_json::json!([]));
}

#[tokio::test]
async fn a_query_that_finds_nothing_says_so() {
    let en = search("/en/search", "zzqx", &[]).await;
    assert_eq!(en.status, StatusCode::OK);
    assert!(en.body.contains("Nothing found for “zzqx”"), "{}", en.body);
    let ko = search("/ko/search", "없는말", &[]).await;
    assert!(
        ko.body.contains("“없는말”에 대한 결과가 없습니다"),
        "{}",
        ko.body
    );
    let answer = json("/search", "\"} LIMIT 1 \\").await;
    assert_eq!(answer["results"], serde_json::json!([]), "{answer}");
}

#[tokio::test]
async fn a_hostile_query_is_shown_as_text() {
    // the fixture also has a topic with this label: it is found, and shown as text too
    let hostile = "<script>alert(1)</script>";
    for path in ["/en/search", "/ko/search"] {
        let page = search(path, hostile, &[]).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("<script>alert"), "{}", page.body);
        assert!(
            page.body
                .contains(r#"value="&lt;script&gt;alert(1)&lt;/script&gt;""#),
            "{}",
            page.body
        );
        assert!(
            rows(&page.body)
                .iter()
                .any(|r| r.contains("&lt;script&gt;alert(1)&lt;/script&gt;")),
            "{}",
            page.body
        );
    }
    let quote = search("/en/search", "\" onfocus=\"x", &[]).await;
    assert!(!quote.body.contains("\" onfocus=\"x"), "{}", quote.body);
}

#[tokio::test]
async fn every_page_has_a_search_box_in_its_language() {
    for (uri, placeholder) in [
        (
            "/en/",
            "An organization, country, person, event or headline",
        ),
        (
            "/ko/org/oecd",
            "기관, 나라, 사람, 행사 이름이나 보도자료 제목",
        ),
        (
            "/ko/search?q=OECD",
            "기관, 나라, 사람, 행사 이름이나 보도자료 제목",
        ),
        (
            "/sparql?lang=en",
            "An organization, country, person, event or headline",
        ),
    ] {
        let lang = uri.strip_prefix("/sparql?lang=").unwrap_or(&uri[1..3]);
        let mut page = send(get(uri, &[("accept", "text/html")])).await;
        page.body = page.body.replace("&#x2f;", "/");
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(
            page.body.contains(&format!(
                r#"<form class="search-box" role="search" action="/{lang}/search" method="get">"#
            )),
            "{uri}: {}",
            page.body
        );
        assert!(page.body.contains(placeholder), "{uri}");
    }
}

/// An app whose store holds `n` organizations all named `Agency {i}` (`ko` and `en`).
fn agencies(n: usize) -> AppState {
    let base = "http://127.0.0.1:8080/";
    let config = Config {
        base_iri: base.to_string(),
        ..Config::default()
    };
    let store = crate::support::empty_store();
    let graph = NamedNode::new(format!("{base}graph/test/agencies")).unwrap();
    let label = NamedNode::new("http://www.w3.org/2000/01/rdf-schema#label").unwrap();
    let quads: Vec<Quad> = (0..n)
        .flat_map(|i| {
            let thing = NamedNode::new(format!("{base}id/org/agency-{i}")).unwrap();
            [("en", format!("Agency {i}")), ("ko", format!("기관 {i}"))].map(|(tag, text)| {
                Quad::new(
                    thing.clone(),
                    label.clone(),
                    Literal::new_language_tagged_literal(text, tag).unwrap(),
                    graph.clone(),
                )
            })
        })
        .collect();
    store.replace_graph(&graph, &quads).unwrap();
    AppState(Arc::new(App {
        iris: Iris::new(&config.base_iri).unwrap(),
        config,
        store,
        gazetteer: Box::leak(Box::new(Gazetteer::default())),
        localizer: Localizer::new().unwrap(),
        void_cache: Default::default(),
        metrics: Default::default(),
    }))
}

#[tokio::test]
async fn results_are_capped_and_the_page_says_so() {
    let state = agencies(70);
    let answer = send_to(
        state.clone(),
        get("/en/search?q=agency", &[("accept", "application/json")]),
    )
    .await;
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(json["capped"], true, "{json}");
    assert_eq!(json["results"].as_array().unwrap().len(), 50);
    let page = send_to(state.clone(), get("/ko/search?q=%EA%B8%B0%EA%B4%80", &[])).await;
    assert_eq!(rows(&page.body).len(), 50);
    assert!(
        page.body.contains("가장 잘 맞는 결과 50건만 보여 줍니다"),
        "{}",
        page.body
    );
    let page = send_to(state, get("/en/search?q=agency", &[])).await;
    assert!(
        page.body.contains("Only the best 50 results"),
        "{}",
        page.body
    );
}
