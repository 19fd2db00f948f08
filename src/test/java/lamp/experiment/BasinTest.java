package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.OptionalLong;
import lamp.limit.ModelSpec;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BasinTest {

    @Test
    void identityIsExactOnlyWithoutCorruptionAndPerfectRecallAlways() {
        Table t = Basin.of("identity", ToyModels::identity).and("perfect", ToyModels::perfect)
                .features(100).memories(5).corruption(0, 0.1, 0.3).trials(10).seed(2).run().table();
        assertEquals(6, t.rowCount());
        assertArrayEquals(new double[] {1, 0, 0, 1, 1, 1}, t.doubleColumn(Columns.EXACT).asDoubleArray());
        assertArrayEquals(new double[] {1, 0.8, 0.4}, Arrays.copyOf(t.doubleColumn(Columns.OVERLAP).asDoubleArray(), 3), 1e-12);
        assertArrayEquals(new double[] {0, 0.1, 0.3, 0, 0.1, 0.3}, t.doubleColumn(Columns.CORRUPTION).asDoubleArray());
        assertEquals(2L, t.longColumn(Columns.SEED).get(0));
        assertEquals(0.05, t.doubleColumn(Columns.LOAD).get(0));
    }

    @Test
    void classicalBasinShrinksWithCorruption() {
        Table t = Basin.of("classical").features(100).memories(5).corruption(0.05, 0.45).trials(10).seed(4).run().table();
        double[] exact = t.doubleColumn(Columns.EXACT).asDoubleArray();
        assertEquals(1.0, exact[0], t.print());
        assertTrue(exact[1] < 0.5, t.print());
    }

    @Test
    void fixedMemoriesSetShapeAndLabel() {
        Basin.Result r = Basin.of("perfect", ToyModels::perfect).memories(Patterns.gaussian(3, 30, 1))
                .corruption(Corruption.Kind.NOISE, 0.0, 0.1).trials(4).seed(6).run();
        Table t = r.table();
        assertEquals(Corruption.Kind.NOISE, r.kind());
        assertEquals(OptionalLong.of(6), r.seed());
        assertEquals("fixed", t.stringColumn(Columns.PATTERNS).get(0));
        assertEquals(30, t.intColumn(Columns.N_F).get(0));
        assertEquals(3, t.intColumn(Columns.K).get(0));
        assertEquals("noise", t.stringColumn(Columns.KIND).get(1));
        assertEquals(1.0, t.doubleColumn(Columns.EXACT).get(1));
    }

    @Test
    void deterministicUnderSeed() {
        Basin b = Basin.of("classical").features(50).memories(8).corruption(0.2, 0.3).trials(12);
        assertEquals(b.seed(9).run().toString(), b.seed(9).parallel(false).run().toString());
        assertNotEquals(b.seed(9).run().table().doubleColumn(Columns.OVERLAP).sum(), b.seed(10).run().table().doubleColumn(Columns.OVERLAP).sum());
    }

    @Test
    void aSpecAndItsNameRunTheSameModel() {
        Basin.Result byName = Basin.of("dam(3)").and("modern(0.5)").features(30).memories(6).corruption(0.1, 0.3).trials(4).seed(3).run();
        Basin.Result bySpec = Basin.of(ModelSpec.parse("dam(3)")).and(new ModelSpec.Modern(0.5)).features(30).memories(6)
                .corruption(0.1, 0.3).trials(4).seed(3).run();
        assertEquals(byName.toString(), bySpec.toString());
        assertMessage("model spec is null", () -> Basin.of("classical").and((ModelSpec) null));
    }

    @Test
    void badSettings() {
        assertMessage("corruption amounts list is empty", () -> Basin.of("classical").corruption());
        assertMessage("corruption amounts list is empty", () -> Basin.of("classical").run());
        assertMessage("corruption fraction", () -> Basin.of("classical").corruption(0.1, -0.2));
        assertMessage("memory count K", () -> Basin.of("classical").memories(0));
        assertMessage("memories is null", () -> Basin.of("classical").memories((Memories) null));
        assertMessage("unknown model", () -> Basin.of("classical").and("nope"));
    }
}
