//! When two spellings of a name are one name written twice: accents, case, one edit.
//!
//! The rule is deliberately narrow (see `name.variant`'s doc): the same letters with or
//! without accents, one insertion, deletion, substitution or transposition in a name of five
//! letters or more, or a stray plural "s". "Harris" and "Harrison" are two edits apart and
//! stay two names.

/// Lowercase, accents removed, for comparison ("José" -> "jose", "Ångström" -> "angstrom").
pub fn fold(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(replacement) => folded.push_str(replacement),
            None if is_combining_mark(c) => {}
            None => folded.push(c),
        }
    }
    folded
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        '’' | 'ʼ' => "'",
        '‐' => "-",
        _ => return None,
    })
}

/// How `variant` differs from `established`, when it is a near-spelling of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// Same letters, other accents or capitals ("Jose" for "José").
    Accents,
    /// One letter added, dropped, changed or two swapped ("Kowalsky" for "Kowalski").
    OneEdit,
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
            Slip::StrayPlural => "a stray \"s\"",
            Slip::Hyphen => "the hyphen is missing",
        }
    }
}

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
        return Some(Slip::Accents);
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
    if longer.strip_prefix(shorter.as_str()).is_some_and(|added| matches!(added, "n" | "i" | "e" | "a" | "o")) {
        return None;
    }
    // One edit is a slip only in names long enough that one letter does not make another
    // common name ("Chan"/"Chen", "Bush"/"Rush").
    if length_a.min(length_b) >= 5 && strsim::osa_distance(&a, &b) == 1 {
        // A first letter changed makes a different name more often than a slip does
        // ("Mason"/"Jason", "Gambia"/"Zambia").
        if a.chars().next() != b.chars().next() {
            return None;
        }
        return Some(Slip::OneEdit);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_spellings_are_slips() {
        assert_eq!(slip("Kowalsky", "Kowalski"), Some(Slip::OneEdit));
        assert_eq!(slip("Hendrickson", "Hendricksen"), Some(Slip::OneEdit));
        assert_eq!(slip("Micheal", "Michael"), Some(Slip::OneEdit));
        assert_eq!(slip("Bidens", "Biden"), Some(Slip::StrayPlural));
        assert_eq!(slip("Ocasio Cortez", "Ocasio-Cortez"), Some(Slip::Hyphen));
        assert_eq!(slip("Jose", "José"), Some(Slip::Accents));
    }

    #[test]
    fn different_names_are_not_slips() {
        for (a, b) in [
            ("Harris", "Harrison"),
            ("Chan", "Chen"),
            ("Gambia", "Zambia"),
            ("Biden", "Biden"),
            ("Smith", "Jones"),
            ("Australian", "Australia"),
            ("Israeli", "Israel"),
            ("O’Rourke", "O'Rourke"),
        ] {
            assert_eq!(slip(a, b), None, "{a} {b}");
        }
    }
}
