//! What the cast asks of a word about names: titles and honorifics, roles, particles,
//! organisation heads and suffixes, place words, events and works, and genders. The words
//! themselves are the lexicon's (`text::lexicon`): one list per role for every layer.

use crate::text::lexicon::{self, Roles};

/// Lowercased, without a trailing period.
fn has(word: &str, roles: Roles) -> bool {
    lexicon::is(word.trim_end_matches('.'), roles)
}

pub fn is_title_word(word: &str) -> bool {
    has(word, lexicon::TITLE)
}

pub fn is_person_title_head(word: &str) -> bool {
    has(word, lexicon::PERSON_TITLE)
}

pub fn is_role(word: &str) -> bool {
    has(word, lexicon::ROLE)
}

pub fn is_particle(word: &str) -> bool {
    lexicon::is(word, lexicon::PARTICLE)
}

/// A lowercase particle as written mid-name: "van", "de" (not "Van" at a sentence start).
pub fn is_lowercase_particle(word: &str) -> bool {
    lexicon::roles_of_lowercase(word) & lexicon::PARTICLE != 0
}

pub fn is_organisation_word(word: &str) -> bool {
    has(word, lexicon::ORGANISATION_WORD)
}

pub fn is_organisation_suffix(word: &str) -> bool {
    has(word, lexicon::ORGANISATION_SUFFIX)
}

pub fn is_place_word(word: &str) -> bool {
    has(word, lexicon::PLACE_WORD)
}

/// "company", "airline": a common noun that says a name is a business's or an outlet's.
pub fn is_body_noun(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && has(word, lexicon::BODY_NOUN)
}

/// "region", "island": a common noun that says a name is a part of a country or a town.
pub fn is_region_noun(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && has(word, lexicon::REGION_NOUN)
}

pub fn is_place_preposition(word: &str) -> bool {
    lexicon::is(word, lexicon::PLACE_PREPOSITION)
}

/// A verb of speech ("said", "told", "warned"): the quote analysis's cue verbs, one list.
pub fn is_speech_verb(word: &str) -> bool {
    lexicon::is(word, lexicon::CUE_VERB)
}

/// What a title or a pronoun says about a person's gender, for pronoun agreement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
    #[default]
    Unknown,
}

