package lamp.memory;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lamp.base.Checks;

/**
 * Kanji as 64 × 64 binary images, the pattern-memorisation example of KH2020 §4 (64 × 64
 * images, 0.14·4096 ≈ 573 patterns for the classical network against the 3000–5000 kanji a reader
 * knows). The characters are the 6355 kanji of the Japanese standard JIS X 0208 in the standard's own
 * order: level 1 (the 2965 common kanji, by reading) first, then level 2 (by radical), enumerated by
 * decoding every two-byte EUC-JP code of rows 16–84, so the list needs no download. Each is drawn in
 * IPAex Gothic (Debian package {@value #PACKAGE}) with java.awt, headless, without anti-aliasing, the
 * font's em box centred in the image; as memories ink is +1 and background −1. The images are drawn
 * once per JVM.
 */
public final class Kanji {
    /** Image side in pixels. */
    public static final int SIDE = 64;
    /** Pixels per image, N_f = 4096. */
    public static final int PIXELS = SIDE * SIDE;
    /** The Debian package that installs the font. */
    public static final String PACKAGE = "fonts-ipaexfont-gothic";
    /** Where the package puts the font, and Debian's alternative for a Japanese Gothic font. */
    public static final List<Path> FONT_FILES = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"));
    /** Font size in pixels: the em box (58 px) leaves a margin of 3 px. */
    static final float FONT_PIXELS = 58f;
    /** The system property that names another font file (a TrueType/OpenType file with the kanji). */
    public static final String FONT_PROPERTY = "lamp.kanji.font";

    private static volatile List<Glyph> all;

    private Kanji() {}

    /** One kanji: its character, its rank in the JIS X 0208 order, its image as ±1 (ink +1), row by row. */
    public record Glyph(String character, int index, double[] pixels) {
        /** Keeps its own copy of the pixels. */
        public Glyph {
            Checks.vector("pixels", pixels, PIXELS);
            pixels = pixels.clone();
        }

        /** The ±1 image, a fresh copy. */
        @Override
        public double[] pixels() {
            return pixels.clone();
        }

        /** The Unicode code point, e.g. U+4E9C for 亜. */
        public String unicode() {
            return String.format("U+%04X", character.codePointAt(0));
        }
    }

    /** The kanji of JIS X 0208, level 1 then level 2, in the standard's order (6355 characters). */
    public static List<String> characters() {
        Charset eucJp;
        try {
            eucJp = Charset.forName("EUC-JP");
        } catch (RuntimeException e) {
            throw new IllegalStateException("this JDK has no EUC-JP charset (module jdk.charsets): the kanji list cannot be built", e);
        }
        List<String> out = new ArrayList<>(6355);
        for (int row = 16; row <= 84; row++) {
            for (int cell = 1; cell <= 94; cell++) {
                String s = new String(new byte[] {(byte) (0xA0 + row), (byte) (0xA0 + cell)}, eucJp);
                if (s.length() == 1 && Character.isIdeographic(s.codePointAt(0))) out.add(s);
            }
        }
        return out;
    }

    /** The number of level-1 kanji of JIS X 0208 (the common ones), the first of {@link #characters()}. */
    public static final int LEVEL_1 = 2965;

    /** Every kanji drawn, in {@link #characters()} order (drawn once per JVM). */
    public static List<Glyph> all() {
        List<Glyph> g = all;
        if (g == null) {
            synchronized (Kanji.class) {
                if (all == null) all = Collections.unmodifiableList(render(font()));
                g = all;
            }
        }
        return g;
    }

    /** The number of kanji available, 6355. */
    public static int count() {
        return all().size();
    }

    /** The first {@code count} kanji as ±1 memories of N_f = 4096 pixels, row μ the kanji of rank μ. */
    public static Memories memories(int count) {
        List<Glyph> g = all();
        Checks.count("kanji count", count, 1);
        if (count > g.size()) throw new IllegalArgumentException("only " + g.size() + " kanji are available, asked for " + count);
        double[][] rows = new double[count][];
        for (int mu = 0; mu < count; mu++) rows[mu] = g.get(mu).pixels;
        return Memories.of(rows);
    }

    /** The kanji of rank {@code index}. */
    public static Glyph get(int index) {
        List<Glyph> g = all();
        if (index < 0 || index >= g.size()) throw new IllegalArgumentException("kanji index must be 0…" + (g.size() - 1) + ", got " + index);
        return g.get(index);
    }

    /** The font file in use: the system property {@value #FONT_PROPERTY}, else the first of {@link #FONT_FILES} present. */
    public static Path fontFile() {
        String own = System.getProperty(FONT_PROPERTY);
        if (own != null && !own.isBlank()) {
            Path p = Path.of(own);
            if (!Files.isReadable(p)) throw new IllegalStateException("the font file " + p + " named by -D" + FONT_PROPERTY + " cannot be read");
            return p;
        }
        for (Path p : FONT_FILES) if (Files.isReadable(p)) return p;
        throw new IllegalStateException("the kanji are drawn in IPAex Gothic, which is not installed (looked for "
                + FONT_FILES.get(0) + "): install it with `sudo apt-get install " + PACKAGE + "`, or name another font file "
                + "with -D" + FONT_PROPERTY + "=PATH");
    }

    private static Font font() {
        Path p = fontFile();
        try {
            return Font.createFont(Font.TRUETYPE_FONT, p.toFile()).deriveFont(FONT_PIXELS);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read the font " + p + " (reinstall " + PACKAGE + "): " + e.getMessage(), e);
        }
    }

    private static List<Glyph> render(Font font) {
        List<String> chars = characters();
        List<Glyph> out = new ArrayList<>(chars.size());
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
        for (int k = 0; k < chars.size(); k++) {
            String c = chars.get(k);
            if (!font.canDisplay(c.codePointAt(0))) {
                throw new IllegalStateException("the font " + font.getFontName() + " has no glyph for " + c + " (reinstall " + PACKAGE + ")");
            }
            Graphics2D g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, SIDE, SIDE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setFont(font);
            g.setColor(Color.WHITE);
            FontMetrics fm = g.getFontMetrics();
            int x = (SIDE - fm.stringWidth(c)) / 2;
            int y = (SIDE - (fm.getAscent() + fm.getDescent())) / 2 + fm.getAscent();
            g.drawString(c, x, y);
            g.dispose();
            Raster r = image.getRaster();
            double[] px = new double[PIXELS];
            for (int row = 0; row < SIDE; row++) {
                for (int col = 0; col < SIDE; col++) px[row * SIDE + col] = r.getSample(col, row, 0) > 127 ? 1 : -1;
            }
            out.add(new Glyph(c, k, px));
        }
        return out;
    }
}
