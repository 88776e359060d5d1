//! The deterministic part of the fuzzing: the fuzz targets' invariants
//! (support/invariants.rs) over the committed seeds in fuzz/seeds/ (including every crash
//! the fuzzers found) and over a few hundred drafts and edit scripts built from a fixed
//! seed out of the pieces that break text code: line-ending mixes, surrogate pairs,
//! combining marks, quotes, Markdown syntax, abbreviations, NUL. Fast in debug builds; the
//! long runs are `cargo fuzz` (see docs/reliability.md).

use std::path::PathBuf;

use copydesk::text::{Language, PositionEncoding};

use crate::support::invariants::{EditScript, LANGUAGES, RawChange, check_analysis, check_edit_script};
use crate::support::repository_root;

const PIECES: &[&str] = &[
    "The",
    "the ",
    "the",
    " ",
    "  ",
    "talks",
    "ended",
    ". ",
    ".",
    "..",
    "...",
    "…",
    ",",
    " ,",
    ";",
    ":",
    "!",
    "?",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "😀",
    "👍🏽",
    "é",
    "e\u{301}",
    "北京",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "(",
    ")",
    "[",
    "]",
    "# ",
    "*",
    "**",
    "`",
    "```\n",
    "- ",
    "> ",
    "1. ",
    "<b>",
    "U.S.",
    "Dr.",
    "Inc.,",
    "Jr.",
    "https://example.com/a.b",
    "a@b.org",
    "\0",
    "and and ",
    "must and must ",
    "Bidens’",
    "said",
    "Smith",
    "3.5",
    "—",
    "\u{2028}",
    "\u{feff}",
    "|",
    "---\n",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }

    fn byte(&mut self) -> u8 {
        // Mostly small numbers (lines and columns that land in a short document).
        if self.next(8) == 0 { self.next(256) as u8 } else { self.next(24) as u8 }
    }

    fn draft(&mut self, max_pieces: usize) -> String {
        (0..self.next(max_pieces + 1)).map(|_| PIECES[self.next(PIECES.len())]).collect()
    }
}

fn seeds(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let directory = repository_root().join("fuzz/seeds").join(target);
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(&directory).expect("fuzz/seeds").filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths.into_iter().map(|path| (path.clone(), std::fs::read(&path).unwrap())).collect()
}

#[test]
fn the_fuzz_seeds_and_past_crashes_hold_the_invariants() {
    let analyse = seeds("analyse");
    let edits = seeds("edits");
    assert!(!analyse.is_empty() && !edits.is_empty(), "no seeds under fuzz/seeds");
    for (path, bytes) in analyse {
        let draft = String::from_utf8_lossy(&bytes);
        for language in LANGUAGES {
            if let Err(problem) = check_analysis(&draft, language) {
                panic!("{} as {language:?}: {problem}", path.display());
            }
        }
    }
    for (path, bytes) in edits {
        if let Err(problem) = check_edit_script(&EditScript::decode(&bytes)) {
            panic!("{}: {problem}", path.display());
        }
    }
}

#[test]
fn generated_drafts_hold_the_analysis_invariants() {
    let mut generator = Lcg(0x00c0_ffee);
    for case in 0..300 {
        let draft = generator.draft(40);
        for language in LANGUAGES {
            if let Err(problem) = check_analysis(&draft, language) {
                panic!("case {case} as {language:?}: {problem}\ndraft: {draft:?}");
            }
        }
    }
}

#[test]
fn generated_edit_scripts_match_the_reference_and_a_fresh_open() {
    let mut generator = Lcg(0x5eed_1e55);
    for case in 0..300 {
        let changes = (0..generator.next(12))
            .map(|_| RawChange {
                // 254 now and then: a change without a range (the whole text).
                start_line: if generator.next(25) == 0 { 254 } else { generator.byte() },
                start_column: generator.byte(),
                end_line: generator.byte(),
                end_column: generator.byte(),
                text: generator.draft(4),
            })
            .collect();
        let script = EditScript {
            initial: generator.draft(20),
            encoding: if generator.next(2) == 0 { PositionEncoding::Utf16 } else { PositionEncoding::Utf8 },
            language: if generator.next(2) == 0 { Language::PlainText } else { Language::Markdown },
            batched: generator.next(4) == 0,
            changes,
        };
        if let Err(problem) = check_edit_script(&script) {
            panic!("case {case}: {problem}\nscript: {script:?}");
        }
    }
}

