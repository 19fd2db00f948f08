package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lamp.dynamics.Trajectory;
import lamp.lagrangian.Lagrangians;
import lamp.limit.SphericalMemory;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** THEORY.md §5 check 15 on the exact Model C example (ξ = I₂, L_h = Σ(h)₊³/3, start (2, 0.5)). */
class DecaySweepTest {

    private static final SphericalMemory PLANE = new SphericalMemory(Memories.identity(2), Lagrangians.rectifiedPower(3));

    @Test
    void directionsAgreeAtEqualEnergiesAndOnlyTheNormDependsOnDecay() {
        DecaySweep.Result r = DecaySweep.of(PLANE).decays(1, 0.5, 0).from(new double[] {2, 0.5})
                .duration(30).sampleEvery(0.01).run();
        Table t = r.table();
        assertEquals(List.of(1.0, 0.5, 0.0), t.doubleColumn("alpha").asList());
        for (int row = 0; row < 3; row++) {
            assertEquals(0, t.intColumn("energy rises").get(row), "rises at row " + row);
            assertTrue(t.doubleColumn("largest dE/dt").get(row) <= 0, "dE/dt at row " + row);
            assertTrue(t.doubleColumn("direction distance").get(row) <= 1e-6, t.print());
            assertTrue(t.intColumn("compared samples").get(row) >= 100, t.print());
        }
        // α = 1 and 0.5 end at the memory (1, 0), E = −1/3; α = 0 approaches it more slowly
        assertEquals(-1.0 / 3, t.doubleColumn("final energy").get(0), 1e-9, t.print());
        assertEquals(-1.0 / 3, t.doubleColumn("final energy").get(1), 1e-6, t.print());
        assertEquals(-1.0 / 3, t.doubleColumn("final energy").get(2), 1e-3, t.print());
        assertTrue(t.doubleColumn("final energy").get(2) > t.doubleColumn("final energy").get(1), t.print());
        // the reference compared with itself is exactly 0
        assertEquals(0, t.doubleColumn("direction distance").get(0));
        // α = 1: the fixed point v = (1, 0), ‖v‖ = 1; α = 0.5: v = ξᵀf/α = (2, 0)
        assertEquals(1, t.doubleColumn("final norm").get(0), 1e-6);
        assertEquals(2, t.doubleColumn("final norm").get(1), 1e-6);
        // α = 0: ‖v‖ grows at d‖v‖/dt = u·ξᵀf = Σ(h)₊³ = 3|E| → 1 (0.9994 at t = 30)
        assertEquals(1, t.doubleColumn("final norm rate").get(2), 1e-3);
        assertTrue(t.doubleColumn("final norm").get(2) > 25, t.print());
        // the same path at different speeds: far apart at equal times, slower for smaller α
        assertTrue(t.doubleColumn("equal-time distance").get(2) > 0.01, t.print());
        double[] descent = t.doubleColumn("descent time").asDoubleArray();
        assertTrue(descent[0] < descent[1] && descent[1] < descent[2], t.print());
        double[] approach = t.doubleColumn("approach time").asDoubleArray();
        // α = 0 does not come within 1e-3 of the descent's end in 30 time units
        assertTrue(approach[0] < approach[1] && Double.isNaN(approach[2]), t.print());
        Trajectory zero = r.runs().get(0.0);
        double[] norms = zero.table().doubleColumn(DecaySweep.NORM).asDoubleArray();
        for (int s = 1; s < norms.length; s++) assertTrue(norms[s] > norms[s - 1], "‖v‖ grows with α = 0");
        assertEquals(List.of("α = 1", "α = 0.5", "α = 0"), List.copyOf(r.labelled().keySet()));
    }

    @Test
    void badSettingsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DecaySweep.of(PLANE).decays(1, -0.5));
        assertEquals("decay coefficient α must be finite and >= 0, got -0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DecaySweep.of(PLANE).decays(1, 1));
        assertEquals("decay coefficient α = 1.0 is listed twice", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DecaySweep.of(PLANE).from(new double[] {0, 0}));
        assertEquals("start v(0) is zero: Model C needs a direction v/‖v‖", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DecaySweep.of(PLANE).run());
        assertEquals("no start v(0): call from(...)", e.getMessage());
    }
}
