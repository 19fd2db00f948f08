package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangians;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import lamp.network.Network;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * MATH.md §5 check 3, through a simulation: when the energy rises along an integrated trajectory,
 * the {@link Trajectory} lists {@link EnergyRise} intervals whose cause is {@link EnergyRise.Cause#NOT_PSD},
 * naming the non-PSD Lagrangian; with convex Lagrangians, a rise can only come from an integrator step too large for
 * the flow, and the report says so.
 */
class EnergyRiseReportTest {

    /** §5 check 3: a run of the network with L_h = −log cosh from a state where (M4) &gt; 0. */
    @Test
    void check3_energyRiseNamesNonPsdLagrangian() {
        Random rng = new Random(303);
        Memories xi = TestFixtures.gaussianMemories(rng, 6, 4, 0.5);
        Network net = Network.builder(xi).featureLagrangian(Lagrangians.tanh(1))
                .hiddenLagrangian(Lagrangians.negativeLogCosh(1)).tauFeature(1).tauHidden(1).build();
        double[] y0 = null;
        for (int t = 0; t < 2000 && y0 == null; t++) {
            double[] y = net.state(TestFixtures.gaussian(rng, 4, 1), TestFixtures.gaussian(rng, 6, 1));
            if (net.energyRate(y) > 1e-2) y0 = y;
        }
        assertNotNull(y0, "random search found no state with dE/dt > 0");
        Trajectory tr = Simulation.of(net).duration(1).sampleEvery(0.01).run(y0);
        assertTrue(tr.maxEnergyRate() > 0, "max dE/dt = " + tr.maxEnergyRate());
        assertFalse(tr.isEnergyNonIncreasing(), "the energy should rise: " + tr);
        EnergyRise first = tr.energyRises().get(0);
        assertTrue(first.toEnergy() > first.fromEnergy(), first.toString());
        assertEquals(EnergyRise.Cause.NOT_PSD, first.cause(), first.explanation());
        assertTrue(first.explanation().startsWith("NOT PSD: L_h negativeLogCosh(β=1) has Hessian eigenvalue -"),
                "the explanation should name L_h: " + first.explanation());
        assertTrue(tr.toString().contains("WARNING"), tr.toString());
    }

    /**
     * §5 check 3, integrator side: explicit Euler with Δt = 3τ_f on Model B (convex Lagrangians)
     * overshoots the fixed point (the linearised step multiplies deviations by ≈ 1 − Δt/τ_f = −2),
     * so E rises; the report blames the step, not the Lagrangians.
     */
    @Test
    void check3_eulerStepTooLargeIsReported() {
        Random rng = new Random(304);
        Memories xi = TestFixtures.randomPatterns(rng, 5, 8);
        ModernHopfield model = new ModernHopfield(xi, 1);
        double[] v0 = TestFixtures.gaussian(rng, 8, 1);
        Trajectory tr = Simulation.of(model).integrator(Integrator.EULER).step(3).sampleEvery(3).duration(30).run(v0);
        assertFalse(tr.isEnergyNonIncreasing(), "Euler with Δt = 3 should raise E: " + tr);
        for (EnergyRise r : tr.energyRises()) {
            assertEquals(EnergyRise.Cause.STEP_TOO_LARGE, r.cause(), r.explanation());
            assertTrue(r.explanation().startsWith("the Hessians are PSD and each activation is its Lagrangian's gradient at both ends,"
                    + " so the integrator step is too large for this flow (both Hessians PSD"), r.explanation());
        }
        // the same model with a small step never rises
        Trajectory fine = Simulation.of(model).integrator(Integrator.EULER).step(0.01).sampleEvery(0.1).duration(10).run(v0);
        assertTrue(fine.isEnergyNonIncreasing(), fine.toString());
    }
}
