//! Quotation marks: which marks open and close quotations, and which are apostrophes.
//!
//! Works per paragraph over the masked prose. Double marks (straight, curly, low-9,
//! guillemets) always quote; single marks quote only when an opening one is later closed
//! in the same paragraph, because the same characters are apostrophes ("don't",
//! "Ireland’s", "’90s", "the birds' nests"). News copy continues a long quotation over
//! paragraphs by leaving the first paragraph open and opening the next one with a mark
//! again; that is not an unbalanced mark.

use crate::text::ByteSpan;

/// A matched pair of marks (or an opening mark never closed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkPair {
    pub open: ByteSpan,
    /// The closing mark; `None` when the quotation is never closed.
    pub close: Option<ByteSpan>,
    /// Where the quotation ends: after the closing mark, or the end of the last paragraph
    /// it reaches when never closed.
    pub end: usize,
    /// Double marks (“…” "…") rather than single ones (‘…’).
    pub double: bool,
    /// 0 for a quotation, 1 for a quotation inside it, and so on.
    pub depth: usize,
    /// The marks that reopen the quotation at the start of each following paragraph.
    pub continuations: Vec<ByteSpan>,
}

/// Every pair, and the closing marks that close nothing.
#[derive(Clone, Debug, Default)]
pub struct MarkScan {
    /// Sorted by opening mark.
    pub pairs: Vec<MarkPair>,
    pub stray_closings: Vec<ByteSpan>,
    /// Marks written in the other shape: closing marks shaped like opening ones
    /// ("abhorrent“, ‘never‘) and opening marks shaped like closing ones ("” … the
    /// ferry has sailed"), each with the mark it stands for.
    pub misshapen: Vec<(ByteSpan, char)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open,
    Close,
    /// A straight double mark: opens when none is open, closes otherwise.
    Toggle,
    /// An opening mark's shape where a quotation closes: “abhorrent“.
    MisshapenClose,
    /// A closing mark's shape where a quotation opens on an ellipsis: ” … the ferry has sailed.
    MisshapenOpen,
    Apostrophe,
}

struct OpenMark {
    mark: ByteSpan,
    double: bool,
    continuations: Vec<ByteSpan>,
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‛' | '‹' | '›')
}

pub fn is_quotation_mark(c: char) -> bool {
    is_double(c) || is_single(c)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// What may stand before an opening mark: nothing, a space, an opening bracket, a dash,
/// a slash, masked markup (NUL) or another opening mark.
fn is_opening_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || c == '\0'
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '/' | '“' | '‘' | '„' | '«' | '‹')
                // Invisible format marks (direction, zero width) pasted before a quotation.
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
        }
    }
}

/// Elisions that open with an apostrophe: "'em", "'til", "rock 'n' roll", "'tis".
fn starts_with_elision(rest: &str) -> bool {
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    matches!(word.as_str(), "em" | "til" | "n" | "cause" | "tis" | "twas" | "bout" | "cos" | "round" | "nuff")
}

