//! Recall on proper-name slips: corrupt names in the clean corpus
//! (../shared/corpus/wikinews-2019) the way careless typing does and count how many of the
//! slips copydesk reports. `cargo test --test it name_recall -- --nocapture` prints recall
//! overall and per kind of slip, and a sample of the misses.
//!
//! Targets are chosen by a general heuristic that knows nothing of copydesk's own name
//! recogniser: a capitalised word (four letters or more, not all capitals) that the body of
//! the article uses at least twice in the same spelling, at least once not at the start of a
//! sentence; not a weekday, month, title, generic head of a name ("Gulf", "Typhoon"),
//! demonym or abstract noun ("-tion", "-ity"); and neither written in lowercase anywhere in
//! the corpus nor sharing its stem with a word that is (so not an ordinary word that starts a
//! sentence or belongs to a longer name: "Investigative Committee").
//!
//! Each corrupted copy changes ONE occurrence of a name, never its first, so the draft has
//! the established spelling to compare against. A slip that makes another real word, a
//! place or a given name ("Iran" to "Iraq") is not used. A hit is a finding of family `name`
//! or code `garbled.possessive` (any severity) whose span overlaps the corrupted text.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use copydesk::analysis::reference;
use copydesk::engine::check_draft;
use copydesk::rules::Finding;
use copydesk::settings::Settings;
use copydesk::text::{ByteSpan, Language};

use crate::support::required_corpus;

/// The recall the name checks must keep: raise this floor as they improve, never lower it.
const RECALL_FLOOR: f64 = 0.90;

const SEED: u64 = 0x2019_0104_5eed_cafe;

/// Words capitalised by convention without being names: weekdays, months, titles, and the
/// generic heads that names are built on ("Typhoon Phanfone", "Gulf of Mexico").
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    // Days and months ("May" and "March" are short or ordinary anyway).
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "June", "July", "August", "September", "October", "November", "December",
    // Titles and offices.
    "President", "Minister", "Prime", "Senator", "Governor", "Mayor", "King", "Queen", "Prince", "Princess",
    "Pope", "Lord", "Lady", "Dame", "General", "Colonel", "Captain", "Chief", "Judge", "Justice", "Secretary",
    "Chancellor", "Premier", "Representative", "Sheriff", "Officer", "Detective", "Professor", "Reverend", "Saint",
    "Doctor", "Sergeant", "Lieutenant", "Commissioner", "Director", "Chairman", "Chairwoman", "Speaker", "Deputy",
    "Ambassador", "Bishop", "Cardinal", "Archbishop", "Emperor", "Empress", "Sultan", "Sheikh", "Mister", "Madam",
    "Majesty", "Highness", "Excellency", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman",
    "Councilman", "Councilwoman",
    // Heads of names of institutions, places and events.
    "Senate", "Congress", "Parliament", "Assembly", "Government", "Ministry", "Department", "Agency", "Office",
    "Court", "Supreme", "House", "Council", "Committee", "Commission", "Party", "University", "College", "School",
    "Institute", "Association", "Foundation", "Society", "Company", "Group", "Bank", "Church", "Cathedral",
    "Hospital", "Museum", "Airport", "Station", "Street", "Avenue", "Road", "Bridge", "Park", "Square", "Island",
    "Islands", "River", "Lake", "Mount", "Mountains", "Valley", "Gulf", "Ocean", "Province", "Prefecture",
    "County", "District", "Region", "State", "States", "Republic", "Kingdom", "Union", "Navy", "Army", "Force",
    "Forces", "Police", "Guard", "Festival", "Award", "Awards", "Prize", "League", "Championship", "Championships",
    "Olympics", "Typhoon", "Hurricane", "Cyclone", "Storm", "Holy", "Wikinews",
];

