//! When two spellings of a name are one name written twice: accents, case, one edit.
//!
//! A slip is what careless typing does to a name: the same letters with or without
//! accents, one insertion, deletion, substitution or transposition (doubled or undoubled
//! letters included) in a name of four letters or more, a common spelling family (-bury and
//! -berry, -son and -sen, ph and f ...), a stray plural "s", a lost hyphen; and two edits
//! that sound alike, which the cast accepts only on strong evidence. "Harris" and
//! "Harrison" are three edits apart and stay two names.

/// Lowercase, accents removed, for comparison ("José" -> "jose", "Ångström" -> "angstrom"):
/// the one folding of `text::fold`.
pub fn fold(word: &str) -> String {
    // No ASCII character has a fold of its own: an ASCII word only lowercases.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    crate::text::fold::fold(&word.to_lowercase()).into_owned()
}

/// How `variant` differs from `established`, when it is a near-spelling of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// Same letters, other accents or capitals ("Jose" for "José").
    Accents,
    /// One letter added, dropped, changed or two swapped ("Kowalsky" for "Kowalski",
    /// "Marcheti" for "Marchetti").
    OneEdit,
    /// A common spelling family, one slip however many letters it changes ("Ashberry"
    /// for "Ashbury", "Hendrickson" for "Hendricksen", "Katherine" for "Catherine").
    Family,
    /// Two letters differ and the two sound alike: a slip only when the draft gives
    /// strong evidence that one name is meant.
    TwoEdits,
    /// A stray "s" ("Bidens" for "Biden").
    StrayPlural,
    /// A hyphen written as a space or dropped ("Ocasio Cortez" for "Ocasio-Cortez").
    Hyphen,
}

impl Slip {
    pub fn describe(self) -> &'static str {
        match self {
            Slip::Accents => "accents or capitals differ",
            Slip::OneEdit => "one letter differs",
            Slip::Family => "a common spelling slip",
            Slip::TwoEdits => "two letters differ",
            Slip::StrayPlural => "a stray \"s\"",
            Slip::Hyphen => "the hyphen is missing",
        }
    }

    /// Needs strong evidence (a bare surname near exactly one introduced person's).
    pub fn needs_strong_evidence(self) -> bool {
        self == Slip::TwoEdits
    }
}

/// A spelling with the common families folded to one form: -berry/-bury, -sen/-son,
/// -sky/-ski, -ie/-y, ph/f, c/k, ei/ie. Two spellings with one family form differ by a
/// slip that careless typing or a misheard name makes as one.
pub fn family_form(folded: &str) -> String {
    let mut form = folded.replace("ph", "f").replace("ck", "k").replace('c', "k").replace("ei", "ie");
    for (ending, common) in [("berry", "bury"), ("sen", "son"), ("sky", "ski"), ("ie", "y"), ("ey", "y")] {
        if let Some(stem) = form.strip_suffix(ending)
            && stem.chars().count() >= 2
        {
            form = format!("{stem}{common}");
            break;
        }
    }
    form
}

/// The Double Metaphone key of a name (primary code, up to six sounds): names that sound
/// alike ("Catherine", "Kathryn"; "-bury", "-berry") share it, so it buckets candidates.
pub fn sound_key(name: &str) -> String {
    // An immutable encoder, shared (reference data, not a memo).
    static ENCODER: std::sync::LazyLock<rphonetic::DoubleMetaphone> =
        std::sync::LazyLock::new(|| rphonetic::DoubleMetaphone::new(Some(6)));
    let letters: String = fold(name).chars().filter(|c| c.is_ascii_alphabetic()).collect();
    ENCODER.double_metaphone(&letters).primary()
}

use super::known::is_given_name;
use crate::analysis::fast_hash::FastHasher;
use std::hash::{Hash, Hasher};

