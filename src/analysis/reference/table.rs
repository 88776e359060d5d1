//! A compiled-in TSV as a sorted array of `(key, value)`, with a hash index: the cast
//! asks about every capitalised word of a draft on every analysis, and one hash lookup is
//! what a per-document memo of the answers would cost, so none is kept.

/// Lines that carry data: not blank, not a `#` comment.
pub(super) fn data_lines(tsv: &'static str) -> impl Iterator<Item = &'static str> {
    tsv.lines().map(|line| line.trim_end_matches('\r')).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Keys in byte order, one value each. Borrowed from the compiled-in text, so building it
/// allocates only the array.
pub(super) struct SortedTable<T> {
    entries: Vec<(&'static str, T)>,
    /// Key -> its position in `entries`.
    index: rustc_hash::FxHashMap<&'static str, u32>,
}

impl<T: Copy> SortedTable<T> {
    /// One entry per data line `key<TAB>fields...`; `parse_value` reads the fields after the
    /// key, and a line it rejects is skipped (the unit tests check that none is). The first
    /// line of a repeated key wins.
    pub(super) fn parse(tsv: &'static str, parse_value: fn(&[&'static str]) -> Option<T>) -> Self {
        let mut fields = Vec::with_capacity(4);
        let entries = data_lines(tsv).filter_map(|line| {
            fields.clear();
            fields.extend(line.split('\t'));
            let (key, rest) = fields.split_first()?;
            Some((*key, parse_value(rest)?))
        });
        Self::from_entries(entries.collect())
    }

    /// One entry per `(key, value)`; the first of a repeated key wins.
    pub(super) fn from_pairs(pairs: impl Iterator<Item = (&'static str, T)>) -> Self {
        Self::from_entries(pairs.collect())
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = (&'static str, T)> + '_ {
        self.entries.iter().copied()
    }

    pub(super) fn get(&self, key: &str) -> Option<T> {
        self.index.get(key).map(|&index| self.entries[index as usize].1)
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    fn from_entries(mut entries: Vec<(&'static str, T)>) -> Self {
        // A stable sort keeps the first of equal keys first, and dedup keeps that one.
        entries.sort_by(|a, b| a.0.cmp(b.0));
        entries.dedup_by(|later, earlier| later.0 == earlier.0);
        let index = entries.iter().enumerate().map(|(index, (key, _))| (*key, index as u32)).collect();
        SortedTable { entries, index }
    }
}

impl SortedTable<()> {
    /// A set: the keys alone.
    pub(super) fn parse_keys(keys: impl Iterator<Item = &'static str>) -> Self {
        Self::from_entries(keys.map(|key| (key, ())).collect())
    }
}

/// How many data lines `tsv` has (to check that every line parsed).
#[cfg(test)]
pub(super) fn data_line_count(tsv: &'static str) -> usize {
    data_lines(tsv).count()
}
