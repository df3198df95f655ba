//! The RDF mapping of a notice ([`noticegraph::rdf::mapping::notice_quads`]) on two
//! extractions written by hand for these tests (not from the corpus), one English and one
//! Korean: character offsets, one graph per notice, determinism, the publisher, spans and
//! numbers that cannot be mapped. Their whole graphs are golden files, compared in
//! `golden.rs`.

use noticegraph::model::{
    DateMention, DateValue, Entity, EntityKey, EntityKind, Event, EventKind, EventStatus,
    Extraction, Holding, Label, Lang, Mention, Notice, Precision, Quantity, Quotation, Ranking,
    Span,
};
use noticegraph::rdf::iri::Iris;
use noticegraph::rdf::mapping::{notice_quads, notice_quads_with_publisher};
use noticegraph::rdf::vocab::{itsrdf, ng, nif, schema};
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, Quad};
use std::collections::HashSet;

/// The base IRI of the hand-written extractions (and of their golden files).
pub const BASE: &str = "http://example.org/ng/";

pub fn iris() -> Iris {
    Iris::new(BASE).unwrap()
}

fn key(kind: EntityKind, slug: &str) -> EntityKey {
    EntityKey::new(kind, slug)
}

/// The character span of the first `needle` in `text`.
fn span_of(text: &str, needle: &str) -> Span {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let begin = text[..byte].chars().count();
    Span {
        begin,
        end: begin + needle.chars().count(),
    }
}

fn mention(text: &str, needle: &str, entity: EntityKey) -> Mention {
    Mention {
        span: span_of(text, needle),
        anchor: needle.to_string(),
        entity,
    }
}

fn entity(kind: EntityKind, slug: &str, en: &str, ko: &str) -> Entity {
    let mut e = Entity::new(key(kind, slug));
    e.labels = vec![Label::new(en, Lang::En), Label::new(ko, Lang::Ko)];
    e
}

