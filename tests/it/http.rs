//! The HTTP surface end to end: `noticegraph::app(state)` driven with
//! `tower::ServiceExt::oneshot` (axum's `examples/testing`) on an in-memory store loaded
//! with `tests/fixtures/e-leaders-2018.trig`, `tests/fixtures/rankings.trig` and
//! `tests/fixtures/names.trig`.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use noticegraph::config::Config;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::model::DateValue;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::{App, AppState};
use noticegraph::store::Store;
use oxigraph::io::{RdfFormat, RdfParser};
use std::sync::Arc;
use tower::ServiceExt;

const FIXTURE: &str = include_str!("../fixtures/e-leaders-2018.trig");

/// Rankings, an edition number and participants, in a second notice graph.
const RANKINGS: &str = include_str!("../fixtures/rankings.trig");

/// Names in one language only, aliases, and two bodies of one name in different periods.
const NAMES: &str = include_str!("../fixtures/names.trig");

const BASE: &str = "http://127.0.0.1:8080/";

const EVENT_2018: &str = "http://127.0.0.1:8080/id/event/oecd-e-leaders-meeting-2018";

/// Invented things for wording checks (list cuts, verbs by kind of event, sentences
/// left out), loaded only by [`wording_state`].
const WORDING: &str = include_str!("../fixtures/wording.trig");

/// A store holding the fixture, one `replace_graph` per named graph.
fn store() -> Arc<dyn Store> {
    crate::support::store_of(&[FIXTURE, RANKINGS, NAMES])
}

fn state_with(config: Config) -> AppState {
    state_of(config, store())
}

fn state_of(config: Config, store: Arc<dyn Store>) -> AppState {
    let iris = Iris::new(&config.base_iri).expect("base IRI");
    AppState(Arc::new(App {
        config,
        iris,
        store,
        gazetteer: Box::leak(Box::new(Gazetteer::default())),
        localizer: Localizer::new().expect("FTL files build"),
        void_cache: Default::default(),
        metrics: Default::default(),
    }))
}

/// The day the fixture's pages are read on by default: after the notices, before the
/// 2018 meeting they announce (tenses never follow the real clock in tests).
const BEFORE_2018: DateValue = DateValue::Date(2017, 6, 1);

fn state() -> AppState {
    state_on(BEFORE_2018)
}

/// The fixtures and [`WORDING`], read on 2026-11-30.
fn wording_state() -> AppState {
    state_of(
        Config {
            base_iri: BASE.to_string(),
            today: Some(DateValue::Date(2026, 11, 30)),
            ..Config::default()
        },
        crate::support::store_of(&[FIXTURE, RANKINGS, WORDING]),
    )
}

