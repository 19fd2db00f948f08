package lamp.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dense kernels on plain row-major arrays against naive loops. Tolerance: each entry within
 * 1e-12 relative to Σ|terms| of its sum (the sum's condition scale; the kernels reorder the additions).
 */
class DenseTest {
    static final double TOL = 1e-12;

    /** A K × N row-major matrix with N(0, 1) entries. */
    record Matrix(int k, int n, double[] a) {
        double get(int mu, int i) { return a[mu * n + i]; }
        int count() { return k; }
        int dimension() { return n; }
    }

    static Matrix random(Random rnd, int k, int n) {
        double[] d = new double[k * n];
        for (int i = 0; i < d.length; i++) d[i] = rnd.nextGaussian();
        return new Matrix(k, n, d);
    }

    static double[] vector(Random rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rnd.nextGaussian();
        return v;
    }

    /** Naive ξx with the absolute-term sums alongside. */
    static double[][] naiveMultiply(Matrix xi, double[] x) {
        double[] out = new double[xi.count()], abs = new double[xi.count()];
        for (int mu = 0; mu < xi.count(); mu++) {
            for (int i = 0; i < xi.dimension(); i++) {
                out[mu] += xi.get(mu, i) * x[i];
                abs[mu] += Math.abs(xi.get(mu, i) * x[i]);
            }
        }
        return new double[][] {out, abs};
    }

    static double[][] naiveMultiplyTransposed(Matrix xi, double[] y) {
        double[] out = new double[xi.dimension()], abs = new double[xi.dimension()];
        for (int i = 0; i < xi.dimension(); i++) {
            for (int mu = 0; mu < xi.count(); mu++) {
                out[i] += xi.get(mu, i) * y[mu];
                abs[i] += Math.abs(xi.get(mu, i) * y[mu]);
            }
        }
        return new double[][] {out, abs};
    }

    static void assertMatches(double[][] expectedAndScale, double[] actual, String what) {
        double[] expected = expectedAndScale[0], scale = expectedAndScale[1];
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            double err = Math.abs(actual[i] - expected[i]);
            assertTrue(err <= TOL * Math.max(scale[i], Double.MIN_NORMAL),
                    what + "[" + i + "]: expected " + expected[i] + " got " + actual[i] + " (scale " + scale[i] + ")");
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"37, 53", "53, 37", "1, 1", "1, 7", "7, 1", "5, 4", "6, 5", "3, 6", "2, 7", "100, 64"})
    void multiplyEqualsNaiveLoop(int k, int n) {
        Random rnd = new Random(41L * k + n);
        Matrix xi = random(rnd, k, n);
        for (int t = 0; t < 3; t++) {
            double[] x = vector(rnd, n);
            double[] got = Dense.multiply(k, n, xi.a(), x);
            assertMatches(naiveMultiply(xi, x), got, "ξx");
            double[] out = new double[k];
            Dense.multiply(k, n, xi.a(), x, out);
            assertArrayEquals(got, out, 0.0, "multiply into out");
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"37, 53", "53, 37", "1, 1", "1, 7", "7, 1", "5, 4", "100, 64"})
    void multiplyTransposedEqualsNaiveLoop(int k, int n) {
        Random rnd = new Random(43L * k + n);
        Matrix xi = random(rnd, k, n);
        for (int t = 0; t < 3; t++) {
            double[] y = vector(rnd, k);
            if (k > 2) y[1] = 0;   // the kernel skips zero weights: the result must not change
            double[] got = Dense.multiplyTransposed(k, n, xi.a(), y);
            assertMatches(naiveMultiplyTransposed(xi, y), got, "ξᵀy");
            double[] out = new double[n];
            Arrays.fill(out, 123);   // stale contents must be overwritten, not accumulated
            Dense.multiplyTransposed(k, n, xi.a(), y, out);
            assertArrayEquals(got, out, 0.0, "multiplyTransposed into out");
        }
    }

    @ParameterizedTest(name = "{0} × {1}, batch {2}")
    @CsvSource({"37, 53, 7", "53, 37, 1", "5, 3, 4", "8, 8, 0"})
    void batchedProductsEqualRowByRowNaiveLoops(int k, int n, int batch) {
        Random rnd = new Random(47L * k + n + batch);
        Matrix xi = random(rnd, k, n);
        double[] queries = vector(rnd, batch * n);
        double[] overlaps = Dense.multiplyBatch(k, n, xi.a(), queries, batch);
        assertEquals(batch * k, overlaps.length);
        double[] weights = vector(rnd, batch * k);
        double[] drives = Dense.multiplyTransposedBatch(k, n, xi.a(), weights, batch);
        assertEquals(batch * n, drives.length);
        for (int b = 0; b < batch; b++) {
            double[] q = Arrays.copyOfRange(queries, b * n, (b + 1) * n);
            assertMatches(naiveMultiply(xi, q), Arrays.copyOfRange(overlaps, b * k, (b + 1) * k),
                    "batch row " + b + " of Qξᵀ");
            double[] w = Arrays.copyOfRange(weights, b * k, (b + 1) * k);
            assertMatches(naiveMultiplyTransposed(xi, w), Arrays.copyOfRange(drives, b * n, (b + 1) * n),
                    "batch row " + b + " of Pξ");
        }
    }

    @Test
    void productsAreAdjoint() {
        // y·(ξx) = (ξᵀy)·x for the same ξ: the two kernels describe one matrix
        Random rnd = new Random(53);
        Matrix xi = random(rnd, 37, 53);
        double[] x = vector(rnd, 53), y = vector(rnd, 37);
        double lhs = Dense.dot(y, Dense.multiply(37, 53, xi.a(), x)), rhs = Dense.dot(Dense.multiplyTransposed(37, 53, xi.a(), y), x);
        assertEquals(lhs, rhs, 1e-12 * 37 * 53);
    }

    @Test
    void identityMemoriesActAsIdentity() {
        double[] id = new double[25];
        for (int i = 0; i < 5; i++) id[i * 5 + i] = 1;
        double[] x = {1, -2, 3.5, 0, 7};
        assertArrayEquals(x, Dense.multiply(5, 5, id, x), 0.0);
        assertArrayEquals(x, Dense.multiplyTransposed(5, 5, id, x), 0.0);
    }

    @Test
    void dotAndNorm() {
        assertEquals(32, Dense.dot(new double[] {1, 2, 3}, new double[] {4, 5, 6}), 0.0);
        assertEquals(5, Dense.norm(new double[] {3, 4}), 0.0);
        assertEquals(13, Dense.norm(new double[] {5, 0, -12}), 0.0);
        assertEquals(0, Dense.norm(new double[0]), 0.0);
        Random rnd = new Random(59);
        double[] a = vector(rnd, 101), b = vector(rnd, 101);
        double s = 0, abs = 0;
        for (int i = 0; i < 101; i++) {
            s += a[i] * b[i];
            abs += Math.abs(a[i] * b[i]);
        }
        assertEquals(s, Dense.dot(a, b), TOL * abs);
        assertEquals(Dense.dot(a, b), Dense.dot(b, a), 0.0);
        assertEquals(Math.sqrt(Dense.dot(a, a)), Dense.norm(a), 0.0);
    }

    /** softmax(βx) written out: e^{βx_μ} / Σ e^{βx_ν}, at values where nothing overflows. */
    @Test
    void softmaxAndLogSumExpMatchTheirDefinitionsAndShiftTheMaximumOut() {
        double[] x = {0, Math.log(2), Math.log(3)};
        double[] p = new double[3];
        Dense.softmax(1, x, p);
        assertArrayEquals(new double[] {1.0 / 6, 2.0 / 6, 3.0 / 6}, p, 1e-15);
        assertEquals(Math.log(6), Dense.logSumExp(1, x), 1e-15);
        // β = 2: weights ∝ 1, 4, 9
        Dense.softmax(2, x, p);
        assertArrayEquals(new double[] {1.0 / 14, 4.0 / 14, 9.0 / 14}, p, 1e-15);
        assertEquals(Math.log(14) / 2, Dense.logSumExp(2, x), 1e-15);
        // a shift by 1000 changes no weight and adds 1000 to log-sum-exp: no overflow
        double[] far = {1000, 1000 + Math.log(2), 1000 + Math.log(3)};
        Dense.softmax(1, far, far);
        assertArrayEquals(new double[] {1.0 / 6, 2.0 / 6, 3.0 / 6}, far, 1e-12);
        assertEquals(1000 + Math.log(6), Dense.logSumExp(1, new double[] {1000, 1000 + Math.log(2), 1000 + Math.log(3)}), 1e-12);
        // in place and out of place agree bit for bit
        double[] y = {0.3, -2, 7.5, 1e3}, out = new double[4];
        Dense.softmax(0.7, y, out);
        Dense.softmax(0.7, y, y);
        assertArrayEquals(out, y, 0.0);
    }

    @Test
    void transposeIsColumnMajor() {
        double[] a = {1, 2, 3, 4, 5, 6};   // 2 × 3
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, Dense.transpose(2, 3, a), 0.0);
        Random rnd = new Random(67);
        Matrix m = random(rnd, 45, 70);
        double[] t = Dense.transpose(45, 70, m.a());
        for (int mu = 0; mu < 45; mu++) for (int i = 0; i < 70; i++) assertEquals(m.get(mu, i), t[i * 45 + mu], 0.0);
    }

    /** A batch of one is the single product, bit for bit (Model B's single update is its batch of one). */
    @Test
    void batchOfOneIsTheSingleProduct() {
        Random rnd = new Random(71);
        Matrix m = random(rnd, 300, 90);
        double[] q = vector(rnd, 90), w = vector(rnd, 300);
        assertArrayEquals(Dense.multiply(300, 90, m.a(), q), Dense.multiplyBatch(300, 90, m.a(), q, 1), 0.0);
        assertArrayEquals(Dense.multiplyTransposed(300, 90, m.a(), w), Dense.multiplyTransposedBatch(300, 90, m.a(), w, 1), 0.0);
    }

    // ---- bad input ---------------------------------------------------------------------------

    static void rejects(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' does not mention '" + p + "'");
        }
    }

    @Test
    void mismatchedLengthsAreRejected() {
        double[] a = random(new Random(61), 3, 4).a();
        rejects(() -> Dense.multiply(3, 4, a, new double[5]), "length 5", "4 columns");
        rejects(() -> Dense.multiply(3, 4, a, new double[4], new double[2]), "output", "length 2", "3 rows");
        rejects(() -> Dense.multiplyTransposed(3, 4, a, new double[4]), "length 4", "3 rows");
        rejects(() -> Dense.multiplyTransposed(3, 4, a, new double[3], new double[3]), "output", "length 3", "4 columns");
        rejects(() -> Dense.multiplyBatch(3, 4, a, new double[9], 2), "9 values", "2 × 4");
        rejects(() -> Dense.multiplyTransposedBatch(3, 4, a, new double[7], 2), "7 values", "2 × 3");
        rejects(() -> Dense.multiply(4, 4, a, new double[4]), "matrix holds 12 values", "4 × 4");
        rejects(() -> Dense.multiply(-1, 4, a, new double[4]), "dimensions", "-1 × 4");
        rejects(() -> Dense.dot(new double[2], new double[3]), "lengths 2 and 3");
        rejects(() -> Dense.softmax(1, new double[0], new double[0]), "empty");
        rejects(() -> Dense.softmax(1, new double[2], new double[3]), "length 3", "input has 2");
        rejects(() -> Dense.logSumExp(1, new double[0]), "empty");
        rejects(() -> Dense.softmaxRows(1, new double[5], 2, 3), "5 values", "2 × 3");
    }
}
