package lamp.lagrangian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The degree of F and its overflow-safe sum, the one place the DAM's energy and sweep read them from. */
class ScalarFunctionScalingTest {
    private static final ScalarFunction USER = ScalarFunction.of("softplus", x -> Math.log1p(Math.exp(x)), x -> 0, x -> 0, true);

    @Test
    void degreesComeFromTheType() {
        assertEquals(OptionalDouble.of(2), ScalarFunction.quadratic().degree());
        assertEquals(OptionalDouble.of(3), ScalarFunction.power(3).degree());
        assertEquals(OptionalDouble.of(2.5), ScalarFunction.rectifiedPower(2.5).degree());
        assertFalse(ScalarFunction.exponential(1).degree().isPresent());
        assertFalse(USER.degree().isPresent());
        assertEquals(OptionalInt.of(2), ScalarFunction.quadratic().polynomialDegree());
        assertEquals(OptionalInt.of(5), ScalarFunction.power(5).polynomialDegree());
        assertFalse(ScalarFunction.power(1).polynomialDegree().isPresent());
        assertFalse(ScalarFunction.rectifiedPower(3).polynomialDegree().isPresent());
        assertFalse(ScalarFunction.exponential(2).polynomialDegree().isPresent());
    }

    @Test
    void scaledSumEqualsThePlainSumWhereThatIsFinite() {
        double[] x = {-2, 5, 1, 0.5, -3};
        for (ScalarFunction f : List.of(ScalarFunction.quadratic(), ScalarFunction.power(3), ScalarFunction.rectifiedPower(2.5),
                ScalarFunction.exponential(0.7), USER)) {
            double plain = 0;
            for (double v : x) plain += f.value(v);
            double[] s = f.scaledSum(x);
            assertEquals(plain, s[1] * Math.exp(s[0]), 1e-12 * Math.abs(plain), f.name());
        }
    }

    @Test
    void scaledSumHoldsWhatOverflowsTermByTerm() {
        double[] s = ScalarFunction.exponential(1).scaledSum(new double[] {800, 801});
        assertEquals(801, s[0], 0);
        assertEquals(1 + Math.exp(-1), s[1], 1e-15);
        double[] p = ScalarFunction.power(200).scaledSum(new double[] {1000, -500});
        assertEquals(200 * Math.log(1000), p[0], 1e-12);
        assertEquals(1 + Math.pow(0.5, 200), p[1], 1e-15);
        double[] zero = ScalarFunction.power(3).scaledSum(new double[] {0, 0});
        assertEquals(Double.NEGATIVE_INFINITY, zero[0]);
        assertEquals(0, zero[1]);
    }
}
