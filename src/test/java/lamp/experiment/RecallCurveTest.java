package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import lamp.limit.ModernHopfield;
import lamp.limit.Models;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

class RecallCurveTest {
    private final Memories all = Patterns.randomBinary(60, 64, 11);

    @Test
    void modelBRestoresEveryRandomPatternAndTheClassicalNetworkFailsFarAboveCapacity() {
        RecallCurve.Result r = RecallCurve.of(all, 8).counts(5, 60).queries(8).damage(RecallCurve.Damage.flip(0.1)).seed(4)
                .model("B", xi -> new ModernHopfield(xi, 1), ImageRecall.Fill.none())
                .model("classical", xi -> Models.create("classical", xi), ImageRecall.Fill.none())
                .run();
        assertEquals(4, r.table().rowCount());
        assertEquals(1, r.exact("B", 5));
        assertEquals(1, r.exact("B", 60));
        assertEquals(5, r.sample(5).length);                      // fewer stored than asked: every one is queried
        assertTrue(r.exact("classical", 60) < 0.5, "K = 60 ≈ 7 N_f·0.138 is far above the classical capacity");
        assertEquals(2 + 2, r.grid(60, 2).images().size() / 2);   // stored, query, two models: 4 rows of 2
    }

    @Test
    void theSampleIsSeededAndTheSameForEveryModel() {
        RecallCurve c = RecallCurve.of(all, 8).counts(60).queries(10).damage(RecallCurve.Damage.maskBottomHalf(8)).seed(9);
        assertArrayEquals(c.sample(60), c.sample(60));
        assertNotEquals(java.util.Arrays.toString(c.sample(60)), java.util.Arrays.toString(c.seed(10).sample(60)));
    }

    @Test
    void badSettingsAreRefused() {
        RecallCurve c = RecallCurve.of(all, 8);
        assertThrows(IllegalArgumentException.class, () -> c.counts(10, 5));
        assertThrows(IllegalArgumentException.class, () -> c.counts(100));
        assertThrows(IllegalArgumentException.class, () -> RecallCurve.of(all, 7));
        assertThrows(IllegalArgumentException.class, () -> c.counts(5).run());          // no damage
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.counts(5).damage(RecallCurve.Damage.flip(0.1)).run());
        assertTrue(e.getMessage().contains("model"), e.getMessage());
    }
}
