//! Discovery of tortured phrases that no list has, by reversing the swap.
//!
//! A spinner writes each word of a common term as a synonym: "artificial intelligence"
//! becomes "counterfeit consciousness". For a run of two to five plain words (no name, no
//! function word at either end, not a known term itself), discovery tries the words each
//! word may stand for (the WordNet thesaurus of [`super::thesaurus`], and the swaps the
//! curated list attests, learned from it by aligning each entry with its plain term) and
//! asks whether the result is a known term (WordNet's multi-word lemmas and the curated
//! list's plain terms). A reversal counts only when it looks like a spinner's work and not
//! like ordinary word choice:
//!
//! - at least one swapped word is uncommon and much rarer than the word it stands for (a
//!   spinner reaches for the thesaurus's odd words: "clergyman" for "minister"), and no
//!   swapped word is much commoner than its original; a phrase that the curated list's own
//!   swaps rewrite into one of its plain terms needs no such evidence when every word is
//!   swapped (two swaps or more) or every swapped word is uncommon ("elector turnout" for
//!   "voter turnout": "elector" is rare; "presidential race" stays, "race" is common);
//! - a phrase reversed into one of WordNet's terms needs every one of its words swapped,
//!   two or more ("big concern" is a phrase of English even though "great care" is a
//!   term), and the term must not be made of the commonest words only ("large number");
//!   one swap is enough when the term is one of the curated list's plain terms, which are
//!   the terms spinners are known to rewrite;
//! - two of the list's own swaps into one of its plain terms need no frequency evidence
//!   ("regular language handling" for "natural language processing");
//! - Moby's broad links count only into the list's plain terms, every word swapped, and
//!   either each swap to an odd word much rarer than its original ("irregular woodland"),
//!   or one of the list's own swaps to an odd word vouches for the others, each to a word
//!   about as common as its original or commoner, the plain synonym a spinner's
//!   thesaurus offers ("bosom disease": "bosom" is the list's, "disease" Moby's; a swap
//!   to a rarer word that is not odd is word choice: "homegrown terrorism");
//! - a Moby swap may also be the one swap of a phrase whose other words are kept, into one
//!   of the list's plain terms, when it is to an odd word ("insider exchanging");
//! - a chunk of more words than the word(s) it stands for, which the list attests, is a
//!   paraphrase no writer makes by chance: evidence enough into a plain term ("joined
//!   together nations"; "psychological militant" for "terrorist", a one-word term);
//! - "every word swapped" leaves out the function words a term holds ("crimes against
//!   humanity"); a plural phrase reads back to a plural term only when that plural is a
//!   word (Zipf 2.5: "failures", not "violences") or the plural term is known;
//! - a hyphenated compound reverses when one of its parts is swapped as the list swaps
//!   that part in another compound ("semi-last": "last" for "final" in "quarter-last");
//! - a two-word phrase that is a usual pair of English (CMU Sphinx's language model,
//!   [`thesaurus::pair_association`]) is word choice, whatever it reverses to: "ultimate
//!   result" is no "final solution", "senior pastor" no "prime minister".

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::thesaurus;

/// Zipf frequency (times ten) by which at least one swapped word must be rarer than its
/// original: "counterfeit" (3.4) for "artificial" (4.2).
const MIN_BEST_GAIN: i32 = 8;
/// No swapped word may be commoner than its original by more than this.
const MAX_LOSS: i32 = 5;
/// The swapped word that gains most must itself be uncommon (Zipf 4.5: outside the ten
/// thousand commonest words): "clergyman", "woodland", not "freedom" or "candidate".
const MAX_ODD_WORD_ZIPF: i32 = 45;
/// A term reached through the thesaurus alone must be a term, not a phrase of the
/// commonest words ("large number", "best man"): its rarest word at most Zipf 4.9.
const MAX_TERM_ZIPF: i32 = 49;
/// A pair of the draft's words at least this associated (ten times log10 of how much
/// likelier the second word is after the first than anywhere) is a usual pair of English.
const MIN_USUAL: i8 = 0;
/// A plural that a term's head takes when the draft's phrase is plural must be a word of
/// English at least this common (Zipf times ten): "failures", not "violences".
const MIN_PLURAL_ZIPF: i32 = 25;
/// Longest run of draft words read as one phrase.
pub const MAX_WORDS: usize = 5;
/// A bound on the reversals tried for one phrase (pathological runs of very ambiguous
/// words stay cheap).
const MAX_STEPS: usize = 4_000;

/// Words that never start or end a candidate phrase: a tortured phrase is a noun or verb
/// phrase, and these open or close none.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "all", "also", "among", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "between", "but", "by", "can", "could", "did", "do", "does", "each", "even", "for", "from",
    "had", "has", "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "many",
    "may", "might", "more", "most", "much", "must", "my", "no", "not", "now", "of", "on", "one", "only", "or", "other",
    "our", "out", "over", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "to", "too", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "you", "your",
];

