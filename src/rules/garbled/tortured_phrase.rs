//! `garbled.tortured-phrase`: phrases produced by article spinners and machine translation
//! ("90-minute header" for a meeting, "bosom disease" for breast cancer).
//!
//! The lexicon is data (`data/tortured-phrases.tsv`, documented in `data/README.md`),
//! matched case-insensitively on word boundaries by one Aho-Corasick automaton. Phrases
//! no list has are found by `discovery`, which reverses a spinner's synonym swaps with
//! the compiled tables of `thesaurus` and the swaps the lexicon attests.

pub mod discovery;
pub mod thesaurus;

use crate::rules::Scope;
use crate::text::memo::Cutoff;
use std::borrow::Cow;
use std::sync::{Arc, LazyLock, Mutex};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::rules::local::ParagraphContext;
use crate::rules::{Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::settings::PhraseSettings;
use crate::text::{ByteSpan, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::GarbledTorturedPhrase,
    default_severity: Severity::Warning,
    summary: "A phrase that paraphrasing software or machine translation made of a plain term.",
    doc: RuleDoc {
        what: "Finds \"tortured phrases\": plain terms rewritten word by word by article spinners and machine translation (\"90-minute header\" for a 90-minute meeting, \"bosom disease\" for breast cancer, \"counterfeit consciousness\" for artificial intelligence). Two ways: a curated lexicon of known tortured phrases, each with its plain term (projects add phrases or allow some with `phrases.extra` and `phrases.allow`; a listed phrase that opens with a length of time matches any length, \"a three-hour header\"); and discovery of phrases no list has, by reversing the swap: for a run of two to five plain words (no name, no function word at either end, not a known term itself), it tries the words each word may stand for (WordNet 3.1 synonyms, Moby Thesaurus II's broader links, both also between the words' plurals, -ing and -ed forms, and the swaps the lexicon's entries attest, such as \"clergyman\" for \"minister\" or a paraphrase such as \"joined together\" for \"united\") and reports the phrase when the result is a known term (WordNet's and Wiktionary's multi-word terms and the lexicon's plain terms) and the phrase looks like a spinner's work: a swapped word is uncommon and much rarer than the word it stands for (word frequencies from wordfreq); a phrase reversed into a dictionary term has every word swapped (a term's function words, \"of\", \"against\", may stay); a Moby link counts only into one of the lexicon's plain terms, with every word swapped for a much rarer one (\"irregular woodland\" for \"random forest\"), or as the one swap, for a much rarer word, with the other words kept (\"insider exchanging\" for \"insider trading\"), or beside one of the lexicon's own swaps to an odd word, which vouches for a plain synonym of about the same frequency (\"bosom disease\" for \"breast cancer\"); only the lexicon's own swaps into its own terms may do without the frequency evidence (every word swapped, two of its swaps, or a paraphrase of more words than the word it stands for: \"psychological militant\" for \"terrorist\"); a hyphenated compound is reported when one part is swapped as the lexicon swaps it in another compound (\"semi-last\" for \"semi-final\"); a plural phrase is read back to a plural term only when that plural is a word (no \"domestic violences\"); and a two-word phrase that is a usual pair of English (a word pair of CMU Sphinx's US English language model, likelier than its words' own frequencies predict: \"senior pastor\", \"ultimate result\") is word choice and never reported. When several terms fit, the one reached by the fewest and best-attested swaps wins. The message names each swap (\"clergyman\" for \"minister\"); `phrases.allow` quiets a discovered phrase too.",
        why: "Tortured phrases are the fingerprint of spun or machine-translated copy: readers cannot decode them, and they signal that the text around them needs a full edit. Lists trail the spinners; discovery catches the swaps no list has yet.",
        example: "\"Statements released by Washington and Beijing after the 90-minute header were similar.\" / \"The prime clergyman said the talks were frank.\"",
        fix: "Use the plain phrase: \"after the 90-minute meeting\", \"the prime minister\".",
    },
    scope: Scope::Paragraph { each: check_paragraph, then: None },
};

const LEXICON_DATA: &str = include_str!("../../../data/tortured-phrases.tsv");

/// The floors of the leave-one-out test (percent of the curated list found with the right
/// fix, strict and with the known-term list kept whole); docs/accuracy.md has the measured
/// figures.
#[cfg(test)]
const MIN_LEAVE_ONE_OUT_PERCENT: usize = 33;
#[cfg(test)]
const MIN_LEAVE_ONE_OUT_KEPT_PERCENT: usize = 60;

/// Tortured phrases with their plain wording, and one automaton over them.
pub struct Lexicon {
    phrases: Vec<(String, String)>,
    automaton: Option<AhoCorasick>,
    /// The swaps and plain terms discovery learns from the list.
    swaps: discovery::Swaps,
    /// Phrases the project allows (`phrases.allow`), lowercase: discovery skips them too.
    allowed: Vec<String>,
    /// Entries that open with a length of time ("90-minute header"), as the rest of the
    /// phrase and of its plain term ("header", "meeting"): any length of time before the
    /// rest is the same spinner's work ("a three-hour header").
    after_duration: Vec<(String, String)>,
}

/// Whether a word is a length of time written as a compound: a cardinal number, in figures
/// or in words, joined to a unit ("90-minute", "three-hour", "two-day"); an ordinal
/// ("90th-minute", a football header's time) is not one.
fn is_duration(word: &str) -> bool {
    const UNITS: [&str; 6] = ["minute", "hour", "day", "week", "month", "year"];
    let Some((count, unit)) = word.rsplit_once('-') else { return false };
    let count_ok = (!count.is_empty() && count.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b','))
        || crate::text::lexicon::CARDINALS.iter().any(|number| number.eq_ignore_ascii_case(count));
    count_ok && UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit))
}

