package lamp.linalg;

import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;

/**
 * The hot loop of the binary Dense Associative Memory (MATH.md §3, M9): one asynchronous sweep
 * σ_i ← sign[Σ_μ F(m_μ⁽ⁱ⁾ + ξ_{μi}) − F(m_μ⁽ⁱ⁾ − ξ_{μi}) + 2I_i] over i = 0 … N_f − 1, where
 * m_μ⁽ⁱ⁾ = ξ_μ·σ − ξ_{μi}σ_i. The overlaps m = ξσ are kept and corrected in O(K) per flip, so a
 * sweep costs O(K·N_f), not the O(K·N_f²) of recomputing them.
 *
 * <p>What makes it fast:
 * <ul>
 *   <li>ξ is copied once, column-major, so unit i reads K contiguous values instead of K values a
 *       row apart;</li>
 *   <li>F = x²/2, xⁿ, (x)₊ⁿ and e^{βx} from {@link ScalarFunction}'s catalogue are evaluated inline
 *       (recognised by name and confirmed bit for bit on probe points), any other F through its
 *       lambda;</li>
 *   <li>the sum over μ is two halves, each with four partial sums; with two threads each half runs
 *       on its own core, the halves meeting once per unit at a spin barrier. The arithmetic is the
 *       same either way, so parallel and sequential sweeps give identical σ.</li>
 * </ul>
 * A tie (difference exactly 0) keeps the current sign.
 */
public final class SweepKernel {
    /** Below this many memories a sweep runs on one thread: a unit's work would not pay for the barrier. */
    public static final int PARALLEL_MIN_MEMORIES = 384;

    private enum Kind { QUADRATIC, POWER, RECTIFIED, EXPONENTIAL, GENERIC }

    private final int k, n, half;
    private final double[] columns;   // ξᵀ, N_f × K row-major: column i of ξ is columns[i K … (i+1) K)
    private final double[] input;
    private Kind kind;                // set once in the constructor
    private final int power;          // POWER, and RECTIFIED with an integer exponent below 16
    private final double realPower;   // RECTIFIED with any other exponent
    private final double rate;        // EXPONENTIAL
    private final ScalarFunction f;

    private SweepKernel(Memories xi, ScalarFunction f, double[] input) {
        this.k = xi.count();
        this.n = xi.dimension();
        this.half = Parallel.split(k, 2, 1, 4);
        this.columns = transpose(xi.data(), k, n);
        this.input = input.clone();
        this.f = f;
        Kind kind = Kind.GENERIC;
        int power = 0;
        double realPower = Double.NaN, rate = Double.NaN;
        String name = f.name();
        try {
            if (f.isExponential()) {
                kind = Kind.EXPONENTIAL;
                rate = f.exponentialRate();
            } else if (name.equals("x²/2")) {
                kind = Kind.QUADRATIC;
            } else if (name.startsWith("x^")) {
                kind = Kind.POWER;
                power = Integer.parseInt(name.substring(2));
            } else if (name.startsWith("(x)₊^")) {
                kind = Kind.RECTIFIED;
                realPower = Double.parseDouble(name.substring(5));
                power = realPower == Math.rint(realPower) && realPower >= 0 && realPower < 16 ? (int) realPower : -1;
            }
        } catch (NumberFormatException e) {
            kind = Kind.GENERIC;
        }
        this.kind = kind;
        this.power = power;
        this.realPower = realPower;
        this.rate = rate;
        // a user-defined F that merely shares a catalogue name goes through its own lambda
        if (kind != Kind.EXPONENTIAL && kind != Kind.GENERIC && !matchesOnProbes()) this.kind = Kind.GENERIC;
    }

    /** The kernel for memories ξ, interaction function F and input current I (length N_f). */
    public static SweepKernel of(Memories xi, ScalarFunction f, double[] input) {
        if (input == null || input.length != xi.dimension()) throw new IllegalArgumentException("input current must have length " + xi.dimension());
        return new SweepKernel(xi, f, input);
    }

    /** True when F is evaluated inline rather than through its lambda. */
    public boolean isSpecialised() {
        return kind != Kind.GENERIC;
    }

    private boolean matchesOnProbes() {
        double[] probes = {-7.5, -3, -1, -0.375, 0, 0.25, 1, 2, 3.5, 11, 784};
        for (double x : probes) {
            if (Double.doubleToLongBits(value(x)) != Double.doubleToLongBits(f.value(x))) return false;
        }
        return true;
    }

