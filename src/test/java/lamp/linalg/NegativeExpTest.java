package lamp.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link NegativeExp} against Math.exp: the error bound its Javadoc states, and its edge values. */
class NegativeExpTest {

    private static double[] exp(double... x) {
        double[] y = x.clone();
        NegativeExp.inPlace(y, y.length);
        return y;
    }

    @Test
    void relativeErrorBelow4e9OnMinus708To0() {
        int count = 2_000_001;
        double[] x = new double[count];
        for (int i = 0; i < count; i++) x[i] = -708.0 * i / (count - 1);
        x[count - 1] = -1e-300; // and the tiny arguments next to 0
        double[] y = exp(x);
        double worst = 0, at = 0;
        for (int i = 0; i < count; i++) {
            double e = Math.exp(x[i]), err = Math.abs(y[i] - e) / e;
            if (err > worst) {
                worst = err;
                at = x[i];
            }
        }
        assertTrue(worst <= 4e-9, "worst relative error " + worst + " at x = " + at);
    }

    @Test
    void belowMinus708TheResultIsBelow1e307LikeExp() {
        for (double x = -708; x >= -1e4; x -= 0.37) {
            double y = exp(x)[0];
            assertTrue(y >= 0 && y <= 1e-307, "e^" + x + " gave " + y);
            assertEquals(Math.exp(x), y, 1e-307, "at " + x);
        }
        assertTrue(exp(Double.NEGATIVE_INFINITY)[0] <= Double.MIN_VALUE, "e^-∞");
    }

    @Test
    void zeroGivesExactlyOneAndNaNStaysNaN() {
        double[] y = exp(0.0, -0.0, Double.NaN);
        assertEquals(1.0, y[0], 0.0);
        assertEquals(1.0, y[1], 0.0);
        assertTrue(Double.isNaN(y[2]));
    }

    @Test
    void onlyTheFirstLenEntriesChange() {
        double[] x = {-1, -2, -3};
        NegativeExp.inPlace(x, 2);
        assertEquals(-3.0, x[2], 0.0);
        assertEquals(Math.exp(-2), x[1], 1e-9 * Math.exp(-2));
    }
}
