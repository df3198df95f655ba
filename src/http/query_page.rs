//! The SPARQL query page: what `/sparql` answers a browser. A request whose `Accept`
//! prefers `text/html` over every protocol format ([`wants_html`]) gets an HTML page in
//! Korean or English (the `lang=` parameter, else `Accept-Language`, then the `lang`
//! cookie, as the other pages): an editor pre-filled with the project's `PREFIX` lines
//! ([`sparql_prologue`], the list Turtle output uses), a result-format selector, the
//! example gallery ([`super::examples`], in the page's language) and, when the request
//! carries a query, its results as an escaped HTML table.
//!
//! Short queries travel as `GET /sparql?query=…`, so a page can be shared by its URL; the
//! page shows that link ([`share_link`]). A query whose link would be longer than
//! `config.url_limit` (which the server answers 414) goes by form `POST` instead: the page
//! tells its script the limit (`data-url-limit` on the form), and the script switches the
//! form (and its own fetches) to `POST` when the query would pass it; without the script,
//! a second button posts the form. Such a query gets no link: the page says it is too long
//! to share and offers it as a `.rq` download.
//!
//! A query that fails (syntax, evaluation, a refused `SERVICE`, a timeout) is answered
//! with the page itself, under the error's status code: the error message is shown next
//! to the editor, which keeps the query ([`shown_in_page`]). Both are escaped text.
//!
//! Other clients never see this page: `*/*`, an absent `Accept` and every SPARQL or RDF
//! type keep today's protocol answers (plain-text errors included), because `text/html`
//! is offered last.
//!
//! The page loads no resource from another host and no inline style or script: its CSS
//! and JS are served here (`/assets/query.css`, `/assets/query.js`), and it is sent with
//! the Content-Security-Policy [`CSP`].

use super::error::AppError;
use super::examples::GALLERY;
use super::negotiate::{graph_offers, negotiate, result_offers};
use super::resource::request_language;
use crate::l10n::Localizer;
use crate::model::Lang;
use crate::rdf::vocab::{PREFIXES, sparql_prologue};
use crate::state::{AppState, blocking};
use crate::store::{ProtocolDataset, QueryForm, ResultFormat};
use crate::web::{self, Cell, ExampleView, FormatChoice, QueryPage, Results};
use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use fluent_bundle::FluentArgs;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Term;
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use std::collections::BTreeMap;

/// The Content-Security-Policy of the query page: everything from this origin only, no
/// `<base>`, forms submit here only, no framing.
pub const CSP: &str =
    "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The routes of the page's own assets.
pub fn router() -> axum::Router<AppState> {
    Router::new()
        .route("/assets/query.css", get(css))
        .route("/assets/query.js", get(js))
}

async fn css() -> Response {
    asset("text/css; charset=utf-8", web::QUERY_CSS)
}

async fn js() -> Response {
    asset("text/javascript; charset=utf-8", web::QUERY_JS)
}

