//! The one set of word lists about names: titles and honorifics, roles, particles,
//! organisation heads and suffixes, place words. The cast recognises names with them and
//! the quote analysis imports them from here (cue verbs are the quote analysis's own list,
//! `quotes::lexicon`, and the cast asks it). The particles and sentence openers the
//! segmenter and the sentence-break rule also read are `text::word_lists`, extended here.
//! Kept small and general (news English), never tuned to one story.

use crate::text::word_lists::{self, NAME_PARTICLES, WEEKDAYS_AND_MONTHS, joined};

/// Honorifics and titles written before a name ("President Biden", "Gov. Newsom").
/// Compared lowercased, without a trailing period.
pub const TITLES: &[&str] =
    &joined::<{ PERSON_TITLE_HEADS.len() + TITLE_PARTS.len() }>(PERSON_TITLE_HEADS, TITLE_PARTS);

/// The other title words: parts of longer titles ("Foreign Minister", "Vice President")
/// and titles that alone do not make the next word a person ("Count", "St.").
const TITLE_PARTS: &[&str] = &[
    "vice", "prime", "sister", "chair", "deputy", "foreign", "defense", "defence", "finance", "interior", "health",
    "state", "acting", "former", "crown", "grand", "count", "provost", "trustee", "cabinet", "press", "national",
    "security", "first", "st",
];

/// Titles that alone, just before a capitalised word, make it a person ("Dr. Smith").
/// Words like "State" or "Foreign" only count inside a longer title.
pub const PERSON_TITLE_HEADS: &[&str] = &[
    "president",
    "minister",
    "chancellor",
    "premier",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "emperor",
    "sheikh",
    "sultan",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "mayor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "prof",
    "professor",
    "gen",
    "general",
    "lt",
    "col",
    "colonel",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "adm",
    "admiral",
    "cmdr",
    "commander",
    "maj",
    "major",
    "cpl",
    "pvt",
    "rev",
    "reverend",
    "fr",
    "father",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "sir",
    "dame",
    "lord",
    "lady",
    "baron",
    "baroness",
    "judge",
    "justice",
    "speaker",
    "secretary",
    "ambassador",
    "commissioner",
    "chairman",
    "chairwoman",
    "director",
    "coach",
    "detective",
    "inspector",
    "superintendent",
    "sheriff",
    "attorney",
    "duke",
    "duchess",
    "countess",
    "ayatollah",
    "marshal",
    "constable",
    "agent",
    "pastor",
    "chef",
    "dean",
    "magistrate",
    "councillor",
    "councilman",
    "councilwoman",
    "alderman",
    "adviser",
    "advisor",
    "executive",
    "officer",
    "chief",
];

/// Nouns that name a role: an appositive holding one describes a person.
pub const ROLES: &[&str] = &[
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "executive",
    "officer",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "founder",
    "co-founder",
    "leader",
    "head",
    "governor",
    "senator",
    "mayor",
    "ambassador",
    "counterpart",
    "premier",
    "chancellor",
    "manager",
    "coach",
    "editor",
    "reporter",
    "correspondent",
    "analyst",
    "professor",
    "lawyer",
    "attorney",
    "judge",
    "commissioner",
    "chief",
    "deputy",
    "adviser",
    "advisor",
    "economist",
    "researcher",
    "scientist",
    "author",
    "writer",
    "veteran",
    "candidate",
    "representative",
    "ceo",
    "cfo",
    "coo",
    "envoy",
    "prosecutor",
    "commander",
    "captain",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "actor",
    "actress",
    "singer",
    "player",
    "striker",
    "goalkeeper",
    "champion",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "widow",
    "brother",
    "sister",
    "presenter",
    "journalist",
    "activist",
    "official",
    "engineer",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "president-elect",
    "chief-executive",
    "politician",
    "lawmaker",
    "legislator",
    "campaigner",
    "economist",
    "historian",
    "artist",
    "musician",
    "director-general",
    "secretary-general",
    "partner",
    "owner",
    "investor",
    "banker",
    "trader",
    "diplomat",
    "general",
    "colonel",
    "sergeant",
    "soldier",
    "officer",
    "resident",
    "survivor",
    "victim",
    "suspect",
    "witness",
    "rapper",
    "comedian",
    "footballer",
    "cyclist",
    "driver",
    "pilot",
    "astronaut",
    "explorer",
    "founder",
    "inventor",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "billionaire",
    "philanthropist",
    "priest",
    "cleric",
    "monk",
    "nun",
    "vicar",
    "chaplain",
    "spokesperson",
    "aide",
    "staffer",
    "boss",
    "head",
    "mp",
    "mep",
    "lecturer",
    "expert",
    "specialist",
    "consultant",
    "surgeon",
    "physician",
    "psychologist",
];

