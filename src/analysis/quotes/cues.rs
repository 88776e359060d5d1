//! Cue verbs and speakers: "Smith said", "said Smith, a spokeswoman", "according to the
//! ministry", "a senior official said", and what kind of speaker each is.

use std::cell::Cell;
use std::ops::Range;

use super::cast_view::{CastView, MemberId};
use super::lexicon::{self, Lowered};
use crate::text::{ByteSpan, Prose, Token, TokenKind};

/// Introductory phrases before a sentence's subject span at most this many tokens.
const INTRODUCTION_TOKENS: usize = 24;

/// How far one appositive after a sentence-opening name may run, in tokens.
const APPOSITIVES_REACH: usize = 14;

/// How far back from the comma before a cue the appositive it closes may open ("As Akhil
/// Ortiz, a teacher at the harbour college and author of "Tides," put it").
const APPOSITIVE_TOKENS: usize = 24;

/// What the speaker phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// "Smith", "Deputy Minister Alexander Chupriyan", "the Emergencies Ministry".
    Named,
    /// "he", "she", "they".
    Pronoun,
    /// A described role: "a hospital spokeswoman", "the city council", "police".
    Role,
    /// Nobody the reader can identify: "a senior administration official", "sources".
    Anonymous,
}

impl SpeakerKind {
    pub fn describe(self) -> &'static str {
        match self {
            SpeakerKind::Named => "named",
            SpeakerKind::Pronoun => "pronoun",
            SpeakerKind::Role => "described role",
            SpeakerKind::Anonymous => "unnamed source",
        }
    }
}

/// Tokens and which of them lie inside quotations.
pub struct Reader<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub quoted: &'a [bool],
    /// The tokens' lowercase text and word lists.
    pub lowered: &'a Lowered,
    /// Which sentences say a source asked not to be named.
    pub anonymity: &'a AnonymityNotes<'a>,
    /// Who the draft names.
    pub cast: &'a CastView<'a>,
}

/// A cue with its speaker phrase (token ranges).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueMatch {
    pub cue: Range<usize>,
    pub speaker: Range<usize>,
}

