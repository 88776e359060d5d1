//! One dedicated thread for analyses.
//!
//! Not tokio's blocking pool: there analyses would run on whichever thread was free, and the
//! system allocator keeps a separate arena per thread and returns little of it, so a burst
//! of keystrokes would leave several arenas' worth of memory held. One thread keeps one
//! arena, and analyses never compete with each other for the cores. A panic inside a job is
//! caught here and reported to the caller; the thread lives on.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;
use std::time::Duration;

use super::memory;

type Job = Box<dyn FnOnce() + Send>;

pub struct AnalysisWorker {
    jobs: mpsc::Sender<Job>,
}

#[derive(Debug)]
pub enum JobError {
    /// The job panicked; the message, if it had one.
    Panicked(String),
    /// The worker thread is gone (it could not start, or the process is ending).
    WorkerGone,
}

impl std::fmt::Display for JobError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JobError::Panicked(message) => write!(formatter, "analysis panicked: {message}"),
            JobError::WorkerGone => write!(formatter, "the analysis thread is not running"),
        }
    }
}

/// After this long without a job, the memory freed by the last analyses is handed back to
/// the system (`memory::return_freed`): the writer has paused, and the trim, a few
/// milliseconds on a long draft, is not in any keystroke's way.
const IDLE: Duration = Duration::from_millis(500);

/// Runs jobs until every sender is gone, returning freed memory when idle after work.
fn run_jobs(queue: &mpsc::Receiver<Job>) {
    let mut worked_since_trim = false;
    loop {
        let job = if worked_since_trim {
            match queue.recv_timeout(IDLE) {
                Ok(job) => job,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    memory::return_freed();
                    worked_since_trim = false;
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        } else {
            match queue.recv() {
                Ok(job) => job,
                Err(mpsc::RecvError) => return,
            }
        };
        job();
        worked_since_trim = true;
    }
}

impl AnalysisWorker {
    pub fn start() -> Self {
        let (jobs, queue) = mpsc::channel::<Job>();
        let started = std::thread::Builder::new().name("copydesk-analysis".to_string()).spawn(move || run_jobs(&queue));
        if let Err(error) = started {
            tracing::error!(%error, "cannot start the analysis thread");
        }
        AnalysisWorker { jobs }
    }

    /// Runs `work` on the analysis thread and waits for its result without blocking the
    /// async reactor.
    pub async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, JobError> {
        self.run_then_drop(move || (work(), ())).await
    }

    /// `run` for work that also leaves something behind to free (the analysis a new one
    /// replaced): the result is sent first and the leftovers are dropped after, on the
    /// analysis thread, while the caller publishes. Freeing a long draft's analysis takes
    /// milliseconds that no keystroke needs to wait for.
    pub async fn run_then_drop<T: Send + 'static, L: 'static>(
        &self,
        work: impl FnOnce() -> (T, L) + Send + 'static,
    ) -> Result<T, JobError> {
        let (reply, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let (outcome, leftovers) = match catch_unwind(AssertUnwindSafe(work)) {
                Ok((value, leftovers)) => (Ok(value), Some(leftovers)),
                Err(payload) => (Err(panic_message(payload.as_ref())), None),
            };
            // The caller may have stopped waiting (its request was cancelled): nothing to tell.
            let _ = reply.send(outcome);
            if catch_unwind(AssertUnwindSafe(move || drop(leftovers))).is_err() {
                tracing::error!("freeing an analysis panicked; the server keeps running");
            }
        });
        self.jobs.send(job).map_err(|_| JobError::WorkerGone)?;
        match result.await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(message)) => Err(JobError::Panicked(message)),
            Err(_) => Err(JobError::WorkerGone),
        }
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_jobs_and_survives_a_panic() {
        let worker = AnalysisWorker::start();
        assert_eq!(worker.run(|| 2 + 2).await.unwrap(), 4);
        let panicked = worker.run(|| -> u8 { panic!("boom") }).await;
        assert!(matches!(panicked, Err(JobError::Panicked(message)) if message == "boom"));
        assert_eq!(worker.run(|| "still here").await.unwrap(), "still here");
    }

    /// The result arrives before the leftovers are dropped, and they are dropped.
    #[tokio::test]
    async fn leftovers_are_dropped_after_the_result_is_sent() {
        struct Leftover(std::sync::mpsc::Sender<&'static str>);
        impl Drop for Leftover {
            fn drop(&mut self) {
                let _ = self.0.send("dropped");
            }
        }
        let worker = AnalysisWorker::start();
        let (events, seen) = std::sync::mpsc::channel();
        let leftover = Leftover(events.clone());
        let result = worker.run_then_drop(move || (7, leftover)).await.unwrap();
        events.send("result").unwrap();
        assert_eq!(result, 7);
        // The drop may run before or after the caller records the result, but it runs.
        let mut order: Vec<&str> = (0..2).map(|_| seen.recv().unwrap()).collect();
        order.sort();
        assert_eq!(order, ["dropped", "result"]);
        assert_eq!(worker.run(|| "still here").await.unwrap(), "still here");
    }
}
