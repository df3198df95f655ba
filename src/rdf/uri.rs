//! IRIs and URIs (RFC 3987): the one place where request paths become IRIs and IRIs become
//! the ASCII URIs HTTP headers carry.
//!
//! - [`normalize_path`]: a request path in its IRI form (RFC 3987 §5.3.2.3 and §3.2):
//!   percent-encoded unreserved ASCII characters and percent-encoded UTF-8 sequences of
//!   non-ASCII characters become the characters, other escapes are kept with uppercase
//!   hex. So `/store/한국`, `/store/%ED%95%9C%EA%B5%AD` and `/store/%ed%95%9c%ea%b5%ad`
//!   are one path, `/store/한국`.
//! - [`to_uri`]: an IRI as an ASCII URI (RFC 3987 §3.1): a non-ASCII host in its IDNA
//!   form (UTS 46 by the `idna` crate: `데이터.kr` is `xn--2n1bp39av7g.kr`), every other
//!   non-ASCII character (and control or space) percent-encoded as its UTF-8 bytes. Every
//!   `Location` header the service sends goes through it (`POST /store`, `POST /notices`,
//!   the `303`s of `/id/…`).

/// Whether `b` is an unreserved ASCII character (RFC 3986 §2.3).
fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// The value of an ASCII hex digit.
fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// `path` in its IRI form (see the module documentation). Malformed escapes (`%G1`, a
/// lone `%`) and bytes that are not UTF-8 are kept as they are (escapes uppercased).
pub fn normalize_path(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = String::with_capacity(path.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            let c = path[i..].chars().next().unwrap_or_default();
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        // a run of escapes, decoded to bytes
        let mut decoded: Vec<u8> = Vec::new();
        while i + 2 < bytes.len() && bytes[i] == b'%' {
            match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    decoded.push(h << 4 | l);
                    i += 3;
                }
                _ => break,
            }
        }
        if decoded.is_empty() {
            // a `%` that starts no escape
            out.push('%');
            i += 1;
            continue;
        }
        push_decoded(&decoded, &mut out);
    }
    out
}

/// Appends decoded escape bytes to `out`: unreserved ASCII and non-ASCII UTF-8 characters
/// as characters, anything else as `%XX` (uppercase).
fn push_decoded(mut bytes: &[u8], out: &mut String) {
    let escape = |b: u8, out: &mut String| out.push_str(&format!("%{b:02X}"));
    while let Some(&first) = bytes.first() {
        if first.is_ascii() {
            if unreserved(first) {
                out.push(first as char);
            } else {
                escape(first, out);
            }
            bytes = &bytes[1..];
            continue;
        }
        let len = match first {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 1,
        };
        let char = bytes
            .get(..len)
            .and_then(|s| std::str::from_utf8(s).ok())
            .and_then(|s| s.chars().next())
            .filter(|c| !c.is_control() && !c.is_whitespace());
        match char {
            Some(c) => {
                out.push(c);
                bytes = &bytes[len..];
            }
            None => {
                escape(first, out);
                bytes = &bytes[1..];
            }
        }
    }
}

/// `iri` as an ASCII URI (see the module documentation); an ASCII IRI is returned as it
/// is. A host that UTS 46 rejects is percent-encoded like the rest.
pub fn to_uri(iri: &str) -> String {
    let (head, host, rest) = match split_host(iri) {
        Some(parts) => parts,
        None => return encode_non_ascii(iri),
    };
    let host = if host.is_ascii() {
        host.to_string()
    } else {
        host_to_ascii(host).unwrap_or_else(|| encode_non_ascii(host))
    };
    format!("{}{host}{}", encode_non_ascii(head), encode_non_ascii(rest))
}

/// Splits `scheme://userinfo@host:port/…` into (`scheme://userinfo@`, `host`, `:port/…`);
/// `None` without an authority or for an IP literal (`[…]`).
fn split_host(iri: &str) -> Option<(&str, &str, &str)> {
    let start = iri.find("://")? + 3;
    let authority_end = iri[start..]
        .find(['/', '?', '#'])
        .map_or(iri.len(), |e| start + e);
    let authority = &iri[start..authority_end];
    let host_start = authority.rfind('@').map_or(start, |at| start + at + 1);
    if iri[host_start..].starts_with('[') {
        return None;
    }
    let host_end = iri[host_start..authority_end]
        .rfind(':')
        .map_or(authority_end, |c| host_start + c);
    Some((
        &iri[..host_start],
        &iri[host_start..host_end],
        &iri[host_end..],
    ))
}

