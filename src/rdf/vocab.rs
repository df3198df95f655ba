//! Vocabulary terms as typed constants: the only place vocabulary IRIs are spelled
//! (STYLE rule 7; modelled on `oxrdf::vocab`). `rdf`, `rdfs` and `xsd` come from
//! [`oxigraph::model::vocab`]; Oxigraph has no `owl` module, so the few OWL terms we use
//! are here.
//!
//! Each module lists its terms once through the `terms!` macro, which also builds the
//! module's `ALL` slice: the ontology test walks `ALL` to check that every term is
//! declared with English and Korean labels in `ontology/noticegraph.ttl`, so a term cannot
//! be added here and forgotten there.

use oxigraph::model::NamedNode;

/// Declares `pub const` [`NamedNodeRef`](oxigraph::model::NamedNodeRef) terms and a
/// `pub const ALL` slice holding all of them in declaration order.
macro_rules! terms {
    ($( $(#[$doc:meta])* $name:ident = $iri:literal; )*) => {
        $(
            $(#[$doc])*
            pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked($iri);
        )*
        /// Every term of this module, in declaration order.
        pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
    };
}

pub mod schema {
    //! [schema.org](https://schema.org/) (`https://` form).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "https://schema.org/";

    terms! {
        /// A news article: each notice.
        NEWS_ARTICLE = "https://schema.org/NewsArticle";
        /// An organization.
        ORGANIZATION = "https://schema.org/Organization";
        /// A public body.
        GOVERNMENT_ORGANIZATION = "https://schema.org/GovernmentOrganization";
        /// A sovereign state.
        COUNTRY = "https://schema.org/Country";
        /// A city.
        CITY = "https://schema.org/City";
        /// A place (used for regions).
        PLACE = "https://schema.org/Place";
        /// A person.
        PERSON = "https://schema.org/Person";
        /// An event.
        EVENT = "https://schema.org/Event";
        /// A measured value with a unit.
        QUANTITATIVE_VALUE = "https://schema.org/QuantitativeValue";
        /// A quotation.
        QUOTATION = "https://schema.org/Quotation";
        /// The headline of an article.
        HEADLINE = "https://schema.org/headline";
        /// Publication date of an article.
        DATE_PUBLISHED = "https://schema.org/datePublished";
        /// Language of a work (`"ko"`, `"en"`).
        IN_LANGUAGE = "https://schema.org/inLanguage";
        /// Publisher of a work.
        PUBLISHER = "https://schema.org/publisher";
        /// A thing a work mentions.
        MENTIONS = "https://schema.org/mentions";
        /// Start date of an event.
        START_DATE = "https://schema.org/startDate";
        /// End date of an event.
        END_DATE = "https://schema.org/endDate";
        /// Where an event takes place.
        LOCATION = "https://schema.org/location";
        /// Who hosts or organizes an event (or a series).
        ORGANIZER = "https://schema.org/organizer";
        /// Who takes part in an event.
        ATTENDEE = "https://schema.org/attendee";
        /// The series an event belongs to.
        SUPER_EVENT = "https://schema.org/superEvent";
        /// What an event is about.
        ABOUT = "https://schema.org/about";
        /// The value of a quantity.
        VALUE = "https://schema.org/value";
        /// The unit of a quantity, as text.
        UNIT_TEXT = "https://schema.org/unitText";
        /// The lower bound of a quantity stated as one (`more than 50`, `50개국 이상`).
        MIN_VALUE = "https://schema.org/minValue";
        /// The upper bound of a quantity stated as one (`up to 50`, `최대 50명`).
        MAX_VALUE = "https://schema.org/maxValue";
        /// A description.
        DESCRIPTION = "https://schema.org/description";
        /// The text of a quotation.
        TEXT = "https://schema.org/text";
        /// Who spoke a quotation.
        SPOKEN_BY_CHARACTER = "https://schema.org/spokenByCharacter";
        /// The work a part belongs to.
        IS_PART_OF = "https://schema.org/isPartOf";
        /// The place that contains a place.
        CONTAINED_IN_PLACE = "https://schema.org/containedInPlace";
    }
}

pub mod org {
    //! [The Organization Ontology](https://www.w3.org/TR/vocab-org/).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "http://www.w3.org/ns/org#";

    terms! {
        /// An organization.
        ORGANIZATION = "http://www.w3.org/ns/org#Organization";
        /// A post (office) in an organization.
        POST = "http://www.w3.org/ns/org#Post";
        /// A person holds a post.
        HOLDS = "http://www.w3.org/ns/org#holds";
        /// The organization a post is in.
        POST_IN = "http://www.w3.org/ns/org#postIn";
        /// The parent organization.
        SUB_ORGANIZATION_OF = "http://www.w3.org/ns/org#subOrganizationOf";
        /// A change to organizations (a renaming of a body).
        CHANGE_EVENT = "http://www.w3.org/ns/org#ChangeEvent";
        /// Change event → the organization as it was before.
        ORIGINAL_ORGANIZATION = "http://www.w3.org/ns/org#originalOrganization";
        /// Change event → the organization that resulted.
        RESULTING_ORGANIZATION = "http://www.w3.org/ns/org#resultingOrganization";
        /// Organization → a change event that changed it (ended this name).
        CHANGED_BY = "http://www.w3.org/ns/org#changedBy";
        /// Organization → the change event it resulted from (began this name).
        RESULTED_FROM = "http://www.w3.org/ns/org#resultedFrom";
    }
}

pub mod sem {
    //! [The Simple Event Model](http://semanticweb.cs.vu.nl/2009/11/sem/).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    terms! {
        /// An event.
        EVENT = "http://semanticweb.cs.vu.nl/2009/11/sem/Event";
    }
}

pub mod prov {
    //! [PROV-O](https://www.w3.org/TR/prov-o/).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "http://www.w3.org/ns/prov#";

    terms! {
        /// A thing with provenance: each notice.
        ENTITY = "http://www.w3.org/ns/prov#Entity";
        /// A statement derived from a notice.
        WAS_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom";
        /// A renamed body's period (one name in force) → the body across all its names.
        SPECIALIZATION_OF = "http://www.w3.org/ns/prov#specializationOf";
    }
}

pub mod dct {
    //! [DCMI Metadata Terms](https://www.dublincore.org/specifications/dublin-core/dcmi-terms/).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "http://purl.org/dc/terms/";

    terms! {
        /// The original of a notice (its URL).
        SOURCE = "http://purl.org/dc/terms/source";
        /// The date of a change event (the month a renaming took effect).
        DATE = "http://purl.org/dc/terms/date";
    }
}

pub mod skos {
    //! [SKOS](https://www.w3.org/TR/skos-reference/).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "http://www.w3.org/2004/02/skos/core#";

    terms! {
        /// A topic or theme.
        CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept";
        /// An alternative label: acronym, alias, former name.
        ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
    }
}

pub mod nif {
    //! [NIF 2.0 Core](http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#):
    //! text and mentions, with offsets in Unicode characters (RFC 5147).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    terms! {
        /// The whole text of a notice.
        CONTEXT = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context";
        /// A mention: a span of the text.
        PHRASE = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase";
        /// The text of a context.
        IS_STRING = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString";
        /// First character offset.
        BEGIN_INDEX = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex";
        /// Offset one past the last character.
        END_INDEX = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex";
        /// The text of a mention.
        ANCHOR_OF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf";
        /// The context a mention is in.
        REFERENCE_CONTEXT = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext";
    }
}

pub mod itsrdf {
    //! [ITS 2.0 RDF](https://www.w3.org/TR/its20/#conversion-to-nif).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "http://www.w3.org/2005/11/its/rdf#";

    terms! {
        /// The entity a mention refers to.
        TA_IDENT_REF = "http://www.w3.org/2005/11/its/rdf#taIdentRef";
    }
}

pub mod owl {
    //! [OWL 2](https://www.w3.org/TR/owl2-syntax/) terms (not in `oxigraph::model::vocab`).
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "http://www.w3.org/2002/07/owl#";

    terms! {
        /// The same real-world thing (links to Wikidata).
        SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
        /// An ontology header.
        ONTOLOGY = "http://www.w3.org/2002/07/owl#Ontology";
        /// A class.
        CLASS = "http://www.w3.org/2002/07/owl#Class";
        /// A property linking two things.
        OBJECT_PROPERTY = "http://www.w3.org/2002/07/owl#ObjectProperty";
        /// A property with literal values.
        DATATYPE_PROPERTY = "http://www.w3.org/2002/07/owl#DatatypeProperty";
        /// A named individual.
        NAMED_INDIVIDUAL = "http://www.w3.org/2002/07/owl#NamedIndividual";
        /// The version of an ontology.
        VERSION_INFO = "http://www.w3.org/2002/07/owl#versionInfo";
    }
}

pub mod ng {
    //! The noticegraph ontology (`ontology/noticegraph.ttl`): only what no reused
    //! vocabulary has.
    use oxigraph::model::NamedNodeRef;

    /// The namespace.
    pub const NS: &str = "https://w3id.org/noticegraph/ns#";

    terms! {
        /// The ontology itself.
        ONTOLOGY = "https://w3id.org/noticegraph/ns#";
        /// A meeting (ministerial, working party, steering committee).
        MEETING = "https://w3id.org/noticegraph/ns#Meeting";
        /// A forum or summit.
        FORUM = "https://w3id.org/noticegraph/ns#Forum";
        /// A seminar, workshop or conference.
        SEMINAR = "https://w3id.org/noticegraph/ns#Seminar";
        /// The signing of an MOU, declaration or agreement.
        SIGNING = "https://w3id.org/noticegraph/ns#Signing";
        /// An official visit.
        VISIT = "https://w3id.org/noticegraph/ns#Visit";
        /// A training course.
        TRAINING = "https://w3id.org/noticegraph/ns#Training";
        /// An edition of a survey or index.
        SURVEY_EDITION = "https://w3id.org/noticegraph/ns#SurveyEdition";
        /// Any other reported happening.
        OTHER_EVENT = "https://w3id.org/noticegraph/ns#OtherEvent";
        /// A series of events.
        EVENT_SERIES = "https://w3id.org/noticegraph/ns#EventSeries";
        /// The rank (and score) of an entity in a survey edition.
        RANKING_RESULT = "https://w3id.org/noticegraph/ns#RankingResult";
        /// The class of [`PLANNED`] and [`HELD`].
        EVENT_STATUS_TYPE = "https://w3id.org/noticegraph/ns#EventStatus";
        /// Announced for the future.
        PLANNED = "https://w3id.org/noticegraph/ns#Planned";
        /// Reported as held or under way.
        HELD = "https://w3id.org/noticegraph/ns#Held";
        /// Notice → its NIF context.
        CONTEXT = "https://w3id.org/noticegraph/ns#context";
        /// Event → [`PLANNED`] or [`HELD`].
        EVENT_STATUS = "https://w3id.org/noticegraph/ns#eventStatus";
        /// Event → its edition number in a series (`xsd:integer`, 1 = first), as its
        /// name states it (`3rd …`, `제3회 …`).
        EDITION_NUMBER = "https://w3id.org/noticegraph/ns#editionNumber";
        /// Ranking result → who is ranked.
        RANKED_ENTITY = "https://w3id.org/noticegraph/ns#rankedEntity";
        /// Ranking result → rank (`xsd:integer`, 1 = first).
        RANK = "https://w3id.org/noticegraph/ns#rank";
        /// Ranking result → score (`xsd:decimal`).
        SCORE = "https://w3id.org/noticegraph/ns#score";
        /// Ranking result → the survey edition event.
        IN_RANKING = "https://w3id.org/noticegraph/ns#inRanking";
        /// Ranking result → `true` when the rank is shared with another ranked entity
        /// (`xsd:boolean`; absent when the notice states no tie).
        JOINT_RANK = "https://w3id.org/noticegraph/ns#jointRank";
        /// Notice → a quantity it states.
        STATES_QUANTITY = "https://w3id.org/noticegraph/ns#statesQuantity";
        /// Quantity → `true` when the text states its value as an approximation
        /// (`about 50`, `50여 명`).
        APPROXIMATE = "https://w3id.org/noticegraph/ns#approximate";
        /// Notice → a date it mentions (`xsd:date`, `xsd:gYearMonth` or `xsd:gYear`).
        MENTIONS_DATE = "https://w3id.org/noticegraph/ns#mentionsDate";
        /// Country → ISO 3166-1 alpha-2 code.
        ISO3166_CODE = "https://w3id.org/noticegraph/ns#iso3166Code";
        /// Organization → first month its name was in force (`xsd:gYearMonth`).
        VALID_FROM = "https://w3id.org/noticegraph/ns#validFrom";
        /// Organization → month it was renamed or dissolved (`xsd:gYearMonth`).
        VALID_UNTIL = "https://w3id.org/noticegraph/ns#validUntil";
        /// Organization → the body that succeeded it.
        SUCCEEDED_BY = "https://w3id.org/noticegraph/ns#succeededBy";
    }
}

pub mod wd {
    //! [Wikidata](https://www.wikidata.org/) entities.

    /// The namespace of Wikidata entities.
    pub const NS: &str = "http://www.wikidata.org/entity/";
}

pub mod sd {
    //! [SPARQL 1.1 Service Description](https://www.w3.org/TR/sparql11-service-description/).

    /// The namespace of the service description vocabulary.
    pub const NS: &str = "http://www.w3.org/ns/sparql-service-description#";
}

pub mod void {
    //! [VoID](https://www.w3.org/TR/void/), the Vocabulary of Interlinked Datasets.

    /// The namespace.
    pub const NS: &str = "http://rdfs.org/ns/void#";
}

pub mod foaf {
    //! [FOAF](http://xmlns.com/foaf/spec/), for the VoID document's `foaf:primaryTopic`.

    /// The namespace.
    pub const NS: &str = "http://xmlns.com/foaf/0.1/";
}

/// The `PREFIX` lines of every vocabulary in [`PREFIXES`], for SPARQL texts that pages and
/// the linked-data documents run. Built once.
pub fn sparql_prologue() -> &'static str {
    static PROLOGUE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PROLOGUE.get_or_init(|| {
        PREFIXES
            .iter()
            .map(|(prefix, ns)| format!("PREFIX {prefix}: <{ns}>\n"))
            .collect()
    })
}

