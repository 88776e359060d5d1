//! The newsroom's memory: the casts of the other stories (the workspace's drafts and the
//! archive folders the project file names), indexed by name, so a draft's names can be
//! checked against yesterday's stories (issue 24).
//!
//! This module holds no protocol and does no I/O: `StoryCast` reads a story's cast with
//! the one name recogniser (`analysis::cast`), `Memory` keeps every story's members by
//! name and answers "which stories name X", "which names contain Y" and, for a draft's
//! cast, `cross_story_findings`: `name.variant` for a person's full name that is one word
//! slipped from a person other stories name (the rule the cast joins full names by within
//! one draft, `cast::one_word_slipped`). `scan` finds and reads the files; the server
//! (`lsp::newsroom`) and the command line feed it.

pub mod scan;

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use crate::analysis::cast::similarity::{fold, slip};
use crate::analysis::cast::{Cast, MemberKind, Slip, one_word_slipped};
use crate::analysis::fast_hash::{FastHasher, FastMap};
use crate::engine::Checked;
use crate::rules::{Confidence, Elsewhere, Finding, Fix, RULES, RuleId};
use crate::settings::Settings;
use crate::text::lines::{LineIndex, Place};
use crate::text::{ByteSpan, Language, Prose};

/// One member of a story's cast, as the memory keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// The member's name in its established spelling ("Anna Kowalski").
    pub name: String,
    pub kind: MemberKind,
    /// A person named in full (given name and surname): the name can be checked across
    /// stories.
    pub full_person: bool,
    /// Something beyond capitals says this is a person (a title, a role, a quote verb).
    pub evidenced: bool,
    pub mentions: u32,
    pub place: Place,
}

/// What a story contributes to the memory: its cast's members.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryCast {
    pub named: Vec<Named>,
}

impl StoryCast {
    /// Reads a story's cast (the draft's own cast analysis, nothing more).
    pub fn read(text: &str, language: Language, settings: &Settings) -> Self {
        let prose = Prose::new(text, language);
        // A story read once: a fresh memo, dropped with it.
        let cast = Cast::gather(&prose, settings, &mut Default::default());
        Self::of_cast(&cast, text)
    }

    /// The members of a cast already gathered (an open document's latest analysis).
    pub fn of_cast(cast: &Cast, text: &str) -> Self {
        Self::unplaced(cast).place(text)
    }

    /// The members of a cast without their places, which read the text: cheap enough for
    /// an analysis to hand over on every keystroke, placed later off its way.
    pub fn unplaced(cast: &Cast) -> Unplaced {
        let named = cast
            .members
            .iter()
            .filter(|member| !member.mentions.is_empty() && !member.canonical.trim().is_empty())
            .filter_map(|member| {
                let first = member.first_full.or_else(|| member.mentions.first().copied())?;
                let span = cast.mention(first)?.name;
                let named = Named {
                    name: member.canonical.clone(),
                    kind: member.kind,
                    full_person: member.kind == MemberKind::Person
                        && member.given.is_some()
                        && member.surname.is_some()
                        && member.canonical.split_whitespace().count() >= 2,
                    evidenced: member.evidenced_person,
                    mentions: u32::try_from(member.mentions.len()).unwrap_or(u32::MAX),
                    place: Place::default(),
                };
                Some((named, span))
            })
            .collect();
        Unplaced { named }
    }
}

/// A story's members with the spans of their first mentions, not yet placed in lines and
/// columns (see `StoryCast::unplaced`).
#[derive(Clone, Debug, Default)]
pub struct Unplaced {
    named: Vec<(Named, ByteSpan)>,
}

impl Unplaced {
    /// Places each member in `text`, the text the cast was read from.
    pub fn place(self, text: &str) -> StoryCast {
        let lines = LineIndex::new(text);
        let named = self
            .named
            .into_iter()
            .map(|(named, span)| Named {
                place: Place { start: lines.point(text, span.start), end: lines.point(text, span.end) },
                ..named
            })
            .collect();
        StoryCast { named }
    }
}

/// A story's slot in the memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StoryId(u32);

/// A name's slot in the memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct NameId(u32);

#[derive(Debug)]
struct Story {
    path: PathBuf,
    named: Vec<(NameId, Named)>,
}

