package lamp.display;

import java.awt.image.RenderedImage;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * What a notebook should show for an object, as Jupyter MIME type to content (text, or base64 for images).
 * Kernel independent: every kernel bridge and the rapaio display provider go through {@link #of(Object)}.
 * Always carries {@code text/plain}, so a front end that cannot show the rich form still shows something short.
 */
public final class MimeBundle {

    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    private final Map<String, String> data;

    private MimeBundle(Map<String, String> data) {
        this.data = Collections.unmodifiableMap(data);
    }

    /**
     * The bundle for a Tablesaw table (HTML), an XChart chart or a {@code RenderedImage} such as a
     * {@code BufferedImage} (PNG), an {@link Svg}, or anything else (its {@link PlainText}, as text only, so
     * nothing in it is read as markup).
     */
    public static MimeBundle of(Object o) {
        Map<String, String> m = new LinkedHashMap<>();
        if (o instanceof Table t) {
            m.put(HTML, Html.table(t));
            m.put(TEXT, PlainText.table(t, Notebook.maxRows()));
        } else if (o instanceof Chart<?, ?> c) {
            m.put(PNG, Images.pngBase64(c));
            m.put(TEXT, describe(c));
        } else if (o instanceof RenderedImage img) {
            m.put(PNG, Base64.getEncoder().encodeToString(Images.png(img)));
            m.put(TEXT, "image " + img.getWidth() + "x" + img.getHeight());
        } else if (o instanceof Svg s) {
            m.put(SVG, s.xml());
            m.put(TEXT, s.toString());
        } else {
            m.put(TEXT, PlainText.of(o));
        }
        return new MimeBundle(m);
    }

    /** True for the types lamp renders richly: tables, charts, images and {@link Svg}. */
    public static boolean isRich(Object o) {
        return o instanceof Table || o instanceof Chart<?, ?> || o instanceof RenderedImage || o instanceof Svg;
    }

    /** MIME type to content, in preference order (rich form first, text/plain last). */
    public Map<String, String> data() {
        return data;
    }

    /** The content for one MIME type, or null. */
    public String get(String mime) {
        return data.get(mime);
    }

    private static String describe(Chart<?, ?> c) {
        String title = c.getTitle();
        return c.getClass().getSimpleName()
                + (title == null || title.isBlank() ? "" : " '" + title + "'")
                + " (" + c.getWidth() + "x" + c.getHeight() + " PNG)";
    }
}
