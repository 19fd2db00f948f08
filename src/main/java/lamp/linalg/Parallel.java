package lamp.linalg;

import lamp.base.Interrupts;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * The worker threads behind lamp's dense kernels and sweeps: {@link #threads()} − 1 daemon
 * workers plus the calling thread. Work is always split into parts that do not depend on the
 * thread count for their arithmetic, so every result is bit-identical whether it ran on one core
 * or on all of them.
 *
 * <p>Calls made from inside a part (nested parallelism, e.g. a sweep inside a parallel batch of
 * retrievals) run sequentially on the calling thread. The thread count is
 * {@code -Dlamp.threads=N} (default: available processors); {@code -Dlamp.threads=1} makes lamp
 * single-threaded.
 *
 * <p>An interrupt of the calling thread stops a call: no further part is handed out, the workers
 * running a part of it are interrupted (so a part that waits or loops, with its own
 * {@link Interrupts} check, stops too), the caller waits for the parts already started and throws
 * {@link Interrupts.RunInterruptedException}. A worker clears its interrupt flag before it takes
 * the next call and before it parks, so no worker is left spinning and no interrupt leaks into a
 * later call. Inside a {@link Tasks} task, calls run sequentially.
 */
public final class Parallel {
    private static final int THREADS = Math.max(1, Integer.getInteger("lamp.threads", Runtime.getRuntime().availableProcessors()));
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    /**
     * How long a worker spins for the next call, and the caller for the last part, before parking:
     * {@code -Dlamp.spinMicros=N} (default 200; 0 parks at once, for measuring what spinning buys).
     */
    static final long SPIN_NANOS = 1000L * spinMicros();
    /** One call at a time uses the workers; a second thread's call waits for them. */
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static volatile Worker[] workers;
    /** The call the workers take parts of (the latest one). */
    private static volatile Call current;

    private Parallel() {}

    private static int spinMicros() {
        int micros = Integer.getInteger("lamp.spinMicros", 200);
        if (micros < 0) throw new IllegalArgumentException("-Dlamp.spinMicros must be ≥ 0 (microseconds), got " + micros);
        return micros;
    }

    /** The number of threads lamp's kernels use (the caller included). */
    public static int threads() {
        return THREADS;
    }

    /** True when a call made now may use more than one thread (not nested, more than one thread configured). */
    public static boolean available() {
        Thread t = Thread.currentThread();
        return THREADS > 1 && !(t instanceof Worker) && !(t instanceof Tasks.TaskThread) && DEPTH.get()[0] == 0;
    }

