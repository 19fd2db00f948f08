package lamp.network;

import java.util.Random;
import lamp.memory.Memories;

/**
 * Seeded random data for the THEORY.md §5 checks: ±1 patterns, Gaussian states, corruption by
 * flipping a fixed number of entries, and relative comparisons. Local to the tests so they depend
 * on nothing but the library under test.
 */
public final class TestFixtures {
    private TestFixtures() {}

    /** K random ±1 patterns of length n (each entry ±1 with probability ½). */
    public static Memories randomPatterns(Random rng, int k, int n) {
        double[] flat = new double[k * n];
        for (int j = 0; j < flat.length; j++) flat[j] = rng.nextBoolean() ? 1 : -1;
        return Memories.of(k, n, flat);
    }

    /** K random Gaussian rows of length n, scaled by {@code scale}. */
    public static Memories gaussianMemories(Random rng, int k, int n, double scale) {
        double[] flat = new double[k * n];
        for (int j = 0; j < flat.length; j++) flat[j] = scale * rng.nextGaussian();
        return Memories.of(k, n, flat);
    }

    /** A Gaussian vector of length n with standard deviation {@code scale}. */
    public static double[] gaussian(Random rng, int n, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = scale * rng.nextGaussian();
        return x;
    }

    /** A copy of {@code pattern} with exactly {@code count} distinct entries negated. */
    public static double[] flip(double[] pattern, int count, Random rng) {
        double[] q = pattern.clone();
        int[] idx = new int[q.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        for (int j = 0; j < count; j++) {
            int r = j + rng.nextInt(idx.length - j);
            int t = idx[j]; idx[j] = idx[r]; idx[r] = t;
            q[idx[j]] = -q[idx[j]];
        }
        return q;
    }

    /** sign(x) entrywise, with 0 mapped to +1. */
    public static double[] sign(double[] x) {
        double[] s = new double[x.length];
        for (int i = 0; i < s.length; i++) s[i] = x[i] >= 0 ? 1 : -1;
        return s;
    }

    /** ‖a − b‖₂. */
    public static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s);
    }

    /** ‖a − b‖∞. */
    public static double maxDifference(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }

    /** |actual − expected| ≤ rel·|expected| (absolute when expected is 0). */
    public static void assertRelative(double expected, double actual, double rel, String what) {
        double err = Math.abs(actual - expected);
        double scale = expected == 0 ? 1 : Math.abs(expected);
        if (!(err <= rel * scale)) {
            throw new AssertionError(what + ": expected " + expected + " but got " + actual
                    + " (relative error " + err / scale + " > " + rel + ")");
        }
    }
}
