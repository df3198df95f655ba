//! Page view-models and their templates. Handlers (`http::pages`) fill a [`Page`]; this
//! module renders it with `minijinja`, auto-escaping on (the templates are `.html`), from
//! templates compiled in with `include_str!` (`templates/`): `base.html` (layout: `<html
//! lang>`, language switcher to the twin page, `rel=alternate` links to the RDF
//! documents, schema.org JSON-LD), `page.html` (one template for every kind of page: heading,
//! summary, facts, sections, a notice's facts panel, highlighted text), `search.html` (the
//! search page, [`SearchPage`]) and `macros.html` (a label, marked when it is in the other
//! language).
//!
//! The SPARQL query page has its own template, `query.html` ([`QueryPage`],
//! [`render_query_page`]): it loads no inline style or script, only the self-served
//! `assets/query.css` and `assets/query.js` ([`QUERY_CSS`], [`QUERY_JS`]), so it can be
//! served under a `default-src 'self'` Content-Security-Policy.
//!
//! Every value reaches HTML through the template engine's escaping, except the JSON-LD,
//! which [`json_ld`] makes safe for a `<script>` element.

use serde::Serialize;
use std::sync::OnceLock;

/// A label as shown: its text, its language, whether that is not the page's language
/// (then it is marked), and the page it links to.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Shown {
    /// The text.
    pub text: String,
    /// Its language tag (`ko`, `en`).
    pub lang: String,
    /// `true` when the label is in the other language (no label in the page's language).
    pub other: bool,
    /// Where it links (a page path or an external IRI), if anywhere.
    pub href: Option<String>,
}

/// A named fact with one or more values (`Hosted by: Korea, OECD`).
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// The localized fact name.
    pub name: String,
    /// Its values.
    pub values: Vec<Shown>,
    /// What comes between value `i` and `i + 1` (a space between a country and a city in
    /// it, in Korean: `에스토니아 탈린`); empty for `, ` between every two.
    pub seps: Vec<String>,
}

/// One entry of a section list.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The thing, linked.
    pub link: Shown,
    /// A short detail (date, place), already localized.
    pub detail: Option<String>,
}

/// A titled list of things (`Events held here`).
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The localized title.
    pub title: String,
    /// Its entries.
    pub items: Vec<Item>,
}

/// A run of a notice's text: plain, or a mention linking to what it refers to.
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    /// The text of the run.
    pub text: String,
    /// The page of the entity it mentions, for a mention.
    pub href: Option<String>,
    /// For a mention: its HTML id, the NIF fragment of its offsets in characters
    /// (`char=B,E`, RFC 5147), which the facts panel links to.
    pub id: Option<String>,
    /// For a mention: the name of the entity it refers to, in the page's language.
    pub title: Option<String>,
}

/// A run of generated text (a summary): plain, or a thing's name shown as a label
/// (linked, and marked when it is in the other language).
#[derive(Debug, Clone, Serialize)]
pub struct Run {
    /// The plain text of a plain run (empty for a label).
    pub text: String,
    /// The label, for a thing's name.
    pub shown: Option<Shown>,
    /// For a label: the Korean particle written right after the name (`가`, `을(를)`),
    /// shown after the name and before the other-language marker, so that the particle
    /// follows the word it belongs to (`E-Leaders가 (en)`). Empty when there is none.
    pub particle: String,
}

/// One entry of a notice's facts panel: a thing the notice states facts about, where in
/// the text it is mentioned, and the facts.
#[derive(Debug, Clone, Serialize)]
pub struct PanelEntry {
    /// The thing, linked to its page.
    pub subject: Shown,
    /// The fragment of its first mention in the text (`#char=B,E`), if it is mentioned.
    pub anchor: Option<String>,
    /// The facts, by localized name.
    pub facts: Vec<Fact>,
}

/// The layout's localized strings.
#[derive(Debug, Clone, Serialize)]
pub struct LayoutText {
    /// Site name.
    pub site_name: String,
    /// One-line description.
    pub site_tagline: String,
    /// The language switcher's text (in the other language).
    pub switch_language: String,
    /// Link text of the home page.
    pub nav_home: String,
    /// Link text of the SPARQL endpoint.
    pub nav_sparql: String,
    /// The header search box's label (`/{lang}/search`).
    pub search_label: String,
    /// The search box's placeholder text.
    pub search_placeholder: String,
    /// The search button's text.
    pub search_button: String,
    /// Footer note on generated summaries.
    pub footer_generated: String,
    /// Link text of the data document.
    pub data_link: String,
}

