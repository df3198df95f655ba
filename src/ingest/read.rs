//! Reading a notice: bytes in one of three media types to a [`RawNotice`] (metadata and
//! body text), before normalisation.
//!
//! - **Text** may start with an e-mail-style header block (`title:`, `date:`, `source:`,
//!   `publisher:`, `lang:`, … up to the first blank line), as in the corpus.
//! - **HTML** keeps only the main text: `script`/`style`/`nav`/`header`/`footer`/`aside`/
//!   `form` elements and elements whose id or class says menu, nav, breadcrumb, footer,
//!   gnb, lnb or skip are dropped; `<article>`, `<main>`, `#content` or `[role=main]` is
//!   preferred over the whole body; block elements become line breaks.
//! - **JSON** is an object `{"title", "date", "source", "publisher", "lang", "text"}`.
//!
//! In every case the body then loses *site residue*, line by line ([`clean_residue`]):
//! breadcrumbs (`HOME > News > Notices`), skip links (`본문 바로가기`, `Skip to content`),
//! `Date : 2017.04.04 Read : 21267` lines (their date becomes the notice date when the
//! header gives none), view counters, list/print buttons, attachment file names, phone and
//! fax lines, form labels and a repeated title. The rules are generic (shapes of lines),
//! not tied to one site.

use super::IngestError;
use super::normalize::normalize;
use crate::model::DateValue;
use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

/// A notice as read: metadata from the header / HTML / JSON, and the body text with site
/// residue removed (not yet normalised).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawNotice {
    /// The title (`title:` header, `<h1>`/`<title>`, JSON `title`).
    pub title: Option<String>,
    /// The publication date (`date:` header, JSON `date`, or a `Date : …` residue line).
    pub date: Option<DateValue>,
    /// The original URL.
    pub source: Option<String>,
    /// The publisher, as written.
    pub publisher: Option<String>,
    /// The declared language (`lang:` header, `<html lang>`, JSON `lang`): honoured when
    /// it names another language than Korean or English (the notice is refused), else a
    /// hint only (detection decides between Korean and English).
    pub lang_hint: Option<String>,
    /// The body text.
    pub body: String,
    /// What was read but not used, one sentence each naming the value (`invalid header
    /// date "2020-13-45" ignored`): the notice is still read, without that value.
    pub warnings: Vec<String>,
}

/// Reads `bytes` as `media`.
///
/// Errors: [`IngestError::NotUtf8`] with the offset of the first invalid byte (a leading
/// UTF-8 byte-order mark is skipped); [`IngestError::Json`] for malformed JSON, a
/// non-object, a missing `text` or a field of the wrong type (the message names it).
/// An empty body is not an error here (see `detect`).
pub fn read(bytes: &[u8], media: super::MediaType) -> Result<RawNotice, IngestError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::NotUtf8(e.valid_up_to()))?;
    let mut notice = match media {
        super::MediaType::Text => read_text(text),
        super::MediaType::Html => read_html(text),
        super::MediaType::Json => read_json(text)?,
    };
    let (body, residue_date) = clean_residue(&notice.body, notice.title.as_deref());
    notice.body = body;
    if notice.date.is_none() {
        notice.date = residue_date;
    }
    Ok(notice)
}

static HEADER_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Za-z][A-Za-z_-]*):(?:\s+(.*))?$").expect("regex"));

const HEADER_KEYS: &[&str] = &[
    "title",
    "date",
    "source",
    "publisher",
    "lang",
    "truncated",
    "messy",
];

