package lamp.memory;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorruptionTest {
    private final double[] pattern = Patterns.randomBinary(1, 101, 5).row(0);

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.013, 0.1, 0.25, 0.5, 0.999, 1.0})
    void flipChangesExactlyRoundFractionTimesNEntries(double fraction) {
        double[] q = Corruption.flip(pattern, fraction, 9);
        int expected = (int) Math.round(fraction * pattern.length);
        assertEquals(expected, Metrics.hamming(pattern, q));
        for (int i = 0; i < q.length; i++) assertEquals(Math.abs(pattern[i]), Math.abs(q[i]));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.5, 1.0})
    void maskZeroesExactlyRoundFractionTimesNEntries(double fraction) {
        double[] q = Corruption.mask(pattern, fraction, 9);
        long zeros = Arrays.stream(q).filter(x -> x == 0).count();
        assertEquals(Math.round(fraction * pattern.length), zeros);
        for (int i = 0; i < q.length; i++) if (q[i] != 0) assertEquals(pattern[i], q[i]);
    }

    @Test
    void argumentIsNotModified() {
        double[] copy = pattern.clone();
        Corruption.flip(pattern, 0.5, 1);
        Corruption.mask(pattern, 0.5, 1);
        Corruption.noise(pattern, 1, 1);
        Corruption.maskBottomHalf(pattern.clone(), 1);
        assertArrayEquals(copy, pattern);
    }

    @Test
    void seedDeterminesTheChoiceAndSmallerFractionsAreNested() {
        assertArrayEquals(Corruption.flip(pattern, 0.3, 11), Corruption.flip(pattern, 0.3, 11));
        assertFalse(Arrays.equals(Corruption.flip(pattern, 0.3, 11), Corruption.flip(pattern, 0.3, 12)));
        assertArrayEquals(Corruption.noise(pattern, 0.5, 11), Corruption.noise(pattern, 0.5, 11));
        assertFalse(Arrays.equals(Corruption.noise(pattern, 0.5, 11), Corruption.noise(pattern, 0.5, 12)));
        double[] small = Corruption.flip(pattern, 0.1, 11);
        double[] large = Corruption.flip(pattern, 0.3, 11);
        for (int i = 0; i < pattern.length; i++) {
            if (small[i] != pattern[i]) assertNotEquals(pattern[i], large[i], "entry " + i + " not nested");
        }
    }

    @Test
    void noiseHasTheRequestedSpread() {
        double[] zero = new double[20000];
        double[] q = Corruption.noise(zero, 0.5, 3);
        double var = Arrays.stream(q).map(x -> x * x).average().orElseThrow();
        assertEquals(0.25, var, 0.01);
        assertArrayEquals(pattern, Corruption.noise(pattern, 0, 3));
    }

    @Test
    void maskTheBottomHalfOfAnImage() {
        double[] image = new double[4 * 5]; // width 4, height 5
        Arrays.fill(image, 1);
        double[] bottom = Corruption.maskBottomHalf(image, 4);
        for (int i = 0; i < image.length; i++) {
            int row = i / 4;
            assertEquals(row >= 3 ? 0 : 1, bottom[i], "bottom, entry " + i);
        }
    }

    @Test
    void kindsDispatchToTheirMethods() {
        assertArrayEquals(Corruption.flip(pattern, 0.2, 4), Corruption.Kind.FLIP.apply(pattern, 0.2, 4));
        assertArrayEquals(Corruption.mask(pattern, 0.2, 4), Corruption.Kind.MASK.apply(pattern, 0.2, 4));
        assertArrayEquals(Corruption.noise(pattern, 0.2, 4), Corruption.Kind.NOISE.apply(pattern, 0.2, 4));
        assertEquals("flip", Corruption.Kind.FLIP.label());
    }

    @Test
    void badInputIsRejectedWithItsName() {
        assertMessage("corruption fraction", () -> Corruption.flip(pattern, 1.5, 0));
        assertMessage("corruption fraction", () -> Corruption.mask(pattern, -0.1, 0));
        assertMessage("corruption fraction", () -> Corruption.flip(pattern, Double.NaN, 0));
        assertMessage("sigma", () -> Corruption.noise(pattern, -1, 0));
        assertMessage("pattern[1]", () -> Corruption.flip(new double[] {1, Double.NaN}, 0.5, 0));
        assertMessage("pattern is null", () -> Corruption.mask(null, 0.5, 0));
        assertMessage("not a multiple of width", () -> Corruption.maskBottomHalf(new double[7], 2));
        assertMessage("image width", () -> Corruption.maskBottomHalf(new double[8], 0));
    }

    static void assertMessage(String fragment, Executable call) {
        var e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }
}
