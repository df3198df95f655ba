//! Linked data (<https://www.w3.org/TR/cooluris/>, the 303 recipe): a thing's IRI
//! `GET /id/{kind}/{slug}` (and `/id/notice/{id}`) answers `303 See Other` to a document
//! about it — the HTML page `/{lang}/{kind}/{slug}` (`/{lang}/notices/{id}`) for browsers,
//! the RDF document `/data/{kind}/{slug}.{ttl|nt|jsonld|rdf}` for RDF clients — chosen by
//! `Accept`, the page language by `Accept-Language` (then the `lang` cookie, then `en`).
//!
//! `GET /data/{kind}/{slug}.{ext}` is the description: the thing's own triples, the labels
//! of what it links to, and the notices that mention it (`queries/describe.rq`). Things the
//! store knows nothing about are `404` on both routes.
//!
//! A slug may be any path segment, not only a minted one (`[a-z0-9-]`): a resource that a
//! SPARQL Update or a Graph Store write put under `{base}id/` (`…/id/topic/한국어`) is
//! served too. The slug is taken in its IRI form (RFC 3987 §5.3.2.3, as
//! [`crate::rdf::uri::normalize_path`] gives it), so `/id/topic/한국어`,
//! `/id/topic/%ED%95%9C…` and `/id/topic/%ed%95%9c…` are one resource; the store is asked
//! for that IRI, and when it holds nothing under it, for its ASCII form
//! ([`crate::rdf::uri::to_uri`], for data that spelled the IRI percent-encoded).
//!
//! Every `303` names its target absolutely under the base IRI, in ASCII: behind a proxy
//! that serves the service under a path (`--base-iri http://host/path/`) the client is
//! sent to `http://host/path/data/…`.

use super::error::AppError;
use super::negotiate::{JSON_LD, negotiate};
use super::queries;
use crate::model::{EntityKind, Lang};
use crate::rdf::iri::Iris;
use crate::state::{AppState, blocking};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;

/// The `/id/…` and `/data/…` routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/id/{kind}/{slug}", get(identify))
        .route("/data/{kind}/{file}", get(document))
}

/// What a linked-data client may be sent to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Html,
    Rdf(RdfFormat),
}

/// The RDF document formats, by file extension.
const DOCUMENT_FORMATS: [(&str, RdfFormat); 4] = [
    ("ttl", RdfFormat::Turtle),
    ("nt", RdfFormat::NTriples),
    ("jsonld", JSON_LD),
    ("rdf", RdfFormat::RdfXml),
];

/// A thing addressed by `/id/{kind}/{slug}`: an entity of a known kind, or a notice.
#[derive(Debug, Clone)]
pub(crate) struct Thing {
    /// `org`, `event`, … or `notice`.
    pub kind: &'static str,
    /// The slug (or notice id).
    pub slug: String,
}

impl Thing {
    /// Validates a kind segment and a slug (percent-decoded, as axum's `Path` gives it);
    /// `None` for an unknown kind, an empty, `.` or `..` slug, or one whose IRI form is no
    /// valid IRI path segment (RFC 3987 leaves out private-use characters and
    /// noncharacters such as U+E000 or U+FFFE): its IRI is pasted into SPARQL text, so
    /// it must parse. The slug is kept in its IRI form ([`iri_segment`]).
    pub fn parse(kind: &str, slug: &str) -> Option<Thing> {
        let kind = if kind == "notice" {
            "notice"
        } else {
            EntityKind::from_segment(kind)?.segment()
        };
        if matches!(slug, "" | "." | "..") {
            return None;
        }
        let slug = iri_segment(slug);
        NamedNode::new(format!("http://x.invalid/{slug}")).ok()?;
        Some(Thing { kind, slug })
    }

    /// The same thing with its slug in ASCII ([`crate::rdf::uri::to_uri`]), when that
    /// differs: how data that percent-encodes the IRI names it.
    fn ascii(&self) -> Option<Thing> {
        let slug = crate::rdf::uri::to_uri(&self.slug);
        (slug != self.slug).then_some(Thing {
            kind: self.kind,
            slug,
        })
    }

