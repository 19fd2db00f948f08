package lamp.lagrangian;

import static lamp.lagrangian.Numerics.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.linalg.Dense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large inputs must not overflow (THEORY.md §4: "compute log-sum-exp and softmax with the max
 * shifted out"); the smooth Lagrangians must reach their asymptotes exactly.
 */
class StabilityTest {

    static void assertAllFinite(double[] a, String what) {
        for (int i = 0; i < a.length; i++) assertTrue(Double.isFinite(a[i]), what + "[" + i + "] = " + a[i]);
    }

    @Test
    void logSumExpAtHugeSpreadAndLargeBetaMatchesMaxShiftedClosedForm() {
        double beta = 50;
        Lagrangian l = Lagrangians.logSumExp(beta);
        double[] x = {1000, 999, -1000};
        // max-shifted closed form: m = 1000, exponents β(x − m) = (0, −50, −100000)
        double e1 = Math.exp(-50), e2 = Math.exp(-100000);   // e2 underflows to 0, as it must
        double s = 1 + e1 + e2;
        double value = l.value(x);
        assertTrue(Double.isFinite(value), "L = " + value);
        assertRelative(1000 + Math.log1p(e1 + e2) / beta, value, 1e-12, "L");
        double[] p = l.activation(x);
        assertAllFinite(p, "softmax");
        assertRelative(1 / s, p[0], 1e-12, "p0");
        assertRelative(e1 / s, p[1], 1e-9, "p1 ≈ e^{−50}");
        assertTrue(p[2] >= 0 && p[2] < 1e-300, "p2 = e^{−100000}/s underflows to 0, got " + p[2]);
        assertEquals(1, p[0] + p[1] + p[2], 1e-15, "softmax sums to 1");
        double[][] h = l.hessian(x);
        for (double[] row : h) assertAllFinite(row, "Hessian row");
        assertTrue(l.minHessianEigenvalue(x) >= -1e-10);
    }

    @Test
    void logSumExpAtLargeNegativeInputsDoesNotUnderflowToMinusInfinity() {
        Lagrangian l = Lagrangians.logSumExp(50);
        double[] x = {-1000, -1000, -1001};
        // L = −1000 + log(2 + e^{−50})/50
        assertRelative(-1000 + Math.log(2 + Math.exp(-50)) / 50, l.value(x), 1e-12, "L");
        double[] p = l.activation(x);
        double s = 2 + Math.exp(-50);
        assertRelative(1 / s, p[0], 1e-12, "p0");
        assertRelative(1 / s, p[1], 1e-12, "p1");
        assertRelative(Math.exp(-50) / s, p[2], 1e-9, "p2");
    }

    @ParameterizedTest(name = "β = {0}")
    @ValueSource(doubles = {0.01, 1, 10, 1000})
    void softmaxSumsToOneAndIsNonNegative(double beta) {
        Random rnd = new Random(21);
        Lagrangian l = Lagrangians.logSumExp(beta);
        for (int k = 0; k < 20; k++) {
            int n = 1 + rnd.nextInt(50);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = 200 * rnd.nextGaussian();
            double[] p = l.activation(x);
            double sum = 0;
            for (double pi : p) {
                assertTrue(pi >= 0 && pi <= 1, "probability " + pi);
                sum += pi;
            }
            assertEquals(1, sum, 1e-13, "Σ softmax");
            assertTrue(Double.isFinite(l.value(x)));
        }
    }

    @Test
    void softmaxMayOverwriteItsInputAsDocumented() {
        double[] x = {1, 2, 3, 1000};
        double[] expected = Lagrangians.logSumExp(0.5).activation(x.clone());
        Dense.softmax(0.5, x, x);
        assertArrayEquals(expected, x, 0.0);
    }

    // tanh: L = log cosh(βx)/β. For |x| → ∞, log cosh y = |y| − ln 2 + log(1 + e^{−2|y|}), so
    // L → |x| − ln2/β (the correction e^{−2β|x|}/β underflows at |x| = 1e4), tanh → ±1, Hessian → 0.
    @ParameterizedTest(name = "β = {0}")
    @ValueSource(doubles = {0.5, 1, 3})
    void tanhAtPlusMinus1e4ReachesItsAsymptotes(double beta) {
        Lagrangian l = Lagrangians.tanh(beta);
        for (double x : new double[] {1e4, -1e4}) {
            double[] v = {x};
            double value = l.value(v);
            assertTrue(Double.isFinite(value), "L(" + x + ") = " + value);
            assertRelative(1e4 - Math.log(2) / beta, value, 1e-15, "L(" + x + ")");
            assertEquals(Math.signum(x), l.activation(v)[0], 0.0, "tanh(β·" + x + ")");
            assertEquals(0, l.hessian(v)[0][0], 0.0, "Hessian at " + x);
        }
    }

    // sigmoid: L = log(1 + e^{βx})/β. For x → +∞, L = x + log(1 + e^{−βx})/β → x; for x → −∞,
    // L = log(1 + e^{βx})/β ≈ e^{βx}/β → 0⁺. Activation → 1 and 0, Hessian → 0.
    @ParameterizedTest(name = "β = {0}")
    @ValueSource(doubles = {0.5, 1, 3})
    void sigmoidAtPlusMinus1e4ReachesItsAsymptotes(double beta) {
        Lagrangian l = Lagrangians.sigmoid(beta);
        double[] up = {1e4}, down = {-1e4};
        assertEquals(1e4, l.value(up), 0.0, "L(1e4)");
        assertEquals(1, l.activation(up)[0], 0.0, "σ(β·1e4)");
        assertEquals(0, l.hessian(up)[0][0], 0.0, "Hessian at 1e4");
        double low = l.value(down);
        assertTrue(low >= 0 && low < 1e-300, "L(−1e4) = " + low + " should be e^{−β·1e4}/β ≈ 0");
        double a = l.activation(down)[0];
        assertTrue(a >= 0 && a < 1e-300, "σ(−β·1e4) = " + a);
        assertTrue(Math.abs(l.hessian(down)[0][0]) < 1e-300, "Hessian at −1e4");
    }

    @Test
    void sigmoidKeepsRelativeAccuracyInItsExponentialTail() {
        Lagrangian l = Lagrangians.sigmoid(1);
        double e = Math.exp(-40);
        // log(1 + e^{−40}) = e^{−40} − e^{−80}/2 + …, σ(−40) = e^{−40}/(1 + e^{−40})
        assertRelative(e - e * e / 2, l.value(new double[] {-40}), 1e-12, "L(−40)");
        assertRelative(e / (1 + e), l.activation(new double[] {-40})[0], 1e-12, "σ(−40)");
    }

    @Test
    void logCoshIsEvenAndExactAtModerateArguments() {
        for (double y : new double[] {0.5, 3, 20, 300, 800}) {
            // for y ≤ 20 Math.cosh is exact enough; beyond, cosh overflows at ~710 but logCosh must not
            double expected = y < 700 ? Math.log(Math.cosh(y)) : y - Math.log(2);
            assertRelative(expected, Lagrangians.logCosh(y), 1e-13, "log cosh " + y);
            assertEquals(Lagrangians.logCosh(y), Lagrangians.logCosh(-y), 0.0, "log cosh is even");
        }
    }
}
