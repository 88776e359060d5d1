//! A `tracing` span per LSP message (request or notification), around the whole service,
//! so `RUST_LOG=copydesk=debug` shows each one's method and duration without touching
//! every handler. The span closes when the response is ready; its close event carries
//! `time.busy` (polled) and `time.idle` (waiting, e.g. for an analysis on the blocking pool).

use std::task::{Context, Poll};

use tower_lsp_server::jsonrpc::Request;
use tower_service::Service;
use tracing::Instrument;
use tracing::instrument::Instrumented;

/// Wraps a service so every call runs inside a `request` span.
pub struct Traced<S>(pub S);

impl<S: Service<Request>> Service<Request> for Traced<S> {
    type Response = S::Response;
    type Error = S::Error;
    type Future = Instrumented<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let span = match request.id() {
            Some(id) => tracing::debug_span!("request", method = request.method(), %id),
            None => tracing::debug_span!("notification", method = request.method()),
        };
        self.0.call(request).instrument(span)
    }
}
