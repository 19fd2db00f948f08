package lamp.limit;

import static lamp.network.TestFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.linalg.Dense;
import lamp.memory.Memories;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * Model A with sharp feature neurons (THEORY.md §3, M8–M9): §5 checks 7 and 8 and the binary DAM
 * exact values.
 */
class DenseAssociativeMemoryTest {

    /** −½σᵀ(ξᵀξ)σ written out. */
    static double hebbianEnergy(Memories xi, double[] s) {
        int n = xi.dimension();
        double e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double t = 0;
                for (int mu = 0; mu < xi.count(); mu++) t += xi.get(mu, i) * xi.get(mu, j);
                e -= 0.5 * s[i] * t * s[j];
            }
        }
        return e;
    }

    /**
     * §5 check 7: the classical Hopfield energy −½σᵀ(ξᵀξ)σ equals (M8) with F = x²/2, and equals
     * the effective energy (M5) with sharp feature neurons L_v = Σ|v| and L_h = Σ h²/2.
     */
    @Test
    void check7_classicalEnergyIsM8WithQuadraticF() {
        Random rng = new Random(701);
        Memories xi = TestFixtures.randomPatterns(rng, 5, 100);
        DenseAssociativeMemory classical = new DenseAssociativeMemory(xi, ScalarFunction.quadratic());
        AssociativeMemory byName = Models.create("classical", xi);
        EffectiveNetwork sharp = new EffectiveNetwork(xi, Lagrangians.sign(), Lagrangians.identity(), 1, null);
        for (int s = 0; s < 10; s++) {
            double[] sigma = TestFixtures.sign(TestFixtures.gaussian(rng, 100, 1));
            double expected = hebbianEnergy(xi, sigma);
            assertRelative(expected, classical.energy(sigma), 1e-9, "(M8) with F = x²/2");
            assertRelative(expected, byName.energy(sigma), 1e-9, "Models.create(classical)");
            assertRelative(expected, sharp.energy(sigma), 1e-9, "(M5) with L_v = Σ|v|");
        }
        // with an input current, (M5) with sharp features is (M8): the first term becomes −I·σ
        double[] input = TestFixtures.gaussian(rng, 100, 1);
        DenseAssociativeMemory withInput = new DenseAssociativeMemory(xi, ScalarFunction.quadratic(), input);
        EffectiveNetwork sharpWithInput = new EffectiveNetwork(xi, Lagrangians.sign(), Lagrangians.identity(), 1, input);
        for (int s = 0; s < 10; s++) {
            double[] sigma = TestFixtures.sign(TestFixtures.gaussian(rng, 100, 1));
            double expected = hebbianEnergy(xi, sigma) - Dense.dot(input, sigma);
            assertRelative(expected, withInput.energy(sigma), 1e-9, "(M8) with I");
            assertRelative(expected, sharpWithInput.energy(sigma), 1e-9, "(M5) with L_v = Σ|v| and I");
        }
    }

    /** §5 check 7: with N_f = 100, 5 random patterns are fixed points of the asynchronous update (M9). */
    @Test
    void check7_fivePatternsAreFixedPoints() {
        for (long seed = 0; seed < 10; seed++) {
            Random rng = new Random(710 + seed);
            Memories xi = TestFixtures.randomPatterns(rng, 5, 100);
            DenseAssociativeMemory classical = new DenseAssociativeMemory(xi, ScalarFunction.quadratic());
            for (int mu = 0; mu < 5; mu++) {
                double[] p = xi.row(mu);
                assertArrayEquals(p, classical.update(p), "seed " + seed + " pattern " + mu + " moved under a sweep");
                Retrieval r = classical.retrieve(p);
                assertTrue(r.converged());
                assertEquals(1, r.steps(), "no unit flips in the first sweep");
            }
        }
    }

    static double exactRecallRate(AssociativeMemory model, Memories xi, int trials, int flips, Random rng) {
        int ok = 0;
        for (int t = 0; t < trials; t++) {
            int mu = rng.nextInt(xi.count());
            double[] pattern = xi.row(mu);
            Retrieval r = model.retrieve(TestFixtures.flip(pattern, flips, rng));
            if (Arrays.equals(pattern, r.state())) ok++;
        }
        return ok / (double) trials;
    }

    /**
     * §5 check 8: polynomial DAM F = x³ (n = 3), N_f = 100, K = 200 random patterns, 10%
     * corruption (10 entries), asynchronous sweeps of (M9) to convergence: exact recall in ≥ 90% of
     * 50 trials; the classical network (F = x²/2) at K = 200 fails almost always (≤ 10%).
     */
    @Test
    void check8_polynomialDamStoresMorePatternsThanFeatures() {
        Random rng = new Random(801);
        Memories xi = TestFixtures.randomPatterns(rng, 200, 100);
        double dam = exactRecallRate(Models.create("dam(3)", xi), xi, 50, 10, rng);
        double classical = exactRecallRate(Models.create("classical", xi), xi, 50, 10, rng);
        assertTrue(dam >= 0.9, "DAM n = 3 exact recall " + dam);
        assertTrue(classical <= 0.1, "classical exact recall at K = 200 = " + classical);
    }

    /** (M9): every sweep (a sequence of single flips) never raises (M8), for several F. */
    @Test
    void asynchronousSweepsNeverRaiseM8() {
        Random rng = new Random(802);
        Memories xi = TestFixtures.randomPatterns(rng, 60, 40);
        ScalarFunction[] fs = {ScalarFunction.quadratic(), ScalarFunction.power(3), ScalarFunction.rectifiedPower(3),
                ScalarFunction.power(4), ScalarFunction.exponential(0.5)};
        double[] input = TestFixtures.gaussian(rng, 40, 2);
        for (ScalarFunction f : fs) {
            for (double[] in : new double[][] {null, input}) {
                DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, f, in);
                double[] s = TestFixtures.sign(TestFixtures.gaussian(rng, 40, 1));
                double e = dam.energy(s);
                for (int sweep = 0; sweep < 10; sweep++) {
                    s = dam.update(s);
                    double next = dam.energy(s);
                    assertTrue(next <= e + 1e-9 * Math.abs(e), f + ": E rose " + e + " → " + next);
                    e = next;
                }
            }
        }
    }

    /**
     * Exact values: memories (1,1,1,1), (1,−1,1,−1), (1,1,−1,−1); σ̃ = first memory with its first bit
     * flipped. F = x²: −16, −12; (x)₊²: −16, −4; x³: −64, +8; (x)₊³: −64, −8. (F = x² is
     * power(2); quadratic() is x²/2.)
     */
    @Test
    void exactValues_binaryDamEnergies() {
        Memories xi = Memories.of(new double[] {1, 1, 1, 1}, new double[] {1, -1, 1, -1}, new double[] {1, 1, -1, -1});
        double[] memory = {1, 1, 1, 1}, flipped = {-1, 1, 1, 1};
        Object[][] cases = {
            {ScalarFunction.power(2), "dam(2)", -16.0, -12.0},
            {ScalarFunction.rectifiedPower(2), "rectified(2)", -16.0, -4.0},
            {ScalarFunction.power(3), "dam(3)", -64.0, 8.0},
            {ScalarFunction.rectifiedPower(3), "rectified(3)", -64.0, -8.0},
        };
        for (Object[] c : cases) {
            DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, (ScalarFunction) c[0]);
            AssociativeMemory named = Models.create((String) c[1], xi);
            assertRelative((Double) c[2], dam.energy(memory), 1e-9, c[1] + " at the memory");
            assertRelative((Double) c[3], dam.energy(flipped), 1e-9, c[1] + " at σ̃");
            assertRelative((Double) c[2], named.energy(memory), 1e-9, c[1] + " (by name) at the memory");
            assertRelative((Double) c[3], named.energy(flipped), 1e-9, c[1] + " (by name) at σ̃");
        }
        // F = x²/2 halves the F = x² values
        assertRelative(-8, new DenseAssociativeMemory(xi, ScalarFunction.quadratic()).energy(memory), 1e-9, "x²/2 at the memory");
    }
}
