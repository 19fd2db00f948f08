package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.network.Network;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a right-hand side or an energy that stops being finite ends the run at once, for every
 * integrator, with {@link StopReason#NON_FINITE} and a message naming the first non-finite quantity
 * and the time. (Dormand–Prince used to spin forever inside commons-math on a NaN right-hand side.)
 * Each model below counts its evaluations and fails the test past a bound, so a run that would
 * spin fails instead of hanging.
 */
class NonFiniteTest {

    /** ½Σh² with activation h, but NaN (value and activation) once any |h| passes 2: a user Lagrangian gone wrong. */
    static final Lagrangian NAN_BEYOND_2 = new Lagrangian() {
        @Override public String name() { return "nanBeyond2"; }

        @Override public double value(double[] x) {
            double s = 0;
            for (double v : x) s += Math.abs(v) > 2 ? Double.NaN : 0.5 * v * v;
            return s;
        }

        @Override public void activation(double[] x, double[] out) {
            for (int i = 0; i < x.length; i++) out[i] = Math.abs(x[i]) > 2 ? Double.NaN : x[i];
        }

        @Override public void hessianTimes(double[] x, double[] u, double[] out) {
            System.arraycopy(u, 0, out, 0, u.length);
        }
    };

    /** The model, with a bound on right-hand-side evaluations so that a spinning integrator fails the test. */
    static EnergyModel bounded(EnergyModel model, int maxEvaluations) {
        return new EnergyModel() {
            int evaluations;

            @Override public int getDimension() { return model.getDimension(); }

            @Override public void computeDerivatives(double t, double[] y, double[] yDot) {
                if (++evaluations > maxEvaluations) throw new AssertionError("still integrating after " + maxEvaluations + " evaluations");
                model.computeDerivatives(t, y, yDot);
            }

            @Override public double energy(double[] y) { return model.energy(y); }
            @Override public double energyRate(double[] y) { return model.energyRate(y); }
            @Override public int featureCount() { return model.featureCount(); }
            @Override public String toString() { return model.toString(); }
        };
    }

    /**
     * ξ = I₂, L_v = ½‖v‖², L_h = {@link #NAN_BEYOND_2}, τ's 1, from v = (5, 0), h = 0: v − h = 5e^{−2t}
     * and h = 2.5(1 − e^{−2t}) passes 2 at t = ln(5)/2 ≈ 0.805, where f and so dv/dt turn NaN.
     */
    @Test
    void nanFromAUserLagrangianStopsEveryIntegrator() {
        Network net = Network.builder(Memories.identity(2)).featureLagrangian(Lagrangians.identity()).hiddenLagrangian(NAN_BEYOND_2)
                .tauFeature(1).tauHidden(1).build();
        double crossing = Math.log(5) / 2;
        Pattern message = Pattern.compile("stopped at t = (0\\.[0-9]+): dv/dt\\[0\\] is NaN \\(not finite\\);"
                + " the trajectory ends at its last finite sample, t = (0\\.[78])");
        for (Integrator integrator : Integrator.values()) {
            Trajectory tr = Simulation.of(bounded(net, 100_000)).integrator(integrator).step(0.05).duration(5).sampleEvery(0.1)
                    .run(net.state(new double[] {5, 0}, new double[] {0, 0}));
            assertEquals(StopReason.NON_FINITE, tr.stopReason(), integrator + ": " + tr.message());
            Matcher m = message.matcher(tr.message());
            assertTrue(m.matches(), integrator + ": " + tr.message());
            double t = Double.parseDouble(m.group(1));
            assertTrue(Math.abs(t - crossing) <= 0.05, integrator + ": NaN at t = " + t + ", h passes 2 at " + crossing);
            // the last sample is the last grid time of the last step completed before the NaN
            double last = Double.parseDouble(m.group(2));
            assertTrue(last <= t, integrator + ": last sample " + last + " after the NaN at " + t);
            assertEquals(Math.round(last * 10) + 1, tr.sampleCount(), integrator + ": samples t = 0 … " + last);
            assertEquals(last, tr.finalTime(), 1e-15);
            assertArrayEquals(tr.states().get(tr.sampleCount() - 1), tr.finalState(), 0);
            for (double e : tr.energies()) assertTrue(Double.isFinite(e));
        }
    }

    /** The catalogue's exponential(1) L_v started at v = 800: g = e^800 overflows, so dh/dt is infinite at t = 0. */
    @Test
    void overflowAtTheStartGivesATrajectoryWithoutSamples() {
        Network net = Network.builder(Memories.identity(2)).featureLagrangian(Lagrangians.exponential(1)).build();
        for (Integrator integrator : Integrator.values()) {
            double[] y0 = net.state(new double[] {800, 0}, new double[] {0, 0});
            Trajectory tr = Simulation.of(bounded(net, 10)).integrator(integrator).run(y0);
            assertEquals(StopReason.NON_FINITE, tr.stopReason(), integrator + ": " + tr.message());
            assertEquals("stopped at t = 0: dh/dt[0] is Infinity (not finite); no sample is finite", tr.message());
            assertEquals(0, tr.sampleCount());
            assertEquals(0, tr.finalTime());
            assertArrayEquals(y0, tr.finalState(), 0);
            assertEquals("Trajectory: 0 samples, t = 0 … 0, stopped at t = 0: dh/dt[0] is Infinity (not finite); no sample is finite",
                    tr.toString());
        }
    }

    /**
     * A finite flow whose energy overflows: dv/dt = 1 from v = 700 and E = −e^v, so E is finite up to
     * v = 709 (t = 9) and −∞ from v = 710 (t = 10), the sample where the run stops.
     */
    @Test
    void energyOverflowStopsAtTheSampleWhereItHappens() {
        EnergyModel drift = new EnergyModel() {
            @Override public int getDimension() { return 1; }
            @Override public void computeDerivatives(double t, double[] y, double[] yDot) { yDot[0] = 1; }
            @Override public double energy(double[] y) { return -Math.exp(y[0]); }
            @Override public double energyRate(double[] y) { return -Math.exp(y[0]); }
            @Override public int featureCount() { return 1; }
        };
        for (Integrator integrator : Integrator.values()) {
            Trajectory tr = Simulation.of(bounded(drift, 100_000)).integrator(integrator).step(0.5).duration(20).sampleEvery(1)
                    .run(new double[] {700});
            assertEquals(StopReason.NON_FINITE, tr.stopReason(), integrator + ": " + tr.message());
            assertEquals("stopped at t = 10: the energy E is -Infinity (not finite); the trajectory ends at its last finite sample, t = 9",
                    tr.message(), integrator.toString());
            assertEquals(10, tr.sampleCount());
            assertEquals(709, tr.finalState()[0], 1e-9);
        }
    }
}
