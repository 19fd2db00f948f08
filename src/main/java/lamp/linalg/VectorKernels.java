package lamp.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * lamp's loops on the JDK's vector API ({@code jdk.incubator.vector}): for {@link Fused}, dot
 * products of rows of ξ with one vector, the accumulation c += Σ_j w_j ξ_{row_j}, and both at once
 * (the pipelined step and the pair); for {@link Dense}'s softmax, the exponentials of a row and their sum.
 * Eight or four rows share each load of the vector (or of c), and every loop runs in full-width
 * vector multiply-adds, where C2 leaves the dot products of {@link BlockKernels} and
 * {@link Math#exp} scalar. Used only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} ({@link Backends#vector()}); every reference to this
 * class sits behind that check, so without the module it is never loaded.
 *
 * <p>Every sum is taken in an order fixed by n and the vector width: lane j of a row's accumulator
 * sums the products at i ≡ j (mod width), the lanes are added in lane order, then the tail; no
 * {@code reduceLanes} (whose order the API leaves open). The exponential uses only exactly rounded
 * operations (no {@code VectorOperators.EXP}, whose result may differ between the interpreter and
 * compiled code). Results are therefore the same in the interpreter and in compiled code, and for
 * any thread count.
 */
final class VectorKernels {
    private VectorKernels() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** True when the vector API is usable here with at least 4 doubles per vector (AVX2, AVX-512, …). */
    static final boolean AVAILABLE = L >= 4;

    /** Doubles per vector. */
    static int width() {
        return L;
    }

    /**
     * h[hOff + μ − from] = Σ_i a[μn + i] g[i] for μ in [from, to), for rows that stream from memory:
     * eight rows share each load of g (eight streams keep more of a core's reads in flight than four;
     * docs/PERFORMANCE.md), the rest as {@link #dots}, with the same bits.
     */
    static void streamDots(int n, double[] a, double[] g, int from, int to, double[] h, int hOff) {
        int upper = S.loopBound(n);
        double[] lanes = new double[L];
        int mu = from;
        for (; mu + 7 < to; mu += 8) {
            int b0 = mu * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n, b4 = b3 + n, b5 = b4 + n, b6 = b5 + n, b7 = b6 + n;
            DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            for (int i = 0; i < upper; i += L) {
                DoubleVector x = DoubleVector.fromArray(S, g, i);
                s0 = DoubleVector.fromArray(S, a, b0 + i).fma(x, s0);
                s1 = DoubleVector.fromArray(S, a, b1 + i).fma(x, s1);
                s2 = DoubleVector.fromArray(S, a, b2 + i).fma(x, s2);
                s3 = DoubleVector.fromArray(S, a, b3 + i).fma(x, s3);
                s4 = DoubleVector.fromArray(S, a, b4 + i).fma(x, s4);
                s5 = DoubleVector.fromArray(S, a, b5 + i).fma(x, s5);
                s6 = DoubleVector.fromArray(S, a, b6 + i).fma(x, s6);
                s7 = DoubleVector.fromArray(S, a, b7 + i).fma(x, s7);
            }
            int o = hOff + mu - from;
            h[o] = finish(s0, lanes, a, b0, g, upper, n);
            h[o + 1] = finish(s1, lanes, a, b1, g, upper, n);
            h[o + 2] = finish(s2, lanes, a, b2, g, upper, n);
            h[o + 3] = finish(s3, lanes, a, b3, g, upper, n);
            h[o + 4] = finish(s4, lanes, a, b4, g, upper, n);
            h[o + 5] = finish(s5, lanes, a, b5, g, upper, n);
            h[o + 6] = finish(s6, lanes, a, b6, g, upper, n);
            h[o + 7] = finish(s7, lanes, a, b7, g, upper, n);
        }
        if (mu < to) dots(n, a, g, mu, to, h, hOff + mu - from);
    }

    /**
     * h[hOff + μ − from] = Σ_i a[μn + i] g[i] for μ in [from, to): four rows share each load of g
     * (for ξ in cache four beat eight; docs/PERFORMANCE.md), then one.
     */
    static void dots(int n, double[] a, double[] g, int from, int to, double[] h, int hOff) {
        int upper = S.loopBound(n);
        double[] lanes = new double[L];
        int mu = from;
        for (; mu + 3 < to; mu += 4) {
            int b0 = mu * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            for (int i = 0; i < upper; i += L) {
                DoubleVector x = DoubleVector.fromArray(S, g, i);
                s0 = DoubleVector.fromArray(S, a, b0 + i).fma(x, s0);
                s1 = DoubleVector.fromArray(S, a, b1 + i).fma(x, s1);
                s2 = DoubleVector.fromArray(S, a, b2 + i).fma(x, s2);
                s3 = DoubleVector.fromArray(S, a, b3 + i).fma(x, s3);
            }
            int o = hOff + mu - from;
            h[o] = finish(s0, lanes, a, b0, g, upper, n);
            h[o + 1] = finish(s1, lanes, a, b1, g, upper, n);
            h[o + 2] = finish(s2, lanes, a, b2, g, upper, n);
            h[o + 3] = finish(s3, lanes, a, b3, g, upper, n);
        }
        for (; mu < to; mu++) {
            int b0 = mu * n;
            DoubleVector s0 = DoubleVector.zero(S);
            for (int i = 0; i < upper; i += L) s0 = DoubleVector.fromArray(S, a, b0 + i).fma(DoubleVector.fromArray(S, g, i), s0);
            h[hOff + mu - from] = finish(s0, lanes, a, b0, g, upper, n);
        }
    }

    /**
     * c[cOff + i] += Σ_{j &lt; count} w[j] a[rows[j] n + i] for i in [0, n): rows added in the order
     * given, four per pass over c.
     */
    static void accumulate(int n, double[] a, int[] rows, double[] w, int count, double[] c, int cOff) {
        int j = 0;
        for (; j + 3 < count; j += 4) {
            addFour(n, a, rows[j] * n, rows[j + 1] * n, rows[j + 2] * n, rows[j + 3] * n, w[j], w[j + 1], w[j + 2], w[j + 3], c, cOff);
        }
        for (; j < count; j++) addOne(n, a, rows[j] * n, w[j], c, cOff);
    }

    /** c[cOff + i] += Σ_{μ ∈ [from, to)} f[μ] a[μn + i]: the rows in order, four per pass over c. */
    static void accumulate(int n, double[] a, double[] f, int from, int to, double[] c, int cOff) {
        int mu = from;
        for (; mu + 3 < to; mu += 4) {
            int b0 = mu * n;
            addFour(n, a, b0, b0 + n, b0 + 2 * n, b0 + 3 * n, f[mu], f[mu + 1], f[mu + 2], f[mu + 3], c, cOff);
        }
        for (; mu < to; mu++) addOne(n, a, mu * n, f[mu], c, cOff);
    }

    /** Rows per step of {@link #dotsAndAdd}. */
    static final int STEP = 8;

    /**
     * One step of a pipelined pass over {@link #STEP} rows: the dot products of the rows from
     * {@code next}, h[hOff + j] = Σ_i a[(next + j)n + i] g[i], and the accumulation of the rows from
     * {@code prev} (read one step before, still in cache), c[cOff + i] += Σ_j w[wOff + j] a[(prev + j)n + i],
     * in the same loop, so that the next rows stream in from memory while the previous ones are added.
     * Eight rows per step, not four: with four, the extra loads of the accumulator are a visible part
     * of the pass (docs/PERFORMANCE.md).
     * Both results have the bits of {@link #dots} and {@link #accumulate(int, double[], double[], int, int, double[], int)}:
     * each entry sees the same multiply-adds in the same order.
     */
    static void dotsAndAdd(int n, double[] a, double[] g, int next, double[] h, int hOff, int prev, double[] w, int wOff,
                           double[] c, int cOff) {
        int upper = S.loopBound(n);
        int b0 = next * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n, b4 = b3 + n, b5 = b4 + n, b6 = b5 + n, b7 = b6 + n;
        int p0 = prev * n, p1 = p0 + n, p2 = p1 + n, p3 = p2 + n, p4 = p3 + n, p5 = p4 + n, p6 = p5 + n, p7 = p6 + n;
        double w0 = w[wOff], w1 = w[wOff + 1], w2 = w[wOff + 2], w3 = w[wOff + 3];
        double w4 = w[wOff + 4], w5 = w[wOff + 5], w6 = w[wOff + 6], w7 = w[wOff + 7];
        DoubleVector v0 = DoubleVector.broadcast(S, w0), v1 = DoubleVector.broadcast(S, w1);
        DoubleVector v2 = DoubleVector.broadcast(S, w2), v3 = DoubleVector.broadcast(S, w3);
        DoubleVector v4 = DoubleVector.broadcast(S, w4), v5 = DoubleVector.broadcast(S, w5);
        DoubleVector v6 = DoubleVector.broadcast(S, w6), v7 = DoubleVector.broadcast(S, w7);
        DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
        int i = 0;
        for (; i < upper; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, g, i);
            s0 = DoubleVector.fromArray(S, a, b0 + i).fma(x, s0);
            s1 = DoubleVector.fromArray(S, a, b1 + i).fma(x, s1);
            s2 = DoubleVector.fromArray(S, a, b2 + i).fma(x, s2);
            s3 = DoubleVector.fromArray(S, a, b3 + i).fma(x, s3);
            s4 = DoubleVector.fromArray(S, a, b4 + i).fma(x, s4);
            s5 = DoubleVector.fromArray(S, a, b5 + i).fma(x, s5);
            s6 = DoubleVector.fromArray(S, a, b6 + i).fma(x, s6);
            s7 = DoubleVector.fromArray(S, a, b7 + i).fma(x, s7);
            DoubleVector acc = DoubleVector.fromArray(S, c, cOff + i);
            acc = DoubleVector.fromArray(S, a, p0 + i).fma(v0, acc);
            acc = DoubleVector.fromArray(S, a, p1 + i).fma(v1, acc);
            acc = DoubleVector.fromArray(S, a, p2 + i).fma(v2, acc);
            acc = DoubleVector.fromArray(S, a, p3 + i).fma(v3, acc);
            acc = DoubleVector.fromArray(S, a, p4 + i).fma(v4, acc);
            acc = DoubleVector.fromArray(S, a, p5 + i).fma(v5, acc);
            acc = DoubleVector.fromArray(S, a, p6 + i).fma(v6, acc);
            acc = DoubleVector.fromArray(S, a, p7 + i).fma(v7, acc);
            acc.intoArray(c, cOff + i);
        }
        for (; i < n; i++) {
            double t = Math.fma(a[p3 + i], w3, Math.fma(a[p2 + i], w2, Math.fma(a[p1 + i], w1, Math.fma(a[p0 + i], w0, c[cOff + i]))));
            c[cOff + i] = Math.fma(a[p7 + i], w7, Math.fma(a[p6 + i], w6, Math.fma(a[p5 + i], w5, Math.fma(a[p4 + i], w4, t))));
        }
        double[] lanes = new double[L];
        h[hOff] = finish(s0, lanes, a, b0, g, upper, n);
        h[hOff + 1] = finish(s1, lanes, a, b1, g, upper, n);
        h[hOff + 2] = finish(s2, lanes, a, b2, g, upper, n);
        h[hOff + 3] = finish(s3, lanes, a, b3, g, upper, n);
        h[hOff + 4] = finish(s4, lanes, a, b4, g, upper, n);
        h[hOff + 5] = finish(s5, lanes, a, b5, g, upper, n);
        h[hOff + 6] = finish(s6, lanes, a, b6, g, upper, n);
        h[hOff + 7] = finish(s7, lanes, a, b7, g, upper, n);
    }

    /** c[cOff + i] += w0 a[b0 + i] + … + w3 a[b3 + i], added in that order, for i in [0, n). */
    private static void addFour(int n, double[] a, int b0, int b1, int b2, int b3, double w0, double w1, double w2, double w3,
                                double[] c, int cOff) {
        int upper = S.loopBound(n);
        DoubleVector v0 = DoubleVector.broadcast(S, w0), v1 = DoubleVector.broadcast(S, w1);
        DoubleVector v2 = DoubleVector.broadcast(S, w2), v3 = DoubleVector.broadcast(S, w3);
        int i = 0;
        for (; i < upper; i += L) {
            DoubleVector acc = DoubleVector.fromArray(S, c, cOff + i);
            acc = DoubleVector.fromArray(S, a, b0 + i).fma(v0, acc);
            acc = DoubleVector.fromArray(S, a, b1 + i).fma(v1, acc);
            acc = DoubleVector.fromArray(S, a, b2 + i).fma(v2, acc);
            acc = DoubleVector.fromArray(S, a, b3 + i).fma(v3, acc);
            acc.intoArray(c, cOff + i);
        }
        for (; i < n; i++) {
            c[cOff + i] = Math.fma(a[b3 + i], w3, Math.fma(a[b2 + i], w2, Math.fma(a[b1 + i], w1, Math.fma(a[b0 + i], w0, c[cOff + i]))));
        }
    }

    /** c[cOff + i] += w0 a[b0 + i] for i in [0, n). */
    private static void addOne(int n, double[] a, int b0, double w0, double[] c, int cOff) {
        int upper = S.loopBound(n);
        DoubleVector v0 = DoubleVector.broadcast(S, w0);
        int i = 0;
        for (; i < upper; i += L) DoubleVector.fromArray(S, a, b0 + i).fma(v0, DoubleVector.fromArray(S, c, cOff + i)).intoArray(c, cOff + i);
        for (; i < n; i++) c[cOff + i] = Math.fma(a[b0 + i], w0, c[cOff + i]);
    }

    /**
     * Both products of a block in one read of each row: h[μ] = Σ_i a[μn + i] g[i] and
     * c[cOff + i] += f[μ] a[μn + i] for μ in [from, to), four rows at a time (the (M2) pair).
     */
    static void pair(int n, double[] a, double[] g, double[] f, int from, int to, double[] h, double[] c, int cOff) {
        int upper = S.loopBound(n);
        double[] lanes = new double[L];
        int mu = from;
        for (; mu + 3 < to; mu += 4) {
            int b0 = mu * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            double w0 = f[mu], w1 = f[mu + 1], w2 = f[mu + 2], w3 = f[mu + 3];
            DoubleVector v0 = DoubleVector.broadcast(S, w0), v1 = DoubleVector.broadcast(S, w1);
            DoubleVector v2 = DoubleVector.broadcast(S, w2), v3 = DoubleVector.broadcast(S, w3);
            DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            int i = 0;
            for (; i < upper; i += L) {
                DoubleVector x = DoubleVector.fromArray(S, g, i);
                DoubleVector x0 = DoubleVector.fromArray(S, a, b0 + i), x1 = DoubleVector.fromArray(S, a, b1 + i);
                DoubleVector x2 = DoubleVector.fromArray(S, a, b2 + i), x3 = DoubleVector.fromArray(S, a, b3 + i);
                s0 = x0.fma(x, s0);
                s1 = x1.fma(x, s1);
                s2 = x2.fma(x, s2);
                s3 = x3.fma(x, s3);
                DoubleVector acc = DoubleVector.fromArray(S, c, cOff + i);
                acc = x0.fma(v0, acc);
                acc = x1.fma(v1, acc);
                acc = x2.fma(v2, acc);
                acc = x3.fma(v3, acc);
                acc.intoArray(c, cOff + i);
            }
            for (; i < n; i++) {
                c[cOff + i] = Math.fma(a[b3 + i], w3, Math.fma(a[b2 + i], w2, Math.fma(a[b1 + i], w1, Math.fma(a[b0 + i], w0, c[cOff + i]))));
            }
            h[mu] = finish(s0, lanes, a, b0, g, upper, n);
            h[mu + 1] = finish(s1, lanes, a, b1, g, upper, n);
            h[mu + 2] = finish(s2, lanes, a, b2, g, upper, n);
            h[mu + 3] = finish(s3, lanes, a, b3, g, upper, n);
        }
        for (; mu < to; mu++) {
            int b0 = mu * n;
            double w0 = f[mu];
            DoubleVector v0 = DoubleVector.broadcast(S, w0), s0 = DoubleVector.zero(S);
            int i = 0;
            for (; i < upper; i += L) {
                DoubleVector x0 = DoubleVector.fromArray(S, a, b0 + i);
                s0 = x0.fma(DoubleVector.fromArray(S, g, i), s0);
                x0.fma(v0, DoubleVector.fromArray(S, c, cOff + i)).intoArray(c, cOff + i);
            }
            for (; i < n; i++) c[cOff + i] = Math.fma(a[b0 + i], w0, c[cOff + i]);
            h[mu] = finish(s0, lanes, a, b0, g, upper, n);
        }
    }

    // --- the exponential, and the exponentials of a row with their sum (Dense.softmax) ---------

    private static final double LOG2E = 1.4426950408889634, SHIFTER = 0x1.8p52;
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    /** ln 2 split so that k·ln 2 is exact to 2⁻¹⁰⁷ relative: the double nearest ln 2 and the rest. */
    private static final double LN2_HI = 0x1.62e42fefa39efp-1, LN2_LO = 0x1.abc9e3b39803fp-56;
    /** Arguments are taken in [EXP_MIN, EXP_MAX]: below, e^x rounds to 0; above, to ∞. */
    static final double EXP_MIN = -746, EXP_MAX = 710;
    /** 1/j! for j = 0 … 13: the Taylor polynomial of e^r; on |r| ≤ ln2/2 its truncation is below 5·10⁻¹⁸ relative. */
    private static final double[] TAYLOR = new double[14];

    static {
        double c = 1;
        for (int j = 0; j < TAYLOR.length; j++) {
            if (j > 0) c /= j;
            TAYLOR[j] = c;
        }
    }

    private static final double E2 = TAYLOR[2], E3 = TAYLOR[3], E4 = TAYLOR[4], E5 = TAYLOR[5], E6 = TAYLOR[6], E7 = TAYLOR[7],
            E8 = TAYLOR[8], E9 = TAYLOR[9], E10 = TAYLOR[10], E11 = TAYLOR[11], E12 = TAYLOR[12], E13 = TAYLOR[13];

    /**
     * e^x, in the arithmetic of {@link #exp(DoubleVector)} lane by lane (same operations, same bits):
     * x = k ln 2 + r with k = round(x / ln 2) and |r| ≤ ln 2 / 2 (Cody–Waite, the rounding by adding
     * 1.5·2⁵²), e^r by its Taylor polynomial of degree 13 (Horner, in fused multiply-adds), then
     * 2^k applied as 2^⌊k/2⌋ · 2^{k−⌊k/2⌋}, two normal powers of two even where e^x is subnormal.
     * Within 2 ulp of {@link StrictMath#exp} (tested); NaN gives NaN, −∞ gives 0, x &gt; 709.79 gives ∞.
     */
    static double exp(double x) {
        double y = Math.min(Math.max(x, EXP_MIN), EXP_MAX);
        double t = Math.fma(y, LOG2E, SHIFTER);
        double kd = t - SHIFTER;
        double r = Math.fma(kd, -LN2_LO, Math.fma(kd, -LN2_HI, y));
        double p = Math.fma(E13, r, E12);
        p = Math.fma(p, r, E11);
        p = Math.fma(p, r, E10);
        p = Math.fma(p, r, E9);
        p = Math.fma(p, r, E8);
        p = Math.fma(p, r, E7);
        p = Math.fma(p, r, E6);
        p = Math.fma(p, r, E5);
        p = Math.fma(p, r, E4);
        p = Math.fma(p, r, E3);
        p = Math.fma(p, r, E2);
        p = Math.fma(p, r, 1);
        p = Math.fma(p, r, 1);
        long k = Double.doubleToRawLongBits(t) - SHIFTER_BITS, k1 = k >> 1, k2 = k - k1;
        return p * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
    }

    /**
     * m[i] = e^{β(m[i] − shift)} for i in [off, off + len), in place, with the arithmetic of
     * {@link #exp(double)} in every lane (the same bits as calling it entry by entry); returns the sum
     * of the new entries, lane by lane, the lanes added in lane order, then the tail. The loop holds
     * the whole exponential: a vector passed to or returned from a method C2 does not inline is
     * boxed, which made a separate vector exp() slower than {@link Math#exp}.
     */
    static double expSum(double beta, double shift, double[] m, int off, int len) {
        int upper = off + S.loopBound(len), end = off + len;
        DoubleVector lo = DoubleVector.broadcast(S, EXP_MIN), hi = DoubleVector.broadcast(S, EXP_MAX);
        DoubleVector log2e = DoubleVector.broadcast(S, LOG2E), shifter = DoubleVector.broadcast(S, SHIFTER);
        DoubleVector ln2hi = DoubleVector.broadcast(S, -LN2_HI), ln2lo = DoubleVector.broadcast(S, -LN2_LO);
        DoubleVector c13 = DoubleVector.broadcast(S, E13), c12 = DoubleVector.broadcast(S, E12), c11 = DoubleVector.broadcast(S, E11);
        DoubleVector c10 = DoubleVector.broadcast(S, E10), c9 = DoubleVector.broadcast(S, E9), c8 = DoubleVector.broadcast(S, E8);
        DoubleVector c7 = DoubleVector.broadcast(S, E7), c6 = DoubleVector.broadcast(S, E6), c5 = DoubleVector.broadcast(S, E5);
        DoubleVector c4 = DoubleVector.broadcast(S, E4), c3 = DoubleVector.broadcast(S, E3), c2 = DoubleVector.broadcast(S, E2);
        DoubleVector one = DoubleVector.broadcast(S, 1), sum = DoubleVector.zero(S);
        int i = off;
        for (; i < upper; i += L) {
            DoubleVector y = DoubleVector.fromArray(S, m, i).sub(shift).mul(beta).max(lo).min(hi);
            DoubleVector t = y.fma(log2e, shifter);
            DoubleVector kd = t.sub(shifter);
            DoubleVector r = kd.fma(ln2lo, kd.fma(ln2hi, y));
            DoubleVector p = c13.fma(r, c12).fma(r, c11).fma(r, c10).fma(r, c9).fma(r, c8).fma(r, c7).fma(r, c6)
                    .fma(r, c5).fma(r, c4).fma(r, c3).fma(r, c2).fma(r, one).fma(r, one);
            LongVector k = ((LongVector) t.reinterpretAsLongs()).sub(SHIFTER_BITS);
            LongVector k1 = k.lanewise(VectorOperators.ASHR, 1), k2 = k.sub(k1);
            DoubleVector e = p.mul(k1.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles())
                    .mul(k2.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles());
            e.intoArray(m, i);
            sum = sum.add(e);
        }
        double[] lanes = new double[L];
        sum.intoArray(lanes, 0);
        double s = 0;
        for (double lane : lanes) s += lane;
        for (; i < end; i++) {
            double e = exp(beta * (m[i] - shift));
            m[i] = e;
            s += e;
        }
        return s;
    }

    /** The lanes of s added in lane order, then the tail products a[b + i] g[i] for i in [upper, n). */
    private static double finish(DoubleVector s, double[] lanes, double[] a, int b, double[] g, int upper, int n) {
        s.intoArray(lanes, 0);
        double sum = 0;
        for (double lane : lanes) sum += lane;
        for (int i = upper; i < n; i++) sum = Math.fma(a[b + i], g[i], sum);
        return sum;
    }
}
