//! ASCII folding of Latin letters, the same folding the table builder applies
//! (scripts/build_reference_data.py), so "Gdańsk" and "Gdansk" find one entry.

/// Accented letters and what they fold to. The builder folds by Unicode decomposition; this
/// covers Latin-1 and Latin Extended-A, which is what names in English copy use.
const FOLDS: &[(&str, &str)] = &[
    ("ÀÁÂÃÄÅĀĂĄ", "A"),
    ("àáâãäåāăą", "a"),
    ("ÇĆĈĊČ", "C"),
    ("çćĉċč", "c"),
    ("ĎĐÐ", "D"),
    ("ďđð", "d"),
    ("ÈÉÊËĒĔĖĘĚ", "E"),
    ("èéêëēĕėęě", "e"),
    ("ĜĞĠĢ", "G"),
    ("ĝğġģ", "g"),
    ("ĤĦ", "H"),
    ("ĥħ", "h"),
    ("ÌÍÎÏĨĪĬĮİ", "I"),
    ("ìíîïĩīĭįı", "i"),
    ("Ĵ", "J"),
    ("ĵ", "j"),
    ("Ķ", "K"),
    ("ķ", "k"),
    ("ĹĻĽĿŁ", "L"),
    ("ĺļľŀł", "l"),
    ("ÑŃŅŇ", "N"),
    ("ñńņň", "n"),
    ("ÒÓÔÕÖØŌŎŐ", "O"),
    ("òóôõöøōŏő", "o"),
    ("ŔŖŘ", "R"),
    ("ŕŗř", "r"),
    ("ŚŜŞŠȘ", "S"),
    ("śŝşšș", "s"),
    ("ŢŤŦȚ", "T"),
    ("ţťŧț", "t"),
    ("ÙÚÛÜŨŪŬŮŰŲ", "U"),
    ("ùúûüũūŭůűų", "u"),
    ("Ŵ", "W"),
    ("ŵ", "w"),
    ("ÝŸŶ", "Y"),
    ("ýÿŷ", "y"),
    ("ŹŻŽ", "Z"),
    ("źżž", "z"),
    ("ß", "ss"),
    ("Æ", "Ae"),
    ("æ", "ae"),
    ("Œ", "Oe"),
    ("œ", "oe"),
    ("Þ", "Th"),
    ("þ", "th"),
    ("’‘ʼʻ", "'"),
];

/// `name` with accented letters folded to ASCII and typographic apostrophes straightened,
/// or `None` when that changes nothing.
pub(super) fn ascii_fold(name: &str) -> Option<String> {
    if name.is_ascii() {
        return None;
    }
    let mut folded = String::with_capacity(name.len());
    let mut changed = false;
    for ch in name.chars() {
        match fold_char(ch) {
            Some(replacement) => {
                folded.push_str(replacement);
                changed = true;
            }
            None => folded.push(ch),
        }
    }
    changed.then_some(folded)
}

fn fold_char(ch: char) -> Option<&'static str> {
    if ch.is_ascii() {
        return None;
    }
    FOLDS.iter().find(|(letters, _)| letters.contains(ch)).map(|(_, replacement)| *replacement)
}
