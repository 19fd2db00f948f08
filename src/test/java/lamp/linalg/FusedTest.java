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
 * The single-pass kernels against the two-pass form written as plain loops (ξg, then F′ or the
 * max-shifted softmax, then ξᵀf), on the Java path and, where libblas.so.3 loads, the native one.
 * "Within 1e-12 relative" means |a − b| ≤ 1e-12 · Σ_μ|ξ_μi f_μ| per entry (the magnitude of the
 * sum, which rounding errors scale with), as in BlasBackendTest. Shapes include K below one block,
 * K = 1, N = 1, sizes that are no multiple of any block or chunk, and N above the native block limit.
 */
class FusedTest {
    private static final int[][] SHAPES = {{1, 1}, {1, 784}, {3, 5}, {7, 1}, {5, 784}, {12, 784}, {13, 97}, {100, 3},
                                           {1000, 784}, {2053, 97}, {4099, 33}, {333, 2500}, {60, 9300}};
    private static final BlockActivation RECTIFIED_SQUARE = (h, f, from, to) -> {
        for (int mu = from; mu < to; mu++) {
            double x = Math.max(h[mu], 0);
            f[mu] = x * x;
        }
    };
    private static final BlockActivation TANH = (h, f, from, to) -> {
        for (int mu = from; mu < to; mu++) f[mu] = Math.tanh(h[mu]);
    };

