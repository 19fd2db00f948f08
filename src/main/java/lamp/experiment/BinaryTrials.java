package lamp.experiment;

import lamp.lagrangian.ScalarFunction;
import lamp.limit.PackedDam;
import lamp.limit.UnitMargins;
import lamp.base.Interrupts;
import lamp.memory.Corruption;
import lamp.memory.PackedPatterns;

/**
 * The trials of the capacity runs on random ±1 memories, drawn by {@link PackedPatterns#random}
 * from the trial's seed (64 signs per draw): K memories ξ_0 … ξ_{K−1}, the network started in ξ_0.
 */
final class BinaryTrials {
    /** Memories streamed between two interrupt checks (well under 0.1 s at any N_f lamp runs). */
    private static final int CHECK_EVERY = 1 << 13;

    private BinaryTrials() {}

    /**
     * Whether ξ_0 is a fixed point of the binary DAM (M9) with interaction F among K memories drawn
     * from {@code seed}: a sweep from it flips no unit. The memories are streamed, never stored
     * ({@link UnitMargins}): O(K·⌈N_f/64⌉) word operations and O(N_f²) memory.
     */
    static boolean firstIsFixed(ScalarFunction f, int features, int k, long seed) {
        PackedPatterns.Source source = new PackedPatterns.Source(features, seed);
        long[] row = new long[PackedPatterns.wordsPerRow(features)];
        source.next(row, 0);
        UnitMargins margins = UnitMargins.of(f, row, features);
        margins.add(row, 0);
        for (int mu = 1; mu < k; mu++) {
            if (mu % CHECK_EVERY == 0) Interrupts.check("capacity trial (K = " + k + ", N_f = " + features + ")");
            source.next(row, 0);
            margins.add(row, 0);
        }
        return margins.fixedPoint();
    }

    /**
     * Whether sweeps of (M9) from ξ_0 with {@code corruption} of its signs flipped (seed
     * {@code corruptionSeed}) end exactly at ξ_0 within {@code maxSweeps} sweeps.
     */
    static boolean firstRetrieved(ScalarFunction f, int features, int k, long seed, double corruption, long corruptionSeed, int maxSweeps) {
        PackedPatterns xi = PackedPatterns.random(k, features, seed);
        long[] target = xi.row(0);
        long[] start = PackedPatterns.pack(Corruption.flip(PackedPatterns.unpack(target, features), corruption, corruptionSeed));
        return java.util.Arrays.equals(new PackedDam(xi, f).retrieve(start, maxSweeps), target);
    }
}
