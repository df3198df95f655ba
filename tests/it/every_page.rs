//! Every page answers: the notices of `../shared/corpus/dev` (read at run time, never
//! copied) go through the real pipeline into an in-memory store behind the real server;
//! then every thing the graph names under `/id/` (as subject or object, notices included;
//! a hash IRI by the document it is part of) gets its Korean and its English page, which
//! must answer `200` with an HTML page in that language that shows no IRI of the graph
//! as text (a thing is named by its label, never by its IRI).
//!
//! If the corpus directory is missing, the test fails with a message saying so.

use crate::support::{agent, encode, try_send, values};
use noticegraph::config::Config;
use noticegraph::ingest::{Gazetteer, MAX_NOTICE_BYTES};
use noticegraph::l10n::Localizer;
use noticegraph::load;
use noticegraph::rdf::iri::Iris;
use noticegraph::state::App;
use std::collections::BTreeSet;

/// The app on an in-memory store holding the background graphs and every dev notice,
/// with `origin/` as base IRI. Panics when a dev notice does not ingest.
fn dev_corpus_app(origin: &str) -> App {
    let config = Config {
        base_iri: format!("{origin}/"),
        ..Config::default()
    };
    let iris = Iris::new(&config.base_iri).unwrap();
    let store = crate::support::empty_store();
    let gaz = Gazetteer::builtin();
    load::ensure_background(store.as_ref(), &iris, gaz).unwrap();
    let notices = crate::corpus::dev_notices();
    for outcome in load::ingest_files(
        store.as_ref(),
        &iris,
        gaz,
        &notices,
        MAX_NOTICE_BYTES,
        &mut |_| {},
    ) {
        assert!(outcome.result.is_ok(), "{outcome:?}");
    }
    App {
        iris,
        config,
        store,
        gazetteer: gaz,
        localizer: Localizer::new().unwrap(),
        void_cache: Default::default(),
        metrics: Default::default(),
    }
}

/// What a reader sees of `html`: the text outside tags, `<script>` and `<style>` elements
/// left out, the escapes of `/`, `&`, `<`, `>`, `"` and `'` undone.
fn visible_text(html: &str) -> String {
    let mut rest = html;
    let mut text = String::new();
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        rest = &rest[open..];
        let skip_to = ["<script", "<style"]
            .iter()
            .find(|t| rest.starts_with(**t))
            .map(|t| format!("</{}>", &t[1..]));
        let end = match skip_to {
            Some(close) => rest.find(&close).map(|e| e + close.len()),
            None => rest.find('>').map(|e| e + 1),
        };
        rest = &rest[end.unwrap_or(rest.len())..];
        text.push(' ');
    }
    text.push_str(rest);
    text.replace("&#x2f;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The page path of thing `iri` (`{base}id/{kind}/{slug}`) in `lang`:
/// `/{lang}/notices/{id}` for a notice, `/{lang}/{kind}/{slug}` otherwise; the slug
/// percent-encoded, as a link carries it.
fn page_path(base: &str, iri: &str, lang: &str) -> String {
    let rest = iri
        .strip_prefix(base)
        .and_then(|r| r.strip_prefix("id/"))
        .unwrap_or_else(|| panic!("{iri} is not under {base}id/"));
    let (kind, slug) = rest
        .split_once('/')
        .unwrap_or_else(|| panic!("{iri}: no kind/slug"));
    let slug = percent_encoding::percent_decode_str(slug).decode_utf8_lossy();
    let slug = encode(&slug);
    match kind {
        "notice" => format!("/{lang}/notices/{slug}"),
        _ => format!("/{lang}/{kind}/{slug}"),
    }
}

#[test]
fn every_dev_corpus_thing_has_a_korean_and_an_english_page() {
    let origin = crate::support::serve(dev_corpus_app);
    let base = format!("{origin}/");
    // a hash IRI (a mention, a quantity, a ranking of a notice; a renaming of an
    // organization) is described on the page of the document it belongs to
    let things: BTreeSet<String> = values(
        &origin,
        &format!(
            "SELECT DISTINCT ?v WHERE {{
               {{ ?v ?p ?o }} UNION {{ ?s ?p ?v }}
               FILTER(isIRI(?v) && STRSTARTS(STR(?v), \"{base}id/\"))
             }}"
        ),
    )
    .into_iter()
    .map(|iri| iri.split('#').next().unwrap_or_default().to_string())
    .collect();
    let notices = things.iter().filter(|t| t.contains("/id/notice/")).count();
    assert!(
        notices >= crate::corpus::dev_notices().len(),
        "{notices} notices among {} things",
        things.len()
    );
    assert!(things.len() > 2 * notices, "{things:?}");
    let client = agent();
    let id_space = format!("{base}id/");
    let mut failures = Vec::new();
    for iri in &things {
        for lang in ["ko", "en"] {
            let path = page_path(&base, iri, lang);
            let answer = try_send(&client, "GET", &format!("{origin}{path}"), &[], Vec::new())
                .unwrap_or_else(|e| panic!("{e}"));
            let lang_attr = format!("<html lang=\"{lang}\">");
            let text = visible_text(&answer.body);
            if answer.status != 200 || !answer.body.contains(&lang_attr) {
                failures.push(format!("{path} ({iri}): {}", answer.status));
            } else if let Some(at) = text.find(&id_space) {
                let end = text[at..]
                    .find(char::is_whitespace)
                    .map_or(text.len(), |e| at + e);
                failures.push(format!("{path}: an IRI shown as text: {}", &text[at..end]));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} pages failed:\n{}",
        failures.len(),
        2 * things.len(),
        failures.join("\n")
    );
}
