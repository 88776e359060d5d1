//! `name.variant`: a mention spelt a little differently from its member's established form.

use crate::analysis::cast::{Cast, Slip, Variant};
use crate::rules::Scope;
use crate::rules::finding::Related;
use crate::rules::{Confidence, Context, Finding, Fix, Rule, RuleDoc, RuleId, Severity};
use crate::text::ByteSpan;

pub const RULE: Rule = Rule {
    id: RuleId::NameVariant,
    default_severity: Severity::Warning,
    summary: "A name is spelt two ways (\"Kowalsky\" for \"Kowalski\").",
    doc: RuleDoc {
        what: "Groups the draft's mentions into its cast (people, organisations, places and other names), settles each member's established spelling (a name from the `names` setting first, then the most frequent form; a tie goes to the first full mention) and reports a mention that is a near-spelling of it: one letter added, dropped, changed or swapped, or a letter doubled or undoubled, in a name of four letters or more (a four-letter name may lose a letter: \"Crz\" for \"Cruz\", \"New Yok Times\", unless the three letters left are a word, a name, a title or an abbreviation of their own); a common spelling family (-bury/-berry, -son/-sen, -ski/-sky, -ie/-y, ph/f, c/k, ei/ie) as one slip; two letters that sound alike only when a bare surname speaks and is near exactly one introduced person's; other accents (reported one level lower); a missing hyphen. Places and organisations are checked like people (\"Mozambqiue\", \"Reuetrs\"), and a name the draft writes only one way is checked against the reference data: one slip from exactly one well-known country, US state, big city, singular demonym or organisation, and not itself a known name (\"Nigreia\" for \"Nigeria\", or \"Nigerias’\" for a possessive); so is a capitalised word outside the cast's names that the draft writes once: a line the cast does not read (\"Follow Ed Lamb on Twittsr\", a photo credit), a party-state designation (\"R-Txas\"), a prefixed word (\"anti-Amerikan\"), a place in a title (\"Twxas Senator\"); a word one slip from a place and its people is the people before a capitalised word (\"Cubaq Americans\"), the place elsewhere. Two known words (\"German\" and \"Germany\", \"Gore\" and \"gone\") are never variants of each other (a compound the spelling rule accepts is no known word: \"Sanderrs\" is no \"sand\" + \"errs\"), nor is a word of the dictionary opening a sentence, unless it is one letter from a person's surname. A spelling inside a quotation is reported one level lower: it may be the source's. Quiet: two people the draft introduces with different common first names or surnames (\"Kamala Harris\" and \"Ed Harrison\", \"Jon Stewart\" and \"John Stewart\"), two real places (\"Austria\" and \"Australia\", \"Iran\" and \"Iraq\"), a bare surname near more than one person's, demonyms, families (\"the Obamas\"), plural-looking possessives (`garbled.possessive` reports those), and spellings listed as aliases in the `names` setting. To tell copydesk two similar names are different people, list both in `names`.",
        why: "A misspelt name is the error readers and subjects notice first, and the hardest to correct once printed.",
        example: "\"Maria Kowalski ... Kowalsky said\"; \"Priya Ashbury ... Ashberry said\"; \"Elke Brandt ... Ellke Brandt\"; \"Mozambique ... Mozambqiue\".",
        fix: "Use the established spelling (quick fix), or add the name to the `names` setting if the draft's majority is wrong.",
    },
    scope: Scope::Document(check),
};

fn check(context: &Context) -> Vec<Finding> {
    let mut findings = cast_variants(context);
    findings.extend(loose_slips(context));
    findings.sort_by_key(|finding| finding.span.start);
    findings
}

/// A word of the dictionary as written ("Florid", "Stria"), or three letters that are a
/// word ("Cuz"): written on purpose, not a slip of a name.
fn a_word_written_on_purpose(dialect: Option<crate::settings::Dialect>, written: &str) -> bool {
    use crate::rules::spelling::dictionary::{is_known, is_listed_word};
    is_listed_word(dialect, written)
        || is_listed_word(dialect, &written.to_lowercase())
        || (written.chars().count() < 4 && (is_known(dialect, written) || is_known(dialect, &written.to_lowercase())))
}

