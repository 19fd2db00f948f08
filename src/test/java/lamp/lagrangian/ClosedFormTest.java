package lamp.lagrangian;

import static lamp.lagrangian.Numerics.assertClose;
import static lamp.lagrangian.Numerics.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact values of THEORY.md §5 (relative tolerance 1e-9), check 11, and the closed-form
 * structure of the log-sum-exp, spherical and layer-norm Hessians.
 */
class ClosedFormTest {
    static final double EXACT = 1e-9;

    // ---- THEORY.md §5 exact values -------------------------------------------------------------

    @Test
    void logSumExpExactValuesOfMathSection5() {
        Lagrangian l = Lagrangians.logSumExp(1);
        double[] x = {0, Math.log(2), Math.log(3)};
        assertRelative(Math.log(6), l.value(x), EXACT, "L");
        assertRelative(1.791759469228055, l.value(x), EXACT, "L (THEORY.md literal)");
        double[] p = l.activation(x);
        double[] expectedP = {1.0 / 6, 1.0 / 3, 1.0 / 2};
        for (int i = 0; i < 3; i++) assertRelative(expectedP[i], p[i], EXACT, "activation[" + i + "]");
        double[][] h36 = {{5, -2, -3}, {-2, 8, -6}, {-3, -6, 9}};
        double[][] h = l.hessian(x);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) assertRelative(h36[i][j], 36 * h[i][j], EXACT, "36·H[" + i + "][" + j + "]");
        }
    }

    @Test
    void layerNormExactValuesOfMathSection5() {
        Lagrangian l = Lagrangians.layerNorm(1, 0);
        double[] x = {1, 2, 3, 4};
        assertRelative(2 * Math.sqrt(5), l.value(x), EXACT, "L");
        assertRelative(4.47213595499958, l.value(x), EXACT, "L (THEORY.md literal)");
        double[] a = l.activation(x);
        double[] expected = {-3, -1, 1, 3};
        for (int i = 0; i < 4; i++) assertRelative(expected[i] / Math.sqrt(5), a[i], EXACT, "activation[" + i + "]");
    }

    // ---- THEORY.md §5 check 11 and the log-sum-exp Hessian ---------------------------------------

    @ParameterizedTest(name = "β = {0}")
    @ValueSource(doubles = {0.3, 1, 4, 25})
    void logSumExpHessianIsBetaTimesDiagPMinusPPTransposeWithZeroRowSums(double beta) {
        Lagrangian l = Lagrangians.logSumExp(beta);
        Random rnd = new Random(11);
        for (int k = 0; k < 5; k++) {
            double[] x = Numerics.gaussian(rnd, 6);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : x) max = Math.max(max, v);
            double[] p = new double[x.length];
            double s = 0;
            for (int i = 0; i < x.length; i++) s += p[i] = Math.exp(beta * (x[i] - max));
            for (int i = 0; i < x.length; i++) p[i] /= s;
            double[][] expected = new double[x.length][x.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) expected[i][j] = beta * ((i == j ? p[i] : 0) - p[i] * p[j]);
            }
            double[][] h = l.hessian(x);
            assertClose(expected, h, 1e-12, "β(diag p − ppᵀ)");
            for (int i = 0; i < x.length; i++) {
                double row = 0;
                for (double hij : h[i]) row += hij;
                assertEquals(0, row, 1e-14 * beta, "row " + i + " of the log-sum-exp Hessian sums to 0");
            }
            // hence H·1 = 0: adding a constant to every input does not change the softmax
            double[] ones = {1, 1, 1, 1, 1, 1};
            assertClose(new double[6], l.hessianTimes(x, ones), 1e-14 * beta, "H·1");
        }
    }

    @Test
    void logSumExpShiftsByTheConstantAndKeepsItsActivation() {
        Lagrangian l = Lagrangians.logSumExp(2);
        double[] x = {0.3, -1.2, 2.0, 0.7};
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) y[i] = x[i] + 5.5;
        assertRelative(l.value(x) + 5.5, l.value(y), 1e-12, "L(x + c1) = L(x) + c");
        assertClose(l.activation(x), l.activation(y), 1e-13, "softmax(x + c1)");
    }

    // ---- spherical ------------------------------------------------------------------------------

    @Test
    void sphericalHessianAnnihilatesX() {
        Lagrangian l = Lagrangians.spherical();
        Random rnd = new Random(12);
        for (int k = 0; k < 10; k++) {
            double[] x = Numerics.gaussian(rnd, 7);
            double[] hx = l.hessianTimes(x, x);
            // H x = 0 exactly in exact arithmetic; in floating point to rounding of ‖x‖·‖H‖ ≈ 1
            assertClose(new double[7], hx, 1e-14, "H x");
            assertClose(new double[7], Numerics.times(l.hessian(x), x), 1e-14, "(dense H) x");
        }
    }

    @Test
    void sphericalHessianIsProjectorOverNorm() {
        Lagrangian l = Lagrangians.spherical();
        double[] x = {3, 0, -4};   // ‖x‖ = 5, unit vector (0.6, 0, −0.8)
        double[] u = {0.6, 0, -0.8};
        double[][] expected = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) expected[i][j] = ((i == j ? 1 : 0) - u[i] * u[j]) / 5;
        }
        assertClose(expected, l.hessian(x), 1e-15, "(I − uuᵀ)/‖x‖");
        assertRelative(5, l.value(x), 1e-15, "‖x‖");
        double[] a = l.activation(x);
        for (int i = 0; i < 3; i++) assertEquals(u[i], a[i], 1e-15, "x/‖x‖");
        // eigenvalues 0 (along x) and 1/‖x‖ twice
        double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(l.hessian(x))).getRealEigenvalues();
        java.util.Arrays.sort(eig);
        assertEquals(0, eig[0], 1e-14);
        assertEquals(0.2, eig[1], 1e-14);
        assertEquals(0.2, eig[2], 1e-14);
    }

    @ParameterizedTest(name = "c = {0}")
    @ValueSource(doubles = {1e-150, 1e-3, 0.5, 7, 1e150})
    void sphericalActivationIsScaleInvariantAndValueIsHomogeneous(double c) {
        Lagrangian l = Lagrangians.spherical();
        double[] x = {0.4, -1.3, 2.2, 0.05, -0.9};
        double[] cx = new double[x.length];
        for (int i = 0; i < x.length; i++) cx[i] = c * x[i];
        assertClose(l.activation(x), l.activation(cx), 1e-15, "activation(c·x)");
        assertRelative(c * l.value(x), l.value(cx), 1e-14, "‖c·x‖ = c‖x‖");
        // v·g − L = 0 (THEORY.md M12): the feature layer's own energy term vanishes
        assertEquals(0, Numerics.dot(cx, l.activation(cx)) - l.value(cx), 1e-14 * l.value(cx), "v·g − L");
    }

    // ---- layer norm: Hessian derived from L = γ√N‖c‖ + δΣx, c = x − x̄ ---------------------------
    //
    // ∇L = γ√N·P c/‖c‖ + δ1 = γ√N·ĉ + δ1, with P = I − 11ᵀ/N and Pc = c.
    // ∇²L = γ√N·(P/‖c‖ − c cᵀP/‖c‖³) = (γ√N/‖c‖)(P − ĉĉᵀ).
    // P − ĉĉᵀ is the projector onto the complement of span{1, c}, so H·1 = 0, H·c = 0 and the
    // remaining N − 2 eigenvalues all equal γ√N/‖c‖.

    static double[][] layerNormHessian(double gamma, double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) mean += v / n;
        double[] c = new double[n];
        double r2 = 0;
        for (int i = 0; i < n; i++) {
            c[i] = x[i] - mean;
            r2 += c[i] * c[i];
        }
        double r = Math.sqrt(r2), scale = gamma * Math.sqrt(n) / r;
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) h[i][j] = scale * ((i == j ? 1 : 0) - 1.0 / n - c[i] * c[j] / r2);
        }
        return h;
    }

    @ParameterizedTest(name = "γ = {0}, δ = {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1, 0", "1.7, -0.4", "0.5, 2", "3, 10"})
    void layerNormHessianMatchesDerivationAndAnnihilatesOnesAndCentredX(double gamma, double delta) {
        Lagrangian l = Lagrangians.layerNorm(gamma, delta);
        Random rnd = new Random(13);
        for (int k = 0; k < 5; k++) {
            int n = 6;
            double[] x = Numerics.gaussian(rnd, n);
            double[][] h = l.hessian(x);
            assertClose(layerNormHessian(gamma, x), h, 1e-12, "(γ√N/‖c‖)(P − ĉĉᵀ)");

            double mean = 0;
            for (double v : x) mean += v / n;
            double[] ones = new double[n], centred = new double[n];
            java.util.Arrays.fill(ones, 1);
            for (int i = 0; i < n; i++) centred[i] = x[i] - mean;
            double hScale = Numerics.maxAbs(h);
            assertClose(new double[n], l.hessianTimes(x, ones), 1e-14 * Math.max(1, hScale * n), "H·1");
            assertClose(new double[n], l.hessianTimes(x, centred), 1e-14 * Math.max(1, hScale * n), "H·(x − x̄)");
            assertClose(new double[n], l.hessianTimes(x, x), 1e-14 * Math.max(1, hScale * n), "H·x");

            double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(h)).getRealEigenvalues();
            java.util.Arrays.sort(eig);
            double r = Numerics.dot(centred, centred);
            double top = gamma * Math.sqrt(n) / Math.sqrt(r);
            assertEquals(0, eig[0], 1e-12 * top);
            assertEquals(0, eig[1], 1e-12 * top);
            for (int i = 2; i < n; i++) assertRelative(top, eig[i], 1e-12, "eigenvalue " + i);
        }
    }

    @ParameterizedTest(name = "γ = {0}, δ = {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1, 0", "1.7, -0.4", "0.5, 2"})
    void layerNormActivationIsStandardisedInputScaledByGammaPlusDelta(double gamma, double delta) {
        Lagrangian l = Lagrangians.layerNorm(gamma, delta);
        Random rnd = new Random(14);
        for (int k = 0; k < 5; k++) {
            int n = 8;
            double[] x = Numerics.gaussian(rnd, n);
            double mean = 0, var = 0;
            for (double v : x) mean += v / n;
            for (double v : x) var += (v - mean) * (v - mean) / n;
            double sd = Math.sqrt(var);   // population standard deviation
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) expected[i] = gamma * (x[i] - mean) / sd + delta;
            assertClose(expected, l.activation(x), 1e-13, "γ(x − x̄)/sd + δ");

            // invariant to x → a·x + b·1 (a > 0): the activation only sees the standardised input
            double[] y = new double[n];
            for (int i = 0; i < n; i++) y[i] = 3.5 * x[i] - 17;
            assertClose(l.activation(x), l.activation(y), 1e-13, "activation(a·x + b)");
            // and L(x + b·1) = L(x) + δ·N·b
            double[] z = new double[n];
            for (int i = 0; i < n; i++) z[i] = x[i] + 2.25;
            assertEquals(l.value(x) + delta * n * 2.25, l.value(z), 1e-12 * Math.max(1, Math.abs(l.value(z))),
                    "L(x + b1)");
        }
    }
}
