//! `spelling.unknown-word`: a word the dictionary does not know and the draft does not
//! explain (a name it uses, a term it keeps using, a word the project lists).

use crate::rules::Scope;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::hash::{BuildHasher, BuildHasherDefault};
use std::sync::Arc;

use super::candidates::{DraftWords, Memo, UnknownWord};
use super::dictionary::{Edits, has_neighbour, is_known, is_slip_of_a_day_or_month};
use super::terms::{self, term_key, with_term_key, without_possessive};
use crate::analysis::Facts;
use crate::rules::{Confidence, Context, Finding, Rule, RuleDoc, RuleId, Severity};
use crate::settings::{Dialect, Settings};
use crate::text::memo::Cutoff;
use crate::text::{ByteSpan, Prose, Token};

pub const RULE: Rule = Rule {
    id: RuleId::SpellingUnknownWord,
    default_severity: Severity::Warning,
    summary: "A word that is not in the dictionary and not one of the draft's names (\"goverment\").",
    doc: RuleDoc {
        what: "Looks up every word of the prose in SCOWL's dictionary for the `spelling.dialect` setting (en-US, en-GB, or either when unset; size 60, and the rarer words of sizes 70 and 80 that news copy uses: \"defund\", \"adoptees\") and reports a word that is not there and that the draft does not explain: a name of the story's cast (people, organisations, places) or its possessive, a word of the project's `words` or `names`, or a term the draft uses three times or more and always spells the same way (no word of the draft is one letter from it). A slip of a common word (two letters swapped, one dropped, added or changed: \"goverment\", \"recieve\") is a warning; a word far from every dictionary word (a foreign word, jargon) is reported one level lower, and not at all when capitalised, since it then names something. A capitalised word is checked only when the cast does not take it for a name (\"Wednesady\" opening a sentence; a weekday's or month's slip anywhere). Acronyms, numbers with units (\"5km\", \"3.5%\"), web and e-mail addresses, handles and hashtags, code and link targets are not words; contractions, possessives, accents (\"café\", \"Gdańsk\") and compounds whose parts are words (\"well-known\", \"Sino-US\", \"crewmembers\") are. Sentences in another language, foreign phrases (\"de facto\", \"en masse\", and the phrases English borrowed whole: \"in vitro\", \"persona non grata\"), prefixes written as words or with a hyphen (\"cyber\", \"pre-empt\"), a word cut by a line-break hyphen (\"delib- erately\"), products and handles written in lowercase (\"ffmpeg\", \"npm\": no vowel, or consonants no English word opens with) and species names (\"E. coli\") are left alone. A slip inside a quotation is reported one level lower: it may be the speaker's.",
        why: "A misspelt word is the first thing readers notice; a checker that also flags every name in the story gets switched off, so this one leaves the draft's names alone.",
        example: "\"The goverment will recieve the report on Wednesady.\"",
        fix: "Pick a suggestion from the quick fixes (the command line lists them too), or add the word to the project's `words` list.",
    },
    scope: Scope::Document(check),
};

/// How often a word the dictionary does not know must recur, spelt the same way, to be
/// taken for the draft's own term ("fursuit", "flickr").
const TERM_USES: usize = 3;

