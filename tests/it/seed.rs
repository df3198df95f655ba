//! The service as `serve` starts it: ontology and gazetteer graphs, then the sample notices
//! in `data/notices/` run through the real pipeline, then SPARQL and pages over HTTP
//! (`noticegraph::app` driven in-process). Unlike `http.rs`, nothing here is a fixture:
//! what the pages show is what extraction put in the store.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use noticegraph::config::Config;
use noticegraph::model::DateValue;
use noticegraph::state::AppState;
use oxigraph::io::{RdfFormat, RdfParser};
use std::sync::Arc;
use tower::ServiceExt;

const EVENT_2018: &str = "http://127.0.0.1:8080/id/event/oecd-e-leaders-meeting-2018";

/// The state `serve` builds on a first start: background graphs plus the sample notices.
fn seeded() -> AppState {
    seeded_on(DateValue::Date(2017, 6, 1))
}

/// [`seeded`] with pages worded as read on `today`.
fn seeded_on(today: DateValue) -> AppState {
    let config = Config {
        today: Some(today),
        ..Config::default()
    };
    let store = crate::support::seeded_store(&config);
    AppState(Arc::new(crate::support::app_on(config, store)))
}

async fn get(state: &AppState, uri: &str, accept: &str) -> (StatusCode, String, String) {
    let request = Request::get(uri)
        .header(header::ACCEPT, accept)
        .body(Body::empty())
        .unwrap();
    let response = noticegraph::app(state.clone())
        .oneshot(request)
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        content_type,
        String::from_utf8_lossy(&body).into_owned(),
    )
}

fn sparql(query: &str) -> String {
    format!(
        "/sparql?query={}",
        percent_encoding::utf8_percent_encode(query, percent_encoding::NON_ALPHANUMERIC)
    )
}

const EVENTS: &str = "PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?event ?label ?place WHERE {
  ?event a schema:Event ; rdfs:label ?label .
  OPTIONAL { ?event schema:location ?place }
  FILTER(lang(?label) = \"en\")
} ORDER BY ?event";

#[tokio::test]
async fn sparql_select_on_seed_data_in_json_and_csv() {
    let state = seeded();
    let (status, content_type, body) =
        get(&state, &sparql(EVENTS), "application/sparql-results+json").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        content_type.starts_with("application/sparql-results+json"),
        "{content_type}"
    );
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let rows = json["results"]["bindings"].as_array().unwrap();
    let row = rows
        .iter()
        .find(|r| r["event"]["value"] == EVENT_2018)
        .unwrap_or_else(|| panic!("the 2018 meeting among the events: {body}"));
    assert_eq!(row["label"]["value"], "OECD E-Leaders Meeting 2018");
    // the 2016 meeting was held in Tallinn: both sample notices say so, in two languages
    assert!(
        rows.iter().any(|r| r["event"]["value"]
            .as_str()
            .unwrap()
            .ends_with("/oecd-e-leaders-meeting-2016")
            && r["place"]["value"]
                .as_str()
                .is_some_and(|p| p.ends_with("/id/city/tallinn"))),
        "{body}"
    );

    let (status, content_type, csv) = get(&state, &sparql(EVENTS), "text/csv").await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    assert!(csv.starts_with("event,label,place"), "{csv}");
    assert!(
        csv.contains(&format!("{EVENT_2018},OECD E-Leaders Meeting 2018")),
        "{csv}"
    );
}

