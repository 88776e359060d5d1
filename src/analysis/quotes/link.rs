//! From marks to quotations, and from quotations to their speakers.

use std::ops::Range;

use super::cues::{CueMatch, Reader};
use super::marks::{MarkScan, is_quotation_mark};
use super::{Attribution, Link, Quote, QuoteForm, SpeakerKind};
use crate::text::{ByteSpan, Prose, TokenKind};

/// A full-sentence quotation has at least this many words (or ends a sentence itself).
const FULL_QUOTE_WORDS: usize = 4;
/// A cue that follows a full quotation stands within this many tokens of it.
const CUE_REACH_AFTER: usize = 10;

pub fn quotes_from_marks(prose: &Prose, scan: &MarkScan) -> Vec<Quote> {
    let text = prose.text.as_str();
    scan.pairs
        .iter()
        .map(|pair| {
            let content_end = pair.close.map_or(pair.end, |close| close.start);
            let content = ByteSpan::new(pair.open.end, content_end.max(pair.open.end));
            Quote {
                span: ByteSpan::new(pair.open.start, pair.end),
                content,
                attribution: None,
                depth: pair.depth,
                form: form_of(prose, content, pair.open.start, text),
                open_mark: pair.open,
                close_mark: pair.close,
            }
        })
        .collect()
}

/// Whether a quotation is a sentence of speech, a few words, or a title.
fn form_of(prose: &Prose, content: ByteSpan, open_start: usize, text: &str) -> QuoteForm {
    let first = prose.token_at_or_after(content.start);
    let words = prose.tokens[first..]
        .iter()
        .take_while(|t| t.span.end <= content.end)
        .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
        .map(|t| t.text(text));
    // Counted in one pass: how many words, how many long ones, whether all of those are
    // capitalised.
    let (mut word_count, mut long_count, mut long_all_capitalised) = (0, 0, true);
    for word in words {
        word_count += 1;
        if word.starts_with(char::is_alphabetic) && word.chars().nth(3).is_some() {
            long_count += 1;
            long_all_capitalised &= word.starts_with(char::is_uppercase);
        }
    }
    let inner = content.slice(text).trim_matches(|c: char| c.is_whitespace() || c == '\0');
    let ends_with_terminal = inner.trim_end_matches(is_quotation_mark).ends_with(['.', '?', '!', ',', '…', ':', ';']);
    let opens_like_speech = inner.starts_with(|c: char| c.is_uppercase() || c == '[' || c == '.' || c == '…');
    // "The Crown", "Make America Great Again": every long word capitalised and no
    // punctuation of speech at the end.
    let title_case = long_count > 0 && long_all_capitalised;
    // Where speech starts: a sentence's start, or after a cue's colon or comma.
    let before = text[..open_start].trim_end_matches(|c: char| c.is_whitespace() || c == '\0');
    let at_speech_position = before.is_empty() || before.ends_with([':', ',', '.', '?', '!', '\n', '—', '–']);
    // A title keeps its final period only at the end of the writer's sentence
    // ("… and "Underappreciated Sports Anime/Manga."").
    if title_case && (!ends_with_terminal || !at_speech_position) && word_count <= 12 {
        return QuoteForm::Title;
    }
    let enough_words = word_count >= FULL_QUOTE_WORDS || (ends_with_terminal && word_count >= 2 && at_speech_position);
    if opens_like_speech && enough_words { QuoteForm::Full } else { QuoteForm::Partial }
}

/// Which tokens lie inside a quotation (marks included).
pub fn quoted_tokens(prose: &Prose, quotes: &[Quote]) -> Vec<bool> {
    let mut quoted = vec![false; prose.tokens.len()];
    for quote in quotes.iter().filter(|q| q.depth == 0) {
        let first = prose.token_at_or_after(quote.span.start);
        for (index, token) in prose.tokens.iter().enumerate().skip(first) {
            if token.span.end > quote.span.end {
                break;
            }
            quoted[index] = true;
        }
    }
    quoted
}

