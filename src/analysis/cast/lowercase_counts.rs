//! The words a draft writes in lowercase, kept as counts across edits.
//!
//! Whether a sentence-initial capital is a name depends on whether the draft writes the
//! word in lowercase anywhere, so the mention reader needs the whole draft's lowercase
//! words. Collecting them means hashing every word of the draft; after an edit only the
//! paragraphs it touched change, so the counts of the previous version are taken over
//! and corrected by the paragraphs that went and came.

use std::sync::Arc;

use super::shapes::{capitalised_product, product_shape};
use crate::analysis::fast_hash::FastMap;
use crate::text::paragraph_map::same_text;
use crate::text::tokens::lowercase;
use crate::text::{ByteSpan, Prose, Token, tokens};

/// How many times the draft writes each word in lowercase, and the paragraphs counted.
/// The counts of a first reading are shared by the versions after it, each with its own
/// corrections for the paragraphs edited since: an edit copies the corrections, not the
/// draft's words.
#[derive(Clone)]
pub struct LowercaseCounts {
    /// Each paragraph's (masked) text, in order: what the counts were made from.
    paragraphs: Vec<Arc<str>>,
    /// Each lowercase-initial word, lowercased, with its uses at the first reading.
    counted: Arc<FastMap<Box<str>, i32>>,
    /// The uses gained (or lost, below zero) since.
    corrections: FastMap<Box<str>, i32>,
    /// Each lowercase-initial word shaped like a product's name ("npm"), as written, with
    /// its uses (few: kept whole).
    products: FastMap<Box<str>, i32>,
    /// Each capitalised word that lowercases to a product's shape ("Npm", "K8s"),
    /// lowercased, with its uses (few: kept whole).
    capitalised: FastMap<Box<str>, i32>,
}

/// Past this many corrections (plus one per sixteen words counted), counting afresh is
/// cheaper than copying the corrections on every edit.
const MOST_CORRECTIONS: usize = 256;

impl std::fmt::Debug for LowercaseCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LowercaseCounts")
            .field("paragraphs", &self.paragraphs.len())
            .field("counted", &self.counted.len())
            .field("corrections", &self.corrections.len())
            .finish()
    }
}

fn paragraph_texts(prose: &Prose) -> impl Iterator<Item = &Arc<str>> {
    prose.paragraphs.iter().map(|paragraph| &paragraph.text)
}

impl LowercaseCounts {
    /// The counts of every paragraph of `prose`.
    pub fn new(prose: &Prose) -> Self {
        let mut counted = FastMap::default();
        let mut products = FastMap::default();
        let mut capitalised = FastMap::default();
        count_tokens(&prose.text, &prose.tokens, 1, &mut counted, (&mut products, &mut capitalised));
        LowercaseCounts {
            paragraphs: paragraph_texts(prose).cloned().collect(),
            counted: Arc::new(counted),
            corrections: FastMap::default(),
            products,
            capitalised,
        }
    }

    /// These counts for `prose`, a later version of the draft: the paragraphs between the
    /// unchanged beginning and end are uncounted, and `prose`'s counted.
    pub fn updated(&self, prose: &Prose) -> Self {
        let texts: Vec<&Arc<str>> = paragraph_texts(prose).collect();
        let old = &self.paragraphs;
        let same = |old: &Arc<str>, new: &Arc<str>| same_text(old, new);
        let unchanged_start = old.iter().zip(&texts).take_while(|(old, new)| same(old, new)).count();
        let room = old.len().min(texts.len()) - unchanged_start;
        let unchanged_end =
            (0..room).take_while(|&back| same(&old[old.len() - 1 - back], texts[texts.len() - 1 - back])).count();
        let gone = unchanged_start..old.len() - unchanged_end;
        let came = unchanged_start..texts.len() - unchanged_end;
        let mut next = self.clone();
        let mut scratch: Vec<Token> = Vec::new();
        for text in &old[gone.clone()] {
            // A paragraph's tokens depend only on its own text.
            scratch.clear();
            tokens::tokenize(text, ByteSpan::new(0, text.len()), &mut scratch);
            count_tokens(text, &scratch, -1, &mut next.corrections, (&mut next.products, &mut next.capitalised));
        }
        for paragraph in &prose.paragraphs[came.clone()] {
            let own = prose.tokens.get(paragraph.tokens.clone()).unwrap_or_default();
            count_tokens(&prose.text, own, 1, &mut next.corrections, (&mut next.products, &mut next.capitalised));
        }
        if next.corrections.len() > MOST_CORRECTIONS + next.counted.len() / 16 {
            return Self::new(prose);
        }
        next.paragraphs.splice(gone, texts[came].iter().map(|&text| Arc::clone(text)));
        next
    }

