//! What a word followed by a period can be: an abbreviation, an initial, an initialism.
//! The segmenter and the sentence-break rule share this knowledge so they never disagree.

use super::word_lists::{NAME_PARTICLES, SENTENCE_OPENERS};

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

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "mx",
    "messrs",
    "mmes",
    "dr",
    "drs",
    "prof",
    "gen",
    "gens",
    "sen",
    "sens",
    "rep",
    "reps",
    "gov",
    "govs",
    "lt",
    "col",
    "capt",
    "cpt",
    "sgt",
    "cpl",
    "pvt",
    "adm",
    "cmdr",
    "cdr",
    "maj",
    "brig",
    "rev",
    "fr",
    "hon",
    "pres",
    "supt",
    "det",
    "insp",
    "st",
    "mt",
    "ft",
    "vs",
    "v",
    "atty",
    "amb",
    "sr",
    "sra",
    "mme",
    "mlle",
    "lieut",
    "gov-elect",
];

const BEFORE_NUMBER: &[&str] = &["no", "nos", "vol", "vols", "fig", "figs", "art", "sec", "ch", "pp", "p", "op", "ex"];

const ORDINARY: &[&str] = &[
    // Companies and people.
    "corp", "inc", "co", "ltd", "plc", "bros", "jr", "sr", "esq", "assn", "assoc", "dept", "univ", "intl", "natl",
    "govt", // Latin and measures.
    "etc", "approx", "est", "ca", "cf", "al", "viz", "incl", "excl", "min", "max", "avg", "tel", "ft", "in", "lb",
    "lbs", "oz", "yd", "yds", "mi", "km", "sq", "pct", // Months (not May, June, July) and days.
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", // Places.
    "ave", "blvd", "rd", "hwy", "sq", "ste", "apt", "bldg", "mts", // AP state abbreviations.
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "okla", "ore", "pa", "penn", "tenn", "tex",
    "va", "vt", "wash", "wis", "wisc", "wyo",
];

/// Bits of `lists_holding`.
const IN_TITLES: u8 = 1;
const IN_BEFORE_NUMBER: u8 = 2;
const IN_ORDINARY: u8 = 4;

/// Which of the lists hold `lower`: asked of every word before a period, so the lists are
/// one hash table, not three scans.
fn lists_holding(lower: &str) -> u8 {
    static LISTS: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u8>> = std::sync::OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let mut lists = rustc_hash::FxHashMap::default();
        for (list, bit) in [(TITLES, IN_TITLES), (BEFORE_NUMBER, IN_BEFORE_NUMBER), (ORDINARY, IN_ORDINARY)] {
            for &entry in list {
                *lists.entry(entry).or_default() |= bit;
            }
        }
        lists
    });
    lists.get(lower).copied().unwrap_or(0)
}

/// No entry of the lists is longer, in bytes.
const LONGEST_ASCII_WORD: usize = 16;

/// An ASCII `word` lowercased into `buffer`; `None` for a longer or a non-ASCII word.
fn ascii_lowercase<'b>(word: &str, buffer: &'b mut [u8; LONGEST_ASCII_WORD]) -> Option<&'b str> {
    let lower = buffer.get_mut(..word.len()).filter(|_| word.is_ascii())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
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
    let mut buffer = [0u8; LONGEST_ASCII_WORD];
    let owned;
    let lower = match ascii_lowercase(word, &mut buffer) {
        Some(lower) => lower,
        None if word.is_ascii() => return None,
        None => {
            owned = word.to_lowercase();
            owned.as_str()
        }
    };
    let lists = lists_holding(lower);
    if lists & IN_TITLES != 0 && first.is_uppercase() || lower == "vs" || lower == "v" {
        // "St." and "Sen." are titles; the lowercase forms are not ("he sat. st" is garble).
        Some(Abbreviation::Title)
    } else if lists & IN_BEFORE_NUMBER != 0 {
        Some(Abbreviation::BeforeNumber)
    } else if lists & IN_ORDINARY != 0 {
        // Lowercase everyday words that double as abbreviations ("in", "ill", "mass",
        // "wash", "sun") are words when written in lowercase.
        let lowercase_is_abbreviation = matches!(
            lower,
            "etc"
                | "approx"
                | "est"
                | "ca"
                | "cf"
                | "al"
                | "viz"
                | "incl"
                | "excl"
                | "lb"
                | "lbs"
                | "oz"
                | "yd"
                | "yds"
                | "km"
                | "sq"
                | "pct"
                | "ft"
                | "mi"
        );
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
    let lower = word.to_lowercase();
    SENTENCE_OPENERS.contains(&lower.as_str()) || matches!(lower.as_str(), "i" | "officials")
}

/// Lowercase name particles that may open a sentence: "de Blasio said", "van der Berg".
/// Seen only in lowercase before a capitalised word, so "do" ("do Nascimento"), "ben"
/// ("ben Ali") and "bint" count here too, though "do" is an English word and "Ben" a
/// given name elsewhere.
pub fn is_name_particle(word: &str) -> bool {
    let head = word.split(['-', '\'', '’']).next().unwrap_or(word);
    NAME_PARTICLES.contains(&head) || matches!(head, "do" | "ben" | "bint")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_fits_the_lowercasing_buffer() {
        assert!(TITLES.iter().chain(BEFORE_NUMBER).chain(ORDINARY).all(|entry| entry.len() <= LONGEST_ASCII_WORD));
    }

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
