//! The story's cast: the people, organisations, places and other names a draft names, built
//! once per analysis from one mention recogniser (issue 15).
//!
//! `mentions` reads capitalised runs with their titles and surroundings, `cluster` groups
//! them into members, and this module settles each member's kind, established spelling,
//! canonical name and the mentions that stray from it (`words` adds slips inside longer
//! names). `query` answers the quote analysis and the rules, `present` the hover and the
//! who's-who, `reuse` keeps paragraphs' mentions across edits; `ids` types the indices of
//! members and mentions. Nothing else in copydesk recognises names.

mod cluster;

mod gender;
mod ids;
mod known;
mod lowercase_counts;
pub mod mention_memo;
pub mod mentions;
mod query;
mod recluster;
mod reference_slips;
mod shapes;
pub mod similarity;
mod words;

use crate::analysis::fast_hash::FastMap as HashMap;

pub use crate::analysis::name_words::Gender;
pub use cluster::one_word_slipped;
pub use ids::{MemberId, MentionId};
pub use mentions::{Join, Mention, NameWord};
pub use query::NamedIn;
pub use reference_slips::{LooseSlip, LooseSlipsMemo, is_known_name, loose_slips};
pub use shapes::is_designation;
pub use similarity::Slip;

use crate::analysis::fast_hash::{FastMap, FastSet};
use crate::settings::Settings;
use crate::text::{ByteSpan, Prose};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MemberKind {
    Person,
    Organisation,
    Place,
    /// A party, a faith or a people named as a group ("Republicans", "Muslims", "Latinos").
    Group,
    /// An event: "Democratic National Convention", "Cold War", "Election Day", "Christmas".
    Event,
    /// A law, programme or work: "Affordable Care Act", "Second Amendment", "Medicare".
    Work,
    #[default]
    Other,
}

impl MemberKind {
    /// The order a who's-who lists kinds in: people first, unplaced names last.
    pub fn rank(self) -> u8 {
        match self {
            MemberKind::Person => 0,
            MemberKind::Organisation => 1,
            MemberKind::Place => 2,
            MemberKind::Group => 3,
            MemberKind::Event => 4,
            MemberKind::Work => 5,
            MemberKind::Other => 6,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MemberKind::Person => "person",
            MemberKind::Organisation => "organisation",
            MemberKind::Place => "place",
            MemberKind::Group => "group",
            MemberKind::Event => "event",
            MemberKind::Work => "work",
            MemberKind::Other => "name",
        }
    }
}

/// "Ohio Democrats", "Wyoming Republicans": a party's or a faith's people of a place.
fn of_a_place(mention: &Mention) -> bool {
    let core = mention.core();
    let [place @ .., last] = core.as_slice() else { return false };
    let place = place.iter().map(|w| &*w.text).collect::<Vec<_>>().join(" ");
    !place.is_empty()
        && last.text.ends_with('s')
        && crate::analysis::name_words::is_group_word(&last.text)
        && (known::place(&place).is_some() || crate::analysis::name_words::is_region(&place))
}

/// "the Clintons", "the Rickettses": a family named by its plural, not a place or a body.
/// "NewsPulse": a capitalised word of letters with a capital after a first part of four
/// letters or more, that part no surname's prefix.
fn camel_case(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let Some(inner) = word.char_indices().skip(1).find(|(_, c)| c.is_ascii_uppercase()).map(|(i, _)| i) else {
        return false;
    };
    let head = &word[..inner];
    let rest = &word[inner..];
    head.len() >= 4
        && rest.chars().skip(1).any(|c| c.is_ascii_lowercase())
        && !matches!(head, "Fitz" | "Vander" | "Vanden" | "Della" | "Delle" | "Dela")
}

fn is_family(word: &str) -> bool {
    let stem = word.strip_suffix("es").filter(|stem| stem.ends_with(['s', 'z', 'x'])).or(word.strip_suffix('s'));
    stem.is_some_and(|stem| {
        stem.chars().count() >= 3
            && !stem.ends_with('s')
            && stem.chars().skip(1).all(char::is_lowercase)
            && known::place(word).is_none()
            && !known::organisation(word)
            && !crate::analysis::name_words::is_organisation_word(word)
    })
}

/// Someone or something the draft names.
#[derive(Clone, Debug, Default)]
pub struct Member {
    /// "Joe Biden", "Barrick Gold Corp.", "Xi Jinping".
    pub canonical: String,
    pub kind: MemberKind,
    /// The member's mentions, in document order.
    pub mentions: Vec<MentionId>,
    pub descriptors: Vec<String>,
    /// The established surname (people) as the draft mostly writes it.
    pub surname: Option<String>,
    /// The established given names (people named in full).
    pub given: Option<String>,
    /// The first mention with given name and surname.
    pub first_full: Option<MentionId>,
    /// Named in the settings: the newsroom's spelling wins.
    pub known: bool,
    /// The subject of a cue verb somewhere ("Reuters reported"): a possible speaker.
    pub speaks: bool,
    /// Something beyond capitals says this is a person: a title, a role, a quote verb.
    pub evidenced_person: bool,
    /// For a person: what titles, given-name data and the pronouns the draft uses for them
    /// say about the pronouns that may refer to them.
    pub gender: Gender,
    /// Indices into `Quotes::quotes` of the quotations attributed to this member, filled
    /// by `Cast::attach_quotations` once the quote analysis has run.
    pub quotations: Vec<usize>,
}

