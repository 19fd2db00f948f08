package lamp.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Colour swatches in rows: each row a label and a few colours, each colour a square with its caption
 * beneath (e.g. a perturbed query, the colour a model retrieves and its name; KH2020 §4's colour vision).
 */
public final class Swatches {
    private static final int SIDE = 56, CAPTION_WIDTH = 150, LABEL_WIDTH = 90, GAP = 8, CAPTION_LINES = 2;

    private Swatches() {}

    /** One row: a label, and per swatch its sRGB code (0xRRGGBB) and caption. */
    public record Row(String label, int[] rgb, List<String> captions) {
        public Row {
            if (label == null) throw new IllegalArgumentException("row label is null");
            if (rgb == null || rgb.length == 0) throw new IllegalArgumentException("row '" + label + "' has no colour");
            if (captions == null || captions.size() != rgb.length) {
                throw new IllegalArgumentException("row '" + label + "' has " + rgb.length + " colours but "
                        + (captions == null ? 0 : captions.size()) + " captions");
            }
            for (int c : rgb) if (c < 0 || c > 0xFFFFFF) throw new IllegalArgumentException("row '" + label + "': sRGB code out of range: " + c);
            rgb = rgb.clone();
            captions = List.copyOf(captions);
        }
    }

    /** The rows drawn one under the other; every row has the same number of swatches. */
    public static BufferedImage image(List<Row> rows) {
        if (rows == null || rows.isEmpty()) throw new IllegalArgumentException("no swatch rows");
        int n = rows.get(0).rgb().length;
        for (Row r : rows) if (r.rgb().length != n) throw new IllegalArgumentException("row '" + r.label() + "' has " + r.rgb().length + " swatches, the first row " + n);
        int lineHeight = 14;
        int rowHeight = SIDE + CAPTION_LINES * lineHeight + GAP;
        BufferedImage out = new BufferedImage(LABEL_WIDTH + n * (CAPTION_WIDTH + GAP) + GAP, GAP + rows.size() * rowHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Raster.canvas(out);
        FontMetrics fm = g.getFontMetrics();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y0 = GAP + r * rowHeight;
            g.setColor(Color.BLACK);
            g.drawString(fit(row.label(), LABEL_WIDTH - GAP, fm), GAP, y0 + SIDE / 2);
            for (int k = 0; k < n; k++) {
                int x0 = LABEL_WIDTH + k * (CAPTION_WIDTH + GAP);
                g.setColor(new Color(row.rgb()[k]));
                g.fillRect(x0, y0, SIDE, SIDE);
                g.setColor(Color.GRAY);
                g.drawRect(x0, y0, SIDE, SIDE);
                g.setColor(Color.BLACK);
                String[] lines = wrap(row.captions().get(k), CAPTION_WIDTH, fm);
                for (int l = 0; l < lines.length; l++) g.drawString(lines[l], x0, y0 + SIDE + (l + 1) * lineHeight - 2);
            }
        }
        g.dispose();
        return out;
    }

    private static String[] wrap(String s, int width, FontMetrics fm) {
        String first = fit(s, width, fm);
        if (first.length() == s.length()) return new String[] {s};
        int cut = s.lastIndexOf(' ', first.length());
        if (cut <= 0) cut = first.length();
        return new String[] {s.substring(0, cut), fit(s.substring(cut).trim(), width, fm)};
    }

    private static String fit(String s, int width, FontMetrics fm) {
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t) > width) t = t.substring(0, t.length() - 1);
        return t;
    }
}