    /// Its IRI under the configured base.
    pub fn iri_in(&self, iris: &Iris) -> NamedNode {
        match EntityKind::from_segment(self.kind) {
            Some(kind) => iris.entity(&crate::model::EntityKey::new(kind, self.slug.clone())),
            None => iris.notice(&self.slug),
        }
    }

    /// Its HTML page path in `lang`.
    pub fn page(&self, lang: Lang) -> String {
        if self.kind == "notice" {
            format!("/{lang}/notices/{}", self.slug)
        } else {
            format!("/{lang}/{}/{}", self.kind, self.slug)
        }
    }

    /// Its RDF document path with extension `ext`.
    pub fn data(&self, ext: &str) -> String {
        format!("/data/{}/{}.{ext}", self.kind, self.slug)
    }

    /// Its RDF documents (`GET /data/…` answers each), as `(media type, path)` pairs,
    /// Turtle first: what a page links as `<link rel="alternate">`.
    pub fn documents(&self) -> Vec<(String, String)> {
        DOCUMENT_FORMATS
            .iter()
            .map(|(ext, format)| (format.media_type().to_string(), self.data(ext)))
            .collect()
    }
}

/// A decoded path segment in its IRI form: every character percent-encoded, then
/// [`crate::rdf::uri::normalize_path`] (unreserved ASCII and non-ASCII characters become
/// characters again, the rest stays escaped with uppercase hex). A minted slug
/// (`[a-z0-9-]`) is unchanged.
fn iri_segment(decoded: &str) -> String {
    let encoded: String = decoded.bytes().map(|b| format!("%{b:02X}")).collect();
    crate::rdf::uri::normalize_path(&encoded)
}

/// The spelling of `thing` the store knows: its IRI form, else its ASCII form; `None` when
/// the store knows neither.
async fn resolve(state: &AppState, thing: Thing) -> Result<Option<(Thing, NamedNode)>, AppError> {
    let ascii = thing.ascii();
    for thing in std::iter::once(thing).chain(ascii) {
        let iri = thing.iri_in(&state.iris);
        if exists(state, &iri).await? {
            return Ok(Some((thing, iri)));
        }
    }
    Ok(None)
}

/// `path` (root-relative, as [`Thing::page`] and [`Thing::data`] give it) as an absolute
/// ASCII URI under the base IRI, for a `Location` header.
pub(crate) fn absolute_location(iris: &Iris, path: &str) -> String {
    crate::rdf::uri::to_uri(&format!("{}{}", iris.base(), path.trim_start_matches('/')))
}

/// The page language of a request: the `lang` cookie (set when the reader chose a language
/// with a page's language switcher), then `Accept-Language` (q-values, `ko-KR`, `en-US`),
/// then `en`. The cookie comes first because browsers always send `Accept-Language`: a
/// reader's explicit choice must outrank their browser's default. Responses chosen this
/// way must carry `Vary: accept-language, cookie`.
pub(crate) fn request_language(headers: &HeaderMap) -> Lang {
    if let Some(lang) = cookie_language(headers) {
        return lang;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v: &HeaderValue| v.to_str().ok())
        .and_then(super::negotiate::language)
        .unwrap_or(Lang::En)
}

/// The language in the request's `lang` cookie (`lang=ko`), if any and supported; the
/// first such cookie across every `Cookie` header wins.
fn cookie_language(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == "lang")
        .and_then(|(_, v)| Lang::from_tag(v.trim()))
}

/// `true` when the store knows anything about `iri` (as subject or object).
pub(crate) async fn exists(state: &AppState, iri: &NamedNode) -> Result<bool, AppError> {
    let store = state.store.clone();
    let query = queries::about(queries::EXISTS, iri);
    Ok(!blocking(move || store.select(&query)).await?.is_empty())
}

