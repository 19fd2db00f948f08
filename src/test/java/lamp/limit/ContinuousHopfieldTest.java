package lamp.limit;

import lamp.lagrangian.Convexity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.dynamics.Simulation;
import lamp.dynamics.Trajectory;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

/**
 * Hopfield's 1984 network against Model A with L_v = Σ∫g and L_h = ½‖h‖² (KH2020 Appendix B,
 * (24)–(28); THEORY.md §5 check 13).
 */
class ContinuousHopfieldTest {

    static Memories randomBinary(int count, int dimension, Random rng) {
        double[][] rows = new double[count][dimension];
        for (double[] row : rows) for (int i = 0; i < dimension; i++) row[i] = rng.nextBoolean() ? 1 : -1;
        return Memories.of(rows);
    }

    static Memories gaussian(int count, int dimension, Random rng) {
        double[][] rows = new double[count][dimension];
        for (double[] row : rows) for (int i = 0; i < dimension; i++) row[i] = rng.nextGaussian() / Math.sqrt(dimension);
        return Memories.of(rows);
    }

    static double[] gaussian(Random rng, int n, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = scale * rng.nextGaussian();
        return x;
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        double scale = Math.max(1, Math.max(Math.abs(expected), Math.abs(actual)));
        assertTrue(Math.abs(expected - actual) <= tolerance * scale,
                what + ": expected " + expected + ", got " + actual + " (difference " + (actual - expected) + ")");
    }

    /** Check 13: with g = tanh, E_eff − E_Hopfield is 0 at random states, for ±1 and Gaussian memories. */
    @Test
    void effectiveEnergyEqualsHopfieldsWithTanh() {
        long seed = 13;
        Random rng = new Random(seed);
        for (Memories xi : new Memories[] {randomBinary(6, 10, rng), gaussian(25, 10, rng)}) {
            double[] input = gaussian(rng, 10, 0.5);
            ContinuousHopfield hopfield = new ContinuousHopfield(xi, GradedResponse.tanh(1), 1, input);
            EffectiveNetwork modelA = hopfield.effectiveNetwork();
            assertEquals(0, hopfield.effectiveEnergyOffset(), 0);
            for (int s = 0; s < 50; s++) {
                double[] v = gaussian(rng, 10, 1.5);
                double eff = modelA.energy(v), e84 = hopfield.energy(v);
                assertRelative(e84, eff, 1e-9, "seed " + seed + ", state " + s + ": (28) = (25)");
            }
        }
    }

    /** Check 13, general g: the difference is one constant, the one the integration by parts predicts. */
    @Test
    void differenceIsTheSameConstantForOtherResponses() {
        Random rng = new Random(131);
        Memories xi = randomBinary(8, 12, rng);
        double[] input = gaussian(rng, 12, 0.3);
        double shift = 0.7;
        // L = log cosh(x) + 0.7: the same g = tanh, a Lagrangian that does not vanish at 0
        GradedResponse shifted = GradedResponse.of("tanh + 0.7",
                ScalarFunction.of("log cosh x + 0.7", x -> Math.log(Math.cosh(x)) + shift, Math::tanh,
                        x -> 1 - Math.tanh(x) * Math.tanh(x), true),
                z -> 0.5 * Math.log((1 + z) / (1 - z)), -1, 1,
                z -> z * 0.5 * Math.log((1 + z) / (1 - z)) + 0.5 * Math.log(1 - z * z));
        GradedResponse[] responses = {GradedResponse.tanh(2.5), GradedResponse.sigmoid(1.5), shifted};
        double[] predicted = {0, 0, -12 * shift};
        for (int r = 0; r < responses.length; r++) {
            ContinuousHopfield hopfield = new ContinuousHopfield(xi, responses[r], 0.5, input);
            EffectiveNetwork modelA = hopfield.effectiveNetwork();
            assertRelative(predicted[r], hopfield.effectiveEnergyOffset(), 1e-12, responses[r].name() + " offset");
            for (int s = 0; s < 30; s++) {
                double[] v = gaussian(rng, 12, 1.2);
                double difference = modelA.energy(v) - hopfield.energy(v);
                double scale = Math.max(1, Math.abs(hopfield.energy(v)));
                assertTrue(Math.abs(difference - predicted[r]) <= 1e-9 * scale,
                        responses[r].name() + ", state " + s + ": E_eff − E = " + difference + ", predicted " + predicted[r]);
            }
        }
    }

    /** Check 13: (M6) of Model A is Hopfield's (24). */
    @Test
    void rightHandSidesAgree() {
        Random rng = new Random(132);
        Memories xi = randomBinary(7, 15, rng);
        double[] input = gaussian(rng, 15, 0.4);
        for (GradedResponse g : new GradedResponse[] {GradedResponse.tanh(1), GradedResponse.sigmoid(2)}) {
            ContinuousHopfield hopfield = new ContinuousHopfield(xi, g, 0.3, input);
            EffectiveNetwork modelA = hopfield.effectiveNetwork();
            for (int s = 0; s < 20; s++) {
                double[] v = gaussian(rng, 15, 2);
                double[] a = hopfield.velocity(v), b = modelA.velocity(v);
                double[] c = new double[15];
                hopfield.computeDerivatives(0, v, c);
                for (int i = 0; i < 15; i++) {
                    assertRelative(a[i], b[i], 1e-9, g.name() + " dv_" + i + "/dt");
                    assertEquals(a[i], c[i], 0, "computeDerivatives is velocity");
                }
            }
        }
    }

