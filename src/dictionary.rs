//! The dictionaries' word lists: SCOWL's en_US and en_GB-ise Hunspell files (data/dictionaries,
//! see data/README.md), compiled in and parsed once per process on first use, and the one
//! lookup every layer above asks: is this a word of the dictionary? The spelling rule
//! (`rules::spelling::dictionary`) adds what news copy does to words (possessives,
//! compounds, suggestions); the cast asks whether a capitalised word is a common word
//! ([`is_common_word`]).
//!
//! Parsing takes about ten milliseconds, so nothing parses at start-up: the server and the
//! command line load the dictionary on a thread of their own ([`warm`], through
//! `engine::load_dictionary`) while the first draft is read, and the browser pays on its
//! first draft.
//!
//! `None` for the dialect means either: one dictionary made of both word lists (they share
//! the affix file), so a word either knows is spelt right, at the memory of one.

use std::sync::LazyLock;

/// The parsed dictionary, hashed with a fixed hasher: spellbook's default hasher is seeded
/// at random per process, and the order of its tables decides which candidates a
/// suggestion search keeps, so suggestions changed from run to run.
type Dictionary = spellbook::Dictionary<std::hash::BuildHasherDefault<rustc_hash::FxHasher>>;

use crate::settings::Dialect;

static EN_US: LazyLock<Option<Dictionary>> = LazyLock::new(|| load(Some(Dialect::EnUs)));
static EN_GB: LazyLock<Option<Dictionary>> = LazyLock::new(|| load(Some(Dialect::EnGb)));
static EITHER: LazyLock<Option<Dictionary>> = LazyLock::new(|| load(None));

const AFFIXES: &str = include_str!("../data/dictionaries/en-US/index.aff");
pub(crate) const EN_US_WORDS: &str = include_str!("../data/dictionaries/en-US/index.dic");
pub(crate) const EN_GB_WORDS: &str = include_str!("../data/dictionaries/en-GB/index.dic");

/// SCOWL's words of sizes 70 and 80 that the size-60 Hunspell files lack ("defund",
/// "adoptees", "helmed"), fully inflected, sorted, one a line (data/README.md,
/// `scripts/build_extra_words.py`): words of either dialect, then of each.
const RARE_BOTH: &str = include_str!("../data/dictionaries/extra/both.txt");
const RARE_EN_US: &str = include_str!("../data/dictionaries/extra/en-US.txt");
const RARE_EN_GB: &str = include_str!("../data/dictionaries/extra/en-GB.txt");

/// Parses the compiled-in dictionary of `dialect` (of both, for `None`). The checks use the
/// one copy parsed on first use; this is public for the benchmark of the parse itself.
pub fn load(dialect: Option<Dialect>) -> Option<Dictionary> {
    let name = dialect.map_or("either", Dialect::as_str);
    let started = clock();
    let parsed = match dialect {
        Some(Dialect::EnUs) => Dictionary::new_with_hasher(AFFIXES, EN_US_WORDS, Default::default()),
        Some(Dialect::EnGb) => Dictionary::new_with_hasher(AFFIXES, EN_GB_WORDS, Default::default()),
        None => Dictionary::new_with_hasher(AFFIXES, &both_word_lists(), Default::default()),
    };
    match parsed {
        Ok(dictionary) => {
            let elapsed_ms = started.map(|started| started.elapsed().as_millis() as u64);
            tracing::debug!(dialect = name, ?elapsed_ms, "dictionary");
            Some(dictionary)
        }
        Err(error) => {
            // The files are compiled in and tested: this is a broken build, not bad input.
            tracing::error!(dialect = name, %error, "the dictionary does not parse; no spelling check");
            None
        }
    }
}

/// Now, where there is a clock: in the browser (wasm32-unknown-unknown) `Instant::now`
/// panics, so the parse goes untimed there.
fn clock() -> Option<std::time::Instant> {
    if cfg!(target_arch = "wasm32") { None } else { Some(std::time::Instant::now()) }
}

