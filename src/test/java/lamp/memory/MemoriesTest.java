package lamp.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.linalg.Dense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The memory matrix ξ (THEORY.md §1): shape, row-major layout, defensive copies and input checks. */
class MemoriesTest {

    static String rejects(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' does not mention '" + p + "'");
        }
        return e.getMessage();
    }

    @Test
    void centeredSubtractsTheMeanMemoryFromEveryRow() {
        Memories xi = Memories.of(new double[] {1, 1, -1}, new double[] {1, -1, -1});
        Memories c = xi.centered();
        assertArrayEquals(new double[] {0, 1, 0}, c.row(0), 0);
        assertArrayEquals(new double[] {0, -1, 0}, c.row(1), 0);
        assertArrayEquals(new double[] {0, 0, 0}, c.mean(), 0);
    }

    @Test
    void rowsAreStoredRowMajorWithShapeAndEntries() {
        Memories m = Memories.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertEquals(2, m.count());
        assertEquals(3, m.dimension());
        assertEquals(6, m.get(1, 2), 0.0);
        assertEquals(2, m.get(0, 1), 0.0);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.toRowMajor(), 0.0);
        assertArrayEquals(new double[] {4, 5, 6}, m.row(1), 0.0);
        assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, m.toArray());
        assertEquals("Memories[2 × 3]", m.toString());
    }

    @Test
    void flatConstructorAgreesWithRowConstructor() {
        double[] flat = {1, -1, 0.5, 2, 3, -4};
        Memories a = Memories.of(3, 2, flat);
        Memories b = Memories.of(new double[] {1, -1}, new double[] {0.5, 2}, new double[] {3, -4});
        assertEquals(3, a.count());
        assertEquals(2, a.dimension());
        assertArrayEquals(b.toRowMajor(), a.toRowMajor(), 0.0);
        for (int mu = 0; mu < 3; mu++) for (int i = 0; i < 2; i++) assertEquals(flat[mu * 2 + i], a.get(mu, i), 0.0);
    }

    @Test
    void memoriesAreImmutableAgainstTheCallersArrays() {
        double[] r0 = {1, 2}, r1 = {3, 4};
        Memories m = Memories.of(r0, r1);
        r0[0] = 99;
        assertEquals(1, m.get(0, 0), 0.0, "changing the input row must not change the memory");
        double[] copy = m.row(1);
        copy[0] = 99;
        assertEquals(3, m.get(1, 0), 0.0, "row() returns a copy");
        m.toArray()[0][1] = 99;
        assertEquals(2, m.get(0, 1), 0.0, "toArray() returns copies");

        double[] flat = {1, 2, 3, 4};
        Memories f = Memories.of(2, 2, flat);
        flat[3] = 99;
        assertEquals(4, f.get(1, 1), 0.0, "the row-major array is copied");
    }

    /** ξ never leaves Memories: the row-major and column-major views are copies. */
    @Test
    void entriesComeOutAsCopiesOnly() {
        Memories m = Memories.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        m.toRowMajor()[0] = 99;
        m.toColumnMajor()[0] = 99;
        assertEquals(1, m.get(0, 0), 0.0);
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, m.toColumnMajor(), 0.0);
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(2, 0));
        assertEquals(Math.sqrt(14), m.norm(0), 1e-15);
        assertEquals(Math.sqrt(77), m.norm(1), 1e-15);
    }

    /** The products are Dense's on the stored row-major data, bit for bit, with messages that name the shape. */
    @Test
    void productsAreDensesOnTheStoredData() {
        Random rnd = new Random(3);
        double[] a = new double[23 * 31];
        for (int j = 0; j < a.length; j++) a[j] = rnd.nextGaussian();
        Memories xi = Memories.of(23, 31, a);
        double[] x = Patterns.gaussianVector(31, 1), y = Patterns.gaussianVector(23, 2);
        assertArrayEquals(Dense.multiply(23, 31, a, x), xi.multiply(x), 0.0);
        assertArrayEquals(Dense.multiplyTransposed(23, 31, a, y), xi.multiplyTransposed(y), 0.0);
        double[] out = new double[23];
        xi.multiply(x, out);
        assertArrayEquals(xi.multiply(x), out, 0.0);
        double[] q = Patterns.gaussianVector(3 * 31, 4), p = Patterns.gaussianVector(3 * 23, 5);
        assertArrayEquals(Dense.multiplyBatch(23, 31, a, q, 3), xi.multiplyBatch(q, 3), 0.0);
        assertArrayEquals(Dense.multiplyTransposedBatch(23, 31, a, p, 3), xi.multiplyTransposedBatch(p, 3), 0.0);
        rejects(() -> xi.multiply(new double[30]), "vector has length 30 but the matrix has 31 columns");
        rejects(() -> xi.multiplyTransposed(new double[31]), "vector has length 31 but the matrix has 23 rows");
    }

    @Test
    void identityIsOneHotRows() {
        Memories id = Memories.identity(4);
        assertEquals(4, id.count());
        assertEquals(4, id.dimension());
        for (int mu = 0; mu < 4; mu++) for (int i = 0; i < 4; i++) assertEquals(mu == i ? 1 : 0, id.get(mu, i), 0.0);
        rejects(() -> Memories.identity(0), "dimension", ">= 1", "0");
    }

    @Test
    void firstKeepsTheLeadingMemories() {
        Memories m = Memories.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6});
        Memories two = m.first(2);
        assertEquals(2, two.count());
        assertArrayEquals(new double[] {1, 2, 3, 4}, two.toRowMajor(), 0.0);
        assertEquals(3, m.first(3).count());
        rejects(() -> m.first(0), "cannot take 0 of 3");
        rejects(() -> m.first(4), "cannot take 4 of 3");
    }

    @Test
    void rowOutOfRangeIsReported() {
        Memories m = Memories.of(new double[] {1, 2});
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> m.row(1));
        assertTrue(e.getMessage().contains("memory 1 of 1"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> m.row(-1));
    }

    // ---- bad input --------------------------------------------------------------------------

    @Test
    void emptyMemorySetIsRejected() {
        rejects(() -> Memories.of(), "memory set is empty");
        rejects(() -> Memories.of((double[][]) null), "memory set is empty");
        rejects(() -> Memories.of(new double[0]), "memory 0 is empty");
    }

    @Test
    void raggedRowsAreRejectedNamingTheOffendingMemory() {
        rejects(() -> Memories.of(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {1, 2}),
                "memory 2", "length 2", "memory 0 has length 3");
        rejects(() -> Memories.of(new double[] {1, 2}, null), "memory 1", "null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteEntriesAreRejectedNamingTheMemory(double bad) {
        String m = rejects(() -> Memories.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, bad}),
                "memory 2", String.valueOf(bad), "finite");
        assertTrue(m.contains("[1]"), "names the entry: " + m);
        rejects(() -> Memories.of(2, 3, new double[] {0, 0, 0, 0, bad, 0}),
                "memory 1", "entry 1", String.valueOf(bad), "finite");
    }

    @Test
    void flatConstructorRejectsWrongLengthAndBadShape() {
        rejects(() -> Memories.of(2, 3, new double[5]), "length 5", "2 × 3");
        rejects(() -> Memories.of(2, 3, new double[7]), "length 7", "2 × 3");
        rejects(() -> Memories.of(2, 3, null), "null", "2 × 3");
        rejects(() -> Memories.of(0, 3, new double[0]), "memory count", ">= 1", "0");
        rejects(() -> Memories.of(2, 0, new double[0]), "memory dimension", ">= 1", "0");
    }

    @Test
    void meanAveragesTheRows() {
        assertArrayEquals(new double[] {2, -1, 0.5}, Memories.of(new double[] {1, -1, 0}, new double[] {3, -1, 1}).mean(), 1e-15);
    }
}