    /** Integrated side by side, the two flows stay together and Hopfield's energy never rises. */
    @Test
    void trajectoriesAgreeWithTheEffectiveNetwork() {
        Random rng = new Random(134);
        Memories xi = randomBinary(3, 16, rng);
        double[] input = gaussian(rng, 16, 0.2);
        ContinuousHopfield hopfield = new ContinuousHopfield(xi, GradedResponse.tanh(1), 1, input);
        double[] v0 = gaussian(rng, 16, 1);
        Trajectory a = Simulation.of(hopfield).duration(6).sampleEvery(0.5).run(v0);
        Trajectory b = Simulation.of(hopfield.effectiveNetwork()).duration(6).sampleEvery(0.5).run(v0);
        assertTrue(a.isEnergyNonIncreasing(), a.toString());
        double[] ea = a.energies(), eb = b.energies();
        assertEquals(ea.length, eb.length);
        for (int k = 0; k < ea.length; k++) assertRelative(eb[k], ea[k], 1e-6, "energy at sample " + k);
        double[] va = a.finalState(), vb = b.finalState();
        for (int i = 0; i < 16; i++) assertRelative(vb[i], va[i], 1e-6, "v_" + i + " at t = 6");
        assertTrue(ea[ea.length - 1] < ea[0], "the energy fell: " + ea[0] + " → " + ea[ea.length - 1]);
    }

    @Test
    void velocityIsTgMinusVPlusIOverTau() {
        // ξ = (1, 1): T = [[1, 1], [1, 1]]; at v = (0, 0) with g = tanh, dv/dt = I/τ_f; at v = (a, b), (tanh a + tanh b − v_i + I_i)/τ_f
        Memories xi = Memories.of(new double[] {1, 1});
        ContinuousHopfield h = new ContinuousHopfield(xi, GradedResponse.tanh(1), 2, new double[] {0.5, -1});
        double[] dv = h.velocity(new double[] {1, -0.25});
        double drive = Math.tanh(1) + Math.tanh(-0.25);
        assertEquals((drive - 1 + 0.5) / 2, dv[0], 1e-15);
        assertEquals((drive + 0.25 - 1) / 2, dv[1], 1e-15);
        // E at V = (½, −½): −½VᵀTV = 0, −V·I = −¼ − ½, Σ∫₀^V artanh = 2·(½ artanh ½ + ½ ln ¾)
        double integral = 0.5 * 0.5493061443340549 + 0.5 * Math.log(0.75);
        assertEquals(-0.75 + 2 * integral, h.energyOfOutputs(new double[] {0.5, -0.5}), 1e-15);
    }

    /** Along (24), dE/dt = −τ_f Σ g'(v_i) v̇_i² against the central difference of (25), step 1e-6. */
    @Test
    void energyRateIsTheDerivativeAlongTheFlow() {
        Random rng = new Random(133);
        Memories xi = randomBinary(5, 9, rng);
        double[] input = gaussian(rng, 9, 0.5);
        for (GradedResponse g : new GradedResponse[] {GradedResponse.tanh(1), GradedResponse.sigmoid(1)}) {
            ContinuousHopfield h = new ContinuousHopfield(xi, g, 0.7, input);
            for (int s = 0; s < 10; s++) {
                double[] v = gaussian(rng, 9, 1);
                double[] dv = h.velocity(v);
                double eps = 1e-6;
                double[] plus = v.clone(), minus = v.clone();
                for (int i = 0; i < 9; i++) {
                    plus[i] += eps * dv[i];
                    minus[i] -= eps * dv[i];
                }
                double numeric = (h.energy(plus) - h.energy(minus)) / (2 * eps);
                double rate = h.energyRate(v);
                assertTrue(rate <= 0, "dE/dt ≤ 0 for monotone g");
                assertRelative(numeric, rate, 1e-6, g.name() + " dE/dt");
            }
        }
    }

    @Test
    void weightsAreHebbianAndCopied() {
        Memories xi = Memories.of(new double[] {1, -1, 1}, new double[] {1, 1, -1});
        ContinuousHopfield h = new ContinuousHopfield(xi, GradedResponse.tanh(1), 1, null);
        double[][] t = h.weights();
        assertEquals(2, t[0][0], 0);
        assertEquals(0, t[0][1], 0);
        assertEquals(-2, t[1][2], 0);
        t[0][0] = 99;
        assertEquals(2, h.weights()[0][0], 0);
        assertEquals(3, h.featureCount());
        assertTrue(Convexity.of(h.layers(new double[] {0, 1, 2})).isPsd(), "log cosh and ½‖h‖² are convex");
    }

    @Test
    void badInputIsNamed() {
        Memories xi = Memories.of(new double[] {1, -1, 1});
        assertEquals("memories ξ are null",
                assertThrows(IllegalArgumentException.class, () -> new ContinuousHopfield(null, GradedResponse.tanh(1), 1, null)).getMessage());
        assertEquals("graded response g is null",
                assertThrows(IllegalArgumentException.class, () -> new ContinuousHopfield(xi, null, 1, null)).getMessage());
        assertEquals("τ_f must be finite and > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new ContinuousHopfield(xi, GradedResponse.tanh(1), 0, null)).getMessage());
        ContinuousHopfield h = new ContinuousHopfield(xi, GradedResponse.tanh(1), 1, null);
        assertEquals("feature state v has length 2 but 3 is required",
                assertThrows(IllegalArgumentException.class, () -> h.energy(new double[2])).getMessage());
        assertEquals("tanh(β=1): ∫₀^V g⁻¹ needs V in [-1, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> h.energyOfOutputs(new double[] {0, 1.5, 0})).getMessage());
    }
}
