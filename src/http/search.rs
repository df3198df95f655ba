//! `/search?q=` and `/{lang}/search?q=`: the things a name in either language finds.
//!
//! **Matching.** The query is NFKC-normalized and cut into words ([`whole_words`]: at
//! white space and separating punctuation, without a possessive `'s` or a leading English
//! article); each word is lowercased and loses a trailing Korean particle ([`crate::ingest::particles::strip_particle`]:
//! `에스토니아는` searches `에스토니아`, `OECD가` searches `oecd`). A thing is found when
//! every word is contained in one of its names — `rdfs:label`, `skos:altLabel` or
//! `schema:headline`, any language, case-insensitively — not necessarily the same one
//! (`queries/search.rq`, filled by [`queries::searching`]).
//!
//! **Ranking.** By how its best name matches the whole query (the words joined by a
//! space, with or without their particles, whichever matches better): the name is the query, starts with it, has a word starting with it, contains
//! it, or holds only the words apart; ties by kind (events, organizations, countries and
//! places, people, others, notices), then by that name (among names that match equally
//! well, one in the page's language is taken); the page then orders hits that match
//! equally well and are of one kind by the name it shows. One hit per thing; at most
//! [`SEARCH_LIMIT`] are shown, and the answer says when there were more.
//!
//! **Cost.** One SPARQL query scans the names once for the query's longest word (the
//! most selective) and checks the other words on the few things that pass; it reads at
//! most [`ROW_LIMIT`] rows, at most [`MAX_WORDS`] words count, and it runs through the
//! store's query timeout like every page.
//!
//! **Answers.** `Accept: application/json` gets JSON ([`Answer`]); anything else gets the
//! localized HTML page (its `href`s and texts in the page language). `/{lang}/search` is in
//! that language; `/search` picks it as `/` does (the `lang` cookie, then
//! `Accept-Language`, then English) and says so in `Vary`.

use super::error::AppError;
use super::negotiate::negotiate;
use super::queries;
use super::resource::request_language;
use crate::model::Lang;
use crate::state::{App, AppState, blocking};
use crate::web::{self, SearchPage, SearchRow};
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::get;
use fluent_bundle::FluentArgs;
use oxigraph::model::{NamedNode, Term};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// At most this many things are answered per search.
pub const SEARCH_LIMIT: usize = 50;

/// At most this many name rows are read per search (several names of one thing may match).
pub const ROW_LIMIT: usize = 500;

/// At most this many words of a query are matched; the rest are ignored.
pub const MAX_WORDS: usize = 8;

/// The search routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/search", get(search))
        .route("/{lang}/search", get(search_in))
}

/// The query string.
#[derive(Debug, Deserialize)]
pub struct Params {
    /// The text searched for (absent is the same as empty).
    #[serde(default)]
    pub q: String,
    /// The language switcher's choice (`lang=ko`), remembered in the `lang` cookie when it
    /// is the page's language.
    #[serde(default)]
    pub lang: Option<String>,
}

/// One thing found.
#[derive(Debug, Serialize, PartialEq)]
pub struct Hit {
    /// The thing's IRI.
    pub iri: String,
    /// Its name that matched best (label, alias or headline).
    pub label: String,
    /// Its language tag (`ko`, `en`; empty when untagged).
    pub lang: String,
    /// Its kind segment (`org`, `country`, …) or `notice`.
    pub kind: String,
    /// Its HTML page path in the request's language.
    pub href: String,
    /// How the name matches the query (with or without its words' particles, whichever
    /// is better): 0 it is the query, 1 it starts with it, 2 a word of
    /// it starts with it, 3 it contains it, 4 it holds the query's words apart.
    pub rank: u8,
}

/// The JSON answer.
#[derive(Debug, Serialize)]
pub struct Answer {
    /// The query as given.
    pub q: String,
    /// What was searched for: the words of [`search_words`] joined by one space.
    pub term: String,
    /// The things found, best first, one entry per thing.
    pub results: Vec<Hit>,
    /// `true` when more things matched than the [`SEARCH_LIMIT`] answered.
    pub capped: bool,
}

/// What the page and the JSON need of one search.
struct Found {
    hits: Vec<(NamedNode, Hit)>,
    capped: bool,
}

/// `GET /search`: in the request's language; every answer (a `406` too) varies on
/// `Accept`, `Accept-Language` and `Cookie`.
async fn search(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<Params>,
) -> Response {
    let lang = request_language(&headers);
    let mut response = answer(state, lang, params, &headers)
        .await
        .unwrap_or_else(IntoResponse::into_response);
    vary(&mut response, "accept, accept-language, cookie");
    response
}

