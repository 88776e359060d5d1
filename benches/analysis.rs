//! Benchmarks: full analysis per size, an edit then re-analysis on a 10k-word draft,
//! position conversion, the spelling check's dictionary load and lookups, and the CLI
//! over the wikinews-2019 corpus.
//!
//! Run with `cargo bench --bench analysis`; docs/performance.md has the medians and the
//! targets they are held to.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use copydesk::engine::{Memo, check_draft, check_draft_reusing};
use copydesk::rules::spelling::{candidates, dictionary};
use copydesk::settings::{Dialect, Settings};
use copydesk::text::position::{offset_of, position_of};
use copydesk::text::{Document, Language, LineColumn, PositionEncoding, Prose, TextChange};
use criterion::measurement::Measurement;
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput};

#[path = "support/cpu_time.rs"]
mod cpu_time;
#[path = "support/drafts.rs"]
mod drafts;

fn repository_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const SIZES: &[(&str, usize)] = &[("1k", 1_000), ("10k", 10_000), ("100k", 100_000)];

fn language_name(language: Language) -> &'static str {
    match language {
        Language::PlainText => "plain",
        Language::Markdown => "markdown",
    }
}

/// `check_draft` with every rule family on, per size and language.
fn full_analysis<M: Measurement>(c: &mut Criterion<M>) {
    let settings = Settings::default();
    let mut group = c.benchmark_group("full_analysis");
    for language in [Language::PlainText, Language::Markdown] {
        for &(label, words) in SIZES {
            let draft = drafts::draft_of_words(repository_root(), language, words);
            group.throughput(Throughput::Elements(drafts::word_count(&draft) as u64));
            group.bench_with_input(BenchmarkId::new(language_name(language), label), &draft, |b, draft| {
                b.iter(|| black_box(check_draft(black_box(draft), language, &settings)))
            });
        }
    }
    group.finish();
}

/// An edit in the editor's terms (LSP positions) on the 10k-word draft.
struct Edit {
    name: &'static str,
    change: TextChange,
}

/// The byte offset of the paragraph break nearest the middle of `draft`.
fn middle_paragraph_break(draft: &str) -> usize {
    let middle = draft.len() / 2;
    draft[middle..].find("\n\n").map_or(middle, |i| middle + i)
}

fn edits_on(draft: &str, rope: &ropey::Rope) -> Vec<Edit> {
    let encoding = PositionEncoding::Utf16;
    let at = |offset: usize| position_of(rope, offset, encoding);
    let paragraph_break = middle_paragraph_break(draft);
    // A keystroke inside the last word before the middle paragraph break.
    let word_end = draft[..paragraph_break].trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    let keystroke = TextChange { range: Some((at(word_end), at(word_end))), text: "s".to_string() };
    // A paste of a whole paragraph (the draft's first one) at the break.
    let first_paragraph = draft.split("\n\n").find(|p| !p.trim().is_empty()).unwrap_or("Pasted text.");
    let paste =
        TextChange { range: Some((at(paragraph_break), at(paragraph_break))), text: format!("\n\n{first_paragraph}") };
    // A deletion from mid-sentence before the break to mid-sentence after it.
    let start = draft[..paragraph_break].rfind(' ').unwrap_or(0);
    let end = draft[paragraph_break + 2..].find(' ').map_or(paragraph_break, |i| paragraph_break + 2 + i);
    let deletion = TextChange { range: Some((at(start), at(end))), text: String::new() };
    vec![
        Edit { name: "keystroke", change: keystroke },
        Edit { name: "paste_paragraph", change: paste },
        Edit { name: "delete_across_paragraph_break", change: deletion },
    ]
}

