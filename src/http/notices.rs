//! `POST /notices`: ingest one notice over HTTP (DESIGN.md §HTTP surface).
//!
//! The body is one notice in one of the formats the `ingest` command reads, named by
//! `Content-Type`: `text/plain` (an optional `title:`/`date:`/`source:`/`publisher:`/`lang:`
//! header block, a blank line, then the body), `text/html` (main text only) or
//! `application/json` (`{"title", "date", "source", "publisher", "lang", "text"}`, `text`
//! required). The notice's metadata travels in the body, as it does for the CLI; there
//! are no query parameters. The work is [`crate::load::ingest_notice`], the very function
//! the CLI calls, so a notice posted here and the same file ingested from the command line
//! give the same graph: the notice's named graph `{base}graph/notice/{id}` is replaced as a
//! whole in one store write, and re-posting a notice (same `source`, or same text without
//! one) replaces it.
//!
//! Answers (every one with `Vary: Accept`):
//! - `201 Created`, `Location: <notice IRI>` (ASCII, RFC 3987 §3.1: a non-ASCII host in
//!   punycode, other non-ASCII characters percent-encoded; [`crate::rdf::uri::to_uri`]) and the extraction summary
//!   ([`crate::load::IngestSummary`]) as JSON, or as `key: value` lines for a client whose
//!   `Accept` prefers `text/plain`;
//! - `401` / `403` from [`super::auth::authorize_write`] (checked first);
//! - `415` for another `Content-Type` or a charset other than UTF-8 (the message lists
//!   [`ACCEPTED`]); `406` when `Accept` allows neither JSON nor plain text (nothing is
//!   written);
//! - `400` for a body that is not UTF-8 or a malformed JSON notice, `422` for an empty
//!   notice or one in a language other than Korean and English, `413` over `body_limit`
//!   ([`super::error::AppError`]'s `From<LoadError>`). Refused notices write nothing.

use super::error::AppError;
use super::negotiate::negotiate;
use crate::ingest::MediaType;
use crate::load::{self, IngestSummary};
use crate::state::{AppState, blocking};
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use std::fmt::Write as _;

/// The `Content-Type`s a notice may be posted in (listed by a `415`); a `charset`
/// parameter, when present, must be UTF-8.
pub const ACCEPTED: &[&str] = &[
    "text/plain; charset=utf-8",
    "text/html; charset=utf-8",
    "application/xhtml+xml",
    "application/json",
];

/// How the summary is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SummaryFormat {
    Json,
    Text,
}

/// The summary formats, default (JSON) first.
const SUMMARY_OFFERS: [(&str, SummaryFormat); 2] = [
    ("application/json", SummaryFormat::Json),
    ("text/plain; charset=utf-8", SummaryFormat::Text),
];

/// The `/notices` route.
pub fn router() -> Router<AppState> {
    Router::new().route("/notices", post(post_notice))
}

/// `POST /notices` (see the module documentation for the answers).
async fn post_notice(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let mut response = ingest(state, &headers, body)
        .await
        .unwrap_or_else(IntoResponse::into_response);
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept"));
    response
}

async fn ingest(state: AppState, headers: &HeaderMap, body: Bytes) -> Result<Response, AppError> {
    super::auth::authorize_write(&state, headers, "Posting a notice")?;
    let header_text = |name| {
        headers
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .unwrap_or_default()
    };
    let media = body_media(&header_text(header::CONTENT_TYPE))?;
    let format = negotiate(&header_text(header::ACCEPT), &SUMMARY_OFFERS)
        .ok_or_else(|| AppError::not_acceptable(&SUMMARY_OFFERS))?;
    let app = state.clone();
    let summary = blocking(move || {
        load::ingest_notice(
            app.store.as_ref(),
            &app.iris,
            app.gazetteer,
            &body,
            media,
            app.config.body_limit,
        )
    })
    .await?;
    tracing::info!(
        notice = %summary.iri,
        lang = %summary.lang,
        quads = summary.quads,
        "notice posted"
    );
    for w in &summary.warnings {
        tracing::warn!(notice = %summary.iri, "{w}");
    }
    let location = HeaderValue::from_str(&crate::rdf::uri::to_uri(&summary.iri))
        .map_err(|e| AppError::Render(format!("Location {}: {e}", summary.iri)))?;
    let (content_type, text) = match format {
        SummaryFormat::Json => (
            "application/json",
            serde_json::to_string(&summary)
                .map_err(|e| AppError::Render(format!("summary as JSON: {e}")))?,
        ),
        SummaryFormat::Text => ("text/plain; charset=utf-8", summary_text(&summary)),
    };
    Ok((
        StatusCode::CREATED,
        [
            (header::LOCATION, location),
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
        ],
        text,
    )
        .into_response())
}

