//! What a word followed by a period can be: an abbreviation, an initial, an initialism.
//! The segmenter and the sentence-break rule share this knowledge so they never disagree.

use super::lexicon::{self, NAME_PARTICLE, SENTENCE_OPENER};

/// How an abbreviation behaves before the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbreviation {
    /// Stands before a name and never ends a sentence: "Mr.", "Gen.", "vs.".
    Title,
    /// Ends a sentence only when a number does not follow: "No. 5", "Fig. 3".
    BeforeNumber,
    /// A single capital: "Robert F. Kennedy".
    Initial,
    /// Periods inside: "U.S.", "e.g.", "a.m.", "Ph.D.".
    Initialism,
    /// Ends a sentence when a capitalised word follows, not a lowercase one:
    /// "Barrick Gold Corp. and" vs "Huawei Technologies Co. Washington persists".
    Ordinary,
}

/// What `word` (the text before a period, without it) is, if it is an abbreviation.
pub fn abbreviation_kind(word: &str) -> Option<Abbreviation> {
    let mut chars = word.chars();
    let first = chars.next()?;
    if chars.next().is_none() {
        return first.is_uppercase().then_some(Abbreviation::Initial);
    }
    if is_initialism(word) {
        return Some(Abbreviation::Initialism);
    }
    let roles = lexicon::roles_of(word);
    let lower = |abbreviation: &str| word.eq_ignore_ascii_case(abbreviation);
    if roles & lexicon::TITLE_ABBREVIATION != 0 && first.is_uppercase() || lower("vs") || lower("v") {
        // "St." and "Sen." are titles; the lowercase forms are not ("he sat. st" is garble).
        Some(Abbreviation::Title)
    } else if roles & lexicon::NUMBER_ABBREVIATION != 0 {
        Some(Abbreviation::BeforeNumber)
    } else if roles & lexicon::ORDINARY_ABBREVIATION != 0 {
        // Lowercase everyday words that double as abbreviations ("in", "ill", "mass",
        // "wash", "sun") are words when written in lowercase.
        let lowercase_is_abbreviation = roles & lexicon::LOWERCASE_ABBREVIATION != 0;
        (first.is_uppercase() || lowercase_is_abbreviation).then_some(Abbreviation::Ordinary)
    } else {
        None
    }
}

/// "U.S", "e.g", "a.m", "Ph.D", "D.C": short parts joined by periods.
fn is_initialism(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| !part.is_empty() && part.chars().count() <= 2 && part.chars().all(char::is_alphabetic))
}

/// Capitalised words that open sentences far more often than they continue a name after
/// an initialism: "...in the U.S. The talks" splits, "U.S. Senate" does not. News copy
/// also opens with "I" and "Officials" there ("...in the U.S. Officials said").
pub fn is_common_sentence_opener(word: &str) -> bool {
    lexicon::roles_of(word) & SENTENCE_OPENER != 0
        || matches!(super::tokens::lowercase(word).as_ref(), "i" | "officials")
}

/// Lowercase name particles that may open a sentence: "de Blasio said", "van der Berg".
/// Seen only in lowercase before a capitalised word, so "do" ("do Nascimento"), "ben"
/// ("ben Ali") and "bint" count here too, though "do" is an English word and "Ben" a
/// given name elsewhere.
pub fn is_name_particle(word: &str) -> bool {
    let head = word.split(['-', '\'', '’']).next().unwrap_or(word);
    lexicon::roles_of_lowercase(head) & NAME_PARTICLE != 0 || matches!(head, "do" | "ben" | "bint")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(abbreviation_kind("Corp"), Some(Abbreviation::Ordinary));
        assert_eq!(abbreviation_kind("Mr"), Some(Abbreviation::Title));
        assert_eq!(abbreviation_kind("F"), Some(Abbreviation::Initial));
        assert_eq!(abbreviation_kind("U.S"), Some(Abbreviation::Initialism));
        assert_eq!(abbreviation_kind("p.m"), Some(Abbreviation::Initialism));
        assert_eq!(abbreviation_kind("No"), Some(Abbreviation::BeforeNumber));
        assert_eq!(abbreviation_kind("Calif"), Some(Abbreviation::Ordinary));
        assert_eq!(abbreviation_kind("etc"), Some(Abbreviation::Ordinary));
        assert_eq!(abbreviation_kind("ended"), None);
        assert_eq!(abbreviation_kind("ill"), None);
        assert_eq!(abbreviation_kind("a"), None);
        assert_eq!(abbreviation_kind("Znak.com"), None);
    }
}
