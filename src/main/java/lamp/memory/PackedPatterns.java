package lamp.memory;

import java.util.SplittableRandom;
import lamp.base.Checks;

/**
 * K patterns of N_f entries ±1 packed 64 to a word (bit 1 = +1, bit 0 = −1): the memories of the
 * binary Dense Associative Memory at the scale of its capacity (KH2020 (8), (9); THEORY.md M8,
 * checks 7–9). Row μ takes W = ⌈N_f/64⌉ words, entry i in bit i mod 64 of word i/64; the bits past
 * N_f in the last word are 0. The overlap of two rows is N_f − 2·popcount(ξ_μ XOR ξ_ν).
 *
 * <p>{@link #random} draws row after row, W words each, from one {@link SplittableRandom}
 * (64 signs per draw instead of one), so the first K rows of a larger draw are the smaller draw.
 * This is its own stream: {@link Patterns#randomBinary} with the same seed gives other signs.
 * Immutable.
 */
public final class PackedPatterns {
    private final int count, dimension, words;
    private final long[] bits;        // row-major: row μ is bits[μ W … (μ+1) W)

    private PackedPatterns(int count, int dimension, long[] bits) {
        this.count = count;
        this.dimension = dimension;
        this.words = wordsPerRow(dimension);
        this.bits = bits;
    }

    /** ⌈N_f/64⌉: the words of one packed row. */
    public static int wordsPerRow(int dimension) {
        return (dimension + 63) >>> 6;
    }

    /** The mask of the bits of the last word of a row that hold entries. */
    public static long lastWordMask(int dimension) {
        int r = dimension & 63;
        return r == 0 ? -1L : (1L << r) - 1;
    }

    /** K random patterns with independent, equally likely ±1 entries, drawn 64 at a time from {@code seed}. */
    public static PackedPatterns random(int count, int dimension, long seed) {
        Checks.count("memory count K", count, 1);
        Checks.count("features N_f", dimension, 1);
        int w = wordsPerRow(dimension);
        if ((long) count * w > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("K = " + count + " packed patterns of N_f = " + dimension
                    + " need " + (long) count * w + " words, beyond one Java array");
        }
        long[] bits = new long[count * w];
        Source source = new Source(dimension, seed);
        for (int mu = 0; mu < count; mu++) source.next(bits, mu * w);
        return new PackedPatterns(count, dimension, bits);
    }

    /**
     * The rows of {@link #random} one at a time, for runs that need each memory once and never store
     * them all: the j-th {@link #next} is row j of {@code random(K, N_f, seed)} for every K &gt; j.
     */
    public static final class Source {
        private final SplittableRandom random;
        private final int words;
        private final long mask;

        /** The rows of {@code random(·, dimension, seed)}. */
        public Source(int dimension, long seed) {
            Checks.count("features N_f", dimension, 1);
            this.random = new SplittableRandom(seed);
            this.words = wordsPerRow(dimension);
            this.mask = lastWordMask(dimension);
        }

        /** The next row when it is one word (N_f ≤ 64): the same draw as {@link #next}. */
        public long nextWord() {
            if (words != 1) throw new IllegalStateException("a row of " + words + " words is not one word: use next(into, offset)");
            return random.nextLong() & mask;
        }

        /** The next {@code count} rows when each is one word (N_f ≤ 64), into {@code into[0 … count)}: the same draws as {@link #nextWord}. */
        public void nextWords(long[] into, int count) {
            if (words != 1) throw new IllegalStateException("a row of " + words + " words is not one word: use next(into, offset)");
            SplittableRandom r = random;
            long m = mask;
            for (int i = 0; i < count; i++) into[i] = r.nextLong() & m;
        }

        /** Writes the next row into {@code into[offset … offset + W)}. */
        public void next(long[] into, int offset) {
            for (int c = 0; c < words - 1; c++) into[offset + c] = random.nextLong();
            into[offset + words - 1] = random.nextLong() & mask;
        }
    }

