package lamp;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * lamp's packages form layers: each uses only the packages below it. The dependencies are read from the
 * compiled classes with jdeps, as {@code jdeps -verbose:package target/classes} shows them.
 */
class LayeringTest {

    /** Bottom to top. A package may use only packages that come before it in this list. */
    static final List<String> LAYERS = List.of(
            "lamp.base", "lamp.linalg", "lamp.lagrangian", "lamp.memory", "lamp.dynamics", "lamp.network", "lamp.limit",
            "lamp.experiment", "lamp.plot", "lamp.verify", "lamp.display");

    static Map<String, Set<String>> packageDependencies() {
        Path classes = Path.of("target", "classes");
        assertTrue(Files.isDirectory(classes.resolve("lamp")), "compiled classes not found at " + classes.toAbsolutePath());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("jdeps is not available in this JDK"));
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", classes.toString());
        assertEquals(0, rc, "jdeps failed:\n" + out);
        Pattern edge = Pattern.compile("^\\s*(lamp(?:\\.\\w+)*)\\s+->\\s+(lamp(?:\\.\\w+)*)\\s");
        Map<String, Set<String>> deps = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = edge.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                deps.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return deps;
    }

    @Test
    void everyPackageUsesOnlyThoseBelowIt() {
        Map<String, Set<String>> deps = packageDependencies();
        assertTrue(deps.size() >= 5, "jdeps reported too few lamp packages: " + deps.keySet());
        List<String> violations = new ArrayList<>();
        for (var e : deps.entrySet()) {
            int from = LAYERS.indexOf(e.getKey());
            if (from < 0) {
                violations.add(e.getKey() + " is not in LayeringTest.LAYERS: place it in a layer");
                continue;
            }
            for (String to : e.getValue()) {
                int below = LAYERS.indexOf(to);
                if (below < 0) violations.add(to + " is not in LayeringTest.LAYERS: place it in a layer");
                else if (below >= from) violations.add(e.getKey() + " uses " + to + ", which is not below it");
            }
        }
        assertEquals(List.of(), violations, "package layering (bottom to top: " + LAYERS + ")");
    }
}
