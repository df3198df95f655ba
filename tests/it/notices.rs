//! `POST /notices` over real HTTP (DESIGN.md §HTTP surface, §Errors and limits): each test
//! starts `noticegraph::app` on a loopback port with an empty in-memory store and the
//! built-in gazetteer, posts notices with `ureq`, and checks the answer and what
//! `/sparql` then sees. The sample notices are written for these tests (invented events,
//! `example.org` sources).

use crate::support::{Answer, send, sparql_json, values};
use noticegraph::config::Config;
use noticegraph::ingest::Gazetteer;
use noticegraph::l10n::Localizer;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::App;

/// The token the test servers accept for writes.
const TOKEN: &str = "notices-test-token";

const ENGLISH: &str = "title: Korea to host an example workshop on open data\n\
date: 2031-03-03\n\
publisher: Ministry of the Interior and Safety\n\
\n\
The Ministry of the Interior and Safety announced on Monday that Korea will host the \
Example Workshop on Open Data 2031 in Busan in June. Delegates from the OECD and from \
Estonia are expected to take part, the ministry said.\n";

const KOREAN_JSON: &str = r#"{
  "title": "한국, 2031 열린 데이터 예시 워크숍 개최",
  "date": "2031-03-03",
  "source": "https://example.org/notices/ko/42",
  "publisher": "행정안전부",
  "lang": "ko",
  "text": "행정안전부는 3일 한국이 오는 6월 부산에서 2031 열린 데이터 예시 워크숍을 개최한다고 밝혔다. 이번 워크숍에는 경제협력개발기구(OECD)와 에스토니아 대표단이 참석할 예정이다."
}"#;

const HTML: &str = "<!doctype html><html lang=\"en\"><head><title>Example notice</title></head>\
<body><nav>HOME &gt; News &gt; Notices</nav><main><h1>Korea and France to hold an example \
seminar</h1><p>Korea and France will hold the Example Seminar on Digital Services in Paris \
next month, the Ministry of the Interior and Safety said.</p></main>\
<footer>Copyright example.org</footer></body></html>";

/// A server on a loopback port (it lives as long as the test process), with `token` for
/// writes (none: writes off) and `body_limit` bytes of body at most. Returns its origin
/// (`http://127.0.0.1:port`), which is also its base IRI without the final `/`.
fn start(token: Option<&str>, body_limit: usize) -> String {
    crate::support::serve(|origin| {
        let config = Config {
            base_iri: format!("{origin}/"),
            token: token.map(str::to_string),
            body_limit,
            ..Config::default()
        };
        App {
            iris: Iris::new(&config.base_iri).unwrap(),
            config,
            store: crate::support::empty_store(),
            gazetteer: Gazetteer::builtin(),
            localizer: Localizer::new().unwrap(),
            void_cache: Default::default(),
            metrics: Default::default(),
        }
    })
}

fn server() -> String {
    start(Some(TOKEN), noticegraph::config::DEFAULT_BODY_LIMIT)
}

/// `POST {origin}/notices` with the test token, `content_type` and `body`.
fn post_notice(origin: &str, content_type: &str, body: impl Into<Vec<u8>>) -> Answer {
    let auth = format!("Bearer {TOKEN}");
    send(
        "POST",
        &format!("{origin}/notices"),
        &[("content-type", content_type), ("authorization", &auth)],
        body,
    )
}

fn ask(origin: &str, query: &str) -> bool {
    sparql_json(origin, query)["boolean"]
        .as_bool()
        .unwrap_or_else(|| panic!("not an ASK: {query}"))
}

const PREFIXES: &str = "PREFIX schema: <https://schema.org/> \
     PREFIX dct: <http://purl.org/dc/terms/> \
     PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";

/// Whether the store holds any notice graph.
fn any_notice(origin: &str) -> bool {
    ask(
        origin,
        &format!("{PREFIXES} ASK {{ ?n a schema:NewsArticle }}"),
    )
}

