package lamp.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import lamp.base.Checks;

/**
 * Raster figures: pattern images (memories, queries, retrieved states) in a grid of grey tiles, and
 * the white canvas with lamp's label font that they and {@link Swatches} are drawn on.
 * {@link Plots#imageGrid} draws an experiment's {@link lamp.experiment.ImageGrid} with it.
 */
public final class Raster {
    private Raster() {}

    /**
     * Pattern images (row-major, {@code width} pixels a row) in a grid of {@code columns} columns, as a
     * grayscale {@link BufferedImage}: the smallest value over all images is black, the largest white
     * (so for ±1 patterns a masked 0 is mid-grey). Each pixel is drawn as a square of
     * max(1, ⌈84/width⌉) screen pixels; a title, if given, is written above its image.
     */
    public static BufferedImage grid(List<double[]> images, int width, int columns, List<String> titles) {
        if (images == null || images.isEmpty()) throw new IllegalArgumentException("image list is empty");
        if (width < 1) throw new IllegalArgumentException("image width must be >= 1, got " + width);
        if (columns < 1) throw new IllegalArgumentException("grid columns must be >= 1, got " + columns);
        if (titles != null && titles.size() != images.size()) {
            throw new IllegalArgumentException("titles has " + titles.size() + " entries but there are " + images.size() + " images");
        }
        int length = -1;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < images.size(); k++) {
            double[] im = images.get(k);
            Checks.finite("image " + k, im);
            if (im.length == 0 || im.length % width != 0) {
                throw new IllegalArgumentException("image " + k + " has length " + im.length + ", not a positive multiple of width " + width);
            }
            if (length >= 0 && im.length != length) {
                throw new IllegalArgumentException("image " + k + " has length " + im.length + " but image 0 has length " + length);
            }
            length = im.length;
            for (double v : im) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        }
        int height = length / width;
        int scale = Math.max(1, (int) Math.ceil(84.0 / width));
        int gap = 6;
        int titleBand = titles == null ? 0 : 16;
        int cols = Math.min(columns, images.size());
        int rows = (images.size() + cols - 1) / cols;
        int tileW = width * scale, tileH = height * scale + titleBand;
        BufferedImage out = new BufferedImage(gap + cols * (tileW + gap), gap + rows * (tileH + gap), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k < images.size(); k++) {
            int x0 = gap + (k % cols) * (tileW + gap), y0 = gap + (k / cols) * (tileH + gap);
            if (titles != null && titles.get(k) != null) {
                g.setColor(Color.BLACK);
                String s = titles.get(k);
                while (s.length() > 1 && fm.stringWidth(s) > tileW) s = s.substring(0, s.length() - 1);
                g.drawString(s, x0 + (tileW - fm.stringWidth(s)) / 2, y0 + titleBand - 4);
            }
            double[] im = images.get(k);
            for (int i = 0; i < length; i++) {
                int level = hi > lo ? (int) Math.round(255 * (im[i] - lo) / (hi - lo)) : 128;
                g.setColor(new Color(level, level, level));
                g.fillRect(x0 + (i % width) * scale, y0 + titleBand + (i / width) * scale, scale, scale);
            }
        }
        g.dispose();
        return out;
    }

    /** A graphics context on {@code image}, filled white, with anti-aliased 11-point sans-serif text. */
    static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return g;
    }
}