impl Lexicon {
    /// Parses `phrase<TAB>plain[<TAB>tag]` lines; `#` starts a comment.
    pub fn parse(data: &str) -> Vec<(String, String)> {
        data.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .filter_map(|line| {
                let mut columns = line.split('\t');
                let phrase = columns.next()?.trim();
                let plain = columns.next()?.trim();
                (!phrase.is_empty() && !plain.is_empty()).then(|| (phrase.to_lowercase(), plain.to_string()))
            })
            .collect()
    }

    pub fn new(mut phrases: Vec<(String, String)>, settings: &PhraseSettings) -> Self {
        let allowed: Vec<String> = settings.allow.iter().map(|p| p.trim().to_lowercase()).collect();
        phrases.retain(|(phrase, _)| !allowed.contains(phrase));
        for (phrase, plain) in &settings.extra {
            let phrase = phrase.trim().to_lowercase();
            if !phrase.is_empty() && !allowed.contains(&phrase) {
                phrases.push((phrase, plain.trim().to_string()));
            }
        }
        // A contiguous NFA: a DFA searched a little faster but took 3.3 MB and 5 ms to build
        // at every start (docs/performance.md), more than all its searches of a long draft.
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(phrases.iter().map(|(phrase, _)| phrase.as_str()))
            .ok();
        let swaps = discovery::Swaps::learn(&phrases);
        let after_duration = phrases
            .iter()
            .filter_map(|(phrase, plain)| {
                let (first, rest) = phrase.split_once(' ')?;
                let (plain_first, plain_rest) = plain.split_once(' ')?;
                (is_duration(first) && first.eq_ignore_ascii_case(plain_first))
                    .then(|| (rest.to_string(), plain_rest.to_string()))
            })
            .collect();
        Lexicon { phrases, automaton, swaps, allowed, after_duration }
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// (span, plain wording) for every match on word boundaries.
    pub fn find<'l>(&'l self, text: &str) -> Vec<(ByteSpan, Cow<'l, str>)> {
        let Some(automaton) = &self.automaton else { return Vec::new() };
        // Line breaks and tabs inside a phrase count as spaces (same byte length); most
        // paragraphs have none and are searched as they are, without a copy.
        let is_break = |b: &u8| matches!(b, b'\n' | b'\r' | b'\t');
        let haystack: std::borrow::Cow<[u8]> = if text.as_bytes().iter().any(is_break) {
            text.bytes().map(|b| if is_break(&b) { b' ' } else { b }).collect::<Vec<u8>>().into()
        } else {
            text.as_bytes().into()
        };
        // A hyphen binds: "device learning" must not match inside "on-device learning".
        let is_word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80 || b == b'-';
        let bounded = |start: usize, end: usize| {
            (start == 0 || !is_word_byte(haystack[start - 1]))
                && (end == haystack.len() || !is_word_byte(haystack[end]))
        };
        let mut found: Vec<(ByteSpan, Cow<'l, str>)> = automaton
            .find_iter(&*haystack)
            .filter(|m| bounded(m.start(), m.end()))
            .map(|m| {
                (ByteSpan::new(m.start(), m.end()), Cow::Borrowed(self.phrases[m.pattern().as_usize()].1.as_str()))
            })
            .collect();
        // Another length of time before an entry's rest: "a three-hour header".
        for (rest, plain_rest) in &self.after_duration {
            let rest = rest.as_bytes();
            for at in 1..haystack.len().saturating_sub(rest.len() - 1) {
                let end = at + rest.len();
                if haystack[at - 1] != b' ' || !haystack[at..end].eq_ignore_ascii_case(rest) || !bounded(at, end) {
                    continue;
                }
                let start = haystack[..at - 1].iter().rposition(|&b| !is_word_byte(b)).map_or(0, |i| i + 1);
                let Ok(duration) = std::str::from_utf8(&haystack[start..at - 1]) else { continue };
                let span = ByteSpan::new(start, end);
                if is_duration(duration) && !found.iter().any(|(other, _)| other.overlaps(span)) {
                    found.push((span, Cow::Owned(format!("{duration} {plain_rest}"))));
                }
            }
        }
        found.sort_by_key(|(span, _)| span.start);
        found
    }
}

static DEFAULT_LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(Lexicon::parse(LEXICON_DATA), &PhraseSettings::default()));

