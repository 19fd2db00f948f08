package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 check 12: the discrete update (M7), v ← ξᵀf(ξg(v)) + I, never increases E_eff (M5)
 * when L_v and L_h are convex — it is a concave–convex step, ∇L_v*(g_new) = I + ξᵀ∇L_h(ξg_old).
 * Random instances (ξ, I, v0) for Model A (tanh features, convex additive hidden Lagrangians),
 * Model B and Model C.
 */
class DiscreteUpdateDescentTest {

    static List<EffectiveNetwork> instances(Random rng) {
        List<EffectiveNetwork> out = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int n = 4 + rng.nextInt(8), m = 3 + rng.nextInt(20);
            double scale = 0.3 + rng.nextDouble();
            Memories xi = TestFixtures.gaussianMemories(rng, m, n, scale);
            Memories pm = TestFixtures.randomPatterns(rng, m, n);
            double[] in = k % 2 == 0 ? null : TestFixtures.gaussian(rng, n, 0.5);
            Lagrangian[] additive = {Lagrangians.rectifiedPower(2), Lagrangians.rectifiedPower(3), Lagrangians.exponential(1),
                    Lagrangians.tanh(1), Lagrangians.sigmoid(2), Lagrangians.identity()};
            for (Lagrangian lh : additive) {
                out.add(new EffectiveNetwork(xi, Lagrangians.tanh(1 + k), lh, 1, in));       // Model A
            }
            out.add(new ModernHopfield(xi, 0.5 + 2 * k, in));                                // Model B
            out.add(new ModernHopfield(pm, 0.1 + 0.3 * k, in));
            out.add(new SphericalMemory(xi, Lagrangians.logSumExp(1 + k), in));              // Model C
            out.add(new SphericalMemory(pm, Lagrangians.rectifiedPower(3), in));
            out.add(new SphericalMemory(xi, Lagrangians.exponential(1), in));
        }
        return out;
    }

    /**
     * A random start. Model C with a rectified hidden layer and I = 0 maps a v whose overlaps are all
     * ≤ 0 to v = 0, where g = v/‖v‖ is undefined (the library rejects it, naming the spherical
     * Lagrangian); such starts are redrawn. Once some overlap is positive, descent keeps it so.
     */
    static double[] start(EffectiveNetwork model, Random rng) {
        while (true) {
            double[] v = TestFixtures.gaussian(rng, model.featureCount(), 2);
            double norm = 0;
            for (double x : model.update(v)) norm += x * x;
            if (norm > 0) return v;
        }
    }

    /** §5 check 12: E_eff after each of 30 updates ≤ E_eff before (to rounding, 1e-12 relative). */
    @Test
    void check12_discreteUpdateNeverRaisesEffectiveEnergy() {
        Random rng = new Random(1201);
        int steps = 0;
        for (int rep = 0; rep < 5; rep++) {
            for (EffectiveNetwork model : instances(rng)) {
                double[] v = start(model, rng);
                double e = model.energy(v);
                for (int t = 0; t < 30; t++) {
                    double[] next = model.update(v);
                    double en = model.energy(next);
                    assertTrue(en <= e + 1e-12 * (1 + Math.abs(e)), model + " step " + t + ": E_eff rose " + e + " → " + en);
                    v = next;
                    e = en;
                    steps++;
                }
            }
        }
        assertTrue(steps > 1000);
    }
}