/// What the base layout needs.
#[derive(Debug, Clone, Serialize)]
pub struct Layout {
    /// The page language tag (`<html lang>`).
    pub lang: String,
    /// The `<title>` (plain text).
    pub title: String,
    /// The twin page's language tag.
    pub twin_lang: String,
    /// The twin page's path (same page in the other language).
    pub twin_href: String,
    /// The RDF (Turtle) document about the main thing, if any.
    pub data_href: Option<String>,
    /// The page's RDF alternates, `<link rel="alternate">`: `(media type, path)` pairs
    /// (the main thing's documents, or the dataset's VoID description on the home page).
    pub alternates: Vec<(String, String)>,
    /// schema.org JSON-LD of the main thing, already made safe by [`json_ld`].
    pub jsonld: String,
    /// Localized layout strings.
    pub t: LayoutText,
}

/// A whole page.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// The layout.
    pub layout: Layout,
    /// The main heading.
    pub heading: Shown,
    /// What kind of thing the page is about, localized.
    pub kind_name: Option<String>,
    /// The generated summary (plain text), shown when `summary_runs` is empty.
    pub summary: Option<String>,
    /// The generated summary with the things it names as labels (linked, marked).
    pub summary_runs: Vec<Run>,
    /// The summary's language (differs from the page's when a message fell back).
    pub summary_lang: String,
    /// Named facts.
    pub facts: Vec<Fact>,
    /// Lists of related things.
    pub sections: Vec<Section>,
    /// Title of the text section.
    pub text_title: String,
    /// The notice text, in runs (empty when not shown).
    pub text: Vec<Segment>,
    /// The language of the text.
    pub text_lang: String,
    /// Title of the facts panel.
    pub panel_title: String,
    /// Link text of a panel entry's anchor in the text.
    pub panel_in_text: String,
    /// The facts panel of a notice page (empty elsewhere).
    pub panel: Vec<PanelEntry>,
}

/// A link or a plain name on the ontology page (`schema:Event`, or `ng:SurveyEdition`
/// linking to its entry).
#[derive(Debug, Clone, Serialize)]
pub struct Ref {
    /// The compact name (`prefix:local`) or the full IRI.
    pub text: String,
    /// The entry on the page (`#Meeting`) or the external IRI.
    pub href: Option<String>,
}

/// One term of the ontology page: its names and comments in both languages.
#[derive(Debug, Clone, Serialize)]
pub struct TermEntry {
    /// The fragment id of its entry (the local name for `ng:` terms).
    pub id: String,
    /// The compact name shown as the entry's heading (`ng:Meeting`).
    pub name: String,
    /// Its full IRI.
    pub iri: String,
    /// `rdfs:label` in English and in Korean.
    pub label_en: Option<String>,
    /// See `label_en`.
    pub label_ko: Option<String>,
    /// `rdfs:comment` in English and in Korean.
    pub comment_en: Option<String>,
    /// See `comment_en`.
    pub comment_ko: Option<String>,
    /// Named links (`subclass of`, `domain`, `range`, `type`) with their targets.
    pub links: Vec<(String, Vec<Ref>)>,
}

/// A titled group of terms on the ontology page (classes, object properties, …).
#[derive(Debug, Clone, Serialize)]
pub struct TermSection {
    /// The fragment id of the section.
    pub id: String,
    /// Titles in English and Korean.
    pub title_en: String,
    /// See `title_en`.
    pub title_ko: String,
    /// Its terms, in the ontology file's order.
    pub terms: Vec<TermEntry>,
}

/// The ontology page (`GET /ns` for browsers): bilingual, so one page serves both
/// audiences, as the ontology itself has every label and comment in both languages.
#[derive(Debug, Clone, Serialize)]
pub struct OntologyPage {
    /// The ontology IRI (the `ng:` namespace).
    pub namespace: String,
    /// Its `rdfs:label`s.
    pub title_en: String,
    /// See `title_en`.
    pub title_ko: Option<String>,
    /// Its `rdfs:comment`s.
    pub comment_en: Option<String>,
    /// See `comment_en`.
    pub comment_ko: Option<String>,
    /// `owl:versionInfo`.
    pub version: Option<String>,
    /// Links to the RDF serializations: `(format name, href, media type)`.
    pub formats: Vec<(String, String, String)>,
    /// The groups of terms.
    pub sections: Vec<TermSection>,
}