fn is_function_word(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// What the curated list teaches: its plain terms (known terms, with their written form)
/// and the swaps its entries attest ("clergyman" for "minister"), word by word where an
/// entry and its plain term align, else as whole chunks ("casting a ballot" for "voting").
#[derive(Debug, Default)]
pub struct Swaps {
    originals: FxHashMap<String, Vec<String>>,
    plains: FxHashMap<String, String>,
    plain_prefixes: FxHashSet<String>,
    /// The plain terms' last words.
    plain_last_words: FxHashSet<String>,
    /// The last words of the attested chunks ("ballot" of "casting a ballot").
    chunk_ends: FxHashSet<String>,
    /// The thesaurus words with an original that begins, or (a noun original) ends, one
    /// of the plain terms: with the tables' own flags, [`Swaps::may_begin`] and
    /// [`Swaps::may_end`] ask a hash set instead of walking a word's originals.
    plain_begin_words: FxHashSet<&'static str>,
    plain_end_words: FxHashSet<&'static str>,
    /// The first words of the attested chunks ("casting" of "casting a ballot").
    chunk_starts: FxHashSet<String>,
    longest_chunk: usize,
    /// The swaps inside hyphenated compounds that the list attests, part for part ("last"
    /// for "final" in "quarter-last" for "quarter-final").
    part_originals: FxHashMap<String, Vec<String>>,
}

impl Swaps {
    /// Adds plain terms as known terms without learning swaps from them (the
    /// leave-one-out figure that keeps the known-term list whole).
    #[cfg(test)]
    pub fn know(&mut self, plain: &str) {
        let lower = plain.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        for end in 1..words.len() {
            self.plain_prefixes.insert(words[..end].join(" "));
        }
        self.plain_last_words.extend(words.last().map(|word| word.to_string()));
        self.index_plain_words();
        self.plains.entry(words.join(" ")).or_insert_with(|| plain.to_string());
    }

    /// Learns from `(tortured phrase, plain term)` pairs (phrases lowercase).
    pub fn learn(entries: &[(String, String)]) -> Self {
        let mut swaps = Swaps::default();
        for (tortured, plain) in entries {
            let plain_lower = plain.to_lowercase();
            let plain_words: Vec<&str> = plain_lower.split_whitespace().collect();
            for end in 1..plain_words.len() {
                swaps.plain_prefixes.insert(plain_words[..end].join(" "));
            }
            swaps.plain_last_words.extend(plain_words.last().map(|word| word.to_string()));
            swaps.plains.entry(plain_words.join(" ")).or_insert_with(|| plain.clone());
            let mut written: &[&str] = &tortured.split_whitespace().collect::<Vec<_>>();
            let mut original: &[&str] = &plain_words;
            while let ([w, rest_w @ ..], [o, rest_o @ ..]) = (written, original)
                && w == o
            {
                (written, original) = (rest_w, rest_o);
            }
            while let ([rest_w @ .., w], [rest_o @ .., o]) = (written, original)
                && w == o
            {
                (written, original) = (rest_w, rest_o);
            }
            if written.is_empty() || original.is_empty() {
                continue;
            }
            if let ([w], [o]) = (written, original) {
                swaps.add_part_pairs(w, o);
            }
            // Unequal lengths: the heads (last words) still align, "greater part pioneer"
            // for "majority leader" teaches "pioneer" for "leader", and the rest is one chunk.
            if written.len() != original.len()
                && written.len() >= 2
                && original.len() >= 2
                && let ([rest_w @ .., w], [rest_o @ .., o]) = (written, original)
                && !is_function_word(w)
                && !is_function_word(o)
            {
                swaps.add_word_pair(w, o);
                (written, original) = (rest_w, rest_o);
            }
            if written.len() == original.len() {
                for (w, o) in written.iter().zip(original) {
                    if w != o && !is_function_word(w) && !is_function_word(o) {
                        swaps.add_word_pair(w, o);
                    }
                }
            } else {
                swaps.add(&written.join(" "), &original.join(" "));
                // And the singular chunk for the singular, when both end in a plural
                // ("psychological militants" for "terrorists").
                if let ([rest_w @ .., w], [rest_o @ .., o]) = (written, original) {
                    let (w_one, o_one) = (singular(w), singular(o));
                    if w_one != *w && o_one != *o {
                        let chunk = |rest: &[&str], last: &str| {
                            rest.iter().copied().chain(std::iter::once(last)).collect::<Vec<_>>().join(" ")
                        };
                        swaps.add(&chunk(rest_w, &w_one), &chunk(rest_o, &o_one));
                    }
                }
                swaps.chunk_starts.insert(written[0].to_string());
                swaps.chunk_ends.extend(written.last().map(|word| word.to_string()));
                swaps.chunk_ends.extend(written.last().map(|word| singular(word)));
                swaps.longest_chunk = swaps.longest_chunk.max(written.len());
            }
        }
        swaps.index_plain_words();
        swaps
    }

    fn index_plain_words(&mut self) {
        for (word, entry) in thesaurus::entries() {
            if entry.originals(false).any(|(original, _)| self.plain_prefixes.contains(original)) {
                self.plain_begin_words.insert(word);
            }
            if entry.originals(true).any(|(original, _)| self.plain_last_words.contains(original)) {
                self.plain_end_words.insert(word);
            }
        }
    }

    /// The parts of two hyphenated compounds of as many parts, where they differ
    /// ("quarter-last", "quarter-final": "last" for "final").
    fn add_part_pairs(&mut self, written: &str, original: &str) {
        let (written_parts, original_parts): (Vec<&str>, Vec<&str>) =
            (written.split('-').collect(), original.split('-').collect());
        if written_parts.len() < 2 || written_parts.len() != original_parts.len() {
            return;
        }
        for (w, o) in written_parts.iter().zip(&original_parts) {
            if w != o && !w.is_empty() && !o.is_empty() {
                let originals = self.part_originals.entry(w.to_string()).or_default();
                if !originals.iter().any(|known| known == o) {
                    originals.push(o.to_string());
                }
            }
        }
    }

    /// A word for a word, and its singular for the singular when both are plurals.
    fn add_word_pair(&mut self, written: &str, original: &str) {
        self.add(written, original);
        let (written_one, original_one) = (singular(written), singular(original));
        if written_one != written && original_one != original {
            self.add(&written_one, &original_one);
        }
    }

    fn add(&mut self, written: &str, original: &str) {
        let originals = self.originals.entry(written.to_string()).or_default();
        if !originals.iter().any(|known| known == original) {
            originals.push(original.to_string());
        }
    }

    fn is_known(&self, term: &str) -> bool {
        self.plains.contains_key(term) || thesaurus::is_known_term(term)
    }

    fn is_prefix(&self, prefix: &str) -> bool {
        self.plain_prefixes.contains(prefix) || thesaurus::is_known_prefix(prefix)
    }

    fn is_last_word(&self, word: &str) -> bool {
        self.plain_last_words.contains(word) || thesaurus::is_known_last_word(word)
    }

    /// Whether a phrase starting with `word` may reverse into a term: the word, or an
    /// original it may stand for, begins a known term, or the word begins an attested
    /// chunk. (A cheap test that spares most of a sentence's start positions the search.)
    fn may_begin(&self, word: &str, entry: Option<&thesaurus::Entry>) -> bool {
        self.is_prefix(word)
            || self.chunk_starts.contains(word)
            || self.originals.get(word).is_some_and(|originals| originals.iter().any(|o| self.is_prefix(o)))
            || entry.is_some_and(|entry| entry.begins_term)
            || self.plain_begin_words.contains(word)
    }

    /// Whether a phrase ending with `word` may reverse into a term: the word (or its
    /// singular), or a noun original of either, ends a known term, or ends a chunk.
    fn may_end(&self, word: &str, entry: Option<&thesaurus::Entry>) -> bool {
        let ends = |word: &str, entry: Option<&thesaurus::Entry>| {
            self.is_last_word(word)
                || self.chunk_ends.contains(word)
                || self.originals.get(word).is_some_and(|originals| originals.iter().any(|o| self.is_last_word(o)))
                || entry.is_some_and(|entry| entry.ends_term)
                || self.plain_end_words.contains(word)
        };
        if ends(word, entry) {
            return true;
        }
        let one = singular(word);
        one != word && ends(&one, thesaurus::entry(&one).as_ref())
    }

    /// The term as it should be written: a curated plain term keeps its capitals.
    fn written_form(&self, term: &str) -> String {
        self.plains.get(term).cloned().unwrap_or_else(|| term.to_string())
    }
}

/// What links a written word to its original, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// The curated list attests the swap.
    List,
    /// WordNet synonyms at a common sense of both words.
    WordNet,
    /// Only Moby's broad, sense-blind thesaurus links them.
    Moby,
}

