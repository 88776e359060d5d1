//! What the quote analysis asks the story's cast: which member is named under a speaker
//! phrase, who a pronoun may refer to, and where a member is first introduced.
//!
//! The quote analysis recognises no names itself. This narrow view is the one place it
//! reads the names analysis, so that moving onto another names model changes this file
//! only.

use crate::analysis::fast_hash::FastSet as HashSet;
use std::cell::RefCell;

use crate::analysis::cast::{Cast, Gender, MemberKind, Mention, NamedIn};
use crate::analysis::{name_words, reference};
use crate::text::{ByteSpan, Prose, lexicon};

pub use crate::analysis::cast::MemberId;

/// How many paragraphs back a pronoun may find its person.
const PRONOUN_REACH_PARAGRAPHS: usize = 3;

/// How many pronouns back a chain of the same "he" or "she" is followed.
const PRONOUN_CHAIN: usize = 4;

/// The cast as the quote analysis sees it.
pub struct CastView<'a> {
    cast: &'a Cast,
    /// Members the draft makes speak by name: a cue verb's subject is a person or a body.
    speaking: RefCell<HashSet<MemberId>>,
}

impl<'a> CastView<'a> {
    pub fn new(cast: &'a Cast) -> Self {
        CastView { cast, speaking: RefCell::default() }
    }

    /// The mentions whose name overlaps `span`, in document order (mentions never overlap
    /// one another, so they are sorted by end as well as by start).
    fn mentions_in(&self, span: ByteSpan) -> &'a [Mention] {
        let mentions = &self.cast.mentions;
        let from = mentions.partition_point(|m| m.name.end <= span.start);
        let to = mentions.partition_point(|m| m.name.start < span.end);
        mentions.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The member named last in a speaker phrase, a person before anyone else. Whatever
    /// else the cast takes it for, a name the draft makes speak is the speaker.
    pub fn speaker_in(&self, span: ByteSpan) -> Option<MemberId> {
        let mentions = self.mentions_in(span);
        let last = |wanted: &dyn Fn(MemberKind) -> bool| {
            mentions.iter().rev().map(|m| m.member).find(|&member| wanted(self.cast.kind_of(member)))
        };
        last(&|kind| kind == MemberKind::Person).or_else(|| last(&|_| true))
    }

    /// What a per-paragraph reading of `paragraph` takes from the cast (see [`NamedIn`]).
    pub fn named_in(&self, paragraph: ByteSpan) -> NamedIn {
        self.cast.named_in(paragraph)
    }

    /// Whether a reading of `paragraph` taken with `named` still holds.
    pub fn still_named(&self, named: &NamedIn, paragraph: ByteSpan) -> bool {
        self.cast.still_named(named, paragraph)
    }

    /// Notes that `member` speaks by name somewhere: evidence that it is a person or a body.
    pub fn mark_speaking(&self, member: MemberId) {
        self.speaking.borrow_mut().insert(member);
    }

    /// Whether the member is a person a pronoun may point to (never a place or a body).
    pub fn is_person(&self, member: MemberId) -> bool {
        match self.cast.kind_of(member) {
            MemberKind::Person => true,
            // A name the draft makes speak is a person or a body, and so is a full name
            // that opens with a given name: "he" or "she" says which.
            MemberKind::Other => self.speaking.borrow().contains(&member) || self.first_given_name(member).is_some(),
            _ => false,
        }
    }

    /// Whether "he" or "she" can refer to `member`: a person whose gender, as far as the
    /// draft tells it, does not contradict the pronoun.
    pub fn accepts_pronoun(&self, member: MemberId, pronoun: &str) -> bool {
        let accepted = match self.cast.kind_of(member) {
            MemberKind::Person => self.cast.accepts_pronoun(member, pronoun),
            _ => self.is_person(member),
        };
        accepted && !self.given_name_contradicts(member, pronoun)
    }

    /// How the member's first given name is used, if the given-name data has it.
    fn first_given_name(&self, member: MemberId) -> Option<reference::GivenName> {
        let given = self.cast.member(member)?.given.as_deref()?;
        reference::given_name(given.split_whitespace().next()?)
    }