fn classify(c: char, before: Option<char>, rest_after: &str, double_open: bool, single_open_on_top: bool) -> Role {
    let after = rest_after.chars().next();
    let after_is_word = after.is_some_and(is_word_char);
    let before_is_word = before.is_some_and(is_word_char);
    let after_is_space_or_end = after.is_none_or(|a| a.is_whitespace() || a == '\0');
    // A mark that can only open, glued to the end of a quoted word or standing alone,
    // where a quotation of its kind is open and no word follows: it closes, misshapen.
    let closes_misshapen = |open: bool| {
        open && !after.is_some_and(|a| a.is_alphanumeric() || is_quotation_mark(a))
            && (!is_opening_context(before) || after_is_space_or_end)
    };
    if c == '“' && closes_misshapen(double_open) {
        return Role::MisshapenClose;
    }
    if c == '‘' && closes_misshapen(single_open_on_top) && before.is_some_and(|b| !b.is_whitespace()) {
        return Role::MisshapenClose;
    }
    // A quotation taken up mid-sentence opens on an ellipsis; a closing mark before it,
    // with nothing open, opens it in the wrong shape.
    let ellipsis_follows = {
        let rest = rest_after.trim_start_matches(' ');
        rest.len() < rest_after.len() && (rest.starts_with('…') || rest.starts_with("..."))
    };
    if c == '”' && !double_open && is_opening_context(before) && ellipsis_follows {
        return Role::MisshapenOpen;
    }
    if is_double(c) {
        return match c {
            '“' | '„' | '«' => Role::Open,
            '»' => Role::Close,
            // Machine-translated copy uses ” for both marks; one that opens a word with
            // nothing open is an opening mark.
            '”' if !double_open && is_opening_context(before) && !after_is_space_or_end => Role::Open,
            '”' => Role::Close,
            // An inch mark: 5" or a 12" pipe, with no quotation open.
            _ if !double_open && before.is_some_and(|b| b.is_ascii_digit()) => Role::Apostrophe,
            // With nothing open, a mark glued to the end of a word or sentence and followed
            // by a space closes nothing: it is stray, not the start of a quotation.
            _ if !double_open && !is_opening_context(before) && after_is_space_or_end => Role::Close,
            _ => Role::Toggle,
        };
    }
    if before_is_word && after_is_word {
        return Role::Apostrophe;
    }
    let opens = is_opening_context(before) && !after_is_space_or_end;
    if opens && matches!(c, '\'' | '‘' | '‛' | '‹') {
        if after.is_some_and(|a| a.is_ascii_digit()) || starts_with_elision(rest_after) {
            return Role::Apostrophe;
        }
        return Role::Open;
    }
    let closes = before.is_some_and(|b| !b.is_whitespace() && b != '\0') && !after_is_word;
    if closes && single_open_on_top && matches!(c, '\'' | '’' | '›') {
        return Role::Close;
    }
    Role::Apostrophe
}

/// The characters of `slice` that may be quotation marks, with their offsets: every
/// quotation mark is `"`, `'` or a character whose UTF-8 encoding starts with 0xE2 (the
/// curly marks, ‹ ›) or 0xC2 (« »), so only those bytes are looked at, found with
/// `memchr`'s vectorised search (0xC2, rarer, by a second one merged in order).
fn quotation_mark_candidates(slice: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = slice.as_bytes();
    let mut common = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    let mut latin = memchr::memchr_iter(0xC2, bytes).peekable();
    std::iter::from_fn(move || match (common.peek(), latin.peek()) {
        (Some(&a), Some(&b)) if b < a => latin.next(),
        (Some(_), _) => common.next(),
        (None, _) => latin.next(),
    })
    .filter_map(|relative| slice.get(relative..).and_then(|rest| rest.chars().next()).map(|c| (relative, c)))
}

