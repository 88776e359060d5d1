//! Every token's lowercase text and the word lists it belongs to, computed once per
//! analysis.
//!
//! The quote analysis asks "is this word a cue verb / a clause boundary / a title …" many
//! times for the same token (once per sentence scan, per quotation, per speaker phrase).
//! Lowercasing into a fresh `String` and scanning a list of a few hundred words for each
//! question was most of its cost, so the answers are precomputed here: one lowercase copy
//! of all token text in a single buffer, and one bit set per token from one table lookup.

use std::sync::{Arc, LazyLock};

use crate::text::paragraph_map::ParagraphMap;

use crate::text::{Prose, Token, TokenKind};

/// A word list, as one bit of a token's flags.
pub type WordList = u32;

pub const CUE_VERB: WordList = 1 << 0;
pub const LISTENER_CUE: WordList = 1 << 1;
pub const BETWEEN_SPEAKER_AND_CUE: WordList = 1 << 2;
pub const CLAUSE_BOUNDARY: WordList = 1 << 3;
pub const PRONOUN: WordList = 1 << 4;
pub const ANONYMOUS_HEAD: WordList = 1 << 5;
pub const ROLE_NOUN: WordList = 1 << 6;
pub const INDEFINITE_OPENER: WordList = 1 << 7;
pub const TIME_WORD: WordList = 1 << 8;
pub const IRREGULAR_PAST: WordList = 1 << 9;
pub const NOUN_DETERMINER: WordList = 1 << 10;
/// The bare form of a cue verb ("say", "state", "reply"): a word whose "-s", "-es" or
/// "-ies" form is a cue verb, which may also be a noun. Not "read", its own past tense
/// ("The statement read: …"). Derived from the cue verbs, not listed.
pub const CUE_BARE_FORM: WordList = 1 << 11;

/// The lists and their bits.
fn lists() -> [(&'static [&'static str], WordList); 12] {
    [
        (words::CUE_VERBS, CUE_VERB),
        (words::LISTENER_CUES, LISTENER_CUE),
        (words::BETWEEN_SPEAKER_AND_CUE, BETWEEN_SPEAKER_AND_CUE),
        (words::CLAUSE_BOUNDARY_WORDS, CLAUSE_BOUNDARY),
        (words::PRONOUNS, PRONOUN),
        (words::ANONYMOUS_HEADS, ANONYMOUS_HEAD),
        (words::ROLE_NOUNS, ROLE_NOUN),
        (words::INDEFINITE_OPENERS, INDEFINITE_OPENER),
        (words::TIME_WORDS, TIME_WORD),
        (crate::text::word_lists::WEEKDAYS_AND_MONTHS, TIME_WORD),
        (words::IRREGULAR_PASTS, IRREGULAR_PAST),
        (words::NOUN_DETERMINERS, NOUN_DETERMINER),
    ]
}

/// Slots in the open-addressing table (a power of two, well above the ~450 words).
const TABLE_SLOTS: usize = 2048;

/// Lowercase words of every list with their bits, in an open-addressing hash table: a
/// lookup is one hash of at most `longest` bytes and, nearly always, one comparison.
struct Table {
    /// Index + 1 into `entries`; 0 for an empty slot (small, so the table stays in cache).
    slots: Vec<u16>,
    entries: Vec<(Box<[u8]>, WordList)>,
    longest: usize,
}

