package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

/**
 * Randomized (seeded) over catalogue Lagrangian pairs, sizes and scales from 1e-8 to 1e3 of the
 * memories, states and inputs: every call of the effective models (energy, update, energyRate,
 * retrieve) and of the binary DAM (energy, update, retrieve) ends within a time limit and gives
 * finite numbers, or an IllegalArgumentException / ArithmeticException with a message; never a
 * hang, never ±∞ or NaN, never another exception. The time limit is a hang guard, not a speed test.
 */
class ExtremeScalesTest {
    static final long SEED = 20_210_503L;
    static final double[] SCALES = {1e-8, 1e-5, 1e-2, 1, 10, 1e3};
    static final Duration LIMIT = Duration.ofSeconds(10);

    /** What one call gave. */
    enum Outcome { FINITE, REFUSED, BEYOND_RANGE }

    final int[] counts = new int[Outcome.values().length];

    static Lagrangian lagrangian(Random rng) {
        double beta = Math.exp(rng.nextDouble() * 6 - 3);   // 0.05 … 20
        switch (rng.nextInt(10)) {
            case 0: return Lagrangians.identity();
            case 1: return Lagrangians.rectifiedPower(1 + 3 * rng.nextDouble());
            case 2: return Lagrangians.exponential(beta);
            case 3: return Lagrangians.tanh(beta);
            case 4: return Lagrangians.sigmoid(beta);
            case 5: return Lagrangians.sign();
            case 6: return Lagrangians.logSumExp(beta);
            case 7: return Lagrangians.spherical();
            case 8: return Lagrangians.layerNorm(rng.nextDouble() * 2, rng.nextGaussian());
            default: return Lagrangians.negativeLogCosh(beta);
        }
    }

    static ScalarFunction interaction(Random rng) {
        switch (rng.nextInt(5)) {
            case 0: return ScalarFunction.quadratic();
            case 1: return ScalarFunction.power(1 + rng.nextInt(rng.nextBoolean() ? 6 : 400));
            case 2: return ScalarFunction.rectifiedPower(1 + rng.nextDouble() * (rng.nextBoolean() ? 5 : 300));
            case 3: return ScalarFunction.exponential(Math.exp(rng.nextDouble() * 8 - 4));
            default: return ScalarFunction.of("x·tanh(x)", x -> x * Math.tanh(x), x -> 0, x -> 0, true);
        }
    }

    static double[] gaussian(Random rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = scale * rng.nextGaussian();
        return v;
    }

    static Memories memories(Random rng, int k, int n, double scale, boolean binary) {
        double[] a = new double[k * n];
        for (int j = 0; j < a.length; j++) a[j] = scale * (binary ? (rng.nextBoolean() ? 1 : -1) : rng.nextGaussian());
        return Memories.of(k, n, a);
    }

    /** Runs one call under the time limit and classifies what it gave. */
    void call(String what, Supplier<Object> call) {
        Outcome o = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Object r = call.get();
                if (r instanceof Double d) {
                    if (!Double.isFinite(d)) fail(what + " returned " + d);
                } else if (r instanceof double[] v) {
                    for (int i = 0; i < v.length; i++) if (!Double.isFinite(v[i])) fail(what + " returned " + v[i] + " at " + i);
                } else if (r instanceof Retrieval ret) {
                    for (double x : ret.state()) if (!Double.isFinite(x)) fail(what + " retrieved " + x);
                    if (ret.hasEnergy() && !Double.isFinite(ret.energy())) fail(what + " retrieved energy " + ret.energy());
                }
                return Outcome.FINITE;
            } catch (IllegalArgumentException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) fail(what + ": refused without a message");
                return Outcome.REFUSED;
            } catch (ArithmeticException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) fail(what + ": out of range without a message");
                return Outcome.BEYOND_RANGE;
            }
        }, () -> what + " did not end within " + LIMIT);
        counts[o.ordinal()]++;
    }

    @Test
    void effectiveModelsAtExtremeScalesGiveNumbersOrClearErrors() {
        Random rng = new Random(SEED);
        for (int t = 0; t < 400; t++) {
            Lagrangian lv = lagrangian(rng), lh = lagrangian(rng);
            int n = 1 + rng.nextInt(9), k = 1 + rng.nextInt(14);
            double sx = SCALES[rng.nextInt(SCALES.length)], sv = SCALES[rng.nextInt(SCALES.length)];
            Memories xi = memories(rng, k, n, sx, rng.nextBoolean());
            double[] input = rng.nextBoolean() ? null : gaussian(rng, n, SCALES[rng.nextInt(SCALES.length)]);
            double[] v = gaussian(rng, n, sv);
            EffectiveNetwork net;
            switch (rng.nextInt(4)) {
                case 0: net = new ModernHopfield(xi, Math.exp(rng.nextDouble() * 6 - 3), input); break;
                case 1: net = new SphericalMemory(xi, lh, input); break;
                default: net = new EffectiveNetwork(xi, lv, lh, 0.1 + rng.nextDouble(), input);
            }
            String at = "seed " + SEED + " instance " + t + ": " + net.name() + ", N_f=" + n + ", K=" + k + ", ξ scale " + sx
                    + ", v scale " + sv + ": ";
            EffectiveNetwork m = net;
            call(at + "energy", () -> m.energy(v));
            call(at + "update", () -> m.update(v));
            call(at + "energyRate", () -> m.energyRate(v));
            call(at + "retrieve", () -> m.retrieve(v, 20, 1e-9));
        }
        assertTrue(counts[Outcome.FINITE.ordinal()] > 800, "most calls give numbers: " + Arrays.toString(counts));
        assertTrue(counts[Outcome.BEYOND_RANGE.ordinal()] > 0, "some scales leave the double range: " + Arrays.toString(counts));
    }

    @Test
    void binaryDamAtExtremeScalesGivesNumbersOrClearErrors() {
        Random rng = new Random(SEED + 1);
        for (int t = 0; t < 200; t++) {
            ScalarFunction f = interaction(rng);
            int n = 1 + rng.nextInt(40), k = 1 + rng.nextInt(60);
            double sx = SCALES[rng.nextInt(SCALES.length)];
            Memories xi = memories(rng, k, n, sx, rng.nextBoolean());
            double[] input = rng.nextBoolean() ? null : gaussian(rng, n, SCALES[rng.nextInt(SCALES.length)]);
            DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, f, input);
            double[] v = gaussian(rng, n, 1);
            String at = "seed " + (SEED + 1) + " instance " + t + ": " + dam.name() + ", N_f=" + n + ", K=" + k + ", ξ scale " + sx + ": ";
            call(at + "energy", () -> dam.energy(v));
            call(at + "update", () -> dam.update(v));
            call(at + "retrieve", () -> dam.retrieve(v, 30, 0));
        }
        assertTrue(counts[Outcome.FINITE.ordinal()] > 400, "most calls give numbers: " + Arrays.toString(counts));
    }
}