/// Particles inside names: the shared ones ("van der Berg", "de la Cruz", "bin Salman")
/// and the Scandinavian "av".
pub const PARTICLES: &[&str] = &joined::<{ NAME_PARTICLES.len() + 1 }>(NAME_PARTICLES, &["av"]);

/// Words after a name that make it an organisation's ("Barrick Gold Corp.", "Ministry of ...").
pub const ORGANISATION_WORDS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "llp",
    "ag",
    "sa",
    "plc",
    "gmbh",
    "nv",
    "bv",
    "spa",
    "ab",
    "asa",
    "oyj",
    "kk",
    "group",
    "holdings",
    "company",
    "corporation",
    "bank",
    "party",
    "ministry",
    "department",
    "agency",
    "organization",
    "organisation",
    "association",
    "institute",
    "institution",
    "university",
    "college",
    "school",
    "council",
    "committee",
    "commission",
    "court",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "times",
    "post",
    "news",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "foundation",
    "fund",
    "union",
    "federation",
    "league",
    "airlines",
    "airways",
    "motors",
    "technologies",
    "technology",
    "systems",
    "service",
    "services",
    "authority",
    "office",
    "chamber",
    "club",
    "network",
    "press",
    "church",
    "board",
    "police",
    "army",
    "navy",
    "force",
    "forces",
    "administration",
    "bureau",
    "center",
    "centre",
    "hospital",
    "academy",
    "society",
    "industries",
    "partners",
    "capital",
    "media",
    "broadcasting",
    "television",
    "radio",
    "agency",
    "reuters",
    "tribunal",
    "cabinet",
    "government",
    "party",
    "movement",
    "front",
    "coalition",
    "alliance",
    "brigade",
    "team",
    "fc",
    "council",
    "mission",
    "programme",
    "program",
    "project",
    "laboratory",
    "laboratories",
    "pharmaceuticals",
    "energy",
    "oil",
    "petroleum",
    "communications",
    "telecom",
    "entertainment",
    "studios",
    "records",
    "museum",
    "library",
    "trust",
    "exchange",
    "reserve",
    "guard",
    "corps",
    "unit",
    "squad",
    "house",
    "palace",
];

/// Suffixes of a company's name that a short form drops ("Barrick Gold" for "Barrick Gold Corp.").
pub const ORGANISATION_SUFFIXES: &[&str] =
    &["inc", "corp", "co", "ltd", "llc", "llp", "ag", "sa", "plc", "gmbh", "nv", "bv", "spa", "ab", "asa", "oyj", "kk"];

/// Words after a name that make it a place's ("Kern County", "Washington DC").
pub const PLACE_WORDS: &[&str] = &[
    "city",
    "county",
    "province",
    "state",
    "island",
    "islands",
    "river",
    "street",
    "avenue",
    "road",
    "square",
    "mountain",
    "mountains",
    "mount",
    "lake",
    "valley",
    "bay",
    "sea",
    "ocean",
    "region",
    "district",
    "dc",
    "d.c",
    "village",
    "town",
    "peninsula",
    "desert",
    "strait",
    "gulf",
    "coast",
    "park",
    "bridge",
    "airport",
    "station",
    "prefecture",
    "oblast",
    "territory",
    "republic",
    "kingdom",
    "emirates",
    "harbour",
    "harbor",
    "canal",
    "falls",
    "heights",
    "hills",
    "port",
    "fort",
    "cape",
    "creek",
    "springs",
];

/// Prepositions that put a bare name in a place ("in Beijing", "from Alaska").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "from",
    "across",
    "throughout",
    "near",
    "into",
    "to",
    "at",
    "outside",
    "inside",
    "towards",
    "toward",
    "visited",
];

