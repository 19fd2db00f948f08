package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lamp.experiment.AsymmetricSynapses.Kind;
import lamp.network.Network;
import org.junit.jupiter.api.Test;

/** THEORY.md check 18 (KH2020 §1, symmetric synapses relaxed): with A = ξ the energy never rises; with A ≠ ξ it does. */
class AsymmetricSynapsesTest {

    @Test
    void symmetricNeverRisesAsymmetricDoes() {
        List<String> lines = new ArrayList<>();
        AsymmetricSynapses.Result r = AsymmetricSynapses.create().instances(4).duration(10).sampleEvery(0.1).seed(3)
                .progress(lines::add).run();
        assertEquals(3, lines.size());
        assertTrue(r.largestRise(Kind.SYMMETRIC) <= 1e-9, "A = ξ: E must not rise, rose by " + r.largestRise(Kind.SYMMETRIC));
        assertTrue(r.largestRate(Kind.SYMMETRIC) <= 1e-9, "A = ξ: dE/dt ≤ 0 everywhere");
        assertEquals(0, r.riseFraction(Kind.SYMMETRIC), 0);
        assertTrue(r.riseFraction(Kind.ANTISYMMETRIC) >= 0.75, "A = −ξ: E rises on most instances: " + r.riseFraction(Kind.ANTISYMMETRIC));
        assertTrue(r.largestRise(Kind.ANTISYMMETRIC) > 1e-3);
        assertTrue(r.largestRise(Kind.PERTURBED) > 1e-3, "A = ξ + G: E rises somewhere: " + r.largestRise(Kind.PERTURBED));
        assertEquals(3L, r.table().longColumn("seed").get(0));
    }

    @Test
    void theThreeKindsShareXiAndDifferInA() {
        AsymmetricSynapses a = AsymmetricSynapses.create().features(4).hidden(5).perturbation(0.5).seed(1);
        Network sym = a.network(Kind.SYMMETRIC, 0), anti = a.network(Kind.ANTISYMMETRIC, 0), pert = a.network(Kind.PERTURBED, 0);
        assertTrue(sym.symmetric());
        assertFalse(anti.symmetric());
        double[] xi = sym.memories().toRowMajor(), back = anti.backwardWeights().toRowMajor(), p = pert.backwardWeights().toRowMajor();
        assertEquals(xi.length, back.length);
        double diff = 0;
        for (int j = 0; j < xi.length; j++) {
            assertEquals(-xi[j], back[j], 0);
            diff += Math.abs(p[j] - xi[j]);
        }
        assertTrue(diff > 0);
        assertEquals(xi[0], pert.memories().toRowMajor()[0], 0, "forward weights ξ are the same for every kind");
    }

    @Test
    void badSettingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AsymmetricSynapses.create().perturbation(0));
        assertTrue(e.getMessage().contains("perturbation ε"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AsymmetricSynapses.create().coupling(-1));
        assertThrows(IllegalArgumentException.class, () -> AsymmetricSynapses.create().instances(0));
    }
}
