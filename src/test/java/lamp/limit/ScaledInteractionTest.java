package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import lamp.lagrangian.ScalarFunction;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/**
 * F = x² is 2·(x²/2): (M8) only doubles, and (M9) depends on the sign of an energy difference, so the
 * two networks make the same flips from every state (a former notebook claim, an identity).
 */
class ScaledInteractionTest {

    @Test
    void squareAndHalfSquareMakeTheSameFlips() {
        for (int seed = 0; seed < 20; seed++) {
            Memories xi = Patterns.randomBinary(5 + 3 * seed, 40, seed);
            DenseAssociativeMemory half = new DenseAssociativeMemory(xi, ScalarFunction.quadratic());
            DenseAssociativeMemory square = new DenseAssociativeMemory(xi, ScalarFunction.power(2));
            double[] q = Corruption.flip(xi.row(0), 0.2, 100 + seed);
            assertArrayEquals(half.update(q), square.update(q), "one sweep, seed " + seed);
            Retrieval a = half.retrieve(q, 30, 0), b = square.retrieve(q, 30, 0);
            assertArrayEquals(a.state(), b.state(), "retrieval, seed " + seed);
            assertEquals(a.steps(), b.steps());
            assertEquals(2 * half.energy(q), square.energy(q), 0, "E doubles exactly (integers)");
        }
    }
}
