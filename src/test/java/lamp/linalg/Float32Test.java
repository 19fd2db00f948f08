package lamp.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * float32 products against exact (double) products of the same float inputs, within the rounding
 * bound γ_m = m·2⁻²⁴/(1 − m·2⁻²⁴) of each entry's magnitude for sums of m terms; and the float32
 * Model B update against the float64 one on the original double data: same retrieved memory (argmax)
 * for every query, same sign of every entry that is not within the float32 error of zero.
 */
class Float32Test {
    private static final double U = Math.scalb(1.0, -24);
    private static final int[][] SHAPES = {{1, 1}, {1, 9}, {7, 1}, {3, 7}, {17, 33}, {101, 257}, {1000, 784}};
    private static final int[] BATCHES = {1, 3, 17};

    private static double gamma(int m) {
        return m * U / (1 - m * U);
    }

    private static List<Blas> backends() {
        List<Blas> list = new ArrayList<>();
        list.add(Blas.java());
        if (Blas.nativeBlas() != null) list.add(Blas.nativeBlas());
        return list;
    }

    private static float[] random(int size, SplittableRandom r) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) x[i] = (float) (2 * r.nextDouble() - 1);
        return x;
    }

    private static double gaussian(SplittableRandom r) {
        double u = r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    @Test
    void productsAreWithinTheFloatRoundingBound() {
        SplittableRandom r = new SplittableRandom(1);
        for (int[] shape : SHAPES) {
            int k = shape[0], n = shape[1];
            float[] xi = random(k * n, r);
            for (int batch : BATCHES) {
                float[] q = random(batch * n, r), p = random(batch * k, r);
                for (Blas backend : backends()) {
                    String what = batch + "×" + k + "×" + n + " on " + backend;
                    float[] c = new float[batch * k];
                    Float32.multiplyBatch(backend, batch, k, n, xi, q, c);
                    for (int b = 0; b < batch; b++) {
                        for (int mu = 0; mu < k; mu++) {
                            double exact = 0, mag = 0;
                            for (int i = 0; i < n; i++) {
                                exact += (double) xi[mu * n + i] * q[b * n + i];
                                mag += Math.abs((double) xi[mu * n + i] * q[b * n + i]);
                            }
                            double err = Math.abs(c[b * k + mu] - exact);
                            assertTrue(err <= gamma(n) * mag + U * Math.abs(exact), what + " QξT[" + b + "," + mu + "] error " + err + " magnitude " + mag);
                        }
                    }
                    float[] t = new float[batch * n];
                    Float32.multiplyTransposedBatch(backend, batch, k, n, xi, p, t);
                    for (int b = 0; b < batch; b++) {
                        for (int i = 0; i < n; i++) {
                            double exact = 0, mag = 0;
                            for (int mu = 0; mu < k; mu++) {
                                exact += (double) p[b * k + mu] * xi[mu * n + i];
                                mag += Math.abs((double) p[b * k + mu] * xi[mu * n + i]);
                            }
                            double err = Math.abs(t[b * n + i] - exact);
                            assertTrue(err <= gamma(k) * mag + U * Math.abs(exact), what + " Pξ[" + b + "," + i + "] error " + err + " magnitude " + mag);
                        }
                    }
                }
            }
        }
    }

    @Test
    void softmaxRowsMatchDoubleToAFewUnitsInTheLastPlace() {
        SplittableRandom r = new SplittableRandom(2);
        int rows = 5, cols = 1001;
        float[] m = random(rows * cols, r);
        for (int i = 0; i < m.length; i++) m[i] *= 300;
        float[] copy = m.clone();
        double beta = 0.3;
        Float32.softmaxRows(beta, m, rows, cols);
        for (int row = 0; row < rows; row++) {
            double max = Double.NEGATIVE_INFINITY, s = 0;
            for (int j = 0; j < cols; j++) max = Math.max(max, copy[row * cols + j]);
            for (int j = 0; j < cols; j++) s += Math.exp(beta * (copy[row * cols + j] - max));
            for (int j = 0; j < cols; j++) {
                double p = Math.exp(beta * (copy[row * cols + j] - max)) / s;
                assertEquals(p, m[row * cols + j], 3 * U * p + Float.MIN_VALUE, "row " + row + " entry " + j);
            }
        }
    }

    /** The float64 Model B update of the double data, by plain loops. */
    private static double[] attention64(int batch, int k, int n, double[] xi, double beta, double[] q) {
        double[] out = new double[batch * n];
        double[] h = new double[k];
        for (int b = 0; b < batch; b++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int mu = 0; mu < k; mu++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += xi[mu * n + i] * q[b * n + i];
                h[mu] = s;
                max = Math.max(max, s);
            }
            double total = 0;
            for (int mu = 0; mu < k; mu++) {
                h[mu] = Math.exp(beta * (h[mu] - max));
                total += h[mu];
            }
            for (int mu = 0; mu < k; mu++) for (int i = 0; i < n; i++) out[b * n + i] += h[mu] / total * xi[mu * n + i];
        }
        return out;
    }

    private static int[] argmax(int batch, int k, int n, double[] xi, double[] q) {
        int[] best = new int[batch];
        for (int b = 0; b < batch; b++) {
            double top = Double.NEGATIVE_INFINITY;
            for (int mu = 0; mu < k; mu++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += xi[mu * n + i] * q[b * n + i];
                if (s > top) {
                    top = s;
                    best[b] = mu;
                }
            }
        }
        return best;
    }

    @Test
    void gaussianSetRetrievesWhatFloat64Retrieves() {
        // the benchmark's kind of data at a tenth of its size: Gaussian ξ and queries, β = 0.05
        SplittableRandom r = new SplittableRandom(3);
        int k = 6000, n = 784, batch = 16;
        double beta = 0.05;
        double[] xi = new double[k * n], q = new double[batch * n];
        for (int j = 0; j < xi.length; j++) xi[j] = gaussian(r);
        for (int j = 0; j < q.length; j++) q[j] = gaussian(r);
        double[] v64 = attention64(batch, k, n, xi, beta, q);
        float[] xi32 = Float32.of(xi), q32 = Float32.of(q);
        int[] best64 = argmax(batch, k, n, xi, q), best32 = argmax(batch, k, n, Float32.toDouble(xi32), Float32.toDouble(q32));
        assertArrayEquals(best64, best32, "retrieved memories");
        for (Blas backend : backends()) {
            float[] v32 = Float32.attention(backend, batch, k, n, xi32, beta, q32);
            double maxErr = 0, maxV = 0;
            for (int j = 0; j < v64.length; j++) {
                maxErr = Math.max(maxErr, Math.abs(v32[j] - v64[j]));
                maxV = Math.max(maxV, Math.abs(v64[j]));
            }
            // the stated error: below 1e-5 of the largest entry (measured about 1e-6 here)
            assertTrue(maxErr <= 1e-5 * maxV, "float32 error " + maxErr + " of " + maxV + " on " + backend);
            for (int j = 0; j < v64.length; j++) {
                if (Math.abs(v64[j]) > maxErr) assertEquals(Math.signum(v64[j]), Math.signum(v32[j]), "sign of entry " + j + " on " + backend);
            }
        }
    }

    @Test
    void binaryPatternsAreRetrievedExactlyInFloat32() {
        // ±1 memories, 20 % of a stored pattern flipped, β = 1: sign(update) is the stored pattern in both precisions
        SplittableRandom r = new SplittableRandom(4);
        int k = 2000, n = 100, batch = 12;
        double[] xi = new double[k * n], q = new double[batch * n];
        for (int j = 0; j < xi.length; j++) xi[j] = r.nextBoolean() ? 1 : -1;
        int[] stored = new int[batch];
        for (int b = 0; b < batch; b++) {
            stored[b] = r.nextInt(k);
            for (int i = 0; i < n; i++) q[b * n + i] = xi[stored[b] * n + i] * (r.nextDouble() < 0.2 ? -1 : 1);
        }
        double[] v64 = attention64(batch, k, n, xi, 1, q);
        for (Blas backend : backends()) {
            float[] v32 = Float32.attention(backend, batch, k, n, Float32.of(xi), 1, Float32.of(q));
            for (int b = 0; b < batch; b++) {
                for (int i = 0; i < n; i++) {
                    double want = xi[stored[b] * n + i];
                    assertEquals(want, Math.signum(v64[b * n + i]), "float64 query " + b + " entry " + i);
                    assertEquals(want, Math.signum(v32[b * n + i]), "float32 query " + b + " entry " + i + " on " + backend);
                }
            }
        }
    }

    @Test
    void conversionsAndBadInput() {
        assertArrayEquals(new float[] {1.5f, -2f, 0.1f}, Float32.of(new double[] {1.5, -2, 0.1}));
        assertArrayEquals(new double[] {0.1f, 3}, Float32.toDouble(new float[] {0.1f, 3}));
        assertEquals("x[1] = 1.0E300 overflows float32",
                assertThrows(IllegalArgumentException.class, () -> Float32.of(new double[] {0, 1e300})).getMessage());
        assertEquals("x[0] is NaN (must be finite)",
                assertThrows(IllegalArgumentException.class, () -> Float32.of(new double[] {Double.NaN})).getMessage());
        assertEquals("queries holds 5 values but 2 × 3 are required",
                assertThrows(IllegalArgumentException.class, () -> Float32.attention(2, 4, 3, new float[12], 1, new float[5])).getMessage());
        assertEquals("ξ holds 11 values but 4 × 3 are required",
                assertThrows(IllegalArgumentException.class, () -> Float32.multiplyBatch(1, 4, 3, new float[11], new float[3], new float[4])).getMessage());
        assertEquals("β must be finite and > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Float32.attention(1, 1, 1, new float[1], -1, new float[1])).getMessage());
    }
}
