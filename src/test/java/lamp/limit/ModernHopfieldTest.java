package lamp.limit;

import static lamp.network.TestFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * Model B (THEORY.md §3): §5 checks 6 and 9 and the Model B exact values.
 */
class ModernHopfieldTest {

    /** ξᵀ softmax(β ξ q), written out with the max shifted out. */
    static double[] directUpdate(Memories xi, double[] q, double beta) {
        int k = xi.count(), n = xi.dimension();
        double[] s = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int mu = 0; mu < k; mu++) {
            for (int i = 0; i < n; i++) s[mu] += xi.get(mu, i) * q[i];
            max = Math.max(max, beta * s[mu]);
        }
        double z = 0;
        for (int mu = 0; mu < k; mu++) z += s[mu] = Math.exp(beta * s[mu] - max);
        double[] out = new double[n];
        for (int mu = 0; mu < k; mu++) for (int i = 0; i < n; i++) out[i] += s[mu] / z * xi.get(mu, i);
        return out;
    }

    /** §5 check 6, first half: one update (M11) equals ξᵀ softmax(βξq) and plain attention with K = V = ξ. */
    @Test
    void check6_singleUpdateIsSoftmaxAttention() {
        Random rng = new Random(601);
        Memories xi = TestFixtures.randomPatterns(rng, 50, 16);
        for (double beta : new double[] {0.05, 0.5, 1, 8}) {
            ModernHopfield model = new ModernHopfield(xi, beta);
            for (int s = 0; s < 10; s++) {
                double[] q = TestFixtures.gaussian(rng, 16, 1);
                double[] expected = directUpdate(xi, q, beta);
                double[] got = model.update(q);
                double[] attention = ModernHopfield.attention(q, xi.toArray(), xi.toArray(), beta);
                for (int i = 0; i < 16; i++) {
                    assertEquals(expected[i], got[i], 1e-12, "β=" + beta + " update[" + i + "]");
                    assertEquals(expected[i], attention[i], 1e-12, "β=" + beta + " attention[" + i + "]");
                }
                // the weights are softmax(βξq) and sum to 1
                double[] p = model.weights(q);
                double sum = 0;
                for (double pi : p) sum += pi;
                assertEquals(1, sum, 1e-12);
            }
        }
    }

    /** §5 check 6: the batched update equals the per-query updates to 1e-12. */
    @Test
    void check6_batchedUpdateEqualsPerQuery() {
        Random rng = new Random(602);
        Memories xi = TestFixtures.randomPatterns(rng, 40, 12);
        double[] input = TestFixtures.gaussian(rng, 12, 0.2);
        ModernHopfield model = new ModernHopfield(xi, 1.5, input);
        double[][] queries = new double[7][];
        double[] flat = new double[7 * 12];
        for (int b = 0; b < 7; b++) {
            queries[b] = TestFixtures.gaussian(rng, 12, 1);
            System.arraycopy(queries[b], 0, flat, b * 12, 12);
        }
        double[][] batched = model.update(queries);
        double[] batchedFlat = model.updateBatch(flat, 7);
        for (int b = 0; b < 7; b++) {
            double[] single = model.update(queries[b]);
            for (int i = 0; i < 12; i++) {
                assertEquals(single[i], batched[b][i], 1e-12, "query " + b + "[" + i + "]");
                assertEquals(single[i], batchedFlat[b * 12 + i], 1e-12, "flat query " + b + "[" + i + "]");
            }
        }
    }

    /**
     * §5 checks 6 and 9: N_h = K = 1000 random ±1 patterns, N_f = 64, β = 1; a stored pattern with
     * 10% of its entries flipped (6.4 of 64: both 6 — check 9 — and 7 are tried) is retrieved
     * exactly by the sign of one update (M11). Many patterns and seeds.
     */
    @Test
    void check6_check9_oneUpdateRetrievesFromTenPercentCorruption() {
        int trials = 0;
        double worstMargin = Double.POSITIVE_INFINITY;
        for (long seed = 0; seed < 3; seed++) {
            Random rng = new Random(690 + seed);
            Memories xi = TestFixtures.randomPatterns(rng, 1000, 64);
            ModernHopfield model = new ModernHopfield(xi, 1);
            for (int t = 0; t < 20; t++) {
                int mu = rng.nextInt(1000);
                double[] pattern = xi.row(mu);
                for (int flips : new int[] {6, 7}) {
                    double[] q = TestFixtures.flip(pattern, flips, rng);
                    double[] out = model.update(q);
                    assertArrayEquals(pattern, TestFixtures.sign(out), "seed " + seed + " memory " + mu + ", " + flips + " flips");
                    for (int i = 0; i < 64; i++) worstMargin = Math.min(worstMargin, out[i] * pattern[i]);
                    trials++;
                }
            }
        }
        assertEquals(120, trials);
        // not just the sign: the update lands almost on the pattern (weight on others ≲ e^{-15})
        assertTrue(worstMargin > 0.999, "smallest ξ_μi·v_i after one update: " + worstMargin);
    }

    /**
     * Exact values: memories e₁, e₂, e₃ of ℝ³, β = 10, q = e₁: one update is (p₁, p₂, p₂) with
     * p₁ = 1/(1 + 2e^{−10}) = 0.9999092083843409, p₂ = e^{−10}p₁; E(e₁) = ½ − 0.1·ln(e^{10} + 2)
     * = −0.5000090795737466 (M10, I = 0).
     */
    @Test
    void exactValues_oneHotMemoriesBetaTen() {
        Memories xi = Memories.identity(3);
        ModernHopfield model = new ModernHopfield(xi, 10);
        double[] e1 = {1, 0, 0};
        double p1 = 1 / (1 + 2 * Math.exp(-10)), p2 = Math.exp(-10) * p1;
        assertRelative(0.9999092083843409, p1, 1e-15, "p1 closed form");
        double[] out = model.update(e1);
        assertRelative(0.9999092083843409, out[0], 1e-9, "p1");
        assertRelative(p2, out[1], 1e-9, "p2");
        assertRelative(p2, out[2], 1e-9, "p3 = p2");
        assertRelative(-0.5000090795737466, model.energy(e1), 1e-9, "E(e1)");
        assertRelative(0.5 - 0.1 * Math.log(Math.exp(10) + 2), model.energy(e1), 1e-9, "E(e1) closed form");
        assertRelative(-0.5000090795737466, Models.create("modern(10)", xi).energy(e1), 1e-9, "E(e1) via Models");
        assertRelative(-0.5000090795737466,
                new EffectiveNetwork(xi, Lagrangians.identity(), Lagrangians.logSumExp(10), 1, null).energy(e1), 1e-9, "E(e1) via (M5)");
    }

    /**
     * Exact values: β → 0, one update gives the mean (1/3, 1/3, 1/3). β must stay &gt; 0, so take
     * β = 1e-9: softmax(β e₁) = (e^β, 1, 1)/(e^β + 2), i.e. 1/3 + 2β/9 and 1/3 − β/9 to first order.
     * The deviation from the mean (~2e-10) is itself below the 1e-9 relative tolerance, and the
     * first-order terms are checked to 1e-6 relative (rounding of 1/3 is ~1e-17, so ~1e-7 of β/9).
     */
    @Test
    void exactValues_smallBetaGivesTheMean() {
        double beta = 1e-9;
        double[] out = new ModernHopfield(Memories.identity(3), beta).update(new double[] {1, 0, 0});
        for (int i = 0; i < 3; i++) assertRelative(1.0 / 3, out[i], 1e-9, "mean[" + i + "]");
        assertRelative(2 * beta / 9, out[0] - 1.0 / 3, 1e-6, "first-order deviation of p1");
        assertRelative(-beta / 9, out[1] - 1.0 / 3, 1e-6, "first-order deviation of p2");
    }

    /** Large β (Model B, §3): one update from a pattern-like query lands on the pattern; E is lower there. */
    @Test
    void largeBetaFixedPointsArePatternsSmallBetaAverages() {
        Random rng = new Random(603);
        Memories xi = TestFixtures.randomPatterns(rng, 10, 32);
        double[] q = TestFixtures.flip(xi.row(3), 4, rng);
        Retrieval sharp = new ModernHopfield(xi, 2).retrieve(q);
        assertTrue(sharp.converged());
        assertArrayEquals(xi.row(3), sharp.state(), 1e-9);
        // tiny β: the fixed point is the mean of all patterns
        Retrieval soft = new ModernHopfield(xi, 1e-4).retrieve(q);
        double[] mean = new double[32];
        for (int mu = 0; mu < 10; mu++) for (int i = 0; i < 32; i++) mean[i] += xi.get(mu, i) / 10;
        assertTrue(soft.converged());
        assertTrue(TestFixtures.maxDifference(mean, soft.state()) < 1e-2, "tiny β fixed point ≈ mean of patterns");
    }

    @Test
    void batchedModelBUpdateIsAttentionPerQuery() {
        SplittableRandom r = new SplittableRandom(16);
        int k = 700, n = 96, b = 5;
        double[][] rows = new double[k][];
        for (int mu = 0; mu < k; mu++) rows[mu] = random(n, r);
        double[] input = random(n, r);
        ModernHopfield model = new ModernHopfield(Memories.of(rows), 2.0, input);
        double[] q = random(b * n, r);
        double[] out = model.updateBatch(q, b);
        for (int row = 0; row < b; row++) {
            double[] expected = ModernHopfield.attention(Arrays.copyOfRange(q, row * n, (row + 1) * n), rows, rows, 2.0);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i] + input[i], out[row * n + i], 1e-12 * (1 + Math.abs(expected[i])), "query " + row + " feature " + i);
            }
        }
    }

    private static double[] random(int n, SplittableRandom r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextGaussian();
        return v;
    }
}