/// Plain text with an optional header block.
fn read_text(text: &str) -> RawNotice {
    let mut notice = RawNotice::default();
    let mut lines = text.split_inclusive('\n');
    let mut consumed = 0;
    let mut header = Vec::new();
    for line in lines.by_ref() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            consumed += line.len();
            break;
        }
        match HEADER_LINE.captures(trimmed) {
            Some(c) => {
                header.push((
                    c[1].to_ascii_lowercase(),
                    c.get(2).map_or("", |m| m.as_str()).trim().to_string(),
                ));
                consumed += line.len();
            }
            None => {
                header.clear();
                break;
            }
        }
    }
    if header
        .iter()
        .any(|(k, _)| HEADER_KEYS.contains(&k.as_str()))
    {
        for (key, value) in header {
            let value = (!value.is_empty()).then_some(value);
            match key.as_str() {
                "title" => notice.title = value,
                "date" => {
                    notice.date = value.as_deref().and_then(|v| {
                        let date = parse_date(v);
                        if date.is_none() {
                            notice.warnings.push(invalid_date_warning("header", v));
                        }
                        date
                    });
                }
                "source" => notice.source = value,
                "publisher" => notice.publisher = value,
                "lang" => notice.lang_hint = value,
                _ => {}
            }
        }
        notice.body = text[consumed.min(text.len())..].to_string();
    } else {
        notice.body = text.to_string();
    }
    notice
}

/// The warning for a date given in metadata (`where`: `header`, `HTML`) that
/// [`parse_date`] rejects: it names the value and says that it is ignored.
fn invalid_date_warning(place: &str, value: &str) -> String {
    format!(
        "invalid {place} date {value:?} ignored (expected a valid YYYY-MM-DD, YYYY.MM.DD, \
         YYYY-MM or YYYY); the notice is read without it"
    )
}

/// A header or residue date: `2017-04-04`, `2017-04`, `2017.04.04`, `2017. 4. 4.`,
/// `2017/04/04`, `2017`; `None` otherwise.
pub fn parse_date(s: &str) -> Option<DateValue> {
    let cleaned: String = s
        .trim()
        .trim_end_matches('.')
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '/' { '-' } else { c })
        .collect();
    DateValue::parse_iso(&cleaned)
}

/// Words in an id or class that mark navigation or page chrome.
const CHROME_WORDS: &[&str] = &[
    "menu",
    "nav",
    "breadcrumb",
    "footer",
    "gnb",
    "lnb",
    "snb",
    "skip",
    "sitemap",
    "location",
];

fn is_chrome(el: &scraper::node::Element) -> bool {
    if SKIPPED_TAGS.contains(&el.name()) {
        return true;
    }
    let words = el.id().into_iter().chain(el.classes());
    for w in words {
        let w = w.to_ascii_lowercase();
        if CHROME_WORDS.iter().any(|c| w.contains(c)) {
            return true;
        }
    }
    false
}

const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template",
    "button", "select",
];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "hr",
];

