package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import lamp.lagrangian.ScalarFunction;
import org.junit.jupiter.api.Test;

/** The graded response g of Hopfield 1984: inverse, ∫₀^V g⁻¹ in closed form and by quadrature. */
class GradedResponseTest {

    @Test
    void tanhClosedForms() {
        GradedResponse g = GradedResponse.tanh(1);
        assertEquals(Math.tanh(0.3), g.output(0.3), 0);
        assertEquals(0.5493061443340549, g.inverse(0.5), 1e-15);                          // artanh ½ = ½ ln 3
        assertEquals(0.5 * 0.5493061443340549 + 0.5 * Math.log(0.75), g.inverseIntegral(0.5), 1e-15);
        assertEquals(Math.log(2), g.inverseIntegral(1), 1e-15);                            // the limit at V = 1
        assertEquals(Math.log(2), g.inverseIntegral(-1), 1e-15);
        assertEquals(0, g.inverseIntegral(0), 0);
        GradedResponse steep = GradedResponse.tanh(4);
        assertEquals(Math.tanh(4 * 0.3), steep.output(0.3), 0);
        assertEquals(0.5493061443340549 / 4, steep.inverse(0.5), 1e-15);
        assertEquals(4 * (1 - Math.tanh(1.2) * Math.tanh(1.2)), steep.gain(0.3), 1e-15);
    }

    @Test
    void sigmoidClosedForms() {
        GradedResponse g = GradedResponse.sigmoid(2);
        assertEquals(0.5, g.output(0), 0);
        assertEquals(Math.log(3) / 2, g.inverse(0.75), 1e-15);
        assertEquals(-Math.log(2) / 2, g.inverseIntegral(0.5), 1e-15);                    // ½ ln ½ + ½ ln ½, over β
        assertEquals(0, g.inverseIntegral(0), 0);
        assertEquals(0, g.inverseIntegral(1), 0);
        assertEquals(0, g.energyOffset(), 1e-15);                                          // −ln 2/β + ln 2/β
    }

    /** The integral's derivative is g⁻¹, and g⁻¹ inverts g (central differences, step 1e-4 of the distance to the range's end). */
    @Test
    void integralDifferentiatesToTheInverse() {
        for (GradedResponse g : new GradedResponse[] {GradedResponse.tanh(1.7), GradedResponse.sigmoid(0.8)}) {
            for (double v : new double[] {-2.5, -0.7, 0.1, 1.3, 3}) {
                double z = g.output(v);
                assertEquals(v, g.inverse(z), 1e-9 * Math.max(1, Math.abs(v)), g.name() + " g⁻¹(g(v))");
                double h = 1e-4 * Math.min(z - g.low(), g.high() - z);    // a step well inside the range
                double numeric = (g.inverseIntegral(z + h) - g.inverseIntegral(z - h)) / (2 * h);
                assertEquals(g.inverse(z), numeric, 1e-6 * Math.max(1, Math.abs(v)), g.name() + " d/dV ∫₀^V g⁻¹ at v = " + v);
            }
        }
    }

    /** Without a closed form the integral comes from tanh–sinh quadrature of g⁻¹, ends singular or not. */
    @Test
    void quadratureMatchesTheClosedForms() {
        ScalarFunction logCosh = ScalarFunction.of("log cosh", x -> Math.log(Math.cosh(x)), Math::tanh,
                x -> 1 - Math.tanh(x) * Math.tanh(x), true);
        GradedResponse numeric = GradedResponse.of("tanh, quadrature", logCosh, z -> 0.5 * Math.log((1 + z) / (1 - z)), -1, 1);
        GradedResponse exact = GradedResponse.tanh(1);
        for (double z : new double[] {-1, -0.999999, -0.6, -1e-3, 0, 0.25, 0.9, 0.999999, 1}) {
            assertEquals(exact.inverseIntegral(z), numeric.inverseIntegral(z), 1e-12, "tanh at V = " + z);
        }
        ScalarFunction softplus = ScalarFunction.of("softplus", x -> Math.log1p(Math.exp(x)), x -> 1 / (1 + Math.exp(-x)),
                x -> Math.exp(-x) / ((1 + Math.exp(-x)) * (1 + Math.exp(-x))), true);
        GradedResponse logistic = GradedResponse.of("sigmoid, quadrature", softplus, z -> Math.log(z / (1 - z)), 0, 1);
        GradedResponse logisticExact = GradedResponse.sigmoid(1);
        for (double z : new double[] {1e-9, 0.01, 0.5, 0.8, 1}) {
            assertEquals(logisticExact.inverseIntegral(z), logistic.inverseIntegral(z), 1e-12, "sigmoid at V = " + z);
        }
        assertEquals(0, logistic.energyOffset(), 1e-12);
        assertEquals(0, numeric.energyOffset(), 1e-12);
    }

    @Test
    void featureLagrangianIsTheCatalogueEntry() {
        assertEquals("tanh(β=2)", GradedResponse.tanh(2).featureLagrangian().name());
        assertEquals("sigmoid(β=1)", GradedResponse.sigmoid(1).featureLagrangian().name());
        double[] v = {0.3, -1.1};
        GradedResponse g = GradedResponse.tanh(2);
        double[] a = g.featureLagrangian().activation(v);
        for (int i = 0; i < v.length; i++) assertEquals(g.output(v[i]), a[i], 1e-15, "L_v's activation is g");
    }

    @Test
    void badInputIsNamed() {
        GradedResponse g = GradedResponse.tanh(1);
        assertEquals("tanh(β=1): g⁻¹ is defined on (-1, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> g.inverse(1)).getMessage());
        assertEquals("tanh(β=1): ∫₀^V g⁻¹ needs V in [-1, 1], got NaN",
                assertThrows(IllegalArgumentException.class, () -> g.inverseIntegral(Double.NaN)).getMessage());
        assertEquals("β must be finite and > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> GradedResponse.sigmoid(-1)).getMessage());
        ScalarFunction exp = ScalarFunction.of("e^x", Math::exp, Math::exp, Math::exp, true);
        assertEquals("graded response 'shifted': range (1.0, 2.0) must contain 0 or have it as an end, the lower limit of ∫₀^V g⁻¹",
                assertThrows(IllegalArgumentException.class, () -> GradedResponse.of("shifted", exp, Math::log, 1, 2)).getMessage());
        assertEquals("graded response 'e': range (1.0, 0.0) is empty",
                assertThrows(IllegalArgumentException.class, () -> GradedResponse.of("e", exp, Math::log, 1, 0)).getMessage());
        // g = eˣ, range (0, ∞): ∫₀² ln z dz = 2 ln 2 − 2, by quadrature through the log singularity at 0
        assertEquals(2 * Math.log(2) - 2, GradedResponse.of("exp", exp, Math::log, 0, Double.POSITIVE_INFINITY).inverseIntegral(2), 1e-12);
    }
}