/// The template environment, built once.
fn environment() -> &'static minijinja::Environment<'static> {
    static ENV: OnceLock<minijinja::Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = minijinja::Environment::new();
        for (name, source) in [
            ("base.html", include_str!("templates/base.html")),
            ("macros.html", include_str!("templates/macros.html")),
            ("page.html", include_str!("templates/page.html")),
            ("ontology.html", include_str!("templates/ontology.html")),
            ("query.html", include_str!("templates/query.html")),
            ("search.html", include_str!("templates/search.html")),
        ] {
            // The templates are compiled in; a syntax error is a build defect that the
            // tests catch, and the error resurfaces at render time.
            if let Err(e) = env.add_template(name, source) {
                tracing::error!(template = name, error = %e, "template does not parse");
            }
        }
        env
    })
}

/// Renders `page` to HTML. Errors: the template engine's (missing template, bad value).
pub fn render(page: &Page) -> Result<String, minijinja::Error> {
    environment().get_template("page.html")?.render(page)
}

/// One entry of the search page: the thing (linked, marked when its label is in the
/// other language), its localized kind and a detail (its date, places).
#[derive(Debug, Clone, Serialize)]
pub struct SearchRow {
    /// The thing, linked to its page.
    pub link: Shown,
    /// Its kind, localized (`event`, `행사`).
    pub kind: String,
    /// Its date and places, already localized, if known.
    pub detail: Option<String>,
}

/// The search page (`/{lang}/search?q=`), every text already localized.
#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    /// The layout.
    pub layout: Layout,
    /// The main heading.
    pub heading: String,
    /// The query as given, pre-filled in the form.
    pub q: String,
    /// The form's label, placeholder and button text.
    pub label: String,
    /// See `label`.
    pub placeholder: String,
    /// See `label`.
    pub button: String,
    /// The hint shown for an empty query.
    pub hint: Option<String>,
    /// `3 results for …`, or the `nothing found` line.
    pub count_text: Option<String>,
    /// The note that only the first results are shown.
    pub capped_text: Option<String>,
    /// The results, best first.
    pub results: Vec<SearchRow>,
}

/// Renders the search page. Errors: the template engine's.
pub fn render_search(page: &SearchPage) -> Result<String, minijinja::Error> {
    environment().get_template("search.html")?.render(page)
}

/// Renders the ontology page. Errors: the template engine's.
pub fn render_ontology(page: &OntologyPage) -> Result<String, minijinja::Error> {
    environment().get_template("ontology.html")?.render(page)
}

/// The query page's style sheet, served at `/assets/query.css`.
pub const QUERY_CSS: &str = include_str!("assets/query.css");
/// The query page's script (progressive enhancement only), served at `/assets/query.js`.
pub const QUERY_JS: &str = include_str!("assets/query.js");

/// One cell of a results table: a term as text, linked when it is a thing of this service.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Cell {
    /// The term as shown (an IRI shortened with the project prefixes, a literal's value
    /// with its language or datatype).
    pub text: String,
    /// The page of the thing it names (a path on this host), if any.
    pub href: Option<String>,
    /// The language tag of a language-tagged literal.
    pub lang: Option<String>,
}

/// The results of a query, as a table (SELECT, CONSTRUCT, DESCRIBE) or a yes/no (ASK).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Results {
    /// The column names (variables; `subject`, `predicate`, `object` for a graph).
    pub columns: Vec<String>,
    /// The rows shown, each with one cell per column (empty text when unbound).
    pub rows: Vec<Vec<Cell>>,
    /// The answer of an ASK query.
    pub boolean: Option<bool>,
    /// How many rows (or triples) the query returned, shown or not.
    pub total: usize,
    /// The localized row count (`3 rows`).
    pub count_text: String,
    /// The localized note that only the first rows are shown, when rows were cut.
    pub truncated_text: Option<String>,
}

/// One choice of the result-format selector.
#[derive(Debug, Clone, Serialize)]
pub struct FormatChoice {
    /// The media type sent as `Accept`.
    pub media: String,
    /// Its name (`SPARQL Results in JSON`, `Turtle`).
    pub name: String,
}

