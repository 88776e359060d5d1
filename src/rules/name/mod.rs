//! Family `name`: people and organisations named inconsistently, or introduced late.
//! The rules read `facts.cast` (src/analysis/cast).

pub mod first_reference;
pub mod style;
pub mod truncated;
pub mod variant;
