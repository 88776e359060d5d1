use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Logs go to stderr: stdout is the LSP channel.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        // A span's close event reports its duration: requests and analyses at debug level.
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("copydesk=warn")),
        )
        .init();
    copydesk::cli::run(copydesk::cli::Cli::parse())
}