/// An English notice written for this test (not from the corpus).
pub fn english_extraction() -> Extraction {
    let text = "The Ministry of Examples said Korea will host the Example Forum 2030 \
                in Busan in May 2030. Minister Kim Example said: \"We are ready.\" \
                Korea ranked 3rd in the Example Index 2029 with 0.8915 points and has \
                trained 1,200 officials.";
    let kr = key(EntityKind::Country, "kr");
    let busan = key(EntityKind::City, "busan");
    let ministry = key(EntityKind::Organization, "ministry-of-examples");
    let minister = key(EntityKind::Post, "minister-of-examples");
    let kim = key(EntityKind::Person, "kim-example");
    let forum = key(EntityKind::Event, "example-forum-2030");
    let series = key(EntityKind::Series, "example-forum");
    let index = key(EntityKind::Event, "example-index-2029");
    let topic = key(EntityKind::Topic, "digital-government");

    let mut korea = entity(EntityKind::Country, "kr", "Republic of Korea", "대한민국");
    korea.alt_labels = vec![Label::new("Korea", Lang::En), Label::new("한국", Lang::Ko)];
    korea.wikidata = Some("Q884".into());
    korea.iso_code = Some("KR".into());
    let mut busan_e = entity(EntityKind::City, "busan", "Busan", "부산");
    busan_e.part_of = Some(kr.clone());
    busan_e.wikidata = Some("Q16520".into());
    let mut ministry_e = entity(
        EntityKind::Organization,
        "ministry-of-examples",
        "Ministry of Examples",
        "예시부",
    );
    ministry_e.government = true;
    let mut minister_e = entity(
        EntityKind::Post,
        "minister-of-examples",
        "Minister of Examples",
        "예시부 장관",
    );
    minister_e.part_of = Some(ministry.clone());
    let kim_e = entity(EntityKind::Person, "kim-example", "Kim Example", "김예시");
    let mut series_e = entity(
        EntityKind::Series,
        "example-forum",
        "Example Forum",
        "예시 포럼",
    );
    series_e.part_of = Some(ministry.clone());
    let topic_e = entity(
        EntityKind::Topic,
        "digital-government",
        "digital government",
        "디지털 정부",
    );

    let forum_event = Event {
        entity: entity(
            EntityKind::Event,
            "example-forum-2030",
            "Example Forum 2030",
            "2030 예시 포럼",
        ),
        kind: EventKind::Forum,
        status: EventStatus::Planned,
        start: Some(DateValue::YearMonth(2030, 5)),
        end: None,
        location: vec![busan.clone()],
        organizer: vec![kr.clone()],
        attendee: vec![],
        series: Some(series.clone()),
        edition: Some(5),
        about: vec![topic.clone()],
        named: true,
    };
    let index_event = Event {
        entity: entity(
            EntityKind::Event,
            "example-index-2029",
            "Example Index 2029",
            "2029 예시 지수",
        ),
        kind: EventKind::SurveyEdition,
        status: EventStatus::Held,
        start: Some(DateValue::Year(2029)),
        end: None,
        location: vec![],
        organizer: vec![],
        attendee: vec![kr.clone()],
        series: None,
        edition: None,
        about: vec![],
        named: true,
    };
    let mentions = vec![
        mention(text, "Ministry of Examples", ministry.clone()),
        mention(text, "Korea", kr.clone()),
        mention(text, "Example Forum 2030", forum.clone()),
        mention(text, "Busan", busan.clone()),
        mention(text, "Minister", minister.clone()),
        mention(text, "Kim Example", kim.clone()),
        mention(text, "Example Index 2029", index.clone()),
    ];
    Extraction {
        notice: Notice {
            id: "example-forum-2030".into(),
            title: Some("Korea to host the Example Forum 2030".into()),
            date: Some(DateValue::Date(2029, 11, 5)),
            source: Some("https://news.example.org/notices/42".into()),
            publisher: Some("ministry of examples".into()),
            lang: Lang::En,
            text: text.into(),
        },
        entities: vec![
            korea, busan_e, ministry_e, minister_e, kim_e, series_e, topic_e,
        ],
        events: vec![forum_event, index_event],
        mentions,
        holdings: vec![Holding {
            person: kim.clone(),
            post: minister,
        }],
        dates: vec![DateMention {
            span: span_of(text, "May 2030"),
            anchor: "May 2030".into(),
            value: DateValue::YearMonth(2030, 5),
            end: None,
        }],
        quantities: vec![Quantity {
            span: span_of(text, "1,200 officials"),
            anchor: "1,200 officials".into(),
            value: "1200".into(),
            unit: "persons".into(),
            description: "officials trained".into(),
            precision: Precision::Exact,
        }],
        rankings: vec![Ranking {
            ranked: kr,
            rank: 3,
            score: Some("0.8915".into()),
            index: None,
            edition: index,
            joint: false,
            span: span_of(text, "ranked 3rd"),
        }],
        quotations: vec![Quotation {
            text: "We are ready.".into(),
            speaker: Some(kim),
            span: span_of(text, "We are ready."),
        }],
        warnings: vec![],
    }
}

/// A Korean notice written for this test: character offsets differ from byte offsets.
pub fn korean_extraction() -> Extraction {
    let text = "한국은 2030년 예시 포럼을 부산에서 개최한다.";
    let kr = key(EntityKind::Country, "kr");
    let busan = key(EntityKind::City, "busan");
    Extraction {
        notice: Notice {
            id: "ko-example".into(),
            title: None,
            date: Some(DateValue::YearMonth(2029, 11)),
            source: None,
            publisher: Some("예시 기관".into()),
            lang: Lang::Ko,
            text: text.into(),
        },
        entities: vec![
            entity(EntityKind::Country, "kr", "Republic of Korea", "대한민국"),
            entity(EntityKind::City, "busan", "Busan", "부산"),
        ],
        events: vec![],
        mentions: vec![mention(text, "한국", kr), mention(text, "부산", busan)],
        holdings: vec![],
        dates: vec![DateMention {
            span: span_of(text, "2030년"),
            anchor: "2030년".into(),
            value: DateValue::Year(2030),
            end: None,
        }],
        quantities: vec![],
        rankings: vec![],
        quotations: vec![],
        warnings: vec![],
    }
}

