//! copydesk in real editors, end to end: a headless Neovim with the copydesk plugin, and a
//! batch Emacs with eglot and the copydesk snippet, each installed the way
//! editors/README.md tells a journalist to, open a fixture draft under fixtures/editors/,
//! show the server's diagnostics, show the hover of one, apply its quick fix, and show the
//! diagnostics of the new text.
//!
//! The scripts that drive the editors (editors/*/test/e2e.*) only observe and record
//! what the editor shows; the assertions are here, against what the library finds in the
//! same text, so the tests hold whatever rules are added. A test whose editor is not
//! installed is ignored, with the reason in `cargo test`'s summary (build.rs), and fails
//! under `CI=true`; .ci/run installs them.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use copydesk::engine::check_draft;
use copydesk::rules::Severity;
use copydesk::settings::Settings;
use copydesk::text::Language;
use serde_json::Value;

use crate::support::{binary, repository_root};

/// The scripts bound each of their waits (20 s) and themselves (90 s); this bounds the
/// editor process in case the scripts never run.
const EDITOR_TIMEOUT: Duration = Duration::from_secs(120);

#[test]
#[cfg_attr(copydesk_no_neovim, ignore = "needs nvim (Debian: neovim; fails under CI=true)")]
fn neovim_shows_diagnostics_and_hover_and_applies_a_fix_in_markdown() {
    neovim_session("council.md", "markdown", "garbled.repeated-word", None);
}

#[test]
#[cfg_attr(copydesk_no_neovim, ignore = "needs nvim (Debian: neovim; fails under CI=true)")]
fn neovim_checks_plain_text_and_applies_a_fix() {
    neovim_session("council.txt", "text", "garbled.sentence-break", None);
}

/// The settings of editors/README.md, set the way it tells Neovim users to: one rule
/// raised to an error, one turned off.
#[test]
#[cfg_attr(copydesk_no_neovim, ignore = "needs nvim (Debian: neovim; fails under CI=true)")]
fn neovim_sends_the_documented_settings() {
    let init_lua = "vim.g.copydesk_settings = { rules = { ['garbled.sentence-break'] = 'error', ['garbled.repeated-word'] = 'off' } }\n";
    neovim_session("council.md", "markdown", "garbled.sentence-break", Some(init_lua));
}

#[test]
#[cfg_attr(
    copydesk_no_emacs,
    ignore = "needs emacs with eglot and markdown-mode (Debian: emacs-nox elpa-eglot elpa-markdown-mode; fails under CI=true)"
)]
fn emacs_eglot_sends_the_documented_settings() {
    let dir_locals = "((nil . ((eglot-workspace-configuration\n          . (:copydesk (:rules (:garbled.sentence-break \"error\" :garbled.repeated-word \"off\")))))))\n";
    emacs_session("council.txt", "text-mode", "plaintext", "garbled.sentence-break", Some(dir_locals));
}

/// What the settings in the two tests above mean.
fn raised_and_silenced() -> Settings {
    let (settings, problems) = copydesk::config::settings_from_json(
        &serde_json::json!({ "rules": { "garbled.sentence-break": "error", "garbled.repeated-word": "off" } }),
    );
    assert!(problems.is_empty(), "{problems:?}");
    settings
}

#[test]
#[cfg_attr(
    copydesk_no_emacs,
    ignore = "needs emacs with eglot and markdown-mode (Debian: emacs-nox elpa-eglot elpa-markdown-mode; fails under CI=true)"
)]
fn emacs_eglot_shows_flymake_diagnostics_and_hover_and_applies_a_fix_in_markdown() {
    emacs_session("council.md", "markdown-mode", "markdown", "garbled.repeated-word", None);
}

#[test]
#[cfg_attr(
    copydesk_no_emacs,
    ignore = "needs emacs with eglot and markdown-mode (Debian: emacs-nox elpa-eglot elpa-markdown-mode; fails under CI=true)"
)]
fn emacs_eglot_checks_plain_text_and_applies_a_fix() {
    emacs_session("council.txt", "text-mode", "plaintext", "garbled.sentence-break", None);
}

