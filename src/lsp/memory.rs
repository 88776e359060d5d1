//! How the server's allocator hands memory back (glibc; other allocators keep their
//! own ways).
//!
//! Every analysis of a long draft allocates a few large buffers (tokens, mentions, the
//! lowercase text) and frees the previous analysis's. glibc raises its mmap threshold each
//! time such a buffer is freed, so after the first keystrokes every large buffer comes from
//! the heap instead of its own mapping, and the holes they leave keep the resident memory
//! at its high-water mark (about 65 MiB on a 100k-word draft instead of the live 38). A
//! fixed threshold keeps large buffers in their own mappings, returned on free.
//! The smaller buffers freed between them are returned when the analysis thread idles
//! ([`return_freed`]).

/// Buffers of this size or more get their own mapping. Below 1 MiB, the page faults of
/// fresh mappings start to show in the keystroke time.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const OWN_MAPPING_BYTES: libc::c_int = 1 << 20;

/// Fixes the allocator's mmap threshold (glibc only; other allocators keep theirs).
pub fn return_large_buffers() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallopt only sets an allocator parameter; it is called before the
        // analysis thread starts allocating large buffers.
        let accepted = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, OWN_MAPPING_BYTES) };
        if accepted != 1 {
            tracing::warn!("the allocator refused a fixed mmap threshold; resident memory may stay high");
        }
    }
}

/// Hands the free pages inside the heap back to the system (glibc's `malloc_trim`): what
/// a burst of analyses freed stops counting as resident while the writer pauses.
pub fn return_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: malloc_trim only releases free memory; it is safe to call at any time.
        unsafe { libc::malloc_trim(0) };
    }
}
