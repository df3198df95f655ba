//! The SPARQL query page: what `/sparql` answers a browser. A request whose `Accept`
//! prefers `text/html` over every protocol format ([`wants_html`]) gets an HTML page in
//! Korean or English (the `lang=` parameter, else `Accept-Language`, then the `lang`
//! cookie, as the other pages): an editor pre-filled with the project's `PREFIX` lines
//! ([`sparql_prologue`], the list Turtle output uses), a result-format selector, the
//! example gallery ([`super::examples`]) and, when the request carries a query, its
//! results as an escaped HTML table. Every example and the query that was run are plain
//! `GET /sparql?query=…` links, so a page can be shared by its URL.
//!
//! Other clients never see this page: `*/*`, an absent `Accept` and every SPARQL or RDF
//! type keep today's protocol answers, because `text/html` is offered last.
//!
//! The page loads no resource from another host and no inline style or script: its CSS
//! and JS are served here (`/assets/query.css`, `/assets/query.js`), and it is sent with
//! the Content-Security-Policy [`CSP`]. Query errors stay the endpoint's plain-text 4xx
//! (the service never answers an error with HTML that echoes the request).

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
use axum::http::{HeaderMap, HeaderValue, header};
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

/// Answers a browser: the query page, with `query`'s results when there is one, in
/// `lang` when the request chose one (`lang=`), else the request's language.
/// Errors: the query's (syntax, evaluation, timeout), as the protocol answers them.
pub async fn answer(
    state: AppState,
    headers: &HeaderMap,
    query: Option<String>,
    dataset: ProtocolDataset,
    chosen: Option<Lang>,
) -> Result<Response, AppError> {
    let lang = chosen.unwrap_or_else(|| request_language(headers));
    let results = match &query {
        Some(text) => Some(run(&state, text.clone(), dataset).await?),
        None => None,
    };
    let body = blocking(move || page(&state, lang, query, results)).await?;
    let mut response = (
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

/// The distinct formats of `offers`, in their order, as selector choices.
fn choices<F: Copy + PartialEq>(
    offers: Vec<(&'static str, F)>,
    name: impl Fn(F) -> &'static str,
) -> Vec<FormatChoice> {
    let mut seen: Vec<F> = Vec::new();
    let mut out = Vec::new();
    for (media, format) in offers {
        if !seen.contains(&format) {
            seen.push(format);
            out.push(FormatChoice {
                media: media.to_string(),
                name: name(format).to_string(),
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

/// Builds and renders the page.
fn page(
    state: &AppState,
    lang: Lang,
    query: Option<String>,
    results: Option<Raw>,
) -> Result<String, AppError> {
    let l10n = &state.localizer;
    let mut t = BTreeMap::new();
    for id in Localizer::ids(lang) {
        if let Some(key) = id.strip_prefix("query-") {
            if key != "rows" && key != "truncated" {
                t.insert(key.replace('-', "_"), l10n.text(lang, &id));
            }
        }
    }
    for id in ["site-title", "switch-language", "nav-home"] {
        t.insert(id.replace('-', "_"), l10n.text(lang, id));
    }
    let base = state.iris.base().to_string();
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
    let share_href = query.as_deref().map(share_link);
    let twin = lang.other();
    let twin_href = match &query {
        Some(q) => format!("{}&lang={twin}", share_link(q)),
        None => format!("/sparql?lang={twin}"),
    };
    let examples = GALLERY
        .iter()
        .map(|e| {
            let query = e.query();
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
        share_href,
        result_formats: choices(result_offers(), QueryResultsFormat::name),
        graph_formats: choices(graph_offers(), RdfFormat::name),
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
