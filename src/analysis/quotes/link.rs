//! From marks to quotations, and from quotations to their speakers.

use std::ops::Range;

use super::cast_view::MemberId;
use super::cues::{CueMatch, Reader};
use super::marks::{MarkScan, is_quotation_mark};
use super::{Attribution, Link, Quote, QuoteForm, SpeakerKind};
use crate::text::{ByteSpan, Prose, TokenKind, lexicon};

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
/// adjacent sentences, then as a continued speaker, after an introducing colon, or as the
/// person the paragraph before is about; a credit line comes first.
pub fn attribute(prose: &Prose, reader: &Reader, quotes: &mut [Quote]) {
    // A title ("Face the Nation", "The Crown") names a work; nobody speaks it.
    for quote in quotes.iter_mut().filter(|q| q.depth == 0 && q.form != QuoteForm::Title) {
        quote.attribution = same_sentence(prose, reader, quote);
    }
    let top_level = TopLevel::new(quotes);
    for index in 0..quotes.len() {
        if quotes[index].depth != 0 || quotes[index].form == QuoteForm::Title || quotes[index].attribution.is_some() {
            continue;
        }
        // A credit on the quotation's own line or the next is the most specific: in a list
        // of credited quotations, the line before credits another speaker.
        let found = credit_line(prose, reader, &quotes[index])
            .or_else(|| credit_inside(prose, reader, &quotes[index]))
            .or_else(|| adjacent_sentence(prose, reader, quotes, &top_level, index))
            .or_else(|| continued_speaker(prose, quotes, &top_level, index))
            .or_else(|| introduced_by_colon(prose, reader, &quotes[index]))
            .or_else(|| previous_paragraph_subject(prose, reader, &quotes[index]));
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
    // "He's claiming …": the pronoun of a contraction.
    if speaker.len() == 1 {
        let lower = reader.lower(speaker.start);
        let stem = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(lower);
        if stem.len() < lower.len() && lexicon::is_singular_subject(lexicon::roles_of_lowercase(stem)) {
            let start = reader.tokens[speaker.start].span.start;
            let speaker = ByteSpan::new(start, start + stem.len());
            return Attribution {
                speaker,
                resolved: None,
                member: None,
                cue: reader.span(cue),
                kind: SpeakerKind::Pronoun,
                link,
            };
        }
    }
    // "Ed Lamb, who laughed, …": the relative pronoun as written, resolved to its name.
    if let Some(antecedent) = reader.who_antecedent(speaker, &prose.sentence_body(sentence)) {
        let member = reader.speaker_member(&antecedent);
        if let Some(member) = member {
            reader.cast.mark_speaking(member);
        }
        return Attribution {
            speaker: reader.span(speaker),
            resolved: Some(reader.span(&antecedent)),
            member,
            cue: reader.span(cue),
            kind: SpeakerKind::Pronoun,
            link,
        };
    }
    let kind = reader.speaker_kind(speaker, || reader.anonymity.noted(sentence), prose.sentence_body(sentence).start);
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
    let before = prose.sentence_body(open_sentence).start.min(range.start)..range.start;
    let cue_after = reader.first_cue_in(&after, reach);
    // A few quoted words belong to the nearer cue: "as Baker went on about "a stolen
    // count," … Ruiz nodded and said yes" is Baker's.
    if quote.form != QuoteForm::Full
        && let Some(found_before) = reader.last_cue_in(&before)
        && cue_after.as_ref().is_none_or(|a| range.start - found_before.cue.end < a.cue.start - range.end)
    {
        return Some(attribution(
            prose,
            reader,
            &found_before.cue,
            &found_before.speaker,
            open_sentence,
            Link::SameSentence,
        ));
    }
    if let Some(found) = cue_after {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, close_sentence, Link::SameSentence));
    }
    if let Some(found) = speaker_across_appositive(reader, &after) {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, close_sentence, Link::SameSentence));
    }
    // The writer's sentence runs on after the quotation ("'…,' since most votes were
    // close, said Lee" / "'If the harbour had not been dredged' by the state, Ruiz
    // said"): its cue may stand further off, as long as no other quotation comes first.
    let content =
        quote.content.slice(&prose.text).trim_end_matches(|c: char| c.is_whitespace() || is_quotation_mark(c));
    let runs_on = quote.form == QuoteForm::Full && !content.ends_with(['.', '?', '!', '…']);
    if runs_on
        && let Some(found) = reader.first_cue_in(&after, usize::MAX)
        && !(after.start..found.cue.start).any(|i| reader.quoted[i])
    {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, close_sentence, Link::SameSentence));
    }
    if content.ends_with(',')
        && let Some(found) = reader.speaker_by_shape(&after)
    {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, close_sentence, Link::SameSentence));
    }
    if let Some(found) = reader.last_cue_in(&before) {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, open_sentence, Link::SameSentence));
    }
    // "Morell praised Mendez on Twitter: "…"", "The mayor, Sadiq Khan, gave his
    // condolences, adding, "…"": a colon introducing the quotation, or a cue with no
    // subject of its own, leaves the speaker to the sentence's subject.
    let sentence_bounds = prose.sentence_body(open_sentence);
    let colon_before = range.start > sentence_bounds.start
        && matches!(reader.word(range.start - 1), ":" | "," | "—" | "–" | "-" | "--")
        && quote.form == QuoteForm::Full;
    // "POLLS NOT WRONG, JUST EARLY - Ana Ruiz and Tom Baker: "…"", "More from Ruiz: "…"": a
    // digest credits its excerpt to the name right before the colon.
    if quote.form == QuoteForm::Full
        && range.start > sentence_bounds.start
        && reader.word(range.start - 1) == ":"
        && let Some(name) = reader.credit_before_colon(range.start - 1, &sentence_bounds)
    {
        let colon = range.start - 1;
        return Some(attribution(prose, reader, &(colon..colon + 1), &name, open_sentence, Link::SameSentence));
    }
    let subjectless_cue = before.clone().any(|i| reader.cue_at(i, &before).is_some());
    // "After saying her foot was "so swollen," she was …": a participle in the
    // introduction speaks for the subject after it.
    if (colon_before || subjectless_cue)
        && let Some((subject, verb)) = reader.sentence_subject(&sentence_bounds)
        && (subject.end <= range.start || subjectless_cue && subject.start >= range.end)
    {
        // "Carlos Medina, a father of two: "…"": no verb; the colon introduces the words.
        let cue = if colon_before && reader.word(verb).chars().all(|c| !c.is_alphanumeric()) {
            range.start - 1
        } else {
            verb
        };
        return Some(attribution(prose, reader, &(cue..cue + 1), &subject, open_sentence, Link::SameSentence));
    }
    partial_of_the_subject(prose, reader, quote, open_sentence)
}

