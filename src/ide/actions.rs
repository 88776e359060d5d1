//! Code actions as plain data: the findings' own fixes, spelling suggestions, and the
//! actions that teach copydesk house style (a name, a word, a phrase, a rule turned off in
//! the project file; a suppression comment on the line).
//!
//! Teaching actions change the project file only through edits the editor applies: the
//! server never writes a file.

use std::path::PathBuf;

use crate::config;
use crate::config::edit::{self, EditError};
use crate::engine::Checked;
use crate::rules::{Edit, Family, Finding, Fix, RuleId, spelling};
use crate::text::ByteSpan;

/// The project file a draft's teaching actions edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectFile {
    /// It exists: its current text (the editor's buffer when open).
    Existing { path: PathBuf, text: String },
    /// None exists and one may be created here, from the starter file.
    New { path: PathBuf },
}

/// What an action changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionEdit {
    /// Edits to the draft itself.
    Draft(Vec<Edit>),
    /// One edit to an existing project file, in its current text's bytes.
    ProjectFile { path: PathBuf, edit: Edit },
    /// A project file to create with this text.
    NewProjectFile { path: PathBuf, text: String },
    /// An edit too costly to compute for every menu, computed when the action is chosen
    /// (LSP `codeAction/resolve`); only offered when the request allows deferring.
    Deferred(Deferred),
}

/// The edits that may wait until their action is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deferred {
    /// Replace the misspelt word with the dictionary's best suggestion
    /// (`spelling::suggestions`).
    BestSpelling,
}

/// One code action: a title for the menu, the finding it answers (an index into the
/// analysis's findings), and its edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub title: String,
    pub finding: usize,
    pub edit: ActionEdit,
    pub preferred: bool,
}

/// What a code-action request asks about.
pub struct Request<'a> {
    pub checked: &'a Checked,
    pub draft: &'a str,
    pub requested: ByteSpan,
    /// Suggestions computed for this request (see `ide::spelling`), by finding index.
    pub suggestions: &'a [(usize, Vec<Fix>)],
    /// Offer costly edits as `ActionEdit::Deferred` instead: a misspelt word without
    /// computed suggestions gets one action that writes the best suggestion once chosen.
    pub defer: bool,
    /// Whether to teach: not in a project file, whose findings are about settings.
    pub teach: bool,
    /// The project file teaching actions edit; `None` when there is none and none can be
    /// created.
    pub project_file: Option<&'a ProjectFile>,
}

/// The actions for the findings that overlap the requested span: every finding's fixes
/// (its first preferred), then the teaching actions, each title once.
pub fn code_actions(request: &Request) -> Vec<Action> {
    let mut actions = quick_fixes(request);
    if request.teach {
        actions.extend(teaching_actions(request));
    }
    actions
}

fn overlapping<'a>(request: &'a Request) -> impl Iterator<Item = (usize, &'a Finding)> {
    (request.checked.findings.iter().enumerate()).filter(|(_, finding)| finding.span.overlaps(request.requested))
}

fn quick_fixes(request: &Request) -> Vec<Action> {
    let mut actions = Vec::new();
    for (index, finding) in overlapping(request) {
        let suggested = request.suggestions.iter().find(|(at, _)| *at == index).map(|(_, fixes)| fixes.as_slice());
        for (position, fix) in finding.fixes.iter().chain(suggested.unwrap_or_default()).enumerate() {
            actions.push(Action {
                title: fix.title.clone(),
                finding: index,
                edit: ActionEdit::Draft(fix.edits.clone()),
                preferred: position == 0,
            });
        }
        if request.defer && suggested.is_none() && spelling::is_spelling(finding) {
            let word = finding.span.slice(request.draft).trim();
            actions.push(Action {
                title: format!("Correct “{word}” to the closest dictionary word"),
                finding: index,
                edit: ActionEdit::Deferred(Deferred::BestSpelling),
                preferred: finding.fixes.is_empty(),
            });
        }
    }
    actions
}

