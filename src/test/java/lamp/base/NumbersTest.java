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

    @Test
    void fewerSignificantDigits() {
        assertEquals("0.123", Numbers.format(0.123456, 3));
        assertEquals("0.5", Numbers.format(0.5, 4));
        assertEquals("1.23e-05", Numbers.format(1.23456e-5, 3));
        assertEquals("1.23e+04", Numbers.format(12345.6, 3));
        assertEquals("12346", Numbers.format(12346, 3));
        assertEquals(Numbers.format(0.80471895621705), Numbers.format(0.80471895621705, 6));
        assertEquals("significant digits must lie in [1, 17], got 0",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Numbers.format(1.5, 0)).getMessage());
    }

    @Test
    void plainKeepsEveryDigitAndDropsTheDecimalPointOfWholeNumbers() {
        assertEquals("3", Numbers.plain(3));
        assertEquals("-2", Numbers.plain(-2));
        assertEquals("0.1", Numbers.plain(0.1));
        assertEquals("0.30000000000000004", Numbers.plain(0.1 + 0.2));
        assertEquals("1.0E-5", Numbers.plain(1e-5));
        assertEquals("1000000000", Numbers.plain(1e9));
        assertEquals("1.0E15", Numbers.plain(1e15));
        assertEquals("NaN", Numbers.plain(Double.NaN));
        assertEquals("Infinity", Numbers.plain(Double.POSITIVE_INFINITY));
    }
}
