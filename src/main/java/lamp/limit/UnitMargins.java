package lamp.limit;

import lamp.base.Checks;
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
 * into 8-plane bit-sliced counters, 64 units per word at once (16 word operations, no branch), which
 * are emptied into per-unit totals every 255 memories of that m; so a memory costs O(W) word
 * operations, W = ⌈N_f/64⌉, whatever N_f. At the end the
 * margin of unit i is Σ_m [count_m·D⁻(m) + agree_m(i)·E(m)] over the overlaps that occurred:
 * exact integers for polynomial F, for e^{βx} a double sum scaled by e^{−β(max m + 2)}.
 */
public final class UnitMargins {
    /** Bit planes of the small counters, and how many memories of one class they take before they are emptied. */
    private static final int PLANES = 8, FLUSH_EVERY = (1 << PLANES) - 1;

    private final OverlapDifferences diff;
    private final long[] sigma;
    private final long sigma0;
    private final int n, w;
    private final long lastMask;
    private final long[][] counters;   // by class c = (m + N_f)/2: word j, plane p at j·PLANES + p
    private final int[] pending;       // memories of each class in its counters
    private final long[][] agreed;     // by class: per unit, memories emptied from the counters that agree
    private final long[] counts;       // memories of each class
    private final int from;            // the lowest class whose agreements are kept
    private long[] kept = new long[0]; // addAll's memories at kept overlaps
    private long total;

    /** How a bounded sum ({@link #tail}) decides whether σ is a fixed point. */
    public enum Verdict {
        /** Every margin is ≥ 0 whatever the agreements below the kept overlaps. */
        FIXED,
        /** Some margin is &lt; 0 whatever the agreements below the kept overlaps. */
        NOT_FIXED,
        /** The agreements below the kept overlaps could decide it: only exact margins tell. */
        OPEN
    }

    UnitMargins(OverlapDifferences diff, long[] sigma) {
        this(diff, sigma, 0);
    }

