use super::*;
use crate::analysis::Facts;
use crate::text::Language;

fn gather(draft: &str) -> Cast {
    let prose = Prose::new(draft, Language::PlainText);
    Cast::gather(&prose, &Settings::default(), &mut Default::default())
}

/// The member of the first mention of `name` in `draft`.
fn member_named<'c>(cast: &'c Cast, draft: &str, name: &str) -> &'c Member {
    &cast.members
        [cast.member_at(draft.find(name).unwrap_or_else(|| panic!("{name}"))).unwrap_or_else(|| panic!("{name}"))]
}

/// Asserts the kind of the member of each name's first mention, and returns the cast.
fn assert_kinds(draft: &str, expected: &[(&str, MemberKind)]) -> Cast {
    let cast = gather(draft);
    for (name, kind) in expected {
        assert_eq!(member_named(&cast, draft, name).kind, *kind, "{name}");
    }
    cast
}

fn canonical_at(cast: &Cast, draft: &str, needle: &str, nth: usize) -> String {
    let offset = draft.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle} #{nth}")).0;
    cast.member_at(offset).map(|e| cast.members[e].canonical.clone()).unwrap_or_default()
}

#[test]
fn surnames_titles_and_possessives_join_the_full_name() {
    let draft = "President Biden called. Later, Joe Biden spoke. Biden’s aides agreed, and Dr. Jill Biden smiled.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "President Biden", 0), "Joe Biden");
    assert_eq!(canonical_at(&cast, draft, "Biden’s", 0), "Joe Biden");
    assert_eq!(canonical_at(&cast, draft, "Jill", 0), "Jill Biden");
}

#[test]
fn people_who_share_a_surname_stay_two() {
    let draft = "Serena Williams beat Venus Williams on Sunday. Venus Williams said she was tired. Williams added that she would return.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Serena", 0), "Serena Williams");
    assert_eq!(canonical_at(&cast, draft, "Venus", 0), "Venus Williams");
    // The lone surname follows the latest Williams named.
    assert_eq!(canonical_at(&cast, draft, "Williams added", 0), "Venus Williams");
    assert!(cast.variants.is_empty(), "{:?}", cast.variants);
}

#[test]
fn organisations_short_forms_and_acronyms() {
    let draft = "John Thornton, chairman of Barrick Gold Corp., spoke. Barrick shares rose. The World Health Organization (WHO) agreed, and WHO officials met.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Barrick shares", 0), "Barrick Gold Corp.");
    assert_eq!(canonical_at(&cast, draft, "WHO officials", 0), "World Health Organization");
    let thornton = &cast.members[cast.member_at(draft.find("Thornton").unwrap()).unwrap()];
    assert_eq!(thornton.kind, MemberKind::Person);
    assert_eq!(thornton.descriptors, ["chairman of Barrick Gold Corp."]);
}

/// Only an acronym in parentheses is the name's own: the outlet or the state written
/// after a comma belongs to what follows ("NBC's Lena Dorsey, CBS's Omar Pryce") or is
/// the place's own ("Port Callow, N.J.").
#[test]
fn an_acronym_after_a_comma_is_not_the_names_own() {
    let draft = "The debate board chose NBC's Lena Dorsey, CBS's Omar Pryce and a radio host. Dorsey and Pryce will ask the questions. The Harbour Safety Board (HSB) met, and HSB staff spoke.";
    let cast = assert_kinds(draft, &[("Lena Dorsey", MemberKind::Person), ("Omar Pryce", MemberKind::Person)]);
    assert_ne!(canonical_at(&cast, draft, "CBS", 0), "Lena Dorsey");
    assert_eq!(canonical_at(&cast, draft, "HSB staff", 0), "Harbour Safety Board");
}

/// A grant, a prize or a programme named after someone is no person: a pronoun after it
/// finds the person who speaks, not the programme.
#[test]
fn grants_prizes_and_programmes_named_after_someone_are_no_people() {
    let draft = "Ana Ruiz said the county never paid into Marlow Grants for students. She won the Okafor Prize in 2019 and the Tenby Medal.";
    let work = MemberKind::Work;
    assert_kinds(
        draft,
        &[("Marlow Grants", work), ("Okafor Prize", work), ("Tenby Medal", work), ("Ana Ruiz", MemberKind::Person)],
    );
    // Founded on a given name too ("the Hollis Prize", "the Dana Doctrine"), where a
    // surname ending a person's name ("John Law") stays a person.
    let draft = "The board backed the Dana Doctrine, gave the Hollis Prize to a teacher and heard John Law speak.";
    assert_kinds(draft, &[("Dana Doctrine", work), ("Hollis Prize", work), ("John Law", MemberKind::Person)]);
    // "Grant" alone is still a name.
    let draft = "Hugh Grant arrived. Grant said little.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Grant said", 0), "Hugh Grant");
}

/// A well-known company the copy puts where a place goes ("staff at Goldman Sachs", "a post
/// on Facebook") is still the company; a town is still a town.
#[test]
fn a_listed_company_after_a_preposition_of_place_is_the_company() {
    let draft = "Staff at Goldman Sachs were told in a memo. The memo was later posted on Facebook. The bank also has an office in Fargo.";
    let organisation = MemberKind::Organisation;
    assert_kinds(draft, &[("Goldman Sachs", organisation), ("Facebook", organisation), ("Fargo", MemberKind::Place)]);
}

/// A name of common words no one is named by ("Civic Watch", "Harbour Voices") speaks as
/// a body; a name with a surname or a given name speaks as a person, whatever its first
/// word ("Mitt Okafor").
#[test]
fn a_name_of_common_words_that_speaks_is_a_body() {
    let draft =
        "“We will sue the port,” Civic Watch said. “So will we,” Harbour Voices said. “I will not,” Mitt Okafor said.";
    let organisation = MemberKind::Organisation;
    assert_kinds(
        draft,
        &[("Civic Watch", organisation), ("Harbour Voices", organisation), ("Mitt Okafor", MemberKind::Person)],
    );
}

/// A surname before "administration" or "presidency" is the president's or the
/// governor's, whatever town the gazetteer knows by it; a country or a state stays a place.
#[test]
fn a_surname_before_its_administration_is_a_person() {
    let draft = "Flint asked for help, and the Obama administration sent water. The Okafor presidency ended in 2019. The Ohio administration of the grant changed.";
    let person = MemberKind::Person;
    assert_kinds(draft, &[("Obama", person), ("Okafor", person), ("Ohio", MemberKind::Place)]);
}

/// A compass word or a part's word before a town names a part of it, not a person
/// ("Lower Manhattan", "North Philadelphia"); a surname after a given name stays a person.
#[test]
fn a_part_of_a_town_is_a_place() {
    let draft = "The ferry stops in Lower Manhattan. North Philadelphia residents marched. Oliver North said no.";
    let place = MemberKind::Place;
    assert_kinds(
        draft,
        &[("Lower Manhattan", place), ("North Philadelphia", place), ("Oliver North", MemberKind::Person)],
    );
}