/// The subject of `sentence` when it is a person: a name the cast does not know as
/// something else, or a "he" or "she" for someone the story has named ("Tired of touring,
/// she cancelled the dates." speaks only when "she" is someone named).
fn person_subject(prose: &Prose, reader: &Reader, sentence: usize, link: Link) -> Option<Attribution> {
    person_subject_with(prose, reader, sentence, link, |_, _| true)
}

/// [`person_subject`], with `accept` judging its kind and the member it names (if any) before
/// the attribution is made: making it marks a named member as speaking.
fn person_subject_with(
    prose: &Prose,
    reader: &Reader,
    sentence: usize,
    link: Link,
    accept: impl Fn(SpeakerKind, Option<MemberId>) -> bool,
) -> Option<Attribution> {
    let bounds = prose.sentence_body(sentence);
    let (subject, verb) = reader.sentence_subject(&bounds)?;
    let kind = reader.speaker_kind(&subject, || reader.anonymity.noted(sentence), bounds.start);
    let member = (kind == SpeakerKind::Named).then(|| reader.speaker_member(&subject)).flatten();
    let person = match kind {
        SpeakerKind::Pronoun => {
            let pronoun = reader.lower(subject.start);
            lexicon::is_person_subject(lexicon::roles_of_lowercase(pronoun))
                && reader
                    .cast
                    .antecedent(prose, reader.span(&subject), pronoun, &|span| reader.is_quoted_at(span.start))
                    .is_some()
        }
        // A name the cast knows as a person; or, past the sentence's first word, a name it
        // does not know as something else.
        SpeakerKind::Named => match member {
            Some(member) => reader.cast.is_person(member),
            None => subject.clone().any(|i| reader.word(i).starts_with(char::is_uppercase) && i > bounds.start),
        },
        _ => false,
    };
    (person && accept(kind, member)).then(|| attribution(prose, reader, &(verb..verb + 1), &subject, sentence, link))
}

/// A paragraph of pure quotation after a paragraph whose last sentence reports someone's
/// speech ("The newspaper said …") or is about a person ("Ruiz praised the crews." then
/// ""We need people who …""): they speak.
fn previous_paragraph_subject(prose: &Prose, reader: &Reader, quote: &Quote) -> Option<Attribution> {
    let paragraph_index = paragraph_of(prose, quote.span.start)?;
    if paragraph_index == 0 || !is_pure_quotation(prose, quote, paragraph_index) {
        return None;
    }
    let previous = &prose.paragraphs[paragraph_index - 1];
    let sentence = previous.sentences.end.checked_sub(1).filter(|&s| s >= previous.sentences.start)?;
    // A sentence with a quotation of its own speaks for that quotation, not this one.
    let bounds = prose.sentence_body(sentence);
    if bounds.clone().any(|i| reader.quoted[i]) {
        return None;
    }
    // "The newspaper said the damage was extensive." then the newspaper's words.
    if let Some(found) = reader.last_cue_in(&bounds) {
        return Some(attribution(prose, reader, &found.cue, &found.speaker, sentence, Link::AdjacentSentence));
    }
    // Only someone the cast knows as a person (or a pronoun for one): this reaches across
    // a paragraph break.
    person_subject_with(prose, reader, sentence, Link::AdjacentSentence, |kind, member| {
        kind == SpeakerKind::Pronoun || member.is_some_and(|m| reader.cast.is_person(m))
    })
}

/// "Ruiz blamed the delay on "a contractor who never showed up."": a few quoted words in
/// a sentence whose subject is a person are that person's words.
fn partial_of_the_subject(prose: &Prose, reader: &Reader, quote: &Quote, sentence: usize) -> Option<Attribution> {
    if quote.form != QuoteForm::Partial {
        return None;
    }
    let found = person_subject(prose, reader, sentence, Link::SameSentence)?;
    (found.speaker.end <= quote.span.start).then_some(found)
}