/// Whether `variant` is a slip of `established` (not the same text, close enough to be one
/// name misspelt). Both are single name forms; hyphenated forms compare whole.
pub fn slip(variant: &str, established: &str) -> Option<Slip> {
    // Curly and straight apostrophes are typography, not spelling ("O’Rourke", "O'Rourke").
    let apostrophes = |s: &str| s.replace(['’', 'ʼ'], "'");
    if apostrophes(variant) == apostrophes(established) {
        return None;
    }
    let (a, b) = (fold(variant), fold(established));
    if a == b {
        // "PORT ELM, Maine —": a dateline or a shouted headline capitalises every letter.
        let shouted = |s: &str| s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        return (!shouted(variant) && !shouted(established)).then_some(Slip::Accents);
    }
    let without_hyphens = |s: &str| s.replace(['-', ' '], "");
    if (a.contains([' ', '-']) || b.contains([' ', '-'])) && without_hyphens(&a) == without_hyphens(&b) {
        return Some(Slip::Hyphen);
    }
    let (length_a, length_b) = (a.chars().count(), b.chars().count());
    if length_a.min(length_b) >= 4
        && (a.strip_suffix('s') == Some(b.as_str()) || b.strip_suffix('s') == Some(a.as_str()))
    {
        return Some(Slip::StrayPlural);
    }
    // "Australia"/"Australian", "Israel"/"Israeli", "Maria"/"Marian": a letter added at
    // the end makes a demonym or another name, not a slip.
    let (shorter, longer) = if length_a < length_b { (&a, &b) } else { (&b, &a) };
    let (written_shorter, written_longer) =
        if length_a < length_b { (variant, established) } else { (established, variant) };
    // A final letter doubled ("Obamaa", "Floridaa") is a slip of the keyboard, not an ending.
    let ending_added = longer
        .strip_prefix(shorter.as_str())
        .is_some_and(|added| matches!(added, "n" | "i" | "e" | "a" | "o") && !shorter.ends_with(added));
    // A demonym or another common given name; "Jakart" for "Jakarta" is a slip.
    if ending_added
        && (super::known::is_demonym(written_longer)
            || super::known::place(written_shorter).is_some()
            || (is_given_name(written_shorter) && is_given_name(written_longer))
            || longer.ends_with("an"))
    {
        return None;
    }
    if length_a.min(length_b) < 4 {
        return short_slip(written_shorter, written_longer, shorter, longer);
    }
    // The families hold however the first letter is spelt ("Catherine", "Katherine").
    if family_form(&a) == family_form(&b) {
        return Some(Slip::Family);
    }
    // A first letter changed makes a different name more often than a slip does
    // ("Mason"/"Jason", "Gambia"/"Zambia").
    if a.chars().next() != b.chars().next() {
        return None;
    }
    match strsim::osa_distance(&a, &b) {
        1 => Some(Slip::OneEdit),
        2 if length_a.min(length_b) >= 6 && sound_key(&a) == sound_key(&b) => Some(Slip::TwoEdits),
        _ => None,
    }
}

/// A name of four letters with one letter dropped, the first kept ("Crz" for "Cruz",
/// "Yok" for "York"): a slip when the three letters left are no name, title or state
/// abbreviation of their own ("Jon", "Col", "Kan" are). Whether they are a dictionary word
/// ("cuz", "pee") the rules ask.
fn short_slip(written_shorter: &str, written_longer: &str, shorter: &str, longer: &str) -> Option<Slip> {
    use crate::analysis::name_words as vocab;
    let dropped = shorter.chars().count() == 3
        && longer.chars().count() == 4
        && shorter.chars().next() == longer.chars().next()
        && written_shorter.chars().skip(1).all(char::is_lowercase)
        && strsim::osa_distance(shorter, longer) == 1
        // "Dems" for "Dem" is a plural.
        && longer.strip_suffix('s') != Some(shorter);
    let a_word_of_its_own = is_given_name(written_shorter)
        || super::known::given_name(written_shorter).is_some()
        || super::known::place(written_shorter).is_some()
        || super::known::is_demonym(written_shorter)
        || super::known::organisation(written_shorter)
        || vocab::is_title_word(written_shorter)
        || vocab::is_never_a_name(written_shorter)
        || crate::analysis::reference::us_state_of_abbreviation(written_shorter).is_some()
        || crate::analysis::reference::us_state_of_abbreviation(written_longer).is_some();
    (dropped && !a_word_of_its_own).then_some(Slip::OneEdit)
}

/// A hash of a sequence of words or characters, for index keys. A collision only adds a
/// candidate that the rule then rejects, so hashes stand in for allocated keys.
pub(super) fn hash_of(parts: impl FnOnce(&mut FastHasher)) -> u64 {
    let mut hasher = FastHasher::default();
    parts(&mut hasher);
    hasher.finish()
}