#[test]
fn english_text_notice_is_created_and_queryable() {
    let origin = server();
    let answer = post_notice(&origin, "text/plain; charset=utf-8", ENGLISH);
    assert_eq!(answer.status, 201, "{}", answer.body);
    assert_eq!(answer.header("content-type"), "application/json");
    assert!(
        answer
            .header("vary")
            .to_ascii_lowercase()
            .contains("accept")
    );
    let summary = answer.json();
    let iri = summary["iri"].as_str().unwrap();
    assert_eq!(answer.first("location"), Some(iri));
    assert!(iri.starts_with(&format!("{origin}/id/notice/")), "{iri}");
    assert_eq!(summary["lang"], "en");
    assert_eq!(
        summary["title"],
        "Korea to host an example workshop on open data"
    );
    assert_eq!(
        summary["graph"],
        format!("{origin}/graph/notice/{}", summary["id"].as_str().unwrap())
    );
    for count in ["entities", "events", "mentions", "quads"] {
        assert!(summary[count].as_u64().unwrap() > 0, "{count}: {summary}");
    }
    assert_eq!(summary["warnings"], serde_json::json!([]));

    // the notice is in the store, with its header metadata, in its own graph
    assert_eq!(
        values(
            &origin,
            &format!("{PREFIXES} SELECT ?v WHERE {{ <{iri}> schema:inLanguage ?v }}")
        ),
        ["en"]
    );
    assert_eq!(
        values(
            &origin,
            &format!("{PREFIXES} SELECT ?v WHERE {{ <{iri}> schema:datePublished ?v }}")
        ),
        ["2031-03-03"]
    );
    let graph = summary["graph"].as_str().unwrap();
    let quads = sparql_json(
        &origin,
        &format!("SELECT (COUNT(*) AS ?v) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"),
    );
    assert_eq!(
        quads["results"]["bindings"][0]["v"]["value"],
        summary["quads"].to_string()
    );
    assert!(ask(
        &origin,
        &format!("{PREFIXES} ASK {{ <{iri}> schema:mentions <{origin}/id/country/ee> }}")
    ));
    // the Location dereferences like every thing's IRI (303 to its page or data)
    let deref = send("GET", iri, &[("accept", "text/turtle")], Vec::new());
    assert_eq!(deref.status, 303, "{}", deref.body);
}

#[test]
fn korean_json_notice_keeps_its_fields() {
    let origin = server();
    let answer = post_notice(&origin, "application/json", KOREAN_JSON);
    assert_eq!(answer.status, 201, "{}", answer.body);
    let summary = answer.json();
    assert_eq!(summary["lang"], "ko");
    // the id comes from the JSON `source`, as for the CLI
    let id = noticegraph::ingest::notice_id(Some("https://example.org/notices/ko/42"), "");
    let iri = format!("{origin}/id/notice/{id}");
    assert_eq!(summary["iri"], iri.as_str());
    assert_eq!(answer.first("location"), Some(iri.as_str()));
    assert!(summary["entities"].as_u64().unwrap() > 0, "{summary}");
    assert_eq!(
        values(
            &origin,
            &format!(
                "{PREFIXES} SELECT ?v WHERE {{ <{iri}> schema:inLanguage|schema:datePublished|dct:source ?v }}"
            )
        ),
        ["2031-03-03", "https://example.org/notices/ko/42", "ko"]
    );
    // resolved to the same IRI an English notice would use
    assert!(ask(
        &origin,
        &format!("{PREFIXES} ASK {{ <{iri}> schema:mentions <{origin}/id/country/ee> }}")
    ));
}

#[test]
fn html_notice_keeps_the_main_text_only() {
    let origin = server();
    let answer = post_notice(&origin, "text/html; charset=utf-8", HTML);
    assert_eq!(answer.status, 201, "{}", answer.body);
    let summary = answer.json();
    assert_eq!(summary["lang"], "en");
    let texts = values(
        &origin,
        &format!(
            "{PREFIXES} SELECT ?v WHERE {{ GRAPH <{}> {{ ?c nif:isString ?v }} }}",
            summary["graph"].as_str().unwrap()
        ),
    );
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(
        texts[0].contains("Example Seminar on Digital Services"),
        "{texts:?}"
    );
    assert!(
        !texts[0].contains("Copyright"),
        "the footer is dropped: {texts:?}"
    );
}

