use super::*;
use crate::analysis::Facts;
use crate::settings::Settings;
use crate::text::Language;

/// The facts stated in `draft`, as "member: fact (words)" lines.
fn stated(draft: &str) -> Vec<String> {
    let prose = Prose::new(draft, Language::PlainText);
    let facts = Facts::gather(&prose, &Settings::default());
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
    let draft = "Sen. Ana Ruiz (D-Ore.), 54, spoke on Monday. Republican Tom Voss, a 61-year-old farmer, objected.\n\nRuiz, D-Ore., said the bill would pass. The 55-year-old senator left.";
    assert_eq!(
        stated(draft),
        [
            "Ana Ruiz: senator (Sen.)",
            "Ana Ruiz: Democrat (D-Ore)",
            "Ana Ruiz: state Ore (D-Ore)",
            "Tom Voss: Republican (Republican)",
            "Tom Voss: age 61 (61-year-old)",
            "Ana Ruiz: Democrat (D-Ore)",
            "Ana Ruiz: state Ore (D-Ore)",
        ]
    );
    // "54" after the designation's parenthesis is not read; "The 55-year-old" follows a
    // sentence that names no one, so it is nobody's.
}

#[test]
fn past_and_quoted_statements_carry_their_hedge() {
    let draft = "Former Gov. Tom Voss, 61, spoke. In 1990, Voss, 31, farmed. \"Mayor Voss was better,\" a neighbour said of Voss.";
    assert_eq!(
        stated(draft),
        [
            "Tom Voss: governor (Former Gov.) past",
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
}

#[test]
fn reported_changes_are_listed_by_kind() {
    let draft = "Rep. Ana Ruiz spoke. Ruiz was elected to the Senate in 2020. Tom Voss, 61, agreed in May. He turned 62 on Friday, and Voss, 62, left.";
    let prose = Prose::new(draft, Language::PlainText);
    let facts = Facts::gather(&prose, &Settings::default());
    let member = |name: &str| MemberId::new(facts.cast.members.iter().position(|m| m.canonical == name).unwrap());
    assert!(facts.stated.changed(member("Ana Ruiz"), FactKind::Title));
    assert!(!facts.stated.changed(member("Ana Ruiz"), FactKind::Age));
    assert!(facts.stated.changed(member("Tom Voss"), FactKind::Age));
}
