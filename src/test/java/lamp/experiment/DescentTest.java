package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import lamp.limit.AssociativeMemory;
import lamp.limit.Models;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DescentTest {

    @Test
    void energyNeverRisesAndOverlapReachesTheMemory() {
        var xi = Patterns.randomBinary(5, 100, 3);
        var model = Models.create("dam(3)", xi);
        double[] query = Corruption.flip(xi.row(2), 0.2, 1);
        Descent.Result r = Descent.of(model).from(query).steps(5).run();
        Table t = r.table();
        assertEquals(6, t.rowCount());
        assertEquals(5, r.updates());
        assertEquals(List.of(Columns.MODEL, Columns.STEP, Columns.ENERGY, Columns.ENERGY_CHANGE, Columns.RELATIVE_CHANGE,
                Columns.CHANGE, Columns.OVERLAP_TARGET), t.columnNames());
        assertEquals(0, t.intColumn(Columns.STEP).get(0));
        assertEquals(model.energy(query), t.doubleColumn(Columns.ENERGY).get(0));
        for (int r2 = 1; r2 < t.rowCount(); r2++) assertTrue(t.doubleColumn(Columns.ENERGY_CHANGE).get(r2) <= 0, t.print());
        assertEquals(0, r.rises());
        assertEquals(0.6, t.doubleColumn(Columns.OVERLAP_TARGET).get(0), 1e-12);
        assertEquals(1.0, t.doubleColumn(Columns.OVERLAP_TARGET).get(5), 1e-12);
        assertArrayEquals(xi.row(2), r.finalState());

        Descent.Result stop = Descent.of(model).from(query).steps(50).untilConverged(true).run();
        assertTrue(stop.updates() < 10, stop.toString());
        assertEquals(0.0, stop.table().doubleColumn(Columns.CHANGE).get(stop.updates()));
    }

    /** Doubles the state of E = ‖v‖²: every update quadruples E, a rise by the one definition. */
    static AssociativeMemory doubling(Memories xi) {
        return new AssociativeMemory() {
            public String name() { return "doubling"; }
            public Memories memories() { return xi; }
            public double energy(double[] v) { double s = 0; for (double a : v) s += a * a; return s; }
            public double[] update(double[] v) { double[] o = v.clone(); for (int i = 0; i < o.length; i++) o[i] *= 2; return o; }
        };
    }

    @Test
    void risesAreCountedAndMeasuredRelativeToTheEnergyScale() {
        Descent.Result r = Descent.of(doubling(Memories.identity(2))).from(new double[] {1, 0}).steps(3).run();
        // E: 1, 4, 16, 64; relative dE: (4−1)/1, (16−4)/4, (64−16)/16
        assertArrayEquals(new double[] {1, 4, 16, 64}, r.energies(), 0);
        assertArrayEquals(new double[] {0, 3, 3, 3}, r.table().doubleColumn(Columns.RELATIVE_CHANGE).asDoubleArray(), 0);
        assertEquals(3, r.rises());
        assertEquals(3.0, r.largestRelativeRise());
    }

    @Test
    void oneDefinitionOfARise() {
        assertEquals(-0.5, Descent.relativeChange(-2, -3), 0, "scale |E| when |E| ≥ 1");
        assertEquals(2e-13, Descent.relativeChange(0.5, 0.5 + 2e-13), 1e-16, "scale 1 when |E| < 1");
        assertEquals(-1.5, Descent.relativeChange(0.5, -1), 0);
        assertFalse(Descent.isRise(-2, -2 + 1.9e-12), "within the rounding allowance 1e-12 · |E|");
        assertTrue(Descent.isRise(-2, -2 + 2.1e-12));
        assertTrue(Descent.isRise(0, Double.NaN), "an undefined energy counts as a rise");
        assertTrue(Descent.isRise(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void theLoopStopsAtTheOriginWhereTheEnergyIsUndefined() {
        Memories xi = Memories.identity(2);
        AssociativeMemory toOrigin = new AssociativeMemory() {
            public String name() { return "to the origin"; }
            public Memories memories() { return xi; }
            public double energy(double[] v) {
                if (v[0] == 0 && v[1] == 0) throw new IllegalArgumentException("no energy at the origin");
                return -Math.hypot(v[0], v[1]);
            }
            public double[] update(double[] v) { return v[0] > 1 ? new double[] {v[0] / 2, 0} : new double[2]; }
        };
        List<Integer> steps = new ArrayList<>();
        double[] end = Descent.iterate(toOrigin, new double[] {4, 0}, 10, false, (s, v, e, change) -> steps.add(s));
        assertEquals(List.of(1, 2), steps, "4 → 2 → 1, then the origin is not a step");
        assertArrayEquals(new double[] {1, 0}, end);
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
