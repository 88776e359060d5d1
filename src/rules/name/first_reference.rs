//! `name.first-reference`: a person first named by surname, the full name only later; or
//! the full name repeated after the story has moved to the surname.

use crate::analysis::cast::{Join, Member, MemberKind, MentionId};
use crate::rules::Scope;
use crate::rules::{Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::lines::LineIndex;
use crate::text::structure::OpeningKind;

pub const RULE: Rule = Rule {
    id: RuleId::NameFirstReference,
    default_severity: Severity::Info,
    summary: "A person is introduced by surname before the full name (\"President Biden\" ... \"Joe Biden\").",
    doc: RuleDoc {
        what: "For each person the draft names in full, reports the first mention when it is a surname alone or title + surname and the full name comes only later; and reports a full name repeated in a paragraph where the draft has already used the surname alone (not when another person shares the surname, and not a reintroduction after a gap, which long stories do on purpose). Headline-style lines and sentence-initial guesses do not count as the first reference. Turn off like any rule: `\"name.first-reference\" = \"off\"` under `[rules]`.",
        why: "News style introduces a person by full name at first reference and by surname after: a reader meeting \"Biden\" first does not yet know which Biden.",
        example: "\"President Biden had a phone call ... Joe Biden’s frustration ...\".",
        fix: "Give the full name at the first reference (quick fix when the first mention is not inside a quotation), the surname after.",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let cast = &context.facts.cast;
    let mut findings = Vec::new();
    // Counted once for the whole draft: per member or per finding, each would cost the
    // length of the draft again, and a book has thousands of both.
    let mut people_by_surname: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for member in &cast.members {
        if let Some(surname) = &member.surname {
            *people_by_surname.entry(surname.as_str()).or_default() += 1;
        }
    }
    let mut lines: Option<LineIndex> = None;
    for member in &cast.members {
        let (Some(full_index), Some(given), Some(surname)) = (member.first_full, &member.given, &member.surname) else {
            continue;
        };
        // Only someone the draft shows is a person: "Washington" before "George
        // Washington" is usually the city, "Dragon" before "Crew Dragon" a spacecraft.
        if member.kind != MemberKind::Person || !member.evidenced_person {
            continue;
        }
        let person = Person { member, full_index, given, surname };
        findings.extend(surname_before_full_name(context, &person, &mut lines));
        // Two people sharing the surname ("Joe Biden", "Hunter Biden") need full names to
        // tell them apart.
        let surname_shared = people_by_surname.get(surname.as_str()).is_some_and(|&count| count > 1);
        if !surname_shared {
            findings.extend(full_name_repeated(context, &person));
        }
    }
    findings
}

/// A person the draft names in full: the member, its first full mention, and the parts of
/// the name.
struct Person<'c> {
    member: &'c Member,
    full_index: MentionId,
    given: &'c str,
    surname: &'c str,
}

/// The first mention when it is the surname alone and the full name comes only later.
fn surname_before_full_name(context: &Context, person: &Person, lines: &mut Option<LineIndex>) -> Option<Finding> {
    let cast = &context.facts.cast;
    let text = context.prose.text.as_str();
    let Person { member, full_index, given, surname } = *person;
    // A transcript's speaker label ("OKAFOR: ") is no reference in the story's prose.
    let in_label = |m: MentionId| {
        let mention = &cast.mentions[m];
        context.prose.paragraphs.get(mention.paragraph).is_some_and(|paragraph| {
            paragraph.structure.opening.is_some_and(|opening| {
                opening.kind == OpeningKind::SpeakerLabel && mention.span.end <= paragraph.span.start + opening.len
            })
        })
    };
    let first_index = member.mentions.iter().copied().find(|&m| !cast.mentions[m].weak && !in_label(m))?;
    let first = &cast.mentions[first_index];
    let full = &cast.mentions[full_index];
    if first_index == full_index || !is_surname_alone(first) || first.span.start >= full.span.start {
        return None;
    }
    let line = lines.get_or_insert_with(|| LineIndex::new(context.draft)).line_number(full.span.start);
    let finding = Finding::of(
        RuleId::NameFirstReference,
        first.span,
        format!(
            "First reference to {given} {surname} is \"{}\"; the full name comes only later (line {line}).",
            first.span.slice(text)
        ),
    )
    .with_related(full.name, format!("The full name, “{}”, first comes here", full.name.slice(context.draft)));
    let surname_span = first.words.last().map(|w| w.span);
    if let Some(surname_span) = surname_span
        && !context.facts.quotes.contains(first.span.start)
        && first.core().len() == 1
    {
        let before = &context.draft[first.span.start..surname_span.start];
        let after = &context.draft[surname_span.end..first.span.end];
        let replacement = format!("{before}{given} {}{after}", surname_span.slice(context.draft));
        return Some(finding.with_fix(Fix::replace(
            format!("Write \"{replacement}\""),
            first.span,
            replacement.clone(),
        )));
    }
    Some(finding)
}

/// The full name again after the surname alone has taken over, in the same paragraph:
/// nothing justifies it. A long story may reintroduce someone after a gap; that is not
/// reported. One note per person is enough.
fn full_name_repeated(context: &Context, person: &Person) -> Option<Finding> {
    let cast = &context.facts.cast;
    let Person { member, full_index, given, surname } = *person;
    let mut short_seen_in: Option<usize> = None;
    for &m in &member.mentions {
        let mention = &cast.mentions[m];
        if m == full_index || mention.span.start < cast.mentions[full_index].span.start {
            continue;
        }
        if is_surname_alone(mention) {
            short_seen_in = Some(mention.paragraph);
        } else if !mention.weak
            && short_seen_in == Some(mention.paragraph)
            && mention.link == Join::Same
            && mention.title.is_none()
            && mention.is_full_name()
        {
            let introduced = cast.mentions[full_index].name;
            return Some(
                Finding::of(
                    RuleId::NameFirstReference,
                    mention.span,
                    format!(
                        "{given} {surname} was introduced earlier and since called \"{surname}\"; after first reference, the surname alone is enough."
                    ),
                )
                .with_related(introduced, format!("Introduced in full here as “{}”", introduced.slice(context.draft))),
            );
        }
    }
    None
}

fn is_surname_alone(mention: &crate::analysis::cast::Mention) -> bool {
    // The link first: it is a field, the full name is worked out from the words.
    matches!(mention.link, Join::Surname | Join::NearSpelling) && !mention.is_full_name()
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged, flagged_with, related};

    const CODE: &str = "name.first-reference";

    #[test]
    fn flags_a_surname_before_the_full_name() {
        let draft = "President Biden called Beijing. Officials said Joe Biden wanted talks.";
        assert_eq!(flagged(CODE, draft), ["President Biden"]);
        assert_eq!(fixed(CODE, draft), "President Joe Biden called Beijing. Officials said Joe Biden wanted talks.");
        let full = ("Joe Biden".to_string(), "The full name, “Joe Biden”, first comes here".to_string());
        assert_eq!(related(CODE, draft), [("President Biden".to_string(), vec![full])]);
    }

    #[test]
    fn flags_a_full_name_repeated_after_the_surname() {
        let draft = "Anna Kowalski, the finance director, spoke. Kowalski left early. Later, Anna Kowalski returned.";
        assert_eq!(flagged(CODE, draft), ["Anna Kowalski"]);
        let (flagged_at, places) = &related(CODE, draft)[0];
        let first = draft.find("Anna Kowalski").unwrap();
        assert_eq!(flagged_at, "Anna Kowalski");
        assert_eq!(places, &[("Anna Kowalski".to_string(), "Introduced in full here as “Anna Kowalski”".to_string())]);
        let findings = crate::rules::testing::findings(draft, crate::text::Language::PlainText, &Default::default());
        let finding = findings.iter().find(|f| f.code.as_str() == CODE).unwrap();
        assert_eq!(finding.related[0].span.start, first, "the related place is the first full mention");
    }

    #[test]
    fn full_name_first_and_the_setting_stay_quiet() {
        let draft = "Joe Biden called. President Biden said so. Biden left.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        // A transcript's speaker label is no first reference.
        let draft = "The hearing went on.\n\nJUSTICE OKAFOR: Where should they sleep?\n\nJustice Amara Okafor appeared skeptical.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        let draft = "President Biden called. Joe Biden spoke.";
        let mut settings = crate::settings::Settings::default();
        settings.rules.insert(CODE.to_string(), crate::vocabulary::Level::Off);
        assert_eq!(flagged_with(CODE, draft, &settings), Vec::<String>::new());
    }
}