impl Source {
    /// What undoing a swap costs a reversal: the reversal that undoes the fewest and
    /// best-attested swaps wins ("kidney disappointment" is "kidney failure", not
    /// "heart failure").
    fn cost(self) -> i32 {
        match self {
            Source::List => 1,
            Source::WordNet => 2,
            Source::Moby => 3,
        }
    }
}

/// One swap undone: the draft's word(s) and the original they stand for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Swap {
    pub written: String,
    pub original: String,
    pub source: Source,
}

impl Swap {
    fn attested(&self) -> bool {
        self.source == Source::List
    }
}

/// A discovered tortured phrase: the known term it stands for and the swaps undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reversal {
    pub term: String,
    pub swaps: Vec<Swap>,
}

impl Reversal {
    /// "'counterfeit' for 'artificial', 'consciousness' for 'intelligence'".
    pub fn evidence(&self) -> String {
        let swaps: Vec<String> =
            self.swaps.iter().map(|swap| format!("\"{}\" for \"{}\"", swap.written, swap.original)).collect();
        swaps.join(", ")
    }
}

/// The singular of a plural noun by the regular rules ("clergymen" -> "clergyman",
/// "stations" -> "station"); other words come back as they are.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("men") {
        return format!("{stem}man");
    }
    if let Some(stem) = word.strip_suffix("ies")
        && stem.len() > 1
    {
        return format!("{stem}y");
    }
    for ending in ["sses", "shes", "ches", "xes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_string();
        }
    }
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")
    {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

/// The plural of a noun by the regular rules (the inverse of [`singular`]).
pub fn plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("man") {
        return format!("{stem}men");
    }
    if let Some(stem) = word.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if word.ends_with(['s', 'x']) || word.ends_with("ch") || word.ends_with("sh") {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// The association of the pair "`first` `second`" in the usual-pair table (trying the
/// singular and the plural of the second word: the search reads a plural as its
/// singular), `None` when English has no such usual pair.
fn association(first: &str, second: &str) -> Option<i8> {
    thesaurus::pair_association(first, second).or_else(|| {
        let one = singular(second);
        let other = if one == second { plural(second) } else { one };
        thesaurus::pair_association(first, &other)
    })
}

/// Whether two words are a usual pair of English ("presidential nomination", "senior
/// pastor"). Longer phrases are never usual by this measure: each of their pairs may be
/// usual while the whole is not ("net household item" for "gross domestic product").
fn is_usual_phrase(words: &[&str]) -> bool {
    matches!(words, [first, second] if association(first, second).is_some_and(|score| score >= MIN_USUAL))
}

/// The Zipf frequency (times ten) of a chunk: its rarest content word.
fn chunk_zipf(chunk: &str) -> i32 {
    let content = chunk.split(' ').filter(|word| !is_function_word(word));
    let rarest = content.map(thesaurus::zipf).min();
    i32::from(rarest.unwrap_or_else(|| chunk.split(' ').map(thesaurus::zipf).min().unwrap_or(0)))
}

struct Search<'a> {
    words: &'a [&'a str],
    /// Each word's thesaurus line, looked up once.
    entries: &'a [Option<thesaurus::Entry>],
    swaps: &'a Swaps,
    steps: usize,
    /// The best reversal so far: (minus its cost, its frequency gains), highest wins.
    best: Option<((i32, i32), Reversal)>,
}

