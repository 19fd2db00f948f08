package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.linalg.Dense;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/**
 * The one update loop (retrieval): settings are checked, the observer sees every update with the
 * states before and after and their max-norm distance, and may stop it; the result is immutable.
 */
class RetrievalLoopTest {

    /** A model whose update halves the state: v_s = v_0 / 2^s, change ‖v_{s−1}‖∞ / 2. */
    static AssociativeMemory halving(int n) {
        Memories xi = Memories.identity(n);
        return new AssociativeMemory() {
            public String name() { return "halving"; }
            public Memories memories() { return xi; }
            public double energy(double[] v) { return Dense.dot(v, v); }
            public double[] update(double[] v) {
                double[] out = v.clone();
                for (int i = 0; i < out.length; i++) out[i] /= 2;
                return out;
            }
        };
    }

    record Seen(int step, double[] before, double[] after, double change) {}

    @Test
    void observerSeesEveryUpdateAndTheLoopStopsAtTheTolerance() {
        List<Seen> seen = new ArrayList<>();
        Retrieval r = halving(2).retrieve(new double[] {8, -4}, 100, 1.0, (step, before, after, change) -> {
            seen.add(new Seen(step, before, after, change));
            return true;
        });
        // changes 4, 2, 1: the third is within the tolerance
        assertEquals(3, r.steps());
        assertTrue(r.converged());
        assertArrayEquals(new double[] {1, -0.5}, r.state(), 0.0);
        assertEquals(1.25, r.energy(), 0.0);
        assertEquals(3, seen.size());
        for (int s = 0; s < 3; s++) {
            assertEquals(s + 1, seen.get(s).step());
            assertEquals(4.0 / (1 << s), seen.get(s).change(), 0.0);
            assertArrayEquals(new double[] {8.0 / (1 << s), -4.0 / (1 << s)}, seen.get(s).before(), 0.0);
            assertArrayEquals(new double[] {4.0 / (1 << s), -2.0 / (1 << s)}, seen.get(s).after(), 0.0);
        }
    }

    @Test
    void observerMayStopTheLoopAndReceivesCopies() {
        Retrieval r = halving(1).retrieve(new double[] {64}, 100, 0, (step, before, after, change) -> {
            after[0] = 1e9;   // a copy: the loop's state is unaffected
            return step < 2;
        });
        assertEquals(2, r.steps());
        assertFalse(r.converged());
        assertArrayEquals(new double[] {16}, r.state(), 0.0);
        Retrieval capped = halving(1).retrieve(new double[] {64}, 4, 0);
        assertEquals(4, capped.steps());
        assertFalse(capped.converged());
        assertArrayEquals(new double[] {4}, capped.state(), 0.0);
        Retrieval none = halving(1).retrieve(new double[] {64}, 0, 0);
        assertEquals(0, none.steps());
        assertArrayEquals(new double[] {64}, none.state(), 0.0);
    }

    @Test
    void badSettingsAreRejectedByEveryModel() {
        Memories xi = Patterns.randomBinary(4, 6, 2);
        double[] q = xi.row(0);
        for (AssociativeMemory m : new AssociativeMemory[] {halving(6), new ModernHopfield(xi, 1),
                new DenseAssociativeMemory(xi, ScalarFunction.power(3)), new SphericalMemory(xi, Lagrangians.logSumExp(2))}) {
            assertEquals("maximum number of updates must be >= 0, got -5",
                    assertThrows(IllegalArgumentException.class, () -> m.retrieve(q, -5, Double.NaN)).getMessage(), m.name());
            assertEquals("tolerance must be finite and >= 0, got NaN",
                    assertThrows(IllegalArgumentException.class, () -> m.retrieve(q, 5, Double.NaN)).getMessage(), m.name());
            assertEquals("tolerance must be finite and >= 0, got -1.0",
                    assertThrows(IllegalArgumentException.class, () -> m.retrieve(q, 5, -1)).getMessage(), m.name());
            assertEquals("update observer is null (use UpdateObserver.NONE)",
                    assertThrows(IllegalArgumentException.class, () -> m.retrieve(q, 5, 0, null)).getMessage(), m.name());
        }
    }

    @Test
    void damSweepsAreObservedWithChangeTwoOrZero() {
        Memories xi = Patterns.randomBinary(40, 64, 3);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.power(3));
        double[] q = Corruption.flip(xi.row(7), 0.2, 4);
        List<Seen> seen = new ArrayList<>();
        Retrieval r = dam.retrieve(q, 50, 0, (step, before, after, change) -> {
            seen.add(new Seen(step, before, after, change));
            return true;
        });
        assertTrue(r.converged());
        assertArrayEquals(xi.row(7), r.state(), 0.0);
        assertEquals(r.steps(), seen.size());
        for (Seen s : seen) {
            assertArrayEquals(dam.update(s.before()), s.after(), 0.0, "the observed sweep is the model's update");
            assertEquals(Arrays.equals(s.before(), s.after()) ? 0 : 2, s.change(), 0.0);
        }
        assertEquals(0, seen.get(seen.size() - 1).change(), 0.0);
        // and the result equals the generic loop over update()
        Retrieval generic = Iteration.run(dam, q.clone(), Iteration.of(dam), 50, 0, UpdateObserver.NONE);
        assertArrayEquals(generic.state(), r.state(), 0.0);
        assertEquals(generic.steps(), r.steps());
    }

    @Test
    void retrievalIsImmutable() {
        Memories xi = Patterns.randomBinary(3, 12, 5);
        Retrieval r = new ModernHopfield(xi, 4).retrieve(xi.row(1));
        double[] s = r.state();
        s[0] = 1e9;
        assertArrayEquals(new ModernHopfield(xi, 4).retrieve(xi.row(1)).state(), r.state(), 0.0);
        assertTrue(r.hasEnergy());
        assertTrue(r.toString().startsWith("Retrieval{state=[12 features], steps="), r.toString());
    }

    @Test
    void aRetrievalThatEndsWhereTheEnergyIsUndefinedSaysSo() {
        // Model C with a rectified L_h: no memory overlaps (−1, −1) positively, so f = 0 and the update (M7)
        // lands on v = 0, where g = v/‖v‖ and the energy (M12) are undefined
        SphericalMemory c = new SphericalMemory(Memories.identity(2), Lagrangians.rectifiedPower(3));
        Retrieval r = c.retrieve(new double[] {-1, -1}, 1, 0);   // a second update from 0 is refused: no gradient there
        assertArrayEquals(new double[] {0, 0}, r.state());
        assertFalse(r.hasEnergy());
        ArithmeticException e = assertThrows(ArithmeticException.class, r::energy);
        assertTrue(e.getMessage().contains("the energy is undefined at the retrieved state"), e.getMessage());
        assertTrue(r.toString().endsWith("energy=unavailable}"), r.toString());
    }
}