    /** One asynchronous sweep, on two cores when worthwhile; returns the number of flips. */
    public int sweep(double[] sigma, double[] overlaps) {
        return sweep(sigma, overlaps, k >= PARALLEL_MIN_MEMORIES && Parallel.available());
    }

    /**
     * One asynchronous sweep in place over σ (entries ±1) and the overlaps m = ξσ; {@code parallel}
     * asks for two threads (honoured only when {@link Parallel#available()}). Returns the flips.
     */
    public int sweep(double[] sigma, double[] overlaps, boolean parallel) {
        if (sigma.length != n || overlaps.length != k) throw new IllegalArgumentException("σ must have length " + n + " and the overlaps " + k);
        if (parallel && Parallel.available() && Parallel.threads() > 1 && half > 0 && half < k) {
            int left = sequentialSweepsLeft;
            if (left == 0) return sweepParallel(sigma, overlaps);
            sequentialSweepsLeft = left - 1;
        }
        double[] p0 = new double[2], p1 = new double[2];
        int flips = 0;
        for (int i = 0; i < n; i++) {
            double s = sigma[i];
            partial(i, s, overlaps, 0, half, p0);
            partial(i, s, overlaps, half, k, p1);
            double next = decide(i, s, p0, p1);
            if (next != s) {
                sigma[i] = next;
                flip(i, next, overlaps, 0, k);
                flips++;
            }
        }
        return flips;
    }

    /** New σ_i from the two halves' partial sums, combined in one fixed order. */
    private double decide(int i, double s, double[] p0, double[] p1) {
        double d;
        if (kind == Kind.EXPONENTIAL) {
            // each half is (max, Σ e^{βm − max}); rescale to the larger max, then undo it (capped)
            double max = Math.max(p0[0], p1[0]);
            d = (p0[0] == Double.NEGATIVE_INFINITY ? 0 : p0[1] * Math.exp(p0[0] - max))
                    + (p1[0] == Double.NEGATIVE_INFINITY ? 0 : p1[1] * Math.exp(p1[0] - max));
            d = d == 0 ? 0 : d * Math.exp(Math.min(max, 700));
        } else {
            d = p0[1] + p1[1];
        }
        d += 2 * input[i];
        return d > 0 ? 1 : d < 0 ? -1 : s;
    }

    private void flip(int i, double next, double[] m, int from, int to) {
        double[] c = columns;
        int base = i * k;
        double twice = 2 * next;
        for (int mu = from; mu < to; mu++) m[mu] += twice * c[base + mu];
    }

