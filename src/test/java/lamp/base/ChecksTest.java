package lamp.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Argument checks: accepted values pass through unchanged; rejected ones name the argument and the problem. */
class ChecksTest {

    static void rejects(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' does not mention '" + p + "'");
        }
    }

    @Test
    void vectorAcceptsTheRightLengthAndReturnsTheSameArray() {
        double[] x = {1, 2, 3};
        assertSame(x, Checks.vector("query", x, 3));
        assertSame(x, Checks.finite("query", x));
    }

    @Test
    void vectorWithWrongLengthIsRejected() {
        rejects(() -> Checks.vector("query", new double[] {1, 2}, 3), "query", "length 2", "3 is required");
        rejects(() -> Checks.vector("query", null, 3), "query", "null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void vectorWithNonFiniteEntryIsRejectedNamingTheIndex(double bad) {
        rejects(() -> Checks.vector("query", new double[] {0, 1, bad}, 3), "query[2]", String.valueOf(bad), "finite");
        rejects(() -> Checks.finite("β", bad), "β", String.valueOf(bad), "finite");
    }

    @Test
    void scalarChecks() {
        assertEquals(0.5, Checks.positive("β", 0.5), 0.0);
        rejects(() -> Checks.positive("β", 0), "β", "> 0", "0.0");
        rejects(() -> Checks.positive("β", Double.NaN), "β", "NaN");
        rejects(() -> Checks.positive("β", Double.POSITIVE_INFINITY), "β", "Infinity");

        assertEquals(1, Checks.atLeast("n", 1, 1), 0.0);
        rejects(() -> Checks.atLeast("n", 0.999, 1), "n", ">= 1", "0.999");
        rejects(() -> Checks.atLeast("n", Double.NaN, 1), "n", "NaN");

        assertEquals(0, Checks.fraction("flip", 0), 0.0);
        assertEquals(1, Checks.fraction("flip", 1), 0.0);
        rejects(() -> Checks.fraction("flip", 1.01), "flip", "[0, 1]");
        rejects(() -> Checks.fraction("flip", -0.01), "flip", "[0, 1]");
        rejects(() -> Checks.fraction("flip", Double.NaN), "flip", "NaN");

        assertEquals(3, Checks.count("k", 3, 1));
        rejects(() -> Checks.count("k", 0, 1), "k", ">= 1", "0");
    }
}
