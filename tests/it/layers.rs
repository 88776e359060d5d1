//! The layers of ARCHITECTURE.md, enforced: every `crate::` and `super::` path in src/
//! (test code included) is an edge from the module of its file to the module it names,
//! after re-exports (`pub use`). The crate's top modules may only name modules of their own
//! or a lower layer (`LAYERS`), tests included; and in shipped code no two modules under one
//! parent may name each other, directly or round a loop (files of one folder, folders of one
//! parent). An edge to a module's own ancestors (its `mod.rs`, the types it builds) is not a
//! loop; tests may name their neighbours (a rule's tests run every rule).
//!
//! `KNOWN` lists the loops that stay for now, each with its reason; an entry that no
//! longer matches an edge fails the test, so the list only shrinks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex::Regex;

use crate::support::repository_root;

/// The crate's top modules, lowest layer first: a module names only its own layer or lower.
const LAYERS: &[&[&str]] = &[
    &["text", "vocabulary"],
    &["settings", "dictionary"],
    &["analysis"],
    &["rules"],
    &["engine", "config", "newsroom"],
    &["ide"],
    &["lsp", "wasm"],
    &["cli"],
];

/// Edges that close a loop today, with the work that removes them.
const KNOWN: &[(&str, &str, &str)] = &[
    (
        "analysis::cast::mentions",
        "analysis::cast::recluster",
        "a mention's reading fingerprint for the reuse of clustering: cache code of the incremental engine (issue 22)",
    ),
    (
        "lsp::server",
        "lsp::pull",
        "the pull handlers are methods of the server's shared state; the state moves to a module of its own next",
    ),
    ("lsp::server", "lsp::actions", "the code-action handlers read the server's shared state; as for `pull`"),
    (
        "rules::spelling::candidates",
        "rules::spelling::unknown_word",
        "the spelling memo holds the rule's term neighbours; the type moves beside the memo next",
    ),
];

type ModulePath = Vec<String>;

struct Crate {
    /// Each module's path and the text of its file.
    files: BTreeMap<ModulePath, String>,
    /// The same without test code: `#[cfg(test)]` modules inline or in files of their own.
    shipped: BTreeMap<ModulePath, String>,
    /// (module, name) -> the module a `pub use` in that module brings the name from.
    reexports: BTreeMap<(ModulePath, String), ModulePath>,
}

fn module_of(relative: &Path) -> ModulePath {
    let mut parts: Vec<String> = relative.with_extension("").iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|last| last == "mod" || last == "lib") {
        parts.pop();
    }
    parts
}

fn read_crate() -> Crate {
    let src = repository_root().join("src");
    let mut files = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && path.file_name().is_some_and(|n| n != "main.rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                let text: String =
                    text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
                files.insert(module_of(path.strip_prefix(&src).expect("under src")), text);
            }
        }
    }
    let test_files: BTreeSet<ModulePath> = files
        .iter()
        .flat_map(|(module, text)| {
            let declared = Regex::new(r"#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))? )?mod (\w+);").expect("a regex");
            let names: Vec<String> = declared.captures_iter(text).map(|found| found[1].to_string()).collect();
            names.into_iter().map(move |name| {
                let mut path = module.clone();
                path.push(name);
                path
            })
        })
        .collect();
    let shipped = files
        .iter()
        .map(|(module, text)| {
            let under_test = test_files.iter().any(|test| module.starts_with(test));
            (module.clone(), if under_test { String::new() } else { without_test_modules(text) })
        })
        .collect();
    let mut krate = Crate { files, shipped, reexports: BTreeMap::new() };
    let pub_use = Regex::new(r"pub use ([^;]+);").expect("a regex");
    let mut reexports = BTreeMap::new();
    for (module, text) in &krate.files {
        for found in pub_use.captures_iter(text) {
            for (path, name) in leaves(&found[1]) {
                let full = absolute(module, &path);
                if let Some(target) = krate.resolve(&full) {
                    reexports.insert((module.clone(), name), target);
                }
            }
        }
    }
    krate.reexports = reexports;
    krate
}

