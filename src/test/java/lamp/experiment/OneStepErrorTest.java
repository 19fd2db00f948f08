package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Ramsauer 2020's one-update retrieval error for Model B's update (M11), KH2020 (16): bounded, and falling as e^{−βΔ'}. */
class OneStepErrorTest {

    @Test
    void errorObeysTheBoundAndFallsWithSlopeMinusTheQuerySeparation() {
        List<String> lines = new ArrayList<>();
        OneStepError.Result r = OneStepError.create().features(12).memories(16).flips(0, 1).instances(20).seed(3)
                .progress(lines::add).run();
        assertEquals(40, r.queryCount());
        assertEquals(0, r.boundViolations(), "the error is below 2M(K−1)e^{−βΔ'} and Ramsauer's form at every β");
        assertTrue(r.fittedQueries() >= 30, "most queries keep their pattern nearest: " + r.fittedQueries());
        assertTrue(r.worstSlopeDeviation() < 0.02, "slope of ln error against β is −Δ': " + r.worstSlopeDeviation());
        Table t = r.table();
        assertEquals(40 * 32, t.rowCount());
        assertEquals(3L, t.longColumn("seed").get(0));
        assertEquals(10, lines.size());
    }

    @Test
    void theStoredPatternsSeparationIsTheQuerysAndRamsauersBoundIsThenTheSame() {
        Table q = OneStepError.create().features(10).memories(8).flips(0).instances(5).seed(1).run().queries();
        for (int i = 0; i < q.rowCount(); i++) {
            assertEquals(q.doubleColumn("pattern separation").get(i), q.doubleColumn("query separation").get(i));
            assertEquals(0, q.doubleColumn("distance to pattern").get(i));
            assertEquals(0, q.doubleColumn("query separation").get(i) % 2, "±1 scores share the parity of N_f");
        }
        Table p = OneStepError.create().features(10).memories(8).flips(0).instances(2).seed(1).run().table();
        for (int i = 0; i < p.rowCount(); i++) {
            assertEquals(p.doubleColumn("bound").get(i), p.doubleColumn("Ramsauer bound").get(i), 1e-12 * p.doubleColumn("bound").get(i));
        }
    }

    @Test
    void curvesAreOnTheMeasurableRangeWithTheBoundAsALineOfSlopeMinusDelta() {
        OneStepError.Result r = OneStepError.create().features(16).memories(32).flips(0).instances(30).seed(2).run();
        double d = r.queries().doubleColumn("query separation").get(0);
        Table c = r.curves(d);
        assertTrue(c.rowCount() >= 5);
        double[] beta = c.doubleColumn("beta").asDoubleArray(), bound = c.doubleColumn(2).asDoubleArray();
        for (int i = 0; i < c.rowCount(); i++) assertTrue(c.doubleColumn(1).get(i) >= OneStepError.FLOOR);
        assertEquals(-d, Fits.slope(beta, java.util.Arrays.stream(bound).map(Math::log).toArray()), 1e-9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.curves(1001));
        assertTrue(e.getMessage().contains("Δ' = 1001"), e.getMessage());
    }

    @Test
    void sameSeedSameResult() {
        OneStepError e = OneStepError.create().features(8).memories(6).instances(4).seed(9);
        assertEquals(e.run().queries().print(), e.run().queries().print());
    }

    @Test
    void badSettingsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> OneStepError.create().flips());
        assertThrows(IllegalArgumentException.class, () -> OneStepError.create().flips(1, 1));
        assertThrows(IllegalArgumentException.class, () -> OneStepError.create().flips(-1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OneStepError.create().features(8).flips(8).run());
        assertTrue(e.getMessage().contains("below N_f"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> OneStepError.create().betas(1, 2, 2));
        assertTrue(e.getMessage().contains("increase"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OneStepError.create().betas(1, 2));
        assertThrows(IllegalArgumentException.class, () -> OneStepError.create().memories(1));
    }
}
