//! `garbled.possessive`: a malformed possessive of a name ("Joe Bidens’ frustration" where
//! the draft has "Biden").

use crate::rules::Scope;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::analysis::cast::{Cast, MemberKind, Mention};
use crate::rules::spelling::dictionary::is_known;
use crate::rules::{Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::tokens::is_apostrophe;
use crate::text::{ByteSpan, TokenKind};

pub const RULE: Rule = Rule {
    id: RuleId::GarbledPossessive,
    default_severity: Severity::Warning,
    summary: "A name's possessive is formed as a plural (\"Bidens’\" for \"Biden’s\", \"Kenyas’\" for \"Kenya’s\").",
    doc: RuleDoc {
        what: "Reads the draft's cast: finds a name written as a plural possessive (\"Solbergs’\", \"Kenyas’\") when the form without the \"s\" is a person, place or organisation the draft names (\"Erna Solberg\", \"Kenya\", \"Barrick Gold Corp.\"), or a name the draft gives no kind that the reference data knows (\"Russia\") and the draft never writes the \"s\" form otherwise. Family plurals (\"the Obamas’ dog\"), group names (\"Democrats’\") and names that end in \"s\" (\"Williams’ serve\") stay quiet. One finding per slip: `name.variant` leaves these to this rule.",
        why: "Translation and spinning tools and hurried typing mangle possessives; a reader sees a different name, or a family, where one person or one country was meant.",
        example: "\"After months of little progress, Joe Bidens’ frustration led him...\"; \"Kenyas’ foreign minister\".",
        fix: "Write the singular possessive, with the draft's apostrophe: \"Joe Biden’s frustration\", \"Kenya’s foreign minister\".",
    },
    scope: Scope::Document(check),
};

/// What the draft's names say of the words `wanted` (the plural possessives' words and
/// their stems): the kind of the first person, place or organisation whose mention has
/// the word as a core word, and whether the word is written plainly (not as a plural
/// possessive), which tells a real plural ("the Democrats") from a slip.
struct Named<'c> {
    singular: HashMap<&'c str, MemberKind>,
    /// Organisations' first words ("Barrick" of "Barrick Gold Corp."): a short form only a
    /// one-word possessive can stand for ("Barricks'", not "Breitbart News’").
    first_of_organisation: HashSet<&'c str>,
    plain: HashSet<&'c str>,
}

impl<'c> Named<'c> {
    /// Only the few words asked about are kept: every mention's words are looked up in
    /// that small set instead of filling tables with the whole cast's words.
    fn gather(cast: &'c Cast, text: &str, wanted: &HashSet<&str>) -> Self {
        let mut named = Named {
            singular: HashMap::default(),
            first_of_organisation: HashSet::default(),
            plain: HashSet::default(),
        };
        for mention in &cast.mentions {
            let mut wanted_words = mention.words.iter().filter(|w| w.is_core() && wanted.contains(&*w.text)).peekable();
            if wanted_words.peek().is_none() {
                continue;
            }
            let plural_possessive = plural_possessive_mark(mention, text).is_some();
            let kind = cast.kind_of(mention.member);
            // A possessive ends a name or its short form: a surname, a place, an
            // organisation's first word ("Barrick" of "Barrick Gold Corp."). "Breitbart
            // News’" is no slip of "New" because the draft names "New York".
            let mut core = mention.words.iter().filter(|w| w.is_core()).map(|w| w.span);
            let first_core = core.next();
            let last_core = core.next_back().or(first_core);
            for word in wanted_words {
                if !plural_possessive {
                    named.plain.insert(&*word.text);
                }
                // A person's given name stands alone too ("Manohar's government"), unless it
                // is an ordinary word ("New" of a "New Jersey" the cast took for a person);
                // groups, events and works ("Democrats’") have no singular to slip from.
                // A name of no known kind counts when the reference data knows it ("Russia"
                // in a draft that gives no sign of what it is).
                let singular_kind = matches!(kind, MemberKind::Person | MemberKind::Organisation | MemberKind::Place)
                    || (kind == MemberKind::Other && crate::analysis::cast::is_known_name(&word.text));
                let given = kind == MemberKind::Person && !is_known(None, &word.text.to_lowercase());
                if given || (singular_kind && Some(word.span) == last_core) {
                    named.singular.entry(&*word.text).or_insert(kind);
                }
                if kind == MemberKind::Organisation && Some(word.span) == first_core {
                    named.first_of_organisation.insert(&*word.text);
                }
            }
        }
        named
    }
}