/// `text` without its inline `#[cfg(test)] mod … { … }` blocks (rustfmt closes each with a
/// `}` at the indentation of its `mod`).
fn without_test_modules(text: &str) -> String {
    let mut kept = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let indent = &line[..line.len() - line.trim_start().len()];
        let opens_test_module = line.trim() == "#[cfg(test)]"
            && lines.peek().is_some_and(|next| next.trim_start().contains("mod ") && next.trim_end().ends_with('{'));
        if opens_test_module {
            let close = format!("{indent}}}");
            for inner in lines.by_ref() {
                if inner.trim_end() == close {
                    break;
                }
            }
            continue;
        }
        kept.push(line);
    }
    kept.join("\n")
}

/// The leaf paths of a use tree ("a::{b, c::{d, e as f}}" -> a::b, a::c::d, a::c::e), each
/// with the name it is known by.
fn leaves(tree: &str) -> Vec<(String, String)> {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let prefix = &tree[..open];
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut items = Vec::new();
        let (mut depth, mut start) = (0, 0);
        for (index, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(&inner[start..index]);
                    start = index + 1;
                }
                _ => {}
            }
        }
        items.push(&inner[start..]);
        return items
            .into_iter()
            .filter(|item| !item.trim().is_empty())
            .flat_map(|item| leaves(&format!("{prefix}{}", item.trim())))
            .collect();
    }
    let (path, alias) = tree.split_once(" as ").map_or((tree, None), |(path, alias)| (path, Some(alias.trim())));
    let path = path.trim().trim_end_matches("::self").to_string();
    let name = alias.map_or_else(|| path.rsplit("::").next().unwrap_or("").to_string(), str::to_string);
    vec![(path, name)]
}

/// `path` (starting with `crate`, `super` or `self`) from inside `module`, as segments from
/// the crate root; `None` for an external path.
fn absolute(module: &[String], path: &str) -> Vec<String> {
    let mut segments = path.split("::").map(str::trim).filter(|s| !s.is_empty());
    let mut base: Vec<String> = match segments.next() {
        Some("crate") => Vec::new(),
        Some("super") => module[..module.len().saturating_sub(1)].to_vec(),
        Some("self") => module.to_vec(),
        Some(other) => {
            // A path through a child module, as `pub use child::Item` writes it.
            let mut base = module.to_vec();
            base.push(other.to_string());
            base
        }
        None => return Vec::new(),
    };
    for segment in segments {
        if segment == "super" {
            base.pop();
        } else {
            base.push(segment.to_string());
        }
    }
    base
}

impl Crate {
    /// The module `path` names: its longest module prefix, followed through re-exports.
    fn resolve(&self, path: &[String]) -> Option<ModulePath> {
        let length = (0..=path.len()).rev().find(|&n| self.files.contains_key(&path[..n]))?;
        let module = path[..length].to_vec();
        if let Some(name) = path.get(length)
            && let Some(target) = self.reexports.get(&(module.clone(), name.clone()))
            && *target != module
        {
            let mut rest = target.clone();
            rest.extend(path[length + 1..].iter().cloned());
            return self.resolve(&rest).or(Some(target.clone()));
        }
        Some(module)
    }

    /// Every edge: (the module of a file, a module its code names), test code included
    /// or not.
    fn edges(&self, with_tests: bool) -> BTreeSet<(ModulePath, ModulePath)> {
        let reference = Regex::new(r"\b(crate|super)((?:::\w+)*)(::\{)?").expect("a regex");
        let mut edges = BTreeSet::new();
        for (module, text) in if with_tests { &self.files } else { &self.shipped } {
            // `super` in a file is its parent; in `mod.rs` the folder's parent.
            for found in reference.captures_iter(text) {
                let whole = found.get(0).expect("a match");
                let tree = if found.get(3).is_some() {
                    let rest = &text[whole.end()..];
                    let mut depth = 1;
                    let end = rest
                        .char_indices()
                        .find(|&(_, c)| {
                            depth += match c {
                                '{' => 1,
                                '}' => -1,
                                _ => 0,
                            };
                            depth == 0
                        })
                        .map_or(rest.len(), |(index, _)| index);
                    format!("{}{{{}}}", whole.as_str().trim_end_matches('{'), &rest[..end])
                } else {
                    whole.as_str().to_string()
                };
                for (path, _) in leaves(&tree) {
                    let path = absolute(module, &path);
                    if let Some(target) = self.resolve(&path)
                        && target != *module
                    {
                        edges.insert((module.clone(), target));
                    }
                }
            }
        }
        edges
    }
}

