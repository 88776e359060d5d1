//! End-to-end tests: the CLI binary, the server over stdio, fixtures and the clean corpus.

mod cli;
mod corpus;
mod fixtures;
mod lsp;
mod scaling;
mod support;
