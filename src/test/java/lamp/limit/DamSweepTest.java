package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import lamp.lagrangian.ScalarFunction;
import lamp.linalg.Parallel;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

/**
 * The incremental O(K·N_f) sweep against a naive sweep that recomputes every overlap from scratch
 * for every unit (O(K·N_f²)), and a retrieval inside a parallel part against one outside it.
 */
class DamSweepTest {

    private static Memories signs(int k, int n, SplittableRandom r) {
        double[] d = new double[k * n];
        for (int j = 0; j < d.length; j++) d[j] = r.nextBoolean() ? 1 : -1;
        return Memories.of(k, n, d);
    }

    private static double[] corrupt(double[] pattern, double fraction, SplittableRandom r) {
        double[] s = pattern.clone();
        for (int i = 0; i < s.length; i++) if (r.nextDouble() < fraction) s[i] = -s[i];
        return s;
    }

    /** One asynchronous sweep of M9 written from the definition: all overlaps recomputed per unit. */
    private static int naiveSweep(Memories xi, DoubleUnaryOperator f, double[] input, double[] sigma) {
        int k = xi.count(), n = xi.dimension(), flips = 0;
        for (int i = 0; i < n; i++) {
            double keep = sigma[i];
            double diff = 2 * input[i];
            for (int mu = 0; mu < k; mu++) {
                sigma[i] = 1;
                double plus = 0;
                for (int j = 0; j < n; j++) plus += xi.get(mu, j) * sigma[j];
                sigma[i] = -1;
                double minus = 0;
                for (int j = 0; j < n; j++) minus += xi.get(mu, j) * sigma[j];
                diff += f.applyAsDouble(plus) - f.applyAsDouble(minus);
            }
            double next = diff > 0 ? 1 : diff < 0 ? -1 : keep;
            sigma[i] = next;
            if (next != keep) flips++;
        }
        return flips;
    }

    private static double naiveEnergy(Memories xi, DoubleUnaryOperator f, double[] input, double[] sigma) {
        double e = 0;
        for (int mu = 0; mu < xi.count(); mu++) {
            double m = 0;
            for (int j = 0; j < xi.dimension(); j++) m += xi.get(mu, j) * sigma[j];
            e -= f.applyAsDouble(m);
        }
        for (int j = 0; j < sigma.length; j++) e -= input[j] * sigma[j];
        return e;
    }

    private static void checkAgainstNaive(ScalarFunction f, int k, int n, boolean withInput, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Memories xi = signs(k, n, r);
        double[] input = new double[n];
        if (withInput) for (int i = 0; i < n; i++) input[i] = r.nextDouble() - 0.5;
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, f, input);
        double[] start = corrupt(xi.row(0), 0.3, r);
        double[] fast = start.clone(), naive = start.clone();
        double[] m = xi.multiply(fast);
        for (int sweep = 0; sweep < 3; sweep++) {
            int flipsFast = dam.sweep(fast, m);
            int flipsNaive = naiveSweep(xi, f::value, input, naive);
            String at = f.name() + " K=" + k + " N=" + n + " sweep " + sweep;
            assertArrayEquals(naive, fast, 0.0, at + ": σ");
            assertEquals(flipsNaive, flipsFast, at + ": flips");
            assertArrayEquals(xi.multiply(fast), m, 1e-9, at + ": kept overlaps = ξσ");
            double e = naiveEnergy(xi, f::value, input, naive);
            assertEquals(e, dam.energy(fast), 1e-12 * Math.abs(e) + 1e-12, at + ": energy");
        }
    }

    @Test
    void quadraticMatchesNaiveSweep() {
        checkAgainstNaive(ScalarFunction.quadratic(), 40, 60, true, 1);
    }

    @Test
    void squareMatchesNaiveSweep() {
        checkAgainstNaive(ScalarFunction.power(2), 50, 64, false, 2);
    }

    @Test
    void cubeMatchesNaiveSweep() {
        checkAgainstNaive(ScalarFunction.power(3), 120, 70, false, 3);
        checkAgainstNaive(ScalarFunction.power(3), 403, 41, true, 4); // above the parallel threshold, odd K
    }

    @Test
    void higherPowerMatchesNaiveSweep() {
        checkAgainstNaive(ScalarFunction.power(5), 60, 40, false, 5);
        checkAgainstNaive(ScalarFunction.power(30), 50, 64, true, 15);   // 64³⁰ ≈ 1e54: still summed as it is
    }

    @Test
    void rectifiedCubeMatchesNaiveSweep() {
        checkAgainstNaive(ScalarFunction.rectifiedPower(3), 150, 64, false, 6);
        checkAgainstNaive(ScalarFunction.rectifiedPower(2.5), 50, 30, true, 7);
    }

    @Test
    void exponentialMatchesNaiveSweep() {
        checkAgainstNaive(ScalarFunction.exponential(0.2), 90, 50, false, 8);
        checkAgainstNaive(ScalarFunction.exponential(0.05), 500, 40, true, 9);
    }

    @Test
    void userDefinedFunctionMatchesNaiveSweep() {
        ScalarFunction f = ScalarFunction.of("tanh-ish", x -> x * Math.tanh(x / 8), x -> 0, x -> 0, false);
        checkAgainstNaive(f, 70, 45, true, 10);
    }

    /** The kernel chooses by type: a user F that merely carries a catalogue name goes through its own lambda. */
    @Test
    void userFunctionWithACatalogueNameIsEvaluatedAsWritten() {
        ScalarFunction impostor = ScalarFunction.of("x^3", x -> x * x * x + x, x -> 3 * x * x + 1, x -> 6 * x, false);
        checkAgainstNaive(impostor, 30, 25, false, 11);
        ScalarFunction shifted = ScalarFunction.of("x²/2", x -> 0.5 * x * x + 3 * x, x -> x + 3, x -> 1, true);
        checkAgainstNaive(shifted, 30, 25, false, 12);
    }

    @Test
    void retrievalFromInsideAParallelPartIsTheSame() {
        SplittableRandom r = new SplittableRandom(13);
        Memories xi = signs(800, 120, r);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.power(3));
        double[] q = corrupt(xi.row(5), 0.25, r);
        double[] outside = dam.retrieve(q, 10, 0).state();
        double[][] inside = new double[2][];
        Parallel.forEach(2, p -> inside[p] = dam.retrieve(q, 10, 0).state());
        assertArrayEquals(outside, inside[0], 0.0);
        assertArrayEquals(outside, inside[1], 0.0);
        assertArrayEquals(xi.row(5), outside, 0.0, "a 25% corrupted pattern among 800 is retrieved for F = x³ at N = 120");
    }
}
