//! Tokens: words, numbers, web addresses and single punctuation marks, with byte spans.
//!
//! A word keeps its inner apostrophes, hyphens and periods ("O'Brien", "Ocasio-Cortez",
//! "U.S", "Znak.com"): a period with no space after it does not end anything. The period
//! that closes "U.S." is a token of its own; the segmenter decides what it means.

use super::markup::{CODE_MASK, MASK};
use super::span::ByteSpan;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// A URL or e-mail address.
    Address,
    /// One punctuation or symbol character.
    Punct,
    /// Inline code in Markdown: a placeholder that stands where a word would.
    Code,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: ByteSpan,
    pub kind: TokenKind,
    /// Whether whitespace separates this token from the previous one. Masked markup
    /// alone does not: in "**word**," the comma follows the word directly.
    pub space_before: bool,
    /// Whether a line break lies between this token and the previous one.
    pub newline_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, text: &str, mark: char) -> bool {
        self.kind == TokenKind::Punct && self.text(text).starts_with(mark)
    }
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_skipped(c: char) -> bool {
    c.is_whitespace() || c as u32 == MASK as u32 || c == '\u{FEFF}' || c == '\u{200B}'
}

/// Joiners that may sit inside a word when a word character follows them.
fn is_inner_joiner(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '-' | '‐' | '.' | '&' | '_')
}

/// The character at byte `index` of `text` (a character boundary), if any. Nearly every
/// character of a draft is ASCII and is read without decoding.
fn char_at(text: &str, index: usize) -> Option<char> {
    let byte = *text.as_bytes().get(index)?;
    if byte.is_ascii() { Some(char::from(byte)) } else { text[index..].chars().next() }
}

/// `word` lowercased (as `str::to_lowercase` does), without a copy when it already is
/// (nearly every word a lookup asks about): an ASCII word with no capital is its own
/// lowercase.
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// Calls `judge` with `word` lowercased exactly as `str::to_lowercase` would (`lowercase`),
/// without allocating for a short ASCII word.
pub fn with_lowercase<R>(word: &str, judge: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    if word.is_ascii()
        && let Some(buffer) = buffer.get_mut(..word.len())
    {
        buffer.copy_from_slice(word.as_bytes());
        buffer.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(buffer) {
            return judge(lower);
        }
    }
    judge(&lowercase(word))
}

/// `word` with its first letter capitalised ("tuesday" -> "Tuesday").
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Tokenizes `text[span]`, appending to `tokens`.
pub fn tokenize(text: &str, span: ByteSpan, tokens: &mut Vec<Token>) {
    let Some(slice) = text.get(span.range()) else { return };
    let mut space_before = true;
    let mut newline_before = false;
    let mut relative = 0;
    while let Some(c) = char_at(slice, relative) {
        let start = span.start + relative;
        if is_skipped(c) {
            space_before |= c.is_whitespace();
            newline_before |= c == '\n' || c == '\r';
            relative += c.len_utf8();
            continue;
        }
        let rest = &slice[relative..];
        let (length, kind) = if c as u32 == CODE_MASK as u32 {
            (rest.len() - rest.trim_start_matches(CODE_MASK as char).len(), TokenKind::Code)
        } else if let Some(length) = address_length(rest) {
            (length, TokenKind::Address)
        } else if c == '.' && space_before && rest[1..].starts_with(|d: char| d.is_ascii_digit()) {
            // ".0605": a decimal without its leading zero.
            (1 + word_length(&rest[1..]), TokenKind::Number)
        } else if is_word_char(c) {
            let length = word_length(rest);
            let kind = if c.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
            (length, kind)
        } else {
            (c.len_utf8(), TokenKind::Punct)
        };
        tokens.push(Token { span: ByteSpan::new(start, start + length), kind, space_before, newline_before });
        space_before = false;
        newline_before = false;
        // Skip the rest of the token (every token holds at least its first character).
        relative += length.max(c.len_utf8());
    }
}