/// Slips of well-known names outside the cast's names: a line the cast does not read
/// ("Follow Ed Lamb on Twittsr"), a party-state designation ("R-Txas"), a prefixed word
/// ("anti-Amerikan"), a place in a title ("Twxas Senator Ed Lamb").
fn loose_slips(context: &Context) -> Vec<Finding> {
    let dialect = context.settings.spelling.dialect;
    let slips = {
        let mut memo = context.memo.loose_slips.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        crate::analysis::cast::loose_slips(context.prose, &context.facts.cast, &mut memo)
    };
    slips
        .into_iter()
        .filter(|slip| !a_word_written_on_purpose(dialect, &slip.written) && !after_a_name(context, slip.span))
        .map(|slip| {
            let confidence =
                if context.facts.quotes.contains(slip.span.start) { Confidence::Low } else { Confidence::High };
            let message = reference_message(&slip.written, slip.established, slip.slip, "name");
            slip_finding(slip.span, message, slip.established, confidence)
        })
        .collect()
}

/// Whether the word at `span` follows a capitalised word that is no word of the
/// dictionary, one space before it: a surname the cast did not read ("Nouha Saoudi").
fn after_a_name(context: &Context, span: ByteSpan) -> bool {
    use crate::rules::spelling::dictionary::is_known;
    let text = context.prose.text.as_str();
    let tokens = &context.prose.tokens;
    let at = tokens.partition_point(|token| token.span.start < span.start);
    let Some(before) = at.checked_sub(1).and_then(|before| tokens.get(before)) else { return false };
    let word = before.text(text);
    let next_to = text.get(before.span.end..span.start) == Some(" ");
    next_to
        && before.kind == crate::text::TokenKind::Word
        && word.starts_with(char::is_uppercase)
        && !is_known(context.settings.spelling.dialect, &word.to_lowercase())
}

fn cast_variants(context: &Context) -> Vec<Finding> {
    let cast = &context.facts.cast;
    let dialect = context.settings.spelling.dialect;
    cast.variants
        .iter()
        .filter(|variant| worth_reporting(cast, variant, dialect))
        .map(|variant| {
            // Accents dropped, or a spelling inside a quotation (the source's own), are
            // worth a look but not a warning.
            // So is a slip found word by word inside a longer name, where the cast did not
            // link the mention to its member.
            let low = variant.slip == Slip::Accents
                || variant.word_level
                || context.facts.quotes.contains(variant.span.start);
            let confidence = if low { Confidence::Low } else { Confidence::High };
            let what = if variant.given_name { "first name" } else { "name" };
            let message = if variant.from_reference {
                reference_message(&variant.written, &variant.established, variant.slip, what)
            } else {
                format!(
                    "\"{}\" is spelt \"{}\" elsewhere in the draft ({}): check the {what}.",
                    variant.written,
                    variant.established,
                    variant.slip.describe()
                )
            };
            let finding = slip_finding(variant.span, message, &variant.established, confidence);
            Finding { related: other_spellings(context, variant), ..finding }
        })
        .collect()
}

/// Whether the rule reports a variant the cast found: hover and `copydesk cast` list only
/// these, so they never show a spelling the checker stays quiet on.
pub fn worth_reporting(cast: &Cast, variant: &Variant, dialect: Option<crate::settings::Dialect>) -> bool {
    // A name spelt once is checked against the reference data: a word of the dictionary
    // ("Austrian" is a word, "Gaza" a name) is written on purpose. Two known words are never
    // variants of each other: "German" and "Germany", "Gore" and "gone" are both written on
    // purpose.
    let known_pair = !(variant.from_reference || variant.slip == Slip::StrayPlural)
        && both_known_words(dialect, &variant.written, &variant.established);
    // A sentence-initial word of the dictionary is that word, its capital the sentence's
    // ("Call" beside "Kall", "Free" beside "Fred"), unless it is one letter from a person's
    // surname ("Brigs said" after "Ed Briggs").
    let sentence_word = cast.mention(variant.mention).is_some_and(|mention| {
        use crate::rules::spelling::dictionary::is_listed_word;
        let surname = cast.member(mention.member).and_then(|member| member.surname.as_ref());
        let of_a_surname = variant.slip == Slip::OneEdit && surname == Some(&variant.established);
        mention.weak && !of_a_surname && is_listed_word(dialect, &variant.written.to_lowercase())
    });
    // A name spelt once, or three letters left of a four-letter name ("Crz" for "Cruz"), is
    // a slip only when it is no word of its own ("Florid", "Cuz").
    let short = variant.written.chars().count() < 4;
    let checked = short || (variant.from_reference && variant.slip != Slip::StrayPlural);
    let own_word = checked && a_word_written_on_purpose(dialect, &variant.written);
    !known_pair && !sentence_word && !own_word
}