/// Appends the text of `node` (minus chrome) to `out`, blocks on their own lines.
fn collect_text(el: ElementRef<'_>, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                let s: String = t
                    .chars()
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                    .collect();
                out.push_str(&s);
            }
            Node::Element(e) => {
                if is_chrome(e) {
                    continue;
                }
                let block = BLOCK_TAGS.contains(&e.name());
                if block {
                    out.push('\n');
                }
                if let Some(child_el) = ElementRef::wrap(child) {
                    collect_text(child_el, out);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

fn first_text(doc: &Html, selector: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .map(|e| e.text().collect::<String>())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

fn meta_content(doc: &Html, selector: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .filter_map(|e| e.value().attr("content"))
        .map(|c| c.trim().to_string())
        .find(|c| !c.is_empty())
}

/// An HTML page: main text only.
fn read_html(text: &str) -> RawNotice {
    let doc = Html::parse_document(text);
    let root_selectors = ["article", "main", "#content", "[role=main]", "body"];
    let root = root_selectors
        .iter()
        .filter_map(|s| Selector::parse(s).ok())
        .find_map(|sel| {
            doc.select(&sel)
                .find(|e| !e.text().all(|t| t.trim().is_empty()))
        })
        .unwrap_or_else(|| doc.root_element());
    let mut body = String::new();
    collect_text(root, &mut body);
    let written = meta_content(
        &doc,
        "meta[property='article:published_time'], meta[name='date'], meta[name='DC.date']",
    )
    .or_else(|| {
        Selector::parse("time[datetime]").ok().and_then(|sel| {
            doc.select(&sel)
                .find_map(|e| e.value().attr("datetime").map(str::to_string))
        })
    });
    let date = written
        .as_deref()
        .and_then(|d| parse_date(d.get(..10).unwrap_or(d)).or_else(|| parse_date(d)));
    let warnings = match (&written, date) {
        (Some(w), None) => vec![invalid_date_warning("HTML", w)],
        _ => Vec::new(),
    };
    RawNotice {
        title: first_text(&doc, "h1").or_else(|| first_text(&doc, "title")),
        date,
        source: Selector::parse("link[rel=canonical]").ok().and_then(|sel| {
            doc.select(&sel)
                .find_map(|e| e.value().attr("href").map(str::to_string))
        }),
        publisher: meta_content(&doc, "meta[property='og:site_name'], meta[name=author]"),
        lang_hint: Selector::parse("html[lang]").ok().and_then(|sel| {
            doc.select(&sel)
                .find_map(|e| e.value().attr("lang").map(str::to_string))
        }),
        body,
        warnings,
    }
}

/// A JSON notice object.
fn read_json(text: &str) -> Result<RawNotice, IngestError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| IngestError::Json(e.to_string()))?;
    let obj = value
        .as_object()
        .ok_or_else(|| IngestError::Json("expected a JSON object".to_string()))?;
    let field = |name: &str| -> Result<Option<String>, IngestError> {
        match obj.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(IngestError::Json(format!(
                "field `{name}` must be a string, found {other}"
            ))),
        }
    };
    let body = field("text")?.ok_or_else(|| IngestError::Json("missing field `text`".into()))?;
    let date = match field("date")? {
        Some(d) => Some(
            parse_date(&d)
                .ok_or_else(|| IngestError::Json(format!("field `date`: invalid date {d:?}")))?,
        ),
        None => None,
    };
    Ok(RawNotice {
        title: field("title")?,
        date,
        source: field("source")?,
        publisher: field("publisher")?,
        lang_hint: field("lang")?,
        body,
        warnings: Vec::new(),
    })
}

static RESIDUE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:date|posted|등록일?|작성일|게시일|날짜|일자)\s*:?\s*(\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2})\.?(?:\s*\(.\))?(?:\s+.*)?$",
    )
    .expect("regex")
});
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:read|hits?|views?|조회수?|조회)\s*:?\s*[\d,]+$").expect("regex")
});
static ATTACHMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif)(?:\s*\([^)]*\))?\s*$")
        .expect("regex")
});
static PHONE_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\+?[\d\s().-]{7,}$").expect("regex"));
static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:전화|팩스|tel|fax|phone|e-?mail|담당부서|담당자|문의)\b\s*[:.]?")
        .expect("regex")
});
static HOURS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d{1,2}\s*(?:AM|PM|시)\s*[~-]\s*\d{1,2}\s*(?:AM|PM|시)|휴무").expect("regex")
});

/// Single-word lines that are page chrome (buttons, form labels).
const CHROME_LINES: &[&str] = &[
    "목록",
    "이전글",
    "다음글",
    "인쇄",
    "프린트",
    "공유",
    "스크랩",
    "top",
    "list",
    "print",
    "share",
    "prev",
    "next",
    "previous",
    "제목",
    "기관",
    "내용",
    "파일",
    "첨부파일",
    "작성자",
    "등록",
    "담당부서",
    "attachment",
    "attachments",
    "download",
];

