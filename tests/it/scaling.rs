//! Cost must grow linearly with the draft: analysing 8x the text may cost at most 12x the
//! time, so a quadratic loop (64x) cannot creep into a rule or the segmenter.
//!
//! Robust on a loaded, shared machine and in debug builds: the small draft is timed as
//! FACTOR analyses in a row, so both timings span about the same wall time and meet the
//! same interference from other processes (a short run can slip between two time slices,
//! a long one cannot, which would bias a plain best-of-N comparison). The two are timed in
//! alternation, each judged by its fastest run (noise only ever adds time), and only the
//! ratio is compared, never absolute durations.

use std::path::Path;
use std::time::{Duration, Instant};

use copydesk::engine::check_draft;
use copydesk::settings::Settings;
use copydesk::text::Language;

#[path = "../../benches/support/drafts.rs"]
mod drafts;

const BASE_WORDS: usize = 2_000;
const FACTOR: usize = 8;
/// 12x the time for 8x the text, as a ratio to 8x the time.
const ALLOWED_RATIO: f64 = 12.0 / FACTOR as f64;
const RUNS_PER_SIZE: usize = 9;
/// Independent rounds: a round whose ratio is in budget ends the test. A real quadratic
/// loop fails every round; a machine busy for one round does not fail the test.
const ROUNDS: usize = 3;

/// Time for `repetitions` analyses of `draft` in a row.
fn time_analyses(draft: &str, repetitions: usize, language: Language, settings: &Settings) -> Duration {
    let started = Instant::now();
    for _ in 0..repetitions {
        std::hint::black_box(check_draft(std::hint::black_box(draft), language, settings));
    }
    started.elapsed()
}

/// The ratio of the fastest analysis of the large draft to the fastest FACTOR analyses of
/// the small one: the cost of 8x the text, over 8x the cost of the text.
fn best_ratio(small: &str, large: &str, language: Language, settings: &Settings) -> f64 {
    let mut best_small = Duration::MAX;
    let mut best_large = Duration::MAX;
    for _ in 0..RUNS_PER_SIZE {
        best_small = best_small.min(time_analyses(small, FACTOR, language, settings));
        best_large = best_large.min(time_analyses(large, 1, language, settings));
    }
    best_large.as_secs_f64() / best_small.as_secs_f64().max(1e-9)
}

#[test]
fn analysing_eight_times_the_text_costs_less_than_twelve_times_the_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let settings = Settings::default();
    for language in [Language::PlainText, Language::Markdown] {
        let unit = drafts::fixture_unit(root, language);
        assert!(drafts::word_count(&unit) > 100, "fixtures too small to build a benchmark draft");
        let small = drafts::repeat_to_words(&unit, BASE_WORDS);
        // Exactly FACTOR copies of the small draft, so the ratio of sizes is exact.
        let large = small.repeat(FACTOR);
        assert_linear(&format!("{language:?}"), &small, &large, language, &settings);
    }
}

/// Times `large` (FACTOR times `small`) against `small`, in up to ROUNDS rounds, and fails
/// when even the best round costs ALLOWED_RATIO times FACTOR or more.
fn assert_linear(label: &str, small: &str, large: &str, language: Language, settings: &Settings) {
    // Warm up: lazily built lexicons and automata are paid once, not by the small draft.
    time_analyses(small, 1, language, settings);
    let mut ratios = Vec::new();
    for _ in 0..ROUNDS {
        let ratio = best_ratio(small, large, language, settings);
        ratios.push(ratio);
        if ratio < ALLOWED_RATIO {
            break;
        }
    }
    let best = ratios.iter().copied().fold(f64::INFINITY, f64::min);
    let times = best * FACTOR as f64;
    println!("{label}: {FACTOR}x the text took {times:.1}x the time (rounds, as multiples of {FACTOR}x: {ratios:.2?})");
    assert!(
        best < ALLOWED_RATIO,
        "{label}: {FACTOR}x the text costs {times:.1}x the time (rounds, as multiples of {FACTOR}x: {ratios:.2?}); something grows faster than linearly"
    );
}

/// Syllables for generated names: three of them make 8,000 distinct names.
const SYLLABLES: [&str; 20] = [
    "ka", "lo", "mir", "ta", "vesh", "ro", "an", "de", "li", "su", "bor", "ne", "qui", "za", "tel", "mo", "ri", "fen",
    "da", "go",
];

/// A capitalised name of `syllables` syllables: the digits of `number` in base 20.
fn generated_name(mut number: usize, syllables: usize) -> String {
    let mut name = String::new();
    for _ in 0..syllables {
        name.push_str(SYLLABLES[number % SYLLABLES.len()]);
        number /= SYLLABLES.len();
    }
    let mut letters = name.chars();
    letters.next().map(|first| first.to_uppercase().chain(letters).collect()).unwrap_or_default()
}

/// `paragraphs` paragraphs of news copy, each naming a new person, organisation and place
/// (about 45 words a paragraph): a book keeps introducing names, and an analysis that
/// compares each mention with every member so far grows with the square of the text.
fn draft_of_new_names(paragraphs: usize) -> String {
    let mut draft = String::new();
    for i in 0..paragraphs {
        let first = generated_name(i * 37 + 11, 2);
        let surname = generated_name(i, 3);
        let organisation = generated_name((i * 1237 + 101) % 8000, 3);
        let place = generated_name((i * 4271 + 3001) % 8000, 3);
        draft.push_str(&format!(
            "{first} {surname}, a spokesman for {organisation} Holdings, said on Monday that the company would open an office in {place}. \
             {surname} added that {organisation} had hired forty people. Later, {first} said the plan was final, and {surname}'s \
             team agreed.\n\n"
        ));
    }
    draft
}

#[test]
fn a_draft_that_keeps_naming_new_people_costs_linear_time() {
    let settings = Settings::default();
    let language = Language::PlainText;
    let small_paragraphs = 50;
    let small = draft_of_new_names(small_paragraphs);
    // Eight times the paragraphs, every one with new names (about 1,200 distinct names).
    let large = draft_of_new_names(small_paragraphs * FACTOR);
    assert!(drafts::word_count(&small) >= 1_500, "small draft too small: {} words", drafts::word_count(&small));
    let names_in_large = check_draft(&large, language, &settings).facts.cast.members.len();
    assert!(
        names_in_large >= 3 * small_paragraphs * FACTOR / 2,
        "generated names not told apart: {names_in_large} cast"
    );
    assert_linear(&format!("new names ({names_in_large} cast)"), &small, &large, language, &settings);
}