/// The en-US and en-GB word lists as one `.dic`: a count line, then every entry of either
/// (an entry both share once). Both lists are sorted (a test checks), so the entries only
/// en-GB has are found in one walk along both, with no table of a hundred thousand lines.
pub(crate) fn both_word_lists() -> String {
    let entries = |list: &'static str| list.lines().skip(1).filter(|line| !line.trim().is_empty());
    let mut us = entries(EN_US_WORDS).peekable();
    let mut only_gb = Vec::new();
    for line in entries(EN_GB_WORDS) {
        while us.next_if(|us_line| *us_line < line).is_some() {}
        if us.next_if_eq(&line).is_none() {
            only_gb.push(line);
        }
    }
    let count = entries(EN_US_WORDS).count() + only_gb.len();
    let mut text = String::with_capacity(EN_US_WORDS.len() + EN_GB_WORDS.len() / 10);
    text.push_str(&count.to_string());
    for line in entries(EN_US_WORDS).chain(only_gb) {
        text.push('\n');
        text.push_str(line);
    }
    text
}

pub(crate) fn dictionary(dialect: Option<Dialect>) -> Option<&'static Dictionary> {
    match dialect {
        Some(Dialect::EnUs) => EN_US.as_ref(),
        Some(Dialect::EnGb) => EN_GB.as_ref(),
        None => EITHER.as_ref(),
    }
}

/// Parses the dictionary a setting asks for now, so the first check does not wait.
pub fn warm(dialect: Option<Dialect>) {
    let _ = dictionary(dialect);
}

/// Hunspell's verdict on one form; British English also takes Oxford "-ize" ("organized").
pub(crate) fn spelt_right(dialect: Option<Dialect>, form: &str) -> bool {
    dictionary(dialect).is_some_and(|dictionary| {
        dictionary.check(form)
            || (dialect == Some(Dialect::EnGb) && form.contains("iz") && dictionary.check(&form.replace("iz", "is")))
    })
}

/// Whether `word` is one of the dictionary's own words as written (common or rare), not a
/// compound or plural made of them: "Martland" ("mart" + "land") is no word a writer chose.
pub fn is_listed_word(dialect: Option<Dialect>, word: &str) -> bool {
    spelt_right(dialect, word) || is_rare_word(dialect, word)
}

/// Whether a sorted list of lines (`\n` after each) holds `word`: a binary search over the
/// text itself, which costs neither parsing nor memory.
pub(crate) fn sorted_lines_contain(lines: &str, word: &str) -> bool {
    sorted_lines_find(lines, word, |line| line)
}

/// Whether a sorted list of lines has one whose `key` is `word`, searched in place.
fn sorted_lines_find(lines: &str, word: &str, key: impl Fn(&[u8]) -> &[u8]) -> bool {
    // Bytes, not characters: a middle byte inside a character cannot panic.
    let (lines, word) = (lines.as_bytes(), word.as_bytes());
    let (mut low, mut high) = (0, lines.len());
    while low < high {
        let middle = (low + high) / 2;
        let start = lines[..middle].iter().rposition(|&b| b == b'\n').map_or(0, |at| at + 1);
        let end = lines[start..].iter().position(|&b| b == b'\n').map_or(lines.len(), |at| start + at);
        match key(&lines[start..end]).cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    false
}

/// Whether `form` is one of SCOWL's rarer words (sizes 70 and 80) for `dialect`, written
/// in lowercase, capitalised or in capitals. Accepted as words, never taken as the word a
/// slip was meant to be: slips are weighed against the common words only (see
/// `rules::spelling::dictionary::is_slip_of_a_word`).
pub(crate) fn is_rare_word(dialect: Option<Dialect>, form: &str) -> bool {
    let mut letters = form.chars();
    let first_upper = letters.next().is_some_and(char::is_uppercase);
    let rest: String = letters.collect();
    let lower = if !form.chars().any(char::is_uppercase) {
        std::borrow::Cow::Borrowed(form)
    } else if (first_upper && !rest.chars().any(char::is_uppercase)) || !form.chars().any(char::is_lowercase) {
        std::borrow::Cow::Owned(form.to_lowercase())
    } else {
        return false;
    };
    if !lower.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let listed = |lines: &str| sorted_lines_contain(lines, &lower);
    listed(RARE_BOTH)
        || match dialect {
            Some(Dialect::EnUs) => listed(RARE_EN_US),
            Some(Dialect::EnGb) => {
                listed(RARE_EN_GB)
                    || (lower.contains("iz") && sorted_lines_contain(RARE_EN_GB, &lower.replace("iz", "is")))
            }
            None => listed(RARE_EN_US) || listed(RARE_EN_GB),
        }
}

/// Whether a `.dic` word list (a count line, then entries sorted, each `stem/flags` or
/// `stem`) has an entry whose stem is `word` as written.
fn has_entry(list: &str, word: &str) -> bool {
    sorted_lines_find(list, word, |line| line.iter().position(|&b| b == b'/').map_or(line, |slash| &line[..slash]))
}

/// Whether either word list has `word` as an entry of its own, as written: a name the
/// dictionary knows ("Reagan", "Buffalo"), or a word it lists capitalised.
pub fn is_listed_name(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase()) && (has_entry(EN_US_WORDS, word) || has_entry(EN_GB_WORDS, word))
}

