//! Finding mentions: runs of capitalised words with their titles, particles, possessives,
//! organisation suffixes and initials, and the evidence around them of what they name.

use super::MemberId;
use super::known::{self, is_given_name};
use super::lowercase_counts::LowercaseCounts;
use crate::analysis::fast_hash::{FastMap as HashMap, FastSet as HashSet};
use std::borrow::Cow;

use crate::analysis::fast_hash::FastSet;
use crate::analysis::name_words as vocab;
use crate::analysis::reference;
use crate::text::lexicon;
use crate::text::structure::{OpeningKind, Part};
use crate::text::tokens::{is_apostrophe, lowercase};
use crate::text::{ByteSpan, Prose, Token};

/// One word of a name as written, without a possessive ending ("Biden" in "Biden’s").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameWord {
    pub span: ByteSpan,
    /// Shared: a mention reused after an edit is copied, its words' text is not.
    pub text: std::sync::Arc<str>,
    /// Part of the name proper (see `is_core`), worked out once when the word is read.
    core: bool,
}

impl NameWord {
    pub fn new(span: ByteSpan, text: &str) -> Self {
        let core = Self::judge_core(text);
        NameWord { span, text: text.into(), core }
    }

    /// Part of the name proper: not an initial ("F."), a generational suffix ("Jr.") or a
    /// company-form suffix ("Corp.").
    pub fn is_core(&self) -> bool {
        self.core
    }

    fn judge_core(text: &str) -> bool {
        let bare = text.trim_end_matches('.');
        let is_initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
        !is_initial && !vocab::is_name_suffix(text) && !vocab::is_organisation_suffix(text)
    }

    /// Changes the text (a possessive ending dropped, a particle lowercased) and judges
    /// the word again.
    fn set_text(&mut self, text: String) {
        self.core = Self::judge_core(&text);
        self.text = text.into();
    }
}

impl AsRef<str> for NameWord {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// Signs of what a mention names, counted from its words and surroundings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Evidence {
    pub person: u32,
    pub organisation: u32,
    pub place: u32,
    /// The subject of a cue verb ("Okafor said", "Reuters reported"): a person or an
    /// organisation, not a place.
    pub speaker: u32,
    /// The gazetteer knows the name: a place unless the draft says otherwise (it never
    /// counts against a person: "Thornton" is a town and a surname).
    pub gazetteer: u32,
    /// The name fills a title in quotation marks ("“Meet the Press”", "“Madam
    /// Secretary”"): a show's, a book's or another work's, unless the draft says otherwise.
    pub quoted: u32,
    /// A business's or an outlet's common noun describes the name ("the airline Skyvale",
    /// "Skyvale, a regional airline"): an organisation when nothing else decides.
    pub body: u32,
    /// A region's common noun or a state describes the name ("the Dorvan region", "the
    /// island of Sael", "Brantford, Ohio"): a place when nothing else decides.
    pub region: u32,
}

impl Evidence {
    pub fn add(&mut self, other: Evidence) {
        self.person += other.person;
        self.organisation += other.organisation;
        self.place += other.place;
        self.speaker += other.speaker;
        self.gazetteer += other.gazetteer;
        self.quoted += other.quoted;
        self.body += other.body;
        self.region += other.region;
    }

    /// Names a place: the draft says so, or the gazetteer does and nothing else speaks.
    pub fn place_like(&self) -> bool {
        self.place > 0 || (self.gazetteer > 0 && self.person + self.organisation + self.speaker == 0)
    }

    /// Could name a person: nothing says organisation or place louder.
    pub fn person_like(&self) -> bool {
        self.organisation == 0 && self.place <= self.person
    }
}

/// How a mention joined its member.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Join {
    /// Same form as the member's (or it founded the member).
    #[default]
    Same,
    /// A surname alone, or title + surname, for a person named in full elsewhere.
    Surname,
    /// One part of a hyphenated surname ("Ocasio" for "Ocasio-Cortez").
    HyphenPart,
    /// The surname without its particles ("Berg" for "van der Berg").
    ParticleDropped,
    /// An organisation's short form ("Barrick" for "Barrick Gold Corp.").
    ShortForm,
    /// An acronym of the name ("WHO").
    Acronym,
    /// A first word used alone ("Xi" for "Xi Jinping").
    LeadingWord,
    /// A near-spelling of the member's name ("Kowalsky" for "Kowalski").
    NearSpelling,
}

/// A place where the draft names someone or something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Title through name, possessive mark included: "President Biden", "Bidens’".
    pub span: ByteSpan,
    /// The name words only.
    pub name: ByteSpan,
    /// The title as written ("President", "Gov."), if any.
    pub title: Option<String>,
    pub words: Vec<NameWord>,
    pub possessive: bool,
    /// After "the", "both" or a number: a family or a group ("the Obamas").
    pub after_determiner: bool,
    /// At the start of a sentence or in a title-case headline: may join a member, never
    /// founds one.
    pub weak: bool,
    pub paragraph: usize,
    pub evidence: Evidence,
    /// Appositives and roles: "chairman of Barrick Gold Corp.", "Its chief executive".
    pub descriptors: Vec<String>,
    /// An acronym given in parentheses right after the name: "(WHO)".
    pub acronym: Option<String>,
    /// The member the mention joined (set when the mentions are clustered).
    pub member: MemberId,
    pub link: Join,
    /// A fingerprint of what clustering reads of the mention but its acronym, taken when
    /// the mention is read (see `recluster`): a paragraph's reused mentions bring theirs.
    pub(super) reading: u64,
}

super::ids::indexes!(super::ids::MentionId => Mention);

impl Mention {
    pub fn core(&self) -> Vec<&NameWord> {
        self.core_words().collect()
    }

    /// Whether the core words could be a person's name (see
    /// [`known::could_be_a_persons_name`]), the given name anywhere before the surname
    /// ("Assistant U.S. Attorney Nora Bell", a title read into the name).
    pub(super) fn could_be_a_persons_name(&self) -> bool {
        let words: Vec<&str> = self.core_words().map(|w| &*w.text).collect();
        let Some((last, before)) = words.split_last() else { return true };
        before.is_empty() || before.iter().any(|first| known::could_be_a_persons_name(first, last))
    }

    /// The core words, without collecting them.
    pub(super) fn core_words(&self) -> impl Iterator<Item = &NameWord> {
        self.words.iter().filter(|w| w.is_core())
    }

    /// The core words as a slice when every word is core (nearly every mention): the
    /// questions below are then answered without collecting a list.
    fn all_core(&self) -> Option<&[NameWord]> {
        self.words.iter().all(NameWord::is_core).then_some(self.words.as_slice())
    }

    /// The index in `core()` where the surname starts: the last word and the particles
    /// just before it ("van der Berg").
    pub fn surname_start(&self) -> usize {
        match self.all_core() {
            Some(core) => vocab::surname_start(core),
            None => vocab::surname_start(&self.core()),
        }
    }

    /// Given names and surname as text ("Joe", "Biden"); the given part is empty for a
    /// surname alone.
    pub fn given_and_surname(&self) -> (String, String) {
        let start = self.surname_start();
        (join_words(self.core_words().take(start)), join_words(self.core_words().skip(start)))
    }

    /// The name words as written (without the possessive ending), joined by spaces.
    pub fn core_text(&self) -> String {
        join_words(self.core_words())
    }

    pub fn is_full_name(&self) -> bool {
        self.surname_start() > 0
    }

    pub fn is_acronym(&self) -> bool {
        let mut core = self.core_words();
        match (core.next(), core.next()) {
            (Some(only), None) => is_acronym(&only.text),
            _ => false,
        }
    }
}

/// Words joined by single spaces.
fn join_words<'w>(words: impl Iterator<Item = &'w NameWord>) -> String {
    let mut joined = String::new();
    for (index, word) in words.enumerate() {
        if index > 0 {
            joined.push(' ');
        }
        joined.push_str(&word.text);
    }
    joined
}

pub fn is_acronym(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| *c != '.' && *c != '&');
    let Some(first) = letters.next() else { return false };
    let mut count = 1;
    for c in letters {
        if !(c.is_uppercase() || c.is_ascii_digit()) {
            return false;
        }
        count += 1;
    }
    count >= 2 && first.is_alphabetic() && first.is_uppercase()
}

/// A word shaped to be part of a name: capitalised, or a particle-prefixed form ("al-Assad");
/// whether the draft uses it in a name is `Cast::is_name_word`.
fn has_name_shape(word: &str) -> bool {
    let Some(first) = word.chars().next() else { return false };
    if first.is_uppercase() {
        return true;
    }
    // Asked of every word: a lowercase one is a name word only with a hyphen, found by a
    // plain byte scan (a hyphen is ASCII, so the split is on a character boundary).
    let Some(hyphen) = word.bytes().position(|b| b == b'-') else { return false };
    let (prefix, rest) = (&word[..hyphen], &word[hyphen + 1..]);
    vocab::is_particle(prefix) && rest.starts_with(char::is_uppercase)
}

fn word_text<'t>(tokens: &[Token], index: usize, text: &'t str) -> &'t str {
    tokens.get(index).filter(|t| t.is_word()).map_or("", |t| t.text(text))
}

fn is_period_after(tokens: &[Token], index: usize, text: &str) -> bool {
    tokens.get(index + 1).is_some_and(|t| t.is_punct(text, '.') && !t.space_before)
}

/// The words a draft writes in lowercase somewhere: a sentence-initial capital of one of
/// them is not a name. Every question asked is recorded, so a paragraph's mentions can be
/// reused when its text and the answers it depended on are unchanged.
pub struct LowercaseWords<'t> {
    words: Words<'t>,
    /// Lowercase words shaped like product names ("npm"), with how often each is used.
    pub products: HashMap<&'t str, usize>,
    /// `None` when nobody will reuse the answers (a one-off analysis).
    asked: Option<std::cell::RefCell<Vec<(String, bool)>>>,
}

/// The lowercase words themselves, and the product-shaped words the draft also
/// capitalises somewhere ("Npm", lowercased): collected for this analysis, or counts
/// carried over edits.
enum Words<'t> {
    Collected { lowercase: HashSet<Cow<'t, str>>, capitalised_products: HashSet<String> },
    Counted(&'t LowercaseCounts),
}

impl Words<'_> {
    fn contains(&self, lower: &str) -> bool {
        match self {
            Words::Collected { lowercase, .. } => lowercase.contains(lower),
            Words::Counted(counts) => counts.contains(lower),
        }
    }

    fn capitalises(&self, lower: &str) -> bool {
        match self {
            Words::Collected { capitalised_products, .. } => capitalised_products.contains(lower),
            Words::Counted(counts) => counts.capitalises(lower),
        }
    }
}

impl<'t> LowercaseWords<'t> {
    /// The draft's lowercase words; `recording` keeps the questions asked for reuse.
    pub fn new(prose: &'t Prose, recording: bool) -> Self {
        let text = prose.text.as_str();
        // Counted as written first: a draft repeats its words, so each distinct one is
        // lowercased and judged once.
        let mut uses: HashMap<&str, usize> = HashMap::default();
        let mut capitalised_products = HashSet::default();
        for word in prose.tokens.iter().filter(|t| t.is_word()).map(|t| t.text(text)) {
            if word.starts_with(char::is_lowercase) {
                *uses.entry(word).or_default() += 1;
            } else {
                super::shapes::capitalised_product(word, |lower| {
                    if !capitalised_products.contains(lower) {
                        capitalised_products.insert(lower.to_string());
                    }
                });
            }
        }
        let lowercase = uses.keys().map(|word| lowercase(word)).collect();
        let words = Words::Collected { lowercase, capitalised_products };
        uses.retain(|word, _| super::shapes::product_shape(word));
        LowercaseWords { words, products: uses, asked: recording.then(std::cell::RefCell::default) }
    }

    /// The lowercase words of `counts`, recording the questions asked.
    pub fn counted(counts: &'t LowercaseCounts) -> Self {
        let products = counts.products().collect();
        LowercaseWords { words: Words::Counted(counts), products, asked: Some(std::cell::RefCell::default()) }
    }

    /// The product-shaped words the draft uses at least twice and never capitalises:
    /// names written in lowercase ("npm").
    pub fn lowercase_names(&self) -> FastSet<String> {
        super::shapes::lowercase_names(&self.products, |lower| self.words.capitalises(lower))
    }

    fn contains(&self, word: &str) -> bool {
        let lower = lowercase(word);
        let answer = self.words.contains(lower.as_ref());
        if let Some(asked) = &self.asked {
            asked.borrow_mut().push((lower.into_owned(), answer));
        }
        answer
    }

