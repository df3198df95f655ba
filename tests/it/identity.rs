//! Event identity across notices: an English and a Korean notice (written for this test)
//! about one edition of one event get one event IRI, however each words it.

use noticegraph::ingest::{self, Gazetteer, MediaType};
use noticegraph::model::{EventKind, Extraction, Lang};

fn process(text: &str) -> Extraction {
    ingest::process(text.as_bytes(), MediaType::Text, Gazetteer::builtin())
        .unwrap_or_else(|e| panic!("cannot ingest: {e}"))
}

/// The slugs of the named events (not signings or visits) of `x`.
fn event_slugs(x: &Extraction) -> Vec<String> {
    x.events
        .iter()
        .filter(|e| e.kind != EventKind::Signing && e.kind != EventKind::Visit)
        .map(|e| e.entity.key.slug.clone())
        .collect()
}

const EN_SEMINAR: &str = "title: Ministry co-hosts e-government seminar with Germany
date: 2019-06-12
lang: en

The Ministry of the Interior and Safety held the 1st Korea-Germany Joint Seminar on e-Government in Berlin on June 11, 2019. Officials of both countries talked about cloud services for citizens.
";

const KO_SEMINAR: &str = "title: 독일과 전자정부 세미나 개최
date: 2019-06-12
lang: ko

행정안전부는 2019년 6월 11일 베를린에서 제1회 한-독 전자정부 세미나를 열었다. 양국 공무원들은 국민을 위한 클라우드 서비스에 대해 논의했다.
";

const EN_D5: &str = "title: Digital ministers meet again
date: 2015-11-20
lang: en

Ministers of five digital nations met in London on November 18, 2015 for the 2nd Digital-5 Ministerial Meeting.
";

const KO_D5: &str = "title: 디지털 장관들 런던 회동
date: 2015-11-20
lang: ko

다섯 나라 장관들은 2015년 런던에서 열린 제2회 디지털-5 장관회의에서 만났다.
";

#[test]
fn one_seminar_edition_one_iri_in_both_languages() {
    let en = process(EN_SEMINAR);
    let ko = process(KO_SEMINAR);
    assert_eq!(en.notice.lang, Lang::En);
    assert_eq!(ko.notice.lang, Lang::Ko);
    let (en, ko) = (event_slugs(&en), event_slugs(&ko));
    assert!(
        en.contains(&"korea-germany-e-government-seminar-2019".to_string()),
        "{en:?}"
    );
    assert!(
        ko.contains(&"korea-germany-e-government-seminar-2019".to_string()),
        "{ko:?}"
    );
}

#[test]
fn ordinal_and_year_editions_meet() {
    let en = process(EN_D5);
    let ko = process(KO_D5);
    let key = "digital-5-ministerial-meeting-2015".to_string();
    let ev = en
        .events
        .iter()
        .find(|e| e.entity.key.slug == key)
        .unwrap_or_else(|| panic!("{:?}", event_slugs(&en)));
    // The ordinal stays in the labels.
    assert_eq!(
        ev.entity.label(Lang::En),
        Some("2nd Digital-5 Ministerial Meeting")
    );
    let ev = ko
        .events
        .iter()
        .find(|e| e.entity.key.slug == key)
        .unwrap_or_else(|| panic!("{:?}", event_slugs(&ko)));
    assert_eq!(ev.entity.label(Lang::Ko), Some("제2회 디지털-5 장관회의"));
}

/// The person keys of `x`.
fn person_slugs(x: &Extraction) -> Vec<String> {
    x.entities
        .iter()
        .filter(|e| e.key.kind == noticegraph::model::EntityKind::Person)
        .map(|e| e.key.slug.clone())
        .collect()
}

/// A notice of `date` in `lang` with `body`.
fn notice(date: &str, lang: &str, body: &str) -> String {
    format!("title: t\ndate: {date}\nlang: {lang}\n\n{body}\n")
}

/// A Korean person written in Hangul in one notice and in another customary spelling in
/// an English one gets one key; distinct names stay distinct.
#[test]
fn korean_name_spellings_meet_across_notices() {
    for (hangul, latin) in [
        ("김윤식", "Kim Yoon-sik"),
        ("홍길동", "Hong Kil-dong"),
        ("박지성", "Park Ji-sung"),
        ("정수진", "Jeong Su-jin"),
        ("유재석", "Yoo Jae-suk"),
    ] {
        let ko = process(&notice(
            "2019-03-02",
            "ko",
            &format!("{hangul} 차관은 회의를 열었다."),
        ));
        let en = process(&notice(
            "2019-03-02",
            "en",
            &format!("Vice Minister {latin} opened the meeting."),
        ));
        let (ko, en) = (person_slugs(&ko), person_slugs(&en));
        assert!(
            !ko.is_empty() && ko == en,
            "{hangul} {ko:?} / {latin} {en:?}"
        );
    }
    let other = process(&notice("2019-03-02", "ko", "김윤석 차관은 회의를 열었다."));
    let en = process(&notice(
        "2019-03-02",
        "en",
        "Vice Minister Kim Yoon-sik opened the meeting.",
    ));
    assert_ne!(person_slugs(&other), person_slugs(&en));
}

/// A renamed ministry's name used outside its period is the body that bore it last
/// before the notice date, in both languages.
#[test]
fn renamed_ministry_names_resolve_by_notice_date() {
    for (date, lang, body, want) in [
        (
            "2014-01-10",
            "ko",
            "행정안전부는 계획을 발표했다.",
            "ministry-of-public-administration-and-security",
        ),
        (
            "2018-05-01",
            "ko",
            "행정자치부는 계획을 발표했다.",
            "ministry-of-the-interior",
        ),
        (
            "2018-05-01",
            "en",
            "The Ministry of Government Administration and Home Affairs announced a plan.",
            "ministry-of-the-interior",
        ),
    ] {
        let x = process(&notice(date, lang, body));
        let orgs: Vec<&str> = x
            .entities
            .iter()
            .filter(|e| e.key.kind == noticegraph::model::EntityKind::Organization)
            .map(|e| e.key.slug.as_str())
            .collect();
        assert!(orgs.contains(&want), "{date} {body}: {orgs:?}");
    }
}
