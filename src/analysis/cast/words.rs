//! Slips inside longer names: "The Jakart Post", "University of Miamki", "Maidan Wsrdak".
//! A name word the cast uses once, one slip away from exactly one name word the draft
//! establishes (used more often, or as often and first), is that word misspelt, whatever
//! kind of name holds it. Runs over distinct name words through the cluster's spelling
//! keys, so its cost grows with the names, not the draft.

use super::known;
use crate::analysis::fast_hash::FastMap;

use super::cluster::{NameKeys, distinct_given_names};
use super::known::is_given_name;
use super::similarity::{Slip, slip};
use super::{Cast, MemberId, MemberKind, MentionId, Variant};

/// How the draft uses one name word.
struct WordUse {
    count: usize,
    first: usize,
    /// (mention, word index) of each use.
    uses: Vec<(MentionId, usize)>,
    /// Person members whose full name ends with this word, with their given name.
    surname_of: Vec<(MemberId, String)>,
}

/// A name word of four letters or more, or of three (a four-letter word with one dropped:
/// "New Yok Times"; `similarity::slip` says when three letters slip).
fn is_candidate(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && word.chars().skip(1).any(char::is_lowercase)
}

impl Cast {
    /// Adds the variants found word by word that the member-level settling did not find.
    pub(super) fn word_variants(&mut self, names: &mut NameKeys) {
        let mut uses: FastMap<&str, WordUse> = FastMap::default();
        for (m, mention) in self.mentions.iter().enumerate() {
            let m = MentionId::new(m);
            // The newsroom's spelling (the `names` setting) is never a slip.
            if self.member(mention.member).is_some_and(|member| member.known) {
                continue;
            }
            let person = self.member(mention.member).is_some_and(|member| member.kind == MemberKind::Person);
            let given = if person && mention.words.len() >= 2 { mention.given_and_surname().0 } else { String::new() };
            for (w, word) in mention.words.iter().enumerate().filter(|(_, w)| w.is_core() && is_candidate(&w.text)) {
                let entry = uses.entry(&*word.text).or_insert(WordUse {
                    count: 0,
                    first: word.span.start,
                    uses: Vec::new(),
                    surname_of: Vec::new(),
                });
                entry.count += 1;
                entry.uses.push((m, w));
                if person && !given.is_empty() && w + 1 == mention.words.len() {
                    entry.surname_of.push((mention.member, given.clone()));
                }
            }
        }
        // Every word's keys in one sorted list: a word's candidates are the words that share
        // a key, found by bisection, without a list per key.
        let keys_of: FastMap<&str, std::sync::Arc<[u64]>> =
            uses.keys().map(|word| (*word, names.slip_keys(word))).collect();
        let mut keys: Vec<(u64, &str)> =
            keys_of.iter().flat_map(|(word, keys)| keys.iter().map(move |key| (*key, *word))).collect();
        keys.sort_unstable();
        let covered: std::collections::HashSet<usize> = self.variants.iter().map(|v| v.span.start).collect();
        let mut found = Vec::new();
        for (word, used) in &uses {
            if used.count > 1 {
                continue;
            }
            let mut candidates: Vec<&str> = Vec::new();
            for &key in keys_of[word].iter() {
                let from = keys.partition_point(|(k, _)| *k < key);
                candidates.extend(keys[from..].iter().take_while(|(k, _)| *k == key).map(|(_, w)| *w));
            }
            candidates.sort_unstable();
            candidates.dedup();
            let established: Vec<(&str, Slip)> = candidates
                .into_iter()
                .filter(|other| other != word)
                .filter_map(|other| {
                    let other_use = &uses[other];
                    let more_used =
                        other_use.count > used.count || (other_use.count == used.count && other_use.first < used.first);
                    let slip =
                        slip(word, other).filter(|s| matches!(s, Slip::OneEdit | Slip::Family | Slip::Accents))?;
                    (more_used && !distinct_words(word, used, other, other_use, slip)).then_some((other, slip))
                })
                .collect();
            let [(other, slip)] = established.as_slice() else { continue };
            for &(m, w) in &used.uses {
                let span = self.mentions[m].words[w].span;
                if !covered.contains(&span.start) {
                    found.push(Variant {
                        mention: m,
                        span,
                        written: (*word).to_string(),
                        established: (*other).to_string(),
                        slip: *slip,
                        given_name: false,
                        word_level: true,
                        from_reference: false,
                    });
                }
            }
        }
        self.variants.extend(found);
        self.variants.sort_by_key(|v| v.span.start);
    }
}

/// Two words the draft means as two names: two real places ("Iran", "Iraq"), a place and a
/// word that is not one ("Myanmar", "Myanma"), demonyms, two common given names, or the
/// surnames of two people introduced with other given names ("Boris Johnson", "Tom
/// Johnston").
fn distinct_words(word: &str, used: &WordUse, other: &str, other_use: &WordUse, slip: Slip) -> bool {
    let place = known::place(word).is_some();
    if place || known::is_demonym(word) || known::is_demonym(other) {
        return true;
    }
    if distinct_given_names(word, other) || (is_given_name(word) && is_given_name(other)) {
        return true;
    }
    // One letter changed in a short word makes another word more often than a slip does
    // ("Port"/"Post", "Slate"/"State", "Bond"/"Band"), unless the keys are neighbours on
    // the keyboard, the slip careless typing makes ("Wsrdak", "Delhk").
    let same_length = word.chars().count() == other.chars().count();
    if slip == Slip::OneEdit && same_length && word.chars().count() < 7 {
        let changed: Vec<(char, char)> = word
            .chars()
            .zip(other.chars())
            .filter(|(a, b)| a != b)
            .map(|(a, b)| (a.to_ascii_lowercase(), b.to_ascii_lowercase()))
            .collect();
        let typed_next_door = match changed.as_slice() {
            [(a, b)] => keyboard_neighbours(*a, *b),
            // Two letters swapped ("Boeign"): one slip of the fingers.
            [(a, b), (c, d)] => a == d && b == c,
            _ => false,
        };
        if !typed_next_door {
            return true;
        }
    }
    used.surname_of.iter().any(|(member, given)| {
        other_use.surname_of.iter().any(|(other_member, other_given)| member != other_member && given != other_given)
    })
}

/// Whether two letters are next to each other on a QWERTY keyboard.
fn keyboard_neighbours(a: char, b: char) -> bool {
    const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    let place = |c: char| ROWS.iter().enumerate().find_map(|(row, keys)| keys.find(c).map(|column| (row, column)));
    let (Some((row_a, column_a)), Some((row_b, column_b))) = (place(a), place(b)) else { return false };
    // Each row sits about half a key right of the one above it.
    let position = |row: usize, column: usize| column as f32 + row as f32 * 0.5;
    row_a.abs_diff(row_b) <= 1 && (position(row_a, column_a) - position(row_b, column_b)).abs() <= 1.0
}

#[cfg(test)]
mod tests {
    use super::keyboard_neighbours;

    #[test]
    fn keyboard_neighbours_are_next_door() {
        for (a, b) in [('a', 's'), ('e', 'r'), ('i', 'k'), ('n', 'h'), ('f', 'c'), ('d', 'e')] {
            assert!(keyboard_neighbours(a, b), "{a} {b}");
        }
        for (a, b) in [('r', 's'), ('l', 't'), ('o', 'a'), ('d', 't'), ('a', 'f'), ('q', 'p')] {
            assert!(!keyboard_neighbours(a, b), "{a} {b}");
        }
    }
}
