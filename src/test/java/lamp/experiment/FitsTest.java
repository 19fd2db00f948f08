package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FitsTest {

    @Test
    void slopeOfAPowerLawIsItsExponent() {
        assertEquals(2.0, Fits.logLogSlope(new double[] {1, 10}, new double[] {1, 100}), 1e-12);
        double[] x = {16, 32, 64, 128};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = 0.3 * Math.pow(x[i], 1.5);
        assertEquals(1.5, Fits.logLogSlope(x, y), 1e-12);
        // least squares over points off the line: y = 1, 10, 10 at x = 1, 10, 100 gives slope 1/2
        assertEquals(0.5, Fits.logLogSlope(new double[] {1, 10, 100}, new double[] {1, 10, 10}), 1e-12);
    }

    @Test
    void badInputIsNamed() {
        assertMessage("point 1 is (2.0, 0.0); both must be finite and > 0", () -> Fits.logLogSlope(new double[] {1, 2}, new double[] {1, 0}));
        assertMessage("point 0 is (-1.0, 1.0)", () -> Fits.logLogSlope(new double[] {-1, 2}, new double[] {1, 1}));
        assertMessage("x has 2 points but y has 3", () -> Fits.logLogSlope(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertMessage("needs at least 2 points, got 1", () -> Fits.logLogSlope(new double[] {1}, new double[] {1}));
        assertMessage("needs at least 2 distinct x, all are 2.0", () -> Fits.logLogSlope(new double[] {2, 2}, new double[] {1, 3}));
    }

    @Test
    void slopeOfAStraightLine() {
        assertEquals(0.25, Fits.slope(new double[] {0, 4, 8}, new double[] {1, 2, 3}), 1e-15);
        // least squares: (0,0), (1,1), (2,1) gives slope 1/2
        assertEquals(0.5, Fits.slope(new double[] {0, 1, 2}, new double[] {0, 1, 1}), 1e-15);
        assertMessage("every x is the same", () -> Fits.slope(new double[] {2, 2}, new double[] {1, 3}));
    }

    @Test
    void crossingInterpolates() {
        // falls from 1 to 0 between x = 2 and 4: ½ at 3 (linear), at √8 in ln x
        double[] x = {1, 2, 4, 8}, y = {1, 1, 0, 0};
        assertEquals(3, Fits.crossing(x, y, 0.5, false), 1e-15);
        assertEquals(Math.sqrt(8), Fits.crossing(x, y, 0.5, true), 1e-12);
        // rising curve, first crossing: 0.25 at x = 0.5 + 0.5·(0.25 − 0)/(1 − 0)... y = 0, 0, 1 at x = 0, 1, 2
        assertEquals(1.25, Fits.crossing(new double[] {0, 1, 2}, new double[] {0, 0, 1}, 0.25, false), 1e-15);
        assertMessage("the curve never crosses 0.5: y stays in [0.6, 1.0]", () -> Fits.crossing(x, new double[] {1, 0.9, 0.8, 0.6}, 0.5, false));
        assertMessage("x must increase", () -> Fits.crossing(new double[] {1, 1}, new double[] {1, 0}, 0.5, false));
        assertMessage("x[0] is 0.0", () -> Fits.crossing(new double[] {0, 1}, new double[] {1, 0}, 0.5, true));
    }
}
