//! Names spelt once: a capitalised word that the draft writes nowhere else, one slip from a
//! well-known place, people or organisation of the reference data ("Nigreia" for
//! "Nigeria", "Reutres" for "Reuters"), and not itself a name the data knows, is that name
//! misspelt. The draft offers no second spelling to compare with, so the data does.

use std::sync::LazyLock;

use super::similarity::{Slip, slip, slip_keys_of};
use super::{Cast, MemberKind};
use crate::analysis::fast_hash::{FastMap, FastSet};
use crate::analysis::name_words as vocab;
use crate::analysis::reference;
use crate::text::{ByteSpan, Prose, TokenKind};

/// The well-known names by their slip keys (one-edit neighbourhoods and spelling-family
/// form): a word's candidates are the names sharing a key with it.
static INDEX: LazyLock<FastMap<u64, Vec<&'static str>>> = LazyLock::new(|| {
    let mut index: FastMap<u64, Vec<&'static str>> = FastMap::default();
    for name in reference::well_known_names() {
        for key in slip_keys_of(name) {
            let names = index.entry(key).or_default();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    index
});

/// Whether the reference data knows `word` as a name of any kind: a place, a people, an
/// organisation, a given name or a region.
pub fn is_known_name(word: &str) -> bool {
    reference::place(word).is_some()
        || reference::is_demonym(word)
        || reference::is_organisation(word)
        || reference::given_name(word).is_some()
        || vocab::is_region(word)
        || vocab::is_people_of_a_place(word)
}

/// The well-known name `word` is a slip of, when there is exactly one and `word` is a
/// capitalised word of three letters or more that the data does not know itself ("Irq"
/// for "Iraq": the rule asks whether three letters are a word of their own). A stray
/// plural ("Nigerias") counts only when `possessive` ("Nigerias’ oil"): a plural noun
/// otherwise.
pub fn well_known_slip(word: &str, possessive: bool) -> Option<(&'static str, Slip)> {
    pick(word, &well_known_slips(word, possessive))
}

/// Every well-known name `word` is one slip from (see [`well_known_slip`]).
fn well_known_slips(word: &str, possessive: bool) -> Vec<(&'static str, Slip)> {
    let mut letters = word.chars();
    let capitalised = letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase);
    if !capitalised || word.chars().count() < 3 || is_known_name(word) {
        return Vec::new();
    }
    let mut found: Vec<(&'static str, Slip)> = Vec::new();
    for key in slip_keys_of(word) {
        for &name in INDEX.get(&key).into_iter().flatten() {
            let accepted = match slip(word, name) {
                Some(slip @ (Slip::OneEdit | Slip::Family)) => Some(slip),
                Some(Slip::StrayPlural) if possessive && word.len() > name.len() => Some(Slip::StrayPlural),
                // A name ending in "s" has no plural and no singular: "Illinoi", "Arkansass"
                // are one letter off.
                Some(Slip::StrayPlural) if name.ends_with('s') => Some(Slip::OneEdit),
                _ => None,
            };
            if let Some(slip) = accepted
                && !found.iter().any(|(other, _)| *other == name)
            {
                found.push((name, slip));
            }
        }
    }
    found
}

