package lamp.memory;

import static lamp.memory.CorruptionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Overlap is one thing: the cosine of g with ξ_μ (0 for a zero vector); nearest memory is its argmax. */
class MetricsTest {

    @Test
    void overlapIsTheCosine() {
        double[] a = {1, -1, 1, 1};
        double[] b = {1, 1, 1, -1};
        assertEquals(0.0, Metrics.overlap(a, b));
        assertEquals(1.0, Metrics.overlap(a, a));
        assertEquals(-1.0, Metrics.overlap(a, new double[] {-1, 1, -1, -1}));
        // for ±1 vectors the cosine is a·b / N: 2 of 4 signs agree → 0.5 − 0.5 = 0; 3 of 4 → 0.5
        assertEquals(0.5, Metrics.overlap(a, new double[] {1, -1, 1, -1}), 1e-15);
        // scale does not matter, direction does
        assertEquals(1.0, Metrics.overlap(new double[] {3, 4}, new double[] {6, 8}), 1e-15);
        assertEquals(0.6, Metrics.overlap(new double[] {3, 4}, new double[] {1, 0}), 1e-15);
        assertEquals(0.6, Metrics.overlap(new double[] {0.003, 0.004}, new double[] {1e6, 0}), 1e-15);
        // entries whose squares overflow or underflow the double range: still the cosine
        double[] huge = {1e300, -1e300, 1e300, 1e300};
        assertEquals(1.0, Metrics.overlap(huge, huge), 1e-15);
        assertEquals(0.5, Metrics.overlap(huge, new double[] {1, -1, 1, -1}), 1e-15);
        assertEquals(0.6, Metrics.overlap(new double[] {3e-200, 4e-200}, new double[] {1e-200, 0}), 1e-15);
        assertEquals(0.6, Metrics.overlap(new double[] {3e200, 4e200}, new double[] {1e200, 0}), 1e-15);
        // a zero vector points nowhere: overlap 0, not NaN
        assertEquals(0.0, Metrics.overlap(new double[2], new double[] {1, 0}));
        assertEquals(0.0, Metrics.overlap(new double[] {1, 0}, new double[2]));
    }

    @Test
    void overlapOfHugeOrTinyVectorsIsStillTheCosine() {
        // unscaled, ‖a‖²‖b‖² would overflow (NaN) or underflow (0)
        double[] huge = {1e300, -1e300, 1e300, 1e300}, tiny = {3e-300, 4e-300};
        assertEquals(1.0, Metrics.overlap(huge, huge));
        assertEquals(0.5, Metrics.overlap(huge, new double[] {1e300, -1e300, 1e300, -1e300}), 1e-15);
        assertEquals(0.6, Metrics.overlap(tiny, new double[] {1e300, 0}), 1e-15);
    }

    @Test
    void overlapHasTheBitsOfTheUnscaledCosineInTheNormalRange() {
        java.util.Random r = new java.util.Random(7);
        for (int t = 0; t < 100; t++) {
            double[] a = new double[1 + r.nextInt(50)], b = new double[a.length];
            double sa = Math.pow(10, r.nextInt(20) - 10), sb = Math.pow(10, r.nextInt(20) - 10);
            for (int i = 0; i < a.length; i++) { a[i] = sa * r.nextGaussian(); b[i] = sb * r.nextGaussian(); }
            double ab = 0, aa = 0, bb = 0;
            for (int i = 0; i < a.length; i++) { ab += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
            assertEquals(ab / Math.sqrt(aa * bb), Metrics.overlap(a, b), 0);
        }
    }

    @Test
    void overlapsAreTheCosinesWithEveryMemory() {
        Memories xi = Memories.of(new double[] {2, 0}, new double[] {0, -5}, new double[] {1, 1}, new double[] {0, 0});
        double[] m = Metrics.overlaps(xi, new double[] {3, 4});
        assertArrayEquals(new double[] {0.6, -0.8, 7 / (5 * Math.sqrt(2)), 0}, m, 1e-15);
        for (int mu = 0; mu < xi.count(); mu++) assertEquals(Metrics.overlap(new double[] {3, 4}, xi.row(mu)), m[mu], 1e-15);
        assertArrayEquals(new double[4], Metrics.overlaps(xi, new double[2]), 0.0);
        // the nearest memory is the largest cosine, not the largest dot product: ξ_2·g = 7 > ξ_0·g = 6
        // but cos = 0.99 > 0.6
        assertEquals(2, Metrics.nearest(xi, new double[] {3, 4}));
        assertEquals(0, Metrics.nearest(Memories.of(new double[] {100, 0}, new double[] {1, 1}), new double[] {1, 0}));
        assertEquals(1, Metrics.nearest(Memories.of(new double[] {100, 1}, new double[] {1, 1}), new double[] {1, 1}));
    }

    @Test
    void hammingAndExactMatchCompareSigns() {
        double[] a = {1, -1, 1, 1};
        assertEquals(0, Metrics.hamming(a, new double[] {0.2, -7, 3, 1e-9}));
        assertTrue(Metrics.exactMatch(a, new double[] {0.2, -7, 3, 1e-9}));
        assertEquals(2, Metrics.hamming(a, new double[] {-1, 1, 1, 1}));
        // a masked (zero) entry is not a match for ±1
        assertEquals(1, Metrics.hamming(a, new double[] {1, -1, 0, 1}));
        assertFalse(Metrics.exactMatch(a, new double[] {1, -1, 0, 1}));
    }

    @Test
    void nearestFindsTheStoredPatternUnderCorruption() {
        Memories xi = Patterns.randomBinary(20, 200, 8);
        for (int mu = 0; mu < xi.count(); mu++) {
            assertEquals(mu, Metrics.nearest(xi, Corruption.flip(xi.row(mu), 0.2, mu)));
        }
        double[] m = Metrics.overlaps(xi, xi.row(3));
        assertEquals(1.0, m[3], 1e-15);
        assertEquals(20, m.length);
        // ties go to the lowest index, also for the zero state
        assertEquals(0, Metrics.nearest(Memories.of(new double[] {1, 0}, new double[] {1, 0}), new double[] {1, 1}));
        assertEquals(0, Metrics.nearest(xi, new double[200]));
        assertEquals(2, Metrics.argmax(new double[] {1, 3, 7, 7, -2}));
    }

    @Test
    void badInputIsRejected() {
        assertMessage("mismatched lengths 2 and 3", () -> Metrics.overlap(new double[2], new double[3]));
        assertMessage("mismatched lengths", () -> Metrics.hamming(new double[2], new double[3]));
        assertMessage("second vector[0] is NaN", () -> Metrics.overlap(new double[] {1}, new double[] {Double.NaN}));
        assertMessage("state has length 3 but 2", () -> Metrics.nearest(Memories.identity(2), new double[3]));
        assertMessage("state[1] is Infinity", () -> Metrics.overlaps(Memories.identity(2), new double[] {0, Double.POSITIVE_INFINITY}));
        assertMessage("overlap of empty vectors is undefined", () -> Metrics.overlap(new double[0], new double[0]));
        assertMessage("argmax of an empty vector", () -> Metrics.argmax(new double[0]));
    }
}