fn check(context: &Context) -> Vec<Finding> {
    let dialect = context.settings.spelling.dialect;
    let mut memo = context.memo.spelling.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let memo = &mut *memo;
    let mut words = super::candidates::read(context.prose, dialect, memo);
    let mut unknown = std::mem::take(&mut words.unknown);
    if unknown.is_empty() {
        return Vec::new();
    }
    let draft = context.draft;
    let is_name_word = names_of_the_cast(context.facts);
    // A draft repeats its names: each distinct one is judged once.
    let mut names: HashMap<&str, bool> = HashMap::default();
    unknown.retain(|unknown| {
        let stem = without_possessive(unknown.span.slice(draft));
        let not_a_name = *names.entry(stem).or_insert_with(|| is_slip_of_a_day_or_month(stem) || !is_name_word(stem));
        not_a_name && !is_listed(context.settings, unknown.span.slice(draft), stem)
    });
    let spans: Vec<ByteSpan> = unknown.iter().map(|unknown| unknown.span).collect();
    let foreign = foreign_sentences(context.prose, &spans);
    let runs = foreign_runs(context.prose, &spans, dialect, memo);
    let terms = consistent_terms(context.prose, draft, &spans, &words, &mut memo.terms);
    let mut findings = Vec::new();
    for UnknownWord { span, in_prose } in unknown {
        let word = span.slice(draft);
        if terms.contains(term_key(word).as_ref())
            || context.prose.sentence_at(span.start).is_some_and(|sentence| foreign.contains(&sentence))
            || is_in_foreign_phrase_or_name(context.prose, span, dialect)
            || runs.contains(&span.start)
        {
            continue;
        }
        let quoted = context.facts.quotes.contains(span.start);
        let slip = in_prose && memo.is_slip(dialect, without_possessive(word));
        let capitalised = word.starts_with(char::is_uppercase);
        if !slip && !capitalised && is_product_shaped(word) {
            continue;
        }
        // A word far from every dictionary word is a foreign word, a term or a name more
        // often than a slip: worth a look (one level lower), never in a quotation, never
        // when capitalised (the name of something the draft does not introduce).
        let confidence = match (slip, quoted) {
            (true, false) => Confidence::High,
            (true, true) => Confidence::Low,
            (false, false) if !capitalised => Confidence::Low,
            (false, _) => continue,
        };
        let advice = if slip { "check the spelling" } else { "check it, or add it to the project's words" };
        let message = format!("\"{word}\" is not in the {} dictionary: {advice}.", dictionary_name(dialect));
        findings.push(Finding::of(RuleId::SpellingUnknownWord, span, message).with_confidence(confidence));
    }
    findings
}

/// Consonants that open English words ("bl", "str"): a word that opens with other
/// consonants, or has no vowel, is shaped like a product's or a handle's name.
const ENGLISH_ONSETS: &[&str] = &[
    "bl", "br", "ch", "chr", "cl", "cr", "dr", "dw", "fl", "fr", "gh", "gl", "gn", "gr", "kh", "kl", "kn", "kr", "ph",
    "phr", "pl", "pr", "ps", "pt", "rh", "sc", "sch", "scr", "sh", "shr", "sk", "sl", "sm", "sn", "sp", "sph", "spl",
    "spr", "sq", "squ", "st", "str", "sw", "th", "thr", "tr", "ts", "tw", "wh", "wr", "zh",
];

/// "ffmpeg", "wget", "npm": a lowercase word no English word is shaped like (no vowel, or
/// consonants no English word opens with), far from every dictionary word: a product,
/// a project or a handle, written once or many times, not a misspelling.
fn is_product_shaped(word: &str) -> bool {
    if !word.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let onset: String = word.chars().take_while(|&c| !vowel(c)).collect();
    onset.len() == word.len() || (onset.len() >= 2 && !ENGLISH_ONSETS.contains(&onset.as_str()))
}

/// Sentences in another language: three words or more the dictionary does not know,
/// a quarter of the sentence's words or more ("Paris pleure les siens cet après-midi").
fn foreign_sentences(prose: &Prose, unknown: &[ByteSpan]) -> HashSet<usize> {
    let mut per_sentence: HashMap<usize, usize> = HashMap::default();
    for span in unknown {
        if let Some(sentence) = prose.sentence_at(span.start) {
            *per_sentence.entry(sentence).or_default() += 1;
        }
    }
    per_sentence
        .into_iter()
        .filter(|&(sentence, count)| {
            let words = prose.sentence_tokens(&prose.sentences[sentence]).iter().filter(|t| t.is_word()).count();
            count >= 3 && count * 4 >= words
        })
        .map(|(sentence, _)| sentence)
        .collect()
}

