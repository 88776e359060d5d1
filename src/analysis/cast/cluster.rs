//! Clustering mentions into cast: full names first, then surnames, short forms,
//! acronyms and near-spellings join them. Two people who share a surname stay two.
//!
//! A book keeps introducing new names, so nothing here compares a mention with every
//! cluster: each cluster's forms are folded and split once, when they are added, into
//! hash indexes (by form, folded surname, first word, acronym, spelling neighbourhood),
//! and a mention looks up its few candidates there. The rules themselves are then applied
//! to the candidates exactly as written.

use super::known;
use std::hash::Hash;
use std::rc::Rc;
use std::sync::Arc;

use crate::text::memo::WordMemo;

use crate::analysis::fast_hash::FastMap as HashMap;

use super::ids::indexes;
use super::known::is_given_name;
use super::mentions::{Evidence, Join, Mention, is_acronym};
use super::similarity::{Slip, edit_keys, family_form, fold, hash_of, slip, slip_keys_of, sound_key};
use super::{MemberId, MentionId};
use crate::analysis::name_words as vocab;
use crate::settings::Settings;

/// A member while it is being built: its forms (core words of its full mentions) and its
/// mentions. The clusters become the members in the same order, so a cluster's id is its
/// member's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cluster {
    pub forms: Vec<Vec<String>>,
    pub mentions: Vec<MentionId>,
    pub evidence: Evidence,
    /// The newsroom's spelling, from the settings, with its accepted aliases.
    pub known: Option<(String, Vec<String>)>,
    pub acronym: Option<String>,
}

fn surname_of(form: &[String]) -> String {
    form[vocab::surname_start(form)..].join(" ")
}

fn given_of(form: &[String]) -> Vec<String> {
    let surname_words = surname_of(form).split(' ').count();
    form[..form.len().saturating_sub(surname_words)].to_vec()
}

fn words_of(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|w| !vocab::is_organisation_suffix(w) && !vocab::is_name_suffix(w))
        .map(str::to_string)
        .collect()
}

/// Whether `short` is an in-order subsequence of `long`.
fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|word| rest.any(|candidate| candidate == word))
}

/// A full form compared loosely: folded, hyphens as spaces.
fn loose(form: &[String]) -> String {
    fold(&form.join(" ")).replace('-', " ")
}

/// Initials of a long name's significant words: "World Health Organization" -> "WHO".
fn initials(form: &[String]) -> String {
    form.iter()
        .filter(|word| !matches!(word.as_str(), "of" | "for" | "and" | "the"))
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// The full name a given form stands for, and its given names.
pub fn split_form(form: &[String]) -> (Vec<String>, String) {
    (given_of(form), surname_of(form))
}

/// Keys for "the same words but the one at `skip`, and that one spelt nearly alike": two
/// forms of one length that differ in exactly one word, a slip of the other, share a key
/// (the spelling neighbourhoods of a word and its slip always meet, see `spelling_keys`).
fn one_word_keys(form: &[String], names: &mut NameKeys) -> Vec<u64> {
    let mut keys = Vec::new();
    for skip in 0..form.len() {
        let rest = hash_of(|h| {
            (form.len(), skip).hash(h);
            for (i, word) in form.iter().enumerate() {
                if i != skip {
                    word.hash(h);
                }
            }
        });
        keys.extend(names.edit_keys(&form[skip]).iter().map(|spelling| hash_of(|h| (rest, spelling).hash(h))));
    }
    keys
}

/// Key for a form's first word and one later word: a form that is an in-order
/// subsequence of another, with the same first word, shares the key of its last word.
fn first_pair_key(first: &str, other: &str) -> u64 {
    hash_of(|h| {
        first.hash(h);
        other.hash(h);
    })
}

/// The spelling neighbourhood of a name: its folded letters (hyphens and spaces dropped),
/// whole and with each one letter deleted, its spelling-family form and its sound key.
/// Every `slip` (same folded letters, a hyphen, a stray "s", one edit, a spelling family,
/// two edits that sound alike) leaves two spellings sharing one of these keys.
/// The spelling keys of the names a document uses, kept in its memo (`cast::Memo`): a
/// draft is read again on every edit, and Double Metaphone is the costly part of the keys.
/// A name no clustering asked about in the last two is forgotten.
#[derive(Clone, Debug, Default)]
pub struct NameKeys {
    slips: WordMemo<String, Arc<[u64]>>,
    family_and_sound: WordMemo<String, (u64, u64)>,
    /// `word_slip_keys` of the words of the names.
    words: WordMemo<String, Arc<[u64]>>,
    /// `edit_keys` of the words of the forms (every form is indexed again each clustering).
    edits: WordMemo<String, Arc<[u64]>>,
}

impl NameKeys {
    /// The spelling neighbourhood of a name: its folded letters (hyphens and spaces
    /// dropped), whole and with each one letter deleted, its spelling-family form and its
    /// sound key. Every `slip` (same folded letters, a hyphen, a stray "s", one edit, a
    /// spelling family, two edits that sound alike) leaves two spellings sharing one of
    /// these keys.
    fn spelling_keys(&mut self, name: &str) -> Vec<u64> {
        let mut keys = self.edit_keys(name).to_vec();
        let folded: String = fold(name).chars().filter(|c| *c != '-' && *c != ' ').collect();
        let (family, sound) = self.family_and_sound.get_or(folded.as_str(), family_and_sound_keys);
        keys.extend([family, sound]);
        keys
    }

    /// `spelling_keys` without the sound key: for slips of one edit or one spelling
    /// family only, which need no Double Metaphone.
    pub(super) fn slip_keys(&mut self, name: &str) -> Arc<[u64]> {
        self.slips.get_or(name, |name| slip_keys_of(name).into())
    }

    /// `edit_keys`, remembered.
    fn edit_keys(&mut self, word: &str) -> Arc<[u64]> {
        self.edits.get_or(word, |word| edit_keys(word).into())
    }

    /// `word_slip_keys`, remembered.
    fn word_slip_keys(&mut self, word: &str) -> Arc<[u64]> {
        self.words.get_or(word, |word| word_slip_keys(word).into())
    }

    /// Starts the next clustering (the settling after it asks too): what the last one
    /// did not ask is forgotten (see `WordMemo::next_analysis`).
    fn next_clustering(&mut self) {
        self.slips.next_analysis();
        self.family_and_sound.next_analysis();
        self.words.next_analysis();
        self.edits.next_analysis();
    }
}

/// The spelling-family and sound keys of a folded name (Double Metaphone: the costly part
/// of the keys, which `NameKeys` remembers).
fn family_and_sound_keys(folded: &str) -> (u64, u64) {
    let family = hash_of(|h| ("family", family_form(folded)).hash(h));
    let sound = hash_of(|h| ("sound", sound_key(folded)).hash(h));
    (family, sound)
}

/// What a cluster's forms say, worked out once per form rather than per comparison.
#[derive(Clone, Debug, Default)]
struct Derived {
    /// `loose` of each form, in the order of `forms`.
    loose_forms: Vec<String>,
    /// Per form: for a full form whose surname is hyphenated, that surname loosely.
    hyphen_surnames: Vec<Option<String>>,
    /// Surnames of the full forms (two words or more), in the order of `forms`.
    surnames: Vec<String>,
    /// Some form has two words or more.
    has_full_form: bool,
    /// Some mention joined as a surname alone.
    called_by_surname: bool,
    /// `evidence.person_like()` as last counted in the first-word tallies.
    person_like: bool,
    /// Distinct first words of the full forms, and of the two-word forms.
    first_words: Vec<String>,
    leading_words: Vec<String>,
    /// Starts of the mentions that joined while full names were read (document order).
    full_starts: Vec<usize>,
    /// Starts of the first and the latest mention that joined afterwards (document order,
    /// so every one is before the mention being placed).
    short_first: Option<usize>,
    short_latest: Option<usize>,
}

/// How many clusters hold a key, and the xor of their indices: when the count is one, the
/// xor is that cluster. Lets "exactly one cluster" questions be answered without a list.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    count: usize,
    xor: usize,
}

