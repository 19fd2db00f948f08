package lamp.network;

import static lamp.network.TestFixtures.gaussian;
import static lamp.network.TestFixtures.gaussianMemories;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 check 1 for the microscopic network: the analytic dE/dt (M4) equals the central finite
 * difference of E (M3) along the flow (M2), step 1e-6, at random states, for Models A, B and C.
 * Also: the three energy terms add up to E and are the brackets of (M3), and the velocities are (M2).
 */
class NetworkEnergyRateTest {

    static final double EPS = 1e-6;
    static final int N_F = 8, N_H = 12, STATES = 20;

    /** Models A (two additive hidden Lagrangians), B and C (two hidden Lagrangians). */
    static Object[][] models() {
        return new Object[][] {
            {"A: tanh / rectifiedPower(3)", Lagrangians.tanh(1), Lagrangians.rectifiedPower(3)},
            {"A: tanh / exponential(1)", Lagrangians.tanh(1), Lagrangians.exponential(1)},
            {"A: sigmoid(2) / rectifiedPower(2)", Lagrangians.sigmoid(2), Lagrangians.rectifiedPower(2)},
            {"B: identity / logSumExp(2)", Lagrangians.identity(), Lagrangians.logSumExp(2)},
            {"C: spherical / logSumExp(1)", Lagrangians.spherical(), Lagrangians.logSumExp(1)},
            {"C: spherical / rectifiedPower(3)", Lagrangians.spherical(), Lagrangians.rectifiedPower(3)},
        };
    }

    static Network network(Random rng, Lagrangian lv, Lagrangian lh) {
        Memories xi = gaussianMemories(rng, N_H, N_F, 1 / Math.sqrt(N_F));
        return Network.builder(xi).featureLagrangian(lv).hiddenLagrangian(lh)
                .tauFeature(1.0).tauHidden(0.3).input(gaussian(rng, N_F, 0.5)).build();
    }

    /** §5 check 1 (M4 vs finite difference of M3 along M2), Models A, B, C. */
    @Test
    void check1_energyRateEqualsFiniteDifferenceAlongFlow() {
        Random rng = new Random(101);
        for (Object[] m : models()) {
            Network net = network(rng, (Lagrangian) m[1], (Lagrangian) m[2]);
            for (int s = 0; s < STATES; s++) {
                double[] y = net.state(gaussian(rng, N_F, 1), gaussian(rng, N_H, 1));
                double[] yDot = new double[y.length];
                net.computeDerivatives(0, y, yDot);
                double[] plus = y.clone(), minus = y.clone();
                for (int j = 0; j < y.length; j++) {
                    plus[j] += EPS * yDot[j];
                    minus[j] -= EPS * yDot[j];
                }
                double fd = (net.energy(plus) - net.energy(minus)) / (2 * EPS);
                double rate = net.energyRate(y);
                // Central differences of E ~ O(1–10) with step 1e-6 carry rounding ~1e-9; 1e-6 relative to
                // max(|dE/dt|, 1) leaves room for that while catching any wrong term of (M4).
                double tol = 1e-6 * Math.max(1, Math.abs(rate));
                assertEquals(rate, fd, tol, m[0] + " state " + s + ": (M4) " + rate + " vs finite difference " + fd);
                assertEquals(rate, net.energyRate(net.features(y), net.hidden(y)), 0, "energyRate(y) vs energyRate(v, h)");
            }
        }
    }

