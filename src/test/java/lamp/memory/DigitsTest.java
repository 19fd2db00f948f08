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

    @Test
    void downsamplingAveragesBlocks() {
        Digits.Digit d = Digits.get(3, 0);
        double[] full = d.pixels(), half = d.pixels(14);
        assertEquals(196, half.length);
        // pixel (r, c) of the 14 × 14 image is the mean of the 2 × 2 block at (2r, 2c)
        for (int r = 0; r < 14; r++) {
            for (int c = 0; c < 14; c++) {
                double block = (full[2 * r * 28 + 2 * c] + full[2 * r * 28 + 2 * c + 1] + full[(2 * r + 1) * 28 + 2 * c]
                        + full[(2 * r + 1) * 28 + 2 * c + 1]) / 4;
                assertEquals(block, half[r * 14 + c], 1e-15);
            }
        }
        assertArrayEquals(full, d.pixels(28), 0);
        double mean = Arrays.stream(full).average().orElseThrow();
        assertEquals(mean, d.pixels(1)[0], 1e-15);
        for (int i = 0; i < 196; i++) assertEquals(half[i] > 0.5 ? 1 : -1, d.binary(14)[i]);
        assertThrows(IllegalArgumentException.class, () -> d.pixels(5));
    }

    @Test
    void memoriesAtACoarserResolution() {
        Memories xi = Digits.memoriesAt(14, 50, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(500, xi.count());
        assertEquals(196, xi.dimension());
        assertArrayEquals(Digits.get(7, 3).binary(14), xi.row(7 * 50 + 3), 0);
        assertArrayEquals(Digits.memories(2, 4, 1).toRowMajor(), Digits.memoriesAt(28, 2, 4, 1).toRowMajor(), 0);
        assertEquals(1, Digits.label(2, 2, 4, 1));
        assertEquals(4, Digits.label(1, 2, 4, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Digits.memoriesAt(10, 1, 0));
        assertTrue(e.getMessage().contains("side must divide 28"), e.getMessage());
    }
}
