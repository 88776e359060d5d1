//! The straightforward clustering that `cluster` indexes for speed, kept for tests only:
//! it scans every cluster for every mention, so it is quadratic, but it states the rules
//! plainly and the tests hold the fast version to the same result on every input.
#![allow(dead_code)]

use super::mentions::{Evidence, Link, Mention, is_acronym};
use super::similarity::{Slip, fold, slip};
use super::vocabulary as vocab;
use crate::settings::Settings;

/// An entity while it is being built: its forms (core words of its full mentions) and its
/// mentions.
#[derive(Clone, Debug, Default)]
pub struct ReferenceCluster {
    pub forms: Vec<Vec<String>>,
    pub mentions: Vec<usize>,
    pub evidence: Evidence,
    /// The newsroom's spelling, from the settings, with its accepted aliases.
    pub known: Option<(String, Vec<String>)>,
    pub acronym: Option<String>,
}

impl ReferenceCluster {
    fn person_like(&self) -> bool {
        self.evidence.person_like()
    }

    /// Surnames of its full forms (last word and its particles).
    fn surnames(&self) -> impl Iterator<Item = String> + '_ {
        self.forms.iter().filter(|form| form.len() >= 2).map(|form| surname_of(form))
    }
}

fn surname_of(form: &[String]) -> String {
    form[vocab::surname_start(form)..].join(" ")
}

fn given_of(form: &[String]) -> Vec<String> {
    let surname_words = surname_of(form).split(' ').count();
    form[..form.len().saturating_sub(surname_words)].to_vec()
}

fn words_of(name: &str) -> Vec<String> {
    name.split_whitespace().filter(|w| !vocab::is_organisation_suffix(w) && !vocab::is_name_suffix(w)).map(str::to_string).collect()
}

/// Whether `short` is an in-order subsequence of `long`.
fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|word| rest.any(|candidate| candidate == word))
}

/// How a full mention's words match a form of a cluster.
fn full_match(words: &[String], mention_evidence: Evidence, cluster: &ReferenceCluster) -> Option<Link> {
    let loose = |form: &[String]| fold(&form.join(" ")).replace('-', " ");
    // Folded once, not once per form: this runs for every full mention against every cluster.
    let loose_words = loose(words);
    for form in &cluster.forms {
        if form == words {
            return Some(Link::Same);
        }
        if loose(form) == loose_words {
            return Some(Link::NearSpelling);
        }
        // "Ocasio Cortez" for the hyphenated surname of "Alexandria Ocasio-Cortez".
        let surname = surname_of(form);
        if form.len() >= 2 && surname.contains('-') && fold(&surname).replace('-', " ") == loose_words {
            return Some(Link::NearSpelling);
        }
    }
    let both_people = mention_evidence.person_like() && cluster.person_like();
    for form in cluster.forms.iter().filter(|form| form.len() >= 2) {
        // "Micheal Smith" for "Michael Smith", "Joe Bidens" for "Joe Biden": one word
        // slipped, the others the same.
        if both_people && form.len() == words.len() {
            let slips = form.iter().zip(words).filter(|(a, b)| a != b).count();
            let all_close = form.iter().zip(words).all(|(a, b)| a == b || slip(b, a).is_some());
            // A slipped surname needs a sign of a person ("South Africa", "South African").
            let surname_slipped = form.last() != words.last();
            let evidenced = cluster.evidence.person + mention_evidence.person > 0;
            if slips == 1 && all_close && (evidenced || !surname_slipped) {
                return Some(Link::NearSpelling);
            }
        }
        // "Barrick Gold" and "Barrick Gold Corp.", "Goldman Sachs" and "Goldman Sachs Group".
        let (short, long) = if words.len() < form.len() { (words, form.as_slice()) } else { (form.as_slice(), words) };
        if !both_people && short.len() >= 2 && short[0] == long[0] && is_subsequence(short, long) {
            return Some(Link::ShortForm);
        }
    }
    None
}

