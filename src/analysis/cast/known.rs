//! The reference data as the cast asks it: the same answers as `analysis::reference`, kept
//! per thread for the names already asked about. A draft repeats its names, and a table
//! lookup (a bisection over tens of thousands of names) costs far more than a hash lookup.

use crate::analysis::fast_hash::FastMap as HashMap;
use std::cell::RefCell;

use crate::analysis::reference::{self, GivenName, Place};

/// More names than any draft holds; past it the memory is cleared, so a server that runs
/// for days stays small.
const REMEMBERED: usize = 50_000;

fn remembered<T: Copy>(
    memory: &'static std::thread::LocalKey<RefCell<HashMap<String, T>>>,
    name: &str,
    ask: impl FnOnce(&str) -> T,
) -> T {
    memory.with(|memory| {
        if let Some(&answer) = memory.borrow().get(name) {
            return answer;
        }
        let answer = ask(name);
        let mut memory = memory.borrow_mut();
        if memory.len() >= REMEMBERED {
            memory.clear();
        }
        memory.insert(name.to_string(), answer);
        answer
    })
}

thread_local! {
    static PLACES: RefCell<HashMap<String, Option<Place>>> = RefCell::default();
    static DEMONYMS: RefCell<HashMap<String, bool>> = RefCell::default();
    static GIVEN_NAMES: RefCell<HashMap<String, Option<GivenName>>> = RefCell::default();
}

/// `reference::is_organisation`, asked directly: its table is a few thousand names, a
/// bisection cheaper than a memo would be worth.
pub fn organisation(name: &str) -> bool {
    reference::is_organisation(name)
}

/// `reference::place`.
pub fn place(name: &str) -> Option<Place> {
    remembered(&PLACES, name, reference::place)
}

/// `reference::is_demonym`.
pub fn is_demonym(word: &str) -> bool {
    remembered(&DEMONYMS, word, reference::is_demonym)
}

/// `reference::given_name`.
pub fn given_name(name: &str) -> Option<GivenName> {
    remembered(&GIVEN_NAMES, name, reference::given_name)
}

/// A given name common enough in the reference data to count as evidence of a person.
pub fn is_given_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && given_name(word).is_some_and(|name| name.births >= 2_000)
        && place(word).is_none()
}
