package lamp.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplaySystem;
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
        assertEquals(Set.of("image/png", "text/plain"), d.data().keySet());
    }

    /** What the kernel sends for a cell's value: its own display system, with lamp's provider loaded. */
    private static Map<String, Object> shown(Object value) {
        return DisplaySystem.inst().render(value).data();
    }

    @Test
    void textIsSentAsTextOnlySoMarkupCharactersReadAsThemselves() {
        assertEquals(Map.of("text/plain", "List<String> and Map<K, V>"), shown("List<String> and Map<K, V>"));
        assertEquals(Map.of("text/plain", "a <b>bold?</b> & more"), shown("a <b>bold?</b> & more"));
        assertEquals(Map.of("text/plain", "42"), shown(42));
    }

    @Test
    void aPrintStreamValueShowsNothing() {
        assertEquals(Map.of(), shown(System.out.printf("")));
        assertEquals(Map.of(), shown(new java.io.PrintStream(new java.io.ByteArrayOutputStream())));
    }

    @Test
    void collectionsKeepEveryElement() {
        assertEquals(Map.of("text/plain", "[<x>, y]"), shown(List.of("<x>", "y")));
    }

    @Test
    void arraysShowTheirValues() {
        assertEquals(Map.of("text/plain", "double[3] { 1.0, 2.0, 3.0 }"), shown(new double[] {1, 2, 3}));
        assertEquals(Map.of("text/plain", "int[2] { 7, -1 }"), shown(new int[] {7, -1}));
    }

    @Test
    void lampTablesStillArriveAsHtmlWithText() {
        Map<String, Object> data = shown(Table.create("t", DoubleColumn.create("x", new double[] {0.5})));
        assertEquals(Set.of("text/html", "text/plain"), data.keySet());
        assertTrue(((String) data.get("text/html")).contains(">0.5<"), data.toString());
    }

    @Test
    void theKernelsOwnTypesAreLeftToIt() {
        assertFalse(new RapaioDisplay.ToBundle().canTransform(DisplayData.fromText("x")));
        assertTrue(new RapaioDisplay.ToBundle().canTransform("x"));
        assertFalse(MimeBundle.isRich(42));
    }
}
