package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/**
 * The effective models (M5–M7, M10–M12) far from the origin: a stable form where one exists
 * (log-sum-exp with its maximum shifted out), a clear ArithmeticException where a double cannot
 * hold the number; and Model B's one update path.
 */
class EffectiveNumericsTest {

    /** L_h = Σ e^{h}: at v = 1000 the hidden term is e^{2000}; no −∞ energy, no [∞, NaN, …] update. */
    @Test
    void exponentialHiddenLagrangianFarOutIsAnErrorNotInfinity() {
        Memories xi = Memories.of(new double[] {1, 1}, new double[] {1, -1});
        EffectiveNetwork net = new EffectiveNetwork(xi, Lagrangians.identity(), Lagrangians.exponential(1), 1, null);
        double[] v = {1000, 1000};
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> net.energy(v));
        assertEquals("E_eff(v) is -Infinity for effective(L_v=identity, L_h=exponential(β=1)): beyond the double range"
                + " (the Lagrangians' values or activations overflow at this state)", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> net.update(v));
        assertEquals("the update ξᵀf(ξg(v)) + I has Infinity at entry 0 for effective(L_v=identity, L_h=exponential(β=1)):"
                + " beyond the double range (the Lagrangians' values or activations overflow at this state)", e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> net.energyRate(v));
        assertTrue(e.getMessage().startsWith("the velocity dv/dt has Infinity at entry 0"), e.getMessage());
        e = assertThrows(ArithmeticException.class, () -> net.retrieve(v));
        assertTrue(e.getMessage().startsWith("the update ξᵀf(ξg(v)) + I has Infinity"), e.getMessage());
        // nearer the origin the same model is an ordinary number
        assertEquals(1 - 0.5 - 2 * Math.E, net.energy(new double[] {1, 0}), 1e-12);   // v·g − ½‖v‖² − (e¹ + e¹)
    }

    /** A Lagrangian that is undefined somewhere gives NaN: said as such, not as an overflow. */
    @Test
    void undefinedLagrangianIsNamedNotANumber() {
        Lagrangian logarithm = Lagrangians.additive("Σ h log h", ScalarFunction.of("h log h", h -> h * Math.log(h), h -> Math.log(h) + 1, h -> 1 / h, true));
        EffectiveNetwork net = new EffectiveNetwork(Memories.identity(2), Lagrangians.identity(), logarithm, 1, null);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> net.energy(new double[] {-1, 2}));
        assertEquals("E_eff(v) is NaN for effective(L_v=identity, L_h=Σ h log h): not a number (a Lagrangian is undefined here,"
                + " or two overflowing terms cancel)", e.getMessage());
        assertEquals(0.5 * 5 - 2 * Math.log(2), net.energy(new double[] {1, 2}), 1e-12);
    }

    /** Model B at v = 1000: log-sum-exp shifts its maximum out, so energy and update are exact numbers. */
    @Test
    void modernHopfieldFarOutIsStable() {
        ModernHopfield b = new ModernHopfield(Memories.identity(3), 1);
        double[] v = {1000, 0, 0};
        // E = ½‖v‖² − log(e^{1000} + 2) = 500000 − 1000 − log(1 + 2e^{−1000})
        assertEquals(499000, b.energy(v), 1e-9);
        assertArrayEquals(new double[] {1, 0, 0}, b.update(v), 0.0);
        assertArrayEquals(new double[] {1, 0, 0}, b.update(new double[] {1e300, 0, 0}), 0.0);
        EffectiveNetwork general = new EffectiveNetwork(Memories.identity(3), Lagrangians.identity(), Lagrangians.logSumExp(1), 1, null);
        assertEquals(499000, general.energy(v), 1e-9);
        assertEquals(-999 * 999.0, b.energyRate(v), 1e-6);   // −‖ξᵀp − v‖² = −(1 − 1000)²
    }

    /** One path: the single update is the batch of one, and the flow's right-hand side is the same map. */
    @Test
    void modelBHasOneUpdatePath() {
        Memories xi = Patterns.gaussian(300, 17, 9);
        double[] input = Patterns.gaussianVector(17, 10);
        ModernHopfield b = new ModernHopfield(xi, 0.7, input);
        for (long seed = 0; seed < 5; seed++) {
            double[] v = Patterns.gaussianVector(17, 20 + seed);
            double[] single = b.update(v);
            assertArrayEquals(b.updateBatch(v, 1), single, 0.0);
            assertArrayEquals(b.update(new double[][] {v})[0], single, 0.0);
            double[] rate = new double[17], velocity = b.velocity(v);
            b.computeDerivatives(0, v, rate);
            for (int i = 0; i < 17; i++) {
                assertEquals(single[i] - v[i], velocity[i], 0.0);
                assertEquals(single[i] - v[i], rate[i], 0.0);
            }
        }
    }

    /** Subclasses reach the model's parts through methods, never through fields. */
    @Test
    void effectiveNetworkKeepsItsFieldsPrivate() {
        for (Class<?> c : new Class<?>[] {EffectiveNetwork.class, ModernHopfield.class, SphericalMemory.class}) {
            for (Field f : c.getDeclaredFields()) {
                assertTrue(Modifier.isPrivate(f.getModifiers()), c.getSimpleName() + "." + f.getName() + " is not private");
            }
        }
    }
}
