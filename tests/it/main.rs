//! End-to-end tests: the CLI binary, the server over stdio, fixtures and the clean corpus.

mod cli;
mod config;
mod corpus;
mod editors;
mod fixtures;
mod lsp;
mod names;
mod quotes;
mod scaling;
mod support;