/// The gender a title or honorific implies ("Mrs", "Queen", "chairman"), if any.
pub fn title_gender(word: &str) -> Gender {
    let word = word.trim_end_matches('.').to_lowercase();
    match word.as_str() {
        "mrs" | "ms" | "miss" | "madam" | "madame" | "dame" | "lady" | "baroness" | "queen" | "princess"
        | "duchess" | "countess" | "sister" | "mother" | "chairwoman" | "congresswoman" | "councilwoman" | "sra"
        | "mme" => Gender::Female,
        "mr" | "sir" | "lord" | "baron" | "king" | "prince" | "duke" | "count" | "father" | "fr" | "brother"
        | "chairman" | "congressman" | "councilman" | "sheikh" | "sultan" | "emperor" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The gender a third-person singular pronoun refers to ("she", "his").
pub fn pronoun_gender(word: &str) -> Gender {
    // Every such pronoun starts with "h" or "s": most words are out at the first letter.
    if !word.starts_with(['h', 's', 'H', 'S']) || word.len() > 7 {
        return Gender::Unknown;
    }
    let roles = lexicon::roles_of(word);
    if roles & lexicon::FEMININE_PRONOUN != 0 {
        Gender::Female
    } else if roles & lexicon::MASCULINE_PRONOUN != 0 {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// Weekdays, months and "I": never names, possessive or not ("Tuesday's meeting"), nor
/// "I" with a contraction ("I'm", "I’ve", "I'd").
pub fn is_never_a_name(word: &str) -> bool {
    if let Some(rest) = word.strip_prefix('I')
        && rest.starts_with(['\'', '’', 'ʼ'])
    {
        return true;
    }
    let bare = ["’s", "'s", "ʼs"].iter().find_map(|ending| word.strip_suffix(ending)).unwrap_or(word);
    has(bare, lexicon::NEVER_A_NAME)
}

/// A word for a party, a faith, a creed ("Communism", "Hinduism") or a people as a group ("Democrats", "Muslim", "Latinos"),
/// or a demonym; a hyphenated pair of them counts ("African-American").
pub fn is_group_word(word: &str) -> bool {
    let word = word.trim_end_matches(['.', '\'', '’']);
    let creed = word.len() >= 6 && word.starts_with(char::is_uppercase) && word.ends_with("ism");
    creed
        || lexicon::is(word, lexicon::GROUP_WORD)
        || crate::analysis::reference::is_demonym(word)
        || is_people_of_a_place(word)
        || word.split_once('-').is_some_and(|(a, b)| !a.is_empty() && is_group_word(a) && is_group_word(b))
}

/// "Iowans", "Ohioans", "New Yorkers": the people of a place the gazetteer knows, named
/// after it.
pub fn is_people_of_a_place(word: &str) -> bool {
    let stems = [("ns", ""), ("ans", ""), ("ers", ""), ("ians", "ia"), ("ans", "a")];
    word.starts_with(char::is_uppercase)
        && stems.iter().any(|(ending, restore)| {
            word.strip_suffix(ending).is_some_and(|stem| {
                stem.chars().count() >= 3 && crate::analysis::reference::place(&format!("{stem}{restore}")).is_some()
            })
        })
}

/// Function words that a name writes in lowercase and only a title-case headline or title
/// capitalises inside a run ("Mayor Says Harbor Plan Was Worth The Wait"): a run holding one
/// after its first word is a headline's, not a name.
pub fn is_title_case_function_word(word: &str) -> bool {
    const TITLE_CASE_FUNCTION_WORDS: &[&str] = &[
        "of", "to", "for", "in", "on", "at", "with", "from", "by", "and", "or", "but", "as", "into", "than", "is",
        "are", "was", "were", "will", "would", "can", "could", "should", "has", "have", "had", "be", "been", "says",
        "said", "its", "his", "her", "their", "your", "our", "what", "why", "how", "who", "not",
    ];
    word.starts_with(char::is_uppercase)
        && TITLE_CASE_FUNCTION_WORDS.iter().any(|function_word| word.eq_ignore_ascii_case(function_word))
}

/// A compass word that names a part of a place or a court's district ("South Vietnam",
/// "Northern Kenya", "Middle District").
pub fn is_compass_word(word: &str) -> bool {
    matches!(
        word,
        "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western" | "Middle" | "Central"
    )
}

/// A word that names a part of the place after it: a compass word, or "Upper", "Lower",
/// "Midtown", "Downtown", "Greater", "Inner", "Outer" ("Lower Manhattan", "Greater
/// Manchester", "North Philadelphia").
pub fn is_part_of_place_word(word: &str) -> bool {
    is_compass_word(word) || matches!(word, "Upper" | "Lower" | "Midtown" | "Downtown" | "Greater" | "Inner" | "Outer")
}

/// A word that opens the name of a town, a mountain or a lake ("Port Harcourt", "Fort
/// Worth", "Mount Kenya", "Lake Chad"): written in lowercase elsewhere in a draft ("the port
/// fees"), it still belongs to the name that follows it at a sentence's start.
pub fn is_place_prefix(word: &str) -> bool {
    matches!(
        word,
        "Port"
            | "Fort"
            | "Mount"
            | "Mt"
            | "Cape"
            | "Lake"
            | "Point"
            | "Glen"
            | "Isle"
            | "Saint"
            | "St"
            | "San"
            | "Santa"
    )
}

/// A party word before a person's name: "Democrat" in "Democrat Hillary Clinton".
pub fn is_affiliation_word(word: &str) -> bool {
    lexicon::is(word, lexicon::AFFILIATION_WORD)
}

/// Regions, continents and seas: places the country and city tables do not hold
/// ("the Middle East", "Europe", "the Midwest"). Compared whole, as written.
const REGIONS: &[&str] = &[
    "Africa",
    "America",
    "Americas",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Balkans",
    "Baltics",
    "Caribbean",
    "Caucasus",
    "Central America",
    "Central Asia",
    "East Asia",
    "Eastern Europe",
    "Europe",
    "Eurasia",
    "Gulf Coast",
    "Horn of Africa",
    "Indian Ocean",
    "Latin America",
    "Mediterranean",
    "Middle East",
    "Middle West",
    "Midwest",
    "Near East",
    "New England",
    "North Africa",
    "North America",
    "Northeast",
    "Northern Europe",
    "Northwest",
    "Oceania",
    "Pacific",
    "Pacific Northwest",
    "Persian Gulf",
    "Rust Belt",
    "Sahara",
    "Sahel",
    "Scandinavia",
    "South America",
    "South Asia",
    "Southeast",
    "Southeast Asia",
    "Southern Europe",
    "Southwest",
    "Sub-Saharan Africa",
    "Sun Belt",
    "Bible Belt",
    "West Africa",
    "East Africa",
    "Western Europe",
    "West Bank",
    "Gaza Strip",
    "Gaza",
    "Silicon Valley",
    "Wall Street",
    "Main Street",
    "Appalachia",
    "Deep South",
    // Compass regions and other regions named alone ("the West", "across the South").
    "West",
    "East",
    "South",
    "North",
    "Mideast",
    "Far East",
    "Asia-Pacific",
    "Pacific Rim",
    "South Pacific",
    "Third World",
    "Caribbean",
    "Arctic",
    "Antarctic",
    "Balkans",
    "Baltics",
    "Caucasus",
    "Levant",
    "Western Hemisphere",
    // Disputed, occupied or self-declared territories and regions within countries that
    // news names without the country, which the gazetteer's countries and cities miss.
    "Crimea",
    "Donbas",
    "Donbass",
    "Darfur",
    "Kashmir",
    "Kurdistan",
    "Chechnya",
    "Dagestan",
    "Abkhazia",
    "South Ossetia",
    "Transnistria",
    "Nagorno-Karabakh",
    "Golan Heights",
    "Sinai",
    "Galilee",
    "Siberia",
    "Patagonia",
    "Anatolia",
    "Manchuria",
    "Flanders",
    "Wallonia",
    "Somaliland",
    "Puntland",
    "Northern Cyprus",
    "Tigray",
    "Aceh",
    "Mindanao",
    "Borneo",
    "Korean Peninsula",
    "Carolinas",
    "Carolina",
    // States of the past that news still names.
    "Soviet Union",
    "USSR",
    "Yugoslavia",
    "Czechoslovakia",
    "East Germany",
    "West Germany",
    "Ottoman Empire",
    "Persia",
    "Rhodesia",
    "Prussia",
];

/// A region, continent or sea the gazetteer does not hold ("Middle East", "Europe").
pub fn is_region(name: &str) -> bool {
    REGIONS.contains(&name)
}

/// The last word (or the only one) of an event's name: "Convention", "War", "Christmas".
pub fn is_event_word(word: &str) -> bool {
    lexicon::is(word, lexicon::EVENT_WORD)
}

/// The last word (or the only one) of a law's, a programme's or a work's name: "Act",
/// "Amendment", "Constitution", "Medicare".
pub fn is_work_word(word: &str) -> bool {
    lexicon::is(word, lexicon::WORK_WORD)
}

pub fn is_sentence_opener(word: &str) -> bool {
    has(word, lexicon::NAME_OPENER)
}

/// Generational and similar suffixes that are not part of the surname ("Jr.", "III").
pub fn is_name_suffix(word: &str) -> bool {
    matches!(word.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV" | "V")
}

/// Acronyms that name places, not organisations.
pub fn is_place_acronym(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "US" | "U.S" | "UK" | "U.K" | "UAE" | "DC" | "D.C" | "USA" | "U.S.A" | "DRC" | "PRC"
    )
}

/// Arabic patronymic particles: "bin Laden" is shortened to "Laden" by nobody, but
/// "Mohammed bin Salman" is often "Salman" in English copy; dropping them is not a slip.
pub fn is_patronymic_particle(word: &str) -> bool {
    lexicon::is(word, lexicon::PATRONYMIC_PARTICLE)
}

/// Where the surname starts in a name's words: the last word and the lowercase particles
/// before it ("van der Berg"); a capitalised particle only when it opens the name and a
/// lowercase one follows ("Van der Berg"), since "Al Gore" and "Van Morrison" are given
/// names.
pub fn surname_start<S: AsRef<str>>(words: &[S]) -> usize {
    let mut start = words.len().saturating_sub(1);
    while start > 0 {
        let word = words[start - 1].as_ref();
        let opens_with_particle =
            start == 1 && is_particle(word) && words.get(1).is_some_and(|next| is_lowercase_particle(next.as_ref()));
        if is_lowercase_particle(word) || opens_with_particle {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// A nationality or regional adjective ("Chinese", "American", "Polish"): never the
/// short form of an organisation that starts with it.
pub fn looks_like_demonym(word: &str) -> bool {
    ["ese", "ian", "an", "ish", "ic", "i"].iter().any(|suffix| word.ends_with(suffix)) && word.chars().count() > 4
}