/// Links every top-level quotation to a speaker: first in its own sentence, then in the
/// adjacent sentences, then as a continued speaker or a credit line.
pub fn attribute(prose: &Prose, reader: &Reader, quotes: &mut [Quote]) {
    for quote in quotes.iter_mut().filter(|q| q.depth == 0) {
        quote.attribution = same_sentence(prose, reader, quote);
    }
    let top_level = TopLevel::new(quotes);
    for index in 0..quotes.len() {
        if quotes[index].depth != 0 || quotes[index].attribution.is_some() {
            continue;
        }
        let found = adjacent_sentence(prose, reader, quotes, &top_level, index)
            .or_else(|| continued_speaker(prose, quotes, &top_level, index))
            .or_else(|| introduced_by_colon(prose, reader, &quotes[index]))
            .or_else(|| credit_line(prose, reader, &quotes[index]));
        quotes[index].attribution = found;
    }
}

/// The top-level quotations in document order, to find those overlapping a sentence or a
/// paragraph without walking every quotation of the draft.
struct TopLevel {
    /// Indices into the quotations, sorted by start (the quotations are).
    indices: Vec<usize>,
    starts: Vec<usize>,
    /// The largest end among `indices[..=k]`: monotone even if spans were to overlap.
    max_ends: Vec<usize>,
}

impl TopLevel {
    fn new(quotes: &[Quote]) -> Self {
        let mut top_level = TopLevel { indices: Vec::new(), starts: Vec::new(), max_ends: Vec::new() };
        let mut max_end = 0;
        for (index, quote) in quotes.iter().enumerate().filter(|(_, q)| q.depth == 0) {
            max_end = max_end.max(quote.span.end);
            top_level.indices.push(index);
            top_level.starts.push(quote.span.start);
            top_level.max_ends.push(max_end);
        }
        top_level
    }

    /// Indices (in document order) of the top-level quotations whose span overlaps `span`,
    /// as `ByteSpan::overlaps` judges it. Only quotations that end at or after `span` starts
    /// and start at or before it ends can overlap it; that is a contiguous run here.
    fn overlapping<'q>(&'q self, quotes: &'q [Quote], span: ByteSpan) -> impl DoubleEndedIterator<Item = usize> + 'q {
        let first = self.max_ends.partition_point(|&end| end < span.start);
        let last = self.starts.partition_point(|&start| start <= span.end);
        self.indices[first..last.max(first)].iter().copied().filter(move |&index| span.overlaps(quotes[index].span))
    }
}

fn sentence_of(prose: &Prose, offset: usize) -> Option<usize> {
    prose.sentence_at(offset)
}

/// The paragraph containing `offset`.
fn paragraph_of(prose: &Prose, offset: usize) -> Option<usize> {
    let index = prose.paragraphs.partition_point(|p| p.span.end <= offset);
    prose.paragraphs.get(index).is_some_and(|p| p.span.contains(offset)).then_some(index)
}

/// Token range of the quotation: from its opening mark to its closing mark (or last token).
fn token_range(prose: &Prose, quote: &Quote) -> Range<usize> {
    let first = prose.token_at_or_after(quote.span.start);
    let end = prose.token_at_or_after(quote.span.end);
    first..end.max(first)
}

fn attribution(
    prose: &Prose,
    reader: &Reader,
    cue: &Range<usize>,
    speaker: &Range<usize>,
    sentence: usize,
    link: Link,
) -> Attribution {
    let kind =
        reader.speaker_kind(speaker, || reader.anonymity.noted(sentence), prose.sentences[sentence].tokens.start);
    let member = (kind == SpeakerKind::Named).then(|| reader.speaker_member(speaker)).flatten();
    // A name the draft makes speak is a person or a body: a pronoun may point back to it.
    if let Some(member) = member {
        reader.cast.mark_speaking(member);
    }
    Attribution { speaker: reader.span(speaker), resolved: None, member, cue: reader.span(cue), kind, link }
}

