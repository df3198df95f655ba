//! Localized HTML pages (`ko`, `en`): `/` (303 to `/ko/` or `/en/` by the `lang` cookie
//! the language switcher sets, then `Accept-Language`), `/{lang}/` (notices and events), `/{lang}/notices/{id}` and
//! `/{lang}/{kind}/{slug}` for every kind of thing.
//!
//! Everything shown comes from the graph through SPARQL SELECTs (`queries/*.rq`, run with
//! `Store::select` on the blocking pool) and is worded by Fluent messages: summaries are
//! generated from the facts (never the notice's sentences), labels are taken in the page's
//! language or, failing that, in the other one with a visible marker, and dates keep their
//! precision. One generic page shape serves every kind: facts about the thing (its
//! outgoing links), sections of things linking to it (incoming links), and a summary
//! message chosen by kind, followed by sentences for what else is known (an event's
//! edition, participants and topics; the events a thing hosted, took part in or saw held
//! there, held and announced ones apart; the series an organization runs; an
//! organization's officials; rankings by survey and year). An event's summary names its
//! kind (`a meeting`, `회의`) and takes its kind's verb (a meeting takes place, 열리다; a
//! signing is concluded, 체결되다; a survey edition is published, 발표되다); an event
//! announced as planned whose date is over by today (`Config::today`) reads as what was to
//! happen (`was to take place`, `열릴 예정이었던`). Sentences with nothing to say are left
//! out, and a list cut short names its last one rather than `one more`, counting the rest
//! by kind in Korean (곳, 명, 개, 건). A city listed with the country it lies in is one place
//! (`Tallinn, Estonia`, `에스토니아 탈린`, in a fact cell too). In English a name in running
//! text takes `the` when it is a common-noun phrase (`the Republic of Korea`, `the OECD
//! E-Leaders Meeting 2018`, but `OECD`: [`article`]), never in a heading, list or fact cell,
//! whose class and status words start with a capital (`Meeting`, `Planned`). A subject is
//! said once: a person's posts and events are one English sentence, and Korean sentences
//! after the first leave the subject out. Names in a summary link to their pages; one in
//! the other language is followed, after its Korean particle, by a marker (`E-Leaders가
//! (en)`). Two things of one label in a list are told apart by their kind. A notice page shows its
//! text with every mention linked (its HTML id is its NIF fragment, `char=B,E`) and a
//! panel of the facts its graph states, each group linking to its mention in the text.

use super::error::AppError;
use super::queries;
use super::resource::{Thing, request_language};
use crate::l10n::{Localizer, article};
use crate::model::{DateValue, EntityKind, Lang};
use crate::state::{App, AppState, blocking};
use crate::store::{Store, StoreError};
use crate::web::{
    self, Fact, Item, Layout, LayoutText, Page, PanelEntry, Run, Section, Segment, Shown,
};
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use figures::Figure;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberType};
use fluent_bundle::{FluentArgs, FluentValue};
use oxigraph::model::{Literal, NamedNode, Term};
use std::collections::HashMap;

mod figures;
mod jsonld;

/// The page routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/{lang}", get(lang_root))
        .route("/{lang}/", get(home))
        .route("/{lang}/notices/{id}", get(notice))
        .route("/{lang}/{kind}/{slug}", get(entity))
}

/// `/` → `303` to the home page in the request's language (absolute, under the base IRI).
async fn root(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let lang = request_language(&headers);
    (
        StatusCode::SEE_OTHER,
        [
            (
                header::LOCATION,
                super::resource::absolute_location(&state.iris, &format!("/{lang}/")),
            ),
            (header::VARY, "accept-language, cookie".to_string()),
        ],
    )
        .into_response()
}

/// `/{lang}` → `/{lang}/` (absolute, under the base IRI). Another one-segment path is no
/// page: a `404`, for a browser the not-found page offering the segment as a search.
async fn lang_root(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    headers: HeaderMap,
) -> Response {
    match page_lang(&segment) {
        Ok(lang) => Redirect::permanent(&super::resource::absolute_location(
            &state.iris,
            &format!("/{lang}/"),
        ))
        .into_response(),
        Err(_) => {
            let error = AppError::NotFound(format!("no resource at /{segment}"));
            or_not_found(state, &headers, None, &segment, Err(error)).await
        }
    }
}

fn page_lang(segment: &str) -> Result<Lang, AppError> {
    match segment {
        "ko" => Ok(Lang::Ko),
        "en" => Ok(Lang::En),
        other => Err(AppError::NotFound(format!("/{other}/"))),
    }
}

/// An HTML answer in `lang`. When the reader chose the language with the switcher (the
/// switcher's link carries `?lang={lang}`, see [`chosen`]), the answer remembers it in the
/// `lang` cookie, which `/` then prefers to `Accept-Language`; a page reached any other
/// way (a shared link, a search engine) leaves the cookie alone.
/// It carries the pages' Content-Security-Policy ([`super::html_page`]).
pub(crate) fn html(lang: Lang, remember: bool, body: String) -> Response {
    let page = super::html_page(body);
    if !remember {
        return page.into_response();
    }
    (
        [(
            header::SET_COOKIE,
            format!("lang={lang}; Path=/; Max-Age=31536000; SameSite=Lax"),
        )],
        page,
    )
        .into_response()
}

/// `true` when the query string (`RawQuery`) has `lang={lang}`: the language switcher's
/// link, an explicit choice of `lang`.
fn chosen(query: Option<&str>, lang: Lang) -> bool {
    query
        .unwrap_or("")
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .any(|(k, v)| k == "lang" && Lang::from_tag(v) == Some(lang))
}

async fn home(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(&segment);
    let app = state.clone();
    let answer = async move {
        let lang = lang?;
        let body = blocking(move || home_page(&app, lang)).await?;
        Ok(html(lang, chosen(query.as_deref(), lang), body))
    };
    let lang = Lang::from_tag(&segment);
    or_not_found(state, &headers, lang, "", answer.await).await
}

async fn notice(
    State(state): State<AppState>,
    Path((segment, id)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(&segment);
    let app = state.clone();
    let missing = id.clone();
    let answer = async move {
        let lang = lang?;
        let thing = Thing::parse("notice", &id)
            .ok_or_else(|| AppError::NotFound(format!("/{lang}/notices/{id}")))?;
        let body = blocking(move || thing_page(&app, lang, &thing)).await?;
        Ok(html(lang, chosen(query.as_deref(), lang), body))
    };
    let lang = Lang::from_tag(&segment);
    or_not_found(state, &headers, lang, &missing, answer.await).await
}

async fn entity(
    State(state): State<AppState>,
    Path((segment, kind, slug)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(&segment);
    let app = state.clone();
    let missing = slug.clone();
    let answer = async move {
        let lang = lang?;
        let thing = Thing::parse(&kind, &slug)
            .filter(|t| t.kind != "notice")
            .ok_or_else(|| AppError::NotFound(format!("/{lang}/{kind}/{slug}")))?;
        let body = blocking(move || thing_page(&app, lang, &thing)).await?;
        Ok(html(lang, chosen(query.as_deref(), lang), body))
    };
    let lang = Lang::from_tag(&segment);
    or_not_found(state, &headers, lang, &missing, answer.await).await
}

/// `true` when the client asks for HTML by name (`text/html` or `application/xhtml+xml`
/// preferred to `text/plain`, as browsers do); `*/*` alone, an empty `Accept` and any
/// other client get the plain answer.
pub(crate) fn wants_html(headers: &HeaderMap) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Form {
        Plain,
        Html,
    }
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let offers = [
        ("text/plain", Form::Plain),
        ("text/html", Form::Html),
        ("application/xhtml+xml", Form::Html),
    ];
    super::negotiate::negotiate(accept, &offers) == Some(Form::Html)
}

/// `answer`, except that a `404` asked for by a browser ([`wants_html`]) becomes the
/// localized not-found page ([`not_found_page`]) in `lang` (the request's language when
/// the path names none, see [`request_language`]), with `missing` (the slug looked for)
/// offered as a search; any other answer, and every answer to other clients, is left as
/// it is.
pub(crate) async fn or_not_found(
    state: AppState,
    headers: &HeaderMap,
    lang: Option<Lang>,
    missing: &str,
    answer: Result<Response, AppError>,
) -> Response {
    match answer {
        Err(AppError::NotFound(what)) if wants_html(headers) => {
            let lang = lang.unwrap_or_else(|| request_language(headers));
            let missing = missing.to_string();
            match blocking(move || not_found_page(&state, lang, &missing)).await {
                Ok(body) => {
                    let mut response = html(lang, false, body);
                    *response.status_mut() = StatusCode::NOT_FOUND;
                    response
                }
                Err(e) => {
                    tracing::debug!(error = %e, %what, "the not-found page failed");
                    AppError::NotFound(what).into_response()
                }
            }
        }
        other => other.unwrap_or_else(IntoResponse::into_response),
    }
}

/// The words a slug suggests as a search (`kim-cheol-su` → `kim cheol su`): its hyphens
/// and underscores as spaces, trimmed.
fn suggestion(slug: &str) -> String {
    slug.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The not-found page in `lang`: the site's layout (header, home link, search box), a
/// heading, a line saying nothing is known at this address, and the search form with
/// [`suggestion`] of `missing` filled in. Never shows an IRI.
///
/// # Errors
/// The template engine's.
fn not_found_page(app: &App, lang: Lang, missing: &str) -> Result<String, AppError> {
    let b = Builder::new(app, lang);
    let title = b.t("not-found-title");
    let jsonld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": title,
        "inLanguage": lang.tag(),
    });
    let mut layout = b.layout(title.clone(), format!("/{}/", lang.other()), None, jsonld);
    layout.t.footer_generated = String::new();
    // a missing page has no address of its own to declare
    layout.canonical = String::new();
    layout.hreflangs = Vec::new();
    let page = web::SearchPage {
        layout,
        heading: title,
        q: suggestion(missing),
        label: b.t("search-label"),
        placeholder: b.t("search-placeholder"),
        button: b.t("search-button"),
        hint: Some(b.t("not-found-text")),
        count_text: None,
        capped_text: None,
        results: vec![],
    };
    Ok(web::render_search(&page)?)
}

/// Links and literal facts of one thing, by role (see `queries/relations.rq` and
/// `queries/literals.rq`).
#[derive(Debug, Default)]
struct Facts {
    relations: Vec<(String, NamedNode)>,
    literals: Vec<(String, Literal)>,
}

impl Facts {
    fn load(store: &dyn Store, iri: &NamedNode) -> Result<Facts, StoreError> {
        let mut facts = Facts::default();
        for row in store.select(&queries::about(queries::RELATIONS, iri))? {
            if let (Some(Term::Literal(role)), Some(Term::NamedNode(other))) =
                (row.get("role"), row.get("other"))
            {
                facts
                    .relations
                    .push((role.value().to_string(), other.clone()));
            }
        }
        for row in store.select(&queries::about(queries::LITERALS, iri))? {
            if let (Some(Term::Literal(role)), Some(Term::Literal(value))) =
                (row.get("role"), row.get("value"))
            {
                facts
                    .literals
                    .push((role.value().to_string(), value.clone()));
            }
        }
        facts.relations.sort();
        facts.relations.dedup();
        Ok(facts)
    }

    fn is_empty(&self) -> bool {
        self.relations.is_empty() && self.literals.is_empty()
    }

    fn related(&self, role: &str) -> Vec<NamedNode> {
        self.relations
            .iter()
            .filter(|(r, _)| r == role)
            .map(|(_, o)| o.clone())
            .collect()
    }

    fn literals(&self, role: &str) -> Vec<&Literal> {
        self.literals
            .iter()
            .filter(|(r, _)| r == role)
            .map(|(_, l)| l)
            .collect()
    }

    fn first(&self, role: &str) -> Option<&str> {
        self.literals(role).first().map(|l| l.value())
    }

    fn date(&self, role: &str) -> Option<DateValue> {
        self.literals(role)
            .iter()
            .find_map(|l| DateValue::parse_iso(l.value()))
    }

    fn labels(&self, role: &str) -> Vec<(String, String)> {
        self.literals(role)
            .iter()
            .map(|l| {
                (
                    l.value().to_string(),
                    l.language().unwrap_or("").to_string(),
                )
            })
            .collect()
    }
}

/// What a list entry needs of a thing.
#[derive(Debug, Default)]
struct Brief {
    labels: Vec<(String, String)>,
    /// `skos:altLabel`s, `(text, tag)`.
    aliases: Vec<(String, String)>,
    headlines: Vec<(String, String)>,
    start: Option<DateValue>,
    /// For a multi-day event: its last day (`schema:endDate`).
    end: Option<DateValue>,
    published: Option<DateValue>,
    locations: Vec<NamedNode>,
    /// For a place: the places it lies within (`schema:containedInPlace`).
    within: Vec<NamedNode>,
    /// `true` for an event announced but not yet held (`ng:eventStatus ng:Planned`).
    planned: bool,
    /// For an organization: when its name came into force and when it ended
    /// (`ng:validFrom`, `ng:validUntil`).
    valid: (Option<DateValue>, Option<DateValue>),
}