    /// Whether the person's given name is almost never given to someone the pronoun
    /// refers to ("she" for a Tom): given-name data vetoes, it never decides alone.
    fn given_name_contradicts(&self, member: MemberId, pronoun: &str) -> bool {
        const ONE_SIDED: f32 = 0.05;
        let Some(usage) = self.first_given_name(member) else { return false };
        match name_words::pronoun_gender(pronoun) {
            Gender::Female => usage.female_share <= ONE_SIDED,
            Gender::Male => usage.female_share >= 1.0 - ONE_SIDED,
            Gender::Unknown => false,
        }
    }

    /// Whether "it" or "they" can refer to `member`: a body, or a name the cast has not
    /// placed that is neither a person nor a place ("NASA … It also credited Leonov").
    fn is_body(&self, member: MemberId) -> bool {
        match self.cast.kind_of(member) {
            MemberKind::Organisation => true,
            MemberKind::Other => !self.is_person(member),
            _ => false,
        }
    }

    /// The person a definite description refers back to ("the Dane", "the 43-year-old",
    /// "the manager"), and the mention naming them: for a role, the latest person within
    /// a few paragraphs whom the draft describes with that role (as a descriptor or a
    /// title: "Blackburn manager Jon Tomasson", "Sen. Ada Vey" for "the senator"); for a
    /// nationality, an age or a party, the latest person named in the sentence or the one
    /// before it.
    pub fn described_person(&self, prose: &Prose, speaker: ByteSpan, written: &str) -> Option<(MemberId, ByteSpan)> {
        let head = written.to_lowercase();
        let paragraph_of = |offset: usize| prose.paragraphs.partition_point(|p| p.span.end < offset);
        let here = paragraph_of(speaker.start);
        let mentions = &self.cast.mentions;
        let before = mentions[..mentions.partition_point(|m| m.span.start < speaker.start)]
            .iter()
            .rev()
            .filter(|m| m.span.end <= speaker.start && self.cast.kind_of(m.member) == MemberKind::Person);
        if lexicon::is(&head, lexicon::ROLE_NOUN | lexicon::ROLE) {
            let described = |member: MemberId| {
                self.cast.member(member).is_some_and(|found| {
                    found.descriptors.iter().any(|descriptor| {
                        descriptor.split_whitespace().any(|word| {
                            let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                            word == head || title_role(&word) == Some(head.as_str())
                        })
                    })
                })
            };
            return before
                .take_while(|m| here - paragraph_of(m.span.start).min(here) <= PRONOUN_REACH_PARAGRAPHS)
                .find(|m| described(m.member))
                .map(|m| (m.member, m.span));
        }
        let epithet = reference::is_demonym(written)
            || head
                .strip_suffix("-year-old")
                .is_some_and(|age| !age.is_empty() && age.chars().all(|c| c.is_ascii_digit()))
            || matches!(head.as_str(), "republican" | "democrat" | "conservative" | "liberal" | "socialist" | "tory");
        if !epithet {
            return None;
        }
        let sentence = prose.sentence_at(speaker.start)?;
        let earliest = prose.sentences[sentence.saturating_sub(1)].span.start;
        // The subject the epithet stands for opens its sentence: "Mbeki, who joined from
        // Vitória Guimarães, missed twice. The 24-year-old said …" is Mbeki. Of the nearest
        // sentence naming anyone, its first person.
        let candidates: Vec<_> = before.take_while(|m| m.span.start >= earliest).collect();
        let nearest = candidates.first()?;
        let sentence_of = |m: &&crate::analysis::cast::Mention| prose.sentence_at(m.span.start);
        let latest = sentence_of(nearest);
        candidates.iter().rev().find(|m| sentence_of(m) == latest).map(|m| (m.member, m.span))
    }

    /// The nearest member before `pronoun` it can refer to, and the mention naming them
    /// there: a person for "he" or "she" (within a few paragraphs), a body for "it" or
    /// "they" (within the paragraph: "they" more often means a group the draft
    /// describes than one it names). Never a place, and never a name inside a quotation
    /// (`quoted`): those are the speaker's words, not the writer's ("'I miss Jane Lee,' she
    /// said" is not Jane Lee's).
    pub fn antecedent(
        &self,
        prose: &Prose,
        pronoun: ByteSpan,
        word: &str,
        quoted: &dyn Fn(ByteSpan) -> bool,
    ) -> Option<(MemberId, ByteSpan)> {
        self.antecedent_at(prose, pronoun, word, quoted, 0)
    }