/// The Wikidata entity IRI of `qid` (`Q884` → `http://www.wikidata.org/entity/Q884`).
/// `None` unless `qid` is `Q` followed by ASCII digits.
pub fn wd(qid: &str) -> Option<NamedNode> {
    let digits = qid.strip_prefix('Q')?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| NamedNode::new_unchecked(format!("{}{qid}", wd::NS)))
}

/// Prefix → namespace of every vocabulary, for serializers (Turtle, TriG) and for the
/// SPARQL examples pages show.
pub const PREFIXES: &[(&str, &str)] = &[
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", owl::NS),
    ("schema", schema::NS),
    ("org", org::NS),
    ("sem", sem::NS),
    ("prov", prov::NS),
    ("dct", dct::NS),
    ("skos", skos::NS),
    ("nif", nif::NS),
    ("itsrdf", itsrdf::NS),
    ("wd", wd::NS),
    ("ng", ng::NS),
];

/// An RDF serializer for `format` declaring every prefix of [`PREFIXES`], then `extra`
/// (`(prefix, namespace)` pairs a document adds, such as `void:` or `sd:`): Turtle, TriG and
/// RDF/XML write `schema:Event` rather than the full IRI; N-Triples, N-Quads and JSON-LD
/// ignore prefixes. The one place serializers get their prefixes (linked-data documents,
/// CONSTRUCT/DESCRIBE results, Graph Store reads, dumps, VoID, the ontology).
///
/// Errors: the prefix and the parser's message when a namespace is not an absolute IRI
/// (never for [`PREFIXES`], which a test parses).
pub fn prefixed_serializer(
    format: oxigraph::io::RdfFormat,
    extra: &[(&str, &str)],
) -> Result<oxigraph::io::RdfSerializer, String> {
    let mut serializer = oxigraph::io::RdfSerializer::from_format(format);
    for (prefix, namespace) in PREFIXES.iter().chain(extra) {
        serializer = serializer
            .with_prefix(*prefix, *namespace)
            .map_err(|e| format!("bad prefix {prefix}: {e}"))?;
    }
    Ok(serializer)
}