/// A descriptor is what someone is: the sentence's final period is not part of it, and
/// the paper's honorific ("Mr.") is no role, where a title ("Sen.") is kept.
#[test]
fn descriptors_are_roles_without_the_sentence_end_or_honorifics() {
    let draft = "The plan was praised by Lynette Orr, a lecturer at the University of Leeds. Mr. Dane Pell, a spokesman for the growers, disagreed. Sen. Ada Vey, who chairs the panel, was away.";
    let cast = gather(draft);
    let member = |name: &str| &cast.members[cast.member_at(draft.find(name).unwrap()).unwrap()];
    assert_eq!(member("Lynette Orr").descriptors, ["a lecturer at the University of Leeds"]);
    assert_eq!(member("Dane Pell").descriptors, ["a spokesman for the growers"]);
    assert_eq!(member("Ada Vey").descriptors, ["Sen."]);
    // The verb before a role is not part of it.
    let draft = "\"Change is coming,\" said chief executive Elena Marsh.";
    let cast = gather(draft);
    let marsh = &cast.members[cast.member_at(draft.find("Elena").unwrap()).unwrap()];
    assert_eq!(marsh.descriptors, ["chief executive"]);
    let draft = "\"Our members depend on drivers,\" said the association's president, Gloria Reyes.";
    let cast = gather(draft);
    let reyes = &cast.members[cast.member_at(draft.find("Gloria").unwrap()).unwrap()];
    assert_eq!(reyes.descriptors, ["the association's president"]);
    // A title that runs on through "of" is kept from its head.
    let draft = "Secretary of State Ana Ruiz flew to Lisbon on Monday.";
    let cast = gather(draft);
    let ruiz = &cast.members[cast.member_at(draft.find("Ana").unwrap()).unwrap()];
    assert_eq!(ruiz.descriptors, ["Secretary of State"]);
    let draft = "The plan came from Nebraska state senator Ada Vey.";
    let cast = gather(draft);
    let vey = &cast.members[cast.member_at(draft.find("Ada").unwrap()).unwrap()];
    assert_eq!(vey.descriptors, ["Nebraska state senator"]);
    // A conjunction opening a clause is not part of the role after it.
    let draft = "Rovers trailed at half-time after Caldon's captain, Lewis Grant, scored. But manager Sofia Reyes changed the shape of the side.";
    let cast = gather(draft);
    let member = |name: &str| &cast.members[cast.member_at(draft.find(name).unwrap()).unwrap()];
    assert_eq!(member("Lewis Grant").descriptors, ["Caldon's captain"]);
    assert_eq!(member("Sofia Reyes").descriptors, ["manager"]);
    // A club's word makes a body: "Bexley United" is no one's name.
    let draft = "Rovers will play Bexley United in the final on Saturday.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Bexley United"), Some(MemberKind::Organisation));
}

/// A transcript's speaker labels name people, however they are capitalised, and the name
/// as the text writes it is the member's.
#[test]
fn speaker_labels_name_people() {
    let draft = "The hearing went on for hours.\n\nJUSTICE OKAFOR: Where should your clients sleep?\n\nMS. LINDQVIST: That is the question, Your Honor.\n\nJUSTICE OKAFOR: And if a bed is free?\n\nJustice Amara Okafor appeared skeptical.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "LINDQVIST"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "OKAFOR"), Some(MemberKind::Person));
    assert_eq!(canonical_at(&cast, draft, "OKAFOR", 0), "Amara Okafor");
}

/// A month that is also a name: "Theresa May", "April Ryan", "Jun Park"; a date stays a
/// date ("in May", "June 2019", "May 5").
#[test]
fn months_that_are_names() {
    let draft = "Theresa May met April Ryan and cyclist Jun Park in London. In May Johnson said little. Dana Cole left on June 3. Officials met in June 2019.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Theresa", 0), "Theresa May");
    assert_eq!(canonical_at(&cast, draft, "April", 0), "April Ryan");
    assert_eq!(canonical_at(&cast, draft, "Jun Park", 0), "Jun Park");
    assert_eq!(canonical_at(&cast, draft, "Johnson", 0), "Johnson");
    assert_eq!(canonical_at(&cast, draft, "Dana Cole", 0), "Dana Cole");
    assert_eq!(cast.member_at(draft.find("June 3").unwrap()), None);
    assert_eq!(cast.member_at(draft.find("June 2019").unwrap()), None);
    assert_eq!(cast.member_at(draft.find("In May").unwrap() + 3), None);
    // Alone before a verb of speech, the month is the person: no month speaks.
    let draft =
        "Theresa May met the leaders.\n\n\"We made progress,\" May said. May also said talks would resume in May.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "May said", 0), "Theresa May");
    assert_eq!(canonical_at(&cast, draft, "May also", 0), "Theresa May");
    assert_eq!(cast.member_at(draft.rfind("May").unwrap()), None);
}

#[test]
fn hyphenated_particle_and_accented_names() {
    let draft = "Alexandria Ocasio-Cortez spoke. Ocasio said more. Vincent van der Berg agreed; Van der Berg left. José Martínez arrived and Martínez sat.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Ocasio said", 0), "Alexandria Ocasio-Cortez");
    assert_eq!(canonical_at(&cast, draft, "Van der Berg", 0), "Vincent van der Berg");
    assert_eq!(canonical_at(&cast, draft, "Martínez sat", 0), "José Martínez");
    let ocasio = cast.mentions[cast.mention_at(draft.find("Ocasio said").unwrap()).unwrap()].link;
    assert_eq!(ocasio, Join::HyphenPart);
}

#[test]
fn sentence_initial_words_are_not_names() {
    let draft = "Officials met in Rome. Bilateral talks resumed, officials said, and bilateral ties improved.";
    let cast = gather(draft);
    assert!(cast.member_at(0).is_none());
    assert!(cast.member_at(draft.find("Bilateral").unwrap()).is_none());
    assert_eq!(cast.members[cast.member_at(draft.find("Rome").unwrap()).unwrap()].kind, MemberKind::Place);
}

#[test]
fn variants_are_found_with_the_established_form() {
    let draft = "Anna Kowalski spoke. Kowalski left. Kowalski returned. Kowalsky said no. Michael Smith agreed and Micheal Smith left.";
    let cast = gather(draft);
    let found: Vec<(&str, &str)> = cast.variants.iter().map(|v| (v.written.as_str(), v.established.as_str())).collect();
    assert_eq!(found, [("Kowalsky", "Kowalski"), ("Micheal", "Michael")]);
}

#[test]
fn navigation_and_rename() {
    let draft = "President Biden called. Joe Biden spoke; Biden’s aides agreed.";
    let cast = gather(draft);
    let offset = draft.find("Biden’s").unwrap();
    assert_eq!(cast.definition_at(offset).map(|s| s.slice(draft)), Some("Joe Biden"));
    let references: Vec<&str> = cast.references_at(offset).iter().map(|s| s.slice(draft)).collect();
    assert_eq!(references, ["Biden", "Joe Biden", "Biden"]);
    let edits = cast.rename_edits(offset + 1, "Bidden").expect("edits");
    let mut renamed = draft.to_string();
    for (span, text) in edits.iter().rev() {
        renamed.replace_range(span.range(), text);
    }
    assert_eq!(renamed, "President Bidden called. Joe Bidden spoke; Bidden’s aides agreed.");
}

#[test]
fn odd_input_never_panics() {
    for draft in [
        "",
        "A",
        "Mr.",
        "Dr. .",
        "van der",
        "’s",
        "Bidens’",
        "The (WHO)",
        "al-",
        "É É É",
        "O'",
        "Corp. Inc. Co.",
        "“Biden”",
    ] {
        let cast = gather(draft);
        for offset in 0..=draft.len() {
            let _ = cast.member_at(offset);
            let _ = cast.rename_edits(offset, "X");
        }
    }
}