    /** The ±1 memories ξ packed; any entry other than +1 or −1 is an error naming it. */
    public static PackedPatterns of(Memories xi) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        int k = xi.count(), n = xi.dimension(), w = wordsPerRow(n);
        long[] bits = new long[k * w];
        for (int mu = 0; mu < k; mu++) {
            for (int i = 0; i < n; i++) {
                double x = xi.get(mu, i);
                if (x == 1) bits[mu * w + (i >>> 6)] |= 1L << i;
                else if (x != -1) {
                    throw new IllegalArgumentException("ξ[" + mu + "][" + i + "] is " + x + ": packed patterns hold only +1 and −1");
                }
            }
        }
        return new PackedPatterns(k, n, bits);
    }

    /** A ±1 vector (a state σ) packed into W words; any entry other than ±1 is an error. */
    public static long[] pack(double[] sigma) {
        if (sigma == null) throw new IllegalArgumentException("state σ is null");
        long[] out = new long[wordsPerRow(sigma.length)];
        for (int i = 0; i < sigma.length; i++) {
            if (sigma[i] == 1) out[i >>> 6] |= 1L << i;
            else if (sigma[i] != -1) throw new IllegalArgumentException("σ[" + i + "] is " + sigma[i] + ": a binary state holds only +1 and −1");
        }
        return out;
    }

    /** The ±1 vector of N entries held in {@code packed}. */
    public static double[] unpack(long[] packed, int dimension) {
        if (packed == null) throw new IllegalArgumentException("packed signs are null");
        Checks.count("dimension N_f", dimension, 1);
        if ((long) packed.length * 64 < dimension) {
            throw new IllegalArgumentException(packed.length + " words hold " + (long) packed.length * 64 + " signs, fewer than N_f = " + dimension);
        }
        double[] out = new double[dimension];
        for (int i = 0; i < dimension; i++) out[i] = (packed[i >>> 6] >>> i & 1L) != 0 ? 1 : -1;
        return out;
    }

    /** K. */
    public int count() { return count; }

    /** N_f. */
    public int dimension() { return dimension; }

    /** W = ⌈N_f/64⌉. */
    public int words() { return words; }

    /** The first k rows (the draw of {@link #random} with k in place of K). */
    public PackedPatterns first(int k) {
        Checks.count("memory count k", k, 1);
        if (k > count) throw new IllegalArgumentException("first " + k + " of " + count + " patterns");
        if (k == count) return this;
        return new PackedPatterns(k, dimension, java.util.Arrays.copyOf(bits, k * words));
    }

    /** ξ_{μi} as ±1. */
    public int get(int mu, int i) {
        return (bits[mu * words + (i >>> 6)] >>> i & 1L) != 0 ? 1 : -1;
    }

    /** Row μ packed (a copy of its W words). */
    public long[] row(int mu) {
        if (mu < 0 || mu >= count) throw new IllegalArgumentException("pattern μ = " + mu + " is outside 0 … " + (count - 1));
        return java.util.Arrays.copyOfRange(bits, mu * words, (mu + 1) * words);
    }

    /** The words of every row, row-major (a copy). */
    public long[] toWords() {
        return bits.clone();
    }

    /** ξ_μ·ξ_ν = N_f − 2·popcount(ξ_μ XOR ξ_ν). */
    public int overlap(int mu, int nu) {
        int a = mu * words, b = nu * words, d = 0;
        for (int c = 0; c < words; c++) d += Long.bitCount(bits[a + c] ^ bits[b + c]);
        return dimension - 2 * d;
    }

    /** m = ξσ for a packed state σ (W words): m_μ = N_f − 2·popcount(ξ_μ XOR σ). */
    public int[] overlaps(long[] sigma) {
        if (sigma == null || sigma.length != words) {
            throw new IllegalArgumentException("packed σ must have " + words + " words, got " + (sigma == null ? "null" : sigma.length));
        }
        int[] m = new int[count];
        for (int mu = 0, a = 0; mu < count; mu++) {
            int d = 0;
            for (int c = 0; c < words; c++, a++) d += Long.bitCount(bits[a] ^ sigma[c]);
            m[mu] = dimension - 2 * d;
        }
        return m;
    }

    /**
     * The columns of ξ packed: column i (unit i across the K patterns) in words
     * [i·⌈K/64⌉, (i+1)·⌈K/64⌉), pattern μ in bit μ mod 64 of word μ/64 (0 past K). Transposed in
     * 64 × 64 blocks.
     */
    public long[] columns() {
        int kw = wordsPerRow(count);
        long[] out = new long[dimension * kw];
        long[] block = new long[64];
        for (int rb = 0; rb < kw; rb++) {
            int rows = Math.min(64, count - rb * 64);
            for (int c = 0; c < words; c++) {
                for (int r = 0; r < 64; r++) block[r] = r < rows ? bits[(rb * 64 + r) * words + c] : 0;
                transpose64(block);
                int cols = Math.min(64, dimension - c * 64);
                for (int b = 0; b < cols; b++) out[(c * 64 + b) * kw + rb] = block[b];
            }
        }
        return out;
    }

    /** In place: bit j of word i becomes bit i of word j (the classic recursive block swap). */
    static void transpose64(long[] a) {
        int j = 32;
        long m = 0x00000000FFFFFFFFL;
        while (j != 0) {
            for (int k = 0; k < 64; k = (k + j + 1) & ~j) {
                long t = ((a[k] >>> j) ^ a[k + j]) & m;
                a[k] ^= t << j;
                a[k + j] ^= t;
            }
            j >>>= 1;
            m ^= m << j;
        }
    }

    /** ξ as dense ±1 memories. */
    public Memories toMemories() {
        double[] data = new double[count * dimension];
        for (int mu = 0; mu < count; mu++) {
            for (int i = 0; i < dimension; i++) data[mu * dimension + i] = (bits[mu * words + (i >>> 6)] >>> i & 1L) != 0 ? 1 : -1;
        }
        return Memories.of(count, dimension, data);
    }

    @Override
    public String toString() {
        return "PackedPatterns[" + count + " × " + dimension + ", " + words + " words per row]";
    }
}