impl<'a> Reader<'a> {
    pub fn word(&self, index: usize) -> &'a str {
        self.tokens.get(index).map_or("", |t| t.text(self.text))
    }

    /// The token's text lowercased (as `str::to_lowercase` does); empty past the end.
    pub fn lower(&self, index: usize) -> &'a str {
        self.lowered.text(index)
    }

    /// Whether the token is in one of the word `lists` (bits of [`lexicon`]).
    pub fn is_in(&self, index: usize, lists: lexicon::WordList) -> bool {
        self.lowered.is(index, lists)
    }

    fn is_word(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// "41-year-old", "the 18-year-olds": an age written as one token, a noun when it
    /// ends a phrase.
    fn is_age_noun(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Number)
            && matches!(self.lower(index).rsplit_once('-'), Some((before, "old" | "olds")) if before.ends_with("-year"))
    }

    /// A capitalised word the cast holds as (part of) a name: "May" of "Theresa May",
    /// which the word lists take for a modal.
    fn named_in_cast(&self, index: usize) -> bool {
        self.capitalised(index) && self.cast.speaker_in(self.span(&(index..index + 1))).is_some()
    }

    /// Whether the token starting at byte `offset` stands inside a quotation.
    pub fn is_quoted_at(&self, offset: usize) -> bool {
        let index = self.tokens.partition_point(|token| token.span.start < offset);
        self.quoted.get(index).copied().unwrap_or(false)
    }

    pub fn capitalised(&self, index: usize) -> bool {
        self.is_word(index) && self.word(index).starts_with(char::is_uppercase)
    }

    pub fn span(&self, range: &Range<usize>) -> ByteSpan {
        if range.is_empty() {
            return ByteSpan::default();
        }
        ByteSpan::new(self.tokens[range.start].span.start, self.tokens[range.end - 1].span.end)
    }

    /// Whether the token at `index` is a cue: a cue verb used as a verb, or "according"
    /// followed by "to". Returns the cue's token range.
    pub fn cue_at(&self, index: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        if self.quoted.get(index).copied().unwrap_or(true) || !self.is_word(index) {
            return None;
        }
        // Most tokens are neither a cue verb nor "according" (which is not one).
        if !self.is_in(index, lexicon::CUE_VERB) {
            let according = self.lower(index) == "according" && index + 1 < bounds.end && self.lower(index + 1) == "to";
            if according {
                return Some(index..index + 2);
            }
            // "…, per the party's bylaws": after a comma, "per" and a source is "according to"
            // ("$5 per gallon" is no source).
            // The comma may stand inside the closing mark before it, outside `bounds`.
            let after_comma = |at: usize| {
                self.word(at) == ","
                    || (at > 0
                        && self.word(at).chars().all(super::marks::is_quotation_mark)
                        && self.word(at - 1) == ",")
            };
            if self.lower(index) == "per"
                && index > 0
                && after_comma(index - 1)
                && index + 1 < bounds.end
                && (self.is_in(index + 1, lexicon::NOUN_DETERMINER)
                    || self.capitalised(index + 1)
                    || matches!(self.lower(index + 1), "his" | "her" | "their" | "its" | "our"))
            {
                return Some(index..index + 1);
            }
            // "'Harbour to close in May,' by the Post's Ana Ruiz": the piece a digest quotes
            // and who wrote it.
            if self.lower(index) == "by"
                && index > 0
                && self.word(index - 1).chars().all(super::marks::is_quotation_mark)
                && self.quoted.get(index - 1).copied().unwrap_or(false)
                && self.word(index.saturating_sub(2)) == ","
                && (self.capitalised(index + 1) || self.lower(index + 1) == "the" && self.capitalised(index + 2))
            {
                return Some(index..index + 1);
            }
            // "As Parsons had written, '…'": the participle after "has" or "had".
            if self.lower(index) == "written"
                && index > bounds.start
                && matches!(self.lower(index - 1), "has" | "had" | "have")
            {
                return Some(index..index + 1);
            }
            // "The sign read: '…'", "Section 4 reads, '…'": written words quoted.
            if matches!(self.lower(index), "read" | "reads")
                && matches!(self.word(index + 1), ":" | ",")
                && self.quoted.get(index + 2).copied().unwrap_or(false)
                && index > bounds.start
                && !self.is_in(index - 1, lexicon::NOUN_DETERMINER)
            {
                return Some(index..index + 1);
            }
            return self.phrasal_cue_at(index, bounds);
        }
        // "Reports on the implement vary": a capitalised cue word opening the sentence is
        // a verb only when a speaker follows it ("Said the mayor: …", "Says Smith").
        if index == bounds.start
            && self.capitalised(index)
            && !(self.capitalised(index + 1)
                || self.is_in(index + 1, lexicon::NOUN_DETERMINER | lexicon::INDEFINITE_OPENER))
        {
            return None;
        }
        // "United States": a capitalised word after a word is part of a name.
        if index > bounds.start && self.capitalised(index) && self.is_word(index - 1) {
            return None;
        }
        // "Ruiz will continue to be "a fighter"": going on with something, not speech.
        if matches!(self.lower(index), "continue" | "continues" | "continued") && self.lower(index + 1) == "to" {
            return None;
        }
        // "the state was", "reports were": a noun, not a verb.
        let lower = self.lower(index);
        let past = lower.ends_with("ed") || self.is_in(index, lexicon::IRREGULAR_PAST);
        if !past && matches!(self.lower(index + 1), "was" | "is" | "were" | "are" | "has" | "had") {
            return None;
        }
        // "they are called 'U.S. nationals'", "he was told 'you are fired'", "he was
        // charged": the subject of a passive cue is spoken to or of, not speaking ("is
        // telling" is active).
        // "is quoted as saying" quotes its subject.
        if past
            && index > bounds.start
            && matches!(self.lower(index - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being")
            && self.lower(index + 1) != "by"
            && !(lower == "quoted" && self.lower(index + 1) == "as")
        {
            return None;
        }
        // "the notes", "his claims", "a report": a noun, not a verb.
        if index > bounds.start {
            let previous = self.lower(index - 1);
            // "He's claiming", "she’s saying": a pronoun's "is", not an owner.
            let contraction = ["'s", "’s"].iter().any(|s| {
                previous.strip_suffix(s).is_some_and(|stem| {
                    lexicon::is_singular_subject(lexicon::lists_of_lowercase(stem)) || matches!(stem, "who" | "that")
                })
            });
            let owner = previous.ends_with("'s") || previous.ends_with("’s");
            // "Harbour News said", "the Free Press reported": a capitalised "News" ends a name.
            let determiner = self.is_in(index - 1, lexicon::NOUN_DETERMINER)
                && !(self.capitalised(index - 1) && matches!(previous, "news" | "press" | "media"));
            if determiner || (owner && !contraction) {
                return None;
            }
        }
        Some(index..index + 1)
    }

    /// A cue of two words, a verb and its particle ("points out", "shot back", "went on"),
    /// starting at `index`; "went on" only where the speech ends or goes on with "to say".
    fn phrasal_cue_at(&self, index: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        if index + 1 >= bounds.end || self.quoted.get(index + 1).copied().unwrap_or(true) {
            return None;
        }
        let particle = self.lower(index + 1);
        let verb = self.lower(index);
        let cue = match particle {
            "out" => matches!(verb, "point" | "points" | "pointed" | "pointing"),
            "back" => matches!(
                verb,
                "shot" | "shoots" | "fired" | "fires" | "hit" | "hits" | "wrote" | "writes" | "snapped" | "pushed"
            ),
            "in" => matches!(verb, "chimed" | "chimes" | "weighed" | "weighs" | "cut" | "cuts"),
            "up" => matches!(verb, "spoke" | "speaks" | "piped" | "pipes"),
            // "As Tom Baker put it, …".
            "it" => matches!(verb, "put" | "puts"),
            "on" => {
                matches!(verb, "went" | "goes" | "going")
                    && (index + 2 >= bounds.end
                        || self.tokens[index + 2].kind == TokenKind::Punct
                        || self.lower(index + 2) == "about")
            }
            _ => false,
        };
        // "the points out of reach": a noun after a determiner is no verb.
        let noun = index > bounds.start && self.is_in(index - 1, lexicon::NOUN_DETERMINER);
        (cue && !noun && !self.capitalised(index)).then_some(index..index + 2)
    }

    /// The speaker of a cue: the subject before it ("Smith said", "a spokeswoman later
    /// said") or the phrase after it ("said Smith, a spokeswoman", "according to police",
    /// "was told by the minister").
    pub fn speaker_of(&self, cue: &Range<usize>, bounds: &Range<usize>) -> Option<Range<usize>> {
        if matches!(self.lower(cue.start), "according" | "per" | "by") {
            return self.phrase_after(cue.end, bounds);
        }
        // Passive: "he was told by Minister Zinichev".
        if cue.end < bounds.end
            && self.lower(cue.end) == "by"
            && cue.start > bounds.start
            && matches!(self.lower(cue.start - 1), "was" | "were" | "been" | "is" | "being")
        {
            return self.phrase_after(cue.end + 1, bounds);
        }
        if let Some(subject) = self.subject_before(cue.start, bounds) {
            // "Kim's mental state was": a bare-form cue verb after a singular subject is a noun.
            let agrees = !self.is_bare_form(cue.start) || self.bare_form_agrees(&subject, cue.start);
            let relative = self.who_antecedent(&subject, bounds).is_some();
            return (agrees && (relative || self.plausible_speaker(&subject))).then_some(subject);
        }
        // Only after a quotation or at a clause start does "said Smith" invert; a
        // participle never does: in "…, telling reporters that" the reporters listen.
        let participle = self.lower(cue.start).ends_with("ing");
        let inverted_ok = !participle
            && (cue.start == bounds.start || {
                let previous = self.tokens[cue.start - 1];
                previous.kind == TokenKind::Punct
            });
        if inverted_ok {
            self.phrase_after(cue.end, bounds).filter(|phrase| self.plausible_speaker(phrase))
        } else {
            None
        }
    }

    /// Whether a phrase can be a speaker: a name, a pronoun, or a noun phrase for a person
    /// or a body ("a senior official", "the ministry", "police"); never a word of time or
    /// manner ("later", "sharply"), an owner with an adjective ("Kim's mental"), a clause
    /// ("he intends", "the governor tweeted her reasoning") or a phrase that opens with a
    /// preposition or a verb ("on the implement", "imitating a song").
    fn plausible_speaker(&self, phrase: &Range<usize>) -> bool {
        let not_a_noun = lexicon::BETWEEN_SPEAKER_AND_CUE | lexicon::TIME_WORD | lexicon::CLAUSE_BOUNDARY;
        let words: Vec<usize> = phrase.clone().filter(|&i| self.is_word(i) || self.is_age_noun(i)).collect();
        let (Some(&first), Some(&head)) = (words.first(), words.last()) else { return false };
        // "told me", "asked him": the listener, never the speaker.
        // ("US", the country, is no "us".)
        if matches!(self.lower(first), "me" | "us" | "him" | "them" | "myself" | "himself" | "herself" | "themselves")
            && self.word(first) != "US"
        {
            return false;
        }
        // "'…,' May said": one capitalised word the cast holds as a name speaks, even a
        // word that is also a modal or a month.
        if words.len() == 1 && self.named_in_cast(first) {
            return true;
        }
        // "'…,' From said": a surname that is also a function word (see `phrase_before`).
        let surname = words.len() == 1
            && self.capitalised(first)
            && first > 0
            && self.quoted.get(first - 1).copied().unwrap_or(false)
            && self.word(first - 1).chars().all(super::marks::is_quotation_mark);
        if !surname && (words.iter().all(|&i| self.is_in(i, not_a_noun)) || self.is_in(first, lexicon::CLAUSE_BOUNDARY))
        {
            return false;
        }
        // "However, she kept quiet", "Adding, "…"": a connective or a participle alone
        // opens a sentence; it never speaks.
        if words.iter().all(|&i| self.is_connective(i))
            || words.len() == 1 && self.is_in(first, lexicon::CUE_VERB) && self.lower(first).ends_with("ing")
        {
            return false;
        }
        // ("housing director Ona Merrit": a participle before a role is part of it.)
        let opens_with_verb = text_is_lowercase(self.word(first))
            && self.lower(first).ends_with("ing")
            && !(words.len() > 2 && self.is_in(words[1], lexicon::ROLE_NOUN));
        // A bare-form cue word heading the phrase is a noun: "the council report".
        let clause = words.len() > 1 && self.is_in(first, lexicon::PRONOUN)
            || words[1..].iter().any(|&i| {
                // "secretary of state", "the report": a noun after "of" or an article.
                let noun_position = matches!(self.lower(i - 1), "of" | "the" | "a" | "an");
                let bare_head = i == head && self.is_in(i, lexicon::CUE_BARE_FORM);
                !self.capitalised(i)
                    && self.is_in(i, lexicon::CUE_VERB | lexicon::IRREGULAR_PAST)
                    && !(bare_head || noun_position)
            });
        if opens_with_verb || clause || self.reads_as_a_clause(&words) {
            return false;
        }
        if self.capitalised(head) || self.is_in(head, lexicon::PRONOUN | lexicon::ANONYMOUS_HEAD | lexicon::ROLE_NOUN) {
            return true;
        }
        // "the 41-year-old": an age made a noun names a person.
        if self.is_age_noun(head) {
            return true;
        }
        const NOT_NOUN_ENDINGS: [&str; 6] = ["al", "ous", "ful", "less", "ly", "ed"];
        let lower = self.lower(head);
        // After an article the head is a noun whatever its ending: "a Sunday leader".
        let determined = words.len() > 1 && self.is_in(first, lexicon::NOUN_DETERMINER | lexicon::INDEFINITE_OPENER);
        !self.is_in(head, not_a_noun) && (determined || !NOT_NOUN_ENDINGS.iter().any(|ending| lower.ends_with(ending)))
    }

    /// Whether a speaker phrase's words (`words`, in order) read as a clause or a scrap of
    /// one, never as who speaks: an auxiliary first ("is shown", "was either"), one lowercase
    /// verb or article alone ("came", "say", "a"), or a first word followed by an article or
    /// a possessive, which makes it a verb with its object ("write a", "stars an"), unless it
    /// is a preposition ("a lawyer for the family"), a quantifier
    /// ("all the"), a participle ("a lawyer representing the family") or a word that
    /// names ("a group called the Alliance").
    fn reads_as_a_clause(&self, words: &[usize]) -> bool {
        const AUXILIARIES: [&str; 20] = [
            "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
            "would", "can", "could", "should", "may", "might",
        ];
        const NOT_VERBS: [&str; 30] = [
            "all",
            "both",
            "half",
            "such",
            "quite",
            "only",
            "just",
            "even",
            "near",
            "across",
            "behind",
            "under",
            "over",
            "within",
            "outside",
            "inside",
            "among",
            "between",
            "against",
            "toward",
            "towards",
            "through",
            "like",
            "via",
            "amid",
            "without",
            "including",
            "beyond",
            "upon",
            "around",
        ];
        const NAMING: [&str; 6] = ["called", "named", "dubbed", "titled", "known", "nicknamed"];
        let lowercase = |i: usize| text_is_lowercase(self.word(i));
        let first = words[0];
        if lowercase(first) && AUXILIARIES.contains(&self.lower(first)) {
            return true;
        }
        if let [only] = words
            && lowercase(*only)
        {
            let lower = self.lower(*only);
            let verb = self.is_in(*only, lexicon::IRREGULAR_PAST)
                || self.is_in(*only, lexicon::CUE_VERB) && !lower.ends_with('s');
            return verb || matches!(lower, "a" | "an" | "the");
        }
        words.windows(2).take(1).any(|pair| {
            let (word, next) = (pair[0], pair[1]);
            let lower = self.lower(word);
            next == word + 1
                && lowercase(word)
                && matches!(self.lower(next), "the" | "a" | "an" | "his" | "their" | "its" | "our" | "my" | "your")
                && !self.is_in(word, lexicon::CLAUSE_BOUNDARY | lexicon::NOUN_DETERMINER | lexicon::INDEFINITE_OPENER)
                && !lower.ends_with("ing")
                && !NOT_VERBS.contains(&lower)
                && !NAMING.contains(&lower)
        })
    }

    /// The name a digest credits an excerpt to, right before the `colon` that introduces
    /// it: after a dash that ends the item's headline ("POLLS NOT WRONG - Ana Ruiz: …") or
    /// after "more from" ("More from Ruiz: …").
    pub fn credit_before_colon(&self, colon: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        let name = self.phrase_before(colon, bounds)?;
        let opener = name.start.checked_sub(1).filter(|&i| i >= bounds.start)?;
        let after_dash = matches!(self.word(opener), "-" | "—" | "–" | "--");
        let more_from = self.lower(opener) == "from" && opener > bounds.start && self.lower(opener - 1) == "more";
        let named = name.clone().filter(|&i| self.is_word(i)).all(|i| self.capitalised(i) || self.lower(i) == "and")
            && !self.word(name.start).chars().all(|c| !c.is_lowercase());
        ((after_dash || more_from) && named && self.plausible_speaker(&name)).then_some(name)
    }

    /// A sentence adverb, connective or interjection ("However", "Likewise", "Wait") that
    /// the cast does not hold as a name ("Still" may be a surname).
    fn is_connective(&self, index: usize) -> bool {
        self.is_in(index, lexicon::CONNECTIVE) && !self.named_in_cast(index)
    }

    /// A lowercase "-ly" adverb of manner not after a determiner ("boldly",
    /// "sarcastically"); not the nouns that end the same way ("the family", "an ally").
    fn is_manner_adverb(&self, index: usize) -> bool {
        const LY_NOUNS: [&str; 12] = [
            "family",
            "ally",
            "assembly",
            "rally",
            "supply",
            "monopoly",
            "anomaly",
            "bully",
            "daily",
            "weekly",
            "monthly",
            "quarterly",
        ];
        let lower = self.lower(index);
        self.is_word(index)
            && text_is_lowercase(self.word(index))
            && lower.len() > 4
            && lower.ends_with("ly")
            && !LY_NOUNS.contains(&lower)
            && !self.is_in(index - 1, lexicon::NOUN_DETERMINER | lexicon::INDEFINITE_OPENER)
    }

    /// A cue verb in its bare form ("say", "state", "report"), which is also a noun.
    fn is_bare_form(&self, index: usize) -> bool {
        self.is_in(index, lexicon::CUE_BARE_FORM)
    }

    /// Whether a bare-form cue agrees with its subject: a plural or a first- or
    /// second-person subject ("officials say", "we say"), or an auxiliary before it
    /// ("will say", "to say", "did say").
    fn bare_form_agrees(&self, subject: &Range<usize>, cue_start: usize) -> bool {
        let auxiliary = (subject.end..cue_start).any(|i| {
            matches!(
                self.lower(i),
                "to" | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "do"
                    | "does"
                    | "did"
            )
        });
        let Some(head) = subject.clone().rev().find(|&i| self.is_word(i)) else { return auxiliary };
        let lower = self.lower(head);
        let plural = lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("'s") && !lower.ends_with("’s");
        auxiliary
            || plural
            || matches!(lower, "i" | "we" | "you" | "they" | "people" | "police" | "two" | "three" | "both" | "all")
            || self.is_in(head, lexicon::ROLE_NOUN)
    }

    /// Where a time phrase starting at `start` ends ("on Friday", "last week", "earlier
    /// today"), or `start` when none starts there.
    pub fn after_time_phrase(&self, start: usize, bounds: &Range<usize>) -> usize {
        let mut end = start;
        if (self.is_in(end, lexicon::TIME_OPENER) || matches!(self.lower(end), "in" | "earlier" | "later"))
            && end + 1 < bounds.end
            && self.is_in(end + 1, lexicon::TIME_WORD)
        {
            end += 2;
        } else if self.is_in(end, lexicon::TIME_ADVERB)
            || (self.capitalised(end) && self.is_in(end, lexicon::TIME_WORD) && self.lower(end).ends_with("day"))
        {
            // "said Friday we will …": a weekday alone is a time too.
            end += 1;
        }
        while end > start && end < bounds.end && self.is_in(end, lexicon::TIME_WORD) {
            end += 1;
        }
        end
    }

    fn subject_before(&self, cue_start: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        let mut end = cue_start;
        loop {
            if end > bounds.start
                && self.is_in(end - 1, lexicon::BETWEEN_SPEAKER_AND_CUE)
                && !self.named_in_cast(end - 1)
            {
                end -= 1;
            } else if end > bounds.start + 1 && self.is_manner_adverb(end - 1) {
                // "Ruiz boldly suggested", "he sarcastically said".
                end -= 1;
            } else if end > bounds.start + 1
                && self.is_in(end - 1, lexicon::TIME_WORD)
                && (self.is_in(end - 2, lexicon::TIME_OPENER) || self.lower(end - 2) == "in")
            {
                // "Officials on Monday said": the time is not the speaker.
                end -= 2;
            } else if end > bounds.start + 2
                && self.is_in(end - 1, lexicon::TIME_WORD)
                && self.is_in(end - 2, lexicon::TIME_WORD)
                && self.is_in(end - 3, lexicon::TIME_OPENER)
            {
                // "… sent by Ruiz on Tuesday night warned".
                end -= 3;
            } else if end > bounds.start + 2
                && self.lower(end - 1) == "to"
                && (matches!(
                    self.lower(end - 2),
                    "on" | "went" | "goes" | "continued" | "continues" | "wanted" | "want" | "wants"
                ) || (self.lower(end - 2).ends_with("ed") && text_is_lowercase(self.word(end - 2))))
            {
                // "Mr. Baker was moved to say".
                // "Dittmar went on to add": the speaker is the subject of "went on".
                end -= if self.lower(end - 2) == "on" { 3 } else { 2 };
            } else {
                break;
            }
        }
        // "…on live television he said": a subject pronoun right before the cue is the
        // whole speaker.
        if end > bounds.start && self.is_in(end - 1, lexicon::SUBJECT_PRONOUN) && !self.quoted[end - 1] {
            return Some(end - 1..end);
        }
        // "Ed Lamb, who laughed about the hall, …": the relative pronoun speaks for its
        // antecedent (`who_antecedent`).
        if end > bounds.start + 1 && self.lower(end - 1) == "who" && self.word(end - 2) == "," {
            return self.antecedent_of_who(end - 2, bounds).map(|_| end - 1..end);
        }
        // "he began by saying": the subject of the verb the participle completes ("Ruiz
        // broke with the movement by saying" leaves it to the sentence's subject).
        if end > bounds.start + 2
            && self.lower(end - 1) == "by"
            && self.lower(cue_start).ends_with("ing")
            && text_is_lowercase(self.word(end - 2))
            && !self.is_in(end - 2, lexicon::CLAUSE_BOUNDARY)
            && {
                let verb = self.lower(end - 2);
                verb.ends_with("ed")
                    || verb.ends_with('s') && !verb.ends_with("ss")
                    || matches!(verb, "begin" | "start" | "open" | "end" | "close")
                    || self.is_in(end - 2, lexicon::IRREGULAR_PAST | lexicon::CUE_VERB)
            }
        {
            return self.subject_before(end - 2, bounds);
        }
        // "I laughed and said": the subject of the verb the cue is coordinated with.
        if end > bounds.start + 2
            && self.lower(end - 1) == "and"
            && text_is_lowercase(self.word(end - 2))
            && (self.lower(end - 2).ends_with("ed") || self.is_in(end - 2, lexicon::IRREGULAR_PAST | lexicon::CUE_VERB))
        {
            return self.subject_before(end - 2, bounds);
        }
        if let Some(subject) = self.subject_before_relative_clause(end, bounds) {
            return Some(subject);
        }
        if let Some(direct) = self.phrase_before(end, bounds) {
            // "Ana Ruiz, who is chair of the board said" (the clause's closing comma left
            // out): the clause is no speaker; the name before "who" is.
            let clause_of_who = direct.start > bounds.start + 1
                && self.lower(direct.start - 1) == "who"
                && self.word(direct.start - 2) == ","
                && text_is_lowercase(self.word(direct.start))
                && (self.is_in(direct.start, lexicon::IRREGULAR_PAST) || self.lower(direct.start).ends_with("ed"));
            if clause_of_who {
                return self.antecedent_of_who(direct.start - 2, bounds);
            }
            return Some(direct);
        }
        // "Cruz, in remarks to ABC, said" / "The judge, Bernard Schwartz, said": the
        // speaker is the apposition when it is a name, else the phrase before it.
        // The comma may stand inside the closing mark of a title the appositive quotes:
        // "As Ana Ruiz, author of "Harbour Lights," put it".
        let comma_before = if end > bounds.start && self.word(end - 1) == "," && !self.quoted[end - 1] {
            Some(end - 1)
        } else {
            let marks =
                (bounds.start..end).rev().take_while(|&i| self.word(i).chars().all(super::marks::is_quotation_mark));
            let first_mark = marks.last();
            first_mark.filter(|&mark| mark > bounds.start && self.word(mark - 1) == ",").map(|mark| mark - 1)
        };
        if let Some(comma) = comma_before {
            // "Ana Osei, the mayor of Port Elm, a member of the harbour board, said": a name
            // opening the sentence before a run of appositives.
            if let Some(name) = self.opening_name_before_appositives(comma, bounds) {
                return Some(name);
            }
            let first_comma = (bounds.start..comma)
                .rev()
                .take(APPOSITIVE_TOKENS)
                .find(|&i| self.word(i) == "," && !self.quoted[i])?;
            // ("Dan Ruiz, a professor at Harwick University, said": the appositive
            // is a role whose object is capitalised, and the name before it speaks.)
            if let Some(inner) = self.phrase_before(comma, &(first_comma + 1..comma))
                && inner.start == first_comma + 1
                && self.capitalised(inner.end - 1)
                && self.capitalised(self.head_part(&inner).end - 1)
            {
                return Some(inner);
            }
            // Only a subject that opens the sentence: "…an option, but …, said the
            // ministry" inverts instead.
            // So does a subject after "as" ("as Tom Baker, a former harbour master, put it").
            return self.phrase_before(first_comma, bounds).filter(|subject| {
                subject.start == bounds.start
                    || matches!(self.lower(subject.start - 1), "as" | "when" | "while" | ",")
                        && self.capitalised(subject.end - 1)
            });
        }
        None
    }

    /// The subject before a relative clause that runs up to the cue, with no comma: "one
    /// councillor" of "one councillor who asked not to be named said", "Residents" of
    /// "Residents who packed the hall said", "The union local" of "The union local that
    /// represents the workers called". The clause holds words and numbers only and opens on its verb,
    /// and the subject is a plausible speaker.
    fn subject_before_relative_clause(&self, end: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        const REACH: usize = 10;
        let mut index = end;
        while index > bounds.start + 1 && end - index < REACH {
            index -= 1;
            let number = self.tokens[index].kind == TokenKind::Number;
            if self.quoted[index] || !(self.is_word(index) || number) {
                return None;
            }
            if matches!(self.lower(index), "who" | "that") {
                // "It was Ruiz who said": the clause has a verb of its own before the cue.
                // "the plan that critics said": the relative word is the clause's object,
                // and the clause's own subject speaks.
                let next = index + 1;
                if next == end
                    || self.capitalised(next)
                    || self.is_in(next, lexicon::PRONOUN | lexicon::NOUN_DETERMINER | lexicon::INDEFINITE_OPENER)
                    || self.is_in(next, lexicon::ROLE_NOUN)
                    || self.is_in(next, lexicon::ANONYMOUS_HEAD | lexicon::ROLE)
                {
                    return None;
                }
                let subject = self.phrase_before(index, bounds)?;
                return self.plausible_speaker(&subject).then_some(subject);
            }
        }
        None
    }

    /// The name a ", who" at `comma` refers back to: the last of names joined by "and"
    /// ("Nora Quist and Ed Lamb, who laughed"), never a place after a preposition
    /// ("a congressman from Georgia, who said" is the congressman's, left to the
    /// appositive reading).
    /// The name a speaker that is a lone ", who" refers to, if it is one, in the sentence
    /// `bounds`.
    pub fn who_antecedent(&self, speaker: &Range<usize>, bounds: &Range<usize>) -> Option<Range<usize>> {
        let relative = speaker.len() == 1
            && speaker.start > bounds.start + 1
            && self.lower(speaker.start) == "who"
            && self.word(speaker.start - 1) == ",";
        relative.then(|| self.antecedent_of_who(speaker.start - 1, bounds)).flatten()
    }

    fn antecedent_of_who(&self, comma: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        let phrase = self.phrase_before(comma, bounds)?;
        let after_preposition =
            phrase.start > bounds.start && matches!(self.lower(phrase.start - 1), "from" | "of" | "in" | "at" | "for");
        if !self.capitalised(phrase.end - 1) || after_preposition {
            return None;
        }
        let last_and = phrase.clone().rev().find(|&i| self.lower(i) == "and");
        Some(last_and.map_or(phrase.clone(), |and| and + 1..phrase.end))
    }

    /// A name of capitalised words that opens the sentence and ends at its first comma,
    /// when more than one appositive follows it before the comma at `comma`.
    fn opening_name_before_appositives(&self, comma: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        let first_comma = (bounds.start..comma).find(|&i| self.word(i) == "," && !self.quoted[i])?;
        let commas = (first_comma..comma).filter(|&i| self.word(i) == "," && !self.quoted[i]).count();
        let name = bounds.start..first_comma;
        let is_name = !name.is_empty()
            && name.len() <= 6
            && name.clone().all(|i| self.capitalised(i) || matches!(self.word(i), "." | "-"))
            && name.clone().any(|i| self.capitalised(i) && !self.is_in(i, lexicon::CLAUSE_BOUNDARY));
        (commas >= 2 && is_name && comma - first_comma <= 2 * APPOSITIVES_REACH).then_some(name)
    }

    /// The noun phrase that ends right before `end`.
    fn phrase_before(&self, end: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        let mut end = end;
        let mut start = end;
        while start > bounds.start && end - start < 12 {
            let index = start - 1;
            if self.quoted.get(index).copied().unwrap_or(true) {
                break;
            }
            let token = self.tokens[index];
            let text = token.text(self.text);
            let joins = match token.kind {
                TokenKind::Word => {
                    let lower = self.lower(index);
                    // "and" joins two names ("Smith and Jones said"), not clauses.
                    if lower == "and" {
                        self.capitalised(index + 1) && index > bounds.start && self.capitalised(index - 1)
                    } else {
                        // "a spokeswoman for the Ministry of Health": a preposition inside
                        // the phrase, between a noun and what follows it.
                        let inside_phrase = matches!(lower, "of" | "for" | "at")
                            && start < end
                            && index > bounds.start
                            && self.is_word(index - 1);
                        // "'…,' From said": a capitalised function word between a
                        // quotation and its cue is a surname (Al From, George Will).
                        let surname = self.capitalised(index)
                            && start == end
                            && index > 0
                            && self.quoted.get(index - 1).copied().unwrap_or(false)
                            && self.word(index - 1).chars().all(super::marks::is_quotation_mark);
                        inside_phrase
                            || surname
                            || !self.is_in(index, lexicon::CLAUSE_BOUNDARY)
                            || self.named_in_cast(index)
                    }
                }
                TokenKind::Number | TokenKind::Code => true,
                // "Homes for $900 housing director Ona Merrit": a sum inside a name.
                TokenKind::Punct
                    if matches!(text, "$" | "€" | "£")
                        && start < end
                        && self.tokens[index + 1].kind == TokenKind::Number =>
                {
                    true
                }
                // "Jr.", "U.S.": a period glued to a word inside a name.
                TokenKind::Punct => {
                    (text == "."
                        && !token.space_before
                        && index > bounds.start
                        && self.is_word(index - 1)
                        && start < end)
                        // "Rhys-Davies", "AT&T"; a spaced hyphen is a dash, which ends the phrase.
                        || ((text == "-" && !token.space_before || text == "&") && start < end)
                }
                TokenKind::Address => false,
            };
            if !joins {
                // "Jenn St-Onge (Nancy Drew, Jem) told": step over the parenthesis.
                if text == ")"
                    && start == end
                    && let Some(open) = (bounds.start..index).rev().take(12).find(|&i| self.word(i) == "(")
                {
                    start = open;
                    end = open;
                    continue;
                }
                break;
            }
            start = index;
        }
        // A speaker phrase ends in a word: "the ministry", not "the"; or in an age
        // made a noun: "the 41-year-old".
        let has_word = (start..end).any(|i| self.is_word(i));
        let last_is_noun = end > start && (self.is_word(end - 1) || self.is_age_noun(end - 1));
        (start < end && has_word && last_is_noun).then_some(start..end)
    }

    /// The subject that opens a sentence: "The mayor of London, Sadiq Khan, gave…" gives
    /// "The mayor of London"; "Former CIA deputy director Michael Morell praised…" gives
    /// the name. Returns the subject and the word after it (the verb).
    pub fn sentence_subject(&self, bounds: &Range<usize>) -> Option<(Range<usize>, usize)> {
        self.opening_subject(bounds).filter(|(subject, _)| self.plausible_speaker(subject))
    }

    fn opening_subject(&self, bounds: &Range<usize>) -> Option<(Range<usize>, usize)> {
        // "On July 6, Tom Baker made …": an introduction ending in a number is no subject.
        let found = self.subject_from(bounds);
        // "Then just 19 years old, she looked…": an introductory phrase, then the subject.
        // "After Hunter …," opens with a preposition: an introduction, not the subject.
        let is_person = |range: &Range<usize>| {
            !self.is_in(range.start, lexicon::CLAUSE_BOUNDARY)
                && (range.clone().any(|i| self.capitalised(i) && i > bounds.start)
                    || (range.len() == 1 && self.is_in(range.start, lexicon::PRONOUN)))
        };
        // "Underwhelmed with her role, she left…": the introductory phrase may run past its
        // first word; the subject follows the comma that ends it.
        // "A month later, during the debate, O'Rourke defended…": one phrase after another.
        if found.as_ref().is_none_or(|(subject, _)| !is_person(subject)) {
            // After an introduction that opens with a preposition ("In August, several
            // groups granted …"), any noun phrase that can speak is the subject.
            // So does a connective ("Likewise, a study by the board found …").
            let introduced = found.as_ref().is_some_and(|(subject, _)| {
                self.is_in(subject.start, lexicon::CLAUSE_BOUNDARY)
                    || subject.len() == 1 && self.is_connective(subject.start)
            });
            let is_person = |range: &Range<usize>| is_person(range) || introduced && self.plausible_speaker(range);
            let after = found.as_ref().map_or(bounds.start, |(_, after)| *after);
            let retry = (after..bounds.end.min(bounds.start + INTRODUCTION_TOKENS))
                // "After saying her foot was "so swollen," she was …": the comma may close
                // the introduction inside a closing mark.
                .filter_map(|i| match self.word(i) {
                    "," if !self.quoted[i] => Some(i + 1),
                    "," if i + 1 < bounds.end && self.word(i + 1).chars().all(super::marks::is_quotation_mark) => {
                        Some(i + 2)
                    }
                    _ => None,
                })
                .filter_map(|start| self.subject_from(&(start..bounds.end)))
                // The subject is followed by its verb, not by another comma.
                .find(|(s, verb)| {
                    is_person(s) && s.start > bounds.start && self.is_word(*verb) && self.plausible_speaker(s)
                });
            if retry.is_some() {
                return retry;
            }
        }
        found
    }

    fn subject_from(&self, bounds: &Range<usize>) -> Option<(Range<usize>, usize)> {
        // "And Mr. Baker gloated: …": a conjunction opening the sentence is no subject.
        // "And then Baker went …", "And she is sure …": one or two such words.
        let is_opener =
            |i: usize| matches!(self.lower(i), "and" | "but" | "or" | "so" | "yet" | "still" | "meanwhile" | "then");
        let openers = (bounds.start..bounds.end.min(bounds.start + 2)).take_while(|&i| is_opener(i)).count();
        let next = bounds.start + openers;
        let opener = openers > 0
            && next < bounds.end
            && (self.capitalised(next) || matches!(self.lower(next), "he" | "she" | "they" | "we" | "i"));
        let bounds = &(if opener { next } else { bounds.start }..bounds.end);
        // "She gives credit to …": a subject pronoun is the whole subject.
        if bounds.start + 1 < bounds.end
            && matches!(self.lower(bounds.start), "he" | "she" | "they" | "we" | "i")
            && !self.quoted[bounds.start]
            && self.is_word(bounds.start + 1)
        {
            return Some((bounds.start..bounds.start + 1, bounds.start + 1));
        }
        let mut end = bounds.start;
        while end < bounds.end && end - bounds.start < 12 && !self.quoted[end] {
            let token = self.tokens[end];
            let lower = self.lower(end);
            let verb_like = token.kind == TokenKind::Word
                && end > bounds.start
                && text_is_lowercase(self.word(end))
                // "secretary of state", "the report": a noun after "of" or an article.
                && !matches!(self.lower(end - 1), "of" | "the" | "a" | "an")
                && (lower.ends_with("ed")
                    || self.is_manner_adverb(end)
                    || lower.ends_with("n't")
                    || lower.ends_with("n’t")
                    || self.is_in(end, lexicon::CUE_VERB | lexicon::BETWEEN_SPEAKER_AND_CUE | lexicon::IRREGULAR_PAST)
                    || self.is_in(end, lexicon::CLAUSE_BOUNDARY) && !matches!(lower, "of" | "for" | "at" | "and"));
            if verb_like || matches!(self.word(end), "," | ":" | ";" | "(") {
                break;
            }
            end += 1;
        }
        let verb = end;
        // "Baker and has aides have …" (a slip for "his"): a subject does not end on "and".
        while end > bounds.start + 1 && matches!(self.lower(end - 1), "and" | "or") {
            end -= 1;
        }
        let has_word = (bounds.start..end).any(|i| self.is_word(i));
        (end > bounds.start && verb < bounds.end && has_word && self.is_word(end - 1))
            .then_some((bounds.start..end, verb))
    }

    pub fn phrase_after(&self, from: usize, bounds: &Range<usize>) -> Option<Range<usize>> {
        let mut end = from;
        while end < bounds.end && end - from < 10 {
            if self.quoted.get(end).copied().unwrap_or(true) {
                break;
            }
            let token = self.tokens[end];
            let text = token.text(self.text);
            let joins = match token.kind {
                TokenKind::Word => {
                    // "the Ministry of Health" keeps its "of"; other clause words end it.
                    if self.lower(end) == "of" {
                        self.capitalised(end + 1)
                    } else {
                        end == from || !self.is_in(end, lexicon::CLAUSE_BOUNDARY)
                    }
                }
                TokenKind::Number | TokenKind::Code => true,
                TokenKind::Punct => {
                    (text == "."
                        && !token.space_before
                        && end > from
                        && self.is_word(end - 1)
                        && self.word(end - 1).len() <= 3)
                        || (matches!(text, "'" | "’") && !token.space_before)
                        // "9/11 firefighter Ana Ruiz".
                        || (text == "/"
                            && !token.space_before
                            && end > from
                            && self.tokens[end - 1].kind == TokenKind::Number)
                }
                TokenKind::Address => false,
            };
            if !joins {
                break;
            }
            end += 1;
        }
        while end > from && !self.is_word(end - 1) && !self.is_age_noun(end - 1) {
            end -= 1;
        }
        (end > from).then_some(from..end)
    }

    /// A speaker named by the shape of the words after a quotation that ends in a comma,
    /// whatever the verb: "…," an angry Baker retaliated. / "…," Hannity started. / "…,"
    /// opined the Plain Dealer. A short phrase for someone who can speak and a past-tense
    /// verb that closes the clause (or opens it, inverted); nothing else reads that way.
    pub fn speaker_by_shape(&self, after: &Range<usize>) -> Option<CueMatch> {
        let past = |i: usize| {
            i < after.end
                && self.is_word(i)
                && !self.quoted[i]
                && text_is_lowercase(self.word(i))
                && (self.lower(i).ends_with("ed") || self.is_in(i, lexicon::IRREGULAR_PAST))
                && !self.is_in(i, lexicon::CLAUSE_BOUNDARY | lexicon::BETWEEN_SPEAKER_AND_CUE)
        };
        // The clause ends after the verb, or goes on with a time or a place.
        let closes = |i: usize| {
            i >= after.end
                || matches!(self.word(i), "." | "," | ";" | "!" | "?" | "—" | "–")
                || self.is_in(i, lexicon::TIME_OPENER | lexicon::TIME_ADVERB)
                || matches!(
                    self.lower(i),
                    "in" | "at"
                        | "to"
                        | "during"
                        | "after"
                        | "before"
                        | "as"
                        | "when"
                        | "while"
                        | "from"
                        | "outside"
                        | "near"
                )
        };
        let speaker_like = |phrase: &Range<usize>| {
            let head = phrase.clone().rev().find(|&i| self.is_word(i));
            head.is_some_and(|head| {
                self.capitalised(head) || self.is_in(head, lexicon::ROLE_NOUN | lexicon::ANONYMOUS_HEAD)
            }) && !phrase.clone().any(|i| self.quoted[i] || self.is_in(i, lexicon::CLAUSE_BOUNDARY))
                && self.plausible_speaker(phrase)
        };
        let start = after.start;
        let reach = after.end.min(start + 7);
        if let Some(verb) = (start + 1..reach).find(|&i| past(i)) {
            let speaker = start..verb;
            if closes(verb + 1)
                && self.phrase_after(start, after).is_some_and(|p| p.start == start)
                && speaker_like(&speaker)
            {
                return Some(CueMatch { cue: verb..verb + 1, speaker });
            }
        }
        // Inverted, the present tense too: "…," agrees Michelle Stevens, 30.
        let present = |i: usize| {
            i < after.end
                && self.is_word(i)
                && !self.quoted[i]
                && text_is_lowercase(self.word(i))
                && self.lower(i).ends_with('s')
                && !self.lower(i).ends_with("ss")
                && !self.is_in(i, lexicon::CLAUSE_BOUNDARY | lexicon::BETWEEN_SPEAKER_AND_CUE)
        };
        // ("…," exhorted the host, actress Ana Ruiz: a name in apposition says the phrase
        // is someone.)
        let named_after = |phrase: &Range<usize>| {
            phrase.end + 1 < after.end
                && self.word(phrase.end) == ","
                && self
                    .phrase_after(phrase.end + 1, after)
                    .is_some_and(|name| self.capitalised(name.end - 1) && self.plausible_speaker(&name))
        };
        if (past(start) || present(start))
            && let Some(speaker) = self.phrase_after(start + 1, after)
            && closes(speaker.end)
            && (speaker_like(&speaker)
                || named_after(&speaker)
                    && !speaker.clone().any(|i| self.quoted[i] || self.is_in(i, lexicon::CLAUSE_BOUNDARY))
                    && self.plausible_speaker(&speaker))
        {
            return Some(CueMatch { cue: start..start + 1, speaker });
        }
        None
    }

    /// Every cue in `bounds` outside quotations that has a speaker.
    pub fn cues_in(&self, bounds: &Range<usize>) -> Vec<CueMatch> {
        let mut found = Vec::new();
        let mut index = bounds.start;
        while index < bounds.end {
            if let Some(cue) = self.cue_at(index, bounds) {
                let next = cue.end;
                if let Some(speaker) = self.speaker_of(&cue, bounds) {
                    found.push(CueMatch { cue, speaker });
                }
                index = next;
            } else {
                index += 1;
            }
        }
        found
    }

    /// The first cue in `bounds` with a speaker, if it starts at most `reach` tokens into
    /// `bounds`: the first of [`Reader::cues_in`], without looking further.
    pub fn first_cue_in(&self, bounds: &Range<usize>, reach: usize) -> Option<CueMatch> {
        let mut index = bounds.start;
        while index < bounds.end && index - bounds.start <= reach {
            if let Some(cue) = self.cue_at(index, bounds) {
                let next = cue.end;
                if let Some(speaker) = self.speaker_of(&cue, bounds) {
                    return Some(CueMatch { cue, speaker });
                }
                index = next;
            } else {
                index += 1;
            }
        }
        None
    }

    /// The last cue in `bounds` with a speaker: the last of [`Reader::cues_in`], found
    /// walking back. The forward walk skips only the "to" of "according to", which is
    /// never a cue itself, so both walks see the same cues.
    pub fn last_cue_in(&self, bounds: &Range<usize>) -> Option<CueMatch> {
        bounds.clone().rev().find_map(|index| {
            let cue = self.cue_at(index, bounds)?;
            let speaker = self.speaker_of(&cue, bounds)?;
            Some(CueMatch { cue, speaker })
        })
    }

    pub fn is_listener_cue(&self, cue: &Range<usize>) -> bool {
        self.is_in(cue.start, lexicon::LISTENER_CUE)
    }

    /// What kind of speaker the phrase is. `anonymity_noted` tells whether the sentence says
    /// the speaker asked not to be named; it is asked only of a speaker with no name.
    pub fn speaker_kind(
        &self,
        speaker: &Range<usize>,
        anonymity_noted: impl FnOnce() -> bool,
        sentence_start: usize,
    ) -> SpeakerKind {
        let member = self.speaker_member(speaker);
        let whole = speaker;
        let speaker = &self.head_part(speaker);
        let words: Vec<usize> = speaker.clone().filter(|&i| self.is_word(i)).collect();
        let Some(&head) = words.last() else { return SpeakerKind::Role };
        let head_lower = self.lower(head);
        // "Police said", "Officials said": a capitalised common noun opening the sentence.
        let sentence_opening_noun = head == sentence_start
            && words.len() == 1
            && self.is_in(head, lexicon::ANONYMOUS_HEAD | lexicon::ROLE_NOUN);
        // "The Department", "One MP", "the Pope": capitals after a determiner name a body
        // or a role unless the cast knows the name.
        let described = self.is_in(words[0], lexicon::NOUN_DETERMINER | lexicon::INDEFINITE_OPENER) && member.is_none();
        if self.capitalised(head) && !sentence_opening_noun && !described && !self.is_in(head, lexicon::PRONOUN) {
            return SpeakerKind::Named;
        }
        // "speaking on condition of anonymity" makes even "he" or "the diplomat" unnamed.
        if anonymity_noted() {
            return SpeakerKind::Anonymous;
        }
        if words.len() == 1 && self.is_in(head, lexicon::PRONOUN) {
            return SpeakerKind::Pronoun;
        }
        let indefinite =
            self.is_in(words[0], lexicon::INDEFINITE_OPENER) || (words.len() == 1 && head_lower.ends_with('s'));
        if self.is_in(head, lexicon::ANONYMOUS_HEAD) && indefinite {
            return SpeakerKind::Anonymous;
        }
        // "a councillor", "one senator", "two lawmakers": any person's role, unnamed. A
        // spokesperson speaks for a body, and so does a role "for" someone ("a lawyer for
        // the family"): those are the body's or the client's words.
        let singular_head = head_lower.strip_suffix('s').filter(|_| words.len() > 1).unwrap_or(head_lower);
        let role = lexicon::lists_of_lowercase(singular_head) & (lexicon::ROLE | lexicon::PERSON_TITLE) != 0;
        let speaks_for_someone = matches!(singular_head, "spokesman" | "spokeswoman" | "spokesperson")
            || (speaker.end < whole.end && self.lower(speaker.end) == "for");
        if role && !speaks_for_someone && self.is_in(words[0], lexicon::INDEFINITE_OPENER) {
            return SpeakerKind::Anonymous;
        }
        SpeakerKind::Role
    }

    /// The speaker phrase up to a preposition that attaches to its head: "Steve Peers" of
    /// "Steve Peers of the University of Essex", "A source" of "A source within the
    /// Interior Ministry". A title that runs on through "of" ("Mayor of London Sadiq
    /// Khan") leaves a capitalised word before it, and the whole phrase names the speaker.
    fn head_part(&self, speaker: &Range<usize>) -> Range<usize> {
        let cut = (speaker.start + 1..speaker.end)
            .find(|&i| matches!(self.lower(i), "of" | "from" | "at" | "for" | "within" | "with" | "in"));
        match cut {
            Some(cut) if self.is_word(cut - 1) && text_is_lowercase(self.word(cut - 1)) => speaker.start..cut,
            Some(cut) if self.cast.speaker_in(self.span(&(speaker.start..cut))).is_some() => speaker.start..cut,
            _ => speaker.clone(),
        }
    }

    /// The cast member a speaker phrase names: the person or body at its head ("Former
    /// CIA deputy director Michael Morell" is Morell, "Ross Spano of Florida" is Spano).
    pub fn speaker_member(&self, speaker: &Range<usize>) -> Option<MemberId> {
        let head = self.head_part(speaker);
        let last_word = head.clone().rev().find(|&i| self.is_word(i))?;
        // "a spokeswoman for the Ministry of Health" is a role, not the ministry.
        if !self.capitalised(last_word) {
            return None;
        }
        self.cast.speaker_in(self.span(&head))
    }

    /// The head noun of a speaker phrase, lowercased ("official" for "the official").
    pub fn head(&self, speaker: &Range<usize>) -> String {
        speaker.clone().rev().find(|&i| self.is_word(i)).map(|i| self.lower(i).to_string()).unwrap_or_default()
    }

    pub fn is_anonymous_head(word: &str) -> bool {
        lexicon::lists_of_lowercase(word) & lexicon::ANONYMOUS_HEAD != 0
    }
}

fn text_is_lowercase(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
}

/// Whether each sentence says a source asked not to be named, worked out the first time
/// an attribution in that sentence asks (most sentences have none).
pub struct AnonymityNotes<'a> {
    prose: &'a Prose,
    /// Per sentence: `None` until asked.
    noted: Vec<Cell<Option<bool>>>,
}