/// Every vocabulary term of this module that pages may show as a class or property name;
/// each has `rdfs:label` in English and Korean in the ontology.
pub fn labelled_terms() -> impl Iterator<Item = oxigraph::model::NamedNodeRef<'static>> {
    [
        schema::ALL,
        org::ALL,
        sem::ALL,
        prov::ALL,
        dct::ALL,
        skos::ALL,
        nif::ALL,
        itsrdf::ALL,
        &[owl::SAME_AS],
        ng::ALL,
    ]
    .into_iter()
    .flatten()
    .copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::vocab::{rdf, rdfs, xsd};

    #[test]
    fn terms_live_in_their_namespace() {
        for (module, ns, all) in [
            ("schema", schema::NS, schema::ALL),
            ("org", org::NS, org::ALL),
            ("sem", sem::NS, sem::ALL),
            ("prov", prov::NS, prov::ALL),
            ("dct", dct::NS, dct::ALL),
            ("skos", skos::NS, skos::ALL),
            ("nif", nif::NS, nif::ALL),
            ("itsrdf", itsrdf::NS, itsrdf::ALL),
            ("owl", owl::NS, owl::ALL),
            ("ng", ng::NS, ng::ALL),
        ] {
            for term in all {
                assert!(term.as_str().starts_with(ns), "{module}: {term}");
                NamedNode::new(term.as_str()).unwrap_or_else(|e| panic!("{term}: {e}"));
            }
            let prefixed = PREFIXES.iter().find(|(p, _)| *p == module);
            assert_eq!(prefixed.map(|(_, n)| *n), Some(ns), "{module}");
        }
    }

    #[test]
    fn turtle_is_written_with_the_project_prefixes() {
        let mut out = prefixed_serializer(
            oxigraph::io::RdfFormat::Turtle,
            &[("ex", "http://example.org/")],
        )
        .unwrap()
        .for_writer(Vec::new());
        out.serialize_triple(oxigraph::model::TripleRef::new(
            oxigraph::model::NamedNodeRef::new_unchecked("http://example.org/a"),
            rdf::TYPE,
            schema::EVENT,
        ))
        .unwrap();
        let text = String::from_utf8(out.finish().unwrap()).unwrap();
        for wanted in [
            "@prefix schema: <https://schema.org/>",
            "@prefix ng: <",
            "ex:a a schema:Event",
        ] {
            assert!(text.contains(wanted), "{wanted}: {text}");
        }
        assert!(!text.contains("<https://schema.org/Event>"), "{text}");
        assert!(
            prefixed_serializer(oxigraph::io::RdfFormat::Turtle, &[("bad", "not an iri")]).is_err()
        );
    }

    #[test]
    fn prefixes_agree_with_oxigraph_vocab() {
        let ns = |p: &str| PREFIXES.iter().find(|(q, _)| *q == p).unwrap().1;
        assert_eq!(rdf::TYPE.as_str(), format!("{}type", ns("rdf")));
        assert_eq!(rdfs::LABEL.as_str(), format!("{}label", ns("rdfs")));
        assert_eq!(xsd::DATE.as_str(), format!("{}date", ns("xsd")));
    }

    #[test]
    fn wikidata_iris() {
        assert_eq!(
            wd("Q884").map(|n| n.into_string()),
            Some("http://www.wikidata.org/entity/Q884".to_string())
        );
        for bad in ["", "Q", "884", "Q88a", "q884", "Q 1"] {
            assert_eq!(wd(bad), None, "{bad:?}");
        }
    }
}
