package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

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
    void degreeIsThatOfTheInteractionFunctionNotOfAName() {
        assertEquals(2, CapacityTheory.degree(ScalarFunction.quadratic()));
        assertEquals(3, CapacityTheory.degree(ScalarFunction.power(3)));
        assertEquals(12, CapacityTheory.degree(ScalarFunction.power(12)));
        assertEquals(0, CapacityTheory.degree(ScalarFunction.power(1)), "F = x has no capacity formula");
        assertEquals(0, CapacityTheory.degree(ScalarFunction.rectifiedPower(3)), "(x)₊³ is not c·x³ for x < 0");
        assertEquals(0, CapacityTheory.degree(ScalarFunction.exponential(1)));
        // the degree comes from F's type, never from its name or its values: a user F named like a power
        // is not one, and a user-written power is not declared as one
        assertEquals(0, CapacityTheory.degree(ScalarFunction.of("x^3", x -> x * x * x + x, x -> 3 * x * x + 1, x -> 6 * x, false)));
        assertEquals(0, CapacityTheory.degree(ScalarFunction.of("mine", x -> 2.5 * x * x * x * x, x -> 10 * x * x * x, x -> 30 * x * x, true)));
        Memories xi = Memories.identity(3);
        assertEquals(5, CapacityTheory.degree(new DenseAssociativeMemory(xi, ScalarFunction.power(5))));
        assertEquals(0, CapacityTheory.degree(new ModernHopfield(xi, 1)));
        assertEquals(0, CapacityTheory.degree(new SphericalMemory(xi, Lagrangians.rectifiedPower(3))));
    }

    static Capacity.Curve curve(String model, int degree, int features, int[] ks, double[] exact) {
        List<Capacity.Point> points = new java.util.ArrayList<>();
        for (int j = 0; j < ks.length; j++) points.add(new Capacity.Point(ks[j], exact[j]));
        return new Capacity.Curve(model, degree, features, points);
    }

    /** Two curves at N_f = 64, K out of order: "a" of degree 3 and "b" without a formula. */
    static Capacity.Result run() {
        return run(curve("a", 3, 64, new int[] {8, 4, 16, 32}, new double[] {1.0, 1.0, 0.5, 0.95}),
                curve("b", 0, 64, new int[] {4, 8}, new double[] {0.2, 1.0}));
    }

    static Capacity.Result run(Capacity.Curve... curves) {
        return new Capacity.Result(Table.create("capacity"), List.of(curves), 1);
    }

    @Test
    void measuredStopsAtTheFirstFailureInKOrder() {
        Capacity.Result r = run();
        assertEquals(8, CapacityTheory.measured(r.curve("a"), 0.9), "K = 16 fails, so K = 32 does not count");
        assertEquals(32, CapacityTheory.measured(r.curve("a"), 0.5));
        assertEquals(0, CapacityTheory.measured(r.curve("b"), 0.9), "fails at the smallest K");
        assertMessage("no curve for model 'c'", () -> r.curve("c"));
        assertMessage("threshold", () -> CapacityTheory.measured(r.curve("a"), 1.5));
    }

    @Test
    void compareReadsTheDegreeOfEachCurve() {
        Table c = CapacityTheory.compare(run(), 0.9);
        assertEquals(List.of("a", "b"), c.stringColumn(Columns.MODEL).asList());
        assertEquals(List.of(3, 0), c.intColumn(Columns.DEGREE).asList());
        assertEquals(List.of(32, 8), c.intColumn("largest K tested").asList());
        assertEquals(8.0 / CapacityTheory.polynomial(3, 64), c.doubleColumn("measured / formula").get(0), 1e-12);
        assertTrue(c.doubleColumn("measured / formula").isMissing(1));
        Capacity.Result clash = run(curve("a", 3, 64, new int[] {4}, new double[] {1.0}),
                curve("a", 4, 64, new int[] {4}, new double[] {1.0}));
        assertMessage("model label 'a' names 2 curves", () -> clash.curve("a"));
        assertEquals(List.of(3, 4), CapacityTheory.compare(clash, 0.9).intColumn(Columns.DEGREE).asList(), "each curve keeps its own degree");
    }

    @Test
    void scalingGivesOneRowPerCurveOfEveryRun() {
        Capacity.Result small = run(curve("a", 3, 32, new int[] {2, 4}, new double[] {1.0, 1.0}));
        Table s = CapacityTheory.scaling(List.of(run(), small), 0.9);
        assertEquals(List.of("a", "b", "a"), s.stringColumn(Columns.MODEL).asList());
        assertEquals(List.of(64, 64, 32), s.intColumn(Columns.N_F).asList());
        assertEquals(List.of(8, 0, 4), s.intColumn(2 + 1).asList());
        assertMessage("no capacity run given", () -> CapacityTheory.scaling(List.of(), 0.9));
    }

    @Test
    void curvesRefuseBadPoints() {
        assertMessage("has no points", () -> new Capacity.Curve("a", 3, 64, List.of()));
        assertMessage("degree n", () -> new Capacity.Curve("a", -1, 64, List.of(new Capacity.Point(1, 1))));
    }

    @Test
    void compareOnARealRun() {
        Capacity.Result run = Capacity.of("classical").and("dam(3)").and("exponential").features(32)
                .memories(2, 4, 8, 16, 32, 64).trials(8).seed(1).run();
        Table c = CapacityTheory.compare(run, 0.9);
        assertEquals(3, c.rowCount());
        assertEquals(List.of(2, 3, 0), c.intColumn(Columns.DEGREE).asList());
        assertEquals(64, c.intColumn("largest K tested").get(1));
        assertTrue(c.doubleColumn("N^(n-1)/(2(2n-3)!! ln N)").isMissing(2), "no formula for the exponential model");
        assertEquals(CapacityTheory.polynomial(3, 32), c.doubleColumn("N^(n-1)/(2(2n-3)!! ln N)").get(1), 1e-12);
        assertTrue(c.intColumn(2 + 1).get(1) >= c.intColumn(3).get(0), "dam(3) holds at least as many as classical");
        Table t = run.table();
        for (Capacity.Curve curve : run.curves()) {         // the curves are the table's rows, typed
            Table rows = t.where(t.stringColumn(Columns.MODEL).isEqualTo(curve.model()));
            assertEquals(rows.intColumn(Columns.K).asList(), curve.points().stream().map(Capacity.Point::k).toList());
            assertEquals(rows.doubleColumn(Columns.EXACT).asList(), curve.points().stream().map(Capacity.Point::exact).toList());
            assertEquals(rows.intColumn(Columns.DEGREE).get(0), curve.degree());
        }
    }
}
