//! What the quote analysis asks the story's cast: which member is named under a speaker
//! phrase, who a pronoun may refer to, and where a member is first introduced.
//!
//! The quote analysis recognises no names itself. This narrow view is the one place it
//! reads the names analysis, so that moving onto another names model changes this file
//! only.

use std::cell::RefCell;
use std::collections::HashSet;

use super::lexicon;
use crate::analysis::entities::{Entities, EntityKind, Mention};
use crate::text::{ByteSpan, Prose};

/// A cast member: an index into the names analysis's list of who the draft names.
pub type MemberId = usize;

/// How many paragraphs back a pronoun may find its person.
const PRONOUN_REACH_PARAGRAPHS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
    Unknown,
}

/// The gender a third-person singular pronoun refers to.
fn pronoun_gender(word: &str) -> Gender {
    match word.to_lowercase().as_str() {
        "she" | "her" | "hers" | "herself" => Gender::Female,
        "he" | "him" | "his" | "himself" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The honorifics that say a person's gender (Mr, Ms, Mrs, Miss).
fn honorific_gender(title: &str) -> Gender {
    match title.trim_end_matches('.').to_lowercase().as_str() {
        "mrs" | "ms" | "miss" => Gender::Female,
        "mr" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The cast as the quote analysis sees it.
pub struct CastView<'a> {
    entities: &'a Entities,
    genders: Vec<Gender>,
    /// Members the draft makes speak by name: a cue verb's subject is a person or a body.
    speaking: RefCell<HashSet<MemberId>>,
}

impl<'a> CastView<'a> {
    pub fn new(entities: &'a Entities, prose: &Prose) -> Self {
        let genders = settle_genders(entities, prose);
        CastView { entities, genders, speaking: RefCell::default() }
    }

    /// The member named at the head of `span` (the last mention inside it: "Former CIA
    /// deputy director Michael Morell" is Morell, not the CIA).
    pub fn member_at(&self, span: ByteSpan) -> Option<MemberId> {
        self.mentions_in(span).last().map(|m| m.entity)
    }

    /// The mentions whose name overlaps `span`, in document order (mentions never overlap
    /// one another, so they are sorted by end as well as by start).
    fn mentions_in(&self, span: ByteSpan) -> &'a [Mention] {
        let mentions = &self.entities.mentions;
        let from = mentions.partition_point(|m| m.name.end <= span.start);
        let to = mentions.partition_point(|m| m.name.start < span.end);
        mentions.get(from..to.max(from)).unwrap_or(&[])
    }

    /// Notes that `member` speaks by name somewhere: evidence that it is a person or a body.
    pub fn mark_speaking(&self, member: MemberId) {
        self.speaking.borrow_mut().insert(member);
    }

    /// Whether the member is a person a pronoun may point to (never a place or a body).
    pub fn is_person(&self, member: MemberId) -> bool {
        match self.entities.entity(member).map(|e| e.kind) {
            Some(EntityKind::Person) => true,
            // A name the draft makes speak, or calls "he" or "she", is a person.
            Some(EntityKind::Unknown) => {
                self.speaking.borrow().contains(&member)
                    || self.genders.get(member).is_some_and(|g| *g != Gender::Unknown)
            }
            _ => false,
        }
    }

    /// Whether "he" or "she" can refer to `member`: a person whose gender, as far as the
    /// draft tells it, does not contradict the pronoun.
    pub fn accepts_pronoun(&self, member: MemberId, pronoun: &str) -> bool {
        let wanted = pronoun_gender(pronoun);
        let known = self.genders.get(member).copied().unwrap_or(Gender::Unknown);
        self.is_person(member) && (wanted == Gender::Unknown || known == Gender::Unknown || known == wanted)
    }

    /// Whether "it" or "they" can refer to `member`: an organisation.
    fn is_organisation(&self, member: MemberId) -> bool {
        self.entities.entity(member).is_some_and(|e| e.kind == EntityKind::Organisation)
    }

    /// The nearest member before `pronoun` it can refer to, and the mention naming them
    /// there: a person for "he" or "she" (within a few paragraphs), an organisation for
    /// "it" or "they" (within the paragraph: "they" more often means a group the draft
    /// describes than one it names). Never a place.
    pub fn antecedent(&self, prose: &Prose, pronoun: ByteSpan, word: &str) -> Option<(MemberId, ByteSpan)> {
        let paragraph_of = |offset: usize| prose.paragraphs.partition_point(|p| p.span.end < offset);
        let here = paragraph_of(pronoun.start);
        let lower = word.to_lowercase();
        let (reach, fits): (usize, &dyn Fn(MemberId) -> bool) = match lower.as_str() {
            "it" | "they" | "them" => (0, &|member| self.is_organisation(member)),
            _ => (PRONOUN_REACH_PARAGRAPHS, &|member| self.accepts_pronoun(member, &lower)),
        };
        let mentions = &self.entities.mentions;
        let before = &mentions[..mentions.partition_point(|m| m.span.start < pronoun.start)];
        before
            .iter()
            .rev()
            .take_while(|m| here - paragraph_of(m.span.start).min(here) <= reach)
            .filter(|m| m.span.end <= pronoun.start)
            .find(|m| fits(m.entity))
            .map(|m| (m.entity, m.span))
    }

    /// Where the member is first named in full (else first named), if before `offset`.
    pub fn introduction(&self, member: MemberId, offset: usize) -> Option<ByteSpan> {
        let entity = self.entities.entity(member)?;
        let first = entity.first_full.or_else(|| entity.mentions.first().copied())?;
        let span = self.entities.mentions.get(first)?.span;
        (span.start < offset).then_some(span)
    }
}

/// Each member's gender from the honorifics before its name and the pronouns the draft
/// uses while it is the only person named in a sentence and the one before it.
fn settle_genders(entities: &Entities, prose: &Prose) -> Vec<Gender> {
    let mut votes = vec![(0u32, 0u32); entities.entities.len()];
    let mut vote = |member: usize, gender: Gender, weight: u32| {
        if let Some(entry) = votes.get_mut(member) {
            match gender {
                Gender::Female => entry.0 += weight,
                Gender::Male => entry.1 += weight,
                Gender::Unknown => {}
            }
        }
    };
    for mention in &entities.mentions {
        if let Some(title) = &mention.title {
            title.split_whitespace().for_each(|word| vote(mention.entity, honorific_gender(word), 3));
        }
    }
    let is_person = |member: usize| entities.entity(member).is_some_and(|e| e.kind != EntityKind::Place);
    let mut next_mention = 0;
    let mut previous: Vec<usize> = Vec::new();
    for sentence in &prose.sentences {
        let mut people: Vec<usize> = Vec::new();
        while let Some(mention) = entities.mentions.get(next_mention).filter(|m| m.span.start < sentence.span.end) {
            if mention.span.start >= sentence.span.start
                && is_person(mention.entity)
                && !people.contains(&mention.entity)
            {
                people.push(mention.entity);
            }
            next_mention += 1;
        }
        let mut window = previous.clone();
        window.extend(people.iter().filter(|p| !previous.contains(p)));
        if let [only] = window.as_slice() {
            let tokens = &prose.tokens[sentence.tokens.clone()];
            let text = prose.text.as_str();
            for (index, token) in tokens.iter().enumerate() {
                // "she said" is what is being resolved: it cannot also be the evidence.
                let beside_cue = [index.wrapping_sub(1), index + 1]
                    .iter()
                    .filter_map(|&i| tokens.get(i))
                    .any(|t| lexicon::lists_of(t.text(text)) & lexicon::CUE_VERB != 0);
                if !beside_cue {
                    vote(*only, pronoun_gender(token.text(text)), 1);
                }
            }
        }
        previous = people;
    }
    votes
        .into_iter()
        .map(|(female, male)| match female.cmp(&male) {
            std::cmp::Ordering::Greater => Gender::Female,
            std::cmp::Ordering::Less => Gender::Male,
            std::cmp::Ordering::Equal => Gender::Unknown,
        })
        .collect()
}
