package lamp.limit;

import lamp.lagrangian.ScalarFunction;
import lamp.base.Interrupts;
import lamp.memory.PackedPatterns;

/**
 * The binary Dense Associative Memory (THEORY.md M8, M9; KH2020 (8)) on packed ±1 memories, for
 * F = x²/2, xⁿ, (x)₊ⁿ with a whole n, or e^{βx}: the asynchronous sweep of
 * {@link DenseAssociativeMemory} (no input current) with 64 entries of ξ per word.
 *
 * <p>The overlaps m = ξσ are integers (a popcount per word). Per state the K values E(m_μ) and the
 * sum Σ_μ D⁻(m_μ) are looked up once ({@link OverlapDifferences}); unit i's margin is then that sum
 * plus a masked sum of E over the memories with ξ_μi = σ_i, read from the packed column i of ξ (for
 * polynomial F through the sums of E over the 16 subsets of each group of four memories, built once
 * per state: one lookup per four memories). A flip moves every overlap by ±2 (the column's bits) and
 * looks the K values up again. For
 * polynomial F every number is an exact 64-bit integer, so the flips are exactly those of
 * {@link DenseAssociativeMemory}; for e^{βx} the values are doubles scaled by e^{−β(max m + 2)}.
 * A tie keeps the sign.
 */
public final class PackedDam {
    private final PackedPatterns xi;
    private final ScalarFunction f;
    private final OverlapDifferences diff;
    private final long[] columns;        // column i: words [i·kw, (i+1)·kw)
    private final int k, n, kw;

    /** The DAM with memories ξ and interaction function F. */
    public PackedDam(PackedPatterns xi, ScalarFunction f) {
        if (xi == null) throw new IllegalArgumentException("packed memories ξ are null");
        this.xi = xi;
        this.f = f;
        this.k = xi.count();
        this.n = xi.dimension();
        this.diff = new OverlapDifferences(f, n);
        diff.checkSums(k);
        this.kw = PackedPatterns.wordsPerRow(k);
        this.columns = xi.columns();
    }

    /** ξ. */
    public PackedPatterns memories() { return xi; }

    /** F. */
    public ScalarFunction interaction() { return f; }

    /**
     * One sweep of (M9) over units 0 … N_f − 1 in place over the packed σ and its overlaps m = ξσ
     * (kept with σ); returns the number of flips. The overlaps are checked against σ first (O(K·W)).
     */
    public int sweep(long[] sigma, int[] overlaps) {
        int[] expected = xi.overlaps(sigma);
        if (overlaps == null || !java.util.Arrays.equals(expected, overlaps)) {
            throw new IllegalArgumentException("the overlaps do not belong to σ: pass m = memories().overlaps(σ) and keep it with σ");
        }
        return diff.exact() ? sweepExact(sigma, overlaps, Integer.MAX_VALUE) : sweepScaled(sigma, overlaps, Integer.MAX_VALUE);
    }

    /** Whether σ is a fixed point: a sweep from it flips no unit (it stops at the first unit that would). */
    public boolean fixedPoint(long[] sigma) {
        int[] m = xi.overlaps(sigma);
        long[] s = sigma.clone();
        return (diff.exact() ? sweepExact(s, m, 1) : sweepScaled(s, m, 1)) == 0;
    }