/// `GET /{lang}/search`: in `lang` (`404` for another segment, the not-found page for a
/// browser, see [`super::pages::or_not_found`]); every answer of a language varies on
/// `Accept`.
async fn search_in(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    Query(params): Query<Params>,
) -> Response {
    let lang = match lang.as_str() {
        "ko" => Lang::Ko,
        "en" => Lang::En,
        other => {
            let missing = AppError::NotFound(format!("/{other}/search"));
            return super::pages::or_not_found(state, &headers, None, &params.q, Err(missing))
                .await;
        }
    };
    let mut response = answer(state, lang, params, &headers)
        .await
        .unwrap_or_else(IntoResponse::into_response);
    vary(&mut response, "accept");
    response
}

/// Adds `Vary: {value}` to `response`.
fn vary(response: &mut Response, value: &'static str) {
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static(value));
}

/// The two answers a search has.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Form {
    Html,
    Json,
}

/// Which answer `headers` ask for: JSON for `Accept: application/json`, else HTML.
///
/// # Errors
/// [`AppError::NotAcceptable`] when `Accept` allows neither.
fn form(headers: &HeaderMap) -> Result<Form, AppError> {
    let offers = [("text/html", Form::Html), ("application/json", Form::Json)];
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    negotiate(accept, &offers).ok_or_else(|| AppError::NotAcceptable {
        offered: super::negotiate::offered_types(&offers),
    })
}

/// The answer to `params` in `lang`: JSON or the HTML page as `headers` ask ([`form`]);
/// the page sets the `lang` cookie when `params.lang` chose `lang` (the switcher).
///
/// # Errors
/// [`AppError::NotAcceptable`]; the store's error (a timeout included); the template
/// engine's.
async fn answer(
    state: AppState,
    lang: Lang,
    params: Params,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let form = form(headers)?;
    let words = search_words(&params.q);
    let whole = whole_words(&params.q);
    let term = words.join(" ");
    let q = params.q;
    let remember = params.lang.as_deref().and_then(Lang::from_tag) == Some(lang);
    blocking(move || {
        let found = if words.is_empty() {
            Found {
                hits: Vec::new(),
                capped: false,
            }
        } else {
            find(&state, &words, &whole, lang)?
        };
        Ok(match form {
            Form::Json => Json(Answer {
                q,
                term,
                capped: found.capped,
                results: found.hits.into_iter().map(|(_, h)| h).collect(),
            })
            .into_response(),
            Form::Html => super::pages::html(lang, remember, page(&state, lang, &q, &found)?),
        })
    })
    .await
}

