//! The language server: document sync, diagnostics (pushed, or pulled: `pull`), code
//! actions (resolved lazily where the client can), hover, speakers inline (`inlay`).
//!
//! This folder is the only one that knows LSP types.

mod actions;
mod capabilities;
mod configuration;
mod convert;
mod inlay;
mod memory;
mod newsroom;
mod pull;
mod server;
mod trace;
pub mod transport;
mod worker;

use std::process::ExitCode;
use std::sync::Arc;

pub use server::Backend;

/// Serves LSP on stdin/stdout until the client says `exit` or closes stdin. Exits with 0
/// after `shutdown` and `exit`, with 1 otherwise (as LSP asks).
pub fn run_stdio() -> ExitCode {
    memory::return_large_buffers();
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::error!("cannot start the async runtime: {error}");
            return ExitCode::from(2);
        }
    };
    let lifecycle = Arc::new(transport::Lifecycle::default());
    runtime.block_on(async {
        // Malformed input would end tower-lsp-server's read loop: see `transport`.
        let input = transport::guarded_input(tokio::io::stdin(), Arc::clone(&lifecycle));
        let (service, socket) = tower_lsp_server::LspService::build(Backend::new)
            .custom_method(transport::INVALID_REQUEST_METHOD, reject_invalid_request)
            .finish();
        tower_lsp_server::Server::new(input, tokio::io::stdout(), socket).serve(trace::Traced(service)).await;
    });
    // Analyses still running are abandoned: the client has gone.
    runtime.shutdown_background();
    let code = lifecycle.exit_code();
    if code != 0 {
        tracing::warn!("the client left without shutdown and exit; exiting with status {code}");
    }
    ExitCode::from(code)
}

/// Stands in for a request that was not valid JSON-RPC (see `transport`).
async fn reject_invalid_request(_: &Backend) -> tower_lsp_server::jsonrpc::Result<()> {
    Err(tower_lsp_server::jsonrpc::Error::invalid_request())
}