/// Endings of English abstract nouns, which names hardly ever have ("Transportation",
/// "Christianity", "Championships").
const ABSTRACT_ENDINGS: &[&str] = &["tion", "tions", "sion", "ment", "ness", "ity", "ship", "ships", "ism", "ology"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Slip {
    Insert,
    Delete,
    Substitute,
    Transpose,
    DoubleDropped,
    DoubleAdded,
    Family,
    Possessive,
}

/// The slips that any name admits, dealt round-robin over the articles (two each); dropped
/// doubles, spelling families and possessives are tried in every article, since few names
/// allow them.
const DEALT: [Slip; 5] = [Slip::Insert, Slip::Delete, Slip::Substitute, Slip::Transpose, Slip::DoubleAdded];

/// One corrupted copy of an article.
struct Corruption {
    slip: Slip,
    article: String,
    original: String,
    corrupted: String,
    draft: String,
    span: ByteSpan,
}

/// xorshift64*: deterministic and good enough to pick positions.
struct Rng(u64);

impl Rng {
    fn for_article(name: &str) -> Self {
        let hash =
            name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        Rng((hash ^ SEED) | 1)
    }

    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % bound.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

#[test]
#[cfg_attr(copydesk_no_corpus, ignore = "needs ../shared/corpus/wikinews-2019 (fails under CI=true)")]
fn name_slips_in_real_news_are_reported() {
    let directory = required_corpus();
    let articles = read_articles(&directory);
    let vocabulary = Vocabulary::of(&articles);
    let mut corruptions = Vec::new();
    for (index, (name, text)) in articles.iter().enumerate() {
        corruptions.extend(corrupt_article(index, name, text, &vocabulary));
    }
    assert!(corruptions.len() >= 200, "only {} corruptions: the corpus or the heuristic changed", corruptions.len());
    let misses = report(&corruptions);
    let recall = 1.0 - misses as f64 / corruptions.len() as f64;
    assert!(recall >= RECALL_FLOOR, "name-slip recall {recall:.3} fell below {RECALL_FLOOR}");
}

fn read_articles(directory: &Path) -> Vec<(String, String)> {
    let mut paths: Vec<_> = std::fs::read_dir(directory).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|path| {
            Some((path.file_name()?.to_string_lossy().into_owned(), std::fs::read_to_string(path).ok()?))
        })
        .collect()
}

/// Ordinary words, as far as the corpus can tell without a dictionary: every word it writes
/// in lowercase, with the stems of those of five letters or more.
struct Vocabulary {
    words: HashSet<String>,
    stems: HashSet<String>,
}

impl Vocabulary {
    fn of(articles: &[(String, String)]) -> Self {
        let mut words = HashSet::new();
        for (_, text) in articles {
            words.extend(words_of(text).filter(|(_, w)| w.chars().all(char::is_lowercase)).map(|(_, w)| w.to_string()));
        }
        let stems = words.iter().flat_map(|word| stems_of(word)).map(str::to_string).collect();
        Vocabulary { words, stems }
    }

    /// Whether `word` is an ordinary word or shares its stem (all but its last three
    /// letters, at least five) with one: "Investigative" (investigation), "Democrats"
    /// (democracy), "Easter" (eastern).
    fn is_ordinary(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let stem_length = lower.chars().count().saturating_sub(3).max(5);
        self.words.contains(&lower)
            || stems_of(&lower).any(|stem| stem.chars().count() == stem_length && self.stems.contains(stem))
    }
}

/// The prefixes of `word` of five letters or more.
fn stems_of(word: &str) -> impl Iterator<Item = &str> {
    word.char_indices()
        .skip(5)
        .map(|(end, _)| &word[..end])
        .chain(std::iter::once(word).filter(|w| w.chars().count() >= 5))
}

/// Runs of letters with their byte offsets.
fn words_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.find(|(_, c)| c.is_alphabetic())?;
        let mut end = text.len();
        while let Some(&(offset, c)) = rest.peek() {
            if !c.is_alphabetic() {
                end = offset;
                break;
            }
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// Whether the word at `offset` opens a sentence, a line or the text.
fn starts_sentence(text: &str, offset: usize) -> bool {
    let before = text[..offset].trim_end_matches(|c: char| " \t\"“‘'([".contains(c));
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n', '—'])
}

/// Whether the word at `offset` is part of a web or mail address ("Znak.com", "@Reuters").
fn in_address(text: &str, offset: usize, length: usize) -> bool {
    let before = text[..offset].chars().next_back();
    let mut after = text[offset + length..].chars();
    matches!(before, Some('.' | '@' | '/'))
        || (after.next() == Some('.') && after.next().is_some_and(char::is_alphanumeric))
}

/// The names of one article: each with the byte offsets of its occurrences in the body.
fn names_in(text: &str, body_start: usize, vocabulary: &Vocabulary) -> BTreeMap<String, Vec<usize>> {
    let mut occurrences: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (offset, word) in words_of(&text[body_start..]) {
        if in_address(text, body_start + offset, word.len()) {
            continue;
        }
        occurrences.entry(word.to_string()).or_default().push(body_start + offset);
    }
    occurrences.retain(|word, offsets| {
        let mut letters = word.chars();
        let capitalised = letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase);
        capitalised
            && word.chars().count() >= 4
            && offsets.len() >= 2
            && offsets.iter().any(|&offset| !starts_sentence(text, offset))
            && !NOT_NAMES.contains(&word.as_str())
            && !ABSTRACT_ENDINGS.iter().any(|ending| word.ends_with(ending))
            && !reference::is_demonym(word)
            && !vocabulary.is_ordinary(word)
    });
    occurrences
}

/// One article being corrupted: its text, and the findings on it as written.
struct Article<'a> {
    name: &'a str,
    text: &'a str,
    clean: Vec<Finding>,
    vocabulary: &'a Vocabulary,
}

