package lamp.limit;

import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import lamp.lagrangian.ScalarFunction;
import lamp.linalg.Parallel;
import lamp.memory.Memories;

/**
 * The hot loop of the binary Dense Associative Memory (THEORY.md §3, M9): one asynchronous sweep
 * σ_i ← sign[Σ_μ F(m_μ⁽ⁱ⁾ + ξ_{μi}) − F(m_μ⁽ⁱ⁾ − ξ_{μi}) + 2I_i] over i = 0 … N_f − 1, where
 * m_μ⁽ⁱ⁾ = ξ_μ·σ − ξ_{μi}σ_i. The overlaps m = ξσ are kept and corrected in O(K) per flip, so a
 * sweep costs O(K·N_f), not the O(K·N_f²) of recomputing them.
 *
 * <p>What makes it fast:
 * <ul>
 *   <li>ξ is copied once, column-major, so unit i reads K contiguous values instead of K values a
 *       row apart;</li>
 *   <li>the catalogue functions ({@link ScalarFunction.Quadratic}, {@link ScalarFunction.Power},
 *       {@link ScalarFunction.RectifiedPower}, {@link ScalarFunction.Exponential}) are recognised by
 *       type and evaluated inline, any other F through its lambdas;</li>
 *   <li>the sum over μ is two halves, each with four partial sums; with two threads each half runs
 *       on its own core, the halves meeting once per unit at a spin barrier. The arithmetic is the
 *       same either way, so parallel and sequential sweeps give identical σ.</li>
 * </ul>
 *
 * <p>What keeps it right: only the sign of the difference matters, so where F's values leave the
 * double range the difference is compared in scaled form. Each half returns (log c, S) with the
 * difference = c·S: for e^{βx}, c = e^{β max a} (the largest argument shifted out, as log-sum-exp
 * does); for x²/2, xⁿ and (x)₊ⁿ, when K·(max_μ ‖ξ_μ‖₁)ⁿ would overflow or underflow, c = Mⁿ with M
 * the largest |argument| (F is homogeneous, F(a) = Mⁿ F(a/M)). The halves and the input 2I_i are
 * then compared without forming c. A user-defined F whose difference is not finite is an
 * ArithmeticException, never a silent tie. A tie (difference exactly 0) keeps the current sign.
 */
final class SweepKernel {
    /** Below this many memories a sweep runs on one thread: a unit's work would not pay for the barrier. */
    static final int PARALLEL_MIN_MEMORIES = 384;

    /**
     * When the thread with the first half of the memories takes over the second half and finishes a
     * sweep alone: asked after each unit with the number of slow barrier waits so far in this sweep.
     */
    @FunctionalInterface
    interface Handover {
        boolean takeOver(int unit, int slowWaits);
    }

    /** Barrier waits longer than this count as slow: the partner thread was not running. */
    private static final long SLOW_WAIT_NANOS = 50_000;
    /** Slow waits in one sweep before part 0 finishes it alone. */
    private static final int SLOW_WAITS_BEFORE_HANDOVER = 3;
    /** Sweeps run on one thread after a sweep had to be finished alone. */
    private static final int SEQUENTIAL_AFTER_CONTENTION = 16;

    /** The policy in use: take over after a few slow waits (the cores are busy with other work). */
    static final Handover ON_CONTENTION = (unit, slowWaits) -> slowWaits >= SLOW_WAITS_BEFORE_HANDOVER;

    /** Relative tolerance of the overlap check (rounding of incrementally kept overlaps stays far below). */
    private static final double CHECK_TOLERANCE = 1e-8;
    /** log of the largest scale at which F's values are summed as they are. */
    private static final double SAFE_LOG = 690;

    private enum Kind { QUADRATIC, POWER, RECTIFIED, EXPONENTIAL, GENERAL }

    private final int k, n, half;
    private final double[] columns;   // ξᵀ, N_f × K row-major: column i of ξ is columns[i K … (i+1) K)
    private final double[] twoInput;  // 2 I
    private final ScalarFunction f;
    private final Kind kind;
    private final boolean scaled;     // QUADRATIC, POWER, RECTIFIED: compare sums in scaled form
    private final int power;          // POWER; RECTIFIED with a whole exponent below 16 (else −1)
    private final double order;       // degree of homogeneity of QUADRATIC (2), POWER, RECTIFIED
    private final double rate;        // EXPONENTIAL: β
    private final double bound;       // max_μ ‖ξ_μ‖₁ ≥ every |m⁽ⁱ⁾ ± ξ_μi|
    private final Handover handover;
    private final double[] checkWeights, checkColumns;   // w (K) and ξᵀw (N_f): Σ w·m = (ξᵀw)·σ
    private final double checkScale;
    private volatile int sequentialSweepsLeft;

    /** The kernel for memories ξ, interaction function F and input current I (length N_f). */
    SweepKernel(Memories xi, ScalarFunction f, double[] input) {
        this(xi, f, input, ON_CONTENTION);
    }