/// Whether a capitalised word ("State", "Friends", "Latest") is a common word written with
/// a capital: its lowercase form is a word of either dialect's dictionary (common or rare,
/// inflected or not), and neither word list has the capitalised word as an entry of its
/// own, as they have the names that are also words ("Bush", "Hope", "Buffalo", "Reading",
/// "Apple", "May"). A word in capitals or with a capital inside is no common word's shape.
pub fn is_common_word(word: &str) -> bool {
    let mut chars = word.chars();
    let shaped = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.clone().next().is_some()
        && chars.all(|c| c.is_ascii_lowercase());
    if !shaped {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    // "Democrats", "Catholics", "Bushes": the plural of a capitalised entry is a name's.
    let singular = [word.strip_suffix("es"), word.strip_suffix('s')];
    (spelt_right(None, &lower) || is_rare_word(None, &lower))
        && !is_listed_name(word)
        && !singular.into_iter().flatten().any(|form| form.len() > 1 && is_listed_name(form))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The merged word list's walk needs both lists sorted and free of repeats; it gives
    /// what a table of every line seen gives.
    #[test]
    fn the_merged_word_list_is_each_entry_of_either_once() {
        let entries = |list: &'static str| list.lines().skip(1).filter(|line| !line.trim().is_empty());
        for list in [EN_US_WORDS, EN_GB_WORDS] {
            assert!(entries(list).zip(entries(list).skip(1)).all(|(a, b)| a < b), "a word list is not sorted");
        }
        let mut seen = rustc_hash::FxHashSet::default();
        let by_table: Vec<&str> =
            entries(EN_US_WORDS).chain(entries(EN_GB_WORDS)).filter(|line| seen.insert(*line)).collect();
        let merged = both_word_lists();
        let mut lines = merged.lines();
        assert_eq!(lines.next(), Some(by_table.len().to_string().as_str()));
        assert!(lines.eq(by_table.iter().copied()));
    }

    /// Common words capitalised, inflected too, are common words; names that are also
    /// words have entries of their own, and other shapes are no common word's.
    #[test]
    fn common_words_written_with_a_capital() {
        for word in ["State", "Latest", "Gang", "Editing", "Working", "Chapter", "Keep", "Too"] {
            assert!(is_common_word(word), "{word}");
        }
        for word in ["Bush", "Hope", "Buffalo", "Reading", "Apple", "May", "Rich", "Fox", "Koch", "Okafor"] {
            assert!(!is_common_word(word), "{word}");
        }
        for word in ["Democrats", "Catholics", "Bushes", "Republicans", "Protestants"] {
            assert!(!is_common_word(word), "{word}");
        }
        for word in ["STATE", "state", "NewsPulse", "S", "Státe", ""] {
            assert!(!is_common_word(word), "{word}");
        }
        // Names the dictionary lists as written; common words and lowercase forms are not.
        assert!(is_listed_name("Reagan") && is_listed_name("Buffalo"));
        assert!(!is_listed_name("State") && !is_listed_name("reagan") && !is_listed_name("Okafor"));
    }
}