    /// Whether every recorded question still gets its recorded answer.
    pub fn agrees(&self, asked: &[(String, bool)]) -> bool {
        asked.iter().all(|(word, answer)| self.words.contains(word) == *answer)
    }

    /// The questions asked since the last call.
    pub fn take_asked(&self) -> Vec<(String, bool)> {
        self.asked.as_ref().map(|asked| std::mem::take(&mut *asked.borrow_mut())).unwrap_or_default()
    }
}

/// Reads all mentions of a draft, in document order.
pub fn extract(prose: &Prose) -> Vec<Mention> {
    extract_with_lowercase_names(prose).0
}

/// `extract`, and the names the draft always writes in lowercase (read in the same pass).
pub fn extract_with_lowercase_names(prose: &Prose) -> (Vec<Mention>, FastSet<String>) {
    let lowercase_words = LowercaseWords::new(prose, false);
    let mut mentions = Vec::new();
    for paragraph in 0..prose.paragraphs.len() {
        mentions.extend(extract_paragraph(prose, paragraph, &lowercase_words));
    }
    link_acronyms(&mut mentions, &prose.text);
    (mentions, lowercase_words.lowercase_names())
}

/// Reads the mentions of one paragraph (acronyms are linked over the whole draft after).
/// They depend only on the paragraph's text and on the answers of `lowercase_words`.
pub fn extract_paragraph(prose: &Prose, paragraph: usize, lowercase_words: &LowercaseWords) -> Vec<Mention> {
    let text = prose.text.as_str();
    let mut mentions = Vec::new();
    let Some(read) = prose.paragraphs.get(paragraph) else { return mentions };
    // The draft's structure decides what a paragraph's capitals say: a headline's say
    // nothing about names, and bylines, credits, social-media lines and labels name no one
    // in the story.
    let structure = read.structure;
    if structure.part.is_furniture() {
        return mentions;
    }
    let headline = structure.part == Part::Headline;
    let opening_end = structure.opening.map(|opening| (opening.kind, read.span.start + opening.len));
    // The sentence before's one mention, when it opens that sentence (its subject).
    let mut lone_subject: Option<usize> = None;
    for sentence in &prose.sentences[read.sentences.clone()] {
        let tokens = prose.sentence_tokens(sentence);
        let dateline_end = match opening_end {
            Some((OpeningKind::Dateline, end)) => end,
            _ => 0,
        };
        let prose_start = opening_end.map_or(0, |(_, end)| end);
        let label_end = match opening_end {
            Some((OpeningKind::SpeakerLabel, end)) => end,
            _ => 0,
        };
        let context = SentenceContext {
            tokens,
            text,
            headline,
            lowercase_words,
            paragraph: sentence.paragraph,
            dateline_end,
            label_end,
            prose_start,
        };
        // "On Monday, Okafor arrived late. She ...": a sentence opening on "he" or "she"
        // continues the story of the one name of the sentence before, a person.
        let first_word = tokens.iter().position(Token::is_word);
        if let Some(subject) = lone_subject.take()
            && first_word.is_some_and(|i| matches!(tokens[i].text(text), "He" | "She"))
        {
            let mention: &mut Mention = &mut mentions[subject];
            let evidence = mention.evidence;
            let placed = known::place(&mention.core_text()).is_some();
            if evidence.organisation + evidence.place == 0 && !headline && !placed {
                mention.evidence.person += 1;
                mention.reading = super::recluster::reading_as_read(mention, text);
            }
        }
        let sentence_starts_at = mentions.len();
        let mut index = 0;
        while index < tokens.len() {
            let word = tokens[index].text(text);
            // "Q: ", "A: ": an interview's labels are no names, nor "Editor's Note: ".
            let in_label = match opening_end {
                Some((OpeningKind::SpeakerLabel, end)) => tokens[index].span.end <= end && matches!(word, "Q" | "A"),
                Some((OpeningKind::Note, end)) => tokens[index].span.end <= end,
                _ => false,
            };
            if in_label {
                index += 1;
                continue;
            }
            // "to save van Biljon": a lowercase particle opens a name when one follows.
            let particle_opens = vocab::is_lowercase_particle(word)
                && tokens.get(index + 1).is_some_and(|t| {
                    t.is_word()
                        && t.space_before
                        && has_name_shape(t.text(text))
                        && !vocab::is_never_a_name(t.text(text))
                });
            // "enemy No. 1": the abbreviation of "number".
            let number_sign = word == "No"
                && tokens.get(index + 1).is_some_and(|t| t.is_punct(text, '.'))
                && tokens.get(index + 2).is_some_and(|t| t.kind == crate::text::TokenKind::Number);
            // "(R-Texas)": a party-state designation is an affiliation, not a name.
            if number_sign
                || !tokens[index].is_word()
                || !(has_name_shape(word) || particle_opens)
                || vocab::is_never_a_name(word)
                    && !month_opens_name(tokens, text, index)
                    && !month_speaks(tokens, text, index)
                || super::shapes::is_designation(word.trim_end_matches('.'))
                || super::shapes::is_lettered_noun(word)
                || is_tag(tokens, index, text)
            {
                index += 1;
                continue;
            }
            let run = read_run(tokens, text, index, lowercase_words);
            let next = run.end.max(index + 1);
            mentions.extend(build_mention(&context, run));
            index = next;
        }
        // Not after a preposition or an article ("in Tavistock", "the Tavistock").
        lone_subject = (mentions.len() == sentence_starts_at + 1).then_some(sentence_starts_at).filter(|&m| {
            let mention = &mentions[m];
            let before = tokens.iter().rposition(|t| t.span.end <= mention.span.start && t.is_word());
            let before = before.map_or("", |i| tokens[i].text(text));
            !mention.possessive
                && !mention.after_determiner
                && !vocab::is_place_preposition(before)
                && !matches!(before, "of" | "from" | "a" | "an" | "the")
        });
    }
    mentions
}

/// A month that is also a given name or a surname ("April", "May", "June", "Jun"), with
/// no number after it (a date: "May 5", "June 2019").
fn month_as_name(tokens: &[Token], text: &str, index: usize) -> bool {
    let Some(token) = tokens.get(index) else { return false };
    matches!(token.text(text), "April" | "May" | "June" | "Jun" | "August")
        && tokens.get(index + 1).is_none_or(|next| next.kind != crate::text::TokenKind::Number)
}

/// "May said", "May also told …": a month that is a name, alone before a verb of speech,
/// is someone speaking ("Theresa May" named before it); no month speaks.
fn month_speaks(tokens: &[Token], text: &str, index: usize) -> bool {
    let Some(next) = tokens.get(index + 1) else { return false };
    let verb = |token: &Token| {
        let word = token.text(text);
        token.is_word()
            && word.starts_with(char::is_lowercase)
            && lexicon::is(word, lexicon::CUE_VERB)
            && !lexicon::is(word, lexicon::CUE_BARE_FORM)
    };
    let adverb = next.is_word() && matches!(next.text(text), "also" | "later" | "then" | "told" | "added");
    month_as_name(tokens, text, index)
        && !month_dated(tokens, text, index)
        && (verb(next) || adverb && tokens.get(index + 2).is_some_and(verb))
}

/// "April Ryan", "Jun Park": a month that is a given name opens a name when a surname
/// follows it on the same line, and no word before it makes it a date ("in May", "last
/// June", "May 5").
fn month_opens_name(tokens: &[Token], text: &str, index: usize) -> bool {
    let surname_follows = tokens.get(index + 1).is_some_and(|next| {
        let word = next.text(text);
        next.is_word()
            && next.space_before
            && !next.newline_before
            && has_name_shape(word)
            && !vocab::is_never_a_name(word)
            && !lexicon::is(word, lexicon::CLAUSE_BOUNDARY)
    });
    month_as_name(tokens, text, index) && surname_follows && !month_dated(tokens, text, index)
}

/// Whether the word before a month makes it a date: a number ("5 May") or a word of time
/// ("in May", "last June", "since April").
fn month_dated(tokens: &[Token], text: &str, index: usize) -> bool {
    index.checked_sub(1).and_then(|i| tokens.get(i)).is_some_and(|before| {
        before.kind == crate::text::TokenKind::Number
            || matches!(
                lowercase(before.text(text)).as_ref(),
                "in" | "on"
                    | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "from"
                    | "through"
                    | "last"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "this"
                    | "that"
                    | "every"
                    | "of"
                    | "during"
                    | "before"
                    | "after"
                    | "-"
            )
    })
}

