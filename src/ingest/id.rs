//! Notice identifiers: stable, ASCII and IRI-safe, so the same notice always gets the same
//! IRI (`{base}id/notice/{id}`) and re-ingesting replaces its graph instead of adding one.
//!
//! The id is the first 16 hex digits (64 bits) of a SHA-256 digest: of the source URL
//! when one is known (trimmed), else of the normalised text. The two inputs are
//! domain-separated (`url\n` / `text\n` prefixes) so a text that happens to equal a URL
//! gets another id.

use sha2::{Digest, Sha256};

/// Number of hex digits in a notice id.
pub const ID_LEN: usize = 16;

/// The id of a notice from its source URL (`source`, trimmed; ignored when empty) or, when
/// there is none, from its normalised body `text`. Returns 16 lowercase hex digits.
pub fn notice_id(source: Option<&str>, text: &str) -> String {
    let mut hasher = Sha256::new();
    match source.map(str::trim).filter(|s| !s.is_empty()) {
        Some(url) => {
            hasher.update(b"url\n");
            hasher.update(url.as_bytes());
        }
        None => {
            hasher.update(b"text\n");
            hasher.update(text.as_bytes());
        }
    }
    let digest = hasher.finalize();
    digest
        .iter()
        .take(ID_LEN / 2)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_id_table() {
        let a = notice_id(Some("https://example.org/n/1"), "body");
        // (source, text, equal to a?)
        let cases: &[(Option<&str>, &str, bool)] = &[
            (Some("https://example.org/n/1"), "other body", true),
            (Some("  https://example.org/n/1\n"), "body", true),
            (Some("https://example.org/n/2"), "body", false),
            (None, "body", false),
            (Some(""), "body", false),
            (None, "https://example.org/n/1", false),
        ];
        for (source, text, same) in cases {
            assert_eq!(notice_id(*source, text) == a, *same, "{source:?} {text:?}");
        }
        assert_eq!(notice_id(None, "x"), notice_id(Some(" "), "x"));
        assert_ne!(notice_id(None, "x"), notice_id(None, "y"));
    }

    #[test]
    fn notice_id_is_16_lowercase_hex() {
        for id in [notice_id(None, ""), notice_id(Some("u"), "한국")] {
            assert_eq!(id.len(), ID_LEN);
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
            );
        }
    }
}
