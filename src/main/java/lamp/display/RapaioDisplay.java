package lamp.display;

import java.awt.image.RenderedImage;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import tech.tablesaw.api.Table;

/**
 * How the rapaio kernel shows cell values with lamp on its classpath; everything goes through {@link MimeBundle}.
 * lamp's rich types get their rich form (tables HTML, charts and images PNG, {@link Svg} SVG). Every other
 * value, which the kernel alone would send as unescaped {@code text/html} with no {@code text/plain} (so
 * {@code "List<String>"} showed as "List" and {@code double[]} as {@code [D@5f1b…}), goes out as its
 * {@link PlainText}: collections through a renderer, everything else through a transformer to a bundle. The
 * kernel's own types (its tables, options, help) are left to it.
 */
final class RapaioDisplay {

    private static final String KERNEL_PACKAGE = "org.rapaio.jupyter.kernel.";

    private RapaioDisplay() {}

    static List<DisplayRenderer> renderers() {
        return List.of(new Renderer(Table.class), new Renderer(Chart.class), new Renderer(Svg.class),
                new Renderer(RenderedImage.class), new Renderer(Collection.class), new Renderer(MimeBundle.class),
                new Silent(PrintStream.class));
    }

    static List<DisplayTransformer> transformers() {
        return List.of(new ToBundle());
    }

    /** The bundle as the kernel's display data: {@code text/plain} always, the rich form where there is one. */
    static DisplayData toDisplayData(MimeBundle bundle) {
        DisplayData data = DisplayData.fromText(bundle.get(MimeBundle.TEXT));
        for (Map.Entry<String, String> e : bundle.data().entrySet()) {
            data.putData(e.getKey(), e.getValue());
        }
        return data;
    }

    /**
     * Renders one type. It accepts the kernel's default request (no MIME type) and explicit requests for the form
     * lamp produces for that type (e.g. {@code display("html", table)}); anything else falls through to the kernel.
     */
    static final class Renderer implements DisplayRenderer {
        private final Class<?> type;

        Renderer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Class<?> rendererClass() {
            return type;
        }

        @Override
        public boolean canRender(String mime) {
            if (mime == null || mime.isBlank()) {
                return true;
            }
            String m = mime.trim().toLowerCase(Locale.ROOT);
            if (type == Table.class) {
                return m.equals("html") || m.equals(MimeBundle.HTML);
            }
            if (type == Svg.class) {
                return m.equals("svg") || m.equals(MimeBundle.SVG);
            }
            if (type == Collection.class || type == MimeBundle.class) {
                return m.equals("text") || m.equals(MimeBundle.TEXT);
            }
            return m.equals("png") || m.equals(MimeBundle.PNG) || m.equals("image");
        }

        @Override
        public DisplayData render(String mime, Object o) {
            return toDisplayData(o instanceof MimeBundle b ? b : MimeBundle.of(o));
        }
    }

    /**
     * Shows nothing for a value that only says where text went: a cell ending in {@code System.out.printf(…)}
     * has the stream as its value, and its {@code toString()} ("java.io.PrintStream@1a2b3c") means nothing.
     */
    static final class Silent implements DisplayRenderer {
        private final Class<?> type;

        Silent(Class<?> type) {
            this.type = type;
        }

        @Override
        public Class<?> rendererClass() {
            return type;
        }

        @Override
        public boolean canRender(String mime) {
            return true;
        }

        @Override
        public DisplayData render(String mime, Object o) {
            return new DisplayData() {};   // no MIME data: the front end draws nothing
        }
    }

    /** Turns a value no renderer took (strings, numbers, arrays, records, maps, …) into its bundle. */
    static final class ToBundle implements DisplayTransformer {

        @Override
        public boolean canTransform(Object o) {
            return o != null && !o.getClass().getName().startsWith(KERNEL_PACKAGE);
        }

        @Override
        public Class<?> transformedClass() {
            return MimeBundle.class;
        }

        @Override
        public Object transform(Object o) {
            return MimeBundle.of(o);
        }
    }
}
