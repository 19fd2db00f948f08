package lamp.dynamics;

import lamp.limit.EffectiveNetwork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.memory.Memories;
import lamp.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input to a simulation fails fast with an IllegalArgumentException that names the problem:
 * an initial state of the wrong length or with NaN/∞, non-positive settings, an unknown
 * integrator name (the message lists the known ones).
 */
class SimulationBadInputTest {

    static void assertRejected(Executable call, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String w : words) assertTrue(e.getMessage().contains(w), "message '" + e.getMessage() + "' should mention '" + w + "'");
    }

    static final Network NET = Network.builder(Memories.identity(2)).build();

    @Test
    void badInitialStateIsNamed() {
        assertRejected(() -> Simulation.of(NET).run(new double[3]), "initial state", "length 3", "4");
        assertRejected(() -> Simulation.of(NET).run(new double[] {0, Double.NaN, 0, 0}), "initial state[1]", "NaN");
        assertRejected(() -> Simulation.of(NET).run(new double[] {0, 0, 0, Double.POSITIVE_INFINITY}), "initial state[3]", "Infinity");
        assertRejected(() -> Simulation.of(EffectiveNetwork.fastHiddenLimit(NET)).run(new double[4]), "initial state", "length 4", "2");
        assertRejected(() -> Simulation.of(null), "model");
    }

    @Test
    void nonPositiveSettingsAreNamed() {
        assertRejected(() -> Simulation.of(NET).step(0), "step");
        assertRejected(() -> Simulation.of(NET).duration(-1), "duration");
        assertRejected(() -> Simulation.of(NET).sampleEvery(0), "sample interval");
        assertRejected(() -> Simulation.of(NET).tolerance(Double.NaN), "tolerance");
        assertRejected(() -> Simulation.of(NET).stopAtFixedPoint(0), "fixed-point tolerance");
        assertRejected(() -> Simulation.of(NET).integrator(null), "integrator");
        assertRejected(() -> Simulation.of(NET).maxSamples(0), "maxSamples must be >= 1, got 0");
        assertRejected(() -> Simulation.of(NET).observe((Observer[]) null), "observers are null");
        assertRejected(() -> Simulation.of(NET).observe(Observers.overlaps(Memories.identity(2), 1), null), "an observer is null");
    }

    /** A start already beyond the blow-up bound is reported at t = 0 rather than integrated. */
    @Test
    void startBeyondTheBlowUpBoundStopsAtOnce() {
        Trajectory tr = Simulation.of(NET).blowUpBound(10).run(new double[] {20, 0, 0, 0});
        assertEquals(StopReason.BLOW_UP, tr.stopReason());
        assertEquals("the initial state already has ‖y‖∞ = 20 above the blow-up bound 10", tr.message());
        assertEquals(1, tr.sampleCount());
        assertEquals(0, tr.finalTime());
    }

    @Test
    void unknownIntegratorListsKnownNames() {
        assertRejected(() -> Integrator.byName("rk45"), "unknown integrator 'rk45'", "dormand_prince", "runge_kutta", "euler");
        assertRejected(() -> Integrator.byName(null), "unknown integrator", "euler");
        assertEquals(Integrator.RUNGE_KUTTA, Integrator.byName(" Runge_Kutta "));
        assertEquals(Integrator.DORMAND_PRINCE_853, Integrator.byName("dormand_prince_853"));
    }
}
