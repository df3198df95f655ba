//! The extraction pipeline: read → normalise → detect language → extract → resolve.
//! Synchronous and pure (no store, no HTTP): bytes and a gazetteer in, an
//! [`Extraction`](crate::model::Extraction) out.
//!
//! Modules: [`read`] (media types, header block, HTML main text, site residue),
//! [`normalize`] (the stored text), [`detect`] (ko/en or an error), [`id`] (notice ids),
//! [`gazetteer`] (known entities and matching), [`particles`] (Korean josa), [`dates`],
//! [`quantities`], and [`extract`] (persons, posts, events, rankings, quotations);
//! [`process`] assembles them.

pub mod dates;
pub mod detect;
pub mod extract;
pub mod gazetteer;
pub mod id;
pub mod normalize;
pub mod particles;
pub mod quantities;
pub mod read;

use crate::model::{Entity, Event, Extraction, Mention, Notice};
pub use detect::detect;
pub use gazetteer::{Gazetteer, GazetteerError, GazetteerRecord, Match};
pub use id::notice_id;
pub use normalize::normalize;
pub use particles::strip_particle;
pub use read::{RawNotice, read};

/// The largest notice [`process`] accepts, in bytes (2 MiB). Real notices are a few
/// kilobytes; the limit keeps one request from tying up the pipeline.
pub const MAX_NOTICE_BYTES: usize = 2 << 20;

/// How the input bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    /// Plain text, optionally with the corpus header block (`title:`, `date:`, … then a
    /// blank line).
    Text,
    /// An HTML page: only the main text is kept.
    Html,
    /// A JSON object `{"title", "date", "source", "publisher", "lang", "text"}`.
    Json,
}

impl MediaType {
    /// From a MIME type (`text/plain`, `text/html`, `application/json`, parameters ignored).
    pub fn from_mime(mime: &str) -> Option<MediaType> {
        match mime
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
            .as_str()
        {
            "text/plain" => Some(MediaType::Text),
            "text/html" | "application/xhtml+xml" => Some(MediaType::Html),
            "application/json" => Some(MediaType::Json),
            _ => None,
        }
    }

    /// From a file name's extension (`.html`/`.htm`, `.json`, anything else is text).
    pub fn from_path(path: &std::path::Path) -> MediaType {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("html" | "htm" | "xhtml") => MediaType::Html,
            Some("json") => MediaType::Json,
            _ => MediaType::Text,
        }
    }
}

/// Why a notice could not be read. Each variant carries what was wrong with the input.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The bytes are not valid UTF-8 (byte offset of the first bad byte).
    #[error("notice is not valid UTF-8 (first invalid byte at offset {0})")]
    NotUtf8(usize),
    /// Nothing but whitespace (or only a header) after reading.
    #[error("notice has no text")]
    Empty,
    /// The text is in a language other than Korean or English.
    #[error("unsupported language {detected:?}: only Korean (ko) and English (en) are read")]
    UnsupportedLanguage {
        /// What detection found (a whatlang code such as `jpn`), or `unknown`.
        detected: String,
    },
    /// The JSON body is malformed or lacks `text`.
    #[error("malformed JSON notice: {0}")]
    Json(String),
    /// The body exceeds the size limit.
    #[error("notice too large: {size} bytes, limit {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

/// Runs the whole pipeline on one notice.
///
/// `bytes` is the raw file or request body, `media` says how to read it. The result's
/// offsets are in characters of the normalised text. Errors: [`IngestError`].
pub fn process(
    bytes: &[u8],
    media: MediaType,
    gazetteer: &Gazetteer,
) -> Result<Extraction, IngestError> {
    if bytes.len() > MAX_NOTICE_BYTES {
        return Err(IngestError::TooLarge {
            size: bytes.len(),
            limit: MAX_NOTICE_BYTES,
        });
    }
    let raw = read(bytes, media)?;
    let text = normalize(&raw.body);
    let title = raw
        .title
        .as_deref()
        .map(normalize)
        .filter(|t| !t.is_empty());
    let lang = detect(&text)?;
    if let Some(hint) = raw.lang_hint.as_deref() {
        let hinted = crate::model::Lang::from_tag(hint);
        if hinted != Some(lang) {
            tracing::warn!(hint, detected = %lang, "declared language differs from detected; using detected");
        }
    }
    let source = raw
        .source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    let notice = Notice {
        id: notice_id(source.as_deref(), &text),
        title,
        date: raw.date,
        source,
        publisher: raw
            .publisher
            .map(|p| normalize(&p))
            .filter(|p| !p.is_empty()),
        lang,
        text,
    };
    Ok(assemble(notice, gazetteer))
}

/// Runs the extractors on a read, normalised notice and assembles the [`Extraction`]:
/// gazetteer matches, dates and quantities, then the rule-based extractors
/// ([`extract::extract`]: persons, posts, events, rankings, quotations). Entities are
/// deduplicated by key (gazetteer labels first, labels found in the text added where a
/// language is missing); mentions are deduplicated and sorted by span.
pub fn assemble(notice: Notice, gazetteer: &Gazetteer) -> Extraction {
    let matches = gazetteer.find(&notice.text, notice.lang, notice.date);
    let dates = dates::find_dates(&notice.text, notice.lang, notice.date);
    let quantities = quantities::find_quantities(&notice.text, notice.lang);
    let extracted = extract::extract(&notice, &matches, &dates, gazetteer);
    let mut entities: Vec<Entity> = Vec::new();
    let mut mentions: Vec<Mention> = Vec::new();
    for m in &matches {
        if let Some(e) = gazetteer.get(&m.key) {
            merge_entity(&mut entities, e.clone());
        }
        mentions.push(Mention {
            span: m.span,
            anchor: m.surface.clone(),
            entity: m.key.clone(),
        });
    }
    for e in extracted.entities {
        merge_entity(&mut entities, e);
    }
    mentions.extend(extracted.mentions);
    mentions.sort_by(|a, b| {
        (a.span.begin, a.span.end, &a.entity).cmp(&(b.span.begin, b.span.end, &b.entity))
    });
    mentions.dedup();
    let mut events: Vec<Event> = Vec::new();
    for ev in extracted.events {
        if !events.iter().any(|x| x.entity.key == ev.entity.key) {
            events.push(ev);
        }
    }
    Extraction {
        notice,
        entities,
        events,
        mentions,
        holdings: extracted.holdings,
        dates,
        quantities,
        rankings: extracted.rankings,
        quotations: extracted.quotations,
    }
}

/// Adds `e` to `entities`, or merges it into the entity with the same key: labels in a
/// language the existing entity lacks, new alternative labels, and facts it lacks.
fn merge_entity(entities: &mut Vec<Entity>, e: Entity) {
    let Some(existing) = entities.iter_mut().find(|x| x.key == e.key) else {
        entities.push(e);
        return;
    };
    for label in e.labels {
        if existing.labels.iter().any(|l| l.lang == label.lang) {
            if !existing.labels.contains(&label) && !existing.alt_labels.contains(&label) {
                existing.alt_labels.push(label);
            }
        } else {
            existing.labels.push(label);
        }
    }
    for label in e.alt_labels {
        if !existing.labels.contains(&label) && !existing.alt_labels.contains(&label) {
            existing.alt_labels.push(label);
        }
    }
    existing.wikidata = existing.wikidata.take().or(e.wikidata);
    existing.iso_code = existing.iso_code.take().or(e.iso_code);
    existing.part_of = existing.part_of.take().or(e.part_of);
    existing.government |= e.government;
}