impl Tally {
    fn toggle(&mut self, cluster: MemberId, present: bool) {
        if present {
            self.count += 1;
        } else {
            self.count -= 1;
        }
        self.xor ^= cluster.index();
    }

    fn only(&self) -> Option<MemberId> {
        (self.count == 1).then_some(MemberId::new(self.xor))
    }
}

/// One index's clusters for a key, if it has the key.
type IndexList<'i> = Option<&'i Listed>;

/// Whether a name's words name a place: the gazetteer's, a region, a place's acronym
/// ("U.S."), or a name ending in a place word ("Kern County").
fn names_a_place(words: &[String]) -> bool {
    let name = words.join(" ");
    known::place(&name).is_some()
        || vocab::is_region(&name)
        || matches!(words, [word] if vocab::is_place_acronym(word))
        || (words.len() >= 2 && words.last().is_some_and(|last| vocab::is_place_word(last)))
}

/// "Harwick" of "Harwick City Council", "Port Callow" of "Port Callow Harbour Authority":
/// the words a local body's name opens with, when a word of local government follows
/// them, name the place the body serves.
fn opens_a_local_body(short: &[String], long: &[String]) -> bool {
    const LOCAL_GOVERNMENT: &[&str] = &[
        "City",
        "County",
        "Town",
        "Township",
        "Borough",
        "Village",
        "Parish",
        "Municipal",
        "Metropolitan",
        "Harbour",
        "Harbor",
        "Port",
        "Police",
        "Fire",
    ];
    long.len() > short.len() && long.starts_with(short) && LOCAL_GOVERNMENT.contains(&long[short.len()].as_str())
}

/// The clusters an index lists under one key, in the order added. Nearly every key lists
/// one cluster, held without a heap allocation (an index holds thousands of keys, built
/// again at every clustering).
#[derive(Debug, Default)]
struct Listed {
    first: Option<MemberId>,
    more: Vec<MemberId>,
}

impl Listed {
    fn of(cluster: MemberId) -> Self {
        Listed { first: Some(cluster), more: Vec::new() }
    }

    /// Adds `cluster` unless it is the last added.
    fn push_once(&mut self, cluster: MemberId) {
        match self.more.last().copied().or(self.first) {
            Some(last) if last == cluster => {}
            None => self.first = Some(cluster),
            Some(_) => self.more.push(cluster),
        }
    }

    fn iter(&self) -> <&Listed as IntoIterator>::IntoIter {
        self.into_iter()
    }
}

impl<'l> IntoIterator for &'l Listed {
    type Item = MemberId;
    type IntoIter =
        std::iter::Chain<std::option::IntoIter<MemberId>, std::iter::Copied<std::slice::Iter<'l, MemberId>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.first.into_iter().chain(self.more.iter().copied())
    }
}

/// [`Listed::push_once`] into the list under `key`, which is copied only when it is new (most
/// forms repeat words the index already holds).
fn push_under<K, Q>(map: &mut HashMap<K, Listed>, key: &Q, cluster: MemberId)
where
    K: std::borrow::Borrow<Q> + Hash + Eq,
    Q: ToOwned<Owned = K> + Hash + Eq + ?Sized,
{
    match map.get_mut(key) {
        Some(list) => list.push_once(cluster),
        None => {
            map.insert(key.to_owned(), Listed::of(cluster));
        }
    }
}

/// Where to look a mention up. Lists may hold a cluster twice or hold one that does not
/// match after all; the rules are applied to every candidate.
#[derive(Debug, Default)]
struct Index {
    /// Exact forms.
    by_form: HashMap<Vec<String>, Listed>,
    /// Loose forms and loose hyphenated surnames of full forms.
    by_loose: HashMap<String, Listed>,
    /// `one_word_keys` of the full forms.
    by_one_word: HashMap<u64, Listed>,
    /// `first_pair_key` of each full form's first word with every later word.
    by_first_pair: HashMap<u64, Listed>,
    /// Folded surnames.
    by_folded_surname: HashMap<String, Listed>,
    /// Last word of a surname with a particle ("Berg" of "van der Berg").
    by_particle_last: HashMap<String, Listed>,
    /// The name after a particle prefix ("Assad" of "al-Assad").
    by_particle_prefixed: HashMap<String, Listed>,
    /// Each part of a hyphenated surname.
    by_hyphen_part: HashMap<String, Listed>,
    /// Acronyms given in parentheses and initials of full forms.
    by_acronym: HashMap<String, Listed>,
    /// `spelling_keys` of surnames.
    by_spelling: HashMap<u64, Listed>,
    /// Clusters that are not person-like, by the first word of a full form.
    other_first_word: HashMap<String, Tally>,
    /// Person-like clusters, by the first word of a two-word form.
    person_leading_word: HashMap<String, Tally>,
}

impl Index {
    /// Room for the keys of a draft with `mentions` mentions, so the tables are not grown
    /// (and rehashed) again and again while clustering: news copy keeps about one cluster
    /// for every two or three mentions, each with about ten word keys and eight spelling
    /// keys (measured on the corpus draft).
    fn reserve(&mut self, mentions: usize) {
        let clusters = mentions / 2;
        self.by_form.reserve(clusters);
        self.by_loose.reserve(clusters);
        self.by_one_word.reserve(clusters * 10);
        self.by_first_pair.reserve(clusters);
        self.by_folded_surname.reserve(clusters / 2);
        self.by_acronym.reserve(clusters / 2);
        self.by_spelling.reserve(clusters * 8);
    }
}