impl Search<'_> {
    fn walk(&mut self, at: usize, term: &mut String, undone: &mut Vec<Swap>) {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return;
        }
        if at == self.words.len() {
            self.consider(term, undone);
            return;
        }
        let word = self.words[at];
        let swaps = self.swaps;
        // Chunks the curated list attests ("casting a ballot" for "voting").
        let longest_chunk = if swaps.chunk_starts.contains(word) { swaps.longest_chunk } else { 0 };
        for length in (2..=longest_chunk.min(self.words.len() - at)).rev() {
            let chunk = self.words[at..at + length].join(" ");
            if let Some(originals) = swaps.originals.get(&chunk) {
                for original in originals {
                    let swap = Swap { written: chunk.clone(), original: original.clone(), source: Source::List };
                    self.step(at + length, original, Some(swap), term, undone);
                }
            }
        }
        self.step(at + 1, word, None, term, undone);
        let attested: &[String] = swaps.originals.get(word).map_or(&[], Vec::as_slice);
        for original in attested {
            let swap = Swap { written: word.to_string(), original: original.clone(), source: Source::List };
            self.step(at + 1, original, Some(swap), term, undone);
        }
        if let Some(entry) = self.entries[at] {
            let head = at + 1 == self.words.len();
            for (original, wordnet) in entry.originals(head) {
                if attested.iter().any(|known| known == original) {
                    continue;
                }
                let source = if wordnet { Source::WordNet } else { Source::Moby };
                let swap = Swap { written: word.to_string(), original: original.to_string(), source };
                self.step(at + 1, original, Some(swap), term, undone);
            }
        }
    }

    /// Appends `next` to the term, if some known term goes on that way, and walks on.
    fn step(&mut self, at: usize, next: &str, swap: Option<Swap>, term: &mut String, undone: &mut Vec<Swap>) {
        let length = term.len();
        if !term.is_empty() {
            term.push(' ');
        }
        term.push_str(next);
        let viable = if at == self.words.len() { self.swaps.is_known(term) } else { self.swaps.is_prefix(term) };
        if viable {
            let pushed = swap.is_some();
            undone.extend(swap);
            self.walk(at, term, undone);
            if pushed {
                undone.pop();
            }
        }
        term.truncate(length);
    }

    fn consider(&mut self, term: &str, undone: &[Swap]) {
        if undone.is_empty() {
            return;
        }
        // A usual pair of English is word choice, whatever it reverses to ("ultimate
        // result", "senior pastor").
        if is_usual_phrase(self.words) {
            return;
        }
        let gains: Vec<(i32, i32)> = undone
            .iter()
            .map(|swap| {
                let written = chunk_zipf(&swap.written);
                (chunk_zipf(&swap.original) - written, written)
            })
            .collect();
        let odd = gains.iter().any(|&(gain, written)| gain >= MIN_BEST_GAIN && written <= MAX_ODD_WORD_ZIPF);
        let is_plain = self.swaps.plains.contains_key(term);
        // The list's own swaps into the list's own terms need no frequency evidence:
        // spinners were seen making exactly these ("political race" for "election").
        // Every word swapped but the function words a term may hold ("crimes against
        // humanity", "freedom of expression").
        let content_words =
            |words: &mut dyn Iterator<Item = &str>| words.filter(|word| !is_function_word(word)).count();
        let swapped_words: usize = undone.iter().map(|swap| content_words(&mut swap.written.split(' '))).sum();
        let all_swapped = undone.len() >= 2 && swapped_words == content_words(&mut self.words.iter().copied());
        let uncommon_words = gains.iter().all(|&(_, written)| written <= MAX_ODD_WORD_ZIPF);
        // A chunk of more words for fewer is a paraphrase no writer makes by chance
        // ("joined together" for "united", "psychological militant" for "terrorist").
        let paraphrase = undone.iter().any(|swap| swap.written.split(' ').count() > swap.original.split(' ').count());
        let all_listed = is_plain
            && (all_swapped || uncommon_words || undone.len() >= 2 || paraphrase)
            && undone.iter().all(Swap::attested);
        let is_odd = |&(gain, written): &(i32, i32)| gain >= MIN_BEST_GAIN && written <= MAX_ODD_WORD_ZIPF;
        // One of the list's own swaps, to an odd word, vouches for the others into one of
        // the list's terms, when every word is swapped and each other swap is to a word
        // about as common as its original or commoner, the thesaurus's plain synonym
        // ("bosom disease": "bosom" is the list's "breast", "disease" Moby's "cancer";
        // "money clergyman" for "finance minister"). A swap to a rarer word that is not
        // odd vouches for nothing ("homegrown terrorism" stays: "terrorism" is rarer than
        // "violence"). (A swap one entry attests vouched for nothing until the usual-pair
        // measure above kept ordinary phrases such as "artistic endeavors" quiet.)
        let vouched = is_plain
            && all_swapped
            && undone.iter().zip(&gains).any(|(swap, gain)| swap.attested() && is_odd(gain))
            && undone.iter().zip(&gains).all(|(swap, &(gain, _))| swap.attested() || gain <= MAX_LOSS);
        if !all_listed && !vouched && (!odd || gains.iter().any(|&(gain, _)| gain < -MAX_LOSS)) {
            return;
        }
        // Moby's links are broad: they reach a term from almost any phrase ("harsh words"
        // for "full scores", "presidential hopeful" for "presidential candidate", "global
        // charity" for "international community"). A reversal that needs one must reach
        // one of the list's plain terms and either swap every word, each for an odd word
        // much rarer than its original, as a spinner's thesaurus does ("bosom peril"), or
        // swap one word only, for such an odd word ("police mercilessness"; this lets
        // through "nuclear pact" for "nuclear deal" in clean copy, see docs/accuracy.md).
        let broad = undone.iter().any(|swap| swap.source == Source::Moby);
        let one_swap = undone.len() == 1;
        if broad && !vouched && (!is_plain || !(all_swapped || one_swap) || !gains.iter().all(is_odd)) {
            return;
        }
        if !is_plain {
            // A dictionary term (WordNet's, Wiktionary's): every word swapped, by two swaps
            // or more, into a real term.
            let term_zipf = term.split(' ').map(|word| i32::from(thesaurus::zipf(word))).min().unwrap_or(0);
            if !all_swapped || term_zipf > MAX_TERM_ZIPF {
                return;
            }
        }
        let cost: i32 = undone.iter().map(|swap| swap.source.cost()).sum();
        let score = (-cost, gains.iter().map(|&(gain, _)| gain).sum::<i32>());
        if self.best.as_ref().is_none_or(|(best, _)| score > *best) {
            self.best = Some((score, Reversal { term: term.to_string(), swaps: undone.to_vec() }));
        }
    }
}

