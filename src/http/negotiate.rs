//! HTTP content negotiation (RFC 9110 §12.5.1 `Accept`, §12.5.4 `Accept-Language`).
//!
//! One small, table-tested function, [`negotiate`], picks among the media types a handler
//! offers; the handlers build their offers from Oxigraph's [`QueryResultsFormat`] and
//! [`RdfFormat`] so the media types are spelled once, by Oxigraph. [`result_offers`] and
//! [`graph_offers`] are those offers for the SPARQL endpoint, default first.
//! [`language`] picks `ko` or `en` from `Accept-Language` with `fluent-langneg`.

use crate::model::Lang;
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::sparql::results::QueryResultsFormat;

/// One parsed media range of an `Accept` header.
#[derive(Debug)]
struct Range<'a> {
    /// `type`, lowercased by comparison (may be `*`).
    kind: &'a str,
    /// `subtype` (may be `*`).
    sub: &'a str,
    /// Parameters other than `q` (and the accept-extensions after it).
    params: Vec<(&'a str, &'a str)>,
    /// Quality in thousandths (0..=1000).
    q: u16,
}

/// A media type split into type, subtype and parameters.
type MediaParts<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>);

/// How well an offered type matches: quality, specificity, and the client's position of
/// the matching range (earlier is better).
type Score = (u16, usize, std::cmp::Reverse<usize>);

/// Splits `s` at each `sep` outside a quoted string (RFC 9110 §5.6.4: `"…"`, with `\`
/// escaping the next character), so `text/csv; level="a,b"` stays one range.
fn split_unquoted(s: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if quoted && c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            parts.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&s[start..]);
    parts
}

/// Splits `type/subtype;a=b;c=d` into its parts, trimming blanks and quotes around values.
/// `None` when malformed: no `type/subtype`, or a parameter without `=` (`text/csv;foo`).
fn split_media(s: &str) -> Option<MediaParts<'_>> {
    let mut parts = split_unquoted(s, ';').into_iter();
    let (kind, sub) = parts.next()?.trim().split_once('/')?;
    let (kind, sub) = (kind.trim(), sub.trim());
    if kind.is_empty() || sub.is_empty() {
        return None;
    }
    let params = parts
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=')?;
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(v);
            let k = k.trim();
            (!k.is_empty()).then_some((k, v))
        })
        .collect::<Option<Vec<_>>>()?;
    Some((kind, sub, params))
}

/// Parses a quality value (`0`, `0.5`, `1.000`) into thousandths; `None` when malformed.
fn parse_q(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_value = format!("{frac:0<3}").parse::<u16>().ok()?;
    match int {
        "0" => Some(frac_value),
        "1" if frac_value == 0 => Some(1000),
        _ => None,
    }
}

fn parse_accept(accept: &str) -> Vec<Range<'_>> {
    split_unquoted(accept, ',')
        .into_iter()
        .filter(|item| !item.trim().is_empty())
        .filter_map(|item| {
            let (kind, sub, raw) = split_media(item)?;
            if kind == "*" && sub != "*" {
                return None;
            }
            let mut params = Vec::new();
            let mut q = 1000;
            for (k, v) in raw {
                if k.eq_ignore_ascii_case("q") {
                    q = parse_q(v)?;
                    // parameters after q are accept-extensions, not part of the range
                    break;
                }
                params.push((k, v));
            }
            Some(Range {
                kind,
                sub,
                params,
                q,
            })
        })
        .collect()
}

/// How specifically `range` matches the offered media type, or `None` when it does not.
/// `*/*` < `type/*` < `type/subtype` < `type/subtype;param=…` (more parameters, more specific).
fn specificity(range: &Range<'_>, offered: &str) -> Option<usize> {
    let (kind, sub, params) = split_media(offered)?;
    if range.kind == "*" {
        return Some(0);
    }
    if !range.kind.eq_ignore_ascii_case(kind) {
        return None;
    }
    if range.sub == "*" {
        return Some(1);
    }
    if !range.sub.eq_ignore_ascii_case(sub) {
        return None;
    }
    let all_params_match = range.params.iter().all(|(rk, rv)| {
        if rk.eq_ignore_ascii_case("charset") {
            // every body is sent in UTF-8, so `charset=utf-8` holds for any offered type
            return is_utf8(rv);
        }
        // a parameter the offered type carries must match; one it does not carry (a
        // JSON-LD `profile`, which JSON-LD 1.1 §9.1 lets a server not honour, or an
        // extension such as `level`) is a preference the answer does not vary on
        params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(rk))
            .is_none_or(|(_, v)| v.eq_ignore_ascii_case(rv))
    });
    all_params_match.then_some(2 + range.params.len())
}