/// Chooses a label for `lang`: the exact tag, then the same primary language, then the
/// other supported language (marked `other`), then anything. Labels are `(text, tag)`.
fn choose(labels: &[(String, String)], lang: Lang) -> Option<(String, String, bool)> {
    let mut sorted: Vec<&(String, String)> = labels.iter().collect();
    sorted.sort();
    let pick = |f: &dyn Fn(&str) -> bool| sorted.iter().find(|(_, tag)| f(tag)).copied();
    if let Some((text, tag)) = pick(&|t| t.eq_ignore_ascii_case(lang.tag()))
        .or_else(|| pick(&|t| Lang::from_tag(t) == Some(lang)))
    {
        return Some((text.clone(), tag.to_ascii_lowercase(), false));
    }
    let other = lang.other();
    let (text, tag) = pick(&|t| t.eq_ignore_ascii_case(other.tag()))
        .or_else(|| pick(&|t| Lang::from_tag(t) == Some(other)))
        .or_else(|| sorted.first().copied())?;
    let tag = if tag.is_empty() {
        lang.tag().to_string()
    } else {
        tag.to_ascii_lowercase()
    };
    let other = Lang::from_tag(&tag) != Some(lang);
    Some((text.clone(), tag, other))
}

/// Chooses a name for `lang` among a thing's `labels` and `aliases` (both `(text, tag)`):
/// a label in `lang`, else an alias in `lang` (a romanization such as `Kim Cheol-su` on an
/// English page, a Korean name on a Korean one; aliases carrying a period or script
/// subtag, `ko-Latn`, are left out), else what [`choose`] takes of the labels (the other
/// language's, marked), else of the aliases.
fn choose_name(
    labels: &[(String, String)],
    aliases: &[(String, String)],
    lang: Lang,
) -> Option<(String, String, bool)> {
    let own = |c: &(String, String, bool)| !c.2;
    if let Some(label) = choose(labels, lang).filter(own) {
        return Some(label);
    }
    let mut in_lang: Vec<&(String, String)> = aliases
        .iter()
        .filter(|(text, tag)| {
            Lang::from_tag(tag) == Some(lang) && !tag.contains('-') && !text.ends_with(')')
        })
        .collect();
    in_lang.sort();
    if let Some((text, tag)) = in_lang.first() {
        return Some((text.clone(), tag.to_ascii_lowercase(), false));
    }
    choose(labels, lang).or_else(|| choose(aliases, lang))
}

/// One page being built: the app, the language and what is known of linked things.
struct Builder<'a> {
    app: &'a App,
    lang: Lang,
    briefs: HashMap<NamedNode, Brief>,
    /// The day tenses are chosen against ([`crate::config::Config::today`]).
    today: DateValue,
}

impl<'a> Builder<'a> {
    fn new(app: &'a App, lang: Lang) -> Self {
        Builder {
            app,
            lang,
            briefs: HashMap::new(),
            today: app.config.today(),
        }
    }

    fn l10n(&self) -> &Localizer {
        &self.app.localizer
    }

    fn t(&self, id: &str) -> String {
        self.l10n().text(self.lang, id)
    }

