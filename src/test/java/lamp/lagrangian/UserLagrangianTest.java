package lamp.lagrangian;

import lamp.linalg.Dense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 10: a user's Lagrangian is checked when it is built. {@link Lagrangians#additive} compares
 * F' with the central difference of F and F'' with that of F'; {@link Lagrangians#custom} compares
 * every entry of the activation with the central difference of L. A disagreement is refused with a
 * message saying "activation is not the gradient of L" and where; a right one is accepted and
 * behaves like its catalogue twin.
 */
class UserLagrangianTest {

    static void assertRefused(Executable build, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
    }

    @Test
    void additiveWithAWrongActivationOrHessianIsRefused() {
        // F = x² has F' = 2x, not x
        assertRefused(() -> Lagrangians.additive("wrong", ScalarFunction.of("x²", x -> x * x, x -> x, x -> 1, true)),
                "Lagrangian 'wrong': activation is not the gradient of L: at x = -1.7, F'(x) = -1.7 but the central difference of F gives -3.4");
        // F = x²/2 has F'' = 1, not 2
        assertRefused(() -> Lagrangians.additive("badHessian", ScalarFunction.of("x²/2", x -> x * x / 2, x -> x, x -> 2, true)),
                "Lagrangian 'badHessian': the Hessian is not the derivative of the activation: at x = -1.7, F''(x) = 2 but the central difference of F' gives 1");
        // wrong only for x > 1: found at x = 1.3
        assertRefused(() -> new Additive("kinked", ScalarFunction.of("x²/2", x -> x * x / 2, x -> x > 1 ? 2 * x : x, x -> 1, true)),
                "Lagrangian 'kinked': activation is not the gradient of L: at x = 1.3, F'(x) = 2.6 but the central difference of F gives 1.3");
        assertRefused(() -> Lagrangians.additive("nowhere", ScalarFunction.of("NaN", x -> Double.NaN, x -> 0, x -> 0, true)),
                "Lagrangian 'nowhere': F or F' is not finite at any of the check points [-1.7, -0.9, -0.35, 0.3, 0.8, 1.3, 1.9],"
                        + " so its activation cannot be checked");
        assertRefused(() -> Lagrangians.additive(null, ScalarFunction.quadratic()), "Lagrangian name is null");
        assertRefused(() -> Lagrangians.additive("none", null), "Lagrangian 'none': the function F is null");
    }

    @Test
    void additiveWithTheRightDerivativesIsAccepted() {
        // F = x⁴/4 (activation x³), the DAM interaction functions, and one that overflows at some check points
        Lagrangian quartic = Lagrangians.additive("x⁴/4", ScalarFunction.of("x⁴/4", x -> x * x * x * x / 4, x -> x * x * x, x -> 3 * x * x, true));
        assertEquals(-0.125, quartic.activation(new double[] {-0.5})[0], 0);
        for (ScalarFunction f : new ScalarFunction[] {ScalarFunction.quadratic(), ScalarFunction.power(3), ScalarFunction.power(30),
                ScalarFunction.rectifiedPower(1.5), ScalarFunction.exponential(0.2), ScalarFunction.exponential(500)}) {
            assertEquals(f.name(), Lagrangians.additive(f.name(), f).name());
        }
    }

    /** log Σ e^{x}: the same Lagrangian as the catalogue's logSumExp(1), written by a user. */
    static Lagrangian userLogSumExp() {
        return Lagrangians.custom("my log-sum-exp", x -> {
            double m = Double.NEGATIVE_INFINITY, s = 0;
            for (double v : x) m = Math.max(m, v);
            for (double v : x) s += Math.exp(v - m);
            return m + Math.log(s);
        }, x -> {
            double[] p = new double[x.length];
            Dense.softmax(1, x, p);
            return p;
        }, true);
    }

    @Test
    void customWithTheRightActivationMatchesItsCatalogueTwin() {
        Lagrangian mine = userLogSumExp(), twin = Lagrangians.logSumExp(1);
        assertEquals("my log-sum-exp", mine.name());
        assertTrue(mine.isConvex());
        Random rnd = new Random(5);
        for (int k = 0; k < 10; k++) {
            double[] x = Numerics.gaussian(rnd, 5), u = Numerics.gaussian(rnd, 5);
            assertEquals(twin.value(x), mine.value(x), 1e-15 * Math.max(1, Math.abs(twin.value(x))));
            Numerics.assertClose(twin.activation(x), mine.activation(x), 1e-15, "activation");
            // Hessian–vector products are central differences of the activation: 1e-9 relative
            Numerics.assertClose(twin.hessianTimes(x, u), mine.hessianTimes(x, u), 1e-9 * Numerics.maxAbs(u), "Hessian times u");
            assertEquals(twin.minHessianEigenvalue(x), mine.minHessianEigenvalue(x), 1e-8);
        }
        Numerics.assertClose(new double[3], mine.hessianTimes(new double[] {1, 2, 3}, new double[3]), 0, "H·0");
    }

    @Test
    void customWithAWrongActivationIsRefused() {
        // L = Σx² has gradient 2x; the worst entry at the first check point is the largest one
        assertRefused(() -> Lagrangians.custom("halfGradient", x -> { double s = 0; for (double v : x) s += v * v; return s; },
                        double[]::clone, true),
                "Lagrangian 'halfGradient': activation is not the gradient of L at x = [0.3, -0.8, 1.3]: entry 2 of the activation"
                        + " is 1.3 but the central difference of L gives 2.6");
        assertRefused(() -> Lagrangians.custom("short", x -> 0, x -> new double[1], true),
                "Lagrangian 'short': the activation returned 1 entries for a layer of 3");
        assertRefused(() -> Lagrangians.custom("nan", x -> Double.NaN, x -> new double[x.length], false),
                "Lagrangian 'nan': L or its activation is not finite at any of the check points [0.3, -0.8, 1.3] and"
                        + " [-1.7, 0.45, 0.9, -0.35], so its activation cannot be checked");
        assertRefused(() -> Lagrangians.custom("noValue", null, x -> x, true), "Lagrangian 'noValue': the value function is null");
    }

    @Test
    void gradientCheckAlongADirection() {
        Lagrangian lse = Lagrangians.logSumExp(2);
        double[] x = {0.3, -1.2, 0.8}, u = {1, 0.5, -2};
        GradientCheck ok = GradientCheck.along(lse, x, u);
        assertTrue(ok.isGradient(), ok.toString());
        assertEquals(Numerics.dot(lse.activation(x), u), ok.activation(), 0);
        assertEquals(ok.activation(), ok.difference(), 1e-9 * Math.abs(ok.activation()));
        assertTrue(ok.toString().startsWith("the activation of logSumExp(β=2) is its gradient along the flow at [0.3, -1.2, 0.8]"), ok.toString());

        Lagrangian wrong = new Lagrangian() {
            @Override public String name() { return "double"; }
            @Override public double value(double[] y) { return 2 * lse.value(y); }
            @Override public void activation(double[] y, double[] out) { lse.activation(y, out); }
            @Override public void hessianTimes(double[] y, double[] v, double[] out) { lse.hessianTimes(y, v, out); }
        };
        GradientCheck bad = GradientCheck.along(wrong, x, u);
        assertFalse(bad.isGradient());
        assertEquals(2 * bad.activation(), bad.difference(), 1e-8 * Math.abs(bad.difference()));
        assertTrue(bad.toString().startsWith("activation is not the gradient of L: double along the flow at [0.3, -1.2, 0.8]: g·ẋ = "), bad.toString());
        assertFalse(GradientCheck.at(wrong, x).isGradient());
        assertTrue(GradientCheck.at(lse, x).isGradient());
        assertTrue(GradientCheck.along(wrong, x, new double[3]).isGradient(), "no motion, nothing to contradict");
    }

    /** The Legendre term (x − I)·g − L of (M3) in closed form (THEORY.md §5 exact values). */
    @Test
    void energyTermIsTheLegendreTransformLessTheInput() {
        double[] x = {0, Math.log(2), Math.log(3)}, input = {0.5, -1, 2};
        // log-sum-exp β = 1: p = (1/6, 1/3, 1/2), L = ln 6
        double xp = Math.log(2) / 3 + Math.log(3) / 2;
        Numerics.assertRelative(xp - Math.log(6), Lagrangians.logSumExp(1).energyTerm(x, null), 1e-12, "x·p − L");
        Numerics.assertRelative(xp - Math.log(6) - (0.5 / 6 - 1.0 / 3 + 1), Lagrangians.logSumExp(1).energyTerm(x, input), 1e-12, "(x − I)·p − L");
        // identity: (x − I)·x − ½‖x‖²
        double[] v = {1, -2, 3};
        assertEquals(7 - (0.5 + 2 + 6), Lagrangians.identity().energyTerm(v, input), 1e-12);
        // spherical: x·g = ‖x‖ = L, so only −I·g is left (M12)
        assertEquals(-(0.5 * 1 - 1 * -2 + 2 * 3) / Math.sqrt(14), Lagrangians.spherical().energyTerm(v, input), 1e-12);
        assertRefused(() -> Lagrangians.identity().energyTerm(v, new double[2]), "input has length 2 but the layer has 3");
    }

    @Test
    void convexityReport() {
        double[] v = {0.2, -0.4}, h = {0.3, 1.1, -0.5};
        Lagrangian tanh = Lagrangians.tanh(1), bad = Lagrangians.negativeLogCosh(2);
        Convexity good = Convexity.of(List.of(new Layer(Population.FEATURE, tanh, v), new Layer(Population.HIDDEN, Lagrangians.logSumExp(1), h)));
        assertTrue(good.isPsd());
        assertTrue(good.violations().isEmpty());
        assertEquals(tanh.minHessianEigenvalue(v), good.minEigenvalue(Population.FEATURE), 0);
        assertEquals(0, good.minEigenvalue(Population.HIDDEN), 0);
        assertEquals(String.format(Locale.ROOT, "both Hessians PSD (min eigenvalues: L_v tanh(β=1) %.3g, L_h logSumExp(β=1) 0.00)",
                tanh.minHessianEigenvalue(v)), good.toString());

        Convexity notPsd = Convexity.of(List.of(new Layer(Population.FEATURE, tanh, v), new Layer(Population.HIDDEN, bad, h)));
        assertFalse(notPsd.isPsd());
        assertEquals(1, notPsd.violations().size());
        assertEquals(bad.minHessianEigenvalue(h), notPsd.violations().get(0).minEigenvalue(), 0);
        assertEquals(String.format(Locale.ROOT, "NOT PSD: L_h negativeLogCosh(β=2) has Hessian eigenvalue %.3g < 0; the energy may rise (M4)",
                bad.minHessianEigenvalue(h)), notPsd.toString());
        assertRefused(() -> Convexity.of(List.of(new Layer(Population.FEATURE, tanh, v))).minEigenvalue(Population.HIDDEN),
                "this report has no L_h layer; it has [L_v tanh(β=1) " + String.format(Locale.ROOT, "%.3g", tanh.minHessianEigenvalue(v)) + "]");
        assertRefused(() -> Convexity.of(List.of()), "a convexity report needs at least one layer");
    }
}