fn is_weekday(word: &str) -> bool {
    matches!(word, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// "#BlackLivesMatter", "@SenatorSmith": a hashtag or a social-media handle is no name
/// in the story's prose.
fn is_tag(tokens: &[Token], index: usize, text: &str) -> bool {
    index > 0
        && !tokens[index].space_before
        && (tokens[index - 1].is_punct(text, '#') || tokens[index - 1].is_punct(text, '@'))
}

/// The run of name words starting at token `start`.
fn read_run(tokens: &[Token], text: &str, start: usize, lowercase_words: &LowercaseWords) -> Run {
    let mut words: Vec<(usize, bool)> = Vec::new();
    let mut index = start;
    while let Some(token) = tokens.get(index) {
        // "Procter & Gamble": an ampersand between capitalised words joins one name.
        if token.is_punct(text, '&')
            && token.space_before
            && connector_joins(tokens, text, &words, index, lowercase_words)
        {
            words.push((index, false));
            index += 1;
            continue;
        }
        if !token.is_word() || (!words.is_empty() && (!token.space_before || token.newline_before)) {
            break;
        }
        let word = token.text(text);
        if has_name_shape(word) {
            // "the Tampa-based Bay Times": a name made a modifier ends its run, and its
            // stem is the run's last word ("Los Angeles-based": Los Angeles).
            let modifier = super::shapes::modifier_stem(word).is_some();
            // "Theresa May", "Carter June": a month after a given name, no date after it,
            // is a surname.
            if let Some(&(last, _)) = words.last()
                && month_as_name(tokens, text, index)
                && is_given_name(tokens[last].text(text))
            {
                words.push((index, false));
                index += 1;
                continue;
            }
            let month_name =
                words.is_empty() && (month_opens_name(tokens, text, index) || month_speaks(tokens, text, index));
            if vocab::is_never_a_name(word) && !month_name {
                // "Super Tuesday", "Black Friday": a day's name after a word that names it.
                if let [(only, _)] = words.as_slice()
                    && is_weekday(word)
                    && matches!(tokens[*only].text(text), "Super" | "Black" | "Cyber" | "Good" | "Ash" | "Holy" | "Fat")
                {
                    words.push((index, false));
                }
                break;
            }
            // "Ban Ki-moon": a short stem after a name is a hyphenated given name's.
            if modifier && !words.is_empty() && super::shapes::modifier_stem(word).is_some_and(|stem| stem.len() < 4) {
                break;
            }
            if modifier {
                words.push((index, false));
                break;
            }
            let bare_letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let takes_period = is_period_after(tokens, index, text)
                && (bare_letters == 1
                    || word.contains('.')
                    || vocab::is_name_suffix(word)
                    || matches!(word, "Mt" | "Ft")
                    || vocab::is_organisation_suffix(word)
                    || (vocab::is_title_word(word) && bare_letters <= 4));
            words.push((index, takes_period));
            index += if takes_period { 2 } else { 1 };
            // A period that ends the sentence ends the run too.
            if takes_period && tokens.get(index).is_none() {
                break;
            }
            // "Hillary Clinton's Senate seat": a possessive ends the name, unless a company
            // suffix follows ("McDonald's Corp.") or it is a group's ("the People's
            // Republic", "Women's Hospital").
            let possessive = ["’s", "'s", "ʼs"].iter().find_map(|ending| word.strip_suffix(ending));
            let suffix_follows = tokens.get(index).is_some_and(|t| vocab::is_organisation_suffix(t.text(text)));
            let group = possessive.is_some_and(|stem| {
                matches!(lowercase(stem).as_ref(), "people" | "women" | "children" | "men" | "workers" | "veterans")
            });
            if possessive.is_some() && !suffix_follows && !group {
                break;
            }
            continue;
        }
        let next_is_name =
            tokens.get(index + 1).is_some_and(|t| t.is_word() && t.space_before && has_name_shape(t.text(text)));
        let next_is_particle =
            tokens.get(index + 1).is_some_and(|t| t.is_word() && vocab::is_lowercase_particle(t.text(text)));
        if vocab::is_lowercase_particle(word) && (next_is_name || next_is_particle) {
            words.push((index, false));
            index += 1;
            continue;
        }
        let after_organisation_word =
            words.last().is_some_and(|&(last, _)| vocab::is_organisation_word(tokens[last].text(text)));
        let joins = after_organisation_word || connector_joins(tokens, text, &words, index, lowercase_words);
        if matches!(word, "of" | "for") && next_is_name && joins {
            words.push((index, false));
            index += 1;
            continue;
        }
        break;
    }
    // A run ends on a name word, not on "of" or a particle.
    while words.last().is_some_and(|&(last, _)| !has_name_shape(tokens[last].text(text))) {
        words.pop();
    }
    let end = words.last().map_or(start + 1, |&(last, period)| last + if period { 2 } else { 1 });
    Run { start, words, end }
}

/// Whether the connector at token `index` ("of", "for", "&") joins the run before it and
/// the capitalised words after it into one name: "Americans for Prosperity", "Procter &
/// Gamble", "Freedom of Information Act", "the Bill of Rights" (a draft that writes "bill"
/// in lowercase). Never after a title or a given name, nor before one or a place ("Sen.
/// Ruth Calloway of Ohio", "Dana Marchetti of Port Elm", "Vote for Ruth Calloway"), and
/// "of" only after one word, when the words after it end on an institution's, a law's or
/// an event's word or the word before is one the draft writes in lowercase ("Okafor of
/// Thornbury Mills" stays a person and a place).
fn connector_joins(
    tokens: &[Token],
    text: &str,
    words: &[(usize, bool)],
    index: usize,
    lowercase_words: &LowercaseWords,
) -> bool {
    let Some(&(last, _)) = words.last() else { return false };
    let Some(next) = tokens.get(index + 1).filter(|t| t.is_word() && t.space_before) else { return false };
    let next = next.text(text);
    let word = |i: usize| tokens[i].text(text);
    // "the Bill of Rights" in a draft that writes "bill": a word, not a given name.
    let common_word = words.len() == 1 && lowercase_words.contains(word(last));
    // A given name and more after the connector ("for Ruth Calloway"), not one alone ("for
    // America"); before it, a given name opening the run, unless a group or a body's word
    // ends it ("Young Democrats for Peace").
    let surname_follows =
        tokens.get(index + 2).is_some_and(|t| t.is_word() && t.space_before && has_name_shape(t.text(text)));
    let person_after = vocab::is_title_word(next) || (is_given_name(next) && surname_follows);
    let ends_as_a_body = vocab::is_group_word(word(last)) || vocab::is_organisation_word(word(last));
    let person_before = words.iter().any(|&(i, _)| vocab::is_title_word(word(i)))
        || (!common_word && !ends_as_a_body && is_given_name(word(words[0].0)));
    if !has_name_shape(next)
        || vocab::is_never_a_name(next)
        || vocab::is_sentence_opener(next)
        || person_after
        || person_before
    {
        return false;
    }
    match tokens[index].text(text) {
        "&" | "for" => true,
        "of" => {
            let place = known::place(next).is_some() || reference::us_state_of_abbreviation(next).is_some();
            // The last capitalised word of the run after "of".
            let mut end = index + 1;
            while tokens.get(end + 1).is_some_and(|t| t.is_word() && t.space_before && has_name_shape(t.text(text))) {
                end += 1;
            }
            let tail = tokens[end].text(text);
            let institution =
                vocab::is_organisation_word(tail) || vocab::is_work_word(tail) || vocab::is_event_word(tail);
            // "Voice of America", "Bank of America": a well-known body's whole name.
            let known_body = || {
                let mut name = words.iter().map(|&(i, _)| word(i)).collect::<Vec<_>>().join(" ");
                name.push_str(" of");
                (index + 1..=end).for_each(|i| {
                    name.push(' ');
                    name.push_str(word(i));
                });
                known::organisation(&name)
            };
            (words.len() == 1 && !place && (institution || common_word)) || known_body()
        }
        _ => false,
    }
}

/// The sentence a run of name words is read in: its tokens, the draft's text, and what the
/// draft says around it.
struct SentenceContext<'a> {
    tokens: &'a [Token],
    text: &'a str,
    /// A title-case line or a heading: its capitals say nothing about names.
    headline: bool,
    lowercase_words: &'a LowercaseWords<'a>,
    paragraph: usize,
    /// Where the paragraph's dateline ends ("PORT ELM, Maine — "), 0 without one: a name
    /// in it is where the story was filed.
    dateline_end: usize,
    /// Where the paragraph's speaker label ends ("JUSTICE OKAFOR: "), 0 without one: a
    /// name in it is a person who speaks, however it is capitalised.
    label_end: usize,
    /// Where the paragraph's prose starts after its dateline or speaker label, 0 without
    /// one: the word there opens a sentence.
    prose_start: usize,
}

impl SentenceContext<'_> {
    /// The text of token `index`, a word or not.
    fn token_text(&self, index: usize) -> &str {
        self.tokens[index].text(self.text)
    }

    /// The word at token `index`; empty for punctuation or past the sentence's end.
    fn word_at(&self, index: usize) -> &str {
        word_text(self.tokens, index, self.text)
    }

    /// The word `back` tokens before token `index`; empty where there is none.
    fn word_before(&self, index: usize, back: usize) -> &str {
        index.checked_sub(back).map_or("", |i| self.word_at(i))
    }

    /// A run word's span, with the period that belongs to it ("Gov.", "Corp.").
    fn span_of(&self, &(index, period): &(usize, bool)) -> ByteSpan {
        let token = self.tokens[index].span;
        if period { ByteSpan::new(token.start, self.tokens[index + 1].span.end) } else { token }
    }
}

/// A run of name words: the token it starts at, each word's token index with whether the
/// period after it belongs to it, and the index after the run.
struct Run {
    start: usize,
    words: Vec<(usize, bool)>,
    end: usize,
}

/// Where a run stands in its sentence.
struct Opening {
    /// The run opens the sentence, or follows a colon or an opening quotation mark.
    sentence_initial: bool,
    /// Its first word is a particle the draft writes in lowercase ("Van der Berg said").
    lowercase_first: bool,
}

/// The mention a run of name words makes: its titles, name words, possessive and the
/// evidence around it; none when the run names nothing.
fn build_mention(sentence: &SentenceContext, mut run: Run) -> Vec<Mention> {
    let opening = drop_sentence_capital(sentence, run.start, &mut run.words);
    let mut mentions = Vec::with_capacity(1);
    // "Indiana Gov. Mike Pence": the word before the title names something of its own (a
    // place, a body), read as a mention of one word.
    if let Some(word) = drop_word_before_title(sentence, &mut run.words) {
        let (index, period) = word;
        let leading = Run { start: index, words: vec![word], end: index + 1 + usize::from(period) };
        // "“…,” House Speaker Tom Keller said": a body's word before the title is no
        // sentence's capital by chance.
        let body = BODIES_NAMED_ALONE.contains(&sentence.token_text(index));
        mentions.extend(mention_of(sentence, leading, opening.sentence_initial && !body, false));
    } else if let Some(body) = drop_body_before_title(sentence, &mut run.words) {
        let start = body.first().map_or(run.start, |w| w.0);
        let end = body.last().map_or(start + 1, |&(last, period)| last + 1 + usize::from(period));
        let leading = Run { start, words: body, end };
        // Named by its place before the title, the body is no sentence's capital by chance.
        mentions.extend(mention_of(sentence, leading, false, false));
    }
    mentions.extend(mention_of(sentence, run, opening.sentence_initial, opening.lowercase_first));
    mentions
}

/// The bodies a title names by one word of their own ("Senate Majority Leader", "House
/// Speaker", "Army Gen."), unlike "Party Chairman" or "Committee Chair".
const BODIES_NAMED_ALONE: &[&str] = &["Senate", "House", "Congress", "Parliament", "Army", "Navy"];

/// "Ohio Democratic Party Chairman Dana Whitcomb", "Retired U.S. Army Gen. Paul Verity",
/// "Senate Majority Leader Ruth Ambler", "FBI Director Ana Ruiz": a body's name (its last
/// word a body's, or an acronym that is no place's) before a person's title names the
/// body, a mention of its own; the person keeps the title. Returns the body's words
/// (without a "Retired" or "Former" opening them, which qualifies the title).
fn drop_body_before_title(sentence: &SentenceContext, run: &mut Vec<(usize, bool)>) -> Option<Vec<(usize, bool)>> {
    let word = |index: usize| sentence.token_text(run[index].0);
    let opening =
        |w: &str| matches!(lowercase(w).as_ref(), "retired" | "former" | "acting" | "interim" | "then" | "late");
    let from = usize::from(run.len() > 1 && opening(word(0)));
    let body_end = (from + 1..run.len().saturating_sub(2)).find(|&end| {
        let last = word(end - 1);
        // One word is a body alone when it is an acronym or a chamber ("Party Chairman":
        // the word names no party; "Press Secretary" is one title).
        let body = if end - from == 1 {
            (is_acronym(last) && !vocab::is_place_acronym(last) && !vocab::is_group_word(last))
                || BODIES_NAMED_ALONE.contains(&last)
        } else {
            vocab::is_organisation_word(last) && last.starts_with(char::is_uppercase) && !vocab::is_title_word(last)
        };
        if !body {
            return false;
        }
        let rest = &run[end..];
        let (titles, titled) = count_titles(sentence, rest);
        titled && titles >= 1 && titles + 2 <= rest.len()
    })?;
    let body: Vec<(usize, bool)> = run[from..body_end].to_vec();
    run.drain(..body_end);
    Some(body)
}

/// The mention of a run whose sentence capital has been dropped (`build_mention`).
fn mention_of(
    sentence: &SentenceContext,
    mut run: Run,
    sentence_initial: bool,
    lowercase_first: bool,
) -> Option<Mention> {
    let opening = Opening {
        sentence_initial: sentence_initial && run.words.first().is_some_and(|w| w.0 == run.start),
        lowercase_first,
    };
    let affiliation = drop_affiliation(sentence, &mut run.words);
    let (title_count, titled) = count_titles(sentence, &run.words);
    let (title_words, name_words) = run.words.split_at(title_count);
    if !names_something(sentence, title_words, name_words) {
        return None;
    }
    let mut words = name_words_of(sentence, name_words, opening.lowercase_first && title_words.is_empty());
    // "Orlando-based", "Los Angeles-based": the name is the part before the hyphen, and
    // "-based" says it is where something is.
    let mut based_there = false;
    if let Some(word) = words.last_mut()
        && let Some(stem) = super::shapes::modifier_stem(&word.text)
    {
        based_there = word.text[stem.len()..].eq_ignore_ascii_case("-based");
        let stem = stem.to_string();
        word.span.end = word.span.start + stem.len();
        word.set_text(stem);
    }
    let name_end = sentence.span_of(name_words.last()?).end;
    let (possessive, mention_end) = strip_possessive(sentence, &mut words, name_end, run.end);
    let name = ByteSpan::new(words.first()?.span.start, words.last()?.span.end);
    let start = title_words.first().map_or(name.start, |w| sentence.span_of(w).start);
    let first_index = title_words.first().or(name_words.first()).map_or(run.start, |w| w.0);
    let after_determiner = matches!(
        lowercase(sentence.word_before(first_index, 1)).as_ref(),
        "the" | "both" | "two" | "three" | "all" | "young" | "elder"
    );
    // "Secretary of State Ana Ruiz": a title that runs on through "of" starts at its head.
    let title_start = match first_index.checked_sub(2) {
        Some(head)
            if !title_words.is_empty()
                && lowercase(sentence.word_before(first_index, 1)) == "of"
                && vocab::is_person_title_head(sentence.word_at(head)) =>
        {
            sentence.tokens[head].span.start
        }
        _ => start,
    };
    let title = title_words
        .last()
        .map(|last| ByteSpan::new(title_start, sentence.span_of(last).end).slice(sentence.text).to_string());

    let known_place = is_known_place(&words, opening.sentence_initial);
    let lone_opening_word = opening.sentence_initial && name_words.len() == 1 && title_words.is_empty();
    let near_known = lone_opening_word && !known_place && near_known_name(&words, possessive);
    let title_case = title_case_run(&words);
    let mut mention = Mention {
        span: ByteSpan::new(start, mention_end),
        name,
        title,
        words,
        possessive,
        after_determiner,
        weak: sentence.headline || (lone_opening_word && !known_place && !near_known) || title_case,
        paragraph: sentence.paragraph,
        evidence: Evidence::default(),
        descriptors: Vec::new(),
        acronym: None,
        member: MemberId::new(0),
        link: Join::Same,
        reading: 0,
    };
    gather_evidence(&mut mention, sentence, first_index, run.end, titled);
    if based_there {
        mention.evidence.place += 2;
    }
    if let Some(affiliation) = affiliation {
        mention.evidence.person += 1;
        mention.descriptors.push(affiliation);
    }
    if mention.span.end <= sentence.label_end {
        mention.evidence = Evidence { person: 3, ..Evidence::default() };
    }
    if mention.span.end <= sentence.dateline_end {
        // "WASHINGTON (UPI) —": the agency in the dateline's parentheses filed the story.
        let in_parentheses =
            sentence.tokens.get(first_index.wrapping_sub(1)).is_some_and(|t| t.is_punct(sentence.text, '('));
        if in_parentheses {
            mention.evidence.organisation += 2;
        } else {
            // "ASHFORD, Ore. —": one word opening the copy, in capitals, is still the place.
            mention.evidence.place += 2;
            mention.weak = sentence.headline;
        }
    }
    if known_place {
        mention.evidence.gazetteer += 1;
    }
    // "Corvantis, a Denver law firm, filed": a sentence's first word that its appositive
    // describes as a business names one. (A state after the comma is left alone: a
    // letter's signature line, "Henderson, Nev.", reads the same as a surname's.)
    if mention.evidence.body > 0 && lone_opening_word && !sentence.headline && !title_case {
        mention.weak = false;
    }
    // "Thompson, the city's longest-serving council member, has not…": so does a role.
    if mention.descriptors.iter().any(|d| holds_role(d))
        && mention.evidence.person > 0
        && lone_opening_word
        && !sentence.headline
        && !title_case
        && !crate::dictionary::is_common_word(&mention.core_text())
    {
        mention.weak = false;
    }
    if fragment_of_a_longer_name(sentence, &mention, first_index, run.end)
        || (common_word_alone(&mention) && !acronym_follows(sentence, run.end))
    {
        mention.weak = true;
    }
    mention.reading = super::recluster::reading_as_read(&mention, sentence.text);
    Some(mention)
}