#[test]
fn plain_text_clients_get_a_plain_text_summary() {
    let origin = server();
    let auth = format!("Bearer {TOKEN}");
    let answer = send(
        "POST",
        &format!("{origin}/notices"),
        &[
            ("content-type", "text/plain"),
            ("accept", "text/plain"),
            ("authorization", &auth),
        ],
        ENGLISH,
    );
    assert_eq!(answer.status, 201, "{}", answer.body);
    assert_eq!(answer.header("content-type"), "text/plain; charset=utf-8");
    let location = answer.first("location").unwrap().to_string();
    assert!(
        answer.body.starts_with(&format!("notice: {location}\n")),
        "{}",
        answer.body
    );
    assert!(answer.body.contains("\nlang: en\n"), "{}", answer.body);
    assert!(answer.body.contains("\nquads: "), "{}", answer.body);

    // neither JSON nor text acceptable: 406 before anything is written
    let origin = server();
    let refused = send(
        "POST",
        &format!("{origin}/notices"),
        &[
            ("content-type", "text/plain"),
            ("accept", "image/png"),
            ("authorization", &auth),
        ],
        ENGLISH,
    );
    assert_eq!(refused.status, 406, "{}", refused.body);
    assert!(!any_notice(&origin));
}

/// A post without the token, or with another one, is a 401 with `WWW-Authenticate`; a
/// server without a token refuses with 403; nothing is stored either way.
#[test]
fn posting_needs_the_token() {
    let origin = server();
    let url = format!("{origin}/notices");
    let plain = ("content-type", "text/plain");
    for headers in [
        vec![plain],
        vec![plain, ("authorization", "Bearer not-the-token")],
        vec![plain, ("authorization", "Basic bm90aWNlczp0b2tlbg==")],
    ] {
        let answer = send("POST", &url, &headers, ENGLISH);
        assert_eq!(answer.status, 401, "{headers:?}: {}", answer.body);
        assert!(
            answer
                .first("www-authenticate")
                .unwrap_or_default()
                .starts_with("Bearer")
        );
    }
    assert!(!any_notice(&origin), "a refused post left a notice behind");

    let writes_off = start(None, noticegraph::config::DEFAULT_BODY_LIMIT);
    let answer = post_notice(&writes_off, "text/plain", ENGLISH);
    assert_eq!(answer.status, 403, "{}", answer.body);
    assert!(answer.body.contains("--token"), "{}", answer.body);
    assert!(!any_notice(&writes_off));
}

#[test]
fn unsupported_content_types_are_415_listing_the_accepted_ones() {
    let origin = server();
    for content_type in ["image/png", "text/turtle", "text/plain; charset=euc-kr"] {
        let answer = post_notice(&origin, content_type, ENGLISH);
        assert_eq!(answer.status, 415, "{content_type}: {}", answer.body);
        for accepted in ["text/plain", "text/html", "application/json"] {
            assert!(answer.body.contains(accepted), "{}", answer.body);
        }
    }
    // no Content-Type at all
    let auth = format!("Bearer {TOKEN}");
    let answer = send(
        "POST",
        &format!("{origin}/notices"),
        &[("authorization", &auth)],
        ENGLISH,
    );
    assert_eq!(answer.status, 415, "{}", answer.body);
    assert!(!any_notice(&origin));
}

#[test]
fn empty_and_unsupported_language_notices_are_422() {
    let origin = server();
    // (Content-Type, body, what the message says)
    let cases: &[(&str, &str, &str)] = &[
        ("text/plain", "", "no text"),
        ("text/plain", " \n\t\u{3000}\n ", "no text"),
        (
            "text/plain",
            "title: Only a header\ndate: 2031-01-01\n\n",
            "no text",
        ),
        (
            "application/json",
            r#"{"title": "Blank", "text": "   "}"#,
            "no text",
        ),
        (
            "text/html",
            "<html><body><nav>HOME</nav></body></html>",
            "no text",
        ),
        (
            "text/plain",
            "政府は本日、東京で新しい国際会議を開催すると発表しました。多くの国の代表が参加する予定です。",
            "\"ja\"",
        ),
        (
            "text/plain",
            "政府今天宣布，将于六月在北京举办一次新的国际会议，多个国家的代表将出席。",
            "\"zh\"",
        ),
    ];
    for (content_type, body, says) in cases {
        let answer = post_notice(&origin, content_type, *body);
        assert_eq!(answer.status, 422, "{body:?}: {}", answer.body);
        assert!(answer.body.contains(says), "{body:?}: {}", answer.body);
    }
    let japanese = post_notice(&origin, "text/plain", cases[5].1);
    assert!(
        japanese.body.contains("Korean (ko) and English (en)"),
        "{}",
        japanese.body
    );
    assert!(!any_notice(&origin));
}