ids::indexes!(MemberId => Member);

/// A mention whose spelling strays from its member's established one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub mention: MentionId,
    /// The strayed words only ("Bidens" in "Joe Bidens’").
    pub span: ByteSpan,
    pub written: String,
    pub established: String,
    pub slip: Slip,
    /// The given name slipped, not the surname.
    pub given_name: bool,
    /// Found word by word inside a longer name, not by linking the mention to its member:
    /// weaker evidence, reported one level lower.
    pub word_level: bool,
    /// A name the draft spells only this way, one slip from a well-known place, people or
    /// organisation of the reference data (`established` is the data's spelling).
    pub from_reference: bool,
}

/// The cast a draft names.
#[derive(Clone, Debug, Default)]
pub struct Cast {
    pub mentions: Vec<Mention>,
    pub members: Vec<Member>,
    pub variants: Vec<Variant>,
    /// Names the draft always writes in lowercase ("npm", "pnpm"): a product or project,
    /// which may start a sentence in lowercase.
    lowercase_names: FastSet<String>,
    /// The clustering the members were settled from (shared with the memo while it holds).
    clustering: Option<std::sync::Arc<recluster::Clustering>>,
}

/// What the cast keeps from one analysis of a document for the next (part of the engine's
/// memo): each paragraph's mentions, the clustering with the readings it was computed from,
/// the members and variants settled from it, and each paragraph's pronoun votes.
#[derive(Clone, Debug, Default)]
pub struct Memo {
    mentions: mention_memo::MentionCache,
    clustering: Option<std::sync::Arc<recluster::Clustering>>,
    settled: Option<Settled>,
    votes: Option<gender::VoteCache>,
    /// The spelling keys of the names the draft uses.
    keys: cluster::NameKeys,
}

/// The members and variants settled from a clustering, each variant with where it lies
/// in the words of its mention, so it can be moved onto the same words after an edit that
/// keeps every mention's reading.
#[derive(Clone, Debug)]
struct Settled {
    members: Vec<Member>,
    variants: Vec<(Variant, VariantPlace)>,
}

/// Where a variant lies in its mention: the first and last words it touches, and how far
/// into the first it starts and before the end of the last it stops (a part of a
/// hyphenated word: "Man" of "Spider-Man").
#[derive(Clone, Copy, Debug)]
struct VariantPlace {
    first: usize,
    into_first: usize,
    last: usize,
    before_end_of_last: usize,
}

impl Settled {
    /// `None` when a variant does not lie inside the words of its mention.
    fn of(cast: &Cast) -> Option<Settled> {
        let place = |variant: &Variant| {
            let words = &cast.mentions.get(variant.mention.index())?.words;
            let (start, end) = (variant.span.start, variant.span.end);
            let first = words.iter().position(|w| w.span.start <= start && start < w.span.end)?;
            let last = words.iter().position(|w| w.span.start < end && end <= w.span.end)?;
            let place = VariantPlace {
                first,
                into_first: start - words[first].span.start,
                last,
                before_end_of_last: words[last].span.end - end,
            };
            Some((variant.clone(), place))
        };
        let variants = cast.variants.iter().map(place).collect::<Option<Vec<_>>>()?;
        Some(Settled { members: cast.members.clone(), variants })
    }

    /// The members and variants for `mentions`, read as the settled cast's were (the same
    /// clustering): each variant moved onto the same words of its mention (which read as
    /// before, so the same offsets inside them hold).
    fn for_mentions(&self, mentions: &[Mention]) -> Option<(Vec<Member>, Vec<Variant>)> {
        let moved = |(variant, place): &(Variant, VariantPlace)| {
            let words = &mentions.get(variant.mention.index())?.words;
            let start = words.get(place.first)?.span.start.checked_add(place.into_first)?;
            let end = words.get(place.last)?.span.end.checked_sub(place.before_end_of_last)?;
            (start < end).then_some(())?;
            Some(Variant { span: ByteSpan::new(start, end), ..variant.clone() })
        };
        let variants = self.variants.iter().map(moved).collect::<Option<Vec<_>>>()?;
        Some((self.members.clone(), variants))
    }
}