/// Scans the quotation marks of `text` over `paragraphs` (in document order).
pub fn scan(text: &str, paragraphs: &[ByteSpan]) -> MarkScan {
    let mut scan = MarkScan::default();
    // A double quotation left open at the end of the previous paragraph.
    let mut carried: Option<(OpenMark, usize)> = None;
    for paragraph in paragraphs {
        let Some(slice) = text.get(paragraph.range()) else { continue };
        let mut stack: Vec<OpenMark> = Vec::new();
        let mut skip_until = paragraph.start;
        if let Some((mut open, previous_end)) = carried.take() {
            match continuation_mark(slice, paragraph.start, open.double) {
                Some(mark) => {
                    open.continuations.push(mark);
                    skip_until = mark.end;
                    stack.push(open);
                }
                None => scan.pairs.push(unclosed(open, previous_end, 0)),
            }
        }
        for (relative, c) in quotation_mark_candidates(slice) {
            let offset = paragraph.start + relative;
            if offset < skip_until || !is_quotation_mark(c) {
                continue;
            }
            // The character before the mark in the paragraph.
            let before = slice[..relative].chars().next_back();
            let (c, width) = doubled_single(c, &slice[relative + c.len_utf8()..]).unwrap_or((c, c.len_utf8()));
            let rest_after = &slice[relative + width..];
            let mark = ByteSpan::new(offset, offset + width);
            skip_until = skip_until.max(mark.end);
            if is_inch_mark(c, &slice[..relative]) {
                continue;
            }
            match role_among_open_marks(c, before, rest_after, &stack) {
                Role::Apostrophe | Role::Toggle => {}
                Role::Open => stack.push(OpenMark { mark, double: is_double(c), continuations: Vec::new() }),
                Role::Close => close(&mut stack, mark, is_double(c), &mut scan),
                Role::MisshapenClose => {
                    close(&mut stack, mark, is_double(c), &mut scan);
                    scan.misshapen.push((mark, if is_double(c) { '”' } else { '’' }));
                }
                Role::MisshapenOpen => {
                    stack.push(OpenMark { mark, double: true, continuations: Vec::new() });
                    scan.misshapen.push((mark, '“'));
                }
            }
        }
        carried = carry_over(stack, paragraph.end, &mut scan);
    }
    if let Some((open, end)) = carried {
        scan.pairs.push(unclosed(open, end, 0));
    }
    scan.pairs.sort_by_key(|pair| (pair.open.start, pair.depth));
    scan
}

/// The inch mark of a height or a length in feet and inches ("6’2”", "5'11\""), even
/// inside a quotation: a double mark right after digits that follow a foot mark.
fn is_inch_mark(c: char, before: &str) -> bool {
    if !matches!(c, '”' | '"' | '″') {
        return false;
    }
    let inches = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = before.len() - inches.len();
    let Some(feet) = inches.strip_suffix(['’', '\'', '′']) else { return false };
    (1..=2).contains(&digits) && feet.ends_with(|c: char| c.is_ascii_digit())
}

/// Two single marks written as one double mark, as some archives and typewriter-era copy
/// write quotations (''like this'', ‘‘like this’’): the double mark they stand for and
/// the bytes the pair takes.
fn doubled_single(c: char, rest_after: &str) -> Option<(char, usize)> {
    let double = match (c, rest_after.chars().next()?) {
        ('\'', '\'') => '"',
        ('‘', '‘') => '“',
        ('’', '’') => '”',
        _ => return None,
    };
    Some((double, 2 * c.len_utf8()))
}

/// The mark that continues a quotation left open by the previous paragraph: the
/// paragraph's first character, when it is a mark of the quotation's kind that can open.
fn continuation_mark(slice: &str, paragraph_start: usize, double: bool) -> Option<ByteSpan> {
    let (relative, c) = slice.char_indices().find(|(_, c)| !c.is_whitespace() && *c != '\0')?;
    let (c, width) = doubled_single(c, &slice[relative + c.len_utf8()..]).unwrap_or((c, c.len_utf8()));
    let reopens = if double { is_double(c) && c != '»' && c != '”' } else { matches!(c, '‘' | '\'') };
    let start = paragraph_start + relative;
    reopens.then(|| ByteSpan::new(start, start + width))
}

/// What a mark does given the quotations open before it in the paragraph (`stack`,
/// innermost last); a straight double mark opens or closes depending on them.
fn role_among_open_marks(c: char, before: Option<char>, rest_after: &str, stack: &[OpenMark]) -> Role {
    let double_open = stack.iter().any(|m| m.double);
    let single_open_on_top = stack.last().is_some_and(|m| !m.double);
    match classify(c, before, rest_after, double_open, single_open_on_top) {
        // "The "United States" is…" inside a quotation in straight marks: a mark
        // after a space and before a word opens a quotation inside the open one.
        Role::Toggle if double_open && is_opening_context(before) && rest_after.starts_with(is_word_char) => Role::Open,
        Role::Toggle if double_open => Role::Close,
        Role::Toggle => Role::Open,
        role => role,
    }
}

