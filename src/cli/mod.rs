//! The command line: `copydesk check`, `copydesk cast`, `copydesk rules`, `copydesk lsp`.

mod cast;
mod check;
mod memory;
mod output;
mod parallel;
mod project;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand, ValueEnum};

use crate::vocabulary::Level;

pub use check::{CheckOptions, run_check};

#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about = "A newsroom copy desk for drafts: garbled sentences, quotes and names.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check drafts (files, directories of *.md/*.markdown/*.txt, or - for stdin).
    Check(CheckArgs),
    /// Print the draft's cast (people, organisations, places): a who's-who to check names against.
    Cast {
        /// The draft (`-` reads plain text from stdin); several drafts or a directory
        /// print the merged cast of every story, with the stories that name each member.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Use this project file instead of the nearest `.copydesk.toml`.
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
    },
    /// List every rule with its documentation.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Write a commented starter `.copydesk.toml` (never overwrites an existing one).
    Init {
        /// Where to write it (default: the current directory).
        #[arg(default_value = ".")]
        directory: PathBuf,
    },
    /// Run the language server on stdin/stdout.
    Lsp {
        /// Accepted for editors that pass it; stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads a draft from stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit with status 1 when a finding at or above this severity exists.
    #[arg(long, default_value = "warning", value_parser = fail_on_parser())]
    pub fail_on: Level,
    /// Read stdin as Markdown (default: plain text).
    #[arg(long)]
    pub stdin_markdown: bool,
    /// Use this project file for every draft instead of the nearest `.copydesk.toml`.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Drafts checked at once (default: one per core). `--jobs 1` when a batch engine
    /// already runs one copydesk per core.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Check each draft on its own: several drafts (and a project file's `memory`
    /// archives) are otherwise one newsroom's stories, checked against each other's names.
    /// For a corpus of unrelated stories, or an archive too large to index first.
    #[arg(long)]
    pub no_memory: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    /// One JSON array of every finding.
    Json,
    /// One JSON object per line, per finding, written as each draft is checked: for
    /// archives and batch pipelines (bounded memory, streamable).
    Jsonl,
}

/// `--fail-on`: a severity, or "never" (the level off).
fn fail_on_parser() -> impl TypedValueParser<Value = Level> {
    clap::builder::PossibleValuesParser::new(["error", "warning", "info", "hint", "never"])
        .map(|word: String| Level::parse(&word).unwrap_or(Level::Off))
}

/// Runs a parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(arguments) => run_check(&CheckOptions {
            paths: arguments.paths,
            format: arguments.format,
            fail_on: arguments.fail_on,
            stdin_markdown: arguments.stdin_markdown,
            config: arguments.config,
            jobs: arguments.jobs.map(usize::from),
            no_memory: arguments.no_memory,
        }),
        Command::Cast { paths, format, config } => cast::run_cast(&paths, format, config.as_deref()),
        Command::Init { directory } => project::run_init(&directory),
        Command::Rules { format } => output::print_rules(format),
        Command::Lsp { stdio: _ } => crate::lsp::run_stdio(),
    }
}