#[derive(Default)]
struct Clusterer {
    clusters: Vec<Cluster>,
    derived: Vec<Derived>,
    index: Index,
    /// `loose` and `one_word_keys` of each full mention's words, by the words.
    full_keys: HashMap<Vec<String>, Rc<(String, Vec<u64>)>>,
    /// `find_full`'s list of candidates, kept between calls.
    candidates: Vec<MemberId>,
    /// The document's name keys (from its memo, handed back when clustering ends).
    keys: std::cell::RefCell<NameKeys>,
}

indexes!(MemberId => Cluster, Derived);

impl Clusterer {
    /// A clusterer that starts with the newsroom's names (the `names` setting), each a
    /// person's cluster with its aliases as forms.
    fn with_known_names(settings: &Settings) -> Self {
        let mut clusterer = Clusterer::default();
        for known in &settings.names {
            let mut forms = vec![words_of(known.name())];
            forms.extend(known.aliases().iter().map(|alias| words_of(alias)));
            forms.retain(|form| !form.is_empty());
            if forms.is_empty() {
                continue;
            }
            clusterer.add_cluster(Cluster {
                forms,
                evidence: Evidence { person: 1, ..Evidence::default() },
                known: Some((known.name().to_string(), known.aliases().to_vec())),
                ..Cluster::default()
            });
        }
        clusterer
    }

    fn add_cluster(&mut self, cluster: Cluster) -> MemberId {
        let c = MemberId::new(self.clusters.len());
        let forms = cluster.forms.clone();
        let acronym = cluster.acronym.clone();
        let person_like = cluster.evidence.person_like();
        self.clusters.push(Cluster { forms: Vec::new(), acronym: None, ..cluster });
        self.derived.push(Derived { person_like, ..Derived::default() });
        for form in forms {
            self.add_form(c, form);
        }
        if let Some(acronym) = acronym {
            self.set_acronym(c, acronym);
        }
        c
    }

    fn set_acronym(&mut self, c: MemberId, acronym: String) {
        push_under(&mut self.index.by_acronym, acronym.as_str(), c);
        self.clusters[c].acronym = Some(acronym);
    }

    /// Adds a form to cluster `c` and to every index it belongs in.
    fn add_form(&mut self, c: MemberId, form: Vec<String>) {
        let index = &mut self.index;
        let derived = &mut self.derived[c];
        push_under(&mut index.by_form, form.as_slice(), c);
        let loose_form = loose(&form);
        push_under(&mut index.by_loose, loose_form.as_str(), c);
        derived.loose_forms.push(loose_form);
        let mut hyphen_surname = None;
        if form.len() >= 2 {
            let surname = surname_of(&form);
            if surname.contains('-') {
                let loose_surname = fold(&surname).replace('-', " ");
                push_under(&mut index.by_loose, loose_surname.as_str(), c);
                hyphen_surname = Some(loose_surname);
            }
            for key in one_word_keys(&form, self.keys.get_mut()) {
                index.by_one_word.entry(key).or_default().push_once(c);
            }
            for later in &form[1..] {
                index.by_first_pair.entry(first_pair_key(&form[0], later)).or_default().push_once(c);
            }
            index.by_folded_surname.entry(fold(&surname)).or_default().push_once(c);
            if surname.contains(' ')
                && let Some(last) = surname.rsplit(' ').next()
            {
                push_under(&mut index.by_particle_last, last, c);
            }
            if let Some((prefix, rest)) = surname.split_once('-')
                && vocab::is_particle(prefix)
            {
                push_under(&mut index.by_particle_prefixed, rest, c);
            }
            if surname.contains('-') {
                for part in surname.split('-') {
                    push_under(&mut index.by_hyphen_part, part, c);
                }
            }
            for key in self.keys.get_mut().spelling_keys(&surname) {
                index.by_spelling.entry(key).or_default().push_once(c);
            }
            index.by_acronym.entry(initials(&form)).or_default().push_once(c);
            if !derived.first_words.contains(&form[0]) {
                derived.first_words.push(form[0].clone());
                if !derived.person_like {
                    index.other_first_word.entry(form[0].clone()).or_default().toggle(c, true);
                }
            }
            if form.len() == 2 && !derived.leading_words.contains(&form[0]) {
                derived.leading_words.push(form[0].clone());
                if derived.person_like {
                    index.person_leading_word.entry(form[0].clone()).or_default().toggle(c, true);
                }
            }
            derived.surnames.push(surname);
            derived.has_full_form = true;
        }
        if let [word] = form.as_slice()
            && !is_acronym(word)
        {
            for key in self.keys.get_mut().spelling_keys(word) {
                index.by_spelling.entry(key).or_default().push_once(c);
            }
        }
        derived.hyphen_surnames.push(hyphen_surname);
        self.clusters[c].forms.push(form);
    }

    /// Adds a mention's evidence to cluster `c`, keeping the first-word tallies in step
    /// when the cluster turns person-like or stops being so.
    fn add_evidence(&mut self, c: MemberId, evidence: Evidence) {
        self.clusters[c].evidence.add(evidence);
        let person_like = self.clusters[c].evidence.person_like();
        let derived = &mut self.derived[c];
        if person_like == derived.person_like {
            return;
        }
        derived.person_like = person_like;
        for word in &derived.first_words {
            self.index.other_first_word.entry(word.clone()).or_default().toggle(c, !person_like);
        }
        for word in &derived.leading_words {
            self.index.person_leading_word.entry(word.clone()).or_default().toggle(c, person_like);
        }
    }

    /// The first cluster (in order of creation) holding exactly this form.
    fn first_with_form(&self, words: &[String]) -> Option<MemberId> {
        self.index.by_form.get(words).and_then(|list| list.iter().min())
    }

