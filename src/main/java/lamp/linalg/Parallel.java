package lamp.linalg;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 */
public final class Parallel {
    private static final int THREADS = Math.max(1, Integer.getInteger("lamp.threads", Runtime.getRuntime().availableProcessors()));
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static volatile ExecutorService pool;

    private Parallel() {}

    /** The number of threads lamp's kernels use (the caller included). */
    public static int threads() {
        return THREADS;
    }

    /** True when a call made now may use more than one thread (not nested, more than one thread configured). */
    public static boolean available() {
        return THREADS > 1 && !(Thread.currentThread() instanceof Worker) && DEPTH.get()[0] == 0;
    }

    /**
     * Runs {@code body} for every part 0 … parts − 1, spread over the worker threads and the
     * caller (which runs part 0), and returns when all are done. Parts must write disjoint
     * outputs. Sequential, in order, when nested or single-threaded.
     */
    public static void forEach(int parts, IntConsumer body) {
        if (parts <= 1 || !available()) {
            for (int p = 0; p < parts; p++) body.accept(p);
            return;
        }
        ExecutorService workers = pool();
        Future<?>[] futures = new Future<?>[parts - 1];
        for (int p = 1; p < parts; p++) {
            final int part = p;
            futures[p - 1] = workers.submit(() -> body.accept(part));
        }
        Throwable failure = null;
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            body.accept(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            depth[0]--;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) failure = e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) failure = e;
            }
        }
        if (failure instanceof RuntimeException) throw (RuntimeException) failure;
        if (failure instanceof Error) throw (Error) failure;
        if (failure != null) throw new IllegalStateException("parallel part failed", failure);
    }

    /** Start of part {@code p} of {@code parts} equal slices of [0, n), aligned to {@code align}. */
    public static int split(int n, int parts, int p, int align) {
        if (p >= parts) return n;
        long cut = (long) n * p / parts;
        cut = (cut + align - 1) / align * align;
        return (int) Math.min(n, cut);
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (Parallel.class) {
                p = pool;
                if (p == null) {
                    int[] id = {0};
                    pool = p = Executors.newFixedThreadPool(THREADS - 1, r -> {
                        Worker w = new Worker(r, "lamp-worker-" + (++id[0]));
                        w.setDaemon(true);
                        return w;
                    });
                }
            }
        }
        return p;
    }

    /** A lamp worker thread; anything it calls runs sequentially. */
    private static final class Worker extends Thread {
        Worker(Runnable r, String name) {
            super(r, name);
        }
    }
}
