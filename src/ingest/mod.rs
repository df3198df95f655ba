//! The extraction pipeline: read → normalise → detect language → extract → resolve.
//! Synchronous and pure (no store, no HTTP): bytes and a gazetteer in, an
//! [`Extraction`](crate::model::Extraction) out.

pub mod gazetteer;

use crate::model::Extraction;
pub use gazetteer::Gazetteer;

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
    let _ = (bytes, media, gazetteer);
    todo!("pipeline")
}