    /**
     * Runs {@code body} for every part 0 … parts − 1, spread over the worker threads and the
     * caller, and returns when all are done; the first failure (by part) is rethrown. Parts must
     * write disjoint outputs. Sequential, in order, when nested or single-threaded; otherwise the
     * parts run at the same time on different threads as far as there are threads (a caller may
     * rely on it: the two halves of a parallel DAM sweep wait for each other), and a call made while
     * another thread's call holds the workers waits for them.
     *
     * <p>The hand-over is built for calls of a tenth of a millisecond (one right-hand side of (M2)
     * at N_h = 1000): the caller publishes the call and the workers, which spin for
     * {@link #SPIN_NANOS} after their last part before they park, take parts as they come; the
     * caller waits for the last part spinning, then parked. A thread pool's queue and park/unpark
     * cost as much as the work itself (docs/PERFORMANCE.md).
     */
    public static void forEach(int parts, IntConsumer body) {
        if (parts <= 1 || !available()) {
            for (int p = 0; p < parts; p++) body.accept(p);
            return;
        }
        Interrupts.check("at the start of a parallel call");
        if (!LOCK.tryLock()) {
            try {
                LOCK.lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Interrupts.RunInterruptedException("waiting for lamp's worker threads (another thread's call held them)");
            }
        }
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            Call call = new Call(body, parts, Thread.currentThread());
            Worker[] ws = workers();
            current = call;                                   // volatile write: workers see the call
            for (Worker w : ws) if (w.parked) LockSupport.unpark(w);
            boolean stopped;
            try {
                call.work();
                stopped = !call.await(ws);
            } finally {
                current = null;                               // the workers park once idle; nothing is kept alive
                call.release();
            }
            if (stopped) {
                Throwable first = call.firstFailure();
                String where = first instanceof Interrupts.RunInterruptedException
                        ? ((Interrupts.RunInterruptedException) first).where() + " (a part of a parallel call)"
                        : "in a parallel call after " + call.done.get() + " of " + parts + " parts";
                throw new Interrupts.RunInterruptedException(where, first);
            }
            call.rethrow();
        } finally {
            depth[0]--;
            LOCK.unlock();
        }
    }

    /** Start of part {@code p} of {@code parts} equal slices of [0, n), aligned to {@code align}. */
    public static int split(int n, int parts, int p, int align) {
        if (p >= parts) return n;
        long cut = (long) n * p / parts;
        cut = (cut + align - 1) / align * align;
        return (int) Math.min(n, cut);
    }

    private static Worker[] workers() {
        Worker[] w = workers;
        if (w == null) {
            synchronized (Parallel.class) {
                w = workers;
                if (w == null) {
                    w = new Worker[THREADS - 1];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = new Worker("lamp-worker-" + (i + 1));
                        w[i].start();
                    }
                    workers = w;
                }
            }
        }
        return w;
    }

    /** One call of {@link #forEach}: its parts, handed out one at a time, and what came of them. */
    private static final class Call {
        /** Read only by a thread that has claimed a part; dropped once no part is left to claim. */
        private IntConsumer body;
        final int parts;
        final Thread caller;
        final AtomicInteger next = new AtomicInteger(), done = new AtomicInteger();
        final Throwable[] failures;
        volatile boolean callerParked;
        /** The parts to wait for: all of them, or, once the caller is interrupted, those already handed out. */
        volatile int target;

        Call(IntConsumer body, int parts, Thread caller) {
            this.body = body;
            this.parts = parts;
            this.caller = caller;
            this.failures = new Throwable[parts];
            this.target = parts;
        }

        /** Runs parts until none is left; the thread that finishes the last part wakes a parked caller. */
        void work() {
            for (int p = next.getAndIncrement(); p < parts; p = next.getAndIncrement()) {
                try {
                    body.accept(p);
                } catch (Throwable e) {
                    failures[p] = e;
                }
                if (done.incrementAndGet() >= target && callerParked) LockSupport.unpark(caller);
            }
        }

        /** Lets go of the body (and what it captured) once its call has returned. */
        void release() {
            next.set(parts);
            body = null;
        }

        /**
         * Until every part is done: spin briefly, then park (woken by the last part). Returns false if
         * the caller was interrupted: then no part is handed out any more, the workers running one are
         * interrupted, and it returns once the parts already started are done.
         */
        boolean await(Worker[] ws) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            boolean stopped = false;
            while (done.get() < target) {
                if (!stopped && caller.isInterrupted()) {
                    stopped = true;
                    Thread.interrupted();            // parked, not spinning, while the parts end; set again below
                    target = Math.min(parts, next.getAndSet(parts));   // the parts handed out so far
                    for (Worker w : ws) if (w.call == this) w.interrupt();
                    continue;
                }
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    callerParked = true;
                    if (done.get() < target) LockSupport.parkNanos(this, 1_000_000);
                }
            }
            if (stopped) caller.interrupt();
            return !stopped;
        }

        /** The first failure of a part, by part (null if none). */
        Throwable firstFailure() {
            for (Throwable failure : failures) if (failure != null) return failure;
            return null;
        }

        void rethrow() {
            for (Throwable failure : failures) {
                if (failure == null) continue;
                if (failure instanceof RuntimeException) throw (RuntimeException) failure;
                if (failure instanceof Error) throw (Error) failure;
                throw new IllegalStateException("parallel part failed", failure);
            }
        }
    }

    /** A lamp worker thread: takes the parts of each published call; anything it calls runs sequentially. */
    private static final class Worker extends Thread {
        volatile boolean parked;
        /** The call whose parts this worker is taking, if any (read by an interrupted caller). */
        volatile Call call;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        @Override
        public void run() {
            Call seen = null;
            while (true) {
                Call call = current;
                if (call != null && call != seen) {
                    seen = call;
                    Thread.interrupted();                 // an interrupt of an earlier, stopped call ends here
                    this.call = call;
                    call.work();
                    this.call = null;
                    continue;
                }
                long spinUntil = System.nanoTime() + SPIN_NANOS;
                while (idle(seen) && System.nanoTime() < spinUntil) Thread.onSpinWait();
                if (idle(seen)) {
                    Thread.interrupted();                 // park returns at once while the flag is set
                    parked = true;                        // volatile write, then read current: no lost wake-up
                    if (idle(seen)) LockSupport.park(this);
                    parked = false;
                }
            }
        }

        private static boolean idle(Call seen) {
            Call c = current;
            return c == null || c == seen;
        }
    }
}