/// The words of `q` before particles are taken off: NFKC-normalized (fullwidth `ＯＥＣＤ`
/// is `OECD`, compatibility jamo are syllables), lowercased, cut at white space and at
/// punctuation that separates names (`korea,france` is two words; a hyphen, an apostrophe
/// inside a word, a period and `&` stay), each without a trailing possessive `'s` (`korea's`
/// → `korea`, `’` read as `'`), and without a leading English article when more words
/// follow (`the oecd` → `oecd`); empty words are dropped, at most [`MAX_WORDS`] kept.
pub fn whole_words(q: &str) -> Vec<String> {
    let q: String = q
        .nfkc()
        .collect::<String>()
        .replace('\u{2019}', "'")
        .to_lowercase();
    let mut words: Vec<String> = q
        .split(|c: char| c.is_whitespace() || separates(c))
        .map(|w| w.trim_matches('\''))
        .map(|w| w.strip_suffix("'s").unwrap_or(w).trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.len() > 1 && matches!(words[0].as_str(), "the" | "a" | "an") {
        words.remove(0);
    }
    words.truncate(MAX_WORDS);
    words
}

/// `true` for punctuation that separates the names of a query (`,`, `;`, `/`, brackets,
/// quotation marks, `·`, `、`, …); not `-`, `'`, `.`, `&`, which names hold.
fn separates(c: char) -> bool {
    !matches!(c, '-' | '\'' | '.' | '&' | '+' | '#')
        && (c.is_ascii_punctuation() || {
            let p = c as u32;
            // General Punctuation quotes and ellipsis, CJK punctuation, the middle dot
            (0x2010..=0x2027).contains(&p) || (0x3000..=0x303F).contains(&p) || c == '\u{00B7}'
        })
}

/// The words searched for in `q`: [`whole_words`], each without a trailing Korean
/// particle (`"에스토니아는"` → `["에스토니아"]`, `"OECD의 회의"` → `["oecd", "회의"]`).
/// Each is a prefix of its whole word, so a name holding the whole word holds it too;
/// ranking also weighs the whole words ([`find`]), so `몬테네그로` finds `몬테네그로` as
/// the name itself.
pub fn search_words(q: &str) -> Vec<String> {
    whole_words(q)
        .iter()
        .map(|w| crate::ingest::particles::strip_particle(w).0.to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The term searched for `q`: [`search_words`] joined by one space (may be empty).
pub fn search_term(q: &str) -> String {
    search_words(q).join(" ")
}

/// The order of kinds among results that match equally well: events, organizations,
/// countries and places, people, other things, notices.
fn kind_order(kind: &str) -> u8 {
    match kind {
        "event" => 0,
        "org" => 1,
        "country" | "city" | "region" | "venue" => 2,
        "person" => 3,
        "notice" => 5,
        _ => 4,
    }
}

/// Runs the search for `words` (from [`search_words`], not empty; `whole` the same words
/// with their particles, [`whole_words`], for ranking) and keeps the best hit
/// per thing that has a page (an entity or a notice under the base IRI), best first (see
/// the module docs), at most [`SEARCH_LIMIT`], hrefs in `lang`.
///
/// # Errors
/// The store's error when the query fails (a timeout included).
fn find(app: &App, words: &[String], whole: &[String], lang: Lang) -> Result<Found, AppError> {
    let rows = app.store.select(&queries::searching(
        queries::SEARCH,
        words,
        whole,
        lang.tag(),
        ROW_LIMIT,
    ))?;
    let mut capped = rows.len() >= ROW_LIMIT;
    let mut hits: Vec<(NamedNode, Hit)> = Vec::new();
    for row in rows {
        let (Some(Term::NamedNode(thing)), Some(Term::Literal(label))) =
            (row.get("thing"), row.get("label"))
        else {
            continue;
        };
        let rank = match row.get("rank") {
            Some(Term::Literal(r)) => r.value().parse().unwrap_or(4),
            _ => 4,
        };
        // rows come best first (names in `lang` before others as good): the first row of
        // a thing is its best name
        if hits.iter().any(|(iri, _)| iri == thing) {
            continue;
        }
        let Some((kind, href)) = page_of(app, thing, lang) else {
            continue;
        };
        hits.push((
            thing.clone(),
            Hit {
                iri: thing.as_str().to_string(),
                label: label.value().to_string(),
                lang: label.language().unwrap_or("").to_string(),
                kind,
                href,
                rank,
            },
        ));
    }
    hits.sort_by_cached_key(|(_, h)| {
        (
            h.rank,
            kind_order(&h.kind),
            h.label.to_lowercase(),
            h.iri.clone(),
        )
    });
    if hits.len() > SEARCH_LIMIT {
        hits.truncate(SEARCH_LIMIT);
        capped = true;
    }
    Ok(Found { hits, capped })
}

/// The kind segment and the page path in `lang` of `thing`, when it is an entity or a
/// notice of this service.
fn page_of(app: &App, thing: &NamedNode, lang: Lang) -> Option<(String, String)> {
    if let Some(key) = app.iris.parse_entity(thing.as_str()) {
        let kind = key.kind.segment();
        Some((kind.to_string(), format!("/{lang}/{kind}/{}", key.slug)))
    } else {
        app.iris
            .parse_notice(thing.as_str())
            .map(|id| ("notice".to_string(), format!("/{lang}/notices/{id}")))
    }
}

/// `/{lang}/search?q={q}`: the path with `q` percent-encoded (none when `q` is empty).
fn search_path(lang: Lang, q: &str) -> String {
    if q.is_empty() {
        return format!("/{lang}/search");
    }
    let q = percent_encoding::utf8_percent_encode(q, percent_encoding::NON_ALPHANUMERIC);
    format!("/{lang}/search?q={q}")
}

/// The HTML search page in `lang` for the query `q` and what it found.
///
/// # Errors
/// The store's error when loading the labels of what was found fails; the template
/// engine's.
fn page(app: &App, lang: Lang, q: &str, found: &Found) -> Result<String, AppError> {
    let l10n = &app.localizer;
    let t = |id: &str| l10n.text(lang, id);
    let with = |id: &str, count: usize| {
        let mut args = FluentArgs::new();
        args.set("q", q.trim().to_string());
        args.set("count", count as i64);
        l10n.text_with(lang, id, &args)
    };
    let title = t("search-title");
    let jsonld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "SearchResultsPage",
        "name": title,
        "inLanguage": lang.tag(),
    });
    let iris: Vec<NamedNode> = found.hits.iter().map(|(iri, _)| iri.clone()).collect();
    // as good a match and of one kind: by the name the page shows
    let groups: Vec<u32> = found
        .hits
        .iter()
        .map(|(_, h)| u32::from(h.rank) * 10 + u32::from(kind_order(&h.kind)))
        .collect();
    let (mut layout, items) = super::pages::search_parts(
        app,
        lang,
        title.clone(),
        search_path(lang.other(), q),
        jsonld,
        &iris,
        &groups,
    )?;
    // the page shows names, not generated summaries
    layout.t.footer_generated = String::new();
    let results: Vec<SearchRow> = items
        .into_iter()
        .map(|(i, item)| SearchRow {
            link: item.link,
            kind: t(&format!("kind-{}", found.hits[i].1.kind)),
            detail: item.detail,
        })
        .collect();
    let empty = search_words(q).is_empty();
    let page = SearchPage {
        layout,
        heading: title,
        q: q.to_string(),
        label: t("search-label"),
        placeholder: t("search-placeholder"),
        button: t("search-button"),
        hint: empty.then(|| t("search-hint")),
        count_text: match (empty, results.len()) {
            (true, _) => None,
            (false, 0) => Some(with("search-nothing", 0)),
            (false, n) => Some(with("search-count", n)),
        },
        capped_text: found
            .capped
            .then(|| with("search-capped", found.hits.len())),
        results,
    };
    Ok(web::render_search(&page)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_term_strips_a_trailing_particle() {
        assert_eq!(search_term("에스토니아는"), "에스토니아");
        assert_eq!(search_term("  대한민국이 "), "대한민국");
        assert_eq!(search_term("OECD의"), "oecd");
        assert_eq!(search_term("OECD가"), "oecd");
        assert_eq!(search_term("탈린에서"), "탈린");
        assert_eq!(search_term("경제 협력을"), "경제 협력");
    }

    #[test]
    fn every_word_loses_its_particle() {
        assert_eq!(search_words("한국과 에스토니아는"), ["한국", "에스토니아"]);
        assert_eq!(search_words("OECD가  회의를"), ["oecd", "회의"]);
        assert_eq!(search_words("Hong\tYun-sik"), ["hong", "yun-sik"]);
    }

    #[test]
    fn search_term_keeps_words_without_a_particle() {
        assert_eq!(search_term("Estonia"), "estonia");
        assert_eq!(search_term("E-Leaders Meeting"), "e-leaders meeting");
        assert_eq!(search_term("인도"), "인도");
        assert_eq!(search_term("대만"), "대만");
        assert_eq!(search_term("   "), "");
    }

    #[test]
    fn the_query_is_nfc_normalized() {
        // 한 written as conjoining jamo (U+1112 U+1161 U+11AB) and é as e + U+0301
        assert_eq!(search_term("\u{1112}\u{1161}\u{11AB}국"), "한국");
        assert_eq!(search_term("Gurri\u{0061}\u{0301}"), "gurriá");
    }

    #[test]
    fn the_query_is_nfkc_normalized() {
        // fullwidth Latin letters and a halfwidth comma-free fullwidth comma
        assert_eq!(search_term("ＯＥＣＤ"), "oecd");
        assert_eq!(
            search_words("ｋｏｒｅａ，ｆｒａｎｃｅ"),
            ["korea", "france"]
        );
    }

    #[test]
    fn punctuation_between_names_separates_words() {
        assert_eq!(search_words("korea,france"), ["korea", "france"]);
        assert_eq!(search_words("한국·프랑스"), ["한국", "프랑스"]);
        assert_eq!(search_words("(OECD)"), ["oecd"]);
        assert_eq!(search_words("“E-Leaders”"), ["e-leaders"]);
        // names keep hyphens, periods, apostrophes inside a word and ampersands
        assert_eq!(
            search_words("U.S. AT&T O'Neill"),
            ["u.s.", "at&t", "o'neill"]
        );
    }

    #[test]
    fn a_possessive_and_a_leading_article_are_dropped() {
        assert_eq!(search_words("Korea's"), ["korea"]);
        assert_eq!(search_words("Korea’s ministry"), ["korea", "ministry"]);
        assert_eq!(search_words("the OECD"), ["oecd"]);
        assert_eq!(search_words("An Example Forum"), ["example", "forum"]);
        // a lone article is what is searched for
        assert_eq!(search_words("the"), ["the"]);
    }

    #[test]
    fn whole_words_keep_their_particles() {
        assert_eq!(search_words("몬테네그로"), ["몬테네그"]);
        assert_eq!(whole_words("몬테네그로"), ["몬테네그로"]);
        assert_eq!(
            whole_words("에스토니아는 OECD의"),
            ["에스토니아는", "oecd의"]
        );
    }

    #[test]
    fn words_are_capped() {
        let q = "a b c d e f g h i j";
        assert_eq!(search_words(q).len(), MAX_WORDS);
    }

    #[test]
    fn kinds_rank_events_first_and_notices_last() {
        let mut kinds = ["notice", "topic", "person", "city", "org", "event"];
        kinds.sort_by_key(|k| kind_order(k));
        assert_eq!(kinds, ["event", "org", "city", "person", "topic", "notice"]);
    }

    #[test]
    fn the_twin_path_keeps_the_query() {
        assert_eq!(search_path(Lang::En, ""), "/en/search");
        assert_eq!(search_path(Lang::Ko, "a&b"), "/ko/search?q=a%26b");
        assert_eq!(search_path(Lang::En, "한"), "/en/search?q=%ED%95%9C");
    }
}