    /// How a full mention's words match a form of cluster `c`.
    fn full_match(&self, words: &[String], loose_words: &str, mention_evidence: Evidence, c: MemberId) -> Option<Join> {
        let cluster = &self.clusters[c];
        let derived = &self.derived[c];
        for (f, form) in cluster.forms.iter().enumerate() {
            if form == words {
                return Some(Join::Same);
            }
            if derived.loose_forms[f] == loose_words {
                return Some(Join::NearSpelling);
            }
            // "Ocasio Cortez" for the hyphenated surname of "Alexandria Ocasio-Cortez".
            if derived.hyphen_surnames[f].as_deref() == Some(loose_words) {
                return Some(Join::NearSpelling);
            }
        }
        let both_people = mention_evidence.person_like() && cluster.evidence.person_like();
        for form in cluster.forms.iter().filter(|form| form.len() >= 2) {
            // "Micheal Smith" for "Michael Smith", "Joe Bidens" for "Joe Biden": one word
            // slipped, the others the same.
            if both_people {
                let evidenced = cluster.evidence.person + mention_evidence.person > 0;
                if one_word_slipped(form, words, evidenced).is_some() {
                    return Some(Join::NearSpelling);
                }
            }
            // "Barrick Gold" and "Barrick Gold Corp.", "Goldman Sachs" and "Goldman Sachs Group".
            let (short, long) =
                if words.len() < form.len() { (words, form.as_slice()) } else { (form.as_slice(), words) };
            // "in New York" is the city, not "The New York Times" shortened: a place never
            // shortens a name that is not a place's.
            // Nor does a place named as one ("out of Port Callow") shorten its local body.
            let placed = mention_evidence.place > 0 && mention_evidence.organisation == 0;
            let place_of_a_body = names_a_place(short) && !names_a_place(long)
                || placed && words.len() < form.len() && opens_a_local_body(short, long);
            if !both_people
                && !place_of_a_body
                && short.len() >= 2
                && short[0] == long[0]
                && is_subsequence(short, long)
            {
                return Some(Join::ShortForm);
            }
        }
        None
    }

    /// The first cluster a full mention matches, and how. Candidates are every cluster
    /// that shares a key with the mention; each is judged by `full_match`.
    fn find_full(&mut self, words: &[String], evidence: Evidence) -> Option<(MemberId, Join)> {
        // A name is written in full many times: its keys are worked out once.
        let keys = match self.full_keys.get(words) {
            Some(keys) => Rc::clone(keys),
            None => {
                let keys = Rc::new((loose(words), one_word_keys(words, self.keys.get_mut())));
                self.full_keys.insert(words.to_vec(), Rc::clone(&keys));
                keys
            }
        };
        let (loose_words, one_word) = &*keys;
        // Every full mention gathers candidates: one list is reused rather than allocated.
        let mut candidates = std::mem::take(&mut self.candidates);
        candidates.clear();
        candidates.extend(self.index.by_loose.get(loose_words).into_iter().flatten());
        for &key in one_word {
            candidates.extend(self.index.by_one_word.get(&key).into_iter().flatten());
        }
        for later in &words[1..] {
            candidates.extend(self.index.by_first_pair.get(&first_pair_key(&words[0], later)).into_iter().flatten());
        }
        candidates.sort_unstable();
        candidates.dedup();
        // The first that matches, unless a later one has the very same form: "Port Callow"
        // is the town the draft already names, not "Port Callow Harbour Authority" shortened.
        let mut found = None;
        for &c in &candidates {
            match self.full_match(words, loose_words, evidence, c) {
                Some(Join::Same) => {
                    found = Some((c, Join::Same));
                    break;
                }
                Some(link) if found.is_none() => found = Some((c, link)),
                _ => {}
            }
        }
        self.candidates = candidates;
        found
    }

    /// Every cluster in `lists` that passes `keep`, sorted, once each.
    fn gather(lists: &[IndexList], keep: impl Fn(MemberId) -> bool) -> Vec<MemberId> {
        let mut found: Vec<MemberId> =
            lists.iter().flatten().flat_map(|list| list.iter()).filter(|&c| keep(c)).collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Among several clusters, the one mentioned last before `position`, else the first
    /// after: "Venus Williams ... Williams" follows the latest Williams.
    fn nearest(&self, candidates: Vec<MemberId>, position: usize) -> Option<MemberId> {
        if candidates.len() <= 1 {
            return candidates.first().copied();
        }
        let last_before = |c: MemberId| {
            let derived = &self.derived[c];
            let before = derived.full_starts.partition_point(|&start| start < position);
            let full = before.checked_sub(1).map(|i| derived.full_starts[i]);
            full.max(derived.short_latest.filter(|&start| start < position))
        };
        let first = |c: MemberId| {
            let derived = &self.derived[c];
            match (derived.full_starts.first().copied(), derived.short_first) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            }
        };
        candidates.iter().copied().filter_map(|c| last_before(c).map(|start| (start, c))).max().map(|(_, c)| c).or_else(
            || candidates.iter().copied().filter_map(|c| first(c).map(|start| (start, c))).min().map(|(_, c)| c),
        )
    }

    /// Whether cluster `c` is a person named in full: the only cluster a surname or a part
    /// of one may join.
    fn is_full_person(&self, c: MemberId) -> bool {
        self.derived[c].has_full_form && self.clusters[c].evidence.person_like()
    }

    /// The cluster a surname, short form, acronym or lone word joins, and how.
    fn join_short(&self, mention: &Mention, words: &[String]) -> Option<(MemberId, Join)> {
        // A multi-word mention that is weak (a headline's) joins only a form it matches.
        if words.len() >= 2 && mention.surname_start() > 0 {
            return self.first_with_form(words).map(|c| (c, Join::Same));
        }
        // "in Washington" is a place, whatever George Washington's surname is: a mention
        // with signs of a place or organisation joins no person.
        let could_be_person = mention.evidence.person_like();
        // A preposition alone ("complained to Sanders officials", "a letter from Okafor")
        // does not stop a surname the gazetteer does not know from joining its person.
        let evidence = &mention.evidence;
        let placed_by_a_preposition_only = evidence.place == 1
            && evidence.organisation == 0
            && evidence.gazetteer == 0
            && words.iter().all(|w| known::place(w).is_none());
        if (could_be_person || placed_by_a_preposition_only)
            && let Some(found) = self.join_surname(words, mention.span.start)
        {
            return Some(found);
        }
        // A lone word the draft already uses on its own.
        if let Some(c) = self.first_with_form(words) {
            return Some((c, Join::Same));
        }
        let [word] = words else { return None };
        if is_acronym(word) {
            return self.join_acronym(word);
        }
        if let Some(found) = self.join_first_word(word, mention, mention.weak) {
            return Some(found);
        }
        if let Some(c) = self.body_of_head_noun(word).or_else(|| self.club_of_last_word(word)) {
            return Some((c, Join::ShortForm));
        }
        // A slip of a person's surname, else of any member's one-word name: the candidates
        // share a spelling key with the word.
        let keys = self.keys.borrow_mut().spelling_keys(word);
        let lists: Vec<IndexList> = keys.iter().map(|key| self.index.by_spelling.get(key)).collect();
        if could_be_person && let Some(found) = self.join_surname_slip(mention, word, &lists) {
            return Some(found);
        }
        self.join_lone_slip(mention, word, &lists)
    }

