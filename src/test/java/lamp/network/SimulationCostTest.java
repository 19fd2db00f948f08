package lamp.network;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import lamp.dynamics.EnergyModel;
import lamp.dynamics.Integrator;
import lamp.dynamics.Simulation;
import lamp.dynamics.StopReason;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.Layer;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/**
 * Runs that cannot end in reasonable time are refused before they start, with their cost: a duration
 * of 1e9, and a stiff network (τ_h ≪ τ_f) whose explicit steps must stay near τ_h, pointed to its
 * fast-hidden limit. The step estimate is checked against the steps an integration really takes.
 */
class SimulationCostTest {
    private static final Memories XI = Patterns.randomBinary(8, 16, 3);

    private static Network network(double tauHidden) {
        return Network.builder(XI).featureLagrangian(Lagrangians.identity()).hiddenLagrangian(Lagrangians.logSumExp(1))
                .tauFeature(1).tauHidden(tauHidden).build();
    }

    @Test
    void aDurationOfABillionIsRefusedWithItsCost() {
        Simulation s = Simulation.of(new ModernHopfield(XI, 1)).duration(1e9).sampleEvery(1e8);
        assertEquals(2e10, s.estimatedSteps(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.run(XI.row(0)));
        assertEquals("refused: duration 1000000000 needs about 20000000000 integrator steps (6 evaluations of the right-hand"
                + " side each), more than the step budget (100000000) in steps of at most 0.05: shorten the duration, raise step,"
                + " or raise stepBudget(...) to run it anyway", e.getMessage());
        // a duration of 1e6 (2e7 steps) is within the budget; the budget is a knob
        assertEquals(2e7, Simulation.of(new ModernHopfield(XI, 1)).duration(1e6).estimatedSteps(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> Simulation.of(new ModernHopfield(XI, 1)).duration(2).stepBudget(39).run(XI.row(0)));
        assertEquals(21, Simulation.of(new ModernHopfield(XI, 1)).duration(2).stepBudget(40).run(XI.row(0)).times().length);
        assertThrows(IllegalArgumentException.class, () -> Simulation.of(new ModernHopfield(XI, 1)).stepBudget(0));
    }

    @Test
    void aStiffNetworkIsRefusedAndPointedToItsFastHiddenLimit() {
        Network stiff = network(1e-9);
        Simulation s = Simulation.of(stiff).duration(10);
        assertEquals(10 / 3.3e-9, s.estimatedSteps(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.run(stiff.adiabaticState(XI.row(0))));
        assertEquals("refused: the model's time constants [1, 1e-09] make the flow stiff (fastest/slowest = 1e-09): an explicit"
                + " step stays below about 3.3e-09, so duration 10 needs about 3.0303e+09 integrator steps (6 evaluations of the"
                + " right-hand side each), more than the step budget (100000000). For a network with τ_h ≪ τ_f integrate its"
                + " fast-hidden limit, EffectiveNetwork.fastHiddenLimit(network) (M6), the τ_h → 0 limit of the same flow; or raise τ_h, shorten"
                + " the duration, or raise stepBudget(...) to run it anyway", e.getMessage());
        // the fixed-step integrators take exactly duration/step steps (and an unstable step blows up at once)
        assertEquals(200, Simulation.of(stiff).duration(10).integrator(Integrator.RUNGE_KUTTA).estimatedSteps(), 1e-9);
    }

    /** Counts the evaluations of the right-hand side of a model. */
    private static final class Counted implements EnergyModel {
        final Network net;
        long evaluations;

        Counted(Network net) { this.net = net; }

        @Override public int getDimension() { return net.getDimension(); }
        @Override public void computeDerivatives(double t, double[] y, double[] yDot) { evaluations++; net.computeDerivatives(t, y, yDot); }
        @Override public double energy(double[] y) { return net.energy(y); }
        @Override public double energyRate(double[] y) { return net.energyRate(y); }
        @Override public int featureCount() { return net.featureCount(); }
        @Override public List<Layer> layers(double[] y) { return net.layers(y); }
        @Override public double[] timeConstants() { return net.timeConstants(); }
    }

    @Test
    void theEstimateIsTheStepCountOfAStiffRunWithin25Percent() {
        for (Integrator integrator : new Integrator[] {Integrator.DORMAND_PRINCE, Integrator.DORMAND_PRINCE_853}) {
            for (double tauHidden : new double[] {1e-3, 1e-4}) {
                Counted model = new Counted(network(tauHidden));
                Simulation s = Simulation.of(model).integrator(integrator).duration(2).sampleEvery(0.5).tolerance(1e-6);
                double estimate = s.estimatedSteps();
                assertEquals(StopReason.DURATION, s.run(model.net.adiabaticState(XI.row(0))).stopReason());
                double stages = integrator == Integrator.DORMAND_PRINCE ? 6 : 12;
                double steps = model.evaluations / stages;
                assertTrue(steps >= 0.8 * estimate && steps <= 1.25 * estimate, integrator + " τ_h = " + tauHidden
                        + ": estimated " + estimate + " steps, took about " + steps);
            }
        }
    }
}
