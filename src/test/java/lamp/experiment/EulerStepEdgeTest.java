package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/** THEORY.md check 16: Model B's Euler step (KH2020 (15)) descends for a = dt/τ_f ∈ (0, 2] and can rise beyond. */
class EulerStepEdgeTest {

    @Test
    void eulerStepIsTheInterpolationBetweenStateAndUpdate() {
        Memories xi = Patterns.randomBinary(12, 8, 1);
        ModernHopfield m = new ModernHopfield(xi, 0.7, Patterns.gaussianVector(8, 2));
        double[] v = Patterns.gaussianVector(8, 3), u = m.update(v);
        double[] one = m.eulerStep(v, 1), quarter = m.eulerStep(v, 0.25), three = m.eulerStep(v, 3);
        for (int i = 0; i < 8; i++) {
            assertEquals(u[i], one[i], 1e-12, "a = 1 is the update (M11)");
            assertEquals(v[i] + 0.25 * (u[i] - v[i]), quarter[i], 1e-12);
            assertEquals(v[i] + 3 * (u[i] - v[i]), three[i], 1e-12);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.eulerStep(v, 0));
        assertTrue(e.getMessage().contains("Euler step a"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.eulerStep(v, Double.NaN));
    }

    @Test
    void noRiseUpToTheEdgeRisesBeyondAndTheBoundHolds() {
        List<String> lines = new ArrayList<>();
        EulerStepEdge.Result r = EulerStepEdge.create().stepSizes(0.5, 1, 1.9, 1.99, 2, 2.05, 2.5, 3)
                .features(12).memories(24).instances(120).steps(4).seed(5).progress(lines::add).run();
        for (double a : new double[] {0.5, 1, 1.9, 1.99, 2}) assertEquals(0, r.risingSteps(a), "a = " + a + " must never raise E");
        assertTrue(r.riseFraction(2.05) > 0.1, "just beyond the edge some instances rise: " + r.riseFraction(2.05));
        assertTrue(r.riseFraction(2.5) > 0.8, "at a = 2.5 most instances rise: " + r.riseFraction(2.5));
        assertTrue(r.riseFraction(3) >= r.riseFraction(2.05));
        assertTrue(r.largestRise(3) > r.largestRise(2.05));
        assertEquals(0, r.boundViolations(), "E(v + a d) ≤ E(v) − a(1 − a/2)‖d‖² at every step");
        assertTrue(r.largestBoundExcess() <= 1e-12);
        assertEquals(8, r.table().rowCount());
        assertEquals(5L, r.table().longColumn("seed").get(0));
        assertEquals(8, lines.size());
    }

    @Test
    void sameSeedSameResult() {
        EulerStepEdge e = EulerStepEdge.create().stepSizes(1.5, 2.2).features(8).memories(10).instances(20).steps(3).seed(9);
        assertEquals(e.run().table().print(), e.run().table().print());
    }

    @Test
    void badSettingsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> EulerStepEdge.create().stepSizes());
        assertThrows(IllegalArgumentException.class, () -> EulerStepEdge.create().stepSizes(1, -2));
        assertThrows(IllegalArgumentException.class, () -> EulerStepEdge.create().stepSizes(1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EulerStepEdge.create().betaRange(2, 1));
        assertTrue(e.getMessage().contains("β range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EulerStepEdge.create().betaRange(0, 1));
    }
}