    /// A person's surname alone ("van der Berg"), or for one word, the last word of a
    /// surname with particles, the surname without its particle prefix or one part of a
    /// hyphenated surname: the person named nearest before `position` (see `nearest`).
    fn join_surname(&self, words: &[String], position: usize) -> Option<(MemberId, Join)> {
        let index = &self.index;
        let derived = &self.derived;
        // Nearly every surname alone is one word: folded without joining a copy first.
        let folded = if let [word] = words { fold(word) } else { fold(&words.join(" ")) };
        let by_surname = Self::gather(&[index.by_folded_surname.get(&folded)], |c| {
            self.is_full_person(c) && derived[c].surnames.iter().any(|s| fold(s) == folded)
        });
        if let Some(c) = self.nearest(by_surname, position) {
            return Some((c, Join::Surname));
        }
        let [word] = words else { return None };
        // The last word of a particle surname.
        let by_particle = Self::gather(&[index.by_particle_last.get(word)], |c| {
            self.is_full_person(c)
                && derived[c].surnames.iter().any(|s| s.contains(' ') && s.rsplit(' ').next() == Some(word))
        });
        if let Some(c) = self.nearest(by_particle, position) {
            // "Salman" for "bin Salman" is how English copy shortens Arabic names.
            let patronymic =
                derived[c].surnames.iter().any(|s| s.split(' ').next().is_some_and(vocab::is_patronymic_particle));
            return Some((c, if patronymic { Join::Surname } else { Join::ParticleDropped }));
        }
        // "Assad" for "al-Assad": the particle dropped, as English copy does.
        let by_particle_prefix = Self::gather(&[index.by_particle_prefixed.get(word)], |c| {
            self.is_full_person(c)
                && derived[c]
                    .surnames
                    .iter()
                    .any(|s| s.split_once('-').is_some_and(|(prefix, rest)| vocab::is_particle(prefix) && rest == word))
        });
        if let Some(c) = self.nearest(by_particle_prefix, position) {
            return Some((c, Join::Surname));
        }
        // One part of a hyphenated surname.
        let by_part = Self::gather(&[index.by_hyphen_part.get(word)], |c| {
            self.is_full_person(c)
                && derived[c].surnames.iter().any(|s| s.contains('-') && s.split('-').any(|part| part == word))
        });
        self.nearest(by_part, position).map(|c| (c, Join::HyphenPart))
    }

    /// An acronym: given in parentheses after the long name, or its initials. Only when it
    /// is exactly one cluster's.
    fn join_acronym(&self, word: &str) -> Option<(MemberId, Join)> {
        let bare = word.replace('.', "");
        // "U.S." names the country, not "U.S. Senate" by its initials (an acronym the
        // draft gives in parentheses still counts).
        let place = vocab::is_place_acronym(word);
        let by_acronym = Self::gather(&[self.index.by_acronym.get(&bare)], |c| {
            self.clusters[c].acronym.as_deref() == Some(bare.as_str())
                || (!place && self.clusters[c].forms.iter().any(|form| form.len() >= 2 && initials(form) == bare))
        });
        (by_acronym.len() == 1).then(|| (by_acronym[0], Join::Acronym))
    }

    /// A name's first word used alone: an organisation's short form ("Barrick", "Huawei"),
    /// or a person's leading name ("Xi" for "Xi Jinping") when only one person has it.
    /// `opening`: the word opens a sentence (a weak mention).
    fn join_first_word(&self, word: &str, mention: &Mention, opening: bool) -> Option<(MemberId, Join)> {
        let could_be_person = mention.evidence.person_like();
        let placed = mention.evidence.place > 0 && mention.evidence.organisation == 0;
        // "Tulsa" after "Tulsa Police Department" is the city: a place is no body's short
        // form unless the body is itself a place. So is a word placed by the sentence ("in
        // Harwick") that opens a local body's name ("Harwick City Council").
        let place_of_a_body = |c: MemberId| {
            let owned = word.to_string();
            let word = std::slice::from_ref(&owned);
            let forms = &self.clusters[c].forms;
            names_a_place(word) && !forms.iter().any(|form| names_a_place(form))
                || placed && forms.iter().any(|form| opens_a_local_body(word, form))
        };
        // "Environmental groups said" before "the Environmental Protection Agency": a
        // common word opening a sentence is the word, no body's short form ("Xi said" is
        // still Xi Jinping). Asked only of a word some body's name opens.
        if let Some(c) = self.index.other_first_word.get(word).and_then(Tally::only)
            && !vocab::looks_like_demonym(word)
            && !place_of_a_body(c)
            && !(opening && crate::dictionary::is_common_word(word))
        {
            return Some((c, Join::ShortForm));
        }
        // "Russia said" after "Russia Today": a country is nobody's leading name.
        if could_be_person
            && !known::is_country_or_region(word)
            && let Some(c) = self.index.person_leading_word.get(word).and_then(Tally::only)
        {
            return Some((c, Join::LeadingWord));
        }
        None
    }

    /// "the Corps" after "the U.S. Army Corps of Engineers", "the Authority" after "the Port
    /// Callow Harbour Authority": a body's head noun alone, capitalised, is that body when
    /// exactly one body the draft names has it after its first word.
    fn body_of_head_noun(&self, word: &str) -> Option<MemberId> {
        const HEAD_NOUNS: &[&str] = &[
            "Corps",
            "Authority",
            "Commission",
            "Council",
            "Agency",
            "Board",
            "Bureau",
            "Department",
            "Ministry",
            "Institute",
            "Foundation",
        ];
        if !HEAD_NOUNS.contains(&word) {
            return None;
        }
        self.only_cluster_with(|form| form.len() >= 2 && form[1..].iter().any(|w| w == word))
    }

