package lamp.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class NotebookTest {

    @Test
    void sizeParsesQuickAndFullAndDefaultsToQuick() {
        assertEquals(Notebook.Size.QUICK, Notebook.parseSize(null, "x"));
        assertEquals(Notebook.Size.QUICK, Notebook.parseSize("  ", "x"));
        assertEquals(Notebook.Size.QUICK, Notebook.parseSize("quick", "x"));
        assertEquals(Notebook.Size.FULL, Notebook.parseSize(" FULL ", "x"));
    }

    @Test
    void badSizeSaysWhereItCameFromAndWhatIsAllowed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Notebook.parseSize("huge", "environment variable LAMP_SIZE"));
        assertTrue(e.getMessage().contains("LAMP_SIZE"), e.getMessage());
        assertTrue(e.getMessage().contains("'huge'"), e.getMessage());
        assertTrue(e.getMessage().contains("quick") && e.getMessage().contains("full"), e.getMessage());
    }

    @Test
    void systemPropertyOverridesAndPickFollowsIt() {
        String before = System.getProperty(Notebook.SIZE_PROPERTY);
        try {
            System.setProperty(Notebook.SIZE_PROPERTY, "full");
            assertEquals(Notebook.Size.FULL, Notebook.size());
            assertEquals(500, Notebook.pick(20, 500));
            assertEquals("big", Notebook.pick("small", "big"));
            System.setProperty(Notebook.SIZE_PROPERTY, "quick");
            assertEquals(20, Notebook.pick(20, 500));
        } finally {
            if (before == null) {
                System.clearProperty(Notebook.SIZE_PROPERTY);
            } else {
                System.setProperty(Notebook.SIZE_PROPERTY, before);
            }
        }
    }

    @Test
    void withoutAKernelShowPrintsTheTextFormOnly() {
        assertEquals("none", Notebook.kernel());
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Notebook.show(Table.create("tiny", IntColumn.create("n", new int[] {7})), "hello");
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("tiny") && out.contains("7"), out);
        assertTrue(out.contains("hello"), out);
        assertTrue(!out.contains("<table"), "no HTML on a plain console: " + out);
    }
}