fn corrupt_article(index: usize, name: &str, text: &str, vocabulary: &Vocabulary) -> Vec<Corruption> {
    let body_start = text.find("\n\n").map_or(0, |end| end + 2);
    let names = names_in(text, body_start, vocabulary);
    if names.is_empty() {
        return Vec::new();
    }
    let clean = check_draft(text, Language::PlainText, &Settings::default()).findings;
    let article = Article { name, text, clean, vocabulary };
    let mut rng = Rng::for_article(name);
    let targets: Vec<(&String, &Vec<usize>)> = names.iter().collect();
    let dealt = (0..2).map(|k| DEALT[(index * 2 + k) % DEALT.len()]);
    let mut corruptions = Vec::new();
    for slip in dealt.chain([Slip::DoubleDropped, Slip::Family, Slip::Possessive]) {
        // The names in turn from a random one, until one admits the slip.
        let first = rng.below(targets.len());
        let mut in_turn = targets[first..].iter().chain(&targets[..first]);
        corruptions.extend(in_turn.find_map(|(word, offsets)| corrupt_once(&article, slip, word, offsets, &mut rng)));
    }
    corruptions
}

/// One slip of `slip`'s kind on one occurrence (not the first) of `word`, if it makes a
/// usable misspelling there.
fn corrupt_once(article: &Article, slip: Slip, word: &str, offsets: &[usize], rng: &mut Rng) -> Option<Corruption> {
    let text = article.text;
    let mut later: Vec<usize> = offsets[1..].to_vec();
    if slip == Slip::Possessive {
        // "the Turpins’ offspring" is a family's, not a slip: skip possessives after "the".
        let after_the =
            |offset: usize| text[..offset].trim_end().rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        later.retain(|&offset| {
            possessive_apostrophe(text, offset + word.len()).is_some() && !word.ends_with('s') && !after_the(offset)
        });
    }
    let &offset = rng.pick(&later)?;
    let mut original = ByteSpan::new(offset, offset + word.len());
    let replacement = match slip {
        Slip::Possessive => {
            let apostrophe = possessive_apostrophe(text, original.end)?;
            original.end += apostrophe.len_utf8() + 1;
            format!("{word}s{apostrophe}")
        }
        _ => misspell(slip, word, rng)?,
    };
    let misspelt = replacement.trim_end_matches(['\'', '’']);
    let is_real_word = misspelt == word
        || words_of(text).any(|(_, other)| other == misspelt)
        || article.vocabulary.words.contains(&misspelt.to_lowercase())
        || reference::place(misspelt).is_some()
        || reference::given_name(misspelt).is_some();
    let flagged_when_clean = article.clean.iter().any(|finding| counts_as_hit(finding, original));
    if (slip != Slip::Possessive && is_real_word) || flagged_when_clean {
        return None;
    }
    Some(Corruption {
        slip,
        article: article.name.to_string(),
        original: original.slice(text).to_string(),
        corrupted: replacement.clone(),
        draft: format!("{}{replacement}{}", &text[..original.start], &text[original.end..]),
        span: ByteSpan::new(original.start, original.start + replacement.len()),
    })
}

/// The apostrophe of a possessive `'s`/`’s` that starts at `offset`, if there is one.
fn possessive_apostrophe(text: &str, offset: usize) -> Option<char> {
    let rest = &text[offset..];
    let apostrophe = rest.chars().next().filter(|c| ['\'', '’'].contains(c))?;
    let after = &rest[apostrophe.len_utf8()..];
    let ends_word = after.chars().nth(1).is_none_or(|c| !c.is_alphabetic());
    (after.starts_with('s') && ends_word).then_some(apostrophe)
}

fn counts_as_hit(finding: &Finding, span: ByteSpan) -> bool {
    (finding.family().as_str() == "name" || finding.code.as_str() == "garbled.possessive")
        && finding.span.start < span.end
        && span.start < finding.span.end
}

