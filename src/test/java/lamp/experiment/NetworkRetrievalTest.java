package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import lamp.memory.Patterns;
import lamp.network.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class NetworkRetrievalTest {

    /** THEORY.md §2: N_h = 200 memories in N_f = 24 features, two-body synapses only, retrieved at a fixed point of (M2). */
    @Test
    void microscopicNetworkRetrievesManyMoreMemoriesThanFeatures() {
        Network net = Network.builder(Patterns.randomBinary(200, 24, 5)).featureLagrangian("identity")
                .hiddenLagrangian("logSumExp(1)").tauHidden(0.1).build();
        Table t = NetworkRetrieval.of(net).targets(4).corruption(0.1).seed(2).run().table();
        assertEquals(4, t.rowCount());
        for (int r = 0; r < 4; r++) {
            assertEquals("yes", t.stringColumn("exact").get(r), t.print());
            assertEquals("fixed_point", t.stringColumn("stop").get(r), t.print());
            assertEquals(r, t.intColumn("nearest memory").get(r));
            assertEquals(r, t.intColumn("winning hidden neuron").get(r));
            assertEquals(2, t.intColumn("flipped").get(r));
            assertTrue(t.doubleColumn("overlap after").get(r) > 0.99, t.print());
            assertTrue(t.doubleColumn("fixed-point residual").get(r) < 1e-6, t.print());
            assertEquals("yes", t.stringColumn("effective exact").get(r), t.print());
            assertTrue(t.doubleColumn("distance to effective").get(r) < 1e-6, t.print());
        }
    }

    /** The overlap is the cosine of g(v) with the memory, at most 1 even where v itself is large (Model A, F = (x)₊³). */
    @Test
    void overlapIsTheCosineOfTheActivation() {
        Network net = Network.builder(Patterns.randomBinary(20, 16, 6)).featureLagrangian("tanh(1)")
                .hiddenLagrangian("rectifiedPower(3)").tauHidden(0.1).build();
        Table t = NetworkRetrieval.of(net).targets(3).corruption(0.125).seed(4).run().table();
        for (int r = 0; r < 3; r++) {
            double after = t.doubleColumn("overlap after").get(r);
            assertTrue(after <= 1 + 1e-12 && after > 0.99, t.print());
            // 2 of 16 entries flipped: cosine (16 − 2·2)/16 before
            assertEquals(0.75, t.doubleColumn("overlap before").get(r), 0.02, t.print());
        }
    }

    @Test
    void badInputIsNamed() {
        Network net = Network.builder(Patterns.randomBinary(3, 4, 1)).build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NetworkRetrieval.of(net).targets(4))
                .getMessage().contains("exceed"));
        assertThrows(IllegalArgumentException.class, () -> NetworkRetrieval.of(null));
        assertThrows(IllegalArgumentException.class, () -> NetworkRetrieval.of(net).corruption(1.5));
    }
}
