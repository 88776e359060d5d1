//! The clustering kept for the next analysis. Clustering reads the mentions' readings in
//! document order (words, title, flags, evidence, acronym) and the `names` setting; it
//! compares mention positions only with each other, and an edit keeps their order. So when
//! an edit leaves every mention read as before (most keystrokes: a word typed outside a
//! name), the previous assignment is applied instead of clustering again. The result is
//! exactly what `cluster::cluster` gives, which the tests check. A reading includes the
//! mention's text as written, so whatever is settled from the clusters (members, variants)
//! is the same too, but for positions.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::cluster::{self, Cluster};
use super::ids::MemberId;
use super::mentions::{Join, Mention};
use super::similarity::fold;
use crate::analysis::fast_hash::{FastHasher, FastSet};
use crate::settings::{KnownName, Settings};

/// One analysis's clustering, with what it was computed from.
#[derive(Debug)]
pub struct Clustering {
    /// A fingerprint of each mention's reading, in document order.
    readings: Vec<u64>,
    names: Vec<KnownName>,
    /// Per mention read: its member and link, or `None` when clustering dropped it.
    assignment: Vec<Option<(MemberId, Join)>>,
    clusters: Vec<Cluster>,
    /// Every word of every mention kept, folded (the same for every analysis that applies
    /// this clustering again: their mentions read the same).
    name_words: FastSet<String>,
}

/// What clustering and settling may read of a mention, as one number: its text as
/// written and everything read from it, but not the positions, the paragraph index or the
/// fields clustering itself fills in. The acronym, linked over the whole draft after the
/// paragraphs are read, is added to the part fixed when the mention was read.
fn reading(mention: &Mention) -> u64 {
    let mut hasher = FastHasher::default();
    mention.reading.hash(&mut hasher);
    mention.acronym.hash(&mut hasher);
    hasher.finish()
}

/// The part of a mention's reading fixed when its paragraph is read (all but the acronym).
pub(super) fn reading_as_read(mention: &Mention, text: &str) -> u64 {
    // A 64-bit fingerprint: two different readings at the same place in the draft with
    // the same number are as unlikely as a 64-bit collision; FxHash (rustc-hash 2 mixes
    // its result) is fast enough to fingerprint every mention as it is read.
    let mut hasher = FastHasher::default();
    mention.span.slice(text).hash(&mut hasher);
    mention.words.len().hash(&mut hasher);
    for word in &mention.words {
        word.text.hash(&mut hasher);
        word.is_core().hash(&mut hasher);
    }
    mention.title.hash(&mut hasher);
    (mention.possessive, mention.after_determiner, mention.weak).hash(&mut hasher);
    mention.evidence.hash(&mut hasher);
    mention.descriptors.hash(&mut hasher);
    hasher.finish()
}

/// `cluster::cluster`, or the previous analysis's clustering applied again when the
/// mentions read the same and the `names` setting is unchanged.
pub fn cluster_reusing(
    mentions: &mut Vec<Mention>,
    settings: &Settings,
    previous: Option<&Arc<Clustering>>,
    keys: &mut cluster::NameKeys,
) -> Arc<Clustering> {
    let readings: Vec<u64> = mentions.iter().map(reading).collect();
    if let Some(previous) = previous.filter(|p| p.readings == readings && p.names == settings.names) {
        apply(mentions, &previous.assignment);
        return Arc::clone(previous);
    }
    let starts: Vec<usize> = mentions.iter().map(|m| m.span.start).collect();
    let clusters = cluster::cluster(mentions, settings, keys);
    // The mentions kept are a subsequence of those read, in order; starts are distinct.
    let mut kept = mentions.iter().peekable();
    let assignment =
        starts.iter().map(|&start| kept.next_if(|m| m.span.start == start).map(|m| (m.member, m.link))).collect();
    // A draft repeats its names: each distinct spelling is folded once.
    let written: FastSet<&str> = mentions.iter().flat_map(|m| m.words.iter()).map(|w| &*w.text).collect();
    let name_words = written.into_iter().map(fold).collect();
    Arc::new(Clustering { readings, names: settings.names.clone(), assignment, clusters, name_words })
}

/// Keeps the mentions the assignment keeps, with their member and link.
fn apply(mentions: &mut Vec<Mention>, assignment: &[Option<(MemberId, Join)>]) {
    let mut assigned = assignment.iter();
    mentions.retain_mut(|mention| match assigned.next().copied().flatten() {
        Some((member, link)) => {
            mention.member = member;
            mention.link = link;
            true
        }
        None => false,
    });
}

impl Clustering {
    /// Whether the members settled from `self` hold for `other` too: the same clusters of
    /// the same mentions kept, each kept mention read the same and joined the same way.
    /// An edit that only adds or removes a mention clustering drops (a capitalised word
    /// typed at a sentence start that joins no one) clusters again to the same result.
    pub fn settles_like(&self, other: &Clustering) -> bool {
        fn kept(clustering: &Clustering) -> impl Iterator<Item = (u64, (MemberId, Join))> + '_ {
            let assigned = clustering.readings.iter().zip(&clustering.assignment);
            assigned.filter_map(|(&reading, assigned)| assigned.map(|assigned| (reading, assigned)))
        }
        self.names == other.names && self.clusters == other.clusters && kept(self).eq(kept(other))
    }

    pub fn clusters(&self) -> &[Cluster] {
        &self.clusters
    }

    /// The folded words of the mentions this clustering kept.
    pub fn name_words(&self) -> &FastSet<String> {
        &self.name_words
    }
}

