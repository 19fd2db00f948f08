package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import lamp.limit.Hebbian;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HiddenSaturationTest {

    /** The fixed-point count agrees with Hopfield's rule on explicit weights (F = x²: same flips as x²/2). */
    @Test
    void fixedPointsOfQuadraticFAgreeWithHebbianSweeps() {
        for (int k : new int[] {1, 3, 8, 20}) {
            long seed = Seeds.derive(5, k);
            Memories xi = Patterns.randomBinary(k, 24, seed);
            double[][] t = Hebbian.weights(xi);
            int expected = 0;
            for (int mu = 0; mu < k; mu++) if (Arrays.equals(Hebbian.sweep(t, xi.row(mu)), xi.row(mu))) expected++;
            assertEquals(expected, HiddenSaturation.fixedPoints(2, 24, k, k, seed), "K = " + k);
        }
    }

    @Test
    void retrievedCountFollowsHiddenNeuronsThenCollapses() {
        HiddenSaturation.Result r = HiddenSaturation.builder().order(3).features(24).hidden(2, 4, 400).trials(4).checked(8).seed(3).run();
        Table t = r.table();
        assertEquals(3, t.rowCount());
        // far below N_f²/(6 ln N_f) ≈ 30 every memory is a fixed point: N_mem = N_h
        assertEquals(2.0, t.doubleColumn(HiddenSaturation.RETRIEVED).get(0), 0);
        assertEquals(4.0, t.doubleColumn(HiddenSaturation.RETRIEVED).get(1), 0);
        // far above it almost none is
        assertTrue(r.fixedFraction(3, 400) < 0.2, t.toString());
        assertEquals(8, t.intColumn(HiddenSaturation.CHECKED).get(2));
        assertEquals(4.0, r.peak(3), 0);
        assertEquals(4, r.peakHidden(3));
        assertEquals(CapacityTheory.polynomial(3, 24), r.formula(3), 0);
        assertEquals(1.0, r.minFixedFractionUpTo(3, 4), 0);
        assertEquals(Math.min(4, CapacityTheory.polynomial(3, 24)), t.doubleColumn(HiddenSaturation.MIN).get(1), 0);
    }

    @Test
    void sameTableOnEveryRunOfTheSameSeed() {
        HiddenSaturation.Builder b = HiddenSaturation.builder().order(2, 4).features(16).hidden(3, 30).trials(3).checked(5).seed(9);
        assertEquals(b.run().table().toString(), b.run().table().toString());
    }

    @Test
    void badInputIsNamed() {
        assertEquals("no order n given: call order(n...) before run()",
                assertThrows(IllegalArgumentException.class, () -> HiddenSaturation.builder().hidden(1).run()).getMessage());
        assertEquals("hidden counts N_h list is empty: call hidden(N_h...)",
                assertThrows(IllegalArgumentException.class, () -> HiddenSaturation.builder().order(3).run()).getMessage());
        assertEquals("hidden count N_h = 4 is given twice",
                assertThrows(IllegalArgumentException.class, () -> HiddenSaturation.builder().hidden(4, 4)).getMessage());
        assertEquals("order n = 3 is given twice",
                assertThrows(IllegalArgumentException.class, () -> HiddenSaturation.builder().order(3, 3)).getMessage());
    }
}