/// editors/README.md documents the settings once, as the JSON object every editor sends: it
/// must be settings the server accepts, with no misspelt key.
#[test]
fn the_settings_example_in_the_editors_readme_is_valid_settings() {
    let readme = std::fs::read_to_string(repository_root().join("editors/README.md")).expect("editors/README.md");
    let section = readme.split("\n## Settings\n").nth(1).expect("a Settings section");
    let example =
        section.split("```json\n").nth(1).and_then(|rest| rest.split("\n```").next()).expect("a JSON example");
    let value: serde_json::Value =
        serde_json::from_str(example).unwrap_or_else(|error| panic!("the example is not JSON: {error}\n{example}"));
    let (settings, problems) = copydesk::config::settings_from_json(&value);
    assert!(problems.is_empty(), "the example is not valid settings: {problems:?}\n{example}");
    assert!(
        !settings.rules.is_empty() && !settings.names.is_empty(),
        "the example shows rules and names: {settings:?}"
    );
    assert_eq!(settings.style.us_abbreviation.as_deref(), Some("U.S."));
    assert!(
        !settings.phrases.extra.is_empty() && !settings.phrases.allow.is_empty(),
        "the example shows both phrase lists: {settings:?}"
    );
}

/// `init_lua`, when given, is the user's init.lua, holding settings that mean `raised_and_silenced`.
fn neovim_session(fixture: &str, filetype: &str, fix_code: &str, init_lua: Option<&str>) {
    let nvim = find_program("nvim").expect("nvim is not installed (Debian: neovim)");
    let settings = if init_lua.is_some() { raised_and_silenced() } else { Settings::default() };
    let session =
        Session::new(&format!("nvim-{}-{}", fixture.replace('.', "-"), init_lua.is_some()), fixture, settings);
    // The install step of editors/README.md: lsp/ and plugin/ into the Neovim config folder.
    let config = session.directory.join("config");
    for folder in ["lsp", "plugin"] {
        copy_folder(&repository_root().join("editors/neovim").join(folder), &config.join("nvim").join(folder));
    }
    if let Some(init_lua) = init_lua {
        std::fs::write(config.join("nvim/init.lua"), init_lua).expect("init.lua");
    }
    let output = session.directory.join("observed.json");
    let mut command = Command::new(nvim);
    command
        .arg("--headless")
        .arg("-c")
        .arg(format!("luafile {}", repository_root().join("editors/neovim/test/e2e.lua").display()))
        .arg(&session.draft_path)
        .env("XDG_CONFIG_HOME", &config)
        .env("XDG_DATA_HOME", session.directory.join("data"))
        .env("XDG_STATE_HOME", session.directory.join("state"))
        .env("XDG_CACHE_HOME", session.directory.join("cache"))
        .env("COPYDESK_E2E_OUT", &output)
        .env("COPYDESK_E2E_FIX_CODE", fix_code);
    // Only the config above, whatever the environment running the tests says.
    for variable in ["VIMINIT", "MYVIMRC", "NVIM", "NVIM_LISTEN_ADDRESS", "NVIM_APPNAME", "VIMRUNTIME"] {
        command.env_remove(variable);
    }
    let observed = session.run(command, &output, &[session.directory.join("cache/nvim/lsp.log")]);

    observed.assert_eq(&observed.value["filetype"], filetype, "filetype");
    observed.assert_eq(&observed.value["client_name"], "copydesk", "client name");
    observed.assert(
        observed.value["client_cmd"] == serde_json::json!(["copydesk", "lsp"]),
        "the plugin starts `copydesk lsp`",
    );
    observed.assert_session(&session, fix_code, |severity| severity.as_str().to_string());
    observed.assert(observed.value["stopped"] == true, "the client stopped the server");
}