#[derive(Debug, Default)]
struct NameSlot {
    text: Box<str>,
    /// The stories naming it, and which of their members it is.
    appearances: Vec<(StoryId, u32)>,
    /// The keys it is filed under in `by_key` (a person's full name only).
    keyed: bool,
}

/// Every story's cast, by name. Bounded: at most [`Memory::MAX_STORIES`] stories are
/// kept (a story past the bound is refused with a log line), and a name is kept once
/// however many stories use it.
#[derive(Debug, Default)]
pub struct Memory {
    stories: Vec<Option<Story>>,
    free_stories: Vec<StoryId>,
    by_path: FastMap<PathBuf, StoryId>,
    names: Vec<NameSlot>,
    free_names: Vec<NameId>,
    by_name: FastMap<Box<str>, NameId>,
    /// Persons' full names by `person_keys`: a name and its one-word slips share a key.
    by_key: FastMap<u64, Vec<NameId>>,
    /// Bumped by every change, so answers kept from before are dropped.
    generation: u64,
}

/// Another story that names a member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appearance<'m> {
    pub path: &'m Path,
    pub name: &'m str,
    pub kind: MemberKind,
    pub mentions: u32,
    pub place: Place,
}

/// How many other stories a finding or a hover points at, at most.
pub const MAX_POINTERS: usize = 5;

impl Memory {
    /// The most stories kept: a 10,000-story archive fits five times over.
    pub const MAX_STORIES: usize = 50_000;

    pub fn len(&self) -> usize {
        self.by_path.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_path.is_empty()
    }

    /// Whether the memory holds a story for `path`.
    pub fn contains(&self, path: &Path) -> bool {
        self.by_path.contains_key(path)
    }

    /// Puts a story's cast in the memory, replacing what it held for the same path.
    /// False when the memory is full and the story is new.
    pub fn insert(&mut self, path: &Path, cast: StoryCast) -> bool {
        // The same names as before (an open document edited, or a story saved again):
        // only the places and counts change, and no name is filed again.
        if let Some(story) = self.by_path.get(path).and_then(|&id| self.stories[id.0 as usize].as_mut())
            && story.named.len() == cast.named.len()
            && story.named.iter().zip(&cast.named).all(|((_, old), new)| {
                old.name == new.name && old.kind == new.kind && old.full_person == new.full_person
            })
        {
            for ((_, old), new) in story.named.iter_mut().zip(cast.named) {
                *old = new;
            }
            return true;
        }
        self.generation += 1;
        self.remove(path);
        if self.by_path.len() >= Self::MAX_STORIES {
            return false;
        }
        let id = self.free_stories.pop().unwrap_or_else(|| {
            self.stories.push(None);
            StoryId(u32::try_from(self.stories.len() - 1).unwrap_or(u32::MAX))
        });
        let mut named = Vec::with_capacity(cast.named.len());
        for (index, member) in cast.named.into_iter().enumerate() {
            let name = self.name_id(&member.name, member.full_person);
            self.names[name.0 as usize].appearances.push((id, u32::try_from(index).unwrap_or(u32::MAX)));
            named.push((name, member));
        }
        self.stories[id.0 as usize] = Some(Story { path: path.to_path_buf(), named });
        self.by_path.insert(path.to_path_buf(), id);
        true
    }

    /// Forgets the story at `path`, if any.
    pub fn remove(&mut self, path: &Path) {
        let Some(id) = self.by_path.remove(path) else { return };
        self.generation += 1;
        let Some(story) = self.stories[id.0 as usize].take() else { return };
        self.free_stories.push(id);
        for (name, _) in story.named {
            let slot = &mut self.names[name.0 as usize];
            slot.appearances.retain(|&(story, _)| story != id);
            if slot.appearances.is_empty() {
                self.forget_name(name);
            }
        }
    }