/// The drafts edits are made to: every fixture draft, and corpus articles alone, run
/// together, and run together twice (a draft that repeats its paragraphs, where one text
/// may name other members in each copy), when the corpus is present, with their language.
fn edit_bases(generator: &mut Lcg) -> Vec<(String, Language)> {
    let mut paths: Vec<PathBuf> =
        ["fixtures", "fixtures/garbled", "fixtures/quote", "fixtures/name", "fixtures/editors"]
            .iter()
            .flat_map(|directory| std::fs::read_dir(repository_root().join(directory)).expect("fixtures"))
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.extension().is_some_and(|extension| extension == "txt" || extension == "md"))
            .collect();
    paths.sort();
    let mut bases: Vec<(String, Language)> =
        paths.iter().map(|path| (std::fs::read_to_string(path).unwrap(), Language::from_path(path))).collect();
    if let Some(articles) = crate::support::corpus_articles() {
        let mut articles: Vec<PathBuf> =
            std::fs::read_dir(articles).unwrap().filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
        articles.sort();
        let mut picked: Vec<String> =
            (0..6).map(|_| std::fs::read_to_string(&articles[generator.next(articles.len())]).unwrap()).collect();
        let run_together = picked[..4].join("\n\n");
        let repeated = [picked[4].as_str(), picked[5].as_str(), picked[4].as_str(), picked[5].as_str()].join("\n\n");
        picked.push(run_together);
        picked.push(repeated);
        bases.extend(picked.into_iter().map(|text| (text, Language::PlainText)));
    }
    bases
}

