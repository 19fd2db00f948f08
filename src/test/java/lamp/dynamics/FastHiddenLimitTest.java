package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.limit.EffectiveNetwork;
import lamp.memory.Memories;
import lamp.network.Network;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 check 5: the microscopic trajectory v_micro(t) (M2), started at rest h = ξg(v0),
 * approaches the effective one v_eff(t) (M6) as τ_h/τ_f → 0, the error shrinking about linearly:
 * for τ_h/τ_f = 1, 0.1, 0.01 each successive max-over-time error falls by a factor in [4, 25].
 *
 * <p>Measured (seed 501, t ≤ 5): A 0.103, 0.0176, 0.00190; B 0.633, 0.104, 0.0111; C 0.193, 0.0307,
 * 0.00322 (factors ≈ 6 then ≈ 9.4). The claim is asymptotic: with strong couplings (ξ scale 0.6)
 * Model A's micro run at τ_h = τ_f settled in a different attractor (errors 20, 6.6, 0.92), so the
 * instance here is kept in the regime where both runs approach the same fixed point.
 */
class FastHiddenLimitTest {

    static double maxError(Network net, double[] v0, double duration) {
        EffectiveNetwork eff = EffectiveNetwork.fastHiddenLimit(net);
        Trajectory micro = Simulation.of(net).duration(duration).sampleEvery(0.1).tolerance(1e-11).run(net.adiabaticState(v0));
        Trajectory limit = Simulation.of(eff).duration(duration).sampleEvery(0.1).tolerance(1e-11).run(v0);
        List<double[]> a = micro.states(), b = limit.states();
        assertEquals(b.size(), a.size(), "both runs sample the same times");
        double err = 0;
        for (int k = 0; k < a.size(); k++) {
            assertEquals(limit.times()[k], micro.times()[k], 1e-12);
            err = Math.max(err, TestFixtures.distance(net.features(a.get(k)), b.get(k)));
        }
        return err;
    }

    /** §5 check 5 for Models A, B, C. */
    @Test
    void check5_microscopicApproachesEffectiveLinearlyInTauRatio() {
        Random rng = new Random(501);
        Object[][] models = {
            {"A: tanh / rectifiedPower(3)", Lagrangians.tanh(1), Lagrangians.rectifiedPower(3)},
            {"B: identity / logSumExp(2)", Lagrangians.identity(), Lagrangians.logSumExp(2)},
            {"C: spherical / logSumExp(2)", Lagrangians.spherical(), Lagrangians.logSumExp(2)},
        };
        double[] ratios = {1, 0.1, 0.01};
        for (Object[] m : models) {
            Memories xi = TestFixtures.gaussianMemories(rng, 10, 6, 0.4);
            double[] input = TestFixtures.gaussian(rng, 6, 0.3);
            double[] v0 = TestFixtures.gaussian(rng, 6, 1);
            double[] err = new double[ratios.length];
            for (int r = 0; r < ratios.length; r++) {
                Network net = Network.builder(xi).featureLagrangian((Lagrangian) m[1]).hiddenLagrangian((Lagrangian) m[2])
                        .tauFeature(1).tauHidden(ratios[r]).input(input).build();
                err[r] = maxError(net, v0, 5);
            }
            String report = m[0] + ": max ‖v_micro − v_eff‖ for τ_h/τ_f = 1, 0.1, 0.01: " + err[0] + ", " + err[1] + ", " + err[2];
            assertTrue(err[2] > 0, report);
            for (int r = 1; r < ratios.length; r++) {
                double factor = err[r - 1] / err[r];
                assertTrue(factor >= 4 && factor <= 25, report + " (factor " + factor + ")");
            }
        }
    }
}