/// The apostrophe of a plural-looking possessive ("Bidens’"): the mark right after the
/// last name word, with no "s" after it.
fn plural_possessive_mark(mention: &Mention, text: &str) -> Option<ByteSpan> {
    if !mention.possessive {
        return None;
    }
    let last = mention.words.last()?;
    let mark = ByteSpan::new(last.span.end, mention.span.end);
    let written = text.get(mark.range())?;
    let mut chars = written.chars();
    (chars.next().is_some_and(is_apostrophe) && chars.next().is_none()).then_some(mark)
}

/// "Republicans’ chances", "Catholics’ votes": a one-word name whose plural is a common
/// noun of the dictionary ("republicans") is a group, and its plural possessive is right,
/// unless the draft names a person by the singular ("Donald Trump" makes "Trumps’" a slip).
fn is_plural_of_a_common_noun(mention: &Mention, word: &str) -> bool {
    mention.words.iter().filter(|w| w.is_core()).count() == 1 && is_known(None, &word.to_lowercase())
}

fn check(context: &Context) -> Vec<Finding> {
    let prose = context.prose;
    let text = prose.text.as_str();
    let cast = &context.facts.cast;
    // Few drafts write a plural possessive of a name: the names are gathered only for those.
    let candidates: Vec<(&Mention, ByteSpan)> =
        cast.mentions.iter().filter_map(|mention| Some((mention, plural_possessive_mark(mention, text)?))).collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    let wanted: HashSet<&str> = candidates
        .iter()
        .filter_map(|(mention, _)| mention.words.last())
        .flat_map(|last| [&*last.text, last.text.strip_suffix('s').unwrap_or(&last.text)])
        .collect();
    let named = Named::gather(cast, text, &wanted);
    let mut findings = Vec::new();
    for (mention, mark) in candidates {
        let Some(last) = mention.words.last() else { continue };
        let word = &*last.text;
        let Some(stem) = word.strip_suffix('s') else { continue };
        if stem.chars().count() < 3
            || stem.ends_with('s')
            || mention.after_determiner
            || named.plain.contains(word)
            || (is_plural_of_a_common_noun(mention, word) && named.singular.get(stem) != Some(&MemberKind::Person))
        {
            continue;
        }
        let one_word = mention.words.iter().filter(|w| w.is_core()).count() == 1;
        let kind = match named.singular.get(stem) {
            Some(&kind) => kind,
            None if one_word && named.first_of_organisation.contains(stem) => MemberKind::Organisation,
            None => continue,
        };
        if followed_by_name_word(prose, mark) && !matches!(kind, MemberKind::Person | MemberKind::Place) {
            continue;
        }
        let span = ByteSpan::new(last.span.start, mark.end);
        let replacement = format!("{stem}{}s", mark.slice(text));
        findings.push(
            Finding::of(
                RuleId::GarbledPossessive,
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

/// "the Catholic Bishops' Conference": a capitalised word right after the mark continues
/// a name that holds a plural, unless the stem is a place or a person the draft names
/// ("Taiwans' Constitutional Court").
fn followed_by_name_word(prose: &crate::text::Prose, mark: ByteSpan) -> bool {
    let text = prose.text.as_str();
    let next = prose.tokens.partition_point(|t| t.span.start < mark.end);
    prose
        .tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Word && t.space_before && t.text(text).starts_with(char::is_uppercase))
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
    fn flags_plural_possessive_of_a_name_of_no_known_kind() {
        let draft = "Peru's economy shrank. Peru said it would appeal. The data showed Perus' central bank agreed.";
        assert_eq!(flagged(CODE, draft), ["Perus'"]);
    }

    #[test]
    fn family_and_group_plurals_stay_quiet() {
        for draft in [
            "President Obama spoke. The Obamas’ dog barked.",
            "Senate Democrats’ plan failed. Democrats said so.",
            "Nobody named Biden here; Bidens’ was a shop.",
            "Venus Williams won. Williams’ serve was fast.",
            "Bishop Emeritus Gutierrez died, the Catholic Bishops' Conference said.",
            // "News" is no slip of "New": the draft names no one whose name ends in "New".
            "Voters in New Jersey read the Harbor News’ coverage. Harbor News’ editors agreed.",
            "The New Valley Bank Ltd. lent more. The Harbor News’ editors agreed.",
            // A party's or a faith's members: a plural of a common noun.
            "The Republican Party met. The key to Republicans’ success was turnout.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }
}
