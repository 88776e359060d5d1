//! Typed indices into the cast: a `MentionId` indexes `Cast::mentions`, a `MemberId`
//! `Cast::members` (and, while mentions are clustered, the clusters that become those
//! members, in the same order). Each indexes only its own lists, so a mention's index cannot
//! be taken for a member's. Both are a plain `usize` at run time.

/// Declares an id type: a `usize` that only `$item` lists are indexed by.
macro_rules! id {
    ($(#[$attribute:meta])* $id:ident) => {
        $(#[$attribute])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $id(usize);

        impl $id {
            /// The id of the item at `index` in its list.
            pub const fn new(index: usize) -> Self {
                Self(index)
            }

            /// The item's position in its list.
            pub const fn index(self) -> usize {
                self.0
            }
        }
    };
}

/// Lets `$id` index slices and vectors of each `$item` (`cast.mentions[mention]`).
macro_rules! indexes {
    ($id:ty => $($item:ty),+) => {$(
        impl std::ops::Index<$id> for [$item] {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self[id.index()]
            }
        }

        impl std::ops::IndexMut<$id> for [$item] {
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self[id.index()]
            }
        }

        impl std::ops::Index<$id> for Vec<$item> {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self.as_slice()[id]
            }
        }

        impl std::ops::IndexMut<$id> for Vec<$item> {
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self.as_mut_slice()[id]
            }
        }
    )+};
}

pub(super) use indexes;

id! {
    /// A cast member: an index into `Cast::members`.
    MemberId
}

id! {
    /// A mention: an index into `Cast::mentions`.
    MentionId
}