/// The known term a phrase of lowercase `words` reverses to, if it looks like a spinner's
/// swap (see the module doc). The words must be the whole candidate phrase.
pub fn reverse(words: &[&str], swaps: &Swaps) -> Option<Reversal> {
    let entries: Vec<Option<thesaurus::Entry>> = words.iter().map(|word| thesaurus::entry(word)).collect();
    reverse_with(words, &entries, swaps)
}

/// [`reverse`] with each word's thesaurus line already looked up.
fn reverse_with(words: &[&str], entries: &[Option<thesaurus::Entry>], swaps: &Swaps) -> Option<Reversal> {
    if words.len() < 2 || words.len() > MAX_WORDS {
        return None;
    }
    if is_function_word(words[0]) || is_function_word(words[words.len() - 1]) {
        return None;
    }
    let last = words[words.len() - 1];
    let last_singular = singular(last);
    let phrase = words.join(" ");
    let phrase_singular = if last_singular == last {
        None
    } else {
        Some(format!("{} {last_singular}", words[..words.len() - 1].join(" ")))
    };
    if swaps.is_known(&phrase) || phrase_singular.as_deref().is_some_and(|singular| swaps.is_known(singular)) {
        return None;
    }
    let mut search = Search { words, entries, swaps, steps: 0, best: None };
    search.walk(0, &mut String::new(), &mut Vec::new());
    if search.best.is_none() && phrase_singular.is_some() {
        let mut singular_words = words.to_vec();
        *singular_words.last_mut()? = &last_singular;
        let mut singular_entries = entries.to_vec();
        *singular_entries.last_mut()? = thesaurus::entry(&last_singular);
        let mut search = Search { words: &singular_words, entries: &singular_entries, swaps, steps: 0, best: None };
        search.walk(0, &mut String::new(), &mut Vec::new());
        let (_, mut reversal) = search.best?;
        let mut term_words: Vec<String> = reversal.term.split(' ').map(str::to_string).collect();
        let last_term_word = term_words.last_mut()?;
        if singular(last_term_word) == *last_term_word {
            *last_term_word = plural(last_term_word);
            // A mass noun has no plural to read the draft's plural back to ("homegrown
            // attacks" is no "domestic violences"): the plural must be a word of English
            // (wordfreq Zipf 2.5), or the plural term a known one.
            let plural_term = term_words.join(" ");
            if i32::from(thesaurus::zipf(term_words.last()?)) < MIN_PLURAL_ZIPF && !swaps.is_known(&plural_term) {
                return None;
            }
        }
        reversal.term = swaps.written_form(&term_words.join(" "));
        if let Some(swap) = reversal.swaps.iter_mut().find(|swap| swap.written == last_singular) {
            swap.written = last.to_string();
            if singular(&swap.original) == swap.original {
                swap.original = plural(&swap.original);
            }
        }
        return Some(reversal);
    }
    let (_, mut reversal) = search.best?;
    reversal.term = swaps.written_form(&reversal.term);
    Some(reversal)
}

