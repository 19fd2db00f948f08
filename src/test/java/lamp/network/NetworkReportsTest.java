package lamp.network;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class NetworkReportsTest {

    @Test
    void energyTermsAddUpToTheEnergy() {
        Random rng = new Random(41);
        Memories xi = TestFixtures.randomPatterns(rng, 5, 7);
        Network net = Network.builder(xi).featureLagrangian(Lagrangians.tanh(1)).hiddenLagrangian(Lagrangians.logSumExp(2))
                .input(TestFixtures.gaussian(rng, 7, 0.3)).build();
        Map<String, double[]> states = new LinkedHashMap<>();
        states.put("one", net.state(TestFixtures.gaussian(rng, 7, 1), TestFixtures.gaussian(rng, 5, 1)));
        states.put("two", net.state(TestFixtures.gaussian(rng, 7, 1), TestFixtures.gaussian(rng, 5, 1)));
        Table t = NetworkReports.energyTerms(net, states);
        assertEquals(2, t.rowCount());
        int r = 0;
        for (double[] y : states.values()) {
            Energy e = net.energyTerms(net.features(y), net.hidden(y));
            assertEquals(e.feature(), t.doubleColumn(1).get(r), 0);
            assertEquals(e.hidden(), t.doubleColumn(2).get(r), 0);
            assertEquals(e.synapse(), t.doubleColumn(3).get(r), 0);
            assertEquals(net.energy(y), t.doubleColumn(4).get(r), 1e-12 * (1 + Math.abs(net.energy(y))));
            r++;
        }
    }

    /** Identity L_v and L_h, ξ = I₂, τ's 1: (v, h) = (0, 0) is the fixed point; (1, 0 | 0, 0) has residual 1. */
    @Test
    void fixedPointResiduals() {
        Network net = Network.builder(Memories.identity(2)).featureLagrangian("identity").hiddenLagrangian("identity")
                .tauFeature(1).tauHidden(0.5).build();
        Table rest = NetworkReports.fixedPoint(net, new double[4]);
        assertEquals(0, rest.doubleColumn("max |residual|").max(), 0);
        Table off = NetworkReports.fixedPoint(net, new double[] {1, 0, 0, 0});
        assertEquals(1, off.doubleColumn("max |residual|").get(0), 0);   // v − ξᵀf = 1
        assertEquals(1, off.doubleColumn("max |residual|").get(1), 0);   // h − ξg = −1
        assertEquals(2, off.doubleColumn("max |velocity|").get(1), 0);   // |dh/dt| = 1/τ_h
        assertThrows(IllegalArgumentException.class, () -> NetworkReports.fixedPoint(net, new double[3]));
    }
}