    private UnitMargins(OverlapDifferences diff, long[] sigma, int from) {
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
        this.sigma0 = sigma[0];
        this.counters = new long[n + 1][];
        this.pending = new int[n + 1];
        this.agreed = new long[n + 1][];
        this.counts = new long[n + 1];
        this.from = from;
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

    /**
     * Margins for F = e^{βx} that keep the agreements only of the memories with overlap m ≥
     * {@code fromOverlap}; below it each memory is only counted (a popcount and an increment), and its
     * unknown agreement count is bounded by 0 … count. When nearly all of the margin comes from large
     * overlaps (e^{βm} grows fast), {@link #verdict()} is nearly always decided, at a fraction of the
     * cost of {@link #of}; when it is {@link Verdict#OPEN}, stream the same memories into {@link #of}.
     */
    public static UnitMargins tail(ScalarFunction f, long[] sigma, int features, int fromOverlap) {
        UnitMargins all = of(f, sigma, features);
        if (all.diff.exact()) throw new IllegalArgumentException("bounded margins are for F = e^{βx}; F = " + f.name() + " has exact ones (of)");
        Checks.between("overlap to keep from", fromOverlap, -features, features);
        return new UnitMargins(all.diff, sigma, (int) Math.ceil((fromOverlap + features) / 2.0));
    }

    /** Adds the memory held in {@code words[offset … offset + W)} (bits past N_f must be 0). */
    public void add(long[] words, int offset) {
        if (w == 1) {
            add(words[offset]);
            return;
        }
        long[] s = sigma;
        int d = 0;
        for (int j = 0; j < w; j++) d += Long.bitCount(words[offset + j] ^ s[j]);
        int c = n - d;                                           // (m + N_f)/2 with m = N_f − 2d
        if (c < from) {
            counts[c]++;
            total++;
            return;
        }
        long[] pl = planes(c);
        for (int j = 0, idx = 0; j < w; j++, idx += PLANES) {
            long carry = ~(words[offset + j] ^ s[j]);
            if (j == w - 1) carry &= lastMask;
            for (int p = 0; p < PLANES; p++) {               // no branch: the carry runs through all planes
                long t = pl[idx + p] & carry;
                pl[idx + p] ^= carry;
                carry = t;
            }
        }
        counted(c);
    }

    /** Adds the memory {@code word} of N_f ≤ 64 signs (bits past N_f must be 0); the hot path of a capacity trial. */
    public void add(long word) {
        if (w != 1) throw new IllegalArgumentException("one word holds N_f ≤ 64 signs; N_f = " + n + " takes " + w);
        long agree = ~(word ^ sigma0) & lastMask;
        int c = Long.bitCount(agree);                            // (m + N_f)/2: the agreements
        total++;
        if (c < from) counts[c]++;
        else addKept(c, agree);
    }

    /**
     * Adds the memories {@code words[0 … count)}, each one word of N_f ≤ 64 signs (bits past N_f must
     * be 0): the same as {@link #add(long)} on each, in three tight passes (classify, keep, count).
     */
    public void addAll(long[] words, int count) {
        if (w != 1) throw new IllegalArgumentException("one word holds N_f ≤ 64 signs; N_f = " + n + " takes " + w);
        if (words == null || count < 0 || count > words.length) {
            throw new IllegalArgumentException("count " + count + " of " + (words == null ? "null" : words.length + " words"));
        }
        if (kept.length < count) kept = new long[count];
        long[] keep = kept, cnt = counts;
        long s0 = sigma0, mask = lastMask;
        int lowest = from, nk = 0;
        for (int i = 0; i < count; i++) {
            long agree = ~(words[i] ^ s0) & mask;
            int c = Long.bitCount(agree);
            cnt[c]++;
            keep[nk] = agree;
            nk += c >= lowest ? 1 : 0;
        }
        total += count;
        for (int i = 0; i < nk; i++) {
            long agree = keep[i];
            int c = Long.bitCount(agree);
            counts[c]--;                                         // addKept counts it again
            addKept(c, agree);
        }
    }

    private void addKept(int c, long agree) {
        long[] pl = planes(c);
        long carry = agree;
        for (int p = 0; p < PLANES; p++) {
            long t = pl[p] & carry;
            pl[p] ^= carry;
            carry = t;
        }
        counts[c]++;
        if (++pending[c] == FLUSH_EVERY) empty(c);
    }

    private long[] planes(int c) {
        long[] pl = counters[c];
        if (pl == null) {
            counters[c] = pl = new long[w * PLANES];
            agreed[c] = new long[n];
        }
        return pl;
    }

    private void counted(int c) {
        counts[c]++;
        total++;
        if (++pending[c] == FLUSH_EVERY) empty(c);
    }

    /** Adds class c's small counters into its per-unit totals and clears them. */
    private void empty(int c) {
        long[] pl = counters[c], to = agreed[c];
        for (int j = 0; j < w; j++) {
            for (int p = 0; p < PLANES; p++) {
                long bits = pl[j * PLANES + p];
                pl[j * PLANES + p] = 0;
                for (; bits != 0; bits &= bits - 1) to[(j << 6) + Long.numberOfTrailingZeros(bits)] += 1L << p;
            }
        }
        pending[c] = 0;
    }

    /** How many memories were added. */
    public long memories() {
        return total;
    }

    /** Whether σ is a fixed point of a sweep of (M9): every margin ≥ 0 (a tie keeps the sign). */
    public boolean fixedPoint() {
        requireAll("fixedPoint()");
        if (diff.exact()) {
            for (long v : exact()) if (v < 0) return false;
        } else {
            for (double v : scaled()) if (v < 0) return false;
        }
        return true;
    }

    /** The margins as exact integers (F = x², xⁿ, (x)₊ⁿ; x²/2 is taken as x², the same signs). */
    public long[] exact() {
        requireAll("exact()");
        if (!diff.exact()) throw new IllegalStateException("F = e^{βx}: the margins are scaled doubles (scaled())");
        diff.checkSums(total);
        long[] out = new long[n];
        for (int c = 0; c <= n; c++) {
            if (counts[c] == 0) continue;
            int m = 2 * c - n;
            long[] agree = agreements(c);
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
        requireAll("scaled()");
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
        for (int c = 0; c <= n; c++) {
            if (counts[c] == 0) continue;
            int m = 2 * c - n;
            long[] agree = agreements(c);
            double base = counts[c] * diff.minus(m, shift), e = diff.both(m, shift);
            for (int i = 0; i < n; i++) out[i] += base + agree[i] * e;
        }
        return out;
    }

    private void requireAll(String what) {
        if (from > 0) throw new IllegalStateException(what + " needs every agreement; these margins keep them only from overlap "
                + (2 * from - n) + " up (tail): use verdict()");
    }

    /**
     * Whether σ is a fixed point: {@link Verdict#FIXED} or {@link Verdict#NOT_FIXED} as
     * {@link #fixedPoint()} would say, or {@link Verdict#OPEN} when the memories below the kept
     * overlaps, or a margin within 10⁻⁹ of the sum of its terms' sizes from 0, leave it undecided.
     * For margins that keep every agreement, {@link #fixedPoint()} as a verdict.
     */
    public Verdict verdict() {
        if (from == 0) return fixedPoint() ? Verdict.FIXED : Verdict.NOT_FIXED;
        int top = -1;
        for (int c = n; c >= 0 && top < 0; c--) if (counts[c] > 0) top = c;
        if (top < 0) return Verdict.FIXED;
        int shift = 2 * top - n + 2;
        double[] lo = new double[n], hi = new double[n];
        double size = 0;
        for (int c = 0; c <= n; c++) {
            if (counts[c] == 0) continue;
            int m = 2 * c - n;
            double base = counts[c] * diff.minus(m, shift), e = diff.both(m, shift);
            size += Math.abs(base) + counts[c] * Math.abs(e);
            if (c >= from) {
                long[] agree = agreements(c);
                for (int i = 0; i < n; i++) {
                    double v = base + agree[i] * e;
                    lo[i] += v;
                    hi[i] += v;
                }
            } else {
                double low = base + Math.min(0, counts[c] * e), high = base + Math.max(0, counts[c] * e);
                for (int i = 0; i < n; i++) {
                    lo[i] += low;
                    hi[i] += high;
                }
            }
        }
        double tol = 1e-9 * size;
        boolean fixed = true;
        for (int i = 0; i < n; i++) {
            if (hi[i] < -tol) return Verdict.NOT_FIXED;
            fixed &= lo[i] > tol;
        }
        return fixed ? Verdict.FIXED : Verdict.OPEN;
    }

    /** How many memories of class c have ξ_μi = σ_i, per unit (the counters emptied first). */
    private long[] agreements(int c) {
        if (pending[c] > 0) empty(c);
        return agreed[c];
    }
}