fn teaching_actions(request: &Request) -> Vec<Action> {
    let mut actions: Vec<Action> = Vec::new();
    for (index, finding) in overlapping(request) {
        for (title, edit) in lessons_for(request, finding) {
            if !actions.iter().any(|known| known.title == title) {
                actions.push(Action { title, finding: index, edit, preferred: false });
            }
        }
    }
    actions
}

/// The teaching actions for one finding, in menu order.
fn lessons_for(request: &Request, finding: &Finding) -> Vec<(String, ActionEdit)> {
    let project_change = |change: ProjectChange| {
        let edit = request.project_file.and_then(|project_file| change.edit(project_file))?;
        Some((change.title(), edit))
    };
    let flagged = finding.span.slice(request.draft).trim();
    let mut lessons: Vec<(String, ActionEdit)> =
        lessons_of(finding, flagged).into_iter().filter_map(project_change).collect();
    // A suppression finding is about a comment: fix the comment, not suppress it.
    if finding.family() != Family::Suppression {
        let insertion = super::suppress::insertion(request.draft, &request.checked.prose, finding);
        lessons.push((format!("Disable {} on this line", finding.code), ActionEdit::Draft(vec![insertion])));
        lessons.extend(project_change(ProjectChange::RuleOff(finding.code)));
    }
    lessons
}

/// A change to the project file that teaches copydesk something.
enum ProjectChange {
    KnownName(String),
    Word(String),
    AllowedPhrase(String),
    RuleOff(RuleId),
}

/// What a finding can teach beyond turning its rule off: a name it took for a variant, a
/// word it did not know, a phrase the house allows.
fn lessons_of(finding: &Finding, flagged: &str) -> Vec<ProjectChange> {
    let mut changes = Vec::new();
    if finding.family() == Family::Name && looks_like_a_name(flagged) {
        changes.push(ProjectChange::KnownName(flagged.to_string()));
    }
    if spelling::is_spelling(finding) && !flagged.is_empty() {
        changes.push(ProjectChange::Word(flagged.to_string()));
    }
    if finding.code == RuleId::GarbledTorturedPhrase && !flagged.is_empty() {
        changes.push(ProjectChange::AllowedPhrase(flagged.to_lowercase()));
    }
    changes
}

impl ProjectChange {
    fn title(&self) -> String {
        match self {
            ProjectChange::KnownName(name) => format!("Add '{name}' to project names"),
            ProjectChange::Word(word) => format!("Add “{word}” to the project's word list"),
            ProjectChange::AllowedPhrase(phrase) => format!("Allow '{phrase}' in this project"),
            ProjectChange::RuleOff(code) => format!("Disable {code} in this project"),
        }
    }

    /// The project file's text after the change; `None` when it changes nothing.
    fn apply(&self, text: &str) -> Result<Option<String>, EditError> {
        match self {
            ProjectChange::KnownName(name) => edit::add_known_name(text, name),
            ProjectChange::Word(word) => edit::add_word(text, word),
            ProjectChange::AllowedPhrase(phrase) => edit::allow_phrase(text, phrase),
            ProjectChange::RuleOff(code) => edit::set_rule_level(text, code.as_str(), "off"),
        }
    }

    /// The edit that makes the change, or `None` when there is nothing to change or it
    /// cannot be done.
    fn edit(&self, project_file: &ProjectFile) -> Option<ActionEdit> {
        match project_file {
            ProjectFile::Existing { path, text } => {
                let new_text = match self.apply(text) {
                    Ok(new_text) => new_text?,
                    Err(error) => {
                        tracing::info!(%error, "no project file action");
                        return None;
                    }
                };
                let (span, replacement) = edit::smallest_replacement(text, &new_text);
                Some(ActionEdit::ProjectFile { path: path.clone(), edit: Edit { span, replacement } })
            }
            ProjectFile::New { path } => {
                let text = self.apply(config::STARTER).ok()??;
                Some(ActionEdit::NewProjectFile { path: path.clone(), text })
            }
        }
    }
}

