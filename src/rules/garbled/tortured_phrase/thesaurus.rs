//! The compiled tables of tortured-phrase discovery, searched where they lie in the
//! binary: two sorted, newline-separated texts (built by `scripts/build_thesaurus.py` from
//! WordNet 3.1 and wordfreq, see `data/README.md`): nothing is parsed; the first look-up
//! finds the line starts (well under a millisecond), and each look-up is a binary search.
//!
//! - `data/known-terms.txt`: one lowercase known term a line ("artificial intelligence").
//! - `data/thesaurus.txt`: `word<TAB>zipf*10<TAB>noun originals<TAB>other originals`: the
//!   word's frequency and the words a spinner may have replaced with it.

use std::sync::LazyLock;

const KNOWN_TERMS: &str = include_str!("../../../../data/known-terms.txt");
const THESAURUS: &str = include_str!("../../../../data/thesaurus.txt");

/// A table and the starts of its lines, found once, at the table's first use (a pass
/// over a few hundred kilobytes): a look-up is then a binary search over line starts.
struct Table {
    text: &'static str,
    starts: Vec<u32>,
}

impl Table {
    fn new(text: &'static str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|newline| newline as u32 + 1));
        if starts.last().is_some_and(|&last| last as usize >= text.len()) {
            starts.pop();
        }
        Table { text, starts }
    }

    fn line(&self, index: usize) -> &'static str {
        let start = self.starts[index] as usize;
        let end = self.starts.get(index + 1).map_or(self.text.len(), |&next| next as usize - 1);
        &self.text[start..end]
    }

    /// The first line whose `key` part is not below `target`.
    fn lower_bound(&self, target: &str, key: fn(&str) -> &str) -> Option<&'static str> {
        let (mut low, mut high) = (0, self.starts.len());
        while low < high {
            let middle = low + (high - low) / 2;
            if key(self.line(middle)) < target {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        (low < self.starts.len()).then(|| self.line(low))
    }
}

static KNOWN: LazyLock<Table> = LazyLock::new(|| Table::new(KNOWN_TERMS));
static WORDS: LazyLock<Table> = LazyLock::new(|| Table::new(THESAURUS));

fn whole_line(line: &str) -> &str {
    line
}

fn first_field(line: &str) -> &str {
    line.as_bytes().iter().position(|&b| b == b'\t').map_or(line, |tab| &line[..tab])
}

/// Whether `term` (lowercase words separated by single spaces) is a known term.
pub fn is_known_term(term: &str) -> bool {
    KNOWN.lower_bound(term, whole_line).is_some_and(|line| line == term)
}

/// Whether some known term starts with the words `prefix` (followed by a space).
pub fn is_known_prefix(prefix: &str) -> bool {
    KNOWN.lower_bound(prefix, whole_line).is_some_and(|line| {
        line.len() > prefix.len() && line.starts_with(prefix) && line.as_bytes()[prefix.len()] == b' '
    })
}

/// A word's line in the thesaurus: its Zipf frequency (times ten) and the originals it may
/// stand for, those linked through a noun sense apart.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub zipf: u8,
    nouns: &'static str,
    others: &'static str,
}

impl Entry {
    /// The originals; only those linked through a noun sense when `head` (the word ends
    /// the term, and every known term is a noun).
    pub fn originals(&self, head: bool) -> impl Iterator<Item = &'static str> {
        let others = if head { "" } else { self.others };
        self.nouns.split(' ').chain(others.split(' ')).filter(|word| !word.is_empty())
    }
}

pub fn entry(word: &str) -> Option<Entry> {
    let mut fields = WORDS.lower_bound(word, first_field)?.split('\t');
    if fields.next()? != word {
        return None;
    }
    let zipf = fields.next()?.parse().ok()?;
    Some(Entry { zipf, nouns: fields.next().unwrap_or(""), others: fields.next().unwrap_or("") })
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
        assert!(woodland.originals(true).any(|original| original == "forest"));
        let halt = entry("halt").expect("halt is in the thesaurus");
        assert!(halt.originals(false).any(|original| original == "game"));
        assert!(!halt.originals(true).any(|original| original == "game"));
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
