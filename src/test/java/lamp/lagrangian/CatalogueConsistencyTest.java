package lamp.lagrangian;

import static lamp.lagrangian.Numerics.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * THEORY.md §4: for every catalogue entry the activation is the gradient of L, the Hessian is the
 * Jacobian of the activation, the Hessian products agree with the dense Hessian, and convexity
 * is reported correctly. Each entry is its own test case.
 *
 * <p>Tolerances: finite differences use central steps of 1e-6 and are compared with error
 * ≤ 1e-6 · max(1, ‖expected‖∞) (truncation ~h²·L‴ and rounding ~ε·L/h are both far below it at
 * the points drawn); algebraic identities (Hessian products, symmetry) with 1e-12 of the same scale.
 */
class CatalogueConsistencyTest {

    /** One catalogue entry: its byName spec, its factory, whether it is convex, and its kinks. */
    record Entry(String spec, Supplier<Lagrangian> factory, boolean convex, boolean hasKinkAtZero) {
        Lagrangian get() { return factory.get(); }
        @Override public String toString() { return spec; }
    }

    static final int DIM = 5;
    static final int POINTS = 4;
    static final double FD_TOL = 1e-6;
    static final double ALG_TOL = 1e-12;
    /** Points are kept at least this far from the kinks at 0 of the rectified powers and of |x|. */
    static final double KINK_MARGIN = 1e-3;

    static Stream<Entry> catalogue() {
        return Stream.of(
                new Entry("identity", Lagrangians::identity, true, false),
                new Entry("rectifiedPower(1)", () -> Lagrangians.rectifiedPower(1), true, true),
                new Entry("rectifiedPower(2)", () -> Lagrangians.rectifiedPower(2), true, true),
                new Entry("rectifiedPower(2.5)", () -> Lagrangians.rectifiedPower(2.5), true, true),
                new Entry("rectifiedPower(3)", () -> Lagrangians.rectifiedPower(3), true, true),
                new Entry("rectifiedPower(4)", () -> Lagrangians.rectifiedPower(4), true, true),
                new Entry("exponential(0.5)", () -> Lagrangians.exponential(0.5), true, false),
                new Entry("exponential(2)", () -> Lagrangians.exponential(2), true, false),
                new Entry("tanh(0.7)", () -> Lagrangians.tanh(0.7), true, false),
                new Entry("tanh(3)", () -> Lagrangians.tanh(3), true, false),
                new Entry("sigmoid(1)", () -> Lagrangians.sigmoid(1), true, false),
                new Entry("sigmoid(4)", () -> Lagrangians.sigmoid(4), true, false),
                new Entry("sign", Lagrangians::sign, true, true),
                new Entry("logSumExp(1)", () -> Lagrangians.logSumExp(1), true, false),
                new Entry("logSumExp(5)", () -> Lagrangians.logSumExp(5), true, false),
                new Entry("spherical", Lagrangians::spherical, true, false),
                new Entry("layerNorm(1, 0)", () -> Lagrangians.layerNorm(1, 0), true, false),
                new Entry("layerNorm(1.7, -0.4)", () -> Lagrangians.layerNorm(1.7, -0.4), true, false),
                new Entry("layerNorm(0.5, 2)", () -> Lagrangians.layerNorm(0.5, 2), true, false),
                new Entry("negativeLogCosh(1)", () -> Lagrangians.negativeLogCosh(1), false, false),
                new Entry("negativeLogCosh(2.5)", () -> Lagrangians.negativeLogCosh(2.5), false, false));
    }

