//! Long-lived SPARQL threads: the threads with a [`SPARQL_STACK`] stack on which queries
//! and updates are parsed, checked and evaluated (every one of those steps recurses), kept
//! from one query to the next in a [`rayon_core`] thread pool.
//!
//! Starting an OS thread with a 256 MiB stack for every query cost about 0.25 ms of CPU
//! per request (`clone3`, the stack mapping and its guard page, the `munmap` at exit:
//! BENCHMARKS.md, "where the time goes"); a job handed to a waiting thread costs a wake-up.
//! The thread that asks waits for the job and keeps its clock: past the job's `cancel_at`
//! it cancels the job's [`CancellationToken`] (the patched evaluator then stops within a
//! tuple, `vendor/README.md`) and goes on waiting for it to end, so no timer thread is
//! needed either.

use super::StoreError;
use super::embedded::SPARQL_STACK;
use oxigraph::sparql::CancellationToken;
use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{LazyLock, OnceLock};
use std::time::Instant;

thread_local! {
    /// Whether this thread is one of a [`SparqlThreads`] pool's.
    static ON_SPARQL_THREAD: Cell<bool> = const { Cell::new(false) };
}

/// A pool of SPARQL threads, each with a [`SPARQL_STACK`] stack, started the first time a
/// job comes (a store that is never queried starts none) and ended when the pool is
/// dropped.
pub(super) struct SparqlThreads {
    /// How many threads the pool has (at least 1).
    threads: usize,
    /// What the threads are called (`ps`, `top -H`, panics): `{name}-{index}`.
    name: &'static str,
    pool: OnceLock<rayon_core::ThreadPool>,
}

impl SparqlThreads {
    /// A pool of `threads` (at least 1) threads named `{name}-{index}`; none start yet.
    pub(super) fn new(threads: usize, name: &'static str) -> SparqlThreads {
        SparqlThreads {
            threads: threads.max(1),
            name,
            pool: OnceLock::new(),
        }
    }

