package lamp.limit;

import static lamp.network.TestFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.linalg.Dense;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/** Model C (THEORY.md §3, M12): §5 check 10 and the Model C exact values. */
class SphericalMemoryTest {

    /** §5 check 10: E(c·v) = E(v) for c &gt; 0, with log-sum-exp and rectified-power hidden layers, with and without I. */
    @Test
    void check10_energyInvariantToPositiveScaling() {
        Random rng = new Random(1001);
        Memories xi = TestFixtures.gaussianMemories(rng, 15, 10, 0.5);
        double[] input = TestFixtures.gaussian(rng, 10, 0.5);
        Lagrangian[] hidden = {Lagrangians.logSumExp(1), Lagrangians.logSumExp(5), Lagrangians.rectifiedPower(3), Lagrangians.exponential(1)};
        for (Lagrangian lh : hidden) {
            for (double[] in : new double[][] {null, input}) {
                SphericalMemory model = new SphericalMemory(xi, lh, in);
                EffectiveNetwork general = new EffectiveNetwork(xi, Lagrangians.spherical(), lh, 1, in);
                for (int s = 0; s < 5; s++) {
                    double[] v = TestFixtures.gaussian(rng, 10, 1);
                    double e = model.energy(v);
                    for (double c : new double[] {1e-3, 0.5, 2, 1e3}) {
                        double[] cv = v.clone();
                        for (int i = 0; i < cv.length; i++) cv[i] *= c;
                        assertRelative(e, model.energy(cv), 1e-9, model + " E(" + c + "·v)");
                        assertRelative(e, general.energy(cv), 1e-9, model + " (M5) E(" + c + "·v)");
                    }
                }
            }
        }
    }

    /**
     * Exact values: ξ = identity 2×2, L_h = Σ(h)₊³/3: E(2, 0.5) = E(10, 2.5) = −0.30911403190905185;
     * iterating the update converges to (1, 0) with E = −1/3.
     */
    @Test
    void exactValues_identityMemoriesCubic() {
        Memories xi = Memories.identity(2);
        AssociativeMemory[] models = {
            new SphericalMemory(xi, Lagrangians.rectifiedPower(3)), Models.create("sphericalPower(3)", xi),
        };
        for (AssociativeMemory model : models) {
            assertRelative(-0.30911403190905185, model.energy(new double[] {2, 0.5}), 1e-9, model + " E(2, 0.5)");
            assertRelative(-0.30911403190905185, model.energy(new double[] {10, 2.5}), 1e-9, model + " E(10, 2.5)");
            // closed form: −(cos³θ + sin³θ)/3 with (cos θ, sin θ) = (2, 0.5)/√4.25
            double r = Math.sqrt(4.25), c = 2 / r, s = 0.5 / r;
            assertRelative(-(c * c * c + s * s * s) / 3, model.energy(new double[] {2, 0.5}), 1e-9, "closed form");
            Retrieval ret = model.retrieve(new double[] {2, 0.5});
            assertTrue(ret.converged(), ret.toString());
            assertEquals(1, ret.state()[0], 1e-12, ret.toString());
            assertEquals(0, ret.state()[1], 1e-12, ret.toString());
            assertRelative(-1.0 / 3, ret.energy(), 1e-9, "E at the fixed point");
            assertRelative(-1.0 / 3, model.energy(new double[] {1, 0}), 1e-9, "E(1, 0)");
        }
    }
    /** α = 1 (the default) is the general (M6): same velocity, update and rate as EffectiveNetwork with L_v = ‖v‖. */
    @Test
    void defaultDecayIsTheGeneralEffectiveModel() {
        Random rng = new Random(1002);
        Memories xi = TestFixtures.gaussianMemories(rng, 9, 6, 0.7);
        double[] input = TestFixtures.gaussian(rng, 6, 0.3);
        SphericalMemory model = new SphericalMemory(xi, Lagrangians.rectifiedPower(3), input);
        EffectiveNetwork general = new EffectiveNetwork(xi, Lagrangians.spherical(), Lagrangians.rectifiedPower(3), 1, input);
        assertEquals(1, model.decay());
        for (int s = 0; s < 5; s++) {
            double[] v = TestFixtures.gaussian(rng, 6, 2);
            assertArrayEquals(general.velocity(v), model.velocity(v), 1e-12);
            assertArrayEquals(general.update(v), model.update(v), 1e-12);
            assertRelative(general.energyRate(v), model.energyRate(v), 1e-12, "dE/dt");
            double[] dy = new double[6];
            model.computeDerivatives(0, v, dy);
            assertArrayEquals(general.velocity(v), dy, 1e-12);
        }
    }