impl<'a> AnonymityNotes<'a> {
    pub fn new(prose: &'a Prose) -> Self {
        AnonymityNotes { prose, noted: vec![Cell::new(None); prose.sentences.len()] }
    }

    /// Whether sentence `index` notes a source's anonymity ([`notes_anonymity`]).
    pub fn noted(&self, index: usize) -> bool {
        let Some(memo) = self.noted.get(index) else { return false };
        if let Some(noted) = memo.get() {
            return noted;
        }
        let noted = notes_anonymity(self.prose.sentences[index].span.slice(&self.prose.text));
        memo.set(Some(noted));
        noted
    }
}

/// Phrases that say a source asked not to be named.
pub fn notes_anonymity(sentence: &str) -> bool {
    const PHRASES: [&str; 9] = [
        "anonymity",
        "anonymously",
        "not authorized to",
        "not authorised to",
        "declined to be named",
        "asked not to be named",
        "not to be identified",
        "declined to be identified",
        "unnamed",
    ];
    // Every phrase has "anonym", "autho", "named" or "identified" in it; most sentences
    // have none, and an ASCII sentence is checked for them without lowercasing a copy.
    if sentence.is_ascii() {
        let bytes = sentence.as_bytes();
        let at = |index: usize, needle: &[u8]| {
            bytes.get(index..index + needle.len()).is_some_and(|part| part.eq_ignore_ascii_case(needle))
        };
        let hinted = (0..bytes.len()).any(|index| match bytes[index].to_ascii_lowercase() {
            b'a' => at(index, b"anonym") || at(index, b"autho"),
            b'n' => at(index, b"named"),
            b'i' => at(index, b"identified"),
            _ => false,
        });
        if !hinted {
            return false;
        }
    }
    let lower = sentence.to_lowercase();
    PHRASES.iter().any(|phrase| lower.contains(phrase))
}