#[tokio::test]
async fn sparql_construct_on_seed_data_in_turtle_and_ntriples() {
    let state = seeded();
    let query = format!(
        "PREFIX schema: <https://schema.org/>
         CONSTRUCT {{ <{EVENT_2018}> schema:organizer ?who ; schema:superEvent ?series }}
         WHERE {{ <{EVENT_2018}> schema:organizer ?who . OPTIONAL {{ <{EVENT_2018}> schema:superEvent ?series }} }}"
    );
    for (accept, format) in [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
    ] {
        let (status, content_type, body) = get(&state, &sparql(&query), accept).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(content_type.starts_with(accept), "{content_type}");
        let triples: Vec<_> = RdfParser::from_format(format)
            .for_slice(body.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{accept} parses: {e}\n{body}"));
        let objects: Vec<String> = triples.iter().map(|q| q.object.to_string()).collect();
        // Korea hosts the meeting; the series is the OECD E-Leaders Meeting
        assert!(
            objects.iter().any(|o| o.ends_with("/id/country/kr>")),
            "{accept}: {objects:?}"
        );
        assert!(
            objects
                .iter()
                .any(|o| o.ends_with("/id/series/oecd-e-leaders-meeting>")),
            "{accept}: {objects:?}"
        );
    }
}

#[tokio::test]
async fn event_pages_from_seed_data_in_korean_and_english() {
    let state = seeded();
    let (status, content_type, ko) =
        get(&state, "/ko/event/oecd-e-leaders-meeting-2018", "text/html").await;
    assert_eq!(status, StatusCode::OK, "{ko}");
    assert!(content_type.starts_with("text/html"), "{content_type}");
    assert!(ko.contains("<html lang=\"ko\""), "{ko}");
    assert!(
        ko.contains("경제협력개발기구") || ko.contains("OECD"),
        "{ko}"
    );
    assert!(ko.contains("대한민국"), "{ko}");
    // the page of the 2018 meeting lists the series' earlier edition, held in Tallinn
    assert!(ko.contains("탈린"), "{ko}");

    let (status, _, ko_2016) =
        get(&state, "/ko/event/oecd-e-leaders-meeting-2016", "text/html").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ko_2016.contains("탈린"), "{ko_2016}");

    let (status, _, en) = get(&state, "/en/event/oecd-e-leaders-meeting-2018", "text/html").await;
    assert_eq!(status, StatusCode::OK, "{en}");
    assert!(en.contains("OECD E-Leaders Meeting 2018"), "{en}");
    assert!(en.contains("Republic of Korea"), "{en}");
    assert!(en.contains("Tallinn"), "{en}");
    let (_, _, en_2016) = get(&state, "/en/event/oecd-e-leaders-meeting-2016", "text/html").await;
    assert!(en_2016.contains("Tallinn"), "{en_2016}");
}

