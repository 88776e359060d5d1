//! Family `quote`: every quotation has a source, and a source's own words are marked as a
//! quotation. The facts come from `analysis::quotes`; these rules only judge them.

pub mod anonymous_source;
pub mod unattributed;
pub mod unbalanced;
pub mod unmarked;
