//! Domain types shared by every layer: what the ingest pipeline produces and what the RDF
//! mapping, the store and the pages consume. No I/O and no IRIs here: things are named by
//! [`EntityKey`] (a kind and a slug), and `rdf::iri` turns keys into IRIs under the
//! configured base, so the same key always gives the same IRI.
//!
//! Offsets are in Unicode scalar values (Rust `char`s) of the *normalised* notice body
//! ([`Notice::text`]), as RFC 5147 and NIF require, never in UTF-8 bytes.

use std::fmt;

/// A language noticegraph reads and writes. Only Korean and English are supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Korean (`ko`).
    Ko,
    /// English (`en`).
    En,
}

impl Lang {
    /// Both supported languages, Korean first.
    pub const ALL: [Lang; 2] = [Lang::Ko, Lang::En];

    /// The lowercase BCP 47 tag (`"ko"` or `"en"`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    /// Parses a BCP 47 tag, case-insensitively, by its primary subtag (`ko-KR` → `Ko`).
    /// Returns `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "ko" | "kor" => Some(Lang::Ko),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other supported language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ko => Lang::En,
            Lang::En => Lang::Ko,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A half-open range `[begin, end)` of Unicode characters in a notice's normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Index of the first character (0-based, in chars).
    pub begin: usize,
    /// Index one past the last character (in chars).
    pub end: usize,
}

/// The kind of a thing in the graph. It decides the IRI path segment (`id/{kind}/{slug}`),
/// the RDF types and the page template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// An organization: ministry, agency, international organization, grouping, company.
    Organization,
    /// A sovereign state.
    Country,
    /// A city (capitals included).
    City,
    /// A sub-national area or a supranational region.
    Region,
    /// A venue: a hotel, convention centre, hall or government building where an event
    /// takes place (`schema:Place`; the gold gives venues no entity line).
    Venue,
    /// A named person.
    Person,
    /// An office or position (`org:Post`), e.g. Minister of the Interior.
    Post,
    /// An event: meeting, forum, seminar, signing, visit, training, survey edition.
    Event,
    /// A series of events (`OECD E-Leaders Meeting`, `UN E-Government Survey`).
    Series,
    /// A topic or theme (`skos:Concept`).
    Topic,
}

impl EntityKind {
    /// Every kind, in a fixed order.
    pub const ALL: [EntityKind; 10] = [
        EntityKind::Organization,
        EntityKind::Country,
        EntityKind::City,
        EntityKind::Region,
        EntityKind::Venue,
        EntityKind::Person,
        EntityKind::Post,
        EntityKind::Event,
        EntityKind::Series,
        EntityKind::Topic,
    ];

    /// The IRI path segment: `org`, `country`, `city`, `region`, `venue`, `person`, `post`, `event`,
    /// `series`, `topic` (DESIGN.md §IRIs).
    pub fn segment(self) -> &'static str {
        match self {
            EntityKind::Organization => "org",
            EntityKind::Country => "country",
            EntityKind::City => "city",
            EntityKind::Region => "region",
            EntityKind::Venue => "venue",
            EntityKind::Person => "person",
            EntityKind::Post => "post",
            EntityKind::Event => "event",
            EntityKind::Series => "series",
            EntityKind::Topic => "topic",
        }
    }

    /// The inverse of [`EntityKind::segment`].
    pub fn from_segment(segment: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.segment() == segment)
    }

    /// The gold-annotation type name (`../shared/corpus/README.md`): `Organization`,
    /// `Country`, `City`, `Region`, `Person`, `Role` (for posts), `Event` (events and
    /// series), `Topic`; `Place` for venues, which is no gold type (the gold names venues
    /// only in events' place cells).
    pub fn gold_type(self) -> &'static str {
        match self {
            EntityKind::Organization => "Organization",
            EntityKind::Country => "Country",
            EntityKind::City => "City",
            EntityKind::Region => "Region",
            EntityKind::Venue => "Place",
            EntityKind::Person => "Person",
            EntityKind::Post => "Role",
            EntityKind::Event | EntityKind::Series => "Event",
            EntityKind::Topic => "Topic",
        }
    }
}

