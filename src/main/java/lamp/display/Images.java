package lamp.display;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Encodes XChart charts for notebooks: PNG bytes (the default) or SVG text. Works headless. */
public final class Images {

    private Images() {}

    /** The chart as PNG bytes at its own width and height. */
    public static byte[] png(Chart<?, ?> chart) {
        if (chart == null) {
            throw new IllegalArgumentException("chart is null");
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }

    /** The chart as base64 PNG, the form Jupyter's {@code image/png} output expects. */
    public static String pngBase64(Chart<?, ?> chart) {
        return Base64.getEncoder().encodeToString(png(chart));
    }

    /** A rendered image (e.g. {@code Plots.imageGrid}) as PNG bytes. */
    public static byte[] png(RenderedImage image) {
        if (image == null) {
            throw new IllegalArgumentException("image is null");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer for this image type");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the image as PNG", e);
        }
        return out.toByteArray();
    }

    /** The chart as an SVG document. */
    public static String svg(Chart<?, ?> chart) {
        if (chart == null) {
            throw new IllegalArgumentException("chart is null");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
