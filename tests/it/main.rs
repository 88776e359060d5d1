//! End-to-end tests: the CLI binary, the server over stdio, fixtures and the clean corpus.

mod abuse;
mod annotations;
mod cli;
mod cli_abuse;
mod config;
mod corpus;
mod editors;
mod facts;
mod fix_safety;
mod fixtures;
mod fold;
mod layers;
mod lsp;
mod memo;
mod name_recall;
mod names;
mod newsroom;
mod properties;
mod pytest_lsp;
mod quotes;
mod scaling;
mod schema;
mod support;
mod suppressions;