/// Whether a `charset` value names UTF-8 (`utf-8`, `UTF8`, any case).
fn is_utf8(charset: &str) -> bool {
    charset.eq_ignore_ascii_case("utf-8") || charset.eq_ignore_ascii_case("utf8")
}

/// Picks the offered value the client prefers, per RFC 9110 §12.5.1.
///
/// `accept` is the raw `Accept` header (an empty or blank one accepts anything, like an
/// absent header). `offered` lists `(media type, value)` pairs in the server's order of
/// preference; media types may carry parameters (`text/csv; charset=utf-8`).
///
/// Each offered type takes the quality of the most specific media range that matches it
/// (type and subtype compared case-insensitively; a `charset` parameter must name UTF-8,
/// in which every response is sent; a parameter the offered type carries must have its
/// value; others, such as a JSON-LD `profile`, are preferences the answer does not vary
/// on and are ignored). Ranges with `q=0` exclude what they match; malformed ranges (a parameter
/// without `=`, a bad `q`) are ignored; quoted parameter values may hold `,` and `;`.
/// The winner has the highest quality; ties go to the more specific match, then to the
/// range listed first by the client, then to the server's order. Returns `None` when
/// nothing offered is acceptable (the caller answers `406 Not Acceptable`).
pub fn negotiate<T: Copy>(accept: &str, offered: &[(&str, T)]) -> Option<T> {
    if accept.trim().is_empty() {
        return offered.first().map(|(_, v)| *v);
    }
    let ranges = parse_accept(accept);
    let mut best: Option<(Score, T)> = None;
    for (media, value) in offered {
        // the most specific matching range decides this type's quality
        let matched = ranges
            .iter()
            .enumerate()
            .filter_map(|(i, r)| specificity(r, media).map(|s| (s, i, r.q)))
            .max_by_key(|(s, i, _)| (*s, std::cmp::Reverse(*i)));
        let Some((spec, position, q)) = matched else {
            continue;
        };
        if q == 0 {
            continue;
        }
        let score = (q, spec, std::cmp::Reverse(position));
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, *value));
        }
    }
    best.map(|(_, v)| v)
}

/// The formats offered for SELECT and ASK results, default (JSON) first.
pub fn result_offers() -> Vec<(&'static str, QueryResultsFormat)> {
    let mut offers: Vec<_> = [
        QueryResultsFormat::Json,
        QueryResultsFormat::Xml,
        QueryResultsFormat::Csv,
        QueryResultsFormat::Tsv,
    ]
    .into_iter()
    .map(|f| (f.media_type(), f))
    .collect();
    // plain JSON and XML clients get the SPARQL results formats too
    offers.push(("application/json", QueryResultsFormat::Json));
    offers.push(("application/xml", QueryResultsFormat::Xml));
    offers.push(("text/xml", QueryResultsFormat::Xml));
    offers
}

/// JSON-LD without a profile (`application/ld+json`).
pub const JSON_LD: RdfFormat = RdfFormat::JsonLd {
    profile: JsonLdProfileSet::empty(),
};

/// The formats offered for CONSTRUCT and DESCRIBE results, default (Turtle) first.
pub fn graph_offers() -> Vec<(&'static str, RdfFormat)> {
    let mut offers: Vec<_> = [
        RdfFormat::Turtle,
        RdfFormat::NTriples,
        JSON_LD,
        RdfFormat::RdfXml,
        RdfFormat::NQuads,
        RdfFormat::TriG,
    ]
    .into_iter()
    .map(|f| (f.media_type(), f))
    .collect();
    offers.push(("application/x-turtle", RdfFormat::Turtle));
    offers.push(("text/plain", RdfFormat::NTriples));
    offers.push(("application/json", JSON_LD));
    // plain XML clients get RDF/XML, as `format=xml` gives (SELECT and ASK answer them
    // with SPARQL XML results: `result_offers`)
    offers.push(("application/xml", RdfFormat::RdfXml));
    offers.push(("text/xml", RdfFormat::RdfXml));
    offers
}

