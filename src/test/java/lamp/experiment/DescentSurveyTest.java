package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import lamp.lagrangian.Lagrangians;
import lamp.limit.EffectiveNetwork;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DescentSurveyTest {

    /** THEORY.md §5 check 12: for convex Lagrangians no update (M7) raises E_eff. */
    @Test
    void convexModelsNeverRise() {
        DescentSurvey.Result r = DescentSurvey.create()
                .model("A", xi -> new EffectiveNetwork(xi, Lagrangians.tanh(1), Lagrangians.rectifiedPower(3), 1, null))
                .model("B", xi -> new ModernHopfield(xi, 1))
                .model("C", xi -> new SphericalMemory(xi, Lagrangians.logSumExp(1)))
                .features(12).memories(20).instances(5).steps(10).seed(4).run();
        Table t = r.table();
        assertEquals(List.of("A", "B", "C"), t.stringColumn(Columns.MODEL).asList());
        for (int row = 0; row < 3; row++) {
            assertEquals(0, t.intColumn("rises").get(row), t.print());
            assertEquals(50, t.intColumn("updates").get(row));
            assertTrue(t.doubleColumn("max relative dE").get(row) <= Descent.RISE_TOLERANCE, t.print());
            assertTrue(t.doubleColumn("mean fall").get(row) > 0, "the updates moved: " + t.print());
            assertEquals(4L, t.longColumn(Columns.SEED).get(row));
        }
        assertEquals(0, r.rises());
        assertEquals(150, r.updates());
        Table instances = r.instances();
        assertEquals(15, instances.rowCount());
        assertEquals(List.of(12), instances.intColumn(Columns.N_F).unique().asList());
        assertEquals(List.of(20), instances.intColumn(Columns.K).unique().asList());
    }

    /** Models drawn whole per instance (random K, β, input), as notebooks 04 and 05 do for Models B and C. */
    @Test
    void randomModelsBAndCNeverRise() {
        DescentSurvey.Result r = DescentSurvey.create()
                .randomModel("B", rng -> new ModernHopfield(Patterns.gaussian(1 + rng.nextInt(20), 5, rng.nextLong()),
                        0.1 + 5 * rng.nextDouble(), Patterns.gaussian(1, 5, rng.nextLong()).row(0)))
                .randomModel("C", rng -> new SphericalMemory(Patterns.gaussian(1 + rng.nextInt(20), 5, rng.nextLong()),
                        Lagrangians.rectifiedPower(3)))
                .instances(40).steps(8).startSigma(2).seed(3).run();
        assertEquals(0, r.rises(), r.toString());
        assertTrue(r.largestRelativeRise() <= Descent.RISE_TOLERANCE, "rise " + r.largestRelativeRise());
        Table instances = r.instances();
        assertEquals(80, instances.rowCount());
        assertTrue(instances.intColumn(Columns.K).unique().size() > 5, "K drawn per instance");
        assertEquals(List.of(5), instances.intColumn(Columns.N_F).unique().asList());
        assertEquals(2.0, r.table().doubleColumn("start sigma").get(0));
    }

    /** An update that doubles the state of a quadratic energy raises it: the survey counts every rise. */
    @Test
    void risesAreCounted() {
        DescentSurvey.Result r = DescentSurvey.create().model("doubling", DescentTest::doubling)
                .features(4).memories(2).instances(2).steps(3).seed(1).run();
        assertEquals(6, r.rises());
        assertEquals(3.0, r.largestRelativeRise(), 0, "E quadruples: relative change 3 each time");
        assertTrue(r.table().doubleColumn("max dE").get(0) > 0);
        DescentSurvey.Result drawn = DescentSurvey.create().randomModel("doubling", rng -> DescentTest.doubling(Patterns.gaussian(2, 3, 1)))
                .instances(3).steps(2).run();
        assertEquals(6, drawn.rises());
        assertEquals(6, r.rises("doubling"));
        assertEquals(6, r.updates("doubling"));
        assertEquals("no model 'halving' in this survey; models: [doubling]",
                assertThrows(IllegalArgumentException.class, () -> r.rises("halving")).getMessage());
    }

    @Test
    void sameSeedSameSurveyAndProgressPerModel() {
        List<String> lines = new ArrayList<>();
        DescentSurvey s = DescentSurvey.create().model("B", xi -> new ModernHopfield(xi, 2)).model("B'", xi -> new ModernHopfield(xi, 0.5))
                .features(6).memories(5).instances(3).steps(4).progress(lines::add);
        assertEquals(s.seed(7).run().instances().toString(), s.seed(7).run().instances().toString());
        assertNotEquals(s.seed(7).run().instances().doubleColumn("E start").get(0), s.seed(8).run().instances().doubleColumn("E start").get(0));
        assertEquals(8, lines.size());
        assertTrue(lines.get(1).startsWith("descent survey B' (2/2): 12 updates, 0 rises"), lines.get(1));
    }

    @Test
    void badInputIsNamed() {
        assertMessage("no models", () -> DescentSurvey.create().run());
        assertMessage("model label is empty", () -> DescentSurvey.create().model("", xi -> null));
        assertMessage("already in the survey", () -> DescentSurvey.create().model("x", xi -> null).randomModel("x", rng -> null));
        assertMessage("returned null", () -> DescentSurvey.create().model("x", xi -> null).features(3).memories(2).instances(1).run());
        assertMessage("returned null at instance 0", () -> DescentSurvey.create().randomModel("x", rng -> null).run());
        assertMessage("model generator for 'x' is null", () -> DescentSurvey.create().randomModel("x", null));
    }
}
