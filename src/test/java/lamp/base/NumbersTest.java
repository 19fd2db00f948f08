package lamp.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void sixSignificantDigitsWithoutTrailingZeros() {
        assertEquals("10000", Numbers.format(10000));
        assertEquals("0.001", Numbers.format(0.001));
        assertEquals("1e-10", Numbers.format(1e-10));
        assertEquals("-2.5e-07", Numbers.format(-2.5e-7));
        assertEquals("0.804719", Numbers.format(0.80471895621705));
        assertEquals("1.5", Numbers.format(1.5));
        assertEquals("1e+15", Numbers.format(1e15));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("-Infinity", Numbers.format(Double.NEGATIVE_INFINITY));
    }
}
