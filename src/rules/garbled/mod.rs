//! Family `garbled`: text broken by machine translation, article spinners or careless edits.

pub mod possessive;
pub mod punctuation;
pub mod repeated_word;
pub mod sentence_break;
pub mod tortured_phrase;
pub mod unbalanced;
pub mod unfinished;

/// Whether a paragraph is a style sheet or script an archive left in the text
/// (".bio {  width:100%; }", or a lone "}"): a curly bracket, and a declaration
/// ("name:value;") or no letters at all. Its marks are code, not punctuation.
pub fn is_style_sheet(paragraph: &str) -> bool {
    if !paragraph.contains(['{', '}']) {
        return false;
    }
    let declaration = paragraph.split(';').any(|part| {
        part.rsplit_once(':').is_some_and(|(name, value)| {
            let name = name.rsplit(['{', '\n', ';']).next().unwrap_or("").trim();
            let value = value.trim().trim_end_matches("!important").trim();
            !name.is_empty()
                && name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !value.is_empty()
                && !value.contains(char::is_whitespace)
        })
    });
    declaration || !paragraph.contains(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::is_style_sheet;

    #[test]
    fn style_sheets_left_in_the_text() {
        assert!(is_style_sheet(".card {\n  width:100%;\n  margin-top: 20px;\n}."));
        assert!(is_style_sheet("}."));
        assert!(is_style_sheet("@media screen and (max-width: 600px) { .card { height: 275px !important; }."));
        for prose in
            ["The mayor (a Democrat) spoke: it was late; we left.", "Use {braces} sparingly: note this; then go."]
        {
            assert!(!is_style_sheet(prose), "{prose}");
        }
    }
}
