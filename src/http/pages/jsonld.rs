//! schema.org JSON-LD of what a page shows, embedded by every page in
//! `<script type="application/ld+json">` (made safe there by [`crate::web::json_ld`]).
//!
//! The main thing's node carries its IRI as `@id` (so the JSON-LD joins the RDF served
//! under `/data/`), its schema.org type, its name in the page's language (or, failing
//! that, the other one), every other label as `alternateName`, its page as `url` and its
//! `owl:sameAs` links (Wikidata) as `sameAs`. A name in the page's language is a plain
//! string; one in another language is a value object with its `@language`. Linked things
//! are nodes with `@id`, `@type`, `name` and `url` (their page in the same language).
//! What links to the thing is written with `@reverse` (schema.org has no inverse of
//! `organizer`, `attendee`, `location` or `about`), except where schema.org has the
//! inverse term (`subEvent`, `containsPlace`, `subOrganization`, `subjectOf`). Only
//! things with a page become nodes: a ranking result (a fragment of its notice's IRI)
//! that is `about` a topic is left out.
//!
//! Terms by kind: an `Event` has `startDate`/`endDate` (ISO, with the graph's precision),
//! `location` (places with `containedInPlace`), `organizer` and `attendee`
//! (organizations, people, and the countries and cities the graph records as hosts or
//! participants), `about` (its topics), `superEvent` (its `EventSeries`), `eventStatus`
//! (`EventScheduled`: schema.org has no "held" status, and a held event took place as
//! scheduled) and `subjectOf` (the notices that report it, as `NewsArticle`s). An
//! `EventSeries` adds `subEvent` (its editions). An `Organization` has
//! `parentOrganization`, `subOrganization`, `foundingDate` and `dissolutionDate` (when its
//! name came into force and ended, `ng:validFrom`, `ng:validUntil`), `employee` (its officials, each `Person` with
//! the post as `jobTitle`) and the events it organized or attended. A `Person` has
//! `jobTitle` (the posts held, as `DefinedTerm` nodes) and `worksFor` (the organizations
//! of those posts). A `Country`, `City`, `AdministrativeArea` (a region) or `Place` (a venue) has `containedInPlace`,
//! `containsPlace` and the events held there. A topic or a post is a `DefinedTerm`. A
//! notice is a `NewsArticle`: `headline`, `datePublished`, `inLanguage`, `publisher`,
//! `about` (the events it reports), `mentions` (the other things it names) and
//! `isBasedOn` (its source, when a web address). The home page is a `WebPage` whose
//! `mainEntity` is the two lists it shows (`ItemList`s of notices and events); a search
//! page's (`SearchResultsPage`) is the list of its results, best first.

use super::{Builder, Facts, is_web_url, officials};
use crate::model::{EntityKind, Lang};
use crate::store::StoreError;
use crate::web::Shown;
use oxigraph::model::NamedNode;
use serde_json::{Value, json};

/// The `@context` of every page's JSON-LD.
const CONTEXT: &str = "https://schema.org";

/// The one `eventStatus` the graph's statuses map to (see the module documentation).
const EVENT_SCHEDULED: &str = "https://schema.org/EventScheduled";

/// The schema.org type of a kind of thing (a path segment such as `org`, or `notice`).
pub(super) fn schema_type(kind: &str) -> &'static str {
    match kind {
        "org" => "Organization",
        "country" => "Country",
        "city" => "City",
        "region" => "AdministrativeArea",
        "venue" => "Place",
        "person" => "Person",
        "post" | "topic" => "DefinedTerm",
        "event" => "Event",
        "series" => "EventSeries",
        _ => "NewsArticle",
    }
}

