package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class OneStepCapacityTest {

    @Test
    void measuresTheCrossingAndSetsItBesideTheEstimate() {
        OneStepCapacity.Result r = OneStepCapacity.of(1).corruption(0.1).features(10, 20).grid(4, 100_000).trials(16).seed(5).run();
        Table t = r.table();
        assertEquals(2, t.rowCount());
        Table curves = r.curves();
        for (int row = 0; row < 2; row++) {
            int n = t.intColumn(Columns.N_F).get(row);
            assertEquals((int) Math.round(0.1 * n), (int) t.intColumn("flipped entries").get(row));
            assertEquals(ModernHopfieldTheory.capacity(1, 0.1, n), t.doubleColumn("predicted K*").get(row), 1e-9 * t.doubleColumn("predicted K*").get(row));
            double k = t.doubleColumn("measured K*").get(row);
            // K* lies between the last K with exact ≥ ½ and the next one, and the curve stops at exact = 0
            Table mine = curves.where(curves.intColumn(Columns.N_F).isEqualTo(n));
            double below = 0, above = Double.NaN;
            for (int i = 0; i < mine.rowCount(); i++) {
                double e = mine.doubleColumn(Columns.EXACT).get(i);
                int kk = mine.intColumn(Columns.K).get(i);
                if (Double.isNaN(above) && e >= 0.5) below = kk;
                else if (Double.isNaN(above)) above = kk;
            }
            assertTrue(k >= below && k <= above, k + " outside [" + below + ", " + above + "]");
            assertEquals(0, mine.doubleColumn(Columns.EXACT).get(mine.rowCount() - 1));
            assertEquals(1, mine.intColumn(Columns.MAX_STEPS).get(0));
        }
        assertEquals((Math.log(t.doubleColumn("measured K*").get(1)) - Math.log(t.doubleColumn("measured K*").get(0))) / 10, r.slope(), 1e-12);
        assertEquals(0.8 - Math.log(Math.cosh(1)), r.predictedSlope(), 1e-12);
    }

    @Test
    void gridIsGeometricFromTen() {
        assertArrayEquals(new int[] {10, 18, 32, 56, 100}, OneStepCapacity.of(1).grid(4, 100).counts());
    }

    @Test
    void badInputIsNamed() {
        assertMessage("give at least two N_f", () -> OneStepCapacity.of(1).features(10));
        assertMessage("N_f must increase", () -> OneStepCapacity.of(1).features(20, 10));
        assertMessage("no N_f given", () -> OneStepCapacity.of(1).run());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OneStepCapacity.of(1).features(30, 40).grid(2, 100).trials(2).run());
        assertTrue(e.getMessage().startsWith("N_f = 30: the exact fraction does not fall through 0.5 for K in 10..100"), e.getMessage());
    }
}