    /// The paths of every story held, in no particular order.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.by_path.keys().map(PathBuf::as_path)
    }

    fn name_id(&mut self, text: &str, full_person: bool) -> NameId {
        let id = match self.by_name.get(text) {
            Some(&id) => id,
            None => {
                let slot = NameSlot { text: text.into(), appearances: Vec::new(), keyed: false };
                let id = match self.free_names.pop() {
                    Some(id) => {
                        self.names[id.0 as usize] = slot;
                        id
                    }
                    None => {
                        self.names.push(slot);
                        NameId(u32::try_from(self.names.len() - 1).unwrap_or(u32::MAX))
                    }
                };
                self.by_name.insert(text.into(), id);
                id
            }
        };
        if full_person && !self.names[id.0 as usize].keyed {
            self.names[id.0 as usize].keyed = true;
            for key in person_keys(&words(text)) {
                self.by_key.entry(key).or_default().push(id);
            }
        }
        id
    }

    fn forget_name(&mut self, name: NameId) {
        let slot = std::mem::take(&mut self.names[name.0 as usize]);
        self.by_name.remove(&slot.text);
        if slot.keyed {
            for key in person_keys(&words(&slot.text)) {
                if let Some(list) = self.by_key.get_mut(&key) {
                    list.retain(|&other| other != name);
                    if list.is_empty() {
                        self.by_key.remove(&key);
                    }
                }
            }
        }
        self.free_names.push(name);
    }

    fn appearances_of(&self, name: NameId, except: Option<&Path>) -> impl Iterator<Item = Appearance<'_>> {
        self.names[name.0 as usize].appearances.iter().filter_map(move |&(story, index)| {
            let story = self.stories[story.0 as usize].as_ref()?;
            if except.is_some_and(|except| except == story.path) {
                return None;
            }
            let (_, named) = story.named.get(index as usize)?;
            Some(Appearance {
                path: &story.path,
                name: &named.name,
                kind: named.kind,
                mentions: named.mentions,
                place: named.place,
            })
        })
    }

    /// The stories other than `except` that name `name` (exactly as spelt), sorted by path.
    pub fn stories_naming(&self, name: &str, except: Option<&Path>) -> Vec<Appearance<'_>> {
        let Some(&id) = self.by_name.get(name) else { return Vec::new() };
        let mut found: Vec<Appearance> = self.appearances_of(id, except).collect();
        found.sort_by(|a, b| a.path.cmp(b.path));
        found
    }

    /// Members of any story whose name contains `query` (folded: case and accents
    /// ignored; every member when the query is empty), at most `limit`, sorted by name
    /// then path.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Appearance<'_>> {
        let query = fold(query.trim());
        let mut matching: Vec<(&str, NameId)> = self
            .by_name
            .iter()
            .filter(|(name, _)| query.is_empty() || fold(name).contains(&query))
            .map(|(name, &id)| (&**name, id))
            .collect();
        matching.sort_unstable();
        let mut found = Vec::new();
        for (_, id) in matching {
            let mut appearances: Vec<Appearance> = self.appearances_of(id, None).collect();
            appearances.sort_by(|a, b| a.path.cmp(b.path));
            for appearance in appearances {
                if found.len() == limit {
                    return found;
                }
                found.push(appearance);
            }
        }
        found
    }

    /// The merged cast: every name once, with the stories that name it (sorted by path),
    /// people first, then by name.
    pub fn merged(&self) -> Vec<(String, MemberKind, Vec<Appearance<'_>>)> {
        let mut merged: Vec<(String, MemberKind, Vec<Appearance>)> = self
            .by_name
            .iter()
            .map(|(name, &id)| {
                let mut appearances: Vec<Appearance> = self.appearances_of(id, None).collect();
                appearances.sort_by(|a, b| a.path.cmp(b.path));
                let kind = most_common_kind(&appearances);
                (name.to_string(), kind, appearances)
            })
            .filter(|(_, _, appearances)| !appearances.is_empty())
            .collect();
        merged.sort_by(|a, b| (a.1.rank(), &a.0).cmp(&(b.1.rank(), &b.0)));
        merged
    }

    /// The one person other stories name whose full name `written` (a person the draft
    /// names in full) is one word slipped from, and which word; `None` when no story or
    /// more than one name fits, or other stories name `written` itself as a person.
    fn slipped_from(&self, written: &[String], evidenced: bool, except: Option<&Path>) -> Option<(NameId, usize)> {
        let named_elsewhere = |id: NameId| self.appearances_of(id, except).any(|a| a.kind == MemberKind::Person);
        // Another story writes it this way: a person of that name exists, or the archive
        // shares the spelling. Either way not a slip to report.
        let joined = written.join(" ");
        if self.by_name.get(joined.as_str()).is_some_and(|&id| named_elsewhere(id)) {
            return None;
        }
        let mut candidates: Vec<NameId> =
            person_keys(written).iter().filter_map(|key| self.by_key.get(key)).flatten().copied().collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut found = None;
        for id in candidates {
            let established = words(&self.names[id.0 as usize].text);
            if established == written {
                continue;
            }
            let evidenced_elsewhere = self.appearances_of(id, except).any(|a| a.kind == MemberKind::Person);
            if !evidenced_elsewhere {
                continue;
            }
            let Some(index) = one_word_slipped(&established, written, evidenced) else { continue };
            // Two letters that sound alike make a slip only on strong evidence (the cast
            // asks for a bare surname near exactly one person); another story is not that.
            if slip(&written[index], &established[index]).is_none_or(Slip::needs_strong_evidence) {
                continue;
            }
            if found.is_some() {
                // Two people the draft's name is near: not a slip of either.
                return None;
            }
            found = Some((id, index));
        }
        found
    }
}