/// Runs of two or more lowercase unknown words side by side (spaces only between), at
/// least half of them no slip of an English word: a phrase in another language ("sua
/// sponte", "ni hao"), not a string of misspellings ("teh goverment" is two slips). The
/// starts of the runs' words.
fn foreign_runs(prose: &Prose, unknown: &[ByteSpan], dialect: Option<Dialect>, memo: &mut Memo) -> HashSet<usize> {
    let text = prose.text.as_str();
    let lowercase = |span: &ByteSpan| span.slice(text).starts_with(char::is_lowercase);
    let mut found = HashSet::default();
    let mut run: Vec<ByteSpan> = Vec::new();
    let mut close = |run: &mut Vec<ByteSpan>| {
        let slips = run.iter().filter(|span| memo.is_slip(dialect, without_possessive(span.slice(text)))).count();
        if run.len() >= 2 && slips * 2 <= run.len() {
            found.extend(run.iter().map(|span| span.start));
        }
        run.clear();
    };
    for span in unknown.iter().filter(|span| lowercase(span)) {
        let index = prose.token_at_or_after(span.start);
        let follows = run.last().is_some_and(|last| {
            prose.token_at_or_after(last.start) + 1 == index && prose.tokens.get(index).is_some_and(|t| t.space_before)
        });
        if !follows {
            close(&mut run);
        }
        run.push(*span);
    }
    close(&mut run);
    found
}

/// Function words of the languages news copy quotes most ("de facto", "en masse").
const FOREIGN_FUNCTION_WORDS: &[&str] =
    &["de", "del", "della", "des", "du", "en", "el", "la", "le", "les", "los", "las", "et", "di", "da", "dos", "das"];