/// Whether only spaces stand between the start of its line and `offset`.
fn starts_line(text: &str, offset: usize) -> bool {
    text[..offset].chars().rev().take_while(|&c| c != '\n').all(|c| c.is_whitespace() || c == '\0')
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
    // "Ray Osei", "Mr. Holm", "county delegate Ray Osei": a name, perhaps after its role.
    let last_word = name.clone().rev().find(|&i| reader.word(i) != ".")?;
    let first_capital = name.clone().find(|&i| reader.capitalised(i))?;
    // "Rep. Ana Ruiz (D-Ore.), a panel member, said": a parenthesis after the name.
    let mut after_name = name.end;
    // "James Comey Jr., the director, said": the period of "Jr." before the comma.
    if reader.word(after_name) == "." && reader.word(after_name + 1) == "," {
        after_name += 1;
    }
    if reader.word(after_name) == "(" {
        after_name = (after_name..after.end.min(after_name + 8)).find(|&i| reader.word(i) == ")")? + 1;
    }
    if !reader.capitalised(last_word)
        || !(first_capital..name.end).all(|i| reader.capitalised(i) || reader.word(i) == ".")
        || reader.word(after_name) != ","
    {
        return None;
    }
    let reach = after.end.min(after_name + APPOSITIVE_REACH);
    // The cue opens its clause: right after the comma or dash that closes the appositive.
    let cue_start = (after_name + 1..reach).find(|&i| {
        let closes = match reader.word(i - 1) {
            "," | "—" | "–" | "--" => true,
            "-" => reader.word(i - 2) == "-",
            _ => false,
        };
        closes && reader.cue_at(i, after).is_some()
    })?;
    let cue = reader.cue_at(cue_start, after)?;
    Some(CueMatch { cue, speaker: name })
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
        let bounds = prose.sentence_body(sentence);
        let chosen = if last { reader.last_cue_in(&bounds) } else { reader.first_cue_in(&bounds, usize::MAX) };
        chosen.map(|m| attribution(prose, reader, &m.cue, &m.speaker, sentence, Link::AdjacentSentence))
    };
    // "Rhys-Davies broke the news. "We are talking to NBC."": a person who is the subject
    // of the sentence before speaks next.
    if open_sentence > 0
        && prose.sentences[open_sentence - 1].paragraph == paragraph
        && let Some(found) =
            attributed_in(open_sentence - 1).or_else(|| cue_in(open_sentence - 1, true)).or_else(|| {
                // A few quoted words are someone's in their own sentence, not the one before.
                (quote.form == QuoteForm::Full)
                    .then(|| person_subject(prose, reader, open_sentence - 1, Link::AdjacentSentence))
                    .flatten()
            })
    {
        return Some(found);
    }
    // ""We had floods before," Ruiz said. She did not say more. "Our plan is …"": one sentence of
    // narration between two quotations of one speaker.
    if quote.form == QuoteForm::Full
        && open_sentence > 1
        && prose.sentences[open_sentence - 2].paragraph == paragraph
        && top_level.overlapping(quotes, prose.sentences[open_sentence - 1].span).next().is_none()
        && let Some(found) = attributed_in(open_sentence - 2)
    {
        return Some(found);
    }
    // The speaker of the sentence after is the speaker of a sentence of speech, never of a
    // few quoted words ("The so-called "safe zone" was empty. "We left," Ruiz said.").
    let next = close_sentence + 1;
    if quote.form == QuoteForm::Full && next < prose.sentences.len() && prose.sentences[next].paragraph == paragraph {
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
    let bounds = prose.sentence_body(sentence);
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
    let text = prose.text.as_str();
    let after = token_range(prose, quote).end;
    let tokens = if reader.word(after) == "[" && after < paragraph.tokens.end {
        // "… [Reuters.]": a bracketed credit right after the quotation, wherever it stands.
        after..paragraph.tokens.end
    } else if is_pure_quotation(prose, quote, paragraph_index) {
        prose.paragraphs.get(paragraph_index + 1)?.tokens.clone()
    } else if starts_line(text, quote.span.start) {
        // "'…' — Sunita Rao, campaign director": the credit on the quotation's own line,
        // one line of a list of credited quotations.
        // The credit ends the line and credits each quotation on it: "'…' And more '…'
        // — Sunita Rao".
        let line_end = text[quote.span.end..].find('\n').map_or(paragraph.span.end, |at| quote.span.end + at);
        let end = (after..paragraph.tokens.end).find(|&i| prose.tokens[i].span.start >= line_end);
        let end = end.unwrap_or(paragraph.tokens.end);
        let credit = (after..end).rev().find(|&i| matches!(reader.word(i), "—" | "–" | "―")).unwrap_or(after);
        credit..end
    } else {
        return None;
    };
    let dash = tokens.start;
    let bracket = reader.word(dash) == "[";
    // A hyphen for a dash: "- Tom Baker." opening the credit's line.
    let hyphen = reader.word(dash) == "-" && starts_line(&prose.text, prose.tokens[dash].span.start);
    if !(bracket || hyphen || matches!(reader.word(dash), "—" | "–" | "―"))
        || tokens.len() < 2
        || !reader.word(dash + 1).starts_with(char::is_uppercase)
    {
        return None;
    }
    let name_end = (dash + 1..tokens.end)
        .take_while(|&i| reader.word(i).starts_with(char::is_uppercase) || reader.word(i) == ".")
        .last()
        .map_or(dash + 2, |i| i + 1);
    // A credit is a name and at most a short role ("campaign director"), not a sentence;
    // a digest credits the publication it quotes in brackets: "[Reuters.]".
    let closed = |at: usize| at < tokens.end && reader.word(at) == "]";
    let credited = if bracket {
        let name_end = if reader.word(name_end - 1) == "." { name_end - 1 } else { name_end };
        (closed(name_end) || closed(name_end + 1)).then_some(name_end)
    } else {
        let short = tokens.end - name_end <= CREDIT_ROLE_TOKENS;
        let ends = name_end == tokens.end || (name_end + 1 == tokens.end && reader.word(name_end) == ".");
        (short && (ends || reader.word(name_end) == ",")).then_some(name_end)
    };
    let mut name_end = credited?;
    // "- Tom Baker.": the sentence's period is not part of the name ("Jr." is).
    if name_end == tokens.end && reader.word(name_end - 1) == "." && reader.word(name_end - 2).chars().count() > 3 {
        name_end -= 1;
    }
    let sentence = sentence_of(prose, prose.tokens[dash].span.start)?;
    Some(attribution(prose, reader, &(dash..dash + 1), &(dash + 1..name_end), sentence, Link::CreditLine))
}

/// Tokens a credit inside the quotation marks may hold: a name, a comma and where the
/// person works ("Ana Ruiz, Port Elm Harbour Board").
const CREDIT_INSIDE_TOKENS: usize = 12;

/// A pull quote whose last sentence, inside the marks, is its credit: "“… the pier will
/// not last the winter. Ana Ruiz, Port Elm Harbour Board.”". The credit is a person the
/// cast knows and, after a comma, capitalised words only; nothing in it is a verb.
fn credit_inside(prose: &Prose, reader: &Reader, quote: &Quote) -> Option<Attribution> {
    if quote.form != QuoteForm::Full {
        return None;
    }
    let start = prose.token_at_or_after(quote.content.start);
    let mut end = prose.token_at_or_after(quote.content.end).min(prose.tokens.len());
    while end > start && matches!(reader.word(end - 1), "." | ",") {
        end -= 1;
    }
    if end <= start {
        return None;
    }
    let sentence = prose.sentence_at(prose.tokens[end - 1].span.start)?;
    let credit = prose.sentences[sentence].tokens.start.max(start)..end;
    let after_a_sentence = credit.start > start && matches!(reader.word(credit.start - 1), "." | "!" | "?");
    if !after_a_sentence || credit.len() < 2 || credit.len() > CREDIT_INSIDE_TOKENS {
        return None;
    }
    let only_names = credit.clone().all(|i| match prose.tokens[i].kind {
        TokenKind::Word => reader.capitalised(i) || matches!(reader.lower(i), "of" | "for" | "and" | "the"),
        TokenKind::Punct => matches!(reader.word(i), "," | "." | "-" | "&"),
        _ => false,
    });
    let name_end = credit.clone().find(|&i| reader.word(i) == ",").unwrap_or(credit.end);
    let name = credit.start..name_end;
    // Where they work after a comma, or a title before the name ("Rep. Ana Ruiz"): a
    // sentence of a name alone ("… Big Daddy.") is the speaker's, not a credit.
    let workplace = name_end + 1 < credit.end && reader.capitalised(name_end + 1);
    let titled = name.clone().any(|i| reader.word(i) == "." && i + 1 < name.end);
    let person = reader.speaker_member(&name).is_some_and(|member| reader.cast.is_person(member));
    if !(only_names && reader.capitalised(credit.start) && person && (workplace || titled)) {
        return None;
    }
    let period = credit.start - 1;
    Some(attribution(prose, reader, &(period..period + 1), &name, sentence, Link::CreditLine))
}