fn same_sentence(prose: &Prose, reader: &Reader, quote: &Quote) -> Option<Attribution> {
    let range = token_range(prose, quote);
    if range.is_empty() {
        return None;
    }
    let open_sentence = sentence_of(prose, quote.span.start)?;
    let close_sentence = sentence_of(prose, prose.tokens[range.end - 1].span.start)?;
    let after = range.end..prose.sentences[close_sentence].tokens.end;
    let reach = if quote.form == QuoteForm::Full { CUE_REACH_AFTER } else { usize::MAX };
    if let Some(found) = reader.first_cue_in(&after, reach) {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, close_sentence, Link::SameSentence));
    }
    if let Some(found) = speaker_across_appositive(reader, &after) {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, close_sentence, Link::SameSentence));
    }
    let before = prose.sentences[open_sentence].tokens.start..range.start;
    if let Some(found) = reader.last_cue_in(&before) {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, open_sentence, Link::SameSentence));
    }
    // "Morell praised Mendez on Twitter: "…"", "The mayor, Sadiq Khan, gave his
    // condolences, adding, "…"": a colon introducing the quotation, or a cue with no
    // subject of its own, leaves the speaker to the sentence's subject.
    let sentence_bounds = prose.sentences[open_sentence].tokens.clone();
    let colon_before = range.start > sentence_bounds.start
        && matches!(reader.word(range.start - 1), ":" | ",")
        && quote.form == QuoteForm::Full;
    let subjectless_cue = before.clone().any(|i| reader.cue_at(i, &before).is_some());
    if colon_before || subjectless_cue {
        let (subject, verb) = reader.sentence_subject(&sentence_bounds)?;
        if subject.end <= range.start {
            return Some(attribution(prose, reader, &(verb..verb + 1), &subject, open_sentence, Link::SameSentence));
        }
    }
    None
}

/// A credit line's role after the name ("campaign director, Clean Air Now") is short.
const CREDIT_ROLE_TOKENS: usize = 14;

/// How far into an appositive a cue may stand after the speaker it belongs to.
const APPOSITIVE_REACH: usize = 40;

/// "'…,' Dana Marchetti, the mayor of Port Elm, a town of 4,000 that relies on the pier,
/// said.": a name right after the quotation, an appositive of any length set off by commas,
/// and a cue with no subject of its own that ends the sentence.
fn speaker_across_appositive(reader: &Reader, after: &Range<usize>) -> Option<CueMatch> {
    let name = reader.phrase_after(after.start, after)?;
    if !name.clone().all(|i| reader.capitalised(i) || reader.word(i) == ".") || reader.word(name.end) != "," {
        return None;
    }
    let reach = after.end.min(name.end + APPOSITIVE_REACH);
    let cue_start = (name.end + 1..reach).find(|&i| reader.word(i - 1) == "," && reader.cue_at(i, after).is_some())?;
    let cue = reader.cue_at(cue_start, after)?;
    let rest = reader.after_time_phrase(cue.end, after);
    let ends_sentence = (rest..after.end).all(|i| reader.tokens[i].kind == TokenKind::Punct);
    ends_sentence.then_some(CueMatch { cue, speaker: name })
}

