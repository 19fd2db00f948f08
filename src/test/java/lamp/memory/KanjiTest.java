package lamp.memory;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class KanjiTest {

    @Test
    void theListIsJisX0208LevelOneThenLevelTwoWithoutRepeats() {
        List<String> c = Kanji.characters();
        assertEquals(6355, c.size());
        assertEquals("亜", c.get(0));                        // first kanji of level 1 (row 16, cell 1)
        assertEquals("腕", c.get(Kanji.LEVEL_1 - 1));         // last of level 1 (row 47, cell 51)
        assertEquals("弌", c.get(Kanji.LEVEL_1));             // first of level 2 (row 48, cell 1)
        assertEquals(c.size(), new HashSet<>(c).size());
    }

    @Test
    void glyphsAreDistinctBinaryImagesWithInkInsideTheFrame() {
        Assumptions.assumeTrue(Kanji.FONT_FILES.stream().anyMatch(Files::isReadable), "IPAex Gothic is not installed");
        Memories xi = Kanji.memories(300);
        assertEquals(300, xi.count());
        assertEquals(Kanji.PIXELS, xi.dimension());
        HashSet<String> seen = new HashSet<>();
        for (int mu = 0; mu < xi.count(); mu++) {
            double[] s = xi.row(mu);
            int ink = 0;
            for (double v : s) { assertTrue(v == 1 || v == -1); if (v == 1) ink++; }
            assertTrue(ink > 0.03 * s.length && ink < 0.6 * s.length, "ink of kanji " + mu + ": " + ink);
            for (int i = 0; i < Kanji.SIDE; i++) {                 // the outermost row and column stay blank
                assertEquals(-1, s[i]);
                assertEquals(-1, s[(Kanji.SIDE - 1) * Kanji.SIDE + i]);
                assertEquals(-1, s[i * Kanji.SIDE]);
            }
            assertTrue(seen.add(java.util.Arrays.toString(s)), "kanji " + mu + " repeats an earlier image");
        }
        assertEquals("U+4E9C", Kanji.get(0).unicode());
    }

    @Test
    void aMissingFontNamesThePackageOrTheFile() {
        String old = System.getProperty(Kanji.FONT_PROPERTY);
        try {
            System.setProperty(Kanji.FONT_PROPERTY, "/nonexistent/font.ttf");
            IllegalStateException e = assertThrows(IllegalStateException.class, Kanji::fontFile);
            assertTrue(e.getMessage().contains("/nonexistent/font.ttf"), e.getMessage());
        } finally {
            if (old == null) System.clearProperty(Kanji.FONT_PROPERTY); else System.setProperty(Kanji.FONT_PROPERTY, old);
        }
        if (Kanji.FONT_FILES.stream().noneMatch(Files::isReadable)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, Kanji::fontFile);
            assertTrue(e.getMessage().contains(Kanji.PACKAGE), e.getMessage());
        }
    }

    @Test
    void badCountsAreRefused() {
        Assumptions.assumeTrue(Kanji.FONT_FILES.stream().anyMatch(Files::isReadable), "IPAex Gothic is not installed");
        assertThrows(IllegalArgumentException.class, () -> Kanji.memories(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kanji.memories(7000));
        assertTrue(e.getMessage().contains("6355"), e.getMessage());
    }
}