    /// Loads briefs of `iris` not loaded yet, then of the places they are located in.
    fn load(&mut self, iris: &[NamedNode]) -> Result<(), StoreError> {
        for round in 0..2 {
            let wanted: Vec<NamedNode> = if round == 0 {
                iris.to_vec()
            } else {
                self.briefs
                    .values()
                    .flat_map(|b| b.locations.iter().cloned())
                    .collect()
            };
            let mut missing: Vec<NamedNode> = wanted
                .into_iter()
                .filter(|i| !self.briefs.contains_key(i))
                .collect();
            missing.sort();
            missing.dedup();
            if missing.is_empty() {
                continue;
            }
            for chunk in missing.chunks(200) {
                let rows = self
                    .app
                    .store
                    .select(&queries::for_values(queries::BRIEFS, chunk))?;
                for iri in chunk {
                    self.briefs.entry(iri.clone()).or_default();
                }
                for row in rows {
                    let (Some(Term::NamedNode(thing)), Some(Term::Literal(role)), Some(value)) =
                        (row.get("thing"), row.get("role"), row.get("value"))
                    else {
                        continue;
                    };
                    let brief = self.briefs.entry(thing.clone()).or_default();
                    match (role.value(), value) {
                        ("label", Term::Literal(l)) => brief.labels.push((
                            l.value().to_string(),
                            l.language().unwrap_or("").to_string(),
                        )),
                        ("alias", Term::Literal(l)) => brief.aliases.push((
                            l.value().to_string(),
                            l.language().unwrap_or("").to_string(),
                        )),
                        ("headline", Term::Literal(l)) => brief.headlines.push((
                            l.value().to_string(),
                            l.language().unwrap_or("").to_string(),
                        )),
                        ("start", Term::Literal(l)) => {
                            brief.start = brief.start.or(DateValue::parse_iso(l.value()))
                        }
                        ("end", Term::Literal(l)) => {
                            brief.end = brief.end.or(DateValue::parse_iso(l.value()))
                        }
                        ("published", Term::Literal(l)) => {
                            brief.published = brief.published.or(DateValue::parse_iso(l.value()))
                        }
                        ("valid-from", Term::Literal(l)) => {
                            brief.valid.0 = brief.valid.0.or(DateValue::parse_iso(l.value()))
                        }
                        ("valid-until", Term::Literal(l)) => {
                            brief.valid.1 = brief.valid.1.or(DateValue::parse_iso(l.value()))
                        }
                        ("location", Term::NamedNode(n)) => brief.locations.push(n.clone()),
                        ("within", Term::NamedNode(n)) => brief.within.push(n.clone()),
                        ("status", Term::Literal(l)) => brief.planned |= l.value() == "planned",
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    }

    /// The page path of a thing we mint IRIs for; a term of our ontology (a kind of event:
    /// `ng:Meeting`) links to its entry on the ontology page this service serves
    /// (`/ns#Meeting`); other IRIs link to themselves.
    fn href(&self, iri: &NamedNode) -> String {
        let iris = &self.app.iris;
        if let Some(term) = iri
            .as_str()
            .strip_prefix(crate::rdf::vocab::ng::NS)
            .filter(|t| !t.is_empty())
        {
            format!("/ns#{term}")
        } else if let Some(key) = iris.parse_entity(iri.as_str()) {
            format!("/{}/{}/{}", self.lang, key.kind.segment(), key.slug)
        } else if let Some(id) = iris.parse_notice(iri.as_str()) {
            format!("/{}/notices/{id}", self.lang)
        } else {
            iri.as_str().to_string()
        }
    }

    /// A thing's label (or a notice's headline) for this page, marked when in the other
    /// language; its slug when it has no label at all, its IRI only when it is not ours.
    fn shown(&self, iri: &NamedNode) -> Shown {
        let brief = self.briefs.get(iri);
        let chosen = brief.and_then(|b| {
            choose_name(&b.labels, &b.aliases, self.lang)
                .or_else(|| choose(&b.headlines, self.lang))
        });
        let (text, lang, other) = chosen.unwrap_or_else(|| {
            let iris = &self.app.iris;
            let fallback = iris
                .parse_entity(iri.as_str())
                .map(|k| k.slug)
                .or_else(|| iris.parse_notice(iri.as_str()))
                .or_else(|| self.wikidata_item(iri))
                .unwrap_or_else(|| iri.as_str().to_string());
            (fallback, self.lang.tag().to_string(), false)
        });
        Shown {
            text,
            lang,
            other,
            href: Some(self.href(iri)),
        }
    }

    fn name(&self, iri: &NamedNode) -> String {
        self.shown(iri).text
    }

    /// A Wikidata item's name for a link (`Wikidata Q41550`, `wikidata-item`) rather than
    /// its IRI; `None` for any other IRI.
    fn wikidata_item(&self, iri: &NamedNode) -> Option<String> {
        let id = iri
            .as_str()
            .strip_prefix("http://www.wikidata.org/entity/")
            .or_else(|| {
                iri.as_str()
                    .strip_prefix("https://www.wikidata.org/entity/")
            })
            .filter(|id| id.starts_with('Q') && id[1..].chars().all(|c| c.is_ascii_digit()))?;
        let mut a = FluentArgs::new();
        a.set("id", id.to_string());
        Some(self.sentence("wikidata-item", &a))
    }

    fn names(&self, iris: &[NamedNode]) -> String {
        let names: Vec<String> = iris.iter().map(|i| self.name(i)).collect();
        self.l10n().list(self.lang, &names)
    }

    /// A thing's name as placed in running text: in English with `the` before a name that
    /// takes it (`the Republic of Korea`, `the OECD E-Leaders Meeting 2018`, but `OECD`:
    /// [`article::takes_the`]); elsewhere, and for a label in the other language, its name.
    fn phrase(&self, iri: &NamedNode) -> String {
        let shown = self.shown(iri);
        match self.app.iris.parse_entity(iri.as_str()) {
            Some(key) => self.in_sentence(&shown, key.kind),
            None => shown.text,
        }
    }

    /// `shown` (a label of a thing of `kind`) as placed in running text (see [`Self::phrase`]).
    fn in_sentence(&self, shown: &Shown, kind: EntityKind) -> String {
        if self.lang == Lang::En && !shown.other {
            article::with_the(&shown.text, kind)
        } else {
            shown.text.clone()
        }
    }

    /// The names of `iris` as a list in running text ([`Self::phrase`]).
    fn phrases(&self, iris: &[NamedNode]) -> String {
        let names: Vec<String> = iris.iter().map(|i| self.phrase(i)).collect();
        self.l10n().list(self.lang, &names)
    }

    fn date(&self, date: &DateValue) -> String {
        self.l10n().date(self.lang, date)
    }

    /// A period of validity `(from, until)` as a reader reads it (`period`: `November
    /// 2014 – July 2017`, `2014년 11월~2017년 7월`, `since …`, `until …`); `None` when
    /// neither end is known.
    fn period(&self, (from, until): (Option<DateValue>, Option<DateValue>)) -> Option<String> {
        if from.is_none() && until.is_none() {
            return None;
        }
        let mut a = FluentArgs::new();
        a.set("has-from", yes(from.is_some()));
        a.set("has-until", yes(until.is_some()));
        a.set("from", from.map(|d| self.date(&d)).unwrap_or_default());
        a.set("until", until.map(|d| self.date(&d)).unwrap_or_default());
        Some(self.sentence("period", &a))
    }

    /// The places `iris` in the order the page's language names a place and the one it
    /// lies within: the smaller first in English (`Tallinn, Estonia`), the larger first in
    /// Korean (`에스토니아 탈린`, see [`Self::place_seps`]); places not within one another keep
    /// their order.
    fn place_order(&self, iris: &[NamedNode]) -> Vec<NamedNode> {
        let depth = |p: &NamedNode| {
            iris.iter()
                .filter(|q| *q != p && self.briefs.get(p).is_some_and(|b| b.within.contains(q)))
                .count()
        };
        let mut sorted = iris.to_vec();
        match self.lang {
            Lang::En => sorted.sort_by_key(|p| std::cmp::Reverse(depth(p))),
            Lang::Ko => sorted.sort_by_key(depth),
        }
        sorted
    }

    /// The places `iris` as one phrase: a place listed with one it lies within is named
    /// with it as one place (`Busan, Republic of Korea`, `대한민국 부산`: `place-within`),
    /// and the genuinely separate places are joined as a list.
    /// In running text (`sentence`) a place standing alone is named as [`Self::phrase`]
    /// does (`in the Republic of Korea`); a list entry's detail names it as it is.
    fn places(&self, iris: &[NamedNode], sentence: bool) -> String {
        let within = |p: &NamedNode, q: &NamedNode| {
            p != q && self.briefs.get(p).is_some_and(|b| b.within.contains(q))
        };
        let containers: Vec<&NamedNode> = iris
            .iter()
            .filter(|q| iris.iter().any(|p| within(p, q)))
            .collect();
        let mut phrases: Vec<String> = Vec::new();
        for place in iris {
            if containers.contains(&place) {
                continue;
            }
            match iris.iter().find(|q| within(place, q)) {
                Some(container) => {
                    let mut a = FluentArgs::new();
                    a.set("place", self.name(place));
                    a.set("container", self.name(container));
                    phrases.push(self.sentence("place-within", &a));
                }
                None if sentence => phrases.push(self.phrase(place)),
                None => phrases.push(self.name(place)),
            }
        }
        phrases.dedup();
        self.l10n().list(self.lang, &phrases)
    }

    /// `iris` newest first (by start or publication date, then name).
    fn by_date(&self, iris: &[NamedNode]) -> Vec<NamedNode> {
        let mut sorted: Vec<NamedNode> = iris.to_vec();
        sorted.sort_by_key(|i| {
            let b = self.briefs.get(i);
            (
                std::cmp::Reverse(b.and_then(|b| b.start.or(b.published)).map(date_key)),
                sort_key(&self.name(i)),
            )
        });
        sorted.dedup();
        sorted
    }

    /// The names of `iris` as a list, newest first, at most `max` of them and then
    /// `N more` (`list-more`, counted by the kind of the things left out: `counter`); all
    /// of them when only one would be left out (its name says more than `one more`).
    fn names_at_most(&self, iris: &[NamedNode], max: usize) -> String {
        let sorted = self.by_date(iris);
        let shown = if sorted.len() > max + 1 {
            max
        } else {
            sorted.len()
        };
        let mut names: Vec<String> = sorted.iter().take(shown).map(|i| self.phrase(i)).collect();
        if sorted.len() > shown {
            let mut args = FluentArgs::new();
            args.set("count", (sorted.len() - shown) as i64);
            args.set("counter", self.counter(&sorted[shown..]));
            names.push(self.l10n().text_with(self.lang, "list-more", &args));
        }
        self.l10n().list(self.lang, &names)
    }

    /// The counter `iris` are counted with in `list-more` (Korean 곳, 명, 개, 건), the
    /// one of most of them (ties: the first's): see [`counter`].
    fn counter(&self, iris: &[NamedNode]) -> &'static str {
        let each: Vec<&'static str> = iris
            .iter()
            .map(|i| counter(self.app.iris.parse_entity(i.as_str()).map(|k| k.kind)))
            .collect();
        let count = |c: &&str| each.iter().filter(|x| *x == c).count();
        let mut best = each.first().copied().unwrap_or("thing");
        for c in &each {
            if count(c) > count(&best) {
                best = c;
            }
        }
        best
    }

    /// The tense of a sentence about `events`: `planned` when every one is announced and
    /// its date is not over, `was-planned` when every one was announced for a date now
    /// over (or some of each), else `held` (see [`status`]).
    fn tense(&self, events: &[NamedNode]) -> &'static str {
        let each: Vec<&'static str> = events.iter().map(|e| self.status_of(e)).collect();
        if each.is_empty() || each.contains(&"held") {
            "held"
        } else if each.iter().all(|s| *s == "planned") {
            "planned"
        } else {
            "was-planned"
        }
    }

    /// The status of one loaded event as [`status`] words it.
    fn status_of(&self, event: &NamedNode) -> &'static str {
        let brief = self.briefs.get(event);
        status(
            brief.is_some_and(|b| b.planned),
            brief.and_then(|b| b.start),
            self.today,
        )
    }

    /// `text` (a generated summary) cut into runs: the names of the things this page has
    /// loaded, and `own` (the page's heading, unlinked, and names known only as literals,
    /// such as a publisher's), become labels, linked and marked when in the other
    /// language; the rest stays plain. Names of two characters or more
    /// are matched longest first, not inside a word, and may be followed by a Korean
    /// particle.
    fn runs(&self, text: &str, own: &[Shown]) -> Vec<Run> {
        let mut names: Vec<Shown> = own.to_vec();
        // things of this service only: an ontology class (`meeting`) is a plain word
        let iris = &self.app.iris;
        let mut known: Vec<&NamedNode> = self
            .briefs
            .keys()
            .filter(|i| {
                iris.parse_entity(i.as_str()).is_some() || iris.parse_notice(i.as_str()).is_some()
            })
            .collect();
        known.sort();
        names.extend(known.into_iter().map(|i| self.shown(i)));
        names.retain(|s| s.text.chars().count() >= 2);
        names.sort_by_key(|s| std::cmp::Reverse(s.text.len()));
        let mut runs = Vec::new();
        let mut plain = String::new();
        let mut rest = text;
        let mut prev: Option<char> = None;
        while let Some(c) = rest.chars().next() {
            let at_start = prev.is_none_or(|p| !p.is_alphanumeric());
            let found = names.iter().find(|n| {
                at_start
                    && rest.starts_with(n.text.as_str())
                    && rest[n.text.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_ascii_alphanumeric())
            });
            if let Some(n) = found {
                if !plain.is_empty() {
                    runs.push(Run {
                        text: std::mem::take(&mut plain),
                        shown: None,
                        particle: String::new(),
                    });
                }
                rest = &rest[n.text.len()..];
                let particle = particle_at(rest);
                runs.push(Run {
                    text: String::new(),
                    shown: Some(n.clone()),
                    particle: particle.to_string(),
                });
                rest = &rest[particle.len()..];
                prev = particle.chars().next_back().or(n.text.chars().next_back());
            } else {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
                prev = Some(c);
            }
        }
        if !plain.is_empty() {
            runs.push(Run {
                text: plain,
                shown: None,
                particle: String::new(),
            });
        }
        runs
    }

    /// Message `id` formatted with `args` in the page's language.
    fn sentence(&self, id: &str, args: &FluentArgs) -> String {
        self.l10n().text_with(self.lang, id, args)
    }

    /// A list entry: the thing, with its date and places as detail.
    fn item(&self, iri: &NamedNode) -> Item {
        let brief = self.briefs.get(iri);
        let mut detail = Vec::new();
        if let Some(d) = brief.and_then(|b| b.start.or(b.published)) {
            detail.push(self.date(&d));
        }
        if let Some(b) = brief.filter(|b| !b.locations.is_empty()) {
            detail.push(self.places(&b.locations, false));
        }
        if let Some(period) = brief.and_then(|b| self.period(b.valid)) {
            detail.push(period);
        }
        Item {
            link: self.shown(iri),
            detail: (!detail.is_empty()).then(|| detail.join(" · ")),
        }
    }

    /// `iris` split into event series and the rest (events): `(series, events)`.
    fn split_series(&self, iris: &[NamedNode]) -> (Vec<NamedNode>, Vec<NamedNode>) {
        iris.iter().cloned().partition(|i| {
            self.app
                .iris
                .parse_entity(i.as_str())
                .is_some_and(|k| k.kind == EntityKind::Series)
        })
    }

    /// A section of `iris`, newest first, or `None` when empty.
    fn section(&self, title_id: &str, iris: &[NamedNode]) -> Option<Section> {
        if iris.is_empty() {
            return None;
        }
        let mut sorted: Vec<&NamedNode> = iris.iter().collect();
        sorted.sort_by_key(|i| {
            let b = self.briefs.get(*i);
            (
                std::cmp::Reverse(b.and_then(|b| b.start.or(b.published)).map(date_key)),
                sort_key(&self.name(i)),
            )
        });
        sorted.dedup();
        let mut items: Vec<Item> = sorted.iter().map(|i| self.item(i)).collect();
        let kinds: Vec<String> = sorted.iter().map(|i| self.kind_name(i)).collect();
        let mut links: Vec<Shown> = items.iter().map(|i| i.link.clone()).collect();
        disambiguate(&mut links, &kinds, |l, k| self.with_kind(l, k));
        for (item, link) in items.iter_mut().zip(links) {
            item.link = link;
        }
        Some(Section {
            title: self.t(title_id),
            items,
        })
    }

    /// A fact of linked things `iris`, in the order given.
    fn fact(&self, name_id: &str, iris: &[NamedNode]) -> Option<Fact> {
        let mut iris: Vec<NamedNode> = iris.to_vec();
        iris.dedup();
        let mut values: Vec<Shown> = iris.iter().map(|i| self.shown(i)).collect();
        let kinds: Vec<String> = iris.iter().map(|i| self.kind_name(i)).collect();
        disambiguate(&mut values, &kinds, |l, k| self.with_kind(l, k));
        (!values.is_empty()).then(|| Fact {
            name: self.t(name_id),
            values,
            seps: Vec::new(),
        })
    }

    /// The fact of a thing's kinds (`What`): class words, which start a table cell with a
    /// capital (`Meeting`; Hangul is unchanged).
    fn class_fact(&self, name_id: &str, iris: &[NamedNode]) -> Option<Fact> {
        let mut fact = self.fact(name_id, iris)?;
        for value in &mut fact.values {
            value.text = sentence_case(&value.text);
        }
        Some(fact)
    }

    /// The fact of places `iris`, in the order the language names a place and the one it
    /// lies within ([`Self::place_order`]), with what goes between them ([`Self::place_seps`]).
    fn place_fact(&self, name_id: &str, iris: &[NamedNode]) -> Option<Fact> {
        let mut ordered = self.place_order(iris);
        ordered.dedup();
        let mut fact = self.fact(name_id, &ordered)?;
        fact.seps = self.place_seps(&ordered);
        Some(fact)
    }

    /// What goes between each two of `places` (in [`Self::place_order`]): in Korean a
    /// space between a place and one lying within it (`에스토니아 탈린`), as the name of one
    /// place; `, ` otherwise (`Tallinn, Estonia`, `서울, 부산`).
    fn place_seps(&self, places: &[NamedNode]) -> Vec<String> {
        places
            .windows(2)
            .map(|pair| {
                let within = self
                    .briefs
                    .get(&pair[1])
                    .is_some_and(|b| b.within.contains(&pair[0]));
                if self.lang == Lang::Ko && within {
                    " ".to_string()
                } else {
                    ", ".to_string()
                }
            })
            .collect()
    }

    /// A fact of linked things `iris` in the order a summary names them (newest first,
    /// then by name, [`Builder::by_date`]).
    fn listed_fact(&self, name_id: &str, iris: &[NamedNode]) -> Option<Fact> {
        self.fact(name_id, &self.by_date(iris))
    }

    /// `label` with its kind, to tell it from another thing of the same label
    /// (`label-with-kind`: `Korea (country)`, `대한민국(국가)`).
    fn with_kind(&self, label: &str, kind: &str) -> String {
        let mut a = FluentArgs::new();
        a.set("label", label.to_string());
        a.set("kind", kind.to_string());
        self.sentence("label-with-kind", &a)
    }

    /// The localized kind name of a thing of this service (`organization`, `국가`);
    /// empty for anything else.
    fn kind_name(&self, iri: &NamedNode) -> String {
        self.app
            .iris
            .parse_entity(iri.as_str())
            .map(|k| self.t(&format!("kind-{}", k.kind.segment())))
            .unwrap_or_default()
    }

    fn text_fact(&self, name_id: &str, values: Vec<String>) -> Option<Fact> {
        (!values.is_empty()).then(|| Fact {
            name: self.t(name_id),
            values: values
                .into_iter()
                .map(|text| Shown {
                    text,
                    lang: self.lang.tag().to_string(),
                    other: false,
                    href: None,
                })
                .collect(),
            seps: Vec::new(),
        })
    }

    fn layout(
        &self,
        title: String,
        twin_href: String,
        data: Option<&Thing>,
        jsonld: serde_json::Value,
    ) -> Layout {
        let alternates = match data {
            Some(thing) => thing.documents(),
            None => vec![(
                "text/turtle".to_string(),
                "/.well-known/void?format=ttl".to_string(),
            )],
        };
        let iris = &self.app.iris;
        let (own, default) = page_addresses(self.lang, &twin_href);
        let default = match data {
            Some(thing) => crate::rdf::uri::to_uri(thing.iri_in(iris).as_str()),
            None => super::resource::absolute_location(iris, &default),
        };
        let canonical = super::resource::absolute_location(iris, &own);
        let twin = super::resource::absolute_location(iris, &twin_href);
        let mut hreflangs = vec![
            (self.lang.tag().to_string(), canonical.clone()),
            (self.lang.other().tag().to_string(), twin),
        ];
        hreflangs.sort();
        hreflangs.push(("x-default".to_string(), default));
        Layout {
            lang: self.lang.tag().to_string(),
            title,
            twin_lang: self.lang.other().tag().to_string(),
            canonical,
            hreflangs,
            twin_href,
            data_href: data.map(|thing| thing.data("ttl")),
            alternates,
            jsonld: web::json_ld(&jsonld),
            t: LayoutText {
                site_name: self.t("site-title"),
                site_tagline: self.t("site-tagline"),
                switch_language: self.t("switch-language"),
                nav_home: self.t("nav-home"),
                nav_sparql: self.t("nav-sparql"),
                search_label: self.t("search-label"),
                search_placeholder: self.t("search-placeholder"),
                search_button: self.t("search-button"),
                footer_generated: self.t("footer-generated"),
                data_link: self.t("data-link"),
            },
        }
    }
}

/// The paths of a page in `lang` whose twin (the page in the other language) is at
/// `twin_href` (`/{other}/…`): `(its own path, the path without a language)` —
/// `/en/org/x` → (`/ko/org/x`, `/org/x`), `/en/` → (`/ko/`, `/`), `/en/search?q=a` →
/// (`/ko/search?q=a`, `/search?q=a`). A twin path outside `/{other}/` is its own.
fn page_addresses(lang: Lang, twin_href: &str) -> (String, String) {
    match twin_href.strip_prefix(&format!("/{}/", lang.other())) {
        Some(rest) => (format!("/{lang}/{rest}"), format!("/{rest}")),
        None => (twin_href.to_string(), twin_href.to_string()),
    }
}

/// Labels of one list that read the same but name different things (`shown[i]` is a
/// thing of kind `kinds[i]`) get their kind added (`Korea (country)`, `Korea
/// (organization)`), so a reader can tell them apart; the others are left as they are.
/// `with_kind` words a label with its kind (`label-with-kind`).
fn disambiguate(shown: &mut [Shown], kinds: &[String], with_kind: impl Fn(&str, &str) -> String) {
    let texts: Vec<String> = shown.iter().map(|s| s.text.clone()).collect();
    for (i, s) in shown.iter_mut().enumerate() {
        let clash = texts
            .iter()
            .enumerate()
            .any(|(j, t)| j != i && *t == texts[i] && kinds.get(j) != kinds.get(i));
        if clash && let Some(kind) = kinds.get(i).filter(|k| !k.is_empty()) {
            s.text = with_kind(&s.text, kind);
        }
    }
}

/// The Korean particle at the start of `text` (the rest of a sentence after a name): the
/// Hangul syllables there, then a `(…)` of Hangul syllables as in `을(를)`, the form
/// written when the name's final sound is unknown. Empty when `text` starts otherwise.
fn particle_at(text: &str) -> &str {
    let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
    let end = text.find(|c: char| !hangul(c)).unwrap_or(text.len());
    let rest = &text[end..];
    let paren = rest
        .strip_prefix('(')
        .and_then(|r| r.find(')').map(|close| &r[..close]))
        .filter(|inner| end > 0 && !inner.is_empty() && inner.chars().all(hangul));
    match paren {
        Some(inner) => &text[..end + inner.len() + 2],
        None => &text[..end],
    }
}

/// The key lists are sorted by when names are compared: the name with its case folded and
/// its accents dropped (NFKD without combining marks, lowercased), then the name itself for
/// a stable order (`artificial intelligence` before `Estonia`, `Gurría` beside `Gurria`).
/// Hangul keeps its code-point order, which is the dictionary order.
pub(crate) fn sort_key(name: &str) -> (String, String) {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let folded: String = name
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    // decomposed Hangul syllables are composed back, so they compare as syllables
    (folded.nfc().collect(), name.to_string())
}

/// A chronological sort key: a year-only or year-month date sorts at the start of its
/// period (`DateValue`'s derived order compares precision first, which is not time order).
fn date_key(d: DateValue) -> (i32, u32, u32) {
    match d {
        DateValue::Year(y) => (y, 0, 0),
        DateValue::YearMonth(y, m) => (y, m, 0),
        DateValue::Date(y, m, d) => (y, m, d),
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The home page: the newest notices and the latest events.
fn home_page(app: &App, lang: Lang) -> Result<String, AppError> {
    let rows = app.config.page_rows;
    let column = |query: String, var: &str| -> Result<Vec<NamedNode>, StoreError> {
        Ok(app
            .store
            .select(&query)?
            .into_iter()
            .filter_map(|row| match row.get(var) {
                Some(Term::NamedNode(n)) => Some(n.clone()),
                _ => None,
            })
            .collect())
    };
    let notices = column(queries::limited(queries::NOTICES, rows), "notice")?;
    let events = column(queries::limited(queries::EVENTS, rows), "event")?;
    let mut b = Builder::new(app, lang);
    b.load(&[notices.clone(), events.clone()].concat())?;
    let title = b.t("home-title");
    let sections: Vec<Section> = [
        b.section("home-notices", &notices),
        b.section("home-events", &events),
    ]
    .into_iter()
    .flatten()
    .collect();
    let summary = if sections.is_empty() {
        b.t("home-empty")
    } else {
        b.t("home-intro")
    };
    let jsonld = jsonld::home(&b, lang, &notices, &events);
    let page = Page {
        layout: b.layout(title.clone(), format!("/{}/", lang.other()), None, jsonld),
        heading: Shown {
            text: title,
            lang: lang.tag().to_string(),
            other: false,
            href: None,
        },
        kind_name: None,
        summary: Some(summary),
        summary_lang: lang.tag().to_string(),
        facts: vec![],
        sections,
        text_title: String::new(),
        text: vec![],
        text_lang: lang.tag().to_string(),
        summary_runs: vec![],
        panel_title: String::new(),
        panel_in_text: String::new(),
        panel: vec![],
    };
    Ok(web::render(&page)?)
}

/// What the search page (`super::search`) takes from the pages: the layout in `lang`
/// (`title`, the twin page `twin_href`, `jsonld`) and one list entry per thing of `iris`: its label in `lang` (or the other language's, marked), linked to its
/// page, with its date (an event's start, a notice's publication) and places as detail.
/// Entries come by `groups[i]` (how well thing `i` matched, lowest first), then by the
/// name shown ([`sort_key`]), each with its index in `iris`; `jsonld` gets the things as
/// its `mainEntity`, an `ItemList` named `title`, in that order.
///
/// # Errors
/// The store's error when loading the things' labels and dates fails.
pub(crate) fn search_parts(
    app: &App,
    lang: Lang,
    title: String,
    twin_href: String,
    mut jsonld: serde_json::Value,
    iris: &[NamedNode],
    groups: &[u32],
) -> Result<(Layout, Vec<(usize, Item)>), StoreError> {
    let mut b = Builder::new(app, lang);
    b.load(iris)?;
    let mut order: Vec<usize> = (0..iris.len()).collect();
    order.sort_by_cached_key(|&i| (groups.get(i).copied(), sort_key(&b.name(&iris[i]))));
    let sorted: Vec<NamedNode> = order.iter().map(|&i| iris[i].clone()).collect();
    if !sorted.is_empty() {
        jsonld["mainEntity"] = jsonld::item_list(&b, &title, &sorted);
    }
    let items = order.iter().map(|&i| (i, b.item(&iris[i]))).collect();
    Ok((b.layout(title, twin_href, None, jsonld), items))
}

/// The page of one thing (entity or notice); `404` when the store knows nothing of it.
fn thing_page(app: &App, lang: Lang, thing: &Thing) -> Result<String, AppError> {
    let iri = thing.iri_in(&app.iris);
    let facts = Facts::load(app.store.as_ref(), &iri)?;
    if facts.is_empty() {
        return Err(AppError::NotFound(iri.into_string()));
    }
    let mut b = Builder::new(app, lang);
    // the series' other editions are shown on an event page
    let series = facts.related("series");
    let mut editions = Vec::new();
    for s in &series {
        let series_facts = Facts::load(app.store.as_ref(), s)?;
        editions.extend(
            series_facts
                .related("edition")
                .into_iter()
                .filter(|e| *e != iri),
        );
    }
    let mut wanted: Vec<NamedNode> = facts.relations.iter().map(|(_, o)| o.clone()).collect();
    wanted.extend(editions.iter().cloned());
    wanted.push(iri.clone());
    b.load(&wanted)?;

    let labels = facts.labels("label");
    let headline = facts.labels("headline");
    let heading = {
        let mut shown = b.shown(&iri);
        if let Some((text, tag, other)) = choose_name(&labels, &facts.labels("alt-label"), lang)
            .or_else(|| choose(&headline, lang))
        {
            shown.text = text;
            shown.lang = tag;
            shown.other = other;
        }
        shown.href = None;
        shown
    };
    let name = heading.text.clone();
    // the name as the subject or object of a sentence (`the Republic of Korea`)
    let subject = match app.iris.parse_entity(iri.as_str()) {
        Some(key) => b.in_sentence(&heading, key.kind),
        None => name.clone(),
    };
    let kind_name = b.t(&format!("kind-{}", thing.kind));

    let mut fact_list: Vec<Option<Fact>> = Vec::new();
    let mut sections: Vec<Option<Section>> = Vec::new();
    let (summary_id, mut args) = (
        format!("{}-summary", summary_kind(thing.kind)),
        FluentArgs::new(),
    );
    args.set("name", subject.clone());
    let count = |role: &str| facts.related(role).len() as i64;
    // sentences added after the main one, each when its facts are known
    let mut extra: Vec<String> = Vec::new();
    let mut panel: Vec<PanelEntry> = Vec::new();
    let mut bare_summary = false;
    let (mut text, mut text_lang) = (Vec::new(), lang.tag().to_string());
    // names the summary may hold that are literals, not things (a publisher's name)
    let mut literal_names: Vec<Shown> = Vec::new();

    if thing.kind == "notice" {
        let published = facts.date("published");
        let mentions = facts.related("mentions");
        let (events, others): (Vec<NamedNode>, Vec<NamedNode>) =
            mentions.into_iter().partition(|m| {
                app.iris
                    .parse_entity(m.as_str())
                    .is_some_and(|k| k.kind == EntityKind::Event)
            });
        let publisher_iris = facts.related("publisher");
        let publisher: Vec<Shown> = publisher_iris
            .iter()
            .map(|p| b.shown(p))
            .chain(
                facts
                    .labels("publisher-name")
                    .into_iter()
                    .map(|(text, tag)| literal_name(text, &tag, lang)),
            )
            .collect();
        literal_names.extend(publisher.iter().filter(|p| p.href.is_none()).cloned());
        fact_list.push(b.text_fact(
            "notice-published",
            published.iter().map(|d| b.date(d)).collect(),
        ));
        fact_list.push((!publisher.is_empty()).then(|| Fact {
            name: b.t("notice-publisher"),
            values: publisher.clone(),
            seps: Vec::new(),
        }));
        fact_list.push(
            b.text_fact(
                "notice-language",
                facts
                    .literals("language")
                    .iter()
                    .filter_map(|l| Lang::from_tag(l.value()))
                    .map(|l| b.t(&format!("language-{l}")))
                    .collect(),
            ),
        );
        fact_list.push(facts.first("source").map(|url| Fact {
            name: b.t("notice-source"),
            values: vec![Shown {
                // the site's name as the link's text, the whole address as its target
                text: link_host(url).unwrap_or_else(|| url.to_string()),
                lang: lang.tag().to_string(),
                other: false,
                // only web addresses become links: a `javascript:` or `data:` source
                // from a notice header is shown as text
                href: is_web_url(url).then(|| url.to_string()),
            }],
            seps: Vec::new(),
        }));
        sections.push(b.section("notice-events", &events));
        sections.push(b.section("notice-entities", &others));
        args.set("has-publisher", yes(!publisher.is_empty()));
        args.set(
            "publisher",
            publisher_iris
                .first()
                .map(|p| b.phrase(p))
                .or_else(|| publisher.first().map(|p| p.text.clone()))
                .unwrap_or_default(),
        );
        args.set("has-date", yes(published.is_some()));
        args.set("date", published.map(|d| b.date(&d)).unwrap_or_default());
        args.set("precision", precision(published));
        args.set("events", events.len() as i64);
        args.set("things", others.len() as i64);
        if !events.is_empty() {
            let mut reports = FluentArgs::new();
            reports.set("events", b.names_at_most(&events, 4));
            extra.push(b.sentence("notice-reports", &reports));
        }
        let (runs, runs_lang, first_mentions) = notice_text(&b, &iri)?;
        (text, text_lang) = (runs, runs_lang);
        if let Some(id) = app.iris.parse_notice(iri.as_str()) {
            panel = notice_panel(&mut b, &app.iris.notice_graph(&id), &iri, &first_mentions)?;
        }
        let stated: usize = panel
            .iter()
            .flat_map(|e| &e.facts)
            .map(|f| f.values.len())
            .sum();
        if stated > 0 {
            let mut contributed = FluentArgs::new();
            contributed.set("facts", stated as i64);
            extra.push(b.sentence("notice-contributed", &contributed));
        }
    } else {
        let start = facts.date("start");
        let end = facts.date("end");
        let kinds = facts.related("kind");
        // a survey edition is published by its hosts, and ranks rather than hosts its
        // participants; it has no status of a meeting (announced, held)
        let survey = is_survey_edition(&kinds);
        fact_list.push(b.class_fact("fact-what", &kinds));
        fact_list.push(b.listed_fact(
            if survey {
                "fact-published-by"
            } else {
                "fact-hosts"
            },
            &facts.related("organizer"),
        ));
        fact_list.push(b.place_fact("fact-where", &facts.related("location")));
        fact_list.push(b.text_fact("fact-when", start.iter().map(|d| b.date(d)).collect()));
        fact_list.push(b.text_fact("fact-until", end.iter().map(|d| b.date(d)).collect()));
        fact_list.push(b.fact("fact-series", &series));
        let edition_number = facts
            .first("edition-number")
            .and_then(|n| n.parse::<i64>().ok());
        fact_list.push(
            b.text_fact(
                "fact-edition",
                edition_number
                    .iter()
                    .map(|n| {
                        let mut a = FluentArgs::new();
                        a.set("number", ordinal(*n));
                        b.sentence("edition-number", &a)
                    })
                    .collect(),
            ),
        );
        fact_list.push(b.listed_fact(
            if survey {
                "fact-ranked"
            } else {
                "fact-participants"
            },
            &facts.related("attendee"),
        ));
        fact_list.push(b.listed_fact("fact-topics", &facts.related("about")));
        let status = status(facts.first("status") == Some("planned"), start, b.today);
        if facts.first("status").is_some() && !survey {
            fact_list.push(b.text_fact("fact-status", vec![b.t(&format!("status-{status}"))]));
        }
        // figures the graph says are about this thing
        let mut figures: Vec<Shown> = Figure::load(app.store.as_ref(), &iri)?
            .iter()
            .filter(|f| f.about.as_ref() == Some(&iri))
            .map(|f| f.shown(&b))
            .collect();
        figures.dedup();
        fact_list.push((!figures.is_empty()).then(|| Fact {
            name: b.t("fact-figures"),
            values: figures,
            seps: Vec::new(),
        }));
        fact_list.push(b.listed_fact("fact-part-of", &facts.related("part-of")));
        fact_list.push(b.listed_fact("fact-post-in", &facts.related("post-in")));
        fact_list.push(b.listed_fact("section-holds", &facts.related("holds")));
        let alt: Vec<String> = facts
            .labels("alt-label")
            .into_iter()
            .filter(|(_, tag)| Lang::from_tag(tag) == Some(lang) && !tag.contains('-'))
            .map(|(text, _)| text)
            .filter(|text| *text != name)
            .collect();
        fact_list.push(b.text_fact("fact-also-known-as", alt));
        fact_list.push(b.listed_fact("fact-same-as", &facts.related("same-as")));
        let valid = (facts.date("valid-from"), facts.date("valid-until"));
        // the period of a gazetteer entry: an organization's name in use, a person's
        // term of office
        let valid_id = match thing.kind {
            "org" => "fact-valid",
            "person" => "fact-in-office",
            _ => "fact-period",
        };
        fact_list.push(b.text_fact(valid_id, b.period(valid).into_iter().collect()));
        fact_list.push(b.listed_fact("fact-preceded-by", &facts.related("preceded-by")));
        fact_list.push(b.listed_fact("fact-succeeded-by", &facts.related("succeeded-by")));

        sections.push(b.section("section-other-editions", &editions));
        sections.push(b.section("section-editions", &facts.related("edition")));
        let (hosted_series, hosted_events) = b.split_series(&facts.related("organizes"));
        sections.push(b.section("section-organizes", &hosted_events));
        sections.push(b.section("section-organizes-series", &hosted_series));
        sections.push(b.section("section-attends", &facts.related("attends")));
        sections.push(b.section("section-location-of", &facts.related("location-of")));
        sections.push(b.section("section-topic-of", &facts.related("topic-of")));
        sections.push(b.section("section-contains", &facts.related("contains")));
        sections.push(b.section("section-sub-orgs", &facts.related("sub-org")));
        sections.push(b.section("section-posts", &facts.related("post")));
        sections.push(b.section("section-holders", &facts.related("holder")));
        sections.push(b.section("section-mentioned-in", &facts.related("mentioned-in")));

        let hosts = facts.related("organizer");
        let places = facts.related("location");
        let parent = facts.related("part-of");
        let posts = facts.related("holds");
        let post_in = facts.related("post-in");
        let holders = facts.related("holder");
        args.set("event", subject.clone());
        args.set("has-hosts", yes(!hosts.is_empty()));
        args.set("hosts", b.phrases(&hosts));
        args.set("has-place", yes(!places.is_empty()));
        args.set("place", b.places(&places, true));
        let event_type = event_type(&kinds);
        let type_name = event_type.map(|t| b.name(t)).unwrap_or_default();
        args.set("has-type", yes(event_type.is_some()));
        args.set(
            "vowel",
            yes(type_name.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])),
        );
        args.set("type", type_name);
        // a multi-day event: from its start to its end (`range`)
        let range = start.zip(end).filter(|(s, e)| s != e);
        args.set("verb", event_verb(&kinds));
        args.set("has-date", yes(start.is_some()));
        args.set(
            "date",
            match range {
                Some((s, e)) => b.l10n().date_range(lang, &s, &e),
                None => start.map(|d| b.date(&d)).unwrap_or_default(),
            },
        );
        args.set(
            "precision",
            if range.is_some() {
                "range"
            } else {
                precision(start)
            },
        );
        args.set("status", status);
        args.set("has-series", yes(!series.is_empty()));
        args.set("series", b.phrases(&series));
        args.set("has-parent", yes(!parent.is_empty()));
        args.set("parent", b.phrases(&parent));
        args.set("organized", count("organizes"));
        args.set("attended", count("attends"));
        args.set("has-posts", yes(!posts.is_empty()));
        args.set("posts", b.names(&posts));
        if thing.kind == "person" {
            let clauses = person_clauses(&b, &subject, &facts);
            args.set("has-clauses", yes(!clauses.is_empty()));
            // a person with no post and no event: `X is a person.`
            bare_summary = clauses.is_empty();
            args.set("clauses", clauses);
        }
        let events = match thing.kind {
            "country" | "city" | "region" | "venue" => count("location-of"),
            "topic" => count("topic-of"),
            _ => count("attends") + count("organizes"),
        };
        args.set("events", events);
        args.set("kind", kind_name.clone());
        args.set("has-org", yes(!post_in.is_empty()));
        args.set("org", b.phrases(&post_in));
        args.set("has-holders", yes(!holders.is_empty()));
        args.set("holders", b.names(&holders));
        args.set("has-organizer", yes(!hosts.is_empty()));
        args.set("organizer", b.phrases(&hosts));
        args.set("editions", count("edition"));
        args.set("government", yes(!facts.related("government").is_empty()));
        // a first sentence with nothing to say (a person with nothing known, a topic no
        // event is about) only stands when no other sentence follows
        bare_summary |= thing.kind == "topic" && events == 0;
        let kind = app.iris.parse_entity(iri.as_str()).map(|k| k.kind);
        if kind == Some(EntityKind::Event) {
            extra.extend(event_sentences(&b, &facts, edition_number, &series));
            let results = Ranking::load(app.store.as_ref(), queries::RANKINGS_IN, &iri)?;
            let wanted: Vec<NamedNode> = results
                .iter()
                .flat_map(|r| std::iter::once(r.ranked.clone()).chain(r.index.clone()))
                .collect();
            b.load(&wanted)?;
            // a survey edition's results come first
            sections.insert(0, edition_results_section(&b, &results));
        } else {
            extra.extend(thing_sentences(&b, thing.kind, &subject, &facts));
            let rankings = Ranking::load(app.store.as_ref(), queries::RANKINGS, &iri)?;
            let mut wanted: Vec<NamedNode> = Vec::new();
            for r in &rankings {
                wanted.push(r.edition.clone());
                wanted.extend(r.series.iter().cloned());
                wanted.extend(r.index.iter().cloned());
            }
            b.load(&wanted)?;
            extra.extend(ranking_sentences(
                &b,
                &subject,
                thing.kind != "topic",
                &rankings,
            ));
            sections.push(ranking_section(&b, &rankings));
            if thing.kind == "topic" {
                let on = Ranking::load(app.store.as_ref(), queries::RANKINGS_ON, &iri)?;
                let wanted: Vec<NamedNode> = on
                    .iter()
                    .flat_map(|r| [r.edition.clone(), r.ranked.clone()])
                    .collect();
                b.load(&wanted)?;
                sections.push(rankings_on_section(&b, &on));
            }
            if thing.kind == "org" {
                extra.extend(succession_sentences(&b, &facts));
                let officials = officials(app.store.as_ref(), &iri)?;
                let people: Vec<NamedNode> = officials
                    .iter()
                    .flat_map(|(p, q)| [p.clone(), q.clone()])
                    .collect();
                b.load(&people)?;
                if !officials.is_empty() {
                    let shown: Vec<String> = officials
                        .iter()
                        .map(|(person, post)| {
                            let mut a = FluentArgs::new();
                            a.set("person", b.name(person));
                            a.set("post", b.name(post));
                            b.sentence("official", &a)
                        })
                        .collect();
                    let mut a = FluentArgs::new();
                    a.set("count", shown.len() as i64);
                    a.set("officials", b.l10n().list(lang, &shown));
                    extra.push(b.sentence("org-officials", &a));
                }
            }
        }
    }

    let jsonld = jsonld::thing(&mut b, thing.kind, &iri, &facts, &heading)?;
    // a survey edition's results are published, not held like a meeting
    let summary_id = if thing.kind == "event" && is_survey_edition(&facts.related("kind")) {
        "survey-summary".to_string()
    } else {
        summary_id
    };
    let summary = b.l10n().format(lang, &summary_id, Some(&args));
    let keep_first = !bare_summary || extra.is_empty();
    // an English sentence that opens with a name taking `the` opens with `The`
    let summary_text = std::iter::once(summary.text.clone())
        .filter(|_| keep_first)
        .chain(extra)
        .map(|s| article::capitalize_the(&s))
        .collect::<Vec<_>>()
        .join(" ");
    let own: Vec<Shown> = std::iter::once(heading.clone())
        .chain(literal_names)
        .collect();
    let summary_runs = b.runs(&summary_text, &own);
    let twin = thing.page(lang.other());
    let page = Page {
        layout: b.layout(b.with_kind(&name, &kind_name), twin, Some(thing), jsonld),
        heading,
        kind_name: Some(sentence_case(&kind_name)),
        summary: Some(summary_text),
        summary_runs,
        summary_lang: summary.lang.tag().to_string(),
        facts: fact_list.into_iter().flatten().collect(),
        sections: sections.into_iter().flatten().collect(),
        text_title: b.t("notice-text"),
        text,
        text_lang,
        panel_title: b.t("notice-panel"),
        panel_in_text: b.t("notice-in-text"),
        panel,
    };
    Ok(web::render(&page)?)
}

/// A name known only as a literal (`text`, language tag `tag`, maybe empty) as a page in
/// `lang` shows it: an untagged name takes the language its script shows
/// (the script of its first letter: Hangul is Korean, else English),
/// and a name in the other language is marked like any label of it.
fn literal_name(text: String, tag: &str, lang: Lang) -> Shown {
    // a name is in the script it starts with: `주한 프랑스 대사관 (Embassy of France)`
    // is a Korean name with an English gloss
    let hangul = |c: char| {
        ('\u{AC00}'..='\u{D7A3}').contains(&c)
            || ('\u{1100}'..='\u{11FF}').contains(&c)
            || ('\u{3130}'..='\u{318F}').contains(&c)
    };
    let tag = if tag.is_empty() {
        match text.chars().find(|c| c.is_alphabetic()) {
            Some(c) if hangul(c) => Lang::Ko.tag().to_string(),
            Some(_) => Lang::En.tag().to_string(),
            None => crate::ingest::detect::script_lang(&text).tag().to_string(),
        }
    } else {
        tag.to_ascii_lowercase()
    };
    Shown {
        other: Lang::from_tag(&tag).is_some_and(|l| l != lang),
        lang: tag,
        text,
        href: None,
    }
}

/// The kind of event among an event's classes (`kinds`, `ng:` classes) that a summary
/// names (`a meeting`, `회의`): the first but `ng:OtherEvent`, which says nothing, and
/// `ng:SurveyEdition`, which its name already says and which is not held like a meeting.
fn event_type(kinds: &[NamedNode]) -> Option<&NamedNode> {
    let mut kinds: Vec<&NamedNode> = kinds.iter().collect();
    kinds.sort();
    kinds.into_iter().find(|k| {
        let local = k.as_str().rsplit(['#', '/']).next().unwrap_or("");
        !matches!(local, "OtherEvent" | "SurveyEdition" | "EventSeries" | "")
    })
}

/// Whether an event's classes (`kinds`) make it a survey edition (`ng:SurveyEdition`):
/// its results are published, not held like a meeting.
fn is_survey_edition(kinds: &[NamedNode]) -> bool {
    kinds
        .iter()
        .any(|k| k.as_str() == crate::rdf::vocab::ng::SURVEY_EDITION.as_str())
}

/// Which verb an event's summary uses by its kind (`kinds`, `ng:` classes): `survey` (a
/// survey edition is published), `signing`, `visit`, `training`, `other` (`ng:OtherEvent`
/// alone) or `held` (meetings, forums, seminars, no kind known: it takes place, 열리다).
/// Of several kinds, the most telling in that order.
fn event_verb(kinds: &[NamedNode]) -> &'static str {
    let locals: Vec<&str> = kinds
        .iter()
        .map(|k| k.as_str().rsplit(['#', '/']).next().unwrap_or(""))
        .collect();
    let has = |class: &str| locals.contains(&class);
    if has("SurveyEdition") {
        "survey"
    } else if has("Signing") {
        "signing"
    } else if has("Visit") {
        "visit"
    } else if has("Training") {
        "training"
    } else if has("OtherEvent")
        && locals
            .iter()
            .all(|l| matches!(*l, "OtherEvent" | "EventSeries"))
    {
        "other"
    } else {
        "held"
    }
}