/// The one name of `found` that `word` slips from, if one stands out.
fn pick(word: &str, found: &[(&'static str, Slip)]) -> Option<(&'static str, Slip)> {
    // "Nigerias’": the stray plural of a possessive wins over the one-edit neighbours
    // ("Nigerians"); otherwise two names one slip away leave no fix to offer.
    if let Some(&plural) = found.iter().find(|(_, slip)| *slip == Slip::StrayPlural) {
        return Some(plural);
    }
    match found {
        [only] => Some(*only),
        // "Germayn" (Germany, German), "Russiaa" (Russia, Russian): two letters swapped
        // or one doubled is the likelier slip of the one name it keeps the letters of.
        _ => {
            let mut likely = found.iter().filter(|(name, _)| keeps_the_letters(word, name));
            match (likely.next(), likely.next()) {
                (Some(&only), None) => Some(only),
                _ => None,
            }
        }
    }
}

/// A slip of a well-known name outside the cast's names: in a line the cast does not read
/// ("Follow Ed Lamb on Twittsr", a photo credit), in a designation ("R-Txas"), after a
/// prefix ("anti-Amerikan"), or in a title before a name ("Twxas Senator Ed Lamb").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LooseSlip {
    pub span: ByteSpan,
    pub written: String,
    pub established: &'static str,
    pub slip: Slip,
}

/// What [`loose_slips`] reads of one paragraph, kept by its text (`LooseSlipsMemo`): the
/// capitalised parts of its words that are one slip from a well-known name (whether a part
/// is one depends on the part alone), and every capitalised part it writes.
#[derive(Debug, Default)]
pub struct ParagraphSlips {
    candidates: Vec<Candidate>,
    capitalised: FastSet<Box<str>>,
}

/// A capitalised part one slip from a well-known name, where the paragraph writes it.
#[derive(Debug)]
struct Candidate {
    /// Its word's token, counted from the paragraph's first.
    token: usize,
    /// Its offset from the paragraph's start.
    offset: usize,
    part: Box<str>,
    /// [`well_known_slips`] of the part as a possessive, and as written.
    as_possessive: Vec<(&'static str, Slip)>,
    slips: Vec<(&'static str, Slip)>,
}

/// Each paragraph's [`ParagraphSlips`], by its text: the document's memo keeps it between
/// analyses, so a keystroke reads again only the paragraph it changed.
pub type LooseSlipsMemo = crate::text::memo::ParagraphMemo<std::sync::Arc<ParagraphSlips>>;

fn read_paragraph(prose: &Prose, paragraph: usize) -> ParagraphSlips {
    let text = prose.text.as_str();
    let read = &prose.paragraphs[paragraph];
    let mut slips = ParagraphSlips::default();
    for (token, word) in prose.tokens[read.tokens.clone()].iter().enumerate() {
        if word.kind != TokenKind::Word || !word.text(text).contains(char::is_uppercase) {
            continue;
        }
        for (start, part) in parts(word.text(text), word.span.start) {
            if !part.starts_with(char::is_uppercase) {
                continue;
            }
            if !slips.capitalised.contains(part) {
                slips.capitalised.insert(part.into());
            }
            // Four letters or more: three ("Lim", "Kim") are more often a surname the
            // cast did not read than a slip.
            if part.chars().count() < 4 {
                continue;
            }
            let found = well_known_slips(part, false);
            if !found.is_empty() {
                slips.candidates.push(Candidate {
                    token,
                    offset: start - read.span.start,
                    part: part.into(),
                    as_possessive: well_known_slips(part, true),
                    slips: found,
                });
            }
        }
    }
    slips
}

/// The capitalised words (each part of a hyphenated one) that the draft writes once, that
/// no variant and no person's name covers, and that are one slip from a well-known name of
/// the reference data (see [`well_known_slip`]). A word one slip from both a place and its
/// people ("Cubaq": Cuba, Cuban) is the people before a capitalised word ("Cubaq
/// Americans"), the place elsewhere ("in Cubaq, officials"). A draft that writes the name
/// itself too leaves the pair to the cast. What is read of each paragraph is kept in
/// `memo`.
pub fn loose_slips(prose: &Prose, cast: &Cast, memo: &mut LooseSlipsMemo) -> Vec<LooseSlip> {
    let text = prose.text.as_str();
    let paragraphs = memo.values(prose, |paragraph| std::sync::Arc::new(read_paragraph(prose, paragraph)));
    // How often each candidate is written: every occurrence of a candidate's part is one.
    let mut counts: FastMap<&str, usize> = FastMap::default();
    for candidate in paragraphs.iter().flat_map(|slips| &slips.candidates) {
        *counts.entry(&candidate.part).or_default() += 1;
    }
    // A capitalised name is looked for among the paragraphs' capitalised parts; a name of
    // another shape in a set of every part, made the first time one is asked about.
    let mut every_part: Option<FastSet<&str>> = None;
    let mut written = |name: &str| {
        if name.starts_with(char::is_uppercase) {
            return paragraphs.iter().any(|slips| slips.capitalised.contains(name));
        }
        every_part
            .get_or_insert_with(|| {
                let words = prose.tokens.iter().filter(|token| token.kind == TokenKind::Word);
                words.flat_map(|token| parts(token.text(text), token.span.start)).map(|(_, part)| part).collect()
            })
            .contains(name)
    };
    let mut found = Vec::new();
    for (read, slips) in prose.paragraphs.iter().zip(&paragraphs) {
        for candidate in &slips.candidates {
            let part: &str = &candidate.part;
            if counts.get(part).copied().unwrap_or(0) != 1 {
                continue;
            }
            let start = read.span.start + candidate.offset;
            let span = ByteSpan::new(start, start + part.len());
            if cast.variants.iter().any(|variant| variant.span.overlaps(span)) {
                continue;
            }
            // A word of a person's name, not of the title before it ("Twxas Senator Ed Lamb").
            let of_a_person = cast.mention_at(start).and_then(|m| cast.mention(m)).is_some_and(|mention| {
                let in_the_name = mention.words.iter().any(|word| word.is_core() && word.span.overlaps(span));
                in_the_name
                    && cast.member(mention.member).is_some_and(|member| {
                        member.known || member.kind == MemberKind::Person || member.evidenced_person
                    })
            });
            if of_a_person {
                continue;
            }
            // A name the draft writes itself ("Kenyas’" beside "Kenya"), a stray plural
            // too, leaves the word to the cast and to `garbled.possessive`.
            if candidate.as_possessive.iter().any(|(name, _)| written(name)) {
                continue;
            }
            let candidates = &candidate.slips;
            let chosen = pick(part, candidates).or_else(|| {
                // A place and its people: the next word says which.
                let [(a, _), (b, _)] = candidates.as_slice() else { return None };
                let next = prose.tokens.get(read.tokens.start + candidate.token + 1);
                let before_a_name = next.is_some_and(|next| {
                    next.kind == TokenKind::Word && next.space_before && next.text(text).starts_with(char::is_uppercase)
                });
                let demonym = |name: &str| reference::is_demonym(name);
                let wanted = |name: &str| demonym(name) == before_a_name;
                (demonym(a) != demonym(b)).then(|| candidates.iter().copied().find(|(name, _)| wanted(name))).flatten()
            });
            if let Some((established, slip)) = chosen {
                found.push(LooseSlip { span, written: part.to_string(), established, slip });
            }
        }
    }
    found
}

/// The parts of a hyphenated word with their offsets (`base` is the word's), a possessive
/// ending left off ("Twittsr’s" is "Twittsr").
fn parts(word: &str, base: usize) -> impl Iterator<Item = (usize, &str)> {
    // Each piece ends with its hyphen, but the last. An empty part (after a final hyphen,
    // or an empty word) is not given: it is never a name, so nothing here asks about it.
    let mut start = base;
    word.split_inclusive(['-', '‐']).map(move |piece| {
        let at = start;
        start += piece.len();
        let part = piece.strip_suffix(['-', '‐']).unwrap_or(piece);
        (at, ["’s", "'s", "ʼs"].iter().find_map(|ending| part.strip_suffix(ending)).unwrap_or(part))
    })
}

/// `written` is `name` with two neighbouring letters swapped or one letter doubled.
fn keeps_the_letters(written: &str, name: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (written.chars().collect(), name.chars().collect());
    if a.len() == b.len() {
        let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return matches!(differ.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i]);
    }
    a.len() == b.len() + 1 && (1..a.len()).any(|i| a[i] == a[i - 1] && a[..i] == b[..i] && a[i + 1..] == b[i..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_of_a_well_known_name_is_found_with_its_fix() {
        assert_eq!(well_known_slip("Nigreia", false), Some(("Nigeria", Slip::OneEdit)));
        assert_eq!(well_known_slip("Reutres", false), Some(("Reuters", Slip::OneEdit)));
        assert_eq!(well_known_slip("Mozambqiue", false), Some(("Mozambique", Slip::OneEdit)));
        // "Kenyat" is one slip from "Kenya" and from "Kenyan": no fix to offer.
        assert_eq!(well_known_slip("Kenyat", false), None);
        // "Kenyna" too, but it keeps the letters of "Kenyan", two of them swapped.
        assert_eq!(well_known_slip("Kenyna", false).map(|(name, _)| name), Some("Kenyan"));
        assert_eq!(well_known_slip("Nigerias", true).map(|(name, _)| name), Some("Nigeria"));
        assert_ne!(well_known_slip("Nigerias", false).map(|(name, _)| name), Some("Nigeria"));
        // One slip from two names: a swap or a doubled letter keeps one name's letters.
        assert_eq!(well_known_slip("Germayn", false).map(|(name, _)| name), Some("Germany"));
        assert_eq!(well_known_slip("Russiaa", false).map(|(name, _)| name), Some("Russia"));
        // A four-letter name with a letter dropped.
        assert_eq!(well_known_slip("Irq", false).map(|(name, _)| name), Some("Iraq"));
        // A name ending in "s" with its "s" dropped or doubled.
        assert_eq!(well_known_slip("Illinoi", false), Some(("Illinois", Slip::OneEdit)));
        assert_eq!(well_known_slip("Arkansass", false), Some(("Arkansas", Slip::OneEdit)));
    }

    #[test]
    fn known_names_and_ambiguous_slips_are_left_alone() {
        // Real places, peoples and given names are never slips of another.
        for word in ["Austria", "Iraq", "Kenyan", "Marcia", "Reuters", "Niger"] {
            assert_eq!(well_known_slip(word, false), None, "{word}");
        }
        // Lowercase words and acronyms are not names spelt once.
        assert_eq!(well_known_slip("nigreia", false), None);
        assert_eq!(well_known_slip("NIGREIA", false), None);
    }
}
