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
    static boolean firstIsFixed(ScalarFunction f, int features, long k, long seed) {
        if (k < 1) throw new IllegalArgumentException("memory count K must be >= 1, got " + k);
        return new FirstMemory(f, features, seed).fixedAt(new long[] {k})[0];
    }

    /**
     * For F = eˣ the agreements are kept first only of memories with overlap m ≥ 0.4 N_f, then, if that
     * leaves a reading open, of m ≥ 0.2 N_f, then of all. At the capacity edge the memories below 0.4 N_f
     * (all but about 1 %) move a margin by at most about e^{−0.12 N_f} of its size and those below
     * 0.2 N_f (80 to 90 %) by about e^{−0.25 N_f}, so their bounds nearly always decide
     * ({@link UnitMargins#tail}), and a memory below the kept overlaps costs a popcount.
     */
    private static final double[] KEPT_OVERLAPS = {0.4, 0.2};

    /**
     * One trial's memories streamed in order from its seed, ξ_0 first, with the margins of ξ_0
     * ({@link UnitMargins}) over the memories so far: read at increasing K, it answers
     * {@link #firstIsFixed} for each K with one pass over the memories. For F = eˣ the margins are
     * bounded ({@link UnitMargins#tail}, {@link #KEPT_OVERLAPS}); a reading the bound leaves open
     * streams the same memories again keeping more overlaps (at last all), as the trial then goes on.
     */
    static final class FirstMemory {
        private final ScalarFunction f;
        private final int features;
        private final long seed;
        private PackedPatterns.Source source;
        private final long[] row, batch = new long[CHECK_EVERY];
        private UnitMargins margins;
        private long streamed;
        private int level;                 // index into KEPT_OVERLAPS; past its end, exact margins

        FirstMemory(ScalarFunction f, int features, long seed) {
            this.f = f;
            this.features = features;
            this.seed = seed;
            this.row = new long[PackedPatterns.wordsPerRow(features)];
            this.level = f instanceof ScalarFunction.Exponential ? 0 : KEPT_OVERLAPS.length;
            start();
        }

        /** ξ_0 drawn and added: the stream at K = 1. */
        private void start() {
            source = new PackedPatterns.Source(features, seed);
            source.next(row, 0);
            margins = level >= KEPT_OVERLAPS.length ? UnitMargins.of(f, row, features)
                    : UnitMargins.tail(f, row, features, (int) Math.ceil(KEPT_OVERLAPS[level] * features));
            margins.add(row, 0);
            streamed = 1;
        }

        /** How many times a reading was left open and the memories streamed again keeping more overlaps. */
        int reopened() {
            return f instanceof ScalarFunction.Exponential ? level : 0;
        }

        /** Whether ξ_0 is a fixed point among the first K memories, for each K of {@code ks} (increasing, ≥ the memories streamed so far). */
        boolean[] fixedAt(long[] ks) {
            boolean[] out = new boolean[ks.length];
            for (int j = 0; j < ks.length; j++) {
                long k = ks[j];
                if (k < streamed) throw new IllegalArgumentException("K = " + k + " is below the " + streamed + " memories already streamed");
                streamTo(k);
                UnitMargins.Verdict v = margins.verdict();
                while (v == UnitMargins.Verdict.OPEN) {
                    level++;
                    start();
                    streamTo(k);
                    v = margins.verdict();
                }
                out[j] = v == UnitMargins.Verdict.FIXED;
            }
            return out;
        }

        private void streamTo(long k) {
            boolean oneWord = row.length == 1;
            while (streamed < k) {
                long stop = Math.min(k, streamed + CHECK_EVERY);
                if (oneWord) {
                    int count = (int) (stop - streamed);
                    source.nextWords(batch, count);
                    margins.addAll(batch, count);
                } else {
                    for (long mu = streamed; mu < stop; mu++) {
                        source.next(row, 0);
                        margins.add(row, 0);
                    }
                }
                streamed = stop;
                if (streamed < k) Interrupts.check("capacity trial (K = " + k + ", N_f = " + features + ", after " + streamed + " memories)");
            }
        }
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
