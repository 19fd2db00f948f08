package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.List;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.PackedPatterns;
import lamp.memory.Patterns;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class CapacityScalingTest {

    private static CapacityScaling.Builder small() {
        return CapacityScaling.builder().order(2, 16, 32).order(3, 12, 20).trials(20).seed(3);
    }

    private static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (Column<?> c : expected.columns()) assertEquals(c.asList(), actual.column(c.name()).asList(), c.name());
    }

    // --- the trial and K_max against an independent computation ---------------------------------

    /**
     * Is ξ_0 a fixed point of (M9) for F = xⁿ? Computed from the definition: for each unit i, the
     * energies (M8) with σ_i = +1 and σ_i = −1, every overlap recomputed from scratch with Math.pow.
     */
    private static boolean fixedPointByDefinition(Memories xi, int n) {
        double[] sigma = xi.row(0);
        for (int i = 0; i < sigma.length; i++) {
            double plus = 0, minus = 0;
            for (int mu = 0; mu < xi.count(); mu++) {
                double[] row = xi.row(mu);
                double rest = 0;
                for (int j = 0; j < sigma.length; j++) if (j != i) rest += row[j] * sigma[j];
                plus += Math.pow(rest + row[i], n);
                minus += Math.pow(rest - row[i], n);
            }
            double next = plus > minus ? 1 : plus < minus ? -1 : sigma[i];
            if (next != sigma[i]) return false;
        }
        return true;
    }

    /** Successful trials at (n, N_f, K), by the definition above, with the documented per-trial seeds. */
    private static int successesByDefinition(int n, int features, int k, int trials, long seed) {
        int s = 0;
        for (int t = 0; t < trials; t++) {
            if (fixedPointByDefinition(PackedPatterns.random(k, features, Seeds.derive(seed, n, features, t)).toMemories(), n)) s++;
        }
        return s;
    }

    @Test
    void kMaxAgreesWithABruteForceScan() {
        int trials = 20;
        long seed = 17;
        int[][] points = {{2, 24}, {3, 12}, {4, 8}};
        CapacityScaling.Builder b = CapacityScaling.builder().trials(trials).threshold(0.9).resolution(0).seed(seed);
        for (int[] p : points) b.order(p[0], p[1]);
        Table t = b.run().table();
        for (int r = 0; r < points.length; r++) {
            int n = points[r][0], features = points[r][1];
            int kMax = t.intColumn(CapacityScaling.K_MAX).get(r);
            // scan K = 1, 2, … with the independent fixed-point test until the first K that fails
            int firstFail = 1;
            while (successesByDefinition(n, features, firstFail, trials, seed) >= 0.9 * trials) firstFail++;
            assertEquals(firstFail - 1, kMax, "n = " + n + ", N_f = " + features);
            assertEquals(firstFail, t.intColumn(CapacityScaling.K_FAIL).get(r));
            assertEquals(successesByDefinition(n, features, kMax, trials, seed) / (double) trials,
                    t.doubleColumn(CapacityScaling.EXACT_AT_K_MAX).get(r), 1e-15);
            assertEquals(successesByDefinition(n, features, firstFail, trials, seed) / (double) trials,
                    t.doubleColumn(CapacityScaling.EXACT_AT_K_FAIL).get(r), 1e-15);
        }
    }

    @Test
    void anUncorruptedTrialIsExactRetrievalBySweeps() {
        // one sweep that flips nothing ⟺ sweeps until none flips end exactly at ξ_0 (and for the
        // corrupted trial: the same sweeps run by DenseAssociativeMemory.retrieve)
        int agreeing = 0, successes = 0;
        for (int k = 20; k <= 200; k += 20) {
            for (int t = 0; t < 5; t++) {
                long trialSeed = Seeds.derive(99, k, t);
                Memories xi = PackedPatterns.random(k, 20, trialSeed).toMemories();
                DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.power(3));
                double[] target = xi.row(0);
                boolean retrieved = Arrays.equals(dam.retrieve(target, 100, 0).state(), target);
                assertEquals(retrieved, CapacityScaling.trial(3, 20, k, 0, 20, trialSeed), "K = " + k + ", trial " + t);
                assertEquals(fixedPointByDefinition(xi, 3), retrieved, "K = " + k + ", trial " + t);
                double[] query = Corruption.flip(target, 0.1, Seeds.derive(trialSeed, 1));
                boolean fromCorrupted = Arrays.equals(dam.retrieve(query, 20, 0).state(), target);
                assertEquals(fromCorrupted, CapacityScaling.trial(3, 20, k, 0.1, 20, trialSeed), "corrupted, K = " + k + ", trial " + t);
                agreeing++;
                if (retrieved) successes++;
            }
        }
        assertEquals(50, agreeing);
        assertTrue(successes > 5 && successes < 45, "the K range straddles the capacity: " + successes + " of 50 succeed");
    }

    // --- n = 2 against the classical error-free capacity ------------------------------------------

    /**
     * For F = x² from ξ_0, unit i sees the signal 4(N − 1) and crosstalk 4 Σ_{μ≠0} m_μ⁽ⁱ⁾ ξ_μi, a sum of
     * (K − 1)(N − 1) independent ±1 terms times 4: Gaussian with variance 16 (K − 1)(N − 1). Taking the
     * N units as independent, P(ξ_0 fixed) ≈ (1 − Q(√((N − 1)/(K − 1))))^N; the largest K where it is
     * ≥ 0.9 is this estimate's K_max.
     */
    private static int gaussianKMax(int n) {
        NormalDistribution z = new NormalDistribution();
        int k = 1;
        while (Math.pow(1 - (1 - z.cumulativeProbability(Math.sqrt((n - 1.0) / k))), n) >= 0.9) k++;
        return k;    // the last K with (K − 1) = k − 1 passing is K = k
    }

    @Test
    void classicalCapacityNearTheErrorFreeBound() {
        CapacityScaling.Result r = CapacityScaling.builder().order(2, 64, 128).trials(100).resolution(0).seed(2016).run();
        for (int features : new int[] {64, 128}) {
            int kMax = r.kMax(2, features);
            double bound = features / (2 * Math.log(features));   // N/(2 ln N), DAM 2016's formula at n = 2
            assertEquals(bound, CapacityScaling.formula(2, features), 1e-12);
            // the Gaussian estimate gives 8 (N = 64) and 13 (N = 128); near 0.9 one more memory lowers the
            // success probability by about 0.02–0.03, the binomial spread of 100 trials is 0.03: ±2 in K
            assertTrue(Math.abs(kMax - gaussianKMax(features)) <= 2, "N_f = " + features + ": K_max " + kMax + ", Gaussian estimate " + gaussianKMax(features));
            assertTrue(kMax / bound > 0.85 && kMax / bound < 1.25, "N_f = " + features + ": K_max " + kMax + " against N/(2 ln N) = " + bound);
        }
        assertEquals(8, gaussianKMax(64));
        assertEquals(13, gaussianKMax(128));
    }

    // --- determinism --------------------------------------------------------------------------------

    @Test
    void sameSeedSameTableOnAnyThreadCount() {
        Table one = small().threads(1).run().table();
        Table two = small().threads(2).run().table();
        Table three = small().threads(3).run().table();
        assertSameTable(one, two);
        assertSameTable(one, three);
        CapacityScaling.Builder b = small();
        assertSameTable(b.run().table(), b.run().table());
        assertEquals(List.of(3L, 3L, 3L, 3L), one.longColumn(Columns.SEED).asList());
        assertEquals(List.of(20, 20, 20, 20), one.intColumn(Columns.TRIALS).asList());
        Table other = small().seed(4).run().table();
        assertFalse(one.intColumn(CapacityScaling.K_MAX).asList().equals(other.intColumn(CapacityScaling.K_MAX).asList())
                        && one.doubleColumn(CapacityScaling.EXACT_AT_K_MAX).asList().equals(other.doubleColumn(CapacityScaling.EXACT_AT_K_MAX).asList()),
                "another seed draws other memories");
    }

    @Test
    void largeTrialsGiveTheSameTableOnAnyThreadCount() {
        // K_max ≈ 500 at N_f = 100, n = 3 (two words per memory): trials on one or three threads
        CapacityScaling.Builder b = CapacityScaling.builder().order(3, 100).order(5, 20).trials(10).resolution(0.1).seed(5);
        Table one = b.threads(1).run().table(), three = b.threads(3).run().table();
        assertTrue(one.intColumn(CapacityScaling.K_MAX).get(0) >= 300, one.printAll());
        assertSameTable(one, three);
    }

    // --- the result ---------------------------------------------------------------------------------

    @Test
    void tableRowsAndSlopes() {
        CapacityScaling.Result r = small().run();
        Table t = r.table();
        assertEquals(List.of(2, 2, 3, 3), t.intColumn(CapacityScaling.ORDER).asList());
        assertEquals(List.of(16, 32, 12, 20), t.intColumn(Columns.N_F).asList());
        for (int row = 0; row < t.rowCount(); row++) {
            int n = t.intColumn(CapacityScaling.ORDER).get(row), features = t.intColumn(Columns.N_F).get(row);
            int kMax = t.intColumn(CapacityScaling.K_MAX).get(row);
            assertEquals(kMax, r.kMax(n, features));
            assertTrue(t.doubleColumn(CapacityScaling.EXACT_AT_K_MAX).get(row) >= 0.9);
            assertTrue(t.doubleColumn(CapacityScaling.EXACT_AT_K_FAIL).get(row) < 0.9);
            assertEquals(CapacityTheory.polynomial(n, features), t.doubleColumn(CapacityScaling.FORMULA).get(row), 1e-12);
            assertEquals(kMax / CapacityTheory.polynomial(n, features), t.doubleColumn(CapacityScaling.RATIO).get(row), 1e-12);
        }
        // two points per order: the slope is the secant through them, the formula's its closed form
        for (int n : new int[] {2, 3}) {
            int a = n == 2 ? 16 : 12, b = n == 2 ? 32 : 20;
            double secant = Math.log((double) r.kMax(n, b) / r.kMax(n, a)) / Math.log((double) b / a);
            assertEquals(secant, r.slope(n), 1e-12);
            assertTrue(Double.isNaN(r.slopeError(n)));
            double formula = n - 1 - Math.log(Math.log(b) / Math.log(a)) / Math.log((double) b / a);
            assertEquals(formula, r.formulaSlope(n), 1e-12);
        }
        assertEquals(List.of(1, 2), r.slopes().intColumn(CapacityScaling.LEADING_SLOPE).asList());
        // the tables handed out are copies
        r.table().intColumn(CapacityScaling.K_MAX).set(0, -5);
        r.slopes().doubleColumn(CapacityScaling.SLOPE).set(0, -5.0);
        assertEquals(t.intColumn(CapacityScaling.K_MAX).get(0), r.table().intColumn(CapacityScaling.K_MAX).get(0));
        assertTrue(r.slope(2) > 0);
        assertEquals(OptionalLong.of(3), r.seed());
        assertEquals("no point n = 4, N_f = 16 in this run; points: (2, 16) (2, 32) (3, 12) (3, 20)",
                assertThrows(IllegalArgumentException.class, () -> r.kMax(4, 16)).getMessage());
        assertEquals("no order n = 4 in this run; orders: [2, 3]",
                assertThrows(IllegalArgumentException.class, () -> r.slope(4)).getMessage());
    }

    @Test
    void slopesFitThePointsWithAtLeastOneMemory() {
        // K_max = N_f² exactly at three N_f, plus a point that stored nothing: the fit skips it and finds slope 2
        List<CapacityScaling.Point> points = List.of(
                new CapacityScaling.Point(3, 8, 0, 1, Double.NaN, 0.0, CapacityTheory.polynomial(3, 8), 1),
                new CapacityScaling.Point(3, 16, 256, 257, 1.0, 0.0, CapacityTheory.polynomial(3, 16), 5),
                new CapacityScaling.Point(3, 32, 1024, 1025, 1.0, 0.0, CapacityTheory.polynomial(3, 32), 5),
                new CapacityScaling.Point(3, 64, 4096, 4097, 1.0, 0.0, CapacityTheory.polynomial(3, 64), 5),
                new CapacityScaling.Point(4, 16, 0, 1, Double.NaN, 0.0, CapacityTheory.polynomial(4, 16), 1));
        List<CapacityScaling.Slope> fits = CapacityScaling.slopes(points);
        assertEquals(2, fits.size());
        assertEquals(3, fits.get(0).points());
        assertEquals(2.0, fits.get(0).slope(), 1e-12);
        assertEquals(0.0, fits.get(0).slopeError(), 1e-9);
        assertEquals(CapacityScaling.formulaSlope(3, 16, 32, 64), fits.get(0).formulaSlope(), 1e-12);
        assertEquals(new CapacityScaling.Slope(4, 0, Double.NaN, Double.NaN, Double.NaN), fits.get(1), "no point to fit");
    }

    @Test
    void formulaSlopeOverTwoOctaveEnds() {
        // 16 and 256: ln(ln 256 / ln 16) / ln(256/16) = ln 2 / ln 16 = 1/4
        for (int n = 2; n <= 4; n++) assertEquals(n - 1 - 0.25, CapacityScaling.formulaSlope(n, 16, 256), 1e-12);
        double quick = CapacityScaling.formulaSlope(3, 16, 32, 64, 128, 256);
        assertTrue(quick < 2 && quick > 2 - 1 / Math.log(16), "n − 1 − 1/ln N at the centre of the grid: " + quick);
    }

    // --- progress ------------------------------------------------------------------------------------

    @Test
    void progressIsOneLineUpdatedInPlace() {
        List<CapacityScaling.Progress> seen = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CapacityScaling.Listener line = CapacityScaling.Listener.inPlace(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        CapacityScaling.Result r = small().listener(p -> {
            seen.add(p);
            line.update(p);
        }).run();
        int evaluations = r.table().intColumn(CapacityScaling.EVALUATIONS).asList().stream().mapToInt(Integer::intValue).sum();
        assertEquals(evaluations + 1, seen.size(), "one update per tested K and one at the end");
        CapacityScaling.Progress last = seen.get(seen.size() - 1);
        assertTrue(last.finished());
        assertEquals(evaluations, last.evaluations());
        assertEquals(4, last.points());
        for (int j = 0; j + 1 < seen.size(); j++) assertFalse(seen.get(j).finished());
        assertEquals(1, seen.get(0).point());
        assertEquals(4, seen.get(seen.size() - 2).point());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(seen.size(), out.chars().filter(c -> c == '\r').count(), "every update returns to the line's start");
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), "a single newline");
        assertTrue(out.endsWith(System.lineSeparator()), out);
        String end = out.substring(out.lastIndexOf('\r') + 1, out.length() - System.lineSeparator().length());
        assertEquals(last.line(), end.stripTrailing(), "the summary, padded over the longer line before it");
        assertTrue(seen.get(0).line().startsWith("capacity scaling n=2 N_f=16 (point 1/4): K="), seen.get(0).line());
    }

    @Test
    void inPlaceLinePadsOverLongerText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InPlaceLine line = new InPlaceLine(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        line.show("abcdef");
        line.show("xy");
        line.end("z");
        assertEquals("\rabcdef\rxy    \rz " + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    // --- bad input -----------------------------------------------------------------------------------

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void badSettingsAreNamed() {
        assertEquals("no order n given: call order(n, N_f...) before run()", message(() -> CapacityScaling.builder().run()));
        assertEquals("order n must be >= 2, got 1", message(() -> CapacityScaling.builder().order(1, 16)));
        assertEquals("N_f grid for n = 3 is empty", message(() -> CapacityScaling.builder().order(3)));
        assertEquals("N_f (order n = 3) must be >= 2, got 1", message(() -> CapacityScaling.builder().order(3, 16, 1)));
        assertEquals("N_f grid for n = 3 lists 64 twice", message(() -> CapacityScaling.builder().order(3, 64, 32, 64)));
        assertEquals("order n = 3 is given twice", message(() -> CapacityScaling.builder().order(3, 16).order(3, 32)));
        assertEquals("trials must be >= 1, got 0", message(() -> CapacityScaling.builder().trials(0)));
        assertEquals("threshold must lie in (0, 1], got 0.0", message(() -> CapacityScaling.builder().threshold(0)));
        assertEquals("threshold must lie in (0, 1], got NaN", message(() -> CapacityScaling.builder().threshold(Double.NaN)));
        assertEquals("corruption fraction must lie in [0, 0.5), got 0.5", message(() -> CapacityScaling.builder().corruption(0.5)));
        assertEquals("resolution must be finite and >= 0, got -0.01", message(() -> CapacityScaling.builder().resolution(-0.01)));
        assertEquals("threads must be >= 1, got 0", message(() -> CapacityScaling.builder().threads(0)));
        assertEquals("max sweeps must be >= 1, got 0", message(() -> CapacityScaling.builder().maxSweeps(0)));
        assertEquals("max memories must be >= 1, got 0", message(() -> CapacityScaling.builder().maxMemories(0)));
        assertEquals("N_f grid is null", message(() -> CapacityScaling.formulaSlope(3, (int[]) null)));
        IllegalStateException capped = assertThrows(IllegalStateException.class,
                () -> CapacityScaling.builder().order(3, 32).maxMemories(10).run());
        assertEquals("n = 3, N_f = 32: the predicate still holds at the limit K = 10 (evaluations: 1); raise maxMemories(…) above 10",
                capped.getMessage());
    }
}
