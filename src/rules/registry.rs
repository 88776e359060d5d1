//! The one list of rules. A new rule is a file in its family's folder and a line here.

use super::{Rule, garbled, name, quote, spelling, suppressions};

pub static RULES: &[&Rule] = &[
    &garbled::sentence_break::RULE,
    &garbled::punctuation::RULE,
    &garbled::repeated_word::RULE,
    &garbled::possessive::RULE,
    &garbled::tortured_phrase::RULE,
    &garbled::unbalanced::RULE,
    &quote::unattributed::RULE,
    &quote::unmarked::RULE,
    &quote::anonymous_source::RULE,
    &quote::unbalanced::RULE,
    &name::variant::RULE,
    &name::first_reference::RULE,
    &name::truncated::RULE,
    &name::style::RULE,
    &spelling::unknown_word::RULE,
    &suppressions::UNUSED,
    &suppressions::UNKNOWN,
];

pub fn rule_by_code(code: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|rule| rule.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut codes: Vec<&str> = RULES.iter().map(|rule| rule.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
        for rule in RULES {
            let (family, name) = rule.code.split_once('.').expect("family.name");
            assert!(["garbled", "quote", "name", "spelling", "suppression"].contains(&family), "{}", rule.code);
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", rule.code);
            assert!(!rule.doc.what.is_empty() && !rule.doc.why.is_empty() && !rule.doc.example.is_empty());
        }
    }
}