/// `text` with its first letter upper-case (`event` → `Event`), as the kind line under a
/// page's heading shows a kind name; Hangul, which has no case, is unchanged.
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Which summary message a kind uses (`{prefix}-summary`).
fn summary_kind(kind: &str) -> &'static str {
    match kind {
        "notice" => "notice",
        "event" => "event",
        "org" => "org",
        "person" => "person",
        "post" => "post",
        "series" => "series",
        "topic" => "topic",
        _ => "place",
    }
}

/// A notice's text as [`notice_text`] returns it: runs, language tag, first mentions.
type NoticeText = (Vec<Segment>, String, HashMap<NamedNode, (usize, usize)>);

/// A notice's text cut into runs, mentions linked to what they refer to, each with its
/// NIF fragment (`char=B,E`) as HTML id and its entity's name as title; the text's
/// language; and the first mention of each entity, as `(begin, end)`. Offsets are in
/// characters (NIF, RFC 5147); overlapping or out-of-range mentions are skipped.
fn notice_text(b: &Builder<'_>, iri: &NamedNode) -> Result<NoticeText, AppError> {
    let rows = b
        .app
        .store
        .select(&queries::about(queries::MENTIONS, iri))?;
    let Some(Term::Literal(text)) = rows.first().and_then(|r| r.get("text")) else {
        return Ok((Vec::new(), b.lang.tag().to_string(), HashMap::new()));
    };
    let text_lang = text.language().unwrap_or(b.lang.tag()).to_string();
    let chars: Vec<char> = text.value().chars().collect();
    let index = |t: Option<&Term>| match t {
        Some(Term::Literal(l)) => l.value().parse::<usize>().ok(),
        _ => None,
    };
    let mut spans: Vec<(usize, usize, NamedNode)> = rows
        .iter()
        .filter_map(|r| {
            let (begin, end) = (index(r.get("begin"))?, index(r.get("end"))?);
            let Some(Term::NamedNode(target)) = r.get("ref") else {
                return None;
            };
            (begin < end && end <= chars.len()).then(|| (begin, end, target.clone()))
        })
        .collect();
    spans.sort_by_key(|(begin, end, _)| (*begin, std::cmp::Reverse(*end)));
    let mut segments = Vec::new();
    let mut first = HashMap::new();
    let mut at = 0;
    let plain = |text: String| Segment {
        text,
        href: None,
        id: None,
        title: None,
    };
    for (begin, end, target) in spans {
        if begin < at {
            continue;
        }
        if begin > at {
            segments.push(plain(chars[at..begin].iter().collect()));
        }
        first.entry(target.clone()).or_insert((begin, end));
        segments.push(Segment {
            text: chars[begin..end].iter().collect(),
            href: Some(b.href(&target)),
            id: Some(format!("char={begin},{end}")),
            title: Some(b.name(&target)),
        });
        at = end;
    }
    if at < chars.len() {
        segments.push(plain(chars[at..].iter().collect()));
    }
    Ok((segments, text_lang, first))
}

