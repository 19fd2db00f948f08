package lamp.lagrangian;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/** Finite differences, random points and tolerance-aware comparisons shared by the Lagrangian tests. */
final class Numerics {
    private Numerics() {}

    /** Step of the central differences (THEORY.md §5 uses 1e-6). */
    static final double STEP = 1e-6;

    /** Central finite-difference gradient of L at x. */
    static double[] gradient(Lagrangian l, double[] x) {
        int n = x.length;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = x.clone(), m = x.clone();
            p[i] += STEP;
            m[i] -= STEP;
            g[i] = (l.value(p) - l.value(m)) / (2 * STEP);
        }
        return g;
    }

    /** Central finite-difference Jacobian J[i][j] = ∂a_i/∂x_j of the activation a at x. */
    static double[][] jacobian(Lagrangian l, double[] x) {
        int n = x.length;
        double[][] j = new double[n][n];
        for (int c = 0; c < n; c++) {
            double[] p = x.clone(), m = x.clone();
            p[c] += STEP;
            m[c] -= STEP;
            double[] ap = l.activation(p), am = l.activation(m);
            for (int r = 0; r < n; r++) j[r][c] = (ap[r] - am[r]) / (2 * STEP);
        }
        return j;
    }

    /**
     * A point with entries uniform in [−2, 2]; entries within {@code avoid} of 0 are drawn again
     * (the kinks of the rectified powers and of |x|).
     */
    static double[] point(Random rnd, int n, double avoid) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            do {
                x[i] = 4 * rnd.nextDouble() - 2;
            } while (Math.abs(x[i]) < avoid);
        }
        return x;
    }

    static double[] gaussian(Random rnd, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = rnd.nextGaussian();
        return x;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }

    static double maxAbs(double[][] a) {
        double m = 0;
        for (double[] r : a) m = Math.max(m, maxAbs(r));
        return m;
    }

    static double[] times(double[][] a, double[] u) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < u.length; j++) s += a[i][j] * u[j];
            out[i] = s;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /**
     * Asserts |actual_i − expected_i| ≤ tol · max(1, ‖expected‖∞) for every i: relative to the
     * vector's scale, absolute for vectors of order one or smaller.
     */
    static void assertClose(double[] expected, double[] actual, double tol, String what) {
        assertTrue(expected.length == actual.length, what + ": lengths " + expected.length + " vs " + actual.length);
        double scale = Math.max(1, maxAbs(expected));
        for (int i = 0; i < expected.length; i++) {
            double err = Math.abs(actual[i] - expected[i]);
            assertTrue(err <= tol * scale, what + "[" + i + "]: expected " + expected[i] + " got " + actual[i]
                    + " (error " + err + " > " + tol + " × " + scale + ")");
        }
    }

    /** Matrix version of {@link #assertClose(double[], double[], double, String)}, scale max|expected|. */
    static void assertClose(double[][] expected, double[][] actual, double tol, String what) {
        double scale = Math.max(1, maxAbs(expected));
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double err = Math.abs(actual[i][j] - expected[i][j]);
                assertTrue(err <= tol * scale, what + "[" + i + "][" + j + "]: expected " + expected[i][j]
                        + " got " + actual[i][j] + " (error " + err + " > " + tol + " × " + scale + ")");
            }
        }
    }

    /** |actual − expected| ≤ tol·|expected| (pure relative; expected ≠ 0). */
    static void assertRelative(double expected, double actual, double tol, String what) {
        double err = Math.abs(actual - expected);
        assertTrue(err <= tol * Math.abs(expected), what + ": expected " + expected + " got " + actual
                + " (relative error " + err / Math.abs(expected) + " > " + tol + ")");
    }
}
