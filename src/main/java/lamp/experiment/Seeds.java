package lamp.experiment;

/**
 * Per-trial seeds derived from an experiment's seed and the trial's coordinates (e.g. K and trial
 * index), never from thread order, so parallel runs are bit-for-bit reproducible. Mixing is the
 * SplitMix64 finaliser applied once per coordinate.
 */
public final class Seeds {
    private Seeds() {}

    /** A seed determined by {@code seed} and the coordinates {@code path}, well mixed in every bit. */
    public static long derive(long seed, long... path) {
        if (path == null) throw new IllegalArgumentException("seed path is null (pass no coordinates for none)");
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long p : path) h = mix(h + 0x9E3779B97F4A7C15L * (p + 1));
        return h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