/// A Fluent number whose variants follow the ordinal plural rules (`[one] 1st`,
/// `[two] 2nd`, `[few] 3rd`, `[other] 4th`).
fn ordinal(n: i64) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(
        n as f64,
        FluentNumberOptions {
            r#type: FluentNumberType::Ordinal,
            ..Default::default()
        },
    ))
}

/// The sentences of an event's summary after the first: its series and edition
/// (`the 5th edition of …`, `…의 제5회 행사`), its participants and its topics, each when
/// known, in the tense of its status.
fn event_sentences(
    b: &Builder<'_>,
    facts: &Facts,
    edition: Option<i64>,
    series: &[NamedNode],
) -> Vec<String> {
    let status = status(
        facts.first("status") == Some("planned"),
        facts.date("start"),
        b.today,
    );
    let mut out = Vec::new();
    // an edition number with no series only repeats the name (`7th Sea Forum`) and the
    // Edition fact: no sentence
    if !series.is_empty() {
        let mut a = FluentArgs::new();
        a.set("has-number", yes(edition.is_some()));
        a.set("number", ordinal(edition.unwrap_or(0)));
        a.set("has-series", yes(!series.is_empty()));
        a.set("series", b.phrases(series));
        out.push(b.sentence("event-edition", &a));
    }
    let attendees = facts.related("attendee");
    if !attendees.is_empty() {
        let mut a = FluentArgs::new();
        a.set("participants", b.names_at_most(&attendees, 6));
        a.set("count", attendees.len() as i64);
        a.set("status", status);
        out.push(b.sentence("event-participants", &a));
    }
    let topics = facts.related("about");
    if !topics.is_empty() {
        let mut a = FluentArgs::new();
        a.set("topics", b.phrases(&topics));
        a.set("status", status);
        out.push(b.sentence("event-topics", &a));
    }
    out
}

