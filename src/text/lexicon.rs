//! The one lexicon: every word list of the crate, and each word's roles (`Roles`, one bit
//! per list) from one lookup (`roles_of`, `roles_of_lowercase`). The segmenter, the cast,
//! the quote analysis and the rules read a word's role here, so a role is stated once.
//! Each list is lowercase and kept small and general (news English), never tuned to one
//! story. Lists that differ in use stay apart as roles (a title abbreviation that never
//! ends a sentence, "Messrs.", is not a title that makes the next word a person); a word in
//! several lists carries several bits.

use std::sync::LazyLock;

/// A set of roles (lists), one bit each; a union of roles asks "any of them".
pub type Roles = u64;

/// In `words::SENTENCE_OPENERS`.
pub const SENTENCE_OPENER: Roles = 1 << 0;
/// In `words::NAME_PARTICLES`.
pub const NAME_PARTICLE: Roles = 1 << 1;
/// In `words::TITLE_ABBREVIATIONS`.
pub const TITLE_ABBREVIATION: Roles = 1 << 2;
/// In `words::NUMBER_ABBREVIATIONS`.
pub const NUMBER_ABBREVIATION: Roles = 1 << 3;
/// In `words::ORDINARY_ABBREVIATIONS`.
pub const ORDINARY_ABBREVIATION: Roles = 1 << 4;
/// In `words::PERSON_TITLE_HEADS`.
pub const PERSON_TITLE: Roles = 1 << 5;
/// In `words::TITLE_PARTS`.
pub const TITLE_PART: Roles = 1 << 6;
/// In `words::ROLES`.
pub const ROLE: Roles = 1 << 7;
/// In `words::ORGANISATION_WORDS`.
pub const ORGANISATION_WORD: Roles = 1 << 8;
/// In `words::ORGANISATION_SUFFIXES`.
pub const ORGANISATION_SUFFIX: Roles = 1 << 9;
/// In `words::PLACE_WORDS`.
pub const PLACE_WORD: Roles = 1 << 10;
/// In `words::PLACE_PREPOSITIONS`.
pub const PLACE_PREPOSITION: Roles = 1 << 11;
/// In `words::GROUP_WORDS`.
pub const GROUP_WORD: Roles = 1 << 12;
/// In `words::AFFILIATION_WORDS`.
pub const AFFILIATION_WORD: Roles = 1 << 13;
/// In `words::NEVER_NAMES`.
pub const NEVER_NAME: Roles = 1 << 14;
/// In `words::OTHER_OPENERS`.
pub const NAME_SENTENCE_OPENER: Roles = 1 << 15;
/// In `words::EVENT_WORDS`.
pub const EVENT_WORD: Roles = 1 << 16;
/// In `words::WORK_WORDS`.
pub const WORK_WORD: Roles = 1 << 17;
/// In `words::CLAUSE_OPENERS`.
pub const CLAUSE_OPENER: Roles = 1 << 18;
/// In `words::CUE_VERBS`.
pub const CUE_VERB: Roles = 1 << 19;
/// In `words::LISTENER_CUES`.
pub const LISTENER_CUE: Roles = 1 << 20;
/// In `words::BETWEEN_SPEAKER_AND_CUE`.
pub const BETWEEN_SPEAKER_AND_CUE: Roles = 1 << 21;
/// In `words::CLAUSE_BOUNDARY_WORDS`.
pub const CLAUSE_BOUNDARY: Roles = 1 << 22;
/// In `words::PRONOUNS`.
pub const PRONOUN: Roles = 1 << 23;
/// In `words::ANONYMOUS_HEADS`.
pub const ANONYMOUS_HEAD: Roles = 1 << 24;
/// In `words::ROLE_NOUNS`.
pub const ROLE_NOUN: Roles = 1 << 25;
/// In `words::INDEFINITE_OPENERS`.
pub const INDEFINITE_OPENER: Roles = 1 << 26;
/// In `words::TIME_WORDS`.
pub const TIME_NOUN: Roles = 1 << 27;
/// In `words::IRREGULAR_PASTS`.
pub const IRREGULAR_PAST: Roles = 1 << 28;
/// In `words::NOUN_DETERMINERS`.
pub const NOUN_DETERMINER: Roles = 1 << 29;
/// In `words::WEEKDAYS`.
pub const WEEKDAY: Roles = 1 << 30;
/// In `words::MONTHS`.
pub const MONTH: Roles = 1 << 31;
/// In `words::OTHER_PARTICLES`.
pub const OTHER_PARTICLE: Roles = 1 << 32;
/// In `words::PATRONYMIC_PARTICLES`.
pub const PATRONYMIC_PARTICLE: Roles = 1 << 33;
/// The bare form of a cue verb ("say", "state", "reply"): a word whose "-s", "-es" or
/// "-ies" form is a cue verb, which may also be a noun. Not "read", its own past tense
/// ("The statement read: …"). Derived from the cue verbs, not listed.
pub const CUE_BARE_FORM: Roles = 1 << 34;
/// In `words::LOWERCASE_ABBREVIATIONS`.
pub const LOWERCASE_ABBREVIATION: Roles = 1 << 35;
/// In `words::SUBJECT_PRONOUNS`.
pub const SUBJECT_PRONOUN: Roles = 1 << 36;
/// In `words::FEMININE_PRONOUNS`.
pub const FEMININE_PRONOUN: Roles = 1 << 37;
/// In `words::MASCULINE_PRONOUNS`.
pub const MASCULINE_PRONOUN: Roles = 1 << 38;
/// In `words::NEUTER_PRONOUNS`.
pub const NEUTER_PRONOUN: Roles = 1 << 39;
/// In `words::PLURAL_PRONOUNS`.
pub const PLURAL_PRONOUN: Roles = 1 << 40;
/// In `words::TIME_OPENERS`.
pub const TIME_OPENER: Roles = 1 << 41;
/// In `words::TIME_ADVERBS`.
pub const TIME_ADVERB: Roles = 1 << 42;