#[test]
fn the_query_api_answers_for_the_quote_analysis_and_spelling() {
    let draft =
        "Mrs. Ana Ruiz met John Thornton. She spoke first. Thornton said his firm, Barrick Gold Corp., would stay.";
    let prose = Prose::new(draft, Language::PlainText);
    let facts = Facts::gather(&prose, &Settings::default(), &mut Default::default());
    let cast = &facts.cast;
    let ruiz = cast.member_at(draft.find("Ruiz").unwrap()).expect("Ruiz");
    let thornton = cast.member_at(draft.find("Thornton said").unwrap()).expect("Thornton");
    assert_eq!(cast.gender(ruiz), Gender::Female);
    assert!(cast.accepts_pronoun(ruiz, "she") && !cast.accepts_pronoun(ruiz, "he"));
    assert!(!cast.accepts_pronoun(ruiz, "it"));
    let span = ByteSpan::new(draft.find("Thornton said").unwrap(), draft.len());
    assert_eq!(cast.speaker_at(ByteSpan::new(span.start, span.start + 8)), Some(thornton));
    let names: Vec<&str> = cast.mentions_in(span).iter().map(|m| m.name.slice(draft)).collect();
    assert_eq!(names, ["Thornton", "Barrick Gold Corp."]);
    assert!(cast.is_name_word("Thornton") && cast.is_name_word("barrick") && !cast.is_name_word("firm"));
    let words: Vec<&str> = cast.names_at(span).map(|w| &*w.text).collect();
    assert_eq!(words, ["Thornton", "Barrick", "Gold", "Corp."]);
}

#[test]
fn gender_comes_from_titles_pronouns_and_given_names() {
    let draft = "Maria Kowalski spoke. James Okafor listened. Later, Sam Reed said he would stay.";
    let cast = gather(draft);
    let gender_of = |needle: &str| cast.gender(cast.member_at(draft.find(needle).unwrap()).unwrap());
    assert_eq!(gender_of("Kowalski"), Gender::Female);
    assert_eq!(gender_of("Okafor"), Gender::Male);
    assert_eq!(gender_of("Reed"), Gender::Male);
}

#[test]
fn pronouns_inside_quotations_do_not_vote_for_the_speakers_gender() {
    let draft = "Leila Kaldar waited outside the consulate for eleven hours. \"He told me to wait, and he said he would be back,\" she said.";
    let cast = gather(draft);
    let kaldar = cast.member_at(draft.find("Kaldar").unwrap()).unwrap();
    assert_eq!(cast.kind_of(kaldar), MemberKind::Person);
    assert_eq!(cast.gender(kaldar), Gender::Female);
    assert!(cast.accepts_pronoun(kaldar, "she"));
}

#[test]
fn a_quotation_is_listed_under_its_speaker_even_when_the_cast_takes_it_for_a_place() {
    // A country speaking for its government: the cast knows Jordan as a place.
    let draft = "Flights to Jordan resumed on Friday. \"The crossing will reopen when it is safe,\" Jordan said.";
    let prose = Prose::new(draft, Language::PlainText);
    let facts = Facts::gather(&prose, &Settings::default(), &mut Default::default());
    let quote = facts.quotes.quotes.iter().position(|q| q.content.slice(draft).starts_with("The crossing")).unwrap();
    let jordan = facts.quotes.quotes[quote].attribution.as_ref().and_then(|a| a.member).unwrap();
    assert_eq!(facts.cast.members[jordan].canonical, "Jordan");
    assert_eq!(facts.cast.members[jordan].kind, MemberKind::Place);
    assert_eq!(facts.cast.members[jordan].quotations, [quote]);
}

#[test]
fn a_woman_named_in_a_sentence_about_a_man_does_not_take_his_next_he() {
    let draft = "Omar Haddad, a columnist, lived in Virginia. He flew to Ankara in May to marry Leila Kaldar. He never returned, and his phone went silent.";
    let cast = gather(draft);
    let kaldar = cast.member_at(draft.find("Kaldar").unwrap()).unwrap();
    assert_eq!(cast.gender(kaldar), Gender::Female);
    assert!(cast.accepts_pronoun(kaldar, "she"));
}

#[test]
fn a_role_or_committee_before_a_given_name_is_a_title_not_an_organisation() {
    let draft = "Senate Majority Whip Ruth Calloway opposed the bill, as did Budget Committee Member Ezra Whitfield. Calloway said the vote would fail. Actress Nadia Brennan also signed the letter.";
    let cast = gather(draft);
    for (needle, canonical) in
        [("Calloway said", "Ruth Calloway"), ("Whitfield", "Ezra Whitfield"), ("Brennan", "Nadia Brennan")]
    {
        let member = cast.member_at(draft.find(needle).unwrap()).unwrap();
        assert_eq!(cast.members[member].canonical, canonical);
        assert_eq!(cast.members[member].kind, MemberKind::Person, "{canonical}");
    }
}

#[test]
fn a_name_that_speaks_as_often_as_it_follows_to_is_not_a_place() {
    let draft = "Users lost access to Vantora on Monday. Vantora said the outage was fixed.";
    let cast = gather(draft);
    let vantora = cast.member_at(draft.find("Vantora said").unwrap()).unwrap();
    assert_ne!(cast.members[vantora].kind, MemberKind::Place);
    assert!(cast.members[vantora].speaks);
}

fn kind_at(cast: &Cast, draft: &str, needle: &str) -> Option<MemberKind> {
    let offset = draft.find(needle).unwrap_or_else(|| panic!("{needle}"));
    cast.member_at(offset).map(|m| cast.members[m].kind)
}

/// A one-sentence paragraph of names and short words is body copy: its names are cast.
#[test]
fn a_short_paragraph_of_names_is_not_a_headline() {
    let draft = "Sahel summit ends\n\nLeaders of Chad and Niger met in Rome on Friday.\n\nThe talks ran late.";
    let cast = gather(draft);
    for place in ["Chad", "Niger", "Rome"] {
        assert_eq!(kind_at(&cast, draft, place), Some(MemberKind::Place), "{place}");
    }
}

/// Bylines, credit lines, social-media lines and labels name nobody in the story; a
/// dateline names a place.
#[test]
fn the_drafts_furniture_names_no_one_and_a_dateline_names_a_place() {
    let draft = "By Ruth Okonjo\n\nPORT HARCOURT, Nigeria — Fuel queues grew on Monday, Amaka Eze said.\n\n\
                 Follow Ruth Okonjo on Twitter @rokonjo.\n\n(Reporting by Tunde Bello; Editing by Sara Lind)";
    let cast = gather(draft);
    let names: Vec<&str> = cast.members.iter().map(|m| m.canonical.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("Okonjo") || n.contains("Bello") || n.contains("Follow")), "{names:?}");
    assert_eq!(kind_at(&cast, draft, "PORT HARCOURT"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Amaka Eze"), Some(MemberKind::Person));
    // A dateline's first word is the place's even when the draft writes it in lowercase.
    let draft = "NEW HAVEN, Conn. — The new port fees start on Monday, Amaka Eze said.\n\n\
                 NEW YORK (AP) — Fuel queues grew in New York on Monday.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "NEW HAVEN", 0), "NEW HAVEN");
    // The agency in a dateline's parentheses is no acronym of the place.
    assert_eq!(kind_at(&cast, draft, "NEW YORK"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "AP"), Some(MemberKind::Organisation));
}

/// Party, faith and people words are groups; a party word before a name is the person's
/// affiliation; the state before a title is a place; "I'm" is no name; a well-known
/// organisation of the reference data is an organisation.
#[test]
fn groups_affiliations_states_and_known_organisations() {
    let draft = "In Ohio, Republicans and Muslims reacted. Democrat Nora Whitcombe, a councilwoman, disagreed. \
                 Whitcombe said \"I'm not surprised.\" Later, Oregon Gov. Dale Prewitt spoke to Reuters, and \
                 the Affordable Care Act came up at the Democratic National Convention.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Republicans"), Some(MemberKind::Group));
    assert_eq!(kind_at(&cast, draft, "Muslims"), Some(MemberKind::Group));
    assert_eq!(canonical_at(&cast, draft, "Nora", 0), "Nora Whitcombe");
    assert_eq!(kind_at(&cast, draft, "Nora"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "Oregon"), Some(MemberKind::Place));
    assert_eq!(canonical_at(&cast, draft, "Dale", 0), "Dale Prewitt");
    assert_eq!(kind_at(&cast, draft, "Reuters"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Affordable"), Some(MemberKind::Work));
    assert_eq!(kind_at(&cast, draft, "Democratic National"), Some(MemberKind::Event));
    assert!(cast.member_at(draft.find("I'm").unwrap()).is_none());
}

/// A full name whose words the draft never writes in lowercase is a person's, with no
/// title or role to say so; a state's abbreviation is a place.
#[test]
fn a_plain_full_name_is_a_person_and_a_state_abbreviation_a_place() {
    let draft = "The rally drew a crowd in Dayton. Voters cheered for Marlo Tesky. The mayor of Tampa, Fla., \
                 was not there.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Marlo"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "Fla"), Some(MemberKind::Place));
}