/// Assigns every mention to an entity; returns the clusters. Mentions that join nothing
/// and may not found an entity (weak ones) are removed from `mentions`.
pub fn cluster(mentions: &mut Vec<Mention>, settings: &Settings) -> Vec<ReferenceCluster> {
    let mut clusters: Vec<ReferenceCluster> = settings
        .names
        .iter()
        .map(|known| {
            let mut forms = vec![words_of(known.name())];
            forms.extend(known.aliases().iter().map(|alias| words_of(alias)));
            forms.retain(|form| !form.is_empty());
            ReferenceCluster {
                forms,
                evidence: Evidence { person: 1, ..Evidence::default() },
                known: Some((known.name().to_string(), known.aliases().to_vec())),
                ..ReferenceCluster::default()
            }
        })
        .filter(|cluster| !cluster.forms.is_empty())
        .collect();
    let mut assigned: Vec<Option<usize>> = vec![None; mentions.len()];

    // Full names first: they found the entities that shorter mentions join.
    for (index, mention) in mentions.iter_mut().enumerate() {
        let words: Vec<String> = mention.core().iter().map(|w| w.text.clone()).collect();
        if mention.weak || words.len() < 2 || mention.surname_start() == 0 {
            continue;
        }
        let found = clusters.iter().enumerate().find_map(|(c, cluster)| full_match(&words, mention.evidence, cluster).map(|link| (c, link)));
        let c = match found {
            Some((c, link)) => {
                mention.link = link;
                // A form already known adds nothing (and would make every later
                // comparison slower): keep each form once.
                if (link == Link::Same || link == Link::ShortForm) && !clusters[c].forms.contains(&words) {
                    clusters[c].forms.push(words);
                }
                c
            }
            None => {
                clusters.push(ReferenceCluster { forms: vec![words], ..ReferenceCluster::default() });
                clusters.len() - 1
            }
        };
        clusters[c].evidence.add(mention.evidence);
        if clusters[c].acronym.is_none() {
            clusters[c].acronym = mention.acronym.clone();
        }
        clusters[c].mentions.push(index);
        assigned[index] = Some(c);
    }

    // Then surnames, short forms, acronyms, lone words.
    for index in 0..mentions.len() {
        if assigned[index].is_some() {
            continue;
        }
        let mention = &mentions[index];
        let words: Vec<String> = mention.core().iter().map(|w| w.text.clone()).collect();
        let found = if words.is_empty() { None } else { join_short(mention, &words, &clusters, &assigned, mentions) };
        let c = match found {
            Some((c, link)) => {
                mentions[index].link = link;
                c
            }
            None if mention.weak || words.is_empty() => continue,
            None => {
                clusters.push(ReferenceCluster { forms: vec![words], ..ReferenceCluster::default() });
                clusters.len() - 1
            }
        };
        clusters[c].evidence.add(mentions[index].evidence);
        clusters[c].mentions.push(index);
        assigned[index] = Some(c);
    }

    // Drop mentions that joined nothing; renumber.
    let mut renumbered = vec![usize::MAX; mentions.len()];
    let mut kept = Vec::with_capacity(mentions.len());
    for (index, mention) in std::mem::take(mentions).into_iter().enumerate() {
        if let Some(c) = assigned[index] {
            renumbered[index] = kept.len();
            kept.push(Mention { entity: c, ..mention });
        }
    }
    *mentions = kept;
    for cluster in &mut clusters {
        cluster.mentions = cluster.mentions.iter().map(|&m| renumbered[m]).filter(|&m| m != usize::MAX).collect();
        cluster.mentions.sort_unstable();
    }
    clusters
}

