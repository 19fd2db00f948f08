package lamp.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import lamp.base.Checks;

/**
 * Named colours for the colour-vision example of KH2020 §4 (N_f = 3 cone types against
 * about 10⁶ discernible colours): the 31 918 colours of the npm package color-name-list 14.51.0, shipped
 * with lamp (see {@code lamp/data/COLOR-NAMES-NOTICE.txt} for the source and licence), each an sRGB code
 * converted to the perceptual space CIELAB (D65 white), where a Euclidean distance ΔE ≈ 2.3 is about
 * the smallest difference a viewer notices.
 */
public final class Colours {
    /** Mid grey, CIELAB (50, 0, 0): the centre from which {@link #directions} are taken. */
    public static final double[] MID_GREY = {50, 0, 0};

    private static final String RESOURCE = "/lamp/data/color-names.csv.gz";
    private static volatile List<Colour> all;

    private Colours() {}

    /** One named colour: its name, its sRGB code (0xRRGGBB) and its CIELAB coordinates (L*, a*, b*). */
    public record Colour(String name, int rgb, double[] lab) {
        /** Keeps its own copy of the coordinates. */
        public Colour {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("colour name is empty");
            Checks.vector("CIELAB coordinates", lab, 3);
            lab = lab.clone();
        }

        /** (L*, a*, b*), a fresh copy. */
        @Override
        public double[] lab() { return lab.clone(); }

        /** The sRGB code as "#rrggbb". */
        public String hex() { return String.format("#%06x", rgb); }
    }

    /** Every shipped colour, in the source's (alphabetical) order. */
    public static List<Colour> all() {
        List<Colour> c = all;
        if (c == null) {
            synchronized (Colours.class) {
                if (all == null) all = Collections.unmodifiableList(read());
                c = all;
            }
        }
        return c;
    }

    /** The colours' CIELAB coordinates as memories, K × 3. */
    public static Memories lab() {
        List<Colour> c = all();
        double[][] rows = new double[c.size()][];
        for (int mu = 0; mu < rows.length; mu++) rows[mu] = c.get(mu).lab;
        return Memories.of(rows);
    }

    /**
     * The colours as unit vectors: the direction of (L* − 50, a*, b*) seen from {@link #MID_GREY}, so
     * that every memory has the same norm (mid grey itself, if present, would have no direction: it is
     * rejected).
     */
    public static Memories directions() {
        List<Colour> c = all();
        double[][] rows = new double[c.size()][];
        for (int mu = 0; mu < rows.length; mu++) rows[mu] = direction(c.get(mu).lab);
        return Memories.of(rows);
    }

    /** The unit vector of (L* − 50, a*, b*). */
    public static double[] direction(double[] lab) {
        Checks.vector("CIELAB coordinates", lab, 3);
        double[] d = {lab[0] - MID_GREY[0], lab[1] - MID_GREY[1], lab[2] - MID_GREY[2]};
        double n = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        if (!(n > 0)) throw new IllegalArgumentException("mid grey (50, 0, 0) has no direction");
        for (int i = 0; i < 3; i++) d[i] /= n;
        return d;
    }

    /** sRGB (0xRRGGBB) to CIELAB with the D65 white (IEC 61966-2-1 transfer curve, CIE 1976 L*a*b*). */
    public static double[] toLab(int rgb) {
        if (rgb < 0 || rgb > 0xFFFFFF) throw new IllegalArgumentException("sRGB code must be 0x000000…0xFFFFFF, got " + rgb);
        double r = linear(((rgb >> 16) & 0xFF) / 255.0), g = linear(((rgb >> 8) & 0xFF) / 255.0), b = linear((rgb & 0xFF) / 255.0);
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
        double fx = f(x / WHITE[0]), fy = f(y / WHITE[1]), fz = f(z / WHITE[2]);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /**
     * CIELAB to the nearest displayable sRGB code (0xRRGGBB): the inverse of {@link #toLab}, with each
     * channel clamped to [0, 255] for display (a perturbed colour can leave the sRGB gamut).
     */
    public static int toRgb(double[] lab) {
        Checks.vector("CIELAB coordinates", lab, 3);
        double fy = (lab[0] + 16) / 116, fx = fy + lab[1] / 500, fz = fy - lab[2] / 200;
        double x = WHITE[0] * finv(fx), y = WHITE[1] * finv(fy), z = WHITE[2] * finv(fz);
        double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    /** The CIE 1976 colour difference ΔE*ab: the Euclidean distance in CIELAB. */
    public static double deltaE(double[] lab1, double[] lab2) {
        Checks.vector("CIELAB coordinates", lab1, 3);
        Checks.vector("CIELAB coordinates", lab2, 3);
        double s = 0;
        for (int i = 0; i < 3; i++) s += (lab1[i] - lab2[i]) * (lab1[i] - lab2[i]);
        return Math.sqrt(s);
    }

    private static final double[] WHITE = {0.95047, 1.0, 1.08883};
    private static final double DELTA = 6.0 / 29;

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > DELTA * DELTA * DELTA ? Math.cbrt(t) : t / (3 * DELTA * DELTA) + 4.0 / 29;
    }

    private static double finv(double t) {
        return t > DELTA ? t * t * t : 3 * DELTA * DELTA * (t - 4.0 / 29);
    }

    private static int channel(double linear) {
        double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(Math.max(linear, 0), 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
    }

    private static List<Colour> read() {
        InputStream raw = Colours.class.getResourceAsStream(RESOURCE);
        if (raw == null) throw new IllegalStateException("the colour data " + RESOURCE + " is missing from the classpath (is lamp's jar complete?)");
        List<Colour> out = new ArrayList<>(32000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!"name,hex".equals(header)) throw new IllegalStateException("the colour data " + RESOURCE + " starts with '" + header + "', not 'name,hex'");
            int line = 1;
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                line++;
                int comma = s.lastIndexOf(',');
                if (comma <= 0 || s.length() - comma != 8 || s.charAt(comma + 1) != '#') {
                    throw new IllegalStateException("the colour data " + RESOURCE + " has a malformed line " + line + ": '" + s + "'");
                }
                int rgb = Integer.parseInt(s.substring(comma + 2), 16);
                out.add(new Colour(s.substring(0, comma), rgb, toLab(rgb)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the colour data " + RESOURCE, e);
        }
        return out;
    }
}
