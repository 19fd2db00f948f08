package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Patterns;
import lamp.network.Network;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, m2Integrate: the integration loop does only the integrator's own work. Counted, not
 * timed: right-hand sides per step (the fixed-point check at a step's end shares its evaluation with
 * the next step's first stage; energy and observers run only at samples) and bytes allocated by the
 * network's right-hand side.
 */
class IntegrationWorkTest {

    /** The model, counting its right-hand sides and energies. */
    static final class Counting implements EnergyModel {
        final EnergyModel model;
        int derivatives, energies;

        Counting(EnergyModel model) { this.model = model; }

        @Override public int getDimension() { return model.getDimension(); }
        @Override public void computeDerivatives(double t, double[] y, double[] yDot) { derivatives++; model.computeDerivatives(t, y, yDot); }
        @Override public double energy(double[] y) { energies++; return model.energy(y); }
        @Override public double energyRate(double[] y) { return model.energyRate(y); }
        @Override public int featureCount() { return model.featureCount(); }
    }

    static Network network() {
        return Network.builder(Patterns.randomBinary(20, 16, 7)).featureLagrangian(Lagrangians.identity())
                .hiddenLagrangian(Lagrangians.logSumExp(0.5)).tauFeature(1).tauHidden(0.1).build();
    }

    /** RK4 takes 4 right-hand sides a step; with a fixed-point stop and sparse samples the run costs barely more. */
    @Test
    void rungeKuttaWithAFixedPointStopEvaluatesFourRightHandSidesPerStep() {
        Network net = network();
        Counting model = new Counting(net);
        Trajectory tr = Simulation.of(model).integrator(Integrator.RUNGE_KUTTA).step(0.05).stopAtFixedPoint(1e-6)
                .duration(50).sampleEvery(1).run(net.adiabaticState(Patterns.randomBinary(1, 16, 8).row(0)));
        assertEquals(StopReason.FIXED_POINT, tr.stopReason(), tr.message());
        long steps = (long) Math.ceil(tr.finalTime() / 0.05);
        assertTrue(steps > 100, "steps " + steps);
        // 4 per step, plus at most a few for the samples off the step ends and the root search of the stop
        assertTrue(model.derivatives >= 4 * steps && model.derivatives <= 4 * steps + 30,
                model.derivatives + " right-hand sides for " + steps + " steps (a separate fixed-point evaluation would make " + 5 * steps + ")");
        assertEquals(tr.sampleCount(), model.energies, "the energy is computed at the samples only");
    }

    /** Without events the count is exactly 4 per step: samples at step ends share their evaluation with the next step. */
    @Test
    void samplesAtStepEndsReuseTheirEvaluation() {
        Network net = network();
        Counting model = new Counting(net);
        Trajectory tr = Simulation.of(model).integrator(Integrator.RUNGE_KUTTA).step(0.05).duration(10).sampleEvery(0.1)
                .run(net.adiabaticState(Patterns.randomBinary(1, 16, 9).row(0)));
        assertEquals(101, tr.sampleCount());
        // 200 steps × 4 stages; the t = 0 sample shares its evaluation with the first stage, and each later
        // sample (at the end of every second step) with the next step's first stage, except the last one
        assertEquals(801, model.derivatives);
        assertEquals(101, model.energies);
    }

    /**
     * The network's right-hand side (M2) allocates no buffer once its per-thread buffers exist: at
     * most what its two products ξg and ξᵀf allocate by themselves (measured alongside), give or take
     * what the JIT elides.
     */
    @Test
    void networkRightHandSideAllocatesNothingOfItsOwn() {
        // an additive L_h: the log-sum-exp's vectorised exponential boxes its vectors until C2 has compiled it,
        // which depends on what else ran in this JVM, not on the network's buffers
        Network net = Network.builder(Patterns.randomBinary(20, 16, 7)).featureLagrangian(Lagrangians.identity())
                .hiddenLagrangian(Lagrangians.rectifiedPower(3)).tauFeature(1).tauHidden(0.1).build();
        double[] y = net.adiabaticState(Patterns.randomBinary(1, 16, 10).row(0)), yDot = new double[y.length];
        double[] g = new double[16], f = new double[20], xiG = new double[20], xiF = new double[16];
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < 20_000; i++) {
            net.computeDerivatives(0, y, yDot);
            net.memories().multiply(g, xiG);
            net.memories().multiplyTransposed(f, xiF);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 10_000; i++) {
            net.memories().multiply(g, xiG);
            net.memories().multiplyTransposed(f, xiF);
        }
        long products = threads.getThreadAllocatedBytes(id) - before;
        before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 10_000; i++) net.computeDerivatives(0, y, yDot);
        long rhs = threads.getThreadAllocatedBytes(id) - before;
        // The products may allocate a capturing lambda or two (16–40 bytes each) that the JIT removes in one
        // loop and not in the other; the smallest buffer of this network, a double[16], is 144 bytes.
        assertTrue(rhs <= products + 100 * 10_000, rhs + " bytes for 10000 right-hand sides, " + products + " for their products alone");
    }
}
