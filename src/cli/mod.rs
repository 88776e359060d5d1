//! The command line: `copydesk check`, `copydesk cast`, `copydesk rules`, `copydesk lsp`.

mod cast;
mod check;
mod output;
mod project;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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
        /// The draft (`-` reads plain text from stdin).
        path: PathBuf,
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
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// Read stdin as Markdown (default: plain text).
    #[arg(long)]
    pub stdin_markdown: bool,
    /// Use this project file for every draft instead of the nearest `.copydesk.toml`.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Hint,
    Never,
}

impl FailOn {
    pub fn threshold(self) -> Option<crate::rules::Severity> {
        use crate::rules::Severity;
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Hint => Some(Severity::Hint),
            FailOn::Never => None,
        }
    }
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
        }),
        Command::Cast { path, format, config } => cast::run_cast(&path, format, config.as_deref()),
        Command::Init { directory } => project::run_init(&directory),
        Command::Rules { format } => output::print_rules(format),
        Command::Lsp { stdio: _ } => crate::lsp::run_stdio(),
    }
}