/// A short, single-line, capitalised phrase: what a name finding should flag. Anything
/// else (a whole sentence) is not offered as a name.
fn looks_like_a_name(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 80
        && !text.contains(['\n', '\r', '"'])
        && text.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Language, Prose};

    #[test]
    fn a_name_finding_offers_to_add_the_name_to_the_project_file() {
        let config_text = "# Metro desk.\nnames = [\n    \"Xi Jinping\", # the president\n]\n";
        let path = PathBuf::from("/desk").join(config::FILE_NAME);
        let project_file = ProjectFile::Existing { path: path.clone(), text: config_text.to_string() };
        let draft = "Floods hit Wanzhou on Monday.\n";
        // A hand-made finding of the names family stands in for the names rule's output.
        let finding = Finding::of(RuleId::NameVariant, ByteSpan::new(11, 18), "a variant of Wanzhow");
        let checked =
            Checked { prose: Prose::new(draft, Language::PlainText), findings: vec![finding], ..Checked::default() };
        let request = Request {
            checked: &checked,
            draft,
            requested: ByteSpan::new(12, 12),
            suggestions: &[],
            defer: false,
            teach: true,
            project_file: Some(&project_file),
        };
        let actions = code_actions(&request);
        let titles: Vec<&str> = actions.iter().map(|action| action.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Add 'Wanzhou' to project names",
                "Disable name.variant on this line",
                "Disable name.variant in this project"
            ]
        );
        let ActionEdit::ProjectFile { path: edited_path, edit } = &actions[0].edit else { panic!("a project edit") };
        assert_eq!(edited_path, &path);
        let mut edited = config_text.to_string();
        edited.replace_range(edit.span.range(), &edit.replacement);
        assert_eq!(edited, "# Metro desk.\nnames = [\n    \"Xi Jinping\", # the president\n    \"Wanzhou\",\n]\n");
        let ActionEdit::Draft(edits) = &actions[1].edit else { panic!("a draft edit") };
        assert_eq!(edits[0].replacement, "%% copydesk-disable-next-line name.variant\n");
        assert!(code_actions(&Request { teach: false, ..request }).is_empty());
    }

    #[test]
    fn without_a_project_file_only_the_line_suppression_is_taught() {
        let draft = "The the end.\n";
        let checked = crate::engine::check_draft(draft, Language::Markdown, &crate::settings::Settings::default());
        let request = Request {
            checked: &checked,
            draft,
            requested: ByteSpan::new(0, 3),
            suggestions: &[],
            defer: false,
            teach: true,
            project_file: None,
        };
        let titles: Vec<String> = code_actions(&request).into_iter().map(|action| action.title).collect();
        assert_eq!(titles, ["Keep one \"The\"", "Disable garbled.repeated-word on this line"]);
        let new_file = ProjectFile::New { path: PathBuf::from(config::FILE_NAME) };
        let actions = code_actions(&Request { project_file: Some(&new_file), ..request });
        let ActionEdit::NewProjectFile { text, .. } = &actions.last().expect("an action").edit else {
            panic!("a new project file")
        };
        assert!(text.contains("\"garbled.repeated-word\" = \"off\""), "{text}");
    }

    #[test]
    fn a_misspelt_word_gets_a_deferred_action_only_when_deferring() {
        let draft = "The councel met on Tuesday.\n";
        let checked = crate::engine::check_draft(draft, Language::PlainText, &crate::settings::Settings::default());
        let index = checked.findings.iter().position(spelling::is_spelling).expect("a spelling finding");
        let request = Request {
            checked: &checked,
            draft,
            requested: checked.findings[index].span,
            suggestions: &[],
            defer: true,
            teach: false,
            project_file: None,
        };
        let actions = code_actions(&request);
        assert_eq!(actions.len(), 1);
        assert_eq!(actions[0].title, "Correct “councel” to the closest dictionary word");
        assert_eq!((actions[0].finding, &actions[0].edit), (index, &ActionEdit::Deferred(Deferred::BestSpelling)));
        assert!(code_actions(&Request { defer: false, ..request }).is_empty(), "eager: suggestions come computed");
    }

    #[test]
    fn names_look_like_names() {
        assert!(looks_like_a_name("Wanzhou"));
        assert!(looks_like_a_name("Luiz Inácio Lula da Silva"));
        assert!(!looks_like_a_name("the end"));
        assert!(!looks_like_a_name("A\nB"));
    }
}
