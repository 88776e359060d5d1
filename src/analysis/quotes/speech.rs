//! Speech reported by a cue verb, with or without quotation marks: the speech's extent,
//! and whether it speaks in the speaker's own voice (which then needs quotation marks).

use std::ops::Range;

use super::cues::{Reader, SpeakerKind, is_first_or_second_person, is_spoken_register};
use super::{Attribution, Link, ReportedSpeech};
use crate::text::{ByteSpan, Prose, TokenKind};

/// An attribution clause after the speech ("…, the mayor said on Monday.") is short.
const TRAILING_CLAUSE_TOKENS: usize = 16;
/// Speech worth reporting has at least this many words outside quotation marks.
const MIN_SPEECH_WORDS: usize = 3;

/// Words after "our" that are the publication's own voice, not a speaker's.
const HOUSE_VOICE: &[&str] = &[
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "readers",
    "newspaper",
    "site",
    "team",
    "journalist",
    "journalists",
];

/// The reports of speech in one paragraph. A paragraph's reports depend only on its own
/// text, the tokens around it and which tokens are quoted, and the cast's members named in
/// it: `speech_reuse` keeps unchanged paragraphs' reports in the document's memo.
pub(super) fn paragraph_speech(prose: &Prose, reader: &Reader, paragraph: usize) -> Vec<ReportedSpeech> {
    let quoted = reader.quoted;
    let sentences = prose.paragraphs[paragraph].sentences.clone();
    let mut reports: Vec<ReportedSpeech> = Vec::new();
    for sentence_index in sentences.clone() {
        if is_headline(prose, sentence_index) {
            continue;
        }
        let bounds = prose.sentence_body(sentence_index);
        let mut covered: Vec<Range<usize>> = Vec::new();
        for found in reader.cues_in(&bounds) {
            if covered.iter().any(|c| c.contains(&found.cue.start)) {
                continue;
            }
            // A report's speaker is named: ", who said …" reports its antecedent's speech.
            let named = reader.who_antecedent(&found.speaker, &bounds).unwrap_or_else(|| found.speaker.clone());
            let kind = reader.speaker_kind(&named, || reader.anonymity.noted(sentence_index), bounds.start);
            // The writer's own voice ("I said", "we asked", "Would you mind telling") reports
            // no one else.
            if found.speaker.clone().any(|i| is_first_or_second_person(reader.word(i))) {
                continue;
            }
            // "Residents can comment …", "officials will announce …": what someone may or
            // will say later reports nothing said.
            if speaks_in_prospect(reader, &found.speaker, &found.cue) {
                continue;
            }
            let attribution = Attribution {
                speaker: reader.span(&named),
                resolved: None,
                member: (kind == SpeakerKind::Named).then(|| reader.speaker_member(&named)).flatten(),
                cue: reader.span(&found.cue),
                kind,
                link: Link::SameSentence,
            };
            let clause_start = found.speaker.start.min(found.cue.start);
            let (content, after_content, trailing) = match trailing_content(reader, &bounds, clause_start)
                .filter(|_| !cue_takes_a_clause(reader, &found.cue, &found.speaker, &bounds))
            {
                Some((content, comma)) => (content, Some(comma), true),
                None if found.speaker.end <= found.cue.start || reader.lower(found.cue.start) == "according" => {
                    let Some((content, terminal)) = leading_content(reader, &bounds, &found.cue, &found.speaker) else {
                        continue;
                    };
                    if names_only_a_topic(reader, &content) {
                        continue;
                    }
                    (content, terminal, false)
                }
                None => continue,
            };
            let unquoted_words =
                content.clone().filter(|&i| !quoted[i] && prose.tokens[i].kind == TokenKind::Word).count();
            if unquoted_words < MIN_SPEECH_WORDS {
                continue;
            }
            covered.push(content.clone());
            // Speech that quotes some of its words ("we should "hold everyone to it"")
            // is the writer's paraphrase: the writer chose what to put in marks.
            let quotes_some = content.clone().any(|i| quoted[i]);
            // "told me that …", "suggested to me": the writer is the listener, and a
            // first person in the speech is the writer again.
            let writer_listens = matches!(reader.lower(found.cue.end), "me" | "us")
                || reader.lower(found.cue.end) == "to" && matches!(reader.lower(found.cue.end + 1), "me" | "us");
            let voice = content
                .clone()
                .filter(|_| !quotes_some)
                .filter(|&i| !(writer_listens && is_first_person(reader.word(i))))
                // "the limit that you cannot block the bridge": a "you" past the speech's first
                // words is anyone.
                .filter(|&i| !(is_second_person(reader.word(i)) && i >= content.start + SECOND_PERSON_REACH))
                .find(|&i| speaks_in_own_voice(reader, i, &found.cue))
                .map(|i| prose.tokens[i].span);
            let spoken_register = if trailing && !quotes_some {
                content
                    .clone()
                    .find(|&i| !quoted[i] && is_spoken_register(reader.word(i)))
                    .map(|i| prose.tokens[i].span)
            } else {
                None
            };
            reports.push(ReportedSpeech {
                attribution,
                content: reader.span(&content),
                after_content: after_content.map(|i| prose.tokens[i].span),
                trailing,
                voice,
                bracket: None,
                spoken_register,
            });
        }
    }
    attach_bracketed_openings(prose, reader, sentences, &mut reports);
    reports
}