    /// [`CastView::antecedent`], `depth` pronouns back along a chain of the same pronoun.
    fn antecedent_at(
        &self,
        prose: &Prose,
        pronoun: ByteSpan,
        word: &str,
        quoted: &dyn Fn(ByteSpan) -> bool,
        depth: usize,
    ) -> Option<(MemberId, ByteSpan)> {
        let paragraph_of = |offset: usize| prose.paragraphs.partition_point(|p| p.span.end < offset);
        let here = paragraph_of(pronoun.start);
        let lower = word.to_lowercase();
        let (reach, fits_member): (usize, &dyn Fn(MemberId) -> bool) = match lower.as_str() {
            "it" | "they" | "them" => (0, &|member| self.is_body(member)),
            _ => (PRONOUN_REACH_PARAGRAPHS, &|member| self.accepts_pronoun(member, &lower)),
        };
        let fits = |m: &crate::analysis::cast::Mention| !quoted(m.span) && fits_member(m.member);
        let mentions = &self.cast.mentions;
        let before = &mentions[..mentions.partition_point(|m| m.span.start < pronoun.start)];
        let nearest = before
            .iter()
            .rev()
            .take_while(|m| here - paragraph_of(m.span.start).min(here) <= reach)
            .filter(|m| m.span.end <= pronoun.start)
            .find(|m| fits(m))?;
        // Within the sentence that holds the nearest candidate, a reader takes the first
        // one, the sentence's subject more often than not ("Ruiz spoke after meeting
        // Baker. He left …" is Ruiz's if both are men), unless the pronoun stands there.
        let sentence = prose.sentence_at(nearest.span.start);
        if sentence.is_none() || sentence == prose.sentence_at(pronoun.start) {
            return Some((nearest.member, nearest.span));
        }
        let start = sentence.map_or(nearest.span.start, |s| prose.sentences[s].span.start);
        let first = before[..before.partition_point(|m| m.span.start < start)].len();
        // ("Jansen's son, Willem, said …. He added": an owner before the subject is not it.)
        let mut candidates =
            before[first..].iter().take_while(|m| m.span.start <= nearest.span.start).filter(|m| fits(m));
        let opening = candidates.next()?;
        let chosen = if opening.possessive { candidates.find(|m| !m.possessive).unwrap_or(opening) } else { opening };
        // "She says the posts about Maria Lopez are lies. … She wrote: …": the
        // same pronoun opening that sentence, before its first candidate, is what the
        // sentence is about; it and this pronoun refer back together.
        if lexicon::is_person_subject(lexicon::roles_of_lowercase(&lower))
            && depth < PRONOUN_CHAIN
            && let Some(sentence) = sentence
            && let Some(earlier) = prose.tokens[prose.sentences[sentence].tokens.clone()]
                .iter()
                .take_while(|t| t.span.end <= chosen.span.start)
                .find(|t| t.text(&prose.text).eq_ignore_ascii_case(&lower))
            && let Some(found) = self.antecedent_at(prose, earlier.span, word, quoted, depth + 1)
        {
            return Some(found);
        }
        Some((chosen.member, chosen.span))
    }

    /// Where the member is first named in full (else first named), if before `offset`.
    pub fn introduction(&self, member: MemberId, offset: usize) -> Option<ByteSpan> {
        let found = self.cast.member(member)?;
        let first = found.first_full.or_else(|| found.mentions.first().copied())?;
        let span = self.cast.mention(first)?.span;
        (span.start < offset).then_some(span)
    }
}

/// The role a title abbreviation stands for: "Sen." is a senator, "Gov." a governor.
fn title_role(title: &str) -> Option<&'static str> {
    Some(match title {
        "sen" => "senator",
        "gov" => "governor",
        "rep" => "congressman",
        "gen" => "general",
        "pres" => "president",
        "dr" => "doctor",
        "prof" => "professor",
        "sgt" => "sergeant",
        "lt" => "lieutenant",
        "col" => "colonel",
        "capt" => "captain",
        "adm" => "admiral",
        "atty" => "attorney",
        "supt" => "superintendent",
        "insp" => "inspector",
        "det" => "detective",
        _ => return None,
    })
}