/// The media types of `offers`, without duplicates, for a 406 message.
pub fn offered_types<T>(offers: &[(&str, T)]) -> Vec<String> {
    let mut types: Vec<String> = Vec::new();
    for (media, _) in offers {
        if !types.iter().any(|t| t == media) {
            types.push((*media).to_string());
        }
    }
    types
}

/// The short names the `format=` query parameter takes (for people typing URLs), in the
/// order error messages list them.
pub const FORMAT_NAMES: &[&str] = &[
    "json", "xml", "csv", "tsv", "ttl", "turtle", "nt", "nq", "trig", "jsonld", "rdf", "html",
];

/// The media types a `format=` short name stands for, spelled by Oxigraph. `json` and `xml`
/// name a results format and a graph format each, so `format=json` gives SPARQL JSON
/// results for a SELECT and JSON-LD for a CONSTRUCT; every other name has one family only.
/// `None` for a name not in [`FORMAT_NAMES`].
fn format_types(name: &str) -> Option<Vec<&'static str>> {
    let types = match name {
        "json" => vec![QueryResultsFormat::Json.media_type(), JSON_LD.media_type()],
        "xml" => vec![
            QueryResultsFormat::Xml.media_type(),
            RdfFormat::RdfXml.media_type(),
        ],
        "csv" => vec![QueryResultsFormat::Csv.media_type()],
        "tsv" => vec![QueryResultsFormat::Tsv.media_type()],
        "ttl" | "turtle" => vec![RdfFormat::Turtle.media_type()],
        "nt" => vec![RdfFormat::NTriples.media_type()],
        "nq" => vec![RdfFormat::NQuads.media_type()],
        "trig" => vec![RdfFormat::TriG.media_type()],
        "jsonld" => vec![JSON_LD.media_type()],
        "rdf" => vec![RdfFormat::RdfXml.media_type()],
        "html" => vec!["text/html"],
        _ => return None,
    };
    Some(types)
}

/// The `Accept` value a `format=` parameter stands for: a short name of [`FORMAT_NAMES`]
/// (case-insensitive) becomes its media types, a media type (`text/csv`,
/// `application/sparql-results+json`) is taken as it is. The result replaces the request's
/// `Accept` header, so [`negotiate`] still decides, among what the answer can be, and a
/// name of the wrong family (`format=ttl` for a SELECT) matches nothing (406), never a
/// format of the other family. `None` for anything else (the caller answers 400 with
/// [`FORMAT_NAMES`]).
pub fn format_accept(format: &str) -> Option<String> {
    let format = format.trim();
    if let Some(types) = format_types(&format.to_ascii_lowercase()) {
        return Some(types.join(", "));
    }
    // a media type: `type/subtype` with optional parameters, no list, no wildcard q-games
    (split_media(format).is_some() && !format.contains(',')).then(|| format.to_string())
}

/// The short names whose formats `offers` can produce, for messages (`format=json`, …).
pub fn offered_names<T>(offers: &[(&str, T)]) -> Vec<String> {
    FORMAT_NAMES
        .iter()
        .filter(|name| {
            format_types(name).is_some_and(|types| {
                types
                    .iter()
                    .any(|t| offers.iter().any(|(m, _)| m.eq_ignore_ascii_case(t)))
            })
        })
        .map(|name| format!("format={name}"))
        .collect()
}