/// The built-in lexicon, shared by every analysis that does not change it.
pub fn default_lexicon() -> &'static Lexicon {
    &DEFAULT_LEXICON
}

/// The lexicon built for a project's phrase settings, kept in the document's memo: building
/// one costs milliseconds, settings change far less often than drafts, and the settings in
/// force are shared, so finding it again is a pointer comparison.
pub(crate) type LexiconMemo = Cutoff<Arc<PhraseSettings>, Arc<Lexicon>>;

/// The lexicon for a project's phrase settings.
fn lexicon_for(memo: &Mutex<LexiconMemo>, settings: &Arc<PhraseSettings>) -> Arc<Lexicon> {
    let mut memo = memo.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let same = |a: &Arc<PhraseSettings>, b: &Arc<PhraseSettings>| Arc::ptr_eq(a, b) || a == b;
    memo.get_or(Arc::clone(settings), same, |settings| Arc::new(Lexicon::new(Lexicon::parse(LEXICON_DATA), settings)))
}

fn check_paragraph(context: &ParagraphContext, findings: &mut Vec<Finding>) {
    let custom;
    let lexicon = if *context.settings.phrases == PhraseSettings::default() {
        default_lexicon()
    } else {
        custom = lexicon_for(&context.memo.phrases, &context.settings.phrases);
        &*custom
    };
    let base = context.paragraph.span.start;
    let paragraph_text = context.text.get(base..).unwrap_or("");
    let sentences = context.sentences;
    let starts_sentence = |span: ByteSpan| sentences.iter().any(|sentence| sentence.span.start == span.start);
    let listed: Vec<(ByteSpan, Cow<str>)> = lexicon
        .find(paragraph_text)
        .into_iter()
        .map(|(span, plain)| (ByteSpan::new(span.start + base, span.end + base), plain))
        .collect();
    for (span, plain) in &listed {
        let (span, plain) = (*span, plain.as_ref());
        let written = span.slice(context.text);
        let replacement = if starts_sentence(span) { capitalise(plain) } else { plain.to_string() };
        findings.push(
            Finding::of(
                RuleId::GarbledTorturedPhrase,
                span,
                format!("\"{written}\" is a tortured phrase: the plain term is \"{plain}\"."),
            )
            .with_fix(Fix::replace(format!("Write \"{replacement}\""), span, replacement)),
        );
    }
    for sentence in sentences {
        discover_in_sentence(context, lexicon, sentence, &listed, findings);
    }
}

