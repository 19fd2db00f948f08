package lamp.dynamics;

import static lamp.network.TestFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lamp.lagrangian.Lagrangians;
import lamp.limit.EffectiveNetwork;
import lamp.memory.Memories;
import lamp.network.Network;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 "Exact values", blow-up: L_v = ½‖v‖², L_h = Σ(h)₊³/3, ξ = identity 2×2, τ_f = 1,
 * I = 0, fast hidden limit. Then dv_i/dt = (v_i)₊² − v_i, so from v(0) = (1.5, 0.2) the solution
 * is v(t) = (1/(1 − eᵗ/3), 1/(1 + 4eᵗ)), which blows up at t = ln 3, and from (0.5, 0.2) it is
 * (1/(1 + eᵗ), 1/(1 + 4eᵗ)), decaying to 0. Also §1's unbounded case in the microscopic network.
 */
class BlowUpTest {

    static final double LN3 = Math.log(3);

    static EffectiveNetwork viaNetwork() {
        return EffectiveNetwork.fastHiddenLimit(Network.builder(Memories.identity(2)).featureLagrangian(Lagrangians.identity())
                .hiddenLagrangian(Lagrangians.rectifiedPower(3)).tauFeature(1).build());
    }

    static EffectiveNetwork direct() {
        return new EffectiveNetwork(Memories.identity(2), Lagrangians.identity(), Lagrangians.rectifiedPower(3), 1, null);
    }

    static double[] exactBlowing(double t) {
        return new double[] {1 / (1 - Math.exp(t) / 3), 1 / (1 + 4 * Math.exp(t))};
    }

    static double[] exactDecaying(double t) {
        return new double[] {1 / (1 + Math.exp(t)), 1 / (1 + 4 * Math.exp(t))};
    }

    /** The sampled state at time t (samples fall on multiples of the sample interval). */
    static double[] stateAt(Trajectory tr, double t) {
        double[] times = tr.times();
        List<double[]> states = tr.states();
        for (int k = 0; k < times.length; k++) if (Math.abs(times[k] - t) < 1e-9) return states.get(k);
        throw new AssertionError("no sample at t = " + t);
    }

    /** Exact values: the blow-up trajectory matches at t = 0.5, 1 and stops with BLOW_UP at ln 3. */
    @Test
    void exactBlowUpTrajectoryAndReport() {
        for (EffectiveNetwork model : new EffectiveNetwork[] {direct(), viaNetwork()}) {
            for (Integrator integrator : new Integrator[] {Integrator.DORMAND_PRINCE, Integrator.DORMAND_PRINCE_853}) {
                Trajectory tr = Simulation.of(model).integrator(integrator).tolerance(1e-12).duration(2).sampleEvery(0.5)
                        .run(new double[] {1.5, 0.2});
                String what = integrator + " " + model;
                for (double t : new double[] {0.5, 1.0}) {
                    double[] v = stateAt(tr, t), exact = exactBlowing(t);
                    assertRelative(exact[0], v[0], 1e-6, what + " v1(" + t + ")");
                    assertRelative(exact[1], v[1], 1e-6, what + " v2(" + t + ")");
                }
                assertEquals(StopReason.BLOW_UP, tr.stopReason(), what + ": " + tr.message());
                assertEquals(LN3, tr.finalTime(), 1e-4, what + ": blow-up time");
                assertTrue(tr.message().contains("blew up"), tr.message());
            }
        }
    }

    /** Exact values: from (0.5, 0.2) the flow decays to 0 along the exact solution; E never rises. */
    @Test
    void exactDecayingTrajectoryForEveryIntegrator() {
        // fixed-step integrators are checked to their order: RK4 with step 0.01 (error ~ 1e-10), Euler with step 1e-4 (first order: relative error ≈ Δt·t/2 ≤ 5e-4 up to t = 10)
        Object[][] runs = {
            {Integrator.DORMAND_PRINCE, 0.05, 1e-6},
            {Integrator.DORMAND_PRINCE_853, 0.05, 1e-6},
            {Integrator.RUNGE_KUTTA, 0.01, 1e-6},
            {Integrator.EULER, 1e-4, 1e-3},
        };
        for (EffectiveNetwork model : new EffectiveNetwork[] {direct(), viaNetwork()}) {
            for (Object[] run : runs) {
                Integrator integrator = (Integrator) run[0];
                double step = (Double) run[1], tol = (Double) run[2];
                Trajectory tr = Simulation.of(model).integrator(integrator).step(step).tolerance(1e-12).duration(10)
                        .sampleEvery(0.5).run(new double[] {0.5, 0.2});
                String what = integrator + " " + model;
                assertEquals(StopReason.DURATION, tr.stopReason(), what + ": " + tr.message());
                for (double t : new double[] {0.5, 1.0, 5.0, 10.0}) {
                    double[] v = stateAt(tr, t), exact = exactDecaying(t);
                    assertRelative(exact[0], v[0], tol, what + " v1(" + t + ")");
                    assertRelative(exact[1], v[1], tol, what + " v2(" + t + ")");
                }
                assertTrue(tr.isEnergyNonIncreasing(), what + ": " + tr);
                assertTrue(tr.maxEnergyRate() <= 1e-15, what + ": max dE/dt " + tr.maxEnergyRate());
                double[] end = tr.finalState();
                assertTrue(Math.abs(end[0]) < 1e-4 && Math.abs(end[1]) < 1e-4, what + ": should decay to 0");
            }
        }
    }

    /**
     * THEORY.md §1, unbounded case: with L_v = ½‖v‖² and L_h = Σ(h)₊ⁿ/n, n ≥ 3, E is unbounded below
     * (E_eff(c·e₁) = c²/2 − cⁿ/n) and the microscopic network blows up too.
     */
    @Test
    void unboundedCaseBlowsUpInMicroscopicNetwork() {
        for (int n : new int[] {3, 4}) {
            Network net = Network.builder(Memories.identity(2)).featureLagrangian(Lagrangians.identity())
                    .hiddenLagrangian(Lagrangians.rectifiedPower(n)).tauFeature(1).tauHidden(0.1).build();
            for (double c : new double[] {2, 10, 100}) {
                double[] y = net.adiabaticState(new double[] {c, 0});
                assertRelative(c * c / 2 - Math.pow(c, n) / n, net.energy(y), 1e-9, "E at c·e1, n = " + n);
            }
            Trajectory tr = Simulation.of(net).duration(20).run(net.adiabaticState(new double[] {1.5, 0.2}));
            assertEquals(StopReason.BLOW_UP, tr.stopReason(), "n = " + n + ": " + tr.message());
            assertTrue(tr.isEnergyNonIncreasing(), "E falls without bound, never rises: " + tr);
            double[] e = tr.energies();
            assertTrue(e[e.length - 1] < -1e6, "E should run off to −∞, ended at " + e[e.length - 1]);
        }
    }
}