impl Cast {
    /// The cast of `prose`. `memo` holds what the last analysis of the same document kept:
    /// the mentions of unchanged paragraphs are reused (see `reuse`), the clustering is
    /// applied again when every mention reads as before (see `recluster`), and so are the
    /// members settled from it; the result is the same as with a fresh memo.
    pub fn gather(prose: &Prose, settings: &Settings, memo: &mut Memo) -> Self {
        let (mut mentions, lowercase_names) = mention_memo::extract_reusing(prose, &mut memo.mentions);
        let previous = memo.clustering.take();
        let clustering = recluster::cluster_reusing(&mut mentions, settings, previous.as_ref(), &mut memo.keys);
        // Clustered again to the same clusters of the same mentions read the same: the
        // settled members still hold.
        let reclustered = !previous.is_some_and(|previous| {
            std::sync::Arc::ptr_eq(&previous, &clustering) || previous.settles_like(&clustering)
        });
        let clusters = clustering.clusters();
        let mut cast = Cast {
            mentions,
            members: Vec::with_capacity(clusters.len()),
            variants: Vec::new(),
            lowercase_names,
            clustering: None,
        };
        // The same clustering of mentions read the same settles the same members and
        // variants: only the variants' positions move.
        let settled = if reclustered { None } else { memo.settled.as_ref() };
        match settled.and_then(|settled| settled.for_mentions(&cast.mentions)) {
            Some((members, variants)) => {
                (cast.members, cast.variants) = (members, variants);
            }
            None => {
                for cluster in clusters {
                    let member = cast.settle(cluster, prose.text.as_str());
                    cast.members.push(member);
                }
                cast.people_by_their_names(clusters);
                cast.reference_variants(prose.text.as_str());
                cast.variants.sort_by_key(|v| v.span.start);
                cast.word_variants(&mut memo.keys);
                memo.settled = Settled::of(&cast);
            }
        }
        let votes = gender::settle(&mut cast, prose, Some(gender::Reuse { previous: memo.votes.as_ref() }));
        memo.votes = votes;
        cast.clustering = Some(std::sync::Arc::clone(&clustering));
        memo.clustering = Some(clustering);
        cast
    }

    /// "Nigreia", "Reutres": a member the draft writes in one spelling only, one word, one
    /// slip from a well-known name of the reference data, and neither a person nor a name
    /// from the settings.
    fn reference_variants(&mut self, text: &str) {
        // A word the draft also uses inside another name ("Osama" of "Osama bin Laden") is
        // the draft's own spelling, not a slip.
        let mut counts: FastMap<&str, usize> = FastMap::default();
        for mention in &self.mentions {
            for word in &mention.words {
                *counts.entry(&*word.text).or_default() += 1;
            }
        }
        let mut found = Vec::new();
        for member in &self.members {
            if member.known || member.kind == MemberKind::Person || member.evidenced_person {
                continue;
            }
            let Some(&first) = member.mentions.first() else { continue };
            let written = self.mentions[first].core_text();
            let one_spelling = member.mentions.iter().all(|&m| self.mentions[m].core_text() == written);
            if !one_spelling {
                continue;
            }
            let possessive = member.mentions.iter().all(|&m| self.mentions[m].possessive);
            // Each word of the name ("the Ketnucky Republican"), a lone word possessive or not.
            let words = self.mentions[first].words.len();
            for w in 0..words {
                let word = &self.mentions[first].words[w];
                if !word.is_core() {
                    continue;
                }
                let uses = counts.get(&*word.text).copied().unwrap_or(0);
                if uses > member.mentions.len() {
                    continue;
                }
                let lone_possessive = possessive && words == 1;
                // The word, or each part of a hyphenated one ("Afrixan-American").
                let hyphenated = word.text.contains('-');
                let mut parts = Vec::new();
                let mut offset = 0;
                for part in word.text.split('-') {
                    let possessive = lone_possessive && !hyphenated;
                    if let Some(slip) = reference_slips::well_known_slip(part, possessive) {
                        parts.push((offset, part, slip));
                    }
                    offset += part.len() + 1;
                }
                for (offset, part, (established, slip)) in parts {
                    for &m in &member.mentions {
                        let Some(word) = self.mentions[m].words.get(w) else { continue };
                        if word.span.slice(text).trim_end_matches(['’', '\'', 'ʼ']) != &*word.text {
                            continue;
                        }
                        // Another mention of the member may hold other words at this place
                        // (one spelling of the name, not of every word read with it).
                        if word.text.get(offset..offset + part.len()) != Some(part) {
                            continue;
                        }
                        let start = word.span.start + offset;
                        found.push(Variant {
                            mention: m,
                            span: ByteSpan::new(start, start + part.len()),
                            written: part.to_string(),
                            established: established.to_string(),
                            slip,
                            given_name: false,
                            word_level: words > 1 || hyphenated,
                            from_reference: true,
                        });
                    }
                }
            }
        }
        self.variants.extend(found);
    }

    /// Whether a name the gazetteer does not know speaks ("Vantora said") at least as often
    /// as a preposition puts it where a place goes ("access to Vantora"): a body or a
    /// person, not a place.
    fn speaks_more_than_placed(&self, cluster: &cluster::Cluster, text: &str) -> bool {
        let evidence = cluster.evidence;
        evidence.speaker > 0 && evidence.speaker >= evidence.place && !self.in_gazetteer(cluster, text)
    }

    /// Kind, established spellings, canonical name and variants of one cluster.
    fn settle(&mut self, cluster: &cluster::Cluster, text: &str) -> Member {
        let evidence = cluster.evidence;
        let kind = self.kind_by_evidence(cluster, text);
        let mut member = Member {
            kind,
            mentions: cluster.mentions.clone(),
            descriptors: self.descriptors(cluster),
            first_full: cluster
                .mentions
                .iter()
                .copied()
                // "the harbour offices The S.E.C. wants closed": an article the copy kept opens
                // no one's full name.
                .find(|&m| {
                    let mention = &self.mentions[m];
                    mention.is_full_name() && !mention.weak && mention.words.first().is_none_or(|w| &*w.text != "The")
                }),
            known: cluster.known.is_some(),
            evidenced_person: evidence.person > 0 && evidence.person_like(),
            speaks: evidence.speaker > 0,
            ..Member::default()
        };
        self.person_by_usage(cluster, &mut member);
        // Spelt as a person's: a person by evidence, or a name of no kind given in full.
        let person_like = kind == MemberKind::Person || (kind == MemberKind::Other && member.first_full.is_some());
        if person_like {
            self.settle_person(cluster, &mut member, text);
        } else {
            self.settle_other(cluster, text);
        }
        member.canonical = self.canonical_name(cluster, &member, text);
        member
    }

