package lamp.linalg;

import lamp.base.Checks;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Arrays;

/**
 * Opt-in single precision for stored memories and batched Model B retrieval: ξ (row-major K × N)
 * and the queries as float[], the two products as {@code sgemm} on the native BLAS (lamp's Java
 * loops otherwise), the row softmax in double with a vectorised exponential ({@link NegativeExp}). Half the bytes of float64
 * and twice the multiply-adds per instruction; float64 ({@link Blas}, {@link Fused}) stays the default.
 *
 * <p>Error: a float32 product of length N is within γ_N = N·2⁻²⁴/(1 − N·2⁻²⁴) of its magnitude
 * Σ|ξ_μi q_i| (tested), so a score s = ξ_μ·q moves by δ ≤ γ_N Σ|ξ_μ||q| (plus 2⁻²⁴ relative for
 * rounding ξ and q to float) and a softmax weight by a factor within e^{±2βδ}. On the benchmark set
 * (K = 60000, N = 784, β = 0.05, 256 Gaussian queries) every query's retrieved memory (the argmax
 * of its weights) and the sign of every entry of its update equal float64's; see PERFORMANCE.md
 * for the measured error.
 */
public final class Float32 {
    private Float32() {}

    /** x rounded to float (to nearest); NaN and infinities are refused. */
    public static float[] of(double[] x) {
        Checks.finite("x", x);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) x[i];
            if (Float.isInfinite(out[i])) throw new IllegalArgumentException("x[" + i + "] = " + x[i] + " overflows float32");
        }
        return out;
    }

    /** x widened to double (exact). */
    public static double[] toDouble(float[] x) {
        Checks.present("x", x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i];
        return out;
    }

    /** C = Q ξᵀ: the B × K row-major overlaps C_{bμ} = q_b·ξ_μ of B row-major queries (B × N). */
    public static void multiplyBatch(int batch, int k, int n, float[] xi, float[] q, float[] c) {
        multiplyBatch(Backends.active(), batch, k, n, xi, q, c);
    }

    /** {@link #multiplyBatch(int, int, int, float[], float[], float[])} on {@code backend} (tests compare Java and native). */
    static void multiplyBatch(Blas backend, int batch, int k, int n, float[] xi, float[] q, float[] c) {
        shape(k, n, xi);
        matrix("queries", q, batch, n);
        matrix("output", c, batch, k);
        if (batch == 0) return;
        BLAS blas = blas(backend, (long) batch * k * n);
        if (blas != null) {
            blas.sgemm("T", "N", k, batch, n, 1f, xi, n, q, n, 0f, c, k);
            return;
        }
        int parts = parts((long) batch * k * n, k);
        Parallel.forEach(parts, p -> {
            int to = Parallel.split(k, parts, p + 1, 1);
            for (int mu = Parallel.split(k, parts, p, 1); mu < to; mu++) {
                for (int b = 0; b < batch; b++) c[b * k + mu] = dot(n, xi, mu * n, q, b * n);
            }
        });
    }

    /** C = P ξ: the B × N row-major sums C_b = Σ_μ P_{bμ} ξ_μ of B row-major weight vectors (B × K). */
    public static void multiplyTransposedBatch(int batch, int k, int n, float[] xi, float[] p, float[] c) {
        multiplyTransposedBatch(Backends.active(), batch, k, n, xi, p, c);
    }

    /** {@link #multiplyTransposedBatch(int, int, int, float[], float[], float[])} on {@code backend}. */
    static void multiplyTransposedBatch(Blas backend, int batch, int k, int n, float[] xi, float[] p, float[] c) {
        shape(k, n, xi);
        matrix("weights", p, batch, k);
        matrix("output", c, batch, n);
        if (batch == 0) return;
        BLAS blas = blas(backend, (long) batch * k * n);
        if (blas != null) {
            blas.sgemm("N", "N", n, batch, k, 1f, xi, n, p, k, 0f, c, n);
            return;
        }
        int parts = parts((long) batch * k * n, batch);
        Parallel.forEach(parts, part -> {
            int to = Parallel.split(batch, parts, part + 1, 1);
            for (int b = Parallel.split(batch, parts, part, 1); b < to; b++) {
                Arrays.fill(c, b * n, (b + 1) * n, 0f);
                for (int mu = 0; mu < k; mu++) {
                    float w = p[b * k + mu];
                    if (w == 0) continue;
                    int row = mu * n, out = b * n;
                    for (int i = 0; i < n; i++) c[out + i] += w * xi[row + i];
                }
            }
        });
    }

    /**
     * Row softmax in place: each of the {@code rows} rows of length {@code cols} becomes
     * e^{β(x − max)} / Σ e^{β(x − max)}, computed in double on a copy of the row, with the exponential
     * of {@link NegativeExp} (relative error below 4·10⁻⁹, where Math.exp would leave the loop scalar)
     * and rounded once to float. Rows are spread over the {@link Parallel} threads.
     */
    public static void softmaxRows(double beta, float[] m, int rows, int cols) {
        Checks.positive("β", beta);
        matrix("matrix", m, rows, cols);
        int parts = parts((long) rows * cols * 8, rows);
        Parallel.forEach(parts, p -> {
            double[] row = new double[cols];
            int to = Parallel.split(rows, parts, p + 1, 1);
            for (int r = Parallel.split(rows, parts, p, 1); r < to; r++) softmax(beta, m, r * cols, cols, row);
        });
    }

    private static void softmax(double beta, float[] m, int off, int len, double[] row) {
        double max = max(m, off, len);
        for (int i = 0; i < len; i++) row[i] = beta * (m[off + i] - max);
        NegativeExp.inPlace(row, len);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += row[i];
            s1 += row[i + 1];
            s2 += row[i + 2];
            s3 += row[i + 3];
        }
        for (; i < len; i++) s0 += row[i];
        double inv = 1 / ((s0 + s1) + (s2 + s3)); // a NaN entry makes the sum, and so every weight, NaN
        for (i = 0; i < len; i++) m[off + i] = (float) (row[i] * inv);
    }

    /** The largest of m[off …] (NaNs skipped here; they reach the sum), with four running maxima. */
    private static double max(float[] m, int off, int len) {
        float a = Float.NEGATIVE_INFINITY, b = a, c = a, d = a;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            float x0 = m[off + i], x1 = m[off + i + 1], x2 = m[off + i + 2], x3 = m[off + i + 3];
            a = x0 > a ? x0 : a;
            b = x1 > b ? x1 : b;
            c = x2 > c ? x2 : c;
            d = x3 > d ? x3 : d;
        }
        for (; i < len; i++) a = m[off + i] > a ? m[off + i] : a;
        return Math.max(Math.max(a, b), Math.max(c, d));
    }

    /**
     * The batched Model B update (M11) in float32: row b of the result is ξᵀ softmax(β ξ q_b) for
     * the B row-major queries q (B × N); returns the B × N row-major updates.
     */
    public static float[] attention(int batch, int k, int n, float[] xi, double beta, float[] q) {
        return attention(Backends.active(), batch, k, n, xi, beta, q);
    }

    /** {@link #attention(int, int, int, float[], double, float[])} on {@code backend}. */
    static float[] attention(Blas backend, int batch, int k, int n, float[] xi, double beta, float[] q) {
        Checks.positive("β", beta);
        shape(k, n, xi);
        matrix("queries", q, batch, n);
        float[] scores = new float[Math.multiplyExact(batch, k)];
        multiplyBatch(backend, batch, k, n, xi, q, scores);
        softmaxRows(beta, scores, batch, k);
        float[] out = new float[Math.multiplyExact(batch, n)];
        multiplyTransposedBatch(backend, batch, k, n, xi, scores, out);
        return out;
    }

    // --- helpers -------------------------------------------------------------------------------

    private static BLAS blas(Blas backend, long work) {
        if (work < Thresholds.NATIVE_MIN) return null;
        return backend instanceof NativeBlas ? ((NativeBlas) backend).netlib() : null;
    }

    private static int parts(long work, int units) {
        return Thresholds.parts(work, Thresholds.PARALLEL_MIN, units);
    }

    /** Float dot product with four partial sums (the order sgemm's kernels use is of the same kind). */
    private static float dot(int n, float[] a, int ao, float[] q, int qo) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[ao + i] * q[qo + i];
            s1 += a[ao + i + 1] * q[qo + i + 1];
            s2 += a[ao + i + 2] * q[qo + i + 2];
            s3 += a[ao + i + 3] * q[qo + i + 3];
        }
        for (; i < n; i++) s0 += a[ao + i] * q[qo + i];
        return (s0 + s1) + (s2 + s3);
    }

    private static void shape(int k, int n, float[] xi) {
        if (k < 1 || n < 1) throw new IllegalArgumentException("ξ must have at least one row and one column, got " + k + " × " + n);
        if (xi == null) throw new IllegalArgumentException("ξ is null");
        if (xi.length != (long) k * n) throw new IllegalArgumentException("ξ holds " + xi.length + " values but " + k + " × " + n + " are required");
    }

    private static void matrix(String name, float[] x, int rows, int cols) {
        if (x == null) throw new IllegalArgumentException(name + " is null");
        if (rows < 0 || x.length != (long) rows * cols) throw new IllegalArgumentException(name + " holds " + x.length + " values but " + rows + " × " + cols + " are required");
    }
}
