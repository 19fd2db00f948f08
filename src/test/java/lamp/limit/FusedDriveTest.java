package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import lamp.memory.SinglePassSizes;
import org.junit.jupiter.api.Test;

/**
 * The drive ξᵀf(ξg) + I of (M6), (M7) and (M11) reads ξ once for an additive or log-sum-exp L_h;
 * it must equal the two-pass form written out here (ξg, then f, then ξᵀf) within 10⁻¹² of each
 * entry's magnitude Σ_μ|ξ_μi f_μ| + |I_i|, at sizes that are not multiples of the kernels' blocks
 * (8 rows in Java, 32768 doubles natively), below a block, and with one hidden unit; the last size,
 * 4099 × 1031, has ξ of at least 2²² entries, so it takes the single pass on any path
 * (the kernels' block edges are {@code FusedTest}'s).
 */
class FusedDriveTest {
    static final int[][] SIZES = SinglePassSizes.SIZES;

    @Test
    void theLastSizeTakesTheSinglePass() {
        SinglePassSizes.assertTheLastTakesTheSinglePass();
    }
    static final double TOLERANCE = 1e-12;

    /** ξᵀf(ξg(v)) + I with plain loops, and per entry Σ_μ|ξ_μi f_μ| + |I_i|. */
    static double[][] twoPass(Memories xi, Lagrangian feature, Lagrangian hidden, double[] input, double[] v) {
        int k = xi.count(), n = xi.dimension();
        double[] g = feature.activation(v), h = new double[k];
        for (int mu = 0; mu < k; mu++) for (int i = 0; i < n; i++) h[mu] += xi.get(mu, i) * g[i];
        double[] f = hidden.activation(h);
        double[] out = input.clone(), scale = new double[n];
        for (int i = 0; i < n; i++) scale[i] = Math.abs(input[i]);
        for (int mu = 0; mu < k; mu++) {
            for (int i = 0; i < n; i++) {
                out[i] += xi.get(mu, i) * f[mu];
                scale[i] += Math.abs(xi.get(mu, i) * f[mu]);
            }
        }
        return new double[][] {out, scale};
    }

    static void assertClose(double[][] expected, double[] actual, String what) {
        double[] e = expected[0], scale = expected[1];
        assertEquals(e.length, actual.length, what);
        for (int i = 0; i < e.length; i++) {
            double err = Math.abs(actual[i] - e[i]);
            assertTrue(err <= TOLERANCE * scale[i], what + ": entry " + i + " is " + actual[i] + ", two-pass " + e[i]
                    + " (error " + err + " > 1e-12 × " + scale[i] + ")");
        }
    }

    static double[] scaled(double[] x, double s) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] *= s;
        return y;
    }

    private static void check(Lagrangian feature, Lagrangian hidden, double stateScale, long seed) {
        check(feature, hidden, stateScale, seed, true);
    }

    /** singleUnit false skips N_h = 1 (layer norm has no gradient on one unit). */
    private static void check(Lagrangian feature, Lagrangian hidden, double stateScale, long seed, boolean singleUnit) {
        for (int[] size : SIZES) {
            int k = size[0], n = size[1];
            if (k == 1 && !singleUnit) continue;
            Memories xi = Patterns.gaussian(k, n, seed);
            double[] input = scaled(Patterns.gaussianVector(n, seed + 1), 0.1);
            double[] v = scaled(Patterns.gaussianVector(n, seed + 2), stateScale / Math.sqrt(n));
            EffectiveNetwork model = new EffectiveNetwork(xi, feature, hidden, 0.7, input);
            String what = hidden.name() + " at N_h = " + k + ", N_f = " + n + " (seed " + seed + ")";
            double[][] expected = twoPass(xi, feature, hidden, input, v);
            assertClose(expected, model.update(v), "update " + what);
            double[] yDot = new double[n];
            model.computeDerivatives(0, v, yDot);
            double[][] rate = {new double[n], new double[n]};
            for (int i = 0; i < n; i++) {
                rate[0][i] = (expected[0][i] - v[i]) / 0.7;
                rate[1][i] = (expected[1][i] + Math.abs(v[i])) / 0.7;
            }
            assertClose(rate, yDot, "right-hand side " + what);
            assertClose(rate, model.velocity(v), "velocity " + what);
        }
    }

    @Test
    void rectifiedPowerMatchesTwoPass() {
        check(Lagrangians.identity(), Lagrangians.rectifiedPower(3), 1, 11);
    }

    @Test
    void tanhAdditiveMatchesTwoPass() {
        check(Lagrangians.tanh(1), Lagrangians.tanh(1.5), 2, 12);
    }

    @Test
    void exponentialMatchesTwoPass() {
        check(Lagrangians.identity(), Lagrangians.exponential(0.5), 1, 13);
    }

    @Test
    void logSumExpMatchesTwoPassAtThreeTemperatures() {
        check(Lagrangians.identity(), Lagrangians.logSumExp(0.1), 3, 14);
        check(Lagrangians.tanh(1), Lagrangians.logSumExp(1), 3, 15);
        check(Lagrangians.identity(), Lagrangians.logSumExp(30), 3, 16);
    }

    @Test
    void otherHiddenLagrangiansKeepTheTwoPassForm() {
        check(Lagrangians.identity(), Lagrangians.layerNorm(1.3, 0.2), 1, 17, false);
        check(Lagrangians.identity(), Lagrangians.spherical(), 1, 18);
    }

    @Test
    void modernHopfieldSingleUpdateMatchesTwoPass() {
        for (double beta : new double[] {0.1, 1, 30}) {
            for (int[] size : SIZES) {
                int k = size[0], n = size[1];
                Memories xi = Patterns.gaussian(k, n, 21);
                double[] input = scaled(Patterns.gaussianVector(n, 22), 0.1);
                double[] q = scaled(Patterns.gaussianVector(n, 23), 3 / Math.sqrt(n));
                ModernHopfield model = new ModernHopfield(xi, beta, input);
                double[][] expected = twoPass(xi, Lagrangians.identity(), Lagrangians.logSumExp(beta), input, q);
                assertClose(expected, model.update(q), "Model B update β = " + beta + " at K = " + k + ", N_f = " + n);
                assertClose(expected, model.updateBatch(q, 1), "Model B batch of one β = " + beta + " at K = " + k + ", N_f = " + n);
            }
        }
    }

    /** β ξ_μ·q near 10⁸: e^{βξq} overflows, the online softmax does not; the update is the best-matching memory. */
    @Test
    void largeQueryDoesNotOverflowTheSoftmax() {
        int k = 2003, n = 97;
        Memories xi = Patterns.gaussian(k, n, 31);
        double[] q = scaled(Patterns.gaussianVector(n, 32), 1e6);
        for (double beta : new double[] {0.1, 1, 30}) {
            ModernHopfield model = new ModernHopfield(xi, beta);
            int best = 0;
            double[] scores = xi.multiply(q);
            for (int mu = 1; mu < k; mu++) if (scores[mu] > scores[best]) best = mu;
            double[] expected = xi.row(best), got = model.update(q);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], got[i], 1e-12 * Math.abs(expected[i]) + 1e-300, "entry " + i + " at β = " + beta);
            }
            double[][] reference = twoPass(xi, Lagrangians.identity(), Lagrangians.logSumExp(beta), new double[n], q);
            assertClose(reference, got, "large query β = " + beta);
        }
    }
}