/// Words for a party, a faith or a people as a group ("Democrats", "Republican", "Muslim",
/// "Latinos", "Evangelicals"), singular and plural, noun and adjective: a member named only
/// by them is a group, not a person or an unknown name. Demonyms ("Kenyans") come from the
/// reference data. Lowercase.
const GROUP_WORDS: &[&str] = &[
    // Parties and their members
    "democrat",
    "democrats",
    "democratic",
    "dem",
    "dems",
    "republican",
    "republicans",
    "libertarian",
    "libertarians",
    "tory",
    "tories",
    "conservative",
    "conservatives",
    "liberal",
    "liberals",
    "socialist",
    "socialists",
    "progressive",
    "progressives",
    "independents",
    "greens",
    "communist",
    "communists",
    // Faiths
    "islam",
    "christianity",
    "judaism",
    "muslim",
    "muslims",
    "islamic",
    "islamist",
    "islamists",
    "christian",
    "christians",
    "jew",
    "jews",
    "jewish",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "evangelical",
    "evangelicals",
    "mormon",
    "mormons",
    "hindu",
    "hindus",
    "sikh",
    "sikhs",
    "buddhist",
    "buddhists",
    "baptist",
    "baptists",
    "methodist",
    "methodists",
    "lutheran",
    "lutherans",
    "orthodox",
    "sunni",
    "sunnis",
    "shia",
    "shiite",
    "shiites",
    "atheist",
    "atheists",
    // Peoples not named after one country
    "african-american",
    "african-americans",
    "african",
    "africans",
    "american",
    "americans",
    "black",
    "blacks",
    "latino",
    "latinos",
    "latina",
    "latinas",
    "latinx",
    "hispanic",
    "hispanics",
    "asian-american",
    "asian-americans",
    "arab",
    "arabs",
    "native",
    "natives",
    "indigenous",
    "aboriginal",
    "hispanic-american",
    "mexican-american",
    "mexican-americans",
    "arab-american",
    "arab-americans",
    "white",
    "whites",
    // Regions' people and adjectives
    "western",
    "eastern",
    "southern",
    "northern",
    "midwestern",
    "westerners",
    "southerners",
    "northerners",
    "middle",
    "european",
    "europeans",
    "asian",
    "asians",
    "caucasian",
    "caucasians",
    "nazi",
    "nazis",
    "soviet",
    "soviets",
    "confederate",
    "confederates",
    "gay",
    "lesbian",
    "lgbt",
    "lgbtq",
];

/// Party words that, before a person's name, give the person's affiliation ("Democrat
/// Hillary Clinton", "Republican Mike Pence"), not a word of the name. Lowercase.
const AFFILIATION_WORDS: &[&str] =
    &["democrat", "democratic", "republican", "gop", "libertarian", "independent", "conservative", "labour", "tory"];

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
];

/// Capitalised words that are never names on their own, besides weekdays and months.
const NEVER_NAMES: &[&str] = &[
    "i", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
    "thu", "fri", "sat", "sun", "ok", "tv",
];

/// Words that open sentences and headlines and are never the first word of a name: the
/// shared openers, and auxiliaries, participles ("Speaking on Monday, ...") and rarer
/// function words, on which the segmenter does not split after an initialism.
const SENTENCE_OPENERS: &[&str] = &joined::<{ word_lists::SENTENCE_OPENERS.len() + OTHER_OPENERS.len() }>(
    word_lists::SENTENCE_OPENERS,
    OTHER_OPENERS,
);

const OTHER_OPENERS: &[&str] = &[
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "hundreds",
    "thousands",
    "millions",
    "until",
    "without",
    "your",
    "each",
    "every",
    "yes",
    "because",
    "next",
    "other",
    "another",
    "such",
    "more",
    "less",
    "under",
    "over",
    "about",
    "among",
    "between",
    "against",
    "through",
    "into",
    "upon",
    "per",
    "via",
    "once",
    "only",
    "even",
    "just",
    "former",
    "new",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "be",
    "been",
    "let",
    "please",
    "dear",
    "hello",
    "thanks",
    "thank",
    "like",
    "unlike",
    "amid",
    "within",
    "following",
    "speaking",
    "asked",
    "including",
    "citing",
    "responding",
    "commenting",
    "writing",
    "adding",
    "noting",
    "given",
    "having",
    "being",
    "regarding",
    "concerning",
    "announcing",
    "describing",
    "calling",
    "praising",
];