    /**
     * KH2020 (22) (with lamp's input I): τ_f dv/dt = ξᵀf(ξv/‖v‖) − αv + I, written out by hand; the update (M7) is
     * the same for every α; the rate dE/dt and the direction velocity du/dt do not depend on α at a given v (20).
     */
    @Test
    void decayEntersTheVelocityOnlyAlongV() {
        Random rng = new Random(1003);
        Memories xi = TestFixtures.gaussianMemories(rng, 7, 5, 1);
        double[] input = TestFixtures.gaussian(rng, 5, 0.2);
        SphericalMemory one = new SphericalMemory(xi, Lagrangians.rectifiedPower(3), input);
        for (double alpha : new double[] {0, 0.5, 2.5}) {
            SphericalMemory model = one.withDecay(alpha);
            assertEquals(alpha, model.decay());
            for (int s = 0; s < 5; s++) {
                double[] v = TestFixtures.gaussian(rng, 5, 3);
                double r = Dense.norm(v);
                double[] u = new double[5];
                for (int i = 0; i < 5; i++) u[i] = v[i] / r;
                double[] h = xi.multiply(u), f = new double[h.length];
                for (int m = 0; m < h.length; m++) f[m] = h[m] > 0 ? h[m] * h[m] : 0;
                double[] drive = xi.multiplyTransposed(f), expected = new double[5];
                for (int i = 0; i < 5; i++) expected[i] = drive[i] + input[i] - alpha * v[i];
                assertArrayEquals(expected, model.velocity(v), 1e-12);
                double[] dy = new double[5];
                model.computeDerivatives(0, v, dy);
                assertArrayEquals(expected, dy, 1e-12);
                assertArrayEquals(one.update(v), model.update(v), 1e-12);
                assertRelative(one.energyRate(v), model.energyRate(v), 1e-10, "dE/dt at α = " + alpha);
                assertArrayEquals(one.directionVelocity(v), model.directionVelocity(v), 1e-12);
                // dE/dt = −‖(I − uuᵀ)(ξᵀf + I)‖²/(τ_f‖v‖)
                double along = 0;
                for (int i = 0; i < 5; i++) along += u[i] * (drive[i] + input[i]);
                double perp = 0;
                for (int i = 0; i < 5; i++) perp += Math.pow(drive[i] + input[i] - along * u[i], 2);
                assertRelative(-perp / r, model.energyRate(v), 1e-10, "closed-form dE/dt at α = " + alpha);
            }
        }
    }

    /** dE/dt and du/dt against central differences (step 1e-6) of E and of v/‖v‖ along the flow, α ∈ {0, 0.5, 1}. */
    @Test
    void rateAndDirectionVelocityMatchFiniteDifferences() {
        Random rng = new Random(1004);
        Memories xi = TestFixtures.gaussianMemories(rng, 6, 4, 1);
        for (double alpha : new double[] {0, 0.5, 1}) {
            SphericalMemory model = new SphericalMemory(xi, Lagrangians.logSumExp(2), null, alpha);
            for (int s = 0; s < 4; s++) {
                double[] v = TestFixtures.gaussian(rng, 4, 1.5), dv = model.velocity(v);
                double eps = 1e-6;
                double[] plus = v.clone(), minus = v.clone();
                for (int i = 0; i < 4; i++) { plus[i] += eps * dv[i]; minus[i] -= eps * dv[i]; }
                double fd = (model.energy(plus) - model.energy(minus)) / (2 * eps);
                assertEquals(fd, model.energyRate(v), 1e-7 * (1 + Math.abs(fd)), "dE/dt at α = " + alpha);
                double[] du = model.directionVelocity(v);
                double rp = Dense.norm(plus), rm = Dense.norm(minus);
                for (int i = 0; i < 4; i++) {
                    assertEquals((plus[i] / rp - minus[i] / rm) / (2 * eps), du[i], 1e-7, "du/dt at α = " + alpha);
                }
            }
        }
    }

    /** A negative or non-finite decay coefficient is refused, naming it. */
    @Test
    void badDecayIsRefused() {
        SphericalMemory model = new SphericalMemory(Memories.identity(2), Lagrangians.rectifiedPower(3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.withDecay(-1));
        assertEquals("decay coefficient α must be finite and >= 0, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> model.withDecay(Double.NaN));
        assertEquals("spherical L_h=rectifiedPower(3), α=0.5", model.withDecay(0.5).name());
    }

    /** With L_v = ‖v‖, v·g − L_v = 0 (Euler's theorem for a degree-one L_v), at norms from 1e-3 to 1e3. */
    @Test
    void legendreTermVanishes() {
        Random rng = new Random(1005);
        Lagrangian sphere = Lagrangians.spherical();
        for (int s = 0; s < 50; s++) {
            double[] v = TestFixtures.gaussian(rng, 12, Math.pow(10, -3 + 6.0 * s / 50));
            double vg = Dense.dot(v, sphere.activation(v)), l = sphere.value(v);
            assertEquals(0, vg - l, 1e-12 * l, "v·g − ‖v‖ at ‖v‖ = " + l);
        }
    }

    /** The update depends on v only through its direction: update(c·v) = update(v), c from 1e-3 to 1e3. */
    @Test
    void updateIsScaleInvariant() {
        Random rng = new Random(1006);
        Memories xi = TestFixtures.gaussianMemories(rng, 30, 12, 1);
        SphericalMemory model = new SphericalMemory(xi, Lagrangians.logSumExp(2), TestFixtures.gaussian(rng, 12, 0.5));
        for (int s = 0; s < 20; s++) {
            double[] v = TestFixtures.gaussian(rng, 12, 1), u = model.update(v);
            for (double c : new double[] {1e-3, 0.5, 2, 1e3}) {
                double[] cv = v.clone();
                for (int i = 0; i < cv.length; i++) cv[i] *= c;
                double[] uc = model.update(cv);
                for (int i = 0; i < u.length; i++) assertEquals(u[i], uc[i], 1e-9 * (1 + Math.abs(u[i])), "update(" + c + "·v)");
            }
        }
    }

    /** On ±1 queries (‖q‖ = √N_f = 8) one update of Model C at β = 8 is one update of Model B at β = 1. */
    @Test
    void matchedBetaOnBinaryQueriesIsModelB() {
        Memories xi = Patterns.randomBinary(200, 64, 1985);
        AssociativeMemory c = Models.create("spherical(8)", xi), b = Models.create("modern(1)", xi);
        for (int s = 0; s < 20; s++) {
            double[] q = Patterns.randomBinaryVector(64, 2000 + s), uc = c.update(q), ub = b.update(q);
            for (int i = 0; i < 64; i++) assertEquals(ub[i], uc[i], 1e-9 * (1 + Math.abs(ub[i])), "entry " + i);
        }
    }
}
