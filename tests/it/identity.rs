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
