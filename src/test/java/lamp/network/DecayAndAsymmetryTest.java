package lamp.network;

import lamp.limit.EffectiveNetwork;
import static lamp.network.TestFixtures.gaussian;
import static lamp.network.TestFixtures.gaussianMemories;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.linalg.Dense;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

/**
 * The two generalisations of (M2) in {@link Network}: the feature decay α of KH2020 (19) (THEORY.md
 * check 17) and backward weights A ≠ ξ (asymmetric synapses, KH2020 §1, THEORY.md check 18). The right-hand side is the
 * stated equation, and the analytic dE/dt, with its (1 − α) vᵀ∇²L_v v̇ and v̇ᵀ∇²L_v (A − ξ)ᵀf terms,
 * equals the central finite difference of E (M3) along the flow.
 */
class DecayAndAsymmetryTest {
    static final double EPS = 1e-6;
    static final int N_F = 7, N_H = 11;

    private static double finiteDifference(Network net, double[] y) {
        double[] yDot = new double[y.length];
        net.computeDerivatives(0, y, yDot);
        double[] plus = y.clone(), minus = y.clone();
        for (int j = 0; j < y.length; j++) {
            plus[j] += EPS * yDot[j];
            minus[j] -= EPS * yDot[j];
        }
        return (net.energy(plus) - net.energy(minus)) / (2 * EPS);
    }

    private static Network net(Memories xi, Memories back, Lagrangian lv, Lagrangian lh, double alpha, double[] input) {
        Network.Builder b = Network.builder(xi).featureLagrangian(lv).hiddenLagrangian(lh).tauFeature(1.3).tauHidden(0.4)
                .decay(alpha).input(input);
        if (back != null) b.backwardWeights(back);
        return b.build();
    }

    @Test
    void decayEntersTheRightHandSideAsMinusAlphaV() {
        Random rng = new Random(1);
        Memories xi = gaussianMemories(rng, N_H, N_F, 0.4);
        double[] in = gaussian(rng, N_F, 0.5), v = gaussian(rng, N_F, 1), h = gaussian(rng, N_H, 1);
        Network net = net(xi, null, Lagrangians.tanh(1), Lagrangians.rectifiedPower(3), 0.3, in);
        double[] vDot = net.featureVelocity(v, h);
        double[] back = xi.multiplyTransposed(Lagrangians.rectifiedPower(3).activation(h));
        for (int i = 0; i < N_F; i++) assertEquals((back[i] - 0.3 * v[i] + in[i]) / 1.3, vDot[i], 1e-12);
        assertEquals(0.3, net.decay());
        assertTrue(net.toString().contains("α=0.3"), net.toString());
    }

    @Test
    void energyRateWithDecayMatchesFiniteDifferences() {
        Random rng = new Random(2);
        Lagrangian[][] pairs = {
            {Lagrangians.tanh(1), Lagrangians.rectifiedPower(3)},
            {Lagrangians.identity(), Lagrangians.logSumExp(2)},
            {Lagrangians.spherical(), Lagrangians.rectifiedPower(3)},
        };
        for (Lagrangian[] p : pairs) {
            for (double alpha : new double[] {0, 0.5, 2}) {
                Network net = net(gaussianMemories(rng, N_H, N_F, 0.4), null, p[0], p[1], alpha, gaussian(rng, N_F, 0.5));
                double largestAlphaTerm = 0;
                for (int s = 0; s < 10; s++) {
                    double[] v = gaussian(rng, N_F, 1), h = gaussian(rng, N_H, 1);
                    double[] y = net.state(v, h);
                    double rate = net.energyRate(v, h), fd = finiteDifference(net, y);
                    assertEquals(rate, fd, 1e-6 * Math.max(1, Math.abs(rate)), p[0].name() + " α=" + alpha + ": dE/dt vs finite difference");
                    // the (M4) part alone misses the α-term unless H_v v = 0
                    double[] vDot = net.featureVelocity(v, h), hDot = net.hiddenVelocity(v, h);
                    double m4 = -1.3 * p[0].hessianQuadraticForm(v, vDot) - 0.4 * p[1].hessianQuadraticForm(h, hDot);
                    largestAlphaTerm = Math.max(largestAlphaTerm, Math.abs(rate - m4));
                }
                if (p[0].name().startsWith("spherical")) {
                    assertTrue(largestAlphaTerm < 1e-12, "L_v = ‖v‖: H_v v = 0, the α-term must vanish, got " + largestAlphaTerm);
                } else {
                    assertTrue(largestAlphaTerm > 1e-3, p[0].name() + " α=" + alpha + ": the α-term should matter, got " + largestAlphaTerm);
                }
            }
        }
    }