/// The edge between the children of the common parent that hold `from` and `to`, unless
/// one is the other's ancestor.
fn sibling_edge(from: &[String], to: &[String]) -> Option<(ModulePath, ModulePath)> {
    let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    (common < from.len() && common < to.len()).then(|| (from[..=common].to_vec(), to[..=common].to_vec()))
}

fn layer_of(top: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&top))
}

fn name(path: &[String]) -> String {
    if path.is_empty() { "crate".to_string() } else { path.join("::") }
}

/// The loops of a graph: for each edge a -> b that b reaches back to a, the edge.
fn edges_on_loops(graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>) -> Vec<(ModulePath, ModulePath)> {
    let reaches = |from: &ModulePath, to: &ModulePath| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(node) = stack.pop() {
            if node == *to {
                return true;
            }
            if seen.insert(node.clone()) {
                stack.extend(graph.get(&node).into_iter().flatten().cloned());
            }
        }
        false
    };
    graph.iter().flat_map(|(a, bs)| bs.iter().filter(|b| reaches(b, a)).map(|b| (a.clone(), b.clone()))).collect()
}

#[test]
fn no_module_names_a_higher_layer_and_no_modules_name_each_other() {
    let krate = read_crate();
    let edges = krate.edges(true);
    let shipped = krate.edges(false);
    assert!(edges.len() > 200, "the reader found too few edges to be reading the code: {}", edges.len());
    let mut problems = Vec::new();
    let mut graph: BTreeMap<ModulePath, BTreeSet<ModulePath>> = BTreeMap::new();
    let matches = |entry: &(&str, &str, &str), from: &[String], to: &[String]| {
        let (a, b) = (entry.0, entry.1);
        (name(from) == a || name(from).starts_with(&format!("{a}::")))
            && (name(to) == b || name(to).starts_with(&format!("{b}::")))
    };
    let mut used = BTreeSet::new();
    for (from, to) in &edges {
        if let Some(entry) = KNOWN.iter().find(|entry| matches(entry, from, to)) {
            used.insert(entry.0);
            continue;
        }
        let (Some(top_from), Some(top_to)) = (from.first(), to.first()) else { continue };
        match (layer_of(top_from), layer_of(top_to)) {
            (Some(a), Some(b)) if b > a => problems.push(format!("{} names {}, a higher layer", name(from), name(to))),
            (None, _) | (_, None) => problems.push(format!("{} or {} is in no layer (LAYERS)", top_from, top_to)),
            _ => {}
        }
        // Tests may name their neighbours (a rule's tests run every rule); shipped code
        // may not loop.
        if shipped.contains(&(from.clone(), to.clone()))
            && let Some((a, b)) = sibling_edge(from, to)
        {
            graph.entry(a).or_default().insert(b);
        }
    }
    for (a, b) in edges_on_loops(&graph) {
        problems.push(format!("{} and {} name each other (directly or round a loop)", name(&a), name(&b)));
    }
    for (from, to, reason) in KNOWN {
        if !used.contains(from) {
            problems.push(format!("KNOWN lists {from} -> {to} ({reason}), which no longer holds: remove it"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_reader_sees_use_trees_and_re_exports() {
    let krate = read_crate();
    let edges = krate.edges(true);
    let has = |from: &str, to: &str| edges.iter().any(|(a, b)| name(a) == from && name(b) == to);
    // `use super::{Context, Finding, Memo, Rule, Scope};` and `pub use registry::RULES`.
    assert!(has("rules::local", "rules"));
    assert!(has("engine", "rules::registry"));
    // `crate::analysis::Quotes` is `analysis::quotes`'s.
    assert!(has("ide::outline", "analysis::quotes"));
    assert_eq!(leaves("a::{b, c::{d, e as f}}").len(), 3);
    assert_eq!(sibling_edge(&["a".into(), "b".into()], &["a".into()]), None);
    let shipped = krate.edges(false);
    assert!(!shipped.iter().any(|(a, _)| name(a) == "rules::testing"), "rules::testing is test code");
    assert!(edges.iter().any(|(a, b)| name(a) == "rules::fact::age" && name(b) == "rules::testing"));
    assert!(!shipped.iter().any(|(a, b)| name(a) == "rules::fact::age" && name(b) == "rules::testing"));
}