/// What a slip of a well-known name says: the draft offers no other spelling.
fn reference_message(written: &str, established: &str, slip: Slip, what: &str) -> String {
    format!(
        "\"{written}\" is written only this way, and \"{established}\" is the well-known name ({}): check the {what}.",
        slip.describe()
    )
}

/// A finding at `span` with the fix that writes `established`.
fn slip_finding(span: ByteSpan, message: String, established: &str, confidence: Confidence) -> Finding {
    Finding::of(RuleId::NameVariant, span, message)
        .with_fix(Fix::replace(format!("Write \"{established}\""), span, established.to_string()))
        .with_confidence(confidence)
}

/// At most this many places a variant points at: a long story names a person dozens of
/// times, and the editor needs a few to compare, not every one.
const MAX_RELATED: usize = 8;

/// The places a variant points at: the member's introduction, then each other mention
/// that spells the member differently from the variant, in document order.
fn other_spellings(context: &Context, variant: &Variant) -> Vec<Related> {
    let cast = &context.facts.cast;
    let text = context.draft;
    let Some(mention) = cast.mention(variant.mention) else { return Vec::new() };
    let Some(member) = cast.member(mention.member) else { return Vec::new() };
    let introduction = cast.introduction(mention.member).filter(|intro| !intro.overlaps(variant.span));
    let mut related: Vec<Related> = Vec::new();
    if let Some(intro) = introduction {
        related.push(Related { span: intro, message: format!("Introduced here as “{}”", intro.slice(text)) });
    }
    let mut seen: Vec<&str> = Vec::new();
    for &other in &member.mentions {
        let Some(other) = cast.mention(other) else { continue };
        let written = other.name.slice(text);
        let same_slip = written.contains(variant.written.as_str());
        if other.name.overlaps(variant.span) || same_slip || introduction == Some(other.name) {
            continue;
        }
        // Each spelling once: the first place it is written.
        if seen.contains(&written) {
            continue;
        }
        seen.push(written);
        related.push(Related { span: other.name, message: format!("Spelt “{written}” here") });
        if related.len() >= MAX_RELATED {
            break;
        }
    }
    related.sort_by_key(|place| place.span.start);
    related
}

