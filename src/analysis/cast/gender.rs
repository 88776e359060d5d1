//! A person's gender as the draft gives it, for pronoun agreement in speaker resolution:
//! gendered titles ("Mrs", "Queen", "chairwoman"), the pronouns the draft uses right after
//! naming them, and the given-name data, which the draft's own signs outvote.

use super::known;
use super::{Cast, Gender, MemberId, MemberKind, NamedIn};
use crate::analysis::name_words;
use crate::text::Prose;
use crate::text::paragraph_map::ParagraphMap;
use std::sync::Arc;

/// Each paragraph's pronoun votes, by the paragraph's text, for the next analysis: a
/// paragraph's votes depend on its text, its mentions' members and the people the
/// sentence before it named, so they hold again for a paragraph whose text, incoming
/// people and mentions' members are unchanged.
#[derive(Clone, Debug, Default)]
pub struct VoteCache {
    by_text: Arc<ParagraphMap<Arc<ParagraphVotes>>>,
}

/// What one paragraph's pronouns voted, given the people named just before it.
#[derive(Debug, PartialEq, Eq)]
struct ParagraphVotes {
    /// The people in the pronoun window as the paragraph starts.
    entering: Vec<MemberId>,
    /// One vote (weight 1) each.
    votes: Vec<(MemberId, Gender)>,
    /// The window as the paragraph ends.
    leaving: Vec<MemberId>,
    /// The paragraph's mentions and their members, as the votes were read.
    named: NamedIn,
}

/// How the pronoun votes of an analysis after an edit may use the previous analysis's.
pub(super) struct Reuse<'p> {
    /// The previous analysis's votes.
    pub previous: Option<&'p VoteCache>,
}