/// Why a body line is residue, if it is.
fn residue_kind(line: &str, title: Option<&str>, crumbs: &[String]) -> Option<&'static str> {
    let lower = line.to_lowercase();
    let short = line.chars().count() <= 80;
    if CHROME_LINES.contains(&lower.as_str()) {
        return Some("chrome");
    }
    if short
        && (lower.contains("바로가기")
            || lower.contains("skip to")
            || lower.contains("skip navigation")
            || lower.contains("topmenu")
            || lower.contains("go to top")
            || lower.contains("go to content")
            || lower.contains("고객 상담")
            || lower.contains("고객센터"))
    {
        return Some("skip link");
    }
    if line.matches('>').count() >= 2 && line.chars().count() <= 150 && !line.ends_with('.') {
        return Some("breadcrumb");
    }
    if crumbs.iter().any(|c| c == line) {
        return Some("breadcrumb heading");
    }
    if COUNTER.is_match(line) {
        return Some("counter");
    }
    if short && (lower.starts_with("첨부") || lower.starts_with("attachment")) {
        return Some("attachment");
    }
    if ATTACHMENT.is_match(line)
        && (line.split_whitespace().count() <= 3 || lower.starts_with("파일"))
    {
        return Some("attachment");
    }
    if PHONE_ONLY.is_match(line) && line.chars().filter(char::is_ascii_digit).count() >= 7 {
        return Some("phone");
    }
    if short && CONTACT.is_match(line) {
        return Some("contact");
    }
    if short && HOURS.is_match(line) && !line.ends_with('.') && !line.ends_with('다') {
        return Some("opening hours");
    }
    if let Some(t) = title.map(str::trim).filter(|t| !t.is_empty()) {
        let bare = line
            .strip_prefix("제목")
            .or_else(|| line.strip_prefix("Title"))
            .map_or(line, str::trim);
        if bare == t {
            return Some("repeated title");
        }
    }
    None
}

/// Removes site residue from `body`, line by line (see the module documentation), and
/// returns the cleaned body with the date of a `Date : …` residue line, if there was one.
/// `title` lets a repeated title line be dropped. Blank lines are kept (they separate
/// paragraphs); residue lines vanish with their line break.
pub fn clean_residue(body: &str, title: Option<&str>) -> (String, Option<DateValue>) {
    let title_norm = title.map(normalize);
    let mut kept: Vec<&str> = Vec::new();
    let mut date = None;
    let mut crumbs: Vec<String> = Vec::new();
    for raw in body.split('\n') {
        let line = normalize(raw);
        if line.is_empty() {
            kept.push(raw.trim_end_matches('\r'));
            continue;
        }
        if let Some(c) = RESIDUE_DATE.captures(&line) {
            if date.is_none() {
                date = parse_date(&c[1]);
            }
            continue;
        }
        match residue_kind(&line, title_norm.as_deref(), &crumbs) {
            Some(kind) => {
                if kind == "breadcrumb" {
                    crumbs.extend(
                        line.split('>')
                            .map(|s| s.trim().to_string())
                            .filter(|s| !s.is_empty()),
                    );
                }
                tracing::debug!(kind, line = %line, "dropped site residue");
            }
            None => kept.push(raw.trim_end_matches('\r')),
        }
    }
    let out = kept.join("\n");
    (out, date)
}

#[cfg(test)]
mod tests {
    use super::super::MediaType;
    use super::*;

    #[test]
    fn read_text_header_block() {
        let input = "title: A test notice\ndate: 2019.05.06\nsource: https://example.org/a\n\
                     publisher: Test Agency\nlang: en\ntruncated: yes\nweird: ignored\n\n\
                     First paragraph.\n\nSecond paragraph.\n";
        let n = read(input.as_bytes(), MediaType::Text).expect("read");
        assert_eq!(n.title.as_deref(), Some("A test notice"));
        assert_eq!(n.date, Some(DateValue::Date(2019, 5, 6)));
        assert_eq!(n.source.as_deref(), Some("https://example.org/a"));
        assert_eq!(n.publisher.as_deref(), Some("Test Agency"));
        assert_eq!(n.lang_hint.as_deref(), Some("en"));
        assert_eq!(n.body, "First paragraph.\n\nSecond paragraph.\n");
    }

    #[test]
    fn read_text_without_header_keeps_everything() {
        let cases: &[&str] = &[
            "Note: this is the body.\nMore.\n",
            "Just a body line.\n",
            "",
        ];
        for input in cases {
            let n = read(input.as_bytes(), MediaType::Text).expect("read");
            assert_eq!(n.body, *input);
            assert_eq!(n.title, None);
        }
    }