#[test]
fn korean_offsets_are_characters_not_bytes() {
    let iris = iris();
    let quads = notice_quads(&korean_extraction(), &iris);
    let busan = iris.entity(&key(EntityKind::City, "busan"));
    let phrase = quads
        .iter()
        .find(|q| q.predicate == itsrdf::TA_IDENT_REF && q.object == busan.clone().into())
        .map(|q| q.subject.to_string())
        .unwrap();
    // "한국은 2030년 예시 포럼을 " is 17 characters but 35 bytes long
    let text = &korean_extraction().notice.text;
    assert_eq!(text.find("부산"), Some(35));
    assert_eq!(phrase, format!("<{BASE}id/notice/ko-example#char=17,19>"));
}

#[test]
fn every_quad_is_in_the_notice_graph_and_mapping_is_deterministic() {
    let iris = iris();
    let x = english_extraction();
    let first = notice_quads(&x, &iris);
    let graph: GraphName = iris.notice_graph("example-forum-2030").into();
    assert!(first.iter().all(|q| q.graph_name == graph));
    assert_eq!(first, notice_quads(&x, &iris));
    let distinct: HashSet<_> = first.iter().collect();
    assert_eq!(distinct.len(), first.len(), "duplicate quads");
}

/// An edition number is an `xsd:integer` on the event whose name states it, and nothing
/// on the others.
#[test]
fn edition_number_only_where_stated() {
    let iris = iris();
    let quads = notice_quads(&english_extraction(), &iris);
    let editions: Vec<&Quad> = quads
        .iter()
        .filter(|q| q.predicate == ng::EDITION_NUMBER)
        .collect();
    assert_eq!(editions.len(), 1, "{editions:?}");
    let forum = iris.entity(&key(EntityKind::Event, "example-forum-2030"));
    assert_eq!(editions[0].subject, forum.into());
    assert_eq!(editions[0].object, Literal::from(5_i64).into());
}

#[test]
fn publisher_resolves_to_an_organization_or_stays_a_string() {
    let iris = iris();
    let x = english_extraction();
    let publisher_of = |quads: &[Quad]| {
        quads
            .iter()
            .find(|q| q.predicate == schema::PUBLISHER)
            .map(|q| q.object.clone())
    };
    let ministry = iris.entity(&key(EntityKind::Organization, "ministry-of-examples"));
    assert_eq!(
        publisher_of(&notice_quads(&x, &iris)),
        Some(ministry.into())
    );
    let ko = notice_quads(&korean_extraction(), &iris);
    assert_eq!(
        publisher_of(&ko),
        Some(Literal::new_simple_literal("예시 기관").into())
    );
    let explicit = key(EntityKind::Organization, "other");
    let quads = notice_quads_with_publisher(&korean_extraction(), &iris, Some(&explicit));
    assert_eq!(publisher_of(&quads), Some(iris.entity(&explicit).into()));
}

#[test]
fn bad_spans_and_numbers_are_left_out() {
    let iris = iris();
    let mut x = korean_extraction();
    let len = x.notice.text.chars().count();
    x.mentions.push(Mention {
        span: Span {
            begin: len - 1,
            end: len + 1,
        },
        anchor: "x".into(),
        entity: key(EntityKind::Country, "kr"),
    });
    x.mentions.push(Mention {
        span: Span { begin: 3, end: 3 },
        anchor: String::new(),
        entity: key(EntityKind::Country, "kr"),
    });
    x.quantities.push(Quantity {
        span: Span { begin: 0, end: 1 },
        anchor: "x".into(),
        value: "1,200".into(),
        unit: "persons".into(),
        description: String::new(),
        precision: Precision::Exact,
    });
    let quads = notice_quads(&x, &iris);
    let phrases = quads
        .iter()
        .filter(|q| q.object == nif::PHRASE.into_owned().into())
        .count();
    assert_eq!(phrases, 2);
    assert!(!quads.iter().any(|q| q.predicate == schema::VALUE));
    assert!(quads.iter().any(|q| q.predicate == schema::UNIT_TEXT));
}

