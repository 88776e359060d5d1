//! The draft's structure: what each paragraph is (headline, byline, caption, credit line,
//! social-media line, Q&A or transcript label, body copy) and the dateline or speaker label
//! that opens a body paragraph. Decided once, when a paragraph is read, from its text alone
//! (so a paragraph copied after an edit keeps its part), and read by every analysis: the
//! cast, the quote analysis and the rules never test for headlines themselves.

use crate::text::lexicon;

/// What a paragraph is in the draft's structure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Part {
    /// Body copy.
    #[default]
    Body,
    /// A headline or subhead: title case, or one short line without closing punctuation.
    /// Its capitals say nothing about names, and its conventions are not body copy's.
    Headline,
    /// "By Jane Doe and John Roe": who wrote the story.
    Byline,
    /// A picture's caption, recognised by the photo credit it ends with.
    Caption,
    /// "(Reporting by ...; Editing by ...)", "Jane Doe contributed to this report.",
    /// "Copyright 2016 ...", "Photo: Reuters".
    Credit,
    /// "Follow Jane Doe on Twitter @janedoe", "Like us on Facebook": a publisher's
    /// social-media line.
    Social,
    /// A label alone on its line: "Q:", "FULL TEXT", "TRANSCRIPT:".
    Label,
}

impl Part {
    /// Copy around the story, not in it: its names and words are not the story's.
    pub fn is_furniture(self) -> bool {
        matches!(self, Part::Byline | Part::Credit | Part::Social | Part::Label)
    }
}

/// What opens a body paragraph before its prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OpeningKind {
    /// "NEWPORT NEWS, Va. — ", "WASHINGTON (AP) - ": where the story was filed.
    Dateline,
    /// "Q: ", "A. ", "SMITH: ": who speaks in an interview or a transcript.
    SpeakerLabel,
    /// "Editor's note: ", "Correction: ", "UPDATE: ": the desk's note before the copy, or a
    /// section's label in capitals before a dash ("FRIDAY’S ‘HARBOUR NOTES’ - ").
    Note,
}

/// A dateline or speaker label at a paragraph's start: its kind and its length in bytes
/// (the separator included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Opening {
    pub kind: OpeningKind,
    pub len: usize,
}

/// The structure of one paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Structure {
    pub part: Part,
    pub opening: Option<Opening>,
}

/// Function words title case leaves in lowercase (AP, Chicago): any other lowercase word
/// says a line is a sentence, not a title.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by", "up", "as",
    "via", "vs", "v", "with", "from", "into", "onto", "over", "than", "per", "off", "out", "is", "be", "are", "was",
    "it", "its", "de", "la", "le", "van", "von", "der", "del", "da", "di", "du", "al", "bin",
];

/// Social networks a publisher's "follow us" line names.
const NETWORKS: &[&str] = &["twitter", "facebook", "instagram", "youtube", "linkedin", "tiktok", "snapchat", "threads"];

/// Reads a paragraph's structure from its text.
pub fn read(paragraph: &str) -> Structure {
    let trimmed = paragraph.trim_matches(|c: char| c.is_whitespace() || c == super::markup::MASK as char);
    if trimmed.is_empty() {
        return Structure::default();
    }
    let part = part_of(trimmed);
    let opening = if part == Part::Body { opening(paragraph) } else { None };
    Structure { part, opening }
}

fn part_of(text: &str) -> Part {
    let one_line = !text.contains('\n');
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = text.to_lowercase();
    if is_social(&words, &lower) {
        Part::Social
    } else if is_credit(&words, &lower) {
        Part::Credit
    } else if one_line && is_byline(&words) {
        Part::Byline
    } else if one_line && is_label(&words) {
        Part::Label
    } else if ends_with_photo_credit(&lower) {
        Part::Caption
    } else if one_line && words.len() <= 25 && (!ends_like_a_sentence(text) || is_title_case(&words)) {
        Part::Headline
    } else {
        Part::Body
    }
}

fn ends_like_a_sentence(text: &str) -> bool {
    text.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ':', '…'])
}

