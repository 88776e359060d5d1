//! Word lists that the sentence segmenter, the sentence-break rule, the name analysis and
//! the quote analysis share, so they never disagree about a word. Each reader may add
//! words of its own beside its use; the shared words are listed here once.

/// Function words that open sentences far more often than they start or continue a name:
/// "...in the U.S. The talks" splits after the initialism, and "The" never starts a name.
/// Lowercase.
pub const SENTENCE_OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "as",
    "at",
    "in",
    "on",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "there",
    "here",
    "then",
    "now",
    "however",
    "meanwhile",
    "still",
    "also",
    "some",
    "many",
    "most",
    "all",
    "both",
    "no",
    "not",
    "one",
    "two",
    "three",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "according",
    "last",
    "earlier",
    "later",
    "during",
    "despite",
    "although",
    "though",
];

/// Lowercase particles inside names: "van der Berg", "de la Cruz", "bin Salman".
pub const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten", "bin",
    "ibn", "al", "el", "zu", "y", "af",
];

/// `first` then `second`, as one list: a reader's own words added to a shared list at
/// compile time (`N` is the sum of their lengths).
pub const fn joined<const N: usize>(first: &[&'static str], second: &[&'static str]) -> [&'static str; N] {
    assert!(N == first.len() + second.len(), "N must be the sum of the lists' lengths");
    let mut out = [""; N];
    let mut index = 0;
    while index < first.len() {
        out[index] = first[index];
        index += 1;
    }
    while index < N {
        out[index] = second[index - first.len()];
        index += 1;
    }
    out
}

/// Weekdays and months, lowercase: never names, and words of time in attributions
/// ("Officials on Monday said").
pub const WEEKDAYS_AND_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_keeps_both_lists_in_order() {
        const BOTH: [&str; 3] = joined(&["a", "b"], &["c"]);
        assert_eq!(BOTH, ["a", "b", "c"]);
    }
}