#[cfg(test)]
mod tests {
    use crate::analysis::Facts;
    use crate::analysis::quotes::{Link, QuoteForm, SpeakerKind};
    use crate::settings::Settings;
    use crate::text::{Language, Prose};

    /// Quotation content, speaker as written, resolved mention, kind, link.
    type Found = (String, String, String, Option<SpeakerKind>, Option<Link>);

    /// What was found for each top-level quotation.
    fn attributions(draft: &str) -> Vec<Found> {
        let facts =
            Facts::gather(&Prose::new(draft, Language::PlainText), &Settings::default(), &mut Default::default());
        facts
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
    fn a_sentence_that_runs_on_after_the_quotation_keeps_its_cue() {
        // The cue stands past the usual reach, after a clause of the writer's.
        assert_eq!(
            speaker(
                "\"To watch the number of votes that could flip is remarkable,\" since so many earlier budgets passed by one vote, said Lena Ortiz, a professor."
            ),
            "Lena Ortiz"
        );
        assert_eq!(
            speaker(
                "\"If the harbour had not been dredged\" by the state, the county and two private firms, Ruiz said at a forum, the pier would have closed."
            ),
            "Ruiz"
        );
        assert_eq!(
            speaker(
                "\"The officers are under a great deal of strain,\" a harbour source, who asked that no name be printed, told the station."
            ),
            "a harbour source"
        );
        // A quotation that ends its sentence does not reach for a cue further on.
        assert_eq!(
            speaker(
                "\"We will rebuild the pier by spring.\" The work, which the council approved after a long debate in March, ends in May."
            ),
            ""
        );
        // Another quotation between keeps the cue for itself.
        let found = attributions(
            "\"We will appeal the ruling,\" and hours afterwards, outside the courthouse where \"nobody listens,\" the lawyer said.",
        );
        assert_eq!(found[0].1, "", "{found:?}");
    }

    #[test]
    fn any_past_tense_verb_after_a_quotation_and_its_comma_attributes_it() {
        assert_eq!(speaker("\"The harbour will always be the harbour,\" an angry Baker retaliated."), "an angry Baker");
        assert_eq!(speaker("\"The board met twice in January,\" Hannity started."), "Hannity");
        assert_eq!(speaker("\"Drivers should leave their cars at home,\" opined the Daily Post."), "the Daily Post");
        assert_eq!(
            speaker(
                "\"By moving the depot while keeping every subsidy, the firm is gaming the rules,\" House Minority Leader Ada K. Morrow (D-Ore.) said in a statement."
            ),
            "House Minority Leader Ada K. Morrow"
        );
        assert_eq!(
            speaker("\"We see the harbour differently,\" agrees Michelle Stevens, 30, of Dover."),
            "Michelle Stevens"
        );
        assert_eq!(
            speaker(
                "\"The proud town of Port Elm casts its votes for the plan!\" US Senator Ida Brandt said as she opened the roll call."
            ),
            "US Senator Ida Brandt"
        );
        // Surnames that are function words, and a sum inside a title.
        assert_eq!(speaker("\"The conditions have changed since the storm,\" From said."), "From");
        assert_eq!(speaker("\"The pier will never reopen without money,\" Will wrote."), "Will");
        assert_eq!(
            speaker(
                "\"People choose between rent and food,\" Homes for $900 housing director Ona Merrit told a local station."
            ),
            "Homes for $900 housing director Ona Merrit"
        );
        // Not a speaker: a work and what it did.
        assert_eq!(speaker("\"Harbour Nights,\" a drama that premiered in 1994, returns in May."), "");
        assert_eq!(speaker("\"The plan failed,\" the flood that followed proved."), "");
    }

    #[test]
    fn a_sentence_opening_with_and_then_keeps_its_subject() {
        assert_eq!(
            speaker(
                "And then Baker went hard after the council, saying, \"Is the council going to fund the pier at last?\""
            ),
            "Baker"
        );
        assert_eq!(
            speaker(
                "Ana Ruiz spoke first. And she is sure that closing the pier will anger the town: \"They are building a monster, as far as I can see.\""
            ),
            "she"
        );
        // A digest's item: the piece's headline, who wrote it, and an excerpt.
        let found = attributions(
            "—\"The Harbour Bar to shut its doors in May,\" by the Daily Post's Ana Ruiz: \"The Harbour Bar, a small club on the pier, will close after 18 years.\" http://example.com/a.",
        );
        assert_eq!(found.iter().map(|a| a.1.as_str()).collect::<Vec<_>>(), ["the Daily Post's Ana Ruiz"; 2]);
        // "by" after a quotation with no comma is the writer's sentence.
        assert_eq!(speaker("He called the plan \"a disgrace\" by Ruiz's standards."), "He");
        // Written words quoted: "reads", "read".
        assert_eq!(
            speaker("Section 4 of the charter reads: \"The council shall meet every month in public.\""),
            "the charter"
        );
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
    fn a_connective_or_a_participle_opening_the_sentence_never_speaks() {
        // The subject after the connective speaks.
        assert_eq!(
            speaker("Baker mocked the mayor. However, he spared the clerk, calling her a \"good sort\" and left."),
            "he"
        );
        assert_eq!(
            speaker(
                "The council studied it. Likewise, a report from the harbour board ended on a warning: \"The pier will not last the winter.\""
            ),
            "a report"
        );
        // A participle alone leaves the quotation to the sentence before.
        assert_eq!(
            speaker("Ruiz said the count was \"sloppy.\" Adding, \"It is never the count, it is how they hide it.\""),
            "Ruiz"
        );
        // "Wait" introduces the writer's own aside.
        assert_ne!(speaker("Wait, it gets worse: \"By law, the council sets the fees every year.\""), "Wait");
    }

    #[test]
    fn a_clause_or_a_scrap_of_one_never_speaks() {
        // A relative clause whose closing comma is missing: the name before "who".
        assert_eq!(
            speaker("\"The ferry will not run in May,\" Ana Ruiz, who is chair of the harbour board said on Monday."),
            "Ana Ruiz"
        );
        // The subject of a relative clause still speaks in it.
        assert_eq!(
            speaker("\"We will rebuild,\" Ana Ruiz, who the mayor said was tired, told the crowd."),
            "the mayor"
        );
        // A saying, not a speaker; nor a verb and its object ("is shown", "write a").
        assert_eq!(
            speaker("The pier reopened. \"In ten years the sea will take it,\" is an old saying in the town."),
            ""
        );
    }

    #[test]
    fn a_digest_credits_its_excerpt_to_the_name_before_the_colon() {
        assert_eq!(
            speaker(
                "TURNOUT WAS HIGH, NOT RECORD - Ana Ruiz and Tom Baker: \"The count rose by a tenth over the last vote.\""
            ),
            "Ana Ruiz and Tom Baker"
        );
        assert_eq!(speaker("Why turnout fell - More from Ruiz: \"A close count is likely in every ward.\""), "Ruiz");
        // Without the dash the sentence's subject still speaks.
        assert_eq!(speaker("Morell praised Mendez on Twitter: \"He was a hero to all of us.\""), "Morell");
    }

    #[test]
    fn an_inverted_verb_of_any_kind_speaks_for_a_phrase_a_name_follows() {
        assert_eq!(
            speaker("\"It is about time the pier had a lifeguard,\" exhorted the host, actress Ana Ruiz."),
            "the host"
        );
        // With no name after it, a phrase that is no role stays unattributed.
        assert_eq!(speaker("\"We lost,\" sighed the fans, many of them from Ohio."), "");
    }

    #[test]
    fn a_credit_inside_the_marks_names_the_speaker() {
        let found = attributions(
            "The board met on Monday.\n\n\"The pier will not last another winter. Ana Ruiz, Port Elm Harbour Board.\"\n\nThe vote is in May.",
        );
        assert_eq!((found[0].1.as_str(), found[0].4), ("Ana Ruiz", Some(Link::CreditLine)));
        // A slogan of capitalised words is no credit, nor a name alone.
        assert_eq!(speaker("The crowd cheered.\n\n\"We will rebuild. God Bless Port Elm.\"\n\nThen it rained."), "");
        assert_eq!(
            speaker("Baker spoke last.\n\n\"Nobody saw it coming. Not even Tom Baker.\"\n\nThen it rained."),
            "Baker"
        );
    }

    #[test]
    fn a_dateline_never_speaks() {
        assert_eq!(
            speaker(
                "PORT ELM, March 3 (Reuters) — The ferry board issued a notice on Tuesday, calling for \"a full review\" of the timetable."
            ),
            "The ferry board"
        );
    }

    #[test]
    fn by_saying_completes_a_verb_not_a_noun() {
        assert_eq!(speaker("Ruiz began by saying \"we lost the vote.\""), "Ruiz");
        assert_eq!(speaker("Ruiz broke with the harbour movement by saying \"the board has lost its way.\""), "Ruiz");
    }

    #[test]
    fn continuing_to_be_something_is_not_speech() {
        assert_eq!(
            speaker("In a statement, Baker said he is sure Ruiz will continue to be \"a voice for the harbour.\""),
            "Baker"
        );
    }

    #[test]
    fn a_participle_after_has_or_had_is_a_cue() {
        assert_eq!(
            speaker("As the columnist Ana Ruiz had written years earlier, \"No pier outlasts the sea.\""),
            "the columnist Ana Ruiz"
        );
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
    fn a_pronoun_never_refers_to_a_name_inside_a_quotation() {
        // The names a quotation holds are the speaker's words, not the writer's.
        for draft in [
            "Ana Ruiz lost her son at sea. \"Nobody in Port Elm will forget him. We are a Harbour Star family now,\" she wrote.",
            "Ana Ruiz spoke at the pier on Monday. \"My friend Jane Lee knew the sea better than anyone,\" she said.",
        ] {
            assert_eq!(speaker_and_resolved(draft), ("she".to_string(), "Ana Ruiz".to_string()), "{draft}");
        }
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
        let facts =
            Facts::gather(&Prose::new(draft, Language::PlainText), &Settings::default(), &mut Default::default());
        let quote = facts.quotes.quotes.first().expect("a quotation");
        let a = quote.attribution.as_ref();
        (
            a.map_or(String::new(), |a| a.speaker.slice(draft).to_string()),
            a.map(|a| a.kind),
            a.and_then(|a| a.member).map_or(String::new(), |m| facts.cast.members[m].canonical.clone()),
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
    fn speakers_behind_relatives_modals_coordinated_verbs_labels_and_per() {
        // ", who" as written, resolved to its antecedent: the last of names joined by "and".
        let found =
            attributions("The gala drew Nora Quist and Ed Lamb, who joked of the hall, \"I have not seen it yet.\"");
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_str(), found[0].3),
            ("who", "Ed Lamb", Some(SpeakerKind::Pronoun))
        );
        // (draft, which top-level quotation, its speaker as written)
        let cases: &[(&str, usize, &str)] = &[
            // Never a place after a preposition: the sentence's subject speaks.
            ("A congressman from Georgia, who joked, \"I have not seen it.\"", 0, "A congressman"),
            // A modal and an adverb between speaker and cue.
            ("In calmer times, a voter would now ask: \"Why is the mayor paid twice?\"", 0, "a voter"),
            // A verb coordinated with the cue shares its subject.
            ("When my aunt mentioned the flood, I laughed and said, \"Nobody believes in floods.\"", 0, "I"),
            // Labelling verbs are speech.
            ("Norway branded the plan a \"reckless gamble.\"", 0, "Norway"),
            // "…, per" a source is "according to" it; a rate is not.
            ("Proxies may not vote \"to fill a vacancy,\" per the party's rules.", 0, "the party's rules"),
            ("Fares rose to \"a record high,\" per person.", 0, ""),
            // After an introduction, a group that speaks by participle.
            (
                "In March, several tenant groups gave the owner more time, saying his \"funds were short.\"",
                0,
                "several tenant groups",
            ),
            // A subject pronoun opening the sentence is its whole subject.
            (
                "Ana Ruiz spoke first.\n\nShe gives credit to the crews because to her, \"nothing matters more than the levee.\"",
                0,
                "She",
            ),
            // An article makes a noun of any ending; a spaced hyphen is a dash, not a join.
            (
                "\"Worms have more spine than Sen. Tom Baker,\" reads a Sunday leader in The Harbour Gazette.",
                0,
                "a Sunday leader",
            ),
            (
                "In May - weeks after Ruiz quit - the harbour board told the club that \"no files were kept.\"",
                0,
                "the harbour board",
            ),
            // A label of a title and a name before a colon.
            (
                "Former secretary of state Ana Ruiz:\"We learned that from the department.\"",
                0,
                "Former secretary of state Ana Ruiz",
            ),
            ("\"Plenty of our members voted no,\" remembered Roy Verley, the former treasurer.", 0, "Roy Verley"),
            // An introduction that ends in a comma inside the closing mark.
            (
                "Ana Ruiz wrote a book.\n\nAfter saying her knee was \"too sore to bend at all,\" she was \"rushed off\" to a clinic.",
                0,
                "she",
            ),
            // A name ending in "Jr." before its appositive.
            ("\"The app is a good way to sell tickets,\" Tom Fenn Jr., the director, said.", 0, "Tom Fenn Jr"),
            // A participle after "by" completes the verb before it.
            ("Ruiz left the room.\n\nBack in court, he opened by saying, \"Nobody goes to jail today.\"", 0, "he"),
            // A title quoted in the appositive, its comma inside the closing mark.
            (
                "As Lena Ortiz, a teacher at the harbour college and author of ''Tides,'' put it, ''The council should take the smaller deal while it lasts.''",
                1,
                "Lena Ortiz",
            ),
            // A dash introduces a quotation as a colon does.
            (
                "Mayor Ruiz hardly settled it, calling the remark a compliment -- \"That makes me smart\" -- and moving on.",
                0,
                "Mayor Ruiz",
            ),
        ];
        for &(draft, index, expected) in cases {
            assert_eq!(speakers(draft)[index], expected, "{draft}");
        }
    }

    #[test]
    fn a_dash_credit_ending_a_line_credits_each_quotation_on_it() {
        let draft = "Readers wrote in.\n“The plan is a mess and everyone knows it.” And then “the buses are late.” ― Nora Quist\n“It works for me.” ― Ed Lamb\n";
        let found = attributions(draft);
        let speakers: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(speakers, ["Nora Quist", "Nora Quist", "Ed Lamb"]);
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

    /// Speakers as written for every top-level quotation of `draft`.
    fn speakers(draft: &str) -> Vec<String> {
        attributions(draft).into_iter().map(|a| a.1).collect()
    }

    #[test]
    fn an_appositive_of_any_shape_between_name_and_cue_keeps_the_name() {
        // A listener, a time, or a clause after the cue.
        assert_eq!(
            speakers(
                "\"We cannot wait another year,\" Maria Delgado, a council member from the east side, told reporters on Tuesday."
            ),
            ["Maria Delgado"]
        );
        assert_eq!(
            speakers(
                "\"Good work, all of you,\" Delgado, the longest-serving member of the council and its chair since 2019, said when a clerk asked her."
            ),
            ["Delgado"]
        );
        // A role word before the name, and a quotation inside the appositive.
        assert_eq!(
            speakers(
                "\"We have seen worse,\" county delegate Ray Osei, wearing a cap and \"Vote Osei\" pins, said calmly."
            )[0],
            "county delegate Ray Osei"
        );
        // An appositive set off by dashes; the listener is never the speaker.
        assert_eq!(
            speakers(
                "\"We sell what people want,\" Lena Fox, the owner of Fox Media -- the company behind the show -- told me."
            ),
            ["Lena Fox"]
        );
        assert_eq!(speakers("\"I was never edited,\" Mr. Holm, 82, told me."), ["Mr. Holm"]);
    }

    #[test]
    fn phrasal_and_manner_cues_have_speakers() {
        assert_eq!(speakers("\"Go back to your seat,\" Mayor Ruiz barked as guards moved in."), ["Mayor Ruiz"]);
        assert_eq!(speakers("\"It happens, right?\" Ruiz went on, as if she had not heard."), ["Ruiz"]);
        assert_eq!(speakers("\"Some of us thought it could work,\" Baker points out."), ["Baker"]);
        assert_eq!(speakers("\"They want free things,\" Baker shot back with a laugh."), ["Baker"]);
        assert_eq!(speakers("\"Denver,\" he answered."), ["he"]);
        // A progressive cue is active: the speaker tells, nobody tells the speaker.
        assert_eq!(speakers("Ana Ruiz is telling diners at a busy diner that \"I need you tomorrow.\""), ["Ana Ruiz"]);
        // An adverb between the speaker and the cue is not part of the speaker.
        assert_eq!(
            speakers(
                "The plan took on new urgency this week, when the mayor, Ana Ruiz, boldly suggested that the council \"never wanted the bridge at all.\""
            ),
            ["Ana Ruiz"]
        );
        // A passive cue: the subject is spoken of, not speaking.
        assert_eq!(attributions("Baker was charged with fraud. \"It is a sad day for the town.\"")[0].4, None);
    }

    #[test]
    fn one_sentence_of_narration_between_quotations_keeps_the_speaker() {
        assert_eq!(
            speakers(
                "\"We had problems before,\" Ruiz said after the meeting. She didn't threaten anyone. \"Our goal is to set some rules for everybody.\""
            ),
            ["Ruiz", "Ruiz"]
        );
        // A pronoun's "is" is no owner: "He's claiming" is a cue.
        assert_eq!(speakers("Tom Baker spoke. He’s claiming that theft is \"a huge, huge problem\" here."), ["He"]);
    }

    #[test]
    fn habits_conjunctions_and_quoted_subjects_keep_the_speaker() {
        assert_eq!(speakers("\"The plan does not work,\" he often says."), ["he"]);
        assert_eq!(speakers("And Mayor Ana Ruiz gloated: \"I told you the bridge would hold.\""), ["Mayor Ana Ruiz"]);
        assert_eq!(speakers("\"Our costs are lower than anyone's,\" Tom Baker is quoted as saying."), ["Tom Baker"]);
        assert_eq!(
            speakers("Or, as Tom Baker, a former harbour master, put it: \"The water is inside the gate now.\""),
            ["Tom Baker"]
        );
        assert_eq!(speakers("\"Keep the levy at the current level,\" the council recommended."), ["the council"]);
    }

    #[test]
    fn reported_speech_in_the_paragraph_before_names_the_speaker() {
        assert_eq!(
            speakers(
                "The Harbour Times said the damage was extensive.\n\n\"That is reason enough for the governor to visit the town.\""
            ),
            ["The Harbour Times"]
        );
        assert_eq!(speakers("\"The pier will stay closed,\" Harbour News said in a statement."), ["Harbour News"]);
        assert_eq!(
            speakers(
                "A letter sent out by Ruiz on Tuesday night warned: \"The pier needs repairs before the winter storms.\""
            ),
            ["Ruiz"]
        );
        assert_eq!(
            speakers(
                "\"The harbour fees have not risen in ten years.\"\n\n- Tom Baker.\n\nThe fees are set by the board."
            ),
            ["Tom Baker"]
        );
    }

    #[test]
    fn numbers_parentheses_and_noun_heads_in_speaker_phrases() {
        assert_eq!(
            speakers("“The pumps failed twice. Nobody told us,” said 9/11 firefighter Ana Ruiz."),
            ["9/11 firefighter Ana Ruiz"]
        );
        assert_eq!(
            speakers("“The harbour deserves better,” Rep. Ana Ruiz (D-Ore.), a member of the panel, said by phone."),
            ["Rep. Ana Ruiz"]
        );
        assert_eq!(
            speakers("\"The cost of the repairs is still unknown,\" the council report said."),
            ["the council report"]
        );
        assert_eq!(
            speakers(
                "Mr. Baker hardly settled the matter and, when asked after the hearing, asserting, ''Of course, I pay my taxes.''"
            ),
            ["Mr. Baker"]
        );
    }

    #[test]
    fn a_subject_after_an_introduction_or_before_to_say_speaks() {
        assert_eq!(
            speakers(
                "But in a call with reporters on Monday, Col. Ana H. Ruiz, a spokeswoman in Port Elm, said, ''Frankly, the pier is not safe for boats.''"
            ),
            ["Col. Ana H. Ruiz"]
        );
        assert_eq!(
            speakers(
                "The debate was so calm that Mr. Baker was prompted to say, ''I expected shouting, and everyone was polite.''"
            ),
            ["Mr. Baker"]
        );
    }

    #[test]
    fn a_colon_after_an_introduction_ending_in_a_number_introduces_the_subject_s_words() {
        assert_eq!(
            speakers(
                "The rates differ.\n\nOn July 6, Tom Baker made a comment:\n\n“Half of the boats in the harbour need new moorings.”"
            ),
            ["Tom Baker"]
        );
    }

    #[test]
    fn a_pronoun_after_a_sentence_naming_two_people_is_its_subject() {
        assert_eq!(
            speaker_and_resolved(
                "\"We had problems before,\" Mayor Tom Ruiz said after meeting Governor Ben Baker. He didn't threaten anyone. \"Our goal is to set rules,\" he said later."
            ),
            ("Mayor Tom Ruiz".to_string(), String::new())
        );
        let found = attributions(
            "Mayor Tom Ruiz spoke after meeting Governor Ben Baker on Friday.\n\n\"Our goal is to set rules for everybody,\" he said.",
        );
        assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("he", "Mayor Tom Ruiz"));
        // A relative clause between the speaker and the cue keeps its subject; the clause's
        // own subject speaks when it has one.
        let found = attributions(
            "The union local that represents about 1,100 of the workers called the closures \"a betrayal.\"\n\n\
             The ferry fee is a change that several dock workers said came \"far too late.\"",
        );
        assert_eq!(found[0].1.as_str(), "The union local");
        assert_eq!(found[1].1.as_str(), "several dock workers");
        // An owner before the subject is not the subject.
        let found = attributions(
            "Piet Jansen farms nearby.\n\nJansen's son, Willem, 19, wants to leave. \"There is no future in it,\" he said.",
        );
        assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("he", "Willem"));
    }

    #[test]
    fn a_long_introduction_and_a_shout_keep_the_speaker() {
        assert_eq!(
            speakers(
                "With council leaders increasingly worried about the cost of the bridge and the slow repairs along the river, Mayor Ana Ruiz is starting a new campaign: \"Trust me on this.\""
            ),
            ["Mayor Ana Ruiz"]
        );
        assert_eq!(speakers("\"Did you see him? He had better be safe,\" she yells while running."), ["she"]);
    }

    #[test]
    fn a_name_before_a_run_of_appositives_speaks() {
        assert_eq!(
            speakers(
                "Jean-Marc Osei, the foreign minister of Ghana, a permanent member of the council, said the closure was \"a mistake the town will pay for.\""
            ),
            ["Jean-Marc Osei"]
        );
    }

    #[test]
    fn the_object_of_a_participle_cue_is_a_listener() {
        assert_eq!(
            speakers("Mayor Ana Ruiz spoke for an hour, telling reporters that \"the bridge will open in May.\""),
            ["Mayor Ana Ruiz"]
        );
        assert_eq!(
            speakers("Tom Baker answered the protester, calling the crowd \"the best people in the state.\""),
            ["Tom Baker"]
        );
        assert_eq!(
            speakers(
                "Baker and has staff have also had sharp words for the board, telling Tom Fox that \"the harbour fees are far too high for small boats.\""
            ),
            ["Baker"]
        );
    }

    #[test]
    fn a_few_quoted_words_belong_to_the_nearer_cue() {
        assert_eq!(
            speakers("As Tom Baker went on about \"a stolen count,\" Ana Ruiz nodded and said yes to everything.")[0],
            "Tom Baker"
        );
        assert_eq!(speakers("Ruiz said the offer was \"generous\" and Baker agreed.")[0], "Ruiz");
    }

    #[test]
    fn a_pronoun_that_opened_the_sentence_before_carries_on() {
        let found = attributions(
            "Mayor Ana Ruiz answered on Friday.\n\nShe says the posts accusing Maria Lopez of fraud are lies.\n\nThe response came in a series of posts.\n\nShe wrote: \"This is dangerous for the town and for everyone in it.\"",
        );
        assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("She", "Mayor Ana Ruiz"));
    }

    #[test]
    fn a_title_has_no_speaker() {
        assert_eq!(
            attributions("Gov. Ana Ruiz said on \"Harbour Report Sunday\" that the bridge would open.")[0].4,
            None
        );
    }

    #[test]
    fn a_digest_credits_the_publication_in_brackets() {
        assert_eq!(
            speakers(
                "PORT ELM VOTES \"The council will decide the budget on Monday after a year of delay.\" [Harbour Times.]"
            ),
            ["Harbour Times"]
        );
        // Brackets that add words to a quotation are no credit.
        assert_eq!(speakers("\"The council will decide [the budget] on Monday after a long delay.\""), [""]);
    }

    #[test]
    fn the_person_the_paragraph_before_is_about_speaks_a_pure_quotation() {
        assert_eq!(
            speakers(
                "Mayor Ana Ruiz opened the session.\n\nRuiz is upbeat about the bridge, in part because she trusts the engineers.\n\n\"Not only can we finish it, we can finish it early.\""
            ),
            ["Ruiz"]
        );
        assert_eq!(
            speakers(
                "Mayor Ana Ruiz praised the crews for their work after the storm.\n\n\"We need people who can cut through the red tape.\""
            ),
            ["Mayor Ana Ruiz"]
        );
        // Not a place, not a thing, not a sentence that only mentions someone.
        assert_eq!(
            speakers("The storm hit Port Elm on Friday.\n\n\"Nobody saw the water coming over the wall.\""),
            [""]
        );
        assert_eq!(
            speakers(
                "The bridge that Ana Ruiz built fell on Friday.\n\n\"Nobody saw the water coming over the wall.\""
            ),
            [""]
        );
    }

    #[test]
    fn credits_labels_and_partial_quotations_name_their_speakers() {
        // A list of people each followed by their quotation, one a line.
        assert_eq!(
            speakers(
                "Residents gave their views.\n\n\"I just want the potholes fixed.\" ― Anna Petrov\n\"Nobody listens to us out here.\" ― Jamal Reed"
            ),
            ["Anna Petrov", "Jamal Reed"]
        );
        // Interview labels.
        assert_eq!(speakers("Anna Petrov, 34, teacher: \"I just want the potholes fixed.\""), ["Anna Petrov"]);
        // With no verb, the colon is what introduces the words.
        let draft =
            "Parents were divided.\n\nCarlos Medina, a father of two: \"Who looks after my kids on the fifth day?\"";
        let facts =
            Facts::gather(&Prose::new(draft, Language::PlainText), &Settings::default(), &mut Default::default());
        let cue = facts.quotes.quotes[0].attribution.as_ref().map(|a| a.cue.slice(draft));
        assert_eq!(cue, Some(":"));
        // The subject of a sentence whose partial quotation is their words.
        assert_eq!(
            speakers("Mayor Ana Ruiz spoke on Monday. Ruiz blamed the delay on \"a contractor who never showed up.\""),
            ["Ruiz"]
        );
        assert_eq!(
            speakers("Mayor Ana Ruiz referred to Tom Baker as \"a bright, capable leader\" on Monday."),
            ["Mayor Ana Ruiz"]
        );
        // A thing that is the subject says nothing.
        assert_eq!(speakers("The cause of death was \"blunt trauma.\""), [""]);
    }

    #[test]
    fn forms_tell_speech_from_scare_quotes_and_titles() {
        let forms = |draft: &str| {
            let facts =
                Facts::gather(&Prose::new(draft, Language::PlainText), &Settings::default(), &mut Default::default());
            facts.quotes.quotes.iter().map(|q| q.form).collect::<Vec<_>>()
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

    /// "the Dane", "the 41-year-old", "the manager", "the senator": a definite description
    /// of someone the draft has just named, or described with that role.
    #[test]
    fn definite_descriptions_refer_back_to_the_person_they_describe() {
        let resolved = |draft: &str| attributions(draft).into_iter().map(|found| found.2).collect::<Vec<_>>();
        let draft = "Lars Holm was proud of his side. \"We came to win,\" the Dane said.";
        assert_eq!(resolved(draft), ["Lars Holm"]);
        // An age made a noun is a speaker, before or after its cue.
        let draft = "Mia Stone was fourth on Sunday. \"I ran my race,\" the 41-year-old said.";
        assert_eq!(resolved(draft), ["Mia Stone"]);
        // The epithet stands for the sentence's subject, not a name in its relative clause.
        let draft = "Dan Mbeki, who joined from Tom Reed's old club last summer, scored twice. \"I was lucky,\" the 24-year-old said.";
        assert_eq!(resolved(draft), ["Dan Mbeki"]);
        let draft = "Mia Stone was fourth on Sunday. \"I ran my race,\" said the 41-year-old from Leeds.";
        assert_eq!(attributions(draft)[0].1, "the 41-year-old");
        // A role finds the person the draft gave it, even past another name.
        let draft = "Harbour manager Lars Holm met Tom Reed on Monday. \"We will reopen,\" the manager said.";
        assert_eq!(resolved(draft), ["Lars Holm"]);
        let draft = "Sen. Ada Vey met Tom Reed. Reed left early.\n\n\"We will vote,\" the senator said.";
        assert_eq!(resolved(draft), ["Sen. Ada Vey"]);
        // Nobody so described, or nobody named near enough: the description stands alone.
        let draft = "Tom Reed met the board. \"We will vote,\" the senator said.";
        assert_eq!(resolved(draft), [""]);
        let draft = "Lars Holm spoke on Monday.\n\nThe match was played in the rain. Many fans left early. \"We came to win,\" the Dane said.";
        assert_eq!(resolved(draft), [""]);
    }

    /// "May said" after "Theresa May": a surname the word lists take for a modal and a
    /// month still speaks when the cast holds it.
    #[test]
    fn a_surname_that_is_a_modal_and_a_month_speaks() {
        let draft = "Theresa May met the leaders.\n\n\"We made progress,\" May said. \"Talks go on,\" May also said.";
        let found = attributions(draft);
        assert_eq!(found.iter().map(|f| f.1.as_str()).collect::<Vec<_>>(), ["May", "May"]);
        assert_eq!(found[0].2, "Theresa May");
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