/// Bare letters of a word, without surrounding punctuation.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// "Follow Jane Doe on Twitter @janedoe", "Like us on Facebook", a line of handles.
fn is_social(words: &[&str], lower: &str) -> bool {
    let first = words.first().map(|w| bare(w).to_lowercase()).unwrap_or_default();
    let names_network = NETWORKS.iter().any(|n| lower.contains(n));
    let short = words.len() <= 40;
    (short && matches!(first.as_str(), "follow" | "like" | "subscribe" | "connect") && names_network)
        || (short && names_network && words.iter().any(|w| w.starts_with('@') && w.len() > 1) && first == "follow")
        || lower.starts_with("pic.twitter.com")
}

/// Reporting and editing credits, contributor lines, copyright notices, photo credits.
fn is_credit(words: &[&str], lower: &str) -> bool {
    let short = words.len() <= 40;
    let inner = lower.trim_start_matches(['(', '[']);
    short
        && (inner.starts_with("reporting by")
            || inner.starts_with("additional reporting by")
            || inner.starts_with("editing by")
            || inner.starts_with("writing by")
            || inner.starts_with("compiled by")
            || inner.starts_with("copyright")
            || inner.starts_with('©')
            || lower.contains("contributed to this report")
            || lower.contains("contributed reporting")
            || lower.contains("all rights reserved")
            || ((inner.starts_with("photo:") || inner.starts_with("photograph:") || inner.starts_with("image:"))
                && words.len() <= 12))
}

/// "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press".
fn is_byline(words: &[&str]) -> bool {
    let Some((first, rest)) = words.split_first() else { return false };
    if !first.eq_ignore_ascii_case("by") || rest.is_empty() || rest.len() > 12 {
        return false;
    }
    // Every word a name, a joining word or an agency's: no verb, no lowercase prose.
    rest.iter().all(|w| {
        let b = bare(w);
        b.is_empty() || b.starts_with(char::is_uppercase) || matches!(b, "and" | "of" | "the" | "in" | "for")
    }) && rest.first().is_some_and(|w| bare(w).starts_with(char::is_uppercase))
}

/// A label alone on its line: "Q:", "FULL TEXT.", "TRANSCRIPT".
fn is_label(words: &[&str]) -> bool {
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let letters: String = words.iter().flat_map(|w| w.chars()).filter(|c| c.is_alphabetic()).collect();
    let last = words[words.len() - 1];
    (letters.chars().count() >= 1
        && letters.chars().all(char::is_uppercase)
        && (letters.len() > 2 || last.ends_with(':')))
        && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// A caption ends with the picture's credit: "(AP Photo/Jane Doe)", "(Getty Images)".
fn ends_with_photo_credit(lower: &str) -> bool {
    let Some(open) = lower.trim_end().strip_suffix(')').and_then(|l| l.rfind('(').map(|i| &l[i + 1..])) else {
        return false;
    };
    open.len() < 60
        && (open.contains("photo/")
            || open.contains("photo:")
            || open.starts_with("photo by")
            || open.ends_with("getty images")
            || open.ends_with("via getty images")
            || open.starts_with("credit:"))
}

/// Title case: every word but the function words title case leaves lowercase starts with
/// a capital, and there are enough words to say so.
fn is_title_case(words: &[&str]) -> bool {
    capitalised_words(words).is_some_and(|(_, long)| long >= 3)
}

/// Whether a short run of words is written as a title or a slogan ("Citizen Carly",
/// "Ruiz Gets It Done", "Tales From the Harbour"): every word but title case's function words
/// capitalised, two capitalised words at least.
pub fn reads_as_title(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    capitalised_words(&words).is_some_and(|(all, _)| all >= 2)
}

/// How many words start with a capital, and how many of those have four letters or more;
/// `None` when a word other than title case's function words starts in lowercase.
fn capitalised_words(words: &[&str]) -> Option<(usize, usize)> {
    let (mut all, mut capitalised) = (0, 0);
    for word in words {
        for part in word.split(['-', '–', '—', '/']) {
            let b = bare(part);
            let Some(first) = b.chars().next() else { continue };
            if first.is_uppercase() {
                all += 1;
                if b.chars().count() >= 4 {
                    capitalised += 1;
                }
            } else if first.is_lowercase() && !TITLE_CASE_LOWER.contains(&b.to_lowercase().as_str()) {
                return None;
            }
        }
    }
    Some((all, capitalised))
}

/// A dateline ("NEWPORT NEWS, Va. — ", "WASHINGTON (AP) -- ") or a speaker label ("Q: ",
/// "SMITH: ") at the paragraph's start.
fn opening(paragraph: &str) -> Option<Opening> {
    note(paragraph)
        .map(|len| Opening { kind: OpeningKind::Note, len })
        .or_else(|| speaker_label(paragraph).map(|len| Opening { kind: OpeningKind::SpeakerLabel, len }))
        .or_else(|| {
            dateline_or_section(paragraph).map(|(len, section)| Opening {
                kind: if section { OpeningKind::Note } else { OpeningKind::Dateline },
                len,
            })
        })
}

/// The desk's notes that open a paragraph, lowercase, without their colon.
const NOTES: &[&str] = &[
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors’ note",
    "correction",
    "clarification",
    "update",
    "updated",
    "note",
    "disclosure",
    "programming note",
    "related",
];

/// "Editor's note: ", "UPDATE: ": the note's label and the spaces after it.
fn note(paragraph: &str) -> Option<usize> {
    let head = &paragraph[..floor_boundary(paragraph, 24)];
    let colon = head.find(':')?;
    let label = paragraph[..colon].trim().to_lowercase();
    if !NOTES.contains(&label.as_str()) {
        return None;
    }
    let rest = &paragraph[colon + 1..];
    Some(colon + 1 + (rest.len() - rest.trim_start().len()))
}

/// "Q: ", "A. ", "MR. SMITH: ", "TRUMP: ": a label in capitals ending with a colon (or a
/// lone Q or A with a period), followed by prose.
fn speaker_label(paragraph: &str) -> Option<usize> {
    let head = &paragraph[..floor_boundary(paragraph, 40)];
    for (end, separator) in [(head.find(':'), ':'), (head.find(". "), '.')] {
        let Some(end) = end else { continue };
        let label = paragraph[..end].trim();
        let letters: Vec<char> = label.chars().filter(|c| c.is_alphabetic()).collect();
        let is_qa = matches!(label, "Q" | "A");
        let capitals = separator == ':'
            && letters.len() >= 2
            && letters.iter().all(|c| c.is_uppercase())
            && label.split_whitespace().count() <= 3
            && label.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '\'' || c == '-');
        if is_qa || capitals {
            let rest = &paragraph[end + 1..];
            if rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| !c.is_lowercase()) {
                return Some(end + 1 + (rest.len() - rest.trim_start().len()));
            }
        }
    }
    None
}