/// A quotation's text is tagged with its own script's language, not the notice's; a
/// bounded or approximate quantity keeps its value and says so.
#[test]
fn quote_language_and_quantity_precision() {
    let iris = iris();
    let mut x = korean_extraction();
    x.quotations.push(Quotation {
        text: "Open data belongs to everyone".into(),
        speaker: None,
        span: Span { begin: 0, end: 1 },
    });
    for (value, precision) in [
        ("30", Precision::AtLeast),
        ("40", Precision::AtMost),
        ("50", Precision::Approximate),
    ] {
        x.quantities.push(Quantity {
            span: Span { begin: 0, end: 1 },
            anchor: "x".into(),
            value: value.into(),
            unit: "persons".into(),
            description: String::new(),
            precision,
        });
    }
    let quads = notice_quads(&x, &iris);
    let text = Literal::new_language_tagged_literal("Open data belongs to everyone", "en")
        .expect("valid tag");
    assert!(
        quads
            .iter()
            .any(|q| q.predicate == schema::TEXT && q.object == text.clone().into())
    );
    let decimal = |v: &str| Literal::new_typed_literal(v, xsd::DECIMAL).into();
    let has = |p, o: oxigraph::model::Term| quads.iter().any(|q| q.predicate == p && q.object == o);
    assert!(has(schema::MIN_VALUE, decimal("30")));
    assert!(has(schema::MAX_VALUE, decimal("40")));
    assert!(has(ng::APPROXIMATE, Literal::from(true).into()));
    assert_eq!(
        quads
            .iter()
            .filter(|q| q.predicate == ng::APPROXIMATE)
            .count(),
        1
    );
}

/// A ranking on one index of a survey links to that index (a topic) by `schema:about`; an
/// overall ranking has no such link.
#[test]
fn ranking_on_an_index_is_about_that_topic() {
    let iris = iris();
    let mut x = english_extraction();
    let topic = key(EntityKind::Topic, "digital-government");
    assert!(x.entities.iter().any(|e| e.key == topic));
    let about_of_rankings = |x: &Extraction| {
        notice_quads(x, &iris)
            .into_iter()
            .filter(|q| q.predicate == schema::ABOUT)
            .filter(|q| q.subject.to_string().contains("#ranking-"))
            .map(|q| q.object.to_string())
            .collect::<Vec<_>>()
    };
    assert!(about_of_rankings(&x).is_empty());
    x.rankings[0].index = Some(topic.clone());
    assert_eq!(
        about_of_rankings(&x),
        vec![format!("<{}>", iris.entity(&topic).as_str())]
    );
}

/// A shared rank (`tied for first`, `공동 1위`) carries `ng:jointRank true`; a rank not
/// stated as shared carries no such triple.
#[test]
fn joint_rank_is_marked_only_when_shared() {
    let iris = iris();
    let mut x = english_extraction();
    let joint_of_rankings = |x: &Extraction| {
        notice_quads(x, &iris)
            .into_iter()
            .filter(|q| q.predicate == ng::JOINT_RANK)
            .map(|q| q.object.to_string())
            .collect::<Vec<_>>()
    };
    assert!(joint_of_rankings(&x).is_empty());
    x.rankings[0].joint = true;
    assert_eq!(
        joint_of_rankings(&x),
        vec!["\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>".to_string()]
    );
}
