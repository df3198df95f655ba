//! The gazetteer: known entities (countries, capitals, international organizations, Korean
//! ministries and agencies with former names, posts, event series) with ko/en labels,
//! aliases and Wikidata ids, loaded from the TSV files in `data/gazetteer/` (compiled into
//! the binary with `include_str!`, so the service always has them).

use crate::model::{Entity, EntityKey};

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
}