/// How to read a body of `Content-Type` `content_type` (parameters other than `charset`
/// ignored). Errors: [`AppError::UnsupportedMediaType`] listing [`ACCEPTED`] for a missing
/// or other type, or a `charset` other than UTF-8 (or its subset US-ASCII).
fn body_media(content_type: &str) -> Result<MediaType, AppError> {
    let unsupported = || AppError::UnsupportedMediaType {
        got: content_type.to_string(),
        supported: ACCEPTED.iter().map(|s| (*s).to_string()).collect(),
    };
    let charset_ok = content_type
        .split(';')
        .skip(1)
        .all(|p| match p.split_once('=') {
            Some((k, v)) if k.trim().eq_ignore_ascii_case("charset") => {
                let v = v.trim().trim_matches('"');
                ["utf-8", "utf8", "us-ascii"]
                    .iter()
                    .any(|c| v.eq_ignore_ascii_case(c))
            }
            _ => true,
        });
    if !charset_ok {
        return Err(unsupported());
    }
    MediaType::from_mime(content_type).ok_or_else(unsupported)
}

/// The summary as `key: value` lines (one `warning:` line per warning), for `text/plain`.
fn summary_text(s: &IngestSummary) -> String {
    let mut out = format!(
        "notice: {}\nid: {}\ngraph: {}\nlang: {}\n",
        s.iri, s.id, s.graph, s.lang
    );
    if let Some(title) = &s.title {
        let _ = writeln!(out, "title: {title}");
    }
    let _ = write!(
        out,
        "entities: {}\nevents: {}\nmentions: {}\nquads: {}\n",
        s.entities, s.events, s.mentions, s.quads
    );
    for w in &s.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_media_table() {
        // (Content-Type, how it is read; None = 415)
        let cases: &[(&str, Option<MediaType>)] = &[
            ("text/plain", Some(MediaType::Text)),
            ("text/plain; charset=UTF-8", Some(MediaType::Text)),
            ("Text/Plain;charset=\"utf-8\"", Some(MediaType::Text)),
            ("text/plain; charset=us-ascii", Some(MediaType::Text)),
            ("text/html; charset=utf-8", Some(MediaType::Html)),
            ("application/xhtml+xml", Some(MediaType::Html)),
            ("application/json", Some(MediaType::Json)),
            ("text/plain; charset=euc-kr", None),
            ("text/html; charset=iso-8859-1", None),
            ("application/xml", None),
            ("text/turtle", None),
            ("", None),
        ];
        for (content_type, expected) in cases {
            let got = body_media(content_type).ok();
            assert_eq!(got, *expected, "{content_type:?}");
        }
        let Err(AppError::UnsupportedMediaType { supported, .. }) = body_media("image/png") else {
            panic!("image/png is refused");
        };
        assert_eq!(supported, ACCEPTED);
    }

    #[test]
    fn summary_text_lists_every_count_and_warning() {
        let summary = IngestSummary {
            id: "0123".into(),
            iri: "http://e.org/id/notice/0123".into(),
            graph: "http://e.org/graph/notice/0123".into(),
            lang: crate::model::Lang::Ko,
            title: Some("제목".into()),
            entities: 3,
            events: 1,
            mentions: 7,
            quads: 40,
            warnings: vec!["invalid header date \"2020-13-45\" ignored".into()],
        };
        assert_eq!(
            summary_text(&summary),
            "notice: http://e.org/id/notice/0123\nid: 0123\ngraph: http://e.org/graph/notice/0123\n\
             lang: ko\ntitle: 제목\nentities: 3\nevents: 1\nmentions: 7\nquads: 40\n\
             warning: invalid header date \"2020-13-45\" ignored\n"
        );
    }
}