/// One word list as a set: the lists are looked up for nearly every capitalised word of a
/// draft, so membership is a hash lookup, not a scan.
struct WordSet {
    list: &'static [&'static str],
    table: std::sync::OnceLock<WordTable>,
}

/// A word list's lookup structures, built on first use.
struct WordTable {
    set: super::fast_hash::FastSet<&'static [u8]>,
    /// For each ASCII first byte of an entry, a 64-bit filter of the entries' lengths and
    /// last bytes (see `filter_bit`): most capitalised words are ruled out by it before
    /// they are lowercased and hashed.
    filter_by_first: [u64; 128],
}

impl WordTable {
    fn new(list: &'static [&'static str]) -> Self {
        let mut filter_by_first = [0u64; 128];
        for entry in list {
            let bytes = entry.as_bytes();
            if let (Some(&first), Some(&last)) = (bytes.first().filter(|b| b.is_ascii()), bytes.last()) {
                filter_by_first[usize::from(first)] |= Self::filter_bit(bytes.len(), last);
            }
        }
        WordTable { set: list.iter().map(|entry| entry.as_bytes()).collect(), filter_by_first }
    }

    /// The filter bit of a word's length and last byte. Two words that share first byte,
    /// length and last byte share the bit; others mostly do not.
    fn filter_bit(length: usize, last: u8) -> u64 {
        1 << ((length.wrapping_mul(37) + usize::from(last)) % 64)
    }

    /// Whether an entry could be `word`, whose first byte is the ASCII `first` (the word's
    /// own, or lowercased for an ASCII word looked up in lowercase, with `last` likewise):
    /// false means certainly not.
    fn may_hold(&self, first: u8, length: usize, last: u8) -> bool {
        self.filter_by_first.get(usize::from(first)).is_some_and(|filter| filter & Self::filter_bit(length, last) != 0)
    }
}

impl WordSet {
    const fn new(list: &'static [&'static str]) -> Self {
        WordSet { list, table: std::sync::OnceLock::new() }
    }

    fn table(&self) -> &WordTable {
        self.table.get_or_init(|| WordTable::new(self.list))
    }

    fn has(&self, word: &str) -> bool {
        let table = self.table();
        let bytes = word.as_bytes();
        match (bytes.first(), bytes.last()) {
            // Asked of every token ("is it a lowercase particle?"): most are out at once.
            (Some(&first), Some(&last)) if first.is_ascii() && !table.may_hold(first, bytes.len(), last) => false,
            _ => table.set.contains(bytes),
        }
    }

    /// Whether the list holds `word` lowercased. ASCII words (nearly all) are filtered by
    /// first letter, length and last letter, then lowercased on the stack; others take the full Unicode
    /// lowercasing.
    fn has_lowercase(&self, word: &str) -> bool {
        let table = self.table();
        let mut buffer = [0u8; 32];
        if word.is_ascii()
            && let (Some(first), Some(last)) = (word.as_bytes().first(), word.as_bytes().last())
        {
            // An ASCII word's lowercase is ASCII and as long: only ASCII entries can match.
            if !table.may_hold(first.to_ascii_lowercase(), word.len(), last.to_ascii_lowercase()) {
                return false;
            }
            if let Some(lower) = buffer.get_mut(..word.len()) {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                return table.set.contains(&*lower);
            }
            return table.set.contains(word.to_ascii_lowercase().as_bytes());
        }
        // Accented words too are lowercased on the stack, char by char. A capital sigma
        // lowercases by its place in the word ("ς" at the end), which only
        // `str::to_lowercase` knows.
        if !word.contains('Σ') {
            let mut length = 0;
            for c in word.chars().flat_map(char::to_lowercase) {
                let Some(slot) = buffer.get_mut(length..length + c.len_utf8()) else {
                    return self.has(&word.to_lowercase());
                };
                c.encode_utf8(slot);
                length += c.len_utf8();
            }
            return table.set.contains(&buffer[..length]);
        }
        self.has(&word.to_lowercase())
    }
}