/// Discovery (`discovery`) over one sentence's words, outside the phrases the list matched.
fn discover_in_sentence(
    context: &ParagraphContext,
    lexicon: &Lexicon,
    sentence: &crate::text::Sentence,
    listed: &[(ByteSpan, Cow<str>)],
    findings: &mut Vec<Finding>,
) {
    let tokens = context.tokens.get(sentence.tokens.clone()).unwrap_or(&[]);
    let mut spans = Vec::new();
    let mut lowers = Vec::new();
    let mut shapes = Vec::new();
    let mut previous_was_word = false;
    for token in tokens {
        if !matches!(token.kind, TokenKind::Word | TokenKind::Number) {
            previous_was_word = false;
            continue;
        }
        let text = token.text(context.text);
        let blocked = !discovery::is_plain_word(text, spans.is_empty());
        spans.push(token.span);
        lowers.push(if text.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(text.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(text)
        });
        shapes.push((previous_was_word && !token.newline_before, blocked));
        previous_was_word = true;
    }
    let words: Vec<discovery::Word> = lowers
        .iter()
        .zip(&shapes)
        .map(|(lower, &(joined, blocked))| discovery::Word { lower, joined, blocked })
        .collect();
    for (first, end, reversal) in discovery::find(&words, &lexicon.swaps) {
        let span = ByteSpan::new(spans[first].start, spans[end - 1].end);
        if listed.iter().any(|(other, _)| other.start < span.end && span.start < other.end) {
            continue;
        }
        let written = span.slice(context.text);
        if lexicon.allowed.iter().any(|allowed| allowed.eq_ignore_ascii_case(written)) {
            continue;
        }
        let term = &reversal.term;
        let replacement = if spans[first].start == sentence.span.start { capitalise(term) } else { term.clone() };
        findings.push(
            Finding::of(
                RuleId::GarbledTorturedPhrase,
                span,
                format!(
                    "\"{written}\" reads like a tortured phrase: {}; the usual term is \"{term}\".",
                    reversal.evidence()
                ),
            )
            .with_fix(Fix::replace(format!("Write \"{replacement}\""), span, replacement)),
        );
    }
}