/// The cluster a surname, short form, acronym or lone word joins, and how.
fn join_short(mention: &Mention, words: &[String], clusters: &[ReferenceCluster], assigned: &[Option<usize>], mentions: &[Mention]) -> Option<(usize, Link)> {
    let position = mention.span.start;
    // Among several clusters, the one mentioned last before this mention, else the first
    // after: "Venus Williams ... Williams" follows the latest Williams.
    let nearest = |candidates: Vec<usize>| -> Option<usize> {
        if candidates.len() <= 1 {
            return candidates.first().copied();
        }
        let last_before = |c: usize| {
            clusters[c].mentions.iter().map(|&m| mentions[m].span.start).filter(|&start| start < position).max()
        };
        candidates.iter().copied().filter_map(|c| last_before(c).map(|start| (start, c))).max().map(|(_, c)| c).or_else(|| {
            candidates
                .iter()
                .copied()
                .filter_map(|c| clusters[c].mentions.iter().map(|&m| mentions[m].span.start).min().map(|start| (start, c)))
                .min()
                .map(|(_, c)| c)
        })
    };
    let _ = assigned;
    let text = words.join(" ");
    let folded = fold(&text);
    let full_clusters = || clusters.iter().enumerate().filter(|(_, cluster)| cluster.forms.iter().any(|f| f.len() >= 2));

    // A multi-word mention that is weak (a headline's) joins only a form it matches.
    if words.len() >= 2 && mention.surname_start() > 0 {
        return clusters.iter().position(|cluster| cluster.forms.iter().any(|f| f == words)).map(|c| (c, Link::Same));
    }
    // "in Washington" is a place, whatever George Washington's surname is: a mention
    // with signs of a place or organisation joins no person.
    let could_be_person = mention.evidence.person_like();
    // Surname (with particles, "van der Berg").
    let by_surname: Vec<usize> =
        full_clusters().filter(|(_, cluster)| could_be_person && cluster.person_like() && cluster.surnames().any(|s| fold(&s) == folded)).map(|(c, _)| c).collect();
    if let Some(c) = nearest(by_surname) {
        return Some((c, Link::Surname));
    }
    let single = words.len() == 1;
    if single && could_be_person {
        let word = &words[0];
        // The last word of a particle surname.
        let by_particle: Vec<usize> = full_clusters()
            .filter(|(_, cluster)| cluster.person_like() && cluster.surnames().any(|s| s.contains(' ') && s.rsplit(' ').next() == Some(word)))
            .map(|(c, _)| c)
            .collect();
        if let Some(c) = nearest(by_particle) {
            // "Salman" for "bin Salman" is how English copy shortens Arabic names.
            let patronymic = clusters[c].surnames().any(|s| s.split(' ').next().is_some_and(vocab::is_patronymic_particle));
            return Some((c, if patronymic { Link::Surname } else { Link::ParticleDropped }));
        }
        // "Assad" for "al-Assad": the particle dropped, as English copy does.
        let by_particle_prefix: Vec<usize> = full_clusters()
            .filter(|(_, cluster)| {
                cluster.person_like()
                    && cluster.surnames().any(|s| s.split_once('-').is_some_and(|(prefix, rest)| vocab::is_particle(prefix) && rest == word))
            })
            .map(|(c, _)| c)
            .collect();
        if let Some(c) = nearest(by_particle_prefix) {
            return Some((c, Link::Surname));
        }
        // One part of a hyphenated surname.
        let by_part: Vec<usize> = full_clusters()
            .filter(|(_, cluster)| cluster.person_like() && cluster.surnames().any(|s| s.contains('-') && s.split('-').any(|part| part == word)))
            .map(|(c, _)| c)
            .collect();
        if let Some(c) = nearest(by_part) {
            return Some((c, Link::HyphenPart));
        }
    }
    // A lone word the draft already uses on its own.
    if let Some(c) = clusters.iter().position(|cluster| cluster.forms.iter().any(|f| f == words)) {
        return Some((c, Link::Same));
    }
    if !single {
        return None;
    }
    let word = &words[0];
    // An acronym: given in parentheses, or the initials of the long name.
    if is_acronym(word) {
        let bare = word.replace('.', "");
        let by_acronym: Vec<usize> = clusters
            .iter()
            .enumerate()
            .filter(|(_, cluster)| {
                cluster.acronym.as_deref() == Some(bare.as_str())
                    || cluster.forms.iter().any(|form| form.len() >= 2 && initials(form) == bare)
            })
            .map(|(c, _)| c)
            .collect();
        if by_acronym.len() == 1 {
            return Some((by_acronym[0], Link::Acronym));
        }
        return None;
    }
    // An organisation's short form: its first word ("Barrick", "Huawei").
    let by_first_word: Vec<usize> = full_clusters()
        .filter(|(_, cluster)| !cluster.person_like() && cluster.forms.iter().any(|form| form.len() >= 2 && &form[0] == word))
        .map(|(c, _)| c)
        .collect();
    if by_first_word.len() == 1 && !vocab::looks_like_demonym(word) {
        return Some((by_first_word[0], Link::ShortForm));
    }
    // A person's leading name used alone ("Xi" for "Xi Jinping"): only when one person has it.
    let by_leading: Vec<usize> = full_clusters()
        .filter(|(_, cluster)| {
            could_be_person && cluster.person_like() && cluster.forms.iter().any(|form| form.len() == 2 && &form[0] == word)
        })
        .map(|(c, _)| c)
        .collect();
    if by_leading.len() == 1 {
        return Some((by_leading[0], Link::LeadingWord));
    }
    // A near-spelling of one person's surname ("Kowalsky", "Bidens"). A family ("the
    // Obamas") is not a slip.
    let by_slip: Vec<usize> = full_clusters()
        .filter(|(_, cluster)| {
            // Someone: titled, described, quoted, or already called by surname alone.
            let called_by_surname = cluster.mentions.iter().any(|&m| mentions[m].link == Link::Surname);
            could_be_person && cluster.person_like() && (cluster.evidence.person > 0 || mention.evidence.person > 0 || called_by_surname)
        })
        .filter(|(_, cluster)| {
            cluster.surnames().any(|surname| match slip(word, &surname) {
                Some(Slip::StrayPlural) => !mention.after_determiner,
                Some(_) => true,
                None => false,
            })
        })
        .map(|(c, _)| c)
        .collect();
    if by_slip.len() == 1 {
        return Some((by_slip[0], Link::NearSpelling));
    }
    None
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