/// "the Joint Chiefs of Staff", "a Freedom of Information request", "the Medal of Honor",
/// "CBS’ Face the Nation": a lone capitalised word that "of" or "the" ties to a
/// capitalised word beside it (before "of", after an article), with nothing in the draft saying what it names, is a
/// fragment of a longer name the connector rules leave apart ("of" joins a body's name
/// only after one word ending on a body's word): alone it names no one, so it may join a
/// member but founds none. A word the reference data knows ("Bishop of Ohio": a place)
/// keeps its mention.
fn fragment_of_a_longer_name(sentence: &SentenceContext, mention: &Mention, first_index: usize, after: usize) -> bool {
    let [word] = mention.words.as_slice() else { return false };
    let Evidence { person, organisation, place, speaker, gazetteer, quoted, body, region } = mention.evidence;
    let shaped = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.clone().next().is_some() && chars.all(char::is_lowercase)
    };
    // The capitalised word on the other side of the connector, neither a title ("Governor
    // of Ohio" names a place's governor) nor a sentence's opening function word ("In the").
    let names_beside = |w: &str| {
        shaped(w) && !vocab::is_title_word(w) && !vocab::is_person_title_head(w) && !vocab::is_sentence_opener(w)
    };
    if mention.title.is_some()
        || mention.possessive
        || person + organisation + place + speaker + gazetteer + quoted + body + region > 0
        || !shaped(&word.text)
        || known_beyond_a_rare_given_name(&word.text)
    {
        return false;
    }
    let before = |back: usize| sentence.word_before(first_index, back);
    let after_connector = match before(1) {
        "of" => names_beside(before(2)),
        "the" if before(2) == "of" => names_beside(before(3)),
        "the" => names_beside(before(2)),
        _ => false,
    };
    // Before "of", only after an article ("the Medal of Honor", "a Freedom of Information
    // request"): "Okafor of Acme" is someone of somewhere.
    let before_of = matches!(before(1), "the" | "a" | "an" | "The" | "A" | "An")
        && sentence.word_at(after) == "of"
        && match sentence.word_at(after + 1) {
            "the" => names_beside(sentence.word_at(after + 2)),
            // "Okafor of Ohio": a place after "of" says where someone or something is from.
            next => names_beside(next) && known::place(next).is_none(),
        };
    after_connector || before_of
}

/// "a Friends reunion", "the Latest on the race", "under Section 8": one capitalised word
/// that is a common word of the dictionary (no name the dictionary lists too, as "Bush" or
/// "Buffalo"), with no title and nothing in the copy saying what it names (no speech verb,
/// no place preposition, no body's word, no quotation marks) and unknown to the reference
/// data: a headline's or a title's capital, a fragment of a longer name. It may join a
/// member the draft names otherwise, but founds none.
fn common_word_alone(mention: &Mention) -> bool {
    let [word] = mention.words.as_slice() else { return false };
    let Evidence { person, organisation, place, speaker, gazetteer, quoted, body, region } = mention.evidence;
    mention.title.is_none()
        && person + organisation + place + speaker + gazetteer + quoted + body + region == 0
        && (crate::dictionary::is_common_word(&word.text) || derived_from_a_name(&word.text))
        && !known_beyond_a_rare_given_name(&word.text)
        && !crate::analysis::name_words::is_group_word(&word.text)
}

/// "Oceanography: Research and Education (C-MORE) said": an acronym in parentheses after
/// the words says they are a name, whatever they are made of.
fn acronym_follows(sentence: &SentenceContext, after: usize) -> bool {
    let tokens = sentence.tokens;
    if !tokens.get(after).is_some_and(|t| t.is_punct(sentence.text, '(')) {
        return false;
    }
    // The acronym may be hyphenated ("C-MORE"): a few tokens up to the closing parenthesis.
    let Some(close) = (after + 2..(after + 6).min(tokens.len())).find(|&i| tokens[i].is_punct(sentence.text, ')'))
    else {
        return false;
    };
    let inside = ByteSpan::new(tokens[after].span.end, tokens[close].span.start).slice(sentence.text);
    is_acronym(&inside.trim().replace('-', ""))
}

/// "Trumpian", "Reaganesque", "Keynesian": an adjective made of a name the dictionary
/// lists ("Trump", "Reagan", "Keynes") and "-ian" or "-esque", which describes and names
/// no one. (A people's or a faith's word, "Christian", is a group's; a given name is the
/// reference data's; a word the dictionary lists itself, "Smithsonian", may name a body.)
fn derived_from_a_name(word: &str) -> bool {
    let stem = word.strip_suffix("esque").or_else(|| word.strip_suffix("ian"));
    stem.is_some_and(|stem| stem.chars().count() >= 4 && crate::dictionary::is_listed_name(stem))
        && !crate::dictionary::is_listed_name(word)
}

/// A word the reference data knows as a place, a people, an organisation or a region, or
/// as a common given name (20,000 US births or more): the given-name table also holds rare
/// names that are ordinary words ("Freedom", "Honor").
fn known_beyond_a_rare_given_name(word: &str) -> bool {
    known::place(word).is_some()
        || known::is_demonym(word)
        || known::organisation(word)
        || vocab::is_region(word)
        || vocab::is_people_of_a_place(word)
        || known::given_name(word).is_some_and(|name| name.births >= 20_000)
}

/// "Mayor Says Harbor Plan Was Worth The Wait": a capitalised function word after the first
/// word makes the run a title-case headline's (a liveblog's entry, a title), whose
/// capitals say nothing about names.
fn title_case_run(words: &[NameWord]) -> bool {
    words.iter().skip(1).any(|w| vocab::is_title_case_function_word(&w.text))
}

/// The first word of a sentence is capitalised whatever it is: drops it from the run when
/// it is a word the draft also writes in lowercase, or a function word.
fn drop_sentence_capital(sentence: &SentenceContext, run_start: usize, run: &mut Vec<(usize, bool)>) -> Opening {
    let tokens = sentence.tokens;
    let first_word_of_sentence = tokens.iter().position(|t| t.is_word()).unwrap_or(0);
    let after_colon_or_quote = run_start > 0
        && tokens[run_start - 1].kind == crate::text::TokenKind::Punct
        && match sentence.token_text(run_start - 1) {
            ":" | "\"" | "“" | "‘" => true,
            // Two apostrophes or one as an opening quotation mark (''Like this''), not the
            // mark of a plural possessive ("Fishmongers' Hall"): the first of the marks
            // opens the text or follows a space.
            "'" | "''" => {
                let first_mark = (0..run_start)
                    .rev()
                    .take_while(|&i| {
                        sentence.token_text(i) == "'" && (i + 1 == run_start || !tokens[i + 1].space_before)
                    })
                    .last()
                    .unwrap_or(run_start - 1);
                first_mark == 0 || tokens[first_mark].space_before
            }
            // `<tweet author="…">Word`: the end of a markup tag opens the text inside it.
            ">" => true,
            _ => false,
        };
    // After a dateline or a label, or at the start of a line ("...Jill Stein;\nSome
    // supporters..."): the word opens the copy.
    let after_opening = (sentence.prose_start > 0 && tokens[run_start].span.start == sentence.prose_start)
        || tokens[run_start].newline_before;
    let sentence_initial = run_start == first_word_of_sentence || after_colon_or_quote || after_opening;
    let mut lowercase_first = false;
    if sentence_initial && let Some(&(first, _)) = run.first() {
        let word = sentence.token_text(first);
        let lowercase_words = sentence.lowercase_words;
        // "Van der Berg said", "De Blasio said": a particle the draft writes in lowercase
        // mid-sentence opens the name; it is matched in lowercase.
        let particle_opens_name = vocab::is_particle(word) && run.len() >= 2 && lowercase_words.contains(word);
        if particle_opens_name {
            lowercase_first = true;
        } else if (vocab::is_sentence_opener(word)
            || contraction_stem(word).is_some_and(vocab::is_sentence_opener)
            || lowercase_words.contains(word)
            // (A title in quotation marks keeps its first word: "''Strangers No More''".)
            || (!after_colon_or_quote && describes_the_person_after(sentence, run, word)))
            && !known_whole(sentence, run)
            && !month_speaks(tokens, sentence.text, first)
            // "PORT CALLOW —", "NEW HAVEN, Conn. —": a dateline is a place name whole.
            && tokens[first].span.end > sentence.dateline_end
            // "Port Callow's largest customer", though the draft writes "the port".
            && !(vocab::is_place_prefix(word)
                && run.get(1).is_some_and(|&(next, _)| !lowercase_words.contains(sentence.token_text(next))))
        {
            run.remove(0);
            // "Freedom of Information Act" opening a sentence whose "freedom" the draft
            // writes in lowercase: the name starts after the connector.
            while run.first().is_some_and(|&(i, _)| matches!(sentence.token_text(i), "of" | "for" | "&")) {
                run.remove(0);
            }
        }
    }
    Opening { sentence_initial, lowercase_first }
}

/// "New Hampshire", "United Nations": a run of two words or more that the reference data
/// knows whole keeps its first word at a sentence start, whatever the draft writes in
/// lowercase.
fn known_whole(sentence: &SentenceContext, run: &[(usize, bool)]) -> bool {
    if run.len() < 2 {
        return false;
    }
    let name = run.iter().map(|&(i, _)| sentence.token_text(i)).collect::<Vec<_>>().join(" ");
    let name = ["’s", "'s"].iter().find_map(|ending| name.strip_suffix(ending)).unwrap_or(&name);
    known::place(name).is_some() || vocab::is_region(name) || known::organisation(name)
}

/// "Substitute Tomasz Zielinski scored", "Veteran Ana Ruiz said": a common word opening the
/// sentence before a given name and a surname describes the person; it is no part of the
/// name (a given name or a name the reference data knows is kept: "Chad", "Jordan").
fn describes_the_person_after(sentence: &SentenceContext, run: &[(usize, bool)], word: &str) -> bool {
    // (A title stays: "Sen. Ana Ruiz", "Judge Ana Ruiz"; so does an abbreviation.)
    run.len() >= 3
        && !run[0].1
        && !vocab::is_title_word(word)
        && crate::dictionary::is_common_word(word)
        && !is_given_name(word)
        && !super::reference_slips::is_known_name(word)
        && {
            // (A place that is also a given name, "Make America Great Again", or a common
            // word, "Pimp My Chopper", is no person's name.)
            let next = sentence.token_text(run[1].0);
            let given =
                is_given_name(next) || (known::given_name(next).is_some() && !crate::dictionary::is_common_word(next));
            // ("Substitute Tomasz Zielinski": a given name the reference data lacks, then
            // a surname, neither a word nor a name of a place or a body.)
            let unlisted = |w: &str| {
                !crate::dictionary::is_common_word(w)
                    && !super::reference_slips::is_known_name(w)
                    && !vocab::is_organisation_word(w)
                    && !vocab::is_place_word(w)
            };
            let person_shaped = run.len() == 3 && run[1..].iter().all(|&(i, _)| unlisted(sentence.token_text(i)));
            (given || person_shaped) && known::place(next).is_none() && !vocab::is_region(next)
        }
}

