//! Editor features without the protocol: what to offer and what to change, in byte spans
//! and plain data. `src/lsp` decides nothing here; it converts these answers into LSP types
//! and applies them to its documents. Nothing in this folder does I/O: a project file
//! arrives as its path and text.

pub mod actions;
pub mod project_file;
pub mod spelling;
pub mod suppress;

pub use actions::{Action, ActionEdit, ProjectFile, code_actions};