/// One example of the gallery, localized.
#[derive(Debug, Clone, Serialize)]
pub struct ExampleView {
    /// Its id (an HTML anchor).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// The whole query text.
    pub query: String,
    /// Its shareable link: `/sparql?query=…`.
    pub href: String,
}

/// The SPARQL query page.
#[derive(Debug, Clone, Serialize)]
pub struct QueryPage {
    /// The page language tag.
    pub lang: String,
    /// The other language's tag.
    pub twin_lang: String,
    /// The same page in the other language (`/sparql?lang=…`, with the query while its link fits `url_limit`).
    pub twin_href: String,
    /// Localized strings by Fluent message id without the `query-` prefix and with `_`
    /// for `-` (`title`, `format_label`, …), plus `site_title`, `switch_language`,
    /// `nav_home` and the header search box's `search_label`, `search_placeholder`,
    /// `search_button`.
    pub t: std::collections::BTreeMap<String, String>,
    /// The text in the editor.
    pub query: String,
    /// The server's longest request target in bytes (`config.url_limit`): the script
    /// sends a query whose `GET` link would be longer by `POST`.
    pub url_limit: usize,
    /// The shareable link of the query that was run, if one was and it fits `url_limit`.
    pub share_href: Option<String>,
    /// The localized note that the query that was run is too long to share as a link.
    pub share_too_long: Option<String>,
    /// The error message of the query that was run, when it failed (plain text).
    pub error: Option<String>,
    /// Formats for SELECT and ASK.
    pub result_formats: Vec<FormatChoice>,
    /// Formats for CONSTRUCT and DESCRIBE.
    pub graph_formats: Vec<FormatChoice>,
    /// The results of the query that was run, if one was.
    pub results: Option<Results>,
    /// The example gallery.
    pub examples: Vec<ExampleView>,
}

/// Renders the query page to HTML. Errors: the template engine's.
pub fn render_query_page(page: &QueryPage) -> Result<String, minijinja::Error> {
    environment().get_template("query.html")?.render(page)
}

