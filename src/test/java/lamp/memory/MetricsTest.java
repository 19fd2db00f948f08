package lamp.memory;

import static lamp.memory.CorruptionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void overlapAndCosineOfSmallVectors() {
        double[] a = {1, -1, 1, 1};
        double[] b = {1, 1, 1, -1};
        assertEquals(0.0, Metrics.overlap(a, b));
        assertEquals(1.0, Metrics.overlap(a, a));
        assertEquals(-1.0, Metrics.overlap(a, new double[] {-1, 1, -1, -1}));
        assertEquals(1.0, Metrics.cosine(new double[] {3, 4}, new double[] {6, 8}), 1e-15);
        assertEquals(0.6, Metrics.cosine(new double[] {3, 4}, new double[] {1, 0}), 1e-15);
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
        assertEquals(1.0, m[3]);
        assertEquals(20, m.length);
        // ties go to the lowest index
        assertEquals(0, Metrics.nearest(Memories.of(new double[] {1, 0}, new double[] {1, 0}), new double[] {1, 1}));
    }

    @Test
    void badInputIsRejected() {
        assertMessage("mismatched lengths 2 and 3", () -> Metrics.overlap(new double[2], new double[3]));
        assertMessage("mismatched lengths", () -> Metrics.hamming(new double[2], new double[3]));
        assertMessage("second vector[0] is NaN", () -> Metrics.cosine(new double[] {1}, new double[] {Double.NaN}));
        assertMessage("first vector is zero", () -> Metrics.cosine(new double[2], new double[] {1, 0}));
        assertMessage("state has length 3 but 2", () -> Metrics.nearest(Memories.identity(2), new double[3]));
        assertMessage("empty", () -> Metrics.overlap(new double[0], new double[0]));
    }
}