    /// The kind the cluster's evidence gives it: a person, then an organisation, then a
    /// place (by the draft's words or, when nothing speaks for anything else, the
    /// gazetteer).
    fn kind_by_evidence(&self, cluster: &cluster::Cluster, text: &str) -> MemberKind {
        let evidence = cluster.evidence;
        // "the Center for the Arts": a group's word the body's name holds after its
        // connector is the body's.
        if self.names_a_group(cluster) && evidence.organisation < 2 {
            MemberKind::Group
        } else if evidence.person > 0 && evidence.person_like() {
            MemberKind::Person
        } else if evidence.organisation > 0 && evidence.organisation >= evidence.place {
            MemberKind::Organisation
        } else if evidence.person == 0
            && (evidence.place == 0 || (evidence.region == 0 && !self.in_gazetteer(cluster, text)))
            && self.in_organisation_table(cluster)
        {
            // "Reuters reported", "a Twitter post", "the Drudge Report": a well-known
            // organisation, when the draft says nothing of a person, whatever its last
            // word; "employees at Wells Fargo" puts a company where a place goes, but a
            // company no gazetteer knows as a place is still the company.
            MemberKind::Organisation
        } else if let Some(kind) = self.event_or_work(cluster).filter(|_| evidence.person == 0) {
            kind
        } else if evidence.quoted > 0
            && evidence.person + evidence.speaker + evidence.place == 0
            && !self.in_gazetteer(cluster, text)
        {
            // "“Madam Secretary”", "“Meet the Press”": a title in quotation marks.
            MemberKind::Work
        } else if evidence.body > 0
            && evidence.body >= evidence.place
            && evidence.person + evidence.region == 0
            && !self.in_gazetteer(cluster, text)
        {
            // "officials at Skyvale, a division of ...": what the copy calls the name
            // outweighs a preposition of place.
            MemberKind::Organisation
        } else if (evidence.place_like() && !self.speaks_more_than_placed(cluster, text))
            || (evidence.person + evidence.speaker == 0 && self.in_gazetteer(cluster, text))
            || (evidence.person == 0 && self.names_a_country(cluster, text))
        {
            MemberKind::Place
        } else if evidence.person + evidence.place == 0 && self.camel_case_brand(cluster) {
            // "told NewsPulse", "a FactFinder survey": a brand's or an outlet's shape.
            MemberKind::Organisation
        } else if self.lone_given_name(cluster) && (cluster.mentions.len() > 1 || self.common_given_name(cluster)) {
            MemberKind::Person
        } else if evidence.body > evidence.region {
            // "the airline Skyvale", "Skyvale, a regional airline".
            MemberKind::Organisation
        } else if evidence.region > 0 {
            // "the Dorvan region", "Brantford, Ohio".
            MemberKind::Place
        } else if self.names_a_country_or_state(cluster) {
            // "Kestrel and Ohio voted", "the Ohio state director": a country or a state
            // that something made speak or stand beside a title, and that nothing makes
            // a person, is still the place (a government or a state party speaks for it).
            MemberKind::Place
        } else {
            MemberKind::Other
        }
    }

    /// Every mention of the cluster is one word the gazetteer knows as a country or a
    /// first-level subdivision (not a city, which may be a surname: "Austin said").
    fn names_a_country_or_state(&self, cluster: &cluster::Cluster) -> bool {
        !cluster.mentions.is_empty()
            && cluster.mentions.iter().all(|&m| {
                let mention = &self.mentions[m];
                mention.title.is_none()
                    && mention.words.len() == 1
                    && known::place(&mention.core_text())
                        .is_some_and(|place| place.kind != crate::analysis::reference::PlaceKind::City)
            })
    }

    /// Every mention is one word with a capital inside it after three lowercase letters or
    /// more ("NewsPulse", "InsideLedger"): the shape of a company's, an outlet's or a
    /// brand's name, never of a person's ("McConnell", "DeSantis", "MacArthur"; "FitzGerald"
    /// and "VanderSloot" are surnames' prefixes).
    fn camel_case_brand(&self, cluster: &cluster::Cluster) -> bool {
        cluster.mentions.iter().all(|&m| match self.mentions[m].words.as_slice() {
            [word] => camel_case(&word.text),
            _ => false,
        })
    }

    /// "Barack and I agreed", "a letter to Debbie": a given name common
    /// enough (20,000 US births or more) that, used alone once outside a headline, it
    /// names a person.
    fn common_given_name(&self, cluster: &cluster::Cluster) -> bool {
        cluster.mentions.iter().all(|&m| {
            let mention = &self.mentions[m];
            !mention.weak && known::given_name(&mention.core_text()).is_some_and(|name| name.births >= 20_000)
        })
    }