/// The `Accept` value of a request: `format` (the `format=` query parameter) when given,
/// else the `Accept` header (empty when absent or not ASCII).
///
/// Errors: [`AppError::BadRequest`] for a `format` that is neither a short name of
/// [`FORMAT_NAMES`] nor a media type, listing the names.
pub fn requested(
    headers: &axum::http::HeaderMap,
    format: Option<&str>,
) -> Result<String, super::error::AppError> {
    match format {
        Some(f) => format_accept(f).ok_or_else(|| {
            super::error::AppError::BadRequest(format!(
                "unknown format={f:?}; use one of {} or a media type",
                FORMAT_NAMES.join(", ")
            ))
        }),
        None => Ok(headers
            .get(axum::http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()),
    }
}

/// The one `format` parameter among `(name, value)` query pairs. Errors:
/// [`AppError::BadRequest`](super::error::AppError::BadRequest) when it is repeated.
pub fn format_param(pairs: &[(String, String)]) -> Result<Option<&str>, super::error::AppError> {
    let mut found = pairs
        .iter()
        .filter(|(k, _)| k == "format")
        .map(|(_, v)| v.as_str());
    let first = found.next();
    if found.next().is_some() {
        return Err(super::error::AppError::BadRequest(
            "the format parameter may be given once".into(),
        ));
    }
    Ok(first)
}

/// The page language for an `Accept-Language` header: ranges sorted by their `q` (stable,
/// `q=0` dropped), parsed with `fluent_langneg::accepted_languages::parse` and matched
/// against `ko` and `en` with `negotiate_languages` (filtering strategy). `None` when the
/// header names neither language (the caller then falls back to `en`).
pub fn language(accept_language: &str) -> Option<Lang> {
    use fluent_langneg::{
        LanguageIdentifier, NegotiationStrategy, accepted_languages, negotiate_languages,
    };

    let mut ranges: Vec<(u16, &str)> = accept_language
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let mut q = 1000;
            for p in parts {
                if let Some((k, v)) = p.split_once('=') {
                    if k.trim().eq_ignore_ascii_case("q") {
                        q = parse_q(v.trim())?;
                    }
                }
            }
            (q > 0 && !tag.is_empty() && tag != "*").then_some((q, tag))
        })
        .collect();
    ranges.sort_by_key(|(q, _)| std::cmp::Reverse(*q));
    let joined = ranges.iter().map(|(_, t)| *t).collect::<Vec<_>>().join(",");
    let requested = accepted_languages::parse(&joined);
    let available: Vec<LanguageIdentifier> = Lang::ALL
        .iter()
        .filter_map(|l| LanguageIdentifier::try_from_bytes(l.tag().as_bytes()).ok())
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
    chosen
        .first()
        .and_then(|id| Lang::from_tag(id.language.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFERED: &[(&str, &str)] = &[
        ("application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("text/csv; charset=utf-8", "csv"),
        ("text/tab-separated-values; charset=utf-8", "tsv"),
    ];

    #[test]
    fn negotiate_table() {
        for (accept, want) in [
            ("", Some("json")),
            ("*/*", Some("json")),
            ("text/csv", Some("csv")),
            ("TEXT/CSV", Some("csv")),
            ("text/*", Some("csv")),
            ("text/tab-separated-values", Some("tsv")),
            (
                "text/csv;q=0.5, application/sparql-results+xml",
                Some("xml"),
            ),
            (
                "text/csv;q=0.9, application/sparql-results+xml;q=0.8",
                Some("csv"),
            ),
            ("text/csv, application/sparql-results+xml", Some("csv")),
            ("application/sparql-results+xml, text/csv", Some("xml")),
            ("*/*;q=0.1, text/tab-separated-values", Some("tsv")),
            ("*/*, application/sparql-results+json;q=0", Some("xml")),
            ("text/*;q=0, */*", Some("json")),
            ("text/*, text/csv;q=0", Some("tsv")),
            ("text/csv;charset=utf-8", Some("csv")),
            ("text/csv;charset=UTF-8", Some("csv")),
            ("text/csv;charset=latin1", None),
            // an offered type without a charset parameter is still sent in UTF-8
            ("application/sparql-results+xml;charset=utf-8", Some("xml")),
            (
                "application/sparql-results+json; charset=\"UTF8\"",
                Some("json"),
            ),
            ("application/sparql-results+xml;charset=iso-8859-1", None),
            (
                "text/csv;q=0.5;foo=bar, text/tab-separated-values;q=0.4",
                Some("csv"),
            ),
            ("image/png", None),
            ("image/png, */*;q=0", None),
            ("text/csv;q=0", None),
            ("text/csv;q=2, application/sparql-results+xml", Some("xml")),
            ("text/csv;q=abc", None),
            ("garbage, text/csv", Some("csv")),
            ("*/csv", None),
            (
                "text/csv ; q=0.7 , application/sparql-results+xml ; q=0.7",
                Some("csv"),
            ),
            ("text/csv;q=0.001", Some("csv")),
            ("text/csv;q=0.000", None),
            // quoted values may hold `,` and `;`; parameters the offer lacks are ignored
            ("text/csv; level=\"a,b\"", Some("csv")),
            (
                "text/csv; level=\"a;b,c\\\"d\";q=0.5, text/tab-separated-values;q=0.4",
                Some("csv"),
            ),
            (
                "application/sparql-results+xml; x=\"1,2\";q=0.1, text/csv;q=0.05",
                Some("xml"),
            ),
            // a parameter without `=` makes the range malformed (ignored)
            ("text/csv;foo", None),
            ("text/csv;foo, text/tab-separated-values", Some("tsv")),
            ("text/csv;q=0.5;foo", None),
        ] {
            assert_eq!(negotiate(accept, OFFERED), want, "Accept: {accept:?}");
        }
    }

    #[test]
    fn negotiate_empty_offer() {
        assert_eq!(negotiate::<u8>("*/*", &[]), None);
        assert_eq!(negotiate::<u8>("", &[]), None);
    }

    #[test]
    fn json_ld_profiles_are_json_ld() {
        let offers = graph_offers();
        for accept in [
            "application/ld+json; profile=\"http://www.w3.org/ns/json-ld#compacted\"",
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#expanded http://www.w3.org/ns/json-ld#flattened\", text/turtle;q=0.5",
        ] {
            assert_eq!(negotiate(accept, &offers), Some(JSON_LD), "{accept}");
        }
    }

    #[test]
    fn graph_and_result_offers_have_their_defaults_first() {
        assert_eq!(negotiate("*/*", &graph_offers()), Some(RdfFormat::Turtle));
        assert_eq!(
            negotiate("application/n-triples", &graph_offers()),
            Some(RdfFormat::NTriples)
        );
        assert_eq!(
            negotiate("application/ld+json", &graph_offers()),
            Some(JSON_LD)
        );
        assert_eq!(
            negotiate("*/*", &result_offers()),
            Some(QueryResultsFormat::Json)
        );
        assert_eq!(
            negotiate("text/csv", &result_offers()),
            Some(QueryResultsFormat::Csv)
        );
    }

    #[test]
    fn format_names_stay_in_their_family() {
        for (format, select, construct) in [
            ("json", Some(QueryResultsFormat::Json), Some(JSON_LD)),
            ("JSON", Some(QueryResultsFormat::Json), Some(JSON_LD)),
            (
                "xml",
                Some(QueryResultsFormat::Xml),
                Some(RdfFormat::RdfXml),
            ),
            ("csv", Some(QueryResultsFormat::Csv), None),
            ("tsv", Some(QueryResultsFormat::Tsv), None),
            ("ttl", None, Some(RdfFormat::Turtle)),
            ("turtle", None, Some(RdfFormat::Turtle)),
            ("nt", None, Some(RdfFormat::NTriples)),
            ("nq", None, Some(RdfFormat::NQuads)),
            ("trig", None, Some(RdfFormat::TriG)),
            ("jsonld", None, Some(JSON_LD)),
            ("rdf", None, Some(RdfFormat::RdfXml)),
            ("html", None, None),
            ("text/csv", Some(QueryResultsFormat::Csv), None),
            ("application/n-triples", None, Some(RdfFormat::NTriples)),
        ] {
            let accept = format_accept(format).unwrap();
            assert_eq!(negotiate(&accept, &result_offers()), select, "{format}");
            assert_eq!(negotiate(&accept, &graph_offers()), construct, "{format}");
        }
        for bad in ["yaml", "", "text", "text/csv, text/turtle"] {
            assert_eq!(format_accept(bad), None, "{bad:?}");
        }
        assert_eq!(
            offered_names(&result_offers()),
            ["format=json", "format=xml", "format=csv", "format=tsv"]
        );
    }

    #[test]
    fn language_table() {
        for (header, want) in [
            ("ko", Some(Lang::Ko)),
            ("ko-KR,ko;q=0.9,en-US;q=0.8", Some(Lang::Ko)),
            ("en-US,en;q=0.9", Some(Lang::En)),
            ("EN-gb", Some(Lang::En)),
            ("en;q=0.1, ko", Some(Lang::Ko)),
            ("ko;q=0, en", Some(Lang::En)),
            ("fr, de;q=0.5", None),
            ("fr, ko;q=0.2", Some(Lang::Ko)),
            ("", None),
            ("*", None),
        ] {
            assert_eq!(language(header), want, "Accept-Language: {header:?}");
        }
    }
}
