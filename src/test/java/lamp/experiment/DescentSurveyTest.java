package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import lamp.lagrangian.Lagrangians;
import lamp.limit.AssociativeMemory;
import lamp.limit.EffectiveNetwork;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DescentSurveyTest {

    /** MATH.md §5 check 12: for convex Lagrangians no update (M7) raises E_eff. */
    @Test
    void convexModelsNeverRise() {
        Table t = DescentSurvey.create()
                .model("A", xi -> new EffectiveNetwork(xi, Lagrangians.tanh(1), Lagrangians.rectifiedPower(3), 1, null))
                .model("B", xi -> new ModernHopfield(xi, 1))
                .model("C", xi -> new SphericalMemory(xi, Lagrangians.logSumExp(1)))
                .features(12).memories(20).instances(5).steps(10).seed(4).run();
        assertEquals(3, t.rowCount());
        for (int r = 0; r < 3; r++) {
            assertEquals(0, t.intColumn("rises").get(r), t.print());
            assertEquals(50, t.intColumn("updates").get(r));
            assertTrue(t.doubleColumn("max relative dE").get(r) <= DescentSurvey.RISE_TOLERANCE, t.print());
        }
    }

    /** An update that doubles the state of a quadratic energy raises it: the survey counts the rises. */
    @Test
    void risesAreCounted() {
        Table t = DescentSurvey.create().model("doubling", xi -> new AssociativeMemory() {
            public String name() { return "doubling"; }
            public Memories memories() { return xi; }
            public double energy(double[] v) { double s = 0; for (double a : v) s += a * a; return s; }
            public double[] update(double[] v) { double[] o = v.clone(); for (int i = 0; i < o.length; i++) o[i] *= 2; return o; }
        }).features(4).memories(2).instances(2).steps(3).seed(1).run();
        assertEquals(6, t.intColumn("rises").get(0));
        assertTrue(t.doubleColumn("max dE").get(0) > 0);
    }

    @Test
    void badInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DescentSurvey.create().run()).getMessage().contains("no models"));
        assertThrows(IllegalArgumentException.class, () -> DescentSurvey.create().model("", xi -> null));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DescentSurvey.create().model("x", xi -> null).features(3).memories(2).instances(1).run())
                .getMessage().contains("returned null"));
    }
}
