package lamp.limit;

import java.util.SplittableRandom;
import lamp.lagrangian.ScalarFunction;
import lamp.base.Interrupts;
import lamp.memory.Memories;

/**
 * The hot loop of the binary Dense Associative Memory (THEORY.md M9, KH2020 (8)): one asynchronous sweep
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
 *   <li>the sum over μ runs with four partial sums, in one fixed order; a sweep runs on the calling
 *       thread (experiments run their trials in parallel instead), so σ is the same on any number
 *       of threads.</li>
 * </ul>
 *
 * <p>What keeps it right: only the sign of the difference matters, so where F's values leave the
 * double range the difference is compared in scaled form, as (log c, S) with the difference = c·S: for e^{βx}, c = e^{β max a} (the largest argument shifted out, as log-sum-exp
 * does); for x²/2, xⁿ and (x)₊ⁿ (of degree n, {@link ScalarFunction#degree()}), when
 * K·(max_μ ‖ξ_μ‖₁)ⁿ would overflow or underflow, c = Mⁿ with M the largest |argument| (F is
 * homogeneous, F(a) = Mⁿ F(a/M)). The sum and the input 2I_i are then compared without forming
 * c. A user-defined F whose difference is not finite is an ArithmeticException, never a silent tie. A tie (difference exactly 0) keeps the current sign.
 */
final class SweepKernel {
    /** Relative tolerance of the overlap check (rounding of incrementally kept overlaps stays far below). */
    private static final double CHECK_TOLERANCE = 1e-8;
    /** log of the largest scale at which F's values are summed as they are. */
    private static final double SAFE_LOG = 690;

    private enum Kind { QUADRATIC, POWER, RECTIFIED, EXPONENTIAL, GENERAL }

    private final int k, n;
    private final double[] columns;   // ξᵀ, N_f × K row-major: column i of ξ is columns[i K … (i+1) K)
    private final double[] twoInput;  // 2 I
    private final ScalarFunction f;
    private final Kind kind;
    private final boolean scaled;     // QUADRATIC, POWER, RECTIFIED: compare sums in scaled form
    private final int power;          // POWER; RECTIFIED with a whole exponent below 16 (else −1)
    private final double order;       // degree of homogeneity of QUADRATIC (2), POWER, RECTIFIED
    private final double rate;        // EXPONENTIAL: β
    private final double bound;       // max_μ ‖ξ_μ‖₁ ≥ every |m⁽ⁱ⁾ ± ξ_μi|
    private final double[] checkWeights, checkColumns;   // w (K) and ξᵀw (N_f): Σ w·m = (ξᵀw)·σ
    private final double checkScale;

    /** The kernel for memories ξ, interaction function F and input current I (length N_f). */
    SweepKernel(Memories xi, ScalarFunction f, double[] input) {
        this.k = xi.count();
        this.n = xi.dimension();
        if (input.length != n) throw new IllegalArgumentException("input current must have length " + n);
        this.columns = xi.toColumnMajor();
        this.twoInput = new double[n];
        for (int i = 0; i < n; i++) twoInput[i] = 2 * input[i];
        this.f = f;

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
        double order = f.degree().orElse(Double.NaN), rate = Double.NaN;
        if (f instanceof ScalarFunction.Quadratic) {
            kind = Kind.QUADRATIC;
        } else if (f instanceof ScalarFunction.Power p) {
            kind = Kind.POWER;
            power = p.n();
        } else if (f instanceof ScalarFunction.RectifiedPower) {
            kind = Kind.RECTIFIED;
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
     * too), on the calling thread; returns the number of flips. The arguments are checked in
     * O(K + N_f): σ holds only ±1, and the overlaps are finite and belong to σ (a random weighted sum
     * of them equals the same weighted sum of ξσ to 1e-8 relative).
     */
    int sweep(double[] sigma, double[] overlaps) {
        check(sigma, overlaps);
        return sweepUnchecked(sigma, overlaps);
    }

    /** {@link #sweep} with σ and m known to be consistent (the retrieval loop's own state). */
    int sweepUnchecked(double[] sigma, double[] overlaps) {
        double[] p = new double[2];
        int flips = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) Interrupts.check("DAM sweep");
            double s = sigma[i];
            partial(i, s, overlaps, 0, k, p);
            double next = decide(i, s, p);
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

    /** New σ_i from the (log scale, scaled sum) of the difference and 2I_i. */
    private double decide(int i, double s, double[] p) {
        double log = p[0], d = p[1];
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
}