    /// The one cluster with a form that `holds`, if exactly one has one.
    fn only_cluster_with(&self, holds: impl Fn(&[String]) -> bool) -> Option<MemberId> {
        let mut found =
            (0..self.clusters.len()).map(MemberId::new).filter(|&c| self.clusters[c].forms.iter().any(|f| holds(f)));
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// "Rovers" after "Harwick Rovers": a club's last word alone is the one club the draft
    /// names with it.
    fn club_of_last_word(&self, word: &str) -> Option<MemberId> {
        if !super::mentions::is_club_word(word) {
            return None;
        }
        self.only_cluster_with(|form| form.len() >= 2 && form.last().is_some_and(|last| last == word))
    }

    /// A near-spelling of exactly one person's surname ("Kowalsky", "Bidens"), among the
    /// clusters in `lists` (the word's spelling neighbourhood). A family ("the Obamas") is
    /// not a slip.
    fn join_surname_slip(&self, mention: &Mention, word: &str, lists: &[IndexList]) -> Option<(MemberId, Join)> {
        let mention_speaks = mention.evidence.person + mention.evidence.speaker > 0;
        let by_slip = Self::gather(lists, |c| {
            // Someone: titled, described, quoted, or already called by surname alone.
            let someone = self.clusters[c].evidence.person > 0 || mention_speaks || self.derived[c].called_by_surname;
            self.is_full_person(c)
                && someone
                && self.derived[c].surnames.iter().any(|surname| match slip(word, surname) {
                    Some(Slip::StrayPlural) => !mention.after_determiner,
                    // Two edits only on strong evidence: the bare surname is someone's
                    // (titled or speaking) and near exactly one introduced person.
                    Some(slip) if slip.needs_strong_evidence() => mention_speaks,
                    Some(_) => true,
                    None => false,
                })
        });
        (by_slip.len() == 1).then(|| (by_slip[0], Join::NearSpelling))
    }

    /// A lone word that is a slip of exactly one member's one-word name, of any kind
    /// ("Mozambqiue" for "Mozambique", "Reuetrs" for "Reuters"). Never between two places
    /// the gazetteer knows ("Iran", "Iraq"), never for a demonym, a family or a group.
    fn join_lone_slip(&self, mention: &Mention, word: &str, lists: &[IndexList]) -> Option<(MemberId, Join)> {
        if mention.after_determiner || known::is_demonym(word) {
            return None;
        }
        let word_is_place = known::place(word).is_some();
        let by_lone = Self::gather(lists, |c| {
            self.clusters[c].forms.iter().any(|form| match form.as_slice() {
                [established] => {
                    let both_places = word_is_place && known::place(established).is_some();
                    let close = match slip(word, established) {
                        Some(Slip::StrayPlural) => mention.possessive,
                        Some(slip) => !slip.needs_strong_evidence(),
                        None => false,
                    };
                    close && !both_places && !known::is_demonym(established)
                }
                _ => false,
            })
        });
        (by_lone.len() == 1).then(|| (by_lone[0], Join::NearSpelling))
    }
}

/// Whether a person's full name `written` is `established` with one word slipped
/// ("Micheal Smith" for "Michael Smith", "Anna Kowalsky" for "Anna Kowalski"), the other
/// words the same: the index of the slipped word. A slipped surname needs a sign of a
/// person (`evidenced`: "South Africa", "South African"); two common given names are two
/// people ("Mark Smith", "Mary Smith"). The newsroom's memory links names across stories
/// by the same rule.
pub fn one_word_slipped(established: &[String], written: &[String], evidenced: bool) -> Option<usize> {
    if established.len() != written.len() || established.len() < 2 {
        return None;
    }
    let mut differing = established.iter().zip(written).enumerate().filter(|(_, (a, b))| a != b);
    let (index, (a, b)) = differing.next()?;
    if differing.next().is_some() || slip(b, a).is_none() {
        return None;
    }
    let surname_slipped = index + 1 == established.len();
    // "Mark Smith" and "Mary Smith" are two people: both given names are real and common
    // ("Micheal" is real but rare beside "Michael": a slip).
    let distinct_given = !surname_slipped && distinct_given_names(a, b);
    ((evidenced || !surname_slipped) && !distinct_given).then_some(index)
}

/// Two given names that name two people, not one misspelt: both common in the reference
/// data, the rarer at least a twentieth as common as the other.
pub(super) fn distinct_given_names(a: &str, b: &str) -> bool {
    let births = |name: &str| known::given_name(name).filter(|_| is_given_name(name)).map(|g| g.births);
    match (births(a), births(b)) {
        (Some(a), Some(b)) => u64::from(a.min(b)) * 20 >= u64::from(a.max(b)),
        _ => false,
    }
}

/// The keys of a word that every word one edit or one spelling family away
/// (`Slip::OneEdit`, `Slip::Family`, as `slip` decides them) shares one of: the folded
/// letters whole and with each one letter deleted (`edit_keys`: one insertion, deletion,
/// substitution or transposition leaves two spellings with a common deletion), and the
/// family form of the folded word, as `slip` compares it.
fn word_slip_keys(word: &str) -> Vec<u64> {
    let mut keys = edit_keys(word);
    keys.push(hash_of(|h| ("family", family_form(&fold(word))).hash(h)));
    keys
}

/// Every word of every cluster's forms, by its `word_slip_keys`: the clusters holding a
/// word that is a slip of a given word are among those listed under one of its keys (a
/// key shared by chance only adds a candidate the rule then rejects). One sorted list of
/// (key, cluster) pairs, looked up by binary search: one allocation however many words.
struct ClustersByWord(Vec<(u64, MemberId)>);

impl ClustersByWord {
    fn of(clusters: &[Cluster], keys: &std::cell::RefCell<NameKeys>) -> Self {
        let mut keys = keys.borrow_mut();
        let mut pairs = Vec::new();
        for (index, cluster) in clusters.iter().enumerate() {
            let c = MemberId::new(index);
            for word in cluster.forms.iter().flatten() {
                pairs.extend(keys.word_slip_keys(word).iter().map(|&key| (key, c)));
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        ClustersByWord(pairs)
    }

    /// The clusters listed under any of `keys` that `keep` accepts, each once, in order
    /// (each asked once).
    fn gather(&self, keys: &[u64], keep: impl Fn(MemberId) -> bool) -> Vec<MemberId> {
        let mut found = Vec::new();
        for &key in keys {
            let start = self.0.partition_point(|&(k, _)| k < key);
            found.extend(self.0[start..].iter().take_while(|&&(k, _)| k == key).map(|&(_, c)| c));
        }
        found.sort_unstable();
        found.dedup();
        found.retain(|&c| keep(c));
        found
    }
}

/// A sentence-initial word that names something by other evidence ("Reuters reported",
/// "Kenya hosted") joins a member named later in the draft, by its form or as a slip of
/// it: read in order, the later mention was not there yet.
fn join_weak_late(clusterer: &mut Clusterer, mentions: &mut [Mention], assigned: &mut [Option<MemberId>]) {
    // Built when a first mention asks: no form is added from here on.
    let mut clusters_by_word: Option<ClustersByWord> = None;
    for index in 0..mentions.len() {
        let mention = &mentions[index];
        let evidence = mention.evidence;
        let evidenced =
            evidence.person + evidence.organisation + evidence.place + evidence.speaker + evidence.gazetteer > 0;
        if assigned[index].is_some() || !mention.weak {
            continue;
        }
        let words: Vec<String> = mention.core().iter().map(|w| w.text.to_string()).collect();
        let [word] = words.as_slice() else { continue };
        // One edit or one spelling family only: no sound key needed.
        let keys = clusterer.keys.get_mut().slip_keys(word);
        let lists: Vec<IndexList> = keys.iter().map(|key| clusterer.index.by_spelling.get(key)).collect();
        let found = if evidenced {
            clusterer
                .first_with_form(&words)
                .map(|c| (c, Join::Same))
                .or_else(|| clusterer.join_lone_slip(mention, word, &lists))
        } else {
            None
        };
        // "Schif called it" after "Adam Schiff": a sentence-initial word one slip from
        // exactly one full name's surname is that surname misspelt.
        let found = found.or_else(|| {
            let by_surname = Clusterer::gather(&lists, |c| {
                clusterer.derived[c].surnames.iter().any(|surname| {
                    let close = match slip(word, surname) {
                        Some(Slip::OneEdit | Slip::Family) => true,
                        // "Mendezs' wife": a plural-looking possessive, `garbled.possessive`'s.
                        Some(Slip::StrayPlural) => mention.possessive,
                        _ => false,
                    };
                    close && !known::is_demonym(word)
                })
            });
            (by_surname.len() == 1).then(|| (by_surname[0], Join::NearSpelling))
        });
        // "Hiillary was there" after "Hillary Clinton": one slip from a word of exactly one
        // member's names (a given name too), and no name of its own. The word-level pass
        // (`words.rs`) then reports it against the word the draft establishes.
        let found = found.or_else(|| {
            if is_given_name(word) || known::place(word).is_some() || known::is_demonym(word) {
                return None;
            }
            let close = |written: &String| {
                !known::is_demonym(written) && matches!(slip(word, written), Some(Slip::OneEdit | Slip::Family))
            };
            // Only the clusters with a word sharing a key can hold a close one.
            let keys = &clusterer.keys;
            let by_words = clusters_by_word.get_or_insert_with(|| ClustersByWord::of(&clusterer.clusters, keys));
            let word_keys = keys.borrow_mut().word_slip_keys(word);
            let by_word =
                by_words.gather(&word_keys, |c| clusterer.clusters[c].forms.iter().any(|form| form.iter().any(close)));
            (by_word.len() == 1).then(|| (by_word[0], Join::NearSpelling))
        });
        let Some((c, link)) = found else { continue };
        mentions[index].link = link;
        clusterer.add_evidence(c, evidence);
        clusterer.clusters[c].mentions.push(MentionId::new(index));
        assigned[index] = Some(c);
    }
}

/// Assigns every mention to a member; returns the clusters. Mentions that join nothing
/// and may not found a member (weak ones) are removed from `mentions`.
pub fn cluster(mentions: &mut Vec<Mention>, settings: &Settings, keys: &mut NameKeys) -> Vec<Cluster> {
    debug_assert!(
        mentions.windows(2).all(|pair| pair[0].span.start < pair[1].span.start),
        "mentions in document order"
    );
    let mut clusterer = Clusterer::with_known_names(settings);
    clusterer.index.reserve(mentions.len());
    keys.next_clustering();
    *clusterer.keys.get_mut() = std::mem::take(keys);
    let mut assigned: Vec<Option<MemberId>> = vec![None; mentions.len()];
    let pairings = pairings_of_names(mentions);
    // Full names first: they found the cast that shorter mentions join.
    join_full_names(&mut clusterer, mentions, &mut assigned);
    join_short_mentions(&mut clusterer, mentions, &mut assigned, &pairings);
    join_weak_late(&mut clusterer, mentions, &mut assigned);
    *keys = clusterer.keys.take();
    let mut clusters = clusterer.clusters;
    keep_assigned(mentions, &assigned, &mut clusters);
    clusters
}

/// Each full name (given name and surname, not weak) joins the cluster it matches or
/// founds one.
fn join_full_names(clusterer: &mut Clusterer, mentions: &mut [Mention], assigned: &mut [Option<MemberId>]) {
    for (index, mention) in mentions.iter_mut().enumerate() {
        // A surname that starts after the first core word leaves two words or more.
        if mention.weak || mention.surname_start() == 0 {
            continue;
        }
        let words: Vec<String> = mention.core_words().map(|w| w.text.to_string()).collect();
        let c = match clusterer.find_full(&words, mention.evidence) {
            Some((c, link)) => {
                mention.link = link;
                // A form already known adds nothing (and would make every later
                // comparison slower): keep each form once.
                if (link == Join::Same || link == Join::ShortForm) && !clusterer.clusters[c].forms.contains(&words) {
                    clusterer.add_form(c, words);
                }
                c
            }
            None => clusterer.add_cluster(Cluster { forms: vec![words], ..Cluster::default() }),
        };
        clusterer.add_evidence(c, mention.evidence);
        if clusterer.clusters[c].acronym.is_none()
            && let Some(acronym) = &mention.acronym
        {
            clusterer.set_acronym(c, acronym.clone());
        }
        clusterer.clusters[c].mentions.push(MentionId::new(index));
        clusterer.derived[c].full_starts.push(mention.span.start);
        assigned[index] = Some(c);
    }
}

/// Then surnames, short forms, acronyms and lone words, in document order: each joins a
/// cluster (`Clusterer::join_short`) or, unless weak, founds one.
fn join_short_mentions(
    clusterer: &mut Clusterer,
    mentions: &mut [Mention],
    assigned: &mut [Option<MemberId>],
    pairings: &[bool],
) {
    for index in 0..mentions.len() {
        if assigned[index].is_some() {
            continue;
        }
        let mention = &mentions[index];
        let words: Vec<String> = mention.core_words().map(|w| w.text.to_string()).collect();
        let found = if words.is_empty() { None } else { clusterer.join_short(mention, &words) };
        let c = match found {
            Some((c, link)) => {
                mentions[index].link = link;
                c
            }
            // A pairing of names ("the Rubio-Okafor bill") may join a member of that
            // spelling but founds none.
            None if mention.weak || words.is_empty() || pairings[index] => continue,
            None => clusterer.add_cluster(Cluster { forms: vec![words], ..Cluster::default() }),
        };
        let mention = &mentions[index];
        let mut evidence = mention.evidence;
        if mention.link == Join::Surname && evidence.place == 1 && evidence.organisation + evidence.gazetteer == 0 {
            // The preposition that placed it spoke of what the person owns or heads
            // ("complained to Sanders officials"), not of a place.
            evidence.place = 0;
        }
        clusterer.add_evidence(c, evidence);
        clusterer.clusters[c].mentions.push(MentionId::new(index));
        let derived = &mut clusterer.derived[c];
        derived.called_by_surname |= mention.link == Join::Surname;
        derived.short_first.get_or_insert(mention.span.start);
        derived.short_latest = Some(mention.span.start);
        assigned[index] = Some(c);
    }
}

/// "the Rubio-Okafor bill", "a Clinton-Calloway ticket", "US-UK talks", "an NBC-WSJ
/// poll": one hyphenated word whose every part is a name the draft writes on its own
/// elsewhere, an acronym or a name the reference data knows pairs those names; it names
/// no member of its own. One flag per mention.
fn pairings_of_names(mentions: &[Mention]) -> Vec<bool> {
    let mut written_alone: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for mention in mentions {
        for word in mention.core_words() {
            if !word.text.contains('-') {
                written_alone.insert(&word.text);
            }
        }
    }
    let is_name = |part: &str| {
        written_alone.contains(part)
            || is_acronym(part.trim_end_matches('.'))
            || known::place(part).is_some()
            || known::is_demonym(part)
            || known::organisation(part)
            || vocab::is_region(part)
    };
    mentions
        .iter()
        .map(|mention| {
            let [word] = mention.words.as_slice() else { return false };
            let parts: Vec<&str> = word.text.split('-').collect();
            // "African-American", "Cuban-American": a people ending on its people's word
            // is a group, one name.
            let people = |w: &str| known::is_demonym(w) || vocab::is_group_word(w);
            mention.title.is_none()
                && parts.len() >= 2
                && parts.iter().all(|part| part.starts_with(char::is_uppercase) && is_name(part))
                && !parts.last().is_some_and(|last| people(last))
                && !people(&word.text)
                && !known::organisation(&word.text)
                && known::place(&word.text).is_none()
        })
        .collect()
}

/// Drops the mentions that joined nothing, sets each kept mention's member, and renumbers
/// the clusters' mentions to match.
fn keep_assigned(mentions: &mut Vec<Mention>, assigned: &[Option<MemberId>], clusters: &mut [Cluster]) {
    let mut renumbered: Vec<Option<MentionId>> = vec![None; mentions.len()];
    let mut kept = Vec::with_capacity(mentions.len());
    for (index, mention) in std::mem::take(mentions).into_iter().enumerate() {
        if let Some(c) = assigned[index] {
            renumbered[index] = Some(MentionId::new(kept.len()));
            kept.push(Mention { member: c, ..mention });
        }
    }
    *mentions = kept;
    for cluster in clusters {
        cluster.mentions = cluster.mentions.iter().filter_map(|&m| renumbered[m.index()]).collect();
        cluster.mentions.sort_unstable();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every capitalised word of the name fixtures, and made-up ones with accents, hyphens
    /// and apostrophes.
    fn names() -> Vec<String> {
        let drafts = [
            include_str!("../../../fixtures/name/cast.txt"),
            include_str!("../../../fixtures/name/variants.txt"),
            include_str!("../../../fixtures/name/people-who-differ.txt"),
        ];
        let mut names: Vec<String> = drafts
            .iter()
            .flat_map(|draft| draft.split(|c: char| !c.is_alphabetic() && c != '-' && c != '’'))
            .filter(|word| word.starts_with(char::is_uppercase))
            .map(str::to_string)
            .collect();
        names.extend(["José", "Ocasio-Cortez", "O’Rourke", "Zoë", "Ashbury", "Kowalski"].map(str::to_string));
        names.sort();
        names.dedup();
        names
    }

    /// Each one-letter slip of `word`: every letter deleted, doubled, swapped with the next
    /// or changed, and a letter inserted everywhere.
    fn one_letter_slips(word: &str) -> Vec<String> {
        let letters: Vec<char> = word.chars().collect();
        let join = |chars: &[char]| chars.iter().collect::<String>();
        let mut slips = Vec::new();
        for i in 0..letters.len() {
            let mut deleted = letters.clone();
            deleted.remove(i);
            slips.push(join(&deleted));
            let mut doubled = letters.clone();
            doubled.insert(i, letters[i]);
            slips.push(join(&doubled));
            for other in ['a', 'e', 'k', 'y', '-'] {
                let mut changed = letters.clone();
                changed[i] = other;
                slips.push(join(&changed));
                let mut inserted = letters.clone();
                inserted.insert(i + 1, other);
                slips.push(join(&inserted));
            }
            if i + 1 < letters.len() {
                let mut swapped = letters.clone();
                swapped.swap(i, i + 1);
                slips.push(join(&swapped));
            }
        }
        slips
    }

    /// The late join finds its candidates by slip keys instead of comparing every word:
    /// every pair `slip` calls one edit or one spelling family must share a key, or a
    /// member would be missed.
    #[test]
    fn words_one_slip_apart_share_a_slip_key() {
        let names = names();
        let mut checked = 0;
        for name in &names {
            let keys = word_slip_keys(name);
            let mut variants = one_letter_slips(name);
            // Spelling families, however many letters they change.
            variants.extend(names.iter().cloned());
            for variant in variants {
                for (a, b, a_keys) in [(&variant, name, word_slip_keys(&variant)), (name, &variant, keys.clone())] {
                    if matches!(slip(a, b), Some(Slip::OneEdit | Slip::Family)) {
                        let b_keys = word_slip_keys(b);
                        assert!(a_keys.iter().any(|key| b_keys.contains(key)), "{a:?} and {b:?} share no key");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 1000, "only {checked} slips checked");
    }

    /// The lookup answers what comparing with every cluster answers.
    #[test]
    fn clusters_by_word_gathers_what_a_scan_finds() {
        let names = names();
        let clusters: Vec<Cluster> =
            names.chunks(3).map(|words| Cluster { forms: vec![words.to_vec()], ..Cluster::default() }).collect();
        let keys = std::cell::RefCell::new(NameKeys::default());
        let by_word = ClustersByWord::of(&clusters, &keys);
        let mut found = 0;
        for name in &names {
            for word in one_letter_slips(name) {
                let close = |written: &String| matches!(slip(&word, written), Some(Slip::OneEdit | Slip::Family));
                let holds = |c: MemberId| clusters[c].forms.iter().any(|form| form.iter().any(close));
                let scanned: Vec<MemberId> = (0..clusters.len()).map(MemberId::new).filter(|&c| holds(c)).collect();
                assert_eq!(by_word.gather(&word_slip_keys(&word), holds), scanned, "{word:?}");
                found += scanned.len();
            }
        }
        assert!(found > 1000, "only {found} clusters found");
    }
}
