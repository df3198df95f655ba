//! The extraction pipeline: read → normalise → detect language → extract → resolve.
//! Synchronous and pure (no store, no HTTP): bytes and a gazetteer in, an
//! [`Extraction`](crate::model::Extraction) out.
//!
//! Modules: [`read`] (media types, header block, HTML main text, site residue),
//! [`normalize`] (the stored text), [`detect`] (ko/en or an error), [`id`] (notice ids),
//! [`gazetteer`] (known entities and matching), [`particles`] (Korean josa), [`dates`],
//! [`quantities`], [`topics`] (which topic matches count), and [`extract`] (persons,
//! posts, events, rankings, quotations); places, organizations and persons the title
//! names are entities too (without mentions); [`process`] assembles them.

pub mod dates;
pub mod detect;
pub mod extract;
pub mod gazetteer;
pub mod homograph;
pub mod id;
pub mod normalize;
pub mod particles;
pub mod quantities;
pub mod read;
pub mod topics;

use crate::model::{Entity, EntityKind, Event, Extraction, Mention, Notice};
pub use detect::detect;
pub use gazetteer::{Gazetteer, GazetteerError, GazetteerRecord, Match};
pub use id::notice_id;
pub use normalize::normalize;
pub use particles::strip_particle;
pub use read::{RawNotice, read};

/// The default largest notice, in bytes (2 MiB): what [`process`] accepts, and the default
/// of `ingest --max-notice-bytes` ([`process_within`] takes another limit). Real notices
/// are a few kilobytes; the limit keeps one input from tying up the pipeline.
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
        /// What detection found or the header declared, as a BCP 47 primary subtag (`ja`,
        /// `zh`, `fr`), or `unknown`.
        detected: String,
    },
    /// The JSON body is malformed or lacks `text`.
    #[error("malformed JSON notice: {0}")]
    Json(String),
    /// The body exceeds the size limit.
    #[error(
        "notice too large: {size} bytes, limit {limit} bytes \
         (set with --max-notice-bytes or NOTICEGRAPH_MAX_NOTICE_BYTES)"
    )]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

/// Runs the whole pipeline on one notice of at most [`MAX_NOTICE_BYTES`] bytes.
///
/// `bytes` is the raw file or request body, `media` says how to read it. The result's
/// offsets are in characters of the normalised text. Errors: [`IngestError`].
pub fn process(
    bytes: &[u8],
    media: MediaType,
    gazetteer: &Gazetteer,
) -> Result<Extraction, IngestError> {
    process_within(bytes, media, gazetteer, MAX_NOTICE_BYTES)
}