const KEYBOARD: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/// Keys next to `letter` on a QWERTY keyboard (the letters a slipping finger hits).
fn neighbours(letter: char) -> Vec<char> {
    let lower = letter.to_ascii_lowercase();
    let Some((row, column)) =
        KEYBOARD.iter().enumerate().find_map(|(row, keys)| keys.find(lower).map(|column| (row, column)))
    else {
        return Vec::new();
    };
    let mut near = Vec::new();
    let mut take = |row: usize, columns: &[Option<usize>]| {
        for column in columns.iter().flatten() {
            near.extend(KEYBOARD[row].chars().nth(*column));
        }
    };
    take(row, &[column.checked_sub(1), Some(column + 1)]);
    if row > 0 {
        take(row - 1, &[Some(column), Some(column + 1)]);
    }
    if row < 2 {
        take(row + 1, &[column.checked_sub(1), Some(column)]);
    }
    near
}

/// `word` with one slip of kind `slip`, if the word admits one. The first letter stays
/// (a dropped or changed capital is another kind of error).
fn misspell(slip: Slip, word: &str, rng: &mut Rng) -> Option<String> {
    let letters: Vec<char> = word.chars().collect();
    let n = letters.len();
    let lower = |i: usize| letters[i].is_lowercase();
    let same_as_next = |i: usize| letters.get(i + 1) == Some(&letters[i]);
    let mut out = letters.clone();
    match slip {
        Slip::Insert => {
            let at = 1 + rng.below(n);
            let key = *rng.pick(&neighbours(letters[at - 1]))?;
            // A final "s" would read as a plural ("the Dudas"), not a slip.
            if letters.get(at) == Some(&key) || (at == n && key == 's') {
                return None;
            }
            out.insert(at, key);
        }
        Slip::Delete => {
            // Not a letter of a double: that is the dropped-double slip.
            let positions: Vec<usize> = (1..n).filter(|&i| letters[i] != letters[i - 1] && !same_as_next(i)).collect();
            out.remove(*rng.pick(&positions)?);
        }
        Slip::Substitute => {
            let at = 1 + rng.below(n - 1);
            if !lower(at) {
                return None;
            }
            out[at] = *rng.pick(&neighbours(letters[at]))?;
        }
        Slip::Transpose => {
            let positions: Vec<usize> = (1..n - 1).filter(|&i| !same_as_next(i) && lower(i + 1)).collect();
            let at = *rng.pick(&positions)?;
            out.swap(at, at + 1);
        }
        Slip::DoubleDropped => {
            let positions: Vec<usize> = (1..n).filter(|&i| letters[i] == letters[i - 1]).collect();
            out.remove(*rng.pick(&positions)?);
        }
        Slip::DoubleAdded => {
            let positions: Vec<usize> =
                (1..n).filter(|&i| lower(i) && letters[i] != letters[i - 1] && !same_as_next(i)).collect();
            let at = *rng.pick(&positions)?;
            out.insert(at, letters[at]);
        }
        Slip::Family => return rng.pick(&family_swaps(word)).cloned(),
        Slip::Possessive => return None,
    }
    Some(out.into_iter().collect())
}

/// Spellings that stand for one another in names: (written, confused with, only at the end).
const FAMILIES: &[(&str, &str, bool)] = &[
    ("bury", "berry", true),
    ("berry", "bury", true),
    ("son", "sen", true),
    ("sen", "son", true),
    ("ski", "sky", true),
    ("sky", "ski", true),
    ("ie", "y", true),
    ("y", "ie", true),
    ("ph", "f", false),
    ("f", "ph", false),
    ("ei", "ie", false),
    ("ie", "ei", false),
    ("C", "K", false),
    ("K", "C", false),
    ("c", "k", false),
    ("k", "c", false),
];

/// `word` with each spelling-family swap that applies ("Ashbury" to "Ashberry").
fn family_swaps(word: &str) -> Vec<String> {
    let mut swaps = Vec::new();
    for &(written, confused, at_end) in FAMILIES {
        for (at, _) in word.match_indices(written) {
            let end = at + written.len();
            if (at_end && end != word.len()) || at == 0 && written.starts_with(char::is_lowercase) {
                continue;
            }
            // "ck", "ch" and "sc" are not the c/k confusion; "-ie" after a vowel is no -y.
            let before = word[..at].chars().next_back();
            let after = word[end..].chars().next();
            let c_or_k = written.eq_ignore_ascii_case("c") || written.eq_ignore_ascii_case("k");
            if c_or_k && (matches!(after, Some('k' | 'h')) || matches!(before, Some('c' | 's'))) {
                continue;
            }
            if at_end && written.len() <= 2 && before.is_none_or(|c| "aeiou".contains(c)) {
                continue;
            }
            swaps.push(format!("{}{confused}{}", &word[..at], &word[end..]));
        }
    }
    swaps
}

