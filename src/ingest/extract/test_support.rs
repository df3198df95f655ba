//! A small gazetteer and a runner for the extraction unit tests. The entries are written
//! for these tests (they are not the shipped gazetteer), so the tests do not move when
//! `data/gazetteer/` grows.

use super::{Extracted, extract};
use crate::ingest::gazetteer::Gazetteer;
use crate::model::{DateMention, DateValue, EntityKind, Event, EventKind, Lang, Notice, Span};

/// Test gazetteer lines (kind, slug, en, ko, aliases, wikidata, part_of, flags).
const LINES: &[[&str; 8]] = &[
    ["region", "africa", "Africa", "아프리카", "", "", "", ""],
    [
        "region",
        "central-asia",
        "Central Asia",
        "중앙아시아",
        "",
        "",
        "",
        "",
    ],
    [
        "country",
        "kr",
        "Republic of Korea",
        "대한민국",
        "Korea|한국|우리나라",
        "Q884",
        "",
        "iso=KR",
    ],
    [
        "country",
        "ee",
        "Estonia",
        "에스토니아",
        "",
        "Q191",
        "",
        "iso=EE",
    ],
    [
        "country",
        "fr",
        "France",
        "프랑스",
        "",
        "Q142",
        "",
        "iso=FR",
    ],
    [
        "country",
        "dk",
        "Denmark",
        "덴마크",
        "",
        "Q35",
        "",
        "iso=DK",
    ],
    ["country", "jp", "Japan", "일본", "", "Q17", "", "iso=JP"],
    [
        "country",
        "nl",
        "Netherlands",
        "네덜란드",
        "The Netherlands",
        "Q55",
        "",
        "iso=NL",
    ],
    ["country", "pe", "Peru", "페루", "", "Q419", "", "iso=PE"],
    [
        "city",
        "tallinn",
        "Tallinn",
        "탈린",
        "",
        "Q1770",
        "country/ee",
        "capital",
    ],
    [
        "city",
        "seoul",
        "Seoul",
        "서울",
        "",
        "Q8684",
        "country/kr",
        "capital",
    ],
    [
        "city",
        "busan",
        "Busan",
        "부산",
        "부산시",
        "Q16520",
        "country/kr",
        "",
    ],
    [
        "org",
        "oecd",
        "OECD",
        "경제협력개발기구",
        "Organisation for Economic Co-operation and Development",
        "Q41550",
        "",
        "",
    ],
    [
        "org",
        "united-nations",
        "United Nations",
        "국제연합",
        "UN|유엔",
        "Q1065",
        "",
        "",
    ],
    [
        "org",
        "ministry-of-the-interior",
        "Ministry of the Interior",
        "행정자치부",
        "행자부",
        "",
        "",
        "gov;from=2014-11;until=2017-07",
    ],
    [
        "post",
        "minister-of-the-interior",
        "Minister of the Interior",
        "행정자치부 장관",
        "",
        "",
        "org/ministry-of-the-interior",
        "title_en=Minister;title_ko=장관",
    ],
    [
        "post",
        "secretary-general-of-the-oecd",
        "Secretary-General of the OECD",
        "OECD 사무총장",
        "",
        "",
        "org/oecd",
        "title_en=Secretary-General;title_ko=사무총장",
    ],
    [
        "person",
        "hong-yun-sik",
        "Hong Yun-sik",
        "홍윤식",
        "Hong Yoon-sik",
        "",
        "",
        "",
    ],
    [
        "person",
        "angel-gurria",
        "Angel Gurría",
        "앙헬 구리아",
        "Angel Gurria",
        "",
        "",
        "",
    ],
    [
        "person",
        "kim-min-ji",
        "Kim Min-ji",
        "김민지",
        "",
        "",
        "post/minister-of-the-interior",
        "from=2016-01;until=2018-01",
    ],
    [
        "person",
        "yoon-young-hee",
        "Yoon Young-hee",
        "",
        "Yoon Yeong-hui",
        "",
        "",
        "",
    ],
    [
        "series",
        "oecd-e-leaders-meeting",
        "OECD E-Leaders Meeting",
        "OECD 이-리더스 미팅",
        "E-Leaders Meeting|이-리더스 미팅",
        "",
        "org/oecd",
        "event_kind=meeting",
    ],
    [
        "series",
        "un-e-government-survey",
        "UN E-Government Survey",
        "UN 전자정부 평가",
        "United Nations E-Government Survey|유엔 전자정부 평가|전자정부 평가",
        "",
        "org/united-nations",
        "event_kind=survey;editions=2008,2010,2012,2014,2016,2018,2020",
    ],
    [
        "series",
        "digital-5-ministerial-meeting",
        "Digital-5 Ministerial Meeting",
        "디지털-5 장관회의",
        "D5 Ministerial Meeting|Digital-5 장관회의",
        "",
        "",
        "event_kind=meeting",
    ],
    [
        "series",
        "open-data-fair",
        "Open Data Fair",
        "공공데이터 박람회",
        "",
        "",
        "",
        "event_kind=forum",
    ],
    [
        "series",
        "open-data-global-forum",
        "Open Data Global Forum",
        "공공데이터 글로벌 포럼",
        "",
        "",
        "",
        "event_kind=forum",
    ],
    [
        "topic",
        "data-driven-government",
        "data-driven government",
        "데이터 기반 정부",
        "",
        "",
        "",
        "",
    ],
    [
        "series",
        "oecd-ourdata-index",
        "OECD OURdata Index",
        "OECD 공공데이터 개방지수",
        "OURdata Index|OECD Open, Useful and Re-usable data Index",
        "",
        "org/oecd",
        "event_kind=survey",
    ],
    [
        "series",
        "oecd-digital-government-index",
        "OECD Digital Government Index",
        "OECD 디지털정부 평가",
        "Digital Government Index",
        "",
        "org/oecd",
        "event_kind=survey",
    ],
    [
        "topic",
        "e-participation-index",
        "E-Participation Index",
        "온라인참여지수",
        "EPI|e-Participation Index",
        "",
        "series/un-e-government-survey",
        "",
    ],
    [
        "topic",
        "e-government-development-index",
        "E-Government Development Index",
        "전자정부발전지수",
        "EGDI",
        "",
        "series/un-e-government-survey",
        "",
    ],
    [
        "topic",
        "digital-by-design",
        "digital by design",
        "디지털 우선 정부",
        "",
        "",
        "series/oecd-digital-government-index",
        "",
    ],
    [
        "topic",
        "open-by-default",
        "open by default",
        "개방형 정부",
        "",
        "",
        "series/oecd-digital-government-index",
        "",
    ],
    [
        "topic",
        "proactiveness",
        "proactiveness",
        "선제적 정부",
        "",
        "",
        "series/oecd-digital-government-index",
        "",
    ],
    ["country", "ke", "Kenya", "케냐", "", "Q114", "", "iso=KE"],
    [
        "country",
        "et",
        "Ethiopia",
        "에티오피아",
        "",
        "Q115",
        "",
        "iso=ET",
    ],
    [
        "country",
        "co",
        "Colombia",
        "콜롬비아",
        "",
        "Q739",
        "",
        "iso=CO",
    ],
    [
        "country",
        "rw",
        "Rwanda",
        "르완다",
        "",
        "Q1037",
        "",
        "iso=RW",
    ],
    [
        "country",
        "sg",
        "Singapore",
        "싱가포르",
        "",
        "Q334",
        "",
        "iso=SG",
    ],
    [
        "org",
        "world-bank",
        "World Bank",
        "세계은행",
        "",
        "Q7164",
        "",
        "",
    ],
    [
        "org",
        "government-technology-agency-singapore",
        "Government Technology Agency (Singapore)",
        "싱가포르 정부기술청",
        "GovTech",
        "",
        "",
        "gov",
    ],
    [
        "org",
        "ministry-of-information-and-communication",
        "Ministry of Information and Communication",
        "정보통신부",
        "",
        "",
        "",
        "gov;until=2008-02",
    ],
    [
        "org",
        "korea-aid-agency",
        "Korea Aid Agency",
        "한국원조청",
        "KAA",
        "",
        "",
        "gov",
    ],
];

