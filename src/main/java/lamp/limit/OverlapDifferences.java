package lamp.limit;

import lamp.lagrangian.ScalarFunction;

/**
 * The differences of F that decide the binary DAM update (THEORY.md M9, KH2020 (8)) when the
 * overlaps are integers, as they are for ±1 memories and states: with m = ξ_μ·σ ∈ [−N_f, N_f],
 * <pre>
 *   D⁺(m) = F(m) − F(m − 2),   D⁻(m) = F(m) − F(m + 2),   E(m) = D⁺(m) − D⁻(m) = F(m + 2) − F(m − 2).
 * </pre>
 * Unit i keeps its sign when its margin Σ_μ [F(m_μ) − F(m_μ − 2ξ_μiσ_i)] = Σ_μ D⁻(m_μ) +
 * Σ_{μ: ξ_μi = σ_i} E(m_μ) is ≥ 0 (a tie keeps the sign), which is σ_i times the bracket of (M9).
 *
 * <p>For F = x²/2 (taken as x², the same signs), xⁿ and (x)₊ⁿ with a whole n the differences are
 * exact 64-bit integers, looked up in a table over m; an F whose values leave 64 bits at
 * |m| ≤ N_f + 2 is an error naming it. For F = e^{βx} they are doubles relative to a shift
 * e^{βM} (M at least the largest overlap), so no term exceeds 1.
 */
final class OverlapDifferences {
    private final int n;
    private final boolean exact;
    private final long[] dMinus, e, bound;       // exact: at index m + N_f
    private final double beta;
    private final double[] decay;                // exponential: e^{−βd}, d = 0 … 2N_f + 4

    OverlapDifferences(ScalarFunction f, int features) {
        if (f == null) throw new IllegalArgumentException("interaction function F is null");
        this.n = features;
        int order;
        if (f instanceof ScalarFunction.Quadratic) order = 2;
        else if (f instanceof ScalarFunction.Power p) order = p.n();
        else if (f instanceof ScalarFunction.RectifiedPower r && r.n() == Math.rint(r.n())) order = -(int) r.n();
        else if (f instanceof ScalarFunction.Exponential) order = 0;
        else {
            throw new IllegalArgumentException("packed ±1 memories need F = x²/2, xⁿ, (x)₊ⁿ with a whole n, or e^{βx}; got "
                    + f.name() + " (use DenseAssociativeMemory)");
        }
        this.exact = order != 0;
        if (exact) {
            boolean rectified = order < 0;
            int p = Math.abs(order);
            long[] values = new long[2 * features + 5];          // F(x) at index x + N_f + 2
            try {
                for (int x = -features - 2; x <= features + 2; x++) {
                    long v = rectified && x <= 0 ? 0 : 1;
                    if (v != 0) for (int j = 0; j < p; j++) v = Math.multiplyExact(v, x);
                    values[x + features + 2] = v;
                }
            } catch (ArithmeticException overflow) {
                throw new IllegalArgumentException("F = " + f.name() + " at overlaps up to N_f + 2 = " + (features + 2)
                        + " leaves 64-bit integers; packed memories hold F exactly (use DenseAssociativeMemory)");
            }
            dMinus = new long[2 * features + 1];
            e = new long[2 * features + 1];
            bound = new long[2 * features + 1];
            for (int m = -features; m <= features; m++) {
                long fm = values[m + features + 2], up = values[m + features + 4], down = values[m + features];
                dMinus[m + features] = Math.subtractExact(fm, up);
                e[m + features] = Math.subtractExact(up, down);
                bound[m + features] = Math.max(Math.abs(dMinus[m + features]), Math.abs(Math.subtractExact(fm, down)));
            }
            beta = Double.NaN;
            decay = null;
        } else {
            dMinus = e = bound = null;
            beta = ((ScalarFunction.Exponential) f).beta();
            decay = new double[2 * features + 5];
            for (int d = 0; d < decay.length; d++) decay[d] = Math.exp(-beta * d);
        }
    }

    /** Whether the differences are exact integers (polynomial F) rather than scaled doubles (e^{βx}). */
    boolean exact() { return exact; }

    int features() { return n; }

    /** Exact F: D⁻(m). */
    long minus(int m) { return dMinus[m + n]; }

    /** Exact F: E(m) = F(m + 2) − F(m − 2). */
    long both(int m) { return e[m + n]; }

    /** Exact F: max(|D⁺(m)|, |D⁻(m)|), the most one memory at overlap m can move a margin. */
    long bound(int m) { return bound[m + n]; }

    /** The largest |D⁻| or |E| over every overlap: a sum of k of them fits in 64 bits when k·this &lt; 2⁶². */
    long largest() {
        long max = 0;
        for (int j = 0; j < e.length; j++) max = Math.max(max, Math.max(Math.abs(e[j]), Math.abs(dMinus[j])));
        return max;
    }

    /** Fails, naming F and K, when sums of {@code count} differences could leave 64 bits. */
    void checkSums(long count) {
        if (exact && Math.multiplyHigh(count, largest()) != 0 || exact && count * largest() > Long.MAX_VALUE / 4) {
            throw new IllegalArgumentException("sums of K = " + count + " differences of F up to " + largest()
                    + " could leave 64-bit integers at N_f = " + n + " (use DenseAssociativeMemory)");
        }
    }

    /** e^{β(m − shift)} for m ≤ shift (both integers with shift − m ≤ 2N_f + 4). */
    double scaled(int m, int shift) {
        return decay[shift - m];
    }

    /** Exponential F: D⁻(m) / e^{β·shift}. */
    double minus(int m, int shift) {
        return decay[shift - m] - decay[shift - m - 2];
    }

    /** Exponential F: E(m) / e^{β·shift}. */
    double both(int m, int shift) {
        return decay[shift - m - 2] - decay[shift - m + 2];
    }

    /** Exponential F: max(|D⁺(m)|, |D⁻(m)|) / e^{β·shift} (for β &gt; 0 it is |D⁻|). */
    double bound(int m, int shift) {
        return decay[shift - m - 2] - decay[shift - m];
    }
}