/// "That’s", "We’re", "It’ll": the word before a contraction's apostrophe.
fn contraction_stem(word: &str) -> Option<&str> {
    let (stem, ending) = word.split_once(is_apostrophe)?;
    matches!(ending, "s" | "re" | "ll" | "ve" | "d" | "m").then_some(stem)
}

/// "Republican President Trump", "Following Judge Marrero", "Indiana Gov. Mike Pence": a
/// word before a title is an affiliation, a place or the sentence's opening, not part of
/// the name. Returns the word dropped.
fn drop_word_before_title(sentence: &SentenceContext, run: &mut Vec<(usize, bool)>) -> Option<(usize, bool)> {
    (run.len() >= 3
        && !vocab::is_title_word(sentence.token_text(run[0].0))
        && vocab::is_person_title_head(sentence.token_text(run[1].0))
        && !vocab::is_organisation_word(sentence.token_text(run[run.len() - 1].0)))
    .then(|| run.remove(0))
}

/// "Democrat Hillary Clinton", "Republican Mike Pence": a party word before a given name
/// and a surname is the person's affiliation, not part of their name. Returns it.
fn drop_affiliation(sentence: &SentenceContext, run: &mut Vec<(usize, bool)>) -> Option<String> {
    if run.len() < 3 || !vocab::is_affiliation_word(sentence.token_text(run[0].0)) {
        return None;
    }
    let second = sentence.token_text(run[1].0);
    let last = sentence.token_text(run[run.len() - 1].0);
    let names_a_person = !vocab::is_organisation_word(last)
        && !vocab::is_place_word(last)
        && !vocab::is_title_word(second)
        && !vocab::is_group_word(second)
        && (is_given_name(second) || !sentence.lowercase_words.contains(second));
    names_a_person.then(|| sentence.token_text(run.remove(0).0).to_string())
}

/// How many words open the run as a title ("President", "Gov.", "Prime Minister", or a role
/// or body before a person's name), and whether they say a person is named.
fn count_titles(sentence: &SentenceContext, run: &[(usize, bool)]) -> (usize, bool) {
    let mut title_count = 0;
    while title_count + 1 < run.len() && vocab::is_title_word(sentence.token_text(run[title_count].0)) {
        title_count += 1;
    }
    let has_title_head = run[..title_count].iter().any(|&(i, _)| vocab::is_person_title_head(sentence.token_text(i)));
    let last_word = run.last().map_or("", |&(i, _)| sentence.token_text(i));
    let name_is_institution = vocab::is_organisation_word(last_word) || vocab::is_place_word(last_word);
    if !has_title_head || name_is_institution {
        title_count = 0;
    }
    let role_run = title_count == 0 && role_run_before_person(sentence.tokens, sentence.text, run);
    if role_run {
        title_count = run.len() - 2;
    }
    if title_count == 0
        && let Some(department) = department_after_title(sentence, run)
    {
        return (department, true);
    }
    (title_count, role_run || (has_title_head && title_count > 0))
}

/// "Secretary of State Mara T. Quist", "Minister of Defence Ana Ruiz": after a title and
/// "of", the words before the first given name are the title's department, not the name.
fn department_after_title(sentence: &SentenceContext, run: &[(usize, bool)]) -> Option<usize> {
    let &(first, _) = run.first()?;
    let after_title_of = lowercase(sentence.word_before(first, 1)) == "of"
        && vocab::is_person_title_head(sentence.word_before(first, 2));
    if !after_title_of {
        return None;
    }
    let given = run.iter().position(|&(i, _)| is_given_name(sentence.token_text(i)))?;
    (given >= 1 && given + 1 < run.len()).then_some(given)
}

/// Whether the words after the titles name something: not "The" alone ("PORT ELM, Maine —
/// The mayor ..."), a demonym ("the Norwegian group") or a lone title or role word, which
/// refers to someone without naming them ("the President said").
fn names_something(sentence: &SentenceContext, title_words: &[(usize, bool)], name_words: &[(usize, bool)]) -> bool {
    match name_words {
        [] => false,
        [(only, _)] if title_words.is_empty() => {
            let word = sentence.token_text(*only);
            let word = super::shapes::modifier_stem(word).unwrap_or(word);
            // A lone function word is a sentence the segmenter did not see open ("He was.
            // We had", "GOP—We’re"), not a name.
            // ("May said": the modal never speaks; the name does.)
            let function_word = vocab::is_sentence_opener(contraction_stem(word).unwrap_or(word))
                && !is_acronym(word)
                && !month_speaks(sentence.tokens, sentence.text, *only);
            // "PACs", "CEOs": the plural of an acronym is a common noun.
            let plural_acronym = word.strip_suffix('s').is_some_and(|stem| stem.len() >= 2 && is_acronym(stem));
            // "Â": a lone letter that is no initial is a stray character of a bad encoding.
            let lone_letter = word.chars().count() == 1;
            // "the Internet", "the Web": the network is no one in the story.
            let network = matches!(word, "Internet" | "Web");
            // "Veteran's Day", "New Year's Eve", "on Day 1": a holiday's or a count's word
            // split from the possessive or the number that makes it a name.
            let span_of_time = matches!(word, "Day" | "Eve" | "Night" | "Week" | "Month" | "Year")
                && (["'s", "’s", "s'", "s’"].iter().any(|end| sentence.word_before(*only, 1).ends_with(end))
                    || sentence.tokens.get(*only + 1).is_some_and(|t| t.kind == crate::text::TokenKind::Number));
            !function_word
                && !span_of_time
                && !plural_acronym
                && !lone_letter
                && !network
                && !known::is_demonym(word)
                && !vocab::is_person_title_head(word)
        }
        // "Vice President", "Florida Senator", "Turkish President": a title after a place,
        // a people, a party or another title refers to someone without naming them.
        [before @ .., (last, _)] if title_words.is_empty() => {
            let word = |index: usize| sentence.token_text(index);
            let qualifier = |w: &str| {
                vocab::is_title_word(w)
                    || vocab::is_group_word(w)
                    || known::place(w).is_some()
                    || reference::us_state_of_abbreviation(w).is_some()
            };
            // "the Alabama Republican", "a Texas Democrat": so is a party's member.
            let describes = vocab::is_person_title_head(word(*last))
                || (vocab::is_affiliation_word(word(*last))
                    && !word(*last).ends_with('s')
                    && !vocab::is_organisation_word(word(*last)));
            // "all times Eastern Standard Time": a time zone names no one.
            let time_zone = word(*last) == "Time"
                && before.last().is_some_and(|&(i, _)| matches!(word(i), "Standard" | "Daylight" | "Summer"));
            let describes_someone = describes && before.iter().all(|&(i, _)| qualifier(word(i)));
            !(describes_someone || time_zone || modifies_a_noun(sentence, name_words))
        }
        _ => true,
    }
}

/// "Presumptive Democratic presidential nominee", "U.S. Republican candidate", "the
/// Republican Presidential hopeful": a party's or a people's adjective with common words
/// (and at most a country's abbreviation) before a lowercase noun describes that noun and
/// names nothing. The last word is an adjective ("Democratic", "Republican",
/// "Presidential"), so "Islamic State militants", "the British Medical Journal found",
/// "the Czech Republic to NATO" and "a Blue Dog Democrat caucus" keep their names, and a
/// people alone ("African American voters") stays a group.
fn modifies_a_noun(sentence: &SentenceContext, name_words: &[(usize, bool)]) -> bool {
    let [.., (last, period)] = name_words else { return false };
    let word = |index: usize| sentence.token_text(index);
    let common = |w: &str| crate::dictionary::is_common_word(w);
    let people = |w: &str| vocab::is_group_word(w) && !w.ends_with('s');
    // A people's adjective by its ending; a common word by an adjective's ending and the
    // adverb the dictionary makes of it ("Presidential": "presidentially"; not "Journal",
    // "Republic" or "State").
    let adjective = |w: &str| {
        let lower = w.to_lowercase();
        let adverb = |form: String| crate::dictionary::is_listed_word(None, &form);
        (people(w) && ["ic", "an", "ese", "ish"].iter().any(|e| w.ends_with(e)))
            || (common(w)
                && ["al", "ic", "ive", "ous", "ent", "ant"].iter().any(|e| lower.ends_with(e))
                && (adverb(format!("{lower}ly")) || adverb(format!("{lower}ally"))))
    };
    let country = |w: &str| vocab::is_place_acronym(w);
    let modifier = |w: &str| people(w) || common(w) || country(w);
    let words = || name_words.iter().map(|&(i, _)| word(i));
    let next = sentence.word_at(last + 1 + usize::from(*period));
    adjective(word(*last))
        && words().all(modifier)
        && words().any(people)
        && !words().all(people)
        && next.starts_with(|c: char| c.is_lowercase())
}

/// The name words as written; a particle that opens the sentence is matched in lowercase.
fn name_words_of(sentence: &SentenceContext, name_words: &[(usize, bool)], lowercase_first: bool) -> Vec<NameWord> {
    let mut words: Vec<NameWord> = name_words
        .iter()
        .map(|w| {
            let span = sentence.span_of(w);
            NameWord::new(span, span.slice(sentence.text))
        })
        .collect();
    if lowercase_first && let Some(first) = words.first_mut() {
        first.set_text(first.text.to_lowercase());
    }
    words
}

/// Drops a possessive ending from the last name word ("Biden’s"). Returns whether the name
/// is possessive, and where the mention ends: after the mark of a plural-looking possessive
/// ("Bidens’"), a token of its own, else at `name_end`.
fn strip_possessive(sentence: &SentenceContext, words: &mut [NameWord], name_end: usize, end: usize) -> (bool, usize) {
    let Some(last) = words.last_mut() else { return (false, name_end) };
    for ending in ["’s", "'s", "ʼs"] {
        if let Some(stem) = last.text.strip_suffix(ending) {
            last.set_text(stem.to_string());
            last.span.end -= ending.len();
            return (true, name_end);
        }
    }
    let tokens = sentence.tokens;
    if last.text.ends_with('s')
        && tokens.get(end).is_some_and(|t| !t.space_before && t.text(sentence.text).starts_with(is_apostrophe))
    {
        return (true, tokens[end].span.end);
    }
    (false, name_end)
}

/// Whether the run is a role or body ahead of a person's given name and surname ("Senate
/// Majority Whip Ruth Calloway", "Budget Committee Member Ezra Whitfield", "Actress Nadia
/// Brennan"): the words before a common given name hold a title, role or organisation word,
/// and none of them is itself a given name, so the last two words are the person.
fn role_run_before_person(tokens: &[Token], text: &str, run: &[(usize, bool)]) -> bool {
    let [prefix @ .., (given, _), (surname, _)] = run else { return false };
    let word = |index: usize| tokens[index].text(text);
    let (given, surname) = (word(*given), word(*surname));
    let surname_is_a_name =
        !vocab::is_organisation_word(surname) && !vocab::is_place_word(surname) && !vocab::is_title_word(surname);
    let role_word =
        |w: &str| vocab::is_title_word(w) || vocab::is_organisation_word(w) || vocab::is_role(&lowercase(w));
    !prefix.is_empty()
        && is_given_name(given)
        && surname_is_a_name
        && !prefix.iter().any(|&(i, _)| is_given_name(word(i)))
        && prefix.iter().any(|&(i, _)| role_word(word(i)))
}