/// The test gazetteer.
pub fn gazetteer() -> Gazetteer {
    let tsv: String = LINES.iter().map(|l| l.join("\t") + "\n").collect();
    match Gazetteer::parse(&[("test.tsv", tsv.as_str())]) {
        Ok(g) => g,
        Err(e) => panic!("test gazetteer: {e}"),
    }
}

/// A notice in `lang` (`"en"`/`"ko"`) dated 2017-04-01 with `text` as its body.
pub fn notice(lang: &str, text: &str) -> Notice {
    Notice {
        id: "t1".into(),
        title: None,
        date: Some(DateValue::Date(2017, 4, 1)),
        source: None,
        publisher: None,
        lang: Lang::from_tag(lang).unwrap_or(Lang::En),
        text: text.into(),
    }
}

/// Runs the extraction on `text` with the test gazetteer and no dates.
pub fn run(lang: &str, text: &str) -> Extracted {
    run_with_dates(lang, text, &[])
}

/// Runs the extraction on a notice built by the caller (a publisher, another date), with
/// the test gazetteer and no dates.
pub fn run_notice(n: &Notice) -> Extracted {
    let gaz = gazetteer();
    let matches = gaz.find(&n.text, n.lang, n.date);
    extract(n, &matches, &[], &gaz)
}

