//! The compiled tables of tortured-phrase discovery (built by `scripts/build_thesaurus.py`
//! from WordNet 3.1, Wiktionary's headwords, Moby Thesaurus II and wordfreq, and by
//! `scripts/build_usual_pairs.py` from CMU Sphinx's US English language model, see
//! `data/README.md`): two sorted, newline-separated texts and one binary table compiled in. At first use each
//! is indexed once into hash tables of slices of the compiled text (no copy, a few
//! milliseconds); every look-up is then one hash probe. The index is immutable.
//!
//! - `data/known-terms.txt`: one lowercase known term a line ("artificial intelligence").
//! - `data/thesaurus.txt`: `word<TAB>zipf*10<TAB>noun originals<TAB>other originals`: the
//!   word's frequency and the words a spinner may have replaced with it (`~` marks a link
//!   only Moby's thesaurus makes).
//! - `data/usual-pairs.bin`: the word pairs of the language model that discovery may ask
//!   about, each with its association; decoded once into a sorted array (binary search).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

const KNOWN_TERMS: &str = include_str!("../../../../data/known-terms.txt");
const THESAURUS: &str = include_str!("../../../../data/thesaurus.txt");
/// Word pairs of CMU Sphinx's US English language model (`scripts/build_usual_pairs.py`):
/// LEB128 key deltas (key = first word's line in thesaurus.txt * 65536 + second's), each
/// followed by the pair's association (a signed byte, ten times log10 of P(second | first)
/// over P(second)).
const USUAL_PAIRS: &[u8] = include_bytes!("../../../../data/usual-pairs.bin");

/// The known terms and every proper word prefix of one ("breast" of "breast cancer").
struct Terms {
    terms: FxHashSet<&'static str>,
    prefixes: FxHashSet<&'static str>,
    /// The last word of each term ("cancer" of "breast cancer").
    last_words: FxHashSet<&'static str>,
}

static KNOWN: LazyLock<Terms> = LazyLock::new(|| {
    let mut terms = FxHashSet::default();
    let mut prefixes = FxHashSet::default();
    let mut last_words = FxHashSet::default();
    for term in KNOWN_TERMS.lines().filter(|line| !line.is_empty()) {
        terms.insert(term);
        let mut last = 0;
        for (space, _) in term.match_indices(' ') {
            prefixes.insert(&term[..space]);
            last = space + 1;
        }
        last_words.insert(&term[last..]);
    }
    Terms { terms, prefixes, last_words }
});

/// Each thesaurus word's entry, by the word (its fields slices of the compiled text).
static WORDS: LazyLock<FxHashMap<&'static str, Entry>> = LazyLock::new(|| {
    THESAURUS
        .lines()
        .enumerate()
        .filter_map(|(id, line)| {
            let mut fields = line.split('\t');
            let word = fields.next()?;
            let zipf = fields.next()?.parse().ok()?;
            let (nouns, others) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
            let id = u16::try_from(id).ok()?;
            let mut entry = Entry { id, zipf, nouns, others, begins_term: false, ends_term: false };
            let begins_term = entry.originals(false).any(|(original, _)| is_known_prefix(original));
            let ends_term = entry.originals(true).any(|(original, _)| is_known_last_word(original));
            (entry.begins_term, entry.ends_term) = (begins_term, ends_term);
            Some((word, entry))
        })
        .collect()
});

/// Every thesaurus word with its entry.
pub fn entries() -> impl Iterator<Item = (&'static str, &'static Entry)> {
    WORDS.iter().map(|(word, entry)| (*word, entry))
}

#[cfg(test)]
fn first_field(line: &str) -> &str {
    line.as_bytes().iter().position(|&b| b == b'\t').map_or(line, |tab| &line[..tab])
}

/// Whether `term` (lowercase words separated by single spaces) is a known term.
pub fn is_known_term(term: &str) -> bool {
    KNOWN.terms.contains(term)
}

/// Whether some known term starts with the words `prefix` (followed by a space).
pub fn is_known_prefix(prefix: &str) -> bool {
    KNOWN.prefixes.contains(prefix)
}

/// Whether `word` ends some known term.
pub fn is_known_last_word(word: &str) -> bool {
    KNOWN.last_words.contains(word)
}

/// A word's line in the thesaurus: its Zipf frequency (times ten) and the originals it may
/// stand for, those linked through a noun sense apart.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The word's line in the table (the key of its pairs in the usual-pair table).
    id: u16,
    pub zipf: u8,
    nouns: &'static str,
    others: &'static str,
    /// Whether some original begins a known term (a phrase may start with the word).
    pub begins_term: bool,
    /// Whether some noun original ends a known term (a phrase may end with the word).
    pub ends_term: bool,
}