/// In `words::BODY_NOUNS`.
pub const BODY_NOUN: Roles = 1 << 43;
/// In `words::REGION_NOUNS`.
pub const REGION_NOUN: Roles = 1 << 44;
/// In `words::AGE_CHANGES`.
pub const AGE_CHANGE: Roles = 1 << 45;
/// In `words::TITLE_CHANGES`.
pub const TITLE_CHANGE: Roles = 1 << 46;
/// In `words::AFFILIATION_CHANGES`.
pub const AFFILIATION_CHANGE: Roles = 1 << 47;
/// In `words::PARTY_WORDS`.
pub const PARTY_WORD: Roles = 1 << 48;
/// In `words::NAMELESS_WORK_WORDS`.
pub const NAMELESS_WORK_WORD: Roles = 1 << 49;
/// In `words::CONNECTIVES`.
pub const CONNECTIVE: Roles = 1 << 50;
/// Words of time that may sit between a speaker and the cue ("Officials last week said",
/// "on Monday", "in March").
pub const TIME_WORD: Roles = TIME_NOUN | WEEKDAY | MONTH;
/// Titles and honorifics written before a name ("President Biden", "Gov. Newsom"),
/// compared lowercased without a trailing period.
pub const TITLE: Roles = PERSON_TITLE | TITLE_PART;
/// Particles inside names, as the cast reads them.
pub const PARTICLE: Roles = NAME_PARTICLE | OTHER_PARTICLE;
/// Words that are never names on their own.
pub const NEVER_A_NAME: Roles = WEEKDAY | MONTH | NEVER_NAME;
/// Words that open sentences and headlines and are never the first word of a name.
pub const NAME_OPENER: Roles = SENTENCE_OPENER | NAME_SENTENCE_OPENER;

/// "he", "she": the subject pronoun of one person (`roles` of a word).
pub const fn is_person_subject(roles: Roles) -> bool {
    roles & SUBJECT_PRONOUN != 0 && roles & (FEMININE_PRONOUN | MASCULINE_PRONOUN) != 0
}

/// "he", "she", "it": a singular third-person subject pronoun (`roles` of a word).
pub const fn is_singular_subject(roles: Roles) -> bool {
    roles & SUBJECT_PRONOUN != 0 && roles & (FEMININE_PRONOUN | MASCULINE_PRONOUN | NEUTER_PRONOUN) != 0
}

/// Every list with its role.
fn lists() -> [(&'static [&'static str], Roles); 50] {
    [
        (words::SENTENCE_OPENERS, SENTENCE_OPENER),
        (words::NAME_PARTICLES, NAME_PARTICLE),
        (words::TITLE_ABBREVIATIONS, TITLE_ABBREVIATION),
        (words::NUMBER_ABBREVIATIONS, NUMBER_ABBREVIATION),
        (words::ORDINARY_ABBREVIATIONS, ORDINARY_ABBREVIATION),
        (words::PERSON_TITLE_HEADS, PERSON_TITLE),
        (words::TITLE_PARTS, TITLE_PART),
        (words::ROLES, ROLE),
        (words::ORGANISATION_WORDS, ORGANISATION_WORD),
        (words::ORGANISATION_SUFFIXES, ORGANISATION_SUFFIX),
        (words::PLACE_WORDS, PLACE_WORD),
        (words::PLACE_PREPOSITIONS, PLACE_PREPOSITION),
        (words::GROUP_WORDS, GROUP_WORD),
        (words::AFFILIATION_WORDS, AFFILIATION_WORD),
        (words::NEVER_NAMES, NEVER_NAME),
        (words::OTHER_OPENERS, NAME_SENTENCE_OPENER),
        (words::EVENT_WORDS, EVENT_WORD),
        (words::WORK_WORDS, WORK_WORD),
        (words::CLAUSE_OPENERS, CLAUSE_OPENER),
        (words::CUE_VERBS, CUE_VERB),
        (words::LISTENER_CUES, LISTENER_CUE),
        (words::BETWEEN_SPEAKER_AND_CUE, BETWEEN_SPEAKER_AND_CUE),
        (words::CLAUSE_BOUNDARY_WORDS, CLAUSE_BOUNDARY),
        (words::PRONOUNS, PRONOUN),
        (words::ANONYMOUS_HEADS, ANONYMOUS_HEAD),
        (words::ROLE_NOUNS, ROLE_NOUN),
        (words::INDEFINITE_OPENERS, INDEFINITE_OPENER),
        (words::TIME_WORDS, TIME_NOUN),
        (words::IRREGULAR_PASTS, IRREGULAR_PAST),
        (words::NOUN_DETERMINERS, NOUN_DETERMINER),
        (words::WEEKDAYS, WEEKDAY),
        (words::MONTHS, MONTH),
        (words::OTHER_PARTICLES, OTHER_PARTICLE),
        (words::PATRONYMIC_PARTICLES, PATRONYMIC_PARTICLE),
        (words::LOWERCASE_ABBREVIATIONS, LOWERCASE_ABBREVIATION),
        (words::SUBJECT_PRONOUNS, SUBJECT_PRONOUN),
        (words::FEMININE_PRONOUNS, FEMININE_PRONOUN),
        (words::MASCULINE_PRONOUNS, MASCULINE_PRONOUN),
        (words::NEUTER_PRONOUNS, NEUTER_PRONOUN),
        (words::PLURAL_PRONOUNS, PLURAL_PRONOUN),
        (words::TIME_OPENERS, TIME_OPENER),
        (words::TIME_ADVERBS, TIME_ADVERB),
        (words::BODY_NOUNS, BODY_NOUN),
        (words::REGION_NOUNS, REGION_NOUN),
        (words::AGE_CHANGES, AGE_CHANGE),
        (words::TITLE_CHANGES, TITLE_CHANGE),
        (words::AFFILIATION_CHANGES, AFFILIATION_CHANGE),
        (words::PARTY_WORDS, PARTY_WORD),
        (words::NAMELESS_WORK_WORDS, NAMELESS_WORK_WORD),
        (words::CONNECTIVES, CONNECTIVE),
    ]
}