#[cfg(test)]
mod tests {
    use super::super::Cast;
    use super::*;
    use crate::text::{Language, Prose};

    /// Mentions with their members and links; every field of every member; variants.
    type Summary = (Vec<Mention>, String, Vec<super::super::Variant>);

    fn summary(cast: &Cast) -> Summary {
        (cast.mentions.clone(), format!("{:?}", cast.members), cast.variants.clone())
    }

    /// Words typed outside the names reuse the clustering; the cast is the fresh one.
    #[test]
    fn a_cast_reclustered_after_edits_outside_names_is_the_fresh_cast() {
        let settings = Settings::default();
        let drafts = [
            include_str!("../../../fixtures/name/cast.txt"),
            include_str!("../../../fixtures/name/variants.txt"),
            include_str!("../../../fixtures/garbled/garbled.txt"),
        ];
        for draft in drafts {
            let prose = Prose::new(draft, Language::PlainText);
            let mut memo = super::super::Memo::default();
            let previous = Cast::gather(&prose, &settings, &mut memo);
            let mut reused_clustering = 0;
            for at in (0..draft.len()).step_by(89).filter(|&at| draft.is_char_boundary(at)) {
                for typed in [" very", "x", "\n\n", " she said"] {
                    let edited = format!("{}{typed}{}", &draft[..at], &draft[at..]);
                    let prose = Prose::new_reusing(&prose, &edited, Language::PlainText);
                    let reused = Cast::gather(&prose, &settings, &mut memo.clone());
                    let fresh = Cast::gather(&prose, &settings, &mut Default::default());
                    assert_eq!(summary(&reused), summary(&fresh), "{typed:?} at {at}");
                    let same = |cast: &Cast| cast.clustering.as_ref().map(Arc::as_ptr);
                    reused_clustering += usize::from(same(&reused) == same(&previous));
                }
            }
            assert!(reused_clustering > 0, "no edit reused the clustering");
        }
    }

    /// The cast of `edited` gathered with the memo `draft` left, checked equal to a fresh
    /// gathering: (the cast of `draft`, that memo, the cast of `edited`).
    fn gathered_after_edit(draft: &str, edited: &str) -> (Cast, super::super::Memo, Cast) {
        let settings = Settings::default();
        let prose = Prose::new(draft, Language::PlainText);
        let mut memo = super::super::Memo::default();
        let before = Cast::gather(&prose, &settings, &mut memo);
        let prose = Prose::new_reusing(&prose, edited, Language::PlainText);
        let reused = Cast::gather(&prose, &settings, &mut memo.clone());
        let fresh = Cast::gather(&prose, &settings, &mut Default::default());
        assert_eq!(summary(&reused), summary(&fresh));
        (before, memo, reused)
    }

    /// A variant in a part of a hyphenated word ("Afrixan" of "Afrixan-American") keeps the
    /// settled members for the next edit, moved onto the same part of the same word.
    #[test]
    fn a_variant_inside_a_hyphenated_word_is_moved_not_settled_again() {
        let draft = "Leaders of the Afrixan-American caucus met on Tuesday.\n\nThe caucus said it would vote.";
        let edited = draft.replacen("met on", "met late on", 1);
        let (cast, memo, reused) = gathered_after_edit(draft, &edited);
        let part = cast.variants.iter().find(|v| v.written == "Afrixan").expect("the slip is found");
        assert_eq!(part.span.slice(draft), "Afrixan");
        assert!(memo.settled.is_some(), "a variant inside a word is kept for the next edit");
        let clustering = |cast: &Cast| cast.clustering.as_ref().map(Arc::as_ptr);
        assert_eq!(clustering(&reused), clustering(&cast), "the edit keeps every name's reading");
        let moved = reused.variants.iter().find(|v| v.written == "Afrixan").expect("the slip is kept");
        assert_eq!(moved.span.slice(&edited), "Afrixan");
    }

    /// A letter typed at a paragraph's start makes a capitalised word that joins no one:
    /// the draft clusters again, to the same clusters, and the members settled before hold
    /// (the cast is the fresh one).
    #[test]
    fn a_word_that_joins_no_one_clusters_again_to_the_same_members() {
        let draft = "Dana Marchetti chairs the council.\n\nThe council met on Tuesday. Marchetti said it would vote.";
        let edited = draft.replacen("The council met", "SThe council met", 1);
        let (before, _, reused) = gathered_after_edit(draft, &edited);
        let (old, new) = (before.clustering.as_ref().unwrap(), reused.clustering.as_ref().unwrap());
        assert!(!Arc::ptr_eq(old, new), "the typed word changes what the draft reads");
        assert!(old.settles_like(new), "and clusters to the same members");
        let renamed = draft.replacen("Marchetti said", "Marchettis said", 1);
        let (_, _, changed) = gathered_after_edit(draft, &renamed);
        assert!(!old.settles_like(changed.clustering.as_ref().unwrap()), "a changed name settles again");
    }

    /// A changed `names` setting clusters again: the newsroom's spelling founds a member.
    #[test]
    fn a_changed_names_setting_clusters_again() {
        let draft = "Dana Marchetti opened the meeting. Marcheti said the budget was tight.";
        let prose = Prose::new(draft, Language::PlainText);
        let mut memo = super::super::Memo::default();
        Cast::gather(&prose, &Settings::default(), &mut memo);
        let settings = Settings { names: vec![KnownName::Plain("Dana Marcheti".to_string())], ..Settings::default() };
        let reused = Cast::gather(&prose, &settings, &mut memo);
        assert_eq!(summary(&reused), summary(&Cast::gather(&prose, &settings, &mut Default::default())));
    }
}