/// A modal of possibility, obligation or the future between the speaker and the cue
/// ("can comment", "will announce", "may not say"): the saying has not happened.
/// "would" and "could" are left alone: they report past speech ("said it would",
/// "could not say whether").
fn speaks_in_prospect(reader: &Reader, speaker: &Range<usize>, cue: &Range<usize>) -> bool {
    speaker.end <= cue.start
        && (speaker.end..cue.start).any(|i| {
            matches!(
                reader.lower(i),
                "can"
                    | "cannot"
                    | "can't"
                    | "can’t"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "will"
                    | "won't"
                    | "won’t"
            )
        })
}

/// "spoke about her childhood", "commented on the design": the words after the cue name
/// what the speech was about, not what was said; "said on the radio that …" still says it.
fn names_only_a_topic(reader: &Reader, content: &Range<usize>) -> bool {
    matches!(reader.lower(content.start), "on" | "about" | "of" | "upon")
        && !content.clone().any(|i| !reader.quoted[i] && reader.lower(i) == "that")
}

/// How many tokens a listener after "told" may take ("told the city council,").
const LISTENER_REACH: usize = 6;

/// A "you" further into the speech than this many tokens is generic ("something you
/// would not know"), not the speaker addressing someone.
const SECOND_PERSON_REACH: usize = 3;

fn is_second_person(word: &str) -> bool {
    crate::text::tokens::with_lowercase(word, |lower| {
        matches!(lower, "you" | "your" | "yours" | "yourself" | "yourselves")
            || lower.starts_with("you'")
            || lower.starts_with("you’")
    })
}

fn is_first_person(word: &str) -> bool {
    is_first_or_second_person(word) && !is_second_person(word)
}

/// A headline or a title (the draft's structure decides: `text::structure`), whose
/// conventions ("Wash your hands, say scientists") are not those of body copy.
fn is_headline(prose: &Prose, sentence_index: usize) -> bool {
    let sentence = &prose.sentences[sentence_index];
    prose.paragraphs[sentence.paragraph].structure.part == crate::text::structure::Part::Headline
}

/// Whether the token is a first- or second-person word outside quotation marks that is
/// the speaker's voice (not "told us", not "World War I", not "our correspondent").
fn speaks_in_own_voice(reader: &Reader, index: usize, cue: &Range<usize>) -> bool {
    if reader.quoted[index] || reader.tokens[index].kind != TokenKind::Word {
        return false;
    }
    let word = reader.word(index);
    if !is_first_or_second_person(word) {
        return false;
    }
    // "told us", "asked me": the listener, not the speech.
    if index == cue.end && reader.is_listener_cue(cue) {
        return false;
    }
    if word == "I"
        && index > 0
        && reader.word(index - 1).starts_with(char::is_uppercase)
        && reader.tokens[index - 1].kind == TokenKind::Word
    {
        return false;
    }
    // "gave $2 million to Build Our Harbour", "a memoir, The Harbour Master: My Years
    // on the Pier": a capitalised "Our" or "My" in a run of capitalised words, not opening
    // the sentence, is part of a name or a title.
    if word != "I" && word.starts_with(char::is_uppercase) && inside_a_capitalised_run(reader, index) {
        return false;
    }
    // "as we know it", "as you can see": idiom, not a voice.
    if index > 0 && reader.lower(index - 1) == "as" {
        return false;
    }
    let next = reader.lower(index + 1);
    !(word.eq_ignore_ascii_case("our") && (HOUSE_VOICE.contains(&next) || next == "wikinews"))
}

/// Whether the word at `index` stands in a run of capitalised words inside its sentence:
/// after a capitalised word, or before one when a word or a mark other than a sentence's
/// end stands before it.
fn inside_a_capitalised_run(reader: &Reader, index: usize) -> bool {
    let capitalised = |i: usize| {
        reader.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && reader.word(i).starts_with(char::is_uppercase)
    };
    let Some(previous) = index.checked_sub(1) else { return false };
    let opens_a_sentence = matches!(reader.word(previous), "." | "!" | "?" | "\"" | "“" | "‘" | "'" | "(" | "—" | "–");
    capitalised(previous) || (!opens_a_sentence && capitalised(index + 1))
}