    /** As above, with the hand-over policy of the two-thread sweep. */
    SweepKernel(Memories xi, ScalarFunction f, double[] input, Handover handover) {
        this.k = xi.count();
        this.n = xi.dimension();
        if (input.length != n) throw new IllegalArgumentException("input current must have length " + n);
        this.half = Parallel.split(k, 2, 1, 4);
        this.columns = xi.toColumnMajor();
        this.twoInput = new double[n];
        for (int i = 0; i < n; i++) twoInput[i] = 2 * input[i];
        this.f = f;
        this.handover = handover;

        double[] rowNorm1 = new double[k];
        for (int i = 0; i < n; i++) for (int mu = 0; mu < k; mu++) rowNorm1[mu] += Math.abs(columns[i * k + mu]);
        double b = 0;
        for (double r : rowNorm1) b = Math.max(b, r);
        this.bound = b;

        SplittableRandom random = new SplittableRandom(0x5eedL);
        this.checkWeights = new double[k];
        double scale = 0;
        for (int mu = 0; mu < k; mu++) {
            checkWeights[mu] = (random.nextBoolean() ? 1 : -1) * (1 + random.nextDouble());
            scale += Math.abs(checkWeights[mu]) * rowNorm1[mu];
        }
        this.checkScale = scale;
        this.checkColumns = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int mu = 0; mu < k; mu++) s += columns[i * k + mu] * checkWeights[mu];
            checkColumns[i] = s;
        }

        Kind kind = Kind.GENERAL;
        int power = 0;
        double order = Double.NaN, rate = Double.NaN;
        if (f instanceof ScalarFunction.Quadratic) {
            kind = Kind.QUADRATIC;
            order = 2;
        } else if (f instanceof ScalarFunction.Power p) {
            kind = Kind.POWER;
            power = p.n();
            order = p.n();
        } else if (f instanceof ScalarFunction.RectifiedPower r) {
            kind = Kind.RECTIFIED;
            order = r.n();
            power = order == Math.rint(order) && order < 16 ? (int) order : -1;
        } else if (f instanceof ScalarFunction.Exponential e) {
            kind = Kind.EXPONENTIAL;
            rate = e.beta();
            if (!Double.isFinite(rate * b)) {
                throw new IllegalArgumentException("F = " + f.name() + " with memories of ‖ξ_μ‖₁ up to " + b
                        + ": β·‖ξ_μ‖₁ = " + rate * b + " is beyond the double range");
            }
        }
        this.kind = kind;
        this.power = power;
        this.order = order;
        this.rate = rate;
        double logMax = order * Math.log(b);
        this.scaled = !Double.isNaN(order) && b > 0 && (logMax + Math.log(2.0 * k) > SAFE_LOG || logMax < -SAFE_LOG);
    }

    /**
     * One asynchronous sweep in place over σ (entries ±1) and the overlaps m = ξσ (updated in place
     * too), on two cores when worthwhile; returns the number of flips. The arguments are checked in
     * O(K + N_f): σ holds only ±1, and the overlaps are finite and belong to σ (a random weighted sum
     * of them equals the same weighted sum of ξσ to 1e-8 relative).
     */
    int sweep(double[] sigma, double[] overlaps, boolean parallel) {
        check(sigma, overlaps);
        return sweepUnchecked(sigma, overlaps, parallel);
    }

    /** {@link #sweep} with σ and m known to be consistent (the retrieval loop's own state). */
    int sweepUnchecked(double[] sigma, double[] overlaps, boolean parallel) {
        if (parallel && k >= PARALLEL_MIN_MEMORIES && Parallel.available() && Parallel.threads() > 1 && half > 0 && half < k) {
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

    private void check(double[] sigma, double[] overlaps) {
        if (sigma == null || overlaps == null) throw new IllegalArgumentException("σ and the overlaps must not be null");
        if (sigma.length != n || overlaps.length != k) {
            throw new IllegalArgumentException("σ must have length " + n + " and the overlaps " + k
                    + ", got " + sigma.length + " and " + overlaps.length);
        }
        double us = 0;
        for (int i = 0; i < n; i++) {
            double s = sigma[i];
            if (s != 1 && s != -1) throw new IllegalArgumentException("σ[" + i + "] is " + s + ": a DAM state holds only +1 and −1");
            us += checkColumns[i] * s;
        }
        double wm = 0;
        for (int mu = 0; mu < k; mu++) {
            double m = overlaps[mu];
            if (!Double.isFinite(m)) throw new IllegalArgumentException("overlap " + mu + " is " + m + " (must be finite)");
            wm += checkWeights[mu] * m;
        }
        if (!(Math.abs(wm - us) <= CHECK_TOLERANCE * checkScale)) {
            throw new IllegalArgumentException("the overlaps do not belong to σ: a weighted sum of them is " + wm
                    + " but of ξσ it is " + us + "; pass m = ξσ (memories().multiply(σ)) and keep it with σ");
        }
    }

    /** New σ_i from the two halves' (log scale, scaled sum), combined in one fixed order, and 2I_i. */
    private double decide(int i, double s, double[] p0, double[] p1) {
        double log, d;
        if (p0[0] == p1[0]) {
            log = p0[0];
            d = p0[1] + p1[1];
        } else {
            log = Math.max(p0[0], p1[0]);
            d = p0[1] * Math.exp(p0[0] - log) + p1[1] * Math.exp(p1[0] - log);
        }
        if (!Double.isFinite(d)) {
            throw new ArithmeticException("F = " + f.name() + ": the difference Σ_μ F(m_μ + ξ_μi) − F(m_μ − ξ_μi) for unit " + i
                    + " is " + d + " (F leaves the double range at arguments up to " + bound + "); the catalogue functions"
                    + " x²/2, xⁿ, (x)₊ⁿ and e^{βx} are compared in scaled form");
        }
        double twoI = twoInput[i], total;
        if (log == 0) {
            total = d + twoI;                                           // unscaled: the sum itself
        } else if (d == 0 || twoI == 0 || (d > 0) == (twoI > 0)) {
            total = d != 0 ? d : twoI;                                  // both agree, or one is 0
        } else if (Math.abs(log) <= 700) {
            total = d * Math.exp(log) + twoI;
        } else {
            double c = Math.log(Math.abs(d)) + log - Math.log(Math.abs(twoI));
            total = c > 0 ? d : c < 0 ? twoI : 0;
        }
        return total > 0 ? 1 : total < 0 ? -1 : s;
    }

    private void flip(int i, double next, double[] m, int from, int to) {
        double[] c = columns;
        int base = i * k;
        double twice = 2 * next;
        for (int mu = from; mu < to; mu++) m[mu] += twice * c[base + mu];
    }

    /**
     * Σ_{μ ∈ [from, to)} F(m⁽ⁱ⁾ + ξ_{μi}) − F(m⁽ⁱ⁾ − ξ_{μi}) as out[1]·e^{out[0]} (out[0] = 0 when
     * unscaled, −∞ for an empty or all-zero range in scaled form).
     */
    private void partial(int i, double s, double[] m, int from, int to, double[] out) {
        if (kind == Kind.EXPONENTIAL) {
            exponentialPartial(i, s, m, from, to, out);
            return;
        }
        if (scaled) {
            scaledPartial(i, s, m, from, to, out);
            return;
        }
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
                        d0 += ScalarFunction.Power.pow(m0 + x, p) - ScalarFunction.Power.pow(m0 - x, p);
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
            default:
                for (; mu < to; mu++) {
                    double x = c[base + mu], m0 = m[mu] - x * s;
                    d0 += f.value(m0 + x) - f.value(m0 - x);
                }
        }
        out[0] = 0;
        out[1] = (d0 + d1) + (d2 + d3);
    }

    /** e^{βa}: the largest βa in the range shifted out, so no term exceeds 1. */
    private void exponentialPartial(int i, double s, double[] m, int from, int to, double[] out) {
        double[] c = columns;
        int base = i * k;
        double max = Double.NEGATIVE_INFINITY;
        for (int mu = from; mu < to; mu++) {
            double x = c[base + mu], m0 = m[mu] - x * s;
            max = Math.max(max, rate * (m0 + Math.abs(x)));
        }
        double d0 = 0;
        for (int mu = from; mu < to; mu++) {
            double x = c[base + mu], m0 = m[mu] - x * s;
            d0 += Math.exp(rate * (m0 + x) - max) - Math.exp(rate * (m0 - x) - max);
        }
        out[0] = max;
        out[1] = max == Double.NEGATIVE_INFINITY ? 0 : d0;
    }

    /** x²/2, xⁿ, (x)₊ⁿ at a/M with M the largest |a| in the range: F(a) = Mⁿ F(a/M). */
    private void scaledPartial(int i, double s, double[] m, int from, int to, double[] out) {
        double[] c = columns;
        int base = i * k;
        double max = 0;
        for (int mu = from; mu < to; mu++) {
            double x = c[base + mu], m0 = m[mu] - x * s;
            max = Math.max(max, Math.abs(m0) + Math.abs(x));
        }
        if (max == 0) {
            out[0] = Double.NEGATIVE_INFINITY;
            out[1] = 0;
            return;
        }
        double inv = 1 / max, d0 = 0;
        for (int mu = from; mu < to; mu++) {
            double x = c[base + mu], m0 = m[mu] - x * s;
            d0 += homogeneous((m0 + x) * inv) - homogeneous((m0 - x) * inv);
        }
        out[0] = order * Math.log(max);
        out[1] = d0;
    }

    private double homogeneous(double a) {
        switch (kind) {
            case QUADRATIC: return 0.5 * a * a;
            case POWER: return ScalarFunction.Power.pow(a, power);
            default: return rectified(a);
        }
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
        return x > 0 ? (power >= 0 ? ScalarFunction.Power.pow(x, power) : Math.pow(x, order)) : 0;
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
     * Part 0, on the calling thread: the first half of the memories, and σ. When the hand-over
     * policy says so (by default: the other thread keeps it waiting because the cores are busy
     * with other work), it takes over the second half too and finishes the sweep alone: same
     * arithmetic, same result.
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
            boolean handOver = i + 1 < n && handover.takeOver(i, slowWaits);
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
                LockSupport.parkNanos(10_000);
            }
            return spins + 1;
        }
    }
}