/// [`process`] with the size limit `max_bytes` (bytes of the raw input) instead of
/// [`MAX_NOTICE_BYTES`]. Errors: [`IngestError::TooLarge`] (with the size and the limit)
/// when `bytes` is longer, before anything is read; else as [`process`].
pub fn process_within(
    bytes: &[u8],
    media: MediaType,
    gazetteer: &Gazetteer,
    max_bytes: usize,
) -> Result<Extraction, IngestError> {
    if bytes.len() > max_bytes {
        return Err(IngestError::TooLarge {
            size: bytes.len(),
            limit: max_bytes,
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
        if let Some(other) = unsupported_hint(hint) {
            return Err(IngestError::UnsupportedLanguage { detected: other });
        }
        if hinted != Some(lang) {
            tracing::warn!(hint, detected = %lang, "declared language differs from detected; using detected");
        }
    }
    let source = raw
        .source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(source_url);
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
    let mut extraction = assemble(notice, gazetteer);
    extraction.warnings = raw.warnings;
    Ok(extraction)
}

/// The declared language `hint` (a BCP 47 tag such as `fr`, `es-MX`) as its lowercased
/// primary subtag when it names a language other than Korean or English: a declared
/// language is honoured, so such a notice is refused whatever detection says of its text.
/// `None` for Korean/English hints and malformed tags (`lang: ???`).
fn unsupported_hint(hint: &str) -> Option<String> {
    let primary = hint.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let is_tag =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
    (is_tag && crate::model::Lang::from_tag(&primary).is_none()).then_some(primary)
}

/// The source as stored: a URL followed by a remark (`https://… (web archive copy)`) is
/// the URL alone; anything else is kept as written (trimmed by the caller).
fn source_url(source: &str) -> String {
    match source.split_whitespace().next() {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => url.to_string(),
        _ => source.to_string(),
    }
}

/// Runs the extractors on a read, normalised notice and assembles the [`Extraction`]:
/// gazetteer matches, dates and quantities, then the rule-based extractors
/// ([`extract::extract`]: persons, posts, events, rankings, quotations). Entities are
/// deduplicated by key (gazetteer labels first, labels found in the text added where a
/// language is missing); mentions are deduplicated and sorted by span.
pub fn assemble(notice: Notice, gazetteer: &Gazetteer) -> Extraction {
    let dates = dates::find_dates(&notice.text, notice.lang, notice.date);
    // Names are read in the notice's time, else in the latest year its text writes.
    let era = extract::era_date(notice.date, &dates);
    let mut matches = gazetteer.find(&notice.text, notice.lang, era);
    if notice.lang == crate::model::Lang::En {
        let misspelt = gazetteer.find_misspelt_countries(&notice.text, &matches);
        matches.extend(misspelt);
        matches.sort_by_key(|m| (m.span.begin, m.span.end));
    }
    let matches = topics::places_inside_topics(matches, gazetteer, notice.lang, era);
    let matches = topics::filter_passing(&notice.text, notice.lang, matches, gazetteer);
    // A renamed body's name is read in the time its sentence talks about.
    let matches = gazetteer.date_by_sentence(
        &notice.text,
        matches,
        &extract::sentence_spans(&notice.text),
        &dates,
        notice.date,
    );
    let quantities = quantities::find_quantities(&notice.text, notice.lang);
    let extracted = extract::extract(&notice, &matches, &dates, gazetteer);
    // After the rules, which may still read an edition's year as the event's date.
    let dates = dates::drop_edition_years(&notice.text, dates);
    let matches: Vec<Match> = topics::drop_inside(matches, &extracted.mentions)
        .into_iter()
        .filter(|m| !extracted.superseded.contains(&(m.span, m.key.clone())))
        .collect();
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
    for e in title_entities(&notice, gazetteer) {
        merge_entity(&mut entities, e);
    }
    for e in extracted.entities {
        merge_entity(&mut entities, e);
    }
    // The index a ranking is on is described in the notice graph even when the topic
    // filters dropped its mention (`schema:about` of a ranking result is a skos:Concept).
    for index in extracted.rankings.iter().filter_map(|r| r.index.as_ref()) {
        if let Some(e) = gazetteer.get(index) {
            merge_entity(&mut entities, e.clone());
        }
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
        warnings: Vec::new(),
    }
}

/// Kinds of gazetteer entities a title names as the notice's subjects.
const TITLE_KINDS: [EntityKind; 5] = [
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Region,
    EntityKind::Organization,
    EntityKind::Person,
];

/// Gazetteer entities (places, organizations, persons) the notice's title names: the
/// title is part of the notice, but it is not in the body the spans index, so these
/// entities have no mention. A title the reader marked as descriptive (not the notice's
/// own) is skipped. A body abolished before the notice date ([`Gazetteer::ended_by`]) is
/// left out (a title has no sentence dating it to its period), and a Korean body written right after a
/// foreign country (`콜롬비아 정보통신부`) is that country's body
/// ([`foreign_body_of_title`]).
fn title_entities(notice: &Notice, gazetteer: &Gazetteer) -> Vec<Entity> {
    let Some(title) = notice
        .title
        .as_deref()
        .filter(|t| !t.contains("descriptive"))
    else {
        return Vec::new();
    };
    let matches = gazetteer.find(title, notice.lang, notice.date);
    let mut out = Vec::new();
    for m in matches.iter().filter(|m| TITLE_KINDS.contains(&m.key.kind)) {
        let country = matches.iter().find(|c| {
            c.key.kind == EntityKind::Country
                && c.key.slug != "kr"
                && (c.span.end == m.span.begin || c.span.end + 1 == m.span.begin)
        });
        if m.key.kind == EntityKind::Organization
            && let Some(c) = country
        {
            out.extend(foreign_body_of_title(gazetteer, c, m));
        } else if m.key.kind == EntityKind::Organization
            && notice.date.is_some_and(|on| gazetteer.ended_by(&m.key, on))
        {
            continue;
        } else if let Some(e) = gazetteer.get(&m.key) {
            out.push(e.clone());
        }
    }
    out
}

/// The foreign body a title names with a Korean body's name after a country (`콜롬비아
/// 정보통신부`): `<body's English label> (<country's English label>)`, keyed on its slug
/// as the body text keys foreign uses of Korean bodies, Korean label `<country> <body>`
/// as written. A body that is not a Korean public body (an international or already
/// foreign one) is returned as the gazetteer has it; `None` when a label is missing.
fn foreign_body_of_title(gazetteer: &Gazetteer, country: &Match, body: &Match) -> Option<Entity> {
    let e = gazetteer.get(&body.key)?;
    let label = e.label(crate::model::Lang::En)?;
    if !e.government || label.contains('(') {
        return Some(e.clone());
    }
    let country_label = gazetteer.get(&country.key)?.label(crate::model::Lang::En)?;
    let label = format!("{label} ({country_label})");
    let key =
        crate::model::EntityKey::new(EntityKind::Organization, crate::rdf::iri::slugify(&label));
    let ko = format!("{} {}", country.surface, body.surface);
    Some(extract::entity_with(key, Some(&label), Some(&ko)))
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

/// Byte offset → char offset: `v[b]` is the number of chars before byte `b` of `text`,
/// for every byte offset that is a char boundary and for `text.len()`; other entries are
/// 0. Mentions are spanned in chars (NIF, RFC 5147), regexes and Aho-Corasick in bytes.
pub(crate) fn char_offsets(text: &str) -> Vec<usize> {
    let mut v = vec![0; text.len() + 1];
    for (n, (b, _)) in text.char_indices().enumerate() {
        v[b] = n;
    }
    v[text.len()] = text.chars().count();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateValue, EntityKind, Lang};
    use unicode_normalization::UnicodeNormalization;

    const GAZ: &str = "country\tkr\tRepublic of Korea\t대한민국\tKorea|한국\tQ884\t\tiso=KR\n\
country\tee\tEstonia\t에스토니아\t\tQ191\t\tiso=EE\n\
city\ttallinn\tTallinn\t탈린\t\tQ1770\tcountry/ee\tcapital\n\
org\tmopas\tMinistry of Public Administration and Security\t행정안전부\t\t\t\tgov;from=2008-02;until=2013-03\n\
org\tmois\tMinistry of the Interior and Safety\t행정안전부\t\t\t\tgov;from=2017-07\n";

    /// (header value, stored source) — a remark after the URL is not part of it.
    #[test]
    fn source_is_the_url_without_a_remark() {
        for (value, want) in [
            ("https://example.org/n/1", "https://example.org/n/1"),
            (
                "http://archive.example.org/n/364 (archived copy of the ministry page)",
                "http://archive.example.org/n/364",
            ),
            ("Ministry website, notice 12", "Ministry website, notice 12"),
        ] {
            assert_eq!(source_url(value), want, "{value}");
        }
    }

    fn gazetteer() -> Gazetteer {
        Gazetteer::parse(&[("test.tsv", GAZ)]).expect("test gazetteer")
    }

    /// The text at a span, by characters.
    fn at(text: &str, begin: usize, end: usize) -> String {
        text.chars().skip(begin).take(end - begin).collect()
    }

    /// (title, body, country slugs among the entities) — places the title names count.
    #[test]
    fn title_entities_are_included() {
        for (title, body, want) in [
            (
                "에스토니아 방문 결과",
                "장관이 회의에 참석했다.",
                vec!["ee"],
            ),
            (
                "Tallinn visit (title not present in stored copy; descriptive)",
                "The minister took part.",
                vec![],
            ),
        ] {
            let input = format!("title: {title}\ndate: 2018-05-10\n\n{body}\n");
            let x = process(input.as_bytes(), MediaType::Text, &gazetteer()).expect("process");
            let got: Vec<&str> = x
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Country)
                .map(|e| e.key.slug.as_str())
                .collect();
            assert_eq!(got, want, "{title}");
            assert!(
                x.mentions
                    .iter()
                    .all(|m| m.span.end <= body.chars().count() + 1)
            );
        }
    }

    /// The org slugs of a notice dated `date` (builtin gazetteer), in text order.
    fn org_slugs(lang: &str, date: &str, body: &str) -> Vec<String> {
        let input = format!("date: {date}\nlang: {lang}\n\n{body}\n");
        let x = process(input.as_bytes(), MediaType::Text, Gazetteer::builtin()).expect("process");
        x.mentions
            .iter()
            .filter(|m| m.entity.kind == EntityKind::Organization)
            .map(|m| m.entity.slug.clone())
            .collect()
    }

    /// A notice without a date reads a renamed body's name in the latest year its text
    /// writes, not in the name's first period. Sentences written for this test.
    #[test]
    fn undated_notices_read_names_in_the_years_they_state() {
        const MOI: &str = "ministry-of-the-interior";
        for (lang, body) in [
            (
                "ko",
                "행정자치부는 라트비아와 협력을 넓힌다. 양국은 2015년과 2016년에 공동 연수를 열었다.",
            ),
            (
                "en",
                "The Ministry of the Interior is widening its work with Latvia. The two held joint courses in 2015 and 2016.",
            ),
        ] {
            let input = format!("lang: {lang}\n\n{body}\n");
            let x =
                process(input.as_bytes(), MediaType::Text, Gazetteer::builtin()).expect("process");
            let got: Vec<&str> = x
                .mentions
                .iter()
                .filter(|m| m.entity.kind == EntityKind::Organization)
                .map(|m| m.entity.slug.as_str())
                .collect();
            assert_eq!(got.first(), Some(&MOI), "{body}: {got:?}");
        }
        let d = |y| crate::model::DateMention {
            span: crate::model::Span { begin: 0, end: 4 },
            anchor: String::new(),
            value: DateValue::Year(y),
            end: None,
        };
        assert_eq!(
            extract::era_date(None, &[d(2016), d(2009)]),
            Some(DateValue::Year(2016))
        );
        assert_eq!(
            extract::era_date(Some(DateValue::Year(2003)), &[d(2016)]),
            Some(DateValue::Year(2003))
        );
        assert_eq!(extract::era_date(None, &[]), None);
    }

    /// A renamed ministry's name is read in the year its sentence names (before it, else
    /// after it in the clause); the notice date decides when the sentence has no date,
    /// when the date lies after the notice, or when the name was not in force then.
    /// Sentences written for this test.
    #[test]
    fn renamed_bodies_are_dated_by_their_sentence() {
        const MOGAHA: &str = "ministry-of-government-administration-and-home-affairs";
        const MOPAS: &str = "ministry-of-public-administration-and-security";
        const MOI: &str = "ministry-of-the-interior";
        const MOIS: &str = "ministry-of-the-interior-and-safety";
        for (lang, date, body, want) in [
            (
                "ko",
                "2019-07-02",
                "2006년 행정자치부는 몽골에 자문단을 보냈고, 2010년에는 행정안전부가 연수를 열었다.",
                vec![MOGAHA, MOPAS],
            ),
            (
                "ko",
                "2019-07-02",
                "행정자치부는 2005년 라오스와 협정을 맺었다.",
                vec![MOGAHA],
            ),
            (
                "ko",
                "2019-07-02",
                "2008년 행정안전부가 출범했다.",
                vec![MOPAS],
            ),
            (
                "ko",
                "2019-07-02",
                "행정안전부는 올해 새 사업을 시작한다.",
                vec![MOIS],
            ),
            (
                "ko",
                "2019-07-02",
                "행정안전부는 2030년까지 사업을 넓힌다.",
                vec![MOIS],
            ),
            (
                "ko",
                "2019-07-02",
                "행정안전부는 2005년부터 이어 온 사업을 고친다.",
                vec![MOIS],
            ),
            (
                "ko",
                "2012-05-10",
                "행정안전부는 2018년 국제회의를 유치하려 한다.",
                vec![MOPAS],
            ),
            (
                "en",
                "2019-07-02",
                "In 2006, the Ministry of Government Administration and Home Affairs sent advisers to Mongolia.",
                vec![MOGAHA],
            ),
            (
                "en",
                "2019-07-02",
                "The Ministry of Government Administration and Home Affairs held a forum in 2015.",
                vec![MOI],
            ),
            (
                "en",
                "2019-07-02",
                "The Ministry of Government Administration and Home Affairs sent advisers abroad.",
                vec![MOI],
            ),
        ] {
            assert_eq!(org_slugs(lang, date, body), want, "{body}");
        }
    }

    /// A body abolished with no successor is read only when its sentence dates it to its
    /// period; in a later notice's undated sentence the name means another body.
    /// Sentences written for this test.
    #[test]
    fn abolished_bodies_need_a_date_of_their_period() {
        const MIC: &str = "ministry-of-information-and-communication";
        for (lang, date, body, want) in [
            (
                "ko",
                "2005-03-02",
                "정보통신부는 새 사업을 알렸다.",
                vec![MIC],
            ),
            (
                "ko",
                "2019-03-02",
                "2004년 정보통신부는 새 사업을 알렸다.",
                vec![MIC],
            ),
            ("ko", "2019-03-02", "정보통신부는 새 사업을 알렸다.", vec![]),
            (
                "en",
                "2019-03-02",
                "In 2004, the Ministry of Information and Communication launched a plan.",
                vec![MIC],
            ),
        ] {
            let got = org_slugs(lang, date, body);
            assert_eq!(
                got.contains(&MIC.to_string()),
                !want.is_empty(),
                "{body}: {got:?}"
            );
        }
    }

    /// A title's Korean body after a foreign country is that country's body; an abolished
    /// body is not read in a later title. Titles written for this test.
    #[test]
    fn title_bodies_of_foreign_countries_and_abolished_ones() {
        for (title, date, want, not) in [
            (
                "페루 정보통신부 장관 방한",
                "2019-09-18",
                Some("ministry-of-information-and-communication-peru"),
                "ministry-of-information-and-communication",
            ),
            (
                "정보통신부 업무 보고",
                "2019-09-18",
                None,
                "ministry-of-information-and-communication",
            ),
            (
                "정보통신부 업무 보고",
                "2006-09-18",
                Some("ministry-of-information-and-communication"),
                "-",
            ),
        ] {
            let input =
                format!("title: {title}\ndate: {date}\nlang: ko\n\n장관이 회의에 참석했다.\n");
            let x =
                process(input.as_bytes(), MediaType::Text, Gazetteer::builtin()).expect("process");
            let slugs: Vec<&str> = x
                .entities
                .iter()
                .filter(|e| e.key.kind == EntityKind::Organization)
                .map(|e| e.key.slug.as_str())
                .collect();
            if let Some(w) = want {
                assert!(slugs.contains(&w), "{title}: {slugs:?}");
            }
            assert!(!slugs.contains(&not), "{title}: {slugs:?}");
        }
    }

    #[test]
    fn process_korean_notice_end_to_end() {
        let input = "title: 시험 공지\ndate: 2012-05-10\nsource:  https://example.org/n/7 \nlang: ko\n\n\
                     본문 바로가기\n홈 > 알림 > 보도자료\n\
                     행정안전부는 작년 에스토니아 탈린에서 열린 회의에 전문가 30여 명을 보냈다.\n\
                     첨부파일 공지.hwp\n";
        let x = process(input.as_bytes(), MediaType::Text, &gazetteer()).expect("process");
        assert_eq!(x.notice.lang, Lang::Ko);
        assert_eq!(x.notice.title.as_deref(), Some("시험 공지"));
        assert_eq!(x.notice.date, Some(DateValue::Date(2012, 5, 10)));
        assert_eq!(x.notice.source.as_deref(), Some("https://example.org/n/7"));
        assert_eq!(x.notice.id, notice_id(Some("https://example.org/n/7"), ""));
        assert!(
            x.notice.text.starts_with("행정안전부는"),
            "{}",
            x.notice.text
        );
        assert!(!x.notice.text.contains("바로가기") && !x.notice.text.contains(".hwp"));
        // Gazetteer mentions (the rule-based extractors may add events around them).
        let slugs: Vec<&str> = x
            .mentions
            .iter()
            .filter(|m| m.entity.kind != EntityKind::Event)
            .map(|m| m.entity.slug.as_str())
            .collect();
        assert!(slugs.starts_with(&["mopas", "ee", "tallinn"]), "{slugs:?}");
        for m in &x.mentions {
            assert_eq!(at(&x.notice.text, m.span.begin, m.span.end), m.anchor);
        }
        let keys: Vec<&str> = x.entities.iter().map(|e| e.key.slug.as_str()).collect();
        assert_eq!(keys.iter().filter(|k| **k == "ee").count(), 1);
        assert!(
            x.dates
                .iter()
                .any(|d| d.anchor == "작년" && d.value == DateValue::Year(2011))
        );
        assert!(
            x.quantities
                .iter()
                .any(|q| q.value == "30" && q.unit == "persons")
        );
    }

    #[test]
    fn bidi_controls_are_dropped_and_offsets_index_the_stored_text() {
        // An override before a place name and isolates around another, in both languages.
        for (body, places) in [
            (
                "한국은 \u{202E}탈린\u{202C}에서 \u{2067}에스토니아\u{2069}와 회의를 열었다.",
                ["탈린", "에스토니아"],
            ),
            (
                "Korea met \u{202E}Estonia\u{202C} in \u{2066}Tallinn\u{2069} on Monday.",
                ["Estonia", "Tallinn"],
            ),
        ] {
            let input = format!("title: \u{202E}T\ndate: 2018-10-01\n\n{body}\n");
            let x = process(input.as_bytes(), MediaType::Text, &gazetteer()).expect("process");
            let text = &x.notice.text;
            assert!(!text.chars().any(normalize::is_bidi_control), "{text:?}");
            assert_eq!(x.notice.title.as_deref(), Some("T"));
            for m in &x.mentions {
                assert_eq!(at(text, m.span.begin, m.span.end), m.anchor, "{text}");
            }
            for d in &x.dates {
                assert_eq!(at(text, d.span.begin, d.span.end), d.anchor, "{text}");
            }
            let anchors: Vec<&str> = x.mentions.iter().map(|m| m.anchor.as_str()).collect();
            for place in places {
                assert!(anchors.contains(&place), "{place} in {anchors:?}");
            }
        }
    }

    #[test]
    fn decomposed_hangul_gives_the_same_result() {
        let composed = "title: 공지\ndate: 2018-10-01\n\n한국은 탈린에서 회의를 열었다.\n";
        let decomposed: String = composed.nfd().collect();
        assert_ne!(composed, decomposed);
        let g = gazetteer();
        let a = process(composed.as_bytes(), MediaType::Text, &g).expect("composed");
        let b = process(decomposed.as_bytes(), MediaType::Text, &g).expect("decomposed");
        assert_eq!(a.notice.text, b.notice.text);
        assert_eq!(a.mentions, b.mentions);
        let places: Vec<&str> = a
            .mentions
            .iter()
            .filter(|m| matches!(m.entity.kind, EntityKind::Country | EntityKind::City))
            .map(|m| m.anchor.as_str())
            .collect();
        assert_eq!(places, ["한국", "탈린"]);
    }

    #[test]
    fn process_errors_table() {
        let g = gazetteer();
        let big = vec![b'a'; MAX_NOTICE_BYTES + 1];
        let cases: &[(&[u8], MediaType, &str)] = &[
            (b"", MediaType::Text, "notice has no text"),
            (
                b"title: only a header\n\n   \n",
                MediaType::Text,
                "notice has no text",
            ),
            (b"\xff\xfe", MediaType::Text, "not valid UTF-8"),
            (
                "東京で来週、国際会議が開かれる予定です。".as_bytes(),
                MediaType::Text,
                "unsupported language \"ja\"",
            ),
            (
                "北京明天将举行国际会议。".as_bytes(),
                MediaType::Text,
                "unsupported language \"zh\"",
            ),
            (b"{\"title\": 1}", MediaType::Json, "malformed JSON"),
            (&big, MediaType::Text, "notice too large"),
        ];
        for (input, media, want) in cases {
            let err = process(input, *media, &g).expect_err(want);
            assert!(err.to_string().contains(want), "{err} vs {want}");
        }
    }

    #[test]
    fn header_lang_hint_loses_to_detection() {
        let input = "lang: ko\n\nThe ministers met in Tallinn, Estonia, to discuss data.\n";
        let x = process(input.as_bytes(), MediaType::Text, &gazetteer()).expect("process");
        assert_eq!(x.notice.lang, Lang::En);
    }

    #[test]
    fn declared_unsupported_language_is_refused_even_for_english_text() {
        let g = gazetteer();
        // Sentences written for this test.
        let french = "lang: fr\n\nLe ministre a ouvert le forum numérique à Busan.\n";
        let err = process(french.as_bytes(), MediaType::Text, &g).expect_err("french");
        assert!(err.to_string().contains("\"fr\""), "{err}");
        let short = "lang: es-MX\n\nForo Digital Busan 2019\n";
        let err = process(short.as_bytes(), MediaType::Text, &g).expect_err("spanish tag");
        assert!(err.to_string().contains("\"es\""), "{err}");
        let english =
            "lang: fr\n\nThe minister opened the forum in Busan with the delegates of Estonia.\n";
        let err = process(english.as_bytes(), MediaType::Text, &g).expect_err("declared fr");
        assert!(err.to_string().contains("\"fr\""), "{err}");
        let json = r#"{"lang": "de", "text": "The minister opened the forum in Busan."}"#;
        let err = process(json.as_bytes(), MediaType::Json, &g).expect_err("declared de");
        assert!(err.to_string().contains("\"de\""), "{err}");
        let malformed = "lang: ???\n\nThe minister opened the forum in Busan.\n";
        let x = process(malformed.as_bytes(), MediaType::Text, &g).expect("malformed tag");
        assert_eq!(x.notice.lang, Lang::En);
    }

    #[test]
    fn large_text_under_the_limit_is_processed() {
        let line = "Korea and Estonia met in Tallinn in 2015 with 40 experts.\n";
        // A quarter of the limit keeps the debug-build test fast; `process_errors_table`
        // covers inputs over the limit.
        let input = line.repeat(MAX_NOTICE_BYTES / 4 / line.len());
        let x = process(input.as_bytes(), MediaType::Text, &gazetteer()).expect("process");
        assert!(x.mentions.len() > 1000);
        assert_eq!(x.entities.len(), 3);
    }

    /// Every dev notice of the shared corpus reads, in its declared language, with spans
    /// that select their anchors and no mention inside site residue.
    #[test]
    fn corpus_dev_notices_process() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("corpus not found at {}; skipping", dir.display());
            return;
        };
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        assert!(files.len() >= 20);
        let g = Gazetteer::builtin();
        for path in files {
            let bytes = std::fs::read(&path).expect("read corpus file");
            let x = process(&bytes, MediaType::Text, g)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let want = if name.contains("_ko_") {
                Lang::Ko
            } else {
                Lang::En
            };
            assert_eq!(x.notice.lang, want, "{name}");
            assert!(x.notice.date.is_some(), "{name}: no date");
            for residue in ["바로가기", "topmenu", "Read :", ".hwp", "HOME >"] {
                assert!(
                    !x.notice.text.contains(residue),
                    "{name}: residue {residue:?}"
                );
            }
            for m in &x.mentions {
                assert_eq!(
                    at(&x.notice.text, m.span.begin, m.span.end),
                    m.anchor,
                    "{name}"
                );
            }
            for d in &x.dates {
                assert_eq!(
                    at(&x.notice.text, d.span.begin, d.span.end),
                    d.anchor,
                    "{name}"
                );
            }
            for q in &x.quantities {
                assert_eq!(
                    at(&x.notice.text, q.span.begin, q.span.end),
                    q.anchor,
                    "{name}"
                );
            }
        }
    }
}
