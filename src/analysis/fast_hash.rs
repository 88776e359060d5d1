//! A small, fast hasher for the name analysis's own tables (word lists, cluster indexes):
//! rustc's `FxHasher` from `rustc-hash`, under the names the analysis uses.
//!
//! The keys are short words and precomputed hashes, looked up for nearly every capitalised
//! word of a draft; the standard SipHash costs more than the lookups themselves there. A
//! collision in these tables only costs time (the cluster indexes re-check every
//! candidate), never a different result.

pub use rustc_hash::FxHasher as FastHasher;

pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub type FastSet<K> = rustc_hash::FxHashSet<K>;
