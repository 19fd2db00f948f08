package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import lamp.limit.Models;
import lamp.memory.Corruption;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DescentTest {

    @Test
    void energyNeverRisesAndOverlapReachesTheMemory() {
        var xi = Patterns.randomBinary(5, 100, 3);
        var model = Models.create("dam(3)", xi);
        double[] query = Corruption.flip(xi.row(2), 0.2, 1);
        Table t = Descent.of(model).from(query).steps(5).run();
        assertEquals(6, t.rowCount());
        assertEquals(0, t.intColumn(Columns.STEP).get(0));
        assertEquals(model.energy(query), t.doubleColumn(Columns.ENERGY).get(0));
        for (int r = 1; r < t.rowCount(); r++) assertTrue(t.doubleColumn(Columns.ENERGY_CHANGE).get(r) <= 0, t.print());
        assertEquals(0.6, t.doubleColumn(Columns.OVERLAP_TARGET).get(0), 1e-12);
        assertEquals(1.0, t.doubleColumn(Columns.OVERLAP_TARGET).get(5), 1e-12);

        Table stop = Descent.of(model).from(query).steps(50).untilConverged(true).run();
        assertTrue(stop.rowCount() < 10, stop.print());
        assertEquals(0.0, stop.doubleColumn(Columns.CHANGE).get(stop.rowCount() - 1));
    }

    @Test
    void badInput() {
        var model = Models.create("classical", Patterns.randomBinary(2, 4, 0));
        assertMessage("query has length 3 but 4", () -> Descent.of(model).from(new double[3]));
        assertMessage("no initial state", () -> Descent.of(model).run());
        assertMessage("target memory 2", () -> Descent.of(model).target(2));
        assertMessage("steps must be >= 0", () -> Descent.of(model).steps(-1));
    }
}
