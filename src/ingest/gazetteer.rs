//! The gazetteer: known entities (countries, capitals, international organizations, Korean
//! ministries and agencies with former names, posts, event series) with ko/en labels,
//! aliases and Wikidata ids, loaded from the TSV files in `data/gazetteer/` (compiled into
//! the binary with `include_str!`, so the service always has them).

use crate::model::{DateValue, Entity, EntityKey, EventKind};

/// Gazetteer facts that are not part of [`Entity`]: validity period, successor, post
/// titles, series kinds, and where the line came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GazetteerRecord {
    /// `from=YYYY-MM`: first month the name/body was in force.
    pub from: Option<DateValue>,
    /// `until=YYYY-MM`: month it was renamed or dissolved (exclusive).
    pub until: Option<DateValue>,
    /// `succeeded_by=kind/slug`.
    pub succeeded_by: Option<EntityKey>,
    /// `capital`: the city is a capital.
    pub capital: bool,
    /// `title_en=…`: the bare title of a post (`Minister`).
    pub title_en: Option<String>,
    /// `title_ko=…`: the bare Korean title of a post (`장관`).
    pub title_ko: Option<String>,
    /// `event_kind=…` on a series: the kind of its events.
    pub event_kind: Option<EventKind>,
    /// Other `key=value` or bare flags, as written (e.g. `ko_order=year_first`).
    pub other: Vec<(String, Option<String>)>,
    /// The file the entity was defined in.
    pub file: String,
    /// The 1-based line number.
    pub line: usize,
}

/// The loaded gazetteer.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
}

impl Gazetteer {
    /// The gazetteer compiled into the binary from `data/gazetteer/*.tsv`.
    pub fn builtin() -> &'static Gazetteer {
        todo!()
    }

    /// Every entity, in file order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this key, if known.
    pub fn get(&self, key: &EntityKey) -> Option<&Entity> {
        self.entities.iter().find(|e| &e.key == key)
    }

    /// The gazetteer facts of the entity with this key (flags, source line), if known.
    /// (Stub on this branch: the stub gazetteer keeps no records.)
    pub fn record(&self, key: &EntityKey) -> Option<&GazetteerRecord> {
        let _ = key;
        None
    }
}