/// The stable name of a thing: its kind and a slug of ASCII lowercase letters, digits and
/// hyphens (`org`/`oecd`, `country`/`kr`, `event`/`oecd-e-leaders-meeting-2018`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityKey {
    /// What kind of thing it is.
    pub kind: EntityKind,
    /// The slug, unique within the kind.
    pub slug: String,
}

impl EntityKey {
    /// A key from a kind and a slug (the slug is taken as given; see `rdf::iri::slugify`).
    pub fn new(kind: EntityKind, slug: impl Into<String>) -> Self {
        EntityKey {
            kind,
            slug: slug.into(),
        }
    }
}

impl fmt::Display for EntityKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.kind.segment(), self.slug)
    }
}

/// A language-tagged string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label {
    /// The text.
    pub text: String,
    /// Its language tag, lowercase BCP 47 (`en`, `ko`, `ko-latn`).
    pub lang: String,
}

impl Label {
    /// A label in one of the supported languages.
    pub fn new(text: impl Into<String>, lang: Lang) -> Self {
        Label {
            text: text.into(),
            lang: lang.tag().to_string(),
        }
    }
}

/// A calendar value at the precision the text gives: year, year-month or full date.
/// Maps to `xsd:gYear`, `xsd:gYearMonth` or `xsd:date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateValue {
    /// A year (`2018`).
    Year(i32),
    /// A month of a year (`2017-03`).
    YearMonth(i32, u32),
    /// A day (`2017-03-24`).
    Date(i32, u32, u32),
}

impl DateValue {
    /// The ISO 8601 lexical form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        match *self {
            DateValue::Year(y) => format!("{y:04}"),
            DateValue::YearMonth(y, m) => format!("{y:04}-{m:02}"),
            DateValue::Date(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }

    /// The day `days` days after 1970-01-01 (negative: before it), in the proleptic
    /// Gregorian calendar (Howard Hinnant's `civil_from_days`).
    pub fn from_unix_days(days: i64) -> DateValue {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        DateValue::Date(y as i32, m, d)
    }

    /// `true` when the whole period this value names ends before `day` (a year before
    /// its year, a month before its month, a date before it): `2018` and `2026-10` are
    /// over on 2026-11-30, `2026` and `2026-11` are not. `day` is read at its own
    /// precision (its first day when it is a year or month).
    pub fn is_over_by(&self, day: DateValue) -> bool {
        let first = |d: DateValue| match d {
            DateValue::Year(y) => (y, 1, 1),
            DateValue::YearMonth(y, m) => (y, m, 1),
            DateValue::Date(y, m, d) => (y, m, d),
        };
        let last = match *self {
            DateValue::Year(y) => (y, 12, 31),
            DateValue::YearMonth(y, m) => (y, m, 31),
            DateValue::Date(y, m, d) => (y, m, d),
        };
        last < first(day)
    }

    /// The year.
    pub fn year(&self) -> i32 {
        match *self {
            DateValue::Year(y) | DateValue::YearMonth(y, _) | DateValue::Date(y, _, _) => y,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also `YYYY.MM.DD`); `None` otherwise or
    /// when the month or day is out of range (the day for that month and year: `2019-02-29`
    /// and `2020-04-31` are `None`, `2020-02-29` is a date), or when the year is 0
    /// (`0000-01-01`: no such year in the calendar notices use, and relative dates read
    /// from it would fall before year 1).
    pub fn parse_iso(s: &str) -> Option<DateValue> {
        Self::parse_iso_parts(s).filter(|d| d.year() >= 1)
    }

    /// [`DateValue::parse_iso`] without the year check.
    fn parse_iso_parts(s: &str) -> Option<DateValue> {
        let parts: Vec<&str> = s
            .trim()
            .split(['-', '.'])
            .filter(|p| !p.is_empty())
            .collect();
        let num = |p: &str| p.trim().parse::<u32>().ok();
        match parts.as_slice() {
            [y] if y.len() == 4 => Some(DateValue::Year(num(y)? as i32)),
            [y, m] if y.len() == 4 => {
                let m = num(m)?;
                (1..=12)
                    .contains(&m)
                    .then_some(DateValue::YearMonth(num(y)? as i32, m))
            }
            [y, m, d] if y.len() == 4 => {
                let (y, m, d) = (num(y)? as i32, num(m)?, num(d)?);
                let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
                let days = match m {
                    4 | 6 | 9 | 11 => 30,
                    2 if leap => 29,
                    2 => 28,
                    _ => 31,
                };
                ((1..=12).contains(&m) && (1..=days).contains(&d))
                    .then_some(DateValue::Date(y, m, d))
            }
            _ => None,
        }
    }
}

/// A notice as read and normalised, before extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Stable identifier: derived from the source URL when known, else from a hash of
    /// the normalised text (see `ingest::notice_id`). ASCII, IRI-safe.
    pub id: String,
    /// The title, when the header or the HTML gives one (the graph's `schema:headline`
    /// falls back to the first line: [`Notice::headline`]).
    pub title: Option<String>,
    /// `schema:datePublished`, the reference for relative dates.
    pub date: Option<DateValue>,
    /// `dct:source`: the original URL, when known.
    pub source: Option<String>,
    /// `schema:publisher`, as written in the header.
    pub publisher: Option<String>,
    /// The detected language (the header's `lang:` is only a hint checked against it).
    pub lang: Lang,
    /// The normalised body text (NFC, site residue removed). All spans index into it.
    pub text: String,
}

