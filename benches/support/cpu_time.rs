//! A criterion measurement in the calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID):
//! unlike wall time, it does not count the time other processes held the core.

use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};

pub struct ThreadCpuTime {
    /// Values are durations, formatted the way wall time is.
    wall_time: WallTime,
}

impl Default for ThreadCpuTime {
    fn default() -> Self {
        ThreadCpuTime { wall_time: WallTime }
    }
}

fn thread_cpu_time() -> Duration {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `now` is a valid, writable timespec; the clock id is a constant the kernel
    // has supported since Linux 2.6.12. On failure `now` stays zero, which only spoils
    // the sample, never memory.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

impl Measurement for ThreadCpuTime {
    type Intermediate = Duration;
    type Value = Duration;

    fn start(&self) -> Self::Intermediate {
        thread_cpu_time()
    }

    fn end(&self, started: Self::Intermediate) -> Self::Value {
        thread_cpu_time().saturating_sub(started)
    }

    fn add(&self, v1: &Self::Value, v2: &Self::Value) -> Self::Value {
        *v1 + *v2
    }

    fn zero(&self) -> Self::Value {
        Duration::ZERO
    }

    fn to_f64(&self, value: &Self::Value) -> f64 {
        value.as_nanos() as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        self.wall_time.formatter()
    }
}