/// `dir_locals`, when given, is the project's .dir-locals.el, holding settings that mean
/// `raised_and_silenced`.
fn emacs_session(fixture: &str, major_mode: &str, language_id: &str, fix_code: &str, dir_locals: Option<&str>) {
    let emacs =
        find_program("emacs").expect("emacs is not installed (Debian: emacs-nox elpa-eglot elpa-markdown-mode)");
    let settings = if dir_locals.is_some() { raised_and_silenced() } else { Settings::default() };
    let session =
        Session::new(&format!("emacs-{}-{}", fixture.replace('.', "-"), dir_locals.is_some()), fixture, settings);
    if let Some(dir_locals) = dir_locals {
        std::fs::write(session.draft_path.with_file_name(".dir-locals.el"), dir_locals).expect(".dir-locals.el");
    }
    let home = session.directory.join("home");
    std::fs::create_dir_all(&home).expect("home folder");
    let output = session.directory.join("observed.json");
    let mut command = Command::new(emacs);
    command
        .arg("--batch")
        .arg("-l")
        .arg(repository_root().join("editors/emacs/test/e2e.el"))
        .env("HOME", &home)
        .env("COPYDESK_E2E_SNIPPET", repository_root().join("editors/emacs/copydesk.el"))
        .env("COPYDESK_E2E_DRAFT", &session.draft_path)
        .env("COPYDESK_E2E_OUT", &output)
        .env("COPYDESK_E2E_FIX_CODE", fix_code)
        .env_remove("EMACSLOADPATH");
    let observed = session.run(command, &output, &[]);

    observed.assert_eq(&observed.value["major_mode"], major_mode, "major mode");
    observed.assert_eq(&observed.value["language_id"], language_id, "languageId eglot sends");
    observed.assert(
        observed.value["server_command"] == serde_json::json!(["copydesk", "lsp"]),
        "eglot starts `copydesk lsp`",
    );
    // eglot 1.9 shows errors and warnings as such and everything milder as a note.
    observed.assert_session(&session, fix_code, |severity| match severity {
        Severity::Error => "error".to_string(),
        Severity::Warning => "warning".to_string(),
        Severity::Info | Severity::Hint => "note".to_string(),
    });
    observed.assert(observed.value["server_stopped"] == true, "eglot stopped the server");
}

/// A fixture draft copied into a fresh temporary folder, with the binary under test on PATH
/// as `copydesk`, the name every editor configuration uses.
struct Session {
    directory: PathBuf,
    draft_path: PathBuf,
    draft: String,
    language: Language,
    /// The settings the editor is configured with.
    settings: Settings,
}