/// Whether a token may be part of a candidate phrase: lowercase ASCII letters, digits,
/// hyphens and apostrophes with a letter among them ("clergyman", "90-minute",
/// "alzheimer's"), capitalised only at the start of its sentence (elsewhere it is a name).
pub fn is_plain_word(text: &str, starts_sentence: bool) -> bool {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else { return false };
    let inner = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'\'');
    let first_ok = inner(&first) || (starts_sentence && first.is_ascii_uppercase());
    first_ok
        && first.is_ascii_alphanumeric()
        && bytes[1..].iter().all(inner)
        && bytes.iter().any(u8::is_ascii_alphabetic)
}

/// A word of a sentence as discovery reads it.
#[derive(Clone, Copy, Debug)]
pub struct Word<'t> {
    /// The word lowercased.
    pub lower: &'t str,
    /// Whether a phrase may go on from the previous word to this one (no punctuation
    /// between them).
    pub joined: bool,
    /// Whether no phrase may hold the word: a name (capitalised away from the start of its
    /// sentence), a number or a word with other characters than letters and hyphens.
    pub blocked: bool,
}

/// The tortured phrases in a sentence's words: (first word, end word, reversal), leftmost
/// longest, never overlapping.
pub fn find(words: &[Word], swaps: &Swaps) -> Vec<(usize, usize, Reversal)> {
    let mut found = Vec::new();
    let entries: Vec<Option<thesaurus::Entry>> =
        words.iter().map(|word| if word.blocked { None } else { thesaurus::entry(word.lower) }).collect();
    let begins: Vec<bool> = words
        .iter()
        .zip(&entries)
        .map(|(word, entry)| !word.blocked && swaps.may_begin(word.lower, entry.as_ref()))
        .collect();
    let ends: Vec<bool> = words
        .iter()
        .zip(&entries)
        .map(|(word, entry)| !word.blocked && swaps.may_end(word.lower, entry.as_ref()))
        .collect();
    let mut start = 0;
    while start < words.len() {
        if !begins[start] {
            start += 1;
            continue;
        }
        let mut run_end = start;
        while run_end < words.len()
            && !words[run_end].blocked
            && (run_end == start || words[run_end].joined)
            && run_end - start < MAX_WORDS
        {
            run_end += 1;
        }
        let mut next = start + 1;
        for end in (start + 2..=run_end).rev() {
            if !ends[end - 1] {
                continue;
            }
            let lower: Vec<&str> = words[start..end].iter().map(|word| word.lower).collect();
            if let Some(reversal) = reverse_with(&lower, &entries[start..end], swaps) {
                found.push((start, end, reversal));
                next = end;
                break;
            }
        }
        start = next;
    }
    // Hyphenated compounds the phrases above left alone: a part swapped as the list has
    // seen it swapped in another compound ("semi-last" for "semi-final").
    let mut compounds = Vec::new();
    for (at, word) in words.iter().enumerate() {
        if !word.blocked
            && word.lower.contains('-')
            && !found.iter().any(|&(start, end, _)| start <= at && at < end)
            && let Some(reversal) = reverse_compound(word.lower, swaps)
        {
            compounds.push((at, at + 1, reversal));
        }
    }
    if !compounds.is_empty() {
        found.extend(compounds);
        found.sort_by_key(|&(start, _, _)| start);
    }
    found
}

