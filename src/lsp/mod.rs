//! The language server: document sync, diagnostics, code actions, hover.
//!
//! This folder is the only one that knows LSP types.

mod configuration;
mod convert;
mod navigation;
mod server;
mod trace;
mod worker;

use std::process::ExitCode;

pub use server::Backend;

/// Serves LSP on stdin/stdout until the client says `exit`.
pub fn run_stdio() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::error!("cannot start the async runtime: {error}");
            return ExitCode::from(2);
        }
    };
    runtime.block_on(async {
        let (service, socket) = tower_lsp_server::LspService::new(Backend::new);
        tower_lsp_server::Server::new(tokio::io::stdin(), tokio::io::stdout(), socket).serve(trace::Traced(service)).await;
    });
    // Analyses still running are abandoned: the client has gone.
    runtime.shutdown_background();
    ExitCode::SUCCESS
}