/// A word beside a foreign function word ("de facto", "en masse", "hasta el"), a species
/// name after its genus ("E. coli", "Porites cylindrica"), lowercase between two
/// capitalised words (a particle: "Arnel dela Vega", "Rue des Soubirous") or closing a
/// name ("the Rue nationale."), or capitalised
/// beside another capitalised word (a name the cast did not take up, as in a caption:
/// "Hermoine Granger").
fn is_in_foreign_phrase_or_name(prose: &Prose, span: ByteSpan, dialect: Option<Dialect>) -> bool {
    let index = prose.token_at_or_after(span.start);
    let before = index.checked_sub(1).and_then(|at| prose.tokens.get(at));
    let after = prose.tokens.get(index + 1);
    let text = |token: &Token| token.text(&prose.text);
    let word = |token: Option<&Token>| token.filter(|t| t.is_word()).map(text);
    let capitalised = |token: Option<&Token>| word(token).is_some_and(|w| w.starts_with(char::is_uppercase));
    let foreign = |token: Option<&Token>| {
        word(token).is_some_and(|w| FOREIGN_FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
    };
    if foreign(before) || foreign(after) {
        return true;
    }
    let lowercase = !span.slice(&prose.text).starts_with(char::is_uppercase);
    let genus_initial = before.is_some_and(|t| t.is_punct(&prose.text, '.'))
        && index
            .checked_sub(2)
            .and_then(|at| word(prose.tokens.get(at)))
            .is_some_and(|w| w.len() == 1 && w.starts_with(char::is_uppercase));
    let genus = capitalised(before) && word(before).is_some_and(|w| !is_known(dialect, w));
    // "the Rue nationale.": a name that ends in a lowercase word, as French and Spanish
    // names do; the capital before it does not open the sentence.
    let opens_sentence = |at: usize| {
        prose.sentence_at(prose.tokens[at].span.start).is_some_and(|s| prose.sentences[s].tokens.start == at)
    };
    let name_ends_lowercase = capitalised(before) && word(after).is_none() && !opens_sentence(index - 1);
    // "Joel B. Pollak": a surname after a middle initial, which opens no sentence.
    let after_an_initial = genus_initial
        && index
            .checked_sub(3)
            .and_then(|at| word(prose.tokens.get(at)))
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    (lowercase && (genus_initial || genus || name_ends_lowercase || (capitalised(before) && capitalised(after))))
        || (!lowercase && (capitalised(before) || capitalised(after) || after_an_initial))
}

/// Terms of the draft's own: an unknown word used `TERM_USES` times or more, and always
/// the same way: no word of the draft is one letter away from it ("goverment" three times
/// beside one "government" is three slips).
fn consistent_terms(
    prose: &Prose,
    draft: &str,
    unknown: &[ByteSpan],
    words: &DraftWords,
    memo: &mut Cutoff<Vec<String>, Arc<TermNeighbours>>,
) -> HashSet<String> {
    let mut uses: HashMap<String, usize> = HashMap::default();
    for span in unknown {
        *uses.entry(term_key(span.slice(draft)).into_owned()).or_default() += 1;
    }
    uses.retain(|_, count| *count >= TERM_USES);
    if uses.is_empty() {
        return HashSet::default();
    }
    let mut terms: Vec<String> = uses.into_keys().collect();
    terms.sort_unstable();
    let neighbours = memo.get_or(terms, PartialEq::eq, |terms| TermNeighbours::of(terms.clone()));
    // Which terms a paragraph's words are one letter from depends on the paragraph and the
    // terms only: after a keystroke, the paragraphs not edited answer from memory.
    let mut near_a_word = vec![false; neighbours.terms.len()];
    words.answers(
        neighbours.fingerprint,
        |paragraph, keys| neighbours.near_in(prose, paragraph, keys),
        |near| near.iter().for_each(|&index| near_a_word[index as usize] = true),
    );
    neighbours.terms.iter().zip(near_a_word).filter(|(_, near)| !near).map(|(term, _)| term.clone()).collect()
}

/// A draft's candidate terms with their one-letter neighbours, by hash: a few hundred per
/// term, where the draft has thousands of words.
pub(super) struct TermNeighbours {
    /// Sorted.
    terms: Vec<String>,
    /// A hash of `terms`.
    fingerprint: u64,
    neighbours: HashMap<u64, Vec<usize>>,
    /// Only words of about a term's length (give or take a letter, a plural and a
    /// possessive) can be one letter from it.
    lengths: std::ops::RangeInclusive<usize>,
}

const TERM_EDITS: Edits = Edits { keep_first: false, added: true, changed: true, last_dropped: true };

impl TermNeighbours {
    /// The neighbours of `terms` (the document's memo keeps them while the terms stay
    /// the same: a keystroke rarely changes them).
    fn of(terms: Vec<String>) -> Arc<TermNeighbours> {
        let mut neighbours: HashMap<u64, Vec<usize>> = HashMap::default();
        for (index, term) in terms.iter().enumerate() {
            has_neighbour(term, TERM_EDITS, |variant| {
                let listed = neighbours.entry(terms::hash(variant)).or_default();
                if listed.last() != Some(&index) {
                    listed.push(index);
                }
                false
            });
        }
        let shortest = terms.iter().map(String::len).min().unwrap_or(0).saturating_sub(1);
        let longest = terms.iter().map(String::len).max().unwrap_or(0) + 4;
        let fingerprint = BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(&terms);
        Arc::new(TermNeighbours { terms, fingerprint, neighbours, lengths: shortest..=longest })
    }

    /// The terms a word of paragraph `paragraph` is one letter from. Its distinct word
    /// keys (hashed when the paragraph was first read) are looked up among the
    /// neighbours, and only a paragraph with a match is read again, word by word.
    fn near_in(&self, prose: &Prose, paragraph: usize, keys: &[(u64, u32)]) -> Box<[u32]> {
        let fits = |length: usize| self.lengths.contains(&length);
        let matched = keys.iter().any(|&(key, length)| fits(length as usize) && self.neighbours.contains_key(&key));
        let Some(paragraph) = prose.paragraphs.get(paragraph).filter(|_| matched) else { return Box::default() };
        let mut near = Vec::new();
        for token in &prose.tokens[paragraph.tokens.clone()] {
            if !token.is_word() || !fits(token.span.len()) {
                continue;
            }
            with_term_key(token.text(&prose.text), |key| {
                for &index in self.neighbours.get(&terms::hash(key)).into_iter().flatten() {
                    let index = index as u32;
                    if !near.contains(&index)
                        && has_neighbour(&self.terms[index as usize], TERM_EDITS, |variant| variant == key)
                    {
                        near.push(index);
                    }
                }
            });
        }
        near.into()
    }
}

fn dictionary_name(dialect: Option<Dialect>) -> &'static str {
    dialect.map_or("English", Dialect::as_str)
}