    /// Whether the draft writes `lower` (a lowercase word) in lowercase somewhere.
    pub fn contains(&self, lower: &str) -> bool {
        self.counted.get(lower).copied().unwrap_or(0) + self.corrections.get(lower).copied().unwrap_or(0) > 0
    }

    /// The lowercase words shaped like products' names, with their uses.
    pub fn products(&self) -> impl Iterator<Item = (&str, usize)> {
        self.products.iter().filter(|(_, uses)| **uses > 0).map(|(word, &uses)| (&**word, uses as usize))
    }

    /// Whether the draft capitalises `lower`, a product-shaped word, somewhere ("Npm").
    pub fn capitalises(&self, lower: &str) -> bool {
        self.capitalised.get(lower).is_some_and(|uses| *uses > 0)
    }
}

/// Words with their uses.
type Uses = FastMap<Box<str>, i32>;

/// Adds `step` (1 or -1) to the uses of each lowercase-initial word among `tokens`, and
/// to those of the product-shaped words (lowercase, and capitalised).
fn count_tokens(
    text: &str,
    tokens: &[Token],
    step: i32,
    counts: &mut FastMap<Box<str>, i32>,
    (products, capitalised): (&mut Uses, &mut Uses),
) {
    for word in tokens.iter().filter(|t| t.is_word()).map(|t| t.text(text)) {
        if !word.starts_with(char::is_lowercase) {
            capitalised_product(word, |lower| change(capitalised, lower, step));
            continue;
        }
        change(counts, &lowercase(word), step);
        if product_shape(word) {
            change(products, word, step);
        }
    }
}

/// `step` more uses of `word`; a word whose count comes back to zero is forgotten.
fn change(counts: &mut FastMap<Box<str>, i32>, word: &str, step: i32) {
    match counts.get_mut(word) {
        Some(count) => {
            *count += step;
            if *count == 0 {
                counts.remove(word);
            }
        }
        None => {
            counts.insert(word.into(), step);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    /// Every word's total uses, the products and the paragraphs.
    type Summary = (Vec<(String, i32)>, Vec<(String, usize)>, Vec<(String, i32)>, Vec<String>);

    fn summary(counts: &LowercaseCounts) -> Summary {
        let mut totals: FastMap<Box<str>, i32> = (*counts.counted).clone();
        for (word, change) in &counts.corrections {
            *totals.entry(word.clone()).or_default() += change;
        }
        let mut lower: Vec<(String, i32)> =
            totals.into_iter().filter(|(_, uses)| *uses != 0).map(|(word, uses)| (word.to_string(), uses)).collect();
        lower.sort();
        let mut products: Vec<(String, usize)> =
            counts.products().map(|(word, uses)| (word.to_string(), uses)).collect();
        products.sort();
        let mut capitalised: Vec<(String, i32)> =
            counts.capitalised.iter().map(|(word, &uses)| (word.to_string(), uses)).collect();
        capitalised.sort();
        let paragraphs = counts.paragraphs.iter().map(|text| text.to_string()).collect();
        (lower, products, capitalised, paragraphs)
    }

    /// Edits at the start, the end, the middle, across paragraphs, of repeated paragraphs:
    /// the counts carried over equal counts made afresh.
    #[test]
    fn counts_carried_over_edits_are_the_fresh_counts() {
        let versions = [
            "The council met. npm ran.\n\nBut the council left.\n\nBut the council left.\n\nÉcole is here; école too.",
            "The council met. npm ran.\n\nBut the councils left.\n\nBut the council left.\n\nÉcole is here; école too.",
            "Intro here.\n\nThe council met. npm ran.\n\nBut the councils left.\n\nBut the council left.\n\nÉcole is here; école too.",
            "Intro here.\n\nThe council met. npm ran. But the councils left.\n\nBut the council left.\n\nÉcole is here.",
            "But the council left.\n\nBut the council left.",
            "",
            "npm and npm.\n\nnpm",
            "Npm and npm.\n\nnpm K8s",
            "npm and npm.\n\nnpm K8s",
        ];
        let mut carried = LowercaseCounts::new(&Prose::new(versions[0], Language::PlainText));
        for version in &versions[1..] {
            let prose = Prose::new(version, Language::PlainText);
            carried = carried.updated(&prose);
            assert!(!carried.corrections.is_empty() || version.is_empty() || carried.counted.is_empty());
            assert_eq!(summary(&carried), summary(&LowercaseCounts::new(&prose)), "{version}");
        }
        assert_eq!(carried.products().collect::<Vec<_>>(), [("npm", 3)]);
        assert!(carried.capitalises("k8s") && !carried.capitalises("npm"));
        assert!(carried.contains("npm") && !carried.contains("council"));
    }
}
