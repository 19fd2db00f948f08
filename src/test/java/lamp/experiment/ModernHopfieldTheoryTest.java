package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ModernHopfieldTheoryTest {

    @Test
    void capacityEstimateIsTheClosedForm() {
        // ln K* = N_f [β(1 − 2ρ) − ln cosh β]; β = 1, ρ = 0.1, N_f = 10
        assertEquals(10 * (0.8 - Math.log(Math.cosh(1))), ModernHopfieldTheory.logCapacity(1, 0.1, 10), 1e-12);
        assertEquals(0.3 - Math.log(Math.cosh(0.5)), ModernHopfieldTheory.capacitySlope(0.5, 0.2), 1e-15);
        assertEquals(Math.exp(40 * (0.3 - Math.log(Math.cosh(0.5)))), ModernHopfieldTheory.capacity(0.5, 0.2, 40), 1e-9);
        // ln cosh stays finite where cosh overflows: ln cosh 1000 = 1000 − ln 2
        assertEquals(1000 - Math.log(2), ModernHopfieldTheory.lnCosh(1000), 1e-12);
    }

    @Test
    void retrievalWeightSolvesTheFixedPointEquation() {
        for (double beta : new double[] {0.13, 0.2, 1}) {
            double p = ModernHopfieldTheory.retrievalWeight(beta, 64, 100);
            assertTrue(p >= 0.5 && p <= 1, "p = " + p);
            double rhs = 1 / (1 + 99 * Math.pow(Math.cosh(beta * p), 64) * Math.exp(-beta * 64 * p));
            assertEquals(rhs, p, 1e-12);
        }
        // far below the transition there is no solution in [½, 1]
        assertTrue(Double.isNaN(ModernHopfieldTheory.retrievalWeight(0.05, 64, 100)));
        // large β: the target takes nearly all the weight
        assertEquals(1, ModernHopfieldTheory.retrievalWeight(3, 64, 100), 1e-12);
    }

    @Test
    void transitionSeparatesNoSolutionFromSolution() {
        double b = ModernHopfieldTheory.transitionBeta(64, 100);
        // an independent scan (β step 5e-4, p step 5e-4) puts it at 0.123
        assertEquals(0.123, b, 6e-4);
        assertTrue(Double.isNaN(ModernHopfieldTheory.retrievalWeight(b * (1 - 1e-6), 64, 100)));
        assertFalse(Double.isNaN(ModernHopfieldTheory.retrievalWeight(b * (1 + 1e-6), 64, 100)));
        // more patterns need a larger β
        assertTrue(ModernHopfieldTheory.transitionBeta(64, 1000) > b);
    }

    @Test
    void badInputIsNamed() {
        assertMessage("memory count K must be >= 2", () -> ModernHopfieldTheory.transitionBeta(64, 1));
        assertMessage("β must be", () -> ModernHopfieldTheory.logCapacity(0, 0.1, 10));
        assertMessage("flipped fraction ρ", () -> ModernHopfieldTheory.capacitySlope(1, 1.5));
    }
}
