package lamp.memory;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void ships500DigitsFiftyPerClassInOrder() {
        assertEquals(500, Digits.all().size());
        for (int label = 0; label < 10; label++) {
            for (int k = 0; k < Digits.PER_CLASS; k++) assertEquals(label, Digits.get(label, k).label());
        }
    }

    @Test
    void pixelsAreGreyLevelsWithInkAndBackground() {
        for (Digits.Digit d : Digits.all()) {
            assertEquals(784, d.pixels().length);
            double ink = 0;
            for (double p : d.pixels()) {
                assertTrue(p >= 0 && p <= 1);
                ink += p;
            }
            // a handwritten digit covers a few percent to about a third of the image
            assertTrue(ink > 20 && ink < 400, "ink " + ink + " for a " + d.label());
        }
    }

    @Test
    void memoriesAreBinaryRowsInClassOrder() {
        Memories m = Digits.memories(3, 1, 7);
        assertEquals(6, m.count());
        assertEquals(784, m.dimension());
        assertArrayEquals(Digits.get(7, 0).binary(), m.row(3));
        for (double x : m.toRowMajor()) assertTrue(x == 1 || x == -1);
    }

    /** Digits are shared by every caller: what one caller writes into its pixels changes no later load. */
    @Test
    void pixelsAreACopyNotTheCache() {
        double[] first = Digits.get(3, 4).pixels();
        double[] keep = first.clone();
        Arrays.fill(first, 1.0);
        assertArrayEquals(keep, Digits.get(3, 4).pixels(), 0.0);
        assertArrayEquals(keep, Digits.all().get(3 * Digits.PER_CLASS + 4).pixels(), 0.0);
        double[] mine = keep.clone();
        Digits.Digit d = new Digits.Digit(3, mine);
        mine[0] = 0.5;
        assertEquals(keep[0], d.pixels()[0], 0.0, "a Digit keeps its own copy");
        assertEquals("pixels has length 3 but 784 is required",
                assertThrows(IllegalArgumentException.class, () -> new Digits.Digit(1, new double[3])).getMessage());
    }

    @Test
    void badRequestsNameTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Digits.get(10, 0)).getMessage().contains("label"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Digits.memories(51, 0)).getMessage().contains("50"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Digits.memories(2)).getMessage().contains("no digit classes"));
    }
}