fn adjacent_sentence(
    prose: &Prose,
    reader: &Reader,
    quotes: &[Quote],
    top_level: &TopLevel,
    index: usize,
) -> Option<Attribution> {
    let quote = &quotes[index];
    let range = token_range(prose, quote);
    if range.is_empty() {
        return None;
    }
    let open_sentence = sentence_of(prose, quote.span.start)?;
    let close_sentence = sentence_of(prose, prose.tokens[range.end - 1].span.start)?;
    let paragraph = prose.sentences[open_sentence].paragraph;
    let attributed_in = |sentence: usize| {
        let span = prose.sentences[sentence].span;
        top_level
            .overlapping(quotes, span)
            .map(|other| &quotes[other])
            .filter(|q| q.span != quote.span)
            .find_map(|q| q.attribution.clone())
            .map(|a| Attribution { link: Link::AdjacentSentence, ..a })
    };
    let cue_in = |sentence: usize, last: bool| {
        let bounds = prose.sentences[sentence].tokens.clone();
        let chosen = if last { reader.last_cue_in(&bounds) } else { reader.first_cue_in(&bounds, usize::MAX) };
        chosen.map(|m| attribution(prose, reader, &m.cue, &m.speaker, sentence, Link::AdjacentSentence))
    };
    // "Rhys-Davies broke the news. "We are talking to NBC."": a person who is the subject
    // of the sentence before speaks next.
    let person_subject = |sentence: usize| {
        let bounds = prose.sentences[sentence].tokens.clone();
        let (subject, verb) = reader.sentence_subject(&bounds)?;
        let found = attribution(prose, reader, &(verb..verb + 1), &subject, sentence, Link::AdjacentSentence);
        let person = match found.kind {
            // "Tired of touring, she cancelled the dates.": only when "she" is someone the
            // story has named.
            SpeakerKind::Pronoun => {
                let pronoun = reader.lower(subject.start);
                matches!(pronoun, "he" | "she") && reader.cast.antecedent(prose, found.speaker, pronoun).is_some()
            }
            // A name the cast knows as something other than a person does not speak next.
            SpeakerKind::Named => {
                subject.clone().any(|i| reader.word(i).starts_with(char::is_uppercase) && i > bounds.start)
                    && found.member.is_none_or(|member| reader.cast.is_person(member))
            }
            _ => false,
        };
        person.then_some(found)
    };
    if open_sentence > 0
        && prose.sentences[open_sentence - 1].paragraph == paragraph
        && let Some(found) = attributed_in(open_sentence - 1)
            .or_else(|| cue_in(open_sentence - 1, true))
            .or_else(|| person_subject(open_sentence - 1))
    {
        return Some(found);
    }
    let next = close_sentence + 1;
    if next < prose.sentences.len() && prose.sentences[next].paragraph == paragraph {
        return attributed_in(next).or_else(|| cue_in(next, false));
    }
    None
}

/// A paragraph that is nothing but this quotation, right after a paragraph with an
/// attributed quotation: the same speaker goes on.
fn continued_speaker(prose: &Prose, quotes: &[Quote], top_level: &TopLevel, index: usize) -> Option<Attribution> {
    let quote = &quotes[index];
    let paragraph_index = paragraph_of(prose, quote.span.start)?;
    if !is_pure_quotation(prose, quote, paragraph_index) || paragraph_index == 0 {
        return None;
    }
    let previous = prose.paragraphs[paragraph_index - 1].span;
    top_level
        .overlapping(quotes, previous)
        .rev()
        .filter(|&other| other < index)
        .find_map(|other| quotes[other].attribution.clone())
        .map(|a| Attribution { link: Link::ContinuedSpeaker, ..a })
}

/// "The statement read:" ending the paragraph before a paragraph of pure quotation
/// introduces it: the speaker is that sentence's cue or subject.
fn introduced_by_colon(prose: &Prose, reader: &Reader, quote: &Quote) -> Option<Attribution> {
    let paragraph_index = paragraph_of(prose, quote.span.start)?;
    if paragraph_index == 0 || !is_pure_quotation(prose, quote, paragraph_index) {
        return None;
    }
    let previous = &prose.paragraphs[paragraph_index - 1];
    if previous.sentences.is_empty() || reader.word(previous.tokens.end - 1) != ":" {
        return None;
    }
    let sentence = previous.sentences.end - 1;
    let bounds = prose.sentences[sentence].tokens.clone();
    if let Some(found) = reader.last_cue_in(&bounds) {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, sentence, Link::AdjacentSentence));
    }
    let (subject, verb) = reader.sentence_subject(&bounds)?;
    Some(attribution(prose, reader, &(verb..verb + 1), &subject, sentence, Link::AdjacentSentence))
}

