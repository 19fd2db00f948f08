package lamp.memory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import lamp.base.Checks;

/**
 * Ways to damage a stored pattern before retrieval (THEORY.md §6, basins of attraction). Each method
 * returns a new array and leaves its argument untouched. {@link #flip} and {@link #mask} change
 * exactly round(fraction·N) distinct entries, chosen by a partial Fisher–Yates shuffle driven by
 * the seed; with one seed the entries changed at a smaller fraction are a subset of those changed
 * at a larger one, so basin curves over fractions are nested, not independent draws.
 */
public final class Corruption {
    private Corruption() {}

    /** The kinds of corruption an experiment can apply, each taking an amount and a seed. */
    public enum Kind {
        /** Sign flips of a fraction of the entries: {@link #flip}. */
        FLIP,
        /** Zeroing a fraction of the entries: {@link #mask}. */
        MASK,
        /** Additive Gaussian noise with standard deviation = amount: {@link #noise}. */
        NOISE;

        /** Applies this corruption with the given fraction (FLIP, MASK) or σ (NOISE). */
        public double[] apply(double[] pattern, double amount, long seed) {
            return switch (this) {
                case FLIP -> flip(pattern, amount, seed);
                case MASK -> mask(pattern, amount, seed);
                case NOISE -> noise(pattern, amount, seed);
            };
        }

        /** Lower-case name used in result tables. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The number of entries changed out of {@code n} at {@code fraction}: round(fraction·n). */
    public static int count(int n, double fraction) {
        Checks.count("length", n, 0);
        Checks.fraction("corruption fraction", fraction);
        return (int) Math.round(fraction * n);
    }

    /** Flips the sign of exactly round(fraction·N) distinct entries. */
    public static double[] flip(double[] pattern, double fraction, long seed) {
        Checks.finite("pattern", pattern);
        double[] out = pattern.clone();
        for (int i : chosen(pattern.length, count(pattern.length, fraction), seed)) out[i] = -out[i];
        return out;
    }

    /** Sets exactly round(fraction·N) distinct entries to 0 (for ±1 patterns: unknown bits). */
    public static double[] mask(double[] pattern, double fraction, long seed) {
        Checks.finite("pattern", pattern);
        double[] out = pattern.clone();
        for (int i : chosen(pattern.length, count(pattern.length, fraction), seed)) out[i] = 0;
        return out;
    }

    /** Adds independent N(0, σ²) noise to every entry; σ = 0 returns a copy. */
    public static double[] noise(double[] pattern, double sigma, long seed) {
        Checks.finite("pattern", pattern);
        Checks.atLeast("noise sigma", sigma, 0);
        Random random = new Random(seed);
        double[] out = pattern.clone();
        for (int i = 0; i < out.length; i++) out[i] += sigma * random.nextGaussian();
        return out;
    }

    /**
     * Masks the bottom half of an image stored row by row with the given width: the last
     * floor(height/2) rows are set to 0 (the image-completion task of THEORY.md §6).
     */
    public static double[] maskBottomHalf(double[] image, int width) {
        Checks.finite("image", image);
        Checks.count("image width", width, 1);
        if (image.length % width != 0) {
            throw new IllegalArgumentException("image length " + image.length + " is not a multiple of width " + width);
        }
        int height = image.length / width;
        int rows = height / 2;
        int from = (height - rows) * width;
        double[] out = image.clone();
        Arrays.fill(out, from, from + rows * width, 0.0);
        return out;
    }

    /** The first {@code k} indices of a seeded Fisher–Yates shuffle of 0..n−1 (distinct, nested in k). */
    static int[] chosen(int n, int k, long seed) {
        Random random = new Random(seed);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) index[i] = i;
        for (int j = 0; j < k; j++) {
            int r = j + random.nextInt(n - j);
            int t = index[j];
            index[j] = index[r];
            index[r] = t;
        }
        return Arrays.copyOf(index, k);
    }
}
