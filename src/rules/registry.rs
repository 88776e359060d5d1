//! The one list of rules. A new rule is a file in its family's folder and a line here.

use super::{Rule, RuleId, fact, garbled, name, quote, spelling, suppressions};

pub static RULES: &[&Rule] = &[
    &garbled::sentence_break::RULE,
    &garbled::punctuation::RULE,
    &garbled::repeated_word::RULE,
    &garbled::possessive::RULE,
    &garbled::tortured_phrase::RULE,
    &garbled::unbalanced::RULE,
    &garbled::unfinished::RULE,
    &quote::unattributed::RULE,
    &quote::unmarked::RULE,
    &quote::anonymous_source::RULE,
    &quote::unbalanced::RULE,
    &name::variant::RULE,
    &name::first_reference::RULE,
    &name::truncated::RULE,
    &name::style::RULE,
    &spelling::unknown_word::RULE,
    &fact::age::RULE,
    &fact::title::RULE,
    &fact::affiliation::RULE,
    &fact::weekday::RULE,
    &fact::count::RULE,
    &suppressions::UNUSED,
    &suppressions::UNKNOWN,
];

pub fn rule_by_code(code: impl AsRef<str>) -> Option<&'static Rule> {
    let code = code.as_ref();
    RULES.iter().copied().find(|rule| rule.code() == code)
}

pub fn rule_by_id(id: RuleId) -> Option<&'static Rule> {
    rule_by_code(id.as_str())
}

/// Whether `selector` names a rule or a family of rules.
pub fn is_rule_or_family(selector: &str) -> bool {
    RULES.iter().any(|rule| rule.id().is_selected_by(selector))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code but the project file's is a rule's (`suppressions` reads them from `RuleId`).
    #[test]
    fn the_rules_are_the_rule_ids_but_the_project_files() {
        let mut listed: Vec<RuleId> = RULES.iter().map(|rule| rule.id()).collect();
        listed.sort_by_key(|id| id.as_str());
        let mut ids: Vec<RuleId> =
            RuleId::ALL.iter().copied().filter(|id| id.family() != crate::vocabulary::Family::Config).collect();
        ids.sort_by_key(|id| id.as_str());
        assert_eq!(listed, ids);
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut codes: Vec<&str> = RULES.iter().map(|rule| rule.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
        for rule in RULES {
            assert_eq!(RuleId::parse(rule.code()).map(RuleId::as_str), Some(rule.code()), "every rule has a RuleId");
            let (_, name) = rule.code().split_once('.').expect("family.name");
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", rule.code());
            assert!(!rule.doc.what.is_empty() && !rule.doc.why.is_empty() && !rule.doc.example.is_empty());
        }
    }
}