static TITLE_SET: WordSet = WordSet::new(TITLES);
static PERSON_TITLE_HEAD_SET: WordSet = WordSet::new(PERSON_TITLE_HEADS);
static ROLE_SET: WordSet = WordSet::new(ROLES);
static PARTICLE_SET: WordSet = WordSet::new(PARTICLES);
static ORGANISATION_WORD_SET: WordSet = WordSet::new(ORGANISATION_WORDS);
static ORGANISATION_SUFFIX_SET: WordSet = WordSet::new(ORGANISATION_SUFFIXES);
static PLACE_WORD_SET: WordSet = WordSet::new(PLACE_WORDS);
static PLACE_PREPOSITION_SET: WordSet = WordSet::new(PLACE_PREPOSITIONS);
/// Weekdays, months and the other words that are never names, as one list: asked of every
/// capitalised word, once.
const NEVER_A_NAME: &[&str] =
    &joined::<{ WEEKDAYS_AND_MONTHS.len() + NEVER_NAMES.len() }>(WEEKDAYS_AND_MONTHS, NEVER_NAMES);
static NEVER_A_NAME_SET: WordSet = WordSet::new(NEVER_A_NAME);
static SENTENCE_OPENER_SET: WordSet = WordSet::new(SENTENCE_OPENERS);

/// Lowercased, without a trailing period.
fn contains(set: &WordSet, word: &str) -> bool {
    set.has_lowercase(word.trim_end_matches('.'))
}

pub fn is_title_word(word: &str) -> bool {
    contains(&TITLE_SET, word)
}

pub fn is_person_title_head(word: &str) -> bool {
    contains(&PERSON_TITLE_HEAD_SET, word)
}

pub fn is_role(word: &str) -> bool {
    contains(&ROLE_SET, word)
}

pub fn is_particle(word: &str) -> bool {
    PARTICLE_SET.has_lowercase(word)
}

/// A lowercase particle as written mid-name: "van", "de" (not "Van" at a sentence start).
pub fn is_lowercase_particle(word: &str) -> bool {
    PARTICLE_SET.has(word)
}

pub fn is_organisation_word(word: &str) -> bool {
    contains(&ORGANISATION_WORD_SET, word)
}

pub fn is_organisation_suffix(word: &str) -> bool {
    contains(&ORGANISATION_SUFFIX_SET, word)
}

pub fn is_place_word(word: &str) -> bool {
    contains(&PLACE_WORD_SET, word)
}

pub fn is_place_preposition(word: &str) -> bool {
    PLACE_PREPOSITION_SET.has_lowercase(word)
}