/// A char boundary of `text` near a random place.
fn boundary(generator: &mut Lcg, text: &str) -> usize {
    let mut at = generator.next(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One random edit of the kinds a writer makes: a keystroke, a deletion, a pasted piece or
/// sentence, a paragraph split or join.
fn random_edit(generator: &mut Lcg, text: &mut String) -> usize {
    const KEYS: &[&str] = &["s", " ", ".", ",", "\"", "“", "”", "(", "]", "the ", "\n", "\n\n", "é"];
    let at = boundary(generator, text);
    match generator.next(6) {
        0 | 1 => text.insert_str(at, KEYS[generator.next(KEYS.len())]),
        2 => {
            let length = 1 + generator.next(40);
            let end = text[at..].char_indices().nth(length).map_or(text.len(), |(offset, _)| at + offset);
            text.replace_range(at..end, "");
        }
        3 => text.insert_str(at, PIECES[generator.next(PIECES.len())]),
        4 => {
            // A sentence copied from elsewhere in the draft.
            let from = boundary(generator, text);
            let piece: String = text[from..].chars().take(60).collect();
            text.insert_str(at, &piece);
        }
        _ => match text[at..].find("\n\n") {
            Some(found) => text.replace_range(at + found..at + found + 2, " "),
            None => text.insert_str(at, "\n\n"),
        },
    }
    at
}

/// What the server shows for a version: its findings, its outline and hovers at a few
/// places; and what the hovers of any place read: the reported speech and the members.
fn shown(checked: &copydesk::engine::Checked, draft: &str, places: &[usize]) -> String {
    let outline = copydesk::ide::outline::outline(draft, &checked.facts);
    let hovers: Vec<_> =
        places.iter().map(|&offset| copydesk::ide::hover::hover_at(checked, draft, offset.min(draft.len()))).collect();
    let (reports, members) = (&checked.facts.quotes.reports, &checked.facts.cast.members);
    format!("{:#?}\n{outline:#?}\n{hovers:#?}\n{reports:#?}\n{members:#?}", checked.findings)
}

/// Incremental analysis is only a cheaper way to the same answer: chained over random
/// edits as the server chains it (each analysis reusing the previous one), it shows what
/// a fresh analysis of the final text shows, under settings that change on the way.
#[test]
fn incremental_analysis_over_random_edits_equals_a_fresh_one() {
    use copydesk::engine::{check_draft, check_draft_reusing};
    use copydesk::settings::Settings;
    use copydesk::vocabulary::Level;
    let mut generator = Lcg(0x1c0d_e5c0);
    // Halfway through some chains the settings change: a house phrase list (every "said"
    // is then a finding), or a rule turned off.
    let mut house_phrases = Settings::default();
    std::sync::Arc::make_mut(&mut house_phrases.phrases).extra.insert("said".into(), "stated".into());
    let mut rule_off = Settings::default();
    rule_off.rules.insert("garbled.punctuation".into(), Level::Off);
    let bases = edit_bases(&mut generator);
    assert!(bases.len() >= 10, "{}", bases.len());
    for (case, (base, language)) in bases.iter().enumerate() {
        let mut text = base.clone();
        let mut settings = Settings::default();
        let mut memo = copydesk::engine::Memo::default();
        let mut previous = check_draft_reusing(&mut memo, None, &text, *language, &settings);
        for step in 0..10 {
            if step == 5 && case % 3 > 0 {
                settings = if case % 3 == 1 { house_phrases.clone() } else { rule_off.clone() };
            }
            let at = random_edit(&mut generator, &mut text);
            let incremental = check_draft_reusing(&mut memo, Some(&previous.prose), &text, *language, &settings);
            // Checking every step catches a divergence where it starts.
            let fresh = check_draft(&text, *language, &settings);
            let places: Vec<usize> = [at, at.saturating_sub(3), generator.next(text.len() + 1)]
                .into_iter()
                .chain(fresh.findings.iter().take(3).map(|finding| finding.span.start))
                .collect();
            assert_eq!(incremental.prose, fresh.prose, "case {case} step {step}");
            let (incremental_shown, fresh_shown) = (shown(&incremental, &text, &places), shown(&fresh, &text, &places));
            assert!(
                incremental_shown == fresh_shown,
                "case {case} step {step}: incremental and fresh differ\n{text:?}"
            );
            previous = incremental;
        }
    }
}

/// The kinds of edit a writer makes that change what the memo may reuse, each aimed at the
/// place that matters to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Aimed {
    /// A letter typed inside a word.
    InsertInWord,
    /// A letter deleted inside a word.
    DeleteInWord,
    /// A word typed at the start of a paragraph (a capital that may read as a name).
    ParagraphStart,
    /// A letter of a capitalised word changed, or a name typed beside one.
    InName,
    /// A quotation mark deleted or added, or words typed just inside one.
    InQuotes,
    /// A paragraph copied after another one, or deleted.
    RepeatParagraph,
}

const AIMED: [Aimed; 6] = [
    Aimed::InsertInWord,
    Aimed::DeleteInWord,
    Aimed::ParagraphStart,
    Aimed::InName,
    Aimed::InQuotes,
    Aimed::RepeatParagraph,
];

/// The byte ranges of `text`'s words (letters only) for which `keep` holds.
fn words_where(text: &str, keep: impl Fn(&str) -> bool) -> Vec<std::ops::Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (offset, ch) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (ch.is_alphabetic(), start) {
            (true, None) => start = Some(offset),
            (false, Some(from)) => {
                if keep(&text[from..offset]) {
                    words.push(from..offset);
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// The char boundaries strictly inside `range` of `text`.
fn inside(text: &str, range: &std::ops::Range<usize>) -> Vec<usize> {
    (range.start + 1..range.end).filter(|&at| text.is_char_boundary(at)).collect()
}

/// Where paragraphs start: 0 and after each blank line.
fn paragraph_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices("\n\n").map(|(at, _)| at + 2)).filter(|&at| at <= text.len()).collect()
}

/// One aimed edit of `kind`; the offset it touched, or `None` when the text has no place
/// for it.
fn aimed_edit(generator: &mut Lcg, text: &mut String, kind: Aimed) -> Option<usize> {
    let mut pick = |count: usize| (count > 0).then(|| generator.next(count));
    match kind {
        Aimed::InsertInWord | Aimed::DeleteInWord => {
            let words = words_where(text, |word| word.chars().count() >= 3);
            let word = &words[pick(words.len())?];
            let places = inside(text, word);
            let at = places[pick(places.len())?];
            if kind == Aimed::InsertInWord {
                text.insert(at, ['e', 's', 'r', 'n'][pick(4)?]);
            } else {
                let removed = text[at..].chars().next()?.len_utf8();
                text.replace_range(at..at + removed, "");
            }
            Some(at)
        }
        Aimed::ParagraphStart => {
            let starts = paragraph_starts(text);
            let at = starts[pick(starts.len())?];
            text.insert_str(at, ["A", "Maria ", "The ", "“", "Then "][pick(5)?]);
            Some(at)
        }
        Aimed::InName => {
            let names = words_where(text, |word| word.starts_with(char::is_uppercase) && word.chars().count() >= 3);
            let name = names[pick(names.len())?].clone();
            match pick(3)? {
                0 => {
                    let places = inside(text, &name);
                    let at = places[pick(places.len())?];
                    let removed = text[at..].chars().next()?.len_utf8();
                    text.replace_range(at..at + removed, ["a", "e", "i"][pick(3)?]);
                    Some(at)
                }
                1 => {
                    text.insert(name.end, 's');
                    Some(name.end)
                }
                _ => {
                    text.insert_str(name.start, "Dana Marchetti said ");
                    Some(name.start)
                }
            }
        }
        Aimed::InQuotes => {
            let marks: Vec<usize> = text.match_indices(['"', '“', '”']).map(|(at, _)| at).collect();
            match pick(marks.len() + 1)? {
                index if index < marks.len() => {
                    let at = marks[index];
                    if pick(2)? == 0 {
                        let removed = text[at..].chars().next()?.len_utf8();
                        text.replace_range(at..at + removed, "");
                    } else {
                        let after = at + text[at..].chars().next()?.len_utf8();
                        text.insert_str(after, "we will ");
                    }
                    Some(at)
                }
                _ => {
                    let at = boundary(generator, text);
                    text.insert(at, '"');
                    Some(at)
                }
            }
        }
        Aimed::RepeatParagraph => {
            let starts = paragraph_starts(text);
            let from = starts[pick(starts.len())?];
            let end = text[from..].find("\n\n").map_or(text.len(), |found| from + found);
            let paragraph = text[from..end].to_string();
            if pick(3)? == 0 && starts.len() > 1 {
                let through = (end + 2).min(text.len());
                text.replace_range(from..through, "");
                Some(from)
            } else {
                let at = starts[pick(starts.len())?];
                text.insert_str(at, &format!("{paragraph}\n\n"));
                Some(at)
            }
        }
    }
}

/// Chains of aimed edits (in words, at paragraph starts, in names, in quotation marks,
/// repeated paragraphs) over the fixtures and the corpus: after every edit, one engine,
/// which has analysed every version before with its memo, shows exactly what a separate
/// engine with a fresh memo shows (the analysis keeps nothing outside a memo, see
/// tests/it/memo.rs, so the two share nothing).
#[test]
fn a_chained_engine_equals_a_separate_fresh_engine_after_aimed_edits() {
    use copydesk::engine::{Memo, check_draft_reusing};
    use copydesk::settings::Settings;
    let mut generator = Lcg(0x5eed_a1d5);
    let settings = Settings::default();
    let bases = edit_bases(&mut generator);
    let mut applied = [0usize; AIMED.len()];
    for (case, (base, language)) in bases.iter().enumerate() {
        let mut text = base.clone();
        let mut chained = Memo::default();
        let mut previous = check_draft_reusing(&mut chained, None, &text, *language, &settings);
        for step in 0..12 {
            let which = (case + step * 5 + generator.next(2)) % AIMED.len();
            let Some(at) = aimed_edit(&mut generator, &mut text, AIMED[which]) else { continue };
            applied[which] += 1;
            let incremental = check_draft_reusing(&mut chained, Some(&previous.prose), &text, *language, &settings);
            let fresh = check_draft_reusing(&mut Memo::default(), None, &text, *language, &settings);
            let places: Vec<usize> = [at, at.saturating_sub(3), generator.next(text.len() + 1)]
                .into_iter()
                .chain(fresh.findings.iter().take(3).map(|finding| finding.span.start))
                .collect();
            assert!(
                shown(&incremental, &text, &places) == shown(&fresh, &text, &places),
                "case {case} step {step} after {:?} at {at}: the chained engine and a fresh one differ\n{text:?}",
                AIMED[which]
            );
            previous = incremental;
        }
    }
    assert!(applied.iter().all(|&count| count >= 5), "every kind of edit made: {applied:?}");
}
