//! Oxigraph embedded in the process: RocksDB on disk (`--store DIR`) or in memory.

/// The embedded Oxigraph store.
#[derive(Clone)]
pub struct EmbeddedStore {
    inner: oxigraph::store::Store,
}

impl EmbeddedStore {
    /// An in-memory store (tests).
    pub fn in_memory() -> Self {
        EmbeddedStore {
            inner: oxigraph::store::Store::new().expect("in-memory store"),
        }
    }
}
