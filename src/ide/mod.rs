//! Editor features without the protocol: hover, speakers inline (`inlay`), the outline, navigation (definition,
//! references, rename) and code actions, in byte spans and plain data. They read the
//! analysis's facts; the analysis never reads them. `src/lsp` decides nothing here; it
//! converts these answers into LSP types and applies them to its documents. Nothing in this folder does I/O: a project file
//! arrives as its path and text.

pub mod actions;
pub mod hover;
pub mod inlay;
pub mod navigation;
pub mod outline;
pub mod project_file;
pub mod quotation;
pub mod spelling;
pub mod suppress;
pub mod who_is_who;

pub use actions::{Action, ActionEdit, Deferred, ProjectFile, code_actions};
