package lamp.experiment;

import lamp.memory.Memories;
import lamp.memory.Patterns;

/**
 * The memories of every trial of one {@link CapacityScaling} point, for any K:
 * {@code Patterns.randomBinary(K, N_f, seed_t)}. {@link Patterns#randomBinary} fills ξ row by row
 * from one {@link java.util.Random}, so the draw for a smaller K is the first K rows of the draw for
 * a larger one; each trial keeps its largest draw so far as one bit per sign (K·N_f/8 bytes) and
 * serves any smaller K from it, instead of drawing K·N_f signs again at every step of the bisection
 * (drawing costs about three times as much as the sweep itself). A larger K is drawn afresh.
 * Trial t is touched by one thread at a time.
 */
final class TrialMemories {
    private final int features;
    private final long[] seeds;
    private final long[][] bits;
    private final int[] counts;

    /** The trials with seeds {@code seeds[t]}, memories of {@code features} entries. */
    TrialMemories(int features, long[] seeds) {
        this.features = features;
        this.seeds = seeds.clone();
        this.bits = new long[seeds.length][];
        this.counts = new int[seeds.length];
    }

    /** {@code Patterns.randomBinary(k, N_f, seeds[t])}. */
    Memories get(int t, int k) {
        if (counts[t] >= k) return unpack(t, k);
        Memories xi = Patterns.randomBinary(k, features, seeds[t]);
        double[] data = xi.toRowMajor();
        long[] packed = new long[(data.length + 63) >>> 6];
        for (int w = 0, j = 0; j < data.length; w++) {
            long word = 0;
            for (int b = 0, end = Math.min(data.length, j + 64); j < end; j++, b++) word |= (long) (data[j] > 0 ? 1 : 0) << b;
            packed[w] = word;
        }
        bits[t] = packed;
        counts[t] = k;
        return xi;
    }

    private Memories unpack(int t, int k) {
        long[] packed = bits[t];
        double[] data = new double[k * features];
        for (int w = 0, j = 0; j < data.length; w++) {
            long word = packed[w];
            for (int end = Math.min(data.length, j + 64); j < end; j++, word >>>= 1) data[j] = (double) (((word & 1L) << 1) - 1);
        }
        return Memories.of(k, features, data);
    }
}