/// The paragraph holds only this quotation (and punctuation after it).
fn is_pure_quotation(prose: &Prose, quote: &Quote, paragraph_index: usize) -> bool {
    let paragraph = &prose.paragraphs[paragraph_index];
    let first = &prose.tokens[paragraph.tokens.start];
    first.span.start == quote.span.start
        && prose.tokens[paragraph.tokens.clone()]
            .iter()
            .all(|t| t.span.end <= quote.span.end || t.kind == TokenKind::Punct)
}

/// Pull quotes credit their speaker on a line of its own right after the quotation:
/// "—Troy Roberts". That credit is an attribution.
fn credit_line(prose: &Prose, reader: &Reader, quote: &Quote) -> Option<Attribution> {
    let paragraph_index = paragraph_of(prose, quote.span.start)?;
    let paragraph = &prose.paragraphs[paragraph_index];
    let tokens = if is_pure_quotation(prose, quote, paragraph_index) {
        prose.paragraphs.get(paragraph_index + 1)?.tokens.clone()
    } else if prose.tokens[paragraph.tokens.start].span.start == quote.span.start {
        // "'…' — Sunita Rao, campaign director": the credit on the quotation's own line.
        token_range(prose, quote).end..paragraph.tokens.end
    } else {
        return None;
    };
    let dash = tokens.start;
    if !matches!(reader.word(dash), "—" | "–" | "―")
        || tokens.len() < 2
        || !reader.word(dash + 1).starts_with(char::is_uppercase)
    {
        return None;
    }
    let name_end = (dash + 1..tokens.end)
        .take_while(|&i| reader.word(i).starts_with(char::is_uppercase) || reader.word(i) == ".")
        .last()
        .map_or(dash + 2, |i| i + 1);
    // A credit is a name and at most a short role ("campaign director"), not a sentence.
    if tokens.end - name_end > CREDIT_ROLE_TOKENS || (name_end < tokens.end && reader.word(name_end) != ",") {
        return None;
    }
    let sentence = sentence_of(prose, prose.tokens[dash].span.start)?;
    Some(attribution(prose, reader, &(dash..dash + 1), &(dash + 1..name_end), sentence, Link::CreditLine))
}

#[cfg(test)]
mod tests {
    use crate::analysis::quotes::{Link, QuoteForm, SpeakerKind};
    use crate::engine::check_draft;
    use crate::settings::Settings;
    use crate::text::Language;

    /// Quotation content, speaker as written, resolved mention, kind, link.
    type Found = (String, String, String, Option<SpeakerKind>, Option<Link>);

