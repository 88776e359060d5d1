//! Folding accented letters to ASCII: Unicode decomposition (NFKD, `unicode-normalization`)
//! with the combining marks dropped, and the few letters NFKD leaves whole (data/folds.tsv:
//! "ł", "ø", "ß", "æ", typographic apostrophes). The reference data builder
//! (scripts/build_reference_data.py) folds the same way, from the same table, so "Gdańsk",
//! "Nguyễn" and "Ștefan" find the entries built from them.

use std::borrow::Cow;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// data/folds.tsv: letter -> ASCII.
static EXTRA: LazyLock<Vec<(char, &'static str)>> = LazyLock::new(|| {
    include_str!("../../data/folds.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let (letter, folded) = line.split_once('\t')?;
            let mut chars = letter.chars();
            chars.next().filter(|_| chars.next().is_none()).map(|letter| (letter, folded))
        })
        .collect()
});

/// `text` with accented letters folded to ASCII letters and typographic apostrophes
/// straightened; letters of other scripts are kept. Case is kept.
pub fn fold(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            folded.push(c);
        } else if let Some((_, replacement)) = EXTRA.iter().find(|(letter, _)| *letter == c) {
            folded.push_str(replacement);
        } else {
            folded.extend(std::iter::once(c).nfkd().filter(|part| !is_combining_mark(*part)));
        }
    }
    Cow::Owned(folded)
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn latin_letters_fold_as_the_builder_folds_them() {
        assert_eq!(fold("Gdańsk"), "Gdansk");
        assert_eq!(fold("São Paulo"), "Sao Paulo");
        assert_eq!(fold("Łódź"), "Lodz");
        assert_eq!(fold("Ærøskøbing"), "Aeroskobing");
        assert_eq!(fold("Straße"), "Strasse");
        assert_eq!(fold("O’Brien"), "O'Brien");
        assert!(matches!(fold("Plain"), std::borrow::Cow::Borrowed("Plain")));
    }

    #[test]
    fn vietnamese_romanian_and_combining_marks_fold_too() {
        // Vietnamese stacks two marks on one letter; "Đ" is a letter of its own.
        assert_eq!(fold("Nguyễn Tấn Dũng"), "Nguyen Tan Dung");
        assert_eq!(fold("Đặng Thị Ngọc Thịnh"), "Dang Thi Ngoc Thinh");
        // Romanian's comma below, and the cedilla forms written for it.
        assert_eq!(fold("Ștefan Țiriac"), "Stefan Tiriac");
        assert_eq!(fold("Ştefan Ţiriac"), "Stefan Tiriac");
        // A name typed with combining marks instead of precomposed letters.
        assert_eq!(fold("Jose\u{301} Nun\u{303}ez"), "Jose Nunez");
        // Other scripts are kept.
        assert_eq!(fold("Москва"), "Москва");
    }
}
