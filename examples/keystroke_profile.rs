//! Profiling driver (not a benchmark): opens a draft, then types one character at each
//! offset listed in a file, analysing after each, as the server does. Run under
//! `valgrind --tool=callgrind` to count a keystroke's instructions.
//! Usage: keystroke_profile DRAFT OFFSETS KEY [COUNT]
//! (`OFFSETS`: one character offset a line, as `scripts/keystrokes.py` spreads them.)
use copydesk::engine::{Checked, Memo, check_draft_reusing};
use copydesk::settings::Settings;
use copydesk::text::Language;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut text = std::fs::read_to_string(&args[1]).unwrap();
    let offsets: Vec<usize> =
        std::fs::read_to_string(&args[2]).unwrap().lines().filter_map(|l| l.trim().parse().ok()).collect();
    let key = args[3].as_str();
    let count: usize = args.get(4).and_then(|c| c.parse().ok()).unwrap_or(offsets.len());
    let settings = Settings::default();
    let mut memo = Memo::default();
    let mut checked = check_draft_reusing(&mut memo, None, &text, Language::PlainText, &settings);
    eprintln!("open: {} findings", checked.findings.len());
    for (typed, offset) in offsets.iter().take(count).enumerate() {
        // Offsets count characters (Python); convert to bytes.
        let at = text.char_indices().nth(offset + typed).map_or(text.len(), |(b, _)| b);
        text.insert_str(at, key);
        let started = std::time::Instant::now();
        checked = keystroke(&mut memo, &checked, &text, &settings);
        eprintln!("{typed}: {:?} {} findings", started.elapsed(), checked.findings.len());
    }
}

/// One keystroke's analysis (`--toggle-collect=*keystroke_profile::keystroke` counts it alone).
#[inline(never)]
fn keystroke(memo: &mut Memo, previous: &Checked, text: &str, settings: &Settings) -> Checked {
    check_draft_reusing(memo, Some(&previous.prose), text, Language::PlainText, settings)
}
