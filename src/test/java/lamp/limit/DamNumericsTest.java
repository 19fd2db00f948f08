package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Corruption;
import lamp.memory.Digits;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/**
 * The binary DAM (M8, M9) where F's values leave the double range: the sweep compares scaled
 * differences and retrieves right; an energy a double cannot hold is an ArithmeticException that
 * gives its size; bad σ and overlaps are refused with messages that say what is wrong.
 */
class DamNumericsTest {

    static final int[] CLASSES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    /** Exponential DAM on 784-pixel digits: e^{784} overflows, retrieval must not care. */
    @Test
    void exponentialDamRetrievesDigitsAndSaysItsEnergyIsBeyondRange() {
        Memories xi = Digits.memories(3, CLASSES);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.exponential(1));
        for (int mu = 0; mu < xi.count(); mu++) {
            double[] q = Corruption.flip(xi.row(mu), 0.25, 100 + mu);
            Retrieval r = dam.retrieve(q);
            assertArrayEquals(xi.row(mu), r.state(), 0.0, "digit " + mu + " with 25% of its pixels flipped");
            assertTrue(r.converged() && r.steps() >= 2, "a real retrieval: " + r);
            assertFalse(r.hasEnergy());
            ArithmeticException e = assertThrows(ArithmeticException.class, r::energy);
            assertTrue(e.getMessage().startsWith("DAM F=exp(1x): the energy −Σ_μ F(ξ_μ·σ) − I·σ at this state is about −10^340.5,"
                    + " beyond the double range (|E| < 1.8e308)"), e.getMessage());
            assertTrue(r.toString().endsWith("energy=unavailable}"), r.toString());
        }
        // an energy that fits is still a number: β = 0.5 gives e^{392} = 10^170.2
        double e = new DenseAssociativeMemory(xi, ScalarFunction.exponential(0.5)).energy(xi.row(0));
        assertEquals(-392 / Math.log(10), -Math.log10(-e), 0.01);
    }

    /** σ after one sweep of (M9) for F = xⁿ on ±1 memories, in exact integer arithmetic. */
    static double[] exactSweep(Memories xi, int n, double[] sigma) {
        double[] s = sigma.clone();
        for (int i = 0; i < s.length; i++) {
            BigInteger d = BigInteger.ZERO;
            for (int mu = 0; mu < xi.count(); mu++) {
                long m0 = 0;
                for (int j = 0; j < s.length; j++) if (j != i) m0 += (long) (xi.get(mu, j) * s[j]);
                long x = (long) xi.get(mu, i);
                d = d.add(BigInteger.valueOf(m0 + x).pow(n)).subtract(BigInteger.valueOf(m0 - x).pow(n));
            }
            if (d.signum() != 0) s[i] = d.signum();
        }
        return s;
    }

    /** dam(200) at N_f = 100: (±100)²⁰⁰ = 10⁴⁰⁰ overflows; scaled differences give the exact sweep. */
    @Test
    void highOrderSweepsEqualExactIntegerArithmetic() {
        for (int n : new int[] {200, 201, 1000}) {
            Memories xi = Patterns.randomBinary(20, 100, 31 + n);
            DenseAssociativeMemory dam = (DenseAssociativeMemory) Models.create("dam(" + n + ")", xi);
            double[] sigma = Corruption.flip(xi.row(3), 0.3, 7);
            for (int sweep = 0; sweep < 3; sweep++) {
                double[] exact = exactSweep(xi, n, sigma);
                double[] fast = dam.update(sigma);
                assertArrayEquals(exact, fast, 0.0, "x^" + n + " sweep " + sweep);
                sigma = fast;
            }
            Retrieval r = dam.retrieve(Corruption.flip(xi.row(5), 0.3, 8));
            assertArrayEquals(xi.row(5), r.state(), 0.0, "x^" + n + " retrieves memory 5 from 30% flipped");
            assertTrue(r.converged() && r.steps() >= 2, r.toString());
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> dam.energy(xi.row(5)));
            assertTrue(e.getMessage().contains("is about −10^" + (2 * n) + ".0, beyond the double range"),
                    e.getMessage());
        }
    }

    /**
     * F = xⁿ, (x)₊ⁿ, x²/2 are homogeneous, so scaling ξ by c scales every difference by cⁿ and changes
     * no decision: at c = 1e-8 (underflow) and c = 1e3 (overflow) the sweep is the one at c = 1,
     * which for F = x¹⁰⁰ is checked against exact integers.
     */
    @Test
    void extremeMemoryScalesChangeNoDecision() {
        Memories xi = Patterns.randomBinary(30, 40, 12);
        double[] start = Corruption.flip(xi.row(2), 0.35, 13);
        ScalarFunction[] fs = {ScalarFunction.power(100), ScalarFunction.power(7), ScalarFunction.rectifiedPower(40.5),
                ScalarFunction.quadratic()};
        for (ScalarFunction f : fs) {
            double[] reference = new DenseAssociativeMemory(xi, f).update(start);
            if (f.equals(ScalarFunction.power(100))) assertArrayEquals(exactSweep(xi, 100, start), reference, 0.0);
            for (double c : new double[] {1e-8, 1e3, 1e-150, 1e150}) {
                double[] rows = xi.toRowMajor();
                for (int j = 0; j < rows.length; j++) rows[j] *= c;
                double[] scaled = new DenseAssociativeMemory(Memories.of(xi.count(), xi.dimension(), rows), f).update(start);
                assertArrayEquals(reference, scaled, 0.0, f + " with ξ scaled by " + c);
            }
        }
    }

    @Test
    void sweepRefusesStatesAndOverlapsThatDoNotBelongTogether() {
        Memories xi = Patterns.randomBinary(5, 8, 3);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.power(3));
        double[] sigma = xi.row(0);
        double[] m = xi.multiply(sigma);
        double[] half = sigma.clone();
        half[2] = 0.5;
        assertEquals("σ[2] is 0.5: a DAM state holds only +1 and −1",
                assertThrows(IllegalArgumentException.class, () -> dam.sweep(half, xi.multiply(sigma))).getMessage());
        double[] other = sigma.clone();
        other[4] = -other[4];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dam.sweep(other, m.clone()));
        assertTrue(e.getMessage().startsWith("the overlaps do not belong to σ: a weighted sum of them is "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; pass m = ξσ (memories().multiply(σ)) and keep it with σ"), e.getMessage());
        double[] bad = m.clone();
        bad[3] = Double.NaN;
        assertEquals("overlap 3 is NaN (must be finite)",
                assertThrows(IllegalArgumentException.class, () -> dam.sweep(sigma.clone(), bad)).getMessage());
        assertEquals("σ must have length 8 and the overlaps 5, got 7 and 5",
                assertThrows(IllegalArgumentException.class, () -> dam.sweep(new double[7], m.clone())).getMessage());
        // a permutation of the right overlaps has the right sum but not the right weighted sum
        double[] swapped = m.clone();
        int a = 0, b = 1;
        while (swapped[a] == swapped[b]) b++;
        double t = swapped[a];
        swapped[a] = swapped[b];
        swapped[b] = t;
        assertThrows(IllegalArgumentException.class, () -> dam.sweep(sigma.clone(), swapped));
    }

    /** Overlaps kept by many sweeps on real-valued memories drift by rounding only, far below the check. */
    @Test
    void overlapsKeptAcrossManySweepsStillPassTheCheck() {
        Memories xi = Patterns.gaussian(400, 60, 21);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.power(3));
        double[] sigma = Patterns.randomBinaryVector(60, 22);
        double[] m = xi.multiply(sigma);
        int flips = 0;
        for (int round = 0; round < 300; round++) {
            flips += dam.sweep(sigma, m);          // checked every time
            int j = round % 60;                    // knock one unit off the fixed point, overlaps kept in place
            sigma[j] = -sigma[j];
            for (int mu = 0; mu < m.length; mu++) m[mu] += 2 * sigma[j] * xi.get(mu, j);
        }
        assertTrue(flips > 100, "flips " + flips);
        assertArrayEquals(xi.multiply(sigma), m, 1e-9);
    }

    /** A user F that overflows is an error naming F and the unit, never a silent tie or a false "converged". */
    @Test
    void userFunctionThatOverflowsIsAnError() {
        Memories xi = Patterns.randomBinary(6, 64, 4);
        ScalarFunction steep = ScalarFunction.of("e^{x²}", x -> Math.exp(x * x), x -> 2 * x * Math.exp(x * x), x -> 0, true);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, steep);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> dam.retrieve(Corruption.flip(xi.row(0), 0.1, 1)));
        assertTrue(e.getMessage().startsWith("F = e^{x²}: the difference Σ_μ F(m_μ + ξ_μi) − F(m_μ − ξ_μi) for unit 0 is NaN"
                + " (F leaves the double range at arguments up to 64.0)"), e.getMessage());
        ArithmeticException energy = assertThrows(ArithmeticException.class, () -> dam.energy(xi.row(0)));
        assertEquals("DAM F=e^{x²}: Σ_μ F(ξ_μ·σ) is not finite at this state (F leaves the double range at overlaps up to 64.0)",
                energy.getMessage());
    }

    @Test
    void exponentialWhoseExponentCannotBeFormedIsRefused() {
        Memories xi = Patterns.randomBinary(6, 784, 5);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.exponential(1e306));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dam.update(xi.row(0)));
        assertEquals("F = exp(1.0E306x) with memories of ‖ξ_μ‖₁ up to 784.0: β·‖ξ_μ‖₁ = Infinity is beyond the double range",
                e.getMessage());
    }
}
