//! `/search?q=` and `/{lang}/search?q=`: things whose label or alias (`rdfs:label`,
//! `skos:altLabel`) in either language contains the query, case-insensitively. A trailing
//! Korean particle is stripped first ([`crate::ingest::particles::strip_particle`]:
//! `에스토니아는` searches `에스토니아`). The answer is JSON for now (the localized HTML
//! page is still to come): `{"q", "term", "results": [{"iri", "label", "lang", "kind",
//! "href"}]}`, where `href` is the thing's page in the request's language (the path's
//! `{lang}`, else the `lang` cookie or `Accept-Language`).

use super::error::AppError;
use super::queries;
use super::resource::request_language;
use crate::model::Lang;
use crate::state::{App, AppState, blocking};
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Json, Response};
use axum::routing::get;
use oxigraph::model::Term;
use serde::{Deserialize, Serialize};

/// At most this many label rows are read per search.
pub const SEARCH_LIMIT: usize = 50;

/// The search routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/search", get(search))
        .route("/{lang}/search", get(search_in))
}

/// The query string: `q`, the text searched for.
#[derive(Debug, Deserialize)]
pub struct Params {
    /// The text searched for (absent is the same as empty).
    #[serde(default)]
    pub q: String,
}

/// One thing found.
#[derive(Debug, Serialize, PartialEq)]
pub struct Hit {
    /// The thing's IRI.
    pub iri: String,
    /// The label or alias that matched.
    pub label: String,
    /// Its language tag (`ko`, `en`; empty when untagged).
    pub lang: String,
    /// Its kind segment (`org`, `country`, …) or `notice`.
    pub kind: String,
    /// Its HTML page path in the request's language.
    pub href: String,
}

/// The JSON answer.
#[derive(Debug, Serialize)]
pub struct Answer {
    /// The query as given.
    pub q: String,
    /// What was searched for: the query trimmed, lowercased, its trailing particle removed.
    pub term: String,
    /// The things found, one entry per thing, shortest matching label first.
    pub results: Vec<Hit>,
}

async fn search(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<Params>,
) -> Result<Response, AppError> {
    let lang = request_language(&headers);
    answer(state, lang, params.q).await
}

async fn search_in(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(params): Query<Params>,
) -> Result<Response, AppError> {
    let lang = match lang.as_str() {
        "ko" => Lang::Ko,
        "en" => Lang::En,
        other => return Err(AppError::NotFound(format!("/{other}/search"))),
    };
    answer(state, lang, params.q).await
}

async fn answer(state: AppState, lang: Lang, q: String) -> Result<Response, AppError> {
    let term = search_term(&q);
    let results = if term.is_empty() {
        Vec::new()
    } else {
        let term = term.clone();
        blocking(move || find(&state, &term, lang)).await?
    };
    Ok(Json(Answer { q, term, results }).into_response())
}

/// The term searched for `q`: trimmed, lowercased, and with a trailing Korean particle
/// removed from its last word (`"에스토니아는"` → `"에스토니아"`, `"OECD의"` → `"oecd"`).
/// Words without a particle are kept whole; the result may be empty.
pub fn search_term(q: &str) -> String {
    let q = q.trim();
    let last_start = q
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + q[i..].chars().next().map_or(0, char::len_utf8));
    let (head, last) = q.split_at(last_start);
    let (stem, _) = crate::ingest::particles::strip_particle(last);
    format!("{head}{stem}").to_lowercase()
}

/// Runs the search query for `term` (already lowercased) and keeps one hit per thing
/// that has a page (an entity or a notice under the base IRI), hrefs in `lang`.
///
/// # Errors
/// The store's error when the query fails.
fn find(app: &App, term: &str, lang: Lang) -> Result<Vec<Hit>, AppError> {
    let rows = app
        .store
        .select(&queries::searching(queries::SEARCH, term, SEARCH_LIMIT))?;
    let mut hits: Vec<Hit> = Vec::new();
    for row in rows {
        let (Some(Term::NamedNode(thing)), Some(Term::Literal(label))) =
            (row.get("thing"), row.get("label"))
        else {
            continue;
        };
        if hits.iter().any(|h| h.iri == thing.as_str()) {
            continue;
        }
        let (kind, href) = if let Some(key) = app.iris.parse_entity(thing.as_str()) {
            let kind = key.kind.segment();
            (kind, format!("/{lang}/{kind}/{}", key.slug))
        } else if let Some(id) = app.iris.parse_notice(thing.as_str()) {
            ("notice", format!("/{lang}/notices/{id}"))
        } else {
            continue;
        };
        hits.push(Hit {
            iri: thing.as_str().to_string(),
            label: label.value().to_string(),
            lang: label.language().unwrap_or("").to_string(),
            kind: kind.to_string(),
            href,
        });
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_term_strips_a_trailing_particle() {
        assert_eq!(search_term("에스토니아는"), "에스토니아");
        assert_eq!(search_term("  대한민국이 "), "대한민국");
        assert_eq!(search_term("OECD의"), "oecd");
        assert_eq!(search_term("탈린에서"), "탈린");
        assert_eq!(search_term("경제 협력을"), "경제 협력");
    }

    #[test]
    fn search_term_keeps_words_without_a_particle() {
        assert_eq!(search_term("Estonia"), "estonia");
        assert_eq!(search_term("E-Leaders Meeting"), "e-leaders meeting");
        assert_eq!(search_term("인도"), "인도");
        assert_eq!(search_term("대만"), "대만");
        assert_eq!(search_term("   "), "");
    }
}