/// A name the draft writes once, one slip from a well-known place, is a variant with the
/// data's spelling; a real place written once is not.
#[test]
fn a_name_spelt_once_near_a_well_known_place_is_a_variant() {
    let draft = "Trade ministers from Ghana and Nigreia signed the deal in Accra.";
    let cast = gather(draft);
    assert_eq!(cast.variants.len(), 1, "{:?}", cast.variants);
    assert_eq!((cast.variants[0].written.as_str(), cast.variants[0].established.as_str()), ("Nigreia", "Nigeria"));
    assert!(cast.variants[0].from_reference);
    assert!(gather("Trade ministers from Ghana and Nigeria signed the deal in Accra.").variants.is_empty());
}

#[test]
fn a_department_after_a_title_and_of_is_no_part_of_the_name() {
    let draft = "The talks stalled. Secretary of State Mara T. Quist said the talks would resume, and Minister of Fisheries Ana Ruiz agreed.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Mara T. Quist", 0), "Mara Quist");
    assert_eq!(canonical_at(&cast, draft, "Ana Ruiz", 0), "Ana Ruiz");
}

/// Function words with a contraction, lone function words the segmenter did not see open a
/// sentence, hashtags, handles and lettered nouns are no members; a name made a modifier
/// ("Tampa-based") is the place it names.
#[test]
fn contractions_tags_and_modifiers_make_no_junk_members() {
    let draft = "The vote was close. That’s a shift, said Ruth Calloway. She was. We’re done here.\n\nSupporters posted #KeepOurParks and @RuthCalloway replied in T-shirts.\n\nThe Tampa-based Harbor Ledger and a Spanish-language station covered the Okafor-backed plan.";
    let cast = gather(draft);
    let names: Vec<&str> = cast.members.iter().map(|m| m.canonical.as_str()).collect();
    for junk in ["That", "We", "We’re", "KeepOurParks", "RuthCalloway", "T-shirts", "Spanish-language", "Spanish"] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
    assert_eq!(kind_at(&cast, draft, "Tampa"), Some(MemberKind::Place));
    assert_eq!(canonical_at(&cast, draft, "Tampa-based", 0), "Tampa");
    assert_eq!(canonical_at(&cast, draft, "Harbor Ledger", 0), "Harbor Ledger");
    assert_eq!(canonical_at(&cast, draft, "Okafor-backed", 0), "Okafor");
}

/// "of", "for" and "&" inside a body's, a law's or a work's name join it; between a person
/// and a place, or before a person, they do not.
#[test]
fn connectors_join_institutions_not_people_and_places() {
    let draft = "The group sued under the Freedom of Information Act. Citizens for Clean Harbors paid for the ads, and Halvorsen & Pike declined. Sen. Ruth Calloway of Ohio voted against the bill, and Dana Okafor of Tampa agreed. He cited the Bill of Rights. Vote for Ruth Calloway, the signs said.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Freedom", 0), "Freedom of Information Act");
    assert_eq!(kind_at(&cast, draft, "Freedom"), Some(MemberKind::Work));
    assert_eq!(canonical_at(&cast, draft, "Citizens", 0), "Citizens for Clean Harbors");
    assert_eq!(kind_at(&cast, draft, "Citizens"), Some(MemberKind::Organisation));
    assert_eq!(canonical_at(&cast, draft, "Halvorsen", 0), "Halvorsen & Pike");
    assert_eq!(kind_at(&cast, draft, "Halvorsen"), Some(MemberKind::Organisation));
    assert_eq!(canonical_at(&cast, draft, "Bill of", 0), "Bill of Rights");
    assert_ne!(kind_at(&cast, draft, "Bill of"), Some(MemberKind::Person));
    assert_eq!(canonical_at(&cast, draft, "Ruth Calloway of", 0), "Ruth Calloway");
    assert_eq!(kind_at(&cast, draft, "Ohio"), Some(MemberKind::Place));
    assert_eq!(canonical_at(&cast, draft, "Dana Okafor", 0), "Dana Okafor");
    assert_eq!(kind_at(&cast, draft, "Tampa"), Some(MemberKind::Place));
    assert_eq!(canonical_at(&cast, draft, "Ruth Calloway,", 0), "Ruth Calloway");
}

/// A title after a place, a people or another title names no one ("the Vice President",
/// "the Norwegian Foreign Minister"); a title-case headline inside a paragraph founds no
/// member; a faith or a creed is a group.
#[test]
fn roles_headline_runs_and_creeds() {
    let draft = "The Vice President met the Norwegian Foreign Minister in Oslo. Analysts said Islam and Communism shaped the region.\n\nLive updates: Calloway Says Budget Was Sign Of Strength\n\nJohn Major spoke later.";
    let cast = gather(draft);
    let names: Vec<&str> = cast.members.iter().map(|m| m.canonical.as_str()).collect();
    for junk in ["Vice President", "Norwegian Foreign Minister", "Foreign Minister"] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("Budget Was")), "{names:?}");
    assert_eq!(kind_at(&cast, draft, "Islam"), Some(MemberKind::Group));
    assert_eq!(kind_at(&cast, draft, "Communism"), Some(MemberKind::Group));
    assert_eq!(canonical_at(&cast, draft, "John Major", 0), "John Major");
}

/// A place and a plural name a club; a place and a party's people a group; "for" before a
/// lone given name or a place still joins a body's name; plural acronyms are common nouns.
#[test]
fn teams_parties_of_places_and_bodies_for_a_place() {
    let draft = "The Chicago Cubs beat the Seattle Foxes, and the Ohio Democrats cheered. Charlotte Charles and Austin Rogers watched. Dean launched Citizens for America and Young Democrats for Peace. Lobbyists for the PACs and CEOs paid.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Chicago Cubs"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Seattle Foxes"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Ohio Democrats"), Some(MemberKind::Group));
    assert_ne!(kind_at(&cast, draft, "Charlotte Charles"), Some(MemberKind::Organisation));
    assert_ne!(kind_at(&cast, draft, "Austin Rogers"), Some(MemberKind::Organisation));
    assert_eq!(canonical_at(&cast, draft, "Citizens", 0), "Citizens for America");
    assert_eq!(kind_at(&cast, draft, "Citizens"), Some(MemberKind::Organisation));
    assert_eq!(canonical_at(&cast, draft, "Young Democrats", 0), "Young Democrats for Peace");
    assert_eq!(cast.member_at(draft.find("PACs").unwrap()), None);
    assert_eq!(cast.member_at(draft.find("CEOs").unwrap()), None);
}

