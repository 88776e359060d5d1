//! What the rest of copydesk asks the cast: who is named at a place, which mentions a
//! sentence holds, whether a pronoun can refer to someone, whether a word is a name.
//! The quote analysis, the spelling and garbled rules, hover and navigation read these
//! instead of recognising names themselves.

use super::similarity::fold as similarity_fold;
use super::{Cast, Gender, MemberId, MemberKind, Mention, NameWord};
use crate::analysis::name_words;
use crate::text::ByteSpan;
use crate::text::lexicon;

/// The mentions of a paragraph as a per-paragraph reading saw them (reported speech,
/// pronoun votes): each one's place from the paragraph's start, member and kind. A reading
/// kept for a paragraph's text is reused only while these hold: the members may have been
/// clustered differently since, and a paragraph repeated in the draft may name other
/// members in each place ("Ford said" after Gerald Ford, and again after James Ford).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NamedIn(Box<[(u32, u32, MemberId, MemberKind)]>);

impl Cast {
    /// The mentions overlapping `paragraph` (a paragraph's span), as [`NamedIn`] keeps them.
    fn named_in_iter(&self, paragraph: ByteSpan) -> impl Iterator<Item = (u32, u32, MemberId, MemberKind)> + '_ {
        let relative = move |offset: usize| offset.saturating_sub(paragraph.start) as u32;
        self.mentions_overlapping(paragraph)
            .iter()
            .map(move |m| (relative(m.span.start), relative(m.span.end), m.member, self.kind_of(m.member)))
    }

    /// What a per-paragraph reading of `paragraph` takes from the cast.
    pub fn named_in(&self, paragraph: ByteSpan) -> NamedIn {
        NamedIn(self.named_in_iter(paragraph).collect())
    }

    /// Whether `paragraph` names what `named` says, in the same members: a reading taken
    /// with `named` still holds (its text being the same).
    pub fn still_named(&self, named: &NamedIn, paragraph: ByteSpan) -> bool {
        let mut now = self.named_in_iter(paragraph);
        named.0.iter().all(|then| now.next().as_ref() == Some(then)) && now.next().is_none()
    }

    /// The member one of whose mentions overlaps `span` (the first such mention).
    pub fn member_covering(&self, span: ByteSpan) -> Option<MemberId> {
        self.mentions_overlapping(span).first().map(|m| m.member)
    }

    /// The mentions that overlap `span`, in document order: the mentions of a sentence,
    /// or the one under a speaker phrase.
    pub fn mentions_overlapping(&self, span: ByteSpan) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.end <= span.start);
        let to = self.mentions.partition_point(|m| m.span.start < span.end.max(span.start + 1));
        self.mentions.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The mentions inside a sentence's (or any) span.
    pub fn mentions_in(&self, span: ByteSpan) -> &[Mention] {
        self.mentions_overlapping(span)
    }

    pub fn kind_of(&self, member: MemberId) -> MemberKind {
        self.member(member).map_or(MemberKind::Other, |m| m.kind)
    }

    /// The person or organisation (a possible speaker) mentioned at `span`, if any.
    pub fn speaker_at(&self, span: ByteSpan) -> Option<MemberId> {
        self.mentions_overlapping(span).iter().map(|m| m.member).find(|&member| match self.kind_of(member) {
            MemberKind::Person | MemberKind::Organisation => true,
            // A name the draft has speaking ("Reuters reported") without other evidence.
            MemberKind::Other | MemberKind::Group => self.members[member].speaks,
            MemberKind::Place | MemberKind::Event | MemberKind::Work => false,
        })
    }

    /// What the draft says about a person's gender: titles, given-name data and the
    /// pronouns it already uses for them.
    pub fn gender(&self, member: MemberId) -> Gender {
        self.member(member).map_or(Gender::Unknown, |m| m.gender)
    }

    /// Whether a third-person pronoun ("she", "his", "they") can refer to `member`: only
    /// people, and only when nothing the draft says contradicts the pronoun's gender.
    /// "It" and "they" may refer to an organisation.
    pub fn accepts_pronoun(&self, member: MemberId, pronoun: &str) -> bool {
        let kind = self.kind_of(member);
        let wanted = name_words::pronoun_gender(pronoun);
        match kind {
            MemberKind::Person => match wanted {
                Gender::Unknown => !lexicon::is(pronoun, lexicon::NEUTER_PRONOUN),
                gender => matches!(self.gender(member), Gender::Unknown) || self.gender(member) == gender,
            },
            MemberKind::Organisation => lexicon::is(pronoun, lexicon::NEUTER_PRONOUN | lexicon::PLURAL_PRONOUN),
            MemberKind::Place | MemberKind::Group | MemberKind::Event | MemberKind::Work | MemberKind::Other => false,
        }
    }

    /// Whether the draft uses `word` as (part of) a name: any word of any mention, compared
    /// case- and accent-insensitively. Cheap: one hash lookup. The spelling rule asks this
    /// to leave names alone.
    pub fn is_name_word(&self, word: &str) -> bool {
        let Some(clustering) = &self.clustering else { return false };
        if word.is_empty() {
            return false;
        }
        let names = clustering.name_words();
        // An ASCII word folds to its lowercase: spelling asks this of every unknown word.
        if word.is_ascii() {
            return crate::text::tokens::with_lowercase(word, |lower| names.contains(lower));
        }
        names.contains(&similarity_fold(word))
    }

    /// The name words (mentions' words, titles excluded) inside `span`.
    pub fn names_at(&self, span: ByteSpan) -> impl Iterator<Item = &NameWord> {
        self.mentions_overlapping(span)
            .iter()
            .flat_map(|m| m.words.iter())
            .filter(move |w| w.span.start < span.end && span.start < w.span.end)
    }

    /// Fills each member's `quotations` from the quote analysis: the member each
    /// attribution names or resolves to, whatever kind the cast gives it (a name the draft
    /// makes speak is a speaker even when the cast took it for a place).
    pub fn attach_quotations(&mut self, by_member: impl IntoIterator<Item = (MemberId, usize)>) {
        for member in &mut self.members {
            member.quotations.clear();
        }
        for (member, index) in by_member {
            if let Some(member) = self.members.get_mut(member.index()) {
                member.quotations.push(index);
            }
        }
    }
}
