package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineFitTest {

    @Test
    void slopeInterceptAndStandardErrorByHand() {
        // (0, 0), (1, 1), (2, 3): slope 3/2, intercept −1/6, residuals 1/6, −1/3, 1/6,
        // Σr² = 1/6, Σ(x − x̄)² = 2, SE = √((1/6)/1 / 2) = √(1/12)
        LineFit fit = LineFit.of(new double[] {0, 1, 2}, new double[] {0, 1, 3});
        assertEquals(1.5, fit.slope(), 1e-15);
        assertEquals(-1.0 / 6, fit.intercept(), 1e-15);
        assertEquals(Math.sqrt(1.0 / 12), fit.slopeError(), 1e-15);
        assertEquals(3, fit.points());
        assertTrue(Double.isNaN(LineFit.of(new double[] {0, 1}, new double[] {2, 5}).slopeError()));
    }

    @Test
    void scalingByPowersOfTwoKeepsTheBitsOfTheUnscaledSums() {
        double[] x = {0.3, 1.7, 2.2, 5.9, 7.1}, y = {-1.3, 0.4, 0.5, 3.3, 2.9};
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) { mx += x[i]; my += y[i]; }
        mx /= x.length;
        my /= x.length;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < x.length; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) * (x[i] - mx); }
        double slope = sxy / sxx, intercept = my - slope * mx, ssr = 0;
        for (int i = 0; i < x.length; i++) { double r = y[i] - intercept - slope * x[i]; ssr += r * r; }
        LineFit fit = LineFit.of(x, y);
        assertEquals(slope, fit.slope(), 0);
        assertEquals(intercept, fit.intercept(), 0);
        assertEquals(Math.sqrt(ssr / (x.length - 2) / sxx), fit.slopeError(), 0);
    }

    @Test
    void valuesNearTheEndOfTheDoubleRangeStillFit() {
        // unscaled, (y − ȳ)·(x − x̄) and (x − x̄)² would overflow
        LineFit fit = LineFit.of(new double[] {0, 1e200, 2e200}, new double[] {1e300, 2e300, 3e300});
        assertEquals(1e100, fit.slope(), 1e85);
        assertEquals(1e300, fit.intercept(), 1e285);
        assertEquals(0, LineFit.of(new double[] {1, 2, 3}, new double[] {0, 0, 0}).slope());
    }

    @Test
    void badInputIsNamed() {
        assertMessage("x has 2 values but y has 3", () -> LineFit.of(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertMessage("points of a linear fit must be >= 2", () -> LineFit.of(new double[] {1}, new double[] {1}));
        assertMessage("every x is the same", () -> LineFit.of(new double[] {2, 2}, new double[] {1, 3}));
        assertMessage("y", () -> LineFit.of(new double[] {1, 2}, new double[] {1, Double.NaN}));
        assertThrows(ArithmeticException.class, () -> LineFit.of(new double[] {0, 1e-300}, new double[] {0, 1e300}));
    }
}