/// Pairs a closing mark with the innermost open mark of its kind; a double closing mark
/// with no double mark open closes nothing and is stray.
fn close(stack: &mut Vec<OpenMark>, mark: ByteSpan, double: bool, scan: &mut MarkScan) {
    let open = if double {
        let Some(position) = stack.iter().rposition(|m| m.double) else {
            scan.stray_closings.push(mark);
            return;
        };
        // Single marks opened inside and never closed were apostrophes.
        stack.truncate(position + 1);
        stack.pop().expect("position is in the stack")
    } else {
        stack.pop().expect("a single mark is open on top")
    };
    scan.pairs.push(MarkPair {
        open: open.mark,
        close: Some(mark),
        end: mark.end,
        double,
        depth: stack.len(),
        continuations: open.continuations,
    });
}

/// At a paragraph's end: open single marks were apostrophes after all; the outermost open
/// double mark may continue in the next paragraph, so it is handed on with the paragraph's
/// end; doubles open inside it are never closed.
fn carry_over(mut stack: Vec<OpenMark>, paragraph_end: usize, scan: &mut MarkScan) -> Option<(OpenMark, usize)> {
    stack.retain(|m| m.double);
    let mut stack = stack.into_iter();
    let outermost = stack.next()?;
    for (depth, inner) in stack.enumerate() {
        scan.pairs.push(unclosed(inner, paragraph_end, depth + 1));
    }
    Some((outermost, paragraph_end))
}

