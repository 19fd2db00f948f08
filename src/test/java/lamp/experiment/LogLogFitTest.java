package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogLogFitTest {

    @Test
    void anExactPowerLawHasItsExponentAndNoError() {
        double[] x = {16, 23, 32, 45, 64, 91, 128};
        double[] y = new double[x.length];
        for (int j = 0; j < x.length; j++) y[j] = 3 * Math.pow(x[j], 2.5);
        LogLogFit fit = LogLogFit.of(x, y);
        assertEquals(2.5, fit.slope(), 1e-12);
        assertEquals(Math.log(3), fit.intercept(), 1e-10);
        assertEquals(0, fit.slopeError(), 1e-12);
        assertEquals(7, fit.points());
    }

    @Test
    void slopeAndStandardErrorByHand() {
        // (ln x, ln y) = (0, 0), (1, 1), (2, 3): slope 3/2, intercept −1/6, residuals 1/6, −1/3, 1/6,
        // Σr² = 1/6, Σ(u − ū)² = 2, SE = √((1/6)/1 / 2) = √(1/12)
        LogLogFit fit = LogLogFit.of(new double[] {1, Math.E, Math.E * Math.E}, new double[] {1, Math.E, Math.exp(3)});
        assertEquals(1.5, fit.slope(), 1e-12);
        assertEquals(-1.0 / 6, fit.intercept(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 12), fit.slopeError(), 1e-12);
    }

    @Test
    void twoPointsHaveNoStandardError() {
        LogLogFit fit = LogLogFit.of(new double[] {2, 8}, new double[] {5, 20});
        assertEquals(1, fit.slope(), 1e-12);
        assertTrue(Double.isNaN(fit.slopeError()));
    }

    @Test
    void badPoints() {
        assertEquals("log–log fit: x has 2 points but y has 3", assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(new double[] {1, 2}, new double[] {1, 2, 3})).getMessage());
        assertEquals("log–log fit needs at least 2 points, got 1", assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(new double[] {1}, new double[] {1})).getMessage());
        assertEquals("log–log fit: point 1 is (2.0, 0.0); both must be finite and > 0", assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(new double[] {1, 2}, new double[] {1, 0})).getMessage());
        assertEquals("log–log fit: point 0 is (NaN, 1.0); both must be finite and > 0", assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(new double[] {Double.NaN, 2}, new double[] {1, 1})).getMessage());
        assertEquals("log–log fit needs at least 2 distinct x, all are 4.0", assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(new double[] {4, 4}, new double[] {1, 2})).getMessage());
    }
}