/// Two known words are never variants of each other ("German" and "Germany", "Gore" and
/// "gone"): both written on purpose. Known: a word the dictionary lists in lowercase, a
/// country, state, people or well-known organisation; not a given name, surname or town,
/// which a slip of another may hit, nor a compound or plural the spelling rule would
/// accept ("Sanderrs" is no "sand" + "errs", "Holywood" no "holy" + "wood"). The
/// newsroom's memory asks the same across stories.
pub fn both_known_words(dialect: Option<crate::settings::Dialect>, written: &str, established: &str) -> bool {
    let known = |word: &str| {
        use crate::analysis::reference;
        reference::is_demonym(word)
            || reference::is_organisation(word)
            || reference::place(word).is_some_and(|place| place.kind != reference::PlaceKind::City)
            || crate::rules::spelling::dictionary::is_listed_word(dialect, &word.to_lowercase())
    };
    known(written) && known(established)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fixed, flagged, flagged_with, related};
    use crate::settings::{KnownName, Settings};

    const CODE: &str = "name.variant";

    #[test]
    fn flags_near_spellings_of_a_person() {
        let draft = "Anna Kowalski spoke first. Kowalski said the plan was sound. Kowalsky added that it would pass.";
        assert_eq!(flagged(CODE, draft), ["Kowalsky"]);
        assert_eq!(fixed(CODE, draft), draft.replace("Kowalsky", "Kowalski"));
        let draft = "Lars Hendricksen, the club's coach, resigned. Hendricksen said he was tired. Hendrickson will leave in May.";
        assert_eq!(flagged(CODE, draft), ["Hendrickson"]);
        let draft = "Rep. Alexandria Ocasio-Cortez spoke. Ocasio-Cortez said it again. Later, Ocasio Cortez left.";
        assert_eq!(flagged(CODE, draft), ["Ocasio Cortez"]);
        let draft = "Michael Thornberry, the chairman, spoke. Thornberry left. Micheal Thornberry returned.";
        assert_eq!(flagged(CODE, draft), ["Micheal"]);
        // A plural-looking possessive is `garbled.possessive`'s, reported once there.
        let draft = "President Biden called. Biden said so. Later, Joe Bidens’ frustration grew.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        assert_eq!(flagged("garbled.possessive", draft), ["Bidens’"]);
        let draft = "José Martínez, the mayor, spoke. Martínez said yes. Martinez left.";
        assert_eq!(flagged(CODE, draft), ["Martinez"]);
        // A slip the spelling rule would read as a compound or a plural of words ("sand" +
        // "errs", "saner" + "s") is still a slip of the name.
        let draft = "Ruth Sanders chairs the board. Sanders said the vote was close. The host asked Sanderrs about it.";
        assert_eq!(fixed(CODE, draft), draft.replace("Sanderrs", "Sanders"));
        let draft = "Ruth Sanders chairs the board. Sanders said the vote was close. Critics of Saners left.";
        assert_eq!(flagged(CODE, draft), ["Saners"]);
        // A slip opening a sentence, of a given name the draft also writes alone.
        let draft =
            "Wanda Okafor spoke in Ohio. Okafor said it was fine. Wanda said so too. “Waanda was in Reno,” she said.";
        assert_eq!(fixed(CODE, draft), draft.replace("Waanda", "Wanda"));
        let draft = "Ed Kall spoke in Ohio. Kall said it was fine. Call the office, critics said.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        let draft = "Fred Lamb spoke in Ohio. Lamb said it was fine. Fred Sr. agreed.\nFree-spirited, he left.";
        assert_eq!(flagged(CODE, draft), Vec::<String>::new());
        let draft = "Ed Briggs spoke in Ohio. Briggs said it was fine. Brigs said it again.";
        assert_eq!(flagged(CODE, draft), ["Brigs"]);
        // A four-letter name with a letter dropped, in a name or alone.
        let draft = "Ted Cruz spoke in Reno. Cruz said it was fine. Later Crz said it again.";
        assert_eq!(fixed(CODE, draft), draft.replace("Crz", "Cruz"));
        let draft = "The New York Times ran it. The New Yok Times ran it again.";
        assert_eq!(fixed(CODE, draft), draft.replace("Yok", "York"));
    }

    #[test]
    fn a_variant_points_at_the_introduction_and_each_other_spelling() {
        let draft = "Anna Kowalski spoke first. Kowalski said the plan was sound. Kowalski agreed. Kowalsky added that it would pass. Kowalsky left.";
        let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
        };
        let expected =
            owned(&[("Anna Kowalski", "Introduced here as “Anna Kowalski”"), ("Kowalski", "Spelt “Kowalski” here")]);
        assert_eq!(
            related(CODE, draft),
            [("Kowalsky".to_string(), expected.clone()), ("Kowalsky".to_string(), expected)]
        );
        // A name checked against the reference data has no other spelling in the draft.
        assert_eq!(related(CODE, "Officials from Nigreia met in Accra."), [("Nigreia".to_string(), vec![])]);
    }

    #[test]
    fn a_name_spelt_once_is_checked_against_the_reference_data() {
        let draft = "Officials from Nigreia and Ghana met in Accra on Tuesday to discuss the pipeline.";
        assert_eq!(flagged(CODE, draft), ["Nigreia"]);
        assert_eq!(fixed(CODE, draft), draft.replace("Nigreia", "Nigeria"));
        let draft = "The figures were first reported by Reutres, which cited two officials.";
        assert_eq!(fixed(CODE, draft), draft.replace("Reutres", "Reuters"));
        // A slip that the spelling rule would take for a compound ("mart" + "land") is no
        // word the writer chose; a part of a hyphenated word is checked on its own; a swap
        // picks the one name it keeps the letters of.
        let draft = "Residents of Bethesda, Martland, marched on Sunday.";
        assert_eq!(fixed(CODE, draft), draft.replace("Martland", "Maryland"));
        let draft = "The survey counted Afrixan-American voters in each district last year.";
        assert_eq!(fixed(CODE, draft), draft.replace("Afrixan", "African"));
        let draft = "Delegates from Germayn and Japan signed the accord in Lisbon.";
        assert_eq!(fixed(CODE, draft), draft.replace("Germayn", "Germany"));
        // Real places, peoples, people and ordinary words stay quiet.
        for draft in [
            "Officials from Niger and Ghana met in Accra on Tuesday.",
            "Dana Malik, the trade minister, met officials in Accra.",
            "The Austrian delegation and the Australian one left early.",
            "Leaders of Chad and Niger met in Rome on Friday.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn a_well_known_name_outside_the_cast_is_checked_too() {
        for (draft, slip, name) in [
            ("The senator spoke on Monday.\n\nFollow Ruth Okafor on Twittsr @rokafor.", "Twittsr", "Twitter"),
            ("Sen. Ruth Okafor (R-Txas) voted no on Monday.", "Txas", "Texas"),
            ("The crowd chanted anti-Amerikan slogans outside.", "Amerikan", "American"),
            ("The rally drew Cubaq Americans from Miami.", "Cubaq", "Cuban"),
            ("The ship sailed for Cubaq in 1959, officials said.", "Cubaq", "Cuba"),
            ("Reporting by Ruth Okafor in Bejing; editing by Ed Lamb.", "Bejing", "Beijing"),
            ("Candidate Twxas Senator Ruth Okafor spoke first.", "Twxas", "Texas"),
        ] {
            assert_eq!(flagged(CODE, draft), [slip], "{draft}");
            assert_eq!(fixed(CODE, draft), draft.replace(slip, name), "{draft}");
        }
        // Words of the dictionary, names of people, words the draft writes twice stay quiet.
        for draft in [
            "Follow Ruth Okafor on Twitter @rokafor. Her florid prose drew fans.",
            "The pact between Texas and Mexico was signed in Austin by Gov. Ed Cubas.",
            "Ed Lamb met Irana Cole. Cole said Irana was late.",
            // Surnames after a given name, in a list the cast may not read.
            "Victims: Nouha Saoudi, Paige Lim and Ed Lamb.",
            "Guests were Indian; the Myanma embassy said two pilgrims from Myanmar died.",
            "Kenya hosted the talks. Later, Kenyas’ foreign minister spoke.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn different_people_families_and_groups_stay_quiet() {
        for draft in [
            "Kamala Harris met Ed Harrison. Harris said yes; Harrison said no.",
            "Boris Johnson met Tom Johnston. Johnson spoke, then Johnston.",
            "Serena Williams beat Venus Williams. Williams said she was tired.",
            "President Obama spoke. The Obamas’ dog barked. Democrats agreed; the Democrat leader did too.",
            "Gambia and Zambia met in Banjul. Gambia won.",
            "Li Wei met Li Wen. Li Wei left.",
            "German officials said Germany would pay. Germany agreed.",
            "Al Gore spoke. Gore said the moment was gone. Gone were the days of delay, Gore added.",
            "The Biden-Xi Phone Call Raises a Key Question: Who Blinks First?",
            // Three letters that are a word of their own.
            "Ted Cruz spoke in Reno. Cruz said it was fine, cuz. Cuz, he said, it was.",
        ] {
            assert_eq!(flagged(CODE, draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn a_known_name_and_its_aliases_win() {
        let draft = "Volodymyr Zelensky spoke. Zelensky said no.";
        let mut settings =
            Settings { names: vec![KnownName::Plain("Volodymyr Zelenskyy".to_string())], ..Settings::default() };
        assert_eq!(flagged_with(CODE, draft, &settings), ["Zelensky", "Zelensky"]);
        settings.names = vec![KnownName::WithAliases {
            name: "Volodymyr Zelenskyy".to_string(),
            aliases: vec!["Zelensky".to_string()],
        }];
        assert_eq!(flagged_with(CODE, draft, &settings), Vec::<String>::new());
    }

    #[test]
    fn two_similar_names_listed_in_the_setting_stay_two_people() {
        let draft = "Tom Johnston, the coach, spoke. Johnston said the team was tired, and Johnson agreed.";
        assert_eq!(flagged(CODE, draft), ["Johnson"]);
        let settings = Settings {
            names: vec![KnownName::Plain("Tom Johnston".to_string()), KnownName::Plain("Boris Johnson".to_string())],
            ..Settings::default()
        };
        assert_eq!(flagged_with(CODE, draft, &settings), Vec::<String>::new());
    }
}