/// The one-edit part of `spelling_keys`: a name's folded letters whole and with each one
/// letter deleted. Enough for a word slipped inside a full name ("Micheal Smith"), where
/// every word of the form is keyed.
pub(super) fn edit_keys(name: &str) -> Vec<u64> {
    let letters: Vec<char> = fold(name).chars().filter(|c| *c != '-' && *c != ' ').collect();
    let key = |skip: Option<usize>| {
        hash_of(|h| {
            let mut written = 0usize;
            for (i, c) in letters.iter().enumerate() {
                if Some(i) != skip {
                    c.hash(h);
                    written += 1;
                }
            }
            written.hash(h);
        })
    };
    std::iter::once(key(None)).chain((0..letters.len()).map(|i| key(Some(i)))).collect()
}

/// `slip_keys`, worked out afresh.
pub(super) fn slip_keys_of(name: &str) -> Vec<u64> {
    let mut keys = edit_keys(name);
    let folded: String = fold(name).chars().filter(|c| *c != '-' && *c != ' ').collect();
    keys.push(hash_of(|h| ("family", family_form(&folded)).hash(h)));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_spellings_are_slips() {
        assert_eq!(slip("Kowalsky", "Kowalski"), Some(Slip::Family));
        assert_eq!(slip("Hendrickson", "Hendricksen"), Some(Slip::Family));
        assert_eq!(slip("Micheal", "Michael"), Some(Slip::OneEdit));
        assert_eq!(slip("Bidens", "Biden"), Some(Slip::StrayPlural));
        assert_eq!(slip("Ocasio Cortez", "Ocasio-Cortez"), Some(Slip::Hyphen));
        assert_eq!(slip("Jose", "José"), Some(Slip::Accents));
        assert_eq!(slip("Marcheti", "Marchetti"), Some(Slip::OneEdit));
        assert_eq!(slip("Ellke", "Elke"), Some(Slip::OneEdit));
        assert_eq!(slip("Obamaa", "Obama"), Some(Slip::OneEdit));
        assert_eq!(slip("Floridaa", "Florida"), Some(Slip::OneEdit));
        assert_eq!(slip("Mozambqiue", "Mozambique"), Some(Slip::OneEdit));
        assert_eq!(slip("Reuetrs", "Reuters"), Some(Slip::OneEdit));
        assert_eq!(slip("Ashberry", "Ashbury"), Some(Slip::Family));
        assert_eq!(slip("Andersen", "Anderson"), Some(Slip::Family));
        assert_eq!(slip("Kowalsky", "Kowalski"), Some(Slip::Family));
        assert_eq!(slip("Stephenson", "Stevenson"), Some(Slip::TwoEdits));
        assert_eq!(slip("Katherine", "Catherine"), Some(Slip::Family));
        assert_eq!(slip("Thornbery", "Thornbury"), Some(Slip::OneEdit));
        assert_eq!(slip("Kowalcsyk", "Kowalczyk"), Some(Slip::OneEdit));
        // A four-letter name with a letter dropped.
        assert_eq!(slip("Crz", "Cruz"), Some(Slip::OneEdit));
        assert_eq!(slip("Yok", "York"), Some(Slip::OneEdit));
    }

    #[test]
    fn sound_keys_bucket_spelling_families() {
        assert_eq!(sound_key("Catherine"), sound_key("Kathryn"));
        assert_eq!(sound_key("Ashbury"), sound_key("Ashberry"));
    }

    #[test]
    fn different_names_are_not_slips() {
        for (a, b) in [
            ("Harris", "Harrison"),
            ("Jon", "John"),
            ("Harris", "Harrison"),
            ("Gambia", "Zambia"),
            ("Biden", "Biden"),
            ("Smith", "Jones"),
            ("Australian", "Australia"),
            ("Israeli", "Israel"),
            ("O’Rourke", "O'Rourke"),
            ("PORT", "Port"),
            // Three letters that are a name, a title or an abbreviation of their own.
            ("Jon", "Joan"),
            ("Col", "Cole"),
            ("Kan", "Kane"),
            ("Sen", "Senn"),
            ("Tim", "Time"),
            ("CNN", "Conn"),
            ("Dem", "Dems"),
        ] {
            assert_eq!(slip(a, b), None, "{a} {b}");
        }
    }
}