/// FNV-1a: the keys are short, so a byte loop is as fast as anything wider.
fn hash(word: &[u8]) -> u32 {
    word.iter().fold(0x811c_9dc5, |hash, &byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut table = Table { slots: vec![0; TABLE_SLOTS], entries: Vec::new(), longest: 0 };
    for (words, bit) in lists() {
        for &word in words {
            table.insert(word.as_bytes(), bit);
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
fn bare_forms(verb: &str) -> impl Iterator<Item = String> + '_ {
    let plain = verb.strip_suffix('s').map(str::to_string);
    let es = verb.strip_suffix("es").map(str::to_string);
    let ies = verb.strip_suffix("ies").map(|stem| format!("{stem}y"));
    [plain, es, ies].into_iter().flatten()
}

/// The lists a lowercase word belongs to.
pub fn lists_of_lowercase(lower: &str) -> WordList {
    let table = &*TABLE;
    table.lists_of_bytes(lower.as_bytes())
}

impl Table {
    /// Adds `word` to the list `bit`.
    fn insert(&mut self, word: &[u8], bit: WordList) {
        self.longest = self.longest.max(word.len());
        let mut slot = hash(word) as usize & (TABLE_SLOTS - 1);
        loop {
            match self.slots[slot] {
                0 => {
                    self.entries.push((word.into(), bit));
                    self.slots[slot] = self.entries.len() as u16;
                    return;
                }
                entry if *self.entries[usize::from(entry) - 1].0 == *word => {
                    self.entries[usize::from(entry) - 1].1 |= bit;
                    return;
                }
                _ => slot = (slot + 1) & (TABLE_SLOTS - 1),
            }
        }
    }

    /// The lists of the lowercase word `lower`.
    fn lists_of_bytes(&self, lower: &[u8]) -> WordList {
        if lower.is_empty() || lower.len() > self.longest {
            return 0;
        }
        let mut slot = hash(lower) as usize & (TABLE_SLOTS - 1);
        loop {
            match self.slots[slot] {
                0 => return 0,
                entry => {
                    let (key, bits) = &self.entries[usize::from(entry) - 1];
                    if **key == *lower {
                        return *bits;
                    }
                }
            }
            slot = (slot + 1) & (TABLE_SLOTS - 1);
        }
    }
}

/// The lists a word in any case belongs to (the word is lowercased as `to_lowercase` does).
pub fn lists_of(word: &str) -> WordList {
    with_lowercase(word, lists_of_lowercase)
}

/// Calls `judge` with `word` lowercased exactly as `str::to_lowercase` would, without
/// allocating for a short ASCII word.
pub fn with_lowercase<R>(word: &str, judge: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    if word.is_ascii()
        && let Some(buffer) = buffer.get_mut(..word.len())
    {
        buffer.copy_from_slice(word.as_bytes());
        buffer.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(buffer) {
            return judge(lower);
        }
    }
    judge(&word.to_lowercase())
}

/// Every token's lowercase text (exactly `str::to_lowercase`) and its lists.
#[derive(Default)]
pub struct Lowered {
    text: String,
    /// Token `i`'s lowercase text is `text[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
    lists: Vec<WordList>,
}

/// One paragraph's part of a `Lowered`, its offsets counted from the paragraph's first
/// token: it depends only on the paragraph's text, so the next analysis reuses it.
#[derive(Debug, Default)]
struct LoweredParagraph {
    lowered: Lowered,
}

impl std::fmt::Debug for Lowered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lowered").field("tokens", &self.lists.len()).finish()
    }
}

/// Each paragraph's lowercase tokens by the paragraph's (masked) text.
#[derive(Clone, Debug, Default)]
pub struct LoweredCache {
    by_text: Arc<ParagraphMap<Arc<LoweredParagraph>>>,
}

impl Lowered {
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        // Room for the tokens' own text (a paragraph's, when a paragraph is lowered), not
        // the whole draft's.
        let covered = tokens.first().zip(tokens.last()).map_or(0, |(first, last)| last.span.end - first.span.start);
        let mut lowered = Lowered {
            text: String::with_capacity(covered),
            starts: Vec::with_capacity(tokens.len() + 1),
            lists: Vec::with_capacity(tokens.len()),
        };
        lowered.push_tokens(text, tokens);
        lowered.starts.push(lowered.text.len());
        lowered
    }

    /// `new` for the whole prose, taking each paragraph unchanged since `previous` from it;
    /// and the cache for the next analysis.
    pub fn new_reusing(prose: &Prose, previous: Option<&LoweredCache>) -> (Self, LoweredCache) {
        let (text, tokens) = (prose.text.as_str(), prose.tokens.as_slice());
        let mut lowered = Lowered {
            text: String::with_capacity(text.len()),
            starts: Vec::with_capacity(tokens.len() + 1),
            lists: Vec::with_capacity(tokens.len()),
        };
        let mut next: ParagraphMap<Arc<LoweredParagraph>> = ParagraphMap::with_capacity(prose.paragraphs.len());
        let mut token = 0;
        for paragraph in &prose.paragraphs {
            let Some(own) = tokens.get(paragraph.tokens.clone()) else { continue };
            lowered.push_tokens(text, tokens.get(token..paragraph.tokens.start).unwrap_or_default());
            let reused = previous
                .and_then(|cache| cache.by_text.get(paragraph))
                .filter(|part| part.lowered.lists.len() == own.len());
            let part = match reused {
                Some(part) => Arc::clone(part),
                None => Arc::new(LoweredParagraph { lowered: Lowered::new(text, own) }),
            };
            lowered.append(&part.lowered);
            next.insert_new(paragraph, || part);
            token = paragraph.tokens.end;
        }
        lowered.push_tokens(text, tokens.get(token..).unwrap_or_default());
        lowered.starts.push(lowered.text.len());
        (lowered, LoweredCache { by_text: Arc::new(next) })
    }

    /// Appends the lowercase text and lists of `tokens`.
    fn push_tokens(&mut self, text: &str, tokens: &[Token]) {
        if tokens.is_empty() {
            return;
        }
        let table = &*TABLE;
        let offset = self.text.len();
        let mut bytes = Vec::with_capacity(tokens.last().map_or(0, |last| last.span.end) - tokens[0].span.start);
        for token in tokens {
            let word = token.text(text);
            let start = bytes.len();
            self.starts.push(offset + start);
            if word.is_ascii() {
                bytes.extend_from_slice(word.as_bytes());
                bytes[start..].make_ascii_lowercase();
            } else {
                bytes.extend_from_slice(word.to_lowercase().as_bytes());
            }
            // Punctuation is one symbol and numbers start with a digit: no list has such a word.
            self.lists.push(match token.kind {
                TokenKind::Punct | TokenKind::Number => 0,
                _ => table.lists_of_bytes(&bytes[start..]),
            });
        }
        // Every byte pushed came from a `str` (ASCII or `to_lowercase`), so this is UTF-8.
        self.text.push_str(std::str::from_utf8(&bytes).unwrap_or_default());
    }

    /// Appends a paragraph's part (built by `new`, so with its closing start).
    fn append(&mut self, part: &Lowered) {
        let offset = self.text.len();
        self.text.push_str(&part.text);
        let starts = part.starts.split_last().map_or(&[][..], |(_, starts)| starts);
        self.starts.extend(starts.iter().map(|start| start + offset));
        self.lists.extend_from_slice(&part.lists);
    }

    /// Token `index`'s lowercase text; empty past the last token.
    pub fn text(&self, index: usize) -> &str {
        match (self.starts.get(index), self.starts.get(index + 1)) {
            (Some(&start), Some(&end)) => self.text.get(start..end).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether token `index` is in any of `lists`; false past the last token.
    pub fn is(&self, index: usize, lists: WordList) -> bool {
        self.lists.get(index).is_some_and(|bits| bits & lists != 0)
    }
}

/// The word lists themselves, one place for each: the cast reads the cue verbs from here.
pub mod words {
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

    /// Words before a cue verb that make it a noun: "the notes", "his claims", "a report".
    pub const NOUN_DETERMINERS: &[&str] = &[
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that", "such",
        "no", "any", "of", "'s", "whose", "media", "news", "press",
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

    /// Irregular past tenses that end a sentence's subject: "Rhys-Davies broke the news".
    pub const IRREGULAR_PASTS: &[&str] = &[
        "gave", "made", "took", "went", "wrote", "spoke", "put", "had", "did", "broke", "came", "left", "sent", "won",
        "lost", "ran", "saw", "got", "began", "became", "held", "kept", "met", "paid", "brought", "thought", "felt",
        "stood", "led", "sat", "fought", "sought", "drew", "threw", "knew", "grew", "found", "told", "said", "is",
        "was",
    ];

    /// Words of time that may sit between a speaker and the cue: "Officials last week said"
    /// (weekdays and months are `text::word_lists::WEEKDAYS_AND_MONTHS`).
    pub const TIME_WORDS: &[&str] =
        &["week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "time"];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Language, Prose};

    /// Every token's lowercase text and lists, as one comparable list.
    fn listed(lowered: &Lowered, tokens: usize) -> Vec<(String, WordList)> {
        (0..=tokens).map(|i| (lowered.text(i).to_string(), lowered.lists.get(i).copied().unwrap_or(0))).collect()
    }

    /// A paragraph's part holds that paragraph, not room for the whole draft: every part
    /// lives until the paragraph changes.
    #[test]
    fn a_paragraph_lowered_alone_takes_the_paragraph_s_room() {
        let draft = format!("{}Ana Ruiz SAID so.", "A long paragraph of words. ".repeat(200) + "\n\n");
        let prose = Prose::new(&draft, Language::PlainText);
        let last = prose.paragraphs.last().map(|p| p.tokens.clone()).unwrap_or_default();
        let lowered = Lowered::new(&prose.text, &prose.tokens[last]);
        assert_eq!(lowered.text, "ana ruiz said so.".replace(' ', ""));
        assert!(lowered.text.capacity() < 100, "{}", lowered.text.capacity());
    }

    #[test]
    fn lowercase_tokens_reused_after_edits_are_the_fresh_ones() {
        let before = "SAID the Minister.\n\n\"We will,\" Ana Ruiz told reporters.\n\nİstanbul ÉTÉ stated.";
        let prose = Prose::new(before, Language::PlainText);
        let (_, cache) = Lowered::new_reusing(&prose, None);
        for after in [
            "SAID the Minister.\n\n\"We will,\" Ana Ruiz told reporters.\n\nİstanbul ÉTÉ stated again.",
            "New lead.\n\nSAID the Minister.\n\n\"We will,\" Ana Ruiz told reporters.\n\nİstanbul ÉTÉ stated.",
            "SAID the Minister.\n\nİstanbul ÉTÉ stated.",
            "",
        ] {
            let prose = Prose::new_reusing(&prose, after, Language::PlainText);
            let (reused, _) = Lowered::new_reusing(&prose, Some(&cache));
            let fresh = Lowered::new(&prose.text, &prose.tokens);
            assert_eq!(listed(&reused, prose.tokens.len()), listed(&fresh, prose.tokens.len()), "{after}");
        }
    }

    /// The bare-form list is what a reader would find adding "-s", "-es" or "-ies" to a
    /// word and looking the result up among the cue verbs.
    #[test]
    fn bare_forms_are_the_words_whose_inflection_is_a_cue_verb() {
        let is_cue = |word: String| lists_of_lowercase(&word) & CUE_VERB != 0;
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
            assert_eq!(lists_of_lowercase(&word) & CUE_BARE_FORM != 0, by_inflection(&word), "{word:?}");
        }
        assert!(lists_of("Say") & CUE_BARE_FORM != 0 && lists_of("read") & CUE_BARE_FORM == 0);
    }

    #[test]
    fn lowercase_text_and_lists_match_the_word_lists() {
        let prose =
            Prose::new("Smith SAID the Official, according to İstanbul’s \u{212A} police.", Language::PlainText);
        let lowered = Lowered::new(&prose.text, &prose.tokens);
        for (index, token) in prose.tokens.iter().enumerate() {
            let expected = token.text(&prose.text).to_lowercase();
            assert_eq!(lowered.text(index), expected);
            for (words, bit) in lists() {
                assert_eq!(lowered.is(index, bit), words.contains(&expected.as_str()), "{expected}");
            }
        }
        assert_eq!(lowered.text(prose.tokens.len()), "");
        assert!(!lowered.is(prose.tokens.len(), CUE_VERB));
        assert_eq!(lists_of("spoke") & (CUE_VERB | IRREGULAR_PAST), CUE_VERB | IRREGULAR_PAST);
        assert_eq!(lists_of("Kelvin-length-word-beyond-every-list"), 0);
    }
}
