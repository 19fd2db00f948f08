package lamp.limit;

import static lamp.network.TestFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/** Model C (MATH.md §3, M12): §5 check 10 and the Model C exact values. */
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
}