/// Slots in the open-addressing table (a power of two, well above the words of every list).
const TABLE_SLOTS: usize = 8192;

/// Lowercase words of every list with their roles, in an open-addressing hash table: a
/// lookup is one hash of at most `longest` bytes and, nearly always, one comparison.
struct Table {
    /// Index + 1 into `entries`; 0 for an empty slot (small, so the table stays in cache).
    slots: Vec<u16>,
    entries: Vec<(Box<[u8]>, Roles)>,
    longest: usize,
}

/// FNV-1a: the keys are short, so a byte loop is as fast as anything wider.
fn hash(word: &[u8]) -> u32 {
    word.iter().fold(0x811c_9dc5, |hash, &byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut table = Table { slots: vec![0; TABLE_SLOTS], entries: Vec::new(), longest: 0 };
    for (words, role) in lists() {
        for &word in words {
            table.insert(word.as_bytes(), role);
        }
    }
    for verb in words::CUE_VERBS {
        for bare in bare_forms(verb).filter(|bare| bare != "read") {
            table.insert(bare.as_bytes(), CUE_BARE_FORM);
        }
    }
    table
});

/// The bare forms a cue verb may be the "-s", "-es" or "-ies" form of ("says" -> "say",
/// "replies" -> "reply"). Every ending is tried, as a reader of the token would: "notes"
/// gives "note" and "not".
pub fn bare_forms(verb: &str) -> impl Iterator<Item = String> + '_ {
    let plain = verb.strip_suffix('s').map(str::to_string);
    let es = verb.strip_suffix("es").map(str::to_string);
    let ies = verb.strip_suffix("ies").map(|stem| format!("{stem}y"));
    [plain, es, ies].into_iter().flatten()
}

impl Table {
    /// Adds `word` to the list `role`.
    fn insert(&mut self, word: &[u8], role: Roles) {
        self.longest = self.longest.max(word.len());
        let mut slot = hash(word) as usize & (TABLE_SLOTS - 1);
        loop {
            match self.slots[slot] {
                0 => {
                    self.entries.push((word.into(), role));
                    self.slots[slot] = self.entries.len() as u16;
                    return;
                }
                entry if *self.entries[usize::from(entry) - 1].0 == *word => {
                    self.entries[usize::from(entry) - 1].1 |= role;
                    return;
                }
                _ => slot = (slot + 1) & (TABLE_SLOTS - 1),
            }
        }
    }

    /// The roles of the lowercase word `lower`.
    fn roles_of_bytes(&self, lower: &[u8]) -> Roles {
        if lower.is_empty() || lower.len() > self.longest {
            return 0;
        }
        let mut slot = hash(lower) as usize & (TABLE_SLOTS - 1);
        loop {
            match self.slots[slot] {
                0 => return 0,
                entry => {
                    let (key, roles) = &self.entries[usize::from(entry) - 1];
                    if **key == *lower {
                        return *roles;
                    }
                }
            }
            slot = (slot + 1) & (TABLE_SLOTS - 1);
        }
    }
}

/// The roles of a lowercase word, as bytes.
pub fn roles_of_lowercase_bytes(lower: &[u8]) -> Roles {
    TABLE.roles_of_bytes(lower)
}

/// The roles of a lowercase word.
pub fn roles_of_lowercase(lower: &str) -> Roles {
    TABLE.roles_of_bytes(lower.as_bytes())
}

/// The roles of a word in any case (lowercased as `str::to_lowercase` does).
pub fn roles_of(word: &str) -> Roles {
    super::tokens::with_lowercase(word, roles_of_lowercase)
}

/// Whether `word` (any case) has any of `roles`.
pub fn is(word: &str, roles: Roles) -> bool {
    roles_of(word) & roles != 0
}

