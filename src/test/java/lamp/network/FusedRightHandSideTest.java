package lamp.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import lamp.memory.SinglePassSizes;
import org.junit.jupiter.api.Test;

/**
 * The right-hand side of (M2) computes ξg and ξᵀf in one pass over ξ; it must equal the two products
 * written out here within 10⁻¹² of each entry's magnitude, for any L_h, at sizes that are not
 * multiples of the kernel's blocks, below a block and with one hidden unit (4099 × 1031, the last size, has
 * at least 2²² entries and the single pass is taken on any path).
 */
class FusedRightHandSideTest {
    static final int[][] SIZES = SinglePassSizes.SIZES;

    @Test
    void theLastSizeTakesTheSinglePass() {
        SinglePassSizes.assertTheLastTakesTheSinglePass();
    }

    private static void check(Lagrangian hidden, long seed) {
        check(hidden, seed, true);
    }

    /** singleUnit false skips N_h = 1 (layer norm has no gradient on one unit). */
    private static void check(Lagrangian hidden, long seed, boolean singleUnit) {
        double tauF = 0.9, tauH = 0.13;
        for (int[] size : SIZES) {
            int k = size[0], n = size[1];
            if (k == 1 && !singleUnit) continue;
            Memories xi = Patterns.gaussian(k, n, seed);
            double[] input = Patterns.gaussianVector(n, seed + 1);
            double[] v = Patterns.gaussianVector(n, seed + 2), h = Patterns.gaussianVector(k, seed + 3);
            Lagrangian feature = Lagrangians.tanh(1);
            Network net = Network.builder(xi).featureLagrangian(feature).hiddenLagrangian(hidden)
                    .tauFeature(tauF).tauHidden(tauH).input(input).build();
            double[] g = feature.activation(v), f = hidden.activation(h);
            double[] dv = new double[n], dvScale = new double[n], dh = new double[k], dhScale = new double[k];
            for (int mu = 0; mu < k; mu++) {
                for (int i = 0; i < n; i++) {
                    double x = xi.get(mu, i);
                    dh[mu] += x * g[i];
                    dhScale[mu] += Math.abs(x * g[i]);
                    dv[i] += x * f[mu];
                    dvScale[i] += Math.abs(x * f[mu]);
                }
            }
            double[] y = new double[n + k], yDot = new double[n + k];
            System.arraycopy(v, 0, y, 0, n);
            System.arraycopy(h, 0, y, n, k);
            net.computeDerivatives(0, y, yDot);
            double[] featureVelocity = net.featureVelocity(v, h), hiddenVelocity = net.hiddenVelocity(v, h);
            String what = hidden.name() + " at N_h = " + k + ", N_f = " + n + " (seed " + seed + ")";
            for (int i = 0; i < n; i++) {
                double expected = (dv[i] - v[i] + input[i]) / tauF;
                double allowed = 1e-12 * (dvScale[i] + Math.abs(v[i]) + Math.abs(input[i])) / tauF;
                assertEquals(expected, yDot[i], allowed, "dv/dt entry " + i + ", " + what);
                assertEquals(expected, featureVelocity[i], allowed, "featureVelocity entry " + i + ", " + what);
            }
            for (int mu = 0; mu < k; mu++) {
                double expected = (dh[mu] - h[mu]) / tauH;
                double allowed = 1e-12 * (dhScale[mu] + Math.abs(h[mu])) / tauH;
                assertEquals(expected, yDot[n + mu], allowed, "dh/dt entry " + mu + ", " + what);
                assertEquals(expected, hiddenVelocity[mu], allowed, "hiddenVelocity entry " + mu + ", " + what);
            }
        }
    }

    @Test
    void rectifiedPower() { check(Lagrangians.rectifiedPower(3), 41); }

    @Test
    void tanhAdditive() { check(Lagrangians.tanh(1.5), 42); }

    @Test
    void exponential() { check(Lagrangians.exponential(0.5), 43); }

    @Test
    void logSumExpAtThreeTemperatures() {
        check(Lagrangians.logSumExp(0.1), 44);
        check(Lagrangians.logSumExp(1), 45);
        check(Lagrangians.logSumExp(30), 46);
    }

    @Test
    void layerNorm() { check(Lagrangians.layerNorm(1.3, 0.2), 47, false); }
}
