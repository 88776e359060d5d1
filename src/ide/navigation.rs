//! Navigation over the cast, in byte spans: go to definition (the member's first full
//! reference), find references (every mention), and rename (a name word across the
//! member's mentions).

use crate::analysis::Facts;
use crate::rules::Edit;
use crate::text::ByteSpan;

/// Where the member named at `offset` is first introduced in full.
pub fn definition(facts: &Facts, offset: usize) -> Option<ByteSpan> {
    facts.cast.definition_at(offset)
}

/// Every mention of the member named at `offset`; empty where no member is named.
pub fn references(facts: &Facts, offset: usize) -> Vec<ByteSpan> {
    facts.cast.references_at(offset)
}

/// The name word a rename at `offset` would change, and its current text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenameTarget {
    pub span: ByteSpan,
    pub text: String,
}

pub fn rename_target(facts: &Facts, offset: usize) -> Option<RenameTarget> {
    let word = facts.cast.rename_target_at(offset)?;
    Some(RenameTarget { span: word.span, text: word.text.to_string() })
}

/// The edits that rename the name word at `offset` to `new_name` in every mention of its
/// member; `None` where there is no name or `new_name` is blank or spans lines.
pub fn rename(facts: &Facts, offset: usize, new_name: &str) -> Option<Vec<Edit>> {
    let edits = facts.cast.rename_edits(offset, new_name)?;
    Some(edits.into_iter().map(|(span, replacement)| Edit { span, replacement }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::check_draft;
    use crate::settings::Settings;
    use crate::text::Language;

    #[test]
    fn a_surname_leads_to_the_full_name_and_renames_every_mention() {
        let draft = "Mayor Ana Ruiz toured the pier. Ruiz said it would reopen.";
        let checked = check_draft(draft, Language::PlainText, &Settings::default());
        let facts = &checked.facts;
        let at_surname = draft.rfind("Ruiz").expect("a surname");
        let definition = definition(facts, at_surname).expect("a definition");
        assert_eq!(definition.slice(draft), "Ana Ruiz");
        let references: Vec<&str> = references(facts, at_surname).iter().map(|span| span.slice(draft)).collect();
        assert_eq!(references, ["Ana Ruiz", "Ruiz"]);
        let target = rename_target(facts, at_surname).expect("a rename target");
        assert_eq!((target.span.slice(draft), target.text.as_str()), ("Ruiz", "Ruiz"));
        let edits = rename(facts, at_surname, "Ruíz").expect("rename edits");
        let renamed: Vec<(&str, &str)> =
            edits.iter().map(|edit| (edit.span.slice(draft), edit.replacement.as_str())).collect();
        assert_eq!(renamed, [("Ruiz", "Ruíz"), ("Ruiz", "Ruíz")]);
        assert!(rename(facts, at_surname, "  ").is_none());
    }
}