/// The grammatical person of a pronoun of the first or second person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Person {
    /// "I", "me", "my".
    FirstSingular,
    /// "we", "us", "our".
    FirstPlural,
    /// "you", "your".
    Second,
}

impl Person {
    /// Every person, once.
    pub const ALL: [Person; 3] = [Person::FirstSingular, Person::FirstPlural, Person::Second];
}

/// First- and second-person words: the speaker's own voice.
pub fn is_first_or_second_person(word: &str) -> bool {
    person_of(word).is_some()
}

/// Which person a first- or second-person word speaks in ("I'm" and "we're" count).
pub fn person_of(word: &str) -> Option<Person> {
    // Every word below starts with one of these letters (in either case); nothing else
    // lowercases to them, so other words are answered without lowercasing.
    if !word.starts_with(['m', 'M', 'w', 'W', 'u', 'U', 'o', 'O', 'y', 'Y', 'I']) {
        return None;
    }
    let base = word.split(['\'', '’']).next().unwrap_or(word);
    if base == "I" {
        return Some(Person::FirstSingular);
    }
    // "US" is the country; only the lowercase pronoun counts.
    if base.len() > 1 && base.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    crate::text::tokens::with_lowercase(base, |lower| match lower {
        "me" | "my" | "mine" | "myself" => Some(Person::FirstSingular),
        "we" | "us" | "our" | "ours" | "ourselves" => Some(Person::FirstPlural),
        "you" | "your" | "yours" | "yourself" | "yourselves" => Some(Person::Second),
        _ => None,
    })
}

/// Words of the spoken register that a reporter's paraphrase rarely keeps.
pub fn is_spoken_register(word: &str) -> bool {
    // Every word below starts with one of these letters (in either case); nothing else
    // lowercases to them, so other words are answered without lowercasing.
    if !word.starts_with(['r', 'R', 'a', 'A', 'f', 'F', 'h', 'H', 'o', 'O', 'b', 'B', 'd', 'D', 't', 'T']) {
        return false;
    }
    crate::text::tokens::with_lowercase(word, |lower| {
        matches!(
            lower,
            "really"
                | "actually"
                | "frankly"
                | "honestly"
                | "obviously"
                | "basically"
                | "absolutely"
                | "definitely"
                | "totally"
        )
    })
}