/// Longest headline, in characters, that [`Notice::headline`] derives from the text.
pub const DERIVED_HEADLINE_CHARS: usize = 80;

impl Notice {
    /// The notice's `schema:headline`: its title, else the first non-blank line of the
    /// text, cut at a word boundary to at most [`DERIVED_HEADLINE_CHARS`] characters with
    /// `…` added when cut. `None` only for a blank text without a title.
    pub fn headline(&self) -> Option<String> {
        if let Some(title) = self.title.as_deref().filter(|t| !t.trim().is_empty()) {
            return Some(title.trim().to_string());
        }
        let line = self.text.lines().map(str::trim).find(|l| !l.is_empty())?;
        if line.chars().count() <= DERIVED_HEADLINE_CHARS {
            return Some(line.to_string());
        }
        let cut: String = line.chars().take(DERIVED_HEADLINE_CHARS - 1).collect();
        // back to the last space, unless that leaves less than half (long Hangul runs)
        let cut = match cut.rfind(char::is_whitespace) {
            Some(at) if cut[..at].chars().count() >= DERIVED_HEADLINE_CHARS / 2 => &cut[..at],
            _ => cut.as_str(),
        };
        Some(format!("{}…", cut.trim_end()))
    }
}

/// One occurrence of a thing in the notice text (a NIF phrase).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention {
    /// Where it is, in characters of [`Notice::text`].
    pub span: Span,
    /// The text at that span (without a trailing Korean particle).
    pub anchor: String,
    /// What it refers to.
    pub entity: EntityKey,
}

/// A thing in the graph with its labels and kind-specific facts (gazetteer or extracted).
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Its key (kind + slug).
    pub key: EntityKey,
    /// Preferred labels, at most one per language (`rdfs:label`).
    pub labels: Vec<Label>,
    /// Alternative labels: acronyms, aliases, former names (`skos:altLabel`).
    pub alt_labels: Vec<Label>,
    /// Wikidata id (`Q884`), when known.
    pub wikidata: Option<String>,
    /// ISO 3166-1 alpha-2 code, for countries.
    pub iso_code: Option<String>,
    /// `schema:containedInPlace` for cities and regions; `org:subOrganizationOf` for
    /// organizations; `org:postIn` for posts.
    pub part_of: Option<EntityKey>,
    /// `true` for public bodies (`schema:GovernmentOrganization`).
    pub government: bool,
}

impl Entity {
    /// A new entity with no labels or facts yet.
    pub fn new(key: EntityKey) -> Self {
        Entity {
            key,
            labels: Vec::new(),
            alt_labels: Vec::new(),
            wikidata: None,
            iso_code: None,
            part_of: None,
            government: false,
        }
    }

    /// The label in `lang`, if any.
    pub fn label(&self, lang: Lang) -> Option<&str> {
        self.labels
            .iter()
            .find(|l| Lang::from_tag(&l.lang) == Some(lang))
            .map(|l| l.text.as_str())
    }
}

