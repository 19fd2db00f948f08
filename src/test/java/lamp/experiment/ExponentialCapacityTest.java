package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.memory.Memories;
import lamp.memory.PackedPatterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The exponential DAM's capacity: trials against the dense sweep, the bisection's bracket, determinism. */
class ExponentialCapacityTest {

    /** Whether rows 0 … (every ? K − 1 : 0) of the trial's memories are fixed points of the dense sweep. */
    private static boolean byDefinition(ExponentialCapacity.Criterion c, int features, int k, long seed) {
        Memories xi = PackedPatterns.random(k, features, seed).toMemories();
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.exponential(1));
        int last = c == ExponentialCapacity.Criterion.EVERY_PATTERN ? k : 1;
        for (int nu = 0; nu < last; nu++) if (dam.sweep(xi.row(nu), xi.multiply(xi.row(nu))) != 0) return false;
        return true;
    }

    @Test
    void trialsAreTheDenseDefinition() {
        int pass = 0, all = 0;
        for (ExponentialCapacity.Criterion c : ExponentialCapacity.Criterion.values()) {
            for (int k : new int[] {3, 10, 30, 100, 300}) {
                for (int t = 0; t < 4; t++) {
                    boolean expected = byDefinition(c, 12, k, 31 * k + t);
                    assertEquals(expected, ExponentialCapacity.trial(c, 12, k, 31 * k + t), c + " K " + k + " t " + t);
                    all++;
                    if (expected) pass++;
                }
            }
        }
        assertTrue(pass > 5 && pass < all - 5, pass + " of " + all + " pass: both outcomes tested");
    }

    @Test
    void kMaxIsTheLastPassingKAndTheTableIsThreadIndependent() {
        ExponentialCapacity.Builder b = ExponentialCapacity.builder().criterion(ExponentialCapacity.Criterion.EVERY_PATTERN, 10, 14)
                .criterion(ExponentialCapacity.Criterion.ONE_PATTERN, 10, 14).trials(10).resolution(0).seed(3);
        Table one = b.threads(1).run().table(), two = b.threads(2).run().table();
        assertEquals(one.printAll(), two.printAll());
        for (int r = 0; r < one.rowCount(); r++) {
            ExponentialCapacity.Criterion c = r < 2 ? ExponentialCapacity.Criterion.EVERY_PATTERN : ExponentialCapacity.Criterion.ONE_PATTERN;
            int nf = one.intColumn("N_f").get(r), kMax = one.intColumn(ExponentialCapacity.K_MAX).get(r);
            assertEquals(kMax + 1, one.intColumn(ExponentialCapacity.K_FAIL).get(r));
            assertTrue(b.passFraction(c, nf, kMax) >= 0.9);
            assertTrue(b.passFraction(c, nf, kMax + 1) < 0.9);
            assertEquals(Math.log(kMax) / nf, one.doubleColumn(ExponentialCapacity.ALPHA).get(r), 1e-12);
        }
        // every memory fixed is harder than one memory fixed
        assertTrue(one.intColumn(ExponentialCapacity.K_MAX).get(1) < one.intColumn(ExponentialCapacity.K_MAX).get(3), one.printAll());
    }

    @Test
    void anInterruptStopsAStreamedTrial() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(lamp.base.Interrupts.RunInterruptedException.class,
                    () -> ExponentialCapacity.trial(ExponentialCapacity.Criterion.ONE_PATTERN, 30, 1 << 20, 1));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void badSettingsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> ExponentialCapacity.builder().run());
        assertThrows(IllegalArgumentException.class, () -> ExponentialCapacity.builder().criterion(ExponentialCapacity.Criterion.ONE_PATTERN, 80));
        assertThrows(IllegalArgumentException.class, () -> ExponentialCapacity.builder().criterion(ExponentialCapacity.Criterion.ONE_PATTERN, 12, 12));
        assertThrows(IllegalArgumentException.class, () -> ExponentialCapacity.builder().threshold(0));
    }
}
