package lamp.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The dense backends against a plain triple loop and against each other. "Agree to 1e-12
 * relative" means |a − b| ≤ 1e-12 · Σ|terms| per entry: the magnitude of the sum, which is what
 * rounding errors scale with (an entry that cancels to near zero has no relative accuracy to lose).
 */
class BlasBackendTest {
    private static final int[][] SHAPES = {{1, 1}, {1, 9}, {7, 1}, {3, 7}, {17, 33}, {64, 64}, {101, 257}, {333, 784}, {1000, 784}};
    private static final int[] BATCHES = {1, 2, 3, 7, 64};

    private static double[] random(int size, SplittableRandom r) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) x[i] = 2 * r.nextDouble() - 1;
        return x;
    }

    /** Reference y = A x and its magnitude Σ|A||x|. */
    private static double[][] refMultiply(int k, int n, double[] a, double[] x) {
        double[] y = new double[k], mag = new double[k];
        for (int mu = 0; mu < k; mu++) {
            for (int i = 0; i < n; i++) {
                y[mu] += a[mu * n + i] * x[i];
                mag[mu] += Math.abs(a[mu * n + i] * x[i]);
            }
        }
        return new double[][] {y, mag};
    }

    private static double[][] refTransposed(int k, int n, double[] a, double[] x) {
        double[] y = new double[n], mag = new double[n];
        for (int mu = 0; mu < k; mu++) {
            for (int i = 0; i < n; i++) {
                y[i] += a[mu * n + i] * x[mu];
                mag[i] += Math.abs(a[mu * n + i] * x[mu]);
            }
        }
        return new double[][] {y, mag};
    }

    private static void assertClose(String what, double[] expected, double[] magnitude, double[] actual) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int j = 0; j < expected.length; j++) {
            double tol = 1e-12 * magnitude[j] + Double.MIN_VALUE;
            assertTrue(Math.abs(expected[j] - actual[j]) <= tol,
                    what + " entry " + j + ": expected " + expected[j] + ", got " + actual[j] + " (tolerance " + tol + ")");
        }
    }

    /** Runs every product of {@code blas} on every shape and batch and checks it against the loops. */
    private static void checkAgainstLoops(Blas blas) {
        SplittableRandom r = new SplittableRandom(11);
        for (int[] shape : SHAPES) {
            int k = shape[0], n = shape[1];
            double[] a = random(k * n, r), x = random(n, r), w = random(k, r);
            String at = blas.description() + " " + k + "×" + n;
            double[] y = new double[k];
            blas.multiply(k, n, a, x, y);
            double[][] ref = refMultiply(k, n, a, x);
            assertClose(at + " A x", ref[0], ref[1], y);

            double[] z = new double[n];
            blas.multiplyTransposed(k, n, a, w, z);
            ref = refTransposed(k, n, a, w);
            assertClose(at + " Aᵀ x", ref[0], ref[1], z);

            for (int b : BATCHES) {
                double[] q = random(b * n, r), p = random(b * k, r);
                double[] c = new double[b * k], d = new double[b * n];
                blas.multiplyBatch(b, k, n, a, q, c);
                blas.multiplyTransposedBatch(b, k, n, a, p, d);
                for (int row = 0; row < b; row++) {
                    double[] qr = Arrays.copyOfRange(q, row * n, (row + 1) * n);
                    double[] pr = Arrays.copyOfRange(p, row * k, (row + 1) * k);
                    ref = refMultiply(k, n, a, qr);
                    assertClose(at + " batch " + b + " row " + row + " Q Aᵀ", ref[0], ref[1], Arrays.copyOfRange(c, row * k, (row + 1) * k));
                    ref = refTransposed(k, n, a, pr);
                    assertClose(at + " batch " + b + " row " + row + " P A", ref[0], ref[1], Arrays.copyOfRange(d, row * n, (row + 1) * n));
                }
            }
        }
    }

    @Test
    void javaKernelsMatchPlainLoops() {
        checkAgainstLoops(Blas.java());
    }

    @Test
    void nativeKernelsMatchPlainLoops() {
        assumeTrue(Blas.nativeBlas() != null, "no native BLAS on this machine");
        checkAgainstLoops(Blas.nativeBlas());
    }

    @Test
    void nativeAndJavaAgreeTo1e12Relative() {
        Blas nat = Blas.nativeBlas();
        assumeTrue(nat != null, "no native BLAS on this machine");
        Blas jav = Blas.java();
        SplittableRandom r = new SplittableRandom(12);
        for (int[] shape : new int[][] {{5, 3}, {129, 67}, {1000, 784}, {2501, 97}}) {
            int k = shape[0], n = shape[1];
            double[] a = random(k * n, r), x = random(n, r), w = random(k, r);
            double[] magK = refMultiply(k, n, abs(a), abs(x))[0], magN = refTransposed(k, n, abs(a), abs(w))[0];
            double[] y1 = new double[k], y2 = new double[k], z1 = new double[n], z2 = new double[n];
            nat.multiply(k, n, a, x, y1);
            jav.multiply(k, n, a, x, y2);
            assertClose("ξg " + k + "×" + n, y1, magK, y2);
            nat.multiplyTransposed(k, n, a, w, z1);
            jav.multiplyTransposed(k, n, a, w, z2);
            assertClose("ξᵀf " + k + "×" + n, z1, magN, z2);
            for (int b : new int[] {1, 3, 64, 65}) {
                double[] q = random(b * n, r), p = random(b * k, r);
                double[] c1 = new double[b * k], c2 = new double[b * k], d1 = new double[b * n], d2 = new double[b * n];
                nat.multiplyBatch(b, k, n, a, q, c1);
                jav.multiplyBatch(b, k, n, a, q, c2);
                nat.multiplyTransposedBatch(b, k, n, a, p, d1);
                jav.multiplyTransposedBatch(b, k, n, a, p, d2);
                double[] magC = new double[b * k], magD = new double[b * n];
                for (int row = 0; row < b; row++) {
                    System.arraycopy(refMultiply(k, n, abs(a), abs(Arrays.copyOfRange(q, row * n, (row + 1) * n)))[0], 0, magC, row * k, k);
                    System.arraycopy(refTransposed(k, n, abs(a), abs(Arrays.copyOfRange(p, row * k, (row + 1) * k)))[0], 0, magD, row * n, n);
                }
                assertClose("Q ξᵀ batch " + b, c1, magC, c2);
                assertClose("P ξ batch " + b, d1, magD, d2);
            }
        }
    }

    private static double[] abs(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = Math.abs(x[i]);
        return y;
    }

    /** Work done inside a parallel part runs on one thread; it must give the same bits as when split. */
    @Test
    void javaKernelsGiveTheSameBitsOnOneThreadAndOnAll() {
        SplittableRandom r = new SplittableRandom(13);
        int k = 1203, n = 517, b = 9;
        double[] a = random(k * n, r), x = random(n, r), w = random(k, r), q = random(b * n, r), p = random(b * k, r);
        double[][] split = products(k, n, b, a, x, w, q, p);
        double[][][] single = new double[1][][];
        Parallel.forEach(2, part -> {
            if (part == 0) single[0] = products(k, n, b, a, x, w, q, p);
        });
        for (int j = 0; j < split.length; j++) assertArrayEquals(split[j], single[0][j], 0.0, "product " + j);
    }

    private static double[][] products(int k, int n, int b, double[] a, double[] x, double[] w, double[] q, double[] p) {
        Blas jav = Blas.java();
        double[] y = new double[k], z = new double[n], c = new double[b * k], d = new double[b * n];
        jav.multiply(k, n, a, x, y);
        jav.multiplyTransposed(k, n, a, w, z);
        jav.multiplyBatch(b, k, n, a, q, c);
        jav.multiplyTransposedBatch(b, k, n, a, p, d);
        return new double[][] {y, z, c, d};
    }

    @Test
    void denseUsesTheActiveBackendAndMatchesLoops() {
        Blas active = Dense.backend();
        assertNotNull(active);
        assertTrue(!active.description().isBlank());
        SplittableRandom r = new SplittableRandom(14);
        int k = 300, n = 211;
        double[] a = random(k * n, r), x = random(n, r), w = random(k, r);
        double[][] ref = refMultiply(k, n, a, x);
        assertClose("Dense.multiply", ref[0], ref[1], Dense.multiply(k, n, a, x));
        ref = refTransposed(k, n, a, w);
        assertClose("Dense.multiplyTransposed", ref[0], ref[1], Dense.multiplyTransposed(k, n, a, w));
    }

    @Test
    void rowSoftmaxIsTheSameArithmeticAsTheSingleSoftmax() {
        SplittableRandom r = new SplittableRandom(15);
        int rows = 37, cols = 4001;
        double[] m = random(rows * cols, r);
        for (int j = 0; j < m.length; j++) m[j] *= 50;
        double[] expected = new double[m.length];
        for (int row = 0; row < rows; row++) {
            double[] x = Arrays.copyOfRange(m, row * cols, (row + 1) * cols);
            Dense.softmax(3.5, x, x);
            System.arraycopy(x, 0, expected, row * cols, cols);
        }
        Dense.softmaxRows(3.5, m, rows, cols);
        assertArrayEquals(expected, m, 0.0);
    }
}
