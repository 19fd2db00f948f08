package lamp.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Packed ±1 patterns against their dense form: entries, overlaps, columns, the prefix property of the draw. */
class PackedPatternsTest {

    @Test
    void packingKeepsEveryEntryAndOverlapsAreTheDenseProducts() {
        for (int n : new int[] {1, 63, 64, 65, 100, 130}) {
            Memories xi = Patterns.randomBinary(77, n, 5 + n);
            PackedPatterns p = PackedPatterns.of(xi);
            assertArrayEquals(xi.toRowMajor(), p.toMemories().toRowMajor(), "N_f = " + n);
            double[] sigma = Patterns.randomBinaryVector(n, 9);
            double[] dense = xi.multiply(sigma);
            int[] packed = p.overlaps(PackedPatterns.pack(sigma));
            for (int mu = 0; mu < 77; mu++) assertEquals(dense[mu], packed[mu], "m_" + mu + " at N_f = " + n);
            double self = 0;
            for (int i = 0; i < n; i++) self += xi.get(3, i) * xi.get(40, i);
            assertEquals(self, p.overlap(3, 40));
            assertArrayEquals(sigma, PackedPatterns.unpack(PackedPatterns.pack(sigma), n));
        }
    }

    @Test
    void columnsAreTheTransposeForAnyShape() {
        for (int[] shape : new int[][] {{1, 1}, {64, 64}, {65, 3}, {130, 100}, {200, 129}}) {
            int k = shape[0], n = shape[1];
            PackedPatterns p = PackedPatterns.random(k, n, 11);
            long[] cols = p.columns();
            int kw = PackedPatterns.wordsPerRow(k);
            assertEquals((long) n * kw, cols.length);
            for (int i = 0; i < n; i++) {
                for (int mu = 0; mu < kw * 64; mu++) {
                    long bit = cols[i * kw + (mu >>> 6)] >>> mu & 1L;
                    long expected = mu < k && p.get(mu, i) == 1 ? 1 : 0;
                    assertEquals(expected, bit, "column " + i + ", pattern " + mu + " of " + k + " × " + n);
                }
            }
        }
    }

    @Test
    void randomDrawIsBalancedMaskedAndPrefixConsistent() {
        PackedPatterns big = PackedPatterns.random(300, 100, 42), small = PackedPatterns.random(120, 100, 42);
        assertArrayEquals(small.toWords(), big.first(120).toWords());
        long[] words = big.toWords();
        for (int mu = 0; mu < 300; mu++) assertEquals(0, words[mu * 2 + 1] & ~PackedPatterns.lastWordMask(100));
        long plus = 0;
        for (long w : words) plus += Long.bitCount(w);
        double fraction = plus / 30000.0;                 // 30 000 signs: sd of the fraction 0.003
        assertTrue(Math.abs(fraction - 0.5) < 0.015, "fraction of +1 " + fraction);
        assertArrayEquals(words, PackedPatterns.random(300, 100, 42).toWords());
    }

    @Test
    void aSourceDrawsTheRowsOfRandomOneAtATimeOrInBatches() {
        for (int n : new int[] {1, 36, 64}) {
            long[] words = PackedPatterns.random(50, n, 9).toWords();
            PackedPatterns.Source rows = new PackedPatterns.Source(n, 9), single = new PackedPatterns.Source(n, 9),
                    batches = new PackedPatterns.Source(n, 9);
            long[] row = new long[1], batch = new long[20];
            batches.nextWords(batch, 20);
            for (int mu = 0; mu < 50; mu++) {
                rows.next(row, 0);
                assertEquals(words[mu], row[0]);
                assertEquals(words[mu], single.nextWord());
                if (mu == 20) batches.nextWords(batch, 20);
                if (mu == 40) batches.nextWords(batch, 10);
                assertEquals(words[mu], batch[mu % 20], "N_f " + n + ", row " + mu);
            }
        }
        assertThrows(IllegalStateException.class, () -> new PackedPatterns.Source(65, 1).nextWord());
        assertThrows(IllegalStateException.class, () -> new PackedPatterns.Source(65, 1).nextWords(new long[2], 2));
    }

    @Test
    void badInputIsNamed() {
        Memories graded = Memories.of(new double[] {1, 0.5}, new double[] {1, -1});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PackedPatterns.of(graded)).getMessage().contains("ξ[0][1] is 0.5"));
        assertThrows(IllegalArgumentException.class, () -> PackedPatterns.pack(new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> PackedPatterns.random(0, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> PackedPatterns.random(3, 4, 1).overlaps(new long[2]));
    }
}