/// The sentences of a non-event thing's summary after the first: the events it hosted
/// or took part in, the series it runs, then the events held at a place (after the
/// sentences whose subject is the thing, so an `It` there means the thing); the newest
/// few by name. A person's events are clauses of its first sentence ([`person_clauses`]),
/// not sentences of their own.
fn thing_sentences(b: &Builder<'_>, kind: &str, name: &str, facts: &Facts) -> Vec<String> {
    let mut out = Vec::new();
    // events held and events announced get a sentence each, in their own tense
    let list = |events: Vec<NamedNode>, id: &str, out: &mut Vec<String>| {
        for events in by_tense(b, events) {
            if !events.is_empty() {
                out.push(b.sentence(id, &events_args(b, name, &events)));
            }
        }
    };
    let (series, events) = b.split_series(&facts.related("organizes"));
    list(events, "summary-hosted", &mut out);
    if !series.is_empty() {
        let mut a = FluentArgs::new();
        a.set("series", b.names(&series));
        out.push(b.sentence("summary-hosts-series", &a));
    }
    if kind != "person" {
        list(facts.related("attends"), "summary-attended", &mut out);
    }
    if matches!(kind, "country" | "city" | "region" | "venue") {
        list(facts.related("location-of"), "place-events", &mut out);
    }
    out
}

/// The counter a thing of `kind` is counted with (`list-more`): `place` for countries,
/// organizations and places (Korean 곳), `person` (명), `topic` (개), else `thing` (건:
/// events, series, posts, notices).
fn counter(kind: Option<EntityKind>) -> &'static str {
    match kind {
        Some(
            EntityKind::Organization
            | EntityKind::Country
            | EntityKind::City
            | EntityKind::Region
            | EntityKind::Venue,
        ) => "place",
        Some(EntityKind::Person) => "person",
        Some(EntityKind::Topic) => "topic",
        _ => "thing",
    }
}

/// The status an event's sentences are worded in: `held`, unless it is announced
/// (`planned`): then `planned` while its date (`start`) is not over by `today`, and
/// `was-planned` after (`was to take place`, `열릴 예정이었던`). An announced event with
/// no date stays `planned`.
fn status(planned: bool, start: Option<DateValue>, today: DateValue) -> &'static str {
    match (planned, start) {
        (false, _) => "held",
        (true, Some(start)) if start.is_over_by(today) => "was-planned",
        (true, _) => "planned",
    }
}

/// `events` split by tense ([`Builder::status_of`]): reported held, announced for a date
/// now over, announced, in that order.
fn by_tense(b: &Builder<'_>, events: Vec<NamedNode>) -> [Vec<NamedNode>; 3] {
    let pick = |tense: &str| -> Vec<NamedNode> {
        events
            .iter()
            .filter(|e| b.status_of(e) == tense)
            .cloned()
            .collect()
    };
    [pick("held"), pick("was-planned"), pick("planned")]
}

/// The arguments of a sentence or clause about `events` of the thing `name`: their names
/// (newest few), count, tense and, for one event, its date and the date's precision
/// (`took part in X on March 21, 2017`).
fn events_args(b: &Builder<'_>, name: &str, events: &[NamedNode]) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    a.set("name", name.to_string());
    a.set("events", b.names_at_most(events, 3));
    a.set("count", events.len() as i64);
    a.set("status", b.tense(events));
    // one event: when it was (`took part in X on March 21, 2017`, `from November 10 to
    // 11, 2016`)
    let (start, end) = match events {
        [one] => b.briefs.get(one).map_or((None, None), |x| (x.start, x.end)),
        _ => (None, None),
    };
    let range = start.zip(end).filter(|(s, e)| s != e);
    a.set("has-date", yes(start.is_some()));
    a.set(
        "date",
        match range {
            Some((s, e)) => b.l10n().date_range(b.lang, &s, &e),
            None => start.map(|d| b.date(&d)).unwrap_or_default(),
        },
    );
    a.set(
        "precision",
        if range.is_some() {
            "range"
        } else {
            precision(start)
        },
    );
    a
}

/// What a person's first sentence says after its name, so the name is said once: the
/// posts held, the events taken part in, the events announced (`person-post`,
/// `person-attended`), joined the language's way ([`join_clauses`]).
fn person_clauses(b: &Builder<'_>, name: &str, facts: &Facts) -> String {
    let mut clauses = Vec::new();
    let posts = facts.related("holds");
    if !posts.is_empty() {
        let mut a = FluentArgs::new();
        a.set("posts", b.names(&posts));
        clauses.push(b.sentence("person-post", &a));
    }
    for events in by_tense(b, facts.related("attends")) {
        if !events.is_empty() {
            clauses.push(b.sentence("person-attended", &events_args(b, name, &events)));
        }
    }
    join_clauses(b, &clauses)
}

/// Clauses of one subject joined the language's way (`clause-join`, `clause-separator`):
/// `A, B, and C` in English; in Korean each clause is a sentence of its own, the subject
/// said once before the first.
fn join_clauses(b: &Builder<'_>, clauses: &[String]) -> String {
    match clauses {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => {
            let mut a = FluentArgs::new();
            a.set("serial", yes(head.len() > 1));
            a.set("head", head.join(&b.t("clause-separator")));
            a.set("last", last.clone());
            b.sentence("clause-join", &a)
        }
    }
}

/// What an organization's page says of its name's period and succession (`ng:validFrom`,
/// `ng:validUntil`, `ng:succeededBy` either way), so that two bodies of one name can be
/// told apart: `org-valid` (`The name was in use from … to ….`), `org-preceded-by` and
/// `org-succeeded-by`. Empty when the graph has none of these.
fn succession_sentences(b: &Builder<'_>, facts: &Facts) -> Vec<String> {
    let mut out = Vec::new();
    let (from, until) = (facts.date("valid-from"), facts.date("valid-until"));
    if from.is_some() || until.is_some() {
        let mut a = FluentArgs::new();
        a.set("has-from", yes(from.is_some()));
        a.set("has-until", yes(until.is_some()));
        a.set("from", from.map(|d| b.date(&d)).unwrap_or_default());
        a.set("until", until.map(|d| b.date(&d)).unwrap_or_default());
        out.push(b.sentence("org-valid", &a));
    }
    for (role, id) in [
        ("preceded-by", "org-preceded-by"),
        ("succeeded-by", "org-succeeded-by"),
    ] {
        let others = facts.related(role);
        if !others.is_empty() {
            let mut a = FluentArgs::new();
            a.set("others", b.phrases(&others));
            out.push(b.sentence(id, &a));
        }
    }
    out
}

/// How precise a date is, for messages that word a day (`on …`) and a month or year
/// (`in …`) differently: `day`, `month` or `year` (also when there is no date).
fn precision(date: Option<DateValue>) -> &'static str {
    match date {
        Some(DateValue::Date(..)) => "day",
        Some(DateValue::YearMonth(..)) => "month",
        _ => "year",
    }
}

/// One ranking result (`queries/rankings.rq`, `rankings_on.rq`, `rankings_in.rq`, which
/// select the same variables): `ranked` ranked `rank` in survey `edition` (of `series`),
/// on `index` when stated, shared with others when `joint`, with `score` when stated.
#[derive(Debug, Clone, PartialEq)]
struct Ranking {
    edition: NamedNode,
    ranked: NamedNode,
    rank: i64,
    series: Option<NamedNode>,
    index: Option<NamedNode>,
    joint: bool,
    score: Option<String>,
}