/// Kinds read from the copy around a name (issue 21): a title in quotation marks is a work,
/// a compass region a place, a hotel or a tower a place and a PAC or a caucus a body, a
/// party's member after a place no name, a lone name followed by ", who" or alone in the
/// sentence before a "She" a person, a common given name used once a person, the rest of
/// a body's name after its connector the body's, the agency of a dateline an organisation,
/// the first word of a known place kept at a sentence start, a named day an event.
#[test]
fn kinds_from_the_copy_around_a_name() {
    let draft = "HARBORTON (UPI) — Brixley went on “Morning Roundtable” from the Larkspur Hotel. \
                 Voters across the South cheered the Harbor Action PAC and the Coastal Caucus.\n\n\
                 The Utah Republican disagreed, and so did Quenby, who chairs the board.\n\n\
                 On Monday, Tavistock arrived late. She left early.\n\n\
                 The dispute, said Brixley, was with Debbie over funding for the National Institutes of Wellness.\n\n\
                 \u{201c}New Hampshire matters,\u{201d} Brixley said before Super Tuesday, in Los Angeles-based studios.";
    let cast = gather(draft);
    let names: Vec<&str> = cast.members.iter().map(|m| m.canonical.as_str()).collect();
    assert_eq!(kind_at(&cast, draft, "UPI"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Morning Roundtable"), Some(MemberKind::Work));
    assert_eq!(kind_at(&cast, draft, "Larkspur Hotel"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "South"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Harbor Action PAC"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Coastal Caucus"), Some(MemberKind::Organisation));
    assert!(!names.contains(&"Utah Republican"), "{names:?}");
    assert_eq!(kind_at(&cast, draft, "Quenby"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "Tavistock"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "Debbie"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "Wellness"), Some(MemberKind::Organisation));
    assert_eq!(canonical_at(&cast, draft, "New Hampshire", 0), "New Hampshire");
    assert_eq!(kind_at(&cast, draft, "New Hampshire"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Super Tuesday"), Some(MemberKind::Event));
    assert_eq!(canonical_at(&cast, draft, "Los Angeles", 0), "Los Angeles");
    assert!(!names.contains(&"Angeles"), "{names:?}");
}

/// A lone surname is its person's; the Internet
/// and the Web are no one; a name the organisation table lists without its article is an
/// organisation with it.
#[test]
fn a_persons_surname_alone_is_a_person_and_networks_are_no_one() {
    let draft = "Mara Quillfeather spoke on the Internet and the Web.\n\nQuillfeather’s staff read The Daily Beast.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Quillfeather’s"), Some(MemberKind::Person));
    assert_eq!(cast.member_at(draft.find("Internet").unwrap()), None);
    assert_eq!(cast.member_at(draft.find("Web").unwrap()), None);
    assert_eq!(kind_at(&cast, draft, "The Daily Beast"), Some(MemberKind::Organisation));
}

/// A capitalised word at an opening names no one by its capital alone: after two
/// apostrophes used as a quotation mark, after a colon and such a mark, after the end of
/// a markup tag.
#[test]
fn openings_after_doubled_apostrophes_and_markup_name_no_one() {
    let draft = "The mayor waved at the crowd and shouted, ''Onward, onward!'' before leaving.\n\n\
                 The governor replied on Friday: ''Patience matters more than speed,'' she said.\n\n\
                 <post author=\"@harborwatch\">Dreadful traffic on the bridge again tonight.</post>";
    let cast = gather(draft);
    let names: Vec<&str> = cast.members.iter().map(|m| m.canonical.as_str()).collect();
    for word in ["Onward", "Patience", "Dreadful"] {
        assert!(!names.contains(&word), "{word}: {names:?}");
    }
}

/// A lone word tied by "of" or "the" to a capitalised word beside it, with nothing saying
/// what it names, is a fragment of a longer name; a place after "of", a person's title, a
/// speaker and a word the reference data knows keep their mentions.
#[test]
fn fragments_of_longer_names_found_no_member() {
    let draft = "The admiral briefed the Joint Chiefs of Staff on Monday. The paper filed a Freedom of \
                 Information request, and the sergeant received the Medal of Valor.\n\n\
                 Tonight the senator appears on Channel Nine's Meet the Voters.\n\n\
                 Mayor Dana Okafor of Tampa was there, and Brixley of Quarrytown agreed with Tamsin of Vell Harbor. \
                 The Bishop of Ohio came too.";
    let cast = gather(draft);
    let names: Vec<&str> = cast.members.iter().map(|m| m.canonical.as_str()).collect();
    for fragment in ["Staff", "Freedom", "Information", "Medal", "Valor", "Voters"] {
        assert!(!names.contains(&fragment), "{fragment}: {names:?}");
    }
    assert_eq!(kind_at(&cast, draft, "Tampa"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Dana Okafor"), Some(MemberKind::Person));
    for person in ["Brixley", "Tamsin"] {
        assert!(cast.member_at(draft.find(person).unwrap()).is_some(), "{person}: {names:?}");
    }
    assert_eq!(kind_at(&cast, draft, "Ohio"), Some(MemberKind::Place));
}

/// A country or a state that the draft makes speak, or puts before a title, is still a
/// place when nothing makes it a person; a city that speaks may be a surname and stays
/// unplaced.
#[test]
fn countries_and_states_that_speak_are_places() {
    let draft = "Quelmark and Portugal said on Monday that the treaty would hold.\n\n\
                 Ohio state Rep. Dana Okafor and Kentucky state Sen. Ruth Calloway arrived.\n\n\
                 Madrid said nothing.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Portugal"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Ohio"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Kentucky"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Dana Okafor"), Some(MemberKind::Person));
}

/// A business's or an outlet's common noun before a lone name or heading its appositive
/// makes it an organisation; a region's noun after it, a town's noun and "of" before it,
/// or a US state after its comma make it a place. A person stays a person.
#[test]
fn common_nouns_around_a_name_say_business_or_region() {
    let draft = "Investors sold shares of the airline Skyvale on Monday. Corvantis, a Denver law firm, \
                 filed the suit, and Quorvex, the Canadian mining company that owns the mine, declined.\n\n\
                 Protests spread across the Dorvan region and reached the island of Sael. \
                 Mara Quillfeather grew up in Brantford, Ohio, and later moved to Kelvale, Ky.\n\n\
                 Quillfeather, a former pilot, said the town was quiet.";
    let cast = gather(draft);
    for body in ["Skyvale", "Corvantis", "Quorvex"] {
        assert_eq!(kind_at(&cast, draft, body), Some(MemberKind::Organisation), "{body}");
    }
    for place in ["Dorvan", "Sael", "Brantford", "Kelvale"] {
        assert_eq!(kind_at(&cast, draft, place), Some(MemberKind::Place), "{place}");
    }
    assert_eq!(kind_at(&cast, draft, "Quillfeather,"), Some(MemberKind::Person));
}

/// A hyphenated pairing of names the draft writes alone, of acronyms or of well-known
/// names is no member of its own; a double-barrelled surname keeps its person.
#[test]
fn pairings_of_names_are_no_members() {
    let draft = "Senator Ana Rubio and Senator Dana Okafor wrote the bill. Critics of the Rubio-Okafor \
                 bill cited an NBC-WSJ poll and the US-UK talks in the Portugal-Spain summit.\n\n\
                 Lena Hart-Vale spoke next. Hart-Vale said the bill would pass.";
    let cast = gather(draft);
    let names: Vec<&str> = cast.members.iter().map(|m| m.canonical.as_str()).collect();
    for pairing in ["Rubio-Okafor", "NBC-WSJ", "US-UK", "Portugal-Spain"] {
        assert!(!names.contains(&pairing), "{pairing}: {names:?}");
    }
    assert_eq!(canonical_at(&cast, draft, "Hart-Vale said", 0), "Lena Hart-Vale");
    assert_eq!(kind_at(&cast, draft, "Rubio and"), Some(MemberKind::Person));
    let draft = "Turnout rose among Mexican-American voters and Korean-American voters on Tuesday.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Mexican-American"), Some(MemberKind::Group));
    assert_eq!(kind_at(&cast, draft, "Korean-American"), Some(MemberKind::Group));
}

/// A place named alone is the place, even where the draft also names a body after it: the
/// city is no short form of its newspaper or its police, the country's acronym no initials
/// of its senate nor a person's acronym.
#[test]
fn a_place_is_no_short_form_of_a_body_named_after_it() {
    let draft = "The Santa Rosa Gazette reported the vote on Sunday. At a rally in Santa Rosa, the mayor spoke.\n\n\
                 The U.S. Senate adjourned. The U.S. will send more aid, the envoy said.\n\n\
                 The Tulsa Police Department named the officer. Crowds marched in Tulsa on Friday.\n\n\
                 Instead he named Dana Marsh, U.S. attorney for the region.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Santa Rosa Gazette"), Some(MemberKind::Organisation));
    let city = draft.find("in Santa Rosa").unwrap() + 3;
    let member = cast.member_at(city).expect("Santa Rosa");
    assert_eq!(cast.members[member].kind, MemberKind::Place);
    assert_eq!(cast.members[member].canonical, "Santa Rosa");
    assert_eq!(kind_at(&cast, draft, "U.S. Senate"), Some(MemberKind::Organisation));
    assert_eq!(canonical_at(&cast, draft, "U.S. will", 0), "U.S.");
    assert_eq!(kind_at(&cast, draft, "U.S. will"), Some(MemberKind::Place));
    assert_eq!(canonical_at(&cast, draft, "Tulsa on", 0), "Tulsa");
    assert_eq!(kind_at(&cast, draft, "Tulsa on"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Dana Marsh"), Some(MemberKind::Person));
    assert_eq!(canonical_at(&cast, draft, "U.S. attorney", 0), "U.S.");
}

/// Countries, states and regions the gazetteer's cities miss are places whatever stands
/// near them: a role before the name, a verb of speech after it, a body's word inside it
/// ("the Soviet Union"); a place's word opens "Mt. Kenlow"; a town whose first word is a
/// given name stays a town.
#[test]
fn countries_states_and_regions_are_places_whatever_stands_near_them() {
    let draft = "Moscow annexed Crimea in 2014, long after the Soviet Union fell. Fighting spread across Darfur.\n\n\
                 Coal-rich West Virginia led the states suing the agency. North Korea's test alarmed its neighbours.\n\n\
                 Japan called the test a threat. The chief U.S. negotiator left early.\n\n\
                 Climbers reached the top of Mt. Kenlow. During a town hall in Cedar Rapids, the senator spoke.\n\n\
                 Fans of the Garden State cheered, and the Carolina Panthers won.";
    let cast = gather(draft);
    for place in ["Crimea", "Soviet Union", "Darfur", "West Virginia", "North Korea", "Japan", "U.S.", "Cedar Rapids"] {
        assert_eq!(kind_at(&cast, draft, place), Some(MemberKind::Place), "{place}");
    }
    assert_eq!(canonical_at(&cast, draft, "Mt. Kenlow", 0), "Mt. Kenlow");
    assert_eq!(kind_at(&cast, draft, "Mt. Kenlow"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Garden State"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Carolina Panthers"), Some(MemberKind::Organisation));
}

/// Bodies by their words and their place in the sentence: court circuits and federal
/// districts, a movement named a state, "the State" alone the department, a body's name
/// after "on" or "for a", a body named for a country that speaks, a well-known body after
/// "The", a brand's inner capital; a show's or a law's name is a work, not a person.
#[test]
fn bodies_courts_and_works_by_their_words() {
    let draft = "The Ninth Circuit heard the appeal. Prosecutors in the Southern District of Ohio agreed.\n\n\
                 Fighters of the Islamic State fled. She served as secretary of State and later left the State Department.\n\n\
                 The Board on Judicial Conduct met. The Committee for a Balanced Budget said the plan cost too much.\n\n\
                 The study joined the Institute of Marine Science and Peter Hallam of a diving company.\n\n\
                 Brazil Today reported the vote. The Daily Beast reported it first. \"It is done,\" the aide told NewsPulse.\n\n\
                 Exporters hoped for the Pacific Partnership. She spoke on The Kelly Hart Morning Show.";
    let cast = gather(draft);
    for body in [
        "Ninth Circuit",
        "Southern District",
        "Islamic State",
        "State Department",
        "Judicial Conduct",
        "Balanced Budget",
        "Brazil Today",
        "Daily Beast",
        "NewsPulse",
    ] {
        assert_eq!(kind_at(&cast, draft, body), Some(MemberKind::Organisation), "{body}");
    }
    assert_eq!(kind_at(&cast, draft, "State and"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Peter Hallam"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "Pacific Partnership"), Some(MemberKind::Work));
    assert_eq!(kind_at(&cast, draft, "Kelly Hart Morning Show"), Some(MemberKind::Work));
}

/// The inner capital of a brand, not the prefixes of surnames.
#[test]
fn camel_case_brands_are_not_surnames() {
    assert!(camel_case("NewsPulse"));
    assert!(camel_case("InsideLedger"));
    for surname in ["McConnell", "DeSantis", "MacArthur", "FitzGerald", "VanderSloot", "Smith", "NASA"] {
        assert!(!camel_case(surname), "{surname}");
    }
}

/// A plural name after "the" and a preposition of where is a range or an area; a family
/// stays a family.
#[test]
fn ranges_and_areas_named_in_the_plural_are_places_and_families_stay_families() {
    let draft = "The Vennards left the capital in May. Ada Vennard said the Vennards would return. \
                 Snow fell across the Dolvenites on Friday, and hikers in the Dolvenites were stranded. \
                 She spent the summer with the Vennards.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Dolvenites"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Vennards"), Some(MemberKind::Group));
}

/// Asserts that no member covers the first place of each of `words` in `draft`.
fn found_no_member(cast: &Cast, draft: &str, words: &[&str]) {
    for words in words {
        assert!(cast.member_at(draft.find(words).unwrap()).is_none(), "{words}");
    }
}

/// A lone capitalised common word of no evidence (a show's or a series' title, a
/// fragment of a longer name) founds no member; names that are also words, a word a speech
/// verb or a place preposition makes a name, and the parties' plurals keep theirs.
#[test]
fn a_lone_common_word_founds_no_member() {
    let draft = "The Latest on the count: Mara Quist spoke on a Chapter 11 filing and the Gang of Six.\n\nThe Working paper went to Pell Okafor. Okafor and Bush voted. Okafor flew to Buffalo, and Democrats met Hope there.";
    let cast = gather(draft);
    found_no_member(&cast, draft, &["Latest", "Chapter", "Gang", "Working"]);
    for word in ["Bush", "Buffalo", "Democrats", "Hope"] {
        assert!(cast.member_at(draft.find(word).unwrap()).is_some(), "{word}");
    }
    // An acronym in parentheses after it makes the word a name.
    let draft = "Pell Okafor of the Institute of Tides: Research and Education (I-TE) said the data were new.";
    let cast = gather(draft);
    assert!(cast.member_at(draft.find("Education").unwrap()).is_some());
    // Joined to a member the draft names otherwise, the same word stays its mention.
    let draft = "On Monday, Pulse said Okafor had won. The Pulse editors agreed.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Pulse editors", 0), "Pulse");
}

/// A party's or a people's adjective with common words before a lowercase noun names
/// nothing ("Presumptive Democratic nominee"); a name ending on a noun ("Islamic State")
/// or a people alone stays.
#[test]
fn adjectives_before_a_noun_name_nothing() {
    let draft = "Presumptive Democratic presidential nominee Mara Quist met U.S. Republican donors and the Republican Presidential hopeful Pell Okafor. Islamic State militants fled, many African American voters cheered, the British Medical Journal said, and the Czech Republic applied.";
    let cast = gather(draft);
    found_no_member(&cast, draft, &["Presumptive", "U.S. Republican", "Republican Presidential"]);
    assert_eq!(canonical_at(&cast, draft, "Islamic State", 0), "Islamic State");
    assert_eq!(canonical_at(&cast, draft, "British", 0), "British Medical Journal");
    assert_eq!(canonical_at(&cast, draft, "Czech", 0), "Czech Republic");
    let voters = &cast.members[cast.member_at(draft.find("African").unwrap()).unwrap()];
    assert_eq!(voters.kind, MemberKind::Group);
}

/// Time zones, temperature scales, an academic degree and adjectives made of a name
/// ("Trumpian") name no one; a full name with a patronymic particle is a person's.
#[test]
fn units_time_zones_degrees_and_derived_adjectives_found_no_member() {
    let draft = "A Reaganesque budget from Mara Quist reached Dorvan, where it was 40 degrees Fahrenheit (all times Eastern Standard Time). Quist, who holds a Ph.D. from Vantor College, wrote a thesis on the hunt for Osama bin Laden.";
    let cast = gather(draft);
    found_no_member(&cast, draft, &["Reaganesque", "Fahrenheit", "Eastern Standard Time", "Ph.D."]);
    let osama = &cast.members[cast.member_at(draft.find("Osama").unwrap()).unwrap()];
    assert_eq!((osama.canonical.as_str(), osama.kind), ("Osama bin Laden", MemberKind::Person));
    // A place's name with "el" is no person's.
    let draft = "Okafor flew on to Sharm el Sheikh with Mara Quist.";
    let cast = gather(draft);
    let sharm = cast.member_at(draft.find("Sharm").unwrap()).map(|m| cast.members[m].kind);
    assert_ne!(sharm, Some(MemberKind::Person));
}

/// A body named before a person's title is a member of its own, and the person keeps the
/// title; "Retired" qualifies the title, not the body; an article kept mid-sentence opens
/// no one's full name ("The S.E.C.").
#[test]
fn bodies_before_a_title_are_members_of_their_own() {
    let draft = "Council vote delayed.\n\n\
                 Ohio Democratic Party Chairman Dana Whitcomb called the ruling a win.\n\n\
                 Retired U.S. Army Gen. Paul Verity disagreed. Senate Majority Leader Ruth Ambler said the vote would come later.\n\n\
                 Inspectors visited the harbour offices The S.E.C. wants closed.";
    let cast = gather(draft);
    for body in ["Ohio Democratic Party", "U.S. Army", "Senate", "S.E.C."] {
        assert_eq!(kind_at(&cast, draft, body), Some(MemberKind::Organisation), "{body}");
    }
    assert_eq!(canonical_at(&cast, draft, "Ohio Democratic", 0), "Ohio Democratic Party");
    assert_eq!(canonical_at(&cast, draft, "Army", 0), "U.S. Army");
    for (person, role) in [("Dana Whitcomb", "Chairman"), ("Paul Verity", "Gen."), ("Ruth Ambler", "Majority Leader")] {
        assert_eq!(kind_at(&cast, draft, person), Some(MemberKind::Person), "{person}");
        let member = &cast.members[cast.member_at(draft.find(person).unwrap()).unwrap()];
        assert_eq!(member.canonical, person);
        assert!(member.descriptors.iter().any(|d| d == role), "{person}: {:?}", member.descriptors);
    }
    // "Party" alone names no party, and "Press Secretary" is one title.
    let draft = "Council vote delayed.\n\n\
                 Party Chairman Omar Lindqvist agreed. \"Not yet,\" Press Secretary Mara Quist said.";
    let cast = gather(draft);
    for word in ["Party Chairman", "Press Secretary"] {
        assert_ne!(kind_at(&cast, draft, word), Some(MemberKind::Organisation), "{word}");
    }
    for person in ["Omar Lindqvist", "Mara Quist"] {
        assert_eq!(kind_at(&cast, draft, person), Some(MemberKind::Person), "{person}");
    }
}

/// What the copy calls a name says it is a body, whatever its shape or a preposition of
/// place says: a group "known as" it, a company "called" it, a division's appositive, a
/// part of a business after it, a founder after it, a journalist's or a partner's post at
/// it; a group's word after a body's connector belongs to the body.
#[test]
fn bodies_by_what_the_copy_calls_them() {
    let draft = "Breach traced.\n\n\
                 Investigators linked the breach to a hacking group known as Cozy Wolf. She joined a company called Lantern Vale.\n\n\
                 Officials at Border Fraud Investigations, a division of the Coast Agency, said the scheme was large.\n\n\
                 Alan Ferro directs the Ridgeway Eastern division. Sheldon Grey met Kestrel Brokerage founder Paul Ricketts.\n\n\
                 \"It could go either way,\" said Dan Weiss, an editor for the Harbor Ledger Report. Ms. Lynn was a partner at Marlow Lane.\n\n\
                 She spoke at the Boston Center for the Arts.";
    let cast = gather(draft);
    for body in [
        "Cozy Wolf",
        "Lantern Vale",
        "Border Fraud Investigations",
        "Ridgeway Eastern",
        "Kestrel Brokerage",
        "Harbor Ledger Report",
        "Marlow Lane",
        "Arts",
    ] {
        assert_eq!(kind_at(&cast, draft, body), Some(MemberKind::Organisation), "{body}");
    }
    for person in ["Alan Ferro", "Sheldon Grey", "Paul Ricketts", "Dan Weiss"] {
        assert_eq!(kind_at(&cast, draft, person), Some(MemberKind::Person), "{person}");
    }
}

/// The nouns a person's name goes with say nothing of a body: a campaign, a spokesman for
/// someone, a group of someone's supporters.
#[test]
fn a_persons_campaign_and_spokesman_make_no_body() {
    let draft = "Race tightens.\n\n\
                 The Nadia Brennan campaign said the poll was wrong, and a spokesman for Tom Baird agreed.\n\n\
                 A group of Baird supporters rallied. Brennan said she would win.\n\n\
                 Young voters, a group Omar Lindqvist won easily, stayed home. Pollster Mara Quist agreed.";
    let cast = gather(draft);
    for person in ["Nadia Brennan", "Tom Baird"] {
        assert_eq!(kind_at(&cast, draft, person), Some(MemberKind::Person), "{person}");
    }
    assert_eq!(kind_at(&cast, draft, "Baird supporters"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "Omar Lindqvist"), Some(MemberKind::Person));
    assert_eq!(kind_at(&cast, draft, "Mara Quist"), Some(MemberKind::Person));
}

/// A common word opening a sentence is that word, no body's short form: "Environmental
/// groups" is not the agency named later; a name's own first word still is ("Barrick").
#[test]
fn a_common_word_opening_a_sentence_is_no_short_form() {
    let draft = "Environmental groups objected to the plan. According to the Environmental Protection Agency, \
                 nine million homes are served by lead pipes. Barrick Gold Corp. said it would appeal. \
                 Barrick said the ruling was wrong.";
    let cast = gather(draft);
    assert!(cast.member_at(draft.find("Environmental groups").unwrap()).is_none());
    assert_eq!(canonical_at(&cast, draft, "Barrick said", 0), "Barrick Gold Corp.");
}

/// A holiday's or a count's word split from its possessive or its number ("Veteran's Day",
/// "on Day 1") founds no member; a person named Day keeps theirs.
#[test]
fn a_holidays_day_and_a_count_found_no_member() {
    let draft = "The general spoke in Iowa on Veteran's Day. Clinton said she would be ready on Day 1.";
    let cast = gather(draft);
    found_no_member(&cast, draft, &["Day.", "Day 1"]);
    let draft = "Coach Marla Day said the team was ready. Day said it twice.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Day said", 0), "Marla Day");
}

