package lamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lamp.linalg.Dense;
import org.junit.jupiter.api.Test;

/**
 * The bottom layers use only those below them: linalg (plain arrays) nothing of lamp, lagrangian
 * only linalg, memory only linalg and lagrangian. Read from the compiled classes: the constant pool
 * of a class file names every class it refers to, as {@code lamp/pkg/Name}.
 */
class BottomLayersTest {
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "linalg", Set.of(),
            "lagrangian", Set.of("linalg"),
            "memory", Set.of("linalg", "lagrangian"));

    @Test
    void bottomLayersUseOnlyTheLayersBelow() throws IOException, URISyntaxException {
        Path root = Path.of(Dense.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Pattern reference = Pattern.compile("lamp/(\\w+)/");
        Set<String> packages = new TreeSet<>();   // lamp/data holds resources, not classes
        try (Stream<Path> dirs = Files.list(root.resolve("lamp"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                try (Stream<Path> files = Files.list(d)) {
                    if (files.anyMatch(p -> p.toString().endsWith(".class"))) packages.add(d.getFileName().toString());
                }
            }
        }
        assertTrue(packages.containsAll(ALLOWED.keySet()), "packages found: " + packages);
        TreeSet<String> upward = new TreeSet<>();
        for (Map.Entry<String, Set<String>> layer : ALLOWED.entrySet()) {
            Path dir = root.resolve("lamp/" + layer.getKey());
            int classes = 0;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path c : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    classes++;
                    Matcher m = reference.matcher(new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1));
                    while (m.find()) {
                        String used = m.group(1);
                        if (packages.contains(used) && !used.equals(layer.getKey()) && !layer.getValue().contains(used)) {
                            upward.add("lamp." + layer.getKey() + "." + c.getFileName() + " uses lamp." + used);
                        }
                    }
                }
            }
            assertTrue(classes >= 4, "found the compiled classes of lamp." + layer.getKey() + " in " + dir);
        }
        assertEquals(new TreeSet<String>(), upward, "a bottom layer uses a layer above it");
    }
}