/// What kind of happening an event is; maps to an `ng:` subclass of `schema:Event`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EventKind {
    /// A meeting (ministerial, working party, steering committee).
    #[default]
    Meeting,
    /// A forum or summit.
    Forum,
    /// A seminar, workshop or conference.
    Seminar,
    /// The signing of an MOU, letter of intent, declaration or agreement.
    Signing,
    /// An official visit.
    Visit,
    /// A training course.
    Training,
    /// An edition of a survey or index (UN E-Government Survey 2016).
    SurveyEdition,
    /// Anything else reported as happening (an acknowledgement, an announcement).
    Other,
}

/// Whether the notice announces an event or reports one that took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EventStatus {
    /// Announced for the future (relative to the notice date).
    Planned,
    /// Reported as held or under way.
    #[default]
    Held,
    /// Held before the notice and only cited by it (a past survey edition named for a
    /// rank it gave): the notice reports no happening, so it is an entity the notice
    /// mentions rather than one of the events it reports. Mapped to RDF as held.
    Cited,
}

/// An event extracted from a notice.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The event as an entity: key (kind `Event`), labels in both languages where known.
    pub entity: Entity,
    /// Its kind.
    pub kind: EventKind,
    /// Announced or held.
    pub status: EventStatus,
    /// `schema:startDate`.
    pub start: Option<DateValue>,
    /// `schema:endDate`, for multi-day events.
    pub end: Option<DateValue>,
    /// `schema:location`: places, most specific first.
    pub location: Vec<EntityKey>,
    /// `schema:organizer`: hosts and organizers.
    pub organizer: Vec<EntityKey>,
    /// `schema:attendee`: participants (countries, organizations, persons).
    pub attendee: Vec<EntityKey>,
    /// `schema:superEvent`: the series it belongs to.
    pub series: Option<EntityKey>,
    /// `ng:editionNumber`: the edition number its name states (`3rd …`, `제3회 …` → 3),
    /// which the key leaves out when the edition is keyed by year.
    pub edition: Option<u32>,
    /// `schema:about`: topics and themes.
    pub about: Vec<EntityKey>,
    /// `true` when the label is the event's own name (`OECD E-Leaders Meeting 2018`),
    /// `false` for an unnamed happening the pipeline describes (`Visit of X to Y`,
    /// `Signing of the Korea-X MOU`): such an event is reported, but the notice names no
    /// entity for it.
    pub named: bool,
}

/// A person holding a post, as the notice states it (`org:holds`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Holding {
    /// The person.
    pub person: EntityKey,
    /// The post (kind `Post`).
    pub post: EntityKey,
}

/// A date the text mentions, resolved against the notice date.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateMention {
    /// Where it is.
    pub span: Span,
    /// The text at that span.
    pub anchor: String,
    /// The resolved value (start of a period).
    pub value: DateValue,
    /// End of a period (`2013~2015년`), if the expression is one.
    pub end: Option<DateValue>,
}

/// A quantity the text states (`4,820 public officials`, `4,820명`).
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Where it is.
    pub span: Span,
    /// The text at that span.
    pub anchor: String,
    /// The numeric value (`schema:value`), as a plain decimal string (`4820`).
    pub value: String,
    /// What is counted (`schema:unitText`), e.g. `persons`, `USD`, `KRW`.
    pub unit: String,
    /// A short description of what is measured, in the notice's language.
    pub description: String,
    /// Whether the value is exact or a bound or approximation the text states (`about
    /// 50`, `50여 명`, `more than 50`, `50개국 이상`).
    pub precision: Precision,
}

/// How a stated quantity's value relates to the true figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Precision {
    /// Stated as an exact figure (`4,820명`, `12 officials`).
    #[default]
    Exact,
    /// Stated as an approximation (`about 50`, `약 50`, `50여 개국`, `50명 가량`):
    /// `ng:approximate true`.
    Approximate,
    /// The value is a lower bound (`more than 50`, `over 50`, `at least 50`,
    /// `50개국 이상`): `schema:minValue`.
    AtLeast,
    /// The value is an upper bound (`up to 50`, `최대 50명`, `50명 이하`):
    /// `schema:maxValue`.
    AtMost,
}

