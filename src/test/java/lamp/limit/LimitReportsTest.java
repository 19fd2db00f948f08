package lamp.limit;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.network.Network;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LimitReportsTest {

    /** THEORY.md §2: E_eff(v) (M5) = E(v, ξg(v)) (M3) and (M6) = the feature equation of (M2) at rest. */
    @Test
    void restingEnergyMatchesTheEffectiveModel() {
        Random rng = new Random(42);
        Memories xi = TestFixtures.randomPatterns(rng, 6, 5);
        Map<String, Network> nets = new LinkedHashMap<>();
        nets.put("tanh + lse", Network.builder(xi).featureLagrangian(Lagrangians.tanh(2)).hiddenLagrangian(Lagrangians.logSumExp(1))
                .input(TestFixtures.gaussian(rng, 5, 0.5)).build());
        nets.put("spherical + cubic", Network.builder(xi).featureLagrangian(Lagrangians.spherical()).hiddenLagrangian(Lagrangians.rectifiedPower(3)).build());
        Table t = LimitReports.restingEnergy(nets, 4, 1, 3);
        assertEquals(8, t.rowCount());
        assertEquals("spherical + cubic", t.stringColumn("network").get(7));
        assertTrue(t.doubleColumn("relative difference").max() < 1e-12, t.print());
        assertTrue(t.doubleColumn("max |(M6) − (M2)| velocity").max() < 1e-12, t.print());
        assertThrows(IllegalArgumentException.class, () -> LimitReports.restingEnergy(Map.of(), 1, 1, 1));
    }
}
