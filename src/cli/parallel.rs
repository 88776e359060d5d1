//! Checking many drafts on every core, with output in input order and bounded memory.
//!
//! Workers take jobs in order from a shared counter; the calling thread receives results
//! and hands them on in job order, holding those that finished early. A worker may run at
//! most `window` jobs ahead of the last one handed on, so a slow draft holds back at most
//! `window` finished results, whatever the number of drafts.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

/// How many jobs may finish ahead of the one the output waits for, per thread.
const WINDOW_PER_THREAD: usize = 8;

/// The threads to use: one per core the process may run on.
pub fn thread_count() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Runs `work` on every job on `threads` threads and gives each result to `consume` in job
/// order. `consume` returns false to stop early (its output is gone): jobs not yet
/// started are then skipped.
pub fn map_in_order<J: Sync, R: Send>(
    jobs: &[J],
    threads: usize,
    work: impl Fn(&J) -> R + Sync,
    mut consume: impl FnMut(R) -> bool,
) {
    let threads = threads.clamp(1, jobs.len().max(1));
    let window = threads * WINDOW_PER_THREAD;
    let next_job = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many results were handed on; workers wait on it to stay within the window.
    let handed_on = (Mutex::new(0usize), Condvar::new());
    let (results, received) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let results = results.clone();
            let (next_job, stop, handed_on, work) = (&next_job, &stop, &handed_on, &work);
            scope.spawn(move || {
                loop {
                    let index = next_job.fetch_add(1, Ordering::SeqCst);
                    if index >= jobs.len() || stop.load(Ordering::SeqCst) {
                        return;
                    }
                    let (count, moved) = handed_on;
                    let mut done = count.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                    while index >= *done + window && !stop.load(Ordering::SeqCst) {
                        done = moved.wait(done).unwrap_or_else(|poisoned| poisoned.into_inner());
                    }
                    drop(done);
                    if results.send((index, work(&jobs[index]))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(results);
        let mut early: BTreeMap<usize, R> = BTreeMap::new();
        let mut next_out = 0;
        for (index, result) in received {
            early.insert(index, result);
            while let Some(result) = early.remove(&next_out) {
                next_out += 1;
                if !stop.load(Ordering::SeqCst) && !consume(result) {
                    stop.store(true, Ordering::SeqCst);
                }
            }
            let (count, moved) = &handed_on;
            *count.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = next_out;
            moved.notify_all();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_job_order_whatever_the_finishing_order() {
        let jobs: Vec<u64> = (0..200).collect();
        for threads in [1, 2, 4, 16] {
            let mut seen = Vec::new();
            // Early jobs are the slowest, so later ones finish first.
            let work = |&job: &u64| {
                std::thread::sleep(std::time::Duration::from_micros((200 - job) * 20));
                job * 2
            };
            map_in_order(&jobs, threads, work, |result| {
                seen.push(result);
                true
            });
            assert_eq!(seen, jobs.iter().map(|job| job * 2).collect::<Vec<_>>(), "{threads} threads");
        }
    }

    #[test]
    fn workers_stay_within_the_window_of_the_output() {
        let jobs: Vec<usize> = (0..500).collect();
        let handed_on = AtomicUsize::new(0);
        let furthest_ahead = AtomicUsize::new(0);
        let work = |&job: &usize| {
            let ahead = job.saturating_sub(handed_on.load(Ordering::SeqCst));
            furthest_ahead.fetch_max(ahead, Ordering::SeqCst);
            job
        };
        map_in_order(&jobs, 4, work, |_| {
            std::thread::sleep(std::time::Duration::from_micros(50));
            handed_on.fetch_add(1, Ordering::SeqCst);
            true
        });
        assert!(furthest_ahead.load(Ordering::SeqCst) <= 4 * WINDOW_PER_THREAD, "{furthest_ahead:?}");
    }

    #[test]
    fn a_closed_output_stops_the_work_and_no_jobs_is_fine() {
        let jobs: Vec<usize> = (0..10_000).collect();
        let started = AtomicUsize::new(0);
        let mut consumed = 0;
        let work = |_: &usize| started.fetch_add(1, Ordering::SeqCst);
        map_in_order(&jobs, 2, work, |_| {
            consumed += 1;
            consumed < 3
        });
        assert_eq!(consumed, 3);
        assert!(started.load(Ordering::SeqCst) < 100, "{started:?}");
        map_in_order(&Vec::<usize>::new(), 4, |_| unreachable!(), |_: ()| unreachable!());
    }
}
