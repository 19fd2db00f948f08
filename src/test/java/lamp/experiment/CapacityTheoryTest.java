package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.junit.jupiter.api.Test;

class CapacityTheoryTest {

    @Test
    void doubleFactorials() {
        assertEquals(1, CapacityTheory.doubleFactorial(-1));
        assertEquals(1, CapacityTheory.doubleFactorial(0));
        assertEquals(1, CapacityTheory.doubleFactorial(1));
        assertEquals(3, CapacityTheory.doubleFactorial(3));
        assertEquals(15, CapacityTheory.doubleFactorial(5));
        assertEquals(48, CapacityTheory.doubleFactorial(6));
    }

    @Test
    void formulas() {
        assertEquals(13.8, CapacityTheory.classical(100), 1e-12);
        // n = 2: N/(2 ln N); n = 3: N²/(6 ln N); n = 4: N³/(30 ln N)
        assertEquals(100 / (2 * Math.log(100)), CapacityTheory.polynomial(2, 100), 1e-12);
        assertEquals(64.0 * 64 / (6 * Math.log(64)), CapacityTheory.polynomial(3, 64), 1e-9);
        assertEquals(64.0 * 64 * 64 / (30 * Math.log(64)), CapacityTheory.polynomial(4, 64), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> CapacityTheory.polynomial(1, 64));
    }

    @Test
    void degreesFromModelNames() {
        assertEquals(2, CapacityTheory.degree("classical"));
        assertEquals(3, CapacityTheory.degree("dam(3)"));
        assertEquals(12, CapacityTheory.degree(" dam( 12 ) "));
        assertEquals(0, CapacityTheory.degree("exponential"));
    }

    static Table table() {
        return Table.create("capacity",
                StringColumn.create(Columns.MODEL, "a", "a", "a", "a", "b", "b"),
                IntColumn.create(Columns.N_F, 64, 64, 64, 64, 64, 64),
                IntColumn.create(Columns.K, 8, 4, 16, 32, 4, 8),
                DoubleColumn.create(Columns.EXACT, 1.0, 1.0, 0.5, 0.95, 0.2, 1.0));
    }

    @Test
    void measuredStopsAtTheFirstFailureInKOrder() {
        Table t = table();
        assertEquals(8, CapacityTheory.measured(t, "a", 0.9), "K = 16 fails, so K = 32 does not count");
        assertEquals(32, CapacityTheory.measured(t, "a", 0.5));
        assertEquals(0, CapacityTheory.measured(t, "b", 0.9), "fails at the smallest K");
        assertThrows(IllegalArgumentException.class, () -> CapacityTheory.measured(t, "c", 0.9));
    }

    @Test
    void compareOnARealRun() {
        Table run = Capacity.of("classical").and("dam(3)").and("exponential").features(32)
                .memories(2, 4, 8, 16, 32, 64).trials(8).seed(1).run();
        Table c = CapacityTheory.compare(run, 0.9);
        assertEquals(3, c.rowCount());
        assertEquals(2, c.intColumn("degree n").get(0));
        assertEquals(3, c.intColumn("degree n").get(1));
        assertEquals(0, c.intColumn("degree n").get(2));
        assertEquals(64, c.intColumn("largest K tested").get(1));
        assertTrue(c.doubleColumn("N^(n-1)/(2(2n-3)!! ln N)").isMissing(2), "no formula for the exponential model");
        assertEquals(CapacityTheory.polynomial(3, 32), c.doubleColumn("N^(n-1)/(2(2n-3)!! ln N)").get(1), 1e-12);
        assertTrue(c.intColumn(2 + 1).get(1) >= c.intColumn(3).get(0), "dam(3) holds at least as many as classical");
    }
}
