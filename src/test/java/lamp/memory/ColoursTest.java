package lamp.memory;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ColoursTest {

    @Test
    void shipsTheWholeListWithDistinctCodes() {
        assertEquals(31918, Colours.all().size());
        assertEquals(31918, Colours.all().stream().mapToInt(Colours.Colour::rgb).distinct().count());
        assertEquals("100 Mph", Colours.all().get(0).name());
        assertEquals("#c93f38", Colours.all().get(0).hex());
    }

    @Test
    void cielabOfReferenceColoursMatchesPublishedValues() {
        assertArrayEquals(new double[] {100, 0, 0}, Colours.toLab(0xFFFFFF), 1e-3);   // the D65 white
        assertArrayEquals(new double[] {0, 0, 0}, Colours.toLab(0x000000), 1e-9);
        assertArrayEquals(new double[] {53.2408, 80.0925, 67.2032}, Colours.toLab(0xFF0000), 2e-3);
        assertArrayEquals(new double[] {87.7347, -86.1827, 83.1793}, Colours.toLab(0x00FF00), 2e-3);
        assertArrayEquals(new double[] {32.2970, 79.1875, -107.8602}, Colours.toLab(0x0000FF), 2e-3);
    }

    @Test
    void toRgbInvertsToLabForEveryShippedColour() {
        for (Colours.Colour c : Colours.all()) assertEquals(c.rgb(), Colours.toRgb(c.lab()), c.name());
    }

    @Test
    void directionsAreUnitVectorsFromMidGrey() {
        Memories d = Colours.directions();
        for (int mu = 0; mu < d.count(); mu += 97) assertEquals(1, d.norm(mu), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, Colours.direction(new double[] {80, 0, 0}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Colours.direction(Colours.MID_GREY));
        assertEquals(5, Colours.deltaE(new double[] {50, 3, 0}, new double[] {50, 0, 4}), 1e-12);
    }
}