    /** §5 check 1, supporting: E's three terms are the brackets of (M3) and add up to E. */
    @Test
    void check1_energyTermsAreTheBracketsOfM3() {
        Random rng = new Random(102);
        for (Object[] m : models()) {
            Network net = network(rng, (Lagrangian) m[1], (Lagrangian) m[2]);
            Memories xi = net.memories();
            double[] in = net.input();
            for (int s = 0; s < 5; s++) {
                double[] v = gaussian(rng, N_F, 1), h = gaussian(rng, N_H, 1);
                double[] g = net.featureLagrangian().activation(v), f = net.hiddenLagrangian().activation(h);
                double feature = -net.featureLagrangian().value(v), hidden = -net.hiddenLagrangian().value(h), synapse = 0;
                for (int i = 0; i < N_F; i++) feature += (v[i] - in[i]) * g[i];
                for (int mu = 0; mu < N_H; mu++) {
                    hidden += h[mu] * f[mu];
                    for (int i = 0; i < N_F; i++) synapse -= f[mu] * xi.get(mu, i) * g[i];
                }
                Energy e = net.energyTerms(v, h);
                TestFixtures.assertRelative(feature, e.feature(), 1e-9, m[0] + " feature term");
                TestFixtures.assertRelative(hidden, e.hidden(), 1e-9, m[0] + " hidden term");
                TestFixtures.assertRelative(synapse, e.synapse(), 1e-9, m[0] + " synapse term");
                TestFixtures.assertRelative(feature + hidden + synapse, net.energy(v, h), 1e-9, m[0] + " E = sum of terms");
                assertEquals(e.feature() + e.hidden() + e.synapse(), e.total(), 0);
            }
        }
    }

    /** §5 check 1, supporting: featureVelocity / hiddenVelocity and the ODE right-hand side are (M2). */
    @Test
    void check1_velocitiesAreM2() {
        Random rng = new Random(103);
        for (Object[] m : models()) {
            Network net = network(rng, (Lagrangian) m[1], (Lagrangian) m[2]);
            Memories xi = net.memories();
            double[] in = net.input();
            double[] v = gaussian(rng, N_F, 1), h = gaussian(rng, N_H, 1);
            double[] g = net.featureLagrangian().activation(v), f = net.hiddenLagrangian().activation(h);
            double[] dv = new double[N_F], dh = new double[N_H];
            for (int i = 0; i < N_F; i++) {
                double s = 0;
                for (int mu = 0; mu < N_H; mu++) s += xi.get(mu, i) * f[mu];
                dv[i] = (s - v[i] + in[i]) / net.tauFeature();
            }
            for (int mu = 0; mu < N_H; mu++) {
                double s = 0;
                for (int i = 0; i < N_F; i++) s += xi.get(mu, i) * g[i];
                dh[mu] = (s - h[mu]) / net.tauHidden();
            }
            double[] gotV = net.featureVelocity(v, h), gotH = net.hiddenVelocity(v, h);
            double[] yDot = new double[N_F + N_H];
            net.computeDerivatives(0, net.state(v, h), yDot);
            for (int i = 0; i < N_F; i++) {
                assertEquals(dv[i], gotV[i], 1e-12 * (1 + Math.abs(dv[i])), m[0] + " dv/dt[" + i + "]");
                assertEquals(dv[i], yDot[i], 1e-12 * (1 + Math.abs(dv[i])), m[0] + " ODE dv/dt[" + i + "]");
            }
            for (int mu = 0; mu < N_H; mu++) {
                assertEquals(dh[mu], gotH[mu], 1e-12 * (1 + Math.abs(dh[mu])), m[0] + " dh/dt[" + mu + "]");
                assertEquals(dh[mu], yDot[N_F + mu], 1e-12 * (1 + Math.abs(dh[mu])), m[0] + " ODE dh/dt[" + mu + "]");
            }
            // and (M4) written out with the hand-made velocities
            double expected = -net.tauFeature() * net.featureLagrangian().hessianQuadraticForm(v, dv)
                    - net.tauHidden() * net.hiddenLagrangian().hessianQuadraticForm(h, dh);
            assertEquals(expected, net.energyRate(v, h), 1e-10 * (1 + Math.abs(expected)), m[0] + " (M4)");
            assertTrue(net.energyRate(v, h) <= 1e-12, m[0] + ": convex Lagrangians, (M4) must be ≤ 0");
        }
    }
}
