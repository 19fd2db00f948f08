package lamp.lagrangian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interaction functions F of Model A (THEORY.md §3) and the rectified-power Lagrangian at and
 * below its kink, where (x)₊ⁿ must be exactly zero with zero derivatives (no 0⁰ = 1).
 */
class ScalarFunctionTest {
    static final double H = 1e-6;
    static final double TOL = 1e-6;

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of(ScalarFunction.quadratic(), false),
                Arguments.of(ScalarFunction.power(1), false),
                Arguments.of(ScalarFunction.power(2), false),
                Arguments.of(ScalarFunction.power(3), false),
                Arguments.of(ScalarFunction.power(4), false),
                Arguments.of(ScalarFunction.power(5), false),
                Arguments.of(ScalarFunction.rectifiedPower(1), true),
                Arguments.of(ScalarFunction.rectifiedPower(1.5), true),
                Arguments.of(ScalarFunction.rectifiedPower(2), true),
                Arguments.of(ScalarFunction.rectifiedPower(2.5), true),
                Arguments.of(ScalarFunction.rectifiedPower(3), true),
                Arguments.of(ScalarFunction.rectifiedPower(4), true),
                Arguments.of(ScalarFunction.exponential(0.3), false),
                Arguments.of(ScalarFunction.exponential(1), false),
                Arguments.of(ScalarFunction.exponential(2), false));
    }

    /** F' and F'' against central differences of F and F' (step 1e-6, tolerance 1e-6·max(1, |exact|)). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void derivativesMatchCentralDifferences(ScalarFunction f, boolean kinkAtZero) {
        Random rnd = new Random(31 + f.name().hashCode());
        for (int k = 0; k < 25; k++) {
            double x;
            do {
                x = 4 * rnd.nextDouble() - 2;
            } while (kinkAtZero && Math.abs(x) < 1e-3);
            double d1 = (f.value(x + H) - f.value(x - H)) / (2 * H);
            double d2 = (f.derivative(x + H) - f.derivative(x - H)) / (2 * H);
            assertEquals(d1, f.derivative(x), TOL * Math.max(1, Math.abs(d1)), f + " F'(" + x + ")");
            assertEquals(d2, f.secondDerivative(x), TOL * Math.max(1, Math.abs(d2)), f + " F''(" + x + ")");
        }
    }

    @Test
    void closedFormsOfPowerAndRectifiedPower() {
        ScalarFunction cube = ScalarFunction.power(3);
        assertEquals(-8, cube.value(-2), 0.0);
        assertEquals(12, cube.derivative(-2), 0.0);
        assertEquals(-12, cube.secondDerivative(-2), 0.0);
        ScalarFunction r = ScalarFunction.rectifiedPower(2.5);
        double x = 1.7;
        assertEquals(Math.pow(x, 2.5), r.value(x), 1e-14 * Math.pow(x, 2.5));
        assertEquals(2.5 * Math.pow(x, 1.5), r.derivative(x), 1e-14 * 2.5 * Math.pow(x, 1.5));
        assertEquals(2.5 * 1.5 * Math.pow(x, 0.5), r.secondDerivative(x), 1e-14 * 4);
        ScalarFunction e = ScalarFunction.exponential(2);
        assertEquals(Math.exp(3), e.value(1.5), 1e-14 * Math.exp(3));
        assertEquals(2 * Math.exp(3), e.derivative(1.5), 1e-14 * 2 * Math.exp(3));
        assertEquals(4 * Math.exp(3), e.secondDerivative(1.5), 1e-14 * 4 * Math.exp(3));
    }

    @Test
    void convexityAndTypes() {
        assertTrue(ScalarFunction.quadratic().isConvex());
        assertTrue(ScalarFunction.power(1).isConvex(), "x is linear, hence convex");
        assertTrue(ScalarFunction.power(2).isConvex());
        assertFalse(ScalarFunction.power(3).isConvex(), "x³ is concave on x < 0");
        assertTrue(ScalarFunction.power(3).secondDerivative(-1) < 0);
        assertTrue(ScalarFunction.power(4).isConvex());
        assertFalse(ScalarFunction.power(5).isConvex());
        assertTrue(ScalarFunction.rectifiedPower(3).isConvex());
        assertTrue(ScalarFunction.exponential(1).isConvex());

        // the parameters travel as values of the type, not in the name
        assertEquals(new ScalarFunction.Exponential(2.5), ScalarFunction.exponential(2.5));
        assertEquals(2.5, ((ScalarFunction.Exponential) ScalarFunction.exponential(2.5)).beta(), 0.0);
        assertEquals(7, ((ScalarFunction.Power) ScalarFunction.power(7)).n());
        assertEquals(2.5, ((ScalarFunction.RectifiedPower) ScalarFunction.rectifiedPower(2.5)).n(), 0.0);
        assertTrue(ScalarFunction.quadratic() instanceof ScalarFunction.Quadratic);
        ScalarFunction user = ScalarFunction.of("x^3", x -> x * x * x, x -> 3 * x * x, x -> 6 * x, false);
        assertTrue(user instanceof ScalarFunction.General, "a user F named like a catalogue one is still General");
        assertFalse(user.equals(ScalarFunction.power(3)));

        // an additive Lagrangian inherits F's convexity, and its smallest eigenvalue is min F''
        Lagrangian cubic = Lagrangians.additive("cubic", ScalarFunction.power(3));
        assertFalse(cubic.isConvex());
        assertEquals(-6, cubic.minHessianEigenvalue(new double[] {2, -1, 0.5}), 1e-15);
    }

    // ---- rectified power at and below the kink ------------------------------------------------

    static final double[] NON_POSITIVE = {-5, -1, -1e-3, -Double.MIN_VALUE, -0.0, 0.0};

    static void assertZero(double v, String what) {
        assertTrue(v == 0, what + " should be exactly 0, got " + v);
    }

    @Test
    void rectifiedSquareIsExactlyZeroForNonPositiveInputs() {
        ScalarFunction f = ScalarFunction.rectifiedPower(2);
        Lagrangian l = Lagrangians.rectifiedPower(2);
        for (double x : NON_POSITIVE) {
            assertZero(f.value(x), "(x)₊² at " + x);
            assertZero(f.derivative(x), "2(x)₊ at " + x);
            assertZero(f.secondDerivative(x), "2·1[x>0] at " + x + " (0⁰ = 1 would give 2)");
            double[] v = {x};
            assertZero(l.value(v), "L at " + x);
            assertZero(l.activation(v)[0], "ReLU at " + x);
            assertZero(l.hessian(v)[0][0], "indicator 1[x>0] at " + x);
            assertZero(l.minHessianEigenvalue(v), "min eigenvalue at " + x);
        }
        // and just above the kink the indicator is 1, the activation x
        double[] v = {1e-9};
        assertEquals(1, l.hessian(v)[0][0], 0.0);
        assertEquals(1e-9, l.activation(v)[0], 0.0);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(doubles = {1, 2, 2.5, 3, 4})
    void rectifiedPowerIsExactlyZeroAtTheKink(double n) {
        ScalarFunction f = ScalarFunction.rectifiedPower(n);
        Lagrangian l = Lagrangians.rectifiedPower(n);
        double[] zero = {0, 0, 0};
        assertZero(f.value(0), "F(0)");
        assertZero(f.derivative(0), "F'(0)");
        assertZero(f.secondDerivative(0), "F''(0)");
        assertZero(l.value(zero), "L(0)");
        for (double a : l.activation(zero)) assertZero(a, "activation(0)");
        for (double[] row : l.hessian(zero)) for (double h : row) assertZero(h, "Hessian(0)");
        assertZero(l.hessianQuadraticForm(zero, new double[] {1, -2, 3}), "uᵀHu at 0");
    }

    @Test
    void rectifiedLinearIsTheHeavisideStepWithZeroCurvature() {
        Lagrangian l = Lagrangians.rectifiedPower(1);
        double[] x = {-2, -1e-12, 0, 1e-12, 3};
        double[] a = l.activation(x);
        double[] expected = {0, 0, 0, 1, 1};
        for (int i = 0; i < x.length; i++) assertEquals(expected[i], a[i], 0.0, "step at " + x[i]);
        for (double[] row : l.hessian(x)) for (double h : row) assertZero(h, "Hessian of (x)₊");
        assertEquals(3 + 1e-12, l.value(x), 1e-15);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(doubles = {1, 2, 2.5, 3, 4})
    void rectifiedPowerLagrangianIsFOverN(double n) {
        // L = Σ(x)₊ⁿ/n, activation (x)₊ⁿ⁻¹, Hessian (n−1)(x)₊ⁿ⁻² (THEORY.md §4)
        Lagrangian l = Lagrangians.rectifiedPower(n);
        double x = 1.3;
        double[] v = {x};
        assertEquals(Math.pow(x, n) / n, l.value(v), 1e-14);
        assertEquals(Math.pow(x, n - 1), l.activation(v)[0], 1e-14);
        assertEquals(n == 1 ? 0 : (n - 1) * Math.pow(x, n - 2), l.hessian(v)[0][0], 1e-14);
    }
}