    /// What was found for each top-level quotation.
    fn attributions(draft: &str) -> Vec<Found> {
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        checked
            .facts
            .quotes
            .quotes
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| {
                let a = q.attribution.as_ref();
                (
                    q.content.slice(draft).to_string(),
                    a.map_or(String::new(), |a| a.speaker.slice(draft).to_string()),
                    a.and_then(|a| a.resolved).map_or(String::new(), |r| r.slice(draft).to_string()),
                    a.map(|a| a.kind),
                    a.map(|a| a.link),
                )
            })
            .collect()
    }

    fn speaker(draft: &str) -> String {
        attributions(draft).first().map(|a| a.1.clone()).unwrap_or_default()
    }

    #[test]
    fn the_speaker_comes_before_after_or_inside_the_quotation() {
        assert_eq!(speaker("\"We will win,\" Smith said."), "Smith");
        assert_eq!(speaker("\"We will win,\" said Jo Smith, a spokeswoman for the council."), "Jo Smith");
        assert_eq!(speaker("Smith said: \"We will win.\""), "Smith");
        assert_eq!(speaker("In a statement, Smith said, \"We will win.\""), "Smith");
        assert_eq!(speaker("Cruz, in remarks to ABC, said, \"We will win this fight.\""), "Cruz");
        assert_eq!(speaker("The judge, Bernard Schwartz, said, \"You have severed the bond.\""), "Bernard Schwartz");
        assert_eq!(
            speaker("\"We will win,\" a hospital spokeswoman told reporters on Monday."),
            "a hospital spokeswoman"
        );
        assert_eq!(
            speaker("\"The vote is final,\" according to the electoral commission."),
            "the electoral commission"
        );
        assert_eq!(
            speaker("He was told by Minister Yevgeny Zinichev of \"presumably forty people under the rubble\"."),
            "Minister Yevgeny Zinichev"
        );
        assert_eq!(
            speaker("Former CIA deputy director Michael Morell praised him on Twitter: \"He was one of the best.\""),
            "Former CIA deputy director Michael Morell"
        );
        let inside = attributions("\"It was the worst flood,\" said Tom Baker, \"and the bridge held.\"");
        assert_eq!(inside.iter().map(|a| a.1.as_str()).collect::<Vec<_>>(), ["Tom Baker", "Tom Baker"]);
    }

    #[test]
    fn pronouns_and_surnames_resolve_to_the_named_person() {
        let found = attributions(
            "Mayor Ana Ruiz toured the site. \"We will rebuild it,\" she said. \"It will take a year,\" Ruiz added.",
        );
        assert_eq!(found[0].1, "she");
        assert_eq!(found[0].2, "Mayor Ana Ruiz");
        assert_eq!(found[0].3, Some(SpeakerKind::Pronoun));
        assert_eq!(found[1].1, "Ruiz");
        assert_eq!(found[1].2, "Mayor Ana Ruiz");
    }

    /// Speaker as written and the mention it resolved to, for the first quotation.
    fn speaker_and_resolved(draft: &str) -> (String, String) {
        attributions(draft).first().map(|a| (a.1.clone(), a.2.clone())).unwrap_or_default()
    }

    #[test]
    fn the_speaker_is_a_name_or_a_source_never_another_word_near_the_cue() {
        assert_eq!(speaker("Mayor Ruiz said, adding later, \"We will rebuild the bridge by spring.\""), "Mayor Ruiz");
        let found = attributions("Doctors treated Kim. Park said Kim's mental state was \"fragile\" after the trial.");
        assert_eq!((found[0].1.as_str(), found[0].3), ("Park", Some(SpeakerKind::Named)));
        // A bare-form verb with a singular subject is a noun: "the state", "her report".
        assert_eq!(speaker("Ana Ruiz said the police report was \"thin\" and left."), "Ana Ruiz");
        // Plural subjects and modals keep the bare form a cue.
        assert_eq!(speaker("\"We will rebuild the bridge,\" officials say."), "officials");
        assert_eq!(speaker("\"We will rebuild the bridge,\" the mayor will say."), "the mayor");
    }

    #[test]
    fn a_pronoun_resolves_to_the_nearest_person_it_can_refer_to() {
        // Never an organisation or a place, however near.
        assert_eq!(
            speaker_and_resolved(
                "On Monday, Mayor Ana Ruiz visited the offices of the Port Elm Harbour Board in Port Elm to discuss Medicaid. \"We will rebuild the pier,\" she said."
            ),
            ("she".to_string(), "Mayor Ana Ruiz".to_string())
        );
        // Honorifics say who "he" can be.
        assert_eq!(
            speaker_and_resolved(
                "On Monday, Mr. Tom Baker and Ms. Ana Ruiz toured the site. \"We will rebuild the pier,\" he said."
            ),
            ("he".to_string(), "Mr. Tom Baker".to_string())
        );
        assert_eq!(
            speaker_and_resolved(
                "On Monday, Mr. Kiri Tane and Ms. Ngozi Adeyemi toured the site. \"We will rebuild the pier,\" he said."
            ),
            ("he".to_string(), "Mr. Kiri Tane".to_string())
        );
        // "It" and "they" refer to a body the draft names, never to a person or a place.
        let (speaker, resolved) = speaker_and_resolved(
            "Mayor Ana Ruiz wrote to Reuters in London on Monday. \"We cannot confirm the figures,\" it said.",
        );
        assert_eq!((speaker.as_str(), resolved.as_str()), ("it", "Reuters"));
        // So do the pronouns the draft already uses for a person.
        assert_eq!(
            speaker_and_resolved(
                "On Monday, Ana Ruiz spoke first. She thanked the crews. Then Tom Baker spoke. \"We will rebuild the pier,\" she said."
            ),
            ("she".to_string(), "Ana Ruiz".to_string())
        );
    }

    #[test]
    fn a_long_appositive_between_speaker_and_cue_keeps_the_speaker() {
        let found = attributions(
            "\"We cannot lose the pier,\" Dana Marchetti, the mayor of Port Elm, a town of 4,000 that relies on the pier, said.",
        );
        assert_eq!((found[0].1.as_str(), found[0].4), ("Dana Marchetti", Some(Link::SameSentence)));
        let found = attributions(
            "\"We cannot lose the pier,\" Dana Marchetti, the mayor of Port Elm, a town that relies on the pier, said on Tuesday.",
        );
        assert_eq!(found[0].1, "Dana Marchetti");
    }

    #[test]
    fn a_quotation_after_a_sentence_about_the_story_person_is_theirs() {
        let found = attributions(
            "The singer Mara Lind toured for a decade. Tired of touring, she cancelled the dates. \"I needed a year at home.\"",
        );
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_str(), found[0].4),
            ("she", "Mara Lind", Some(Link::AdjacentSentence))
        );
        let found = attributions(
            "This year, actress Denise Crosby is set to appear in the final season of a legal series. The actress recalled her season on the show. Underwhelmed with her role, she left the series. \"This is not what I wanted to become an actor for.\"",
        );
        assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("she", "Denise Crosby"));
        // A "she" with nobody to refer to attributes nothing.
        let found = attributions("Tired of touring, she cancelled the dates. \"I needed a year at home.\"");
        assert_eq!(found[0].4, None);
    }

    #[test]
    fn a_time_phrase_opening_the_sentence_is_no_speaker() {
        let found =
            attributions("On Friday, the cause of death reportedly was \"blunt trauma.\" The victims were named.");
        assert_eq!(found[0].4, None);
    }

    #[test]
    fn the_subject_after_introductory_phrases_speaks() {
        let found = attributions(
            "A month later, during the third debate, Beto O'Rourke defended the plan, saying that \"Hell yes, we are going to take it.\"",
        );
        assert_eq!(found[0].1, "Beto O'Rourke");
    }

    /// Speaker as written, kind, and the canonical name of its cast member.
    fn speaker_member(draft: &str) -> (String, Option<SpeakerKind>, String) {
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        let quote = checked.facts.quotes.quotes.first().expect("a quotation");
        let a = quote.attribution.as_ref();
        (
            a.map_or(String::new(), |a| a.speaker.slice(draft).to_string()),
            a.map(|a| a.kind),
            a.and_then(|a| a.member).map_or(String::new(), |m| checked.facts.cast.members[m].canonical.clone()),
        )
    }

    #[test]
    fn the_speaker_is_the_head_of_the_phrase_not_a_place_or_body_after_it() {
        let (speaker, kind, member) =
            speaker_member("Steve Peers of the University of Essex said: \"This judgment is final.\"");
        assert_eq!(
            (speaker.as_str(), kind, member.as_str()),
            ("Steve Peers of the University of Essex", Some(SpeakerKind::Named), "Steve Peers")
        );
        let (_, kind, member) =
            speaker_member("\"The vote is lost,\" a source within the Interior Ministry said on Monday.");
        assert_eq!((kind, member.as_str()), (Some(SpeakerKind::Anonymous), ""));
    }

    #[test]
    fn places_and_nouns_that_open_a_sentence_do_not_speak() {
        let found = attributions("Reports on the weapon vary between a knife and a \"sharp tool\".");
        assert_eq!(found[0].4, None);
        let found = attributions(
            "On Friday, in Randolph, New Hampshire, a truck hit ten motorcycles. The cause of death was \"blunt trauma.\"",
        );
        assert_eq!(found[0].4, None);
        let found = attributions("The mayor answered sharply, \"We will rebuild the bridge by spring.\"");
        assert_eq!(found[0].1, "The mayor");
    }

    #[test]
    fn a_capitalised_cue_word_inside_a_name_is_no_cue() {
        let found = attributions(
            "The ruling ended it.\n\n– United States District Judge Victor Marrero, \"Decision and Order\"\n",
        );
        assert_eq!(found[0].4, None);
    }

    #[test]
    fn a_dash_line_after_a_pull_quote_credits_its_speaker() {
        let found = attributions("\"We will not stop until the law changes.\" — Sunita Rao, campaign director");
        assert_eq!((found[0].1.as_str(), found[0].4), ("Sunita Rao", Some(Link::CreditLine)));
    }

    #[test]
    fn adjacent_sentences_continued_paragraphs_and_credit_lines() {
        let found = attributions("Smith spoke to reporters. \"We will win the vote next week.\"");
        assert_eq!((found[0].1.as_str(), found[0].4), ("Smith", Some(Link::AdjacentSentence)));
        let found = attributions("\"We will win,\" Smith said.\n\n\"And we will win again next year.\"");
        assert_eq!((found[1].1.as_str(), found[1].4), ("Smith", Some(Link::ContinuedSpeaker)));
        let found = attributions("The council's statement read:\n\n\"We will rebuild every bridge in the county.\"");
        assert_eq!((found[0].1.as_str(), found[0].4), ("The council's statement", Some(Link::AdjacentSentence)));
        let found = attributions("\"We will win the vote next week.\"\n\n—Troy Roberts");
        assert_eq!((found[0].1.as_str(), found[0].4), ("Troy Roberts", Some(Link::CreditLine)));
        // A multi-paragraph quotation is one quotation, attributed at its end.
        let found = attributions("\"We will win the vote.\n\n\"And we will win again next year,\" Smith said.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "Smith");
    }

    #[test]
    fn forms_tell_speech_from_scare_quotes_and_titles() {
        let forms = |draft: &str| {
            let checked = check_draft(draft, Language::PlainText, &Settings::default());
            checked.facts.quotes.quotes.iter().map(|q| q.form).collect::<Vec<_>>()
        };
        assert_eq!(forms("\"We will rebuild the bridge,\" she said."), [QuoteForm::Full]);
        assert_eq!(forms("They described the offer as \"generous\"."), [QuoteForm::Partial]);
        assert_eq!(
            forms("She watched \"The Crown\" and \"Make America Great Again\" hats."),
            [QuoteForm::Title, QuoteForm::Title]
        );
        assert_eq!(
            forms("Fans saw \"Pokemon Biology\" and \"Underappreciated Sports Anime.\""),
            [QuoteForm::Title, QuoteForm::Title]
        );
    }

    #[test]
    fn unnamed_speakers_are_anonymous() {
        assert_eq!(attributions("\"It is over,\" a senior official said.")[0].3, Some(SpeakerKind::Anonymous));
        assert_eq!(attributions("\"It is over,\" officials said.")[0].3, Some(SpeakerKind::Anonymous));
        assert_eq!(attributions("\"It is over,\" the ministry said.")[0].3, Some(SpeakerKind::Role));
        assert_eq!(
            attributions("\"It is over,\" the diplomat said, speaking on condition of anonymity.")[0].3,
            Some(SpeakerKind::Anonymous)
        );
        assert_eq!(
            attributions("\"It is over,\" Ana Ruiz said, speaking on condition of anonymity.")[0].3,
            Some(SpeakerKind::Named)
        );
        assert_eq!(
            attributions("Police said: \"The road is closed until further notice.\"")[0].3,
            Some(SpeakerKind::Role)
        );
    }
}