    /// "Donald Marsh ... Marsh’s speech": a one-word name of no kind that is the surname
    /// or the given name of a person of the draft is that person's (whether or not its
    /// mentions joined their member), not a name of no kind; so is one that only the
    /// gazetteer calls a place ("Obama" is also a town in Japan).
    fn people_by_their_names(&mut self, clusters: &[cluster::Cluster]) {
        let mut names: FastSet<String> = FastSet::default();
        for member in self.members.iter().filter(|m| m.kind == MemberKind::Person) {
            names.extend(member.surname.iter().cloned());
            names.extend(member.given.iter().filter_map(|g| g.split_whitespace().next()).map(str::to_string));
        }
        for (member, cluster) in self.members.iter_mut().zip(clusters) {
            let placed_by_gazetteer_only = member.kind == MemberKind::Place && cluster.evidence.place == 0;
            let unplaced = member.kind == MemberKind::Other || placed_by_gazetteer_only;
            if unplaced && !member.canonical.contains(' ') && names.contains(&member.canonical) {
                member.kind = MemberKind::Person;
            }
        }
    }

    /// "Hillary said ... Hillary": a common given name used alone, more than once, that the
    /// reference data does not know as a place: a person called by their given name.
    fn lone_given_name(&self, cluster: &cluster::Cluster) -> bool {
        cluster.mentions.iter().all(|&m| {
            let mention = &self.mentions[m];
            let mut core = mention.core_words();
            matches!((core.next(), core.next()), (Some(word), None) if known::is_given_name(&word.text))
        })
    }

    /// Every mention of the cluster is made of group words: a party, a faith or a people
    /// ("Democrats", "African Americans", "Muslim").
    fn names_a_group(&self, cluster: &cluster::Cluster) -> bool {
        // "across the Alps", "in the Rockies": a plural the draft places is a range or an
        // archipelago, not a family.
        let placed = cluster.evidence.place > 0;
        !cluster.mentions.is_empty()
            && cluster.mentions.iter().all(|&m| {
                let mention = &self.mentions[m];
                let words = || mention.core_words();
                let family =
                    !placed && mention.after_determiner && words().count() == 1 && words().all(|w| is_family(&w.text));
                mention.title.is_none()
                    && words().next().is_some()
                    && (family
                        || words().all(|w| crate::analysis::name_words::is_group_word(&w.text))
                        || of_a_place(mention)
                        || crate::analysis::reference::is_demonym(&mention.core_text()))
            })
    }

    /// An event or a work by the last word of the cluster's longest mention: "Democratic
    /// National Convention", "Affordable Care Act"; a single word only when it names one
    /// alone ("Christmas", "Medicare").
    fn event_or_work(&self, cluster: &cluster::Cluster) -> Option<MemberKind> {
        use crate::analysis::name_words::{is_event_word, is_work_word};
        const NAMED_ALONE: &[&str] = &[
            "Christmas",
            "Easter",
            "Thanksgiving",
            "Ramadan",
            "Hanukkah",
            "Passover",
            "Halloween",
            "Holocaust",
            "Olympics",
            "Constitution",
            "Bible",
            "Koran",
            "Quran",
            "Torah",
            "Medicare",
            "Medicaid",
            "Obamacare",
        ];
        let longest = cluster.mentions.iter().map(|&m| &self.mentions[m]).max_by_key(|m| m.words.len())?;
        let last = longest.core_words().last()?;
        if longest.title.is_some() || (longest.words.len() < 2 && !NAMED_ALONE.contains(&&*last.text)) {
            return None;
        }
        if is_event_word(&last.text) {
            Some(MemberKind::Event)
        } else if is_work_word(&last.text) {
            Some(MemberKind::Work)
        } else {
            None
        }
    }

    /// One of the cluster's mentions is a well-known organisation of the reference data.
    fn in_organisation_table(&self, cluster: &cluster::Cluster) -> bool {
        cluster.mentions.iter().take(4).any(|&m| {
            let name = self.mentions[m].core_text();
            // "The Daily Beast": the table lists names without their article.
            known::organisation(&name) || name.strip_prefix("The ").is_some_and(known::organisation)
        })
    }

    /// The descriptors of the cluster's mentions, each once, in order of first use.
    fn descriptors(&self, cluster: &cluster::Cluster) -> Vec<String> {
        let mut descriptors = Vec::new();
        // A set keeps a much-described person from costing the square of their mentions.
        let mut seen: FastSet<&str> = FastSet::default();
        for &m in &cluster.mentions {
            for descriptor in &self.mentions[m].descriptors {
                if seen.insert(descriptor.as_str()) {
                    descriptors.push(descriptor.clone());
                }
            }
        }
        descriptors
    }

    /// Makes a person of a full name the draft uses the way news copy uses people's names,
    /// whatever else the evidence says.
    fn person_by_usage(&self, cluster: &cluster::Cluster, member: &mut Member) {
        let person_like = cluster.evidence.person_like();
        // A full name later called by its surname or leading name alone ("Xi Jinping" ...
        // "Xi") is how news copy treats people.
        let shortened =
            cluster.mentions.iter().any(|&m| matches!(self.mentions[m].link, Join::Surname | Join::LeadingWord));
        if member.kind == MemberKind::Other && member.first_full.is_some() && shortened && person_like {
            member.kind = MemberKind::Person;
        }
        // "The budget was tight, Okafor said. Later, James Okafor ...": a full name whose
        // surname speaks is a person.
        // Not a well-known body's ("the Daily Beast reported"), nor a name that opens on a
        // common word no one is named ("Judicial Watch reported", "Counter Jihad said").
        if let Some(first_full) = member.first_full
            && member.speaks
            && person_like
            && member.kind != MemberKind::Place
            && !self.in_organisation_table(cluster)
            && self.mentions[first_full].could_be_a_persons_name()
        {
            member.kind = MemberKind::Person;
            member.evidenced_person = true;
        }
    }