/// What the server does from a `didChange` to diagnostics: apply the edit to the rope,
/// take the text, analyse it reusing the previous analysis (untouched paragraphs keep
/// their reading and their local findings), convert every finding's span to LSP
/// positions. `keystroke_without_reuse` shows what reuse saves. On 10k words every edit
/// kind; on 100k words the keystroke.
fn edit_then_reanalyse<M: Measurement>(c: &mut Criterion<M>) {
    for (group_name, words, all_edits) in [("edit_10k", 10_000, true), ("edit_100k", 100_000, false)] {
        let mut group = c.benchmark_group(group_name);
        for language in [Language::PlainText, Language::Markdown] {
            let draft = drafts::draft_of_words(repository_root(), language, words);
            let document = Document::new(&draft, 1, language);
            // As the server opens a draft: the first analysis keeps what the next reuses.
            let mut memo = Memo::default();
            let previous = check_draft_reusing(&mut memo, None, &draft, language, &Settings::default());
            let mut edits = edits_on(&draft, document.rope());
            let keystroke = edits[0].change.clone();
            edits.push(Edit { name: "keystroke_without_reuse", change: keystroke });
            edits.retain(|edit| all_edits || edit.name == "keystroke");
            for edit in edits {
                let name = BenchmarkId::new(language_name(language), edit.name);
                // Each edit from the memo as the base draft left it (copied outside the timing).
                group.bench_function(name, |b| {
                    b.iter_batched(
                        || memo.clone(),
                        |mut memo| black_box(server_edit(&document, &previous, &edit, &mut memo)),
                        BatchSize::LargeInput,
                    )
                });
            }
        }
        group.finish();
    }
}

/// One edit as the server handles it, from the document and its analysis before the edit.
fn server_edit(
    document: &Document,
    previous: &copydesk::engine::Checked,
    edit: &Edit,
    memo: &mut Memo,
) -> (copydesk::engine::Checked, Vec<(LineColumn, LineColumn)>) {
    let encoding = PositionEncoding::Utf16;
    let reuse = edit.name != "keystroke_without_reuse";
    let mut edited = document.clone();
    edited.apply_changes(std::slice::from_ref(&edit.change), encoding, 2);
    let text = edited.rope().to_string();
    let mut fresh = Memo::default();
    let (memo, previous) = if reuse { (memo, Some(&previous.prose)) } else { (&mut fresh, None) };
    let checked = check_draft_reusing(memo, previous, &text, document.language(), &Settings::default());
    let positions = checked
        .findings
        .iter()
        .map(|f| (position_of(edited.rope(), f.span.start, encoding), position_of(edited.rope(), f.span.end, encoding)))
        .collect();
    (checked, positions)
}

/// The document-wide facts alone (names and quotations), on prose already read: the part
/// of every analysis that is not reused across edits.
fn document_facts<M: Measurement>(c: &mut Criterion<M>) {
    let settings = Settings::default();
    let mut group = c.benchmark_group("facts");
    for &(label, words) in &SIZES[1..] {
        let draft = drafts::draft_of_words(repository_root(), Language::PlainText, words);
        let prose = copydesk::text::Prose::new(&draft, Language::PlainText);
        group.bench_function(BenchmarkId::new("plain", label), |b| {
            b.iter(|| black_box(copydesk::analysis::Facts::gather(&prose, &settings, &mut Default::default())))
        });
    }
    group.finish();
}

/// The spelling check's costs: parsing a dictionary (once per process), looking up the
/// words of a 10k-word draft the first time and when every paragraph is remembered, and
/// the suggestions for one misspelt word (asked for only by a code action or the CLI).
fn spelling<M: Measurement>(c: &mut Criterion<M>) {
    let mut group = c.benchmark_group("spelling");
    for dialect in [Some(Dialect::EnUs), Some(Dialect::EnGb), None] {
        group.bench_function(BenchmarkId::new("load", dialect.map_or("either", Dialect::as_str)), |b| {
            b.iter(|| black_box(dictionary::load(dialect).is_some()))
        });
    }
    let draft = drafts::draft_of_words(repository_root(), Language::PlainText, 10_000);
    let prose = Prose::new(&draft, Language::PlainText);
    for dialect in [Some(Dialect::EnUs), None] {
        let name = dialect.map_or("either", Dialect::as_str);
        group.throughput(Throughput::Elements(drafts::word_count(&draft) as u64));
        group.bench_function(BenchmarkId::new("lookup_10k_first", name), |b| {
            b.iter(|| black_box(candidates::unknown_words(&prose, dialect, &mut candidates::Memo::default())))
        });
        let mut memo = candidates::Memo::default();
        group.bench_function(BenchmarkId::new("lookup_10k_remembered", name), |b| {
            b.iter(|| black_box(candidates::unknown_words(&prose, dialect, &mut memo)))
        });
    }
    // The whole analysis with the spelling family on and off: the difference is what the
    // rule adds per 10k words, first reading and with every paragraph remembered.
    let without_spelling = Settings {
        rules: [("spelling".to_string(), copydesk::vocabulary::Level::Off)].into_iter().collect(),
        ..Settings::default()
    };
    for (name, settings) in [("spelling_off", &without_spelling), ("spelling_on", &Settings::default())] {
        // The draft analysed again with its memo: every paragraph remembered.
        let mut memo = Memo::default();
        let checked = check_draft_reusing(&mut memo, None, &draft, Language::PlainText, settings);
        group.bench_function(BenchmarkId::new("check_10k_remembered", name), |b| {
            b.iter(|| {
                black_box(check_draft_reusing(&mut memo, Some(&checked.prose), &draft, Language::PlainText, settings))
            })
        });
    }
    group.bench_function(BenchmarkId::new("check_10k_first", "spelling_on"), |b| {
        b.iter(|| black_box(check_draft(&draft, Language::PlainText, &Settings::default())))
    });
    group.throughput(Throughput::Elements(1));
    group.bench_function("suggest_one_word", |b| {
        b.iter(|| black_box(dictionary::suggestions(None, black_box("goverment"), 5)))
    });
    group.finish();
}