/// Length of the word or number at the start of `rest`.
fn word_length(rest: &str) -> usize {
    let mut end = 0;
    let mut index = 0;
    loop {
        // ASCII letters and digits are nearly all of a word: passed over in a tight loop.
        let ascii_run = rest.as_bytes()[index..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if ascii_run > 0 {
            index += ascii_run;
            end = index;
        }
        let Some(c) = char_at(rest, index) else { break };
        let next_index = index + c.len_utf8();
        if is_word_char(c) {
            end = next_index;
            index = next_index;
            continue;
        }
        // A joiner stays inside the word only between word characters ("U.S", "3.25",
        // "1,000", "O'Brien"); a comma only between digits.
        let joins = is_inner_joiner(c) || (c == ',' && rest[..index].ends_with(|p: char| p.is_ascii_digit()));
        match char_at(rest, next_index) {
            Some(next) if joins && is_word_char(next) && (c != ',' || next.is_ascii_digit()) => index = next_index,
            _ => break,
        }
    }
    end
}

/// Length of a URL or e-mail address at the start of `rest`, without trailing punctuation.
fn address_length(rest: &str) -> Option<usize> {
    // This runs at every token: one pass over the bytes finds the run's end and whether it
    // holds the "@" of an address or the "/" of a URL or path; nearly every run holds
    // neither. Only a multi-byte character's first byte can start a (Unicode) space.
    let mut run_end = rest.len();
    let mut marked = false;
    for (index, &byte) in rest.as_bytes().iter().enumerate() {
        let ends = if byte.is_ascii() {
            byte.is_ascii_whitespace() || matches!(byte, b'\x0B' | b'\0' | b'<' | b'>' | b'"')
        } else {
            byte >= 0xC0 && rest[index..].starts_with(char::is_whitespace)
        };
        if ends {
            run_end = index;
            break;
        }
        marked |= matches!(byte, b'@' | b'/');
    }
    let run = &rest[..run_end];
    // Compare the prefix in place rather than allocating a lowercased copy. (No non-ASCII
    // character lowercases to "h", "t", "p", "s" or "w".)
    let starts_with_ignoring_case = |prefix: &str| {
        run.as_bytes().get(..prefix.len()).is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    // "http://" and paths hold a "/", an address an "@": without either, only "www." is left.
    if !marked && !starts_with_ignoring_case("www.") {
        return None;
    }
    let is_url = starts_with_ignoring_case("http://")
        || starts_with_ignoring_case("https://")
        || starts_with_ignoring_case("www.");
    let is_email = !is_url
        && run.find('@').is_some_and(|at| {
            at > 0
                && run[at + 1..].contains('.')
                && run[..at].chars().all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        });
    let trimmed = run.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '’', '”']);
    // "docs/configuration.md", "../shared/seed.txt": a file path, not words.
    let is_path = trimmed.contains('/')
        && trimmed
            .rsplit('/')
            .next()
            .is_some_and(|name| name.contains('.') && !name.ends_with('.') && !name.starts_with('.'))
        && trimmed.chars().all(|c| c.is_alphanumeric() || "/._-~".contains(c));
    if !(is_url || is_email || is_path) {
        return None;
    }
    // Keep a closing parenthesis that belongs to the address: "…/Foo_(bar)".
    let trimmed = if run[trimmed.len()..].starts_with(')') && trimmed.contains('(') {
        &run[..trimmed.len() + 1]
    } else {
        trimmed
    };
    (!trimmed.is_empty()).then_some(trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token_texts(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, ByteSpan::new(0, text.len()), &mut tokens);
        tokens.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_keep_inner_joiners() {
        assert_eq!(
            token_texts("O'Brien’s U.S. Ocasio-Cortez $3.25 1,000, Znak.com—AT&T"),
            ["O'Brien’s", "U.S", ".", "Ocasio-Cortez", "$", "3.25", "1,000", ",", "Znak.com", "—", "AT&T"]
        );
    }

    #[test]
    fn addresses_are_single_tokens_without_trailing_punctuation() {
        assert_eq!(
            token_texts("See https://example.com/a.b?c=1. Mail press@example.org, or www.x.org)"),
            ["See", "https://example.com/a.b?c=1", ".", "Mail", "press@example.org", ",", "or", "www.x.org", ")"]
        );
        assert_eq!(
            token_texts("see docs/configuration.md. and/or"),
            ["see", "docs/configuration.md", ".", "and", "/", "or"]
        );
    }

    #[test]
    fn a_decimal_may_start_with_its_point() {
        assert_eq!(token_texts("14.95 acres; .0605 km"), ["14.95", "acres", ";", ".0605", "km"]);
    }

    #[test]
    fn accented_and_cjk_words() {
        assert_eq!(token_texts("José Ángel 北京 e\u{301}te"), ["José", "Ángel", "北京", "e\u{301}te"]);
    }

    #[test]
    fn spacing_is_recorded() {
        let text = "a ,b\nc";
        let mut tokens = Vec::new();
        tokenize(text, ByteSpan::new(0, text.len()), &mut tokens);
        let spacing: Vec<(bool, bool)> = tokens.iter().map(|t| (t.space_before, t.newline_before)).collect();
        assert_eq!(spacing, [(true, false), (true, false), (false, false), (true, true)]);
    }
}
