package lamp.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The block loops of {@link Fused} on the JDK's vector API ({@code jdk.incubator.vector}): dot
 * products of rows of ξ with one vector, the accumulation c += Σ_j w_j ξ_{row_j}, and both at once.
 * Four rows share each load of the vector (or of c), and every loop runs in full-width vector
 * multiply-adds, where C2 leaves the dot products of {@link BlockKernels} scalar. Used only when the
 * JVM was started with {@code --add-modules jdk.incubator.vector} ({@link #AVAILABLE}); nothing
 * else in lamp refers to this class, so without the module it is never loaded.
 *
 * <p>Every sum is taken in an order fixed by n and the vector width: lane j of a row's accumulator
 * sums the products at i ≡ j (mod width), the lanes are added in lane order, then the tail; no
 * {@code reduceLanes} (whose order the API leaves open). Results are therefore the same in the
 * interpreter and in compiled code, and for any thread count.
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

    /** h[hOff + μ − from] = Σ_i a[μn + i] g[i] for μ in [from, to). */
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

    /** The lanes of s added in lane order, then the tail products a[b + i] g[i] for i in [upper, n). */
    private static double finish(DoubleVector s, double[] lanes, double[] a, int b, double[] g, int upper, int n) {
        s.intoArray(lanes, 0);
        double sum = 0;
        for (double lane : lanes) sum += lane;
        for (int i = upper; i < n; i++) sum = Math.fma(a[b + i], g[i], sum);
        return sum;
    }
}