    /// The member's name: the newsroom's spelling, else the established given name and
    /// surname, else the longest form.
    fn canonical_name(&self, cluster: &cluster::Cluster, member: &Member, text: &str) -> String {
        if let Some((known, _)) = &cluster.known {
            known.clone()
        } else if let (Some(given), Some(surname)) = (&member.given, &member.surname) {
            format!("{given} {surname}")
        } else if let Some(surname) = &member.surname {
            surname.clone()
        } else {
            self.longest_form(cluster, text)
        }
    }

    /// The longest form, as first written ("Barrick Gold Corp."); a form in a dateline's
    /// capitals ("PORT ELM, Maine —") loses to the name as the text writes it.
    fn longest_form(&self, cluster: &cluster::Cluster, text: &str) -> String {
        cluster
            .mentions
            .iter()
            .map(|&m| &self.mentions[m])
            .filter(|m| match m.link {
                Join::Same | Join::ShortForm => true,
                // "Port Elm" after the dateline's "PORT ELM": the same name in other capitals.
                Join::NearSpelling => cluster.mentions.iter().any(|&other| {
                    self.mentions[other].link == Join::Same
                        && self.mentions[other].name.slice(text).to_lowercase() == m.name.slice(text).to_lowercase()
                }),
                _ => false,
            })
            .max_by_key(|m| {
                let shouted = m.name.slice(text).chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
                (!shouted || m.words.len() == 1, m.words.len(), std::cmp::Reverse(m.span.start))
            })
            .or_else(|| cluster.mentions.first().map(|&m| &self.mentions[m]))
            .map(|m| name_as_written(m, text))
            .unwrap_or_default()
    }

    /// The surname and given name the draft establishes for a person, and the mentions
    /// that stray from them. Established: the most frequent form; a tie goes to the form
    /// of the first full mention; a known name from the settings beats both.
    fn settle_person(&mut self, cluster: &cluster::Cluster, member: &mut Member, text: &str) {
        let surnames = self.surnames_as_written(cluster);
        let known_parts = cluster.known.as_ref().map(|(name, _)| cluster::split_form(&words(name)));
        member.surname = known_parts
            .as_ref()
            .map(|(_, surname)| surname.clone())
            .or_else(|| self.established(&surnames, member.first_full, text));
        let givens = self.given_names_as_written(cluster);
        let established_given = known_parts
            .as_ref()
            .and_then(|(given, _)| given.first().cloned())
            .or_else(|| self.established(&givens, member.first_full, text));
        member.given = match &known_parts {
            Some((given, _)) => (!given.is_empty()).then(|| given.join(" ")),
            None => self.given_names_in_full(&givens, established_given.as_ref()),
        };
        for (forms, established, given_name) in
            [(&surnames, &member.surname, false), (&givens, &established_given, true)]
        {
            if let Some(established) = established {
                self.push_person_variants(cluster, forms, established, given_name);
            }
        }
    }

    /// The hyphenated surnames a person goes by, each once: every mention is compared with
    /// each of them.
    fn hyphenated_surnames(&self, cluster: &cluster::Cluster) -> Vec<String> {
        let mut hyphenated: Vec<String> = cluster
            .mentions
            .iter()
            .map(|&m| self.mentions[m].given_and_surname().1)
            .filter(|s| s.contains('-'))
            .chain(
                cluster.known.iter().map(|(name, _)| cluster::split_form(&words(name)).1).filter(|s| s.contains('-')),
            )
            .collect();
        hyphenated.sort_unstable();
        hyphenated.dedup();
        hyphenated
    }

    /// Each mention's surname as written, and where.
    fn surnames_as_written(&self, cluster: &cluster::Cluster) -> Vec<WrittenName> {
        let hyphenated = self.hyphenated_surnames(cluster);
        let mut surnames = Vec::new();
        for &m in &cluster.mentions {
            let mention = &self.mentions[m];
            if !matches!(mention.link, Join::Same | Join::Surname | Join::NearSpelling) {
                continue;
            }
            let core = mention.core();
            if core.is_empty() {
                continue;
            }
            let mut start = mention.surname_start();
            // "Ocasio Cortez": the spaced form of a hyphenated surname.
            for surname in &hyphenated {
                let parts: Vec<&str> = surname.split('-').collect();
                if core.len() >= parts.len() && parts.len() > 1 {
                    let tail = &core[core.len() - parts.len()..];
                    if tail.iter().zip(&parts).all(|(w, p)| similarity::fold(&w.text) == similarity::fold(p)) {
                        start = start.min(core.len() - parts.len());
                    }
                }
            }
            let text = core[start..].iter().map(|w| &*w.text).collect::<Vec<_>>().join(" ");
            let span = ByteSpan::new(core[start].span.start, core[core.len() - 1].span.end);
            surnames.push(WrittenName { mention: m, text, span });
        }
        surnames
    }

