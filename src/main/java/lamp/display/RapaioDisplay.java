package lamp.display;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import tech.tablesaw.api.Table;

/** The rapaio kernel renderers for lamp's rich types; all of them delegate to {@link MimeBundle}. */
final class RapaioDisplay {

  private RapaioDisplay() {}

  static List<DisplayRenderer> renderers() {
    return List.of(new Renderer(Table.class), new Renderer(Chart.class), new Renderer(Svg.class));
  }

  static DisplayData toDisplayData(MimeBundle bundle) {
    Iterator<Map.Entry<String, String>> it = bundle.data().entrySet().iterator();
    Map.Entry<String, String> first = it.next();
    DisplayData data = DisplayData.withType(first.getKey(), first.getValue());
    while (it.hasNext()) {
      Map.Entry<String, String> e = it.next();
      data.putData(e.getKey(), e.getValue());
    }
    return data;
  }

  /**
   * Renders one lamp type. It accepts the kernel's default request (no MIME type) and explicit requests for
   * the forms lamp produces (e.g. {@code display("html", table)}); anything else falls through to the kernel.
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
      String m = mime.trim().toLowerCase(java.util.Locale.ROOT);
      if (type == Table.class) {
        return m.equals("html") || m.equals(MimeBundle.HTML);
      }
      if (type == Svg.class) {
        return m.equals("svg") || m.equals(MimeBundle.SVG);
      }
      return m.equals("png") || m.equals(MimeBundle.PNG) || m.equals("image");
    }

    @Override
    public DisplayData render(String mime, Object o) {
      return toDisplayData(MimeBundle.of(o));
    }
  }
}