/// A business's trade in its name ("Foods", "Securities") or "maker" after its comma makes
/// an organisation, and its short form joins it.
#[test]
fn a_business_by_its_trade_or_what_it_makes() {
    let draft = "Harbourline Foods, the Scottish maker of frozen seafood, will cut 400 jobs. \
                 Analysts at Redmoor Securities said the cuts were expected. Shares in Harbourline fell.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Harbourline Foods"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Redmoor Securities"), Some(MemberKind::Organisation));
    assert_eq!(canonical_at(&cast, draft, "Harbourline fell", 0), "Harbourline Foods");
}

/// "X-based" says X is where something is: a place, even one no gazetteer lists.
#[test]
fn a_name_before_based_is_a_place() {
    let draft = "The Dorvale-based firm Acme Logistics and the Kelvar-based group agreed on Monday.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Dorvale"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Kelvar"), Some(MemberKind::Place));
}

/// A town named as a place ("in Harwick") is not the short form of the local body named
/// after it ("Harwick City Council"); a place's prefix ("Port", "Fort") opening a sentence
/// stays part of the name even when the draft writes "the port".
#[test]
fn a_placed_town_is_not_its_councils_short_form() {
    let draft = "The Harwick City Council approved the plan. Tomas Reyes has lived in Harwick for 31 years.\n\n\
                 The Port Callow Harbour Authority met. Reyes moved to Port Callow in 1990. \
                 The port fees rise in May. Port Callow has two piers.\n\n\
                 The Exxon Mobil Corp. said profits rose. Workers at Exxon said little.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Harwick for"), Some(MemberKind::Place));
    assert_eq!(kind_at(&cast, draft, "Harwick City"), Some(MemberKind::Organisation));
    assert_eq!(canonical_at(&cast, draft, "Port Callow in", 0), "Port Callow");
    assert_eq!(kind_at(&cast, draft, "Port Callow in"), Some(MemberKind::Place));
    assert_eq!(canonical_at(&cast, draft, "Port Callow has", 0), "Port Callow");
    assert_eq!(canonical_at(&cast, draft, "Exxon said", 0), "Exxon Mobil Corp.");
}