fn unclosed(open: OpenMark, end: usize, depth: usize) -> MarkPair {
    MarkPair { open: open.mark, close: None, end, double: open.double, depth, continuations: open.continuations }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vectorised search finds what a byte-by-byte one finds, in order.
    #[test]
    fn candidates_are_every_mark_byte_in_order() {
        let text = "«Oui», he said. \"It’s ‘fine’\" at 5' — ‹x› \u{a0}é “end”";
        let by_bytes: Vec<(usize, char)> = text
            .bytes()
            .enumerate()
            .filter(|(_, byte)| matches!(byte, b'"' | b'\'' | 0xC2 | 0xE2))
            .filter_map(|(at, _)| text[at..].chars().next().map(|c| (at, c)))
            .collect();
        assert_eq!(quotation_mark_candidates(text).collect::<Vec<_>>(), by_bytes);
        assert!(by_bytes.len() >= 12, "{by_bytes:?}");
    }

    fn pairs(text: &str) -> Vec<(String, usize, bool)> {
        let paragraphs: Vec<ByteSpan> = {
            let mut spans = Vec::new();
            let mut start = 0;
            for part in text.split("\n\n") {
                spans.push(ByteSpan::new(start, start + part.len()));
                start += part.len() + 2;
            }
            spans
        };
        scan(text, &paragraphs)
            .pairs
            .iter()
            .map(|p| (text[p.open.start..p.end].to_string(), p.depth, p.close.is_some()))
            .collect()
    }

    #[test]
    fn straight_and_curly_pairs_and_nesting() {
        assert_eq!(pairs("He said \"no\" and “yes.”"), [("\"no\"".into(), 0, true), ("“yes.”".into(), 0, true)]);
        assert_eq!(
            pairs("“He told me ‘never again,’ and left,” she said."),
            [("“He told me ‘never again,’ and left,”".into(), 0, true), ("‘never again,’".into(), 1, true)]
        );
        assert_eq!(pairs("'We won,' he said."), [("'We won,'".into(), 0, true)]);
    }

    #[test]
    fn heights_in_feet_and_inches_inside_a_quotation() {
        assert_eq!(
            pairs("“He calls me short. He is like 6’2”, I am 5’9”,” Ruiz said."),
            [("“He calls me short. He is like 6’2”, I am 5’9”,”".into(), 0, true)]
        );
        assert_eq!(pairs("\"She is 5'11\" and fast,\" he said."), [("\"She is 5'11\" and fast,\"".into(), 0, true)]);
        // Digits quoted after a word are no height: "the '90s" and a score still close.
        assert_eq!(pairs("“We won 3-2”, he said."), [("“We won 3-2”".into(), 0, true)]);
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        for text in [
            "Don't stop. Ireland’s ’90s boom, the birds' nests and rock 'n' roll.",
            "It was 'til dawn.",
            "A 12\" pipe.",
        ] {
            assert!(pairs(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_quotation_continues_over_paragraphs() {
        let text = "\"We will win.\n\n\"We always do,\" she said.";
        let found = scan(text, &[ByteSpan::new(0, 13), ByteSpan::new(15, text.len())]);
        assert_eq!(found.pairs.len(), 1);
        assert_eq!(found.pairs[0].continuations.len(), 1);
        assert!(found.pairs[0].close.is_some());
        // Without the reopening mark, the first paragraph's mark is never closed.
        let text = "\"We will win.\n\nShe said so.";
        let found = scan(text, &[ByteSpan::new(0, 13), ByteSpan::new(15, text.len())]);
        assert_eq!(found.pairs.len(), 1);
        assert!(found.pairs[0].close.is_none());
    }

    #[test]
    fn two_single_marks_are_one_double_mark() {
        assert_eq!(
            pairs("''We cannot wait,'' she told reporters, ''not one more year.''"),
            [("''We cannot wait,''".into(), 0, true), ("''not one more year.''".into(), 0, true)]
        );
        assert_eq!(pairs("‘‘Enough,’’ he said."), [("‘‘Enough,’’".into(), 0, true)]);
        // A quotation inside one in doubled marks still takes single marks.
        assert_eq!(
            pairs("''He told me 'never again,' and left,'' she said."),
            [("''He told me 'never again,' and left,''".into(), 0, true), ("'never again,'".into(), 1, true)]
        );
        // Continued over paragraphs by reopening with the doubled mark.
        let text = "''We will win.\n\n''We always do,'' she said.";
        let found = scan(text, &[ByteSpan::new(0, 14), ByteSpan::new(16, text.len())]);
        assert_eq!(found.pairs.len(), 1, "{:?}", found.pairs);
        assert_eq!(found.pairs[0].continuations, [ByteSpan::new(16, 18)]);
    }

    #[test]
    fn an_opening_mark_where_a_quotation_closes_is_a_misshapen_closing_mark() {
        for (text, quoted) in [
            ("He called the plan “abhorrent“ in a post.", "“abhorrent“"),
            ("“It is unusual,“ said Ana Ruiz.", "“It is unusual,“"),
            ("“They see that. “", "“They see that. “"),
            ("She said “the best in the world“.", "“the best in the world“"),
        ] {
            let found = scan(text, &[ByteSpan::new(0, text.len())]);
            assert_eq!(found.pairs.len(), 1, "{text}");
            assert_eq!(&text[found.pairs[0].open.start..found.pairs[0].end], quoted);
            assert_eq!(found.misshapen.len(), 1, "{text}");
            assert_eq!(found.misshapen[0].1, '”');
        }
        let text = "You ought to answer ‘not on my watch‘, she wrote.";
        let found = scan(text, &[ByteSpan::new(0, text.len())]);
        assert_eq!((found.pairs.len(), found.misshapen.len()), (1, 1));
        assert_eq!(found.misshapen[0].1, '’');
        // An opening mark before a word, or a doubled opening mark, still opens.
        for text in ["“He called it “fake news” and left.”", "The platform reads: ““Radical change now.”"]
        {
            let found = scan(text, &[ByteSpan::new(0, text.len())]);
            assert!(found.misshapen.is_empty(), "{text}");
        }
        // A direction mark pasted before a closing-shaped opening mark.
        let text = "\u{202a}”Sorry, you should have said so,” posted Ana Ruiz.";
        let found = scan(text, &[ByteSpan::new(0, text.len())]);
        assert!(found.stray_closings.is_empty() && found.pairs.len() == 1, "{:?}", found);
    }

    #[test]
    fn a_closing_curly_mark_with_nothing_open_is_stray() {
        let found = scan("It ended.” Then", &[ByteSpan::new(0, 17)]);
        assert_eq!(found.stray_closings.len(), 1);
    }
}