    /** Σ_{μ ∈ [from, to)} F(m⁽ⁱ⁾ + ξ_{μi}) − F(m⁽ⁱ⁾ − ξ_{μi}) into out[1] (and, for e^{βx}, the shift into out[0]). */
    private void partial(int i, double s, double[] m, int from, int to, double[] out) {
        double[] c = columns;
        int base = i * k;
        double d0 = 0, d1 = 0, d2 = 0, d3 = 0;
        int mu = from;
        switch (kind) {
            case POWER:
                if (power == 3) {
                    for (; mu + 3 < to; mu += 4) {
                        d0 += cubeDifference(m[mu], c[base + mu], s);
                        d1 += cubeDifference(m[mu + 1], c[base + mu + 1], s);
                        d2 += cubeDifference(m[mu + 2], c[base + mu + 2], s);
                        d3 += cubeDifference(m[mu + 3], c[base + mu + 3], s);
                    }
                    for (; mu < to; mu++) d0 += cubeDifference(m[mu], c[base + mu], s);
                } else if (power == 2) {
                    for (; mu + 3 < to; mu += 4) {
                        d0 += squareDifference(m[mu], c[base + mu], s);
                        d1 += squareDifference(m[mu + 1], c[base + mu + 1], s);
                        d2 += squareDifference(m[mu + 2], c[base + mu + 2], s);
                        d3 += squareDifference(m[mu + 3], c[base + mu + 3], s);
                    }
                    for (; mu < to; mu++) d0 += squareDifference(m[mu], c[base + mu], s);
                } else {
                    int p = power;
                    for (; mu < to; mu++) {
                        double x = c[base + mu], m0 = m[mu] - x * s;
                        d0 += ipow(m0 + x, p) - ipow(m0 - x, p);
                    }
                }
                break;
            case QUADRATIC:
                for (; mu + 3 < to; mu += 4) {
                    d0 += halfSquareDifference(m[mu], c[base + mu], s);
                    d1 += halfSquareDifference(m[mu + 1], c[base + mu + 1], s);
                    d2 += halfSquareDifference(m[mu + 2], c[base + mu + 2], s);
                    d3 += halfSquareDifference(m[mu + 3], c[base + mu + 3], s);
                }
                for (; mu < to; mu++) d0 += halfSquareDifference(m[mu], c[base + mu], s);
                break;
            case RECTIFIED:
                for (; mu + 3 < to; mu += 4) {
                    d0 += rectifiedDifference(m[mu], c[base + mu], s);
                    d1 += rectifiedDifference(m[mu + 1], c[base + mu + 1], s);
                    d2 += rectifiedDifference(m[mu + 2], c[base + mu + 2], s);
                    d3 += rectifiedDifference(m[mu + 3], c[base + mu + 3], s);
                }
                for (; mu < to; mu++) d0 += rectifiedDifference(m[mu], c[base + mu], s);
                break;
            case EXPONENTIAL: {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = from; j < to; j++) {
                    double x = c[base + j], m0 = m[j] - x * s;
                    max = Math.max(max, rate * (m0 + Math.abs(x)));
                }
                for (; mu < to; mu++) {
                    double x = c[base + mu], m0 = m[mu] - x * s;
                    d0 += Math.exp(rate * (m0 + x) - max) - Math.exp(rate * (m0 - x) - max);
                }
                out[0] = max;
                out[1] = d0;
                return;
            }
            default:
                for (; mu < to; mu++) {
                    double x = c[base + mu], m0 = m[mu] - x * s;
                    d0 += f.value(m0 + x) - f.value(m0 - x);
                }
        }
        out[0] = 0;
        out[1] = (d0 + d1) + (d2 + d3);
    }

    private static double cubeDifference(double m, double x, double s) {
        double m0 = m - x * s, a = m0 + x, b = m0 - x;
        return a * a * a - b * b * b;
    }

    private static double squareDifference(double m, double x, double s) {
        double m0 = m - x * s, a = m0 + x, b = m0 - x;
        return a * a - b * b;
    }

    private static double halfSquareDifference(double m, double x, double s) {
        double m0 = m - x * s, a = m0 + x, b = m0 - x;
        return 0.5 * a * a - 0.5 * b * b;
    }

    private double rectifiedDifference(double m, double x, double s) {
        double m0 = m - x * s;
        return rectified(m0 + x) - rectified(m0 - x);
    }

    private double rectified(double x) {
        return x > 0 ? (power >= 0 ? ipow(x, power) : Math.pow(x, realPower)) : 0;
    }

    /** F(x) as the inline kernels compute it. */
    private double value(double x) {
        switch (kind) {
            case QUADRATIC: return 0.5 * x * x;
            case POWER: return power == 3 ? x * x * x : power == 2 ? x * x : ipow(x, power);
            case RECTIFIED: return rectified(x);
            default: return f.value(x);
        }
    }

    private static double ipow(double x, int p) {
        double r = 1;
        for (int j = 0; j < p; j++) r *= x;
        return r;
    }

    // --- two threads, one barrier per unit ------------------------------------------------------

    private int sweepParallel(double[] sigma, double[] overlaps) {
        Exchange ex = new Exchange();
        int[] flips = {0};
        Parallel.forEach(2, part -> {
            try {
                if (part == 0) flips[0] = leadHalf(sigma, overlaps, ex);
                else followHalf(sigma, overlaps, ex);
            } catch (RuntimeException | Error e) {
                ex.failed = true;
                throw e;
            }
        });
        if (ex.handedOver) sequentialSweepsLeft = SEQUENTIAL_AFTER_CONTENTION;
        return flips[0];
    }

    /**
     * Part 0, on the calling thread: the first half of the memories, and σ. If the other thread
     * keeps it waiting (the cores are busy with other work, so the partner is descheduled), it
     * takes over the second half too and finishes the sweep alone: same arithmetic, same result.
     */
    private int leadHalf(double[] sigma, double[] m, Exchange ex) {
        double[] p0 = new double[2], p1 = new double[2];
        int flips = 0, slowWaits = 0, i = 0;
        for (; i < n; i++) {
            double s = sigma[i];
            partial(i, s, m, 0, half, p0);
            int slot = (i & 1) * 4;
            ex.slots[slot] = p0[0];
            ex.slots[slot + 1] = p0[1];
            boolean handOver = (slowWaits >= SLOW_WAITS_BEFORE_HANDOVER || i == handoverForTest) && i + 1 < n;
            if (handOver) ex.handoverAt = i + 1;     // seen by the partner before it can start unit i + 1
            ex.done0 = i + 1;
            if (ex.await1(i + 1)) slowWaits++;
            p1[0] = ex.slots[slot + 2];
            p1[1] = ex.slots[slot + 3];
            double next = decide(i, s, p0, p1);
            if (next != s) {
                sigma[i] = next;
                flip(i, next, m, 0, half);
                flips++;
            }
            if (handOver) {
                ex.awaitPartnerExit();              // its flip of unit i in the second half is done
                ex.handedOver = true;
                i++;
                break;
            }
        }
        for (; i < n; i++) {                         // alone, exactly as the sequential sweep
            double s = sigma[i];
            partial(i, s, m, 0, half, p0);
            partial(i, s, m, half, k, p1);
            double next = decide(i, s, p0, p1);
            if (next != s) {
                sigma[i] = next;
                flip(i, next, m, 0, k);
                flips++;
            }
        }
        return flips;
    }

    /** Part 1, on a worker: the second half of the memories, until the sweep ends or part 0 takes over. */
    private void followHalf(double[] sigma, double[] m, Exchange ex) {
        double[] p0 = new double[2], p1 = new double[2];
        for (int i = 0; i < n; i++) {
            if (i >= ex.handoverAt) break;
            double s = sigma[i];
            partial(i, s, m, half, k, p1);
            int slot = (i & 1) * 4;
            ex.slots[slot + 2] = p1[0];
            ex.slots[slot + 3] = p1[1];
            ex.done1 = i + 1;
            ex.await0(i + 1);
            p0[0] = ex.slots[slot];
            p0[1] = ex.slots[slot + 1];
            double next = decide(i, s, p0, p1);
            if (next != s) flip(i, next, m, half, k);
        }
        ex.exited = true;
    }

    /** Barrier waits longer than this count as slow: the partner thread was not running. */
    private static final long SLOW_WAIT_NANOS = 50_000;
    /** Slow waits in one sweep before part 0 finishes it alone. */
    private static final int SLOW_WAITS_BEFORE_HANDOVER = 3;
    /** Sweeps run on one thread after a sweep had to be finished alone. */
    private static final int SEQUENTIAL_AFTER_CONTENTION = 16;
    private volatile int sequentialSweepsLeft;
    /** Tests only: part 0 takes over after this unit, as if the partner had been slow. */
    int handoverForTest = -1;

    /**
     * The two halves' partial sums, double-buffered by the parity of i, and each half's progress.
     * A half writes its slot, then publishes i + 1 (a volatile write); the other reads the slot
     * after seeing it (a volatile read). A slot is rewritten only two units later, after the
     * reader has passed the next barrier, so it is never overwritten while still needed.
     */
    private static final class Exchange {
        final double[] slots = new double[8];
        volatile boolean failed, exited, handedOver;
        volatile int done0, done1;
        volatile int handoverAt = Integer.MAX_VALUE;

        /** Waits until part 1 has published unit {@code value}; true if that took long. */
        boolean await1(int value) {
            if (done1 >= value) return false;
            long start = System.nanoTime();
            int spins = 0;
            while (done1 < value) spins = pause(spins);
            return System.nanoTime() - start > SLOW_WAIT_NANOS;
        }

        void await0(int value) {
            int spins = 0;
            while (done0 < value) spins = pause(spins);
        }

        void awaitPartnerExit() {
            int spins = 0;
            while (!exited) spins = pause(spins);
        }

        private int pause(int spins) {
            if (failed) throw new IllegalStateException("the other half of the sweep failed");
            if (spins < 2_000) {
                Thread.onSpinWait();
            } else if (spins < 2_100) {
                Thread.yield();
            } else {
                java.util.concurrent.locks.LockSupport.parkNanos(10_000);
            }
            return spins + 1;
        }
    }

    private static double[] transpose(double[] a, int k, int n) {
        double[] t = new double[a.length];
        final int tile = 32;
        for (int m0 = 0; m0 < k; m0 += tile) {
            int m1 = Math.min(k, m0 + tile);
            for (int i0 = 0; i0 < n; i0 += tile) {
                int i1 = Math.min(n, i0 + tile);
                for (int mu = m0; mu < m1; mu++) {
                    int row = mu * n;
                    for (int i = i0; i < i1; i++) t[i * k + mu] = a[row + i];
                }
            }
        }
        return t;
    }
}