fn capitalise(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{fixed, flagged};

    const CODE: &str = "garbled.tortured-phrase";

    #[test]
    fn the_lexicon_parses_and_is_substantial() {
        let phrases = Lexicon::parse(LEXICON_DATA);
        assert!(phrases.len() >= 100, "{}", phrases.len());
        assert!(phrases.iter().all(|(phrase, plain)| phrase.contains([' ', '-']) && !plain.is_empty()));
    }

    #[test]
    fn flags_news_spinner_phrases() {
        let draft = "Statements after the 90-minute header were similar. The Japan Times, in its op-ed on the Telecom Marathon, agreed. She fought bosom disease.";
        assert_eq!(flagged(CODE, draft), ["90-minute header", "Telecom Marathon", "bosom disease"]);
    }

    #[test]
    fn any_length_of_time_before_a_listed_rest_is_the_same_swap() {
        let draft = "After a three-hour header the board voted. A 45-minute header followed.";
        assert_eq!(flagged(CODE, draft), ["three-hour header", "45-minute header"]);
        assert_eq!(fixed(CODE, "It was a two-day header."), "It was a two-day meeting.");
        // A football header's minute is an ordinal, and a header alone is a header.
        for draft in ["He scored with a 90th-minute header.", "A late header won it.", "The page header was blank."] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn matches_on_word_boundaries_only() {
        assert_eq!(flagged(CODE, "The 190-minute headers were fine."), Vec::<String>::new());
        assert_eq!(flagged(CODE, "A pre-90-minute header and a 90-minute header-to-be."), Vec::<String>::new());
    }

    #[test]
    fn the_fix_uses_the_plain_phrase() {
        let result = fixed(CODE, "Bosom disease is common.");
        assert!(result.starts_with("Breast cancer") || result.starts_with("Breast"), "{result}");
    }

    #[test]
    fn settings_add_and_allow_phrases() {
        let mut settings = PhraseSettings::default();
        settings.extra.insert("hungry pangs".into(), "hunger".into());
        settings.allow.push("bosom disease".into());
        let lexicon = Lexicon::new(Lexicon::parse(LEXICON_DATA), &settings);
        let found: Vec<String> =
            lexicon.find("bosom disease and hungry pangs").into_iter().map(|(_, plain)| plain.into_owned()).collect();
        assert_eq!(found, ["hunger"]);
    }

    /// Leave-one-out over the curated list: each entry is removed (its phrase, the swaps
    /// it attests and its plain term), put in a sentence, and discovery must find it with
    /// the entry's plain term as the fix. Returns (entries, found, found with the right fix).
    pub(super) fn leave_one_out(keep_plain_terms: bool) -> (usize, usize, usize) {
        let phrases = Lexicon::parse(LEXICON_DATA);
        let (mut found, mut fixed) = (0, 0);
        for (left_out, (phrase, plain)) in phrases.iter().enumerate() {
            let others: Vec<(String, String)> =
                phrases.iter().enumerate().filter(|&(i, _)| i != left_out).map(|(_, entry)| entry.clone()).collect();
            let mut swaps = discovery::Swaps::learn(&others);
            if keep_plain_terms {
                swaps.know(plain);
            }
            let sentence = format!("officials said the {phrase} was discussed on tuesday");
            let words: Vec<discovery::Word> = sentence
                .split(' ')
                .map(|lower| discovery::Word { lower, joined: true, blocked: !discovery::is_plain_word(lower, false) })
                .collect();
            let phrase_words = phrase.split(' ').count();
            let hits = discovery::find(&words, &swaps);
            let exact = hits.iter().find(|(start, end, _)| *start == 3 && *end == 3 + phrase_words);
            if std::env::var("LOO_MISSES").is_ok() && exact.is_none_or(|(_, _, r)| !r.term.eq_ignore_ascii_case(plain))
            {
                eprintln!("MISS {keep_plain_terms} {phrase} => {plain} | {:?}", exact.map(|(_, _, r)| &r.term));
            }
            if let Some((_, _, reversal)) = exact {
                found += 1;
                if reversal.term.eq_ignore_ascii_case(plain) {
                    fixed += 1;
                }
            }
        }
        (phrases.len(), found, fixed)
    }

    #[test]
    fn discovery_finds_left_out_entries_of_the_curated_list() {
        let (entries, found, fixed) = leave_one_out(false);
        eprintln!("leave-one-out: {entries} entries, {found} found, {fixed} with the right fix");
        let (_, kept_found, kept_fixed) = leave_one_out(true);
        eprintln!("leave-one-out, plain terms kept: {kept_found} found, {kept_fixed} with the right fix");
        assert!(entries >= 400);
        assert!(fixed * 100 >= entries * MIN_LEAVE_ONE_OUT_PERCENT, "{fixed} of {entries}");
        assert!(kept_fixed * 100 >= entries * MIN_LEAVE_ONE_OUT_KEPT_PERCENT, "{kept_fixed} of {entries}, kept whole");
    }

    #[test]
    fn discovery_flags_unlisted_swaps_and_explains_them() {
        let draft = "The prime clergyman met the press. Officials feared a woodland fire.";
        assert_eq!(flagged(CODE, draft), ["prime clergyman"]);
        assert_eq!(fixed(CODE, "The prime clergyman met the press."), "The prime minister met the press.");
    }

    #[test]
    fn an_allowed_phrase_is_not_discovered_either() {
        let mut settings = crate::settings::Settings::default();
        let mut phrases = PhraseSettings::default();
        phrases.allow.push("Prime Clergyman".into());
        settings.phrases = Arc::new(phrases);
        let draft = "The prime clergyman met the press.";
        assert_eq!(crate::rules::testing::flagged_with(CODE, draft, &settings), Vec::<String>::new());
    }

    #[test]
    fn discovery_stays_quiet_on_ordinary_phrases() {
        for draft in [
            "The semi-annual report and the last-minute deal were both late.",
            "Psychological warfare was the militant group's tool.",
            "Officials expressed deep concern about the talks.",
            "It was a choice of words she regretted.",
            "The servers hold huge amounts of data.",
            "Monetary policy and religious liberty were debated by the national security adviser.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
