package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BetaSweepTest {

    @Test
    void smallBetaAveragesLargeBetaRetrievesOnePattern() {
        Table t = BetaSweep.modernHopfield().features(64).memories(200).betas(0.001, 1).corruption(0.1)
                .trials(8).seed(3).run().table();
        assertEquals(2, t.rowCount());
        assertEquals("modern Hopfield", t.stringColumn(Columns.MODEL).get(0));
        double[] participation = t.doubleColumn(Columns.PARTICIPATION).asDoubleArray();
        double[] entropy = t.doubleColumn(Columns.ENTROPY).asDoubleArray();
        double[] exact = t.doubleColumn(Columns.EXACT).asDoubleArray();
        assertTrue(participation[0] > 150, t.print());  // nearly all 200 patterns share the weight
        assertTrue(entropy[0] > 0.95 * Math.log(200), t.print());
        assertEquals(1.0, participation[1], 1e-3, t.print());
        assertEquals(0.0, entropy[1], 1e-2, t.print());
        assertEquals(1.0, exact[1], t.print());
        assertTrue(exact[0] < 0.5, t.print());
        assertTrue(t.doubleColumn(Columns.MAX_WEIGHT).get(1) > 0.999);
    }

    @Test
    void weightsOfOneHotMemoriesMatchClosedForm() {
        // THEORY.md §5 exact values: one-hot memories of R³, β = 10, state e₁.
        double[] w = BetaSweep.weights(Memories.identity(3), new double[] {1, 0, 0}, 10);
        double p1 = 0.9999092083843409, p2 = Math.exp(-10) * p1;
        assertEquals(1 / (p1 * p1 + 2 * p2 * p2), w[0], 1e-12);
        assertEquals(-(p1 * Math.log(p1) + 2 * p2 * Math.log(p2)), w[1], 1e-12);
        assertEquals(p1, w[2], 1e-12);
    }

    @Test
    void fixedModelsFromTheCallerAndDeterminism() {
        var xi = Patterns.randomBinary(20, 32, 4);
        BetaSweep s = BetaSweep.ofFixed("B on ξ", beta -> new ModernHopfield(xi, beta)).betas(0.01, 2).trials(6).maxSteps(3);
        Table a = s.seed(1).run().table();
        assertEquals("fixed", a.stringColumn(Columns.PATTERNS).get(0));
        assertEquals(20, a.intColumn(Columns.K).get(0));
        assertEquals(List.of("B on ξ", "B on ξ"), a.stringColumn(Columns.MODEL).asList(), "the label as given on every row");
        assertEquals(List.of(0.01, 2.0), a.doubleColumn(Columns.BETA).asList(), "β in its own column");
        assertEquals(a.toString(), s.seed(1).parallel(false).run().table().toString());
        assertNotEquals(a.doubleColumn(Columns.PARTICIPATION).get(0), s.seed(2).run().table().doubleColumn(Columns.PARTICIPATION).get(0));
    }

    @Test
    void ownModelKeepsItsLabelWhateverItsNameSays() {
        Table t = BetaSweep.of("β=7 is not read", ModernHopfield::new).features(16).memories(5).betas(0.5).trials(2).seed(1)
                .run().table();
        assertEquals("β=7 is not read", t.stringColumn(Columns.MODEL).get(0));
        assertEquals(0.5, t.doubleColumn(Columns.BETA).get(0));
    }

    @Test
    void badSettings() {
        assertMessage("beta list is empty", () -> BetaSweep.modernHopfield().betas());
        assertMessage("beta list is empty", () -> BetaSweep.modernHopfield().run());
        assertMessage("beta must be finite and > 0", () -> BetaSweep.modernHopfield().betas(1, 0));
        assertMessage("beta must be finite and > 0", () -> BetaSweep.modernHopfield().betas(Double.NaN));
        assertMessage("model is null", () -> BetaSweep.of("x", null));
        assertMessage("model label is empty", () -> BetaSweep.of(" ", ModernHopfield::new));
        assertMessage("model label is empty", () -> BetaSweep.ofFixed(null, b -> null));
    }
}