/// The dashes that close a dateline.
const DASHES: &[&str] = &[" — ", " – ", " ― ", " -- ", " - ", "—", "–", "―"];

/// "NEWPORT NEWS, Va. — ": a place in capitals, maybe a state or country and an agency in
/// parentheses, then a dash, at most a few words from the paragraph's start.
#[cfg(test)]
fn dateline(paragraph: &str) -> Option<usize> {
    dateline_or_section(paragraph).and_then(|(len, section)| (!section).then_some(len))
}

/// A dateline, or a section's label in capitals before a dash ("FRIDAY’S ‘HARBOUR NOTES’ -",
/// "BUT FERRY PLAN STALLS -"): quotation marks, a day or month, or a word no place's
/// name holds say it is a label. Returns its length and whether it is a label.
fn dateline_or_section(paragraph: &str) -> Option<(usize, bool)> {
    const NEVER_IN_A_PLACE: &[&str] =
        &["but", "is", "are", "was", "were", "will", "how", "why", "what", "who", "not", "says", "said"];
    let head = &paragraph[..floor_boundary(paragraph, 80)];
    let (at, dash) = DASHES.iter().filter_map(|d| head.find(d).map(|i| (i, *d))).min_by_key(|&(i, _)| i)?;
    let place = &paragraph[..at];
    let first = place.split(',').next()?.split('(').next()?.trim();
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.iter().all(|c| c.is_uppercase());
    let section = capitals
        && letters.len() >= 3
        && (first.contains(['’', '‘', '\'', '"', '“', '”'])
            || first.split_whitespace().any(|w| {
                lexicon::is(w, lexicon::WEEKDAY | lexicon::MONTH)
                    || NEVER_IN_A_PLACE.iter().any(|never| never.eq_ignore_ascii_case(w))
            }));
    if section {
        return Some((at + dash.len(), true));
    }
    // "Mexico City (AFP) –": a place in title case is a dateline when an agency follows.
    let credited = place.trim_end().ends_with(')') && place.contains('(');
    let title_case = first.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    if letters.len() < 3 || !(capitals || (credited && title_case)) || first.split_whitespace().count() > 4 {
        return None;
    }
    // What follows the place: ", Va." / ", Calif." / ", Britain" / ", Dec. 8" / " (AP)",
    // and nothing that reads as prose.
    let rest = &place[first.len()..];
    let capitalised = |w: &str| {
        let w = w.trim_start_matches([',', '(']);
        w.is_empty() || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    if rest.split_whitespace().count() > 5 || !rest.split_whitespace().all(capitalised) {
        return None;
    }
    Some((at + dash.len(), false))
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(text: &str) -> Part {
        read(text).part
    }

    #[test]
    fn a_sentence_of_names_and_short_words_is_body_copy() {
        assert_eq!(part("Leaders of Chad and Niger met in Rome on Friday."), Part::Body);
        assert_eq!(part("Mayor Ortiz Visited Lagos."), Part::Headline);
        assert_eq!(part("Senate Passes Budget Bill After Long Night"), Part::Headline);
        assert_eq!(part("Harbour strike ends after nine days"), Part::Headline);
        assert_eq!(part("The port reopened on Monday after a strike that lasted nine days."), Part::Body);
    }

    #[test]
    fn bylines_credits_social_lines_and_labels() {
        assert_eq!(part("By Maria Okafor and Tom Reyes"), Part::Byline);
        assert_eq!(part("By the time the vote came, the hall was empty."), Part::Body);
        assert_eq!(part("Follow Dana Whitfield on Twitter @dwhitfield."), Part::Social);
        assert_eq!(part("Like us on Facebook and follow us on Instagram."), Part::Social);
        assert_eq!(part("(Reporting by Sam Obi; Editing by Lee Park)"), Part::Credit);
        assert_eq!(part("Associated Press writer Ana Cruz contributed to this report."), Part::Credit);
        assert_eq!(part("Copyright 2019 The Daily Ledger. All rights reserved."), Part::Credit);
        assert_eq!(part("FULL TEXT."), Part::Label);
        assert_eq!(part("Q:"), Part::Label);
        assert_eq!(part("Fishermen unload the catch in Tema on Monday. (AP Photo/Kofi Mensah)"), Part::Caption);
    }

    #[test]
    fn a_section_label_in_capitals_is_no_dateline() {
        assert_eq!(dateline("FRIDAY’S ‘HARBOUR NOTES’ - Five ferries, one timetable."), None);
        assert_eq!(dateline("MONDAY BRIEFING — Three things to know."), None);
        assert_eq!(dateline_or_section("BUT FERRY PLAN STALLS - The board met."), Some((24, true)));
        assert!(dateline("ASHFORD, Ore. — Engineers met.").is_some());
    }

    #[test]
    fn datelines_and_speaker_labels_open_body_paragraphs() {
        let text = "PORT ELM, Maine — The mill closed on Monday.";
        let opening = read(text).opening.unwrap();
        assert_eq!((opening.kind, &text[..opening.len]), (OpeningKind::Dateline, "PORT ELM, Maine — "));
        let text = "LAGOS (Reuters) - Fuel prices rose.";
        assert_eq!(&text[..read(text).opening.unwrap().len], "LAGOS (Reuters) - ");
        let text = "ACCRA, Ghana, March 3 (AP) ― Prices rose.";
        assert_eq!(&text[..read(text).opening.unwrap().len], "ACCRA, Ghana, March 3 (AP) ― ");
        let text = "Port Elm (AP) – It rained.";
        assert_eq!(&text[..read(text).opening.unwrap().len], "Port Elm (AP) – ");
        let text = "Q: Why did you resign? A: I was tired.";
        assert_eq!(read(text).opening.unwrap().kind, OpeningKind::SpeakerLabel);
        let text = "Editor's Note: An earlier version misspelt a name.";
        assert_eq!(&text[..read(text).opening.unwrap().len], "Editor's Note: ");
        let text = "MORALES: We never agreed to that.";
        assert_eq!(&text[..read(text).opening.unwrap().len], "MORALES: ");
        assert_eq!(read("The mill - once the town's pride - closed.").opening, None);
        assert_eq!(read("NATO officials met on Monday - and again on Tuesday.").opening, None);
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["", " ", ":", "—", "Q", "()", "By", "ÉÉÉ — é", "A: ", "(", "Ω: x", "“”"] {
            let _ = read(text);
        }
    }
}