/// A verb of speech ("said", "told", "warned"): the quote analysis's cue verbs, one list.
pub fn is_speech_verb(word: &str) -> bool {
    crate::analysis::quotes::lexicon::lists_of(word) & crate::analysis::quotes::lexicon::CUE_VERB != 0
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
    let is = |options: &[&str]| options.iter().any(|option| word.eq_ignore_ascii_case(option));
    if is(&["she", "her", "hers", "herself"]) {
        Gender::Female
    } else if is(&["he", "him", "his", "himself"]) {
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
    contains(&NEVER_A_NAME_SET, bare)
}

/// A word for a party, a faith, a creed or a people as a group ("Democrats", "Muslim",
/// "Latinos", "Islam", "Communism", "Hinduism"), or a demonym; a hyphenated pair of them
/// counts ("African-American").
pub fn is_group_word(word: &str) -> bool {
    let word = word.trim_end_matches(['.', '\'', '’']);
    let creed = word.len() >= 6 && word.starts_with(char::is_uppercase) && word.ends_with("ism");
    creed
        || GROUP_WORD_SET.has_lowercase(word)
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
    word.starts_with(char::is_uppercase) && TITLE_CASE_FUNCTION_WORD_SET.has_lowercase(word)
}

static TITLE_CASE_FUNCTION_WORD_SET: WordSet = WordSet::new(&[
    "of", "to", "for", "in", "on", "at", "with", "from", "by", "and", "or", "but", "as", "into", "than", "is", "are",
    "was", "were", "will", "would", "can", "could", "should", "has", "have", "had", "be", "been", "says", "said",
    "its", "his", "her", "their", "your", "our", "what", "why", "how", "who", "not",
]);

/// A party word before a person's name: "Democrat" in "Democrat Hillary Clinton".
pub fn is_affiliation_word(word: &str) -> bool {
    AFFILIATION_SET.has_lowercase(word)
}

/// A region, continent or sea the gazetteer does not hold ("Middle East", "Europe").
pub fn is_region(name: &str) -> bool {
    REGIONS.contains(&name)
}

/// Last words of an event's name ("Democratic National Convention", "Cold War", "Election
/// Day", "Iowa caucuses"), and events named by one word. Lowercase.
const EVENT_WORDS: &[&str] = &[
    "war",
    "wars",
    "convention",
    "conventions",
    "conference",
    "summit",
    "election",
    "elections",
    "day",
    "games",
    "olympics",
    "olympiad",
    "cup",
    "festival",
    "revolution",
    "recession",
    "depression",
    "crisis",
    "christmas",
    "easter",
    "thanksgiving",
    "ramadan",
    "hanukkah",
    "passover",
    "halloween",
    "caucuses",
    "primary",
    "primaries",
    "debate",
    "debates",
    "rally",
    "holocaust",
    "massacre",
    "spring",
    "uprising",
    "awakening",
    "expo",
    "marathon",
    "championship",
    "championships",
    "series",
    "bowl",
    "open",
    "eve",
    "week",
    "year",
    "hearings",
    "hearing",
    "trial",
    "riots",
    "strike",
    "deal",
    "era",
];

/// Last words of a law's, a programme's or a work's name ("Affordable Care Act", "Second
/// Amendment", "Trans-Pacific Partnership", "Clean Power Plan"), and works named by one word
/// ("Constitution", "Bible", "Medicare"). Lowercase.
const WORK_WORDS: &[&str] = &[
    "act",
    "acts",
    "amendment",
    "amendments",
    "constitution",
    "bill",
    "law",
    "laws",
    "treaty",
    "agreement",
    "accord",
    "accords",
    "partnership",
    "plan",
    "doctrine",
    "declaration",
    "charter",
    "code",
    "protocol",
    "resolution",
    "bible",
    "koran",
    "quran",
    "torah",
    "gospel",
    "medicare",
    "medicaid",
    "obamacare",
    "initiative",
    "proposition",
    "report",
    "book",
    "show",
    "hour",
    "tonight",
    "live",
    "film",
    "movie",
    "album",
    "song",
    "memo",
    "manifesto",
    "budget",
    "rule",
    "rules",
    "order",
    "policy",
    "clause",
    "decision",
    "ruling",
    "index",
    "survey",
    "poll",
    "files",
    "papers",
    "security",
    "directive",
    "guidelines",
    "standards",
    "visa",
    "program",
];

/// The last word (or the only one) of an event's name: "Convention", "War", "Christmas".
pub fn is_event_word(word: &str) -> bool {
    EVENT_WORD_SET.has_lowercase(word)
}

/// The last word (or the only one) of a law's, a programme's or a work's name: "Act",
/// "Amendment", "Constitution", "Medicare".
pub fn is_work_word(word: &str) -> bool {
    WORK_WORD_SET.has_lowercase(word)
}

static EVENT_WORD_SET: WordSet = WordSet::new(EVENT_WORDS);
static WORK_WORD_SET: WordSet = WordSet::new(WORK_WORDS);
static GROUP_WORD_SET: WordSet = WordSet::new(GROUP_WORDS);
static AFFILIATION_SET: WordSet = WordSet::new(AFFILIATION_WORDS);

pub fn is_sentence_opener(word: &str) -> bool {
    contains(&SENTENCE_OPENER_SET, word)
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
    PATRONYMIC_PARTICLE_SET.has_lowercase(word)
}

static PATRONYMIC_PARTICLE_SET: WordSet = WordSet::new(&["bin", "ibn", "al", "el", "bint", "abu"]);

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
