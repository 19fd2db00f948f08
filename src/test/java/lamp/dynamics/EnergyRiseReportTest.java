package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.linalg.Dense;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import lamp.network.Network;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 check 3, through a simulation: when the energy rises along an integrated trajectory,
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

    /** L_h = ½Σh² (Hessian I, PSD) with the activation −h instead of its gradient h. */
    static final Lagrangian WRONG_SIGN = new Lagrangian() {
        @Override public String name() { return "wrongSign"; }
        @Override public double value(double[] x) { return 0.5 * Dense.dot(x, x); }
        @Override public void activation(double[] x, double[] out) { for (int i = 0; i < x.length; i++) out[i] = -x[i]; }
        @Override public void hessianTimes(double[] x, double[] u, double[] out) { System.arraycopy(u, 0, out, 0, u.length); }
    };

    /**
     * Issue 10: an activation that is not its Lagrangian's gradient makes E rise although both
     * Hessians are PSD; the report says so instead of blaming the step. With ξ = I₂, L_v = ½‖v‖²,
     * the activation −h of {@link #WRONG_SIGN} and τ_h = 0.1, E = ½v² − 3h²/2 + h·v and
     * dE/dt = −(v + h)² + (v − h)(v − 3h)/τ_h = 9 at v = (1, 0), h = 0.
     */
    @Test
    void riseFromAnActivationThatIsNotTheGradientIsNamed() {
        Network net = Network.builder(Memories.identity(2)).featureLagrangian(Lagrangians.identity()).hiddenLagrangian(WRONG_SIGN)
                .tauFeature(1).tauHidden(0.1).build();
        Trajectory tr = Simulation.of(net).duration(0.5).sampleEvery(0.05).run(net.state(new double[] {1, 0}, new double[] {0, 0}));
        assertFalse(tr.isEnergyNonIncreasing(), tr.toString());
        EnergyRise first = tr.energyRises().get(0);
        assertEquals(0, first.fromTime());
        assertEquals(EnergyRise.Cause.ACTIVATION_NOT_GRADIENT, first.cause(), first.explanation());
        assertTrue(first.explanation().startsWith("activation is not the gradient of L: L_h wrongSign along the flow at [0."),
                first.explanation());
        assertTrue(first.explanation().endsWith("; the energy law (M4) needs each activation to be its Lagrangian's gradient (M1)"),
                first.explanation());
        assertTrue(net.convexity(net.features(tr.states().get(1)), net.hidden(tr.states().get(1))).isPsd(), "both Hessians are PSD");
        // the f·ḣ it reports is minus the central difference of L_h along the flow
        Matcher m = Pattern.compile(".*: f·ḣ = (\\S+) but the central difference of L gives (\\S+);.*")
                .matcher(first.explanation());
        assertTrue(m.matches(), first.explanation());
        assertEquals(-Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), 1e-5 * Math.abs(Double.parseDouble(m.group(2))));

        // the same network with the true gradient h never rises
        Network right = Network.builder(Memories.identity(2)).featureLagrangian(Lagrangians.identity())
                .hiddenLagrangian(Lagrangians.identity()).tauFeature(1).tauHidden(0.1).build();
        assertTrue(Simulation.of(right).duration(0.5).sampleEvery(0.05).run(right.state(new double[] {1, 0}, new double[] {0, 0}))
                .isEnergyNonIncreasing());
    }

    /** A model that names no Lagrangians: its rises are reported with cause UNKNOWN. dv/dt = 1 with E = v rises. */
    @Test
    void riseOfAModelWithoutLagrangiansIsUnknown() {
        EnergyModel climbing = new EnergyModel() {
            @Override public int getDimension() { return 1; }
            @Override public void computeDerivatives(double t, double[] y, double[] yDot) { yDot[0] = 1; }
            @Override public double energy(double[] y) { return y[0]; }
            @Override public double energyRate(double[] y) { return 1; }
            @Override public int featureCount() { return 1; }
        };
        Trajectory tr = Simulation.of(climbing).duration(1).sampleEvery(0.5).run(new double[] {0});
        assertEquals(2, tr.energyRises().size());
        EnergyRise r = tr.energyRises().get(1);
        assertEquals(0.5, r.fromTime(), 0);
        assertEquals(1, r.toTime(), 0);
        assertEquals(0.5, r.fromEnergy(), 1e-12);
        assertEquals(1, r.toEnergy(), 1e-12);
        assertEquals(EnergyRise.Cause.UNKNOWN, r.cause());
        assertEquals("the model names no Lagrangians (EnergyModel.layers), so the cause of the rise is unknown", r.explanation());
        assertEquals("energy rose by 0.500 between t=0.5000 and t=1.000: the model names no Lagrangians (EnergyModel.layers),"
                + " so the cause of the rise is unknown", r.toString());
    }
}