/// "…, the Senate announced it would meet": the cue introduces its own speech, so the
/// clause is not an attribution of what came before the comma.
fn cue_takes_a_clause(reader: &Reader, cue: &Range<usize>, speaker: &Range<usize>, bounds: &Range<usize>) -> bool {
    if speaker.start < cue.start && reader.is_listener_cue(cue) {
        // "…, he told the meeting, and …": the listener ends at a mark; "told the council
        // that …" takes its clause.
        let reach = bounds.end.min(cue.end + LISTENER_REACH);
        let listener_ends = (cue.end..reach)
            .find(|&i| matches!(reader.word(i), "," | "." | ";" | "—" | "–") || reader.lower(i) == "that")
            .is_some_and(|i| reader.lower(i) != "that");
        return !listener_ends;
    }
    if speaker.start < cue.start {
        let next = reader.lower(cue.end);
        return matches!(
            next,
            "that"
                | "it"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "there"
                | "the"
                | "a"
                | "an"
                | "this"
                | "its"
                | "his"
                | "her"
                | "their"
        );
    }
    false
}

/// "…, the mayor said." The speech is everything before the comma that opens the
/// attribution clause; returns its tokens and the comma's index.
fn trailing_content(reader: &Reader, bounds: &Range<usize>, clause_start: usize) -> Option<(Range<usize>, usize)> {
    if clause_start == bounds.start || bounds.end - clause_start > TRAILING_CLAUSE_TOKENS {
        return None;
    }
    let comma = clause_start - 1;
    if !matches!(reader.word(comma), "," | "—" | "–") || reader.quoted[comma] {
        return None;
    }
    // The clause must end the sentence: a cue clause followed by more speech is not trailing.
    let clause_words = (clause_start..bounds.end).filter(|&i| reader.word(i) == ",").count();
    if clause_words > 2 {
        return None;
    }
    let content = bounds.start..comma;
    (!content.is_empty()).then_some((content, comma))
}

/// "The mayor said [that] …." The speech runs from after the cue (and its listener) to the
/// end of the sentence; returns its tokens and the final mark's index.
fn leading_content(
    reader: &Reader,
    bounds: &Range<usize>,
    cue: &Range<usize>,
    speaker: &Range<usize>,
) -> Option<(Range<usize>, Option<usize>)> {
    let mut start = cue.end.max(speaker.end);
    if reader.lower(cue.start) == "according" {
        // "According to the ministry, …".
        start = speaker.end;
        if reader.word(start) != "," {
            return None;
        }
        start += 1;
    } else if reader.is_listener_cue(cue) {
        // Skip the listener: "told reporters [that]", "told the BBC".
        let that = (start..bounds.end.min(start + 6)).find(|&i| reader.lower(i) == "that");
        match that {
            Some(that) => start = that,
            None if matches!(
                reader.lower(start),
                "me" | "us" | "you" | "him" | "her" | "them" | "reporters" | "journalists"
            ) =>
            {
                start += 1
            }
            None => return None,
        }
    }
    // "said on Friday we will …": the time belongs to the saying, not to the speech.
    start = reader.after_time_phrase(start, bounds);
    if matches!(reader.word(start), ":" | ",") {
        start += 1;
    }
    // "Smith said, adding that …": the speech follows the second cue.
    if start < bounds.end && reader.cue_at(start, bounds).is_some() && reader.lower(start).ends_with("ing") {
        start += 1;
    }
    if reader.lower(start) == "that" {
        start += 1;
    }
    let mut end = bounds.end;
    let terminal = (end > start && matches!(reader.word(end - 1), "." | "!" | "?" | "…") && !reader.quoted[end - 1])
        .then(|| end - 1);
    if let Some(terminal) = terminal {
        end = terminal;
    }
    (end > start).then_some((start..end, terminal))
}

/// A sentence that opens with an editor's bracketed insertion ("[The plan] will save
/// lives") outside quotation marks is speech whose marks were lost; its attribution is in
/// the same sentence or the next one of the paragraph.
fn attach_bracketed_openings(prose: &Prose, reader: &Reader, sentences: Range<usize>, reports: &mut [ReportedSpeech]) {
    for index in sentences {
        let sentence = &prose.sentences[index];
        let first = sentence.tokens.start;
        if reader.word(first) != "[" || reader.quoted[first] {
            continue;
        }
        let Some(close) = (first + 1..sentence.tokens.end).find(|&i| reader.word(i) == "]") else { continue };
        if close == first + 1 {
            continue;
        }
        let bracket = ByteSpan::new(prose.tokens[first].span.start, prose.tokens[close].span.end);
        let next_in_paragraph =
            prose.sentences.get(index + 1).filter(|s| s.paragraph == sentence.paragraph).map(|s| s.span);
        let attributed = reports.iter().position(|r| r.trailing && sentence.span.overlaps(r.content)).or_else(|| {
            next_in_paragraph.and_then(|next| reports.iter().position(|r| r.trailing && next.contains(r.content.start)))
        });
        if let Some(position) = attributed {
            let report = &mut reports[position];
            report.content = ByteSpan::new(bracket.start, report.content.end);
            report.bracket = Some(bracket);
        }
    }
}