    /**
     * Whether every stored memory is a fixed point (Demircigil et al. 2017's criterion): for each ξ_ν,
     * a sweep from it flips no unit. First a sufficient test from the K² overlaps alone: ξ_ν's own
     * term gives every unit the margin D⁺(N_f) = F(N_f) − F(N_f − 2), and memory μ moves it by at
     * most max(|D⁺(m_μν)|, |D⁻(m_μν)|), so ξ_ν is fixed when D⁺(N_f) exceeds the sum of those bounds
     * (with a relative safety of 10⁻⁹ for rounding). Only the memories that fail it get the exact
     * margins ({@link UnitMargins}, O(K·W) each). O(K²·W) word operations in all; stops at the first
     * memory that is not fixed.
     */
    public boolean everyMemoryFixed() {
        int w = xi.words();
        long[] rows = xi.toWords();
        double[] table = new double[2 * n + 1];
        int shift = n + 2;
        double self;
        if (diff.exact()) {
            for (int m = -n; m <= n; m++) table[m + n] = diff.bound(m);
            self = diff.both(n) + diff.minus(n);
        } else {
            for (int m = -n; m <= n; m++) table[m + n] = diff.bound(m, shift);
            self = diff.both(n, shift) + diff.minus(n, shift);
        }
        double[] crosstalk = new double[k];
        for (int nu = 0; nu < k; nu++) {
            Interrupts.check("every-memory fixed-point test");
            int a = nu * w;
            double sum = 0;
            if (w == 1) {
                long r = rows[nu];
                for (int mu = nu + 1; mu < k; mu++) {
                    double b = table[2 * n - 2 * Long.bitCount(r ^ rows[mu])];
                    sum += b;
                    crosstalk[mu] += b;
                }
            } else {
                for (int mu = nu + 1; mu < k; mu++) {
                    int d = 0, c = mu * w;
                    for (int j = 0; j < w; j++) d += Long.bitCount(rows[a + j] ^ rows[c + j]);
                    double b = table[2 * n - 2 * d];
                    sum += b;
                    crosstalk[mu] += b;
                }
            }
            crosstalk[nu] += sum;
        }
        for (int nu = 0; nu < k; nu++) {
            if (crosstalk[nu] < self * (1 - 1e-9)) continue;
            Interrupts.check("every-memory fixed-point test");
            UnitMargins margins = new UnitMargins(diff, xi.row(nu));
            for (int mu = 0; mu < k; mu++) margins.add(rows, mu * w);
            if (!margins.fixedPoint()) return false;
        }
        return true;
    }

    /** Sweeps from σ (packed, not changed) until one flips nothing or {@code maxSweeps} are made; returns the final state. */
    public long[] retrieve(long[] sigma, int maxSweeps) {
        if (maxSweeps < 1) throw new IllegalArgumentException("max sweeps must be ≥ 1, got " + maxSweeps);
        long[] s = sigma.clone();
        int[] m = xi.overlaps(s);
        for (int t = 0; t < maxSweeps; t++) {
            int flips = diff.exact() ? sweepExact(s, m, Integer.MAX_VALUE) : sweepScaled(s, m, Integer.MAX_VALUE);
            if (flips == 0) break;
        }
        return s;
    }

    /** The margins of every unit at σ (exact F only): unit i keeps its sign when margin_i ≥ 0. */
    public long[] margins(long[] sigma) {
        if (!diff.exact()) throw new IllegalStateException("F = " + f.name() + ": margins are exact integers only for polynomial F");
        int[] m = xi.overlaps(sigma);
        long[] e = new long[k];
        long base = 0, total = 0;
        for (int mu = 0; mu < k; mu++) {
            base += diff.minus(m[mu]);
            total += e[mu] = diff.both(m[mu]);
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long p = maskedSum(e, i);
            out[i] = base + (bit(sigma, i) ? p : total - p);
        }
        return out;
    }

    private static boolean bit(long[] sigma, int i) {
        return (sigma[i >>> 6] >>> i & 1L) != 0;
    }

    /** Σ_{μ: ξ_μi = +1} e_μ: the masked sum over column i. */
    private long maskedSum(long[] e, int i) {
        long[] c = columns;
        int base = i * kw;
        long p0 = 0, p1 = 0;
        for (int j = 0; j < kw; j++) {
            long word = c[base + j];
            int off = j << 6, lim = Math.min(64, k - off);
            int b = 0;
            for (; b + 1 < lim; b += 2) {
                p0 += e[off + b] & -((word >>> b) & 1L);
                p1 += e[off + b + 1] & -((word >>> (b + 1)) & 1L);
            }
            if (b < lim) p0 += e[off + b] & -((word >>> b) & 1L);
        }
        return p0 + p1;
    }

    private double maskedSum(double[] e, int i) {
        long[] c = columns;
        int base = i * kw;
        double p0 = 0, p1 = 0;
        for (int j = 0; j < kw; j++) {
            long word = c[base + j];
            int off = j << 6, lim = Math.min(64, k - off);
            int b = 0;
            for (; b + 1 < lim; b += 2) {
                p0 += Double.longBitsToDouble(Double.doubleToRawLongBits(e[off + b]) & -((word >>> b) & 1L));
                p1 += Double.longBitsToDouble(Double.doubleToRawLongBits(e[off + b + 1]) & -((word >>> (b + 1)) & 1L));
            }
            if (b < lim) p0 += Double.longBitsToDouble(Double.doubleToRawLongBits(e[off + b]) & -((word >>> b) & 1L));
        }
        return p0 + p1;
    }

