package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import lamp.lagrangian.Lagrangians;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

class StableCountTest {

    @Test
    void manyUnitDirectionsInThreeDimensionsBecomeStableAsBetaGrows() {
        int k = 40;                                              // 40 unit vectors on an arc of 0.39 rad
        double[][] rows = new double[k][];
        for (int mu = 0; mu < k; mu++) rows[mu] = new double[] {Math.cos(0.01 * mu), Math.sin(0.01 * mu), 0};
        Memories xi = Memories.of(rows);
        // neighbours 0.01 rad apart: 1 − cos = 5e-5, so β = 10 merges the arc into one state and β = 10⁷ separates them
        var t = StableCount.of(xi).betas(10, 1e7).sample(40)
                .model("C", b -> new SphericalMemory(xi, Lagrangians.logSumExp(b)), true).run().table();
        assertTrue(t.intColumn("stable").get(0) <= 2, "β = 10 (only the middle of the arc): " + t.intColumn("stable").get(0));
        assertEquals(40, t.intColumn("stable").get(1));
    }

    @Test
    void modelBHoldsOnlyMemoriesThatAreExtremeInTheirOwnDirection() {
        // (0.5, 0, 0) lies inside: ξ_2·ξ_1 = 0.5 > ‖ξ_1‖² = 0.25, so no β makes it a fixed point of (M11)
        Memories xi = Memories.of(new double[] {1, 0, 0}, new double[] {0.5, 0, 0}, new double[] {0, 1, 0});
        var t = StableCount.of(xi).betas(1000).model("B", b -> new ModernHopfield(xi, b), false).run().table();
        assertEquals(2, t.intColumn("stable").get(0));
    }

    @Test
    void badSettingsAreRefused() {
        Memories xi = Memories.identity(3);
        assertThrows(IllegalArgumentException.class, () -> StableCount.of(xi).betas(2, 1));
        assertThrows(IllegalArgumentException.class, () -> StableCount.of(xi).betas(1).run());
        assertThrows(IllegalArgumentException.class, () -> StableCount.of(xi).model("B", b -> new ModernHopfield(xi, b), false).run());
    }
}