impl Ranking {
    /// The ranking results that `template` (one of the ranking queries) finds for `iri`:
    /// one per (edition, ranked thing, index, rank) however many notices report it, and a
    /// result reported both with and without its index once, with it. Errors: the store's.
    fn load(
        store: &dyn Store,
        template: &str,
        iri: &NamedNode,
    ) -> Result<Vec<Ranking>, StoreError> {
        let mut out: Vec<Ranking> = Vec::new();
        for row in store.select(&queries::about(template, iri))? {
            let node = |var: &str| match row.get(var) {
                Some(Term::NamedNode(n)) => Some(n.clone()),
                _ => None,
            };
            let literal = |var: &str| match row.get(var) {
                Some(Term::Literal(l)) => Some(l.value().to_string()),
                _ => None,
            };
            let (Some(edition), Some(ranked), Some(rank)) = (
                node("edition"),
                node("ranked"),
                literal("rank").and_then(|r| r.parse().ok()),
            ) else {
                continue;
            };
            let r = Ranking {
                edition,
                ranked,
                rank,
                series: node("series"),
                index: node("index"),
                joint: literal("joint").is_some_and(|j| j == "true" || j == "1"),
                score: literal("score"),
            };
            match out
                .iter_mut()
                .find(|o| o.same_result(&r) && o.index == r.index)
            {
                Some(o) => {
                    o.joint |= r.joint;
                    o.score = o.score.take().or(r.score);
                }
                None => out.push(r),
            }
        }
        let indexed: Vec<Ranking> = out.iter().filter(|o| o.index.is_some()).cloned().collect();
        out.retain(|o| o.index.is_some() || !indexed.iter().any(|i| i.same_result(o)));
        Ok(out)
    }

    /// Whether `other` states the same rank of the same thing in the same edition.
    fn same_result(&self, other: &Ranking) -> bool {
        self.edition == other.edition && self.ranked == other.ranked && self.rank == other.rank
    }

    /// The rank as a detail (`ranking-item`: `2nd (joint), score 0.93`, `공동 2위`).
    fn detail(&self, b: &Builder<'_>) -> String {
        let mut a = FluentArgs::new();
        a.set("rank", ordinal(self.rank));
        a.set("joint", yes(self.joint));
        a.set("has-score", yes(self.score.is_some()));
        a.set("score", self.score.clone().unwrap_or_default());
        b.sentence("ranking-item", &a)
    }
}

/// What ranking results are grouped by in a sentence: the survey (its series, or the
/// edition when it has none) and the index ranked on.
type SurveyKey = (NamedNode, Option<NamedNode>);

/// Sentences on `name`'s rankings, one per survey (series, or the edition when it has no
/// series) and index: the ranks in chronological order, each with the years it was held
/// (`In the UN E-Government Survey, Korea ranked 3rd in 2016 and 2018, and 2nd in 2020.`).
/// `named`: whether the summary has named `name` as its subject already.
fn ranking_sentences(
    b: &Builder<'_>,
    name: &str,
    named: bool,
    rankings: &[Ranking],
) -> Vec<String> {
    let when = |r: &Ranking| b.briefs.get(&r.edition).and_then(|x| x.start);
    let mut sorted: Vec<&Ranking> = rankings.iter().collect();
    sorted.sort_by_key(|r| (when(r).map(date_key), r.rank));
    let mut groups: Vec<(SurveyKey, Vec<&Ranking>)> = Vec::new();
    for r in sorted {
        let key = (
            r.series.clone().unwrap_or(r.edition.clone()),
            r.index.clone(),
        );
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, rs)) => rs.push(r),
            None => groups.push((key, vec![r])),
        }
    }
    let mut out = Vec::new();
    for ((survey, index), results) in groups {
        let mut clauses: Vec<((i64, bool), Vec<String>)> = Vec::new();
        for r in results {
            let year = r
                .series
                .as_ref()
                .and(when(r))
                // a survey edition is named by its year, whatever day it was published
                .map(|d| b.date(&DateValue::Year(d.year())))
                .into_iter();
            match clauses.iter_mut().find(|(k, _)| *k == (r.rank, r.joint)) {
                Some((_, years)) => years.extend(year),
                None => clauses.push(((r.rank, r.joint), year.collect())),
            }
        }
        let listed = clauses.iter().any(|(_, years)| years.len() > 1);
        let clauses: Vec<String> = clauses
            .into_iter()
            .map(|((rank, joint), mut years)| {
                years.dedup();
                let mut a = FluentArgs::new();
                a.set("rank", ordinal(rank));
                a.set("joint", yes(joint));
                a.set("has-years", yes(!years.is_empty()));
                a.set("years", b.l10n().list(b.lang, &years));
                b.sentence("ranking-clause", &a)
            })
            .collect();
        let joined = match clauses.as_slice() {
            [] => continue,
            [one] => one.clone(),
            [head @ .., last] => {
                // a serial comma when a clause already holds a list of years or there are
                // three clauses or more: `1st in 2010 and 2012, and 3rd in 2016`
                let mut a = FluentArgs::new();
                a.set("serial", yes(head.len() > 1 || listed));
                a.set("head", head.join(", "));
                a.set("last", last.clone());
                b.sentence("ranking-join", &a)
            }
        };
        let mut w = FluentArgs::new();
        w.set("survey", b.phrase(&survey));
        w.set("has-index", yes(index.is_some()));
        w.set(
            "index",
            index.as_ref().map(|i| b.phrase(i)).unwrap_or_default(),
        );
        let mut a = FluentArgs::new();
        a.set("name", name.to_string());
        // the summary's first sentence names the thing; a Korean ranking sentence after it
        // leaves the subject out
        a.set("named", yes(named));
        a.set("where", b.sentence("ranking-where", &w));
        a.set("clauses", joined);
        out.push(b.sentence("ranking-sentence", &a));
    }
    out
}

/// The `Rankings` section: each survey edition linked, newest first, with the rank (and
/// score) as detail.
fn ranking_section(b: &Builder<'_>, rankings: &[Ranking]) -> Option<Section> {
    if rankings.is_empty() {
        return None;
    }
    let mut sorted: Vec<&Ranking> = rankings.iter().collect();
    sorted.sort_by_key(|r| {
        (
            std::cmp::Reverse(b.briefs.get(&r.edition).and_then(|x| x.start).map(date_key)),
            r.rank,
        )
    });
    let items = sorted
        .into_iter()
        .map(|r| {
            let mut link = b.shown(&r.edition);
            if let Some(index) = &r.index {
                link.text = format!("{} · {}", link.text, b.name(index));
            }
            Item {
                link,
                detail: Some(r.detail(b)),
            }
        })
        .collect();
    Some(Section {
        title: b.t("section-rankings"),
        items,
    })
}

/// The `Rankings on this index` section of a topic page: each ranked thing linked, newest
/// survey edition first and best rank first within it, with the edition and the rank (and
/// score) as detail.
fn rankings_on_section(b: &Builder<'_>, rankings: &[Ranking]) -> Option<Section> {
    if rankings.is_empty() {
        return None;
    }
    let mut sorted: Vec<&Ranking> = rankings.iter().collect();
    sorted.sort_by_key(|r| {
        (
            std::cmp::Reverse(b.briefs.get(&r.edition).and_then(|x| x.start).map(date_key)),
            sort_key(&b.name(&r.edition)),
            r.rank,
        )
    });
    let items = sorted
        .into_iter()
        .map(|r| Item {
            link: b.shown(&r.ranked),
            detail: Some(format!("{} · {}", b.name(&r.edition), r.detail(b))),
        })
        .collect();
    Some(Section {
        title: b.t("section-rankings-on"),
        items,
    })
}

/// The `Results` section of a survey edition: each ranked thing linked, the overall
/// ranking first and then by index name, best rank first, with the index (when stated)
/// and the rank (and score) as detail.
fn edition_results_section(b: &Builder<'_>, results: &[Ranking]) -> Option<Section> {
    if results.is_empty() {
        return None;
    }
    let mut sorted: Vec<&Ranking> = results.iter().collect();
    sorted.sort_by_key(|r| {
        (
            r.index.as_ref().map(|i| b.name(i)),
            r.rank,
            b.name(&r.ranked),
        )
    });
    let items = sorted
        .into_iter()
        .map(|r| {
            let rank = r.detail(b);
            Item {
                link: b.shown(&r.ranked),
                detail: Some(match &r.index {
                    Some(index) => format!("{} · {rank}", b.name(index)),
                    None => rank,
                }),
            }
        })
        .collect();
    Some(Section {
        title: b.t("section-edition-results"),
        items,
    })
}

