//! IRIs and URIs (RFC 3987): the one place where request paths become IRIs and IRIs become
//! the ASCII URIs HTTP headers carry.
//!
//! - [`normalize_path`]: a request path in its IRI form (RFC 3987 §5.3.2.3 and §3.2):
//!   percent-encoded unreserved ASCII characters and percent-encoded UTF-8 sequences of
//!   non-ASCII characters become the characters, other escapes are kept with uppercase
//!   hex. So `/store/한국`, `/store/%ED%95%9C%EA%B5%AD` and `/store/%ed%95%9c%ea%b5%ad`
//!   are one path, `/store/한국`.
//! - [`to_uri`]: an IRI as an ASCII URI (RFC 3987 §3.1): the host's non-ASCII labels in
//!   punycode (`xn--…`, RFC 3492), every other non-ASCII character (and control or space)
//!   percent-encoded as its UTF-8 bytes. Every `Location` header the service sends goes
//!   through it (`POST /store`, `POST /notices`, the `303`s of `/id/…`).

use unicode_normalization::UnicodeNormalization;

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
/// is. A host that cannot be put in punycode is percent-encoded like the rest.
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

/// A host name with its non-ASCII labels (lowercased, NFC) as `xn--` + punycode.
fn host_to_ascii(host: &str) -> Option<String> {
    let labels: Option<Vec<String>> = host
        .split('.')
        .map(|label| {
            if label.is_ascii() {
                return Some(label.to_string());
            }
            let label: String = label.to_lowercase().nfc().collect();
            punycode(&label).map(|p| format!("xn--{p}"))
        })
        .collect();
    Some(labels?.join("."))
}

/// The punycode encoding of `input` (RFC 3492 §6.3); `None` on overflow.
fn punycode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    const INITIAL_BIAS: u32 = 72;
    const INITIAL_N: u32 = 128;
    fn digit(d: u32) -> char {
        let d = d as u8;
        if d < 26 {
            (b'a' + d) as char
        } else {
            (b'0' + d - 26) as char
        }
    }
    fn adapt(delta: u32, points: u32, first: bool) -> u32 {
        const SKEW: u32 = 38;
        const DAMP: u32 = 700;
        let mut delta = if first { delta / DAMP } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + SKEW)
    }
    let points: Vec<u32> = input.chars().map(u32::from).collect();
    let mut out: String = input.chars().filter(char::is_ascii).collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (INITIAL_N, 0u32, INITIAL_BIAS, basic);
    while (handled as usize) < points.len() {
        let m = points.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &points {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        TMIN
                    } else if k >= bias + TMAX {
                        TMAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    Some(out)
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

    #[test]
    fn punycode_matches_rfc_3492() {
        // Python's `"…".encode("punycode")` gives the same
        assert_eq!(punycode("데이터").as_deref(), Some("2n1bp39av7g"));
        assert_eq!(punycode("한국").as_deref(), Some("3e0b707e"));
        assert_eq!(punycode("bücher").as_deref(), Some("bcher-kva"));
        // RFC 3492 §7.1 (A) Arabic (Egyptian)
        assert_eq!(
            punycode("\u{644}\u{64A}\u{647}\u{645}\u{627}\u{628}\u{62A}\u{643}\u{644}\u{645}\u{648}\u{634}\u{639}\u{631}\u{628}\u{64A}\u{61F}").as_deref(),
            Some("egbpdaj6bu4bxfgehfvwxn")
        );
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