/// Runs the extraction on `text` in a notice dated `date`, its date mentions found as
/// in a notice read ([`crate::ingest::dates::find_dates`]), with the test gazetteer.
pub fn run_dated(lang: &str, date: DateValue, text: &str) -> Extracted {
    let gaz = gazetteer();
    let mut n = notice(lang, text);
    n.date = Some(date);
    let matches = gaz.find(&n.text, n.lang, n.date);
    let dates = crate::ingest::dates::find_dates(&n.text, n.lang, n.date);
    extract(&n, &matches, &dates, &gaz)
}

/// Runs the extraction with date mentions given as `(anchor, value)`; the anchor's first
/// occurrence in `text` is its span.
pub fn run_with_dates(lang: &str, text: &str, dates: &[(&str, DateValue)]) -> Extracted {
    let gaz = gazetteer();
    let n = notice(lang, text);
    let matches = gaz.find(&n.text, n.lang, n.date);
    let dates: Vec<DateMention> = dates
        .iter()
        .map(|(anchor, value)| {
            let b = text.find(anchor).unwrap_or(0);
            let begin = text[..b].chars().count();
            DateMention {
                span: Span {
                    begin,
                    end: begin + anchor.chars().count(),
                },
                anchor: (*anchor).to_string(),
                value: *value,
                end: None,
            }
        })
        .collect();
    extract(&n, &matches, &dates, &gaz)
}

impl Extracted {
    /// The slugs of the persons found, in order.
    pub fn person_slugs(&self) -> Vec<&str> {
        self.entities
            .iter()
            .filter(|e| e.key.kind == EntityKind::Person)
            .map(|e| e.key.slug.as_str())
            .collect()
    }

    /// The first event of `kind`; panics with the message `context` builds when there
    /// is none (for tests).
    pub fn event_of_kind(&self, kind: EventKind, context: impl FnOnce() -> String) -> &Event {
        self.events
            .iter()
            .find(|e| e.kind == kind)
            .unwrap_or_else(|| panic!("{}", context()))
    }

    /// The `lang` labels of the events, in order; only those of `kind` when given.
    pub fn event_labels(&self, lang: Lang, kind: Option<EventKind>) -> Vec<&str> {
        self.events
            .iter()
            .filter(|e| kind.is_none_or(|k| e.kind == k))
            .filter_map(|e| e.entity.label(lang))
            .collect()
    }
}
