package lamp.linalg;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The single-pass loops as {@link Fused} and {@link Dense} call them: each runs on {@link VectorKernels}
 * once the JIT has compiled that loop, and on its plain-Java twin in {@link LaneKernels} until then,
 * with the same bits either way.
 *
 * <p>Why: in a fresh JVM the vector API runs as boxed objects until C2 has compiled a loop, which
 * takes much of a fresh JVM's first calls (the first (M6) right-hand side at K = 60000 took 0.4–0.5 s,
 * against 15 ms compiled; docs/PERFORMANCE.md), while the plain loops are compiled within milliseconds.
 * So until a loop's vector form is compiled, each call runs the twin, and now and then the loop is
 * <em>trained</em>: both forms run on a few rows of the call's own data (copied, long rows cut short, the
 * call's tail kept) into scratch arrays, timed. The vector form thus gathers the calls, and the profile,
 * that make C2 compile it, on the shapes it will see; a loop changes over once its vector form has been
 * clearly the faster {@link #WINS} trainings in a row. Each call on a twin earns a quarter of its own time
 * for trainings, which any loop may spend (at most {@link #TRAININGS_PER_CALL} per call), so that a loop
 * called once per pass is trained as well as one called thousands of times per pass; beyond the
 * millisecond each loop brings with its first call, trainings thus take at most a fifth of the time spent
 * on the twins. A warm-up thread ({@link #trainEagerly}) trains at every call instead. A loop whose vector
 * form has not won {@link #BUDGET_NANOS} after its first call (a JVM without C2) keeps its twin.
 * {@code -Dlamp.vector.twins=false} runs the vector loops from the first call.
 */
final class Kernels {
    private Kernels() {}

    /** The loops, one bit each in {@link #compiled}. */
    enum Loop { DOTS, STREAM_DOTS, ACCUMULATE_ROWS, ACCUMULATE, DOTS_AND_ADD, PAIR, EXP_SUM }

    private static final int COUNT = Loop.values().length, ALL = (1 << COUNT) - 1;
    /** How long after its first call a loop is trained at most. */
    static final long BUDGET_NANOS = 30_000_000_000L;
    /** Trainings in a row the vector form must win (by taking under 70 % of the twin's time) before it is used. */
    static final int WINS = 3;
    /** A call on the twin that took t earns t / SPACING of training time. */
    private static final int SPACING = 4;
    /** The training time each loop brings with its first call. */
    private static final long FIRST_CREDIT_NANOS = 1_000_000;
    /** The most training time kept (a loop given up still earns it). */
    private static final long MAX_CREDIT_NANOS = 50_000_000;
    /** Trainings one call may run; one of a warm-up thread ({@link #trainEagerly}). */
    static final int TRAININGS_PER_CALL = 4, EAGER_TRAININGS_PER_CALL = 32;
    /** Rows per training: a four-row block and a remainder row (nine for the eight-row loop). */
    private static final int TRAIN_ROWS = 5;
    /** A training's rows are cut to at most this many vectors, plus the call's own tail. */
    private static final int TRAIN_VECTORS = 128;

    /** Bit k set: loop k runs on the vector API. */
    private static volatile int compiled = twins() ? 0 : ALL;

    private static boolean forced;
    /** Bit k set: loop k has been called. */
    private static final AtomicInteger called = new AtomicInteger();
    /** Per loop: the time of its first call, and the wins in a row. */
    private static final AtomicLongArray firstCall = new AtomicLongArray(COUNT);
    /** The training time left, earned by calls on the twins, for all loops. */
    private static final AtomicLong credit = new AtomicLong();
    private static final AtomicIntegerArray wins = new AtomicIntegerArray(COUNT);
    /** Set on a thread whose calls are all warm-up: it trains at every call, whatever the credit, and runs the vector forms. */
    private static final ThreadLocal<Boolean> EAGER = new ThreadLocal<>();

    /** -Dlamp.vector.twins: true (the default) or false; any other value is reported once and the default kept. */
    private static boolean twins() {
        String value = System.getProperty("lamp.vector.twins", "true").trim();
        if (value.equalsIgnoreCase("false")) return false;
        if (!value.equalsIgnoreCase("true")) {
            System.err.println("lamp: unknown -Dlamp.vector.twins=" + value + " (use true or false); the loops start on their twins");
        }
        return true;
    }

    private static boolean vector(Loop loop) {
        return (compiled & (1 << loop.ordinal())) != 0;
    }

    /** Whether this call of a loop on its twin, having trained {@code done} times, should train the loop (again) first. */
    private static boolean trainingDue(Loop loop, int done) {
        int k = loop.ordinal();
        if (vector(loop)) return false;
        boolean eager = eager();
        if (done >= (eager ? EAGER_TRAININGS_PER_CALL : TRAININGS_PER_CALL)) return false;
        long now = System.nanoTime();
        int bit = 1 << k;
        if ((called.get() & bit) == 0) firstCalled(k, now);
        return (eager || credit.get() > 0) && now - firstCall.get(k) < BUDGET_NANOS;
    }

    /** A loop's first call: its time, and the training time it brings. */
    private static synchronized void firstCalled(int k, long now) {
        if ((called.get() & (1 << k)) != 0) return;
        firstCall.set(k, now);
        credit.addAndGet(FIRST_CREDIT_NANOS);
        called.set(called.get() | (1 << k));   // under the class lock: no other writer
    }

    /** Records a training: its cost, and the times of the vector form and of the twin on the same rows. */
    private static void trained(Loop loop, long start, long vectorNanos, long laneNanos) {
        int k = loop.ordinal();
        credit.addAndGet(start - System.nanoTime());
        int won = 10 * vectorNanos < 7 * laneNanos ? wins.incrementAndGet(k) : 0;
        if (won == 0) wins.set(k, 0);
        if (won >= WINS) changeOver(1 << k);
    }

    /** Records a call on the twin that started at {@code start}: it earns training time. */
    private static void ran(Loop loop, long start) {
        long earned = (System.nanoTime() - start) / SPACING;
        for (long left = credit.get(); !credit.compareAndSet(left, Math.min(left + earned, MAX_CREDIT_NANOS)); left = credit.get()) {
            // another thread changed the credit: read it again
        }
    }

    private static synchronized void changeOver(int bit) {
        if (!forced) compiled |= bit;
    }

    /** Whether the calling thread is a warm-up thread (no lambda: a fresh JVM's first lambda costs milliseconds). */
    private static boolean eager() {
        return EAGER.get() == Boolean.TRUE;
    }

    /** How many of the loops run on the vector API now ("2 of 7 loops compiled"). */
    static String state() {
        return Integer.bitCount(compiled) + " of " + COUNT + " loops compiled";
    }

    /** True when every loop called so far runs on the vector API (or none was called). */
    static boolean calledLoopsCompiled() {
        return (called.get() & ~compiled) == 0;
    }

    /** Whether loop runs on the vector API now. */
    static boolean compiled(Loop loop) {
        return vector(loop);
    }

    /**
     * Whether the calling thread's calls are warm-up: they train the loops at every call
     * ({@link #TRAININGS_PER_CALL} times, credit or not) and run the vector form itself, to compile it.
     */
    static void trainEagerly(boolean eager) {
        if (eager) EAGER.set(Boolean.TRUE);
        else EAGER.remove();
    }

    /** Back to a fresh JVM's state: every loop on its twin, untrained, not forced (tests of the training). */
    static synchronized void reset() {
        forced = false;
        compiled = 0;
        credit.set(0);
        called.set(0);
        for (int k = 0; k < COUNT; k++) wins.set(k, 0);
    }

    /**
     * Sets which loops run on the vector API, for good: trainings change nothing after this (tests
     * compare the two forms through the public entry points).
     */
    static synchronized void force(boolean vectorLoops) {
        forced = true;
        compiled = vectorLoops ? ALL : 0;
    }

    /**
     * The row length a training uses for rows of length n: n itself up to {@link #TRAIN_VECTORS} vectors,
     * else that many vectors and n's own tail, so that a training of a long row costs no more than a
     * short one's while its loops see the call's tail.
     */
    private static int width(int n) {
        int w = VectorKernels.width(), most = TRAIN_VECTORS * w + n % w;
        return Math.min(n, most);
    }

    /**
     * Rows of ξ (row length n) side by side, each cut to its first {@code width} entries: {@code count}
     * rows from {@code first}, then {@code count2} rows from {@code second}.
     */
    private static double[] sample(double[] a, int n, int width, int first, int count, int second, int count2) {
        double[] x = new double[(count + count2) * width];
        for (int j = 0; j < count; j++) System.arraycopy(a, (first + j) * n, x, j * width, width);
        for (int j = 0; j < count2; j++) System.arraycopy(a, (second + j) * n, x, (count + j) * width, width);
        return x;
    }

    static void dots(int n, double[] a, double[] g, int from, int to, double[] h, int hOff) {
        if (vector(Loop.DOTS)) {
            VectorKernels.dots(n, a, g, from, to, h, hOff);
            return;
        }
        for (int done = 0; trainingDue(Loop.DOTS, done); done++) {
            int rows = Math.min(to - from, TRAIN_ROWS), w = width(n);
            double[] x = sample(a, n, w, from, rows, -1, 0), scratch = new double[rows];
            long t0 = System.nanoTime();
            VectorKernels.dots(w, x, g, 0, rows, scratch, 0);
            long t1 = System.nanoTime();
            LaneKernels.dots(w, x, g, 0, rows, scratch, 0);
            trained(Loop.DOTS, t0, t1 - t0, System.nanoTime() - t1);
        }
        if (eager()) {
            VectorKernels.dots(n, a, g, from, to, h, hOff);
            return;
        }
        long start = System.nanoTime();
        LaneKernels.dots(n, a, g, from, to, h, hOff);
        ran(Loop.DOTS, start);
    }

    static void streamDots(int n, double[] a, double[] g, int from, int to, double[] h, int hOff) {
        if (vector(Loop.STREAM_DOTS)) {
            VectorKernels.streamDots(n, a, g, from, to, h, hOff);
            return;
        }
        for (int done = 0; trainingDue(Loop.STREAM_DOTS, done); done++) {
            int rows = Math.min(to - from, VectorKernels.STEP + 1), w = width(n);
            double[] x = sample(a, n, w, from, rows, -1, 0), scratch = new double[rows];
            long t0 = System.nanoTime();
            VectorKernels.streamDots(w, x, g, 0, rows, scratch, 0);
            long t1 = System.nanoTime();
            LaneKernels.dots(w, x, g, 0, rows, scratch, 0);
            trained(Loop.STREAM_DOTS, t0, t1 - t0, System.nanoTime() - t1);
        }
        if (eager()) {
            VectorKernels.streamDots(n, a, g, from, to, h, hOff);
            return;
        }
        long start = System.nanoTime();
        LaneKernels.dots(n, a, g, from, to, h, hOff);
        ran(Loop.STREAM_DOTS, start);
    }

    static void accumulate(int n, double[] a, int[] rows, double[] w, int count, double[] c, int cOff) {
        if (vector(Loop.ACCUMULATE_ROWS)) {
            VectorKernels.accumulate(n, a, rows, w, count, c, cOff);
            return;
        }
        for (int done = 0; trainingDue(Loop.ACCUMULATE_ROWS, done); done++) {
            int some = Math.min(count, TRAIN_ROWS), wd = width(n);
            int[] list = new int[some];
            double[] x = new double[some * wd], scratch = new double[wd];
            for (int j = 0; j < some; j++) {
                list[j] = j;
                System.arraycopy(a, rows[j] * n, x, j * wd, wd);
            }
            long t0 = System.nanoTime();
            VectorKernels.accumulate(wd, x, list, w, some, scratch, 0);
            long t1 = System.nanoTime();
            LaneKernels.accumulate(wd, x, list, w, some, scratch, 0);
            trained(Loop.ACCUMULATE_ROWS, t0, t1 - t0, System.nanoTime() - t1);
        }
        if (eager()) {
            VectorKernels.accumulate(n, a, rows, w, count, c, cOff);
            return;
        }
        long start = System.nanoTime();
        LaneKernels.accumulate(n, a, rows, w, count, c, cOff);
        ran(Loop.ACCUMULATE_ROWS, start);
    }

    static void accumulate(int n, double[] a, double[] f, int from, int to, double[] c, int cOff) {
        if (vector(Loop.ACCUMULATE)) {
            VectorKernels.accumulate(n, a, f, from, to, c, cOff);
            return;
        }
        for (int done = 0; trainingDue(Loop.ACCUMULATE, done); done++) {
            int rows = Math.min(to - from, TRAIN_ROWS), w = width(n);
            double[] x = sample(a, n, w, from, rows, -1, 0), weights = Arrays.copyOfRange(f, from, from + rows), scratch = new double[w];
            long t0 = System.nanoTime();
            VectorKernels.accumulate(w, x, weights, 0, rows, scratch, 0);
            long t1 = System.nanoTime();
            LaneKernels.accumulate(w, x, weights, 0, rows, scratch, 0);
            trained(Loop.ACCUMULATE, t0, t1 - t0, System.nanoTime() - t1);
        }
        if (eager()) {
            VectorKernels.accumulate(n, a, f, from, to, c, cOff);
            return;
        }
        long start = System.nanoTime();
        LaneKernels.accumulate(n, a, f, from, to, c, cOff);
        ran(Loop.ACCUMULATE, start);
    }

    static void dotsAndAdd(int n, double[] a, double[] g, int next, double[] h, int hOff, int prev, double[] w, int wOff,
                           double[] c, int cOff) {
        if (vector(Loop.DOTS_AND_ADD)) {
            VectorKernels.dotsAndAdd(n, a, g, next, h, hOff, prev, w, wOff, c, cOff);
            return;
        }
        for (int done = 0; trainingDue(Loop.DOTS_AND_ADD, done); done++) {
            int step = VectorKernels.STEP, wd = width(n);
            double[] x = sample(a, n, wd, prev, step, next, step), hs = new double[step], cs = new double[wd];
            long t0 = System.nanoTime();
            VectorKernels.dotsAndAdd(wd, x, g, step, hs, 0, 0, w, wOff, cs, 0);
            long t1 = System.nanoTime();
            LaneKernels.dotsAndAdd(wd, x, g, step, hs, 0, 0, w, wOff, cs, 0);
            trained(Loop.DOTS_AND_ADD, t0, t1 - t0, System.nanoTime() - t1);
        }
        if (eager()) {
            VectorKernels.dotsAndAdd(n, a, g, next, h, hOff, prev, w, wOff, c, cOff);
            return;
        }
        long start = System.nanoTime();
        LaneKernels.dotsAndAdd(n, a, g, next, h, hOff, prev, w, wOff, c, cOff);
        ran(Loop.DOTS_AND_ADD, start);
    }

    static void pair(int n, double[] a, double[] g, double[] f, int from, int to, double[] h, double[] c, int cOff) {
        if (vector(Loop.PAIR)) {
            VectorKernels.pair(n, a, g, f, from, to, h, c, cOff);
            return;
        }
        for (int done = 0; trainingDue(Loop.PAIR, done); done++) {
            int rows = Math.min(to - from, TRAIN_ROWS), w = width(n);
            double[] x = sample(a, n, w, from, rows, -1, 0), weights = Arrays.copyOfRange(f, from, from + rows);
            double[] hs = new double[rows], cs = new double[w];
            long t0 = System.nanoTime();
            VectorKernels.pair(w, x, g, weights, 0, rows, hs, cs, 0);
            long t1 = System.nanoTime();
            LaneKernels.pair(w, x, g, weights, 0, rows, hs, cs, 0);
            trained(Loop.PAIR, t0, t1 - t0, System.nanoTime() - t1);
        }
        if (eager()) {
            VectorKernels.pair(n, a, g, f, from, to, h, c, cOff);
            return;
        }
        long start = System.nanoTime();
        LaneKernels.pair(n, a, g, f, from, to, h, c, cOff);
        ran(Loop.PAIR, start);
    }

    static double expSum(double beta, double shift, double[] m, int off, int len) {
        if (vector(Loop.EXP_SUM)) return VectorKernels.expSum(beta, shift, m, off, len);
        for (int done = 0; trainingDue(Loop.EXP_SUM, done); done++) {
            int some = Math.min(len, 25 * VectorKernels.width() + 3);
            double[] x = Arrays.copyOfRange(m, off, off + some), y = x.clone();
            long t0 = System.nanoTime();
            VectorKernels.expSum(beta, shift, x, 0, some);
            long t1 = System.nanoTime();
            LaneKernels.expSum(beta, shift, y, 0, some);
            trained(Loop.EXP_SUM, t0, t1 - t0, System.nanoTime() - t1);
        }
        if (eager()) return VectorKernels.expSum(beta, shift, m, off, len);
        long start = System.nanoTime();
        double sum = LaneKernels.expSum(beta, shift, m, off, len);
        ran(Loop.EXP_SUM, start);
        return sum;
    }
}
