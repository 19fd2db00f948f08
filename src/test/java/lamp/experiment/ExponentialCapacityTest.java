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
    void oneStreamReadAtIncreasingKIsTheDenseDefinitionAtEachK() {
        // the scan reads one stream at many K; past 255 memories per overlap class the counters are emptied,
        // and a reading the bounded margins leave open streams the memories again keeping more overlaps
        long[] ks = {1, 2, 5, 40, 41, 120, 300, 1200, 3000};
        int pass = 0, reopened = 0, trials = 16;
        for (int t = 0; t < trials; t++) {
            BinaryTrials.FirstMemory stream = new BinaryTrials.FirstMemory(ScalarFunction.exponential(1), 12, 77 + t);
            boolean[] read = stream.fixedAt(ks);
            for (int j = 0; j < ks.length; j++) {
                boolean expected = byDefinition(ExponentialCapacity.Criterion.ONE_PATTERN, 12, (int) ks[j], 77 + t);
                assertEquals(expected, read[j], "trial " + t + " K " + ks[j]);
                if (expected) pass++;
            }
            reopened += stream.reopened();
        }
        assertTrue(pass > trials && pass < trials * ks.length - trials, pass + " of " + trials * ks.length + " pass: both outcomes tested");
        assertTrue(reopened > 0, "no reading was left open: the fallback is untested");
        assertThrows(IllegalArgumentException.class,
                () -> new BinaryTrials.FirstMemory(ScalarFunction.exponential(1), 12, 1).fixedAt(new long[] {10, 5}));
    }

    @Test
    void oneMemoryHoldsWheneverTheOthersTermsCannotOutweighItsSignal() {
        // the bound behind ONE_PATTERN_ALPHA, per trial: Σ_{μ≥1} e^{m_μ}(e² − 1) < e^{N}(1 − e^{−2}) forces a fixed point
        int n = 14, forced = 0, notForced = 0;
        for (int k : new int[] {20, 200, 2000, 20000}) {
            for (int t = 0; t < 12; t++) {
                long seed = 7L * k + t;
                long[] words = PackedPatterns.random(k, n, seed).toWords();
                double crosstalk = 0;
                for (int mu = 1; mu < k; mu++) crosstalk += Math.exp(n - 2 * Long.bitCount(words[mu] ^ words[0])) * (Math.exp(2) - 1);
                boolean fixed = ExponentialCapacity.trial(ExponentialCapacity.Criterion.ONE_PATTERN, n, k, seed);
                if (crosstalk < Math.exp(n) * (1 - Math.exp(-2))) {
                    forced++;
                    assertTrue(fixed, "K " + k + " trial " + t + ": the bound forces a fixed point");
                } else {
                    notForced++;
                }
            }
        }
        assertTrue(forced > 5 && notForced > 5, forced + " trials forced, " + notForced + " not: both sides tested");
        assertEquals(Math.log(2), ExponentialCapacity.ONE_PATTERN_CEILING, 0);
        assertEquals(1 - Math.log(Math.cosh(1)), ExponentialCapacity.ONE_PATTERN_ALPHA, 0);
    }

    @Test
    void holdsBelowIsWhereTheWorstCaseCrosstalkMeetsTheSignal() {
        ExponentialCapacity.Criterion one = ExponentialCapacity.Criterion.ONE_PATTERN;
        for (int n : new int[] {12, 20, 40}) {
            // K·cosh(1)^N·(e² − 1) = e^N·(1 − e^{−2}) solved for ln K / N
            double edge = one.holdsBelow(n), crosstalkPerMemory = Math.pow(Math.cosh(1), n) * (Math.exp(2) - 1),
                    signal = Math.exp(n) * (1 - Math.exp(-2));
            assertEquals(1, Math.exp(edge * n) * crosstalkPerMemory / signal, 1e-9, "N_f = " + n + ": the bound meets the signal at holdsBelow");
            assertTrue(one.holdsBelow(n) < one.failsAbove());
        }
        assertTrue(one.holdsBelow(40) > one.holdsBelow(12), "the bound rises toward 1 − ln cosh 1");
        ExponentialCapacity.Criterion every = ExponentialCapacity.Criterion.EVERY_PATTERN;
        assertEquals(every.failsAbove(), every.holdsBelow(20), 0, "Demircigil's ln 2 / 2 is both");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> one.holdsBelow(0));
        assertTrue(e.getMessage().contains("N_f"), e.getMessage());
        Table t = ExponentialCapacity.builder().criterion(one, 10).trials(3).seed(1).run().table();
        assertEquals(one.holdsBelow(10), t.doubleColumn(ExponentialCapacity.HOLDS_BELOW).get(0), 0);
        assertEquals(Math.log(2), t.doubleColumn(ExponentialCapacity.FAILS_ABOVE).get(0), 0);
    }

    @Test
    void theEvaluationsAreEveryKTestedWithItsPassingTrials() {
        ExponentialCapacity.Builder b = ExponentialCapacity.builder().criterion(ExponentialCapacity.Criterion.EVERY_PATTERN, 12)
                .criterion(ExponentialCapacity.Criterion.ONE_PATTERN, 12, 16).trials(8).seed(5);
        ExponentialCapacity.Result r = b.run();
        Table ev = r.evaluations(), table = r.table();
        for (int row = 0; row < table.rowCount(); row++) {
            String label = table.stringColumn(ExponentialCapacity.CRITERION).get(row);
            int nf = table.intColumn("N_f").get(row);
            Table mine = ev.where(ev.stringColumn(ExponentialCapacity.CRITERION).isEqualTo(label).and(ev.intColumn("N_f").isEqualTo(nf)));
            assertEquals(table.intColumn("evaluations").get(row), mine.rowCount(), label + " " + nf);
            long kMax = table.longColumn(ExponentialCapacity.K_MAX).get(row);
            boolean after = false;
            for (int j = 0; j < mine.rowCount(); j++) {
                long k = mine.longColumn("K").get(j);
                double fraction = mine.doubleColumn(ExponentialCapacity.PASS_FRACTION).get(j);
                if (j % 7 == 0 || k == kMax) {   // recounted with independent trials
                    ExponentialCapacity.Criterion c = label.equals("one memory fixed") ? ExponentialCapacity.Criterion.ONE_PATTERN
                            : ExponentialCapacity.Criterion.EVERY_PATTERN;
                    assertEquals(b.passFraction(c, nf, k), fraction, 1e-12, label + " N_f " + nf + " K " + k);
                }
                assertEquals(Math.log(k) / nf, mine.doubleColumn(ExponentialCapacity.LN_K_PER_N).get(j), 1e-12);
                if (label.equals("one memory fixed")) {
                    if (j > 0) assertTrue(k > mine.longColumn("K").get(j - 1), "the scan's K increase");
                    if (after) assertTrue(fraction < 0.9, "a checkpoint after K_max passes: K " + k);
                    if (k == kMax) after = true;
                }
            }
        }
    }

    @Test
    void aScanStillPassingAtTheLimitIsAnErrorNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExponentialCapacity.builder()
                .criterion(ExponentialCapacity.Criterion.ONE_PATTERN, 20).trials(3).maxMemories(50).run());
        assertTrue(e.getMessage().contains("still holds at the limit K = 50") && e.getMessage().contains("raise maxMemories"), e.getMessage());
    }

    @Test
    void kMaxIsTheLastPassingKAndTheTableIsThreadIndependent() {
        ExponentialCapacity.Builder b = ExponentialCapacity.builder().criterion(ExponentialCapacity.Criterion.EVERY_PATTERN, 10, 14)
                .criterion(ExponentialCapacity.Criterion.ONE_PATTERN, 10, 14).trials(10).resolution(0).seed(3);
        Table one = b.threads(1).run().table(), two = b.threads(2).run().table();
        assertEquals(one.printAll(), two.printAll());
        for (int r = 0; r < one.rowCount(); r++) {
            ExponentialCapacity.Criterion c = r < 2 ? ExponentialCapacity.Criterion.EVERY_PATTERN : ExponentialCapacity.Criterion.ONE_PATTERN;
            int nf = one.intColumn("N_f").get(r);
            long kMax = one.longColumn(ExponentialCapacity.K_MAX).get(r);
            assertEquals(kMax + 1, one.longColumn(ExponentialCapacity.K_FAIL).get(r));
            assertTrue(b.passFraction(c, nf, kMax) >= 0.9);
            assertTrue(b.passFraction(c, nf, kMax + 1) < 0.9);
            if (c == ExponentialCapacity.Criterion.ONE_PATTERN) {
                // the scan's K_max: independent trials at every K from K_max + 1 to SCAN_BEYOND × K_max fail
                for (long k = kMax + 1; k <= ExponentialCapacity.SCAN_BEYOND * kMax; k++) {
                    assertTrue(b.passFraction(c, nf, k) < 0.9, "N_f " + nf + " K " + k);
                }
            }
            assertEquals(Math.log(kMax) / nf, one.doubleColumn(ExponentialCapacity.ALPHA).get(r), 1e-12);
        }
        // every memory fixed is harder than one memory fixed
        assertTrue(one.longColumn(ExponentialCapacity.K_MAX).get(1) < one.longColumn(ExponentialCapacity.K_MAX).get(3), one.printAll());
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