fn most_common_kind(appearances: &[Appearance]) -> MemberKind {
    let mut counts: Vec<(MemberKind, usize)> = Vec::new();
    for appearance in appearances {
        match counts.iter_mut().find(|(kind, _)| *kind == appearance.kind) {
            Some((_, count)) => *count += 1,
            None => counts.push((appearance.kind, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(kind, count)| (count, std::cmp::Reverse(kind.rank())))
        .map_or_else(MemberKind::default, |(kind, _)| kind)
}

fn words(name: &str) -> Vec<String> {
    name.split_whitespace().map(str::to_string).collect()
}

/// The first letter of a word as the spelling families read it: folded, "c" as "k" and
/// "f" as "p" ("Catherine" and "Katherine", "Filip" and "Philip" meet).
fn first_sound(word: &str) -> char {
    match fold(word).chars().next() {
        Some('c') => 'k',
        Some('f') => 'p',
        Some(c) => c,
        None => ' ',
    }
}

/// Keys for a person's full name: for each word, the other words with the word's first
/// sound. A full name one word slipped from another (`one_word_slipped`: the slip keeps
/// the first letter, or is a spelling family) shares one of these keys with it; the
/// loose form (folded, hyphens as spaces) joins names that differ by accents or a hyphen.
fn person_keys(form: &[String]) -> Vec<u64> {
    let hash = |parts: &dyn Fn(&mut FastHasher)| {
        let mut hasher = FastHasher::default();
        parts(&mut hasher);
        hasher.finish()
    };
    let mut keys: Vec<u64> = (0..form.len())
        .map(|skip| {
            hash(&|h| {
                (form.len(), skip, first_sound(&form[skip])).hash(h);
                for (i, word) in form.iter().enumerate() {
                    if i != skip {
                        word.hash(h);
                    }
                }
            })
        })
        .collect();
    keys.push(hash(&|h| ("loose", fold(&form.join(" ")).replace('-', " ")).hash(h)));
    keys
}

/// `name.variant` across stories: each person the draft names in full whose name is one
/// word slipped from a person other stories name (and who no other story names as the
/// draft writes them), reported on every mention that writes the slipped word, with the
/// other stories as `elsewhere`. Quiet for a name of the `names` setting, two known words,
/// a stray "s", and when the rule is off. `own` is the draft's own path, never its own
/// memory. Severity as the engine gives it (one level lower inside a quotation or for
/// accents); the draft's suppression comments apply.
pub fn cross_story_findings(
    checked: &Checked,
    draft: &str,
    language: Language,
    settings: &Settings,
    memory: &Memory,
    own: Option<&Path>,
) -> Vec<Finding> {
    cross_story_findings_remembering(checked, draft, language, settings, memory, own, &mut Answers::default())
}

/// What the memory answered for a draft's people (the one person each name slips from,
/// if any), kept while the memory is unchanged: a keystroke asks again only about names
/// the draft did not have before.
#[derive(Debug, Default)]
pub struct Answers {
    generation: u64,
    own: Option<PathBuf>,
    by_name: FastMap<String, (bool, Option<(NameId, usize)>)>,
}

impl Answers {
    /// The most names kept; past it the answers start afresh.
    const MAX: usize = 10_000;

    fn slipped_from(
        &mut self,
        memory: &Memory,
        name: &str,
        evidenced: bool,
        own: Option<&Path>,
    ) -> Option<(NameId, usize)> {
        if self.generation != memory.generation || self.own.as_deref() != own || self.by_name.len() >= Self::MAX {
            self.by_name.clear();
            (self.generation, self.own) = (memory.generation, own.map(Path::to_path_buf));
        }
        if let Some(&(asked, answer)) = self.by_name.get(name)
            && asked == evidenced
        {
            return answer;
        }
        let answer = memory.slipped_from(&words(name), evidenced, own);
        self.by_name.insert(name.to_string(), (evidenced, answer));
        answer
    }
}

/// `cross_story_findings` with the answers of the draft's previous analysis.
pub fn cross_story_findings_remembering(
    checked: &Checked,
    draft: &str,
    language: Language,
    settings: &Settings,
    memory: &Memory,
    own: Option<&Path>,
    answers: &mut Answers,
) -> Vec<Finding> {
    let Some(rule) = RULES.iter().find(|rule| rule.id() == RuleId::NameVariant) else { return Vec::new() };
    let Some(severity) = settings.severity_for(rule.id(), rule.default_severity) else { return Vec::new() };
    if memory.is_empty() {
        return Vec::new();
    }
    let cast = &checked.facts.cast;
    let dialect = settings.spelling.dialect;
    let mut findings = Vec::new();
    for member in &cast.members {
        let full = member.kind == MemberKind::Person && member.given.is_some() && member.surname.is_some();
        if !full || member.known {
            continue;
        }
        let Some((id, index)) = answers.slipped_from(memory, &member.canonical, member.evidenced_person, own) else {
            continue;
        };
        let written = words(&member.canonical);
        let established = words(&memory.names[id.0 as usize].text);
        let (slipped, right) = (&written[index], &established[index]);
        let Some(slip) = slip(slipped, right) else { continue };
        if slip == Slip::StrayPlural || crate::rules::name::variant::both_known_words(dialect, slipped, right) {
            continue;
        }
        let mut others: Vec<Appearance> = memory.appearances_of(id, own).collect();
        others.sort_by(|a, b| a.path.cmp(b.path));
        let what = if index + 1 < written.len() { "first name" } else { "name" };
        let message = format!(
            "\"{slipped}\" is spelt \"{right}\" in {} ({}; {}): check the {what}.",
            match others.len() {
                1 => "another story".to_string(),
                n => format!("{n} other stories"),
            },
            established.join(" "),
            slip.describe()
        );
        let elsewhere: Vec<Elsewhere> = others
            .iter()
            .take(MAX_POINTERS)
            .map(|other| Elsewhere {
                path: other.path.to_path_buf(),
                place: other.place,
                message: format!("\"{}\" in this story", other.name),
            })
            .collect();
        for &mention in &member.mentions {
            let Some(mention) = cast.mention(mention) else { continue };
            for word in mention.words.iter().filter(|word| *word.text == **slipped) {
                let low = slip == Slip::Accents || checked.facts.quotes.contains(word.span.start);
                let mut finding = Finding::of(RuleId::NameVariant, word.span, message.clone())
                    .with_fix(Fix::replace(format!("Write \"{right}\""), word.span, right.clone()))
                    .with_confidence(if low { Confidence::Low } else { Confidence::High });
                finding.severity = if low { severity.lowered() } else { severity };
                finding.elsewhere = elsewhere.clone();
                findings.push(finding);
            }
        }
    }
    if findings.is_empty() {
        return findings;
    }
    // The draft's suppression comments hide these too; what they say about themselves
    // the engine has already reported.
    let _ = crate::rules::suppressions::apply(draft, language, &mut findings, settings);
    findings.sort_by_key(|finding| (finding.span.start, finding.span.end));
    findings.dedup_by_key(|finding| finding.span);
    findings
}

/// Adds `cross_story_findings` to a checked draft's findings, in order, leaving out any
/// the draft's own `name.variant` already reports at the same place.
pub fn add_cross_story_findings(
    checked: &mut Checked,
    draft: &str,
    language: Language,
    settings: &Settings,
    memory: &Memory,
    own: Option<&Path>,
    answers: &mut Answers,
) -> usize {
    let found = cross_story_findings_remembering(checked, draft, language, settings, memory, own, answers);
    let mut added = 0;
    for finding in found {
        let reported = |other: &Finding| other.code == RuleId::NameVariant && other.span.overlaps(finding.span);
        if !checked.findings.iter().any(reported) {
            checked.findings.push(finding);
            added += 1;
        }
    }
    if added > 0 {
        checked.findings.sort_by_key(|finding| (finding.span.start, finding.span.end, finding.code));
    }
    added
}

#[cfg(test)]
mod tests;
