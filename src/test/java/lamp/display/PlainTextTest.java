package lamp.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void arraysReadAsJShellWritesThem() {
        assertEquals("double[3] { 1.0, 2.0, 3.0 }", PlainText.of(new double[] {1, 2, 3}));
        assertEquals("int[0] {  }", PlainText.of(new int[0]));
        assertEquals("String[2] { \"a\", null }", PlainText.of(new String[] {"a", null}));
        assertEquals("char[1] { 'x' }", PlainText.of(new char[] {'x'}));
        assertEquals("int[2][] { int[2] { 1, 2 }, int[1] { 3 } }", PlainText.of(new int[][] {{1, 2}, {3}}));
    }

    @Test
    void longArraysShowTheirEnds() {
        int[] values = IntStream.range(0, 2 * PlainText.HALF + 1).toArray();
        assertEquals("int[21] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ..., 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 }",
                PlainText.of(values));
        int[] exactlyFull = IntStream.range(0, 2 * PlainText.HALF).toArray();
        assertEquals(20, PlainText.of(exactlyFull).split(",").length);
    }

    @Test
    void otherValuesAreTheirToString() {
        assertEquals("null", PlainText.of(null));
        assertEquals("a <b>", PlainText.of("a <b>"));
        assertEquals("[1, 2]", PlainText.of(List.of(1, 2)));
    }
}
