package lamp.limit;

import static lamp.network.TestFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/** The explicit-weight classical network against (M8)/(M9) with F = x²/2 (THEORY.md §5 check 7). */
class HebbianTest {

    @Test
    void weightsAreXiTransposeXi() {
        Memories xi = Memories.of(new double[] {1, -1, 1}, new double[] {1, 1, -1});
        double[][] t = Hebbian.weights(xi);
        assertArrayEquals(new double[] {2, 0, 0}, t[0]);
        assertArrayEquals(new double[] {0, 2, -2}, t[1]);
        assertArrayEquals(new double[] {0, -2, 2}, t[2]);
    }

    @Test
    void energyEqualsM8WithQuadraticF() {
        Random rng = new Random(11);
        Memories xi = Patterns.randomBinary(7, 40, 3);
        double[][] t = Hebbian.weights(xi);
        double[] input = TestFixtures.gaussian(rng, 40, 1);
        DenseAssociativeMemory plain = new DenseAssociativeMemory(xi, ScalarFunction.quadratic());
        DenseAssociativeMemory driven = new DenseAssociativeMemory(xi, ScalarFunction.quadratic(), input);
        for (int s = 0; s < 20; s++) {
            double[] sigma = TestFixtures.sign(TestFixtures.gaussian(rng, 40, 1));
            assertRelative(plain.energy(sigma), Hebbian.energy(t, sigma), 1e-12, "−½σᵀTσ");
            assertRelative(driven.energy(sigma), Hebbian.energy(t, sigma, input), 1e-12, "−½σᵀTσ − I·σ");
        }
    }

    @Test
    void sweepEqualsM9WithQuadraticF() {
        Random rng = new Random(12);
        for (int k : new int[] {3, 10, 30}) {
            Memories xi = Patterns.randomBinary(k, 50, k);
            double[][] t = Hebbian.weights(xi);
            double[] input = TestFixtures.gaussian(rng, 50, 3);
            DenseAssociativeMemory plain = new DenseAssociativeMemory(xi, ScalarFunction.quadratic());
            DenseAssociativeMemory driven = new DenseAssociativeMemory(xi, ScalarFunction.quadratic(), input);
            for (int s = 0; s < 10; s++) {
                double[] sigma = TestFixtures.sign(TestFixtures.gaussian(rng, 50, 1));
                assertArrayEquals(plain.update(sigma), Hebbian.sweep(t, sigma), "K = " + k);
                assertArrayEquals(driven.update(sigma), Hebbian.sweep(t, sigma, input), "K = " + k + " with I");
            }
        }
    }

    @Test
    void sweepsNeverRaiseTheEnergy() {
        Memories xi = Patterns.randomBinary(20, 30, 5);
        double[][] t = Hebbian.weights(xi);
        double[] s = TestFixtures.sign(TestFixtures.gaussian(new Random(13), 30, 1));
        double e = Hebbian.energy(t, s);
        for (int i = 0; i < 10; i++) {
            s = Hebbian.sweep(t, s);
            double next = Hebbian.energy(t, s);
            assertTrue(next <= e + 1e-9, "E rose " + e + " → " + next);
            e = next;
        }
    }

    @Test
    void badInputIsNamed() {
        double[][] ragged = {{1, 0}, {0}};
        assertEquals("weight matrix T must be square: row 1 has 1 entries, expected 2",
                assertThrows(IllegalArgumentException.class, () -> Hebbian.energy(ragged, new double[] {1, 1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hebbian.weights(null));
        assertThrows(IllegalArgumentException.class, () -> Hebbian.sweep(new double[][] {{1}}, new double[] {1, 1}));
    }
}