/// The lists themselves, one place for each.
/// Cardinal numbers written as words, from one to twelve in order (`CARDINALS[n - 1]` is
/// n), then a few round ones.
pub const CARDINALS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "forty-five",
    "fifty",
    "sixty",
    "ninety",
];

pub mod words {
    /// Words that open a time phrase before a time word: "on Monday", "last week", "this
    /// morning", "early June".
    pub const TIME_OPENERS: &[&str] = &["on", "last", "this", "next", "early", "late"];
    /// Words that are a time phrase alone: "said yesterday", "earlier".
    pub const TIME_ADVERBS: &[&str] = &["yesterday", "today", "tonight", "earlier", "later", "recently"];

    /// Personal pronouns that are a clause's subject ("he said").
    pub const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "it", "they"];
    /// Third-person pronouns for a woman.
    pub const FEMININE_PRONOUNS: &[&str] = &["she", "her", "hers", "herself"];
    /// Third-person pronouns for a man.
    pub const MASCULINE_PRONOUNS: &[&str] = &["he", "him", "his", "himself"];
    /// Third-person pronouns for a thing or a body, never a person.
    pub const NEUTER_PRONOUNS: &[&str] = &["it", "its", "itself"];
    /// Third-person plural pronouns: people, or a body ("the company ... they").
    pub const PLURAL_PRONOUNS: &[&str] = &["they", "their", "them"];

    /// Ordinary abbreviations that are abbreviations in lowercase too ("etc.", "approx.",
    /// "ft."); the others ("in", "ill", "mass", "wash", "sun") are words in lowercase.
    pub const LOWERCASE_ABBREVIATIONS: &[&str] = &[
        "etc", "approx", "est", "ca", "cf", "al", "viz", "incl", "excl", "lb", "lbs", "oz", "yd", "yds", "km", "sq",
        "pct", "ft", "mi",
    ];

    /// Function words that open sentences far more often than they start or continue a name:
    /// "...in the U.S. The talks" splits after the initialism, and "The" never starts a name.
    /// Lowercase.
    pub const SENTENCE_OPENERS: &[&str] = &[
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "as",
        "at",
        "in",
        "on",
        "for",
        "from",
        "with",
        "by",
        "to",
        "of",
        "there",
        "here",
        "then",
        "now",
        "however",
        "meanwhile",
        "still",
        "also",
        "some",
        "many",
        "most",
        "all",
        "both",
        "no",
        "not",
        "one",
        "two",
        "three",
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "according",
        "last",
        "earlier",
        "later",
        "during",
        "despite",
        "although",
        "though",
    ];

    /// Lowercase particles inside names: "van der Berg", "de la Cruz", "bin Salman".
    pub const NAME_PARTICLES: &[&str] = &[
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten",
        "bin", "ibn", "al", "el", "zu", "y", "af",
    ];

    /// Abbreviations that stand before a name and never end a sentence when capitalised:
    /// "Mr.", "Gen.", "Messrs.", "vs.".
    pub const TITLE_ABBREVIATIONS: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "mx",
        "messrs",
        "mmes",
        "dr",
        "drs",
        "prof",
        "gen",
        "gens",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "govs",
        "lt",
        "col",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "cdr",
        "maj",
        "brig",
        "rev",
        "fr",
        "hon",
        "pres",
        "supt",
        "det",
        "insp",
        "st",
        "mt",
        "ft",
        "vs",
        "v",
        "atty",
        "amb",
        "sr",
        "sra",
        "mme",
        "mlle",
        "lieut",
        "gov-elect",
    ];

    /// Abbreviations that end a sentence only when a number does not follow: "No. 5", "Fig. 3".
    pub const NUMBER_ABBREVIATIONS: &[&str] =
        &["no", "nos", "vol", "vols", "fig", "figs", "art", "sec", "ch", "pp", "p", "op", "ex"];

    /// Abbreviations that end a sentence when a capitalised word follows, not a lowercase one:
    /// "Barrick Gold Corp. and" vs "Huawei Technologies Co. Washington persists".
    pub const ORDINARY_ABBREVIATIONS: &[&str] = &[
        // Companies and people.
        "corp", "inc", "co", "ltd", "plc", "bros", "jr", "sr", "esq", "assn", "assoc", "dept", "univ", "intl", "natl",
        "govt", // Latin and measures.
        "etc", "approx", "est", "ca", "cf", "al", "viz", "incl", "excl", "min", "max", "avg", "tel", "ft", "in", "lb",
        "lbs", "oz", "yd", "yds", "mi", "km", "sq", "pct", // Months (not May, June, July) and days.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", // Places.
        "ave", "blvd", "rd", "hwy", "sq", "ste", "apt", "bldg", "mts", // AP state abbreviations.
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "okla", "ore", "pa", "penn", "tenn",
        "tex", "va", "vt", "wash", "wis", "wisc", "wyo",
    ];

    /// Titles that alone, just before a capitalised word, make it a person ("Dr. Smith").
    /// Words like "State" or "Foreign" only count inside a longer title.
    pub const PERSON_TITLE_HEADS: &[&str] = &[
        "president",
        "pres",
        "govs",
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
        "sens",
        "senator",
        "rep",
        "reps",
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
        "councilor",
        "councilmember",
        "alderwoman",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "supervisor",
        "comptroller",
        "treasurer",
        "warden",
        "selectman",
        "selectwoman",
        "councilman",
        "councilwoman",
        "alderman",
        "adviser",
        "advisor",
        "executive",
        "officer",
        "chief",
    ];

    /// The other title words: parts of longer titles ("Foreign Minister", "Vice President")
    /// and titles that alone do not make the next word a person ("Count", "St.").
    pub const TITLE_PARTS: &[&str] = &[
        "vice", "prime", "sister", "chair", "deputy", "foreign", "defense", "defence", "finance", "interior", "health",
        "state", "acting", "former", "crown", "grand", "count", "provost", "trustee", "cabinet", "press", "national",
        "security", "first", "st",
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
        "member",
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
        "pac",
        "institutes",
        "caucus",
        "observer",
        "enquirer",
        "examiner",
        "inquirer",
        "courier",
        "sentinel",
        "chronicle",
        "caller",
        "insider",
        "magazine",
        "resources",
        "strategies",
        "solutions",
        "associates",
        "consulting",
        "ventures",
        "investments",
        "networks",
        "research",
        "productions",
        "publishing",
        "forum",
        "brotherhood",
        "command",
        "consortium",
        "embassy",
        "clinic",
        "circuit",
        "legislature",
        // A business's line of trade, anywhere in its name: "Harbourline Foods", "Redmoor
        // Securities".
        "foods",
        "securities",
        "brands",
        "insurance",
        "pharma",
        "therapeutics",
        "logistics",
        "shipping",
        "mining",
        "chemicals",
        "software",
        "labs",
        "stores",
        "restaurants",
        "hotels",
        "railways",
        "utilities",
        "realty",
        "properties",
        "manufacturing",
        "aerospace",
        "beverages",
        "brewery",
        "works",
        "cargo",
        "freight",
        "terminals",
    ];

    /// Suffixes of a company's name that a short form drops ("Barrick Gold" for "Barrick Gold Corp.").
    pub const ORGANISATION_SUFFIXES: &[&str] = &[
        "inc", "corp", "co", "ltd", "llc", "llp", "ag", "sa", "plc", "gmbh", "nv", "bv", "spa", "ab", "asa", "oyj",
        "kk",
    ];

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
        "hotel",
        "arena",
        "resort",
        "casino",
        "tower",
        "plaza",
        "mall",
        "stadium",
        "capitol",
        "annex",
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
        "monument",
        "memorial",
        "strip",
        "boulevard",
        "highway",
        "parkway",
        "beach",
        "forest",
        "canyon",
        "cemetery",
        "shoal",
        "shoals",
        "reef",
        "atoll",
        "lagoon",
        "glacier",
        "volcano",
        "isle",
        "plateau",
        "archipelago",
        "basin",
    ];

    /// Common nouns that say what kind of business or outlet a name is, written before it
    /// ("the airline Skyvale", "the law firm Corvantis") or heading its appositive
    /// ("Skyvale, a regional airline"). Not the nouns a person's name also goes with
    /// ("show", "campaign", "family", "business").
    pub const BODY_NOUNS: &[&str] = &[
        "company",
        "firm",
        "start-up",
        "startup",
        "corporation",
        "conglomerate",
        "manufacturer",
        "automaker",
        "carmaker",
        "drugmaker",
        "chipmaker",
        "retailer",
        "airline",
        "insurer",
        "lender",
        "bank",
        "newspaper",
        "tabloid",
        "magazine",
        "website",
        "nonprofit",
        "charity",
        "subsidiary",
        "division",
        "agency",
        "group",
        "organization",
        "organisation",
        "outlet",
        "network",
        "publication",
        "watchdog",
        "union",
        "think-tank",
        "supplier",
        "distributor",
        "utility",
        "maker",
        "operator",
        "chain",
        "grocer",
        "carrier",
        "shipper",
        "exporter",
        "importer",
    ];

    /// Last words of a work's, a law's or an honour's name that are nobody's surname: after
    /// a given name they still end the work's name ("the Truman Show", "the Marshall
    /// Plan", "the Hollis Prize"), where "Law", "Song" or "Bill" may be a surname.
    pub const NAMELESS_WORK_WORDS: &[&str] = &[
        "show",
        "prize",
        "prizes",
        "award",
        "awards",
        "medal",
        "grants",
        "doctrine",
        "amendment",
        "treaty",
        "initiative",
        "plan",
        "program",
        "programme",
    ];

    /// Sentence adverbs, connectives and interjections that open a sentence before its
    /// subject ("However, she kept quiet", "Likewise, a study found"): alone, never the
    /// one who speaks.
    pub const CONNECTIVES: &[&str] = &[
        "however",
        "meanwhile",
        "likewise",
        "instead",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "indeed",
        "additionally",
        "similarly",
        "otherwise",
        "thus",
        "therefore",
        "hence",
        "besides",
        "again",
        "regardless",
        "anyway",
        "still",
        "also",
        "then",
        "now",
        "there",
        "here",
        "yet",
        "so",
        "wait",
        "yes",
        "well",
        "oh",
        "okay",
        "perhaps",
        "maybe",
        "separately",
        "elsewhere",
        "overall",
        "ultimately",
        "finally",
        "first",
        "second",
        "third",
        "next",
        "afterward",
        "afterwards",
        "consequently",
        "accordingly",
        "notably",
        "importantly",
        "unfortunately",
        "fortunately",
        "ironically",
        "interestingly",
        "surprisingly",
        "clearly",
        "obviously",
        "apparently",
        "admittedly",
        "conversely",
        "alternatively",
        "incidentally",
        "subsequently",
        "initially",
        "originally",
        "eventually",
        "presumably",
        "certainly",
    ];

    /// Words that say an age moved on in the story, before the new age: "turned 55".
    pub const AGE_CHANGES: &[&str] = &["turned", "turns", "turning", "turn"];

    /// Words that say an office changed or is told as a career: "was elected", "became",
    /// "served as". ("former" and "then-" mark the title they stand before, not the story.)
    pub const TITLE_CHANGES: &[&str] = &[
        "elected",
        "reelected",
        "re-elected",
        "became",
        "become",
        "becomes",
        "becoming",
        "appointed",
        "sworn",
        "nominated",
        "promoted",
        "elevated",
        "succeeded",
        "resigned",
        "retired",
        "served",
        "formerly",
        "previously",
    ];

    /// Verbs that say a party label changed ("switched parties", "left the Republican Party",
    /// "caucuses with the Democrats"), when the sentence also names a party.
    pub const AFFILIATION_CHANGES: &[&str] = &[
        "switched",
        "switch",
        "switching",
        "switches",
        "left",
        "leaving",
        "leaves",
        "joined",
        "joins",
        "defected",
        "defect",
        "became",
        "become",
        "becoming",
        "caucuses",
        "caucus",
        "caucused",
        "former",
        "formerly",
        "previously",
    ];

    /// Words that name a party, for [`AFFILIATION_CHANGES`].
    pub const PARTY_WORDS: &[&str] = &[
        "party",
        "parties",
        "democrats",
        "republicans",
        "democratic",
        "republican",
        "gop",
        "independent",
        "independents",
        "democrat",
    ];

    /// Common nouns for a part of a country or a town that follow its name ("the Dorvan
    /// region", "the Sael archipelago") or come before "of" and it ("the island of
    /// Sael"). Not the nouns that follow people's names too ("hotel", "tower", "state").
    pub const REGION_NOUNS: &[&str] = &[
        "region",
        "district",
        "province",
        "prefecture",
        "archipelago",
        "peninsula",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "island",
        "islands",
        "village",
        "town",
        "city",
        "borough",
    ];

    /// Prepositions that put a bare name in a place ("in Beijing", "from Alaska").
    pub const PLACE_PREPOSITIONS: &[&str] = &[
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
    pub const GROUP_WORDS: &[&str] = &[
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
    pub const AFFILIATION_WORDS: &[&str] = &[
        "democrat",
        "democratic",
        "republican",
        "gop",
        "libertarian",
        "independent",
        "conservative",
        "labour",
        "tory",
    ];

    /// Capitalised words that are never names on their own, besides weekdays and months:
    /// abbreviations of dates, temperature scales ("3.6 degrees Fahrenheit"), an academic
    /// degree ("a Ph.D. from Yale").
    pub const NEVER_NAMES: &[&str] = &[
        "i",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "ok",
        "tv",
        "fahrenheit",
        "celsius",
        "ph.d",
    ];

    /// Words besides `SENTENCE_OPENERS` that open sentences and headlines and are never the
    /// first word of a name: auxiliaries, participles ("Speaking on Monday, ...") and rarer
    /// function words, on which the segmenter does not split after an initialism.
    pub const OTHER_OPENERS: &[&str] = &[
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

    /// Last words of an event's name ("Democratic National Convention", "Cold War", "Election
    /// Day", "Iowa caucuses"), and events named by one word. Lowercase.
    pub const EVENT_WORDS: &[&str] = &[
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
        // "Super Tuesday", "Black Friday": named days (a weekday alone is never a name).
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];

    /// Last words of a law's, a programme's or a work's name ("Affordable Care Act", "Second
    /// Amendment", "Trans-Pacific Partnership", "Clean Power Plan"), and works named by one word
    /// ("Constitution", "Bible", "Medicare"). Lowercase.
    pub const WORK_WORDS: &[&str] = &[
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
        "programs",
        "programme",
        "programmes",
        // Grants and honours named after someone ("Pell Grants", "the Nobel Prize"):
        // never the person ("Grant" alone stays a name).
        "grants",
        "scholarship",
        "scholarships",
        "fellowships",
        "award",
        "awards",
        "prize",
        "prizes",
        "medal",
    ];

    /// Words that open a clause, not a noun phrase: what follows a name and a comma after them
    /// is no appositive ("who said ...").
    pub const CLAUSE_OPENERS: &[&str] = &[
        "who",
        "which",
        "that",
        "whose",
        "whom",
        "and",
        "or",
        "but",
        "said",
        "says",
        "told",
        "according",
        "as",
        "when",
        "while",
        "where",
        "if",
        "because",
        "although",
        "though",
        "also",
        "however",
        "then",
        "so",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "to",
        "by",
        "after",
        "before",
        "since",
        "until",
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "have",
        "will",
        "would",
        "can",
        "could",
        "did",
        "does",
        "not",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "these",
    ];

    /// Verbs (in every tense a report uses) that introduce speech.
    pub const CUE_VERBS: &[&str] = &[
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "add",
        "adds",
        "added",
        "adding",
        "ask",
        "asks",
        "asked",
        "asking",
        "write",
        "writes",
        "wrote",
        "writing",
        "state",
        "states",
        "stated",
        "stating",
        "note",
        "notes",
        "noted",
        "noting",
        "argue",
        "argues",
        "argued",
        "arguing",
        "insist",
        "insists",
        "insisted",
        "insisting",
        "warn",
        "warns",
        "warned",
        "warning",
        "tweet",
        "tweets",
        "tweeted",
        "tweeting",
        "explain",
        "explains",
        "explained",
        "explaining",
        "reply",
        "replies",
        "replied",
        "replying",
        "respond",
        "responds",
        "responded",
        "remark",
        "remarks",
        "remarked",
        "comment",
        "comments",
        "commented",
        "announce",
        "announces",
        "announced",
        "declare",
        "declares",
        "declared",
        "claim",
        "claims",
        "claimed",
        "claiming",
        "recall",
        "recalls",
        "recalled",
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "admit",
        "admits",
        "admitted",
        "concede",
        "concedes",
        "conceded",
        "suggest",
        "suggests",
        "suggested",
        "urge",
        "urges",
        "urged",
        "testify",
        "testifies",
        "testified",
        "stress",
        "stresses",
        "stressed",
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasise",
        "emphasises",
        "emphasised",
        "observe",
        "observes",
        "observed",
        "conclude",
        "concludes",
        "concluded",
        "confirm",
        "confirms",
        "confirmed",
        "deny",
        "denies",
        "denied",
        "predict",
        "predicts",
        "predicted",
        "vow",
        "vows",
        "vowed",
        "promise",
        "promises",
        "promised",
        "pledge",
        "pledges",
        "pledged",
        "maintain",
        "maintains",
        "maintained",
        "contend",
        "contends",
        "contended",
        "counter",
        "counters",
        "countered",
        "caution",
        "cautions",
        "cautioned",
        "shout",
        "shouts",
        "shouted",
        "yell",
        "yells",
        "scream",
        "screams",
        "exclaim",
        "exclaimed",
        "joke",
        "joked",
        "complain",
        "complains",
        "complained",
        "continue",
        "continues",
        "continued",
        "describe",
        "describes",
        "described",
        "describing",
        "call",
        "calls",
        "called",
        "calling",
        "post",
        "posts",
        "posted",
        "report",
        "reports",
        "reported",
        "indicate",
        "indicates",
        "indicated",
        "announcing",
        "read",
        "reads",
        "informed",
        "praised",
        "criticised",
        "criticized",
        "spoke",
        "speaks",
        "quipped",
        "mused",
        "wondered",
        "demanded",
        "boasted",
        "lamented",
        "quoted",
        "answer",
        "answers",
        "answered",
        "retort",
        "retorts",
        "retorted",
        "snapped",
        "barked",
        "beamed",
        "yelled",
        "yelling",
        "screamed",
        "shouting",
        "chanted",
        "chanting",
        "lectured",
        "lecturing",
        "assert",
        "asserts",
        "asserted",
        "asserting",
        "mentioned",
        "recounted",
        "interjected",
        "whispered",
        "gushed",
        "scoffed",
        "charged",
        "alleged",
        "alleges",
        "declaring",
        "explaining",
        "insisting",
        "conceding",
        "texted",
        "emailed",
        "sings",
        "sang",
        "recommend",
        "recommends",
        "recommended",
        "gloated",
        "crowed",
        "bragged",
        "fumed",
        "pressed",
        "teased",
        "vented",
        "sniped",
        "riffed",
        "surmised",
        "reasoned",
        "reacted",
        "questioned",
        "elaborated",
        "elaborates",
        // Labels a speaker puts on someone: "Japan branded the regime an "outlaw nation"".
        "branded",
        "dubbed",
        "labeled",
        "labelled",
        "decried",
        "accused",
        "accuses",
        "blasted",
        "slammed",
        "hailed",
        "assured",
        "assures",
        "reminded",
        "reminds",
        "remembered",
        "offered",
        "offering",
    ];

    /// Cues that take a listener before the speech: "told reporters", "asked the court".
    pub const LISTENER_CUES: &[&str] = &[
        "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "urge", "urges", "urged", "warn",
        "warns", "warned",
    ];

    /// Words that may sit between a speaker and the cue: "Smith later said", "he has said".
    pub const BETWEEN_SPEAKER_AND_CUE: &[&str] = &[
        "also",
        "later",
        "then",
        "further",
        "previously",
        "recently",
        "reportedly",
        "earlier",
        "has",
        "had",
        "have",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "had",
        "once",
        "again",
        "subsequently",
        "separately",
        "additionally",
        "still",
        "even",
        "publicly",
        "privately",
        "repeatedly",
        "often",
        "always",
        "never",
        "usually",
        "sometimes",
        "frequently",
        "today",
        "yesterday",
        "formally",
        "officially",
        "initially",
        "first",
        "last",
        "quickly",
        // "a reader would now ask", "he did say", "she could only guess".
        "now",
        "just",
        "could",
        "might",
        "may",
        "can",
        "should",
        "must",
        "did",
        "does",
        "do",
    ];

    /// Words that end a speaker phrase when walking back from the cue.
    pub const CLAUSE_BOUNDARY_WORDS: &[&str] = &[
        "that", "which", "who", "whom", "when", "while", "because", "as", "but", "and", "or", "if", "after", "before",
        "since", "where", "although", "though", "whether", "so", "than", "what", "how", "why", "in", "on", "at", "to",
        "for", "with", "of", "by", "from", "about", "into", "during", "until", "says", "said", "told", "not", "only",
        "what", "it's",
    ];

    /// Personal pronouns that can stand for a speaker.
    pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "him", "her", "them", "you"];

    /// Heads of a speaker phrase that name nobody: "a senior official", "sources", "a diplomat".
    pub const ANONYMOUS_HEADS: &[&str] = &[
        "official",
        "officials",
        "source",
        "sources",
        "diplomat",
        "diplomats",
        "insider",
        "insiders",
        "aide",
        "aides",
        "person",
        "people",
        "someone",
        "individual",
        "individuals",
        "employee",
        "employees",
        "staffer",
        "staffers",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "observer",
        "observers",
        "member",
        "members",
        "colleague",
        "colleagues",
        "friend",
        "friends",
        "relative",
        "relatives",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "officer",
        "officers",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "executive",
        "executives",
    ];

    /// Institutions and groups named by a common noun: a described role, not a name.
    pub const ROLE_NOUNS: &[&str] = &[
        "police",
        "prosecutors",
        "authorities",
        "investigators",
        "firefighters",
        "doctors",
        "researchers",
        "scientists",
        "experts",
        "rescuers",
        "organisers",
        "organizers",
        "lawyers",
        "critics",
        "protesters",
        "students",
        "teachers",
        "nurses",
        "paramedics",
    ];

    /// Words that open a phrase naming an indefinite speaker.
    pub const INDEFINITE_OPENERS: &[&str] = &[
        "a",
        "an",
        "one",
        "two",
        "three",
        "several",
        "some",
        "many",
        "other",
        "unnamed",
        "anonymous",
        "multiple",
        "numerous",
    ];

    /// Words of time that may sit between a speaker and the cue: "Officials last week said"
    /// (weekdays and months are `WEEKDAYS` and `MONTHS`, all three `TIME_WORD`).
    pub const TIME_WORDS: &[&str] =
        &["week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "time"];

    /// Irregular past tenses that end a sentence's subject: "Rhys-Davies broke the news".
    pub const IRREGULAR_PASTS: &[&str] = &[
        "gave", "made", "took", "went", "wrote", "spoke", "put", "had", "did", "broke", "came", "left", "sent", "won",
        "lost", "ran", "saw", "got", "began", "became", "held", "kept", "met", "paid", "brought", "thought", "felt",
        "stood", "led", "sat", "fought", "sought", "drew", "threw", "knew", "grew", "found", "told", "said", "is",
        "was",
    ];

    /// Words before a cue verb that make it a noun: "the notes", "his claims", "a report".
    pub const NOUN_DETERMINERS: &[&str] = &[
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that", "such",
        "no", "any", "of", "'s", "whose", "media", "news", "press",
    ];

    /// The weekdays, in order from Monday.
    pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// The months, in order from January.
    pub const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];

    /// Particles the cast reads inside names besides `NAME_PARTICLES` ("Anders av Ekström").
    pub const OTHER_PARTICLES: &[&str] = &["av"];

    /// Arabic patronymic particles ("bin", "ibn", "abu").
    pub const PATRONYMIC_PARTICLES: &[&str] = &["bin", "ibn", "al", "el", "bint", "abu"];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_lowercase_and_its_words_carry_its_role() {
        for (words, role) in lists() {
            for word in words {
                assert_eq!(*word, word.to_lowercase(), "{word}");
                assert!(roles_of(word) & role != 0, "{word}");
            }
        }
        assert_eq!(roles_of("Dr") & (TITLE_ABBREVIATION | PERSON_TITLE), TITLE_ABBREVIATION | PERSON_TITLE);
        assert_eq!(roles_of("Kelvin-length-word-beyond-every-list"), 0);
    }

    /// The bare-form list is what a reader would find adding "-s", "-es" or "-ies" to a
    /// word and looking the result up among the cue verbs.
    #[test]
    fn bare_forms_are_the_words_whose_inflection_is_a_cue_verb() {
        let is_cue = |word: String| roles_of_lowercase(&word) & CUE_VERB != 0;
        let by_inflection = |word: &str| {
            word != "read"
                && (is_cue(format!("{word}s"))
                    || is_cue(format!("{word}es"))
                    || word.strip_suffix('y').is_some_and(|stem| is_cue(format!("{stem}ies"))))
        };
        let mut candidates: Vec<String> = words::CUE_VERBS.iter().flat_map(|verb| bare_forms(verb)).collect();
        candidates.extend(
            ["say", "reply", "note", "not", "read", "said", "stat", "the", "replie", "s", ""].map(String::from),
        );
        for word in candidates {
            assert_eq!(roles_of_lowercase(&word) & CUE_BARE_FORM != 0, by_inflection(&word), "{word:?}");
        }
        assert!(roles_of("Say") & CUE_BARE_FORM != 0 && roles_of("read") & CUE_BARE_FORM == 0);
    }

    #[test]
    fn the_table_fits_its_slots() {
        assert!(TABLE.entries.len() * 2 < TABLE_SLOTS, "{}", TABLE.entries.len());
    }
}
