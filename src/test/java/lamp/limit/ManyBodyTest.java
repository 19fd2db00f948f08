package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

/** The many-body tensor of F = xⁿ against the memories (THEORY.md §5 check 14, KH2020 Fig. 1). */
class ManyBodyTest {

    static Memories randomBinary(int count, int dimension, Random rng) {
        double[][] rows = new double[count][dimension];
        for (double[] row : rows) for (int i = 0; i < dimension; i++) row[i] = rng.nextBoolean() ? 1 : -1;
        return Memories.of(rows);
    }

    static double[] randomSigns(int n, Random rng) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = rng.nextBoolean() ? 1 : -1;
        return s;
    }

    @Test
    void cubicContractionEqualsSumOfCubedOverlapsExactly() {
        long seed = 14;
        Random rng = new Random(seed);
        for (int trial = 0; trial < 20; trial++) {
            int nf = 3 + rng.nextInt(8), k = 1 + rng.nextInt(30);
            Memories xi = randomBinary(k, nf, rng);
            ManyBody t = ManyBody.cubic(xi);
            for (int s = 0; s < 10; s++) {
                double[] sigma = randomSigns(nf, rng);
                double viaMemories = ManyBody.throughMemories(xi, sigma, 3);
                assertEquals(Math.rint(viaMemories), viaMemories, 0, "Σ_μ (ξ_μ·σ)³ is an integer");
                assertEquals(viaMemories, t.contract(sigma), 0,
                        "seed " + seed + ", trial " + trial + ": Σ_ijk T_ijk σ_iσ_jσ_k = Σ_μ (ξ_μ·σ)³ exactly");
            }
        }
    }

    @Test
    void otherDegreesExpandTheSameWay() {
        Random rng = new Random(15);
        Memories xi = randomBinary(9, 6, rng);
        for (int n = 2; n <= 5; n++) {
            ManyBody t = ManyBody.of(xi, n);
            for (int s = 0; s < 10; s++) {
                double[] sigma = randomSigns(6, rng);
                assertEquals(ManyBody.throughMemories(xi, sigma, n), t.contract(sigma), 0, "n = " + n);
            }
        }
    }

    @Test
    void contractionHoldsForRealStatesToo() {
        Random rng = new Random(16);
        Memories xi = randomBinary(5, 7, rng);
        ManyBody t = ManyBody.cubic(xi);
        double[] v = new double[7];
        for (int i = 0; i < 7; i++) v[i] = rng.nextGaussian();
        double expected = ManyBody.throughMemories(xi, v, 3);
        assertEquals(expected, t.contract(v), 1e-12 * Math.abs(expected) + 1e-12);
    }

    @Test
    void entriesAreSumsOfTripleProductsAndSymmetric() {
        Memories xi = Memories.of(new double[] {1, -1, 1}, new double[] {1, 1, -1}, new double[] {-1, 1, 1});
        ManyBody t = ManyBody.cubic(xi);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    double expected = 0;
                    for (int mu = 0; mu < 3; mu++) expected += xi.get(mu, i) * xi.get(mu, j) * xi.get(mu, k);
                    assertEquals(expected, t.get(i, j, k), 0, "T_" + i + j + k);
                    assertEquals(t.get(i, j, k), t.get(k, i, j), 0, "symmetric");
                    assertEquals(t.get(i, j, k), t.get(j, i, k), 0, "symmetric");
                }
            }
        }
        // T_000 = Σ_μ ξ_μ0³ = 1 + 1 − 1; T_012 = Σ_μ ξ_μ0 ξ_μ1 ξ_μ2 = −1 − 1 − 1
        assertEquals(1, t.get(0, 0, 0), 0);
        assertEquals(-3, t.get(0, 1, 2), 0);
        assertEquals(27, t.tensor().length);
    }

    @Test
    void energyIsTheDenseAssociativeMemoryEnergyWithCubicF() {
        Random rng = new Random(17);
        Memories xi = randomBinary(12, 8, rng);
        ManyBody t = ManyBody.cubic(xi);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.power(3));
        for (int s = 0; s < 10; s++) {
            double[] sigma = randomSigns(8, rng);
            assertEquals(dam.energy(sigma), t.energy(sigma), 0, "(M8) with F = x³ = −Σ T_ijk σ_iσ_jσ_k");
        }
    }

    @Test
    void synapseCountsAreExact() {
        ManyBody.SynapseCount paper = ManyBody.SynapseCount.of(5, 11, 3);
        assertEquals(125, paper.tensorEntries());
        assertEquals(35, paper.distinctTensorEntries());
        assertEquals(10, paper.junctions());
        assertEquals(55, paper.twoBodySynapses());
        assertEquals(100L * 100 * 100, ManyBody.tensorEntries(100, 3));
        assertEquals(100L * 101 * 102 / 6, ManyBody.distinctTensorEntries(100, 3));
        assertEquals(784L * 783 / 2 + 784, ManyBody.distinctTensorEntries(784, 2));
        assertEquals(784L * 60000, ManyBody.twoBodySynapses(784, 60000));
        assertEquals(1000L * 1000 * 1000 * 1000, ManyBody.tensorEntries(1000, 4));
        assertThrows(ArithmeticException.class, () -> ManyBody.tensorEntries(100000, 4));
    }

    @Test
    void distinctEntriesCountSortedIndexTuples() {
        for (int nf = 1; nf <= 7; nf++) {
            for (int n = 1; n <= 4; n++) {
                assertEquals(sortedTuples(nf, n, 0), ManyBody.distinctTensorEntries(nf, n), "N_f = " + nf + ", n = " + n);
            }
        }
    }

    @Test
    void junctionsCountSetsOfDifferentNeurons() {
        for (int nf = 1; nf <= 8; nf++) {
            for (int n = 1; n <= 5; n++) {
                assertEquals(subsets(nf, n, 0), ManyBody.junctionCount(nf, n), "N_f = " + nf + ", n = " + n);
            }
        }
        assertEquals(100L * 99 * 98 / 6, ManyBody.junctionCount(100, 3));
        assertEquals(784L * 783 / 2, ManyBody.junctionCount(784, 2));
    }

    /** Index tuples i₁ &lt; i₂ &lt; … &lt; iₙ drawn from from … N_f − 1, counted one by one. */
    private static long subsets(int nf, int n, int from) {
        if (n == 0) return 1;
        long c = 0;
        for (int i = from; i < nf; i++) c += subsets(nf, n - 1, i + 1);
        return c;
    }

    /** Index tuples i₁ ≤ i₂ ≤ … ≤ iₙ drawn from from … N_f − 1, counted one by one. */
    private static long sortedTuples(int nf, int n, int from) {
        if (n == 0) return 1;
        long c = 0;
        for (int i = from; i < nf; i++) c += sortedTuples(nf, n - 1, i);
        return c;
    }

    @Test
    void aTensorKnowsItsDegreeAndSizes() {
        ManyBody t = ManyBody.cubic(randomBinary(11, 5, new Random(18)));
        assertEquals(3, t.degree());
        assertEquals(5, t.featureCount());
        assertEquals(11, t.memoryCount());
    }

    @Test
    void badInputIsNamed() {
        Memories xi = randomBinary(3, 4, new Random(19));
        ManyBody t = ManyBody.cubic(xi);
        assertEquals("tensor degree n must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> ManyBody.of(xi, 1)).getMessage());
        assertEquals("state σ has length 3 but 4 is required",
                assertThrows(IllegalArgumentException.class, () -> t.contract(new double[3])).getMessage());
        assertEquals("a 3-index tensor needs 3 indices, got 2",
                assertThrows(IllegalArgumentException.class, () -> t.get(0, 1)).getMessage());
        assertEquals("index 4 outside 0 … 3 in [0, 4, 1]",
                assertThrows(IndexOutOfBoundsException.class, () -> t.get(0, 4, 1)).getMessage());
        Memories wide = randomBinary(2, 300, new Random(20));
        assertEquals("a dense 3-index tensor over N_f = 300 features has 27000000 entries, more than 16777216: use fewer features",
                assertThrows(IllegalArgumentException.class, () -> ManyBody.cubic(wide)).getMessage());
    }
}