/// A body's head noun alone ("the Corps") is the one body named with it; trade words
/// ("Works", "Cargo", "Terminals") and an operator or carrier before the name make a body.
#[test]
fn a_bodys_head_noun_and_trade_words() {
    let draft = "The U.S. Army Corps of Engineers must sign off. A Corps spokeswoman said so. \
                 The contractor, Meridian Marine Works, starts in May. The shipping line Norland Cargo agreed, \
                 and the port operator, Valmara Terminals, said nothing.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Corps spokeswoman", 0), "U.S. Army Corps of Engineers");
    assert_eq!(kind_at(&cast, draft, "Meridian"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Norland"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Valmara"), Some(MemberKind::Organisation));
}

/// What the copy calls a name outweighs a place's word in it ("the analytics firm Sensor
/// Tower"), a plural body noun before a list names a body ("the venture firms Kleiner
/// Perkins and ..."), and a role phrase stops at the agent's "by" ("is run by its former
/// chief operating officer, X").
#[test]
fn what_the_copy_calls_a_name_and_where_a_role_starts() {
    let draft = "Data came from the analytics firm Sensor Tower on Monday. Investors include the venture \
                 firms Kleiner Perkins and Accel. The company is run by its former chief operating officer, \
                 Helene Marchetti. The debate was moderated by Chronicle editor Deborah Lindqvist.";
    let cast = gather(draft);
    let editor = cast.member(cast.member_at(draft.find("Deborah").unwrap()).unwrap()).unwrap();
    assert_eq!(editor.descriptors, ["Chronicle editor"]);
    assert_eq!(kind_at(&cast, draft, "Sensor"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Kleiner"), Some(MemberKind::Organisation));
    let member = cast.member(cast.member_at(draft.find("Helene").unwrap()).unwrap()).unwrap();
    assert_eq!(member.descriptors, ["its former chief operating officer"]);
}

/// A club's last word alone ("Rovers") is the one club named with it; a common word opening
/// the sentence before a given name and a surname describes the person ("Substitute Tomasz
/// Zielinski", "Moderator Lena Dovick"), unless it opens a quoted title.
#[test]
fn a_clubs_last_word_and_a_describing_word_before_a_name() {
    let draft = "Harwick Rovers beat Castlebury United 2-1. Rovers equalized after the break.\n\n\
                 Substitute Tomasz Zielinski scored late. Moderator Lena Dovick asked the first question.\n\n\
                 Make America Great Again was on every hat.";
    let cast = gather(draft);
    assert_eq!(canonical_at(&cast, draft, "Rovers equalized", 0), "Harwick Rovers");
    assert_eq!(canonical_at(&cast, draft, "Tomasz", 0), "Tomasz Zielinski");
    assert_eq!(canonical_at(&cast, draft, "Lena", 0), "Lena Dovick");
    assert!(cast.member_at(draft.find("Substitute").unwrap()).is_none());
    assert_ne!(kind_at(&cast, draft, "America Great"), Some(MemberKind::Person));
}

/// One word opening a sentence, described by a role in its appositive, is a person in the
/// story ("Thompson, the city's longest-serving council member,"); an appositive whose
/// head is no role ("Harbourfund, the most of any candidate") says nothing of a person.
#[test]
fn a_surname_described_by_its_role_is_a_person() {
    let draft = "The vote is Tuesday.\n\nThompson, the city's longest-serving council member, has not endorsed \
                 either candidate.\n\nDonations reached $2 million, according to Harbourfund, the most of any \
                 candidate by far.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Thompson"), Some(MemberKind::Person));
    assert_ne!(kind_at(&cast, draft, "Harbourfund"), Some(MemberKind::Person));
}

/// A well-known company's name opening a longer one names its product or service ("Apple
/// Music"), not a person; a person after it keeps theirs ("Google engineer Ana Ruiz").
#[test]
fn a_companys_product_is_no_person() {
    let draft = "The interview will premiere on Apple Music on Friday. Google engineer Ana Ruiz said so.";
    let cast = gather(draft);
    assert_eq!(kind_at(&cast, draft, "Apple Music"), Some(MemberKind::Organisation));
    assert_eq!(kind_at(&cast, draft, "Ana Ruiz"), Some(MemberKind::Person));
}