/// The plain compound of the curated list that a hyphenated word reverses to by one part
/// swap the list attests in another compound ("semi-last": "last" for "final" as in
/// "quarter-last"), the other parts kept.
fn reverse_compound(word: &str, swaps: &Swaps) -> Option<Reversal> {
    if swaps.part_originals.is_empty() || swaps.is_known(word) {
        return None;
    }
    let parts: Vec<&str> = word.split('-').collect();
    for (at, part) in parts.iter().enumerate() {
        for original in swaps.part_originals.get(*part).into_iter().flatten() {
            let mut term_parts = parts.clone();
            term_parts[at] = original;
            let term = term_parts.join("-");
            if swaps.plains.contains_key(&term) {
                let swap = Swap { written: part.to_string(), original: original.clone(), source: Source::List };
                return Some(Reversal { term: swaps.written_form(&term), swaps: vec![swap] });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(tortured, plain)| (tortured.to_string(), plain.to_string())).collect()
    }

    fn sentence(text: &str) -> Vec<Word<'_>> {
        text.split(' ').map(|lower| Word { lower, joined: true, blocked: false }).collect()
    }

    fn found(text: &str, swaps: &Swaps) -> Vec<(String, String)> {
        let words = sentence(text);
        find(&words, swaps)
            .into_iter()
            .map(|(start, end, reversal)| {
                (words[start..end].iter().map(|word| word.lower).collect::<Vec<_>>().join(" "), reversal.term)
            })
            .collect()
    }

    #[test]
    fn learns_word_and_chunk_swaps_from_the_list() {
        let swaps = Swaps::learn(&entries(&[
            ("money clergyman", "finance minister"),
            ("casting a ballot rights", "voting rights"),
            ("unfamiliar clergymen", "foreign ministers"),
        ]));
        assert_eq!(swaps.originals["clergyman"], ["minister"]);
        assert_eq!(swaps.originals["casting a ballot"], ["voting"]);
        assert_eq!(swaps.originals["unfamiliar"], ["foreign"]);
        assert!(swaps.is_known("finance minister") && swaps.is_prefix("voting"));
    }

    #[test]
    fn reverses_an_attested_swap_into_a_known_term() {
        let swaps =
            Swaps::learn(&entries(&[("money clergyman", "finance minister"), ("prime pastor", "prime minister")]));
        assert_eq!(found("the prime clergyman said", &swaps), [("prime clergyman".into(), "prime minister".into())]);
        // Plurals go through the singular and come back plural.
        assert_eq!(found("two prime clergymen met", &swaps), [("prime clergymen".into(), "prime ministers".into())]);
    }

    #[test]
    fn reverses_thesaurus_swaps_of_every_word() {
        let swaps = Swaps::default();
        let reversal = reverse(&["stockpile", "marketplace"], &swaps).map(|reversal| reversal.term);
        assert_eq!(reversal.as_deref(), Some("stock market"));
    }

    #[test]
    fn reverses_broad_thesaurus_swaps_into_a_listed_term_only_when_every_word_is_odd() {
        // "irregular" is "random" only in Moby's thesaurus; "woodland" is WordNet's "forest".
        let swaps = Swaps::learn(&entries(&[("haphazard woods", "random forest")]));
        let reversal = reverse(&["irregular", "woodland"], &swaps).expect("a spinner's swap of both words");
        assert_eq!(reversal.term, "random forest");
        assert!(reversal.swaps.iter().any(|swap| swap.source == Source::Moby));
        // Broad links never reach a term the list does not have, nor do it with a word
        // kept ("presidential hopeful" is plain English).
        assert_eq!(reverse(&["irregular", "woodland"], &Swaps::default()), None);
        let swaps = Swaps::learn(&entries(&[("official up-and-comer", "presidential candidate")]));
        assert_eq!(reverse(&["presidential", "hopeful"], &swaps), None);
    }

    #[test]
    fn an_odd_swap_the_list_attests_vouches_for_a_plain_synonym_beside_it() {
        // "bosom" is the list's "breast" (an odd word for a common one, in two entries);
        // "disease" is only Moby's "cancer", and no odd word: the list's swap vouches for it.
        let swaps = Swaps::learn(&entries(&[("bosom peril", "breast cancer"), ("bosom tumor", "breast cancer")]));
        let reversal = reverse(&["bosom", "disease"], &swaps).expect("a spinner's swap of both words");
        assert_eq!(reversal.term, "breast cancer");
        assert_eq!(reversal.evidence(), "\"bosom\" for \"breast\", \"disease\" for \"cancer\"");
        // Without the list's swap nothing vouches ("bosom" is no thesaurus word for
        // "breast" at a common sense), and a kept word is never vouched for.
        assert_eq!(reverse(&["bosom", "disease"], &Swaps::learn(&entries(&[("chest peril", "breast cancer")]))), None);
        assert_eq!(reverse(&["bosom", "cancer"], &Swaps::default()), None);
        // A swap one entry attests vouches too.
        let swaps = Swaps::learn(&entries(&[("bosom peril", "breast cancer")]));
        assert_eq!(
            reverse(&["bosom", "disease"], &swaps).map(|reversal| reversal.term).as_deref(),
            Some("breast cancer")
        );
        // A swap to a rarer word that is not odd is no plain synonym: "homegrown
        // terrorism" is English although the list has "homegrown" for "domestic".
        let swaps = Swaps::learn(&entries(&[
            ("homegrown savagery", "domestic violence"),
            ("homegrown brutality", "domestic violence"),
        ]));
        assert_eq!(reverse(&["homegrown", "terrorism"], &swaps), None);
    }

    #[test]
    fn a_usual_pair_of_english_is_word_choice() {
        // "pastor" is the list's "minister" (an odd word for it); Moby's "senior" for
        // "prime" would be vouched for, but "senior pastor" is a usual pair of English.
        let swaps = Swaps::learn(&entries(&[("prime pastor", "prime minister"), ("money pastor", "finance minister")]));
        assert!(is_usual_phrase(&["senior", "pastor"]));
        assert_eq!(reverse(&["senior", "pastor"], &swaps), None);
        for phrase in [["ultimate", "result"], ["presidential", "nomination"], ["violent", "assaults"]] {
            assert!(is_usual_phrase(&phrase), "{phrase:?}");
        }
        // A spinner's pair is none, and a phrase of three words never is.
        assert!(!is_usual_phrase(&["bosom", "disease"]));
        assert!(!is_usual_phrase(&["irregular", "woodland"]));
        assert!(!is_usual_phrase(&["net", "household", "item"]));
    }

    #[test]
    fn one_odd_swap_of_a_broad_thesaurus_reaches_a_listed_term_with_the_other_words_kept() {
        let mut swaps = Swaps::default();
        swaps.know("social media");
        swaps.know("insider trading");
        swaps.know("police brutality");
        // "convivial" is only Moby's "social", an odd word much rarer than it.
        assert_eq!(reverse(&["convivial", "media"], &swaps).map(|r| r.term).as_deref(), Some("social media"));
        // Thesauri list base forms: "exchanging" is "trading" through "exchange" for "trade".
        let reversal = reverse(&["insider", "exchanging"], &swaps).expect("an inflected swap");
        assert_eq!(reversal.evidence(), "\"exchanging\" for \"trading\"");
        // A swap to a word as common as its original is word choice.
        assert_eq!(reverse(&["police", "violence"], &swaps), None);
        assert_eq!(reverse(&["social", "gathering"], &swaps), None);
    }

    #[test]
    fn function_words_inside_a_term_need_no_swap() {
        let mut swaps = Swaps::default();
        swaps.know("crimes against humanity");
        let reversal = reverse(&["transgressions", "against", "humankind"], &swaps).map(|r| r.term);
        assert_eq!(reversal.as_deref(), Some("crimes against humanity"));
        // "against" is no word to end a phrase on.
        assert_eq!(found("transgressions against", &swaps), Vec::<(String, String)>::new());
    }

    #[test]
    fn a_paraphrase_the_list_attests_reaches_a_shorter_term() {
        let mut swaps = Swaps::learn(&entries(&[
            ("mental extremists", "terrorists"),
            ("combined together kingdom", "United Kingdom"),
        ]));
        swaps.know("United Nations");
        swaps.know("terrorist");
        // The plural chunk teaches the singular one too.
        assert_eq!(found("a mental extremist fled", &swaps), [("mental extremist".into(), "terrorist".into())]);
        assert_eq!(
            found("the combined together nations met", &swaps),
            [("combined together nations".into(), "United Nations".into())]
        );
        assert_eq!(found("mental health and an extremist group", &swaps), Vec::<(String, String)>::new());
    }

    #[test]
    fn a_compound_part_swapped_as_the_list_has_seen() {
        let swaps = Swaps::learn(&entries(&[("quarter-closing", "quarter-final"), ("semi-concluding", "semi-final")]));
        assert_eq!(
            found("they reached the semi-closing on sunday", &swaps),
            [("semi-closing".into(), "semi-final".into())]
        );
        for quiet in ["the semi-annual report", "a closing-time drink", "the quarter-final itself"] {
            assert_eq!(found(quiet, &swaps), Vec::<(String, String)>::new(), "{quiet}");
        }
    }

    #[test]
    fn a_mass_noun_has_no_plural_to_read_back() {
        // "attacks" may stand for "violence", but "domestic violences" is no term.
        let swaps = Swaps::learn(&entries(&[
            ("homegrown savagery", "domestic violence"),
            ("homegrown brutality", "domestic violence"),
        ]));
        assert_eq!(reverse(&["homegrown", "attacks"], &swaps), None);
        assert_eq!(reverse(&["homegrown", "attack"], &swaps).map(|r| r.term).as_deref(), Some("domestic violence"));
    }

    #[test]
    fn two_swaps_the_list_attests_need_no_odd_word() {
        let swaps = Swaps::learn(&entries(&[
            ("regular language preparing", "natural language processing"),
            ("normal language handling", "natural language processing"),
        ]));
        let reversal = reverse(&["regular", "language", "handling"], &swaps).map(|reversal| reversal.term);
        assert_eq!(reversal.as_deref(), Some("natural language processing"));
        // One common-word swap alone is word choice ("regular language").
        let swaps = Swaps::learn(&entries(&[("regular speech", "natural speech")]));
        assert_eq!(reverse(&["regular", "language"], &swaps), None);
    }

    #[test]
    fn the_cheapest_reversal_wins() {
        // "kidney" kept and one swap undone beats two swaps into another term.
        let swaps = Swaps::learn(&entries(&[
            ("heart disappointment", "heart failure"),
            ("kidney disappointment", "kidney failure"),
        ]));
        let reversal = reverse(&["kidney", "disappointments"], &swaps).map(|reversal| reversal.term);
        assert_eq!(reversal.as_deref(), Some("kidney failures"));
    }

    #[test]
    fn ordinary_phrases_stay_quiet() {
        let swaps = Swaps::default();
        for text in [
            "deep concern",
            "a choice of words",
            "huge amounts of data",
            "big concern",
            "national security",
            "first time",
            "government officials",
            "artificial intelligence",
            "harsh words",
            "opening remarks",
            "presidential nomination",
            "temporary halt",
        ] {
            assert_eq!(found(text, &swaps), Vec::<(String, String)>::new(), "{text}");
        }
    }

    #[test]
    fn singular_and_plural_are_inverse_on_regular_nouns() {
        for (one, many) in
            [("station", "stations"), ("clergyman", "clergymen"), ("policy", "policies"), ("tax", "taxes")]
        {
            assert_eq!(singular(many), one);
            assert_eq!(plural(one), many);
        }
        assert_eq!(singular("glass"), "glass");
    }
}