/// What the words and the surroundings say the mention names, and its descriptors.
fn gather_evidence(mention: &mut Mention, sentence: &SentenceContext, first_index: usize, end: usize, titled: bool) {
    let mut evidence = name_evidence(mention, titled);
    // "the Center for Strategic and International Studies", "the Committee for a Sound
    // Budget": the rest of a body's name the connector left apart is the body's; not a
    // person's name after "and" ("the University of Miami and Chris Fallows").
    let name = mention.core_text();
    if !titled
        && evidence.person + evidence.place == 0
        && !mention.words.first().is_some_and(|w| is_given_name(&w.text))
        && body_before_connector(sentence, first_index)
        && known::place(&name).is_none()
        && !vocab::is_region(&name)
    {
        evidence.organisation += 2;
    }
    let tokens = sentence.tokens;
    // The mark after the possessive: "Bidens’" ends one token later.
    let mark_follows =
        mention.possessive && tokens.get(end).is_some_and(|t| t.text(sentence.text).starts_with(is_apostrophe));
    let after = if mark_follows { end + 1 } else { end };
    // "the Obama administration", "a Reagan presidency": a president's or a governor's
    // surname before their administration names the person, whatever town the gazetteer
    // knows by it (never a country's or a state's name: "the Kenya administration").
    if !mention.possessive
        && mention.words.len() <= 2
        && matches!(lowercase(sentence.word_at(after)).as_ref(), "administration" | "presidency")
        && !known::is_country_or_region(&name)
        && evidence.organisation + evidence.place == 0
    {
        evidence.person += 1;
    }
    // "Okafor, who chairs the board": a relative "who" speaks of a person.
    // Not a place's ("Senator Ana Ruiz of Texas, who"): never after a preposition, never
    // the gazetteer's.
    let who_after = tokens.get(after).is_some_and(|t| t.is_punct(sentence.text, ','))
        && sentence.word_at(after + 1) == "who"
        && !matches!(sentence.word_before(first_index, 1), "of" | "from")
        && !vocab::is_place_preposition(sentence.word_before(first_index, 1))
        && known::place(&mention.core_text()).is_none();
    if who_after && evidence.organisation + evidence.place == 0 {
        evidence.person += 1;
    }
    // "China Daily reported", "USA Today asked": a name that opens with a country's is a
    // body of that country, not a person.
    let of_a_country = opens_with_a_country(mention);
    if vocab::is_speech_verb(sentence.word_at(after)) && evidence.organisation == 0 {
        // "the Daily Beast reported": a well-known body speaks as a body.
        if of_a_country {
            evidence.speaker += 1;
            evidence.organisation += 1;
        } else if mention.words.len() >= 2 && !known_body_with_article(mention) {
            if mention.could_be_a_persons_name() {
                evidence.person += 1;
            } else {
                // "Judicial Watch reported": common words no one is named by make a
                // body's name, and a body speaks as a body.
                evidence.speaker += 1;
                evidence.organisation += 1;
            }
        } else {
            evidence.speaker += 1;
        }
    }
    if !titled && in_quoted_title(sentence, first_index, after) && !mention.words.iter().any(|w| is_given_name(&w.text))
    {
        evidence.quoted += 1;
    }
    // Only worth asking when nothing else in the draft has spoken.
    if evidence.person + evidence.organisation + evidence.place == 0 {
        reference_evidence(mention, &mut evidence, titled);
    }
    // "Kestrel Brokerage founder Ana Ruiz", "an editor for the Harbor Ledger": what a
    // business is to the people it employs says the name is one.
    let placed = known::place(&name).is_some() || vocab::is_region(&name);
    if !titled && !placed && (founded_body(sentence, after) || employs_the_role_before(sentence, first_index)) {
        evidence.organisation += 1;
    }
    // ("a group Tom Baird won": a person's name after the noun opens a relative clause.)
    let given_first = mention.words.first().is_some_and(|w| known::given_name(&w.text).is_some());
    let body_weight = if titled { 0 } else { described_as_a_body(sentence, first_index, after, !given_first) };
    let body = body_weight > 0;
    // A title in quotation marks has a person's shape by chance ("“Morning Roundtable”"),
    // and so has a body the copy describes as one ("a hacking group known as Cozy Wolf").
    if evidence.person + evidence.organisation + evidence.place + evidence.quoted == 0
        && !of_a_country
        && !body
        && shaped_like_a_persons_name(mention, sentence)
    {
        evidence.person += 1;
    }
    // "Apple Music", "Google Trends": a well-known company's name opening a longer one
    // names its product, service or unit, for which the company speaks.
    // (Not before a person's name: "Google engineer Ana Ruiz".)
    if evidence.person + evidence.organisation + evidence.place == 0
        && (2..=3).contains(&mention.words.len())
        && !titled
        && known::organisation(&mention.words[0].text)
        && mention.words.iter().all(|w| known::given_name(&w.text).is_none())
    {
        evidence.organisation += 1;
    }
    // "responding to Sanders’ description": before a possessive, the preposition governs
    // what the name owns, and says nothing of the name.
    // "sings to Hillary Clinton": a preposition says nothing of a name that opens with a
    // given name either.
    let given_first = mention.words.len() >= 2
        && is_given_name(&mention.words[0].text)
        && mention.words.last().is_some_and(|w| known::place(&w.text).is_none() && !vocab::is_region(&w.text));
    if !mention.possessive && !given_first {
        let lone_plural = mention.words.len() == 1 && mention.words[0].text.ends_with('s');
        evidence.place += place_evidence_before(sentence, first_index, titled, lone_plural);
    }
    // "the Southern District of Ohio": a federal court's district, named for the court and
    // its prosecutors, not a region.
    if let [compass, district] = mention.words.as_slice()
        && &*district.text == "District"
        && vocab::is_compass_word(&compass.text)
        // The adjective forms only ("Northern", "Middle"): "the North District of Manila"
        // is a place.
        && compass.text.len() > 5
        && sentence.word_at(after) == "of"
    {
        evidence.place = 0;
        evidence.organisation += 2;
    }
    if !titled {
        evidence.body += body_weight;
        evidence.region += u32::from(described_as_a_region(sentence, first_index, after));
    }
    // "his Chinese counterpart Xi Jinping": a role right before the name.
    if !titled && let Some(role) = role_before(sentence, first_index) {
        evidence.person += 2;
        mention.descriptors.push(role);
    }
    // "The mayor of Tampa, Fla.,": a lone place word after a comma is the place's state,
    // not the person the phrase describes.
    let lone_place = mention.words.len() == 1 && evidence.place >= 2;
    if !lone_place && let Some(phrase) = role_phrase_before_comma(sentence, first_index) {
        evidence.person += 2;
        mention.descriptors.push(phrase);
    }
    // "John Thornton, chairman of Barrick Gold Corp. and ...,": an appositive after.
    // An organisation's appositive is kept too; a role in it says nothing against the
    // organisation evidence of the name itself.
    // (One word too when it is no common word and the appositive opens on an article or
    // an owner: "Thompson, the city's longest-serving council member,".)
    let one_word_described = mention.words.len() == 1
        && !crate::dictionary::is_common_word(&name)
        && known::place(&name).is_none()
        && tokens.get(after + 1).is_some_and(|t| {
            matches!(t.text(sentence.text), "the" | "a" | "an" | "The" | "A" | "An" | "its" | "his" | "her" | "their")
        });
    if (mention.words.len() >= 2 || one_word_described)
        && tokens.get(after).is_some_and(|t| t.is_punct(sentence.text, ','))
        && let Some(descriptor) = appositive(tokens, sentence.text, after + 1)
    {
        // "in Cedar Rapids, the senator told reporters": a known place after a place's
        // preposition is where the sentence happens, not the senator.
        let placed = vocab::is_place_preposition(sentence.word_before(first_index, 1)) && known::place(&name).is_some();
        // (For one word, the appositive's head must be the role: "Harbourfund, the most of
        // any candidate" is no candidate.)
        let head_is_role = || {
            let head = descriptor.split([' ', ',']).take_while(|w| !matches!(*w, "of" | "at" | "for" | "in" | "on"));
            head.last().is_some_and(|w| vocab::is_role(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
        };
        if holds_role(&descriptor) && !placed && (mention.words.len() >= 2 || head_is_role()) {
            evidence.person += 2;
        }
        mention.descriptors.push(descriptor);
    }
    // "coal-rich West Virginia", "in New York, the senator said", "the chief U.S.
    // negotiator": a country's, a state's or a region's name is nobody's, whatever role
    // stands near it; but "Jordan" and "Georgia" are also common given names.
    let nobodys_name = known::is_country_or_region(&name)
        && (mention.words.len() >= 2 || known::given_name(&name).is_none_or(|given| given.births < 2_000));
    if !titled && nobodys_name {
        evidence.person = 0;
        evidence.place = evidence.place.max(1);
    }
    mention.evidence = evidence;
}

/// "the law firm Corvantis", "the firm of Corvantis", "Skyvale, a regional airline,",
/// "Skyvale, the Canadian mining company", "a hacking group known as Cozy Wolf", "a company
/// called Skyvale", "the Skyvale cargo division": a business's or an outlet's common noun
/// right before the name (or before "of", "called", "named" or "known as" and the name;
/// only when `noun_before`, the name not opening on a given name), heading the noun phrase
/// after its comma, or a part of a business right after the name. How much that weighs
/// (0 for nothing): what the copy calls the name ("the analytics firm Sensor Tower", "a
/// company called Skyvale") weighs as much as a place's word the name ends on; a body
/// "of" the name, or a part after it, less.
fn described_as_a_body(sentence: &SentenceContext, first_index: usize, after: usize, noun_before: bool) -> u32 {
    let word = |back: usize| sentence.word_before(first_index, back);
    let noun_back = match word(1) {
        // ("a group of", "a network of": a number of things, not a body's name.)
        "of" if !matches!(word(2), "group" | "network") => 2,
        "called" | "named" => 2,
        "as" if word(2) == "known" => 3,
        _ => 1,
    };
    // ("a group Tom Baird won": "group" after a bare article counts a number of people.)
    let counted = word(noun_back) == "group" && matches!(word(noun_back + 1), "a" | "an" | "the" | "one");
    // ("the venture firms Kleiner Perkins and Accel": the plural before a list.)
    let body_noun = |noun: &str| vocab::is_body_noun(noun) || noun.strip_suffix('s').is_some_and(vocab::is_body_noun);
    if noun_before && !counted && body_noun(word(noun_back)) {
        return if word(1) == "of" { 1 } else { 2 };
    }
    // ("the Clinton campaign", "the Smith family": not the nouns a person's name goes with.)
    let part = |word: &str| matches!(word, "division" | "subsidiary" | "unit" | "bureau");
    let next = sentence.word_at(after);
    if part(next) || (next.starts_with(char::is_lowercase) && part(sentence.word_at(after + 1))) {
        return 1;
    }
    u32::from(head_of_phrase_after_comma(sentence, after).is_some_and(vocab::is_body_noun))
}

/// "Kestrel Brokerage founder Ana Ruiz", "Skyvale co-founder Tom Baird": a founder after the
/// name and before a person's: the name is the business founded (a person's name is
/// followed by an aide or a spokesman, never a founder).
fn founded_body(sentence: &SentenceContext, after: usize) -> bool {
    matches!(sentence.word_at(after), "founder" | "co-founder" | "cofounder")
        && sentence.word_at(after + 1).starts_with(char::is_uppercase)
}

/// "an editor for the Harbor Ledger", "a partner at Marlow Lane", "a senior fellow at the
/// Dunmore": a role someone holds in a business or an outlet, then "at", "for" or "with"
/// (and an article) right before the name. Not the roles held for a person ("a spokesman
/// for", "a lawyer for", "an aide to").
fn employs_the_role_before(sentence: &SentenceContext, first_index: usize) -> bool {
    let word = |back: usize| sentence.word_before(first_index, back);
    let back = if matches!(word(1), "the" | "a") { 2 } else { 1 };
    matches!(word(back), "at" | "for" | "with")
        && matches!(
            word(back + 1),
            "editor"
                | "editors"
                | "reporter"
                | "reporters"
                | "columnist"
                | "correspondent"
                | "journalist"
                | "analyst"
                | "economist"
                | "researcher"
                | "fellow"
                | "partner"
                | "executive"
                | "executives"
                | "employee"
                | "employees"
        )
}

/// "the Dorvan region", "the Sael archipelago", "the island of Sael", "Brantford, Ohio,",
/// "Brantford, Ky.": a region's common noun right after the name (a lowercase modifier
/// between: "the Sael tourist district") or before "of" and it, or a US state after its
/// comma.
fn described_as_a_region(sentence: &SentenceContext, first_index: usize, after: usize) -> bool {
    let before_of = sentence.word_before(first_index, 1) == "of"
        && vocab::is_region_noun(sentence.word_before(first_index, 2))
        && sentence.word_before(first_index, 3).starts_with(char::is_lowercase);
    let noun_after = vocab::is_region_noun(sentence.word_at(after))
        || (sentence.word_at(after).starts_with(char::is_lowercase)
            && vocab::is_region_noun(sentence.word_at(after + 1)));
    before_of || noun_after || us_state_after_comma(sentence, after)
}

/// The head noun of "a San Carlo company" or "the Canadian mining company" after the
/// comma at token `after`: the last word before a relative pronoun, a preposition or a
/// mark, within six words of the determiner.
fn head_of_phrase_after_comma<'s>(sentence: &'s SentenceContext, after: usize) -> Option<&'s str> {
    let tokens = sentence.tokens;
    if !tokens.get(after).is_some_and(|t| t.is_punct(sentence.text, ',')) {
        return None;
    }
    if !matches!(sentence.word_at(after + 1), "a" | "an" | "the") {
        return None;
    }
    let mut head = None;
    for index in after + 2..(after + 8).min(tokens.len()) {
        let word = sentence.word_at(index);
        if word.is_empty()
            || matches!(
                word,
                "that" | "which" | "who" | "whose" | "of" | "in" | "on" | "with" | "for" | "from" | "and" | "based"
            )
        {
            break;
        }
        head = Some(word);
    }
    head
}

