package lamp.limit;

import lamp.lagrangian.ScalarFunction;
import lamp.memory.PackedPatterns;

/**
 * The margins of every unit of a binary DAM state σ, accumulated one packed ±1 memory at a time
 * (THEORY.md M9, KH2020 (8)): unit i keeps its sign under the update when
 * <pre>
 *   margin_i = Σ_μ F(m_μ) − F(m_μ − 2ξ_μiσ_i) = Σ_μ D⁻(m_μ) + Σ_{μ: ξ_μi = σ_i} E(m_μ)  ≥ 0,   m_μ = ξ_μ·σ
 * </pre>
 * ({@link OverlapDifferences}), so σ is a fixed point of a whole sweep exactly when every margin is
 * ≥ 0: no unit flips, the state never changes, every unit sees the same σ.
 *
 * <p>The memories need not be stored. Each one is reduced to its overlap m (a popcount) and its
 * agreement mask (bit i set when ξ_μi = σ_i); the masks of the memories with the same m are added
 * into bit-sliced counters, 64 units per word at once (a ripple carry of about two word operations
 * on average), so a memory costs O(W) word operations, W = ⌈N_f/64⌉, whatever N_f. At the end the
 * margin of unit i is Σ_m [count_m·D⁻(m) + agree_m(i)·E(m)] over the overlaps that occurred:
 * exact integers for polynomial F, for e^{βx} a double sum scaled by e^{−β(max m + 2)}.
 */
public final class UnitMargins {
    /** Bit planes per counter: counts below 2³¹. */
    private static final int PLANES = 31;
    private static final long MAX_MEMORIES = Integer.MAX_VALUE;

    private final OverlapDifferences diff;
    private final long[] sigma;
    private final int n, w;
    private final long lastMask;
    private final long[][] counters;   // by class c = (m + N_f)/2: word j, plane p at j·PLANES + p
    private final long[] counts;       // memories of each class
    private long total;

    UnitMargins(OverlapDifferences diff, long[] sigma) {
        this.diff = diff;
        this.n = diff.features();
        this.w = PackedPatterns.wordsPerRow(n);
        if (sigma == null || sigma.length != w) {
            throw new IllegalArgumentException("packed σ must have " + w + " words for N_f = " + n + ", got "
                    + (sigma == null ? "null" : sigma.length));
        }
        this.lastMask = PackedPatterns.lastWordMask(n);
        if ((sigma[w - 1] & ~lastMask) != 0) throw new IllegalArgumentException("packed σ has bits set past N_f = " + n);
        this.sigma = sigma.clone();
        this.counters = new long[n + 1][];
        this.counts = new long[n + 1];
    }

    /**
     * Margins at the packed state σ of N_f units, for F = x²/2, xⁿ, (x)₊ⁿ with a whole n (exact) or
     * e^{βx}; any other F is an error.
     */
    public static UnitMargins of(ScalarFunction f, long[] sigma, int features) {
        if (features < 1) throw new IllegalArgumentException("N_f must be ≥ 1, got " + features);
        if (sigma == null) throw new IllegalArgumentException("the state σ (packed signs) is null");
        if (sigma.length != (features + 63L) / 64) {
            throw new IllegalArgumentException("the state σ has " + sigma.length + " words but N_f = " + features + " signs take " + (features + 63L) / 64);
        }
        return new UnitMargins(new OverlapDifferences(f, features), sigma);
    }

    /** Adds the memory held in {@code words[offset … offset + W)} (bits past N_f must be 0). */
    public void add(long[] words, int offset) {
        if (total == MAX_MEMORIES) throw new IllegalStateException("more than " + MAX_MEMORIES + " memories");
        long[] s = sigma;
        int d = 0;
        for (int j = 0; j < w; j++) d += Long.bitCount(words[offset + j] ^ s[j]);
        int c = n - d;                                           // (m + N_f)/2 with m = N_f − 2d
        long[] pl = counters[c];
        if (pl == null) counters[c] = pl = new long[w * PLANES];
        for (int j = 0; j < w; j++) {
            long carry = ~(words[offset + j] ^ s[j]);
            if (j == w - 1) carry &= lastMask;
            for (int idx = j * PLANES; carry != 0; idx++) {
                long t = pl[idx] & carry;
                pl[idx] ^= carry;
                carry = t;
            }
        }
        counts[c]++;
        total++;
    }

    /** How many memories were added. */
    public long memories() {
        return total;
    }

    /** Whether σ is a fixed point of a sweep of (M9): every margin ≥ 0 (a tie keeps the sign). */
    public boolean fixedPoint() {
        if (diff.exact()) {
            for (long v : exact()) if (v < 0) return false;
        } else {
            for (double v : scaled()) if (v < 0) return false;
        }
        return true;
    }

    /** The margins as exact integers (F = x², xⁿ, (x)₊ⁿ; x²/2 is taken as x², the same signs). */
    public long[] exact() {
        if (!diff.exact()) throw new IllegalStateException("F = e^{βx}: the margins are scaled doubles (scaled())");
        diff.checkSums(total);
        long[] out = new long[n];
        int[] agree = new int[n];
        for (int c = 0; c <= n; c++) {
            if (counts[c] == 0) continue;
            int m = 2 * c - n;
            agreements(c, agree);
            long base = counts[c] * diff.minus(m), e = diff.both(m);
            for (int i = 0; i < n; i++) out[i] += base + agree[i] * e;
        }
        return out;
    }

    /**
     * The margins as doubles: for e^{βx} divided by e^{β(M + 2)}, M the largest overlap that occurred
     * (the signs are those of the margins); for polynomial F the exact integers as doubles.
     */
    public double[] scaled() {
        double[] out = new double[n];
        if (diff.exact()) {
            long[] e = exact();
            for (int i = 0; i < n; i++) out[i] = e[i];
            return out;
        }
        int top = -1;
        for (int c = n; c >= 0 && top < 0; c--) if (counts[c] > 0) top = c;
        if (top < 0) return out;
        int shift = 2 * top - n + 2;
        int[] agree = new int[n];
        for (int c = 0; c <= n; c++) {
            if (counts[c] == 0) continue;
            int m = 2 * c - n;
            agreements(c, agree);
            double base = counts[c] * diff.minus(m, shift), e = diff.both(m, shift);
            for (int i = 0; i < n; i++) out[i] += base + agree[i] * e;
        }
        return out;
    }

    /** agree[i] = how many memories of class c have ξ_μi = σ_i, read off the bit planes. */
    private void agreements(int c, int[] agree) {
        long[] pl = counters[c];
        int planes = 64 - Long.numberOfLeadingZeros(counts[c]);
        for (int i = 0; i < n; i++) {
            int base = (i >>> 6) * PLANES, v = 0;
            for (int p = 0; p < planes; p++) v |= (int) ((pl[base + p] >>> i) & 1L) << p;
            agree[i] = v;
        }
    }
}