    /// The first given name of each full mention, as written, and where.
    fn given_names_as_written(&self, cluster: &cluster::Cluster) -> Vec<WrittenName> {
        cluster
            .mentions
            .iter()
            .filter_map(|&m| {
                let mention = &self.mentions[m];
                let core = mention.core();
                (mention.surname_start() > 0 && matches!(mention.link, Join::Same | Join::NearSpelling))
                    .then(|| WrittenName { mention: m, text: core[0].text.to_string(), span: core[0].span })
            })
            .collect()
    }

    /// The form `forms` write most often; a tie goes to a form never written as a
    /// plural-looking possessive ("Okafors’" beside "Okafor"), then to the first full
    /// mention's form, then to the form written first.
    fn established(&self, forms: &[WrittenName], first_full: Option<MentionId>, text: &str) -> Option<String> {
        let plural_possessive = |form: &WrittenName| {
            let mention = &self.mentions[form.mention];
            mention.possessive && form.text.ends_with('s') && mention.span.slice(text).ends_with(['’', '\''])
        };
        // A form in capitals ("OKAFOR" in a transcript's label) loses to the name as the
        // text writes it, however often it is shouted.
        let written = |form: &str| {
            let mut letters = form.chars().filter(|c| c.is_alphabetic());
            letters.nth(1).is_none() || form.chars().any(char::is_lowercase)
        };
        let mut counts: HashMap<&str, (bool, usize, bool, bool, std::cmp::Reverse<usize>)> = HashMap::default();
        for form in forms {
            let entry = counts.entry(form.text.as_str()).or_insert((
                written(&form.text),
                0,
                true,
                false,
                std::cmp::Reverse(form.span.start),
            ));
            entry.1 += 1;
            entry.2 &= !plural_possessive(form);
            entry.3 |= Some(form.mention) == first_full;
        }
        counts.into_iter().max_by_key(|(_, key)| *key).map(|(form, _)| form.to_string())
    }

    /// The given names in full, from the first full mention that writes the established
    /// first given name.
    fn given_names_in_full(&self, givens: &[WrittenName], established: Option<&String>) -> Option<String> {
        let established = established?;
        let found = givens.iter().find(|given| given.text == *established)?;
        let mention = &self.mentions[found.mention];
        let core = mention.core();
        Some(core[..mention.surname_start()].iter().map(|w| &*w.text).collect::<Vec<_>>().join(" "))
    }

    /// The variants among a person's `forms`: each that slips from the established form,
    /// but a stray "s" and the aliases the settings accept.
    fn push_person_variants(
        &mut self,
        cluster: &cluster::Cluster,
        forms: &[WrittenName],
        established: &String,
        given_name: bool,
    ) {
        for form in forms {
            // Most mentions write the established form: no slip, and no need to fold it.
            if form.text == *established {
                continue;
            }
            let Some(slip) = similarity::slip(&form.text, established) else { continue };
            // A stray "s" is a slip only in a possessive ("Joe Bidens’ frustration");
            // elsewhere it is a plural or a demonym ("Samoan", "Samoans").
            // "Solbergs’ patience" is a possessive slip: `garbled.possessive` reports it
            // once, with the fix that gives "Solberg’s".
            if slip == Slip::StrayPlural || accepts_as_known(cluster, &form.text) {
                continue;
            }
            self.variants.push(Variant {
                mention: form.mention,
                span: form.span,
                written: form.text.clone(),
                established: established.clone(),
                slip,
                given_name,
                word_level: false,
                from_reference: false,
            });
        }
    }

    /// "Japan warned", "Russia said": a country, a first-level subdivision or a region
    /// that speaks is still the place (its government speaking), not a name of no kind.
    fn names_a_country(&self, cluster: &cluster::Cluster, text: &str) -> bool {
        cluster.mentions.first().is_some_and(|&m| {
            let name = self.mentions[m].name.slice(text);
            let name = ["’s", "'s", "ʼs"].iter().find_map(|ending| name.strip_suffix(ending)).unwrap_or(name);
            known::is_country_or_region(name)
        })
    }

    /// Whether the gazetteer knows the member's first-mentioned name: asked once per
    /// member, and only when nothing in the draft says what it is.
    fn in_gazetteer(&self, cluster: &cluster::Cluster, text: &str) -> bool {
        cluster.mentions.first().is_some_and(|&m| {
            let name = self.mentions[m].name.slice(text);
            let name = ["’s", "'s", "ʼs"].iter().find_map(|ending| name.strip_suffix(ending)).unwrap_or(name);
            // The country and city tables, then the regions and the US states'
            // abbreviations ("Calif.") they do not hold.
            known::place(name).is_some()
                || crate::analysis::name_words::is_region(name)
                || crate::analysis::reference::us_state_of_abbreviation(name).is_some()
        })
    }

