//! copydesk: a newsroom copy desk for drafts, as a language server and a command-line checker.
//!
//! Data flows one way: text -> document -> analysis -> findings -> (LSP | CLI).
#![deny(clippy::print_stdout)]

pub mod analysis;
#[cfg(feature = "server")]
pub mod cli;
pub mod config;
pub mod dictionary;
pub mod engine;
pub mod ide;
#[cfg(feature = "server")]
pub mod lsp;
pub mod newsroom;
pub mod rules;
pub mod settings;
pub mod text;
pub mod vocabulary;
#[cfg(feature = "wasm")]
pub mod wasm;
