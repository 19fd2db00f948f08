package lamp.dynamics;

import lamp.limit.EffectiveNetwork;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import lamp.network.Network;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: samples lie exactly at t_k = k·Δ whatever the integrator's step (with sampleEvery(0.01)
 * and duration 5 the old step normaliser gave 546 samples, 45 of them near-duplicates, instead of
 * 501), so runs can be compared sample by sample; a run that would record a huge number of samples
 * is refused up front with the count and the knobs.
 */
class SampleGridTest {

    static Network network() {
        return Network.builder(Patterns.randomBinary(5, 8, 3)).featureLagrangian(Lagrangians.tanh(1))
                .hiddenLagrangian(Lagrangians.logSumExp(1)).tauHidden(0.2).build();
    }

    @Test
    void samplesLieOnTheGridForEveryIntegratorAndStep() {
        Network net = network();
        double[] y0 = net.adiabaticState(Patterns.randomBinary(1, 8, 4).row(0));
        Object[][] runs = {
            {Integrator.DORMAND_PRINCE, 0.05},      // the default: steps larger than Δ
            {Integrator.DORMAND_PRINCE_853, 0.05},
            {Integrator.RUNGE_KUTTA, 0.03},         // a step that is no multiple of Δ
            {Integrator.EULER, 0.007},
        };
        double[] reference = null;
        for (Object[] run : runs) {
            Trajectory tr = Simulation.of(net).integrator((Integrator) run[0]).step((Double) run[1]).duration(5).sampleEvery(0.01).run(y0);
            double[] times = tr.times();
            assertEquals(501, times.length, run[0] + ": samples");
            for (int k = 0; k < times.length; k++) assertEquals(k * 0.01, times[k], 0, run[0] + ": sample " + k);
            assertEquals(5, tr.finalTime(), 0);
            if (reference == null) reference = times;
            assertArrayEquals(reference, times, 0);
        }
    }

    @Test
    void theEndOfARunThatStopsBetweenGridTimesIsTheOnlySampleOffTheGrid() {
        Network net = network();
        double[] y0 = net.adiabaticState(Patterns.randomBinary(1, 8, 5).row(0));
        Trajectory tr = Simulation.of(net).duration(200).sampleEvery(0.25).stopAtFixedPoint(1e-6).run(y0);
        assertEquals(StopReason.FIXED_POINT, tr.stopReason(), tr.message());
        double[] times = tr.times();
        for (int k = 0; k < times.length - 1; k++) assertEquals(k * 0.25, times[k], 0, "sample " + k);
        assertEquals(tr.finalTime(), times[times.length - 1], 0);
        assertTrue(tr.finalTime() > times[times.length - 2] && tr.finalTime() < times[times.length - 2] + 0.25, tr.message());
        assertArrayEquals(tr.finalState(), tr.states().get(times.length - 1), 0);

        // a duration that is no multiple of Δ ends with a sample at the duration
        Trajectory odd = Simulation.of(net).duration(1.1).sampleEvery(0.25).run(y0);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1.0, 1.1}, odd.times(), 0);
    }

    @Test
    void aHugeNumberOfSamplesIsRefusedUpFront() {
        Network net = Network.builder(Memories.identity(2)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(net).duration(1e4).sampleEvery(1e-3).run(new double[4]));
        assertEquals("duration 10000 sampled every 0.001 would record 10000001 samples, more than the default limit (1000000):"
                + " raise sampleEvery or shorten the duration, or raise maxSamples", e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(net).duration(10).sampleEvery(0.1).maxSamples(100).run(new double[4]));
        assertEquals("duration 10 sampled every 0.1 would record 101 samples, more than maxSamples (100):"
                + " raise sampleEvery or shorten the duration, or raise maxSamples", e.getMessage());
        assertEquals(101, Simulation.of(net).duration(10).sampleEvery(0.1).maxSamples(101).run(new double[4]).sampleCount());

        // a large model: the default keeps its stored states under 1 GiB (2^27 entries / 20002 per state = 6710 samples)
        Network big = Network.builder(Memories.of(20_000, 2, new double[40_000])).build();
        e = assertThrows(IllegalArgumentException.class, () -> Simulation.of(big).duration(1000).run(new double[20_002]));
        assertEquals("duration 1000 sampled every 0.1 would record 10001 samples, more than the default limit (6710, which keeps"
                + " the stored states of this 20002-dimensional model under 1 GiB): raise sampleEvery or shorten the duration,"
                + " or raise maxSamples", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Simulation.of(net).maxSamples(0));
    }

    @Test
    void runsWithTheSameIntervalCompareSampleBySample() {
        Network net = network();
        double[] v0 = Patterns.randomBinary(1, 8, 6).row(0);
        Trajectory micro = Simulation.of(net).duration(3).sampleEvery(0.1).run(net.adiabaticState(v0));
        Trajectory limit = Simulation.of(EffectiveNetwork.fastHiddenLimit(net)).integrator(Integrator.RUNGE_KUTTA).step(0.02).duration(3).sampleEvery(0.1).run(v0);
        assertArrayEquals(micro.times(), limit.times(), 0);
        List<double[]> a = micro.states(), b = limit.states();
        assertEquals(31, a.size());
        assertEquals(a.size(), b.size());
    }
}