/// Pages of the sample notices read well (issue 5): an English notice's publisher header
/// (`Ministry of the Interior, Republic of Korea`: a body and its state) links to the
/// body's page, and the 2016 meeting, placed in Tallinn and in Estonia, is held in one
/// place, the city within its country.
#[tokio::test]
async fn seeded_pages_link_the_publisher_and_name_a_city_within_its_country() {
    let state = seeded();
    for id in ["42b90d3e1709fbf4", "c499ed03c523cd17"] {
        let (status, _, en) = get(&state, &format!("/en/notices/{id}"), "text/html").await;
        assert_eq!(status, StatusCode::OK, "{id}");
        let en = en.replace("&#x2f;", "/");
        assert!(
            en.contains(r#"<dt>Publisher</dt><dd><a href="/en/org/ministry-of-the-interior">Ministry of the Interior</a></dd>"#),
            "{en}"
        );
        assert!(
            en.contains(r#"<p class="summary">The <a href="/en/org/ministry-of-the-interior">Ministry of the Interior</a> published this notice on "#),
            "{en}"
        );
    }
    let (_, _, en) = get(&state, "/en/event/oecd-e-leaders-meeting-2016", "text/html").await;
    assert!(
        untagged(&en).contains("took place in Tallinn, Estonia in 2016."),
        "{en}"
    );
    let (_, _, ko) = get(&state, "/ko/event/oecd-e-leaders-meeting-2016", "text/html").await;
    assert!(
        untagged(&ko).contains("2016년에 에스토니아 탈린에서 열린 회의입니다."),
        "{ko}"
    );
}

/// An organization's summary says which events it hosted and which it is to host, each
/// in its tense, and its Wikidata twin is named by its id, not shown as an IRI.
#[tokio::test]
async fn seeded_org_page_words_held_and_planned_events_apart() {
    let state = seeded();
    let (_, _, ko) = get(&state, "/ko/org/oecd", "text/html").await;
    let text = untagged(&ko);
    assert!(
        text.contains(
            "2016년 OECD 이-리더스 미팅을 주최했습니다. 2018년 OECD 이-리더스 미팅을 주최할 예정입니다."
        ),
        "{text}"
    );
    assert!(text.contains("같은 대상위키데이터 Q41550"), "{text}");
    let (_, _, en) = get(&state, "/en/org/oecd", "text/html").await;
    let main = en.split("<main>").nth(1).unwrap_or_default();
    let text = untagged(main);
    assert!(
        text.contains(
            "It hosted the OECD E-Leaders Meeting 2016. It is to host the OECD E-Leaders Meeting 2018."
        ),
        "{text}"
    );
    assert!(
        text.contains("Same asWikidata Q41550") && !text.contains("http://www.wikidata.org"),
        "{text}"
    );
}

/// Read after its date, an event announced as planned is worded as what was to happen
/// (the announcement is all the graph knows), not as still to come.
#[tokio::test]
async fn seeded_org_page_words_an_announced_event_past_its_date_as_past() {
    let state = seeded_on(DateValue::Date(2026, 11, 30));
    let (_, _, ko) = get(&state, "/ko/org/oecd", "text/html").await;
    let text = untagged(&ko);
    assert!(
        text.contains(
            "2016년 OECD 이-리더스 미팅을 주최했습니다. 2018년 OECD 이-리더스 미팅을 주최할 예정이었습니다."
        ),
        "{text}"
    );
    let (_, _, en) = get(&state, "/en/org/oecd", "text/html").await;
    let text = untagged(en.split("<main>").nth(1).unwrap_or_default());
    assert!(
        text.contains(
            "It hosted the OECD E-Leaders Meeting 2016. It was to host the OECD E-Leaders Meeting 2018."
        ),
        "{text}"
    );
}

/// `html` without its tags: the text a reader sees.
fn untagged(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// From the sample notices: the figure a notice states is a fact of the notice, in the
/// notice's own words on a page in its language and as value and unit in the other; a
/// two-day meeting reads from its start to its end; a survey edition was published by its
/// host and lists who ranked where.
#[tokio::test]
async fn seeded_pages_show_figures_date_ranges_and_survey_results() {
    let state = seeded();
    let page = |uri: &'static str| {
        let state = state.clone();
        async move {
            let (status, _, html) = get(&state, uri, "text/html").await;
            assert_eq!(status, StatusCode::OK, "{uri}");
            html.replace("&#x2f;", "/")
        }
    };
    // the English notice and the Korean one about the same figure
    let en = page("/en/notices/42b90d3e1709fbf4").await;
    assert!(
        en.contains("<h3>This notice</h3>\n<dl>\n<dt>Figures</dt><dd>4,820 officials</dd>"),
        "{en}"
    );
    let ko = page("/ko/notices/42b90d3e1709fbf4").await;
    assert!(ko.contains("<dt>수치</dt><dd>4,820명</dd>"), "{ko}");
    let ko = page("/ko/notices/ed3eed32caf37c3b").await;
    assert!(
        ko.contains("<h3>이 보도자료</h3>\n<dl>\n<dt>수치</dt><dd>공무원 4,820명</dd>"),
        "{ko}"
    );
    let en = page("/en/notices/ed3eed32caf37c3b").await;
    assert!(en.contains("<dt>Figures</dt><dd>4,820 people</dd>"), "{en}");

    let ko = page("/ko/event/digital-5-ministerial-meeting-2016").await;
    assert!(
        untagged(&ko).contains("2016년 11월 10일부터 11일까지"),
        "{ko}"
    );
    let en = page("/en/event/digital-5-ministerial-meeting-2016").await;
    assert!(
        untagged(&en).contains(" from November 10 to 11, 2016."),
        "{en}"
    );

    let en = page("/en/event/un-e-government-survey-2016").await;
    let text = untagged(&en);
    assert!(
        text.contains(
            "The UN E-Government Survey 2016 was published by the United Nations in 2016."
        ),
        "{text}"
    );
    assert!(
        en.contains(
            r#"<h2>Results</h2>
<ul>
<li><a href="/en/country/kr">Republic of Korea</a> <span class="detail">3rd</span></li>"#
        ),
        "{en}"
    );
    // published by, not hosted by; the countries are ranked, not participants
    assert!(
        en.contains(
            r#"<dt>Published by</dt><dd><a href="/en/org/united-nations">United Nations</a></dd>"#
        ) && en.contains("<dt>Ranked</dt>")
            && !en.contains("<dt>Hosted by</dt>"),
        "{en}"
    );
    let ko = page("/ko/event/un-e-government-survey-2016").await;
    let text = untagged(&ko);
    assert!(
        text.contains("2016년 유엔 전자정부 평가는 유엔이 2016년에 발표했습니다."),
        "{text}"
    );
    assert!(
        ko.contains(
            r#"<h2>평가 결과</h2>
<ul>
<li><a href="/ko/country/kr">대한민국</a> <span class="detail">3위</span></li>"#
        ),
        "{ko}"
    );
}