/// The summaries of `uri → want` pages of `state`, each compared whole; the differences
/// listed in one failure.
async fn assert_summaries(state: AppState, cases: &[(&str, &str)]) {
    let mut wrong = Vec::new();
    for (uri, want) in cases {
        let a = send_to(state.clone(), get(uri, &[])).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}: {}", a.body);
        let got = summary(&a.body.replace("&#x2f;", "/"));
        if got != *want {
            wrong.push(format!("{uri}\n  got:  {got}\n  want: {want}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The fixture's state with pages worded as read on `today`.
fn state_on(today: DateValue) -> AppState {
    state_with(Config {
        base_iri: BASE.to_string(),
        today: Some(today),
        ..Config::default()
    })
}

pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: String,
}

impl Answer {
    pub(crate) fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

pub(crate) async fn send_to(state: AppState, request: Request<Body>) -> Answer {
    let response = noticegraph::app(state).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub(crate) async fn send(request: Request<Body>) -> Answer {
    send_to(state(), request).await
}

pub(crate) fn get(uri: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut request = Request::get(uri);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    request.body(Body::empty()).unwrap()
}

fn post(uri: &str, content_type: &str, accept: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT, accept)
        .body(body.into())
        .unwrap()
}

/// `path` (root-relative) as the absolute URL under [`BASE`] that a `Location` names.
pub(crate) fn absolute(path: &str) -> String {
    format!("{BASE}{}", path.trim_start_matches('/'))
}

pub(crate) fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Page HTML with minijinja's `&#x2f;` turned back into `/` for readable assertions.
async fn page(uri: &str) -> Answer {
    let mut answer = send(get(uri, &[])).await;
    answer.body = answer.body.replace("&#x2f;", "/");
    answer
}

/// The text of the page's generated summary (`<p class="summary">`), tags removed and
/// entities decoded, as a reader sees it.
fn summary(html: &str) -> String {
    let start = html
        .find(r#"<p class="summary""#)
        .unwrap_or_else(|| panic!("no summary: {html}"));
    let rest = &html[start..];
    let body = &rest[rest.find('>').unwrap() + 1..rest.find("</p>").unwrap()];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

const LABELS_OF_TALLINN: &str = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> \
     SELECT DISTINCT ?label WHERE { <http://127.0.0.1:8080/id/city/tallinn> rdfs:label ?label } \
     ORDER BY ?label";

#[tokio::test]
async fn sparql_select_as_json_by_default() {
    let a = send(get(
        &format!("/sparql?query={}", encode(LABELS_OF_TALLINN)),
        &[],
    ))
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(
        a.header(header::CONTENT_TYPE),
        "application/sparql-results+json"
    );
    assert!(a.header(header::VARY).contains("accept"));
    let json: serde_json::Value = serde_json::from_str(&a.body).unwrap();
    let labels: Vec<&str> = json["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["label"]["value"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Tallinn", "탈린"]);
}

#[tokio::test]
async fn sparql_select_as_csv_from_a_form_post() {
    let body = format!("query={}", encode(LABELS_OF_TALLINN));
    let a = send(post(
        "/sparql",
        "application/x-www-form-urlencoded",
        "text/csv",
        body,
    ))
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.header(header::CONTENT_TYPE).starts_with("text/csv"));
    assert_eq!(a.body, "label\r\nTallinn\r\n탈린\r\n");
}

#[tokio::test]
async fn sparql_construct_as_turtle_and_ntriples() {
    let query = format!("CONSTRUCT {{ <{EVENT_2018}> ?p ?o }} WHERE {{ <{EVENT_2018}> ?p ?o }}");
    let turtle = send(post(
        "/sparql",
        "application/sparql-query",
        "",
        query.clone(),
    ))
    .await;
    assert_eq!(turtle.status, StatusCode::OK, "{}", turtle.body);
    assert_eq!(turtle.header(header::CONTENT_TYPE), "text/turtle");
    let parsed: Vec<_> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(turtle.body.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(parsed.len() >= 10, "{}", turtle.body);

    let nt = send(post(
        "/sparql",
        "application/sparql-query",
        "application/n-triples",
        query,
    ))
    .await;
    assert_eq!(nt.header(header::CONTENT_TYPE), "application/n-triples");
    assert_eq!(nt.body.lines().count(), parsed.len());
    assert!(
        nt.body
            .lines()
            .all(|l| l.starts_with(&format!("<{EVENT_2018}>")))
    );
}

#[tokio::test]
async fn sparql_accept_q_values_are_honoured() {
    let uri = format!("/sparql?query={}", encode(LABELS_OF_TALLINN));
    for (accept, want) in [
        (
            "application/sparql-results+json;q=0.5, text/tab-separated-values",
            "text/tab-separated-values",
        ),
        (
            "text/csv;q=0.2, application/sparql-results+xml;q=0.9",
            "application/sparql-results+xml",
        ),
        ("text/*, text/csv;q=0", "text/tab-separated-values"),
        ("*/*", "application/sparql-results+json"),
    ] {
        let a = send(get(&uri, &[("accept", accept)])).await;
        assert_eq!(a.status, StatusCode::OK, "{accept}");
        assert!(a.header(header::CONTENT_TYPE).starts_with(want), "{accept}");
    }
    let refused = send(get(&uri, &[("accept", "text/turtle, */*;q=0")])).await;
    assert_eq!(refused.status, StatusCode::NOT_ACCEPTABLE);
    assert!(
        refused.body.contains("application/sparql-results+json"),
        "{}",
        refused.body
    );
    assert!(refused.header(header::VARY).contains("accept"));
}

#[tokio::test]
async fn sparql_malformed_query_is_400_with_the_parser_message() {
    let a = send(get(
        &format!("/sparql?query={}", encode("SELECT ?s WHERE { ?s ?p")),
        &[],
    ))
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(a.header(header::CONTENT_TYPE).starts_with("text/plain"));
    assert!(a.body.starts_with("SPARQL syntax error: "), "{}", a.body);
    assert!(
        a.body.len() > "SPARQL syntax error: \n".len() + 5,
        "{}",
        a.body
    );
}

#[tokio::test]
async fn sparql_refuses_update_unknown_types_bad_bytes_and_big_bodies() {
    let update = send(post(
        "/sparql",
        "application/x-www-form-urlencoded",
        "",
        "update=CLEAR+ALL",
    ))
    .await;
    assert_eq!(update.status, StatusCode::FORBIDDEN);
    assert!(update.body.contains("Update"), "{}", update.body);

    let media = send(post("/sparql", "text/plain", "", "SELECT * {}")).await;
    assert_eq!(media.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(
        media.body.contains("application/sparql-query"),
        "{}",
        media.body
    );

    let bytes = send(post(
        "/sparql",
        "application/sparql-query",
        "",
        vec![b'A', b'S', b'K', b' ', 0xff, 0xfe],
    ))
    .await;
    assert_eq!(bytes.status, StatusCode::BAD_REQUEST);
    assert!(bytes.body.contains("UTF-8"), "{}", bytes.body);

    let small = state_with(Config {
        base_iri: BASE.to_string(),
        body_limit: 64,
        ..Config::default()
    });
    let big = format!("SELECT * WHERE {{ ?s ?p ?o }} # {}", "x".repeat(200));
    let a = send_to(small, post("/sparql", "application/sparql-query", "", big)).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(a.body.contains("64 bytes"), "{}", a.body);
}

#[tokio::test]
async fn sparql_query_past_its_timeout_is_503() {
    let impatient = state_with(Config {
        base_iri: BASE.to_string(),
        query_timeout: std::time::Duration::from_millis(1),
        ..Config::default()
    });
    let heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let a = send_to(
        impatient,
        get(&format!("/sparql?query={}", encode(heavy)), &[]),
    )
    .await;
    assert_eq!(a.status, StatusCode::SERVICE_UNAVAILABLE, "{}", a.body);
    assert!(a.body.contains("timeout"), "{}", a.body);
}

#[tokio::test]
async fn notice_events_are_listed_newest_first() {
    let a = page("/en/notices/mois-2017-e-leaders").await;
    let csp = a.header(header::CONTENT_SECURITY_POLICY);
    assert!(
        csp.starts_with("default-src 'none'; style-src 'sha256-"),
        "{csp}"
    );
    let at = |needle: &str| {
        a.body
            .find(needle)
            .unwrap_or_else(|| panic!("{needle}: {}", a.body))
    };
    // 2018 (year only) comes before 24 March 2017, which comes before 2017 (year only)
    assert!(
        at("/en/event/oecd-e-leaders-meeting-2018\"") < at("/en/event/oecd-confirms-2018-host\"")
    );
    assert!(
        at("/en/event/oecd-confirms-2018-host\"") < at("/en/event/oecd-e-leaders-meeting-2017\"")
    );
}

#[tokio::test]
async fn sparql_without_query_describes_the_service() {
    let a = send(get("/sparql", &[])).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.header(header::CONTENT_TYPE), "text/turtle");
    assert!(
        a.body.contains("http://127.0.0.1:8080/sparql"),
        "{}",
        a.body
    );
    assert!(a.body.contains("SPARQL11Query"), "{}", a.body);
    assert!(a.body.contains("SPARQL_Results_CSV"), "{}", a.body);
}

#[tokio::test]
async fn entity_iri_redirects_browsers_to_pages_and_rdf_clients_to_data() {
    let browser = send(get(
        "/id/event/oecd-e-leaders-meeting-2018",
        &[
            ("accept", "text/html,application/xhtml+xml,*/*;q=0.8"),
            ("accept-language", "ko-KR,ko;q=0.9,en;q=0.5"),
        ],
    ))
    .await;
    assert_eq!(browser.status, StatusCode::SEE_OTHER);
    // absolute under the base IRI
    assert_eq!(
        browser.header(header::LOCATION),
        absolute("/ko/event/oecd-e-leaders-meeting-2018")
    );
    let english = send(get(
        "/id/event/oecd-e-leaders-meeting-2018",
        &[("accept", "text/html")],
    ))
    .await;
    assert_eq!(
        english.header(header::LOCATION),
        absolute("/en/event/oecd-e-leaders-meeting-2018")
    );
    for (accept, location) in [
        ("text/turtle", "/data/event/oecd-e-leaders-meeting-2018.ttl"),
        (
            "application/n-triples",
            "/data/event/oecd-e-leaders-meeting-2018.nt",
        ),
        (
            "application/ld+json",
            "/data/event/oecd-e-leaders-meeting-2018.jsonld",
        ),
        (
            "application/rdf+xml;q=0.9, text/html;q=0.1",
            "/data/event/oecd-e-leaders-meeting-2018.rdf",
        ),
    ] {
        let a = send(get(
            "/id/event/oecd-e-leaders-meeting-2018",
            &[("accept", accept)],
        ))
        .await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{accept}");
        assert_eq!(a.header(header::LOCATION), absolute(location), "{accept}");
    }
    let notice = send(get(
        "/id/notice/mois-2017-e-leaders",
        &[("accept", "text/html")],
    ))
    .await;
    assert_eq!(
        notice.header(header::LOCATION),
        absolute("/en/notices/mois-2017-e-leaders")
    );
    let unknown = send(get("/id/event/no-such-meeting", &[("accept", "text/html")])).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn data_document_describes_the_entity() {
    let a = send(get("/data/event/oecd-e-leaders-meeting-2018.ttl", &[])).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.header(header::CONTENT_TYPE), "text/turtle");
    let triples: Vec<_> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(a.body.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    let text: Vec<String> = triples.iter().map(|q| q.to_string()).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    // its own triples, the labels of what it links to, and the notices that mention it
    assert!(has(
        "<https://schema.org/location> <http://127.0.0.1:8080/id/country/kr>"
    ));
    assert!(has(
        "<http://127.0.0.1:8080/id/country/kr> <http://www.w3.org/2000/01/rdf-schema#label> \"대한민국\"@ko"
    ));
    assert!(has(
        "<http://127.0.0.1:8080/id/notice/mois-2017-e-leaders> <https://schema.org/mentions>"
    ));

    let json = send(get("/data/city/tallinn.jsonld", &[])).await;
    assert_eq!(json.header(header::CONTENT_TYPE), "application/ld+json");
    serde_json::from_str::<serde_json::Value>(&json.body).unwrap();

    for missing in [
        "/data/event/no-such-meeting.ttl",
        "/data/event/oecd-e-leaders-meeting-2018.exe",
        "/data/nonsense/x.ttl",
    ] {
        assert_eq!(
            send(get(missing, &[])).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}

#[tokio::test]
async fn korean_event_page_names_places_with_the_right_particles() {
    let a = page("/ko/event/oecd-e-leaders-meeting-2018").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.header(header::CONTENT_TYPE).starts_with("text/html"));
    let html = &a.body;
    assert!(html.contains("<html lang=\"ko\">"));
    assert!(
        html.contains("탈린"),
        "the 2017 edition was in Tallinn: {html}"
    );
    assert!(html.contains("경제협력개발기구") || html.contains("OECD"));
    // generated summary: host, date and place with particles chosen by final sound, the
    // edition of its series, participants and topics (a topic known only in English is
    // shown in English, marked)
    assert_eq!(
        summary(html),
        "2018 OECD 이-리더스 회의는 대한민국이 주최하여 2018년에 대한민국에서 열릴 예정인 회의입니다. \
         OECD 이-리더스 회의의 제12회 행사입니다. \
         경제협력개발기구 및 에스토니아가 참가할 예정입니다. \
         디지털 정부 및 <script>alert(1)</script>을(를) (en) 다룰 예정입니다."
    );
    // the names in the summary link to their pages
    assert!(
        html.contains(r#"<a href="/ko/country/kr">대한민국</a>이 주최하여"#),
        "{html}"
    );
    assert!(html.contains(r#"<dt>회차</dt><dd>제12회</dd>"#), "{html}");
    // the 2017 edition has only an English label: shown, marked as English
    assert!(
        html.contains(r#"<span class="other-lang" lang="en">OECD E-Leaders Meeting 2017</span>"#),
        "{html}"
    );
    assert!(html.contains(
        r#"hreflang="en" href="http://127.0.0.1:8080/en/event/oecd-e-leaders-meeting-2018""#
    ));
    assert!(html.contains(
        r#"<link rel="alternate" type="text/turtle" href="/data/event/oecd-e-leaders-meeting-2018.ttl">"#
    ));
    // no bare IRIs where labels exist
    assert!(!html.contains(">http://127.0.0.1:8080/id/"), "{html}");
}

#[tokio::test]
async fn english_event_page_is_in_english() {
    let a = page("/en/event/oecd-e-leaders-meeting-2018").await;
    assert_eq!(a.status, StatusCode::OK);
    let html = &a.body;
    assert!(html.contains("Tallinn"), "{html}");
    assert_eq!(
        summary(html),
        "The OECD E-Leaders Meeting 2018, a meeting hosted by the Republic of Korea, is to take \
         place in the Republic of Korea in 2018. It is the 12th edition of the OECD E-Leaders Meeting. \
         Estonia and the OECD are to take part. \
         It is to deal with digital government and <script>alert(1)</script>."
    );
    assert!(html.contains(r#"<dt>Edition</dt><dd>12th</dd>"#), "{html}");
    // a label standing alone (a fact value, a list entry) takes no article
    assert!(
        html.contains(
            r#"<dt>Hosted by</dt><dd><a href="/en/country/kr">Republic of Korea</a></dd>"#
        ),
        "{html}"
    );
    assert!(!html.contains("탈린"));
    // the embedded JSON-LD is schema.org and parses
    let start = html.find(r#"<script type="application/ld+json">"#).unwrap();
    let rest = &html[start..];
    let json = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(value["@type"], "Event");
    assert_eq!(value["@id"], EVENT_2018);
    assert_eq!(value["startDate"], "2018");
}

#[tokio::test]
async fn pages_of_every_kind_render_with_summaries() {
    for (uri, needles) in [
        (
            "/ko/org/oecd",
            &[
                "경제협력개발기구는",
                "주최한 행사",
                "OECD의 2018년 개최국 확정",
            ][..],
        ),
        (
            "/en/country/kr",
            &["Republic of Korea is a country", "Events held here"][..],
        ),
        ("/ko/city/tallinn", &["탈린은 에스토니아의 도시입니다."][..]),
        (
            "/ko/person/hong-yun-sik",
            &["홍윤식은 행정자치부 장관 직을 맡았습니다."][..],
        ),
        (
            "/en/post/oecd-secretary-general",
            &["held by Angel Gurría"][..],
        ),
        (
            "/ko/series/oecd-e-leaders-meeting",
            &["경제협력개발기구가 주관하는", "기록된 회차는 2개입니다"][..],
        ),
        (
            "/ko/topic/digital-government",
            &["디지털 정부를 다룬 행사는"][..],
        ),
        (
            "/ko/event/oecd-confirms-2018-host",
            &["2017년 3월 24일"][..],
        ),
        (
            "/en/event/oecd-confirms-2018-host",
            &["took place on March 24, 2017"][..],
        ),
    ] {
        let a = page(uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        let csp = a.header(header::CONTENT_SECURITY_POLICY);
        assert!(
            csp.starts_with("default-src 'none'; style-src 'sha256-"),
            "{uri}: {csp}"
        );
        let text = summary(&a.body);
        for needle in needles {
            assert!(
                a.body.contains(needle) || text.contains(needle),
                "{uri} lacks {needle:?}:\n{}",
                a.body
            );
        }
    }
    assert_eq!(
        page("/ko/org/no-such-body").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(page("/fr/org/oecd").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn notice_page_summarizes_and_highlights_mentions() {
    let a = page("/ko/notices/mois-2017-e-leaders").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let html = &a.body;
    assert!(
        summary(html).starts_with("2017년 4월 4일에 행정자치부가 발표한 보도자료입니다. "),
        "{html}"
    );
    // each mention is highlighted, linked to its entity's page, named in the page's
    // language, and carries its NIF offsets as its id
    assert!(
        html.contains(
            r#"<a class="mention" id="char=333,340" href="/ko/city/tallinn" title="탈린">Tallinn</a>"#
        ),
        "{html}"
    );
    assert!(
        html.contains(
            r#"<a class="mention" id="char=0,5" href="/ko/country/kr" title="대한민국">Korea</a>"#
        ),
        "{html}"
    );
    assert!(html.contains("영어"), "language of the notice: {html}");
    let en = page("/en/notices/mois-2017-e-leaders").await;
    assert!(
        summary(&en.body)
            .starts_with("The Ministry of the Interior published this notice on April 4, 2017.")
    );
}

#[tokio::test]
async fn hostile_labels_are_escaped() {
    for uri in [
        "/en/topic/script-probe",
        "/en/event/oecd-e-leaders-meeting-2018",
    ] {
        let a = page(uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        assert!(
            !a.body.contains("<script>alert(1)</script>"),
            "{uri}: {}",
            a.body
        );
        assert!(
            a.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{uri}"
        );
    }
}

#[tokio::test]
async fn home_lists_notices_and_events() {
    let a = page("/en/").await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.body
            .contains("Korea picked to host the 2018 OECD E-Leaders Meeting")
    );
    assert!(
        a.body
            .contains(r#"href="/en/event/oecd-e-leaders-meeting-2017""#)
    );
    // reached without the switcher: no cookie; by the switcher: remembered
    assert_eq!(a.header(header::SET_COOKIE), "");
    let chosen = page("/en/?lang=en").await;
    assert!(chosen.header(header::SET_COOKIE).starts_with("lang=en"));
}

#[tokio::test]
async fn root_redirects_by_cookie_then_accept_language() {
    for (headers, want) in [
        (&[("accept-language", "ko-KR,ko;q=0.9")][..], "/ko/"),
        (
            &[("accept-language", "en-US,en;q=0.9,ko;q=0.5")][..],
            "/en/",
        ),
        (&[("accept-language", "en;q=0.3, ko;q=0.8")][..], "/ko/"),
        (&[("accept-language", "fr-FR, ko;q=0.1")][..], "/ko/"),
        (&[("accept-language", "fr-FR, de")][..], "/en/"),
        (
            &[("accept-language", "fr"), ("cookie", "theme=dark; lang=ko")][..],
            "/ko/",
        ),
        // the switcher's choice outranks the browser's default language
        (
            &[("accept-language", "en-US,en;q=0.9"), ("cookie", "lang=ko")][..],
            "/ko/",
        ),
        (
            &[("accept-language", "ko-KR,ko;q=0.9"), ("cookie", "lang=en")][..],
            "/en/",
        ),
        // a cookie naming no supported language is ignored
        (
            &[("accept-language", "ko-KR"), ("cookie", "lang=fr")][..],
            "/ko/",
        ),
        (&[("cookie", "lang=ko")][..], "/ko/"),
        (&[][..], "/en/"),
    ] {
        let a = send(get("/", headers)).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{headers:?}");
        assert_eq!(a.header(header::LOCATION), absolute(want), "{headers:?}");
        assert_eq!(a.header(header::VARY), "accept-language, cookie");
    }
}

#[tokio::test]
async fn health_is_ok() {
    let a = send(get("/health", &[])).await;
    assert_eq!((a.status, a.body.as_str()), (StatusCode::OK, "ok"));
}

/// The value of the sample `series` (name and labels, as written) in an OpenMetrics text.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.parse().expect("a number"))
}

/// `/metrics` counts the requests of one service by route template (never the raw path,
/// so unknown paths share `unmatched`) and status, and times them, in the OpenMetrics text
/// format.
#[tokio::test]
async fn metrics_count_requests_by_route_template_and_status() {
    let state = state();
    for uri in [
        "/health",
        "/health",
        "/en/person/kim-no-such",
        "/x/1",
        "/y/2",
    ] {
        send_to(state.clone(), get(uri, &[])).await;
    }
    let a = send_to(state.clone(), get("/metrics", &[])).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.header(header::CONTENT_TYPE)
            .starts_with("application/openmetrics-text; version=1.0.0"),
        "{}",
        a.header(header::CONTENT_TYPE)
    );
    let text = &a.body;
    for (series, want) in [
        (
            r#"noticegraph_http_requests_total{method="GET",route="/health",status="200"}"#,
            2.0,
        ),
        (
            r#"noticegraph_http_requests_total{method="GET",route="/{lang}/{kind}/{slug}",status="404"}"#,
            1.0,
        ),
        (
            r#"noticegraph_http_requests_total{method="GET",route="unmatched",status="404"}"#,
            2.0,
        ),
        (
            r#"noticegraph_http_request_duration_seconds_count{method="GET",route="/health"}"#,
            2.0,
        ),
        // this request, being answered
        ("noticegraph_http_requests_in_flight", 1.0),
    ] {
        assert_eq!(sample(text, series), Some(want), "{series} in\n{text}");
    }
    assert!(
        !text.contains("/x/1") && !text.contains("kim-no-such"),
        "{text}"
    );
    assert!(text.ends_with("# EOF\n"), "{text}");
    // the earlier /metrics request is counted by the next one
    let again = send_to(state, get("/metrics", &[])).await;
    let series = r#"noticegraph_http_requests_total{method="GET",route="/metrics",status="200"}"#;
    assert_eq!(sample(&again.body, series), Some(1.0), "{}", again.body);
}

#[tokio::test]
async fn summaries_of_every_kind_in_both_languages() {
    let mut wrong = Vec::new();
    for (uri, want) in [
        (
            "/en/country/kr",
            "The Republic of Korea is a country. It is to host the OECD E-Leaders Meeting 2018. \
             The OECD E-Leaders Meeting 2018 is to take place here. In the Global E-Services Survey, \
             the Republic of Korea ranked 3rd in 2016 and 2018, and 2nd in 2020.",
        ),
        (
            "/ko/country/kr",
            "대한민국은 국가입니다. 2018 OECD 이-리더스 회의를 주최할 예정입니다. \
             이곳에서 2018 OECD 이-리더스 회의가 열릴 예정입니다. \
             세계 전자서비스 평가에서 2016년 및 2018년에 3위, 2020년에 2위를 차지했습니다.",
        ),
        (
            "/en/org/seoul-city",
            "The Seoul Metropolitan Government is an organization. In the Global E-Services \
             Survey, the Seoul Metropolitan Government ranked 1st in 2018 and joint 1st in 2020.",
        ),
        (
            "/ko/org/seoul-city",
            "서울특별시는 기관입니다. \
             세계 전자서비스 평가에서 2018년에 1위, 2020년에 공동 1위를 차지했습니다.",
        ),
        (
            "/en/org/ministry-of-the-interior",
            "The Ministry of the Interior is a government organization. \
             Hong Yun-sik (Minister of the Interior) has held a post in it.",
        ),
        (
            "/ko/org/ministry-of-the-interior",
            "행정자치부는 정부 기관입니다. 홍윤식(행정자치부 장관)이 이 기관의 직위를 맡았습니다.",
        ),
        (
            "/en/org/oecd",
            "The OECD is an organization. \
             It hosted OECD confirms the 2018 host. \
             It organizes the series OECD E-Leaders Meeting. \
             It is to take part in the OECD E-Leaders Meeting 2018. \
             Angel Gurría (OECD Secretary-General) has held a post in it.",
        ),
        (
            "/ko/org/oecd",
            "경제협력개발기구는 기관입니다. \
             OECD의 2018년 개최국 확정을 주최했습니다. \
             연속 행사 OECD 이-리더스 회의를 주관합니다. \
             2018 OECD 이-리더스 회의에 참가할 예정입니다. \
             앙헬 구리아(OECD 사무총장)가 이 기관의 직위를 맡았습니다.",
        ),
        (
            "/en/person/angel-gurria",
            "Angel Gurría has held the post of OECD Secretary-General and took part in \
             OECD confirms the 2018 host on March 24, 2017.",
        ),
        (
            "/ko/person/angel-gurria",
            "앙헬 구리아는 OECD 사무총장 직을 맡았습니다. \
             2017년 3월 24일 OECD의 2018년 개최국 확정에 참석했습니다.",
        ),
        (
            "/ko/post/oecd-secretary-general",
            "OECD 사무총장은 경제협력개발기구의 직위입니다. 앙헬 구리아가 이 직위를 맡았습니다.",
        ),
        (
            "/en/post/oecd-secretary-general",
            "OECD Secretary-General is a post in the OECD, held by Angel Gurría.",
        ),
        (
            "/ko/series/oecd-e-leaders-meeting",
            "OECD 이-리더스 회의는 경제협력개발기구가 주관하는 연속 행사입니다. 기록된 회차는 2개입니다.",
        ),
        (
            "/en/series/oecd-e-leaders-meeting",
            "The OECD E-Leaders Meeting is a series of events organized by the OECD. \
             2 editions of it are recorded.",
        ),
        (
            "/en/event/oecd-e-leaders-meeting-2017",
            "The OECD E-Leaders Meeting 2017, a meeting hosted by Estonia, took place in \
             Tallinn, Estonia in 2017. \
             It is an edition of the OECD E-Leaders Meeting.",
        ),
        (
            "/ko/event/oecd-e-leaders-meeting-2017",
            "OECD E-Leaders Meeting 2017은 (en) 에스토니아가 주최하여 2017년에 에스토니아 탈린에서 \
             열린 회의입니다. \
             OECD 이-리더스 회의의 한 회차입니다.",
        ),
    ] {
        let a = page(uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        let got = summary(&a.body);
        if got != want {
            wrong.push(format!("{uri}\n  got:  {got}\n  want: {want}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// An event announced as planned reads as past once its date is over by the day the
/// page is read (the service's clock; here a fixed day): `was to take place`,
/// `열릴 예정이었던`; a date not yet over keeps the future.
#[tokio::test]
async fn an_announced_event_past_its_date_reads_in_the_past() {
    let later = state_on(DateValue::Date(2026, 11, 30));
    let mut wrong = Vec::new();
    for (uri, want) in [
        (
            "/en/event/oecd-e-leaders-meeting-2018",
            "The OECD E-Leaders Meeting 2018, a meeting hosted by the Republic of Korea, was to take \
             place in the Republic of Korea in 2018. It is the 12th edition of the OECD E-Leaders Meeting. \
             Estonia and the OECD were to take part. \
             It was to deal with digital government and <script>alert(1)</script>.",
        ),
        (
            "/ko/event/oecd-e-leaders-meeting-2018",
            "2018 OECD 이-리더스 회의는 대한민국이 주최하여 2018년에 대한민국에서 열릴 예정이었던 회의입니다. \
             OECD 이-리더스 회의의 제12회 행사입니다. \
             경제협력개발기구 및 에스토니아가 참가할 예정이었습니다. \
             디지털 정부 및 <script>alert(1)</script>을(를) (en) 다룰 예정이었습니다.",
        ),
        (
            "/en/country/kr",
            "The Republic of Korea is a country. It was to host the OECD E-Leaders Meeting 2018. \
             The OECD E-Leaders Meeting 2018 was to take place here. In the Global E-Services \
             Survey, the Republic of Korea ranked 3rd in 2016 and 2018, and 2nd in 2020.",
        ),
        (
            "/ko/country/kr",
            "대한민국은 국가입니다. 2018 OECD 이-리더스 회의를 주최할 예정이었습니다. \
             이곳에서 2018 OECD 이-리더스 회의가 열릴 예정이었습니다. \
             세계 전자서비스 평가에서 2016년 및 2018년에 3위, 2020년에 2위를 차지했습니다.",
        ),
    ] {
        let a = send_to(later.clone(), get(uri, &[])).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        let got = summary(&a.body.replace("&#x2f;", "/"));
        if got != want {
            wrong.push(format!("{uri}\n  got:  {got}\n  want: {want}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // the notice's panel says so too, as the event's page does
    let panel = send_to(later.clone(), get("/en/notices/mois-2017-e-leaders", &[])).await;
    assert!(
        panel
            .body
            .contains("<dt>Status</dt><dd>Planned (date passed)</dd>"),
        "{}",
        panel.body
    );
    // on the last day of 2018 the year is not over yet
    let during = state_on(DateValue::Date(2018, 12, 31));
    let a = send_to(during, get("/en/event/oecd-e-leaders-meeting-2018", &[])).await;
    assert!(summary(&a.body).contains("is to take place"), "{}", a.body);
}

#[tokio::test]
async fn a_name_known_only_in_the_other_language_is_marked_in_the_summary() {
    let a = page("/ko/event/oecd-e-leaders-meeting-2017").await;
    assert!(
        a.body.contains(
            r#"<p class="summary"><span class="other-lang" lang="en">OECD E-Leaders Meeting 2017</span>은 <small class="other-lang-note">(en)</small> "#
        ),
        "{}",
        a.body
    );
    // a ranking's edition known only in Korean, on the English country page
    let en = page("/en/country/kr").await;
    assert!(
        en.body.contains(
            r#"<a href="/en/event/global-e-services-survey-2020"><span class="other-lang" lang="ko">2020 세계 전자서비스 평가</span></a> <small class="other-lang-note">(ko)</small>"#
        ),
        "{}",
        en.body
    );
    assert!(en.body.contains("2nd, score 0.93"), "{}", en.body);
}

#[tokio::test]
async fn notice_page_panel_lists_the_facts_with_their_place_in_the_text() {
    let en = page("/en/notices/mois-2017-e-leaders").await;
    let html = &en.body;
    assert_eq!(
        summary(html),
        "The Ministry of the Interior published this notice on April 4, 2017. \
         It reports on the OECD E-Leaders Meeting 2018, OECD confirms the 2018 host and \
         the OECD E-Leaders Meeting 2017. It adds 18 facts to the graph, listed beside the text \
         with links to where each is stated."
    );
    assert!(
        html.contains(r#"<aside class="panel">"#)
            && html.contains("<h2>Facts drawn from this notice</h2>"),
        "{html}"
    );
    // the 2018 meeting's entry links to its mention in the text, and its facts to pages
    assert!(
        html.contains(
            r##"<h3><a href="/en/event/oecd-e-leaders-meeting-2018">OECD E-Leaders Meeting 2018</a> <a class="in-text" href="#char=34,61">in the text</a></h3>"##
        ),
        "{html}"
    );
    assert!(html.contains(r#"id="char=34,61""#), "{html}");
    assert!(
        html.contains(
            r#"<dt>Hosted by</dt><dd><a href="/en/country/kr">Republic of Korea</a></dd>"#
        ),
        "{html}"
    );
    assert!(
        html.contains(
            r#"<dt>Posts held</dt><dd><a href="/en/post/minister-of-the-interior">Minister of the Interior</a></dd>"#
        ),
        "{html}"
    );
    // the panel comes in text order: Korea's meeting (34) before the letter's date (103…)
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(at(r##"href="#char=34,61""##) < at(r##"href="#char=103,115""##));

    let ko = page("/ko/notices/survey-news").await;
    assert_eq!(
        summary(&ko.body),
        "2020년 7월 10일에 행정자치부가 발표한 보도자료입니다. \
         2020 세계 전자서비스 평가에 관한 소식을 전합니다. \
         이 보도자료에서 얻은 사실 21건을 본문 옆에 정리했으며, 각 사실은 본문의 해당 위치로 이어집니다."
    );
    assert!(
        ko.body.contains(r#"<a href="/ko/event/global-e-services-survey-2016">3위 · 2016 세계 전자서비스 평가</a>"#),
        "{}",
        ko.body
    );
    assert!(
        ko.body
            .contains(r##"<a class="in-text" href="#char=0,2">본문에서 보기</a>"##),
        "{}",
        ko.body
    );
}

#[tokio::test]
async fn every_page_links_its_twin_and_declares_its_language() {
    for (uri, lang, twin) in [
        ("/en/", "en", "/ko/"),
        (
            "/ko/notices/mois-2017-e-leaders",
            "ko",
            "/en/notices/mois-2017-e-leaders",
        ),
        ("/en/person/hong-yun-sik", "en", "/ko/person/hong-yun-sik"),
        ("/ko/org/seoul-city", "ko", "/en/org/seoul-city"),
    ] {
        let a = page(uri).await;
        assert!(
            a.body.contains(&format!(r#"<html lang="{lang}">"#)),
            "{uri}"
        );
        let other = if lang == "en" { "ko" } else { "en" };
        // absolute, the page itself included, and a language-neutral default
        for (tag, path) in [(other, twin), (lang, uri)] {
            let link = format!(
                r#"<link rel="alternate" hreflang="{tag}" href="{}">"#,
                absolute(path)
            );
            assert!(a.body.contains(&link), "{uri} lacks {link}: {}", a.body);
        }
        let canonical = format!(r#"<link rel="canonical" href="{}">"#, absolute(uri));
        assert!(a.body.contains(&canonical), "{uri}: {}", a.body);
        assert!(
            a.body.contains(
                r#"<link rel="alternate" hreflang="x-default" href="http://127.0.0.1:8080/"#
            ),
            "{uri}: {}",
            a.body
        );
        // the switcher carries the choice, which the twin remembers in the cookie
        assert!(
            a.body.contains(&format!(r#"href="{twin}?lang={other}""#)),
            "{uri}: {}",
            a.body
        );
        assert_eq!(a.header(header::SET_COOKIE), "", "{uri}: no choice made");
        let chosen = page(&format!("{twin}?lang={other}")).await;
        assert!(
            chosen
                .header(header::SET_COOKIE)
                .starts_with(&format!("lang={other};")),
            "{twin}"
        );
    }
}

/// `/search?q=` as JSON: the hits' IRIs.
async fn search_iris(uri: &str) -> (Answer, Vec<serde_json::Value>) {
    let answer = send(get(uri, &[("accept", "application/json")])).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let json: serde_json::Value = serde_json::from_str(&answer.body).expect("JSON");
    let results = json["results"].as_array().cloned().unwrap_or_default();
    (answer, results)
}

#[tokio::test]
async fn search_strips_a_korean_particle_and_finds_the_country() {
    // 에스토니아 + 는: the particle is stripped before matching the Korean label.
    let (_, results) =
        search_iris("/ko/search?q=%EC%97%90%EC%8A%A4%ED%86%A0%EB%8B%88%EC%95%84%EB%8A%94").await;
    let hit = results
        .iter()
        .find(|h| h["iri"] == absolute("/id/country/ee"))
        .unwrap_or_else(|| panic!("{results:?}"));
    assert_eq!(hit["label"], "에스토니아");
    assert_eq!(hit["lang"], "ko");
    assert_eq!(hit["kind"], "country");
    assert_eq!(hit["href"], "/ko/country/ee");
}

#[tokio::test]
async fn search_matches_english_aliases_case_insensitively() {
    // "korea" is in the English label and alias of the Republic of Korea.
    let (_, results) = search_iris("/en/search?q=KOREA").await;
    let hit = results
        .iter()
        .find(|h| h["iri"] == absolute("/id/country/kr"))
        .unwrap_or_else(|| panic!("{results:?}"));
    assert_eq!(hit["lang"], "en");
    assert_eq!(hit["href"], "/en/country/kr");
    assert_eq!(
        results.iter().filter(|h| h["iri"] == hit["iri"]).count(),
        1,
        "one hit per thing: {results:?}"
    );
}

#[tokio::test]
async fn search_with_an_empty_or_quoting_query_finds_nothing_and_does_not_fail() {
    let (_, results) = search_iris("/search?q=").await;
    assert!(results.is_empty());
    let (_, results) = search_iris("/search?q=%22%7D%20LIMIT%201%20%5C").await;
    assert!(results.is_empty(), "{results:?}");
    assert_eq!(
        send(get("/xx/search?q=a", &[])).await.status,
        StatusCode::NOT_FOUND
    );
}

/// Wording a bilingual reader notices (issue 5): the kind line under the heading is the
/// localized, capitalized kind name; a city and the country it lies in are one place; an
/// organization's event series are listed apart from the events it hosted; the marker of
/// a label in the other language stands outside the link, after the Korean particle.
#[tokio::test]
async fn pages_read_well_in_both_languages() {
    let mut wrong = Vec::new();
    for (uri, needles) in [
        (
            "/en/event/oecd-e-leaders-meeting-2018",
            &[
                r#"<p class="kind">Event</p>"#,
                r#"<a href="/en/event/oecd-e-leaders-meeting-2017">OECD E-Leaders Meeting 2017</a> <span class="detail">2017 · Tallinn, Estonia</span>"#,
            ][..],
        ),
        (
            "/ko/event/oecd-e-leaders-meeting-2018",
            &[
                r#"<p class="kind">행사</p>"#,
                r#"<small class="other-lang-note">(en)</small> <span class="detail">2017년 · 에스토니아 탈린</span>"#,
                r#"<span class="other-lang" lang="en">&lt;script&gt;alert(1)&lt;/script&gt;</span></a>을(를) <small class="other-lang-note">(en)</small> 다룰"#,
            ][..],
        ),
        (
            "/en/org/oecd",
            &[
                r#"<p class="kind">Organization</p>"#,
                "<h2>Event series it organizes</h2>\n<ul>\n<li><a href=\"/en/series/oecd-e-leaders-meeting\">",
                "<h2>Events it organizes</h2>\n<ul>\n<li><a href=\"/en/event/oecd-confirms-2018-host\">OECD confirms the 2018 host</a> <span class=\"detail\">March 24, 2017</span></li>\n</ul>",
            ][..],
        ),
        (
            "/ko/org/oecd",
            &[r#"<p class="kind">기관</p>"#, "<h2>주관하는 연속 행사</h2>"][..],
        ),
        (
            "/en/series/oecd-e-leaders-meeting",
            &[r#"<p class="kind">Event series</p>"#][..],
        ),
        ("/en/city/tallinn", &[r#"<p class="kind">City</p>"#][..]),
        ("/en/person/angel-gurria", &["<h2>Events attended</h2>"][..]),
        ("/ko/person/angel-gurria", &["<h2>참가한 행사</h2>"][..]),
        (
            "/en/event/oecd-e-leaders-meeting-2017",
            &[
                r#"<dt>Where</dt><dd><a href="/en/city/tallinn">Tallinn</a>, <a href="/en/country/ee">Estonia</a></dd>"#,
            ][..],
        ),
        (
            "/ko/event/oecd-e-leaders-meeting-2017",
            &[
                r#"<dt>장소</dt><dd><a href="/ko/country/ee">에스토니아</a> <a href="/ko/city/tallinn">탈린</a></dd>"#,
            ][..],
        ),
        // class and status words start a table cell with a capital in English
        (
            "/en/event/oecd-e-leaders-meeting-2018",
            &[
                r#"<dt>What</dt><dd><a href="/ns#Meeting">Meeting</a></dd>"#,
                "<dt>Status</dt><dd>Planned</dd>",
            ][..],
        ),
        (
            "/ko/event/oecd-e-leaders-meeting-2018",
            &["<dt>상태</dt><dd>예정</dd>"][..],
        ),
        // a notice's source: its site as the text, the whole address as the target, marked
        // as a link to another site
        (
            "/en/notices/mois-2017-e-leaders",
            &[
                r#"<dt>Original</dt><dd><a href="http://example.org/notices/e-leaders-2018" rel="noopener" class="external">example.org<span class="external-mark" aria-hidden="true"> ↗</span></a></dd>"#,
            ][..],
        ),
        (
            "/ko/notices/mois-2017-e-leaders",
            &[
                r#"<dt>원문</dt><dd><a href="http://example.org/notices/e-leaders-2018" rel="noopener" class="external">example.org<span class="external-mark" aria-hidden="true"> ↗</span></a></dd>"#,
            ][..],
        ),
    ] {
        let a = page(uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        // minijinja writes `/` in attributes as `&#x2f;`
        let body = a.body.replace("&#x2f;", "/");
        for needle in needles {
            if !body.contains(needle) {
                wrong.push(format!("{uri} lacks {needle}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A topic that is an index or dimension of a survey lists the ranking results on it
/// (who ranked, in which edition, at which rank), never the results' own IRIs.
#[tokio::test]
async fn an_index_page_lists_the_rankings_on_it() {
    for (uri, needles) in [
        (
            "/en/topic/online-services-index",
            [
                "<h2>Rankings on this index</h2>",
                r#"<a href="/en/country/ee">Estonia</a>"#,
                "Global E-Services Survey 2018 · 5th",
            ],
        ),
        (
            "/ko/topic/online-services-index",
            [
                "<h2>이 지표의 순위</h2>",
                r#"<a href="/ko/country/ee">에스토니아</a>"#,
                "2018 세계 전자서비스 평가 · 5위",
            ],
        ),
    ] {
        let a = page(uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        for needle in needles {
            assert!(a.body.contains(needle), "{uri} lacks {needle}:\n{}", a.body);
        }
        assert!(!a.body.contains("#ranking-"), "{uri}: {}", a.body);
    }
}

/// The figures a notice states are facts in its panel: of the notice itself, or of the
/// thing the graph says a figure is about, which shows it on its page too. A figure reads
/// as the notice's own description in the notice's language, else as value and unit.
#[tokio::test]
async fn figures_are_facts_of_the_notice_or_of_what_they_are_about() {
    for (uri, needles) in [
        (
            "/ko/notices/survey-news",
            &[
                "<h3>이 보도자료</h3>\n<dl>\n<dt>수치</dt><dd>교육 참가자 350명</dd>",
                "<dt>수치</dt><dd>평가 대상 40개국 이상</dd>",
            ][..],
        ),
        (
            "/en/notices/survey-news",
            &[
                "<h3>This notice</h3>\n<dl>\n<dt>Figures</dt><dd>350 people</dd>",
                "<dt>Figures</dt><dd>at least 40 countries</dd>",
            ][..],
        ),
        (
            "/ko/event/global-e-services-survey-2020",
            &["<dt>수치</dt><dd>평가 대상 40개국 이상</dd>"][..],
        ),
        (
            "/en/event/global-e-services-survey-2020",
            &["<dt>Figures</dt><dd>at least 40 countries</dd>"][..],
        ),
    ] {
        let a = page(uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        for needle in needles {
            assert!(a.body.contains(needle), "{uri} lacks {needle}:\n{}", a.body);
        }
    }
    // a figure about nothing in particular stays off the pages of things
    let event = page("/en/event/global-e-services-survey-2020").await;
    assert!(!event.body.contains("350 people"), "{}", event.body);
}

/// A publisher known only by a name in the other language is marked and tagged with
/// its language, in the facts and in the summary; a month-precision date reads `in`.
#[tokio::test]
async fn a_publisher_name_in_the_other_language_is_marked() {
    let ko = page("/ko/notices/forum-note").await;
    assert_eq!(ko.status, StatusCode::OK, "{}", ko.body);
    assert!(
        ko.body.contains(
            r#"<dt>발표 기관</dt><dd><span class="other-lang" lang="en">Ministry of Imaginary Affairs</span> <small class="other-lang-note">(en)</small></dd>"#
        ),
        "{}",
        ko.body
    );
    assert!(
        ko.body.contains(
            r#"<p class="summary">2017년 3월에 <span class="other-lang" lang="en">Ministry of Imaginary Affairs</span>가 <small class="other-lang-note">(en)</small> 발표한 보도자료입니다."#
        ),
        "{}",
        ko.body
    );
    let en = page("/en/notices/forum-note").await;
    assert!(
        summary(&en.body)
            .starts_with("Ministry of Imaginary Affairs published this notice in March 2017."),
        "{}",
        en.body
    );
    assert!(
        en.body
            .contains("<dt>Publisher</dt><dd>Ministry of Imaginary Affairs</dd>"),
        "{}",
        en.body
    );
}

/// A multi-day event's summary names both ends, the shared year and month once; the
/// notice's panel shows the end date.
#[tokio::test]
async fn a_multi_day_event_reads_from_start_to_end() {
    let ko = page("/ko/event/open-data-forum-2016").await;
    assert_eq!(
        summary(&ko.body),
        "2016 열린 데이터 포럼은 2016년 11월 10일부터 11일까지 열린 회의입니다. 이하나가 참가했습니다."
    );
    let en = page("/en/event/open-data-forum-2016").await;
    assert_eq!(
        summary(&en.body),
        "The Open Data Forum 2016, a meeting, took place from November 10 to 11, 2016. \
         Lee Ha-na took part."
    );
    // a person who took part in it: the one event's dates as a range
    let en = page("/en/person/lee-ha-na").await;
    assert!(
        summary(&en.body).contains(
            "Lee Ha-na took part in the Open Data Forum 2016 from November 10 to 11, 2016."
        ),
        "{}",
        en.body
    );
    let ko = page("/ko/person/lee-ha-na").await;
    assert!(
        summary(&ko.body).contains(
            "이하나는 2016년 11월 10일부터 11일까지 2016 열린 데이터 포럼에 참석했습니다."
        ),
        "{}",
        ko.body
    );
    let panel = page("/en/notices/forum-note").await;
    assert!(
        panel.body.contains(
            "<dt>When</dt><dd>November 10, 2016</dd>\n<dt>Until</dt><dd>November 11, 2016</dd>"
        ),
        "{}",
        panel.body
    );
    let panel = page("/ko/notices/forum-note").await;
    assert!(
        panel
            .body
            .contains("<dt>종료</dt><dd>2016년 11월 11일</dd>"),
        "{}",
        panel.body
    );
}

/// A survey edition's page says it was published, not held, and lists its results: who
/// ranked where, by index.
#[tokio::test]
async fn a_survey_edition_page_lists_its_results() {
    let en = page("/en/event/global-e-services-survey-2018").await;
    assert!(
        summary(&en.body).starts_with("The Global E-Services Survey 2018 was published in 2018."),
        "{}",
        en.body
    );
    for needle in [
        "<h2>Results</h2>",
        r#"<li><a href="/en/org/seoul-city">Seoul Metropolitan Government</a> <span class="detail">1st</span></li>"#,
        r#"<li><a href="/en/country/kr">Republic of Korea</a> <span class="detail">3rd</span></li>"#,
        r#"<li><a href="/en/country/ee">Estonia</a> <span class="detail">Online Services Index · 5th</span></li>"#,
    ] {
        assert!(en.body.contains(needle), "lacks {needle}:\n{}", en.body);
    }
    let ko = page("/ko/event/global-e-services-survey-2018").await;
    assert!(
        summary(&ko.body).starts_with("2018 세계 전자서비스 평가는 2018년에 발표되었습니다."),
        "{}",
        ko.body
    );
    for needle in [
        "<h2>평가 결과</h2>",
        r#"<li><a href="/ko/country/kr">대한민국</a> <span class="detail">3위</span></li>"#,
        r#"<li><a href="/ko/country/ee">에스토니아</a> <span class="detail">온라인서비스지수 · 5위</span></li>"#,
    ] {
        assert!(ko.body.contains(needle), "lacks {needle}:\n{}", ko.body);
    }
    // a survey has no status of a meeting (announced, held)
    assert!(!en.body.contains("<dt>Status</dt>"), "{}", en.body);
    assert!(!ko.body.contains("<dt>상태</dt>"), "{}", ko.body);
    let joint = page("/en/event/global-e-services-survey-2020").await;
    assert!(
        joint.body.contains(
            r#"<a href="/en/country/kr">Republic of Korea</a> <span class="detail">2nd, score 0.93</span>"#
        ),
        "{}",
        joint.body
    );
}

#[tokio::test]
async fn a_missing_page_is_a_localized_html_404_for_browsers_and_plain_for_others() {
    let browser = [("accept", "text/html,application/xhtml+xml,*/*;q=0.8")];
    for (uri, lang, title, text, q) in [
        (
            "/en/person/kim-no-such",
            "en",
            "<h1>Not found</h1>",
            "Nothing is known at this address.",
            r#"value="kim no such""#,
        ),
        (
            "/ko/event/no-such-meeting",
            "ko",
            "<h1>찾을 수 없음</h1>",
            "이 주소에 대해 알려진 것이 없습니다.",
            r#"value="no such meeting""#,
        ),
        (
            "/ko/notices/no-such-notice",
            "ko",
            "<h1>찾을 수 없음</h1>",
            "위 칸에서 이름으로 찾아 보세요.",
            r#"value="no such notice""#,
        ),
    ] {
        let mut a = send(get(uri, &browser)).await;
        a.body = a.body.replace("&#x2f;", "/");
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            a.header(header::CONTENT_TYPE).starts_with("text/html"),
            "{uri}"
        );
        assert!(
            a.body.contains(&format!(r#"<html lang="{lang}">"#)),
            "{uri}"
        );
        for needle in [title, text, q, &format!(r#"<a href="/{lang}/">"#)] {
            assert!(
                a.body.contains(needle),
                "{uri} lacks {needle:?}: {}",
                a.body
            );
        }
        assert!(!a.body.contains("http://127.0.0.1"), "{uri}: {}", a.body);
        // no generated summaries on this page, so no footer sentence about them
        assert!(
            !a.body.contains("generated from the knowledge graph"),
            "{uri}"
        );
        assert!(!a.body.contains("지식 그래프에서 만든"), "{uri}");
    }
    // an unknown language segment: the request's language
    let a = send(get(
        "/fr/org/x",
        &[("accept", "text/html"), ("accept-language", "ko")],
    ))
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert!(a.body.contains("<h1>찾을 수 없음</h1>"), "{}", a.body);
    let a = send(get("/fr/search?q=tallinn", &browser)).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert!(a.body.contains(r#"value="tallinn""#), "{}", a.body);
    // a browser following an unknown thing's IRI gets the page too
    let a = send(get("/id/event/no-such-meeting", &browser)).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert!(a.body.contains("<h1>Not found</h1>"), "{}", a.body);
    // a route that does not exist: the page too, in the path's language when it names one,
    // its last segment (percent-decoded) offered as a search
    for (uri, heading, q) in [
        ("/ko/zzz", "<h1>찾을 수 없음</h1>", r#"value="zzz""#),
        ("/en/a/b/c/d-e", "<h1>Not found</h1>", r#"value="d e""#),
        (
            "/ko/%EC%84%9C%EC%9A%B8/",
            "<h1>찾을 수 없음</h1>",
            r#"value="서울""#,
        ),
        ("/no/such/route", "<h1>Not found</h1>", r#"value="route""#),
        ("/nope", "<h1>Not found</h1>", r#"value="nope""#),
    ] {
        let a = send(get(uri, &browser)).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(a.body.contains(heading), "{uri}: {}", a.body);
        assert!(a.body.contains(q), "{uri}: {}", a.body);
    }
    // other clients keep the plain answer
    for (uri, accept) in [
        ("/ko/zzz", "*/*"),
        ("/nope", "*/*"),
        ("/no/such/route", "text/html;q=0.5, text/plain"),
        ("/en/person/kim-no-such", "*/*"),
        ("/en/person/kim-no-such", ""),
        ("/id/event/no-such-meeting", "text/turtle"),
        ("/data/event/no-such-meeting.ttl", "*/*"),
    ] {
        let a = send(get(uri, &[("accept", accept)])).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            a.header(header::CONTENT_TYPE).starts_with("text/plain"),
            "{uri}"
        );
    }
}

/// A page uses a name in its own language, an alias (a romanization) included, before the
/// other language's label; the alias is then not repeated as "Also known as".
#[tokio::test]
async fn a_page_names_a_thing_by_an_alias_in_its_language_before_the_other_label() {
    for (uri, heading, absent) in [
        ("/en/person/kim-min-jun", "<h1>Kim Min-jun</h1>", "(ko)"),
        (
            "/ko/org/sample-audit-board",
            "<h1>표본감사위원회</h1>",
            "(영어)",
        ),
        (
            "/ko/person/kim-min-jun",
            "<h1>김민준</h1>",
            "Kim Min-jun</h1>",
        ),
        (
            "/en/org/sample-audit-board",
            "<h1>Board of Sample Audits</h1>",
            "표본감사위원회</h1>",
        ),
    ] {
        let a = page(uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        assert!(
            a.body.contains(heading),
            "{uri} lacks {heading}: {}",
            a.body
        );
        let h1 = &a.body[a.body.find("<h1").unwrap()..a.body.find("</h1>").unwrap() + 5];
        assert!(!h1.contains(absent), "{uri}: {h1}");
    }
    let a = page("/en/person/kim-min-jun").await;
    assert!(!a.body.contains("Also known as"), "{}", a.body);
    assert!(
        summary(&a.body).starts_with("Kim Min-jun is a person."),
        "{}",
        summary(&a.body)
    );
}

/// Two bodies of one name are told apart by the period their name was in use, on their
/// pages, in the search results and in JSON-LD, and a body names its successor.
#[tokio::test]
async fn bodies_of_one_name_show_their_period_and_successor() {
    for (uri, needles) in [
        (
            "/ko/org/ministry-of-sample-administration-2011",
            vec![
                "이 이름은 2011년 5월부터 2015년 9월까지 쓰였습니다.",
                "후신은 표본안전부입니다.",
                "<dt>이름을 쓴 기간</dt>",
                "2011년 5월~2015년 9월",
                "<dt>후신</dt>",
                r#""foundingDate":"2011-05""#,
                r#""dissolutionDate":"2015-09""#,
            ],
        ),
        (
            "/en/org/ministry-of-sample-administration-2011",
            vec![
                "The name was in use from May 2011 to September 2015.",
                "It was succeeded by the Ministry of Sample Safety.",
                "<dt>Name in use</dt>",
                "May 2011 – September 2015",
                "<dt>Succeeded by</dt>",
            ],
        ),
        (
            "/en/org/ministry-of-sample-safety",
            vec![
                "The name has been in use since September 2015.",
                "It took over from the Ministry of Sample Administration.",
                "<dt>Preceded by</dt>",
                "since September 2015",
            ],
        ),
        (
            "/ko/org/ministry-of-sample-safety",
            vec![
                "이 이름은 2015년 9월부터 쓰이고 있습니다.",
                "전신은 표본행정부입니다.",
                "<dt>전신</dt>",
            ],
        ),
    ] {
        let a = page(uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        let text = summary(&a.body);
        for needle in needles {
            assert!(
                a.body.contains(needle) || text.contains(needle),
                "{uri} lacks {needle:?}:\n{}",
                a.body
            );
        }
    }
    for (uri, needles) in [
        (
            "/ko/search?q=%ED%91%9C%EB%B3%B8%ED%96%89%EC%A0%95%EB%B6%80",
            ["1999년 3월~2006년 1월", "2011년 5월~2015년 9월"],
        ),
        (
            "/en/search?q=sample+administration",
            ["March 1999 – January 2006", "May 2011 – September 2015"],
        ),
    ] {
        let a = page(uri).await;
        for needle in needles {
            assert!(
                a.body.contains(needle),
                "{uri} lacks {needle:?}: {}",
                a.body
            );
        }
    }
}

/// The language-neutral address of a page (`x-default`): a thing's IRI, which picks the
/// language by the request, and `/` for the home page.
#[tokio::test]
async fn x_default_is_the_language_neutral_address() {
    for (uri, default) in [
        (
            "/en/org/seoul-city",
            "http://127.0.0.1:8080/id/org/seoul-city",
        ),
        ("/ko/", "http://127.0.0.1:8080/"),
        ("/en/search?q=oecd", "http://127.0.0.1:8080/search?q=oecd"),
    ] {
        let a = page(uri).await;
        let link = format!(r#"<link rel="alternate" hreflang="x-default" href="{default}">"#);
        assert!(a.body.contains(&link), "{uri} lacks {link}: {}", a.body);
    }
}

/// Page titles put the kind as the language writes it (`이름(기관)`, `Name (organization)`);
/// every language's text wraps a long word instead of overflowing, and each highlighted
/// mention is drawn as its own box, so two mentions side by side do not read as one.
#[tokio::test]
async fn titles_and_layout_read_well_in_both_languages() {
    for (uri, title) in [
        ("/ko/org/seoul-city", "<title>서울특별시(기관) · "),
        (
            "/en/org/seoul-city",
            "<title>Seoul Metropolitan Government (organization) · ",
        ),
    ] {
        let a = page(uri).await;
        assert!(a.body.contains(title), "{uri} lacks {title}: {}", a.body);
        assert!(
            a.body
                .contains("line-height: 1.5; overflow-wrap: anywhere; }"),
            "{uri}"
        );
        assert!(a.body.contains("box-shadow: inset 0 0 0 1px"), "{uri}");
    }
}

/// Search reads a query as people type it: fullwidth letters, a possessive, a leading
/// article, names separated by a comma, and a name ending in a syllable that is also a
/// particle, which is found as the name itself.
#[tokio::test]
async fn search_reads_the_query_as_people_type_it() {
    for (q, iri, label) in [
        (
            "%EF%BC%AF%EF%BC%A5%EF%BC%A3%EF%BC%A4",
            "/id/org/oecd",
            "OECD",
        ),
        ("Korea%27s", "/id/country/kr", "Korea"),
        ("the+OECD", "/id/org/oecd", "OECD"),
        (
            "e-leaders%2C2018",
            "/id/event/oecd-e-leaders-meeting-2018",
            "OECD E-Leaders Meeting 2018",
        ),
        (
            "%EC%B9%B4%EC%8A%A4%ED%85%94%EB%A1%9C",
            "/id/city/castello",
            "카스텔로",
        ),
    ] {
        let (_, results) = search_iris(&format!("/en/search?q={q}")).await;
        let first = results.first().unwrap_or_else(|| panic!("{q}: nothing"));
        assert_eq!(first["iri"], absolute(iri), "{q}: {results:?}");
        assert_eq!(first["label"], label, "{q}: {results:?}");
        if label == "카스텔로" {
            assert_eq!(first["rank"], 0, "{q}: the name itself: {results:?}");
        }
    }
}

/// The search page lists its results in its JSON-LD (an `ItemList`, best first) and, as it
/// shows no generated summary, says nothing about summaries in its footer.
#[tokio::test]
async fn the_search_page_lists_its_results_in_json_ld() {
    for (uri, footer) in [
        ("/en/search?q=tallinn", "generated from the knowledge graph"),
        ("/ko/search?q=tallinn", "지식 그래프에서 만든"),
    ] {
        let a = page(uri).await;
        assert!(
            a.body.contains(r#""@type":"SearchResultsPage""#),
            "{}",
            a.body
        );
        assert!(
            a.body.contains(r#""mainEntity":{"@type":"ItemList""#),
            "{}",
            a.body
        );
        assert!(
            a.body
                .contains(r#""@id":"http://127.0.0.1:8080/id/city/tallinn""#),
            "{}",
            a.body
        );
        assert!(!a.body.contains(footer), "{uri}: {}", a.body);
    }
}

/// English lists sort without regard to case; search results that match equally well
/// come by the name shown, not the alias that matched; a notice's panel lists rankings
/// newest edition first.
#[tokio::test]
async fn lists_sort_by_the_name_shown_ignoring_case() {
    let before = |body: &str, a: &str, b: &str| {
        let (i, j) = (body.find(a), body.find(b));
        assert!(
            i.is_some() && j.is_some() && i < j,
            "{a:?} before {b:?}: {body}"
        );
    };
    let a = page("/en/org/ministry-of-sample-safety").await;
    before(&a.body, ">artificial sample desk</a>", ">Sample Bureau</a>");
    let a = page("/en/search?q=sample").await;
    before(
        &a.body,
        ">applied sample studies</a>",
        ">Board of Sample Audits</a>",
    );
    let a = page("/ko/notices/survey-news").await;
    let panel = &a.body[a.body.find(r#"<aside class="panel">"#).expect("panel")..];
    before(
        panel,
        "2020 세계 전자서비스 평가",
        "2018 세계 전자서비스 평가",
    );
    before(
        panel,
        "2018 세계 전자서비스 평가",
        "2016 세계 전자서비스 평가",
    );
}

/// A person's gazetteer period is a term of office, an organization's the time its name
/// was in use: each fact says which.
#[tokio::test]
async fn a_persons_period_is_a_term_of_office() {
    for (uri, needle) in [
        (
            "/en/person/kim-min-jun",
            "<dt>In office</dt><dd>March 2013 – February 2016</dd>",
        ),
        (
            "/ko/person/kim-min-jun",
            "<dt>재임 기간</dt><dd>2013년 3월~2016년 2월</dd>",
        ),
        (
            "/en/org/ministry-of-sample-administration-2011",
            "<dt>Name in use</dt><dd>May 2011 – September 2015</dd>",
        ),
    ] {
        let a = page(uri).await;
        assert!(a.body.contains(needle), "{uri} lacks {needle}:\n{}", a.body);
        if uri.contains("/person/") {
            assert!(!a.body.contains("Name in use") && !a.body.contains("이름을 쓴 기간"));
        }
    }
}

/// A list cut short names the last one rather than `one more`; what is left out is
/// counted by its kind (Korean 곳 for countries and organizations, 명, 개, 건).
#[tokio::test]
async fn lists_name_a_last_one_and_count_the_rest_by_kind() {
    assert_summaries(
        wording_state(),
        &[
            (
                "/en/event/harbour-meeting-2015",
                "The Harbour Meeting 2015, a meeting, took place on October 5, 2015. \
                 Aland, Borvia, Cestar, Dumont, Felland, Gorsk and Halvia took part.",
            ),
            (
                "/ko/event/harbour-meeting-2015",
                "2015 항만 회의는 2015년 10월 5일에 열린 회의입니다. \
                 고르스크, 뒤몽, 보르비아, 알란드, 체스타르, 펠란드 및 할비아가 참가했습니다.",
            ),
            (
                "/en/event/seventh-sea-forum",
                "The 7th Sea Forum, a forum, took place on September 14, 2015. \
                 Aland, Borvia, Cestar, Dumont, Felland, Gorsk and 3 more took part.",
            ),
            (
                "/ko/event/seventh-sea-forum",
                "제7회 바다 포럼은 2015년 9월 14일에 열린 포럼입니다. \
                 고르스크, 뒤몽, 모르바이, 보르비아, 알란드, 요르미아 및 그 밖의 3곳이 참가했습니다.",
            ),
        ],
    )
    .await;
}

/// Each kind of event takes its own verb: a signing is concluded (체결되다), a visit is
/// made (이루어지다), a training course is held (실시되다), a survey edition is published
/// (발표되다); meetings and forums take place (열리다).
#[tokio::test]
async fn an_event_summary_takes_the_verb_of_its_kind() {
    assert_summaries(
        wording_state(),
        &[
            (
                "/en/event/harbour-accord-signing",
                "The Harbour Accord signing, a signing, was to take place in Borvia on May 2, 2016.",
            ),
            (
                "/ko/event/harbour-accord-signing",
                "항만 협약 체결은 2016년 5월 2일에 보르비아에서 체결될 예정이었습니다.",
            ),
            (
                "/en/event/borvia-visit",
                "The Visit to Borvia, a visit, took place in Borvia in June 2016. Lee Ha-na took part.",
            ),
            (
                "/ko/event/borvia-visit",
                "보르비아 방문은 2016년 6월에 보르비아에서 이루어진 방문입니다. 이하나가 참가했습니다.",
            ),
            (
                "/en/event/port-training-2016",
                "The Port Training 2016, a training, was held in 2016.",
            ),
            (
                "/ko/event/port-training-2016",
                "2016 항만 연수는 2016년에 실시된 연수입니다.",
            ),
            (
                "/en/event/tide-index-2016",
                "The Tide Index 2016 was published in 2016.",
            ),
            (
                "/ko/event/tide-index-2016",
                "2016 조류 지수는 2016년에 발표되었습니다.",
            ),
            (
                "/ko/event/global-e-services-survey-2018",
                "2018 세계 전자서비스 평가는 2018년에 발표되었습니다. 세계 전자서비스 평가의 한 회차입니다.",
            ),
        ],
    )
    .await;
}

/// Sentences with nothing to say are left out: an edition number with no series (the
/// name and the Edition fact say it), a person's missing post or a topic's zero events
/// before what is known; a government body is called one.
#[tokio::test]
async fn summaries_leave_out_sentences_with_nothing_to_say() {
    assert_summaries(
        wording_state(),
        &[
            (
                "/en/person/lee-test",
                "Lee Ha-na took part in the Visit to Borvia in June 2016.",
            ),
            (
                "/ko/person/lee-test",
                "이하나는 2016년 6월 보르비아 방문에 참석했습니다.",
            ),
            (
                "/en/topic/tide-energy",
                "No event about tide energy is recorded yet.",
            ),
            ("/ko/topic/tide-energy", "조력 에너지는 주제입니다."),
            (
                "/en/org/ministry-of-the-interior",
                "The Ministry of the Interior is a government organization. \
                 Hong Yun-sik (Minister of the Interior) has held a post in it.",
            ),
        ],
    )
    .await;
    let a = send_to(wording_state(), get("/en/event/seventh-sea-forum", &[])).await;
    assert!(
        a.body.contains("<dt>Edition</dt><dd>7th</dd>"),
        "{}",
        a.body
    );
}