impl Entry {
    /// The originals, each with whether WordNet links it (else only Moby's broad
    /// thesaurus does, marked `~` in the table); only those linked through a noun sense
    /// when `head` (the word ends the term, and every known term is a noun).
    pub fn originals(&self, head: bool) -> impl Iterator<Item = (&'static str, bool)> {
        let others = if head { "" } else { self.others };
        self.nouns.split(' ').chain(others.split(' ')).filter(|word| !word.is_empty()).map(|word| {
            match word.strip_prefix('~') {
                Some(original) => (original, false),
                None => (word, true),
            }
        })
    }
}

pub fn entry(word: &str) -> Option<Entry> {
    WORDS.get(word).copied()
}

/// A word's Zipf frequency times ten (0 when the tables do not know it: a rare word).
pub fn zipf(word: &str) -> u8 {
    entry(word).map_or(0, |entry| entry.zipf)
}

/// The usual-pair table decoded once: sorted keys and each key's association.
static PAIRS: LazyLock<(Vec<u32>, Vec<i8>)> = LazyLock::new(|| {
    let (mut keys, mut scores) = (Vec::new(), Vec::new());
    let (mut key, mut delta, mut shift) = (0u32, 0u32, 0u32);
    let mut bytes = USUAL_PAIRS.iter();
    while let Some(&byte) = bytes.next() {
        delta |= u32::from(byte & 0x7F).checked_shl(shift).unwrap_or(0);
        shift += 7;
        if byte & 0x80 != 0 {
            continue;
        }
        let Some(&score) = bytes.next() else { break };
        key = key.wrapping_add(delta);
        keys.push(key);
        scores.push(i8::from_ne_bytes([score]));
        (delta, shift) = (0, 0);
    }
    (keys, scores)
});

/// How usual the pair "`first` `second`" is in English: `None` when the language model
/// has no such pair (a pair no more likely than its words' own frequencies predict, or
/// never seen), else its association, ten times log10(P(second | first) / P(second)):
/// "breast cancer" 37, "presidential nomination" 21, a pair as likely as chance about 0.
/// Only pairs whose words may stand for an adjacent pair of a known term are kept.
pub fn pair_association(first: &str, second: &str) -> Option<i8> {
    let (first, second) = (entry(first)?, entry(second)?);
    let key = u32::from(first.id) << 16 | u32::from(second.id);
    let (keys, scores) = &*PAIRS;
    keys.binary_search(&key).ok().map(|at| scores[at])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_sorted_and_unique() {
        let terms: Vec<&str> = KNOWN_TERMS.lines().collect();
        assert!(terms.len() > 5_000);
        assert!(terms.windows(2).all(|pair| pair[0] < pair[1]));
        let words: Vec<&str> = THESAURUS.lines().map(first_field).collect();
        assert!(words.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn the_usual_pair_table_decodes_to_sorted_pairs_with_their_association() {
        let (keys, scores) = &*PAIRS;
        assert!(keys.len() > 100_000 && keys.len() == scores.len());
        assert!(keys.windows(2).all(|pair| pair[0] < pair[1]));
        let breast_cancer = pair_association("breast", "cancer").expect("a usual pair");
        assert!(breast_cancer > 20, "{breast_cancer}");
        assert!(pair_association("presidential", "nomination").is_some());
        assert_eq!(pair_association("bosom", "peril"), None);
        assert_eq!(pair_association("counterfeit", "consciousness"), None);
        assert_eq!(pair_association("qqqxq", "cancer"), None);
    }

    #[test]
    fn finds_terms_prefixes_and_words() {
        assert!(is_known_term("artificial intelligence"));
        assert!(is_known_term("breast cancer"));
        assert!(!is_known_term("artificial"));
        assert!(!is_known_term("counterfeit consciousness"));
        assert!(is_known_prefix("breast"));
        assert!(!is_known_prefix("breast cancer"));
        assert!(!is_known_prefix("zzzz"));
        let woodland = entry("woodland").expect("woodland is in the thesaurus");
        assert!(woodland.originals(true).any(|(original, _)| original == "forest"));
        let halt = entry("halt").expect("halt is in the thesaurus");
        assert!(halt.originals(false).any(|(original, _)| original == "game"));
        assert!(!halt.originals(true).any(|(original, _)| original == "game"));
        assert!(zipf("minister") > zipf("clergyman"));
        assert_eq!(zipf("qqqxq"), 0);
        // Every line of both tables is found.
        for term in KNOWN_TERMS.lines().step_by(97) {
            assert!(is_known_term(term), "{term}");
        }
        for line in THESAURUS.lines().step_by(97) {
            assert!(entry(first_field(line)).is_some(), "{line}");
        }
        assert!(entry("").is_none() && !is_known_term("") && !is_known_prefix(""));
    }
}
