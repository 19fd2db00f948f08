package lamp.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the derivation (README, issue 11) for the packages of the dynamics: lagrangian
 * below dynamics, dynamics below limit, limit below network. Read from the sources: every lamp
 * package a file imports or names in code.
 */
class PackageLayersTest {

    static final Pattern USE = Pattern.compile("\\blamp\\.([a-z]+)\\.[A-Z]");

    /** Package → the other lamp packages its main sources use. */
    static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        Path root = Path.of("src/main/java/lamp");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = root.relativize(f.getParent()).toString();
                Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String line : Files.readAllLines(f)) {
                    String code = line.trim();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) continue;
                    Matcher m = USE.matcher(code);
                    while (m.find()) if (!m.group(1).equals(pkg)) used.add(m.group(1));
                }
            }
        }
        return uses;
    }

    @Test
    void eachPackageOfTheDynamicsUsesOnlyThoseBelowIt() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertTrue(Set.of("linalg").containsAll(uses.get("lagrangian")), "lagrangian uses " + uses.get("lagrangian"));
        assertTrue(Set.of("linalg", "lagrangian", "memory").containsAll(uses.get("dynamics")), "dynamics uses " + uses.get("dynamics"));
        assertTrue(Set.of("linalg", "lagrangian", "memory", "dynamics", "limit").containsAll(uses.get("network")),
                "network uses " + uses.get("network"));
        assertEquals(Set.of(), intersection(uses.get("limit"), Set.of("network", "experiment", "plot", "verify", "display")),
                "limit sits below network: it uses " + uses.get("limit"));
    }

    static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> c = new TreeSet<>(a);
        c.retainAll(b);
        return c;
    }
}
