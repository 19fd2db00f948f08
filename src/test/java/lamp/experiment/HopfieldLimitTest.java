package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.lagrangian.ScalarFunction;
import lamp.limit.ContinuousHopfield;
import lamp.limit.GradedResponse;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HopfieldLimitTest {

    @Test
    void tanhNetworkAndItsModelAAgreeAlongTheTrajectory() {
        Memories xi = Patterns.randomBinary(3, 12, 4);
        ContinuousHopfield h = new ContinuousHopfield(xi, GradedResponse.tanh(0.5), 1, Patterns.gaussianVector(12, 5));
        HopfieldLimit.Result r = HopfieldLimit.of(h).duration(4).sampleEvery(0.5).run(Patterns.gaussianVector(12, 6));
        Table t = r.table();
        assertEquals(9, t.rowCount());
        assertEquals(0, r.offset(), 0);
        assertTrue(r.maxEnergyDifference() <= 1e-12, r.toString());
        assertTrue(r.maxVelocityDifference() <= 1e-12, r.toString());
        assertTrue(r.maxStateDistance() <= 1e-6, r.toString());
        assertTrue(r.energyNonIncreasing());
        assertTrue(r.endEnergy() < r.startEnergy());
        assertEquals(h.energy(Patterns.gaussianVector(12, 6)), r.startEnergy(), 0);
        assertEquals(4, r.headAndTail(2).rowCount());
    }

    /** A response whose ∫g⁻¹ is off by a linear term: the comparison sees a difference that grows with V. */
    @Test
    void aWrongInverseIntegralIsSeen() {
        GradedResponse wrong = GradedResponse.of("tanh with a wrong ∫g⁻¹", ScalarFunction.of("log cosh", x -> Math.log(Math.cosh(x)),
                Math::tanh, x -> 1 - Math.tanh(x) * Math.tanh(x), true), z -> 0.5 * Math.log((1 + z) / (1 - z)), -1, 1,
                z -> 0.5 * ((1 + z) * Math.log1p(z) + (1 - z) * Math.log1p(-z)) + 0.1 * z);
        Memories xi = Patterns.randomBinary(2, 6, 1);
        HopfieldLimit.Result r = HopfieldLimit.of(new ContinuousHopfield(xi, wrong, 1, null)).duration(2).sampleEvery(0.5).run(Patterns.gaussianVector(6, 2));
        assertTrue(r.maxEnergyDifference() > 1e-3, r.toString());
        assertTrue(r.maxVelocityDifference() <= 1e-12, "the dynamics do not use ∫g⁻¹");
    }

    @Test
    void badInputIsNamed() {
        assertEquals("continuous Hopfield network is null",
                assertThrows(IllegalArgumentException.class, () -> HopfieldLimit.of(null)).getMessage());
        ContinuousHopfield h = new ContinuousHopfield(Patterns.randomBinary(2, 4, 1), GradedResponse.tanh(1), 1, null);
        assertEquals("initial state v(0) has length 3 but 4 is required",
                assertThrows(IllegalArgumentException.class, () -> HopfieldLimit.of(h).run(new double[3])).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HopfieldLimit.of(h).duration(0)).getMessage().contains("duration"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HopfieldLimit.of(h).sampleEvery(-1)).getMessage().contains("sample interval"));
    }
}
