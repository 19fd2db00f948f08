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
        assertMessage("y[1] is 0.0", () -> Fits.logLogSlope(new double[] {1, 2}, new double[] {1, 0}));
        assertMessage("x[0] is -1.0", () -> Fits.logLogSlope(new double[] {-1, 2}, new double[] {1, 1}));
        assertMessage("x has 2 values but y has 3", () -> Fits.logLogSlope(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertMessage("points of a log-log fit must be >= 2", () -> Fits.logLogSlope(new double[] {1}, new double[] {1}));
        assertMessage("every x is the same", () -> Fits.logLogSlope(new double[] {2, 2}, new double[] {1, 3}));
    }
}