/// The officials of organization `iri`: `(person, post)` pairs, by person.
fn officials(
    store: &dyn Store,
    iri: &NamedNode,
) -> Result<Vec<(NamedNode, NamedNode)>, StoreError> {
    let mut out: Vec<(NamedNode, NamedNode)> = store
        .select(&queries::about(queries::OFFICIALS, iri))?
        .into_iter()
        .filter_map(|row| match (row.get("person"), row.get("post")) {
            (Some(Term::NamedNode(p)), Some(Term::NamedNode(q))) => Some((p.clone(), q.clone())),
            _ => None,
        })
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

/// The facts panel of a notice: what the notice's own graph (`graph`) states, grouped by
/// the thing it is about, each group anchored to that thing's first mention in the text
/// (`first`, character offsets), in text order.
fn notice_panel(
    b: &mut Builder<'_>,
    graph: &NamedNode,
    notice: &NamedNode,
    first: &HashMap<NamedNode, (usize, usize)>,
) -> Result<Vec<PanelEntry>, AppError> {
    let rows = b
        .app
        .store
        .select(&queries::about(queries::NOTICE_FACTS, graph))?;
    let mut stated: Vec<(NamedNode, String, Term, Option<i64>)> = Vec::new();
    for row in rows {
        let (Some(Term::NamedNode(s)), Some(Term::Literal(role)), Some(o)) =
            (row.get("s"), row.get("role"), row.get("o"))
        else {
            continue;
        };
        let rank = match row.get("rank") {
            Some(Term::Literal(l)) => l.value().parse().ok(),
            _ => None,
        };
        stated.push((s.clone(), role.value().to_string(), o.clone(), rank));
    }
    // the figures it states: of the thing each is about, else of the notice itself
    let figures: Vec<(NamedNode, Figure)> = Figure::load(b.app.store.as_ref(), notice)?
        .into_iter()
        .map(|f| (f.about.clone().unwrap_or_else(|| notice.clone()), f))
        .collect();
    let wanted: Vec<NamedNode> = figures
        .iter()
        .map(|(s, _)| s.clone())
        .chain(stated.iter().flat_map(|(s, _, o, _)| {
            let o = match o {
                Term::NamedNode(n) => Some(n.clone()),
                _ => None,
            };
            std::iter::once(s.clone()).chain(o)
        }))
        .collect();
    b.load(&wanted)?;
    let b = &*b;
    let mut subjects: Vec<NamedNode> = stated
        .iter()
        .map(|(s, ..)| s.clone())
        .chain(figures.iter().map(|(s, _)| s.clone()))
        .collect();
    subjects.sort();
    subjects.dedup();
    // the notice's own facts first, then the things in text order
    subjects.sort_by_key(|s| {
        (
            s != notice,
            first.get(s).map_or(usize::MAX, |m| m.0),
            sort_key(&b.name(s)),
        )
    });
    const ROLES: &[(&str, &str)] = &[
        ("status", "notice-status"),
        ("organizer", "fact-hosts"),
        ("location", "fact-where"),
        ("start", "fact-when"),
        ("end", "fact-until"),
        ("series", "fact-series"),
        ("edition-number", "fact-edition"),
        ("attendee", "fact-participants"),
        ("about", "fact-topics"),
        ("holds", "section-holds"),
        ("ranking", "notice-ranking"),
    ];
    let plain = |text: String| Shown {
        text,
        lang: b.lang.tag().to_string(),
        other: false,
        href: None,
    };
    let mut entries = Vec::new();
    for subject in subjects {
        let mut facts = Vec::new();
        for (role, name_id) in ROLES {
            let mut of_role: Vec<&(NamedNode, String, Term, Option<i64>)> = stated
                .iter()
                .filter(|(s, r, ..)| *s == subject && r == role)
                .collect();
            if *role == "ranking" {
                // newest edition first, as on the thing's own page
                of_role.sort_by_key(|(_, _, o, rank)| {
                    let when = match o {
                        Term::NamedNode(n) => b.briefs.get(n).and_then(|x| x.start),
                        _ => None,
                    };
                    (std::cmp::Reverse(when.map(date_key)), *rank)
                });
            }
            let mut values: Vec<Shown> = of_role
                .into_iter()
                .filter_map(|(_, _, o, rank)| match (o, *role) {
                    (Term::NamedNode(n), "ranking") => {
                        let mut a = FluentArgs::new();
                        a.set("rank", ordinal(rank.unwrap_or(0)));
                        a.set("joint", "no");
                        a.set("has-score", "no");
                        let mut shown = b.shown(n);
                        shown.text = format!("{} · {}", b.sentence("ranking-item", &a), shown.text);
                        Some(shown)
                    }
                    (Term::NamedNode(n), _) => Some(b.shown(n)),
                    (Term::Literal(l), "start" | "end") => {
                        DateValue::parse_iso(l.value()).map(|d| plain(b.date(&d)))
                    }
                    (Term::Literal(l), "edition-number") => {
                        let mut a = FluentArgs::new();
                        a.set("number", ordinal(l.value().parse().ok()?));
                        Some(plain(b.sentence("edition-number", &a)))
                    }
                    // as on the event's page: a plan whose date is over reads as past
                    (Term::Literal(l), "status") => {
                        let start = b.briefs.get(&subject).and_then(|x| x.start);
                        let status = status(l.value() == "planned", start, b.today);
                        Some(plain(b.t(&format!("status-{status}"))))
                    }
                    _ => None,
                })
                .collect();
            values.dedup();
            let mut seps = Vec::new();
            if *role == "location" {
                let places: Vec<NamedNode> = stated
                    .iter()
                    .filter(|(s, r, ..)| *s == subject && r == role)
                    .filter_map(|(_, _, o, _)| match o {
                        Term::NamedNode(n) => Some(n.clone()),
                        _ => None,
                    })
                    .collect();
                let mut places = b.place_order(&places);
                places.dedup();
                values = places.iter().map(|p| b.shown(p)).collect();
                seps = b.place_seps(&places);
            }
            if !values.is_empty() {
                facts.push(Fact {
                    name: b.t(name_id),
                    values,
                    seps,
                });
            }
        }
        let mut figures_of: Vec<Shown> = figures
            .iter()
            .filter(|(s, _)| *s == subject)
            .map(|(_, f)| f.shown(b))
            .collect();
        figures_of.dedup();
        if !figures_of.is_empty() {
            facts.push(Fact {
                name: b.t("notice-figures"),
                values: figures_of,
                seps: Vec::new(),
            });
        }
        if facts.is_empty() {
            continue;
        }
        let shown = if subject == *notice {
            Shown {
                text: b.t("notice-itself"),
                lang: b.lang.tag().to_string(),
                other: false,
                href: None,
            }
        } else {
            b.shown(&subject)
        };
        entries.push(PanelEntry {
            subject: shown,
            anchor: first.get(&subject).map(|(s, e)| format!("char={s},{e}")),
            facts,
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(text: &str, tag: &str) -> (String, String) {
        (text.to_string(), tag.to_string())
    }

    #[test]
    fn labels_that_read_the_same_are_told_apart_by_kind() {
        let shown = |text: &str| Shown {
            text: text.to_string(),
            lang: "en".to_string(),
            other: false,
            href: None,
        };
        let mut list = vec![
            shown("Korea"),
            shown("OECD"),
            shown("Korea"),
            shown("Seoul"),
        ];
        let kinds: Vec<String> = ["country", "organization", "organization", "city"]
            .map(String::from)
            .to_vec();
        let en = |l: &str, k: &str| format!("{l} ({k})");
        disambiguate(&mut list, &kinds, en);
        let texts: Vec<&str> = list.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Korea (country)", "OECD", "Korea (organization)", "Seoul"]
        );
        let mut ko = vec![shown("대한민국"), shown("대한민국")];
        let kinds = ["국가".to_string(), "기관".to_string()];
        disambiguate(&mut ko, &kinds, |l, k| format!("{l}({k})"));
        assert_eq!(ko[0].text, "대한민국(국가)");
        assert_eq!(ko[1].text, "대한민국(기관)");
    }

    #[test]
    fn particles_after_a_name() {
        for (rest, want) in [
            ("가 주최하며,", "가"),
            ("은 2017년에", "은"),
            ("을(를) 다룰 예정입니다.", "을(를)"),
            ("에서 열렸습니다.", "에서"),
            ("(행정자치부 장관)이", ""),
            ("(에스토니아)", ""),
            (", hosted by Korea", ""),
            ("", ""),
        ] {
            assert_eq!(particle_at(rest), want, "{rest}");
        }
    }

    /// A publisher's name known only as an untagged literal takes its script's language
    /// and is marked on a page in the other language.
    #[test]
    fn literal_names_take_their_scripts_language() {
        let en = literal_name("Ministry of Imaginary Affairs".into(), "", Lang::Ko);
        assert_eq!((en.lang.as_str(), en.other), ("en", true));
        let ko = literal_name("가상업무부".into(), "", Lang::Ko);
        assert_eq!((ko.lang.as_str(), ko.other), ("ko", false));
        // a Korean name with an English gloss in brackets is Korean
        let glossed = literal_name(
            "가상 대사관 (Embassy of Nowhere in Korea)".into(),
            "",
            Lang::Ko,
        );
        assert_eq!((glossed.lang.as_str(), glossed.other), ("ko", false));
        let tagged = literal_name("가상업무부".into(), "KO", Lang::En);
        assert_eq!((tagged.lang.as_str(), tagged.other), ("ko", true));
    }

    #[test]
    fn things_left_out_of_a_list_are_counted_by_kind() {
        for (kind, want) in [
            (Some(EntityKind::Country), "place"),
            (Some(EntityKind::Organization), "place"),
            (Some(EntityKind::City), "place"),
            (Some(EntityKind::Person), "person"),
            (Some(EntityKind::Topic), "topic"),
            (Some(EntityKind::Event), "thing"),
            (None, "thing"),
        ] {
            assert_eq!(counter(kind), want, "{kind:?}");
        }
    }

    #[test]
    fn an_announced_event_is_planned_until_its_date_is_over() {
        let today = DateValue::Date(2026, 11, 30);
        for (planned, start, want) in [
            (false, Some(DateValue::Year(2030)), "held"),
            (true, Some(DateValue::Year(2018)), "was-planned"),
            (true, Some(DateValue::Year(2026)), "planned"),
            (true, Some(DateValue::Date(2026, 11, 29)), "was-planned"),
            (true, None, "planned"),
        ] {
            assert_eq!(status(planned, start, today), want, "{start:?}");
        }
    }

    #[test]
    fn each_kind_of_event_has_its_verb() {
        let ng = |local: &str| {
            NamedNode::new(format!("https://w3id.org/noticegraph/ns#{local}")).unwrap()
        };
        for (kinds, want) in [
            (&["Meeting"][..], "held"),
            (&[][..], "held"),
            (&["Signing"][..], "signing"),
            (&["Meeting", "Signing"][..], "signing"),
            (&["Visit"][..], "visit"),
            (&["Training"][..], "training"),
            (&["SurveyEdition"][..], "survey"),
            (&["OtherEvent"][..], "other"),
            (&["OtherEvent", "Forum"][..], "held"),
        ] {
            let kinds: Vec<NamedNode> = kinds.iter().map(|k| ng(k)).collect();
            assert_eq!(event_verb(&kinds), want, "{kinds:?}");
        }
    }

    #[test]
    fn the_rest_of_a_list_is_counted_with_its_counter() {
        let l10n = Localizer::new().unwrap();
        for (lang, count, counter, want) in [
            (Lang::Ko, 3, "place", "그 밖의 3곳"),
            (Lang::Ko, 2, "person", "그 밖의 2명"),
            (Lang::Ko, 4, "topic", "그 밖의 4개"),
            (Lang::Ko, 5, "thing", "그 밖의 5건"),
            (Lang::En, 3, "place", "3 more"),
            (Lang::En, 2, "person", "2 more"),
        ] {
            let mut a = FluentArgs::new();
            a.set("count", count);
            a.set("counter", counter);
            assert_eq!(
                l10n.text_with(lang, "list-more", &a),
                want,
                "{lang} {counter}"
            );
        }
    }

    #[test]
    fn a_series_counts_its_editions() {
        let l10n = Localizer::new().unwrap();
        for (lang, editions, want) in [
            (
                Lang::Ko,
                0,
                "S는 연속 행사입니다. 아직 기록된 회차가 없습니다.",
            ),
            (Lang::Ko, 3, "S는 연속 행사입니다. 기록된 회차는 3개입니다."),
            (
                Lang::En,
                0,
                "S is a series of events. No edition of it is recorded yet.",
            ),
            (
                Lang::En,
                1,
                "S is a series of events. One edition of it is recorded.",
            ),
            (
                Lang::En,
                3,
                "S is a series of events. 3 editions of it are recorded.",
            ),
        ] {
            let mut a = FluentArgs::new();
            a.set("name", "S");
            a.set("has-organizer", "no");
            a.set("editions", editions);
            assert_eq!(
                l10n.text_with(lang, "series-summary", &a),
                want,
                "{lang} {editions}"
            );
        }
    }

    #[test]
    fn choose_label_table() {
        let both = [l("OECD", "en"), l("경제협력개발기구", "ko")];
        let only_ko = [l("탈린", "ko")];
        let upper = [l("Tallinn", "EN")];
        let plain = [l("Tallinn", "")];
        for (labels, lang, want) in [
            (&both[..], Lang::Ko, Some(("경제협력개발기구", "ko", false))),
            (&both[..], Lang::En, Some(("OECD", "en", false))),
            (&only_ko[..], Lang::En, Some(("탈린", "ko", true))),
            (&only_ko[..], Lang::Ko, Some(("탈린", "ko", false))),
            (&upper[..], Lang::En, Some(("Tallinn", "en", false))),
            (&upper[..], Lang::Ko, Some(("Tallinn", "en", true))),
            (&plain[..], Lang::Ko, Some(("Tallinn", "ko", false))),
            (&[][..], Lang::Ko, None),
        ] {
            let got = choose(labels, lang);
            let got = got.as_ref().map(|(t, g, o)| (t.as_str(), g.as_str(), *o));
            assert_eq!(got, want, "{labels:?} {lang}");
        }
    }

    #[test]
    fn names_sort_without_case_or_accents() {
        let mut names = [
            "Sample Bureau",
            "artificial intelligence",
            "Éire",
            "Estonia",
            "탈린",
            "대한민국",
        ];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            [
                "artificial intelligence",
                "Éire",
                "Estonia",
                "Sample Bureau",
                "대한민국",
                "탈린"
            ]
        );
    }

    #[test]
    fn an_alias_in_the_page_language_comes_before_the_other_label() {
        let ko_label = [l("김민준", "ko")];
        let en_alias = [l("Kim Min-jun", "en"), l("김 민준", "ko")];
        let spans = [l("Sample Ministry (2011-05–2015-09)", "en")];
        let latn = [l("Gim Min-jun", "ko-Latn")];
        for (labels, aliases, lang, want) in [
            (
                &ko_label[..],
                &en_alias[..],
                Lang::En,
                ("Kim Min-jun", "en", false),
            ),
            (
                &ko_label[..],
                &en_alias[..],
                Lang::Ko,
                ("김민준", "ko", false),
            ),
            (&ko_label[..], &spans[..], Lang::En, ("김민준", "ko", true)),
            (&ko_label[..], &latn[..], Lang::En, ("김민준", "ko", true)),
            (&[][..], &en_alias[..], Lang::Ko, ("김 민준", "ko", false)),
        ] {
            let got = choose_name(labels, aliases, lang).unwrap();
            assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want, "{lang}");
        }
    }
}

/// The site of web address `url`, as a link's text: its host in lower case without a
/// leading `www.`, user or port (`https://www.korea.net/News/1` → `korea.net`); `None`
/// when `url` is not an `http:`/`https:` URL or has no host.
fn link_host(url: &str) -> Option<String> {
    if !is_web_url(url) {
        return None;
    }
    let rest = &url[url.find("://")? + 3..];
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// `true` for an absolute `http:` or `https:` URL (case-insensitive scheme), the only
/// sources a page links to.
fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

#[cfg(test)]
mod source_link_tests {
    use super::{is_web_url, link_host};

    #[test]
    fn a_source_link_shows_its_site() {
        for (url, host) in [
            (
                "https://www.korea.net/News/Policies/view?id=1",
                Some("korea.net"),
            ),
            ("https://unric.org/en/some-story/", Some("unric.org")),
            ("HTTP://WWW.Example.GO.KR", Some("example.go.kr")),
            ("http://news.example.org:8080/a#b", Some("news.example.org")),
            ("https://user@www.example.com?x=1", Some("example.com")),
            ("https://wwwexample.com/", Some("wwwexample.com")),
            ("javascript:alert(1)", None),
            ("https:///path-only", None),
            ("", None),
        ] {
            assert_eq!(link_host(url).as_deref(), host, "{url}");
        }
    }

    #[test]
    fn only_web_urls_are_linked() {
        for (url, linked) in [
            ("https://www.example.go.kr/news/1", true),
            ("HTTP://example.org/", true),
            ("javascript:alert(document.cookie)", false),
            ("JavaScript:alert(1)", false),
            ("data:text/html,<script>", false),
            ("//example.org/x", false),
            ("", false),
        ] {
            assert_eq!(is_web_url(url), linked, "{url}");
        }
    }
}
