package lamp.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class LampDisplayProviderTest {

  private static DisplayRenderer rendererFor(Object o) {
    for (DisplayRenderer r : new LampDisplayProvider().getDisplayRenderers()) {
      if (r.rendererClass().isAssignableFrom(o.getClass())) {
        return r;
      }
    }
    return null;
  }

  @Test
  void theKernelFindsTheProviderThroughServiceLoader() {
    List<String> found = ServiceLoader.load(DisplayProvider.class).stream()
        .map(p -> p.type().getName()).collect(Collectors.toList());
    assertTrue(found.contains(LampDisplayProvider.class.getName()), found.toString());
  }

  @Test
  void tableRendersAsHtmlWithATextFallback() {
    Table t = Table.create("t", DoubleColumn.create("x", new double[] {1.0 / 3}));
    DisplayRenderer r = rendererFor(t);
    assertNotNull(r, "no renderer for Table");
    assertTrue(r.canRender(null), "the kernel asks with no MIME type for cell values");
    assertTrue(r.canRender("html"));
    assertFalse(r.canRender("image/png"));
    DisplayData d = r.render(null, t);
    String html = (String) d.data().get("text/html");
    assertNotNull(html);
    assertTrue(html.contains("<table") && html.contains(">0.333333<"), html);
    assertTrue(d.data().containsKey("text/plain"));
  }

  @Test
  void chartRendersAsDecodablePng() throws Exception {
    var chart = ImagesTest.chart();
    DisplayRenderer r = rendererFor(chart);
    assertNotNull(r, "no renderer for XYChart");
    assertTrue(r.canRender("png"));
    assertFalse(r.canRender("text/html"));
    DisplayData d = r.render(null, chart);
    String b64 = (String) d.data().get("image/png");
    assertNotNull(b64);
    assertNotNull(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b64))));
    assertEquals(List.of("image/png", "text/plain"), List.copyOf(d.data().keySet()));
  }

  @Test
  void otherObjectsAreLeftToTheKernel() {
    assertEquals(null, rendererFor("just a string"));
    assertFalse(MimeBundle.isRich(42));
  }
}