#[test]
fn bodies_that_are_not_utf8_or_not_json_are_400() {
    let origin = server();
    // "Korea will host" with an EUC-KR byte pair in the middle
    let mut latin = b"Korea will host the Example Workshop ".to_vec();
    latin.extend_from_slice(&[0xC7, 0xD1, 0xB1, 0xB9]);
    latin.extend_from_slice(b" in Busan next year.");
    for content_type in ["text/plain", "text/html", "application/json"] {
        let answer = post_notice(&origin, content_type, latin.clone());
        assert_eq!(answer.status, 400, "{content_type}: {}", answer.body);
        assert!(answer.body.contains("UTF-8"), "{}", answer.body);
        assert!(answer.body.contains("offset 37"), "{}", answer.body);
    }
    for body in [
        r#"{"title": "no text field"}"#,
        "[1, 2]",
        "{not json",
        r#"{"text": "Korea will host a workshop.", "date": "2031-13-45"}"#,
    ] {
        let answer = post_notice(&origin, "application/json", body);
        assert_eq!(answer.status, 400, "{body}: {}", answer.body);
        assert!(answer.body.contains("JSON"), "{}", answer.body);
    }
    assert!(!any_notice(&origin));
}

#[test]
fn bodies_over_the_limit_are_413() {
    let origin = start(Some(TOKEN), 200);
    let answer = post_notice(&origin, "text/plain", ENGLISH.repeat(2));
    assert_eq!(answer.status, 413, "{}", answer.body);
    assert!(answer.body.contains("--body-limit"), "{}", answer.body);
    // the rest of the body is never read: the server closes the connection and says so
    assert_eq!(answer.header("connection"), "close");
    assert!(!any_notice(&origin));
}

/// Re-posting a notice (same `source`) replaces its graph: the old text's facts are gone,
/// the graph holds one notice text, and posting the same notice again changes nothing.
#[test]
fn reposting_a_notice_replaces_its_graph() {
    let origin = server();
    let notice = |text: &str| {
        serde_json::json!({
            "title": "Example forum announced",
            "date": "2031-05-01",
            "source": "https://example.org/notices/en/77",
            "text": text,
        })
        .to_string()
    };
    let first = post_notice(
        &origin,
        "application/json",
        notice("Korea will host the Example Forum 2032 in Tallinn, Estonia, the ministry said."),
    );
    assert_eq!(first.status, 201, "{}", first.body);
    let second_text = "Korea will host the Example Forum 2032 in Paris, France, the ministry said.";
    let second = post_notice(&origin, "application/json", notice(second_text));
    assert_eq!(second.status, 201, "{}", second.body);
    assert_eq!(
        first.first("location"),
        second.first("location"),
        "same source, same notice"
    );
    let (iri, graph) = {
        let s = second.json();
        (
            s["iri"].as_str().unwrap().to_string(),
            s["graph"].as_str().unwrap().to_string(),
        )
    };
    let texts = values(
        &origin,
        &format!("{PREFIXES} SELECT ?v WHERE {{ GRAPH <{graph}> {{ ?c nif:isString ?v }} }}"),
    );
    assert_eq!(texts, [second_text]);
    assert!(!ask(
        &origin,
        &format!("{PREFIXES} ASK {{ <{iri}> schema:mentions <{origin}/id/country/ee> }}")
    ));
    assert!(ask(
        &origin,
        &format!("{PREFIXES} ASK {{ <{iri}> schema:mentions <{origin}/id/country/fr> }}")
    ));
    let count = "SELECT (COUNT(*) AS ?v) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let before = values(&origin, count);
    assert_eq!(before, [second.json()["quads"].to_string()]);
    let third = post_notice(&origin, "application/json", notice(second_text));
    assert_eq!(third.status, 201, "{}", third.body);
    assert_eq!(third.json(), second.json());
    assert_eq!(values(&origin, count), before, "re-posting is idempotent");
}
