//! `garbled.possessive`: a malformed possessive of a name ("Joe Bidens’ frustration" where
//! the draft has "Biden").

use std::collections::HashSet;

use crate::rules::{Context, Finding, Fix, Rule, RuleDoc, Severity};
use crate::text::tokens::is_apostrophe;
use crate::text::{ByteSpan, Prose, TokenKind};

pub const RULE: Rule = Rule {
    code: "garbled.possessive",
    default_severity: Severity::Warning,
    summary: "A name's possessive is formed as a plural (\"Bidens’\" for \"Biden’s\").",
    doc: RuleDoc {
        what: "Finds a capitalised word ending in \"s’\" or \"s'\" whose form without the \"s\" is a name used elsewhere in the draft in a surname position (\"President Biden\", \"Angela Merkel\"), when the draft never writes the \"s\" form otherwise. Family plurals (\"the Obamas’ dog\") and group names (\"Democrats’\") stay quiet.",
        why: "Translation and spinning tools mangle possessives; a reader sees a different name, or a family, where one person was meant.",
        example: "\"After months of little progress, Joe Bidens’ frustration led him...\"",
        fix: "Write the singular possessive: \"Joe Biden’s frustration\".",
    },
    check,
};

/// The base of a word in the surname position: "Biden’s" counts as "Biden".
fn surname_base(word: &str) -> &str {
    let base = word.trim_end_matches(['s', 'S']).trim_end_matches(is_apostrophe);
    if base.len() < word.len() && word[base.len()..].starts_with(is_apostrophe) { base } else { word }
}

/// A possible plural possessive: "Bidens" followed by its apostrophe.
struct Candidate<'t> {
    index: usize,
    word: &'t str,
    stem: &'t str,
}

/// What the draft writes elsewhere about the candidates' words and stems. One pass over
/// the tokens for all candidates together, so the rule stays linear on book-length drafts.
#[derive(Default)]
struct Evidence<'t> {
    /// Stems standing as the last of two or more capitalised words ("President Biden",
    /// "Joe Biden"): the surname position.
    surnames: HashSet<&'t str>,
    /// Stems written as words.
    words: HashSet<&'t str>,
    /// Candidate words written without an attached apostrophe after them: "Bidens" used
    /// plainly somewhere means the family or a real plural. (A candidate is itself always
    /// followed by its apostrophe, so it never counts as its own plain use.)
    without_apostrophe: HashSet<&'t str>,
}

impl<'t> Evidence<'t> {
    fn gather(prose: &'t Prose, candidates: &[Candidate<'t>]) -> Self {
        let text = prose.text.as_str();
        let tokens = &prose.tokens;
        let wanted: HashSet<&str> = candidates.iter().flat_map(|c| [c.word, c.stem]).collect();
        // Most tokens differ in length from every wanted form: skip them without hashing.
        let wanted_lengths: HashSet<usize> = wanted.iter().map(|w| w.len()).collect();
        let is_wanted = |word: &str| wanted_lengths.contains(&word.len()) && wanted.contains(word);
        let mut evidence = Evidence::default();
        for (index, token) in tokens.iter().enumerate() {
            let token_text = token.text(text);
            if is_wanted(token_text) {
                if token.kind == TokenKind::Word {
                    evidence.words.insert(token_text);
                }
                if !tokens.get(index + 1).is_some_and(|n| n.text(text).starts_with(is_apostrophe) && !n.space_before) {
                    evidence.without_apostrophe.insert(token_text);
                }
            }
        }
        let capitalised =
            |t: &crate::text::Token| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase);
        for sentence in &prose.sentences {
            for pair in prose.sentence_tokens(sentence).windows(2) {
                if capitalised(&pair[0]) && capitalised(&pair[1]) && pair[1].space_before {
                    let base = surname_base(pair[1].text(text));
                    if is_wanted(base) {
                        evidence.surnames.insert(base);
                    }
                }
            }
        }
        evidence
    }
}

fn check(context: &Context) -> Vec<Finding> {
    let prose = context.prose;
    let text = prose.text.as_str();
    let tokens = &prose.tokens;
    let mut candidates = Vec::new();
    for index in 0..tokens.len().saturating_sub(1) {
        let (word, apostrophe) = (&tokens[index], &tokens[index + 1]);
        let word_text = word.text(text);
        if word.kind != TokenKind::Word || apostrophe.kind != TokenKind::Punct || apostrophe.space_before {
            continue;
        }
        let apostrophe_text = apostrophe.text(text);
        if !apostrophe_text.starts_with(is_apostrophe) || !word_text.starts_with(char::is_uppercase) {
            continue;
        }
        let Some(stem) = word_text.strip_suffix('s') else { continue };
        if stem.chars().count() < 3 || stem.ends_with('s') || !stem.chars().all(|c| c.is_alphabetic() || c == '-') {
            continue;
        }
        // A lowercase word must follow: "Bidens’ frustration", not a closing quote. A
        // capitalised one continues a name ("the Catholic Bishops' Conference", "the United
        // States' National Science Foundation").
        let followed_by_word = tokens.get(index + 2).is_some_and(|t| {
            t.kind == TokenKind::Word && t.space_before && t.text(text).starts_with(char::is_lowercase)
        });
        let determiner_before = index > 0
            && matches!(
                tokens[index - 1].text(text).to_lowercase().as_str(),
                "the" | "both" | "two" | "three" | "all" | "young" | "elder"
            );
        if followed_by_word && !determiner_before {
            candidates.push(Candidate { index, word: word_text, stem });
        }
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    let evidence = Evidence::gather(prose, &candidates);
    let mut findings = Vec::new();
    for Candidate { index, word, stem } in candidates {
        let plain_plural_used = evidence.without_apostrophe.contains(word);
        if plain_plural_used || !evidence.surnames.contains(stem) || !evidence.words.contains(stem) {
            continue;
        }
        let apostrophe = &tokens[index + 1];
        let apostrophe_text = apostrophe.text(text);
        let span = ByteSpan::new(tokens[index].span.start, apostrophe.span.end);
        let replacement = format!("{stem}{apostrophe_text}s");
        findings.push(
            Finding::new(
                span,
                format!(
                    "\"{}\" reads as a plural; the draft names \"{stem}\". Did you mean \"{replacement}\"?",
                    span.slice(text)
                ),
            )
            .with_fix(Fix::replace(format!("Write \"{replacement}\""), span, replacement.clone())),
        );
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged};

    const CODE: &str = "garbled.possessive";

    #[test]
    fn flags_plural_possessive_of_a_named_person() {
        let draft = "President Biden called Xi. After months, Joe Bidens’ frustration grew. Chancellor Merkel agreed; Merkels' decision stood.";
        assert_eq!(flagged(CODE, draft), ["Bidens’", "Merkels'"]);
        assert_eq!(
            fixed(CODE, draft),
            "President Biden called Xi. After months, Joe Biden’s frustration grew. Chancellor Merkel agreed; Merkel's decision stood."
        );
    }

    #[test]
    fn family_and_group_plurals_stay_quiet() {
        for draft in [
            "President Obama spoke. The Obamas’ dog barked.",
            "Senate Democrats’ plan failed. Democrats said so.",
            "Nobody named Biden here; Bidens’ was a shop.",
            "Venus Williams won. Williams’ serve was fast.",
            "Bishop Emeritus Gutierrez died, the Catholic Bishops' Conference said.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