    /// The pool for the service's own fixed queries (pages, `/id/`, `/data/`, VoID) and the
    /// remote store's checks, shared by every store of the process: four threads per core
    /// ([`super::embedded::default_sparql_threads`]). A job past them waits for one.
    pub(super) fn shared() -> &'static SparqlThreads {
        static SHARED: LazyLock<SparqlThreads> = LazyLock::new(|| {
            SparqlThreads::new(super::embedded::default_sparql_threads(), "sparql")
        });
        &SHARED
    }

    /// The pool, started now if it is not yet.
    ///
    /// Errors: [`StoreError::Storage`] when the threads cannot be started (the system's
    /// thread or memory limits); the next call tries again.
    fn pool(&self) -> Result<&rayon_core::ThreadPool, StoreError> {
        if let Some(pool) = self.pool.get() {
            return Ok(pool);
        }
        let name = self.name;
        let built = rayon_core::ThreadPoolBuilder::new()
            .num_threads(self.threads)
            .stack_size(SPARQL_STACK)
            .thread_name(move |i| format!("{name}-{i}"))
            .start_handler(|_| ON_SPARQL_THREAD.set(true))
            .build()
            .map_err(|e| StoreError::Storage(format!("cannot start the SPARQL threads: {e}")))?;
        // when another caller started one meanwhile, it is kept and this one ends
        Ok(self.pool.get_or_init(|| built))
    }

    /// Runs `job` on one of the pool's threads and waits for it; a panic in `job` resumes
    /// in the caller. With `cancel` = `(at, token)`, `token` is cancelled at the instant
    /// `at` if `job` has not ended by then, and the call goes on waiting until it has
    /// (`job` is to watch the token: an evaluation under it stops within a tuple). A job
    /// waits for a free thread when every one is busy; on a SPARQL thread already (a job
    /// that runs another) it runs on a new thread of its own with the same stack, so that
    /// jobs waiting on jobs never wait for threads they hold.
    ///
    /// Errors: [`StoreError::Storage`] when no thread can be started; else what `job`
    /// returns.
    pub(super) fn run<T: Send>(
        &self,
        cancel: Option<(Instant, &CancellationToken)>,
        job: impl FnOnce() -> Result<T, StoreError> + Send,
    ) -> Result<T, StoreError> {
        let (done, finished) = mpsc::sync_channel(1);
        let job = move || {
            // the receiver outlives the job: it waits for this send
            let _ = done.send(catch_unwind(AssertUnwindSafe(job)));
        };
        let wait = || {
            if let Some((at, token)) = cancel {
                match finished.recv_timeout(at.saturating_duration_since(Instant::now())) {
                    Err(RecvTimeoutError::Timeout) => token.cancel(),
                    outcome => return outcome.ok(),
                }
            }
            finished.recv().ok()
        };
        let outcome = if ON_SPARQL_THREAD.get() {
            std::thread::scope(|scope| {
                std::thread::Builder::new()
                    .name(format!("{}-nested", self.name))
                    .stack_size(SPARQL_STACK)
                    .spawn_scoped(scope, job)
                    .map_err(|e| {
                        StoreError::Storage(format!("cannot start a SPARQL thread: {e}"))
                    })?;
                Ok(wait())
            })?
        } else {
            self.pool()?.in_place_scope(|scope| {
                scope.spawn(|_| job());
                wait()
            })
        };
        match outcome {
            Some(Ok(result)) => result,
            Some(Err(panic)) => resume_unwind(panic),
            // the job ended without sending: it cannot, it catches its own panics
            None => Err(StoreError::Storage(
                "a SPARQL thread ended without an answer".into(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// Consecutive jobs run on the same long-lived thread, not on a new one each.
    #[test]
    fn jobs_reuse_the_pool_threads() {
        let threads = SparqlThreads::new(1, "test-reuse");
        let first = threads
            .run(None, || Ok(std::thread::current().id()))
            .unwrap();
        for _ in 0..20 {
            let again = threads
                .run(None, || Ok(std::thread::current().id()))
                .unwrap();
            assert_eq!(again, first);
        }
        assert_ne!(
            first,
            std::thread::current().id(),
            "the job ran on the caller"
        );
        let name = threads
            .run(None, || {
                Ok(std::thread::current().name().map(str::to_string))
            })
            .unwrap();
        assert_eq!(name.as_deref(), Some("test-reuse-0"));
    }

    /// A job may borrow from its caller and use far more stack than a default thread has
    /// (8 MiB on Linux): 64 MiB of frames here.
    #[test]
    fn jobs_borrow_and_have_the_large_stack() {
        fn deep(n: u32) -> u64 {
            let frame = [u8::try_from(n % 251).unwrap(); 1024];
            if n == 0 {
                return u64::from(frame[0]);
            }
            std::hint::black_box(&frame);
            deep(n - 1) + u64::from(frame[1023])
        }
        let threads = SparqlThreads::new(2, "test-stack");
        let calls = 64 * 1024;
        let borrowed = String::from("borrowed");
        let sum = threads
            .run(None, || Ok(deep(calls) + borrowed.len() as u64))
            .unwrap();
        assert!(sum > 8, "{sum}");
    }

    /// Past `cancel_at` the token is cancelled, and the call returns only once the job has
    /// seen it and ended.
    #[test]
    fn the_caller_cancels_at_the_instant_and_waits_for_the_job() {
        let threads = SparqlThreads::new(1, "test-cancel");
        let token = CancellationToken::new();
        let start = Instant::now();
        let at = start + Duration::from_millis(100);
        let seen = threads
            .run(Some((at, &token)), || {
                while !token.is_cancelled() {
                    if start.elapsed() > Duration::from_secs(30) {
                        return Ok(false);
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                std::thread::sleep(Duration::from_millis(50));
                Ok(true)
            })
            .unwrap();
        assert!(seen, "the token was never cancelled");
        assert!(token.is_cancelled());
        assert!(
            start.elapsed() >= Duration::from_millis(150),
            "{:?}",
            start.elapsed()
        );
        // a job that ends in time is not cancelled
        let token = CancellationToken::new();
        let far = Instant::now() + Duration::from_secs(60);
        threads.run(Some((far, &token)), || Ok(())).unwrap();
        assert!(!token.is_cancelled());
    }

    /// A panic in a job resumes in the caller, and the pool goes on serving jobs.
    #[test]
    fn a_panicking_job_panics_in_the_caller_and_the_pool_survives() {
        let threads = SparqlThreads::new(1, "test-panic");
        let caught = std::panic::catch_unwind(AssertUnwindSafe(|| {
            threads.run(None, || -> Result<(), StoreError> { panic!("job failed") })
        }));
        let payload = caught.expect_err("the panic was lost");
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"job failed"));
        assert_eq!(threads.run(None, || Ok(7)).unwrap(), 7);
    }

    /// A job that runs another job on the same one-thread pool does not wait for itself.
    #[test]
    fn a_job_running_a_job_does_not_deadlock() {
        let threads = SparqlThreads::new(1, "test-nested");
        let outer = std::thread::current().id();
        let (a, b) = threads
            .run(None, || {
                let a = std::thread::current().id();
                let b = threads.run(None, || Ok(std::thread::current().id()))?;
                Ok((a, b))
            })
            .unwrap();
        assert_ne!(a, outer);
        assert_ne!(b, a, "the nested job ran on a thread of its own");
    }

    /// A job's error comes back as it is.
    #[test]
    fn errors_come_back() {
        let threads = SparqlThreads::new(1, "test-error");
        let e = threads
            .run(None, || -> Result<(), StoreError> {
                Err(StoreError::Syntax("bad".into()))
            })
            .unwrap_err();
        assert!(
            matches!(e, StoreError::Syntax(ref m) if m == "bad"),
            "{e:?}"
        );
    }
}