    @Test
    void defaultDecayIsOneAndUnchangedM2() {
        Random rng = new Random(3);
        Memories xi = gaussianMemories(rng, N_H, N_F, 0.4);
        double[] in = gaussian(rng, N_F, 0.5), v = gaussian(rng, N_F, 1), h = gaussian(rng, N_H, 1);
        Network a = Network.builder(xi).featureLagrangian("tanh(1)").hiddenLagrangian("rectifiedPower(3)").input(in).build();
        Network b = Network.builder(xi).featureLagrangian("tanh(1)").hiddenLagrangian("rectifiedPower(3)").input(in).decay(1).build();
        assertEquals(1, a.decay());
        assertTrue(a.symmetric());
        assertEquals(Dense.norm(a.featureVelocity(v, h)), Dense.norm(b.featureVelocity(v, h)), 0);
        assertEquals(a.energyRate(v, h), b.energyRate(v, h), 0);
    }

    @Test
    void asymmetricNetworkUsesAForwardAndXiBack() {
        Random rng = new Random(4);
        Memories xi = gaussianMemories(rng, N_H, N_F, 0.4), back = gaussianMemories(rng, N_H, N_F, 0.4);
        double[] in = gaussian(rng, N_F, 0.5), v = gaussian(rng, N_F, 1), h = gaussian(rng, N_H, 1);
        Network net = net(xi, back, Lagrangians.tanh(1), Lagrangians.identity(), 1, in);
        assertFalse(net.symmetric());
        assertTrue(net.toString().contains("asymmetric"), net.toString());
        double[] f = h, g = Lagrangians.tanh(1).activation(v);
        double[] vDot = net.featureVelocity(v, h), hDot = net.hiddenVelocity(v, h);
        double[] aT = back.multiplyTransposed(f), xg = xi.multiply(g);
        for (int i = 0; i < N_F; i++) assertEquals((aT[i] - v[i] + in[i]) / 1.3, vDot[i], 1e-12);
        for (int mu = 0; mu < N_H; mu++) assertEquals((xg[mu] - h[mu]) / 0.4, hDot[mu], 1e-12);
        assertThrows(IllegalStateException.class, () -> EffectiveNetwork.fastHiddenLimit(net));
    }

    @Test
    void energyRateOfAsymmetricNetworkMatchesFiniteDifferencesAndCanBePositive() {
        Random rng = new Random(5);
        int positive = 0;
        for (int s = 0; s < 20; s++) {
            Memories xi = gaussianMemories(rng, N_H, N_F, 0.4), back = gaussianMemories(rng, N_H, N_F, 1.5);
            Network net = net(xi, back, Lagrangians.tanh(1), Lagrangians.identity(), 0.7, gaussian(rng, N_F, 0.5));
            // half the states at rest in h (ḣ = 0, where only the feature terms act), half anywhere
            double[] v = gaussian(rng, N_F, 1);
            double[] y = s % 2 == 0 ? net.adiabaticState(v) : net.state(v, gaussian(rng, N_H, 1));
            double rate = net.energyRate(y), fd = finiteDifference(net, y);
            assertEquals(rate, fd, 1e-6 * Math.max(1, Math.abs(rate)), "asymmetric dE/dt vs finite difference, state " + s);
            if (rate > 1e-6) positive++;
        }
        assertTrue(positive > 0, "with A ≠ ξ the energy must rise somewhere");
    }

    @Test
    void badOptionsAreRejectedWithTheirName() {
        Memories xi = gaussianMemories(new Random(6), N_H, N_F, 0.4);
        Network.Builder b = Network.builder(xi);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.decay(-0.1));
        assertTrue(e.getMessage().contains("decay coefficient α"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.decay(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> b.decay(Double.POSITIVE_INFINITY));
        e = assertThrows(IllegalArgumentException.class, () -> b.backwardWeights(gaussianMemories(new Random(7), N_H, N_F + 1, 1)));
        assertTrue(e.getMessage().contains("shape of ξ"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.backwardWeights(null));
        Network alpha = Network.builder(xi).decay(0.5).build();
        assertThrows(IllegalStateException.class, () -> EffectiveNetwork.fastHiddenLimit(alpha));
    }
}