/// The one question this rule asks the cast: is a word part of a name the draft uses?
fn names_of_the_cast(facts: &Facts) -> impl Fn(&str) -> bool + '_ {
    |word| facts.cast.is_name_word(word)
}

/// In the project's `words` (a lowercase entry in any capitalisation) or one of the
/// `names` the newsroom spells its own way.
fn is_listed(settings: &Settings, word: &str, stem: &str) -> bool {
    let matches = |listed: &str| {
        listed == word
            || listed == stem
            || (!listed.contains(char::is_uppercase)
                && (listed == word.to_lowercase() || listed == stem.to_lowercase()))
    };
    settings.words.iter().any(|listed| matches(listed))
        || settings
            .names
            .iter()
            .flat_map(|known| std::iter::once(known.name()).chain(known.aliases().iter().map(String::as_str)))
            .flat_map(str::split_whitespace)
            .any(|listed| listed == stem)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{flagged, flagged_with};
    use crate::settings::{Dialect, KnownName, Settings, SpellingSettings};

    const CODE: &str = "spelling.unknown-word";

    #[test]
    fn flags_the_classic_slips() {
        let draft = "Wednesady was quiet. The goverment will recieve the report then.";
        assert_eq!(flagged(CODE, draft), ["Wednesady", "goverment", "recieve"]);
        let compound = "A knife-weilding man fled.";
        assert_eq!(reported(compound, &Settings::default()), [("knife-weilding".to_string(), "warning")]);
        // Capitalised mid-sentence like a name, a weekday's slip is still a slip.
        assert_eq!(flagged(CODE, "The vote is on Wednesady, not in Febuary."), ["Wednesady", "Febuary"]);
        let checked = crate::rules::testing::findings(draft, crate::text::Language::PlainText, &Settings::default());
        let finding = checked.iter().find(|f| f.code.as_str() == CODE).expect("a finding");
        assert_eq!(finding.message, "\"Wednesady\" is not in the English dictionary: check the spelling.");
        assert!(finding.fixes.is_empty(), "suggestions are computed when asked for, not while checking");
    }

    #[test]
    fn the_dialect_decides_american_and_british_spelling() {
        let draft = "The colour of the theater was a favorite of the organisers.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "unset, either spelling will do");
        let american = Settings { spelling: SpellingSettings { dialect: Some(Dialect::EnUs) }, ..Settings::default() };
        assert_eq!(flagged_with(CODE, draft, &american), ["colour", "organisers"]);
        let british = Settings { spelling: SpellingSettings { dialect: Some(Dialect::EnGb) }, ..Settings::default() };
        assert_eq!(flagged_with(CODE, draft, &british), ["theater", "favorite"]);
    }

    #[test]
    fn words_as_news_copy_writes_them_are_not_slips() {
        let draft = "Officials didn’t say whether Obama's well-known café in Gdańsk, a COVID-19 site, hosted Sino-US talks. \
             Turnout rose 3.5% to 5km of queues, per https://example.com/turnuot and press@exampel.org. \
             Follow @newsdesk and #electionnight. The MPs' vote was the 21st.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
    }

    #[test]
    fn foreign_sentences_phrases_and_particles_are_not_english_slips() {
        let draft = "Paris pleure les siens cet après-midi, said the mayor. Penguins return en masse. Seré gobernador hasta el lunes. \
             It is the de facto leader. E. coli spread, as did Porites cylindrica. Editor Dana K. Pollak wrote. Arnel dela Vega spoke on the Rue des Soubirous, not the Rue nationale. Hermoine Granger came.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
    }

    #[test]
    fn a_run_of_foreign_words_is_not_a_string_of_misspellings() {
        let draft = "The judge acted sua sponte on Monday, the clerk said after the hearing in the county court.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        // Two slips side by side are two slips.
        let draft = "The mayor said teh goverment would act on Monday after the hearing in the county court.";
        assert_eq!(flagged(CODE, draft), ["teh", "goverment"]);
    }

    #[test]
    fn code_and_link_targets_in_markdown_are_not_prose() {
        let draft = "Run `recieve_all` and see [the docs](https://example.com/goverment-recieve).\n";
        let checked = crate::rules::testing::findings(draft, crate::text::Language::Markdown, &Settings::default());
        assert!(checked.iter().all(|f| f.code.as_str() != CODE), "{:?}", checked);
    }

    #[test]
    fn the_casts_names_are_never_flagged_and_a_slip_of_one_is_a_name_variant_once() {
        let draft = "Dana Marchetti, the mayor of Port Elm, spoke. Marchetti’s plan won. Marchetti said so. \
             Later, Marchettti added a caveat. Thornbury residents cheered Ricciardelli.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        assert_eq!(flagged("name.variant", draft), ["Marchettti"]);
    }

    /// (flagged text, severity) of this rule's findings.
    fn reported(draft: &str, settings: &Settings) -> Vec<(String, &'static str)> {
        let checked = crate::rules::testing::findings(draft, crate::text::Language::PlainText, settings);
        checked
            .iter()
            .filter(|f| f.code.as_str() == CODE)
            .map(|f| (f.span.slice(draft).to_string(), f.severity.as_str()))
            .collect()
    }

    #[test]
    fn a_word_far_from_every_dictionary_word_is_worth_a_look_unless_the_draft_keeps_using_it() {
        let once = "The moai stood on the ahu platform.";
        let expected = [("moai".to_string(), "info"), ("ahu".to_string(), "info")];
        assert_eq!(reported(once, &Settings::default()), expected);
        let draft = "The moai stood. Each moai faced inland. Moai were carved from stone.";
        assert_eq!(reported(draft, &Settings::default()), []);
        // Capitalised, it is the name of something; quoted, it is the speaker's word.
        assert_eq!(reported("Moai tours cost more. \"The moai are ours,\" she said.", &Settings::default()), []);
    }

    #[test]
    fn a_product_written_in_lowercase_once_is_a_name_and_a_slip_is_still_a_slip() {
        let draft = "The clip was converted with ffmpeg, fetched with wget and published with npm.";
        assert_eq!(reported(draft, &Settings::default()), []);
        // Shaped like English, a word far from the dictionary is still worth a look; a
        // slip is a slip whatever its shape.
        let draft = "The goverment said on Monday that it would use new tchnology to move the moai to the museum.";
        let expected =
            [("goverment".to_string(), "warning"), ("tchnology".to_string(), "warning"), ("moai".to_string(), "info")];
        assert_eq!(reported(draft, &Settings::default()), expected);
    }

    #[test]
    fn the_drafts_own_terms_and_the_projects_words_are_accepted() {
        // Used three times the same way, a word is the draft's term, even one letter from
        // a dictionary word; beside that dictionary word, it is a slip each time.
        let draft = "The fursuit was hot. A fursuit costs more. Each fursuit is handmade.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        let draft = "The goverment fell. The goverment rose. The goverment stayed. The government won.";
        assert_eq!(flagged(CODE, draft), ["goverment", "goverment", "goverment"]);
        let draft = "The geocoder failed twice, the geocoder said.";
        assert_eq!(flagged(CODE, draft), ["geocoder", "geocoder"]);
        let settings = Settings {
            words: vec!["geocoder".to_string()],
            names: vec![KnownName::Plain("Wanzhou Meng".to_string())],
            ..Settings::default()
        };
        assert_eq!(
            flagged_with(CODE, "Geocoder works; the geocoder's owner, Wanzhou, agreed.", &settings),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_slip_inside_a_quotation_is_one_level_lower_and_the_family_switches_off() {
        let draft = "\"The goverment lied,\" she said. The goverment denied it.";
        let checked = crate::rules::testing::findings(draft, crate::text::Language::PlainText, &Settings::default());
        let severities: Vec<_> =
            checked.iter().filter(|f| f.code.as_str() == CODE).map(|f| f.severity.as_str()).collect();
        assert_eq!(severities, ["info", "warning"]);
        let mut off = Settings::default();
        off.rules.insert("spelling".to_string(), crate::vocabulary::Level::Off);
        assert_eq!(flagged_with(CODE, draft, &off), Vec::<String>::new());
    }
}