/// A rank (and optional score) of an entity in one edition of a ranking/survey.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ranking {
    /// Who is ranked.
    pub ranked: EntityKey,
    /// The rank, 1-based.
    pub rank: u32,
    /// The score as a decimal string (`0.9010`), when stated.
    pub score: Option<String>,
    /// The index or dimension the rank is on, a topic (`topic/e-participation-index`,
    /// `topic/open-by-default`), when the notice names one; `None` for the survey's
    /// overall ranking.
    pub index: Option<EntityKey>,
    /// The survey edition event (`event/un-e-government-survey-2016`).
    pub edition: EntityKey,
    /// The rank is shared with another entity of the same edition (`tied for first`,
    /// `jointly ranked 2nd`, `공동 1위`): `ng:jointRank true`.
    pub joint: bool,
    /// Where the rank is stated.
    pub span: Span,
}

/// A quotation and its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Quotation {
    /// The quoted text as written (its language is told by its script, whatever the
    /// notice's), without trailing commas or periods.
    pub text: String,
    /// The speaker, when identified.
    pub speaker: Option<EntityKey>,
    /// Where the quotation is.
    pub span: Span,
}

/// Everything the pipeline extracted from one notice: the input of `rdf::mapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// The notice itself.
    pub notice: Notice,
    /// Every entity mentioned (not events), deduplicated by key, with the labels known
    /// for it (from the gazetteer and from the text).
    pub entities: Vec<Entity>,
    /// Events, deduplicated by key.
    pub events: Vec<Event>,
    /// Every mention of an entity or event, in text order.
    pub mentions: Vec<Mention>,
    /// Who holds which post.
    pub holdings: Vec<Holding>,
    /// Dates mentioned.
    pub dates: Vec<DateMention>,
    /// Quantities stated.
    pub quantities: Vec<Quantity>,
    /// Ranking results.
    pub rankings: Vec<Ranking>,
    /// Quotations.
    pub quotations: Vec<Quotation>,
    /// Problems met while reading the notice that did not stop it (an invalid header
    /// date, named with its value): reported with the notice, never stored as facts.
    pub warnings: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_the_epoch_to_a_date() {
        for (days, want) in [
            (0, DateValue::Date(1970, 1, 1)),
            (-1, DateValue::Date(1969, 12, 31)),
            (11_016, DateValue::Date(2000, 2, 29)),
            (20_787, DateValue::Date(2026, 11, 30)),
        ] {
            assert_eq!(DateValue::from_unix_days(days), want, "{days}");
        }
    }

    #[test]
    fn a_period_is_over_when_its_last_day_is_past() {
        let today = DateValue::Date(2026, 11, 30);
        for (date, over) in [
            (DateValue::Year(2018), true),
            (DateValue::Year(2026), false),
            (DateValue::YearMonth(2026, 10), true),
            (DateValue::YearMonth(2026, 11), false),
            (DateValue::Date(2026, 11, 29), true),
            (DateValue::Date(2026, 11, 30), false),
            (DateValue::Date(2027, 1, 1), false),
        ] {
            assert_eq!(date.is_over_by(today), over, "{date:?}");
        }
    }

    /// (title, text, headline) — a notice without a title is headed by its first line.
    #[test]
    fn headline_is_the_title_else_the_first_line() {
        let long = "word ".repeat(30);
        let hangul = "가".repeat(100);
        let cut_words = format!("{}…", "word ".repeat(15).trim_end());
        let cut_hangul = format!("{}…", "가".repeat(DERIVED_HEADLINE_CHARS - 1));
        for (title, text, want) in [
            (Some("A title"), "Body.", Some("A title")),
            (Some("  "), "\n  First line.\nSecond.", Some("First line.")),
            (None, "One line only", Some("One line only")),
            (None, long.as_str(), Some(cut_words.as_str())),
            (None, hangul.as_str(), Some(cut_hangul.as_str())),
            (None, " \n ", None),
        ] {
            let notice = Notice {
                id: "x".into(),
                title: title.map(str::to_string),
                date: None,
                source: None,
                publisher: None,
                lang: Lang::En,
                text: text.to_string(),
            };
            assert_eq!(notice.headline().as_deref(), want, "{title:?} {text:?}");
        }
    }
}