    /// The established one-word form of a place, organisation or other name (the most
    /// frequent; a tie goes to the first), and the mentions that slip from it
    /// ("Mozambqiue" for "Mozambique").
    fn settle_other(&mut self, cluster: &cluster::Cluster, text: &str) {
        let _ = text;
        let lone: Vec<(MentionId, &NameWord)> = cluster
            .mentions
            .iter()
            .filter_map(|&m| match self.mentions[m].words.as_slice() {
                [word] if matches!(self.mentions[m].link, Join::Same | Join::NearSpelling) => Some((m, word)),
                _ => None,
            })
            .collect();
        let mut counts: HashMap<&str, (usize, std::cmp::Reverse<MentionId>)> = HashMap::default();
        for (m, word) in &lone {
            let entry = counts.entry(&*word.text).or_insert((0, std::cmp::Reverse(*m)));
            entry.0 += 1;
        }
        let established = match &cluster.known {
            Some((known, _)) => known.clone(),
            None => match counts.into_iter().max_by_key(|(_, key)| *key) {
                Some((form, _)) => form.to_string(),
                None => return,
            },
        };
        // A place the gazetteer knows is spelt right, whatever the draft does more often
        // ("the Myanma embassy ... from Myanmar").
        let established_is_place = known::place(&established).is_some();
        let mut variants = Vec::new();
        for (m, word) in lone {
            if *word.text == *established || (!established_is_place && known::place(&word.text).is_some()) {
                continue;
            }
            match similarity::slip(&word.text, &established) {
                None | Some(Slip::StrayPlural) => {}
                Some(slip) => variants.push(Variant {
                    mention: m,
                    span: word.span,
                    written: word.text.to_string(),
                    established: established.clone(),
                    slip,
                    given_name: false,
                    word_level: false,
                    from_reference: false,
                }),
            }
        }
        self.variants.extend(variants);
    }

    /// The mention covering `offset`.
    pub fn mention_at(&self, offset: usize) -> Option<MentionId> {
        let index = self.mentions.partition_point(|m| m.span.end <= offset);
        self.mentions.get(index).filter(|m| m.span.start <= offset).map(|_| MentionId::new(index))
    }

    /// The member one of whose mentions covers `offset`.
    pub fn member_at(&self, offset: usize) -> Option<MemberId> {
        self.mention_at(offset).map(|m| self.mentions[m].member)
    }

    pub fn member(&self, id: MemberId) -> Option<&Member> {
        self.members.get(id.index())
    }

    pub fn mention(&self, id: MentionId) -> Option<&Mention> {
        self.mentions.get(id.index())
    }

    /// Where the member mentioned at `offset` is first named in full (else first named).
    pub fn definition_at(&self, offset: usize) -> Option<ByteSpan> {
        self.introduction(self.member_at(offset)?)
    }

    /// The name words of the member's introduction: its first full mention, else its first.
    pub fn introduction(&self, member: MemberId) -> Option<ByteSpan> {
        let member = self.member(member)?;
        let first = member.first_full.or_else(|| member.mentions.first().copied())?;
        Some(self.mentions[first].name)
    }

    /// Every mention of the member mentioned at `offset`, by its name words.
    pub fn references_at(&self, offset: usize) -> Vec<ByteSpan> {
        let Some(member) = self.member_at(offset).and_then(|e| self.member(e)) else { return Vec::new() };
        member.mentions.iter().map(|&m| self.mentions[m].name).collect()
    }

    /// The name word under `offset` that a rename would change.
    pub fn rename_target_at(&self, offset: usize) -> Option<&NameWord> {
        let mention = &self.mentions[self.mention_at(offset)?];
        mention.words.iter().find(|w| w.span.start <= offset && offset <= w.span.end)
    }

    /// The edits that rename the word under `offset` in every mention of its member:
    /// renaming "Biden" changes "Joe Biden", "President Biden" and "Biden’s".
    pub fn rename_edits(&self, offset: usize, new_text: &str) -> Option<Vec<(ByteSpan, String)>> {
        let new_text = new_text.trim();
        if new_text.is_empty() || new_text.contains(['\n', '\r']) {
            return None;
        }
        let target = self.rename_target_at(offset)?;
        let member = self.member(self.member_at(offset)?)?;
        let edits = member
            .mentions
            .iter()
            .flat_map(|&m| self.mentions[m].words.iter())
            .filter(|w| w.text == target.text)
            .map(|w| (w.span, new_text.to_string()))
            .collect();
        Some(edits)
    }
}

fn words(name: &str) -> Vec<String> {
    name.split_whitespace().map(str::to_string).collect()
}

/// A mention's surname or given name as written, and where.
struct WrittenName {
    mention: MentionId,
    text: String,
    span: ByteSpan,
}

/// The name a mention writes, with its company suffix but without "’s".
fn name_as_written(mention: &Mention, text: &str) -> String {
    let mut name = mention.name.slice(text).to_string();
    for ending in ["’s", "'s", "ʼs"] {
        if let Some(stem) = name.strip_suffix(ending) {
            name = stem.to_string();
        }
    }
    name
}

/// Whether the settings accept `written` for the cluster's known name: the name, an alias
/// or a word of either.
fn accepts_as_known(cluster: &cluster::Cluster, written: &str) -> bool {
    cluster.known.as_ref().is_some_and(|(name, aliases)| {
        std::iter::once(name)
            .chain(aliases)
            .any(|form| form == written || form.split_whitespace().any(|w| w == written))
    })
}

#[cfg(test)]
mod tests;