    /** Seeded points for one entry; the seed depends on the spec so entries see different points. */
    static List<double[]> points(Entry e) {
        Random rnd = new Random(20210 + e.spec().hashCode());
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < POINTS; k++) pts.add(Numerics.point(rnd, DIM, e.hasKinkAtZero() ? KINK_MARGIN : 0));
        return pts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void activationIsFiniteDifferenceGradientOfValue(Entry e) {
        Lagrangian l = e.get();
        for (double[] x : points(e)) {
            assertClose(Numerics.gradient(l, x), l.activation(x), FD_TOL, e + " activation vs ∇L");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hessianIsFiniteDifferenceJacobianOfActivation(Entry e) {
        Lagrangian l = e.get();
        for (double[] x : points(e)) {
            assertClose(Numerics.jacobian(l, x), l.hessian(x), FD_TOL, e + " Hessian vs ∂activation");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hessianTimesEqualsDenseHessianTimesVector(Entry e) {
        Lagrangian l = e.get();
        Random rnd = new Random(7);
        for (double[] x : points(e)) {
            double[][] h = l.hessian(x);
            for (int k = 0; k < 3; k++) {
                double[] u = Numerics.gaussian(rnd, DIM);
                double[] hu = l.hessianTimes(x, u);
                assertClose(Numerics.times(h, u), hu, ALG_TOL, e + " Hu");
                double[] out = new double[DIM];
                l.hessianTimes(x, u, out);
                assertArrayEquals(hu, out, 0.0, e + " hessianTimes(x, u, out) writes the same product");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hessianQuadraticFormEqualsUTransposeHU(Entry e) {
        Lagrangian l = e.get();
        Random rnd = new Random(8);
        for (double[] x : points(e)) {
            double[][] h = l.hessian(x);
            for (int k = 0; k < 3; k++) {
                double[] u = Numerics.gaussian(rnd, DIM);
                double expected = Numerics.dot(u, Numerics.times(h, u));
                double scale = Math.max(1, Numerics.maxAbs(h) * Numerics.dot(u, u));
                double got = l.hessianQuadraticForm(x, u);
                assertTrue(Math.abs(got - expected) <= ALG_TOL * scale,
                        e + " uᵀHu: expected " + expected + " got " + got);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hessianIsSymmetric(Entry e) {
        Lagrangian l = e.get();
        for (double[] x : points(e)) {
            double[][] h = l.hessian(x);
            double scale = Math.max(1, Numerics.maxAbs(h));
            for (int i = 0; i < DIM; i++) {
                for (int j = 0; j < i; j++) {
                    assertTrue(Math.abs(h[i][j] - h[j][i]) <= ALG_TOL * scale,
                            e + " H[" + i + "][" + j + "] = " + h[i][j] + " but H[" + j + "][" + i + "] = " + h[j][i]);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void convexityFlagAndSmallestHessianEigenvalueAgree(Entry e) {
        Lagrangian l = e.get();
        assertEquals(e.convex(), l.isConvex(), e + " isConvex()");
        double lowest = Double.POSITIVE_INFINITY;
        for (double[] x : points(e)) {
            double min = l.minHessianEigenvalue(x);
            if (e.convex()) assertTrue(min >= -1e-10, e + " is convex but has Hessian eigenvalue " + min);
            lowest = Math.min(lowest, min);
        }
        if (!e.convex()) assertTrue(lowest < 0, e + " is not convex but no negative Hessian eigenvalue was found");
    }

    /** The overrides (Additive's diagonal shortcuts, LogSumExp's dense Hessian) agree with the interface defaults. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void overriddenDefaultsAgreeWithGenericDefaults(Entry e) {
        Lagrangian l = e.get();
        Lagrangian generic = new Lagrangian() {
            @Override public String name() { return "generic " + l.name(); }
            @Override public double value(double[] x) { return l.value(x); }
            @Override public void activation(double[] x, double[] out) { l.activation(x, out); }
            @Override public void hessianTimes(double[] x, double[] u, double[] out) { l.hessianTimes(x, u, out); }
        };
        Random rnd = new Random(9);
        for (double[] x : points(e)) {
            double[][] h = generic.hessian(x);
            assertClose(h, l.hessian(x), ALG_TOL, e + " hessian override");
            double[] u = Numerics.gaussian(rnd, DIM);
            double scale = Math.max(1, Numerics.maxAbs(h) * Numerics.dot(u, u));
            assertEquals(generic.hessianQuadraticForm(x, u), l.hessianQuadraticForm(x, u), ALG_TOL * scale,
                    e + " quadratic form override");
            assertEquals(generic.minHessianEigenvalue(x), l.minHessianEigenvalue(x), 1e-10 * Math.max(1, Numerics.maxAbs(h)),
                    e + " minHessianEigenvalue override");
        }
    }

    /** byName(spec) builds the same Lagrangian as the factory: same name, same values at a point. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void byNameBuildsTheCatalogueEntry(Entry e) {
        Lagrangian expected = e.get();
        Lagrangian named = Lagrangians.byName(e.spec());
        assertEquals(expected.name(), named.name());
        assertEquals(expected.isConvex(), named.isConvex());
        for (double[] x : points(e)) {
            assertEquals(expected.value(x), named.value(x), 0.0, e + " value");
            assertArrayEquals(expected.activation(x), named.activation(x), 0.0, e + " activation");
        }
    }
}