impl Session {
    fn new(name: &str, fixture: &str, settings: Settings) -> Session {
        let directory = std::env::temp_dir().join(format!("copydesk-editors-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&directory);
        let drafts = directory.join("drafts");
        std::fs::create_dir_all(&drafts).expect("temp folder");
        let fixture_path = repository_root().join("fixtures/editors").join(fixture);
        let draft = std::fs::read_to_string(&fixture_path).expect("fixture");
        let draft_path = drafts.join(fixture);
        std::fs::write(&draft_path, &draft).expect("copy the fixture");
        Session { directory, draft_path, draft, language: Language::from_path(&fixture_path), settings }
    }

    /// Runs the editor in the drafts folder, bounded by `EDITOR_TIMEOUT`, and reads what its
    /// script recorded. `logs` are files whose text helps explain a failure.
    fn run(&self, mut command: Command, output: &Path, logs: &[PathBuf]) -> Observed {
        let stdout_path = self.directory.join("editor.stdout");
        let stderr_path = self.directory.join("editor.stderr");
        let bin = binary().parent().expect("binary folder").to_path_buf();
        let path = std::env::join_paths(
            std::iter::once(bin).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
        )
        .expect("PATH");
        command
            .current_dir(self.draft_path.parent().expect("drafts folder"))
            .env("PATH", path)
            .stdin(Stdio::null())
            .stdout(File::create(&stdout_path).expect("stdout file"))
            .stderr(File::create(&stderr_path).expect("stderr file"));
        let started = Instant::now();
        let mut child = command.spawn().unwrap_or_else(|error| panic!("could not start {command:?}: {error}"));
        let status: Option<ExitStatus> = loop {
            if let Some(status) = child.try_wait().expect("wait for the editor") {
                break Some(status);
            }
            if started.elapsed() > EDITOR_TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut context = format!(
            "editor: {command:?}\nexit: {}\nafter {:.1} s\n--- editor stdout\n{}\n--- editor stderr\n{}\n",
            status.map_or("killed after the timeout".to_string(), |s| s.to_string()),
            started.elapsed().as_secs_f64(),
            read_or_note(&stdout_path),
            read_or_note(&stderr_path),
        );
        for log in logs {
            context.push_str(&format!("--- {}\n{}\n", log.display(), read_or_note(log)));
        }
        let Ok(text) = std::fs::read_to_string(output) else {
            panic!("the editor script recorded nothing\n{context}");
        };
        let value: Value = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("unreadable record ({error}): {text}\n{context}"));
        context.push_str(&format!("--- observed\n{}\n", serde_json::to_string_pretty(&value).unwrap_or_default()));
        let observed = Observed { value, context };
        observed.assert(
            observed.value["error"].is_null(),
            &format!("the editor script failed: {}", observed.value["error"]),
        );
        observed.assert(status.is_some_and(|s| s.success()), "the editor exited with success");
        eprintln!("{} session took {:.1} s", self.draft_path.display(), started.elapsed().as_secs_f64());
        observed
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // Whatever a failure needs is in its message already (see `Session::run`).
        let _ = std::fs::remove_dir_all(&self.directory);
    }
}

struct Observed {
    value: Value,
    /// Everything known about the run, printed with any failure.
    context: String,
}

impl Observed {
    #[track_caller]
    fn assert(&self, condition: bool, what: &str) {
        assert!(condition, "{what}\n{}", self.context);
    }

    #[track_caller]
    fn assert_eq(&self, actual: &Value, expected: &str, what: &str) {
        assert!(actual == expected, "{what}: expected {expected:?}, the editor has {actual}\n{}", self.context);
    }

    /// The checks both editors share: the diagnostics shown are the library's findings, the
    /// hover explains the finding, its quick fix changes the text exactly as the fix says,
    /// and the diagnostics then follow the new text.
    #[track_caller]
    fn assert_session(&self, session: &Session, fix_code: &str, severity_name: impl Fn(Severity) -> String) {
        let observed = &self.value;
        let draft = &session.draft;
        self.assert_eq(&observed["text_before"], draft, "the buffer holds the draft");

        let expected = expected_diagnostics(draft, session.language, &session.settings, &severity_name);
        let shown = shown_diagnostics(&observed["diagnostics"]);
        assert_eq!(shown, expected, "diagnostics shown in the editor\n{}", self.context);

        let checked = check_draft(draft, session.language, &session.settings);
        let Some(target) =
            checked.findings.iter().find(|finding| finding.code.as_str() == fix_code && !finding.fixes.is_empty())
        else {
            panic!("the fixture no longer has a {fix_code} finding with a fix: pick another fixture or code");
        };
        let hover = observed["hover"].as_str().unwrap_or_default();
        self.assert(
            hover.contains(fix_code) && hover.contains(&target.message),
            &format!("the hover explains {fix_code}: {hover:?}"),
        );
        let fix = &target.fixes[0];
        let menu: Vec<&str> = observed["code_actions"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        self.assert(
            menu.contains(&fix.title.as_str()),
            &format!("the code action menu {menu:?} offers {:?}", fix.title),
        );

        let fixed = fix.apply(draft);
        assert_ne!(&fixed, draft);
        self.assert_eq(&observed["text_after"], &fixed, "the buffer after the quick fix");
        let expected_after = expected_diagnostics(&fixed, session.language, &session.settings, &severity_name);
        let shown_after = shown_diagnostics(&observed["diagnostics_after"]);
        assert_eq!(shown_after, expected_after, "diagnostics shown after the fix\n{}", self.context);
    }
}

/// One diagnostic as the editor shows it: line (from 0), code, severity, covered text.
type ShownDiagnostic = (u64, String, String, String);

fn expected_diagnostics(
    draft: &str,
    language: Language,
    settings: &Settings,
    severity_name: impl Fn(Severity) -> String,
) -> Vec<ShownDiagnostic> {
    let checked = check_draft(draft, language, settings);
    let mut expected: Vec<ShownDiagnostic> = checked
        .findings
        .iter()
        .map(|finding| {
            let line = draft[..finding.span.start].matches('\n').count() as u64;
            (line, finding.code.to_string(), severity_name(finding.severity), finding.span.slice(draft).to_string())
        })
        .collect();
    expected.sort();
    expected
}

fn shown_diagnostics(diagnostics: &Value) -> Vec<ShownDiagnostic> {
    let mut shown: Vec<ShownDiagnostic> = diagnostics
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|diagnostic| {
            let severity = match &diagnostic["severity"] {
                // Neovim: vim.diagnostic.severity, 1 (error) to 4 (hint).
                Value::Number(number) => match number.as_u64() {
                    Some(1) => "error",
                    Some(2) => "warning",
                    Some(3) => "info",
                    Some(4) => "hint",
                    _ => "unknown",
                }
                .to_string(),
                // Emacs: eglot's flymake types, eglot-error, eglot-warning and eglot-note.
                Value::String(name) => name.trim_start_matches("eglot-").to_string(),
                other => other.to_string(),
            };
            (
                diagnostic["line"].as_u64().unwrap_or(u64::MAX),
                diagnostic["code"].as_str().unwrap_or_default().to_string(),
                severity,
                diagnostic["covered"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    shown.sort();
    shown
}

fn find_program(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|folder| folder.join(name)).find(|path| path.is_file())
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("folder entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy file");
        }
    }
}

fn read_or_note(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| format!("(cannot read: {error})"))
}