/// Settles each person's gender from the votes (female, male); with `reuse`, paragraphs
/// whose votes cannot have changed take them from the previous analysis, and the votes
/// are kept for the next.
pub(super) fn settle(cast: &mut Cast, prose: &Prose, reuse: Option<Reuse>) -> Option<VoteCache> {
    let mut votes = vec![(0u32, 0u32); cast.members.len()];
    for mention in &cast.mentions {
        let Some(title) = &mention.title else { continue };
        for word in title.split_whitespace() {
            vote(&mut votes, mention.member, name_words::title_gender(word), 3);
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
    let cache = match reuse {
        Some(Reuse { previous }) => Some(pronoun_votes_reusing(cast, prose, previous, &mut votes)),
        None => {
            pronoun_votes(cast, prose, &mut votes);
            None
        }
    };
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
    cache
}

fn vote(votes: &mut [(u32, u32)], member: MemberId, gender: Gender, weight: u32) {
    let Some(entry) = votes.get_mut(member.index()) else { return };
    match gender {
        Gender::Female => entry.0 += weight,
        Gender::Male => entry.1 += weight,
        Gender::Unknown => {}
    }
}

/// Every paragraph's pronoun votes, in order (see [`paragraph_votes`]).
fn pronoun_votes(cast: &Cast, prose: &Prose, votes: &mut [(u32, u32)]) {
    let mut window = Vec::new();
    for paragraph in 0..prose.paragraphs.len() {
        let paragraph = paragraph_votes(cast, prose, paragraph, window);
        for &(member, gender) in &paragraph.votes {
            vote(votes, member, gender, 1);
        }
        window = paragraph.leaving;
    }
}

/// [`pronoun_votes`], taking each paragraph's votes from `previous` when its text, the
/// people entering it and the members its mentions are in are unchanged; and the votes
/// for the next analysis.
fn pronoun_votes_reusing(
    cast: &Cast,
    prose: &Prose,
    previous: Option<&VoteCache>,
    votes: &mut [(u32, u32)],
) -> VoteCache {
    let mut next: ParagraphMap<Arc<ParagraphVotes>> = ParagraphMap::with_capacity(prose.paragraphs.len());
    let mut window: Vec<MemberId> = Vec::new();
    for (index, paragraph) in prose.paragraphs.iter().enumerate() {
        let kept = previous
            .and_then(|cache| cache.by_text.get(paragraph))
            .filter(|entry| entry.entering == window && cast.still_named(&entry.named, paragraph.span));
        let entry = match kept {
            Some(kept) => Arc::clone(kept),
            None => Arc::new(paragraph_votes(cast, prose, index, std::mem::take(&mut window))),
        };
        for &(member, gender) in &entry.votes {
            vote(votes, member, gender, 1);
        }
        window.clone_from(&entry.leaving);
        next.insert_new(paragraph, || entry);
    }
    VoteCache { by_text: Arc::new(next) }
}

/// A third-person singular pronoun counts for the one person named in its sentence or the
/// sentence before, when that is the only person named there. Pronouns inside quotation
/// marks do not count: there the speaker talks about someone else ("he" in a widow's words);
/// an unclosed quotation ends with its paragraph.
/// A sentence that opens on a pronoun before naming anyone continues an earlier person's
/// story ("He asked to marry Leila Kaldar."), so that person stays in the next sentence's
/// window and the next "He" is not taken for the newly named one.
fn paragraph_votes(cast: &Cast, prose: &Prose, paragraph: usize, entering: Vec<MemberId>) -> ParagraphVotes {
    let text = prose.text.as_str();
    let mut votes = Vec::new();
    let mut previous_people = entering.clone();
    let mut quoting = false;
    for sentence in &prose.sentences[prose.paragraphs[paragraph].sentences.clone()] {
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
            let gender = name_words::pronoun_gender(token.text(text));
            pronoun_before_names |= gender != Gender::Unknown && token.span.start < first_name_at;
            if let ([only], Gender::Female | Gender::Male) = (window.as_slice(), gender) {
                votes.push((*only, gender));
            }
        }
        previous_people = if pronoun_before_names && !people.is_empty() { window } else { people };
    }
    ParagraphVotes { entering, votes, leaving: previous_people, named: cast.named_in(prose.paragraphs[paragraph].span) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use crate::text::Language;

    fn genders(cast: &Cast) -> Vec<(String, Gender)> {
        cast.members.iter().map(|member| (member.canonical.clone(), member.gender)).collect()
    }

    /// Edits that change a paragraph's pronouns, the people a paragraph opens with (the
    /// window carried from the paragraph before) and a name: the genders settled reusing
    /// votes are the fresh ones, and unchanged paragraphs keep their votes.
    #[test]
    fn votes_reused_after_edits_settle_the_fresh_genders() {
        let base = "Dana Marchetti spoke first.\n\nShe said the pier would reopen.\n\nLeo Park agreed. He said so twice.\n\nHe left. Ana Ruiz stayed; she waited.\n\nThe end came.";
        let edits: &[(&str, &str)] = &[
            ("first", "first and last"),
            ("She said", "He said"),
            ("Leo Park agreed.", "Leo Park agreed with Dana Marchetti."),
            ("The end came.", "The end came. She smiled."),
            ("Ana Ruiz", "Ana Ruis"),
        ];
        let settings = Settings::default();
        let mut prose = Prose::new(base, Language::PlainText);
        let mut memo = super::super::Memo::default();
        let mut previous = Cast::gather(&prose, &settings, &mut memo);
        let mut before = memo.votes.clone();
        let mut text = base.to_string();
        let mut kept = Vec::new();
        for (from, to) in edits {
            text = text.replacen(from, to, 1);
            prose = Prose::new_reusing(&prose, &text, Language::PlainText);
            let cast = Cast::gather(&prose, &settings, &mut memo);
            let fresh = Cast::gather(&prose, &settings, &mut Default::default());
            assert_eq!(genders(&cast), genders(&fresh), "after {from:?} -> {to:?}");
            let shared = |cache: &Option<VoteCache>| cache.as_ref().map(|cache| Arc::clone(&cache.by_text));
            let (now, then) = (shared(&memo.votes).unwrap_or_default(), shared(&before).unwrap_or_default());
            kept.push(now.values().filter(|entry| then.values().any(|old| Arc::ptr_eq(entry, old))).count());
            before = memo.votes.clone();
            previous = cast;
        }
        assert!(genders(&previous).iter().any(|(_, gender)| *gender == Gender::Female));
        // An edit outside names keeps the other paragraphs' votes; so does one in a name
        // that leaves every other paragraph's mentions in the same members.
        assert!(kept[0] >= 3 && kept[4] >= 3, "{kept:?}");
    }
}
