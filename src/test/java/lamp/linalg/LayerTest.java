package lamp.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * linalg is the bottom layer: its compiled classes name no class of any other lamp package (the
 * constant pool of a class file holds every class it refers to, as {@code lamp/pkg/Name}).
 */
class LayerTest {

    @Test
    void linalgUsesNoOtherLampPackage() throws IOException, URISyntaxException {
        Path root = Path.of(Dense.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("lamp/linalg");
        List<Path> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(classes::add);
        }
        assertTrue(classes.size() >= 6, "found the compiled linalg classes in " + dir);
        Pattern reference = Pattern.compile("lamp/(\\w+)/");
        TreeSet<String> foreign = new TreeSet<>();
        for (Path c : classes) {
            Matcher m = reference.matcher(new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1));
            while (m.find()) if (!m.group(1).equals("linalg")) foreign.add(c.getFileName() + " → lamp." + m.group(1));
        }
        assertEquals(new TreeSet<String>(), foreign, "linalg must work on plain arrays only");
    }
}
