package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.PackedPatterns;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/**
 * The packed DAM against the dense one: margins equal to exact integer sums written from the
 * definition, the same flips and overlaps as {@link DenseAssociativeMemory}, and the streamed
 * {@link UnitMargins} equal to both; N_f not a multiple of 64.
 */
class PackedDamTest {

    private static final List<ScalarFunction> EXACT = List.of(ScalarFunction.power(2), ScalarFunction.power(3),
            ScalarFunction.power(4), ScalarFunction.rectifiedPower(3), ScalarFunction.quadratic());

    /** margin_i = Σ_μ F(m_μ) − F(m_μ − 2ξ_μiσ_i) in exact integers, F(x) = x^p or (x)₊^p. */
    private static long[] naiveMargins(Memories xi, double[] sigma, int p, boolean rectified) {
        int k = xi.count(), n = xi.dimension();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            for (int mu = 0; mu < k; mu++) {
                long m = 0;
                for (int j = 0; j < n; j++) m += (long) (xi.get(mu, j) * sigma[j]);
                long a = (long) (xi.get(mu, i) * sigma[i]);
                out[i] += pow(m, p, rectified) - pow(m - 2 * a, p, rectified);
            }
        }
        return out;
    }

    private static long pow(long x, int p, boolean rectified) {
        if (rectified && x <= 0) return 0;
        long r = 1;
        for (int j = 0; j < p; j++) r *= x;
        return r;
    }

    @Test
    void marginsAreTheExactIntegerSums() {
        Memories xi = Patterns.randomBinary(90, 70, 3);
        PackedPatterns packed = PackedPatterns.of(xi);
        double[][] states = {xi.row(0), Corruption.flip(xi.row(5), 0.2, 4), Patterns.randomBinaryVector(70, 6)};
        int[] orders = {2, 3, 4, 3, 2};
        boolean[] rectified = {false, false, false, true, false};
        for (int fj = 0; fj < EXACT.size(); fj++) {
            for (double[] s : states) {
                long[] expected = naiveMargins(xi, s, orders[fj], rectified[fj]);
                long[] sigma = PackedPatterns.pack(s);
                assertArrayEquals(expected, new PackedDam(packed, EXACT.get(fj)).margins(sigma), EXACT.get(fj).name());
                UnitMargins streamed = UnitMargins.of(EXACT.get(fj), sigma, 70);
                long[] words = packed.toWords();
                for (int mu = 0; mu < 90; mu++) streamed.add(words, mu * 2);
                assertArrayEquals(expected, streamed.exact(), "streamed " + EXACT.get(fj).name());
                boolean fixed = true;
                for (long v : expected) fixed &= v >= 0;
                assertEquals(fixed, streamed.fixedPoint());
                assertEquals(fixed, new PackedDam(packed, EXACT.get(fj)).fixedPoint(sigma));
            }
        }
    }

    @Test
    void streamedMarginsStayExactPastFullCountersAndReadsMidStream() {
        // 4000 memories put more than 255 into the central overlap classes, so their 8-plane counters are
        // emptied into the totals many times; reading the margins mid-stream empties them too
        for (int n : new int[] {10, 70}) {
            int k = 4000, w = PackedPatterns.wordsPerRow(n);
            Memories xi = Patterns.randomBinary(k, n, 11 + n);
            long[] words = PackedPatterns.of(xi).toWords();
            double[] s = Corruption.flip(xi.row(0), 0.3, 5);
            UnitMargins streamed = UnitMargins.of(ScalarFunction.power(3), PackedPatterns.pack(s), n);
            for (int mu = 0; mu < k; mu++) {
                if (w == 1) streamed.add(words[mu]);
                else streamed.add(words, mu * w);
                if (mu + 1 == 300 || mu + 1 == 2999 || mu + 1 == k) {
                    assertArrayEquals(naiveMargins(xi.first(mu + 1), s, 3, false), streamed.exact(), "N_f " + n + ", K " + (mu + 1));
                    assertEquals(mu + 1, streamed.memories());
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> UnitMargins.of(ScalarFunction.power(3), new long[2], 70).add(1L));
    }

    @Test
    void aBatchAddsWhatOneAtATimeAdds() {
        for (int n : new int[] {12, 40, 64}) {
            long[] words = PackedPatterns.random(3000, n, n).toWords();
            long[] sigma = {words[7]};
            UnitMargins single = UnitMargins.of(ScalarFunction.power(3), sigma, n), batch = UnitMargins.of(ScalarFunction.power(3), sigma, n);
            for (long x : words) single.add(x);
            batch.addAll(java.util.Arrays.copyOfRange(words, 0, 1000), 1000);
            batch.addAll(java.util.Arrays.copyOfRange(words, 1000, 3000), 2000);
            assertArrayEquals(single.exact(), batch.exact(), "N_f " + n);
            assertEquals(3000, batch.memories());
        }
        assertThrows(IllegalArgumentException.class, () -> UnitMargins.of(ScalarFunction.power(3), new long[1], 12).addAll(new long[2], 3));
    }

    @Test
    void boundedMarginsDecideAsTheExactOnesOrLeaveItOpen() {
        // F = e^x, N_f = 16: σ a memory or a corrupted one, among K = 2 … 3000 others; the bound keeps the
        // agreements only from overlap m0 up and must never contradict the exact margins
        int decided = 0, open = 0, n = 16;
        for (int k : new int[] {2, 30, 300, 3000}) {
            for (int t = 0; t < 10; t++) {
                Memories xi = Patterns.randomBinary(k, n, 1000L * k + t);
                long[] words = PackedPatterns.of(xi).toWords();
                long[] sigma = PackedPatterns.pack(t % 2 == 0 ? xi.row(0) : Corruption.flip(xi.row(0), 0.1, t));
                UnitMargins exact = UnitMargins.of(ScalarFunction.exponential(1), sigma, n);
                for (long x : words) exact.add(x);
                for (int m0 : new int[] {-n, 0, 4, 8, 12, n}) {
                    UnitMargins bounded = UnitMargins.tail(ScalarFunction.exponential(1), sigma, n, m0);
                    bounded.addAll(words, k);
                    UnitMargins.Verdict v = bounded.verdict();
                    if (v == UnitMargins.Verdict.OPEN) {
                        open++;
                        assertTrue(m0 > -n, "keeping every agreement always decides");
                    } else {
                        decided++;
                        assertEquals(exact.fixedPoint(), v == UnitMargins.Verdict.FIXED, "K " + k + " t " + t + " m0 " + m0);
                    }
                    assertEquals(k, bounded.memories());
                }
            }
        }
        assertTrue(decided > 100 && open > 5, decided + " decided, " + open + " open: both tested");
        UnitMargins tail = UnitMargins.tail(ScalarFunction.exponential(1), new long[1], n, 4);
        assertTrue(assertThrows(IllegalStateException.class, tail::fixedPoint).getMessage().contains("use verdict()"));
        assertThrows(IllegalArgumentException.class, () -> UnitMargins.tail(ScalarFunction.power(3), new long[1], n, 4));
        assertThrows(IllegalArgumentException.class, () -> UnitMargins.tail(ScalarFunction.exponential(1), new long[1], n, 17));
    }

    @Test
    void sweepsMakeTheFlipsOfTheDenseDam() {
        List<ScalarFunction> fs = List.of(ScalarFunction.power(3), ScalarFunction.quadratic(), ScalarFunction.rectifiedPower(2),
                ScalarFunction.exponential(1), ScalarFunction.exponential(0.3));
        for (int n : new int[] {37, 64, 100}) {
            Memories xi = Patterns.randomBinary(n == 64 ? 300 : 150, n, n);
            PackedPatterns packed = PackedPatterns.of(xi);
            for (ScalarFunction f : fs) {
                DenseAssociativeMemory dense = new DenseAssociativeMemory(xi, f);
                PackedDam fast = new PackedDam(packed, f);
                for (int t = 0; t < 4; t++) {
                    double[] s = t == 0 ? Patterns.randomBinaryVector(n, 70 + t) : Corruption.flip(xi.row(t), 0.3, 80 + t);
                    double[] start = s.clone(), m = xi.multiply(s);
                    long[] sigma = PackedPatterns.pack(s);
                    int[] overlaps = packed.overlaps(sigma);
                    for (int sweep = 0; sweep < 3; sweep++) {
                        int denseFlips = dense.sweep(s, m);
                        int packedFlips = fast.sweep(sigma, overlaps);
                        assertEquals(denseFlips, packedFlips, f.name() + " N_f " + n + " trial " + t + " sweep " + sweep);
                        assertArrayEquals(s, PackedPatterns.unpack(sigma, n), f.name() + " N_f " + n);
                        for (int mu = 0; mu < m.length; mu++) assertEquals(m[mu], overlaps[mu]);
                    }
                    double[] again = start.clone(), m2 = xi.multiply(again);
                    for (int sweep = 0; sweep < 5 && dense.sweep(again, m2) > 0; sweep++) { }
                    assertArrayEquals(again, PackedPatterns.unpack(fast.retrieve(PackedPatterns.pack(start), 5), n));
                }
            }
        }
    }

    @Test
    void exponentialStreamedMarginsDecideLikeTheDenseSweep() {
        for (int k : new int[] {20, 200, 20000}) {
            Memories xi = Patterns.randomBinary(k, 16, k);
            PackedPatterns packed = PackedPatterns.of(xi);
            DenseAssociativeMemory dense = new DenseAssociativeMemory(xi, ScalarFunction.exponential(1));
            int fixedCount = 0;
            for (int nu = 0; nu < 20; nu++) {
                double[] s = xi.row(nu);
                boolean denseFixed = dense.sweep(s.clone(), xi.multiply(s)) == 0;
                UnitMargins u = UnitMargins.of(ScalarFunction.exponential(1), packed.row(nu), 16);
                long[] words = packed.toWords();
                for (int mu = 0; mu < k; mu++) u.add(words, mu);
                assertEquals(denseFixed, u.fixedPoint(), "K " + k + " pattern " + nu);
                assertEquals(denseFixed, new PackedDam(packed, ScalarFunction.exponential(1)).fixedPoint(packed.row(nu)));
                if (denseFixed) fixedCount++;
            }
            if (k == 20) assertEquals(20, fixedCount);
            if (k == 20000) assertTrue(fixedCount < 20, "K = 20000 = e^{9.9} in 16 units: some pattern is not fixed");
        }
    }

    @Test
    void everyMemoryFixedIsEveryRowAFixedPointOfTheDenseSweep() {
        int seen = 0, passed = 0;
        for (ScalarFunction f : List.of(ScalarFunction.exponential(1), ScalarFunction.power(3))) {
            for (int n : new int[] {12, 70}) {
                for (int k : n == 12 ? new int[] {5, 20, 40, 80} : new int[] {40, 150, 400}) {
                    for (int t = 0; t < 3; t++) {
                        PackedPatterns p = PackedPatterns.random(k, n, 1000 * k + t);
                        Memories xi = p.toMemories();
                        DenseAssociativeMemory dense = new DenseAssociativeMemory(xi, f);
                        boolean every = true;
                        for (int nu = 0; nu < k && every; nu++) every = dense.sweep(xi.row(nu), xi.multiply(xi.row(nu))) == 0;
                        assertEquals(every, new PackedDam(p, f).everyMemoryFixed(), f.name() + " N_f " + n + " K " + k + " trial " + t);
                        seen++;
                        if (every) passed++;
                    }
                }
            }
        }
        assertTrue(passed > 3 && passed < seen - 3, passed + " of " + seen + " sets fully fixed: both outcomes tested");
    }

    @Test
    void anInterruptStopsSweepsAndTheEveryMemoryTest() {
        PackedPatterns p = PackedPatterns.random(3000, 200, 8);
        PackedDam dam = new PackedDam(p, ScalarFunction.power(3));
        long[] start = PackedPatterns.pack(Corruption.flip(PackedPatterns.unpack(p.row(0), 200), 0.3, 9));
        Thread.currentThread().interrupt();
        try {
            assertThrows(lamp.base.Interrupts.RunInterruptedException.class, () -> dam.retrieve(start, 5));
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set for the callers");
            assertThrows(lamp.base.Interrupts.RunInterruptedException.class, dam::everyMemoryFixed);
        } finally {
            Thread.interrupted();
        }
        assertFalse(Thread.currentThread().isInterrupted());
        dam.retrieve(start, 5);
    }

    @Test
    void badInputIsNamed() {
        PackedPatterns p = PackedPatterns.random(10, 20, 1);
        assertThrows(IllegalArgumentException.class, () -> new PackedDam(p, ScalarFunction.of("sin", Math::sin, Math::cos, x -> -Math.sin(x), false)));
        assertThrows(IllegalArgumentException.class, () -> new PackedDam(p, ScalarFunction.power(40)));
        PackedDam dam = new PackedDam(p, ScalarFunction.power(3));
        long[] sigma = p.row(0);
        int[] wrong = p.overlaps(sigma);
        wrong[0] += 2;
        assertThrows(IllegalArgumentException.class, () -> dam.sweep(sigma, wrong));
        assertThrows(IllegalArgumentException.class, () -> UnitMargins.of(ScalarFunction.power(3), new long[] {-1L}, 20));
        assertFalse(UnitMargins.of(ScalarFunction.power(3), p.row(0), 20).memories() != 0);
    }
}