/// Serializes schema.org JSON-LD for a `<script type="application/ld+json">` element:
/// `</` becomes `<\/` and `<!--` becomes `\u003c!--`, so no value can close the script
/// or open a comment (both are still valid JSON with the same meaning).
pub fn json_ld(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace("</", "<\\/")
        .replace("<!--", "\\u003c!--")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, other: bool) -> Shown {
        Shown {
            text: text.into(),
            lang: if other { "ko" } else { "en" }.into(),
            other,
            href: Some("/en/org/oecd?a=1&b=2".into()),
        }
    }

    fn page() -> Page {
        let t = LayoutText {
            site_name: "noticegraph".into(),
            site_tagline: "tag".into(),
            switch_language: "한국어".into(),
            nav_home: "home".into(),
            nav_sparql: "sparql".into(),
            search_label: "search".into(),
            search_placeholder: "a name".into(),
            search_button: "go".into(),
            footer_generated: "generated".into(),
            data_link: "data".into(),
        };
        Page {
            layout: Layout {
                lang: "en".into(),
                title: "<b>title</b>".into(),
                twin_lang: "ko".into(),
                twin_href: "/ko/org/oecd".into(),
                data_href: Some("/data/org/oecd.ttl".into()),
                alternates: vec![
                    ("text/turtle".into(), "/data/org/oecd.ttl".into()),
                    ("application/ld+json".into(), "/data/org/oecd.jsonld".into()),
                ],
                jsonld: json_ld(&serde_json::json!({"name": "</script><script>alert(1)</script>"})),
                t,
            },
            heading: shown("<script>alert(1)</script>", false),
            kind_name: Some("organization".into()),
            summary: Some("A & B".into()),
            summary_lang: "en".into(),
            facts: vec![Fact {
                name: "Part of".into(),
                values: vec![shown("경제협력개발기구", true)],
                seps: vec![],
            }],
            sections: vec![],
            text_title: String::new(),
            text: vec![],
            text_lang: "en".into(),
            summary_runs: vec![],
            panel_title: String::new(),
            panel_in_text: String::new(),
            panel: vec![],
        }
    }

    #[test]
    fn fact_values_are_joined_by_their_separators_and_external_links_marked() {
        let mut p = page();
        let link = |text: &str, href: &str| Shown {
            text: text.into(),
            lang: "ko".into(),
            other: false,
            href: Some(href.into()),
        };
        p.facts = vec![
            Fact {
                name: "장소".into(),
                values: vec![
                    link("에스토니아", "/ko/country/ee"),
                    link("탈린", "/ko/city/tallinn"),
                ],
                seps: vec![" ".into()],
            },
            Fact {
                name: "참가".into(),
                values: vec![link("가", "/ko/org/a"), link("나", "/ko/org/b")],
                seps: vec![],
            },
            Fact {
                name: "원문".into(),
                values: vec![link("example.org", "https://www.example.org/a")],
                seps: vec![],
            },
        ];
        let html = render(&p).unwrap().replace("&#x2f;", "/");
        assert!(
            html.contains(r#"<a href="/ko/country/ee">에스토니아</a> <a href="/ko/city/tallinn">탈린</a></dd>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="/ko/org/a">가</a>, <a href="/ko/org/b">나</a></dd>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="https://www.example.org/a" rel="noopener" class="external">example.org<span class="external-mark" aria-hidden="true"> ↗</span></a>"#),
            "{html}"
        );
    }

    #[test]
    fn everything_is_escaped_and_other_language_is_marked() {
        // minijinja also escapes `/` (as `&#x2f;`), harmless in text and attributes
        let html = render(&page()).unwrap().replace("&#x2f;", "/");
        assert!(!html.contains("<script>alert(1)</script>"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(html.contains("&lt;b&gt;title&lt;/b&gt;"));
        assert!(html.contains("A &amp; B"));
        assert!(html.contains("href=\"/en/org/oecd?a=1&amp;b=2\""), "{html}");
        assert!(html.contains(r#"<span class="other-lang" lang="ko">경제협력개발기구</span>"#));
        assert!(html.contains("<html lang=\"en\">"));
        assert!(
            html.contains(r#"<link rel="alternate" type="text/turtle" href="/data/org/oecd.ttl">"#)
        );
        assert!(html.contains(r#"hreflang="ko" href="/ko/org/oecd""#));
        // the JSON-LD cannot close its script element early
        assert!(
            html.contains(r#"<\/script><script>alert(1)<\/script>"#),
            "{html}"
        );
    }

    #[test]
    fn ontology_page_escapes_every_value() {
        let hostile = "<script>alert(1)</script> & \"x\"";
        let page = OntologyPage {
            namespace: "https://w3id.org/noticegraph/ns#".into(),
            title_en: hostile.into(),
            title_ko: Some("온톨로지 <b>".into()),
            comment_en: Some(hostile.into()),
            comment_ko: None,
            version: Some("0.1.0".into()),
            formats: vec![(
                "Turtle".into(),
                "/ns?format=ttl&x=\"y\"".into(),
                "text/turtle".into(),
            )],
            sections: vec![TermSection {
                id: "classes".into(),
                title_en: "Classes".into(),
                title_ko: "클래스".into(),
                terms: vec![TermEntry {
                    id: "Meeting\"><script>".into(),
                    name: "ng:Meeting".into(),
                    iri: "https://w3id.org/noticegraph/ns#Meeting".into(),
                    label_en: Some(hostile.into()),
                    label_ko: Some("회의 & <i>".into()),
                    comment_en: None,
                    comment_ko: Some(hostile.into()),
                    links: vec![(
                        "subclass of".into(),
                        vec![Ref {
                            text: "<schema:Event>".into(),
                            href: Some("https://schema.org/Event?a=1&b=2".into()),
                        }],
                    )],
                }],
            }],
        };
        let html = render_ontology(&page).unwrap().replace("&#x2f;", "/");
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>") && !html.contains("<i>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
        assert!(html.contains("회의 &amp; &lt;i&gt;"));
        assert!(
            html.contains("href=\"https://schema.org/Event?a=1&amp;b=2\""),
            "{html}"
        );
        assert!(
            html.contains("id=\"Meeting&quot;&gt;&lt;script&gt;\""),
            "{html}"
        );
        assert!(html.contains(r#"<html lang="en">"#));
        assert!(html.contains(r#"lang="ko""#));
    }

    #[test]
    fn json_ld_stays_valid_json() {
        let value = serde_json::json!({"a": "</script> <!-- x"});
        let safe = json_ld(&value);
        assert!(!safe.contains("</") && !safe.contains("<!--"));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
            value
        );
    }
}
