package lamp.linalg;

import lamp.base.Interrupts;

import lamp.base.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The one shared pool behind lamp's coarse parallel work: the trials of an experiment, the points
 * of a sweep. {@link Parallel#threads()} daemon threads ({@code lamp-task-n}) take the tasks by
 * index; results come back in index order, so a run gives the same bits on any number of threads.
 * Kernels called inside a task run sequentially ({@link Parallel#available()} is false there), and
 * a {@link #map} called inside a task runs its tasks one after the other on that thread.
 *
 * <p>Unlike a parallel stream, the caller waits interruptibly: when its thread is interrupted (a
 * notebook's Kernel → Interrupt) it stops handing out tasks, interrupts the threads running one (so
 * their own {@link Interrupts} checks stop them), waits for them to stop and throws
 * {@link Interrupts.RunInterruptedException} saying where the first stopped task was and how far
 * the run came ("in the retrieval of … after 3 of 100 updates, in the trials of 2000 memories
 * after 41 of 500 trials"). Nothing keeps running.
 */
public final class Tasks {
    /** How long an interrupted caller waits for the running tasks to stop before it returns anyway. */
    static final long STOP_WAIT_MILLIS = 5_000;
    private static volatile ExecutorService pool;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private Tasks() {}

    /**
     * {@code task(0)}, …, {@code task(count − 1)} in index order, computed on the pool when
     * {@code parallel} (else on the calling thread, in order). The first failure (by index) is
     * rethrown and stops the tasks not yet started. On interrupt: {@link
     * Interrupts.RunInterruptedException} "stopped {where} after d of {count} {units}", d being
     * the tasks finished.
     */
    public static <T> List<T> map(int count, IntFunction<T> task, boolean parallel, String where, String units) {
        if (task == null) throw new IllegalArgumentException("task is null");
        Checks.count("task count", count, 0);
        Object[] results = new Object[count];
        if (!parallel || count <= 1 || Parallel.threads() == 1 || Thread.currentThread() instanceof TaskThread) {
            for (int i = 0; i < count; i++) {
                Interrupts.check(where, i, count, units);
                try {
                    results[i] = task.apply(i);
                } catch (Interrupts.RunInterruptedException e) {
                    throw new Interrupts.RunInterruptedException(e.where() + ", " + Interrupts.progress(where, i, count, units), e);
                }
            }
        } else {
            new Run(count, task, results).execute(where, units);
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return new ArrayList<>(list);
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (Tasks.class) {
                p = pool;
                if (p == null) {
                    p = Executors.newFixedThreadPool(Parallel.threads(), TaskThread::new);
                    pool = p;
                }
            }
        }
        return p;
    }

    /** A thread of the pool: kernels it calls run sequentially. */
    static final class TaskThread extends Thread {
        TaskThread(Runnable r) {
            super(r, "lamp-task-" + NAMES.incrementAndGet());
            setDaemon(true);
        }
    }

    /** One call of {@link #map}: runners that take indices until none is left or the call is cancelled. */
    private static final class Run {
        private final int count;
        private final IntFunction<?> task;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger(), finished = new AtomicInteger();
        private final Thread[] running;
        private final CountDownLatch ended;
        private volatile boolean cancelled;

        Run(int count, IntFunction<?> task, Object[] results) {
            this.count = count;
            this.task = task;
            this.results = results;
            this.failures = new Throwable[count];
            int runners = Math.min(Parallel.threads(), count);
            this.running = new Thread[runners];
            this.ended = new CountDownLatch(runners);
        }

        void execute(String where, String units) {
            ExecutorService p = pool();
            for (int r = 0; r < running.length; r++) {
                int slot = r;
                p.execute(() -> runner(slot));
            }
            try {
                ended.await();
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt();          // keep the flag: callers further up stop too
                Throwable inner = null;
                for (Throwable failure : failures) if (failure instanceof Interrupts.RunInterruptedException) { inner = failure; break; }
                String progress = Interrupts.progress(where, finished.get(), count, units);
                throw new Interrupts.RunInterruptedException(inner == null ? progress
                        : ((Interrupts.RunInterruptedException) inner).where() + ", " + progress, inner);
            }
            for (Throwable failure : failures) {
                if (failure == null) continue;
                if (failure instanceof RuntimeException) throw (RuntimeException) failure;
                if (failure instanceof Error) throw (Error) failure;
                throw new IllegalStateException("a task failed", failure);
            }
        }

        /** Hands out no further task, interrupts the running ones and waits (boundedly, not interruptibly) for them to end. */
        private void stop() {
            cancelled = true;
            synchronized (running) {
                for (Thread t : running) if (t != null) t.interrupt();
            }
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
            boolean interrupted = false;
            while (ended.getCount() > 0 && System.nanoTime() < until) {
                try {
                    ended.await(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }

        private void runner(int slot) {
            Thread me = Thread.currentThread();
            try {
                synchronized (running) {
                    Thread.interrupted();                    // nothing left over from an earlier call
                    running[slot] = me;
                }
                for (int i; !cancelled && (i = next.getAndIncrement()) < count; ) {
                    try {
                        results[i] = task.apply(i);
                        finished.incrementAndGet();
                    } catch (Throwable e) {
                        failures[i] = e;
                        cancelled = true;
                    }
                }
            } finally {
                synchronized (running) {
                    running[slot] = null;
                    Thread.interrupted();                    // an interrupt meant for this call ends with it
                }
                ended.countDown();
            }
        }
    }
}