    #[test]
    fn parse_date_table() {
        let cases: &[(&str, Option<DateValue>)] = &[
            ("2017-04-04", Some(DateValue::Date(2017, 4, 4))),
            ("2017.04.04", Some(DateValue::Date(2017, 4, 4))),
            ("2017. 4. 4.", Some(DateValue::Date(2017, 4, 4))),
            ("2013/09/02", Some(DateValue::Date(2013, 9, 2))),
            ("2017-03", Some(DateValue::YearMonth(2017, 3))),
            ("2017", Some(DateValue::Year(2017))),
            ("2017-13-01", None),
            ("2020-13-45", None),
            ("2020-02-29", Some(DateValue::Date(2020, 2, 29))),
            ("2019-02-29", None),
            ("2020-04-31", None),
            ("2020-05-00", None),
            ("0000-01-01", None),
            ("0000", None),
            ("0001-01-01", Some(DateValue::Date(1, 1, 1))),
            ("9999-12-31", Some(DateValue::Date(9999, 12, 31))),
            ("yesterday", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_date(s), *want, "{s}");
        }
    }

    #[test]
    fn residue_lines_are_removed() {
        // (line, removed?)
        let cases: &[(&str, bool)] = &[
            ("HOME > About us > Press releases", true),
            ("홈 > 알림마당 > 보도자료", true),
            ("본문 바로가기", true),
            ("Skip to content", true),
            ("the body go topmenu go", true),
            ("Read : 1234", true),
            ("조회수 87", true),
            ("목록", true),
            ("첨부파일 (2)", true),
            ("190101_(홍보과)_보도자료.hwp", true),
            ("report_final.pdf (1.2MB)", true),
            ("파일 190101_보도자료.hwp", true),
            ("02-2100-1234", true),
            ("전화 : 02 123 4567", true),
            ("담당부서 국제협력과 전화 02-000-0000", true),
            ("평일 9AM ~ 6PM 주말 휴무", true),
            ("The minister met the delegation in Seoul.", false),
            ("장관은 5일 서울에서 대표단을 만났다.", false),
            (
                "The report (report.pdf) was published in May and explains the plan.",
                false,
            ),
            ("Growth > 3% and inflation > 2% were noted.", false),
        ];
        for (line, removed) in cases {
            let body = format!("Intro line.\n{line}\nOutro line.\n");
            let (cleaned, _) = clean_residue(&body, None);
            assert_eq!(!cleaned.contains(line), *removed, "{line:?} → {cleaned:?}");
            assert!(cleaned.contains("Intro line.") && cleaned.contains("Outro line."));
        }
    }

    #[test]
    fn residue_date_line_becomes_the_date() {
        let input = "HOME > News > Notices\nNotices\nSome title here\n\
                     Date : 2018.03.05 Read : 321\nThe body sentence.\n";
        let n = read(input.as_bytes(), MediaType::Text).expect("read");
        assert_eq!(n.date, Some(DateValue::Date(2018, 3, 5)));
        assert_eq!(n.body, "Some title here\nThe body sentence.\n");
        // A header date wins over the residue date.
        let with_header = format!("date: 2018-03-06\n\n{input}");
        let n = read(with_header.as_bytes(), MediaType::Text).expect("read");
        assert_eq!(n.date, Some(DateValue::Date(2018, 3, 6)));
    }

    #[test]
    fn invalid_header_dates_are_warned_about_by_value() {
        // (header date, body, residue date kept as the notice date)
        for (value, body, want) in [
            ("2020-13-45", "정부는 회의를 열었다.\n", None),
            ("2020-02-30", "The ministry held a meeting.\n", None),
            ("0000-01-01", "정부는 회의를 열었다.\n", None),
            (
                "next Tuesday",
                "Date : 2018.03.05 Read : 12\n행사를 열었다.\n",
                Some(DateValue::Date(2018, 3, 5)),
            ),
        ] {
            let input = format!("title: T\ndate: {value}\n\n{body}");
            let n = read(input.as_bytes(), MediaType::Text).expect("read");
            assert_eq!(n.date, want, "{value}");
            assert_eq!(n.warnings.len(), 1, "{value}");
            assert!(
                n.warnings[0].contains(&format!("invalid header date \"{value}\"")),
                "{:?}",
                n.warnings
            );
        }
        let html = "<html><head><meta name=\"date\" content=\"2020-13-45\"></head>\
                    <body><p>본문입니다.</p></body></html>";
        let n = read(html.as_bytes(), MediaType::Html).expect("read");
        assert_eq!(n.date, None);
        assert!(n.warnings[0].contains("\"2020-13-45\""), "{:?}", n.warnings);
        // Valid or absent dates warn about nothing.
        for input in ["date: 2020-12-31\n\nText.\n", "title: T\n\nText.\n"] {
            let n = read(input.as_bytes(), MediaType::Text).expect("read");
            assert!(n.warnings.is_empty(), "{input}: {:?}", n.warnings);
        }
    }