    /** m_μ += 2σ_i ξ_μi after unit i flipped to σ_i. */
    private void moveOverlaps(int[] m, int i, boolean up) {
        int base = i * kw;
        for (int j = 0; j < kw; j++) {
            long word = columns[base + j];
            int off = j << 6, lim = Math.min(64, k - off);
            for (int b = 0; b < lim; b++) {
                int step = (int) ((word >>> b) & 1L) * 4 - 2;     // +2 where ξ_μi = +1, −2 where −1
                m[off + b] += up ? step : -step;
            }
        }
    }

    private int sweepExact(long[] sigma, int[] m, int stopAfter) {
        long[] e = new long[kw * 64];                 // E(m_μ), 0 past K
        long[] table = new long[kw * 16 * 16];        // per group of 4 memories, the sums over its 16 subsets
        long[] sums = new long[2];
        exactValues(m, e, table, sums);
        int flips = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) Interrupts.check("PackedDam sweep");
            boolean up = bit(sigma, i);
            long p = nibbleSum(table, i);
            if (sums[0] + (up ? p : sums[1] - p) >= 0) continue;
            sigma[i >>> 6] ^= 1L << i;
            moveOverlaps(m, i, !up);
            if (++flips >= stopAfter) return flips;
            exactValues(m, e, table, sums);
        }
        return flips;
    }

    /**
     * e_μ = E(m_μ), sums = (Σ D⁻, Σ E), and for each group of four memories the sums of E over its 16
     * subsets, so a unit's masked sum is one lookup per four memories (exact integers, any order).
     */
    private void exactValues(int[] m, long[] e, long[] table, long[] sums) {
        long base = 0, total = 0;
        for (int mu = 0; mu < k; mu++) {
            base += diff.minus(m[mu]);
            total += e[mu] = diff.both(m[mu]);
        }
        sums[0] = base;
        sums[1] = total;
        for (int g = 0, t = 0; g < kw * 16; g++, t += 16) {
            int mu = g << 2;
            long a = e[mu], b = e[mu + 1], c = e[mu + 2], d = e[mu + 3];
            table[t] = 0;
            table[t + 1] = a;
            table[t + 2] = b;
            table[t + 3] = a + b;
            for (int j = 0; j < 4; j++) {
                table[t + 4 + j] = table[t + j] + c;
                table[t + 8 + j] = table[t + j] + d;
                table[t + 12 + j] = table[t + j] + c + d;
            }
        }
    }

    /** Σ_{μ: ξ_μi = +1} E(m_μ) from the subset sums: the column's bits read four at a time. */
    private long nibbleSum(long[] table, int i) {
        long[] c = columns;
        int base = i * kw;
        long p0 = 0, p1 = 0;
        for (int j = 0, t = 0; j < kw; j++) {
            long word = c[base + j];
            for (int q = 0; q < 64; q += 8, t += 32) {
                p0 += table[t + (int) ((word >>> q) & 15)];
                p1 += table[t + 16 + (int) ((word >>> (q + 4)) & 15)];
            }
        }
        return p0 + p1;
    }

    private int sweepScaled(long[] sigma, int[] m, int stopAfter) {
        double[] e = new double[k];
        double[] sums = new double[2];
        scaledValues(m, e, sums);
        int flips = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) Interrupts.check("PackedDam sweep");
            boolean up = bit(sigma, i);
            double p = maskedSum(e, i);
            if (sums[0] + (up ? p : sums[1] - p) >= 0) continue;
            sigma[i >>> 6] ^= 1L << i;
            moveOverlaps(m, i, !up);
            if (++flips >= stopAfter) return flips;
            scaledValues(m, e, sums);
        }
        return flips;
    }

    /** e_μ = E(m_μ), sums = (Σ D⁻, Σ E), all divided by e^{β·shift}, shift = max m + 2; returns shift. */
    private int scaledValues(int[] m, double[] e, double[] sums) {
        int max = Integer.MIN_VALUE;
        for (int v : m) max = Math.max(max, v);
        int shift = max + 2;
        double base = 0, total = 0;
        for (int mu = 0; mu < k; mu++) {
            base += diff.minus(m[mu], shift);
            total += e[mu] = diff.both(m[mu], shift);
        }
        sums[0] = base;
        sums[1] = total;
        return shift;
    }

    @Override
    public String toString() {
        return "PackedDam[F=" + f.name() + ", " + k + " memories × " + n + " features]";
    }
}