/// "Brantford, Ohio, ...", "Brantford, Ky.": a US state's name or abbreviation after the
/// comma at token `after`, then a mark or the end of the sentence.
fn us_state_after_comma(sentence: &SentenceContext, after: usize) -> bool {
    let tokens = sentence.tokens;
    if !tokens.get(after).is_some_and(|t| t.is_punct(sentence.text, ',')) {
        return false;
    }
    let Some(first) = tokens.get(after + 1).filter(|t| t.is_word()) else { return false };
    (after + 1..(after + 5).min(tokens.len())).any(|last| {
        let closed = tokens
            .get(last + 1)
            .is_none_or(|t| t.kind == crate::text::TokenKind::Punct && !t.is_punct(sentence.text, '.'))
            || (tokens[last].is_punct(sentence.text, '.')
                && tokens.get(last + 1).is_none_or(|t| t.kind == crate::text::TokenKind::Punct));
        let name = ByteSpan::new(first.span.start, tokens[last].span.end).slice(sentence.text);
        closed
            && (known::place(name).is_some_and(|p| p.kind == reference::PlaceKind::Subdivision && p.country == "US")
                || (name.ends_with('.') && reference::us_state_of_abbreviation(name).is_some()))
    })
}

/// "The Daily Beast reported", "The SEC said": "The" kept at a sentence start before a
/// well-known body or an acronym.
fn known_body_with_article(mention: &Mention) -> bool {
    // All the words: "S.E.C." is an acronym with periods, not a person's initials.
    let name = join_words(mention.words.iter());
    let bare = name.strip_prefix("The ").unwrap_or(&name);
    known::organisation(bare) || (bare.len() < name.len() && !bare.contains(' ') && is_acronym(bare))
}

/// "USA Today", "China Daily", "Russia Today": the first of two or more words is a
/// country's name (or a country's acronym) and not a common given name ("Chad Smith").
fn opens_with_a_country(mention: &Mention) -> bool {
    let [first, _, ..] = mention.words.as_slice() else { return false };
    let text = first.text.trim_end_matches(['’', '\'']);
    let country = known::place(text).is_some_and(|place| place.kind == reference::PlaceKind::Country)
        || vocab::is_place_acronym(text);
    country
        && known::given_name(text).is_none_or(|name| name.births < 2_000)
        && !known::is_country_or_region(&mention.core_text())
}

/// "on “Meet the Press” Sunday", "her book “Living History”": the name lies between
/// quotation marks with nothing but capitalised words and a title's small words ("the",
/// "of") beside it, at most eight words in all: a title, not speech.
fn in_quoted_title(sentence: &SentenceContext, first_index: usize, after: usize) -> bool {
    const OPENING: &[&str] = &["“", "\"", "‘", "''", "'"];
    const CLOSING: &[&str] = &["”", "\"", "’", "''", "'"];
    let title_word = |index: usize| {
        let word = sentence.word_at(index);
        !word.is_empty()
            && (word.starts_with(char::is_uppercase)
                || matches!(word, "the" | "of" | "a" | "an" | "and" | "in" | "on" | "to" | "for" | "with" | "at" | "&"))
    };
    let tokens = sentence.tokens;
    let mut start = first_index;
    let opened = loop {
        let Some(before) = start.checked_sub(1) else { break false };
        if first_index - before > 8 {
            break false;
        }
        if tokens[before].kind == crate::text::TokenKind::Punct {
            break OPENING.contains(&sentence.token_text(before));
        }
        if !title_word(before) {
            break false;
        }
        start = before;
    };
    if !opened {
        return false;
    }
    let mut end = after;
    while end < tokens.len() && end - start <= 8 {
        if tokens[end].kind == crate::text::TokenKind::Punct {
            let mark = sentence.token_text(end);
            // "on “Meet the Press,” she said": the comma inside the closing mark.
            let closing = |index: usize| tokens.get(index).is_some_and(|t| CLOSING.contains(&t.text(sentence.text)));
            return CLOSING.contains(&mark) || (matches!(mark, "," | ".") && closing(end + 1));
        }
        if !title_word(end) {
            return false;
        }
        end += 1;
    }
    false
}

/// What the name itself says: a title makes a person (and is a descriptor), a last word of
/// a place or an organisation the place or the body, a lone acronym an organisation.
fn name_evidence(mention: &mut Mention, titled: bool) -> Evidence {
    let mut evidence = Evidence::default();
    if titled {
        evidence.person += 2;
        // An honorific ("Mr.", "Mrs", "Ms.") says how the paper addresses someone, not
        // what they do: a title ("Sen.", "Gen.") is kept as the descriptor it is.
        if let Some(title) = &mention.title
            && !is_honorific(title)
        {
            mention.descriptors.push(title.clone());
        }
    }
    let last = mention.words.last().map_or("", |w| &*w.text);
    let lone_state = mention.words.len() == 1 && reference::us_state_of_abbreviation(last).is_some();
    // "New York State" and "the Garden State" are places, "the Islamic State" is not:
    // "State" after a faith's or a party's word names a movement, and alone ("secretary
    // of State") the department.
    let state_of_no_place =
        last == "State" && mention.words[..mention.words.len() - 1].iter().all(|w| vocab::is_group_word(&w.text));
    // "Mount Everest", "Mt. Hood", "Fort Bragg", "Lake Tahoe", "Cape Cod": a place's word
    // opening the name.
    let first = mention.words.first().map_or("", |w| w.text.trim_end_matches('.'));
    // "South Vietnam", "Northern Kenya", "East Texas", "Lower Manhattan", "North
    // Philadelphia": a compass word or a part's word before a place names a part of it.
    let compass_of_a_country = mention.words.len() == 2
        && vocab::is_part_of_place_word(first)
        && known::place(&mention.words[1].text).is_some();
    let place_first = mention.words.len() >= 2
        && (matches!(first, "Mount" | "Mt" | "Fort" | "Ft" | "Lake" | "Cape" | "Isle") || compass_of_a_country);
    if (vocab::is_place_word(last) && !state_of_no_place) || vocab::is_place_acronym(last) || lone_state {
        evidence.place += 2;
    } else if vocab::is_region(&mention.core_text()) {
        // "the Soviet Union": a state of the past, whatever its last word says elsewhere.
    } else if mention.words.iter().any(|w| vocab::is_organisation_word(&w.text) || matches!(&*w.text, "&" | "for")) {
        // "Procter & Gamble", "Americans for Prosperity": joined by a connector only a
        // body's name has.
        evidence.organisation += 2;
    } else if mention.words.len() >= 2 && last == "GOP" {
        // "the Iowa GOP", "Cuyahoga County GOP": a party's body in a place.
        evidence.organisation += 2;
    } else if is_acronym(last) && (mention.words.len() == 1 || (mention.words.len() == 2 && first == "The")) {
        // "NATO", "The S.E.C." (the article kept mid-sentence).
        evidence.organisation += 1;
    } else if is_a_team(&mention.words) {
        evidence.organisation += 2;
    } else if place_first {
        evidence.place += 2;
    }
    evidence
}

/// "Chicago Cubs", "New York Jets": a place and a capitalised plural that is no group, place,
/// law or event word name a club, an organisation.
/// Not a person's name: neither word a common given name ("Charlotte Charles", "Austin
/// Rogers").
/// A club's last word ("Leeds United", "Bristol Rovers"), by which the copy also calls it
/// alone ("Rovers equalized").
pub(super) fn is_club_word(word: &str) -> bool {
    matches!(word, "United" | "Rovers" | "Wanderers" | "Athletic" | "Albion")
}

fn is_a_team(words: &[NameWord]) -> bool {
    let [place @ .., last] = words else { return false };
    // "Leeds United", "Bristol Rovers", "Citizens United": a club's or a movement's last
    // word (only last: "United States", "United Nations").
    if !place.is_empty() && is_club_word(&last.text) {
        return true;
    }
    let plural = last.text.len() >= 4 && last.text.ends_with('s') && !last.text.ends_with("ss");
    let given = |w: &str| known::given_name(w).is_some_and(|name| name.births >= 2_000);
    // "Austin Rogers" (Roger), "Charlotte Charles": a surname made of a given name; a city
    // that is also a given name is the team's place ("Cleveland Cavaliers").
    let surname_of_a_given_name =
        last.text.strip_suffix('s').and_then(known::given_name).is_some_and(|name| name.births >= 20_000);
    let given_first = place.len() == 1
        && given(&place[0].text)
        && known::place(&place[0].text).is_none()
        && !vocab::is_region(&place[0].text);
    let person_shaped = given(&last.text) || surname_of_a_given_name || given_first;
    let place = join_words(place.iter());
    !place.is_empty()
        && !person_shaped
        && plural
        && last.text.chars().nth(1).is_some_and(char::is_lowercase)
        && !vocab::is_group_word(&last.text)
        && !vocab::is_place_word(&last.text)
        && !vocab::is_event_word(&last.text)
        && !vocab::is_work_word(&last.text)
        // "East Texas", "South Wales": a place's part, not a club.
        && known::place(&last.text).is_none()
        && (known::place(&place).is_some() || vocab::is_region(&place))
}

/// What the words before the name say of a place: a place preposition ("access to
/// Vantora"), or a place's office or kind and "of" ("the mayor of Port Elm", "the town of
/// Thornbury").
fn place_evidence_before(sentence: &SentenceContext, first_index: usize, titled: bool, lone_plural: bool) -> u32 {
    let previous = sentence.word_before(first_index, 1);
    let mut place = 0;
    // "across the Alps", "in the Hamptons": a plural name after "the" and a preposition of
    // where is a range, an archipelago or an area, not a family ("with the Obamas").
    if lone_plural
        && previous == "the"
        && matches!(
            sentence.word_before(first_index, 2),
            "in" | "across" | "through" | "throughout" | "into" | "over" | "near"
        )
    {
        place += 1;
    }
    if vocab::is_place_preposition(previous) && previous.starts_with(char::is_lowercase) && !titled {
        place += 1;
    }
    let before_of = sentence.word_before(first_index, 2);
    if previous == "of"
        && matches!(before_of, "mayor" | "governor" | "premier" | "town" | "city" | "village" | "capital" | "province")
    {
        place += 2;
    }
    place
}

/// "Institutes of", "Center for Strategic and", "Office for the", "Council on", "Committee
/// for a": the name follows a capitalised organisation word and a connector ("of", "for",
/// "on", "and", then "the", "a" or nothing).
fn body_before_connector(sentence: &SentenceContext, first_index: usize) -> bool {
    let word = |back: usize| sentence.word_before(first_index, back);
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let mut back = 1;
    if matches!(word(back), "the" | "a" | "an") {
        back += 1;
    }
    // "Strategic and International Studies": the words joined by "and" lead back to the
    // connector after the organisation word.
    if word(back) == "and" {
        back += 1;
        let joined = back;
        while back < joined + 3 && capitalised(word(back)) {
            back += 1;
        }
        if back == joined {
            return false;
        }
    }
    let connector = word(back);
    if !matches!(connector, "of" | "for" | "on") {
        return false;
    }
    (back + 1..back + 5).map(word).take_while(|w| capitalised(w)).any(|w| {
        let head = w.to_lowercase();
        // "on" joins only a deliberating body's name ("Council on Foreign Relations"): "a
        // university on Long Island" is where the university is.
        let joins =
            connector != "on" || matches!(head.as_str(), "committee" | "commission" | "council" | "board" | "forum");
        joins && vocab::is_organisation_word(w) && !matches!(head.as_str(), "post" | "times" | "press" | "news")
    })
}