fn asset(media: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, media),
            (header::CACHE_CONTROL, "public, max-age=3600"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// Whether a client with this `Accept` header should get the HTML page: `text/html` (or
/// `application/xhtml+xml`) is preferred over every SPARQL results and RDF format. HTML is
/// offered last, so `*/*` and an empty `Accept` keep the protocol's defaults.
pub fn wants_html(accept: &str) -> bool {
    let mut offers: Vec<(&str, bool)> = result_offers()
        .into_iter()
        .map(|(media, _)| (media, false))
        .collect();
    offers.extend(graph_offers().into_iter().map(|(media, _)| (media, false)));
    offers.push(("text/html", true));
    offers.push(("application/xhtml+xml", true));
    negotiate(accept, &offers).unwrap_or(false)
}

/// The shareable link of `query`: `/sparql?query=…`.
pub fn share_link(query: &str) -> String {
    format!(
        "/sparql?query={}",
        utf8_percent_encode(query, NON_ALPHANUMERIC)
    )
}

/// Whether `link` (a path and query string, as [`share_link`] makes it) fits in a request
/// target of at most `limit` bytes: the server answers longer ones 414.
pub fn fits_url_limit(link: &str, limit: usize) -> bool {
    link.len() <= limit
}

/// The status code under which the page shows `error` next to the editor, or `None` when
/// the error is not the query's (a store or rendering failure), which keeps the plain
/// answer: 400 for a query that does not parse or cannot be evaluated (or a dataset
/// conflict), 403 for a refused `SERVICE`, 503 for a timeout.
pub fn shown_in_page(error: &AppError) -> Option<StatusCode> {
    match error {
        AppError::Syntax(_) | AppError::Evaluation(_) | AppError::BadRequest(_) => {
            Some(StatusCode::BAD_REQUEST)
        }
        AppError::Forbidden(_) => Some(StatusCode::FORBIDDEN),
        AppError::Timeout(_) => Some(StatusCode::SERVICE_UNAVAILABLE),
        _ => None,
    }
}

/// What running the request's query gave: results, or an error shown in the page.
enum Outcome {
    /// No query was sent.
    Nothing,
    /// The query's results.
    Ran(Raw),
    /// The query failed: the status of the answer and the error message.
    Failed(StatusCode, String),
}

/// Answers a browser: the query page, with `query`'s results when there is one, in
/// `lang` when the request chose one (`lang=`), else the request's language. A query
/// that fails is shown in the page with its error, under the error's status code (see
/// [`shown_in_page`]). Errors: store and rendering failures.
pub async fn answer(
    state: AppState,
    headers: &HeaderMap,
    query: Option<String>,
    dataset: ProtocolDataset,
    chosen: Option<Lang>,
) -> Result<Response, AppError> {
    let lang = chosen.unwrap_or_else(|| request_language(headers));
    let outcome = match &query {
        Some(text) => match run(&state, text.clone(), dataset).await {
            Ok(raw) => Outcome::Ran(raw),
            Err(e) => match shown_in_page(&e) {
                Some(status) => Outcome::Failed(status, e.to_string()),
                None => return Err(e),
            },
        },
        None => Outcome::Nothing,
    };
    let status = match &outcome {
        Outcome::Failed(status, _) => *status,
        _ => StatusCode::OK,
    };
    let body = blocking(move || page(&state, lang, query, outcome)).await?;
    let mut response = (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response();
    let headers = response.headers_mut();
    headers.append(
        header::VARY,
        HeaderValue::from_static("accept-language, cookie"),
    );
    if chosen.is_some() {
        // remembered like the other pages' language
        if let Ok(cookie) = HeaderValue::from_str(&format!(
            "lang={lang}; Path=/; Max-Age=31536000; SameSite=Lax"
        )) {
            headers.insert(header::SET_COOKIE, cookie);
        }
    }
    Ok(response)
}

/// What a query returned, before localization.
enum Raw {
    Boolean(bool),
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<Option<Term>>>,
        total: usize,
    },
}

/// Runs `query` like the protocol does (same timeout, same dataset rules), asking for
/// SPARQL JSON results or N-Triples, and reads back at most `config.page_rows` rows.
async fn run(state: &AppState, query: String, dataset: ProtocolDataset) -> Result<Raw, AppError> {
    let base = format!("{}sparql", state.iris.base());
    let timeout = state.config.query_timeout;
    let limit = state.config.page_rows;
    let store = state.store.clone();
    let run = blocking(move || {
        let choose = |form: QueryForm| {
            Some(match form {
                QueryForm::Select | QueryForm::Ask => {
                    ResultFormat::Results(QueryResultsFormat::Json)
                }
                QueryForm::Graph => ResultFormat::Graph(RdfFormat::NTriples),
            })
        };
        let response = store.query_in(&query, &dataset, Some(&base), timeout, &choose)?;
        read_back(&response.body, response.format, limit)
    });
    tokio::time::timeout(timeout + super::sparql::TIMEOUT_GRACE, run)
        .await
        .map_err(|_| AppError::Timeout(timeout))?
}

/// Parses serialized results back into terms, keeping the first `limit` rows.
fn read_back(body: &[u8], format: ResultFormat, limit: usize) -> Result<Raw, AppError> {
    let unreadable = |e: &dyn std::fmt::Display| AppError::Render(format!("reading results: {e}"));
    match format {
        ResultFormat::Results(format) => {
            let parsed = QueryResultsParser::from_format(format)
                .for_slice(body)
                .map_err(|e| unreadable(&e))?;
            match parsed {
                SliceQueryResultsParserOutput::Boolean(b) => Ok(Raw::Boolean(b)),
                SliceQueryResultsParserOutput::Solutions(solutions) => {
                    let variables: Vec<_> = solutions.variables().to_vec();
                    let mut rows = Vec::new();
                    let mut total = 0;
                    for solution in solutions {
                        let solution = solution.map_err(|e| unreadable(&e))?;
                        total += 1;
                        if rows.len() < limit {
                            rows.push(variables.iter().map(|v| solution.get(v).cloned()).collect());
                        }
                    }
                    Ok(Raw::Table {
                        columns: variables.iter().map(|v| v.as_str().to_string()).collect(),
                        rows,
                        total,
                    })
                }
            }
        }
        ResultFormat::Graph(format) => {
            let mut rows = Vec::new();
            let mut total = 0;
            for triple in RdfParser::from_format(format).for_slice(body) {
                let quad = triple.map_err(|e| unreadable(&e))?;
                total += 1;
                if rows.len() < limit {
                    rows.push(vec![
                        Some(Term::from(quad.subject)),
                        Some(Term::from(quad.predicate)),
                        Some(quad.object),
                    ]);
                }
            }
            Ok(Raw::Table {
                columns: ["subject", "predicate", "object"]
                    .map(String::from)
                    .to_vec(),
                rows,
                total,
            })
        }
    }
}

/// A term as a table cell: IRIs shortened with [`PREFIXES`] and, when they are things of
/// this service (under its base IRI), linked by path; literals as their value with their
/// language, or with a shortened datatype unless it is a plain string or number.
fn cell(term: Option<&Term>, base: &str) -> Cell {
    use oxigraph::model::vocab::xsd;
    let short = |iri: &str| {
        PREFIXES
            .iter()
            .find_map(|(p, ns)| iri.strip_prefix(ns).map(|local| format!("{p}:{local}")))
            .unwrap_or_else(|| format!("<{iri}>"))
    };
    let mut out = Cell {
        text: String::new(),
        href: None,
        lang: None,
    };
    match term {
        None => {}
        Some(Term::NamedNode(n)) => {
            out.text = short(n.as_str());
            out.href = n
                .as_str()
                .strip_prefix(base)
                .filter(|rest| rest.starts_with("id/"))
                .map(|rest| format!("/{rest}"));
        }
        Some(Term::Literal(l)) => {
            out.text = match l.language() {
                Some(lang) => {
                    out.lang = Some(lang.to_string());
                    l.value().to_string()
                }
                None if [xsd::STRING, xsd::INTEGER, xsd::DECIMAL, xsd::DOUBLE]
                    .contains(&l.datatype()) =>
                {
                    l.value().to_string()
                }
                None => format!("{}^^{}", l.value(), short(l.datatype().as_str())),
            };
        }
        Some(other) => out.text = other.to_string(),
    }
    out
}

/// The distinct formats of `offers`, in their order, as selector choices named by `name`.
fn choices<F: Copy + PartialEq>(
    offers: Vec<(&'static str, F)>,
    name: impl Fn(F) -> String,
) -> Vec<FormatChoice> {
    let mut seen: Vec<F> = Vec::new();
    let mut out = Vec::new();
    for (media, format) in offers {
        if !seen.contains(&format) {
            seen.push(format);
            out.push(FormatChoice {
                media: media.to_string(),
                name: name(format),
            });
        }
    }
    out
}

/// The default text of the editor: the prefixes and a first question.
fn starter_query() -> String {
    format!(
        "{}\nSELECT ?event ?label ?start WHERE {{\n  ?event a schema:Event ; rdfs:label ?label .\n  OPTIONAL {{ ?event schema:startDate ?start }}\n}}\nORDER BY ?start\nLIMIT 20\n",
        sparql_prologue()
    )
}

/// The `query-` messages that take arguments, formatted where they are used.
const MESSAGES_WITH_ARGS: [&str; 4] = ["rows", "truncated", "share-too-long", "results-format"];

/// The name of a SPARQL results format in `lang` (`SPARQL Results in JSON`, `SPARQL 결과
/// (JSON)`): the message `query-results-format` with the syntax's name Oxigraph gives.
fn results_format_name(l10n: &Localizer, lang: Lang, format: QueryResultsFormat) -> String {
    let name = format.name();
    let syntax = name.strip_prefix("SPARQL Results in ").unwrap_or(name);
    let mut args = FluentArgs::new();
    args.set("syntax", syntax);
    l10n.text_with(lang, "query-results-format", &args)
}

/// Builds and renders the page.
fn page(
    state: &AppState,
    lang: Lang,
    query: Option<String>,
    outcome: Outcome,
) -> Result<String, AppError> {
    let l10n = &state.localizer;
    let url_limit = state.config.url_limit;
    let mut t = BTreeMap::new();
    for id in Localizer::ids(lang) {
        if let Some(key) = id.strip_prefix("query-") {
            if !MESSAGES_WITH_ARGS.contains(&key) {
                t.insert(key.replace('-', "_"), l10n.text(lang, &id));
            }
        }
    }
    for id in [
        "site-title",
        "switch-language",
        "nav-home",
        "search-label",
        "search-placeholder",
        "search-button",
    ] {
        t.insert(id.replace('-', "_"), l10n.text(lang, id));
    }
    let base = state.iris.base().to_string();
    let (results, error) = match outcome {
        Outcome::Nothing => (None, None),
        Outcome::Ran(raw) => (Some(raw), None),
        Outcome::Failed(_, message) => (None, Some(message)),
    };
    let results = results.map(|raw| match raw {
        Raw::Boolean(b) => Results {
            boolean: Some(b),
            ..Results::default()
        },
        Raw::Table {
            columns,
            rows,
            total,
        } => {
            let mut args = FluentArgs::new();
            args.set("count", total);
            let count_text = l10n.text_with(lang, "query-rows", &args);
            let truncated_text = (rows.len() < total).then(|| {
                let mut args = FluentArgs::new();
                args.set("shown", rows.len());
                l10n.text_with(lang, "query-truncated", &args)
            });
            Results {
                rows: rows
                    .iter()
                    .map(|row| row.iter().map(|t| cell(t.as_ref(), &base)).collect())
                    .collect(),
                columns,
                boolean: None,
                total,
                count_text,
                truncated_text,
            }
        }
    });
    let link = query
        .as_deref()
        .map(share_link)
        .filter(|link| fits_url_limit(link, url_limit));
    let share_too_long = (query.is_some() && link.is_none()).then(|| {
        let mut args = FluentArgs::new();
        args.set("limit", url_limit);
        l10n.text_with(lang, "query-share-too-long", &args)
    });
    let twin = lang.other();
    // the twin page keeps the query while its link fits
    let twin_href = link
        .as_deref()
        .map(|link| format!("{link}&lang={twin}"))
        .filter(|href| fits_url_limit(href, url_limit))
        .unwrap_or_else(|| format!("/sparql?lang={twin}"));
    let examples = GALLERY
        .iter()
        .map(|e| {
            let query = e.query(lang);
            ExampleView {
                id: e.id.to_string(),
                title: l10n.text(lang, &e.title_id()),
                description: l10n.text(lang, &e.description_id()),
                href: share_link(&query),
                query,
            }
        })
        .collect();
    let page = QueryPage {
        lang: lang.tag().to_string(),
        twin_lang: twin.tag().to_string(),
        twin_href,
        t,
        query: query.unwrap_or_else(starter_query),
        url_limit,
        share_href: link,
        share_too_long,
        error,
        result_formats: choices(result_offers(), |f| results_format_name(l10n, lang, f)),
        graph_formats: choices(graph_offers(), |f| f.name().to_string()),
        results,
        examples,
    };
    Ok(web::render_query_page(&page)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_browsers_get_html() {
        for (accept, want) in [
            ("", false),
            ("*/*", false),
            ("application/sparql-results+json", false),
            ("text/csv", false),
            ("text/turtle", false),
            ("application/xml", false),
            ("text/*", false),
            ("text/html", true),
            (
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                true,
            ),
            ("application/sparql-results+json, text/html;q=0.5", false),
            ("text/html;q=0", false),
        ] {
            assert_eq!(wants_html(accept), want, "Accept: {accept:?}");
        }
    }

    #[test]
    fn long_links_do_not_fit_the_url_limit() {
        // a Hangul character is 3 bytes, 9 once percent-encoded
        let query = "SELECT * { ?s ?p \"탈린\" }";
        let link = share_link(query);
        assert!(link.starts_with("/sparql?query=SELECT%20"), "{link}");
        assert!(link.contains("%ED%83%88%EB%A6%B0"), "{link}");
        assert!(fits_url_limit(&link, link.len()));
        assert!(!fits_url_limit(&link, link.len() - 1));
        let long = format!("ASK {{}} # {}", "가".repeat(1000));
        assert!(!fits_url_limit(&share_link(&long), 8 * 1024));
    }

    #[test]
    fn query_errors_are_shown_in_the_page_store_failures_are_not() {
        use std::time::Duration;
        for (error, status) in [
            (AppError::Syntax("x".into()), Some(400)),
            (AppError::Evaluation("x".into()), Some(400)),
            (AppError::BadRequest("x".into()), Some(400)),
            (AppError::Forbidden("x".into()), Some(403)),
            (AppError::Timeout(Duration::from_secs(1)), Some(503)),
            (AppError::Storage("x".into()), None),
            (AppError::Render("x".into()), None),
        ] {
            assert_eq!(
                shown_in_page(&error).map(|s| s.as_u16()),
                status,
                "{error:?}"
            );
        }
    }

    #[test]
    fn cells_link_only_things_of_this_service() {
        let base = "http://127.0.0.1:8080/";
        let iri = |s: &str| Term::NamedNode(oxigraph::model::NamedNode::new(s).unwrap());
        let c = cell(Some(&iri("http://127.0.0.1:8080/id/org/oecd")), base);
        assert_eq!(c.href.as_deref(), Some("/id/org/oecd"));
        let c = cell(Some(&iri("https://schema.org/Event")), base);
        assert_eq!((c.text.as_str(), c.href), ("schema:Event", None));
        let c = cell(Some(&iri("https://evil.example/x")), base);
        assert_eq!(
            (c.text.as_str(), c.href),
            ("<https://evil.example/x>", None)
        );
        let l = Term::Literal(
            oxigraph::model::Literal::new_language_tagged_literal_unchecked("탈린", "ko"),
        );
        let c = cell(Some(&l), base);
        assert_eq!((c.text.as_str(), c.lang.as_deref()), ("탈린", Some("ko")));
        assert_eq!(cell(None, base).text, "");
    }
}
