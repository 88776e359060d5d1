//! Slips inside longer names: "The Jakart Post", "University of Miamki", "Maidan Wsrdak".
//! A name word the cast uses once, one slip away from exactly one name word the draft
//! establishes (used more often, or as often and first), is that word misspelt, whatever
//! kind of name holds it. Runs over distinct name words through the cluster's spelling
//! keys, so its cost grows with the names, not the draft.

use std::collections::HashMap;

use super::cluster::{distinct_given_names, spelling_keys};
use super::mentions::is_given_name;
use super::similarity::{Slip, slip};
use super::{Cast, MemberKind, Variant};
use crate::analysis::reference;

/// How the draft uses one name word.
struct WordUse {
    count: usize,
    first: usize,
    /// (mention, word index) of each use.
    uses: Vec<(usize, usize)>,
    /// Person members whose full name ends with this word, with their given name.
    surname_of: Vec<(usize, String)>,
}

fn is_candidate(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 4
        && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && word.chars().skip(1).any(char::is_lowercase)
}

impl Cast {
    /// Adds the variants found word by word that the member-level settling did not find.
    pub(super) fn word_variants(&mut self) {
        let mut uses: HashMap<&str, WordUse> = HashMap::new();
        for (m, mention) in self.mentions.iter().enumerate() {
            // The newsroom's spelling (the `names` setting) is never a slip.
            if self.members.get(mention.member).is_some_and(|member| member.known) {
                continue;
            }
            let person = self.members.get(mention.member).is_some_and(|member| member.kind == MemberKind::Person);
            let given = mention.given_and_surname().0;
            for (w, word) in mention.words.iter().enumerate().filter(|(_, w)| w.is_core() && is_candidate(&w.text)) {
                let entry = uses.entry(word.text.as_str()).or_insert(WordUse {
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
        let mut by_key: HashMap<u64, Vec<&str>> = HashMap::new();
        for word in uses.keys() {
            for key in spelling_keys(word) {
                by_key.entry(key).or_default().push(word);
            }
        }
        let covered: std::collections::HashSet<usize> = self.variants.iter().map(|v| v.span.start).collect();
        let mut found = Vec::new();
        for (word, used) in &uses {
            if used.count > 1 {
                continue;
            }
            let mut candidates: Vec<&str> =
                spelling_keys(word).iter().filter_map(|key| by_key.get(key)).flatten().copied().collect();
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
                    (more_used && !distinct_words(word, used, other, other_use)).then_some((other, slip))
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
fn distinct_words(word: &str, used: &WordUse, other: &str, other_use: &WordUse) -> bool {
    let place = reference::place(word).is_some();
    if place || reference::is_demonym(word) || reference::is_demonym(other) {
        return true;
    }
    if distinct_given_names(word, other) || (is_given_name(word) && is_given_name(other)) {
        return true;
    }
    // One letter changed in a short word makes another word more often than a slip does
    // ("Port"/"Post", "Slate"/"State", "Bond"/"Band").
    let same_length = word.chars().count() == other.chars().count();
    let transposed = same_length && {
        let mut a: Vec<char> = word.chars().collect();
        let mut b: Vec<char> = other.chars().collect();
        a.sort_unstable();
        b.sort_unstable();
        a == b
    };
    if same_length && !transposed && word.chars().count() < 7 {
        return true;
    }
    used.surname_of.iter().any(|(member, given)| {
        other_use.surname_of.iter().any(|(other_member, other_given)| member != other_member && given != other_given)
    })
}