/// A lowercase role right before the name, as a descriptor: the phrase back to its
/// determiner or possessive, at most four words, never past a place preposition ("his
/// Chinese counterpart").
fn role_before(sentence: &SentenceContext, first_index: usize) -> Option<String> {
    let previous = sentence.word_before(first_index, 1);
    if !previous.starts_with(char::is_lowercase) || !vocab::is_role(previous) {
        return None;
    }
    let tokens = sentence.tokens;
    let mut from = first_index - 1;
    // A verb ends the phrase: "said chief executive Elena Marsh" describes her as the
    // chief executive.
    while from > 0
        && first_index - from < 5
        && tokens[from - 1].is_word()
        && !vocab::is_place_preposition(sentence.word_at(from - 1))
        && !ends_role_phrase(sentence.word_at(from - 1))
        && !opens_a_clause(sentence.word_at(from - 1))
        && !agent_or_copula(sentence.word_at(from - 1))
    {
        from -= 1;
        if matches!(lowercase(sentence.word_at(from)).as_ref(), "his" | "her" | "its" | "their" | "the" | "a" | "an") {
            break;
        }
    }
    Some(ByteSpan::new(tokens[from].span.start, tokens[first_index - 1].span.end).slice(sentence.text).to_string())
}

/// "Its chief executive, Maria Svensson": a role phrase, a comma, the name. The phrase (at
/// most eight words) ends on a role, or holds one anywhere when it opens with a determiner
/// or the sentence ("The mayor of Port Elm, Dana Marchetti,").
fn role_phrase_before_comma(sentence: &SentenceContext, first_index: usize) -> Option<String> {
    let tokens = sentence.tokens;
    if first_index < 2 || !tokens[first_index - 1].is_punct(sentence.text, ',') {
        return None;
    }
    let phrase_end = first_index - 1;
    let mut from = phrase_end;
    while from > 0
        && phrase_end - from < 8
        && tokens[from - 1].is_word()
        && !ends_role_phrase(sentence.word_at(from - 1))
        && !opens_a_clause(sentence.word_at(from - 1))
        && !agent_or_copula(sentence.word_at(from - 1))
    {
        from -= 1;
    }
    let opens_phrase = from == 0
        || matches!(lowercase(sentence.word_at(from)).as_ref(), "the" | "its" | "his" | "her" | "their" | "a" | "an");
    let role_inside = opens_phrase
        && (from..phrase_end)
            .map(|i| sentence.word_at(i))
            .any(|w| w.starts_with(char::is_lowercase) && vocab::is_role(w));
    let found = from < phrase_end && (vocab::is_role(sentence.word_at(phrase_end - 1)) || role_inside);
    found.then(|| {
        ByteSpan::new(tokens[from].span.start, tokens[phrase_end - 1].span.end).slice(sentence.text).to_string()
    })
}

/// The agent's "by" and a copula, which a role phrase never runs back past: "is run by its
/// former chief operating officer, Hélène Marchetti", "was moderated by editor Deborah
/// Lindqvist".
fn agent_or_copula(word: &str) -> bool {
    matches!(word, "by" | "is" | "was" | "are" | "were" | "be" | "been")
}

/// A verb, which a role phrase never runs back past: "said the association's president,
/// Gloria Reyes" describes her as the association's president.
fn ends_role_phrase(word: &str) -> bool {
    // ("state senator": a bare form that is also a noun stays in the phrase.)
    word.starts_with(char::is_lowercase)
        && lexicon::is(word, lexicon::CUE_VERB | lexicon::IRREGULAR_PAST)
        && !lexicon::is(word, lexicon::CUE_BARE_FORM)
}

/// A conjunction that opens a clause, which a role phrase never runs back past: "Rovers
/// trailed after Caldon's captain, Lewis Grant," describes him as Caldon's captain; "But
/// manager Sofia Reyes" as the manager. ("and" and "or" join roles: "chairman and chief
/// executive"; "then" and "once" qualify one: "the then secretary of state".)
fn opens_a_clause(word: &str) -> bool {
    matches!(
        lowercase(word).as_ref(),
        "but"
            | "after"
            | "before"
            | "when"
            | "while"
            | "because"
            | "since"
            | "until"
            | "although"
            | "though"
            | "if"
            | "whereas"
            | "yet"
    )
}

/// Whether a descriptor names a role: one of its words, stripped of punctuation, is one.
fn holds_role(phrase: &str) -> bool {
    phrase.split_whitespace().any(|w| vocab::is_role(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
}

/// What the reference data says: a first word that is a common given name makes a person
/// more likely, a gazetteer place a place. Evidence only: a title or a role outweighs it
/// ("Thornbury" is a town and a surname).
fn reference_evidence(mention: &Mention, evidence: &mut Evidence, titled: bool) {
    if titled {
        return;
    }
    let mut core = mention.core_words();
    let (Some(first), Some(second)) = (core.next(), core.next()) else { return };
    let last = core.last().unwrap_or(second);
    // The gazetteer is asked once per member, when it is settled (`Cast::settle`), and for
    // a sentence-initial word (`is_known_place`); here a given name opening a full name.
    // "Bill of Rights": a name joined by "of" is no given name and surname.
    let joined = mention.words.iter().any(|w| &*w.text == "of");
    // "The Kelly Hart Morning Show": a given name opening a show's or a law's name.
    let a_works_name = (mention.words.len() >= 3
        && (vocab::is_work_word(&last.text) || vocab::is_event_word(&last.text)))
        || lexicon::is(&last.text, lexicon::NAMELESS_WORK_WORD);
    // "Cedar Rapids", "Santa Clara": a place the gazetteer knows, whose first word is
    // also a given name.
    let a_place = known::place(&mention.core_text()).is_some();
    if is_given_name(&first.text) && !vocab::is_place_word(&last.text) && !joined && !a_works_name && !a_place {
        evidence.person += 1;
    }
}

/// "Mitt Romney", "Sherrod Brown": two or three capitalised words of body copy, none of
/// which the draft ever writes in lowercase, none an organisation, place or group word
/// nor a known place or organisation, the first not an initial: the shape of a person's
/// name, where a law, an event or a body ("Affordable Care Act", "Election Day", "Black
/// Lives Matter") is made of words the draft also uses in lowercase.
fn shaped_like_a_persons_name(mention: &Mention, sentence: &SentenceContext) -> bool {
    if sentence.headline || mention.after_determiner || !(2..=3).contains(&mention.words.len()) {
        return false;
    }
    let plain = |w: &NameWord| {
        let text = &*w.text;
        w.is_core()
            && text.chars().count() >= 2
            && text.chars().skip(1).any(char::is_lowercase)
            && !vocab::is_organisation_word(text)
            && !vocab::is_place_word(text)
            && !vocab::is_title_word(text)
            && !vocab::is_group_word(text)
            && !is_acronym(text)
    };
    let name = mention.core_text();
    mention.words.iter().all(plain)
        && !mention.words.last().is_some_and(|w| is_weekday(&w.text))
        // "North Florida", "Western Kenya": a part of a country, state or region; a
        // compass word is a surname too ("Cornel West", "Oliver North").
        && !mention.words.last().is_some_and(|w| {
            known::is_country_or_region(&w.text) && !matches!(&*w.text, "West" | "East" | "North" | "South")
        })
        // "Apple Music", "Google Maps": a well-known company's product or service, unless
        // its first word is a given name too ("Chase Utley").
        && (!known::organisation(&mention.words[0].text) || known::given_name(&mention.words[0].text).is_some())
        // "the Pacific Partnership", "the Harbour Festival": a law's, a programme's or an
        // event's last word.
        && !mention.words.last().is_some_and(|w| vocab::is_work_word(&w.text) || vocab::is_event_word(&w.text))
        && !known_body_with_article(mention)
        && known::place(&name).is_none()
        && !vocab::is_region(&name)
        // "Osama bin Laden": a patronymic particle is written in lowercase by its nature.
        // ("al" and "el" are also the article of places' names: "Sharm el Sheikh".)
        && mention.words.iter().all(|w| {
            let particle = vocab::is_patronymic_particle(&w.text) && !matches!(&*w.text, "al" | "el");
            particle || !sentence.lowercase_words.contains(&w.text)
        })
}

/// "Reutres reported", "Nigerias’ oil": a lone word opening a sentence that is one slip from
/// a well-known name of the reference data names something misspelt, even at a sentence
/// start (see `reference_slips`).
fn near_known_name(words: &[NameWord], possessive: bool) -> bool {
    let [word] = words else { return false };
    super::reference_slips::well_known_slip(&word.text, possessive).is_some()
}

/// A country or first-level subdivision the gazetteer knows: "Kenya hosted the talks"
/// names Kenya even at a sentence start.
fn is_known_place(words: &[NameWord], sentence_initial: bool) -> bool {
    let [word] = words else { return false };
    if !sentence_initial {
        return false;
    }
    known::place(&word.text).is_some_and(|place| place.kind != reference::PlaceKind::City)
}

/// The appositive starting at token `start`: a lowercase noun phrase up to the next comma,
/// semicolon, dash or the end of the sentence; not a clause ("who said ...").
fn appositive(tokens: &[Token], text: &str, start: usize) -> Option<String> {
    let first = tokens.get(start).filter(|t| t.is_word())?;
    let first_word = first.text(text);
    if !first_word.starts_with(char::is_lowercase)
        && !matches!(first_word, "The" | "A" | "An" | "Its" | "His" | "Her" | "Their")
    {
        return None;
    }
    // "the Dana Doctrine, gave the prize to a teacher": a verb in the past opens the
    // sentence's next clause, not an appositive.
    if lexicon::is(first_word, lexicon::CLAUSE_OPENER | lexicon::IRREGULAR_PAST) {
        return None;
    }
    let mut index = start;
    while let Some(token) = tokens.get(index) {
        let word = token.text(text);
        if token.kind == crate::text::TokenKind::Punct
            && matches!(word, "," | ";" | "—" | "–" | "(" | ")" | ":" | "\"" | "“" | "”")
        {
            break;
        }
        if index - start > 18 {
            return None;
        }
        index += 1;
    }
    // The sentence's own final mark ends the sentence, not the appositive ("a professor
    // at the University of Toronto."); an abbreviation's period is part of its word.
    while index > start + 1
        && tokens[index - 1].kind == crate::text::TokenKind::Punct
        && matches!(tokens[index - 1].text(text), "." | "!" | "?" | "…")
        && crate::text::abbreviations::abbreviation_kind(tokens[index - 2].text(text)).is_none()
    {
        index -= 1;
    }
    let last = index.checked_sub(1).filter(|&i| i >= start)?;
    let span = ByteSpan::new(first.span.start, tokens[last].span.end);
    let phrase = span.slice(text).split_whitespace().collect::<Vec<_>>().join(" ");
    // A verb phrase is not an appositive: require a role or a "the/a ... of" noun phrase.
    (holds_role(&phrase) || phrase.contains(" of ")).then_some(phrase)
}

/// "Mr.", "Mrs", "Ms.", "Miss", "Mx", "Messrs.", "Mmes.": how the paper addresses
/// someone, not a role.
fn is_honorific(title: &str) -> bool {
    matches!(
        title.trim_end_matches('.').to_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "miss" | "mx" | "messrs" | "mmes" | "mme" | "mlle"
    )
}

/// "the World Health Organization (WHO)": remember the acronym on the long name. Only
/// an acronym in parentheses: in "NBC's Lena Dorsey, CBS's Omar Pryce" the next
/// name's network is not the anchor's acronym.
pub fn link_acronyms(mentions: &mut [Mention], text: &str) {
    for index in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(index);
        let (previous, current) = (&mut before[index - 1], &after[0]);
        let gap = current.span.start.saturating_sub(previous.span.end);
        if gap > 3 || previous.words.len() < 2 || !current.is_acronym() {
            continue;
        }
        if text.get(previous.span.end..current.span.start).is_none_or(|between| between.trim() != "(") {
            continue;
        }
        // "Dana Marsh (U.S.)": a country's acronym is nobody's.
        let place = vocab::is_place_acronym(&current.core_text());
        // "NEW YORK (AP) —": a dateline's agency filed the story; it is no acronym of the
        // place (the dateline gave one the evidence of a place, the other of a body).
        let agency_of_dateline = previous.evidence.place >= 2 && current.evidence.organisation >= 2;
        if !place && !agency_of_dateline {
            previous.acronym = Some(current.core_text().replace('.', ""));
        }
    }
}