    private static double[] random(int size, double scale, SplittableRandom r) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) x[i] = scale * (2 * r.nextDouble() - 1);
        return x;
    }

    /** Every path this JVM can run: Java always, native with a native BLAS, vector with the vector API. */
    private static List<Fused.Path> backends() {
        List<Fused.Path> list = new ArrayList<>();
        list.add(Fused.Path.JAVA);
        if (Blas.nativeBlas() != null) list.add(Fused.Path.NATIVE);
        if (Backends.vector()) list.add(Fused.Path.VECTOR);
        return list;
    }

    @Test
    void theTestJvmRunsTheVectorPath() {
        // surefire starts the JVM with --add-modules jdk.incubator.vector (pom.xml), as the kernel and
        // the benchmarks do; without it the vector path would go untested here
        assertTrue(Backends.vector(), "the vector API is not in use: " + Backends.vectorDescription());
        assertEquals(Fused.Path.VECTOR, Fused.Path.best());
        assertEquals(1L << 19, Dense.singlePassMin());
    }

    /** ξg by plain loops. */
    private static double[] overlaps(int k, int n, double[] xi, double[] g) {
        double[] h = new double[k];
        for (int mu = 0; mu < k; mu++) for (int i = 0; i < n; i++) h[mu] += xi[mu * n + i] * g[i];
        return h;
    }

    /** {ξᵀf, Σ_μ|ξ_μi f_μ|} by plain loops. */
    private static double[][] transposed(int k, int n, double[] xi, double[] f) {
        double[] out = new double[n], mag = new double[n];
        for (int mu = 0; mu < k; mu++) {
            for (int i = 0; i < n; i++) {
                out[i] += xi[mu * n + i] * f[mu];
                mag[i] += Math.abs(xi[mu * n + i] * f[mu]);
            }
        }
        return new double[][] {out, mag};
    }

    private static void assertClose(String what, double[] expected, double[] magnitude, double[] actual, double rel) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int j = 0; j < expected.length; j++) {
            double tol = rel * magnitude[j] + Double.MIN_VALUE;
            assertTrue(Math.abs(expected[j] - actual[j]) <= tol,
                    what + " entry " + j + ": expected " + expected[j] + ", got " + actual[j] + " (tolerance " + tol + ")");
        }
    }

    private static double[] abs(int k, double[] h, double[] g, int n, double[] xi) {
        double[] mag = new double[k];
        for (int mu = 0; mu < k; mu++) for (int i = 0; i < n; i++) mag[mu] += Math.abs(xi[mu * n + i] * g[i]);
        return mag;
    }

    @Test
    void additiveEqualsTheTwoPassForm() {
        SplittableRandom r = new SplittableRandom(1);
        for (int[] shape : SHAPES) {
            int k = shape[0], n = shape[1];
            double[] xi = random(k * n, 1, r), g = random(n, 1, r);
            double[] hRef = overlaps(k, n, xi, g);
            for (BlockActivation act : new BlockActivation[] {RECTIFIED_SQUARE, TANH}) {
                double[] fRef = new double[k];
                act.apply(hRef, fRef, 0, k);
                double[][] ref = transposed(k, n, xi, fRef);
                for (Fused.Path backend : backends()) {
                    String what = k + "×" + n + " on " + backend;
                    double[] h = new double[k], f = new double[k], out = new double[n];
                    Fused.additive(backend, k, n, xi, g, act, h, f, out);
                    assertClose(what + " h", hRef, abs(k, hRef, g, n, xi), h, 1e-12);
                    assertClose(what + " out", ref[0], ref[1], out, 1e-12);
                }
            }
        }
    }

    @Test
    void additivePublicEntryPointUsesTheActiveBackend() {
        SplittableRandom r = new SplittableRandom(2);
        int k = 2500, n = 784;
        double[] xi = random(k * n, 1, r), g = random(n, 1, r);
        double[] fRef = new double[k];
        RECTIFIED_SQUARE.apply(overlaps(k, n, xi, g), fRef, 0, k);
        double[][] ref = transposed(k, n, xi, fRef);
        double[] out = new double[n];
        assertTrue(Dense.singlePass(k, n), "2500 × 784 takes the single pass");
        Dense.additiveDrive(k, n, xi, g, RECTIFIED_SQUARE, new double[k], new double[k], out);
        assertClose("additive", ref[0], ref[1], out, 1e-12);
    }

    @Test
    void singleProductsOnTheVectorPathEqualPlainLoops() {
        // Dense.multiply / multiplyTransposed take this path for 2¹⁹ ≤ K·N < 2²² entries
        SplittableRandom r = new SplittableRandom(9);
        for (int[] shape : new int[][] {{5407, 97}, {677, 797}, {14, 40001}, {1000, 784}}) {
            int k = shape[0], n = shape[1];
            double[] xi = random(k * n, 1, r), g = random(n, 1, r), f = random(k, 1, r);
            double[] hRef = overlaps(k, n, xi, g);
            double[][] ref = transposed(k, n, xi, f);
            double[] h = new double[k], out = new double[n], hDense = new double[k], outDense = new double[n];
            Fused.multiply(k, n, xi, g, h);
            Fused.multiplyTransposed(k, n, xi, f, out);
            assertClose(k + "×" + n + " ξg", hRef, abs(k, hRef, g, n, xi), h, 1e-12);
            assertClose(k + "×" + n + " ξᵀf", ref[0], ref[1], out, 1e-12);
            Dense.multiply(k, n, xi, g, hDense);
            Dense.multiplyTransposed(k, n, xi, f, outDense);
            assertArrayEquals(h, hDense, k + "×" + n + ": Dense.multiply takes the vector path");
            assertArrayEquals(out, outDense, k + "×" + n + ": Dense.multiplyTransposed takes the vector path");
        }
    }

    @Test
    void pairEqualsBothProducts() {
        SplittableRandom r = new SplittableRandom(3);
        for (int[] shape : SHAPES) {
            int k = shape[0], n = shape[1];
            double[] xi = random(k * n, 1, r), g = random(n, 1, r), f = random(k, 1, r);
            for (int mu = 0; mu < k; mu += 3) f[mu] = 0; // zero weights are skipped: still exact
            double[] hRef = overlaps(k, n, xi, g);
            double[][] ref = transposed(k, n, xi, f);
            for (Fused.Path backend : backends()) {
                double[] h = new double[k], out = new double[n];
                Fused.pair(backend, k, n, xi, g, f, h, out);
                assertClose(k + "×" + n + " h on " + backend, hRef, abs(k, hRef, g, n, xi), h, 1e-12);
                assertClose(k + "×" + n + " out on " + backend, ref[0], ref[1], out, 1e-12);
            }
        }
    }

    /** The two-pass softmax as LogSumExp computes it: p = e^{β(h − max)} / Σ, out = Σ p_μ ξ_μ; returns {out, magnitude, {lse}}. */
    private static double[][] twoPassSoftmax(int k, int n, double[] xi, double beta, double[] q) {
        double[] h = overlaps(k, n, xi, q);
        double max = Double.NEGATIVE_INFINITY;
        for (double x : h) max = Math.max(max, x);
        double s = 0;
        double[] p = new double[k];
        for (int mu = 0; mu < k; mu++) {
            p[mu] = Math.exp(beta * (h[mu] - max));
            s += p[mu];
        }
        for (int mu = 0; mu < k; mu++) p[mu] /= s;
        double[][] ref = transposed(k, n, xi, p);
        return new double[][] {ref[0], ref[1], {max + Math.log(s) / beta}};
    }

    private static void checkSoftmax(String what, int k, int n, double[] xi, double beta, double[] q) {
        double[][] ref = twoPassSoftmax(k, n, xi, beta, q);
        for (Fused.Path backend : backends()) {
            double[] out = new double[n];
            double lse = Fused.logSumExp(backend, k, n, xi, beta, q, out);
            assertClose(what + " on " + backend, ref[0], ref[1], out, 1e-12);
            double lseRef = ref[2][0];
            assertEquals(lseRef, lse, 1e-12 * Math.max(1, Math.abs(lseRef)), what + " log-sum-exp on " + backend);
        }
    }

    @Test
    void logSumExpEqualsTheTwoPassSoftmax() {
        SplittableRandom r = new SplittableRandom(4);
        for (int[] shape : SHAPES) {
            int k = shape[0], n = shape[1];
            double[] xi = random(k * n, 1, r), q = random(n, 1, r);
            for (double beta : new double[] {0.05, 1, 20}) checkSoftmax(k + "×" + n + " β=" + beta, k, n, xi, beta, q);
        }
    }

    @Test
    void logSumExpAtExtremeInverseTemperatures() {
        SplittableRandom r = new SplittableRandom(5);
        int k = 3001, n = 97;
        double[] xi = random(k * n, 1, r), q = random(n, 1, r);
        for (double beta : new double[] {1e-300, 1e-9, 1e3, 1e8, 1e300}) checkSoftmax("β=" + beta, k, n, xi, beta, q);
        // β → 0: the plain average of the memories
        double[] out = new double[n], mean = new double[n];
        Fused.logSumExp(k, n, xi, 1e-300, q, out);
        for (int mu = 0; mu < k; mu++) for (int i = 0; i < n; i++) mean[i] += xi[mu * n + i] / k;
        assertArrayEquals(mean, out, 1e-14);
        // β large: the memory with the largest overlap
        double[] h = overlaps(k, n, xi, q);
        int best = 0;
        for (int mu = 1; mu < k; mu++) if (h[mu] > h[best]) best = mu;
        Fused.logSumExp(k, n, xi, 1e300, q, out);
        for (int i = 0; i < n; i++) assertEquals(xi[best * n + i], out[i], 0.0, "entry " + i);
    }

    @Test
    void logSumExpOfHugeOverlapsDoesNotOverflow() {
        SplittableRandom r = new SplittableRandom(6);
        int k = 2000, n = 64;
        double[] xi = random(k * n, 1e150, r), q = random(n, 1e150, r); // overlaps near 1e300
        checkSoftmax("overlaps ~1e300", k, n, xi, 1, q);
        double[] out = new double[n];
        double lse = Fused.logSumExp(k, n, xi, 1, q, out);
        assertTrue(Double.isFinite(lse), "log-sum-exp " + lse);
        for (double x : out) assertTrue(Double.isFinite(x), "entry " + x);
    }

    @Test
    void logSumExpRescalesWhenTheMaximumKeepsGrowing() {
        // overlaps increase with μ, so every block raises the running maximum; β small keeps all rows in
        int k = 5000, n = 16;
        double[] xi = new double[k * n], q = new double[n];
        SplittableRandom r = new SplittableRandom(7);
        for (int mu = 0; mu < k; mu++) {
            xi[mu * n] = mu * 1e-2;
            for (int i = 1; i < n; i++) xi[mu * n + i] = 2 * r.nextDouble() - 1;
        }
        q[0] = 1;
        for (double beta : new double[] {1e-3, 0.1, 10}) checkSoftmax("increasing overlaps β=" + beta, k, n, xi, beta, q);
    }

    @Test
    void logSumExpLeavesOutOnlyNegligibleWeights() {
        // one memory far above the rest at β = 1: all others have weight < e^-64 and are not accumulated;
        // the result still equals the two-pass form to 1e-12 of each entry's magnitude
        SplittableRandom r = new SplittableRandom(8);
        int k = 4000, n = 784;
        double[] xi = random(k * n, 1, r);
        double[] q = new double[n];
        for (int i = 0; i < n; i++) q[i] = xi[17 * n + i] * 3; // overlap with memory 17 ≈ 784, others ≈ ±30
        checkSoftmax("peaked", k, n, xi, 1, q);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        SplittableRandom r = new SplittableRandom(9);
        int k = 20000, n = 300;
        double[] xi = random(k * n, 1, r), g = random(n, 0.2, r), f = random(k, 1, r);
        for (Fused.Path backend : backends()) {
            double[] hTop = new double[k], fTop = new double[k], outTop = new double[n], lseTop = new double[n], pairH = new double[k], pairOut = new double[n];
            Fused.additive(backend, k, n, xi, g, TANH, hTop, fTop, outTop);
            double lse = Fused.logSumExp(backend, k, n, xi, 3, g, lseTop);
            Fused.pair(backend, k, n, xi, g, f, pairH, pairOut);
            // inside a parallel part every call runs on one thread
            double[][] nested = new double[6][];
            double[] lseNested = new double[1];
            Parallel.forEach(2, p -> {
                if (p != 0) return;
                nested[0] = new double[k];
                nested[1] = new double[k];
                nested[2] = new double[n];
                Fused.additive(backend, k, n, xi, g, TANH, nested[0], nested[1], nested[2]);
                nested[3] = new double[n];
                lseNested[0] = Fused.logSumExp(backend, k, n, xi, 3, g, nested[3]);
                nested[4] = new double[k];
                nested[5] = new double[n];
                Fused.pair(backend, k, n, xi, g, f, nested[4], nested[5]);
            });
            assertArrayEquals(hTop, nested[0], 0.0, "additive h on " + backend);
            assertArrayEquals(outTop, nested[2], 0.0, "additive out on " + backend);
            assertArrayEquals(lseTop, nested[3], 0.0, "logSumExp out on " + backend);
            assertEquals(lse, lseNested[0], 0.0, "logSumExp value on " + backend);
            assertArrayEquals(pairH, nested[4], 0.0, "pair h on " + backend);
            assertArrayEquals(pairOut, nested[5], 0.0, "pair out on " + backend);
        }
    }

    @Test
    void badInputIsNamedByTheEntryPoints() {
        double[] xi = new double[6], g = new double[3], h = new double[2], f = new double[2], out = new double[3];
        assertEquals("matrix holds 6 values but 3 × 3 are required",
                assertThrows(IllegalArgumentException.class, () -> Dense.additiveDrive(3, 3, xi, g, TANH, h, f, out)).getMessage());
        assertEquals("g has length 2 but 3 is required",
                assertThrows(IllegalArgumentException.class, () -> Dense.additiveDrive(2, 3, xi, new double[2], TANH, h, f, out)).getMessage());
        assertEquals("h has length 3 but 2 is required",
                assertThrows(IllegalArgumentException.class, () -> Dense.additiveDrive(2, 3, xi, g, TANH, new double[3], f, out)).getMessage());
        assertEquals("out has length 2 but 3 is required",
                assertThrows(IllegalArgumentException.class, () -> Dense.pair(2, 3, xi, g, f, h, new double[2])).getMessage());
        assertEquals("the block activation F′ is null",
                assertThrows(IllegalArgumentException.class, () -> Dense.additiveDrive(2, 3, xi, g, null, h, f, out)).getMessage());
        assertEquals("β must be finite and > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> Dense.softmaxDrive(2, 3, xi, 0, g, h, out)).getMessage());
    }

    @Test
    void aNonFiniteInputTakesTheTwoPassFormOnEverySize() {
        // one pass needs finite inputs; a NaN is carried through as the two products compute it
        SplittableRandom r = new SplittableRandom(8);
        int k = 2500, n = 784;
        double[] xi = random(k * n, 1, r), q = random(n, 1, r), out = new double[n];
        q[5] = Double.NaN;
        assertTrue(Dense.singlePass(k, n));
        double lse = Dense.softmaxDrive(k, n, xi, 1, q, new double[k], out);
        assertTrue(Double.isNaN(lse));
        for (double x : out) assertTrue(Double.isNaN(x));
    }
}
