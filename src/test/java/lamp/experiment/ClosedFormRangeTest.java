package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.limit.ManyBody;
import lamp.memory.Digits;
import lamp.memory.Metrics;
import lamp.verify.FiniteDifferences;
import lamp.lagrangian.Lagrangians;
import org.junit.jupiter.api.Test;

/**
 * Closed forms and counts stay finite where their logarithms are (no ∞/∞ = NaN), refuse a value past
 * the double or long range with the quantity's name and its logarithm, and bad scalars (NaN thresholds,
 * a zero step, a NaN fill) are named when given, not when used.
 */
class ClosedFormRangeTest {

    static void mentions(Throwable e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should mention '" + p + "'");
    }

    @Test
    void damCapacityIsComputedThroughItsLogarithmWhereTheFactorsOverflow() {
        // n = 160, N = 10: N^(n−1) = 1e159 is finite but 317!! overflows, so the direct quotient would be 0 (or ∞/∞ = NaN).
        double log = CapacityTheory.logPolynomial(160, 10);
        double expected = 159 * Math.log(10) - Math.log(2) - CapacityTheory.logDoubleFactorial(317) - Math.log(Math.log(10));
        assertEquals(expected, log, 1e-9 * Math.abs(expected));
        double k = CapacityTheory.polynomial(160, 10);
        assertTrue(k > 0 && Double.isFinite(k), "K = " + k);
        assertEquals(log, Math.log(k), 1e-9 * Math.abs(log));
        // where it is representable the closed form is unchanged: n = 3, N = 100 gives 100² / (2·3 ln 100)
        assertEquals(10000 / (6 * Math.log(100)), CapacityTheory.polynomial(3, 100), 0);
        mentions(assertThrows(ArithmeticException.class, () -> CapacityTheory.polynomial(400, 1_000_000)), "beyond the double range", "logPolynomial");
        assertTrue(Double.isFinite(CapacityTheory.logPolynomial(400, 1_000_000)));
    }

    @Test
    void theFormulasSlopeStaysFiniteWhereTheFormulaOverflows() {
        // n = 400: N^(n−1) overflows at N = 10⁶; the slope of the log is n − 1 − ln(ln N₂/ln N₁)/ln(N₂/N₁) for two points
        double expected = 399 - Math.log(Math.log(2e6) / Math.log(1e6)) / Math.log(2);
        assertEquals(expected, CapacityScaling.formulaSlope(400, 1_000_000, 2_000_000), 1e-9);
        assertEquals(2 - Math.log(Math.log(200) / Math.log(100)) / Math.log(2), CapacityScaling.formulaSlope(3, 100, 200), 1e-12);
    }

    @Test
    void doubleFactorialPastTheDoubleRangeSaysSoAndItsLogStaysFinite() {
        assertEquals(15, CapacityTheory.doubleFactorial(5), 0);
        mentions(assertThrows(ArithmeticException.class, () -> CapacityTheory.doubleFactorial(400)), "400!!", "logDoubleFactorial");
        assertEquals(Math.log(15), CapacityTheory.logDoubleFactorial(5), 1e-15);
        assertTrue(Double.isFinite(CapacityTheory.logDoubleFactorial(100_001)));
        // above 10000 through the Gamma function, below by summation: consecutive terms still differ by ln k
        assertEquals(Math.log(10_002), CapacityTheory.logDoubleFactorial(10_002) - CapacityTheory.logDoubleFactorial(10_000), 1e-9);
        assertEquals(Math.log(10_003), CapacityTheory.logDoubleFactorial(10_003) - CapacityTheory.logDoubleFactorial(10_001), 1e-9);
    }

    @Test
    void modelBCapacityPastTheDoubleRangePointsToItsLogarithm() {
        double log = ModernHopfieldTheory.logCapacity(1, 0, 100_000);
        assertEquals(100_000 * (1 - Math.log(Math.cosh(1))), log, 1e-9 * log);
        mentions(assertThrows(ArithmeticException.class, () -> ModernHopfieldTheory.capacity(1, 0, 100_000)), "K* = e^", "logCapacity");
        assertEquals(Math.exp(ModernHopfieldTheory.logCapacity(1, 0.1, 20)), ModernHopfieldTheory.capacity(1, 0.1, 20), 0);
    }

    @Test
    void synapseCountsBeyondALongNameTheCountAndTheSizes() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> SynapseCosts.table(30, new int[] {64, 100}));
        mentions(e, "N_f^n", "N_f = 64, n = 30", "exceeds the long range", "logarithm is " + 30 * Math.log(64));
        assertTrue(!e.getMessage().equals("long overflow"));
        mentions(assertThrows(IllegalArgumentException.class, () -> ManyBody.distinctTensorEntries(1, Integer.MAX_VALUE)), "from 1 to 10000", "2147483647");
        assertEquals(4960, ManyBody.distinctTensorEntries(30, 3));      // C(32, 3)
    }

    @Test
    void argmaxOfANaNIsRefused() {
        mentions(assertThrows(IllegalArgumentException.class, () -> Metrics.argmax(new double[] {0.1, Double.NaN, 0.3})), "entry 1", "NaN");
        assertEquals(2, Metrics.argmax(new double[] {0.1, Double.NEGATIVE_INFINITY, 0.3}));
    }

    @Test
    void aNaNThresholdOrFillIsRefusedWhenGiven() {
        mentions(assertThrows(IllegalArgumentException.class, () -> Digits.get(3, 0).binary(Double.NaN)), "binarisation threshold", "NaN");
        mentions(assertThrows(IllegalArgumentException.class, () -> ImageRecall.Fill.constant(Double.NaN)), "fill value", "NaN");
    }

    @Test
    void aFiniteDifferenceStepThatCannotMoveThePointIsRefused() {
        double[] x = {1, -0.5};
        mentions(assertThrows(IllegalArgumentException.class, () -> FiniteDifferences.activationError(Lagrangians.tanh(1), x, 0)), "step", "> 0");
        mentions(assertThrows(IllegalArgumentException.class, () -> FiniteDifferences.hessianError(Lagrangians.tanh(1), x, 1e-20)),
                "below the resolution", "entry 0");
        assertTrue(FiniteDifferences.activationError(Lagrangians.tanh(1), x, 1e-6) < 1e-8);
    }
}
