use super::*;

fn kind_and_country(name: &str) -> Option<(PlaceKind, &'static str)> {
    place(name).map(|place| (place.kind, place.country))
}

#[test]
fn every_line_of_every_table_parses() {
    assert_eq!(PLACES.len(), table::data_line_count(PLACES_TSV), "places.tsv has a bad or repeated line");
    assert_eq!(GIVEN_NAMES.len(), table::data_line_count(GIVEN_NAMES_TSV), "given-names.tsv has a bad line");
    for line in table::data_lines(DEMONYMS_TSV) {
        assert_eq!(line.split('\t').count(), 3, "demonyms.tsv: {line:?}");
    }
    assert!(PLACES.len() > 30_000 && GIVEN_NAMES.len() > 10_000, "tables look truncated");
}

#[test]
fn countries_that_differ_by_a_letter_or_two_are_both_places() {
    assert_eq!(kind_and_country("Austria"), Some((PlaceKind::Country, "AT")));
    assert_eq!(kind_and_country("Australia"), Some((PlaceKind::Country, "AU")));
    assert_eq!(kind_and_country("Iran"), Some((PlaceKind::Country, "IR")));
    assert_eq!(kind_and_country("Iraq"), Some((PlaceKind::Country, "IQ")));
    assert_eq!(kind_and_country("Gambia"), Some((PlaceKind::Country, "GM")));
    assert_eq!(kind_and_country("Zambia"), Some((PlaceKind::Country, "ZM")));
    let kenya = place("Kenya").expect("Kenya");
    assert_eq!((kenya.kind, kenya.country), (PlaceKind::Country, "KE"));
    assert!(kenya.population > 40_000_000, "{kenya:?}");
}

#[test]
fn a_shared_name_is_its_most_important_place() {
    // The country before the US state, the Russian capital before Moscow, Idaho.
    assert_eq!(kind_and_country("Georgia"), Some((PlaceKind::Country, "GE")));
    assert_eq!(kind_and_country("Moscow"), Some((PlaceKind::City, "RU")));
    assert_eq!(kind_and_country("Victoria"), Some((PlaceKind::Subdivision, "AU")));
    assert_eq!(kind_and_country("Ontario"), Some((PlaceKind::Subdivision, "CA")));
    assert_eq!(kind_and_country("Britain"), Some((PlaceKind::Country, "GB")));
    // An English name GeoNames lists under another: the population of the city it names.
    assert_eq!(place("Kiev"), place("Kyiv"));
}

#[test]
fn small_towns_are_places_and_lookups_are_case_sensitive() {
    let thornbury = place("Thornbury").expect("Thornbury, Victoria");
    assert_eq!((thornbury.kind, thornbury.country), (PlaceKind::City, "AU"));
    assert_eq!(place("thornbury"), None);
    assert_eq!(place("KENYA"), None);
    assert_eq!(place("Thornberry"), None);
    assert_eq!(place(""), None);
}

#[test]
fn accented_names_are_found_with_or_without_their_accents() {
    for (accented, plain) in [("Gdańsk", "Gdansk"), ("São Paulo", "Sao Paulo"), ("Malmö", "Malmo"), ("Łódź", "Lodz")]
    {
        let found = place(accented).unwrap_or_else(|| panic!("{accented}"));
        assert_eq!(place(plain), Some(found), "{plain}");
    }
    assert_eq!(kind_and_country("Côte d’Ivoire"), Some((PlaceKind::Country, "CI")));
    assert_eq!(kind_and_country("Côte d'Ivoire"), Some((PlaceKind::Country, "CI")));
    assert_eq!(given_name("José"), given_name("Jose"));
    assert!(given_name("José").is_some());
}

#[test]
fn cities_named_like_ordinary_words_or_given_names_are_left_out() {
    for word in ["Nice", "Reading", "Mobile", "Bath", "Lincoln", "Madison"] {
        assert_eq!(place(word), None, "{word}");
    }
    // Capitals and very large cities stay.
    assert_eq!(kind_and_country("Male"), Some((PlaceKind::City, "MV")));
    assert_eq!(kind_and_country("Phoenix"), Some((PlaceKind::City, "US")));
}

#[test]
fn demonyms_take_regular_noun_plurals_only() {
    for word in ["Kenyan", "Kenyans", "French", "Brazilians", "Israelis", "Swedes", "Frenchmen", "South African"] {
        assert!(is_demonym(word), "{word}");
    }
    for word in ["Frenchs", "Chineses", "kenyan", "Kenya", "Thornbury", ""] {
        assert!(!is_demonym(word), "{word}");
    }
}

#[test]
fn given_names_carry_their_female_share() {
    let maria = given_name("Maria").expect("Maria");
    assert!(maria.female_share > 0.95 && maria.births > 100_000, "{maria:?}");
    let james = given_name("James").expect("James");
    assert!(james.female_share < 0.01 && james.births > 1_000_000, "{james:?}");
    let jordan = given_name("Jordan").expect("Jordan");
    assert!((0.1..0.9).contains(&jordan.female_share), "{jordan:?}");
    assert_eq!(given_name("Kowalski"), None);
    assert_eq!(given_name("maria"), None);
    // The birth records' placeholders for unnamed babies are not names.
    assert_eq!(given_name("Unknown"), None);
    assert_eq!(given_name("Infant"), None);
}

#[test]
fn organisations_and_state_abbreviations() {
    assert_eq!(ORGANISATIONS.len(), table::data_line_count(ORGANISATIONS_TSV), "organisations.tsv has a bad line");
    assert!(ORGANISATIONS.len() > 1_000, "organisations.tsv looks truncated");
    for name in ["Reuters", "Twitter", "NATO", "Wells Fargo", "Microsoft", "Alphabet Inc."] {
        assert!(is_organisation(name), "{name}");
    }
    // Common words and common given names are no evidence alone.
    for name in ["Box", "Target", "Morgan", "Ford", "Time"] {
        assert!(!is_organisation(name), "{name}");
    }
    assert_eq!(us_state_of_abbreviation("Calif."), Some("California"));
    assert_eq!(us_state_of_abbreviation("Calif"), Some("California"));
    assert_eq!(us_state_of_abbreviation("N.C."), Some("North Carolina"));
    assert_eq!(us_state_of_abbreviation("Tex."), Some("Texas"));
    assert_eq!(us_state_of_abbreviation("CA"), None);
    assert_eq!(us_state_of_abbreviation("Mr."), None);
}