/// `GET /id/{kind}/{slug}`: [`see_other`]; a browser asking for a thing the store does
/// not know gets the not-found page ([`super::pages::or_not_found`]).
async fn identify(
    State(state): State<AppState>,
    Path((kind, slug)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let answer = see_other(&state, &kind, &slug, &headers).await;
    super::pages::or_not_found(state, &headers, None, &slug, answer).await
}

/// The `303` to a document about `/id/{kind}/{slug}` chosen by `headers` (module docs).
///
/// # Errors
/// [`AppError::NotFound`] for a thing the store does not know; `406` when `Accept` allows
/// nothing offered; the store's error.
async fn see_other(
    state: &AppState,
    kind: &str,
    slug: &str,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let not_found = || AppError::NotFound(format!("/id/{kind}/{slug}"));
    let thing = Thing::parse(kind, slug).ok_or_else(not_found)?;
    let (thing, _) = resolve(state, thing).await?.ok_or_else(not_found)?;
    let mut offers = vec![
        ("text/html", Target::Html),
        ("application/xhtml+xml", Target::Html),
    ];
    offers.extend(
        DOCUMENT_FORMATS
            .iter()
            .map(|(_, f)| (f.media_type(), Target::Rdf(*f))),
    );
    offers.push(("application/json", Target::Rdf(JSON_LD)));
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let location = match negotiate(accept, &offers) {
        Some(Target::Html) => thing.page(request_language(headers)),
        Some(Target::Rdf(format)) => thing.data(format.file_extension()),
        None => return Err(AppError::not_acceptable(&offers)),
    };
    // absolute under the base, ASCII whatever the slug (RFC 3987 §3.1), as every `Location`
    let location = absolute_location(&state.iris, &location);
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, location),
            (header::VARY, "accept, accept-language, cookie".to_string()),
        ],
    )
        .into_response())
}

/// `GET /data/{kind}/{slug}.{ext}`: [`description`]; a browser asking for a thing the
/// store does not know gets the not-found page ([`super::pages::or_not_found`]).
async fn document(
    State(state): State<AppState>,
    Path((kind, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let slug = file
        .rsplit_once('.')
        .map_or(file.as_str(), |(s, _)| s)
        .to_string();
    let answer = description(&state, &kind, &file).await;
    super::pages::or_not_found(state, &headers, None, &slug, answer).await
}

/// The RDF description of the thing `/data/{kind}/{file}` names (module docs).
///
/// # Errors
/// [`AppError::NotFound`] for an unknown extension or a thing the store does not know;
/// the store's and the serializer's errors.
async fn description(state: &AppState, kind: &str, file: &str) -> Result<Response, AppError> {
    let not_found = || AppError::NotFound(format!("/data/{kind}/{file}"));
    let (slug, ext) = file.rsplit_once('.').ok_or_else(not_found)?;
    let format = DOCUMENT_FORMATS
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|(_, f)| *f)
        .ok_or_else(not_found)?;
    let thing = Thing::parse(kind, slug).ok_or_else(not_found)?;
    let (_, iri) = resolve(state, thing).await?.ok_or_else(not_found)?;
    let store = state.store.clone();
    let query = queries::about(queries::DESCRIBE, &iri);
    let triples = blocking(move || store.construct(&query)).await?;
    if triples.is_empty() {
        return Err(not_found());
    }
    // the project's prefixes: `schema:Event`, `rdfs:label`, not full IRIs
    let body = super::serialize_graph(&triples, format, &[])?;
    Ok((
        [
            (header::CONTENT_TYPE, format.media_type().to_string()),
            (
                header::LINK,
                format!(
                    "<{}>; rel=\"describes\"",
                    crate::rdf::uri::to_uri(iri.as_str())
                ),
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Slugs whose IRI form is no valid IRI (private use, noncharacters) are refused;
    /// Hangul and minted slugs are kept.
    #[test]
    fn slugs_outside_iri_characters_are_refused() {
        for bad in ["\u{E000}", "a\u{FFFE}", "\u{FDD0}x"] {
            assert!(Thing::parse("topic", bad).is_none(), "{bad:?}");
        }
        assert_eq!(Thing::parse("topic", "기후").unwrap().slug, "기후");
        assert_eq!(Thing::parse("event", "a-b-1").unwrap().slug, "a-b-1");
    }
}
