//! The `fact` family: facts a story states twice and differently (ages, titles, party and
//! state labels, from `analysis::facts`), and facts a phrase contradicts itself on (a
//! weekday and a date, a count and its list).

pub mod affiliation;
pub mod age;
pub mod count;
pub mod title;
pub mod weekday;

use crate::analysis::facts::{Fact, FactKind, MemberFacts, Stated};
use crate::rules::{Context, Finding, RuleId};
use crate::text::lines::LineIndex;

/// Each current statement of a member's `kind` of fact that disagrees with the member's
/// first comparable one (`agree` answers `None` for two facts that cannot be compared, a
/// party and a state), as (first, later). A member whose story reports a change of that
/// kind, and hedged statements (former titles, past ages, quotations), are left out.
fn disagreements(
    facts: &MemberFacts,
    kind: FactKind,
    agree: impl Fn(&Fact, &Fact) -> Option<bool>,
) -> Vec<(&Stated, &Stated)> {
    let current: Vec<&Stated> = facts
        .stated
        .iter()
        .filter(|stated| stated.fact.kind() == kind && stated.hedge.is_none())
        .filter(|stated| !facts.changed(stated.member, kind))
        .collect();
    let mut pairs = Vec::new();
    for (index, later) in current.iter().enumerate() {
        let first = current[..index]
            .iter()
            .find(|earlier| earlier.member == later.member && agree(&earlier.fact, &later.fact).is_some());
        if let Some(first) = first
            && agree(&first.fact, &later.fact) == Some(false)
        {
            pairs.push((*first, *later));
        }
    }
    pairs
}

/// One finding per disagreement of `kind`, at the later statement, worded by `message`
/// (the member's name, the later and the first statement's words, and the first one's line).
fn report(
    context: &Context,
    code: RuleId,
    kind: FactKind,
    agree: impl Fn(&Fact, &Fact) -> Option<bool>,
    message: impl Fn(&str, &Stated, &Stated, usize) -> String,
) -> Vec<Finding> {
    let facts = &context.facts.stated;
    let pairs = disagreements(facts, kind, agree);
    if pairs.is_empty() {
        return Vec::new();
    }
    let lines = LineIndex::new(context.draft);
    pairs
        .into_iter()
        .filter_map(|(first, later)| {
            let name = &context.facts.cast.member(later.member)?.canonical;
            let line = lines.line_number(first.span.start);
            Some(Finding::of(code, later.span, message(name, first, later, line)))
        })
        .collect()
}

/// The words of a statement as written ("Sen.", "D-Ore").
fn written<'d>(context: &Context<'d>, stated: &Stated) -> &'d str {
    stated.span.slice(context.draft)
}
