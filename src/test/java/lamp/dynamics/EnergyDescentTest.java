package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.limit.EffectiveNetwork;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Memories;
import lamp.network.Network;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 check 2: E never increases along integrated trajectories when both Hessians are PSD,
 * for every model of §3 with convex Lagrangians, both the microscopic network (M2–M4) and its
 * fast-hidden limit (M5–M6). Checked on the recorded energies (no rise beyond the simulation's
 * 1e-9 relative tolerance, and E(end) ≤ E(0)) and on the analytic rate (max dE/dt ≤ 1e-12).
 */
class EnergyDescentTest {

    static final int N_F = 6, N_H = 9;

    static Object[][] convexModels() {
        return new Object[][] {
            {"A: tanh / rectifiedPower(3)", Lagrangians.tanh(1), Lagrangians.rectifiedPower(3)},
            {"A: tanh(2) / exponential(1)", Lagrangians.tanh(2), Lagrangians.exponential(1)},
            {"A: sigmoid(2) / rectifiedPower(2)", Lagrangians.sigmoid(2), Lagrangians.rectifiedPower(2)},
            {"A: tanh / logCosh", Lagrangians.tanh(1), Lagrangians.tanh(1)},
            {"B: identity / logSumExp(2)", Lagrangians.identity(), Lagrangians.logSumExp(2)},
            {"C: spherical / logSumExp(1)", Lagrangians.spherical(), Lagrangians.logSumExp(1)},
            {"C: spherical / rectifiedPower(3)", Lagrangians.spherical(), Lagrangians.rectifiedPower(3)},
        };
    }

    static void assertDescends(String what, Trajectory tr) {
        assertNotEquals(StopReason.FAILED, tr.stopReason(), what + ": " + tr.message());
        assertNotEquals(StopReason.BLOW_UP, tr.stopReason(), what + ": " + tr.message());
        assertTrue(tr.isEnergyNonIncreasing(), what + ": " + tr);
        assertTrue(tr.maxEnergyRate() <= 1e-12, what + ": max dE/dt = " + tr.maxEnergyRate());
        double[] e = tr.energies();
        assertTrue(e.length > 10, what + ": too few samples");
        for (int k = 1; k < e.length; k++) {
            assertTrue(e[k] <= e[k - 1] + 1e-9 * (1 + Math.abs(e[k - 1])), what + ": E rose at sample " + k + ": " + e[k - 1] + " → " + e[k]);
        }
        assertTrue(e[e.length - 1] < e[0], what + ": E should fall overall, " + e[0] + " → " + e[e.length - 1]);
    }

    /** §5 check 2, microscopic network (M2), Models A, B, C, random ξ, I and starts (h not at rest). */
    @Test
    void check2_energyNonIncreasingMicroscopic() {
        Random rng = new Random(201);
        for (Object[] m : convexModels()) {
            for (int run = 0; run < 2; run++) {
                Memories xi = TestFixtures.gaussianMemories(rng, N_H, N_F, 1 / Math.sqrt(N_F));
                Network net = Network.builder(xi).featureLagrangian((Lagrangian) m[1]).hiddenLagrangian((Lagrangian) m[2])
                        .tauFeature(1).tauHidden(0.2).input(TestFixtures.gaussian(rng, N_F, 0.3)).build();
                double[] y0 = net.state(TestFixtures.gaussian(rng, N_F, 1), TestFixtures.gaussian(rng, N_H, 1));
                Trajectory tr = Simulation.of(net).duration(8).sampleEvery(0.05).run(y0);
                assertDescends(m[0] + " (micro, run " + run + ")", tr);
            }
        }
    }

    /** §5 check 2, fast-hidden limit (M6): dE_eff/dt = −τ_f v̇ᵀH_v v̇ ≤ 0, Models A, B, C. */
    @Test
    void check2_energyNonIncreasingEffective() {
        Random rng = new Random(202);
        for (Object[] m : convexModels()) {
            for (int run = 0; run < 2; run++) {
                Memories xi = TestFixtures.gaussianMemories(rng, N_H, N_F, 1 / Math.sqrt(N_F));
                EffectiveNetwork eff = new EffectiveNetwork(xi, (Lagrangian) m[1], (Lagrangian) m[2], 1, TestFixtures.gaussian(rng, N_F, 0.3));
                Trajectory tr = Simulation.of(eff).duration(8).sampleEvery(0.05).run(TestFixtures.gaussian(rng, N_F, 1));
                assertDescends(m[0] + " (effective, run " + run + ")", tr);
            }
        }
    }

    /** §5 check 2 for the named limit classes: Model B (ModernHopfield) and Model C (SphericalMemory). */
    @Test
    void check2_energyNonIncreasingNamedLimitModels() {
        Random rng = new Random(203);
        Memories xi = TestFixtures.randomPatterns(rng, 20, 16);
        EnergyModel[] models = {
            new ModernHopfield(xi, 0.5), new ModernHopfield(xi, 4),
            new SphericalMemory(xi, Lagrangians.logSumExp(1)), new SphericalMemory(xi, Lagrangians.rectifiedPower(3)),
        };
        for (EnergyModel model : models) {
            Trajectory tr = Simulation.of(model).duration(6).sampleEvery(0.05).run(TestFixtures.gaussian(rng, 16, 1));
            assertDescends(model.toString(), tr);
            assertEquals(0, tr.energyRises().size());
        }
    }
}
