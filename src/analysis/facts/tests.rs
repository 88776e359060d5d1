use super::*;
use crate::analysis::Facts;
use crate::settings::Settings;
use crate::text::Language;

/// The facts stated in `draft`, as "member: fact (words)" lines.
fn stated(draft: &str) -> Vec<String> {
    let prose = Prose::new(draft, Language::PlainText);
    let facts = Facts::gather(&prose, &Settings::default(), &mut Default::default());
    facts
        .stated
        .stated
        .iter()
        .map(|stated| {
            let hedge = match stated.hedge {
                Some(Hedge::Past) => " past",
                Some(Hedge::Quoted) => " quoted",
                None => "",
            };
            format!(
                "{}: {} ({}){hedge}",
                facts.cast.members[stated.member.index()].canonical,
                stated.fact.describe(),
                stated.span.slice(draft)
            )
        })
        .collect()
}

#[test]
fn ages_titles_and_labels_are_read_with_their_words() {
    let draft = "Sen. Ana Ruiz (D-Ore.), 54, spoke on Monday.\n\nRuiz, D-Ore., said the bill would pass. The 55-year-old senator left.";
    assert_eq!(
        stated(draft),
        [
            "Ana Ruiz: senator (Sen.)",
            "Ana Ruiz: Democrat (D-Ore)",
            "Ana Ruiz: state Ore (D-Ore)",
            "Ana Ruiz: Democrat (D-Ore)",
            "Ana Ruiz: state Ore (D-Ore)",
            "Ana Ruiz: age 55 (55-year-old)",
        ]
    );
    // "54" after the designation's parenthesis is not read: only an age right after the name.
}

#[test]
fn past_and_quoted_statements_carry_their_hedge() {
    let draft = "Former Gov. Tom Voss, 61, spoke. In 1990, Voss, 31, farmed. \"Mayor Voss was better,\" a neighbour said of Voss.";
    assert_eq!(
        stated(draft),
        [
            "Tom Voss: governor (Gov.) past",
            "Tom Voss: age 61 (61)",
            "Tom Voss: age 31 (31) past",
            "Tom Voss: mayor (Mayor) quoted"
        ]
    );
}

#[test]
fn the_sentence_after_one_person_gives_the_year_old_its_referent() {
    let draft = "Ana Ruiz runs the bakery. The 54-year-old opened it in spring.\n\nAna Ruiz and Tom Voss met. The 61-year-old left.";
    assert_eq!(stated(draft), ["Ana Ruiz: age 54 (54-year-old)"]);
    // A paragraph a sentence: the sentence before ends the paragraph before.
    let draft = "Ana Ruiz runs the bakery.\n\nThe 54-year-old opened it in spring.";
    assert_eq!(stated(draft), ["Ana Ruiz: age 54 (54-year-old)"]);
    let draft = "Sen. Ana Ruiz toured the plant. On Monday the 56-year-old senator met workers.\n\nOmar Haddad spoke. Later police stopped the 30-year-old man.";
    assert_eq!(stated(draft), ["Ana Ruiz: senator (Sen.)", "Ana Ruiz: age 56 (56-year-old)"]);
    let draft = "Sen. Ana Ruiz toured the plant. Haddad said the 56-year-old senator left early.";
    assert_eq!(stated(draft), ["Ana Ruiz: senator (Sen.)"]);
}

#[test]
fn reported_changes_are_listed_by_kind() {
    let draft = "Rep. Ana Ruiz spoke. Ruiz was elected to the Senate in 2020. Tom Voss, 61, agreed in May. He turned 62 on Friday, and Voss, 62, left.";
    let prose = Prose::new(draft, Language::PlainText);
    let facts = Facts::gather(&prose, &Settings::default(), &mut Default::default());
    let member = |name: &str| MemberId::new(facts.cast.members.iter().position(|m| m.canonical == name).unwrap());
    assert!(facts.stated.changed(member("Ana Ruiz"), FactKind::Title));
    assert!(!facts.stated.changed(member("Ana Ruiz"), FactKind::Age));
    assert!(facts.stated.changed(member("Tom Voss"), FactKind::Age));
}

#[test]
fn what_follows_a_persons_place_is_the_persons() {
    let draft = "Gov. Lena Brandt of Iowa, a Republican, spoke. Ted Voss from Ohio, 58, agreed.";
    assert_eq!(
        stated(draft),
        ["Lena Brandt: governor (Gov.)", "Lena Brandt: Republican (Republican)", "Ted Voss: age 58 (58)"]
    );
}

#[test]
fn descriptions_that_only_mention_a_name_are_not_its_facts() {
    // The volunteer is 31, not the candidate; the committee is not a party label.
    let draft = "Ana Ruiz leads the race. Mia Holt, a 31-year-old Ruiz volunteer, agreed. Lee Park, a Republican National Committee member, did not.";
    assert_eq!(stated(draft), ["Mia Holt: age 31 (31-year-old)"]);
    // A party before a bare surname describes voters, not the person.
    let draft = "Sen. Ana Ruiz (D-Ore.) spoke. Republican Ruiz voters stayed home; GOP Ruiz supporters too.";
    assert_eq!(
        stated(draft),
        ["Ana Ruiz: senator (Sen.)", "Ana Ruiz: Democrat (D-Ore)", "Ana Ruiz: state Ore (D-Ore)"]
    );
    let draft =
        "Omar Haddad met former Maryland Gov. Tom Voss, former U.S. Sen. Ana Ruiz and retired Rep. Lee Dunmore.";
    assert_eq!(
        stated(draft),
        ["Tom Voss: governor (Gov.) past", "Ana Ruiz: senator (Sen.) past", "Lee Dunmore: representative (Rep.) past"]
    );
}
