package lamp.display;

import java.util.Objects;
import java.util.SplittableRandom;
import lamp.dynamics.TableLoading;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.linalg.Dense;
import lamp.memory.Memories;

/**
 * What a Jupyter kernel does for lamp right after it starts, while the reader is still reading: it loads
 * Tablesaw's table class ({@link TableLoading}) and runs lamp's single-pass drives, the (M2) pair and the
 * (M6)/(M11) drives for an additive and a log-sum-exp L_h, and the softmax of the hidden layer, on random memories at the size where they read ξ
 * once ({@link Dense#singlePassMin()}), until the JIT has compiled them. Those drives run on the JDK's vector
 * API, which is slow (vectors boxed) until C2 has compiled it; until then each loop runs a plain-Java twin
 * with the same bits and trains its vector form now and then ({@link Dense#singlePassCompiled()}), and a
 * fresh JVM's first integration of (M2) at N_f = 784, N_h = 1000 still takes about 1 s against 0.15 s
 * compiled (docs/PERFORMANCE.md). The warm-up changes no result (its data are its own and the kernels'
 * arithmetic does not depend on what is compiled); it runs on one daemon thread and stops once every loop
 * runs compiled and a round of the drives has run fast {@link #FAST_ROUNDS} times in a row, after
 * {@link #BUDGET_NANOS}, or as soon as a cell starts (lamp's kernel raises {@link #CELLS_PROPERTY}) or any other
 * thread runs a single-pass drive ({@link Dense#singlePassCalls()}): a cell gets the cores, and the JIT, to
 * itself.
 */
public final class Warmup {
    /** Rounds in a row under {@link #FAST_ROUND_NANOS} that end the warm-up. */
    static final int FAST_ROUNDS = 50;
    /** A round this fast runs compiled (interpreted it takes tens of milliseconds). */
    static final long FAST_ROUND_NANOS = 4_000_000;
    /** The warm-up's longest run. */
    static final long BUDGET_NANOS = 8_000_000_000L;
    /** Raised by lamp's kernel each time a cell starts (kernel-config/rapaio-patch, JavaEngine). */
    static final String CELLS_PROPERTY = "lamp.kernel.cells";
    private static volatile Thread started;

    private Warmup() {}

    /** What one warm-up did: its rounds, whether it ended compiled (else on its budget), its time. */
    public record Report(int rounds, boolean compiled, double seconds) {}

    /** Starts the warm-up once per JVM on a daemon thread (later calls do nothing) and returns at once. */
    public static void start() {
        TableLoading.start();
        if (started != null) return;
        synchronized (Warmup.class) {
            if (started != null) return;
            Thread t = new Thread(() -> run(BUDGET_NANOS), "lamp-warmup");
            t.setDaemon(true);
            started = t;
            t.start();
        }
    }

    /**
     * Runs the warm-up on the calling thread for at most {@code budgetNanos}; an interrupt ends it. Two
     * shapes take turns: N_f = 784, K = 1000 (the digits' size) and an odd one whose row count and length
     * are multiples of neither 8 nor the vector width, so the compiled code has seen every tail loop and a
     * later call does not fall back to the interpreter on its first remainder.
     */
    static Report run(long budgetNanos) {
        Dense.trainEagerly(true);
        try {
            return warm(budgetNanos);
        } finally {
            Dense.trainEagerly(false);
        }
    }

    private static Report warm(long budgetNanos) {
        Shape[] shapes = {new Shape(1000, 784, 1), new Shape(odd(Dense.singlePassMin() / 517), 517, 2)};
        Lagrangian additive = Lagrangians.rectifiedPower(3), softmax = Lagrangians.logSumExp(1);
        long start = System.nanoTime();
        int rounds = 0, fast = 0;
        long seen = Dense.singlePassCalls();              // every thread's drives so far, ours included
        long ours = -1;                                    // drives in one of our rounds
        boolean other = false;                             // another thread drove during one of our rounds
        String cells = System.getProperty(CELLS_PROPERTY);
        while (!(fast >= FAST_ROUNDS && Dense.singlePassCompiled()) && System.nanoTime() - start < budgetNanos && !Thread.currentThread().isInterrupted()
                && !other && Dense.singlePassCalls() == seen  // no other thread has driven since our last round
                && Objects.equals(System.getProperty(CELLS_PROPERTY), cells)) {   // and no cell has started
            long t = System.nanoTime();
            for (Shape s : shapes) {
                s.xi.pair(s.g, s.f, s.h, s.out);
                s.xi.drive(s.g, additive, s.h, s.f, s.out);
                s.xi.drive(s.g, softmax, s.h, s.f, s.out);
                Dense.softmax(1, s.h, s.f);
            }
            long now = Dense.singlePassCalls();
            // every round makes the same drives: a round that counted a different number saw another thread's
            if (ours < 0) ours = now - seen;
            else other = now - seen != ours;
            seen = now;
            rounds++;
            fast = System.nanoTime() - t < FAST_ROUND_NANOS ? fast + 1 : 0;
        }
        return new Report(rounds, fast >= FAST_ROUNDS && Dense.singlePassCompiled(), (System.nanoTime() - start) / 1e9);
    }

    private static int odd(long k) {
        int c = (int) k + 1;
        while (c % 8 == 0 || c % 2 == 0) c++;
        return c;
    }

    /** Random ±1 memories of one size, with its state and workspaces. */
    private static final class Shape {
        final Memories xi;
        final double[] g, h, f, out;

        Shape(int k, int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            double[] data = new double[k * n];
            for (int i = 0; i < data.length; i++) data[i] = r.nextBoolean() ? 1 : -1;
            xi = Memories.of(k, n, data);
            g = new double[n];
            h = new double[k];
            f = new double[k];
            out = new double[n];
            for (int i = 0; i < n; i++) g[i] = r.nextGaussian() / Math.sqrt(n);
            for (int i = 0; i < k; i++) f[i] = r.nextDouble();
        }
    }
}
