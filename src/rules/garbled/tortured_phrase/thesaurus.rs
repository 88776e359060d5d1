//! The compiled tables of tortured-phrase discovery, searched where they lie in the
//! binary: two sorted, newline-separated texts (built by `scripts/build_thesaurus.py` from
//! WordNet 3.1 and wordfreq, see `data/README.md`), so nothing is parsed at start-up and
//! a look-up is a binary search over the bytes.
//!
//! - `data/known-terms.txt`: one lowercase known term a line ("artificial intelligence").
//! - `data/thesaurus.txt`: `word<TAB>zipf*10<TAB>original original ...`: the word's
//!   frequency and the words a spinner may have replaced with it.

const KNOWN_TERMS: &str = include_str!("../../../../data/known-terms.txt");
const THESAURUS: &str = include_str!("../../../../data/thesaurus.txt");

/// The start of the line holding byte `at` (a byte of `table`).
fn line_start(table: &str, at: usize) -> usize {
    table.as_bytes()[..at].iter().rposition(|&b| b == b'\n').map_or(0, |newline| newline + 1)
}

fn line_end(table: &str, start: usize) -> usize {
    table.as_bytes()[start..].iter().position(|&b| b == b'\n').map_or(table.len(), |offset| start + offset)
}

/// The first line of `table` (sorted by its `key` part) whose key is not below `target`:
/// its byte range, or `None` past the end.
fn lower_bound(table: &str, target: &str, key: fn(&str) -> &str) -> Option<(usize, usize)> {
    let (mut low, mut high) = (0, table.len());
    // Invariant: every line starting before `low` is below the target, every line
    // starting at or after `high` is not; `low` is always a line start.
    while low < high {
        let start = line_start(table, low + (high - low) / 2).max(low);
        let end = line_end(table, start);
        if key(&table[start..end]) < target {
            low = end + 1;
        } else {
            high = start;
        }
    }
    (low < table.len()).then(|| (low, line_end(table, low)))
}

fn whole_line(line: &str) -> &str {
    line
}

fn first_field(line: &str) -> &str {
    line.split('\t').next().unwrap_or(line)
}

/// Whether `term` (lowercase words separated by single spaces) is a known term.
pub fn is_known_term(term: &str) -> bool {
    lower_bound(KNOWN_TERMS, term, whole_line).is_some_and(|(start, end)| &KNOWN_TERMS[start..end] == term)
}

/// Whether some known term starts with the words `prefix` (followed by a space).
pub fn is_known_prefix(prefix: &str) -> bool {
    lower_bound(KNOWN_TERMS, prefix, whole_line).is_some_and(|(start, end)| {
        let line = &KNOWN_TERMS[start..end];
        line.len() > prefix.len() && line.starts_with(prefix) && line.as_bytes()[prefix.len()] == b' '
    })
}

/// A word's line in the thesaurus: its Zipf frequency (times ten) and the originals it may
/// stand for.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub zipf: u8,
    originals: &'static str,
}

impl Entry {
    pub fn originals(&self) -> impl Iterator<Item = &'static str> {
        self.originals.split(' ').filter(|word| !word.is_empty())
    }
}

pub fn entry(word: &str) -> Option<Entry> {
    let (start, end) = lower_bound(THESAURUS, word, first_field)?;
    let mut fields = THESAURUS[start..end].split('\t');
    if fields.next()? != word {
        return None;
    }
    let zipf = fields.next()?.parse().ok()?;
    Some(Entry { zipf, originals: fields.next().unwrap_or("") })
}

/// A word's Zipf frequency times ten (0 when the tables do not know it: a rare word).
pub fn zipf(word: &str) -> u8 {
    entry(word).map_or(0, |entry| entry.zipf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_sorted_so_binary_search_holds() {
        let terms: Vec<&str> = KNOWN_TERMS.lines().collect();
        assert!(terms.len() > 5_000);
        assert!(terms.windows(2).all(|pair| pair[0] < pair[1]));
        let words: Vec<&str> = THESAURUS.lines().map(first_field).collect();
        assert!(words.windows(2).all(|pair| pair[0] < pair[1]));
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
        assert!(woodland.originals().any(|original| original == "forest"));
        assert!(zipf("minister") > zipf("clergyman"));
        assert_eq!(zipf("qqqxq"), 0);
        // Every line of both tables is found (the binary search has no blind spot).
        for term in KNOWN_TERMS.lines().step_by(97) {
            assert!(is_known_term(term), "{term}");
        }
        for line in THESAURUS.lines().step_by(97) {
            assert!(entry(first_field(line)).is_some(), "{line}");
        }
        assert!(entry("").is_none() && !is_known_term("") && !is_known_prefix(""));
    }
}
