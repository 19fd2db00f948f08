package lamp.network;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input to the microscopic network fails fast with an IllegalArgumentException that names the
 * problem: mismatched dimensions of v, h and I, NaN or ∞ in I or in the state, τ ≤ 0.
 */
class NetworkBadInputTest {

    static final Memories XI = Memories.of(new double[] {1, -1, 1}, new double[] {-1, 1, 1});

    static void assertRejected(Executable call, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String w : words) assertTrue(e.getMessage().contains(w), "message '" + e.getMessage() + "' should mention '" + w + "'");
    }

    @Test
    void mismatchedDimensionsAreNamed() {
        Network net = Network.builder(XI).build();
        assertRejected(() -> Network.builder(XI).input(new double[2]), "input current I", "length 2", "3");
        assertRejected(() -> net.energy(new double[2], new double[2]), "feature state v", "length 2");
        assertRejected(() -> net.energy(new double[3], new double[3]), "hidden state h", "length 3", "2");
        assertRejected(() -> net.energyRate(new double[4], new double[2]), "feature state v");
        assertRejected(() -> net.featureVelocity(new double[3], new double[1]), "hidden state h");
        assertRejected(() -> net.hiddenVelocity(new double[1], new double[2]), "feature state v");
        assertRejected(() -> net.energy(new double[4]), "network state [v; h]", "length 4", "5");
        assertRejected(() -> net.adiabaticState(new double[2]), "feature state v");
        assertRejected(() -> net.g(new double[5]), "feature state v");
        assertRejected(() -> net.f(new double[5]), "hidden state h");
        assertRejected(() -> Network.builder(null), "memories");
    }

    @Test
    void nonFiniteInputOrStateIsNamed() {
        Network net = Network.builder(XI).build();
        assertRejected(() -> Network.builder(XI).input(new double[] {0, Double.NaN, 0}), "input current I[1]", "NaN");
        assertRejected(() -> Network.builder(XI).input(new double[] {Double.POSITIVE_INFINITY, 0, 0}), "input current I[0]", "Infinity");
        assertRejected(() -> net.energy(new double[] {0, 0, Double.NaN}, new double[2]), "feature state v[2]", "NaN");
        assertRejected(() -> net.energy(new double[3], new double[] {Double.NEGATIVE_INFINITY, 0}), "hidden state h[0]", "Infinity");
        assertRejected(() -> net.energyRate(new double[] {0, 0, 0, Double.NaN, 0}), "NaN");
        assertRejected(() -> net.convexity(new double[] {Double.NaN, 0, 0}, new double[2]), "feature state v[0]");
    }

    /** L_h = exponential(1) at h = 750: e^750 overflows, so the hidden bracket and the synapse term are not representable. */
    @Test
    void anEnergyThatOverflowsIsRefusedLikeTheEffectiveNetworks() {
        Network net = Network.builder(XI).hiddenLagrangian(Lagrangians.exponential(1)).build();
        double[] v = {1, -1, 1}, h = {750, 0};
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> net.energy(v, h));
        assertTrue(e.getMessage().contains("hidden bracket") && e.getMessage().contains("NaN"), e.getMessage());
        ArithmeticException r = assertThrows(ArithmeticException.class, () -> net.energyRate(v, h));
        assertTrue(r.getMessage().contains("Infinity"), r.getMessage());
        assertTrue(Double.isFinite(net.energy(v, new double[] {3, 0})), "a representable energy is returned as it is");
    }

    /**
     * At h = 709 with L_h = exponential(1) the velocities are finite (f = e^709 ≈ 8e307) but the hidden
     * bracket h·f − L_h overflows: a run stops there with the network's own message, not a NaN sample.
     */
    @Test
    void aRunStopsWhereTheEnergyIsNotRepresentable() {
        Network net = Network.builder(Memories.of(new double[] {1})).hiddenLagrangian(Lagrangians.exponential(1)).build();
        lamp.dynamics.Trajectory tr = lamp.dynamics.Simulation.of(net).duration(1).run(net.state(new double[] {0}, new double[] {709}));
        assertTrue(tr.stopReason() == lamp.dynamics.StopReason.NON_FINITE, tr.stopReason() + ": " + tr.message());
        assertTrue(tr.message().contains("stopped at t = 0") && tr.message().contains("hidden bracket"), tr.message());
    }

    @Test
    void aStateOfTheWrongLengthIsNamedByTheRightHandSide() {
        Network net = Network.builder(XI).build();
        assertRejected(() -> net.computeDerivatives(0, new double[4], new double[5]), "length 5 (N_f + N_h)", "got 4 and 5");
        assertRejected(() -> net.computeDerivatives(0, new double[5], null), "got 5 and null");
    }

    @Test
    void nonPositiveTimeConstantsAreNamed() {
        assertRejected(() -> Network.builder(XI).tauFeature(0), "τ_f", "> 0");
        assertRejected(() -> Network.builder(XI).tauFeature(-1), "τ_f");
        assertRejected(() -> Network.builder(XI).tauHidden(0), "τ_h", "> 0");
        assertRejected(() -> Network.builder(XI).tauHidden(Double.NaN), "τ_h");
        assertRejected(() -> Network.builder(XI).tauHidden(Double.POSITIVE_INFINITY), "τ_h");
    }

    @Test
    void badLagrangiansAreNamed() {
        assertRejected(() -> Network.builder(XI).hiddenLagrangian("logSumExp(0)"), "β");
        assertRejected(() -> Network.builder(XI).hiddenLagrangian("logSumExp(-2)"), "β");
        assertRejected(() -> Network.builder(XI).featureLagrangian("nonsense"), "unknown Lagrangian", "identity");
        assertRejected(() -> Network.builder(XI).featureLagrangian((lamp.lagrangian.Lagrangian) null), "feature Lagrangian");
        assertRejected(() -> Network.builder(XI).hiddenLagrangian(Lagrangians.exponential(-1)), "β");
    }
}