    #[test]
    fn repeated_title_is_removed() {
        let input = "title: Ministers meet in Seoul\n\n제목 Ministers meet in Seoul\n\
                     Ministers meet in Seoul\nMinisters meet in Seoul to talk.\n";
        let n = read(input.as_bytes(), MediaType::Text).expect("read");
        assert_eq!(n.body, "Ministers meet in Seoul to talk.\n");
    }

    #[test]
    fn not_utf8_reports_the_offset() {
        let mut bytes = "title: x\n\n한국".as_bytes().to_vec();
        bytes.push(0xFF);
        let at = bytes.len() - 1;
        for media in [MediaType::Text, MediaType::Html, MediaType::Json] {
            match read(&bytes, media) {
                Err(IngestError::NotUtf8(offset)) => assert_eq!(offset, at),
                other => panic!("expected NotUtf8, got {other:?}"),
            }
        }
    }

    #[test]
    fn read_html_keeps_main_text_only() {
        let html = r#"<!doctype html><html lang="ko"><head><title>Site | Notice</title>
<meta property="article:published_time" content="2020-02-03T09:00:00+09:00">
<script>var menu = "Korea";</script><style>p { color: red }</style></head>
<body><header>Top banner</header><nav>Home About</nav>
<div class="gnb">Menu A Menu B</div><div id="breadcrumb">HOME &gt; News</div>
<article><h1>The headline</h1><p>First <b>bold</b>
paragraph.</p><p>Second paragraph.</p><form>Search</form></article>
<aside>Related</aside><footer>Copyright</footer></body></html>"#;
        let n = read(html.as_bytes(), MediaType::Html).expect("read");
        assert_eq!(n.title.as_deref(), Some("The headline"));
        assert_eq!(n.date, Some(DateValue::Date(2020, 2, 3)));
        assert_eq!(n.lang_hint.as_deref(), Some("ko"));
        let body = normalize(&n.body);
        // The `<h1>` became the title, so its repetition in the body is dropped.
        assert_eq!(body, "First bold paragraph.\n\nSecond paragraph.");
    }

    #[test]
    fn read_html_without_article_uses_body() {
        let html = "<html><body><div class=\"lnb\">Side menu</div><div>Only text.</div>\
                    <div class=\"footer-info\">Address</div></body></html>";
        let n = read(html.as_bytes(), MediaType::Html).expect("read");
        assert_eq!(normalize(&n.body), "Only text.");
        assert_eq!(n.title, None);
    }

    #[test]
    fn read_json_table() {
        let ok = r#"{"title":"T","date":"2016-11-09","source":"https://e.org/x","publisher":"P","lang":"ko","text":"본문입니다."}"#;
        let n = read(ok.as_bytes(), MediaType::Json).expect("read");
        assert_eq!(n.title.as_deref(), Some("T"));
        assert_eq!(n.date, Some(DateValue::Date(2016, 11, 9)));
        assert_eq!(n.lang_hint.as_deref(), Some("ko"));
        assert_eq!(n.body, "본문입니다.");
        // input, fragment of the error message
        let bad: &[(&str, &str)] = &[
            ("{", "EOF"),
            ("[1,2]", "expected a JSON object"),
            (r#"{"title":"T"}"#, "missing field `text`"),
            (r#"{"text":5}"#, "field `text` must be a string"),
            (r#"{"text":"x","date":"soon"}"#, "invalid date"),
        ];
        for (input, fragment) in bad {
            match read(input.as_bytes(), MediaType::Json) {
                Err(IngestError::Json(msg)) => assert!(msg.contains(fragment), "{msg}"),
                other => panic!("{input}: expected Json error, got {other:?}"),
            }
        }
    }
}
