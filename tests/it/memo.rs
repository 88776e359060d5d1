//! The engine's memo is the only memory the analysis has (ARCHITECTURE.md, "The engine's
//! memo"): the analysis and the rules keep nothing in a `static` or a `thread_local!` but
//! immutable reference data, listed here by name with what it is. Read from the source.

use std::path::Path;

use regex::Regex;

use crate::support::repository_root;

/// The statics allowed in src/analysis and src/rules: (file, name), each immutable data
/// built once per process. A static of a plain reference (`&[..]`, `&str`) needs no entry.
const REFERENCE_DATA: &[(&str, &str)] = &[
    ("src/analysis/cast/similarity.rs", "ENCODER"), // the Double Metaphone encoder
    ("src/analysis/cast/reference_slips.rs", "INDEX"), // well-known names by slip key
    ("src/analysis/quotes/lexicon.rs", "TABLE"),    // the cue and speech word lists
    ("src/analysis/reference/mod.rs", "PLACES"),    // the gazetteer
    ("src/analysis/reference/mod.rs", "GIVEN_NAMES"), // given names
    ("src/analysis/reference/mod.rs", "DEMONYMS"),  // demonyms
    ("src/analysis/reference/mod.rs", "ORGANISATIONS"), // organisations
    ("src/analysis/reference/mod.rs", "STATE_ABBREVIATIONS"),
    ("src/rules/garbled/tortured_phrase.rs", "DEFAULT_LEXICON"), // the phrase automaton
    ("src/rules/garbled/tortured_phrase/thesaurus.rs", "KNOWN"),
    ("src/rules/garbled/tortured_phrase/thesaurus.rs", "WORDS"),
    ("src/rules/garbled/tortured_phrase/thesaurus.rs", "PAIRS"), // the usual word pairs
    ("src/rules/garbled/tortured_phrase/discovery.rs", "SET"),   // function words, hashed
    ("src/rules/spelling/dictionary.rs", "WORDS"),               // weekdays and months, capitalised
    ("src/rules/suppressions.rs", "MARKDOWN_DIRECTIVE"),         // a regex
];

/// A word list compiled to a lookup table on first use: immutable, allowed wherever declared.
const REFERENCE_TYPES: &[&str] = &["WordSet"];

/// What in `source` (the text of `file`) keeps memory outside the engine's memo.
fn global_memory(file: &str, source: &str) -> Vec<String> {
    let static_item = Regex::new(r"(?m)^[^/\n]*?\bstatic\s+(mut\s+)?([A-Z][A-Z0-9_]*)\s*:\s*([^=;]+)").expect("regex");
    let mut found = Vec::new();
    if source.contains("thread_local!") {
        found.push(format!("{file}: a thread_local!"));
    }
    for item in static_item.captures_iter(source) {
        let (name, ty) = (&item[2], item[3].trim());
        let mutable = item.get(1).is_some()
            || ["Mutex", "RwLock", "RefCell", "Cell<", "Atomic"].iter().any(|cell| ty.contains(cell));
        let listed = REFERENCE_DATA.contains(&(file, name)) || REFERENCE_TYPES.contains(&ty);
        if mutable {
            found.push(format!("{file}: static {name}: {ty} is mutable"));
        } else if !ty.starts_with('&') && !listed {
            found.push(format!("{file}: static {name}: {ty} is not listed as immutable reference data"));
        }
    }
    // A lazily filled cell in a struct is a memo too, unless it is the word lists' table.
    if (source.contains("OnceLock<") || source.contains("OnceCell<")) && file != "src/analysis/vocabulary.rs" {
        found.push(format!("{file}: a OnceLock or OnceCell field"));
    }
    found
}

fn rust_files(directory: &Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(directory) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn the_analysis_and_the_rules_keep_no_memory_of_their_own() {
    let root = repository_root();
    let mut files = Vec::new();
    for directory in ["src/analysis", "src/rules"] {
        rust_files(&root.join(directory), &mut files);
    }
    assert!(files.len() > 50, "{} files", files.len());
    let mut found = Vec::new();
    for path in &files {
        let file = path.strip_prefix(&root).expect("under the root").to_string_lossy().replace('\\', "/");
        let source = std::fs::read_to_string(path).expect("readable source");
        found.extend(global_memory(&file, &source));
    }
    assert!(found.is_empty(), "memory outside the engine's memo:\n{}", found.join("\n"));
}

/// The reader catches each kind of memory it is there to catch.
#[test]
fn the_reader_finds_statics_thread_locals_and_lazy_cells() {
    let file = "src/rules/example.rs";
    let cases = [
        "thread_local! {\n    static SEEN: RefCell<HashMap<String, u64>> = RefCell::default();\n}",
        "static LAST: Mutex<Option<u64>> = Mutex::new(None);",
        "    static REMEMBERED: LazyLock<[Mutex<ParagraphMap<u64>>; 3]> = LazyLock::new(Default::default);",
        "static mut COUNT: usize = 0;",
        "static CACHE: LazyLock<Table> = LazyLock::new(Table::new);",
        "struct Clustering {\n    name_words: OnceLock<FastSet<String>>,\n}",
    ];
    for case in cases {
        assert!(!global_memory(file, case).is_empty(), "{case}");
    }
    let immutable = "pub static RULES: &[&Rule] = &[];\nfn f(text: &'static str) {}\n// static NOTE: Mutex<u8>\n";
    assert_eq!(global_memory(file, immutable), Vec::<String>::new());
    let listed = "static PLACES: LazyLock<SortedTable<Place>> = LazyLock::new(|| load());";
    assert_eq!(global_memory("src/analysis/reference/mod.rs", listed), Vec::<String>::new());
}
