package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.List;
import lamp.limit.Models;
import lamp.memory.Corruption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.Table;

class CapacityTest {

    @Test
    void perfectRecallRetrievesEverythingAndIdentityNothing() {
        Table t = Capacity.of("perfect", ToyModels::perfect).and(ToyModels::identity)
                .features(50).memories(2, 10, 40).corruption(0.1).trials(12).seed(7).run().table();
        assertEquals(6, t.rowCount());
        for (int r = 0; r < 3; r++) {
            assertEquals("perfect", t.stringColumn(Columns.MODEL).get(r));
            assertEquals(1.0, t.doubleColumn(Columns.EXACT).get(r));
            assertEquals(1.0, t.doubleColumn(Columns.OVERLAP).get(r), 1e-15);
        }
        for (int r = 3; r < 6; r++) {
            assertEquals("identity", t.stringColumn(Columns.MODEL).get(r), "label from the model's own name");
            assertEquals(0.0, t.doubleColumn(Columns.EXACT).get(r));
            // 5 of 50 entries flipped: overlap 1 − 2·5/50
            assertEquals(0.8, t.doubleColumn(Columns.OVERLAP).get(r), 1e-12);
            assertEquals(1.0, t.doubleColumn(Columns.STEPS).get(r));
            assertEquals(1.0, t.doubleColumn(Columns.CONVERGED).get(r));
        }
    }

    @Test
    void tableCarriesParametersAndSeed() {
        Table t = Capacity.of("identity", ToyModels::identity).features(40).memories(4, 20)
                .corruption(Corruption.Kind.MASK, 0.25).trials(3).seed(123).maxSteps(5).run().table();
        assertEquals(List.of(Columns.MODEL, Columns.DEGREE, Columns.PATTERNS, Columns.N_F, Columns.K, Columns.LOAD, Columns.KIND,
                Columns.CORRUPTION, Columns.TRIALS, Columns.MAX_STEPS, Columns.EXACT, Columns.OVERLAP, Columns.STEPS,
                Columns.CONVERGED, Columns.SEED), t.columnNames());
        assertEquals(2, t.rowCount());
        assertEquals(123L, t.longColumn(Columns.SEED).get(1));
        assertEquals(40, t.intColumn(Columns.N_F).get(0));
        assertEquals(20, t.intColumn(Columns.K).get(1));
        assertEquals(0.5, t.doubleColumn(Columns.LOAD).get(1));
        assertEquals("mask", t.stringColumn(Columns.KIND).get(0));
        assertEquals("binary", t.stringColumn(Columns.PATTERNS).get(0));
        assertEquals(0.25, t.doubleColumn(Columns.CORRUPTION).get(0));
        assertEquals(3, t.intColumn(Columns.TRIALS).get(0));
        assertEquals(5, t.intColumn(Columns.MAX_STEPS).get(0));
        // masking 10 of 40 entries: overlap (cosine) 30/(√30·√40) = √(3/4), never exact
        assertEquals(Math.sqrt(0.75), t.doubleColumn(Columns.OVERLAP).get(0), 1e-12);
        assertEquals(0.0, t.doubleColumn(Columns.EXACT).get(0));
    }

    @Test
    void sameSeedSameTableOnAnyThreadingDifferentSeedDiffers() {
        Capacity c = Capacity.of("classical").features(60).memories(6, 12).corruption(0.15).trials(16);
        Table a = c.seed(5).run().table();
        Table b = c.seed(5).parallel(false).run().table();
        Table d = c.seed(6).parallel(true).run().table();
        assertEquals(a.toString(), b.toString());
        assertArrayEquals(a.doubleColumn(Columns.OVERLAP).asDoubleArray(), b.doubleColumn(Columns.OVERLAP).asDoubleArray());
        assertFalse(Arrays.equals(a.doubleColumn(Columns.OVERLAP).asDoubleArray(),
                d.doubleColumn(Columns.OVERLAP).asDoubleArray()), "seeds 5 and 6 gave identical overlaps");
    }

    @Test
    void denseMemoryBeatsClassicalBeyondN() {
        // THEORY.md §5 check 8 in miniature: K = 200 > N_f = 100, 10% flips.
        Table t = Capacity.of("dam(3)").and("classical").features(100).memories(200).corruption(0.1).trials(8).seed(1).run().table();
        assertEquals("dam(3)", t.stringColumn(Columns.MODEL).get(0));
        assertEquals(3, t.intColumn(Columns.DEGREE).get(0), "F = x³ from the model, not from its label");
        assertEquals(2, t.intColumn(Columns.DEGREE).get(1), "classical F = x²/2");
        assertTrue(t.doubleColumn(Columns.EXACT).get(0) >= 0.875, t.print());
        assertEquals(0.0, t.doubleColumn(Columns.EXACT).get(1), t.print());
    }

    @Test
    void progressReportsOneLinePerPoint() {
        List<String> lines = new ArrayList<>();
        Capacity.of("perfect", ToyModels::perfect).features(10).memories(1, 2, 3).trials(2).progress(lines::add).run();
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("capacity perfect K=3 (3/3)"), lines.get(2));
    }

    @Test
    void degreeColumnComesFromTheModelWhateverItsLabel() {
        Table t = Capacity.of("my label", xi -> Models.create("dam(4)", xi)).and("exponential").and("modern(1)")
                .features(12).memories(3).trials(2).seed(1).run().table();
        assertEquals(List.of("my label", "exponential", "modern(1)"), t.stringColumn(Columns.MODEL).asList());
        assertEquals(List.of(4, 0, 0), t.intColumn(Columns.DEGREE).asList());
    }

    @Test
    void resultIsImmutable() {
        Capacity.Result r = Capacity.of("perfect", ToyModels::perfect).features(10).memories(1, 2).trials(2).seed(4).run();
        Table t = r.table();
        t.doubleColumn(Columns.EXACT).set(0, -5.0);
        t.removeColumns(Columns.SEED);
        assertEquals(1.0, r.table().doubleColumn(Columns.EXACT).get(0));
        assertTrue(r.table().containsColumn(Columns.SEED));
        assertEquals(2, r.rowCount());
        assertEquals(OptionalLong.of(4), r.seed());
        assertThrows(UnsupportedOperationException.class, () -> r.curves().get(0).points().clear());
    }

    @Test
    void badSettingsFailWithTheirName() {
        assertMessage("memory counts K list is empty", () -> Capacity.of("classical").memories());
        assertMessage("memory counts K list is empty", () -> Capacity.of("classical").run());
        assertMessage("memory count K must be >= 1", () -> Capacity.of("classical").memories(10, -3));
        assertMessage("trials must be >= 1", () -> Capacity.of("classical").trials(0));
        assertMessage("features N_f", () -> Capacity.of("classical").features(0));
        assertMessage("unknown model 'hopfeld'", () -> Capacity.of("hopfeld"));
        assertMessage("corruption fraction", () -> Capacity.of("classical").corruption(1.2));
        assertMessage("corruption fraction", () -> Capacity.of("classical").corruption(Double.NaN));
        assertMessage("noise sigma", () -> Capacity.of("classical").corruption(Corruption.Kind.NOISE, -1));
        assertMessage("model factory returned null",
                () -> Capacity.of("null", xi -> null).features(5).memories(2).trials(1).run());
    }

    static void assertMessage(String fragment, Executable call) {
        var e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }
}
