package lamp.memory;

import java.util.Random;
import lamp.base.Checks;

/**
 * Random memory sets for the capacity and basin experiments (THEORY.md §3, §6). Every generator takes
 * a seed and uses {@link java.util.Random}, whose algorithm is fixed by the Java specification, so a
 * seed gives the same memories on every JVM.
 */
public final class Patterns {
    private Patterns() {}

    /** K random patterns with independent, equally likely ±1 entries (the setting of THEORY.md M8, checks 7–9). */
    public static Memories randomBinary(int count, int dimension, long seed) {
        checkShape(count, dimension);
        Random random = new Random(seed);
        double[] flat = new double[count * dimension];
        for (int k = 0; k < flat.length; k++) flat[k] = random.nextBoolean() ? 1.0 : -1.0;
        return Memories.of(count, dimension, flat);
    }

    /** K patterns with independent N(0, 1) entries. */
    public static Memories gaussian(int count, int dimension, long seed) {
        return gaussian(count, dimension, seed, false);
    }

    /**
     * K patterns with independent N(0, 1) entries; with {@code unitNorm} each pattern is scaled to
     * ‖ξ_μ‖ = 1 (memories on the sphere, Model C, M12).
     */
    public static Memories gaussian(int count, int dimension, long seed, boolean unitNorm) {
        checkShape(count, dimension);
        Random random = new Random(seed);
        double[] flat = new double[count * dimension];
        for (int mu = 0; mu < count; mu++) {
            double sumSquares = 0;
            for (int i = 0; i < dimension; i++) {
                double x = random.nextGaussian();
                flat[mu * dimension + i] = x;
                sumSquares += x * x;
            }
            if (unitNorm) {
                // A zero draw has probability zero; guard anyway so no NaN reaches Memories.
                double scale = sumSquares > 0 ? 1 / Math.sqrt(sumSquares) : 0;
                if (scale == 0) flat[mu * dimension] = 1;
                else for (int i = 0; i < dimension; i++) flat[mu * dimension + i] *= scale;
            }
        }
        return Memories.of(count, dimension, flat);
    }

    /**
     * One vector of N independent, equally likely ±1 entries (a state or a query): the same values
     * as row 0 of {@code randomBinary(1, n, seed)}.
     */
    public static double[] randomBinaryVector(int dimension, long seed) {
        checkShape(1, dimension);
        Random random = new Random(seed);
        double[] v = new double[dimension];
        for (int i = 0; i < dimension; i++) v[i] = random.nextBoolean() ? 1.0 : -1.0;
        return v;
    }

    /**
     * One vector of N independent N(0, 1) entries (a state, a query or an input current I): the
     * same values as row 0 of {@code gaussian(1, n, seed)}.
     */
    public static double[] gaussianVector(int dimension, long seed) {
        checkShape(1, dimension);
        Random random = new Random(seed);
        double[] v = new double[dimension];
        for (int i = 0; i < dimension; i++) v[i] = random.nextGaussian();
        return v;
    }

    /**
     * Clustered ±1 memories: {@code clusters} random ±1 prototypes, and {@code perCluster} members of
     * each, every member its prototype with round(flip·N) distinct entries flipped. Rows are ordered by
     * cluster (row c·perCluster + m is member m of cluster c). Patterns within a cluster overlap by
     * about (1 − 2·flip)² N: the setting where Model B has metastable states that average one cluster
     * (Ramsauer 2020).
     */
    public static Memories clustered(int clusters, int perCluster, int dimension, double flip, long seed) {
        Checks.count("clusters", clusters, 1);
        Checks.count("patterns per cluster", perCluster, 1);
        checkShape(Checks.entries("clustered memories", clusters, perCluster), dimension);
        Checks.fraction("flip fraction", flip);
        Memories prototypes = randomBinary(clusters, dimension, seed);
        Random random = new Random(seed + 1);
        double[][] rows = new double[clusters * perCluster][];
        for (int c = 0; c < clusters; c++) {
            for (int m = 0; m < perCluster; m++) rows[c * perCluster + m] = Corruption.flip(prototypes.row(c), flip, random.nextLong());
        }
        return Memories.of(rows);
    }

    /** A source of K × N memory sets indexed by a seed: {@code Patterns::randomBinary} or {@code Patterns::gaussian}. */
    @FunctionalInterface
    public interface Source {
        /** K memories of dimension N, a function of the seed alone. */
        Memories create(int count, int dimension, long seed);
    }

    private static void checkShape(int count, int dimension) {
        Checks.count("memory count K", count, 1);
        Checks.count("dimension N", dimension, 1);
        int entries = Checks.entries("K × N memories", count, dimension);
        Checks.fits("K × N = " + count + " × " + dimension + " memories (generated, then copied)", 2L * entries);
    }
}
