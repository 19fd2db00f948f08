package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The layers experiment → plot → verify, as jdeps sees the compiled classes: experiment uses
 * neither plot nor verify, plot does not use verify, and none of the three uses the display layer.
 */
class LayeringTest {

    /** The lamp packages that classes of {@code pkg} depend on, from {@code jdeps -verbose:package}. */
    static Set<String> dependencies(String pkg) throws Exception {
        Path classes = Paths.get("target", "classes");
        assertTrue(Files.isDirectory(classes.resolve("lamp")), "compiled classes in " + classes.toAbsolutePath());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "-verbose:package", "-filter:none", classes.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Set<String> used = new TreeSet<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
            String[] f = line.trim().split("\\s+");
            // "lamp.experiment   -> lamp.limit   classes"
            if (f.length >= 3 && f[0].equals(pkg) && f[1].equals("->") && f[2].startsWith("lamp.") && !f[2].equals(pkg)) used.add(f[2]);
        }
        return used;
    }

    @Test
    void experimentSitsBelowPlotAndVerify() throws Exception {
        Set<String> used = dependencies("lamp.experiment");
        assertTrue(used.contains("lamp.limit"), "jdeps output read: " + used);
        for (String above : List.of("lamp.plot", "lamp.verify", "lamp.display")) {
            assertTrue(!used.contains(above), "lamp.experiment uses " + above + ": " + used);
        }
    }

    @Test
    void plotSitsBelowVerify() throws Exception {
        Set<String> used = dependencies("lamp.plot");
        assertTrue(used.contains("lamp.experiment"), "jdeps output read: " + used);
        for (String above : List.of("lamp.verify", "lamp.display")) {
            assertTrue(!used.contains(above), "lamp.plot uses " + above + ": " + used);
        }
    }

    @Test
    void verifyDoesNotUseTheDisplay() throws Exception {
        Set<String> used = dependencies("lamp.verify");
        assertTrue(!used.contains("lamp.display"), "lamp.verify uses lamp.display: " + used);
    }
}