/// Runs copydesk on every corrupted copy and prints recall and misses; returns the misses.
fn report(corruptions: &[Corruption]) -> usize {
    let mut per_slip: BTreeMap<Slip, (usize, usize)> = BTreeMap::new();
    let mut misses: BTreeMap<Slip, Vec<String>> = BTreeMap::new();
    for (corruption, hit) in corruptions.iter().zip(reported(corruptions)) {
        let tally = per_slip.entry(corruption.slip).or_default();
        tally.0 += usize::from(hit);
        tally.1 += 1;
        if !hit {
            let context = context_of(&corruption.draft, corruption.span);
            misses.entry(corruption.slip).or_default().push(format!(
                "{} -> {} in {}: «{context}»",
                corruption.original, corruption.corrupted, corruption.article
            ));
        }
    }
    let (hits, total) = per_slip.values().fold((0, 0), |(h, t), (hit, all)| (h + hit, t + all));
    println!("name-slip recall: {hits}/{total} = {:.3}", hits as f64 / total as f64);
    for (slip, (hit, all)) in &per_slip {
        println!("  {slip:?}: {hit}/{all} = {:.3}", *hit as f64 / *all as f64);
    }
    for (slip, missed) in &misses {
        println!("missed {slip:?} ({} in all), for example:", missed.len());
        for miss in missed.iter().take(6) {
            println!("  {miss}");
        }
    }
    total - hits
}

/// Whether copydesk reports each slip, the copies checked on a few threads.
fn reported(corruptions: &[Corruption]) -> Vec<bool> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(4);
    let share = corruptions.len().div_ceil(threads).max(1);
    let is_reported = |corruption: &Corruption| {
        let checked = check_draft(&corruption.draft, Language::PlainText, &Settings::default());
        checked.findings.iter().any(|finding| counts_as_hit(finding, corruption.span))
    };
    std::thread::scope(|scope| {
        let workers: Vec<_> = corruptions
            .chunks(share)
            .map(|part| scope.spawn(move || part.iter().map(is_reported).collect::<Vec<bool>>()))
            .collect();
        workers.into_iter().flat_map(|worker| worker.join().expect("checking a corrupted copy panicked")).collect()
    })
}

/// The corrupted text with a few words either side, on one line.
fn context_of(draft: &str, span: ByteSpan) -> String {
    let start = draft[..span.start].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    let end = draft[span.end..].char_indices().nth(40).map_or(draft.len(), |(i, _)| span.end + i);
    draft[start..end].replace('\n', " ")
}

#[test]
fn spelling_families_swap_the_way_names_are_misspelt() {
    assert_eq!(family_swaps("Ashbury"), ["Ashberry", "Ashburie"]);
    assert_eq!(family_swaps("Kowalski"), ["Kowalsky", "Cowalski"]);
    assert_eq!(family_swaps("Catherine"), ["Katherine"]);
    assert_eq!(family_swaps("Stephen"), ["Stefen"]);
    assert_eq!(family_swaps("Johnson"), ["Johnsen"]);
    // "ck" is no c/k confusion, and "-ie" after a consonant is the -y family.
    assert_eq!(family_swaps("Mackie"), ["Macky", "Mackei"]);
    assert!(family_swaps("Ray").is_empty());
}

#[test]
fn targets_are_capitalised_words_used_twice_that_are_not_ordinary_words() {
    let text = "Mayor opens pier\n\nOn Monday, Dana Marchetti met Reading officials in Port Elm. Marchetti said \
                the reading list was long. Monday was busy. Officials left Port Elm for the port.\n";
    let articles = [("pier.txt".to_string(), text.to_string())];
    let vocabulary = Vocabulary::of(&articles);
    let body_start = text.find("\n\n").unwrap() + 2;
    let names: Vec<String> = names_in(text, body_start, &vocabulary).into_keys().collect();
    assert_eq!(names, ["Marchetti"]);
}

#[test]
fn possessives_are_found_with_either_apostrophe() {
    assert_eq!(possessive_apostrophe("Kenya’s president", 5), Some('’'));
    assert_eq!(possessive_apostrophe("Kenya's president", 5), Some('\''));
    assert_eq!(possessive_apostrophe("Kenya’said", 5), None);
    assert_eq!(possessive_apostrophe("Kenya, said", 5), None);
}