/// Byte offset <-> line/column on the 100k-word draft, 1,000 conversions per iteration.
fn position_conversion<M: Measurement>(c: &mut Criterion<M>) {
    let draft = drafts::draft_of_words(repository_root(), Language::PlainText, 100_000);
    let document = Document::new(&draft, 1, Language::PlainText);
    let rope = document.rope();
    let offsets: Vec<usize> = (0..1_000).map(|i| i * (draft.len() / 1_000)).collect();
    let mut group = c.benchmark_group("position_100k");
    group.throughput(Throughput::Elements(offsets.len() as u64));
    for encoding in [PositionEncoding::Utf16, PositionEncoding::Utf8] {
        let positions: Vec<LineColumn> = offsets.iter().map(|&o| position_of(rope, o, encoding)).collect();
        let name = format!("{encoding:?}").to_lowercase();
        group.bench_function(BenchmarkId::new("offset_to_position", &name), |b| {
            b.iter(|| {
                offsets.iter().map(|&o| position_of(rope, black_box(o), encoding)).fold(0u32, |a, p| a ^ p.column)
            })
        });
        group.bench_function(BenchmarkId::new("position_to_offset", &name), |b| {
            b.iter(|| positions.iter().map(|&p| offset_of(rope, black_box(p), encoding)).fold(0usize, |a, o| a ^ o))
        });
    }
    group.finish();
}

fn corpus_directory() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("COPYDESK_CORPUS").map(PathBuf::from),
        Some(repository_root().join("../shared/corpus/wikinews-2019/articles")),
    ];
    candidates.into_iter().flatten().find(|path| path.is_dir())
}

/// The whole process: `copydesk check` over the 171-article corpus.
fn cli_over_corpus(c: &mut Criterion) {
    let Some(corpus) = corpus_directory() else {
        eprintln!("note: ../shared/corpus/wikinews-2019 not found; CLI benchmark skipped");
        return;
    };
    let binary = env!("CARGO_BIN_EXE_copydesk");
    let mut group = c.benchmark_group("cli");
    group.sample_size(20);
    group.bench_function("check_wikinews_2019", |b| {
        b.iter(|| {
            let output =
                std::process::Command::new(binary).arg("check").arg(&corpus).output().expect("run copydesk check");
            black_box(output.stdout.len())
        })
    });
    group.finish();
}

fn configured() -> Criterion {
    // A shared 2-core machine: enough samples for a stable median, no plots.
    Criterion::default().sample_size(30).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3))
}

/// `COPYDESK_BENCH_CLOCK=cpu` measures the in-process benchmarks in the thread's CPU time
/// instead of wall time: on a machine shared with other jobs, wall time counts the time
/// the scheduler gave to them. (The CLI benchmark is a child process: always wall time.)
fn main() {
    let cpu_clock = std::env::var("COPYDESK_BENCH_CLOCK").is_ok_and(|clock| clock == "cpu");
    if cpu_clock {
        let mut criterion = configured().with_measurement(cpu_time::ThreadCpuTime::default()).configure_from_args();
        full_analysis(&mut criterion);
        edit_then_reanalyse(&mut criterion);
        document_facts(&mut criterion);
        position_conversion(&mut criterion);
        spelling(&mut criterion);
    } else {
        let mut criterion = configured().configure_from_args();
        full_analysis(&mut criterion);
        edit_then_reanalyse(&mut criterion);
        document_facts(&mut criterion);
        position_conversion(&mut criterion);
        spelling(&mut criterion);
        cli_over_corpus(&mut criterion);
    }
    Criterion::default().configure_from_args().final_summary();
}
