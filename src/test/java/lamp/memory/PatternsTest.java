package lamp.memory;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import lamp.linalg.Dense;
import org.junit.jupiter.api.Test;

class PatternsTest {

    @Test
    void randomBinaryHasShapeAndOnlyPlusMinusOne() {
        Memories xi = Patterns.randomBinary(30, 50, 1);
        assertEquals(30, xi.count());
        assertEquals(50, xi.dimension());
        int plus = 0;
        for (double x : xi.toRowMajor()) {
            assertTrue(x == 1 || x == -1, "entry " + x);
            if (x == 1) plus++;
        }
        // 1500 fair coins: 750 ± 3σ (σ ≈ 19.4)
        assertTrue(Math.abs(plus - 750) < 60, "plus count " + plus);
    }

    @Test
    void sameSeedSameMemoriesDifferentSeedDifferent() {
        assertArrayEquals(Patterns.randomBinary(5, 20, 42).toRowMajor(), Patterns.randomBinary(5, 20, 42).toRowMajor());
        assertFalse(Arrays.equals(Patterns.randomBinary(5, 20, 42).toRowMajor(), Patterns.randomBinary(5, 20, 43).toRowMajor()));
        assertArrayEquals(Patterns.gaussian(5, 20, 42).toRowMajor(), Patterns.gaussian(5, 20, 42).toRowMajor());
        assertFalse(Arrays.equals(Patterns.gaussian(5, 20, 42).toRowMajor(), Patterns.gaussian(5, 20, 43).toRowMajor()));
    }

    @Test
    void gaussianMomentsAndUnitNorm() {
        Memories g = Patterns.gaussian(100, 100, 3);
        double mean = Arrays.stream(g.toRowMajor()).average().orElseThrow();
        double var = Arrays.stream(g.toRowMajor()).map(x -> (x - mean) * (x - mean)).average().orElseThrow();
        assertEquals(0, mean, 0.05);
        assertEquals(1, var, 0.05);

        Memories u = Patterns.gaussian(10, 40, 3, true);
        for (int mu = 0; mu < u.count(); mu++) {
            assertEquals(1.0, Dense.norm(u.row(mu)), 1e-12);
        }
        // normalising rescales the same draws: direction unchanged
        Memories raw = Patterns.gaussian(10, 40, 3, false);
        assertEquals(1.0, Metrics.overlap(raw.row(4), u.row(4)), 1e-12);
    }

    /** A single state is a vector, not a one-row memory set; the values are the ones the matrix factories give. */
    @Test
    void vectorFactoriesGiveTheSameDrawsAsOneRowMatrices() {
        assertArrayEquals(Patterns.gaussian(1, 37, 5).row(0), Patterns.gaussianVector(37, 5), 0.0);
        assertArrayEquals(Patterns.randomBinary(1, 37, 5).row(0), Patterns.randomBinaryVector(37, 5), 0.0);
        assertFalse(Arrays.equals(Patterns.gaussianVector(37, 5), Patterns.gaussianVector(37, 6)));
        var e = assertThrows(IllegalArgumentException.class, () -> Patterns.gaussianVector(0, 1));
        assertEquals("dimension N must be >= 1, got 0", e.getMessage());
    }

    @Test
    void badShapesAreRejectedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Patterns.randomBinary(-1, 10, 0));
        assertTrue(e.getMessage().contains("memory count"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Patterns.gaussian(3, 0, 0));
        assertTrue(e.getMessage().contains("dimension"), e.getMessage());
    }

    @Test
    void clusteredMembersSitAtTheirFlipDistanceFromOnePrototype() {
        Memories xi = Patterns.clustered(3, 4, 40, 0.1, 9);
        assertEquals(12, xi.count());
        Memories prototypes = Patterns.randomBinary(3, 40, 9);
        for (int c = 0; c < 3; c++) {
            for (int m = 0; m < 4; m++) assertEquals(4, Metrics.hamming(xi.row(c * 4 + m), prototypes.row(c)));
        }
        assertArrayEquals(xi.toRowMajor(), Patterns.clustered(3, 4, 40, 0.1, 9).toRowMajor());
        assertThrows(IllegalArgumentException.class, () -> Patterns.clustered(0, 4, 40, 0.1, 9));
    }

    /** K·N past the largest array is named with its product; a set larger than the heap says how much memory it needs. */
    @Test
    void setsTooLargeForAnArrayOrTheHeapAreRefusedWithTheirSize() {
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> Patterns.randomBinary(100_000, 100_000, 1));
        assertTrue(big.getMessage().contains("100000 × 100000 = 10000000000") && big.getMessage().contains("largest Java array"), big.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class, () -> Memories.identity(50_000));
        assertTrue(rows.getMessage().contains("50000 × 50000"), rows.getMessage());
        long heapDoubles = Runtime.getRuntime().maxMemory() / Double.BYTES;
        int k = (int) Math.min(Integer.MAX_VALUE - 8, heapDoubles / 2 + 1000);   // twice as many bytes as the heap holds
        IllegalArgumentException heap = assertThrows(IllegalArgumentException.class, () -> Patterns.gaussian(k, 1, 1));
        assertTrue(heap.getMessage().contains("MiB") && heap.getMessage().contains("-Xmx"), heap.getMessage());
        IllegalArgumentException clusters = assertThrows(IllegalArgumentException.class, () -> Patterns.clustered(70_000, 70_000, 2, 0.1, 1));
        assertTrue(clusters.getMessage().contains("70000 × 70000"), clusters.getMessage());
    }
}