/// The kind segment (`org`, …, `notice`) of one of our IRIs; `None` for an external IRI.
fn kind_of(b: &Builder<'_>, iri: &NamedNode) -> Option<&'static str> {
    let iris = &b.app.iris;
    if let Some(key) = iris.parse_entity(iri.as_str()) {
        Some(key.kind.segment())
    } else {
        iris.parse_notice(iri.as_str()).map(|_| "notice")
    }
}

/// The absolute URL of a page path (`/ko/org/oecd`) under the base IRI.
fn absolute(b: &Builder<'_>, path: &str) -> String {
    format!("{}{}", b.app.iris.base(), path.trim_start_matches('/'))
}

/// A name or headline as JSON-LD: a plain string in the page's language (`lang`), or
/// when `tag` names another language, a value object
/// with that `@language` (so the RDF reading keeps the label's language, as the page
/// marks it). An empty `tag` counts as the page's language.
fn text(lang: Lang, text: &str, tag: &str) -> Value {
    if tag.is_empty() || Lang::from_tag(tag) == Some(lang) {
        json!(text)
    } else {
        json!({"@value": text, "@language": tag})
    }
}

/// [`text`] of a label as the page shows it.
fn shown_text(b: &Builder<'_>, shown: &Shown) -> Value {
    if shown.other {
        text(b.lang, &shown.text, &shown.lang)
    } else {
        json!(shown.text)
    }
}

/// A node for a linked thing: `@id` and `name`; for one of ours also `@type` and `url`
/// (its page in this language), a notice's `headline` and `datePublished`, an event's
/// `startDate`. Needs the thing's brief loaded ([`Builder::load`]).
fn node(b: &Builder<'_>, iri: &NamedNode) -> Value {
    let mut node = json!({"@id": iri.as_str(), "name": shown_text(b, &b.shown(iri))});
    let Some(kind) = kind_of(b, iri) else {
        return node;
    };
    node["@type"] = json!(schema_type(kind));
    node["url"] = json!(absolute(b, &b.href(iri)));
    let brief = b.briefs.get(iri);
    if kind == "notice" {
        node["headline"] = node["name"].clone();
        if let Some(d) = brief.and_then(|b| b.published) {
            node["datePublished"] = json!(d.iso());
        }
    } else if let Some(d) = brief.and_then(|b| b.start) {
        node["startDate"] = json!(d.iso());
    }
    node
}

/// [`node`]s of those of `iris` that have a page (not a ranking result or another part
/// of a notice, named by a fragment), in the pages' order: newest first, then by name
/// ([`Builder::by_date`]).
fn nodes(b: &Builder<'_>, iris: &[NamedNode]) -> Vec<Value> {
    b.by_date(iris)
        .iter()
        .filter(|i| kind_of(b, i).is_some())
        .map(|i| node(b, i))
        .collect()
}

/// An `ItemList` named `name` of those of `iris` that have a page, in the order given
/// (a search page's results, best first), each a [`node`] (briefs loaded).
pub(super) fn item_list(b: &Builder<'_>, name: &str, iris: &[NamedNode]) -> Value {
    let items: Vec<Value> = iris
        .iter()
        .filter(|i| kind_of(b, i).is_some())
        .map(|i| node(b, i))
        .collect();
    json!({"@type": "ItemList", "name": name, "itemListElement": items})
}

/// Sets `object[key]` to `values` unless there are none.
fn set(object: &mut Value, key: &str, values: Vec<Value>) {
    if !values.is_empty() {
        object[key] = Value::Array(values);
    }
}

/// The `@reverse` entry `key` of `object`: `values` linking to it, unless there are none.
fn set_reverse(object: &mut Value, key: &str, values: Vec<Value>) {
    if values.is_empty() {
        return;
    }
    if object.get("@reverse").is_none() {
        object["@reverse"] = json!({});
    }
    object["@reverse"][key] = Value::Array(values);
}

/// Every label of the thing but the one shown (`name`), and its alternative labels, each
/// once, with its language when not the page's ([`text`]).
fn alternate_names(b: &Builder<'_>, facts: &Facts, name: &str) -> Vec<Value> {
    let mut names: Vec<(String, String)> = Vec::new();
    let labels = facts.labels("label");
    for (label, tag) in labels.into_iter().chain(facts.labels("alt-label")) {
        if label != name && !names.iter().any(|(l, _)| *l == label) {
            names.push((label, tag));
        }
    }
    names.iter().map(|(l, tag)| text(b.lang, l, tag)).collect()
}

/// The home page: a `WebPage` of the site in `lang` whose main entities are the lists of
/// `notices` and `events` it shows (briefs loaded), each named by its section title.
pub(super) fn home(
    b: &Builder<'_>,
    lang: Lang,
    notices: &[NamedNode],
    events: &[NamedNode],
) -> Value {
    let list = |title_id: &str, iris: &[NamedNode]| json!({"@type": "ItemList", "name": b.t(title_id), "itemListElement": nodes(b, iris)});
    json!({
        "@context": CONTEXT,
        "@type": "WebPage",
        "name": b.t("home-title"),
        "url": absolute(b, &format!("/{lang}/")),
        "inLanguage": lang.tag(),
        "isPartOf": {"@type": "WebSite", "name": b.t("site-title"), "url": b.app.iris.base()},
        "mainEntity": [list("home-notices", notices), list("home-events", events)],
    })
}

/// The JSON-LD of the page of thing `iri` of kind `kind` (`org`, …, `notice`), named
/// on the page by `heading`, with its `facts`. Loads what it needs beyond the page's briefs
/// (the places containing an event's location, a person's posts' organizations, an
/// organization's officials). Errors: the store's.
pub(super) fn thing(
    b: &mut Builder<'_>,
    kind: &str,
    iri: &NamedNode,
    facts: &Facts,
    heading: &Shown,
) -> Result<Value, StoreError> {
    let name = shown_text(b, heading);
    let mut ld = json!({
        "@context": CONTEXT,
        "@id": iri.as_str(),
        "@type": schema_type(kind),
        "name": name.clone(),
        "url": absolute(b, &b.href(iri)),
    });
    set(
        &mut ld,
        "alternateName",
        alternate_names(b, facts, &heading.text),
    );
    let same_as = facts.related("same-as");
    set(
        &mut ld,
        "sameAs",
        same_as.iter().map(|i| json!(i.as_str())).collect(),
    );
    match kind {
        "notice" => article(b, facts, name, &mut ld),
        "event" | "series" => event(b, facts, &mut ld)?,
        "org" => organization(b, iri, facts, &mut ld)?,
        "person" => person(b, facts, &mut ld)?,
        "post" => set_reverse(&mut ld, "jobTitle", nodes(b, &facts.related("holder"))),
        "country" | "city" | "region" | "venue" => {
            set(
                &mut ld,
                "containedInPlace",
                nodes(b, &facts.related("part-of")),
            );
            set(
                &mut ld,
                "containsPlace",
                nodes(b, &facts.related("contains")),
            );
        }
        _ => {}
    }
    if kind != "notice" {
        set(
            &mut ld,
            "subjectOf",
            nodes(b, &facts.related("mentioned-in")),
        );
        set_reverse(&mut ld, "organizer", nodes(b, &facts.related("organizes")));
        set_reverse(&mut ld, "attendee", nodes(b, &facts.related("attends")));
        set_reverse(&mut ld, "location", nodes(b, &facts.related("location-of")));
        set_reverse(&mut ld, "about", nodes(b, &facts.related("topic-of")));
    }
    Ok(ld)
}

/// A notice's `NewsArticle` terms.
fn article(b: &Builder<'_>, facts: &Facts, name: Value, ld: &mut Value) {
    ld["headline"] = name;
    if let Some(d) = facts.date("published") {
        ld["datePublished"] = json!(d.iso());
    }
    if let Some(l) = facts.first("language") {
        ld["inLanguage"] = json!(l);
    }
    let publishers: Vec<Value> =
        nodes(b, &facts.related("publisher"))
            .into_iter()
            .chain(facts.labels("publisher-name").into_iter().map(
                |(name, tag)| json!({"@type": "Organization", "name": text(b.lang, &name, &tag)}),
            ))
            .collect();
    set(ld, "publisher", publishers);
    let (events, others): (Vec<NamedNode>, Vec<NamedNode>) = facts
        .related("mentions")
        .into_iter()
        .partition(|m| kind_of(b, m) == Some("event"));
    set(ld, "about", nodes(b, &events));
    set(ld, "mentions", nodes(b, &others));
    if let Some(url) = facts.first("source").filter(|u| is_web_url(u)) {
        ld["isBasedOn"] = json!({"@id": url});
    }
}

/// An event's (or a series') `Event` terms; the places containing its locations are
/// loaded and given as each location's `containedInPlace`.
fn event(b: &mut Builder<'_>, facts: &Facts, ld: &mut Value) -> Result<(), StoreError> {
    if let Some(d) = facts.date("start") {
        ld["startDate"] = json!(d.iso());
    }
    if let Some(d) = facts.date("end") {
        ld["endDate"] = json!(d.iso());
    }
    if facts.first("status").is_some() {
        ld["eventStatus"] = json!({"@id": EVENT_SCHEDULED});
    }
    let mut places = Vec::new();
    for place in facts.related("location") {
        let containers = Facts::load(b.app.store.as_ref(), &place)?.related("part-of");
        b.load(&containers)?;
        let mut n = node(b, &place);
        set(&mut n, "containedInPlace", nodes(b, &containers));
        places.push(n);
    }
    set(ld, "location", places);
    set(ld, "organizer", nodes(b, &facts.related("organizer")));
    set(ld, "attendee", nodes(b, &facts.related("attendee")));
    set(ld, "about", nodes(b, &facts.related("about")));
    set(ld, "superEvent", nodes(b, &facts.related("series")));
    set(ld, "subEvent", nodes(b, &facts.related("edition")));
    Ok(())
}

/// An organization's terms: parent and sub-organizations, and its officials as
/// `employee`s with their posts as `jobTitle`.
fn organization(
    b: &mut Builder<'_>,
    iri: &NamedNode,
    facts: &Facts,
    ld: &mut Value,
) -> Result<(), StoreError> {
    set(
        ld,
        "parentOrganization",
        nodes(b, &facts.related("part-of")),
    );
    set(ld, "subOrganization", nodes(b, &facts.related("sub-org")));
    if let Some(d) = facts.date("valid-from") {
        ld["foundingDate"] = json!(d.iso());
    }
    if let Some(d) = facts.date("valid-until") {
        ld["dissolutionDate"] = json!(d.iso());
    }
    let officials = officials(b.app.store.as_ref(), iri)?;
    let people: Vec<NamedNode> = officials
        .iter()
        .flat_map(|(p, q)| [p.clone(), q.clone()])
        .collect();
    b.load(&people)?;
    let employees: Vec<Value> = officials
        .iter()
        .map(|(person, post)| {
            let mut n = node(b, person);
            n["jobTitle"] = node(b, post);
            n
        })
        .collect();
    set(ld, "employee", employees);
    Ok(())
}

/// A person's terms: the posts held (`jobTitle`) and their organizations (`worksFor`).
fn person(b: &mut Builder<'_>, facts: &Facts, ld: &mut Value) -> Result<(), StoreError> {
    let posts = facts.related("holds");
    let mut orgs: Vec<NamedNode> = Vec::new();
    for post in &posts {
        orgs.extend(Facts::load(b.app.store.as_ref(), post)?.related("post-in"));
    }
    orgs.sort();
    orgs.dedup();
    orgs.retain(|o| kind_of(b, o) == Some(EntityKind::Organization.segment()));
    b.load(&orgs)?;
    set(ld, "jobTitle", nodes(b, &posts));
    set(ld, "worksFor", nodes(b, &orgs));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A label in the page's language is a plain string, in Korean as in English; one in
    /// the other language keeps its tag.
    #[test]
    fn labels_in_the_other_language_keep_their_tag() {
        assert_eq!(text(Lang::Ko, "탈린", "ko"), json!("탈린"));
        assert_eq!(text(Lang::Ko, "탈린", "ko-KR"), json!("탈린"));
        assert_eq!(
            text(Lang::Ko, "Tallinn", "en"),
            json!({"@value": "Tallinn", "@language": "en"})
        );
        assert_eq!(text(Lang::En, "Tallinn", "en"), json!("Tallinn"));
        assert_eq!(
            text(Lang::En, "탈린", "ko"),
            json!({"@value": "탈린", "@language": "ko"})
        );
        assert_eq!(text(Lang::En, "E-Leaders", ""), json!("E-Leaders"));
    }

    /// Every kind of page has a schema.org type; a notice is a `NewsArticle`.
    #[test]
    fn every_kind_has_a_schema_type() {
        for (kind, schema) in [
            ("org", "Organization"),
            ("country", "Country"),
            ("city", "City"),
            ("region", "AdministrativeArea"),
            ("venue", "Place"),
            ("person", "Person"),
            ("post", "DefinedTerm"),
            ("topic", "DefinedTerm"),
            ("event", "Event"),
            ("series", "EventSeries"),
            ("notice", "NewsArticle"),
        ] {
            assert_eq!(schema_type(kind), schema, "{kind}");
        }
    }

    /// Lists are set only when not empty; reverse links gather under one `@reverse`.
    #[test]
    fn empty_lists_are_left_out_and_reverse_links_share_one_object() {
        let mut node = json!({"@id": "x"});
        set(&mut node, "about", vec![]);
        set_reverse(&mut node, "organizer", vec![]);
        assert_eq!(node, json!({"@id": "x"}));
        set_reverse(&mut node, "organizer", vec![json!({"@id": "a"})]);
        set_reverse(&mut node, "attendee", vec![json!({"@id": "b"})]);
        assert_eq!(
            node["@reverse"],
            json!({"organizer": [{"@id": "a"}], "attendee": [{"@id": "b"}]})
        );
    }
}
