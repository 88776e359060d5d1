//! Family `garbled`: text broken by machine translation, article spinners or careless edits.

pub mod possessive;
pub mod punctuation;
pub mod repeated_word;
pub mod sentence_break;
pub mod tortured_phrase;
pub mod unbalanced;