/// Percent-encodes every non-ASCII character, control and space of `s` as its UTF-8 bytes.
fn encode_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_graphic() {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// `host` (non-ASCII) in its ASCII form by UTS 46 processing (the `idna` crate, as
/// browsers and the `url` crate do): mapped (lowercased, NFC) and each non-ASCII label as
/// `xn--` + punycode. `None` when UTS 46 rejects the host (a disallowed character such as
/// a space or `%`, a label that is not valid IDNA); the caller percent-encodes it instead.
fn host_to_ascii(host: &str) -> Option<String> {
    // the URL Standard's deny list: without it UTS 46 lets a space or `%` through
    idna::domain_to_ascii_cow(host.as_bytes(), idna::AsciiDenyList::URL)
        .ok()
        .map(std::borrow::Cow::into_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_their_iri_form() {
        let cases = [
            ("/store/한국", "/store/한국"),
            ("/store/%ED%95%9C%EA%B5%AD", "/store/한국"),
            ("/store/%ed%95%9c%ea%b5%ad", "/store/한국"),
            ("/store/%Ed%95%9C%eA%B5%aD/x", "/store/한국/x"),
            ("/store/%41%7e%2d", "/store/A~-"),
            ("/store/a%2fb%3F", "/store/a%2Fb%3F"),
            ("/store/%20x", "/store/%20x"),
            ("/store/%FF%ED%95", "/store/%FF%ED%95"),
            ("/store/%", "/store/%"),
            ("/store/%4", "/store/%4"),
            ("/store/%G1", "/store/%G1"),
            ("/store/plain", "/store/plain"),
        ];
        for (path, want) in cases {
            assert_eq!(normalize_path(path), want, "{path}");
        }
    }

    /// Non-ASCII hosts in their `xn--` form; the expected hosts are Python's
    /// `"…".encode("idna")`, not this crate's output.
    #[test]
    fn hosts_become_idna() {
        let cases = [
            (
                "http://데이터.kr/id/notice/1",
                "http://xn--2n1bp39av7g.kr/id/notice/1",
            ),
            (
                "http://데이터.한국/",
                "http://xn--2n1bp39av7g.xn--3e0b707e/",
            ),
            ("http://한국.kr", "http://xn--3e0b707e.kr"),
            // decomposed jamo are composed first (NFC), uppercase lowercased
            (
                "http://\u{1103}\u{1166}\u{110b}\u{1175}\u{1110}\u{1165}.kr/",
                "http://xn--2n1bp39av7g.kr/",
            ),
            ("http://BÜCHER.de/", "http://xn--bcher-kva.de/"),
        ];
        for (iri, want) in cases {
            assert_eq!(to_uri(iri), want, "{iri}");
        }
    }

    /// A host UTS 46 rejects is percent-encoded, never dropped or passed through raw.
    #[test]
    fn rejected_hosts_are_percent_encoded() {
        let uri = to_uri("http://데 이터.kr/x");
        assert_eq!(uri, "http://%EB%8D%B0%20%EC%9D%B4%ED%84%B0.kr/x");
        assert!(uri.is_ascii());
    }

    #[test]
    fn iris_become_ascii_uris() {
        let cases = [
            (
                "http://example.org/id/notice/0123",
                "http://example.org/id/notice/0123",
            ),
            (
                "http://데이터.kr/id/notice/1",
                "http://xn--2n1bp39av7g.kr/id/notice/1",
            ),
            (
                "http://데이터.kr:8080/store/한국?a=한#한",
                "http://xn--2n1bp39av7g.kr:8080/store/%ED%95%9C%EA%B5%AD?a=%ED%95%9C#%ED%95%9C",
            ),
            ("https://user@Bücher.de/", "https://user@xn--bcher-kva.de/"),
            ("http://[::1]:80/한", "http://[::1]:80/%ED%95%9C"),
            ("/ko/org/한", "/ko/org/%ED%95%9C"),
        ];
        for (iri, want) in cases {
            assert_eq!(to_uri(iri), want, "{iri}");
            assert!(to_uri(iri).is_ascii());
        }
    }
}
