//! A person's gender as the draft gives it, for pronoun agreement in speaker resolution:
//! gendered titles ("Mrs", "Queen", "chairwoman"), the pronouns the draft uses right after
//! naming them, and the given-name data, which the draft's own signs outvote.

use super::known;
use super::{Cast, Gender, MemberId, MemberKind};
use crate::analysis::vocabulary;
use crate::text::Prose;

/// Votes for each member: female, male.
pub(super) fn settle(cast: &mut Cast, prose: &Prose) {
    let mut votes = vec![(0u32, 0u32); cast.members.len()];
    for mention in &cast.mentions {
        let Some(title) = &mention.title else { continue };
        for word in title.split_whitespace() {
            vote(&mut votes, mention.member, vocabulary::title_gender(word), 3);
        }
    }
    for (index, member) in cast.members.iter().enumerate() {
        let index = MemberId::new(index);
        let first_given = member.given.as_deref().and_then(|given| given.split_whitespace().next());
        if let Some(usage) = first_given.and_then(known::given_name) {
            // A name given to one sex nine times in ten or more; the draft's titles and
            // pronouns outvote it.
            if usage.female_share >= 0.9 {
                vote(&mut votes, index, Gender::Female, 1);
            } else if usage.female_share <= 0.1 {
                vote(&mut votes, index, Gender::Male, 1);
            }
        }
    }
    pronoun_votes(cast, prose, &mut votes);
    for (member, (female, male)) in cast.members.iter_mut().zip(votes) {
        if member.kind != MemberKind::Person {
            continue;
        }
        member.gender = if female > male {
            Gender::Female
        } else if male > female {
            Gender::Male
        } else {
            Gender::Unknown
        };
    }
}

fn vote(votes: &mut [(u32, u32)], member: MemberId, gender: Gender, weight: u32) {
    let Some(entry) = votes.get_mut(member.index()) else { return };
    match gender {
        Gender::Female => entry.0 += weight,
        Gender::Male => entry.1 += weight,
        Gender::Unknown => {}
    }
}

/// A third-person singular pronoun counts for the one person named in its sentence or the
/// sentence before, when that is the only person named there. Pronouns inside quotation
/// marks do not count: there the speaker talks about someone else ("he" in a widow's words).
/// A sentence that opens on a pronoun before naming anyone continues an earlier person's
/// story ("He asked to marry Leila Kaldar."), so that person stays in the next sentence's
/// window and the next "He" is not taken for the newly named one.
fn pronoun_votes(cast: &Cast, prose: &Prose, votes: &mut [(u32, u32)]) {
    let text = prose.text.as_str();
    let mut previous_people: Vec<MemberId> = Vec::new();
    let mut quoting = false;
    let mut paragraph = usize::MAX;
    for sentence in &prose.sentences {
        if sentence.paragraph != paragraph {
            // An unclosed quotation ends with its paragraph.
            (paragraph, quoting) = (sentence.paragraph, false);
        }
        let mentions = cast.mentions_in(sentence.span);
        let mut people: Vec<MemberId> = Vec::new();
        for mention in mentions {
            if cast.kind_of(mention.member) == MemberKind::Person && !people.contains(&mention.member) {
                people.push(mention.member);
            }
        }
        let mut window = previous_people.clone();
        for person in &people {
            if !window.contains(person) {
                window.push(*person);
            }
        }
        let first_name_at = mentions.first().map_or(usize::MAX, |m| m.span.start);
        let mut pronoun_before_names = false;
        for token in prose.sentence_tokens(sentence) {
            // Only quotation marks and pronouns ("he", "She") count: every other token is
            // passed over at its first byte ("“" and "”" start with 0xE2).
            if !matches!(text.as_bytes().get(token.span.start), Some(b'"' | 0xE2 | b'h' | b's' | b'H' | b'S')) {
                continue;
            }
            quoting = match token.text(text) {
                "\"" => !quoting,
                "“" => true,
                "”" => false,
                _ => quoting,
            };
            if !token.is_word() || quoting {
                continue;
            }
            let gender = vocabulary::pronoun_gender(token.text(text));
            pronoun_before_names |= gender != Gender::Unknown && token.span.start < first_name_at;
            if let [only] = window.as_slice() {
                vote(votes, *only, gender, 1);
            }
        }
        previous_people = if pronoun_before_names && !people.is_empty() { window } else { people };
    }
}
